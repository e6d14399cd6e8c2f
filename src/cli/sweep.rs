//! `mgdsim sweep a|b|c|d|e`: run one of paper B's scaling sweeps (or paper A's time-constant
//! heatmap) on the f64 reference, in parallel, resumably, optionally as one shard of a cluster
//! job; `mgdsim sweep merge`: combine shard files into the same table and plot. See
//! `experiments::sweep` for what each sweep measures.

use crate::experiments::sweep::runner::{self, Shard};
use crate::experiments::sweep::{plot, report, Plan, Settings, Sweep};
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `mgdsim sweep`.
#[derive(clap::Args, Debug)]
pub struct SweepArgs {
    #[command(subcommand)]
    what: What,
}

#[derive(clap::Subcommand, Debug)]
enum What {
    /// Gradient-estimate time: iterations until cos(G, grad) >= cos 15 deg, vs P and N (Fig. 3).
    A(RunArgs),
    /// Time to target accuracy against width, for WP, NP and backprop (Fig. 4).
    B(RunArgs),
    /// tau_theta sweep: steps to 20/40/60/80% and best accuracy (Fig. 5).
    C(RunArgs),
    /// Learning-rate sweep, vanilla against Adam, counted in updates (Fig. 6).
    D(RunArgs),
    /// Paper A's time constants: tau_x by tau_theta heatmap on nist7x7 and parity4.
    E(RunArgs),
    /// Merge shard result files into one (same table and plot as an unsharded run).
    Merge(MergeArgs),
}

/// Arguments of one sweep.
#[derive(clap::Args, Debug)]
struct RunArgs {
    /// Folder for results: sweep_X.csv (resumable), sweep_X.svg. A shard writes
    /// sweep_X.shard-K-of-N.csv instead.
    #[arg(long, default_value = "sweep-out")]
    out: PathBuf,
    /// Run shard K of N (1-based), e.g. `--shard $SLURM_ARRAY_TASK_ID/4`.
    #[arg(long)]
    shard: Option<String>,
    /// Seeds per point (1..=N).
    #[arg(long, default_value_t = 3)]
    seeds: u64,
    /// Hidden widths of the digits family, comma separated (sweeps a, b).
    #[arg(long, value_delimiter = ',')]
    widths: Option<Vec<usize>>,
    /// Hidden layers of the digits family.
    #[arg(long, default_value_t = 2)]
    depth: usize,
    /// Step budget per training (sweep a: iteration cap in units of P or N).
    #[arg(long)]
    steps: Option<u64>,
    /// MGD learning rate of sweeps b and c (default 1; paper B's normalisation).
    #[arg(long)]
    eta: Option<f64>,
    /// The UCI digits CSV.
    #[arg(long, default_value = "data/digits.csv.gz")]
    digits: String,
    /// Worker threads (default: rayon's, one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Folder of the authors' figure data (Fig3..Fig6_Summary_data.csv).
    #[arg(long, default_value = "../shared/data/mgd_scaling_figdata")]
    published: PathBuf,
    /// No progress bar.
    #[arg(long)]
    quiet: bool,
    /// Sweep e: also run every point on the chip's fast cycle model (method `chip`: fixed
    /// point, the chip's derived learning-rate shift), beside the f64 reference.
    #[arg(long)]
    chip: bool,
    /// Sweep a: perturb one layer at a time (`mgd.per_layer`, paper B's code): an iteration is
    /// one perturbed inference per layer, and each layer's G is weighed by its own count.
    #[arg(long)]
    per_layer: bool,
}

/// Arguments of `mgdsim sweep merge`.
#[derive(clap::Args, Debug)]
struct MergeArgs {
    /// Shard result files.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Folder for the merged sweep_X.csv and sweep_X.svg.
    #[arg(long, default_value = "sweep-out")]
    out: PathBuf,
    /// Folder of the authors' figure data.
    #[arg(long, default_value = "../shared/data/mgd_scaling_figdata")]
    published: PathBuf,
}

