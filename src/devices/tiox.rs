//! A steeper synthetic device shaped like the measured TiOx ReRAM tables of paper C at 1.8 V,
//! in uS, on the window `[5, 30]` uS. Its mean step changes by most of a step across the
//! window, so binning bias is visible (see `metrics`).
//!
//! Our exact choice (the spec gives only the profile shapes), with `x = (G - 5) / 25`:
//! - SET:   mean `13.7 - 16.8 x` (+13.7 uS at 5 uS down to -3.1 at 30 uS), std `1 + 6 x`;
//! - RESET: mean `0.4 - 14.2 x` (+0.4 uS at 5 uS down to -13.8 at 30 uS), std `1 + 6 x`;
//!
//! i.e. both stds grow linearly from 1 to 7 uS. Steps are Gaussian; the result is clipped.

use super::device::{gaussian_pulse, AnalyticDevice, Device, Polarity};
use rand_chacha::ChaCha8Rng;

/// The TiOx-like synthetic device (uS). Stateless.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tiox;

impl Tiox {
    /// Lowest conductance, uS.
    pub const G_MIN: f64 = 5.0;
    /// Highest conductance, uS.
    pub const G_MAX: f64 = 30.0;

    fn x(g: f64) -> f64 {
        (g - Self::G_MIN) / (Self::G_MAX - Self::G_MIN)
    }

    /// d(step_mean)/dG, per polarity: -0.672 (SET), -0.568 (RESET).
    pub fn mean_slope(polarity: Polarity) -> f64 {
        let span = Self::G_MAX - Self::G_MIN;
        match polarity {
            Polarity::Set => -16.8 / span,
            Polarity::Reset => -14.2 / span,
        }
    }

    /// d(step_std)/dG: 0.24 for both polarities.
    pub fn std_slope() -> f64 {
        6.0 / (Self::G_MAX - Self::G_MIN)
    }
}

impl Device for Tiox {
    fn pulse(&self, g: f64, polarity: Polarity, rng: &mut ChaCha8Rng) -> f64 {
        gaussian_pulse(self, g, polarity, rng)
    }
    fn mean_step(&self, g: f64, polarity: Polarity) -> f64 {
        self.step_mean(g, polarity)
    }
    fn g_min(&self) -> f64 {
        Self::G_MIN
    }
    fn g_max(&self) -> f64 {
        Self::G_MAX
    }
}

impl AnalyticDevice for Tiox {
    fn step_mean(&self, g: f64, polarity: Polarity) -> f64 {
        match polarity {
            Polarity::Set => 13.7 - 16.8 * Self::x(g),
            Polarity::Reset => 0.4 - 14.2 * Self::x(g),
        }
    }
    fn step_std(&self, g: f64, _polarity: Polarity) -> f64 {
        1.0 + 6.0 * Self::x(g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_hit_the_measured_end_points() {
        let d = Tiox;
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(close(d.step_mean(5.0, Polarity::Set), 13.7));
        assert!(close(d.step_mean(30.0, Polarity::Set), -3.1));
        assert!(close(d.step_mean(5.0, Polarity::Reset), 0.4));
        assert!(close(d.step_mean(30.0, Polarity::Reset), -13.8));
        assert!(close(d.step_std(5.0, Polarity::Set), 1.0));
        assert!(close(d.step_std(30.0, Polarity::Reset), 7.0));
        let slope = d.step_mean(20.0, Polarity::Set) - d.step_mean(19.0, Polarity::Set);
        assert!(close(slope, Tiox::mean_slope(Polarity::Set)));
    }
}
