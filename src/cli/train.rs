//! `mgdsim train`: load a config (or the embedded default), load the data set, train with the
//! chosen engine, show progress, print a summary, and optionally write a JSON report and an
//! SVG training curve.

use crate::config::{Config, NetworkKind};
use crate::datasets::{self, Dataset};
use crate::engine::checkpoint;
pub use crate::engine::Engine;
use crate::model::FastTrainer;
use crate::run::{self, ChipStatus, RunResult, Schedule, Trainer};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `mgdsim train`.
#[derive(clap::Args, Debug, Default)]
pub struct TrainArgs {
    /// Configuration file (TOML). Default: the embedded sim/configs/nist7x7.toml.
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// Data set: a built-in name (xor, parityN, nist7x7, yinyang, yinyang2) or a file path
    /// (CSV, optionally gzipped, or a folder of IDX files). Overrides `data.dataset`.
    #[arg(long)]
    dataset: Option<String>,
    /// Engine that trains.
    #[arg(long, value_enum, default_value_t)]
    engine: Engine,
    /// Step budget. Overrides `run.steps`.
    #[arg(long)]
    steps: Option<u64>,
    /// Seed of weights, codes and noise. Overrides `run.seed`.
    #[arg(long)]
    seed: Option<u64>,
    /// Target test accuracy in (0, 1]. Overrides `run.target_accuracy`.
    #[arg(long)]
    target_accuracy: Option<f64>,
    /// Stop at the first evaluation that reaches the target.
    #[arg(long)]
    stop_at_target: bool,
    /// Write the run (config, curve, result) as JSON.
    #[arg(long)]
    report: Option<PathBuf>,
    /// Draw the training curve (accuracy and cost against steps) as SVG.
    #[arg(long)]
    plot: Option<PathBuf>,
    /// Write a VCD waveform of the run (engine `rtl`), of the cycles `--vcd-window` names.
    #[arg(long)]
    vcd: Option<PathBuf>,
    /// Cycles to record, `START..END` (end exclusive). Default `0..20000`.
    #[arg(long, value_parser = parse_window, requires = "vcd")]
    vcd_window: Option<std::ops::Range<u64>>,
    /// Clock of the VCD's time axis, in MHz (default 100: 10 ns per cycle), so that its
    /// times agree with `mgdsim timing --clock-mhz`.
    #[arg(long, requires = "vcd")]
    clock_mhz: Option<f64>,
    /// Save the complete state (engine `fast`) to FILE every `--checkpoint-every` steps,
    /// atomically (write, then rename); resume it with `--resume` and a step budget.
    #[arg(long)]
    checkpoint: Option<PathBuf>,
    /// Steps between checkpoints. Default: `run.eval_interval`.
    #[arg(long, requires = "checkpoint")]
    checkpoint_every: Option<u64>,
    /// Continue a run from a checkpoint (engine `fast`, same config and data set).
    #[arg(long)]
    resume: Option<PathBuf>,
    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
}

/// Parse `START..END` with START < END.
fn parse_window(s: &str) -> Result<std::ops::Range<u64>, String> {
    let (a, b) = s
        .split_once("..")
        .ok_or_else(|| format!("expected START..END, got `{s}`"))?;
    let start: u64 = a
        .trim()
        .parse()
        .map_err(|_| format!("START must be a cycle number, got `{a}`"))?;
    let end: u64 = b
        .trim()
        .parse()
        .map_err(|_| format!("END must be a cycle number, got `{b}`"))?;
    if start >= end {
        return Err(format!("START must be below END, got {start}..{end}"));
    }
    Ok(start..end)
}

/// Cycles recorded when `--vcd` is given without `--vcd-window`.
const DEFAULT_VCD_WINDOW: std::ops::Range<u64> = 0..20_000;

/// Everything `--report` writes.
#[derive(serde::Serialize)]
struct Report<'a> {
    mgdsim_version: &'static str,
    engine: Engine,
    config: &'a Config,
    dataset: DatasetSummary,
    n_params: usize,
    result: &'a RunResult,
    wall_seconds: f64,
}

#[derive(serde::Serialize)]
struct DatasetSummary {
    name: String,
    n_inputs: usize,
    n_classes: usize,
    n_train: usize,
    n_test: usize,
}

