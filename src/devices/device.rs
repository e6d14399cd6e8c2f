//! What one programming pulse does to one device's conductance: the [`Device`] trait, and
//! [`AnalyticDevice`] for devices whose step is a known Gaussian (the synthetic ground truths).

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rand_distr::StandardNormal;

/// Pulse polarity: SET raises the conductance on average, RESET lowers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Potentiating pulse.
    Set,
    /// Depressing pulse.
    Reset,
}

impl Polarity {
    /// Both polarities, SET first (the order of a jump-table file).
    pub const BOTH: [Polarity; 2] = [Polarity::Set, Polarity::Reset];

    /// `set` or `reset`, as in files.
    pub fn name(self) -> &'static str {
        match self {
            Polarity::Set => "set",
            Polarity::Reset => "reset",
        }
    }
}

/// A device population's response to one pulse. Implementations are immutable models; the
/// per-weight state (the conductance) is owned by the caller.
pub trait Device {
    /// The conductance after one pulse of `polarity` applied at conductance `g`, drawn anew
    /// from `rng`; always within `[g_min, g_max]`.
    fn pulse(&self, g: f64, polarity: Polarity, rng: &mut ChaCha8Rng) -> f64;
    /// Mean conductance change of one pulse at `g` before clipping (sets nominal pulse steps).
    fn mean_step(&self, g: f64, polarity: Polarity) -> f64;
    /// Lowest reachable conductance.
    fn g_min(&self) -> f64;
    /// Highest reachable conductance.
    fn g_max(&self) -> f64;
}

/// A device whose step per pulse at conductance `g` is `N(step_mean, step_std^2)` (before the
/// conductance is clipped to the window). Ground truth for measuring table bias.
pub trait AnalyticDevice: Device {
    /// Mean conductance change of one pulse at `g`.
    fn step_mean(&self, g: f64, polarity: Polarity) -> f64;
    /// Standard deviation of the change of one pulse at `g`.
    fn step_std(&self, g: f64, polarity: Polarity) -> f64;

    /// One unclipped step drawn from `N(step_mean, step_std^2)`.
    fn draw_step(&self, g: f64, polarity: Polarity, rng: &mut ChaCha8Rng) -> f64 {
        let xi: f64 = rng.sample(StandardNormal);
        self.step_mean(g, polarity) + self.step_std(g, polarity) * xi
    }
}

/// `clip(g + step, g_min, g_max)` with a fresh Gaussian step: `pulse` for any [`AnalyticDevice`].
pub fn gaussian_pulse<D: AnalyticDevice + ?Sized>(
    device: &D,
    g: f64,
    polarity: Polarity,
    rng: &mut ChaCha8Rng,
) -> f64 {
    (g + device.draw_step(g, polarity, rng)).clamp(device.g_min(), device.g_max())
}
