//! The schedule: the only code that does cycle arithmetic. Every cycle count of the chip (the
//! RTL's sequencer, the fast model's phase fast path, the VCD window bound, the timing report)
//! is one of these functions.
//!
//! ```text
//! reset -> Init (R cycles: theta_i <- theta0_i, G_i <- 0)
//!   -> Load (ceil(n_in / L) cycles from the ROM, n_in from the stream) when x changes (every tau_x)
//!   -> Base, BaseWait (R + 2: baseline inference, C0)          when x or theta changed
//!        [with the pipeline R + 1 - D: Pert starts once the baseline's last parameter row
//!         is issued, while its D trailing bubbles drain; C0 is latched D + 1 cycles later]
//!        [carrying a handed-over sweep, Pert also waits until its C~ is latched: `stall`]
//!   -> Pert, PertWait (R + 2: perturbed inference, C)          every step
//!        [with `[chip] handover`, a step that `hands_over`: R + 1 - D, Next at the last
//!         parameter row; C~ is latched D + 1 cycles later while the next step loads and runs
//!         its baseline, and the step's sweep runs inside the next perturbed inference]
//!   -> Corr (R' cycles: G_i <- sat(G_i + s_i C~), and at a tau_theta boundary
//!            theta_i <- sat(theta_i - G_i >>> eta_shift), G_i <- 0; R' = R without the
//!            pipeline, with it the parameter rows and a short tail, `lanes::sweep_len`)
//!   [per layer (`mgd.per_layer`): Pert, PertWait, Corr once per weight layer (`passes`), pass
//!    l perturbing and correlating layer l only; the update is the last pass's sweep]
//!   -> Next (1 cycle: step counters; new perturbation window every tau_p steps)
//!   -> Load | Base | Pert ... -> Halt after `max_steps` steps
//!
//! with `[chip] evaluate` (the default), an evaluation after Init and after every step that
//! brings the step count to a multiple of eval_interval N or to `max_steps`:
//!   -> per training sample s = 0..S: EvalLoad (ceil(n_in / L): sample s's inputs, its label),
//!        EvalStart, EvalWait (R + 2: an unperturbed inference; the prediction is scored)
//!        [with the pipeline (`eval_hands`) R + 1 - D for every sample but the last: the next sample's load
//!         starts at the last parameter row, and the prediction is judged D + 1 edges later
//!         (its label waits in the score's judge line), while the next ones load and run; an
//!         evaluation leaves C and C0 alone; a one-row load from the ROM (`eval_prefetches`)
//!         is read at that row itself, the next sample going straight to EvalStart, and the
//!         judge comes D edges after the row]
//!   -> EvalEnd (1 cycle: `correct` <- the count; Halt if the count reached the target and
//!        run.stop_at_target, or if the step budget is spent; else Load)
//! ```
//! R is the number of rows at L lanes (`chip::lanes`): R = P at L = 1. An evaluation leaves
//! the weights, gradients, LFSR and counters as they were; the step after it reloads its sample
//! and measures a baseline (the same C0 again), so it changes cycle counts, never the weights.
//! `blocks::sequencer` is this FSM in gates, `model::sequencer` in plain Rust; the tests
//! `trainer_cycle_budget_matches_the_simulation` (RTL) and `fast_step_equals_ticking` (model)
//! hold both to these counts.

