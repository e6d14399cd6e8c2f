//! `mgdsim export`: write the trainer of each configuration as Verilog (`<out>/<stem>.v`), its
//! self-checking testbench (`<testbenches>/tb_<stem>.v`) and golden vectors
//! (`<testbenches>/vectors/<stem>/`). With no `--config`, the standard configurations
//! (`export::STANDARD_CONFIGS`): that is the command that regenerates `rtl/`.

use crate::export::{self, Design};
use anyhow::Context;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `mgdsim export`.
#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    /// Configuration file(s) (TOML). Default: the standard configurations.
    #[arg(long, short)]
    config: Vec<PathBuf>,
    /// Folder of the Verilog.
    #[arg(long, default_value = "rtl")]
    out: PathBuf,
    /// Folder of the testbenches and their vectors.
    #[arg(long, default_value = "testbenches")]
    testbenches: PathBuf,
    /// Cycles of golden vectors to record.
    #[arg(long, default_value_t = export::DEFAULT_CYCLES)]
    cycles: u64,
}

/// Run `mgdsim export`.
pub fn run(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let max = crate::limits::MAX_VECTOR_CYCLES;
    anyhow::ensure!(
        (1..=max).contains(&args.cycles),
        "--cycles must be in 1..={max} (golden vectors are held in memory), got {}",
        args.cycles
    );
    let configs = if args.config.is_empty() {
        export::STANDARD_CONFIGS.iter().map(PathBuf::from).collect()
    } else {
        args.config
    };
    for path in configs {
        let design = Design::load(&path)?;
        let p = export::export(&design, &args.out, &args.testbenches, args.cycles)
            .with_context(|| format!("exporting {}", path.display()))?;
        println!(
            "{}: {} ({} parameters), {}, {} ({} cycles)",
            path.display(),
            p.verilog.display(),
            design.n_params(),
            p.testbench.display(),
            p.vectors.display(),
            args.cycles
        );
    }
    Ok(ExitCode::SUCCESS)
}
