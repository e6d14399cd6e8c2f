//! The four perturbation types of spec/MGD.md section 4, each yielding one vector per
//! perturbation slot (a slot lasts tau_p steps), scaled so its Euclidean norm (the spec's
//! "RMS norm" of the vector) is `dtheta` (exactly for time, random and Walsh; on average over a
//! period for sinusoids).
//!
//! - Time: one quantity at a time gets `+dtheta`; a fresh seeded random order every sweep of
//!   `n` slots.
//! - Sinusoid: `A sin(2 pi f_i t + phi_i)`, `A = sqrt(2) dtheta / sqrt(n)`, `t` the slot index.
//!   Band: `f = k / T` cycles per slot for `k = 1..=n`, `T = 2n + 1`, so every tone makes whole
//!   cycles in the common period of `T` slots, all lie below Nyquist (1/2), and no two tones
//!   alias (`k + k' < T`): the products are exactly orthogonal over `T` slots. Frequencies are
//!   assigned by a seeded permutation, phases `U(0, 2 pi)`.
//! - Random: each entry `+/- dtheta / sqrt(n)`, fair coin, redrawn every slot.
//! - Walsh: rows of the Sylvester-Hadamard matrix of order `M` = the smallest power of two
//!   `> n`; row 0 (all ones) is skipped, since a constant perturbation cannot be told from a
//!   drift of the cost (learning, sample changes); the other rows are assigned by a seeded
//!   permutation. Sign at slot `t` of row `m`: `+` iff `popcount(m & (t mod M))` is even.

use crate::config::PerturbationKind;
use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// A generator of perturbation vectors over `n` quantities (weights or nodes).
#[derive(Clone, Debug)]
pub struct Perturber {
    kind: PerturbationKind,
    n: usize,
    dtheta: f64,
    rng: ChaCha8Rng,
    /// Slots drawn so far.
    slot: u64,
    /// Time: the current sweep's order. Walsh: row of each quantity.
    order: Vec<usize>,
    /// Sinusoid: frequency index `k` (1..=n) and phase of each quantity.
    freq: Vec<f64>,
    phase: Vec<f64>,
    /// Walsh order M.
    m: usize,
}

impl Perturber {
    /// A generator for `n >= 1` quantities with vector norm `dtheta`, drawing from `rng`.
    pub fn new(kind: PerturbationKind, n: usize, dtheta: f64, mut rng: ChaCha8Rng) -> Perturber {
        assert!(n >= 1, "at least one perturbed quantity");
        let (mut order, mut freq, mut phase, mut m) = (Vec::new(), Vec::new(), Vec::new(), 0);
        match kind {
            PerturbationKind::Time | PerturbationKind::Random => {}
            PerturbationKind::Sinusoid => {
                let mut ks: Vec<usize> = (1..=n).collect();
                ks.shuffle(&mut rng);
                freq = ks.iter().map(|&k| k as f64 / (2 * n + 1) as f64).collect();
                phase = (0..n)
                    .map(|_| 2.0 * std::f64::consts::PI * rng.random::<f64>())
                    .collect();
            }
            PerturbationKind::Walsh => {
                m = (n + 1).next_power_of_two();
                let mut rows: Vec<usize> = (1..m).collect();
                rows.shuffle(&mut rng);
                rows.truncate(n);
                order = rows;
            }
        }
        Perturber {
            kind,
            n,
            dtheta,
            rng,
            slot: 0,
            order,
            freq,
            phase,
            m,
        }
    }

    /// Number of perturbed quantities.
    pub fn len(&self) -> usize {
        self.n
    }

    /// Always false: a perturber has at least one quantity.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// Slots after which the codes are exactly orthogonal: `n` (time), `2n + 1` (sinusoid), `M`
    /// (Walsh); `None` for random codes.
    pub fn period(&self) -> Option<u64> {
        match self.kind {
            PerturbationKind::Time => Some(self.n as u64),
            PerturbationKind::Sinusoid => Some(2 * self.n as u64 + 1),
            PerturbationKind::Walsh => Some(self.m as u64),
            PerturbationKind::Random => None,
        }
    }