/// Load the config and apply the command line's overrides, checking them as the file would be.
fn load_config(args: &TrainArgs) -> anyhow::Result<(Config, PathBuf)> {
    let (mut config, base) = match &args.config {
        Some(path) => {
            let c = Config::load(path)?;
            let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
            (c, base)
        }
        None => (Config::default_config(), PathBuf::from(".")),
    };
    let mut base_dir = base;
    if let Some(d) = &args.dataset {
        config.data.dataset = d.clone();
        config.lines.remove("data.dataset"); // no longer the file's line
        base_dir = PathBuf::from(".");
    }
    if let Some(s) = args.steps {
        anyhow::ensure!(s >= 1, "--steps must be >= 1, got {s}");
        config.run.steps = s;
    }
    if let Some(s) = args.seed {
        config.run.seed = s;
    }
    if let Some(a) = args.target_accuracy {
        anyhow::ensure!(
            a > 0.0 && a <= 1.0,
            "--target-accuracy must be in (0, 1], got {a}"
        );
        config.run.target_accuracy = a;
    }
    if args.stop_at_target {
        config.run.stop_at_target = true;
    }
    Ok((config, base_dir))
}

pub(super) fn load_data(config: &Config, base_dir: &Path) -> anyhow::Result<Dataset> {
    let d = &config.data;
    let data = datasets::load(&d.dataset, base_dir, d.test_fraction, d.seed).with_context(
        || match config.line_of("data.dataset") {
            0 => format!("loading data set `{}`", d.dataset),
            _ => format!(
                "{}: loading data set `{}`",
                config.at_field("data.dataset"),
                d.dataset
            ),
        },
    )?;
    config.check_dataset(data.n_inputs, data.n_classes, &data.name)?;
    Ok(data)
}

/// The engine `auto` stands for (`engine::resolve`), saying why on stderr.
fn resolve(engine: Engine, config: &Config, data: &Dataset) -> Engine {
    let (engine, note) = crate::engine::resolve(engine, config, data);
    if let Some(note) = note {
        eprintln!("note: {note}");
    }
    engine
}

/// A trainer; the fast model kept concrete, since only it can be checkpointed (with the
/// curve of the run it resumes, if any).
enum Built {
    Fast(Box<FastTrainer>, Vec<run::CurvePoint>),
    Other(Box<dyn Trainer>),
}

fn build(
    args: &TrainArgs,
    engine: Engine,
    config: &Config,
    data: &Dataset,
) -> anyhow::Result<Built> {
    if args.vcd.is_some() && !matches!(engine, Engine::Rtl | Engine::Fast) {
        anyhow::bail!("--vcd needs a cycle-accurate engine (--engine rtl or fast)");
    }
    if (args.checkpoint.is_some() || args.resume.is_some()) && engine != Engine::Fast {
        if let NetworkKind::Cnn { .. } = config.network.kind {
            anyhow::bail!(
                "--checkpoint and --resume need --engine fast, which has no CNN \
                 (`network.kind = \"cnn\"` runs on the f64 engines only, without checkpoints)"
            );
        }
        anyhow::bail!("--checkpoint and --resume need --engine fast");
    }
    let window = args.vcd_window.clone().unwrap_or(DEFAULT_VCD_WINDOW);
    let clock_mhz = args.clock_mhz.unwrap_or(100.0);
    anyhow::ensure!(
        clock_mhz.is_finite() && clock_mhz > 0.0 && clock_mhz <= 1e6,
        "--clock-mhz must be in (0, 1e6], got {clock_mhz}"
    );
    let announce = |path: &Path| {
        eprintln!(
            "VCD of cycles {}..{} written to {}",
            window.start,
            window.end,
            path.display()
        )
    };
    Ok(match engine {
        Engine::Auto | Engine::Reference | Engine::Backprop => {
            Built::Other(crate::engine::trainer(engine, config, data)?)
        }
        Engine::Fast => {
            let (mut fast, history) = match &args.resume {
                Some(path) => {
                    let (t, history) = checkpoint::load_with_history(path, config, data)?;
                    eprintln!("resumed from {} at step {}", path.display(), t.steps());
                    (t, history)
                }
                None => (crate::engine::fast(config, data)?, Vec::new()),
            };
            if let Some(path) = &args.vcd {
                anyhow::ensure!(
                    args.resume.is_none(),
                    "--vcd starts from reset; drop --resume"
                );
                let file = std::fs::File::create(path)
                    .with_context(|| format!("creating {}", path.display()))?;
                crate::model::vcd::record_window(
                    &mut fast,
                    std::io::BufWriter::new(file),
                    window.clone(),
                    ((1e6 / clock_mhz).round() as u64).max(2),
                )
                .with_context(|| format!("writing {}", path.display()))?;
                announce(path);
            }
            Built::Fast(Box::new(fast), history)
        }
        Engine::Rtl => {
            let mut rtl = crate::engine::rtl(config, data)?;
            if let Some(path) = &args.vcd {
                let file = std::fs::File::create(path)
                    .with_context(|| format!("creating {}", path.display()))?;
                rtl.set_vcd_clock_mhz(clock_mhz);
                rtl.record_vcd(Box::new(std::io::BufWriter::new(file)), window.clone());
                announce(path);
            }
            Built::Other(Box::new(rtl))
        }
    })
}

