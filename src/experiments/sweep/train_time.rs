//! Sweeps b-e: train one point and record the first evaluated step at which the test accuracy
//! reaches each of 20/40/60/80% and the sweep's target, and the best accuracy seen.
//!
//! Digits points (b, c, d) use paper B's normalisation ([`Normalisation::PaperB`]: the step's
//! size does not shrink as P grows), random codes, tau_x = tau_p = 1; they are evaluated on the
//! held-out 20% every `eval_interval` steps. Sweep b stops at the target; c and d run the whole
//! budget (their best accuracy matters). Sweep e is paper A's setting (nist7x7, parity4: train =
//! test, its normalisation, the configs in sim/configs) and stops at the target (time to
//! solution: 80% for nist7x7, 90% for parity4, as spec/MGD.md section 7 states).
//!
//! Backprop points train with SGD, batch 1, one sample per step. Chip points (sweep e with
//! `--chip`) train the same generated config on the chip's fast cycle model: fixed point,
//! formats Q2.12, `eta_shift` derived from eta (paper A's normalisation, as the chip has it);
//! its steps are the RTL's (`tests/lockstep.rs`).

use super::plan::Plan;
use super::point::{Method, Outcome, Point, Sweep, THRESHOLDS};
use super::SweepError;
use crate::config::{Config, PerturbTarget};
use crate::datasets::Dataset;
use crate::reference::{Backprop, Mgd, Normalisation};
use crate::run::Trainer;

/// A validated config for the reference trainers, from generated TOML.
#[allow(clippy::too_many_arguments)]
pub fn mgd_config(
    layers: &[usize],
    target: PerturbTarget,
    tau_x: u32,
    tau_theta: u32,
    dtheta: f64,
    eta: f64,
    optimizer: &str,
    init: (f64, f64),
    seed: u64,
) -> Result<Config, SweepError> {
    let target = match target {
        PerturbTarget::Weight => "weight",
        PerturbTarget::Node => "node",
    };
    let layers: Vec<String> = layers.iter().map(|l| l.to_string()).collect();
    let text = format!(
        "[network]\nlayers = [{}]\nactivation = \"sigmoid\"\n\
         [mgd]\nperturbation = \"random\"\ntarget = \"{target}\"\ntau_x = {tau_x}\ntau_p = 1\n\
         tau_theta = {tau_theta}\ndtheta = {dtheta:?}\neta = {eta:?}\noptimizer = \"{optimizer}\"\n\
         init_lo = {:?}\ninit_hi = {:?}\n\
         [run]\nseed = {seed}\n\
         [backprop]\neta = {eta:?}\nbatch = 1\n",
        layers.join(", "),
        init.0,
        init.1
    );
    Ok(Config::parse("<generated sweep config>", &text)?)
}

/// Per-data-set settings of sweep e (paper A's, from sim/configs).
struct Task {
    dtheta: f64,
    init: (f64, f64),
    target: f64,
    layers: Vec<usize>,
}

fn task(plan: &Plan, p: &Point, data: &Dataset) -> Task {
    match (plan.sweep, p.dataset.as_str()) {
        (Sweep::E, "parity4") => Task {
            dtheta: 0.05,
            init: (-1.0, 1.0),
            target: 0.9,
            layers: vec![data.n_inputs, p.width, 1],
        },
        (Sweep::E, _) => Task {
            dtheta: 0.01,
            init: (-0.5, 0.5),
            target: 0.8,
            layers: vec![data.n_inputs, p.width, data.n_classes],
        },
        _ => Task {
            dtheta: plan.knobs.dtheta,
            init: (-0.5, 0.5),
            target: plan.knobs.target,
            layers: plan.digits_layers(p.width),
        },
    }
}

/// Train one point of sweeps b-e on `data`.
pub fn run(plan: &Plan, p: &Point, data: &Dataset) -> Result<Outcome, SweepError> {
    let t = task(plan, p, data);
    let target = match p.method {
        Method::Np => PerturbTarget::Node,
        _ => PerturbTarget::Weight,
    };
    let mut cfg = mgd_config(
        &t.layers,
        target,
        p.tau_x,
        p.tau_theta,
        t.dtheta,
        p.eta,
        p.optimizer.name(),
        t.init,
        p.seed,
    )?;
    // The chip halts after `run.steps` (its step counter's budget): give it the sweep's.
    cfg.run.steps = plan.knobs.steps;
    let mut trainer: Box<dyn Trainer> = match p.method {
        Method::Bp => Box::new(Backprop::new(&cfg, data)),
        // The chip's fast model: its default formats (Q2.12), eta_shift derived from eta.
        Method::Chip => {
            Box::new(
                crate::engine::fast(&cfg, data).map_err(|e| SweepError::Chip {
                    point: p.key(),
                    reason: format!("{:#}", anyhow::Error::from(e)),
                })?,
            )
        }
        Method::Wp | Method::Np => {
            let mut m = Mgd::new(&cfg, data);
            if plan.sweep != Sweep::E {
                m.set_normalisation(Normalisation::PaperB);
            }
            Box::new(m)
        }
    };
    let stop = matches!(plan.sweep, Sweep::B | Sweep::E);
    let mut out = watch(
        trainer.as_mut(),
        data,
        plan.knobs.steps,
        plan.knobs.eval_interval,
        t.target,
        stop,
    );
    out.params = cfg.n_params();
    out.nodes = t.layers[1..].iter().sum();
    Ok(out)
}

/// Train `trainer` for up to `steps`, evaluating the test split every `every` steps (and at
/// 0); stop at `target` if `stop`.
pub fn watch(
    trainer: &mut dyn Trainer,
    data: &Dataset,
    steps: u64,
    every: u64,
    target: f64,
    stop: bool,
) -> Outcome {
    let mut out = Outcome {
        target: Some(target),
        ..Outcome::default()
    };
    let every = every.max(1);
    loop {
        trainer.settle();
        let acc = trainer.evaluate(&data.test).accuracy;
        let at = trainer.steps();
        out.best_acc = Some(out.best_acc.map_or(acc, |b: f64| b.max(acc)));
        out.final_acc = Some(acc);
        for (k, thr) in THRESHOLDS.iter().enumerate() {
            if out.to[k].is_none() && acc >= *thr {
                out.to[k] = Some(at);
            }
        }
        if out.to_target.is_none() && acc >= target {
            out.to_target = Some(at);
        }
        if at >= steps || (stop && out.to_target.is_some()) {
            break;
        }
        for _ in 0..every.min(steps - at) {
            trainer.step();
        }
        if trainer.steps() == at {
            break; // a trainer that has halted (the chip at its step budget) ends the run
        }
    }
    out.steps = trainer.steps();
    out
}

/// Updates made in `steps` MGD steps at `tau_theta` (sweep d counts in updates).
pub fn updates(steps: u64, tau_theta: u32) -> u64 {
    steps / u64::from(tau_theta.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A trainer that halts before the sweep's budget (the chip at its `run.steps`) ends the
    /// watch instead of spinning on evaluations.
    #[test]
    fn a_halted_trainer_ends_the_watch() {
        let mut c = crate::fixtures::xor_config();
        c.run.steps = 50;
        let data = crate::fixtures::xor_data();
        let mut chip = crate::engine::fast(&c, &data).unwrap();
        let out = watch(&mut chip, &data, 1_000, 20, 1.1, false);
        assert_eq!(out.steps, 50);
    }
}
