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
    /// tanh(u), outputs in (-1, 1) (paper B's CNN, paper D's Yin-Yang network). The f64
    /// reference only: the chip has no tanh circuit.
    Tanh,
}

/// How the exported Verilog writes the chip's read/write memories (the theta, G, V and
/// activation banks), named after FINN's `ram_style`. The cycles and values are the same in
/// every style; only what synthesis maps them to changes (`blocks::memory`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RamStyle {
    /// Distributed (LUT) RAM for memories of at most `chip::LUT_RAM_WORDS` words,
    /// block RAM for larger ones: fits the iCE40, which has no LUT RAM.
    #[default]
    Auto,
    /// Every memory as block RAM (a data register after the array).
    Block,
    /// Every memory as distributed RAM (a registered address, an asynchronous read): the
    /// ECP5's and Xilinx's LUT RAM; flip-flops on an iCE40.
    Distributed,
    /// Every memory as flip-flops (the distributed form saying yosys's `ram_style =
    /// "logic"`): a bank of a few words at many lanes, where a LUT-RAM cell of 16 words
    /// would hold 2 and the placer must still legalize it (Vivado's `"registers"`).
    Registers,
}

/// Where the chip takes its training samples from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SampleSource {
    /// An on-chip ROM holding `data.train` (the stream port is also there).
    #[default]
    Rom,
    /// The sample stream port only: no sample ROM, a smaller design for large training sets.
    Stream,
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

/// `network.kind`: which network family `[network]` describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NetworkKind {
    /// A fully connected network of `network.layers`.
    Mlp,
    /// Paper B's CNN(d) (`reference::conv`), f64 engines only.
    Cnn {
        /// The width d (channels of the first convolutions).
        width: usize,
        /// `[rows, cols, channels]` as stated (`network.image`); `None`: a square one-channel
        /// image taken from the data set ([`Config::cnn_image`]).
        image: Option<[usize; 3]>,
    },
}

/// Largest `network.width` of a CNN: P(96) on 28x28 images is 4.05M, just under
/// [`crate::limits::MAX_PARAMS`]; the count is checked again against the data set's shape.
pub const MAX_CNN_WIDTH: usize = 96;

/// Largest `mgd.batch`.
pub const MAX_BATCH: usize = 1 << 16;

/// Smallest image side of a CNN: three 2x2 pools must leave a pixel.
pub const MIN_CNN_SIDE: usize = 8;

/// `[network]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Network {
    /// MLP or CNN, with the CNN's width and image.
    #[serde(flatten)]
    pub kind: NetworkKind,
    /// Layer sizes, inputs first, outputs last, e.g. `[2, 2, 1]` (MLP; empty for a CNN).
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
    /// Samples per iteration, each with its own baseline and perturbed inference (>= 1;
    /// above 1 for a CNN only: paper B's minibatch).
    pub batch: usize,
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
    /// Paper B's per-layer scheme (discrete mode, the f64 engines): one layer perturbed at a
    /// time, each step normalised with that layer's own count `N_l`; `false`: all layers at
    /// once, one `N`.
    pub per_layer: bool,
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
    /// Where the chip takes its training samples from (`rom` or `stream`).
    pub samples: SampleSource,
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
    /// Learning rate as a right shift: theta -= G >>> eta_shift. `None` (the default): derived
    /// from `mgd.eta` so that the chip's step matches the reference's (`fixed::Formats`).
    pub eta_shift: Option<u32>,
    /// Node perturbation on the chip: C~ is narrowed to the 16-bit multiplier operand as
    /// sat(C~ >>> delta_shift) before it multiplies a node's input activity. `None` (the
    /// default): derived so that a C~ as large as `mgd.dtheta` fits (`chip::formats`).
    pub delta_shift: Option<u32>,
}

/// The most neurons side by side (`[chip] pe`; `fixed::SQUARES_W` sums that many cost terms).
pub const MAX_PE: usize = 64;

/// `[chip]`: the chip's microarchitecture (the reference ignores it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Chip {
    /// Lanes L: parameters perturbed, multiplied, correlated and updated per cycle (1..=P;
    /// `chip::lanes` documents the layout). The training run does not depend on it.
    pub lanes: usize,
    /// Neurons side by side PE (FINN's PE beside the lanes' SIMD): each row computes PE
    /// neurons of a layer at once, PE x L lanes in all (`chip::lanes`). It divides every
    /// layer's neuron count and L; above 1 the chip needs node perturbation. The training run
    /// does not depend on it.
    pub pe: usize,
    /// The chip evaluates its training set every `run.eval_interval` steps (and at step 0 and
    /// at the step budget), shows the count on its `correct` port and, with
    /// `run.stop_at_target`, halts when it reaches `run.target_accuracy` (`chip::schedule`).
    /// The training run does not depend on it; only the cycle counts do.
    pub evaluate: bool,
    /// Pipeline registers in the datapath (`chip::lanes::PIPE_DEPTH` stages: operands,
    /// product, neuron sum, activation), and that many empty rows after each layer for the results to
    /// reach the activation memory. Shorter paths for a higher Fmax, a few more cycles; the
    /// training run does not depend on it.
    pub pipeline: bool,
    /// With the pipeline and weight perturbation: a step that does not update theta leaves
    /// its Corr sweep to the next step's baseline inference, whose lanes read G_i beside
    /// theta_i (`chip::Schedule::defers`). Fewer cycles per step; the training run does not
    /// depend on it.
    pub fuse_corr: bool,
    /// With `fuse_corr` and random codes at tau_p = 1: a step that defers its Corr sweep
    /// hands over to the next step when its perturbed inference's last parameter row is
    /// issued (the next sample loads and its baseline runs while that inference drains), and
    /// the deferred sweep runs inside the next perturbed inference (`chip::Schedule::hands_over`).
    /// Fewer cycles per step; the training run does not depend on it.
    pub handover: bool,
    /// How the memories are written for synthesis (block or LUT RAM); the cycles and the
    /// training run do not depend on it.
    pub ram_style: RamStyle,
    /// Every input is 0 or 1.0 and the network has one weight layer: the lanes select theta_i
    /// (or, in node perturbation's Corr sweep, C~16) or 0 instead of multiplying by x_i, so
    /// they need no multiplier (`chip::ChipPlan::binary_inputs`). The products, the cycles
    /// and the training run do not depend on it.
    pub binary_inputs: bool,
}

