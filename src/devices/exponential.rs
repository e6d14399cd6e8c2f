//! The NeuroSim-style exponential device of paper C (spec/DEVICES.md section 1), in nS.
//!
//! Conductance after `p` pulses from `Gmin`: `G(p) = B (1 - exp(-p/A)) + Gmin`, with
//! `B = (Gmax - Gmin) / (1 - exp(-P/A))`, `P = 500` levels. A SET pulse moves `p -> p + 1` on the
//! SET curve (`A_set = 249.6`, `B_set = 40.457`), a RESET pulse `p -> p - 1` on the RESET curve
//! (`A_reset = -100.2`, `B_reset = -0.239`). Eliminating `p` (`B exp(-p/A) = B - (G - Gmin)`):
//!
//! - `mu_SET(G)   = (B_set   - (G - Gmin)) (1 - exp(-1/A_set))`
//! - `mu_RESET(G) = (B_reset - (G - Gmin)) (1 - exp(+1/A_reset))`
//!
//! (the RESET line is the SET formula with `p - 1` in place of `p + 1`; both are linear in G).
//! Each pulse adds cycle-to-cycle noise `N(0, (0.035 (Gmax - Gmin))^2)`, 1.225 nS, and the
//! result is clipped to `[Gmin, Gmax]`.
//!
//! The spec's RESET check values (-0.0024, -0.1780, -0.3501) differ from this closed form
//! (-0.0024, -0.1779, -0.3499) by at most 1.6e-4 nS; the tests state that tolerance.

use super::device::{gaussian_pulse, AnalyticDevice, Device, Polarity};
use rand_chacha::ChaCha8Rng;

/// The exponential device. Fields are public so a variant can be built; [`Default`] is the
/// paper's reference device.
#[derive(Clone, Debug, PartialEq)]
pub struct Exponential {
    /// Lowest conductance, nS.
    pub g_min: f64,
    /// Highest conductance, nS.
    pub g_max: f64,
    /// Number of pulses from `g_min` to `g_max`.
    pub levels: f64,
    /// Nonlinearity constant of the SET curve.
    pub a_set: f64,
    /// Nonlinearity constant of the RESET curve (negative).
    pub a_reset: f64,
    /// Cycle-to-cycle noise as a fraction of `g_max - g_min`.
    pub c2c: f64,
}

impl Default for Exponential {
    fn default() -> Self {
        Exponential {
            g_min: 3.0,
            g_max: 38.0,
            levels: 500.0,
            a_set: 249.6,
            a_reset: -100.2,
            c2c: 0.035,
        }
    }
}

impl Exponential {
    /// `A` of a polarity's curve.
    pub fn a(&self, polarity: Polarity) -> f64 {
        match polarity {
            Polarity::Set => self.a_set,
            Polarity::Reset => self.a_reset,
        }
    }

    /// `B = (Gmax - Gmin) / (1 - exp(-P/A))` of a polarity's curve.
    pub fn b(&self, polarity: Polarity) -> f64 {
        (self.g_max - self.g_min) / (1.0 - (-self.levels / self.a(polarity)).exp())
    }
}

impl Device for Exponential {
    fn pulse(&self, g: f64, polarity: Polarity, rng: &mut ChaCha8Rng) -> f64 {
        gaussian_pulse(self, g, polarity, rng)
    }
    fn mean_step(&self, g: f64, polarity: Polarity) -> f64 {
        self.step_mean(g, polarity)
    }
    fn g_min(&self) -> f64 {
        self.g_min
    }
    fn g_max(&self) -> f64 {
        self.g_max
    }
}

impl AnalyticDevice for Exponential {
    fn step_mean(&self, g: f64, polarity: Polarity) -> f64 {
        let a = self.a(polarity);
        let slope = match polarity {
            Polarity::Set => 1.0 - (-1.0 / a).exp(),
            Polarity::Reset => 1.0 - (1.0 / a).exp(),
        };
        (self.b(polarity) - (g - self.g_min)) * slope
    }
    fn step_std(&self, _g: f64, _polarity: Polarity) -> f64 {
        self.c2c * (self.g_max - self.g_min)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn b_constants_match_the_paper() {
        let d = Exponential::default();
        assert!(
            (d.b(Polarity::Set) - 40.457).abs() < 1e-3,
            "{}",
            d.b(Polarity::Set)
        );
        assert!(
            (d.b(Polarity::Reset) + 0.239).abs() < 1e-3,
            "{}",
            d.b(Polarity::Reset)
        );
    }

    #[test]
    fn mean_steps_match_the_spec_checks() {
        let d = Exponential::default();
        let gs = [3.0, 20.677, 38.0];
        for (g, want) in gs.iter().zip([0.1618, 0.0911, 0.0218]) {
            let got = d.step_mean(*g, Polarity::Set);
            assert!((got - want).abs() < 5e-5, "SET at {g}: {got}");
        }
        // Closed form gives -0.00238, -0.17792, -0.34995; the spec rounds to within 1.6e-4.
        for (g, want) in gs.iter().zip([-0.0024, -0.1780, -0.3501]) {
            let got = d.step_mean(*g, Polarity::Reset);
            assert!((got - want).abs() < 2e-4, "RESET at {g}: {got}");
        }
    }

    #[test]
    fn mean_step_equals_the_curve_difference() {
        // Twin check: step_mean at G(p) is G(p+1) - G(p) (SET) and G(p-1) - G(p) (RESET).
        let d = Exponential::default();
        for pol in Polarity::BOTH {
            let (a, b) = (d.a(pol), d.b(pol));
            let curve = |p: f64| b * (1.0 - (-p / a).exp()) + d.g_min;
            for p in [1.0, 77.0, 250.0, 499.0] {
                let next = if pol == Polarity::Set {
                    p + 1.0
                } else {
                    p - 1.0
                };
                let want = curve(next) - curve(p);
                assert!((d.step_mean(curve(p), pol) - want).abs() < 1e-12);
            }
        }
    }

    #[test]
    fn noise_is_1_225_ns_and_pulses_stay_in_the_window() {
        let d = Exponential::default();
        assert!((d.step_std(10.0, Polarity::Set) - 1.225).abs() < 1e-12);
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let mut g = 3.0;
        for i in 0..20_000 {
            let pol = if i % 3 == 0 {
                Polarity::Reset
            } else {
                Polarity::Set
            };
            g = d.pulse(g, pol, &mut rng);
            assert!((3.0..=38.0).contains(&g));
        }
    }
}