/// Run `mgdsim train`.
pub fn run(args: TrainArgs) -> anyhow::Result<ExitCode> {
    let (config, base_dir) = load_config(&args)?;
    let every = super::outputs::checkpoint_every(args.checkpoint_every, config.run.eval_interval)?;
    for (flag, path) in [
        ("--checkpoint", &args.checkpoint),
        ("--report", &args.report),
        ("--plot", &args.plot),
    ] {
        if let Some(path) = path {
            super::outputs::check_writable(flag, path)?;
        }
    }
    if let Some(path) = &args.checkpoint {
        checkpoint::remove_stale_temps(path);
    }
    let data = load_data(&config, &base_dir)?;
    let n_params = crate::engine::n_params(&config, &data)?;
    let engine = resolve(args.engine, &config, &data);
    let built = build(&args, engine, &config, &data)?;
    let schedule = Schedule::from(&config.run);

    let network = match (
        config.network.kind,
        config.cnn_image(data.n_inputs, &data.name)?,
    ) {
        (NetworkKind::Cnn { width, .. }, Some([h, w, c])) => {
            format!("CNN(d = {width}) on {h}x{w}x{c} images")
        }
        _ => format!("{:?}", config.network.layers),
    };
    eprintln!(
        "mgdsim train: {} on `{}` ({} train / {} test), network {network} ({n_params} parameters), engine {:?}",
        config.source,
        data.name,
        data.train.len(),
        data.test.len(),
        engine,
    );
    let start = Instant::now();
    let (result, cycles, chip, failed) = match built {
        Built::Fast(mut f, history) => drive(
            f.as_mut(),
            &args,
            &data,
            &schedule,
            every,
            history,
            Some(checkpoint::save_with_history),
        ),
        Built::Other(mut t) => drive(t.as_mut(), &args, &data, &schedule, every, vec![], None),
    };
    let wall = start.elapsed().as_secs_f64();

    print_summary(&result, &schedule, wall);
    if let Some(c) = chip {
        println!("{}", chip_line(&c, result.last.step, data.train.len()));
    }
    if let Some(cycles) = cycles {
        println!(
            "simulated {cycles} clock cycles at {:.0} cycles/s (evaluations included)",
            cycles as f64 / wall
        );
    }
    if let Some(path) = &args.report {
        let report = Report {
            mgdsim_version: env!("CARGO_PKG_VERSION"),
            engine,
            config: &config,
            dataset: DatasetSummary {
                name: data.name.clone(),
                n_inputs: data.n_inputs,
                n_classes: data.n_classes,
                n_train: data.train.len(),
                n_test: data.test.len(),
            },
            n_params,
            result: &result,
            wall_seconds: wall,
        };
        let json = serde_json::to_string_pretty(&report)?;
        write_atomic(path, json.as_bytes())?;
        eprintln!("report written to {}", path.display());
    }
    if let Some(path) = &args.plot {
        let title = format!("{} on {} ({:?})", config.source, data.name, engine);
        super::plot::training_curve(path, &title, &result)
            .with_context(|| format!("drawing {}", path.display()))?;
        eprintln!("plot written to {}", path.display());
    }
    match failed {
        // The run stopped at the failed save; its report above holds what it did.
        Some(e) => Err(e),
        None => Ok(ExitCode::SUCCESS),
    }
}

/// A checkpoint writer for trainers of type `T`, given the curve so far.
type Saver<T> = fn(&Path, &T, &[run::CurvePoint]) -> Result<(), checkpoint::CheckpointError>;

