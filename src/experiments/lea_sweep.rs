//! Paper D's Fig. 4b on our data: a network trained by backprop in f64, ternarized, mapped
//! with LEA, MAO and committee machines at equal device count `2 alpha m n` for each `alpha`
//! and stuck fraction `p`; test accuracy and mapping error averaged over `cycles` fault maps.
//! Every method sees the same fault maps for a given (`p`, cycle); LEA keeps `beta(alpha)`.
//! Also reads the authors' published Fig. 4b files for the side-by-side table.

use super::crossbar_net::{map, strip_arrays, CalibrationSet, Method, TernaryNet};
use crate::datasets::Sample;
use crate::devices::crossbar::{CrossbarParams, Placement};
use crate::devices::lea::Encoding;
use crate::devices::DeviceError;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use std::path::Path;

/// Which `beta` LEA keeps at `alpha`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BetaRule {
    /// `beta = alpha`: average every copy.
    All,
    /// `beta = ceil(alpha / 2)`.
    Half,
    /// `beta = min(b, alpha)`.
    Fixed(usize),
}

impl BetaRule {
    /// `all`, `half` or a whole number >= 1.
    pub fn parse(s: &str) -> Result<Self, String> {
        match s {
            "all" => Ok(BetaRule::All),
            "half" => Ok(BetaRule::Half),
            _ => match s.parse::<usize>() {
                Ok(b) if b >= 1 => Ok(BetaRule::Fixed(b)),
                _ => Err(format!("`{s}`: expected all, half or a whole number >= 1")),
            },
        }
    }

    /// `beta` at `alpha`.
    pub fn beta(self, alpha: usize) -> usize {
        match self {
            BetaRule::All => alpha,
            BetaRule::Half => alpha.div_ceil(2),
            BetaRule::Fixed(b) => b.min(alpha),
        }
    }
}

/// What to sweep.
#[derive(Clone, Debug)]
pub struct SweepSpec {
    /// Stuck fractions.
    pub fractions: Vec<f64>,
    /// Copies.
    pub alphas: Vec<usize>,
    /// Fault maps (and noise draws) per point.
    pub cycles: usize,
    /// LEA's beta.
    pub beta: BetaRule,
    /// Device constants.
    pub params: CrossbarParams,
    /// Seed of the fault maps, placement and noise.
    pub seed: u64,
    /// Post-mapping calibration of every method's rows, on training inputs
    /// ([`CalibrationSet::none`]: paper D).
    pub calibration: CalibrationSet,
}

/// One point of the sweep.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SweepRow {
    /// `LEA`, `MAO` or `CM`.
    pub method: String,
    /// Copies.
    pub alpha: usize,
    /// LEA's beta (0 for the others).
    pub beta: usize,
    /// Stuck fraction.
    pub p: f64,
    /// Mean test accuracy (%).
    pub acc: f64,
    /// Its std over cycles.
    pub acc_std: f64,
    /// Mean mapping error (%), mean over layers.
    pub err: f64,
    /// Its std over cycles.
    pub err_std: f64,
    /// Devices used.
    pub devices: usize,
}

fn mean_std(v: &[f64]) -> (f64, f64) {
    let n = v.len().max(1) as f64;
    let m = v.iter().sum::<f64>() / n;
    let var = v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / n;
    (m, var.sqrt())
}

