//! The simple stores ([`Ideal`], [`UpdateNoise`], [`StepVariation`]) and [`DeviceModel`], a
//! config-friendly description that builds any store (the factory). The trait the trainers
//! call, [`WeightStore`], and the pulse rule are in `store.rs`, apart from this factory, so
//! that the stores it builds need not import it.
//!
//! Device-backed storage is [`Conductance`] (file `conductance.rs`);
//! stuck-at faults wrap any store as [`StuckAt`] (file `faults.rs`).

use super::accumulate::Accumulate;
use super::conductance::Conductance;
use super::faults::StuckAt;
use super::jump_table::{JumpTable, RowInterp};
use super::store::{restore_nothing, WeightStore};
use super::{DeviceError, Exponential, Tiox};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::StandardNormal;

/// Exact registers: `theta += delta`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Ideal;

impl WeightStore for Ideal {
    fn program(&mut self, _theta: &mut [f64], _rng: &mut ChaCha8Rng) {}
    fn update(&mut self, theta: &mut [f64], delta: &[f64], _rng: &mut ChaCha8Rng) {
        assert_eq!(theta.len(), delta.len(), "one delta per weight");
        theta.iter_mut().zip(delta).for_each(|(t, d)| *t += d);
    }
    fn clone_box(&self) -> Box<dyn WeightStore> {
        Box::new(*self)
    }
    fn save_state(&self) -> Vec<f64> {
        Vec::new()
    }
    fn restore_state(&mut self, state: &[f64]) -> Result<(), DeviceError> {
        restore_nothing(state)
    }
}

/// Noisy updates: `theta_i += delta_i + sigma xi`, `xi ~ N(0, 1)`, one draw shared by all
/// weights per update (the MGD authors' code) or one per weight (the physical case).
/// Programming is exact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UpdateNoise {
    /// Noise std, in weight units.
    pub sigma: f64,
    /// One draw per update for all weights, instead of one per weight.
    pub shared: bool,
}

impl UpdateNoise {
    /// Checked constructor: `sigma` finite and `>= 0`.
    pub fn new(sigma: f64, shared: bool) -> Result<Self, DeviceError> {
        if !(sigma.is_finite() && sigma >= 0.0) {
            return Err(DeviceError::parameter(
                "update_noise.sigma",
                "finite and >= 0",
                sigma,
            ));
        }
        Ok(UpdateNoise { sigma, shared })
    }
}

impl WeightStore for UpdateNoise {
    fn program(&mut self, _theta: &mut [f64], _rng: &mut ChaCha8Rng) {}
    fn update(&mut self, theta: &mut [f64], delta: &[f64], rng: &mut ChaCha8Rng) {
        assert_eq!(theta.len(), delta.len(), "one delta per weight");
        let common: f64 = if self.shared {
            rng.sample(StandardNormal)
        } else {
            0.0
        };
        for (t, d) in theta.iter_mut().zip(delta) {
            let xi = if self.shared {
                common
            } else {
                rng.sample(StandardNormal)
            };
            *t += d + self.sigma * xi;
        }
    }
    fn clone_box(&self) -> Box<dyn WeightStore> {
        Box::new(*self)
    }
    /// None: the noisy weights are the trainer's `theta`.
    fn save_state(&self) -> Vec<f64> {
        Vec::new()
    }
    fn restore_state(&mut self, state: &[f64]) -> Result<(), DeviceError> {
        restore_nothing(state)
    }
}

/// Device-to-device variation of the update step: weight `i` moves by `gain_i * delta_i`,
/// `gain_i ~ N(1, s^2)` drawn once per weight from the store's own seed (so the draw does not
/// depend on the trainer's stream). Gains are not clipped: for large `s` some are negative.
#[derive(Clone, Debug, PartialEq)]
pub struct StepVariation {
    s: f64,
    rng: ChaCha8Rng,
    gains: Vec<f64>,
}

