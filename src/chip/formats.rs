//! The checked formats: the config's fixed-point formats, amplitude and learning-rate shift,
//! checked against the chip's register widths (`fixed::THETA_W`, `ACT_W`, `WIDE_W`). The
//! arithmetic on them is `crate::fixed`; this file decides whether a config's numbers fit.

use crate::config::{Activation, Config, ConfigError, Optimizer, PerturbTarget, PerturbationKind};
use crate::fixed::{max_of, Formats, ACT_W, SIG_K, THETA_W, WIDE_W};

/// The shift whose step matches the reference's `theta -= eta G`, rounded to a power of two.
///
/// Weight perturbation: the chip moves theta by `2^(cost_frac - t - eta_shift) sum s C~_chip`
/// (real units), the reference by `eta (a / dtheta^2) sum s C~_ref`, with `a` the (quantised)
/// amplitude. The chip's cost is `sum (y - t)^2 / 2`, the reference's the mean over outputs, so
/// `C~_ref = (2 / n_out) C~_chip`. Equating: `eta_shift = cost_frac - t - log2(eta (2 / n_out)
/// a / dtheta^2)`, rounded to the nearest integer and kept >= 0.
///
/// Node perturbation: e = s C~16 x has `cost_frac - delta_shift + act_frac` fraction bits
/// (`fixed::Formats::node_corr`), so the shift grows by `act_frac - delta_shift`.
pub fn derive_eta_shift(config: &Config, cost_frac: u32, amp: i64, delta_shift: u32) -> u32 {
    let t = config.fixed.theta.frac_bits;
    let a = amp as f64 / f64::from(1u32 << t);
    let n_out = *config.network.layers.last().unwrap_or(&1) as f64;
    let dtheta = config.mgd.dtheta;
    let gain = config.mgd.eta * (2.0 / n_out) * a / (dtheta * dtheta);
    let e_frac = match config.mgd.target {
        PerturbTarget::Node => {
            f64::from(cost_frac) + f64::from(config.fixed.act.frac_bits) - f64::from(delta_shift)
        }
        PerturbTarget::Weight => f64::from(cost_frac),
    };
    let shift = e_frac - f64::from(t) - gain.log2();
    shift.round().max(0.0) as u32
}

/// Node perturbation's default `delta_shift`: the least shift at which a C~ as large as
/// `mgd.dtheta` (in the chip's cost units) fits the 15 magnitude bits of C~16. With N nodes
/// perturbed by `dtheta / sqrt(N)` each, |C~| is about `dtheta |dC/dz|`, and |dC/dz| of a
/// sigmoid network's MSE is below 1.
pub fn derive_delta_shift(config: &Config, cost_frac: u32) -> u32 {
    let c = config.mgd.dtheta * f64::from(cost_frac).exp2();
    (c.log2().ceil() - (THETA_W as f64 - 1.0)).max(0.0) as u32
}

/// Momentum's leak shift k for `mgd.optimizer = "momentum"`: the chip's gamma is 1 - 2^-k, k =
/// round(-log2(1 - gamma)), at least 1 (gamma 0.9 -> k = 3, gamma 0.875; 0.99 -> 7, 0.9922).
/// `None` for the vanilla update (`features` refuses Adam).
pub fn momentum_shift(config: &Config) -> Option<u32> {
    match config.mgd.optimizer {
        Optimizer::Momentum { gamma } => Some((-(1.0 - gamma).log2()).round().max(1.0) as u32),
        _ => None,
    }
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
    // The perturbed quantities: P weights, or N nodes (the bias slot of each neuron); with
    // per-layer perturbation each pass perturbs one weight layer's, at its own amplitude.
    let node = config.mgd.target == PerturbTarget::Node;
    let layers = &config.network.layers;
    let count = |w: &[usize]| match node {
        true => w[1],
        false => (w[0] + 1) * w[1],
    };
    let counts: Vec<usize> = match config.mgd.per_layer {
        true => layers.windows(2).map(count).collect(),
        false => vec![layers.windows(2).map(count).sum()],
    };
    let mut amps = Vec::with_capacity(counts.len());
    for n in counts {
        let amp_real = match config.mgd.perturbation {
            PerturbationKind::Time => config.mgd.dtheta,
            PerturbationKind::Random | PerturbationKind::Walsh => {
                config.mgd.dtheta / (n as f64).sqrt()
            }
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
        amps.push(amp);
    }
    if let Optimizer::Momentum { gamma } = config.mgd.optimizer {
        let k = momentum_shift(config).unwrap_or(1);
        if k >= f.grad_width {
            return refuse(
                "mgd.gamma",
                &format!(
                    "at most 1 - 2^-{} (the chip's momentum leaks V >>> k, k = round(-log2(1 \
                     - gamma)) = {k}, below fixed.grad_width)",
                    f.grad_width - 1
                ),
                &gamma,
            );
        }
    }
    let delta_shift = match node {
        true => f
            .delta_shift
            .unwrap_or_else(|| derive_delta_shift(config, cost_frac)),
        false => 0,
    };
    // One shift for every pass, derived at the amplitudes' geometric mean m: the chip's e
    // lacks the reference's factor a_l / dtheta^2, so layer l steps m / a_l times as far as
    // the reference's (2^(+/-1/4) for two layers whose node counts differ by 2x).
    let mean_amp = (amps.iter().map(|&a| (a as f64).ln()).sum::<f64>() / amps.len() as f64)
        .exp()
        .round() as i64;
    let eta_shift = f.eta_shift.unwrap_or_else(|| {
        derive_eta_shift(config, cost_frac, mean_amp, delta_shift).min(f.grad_width - 1)
    });
    Ok(Formats {
        theta: f.theta,
        act: f.act,
        grad_width: f.grad_width,
        eta_shift,
        cost_frac,
        activation,
        amps,
        node,
        delta_shift,
        momentum: momentum_shift(config),
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

    /// Node perturbation: amplitude over N nodes, C~'s narrowing shift and the learning-rate
    /// shift with e's `act_frac - delta_shift` more fraction bits (digits_hw_np's numbers).
    #[test]
    fn node_perturbation_formats() {
        let mut c = xor_config();
        c.network.layers = vec![64, 12, 10];
        c.network.activation = Activation::Sigmoid;
        c.mgd.dtheta = 0.05;
        c.mgd.eta = 1.0;
        c.fixed.eta_shift = None;
        let w = formats(&c).unwrap();
        assert_eq!((w.node, w.delta_shift), (false, 0));
        assert_eq!(w.amps, [7], "round(0.05 / sqrt(910) * 4096)");
        c.mgd.target = PerturbTarget::Node;
        let f = formats(&c).unwrap();
        assert!(f.node);
        assert_eq!(f.amps, [44], "round(0.05 / sqrt(22) * 4096)");
        // 0.05 * 2^25 = 2^20.7: 21 bits, 15 of them kept.
        assert_eq!(f.delta_shift, 6);
        // 25 + 12 - 6 - 12 - log2(1.0 * 2 / 10 * (44 / 4096) / 0.05^2) = 19.2.
        assert_eq!(f.eta_shift, 19);
        c.fixed.delta_shift = Some(9);
        assert_eq!(formats(&c).unwrap().eta_shift, 16);
    }

    #[test]
    fn formats_accept_xor_and_name_bad_fields() {
        let f = formats(&xor_config()).expect("xor config fits");
        assert_eq!(f.cost_frac, 25);
        assert_eq!(f.amps, [273], "round(0.2 / 3 * 4096)");
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
