//! The crate's one error type: each layer's typed error, gathered by `#[from]`.

use crate::config::ConfigError;
use crate::datasets::DatasetError;
use crate::devices::DeviceError;

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
}

/// `Result` with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
