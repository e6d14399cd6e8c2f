//! Test fixtures for the reference: the data sets it trains on, and a `Config` with every
//! field filled.

use crate::config::*;
use crate::datasets::Dataset;
use std::path::Path;

fn builtin(name: &str) -> Dataset {
    crate::datasets::load(name, Path::new("."), 0.0, 0).expect("built-in data set")
}

/// XOR: the four 2-bit patterns, train = test.
pub fn xor() -> Dataset {
    builtin("xor")
}

/// N-bit parity: all 2^N patterns, train = test.
pub fn parity(n: usize) -> Dataset {
    builtin(&format!("parity{n}"))
}

/// NIST7x7-like: each glyph and its 49 single-pixel flips, 200 samples, train = test.
pub fn nist7x7() -> Dataset {
    builtin("nist7x7")
}

/// UCI digits from `data/digits.csv.gz`, scaled to [0, 1], seeded stratified 80/20 split.
pub fn digits(seed: u64) -> Dataset {
    crate::datasets::load(
        "data/digits.csv.gz",
        Path::new(env!("CARGO_MANIFEST_DIR")),
        0.2,
        seed,
    )
    .expect("data/digits.csv.gz is in the repo")
}

/// A config with every field filled: random codes, discrete, weight perturbation, tau 1/1/1,
/// vanilla, no noise; the caller adjusts what a test is about.
pub fn config(layers: &[usize], dtheta: f64, eta: f64, init: (f64, f64), steps: u64) -> Config {
    Config {
        lines: Default::default(),
        chip: Default::default(),
        device: None,
        stuck: None,
        source: "<test>".into(),
        network: Network {
            kind: NetworkKind::Mlp,
            layers: layers.to_vec(),
            activation: Activation::Sigmoid,
        },
        mgd: Mgd {
            perturbation: PerturbationKind::Random,
            mode: Mode::Discrete,
            target: PerturbTarget::Weight,
            batch: 1,
            tau_x: 1,
            tau_p: 1,
            tau_theta: 1,
            tau_hp: 1.6,
            dtheta,
            eta,
            optimizer: Optimizer::Vanilla,
            cost_clip: None,
            init_lo: init.0,
            init_hi: init.1,
            per_layer: false,
        },
        noise: Noise {
            cost_sigma: 0.0,
            update_sigma: 0.0,
            update_noise: UpdateNoise::PerWeight,
            activation_variation: 0.0,
        },
        data: Data {
            dataset: "test".into(),
            test_fraction: 0.0,
            seed: 0,
            samples: Default::default(),
        },
        run: Run {
            steps,
            seed: 1,
            target_accuracy: 1.0,
            eval_interval: 1000,
            stop_at_target: true,
        },
        backprop: Backprop { eta: 1.0, batch: 1 },
        fixed: Fixed {
            theta: QFormat {
                int_bits: 3,
                frac_bits: 12,
            },
            act: QFormat {
                int_bits: 0,
                frac_bits: 8,
            },
            grad_width: 24,
            eta_shift: Some(4),
            delta_shift: None,
        },
    }
}

/// Schedule from `config.run`.
pub fn schedule(c: &Config) -> crate::run::Schedule {
    crate::run::Schedule::from(&c.run)
}
