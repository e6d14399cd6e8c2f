//! `mgdsim devices lea`: paper D on faulty crossbars. `digits` sweeps the stuck fraction and
//! `alpha` for LEA, MAO and committee machines (Fig. 4b) on a network trained here; `yinyang`
//! runs the two-task Yin-Yang continual-learning grid (Fig. 5b). Each prints tables with the
//! published numbers beside ours and writes CSV and SVG into `--out`. The logic lives in
//! `experiments::{crossbar_net, lea_sweep, yinyang_cl}`; this file parses, prints and draws.

use super::lea_digits::{
    digits_spec, prepare_digits, print_calibration, write, CalibrateArg, DigitsArgs, XbarArgs,
};
pub(super) use super::lea_inplace::InplaceArgs;
use crate::experiments::crossbar_net::CalibrationSet;
use crate::experiments::lea_diag;
use crate::experiments::lea_sweep::{self, SweepRow, SweepSpec};
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
    /// Two-task Yin-Yang with EWC, LEA over (alpha, beta), greedy/random, simple/RME (Fig. 5b).
    Yinyang(YinyangArgs),
    /// Beyond the paper: MGD trains the digits network in place on the faulty crossbar,
    /// against LEA at equal device count (the `digits` network, fault maps and LEA sweep).
    Inplace(InplaceArgs),
}

/// Arguments of `mgdsim devices lea yinyang`.
#[derive(clap::Args, Debug)]
struct YinyangArgs {
    /// f64 epochs per task (the authors': 50; ours reach 96% on task 1 at 150, 85% at 50).
    #[arg(long, default_value_t = 150)]
    epochs: usize,
    /// Ternary-aware epochs per task.
    #[arg(long, default_value_t = 100)]
    qat_epochs: usize,
    /// Cost: softmax cross-entropy on the output pre-activations (the authors') or MSE.
    #[arg(long, value_enum, default_value_t = CostArg::Ce)]
    cost: CostArg,
    /// Update rule (the authors': Adam).
    #[arg(long, value_enum, default_value_t = OptArg::Adam)]
    optimizer: OptArg,
    /// Adam's learning rate (the authors': 1e-3).
    #[arg(long, default_value_t = 1e-3)]
    lr: f64,
    /// SGD step (with --optimizer sgd).
    #[arg(long, default_value_t = 0.05)]
    eta: f64,
    /// Minibatch (the authors': 20).
    #[arg(long, default_value_t = 20)]
    batch: usize,
    /// Clip the latent weights to [-c, c] in the ternary-aware epochs (0: no clip).
    #[arg(long, default_value_t = 1.0)]
    qat_clip: f64,
    /// End the ternary-aware epochs on the last epoch, not on the one with the lowest
    /// training objective (cost of the ternary network plus the EWC penalty).
    #[arg(long)]
    qat_last: bool,
    /// EWC strength.
    #[arg(long, default_value_t = 4.0)]
    lambda: f64,
    /// Task-1 samples for the Fisher diagonal.
    #[arg(long, default_value_t = 100)]
    fisher_samples: usize,
    /// Largest alpha of the grid (beta runs 1..=alpha).
    #[arg(long, default_value_t = 4)]
    alpha_max: usize,
    /// Repetitions (fault maps) per cell.
    #[arg(long, default_value_t = 20)]
    reps: usize,
    /// Blocks per layer strip on the chip stand-in.
    #[arg(long, default_value_t = 40)]
    pool: usize,
    /// Instead of the strip: per layer this many kernels of 25 x 25 devices, on which a
    /// block may sit at any offset inside one kernel (the authors' board has 32 kernels for
    /// its 3 layers; greedy then searches every offset, as their code does). 0: the strip.
    #[arg(long, default_value_t = 0)]
    kernels: usize,
    /// Stuck fraction (stuck high, as on the authors' board).
    #[arg(long, default_value_t = 0.04)]
    stuck: f64,
    /// Seed of data, training, faults and noise.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[command(flatten)]
    xbar: XbarArgs,
    /// The authors' two-task test set (skipped if missing).
    #[arg(
        long,
        default_value = "data/lea_figdata/figure_5a/double_yinyang_dataset.txt"
    )]
    authors_test: PathBuf,
    /// Folder with the authors' figure_5b files (skipped if missing).
    #[arg(long, default_value = "data/lea_figdata/figure_5b")]
    published: PathBuf,
    /// Output folder for lea_yinyang.csv and lea_yinyang.svg.
    #[arg(long, default_value = "out/lea")]
    out: PathBuf,
    /// Print the software accuracies and stop (no crossbar grid).
    #[arg(long)]
    train_only: bool,
    /// Every repetition on one chip (one fault map, that of repetition 1): each repetition
    /// maps afresh (new random placement, new write and read noise), as the authors
    /// measured one board 100 times. Default: a new fault map per repetition.
    #[arg(long)]
    one_chip: bool,
    /// One chip programmed once: each cell is mapped once (repetition 1's fault map,
    /// placement, write noise, kept copies) and every repetition only reads it again with
    /// fresh read noise. Implies --one-chip.
    #[arg(long)]
    read_only: bool,
    /// Ternary quantizer: one threshold and scale per output row (a digital gain after each
    /// row's ADC) or per layer (the old default).
    #[arg(long, value_enum, default_value_t = QuantArg::Row)]
    quantizer: QuantArg,
    /// Mirrored inputs: (x, y, 1-x, 1-y) for task 1 and (x, y, 2-x, 2-y) for task 2 (the
    /// authors' dataset code), or (x, y, 2-x, 2-y) for both (the old default).
    #[arg(long, value_enum, default_value_t = MirrorArg::PerTask)]
    mirror: MirrorArg,
    /// Anchor the ternary network's EWC penalty at its own task-1 solution (ternary-aware
    /// latent weights, Fisher of the ternary network) rather than at the f64 task-1 network.
    #[arg(long)]
    ternary_anchor: bool,
    /// How the f64 networks become ternary: ternary-aware fine-tuning after each task
    /// (`qat`), or the f64 network ternarized after training by layer-wise reconstruction of
    /// its pre-activations on the inputs of the tasks seen so far (`fit`, BRECQ's idea, the
    /// authors' quantizer; `--qat-epochs` and `--ternary-anchor` then do nothing).
    #[arg(long, value_enum, default_value_t = TernArg::Qat)]
    ternarize: TernArg,
    /// Post-mapping calibration of each row's digital offset (`mean`) or offset and gain
    /// (`affine`) on the unlabeled inputs the chip holds at task 2's end: task 2's training
    /// inputs and the task-1 samples of EWC's Fisher. Our addition, not the paper's.
    #[arg(long, value_enum, default_value_t = CalibrateArg::None)]
    calibrate: CalibrateArg,
}