impl StepVariation {
    /// Checked constructor: `s` finite and `>= 0`.
    pub fn new(s: f64, seed: u64) -> Result<Self, DeviceError> {
        if !(s.is_finite() && s >= 0.0) {
            return Err(DeviceError::parameter(
                "step_variation.s",
                "finite and >= 0",
                s,
            ));
        }
        Ok(StepVariation {
            s,
            rng: ChaCha8Rng::seed_from_u64(seed),
            gains: Vec::new(),
        })
    }

    /// The per-weight gains drawn so far.
    pub fn gains(&self) -> &[f64] {
        &self.gains
    }

    fn ensure(&mut self, n: usize) {
        while self.gains.len() < n {
            let xi: f64 = self.rng.sample(StandardNormal);
            self.gains.push(1.0 + self.s * xi);
        }
    }
}

impl WeightStore for StepVariation {
    fn program(&mut self, theta: &mut [f64], _rng: &mut ChaCha8Rng) {
        self.ensure(theta.len());
    }
    fn update(&mut self, theta: &mut [f64], delta: &[f64], _rng: &mut ChaCha8Rng) {
        assert_eq!(theta.len(), delta.len(), "one delta per weight");
        self.ensure(theta.len());
        for ((t, d), g) in theta.iter_mut().zip(delta).zip(&self.gains) {
            *t += g * d;
        }
    }
    fn clone_box(&self) -> Box<dyn WeightStore> {
        Box::new(self.clone())
    }
    /// None: `program` draws the same gains again from the store's seed.
    fn save_state(&self) -> Vec<f64> {
        Vec::new()
    }
    fn restore_state(&mut self, state: &[f64]) -> Result<(), DeviceError> {
        restore_nothing(state)
    }
}

/// Stuck-at faults to put on top of any [`DeviceModel`].
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StuckSpec {
    /// Fraction of weights stuck, in [0, 1].
    pub fraction: f64,
    /// Stuck values in weight units, assigned in turn (two values: half each).
    pub values: Vec<f64>,
    /// Seed of the choice of stuck weights.
    pub seed: u64,
}

/// A weight storage, as a config would name it. [`DeviceModel::build`] checks it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum DeviceModel {
    /// [`Ideal`].
    Ideal,
    /// [`UpdateNoise`].
    UpdateNoise {
        /// Noise std, weight units.
        sigma: f64,
        /// One draw for all weights per update.
        shared: bool,
    },
    /// [`StepVariation`].
    StepVariation {
        /// Std of the per-weight gain.
        s: f64,
        /// Seed of the gains.
        seed: u64,
    },
    /// [`Conductance`] over the [`Exponential`] device; weights in `[-w_scale, w_scale]`.
    Exponential {
        /// Weight at `Gmax`.
        w_scale: f64,
        /// Digital accumulator threshold in nominal pulse steps; 0 (the default): none.
        #[serde(default)]
        accumulate: f64,
    },
    /// [`Conductance`] over the [`Tiox`] device.
    Tiox {
        /// Weight at `Gmax`.
        w_scale: f64,
        /// Digital accumulator threshold in nominal pulse steps; 0 (the default): none.
        #[serde(default)]
        accumulate: f64,
    },
    /// [`Conductance`] over a jump table loaded from `path`.
    JumpTable {
        /// Table file (format in `jump_table`).
        path: String,
        /// Weight at `Gmax`.
        w_scale: f64,
        /// Row lookup.
        #[serde(default)]
        interp: RowInterp,
        /// Digital accumulator threshold in nominal pulse steps; 0 (the default): none.
        #[serde(default)]
        accumulate: f64,
    },
}

/// `c`, behind an [`Accumulate`] that sends a weight's residual once it reaches `steps`
/// nominal pulse steps of `c`; `c` alone when `steps` is 0. `steps` must be finite and >= 0.
pub fn accumulated<D: super::Device + Clone + 'static>(
    c: Conductance<D>,
    steps: f64,
) -> Result<Box<dyn WeightStore>, DeviceError> {
    if !(steps.is_finite() && steps >= 0.0) {
        return Err(DeviceError::parameter(
            "accumulate",
            "finite and >= 0 (nominal pulse steps; 0: no accumulator)",
            steps,
        ));
    }
    if steps == 0.0 {
        // No wrapper at all, so that 0 is the plain device bit for bit.
        return Ok(Box::new(c));
    }
    let threshold = steps * c.step_nominal();
    Ok(Box::new(Accumulate::new(c, threshold)))
}