/// Run the sweep on `test`. Rows are ordered by method (LEA, MAO, CM), alpha, then p.
pub fn run(
    tn: &TernaryNet,
    test: &[Sample],
    spec: &SweepSpec,
) -> Result<Vec<SweepRow>, DeviceError> {
    spec.params.validate()?;
    let max_alpha = spec.alphas.iter().copied().max().unwrap_or(1);
    let mut methods = Vec::new();
    for kind in 0..3 {
        for &alpha in &spec.alphas {
            methods.push(match kind {
                0 => Method::Lea {
                    alpha,
                    beta: spec.beta.beta(alpha),
                    encoding: Encoding::Simple,
                },
                1 => Method::Mao { alpha },
                _ => Method::Cm { alpha },
            });
        }
    }
    let jobs: Vec<(usize, usize, usize)> = (0..methods.len())
        .flat_map(|mi| {
            (0..spec.fractions.len()).flat_map(move |pi| (0..spec.cycles).map(move |c| (mi, pi, c)))
        })
        .collect();
    let results: Vec<Result<(f64, f64, usize), DeviceError>> = jobs
        .par_iter()
        .map(|&(mi, pi, c)| {
            // Same faults for every method at (p, cycle); own stream for placement and noise.
            let map_seed = spec.seed ^ ((pi as u64) << 40) ^ ((c as u64) << 20);
            let arrays = strip_arrays(
                tn,
                2 * max_alpha,
                spec.fractions[pi],
                false,
                &spec.params,
                map_seed,
            )?;
            let mut rng = ChaCha8Rng::seed_from_u64(
                map_seed
                    .wrapping_add(1 + mi as u64)
                    .wrapping_mul(0x9E37_79B9_7F4A_7C15),
            );
            let mut m = map(
                tn,
                methods[mi],
                &arrays,
                &spec.params,
                Placement::Random,
                &mut rng,
            )?;
            m.calibrate(tn, &spec.calibration, &mut rng);
            let acc = 100.0 * m.accuracy(tn, test, &mut rng);
            Ok((acc, m.mapping_error(tn), m.devices()))
        })
        .collect();
    let mut rows = Vec::new();
    let mut it = results.into_iter();
    for method in &methods {
        for &p in &spec.fractions {
            let (mut accs, mut errs, mut dev) = (Vec::new(), Vec::new(), 0);
            for _ in 0..spec.cycles {
                let (a, e, d) = it.next().expect("one result per job")?;
                accs.push(a);
                errs.push(e);
                dev = d;
            }
            let (acc, acc_std) = mean_std(&accs);
            let (err, err_std) = mean_std(&errs);
            rows.push(SweepRow {
                method: method.name().to_string(),
                alpha: method.alpha(),
                beta: match method {
                    Method::Lea { beta, .. } => *beta,
                    _ => 0,
                },
                p,
                acc,
                acc_std,
                err,
                err_std,
                devices: dev,
            });
        }
    }
    Ok(rows)
}

/// A published curve: stuck fractions and the mean values (row 1 and 2 of the authors' file).
pub type Curve = (Vec<f64>, Vec<f64>);

/// Read a whitespace-separated numeric file (the authors' format), at most `max_rows` rows.
pub fn read_table(path: &Path, max_rows: usize) -> Result<Vec<Vec<f64>>, DeviceError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|source| DeviceError::Io {
        path: shown.clone(),
        cause: source,
    })?;
    if meta.len() > 64 << 20 {
        return Err(DeviceError::Invalid {
            path: shown,
            line: 1,
            column: 1,
            field: "file".into(),
            expected: "at most 64 MiB".into(),
            got: format!("{} bytes", meta.len()),
        });
    }
    let text = std::fs::read_to_string(path).map_err(|source| DeviceError::Io {
        path: shown.clone(),
        cause: source,
    })?;
    let mut rows = Vec::new();
    for (li, line) in text.lines().enumerate().take(max_rows) {
        let mut row = Vec::new();
        for (ci, cell) in line.split_whitespace().enumerate() {
            match cell.parse::<f64>() {
                Ok(v) if v.is_finite() => row.push(v),
                _ => {
                    return Err(DeviceError::Invalid {
                        path: shown,
                        line: li + 1,
                        column: ci + 1,
                        field: "value".into(),
                        expected: "a finite number".into(),
                        got: cell.chars().take(40).collect(),
                    })
                }
            }
        }
        rows.push(row);
    }
    Ok(rows)
}

/// The authors' Fig. 4b curve for `method` (`LEA1`, `MAO`, `CM`) at `alpha`: `accuracy` or
/// `mappingerror` (file `{what}_comparison_alpha{alpha}_{method}.txt` in `dir`).
pub fn published_fig4b(
    dir: &Path,
    what: &str,
    alpha: usize,
    method: &str,
) -> Result<Curve, DeviceError> {
    let path = dir.join(format!("{what}_comparison_alpha{alpha}_{method}.txt"));
    let rows = read_table(&path, 3)?;
    if rows.len() < 2 || rows[0].len() != rows[1].len() {
        return Err(DeviceError::Invalid {
            path: path.display().to_string(),
            line: rows.len().min(2),
            column: 1,
            field: "rows".into(),
            expected: "two rows of equal length (fractions, means)".into(),
            got: format!("{} rows", rows.len()),
        });
    }
    Ok((rows[0].clone(), rows[1].clone()))
}

/// Value of `curve` at fraction `p` (to 1e-9), if published.
pub fn at(curve: &Curve, p: f64) -> Option<f64> {
    curve
        .0
        .iter()
        .position(|&q| (q - p).abs() < 1e-9)
        .map(|i| curve.1[i])
}