// `Schedule::eval_hands`: a load of at least one cycle keeps the next sample's first output
// fold (load + 2 + PIPE_DEPTH edges after the handover) no earlier than the judge (D + 1).
const _: () = assert!(super::lanes::COST_TAIL <= 2);
// `Schedule::judge_delay`: a prefetching evaluation judges at D = PIPE_DEPTH + COST_TAIL, after
// the sample's last output folds (PIPE_DEPTH edges after its last row).
const _: () = assert!(super::lanes::COST_TAIL >= 1);

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
    /// Cycles of a Corr sweep: R without the pipeline; with it the parameter rows and the
    /// sweep's tail (`chip::lanes::sweep_len`), the bubbles between layers skipped.
    pub sweep_rows: usize,
    /// The Corr sweep's last row (`chip::lanes::sweep_last`): R - 1 without the pipeline.
    pub sweep_last: usize,
    /// With the pipeline, the bubble rows D after the last parameter row, which the baseline
    /// inference drains while the perturbed one starts (`PIPE_DEPTH + COST_TAIL`); 0 without
    /// it (no overlap).
    pub drain: usize,
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
    /// The chip evaluates its training set (`[chip] evaluate`).
    pub evaluate: bool,
    /// Steps between evaluations N (`run.eval_interval`, >= 1).
    pub eval_interval: u32,
    /// Correct samples that reach `run.target_accuracy`: the least c with c / S >= target;
    /// S + 1 (never reached) when the chip does not stop at the target.
    pub need: u32,
    /// The chip loads its samples from the stream port, one word per cycle (a stream-only
    /// chip, `data.samples = "stream"`), not L words per cycle from its sample ROM.
    pub stream: bool,
    /// Perturbed inferences and Corr sweeps per step: 1 (all layers at once), or one per
    /// weight layer with per-layer perturbation (`mgd.per_layer`).
    pub passes: u32,
    /// The Corr sweep of a step that does not update may run inside the next step's baseline
    /// inference (`[chip] fuse_corr`; [`Self::defers`]).
    pub fuse: bool,
    /// A step that defers its sweep hands over to the next one at its perturbed inference's
    /// last parameter row, and the deferred sweep runs inside the next perturbed inference
    /// (`[chip] handover`; [`Self::hands_over`]).
    pub handover: bool,
    /// The theta, G, V and activation banks read in two cycles, their address going out for
    /// the row after the next (`chip::lanes::reads_ahead`).
    pub reads_ahead: bool,
}

impl Schedule {
    /// One inference: the start cycle, R row cycles, the cycle that sees `done` = R + 2.
    pub fn inference(&self) -> u64 {
        self.rows as u64 + 2
    }

    /// The baseline inference up to the Pert state: R + 2 cycles, or with the pipeline
    /// ([`Self::drain`] D > 0) the start cycle and the rows up to the last parameter row,
    /// R + 1 - D (the sequencer moves on when the network has issued that row).
    pub fn base(&self) -> u64 {
        match self.drain {
            0 => self.inference(),
            d => (self.rows + 1 - d) as u64,
        }
    }

    /// The row whose issue hands the baseline over to Pert: the last parameter row, R - 1 - D.
    pub fn issue_row(&self) -> usize {
        self.rows - 1 - self.drain
    }

