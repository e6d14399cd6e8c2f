//! # mgdsim
//!
//! A cycle-level simulator of a digital chip that trains its own neural network with
//! multiplexed gradient descent (MGD), and the exporter of that chip as Verilog.
//!
//! ```text
//!             config (TOML)
//!                |
//!    +-----------+-------------------------+
//!    |                                     |
//!  RTL blocks (rust-hdl, `blocks`)    fast cycle model (`model`)
//!    |  generate_verilog                  |  long runs
//!    v                                    v
//!  rtl/*.v -- testbenches replay golden vectors
//! ```
//!
//! Beside them sits a floating-point reference (`reference`): MGD in f64 exactly as the papers
//! state it, and a backpropagation baseline on the same network. Data flows down this picture;
//! nothing below reaches back up.
#![warn(missing_docs)]

pub mod blocks;
pub mod chip;
pub mod cli;
pub mod config;
pub mod datasets;
pub mod devices;
pub mod engine;
pub mod error;
pub mod experiments;
pub mod export;
pub mod fixed;
#[doc(hidden)]
pub mod fixtures;
pub mod limits;
pub mod model;
pub mod reference;
pub mod run;
pub mod stats;
pub mod timing;

pub use error::{Error, Result};
