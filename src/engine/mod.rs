//! Engines: which execution of the design trains, what `auto` stands for, and building the
//! trainers. Every subcommand (train, timing, bench, export) builds its trainers here, from a
//! `chip::ChipPlan` for the cycle-accurate ones.
//!
//! - `fast`: the chip's fast cycle model (`model::FastTrainer`), bit-exact with the RTL;
//! - `rtl`: the chip's rust-hdl blocks driven directly ([`rtl::RtlTrainer`]);
//! - `reference` / `backprop`: the f64 trainers (`reference`): the MLP's, or paper B's CNN
//!   (`reference::conv_mgd`) for `network.kind = "cnn"`, which the chip refuses.

pub mod checkpoint;
pub mod rtl;

use crate::chip::{ChipError, ChipPlan};
use crate::config::{Config, ConfigError};
use crate::datasets::Dataset;
use crate::model::FastTrainer;
use crate::reference::conv::Cnn;
use crate::reference::conv_mgd::{CnnBackprop, CnnMgd, CnnSettings};
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

/// Most f64 values a CNN run may hold in its minibatch's activations (`mgd.batch` copies of
/// every op's input, pre-activation and output): 2^26, half a gigabyte each.
pub const MAX_CNN_BATCH_VALUES: usize = 1 << 26;

/// Paper B's CNN(d) of `config` on `data`'s images (`None` for an MLP), its size checked
/// against `limits::MAX_PARAMS` and its minibatch against [`MAX_CNN_BATCH_VALUES`].
pub fn cnn(config: &Config, data: &Dataset) -> Result<Option<Cnn>, ConfigError> {
    let crate::config::NetworkKind::Cnn { width, .. } = config.network.kind else {
        return Ok(None);
    };
    let Some([h, w, c]) = config.cnn_image(data.n_inputs, &data.name)? else {
        return Ok(None);
    };
    let net = Cnn::new(
        width,
        h,
        w,
        c,
        data.n_classes.max(1),
        config.network.activation,
    );
    let max = crate::limits::MAX_PARAMS;
    if net.n_params() > max || net.n_nodes() > max {
        return Err(config.invalid(
            "network.width",
            &format!(
                "a CNN of at most {max} parameters and nodes on the {h}x{w}x{c} images of `{}`",
                data.name
            ),
            format!(
                "{width} ({} parameters, {} nodes)",
                net.n_params(),
                net.n_nodes()
            ),
        ));
    }
    let batch = config.mgd.batch.max(config.backprop.batch);
    let values = batch.saturating_mul(3 * (net.n_nodes() + net.n_inputs()));
    if values > MAX_CNN_BATCH_VALUES {
        let field = if config.mgd.batch >= config.backprop.batch {
            "mgd.batch"
        } else {
            "backprop.batch"
        };
        return Err(config.invalid(
            field,
            &format!(
                "small enough that the minibatch's activations fit {MAX_CNN_BATCH_VALUES} values \
                 (this CNN holds about {} per sample)",
                3 * (net.n_nodes() + net.n_inputs())
            ),
            batch,
        ));
    }
    if data.train.is_empty() {
        return Err(config.invalid("data.dataset", "a data set with training samples", "none"));
    }
    Ok(Some(net))
}

/// The parameter count P of `config`'s network on `data` (a CNN's depends on the image).
pub fn n_params(config: &Config, data: &Dataset) -> Result<usize, ConfigError> {
    Ok(match cnn(config, data)? {
        Some(net) => net.n_params(),
        None => config.n_params(),
    })
}

/// The CNN's trainer for `engine` (`reference`: paper B's MGD with `[mgd]`; `backprop`: SGD
/// with `[backprop]`), or `None` for the chip engines, which refuse a CNN themselves.
fn cnn_trainer(
    engine: Engine,
    config: &Config,
    data: &Dataset,
    net: Cnn,
) -> Option<Box<dyn Trainer>> {
    let m = &config.mgd;
    let s = CnnSettings {
        target: m.target,
        batch: m.batch,
        tau_theta: m.tau_theta,
        dtheta: m.dtheta,
        eta: m.eta,
        init: (m.init_lo, m.init_hi),
        seed: config.run.seed,
        per_layer: m.per_layer,
    };
    let train = data.train.clone();
    match engine {
        Engine::Reference => Some(Box::new(CnnMgd::new(net, s, train))),
        Engine::Backprop => {
            let b = &config.backprop;
            let s = CnnSettings {
                eta: b.eta,
                batch: b.batch,
                ..s
            };
            Some(Box::new(CnnBackprop::new(net, s, train)))
        }
        Engine::Auto | Engine::Fast | Engine::Rtl => None,
    }
}

/// A trainer of any engine but `auto` (resolve it first). The f64 trainers fail only on a CNN
/// too large for the limits.
pub fn trainer(
    engine: Engine,
    config: &Config,
    data: &Dataset,
) -> Result<Box<dyn Trainer>, crate::Error> {
    if let Some(net) = cnn(config, data)? {
        if let Some(t) = cnn_trainer(engine, config, data, net) {
            return Ok(t);
        }
    }
    Ok(match engine {
        Engine::Fast | Engine::Auto => Box::new(fast(config, data)?),
        Engine::Rtl => Box::new(rtl(config, data)?),
        Engine::Reference => Box::new(crate::reference::Mgd::new(config, data)),
        Engine::Backprop => Box::new(crate::reference::Backprop::new(config, data)),
    })
}
