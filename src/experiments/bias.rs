//! Paper C's modeling-bias experiment (spec/DEVICES.md section 1, "Metrics"): how much a jump
//! table fitted to `N` device measurements over- or under-promises the accuracy a network
//! reaches when it is trained through the real device.
//!
//! For every `N` in the grid and every seed `k`:
//! 1. draw `N` points **per polarity** from the true device ([`synthesize`]; data stream
//!    `(N << 20) | k` of [`BiasSpec::data_seed`]);
//! 2. fit two tables with Gaussian rows and `n_dg` columns: **binned**, `plain_k` equal bins
//!    over each polarity's data range ([`build_jump_table`]); **optimized**, the bin count per
//!    polarity chosen by held-out Gaussian log-likelihood over [`BiasSpec::k_candidates`]
//!    (25% held out, [`optimize_binning`]). Both sample with the nearest row;
//! 3. device-level errors of each table against the truth ([`device_errors`], `n_grid` points),
//!    the mean of the SET and RESET values;
//! 4. train the config's network with MGD through the table and, with the same training seed
//!    (`run.seed + k`), through the true device; `MB = final accuracy(table) - final
//!    accuracy(true device)`. Every store, truth and tables alike, may sit behind the same
//!    digital accumulator ([`BiasSpec::accumulate`]; `mgdsim devices bias` uses 32 steps, without
//!    which training through the device is too erratic for MB to be measured). Paired seeds: the true-device run differs from the table runs only
//!    in the device, not in initial weights, codes or sample order.
//!
//! Runs are independent and seeded, so the rayon schedule does not change any number.

use super::training::{train_with, Algorithm, Outcome};
use crate::config::Config;
use crate::datasets::Dataset;
use crate::devices::accumulate::Accumulate;
use crate::devices::binning::{
    bin_table, build_jump_table, dg_axis_for, optimize_binning, synthesize,
};
use crate::devices::binning::{DeviceData, RowShape};
use crate::devices::conductance::Conductance;
use crate::devices::device::{AnalyticDevice, Device, Polarity};
use crate::devices::jump_table::{JumpTable, RowInterp};
use crate::devices::metrics::device_errors;
use crate::devices::WeightStore;
use crate::devices::{DeviceError, Exponential, Tiox};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// The device that plays the real hardware.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrueDevice {
    /// [`Exponential`] (nS).
    Exponential,
    /// [`Tiox`] (uS).
    Tiox,
}

impl TrueDevice {
    /// Parse a command-line name: `exp` / `exponential` or `tiox`.
    pub fn parse(s: &str) -> Result<TrueDevice, String> {
        match s.trim() {
            "exp" | "exponential" => Ok(TrueDevice::Exponential),
            "tiox" => Ok(TrueDevice::Tiox),
            other => Err(format!(
                "unknown device `{other}`: expected `exp` or `tiox`"
            )),
        }
    }

    /// Short name.
    pub fn name(self) -> &'static str {
        match self {
            TrueDevice::Exponential => "exp",
            TrueDevice::Tiox => "tiox",
        }
    }

    /// Unit of conductance.
    pub fn unit(self) -> &'static str {
        match self {
            TrueDevice::Exponential => "nS",
            TrueDevice::Tiox => "uS",
        }
    }

    fn with<R>(self, f: impl FnOnce(&dyn AnalyticDevice) -> R) -> R {
        match self {
            TrueDevice::Exponential => f(&Exponential::default()),
            TrueDevice::Tiox => f(&Tiox),
        }
    }

    fn store(self, w_scale: f64, accumulate: f64) -> Result<Box<dyn WeightStore>, DeviceError> {
        Ok(match self {
            TrueDevice::Exponential => wrap(
                Conductance::with_nominal_step(Exponential::default(), w_scale)?,
                accumulate,
            ),
            TrueDevice::Tiox => wrap(Conductance::with_nominal_step(Tiox, w_scale)?, accumulate),
        })
    }
}

/// `c` behind an [`Accumulate`] of `steps` nominal pulse steps (none if `steps == 0`).
fn wrap<D: Device + Clone + 'static>(c: Conductance<D>, steps: f64) -> Box<dyn WeightStore> {
    if steps > 0.0 {
        let threshold = steps * c.step_nominal();
        Box::new(Accumulate::new(c, threshold))
    } else {
        Box::new(c)
    }
}

