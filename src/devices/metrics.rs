//! Device-level error of a jump table against the device it models (paper C): on a fine G
//! grid, the table sampler's exact dG distribution (`PolarityTable::distribution`) against the
//! true `N(mu(G), sigma(G))` of an [`AnalyticDevice`]: mean |mu^ - mu|, mean |sigma^ - sigma|,
//! signed mean errors, and per-G Kolmogorov-Smirnov and Wasserstein-1 distances.
//!
//! Binning bias, for reference: a bin of width `D` around centre `c` over which the mean step
//! has slope `b` has mean `mu(c)` (unbiased at the centre) and variance
//! `mean over the bin of sigma^2(G) + b^2 D^2 / 12` ([`binned_variance_inflation`]); a
//! nearest-row sampler then errs in the mean by `b (G - c)`, `|b| D / 4` on average.

use super::device::{AnalyticDevice, Polarity};
use super::jump_table::{linspace, PolarityTable, RowInterp};
use super::stats::normal_cdf;

/// The errors at one grid conductance.
#[derive(Clone, Debug, PartialEq)]
pub struct GridPoint {
    /// Conductance.
    pub g: f64,
    /// True mean step.
    pub mu: f64,
    /// The table's mean step.
    pub mu_model: f64,
    /// True step std.
    pub sigma: f64,
    /// The table's step std.
    pub sigma_model: f64,
    /// sup |F_model - F|.
    pub ks: f64,
    /// Integral of |F_model - F|.
    pub w1: f64,
}

/// Device-level errors of a table over a G grid.
#[derive(Clone, Debug, PartialEq)]
pub struct DeviceErrors {
    /// Mean |mu^ - mu|.
    pub mean_abs_mu: f64,
    /// Mean |sigma^ - sigma|.
    pub mean_abs_sigma: f64,
    /// Mean (mu^ - mu): positive means the table over-states the step.
    pub signed_mu: f64,
    /// Mean (sigma^ - sigma).
    pub signed_sigma: f64,
    /// Mean KS statistic.
    pub mean_ks: f64,
    /// Mean Wasserstein-1 distance.
    pub mean_w1: f64,
    /// Every grid point.
    pub grid: Vec<GridPoint>,
}

/// `b^2 D^2 / 12`: the variance a bin of width `D` adds when the mean step has slope `b`.
pub fn binned_variance_inflation(slope: f64, width: f64) -> f64 {
    slope * slope * width * width / 12.0
}

/// Compare `table` (sampled with `interp`) with `truth` on `n_grid` conductances evenly spread
/// over the overlap of the table's G axis and the device window.
pub fn device_errors<D: AnalyticDevice + ?Sized>(
    table: &PolarityTable,
    interp: RowInterp,
    truth: &D,
    polarity: Polarity,
    n_grid: usize,
) -> DeviceErrors {
    let axis = table.g_axis();
    let lo = axis[0].max(truth.g_min());
    let hi = axis[axis.len() - 1].min(truth.g_max());
    let grid: Vec<GridPoint> = linspace(lo, hi, n_grid.max(1))
        .into_iter()
        .map(|g| {
            let (mu, sigma) = (truth.step_mean(g, polarity), truth.step_std(g, polarity));
            let dist = table.distribution(g, interp);
            let mu_model: f64 = dist.iter().map(|(x, p)| x * p).sum();
            let var: f64 = dist.iter().map(|(x, p)| p * (x - mu_model).powi(2)).sum();
            let (ks, w1) = distances(&dist, mu, sigma);
            GridPoint {
                g,
                mu,
                mu_model,
                sigma,
                sigma_model: var.sqrt(),
                ks,
                w1,
            }
        })
        .collect();
    let mean = |f: &dyn Fn(&GridPoint) -> f64| grid.iter().map(f).sum::<f64>() / grid.len() as f64;
    DeviceErrors {
        mean_abs_mu: mean(&|p| (p.mu_model - p.mu).abs()),
        mean_abs_sigma: mean(&|p| (p.sigma_model - p.sigma).abs()),
        signed_mu: mean(&|p| p.mu_model - p.mu),
        signed_sigma: mean(&|p| p.sigma_model - p.sigma),
        mean_ks: mean(&|p| p.ks),
        mean_w1: mean(&|p| p.w1),
        grid,
    }
}