    /// Edges from the baseline's issue row to C0's latch while it drains: D + 1, where
    /// `done` would have latched it (the sequencer's `drain` count starts here).
    pub fn latch_delay(&self) -> usize {
        self.drain + 1
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

    /// A sample load: L input words per cycle from the sample ROM, ceil(n_in / L); n_in from
    /// the stream (one word per handshake, at every L), stalls not counted.
    pub fn load(&self) -> u64 {
        match self.stream {
            true => self.n_inputs as u64,
            false => self.load_rows() as u64,
        }
    }

    /// The lane of the last input of a sample (its load row's last lane).
    pub fn last_lane(&self) -> usize {
        (self.n_inputs - 1) % self.lanes
    }

    /// The Corr sweep: R cycles without the pipeline; with it the parameter rows and the
    /// sweep's tail (`chip::lanes::sweep_len`).
    pub fn correlate(&self) -> u64 {
        self.sweep_rows as u64
    }

    /// The Next state: 1 cycle.
    pub fn next(&self) -> u64 {
        1
    }

    /// Cycles from a Corr sweep's last cycle to the first row of the inference that can come
    /// soonest after it (`chip::lanes::overlapped_tail`): with per-layer passes 2 (the next
    /// pass's Pert, then its row); else 3 (Next, the Base or Pert start, then its row), and a
    /// load more when every step loads a sample (tau_x = 1: Next goes to Load or EvalLoad).
    pub fn sweep_follow(&self) -> usize {
        match (self.passes > 1, self.tau_x == 1) {
            (true, _) => 2,
            (false, true) => 3 + self.load() as usize,
            (false, false) => 3,
        }
    }

    /// Step `k` (0-based) loads a new sample.
    pub fn loads_sample(&self, k: u64) -> bool {
        k.is_multiple_of(u64::from(self.tau_x))
    }

    /// Step `k` (0-based) updates theta at the end of its Corr sweep.
    pub fn updates(&self, k: u64) -> bool {
        (k + 1).is_multiple_of(u64::from(self.tau_theta))
    }

    /// The chip evaluates after `n` steps taken (n = 0: after Init).
    pub fn evaluates_after(&self, n: u64) -> bool {
        self.evaluate
            && (n.is_multiple_of(u64::from(self.eval_interval)) || n == u64::from(self.max_steps))
    }

    /// Cycles of one evaluation: per sample a load and an inference, then EvalEnd (1);
    /// 0 without `evaluate`. With the pipeline every sample but the last hands over to the
    /// next one's load when its last parameter row is issued, as the baseline hands over to
    /// Pert ([`Self::base`]), and is judged while it drains.
    pub fn eval(&self) -> u64 {
        match self.evaluate {
            true => {
                let each = match (self.eval_prefetches(), self.eval_hands()) {
                    (true, _) => self.base() - u64::from(self.eval_chains()),
                    (false, true) => self.load() + self.base(),
                    (false, false) => self.load() + self.inference(),
                };
                (self.n_samples as u64 - 1) * each + self.load() + self.inference() + 1
            }
            false => 0,
        }
    }

    /// With the pipeline, an evaluated sample hands over to the next one's load at its last
    /// parameter row, and is judged D + 1 edges later (`score.line`: its label waits in the
    /// judge line, so several samples can be in flight). The next sample's first output folds
    /// into the score no earlier than that judge (load + 2 + PIPE_DEPTH >= D + 1 edges), so the
    /// judge sees its own sample's outputs.
    pub fn eval_hands(&self) -> bool {
        self.drain > 0
    }

    /// An evaluated sample that hands over and whose successor loads in one row from the
    /// sample ROM reads that row at its own last parameter row (the handover cycle: the ROM's
    /// address and the label's go out for the next sample), so the next sample starts at
    /// once, EvalStart writing the row a cycle late as after EvalLoad: every sample but the
    /// first costs [`Self::base`], a load less. Its first output then folds 2 + PIPE_DEPTH
    /// edges after the handover, so the judge comes a cycle earlier ([`Self::judge_delay`]).
    /// Not from the stream (a word per handshake) and not for loads of several rows.
    pub fn eval_prefetches(&self) -> bool {
        self.eval_hands() && !self.stream && self.load_rows() == 1
    }

    /// A prefetching evaluation ([`Self::eval_prefetches`]) whose banks read in one cycle
    /// (not [`Self::reads_ahead`]) and whose inference issues two parameter rows or more
    /// chains its samples: the next sample's first row follows the handover cycle, with no
    /// start cycle (`network.start` at the handover). Its load row is read a cycle before the
    /// handover (the sequencer's `preload`, a flip-flop set two cycles before the handover:
    /// where `network.issue_soon` says the row after the next is the last parameter row, or
    /// with two rows in the cycle that starts the sample, [`Self::preloads_at_start`]), so
    /// that it is written at the handover's edge, where the
    /// activation banks read for the next sample's first row (write-first), after they read
    /// for this sample's last; its label is still taken at the handover, where this sample's
    /// enters the judge line. Every sample but the first costs its rows, R - D.
    pub fn eval_chains(&self) -> bool {
        self.eval_prefetches() && !self.reads_ahead && self.issue_row() >= 1
    }

    /// A chained evaluation ([`Self::eval_chains`]) of two-row inferences (nist7x7 at PE = 2):
    /// two cycles before a handover is the cycle that starts the sample (EvalStart, or the
    /// handover before it), not one of its rows, so `preload` is set there.
    pub fn preloads_at_start(&self) -> bool {
        self.eval_chains() && self.issue_row() == 1
    }

    /// Edges J from an evaluated sample's last parameter row to its judge (`score.line`):
    /// [`Self::latch_delay`], D + 1, where `done` would have judged it; D = PIPE_DEPTH +
    /// COST_TAIL with a prefetching evaluation ([`Self::eval_prefetches`]), whose next sample's
    /// first output folds at 2 + PIPE_DEPTH >= D. The sample's own last output folds
    /// PIPE_DEPTH edges after the row, before either (COST_TAIL >= 1: the cost's tail, which
    /// the score does not wait for).
    /// A chained evaluation ([`Self::eval_chains`]) judges at D - 1, the next sample's first
    /// output folding an edge earlier still.
    pub fn judge_delay(&self) -> usize {
        self.latch_delay() - usize::from(self.eval_prefetches()) - usize::from(self.eval_chains())
    }

    /// Cycles from the first reset edge to the end of step `n - 1` (to the reset and Init for
    /// n = 0): the evaluations after 0..n steps, and the steps.
    pub fn run(&self, n: u64) -> u64 {
        self.reset() + self.evaluations_before(n) * self.eval() + self.steps(n)
    }

    /// The chip's own evaluations before step `n` ends: after Init and after each step
    /// j < n that [`Self::evaluates_after`].
    pub fn evaluations_before(&self, n: u64) -> u64 {
        (0..n).filter(|&j| self.evaluates_after(j)).count() as u64
    }

    /// Cycles from the first reset edge until the chip says `done` having evaluated after `n`
    /// steps (at the target, or at the budget): [`Self::run`] and that evaluation.
    pub fn done_at(&self, n: u64) -> u64 {
        self.run(n) + self.eval()
    }

    /// Cycles of step `k` (0-based): Load (n_in) if a new sample is due or an evaluation came
    /// before it, a baseline inference if x was loaded or the previous step updated theta, the
    /// perturbed inference and the Corr sweep (R) once per pass, and Next (1). With tau_x =
    /// tau_theta = 1 and one pass that is 2 R + R' + ceil(n_in / L) + 5 (3 R + ... without the
    /// pipeline, where R' = R). A step that [`Self::defers`] its sweep has none.
    pub fn step(&self, k: u64) -> u64 {
        let new_x = self.loads_sample(k) || self.evaluates_after(k);
        let updated = k > 0 && self.updates(k - 1);
        let load = if new_x { self.load() } else { 0 };
        let base = if new_x || updated { self.base() } else { 0 };
        let sweep = if self.defers(k) { self.correlate() } else { 0 };
        // Handed over: Pert to its last parameter row, as the baseline (one pass).
        let pert = match self.hands_over(k) {
            true => self.inference() - self.base(),
            false => 0,
        };
        let stall = match k > 0 && self.hands_over(k - 1) {
            true => self.stall(),
            false => 0,
        };
        load + base + stall + self.pass_cycles() - sweep - pert + self.next()
    }

    /// Step k hands over to step k + 1 when its perturbed inference's last parameter row is
    /// issued (`handover`; a step that [`Self::defers`]): step k + 1 loads its sample and runs
    /// its baseline while that inference drains, C is latched D + 1 edges after that row (the
    /// sequencer's `pdrain`), and step k's sweep runs inside step k + 1's perturbed inference,
    /// whose lanes read step k's signs one window behind (`chip::signs::SignSource::lag`).
    pub fn hands_over(&self, k: u64) -> bool {
        self.handover && self.defers(k)
    }

    /// Cycles a step that carries a handed-over sweep waits in BaseWait after its baseline's
    /// last parameter row, until the C~ it correlates is latched by the Pert cycle: the
    /// edges from the handover to that row (Next, the load, the baseline) against D + 1.
    pub fn stall(&self) -> u64 {
        (self.drain as u64).saturating_sub(1 + self.load() + self.base())
    }

    /// Step `k` leaves its Corr sweep to step k + 1's baseline inference (`fuse`): the lanes
    /// that read theta_i for that inference read G_i too and add s_i C~ of step k, with step
    /// k's signs (the tau_p window moves on when that baseline has visited every row). Only a
    /// step that does not update theta and is followed by a step with a baseline and no
    /// evaluation or halt between them: a new sample (tau_x) after it, not the budget's end.
    /// The sequencer decides it in PertWait from the same counters.
    pub fn defers(&self, k: u64) -> bool {
        self.fuse
            && !self.updates(k)
            && self.loads_sample(k + 1)
            && !self.evaluates_after(k + 1)
            && k + 1 < u64::from(self.max_steps)
    }

    /// A row of weight layer `layer` is perturbed and correlated in pass `pass`: always with
    /// one pass, else in its layer's pass only (the RTL's `trainer.in_pass`).
    pub fn in_pass(&self, layer: u8, pass: u8) -> bool {
        self.passes == 1 || layer == pass
    }

    /// The perturbed inferences and Corr sweeps of one step.
    pub fn pass_cycles(&self) -> u64 {
        u64::from(self.passes) * (self.inference() + self.correlate())
    }

    /// The longest step: a load, the baseline, the passes and Next.
    pub fn max_step(&self) -> u64 {
        self.load() + self.base() + self.pass_cycles() + self.next()
    }

    /// Cycles from the start of step 0 to the end of step `n - 1`.
    pub fn steps(&self, n: u64) -> u64 {
        (0..n).map(|k| self.step(k)).sum()
    }

    /// Steps after which the step pattern repeats: lcm(tau_x, tau_theta, and N when the chip
    /// evaluates).
    pub fn period(&self) -> u64 {
        let gcd = |mut a: u64, mut b: u64| {
            while b != 0 {
                (a, b) = (b, a % b);
            }
            a
        };
        let lcm = |a: u64, b: u64| a / gcd(a, b) * b;
        let p = lcm(u64::from(self.tau_x), u64::from(self.tau_theta));
        match self.evaluate {
            true => lcm(p, u64::from(self.eval_interval)),
            false => p,
        }
    }

    /// Mean cycles per step in the steady state, evaluations included (one period after step
    /// 0, which always loads and measures a baseline; the step budget is not in sight).
    pub fn mean_step(&self) -> f64 {
        let p = self.period();
        let steady = Schedule {
            max_steps: u32::MAX,
            ..*self
        };
        let evals = (p..2 * p)
            .filter(|&k| steady.evaluates_after(k + 1))
            .count() as u64;
        ((p..2 * p).map(|k| steady.step(k)).sum::<u64>() + evals * self.eval()) as f64 / p as f64
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
            sweep_rows: 9,
            sweep_last: 8,
            drain: 0,
            n_samples: 4,
            tau_x,
            tau_p: 1,
            tau_theta,
            max_steps: 100,
            evaluate: false,
            eval_interval: 1,
            need: 5,
            stream: false,
            passes: 1,
            fuse: false,
            handover: false,
            reads_ahead: false,
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
            sweep_rows: 3,
            sweep_last: 2,
            ..xor(1, 1)
        };
        assert_eq!(s.load(), 1);
        assert_eq!(s.step(0), 3 * 3 + 1 + 5);
        assert_eq!(s.reset(), 4);
    }