/// Train with a progress bar (continuing `history`), saving checkpoints if asked; returns the
/// run, its cycles, and the error that stopped it early (a checkpoint that failed to save).
fn drive<T: Trainer + ?Sized>(
    trainer: &mut T,
    args: &TrainArgs,
    data: &Dataset,
    schedule: &Schedule,
    every: u64,
    history: Vec<run::CurvePoint>,
    saver: Option<Saver<T>>,
) -> (
    RunResult,
    Option<u64>,
    Option<ChipStatus>,
    Option<anyhow::Error>,
) {
    let bar = if args.quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(schedule.steps)
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{bar:30} step {pos}/{len} {msg} [{elapsed_precise}, eta {eta}]",
        )
        .expect("the template is valid"),
    );
    let mut last_saved = trainer.steps();
    let mut save_error = None;
    let result = run::train_resumable(trainer, data, schedule, history, |curve, t| {
        let p = curve
            .last()
            .expect("train_resumable hands over a non-empty curve");
        if let (Some(path), Some(save), None) = (&args.checkpoint, saver, &save_error) {
            let at_target = schedule.stop_at_target && p.test.accuracy >= schedule.target_accuracy;
            // Not at the step budget: there the chip has halted, and a halted state cannot be
            // resumed; the last periodic checkpoint stays the one to resume from.
            if p.step < schedule.steps && (p.step >= last_saved + every || at_target) {
                match save(path, t, curve) {
                    Ok(()) => last_saved = p.step,
                    Err(e) => save_error = Some(e),
                }
            }
        }
        bar.set_position(p.step);
        bar.set_message(format!(
            "cost {:.4} train {:.1}% test {:.1}%",
            p.train.cost,
            100.0 * p.train.accuracy,
            100.0 * p.test.accuracy
        ));
        save_error.is_none() // a failed save stops the run: its work would not be kept
    });
    bar.finish_and_clear();
    let failed = save_error.map(|e| {
        anyhow::Error::new(e).context(format!(
            "saving a checkpoint: the run stopped at step {}",
            result.last.step
        ))
    });
    if let (Some(path), None) = (&args.checkpoint, &failed) {
        eprintln!("checkpoint of step {last_saved} in {}", path.display());
    }
    trainer.finish_evaluation();
    (result, trainer.cycles(), trainer.chip_status(), failed)
}

/// What the chip says of itself at the end of the run (its `done`, `at_target`, `correct`).
fn chip_line(c: &ChipStatus, step: u64, n_train: usize) -> String {
    let state = match (c.done, c.at_target) {
        (true, true) => format!("done at step {step}, at target"),
        (true, false) => format!("done at step {step}, step budget spent"),
        (false, _) => format!("not done at step {step}"),
    };
    format!(
        "chip: {state}; its own last evaluation {}/{n_train} training samples correct",
        c.correct
    )
}

fn print_summary(r: &RunResult, s: &Schedule, wall: f64) {
    let last = &r.last;
    println!(
        "final: step {} test accuracy {:.2}% (train {:.2}%), test cost {:.5}; best test accuracy {:.2}%",
        last.step,
        100.0 * last.test.accuracy,
        100.0 * last.train.accuracy,
        last.test.cost,
        100.0 * r.best_test_accuracy
    );
    match &r.reached {
        Some(p) => println!(
            "target {:.1}% reached at step {} ({} inferences{})",
            100.0 * s.target_accuracy,
            p.step,
            p.inferences,
            p.cycles
                .map(|c| format!(", {c} clock cycles"))
                .unwrap_or_default()
        ),
        None => println!(
            "target {:.1}% not reached in {} steps",
            100.0 * s.target_accuracy,
            last.step
        ),
    }
    println!("wall time {wall:.2} s");
}

/// Write to a temporary file beside `path`, then rename: a crash leaves the old file whole.
fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let tmp = path.with_extension("tmp");
    let done = std::fs::write(&tmp, bytes)
        .with_context(|| format!("writing {}", tmp.display()))
        .and_then(|()| {
            std::fs::rename(&tmp, path).with_context(|| format!("renaming to {}", path.display()))
        });
    if done.is_err() {
        let _ = std::fs::remove_file(&tmp); // no temporary file left on failure
    }
    done
}
