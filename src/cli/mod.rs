//! The command line: clap definitions and one file per subcommand. Only this layer chooses
//! file paths and talks to the terminal; errors are `anyhow` with context.

mod bench;
mod devices;
pub mod explore;
mod export;
mod lea;
mod lea_digits;
mod lea_inplace;
mod outputs;
mod plot;
mod sweep;
mod synth;
pub mod timing;
pub mod train;
mod verify;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// mgdsim: a cycle-level simulator of a chip that trains its own network with multiplexed
/// gradient descent (MGD).
#[derive(Parser, Debug)]
#[command(name = "mgdsim", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Train a network with MGD (or the backprop baseline) and report the run.
    Train(train::TrainArgs),
    /// On-chip training time from counted steps and cycles (`--paper`: paper A's table).
    Timing(timing::TimingArgs),
    /// Device experiments: modeling bias of jump tables, robustness, training through devices.
    Devices(devices::DevicesArgs),
    /// Simulated cycles per second: fast model, rust-hdl and Verilator on the same chip.
    Bench(bench::BenchArgs),
    /// Export the trainer as Verilog, with a self-checking testbench and golden vectors.
    Export(export::ExportArgs),
    /// Run an exported testbench under Icarus Verilog or Verilator against the Rust simulation.
    Verify(verify::VerifyArgs),
    /// Paper B's scaling sweeps (and paper A's time constants) on the f64 reference:
    /// parallel, resumable, shardable (`--shard K/N`, then `sweep merge`).
    Sweep(sweep::SweepArgs),
    /// Synthesize the exported trainer (yosys; nextpnr for iCE40 and ECP5) and report its resources.
    Synth(synth::SynthArgs),
    /// The design space over the lane count: cycles, steps and time to the target, resources.
    Explore(explore::ExploreArgs),
}

/// Run the parsed command line. No subcommand means `train` with every default.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Train(args)) => train::run(args),
        Some(Command::Timing(args)) => timing::run(args),
        Some(Command::Devices(args)) => devices::run(args),
        Some(Command::Bench(args)) => bench::run(args),
        Some(Command::Export(args)) => export::run(args),
        Some(Command::Verify(args)) => verify::run(args),
        Some(Command::Synth(args)) => synth::run(args),
        Some(Command::Sweep(args)) => sweep::run(args),
        Some(Command::Explore(args)) => explore::run(args),
        None => train::run(train::TrainArgs::default()),
    }
}
