//! The feature refusals: every setting the chip (its RTL and its twin, the fast model) does
//! not implement is refused here, naming the config's file, line and field, so that no engine
//! built on a [`super::ChipPlan`] silently ignores one. The chip is discrete MGD with weight
//! perturbation (random, Walsh or time-multiplexed codes) or node perturbation (random
//! codes), all layers at once or one layer per pass (`mgd.per_layer`, random codes); a
//! vanilla update `theta -= round(G / 2^eta_shift)` or momentum (V leaks by V >>> k
//! and adds G, `theta -= round(V / 2^eta_shift)`); an exact cost and identical neurons. The
//! f64 reference has the rest. `[noise] update_noise` alone is accepted: it only says how
//! `update_sigma` would be drawn.

use super::lanes::LAYER_W;
use crate::config::{
    Activation, Config, ConfigError, Mode, NetworkKind, Optimizer, PerturbTarget, PerturbationKind,
};

/// Where the chip's refusals point to: the f64 reference implements every config field.
pub const USE_REFERENCE: &str = "`--engine reference` runs it";

/// The sinusoid refusal (also reached from the amplitude rule).
pub(super) fn no_sinusoid(config: &Config) -> ConfigError {
    config.invalid(
        "mgd.perturbation",
        &format!(
            "random, walsh or time on the chip (it has no sinusoid generator); {USE_REFERENCE}"
        ),
        "sinusoid",
    )
}

/// Refuse every setting the chip does not implement (see the module doc).
pub fn check(config: &Config) -> Result<(), ConfigError> {
    let m = &config.mgd;
    let z = &config.noise;
    let refuse = |field: &str, expected: String, got: &dyn std::fmt::Display| {
        Err(config.invalid(field, &expected, got))
    };
    if let NetworkKind::Cnn { .. } = config.network.kind {
        return refuse(
            "network.kind",
            format!(
                "`mlp` on the chip (it has no convolution or pooling datapath); {USE_REFERENCE}"
            ),
            &"`cnn`",
        );
    }
    if m.perturbation == PerturbationKind::Sinusoid {
        return Err(no_sinusoid(config));
    }
    if config.network.activation == Activation::Tanh {
        return refuse(
            "network.activation",
            format!(
                "sigmoid, hard_sigmoid or relu on the chip (it has no tanh circuit); \
                 {USE_REFERENCE}"
            ),
            &"`tanh`",
        );
    }
    if m.mode == Mode::Analog {
        return refuse(
            "mgd.mode",
            format!(
                "`discrete` on the chip (it measures C~ = C - C0, no filters); {USE_REFERENCE}"
            ),
            &"`analog`",
        );
    }
    if m.per_layer && m.perturbation != PerturbationKind::Random {
        return refuse(
            "mgd.per_layer",
            format!(
                "false on the chip unless `mgd.perturbation = \"random\"` (each pass perturbs \
                 one layer's share of the random code); {USE_REFERENCE}"
            ),
            &true,
        );
    }
    let weight_layers = config.network.layers.len().saturating_sub(1);
    if m.per_layer && weight_layers > 1 << LAYER_W {
        return refuse(
            "mgd.per_layer",
            format!(
                "false on the chip for more than {} weight layers (its pass counter is {LAYER_W} \
                 bits); {USE_REFERENCE}",
                1 << LAYER_W
            ),
            &true,
        );
    }
    if m.target == PerturbTarget::Node && m.perturbation != PerturbationKind::Random {
        return refuse(
            "mgd.perturbation",
            format!(
                "`random` with `mgd.target = \"node\"` on the chip (its node signs come from \
                 the LFSR, one per neuron); {USE_REFERENCE}"
            ),
            &format!("{:?}", m.perturbation).to_lowercase(),
        );
    }
    if config.chip.fuse_corr && !config.chip.pipeline {
        return refuse(
            "chip.fuse_corr",
            "false without `chip.pipeline = true` (the fused sweep writes G through the \
             pipeline's registers)"
                .into(),
            &true,
        );
    }
    if config.chip.fuse_corr && (m.target == PerturbTarget::Node || m.per_layer) {
        return refuse(
            "chip.fuse_corr",
            "false with node or per-layer perturbation (only a weight-perturbation sweep \
             of one pass reads nothing but G_i, s_i and C~)"
                .into(),
            &true,
        );
    }
    if config.chip.handover && !config.chip.fuse_corr {
        return refuse(
            "chip.handover",
            "false without `chip.fuse_corr = true` (the deferred sweep is what runs inside the \
             next perturbed inference)"
                .into(),
            &true,
        );
    }
    if config.chip.handover && (m.perturbation != PerturbationKind::Random || m.tau_p != 1) {
        return refuse(
            "chip.handover",
            "false unless `mgd.perturbation = \"random\"` and `mgd.tau_p = 1` (the lanes read \
             the deferred step's signs from the LFSR one window behind)"
                .into(),
            &true,
        );
    }
    if let Optimizer::Adam { .. } = m.optimizer {
        return refuse(
            "mgd.optimizer",
            format!(
                "`vanilla` or `momentum` on the chip (Adam needs a square root and a divide per \
                 parameter, which it does not have); {USE_REFERENCE}"
            ),
            &"`adam`",
        );
    }
    if let Some(clip) = m.cost_clip {
        return refuse(
            "mgd.cost_clip",
            format!("absent on the chip (its cost block does not clip C~); {USE_REFERENCE}"),
            &clip,
        );
    }
    if z.cost_sigma != 0.0 {
        return refuse(
            "noise.cost_sigma",
            format!("0 on the chip (it measures its cost exactly); {USE_REFERENCE}"),
            &z.cost_sigma,
        );
    }
    if z.update_sigma != 0.0 {
        return refuse(
            "noise.update_sigma",
            format!(
                "0 on the chip (its weights are exact registers; `[device] kind = \
                 \"update_noise\"` puts update noise in the weight storage of `--engine fast`); \
                 {USE_REFERENCE}"
            ),
            &z.update_sigma,
        );
    }
    if z.activation_variation != 0.0 {
        return refuse(
            "noise.activation_variation",
            format!("0 on the chip (its neurons share one activation circuit); {USE_REFERENCE}"),
            &z.activation_variation,
        );
    }
    if config.run.steps > u64::from(u32::MAX) {
        return refuse(
            "run.steps",
            format!("at most {} on the chip (a 32-bit step counter)", u32::MAX),
            &config.run.steps,
        );
    }
    Ok(())
}

