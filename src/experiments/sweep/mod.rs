//! `mgdsim sweep`: paper B's scaling study (arXiv:2501.15403, Figs. 3-6) and paper A's time
//! constants, reproduced on the f64 reference with digits MLPs, nist7x7 and 4-bit parity.
//!
//! - [`point`]: what one training is (a CSV key) and what it measured (the rest of the row);
//! - [`plan`]: which points each sweep runs, and their fixed settings;
//! - [`grad_time`]: sweep a, iterations until `cos(G, grad) >= cos 15 deg`;
//! - [`train_time`]: sweeps b-e, trainings watched for accuracy thresholds;
//! - [`runner`]: sharding (`K/N`), the append-only results file that makes a rerun resume,
//!   rayon, and the merge of shard files;
//! - [`published`]: the authors' figure data, read from their CSVs;
//! - [`report`]: tables (ours beside theirs, with ratios), log-log slopes;
//! - [`plot`]: the SVGs.
//!
//! Every point is seeded and independent of the others, so its row does not depend on the
//! thread count, the shard or the order points finish in.
//!
//! Seam for the chip: [`train_time`] trains anything that implements [`crate::run::Trainer`];
//! a fast-model engine can be added there as one more [`point::Method`] once the chip can
//! build these configs.

pub mod grad_time;
pub mod plan;
pub mod plot;
pub mod point;
pub mod published;
pub mod report;
pub mod runner;
pub mod train_time;

pub use plan::{Plan, Settings};
pub use point::{Method, Opt, Outcome, Point, Row, Sweep};

/// A sweep could not run, resume or merge.
#[derive(Debug, thiserror::Error)]
pub enum SweepError {
    /// A file could not be read or written.
    #[error("{path}: {cause}")]
    Io {
        /// The file.
        path: String,
        /// The operating system's reason.
        cause: std::io::Error,
    },
    /// A results file that is not what this program writes.
    #[error("{path}:{line}: {reason}")]
    Csv {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// The chip cannot build a point's configuration.
    #[error("point {point}: the chip cannot build it: {reason}")]
    Chip {
        /// The point's key.
        point: String,
        /// The chip plan's refusal.
        reason: String,
    },
    /// Two files measured the same point differently, or were made with other settings.
    #[error("{path}:{line}: {reason}")]
    Conflict {
        /// The second file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What disagrees.
        reason: String,
    },
    /// A bad `--shard`.
    #[error("--shard: {0}")]
    Shard(String),
    /// A generated config was refused (a bad flag value, usually).
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    /// The data set could not be loaded.
    #[error(transparent)]
    Dataset(#[from] crate::datasets::DatasetError),
    /// Nothing to merge or report.
    #[error("{0}")]
    Empty(String),
}