    #[test]
    fn the_sweep_skips_the_bubbles_the_inferences_need() {
        // 2-2-1 at L = 3 with the pipeline: 3 parameter rows, 5 bubbles after layer 1 and 7
        // after layer 2 (R = 15); the sweep visits the 3 rows and the 2 bubbles of its tail,
        // and the baseline hands over to Pert after its last parameter row (row 7).
        let s = Schedule {
            lanes: 3,
            rows: 15,
            sweep_rows: 5,
            sweep_last: 9,
            drain: 7,
            ..xor(1, 1)
        };
        assert_eq!(s.correlate(), 5);
        assert_eq!(s.base(), 9, "the start cycle and rows 0..=7");
        assert_eq!(s.step(0), 1 + 9 + 17 + 5 + 1);
        assert_eq!(s.step(1), s.step(0));
        assert_eq!(s.reset(), 16, "Init writes every row");
    }

    #[test]
    fn handed_over_steps_end_at_the_last_parameter_row() {
        // 2-2-1 at L = 3 with the pipeline (R = 15, D = 7) and fused sweeps: steps 0 and 1 hand
        // over, step 2 updates; steps 1 and 2 carry a sweep (and would wait for its C~ after a
        // longer drain).
        let fused = Schedule {
            lanes: 3,
            rows: 15,
            sweep_rows: 5,
            sweep_last: 9,
            drain: 7,
            fuse: true,
            ..xor(1, 3)
        };
        let s = Schedule {
            handover: true,
            reads_ahead: false,
            ..fused
        };
        assert!(s.hands_over(0) && s.hands_over(1) && !s.hands_over(2));
        assert_eq!(
            s.stall(),
            0,
            "Next, the load and the baseline take 1 + 1 + 9 edges"
        );
        assert_eq!(
            s.step(0),
            1 + 9 + 9 + 1,
            "load, baseline, Pert to its last row, Next"
        );
        assert_eq!(s.step(1), s.step(0));
        assert_eq!(
            s.step(2),
            fused.step(2),
            "the updating step drains and sweeps"
        );
        let short = Schedule { drain: 13, ..s };
        assert_eq!(
            short.stall(),
            8,
            "D = 13 against Next, the load and the baseline: 1 + 1 + 3 (R + 1 - D = 3)"
        );
        assert_eq!(short.step(1), short.step(0) + 8);
    }

