//! Experiments: everything that runs many trainings, and compares them with published data.
//! They sit above the trainers (`reference`, `model`) and the device models (`devices`),
//! which never import them.
//!
//! - [`bias`]: paper C's modeling bias of jump tables (spec/DEVICES.md section 1);
//! - [`robustness`]: paper A's claim that MGD tolerates update noise and device variation;
//! - [`training`]: one network trained through several weight storages;
//! - [`sweep`]: paper B's scaling study (and paper A's time constants) as parameter sweeps on
//!   the f64 reference, sharded, resumable and merged from CSV.

pub mod bias;
pub mod robustness;
pub mod sweep;
pub mod training;