/// Which model of the device a run trains through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Model {
    /// The true device itself.
    Truth,
    /// Plain binning, fixed bin count.
    Binned,
    /// Bin count chosen by held-out log-likelihood.
    Optimized,
}

impl Model {
    /// Short name.
    pub fn name(self) -> &'static str {
        match self {
            Model::Truth => "truth",
            Model::Binned => "binned",
            Model::Optimized => "optimized",
        }
    }
}

/// The grid and fitting choices of one experiment.
#[derive(Clone, Debug, PartialEq)]
pub struct BiasSpec {
    /// The true device.
    pub device: TrueDevice,
    /// Device points per polarity, one experiment column each.
    pub points: Vec<usize>,
    /// Seeds per `N` (data set and training seed both change with the seed).
    pub seeds: u64,
    /// Bin count of plain binning.
    pub plain_k: usize,
    /// Bin counts the optimizer may choose from.
    pub k_candidates: Vec<usize>,
    /// Columns (dG values) of every table.
    pub n_dg: usize,
    /// Conductances of the device-error grid.
    pub n_grid: usize,
    /// Weight at `Gmax` (the window maps to `[-w_scale, w_scale]`).
    pub w_scale: f64,
    /// Send threshold of the digital accumulator in front of every store (truth and tables
    /// alike), in nominal pulse steps; 0: none ([`Accumulate`]).
    pub accumulate: f64,
    /// Seed of the device data sets.
    pub data_seed: u64,
    /// The trainer whose updates go through the stores (truth and tables alike).
    pub trainer: Algorithm,
}

impl BiasSpec {
    /// Our defaults: K = 25 for plain binning, candidates 2..=100, 100 dG columns, 100 grid points.
    pub fn new(device: TrueDevice, points: Vec<usize>, seeds: u64, w_scale: f64) -> Self {
        BiasSpec {
            device,
            points,
            seeds,
            plain_k: 25,
            k_candidates: vec![
                2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 40, 50, 64, 80, 100,
            ],
            n_dg: 100,
            n_grid: 100,
            w_scale,
            accumulate: 0.0,
            data_seed: 2023,
            trainer: Algorithm::Mgd,
        }
    }
}

/// Device-level errors of one table, averaged over SET and RESET (device units).
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct TableErrors {
    /// Mean |mu^ - mu|.
    pub mean_abs_mu: f64,
    /// Mean |sigma^ - sigma|.
    pub mean_abs_sigma: f64,
    /// Mean mu^ - mu.
    pub signed_mu: f64,
    /// Mean per-row KS statistic.
    pub ks: f64,
    /// Mean per-row Wasserstein-1 distance.
    pub w1: f64,
}

/// A fitted table and how it errs.
#[derive(Clone, Debug)]
pub struct Fit {
    /// Device points per polarity.
    pub n: usize,
    /// Seed index.
    pub seed: u64,
    /// Binned or optimized.
    pub model: Model,
    /// Bins of the SET and RESET tables.
    pub k: (usize, usize),
    /// The table.
    pub table: JumpTable,
    /// Its device-level errors.
    pub errors: TableErrors,
}

/// One cell of the grid: a table trained through, against the truth with the same seed.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Cell {
    /// Device points per polarity.
    pub n: usize,
    /// Seed index (training seed is `run.seed + seed`).
    pub seed: u64,
    /// Model trained through.
    pub model: Model,
    /// Bins of the SET and RESET tables (0 for the truth).
    pub k_set: usize,
    /// See `k_set`.
    pub k_reset: usize,
    /// The run through the model.
    pub outcome: Outcome,
    /// The run through the true device with the same seed.
    pub truth: Outcome,
    /// Modeling bias, final accuracy: `outcome.final - truth.final`.
    pub mb: f64,
    /// The same on the best checkpoints (reported only).
    pub mb_best: f64,
    /// Device-level errors (zero for the truth).
    pub errors: TableErrors,
}

