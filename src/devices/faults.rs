//! Stuck-at faults: [`StuckAt`] wraps any [`WeightStore`] and pins a seeded fraction of the
//! weights to fixed values. Stuck values are never updated and never clamped to the device
//! window (clamping would hide the fault, spec/DEVICES.md section 2).

use super::store::WeightStore;
use super::DeviceError;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A store with stuck weights. The stuck set is chosen at [`WeightStore::program`]:
/// `round(fraction * n)` weights, uniformly at random from `seed`; the k-th of them (in that
/// random order) gets `values[k % values.len()]`, so two values split the faults in halves.
#[derive(Clone, Debug, PartialEq)]
pub struct StuckAt<S> {
    inner: S,
    fraction: f64,
    values: Vec<f64>,
    seed: u64,
    stuck: Vec<Option<f64>>,
}

impl<S: WeightStore> StuckAt<S> {
    /// Checked constructor: `fraction` in [0, 1], `values` non-empty and finite.
    pub fn new(inner: S, fraction: f64, values: Vec<f64>, seed: u64) -> Result<Self, DeviceError> {
        if !(0.0..=1.0).contains(&fraction) {
            return Err(DeviceError::parameter(
                "stuck.fraction",
                "in [0, 1]",
                fraction,
            ));
        }
        if values.is_empty() {
            return Err(DeviceError::parameter(
                "stuck.values",
                "at least one value",
                "none",
            ));
        }
        if let Some(v) = values.iter().find(|v| !v.is_finite()) {
            return Err(DeviceError::parameter("stuck.values", "finite numbers", v));
        }
        Ok(StuckAt {
            inner,
            fraction,
            values,
            seed,
            stuck: Vec::new(),
        })
    }

    /// Per weight: `Some(value)` if stuck (empty before `program`).
    pub fn stuck(&self) -> &[Option<f64>] {
        &self.stuck
    }

    /// The wrapped store.
    pub fn inner(&self) -> &S {
        &self.inner
    }

    fn choose(&mut self, n: usize) {
        let mut rng = ChaCha8Rng::seed_from_u64(self.seed);
        let mut idx: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            idx.swap(i, rng.random_range(0..=i));
        }
        let count = (self.fraction * n as f64).round() as usize;
        self.stuck = vec![None; n];
        for (k, &i) in idx.iter().take(count).enumerate() {
            self.stuck[i] = Some(self.values[k % self.values.len()]);
        }
    }

    fn pin(&self, theta: &mut [f64]) {
        for (t, s) in theta.iter_mut().zip(&self.stuck) {
            if let Some(v) = s {
                *t = *v;
            }
        }
    }
}

impl<S: WeightStore + Clone + 'static> WeightStore for StuckAt<S> {
    fn program(&mut self, theta: &mut [f64], rng: &mut ChaCha8Rng) {
        self.choose(theta.len());
        self.inner.program(theta, rng);
        self.pin(theta);
    }

    /// Stuck weights get a zero request (the driver would skip them) and keep their value.
    fn update(&mut self, theta: &mut [f64], delta: &[f64], rng: &mut ChaCha8Rng) {
        if self.stuck.len() != theta.len() {
            self.program(theta, rng);
        }
        let masked: Vec<f64> = delta
            .iter()
            .zip(&self.stuck)
            .map(|(&d, s)| if s.is_some() { 0.0 } else { d })
            .collect();
        self.inner.update(theta, &masked, rng);
        self.pin(theta);
    }

    fn clone_box(&self) -> Box<dyn WeightStore> {
        Box::new(self.clone())
    }

    /// The wrapped store's: `program` chooses the same stuck set again from the seed.
    fn save_state(&self) -> Vec<f64> {
        self.inner.save_state()
    }

    fn restore_state(&mut self, state: &[f64]) -> Result<(), DeviceError> {
        self.inner.restore_state(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::devices::{Conductance, Exponential, Ideal};

    #[test]
    fn stuck_weights_never_move_and_keep_out_of_window_values() {
        let inner = Conductance::with_nominal_step(Exponential::default(), 1.0).unwrap();
        let mut s = StuckAt::new(inner, 0.2, vec![-5.0, 5.0], 42).unwrap();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let mut theta = vec![0.0; 1000];
        s.program(&mut theta, &mut rng);
        for _ in 0..20 {
            s.update(&mut theta, &vec![0.05; 1000], &mut rng);
        }
        let lows = s.stuck().iter().filter(|v| **v == Some(-5.0)).count();
        let highs = s.stuck().iter().filter(|v| **v == Some(5.0)).count();
        assert_eq!((lows, highs), (100, 100));
        for (t, st) in theta.iter().zip(s.stuck()) {
            match st {
                Some(v) => assert_eq!(t, v), // outside [-1, 1]: not clamped
                None => assert!(t.abs() <= 1.0),
            }
        }
        assert!(theta
            .iter()
            .zip(s.stuck())
            .any(|(t, st)| st.is_none() && *t != 0.0));
    }

    #[test]
    fn the_stuck_set_depends_only_on_the_seed() {
        let pick = |seed| {
            let mut s = StuckAt::new(Ideal, 0.1, vec![0.0], seed).unwrap();
            s.program(
                &mut vec![1.0; 500],
                &mut ChaCha8Rng::seed_from_u64(seed + 100),
            );
            s.stuck().to_vec()
        };
        assert_eq!(pick(3), pick(3));
        assert_ne!(pick(3), pick(4));
        assert_eq!(pick(3).iter().filter(|v| v.is_some()).count(), 50);
    }
}
