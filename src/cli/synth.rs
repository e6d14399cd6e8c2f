//! `mgdsim synth`: synthesis report of the exported trainer (placeholder).

use std::process::ExitCode;

/// Arguments of `mgdsim synth`.
#[derive(clap::Args, Debug)]
pub struct SynthArgs {}

/// Run `mgdsim synth`.
pub fn run(_args: SynthArgs) -> anyhow::Result<ExitCode> {
    Ok(ExitCode::SUCCESS)
}
