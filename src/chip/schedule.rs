//! The schedule: the only code that does cycle arithmetic. Every cycle count of the chip (the
//! RTL's sequencer, the fast model's phase fast path, the VCD window bound, the timing report)
//! is one of these functions.
//!
//! ```text
//! reset -> Init (R cycles: theta_i <- theta0_i, G_i <- 0)
//!   -> Load (ceil(n_in / L) cycles: sample inputs into the network) when x changes (every tau_x)
//!   -> Base, BaseWait (R + 2: baseline inference, C0)          when x or theta changed
//!   -> Pert, PertWait (R + 2: perturbed inference, C)          every step
//!   -> Corr (R cycles: G_i <- sat(G_i + s_i C~), and at a tau_theta boundary
//!            theta_i <- sat(theta_i - G_i >>> eta_shift), G_i <- 0)
//!   -> Next (1 cycle: step counters; new perturbation window every tau_p steps)
//!   -> Load | Base | Pert ... -> Halt after `max_steps` steps
//! ```
//! R is the number of rows at L lanes (`chip::lanes`): R = P at L = 1.
//! `blocks::sequencer` is this FSM in gates, `model::sequencer` in plain Rust; the tests
//! `trainer_cycle_budget_matches_the_simulation` (RTL) and `fast_step_equals_ticking` (model)
//! hold both to these counts.

/// Counter limits and sizes of one chip's sequencer, and its cycle budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// Parameters P.
    pub n_params: usize,
    /// Network inputs.
    pub n_inputs: usize,
    /// Lanes L (`chip::lanes`).
    pub lanes: usize,
    /// Rows R of one pass over the parameters (P at L = 1; `chip::lanes::rows`).
    pub rows: usize,
    /// Training samples in the sample memory.
    pub n_samples: usize,
    /// Steps a sample is held (>= 1).
    pub tau_x: u32,
    /// Steps a perturbation is held (>= 1).
    pub tau_p: u32,
    /// Steps between updates (>= 1).
    pub tau_theta: u32,
    /// Step budget (the chip halts after it).
    pub max_steps: u32,
}

impl Schedule {
    /// One inference: the start cycle, R row cycles, the cycle that sees `done` = R + 2.
    pub fn inference(&self) -> u64 {
        self.rows as u64 + 2
    }

    /// The Init sweep: R cycles.
    pub fn init(&self) -> u64 {
        self.rows as u64
    }

    /// Cycles of a sample load: ceil(n_in / L), L inputs per cycle.
    pub fn load_rows(&self) -> usize {
        super::lanes::load_rows(self.n_inputs, self.lanes)
    }

    /// After reset: the reset cycle itself plus the Init sweep, 1 + R.
    pub fn reset(&self) -> u64 {
        1 + self.init()
    }

    /// A sample load: L input words per cycle.
    pub fn load(&self) -> u64 {
        self.load_rows() as u64
    }

    /// The Corr sweep: R cycles.
    pub fn correlate(&self) -> u64 {
        self.rows as u64
    }

    /// The Next state: 1 cycle.
    pub fn next(&self) -> u64 {
        1
    }

    /// Step `k` (0-based) loads a new sample.
    pub fn loads_sample(&self, k: u64) -> bool {
        k.is_multiple_of(u64::from(self.tau_x))
    }

    /// Step `k` (0-based) updates theta at the end of its Corr sweep.
    pub fn updates(&self, k: u64) -> bool {
        (k + 1).is_multiple_of(u64::from(self.tau_theta))
    }

    /// Cycles of step `k` (0-based): Load (n_in) if a new sample is due, a baseline inference
    /// if x changed or the previous step updated theta, the perturbed inference, the Corr
    /// sweep (R) and Next (1). With tau_x = tau_theta = 1 that is 3 R + ceil(n_in / L) + 5.
    pub fn step(&self, k: u64) -> u64 {
        let new_x = self.loads_sample(k);
        let updated = k > 0 && self.updates(k - 1);
        let load = if new_x { self.load() } else { 0 };
        let base = if new_x || updated {
            self.inference()
        } else {
            0
        };
        load + base + self.inference() + self.correlate() + self.next()
    }

    /// The longest step: a load, both inferences, the sweep and Next.
    pub fn max_step(&self) -> u64 {
        self.load() + 2 * self.inference() + self.correlate() + self.next()
    }

    /// Cycles from the start of step 0 to the end of step `n - 1`.
    pub fn steps(&self, n: u64) -> u64 {
        (0..n).map(|k| self.step(k)).sum()
    }

    /// Steps after which the step pattern repeats: lcm(tau_x, tau_theta).
    pub fn period(&self) -> u64 {
        let (a, b) = (u64::from(self.tau_x), u64::from(self.tau_theta));
        let gcd = |mut a: u64, mut b: u64| {
            while b != 0 {
                (a, b) = (b, a % b);
            }
            a
        };
        a / gcd(a, b) * b
    }

    /// Mean cycles per step in the steady state (one period after step 0, which always loads
    /// and measures a baseline).
    pub fn mean_step(&self) -> f64 {
        let p = self.period();
        (p..2 * p).map(|k| self.step(k)).sum::<u64>() as f64 / p as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xor(tau_x: u32, tau_theta: u32) -> Schedule {
        Schedule {
            n_params: 9,
            n_inputs: 2,
            lanes: 1,
            rows: 9,
            n_samples: 4,
            tau_x,
            tau_p: 1,
            tau_theta,
            max_steps: 100,
        }
    }

    #[test]
    fn a_step_at_tau_one_is_three_p_plus_n_in_plus_five() {
        let s = xor(1, 1);
        assert_eq!(s.step(0), 3 * 9 + 2 + 5);
        assert_eq!(s.step(7), 3 * 9 + 2 + 5);
        assert_eq!(s.max_step(), 3 * 9 + 2 + 5);
        assert_eq!(s.reset(), 10);
    }

    #[test]
    fn held_samples_and_weights_skip_the_load_and_the_baseline() {
        let s = xor(2, 3);
        assert_eq!(s.step(0), 2 + 11 + 11 + 9 + 1, "load and baseline");
        assert_eq!(s.step(1), 11 + 9 + 1, "same x, theta unchanged");
        assert_eq!(
            s.step(3),
            11 + 11 + 9 + 1,
            "theta updated at the end of step 2"
        );
        assert_eq!(s.period(), 6);
        assert_eq!(s.steps(3), s.step(0) + s.step(1) + s.step(2));
    }

    #[test]
    fn lanes_shorten_every_phase_but_next() {
        // 2-2-1 at L = 3: one row per neuron (R = 3), inputs loaded in one cycle.
        let s = Schedule {
            lanes: 3,
            rows: 3,
            ..xor(1, 1)
        };
        assert_eq!(s.load(), 1);
        assert_eq!(s.step(0), 3 * 3 + 1 + 5);
        assert_eq!(s.reset(), 4);
    }
}
