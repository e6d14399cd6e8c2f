//! `mgdsim devices lea`: paper D on faulty crossbars. `digits` sweeps the stuck fraction and
//! `alpha` for LEA, MAO and committee machines (Fig. 4b) on a network trained here; `yinyang`
//! runs the two-task Yin-Yang continual-learning grid (Fig. 5b). Each prints tables with the
//! published numbers beside ours and writes CSV and SVG into `--out`. The logic lives in
//! `experiments::{crossbar_net, lea_sweep, yinyang_cl}`; this file parses, prints and draws.

use crate::datasets;
use crate::devices::crossbar::CrossbarParams;
use crate::experiments::crossbar_net::TernaryNet;
use crate::experiments::lea_sweep::{self, BetaRule, SweepRow, SweepSpec};
use crate::experiments::sgd;
use anyhow::Context;
use plotters::prelude::*;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `mgdsim devices lea`.
#[derive(clap::Args, Debug)]
pub struct LeaArgs {
    #[command(subcommand)]
    mode: Mode,
}

#[derive(clap::Subcommand, Debug)]
enum Mode {
    /// Accuracy and mapping error against stuck fraction and alpha (paper D, Fig. 4b).
    Digits(DigitsArgs),
}

/// Crossbar constants shared by the modes.
#[derive(clap::Args, Debug, Clone)]
struct XbarArgs {
    /// Read noise half-width (uS).
    #[arg(long, default_value_t = 10.0)]
    read_noise: f64,
    /// Write noise std (uS).
    #[arg(long, default_value_t = 16.66)]
    write_noise: f64,
    /// DAC bits (0: ideal).
    #[arg(long, default_value_t = 8)]
    dac_bits: u32,
    /// ADC bits (0: ideal).
    #[arg(long, default_value_t = 12)]
    adc_bits: u32,
}

impl XbarArgs {
    fn params(&self) -> anyhow::Result<CrossbarParams> {
        let p = CrossbarParams {
            read_noise: self.read_noise,
            write_noise: self.write_noise,
            dac_bits: self.dac_bits,
            adc_bits: self.adc_bits,
            ..CrossbarParams::default()
        };
        p.validate()?;
        Ok(p)
    }
}

/// Arguments of `mgdsim devices lea digits`.
#[derive(clap::Args, Debug)]
struct DigitsArgs {
    /// Data set: a CSV file (default the UCI digits) or an MNIST-layout IDX directory.
    #[arg(long, default_value = "data/digits.csv.gz")]
    data: String,
    /// Test fraction of a CSV data set.
    #[arg(long, default_value_t = 0.2)]
    test_fraction: f64,
    /// Hidden neurons of the in-between layer (network inputs-hidden-classes, tanh).
    #[arg(long, default_value_t = 64)]
    hidden: usize,
    /// Training epochs of the f64 backprop run.
    #[arg(long, default_value_t = 40)]
    epochs: usize,
    /// SGD step.
    #[arg(long, default_value_t = 0.1)]
    eta: f64,
    /// Epochs of ternary-aware fine-tuning after the f64 run (straight-through estimator).
    #[arg(long, default_value_t = 30)]
    qat_epochs: usize,
    /// Stuck fractions, comma separated.
    #[arg(long, default_value = "0,0.05,0.1,0.2,0.4,0.5", value_parser = parse_fractions)]
    fractions: Fractions,
    /// Largest alpha (the sweep runs 1..=alpha-max).
    #[arg(long, default_value_t = 6)]
    alpha_max: usize,
    /// LEA's beta: `all` (= alpha), `half` (ceil(alpha/2)) or a number (capped at alpha).
    #[arg(long, default_value = "all", value_parser = BetaRule::parse)]
    beta: BetaRule,
    /// Fault maps per point.
    #[arg(long, default_value_t = 5)]
    cycles: usize,
    /// Seed of training, fault maps and noise.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[command(flatten)]
    xbar: XbarArgs,
    /// Folder with the authors' figure_4b files (skipped if missing).
    #[arg(long, default_value = "data/lea_figdata/figure_4b")]
    published: PathBuf,
    /// Output folder for lea_digits.csv and lea_digits.svg.
    #[arg(long, default_value = "out/lea")]
    out: PathBuf,
}

