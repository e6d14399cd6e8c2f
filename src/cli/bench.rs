//! `mgdsim bench`: simulated clock cycles per second of the three executions of the same chip,
//! measured in one run on one machine: (a) the fast cycle model (`model::FastTrainer`),
//! (b) rust-hdl driven directly (`engine::rtl::RtlTrainer`), (c) Verilator (`-O3`) on the
//! exported Verilog of the same `MgdTrainer`, clocked by `bench/harness.cpp`, all at the
//! configuration's own L (1 for the built-in designs); the fast model and Verilator again at
//! L = P lanes (`chip::lanes`). The chip never halts while measured (no step budget, no stop at
//! the target). Prints a table with steps per second and the ratio to Verilator at the same L.
//! Verilator's runs are also checks: its step count and weights after N cycles must equal the
//! fast model's after N cycles, at both L; and the fast model's weights at L = P equal those
//! at the configuration's L after the same steps. Results:
//! `docs/PERFORMANCE.md`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{bail, ensure, Context};
use clap::Args;
use rust_hdl::prelude::*;

use crate::blocks::trainer::MgdTrainer;
use crate::chip::ChipPlan;
use crate::config::{Activation, Config};
use crate::datasets::{self, Dataset};
use crate::run::Trainer;

/// `mgdsim bench` arguments.
#[derive(Args, Debug, Default)]
pub struct BenchArgs {
    /// Configuration to measure (TOML); default: XOR and a NIST7x7-shaped 49-4-4 hard-sigmoid
    /// network (the lockstep test's configurations).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Clock cycles for the fast model and Verilator (rust-hdl runs `cycles / 100` clamped to
    /// 20 000..=200 000: it is slow, and a rate needs no more).
    #[arg(long, default_value_t = 20_000_000)]
    cycles: u64,
}

/// One engine's measurement.
struct Row {
    engine: String,
    cycles: u64,
    steps: u64,
    seconds: f64,
}

impl Row {
    fn rate(&self) -> f64 {
        self.cycles as f64 / self.seconds
    }

    fn step_rate(&self) -> f64 {
        self.steps as f64 / self.seconds
    }
}

/// The built-in XOR configuration (as `fixtures::xor_config`).
const XOR: &str = r#"
[network]
layers = [2, 2, 1]
activation = "hard_sigmoid"
[mgd]
dtheta = 0.2
eta = 0.1
init_lo = 0.0
init_hi = 1.0
[data]
dataset = "xor"
[run]
seed = 6
[fixed]
theta = "Q2.12"
act = "Q2.12"
grad_width = 32
eta_shift = 10
"#;

fn builtin(name: &str) -> anyhow::Result<Config> {
    let mut c = Config::parse(&format!("<bench {name}>"), XOR)?;
    if name == "nist7x7" {
        c.network.layers = vec![49, 4, 4];
        c.network.activation = Activation::HardSigmoid;
        c.mgd.dtheta = 0.05;
        c.mgd.init_lo = -0.5;
        c.mgd.init_hi = 0.5;
        c.run.seed = 1;
        c.data.dataset = "nist7x7".into();
    }
    Ok(c)
}

