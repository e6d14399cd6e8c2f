//! The cocotb testbench of an exported design, `testbenches/cocotb/<stem>/`: `design.py` (the
//! design's constants, the paths of its Verilog and vectors, and the training accuracy that
//! the Rust evaluation gives the weights of each checkpoint), `model.py` (a fixed-point model of
//! the network, the twin of `model::network`), `test_trainer.py` (reset, train, read the
//! weights out, compare with the golden vectors, evaluate them with the model; the stalled
//! stream) and `run.py` (builds with Icarus Verilog and runs the tests through
//! `cocotb_tools.runner`; exit status 1 on a failure). The Python files are `cocotb/*.py`
//! beside this one. Test: `tests/cocotb.rs`.

use std::path::{Path, PathBuf};

use super::vectors::Vectors;
use super::{write_file, Design, Result};
use crate::config::Activation;
use crate::fixed::Theta;
use crate::model::network;

const MODEL: &str = include_str!("cocotb/model.py");
const TEST: &str = include_str!("cocotb/test_trainer.py");
const RUN: &str = include_str!("cocotb/run.py");

/// `to` as seen from folder `from`: relative when both are relative, else absolute.
pub fn relative(from: &Path, to: &Path) -> PathBuf {
    if from.is_relative() && to.is_relative() {
        // Up from `from` to the common prefix, then down to `to` (so an export into
        // `target/x/{rtl,testbenches}` writes the same text as one into `{rtl,testbenches}`).
        let (f, t): (Vec<_>, Vec<_>) = (from.components().collect(), to.components().collect());
        let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
        let mut p: PathBuf = std::iter::repeat_n("..", f.len() - common).collect();
        p.extend(&t[common..]);
        p
    } else {
        std::path::absolute(to).unwrap_or_else(|_| to.to_path_buf())
    }
}

/// `design.py` for `design`, whose Verilog is `verilog` and vectors `vectors_dir`, seen from
/// the cocotb folder `dir`.
pub fn design_py(
    design: &Design,
    vec: &Vectors,
    dir: &Path,
    verilog: &Path,
    vectors_dir: &Path,
) -> String {
    let f = &design.plan.formats;
    let activation = match f.activation {
        Activation::HardSigmoid => "hard_sigmoid",
        Activation::Relu => "relu",
        Activation::Sigmoid => "sigmoid",
        Activation::Tanh => "tanh",
    };
    let acc: Vec<String> = vec
        .checkpoints
        .iter()
        .map(|cp| {
            let w: Vec<Theta> = cp.theta.iter().map(|&t| Theta(t)).collect();
            let a = network::evaluate(f, &design.plan.layers, &w, &design.data.train)
                .map_or(f64::NAN, |(_, a)| a);
            format!("    {}: {a:?},", cp.cycle)
        })
        .collect();
    let n_in = design.plan.layers[0];
    let samples: Vec<String> = (design.plan.labels.iter().enumerate())
        .map(|(k, l)| {
            let x: Vec<i32> = design.plan.inputs[k * n_in..(k + 1) * n_in]
                .iter()
                .map(|a| a.0)
                .collect();
            format!("    ({x:?}, {l}),")
        })
        .collect();
    format!(
        "\"\"\"Constants of {top} ({path}), written by `mgdsim export`. Do not edit: regenerate.\"\"\"\n\n\
         STEM = \"{stem}\"\n\
         TOP = \"{top}\"\n\
         RTL = \"{rtl}\"  # relative to this folder\n\
         VECTORS_DIR = \"{vectors}\"  # relative to this folder\n\
         N_PARAMS = {p}\n\
         LAYERS = {layers:?}\n\
         ACT_FRAC = {act_frac}\n\
         ACT_WIDTH = {act_width}\n\
         THETA_FRAC = {theta_frac}\n\
         ACTIVATION = \"{activation}\"\n\
         STREAM_ONLY = {stream_only}\n\
         # Correct samples at which the chip halts at its target (S + 1: it does not stop).\n\
         NEED = {need}\n\
         # Evaluations of the chip's own that end within {budget} cycles (the free-running test\n\
         # checks that many; 0: the chip does not evaluate).\n\
         EVALS = {evals}\n\
         # The training set as the chip holds it (raw act integers, label), in its order: what a\n\
         # stream source sends for `sample_index`, and what the chip evaluates.\n\
         SAMPLES = [\n{samples}\n]\n\
         # Training-set accuracy of the weights at each checkpoint (cycle: accuracy), from the\n\
         # Rust evaluation (`model::network::evaluate`, the rule of `mgdsim train`).\n\
         EXPECTED_ACCURACY = {{\n{acc}\n}}\n",
        top = design.top_name(),
        path = design.path,
        stem = design.stem,
        rtl = relative(dir, verilog).display(),
        vectors = relative(dir, vectors_dir).display(),
        p = design.n_params(),
        layers = design.plan.layers,
        act_frac = f.act.frac_bits,
        act_width = f.act.width(),
        theta_frac = f.theta.frac_bits,
        stream_only = if design.plan.stream_only { "True" } else { "False" },
        acc = acc.join("\n"),
        samples = samples.join("\n"),
        need = design.plan.schedule.need,
        budget = COCOTB_CYCLES,
        evals = evals_within(&design.plan.schedule, COCOTB_CYCLES),
    )
}

/// Cycles the free-running cocotb test may run (Icarus under cocotb runs a few thousand
/// cycles a second).
pub const COCOTB_CYCLES: u64 = 60_000;

/// Evaluations of `t`'s chip that end within `cycles` cycles of the reset (at least the one
/// after Init when the chip evaluates).
pub fn evals_within(t: &crate::chip::Schedule, cycles: u64) -> u64 {
    if !t.evaluate {
        return 0;
    }
    let (mut evals, mut at) = (0, t.reset());
    for n in 0..=u64::from(t.max_steps) {
        if n > 0 {
            at += t.step(n - 1);
        }
        if t.evaluates_after(n) {
            at += t.eval();
            if at > cycles && evals > 0 {
                break;
            }
            evals += 1;
        }
        if at > cycles {
            break;
        }
    }
    evals
}

/// Write the cocotb testbench of `design` into `dir`.
pub fn write(
    design: &Design,
    vec: &Vectors,
    dir: &Path,
    verilog: &Path,
    vectors_dir: &Path,
) -> Result<()> {
    write_file(
        &dir.join("design.py"),
        &design_py(design, vec, dir, verilog, vectors_dir),
    )?;
    write_file(&dir.join("model.py"), MODEL)?;
    write_file(&dir.join("test_trainer.py"), TEST)?;
    write_file(&dir.join("run.py"), RUN)
}
