//! `mgdsim devices`: the device experiments. `bias` (paper C's modeling bias of jump tables),
//! `robustness` (paper A's update noise and step variation), `compare` (one network trained
//! through ideal weights, the exponential device, its jump tables and the TiOx-like device).
//! Each prints a table, and writes CSV and SVG into `--out`. The logic lives in
//! `devices::{bias, robustness, training}`; this file parses, prints and draws.

use crate::config::Config;
use crate::datasets::{self, Dataset};
use crate::experiments::bias::{self, BiasSpec, Model, TrueDevice};
use crate::experiments::robustness::{self, Disturbance};
use crate::experiments::training::{self, Storage};
use anyhow::Context;
use plotters::prelude::*;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The config the bias and compare experiments default to.
pub const DEVICE_CONFIG: &str = "sim/configs/digits_device.toml";

/// Arguments of `mgdsim devices`.
#[derive(clap::Args, Debug)]
pub struct DevicesArgs {
    #[command(subcommand)]
    experiment: Experiment,
}

#[derive(clap::Subcommand, Debug)]
enum Experiment {
    /// Modeling bias of jump tables fitted to N device points (paper C).
    Bias(BiasArgs),
    /// Final accuracy against update noise and step variation (paper A).
    Robustness(RobustnessArgs),
    /// One network trained through ideal weights, the devices and their tables.
    Compare(CompareArgs),
    /// Paper D: layer ensemble averaging on faulty crossbars (`lea digits`, `lea yinyang`).
    Lea(Box<super::lea::LeaArgs>),
}

/// Arguments of `mgdsim devices bias`.
#[derive(clap::Args, Debug)]
struct BiasArgs {
    /// Configuration file (network, MGD, data, steps). Default: sim/configs/digits_device.toml.
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// True device: `exp` (exponential, nS) or `tiox`.
    #[arg(long, default_value = "exp", value_parser = TrueDevice::parse)]
    device: TrueDevice,
    /// Device points per polarity, comma separated.
    #[arg(long, default_value = "100,300,1000,3000,10000", value_parser = parse_points)]
    points: Points,
    /// Seeds per N (each draws a new data set and a new training seed).
    #[arg(long, default_value_t = 6)]
    seeds: u64,
    /// Bins of plain binning.
    #[arg(long, default_value_t = 25)]
    bins: usize,
    /// Weight at Gmax. Default: the config's `device.w_scale`, else 1.
    #[arg(long)]
    w_scale: Option<f64>,
    /// Send threshold of the digital accumulator in front of every store, in nominal pulse
    /// steps (0: pulses on every update).
    #[arg(long, default_value_t = 32.0)]
    accumulate: f64,
    /// Output folder for bias.csv, bias_summary.csv, bias.svg (`bias_backprop*` with
    /// `--trainer backprop`).
    #[arg(long, default_value = "out/devices")]
    out: PathBuf,
    /// The trainer whose updates go through the device (truth and tables alike): `mgd`, or
    /// `backprop` (SGD's updates sent as pulses, as paper C's simulator does).
    #[arg(long, default_value = "mgd", value_parser = training::Algorithm::parse)]
    trainer: training::Algorithm,
}

/// Arguments of `mgdsim devices robustness`.
#[derive(clap::Args, Debug)]
struct RobustnessArgs {
    /// Configuration file. Default: the embedded sim/configs/nist7x7.toml (paper A's task).
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// Update-noise stds (weight units), comma separated.
    #[arg(long, default_value = "0,0.001,0.003,0.01,0.03,0.1", value_parser = parse_levels)]
    sigmas: Levels,
    /// Step-gain stds s (gain ~ N(1, s^2)), comma separated.
    #[arg(long, default_value = "0,0.1,0.3,0.5,1,2", value_parser = parse_levels)]
    variations: Levels,
    /// Seeds per level.
    #[arg(long, default_value_t = 4)]
    seeds: u64,
    /// Output folder for robustness.csv and robustness.svg.
    #[arg(long, default_value = "out/devices")]
    out: PathBuf,
}

/// Arguments of `mgdsim devices compare`.
#[derive(clap::Args, Debug)]
struct CompareArgs {
    /// Configuration file. Default: sim/configs/digits_device.toml.
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// Seeds per storage.
    #[arg(long, default_value_t = 4)]
    seeds: u64,
    /// Weight at Gmax. Default: the config's `device.w_scale`, else 1.
    #[arg(long)]
    w_scale: Option<f64>,
    /// Send threshold of `exp_accumulate`, in nominal pulse steps.
    #[arg(long, default_value_t = 32.0)]
    accumulate: f64,
    /// Output folder for compare.csv.
    #[arg(long, default_value = "out/devices")]
    out: PathBuf,
}