/// Run `mgdsim bench`.
pub fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    ensure!(
        args.cycles >= 1000,
        "--cycles must be >= 1000, got {}",
        args.cycles
    );
    let verilator = which_verilator()?;
    let cases: Vec<(String, Config, PathBuf)> = match &args.config {
        Some(path) => {
            let c = Config::load(path).with_context(|| format!("reading {}", path.display()))?;
            c.require_mlp("`mgdsim bench`")?;
            let base = path.parent().unwrap_or(Path::new(".")).to_path_buf();
            let name = path
                .file_stem()
                .map_or("config".into(), |s| s.to_string_lossy().into_owned());
            vec![(name, c, base)]
        }
        None => vec![
            ("xor".into(), builtin("xor")?, ".".into()),
            (
                "nist7x7-hard-sigmoid".into(),
                builtin("nist7x7")?,
                ".".into(),
            ),
        ],
    };
    println!("{verilator}");
    for (name, mut config, base) in cases {
        // Never halt while measuring: a halted chip's cycles are no steps.
        config.run.steps = u32::MAX as u64;
        config.run.stop_at_target = false;
        let d = &config.data;
        let data = datasets::load(&d.dataset, &base, d.test_fraction, d.seed)
            .with_context(|| format!("loading data set `{}`", d.dataset))?;
        bench_one(&name, &config, &data, args.cycles)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn which_verilator() -> anyhow::Result<String> {
    let out = Command::new("verilator")
        .arg("--version")
        .output()
        .context(
            "`mgdsim bench` needs Verilator on PATH (e.g. `apt-get install verilator`); not found",
        )?;
    ensure!(out.status.success(), "`verilator --version` failed");
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn bench_one(name: &str, config: &Config, data: &Dataset, cycles: u64) -> anyhow::Result<()> {
    let p = config.n_params();
    let l0 = config.chip.lanes;
    println!(
        "\n{name}: layers {:?}, {p} parameters, {:?} perturbation, taus {}/{}/{}",
        config.network.layers,
        config.mgd.perturbation,
        config.mgd.tau_x,
        config.mgd.tau_p,
        config.mgd.tau_theta
    );
    // (a) fast model.
    let mut fast = crate::engine::fast(config, data)?;
    let (c0, s0) = (fast.cycles(), fast.steps());
    let t0 = Instant::now();
    crate::model::vcd::run_to(&mut fast, cycles);
    let fast_row = Row {
        engine: format!("fast model (model::FastTrainer) at L = {l0}"),
        cycles: fast.cycles() - c0,
        steps: fast.steps() - s0,
        seconds: t0.elapsed().as_secs_f64(),
    };
    // (a') the fast model at L = P lanes, for as many cycles.
    let mut wide_config = config.clone();
    wide_config.chip.lanes = p;
    let mut wide = crate::engine::fast(&wide_config, data)?;
    let (c0, s0) = (wide.cycles(), wide.steps());
    let t0 = Instant::now();
    crate::model::vcd::run_to(&mut wide, cycles);
    let wide_row = Row {
        engine: format!("fast model at L = P = {p}"),
        cycles: wide.cycles() - c0,
        steps: wide.steps() - s0,
        seconds: t0.elapsed().as_secs_f64(),
    };
    // The run does not depend on L: a fresh run at the config's L to the same step has the same
    // weights.
    let mut same = crate::engine::fast(&wide_config, data)?;
    let mut one = crate::engine::fast(config, data)?;
    while same.steps() < wide.steps() {
        same.step();
        one.step();
    }
    ensure!(
        same.weights() == one.weights(),
        "the fast model's weights after {} steps differ between L = {l0} and L = {p}",
        same.steps()
    );
    // (b) rust-hdl, driven directly.
    let mut rtl = crate::engine::rtl(config, data)?;
    let rtl_cycles = (cycles / 100).clamp(20_000, 200_000);
    let (c0, s0) = (rtl.cycles(), rtl.steps());
    let t0 = Instant::now();
    while rtl.cycles() - c0 < rtl_cycles {
        rtl.step();
    }
    let rtl_row = Row {
        engine: format!("rust-hdl (engine::rtl::RtlTrainer) at L = {l0}"),
        cycles: rtl.cycles() - c0,
        steps: rtl.steps() - s0,
        seconds: t0.elapsed().as_secs_f64(),
    };
    // (c) Verilator on the exported Verilog, at the config's L and at L = P.
    let mut v_rows = vec![];
    for (at_p, c, model) in [(false, config, &fast), (true, &wide_config, &wide)] {
        let stem = format!("{name}-lanes{}", c.chip.lanes);
        let (mut row, v_steps, v_theta) = verilator_run(&stem, c, data, cycles)?;
        row.steps = v_steps;
        row.engine = match at_p {
            true => format!("Verilator at L = P = {}", c.chip.lanes),
            false => format!("Verilator at L = {}", c.chip.lanes),
        };
        let want: Vec<i32> = model.weights().iter().map(|t| t.0).collect();
        ensure!(
            v_steps == model.steps() && v_theta == want,
            "Verilator and the fast model disagree at L = {} after {cycles} cycles: steps \
             {v_steps} vs {}, theta {v_theta:?} vs {want:?}",
            c.chip.lanes,
            model.steps()
        );
        println!(
            "check: after {cycles} cycles at L = {} Verilator and the fast model agree ({} \
             steps, {p} weights)",
            c.chip.lanes,
            model.steps()
        );
        v_rows.push(row);
    }
    println!(
        "check: after {} steps the fast model at L = {p} has the weights of L = {l0}",
        same.steps()
    );
    println!(
        "| engine | cycles | steps | seconds | cycles/s | steps/s | steps/s vs Verilator at the same L |\n|---|---:|---:|---:|---:|---:|---:|"
    );
    for (r, v) in [
        (&fast_row, &v_rows[0]),
        (&v_rows[0], &v_rows[0]),
        (&rtl_row, &v_rows[0]),
        (&wide_row, &v_rows[1]),
        (&v_rows[1], &v_rows[1]),
    ] {
        println!(
            "| {} | {} | {} | {:.3} | {:.3e} | {:.3e} | {:.3}x |",
            r.engine,
            r.cycles,
            r.steps,
            r.seconds,
            r.rate(),
            r.step_rate(),
            r.step_rate() / v.step_rate()
        );
    }
    println!(
        "(cycles/s vs Verilator at L = {l0}: fast {:.3}x, rust-hdl {:.3}x; at L = {p}: fast {:.3}x)",
        fast_row.rate() / v_rows[0].rate(),
        rtl_row.rate() / v_rows[0].rate(),
        wide_row.rate() / v_rows[1].rate()
    );
    Ok(())
}

/// Build (once per design, under `target/bench-verilator/NAME`) and run the Verilator model.
/// Returns its row, its step count and its weights after `cycles` cycles.
fn verilator_run(
    name: &str,
    config: &Config,
    data: &Dataset,
    cycles: u64,
) -> anyhow::Result<(Row, u64, Vec<i32>)> {
    let plan = ChipPlan::for_rtl(config, &data.train)?;
    let verilog = generate_verilog(&MgdTrainer::connected(&plan));
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let dir = Path::new(&target).join("bench-verilator").join(name);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let top = dir.join("top.v");
    let harness = dir.join("harness.cpp");
    let exe = dir.join("obj_dir").join("Vtop");
    let old = std::fs::read_to_string(&top).unwrap_or_default();
    let cpp = include_str!("../../bench/harness.cpp");
    let old_cpp = std::fs::read_to_string(&harness).unwrap_or_default();
    if old != verilog || old_cpp != cpp || !exe.exists() {
        std::fs::write(&top, &verilog).with_context(|| format!("writing {}", top.display()))?;
        std::fs::write(&harness, cpp).with_context(|| format!("writing {}", harness.display()))?;
        eprintln!("building Verilator model in {} ...", dir.display());
        let out = Command::new("verilator")
            .current_dir(&dir)
            .args([
                "--cc",
                "--exe",
                "--build",
                "-O3",
                "--x-assign",
                "fast",
                "--x-initial",
                "fast",
                "--noassert",
                "-Wno-fatal",
                "-Wno-lint",
                "-Wno-style",
                "--top-module",
                "top",
                "-CFLAGS",
                "-O3",
                "-j",
                "2",
                "top.v",
                "harness.cpp",
            ])
            .output()
            .context("running verilator")?;
        if !out.status.success() {
            bail!(
                "verilator failed to build {}:\n{}",
                dir.display(),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let out = Command::new(&exe)
        .args([cycles.to_string(), plan.theta0.len().to_string()])
        .output()
        .with_context(|| format!("running {}", exe.display()))?;
    ensure!(
        out.status.success(),
        "{} failed: {}",
        exe.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .map(|v| v.trim().to_string())
            .with_context(|| format!("no `{key}` in the harness output:\n{text}"))
    };
    let seconds: f64 = field("seconds ")?.parse()?;
    let steps: u64 = field("steps ")?.parse()?;
    let theta = text
        .lines()
        .filter_map(|l| l.strip_prefix("theta "))
        .map(|v| v.trim().parse::<i32>())
        .collect::<Result<Vec<_>, _>>()?;
    let row = Row {
        engine: "Verilator -O3 (exported Verilog)".into(),
        cycles: cycles - 1, // the timed loop excludes the reset edge
        steps: 0,
        seconds,
    };
    Ok((row, steps, theta))
}