/// Draw the device data of `(n, seed)`.
pub fn device_data(spec: &BiasSpec, n: usize, seed: u64) -> DeviceData {
    let mut rng = ChaCha8Rng::seed_from_u64(spec.data_seed);
    rng.set_stream(((n as u64) << 20) | seed);
    spec.device.with(|d| DeviceData {
        set: synthesize(d, Polarity::Set, n, &mut rng),
        reset: synthesize(d, Polarity::Reset, n, &mut rng),
    })
}

fn errors_of(spec: &BiasSpec, table: &JumpTable) -> TableErrors {
    spec.device.with(|d| {
        let e = [Polarity::Set, Polarity::Reset]
            .map(|p| device_errors(table.table(p), RowInterp::Nearest, d, p, spec.n_grid));
        let avg = |f: fn(&crate::devices::DeviceErrors) -> f64| 0.5 * (f(&e[0]) + f(&e[1]));
        TableErrors {
            mean_abs_mu: avg(|e| e.mean_abs_mu),
            mean_abs_sigma: avg(|e| e.mean_abs_sigma),
            signed_mu: avg(|e| e.signed_mu),
            ks: avg(|e| e.mean_ks),
            w1: avg(|e| e.mean_w1),
        }
    })
}

fn g_range(points: &[(f64, f64)]) -> (f64, f64) {
    let lo = points.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let hi = points.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
    (lo, hi)
}

/// Fit the binned and the optimized table of `(n, seed)`.
pub fn fit(spec: &BiasSpec, n: usize, seed: u64) -> Result<[Fit; 2], DeviceError> {
    let data = device_data(spec, n, seed);
    let binned = build_jump_table(&data, spec.plain_k, RowShape::Gaussian, spec.n_dg)?;
    // The optimizer's hold-out split has its own stream so it never shifts the data draws.
    let mut rng = ChaCha8Rng::seed_from_u64(spec.data_seed ^ 0x5eed);
    rng.set_stream(((n as u64) << 20) | seed);
    let mut ks = [0usize; 2];
    let mut tables = Vec::with_capacity(2);
    for (i, pol) in [Polarity::Set, Polarity::Reset].into_iter().enumerate() {
        let pts = data.points(pol);
        let range = g_range(pts);
        let search = optimize_binning(pts, range, &spec.k_candidates, 0.25, &mut rng)?;
        ks[i] = search.best_k;
        let axis = dg_axis_for(pts, spec.n_dg);
        tables.push(bin_table(
            pts,
            pol,
            range,
            search.best_k,
            RowShape::Gaussian,
            &axis,
        )?);
    }
    let reset = tables.pop().expect("two tables");
    let set = tables.pop().expect("two tables");
    let optimized = JumpTable::new(set, reset, RowInterp::Nearest)?;
    Ok([
        Fit {
            n,
            seed,
            model: Model::Binned,
            k: (spec.plain_k, spec.plain_k),
            errors: errors_of(spec, &binned),
            table: binned,
        },
        Fit {
            n,
            seed,
            model: Model::Optimized,
            k: (ks[0], ks[1]),
            errors: errors_of(spec, &optimized),
            table: optimized,
        },
    ])
}

/// Check the grid before any work: points non-empty and each >= 2, seeds >= 1.
pub fn check(spec: &BiasSpec) -> Result<(), DeviceError> {
    if spec.points.is_empty() {
        return Err(DeviceError::parameter("points", "at least one N", "none"));
    }
    if let Some(&n) = spec.points.iter().find(|&&n| n < 2) {
        return Err(DeviceError::parameter("points", "each N >= 2", n));
    }
    if spec.seeds == 0 {
        return Err(DeviceError::parameter("seeds", ">= 1", 0));
    }
    if spec.plain_k == 0 {
        return Err(DeviceError::parameter("bins", ">= 1", 0));
    }
    if !(spec.accumulate.is_finite() && spec.accumulate >= 0.0) {
        return Err(DeviceError::parameter(
            "accumulate",
            "finite and >= 0 pulse steps",
            spec.accumulate,
        ));
    }
    spec.device.store(spec.w_scale, 0.0).map(|_| ())
}