impl Default for Chip {
    fn default() -> Self {
        Self {
            lanes: 1,
            pe: 1,
            evaluate: true,
            pipeline: false,
            fuse_corr: false,
            handover: false,
            ram_style: RamStyle::Auto,
            binary_inputs: false,
        }
    }
}

/// A validated run configuration.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Config {
    /// Where it came from (a path, or `<embedded sim/configs/nist7x7.toml>`).
    pub source: String,
    /// Line of each field that was given, for messages about cross-checks made later.
    #[serde(skip)]
    pub lines: std::collections::BTreeMap<String, usize>,
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
    /// `[chip]`.
    pub chip: Chip,
    /// `[device]`: where the weights live (`None`: ideal registers). Relative jump-table paths
    /// are already resolved against the config file's folder.
    pub device: Option<crate::devices::DeviceModel>,
    /// `[stuck]`: stuck-at faults on top of the weight storage.
    pub stuck: Option<crate::devices::StuckSpec>,
}

impl Config {
    /// Number of trainable parameters (weights and biases) of the MLP; 0 for a CNN, whose
    /// count depends on the data set's image (`engine::n_params`).
    pub fn n_params(&self) -> usize {
        n_params(&self.network.layers)
    }

    /// The table that puts the weights in non-ideal storage (`device`, or `stuck` when the
    /// device is ideal or absent); `None` for plain registers. `kind = "ideal"` alone is
    /// registers, so every engine can run it.
    pub fn weight_storage_field(&self) -> Option<&'static str> {
        match (&self.device, &self.stuck) {
            (Some(d), _) if *d != crate::devices::DeviceModel::Ideal => Some("device"),
            (_, Some(_)) => Some("stuck"),
            _ => None,
        }
    }
}

/// The parameter count of `layers` (checked by `Config::parse` not to overflow): for each
/// layer, (inputs + 1 bias) * outputs.
pub fn n_params(layers: &[usize]) -> usize {
    layers.windows(2).map(|w| (w[0] + 1) * w[1]).sum()
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

/// Text of the built-in default configuration (`sim/configs/nist7x7.toml`).
pub const DEFAULT_CONFIG: &str = include_str!("../sim/configs/nist7x7.toml");
/// How the default configuration names itself in messages.
pub const DEFAULT_CONFIG_NAME: &str = "<embedded sim/configs/nist7x7.toml>";

mod raw {
    //! The file as written: every field optional (defaults fill the gaps), spans kept for
    //! error messages, unknown fields refused.
    use serde::Deserialize;
    use toml::Spanned;

    type S<T> = Option<Spanned<T>>;

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct File {
        pub network: Option<Network>,
        pub mgd: Option<Mgd>,
        pub noise: Option<Noise>,
        pub data: Option<Data>,
        pub run: Option<Run>,
        pub backprop: Option<Backprop>,
        pub fixed: Option<Fixed>,
        pub chip: Option<Chip>,
        pub device: Option<Spanned<crate::devices::DeviceModel>>,
        pub stuck: Option<Spanned<crate::devices::StuckSpec>>,
    }

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct Network {
        pub kind: S<String>,
        pub layers: S<Vec<i64>>,
        pub activation: S<super::Activation>,
        pub width: S<i64>,
        pub image: S<Vec<i64>>,
    }

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct Mgd {
        pub perturbation: S<super::PerturbationKind>,
        pub mode: S<super::Mode>,
        pub target: S<super::PerturbTarget>,
        pub batch: S<i64>,
        pub tau_x: S<i64>,
        pub tau_p: S<i64>,
        pub tau_theta: S<i64>,
        pub tau_hp: S<f64>,
        pub dtheta: S<f64>,
        pub eta: S<f64>,
        pub optimizer: S<String>,
        pub gamma: S<f64>,
        pub beta1: S<f64>,
        pub beta2: S<f64>,
        pub cost_clip: S<f64>,
        pub init_lo: S<f64>,
        pub init_hi: S<f64>,
        pub per_layer: S<bool>,
    }

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct Noise {
        pub cost_sigma: S<f64>,
        pub update_sigma: S<f64>,
        pub update_noise: S<super::UpdateNoise>,
        pub activation_variation: S<f64>,
    }

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct Data {
        pub dataset: S<String>,
        pub test_fraction: S<f64>,
        pub seed: S<i64>,
        pub samples: S<super::SampleSource>,
    }

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct Run {
        pub steps: S<i64>,
        pub seed: S<i64>,
        pub target_accuracy: S<f64>,
        pub eval_interval: S<i64>,
        pub stop_at_target: S<bool>,
    }

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct Backprop {
        pub eta: S<f64>,
        pub batch: S<i64>,
    }

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct Fixed {
        pub theta: S<String>,
        pub act: S<String>,
        pub grad_width: S<i64>,
        pub eta_shift: S<i64>,
        pub delta_shift: S<i64>,
    }

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct Chip {
        pub lanes: S<i64>,
        pub pe: S<i64>,
        pub evaluate: S<bool>,
        pub pipeline: S<bool>,
        pub fuse_corr: S<bool>,
        pub handover: S<bool>,
        pub ram_style: S<super::RamStyle>,
        pub binary_inputs: S<bool>,
    }
}

/// The text being validated, for turning spans into line numbers.
struct Source<'a> {
    path: &'a str,
    text: &'a str,
    lines: std::collections::BTreeMap<String, usize>,
}

