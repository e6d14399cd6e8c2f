//! The fast cycle model: the chip of `blocks/` executed again in plain Rust, register for
//! register and cycle for cycle, orders of magnitude faster than rust-hdl.
//!
//! Same file and register names as `blocks/` (`sequencer`, `perturbation`, `network`, `cost`,
//! `correlator`, `accumulator`, `trainer`); each file's state is plain data (serde), each
//! block's edge a pure function, the memories `Vec`s. `trainer::FastTrainer` owns the loop and
//! skips idle cycles arithmetically (see its module doc); `engine::checkpoint` saves and
//! restores it.
//! `model/` and `blocks/` never import each other: `tests/lockstep.rs` proves them equal.
//! `storage` (weights in device models, behind the accumulator's pulse commands) has no twin:
//! the RTL refuses such configs.

pub mod accumulator;
pub mod bank_reads;
pub mod correlator;
pub mod cost;
pub mod network;
pub mod perturbation;
pub mod regs;
pub mod score;
pub mod sequencer;
pub mod storage;
pub mod trainer;
pub mod vcd;

pub use trainer::FastTrainer;