/// Refuse weight storage in device models for the RTL, which holds its weights in registers
/// (the fast model runs them behind the same digital core).
pub fn check_rtl(config: &Config) -> Result<(), ConfigError> {
    let Some(field) = config.weight_storage_field() else {
        return Ok(());
    };
    let got = match field {
        "device" => serde_json::to_value(&config.device)
            .ok()
            .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(String::from))
            .map_or_else(|| "a device".into(), |k| format!("kind = \"{k}\"")),
        _ => "stuck-at faults".into(),
    };
    Err(config.invalid(
        field,
        "absent: the RTL holds its weights in registers and has no device models \
         (`--engine fast` runs them behind the same digital core)",
        got,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::UpdateNoise;
    use crate::fixtures::xor_config;

    #[test]
    fn every_setting_the_chip_lacks_is_refused_by_name() {
        type Set = fn(&mut Config);
        let cases: [(&str, Set); 12] = [
            ("network.kind", |c| {
                c.network.kind = NetworkKind::Cnn {
                    width: 2,
                    image: None,
                }
            }),
            ("mgd.perturbation", |c| {
                c.mgd.perturbation = PerturbationKind::Sinusoid
            }),
            ("network.activation", |c| {
                c.network.activation = Activation::Tanh
            }),
            ("mgd.mode", |c| c.mgd.mode = Mode::Analog),
            ("mgd.per_layer", |c| {
                c.mgd.per_layer = true;
                c.mgd.perturbation = PerturbationKind::Walsh
            }),
            ("mgd.perturbation", |c| {
                c.mgd.target = PerturbTarget::Node;
                c.mgd.perturbation = PerturbationKind::Walsh
            }),
            ("mgd.optimizer", |c| {
                c.mgd.optimizer = Optimizer::Adam {
                    beta1: 0.9,
                    beta2: 0.999,
                }
            }),
            ("mgd.cost_clip", |c| c.mgd.cost_clip = Some(1.0)),
            ("noise.cost_sigma", |c| c.noise.cost_sigma = 0.01),
            ("noise.update_sigma", |c| c.noise.update_sigma = 0.01),
            ("noise.activation_variation", |c| {
                c.noise.activation_variation = 0.1
            }),
            ("run.steps", |c| c.run.steps = u64::from(u32::MAX) + 1),
        ];
        for (field, set) in cases {
            let mut c = xor_config();
            set(&mut c);
            match check(&c) {
                Err(ConfigError::Invalid { field: f, .. }) => assert_eq!(f, field),
                other => panic!("{field}: {other:?}"),
            }
        }
        // What the chip does implement, or what draws nothing, passes.
        let mut c = xor_config();
        c.noise.update_noise = UpdateNoise::PerWeight;
        c.mgd.tau_hp = 3.0;
        c.mgd.perturbation = PerturbationKind::Walsh;
        c.run.steps = u64::from(u32::MAX);
        check(&c).expect("the chip builds it");
        c.mgd.perturbation = PerturbationKind::Random;
        c.mgd.target = PerturbTarget::Node;
        check(&c).expect("the chip builds node perturbation");
        c.mgd.optimizer = Optimizer::Momentum { gamma: 0.9 };
        check(&c).expect("the chip builds momentum");
    }
}