/// A parsed `--points` list (a newtype, so clap keeps it as one value).
#[derive(Clone, Debug, PartialEq)]
pub struct Points(pub Vec<usize>);

/// A parsed list of non-negative levels.
#[derive(Clone, Debug, PartialEq)]
pub struct Levels(pub Vec<f64>);

/// `100,300,1000`: whole numbers >= 2, at least one.
pub fn parse_points(s: &str) -> Result<Points, String> {
    let items: Vec<&str> = s
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    if items.is_empty() {
        return Err("empty list: give at least one N, e.g. `100,1000`".into());
    }
    items
        .iter()
        .map(|t| match t.parse::<usize>() {
            Ok(n) if n >= 2 => Ok(n),
            Ok(n) => Err(format!("each N must be >= 2 device points, got {n}")),
            Err(_) => Err(format!("`{t}` is not a whole number of device points")),
        })
        .collect::<Result<_, _>>()
        .map(Points)
}

/// `0,0.01,0.1`: finite numbers >= 0, at least one.
pub fn parse_levels(s: &str) -> Result<Levels, String> {
    let items: Vec<&str> = s
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    if items.is_empty() {
        return Err("empty list: give at least one level, e.g. `0,0.01`".into());
    }
    items
        .iter()
        .map(|t| match t.parse::<f64>() {
            Ok(x) if x.is_finite() && x >= 0.0 => Ok(x),
            Ok(x) => Err(format!("each level must be finite and >= 0, got {x}")),
            Err(_) => Err(format!("`{t}` is not a number")),
        })
        .collect::<Result<_, _>>()
        .map(Levels)
}

/// Run `mgdsim devices`.
pub fn run(args: DevicesArgs) -> anyhow::Result<ExitCode> {
    match args.experiment {
        Experiment::Bias(a) => run_bias(a),
        Experiment::Robustness(a) => run_robustness(a),
        Experiment::Compare(a) => run_compare(a),
        Experiment::Lea(a) => super::lea::run(*a),
    }
}

fn load(config: Option<&Path>, default: Option<&str>) -> anyhow::Result<(Config, Dataset)> {
    let (config, base) = match (config, default) {
        (Some(p), _) => (Config::load(p)?, p.parent().map(Path::to_path_buf)),
        (None, Some(d)) => {
            let p = Path::new(d);
            let c = Config::load(p).with_context(|| {
                format!("the default config {d} (run from the repository root, or pass --config)")
            })?;
            (c, p.parent().map(Path::to_path_buf))
        }
        (None, None) => (Config::default_config(), None),
    };
    config.require_mlp("`mgdsim devices`")?;
    let base = base.unwrap_or_else(|| PathBuf::from("."));
    let d = &config.data;
    let data = datasets::load(&d.dataset, &base, d.test_fraction, d.seed)
        .with_context(|| format!("loading data set `{}`", d.dataset))?;
    config.check_dataset(data.n_inputs, data.n_classes, &data.name)?;
    Ok((config, data))
}

fn write(out: &Path, name: &str, text: &str) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let path = out.join(name);
    std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

fn pct(x: f64) -> f64 {
    100.0 * x
}

