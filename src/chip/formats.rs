//! The checked formats: the config's fixed-point formats, amplitude and learning-rate shift,
//! checked against the chip's register widths (`fixed::THETA_W`, `ACT_W`, `WIDE_W`). The
//! arithmetic on them is `crate::fixed`; this file decides whether a config's numbers fit.

use crate::config::{Activation, Config, ConfigError, PerturbationKind};
use crate::fixed::{max_of, Formats, ACT_W, SIG_K, THETA_W, WIDE_W};

/// The shift whose step matches the reference's `theta -= eta G`, rounded to a power of two.
///
/// The chip moves theta by `2^(cost_frac - t - eta_shift) sum s C~_chip` (real units), the
/// reference by `eta (a / dtheta^2) sum s C~_ref`, with `a` the (quantised) amplitude. The
/// chip's cost is `sum (y - t)^2 / 2`, the reference's the mean over outputs, so
/// `C~_ref = (2 / n_out) C~_chip`. Equating: `eta_shift = cost_frac - t - log2(eta (2 / n_out)
/// a / dtheta^2)`, rounded to the nearest integer and kept >= 0.
pub fn derive_eta_shift(config: &Config, cost_frac: u32, amp: i64) -> u32 {
    let t = config.fixed.theta.frac_bits;
    let a = amp as f64 / f64::from(1u32 << t);
    let n_out = *config.network.layers.last().unwrap_or(&1) as f64;
    let dtheta = config.mgd.dtheta;
    let gain = config.mgd.eta * (2.0 / n_out) * a / (dtheta * dtheta);
    let shift = f64::from(cost_frac) - f64::from(t) - gain.log2();
    shift.round().max(0.0) as u32
}

/// Derive and check the formats of `config` (whose features [`super::features::check`] has
/// accepted): widths must fit their containers and hold their values; the error names the
/// offending field and its line.
pub fn formats(config: &Config) -> Result<Formats, ConfigError> {
    let f = &config.fixed;
    let refuse = |field: &str, expected: &str, got: &dyn std::fmt::Display| {
        Err(config.invalid(field, expected, got))
    };
    // 16-bit registers for the 16x16 multiplier, minus one bit: a register never holds its
    // most negative value, on which rust-hdl 0.46's `signed_bit_cast` recurses forever.
    if f.theta.width() > THETA_W as u32 - 1 {
        return refuse(
            "fixed.theta",
            "at most 15 bits wide (16x16 multiplier, one guard bit)",
            &f.theta,
        );
    }
    if f.act.width() > ACT_W as u32 - 1 {
        return refuse(
            "fixed.act",
            "at most 15 bits wide (16x16 multiplier, one guard bit)",
            &f.act,
        );
    }
    if f.act.int_bits < 1 {
        return refuse("fixed.act", "at least 1 integer bit (to hold 1.0)", &f.act);
    }
    let cost_frac = 2 * f.act.frac_bits + 1;
    let n_out = *config.network.layers.last().unwrap_or(&1) as i64;
    // Largest cost of a hard-sigmoid network: every output off by 1.0.
    let max_cost = n_out << (2 * f.act.frac_bits);
    if max_cost > max_of(WIDE_W as u32) {
        return refuse(
            "fixed.act",
            "few enough fraction bits that outputs * 2^(2 frac) fits 31 bits",
            &f.act,
        );
    }
    // G must hold at least one C~ = +/- max_cost.
    let need = 65 - max_cost.leading_zeros();
    if f.grad_width > WIDE_W as u32 || f.grad_width < need {
        return refuse(
            "fixed.grad_width",
            &format!("in {need}..=32 (one C~ of this network must fit)"),
            &f.grad_width,
        );
    }
    if let Some(e) = f.eta_shift.filter(|&e| e >= f.grad_width) {
        return refuse(
            "fixed.eta_shift",
            &format!("< fixed.grad_width = {}", f.grad_width),
            &e,
        );
    }
    let activation = config.network.activation;
    // The sigmoid table's index is bits `sig_shift..sig_shift + SIG_K` of the MAC sum; the
    // rounding needs one bit below them (`sig_shift >= 1`).
    if activation == Activation::Sigmoid && f.theta.frac_bits + f.act.frac_bits + 4 < SIG_K + 1 {
        return refuse(
            "fixed.act",
            &format!(
                "with fixed.theta, at least {} fraction bits in all for the sigmoid table",
                SIG_K - 3
            ),
            &f.act,
        );
    }
    let p = config.n_params();
    let amp_real = match config.mgd.perturbation {
        PerturbationKind::Time => config.mgd.dtheta,
        PerturbationKind::Random | PerturbationKind::Walsh => config.mgd.dtheta / (p as f64).sqrt(),
        PerturbationKind::Sinusoid => return Err(super::features::no_sinusoid(config)),
    };
    // Round to nearest LSB, at least one LSB so that every parameter is perturbed.
    let amp = ((amp_real * (1u64 << f.theta.frac_bits) as f64).round() as i64).max(1);
    if amp > max_of(f.theta.width()) / 2 {
        return refuse(
            "mgd.dtheta",
            "small against the theta range",
            &config.mgd.dtheta,
        );
    }
    let eta_shift = f
        .eta_shift
        .unwrap_or_else(|| derive_eta_shift(config, cost_frac, amp).min(f.grad_width - 1));
    Ok(Formats {
        theta: f.theta,
        act: f.act,
        grad_width: f.grad_width,
        eta_shift,
        cost_frac,
        activation,
        amp,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::QFormat;
    use crate::fixtures::xor_config;

    fn field_of(c: &Config) -> String {
        match formats(c) {
            Err(ConfigError::Invalid { field, .. }) => field,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn formats_accept_xor_and_name_bad_fields() {
        let f = formats(&xor_config()).expect("xor config fits");
        assert_eq!(f.cost_frac, 25);
        assert_eq!(f.amp, 273, "round(0.2 / 3 * 4096)");
        let mut c = xor_config();
        c.fixed.theta = QFormat {
            int_bits: 3,
            frac_bits: 12,
        };
        assert_eq!(field_of(&c), "fixed.theta");
        let mut c = xor_config();
        c.fixed.grad_width = 20;
        assert_eq!(field_of(&c), "fixed.grad_width");
        let mut c = xor_config();
        c.fixed.eta_shift = Some(32);
        assert_eq!(field_of(&c), "fixed.eta_shift");
        let mut c = xor_config();
        c.fixed.act = QFormat {
            int_bits: 0,
            frac_bits: 12,
        };
        assert_eq!(field_of(&c), "fixed.act");
    }
}