/// Stuck fractions in [0, 1].
#[derive(Clone, Debug)]
struct Fractions(Vec<f64>);

fn parse_fractions(s: &str) -> Result<Fractions, String> {
    let v = s
        .split(',')
        .map(|t| match t.trim().parse::<f64>() {
            Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
            Ok(x) => Err(format!("each fraction must be in [0, 1], got {x}")),
            Err(_) => Err(format!("`{t}` is not a number")),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Fractions(v))
}

/// Run `mgdsim devices lea`.
pub fn run(args: LeaArgs) -> anyhow::Result<ExitCode> {
    match args.mode {
        Mode::Digits(a) => run_digits(a),
    }
}

fn write(out: &Path, name: &str, text: &str) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let path = out.join(name);
    std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

fn run_digits(a: DigitsArgs) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        a.alpha_max >= 1 && a.alpha_max <= 16,
        "--alpha-max must be in 1..=16, got {}",
        a.alpha_max
    );
    anyhow::ensure!(
        a.hidden >= 1 && a.hidden <= 4096,
        "--hidden must be in 1..=4096, got {}",
        a.hidden
    );
    anyhow::ensure!(
        a.cycles >= 1 && a.cycles <= 1000,
        "--cycles must be in 1..=1000, got {}",
        a.cycles
    );
    anyhow::ensure!(
        a.eta.is_finite() && a.eta > 0.0,
        "--eta must be > 0, got {}",
        a.eta
    );
    let params = a.xbar.params()?;
    let data = datasets::load(&a.data, Path::new("."), a.test_fraction, a.seed)
        .with_context(|| format!("loading data set `{}`", a.data))?;
    anyhow::ensure!(
        !data.train.is_empty() && !data.test.is_empty(),
        "{}: needs training and test samples",
        a.data
    );
    let start = std::time::Instant::now();
    let layers = [data.n_inputs, a.hidden, data.n_classes];
    let (net, mut theta) = sgd::train_mlp(&layers, &data.train, a.epochs, a.eta, 16, 0.3, a.seed);
    let x_max = data
        .train
        .iter()
        .flat_map(|s| s.x.iter())
        .fold(0.0_f64, |m, v| m.max(v.abs()))
        .max(1e-12);
    let f64_acc = 100.0 * net.evaluate(&theta, &data.test).accuracy;
    let project = |th: &[f64]| TernaryNet::new(&net, th, x_max).theta;
    let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(a.seed ^ 0x7174);
    let qat = a.qat_epochs;
    sgd::train_projected(
        &net,
        &mut theta,
        &data.train,
        qat,
        a.eta,
        16,
        None,
        Some(&project),
        &mut rng,
    );
    let tn = TernaryNet::new(&net, &theta, x_max);
    let tern_acc = 100.0 * net.evaluate(&tn.theta, &data.test).accuracy;
    eprintln!(
        "mgdsim devices lea digits: {} ({} train / {} test), network {:?} tanh, {} epochs + {} ternary-aware; test accuracy f64 {:.2}%, ternary {:.2}% (software, no crossbar)",
        data.name,
        data.train.len(),
        data.test.len(),
        layers,
        a.epochs,
        a.qat_epochs,
        f64_acc,
        tern_acc
    );
    let spec = SweepSpec {
        fractions: a.fractions.0.clone(),
        alphas: (1..=a.alpha_max).collect(),
        cycles: a.cycles,
        beta: a.beta,
        params,
        seed: a.seed,
    };
    let rows = lea_sweep::run(&tn, &data.test, &spec)?;
    print_tables(&rows, &spec, &a.published);
    println!(
        "software accuracy: f64 {f64_acc:.2}%, ternary {tern_acc:.2}%; wall time {:.1} s",
        start.elapsed().as_secs_f64()
    );
    let mut csv = String::from(
        "method,alpha,beta,p,acc,acc_std,err,err_std,devices,published_acc,published_err\n",
    );
    for r in &rows {
        let (pa, pe) = published(&a.published, r);
        let _ = writeln!(
            csv,
            "{},{},{},{},{:.4},{:.4},{:.4},{:.4},{},{},{}",
            r.method,
            r.alpha,
            r.beta,
            r.p,
            r.acc,
            r.acc_std,
            r.err,
            r.err_std,
            r.devices,
            pa.map_or(String::new(), |v| format!("{v:.4}")),
            pe.map_or(String::new(), |v| format!("{v:.4}"))
        );
    }
    let p = write(&a.out, "lea_digits.csv", &csv)?;
    eprintln!("wrote {}", p.display());
    let svg = a.out.join("lea_digits.svg");
    plot_sweep(&svg, &rows, &spec).with_context(|| format!("drawing {}", svg.display()))?;
    eprintln!("wrote {}", svg.display());
    Ok(ExitCode::SUCCESS)
}