fn run_bias(a: BiasArgs) -> anyhow::Result<ExitCode> {
    let (config, data) = load(a.config.as_deref(), Some(DEVICE_CONFIG))?;
    let w_scale = a
        .w_scale
        .unwrap_or_else(|| training::config_w_scale(&config, 1.0));
    let mut spec = BiasSpec::new(a.device, a.points.0, a.seeds, w_scale);
    spec.plain_k = a.bins;
    spec.accumulate = a.accumulate;
    spec.trainer = a.trainer;
    bias::check(&spec)?;
    let stem = match a.trainer {
        training::Algorithm::Mgd => "bias".to_string(),
        other => format!("bias_{}", other.name()),
    };
    eprintln!(
        "mgdsim devices bias: trainer {}, device {}, N {:?} per polarity, {} seeds, plain K {}, optimized K in {:?}, w_scale {}, accumulate {} steps, {} on `{}` ({} steps per run)",
        spec.trainer.name(),
        spec.device.name(),
        spec.points,
        spec.seeds,
        spec.plain_k,
        spec.k_candidates,
        spec.w_scale,
        spec.accumulate,
        config.source,
        data.name,
        config.run.steps
    );
    let start = std::time::Instant::now();
    let cells = bias::run(&spec, &config, &data)?;
    let sums = bias::summarize(&cells);
    let u = spec.device.unit();
    println!(
        "{:>6} {:>9} {:>5} {:>8} {:>17} {:>13} {:>9} {:>9} {:>9} {:>6} {:>7}",
        "N",
        "model",
        "K",
        "acc %",
        "MB % (mean+-std)",
        "MB range %",
        &format!("|dmu| {u}"),
        &format!("|dsig| {u}"),
        &format!("dmu {u}"),
        "KS",
        &format!("W1 {u}")
    );
    for s in &sums {
        println!(
            "{:>6} {:>9} {:>5.1} {:>8.2} {:>8.2} +- {:>5.2} {:>6.1}..{:<5.1} {:>9.4} {:>9.4} {:>9.4} {:>6.3} {:>7.4}",
            s.n,
            s.model.name(),
            s.k_mean,
            pct(s.accuracy),
            pct(s.mb_mean),
            pct(s.mb_std),
            pct(s.mb_min),
            pct(s.mb_max),
            s.errors.mean_abs_mu,
            s.errors.mean_abs_sigma,
            s.errors.signed_mu,
            s.errors.ks,
            s.errors.w1
        );
    }
    let tables: Vec<&bias::Cell> = cells.iter().filter(|c| c.model != Model::Truth).collect();
    let absmb: Vec<f64> = tables.iter().map(|c| c.mb.abs()).collect();
    for (name, f) in [
        (
            "|dmu|",
            (|c: &&bias::Cell| c.errors.mean_abs_mu) as fn(&&bias::Cell) -> f64,
        ),
        ("|dsigma|", |c| c.errors.mean_abs_sigma),
        ("KS", |c| c.errors.ks),
        ("W1", |c| c.errors.w1),
    ] {
        let xs: Vec<f64> = tables.iter().map(f).collect();
        println!(
            "correlation of |MB| with {name} over all table cells: {:.2}",
            bias::correlation(&xs, &absmb)
        );
    }
    // The sign of MB cell by cell (paper C: both signs at small N).
    for s in sums.iter().filter(|s| s.model != Model::Truth) {
        let cells_here: Vec<f64> = tables
            .iter()
            .filter(|c| c.n == s.n && c.model == s.model)
            .map(|c| c.mb)
            .collect();
        let pos = cells_here.iter().filter(|&&m| m > 0.0).count();
        let neg = cells_here.iter().filter(|&&m| m < 0.0).count();
        println!(
            "sign of MB: N {:>6} {:>9}: {pos} positive, {neg} negative, {} zero",
            s.n,
            s.model.name(),
            cells_here.len() - pos - neg
        );
    }
    println!("wall time {:.1} s", start.elapsed().as_secs_f64());

    let mut csv = String::from("n,seed,model,k_set,k_reset,acc_final,acc_best,truth_final,truth_best,mb,mb_best,mean_abs_mu,mean_abs_sigma,signed_mu,ks,w1\n");
    for c in &cells {
        let _ = writeln!(
            csv,
            "{},{},{},{},{},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6}",
            c.n,
            c.seed,
            c.model.name(),
            c.k_set,
            c.k_reset,
            c.outcome.final_accuracy,
            c.outcome.best_accuracy,
            c.truth.final_accuracy,
            c.truth.best_accuracy,
            c.mb,
            c.mb_best,
            c.errors.mean_abs_mu,
            c.errors.mean_abs_sigma,
            c.errors.signed_mu,
            c.errors.ks,
            c.errors.w1
        );
    }
    let p = write(&a.out, &format!("{stem}.csv"), &csv)?;
    eprintln!("wrote {}", p.display());
    let mut csv = String::from(
        "n,model,seeds,k_mean,acc_mean,mb_mean,mb_std,mb_min,mb_max,mean_abs_mu,mean_abs_sigma,signed_mu,ks,w1\n",
    );
    for s in &sums {
        let _ = writeln!(
            csv,
            "{},{},{},{:.2},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6}",
            s.n,
            s.model.name(),
            s.seeds,
            s.k_mean,
            s.accuracy,
            s.mb_mean,
            s.mb_std,
            s.mb_min,
            s.mb_max,
            s.errors.mean_abs_mu,
            s.errors.mean_abs_sigma,
            s.errors.signed_mu,
            s.errors.ks,
            s.errors.w1
        );
    }
    let p = write(&a.out, &format!("{stem}_summary.csv"), &csv)?;
    eprintln!("wrote {}", p.display());
    let svg = a.out.join(format!("{stem}.svg"));
    plot_bias(&svg, &spec, &sums).with_context(|| format!("drawing {}", svg.display()))?;
    eprintln!("wrote {}", svg.display());
    Ok(ExitCode::SUCCESS)
}

