//! `mgdsim verify`: run the exported testbench of each configuration under Icarus Verilog or
//! Verilator and report the first mismatch (signal, cycle, expected, got) or success. Without
//! `--cycles` it replays the committed vectors (`testbenches/vectors/<stem>/`); with `--cycles
//! N` it records N cycles from the Rust simulation into `target/vectors/<stem>-<N>/` first.

use crate::export::vectors;
use crate::export::vectors_read;
use crate::export::verify::{self, Bench, Outcome, Simulator};
use crate::export::{self, Design};
use anyhow::Context;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `mgdsim verify`.
#[derive(clap::Args, Debug)]
pub struct VerifyArgs {
    /// Configuration file(s) (TOML). Default: the standard configurations.
    #[arg(long, short)]
    config: Vec<PathBuf>,
    /// Simulator that runs the testbench.
    #[arg(long, value_enum, default_value_t)]
    simulator: Simulator,
    /// Record this many cycles of fresh vectors (under target/) instead of the committed ones.
    #[arg(long)]
    cycles: Option<u64>,
    /// Folder of the exported Verilog.
    #[arg(long, default_value = "rtl")]
    rtl: PathBuf,
    /// Folder of the testbenches and their committed vectors.
    #[arg(long, default_value = "testbenches")]
    testbenches: PathBuf,
    /// Replay the stalled run (`-DSTALLS`): the stream selected, `sample_valid` low for 100
    /// cycles, then 30% seeded random stalls; waits and stray addresses in the read-out.
    #[arg(long)]
    stalls: bool,
}

/// Run `mgdsim verify`; exit code 1 on a mismatch.
pub fn run(args: VerifyArgs) -> anyhow::Result<ExitCode> {
    let configs = if args.config.is_empty() {
        export::STANDARD_CONFIGS.iter().map(PathBuf::from).collect()
    } else {
        args.config
    };
    let mut code = ExitCode::SUCCESS;
    for path in configs {
        let design = Design::load(&path)?;
        let paths = design.paths(&args.rtl, &args.testbenches);
        anyhow::ensure!(
            paths.verilog.exists() && paths.testbench.exists(),
            "{} or {} missing: run `mgdsim export --config {}`",
            paths.verilog.display(),
            paths.testbench.display(),
            path.display()
        );
        let sim = format!("{:?}", args.simulator).to_lowercase();
        let vectors = match (args.cycles, args.stalls) {
            (None, false) => paths.vectors.clone(),
            (None, true) => paths.stall_vectors.clone(),
            (Some(n), stalls) => {
                let max = crate::limits::MAX_VECTOR_CYCLES;
                anyhow::ensure!(
                    (1..=max).contains(&n),
                    "--cycles must be in 1..={max} (golden vectors are held in memory), got {n}"
                );
                let kind = if stalls { "-stall" } else { "" };
                let dir =
                    PathBuf::from("target/vectors").join(format!("{}-{n}{kind}", design.stem));
                let v = match stalls {
                    true => vectors::record_stalled(&design, n, vectors::STALLS),
                    false => vectors::record(&design, n, vectors::default_checkpoints(n)),
                };
                v.write(&dir).context("writing the golden vectors")?;
                dir
            }
        };
        if let (Some(n), true) = (args.cycles, args.stalls) {
            // Stalls change the cycles, never the weights: the unstalled run, step for step.
            let stalled = vectors::record_stalled(&design, n, vectors::STALLS);
            let same = vectors::compare_unstalled(&design, &stalled)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            for (k, stalled, unstalled) in same {
                println!(
                    "{}: step {k}: weights equal the unstalled run's; its end after {stalled} edges stalled, {unstalled} unstalled",
                    design.stem
                );
            }
        }
        let counts = vectors_read::read_dir(&vectors)?;
        let (cycles, checkpoints) = (counts.cycles, counts.checkpoints);
        let bench = Bench {
            verilog: paths.verilog.clone(),
            testbench: paths.testbench.clone(),
            top: format!("tb_{}", design.stem),
            vectors,
            cycles,
            checkpoints,
            work: PathBuf::from("target/verify").join(format!("{}-{sim}", design.stem)),
            stalls: args.stalls,
        };
        let t0 = std::time::Instant::now();
        let outcome = verify::run(args.simulator, &bench)
            .with_context(|| format!("verifying {} with {sim}", paths.verilog.display()))?;
        println!(
            "{} [{sim}, {cycles} cycles, {:.1} s]: {outcome}",
            paths.verilog.display(),
            t0.elapsed().as_secs_f64()
        );
        if matches!(outcome, Outcome::Mismatch { .. }) {
            code = ExitCode::from(1);
        }
    }
    Ok(code)
}