impl Source<'_> {
    fn line_of(&self, byte: usize) -> usize {
        self.text[..byte.min(self.text.len())].matches('\n').count() + 1
    }

    fn invalid(&self, field: &str, expected: &str, got: impl std::fmt::Display) -> ConfigError {
        ConfigError::Invalid {
            path: self.path.to_string(),
            line: self.lines.get(field).copied().unwrap_or(0),
            field: field.to_string(),
            expected: expected.to_string(),
            got: got.to_string(),
        }
    }

    /// Take an optional field (no default), recording its line.
    fn take_opt<T>(&mut self, field: &str, v: Option<toml::Spanned<T>>) -> Option<T> {
        v.map(|s| {
            let line = self.line_of(s.span().start);
            self.lines.insert(field.to_string(), line);
            s.into_inner()
        })
    }

    /// Take a field: record its line, or use the default.
    fn take<T>(&mut self, field: &str, v: Option<toml::Spanned<T>>, default: T) -> T {
        match v {
            Some(s) => {
                let line = self.line_of(s.span().start);
                self.lines.insert(field.to_string(), line);
                s.into_inner()
            }
            None => default,
        }
    }
}

fn check(
    ok: bool,
    src: &Source,
    field: &str,
    expected: &str,
    got: impl std::fmt::Display,
) -> Result<(), ConfigError> {
    if ok {
        Ok(())
    } else {
        Err(src.invalid(field, expected, got))
    }
}

fn positive_int(src: &Source, field: &str, v: i64) -> Result<u64, ConfigError> {
    check(v >= 1, src, field, ">= 1", v)?;
    Ok(v as u64)
}

fn tau(src: &Source, field: &str, v: i64) -> Result<u32, ConfigError> {
    check(
        (1..=i64::from(u32::MAX)).contains(&v),
        src,
        field,
        &format!("in 1..={} (a time constant counts steps)", u32::MAX),
        v,
    )?;
    Ok(v as u32)
}

fn positive(src: &Source, field: &str, v: f64) -> Result<f64, ConfigError> {
    check(
        v.is_finite() && v > 0.0,
        src,
        field,
        "a finite number > 0",
        v,
    )?;
    Ok(v)
}

fn non_negative(src: &Source, field: &str, v: f64) -> Result<f64, ConfigError> {
    check(
        v.is_finite() && v >= 0.0,
        src,
        field,
        "a finite number >= 0",
        v,
    )?;
    Ok(v)
}

fn unit_open(src: &Source, field: &str, v: f64) -> Result<f64, ConfigError> {
    check((0.0..1.0).contains(&v), src, field, "in [0, 1)", v)?;
    Ok(v)
}

fn seed(src: &Source, field: &str, v: i64) -> Result<u64, ConfigError> {
    check(v >= 0, src, field, ">= 0", v)?;
    Ok(v as u64)
}

/// Layer count, layer sizes and the parameter count (checked arithmetic) within
/// [`crate::limits`], so that no engine allocates beyond them.
fn network_bounds(src: &Source, layers: &[i64]) -> Result<(), ConfigError> {
    use crate::limits::{MAX_LAYER, MAX_LAYERS, MAX_PARAMS};
    let field = "network.layers";
    let shown = || format!("{layers:?}");
    check(
        layers.len() <= MAX_LAYERS,
        src,
        field,
        &format!("at most {MAX_LAYERS} sizes"),
        format!("{} sizes", layers.len()),
    )?;
    check(
        layers.iter().all(|&l| l <= MAX_LAYER as i64),
        src,
        field,
        &format!("sizes <= {MAX_LAYER}"),
        shown(),
    )?;
    let params = layers.windows(2).try_fold(0u64, |sum, w| {
        let n = (w[0] as u64 + 1).checked_mul(w[1] as u64)?;
        sum.checked_add(n)
    });
    check(
        params.is_some_and(|p| p <= MAX_PARAMS as u64),
        src,
        field,
        &format!("at most {MAX_PARAMS} parameters (weights and biases)"),
        format!(
            "{} ({} parameters)",
            shown(),
            params.map_or("more than 2^64".into(), |p| p.to_string())
        ),
    )
}

