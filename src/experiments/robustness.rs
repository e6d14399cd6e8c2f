//! Paper A's robustness claim, measured: final test accuracy after MGD training when every
//! update is disturbed by Gaussian noise (one draw shared by all weights, or one per weight;
//! [`UpdateNoise`]) and when every weight's step is scaled by its own fixed gain `N(1, s^2)`
//! (device-to-device step variation; [`StepVariation`]).
//!
//! The disturbance replaces the config's `[device]` (and ignores `[stuck]`); the config's own
//! `[noise]` stays as written. Training seeds `run.seed + k`; the variation gains are drawn
//! from seed `1000 + k` so that they change with the seed but never with the level.

use super::training::{train_through, Outcome};
use crate::config::Config;
use crate::datasets::Dataset;
use crate::devices::DeviceError;
use crate::devices::{StepVariation, UpdateNoise, WeightStore};

/// The kind of disturbance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Disturbance {
    /// Update noise, one draw shared by all weights per update.
    SharedNoise,
    /// Update noise, one draw per weight.
    PerWeightNoise,
    /// Per-weight step gain `N(1, s^2)`.
    StepVariation,
}

impl Disturbance {
    /// Short name.
    pub fn name(self) -> &'static str {
        match self {
            Disturbance::SharedNoise => "shared_noise",
            Disturbance::PerWeightNoise => "per_weight_noise",
            Disturbance::StepVariation => "step_variation",
        }
    }

    /// The store at `level` (sigma in weight units, or the gain std `s`) for seed index `k`.
    pub fn store(self, level: f64, k: u64) -> Result<Box<dyn WeightStore>, DeviceError> {
        Ok(match self {
            Disturbance::SharedNoise => Box::new(UpdateNoise::new(level, true)?),
            Disturbance::PerWeightNoise => Box::new(UpdateNoise::new(level, false)?),
            Disturbance::StepVariation => Box::new(StepVariation::new(level, 1000 + k)?),
        })
    }
}

/// One training run of the sweep.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Point {
    /// What disturbed the updates.
    pub disturbance: Disturbance,
    /// Its level.
    pub level: f64,
    /// Seed index.
    pub seed: u64,
    /// How the run ended.
    pub outcome: Outcome,
}

/// Train at every level of `sigmas` (both noise kinds) and of `variations`, for seeds
/// `0..seeds`, in parallel; points in (disturbance, level, seed) order.
pub fn run(
    config: &Config,
    data: &Dataset,
    sigmas: &[f64],
    variations: &[f64],
    seeds: u64,
) -> Result<Vec<Point>, DeviceError> {
    use rayon::prelude::*;
    let mut jobs = Vec::new();
    for (d, levels) in [
        (Disturbance::SharedNoise, sigmas),
        (Disturbance::PerWeightNoise, sigmas),
        (Disturbance::StepVariation, variations),
    ] {
        for &level in levels {
            d.store(level, 0)?; // refuse bad levels before any training
            jobs.extend((0..seeds).map(|k| (d, level, k)));
        }
    }
    Ok(jobs
        .par_iter()
        .map(|&(disturbance, level, k)| {
            let mut c = config.clone();
            c.run.seed = config.run.seed.wrapping_add(k);
            let store = disturbance.store(level, k).expect("checked above");
            Point {
                disturbance,
                level,
                seed: k,
                outcome: train_through(&c, data, Some(store)),
            }
        })
        .collect())
}

/// Mean and population std of the final accuracy of `points` at (`d`, `level`).
pub fn accuracy_at(points: &[Point], d: Disturbance, level: f64) -> (f64, f64) {
    let acc: Vec<f64> = points
        .iter()
        .filter(|p| p.disturbance == d && p.level == level)
        .map(|p| p.outcome.final_accuracy)
        .collect();
    crate::devices::stats::mean_std(&acc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::experiments::training::tests::tiny;

    #[test]
    fn zero_disturbance_equals_the_ideal_run() {
        let (c, data) = tiny(500);
        let pts = run(&c, &data, &[0.0, 0.05], &[0.0, 0.5], 2).unwrap();
        assert_eq!(pts.len(), 12);
        for k in 0..2 {
            let mut ck = c.clone();
            ck.run.seed += k;
            let ideal = train_through(&ck, &data, None);
            for p in pts.iter().filter(|p| p.level == 0.0 && p.seed == k) {
                assert_eq!(p.outcome, ideal, "{:?}", p.disturbance);
            }
        }
        assert!(run(&c, &data, &[-1.0], &[], 1).is_err());
    }
}
