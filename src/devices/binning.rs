//! Building jump tables from device data `{(G_n, dG_n)}` of one polarity (paper C): the
//! synthetic data generator, binning into Gaussian or empirical-CDF rows, the optimized
//! choice of the bin count, and the device-data CSV loader.
//!
//! Rules we chose (spec/DEVICES.md leaves them open):
//! - **Bins**: `K` equal bins over `[g_lo, g_hi]`; a point's bin is `floor((G - g_lo) / D)`,
//!   clamped to `0..K`, so points outside the range join the end bins. Table rows sit at the
//!   bin centres, so the table's clip window is `[first centre, last centre]`.
//! - **Empty bins** borrow the points of the nearest non-empty bin (ties to the lower bin); a
//!   bin never becomes NaN. No points at all is an error.
//! - **Gaussian rows**: sample mean and std (`n - 1` divisor; 0 for one point, which gives a
//!   step). **Empirical rows**: the r-th (0-based) of n sorted dG has CDF `(r + 0.5) / n`,
//!   linear between sorted points, 0 below the smallest and 1 from the largest. Either way the
//!   row stores the CDF at each column value, last entry 1 (see `jump_table`).
//! - **Optimized binning**: exhaustive search over candidate `K`, scoring each by the mean
//!   held-out log-likelihood of dG given G under the per-bin Gaussian (a seeded split), and
//!   reporting the mean per-bin Kolmogorov-Smirnov statistic of the held-out points. Highest
//!   log-likelihood wins (ties: fewer bins).
//!
//! Device-data file: line 1 `g,dg,polarity`; then one point per line, `polarity` `set` or
//! `reset`; blank lines and lines starting with `#` are skipped.

use super::device::{AnalyticDevice, Polarity};
use super::jump_table::{gaussian_row, linspace, JumpTable, PolarityTable, RowInterp};
use super::stats::{ks_sample, normal_cdf};
use super::DeviceError;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use std::path::Path;

/// How a bin's dG become a CDF row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowShape {
    /// Normal CDF with the bin's mean and std.
    Gaussian,
    /// The bin's empirical CDF, plotting positions `(r + 0.5) / n`.
    Empirical,
}

/// `n` points with `G ~ U(g_lo, g_hi)` and one unclipped step of `device` each, unfiltered.
pub fn sample_points<D: AnalyticDevice + ?Sized>(
    device: &D,
    polarity: Polarity,
    (g_lo, g_hi): (f64, f64),
    n: usize,
    rng: &mut ChaCha8Rng,
) -> Vec<(f64, f64)> {
    (0..n)
        .map(|_| {
            let g = g_lo + (g_hi - g_lo) * rng.random::<f64>();
            (g, device.draw_step(g, polarity, rng))
        })
        .collect()
}

/// The spec's synthetic data: `G ~ U(Gmin, Gmax)`, `dG` one step of `device`, kept only if
/// `G + dG` stays in `[Gmin, Gmax]` and `|dG / G| > 1/1000`, until `n` points are kept.
/// Gives up after `1000 n` draws (returning fewer points) so a hostile device cannot hang it.
pub fn synthesize<D: AnalyticDevice + ?Sized>(
    device: &D,
    polarity: Polarity,
    n: usize,
    rng: &mut ChaCha8Rng,
) -> Vec<(f64, f64)> {
    let (lo, hi) = (device.g_min(), device.g_max());
    let mut out = Vec::with_capacity(n);
    for _ in 0..n.saturating_mul(1000) {
        if out.len() == n {
            break;
        }
        let g = lo + (hi - lo) * rng.random::<f64>();
        let dg = device.draw_step(g, polarity, rng);
        if (lo..=hi).contains(&(g + dg)) && (dg / g).abs() > 1e-3 {
            out.push((g, dg));
        }
    }
    out
}

/// Summary of one bin.
#[derive(Clone, Debug, PartialEq)]
pub struct BinStats {
    /// Bin centre.
    pub centre: f64,
    /// Points that fell in the bin (0 if it borrowed).
    pub n: usize,
    /// The dG the row is built from (sorted; borrowed for an empty bin).
    pub dg: Vec<f64>,
}

impl BinStats {
    /// Sample mean and std (`n - 1` divisor, 0 for one point) of `dg`.
    pub fn mean_std(&self) -> (f64, f64) {
        let n = self.dg.len() as f64;
        let mean = self.dg.iter().sum::<f64>() / n;
        let ss: f64 = self.dg.iter().map(|x| (x - mean).powi(2)).sum();
        let std = if self.dg.len() > 1 {
            (ss / (n - 1.0)).sqrt()
        } else {
            0.0
        };
        (mean, std)
    }
}

