//! `mgdsim timing`: how long on-chip training takes. For a config, a cycle-accurate run to the
//! target accuracy (the same seed every time) gives steps, samples and clock cycles; a clock
//! turns cycles into seconds; CPU backprop to the same accuracy is measured beside it.
//! `--paper` recomputes paper A's CIFAR-10 comparison from its step count.

use super::train::{load_data, Engine};
use crate::chip::Schedule as ChipSchedule;
use crate::config::Config;
use crate::datasets::Dataset;
use crate::export::synth::{self, Target};
use crate::export::{fnv1a64, Design};
use crate::run::{self, Schedule, Trainer};
use crate::timing::paper::PaperTable;
use crate::timing::report::{Budget, ChipDone, Clock, Reached, TimingReport};
use crate::timing::seeds::{CpuRun, SeedRow, SeedTable};
use crate::timing::{break_even_hz, human_duration};
use anyhow::Context;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `mgdsim timing`.
#[derive(clap::Args, Debug, Default)]
pub struct TimingArgs {
    /// Configuration file (TOML). Default: the embedded sim/configs/nist7x7.toml.
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// Clock frequency of the chip, MHz (> 0).
    #[arg(long, conflicts_with = "target")]
    clock_mhz: Option<f64>,
    /// Clock the chip at the Fmax nextpnr reports for this FPGA: the config's design is
    /// exported and synthesized (`mgdsim synth`; cached in `target/synth/`). Place and route
    /// exists here for iCE40 and ECP5; a design that does not fit gets no on-chip time.
    #[arg(long, value_enum)]
    target: Option<Target>,
    /// Cycle-accurate engine that counts the cycles (`fast` and `rtl` agree cycle for cycle).
    #[arg(long, value_enum, default_value = "fast")]
    engine: Engine,
    /// Skip the CPU backprop measurement.
    #[arg(long)]
    no_backprop: bool,
    /// Compare with CPU backprop over seeds 1..=N (`run.seed`), a row each and a summary; at
    /// most 1000. With `--target` every seed runs at the Fmax of the config's own design.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1000), conflicts_with = "paper")]
    seeds: Option<u64>,
    /// Reproduce paper A's CIFAR-10 table (about 2 x 10^7 steps against 480 s of GPU backprop).
    #[arg(long)]
    paper: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

/// The cycle budget of a chip, from its schedule.
pub fn budget(b: &ChipSchedule) -> Budget {
    Budget {
        reset: b.reset(),
        load: b.load(),
        inference: b.inference(),
        correlate: b.correlate() + b.next(),
        passes: b.passes,
        mean_step: b.mean_step(),
        period_steps: b.period(),
        eval: b.eval(),
        eval_interval: u64::from(b.eval_interval),
    }
}

/// Train `config` on `data` with a cycle-accurate engine until the target (or the step
/// budget) and report the counts, then on until the chip says `done` itself. The chip is built
/// with `run.stop_at_target = true`, as the run loop stops. Deterministic: no wall-clock time
/// in it.
pub fn report(
    config: &Config,
    data: &Dataset,
    engine: Engine,
    clock: Option<Clock>,
) -> anyhow::Result<TimingReport> {
    let mut stopping = config.clone();
    stopping.run.stop_at_target = true;
    let config = &stopping;
    let (mut trainer, b): (Box<dyn Trainer>, ChipSchedule) = match engine {
        Engine::Fast | Engine::Auto => {
            let t = crate::engine::fast(config, data)?;
            let b = t.plan().schedule;
            (Box::new(t), b)
        }
        Engine::Rtl => {
            let t = crate::engine::rtl(config, data)?;
            let b = t.budget();
            (Box::new(t), b)
        }
        other => anyhow::bail!("timing needs a cycle-accurate engine, not `{other:?}`"),
    };
    let mut schedule = Schedule::from(&config.run);
    schedule.stop_at_target = true;
    let result = run::train(trainer.as_mut(), data, &schedule, |_| {});
    // Then on, until the chip says done itself (its own evaluation of the training set).
    let chip_done = match b.evaluate {
        false => None,
        true => {
            while !trainer.chip_status().is_some_and(|s| s.done) {
                let before = trainer.steps();
                trainer.step();
                anyhow::ensure!(
                    trainer.steps() > before || trainer.chip_status().is_some_and(|s| s.done),
                    "the chip neither steps nor halts"
                );
            }
            let s = trainer.chip_status().expect("a chip engine");
            Some(ChipDone {
                steps: trainer.steps(),
                cycles: trainer
                    .cycles()
                    .expect("a cycle-accurate engine counts cycles"),
                at_target: s.at_target,
                correct: s.correct,
                samples: data.train.len(),
            })
        }
    };
    let tau_x = u64::from(config.mgd.tau_x);
    let reached = result.reached.map(|p| Reached {
        steps: p.step,
        samples: p.step.div_ceil(tau_x),
        inferences: p.inferences,
        cycles: p.cycles.expect("a cycle-accurate engine counts cycles"),
        // Those in `cycles`, and the one after the step that sees the target.
        evaluations: b.evaluations_before(p.step) + u64::from(b.evaluate),
    });
    Ok(TimingReport {
        config: config.source.clone(),
        dataset: data.name.clone(),
        n_params: config.n_params(),
        engine: match engine {
            Engine::Auto => "fast".into(),
            other => format!("{other:?}").to_lowercase(),
        },
        budget: budget(&b),
        target_accuracy: config.run.target_accuracy,
        reached,
        best_accuracy: result.best_test_accuracy,
        steps_spent: result.last.step,
        cycles_spent: result.last.cycles.unwrap_or(0),
        clock,
        clock_note: None,
        chip_done,
    })
}

/// What synthesis and place and route say about a design on an FPGA (cached per design text).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct FpgaFit {
    /// The part.
    pub part: String,
    /// nextpnr's Fmax, MHz.
    pub fmax_mhz: Option<f64>,
    /// Resources over the part's capacity.
    pub over: Vec<String>,
    /// yosys and nextpnr versions.
    pub tools: String,
    /// Logic LUTs (plus LUT-RAM sites).
    pub luts: u64,
    /// Flip-flops.
    pub ffs: u64,
    /// DSP blocks.
    pub dsps: u64,
    /// Block RAMs.
    pub brams: u64,
    /// nextpnr's placement seed of `fmax_mhz` (the seeds before it found no legal placement).
    pub seed: u32,
    /// The seeds nextpnr found no legal placement at.
    pub unplaced_seeds: Vec<u32>,
}