fn plot_bias(path: &Path, spec: &BiasSpec, sums: &[bias::Summary]) -> anyhow::Result<()> {
    let root = SVGBackend::new(path, (760, 720)).into_drawing_area();
    root.fill(&WHITE)?;
    let (top, bottom) = root.split_vertically(380);
    let nmin = *spec.points.iter().min().unwrap_or(&2) as f64;
    let nmax = *spec.points.iter().max().unwrap_or(&3) as f64;
    let xr = (nmin / 1.5)..(nmax * 1.5);
    let series =
        |m: Model| -> Vec<&bias::Summary> { sums.iter().filter(|s| s.model == m).collect() };
    let lim = sums
        .iter()
        .map(|s| (s.mb_mean.abs() + s.mb_std) * 100.0)
        .fold(1.0_f64, f64::max)
        * 1.1;
    let mut c = ChartBuilder::on(&top)
        .caption(
            format!(
                "modeling bias, {} device, {} seeds (mean +- std)",
                spec.device.name(),
                spec.seeds
            ),
            ("sans-serif", 18),
        )
        .margin(10)
        .x_label_area_size(35)
        .y_label_area_size(55)
        .build_cartesian_2d(xr.clone().log_scale(), -lim..lim)?;
    c.configure_mesh()
        .x_desc("device points per polarity N")
        .y_desc("MB (accuracy points)")
        .draw()?;
    c.draw_series(LineSeries::new(
        [(xr.start, 0.0), (xr.end, 0.0)],
        BLACK.mix(0.4),
    ))?;
    for (m, color, dx) in [(Model::Binned, RED, 0.95), (Model::Optimized, BLUE, 1.05)] {
        let s = series(m);
        c.draw_series(LineSeries::new(
            s.iter().map(|s| (s.n as f64 * dx, 100.0 * s.mb_mean)),
            color,
        ))?
        .label(format!(
            "{}{}",
            m.name(),
            if m == Model::Binned {
                format!(" (K = {})", spec.plain_k)
            } else {
                String::new()
            }
        ))
        .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color));
        c.draw_series(s.iter().map(|s| {
            let x = s.n as f64 * dx;
            PathElement::new(
                vec![
                    (x, 100.0 * (s.mb_mean - s.mb_std)),
                    (x, 100.0 * (s.mb_mean + s.mb_std)),
                ],
                color,
            )
        }))?;
    }
    c.configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;

    let wmax = sums.iter().map(|s| s.errors.w1).fold(1e-6_f64, f64::max) * 1.1;
    let mut c = ChartBuilder::on(&bottom)
        .caption(
            format!(
                "device-level error (mean W1 over G, SET and RESET), {}",
                spec.device.unit()
            ),
            ("sans-serif", 16),
        )
        .margin(10)
        .x_label_area_size(35)
        .y_label_area_size(55)
        .build_cartesian_2d(xr.log_scale(), 0.0..wmax)?;
    c.configure_mesh()
        .x_desc("device points per polarity N")
        .y_desc("W1")
        .draw()?;
    for (m, color) in [(Model::Binned, RED), (Model::Optimized, BLUE)] {
        c.draw_series(LineSeries::new(
            series(m).iter().map(|s| (s.n as f64, s.errors.w1)),
            color,
        ))?
        .label(m.name())
        .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color));
    }
    c.configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}