/// `--ternarize`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum TernArg {
    /// Ternary-aware fine-tuning.
    Qat,
    /// Layer-wise reconstruction after training.
    Fit,
}

/// `--quantizer`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum QuantArg {
    /// One scale per output row.
    Row,
    /// One scale per layer.
    Layer,
}

/// `--mirror`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum MirrorArg {
    /// (1 + task) - x: the authors'.
    PerTask,
    /// 2 - x for both tasks.
    Shared,
}

/// `--cost`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum CostArg {
    /// Softmax cross-entropy.
    Ce,
    /// Mean squared error of the tanh outputs against one-hot targets.
    Mse,
}

/// `--optimizer`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum OptArg {
    /// Adam (beta1 0.9, beta2 0.999, eps 1e-8).
    Adam,
    /// Plain SGD.
    Sgd,
}

/// Run `mgdsim devices lea`.
pub fn run(args: LeaArgs) -> anyhow::Result<ExitCode> {
    match args.mode {
        Mode::Digits(a) => run_digits(a),
        Mode::Yinyang(a) => run_yinyang(a),
        Mode::Inplace(a) => super::lea_inplace::run(a),
    }
}

fn run_digits(a: DigitsArgs) -> anyhow::Result<ExitCode> {
    let start = std::time::Instant::now();
    let pr = prepare_digits(&a, "mgdsim devices lea digits")?;
    let (data, tn, f64_acc, tern_acc) = (&pr.data, &pr.tn, pr.f64_acc, pr.tern_acc);
    let spec = digits_spec(&a, &pr);
    print_calibration(&spec.calibration, "training inputs");
    if a.diagnose {
        return run_diagnose(&a, &pr, &spec, start);
    }
    let rows = lea_sweep::run(tn, &data.test, &spec)?;
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

/// `--diagnose`: where the accuracy goes (experiments::lea_diag).
fn run_diagnose(
    a: &DigitsArgs,
    pr: &super::lea_digits::Prepared,
    spec: &SweepSpec,
    start: std::time::Instant,
) -> anyhow::Result<ExitCode> {
    let (test, tn) = (&pr.data.test, &pr.tn);
    let errs = [0.0, 10.0, 25.0, 50.0, 67.0, 95.0, 130.0, 184.0];
    println!(
        "\nternary network in software, i.i.d. Gaussian weight noise at mapping error E per layer ({} draws)",
        spec.cycles
    );
    println!("{:>8} {:>14}", "E %", "accuracy %");
    for r in lea_diag::weight_noise(tn, test, &errs, spec.cycles, a.seed) {
        println!("{:>8.0} {:>8.1} +- {:<4.1}", r.rel_err, r.acc, r.acc_std);
    }
    let rows = lea_diag::ablate(tn, test, spec)?;
    let nl = tn.targets.len();
    println!(
        "\nLEA (random placement, simple encoding), mean over {} fault maps: accuracy % through the crossbars, in software with the read-back W_map, and with one layer on its crossbar",
        spec.cycles
    );
    let mut head = format!("{:>5} {:>4} {:>6} {:>8}", "alpha", "beta", "p %", "E %");
    for l in 0..nl {
        let _ = write!(head, " {:>8}", format!("E{} %", l + 1));
    }
    let _ = write!(head, " {:>8} {:>8}", "xbar", "W_map");
    for l in 0..nl {
        let _ = write!(head, " {:>8}", format!("only L{}", l + 1));
    }
    println!("{head}");
    for r in &rows {
        let mut line = format!(
            "{:>5} {:>4} {:>6.0} {:>8.1}",
            r.alpha,
            r.beta,
            100.0 * r.p,
            r.err
        );
        for e in &r.layer_err {
            let _ = write!(line, " {e:>8.1}");
        }
        let _ = write!(line, " {:>8.1} {:>8.1}", r.acc_xbar, r.acc_wmap);
        for v in &r.acc_layer {
            let _ = write!(line, " {v:>8.1}");
        }
        println!("{line}");
    }
    println!(
        "software accuracy: f64 {:.2}%, ternary {:.2}%; wall time {:.1} s",
        pr.f64_acc,
        pr.tern_acc,
        start.elapsed().as_secs_f64()
    );
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

fn run_yinyang(a: YinyangArgs) -> anyhow::Result<ExitCode> {
    use crate::experiments::sgd::{Cost, Optimizer};
    use crate::experiments::yinyang_cl::{self as yy, GridSpec, TrainSpec};
    anyhow::ensure!(
        (1..=8).contains(&a.alpha_max),
        "--alpha-max must be in 1..=8, got {}",
        a.alpha_max
    );
    anyhow::ensure!(
        (1..=1000).contains(&a.reps),
        "--reps must be in 1..=1000, got {}",
        a.reps
    );
    anyhow::ensure!(
        a.pool >= 2 * a.alpha_max && a.pool <= 10_000,
        "--pool must be in 2*alpha-max..=10000, got {}",
        a.pool
    );
    anyhow::ensure!(
        a.kernels <= 1000,
        "--kernels must be in 0..=1000, got {}",
        a.kernels
    );
    anyhow::ensure!(
        (0.0..=1.0).contains(&a.stuck),
        "--stuck must be in [0, 1], got {}",
        a.stuck
    );
    anyhow::ensure!(
        a.eta.is_finite() && a.eta > 0.0,
        "--eta must be > 0, got {}",
        a.eta
    );
    anyhow::ensure!(
        a.lr.is_finite() && a.lr > 0.0,
        "--lr must be > 0, got {}",
        a.lr
    );
    anyhow::ensure!(
        a.qat_clip.is_finite() && a.qat_clip >= 0.0,
        "--qat-clip must be >= 0, got {}",
        a.qat_clip
    );
    anyhow::ensure!(
        (1..=100_000).contains(&a.batch),
        "--batch must be in 1..=100000, got {}",
        a.batch
    );
    anyhow::ensure!(
        a.lambda.is_finite() && a.lambda >= 0.0,
        "--lambda must be >= 0, got {}",
        a.lambda
    );
    anyhow::ensure!(
        a.epochs <= 100_000 && a.qat_epochs <= 100_000,
        "--epochs and --qat-epochs must be <= 100000"
    );
    let params = a.xbar.params()?;
    let start = std::time::Instant::now();
    let mirror = match a.mirror {
        MirrorArg::PerTask => yy::Mirror::PerTask,
        MirrorArg::Shared => yy::Mirror::Shared,
    };
    let tasks = yy::Tasks::generate(a.seed, mirror);
    let authors = if a.authors_test.exists() {
        Some(yy::load_authors_test(&a.authors_test, mirror)?)
    } else {
        eprintln!(
            "{}: not found, skipping the authors' test set",
            a.authors_test.display()
        );
        None
    };
    let spec = TrainSpec {
        epochs: a.epochs,
        qat_epochs: a.qat_epochs,
        cost: match a.cost {
            CostArg::Ce => Cost::Ce,
            CostArg::Mse => Cost::Mse,
        },
        optimizer: match a.optimizer {
            OptArg::Adam => Optimizer::Adam { lr: a.lr },
            OptArg::Sgd => Optimizer::Sgd { eta: a.eta },
        },
        batch: a.batch,
        qat_clip: (a.qat_clip > 0.0).then_some(a.qat_clip),
        qat_best: !a.qat_last,
        lambda: a.lambda,
        fisher_samples: a.fisher_samples,
        quantizer: match a.quantizer {
            QuantArg::Row => crate::devices::lea::Quantizer::Row,
            QuantArg::Layer => crate::devices::lea::Quantizer::Layer,
        },
        ternary_anchor: a.ternary_anchor,
        ternarize: match a.ternarize {
            TernArg::Qat => yy::Ternarize::Qat,
            TernArg::Fit => yy::Ternarize::Fit,
        },
        ..TrainSpec::defaults(a.seed)
    };
    // The fit's rows have their own scales; one scale per layer would re-quantize them.
    anyhow::ensure!(
        !(spec.ternarize == yy::Ternarize::Fit
            && spec.quantizer == crate::devices::lea::Quantizer::Layer),
        "--ternarize fit gives each row its own scale: it needs --quantizer row"
    );
    let plain = yy::train(
        &tasks,
        &TrainSpec {
            lambda: 0.0,
            ..spec.clone()
        },
    );
    let ewc = yy::train(&tasks, &spec);
    println!("Software accuracy % (task 1 / task 2 / mean), 4-12-6-3 tanh; paper D's software baseline: about 72% mean");
    println!(
        "(ternary: one scale per {}, by {}; mirrored inputs: {}; write noise clamped to the {})",
        spec.quantizer.name(),
        spec.ternarize.name(),
        mirror.name(),
        params.write_clamp.name()
    );
    println!(
        "{:<34} {:>22} {:>22}",
        "network", "our test sets", "authors' test set"
    );
    let show = |name: &str, r: &yy::Trained, which: usize| {
        let (theta, tern) = if which == 0 {
            (&r.after1, &r.after1_t)
        } else {
            (&r.after2, &r.after2_t)
        };
        for (kind, th) in [("f64", theta), ("ternary", tern)] {
            let o = yy::software(&r.net, th, &tasks.test);
            let au = authors.as_ref().map(|t| yy::software(&r.net, th, t));
            println!(
                "{:<34} {:>6.1} / {:>5.1} / {:>5.1} {}",
                format!("{name}, {kind}"),
                o.t1,
                o.t2,
                o.mean,
                au.map_or("-".into(), |x| format!(
                    "{:>6.1} / {:>5.1} / {:>5.1}",
                    x.t1, x.t2, x.mean
                ))
            );
        }
    };
    show("after task 1", &plain, 0);
    show("after task 2, no EWC", &plain, 1);
    show(&format!("after task 2, EWC lambda {}", a.lambda), &ewc, 1);
    if a.train_only {
        println!("wall time {:.1} s", start.elapsed().as_secs_f64());
        return Ok(ExitCode::SUCCESS);
    }
    let tn = ewc.ternary_net();
    let grid = GridSpec {
        alpha_max: a.alpha_max,
        reps: a.reps,
        pool: a.pool,
        kernels: a.kernels,
        stuck: a.stuck,
        params,
        seed: a.seed,
        one_chip: a.one_chip,
        read_only: a.read_only,
        calibration: CalibrationSet::new(
            &tn,
            a.calibrate.calibration(),
            tasks.train[1]
                .iter()
                .chain(&tasks.train[0][..spec.fisher_samples.min(tasks.train[0].len())])
                .map(|s| s.x.clone()),
        ),
    };
    print_calibration(
        &grid.calibration,
        "task 2's training inputs and EWC's task-1 samples",
    );
    let cells = yy::grid(&tn, &tasks.test, authors.as_ref(), &grid)?;
    println!(
        "\nLEA grid on the EWC ternary network: mean multi-task accuracy % over {} ({}% stuck high, {}), mean +- std",
        if a.read_only {
            format!("{} reads of one programmed chip", a.reps)
        } else if a.one_chip {
            format!("{} mappings of one fault map", a.reps)
        } else {
            format!("{} fault maps", a.reps)
        },
        100.0 * a.stuck,
        if a.kernels > 0 {
            format!(
                "{} kernels of {k} x {k} per layer",
                a.kernels,
                k = yy::KERNEL
            )
        } else {
            format!("{} blocks per layer", a.pool)
        }
    );
    println!(
        "{:<14} {:>5} {:>4} {:>16} {:>16} {:>9} {:>16} {:>9}",
        "enc/place",
        "alpha",
        "beta",
        "ours (our test)",
        "ours (authors')",
        "map err",
        "paper D Fig.5b",
        "paper err"
    );
    let mut csv = String::from("encoding,placement,alpha,beta,acc_mean,acc_std,authors_acc_mean,authors_acc_std,err_mean,published_acc_mean,published_acc_std,published_err_mean\n");
    for c in &cells {
        let (m, s) = yy::mean_std(&c.ours);
        let (am, as_) = yy::mean_std(&c.authors);
        let e = c.err.iter().sum::<f64>() / c.err.len().max(1) as f64;
        let pubd =
            yy::published_fig5b(&a.published, &c.encoding, &c.placement, c.alpha, c.beta).ok();
        let (pm, ps, pe) = match &pubd {
            Some(v) if !v.is_empty() => {
                let n = v.len() as f64;
                let pm = v.iter().map(|x| x.0).sum::<f64>() / n;
                let ps = (v.iter().map(|x| (x.0 - pm).powi(2)).sum::<f64>() / n).sqrt();
                (
                    Some(pm),
                    Some(ps),
                    Some(v.iter().map(|x| x.1).sum::<f64>() / n),
                )
            }
            _ => (None, None, None),
        };
        println!(
            "{:<14} {:>5} {:>4} {:>16} {:>16} {:>9.1} {:>16} {:>9}",
            format!("{}/{}", c.encoding, c.placement),
            c.alpha,
            c.beta,
            format!("{m:.1} +- {s:.1}"),
            if c.authors.is_empty() {
                "-".into()
            } else {
                format!("{am:.1} +- {as_:.1}")
            },
            e,
            pm.zip(ps)
                .map_or("-".into(), |(x, y)| format!("{x:.1} +- {y:.1}")),
            pe.map_or("-".into(), |x| format!("{x:.1}"))
        );
        let f = |v: Option<f64>| v.map_or(String::new(), |x| format!("{x:.4}"));
        let _ = writeln!(
            csv,
            "{},{},{},{},{m:.4},{s:.4},{am:.4},{as_:.4},{e:.4},{},{},{}",
            c.encoding,
            c.placement,
            c.alpha,
            c.beta,
            f(pm),
            f(ps),
            f(pe)
        );
    }
    println!("wall time {:.1} s", start.elapsed().as_secs_f64());
    let p = write(&a.out, "lea_yinyang.csv", &csv)?;
    eprintln!("wrote {}", p.display());
    let svg = a.out.join("lea_yinyang.svg");
    plot_grid(&svg, &cells).with_context(|| format!("drawing {}", svg.display()))?;
    eprintln!("wrote {}", svg.display());
    Ok(ExitCode::SUCCESS)
}

fn plot_grid(
    path: &Path,
    cells: &[crate::experiments::yinyang_cl::GridCell],
) -> anyhow::Result<()> {
    use crate::experiments::yinyang_cl::mean_std;
    let root = SVGBackend::new(path, (900, 450)).into_drawing_area();
    root.fill(&WHITE)?;
    let n = cells
        .iter()
        .filter(|c| c.encoding == "simple" && c.placement == "greedy")
        .count()
        .max(1);
    let mut c = ChartBuilder::on(&root)
        .caption(
            "LEA on Yin-Yang: mean accuracy per (alpha, beta), in grid order",
            ("sans-serif", 16),
        )
        .margin(10)
        .x_label_area_size(30)
        .y_label_area_size(45)
        .build_cartesian_2d(0.0..n as f64, 30.0..80.0)?;
    c.configure_mesh()
        .x_desc("cell (alpha, beta) = (1,1), (2,1), (2,2), (3,1), ...")
        .y_desc("mean accuracy %")
        .draw()?;
    for (k, (enc, place)) in [
        ("simple", "greedy"),
        ("simple", "random"),
        ("rme", "greedy"),
        ("rme", "random"),
    ]
    .iter()
    .enumerate()
    {
        let color = [RED, BLUE, GREEN, MAGENTA][k];
        let pts: Vec<(f64, f64)> = cells
            .iter()
            .filter(|c| c.encoding == *enc && c.placement == *place)
            .enumerate()
            .map(|(i, c)| (i as f64 + 0.5, mean_std(&c.ours).0))
            .collect();
        c.draw_series(LineSeries::new(pts, color))?
            .label(format!("{enc}/{place}"))
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 15, y)], color));
    }
    c.configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}