    /// Write the next slot's perturbation vector into `out` (length `n`).
    pub fn next_into(&mut self, out: &mut [f64]) {
        assert_eq!(out.len(), self.n);
        let n = self.n;
        let t = self.slot;
        match self.kind {
            PerturbationKind::Time => {
                let k = (t % n as u64) as usize;
                if k == 0 {
                    self.order = (0..n).collect();
                    self.order.shuffle(&mut self.rng);
                }
                out.fill(0.0);
                out[self.order[k]] = self.dtheta;
            }
            PerturbationKind::Sinusoid => {
                let a = std::f64::consts::SQRT_2 * self.dtheta / (n as f64).sqrt();
                // t mod T keeps the phase argument small, so round-off does not grow with t.
                let tt = (t % (2 * n as u64 + 1)) as f64;
                for (i, o) in out.iter_mut().enumerate() {
                    *o = a * (2.0 * std::f64::consts::PI * self.freq[i] * tt + self.phase[i]).sin();
                }
            }
            PerturbationKind::Random => {
                let a = self.dtheta / (n as f64).sqrt();
                for o in out.iter_mut() {
                    *o = if self.rng.random::<bool>() { a } else { -a };
                }
            }
            PerturbationKind::Walsh => {
                let a = self.dtheta / (n as f64).sqrt();
                let col = (t % self.m as u64) as usize;
                for (o, &row) in out.iter_mut().zip(&self.order) {
                    *o = if (row & col).count_ones().is_multiple_of(2) {
                        a
                    } else {
                        -a
                    };
                }
            }
        }
        self.slot += 1;
    }
}

#[cfg(test)]
mod tests {
    //! The checkable facts of spec/MGD.md section 4, on a linear cost `C = g . theta`, so that
    //! `C~ = g . theta~` and `e_i = C~ theta~_i / dtheta^2` exactly as the trainer computes it.
    use super::*;
    use rand::SeedableRng;
    use rand_distr::{Distribution, StandardNormal};