fn run_robustness(a: RobustnessArgs) -> anyhow::Result<ExitCode> {
    let (config, data) = load(a.config.as_deref(), None)?;
    anyhow::ensure!(a.seeds >= 1, "--seeds must be >= 1, got 0");
    eprintln!(
        "mgdsim devices robustness: {} on `{}`, {} steps, {} seeds",
        config.source, data.name, config.run.steps, a.seeds
    );
    let start = std::time::Instant::now();
    let ideal: Vec<f64> = (0..a.seeds)
        .map(|k| {
            let mut c = config.clone();
            c.run.seed = config.run.seed.wrapping_add(k);
            training::train_through(&c, &data, None).final_accuracy
        })
        .collect();
    let (im, is) = crate::devices::stats::mean_std(&ideal);
    let pts = robustness::run(&config, &data, &a.sigmas.0, &a.variations.0, a.seeds)?;
    println!(
        "ideal weights: final test accuracy {:.2} +- {:.2} %",
        pct(im),
        pct(is)
    );
    println!(
        "{:>17} {:>8} {:>18} {:>10}",
        "disturbance", "level", "final acc % (+-)", "best acc %"
    );
    let mut csv = String::from("disturbance,level,seed,acc_final,acc_best\n");
    for d in [
        Disturbance::SharedNoise,
        Disturbance::PerWeightNoise,
        Disturbance::StepVariation,
    ] {
        let levels = if d == Disturbance::StepVariation {
            &a.variations.0
        } else {
            &a.sigmas.0
        };
        for &l in levels {
            let (m, s) = robustness::accuracy_at(&pts, d, l);
            let best: Vec<f64> = pts
                .iter()
                .filter(|p| p.disturbance == d && p.level == l)
                .map(|p| p.outcome.best_accuracy)
                .collect();
            let bm = crate::devices::stats::mean_std(&best).0;
            println!(
                "{:>17} {:>8} {:>10.2} +- {:>5.2} {:>10.2}",
                d.name(),
                l,
                pct(m),
                pct(s),
                pct(bm)
            );
        }
    }
    for p in &pts {
        let _ = writeln!(
            csv,
            "{},{},{},{:.6},{:.6}",
            p.disturbance.name(),
            p.level,
            p.seed,
            p.outcome.final_accuracy,
            p.outcome.best_accuracy
        );
    }
    println!("wall time {:.1} s", start.elapsed().as_secs_f64());
    let p = write(&a.out, "robustness.csv", &csv)?;
    eprintln!("wrote {}", p.display());
    let svg = a.out.join("robustness.svg");
    plot_robustness(&svg, &config.source, &pts, &a.sigmas.0, &a.variations.0, im)
        .with_context(|| format!("drawing {}", svg.display()))?;
    eprintln!("wrote {}", svg.display());
    Ok(ExitCode::SUCCESS)
}

fn plot_robustness(
    path: &Path,
    title: &str,
    pts: &[robustness::Point],
    sigmas: &[f64],
    variations: &[f64],
    ideal: f64,
) -> anyhow::Result<()> {
    let root = SVGBackend::new(path, (900, 400)).into_drawing_area();
    root.fill(&WHITE)?;
    let (left, right) = root.split_horizontally(450);
    let pos: Vec<f64> = sigmas.iter().copied().filter(|&s| s > 0.0).collect();
    let (lo, hi) = (
        pos.iter().copied().fold(f64::INFINITY, f64::min),
        pos.iter().copied().fold(0.0, f64::max),
    );
    let xr = if pos.is_empty() {
        1e-3..1.0
    } else {
        (lo / 1.5)..(hi * 1.5)
    };
    let mut c = ChartBuilder::on(&left)
        .caption(format!("update noise ({title})"), ("sans-serif", 14))
        .margin(10)
        .x_label_area_size(35)
        .y_label_area_size(50)
        .build_cartesian_2d(xr.clone().log_scale(), 0.0..100.0)?;
    c.configure_mesh()
        .x_desc("sigma (weight units per update)")
        .y_desc("final test accuracy %")
        .draw()?;
    c.draw_series(LineSeries::new(
        [(xr.start, 100.0 * ideal), (xr.end, 100.0 * ideal)],
        BLACK.mix(0.4),
    ))?
    .label("ideal weights")
    .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], BLACK.mix(0.4)));
    for (d, color) in [
        (Disturbance::SharedNoise, RED),
        (Disturbance::PerWeightNoise, BLUE),
    ] {
        c.draw_series(LineSeries::new(
            pos.iter()
                .map(|&l| (l, 100.0 * robustness::accuracy_at(pts, d, l).0)),
            color,
        ))?
        .label(d.name())
        .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color));
    }
    c.configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    let vmax = variations.iter().copied().fold(0.1, f64::max) * 1.05;
    let mut c = ChartBuilder::on(&right)
        .caption("device-to-device step variation", ("sans-serif", 14))
        .margin(10)
        .x_label_area_size(35)
        .y_label_area_size(50)
        .build_cartesian_2d(0.0..vmax, 0.0..100.0)?;
    c.configure_mesh()
        .x_desc("s (gain ~ N(1, s^2))")
        .y_desc("final test accuracy %")
        .draw()?;
    c.draw_series(LineSeries::new(
        variations.iter().map(|&l| {
            (
                l,
                100.0 * robustness::accuracy_at(pts, Disturbance::StepVariation, l).0,
            )
        }),
        GREEN,
    ))?;
    root.present()?;
    Ok(())
}