/// `[network]` of `kind = "cnn"`: `width` required, `image` optional, `layers` refused (the
/// CNN's layers follow from its width), `activation` tanh by default (paper B).
fn cnn_network(s: &mut Source, n: raw::Network) -> Result<Network, ConfigError> {
    if let Some(v) = s.take_opt("network.layers", n.layers) {
        return Err(s.invalid(
            "network.layers",
            "absent with `network.kind = \"cnn\"` (CNN(d)'s layers follow from `network.width`)",
            format!("{v:?}"),
        ));
    }
    let width = match s.take_opt("network.width", n.width) {
        Some(v) => v,
        None => {
            // Absent: point at the `kind` that asks for it.
            let mut e = s.invalid(
                "network.width",
                "given with `network.kind = \"cnn\"` (the width d of CNN(d))",
                "nothing",
            );
            if let ConfigError::Invalid { line, .. } = &mut e {
                *line = s.lines.get("network.kind").copied().unwrap_or(0);
            }
            return Err(e);
        }
    };
    check(
        (1..=MAX_CNN_WIDTH as i64).contains(&width),
        s,
        "network.width",
        &format!("in 1..={MAX_CNN_WIDTH}"),
        width,
    )?;
    let image = match s.take_opt("network.image", n.image) {
        None => None,
        Some(v) => {
            let ok = v.len() == 3
                && v[..2]
                    .iter()
                    .all(|&x| (MIN_CNN_SIDE as i64..=4096).contains(&x))
                && (1..=64).contains(&v[2]);
            check(
                ok,
                s,
                "network.image",
                &format!(
                    "`[rows, cols, channels]`, rows and cols in {MIN_CNN_SIDE}..=4096 (three 2x2 \
                     pools must leave a pixel), channels in 1..=64"
                ),
                format!("{v:?}"),
            )?;
            Some([v[0] as usize, v[1] as usize, v[2] as usize])
        }
    };
    Ok(Network {
        kind: NetworkKind::Cnn {
            width: width as usize,
            image,
        },
        layers: Vec::new(),
        activation: s.take("network.activation", n.activation, Activation::Tanh),
    })
}

/// The settings the CNN trainers (`reference::conv_mgd`) do not implement: refused when
/// given, rather than ignored.
fn cnn_refusals(s: &Source, m: &Mgd, z: &Noise) -> Result<(), ConfigError> {
    let with = "with `network.kind = \"cnn\"`";
    let opt = match m.optimizer {
        Optimizer::Vanilla => "vanilla",
        Optimizer::Momentum { .. } => "momentum",
        Optimizer::Adam { .. } => "adam",
    };
    let snake = |v: &dyn std::fmt::Debug| format!("`{}`", format!("{v:?}").to_lowercase());
    let cases: [(&str, bool, &str, String); 9] = [
        (
            "mgd.perturbation",
            m.perturbation == PerturbationKind::Random,
            "`random` (the CNN trainer draws random +/- codes)",
            snake(&m.perturbation),
        ),
        (
            "mgd.mode",
            m.mode == Mode::Discrete,
            "`discrete` (C~ = C - C0 per sample)",
            snake(&m.mode),
        ),
        (
            "mgd.tau_x",
            m.tau_x == 1,
            "1 (every iteration takes a fresh minibatch of `mgd.batch` samples)",
            m.tau_x.to_string(),
        ),
        (
            "mgd.tau_p",
            m.tau_p == 1,
            "1 (every iteration draws a fresh perturbation)",
            m.tau_p.to_string(),
        ),
        (
            "mgd.optimizer",
            opt == "vanilla",
            "`vanilla` (paper B's normalised step)",
            format!("`{opt}`"),
        ),
        (
            "mgd.cost_clip",
            m.cost_clip.is_none(),
            "absent (the CNN trainer does not clip C~)",
            format!("{:?}", m.cost_clip.unwrap_or_default()),
        ),
        (
            "noise.cost_sigma",
            z.cost_sigma == 0.0,
            "0 (the CNN trainer has no noise models)",
            z.cost_sigma.to_string(),
        ),
        (
            "noise.update_sigma",
            z.update_sigma == 0.0,
            "0 (the CNN trainer has no noise models)",
            z.update_sigma.to_string(),
        ),
        (
            "noise.activation_variation",
            z.activation_variation == 0.0,
            "0 (the CNN trainer has no noise models)",
            z.activation_variation.to_string(),
        ),
    ];
    for (field, ok, expected, got) in cases {
        check(ok, s, field, &format!("{expected} {with}"), got)?;
    }
    // Tables of the chip and of weight storage: the chip has no CNN, the CNN no devices.
    let chip_only = s
        .lines
        .keys()
        .find(|f| f.starts_with("chip.") || f.starts_with("fixed.") || *f == "data.samples");
    if let Some(f) = chip_only {
        return Err(s.invalid(
            f,
            &format!("absent {with} (a chip setting; the chip has no CNN)"),
            "a value",
        ));
    }
    for table in ["device", "stuck"] {
        check(
            !s.lines.contains_key(table),
            s,
            table,
            &format!("absent {with} (the CNN keeps its weights in f64, no device models)"),
            format!("a `[{table}]` table"),
        )?;
    }
    Ok(())
}