/// The clock of `config_path`'s design on `target`: nextpnr's Fmax, or why there is none.
fn fpga_clock(config_path: &Path, target: Target) -> anyhow::Result<Result<Clock, String>> {
    check_place_and_route(target)?;
    let design = Design::load(config_path)?;
    let (fit, work) = fpga_fit(&design, target)?;
    Ok(fit.clock(&work))
}

/// Place and route exists for `target`, or an error that says what to do instead.
pub fn check_place_and_route(target: Target) -> anyhow::Result<()> {
    let t = format!("{target:?}").to_lowercase();
    anyhow::ensure!(
        target.nextpnr_args().is_some(),
        "--target {t}: no Fmax here: place and route is installed for iCE40 (nextpnr-ice40) \
         and ECP5 (nextpnr-ecp5) only; `mgdsim synth --target {t}` reports the resources; \
         give --clock-mhz"
    );
    Ok(())
}

/// Synthesize and place `design` on `target` (cached in `target/synth/` by the Verilog's
/// hash); returns the figures and the work folder.
pub fn fpga_fit(design: &Design, target: Target) -> anyhow::Result<(FpgaFit, PathBuf)> {
    let t = format!("{target:?}").to_lowercase();
    let text = crate::export::verilog::verilog(design)?;
    let work = PathBuf::from("target/synth").join(format!(
        "timing-{}-{t}-{:016x}",
        design.stem,
        fnv1a64(text.as_bytes())
    ));
    if let Some(fit) = cached_fit(&work) {
        return Ok((fit, work));
    }
    let partial = synth::private_work(&work);
    std::fs::create_dir_all(&partial).with_context(|| format!("creating {}", partial.display()))?;
    let v = partial.join(format!("{}.v", design.stem));
    std::fs::write(&v, &text).with_context(|| format!("writing {}", v.display()))?;
    eprintln!(
        "synthesizing {} for {} (yosys, nextpnr; a minute or more) ...",
        design.path,
        target.part().name
    );
    let r = synth::synth(&v, &design.top_name(), design.n_params(), target, &partial)
        .with_context(|| format!("synthesizing {}", v.display()))?;
    let x = &r.resources;
    let fit = FpgaFit {
        part: r.part.name.into(),
        fmax_mhz: r.fmax_mhz,
        over: r
            .over
            .iter()
            .map(|o| format!("{} {} of {}", o.resource, o.used, o.available))
            .collect(),
        tools: format!(
            "{}, {}",
            r.yosys_version,
            r.nextpnr_version.unwrap_or_default()
        ),
        luts: x.luts + x.lut_ram_sites,
        ffs: x.ffs,
        dsps: x.dsps,
        brams: x.brams,
        seed: r.seed,
        unplaced_seeds: r.unplaced_seeds.clone(),
    };
    let cache = partial.join(FIT_FILE);
    std::fs::write(&cache, serde_json::to_string_pretty(&fit)?)
        .with_context(|| format!("writing {}", cache.display()))?;
    Ok((publish_fit(&partial, &work)?, work))
}