/// Run the whole grid (module docs): cells in (N, seed, model) order, the truth first with
/// `n = 0` once per seed (its MB is 0 by construction).
pub fn run(spec: &BiasSpec, config: &Config, data: &Dataset) -> Result<Vec<Cell>, DeviceError> {
    use rayon::prelude::*;
    check(spec)?;
    let pairs: Vec<(usize, u64)> = spec
        .points
        .iter()
        .flat_map(|&n| (0..spec.seeds).map(move |k| (n, k)))
        .collect();
    let fits: Vec<Fit> = pairs
        .par_iter()
        .map(|&(n, k)| fit(spec, n, k))
        .collect::<Result<Vec<[Fit; 2]>, _>>()?
        .into_iter()
        .flatten()
        .collect();
    let cfg_for = |k: u64| {
        let mut c = config.clone();
        c.run.seed = config.run.seed.wrapping_add(k);
        c
    };
    // Truth runs (one per seed) and table runs share one parallel pool.
    let jobs: Vec<Option<&Fit>> = (0..spec.seeds)
        .map(|_| None)
        .chain(fits.iter().map(Some))
        .collect();
    let outcomes: Vec<Outcome> = jobs
        .par_iter()
        .enumerate()
        .map(|(i, job)| -> Result<Outcome, DeviceError> {
            Ok(match job {
                None => train_with(
                    spec.trainer,
                    &cfg_for(i as u64),
                    data,
                    Some(spec.device.store(spec.w_scale, spec.accumulate)?),
                ),
                Some(f) => {
                    let store = Conductance::with_nominal_step(f.table.clone(), spec.w_scale)?;
                    train_with(
                        spec.trainer,
                        &cfg_for(f.seed),
                        data,
                        Some(wrap(store, spec.accumulate)),
                    )
                }
            })
        })
        .collect::<Result<_, _>>()?;
    let truth = &outcomes[..spec.seeds as usize];
    let mut cells: Vec<Cell> = truth
        .iter()
        .enumerate()
        .map(|(k, t)| {
            cell(
                0,
                k as u64,
                Model::Truth,
                (0, 0),
                *t,
                *t,
                Default::default(),
            )
        })
        .collect();
    for (f, o) in fits.iter().zip(&outcomes[spec.seeds as usize..]) {
        let t = truth[f.seed as usize];
        cells.push(cell(f.n, f.seed, f.model, f.k, *o, t, f.errors));
    }
    Ok(cells)
}

fn cell(
    n: usize,
    seed: u64,
    model: Model,
    k: (usize, usize),
    outcome: Outcome,
    truth: Outcome,
    errors: TableErrors,
) -> Cell {
    Cell {
        n,
        seed,
        model,
        k_set: k.0,
        k_reset: k.1,
        mb: outcome.final_accuracy - truth.final_accuracy,
        mb_best: outcome.best_accuracy - truth.best_accuracy,
        outcome,
        truth,
        errors,
    }
}

/// Cells of one (N, model) summarised over seeds.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Summary {
    /// Device points per polarity (0: the truth).
    pub n: usize,
    /// The model.
    pub model: Model,
    /// Seeds.
    pub seeds: usize,
    /// Mean MB.
    pub mb_mean: f64,
    /// Population std of MB over seeds.
    pub mb_std: f64,
    /// Smallest MB.
    pub mb_min: f64,
    /// Largest MB.
    pub mb_max: f64,
    /// Mean final accuracy through the model.
    pub accuracy: f64,
    /// Mean of the bins (SET and RESET averaged).
    pub k_mean: f64,
    /// Device errors, means over seeds.
    pub errors: TableErrors,
}

