//! Engines: which execution of the design trains, what `auto` stands for, and building the
//! trainers. Every subcommand (train, timing, bench, export) builds its trainers here, from a
//! `chip::ChipPlan` for the cycle-accurate ones.
//!
//! - `fast`: the chip's fast cycle model (`model::FastTrainer`), bit-exact with the RTL;
//! - `rtl`: the chip's rust-hdl blocks driven directly ([`rtl::RtlTrainer`]);
//! - `reference` / `backprop`: the f64 trainers (`reference`).

pub mod checkpoint;
pub mod rtl;

use crate::chip::{ChipError, ChipPlan};
use crate::config::Config;
use crate::datasets::Dataset;
use crate::model::FastTrainer;
use crate::run::Trainer;

pub use rtl::RtlTrainer;

/// Which execution of the design trains.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Engine {
    /// The fast cycle model when the chip can build the config, else the f64 reference.
    #[default]
    Auto,
    /// The chip's fast cycle model: bit-exact with the RTL, cycle for cycle (with a non-ideal
    /// `[device]`, the same digital core with its weights in Rust device models).
    Fast,
    /// MGD in f64, exactly as the papers state it.
    Reference,
    /// SGD with backpropagation on the same network and cost (the baseline).
    Backprop,
    /// The chip's rust-hdl blocks, simulated cycle by cycle (driven directly, not threaded).
    Rtl,
}

impl Engine {
    /// The engine counts clock cycles (the chip's twins).
    pub fn is_cycle_accurate(self) -> bool {
        matches!(self, Engine::Fast | Engine::Rtl)
    }
}

/// The engine `auto` stands for, with a note for the user: the fast chip model if the chip
/// can build the config and hold its training set (noting when the weights are in device
/// models, which the RTL has not), else the f64 reference (saying why). Other engines stand
/// for themselves.
pub fn resolve(engine: Engine, config: &Config, data: &Dataset) -> (Engine, Option<String>) {
    if engine != Engine::Auto {
        return (engine, None);
    }
    match ChipPlan::new(config, &data.train) {
        Ok(plan) => {
            let note = plan.storage.as_ref().map(|_| {
                let field = config.weight_storage_field().unwrap_or("device");
                format!(
                    "`[{field}]` has no RTL twin (device models are Rust only): running the fast \
                     model, whose digital core sends its updates to them as pulse commands"
                )
            });
            (Engine::Fast, note)
        }
        Err(e) => {
            let why = match &e {
                ChipError::Config(c) => c.to_string(),
                ChipError::Data { source, .. } => format!("{e}: {source}"),
            };
            (
                Engine::Reference,
                Some(format!(
                    "no chip twin for this config ({why}): running the f64 reference"
                )),
            )
        }
    }
}

/// The fast model of `config` on `data`, reset, carrying its checkpoint hashes.
pub fn fast(config: &Config, data: &Dataset) -> Result<FastTrainer, ChipError> {
    checkpoint::fast_trainer(config, data)
}

/// The RTL of `config` on `data`, reset.
pub fn rtl(config: &Config, data: &Dataset) -> Result<RtlTrainer, ChipError> {
    Ok(RtlTrainer::new(ChipPlan::for_rtl(config, &data.train)?))
}

/// A trainer of any engine but `auto` (resolve it first). The f64 trainers cannot fail.
pub fn trainer(
    engine: Engine,
    config: &Config,
    data: &Dataset,
) -> Result<Box<dyn Trainer>, ChipError> {
    Ok(match engine {
        Engine::Fast | Engine::Auto => Box::new(fast(config, data)?),
        Engine::Rtl => Box::new(rtl(config, data)?),
        Engine::Reference => Box::new(crate::reference::Mgd::new(config, data)),
        Engine::Backprop => Box::new(crate::reference::Backprop::new(config, data)),
    })
}