/// The authors' accuracy and mapping error for the same method, alpha and p, if on disk.
fn published(dir: &Path, r: &SweepRow) -> (Option<f64>, Option<f64>) {
    let name = if r.method == "LEA" {
        "LEA1"
    } else {
        r.method.as_str()
    };
    let get = |what: &str| {
        lea_sweep::published_fig4b(dir, what, r.alpha, name)
            .ok()
            .and_then(|c| lea_sweep::at(&c, r.p))
    };
    (get("accuracy"), get("mappingerror"))
}

fn print_tables(rows: &[SweepRow], spec: &SweepSpec, dir: &Path) {
    for (what, title) in [(0, "test accuracy %"), (1, "mapping error %")] {
        for method in ["LEA", "MAO", "CM"] {
            println!(
                "\n{method}: {title}, ours (paper D Fig. 4b in parentheses, MNIST 784-150-10)"
            );
            let mut head = format!("{:>5} {:>4}", "alpha", "beta");
            for p in &spec.fractions {
                let _ = write!(head, " {:>16}", format!("p = {:.0}%", 100.0 * p));
            }
            println!("{head}");
            for &alpha in &spec.alphas {
                let mut line = String::new();
                for r in rows
                    .iter()
                    .filter(|r| r.method == method && r.alpha == alpha)
                {
                    if line.is_empty() {
                        let beta = if method == "LEA" {
                            r.beta.to_string()
                        } else {
                            "-".into()
                        };
                        line = format!("{alpha:>5} {beta:>4}");
                    }
                    let (pa, pe) = published(dir, r);
                    let (ours, theirs) = if what == 0 { (r.acc, pa) } else { (r.err, pe) };
                    let cell = match theirs {
                        Some(t) => format!("{ours:.1} ({t:.1})"),
                        None => format!("{ours:.1} (-)"),
                    };
                    let _ = write!(line, " {cell:>16}");
                }
                println!("{line}");
            }
        }
    }
}

fn plot_sweep(path: &Path, rows: &[SweepRow], spec: &SweepSpec) -> anyhow::Result<()> {
    let root = SVGBackend::new(path, (1200, 760)).into_drawing_area();
    root.fill(&WHITE)?;
    let panels = root.split_evenly((2, 3));
    let colors = [RED, BLUE, GREEN, MAGENTA, CYAN, BLACK];
    let max_err = rows.iter().map(|r| r.err).fold(10.0_f64, f64::max) * 1.05;
    for (pi, panel) in panels.iter().enumerate() {
        let method = ["LEA", "MAO", "CM"][pi % 3];
        let acc = pi < 3;
        let y = if acc { 0.0..100.0 } else { 0.0..max_err };
        let mut c = ChartBuilder::on(panel)
            .caption(
                format!(
                    "{method}: {}",
                    if acc { "accuracy %" } else { "mapping error %" }
                ),
                ("sans-serif", 16),
            )
            .margin(8)
            .x_label_area_size(30)
            .y_label_area_size(45)
            .build_cartesian_2d(0.0..55.0, y)?;
        c.configure_mesh().x_desc("stuck %").draw()?;
        for (k, &alpha) in spec.alphas.iter().enumerate() {
            let color = colors[k % colors.len()];
            let pts: Vec<(f64, f64)> = rows
                .iter()
                .filter(|r| r.method == method && r.alpha == alpha)
                .map(|r| (100.0 * r.p, if acc { r.acc } else { r.err }))
                .collect();
            c.draw_series(LineSeries::new(pts, color))?
                .label(format!("alpha {alpha}"))
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 15, y)], color));
        }
        if pi == 0 {
            c.configure_series_labels()
                .background_style(WHITE.mix(0.8))
                .border_style(BLACK)
                .draw()?;
        }
    }
    root.present()?;
    Ok(())
}
