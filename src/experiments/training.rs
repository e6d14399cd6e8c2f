//! Training the f64 MGD reference through a weight store built in code, and the comparison of
//! one network trained through several stores (`mgdsim devices compare`).
//!
//! This is experiment logic, not a device model: it calls down into `reference` (which itself
//! only sees the [`WeightStore`] trait), so that the experiments of paper C (`bias`) and paper A
//! (`robustness`) can sit beside the devices they measure. Every run is seeded by the config's
//! `run.seed`; the store draws pulses from the reference's device stream.
//!
//! Accuracy reported: the **final** test accuracy (after the config's `run.steps`), never the
//! best checkpoint; the best over the evaluation points is reported beside it, separately.

use crate::config::Config;
use crate::datasets::Dataset;
use crate::devices::accumulate::Accumulate;
use crate::devices::conductance::Conductance;
use crate::devices::jump_table::{JumpTable, RowInterp};
use crate::devices::WeightStore;
use crate::devices::{Exponential, Tiox};
use crate::reference::{Backprop, Mgd};
use crate::run::{self, Schedule};

/// What a training run ended with.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Outcome {
    /// Test accuracy after the last step.
    pub final_accuracy: f64,
    /// Best test accuracy over the evaluation points (reported, never used as the result).
    pub best_accuracy: f64,
    /// Train accuracy after the last step.
    pub final_train_accuracy: f64,
}

/// Which trainer sends its updates through the store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Algorithm {
    /// The MGD reference ([`Mgd`]).
    #[default]
    Mgd,
    /// Minibatch SGD with backprop ([`Backprop`]), its updates sent through the store as
    /// paper C's simulator (xbtorch) does.
    Backprop,
}

impl Algorithm {
    /// Parse `mgd` or `backprop`.
    pub fn parse(s: &str) -> Result<Self, String> {
        match s {
            "mgd" => Ok(Algorithm::Mgd),
            "backprop" => Ok(Algorithm::Backprop),
            _ => Err(format!("`{s}`: expected mgd or backprop")),
        }
    }

    /// Short name.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Mgd => "mgd",
            Algorithm::Backprop => "backprop",
        }
    }
}

/// Train `config`'s network on `data` with MGD, weights in `store` (`None`: ideal registers).
pub fn train_through(
    config: &Config,
    data: &Dataset,
    store: Option<Box<dyn WeightStore>>,
) -> Outcome {
    train_with(Algorithm::Mgd, config, data, store)
}

/// Train `config`'s network on `data` with `algorithm`, weights in `store` (`None`: ideal
/// registers), for `run.steps` steps (a backprop step is one minibatch).
pub fn train_with(
    algorithm: Algorithm,
    config: &Config,
    data: &Dataset,
    store: Option<Box<dyn WeightStore>>,
) -> Outcome {
    let schedule = Schedule::from(&config.run);
    let r = match algorithm {
        Algorithm::Mgd => run::train(
            &mut Mgd::with_store(config, data, store),
            data,
            &schedule,
            |_| {},
        ),
        Algorithm::Backprop => run::train(
            &mut Backprop::with_store(config, data, store),
            data,
            &schedule,
            |_| {},
        ),
    };
    Outcome {
        final_accuracy: r.last.test.accuracy,
        best_accuracy: r.best_test_accuracy,
        final_train_accuracy: r.last.train.accuracy,
    }
}

/// The weight storages `mgdsim devices compare` trains through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Storage {
    /// Exact registers.
    Ideal,
    /// The analytical exponential device (500 levels, 1.2 nS noise per pulse).
    Exponential,
    /// A 100 x 100 jump table of the exponential device (nearest row).
    ExponentialTable,
    /// The same table with linear interpolation between rows.
    ExponentialTableLinear,
    /// The steep TiOx-like synthetic device.
    Tiox,
    /// The exponential device behind digital accumulation ([`Accumulate`]).
    ExponentialAccumulate,
}

impl Storage {
    /// Every storage, in table order.
    pub const ALL: [Storage; 6] = [
        Storage::Ideal,
        Storage::Exponential,
        Storage::ExponentialTable,
        Storage::ExponentialTableLinear,
        Storage::Tiox,
        Storage::ExponentialAccumulate,
    ];