impl DeviceModel {
    /// Build the store, faults (if any) on top. Nominal pulse steps come from the device's
    /// mean steps at mid-window ([`Conductance::with_nominal_step`]); a device with
    /// `accumulate > 0` sits behind a digital accumulator ([`accumulated`]).
    pub fn build(&self, stuck: Option<&StuckSpec>) -> Result<Box<dyn WeightStore>, DeviceError> {
        let store: Box<dyn WeightStore> = match self {
            DeviceModel::Ideal => Box::new(Ideal),
            DeviceModel::UpdateNoise { sigma, shared } => {
                Box::new(UpdateNoise::new(*sigma, *shared)?)
            }
            DeviceModel::StepVariation { s, seed } => Box::new(StepVariation::new(*s, *seed)?),
            DeviceModel::Exponential {
                w_scale,
                accumulate,
            } => accumulated(
                Conductance::with_nominal_step(Exponential::default(), *w_scale)?,
                *accumulate,
            )?,
            DeviceModel::Tiox {
                w_scale,
                accumulate,
            } => accumulated(Conductance::with_nominal_step(Tiox, *w_scale)?, *accumulate)?,
            DeviceModel::JumpTable {
                path,
                w_scale,
                interp,
                accumulate,
            } => {
                let table = JumpTable::load(path)?.with_interp(*interp);
                accumulated(
                    Conductance::with_nominal_step(table, *w_scale)?,
                    *accumulate,
                )?
            }
        };
        match stuck {
            None => Ok(store),
            Some(s) => Ok(Box::new(StuckAt::new(
                store,
                s.fraction,
                s.values.clone(),
                s.seed,
            )?)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::store::stochastic_round;
    use super::*;

    fn rng(seed: u64) -> ChaCha8Rng {
        ChaCha8Rng::seed_from_u64(seed)
    }

    #[test]
    fn stochastic_round_is_unbiased_and_exact_on_integers() {
        let mut r = rng(1);
        for x in [-2.75, -0.3, 0.0, 0.6, 3.1] {
            let n = 100_000;
            let mean = (0..n)
                .map(|_| stochastic_round(x, &mut r) as f64)
                .sum::<f64>()
                / n as f64;
            assert!((mean - x).abs() < 0.01, "{x}: {mean}");
            assert!((0..100).all(|_| (stochastic_round(x, &mut r) as f64 - x).abs() < 1.0));
        }
        assert!((0..100).all(|_| stochastic_round(-4.0, &mut r) == -4));
        assert_eq!(stochastic_round(f64::NAN, &mut r), 0);
    }

    #[test]
    fn ideal_store_adds_delta_exactly() {
        let mut theta = vec![0.5, -1.0];
        Ideal.update(&mut theta, &[0.25, 2.0], &mut rng(0));
        assert_eq!(theta, vec![0.75, 1.0]);
    }

    #[test]
    fn shared_noise_is_one_draw_and_per_weight_noise_is_many() {
        let delta = vec![0.0; 1000];
        let mut shared = UpdateNoise::new(0.1, true).unwrap();
        let mut theta = vec![0.0; 1000];
        shared.update(&mut theta, &delta, &mut rng(2));
        assert!(theta.iter().all(|&t| t == theta[0]) && theta[0] != 0.0);
        let mut each = UpdateNoise::new(0.1, false).unwrap();
        let mut theta = vec![0.0; 1000];
        each.update(&mut theta, &delta, &mut rng(2));
        let (m, s) = crate::devices::stats::mean_std(&theta);
        assert!(m.abs() < 0.01 && (s - 0.1).abs() < 0.01, "{m} {s}");
    }

    #[test]
    fn step_variation_gains_are_fixed_per_weight_and_seeded() {
        let mut a = StepVariation::new(0.2, 7).unwrap();
        let mut theta = vec![0.0; 2000];
        a.program(&mut theta, &mut rng(0));
        let gains = a.gains().to_vec();
        a.update(&mut theta, &vec![1.0; 2000], &mut rng(1));
        a.update(&mut theta, &vec![1.0; 2000], &mut rng(2));
        assert!(theta
            .iter()
            .zip(&gains)
            .all(|(t, g)| (t - 2.0 * g).abs() < 1e-12));
        let (m, s) = crate::devices::stats::mean_std(&gains);
        assert!((m - 1.0).abs() < 0.02 && (s - 0.2).abs() < 0.02, "{m} {s}");
        let mut b = StepVariation::new(0.2, 7).unwrap();
        b.program(&mut vec![0.0; 2000], &mut rng(99));
        assert_eq!(b.gains(), &gains[..]);
    }

    #[test]
    fn device_models_build_and_bad_parameters_are_refused() {
        let models = [
            DeviceModel::Ideal,
            DeviceModel::UpdateNoise {
                sigma: 0.01,
                shared: false,
            },
            DeviceModel::StepVariation { s: 0.1, seed: 3 },
            DeviceModel::Exponential {
                w_scale: 1.0,
                accumulate: 0.0,
            },
            DeviceModel::Tiox {
                w_scale: 2.0,
                accumulate: 0.0,
            },
        ];
        for m in &models {
            let mut store = m.build(None).unwrap();
            let mut theta = vec![0.1, -0.2, 0.3];
            store.program(&mut theta, &mut rng(0));
            store.update(&mut theta, &[0.01, 0.0, -0.01], &mut rng(1));
            assert!(theta.iter().all(|t| t.is_finite()), "{m:?}");
        }
        let bad = [
            DeviceModel::UpdateNoise {
                sigma: -1.0,
                shared: true,
            }
            .build(None),
            DeviceModel::StepVariation {
                s: f64::NAN,
                seed: 0,
            }
            .build(None),
            DeviceModel::Exponential {
                w_scale: 0.0,
                accumulate: 0.0,
            }
            .build(None),
            DeviceModel::Ideal.build(Some(&StuckSpec {
                fraction: 1.5,
                values: vec![0.0],
                seed: 0,
            })),
            DeviceModel::Ideal.build(Some(&StuckSpec {
                fraction: 0.1,
                values: vec![],
                seed: 0,
            })),
            DeviceModel::JumpTable {
                path: "no/such/table.csv".into(),
                w_scale: 1.0,
                interp: RowInterp::Nearest,
                accumulate: 0.0,
            }
            .build(None),
        ];
        let msgs: Vec<String> = bad
            .into_iter()
            .map(|r| r.err().map(|e| e.to_string()).unwrap_or_default())
            .collect();
        insta::assert_snapshot!(msgs.join("\n"), @r"
        `update_noise.sigma` must be finite and >= 0, got -1
        `step_variation.s` must be finite and >= 0, got NaN
        `w_scale` must be finite and >= 0.001 (smaller windows hit the pulse cap on every update), got 0
        `stuck.fraction` must be in [0, 1], got 1.5
        `stuck.values` must be at least one value, got none
        cannot access no/such/table.csv: No such file or directory (os error 2)
        ");
    }

    #[test]
    fn saved_states_and_clones_continue_exactly_as_the_original() {
        let stuck = StuckSpec {
            fraction: 0.1,
            values: vec![0.25],
            seed: 4,
        };
        let exp = || Conductance::with_nominal_step(Exponential::default(), 1.0).unwrap();
        let stores: Vec<Box<dyn Fn() -> Box<dyn WeightStore>>> = vec![
            Box::new(|| {
                DeviceModel::Exponential {
                    w_scale: 1.0,
                    accumulate: 0.0,
                }
                .build(None)
                .unwrap()
            }),
            Box::new(|| {
                DeviceModel::StepVariation { s: 0.3, seed: 2 }
                    .build(Some(&stuck))
                    .unwrap()
            }),
            Box::new(|| {
                DeviceModel::Tiox {
                    w_scale: 2.0,
                    accumulate: 0.0,
                }
                .build(Some(&stuck))
                .unwrap()
            }),
            Box::new(|| {
                let c = exp();
                let threshold = 2.0 * c.step_nominal();
                Box::new(crate::devices::accumulate::Accumulate::new(c, threshold))
            }),
        ];
        let n = 40;
        let delta: Vec<f64> = (0..n).map(|i| 0.004 * (i as f64 - 20.0)).collect();
        for (k, make) in stores.iter().enumerate() {
            let mut a = make();
            let mut theta = vec![0.1; n];
            let mut r = rng(1);
            a.program(&mut theta, &mut r);
            a.update(&mut theta, &delta, &mut r);
            let mut b = make();
            b.program(&mut vec![0.0; n], &mut rng(9));
            b.restore_state(&a.save_state()).unwrap();
            let mut c = a.clone();
            let (mut ta, mut tb, mut tc) = (theta.clone(), theta.clone(), theta);
            for step in 0..5 {
                a.update(&mut ta, &delta, &mut rng(step));
                b.update(&mut tb, &delta, &mut rng(step));
                c.update(&mut tc, &delta, &mut rng(step));
            }
            assert_eq!(ta, tb, "store {k}: restored");
            assert_eq!(ta, tc, "store {k}: cloned");
        }
        let mut s = exp();
        s.program(&mut [0.0; 3], &mut rng(0));
        let e = s.restore_state(&[10.0; 2]).unwrap_err().to_string();
        assert_eq!(e, "`store state` must be 3 values, got 2");
        assert!(Ideal.restore_state(&[1.0]).is_err());
    }

    #[test]
    fn accumulate_zero_is_the_plain_device_and_a_threshold_holds_small_updates_back() {
        let build = |accumulate| {
            DeviceModel::Exponential {
                w_scale: 1.0,
                accumulate,
            }
            .build(None)
            .unwrap()
        };
        let step = Conductance::with_nominal_step(Exponential::default(), 1.0)
            .unwrap()
            .step_nominal();
        let delta = vec![0.5 * step; 20];
        let run = |mut s: Box<dyn WeightStore>| {
            let mut theta = vec![0.0; 20];
            let mut r = rng(3);
            s.program(&mut theta, &mut r);
            let programmed = theta.clone();
            let mut after = Vec::new();
            for _ in 0..4 {
                s.update(&mut theta, &delta, &mut r);
                after.push(theta.clone());
            }
            (programmed, after)
        };
        let plain = run(Box::new(
            Conductance::with_nominal_step(Exponential::default(), 1.0).unwrap(),
        ));
        assert_eq!(run(build(0.0)), plain, "0 is no accumulator");
        // Threshold 3 steps: half-step updates reach the device only at the 6th; until then
        // every weight reads back as programmed.
        let (programmed, after) = run(build(3.0));
        assert!(after.iter().all(|t| *t == programmed));
        assert_ne!(plain.1[3], programmed);
        let e = build_err(-1.0);
        assert!(e.contains("`accumulate` must be finite and >= 0"), "{e}");
        assert!(build_err(f64::INFINITY).contains("accumulate"));
    }

    fn build_err(accumulate: f64) -> String {
        DeviceModel::Tiox {
            w_scale: 1.0,
            accumulate,
        }
        .build(None)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default()
    }

    #[test]
    fn device_model_reads_from_toml() {
        let m: DeviceModel = toml::from_str("kind = \"exponential\"\nw_scale = 1.0").unwrap();
        assert_eq!(
            m,
            DeviceModel::Exponential {
                w_scale: 1.0,
                accumulate: 0.0
            }
        );
        let m: DeviceModel =
            toml::from_str("kind = \"tiox\"\nw_scale = 2.0\naccumulate = 32").unwrap();
        assert_eq!(
            m,
            DeviceModel::Tiox {
                w_scale: 2.0,
                accumulate: 32.0
            }
        );
        let m: DeviceModel =
            toml::from_str("kind = \"update_noise\"\nsigma = 0.5\nshared = true").unwrap();
        assert_eq!(
            m,
            DeviceModel::UpdateNoise {
                sigma: 0.5,
                shared: true
            }
        );
    }
}
