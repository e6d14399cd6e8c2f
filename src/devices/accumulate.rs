//! Digital update accumulation in front of a device store (the "mixed-precision" scheme of
//! Nandakumar et al., Front. Neurosci. 2020, applied to MGD): each weight keeps a digital
//! residual `r_i += delta_i`, and only when `|r_i| >= threshold` is `r_i` sent to the devices
//! as pulses (and `r_i` cleared). Weights whose requested updates mostly cancel never get a
//! pulse, so they never pay a pulse's cycle-to-cycle noise nor the SET/RESET asymmetry drift.
//!
//! On a chip this is digital (RTL side): one register per weight and a comparator, in front of
//! the pulse driver. A config turns it on with `[device] accumulate = m` (m nominal pulse
//! steps, `storage::accumulated`), for the f64 reference and the fast chip model alike (there
//! it is modelled in Rust, like the devices: the RTL has no device interface);
//! `mgdsim devices compare|bias --accumulate m` use it too.

use super::store::WeightStore;
use super::DeviceError;
use rand_chacha::ChaCha8Rng;

/// `S` behind a per-weight residual and a send threshold (weight units).
#[derive(Clone)]
pub struct Accumulate<S: WeightStore> {
    inner: S,
    threshold: f64,
    resid: Vec<f64>,
    send: Vec<f64>,
}

impl<S: WeightStore> Accumulate<S> {
    /// Send a weight's residual once `|r_i| >= threshold` (`threshold >= 0`; 0 sends every update,
    /// which is `inner` unchanged).
    pub fn new(inner: S, threshold: f64) -> Self {
        assert!(threshold >= 0.0, "a threshold is a magnitude");
        Accumulate {
            inner,
            threshold,
            resid: Vec::new(),
            send: Vec::new(),
        }
    }
}

impl<S: WeightStore + Clone + 'static> WeightStore for Accumulate<S> {
    fn program(&mut self, theta: &mut [f64], rng: &mut ChaCha8Rng) {
        self.resid = vec![0.0; theta.len()];
        self.send = vec![0.0; theta.len()];
        self.inner.program(theta, rng);
    }

    fn update(&mut self, theta: &mut [f64], delta: &[f64], rng: &mut ChaCha8Rng) {
        assert_eq!(theta.len(), delta.len(), "one delta per weight");
        if self.resid.len() != theta.len() {
            self.resid = vec![0.0; theta.len()];
            self.send = vec![0.0; theta.len()];
        }
        for ((r, s), d) in self.resid.iter_mut().zip(&mut self.send).zip(delta) {
            *r += d;
            if r.abs() >= self.threshold {
                *s = *r;
                *r = 0.0;
            } else {
                *s = 0.0;
            }
        }
        self.inner.update(theta, &self.send, rng);
    }

    fn clone_box(&self) -> Box<dyn WeightStore> {
        Box::new(self.clone())
    }

    /// The residuals, then the wrapped store's state.
    fn save_state(&self) -> Vec<f64> {
        let mut v = self.resid.clone();
        v.extend(self.inner.save_state());
        v
    }

    fn restore_state(&mut self, state: &[f64]) -> Result<(), DeviceError> {
        let n = self.resid.len();
        if state.len() < n {
            return Err(super::store::state_length(n, state.len()));
        }
        self.inner.restore_state(&state[n..])?;
        self.resid.copy_from_slice(&state[..n]);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::devices::Ideal;
    use rand::SeedableRng;

    #[test]
    fn residuals_are_sent_only_past_the_threshold() {
        let mut rng = ChaCha8Rng::seed_from_u64(0);
        let mut s = Accumulate::new(Ideal, 1.0);
        let mut theta = vec![0.0, 0.0];
        s.program(&mut theta, &mut rng);
        s.update(&mut theta, &[0.6, -0.4], &mut rng);
        assert_eq!(theta, vec![0.0, 0.0]);
        s.update(&mut theta, &[0.6, 0.4], &mut rng);
        assert_eq!(theta, vec![1.2, 0.0]); // weight 1's +-0.4 cancelled: never sent
        let mut z = Accumulate::new(Ideal, 0.0);
        z.update(&mut theta, &[0.25, -0.5], &mut rng);
        assert_eq!(theta, vec![1.45, -0.5]);
    }
}