/// Parse `Qi.f`.
fn qformat(src: &Source, field: &str, s: &str) -> Result<QFormat, ConfigError> {
    let parsed = s
        .strip_prefix('Q')
        .and_then(|r| r.split_once('.'))
        .and_then(|(i, f)| {
            Some(QFormat {
                int_bits: i.parse().ok()?,
                frac_bits: f.parse().ok()?,
            })
        });
    let q = parsed
        .ok_or_else(|| src.invalid(field, "a format `Qi.f` such as `Q3.12`", format!("`{s}`")))?;
    // In u64: `1 + i + f` of two u32s must not wrap (Q4294967295.3 is not 3 bits wide).
    let width = 1 + u64::from(q.int_bits) + u64::from(q.frac_bits);
    // The datapath multiplies theta by activations in rust-hdl's only multiplier, 16x16 -> 32;
    // one guard bit, because rust-hdl 0.46's signed cast recurses on a width's most negative value.
    check(
        (2..=15).contains(&width),
        src,
        field,
        "2 to 15 bits wide, sign included (a 16 x 16 multiplier, one guard bit)",
        format!("`{s}`, {width} bits"),
    )?;
    Ok(q)
}

impl Config {
    /// Read and validate a configuration file.
    pub fn load(path: &std::path::Path) -> Result<Config, ConfigError> {
        let name = path.display().to_string();
        let text = crate::limits::read_text_bounded(path, crate::limits::MAX_CONFIG_BYTES)
            .map_err(|source| ConfigError::Io {
                path: name.clone(),
                source,
            })?;
        Config::parse(&name, &text)
    }

    /// The embedded default (`sim/configs/nist7x7.toml`).
    pub fn default_config() -> Config {
        Config::parse(DEFAULT_CONFIG_NAME, DEFAULT_CONFIG)
            .expect("the embedded default is valid (tested)")
    }