fn run_compare(a: CompareArgs) -> anyhow::Result<ExitCode> {
    let (config, data) = load(a.config.as_deref(), Some(DEVICE_CONFIG))?;
    anyhow::ensure!(a.seeds >= 1, "--seeds must be >= 1, got 0");
    let w_scale = a
        .w_scale
        .unwrap_or_else(|| training::config_w_scale(&config, 1.0));
    eprintln!(
        "mgdsim devices compare: {} on `{}`, {} steps, tau_theta {}, eta {}, w_scale {w_scale}, accumulate {} steps, {} seeds",
        config.source, data.name, config.run.steps, config.mgd.tau_theta, config.mgd.eta, a.accumulate, a.seeds
    );
    let start = std::time::Instant::now();
    let rows = training::compare(
        &config,
        &data,
        &Storage::ALL,
        a.seeds,
        w_scale,
        a.accumulate,
    )?;
    println!(
        "{:>18} {:>18} {:>10} {:>11}",
        "storage", "final acc % (+-)", "best acc %", "train acc %"
    );
    let mut csv = String::from("storage,seed,acc_final,acc_best,train_final\n");
    for s in Storage::ALL {
        let r: Vec<&training::CompareRow> = rows.iter().filter(|r| r.storage == s).collect();
        let f: Vec<f64> = r.iter().map(|r| r.outcome.final_accuracy).collect();
        let b: Vec<f64> = r.iter().map(|r| r.outcome.best_accuracy).collect();
        let t: Vec<f64> = r.iter().map(|r| r.outcome.final_train_accuracy).collect();
        let (fm, fs) = crate::devices::stats::mean_std(&f);
        println!(
            "{:>18} {:>10.2} +- {:>5.2} {:>10.2} {:>11.2}",
            s.name(),
            pct(fm),
            pct(fs),
            pct(crate::devices::stats::mean_std(&b).0),
            pct(crate::devices::stats::mean_std(&t).0)
        );
        for r in r {
            let _ = writeln!(
                csv,
                "{},{},{:.6},{:.6},{:.6}",
                s.name(),
                r.seed,
                r.outcome.final_accuracy,
                r.outcome.best_accuracy,
                r.outcome.final_train_accuracy
            );
        }
    }
    println!("wall time {:.1} s", start.elapsed().as_secs_f64());
    let p = write(&a.out, "compare.csv", &csv)?;
    eprintln!("wrote {}", p.display());
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_parse_and_bad_lists_say_why() {
        assert_eq!(
            parse_points("100, 300,1000"),
            Ok(Points(vec![100, 300, 1000]))
        );
        assert_eq!(
            parse_points(""),
            Err("empty list: give at least one N, e.g. `100,1000`".into())
        );
        assert!(parse_points(" , ").unwrap_err().starts_with("empty list"));
        assert_eq!(
            parse_points("100,0"),
            Err("each N must be >= 2 device points, got 0".into())
        );
        assert_eq!(
            parse_points("1e3"),
            Err("`1e3` is not a whole number of device points".into())
        );
        assert_eq!(
            parse_points("-5").unwrap_err(),
            "`-5` is not a whole number of device points"
        );
    }

    #[test]
    fn levels_parse_and_bad_lists_say_why() {
        assert_eq!(parse_levels("0,0.01"), Ok(Levels(vec![0.0, 0.01])));
        assert!(parse_levels("").unwrap_err().starts_with("empty list"));
        assert_eq!(
            parse_levels("0.1,-1"),
            Err("each level must be finite and >= 0, got -1".into())
        );
        assert_eq!(
            parse_levels("inf").unwrap_err(),
            "each level must be finite and >= 0, got inf"
        );
        assert_eq!(parse_levels("x").unwrap_err(), "`x` is not a number");
    }

    #[test]
    fn unknown_device_is_refused_by_the_command_line() {
        use clap::Parser;
        let err = crate::cli::Cli::try_parse_from(["mgdsim", "devices", "bias", "--device", "pcm"])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("unknown device `pcm`: expected `exp` or `tiox`"),
            "{err}"
        );
        let err = crate::cli::Cli::try_parse_from(["mgdsim", "devices", "bias", "--points", "0"])
            .unwrap_err()
            .to_string();
        assert!(err.contains(">= 2 device points, got 0"), "{err}");
    }
}
