//! Small statistics helpers shared by the device files: the normal CDF, sample moments, and
//! the Kolmogorov-Smirnov distance between a sample and a CDF.

/// Standard normal CDF Phi(x). Uses erfc from Numerical Recipes' Chebyshev fit (fractional
/// error below 1.2e-7 everywhere), which is ample for tables and distances.
pub fn normal_cdf(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    0.5 * erfc(-x / std::f64::consts::SQRT_2)
}

/// Complementary error function, |relative error| < 1.2e-7.
pub fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let r = t * poly.exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

/// Mean and (population) standard deviation; `(NaN, NaN)` for an empty slice.
pub fn mean_std(xs: &[f64]) -> (f64, f64) {
    if xs.is_empty() {
        return (f64::NAN, f64::NAN);
    }
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n;
    (mean, var.sqrt())
}

/// KS statistic sup_x |F_n(x) - F(x)| of a sample against a continuous CDF `cdf`.
/// Sorts a copy of `xs`; 0 for an empty sample.
pub fn ks_sample(xs: &[f64], cdf: impl Fn(f64) -> f64) -> f64 {
    let mut s = xs.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len() as f64;
    s.iter().enumerate().fold(0.0, |d, (i, &x)| {
        let f = cdf(x);
        d.max((f - i as f64 / n).abs())
            .max(((i + 1) as f64 / n - f).abs())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_cdf_matches_known_values() {
        assert!((normal_cdf(0.0) - 0.5).abs() < 1e-7);
        assert!((normal_cdf(1.0) - 0.841_344_746).abs() < 1e-7);
        assert!((normal_cdf(-1.96) - 0.024_997_895).abs() < 1e-7);
        assert!(normal_cdf(9.0) > 1.0 - 1e-12 && normal_cdf(-9.0) < 1e-12);
    }

    #[test]
    fn ks_of_a_point_mass_against_a_normal_is_one_half() {
        assert!((ks_sample(&[0.0; 10], normal_cdf) - 0.5).abs() < 1e-7);
    }
}