/// The cached figures in a synthesis folder.
const FIT_FILE: &str = "fit3.json";

/// The figures cached in `work`, if a finished run left them there.
fn cached_fit(work: &Path) -> Option<FpgaFit> {
    std::fs::read_to_string(work.join(FIT_FILE))
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
}

/// Move a finished synthesis folder `partial` to `work` and return its figures. If another run
/// finished the same design first, keep its folder and drop this one; a folder without figures
/// (a run that was killed) is replaced.
fn publish_fit(partial: &Path, work: &Path) -> anyhow::Result<FpgaFit> {
    if let Some(fit) = cached_fit(work) {
        let _ = std::fs::remove_dir_all(partial);
        return Ok(fit);
    }
    synth::publish_work(partial, work)
        .with_context(|| format!("moving {} to {}", partial.display(), work.display()))?;
    cached_fit(work).with_context(|| format!("{} has no {FIT_FILE}", work.display()))
}

impl FpgaFit {
    /// nextpnr's Fmax as the chip's clock, or why there is none.
    pub fn clock(&self, work: &Path) -> Result<Clock, String> {
        match self.fmax_mhz {
            _ if !self.over.is_empty() => Err(format!(
                "the design does not fit the {} ({}): no Fmax, no on-chip time",
                self.part,
                self.over.join(", ")
            )),
            Some(mhz) => Ok(Clock {
                source: format!(
                    "nextpnr Fmax on {}, seed {}{}; {}",
                    self.part,
                    self.seed,
                    match self.unplaced_seeds.as_slice() {
                        [] => String::new(),
                        s => format!(" (no legal placement at seeds {})", synth::seed_list(s)),
                    },
                    self.tools
                ),
                hz: mhz * 1e6,
            }),
            None if !self.unplaced_seeds.is_empty() => Err(format!(
                "nextpnr found no legal placement on the {} at seeds {} (logs in {})",
                self.part,
                synth::seed_list(&self.unplaced_seeds),
                work.display()
            )),
            None => Err(format!(
                "nextpnr reported no Fmax for the {} (logs in {})",
                self.part,
                work.display()
            )),
        }
    }
}

