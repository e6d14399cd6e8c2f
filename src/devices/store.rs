//! [`WeightStore`], the weight-storage interface every trainer calls (the f64 reference and
//! the fast chip model), and the rules shared by the stores: the pulse rule
//! [`stochastic_round`] and the saved-state checks. The stores themselves are in `storage.rs`
//! (simple ones and the factory), `conductance.rs`, `accumulate.rs` and `faults.rs`.

use super::DeviceError;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// Weights held in some storage the trainer cannot write exactly.
///
/// The trainer owns `theta` (what it last read back) and the RNG; a store may keep hidden
/// per-weight state (conductances, gains, fault maps) sized at [`WeightStore::program`].
pub trait WeightStore {
    /// Program initial weights `theta` as closely as the storage allows and overwrite `theta`
    /// with what reads back. Also (re)sizes the store's per-weight state to `theta.len()`.
    fn program(&mut self, theta: &mut [f64], rng: &mut ChaCha8Rng);

    /// Request `theta_i += delta_i` for every `i`; apply what the storage does and write the
    /// read-back weights into `theta`. `delta.len()` must equal `theta.len()`.
    fn update(&mut self, theta: &mut [f64], delta: &[f64], rng: &mut ChaCha8Rng);

    /// A boxed copy, hidden state included (a trainer that owns a store stays `Clone`).
    fn clone_box(&self) -> Box<dyn WeightStore>;

    /// The hidden state that `update` changes (conductances, residuals), flattened, for
    /// checkpoints. State that `program` recreates from the store's parameters (gains, fault
    /// maps) is left out.
    fn save_state(&self) -> Vec<f64>;

    /// Put back what [`WeightStore::save_state`] returned, after `program` on as many weights.
    fn restore_state(&mut self, state: &[f64]) -> Result<(), DeviceError>;
}

impl<S: WeightStore + ?Sized> WeightStore for Box<S> {
    fn program(&mut self, theta: &mut [f64], rng: &mut ChaCha8Rng) {
        (**self).program(theta, rng)
    }
    fn update(&mut self, theta: &mut [f64], delta: &[f64], rng: &mut ChaCha8Rng) {
        (**self).update(theta, delta, rng)
    }
    fn clone_box(&self) -> Box<dyn WeightStore> {
        (**self).clone_box()
    }
    fn save_state(&self) -> Vec<f64> {
        (**self).save_state()
    }
    fn restore_state(&mut self, state: &[f64]) -> Result<(), DeviceError> {
        (**self).restore_state(state)
    }
}

impl Clone for Box<dyn WeightStore> {
    fn clone(&self) -> Self {
        (**self).clone_box()
    }
}

/// [`WeightStore::restore_state`] of a store with no saved state: only an empty state fits.
pub(crate) fn restore_nothing(state: &[f64]) -> Result<(), DeviceError> {
    if state.is_empty() {
        Ok(())
    } else {
        Err(state_length(0, state.len()))
    }
}

/// A saved store state of the wrong length.
pub(crate) fn state_length(expected: usize, got: usize) -> DeviceError {
    DeviceError::parameter("store state", &format!("{expected} values"), got)
}

/// `floor(x) + [frac(x) > U(0, 1)]`: an integer whose mean is exactly `x`. Non-finite `x`
/// gives 0 pulses (nothing sensible to send); the result saturates at the `i64` range.
pub fn stochastic_round(x: f64, rng: &mut ChaCha8Rng) -> i64 {
    if !x.is_finite() {
        return 0;
    }
    let fl = x.floor();
    let up = (x - fl) > rng.random::<f64>();
    fl as i64 + i64::from(up)
}