fn check_points(points: &[(f64, f64)], (lo, hi): (f64, f64), k: usize) -> Result<(), DeviceError> {
    if points.is_empty() {
        return Err(DeviceError::parameter(
            "points",
            "at least one (G, dG) point",
            "none",
        ));
    }
    if k == 0 {
        return Err(DeviceError::parameter("bins", ">= 1", 0));
    }
    if !(lo.is_finite() && hi.is_finite() && hi > lo) {
        return Err(DeviceError::parameter(
            "g_range",
            "finite with lo < hi",
            format!("[{lo}, {hi}]"),
        ));
    }
    Ok(())
}

/// Split points into `k` equal bins over `g_range`, borrowing for empty bins (module docs).
pub fn bin_points(
    points: &[(f64, f64)],
    g_range: (f64, f64),
    k: usize,
) -> Result<Vec<BinStats>, DeviceError> {
    check_points(points, g_range, k)?;
    let (lo, hi) = g_range;
    let width = (hi - lo) / k as f64;
    let mut bins: Vec<Vec<f64>> = vec![Vec::new(); k];
    for &(g, dg) in points {
        let i = ((g - lo) / width).floor().clamp(0.0, (k - 1) as f64) as usize;
        bins[i].push(dg);
    }
    for b in &mut bins {
        b.sort_by(f64::total_cmp);
    }
    let filled: Vec<usize> = (0..k).filter(|&i| !bins[i].is_empty()).collect();
    Ok((0..k)
        .map(|i| {
            let n = bins[i].len();
            let src = if n > 0 {
                i
            } else {
                // Nearest non-empty bin, ties to the lower one (`min_by_key` keeps the first).
                *filled.iter().min_by_key(|&&j| j.abs_diff(i)).unwrap_or(&i)
            };
            BinStats {
                centre: lo + width * (i as f64 + 0.5),
                n,
                dg: bins[src].clone(),
            }
        })
        .collect())
}

/// Empirical CDF row of sorted `dg` at each column value, plotting positions `(r + 0.5)/n`.
pub fn empirical_row(dg_axis: &[f64], sorted: &[f64]) -> Vec<f64> {
    let n = sorted.len();
    let mut row: Vec<f64> = dg_axis
        .iter()
        .map(|&x| {
            let k = sorted.partition_point(|&d| d <= x);
            if k == 0 {
                0.0
            } else if k == n {
                1.0
            } else {
                let (x0, x1) = (sorted[k - 1], sorted[k]);
                let (c0, c1) = ((k as f64 - 0.5) / n as f64, (k as f64 + 0.5) / n as f64);
                c0 + (c1 - c0) * (x - x0) / (x1 - x0)
            }
        })
        .collect();
    if let Some(last) = row.last_mut() {
        *last = 1.0;
    }
    row
}

/// `n_dg` columns evenly spread over the data's dG range.
pub fn dg_axis_for(points: &[(f64, f64)], n_dg: usize) -> Vec<f64> {
    let lo = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let hi = points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let (lo, hi) = if hi > lo {
        (lo, hi)
    } else {
        (lo - 0.5, lo + 0.5)
    };
    linspace(lo, hi, n_dg.max(2))
}

/// A table of one polarity from data: `k` bins over `g_range`, rows of `shape` on `dg_axis`.
pub fn bin_table(
    points: &[(f64, f64)],
    polarity: Polarity,
    g_range: (f64, f64),
    k: usize,
    shape: RowShape,
    dg_axis: &[f64],
) -> Result<PolarityTable, DeviceError> {
    let bins = bin_points(points, g_range, k)?;
    let rows = bins
        .iter()
        .map(|b| match shape {
            RowShape::Gaussian => {
                let (m, s) = b.mean_std();
                gaussian_row(dg_axis, m, s)
            }
            RowShape::Empirical => empirical_row(dg_axis, &b.dg),
        })
        .collect();
    let centres = bins.iter().map(|b| b.centre).collect();
    PolarityTable::new(polarity, centres, dg_axis.to_vec(), rows)
}

