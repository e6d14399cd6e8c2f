//! Weights stored as device conductances: [`Conductance`] turns a requested update into
//! programming pulses and reads the weight back through a linear mapping.
//!
//! Mapping (single device per weight, our choice): `theta = (G - G_ref) / G_span * w_scale`,
//! `G_ref = (Gmin + Gmax) / 2`, `G_span = (Gmax - Gmin) / 2`, so the window maps onto
//! `[-w_scale, w_scale]`. A differential pair (G+ - G-) is not modelled yet.
//!
//! Update (spec/DEVICES.md): `n = stochastic_round(delta / step_nominal)`; `|n|` pulses, SET
//! when `n > 0`, RESET when `n < 0`, each drawn anew from the device; pulse trains longer than
//! `max_pulses` are cut there, as a driver would bound its programming time.

use super::device::{Device, Polarity};
use super::store::{state_length, stochastic_round, WeightStore};
use super::DeviceError;
use rand_chacha::ChaCha8Rng;

/// Default bound on the pulses of one update of one weight.
pub const DEFAULT_MAX_PULSES: u64 = 10_000;

/// Smallest weight window `w_scale` (docs/RELIABILITY.md).
pub const MIN_W_SCALE: f64 = 1e-3;

/// Weights held as conductances of `D`.
#[derive(Clone, Debug, PartialEq)]
pub struct Conductance<D: Device> {
    device: D,
    w_scale: f64,
    step_nominal: f64,
    max_pulses: u64,
    g: Vec<f64>,
}

impl<D: Device> Conductance<D> {
    /// A store over `device` mapping the window to `[-w_scale, w_scale]`, assuming each pulse
    /// moves a weight by `step_nominal` (weight units). Both must be finite and `> 0`.
    pub fn new(device: D, w_scale: f64, step_nominal: f64) -> Result<Self, DeviceError> {
        if !(w_scale.is_finite() && w_scale >= MIN_W_SCALE) {
            // Below it, every update of a weight LSB takes more pulses than the cap allows.
            return Err(DeviceError::parameter(
                "w_scale",
                &format!("finite and >= {MIN_W_SCALE} (smaller windows hit the pulse cap on every update)"),
                // 1e-308 in full would be 300 zeros.
                match w_scale.abs() {
                    a if a != 0.0 && !(1e-3..1e9).contains(&a) => format!("{w_scale:e}"),
                    _ => w_scale.to_string(),
                },
            ));
        }
        if !(step_nominal.is_finite() && step_nominal > 0.0) {
            return Err(DeviceError::parameter(
                "step_nominal",
                "finite and > 0",
                step_nominal,
            ));
        }
        let (lo, hi) = (device.g_min(), device.g_max());
        if !(lo.is_finite() && hi.is_finite() && hi > lo) {
            let got = format!("[{lo}, {hi}]");
            return Err(DeviceError::parameter("device window", "Gmin < Gmax", got));
        }
        Ok(Conductance {
            device,
            w_scale,
            step_nominal,
            max_pulses: DEFAULT_MAX_PULSES,
            g: Vec::new(),
        })
    }

    /// As [`Conductance::new`], with `step_nominal` = the mean of `|mean SET step|` and
    /// `|mean RESET step|` at `G_ref`, in weight units.
    pub fn with_nominal_step(device: D, w_scale: f64) -> Result<Self, DeviceError> {
        let g_ref = 0.5 * (device.g_min() + device.g_max());
        let span = 0.5 * (device.g_max() - device.g_min());
        let dg = 0.5
            * (device.mean_step(g_ref, Polarity::Set).abs()
                + device.mean_step(g_ref, Polarity::Reset).abs());
        Self::new(device, w_scale, dg / span * w_scale)
    }

    /// Bound the pulses per weight per update (default [`DEFAULT_MAX_PULSES`]).
    pub fn with_max_pulses(mut self, max_pulses: u64) -> Self {
        self.max_pulses = max_pulses;
        self
    }

    /// The device model.
    pub fn device(&self) -> &D {
        &self.device
    }
    /// Nominal weight change of one pulse.
    pub fn step_nominal(&self) -> f64 {
        self.step_nominal
    }
    /// Current conductances, one per weight (empty before `program`).
    pub fn conductances(&self) -> &[f64] {
        &self.g
    }

    fn ref_span(&self) -> (f64, f64) {
        let (lo, hi) = (self.device.g_min(), self.device.g_max());
        (0.5 * (lo + hi), 0.5 * (hi - lo))
    }

    /// Weight read back from conductance `g`.
    pub fn to_theta(&self, g: f64) -> f64 {
        let (r, s) = self.ref_span();
        (g - r) / s * self.w_scale
    }

    /// Conductance that holds weight `theta`, clipped to the window.
    pub fn to_g(&self, theta: f64) -> f64 {
        let (r, s) = self.ref_span();
        (r + theta / self.w_scale * s).clamp(self.device.g_min(), self.device.g_max())
    }
}