/// A caution when CPU backprop reached the target at its first evaluation (`steps` <=
/// `eval_interval`): it may have needed fewer steps than the evaluation lets it show, so its
/// time to the target is an upper bound and the comparison with the chip flatters the chip.
pub fn coarse_evaluation_note(steps: u64, eval_interval: u64) -> Option<String> {
    crate::timing::at_first_evaluation(steps, eval_interval).then(|| {
        format!(
            "note: backprop reached the target at its first evaluation (step {steps}, \
             run.eval_interval = {eval_interval}); it may need fewer steps, so compare again \
             with a smaller run.eval_interval"
        )
    })
}

/// Most runs of CPU backprop that [`backprop_seconds`] times.
pub const BACKPROP_RUNS: usize = 5;
/// [`backprop_seconds`] starts no further run once its runs have taken this long.
const BACKPROP_BUDGET_SECONDS: f64 = 1.0;

/// Wall time of the reference backprop to the same target on this CPU (None: not reached):
/// the steps and the test split's evaluations that decide it ([`run::steps_to_target`]), the
/// fastest of up to [`BACKPROP_RUNS`] identical runs (seeded, so the same steps), so neither
/// bookkeeping nor a preempted run flatters the chip.
pub fn backprop_seconds(config: &Config, data: &Dataset) -> (Option<u64>, f64) {
    let r = backprop_run(config, data);
    (r.steps, r.seconds)
}

/// [`backprop_seconds`], with the fastest run's evaluations and their share of its time.
pub fn backprop_run(config: &Config, data: &Dataset) -> CpuRun {
    let schedule = Schedule::from(&config.run);
    let mut best: Option<CpuRun> = None;
    let mut spent = 0.0;
    for _ in 0..BACKPROP_RUNS {
        let mut bp = crate::reference::Backprop::new(config, data);
        let start = Instant::now();
        let r = run::steps_to_target_timed(&mut bp, data, &schedule);
        let seconds = start.elapsed().as_secs_f64();
        if best.as_ref().is_none_or(|b| seconds < b.seconds) {
            best = Some(CpuRun {
                steps: r.steps,
                seconds,
                evaluations: r.evaluations,
                eval_seconds: r.in_evaluations.as_secs_f64(),
            });
        }
        spent += seconds;
        if spent > BACKPROP_BUDGET_SECONDS {
            break;
        }
    }
    best.expect("BACKPROP_RUNS >= 1")
}

/// The CPU that [`backprop_seconds`] ran on, as the reports name it: `/proc/cpuinfo`'s first
/// `model name` ("unknown CPU" where there is none) and the threads the OS offers. The
/// peer's time depends on it: the same backprop took 2.5x longer on an earlier machine of
/// this project (docs/LANES.md, "Stops 41-45").
pub fn host_cpu() -> String {
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| "unknown CPU".into());
    match std::thread::available_parallelism() {
        Ok(n) => format!("{model}, {n} threads"),
        Err(_) => model,
    }
}