/// Both polarities of `data` binned with `k` bins over each polarity's own G range, `n_dg`
/// columns over each polarity's dG range; nearest-row sampling.
pub fn build_jump_table(
    data: &DeviceData,
    k: usize,
    shape: RowShape,
    n_dg: usize,
) -> Result<JumpTable, DeviceError> {
    let table = |pol: Polarity| {
        let pts = data.points(pol);
        let lo = pts.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
        let hi = pts.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
        bin_table(pts, pol, (lo, hi), k, shape, &dg_axis_for(pts, n_dg))
    };
    JumpTable::new(
        table(Polarity::Set)?,
        table(Polarity::Reset)?,
        RowInterp::Nearest,
    )
}

/// One candidate of [`optimize_binning`].
#[derive(Clone, Debug, PartialEq)]
pub struct BinningScore {
    /// Number of bins.
    pub k: usize,
    /// Mean held-out log-likelihood of dG given G (higher is better).
    pub log_likelihood: f64,
    /// Mean over bins with held-out points of the KS statistic against the bin's Gaussian.
    pub mean_ks: f64,
}

/// Result of [`optimize_binning`].
#[derive(Clone, Debug, PartialEq)]
pub struct BinningSearch {
    /// The `k` with the highest held-out log-likelihood.
    pub best_k: usize,
    /// Every candidate, in the order given.
    pub scores: Vec<BinningScore>,
}

/// Choose the bin count: shuffle `points` with `rng`, hold out the fraction `holdout`, and
/// score every `k` in `candidates` (module docs). Std of a bin is floored at 1e-9 times the
/// data's overall std so a one-point bin scores badly instead of infinitely.
pub fn optimize_binning(
    points: &[(f64, f64)],
    g_range: (f64, f64),
    candidates: &[usize],
    holdout: f64,
    rng: &mut ChaCha8Rng,
) -> Result<BinningSearch, DeviceError> {
    if !(holdout > 0.0 && holdout < 1.0) {
        return Err(DeviceError::parameter("holdout", "in (0, 1)", holdout));
    }
    if candidates.is_empty() {
        return Err(DeviceError::parameter(
            "candidates",
            "at least one bin count",
            "none",
        ));
    }
    let mut idx: Vec<usize> = (0..points.len()).collect();
    for i in (1..idx.len()).rev() {
        idx.swap(i, rng.random_range(0..=i));
    }
    let n_test =
        ((points.len() as f64 * holdout).round() as usize).clamp(1, points.len().max(2) - 1);
    let test: Vec<(f64, f64)> = idx[..n_test.min(idx.len())]
        .iter()
        .map(|&i| points[i])
        .collect();
    let train: Vec<(f64, f64)> = idx[n_test.min(idx.len())..]
        .iter()
        .map(|&i| points[i])
        .collect();
    let all: Vec<f64> = points.iter().map(|p| p.1).collect();
    let floor = 1e-9 * super::stats::mean_std(&all).1.max(f64::MIN_POSITIVE);
    let (lo, hi) = g_range;
    let mut scores = Vec::with_capacity(candidates.len());
    for &k in candidates {
        let bins = bin_points(&train, g_range, k)?;
        let fits: Vec<(f64, f64)> = bins
            .iter()
            .map(|b| b.mean_std())
            .map(|(m, s)| (m, s.max(floor)))
            .collect();
        let width = (hi - lo) / k as f64;
        let mut held: Vec<Vec<f64>> = vec![Vec::new(); k];
        let mut ll = 0.0;
        for &(g, dg) in &test {
            let i = ((g - lo) / width).floor().clamp(0.0, (k - 1) as f64) as usize;
            let (m, s) = fits[i];
            let z = (dg - m) / s;
            ll += -0.5 * z * z - s.ln() - 0.5 * (2.0 * std::f64::consts::PI).ln();
            held[i].push(dg);
        }
        let ks: Vec<f64> = (0..k)
            .filter(|&i| !held[i].is_empty())
            .map(|i| ks_sample(&held[i], |x| normal_cdf((x - fits[i].0) / fits[i].1)))
            .collect();
        scores.push(BinningScore {
            k,
            log_likelihood: ll / test.len() as f64,
            mean_ks: ks.iter().sum::<f64>() / ks.len().max(1) as f64,
        });
    }
    let best = scores.iter().fold(&scores[0], |b, s| {
        if s.log_likelihood > b.log_likelihood
            || (s.log_likelihood == b.log_likelihood && s.k < b.k)
        {
            s
        } else {
            b
        }
    });
    Ok(BinningSearch {
        best_k: best.k,
        scores: scores.clone(),
    })
}