impl<D: Device + Clone + 'static> WeightStore for Conductance<D> {
    /// Write-verify programming, assumed exact within the window: `G = to_g(theta)`.
    fn program(&mut self, theta: &mut [f64], _rng: &mut ChaCha8Rng) {
        self.g = theta.iter().map(|&t| self.to_g(t)).collect();
        for (t, &g) in theta.iter_mut().zip(&self.g) {
            *t = self.to_theta(g);
        }
    }

    /// Pulses per module docs. If the store was never programmed for this many weights, it
    /// first programs `theta` as given.
    fn update(&mut self, theta: &mut [f64], delta: &[f64], rng: &mut ChaCha8Rng) {
        assert_eq!(theta.len(), delta.len(), "one delta per weight");
        if self.g.len() != theta.len() {
            self.program(theta, rng);
        }
        let cap = i64::try_from(self.max_pulses).unwrap_or(i64::MAX);
        for i in 0..theta.len() {
            let n = stochastic_round(delta[i] / self.step_nominal, rng).clamp(-cap, cap);
            let polarity = if n > 0 {
                Polarity::Set
            } else {
                Polarity::Reset
            };
            let mut g = self.g[i];
            for _ in 0..n.unsigned_abs() {
                g = self.device.pulse(g, polarity, rng);
            }
            self.g[i] = g;
            theta[i] = self.to_theta(g);
        }
    }

    fn clone_box(&self) -> Box<dyn WeightStore> {
        Box::new(self.clone())
    }

    /// The conductances.
    fn save_state(&self) -> Vec<f64> {
        self.g.clone()
    }

    fn restore_state(&mut self, state: &[f64]) -> Result<(), DeviceError> {
        if state.len() != self.g.len() {
            return Err(state_length(self.g.len(), state.len()));
        }
        self.g.copy_from_slice(state);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::devices::{Exponential, JumpTable};
    use rand::SeedableRng;

    /// Noise-free device: every SET adds 1, every RESET subtracts 1, window [0, 100].
    #[derive(Clone)]
    struct Steps;
    impl Device for Steps {
        fn pulse(&self, g: f64, p: Polarity, _rng: &mut ChaCha8Rng) -> f64 {
            (g + if p == Polarity::Set { 1.0 } else { -1.0 }).clamp(0.0, 100.0)
        }
        fn mean_step(&self, _g: f64, p: Polarity) -> f64 {
            if p == Polarity::Set {
                1.0
            } else {
                -1.0
            }
        }
        fn g_min(&self) -> f64 {
            0.0
        }
        fn g_max(&self) -> f64 {
            100.0
        }
    }

    #[test]
    fn whole_pulse_updates_move_by_whole_steps_and_clip_at_the_window() {
        let mut s = Conductance::with_nominal_step(Steps, 1.0).unwrap();
        assert!((s.step_nominal() - 0.02).abs() < 1e-15); // 1 of 50 per weight unit
        let mut rng = ChaCha8Rng::seed_from_u64(0);
        let mut theta = vec![0.0, 0.5, 3.0];
        s.program(&mut theta, &mut rng);
        assert_eq!(theta, vec![0.0, 0.5, 1.0]); // 3.0 lies beyond the window
        s.update(&mut theta, &[0.06, -0.1, 0.5], &mut rng);
        assert_eq!(s.conductances(), &[53.0, 70.0, 100.0]);
        assert!((theta[0] - 0.06).abs() < 1e-12 && (theta[1] - 0.4).abs() < 1e-12);
        assert_eq!(theta[2], 1.0);
    }

    #[test]
    fn fractional_pulse_counts_are_unbiased() {
        let mut s = Conductance::with_nominal_step(Steps, 1.0).unwrap();
        let mut rng = ChaCha8Rng::seed_from_u64(4);
        let mut theta = vec![0.0; 20_000];
        s.program(&mut theta, &mut rng);
        s.update(&mut theta, &vec![0.007; 20_000], &mut rng); // 0.35 pulses each
        let mean = theta.iter().sum::<f64>() / theta.len() as f64;
        assert!((mean - 0.007).abs() < 2e-4, "{mean}");
        assert!(theta.iter().all(|&t| t == 0.0 || (t - 0.02).abs() < 1e-12));
    }

    #[test]
    fn exponential_store_follows_requested_updates_on_average() {
        // The table of the device and the device itself are interchangeable stores.
        let dev = Exponential::default();
        let mut rng = ChaCha8Rng::seed_from_u64(8);
        let n = 4000;
        let mut direct = Conductance::with_nominal_step(dev.clone(), 1.0).unwrap();
        let mut table =
            Conductance::with_nominal_step(JumpTable::from_device(&dev, 100, 100), 1.0).unwrap();
        assert!((direct.step_nominal() / table.step_nominal() - 1.0).abs() < 0.01);
        for store in [&mut direct as &mut dyn WeightStore, &mut table] {
            let mut theta = vec![0.0; n];
            store.program(&mut theta, &mut rng);
            for _ in 0..10 {
                store.update(&mut theta, &vec![0.02; n], &mut rng);
            }
            let mean = theta.iter().sum::<f64>() / n as f64;
            // SET steps shrink above G_ref, so the store under-delivers but moves the right way.
            assert!(mean > 0.05 && mean < 0.25, "{mean}");
        }
    }
}