/// KS and W1 between a discrete distribution (sorted atoms) and `N(mu, sigma^2)`.
/// W1 = integral |F_model - F| dx by the midpoint rule on 20 000 steps over the union of the
/// atoms' range and mu +/- 8 sigma (error below 1e-4 of that range).
fn distances(dist: &[(f64, f64)], mu: f64, sigma: f64) -> (f64, f64) {
    let f = |x: f64| {
        if sigma > 0.0 {
            normal_cdf((x - mu) / sigma)
        } else if x >= mu {
            1.0
        } else {
            0.0
        }
    };
    let mut ks: f64 = 0.0;
    let mut cum = 0.0;
    let mut cdf_at = Vec::with_capacity(dist.len());
    for &(x, p) in dist {
        let before = cum;
        cum += p;
        ks = ks.max((before - f(x)).abs()).max((cum - f(x)).abs());
        cdf_at.push(cum);
    }
    let a = dist[0].0.min(mu - 8.0 * sigma);
    let b = dist[dist.len() - 1].0.max(mu + 8.0 * sigma);
    let steps = 20_000;
    let h = (b - a) / steps as f64;
    let w1 = (0..steps)
        .map(|k| {
            let x = a + h * (k as f64 + 0.5);
            let n = dist.partition_point(|&(v, _)| v <= x);
            let fm = if n == 0 { 0.0 } else { cdf_at[n - 1] };
            (fm - f(x)).abs()
        })
        .sum::<f64>()
        * h;
    (ks, w1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::devices::binning::{bin_points, bin_table, sample_points};
    use crate::devices::jump_table::gaussian_row;
    use crate::devices::{Exponential, Tiox};
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    #[test]
    fn analytic_exponential_table_has_small_device_errors() {
        let dev = Exponential::default();
        for pol in Polarity::BOTH {
            let t = PolarityTable::from_device(&dev, pol, 100, 100);
            let e = device_errors(&t, RowInterp::Nearest, &dev, pol, 400);
            eprintln!(
                "exp {pol:?}: |dmu| {:.5} |dsigma| {:.5} signed mu {:+.5} KS {:.4} W1 {:.4}",
                e.mean_abs_mu, e.mean_abs_sigma, e.signed_mu, e.mean_ks, e.mean_w1
            );
            assert!(e.mean_abs_mu < 2e-3 && e.mean_abs_sigma < 5e-3, "{pol:?}");
            assert!(e.mean_ks < 0.03 && e.mean_w1 < 0.05, "{pol:?}");
        }
    }

    #[test]
    fn nearest_row_mean_error_is_a_quarter_slope_times_bin_width() {
        // Rows exactly at the truth of each bin centre: only the nearest-row rule errs.
        let dev = Tiox;
        let (pol, k) = (Polarity::Set, 5);
        let width = (Tiox::G_MAX - Tiox::G_MIN) / k as f64;
        let centres: Vec<f64> = (0..k)
            .map(|i| Tiox::G_MIN + width * (i as f64 + 0.5))
            .collect();
        let dg_axis = linspace(-30.0, 40.0, 400);
        let rows = centres
            .iter()
            .map(|&c| gaussian_row(&dg_axis, dev.step_mean(c, pol), dev.step_std(c, pol)))
            .collect();
        let t = PolarityTable::new(pol, centres, dg_axis, rows).unwrap();
        let near = device_errors(&t, RowInterp::Nearest, &dev, pol, 2001);
        let want = Tiox::mean_slope(pol).abs() * width / 4.0;
        assert!(
            (near.mean_abs_mu / want - 1.0).abs() < 0.02,
            "{} vs {want}",
            near.mean_abs_mu
        );
        assert!(near.signed_mu.abs() < 0.01, "symmetric about the centres");
        // Linear rows: mu is linear in G, so interpolation removes the bias.
        let lin = device_errors(&t, RowInterp::Linear, &dev, pol, 2001);
        eprintln!(
            "tiox K=5: nearest |dmu| {:.4}, linear {:.4}",
            near.mean_abs_mu, lin.mean_abs_mu
        );
        assert!(
            lin.mean_abs_mu < 0.02 * near.mean_abs_mu,
            "{}",
            lin.mean_abs_mu
        );
        assert!(lin.mean_ks < near.mean_ks);
    }

    #[test]
    fn bin_mean_is_unbiased_at_the_centre_and_variance_inflated_by_b2d2_over_12() {
        let dev = Tiox;
        let pol = Polarity::Set;
        let (lo, hi) = (15.0, 20.0);
        let (c, d) = (17.5, hi - lo);
        let n = 200_000;
        let mut rng = ChaCha8Rng::seed_from_u64(21);
        let pts = sample_points(&dev, pol, (lo, hi), n, &mut rng);
        let bin = &bin_points(&pts, (lo, hi), 1).unwrap()[0];
        let (m, s) = bin.mean_std();
        let var = s * s;
        // Mean over the bin of sigma^2, sigma linear in G: sigma(c)^2 + sigma'^2 D^2 / 12.
        let sigma2 = dev.step_std(c, pol).powi(2) + binned_variance_inflation(Tiox::std_slope(), d);
        let want = sigma2 + binned_variance_inflation(Tiox::mean_slope(pol), d);
        let se_mean = (want / n as f64).sqrt();
        let se_var = want * (2.0 / n as f64).sqrt();
        eprintln!("bin: mean {m:.4} (mu(c) {:.4}), var {var:.4} (predicted {want:.4}, sigma^2 {sigma2:.4})", dev.step_mean(c, pol));
        assert!((m - dev.step_mean(c, pol)).abs() < 4.0 * se_mean);
        assert!((var - want).abs() < 4.0 * se_var, "{var} vs {want}");
        assert!(var - sigma2 > 8.0 * se_var, "the inflation is visible");
        // And a Gaussian table row built from that bin carries the same moments.
        let t = bin_table(
            &pts,
            pol,
            (lo, hi),
            1,
            crate::devices::RowShape::Gaussian,
            &linspace(-20.0, 35.0, 500),
        )
        .unwrap();
        let dist = t.distribution(c, RowInterp::Nearest);
        let tm: f64 = dist.iter().map(|(x, p)| x * p).sum();
        let tv: f64 = dist.iter().map(|(x, p)| p * (x - tm).powi(2)).sum();
        assert!(
            (tm - m).abs() < 0.01 && (tv / var - 1.0).abs() < 0.01,
            "{tm} {tv}"
        );
    }
}
