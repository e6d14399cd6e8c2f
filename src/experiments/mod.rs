//! Experiments that run many trainings and compare them with published data. They may use
//! `reference`, `datasets` and `devices`; nothing below them reaches back up.
//!
//! - [`sweep`]: paper B's scaling study (and paper A's time constants) as parameter sweeps on
//!   the f64 reference, sharded, resumable and merged from CSV.

pub mod sweep;