    /// Validate `text`; `path` names it in messages.
    pub fn parse(path: &str, text: &str) -> Result<Config, ConfigError> {
        let file: raw::File = toml::from_str(text).map_err(|e| parse_error(path, text, &e))?;
        let mut src = Source {
            path,
            text,
            lines: Default::default(),
        };
        let s = &mut src;

        let mut n = file.network.unwrap_or_default();
        let kind = s.take("network.kind", n.kind.take(), "mlp".to_string());
        let network = match kind.as_str() {
            "mlp" => {
                // A CNN's fields on an MLP: refused, not ignored.
                let cnn_only = "absent unless `network.kind = \"cnn\"`";
                if let Some(v) = s.take_opt("network.width", n.width) {
                    return Err(s.invalid("network.width", cnn_only, v));
                }
                if let Some(v) = s.take_opt("network.image", n.image) {
                    return Err(s.invalid("network.image", cnn_only, format!("{v:?}")));
                }
                let layers = s.take("network.layers", n.layers, vec![49, 4, 4]);
                check(
                    layers.len() >= 2,
                    s,
                    "network.layers",
                    "at least two sizes (inputs and outputs)",
                    format!("{layers:?}"),
                )?;
                check(
                    layers.iter().all(|&l| l >= 1),
                    s,
                    "network.layers",
                    "sizes >= 1",
                    format!("{layers:?}"),
                )?;
                network_bounds(s, &layers)?;
                Network {
                    kind: NetworkKind::Mlp,
                    layers: layers.iter().map(|&l| l as usize).collect(),
                    activation: s.take("network.activation", n.activation, Activation::Sigmoid),
                }
            }
            "cnn" => cnn_network(s, n)?,
            other => {
                return Err(s.invalid("network.kind", "one of `mlp`, `cnn`", format!("`{other}`")))
            }
        };

        let m = file.mgd.unwrap_or_default();
        let perturbation = s.take("mgd.perturbation", m.perturbation, PerturbationKind::Random);
        let mode = s.take("mgd.mode", m.mode, Mode::Discrete);
        let target = s.take("mgd.target", m.target, PerturbTarget::Weight);
        let v = s.take("mgd.tau_x", m.tau_x, 1);
        let tau_x = tau(s, "mgd.tau_x", v)?;
        let v = s.take("mgd.tau_p", m.tau_p, 1);
        let tau_p = tau(s, "mgd.tau_p", v)?;
        let v = s.take("mgd.tau_theta", m.tau_theta, 1);
        let tau_theta = tau(s, "mgd.tau_theta", v)?;
        let v = s.take("mgd.batch", m.batch, 1);
        let batch = positive_int(s, "mgd.batch", v)?;
        check(
            batch <= MAX_BATCH as u64,
            s,
            "mgd.batch",
            &format!("at most {MAX_BATCH}"),
            batch,
        )?;
        let batch = batch as usize;
        if network.kind == NetworkKind::Mlp {
            check(
                batch == 1,
                s,
                "mgd.batch",
                "1 with an MLP (its MGD takes one sample per step; a minibatch is paper B's CNN \
                 setting, `network.kind = \"cnn\"`)",
                batch,
            )?;
        }
        let per_layer = s.take("mgd.per_layer", m.per_layer, false);
        check(
            !per_layer || mode == Mode::Discrete,
            s,
            "mgd.per_layer",
            "false with `mgd.mode = \"analog\"` (each layer's C~ is measured against a \
             baseline, which analog mode does not take)",
            per_layer,
        )?;
        let v = s.take("mgd.tau_hp", m.tau_hp, 1.6);
        let tau_hp = positive(s, "mgd.tau_hp", v)?;
        let v = s.take("mgd.dtheta", m.dtheta, 0.01);
        let dtheta = positive(s, "mgd.dtheta", v)?;
        let v = s.take("mgd.eta", m.eta, 1.0);
        let eta = positive(s, "mgd.eta", v)?;
        let v = s.take("mgd.gamma", m.gamma, 0.9);
        let gamma = unit_open(s, "mgd.gamma", v)?;
        let v = s.take("mgd.beta1", m.beta1, 0.9);
        let beta1 = unit_open(s, "mgd.beta1", v)?;
        let v = s.take("mgd.beta2", m.beta2, 0.999);
        let beta2 = unit_open(s, "mgd.beta2", v)?;
        let opt = s.take("mgd.optimizer", m.optimizer, "vanilla".to_string());
        let optimizer = match opt.as_str() {
            "vanilla" => Optimizer::Vanilla,
            "momentum" => Optimizer::Momentum { gamma },
            "adam" => Optimizer::Adam { beta1, beta2 },
            other => {
                return Err(s.invalid(
                    "mgd.optimizer",
                    "one of `vanilla`, `momentum`, `adam`",
                    format!("`{other}`"),
                ))
            }
        };
        let cost_clip = match m.cost_clip {
            Some(c) => {
                let v = s.take("mgd.cost_clip", Some(c), 0.0);
                Some(positive(s, "mgd.cost_clip", v)?)
            }
            None => None,
        };
        let init_lo = s.take("mgd.init_lo", m.init_lo, -0.5);
        let init_hi = s.take("mgd.init_hi", m.init_hi, 0.5);
        check(
            init_lo.is_finite(),
            s,
            "mgd.init_lo",
            "a finite number",
            init_lo,
        )?;
        check(
            init_hi.is_finite() && init_hi > init_lo,
            s,
            "mgd.init_hi",
            &format!("a finite number > mgd.init_lo ({init_lo})"),
            init_hi,
        )?;
        let mgd = Mgd {
            perturbation,
            mode,
            target,
            batch,
            tau_x,
            tau_p,
            tau_theta,
            tau_hp,
            dtheta,
            eta,
            optimizer,
            cost_clip,
            init_lo,
            init_hi,
            per_layer,
        };

        let z = file.noise.unwrap_or_default();
        let v = s.take("noise.cost_sigma", z.cost_sigma, 0.0);
        let cost_sigma = non_negative(s, "noise.cost_sigma", v)?;
        let v = s.take("noise.update_sigma", z.update_sigma, 0.0);
        let update_sigma = non_negative(s, "noise.update_sigma", v)?;
        let update_noise = s.take("noise.update_noise", z.update_noise, UpdateNoise::PerWeight);
        let v = s.take("noise.activation_variation", z.activation_variation, 0.0);
        let activation_variation = non_negative(s, "noise.activation_variation", v)?;
        let noise = Noise {
            cost_sigma,
            update_sigma,
            update_noise,
            activation_variation,
        };

        let d = file.data.unwrap_or_default();
        let dataset = s.take("data.dataset", d.dataset, "nist7x7".to_string());
        check(
            !dataset.trim().is_empty(),
            s,
            "data.dataset",
            "a data set name or a file path",
            "an empty string",
        )?;
        let v = s.take("data.test_fraction", d.test_fraction, 0.2);
        let test_fraction = unit_open(s, "data.test_fraction", v)?;
        let v = s.take("data.seed", d.seed, 0);
        let data = Data {
            dataset,
            test_fraction,
            seed: seed(s, "data.seed", v)?,
            samples: s.take("data.samples", d.samples, SampleSource::Rom),
        };

        let r = file.run.unwrap_or_default();
        let v = s.take("run.steps", r.steps, 20_000);
        let steps = positive_int(s, "run.steps", v)?;
        let v = s.take("run.seed", r.seed, 1);
        let run_seed = seed(s, "run.seed", v)?;
        let v = s.take("run.target_accuracy", r.target_accuracy, 0.8);
        check(
            v > 0.0 && v <= 1.0,
            s,
            "run.target_accuracy",
            "in (0, 1]",
            v,
        )?;
        let target_accuracy = v;
        let v = s.take("run.eval_interval", r.eval_interval, 500);
        let eval_interval = positive_int(s, "run.eval_interval", v)?;
        let stop_at_target = s.take("run.stop_at_target", r.stop_at_target, false);
        let run = Run {
            steps,
            seed: run_seed,
            target_accuracy,
            eval_interval,
            stop_at_target,
        };

        let b = file.backprop.unwrap_or_default();
        let v = s.take("backprop.eta", b.eta, 0.5);
        let bp_eta = positive(s, "backprop.eta", v)?;
        let v = s.take("backprop.batch", b.batch, 1);
        let batch = positive_int(s, "backprop.batch", v)? as usize;
        let backprop = Backprop { eta: bp_eta, batch };

        let f = file.fixed.unwrap_or_default();
        let t = s.take("fixed.theta", f.theta, "Q2.12".to_string());
        let theta = qformat(s, "fixed.theta", &t)?;
        let a = s.take("fixed.act", f.act, "Q2.12".to_string());
        let act = qformat(s, "fixed.act", &a)?;
        let grad_width = s.take("fixed.grad_width", f.grad_width, 32);
        check(
            (i64::from(theta.width())..=48).contains(&grad_width),
            s,
            "fixed.grad_width",
            &format!("from the theta width ({}) to 48 bits", theta.width()),
            grad_width,
        )?;
        let eta_shift = match f.eta_shift {
            Some(v) => {
                let v = s.take("fixed.eta_shift", Some(v), 0);
                check(
                    (0..grad_width).contains(&v),
                    s,
                    "fixed.eta_shift",
                    &format!("in 0..{grad_width} (below fixed.grad_width)"),
                    v,
                )?;
                Some(v as u32)
            }
            None => None,
        };
        let delta_shift = match f.delta_shift {
            Some(v) => {
                let v = s.take("fixed.delta_shift", Some(v), 0);
                check(
                    (0..32).contains(&v),
                    s,
                    "fixed.delta_shift",
                    "in 0..32 (a shift of the 32-bit C~)",
                    v,
                )?;
                Some(v as u32)
            }
            None => None,
        };
        let fixed = Fixed {
            theta,
            act,
            grad_width: grad_width as u32,
            eta_shift,
            delta_shift,
        };

        let c = file.chip.unwrap_or_default();
        let v = s.take("chip.lanes", c.lanes, 1);
        if network.kind == NetworkKind::Mlp {
            let n_params = n_params(&network.layers) as i64;
            check(
                (1..=n_params).contains(&v),
                s,
                "chip.lanes",
                &format!("in 1..={n_params} (1 to the parameter count)"),
                v,
            )?;
        }
        let lanes = v as usize;
        let v = s.take("chip.pe", c.pe, 1);
        check(
            (1..=MAX_PE as i64).contains(&v),
            s,
            "chip.pe",
            &format!("in 1..={} (neurons side by side)", MAX_PE),
            v,
        )?;
        let chip = Chip {
            lanes,
            pe: v as usize,
            evaluate: s.take("chip.evaluate", c.evaluate, true),
            pipeline: s.take("chip.pipeline", c.pipeline, false),
            fuse_corr: s.take("chip.fuse_corr", c.fuse_corr, false),
            handover: s.take("chip.handover", c.handover, false),
            ram_style: s.take("chip.ram_style", c.ram_style, RamStyle::Auto),
            binary_inputs: s.take("chip.binary_inputs", c.binary_inputs, false),
        };

        let device = s
            .take_opt("device", file.device)
            .map(|d| resolve_table_path(d, path));
        let stuck = s.take_opt("stuck", file.stuck);
        if device.is_some() || stuck.is_some() {
            // Build once now, so a bad parameter or table is refused before any training.
            let model = device.clone().unwrap_or(crate::devices::DeviceModel::Ideal);
            if let Err(e) = model.build(stuck.as_ref()) {
                return Err(match e {
                    crate::devices::DeviceError::Parameter {
                        field,
                        expected,
                        got,
                    } => {
                        let table = if field.starts_with("stuck") {
                            "stuck"
                        } else {
                            "device"
                        };
                        let field = match field.strip_prefix("stuck.") {
                            Some(f) => format!("stuck.{f}"),
                            None => format!("device.{field}"),
                        };
                        ConfigError::Invalid {
                            line: s.lines.get(table).copied().unwrap_or(0),
                            field,
                            expected,
                            got,
                            path: path.to_string(),
                        }
                    }
                    other => s.invalid("device", "a readable, valid weight storage", other),
                });
            }
        }

        if network.kind != NetworkKind::Mlp {
            cnn_refusals(&src, &mgd, &noise)?;
        }
        let lines = src.lines;
        Ok(Config {
            source: path.to_string(),
            lines,
            network,
            mgd,
            noise,
            data,
            run,
            backprop,
            fixed,
            chip,
            device,
            stuck,
        })
    }