/// Summaries in (N, model) order, the truth first.
pub fn summarize(cells: &[Cell]) -> Vec<Summary> {
    let mut keys: Vec<(usize, Model)> = cells.iter().map(|c| (c.n, c.model)).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .map(|(n, model)| {
            let cs: Vec<&Cell> = cells
                .iter()
                .filter(|c| c.n == n && c.model == model)
                .collect();
            let m =
                |f: &dyn Fn(&Cell) -> f64| cs.iter().map(|c| f(c)).sum::<f64>() / cs.len() as f64;
            let mbs: Vec<f64> = cs.iter().map(|c| c.mb).collect();
            let (mb_mean, mb_std) = crate::devices::stats::mean_std(&mbs);
            Summary {
                n,
                model,
                seeds: cs.len(),
                mb_mean,
                mb_std,
                mb_min: mbs.iter().copied().fold(f64::INFINITY, f64::min),
                mb_max: mbs.iter().copied().fold(f64::NEG_INFINITY, f64::max),
                accuracy: m(&|c| c.outcome.final_accuracy),
                k_mean: m(&|c| 0.5 * (c.k_set + c.k_reset) as f64),
                errors: TableErrors {
                    mean_abs_mu: m(&|c| c.errors.mean_abs_mu),
                    mean_abs_sigma: m(&|c| c.errors.mean_abs_sigma),
                    signed_mu: m(&|c| c.errors.signed_mu),
                    ks: m(&|c| c.errors.ks),
                    w1: m(&|c| c.errors.w1),
                },
            }
        })
        .collect()
}

/// Pearson correlation of `xs` and `ys` (NaN if either is constant).
pub fn correlation(xs: &[f64], ys: &[f64]) -> f64 {
    let (mx, sx) = crate::devices::stats::mean_std(xs);
    let (my, sy) = crate::devices::stats::mean_std(ys);
    let cov = xs
        .iter()
        .zip(ys)
        .map(|(x, y)| (x - mx) * (y - my))
        .sum::<f64>()
        / xs.len() as f64;
    cov / (sx * sy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::experiments::training::tests::tiny;
    use crate::experiments::training::train_through;

    fn tiny_spec() -> BiasSpec {
        let mut s = BiasSpec::new(TrueDevice::Exponential, vec![30, 100], 2, 2.0);
        s.k_candidates = vec![2, 4, 8];
        s.plain_k = 8;
        s.n_grid = 20;
        s.accumulate = 4.0;
        s
    }

    #[test]
    fn bias_grid_is_deterministic_and_finite() {
        let (c, data) = tiny(400);
        let spec = tiny_spec();
        let a = run(&spec, &c, &data).unwrap();
        let b = run(&spec, &c, &data).unwrap();
        assert_eq!(a, b);
        // 2 truth cells + 2 N x 2 seeds x 2 models.
        assert_eq!(a.len(), 2 + 8);
        for cell in &a {
            assert!(cell.mb.is_finite() && cell.mb_best.is_finite(), "{cell:?}");
            assert!(cell.errors.w1.is_finite() && cell.errors.ks.is_finite());
        }
        let s = summarize(&a);
        assert_eq!(s.len(), 1 + 4);
        assert!(s
            .iter()
            .all(|s| s.mb_mean.is_finite() && s.mb_std.is_finite()));
    }

    #[test]
    fn truth_against_itself_has_zero_bias() {
        let (c, data) = tiny(400);
        let spec = tiny_spec();
        let cells = run(&spec, &c, &data).unwrap();
        for t in cells.iter().filter(|c| c.model == Model::Truth) {
            assert_eq!(t.mb, 0.0);
        }
        // And independently: two runs through the true device with one seed agree exactly.
        let a = train_through(&c, &data, Some(spec.device.store(2.0, 4.0).unwrap()));
        let b = train_through(&c, &data, Some(spec.device.store(2.0, 4.0).unwrap()));
        assert_eq!(a.final_accuracy - b.final_accuracy, 0.0);
    }

    #[test]
    fn bad_grids_are_refused_with_the_field_named() {
        let mut s = tiny_spec();
        s.points = vec![];
        assert!(check(&s).unwrap_err().to_string().contains("points"));
        s.points = vec![100, 0];
        assert!(check(&s).unwrap_err().to_string().contains("N >= 2, got 0"));
        let mut s = tiny_spec();
        s.seeds = 0;
        assert!(check(&s).unwrap_err().to_string().contains("seeds"));
    }

    #[test]
    fn device_names_parse_and_unknown_ones_are_refused() {
        assert_eq!(TrueDevice::parse("exp"), Ok(TrueDevice::Exponential));
        assert_eq!(TrueDevice::parse("tiox"), Ok(TrueDevice::Tiox));
        let e = TrueDevice::parse("pcm").unwrap_err();
        assert_eq!(e, "unknown device `pcm`: expected `exp` or `tiox`");
    }
}
