//! Experiments: everything that runs many trainings, and compares them with published data.
//! They sit above the trainers (`reference`, `model`) and the device models (`devices`),
//! which never import them.
//!
//! - [`bias`]: paper C's modeling bias of jump tables (spec/DEVICES.md section 1);
//! - [`robustness`]: paper A's claim that MGD tolerates update noise and device variation;
//! - [`training`]: one network trained through several weight storages;
//! - [`sweep`]: paper B's scaling study (and paper A's time constants) as parameter sweeps on
//!   the f64 reference, sharded, resumable and merged from CSV;
//! - [`crossbar_net`]: a trained network ternarized and mapped onto faulty crossbars (LEA, MAO,
//!   committee machines), evaluated through its analog matrix-vector products;
//! - [`lea_sweep`]: paper D's Fig. 4b on digits: accuracy and mapping error against the stuck
//!   fraction and `alpha`;
//! - [`lea_diag`]: ablations that locate the accuracy LEA loses on digits (weight-noise
//!   tolerance of the network in software, read-back weights, one layer at a time);
//! - [`mgd_in_place`]: beyond paper D, MGD trains the network on the faulty crossbar itself
//!   (chip in the loop), compared with LEA at equal device count;
//! - [`sgd`]: SGD with elastic weight consolidation and ternary-aware fine-tuning;
//! - [`ternary_fit`]: post-training ternarization by layer-wise reconstruction (BRECQ's
//!   idea, paper D's quantizer);
//! - [`yinyang_cl`]: paper D's two-task Yin-Yang continual learning with EWC, mapped with LEA
//!   over the (alpha, beta) grid (Fig. 5b).

pub mod bias;
pub mod crossbar_net;
pub mod lea_diag;
pub mod lea_sweep;
pub mod mgd_in_place;
pub mod robustness;
pub mod sgd;
pub mod sweep;
pub mod ternary_fit;
pub mod training;
pub mod yinyang_cl;
