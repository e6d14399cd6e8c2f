//! The crate's one error type: each layer's typed error, gathered by `#[from]`.

use crate::chip::ChipError;
use crate::config::ConfigError;
use crate::datasets::DatasetError;
use crate::devices::DeviceError;
use crate::engine::checkpoint::CheckpointError;
use crate::export::ExportError;
use crate::fixed::FixedError;

/// Any error mgdsim's library can return.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A configuration file or value was refused.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A data set could not be loaded or generated.
    #[error(transparent)]
    Dataset(#[from] DatasetError),
    /// A device table, device data or device model was refused.
    #[error(transparent)]
    Device(#[from] DeviceError),
    /// A config the chip cannot build, or data that do not fit its formats.
    #[error(transparent)]
    Chip(#[from] ChipError),
    /// A value that does not fit its fixed-point format.
    #[error(transparent)]
    Fixed(#[from] FixedError),
    /// A checkpoint could not be written or was refused.
    #[error(transparent)]
    Checkpoint(#[from] CheckpointError),
    /// Export, verification or synthesis failed.
    #[error(transparent)]
    Export(#[from] ExportError),
}

/// `Result` with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