    #[test]
    fn per_layer_repeats_the_perturbed_inference_and_the_sweep() {
        let s = Schedule {
            passes: 2,
            ..xor(1, 1)
        };
        assert_eq!(s.step(0), 2 + 11 + 2 * (11 + 9) + 1);
        assert_eq!(s.max_step(), s.step(0));
        assert_eq!(s.step(1), xor(1, 1).step(1) + 11 + 9);
    }

    #[test]
    fn evaluations_come_after_init_every_n_steps_and_at_the_budget() {
        let s = Schedule {
            evaluate: true,
            eval_interval: 3,
            max_steps: 7,
            ..xor(2, 3)
        };
        let after: Vec<u64> = (0..=7).filter(|&n| s.evaluates_after(n)).collect();
        assert_eq!(after, [0, 3, 6, 7]);
        assert_eq!(s.eval(), 4 * (2 + 11) + 1);
        // Step 3 follows an evaluation: it reloads its sample (tau_x = 2 would not).
        assert_eq!(s.step(3), 2 + 11 + 11 + 9 + 1);
        assert_eq!(s.step(1), 11 + 9 + 1);
        assert_eq!(s.run(0), s.reset());
        assert_eq!(s.run(4), s.reset() + 2 * s.eval() + s.steps(4));
        assert_eq!(s.done_at(7), s.reset() + 4 * s.eval() + s.steps(7));
        let off = Schedule {
            evaluate: false,
            ..s
        };
        assert_eq!(off.eval(), 0);
        assert_eq!(off.run(7), off.reset() + off.steps(7));
        assert_eq!(off.period(), 6);
        assert_eq!(
            Schedule {
                eval_interval: 4,
                ..s
            }
            .period(),
            12
        );
        assert_eq!(s.period(), 6);
    }