    /// The 1-based line a field was given on (0 when it took its default).
    pub fn line_of(&self, field: &str) -> usize {
        self.lines.get(field).copied().unwrap_or(0)
    }

    /// `file:line: `field`` (or `file: `field`` when it took its default), to head a message
    /// about a field whose value was used later (the data set path, say).
    pub fn at_field(&self, field: &str) -> String {
        match self.line_of(field) {
            0 => format!("{}: `{field}`", self.source),
            line => format!("{}:{line}: `{field}`", self.source),
        }
    }

    /// An `Invalid` error about `field` of this configuration.
    pub fn invalid(&self, field: &str, expected: &str, got: impl std::fmt::Display) -> ConfigError {
        ConfigError::Invalid {
            path: self.source.clone(),
            line: self.line_of(field),
            field: field.to_string(),
            expected: expected.to_string(),
            got: got.to_string(),
        }
    }

    /// Refuse a CNN in `what` (a subcommand that runs MLPs only), naming `network.kind`.
    pub fn require_mlp(&self, what: &str) -> Result<(), ConfigError> {
        match self.network.kind {
            NetworkKind::Mlp => Ok(()),
            NetworkKind::Cnn { .. } => Err(self.invalid(
                "network.kind",
                &format!(
                    "`mlp` for {what} (a CNN runs in `mgdsim train --engine reference|backprop`)"
                ),
                "`cnn`",
            )),
        }
    }

