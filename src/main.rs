//! The `mgdsim` binary: parse the command line, run it, print errors with their causes.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    match mgdsim::cli::run(mgdsim::cli::Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