    #[test]
    fn a_one_row_load_is_read_at_the_handover() {
        // 2-2-1 at L = 3 with the pipeline and two-cycle bank reads (R = 15, D = 7), 4
        // samples: each but the first costs its start and rows (9) and is judged at D; at 1
        // lane (a 2-row load), or from the stream, it also loads (2 + 9) and is judged at D + 1.
        let piped = Schedule {
            lanes: 3,
            rows: 15,
            sweep_rows: 5,
            sweep_last: 9,
            drain: 7,
            evaluate: true,
            reads_ahead: true,
            ..xor(1, 1)
        };
        assert!(piped.eval_prefetches() && !piped.eval_chains());
        assert_eq!(piped.eval(), 3 * 9 + 1 + 17 + 1);
        assert_eq!((piped.judge_delay(), piped.latch_delay()), (7, 8));
        // With one-cycle bank reads (node perturbation) the samples chain: each but the first
        // costs its rows (8), no start, and is judged at D - 1.
        let chained = Schedule {
            reads_ahead: false,
            ..piped
        };
        assert!(chained.eval_chains());
        assert_eq!(chained.eval(), 3 * 8 + 1 + 17 + 1);
        assert_eq!(chained.judge_delay(), 6);
        // Not with one parameter row: `preload` is set two cycles before the handover, in
        // one of the sample's rows or, with two, where it starts.
        let one = Schedule {
            rows: 8,
            drain: 7,
            ..chained
        };
        assert!(one.eval_prefetches() && !one.eval_chains());
        let two = Schedule { rows: 9, ..one };
        assert!(two.eval_chains() && two.preloads_at_start());
        // Each sample but the first costs its 2 rows.
        assert_eq!(two.eval(), 3 * 2 + two.load() + two.inference() + 1);
        let three = Schedule { rows: 10, ..one };
        assert!(three.eval_chains() && !three.preloads_at_start());
        for other in [
            Schedule { lanes: 1, ..piped },
            Schedule {
                stream: true,
                ..piped
            },
        ] {
            assert!(other.eval_hands() && !other.eval_prefetches());
            assert_eq!(other.eval(), 3 * (other.load() + 9) + other.load() + 17 + 1);
            assert_eq!(other.judge_delay(), 8);
        }
        // Without the pipeline no sample hands over: each loads, runs and sees `done`.
        let plain = Schedule {
            evaluate: true,
            ..xor(1, 1)
        };
        assert!(!plain.eval_prefetches());
        assert_eq!(plain.eval(), 4 * (2 + 11) + 1);
        assert_eq!(plain.judge_delay(), 1);
    }
}