/// Device measurements `(G, dG)` by polarity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeviceData {
    /// SET pulses.
    pub set: Vec<(f64, f64)>,
    /// RESET pulses.
    pub reset: Vec<(f64, f64)>,
}

/// Line 1 of a device-data file.
pub const DATA_HEADER: &str = "g,dg,polarity";

impl DeviceData {
    /// The points of one polarity.
    pub fn points(&self, polarity: Polarity) -> &[(f64, f64)] {
        match polarity {
            Polarity::Set => &self.set,
            Polarity::Reset => &self.reset,
        }
    }

    /// Read a device-data CSV (module docs).
    pub fn load(path: impl AsRef<Path>) -> Result<Self, DeviceError> {
        let path = path.as_ref();
        let text = crate::limits::read_text_bounded(path, crate::limits::MAX_TABLE_BYTES).map_err(
            |source| DeviceError::Io {
                path: path.display().to_string(),
                cause: source,
            },
        )?;
        Self::parse(&path.display().to_string(), &text)
    }

    /// Parse device-data text; `path` names it in messages.
    pub fn parse(path: &str, text: &str) -> Result<Self, DeviceError> {
        let err = |line, column, field: &str, expected: &str, got: String| DeviceError::Invalid {
            path: path.to_string(),
            line,
            column,
            field: field.to_string(),
            expected: expected.to_string(),
            got,
        };
        let mut data = DeviceData::default();
        for (k, raw) in text.lines().enumerate() {
            let line = k + 1;
            let cells: Vec<&str> = raw.trim().split(',').map(str::trim).collect();
            if line == 1 {
                if cells.join(",") != DATA_HEADER {
                    return Err(err(
                        1,
                        1,
                        "header",
                        "`g,dg,polarity`",
                        format!("`{}`", raw.trim()),
                    ));
                }
                continue;
            }
            if raw.trim().is_empty() || raw.trim().starts_with('#') {
                continue;
            }
            if cells.len() != 3 {
                let column = cells.len().min(3) + 1;
                return Err(err(
                    line,
                    column,
                    "row",
                    "3 cells (g,dg,polarity)",
                    format!("{} cells", cells.len()),
                ));
            }
            let num = |j: usize, field: &str| match cells[j].parse::<f64>() {
                Ok(v) if v.is_finite() => Ok(v),
                _ => Err(err(
                    line,
                    j + 1,
                    field,
                    "a finite number",
                    format!("`{}`", cells[j]),
                )),
            };
            let (g, dg) = (num(0, "g")?, num(1, "dg")?);
            match cells[2] {
                "set" => data.set.push((g, dg)),
                "reset" => data.reset.push((g, dg)),
                other => {
                    return Err(err(
                        line,
                        3,
                        "polarity",
                        "`set` or `reset`",
                        format!("`{other}`"),
                    ))
                }
            }
        }
        Ok(data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::devices::metrics::device_errors;
    use crate::devices::{Exponential, Tiox};
    use rand::SeedableRng;

    #[test]
    fn synthetic_points_obey_the_keep_rule() {
        let dev = Exponential::default();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let pts = synthesize(&dev, Polarity::Reset, 5000, &mut rng);
        assert_eq!(pts.len(), 5000);
        for &(g, dg) in &pts {
            assert!((3.0..=38.0).contains(&g) && (3.0..=38.0).contains(&(g + dg)));
            assert!((dg / g).abs() > 1e-3);
        }
        let again = synthesize(
            &dev,
            Polarity::Reset,
            5000,
            &mut ChaCha8Rng::seed_from_u64(1),
        );
        assert_eq!(pts, again);
    }

    #[test]
    fn empty_bins_borrow_the_nearest_filled_bin() {
        let pts = [(0.5, 1.0), (0.6, 3.0), (3.5, 7.0)];
        let bins = bin_points(&pts, (0.0, 4.0), 4).unwrap();
        let ns: Vec<usize> = bins.iter().map(|b| b.n).collect();
        assert_eq!(ns, vec![2, 0, 0, 1]);
        assert_eq!(bins[1].dg, vec![1.0, 3.0]); // bin 0 is nearer than bin 3
        assert_eq!(bins[2].dg, vec![7.0]);
        assert_eq!(bins[1].mean_std(), (2.0, 2f64.sqrt()));
        let t = bin_table(
            &pts,
            Polarity::Set,
            (0.0, 4.0),
            4,
            RowShape::Empirical,
            &[0.0, 2.0, 8.0],
        )
        .unwrap();
        assert!(t.cdf().iter().flatten().all(|c| c.is_finite()));
        assert!(bin_points(&[], (0.0, 1.0), 3).is_err());
    }

    #[test]
    fn empirical_rows_use_plotting_positions() {
        let row = empirical_row(&[0.0, 1.0, 1.5, 2.0, 5.0, 9.0], &[1.0, 2.0, 4.0]);
        // Points 1, 2, 4 at CDF 1/6, 1/2, 5/6; 0 below, 1 from the largest; last column 1.
        let want = [0.0, 1.0 / 6.0, 1.0 / 3.0, 0.5, 1.0, 1.0];
        assert!(
            row.iter().zip(want).all(|(a, b)| (a - b).abs() < 1e-12),
            "{row:?}"
        );
    }

    #[test]
    fn binned_tables_of_plenty_of_data_approach_the_device() {
        let dev = Exponential::default();
        let mut rng = ChaCha8Rng::seed_from_u64(2);
        let pts = sample_points(&dev, Polarity::Set, (3.0, 38.0), 100_000, &mut rng);
        let axis = dg_axis_for(&pts, 100);
        for shape in [RowShape::Gaussian, RowShape::Empirical] {
            let t = bin_table(&pts, Polarity::Set, (3.0, 38.0), 20, shape, &axis).unwrap();
            let e = device_errors(&t, RowInterp::Nearest, &dev, Polarity::Set, 200);
            eprintln!(
                "exp SET N=1e5 K=20 {shape:?}: |dmu| {:.4} |dsigma| {:.4} KS {:.4}",
                e.mean_abs_mu, e.mean_abs_sigma, e.mean_ks
            );
            assert!(e.mean_abs_mu < 0.05 && e.mean_abs_sigma < 0.05, "{shape:?}");
        }
    }

    #[test]
    fn optimized_binning_prefers_fine_bins_on_a_steep_device_with_much_data() {
        let dev = Tiox;
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let cands = [1, 2, 5, 10, 20, 50];
        let many = sample_points(&dev, Polarity::Set, (5.0, 30.0), 20_000, &mut rng);
        let s = optimize_binning(&many, (5.0, 30.0), &cands, 0.2, &mut rng).unwrap();
        eprintln!("tiox N=20000: {:?}", s.scores);
        assert!(s.best_k >= 10, "{s:?}");
        let one = &s.scores[0];
        assert!(
            one.log_likelihood
                < s.scores
                    .iter()
                    .map(|x| x.log_likelihood)
                    .fold(f64::MIN, f64::max)
        );
        assert!(
            one.mean_ks > s.scores[2].mean_ks,
            "one bin fits a steep device worse than five"
        );
        // Few points: the search backs off from 50 bins.
        let few = sample_points(&dev, Polarity::Set, (5.0, 30.0), 60, &mut rng);
        let s = optimize_binning(&few, (5.0, 30.0), &cands, 0.3, &mut rng).unwrap();
        assert!(s.best_k < 50, "{s:?}");
        assert!(optimize_binning(&few, (5.0, 30.0), &cands, 1.0, &mut rng).is_err());
    }

    #[test]
    fn device_data_files_load_and_bad_ones_are_refused_with_line_and_column() {
        let ok = DeviceData::parse(
            "mem",
            "g, dg, polarity\n10,0.5,set\n# note\n\n20,-1e-1,reset\n",
        )
        .unwrap();
        assert_eq!(ok.set, vec![(10.0, 0.5)]);
        assert_eq!(ok.reset, vec![(20.0, -0.1)]);
        let data = DeviceData {
            set: vec![(10.0, 0.5), (22.0, 0.7)],
            reset: vec![(12.0, -0.1), (24.0, -0.3)],
        };
        let table = build_jump_table(&data, 3, RowShape::Gaussian, 10).unwrap();
        use crate::devices::Device;
        assert_eq!((table.g_min(), table.g_max()), (14.0, 20.0)); // bin centres
        let mut report = String::new();
        for name in [
            "device_data_bad_header",
            "device_data_non_numeric",
            "device_data_bad_polarity",
            "device_data_missing_cell",
            "device_data_infinite",
        ] {
            let msg = match DeviceData::load(format!("tests/fixtures/bad/{name}.csv")) {
                Ok(_) => "ACCEPTED".to_string(),
                Err(e) => e.to_string(),
            };
            report += &format!("{msg}\n");
        }
        insta::assert_snapshot!("device_bad_data", report);
    }
}