/// Run `mgdsim sweep`.
pub fn run(args: SweepArgs) -> anyhow::Result<ExitCode> {
    let (sweep, a) = match args.what {
        What::A(a) => (Sweep::A, a),
        What::B(a) => (Sweep::B, a),
        What::C(a) => (Sweep::C, a),
        What::D(a) => (Sweep::D, a),
        What::E(a) => (Sweep::E, a),
        What::Merge(m) => return merge(m),
    };
    anyhow::ensure!(a.seeds >= 1, "--seeds: must be >= 1, got 0");
    anyhow::ensure!(
        !a.chip || sweep == Sweep::E,
        "--chip: only sweep e runs on the chip (its configs are ones the chip can build)"
    );
    anyhow::ensure!(
        !a.per_layer || sweep == Sweep::A,
        "--per-layer: only sweep a takes it"
    );
    anyhow::ensure!(a.depth >= 1, "--depth: must be >= 1, got 0");
    if let Some(e) = a.eta {
        anyhow::ensure!(
            e.is_finite() && e > 0.0,
            "--eta: must be a finite number > 0, got {e}"
        );
    }
    anyhow::ensure!(a.steps != Some(0), "--steps: must be >= 1, got 0");
    if let Some(w) = &a.widths {
        anyhow::ensure!(
            !w.is_empty() && w.iter().all(|&x| (1..=4096).contains(&x)),
            "--widths: each must be in 1..=4096, got {w:?}"
        );
    }
    let settings = Settings {
        digits: a.digits.clone(),
        widths: a.widths.clone(),
        seeds: a.seeds,
        steps: a.steps,
        depth: a.depth,
        eta: a.eta,
        chip: a.chip,
        per_layer: a.per_layer,
    };
    let plan = Plan::new(sweep, &settings);
    let shard = match &a.shard {
        Some(s) => Shard::parse(s)?,
        None => Shard::ALL,
    };
    std::fs::create_dir_all(&a.out)
        .with_context(|| format!("{}: cannot create", a.out.display()))?;
    let name = if shard == Shard::ALL {
        format!("sweep_{}.csv", sweep.name())
    } else {
        format!(
            "sweep_{}.shard-{}-of-{}.csv",
            sweep.name(),
            shard.k,
            shard.n
        )
    };
    let csv = a.out.join(name);
    let todo = shard.select(&plan).len() as u64;
    let bar = if a.quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(todo)
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{bar:30} {pos}/{len} points {msg} [{elapsed_precise}, eta {eta}]",
        )
        .expect("the template is valid"),
    );
    let on_done = |r: &crate::experiments::sweep::Row| {
        bar.inc(1);
        bar.set_message(r.point.key());
    };
    let rows = match a.threads {
        Some(t) => rayon::ThreadPoolBuilder::new()
            .num_threads(t.max(1))
            .build()
            .context("--threads")?
            .install(|| runner::run(&plan, shard, &csv, on_done)),
        None => runner::run(&plan, shard, &csv, on_done),
    }?;
    bar.finish_and_clear();
    println!("{}: {} points", csv.display(), rows.len());
    if shard != Shard::ALL {
        println!(
            "shard {}/{} done; combine the shards with `mgdsim sweep merge --out DIR FILES...`",
            shard.k, shard.n
        );
        return Ok(ExitCode::SUCCESS);
    }
    finish(sweep, &rows, &a.out, &a.published)
}

fn finish(
    sweep: Sweep,
    rows: &[crate::experiments::sweep::Row],
    out: &Path,
    published: &Path,
) -> anyhow::Result<ExitCode> {
    let pubdir = published.is_dir().then_some(published);
    print!("{}", report::report(sweep, rows, pubdir));
    let svg = out.join(format!("sweep_{}.svg", sweep.name()));
    plot::plot(sweep, rows, &svg)
        .map_err(|e| anyhow::anyhow!("{}: cannot draw: {e}", svg.display()))?;
    println!("plot: {}", svg.display());
    Ok(ExitCode::SUCCESS)
}

fn merge(m: MergeArgs) -> anyhow::Result<ExitCode> {
    let inputs: Vec<&Path> = m.inputs.iter().map(|p| p.as_path()).collect();
    let (settings, _) = runner::read(inputs[0])?;
    let sweep = runner::sweep_of(&settings).ok_or_else(|| {
        anyhow::anyhow!(
            "{}:1: no sweep letter in the settings line",
            inputs[0].display()
        )
    })?;
    std::fs::create_dir_all(&m.out)
        .with_context(|| format!("{}: cannot create", m.out.display()))?;
    let out = m.out.join(format!("sweep_{}.csv", sweep.name()));
    let (_, rows) = runner::merge(&inputs, &out)?;
    println!(
        "{}: {} points merged from {} files",
        out.display(),
        rows.len(),
        inputs.len()
    );
    finish(sweep, &rows, &m.out, &m.published)
}