    /// Short name for tables and CSV.
    pub fn name(self) -> &'static str {
        match self {
            Storage::Ideal => "ideal",
            Storage::Exponential => "exponential",
            Storage::ExponentialTable => "exp_table_nearest",
            Storage::ExponentialTableLinear => "exp_table_linear",
            Storage::Tiox => "tiox",
            Storage::ExponentialAccumulate => "exp_accumulate",
        }
    }

    /// The store, weights mapped onto `[-w_scale, w_scale]`; `accumulate` is the send threshold
    /// of [`Storage::ExponentialAccumulate`] in nominal pulse steps.
    pub fn build(
        self,
        w_scale: f64,
        accumulate: f64,
    ) -> Result<Option<Box<dyn WeightStore>>, crate::devices::DeviceError> {
        let table =
            |interp| JumpTable::from_device(&Exponential::default(), 100, 100).with_interp(interp);
        Ok(match self {
            Storage::Ideal => None,
            Storage::Exponential => Some(Box::new(Conductance::with_nominal_step(
                Exponential::default(),
                w_scale,
            )?)),
            Storage::ExponentialTable => Some(Box::new(Conductance::with_nominal_step(
                table(RowInterp::Nearest),
                w_scale,
            )?)),
            Storage::ExponentialTableLinear => Some(Box::new(Conductance::with_nominal_step(
                table(RowInterp::Linear),
                w_scale,
            )?)),
            Storage::Tiox => Some(Box::new(Conductance::with_nominal_step(Tiox, w_scale)?)),
            Storage::ExponentialAccumulate => {
                if !(accumulate.is_finite() && accumulate >= 0.0) {
                    return Err(crate::devices::DeviceError::parameter(
                        "accumulate",
                        "finite and >= 0 pulse steps",
                        accumulate,
                    ));
                }
                let c = Conductance::with_nominal_step(Exponential::default(), w_scale)?;
                let threshold = accumulate * c.step_nominal();
                Some(Box::new(Accumulate::new(c, threshold)))
            }
        })
    }
}

/// One row of `mgdsim devices compare`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CompareRow {
    /// The storage.
    pub storage: Storage,
    /// Training seed (`run.seed` of the run).
    pub seed: u64,
    /// How the run ended.
    pub outcome: Outcome,
}

/// Train `config` through every storage in `storages`, for training seeds
/// `config.run.seed + 0 .. + seeds`, in parallel; rows in (storage, seed) order.
pub fn compare(
    config: &Config,
    data: &Dataset,
    storages: &[Storage],
    seeds: u64,
    w_scale: f64,
    accumulate: f64,
) -> Result<Vec<CompareRow>, crate::devices::DeviceError> {
    use rayon::prelude::*;
    for s in storages {
        s.build(w_scale, accumulate)?; // refuse bad parameters before spending any time
    }
    let jobs: Vec<(Storage, u64)> = storages
        .iter()
        .flat_map(|&s| (0..seeds).map(move |k| (s, k)))
        .collect();
    let rows = jobs
        .par_iter()
        .map(|&(storage, k)| {
            let mut cfg = config.clone();
            cfg.run.seed = config.run.seed.wrapping_add(k);
            let store = storage.build(w_scale, accumulate).expect("checked above");
            CompareRow {
                storage,
                seed: cfg.run.seed,
                outcome: train_through(&cfg, data, store),
            }
        })
        .collect();
    Ok(rows)
}

/// `w_scale` of the config's `[device]` if it names one, else `fallback`.
pub fn config_w_scale(config: &Config, fallback: f64) -> f64 {
    use crate::devices::DeviceModel as M;
    match &config.device {
        Some(M::Exponential { w_scale, .. }) | Some(M::Tiox { w_scale, .. }) => *w_scale,
        Some(M::JumpTable { w_scale, .. }) => *w_scale,
        _ => fallback,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The embedded nist7x7 config, cut to `steps`, and its data set: fast enough for tests.
    pub(crate) fn tiny(steps: u64) -> (Config, Dataset) {
        let mut c = Config::default_config();
        c.run.steps = steps;
        c.run.eval_interval = steps;
        let data = crate::datasets::load("nist7x7", std::path::Path::new("."), 0.2, 1).unwrap();
        (c, data)
    }

    #[test]
    fn compare_is_deterministic_and_ideal_store_equals_no_store() {
        let (c, data) = tiny(300);
        let a = compare(&c, &data, &Storage::ALL, 2, 1.0, 4.0).unwrap();
        let b = compare(&c, &data, &Storage::ALL, 2, 1.0, 4.0).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.len(), 12);
        let plain = train_through(&c, &data, None);
        let boxed = train_through(&c, &data, Some(Box::new(crate::devices::Ideal)));
        assert_eq!(plain, boxed);
        assert_eq!(a[0].outcome, plain);
    }

    /// Backprop through an ideal store is backprop; through a noisy store it is not, and it is
    /// seeded (paper C's trainer).
    #[test]
    fn backprop_sends_its_updates_through_the_store() {
        let (mut c, data) = tiny(200);
        c.backprop.batch = 4;
        let bp =
            |store: Option<Box<dyn WeightStore>>| train_with(Algorithm::Backprop, &c, &data, store);
        let plain = bp(None);
        assert_eq!(plain, bp(Some(Box::new(crate::devices::Ideal))));
        let noisy = || {
            Some(
                Box::new(crate::devices::UpdateNoise::new(0.3, false).unwrap())
                    as Box<dyn WeightStore>,
            )
        };
        let a = bp(noisy());
        assert_eq!(a, bp(noisy()), "seeded");
        assert_ne!(a, plain, "the store changes the run");
        assert_eq!(Algorithm::parse("backprop"), Ok(Algorithm::Backprop));
        assert!(Algorithm::parse("sgd").is_err());
    }
}
