//! Experiments: everything that runs many trainings. They sit above the trainers
//! (`reference`, `model`) and the device models (`devices`), which never import them.
//!
//! - [`bias`]: paper C's modeling bias of jump tables (spec/DEVICES.md section 1);
//! - [`robustness`]: paper A's claim that MGD tolerates update noise and device variation;
//! - [`training`]: one network trained through several weight storages.

pub mod bias;
pub mod robustness;
pub mod training;
