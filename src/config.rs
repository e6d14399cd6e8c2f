//! Run configuration: one TOML file describes a run (network, MGD, non-idealities, data, run,
//! fixed-point formats). `Raw*` types are the file as written; [`Config`] is validated.

use serde::{Deserialize, Serialize};

/// Neuron activation function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Activation {
    /// Logistic 1 / (1 + e^-u).
    Sigmoid,
    /// clamp(u / 4 + 1/2, 0, 1): the logistic's tangent at 0, cheap in gates.
    HardSigmoid,
    /// max(u, 0).
    Relu,
}

/// How perturbations are multiplexed (spec/MGD.md section 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PerturbationKind {
    /// One parameter at a time, +dtheta, in a seeded random order.
    Time,
    /// Sinusoids of distinct frequencies (frequency multiplexing).
    Sinusoid,
    /// Random +/-a codes, redrawn every tau_p.
    Random,
    /// Rows of a Sylvester-Hadamard matrix, randomly assigned.
    Walsh,
}

/// Discrete (C~ = C - C0) or analog (high-pass C~, low-pass G) MGD.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Baseline inference and difference (spec section 2).
    Discrete,
    /// High-pass filtered cost, low-pass gradient, update every step.
    Analog,
}

/// What is perturbed: each weight, or each neuron's pre-activation (spec section 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PerturbTarget {
    /// Weight perturbation (paper A).
    Weight,
    /// Node perturbation (paper B).
    Node,
}

/// Optimiser applied to the MGD gradient estimate.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Optimizer {
    /// theta -= eta g.
    Vanilla,
    /// M = gamma M + eta g; theta -= M.
    Momentum {
        /// Momentum factor in [0, 1).
        gamma: f64,
    },
    /// Adam without bias correction, as in the authors' code.
    Adam {
        /// First-moment decay.
        beta1: f64,
        /// Second-moment decay.
        beta2: f64,
    },
}

/// Update noise: one scalar draw shared by all parameters, or one per parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UpdateNoise {
    /// One N(0,1) draw for all parameters per update (the authors' released code).
    Shared,
    /// An independent draw per parameter (the physical case).
    PerWeight,
}

/// `[network]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Network {
    /// Layer sizes, inputs first, outputs last, e.g. `[2, 2, 1]`.
    pub layers: Vec<usize>,
    /// Activation of every layer (hidden and output).
    pub activation: Activation,
}

/// `[mgd]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mgd {
    /// Perturbation type.
    pub perturbation: PerturbationKind,
    /// Discrete or analog.
    pub mode: Mode,
    /// Weight or node perturbation.
    pub target: PerturbTarget,
    /// Steps a sample is held (>= 1).
    pub tau_x: u32,
    /// Steps a perturbation is held (>= 1).
    pub tau_p: u32,
    /// Steps between updates (>= 1); in analog mode the low-pass time constant of G.
    pub tau_theta: u32,
    /// Analog high-pass time constant in steps (> 0).
    pub tau_hp: f64,
    /// RMS norm of the whole perturbation vector (> 0).
    pub dtheta: f64,
    /// Learning rate (> 0).
    pub eta: f64,
    /// Optimiser.
    pub optimizer: Optimizer,
    /// Clip C~ to +/- this value, if set (> 0).
    pub cost_clip: Option<f64>,
    /// Initial parameters are drawn from U(init_lo, init_hi).
    pub init_lo: f64,
    /// Upper bound of the initial parameter draw.
    pub init_hi: f64,
}

/// `[noise]`: non-idealities (spec section 6).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Noise {
    /// Standard deviation of additive cost measurement noise (>= 0).
    pub cost_sigma: f64,
    /// Standard deviation of additive update noise (>= 0).
    pub update_sigma: f64,
    /// Shared or per-weight update noise.
    pub update_noise: UpdateNoise,
    /// Device-to-device activation variation s: x0, y0 ~ N(0, s), k, L ~ N(1, s) (>= 0).
    pub activation_variation: f64,
}

/// `[data]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Data {
    /// A built-in name (`xor`, `parityN`, `nist7x7`, `yinyang`, `yinyang2`) or a file path
    /// (relative paths are taken from the config file's folder).
    pub dataset: String,
    /// Fraction of samples held out for testing, in [0, 1). Logic tasks ignore it (train = test).
    pub test_fraction: f64,
    /// Seed of the train/test split and of generated data.
    pub seed: u64,
}

/// `[run]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Run {
    /// Step budget (>= 1).
    pub steps: u64,
    /// Seed of initial weights, perturbation codes and noise.
    pub seed: u64,
    /// Target test accuracy in (0, 1].
    pub target_accuracy: f64,
    /// Evaluate every this many steps (>= 1).
    pub eval_interval: u64,
    /// Stop at the first evaluation that reaches the target.
    pub stop_at_target: bool,
}

/// `[backprop]`: the baseline trained by SGD with backpropagation on the same network and cost.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Backprop {
    /// SGD learning rate (> 0).
    pub eta: f64,
    /// Samples per minibatch (>= 1); one step = one minibatch.
    pub batch: usize,
}

/// A signed fixed-point format `Qi.f`: one sign bit, `int_bits` integer bits, `frac_bits`
/// fraction bits; width `1 + int_bits + frac_bits`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct QFormat {
    /// Integer bits (sign excluded).
    pub int_bits: u32,
    /// Fraction bits.
    pub frac_bits: u32,
}

impl QFormat {
    /// Total width in bits, sign included.
    pub fn width(&self) -> u32 {
        1 + self.int_bits + self.frac_bits
    }
}

impl std::fmt::Display for QFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Q{}.{}", self.int_bits, self.frac_bits)
    }
}

/// `[fixed]`: formats the hardware engines use (the reference ignores them).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fixed {
    /// Weights and biases.
    pub theta: QFormat,
    /// Activations and inputs.
    pub act: QFormat,
    /// Width of the gradient accumulators G_i.
    pub grad_width: u32,
    /// Learning rate as a right shift: theta -= G >>> eta_shift.
    pub eta_shift: u32,
}

/// A validated run configuration.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Config {
    /// Where it came from (a path, or `<embedded nist7x7.toml>`).
    pub source: String,
    /// `[network]`.
    pub network: Network,
    /// `[mgd]`.
    pub mgd: Mgd,
    /// `[noise]`.
    pub noise: Noise,
    /// `[data]`.
    pub data: Data,
    /// `[run]`.
    pub run: Run,
    /// `[backprop]`.
    pub backprop: Backprop,
    /// `[fixed]`.
    pub fixed: Fixed,
}

impl Config {
    /// Number of trainable parameters (weights and biases) of the network.
    pub fn n_params(&self) -> usize {
        self.network.layers.windows(2).map(|w| (w[0] + 1) * w[1]).sum()
    }
}

/// A configuration was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Unreadable file.
    #[error("cannot read {path}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// Not valid TOML, unknown field or wrong type (toml's message carries line and column).
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: String,
        /// toml's message.
        message: String,
    },
    /// A value out of its allowed range.
    #[error("{path}:{line}: `{field}` must be {expected}, got {got}")]
    Invalid {
        /// The file.
        path: String,
        /// 1-based line of the value (0 when the field was absent).
        line: usize,
        /// Dotted field name, e.g. `mgd.tau_p`.
        field: String,
        /// What is allowed.
        expected: String,
        /// What was given.
        got: String,
    },
}