    fn gradient(p: usize, seed: u64) -> Vec<f64> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        (0..p).map(|_| StandardNormal.sample(&mut rng)).collect()
    }

    /// G after `steps` slots of MGD's correlation on the linear cost.
    fn integrate(per: &mut Perturber, g: &[f64], dtheta: f64, steps: u64) -> Vec<f64> {
        let mut pert = vec![0.0; g.len()];
        let mut acc = vec![0.0; g.len()];
        for _ in 0..steps {
            per.next_into(&mut pert);
            let c_delta: f64 = g.iter().zip(&pert).map(|(a, b)| a * b).sum();
            for (gi, pi) in acc.iter_mut().zip(&pert) {
                *gi += c_delta * pi / (dtheta * dtheta);
            }
        }
        acc
    }

    fn cosine(a: &[f64], b: &[f64]) -> f64 {
        let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
        let na: f64 = a.iter().map(|x| x * x).sum::<f64>().sqrt();
        let nb: f64 = b.iter().map(|x| x * x).sum::<f64>().sqrt();
        dot / (na * nb)
    }

    #[test]
    fn every_type_has_norm_dtheta() {
        let (n, d) = (37, 0.03);
        for kind in [
            PerturbationKind::Time,
            PerturbationKind::Random,
            PerturbationKind::Walsh,
        ] {
            let mut per = Perturber::new(kind, n, d, ChaCha8Rng::seed_from_u64(1));
            let mut v = vec![0.0; n];
            for _ in 0..100 {
                per.next_into(&mut v);
                let norm = v.iter().map(|x| x * x).sum::<f64>().sqrt();
                assert!((norm - d).abs() < 1e-15, "{kind:?}: {norm}");
            }
        }
        // Sinusoids: mean squared norm over a period is dtheta^2.
        let mut per = Perturber::new(
            PerturbationKind::Sinusoid,
            n,
            d,
            ChaCha8Rng::seed_from_u64(1),
        );
        let mut v = vec![0.0; n];
        let t = per.period().expect("sinusoids have a period");
        let mut ms = 0.0;
        for _ in 0..t {
            per.next_into(&mut v);
            ms += v.iter().map(|x| x * x).sum::<f64>();
        }
        assert!((ms / t as f64 - d * d).abs() < 1e-15);
    }

    #[test]
    fn time_multiplexing_over_one_sweep_gives_the_gradient_exactly() {
        let p = 53;
        let g = gradient(p, 7);
        let d = 0.01;
        let mut per = Perturber::new(PerturbationKind::Time, p, d, ChaCha8Rng::seed_from_u64(2));
        // Two sweeps: the second one (a new random order) must be exact too.
        for _ in 0..2 {
            let acc = integrate(&mut per, &g, d, p as u64);
            for (a, b) in acc.iter().zip(&g) {
                assert!((a - b).abs() <= 1e-12 * b.abs().max(1.0), "{a} vs {b}");
            }
        }
    }

    #[test]
    fn sinusoids_over_whole_cycles_give_the_gradient_to_round_off() {
        for p in [1, 9, 64] {
            let g = gradient(p, 11);
            let d = 0.05;
            let mut per = Perturber::new(
                PerturbationKind::Sinusoid,
                p,
                d,
                ChaCha8Rng::seed_from_u64(4),
            );
            let t = per.period().expect("period");
            let acc = integrate(&mut per, &g, d, t);
            for (a, b) in acc.iter().zip(&g) {
                let est = a * p as f64 / t as f64;
                assert!((est - b).abs() < 1e-10, "P={p}: {est} vs {b}");
            }
        }
    }

    #[test]
    fn walsh_over_m_slots_gives_the_gradient_exactly() {
        for p in [3, 8, 50] {
            let g = gradient(p, 5);
            let d = 0.02;
            let mut per =
                Perturber::new(PerturbationKind::Walsh, p, d, ChaCha8Rng::seed_from_u64(6));
            let m = per.period().expect("period");
            let acc = integrate(&mut per, &g, d, m);
            for (a, b) in acc.iter().zip(&g) {
                let est = a * p as f64 / m as f64;
                assert!((est - b).abs() < 1e-12, "P={p}: {est} vs {b}");
            }
        }
    }

    /// Mean cosine between G and g after tau random-code steps, P = 200, against the spec's
    /// sqrt(tau / (tau + P - 1)). Tolerance: 4 standard errors of the trial mean plus 0.01 for
    /// the formula's own approximation (it is a ratio of expectations, not an expected ratio).
    #[test]
    fn random_codes_cosine_follows_sqrt_tau_over_tau_plus_p() {
        let p = 200;
        for (tau, trials) in [(10u64, 400), (100, 200), (2000, 20)] {
            let mut cs = Vec::with_capacity(trials);
            for trial in 0..trials {
                let g = gradient(p, 1000 + trial as u64);
                let mut per = Perturber::new(
                    PerturbationKind::Random,
                    p,
                    0.1,
                    ChaCha8Rng::seed_from_u64(trial as u64),
                );
                cs.push(cosine(&integrate(&mut per, &g, 0.1, tau), &g));
            }
            let mean = cs.iter().sum::<f64>() / trials as f64;
            let sd =
                (cs.iter().map(|c| (c - mean).powi(2)).sum::<f64>() / (trials - 1) as f64).sqrt();
            let want = (tau as f64 / (tau + p as u64 - 1) as f64).sqrt();
            let tol = 4.0 * sd / (trials as f64).sqrt() + 0.01;
            eprintln!("random codes P=200 tau={tau}: mean cosine {mean:.4}, want {want:.4}");
            assert!(
                (mean - want).abs() < tol,
                "tau={tau}: mean cosine {mean:.4}, want {want:.4} +/- {tol:.4}"
            );
        }
    }
}
