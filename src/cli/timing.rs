//! `mgdsim timing`: how long on-chip training takes. `--paper` recomputes paper A's CIFAR-10
//! comparison from its step count (a check of the model's arithmetic).

use crate::timing::paper::PaperTable;
use std::process::ExitCode;

/// Arguments of `mgdsim timing`.
#[derive(clap::Args, Debug, Default)]
pub struct TimingArgs {
    /// Reproduce paper A's CIFAR-10 table (about 2 x 10^7 steps against 480 s of GPU backprop).
    #[arg(long)]
    paper: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

/// Run `mgdsim timing`.
pub fn run(args: TimingArgs) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(args.paper, "only `mgdsim timing --paper` exists yet: per-config timing needs the cycle-counting engines");
    let table = PaperTable::cifar10();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&table)?);
    } else {
        println!("{table}");
    }
    Ok(ExitCode::SUCCESS)
}