    /// The CNN's image `[rows, cols, channels]` for a data set of `n_inputs` inputs (`None` for
    /// an MLP): `network.image` if given (its product must be `n_inputs`), else a square
    /// one-channel image (28x28 for IDX files, 8x8 for UCI digits) of side >= 8.
    pub fn cnn_image(
        &self,
        n_inputs: usize,
        name: &str,
    ) -> Result<Option<[usize; 3]>, ConfigError> {
        let NetworkKind::Cnn { image, .. } = self.network.kind else {
            return Ok(None);
        };
        if let Some([h, w, c]) = image {
            if h * w * c != n_inputs {
                return Err(self.invalid(
                    "network.image",
                    &format!(
                        "an image of {n_inputs} values (rows x cols x channels), as data set \
                         `{name}` has"
                    ),
                    format!("[{h}, {w}, {c}] ({} values)", h * w * c),
                ));
            }
            return Ok(image);
        }
        let side = (n_inputs as f64).sqrt().round() as usize;
        if side * side != n_inputs || side < MIN_CNN_SIDE {
            let mut e = self.invalid(
                "network.image",
                &format!(
                    "given as `[rows, cols, channels]` for data set `{name}`, whose {n_inputs} \
                     inputs are not a square image of side >= {MIN_CNN_SIDE}"
                ),
                "nothing",
            );
            if let ConfigError::Invalid { line, .. } = &mut e {
                *line = self.line_of("network.kind"); // `image` is absent: point at the kind
            }
            return Err(e);
        }
        Ok(Some([side, side, 1]))
    }

    /// Check the network against a data set: inputs match, outputs match the classes (one
    /// output for two classes, else one per class).
    pub fn check_dataset(
        &self,
        n_inputs: usize,
        n_classes: usize,
        name: &str,
    ) -> Result<(), ConfigError> {
        if self.cnn_image(n_inputs, name)?.is_some() {
            return Ok(()); // a CNN has one output per class
        }
        let layers = &self.network.layers;
        if layers[0] != n_inputs {
            return Err(self.invalid(
                "network.layers",
                &format!("{n_inputs} inputs first, as data set `{name}` has"),
                format!("{layers:?}"),
            ));
        }
        let outputs = *layers.last().expect("validated: at least two sizes");
        let ok = outputs == n_classes || (n_classes == 2 && outputs == 1);
        if !ok {
            let allowed = if n_classes == 2 {
                "1 or 2".to_string()
            } else {
                n_classes.to_string()
            };
            return Err(self.invalid(
                "network.layers",
                &format!("{allowed} outputs last, for the {n_classes} classes of `{name}`"),
                format!("{layers:?}"),
            ));
        }
        Ok(())
    }
}

/// Take a relative jump-table path from the config file's folder.
fn resolve_table_path(
    model: crate::devices::DeviceModel,
    config_path: &str,
) -> crate::devices::DeviceModel {
    use crate::devices::DeviceModel;
    match model {
        DeviceModel::JumpTable {
            path,
            w_scale,
            interp,
            accumulate,
        } if std::path::Path::new(&path).is_relative() => {
            let dir = std::path::Path::new(config_path)
                .parent()
                .unwrap_or(std::path::Path::new(""));
            DeviceModel::JumpTable {
                path: dir.join(path).display().to_string(),
                w_scale,
                interp,
                accumulate,
            }
        }
        other => other,
    }
}

/// Reword toml's error as `file:line:column: message (in `field`)`.
fn parse_error(path: &str, text: &str, e: &toml::de::Error) -> ConfigError {
    let message = e.message().trim().to_string();
    let Some(span) = e.span() else {
        return ConfigError::Parse {
            path: path.to_string(),
            message,
        };
    };
    let start = span.start.min(text.len());
    let line = text[..start].matches('\n').count() + 1;
    let col = start - text[..start].rfind('\n').map_or(0, |i| i + 1) + 1;
    let message = match field_at(text, line) {
        Some(field) if !message.contains("unknown field") => format!("`{field}`: {message}"),
        _ => message,
    };
    ConfigError::Parse {
        path: format!("{path}:{line}:{col}"),
        message,
    }
}

/// The dotted name of the `key = value` on 1-based `line`, under the table header above it;
/// the header itself (`[device]`) when toml points at a table (tagged tables such as `[device]`
/// report their fields' type errors there).
fn field_at(text: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let here = lines.get(line.checked_sub(1)?)?.trim();
    if here.starts_with('[') && here.ends_with(']') && !here.contains('=') {
        return Some(here.to_string());
    }
    let key = here.split_once('=')?.0.trim();
    if key.is_empty() || key.starts_with('[') {
        return None;
    }
    let table = lines[..line - 1]
        .iter()
        .rev()
        .map(|l| l.trim())
        .find(|l| l.starts_with('[') && l.ends_with(']'))
        .map(|l| l.trim_matches(|c| c == '[' || c == ']').trim());
    Some(match table {
        Some(t) => format!("{t}.{key}"),
        None => key.to_string(),
    })
}