/// Run `mgdsim timing`.
pub fn run(args: TimingArgs) -> anyhow::Result<ExitCode> {
    if args.paper {
        let table = PaperTable::cifar10();
        if args.json {
            println!("{}", serde_json::to_string_pretty(&table)?);
        } else {
            println!("{table}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let clock = match args.clock_mhz {
        Some(mhz) if !(mhz.is_finite() && mhz > 0.0) => {
            anyhow::bail!("--clock-mhz must be > 0, got {mhz}")
        }
        Some(mhz) => Some(Clock {
            source: "given".into(),
            hz: mhz * 1e6,
        }),
        None => None,
    };
    let (config, base_dir) = match &args.config {
        Some(p) => (
            Config::load(p)?,
            p.parent().map(PathBuf::from).unwrap_or_default(),
        ),
        None => (Config::default_config(), PathBuf::from(".")),
    };
    // The FPGA first: a bad target fails before the training run.
    let fpga = match args.target {
        Some(t) => Some(match &args.config {
            Some(p) => fpga_clock(p, t)?,
            None => {
                let p = PathBuf::from("target/synth/nist7x7.toml");
                std::fs::create_dir_all("target/synth")?;
                std::fs::write(&p, crate::config::DEFAULT_CONFIG)?;
                fpga_clock(&p, t)?
            }
        }),
        None => None,
    };
    let data = load_data(&config, &base_dir)?;
    let (clock, clock_note) = match fpga {
        Some(Ok(c)) => (Some(c), None),
        Some(Err(note)) => (None, Some(note)),
        None => (clock, None),
    };
    if let Some(n) = args.seeds {
        return over_seeds(&args, &config, &data, n, clock, clock_note);
    }
    let mut report =
        report(&config, &data, args.engine, clock).context("counting cycles to the target")?;
    report.clock_note = clock_note;
    let backprop = (!args.no_backprop).then(|| backprop_seconds(&config, &data));
    if args.json {
        let mut v = serde_json::to_value(&report)?;
        v["on_chip_seconds"] = serde_json::json!(report.on_chip_seconds());
        if let Some((steps, secs)) = backprop {
            let first = steps
                .is_some_and(|s| crate::timing::at_first_evaluation(s, config.run.eval_interval));
            let even = steps
                .and(report.cycles_to_see_target())
                .map(|c| break_even_hz(c, secs));
            v["backprop_cpu"] = serde_json::json!({
                "steps_to_target": steps,
                "wall_seconds": secs,
                "at_first_evaluation": first,
                "break_even_hz": even,
            });
        }
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("{report}");
    if let Some((steps, secs)) = backprop {
        match steps {
            Some(s) => {
                print!("backprop on this CPU ({}; measured, not deterministic; the fastest of up to {BACKPROP_RUNS} runs): {} to the target, {s} steps", host_cpu(), human_duration(secs));
                if let Some(chip) = report.on_chip_seconds() {
                    print!(
                        "; on-chip MGD is {:.1}x {}",
                        (secs / chip).max(chip / secs),
                        if chip < secs { "faster" } else { "slower" }
                    );
                }
                match report.cycles_to_see_target() {
                    Some(c) => println!(
                        "; break-even clock {:.2} MHz (the chip's cycles in backprop's time)",
                        break_even_hz(c, secs) / 1e6
                    ),
                    None => println!(),
                }
                if let Some(note) = coarse_evaluation_note(s, config.run.eval_interval) {
                    println!("{note}");
                }
            }
            None => println!(
                "backprop on this CPU did not reach the target in {} steps either ({})",
                config.run.steps,
                human_duration(secs)
            ),
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `timing --seeds N`: the report and CPU backprop per seed (backprop after the chip runs, one
/// at a time, so that nothing else runs beside its clock).
/// The data set's split is `data.seed`'s, so every seed trains on the same `data`.
fn over_seeds(
    args: &TimingArgs,
    config: &Config,
    data: &Dataset,
    n: u64,
    clock: Option<Clock>,
    clock_note: Option<String>,
) -> anyhow::Result<ExitCode> {
    let mut rows = vec![];
    for seed in 1..=n {
        let mut c = config.clone();
        c.run.seed = seed;
        let r = report(&c, data, args.engine, clock.clone())
            .with_context(|| format!("counting cycles to the target at seed {seed}"))?;
        let backprop = (!args.no_backprop).then(|| backprop_run(&c, data));
        rows.push(SeedRow::new(seed, &r, backprop));
    }
    let name = match &args.config {
        Some(p) => p.display().to_string(),
        None => "the embedded nist7x7.toml".into(),
    };
    let mut table = SeedTable::new(name, clock, config.run.eval_interval, rows);
    if !args.no_backprop {
        table.cpu = Some(host_cpu());
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&table)?);
    } else {
        print!("{table}");
        if let Some(note) = clock_note {
            println!("{note}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finished synthesis folder is published whole: into an empty place, over a killed
    /// run's folder, and not over another run that finished first.
    #[test]
    fn a_finished_synthesis_is_published_whole() {
        let dir = tempfile::tempdir().unwrap();
        let fit = |mhz| FpgaFit {
            part: "p".into(),
            fmax_mhz: Some(mhz),
            over: vec![],
            tools: "t".into(),
            luts: 1,
            ffs: 2,
            dsps: 3,
            brams: 4,
            seed: 1,
            unplaced_seeds: vec![],
        };
        let finished = |name: &str, mhz: f64| {
            let p = dir.path().join(name);
            std::fs::create_dir_all(&p).unwrap();
            std::fs::write(p.join(FIT_FILE), serde_json::to_string(&fit(mhz)).unwrap()).unwrap();
            std::fs::write(p.join("nextpnr.log"), name).unwrap();
            p
        };
        let work = dir.path().join("work");
        // Empty place: moved.
        let a = finished("a.partial-1", 50.0);
        assert_eq!(publish_fit(&a, &work).unwrap().fmax_mhz, Some(50.0));
        assert!(!a.exists());
        // Another run finished first: its folder stays, this one goes.
        let b = finished("b.partial-2", 60.0);
        assert_eq!(publish_fit(&b, &work).unwrap().fmax_mhz, Some(50.0));
        assert!(!b.exists());
        let log = std::fs::read_to_string(work.join("nextpnr.log")).unwrap();
        assert_eq!(log, "a.partial-1");
        // A killed run's folder (no figures) is replaced.
        std::fs::remove_file(work.join(FIT_FILE)).unwrap();
        let c = finished("c.partial-3", 70.0);
        assert_eq!(publish_fit(&c, &work).unwrap().fmax_mhz, Some(70.0));
        assert_eq!(cached_fit(&work).unwrap().fmax_mhz, Some(70.0));
    }

    #[test]
    fn a_design_that_does_not_fit_gets_no_clock_and_says_by_how_much() {
        let fit = |fmax_mhz, over: &[&str]| FpgaFit {
            part: "iCE40-HX8K-CT256".into(),
            fmax_mhz,
            over: over.iter().map(|s| s.to_string()).collect(),
            tools: "yosys, nextpnr".into(),
            luts: 0,
            ffs: 0,
            dsps: 0,
            brams: 0,
            seed: 1,
            unplaced_seeds: vec![],
        };
        let work = Path::new("w");
        let c = fit(Some(13.08), &[]).clock(work).unwrap();
        assert_eq!(c.hz, 13.08e6);
        assert!(c
            .source
            .starts_with("nextpnr Fmax on iCE40-HX8K-CT256, seed 1"));
        assert_eq!(
            fit(None, &["luts 19502 of 7680", "ffs 13462 of 7680"]).clock(work),
            Err(
                "the design does not fit the iCE40-HX8K-CT256 (luts 19502 of 7680, ffs 13462 \
                 of 7680): no Fmax, no on-chip time"
                    .into()
            )
        );
        assert!(fit(None, &[]).clock(work).unwrap_err().contains("no Fmax"));
        // The seed that placed it, and those that did not.
        let retried = FpgaFit {
            seed: 3,
            unplaced_seeds: vec![1, 2],
            ..fit(Some(83.49), &[])
        };
        assert!(retried.clock(work).unwrap().source.starts_with(
            "nextpnr Fmax on iCE40-HX8K-CT256, seed 3 (no legal placement at seeds 1, 2);"
        ));
        let unplaced = FpgaFit {
            unplaced_seeds: vec![1, 2, 3],
            ..fit(None, &[])
        };
        assert_eq!(
            unplaced.clock(work),
            Err(
                "nextpnr found no legal placement on the iCE40-HX8K-CT256 at seeds 1, 2, 3 \
                 (logs in w)"
                    .into()
            )
        );
    }
}
