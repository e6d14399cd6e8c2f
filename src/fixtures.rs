//! Shared test fixtures: the XOR configuration and truth table that unit and integration tests
//! train on. Not part of the tool's interface.

use crate::config::{Activation, Config};
use crate::datasets::{Dataset, Sample};

/// A complete XOR configuration (2-2-1 hard sigmoid, random codes). Theta and act Q2.12, G 32
/// bits, eta_shift 10 (a step moves theta by C~ * 2^(2*12+1-12-10) = 8 C~ per unit sign),
/// dtheta 0.2 (amp = round(0.2/3 * 4096) = 273 LSBs), theta0 ~ U(0, 1), tau 1/1/1, seed 6: the
/// RTL trainer's XOR test learns with it.
pub fn xor_config() -> Config {
    Config::parse(
        "<test xor>",
        r#"
        [network]
        layers = [2, 2, 1]
        activation = "hard_sigmoid"
        [mgd]
        dtheta = 0.2
        eta = 0.1
        init_lo = 0.0
        init_hi = 1.0
        [noise]
        update_noise = "shared"
        [data]
        dataset = "xor"
        test_fraction = 0.0
        seed = 1
        [run]
        steps = 100_000
        seed = 6
        target_accuracy = 1.0
        eval_interval = 100
        stop_at_target = true
        [fixed]
        theta = "Q2.12"
        act = "Q2.12"
        grad_width = 32
        eta_shift = 10
        "#,
    )
    .expect("the test XOR config is valid")
}

/// [`xor_config`] with the logistic sigmoid table.
pub fn xor_sigmoid_config() -> Config {
    let mut c = xor_config();
    c.network.activation = Activation::Sigmoid;
    c
}

/// The XOR truth table (train = test), as `datasets::xor` defines it.
pub fn xor_data() -> Dataset {
    let s: Vec<Sample> = [(0., 0., 0), (0., 1., 1), (1., 0., 1), (1., 1., 0)]
        .iter()
        .map(|&(a, b, l)| Sample {
            x: vec![a, b],
            label: l,
        })
        .collect();
    Dataset {
        name: "xor".into(),
        n_inputs: 2,
        n_classes: 2,
        train: s.clone(),
        test: s,
    }
}
