//! Weights stored in imperfect devices (spec/DEVICES.md section 1).
//!
//! On a chip the weights may live in analog devices (ReRAM, PCM, ...) that move in random,
//! state-dependent steps, and some of them are stuck. MGD is model-free, so the trainers only
//! need a swappable [`WeightStore`]: they request `theta += delta` and read back whatever the
//! devices did.
//!
//! What is modelled, and where it would live on silicon:
//! - **Digital (RTL)**: the MGD core computes `delta` and turns it into a signed pulse count
//!   `n = stochastic_round(delta / step_nominal)` ([`store::stochastic_round`]); it emits
//!   SET pulses when `n > 0`, RESET when `n < 0`, as an FPGA driving a crossbar would.
//! - **Device models (plain Rust, never RTL)**: what one pulse does to a conductance
//!   ([`Device`]): the analytical exponential device ([`Exponential`]), a steeper synthetic
//!   TiOx-like device ([`Tiox`]), or a measured population as a [`JumpTable`]; and the read-back
//!   mapping conductance -> weight ([`Conductance`]). Simpler stores ([`Ideal`],
//!   [`UpdateNoise`], [`StepVariation`]) and stuck-at faults ([`StuckAt`]) wrap or replace them.
//!
//! Building jump tables from device data (binning, optimized binning) is in [`binning`]; the
//! device-level error of a table against a known device (mean, std, KS, Wasserstein-1) in
//! [`metrics`]. Stuck-at crossbars for inference ([`crossbar`]) and layer ensemble averaging with its MAO baseline ([`lea`]) are section 2 of the spec.
//!
//! The stores plug into the f64 reference (`reference::Mgd`) and into the chip's fast model
//! (`model::storage`, behind the digital core's pulse commands); the RTL has none.
//!
//! Experiments that train through these stores (bias, robustness, training) are in
//! `crate::experiments`, above `devices`, which never imports them.
//!
//! All randomness is a caller-owned, seeded `rand_chacha::ChaCha8Rng`.

pub mod accumulate;
pub mod binning;
pub mod conductance;
pub mod crossbar;
pub mod device;
pub mod exponential;
pub mod faults;
pub mod jump_table;
pub mod lea;
pub mod metrics;
pub mod stats;
pub mod storage;
pub mod store;
pub mod tiox;

pub use binning::{bin_table, optimize_binning, synthesize, DeviceData, RowShape};
pub use conductance::Conductance;
pub use device::{AnalyticDevice, Device, Polarity};
pub use exponential::Exponential;
pub use faults::StuckAt;
pub use jump_table::{JumpTable, PolarityTable, RowInterp};
pub use metrics::{device_errors, DeviceErrors};
pub use storage::{DeviceModel, Ideal, StepVariation, StuckSpec, UpdateNoise};
pub use store::{stochastic_round, WeightStore};
pub use tiox::Tiox;

/// A device model, table or data file was refused.
#[derive(Debug, thiserror::Error)]
pub enum DeviceError {
    /// Unreadable or unwritable file.
    #[error("cannot access {path}: {cause}")]
    Io {
        /// The file.
        path: String,
        /// Why (in the message: a config quotes this error as a value, without its chain).
        cause: std::io::Error,
    },
    /// A cell of a table or data file out of its allowed range or shape.
    #[error("{path}:{line}:{column}: `{field}` must be {expected}, got {got}")]
    Invalid {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based CSV column (the row label, if any, is column 1).
        column: usize,
        /// What the cell is, e.g. `set.cdf[2][3]`.
        field: String,
        /// What is allowed.
        expected: String,
        /// What was given.
        got: String,
    },
    /// A parameter given in code (or by a config) out of its allowed range.
    #[error("`{field}` must be {expected}, got {got}")]
    Parameter {
        /// Parameter name, e.g. `update_noise.sigma`.
        field: String,
        /// What is allowed.
        expected: String,
        /// What was given.
        got: String,
    },
}

impl DeviceError {
    /// A [`DeviceError::Parameter`].
    pub fn parameter(field: &str, expected: &str, got: impl std::fmt::Display) -> Self {
        DeviceError::Parameter {
            field: field.to_string(),
            expected: expected.to_string(),
            got: got.to_string(),
        }
    }
}
