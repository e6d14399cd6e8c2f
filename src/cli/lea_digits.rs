//! The digits set-up that `mgdsim devices lea digits` and `lea inplace` share: the crossbar
//! and digits arguments, the network trained and ternarized, the sweep's spec, and writing an
//! output file.

use crate::datasets;
use crate::devices::crossbar::{CrossbarParams, WriteClamp};
use crate::experiments::crossbar_net::{Calibration, CalibrationSet, TernaryNet};
use crate::experiments::lea_sweep::{BetaRule, SweepSpec};
use crate::experiments::sgd;
use anyhow::Context;
use std::path::{Path, PathBuf};

/// Crossbar constants shared by the modes.
#[derive(clap::Args, Debug, Clone)]
pub(super) struct XbarArgs {
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
    /// Clamp of a programmed device's write noise: the programming window [G_OFF, G_ON]
    /// (biased: both ternary levels sit at its edges) or the device's range [10, 500] uS
    /// (unbiased; the paper's mapping errors at 0% stuck fall as 1/sqrt(alpha), as with it).
    #[arg(long, value_enum, default_value_t = ClampArg::Window)]
    write_clamp: ClampArg,
}

/// `--write-clamp`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub(super) enum ClampArg {
    /// [G_OFF, G_ON].
    Window,
    /// [g_stuck_low, g_stuck_high].
    Device,
}

impl XbarArgs {
    pub(super) fn params(&self) -> anyhow::Result<CrossbarParams> {
        let p = CrossbarParams {
            read_noise: self.read_noise,
            write_noise: self.write_noise,
            dac_bits: self.dac_bits,
            adc_bits: self.adc_bits,
            write_clamp: match self.write_clamp {
                ClampArg::Window => WriteClamp::Window,
                ClampArg::Device => WriteClamp::Device,
            },
            ..CrossbarParams::default()
        };
        p.validate()?;
        Ok(p)
    }
}

/// Arguments of `mgdsim devices lea digits`.
#[derive(clap::Args, Debug)]
pub(super) struct DigitsArgs {
    /// Data set: a CSV file (default the UCI digits) or an MNIST-layout IDX directory.
    #[arg(long, default_value = "data/digits.csv.gz")]
    pub(super) data: String,
    /// Test fraction of a CSV data set.
    #[arg(long, default_value_t = 0.2)]
    pub(super) test_fraction: f64,
    /// Hidden neurons of the in-between layer (network inputs-hidden-classes, tanh).
    #[arg(long, default_value_t = 64)]
    pub(super) hidden: usize,
    /// Training epochs of the f64 backprop run.
    #[arg(long, default_value_t = 40)]
    pub(super) epochs: usize,
    /// SGD step.
    #[arg(long, default_value_t = 0.1)]
    pub(super) eta: f64,
    /// Epochs of ternary-aware fine-tuning after the f64 run (straight-through estimator).
    #[arg(long, default_value_t = 30)]
    pub(super) qat_epochs: usize,
    /// Ternary-aware fine-tuning: step falling linearly from `--eta` to 0 over its epochs;
    /// `false`: the constant step `--eta` (the setting before the decay was added).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub(super) qat_decay: bool,
    /// Ternary-aware fine-tuning: i.i.d. Gaussian weight noise in every forward pass, sized so
    /// that each layer's mapping error is this many percent (0: none). Our addition, not
    /// the paper's: it trains the network to tolerate mapping errors.
    #[arg(long, default_value_t = 0.0)]
    pub(super) qat_noise: f64,
    /// Ternary-aware fine-tuning: in every forward pass the weights LEA would read at
    /// `--qat-alpha` copies if this fraction of the devices were stuck (half low, half high;
    /// `TernaryNet::faulted`; 0: none). Our addition, not the paper's: fault-aware training.
    /// Replaces `--qat-noise`.
    #[arg(long, default_value_t = 0.0)]
    pub(super) qat_faults: f64,
    /// Copies averaged in `--qat-faults`.
    #[arg(long, default_value_t = 6)]
    pub(super) qat_alpha: usize,
    /// Stuck fractions, comma separated.
    #[arg(long, default_value = "0,0.05,0.1,0.2,0.4,0.5", value_parser = parse_fractions)]
    pub(super) fractions: Fractions,
    /// Largest alpha (the sweep runs 1..=alpha-max).
    #[arg(long, default_value_t = 6)]
    pub(super) alpha_max: usize,
    /// LEA's beta: `all` (= alpha), `half` (ceil(alpha/2)) or a number (capped at alpha).
    #[arg(long, default_value = "all", value_parser = BetaRule::parse)]
    pub(super) beta: BetaRule,
    /// Fault maps per point.
    #[arg(long, default_value_t = 5)]
    pub(super) cycles: usize,
    /// Seed of training, fault maps and noise.
    #[arg(long, default_value_t = 1)]
    pub(super) seed: u64,
    #[command(flatten)]
    pub(super) xbar: XbarArgs,
    /// Post-mapping calibration of each row's digital offset (`mean`) or offset and gain
    /// (`affine`) on unlabeled training inputs, for every method alike. Our addition, not
    /// the paper's (`crossbar_net::Calibration`).
    #[arg(long, value_enum, default_value_t = CalibrateArg::None)]
    pub(super) calibrate: CalibrateArg,
    /// Training inputs used by `--calibrate` (the first N of the training split).
    #[arg(long, default_value_t = 256)]
    pub(super) calibrate_samples: usize,
    /// `lea digits` only: instead of the sweep, run the ablations of `experiments::lea_diag`
    /// on LEA (software weight-noise tolerance, read-back weights, one layer at a time).
    #[arg(long)]
    pub(super) diagnose: bool,
    /// Folder with the authors' figure_4b files (skipped if missing).
    #[arg(long, default_value = "data/lea_figdata/figure_4b")]
    pub(super) published: PathBuf,
    /// Output folder for lea_digits.csv and lea_digits.svg.
    #[arg(long, default_value = "out/lea")]
    pub(super) out: PathBuf,
}

/// `--calibrate`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CalibrateArg {
    /// No correction (the paper).
    None,
    /// Each row's offset.
    Mean,
    /// Each row's offset and gain.
    Affine,
}

impl CalibrateArg {
    pub(super) fn calibration(self) -> Calibration {
        match self {
            CalibrateArg::None => Calibration::None,
            CalibrateArg::Mean => Calibration::Mean,
            CalibrateArg::Affine => Calibration::Affine,
        }
    }
}

/// Stuck fractions in [0, 1].
#[derive(Clone, Debug)]
pub(super) struct Fractions(pub(super) Vec<f64>);

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

pub(super) fn write(out: &Path, name: &str, text: &str) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let path = out.join(name);
    std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

/// The `digits` network, trained and ternarized as `mgdsim devices lea digits` does.
pub(super) struct Prepared {
    pub(super) data: datasets::Dataset,
    pub(super) tn: TernaryNet,
    pub(super) f64_acc: f64,
    pub(super) tern_acc: f64,
    pub(super) params: CrossbarParams,
}

/// Check `a`, load the data, train the f64 network and fine-tune it ternary-aware.
pub(super) fn prepare_digits(a: &DigitsArgs, who: &str) -> anyhow::Result<Prepared> {
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
    anyhow::ensure!(
        (0.0..=1.0).contains(&a.qat_faults) && (1..=16).contains(&a.qat_alpha),
        "--qat-faults must be in [0, 1] and --qat-alpha in 1..=16, got {} and {}",
        a.qat_faults,
        a.qat_alpha
    );
    anyhow::ensure!(
        (1..=100_000).contains(&a.calibrate_samples),
        "--calibrate-samples must be in 1..=100000, got {}",
        a.calibrate_samples
    );
    anyhow::ensure!(
        a.qat_noise.is_finite() && (0.0..=1000.0).contains(&a.qat_noise),
        "--qat-noise must be in 0..=1000 (%), got {}",
        a.qat_noise
    );
    let params = a.xbar.params()?;
    let data = datasets::load(&a.data, Path::new("."), a.test_fraction, a.seed)
        .with_context(|| format!("loading data set `{}`", a.data))?;
    anyhow::ensure!(
        !data.train.is_empty() && !data.test.is_empty(),
        "{}: needs training and test samples",
        a.data
    );
    let layers = [data.n_inputs, a.hidden, data.n_classes];
    let (net, mut theta) = sgd::train_mlp(&layers, &data.train, a.epochs, a.eta, 16, 0.3, a.seed);
    let x_max = data
        .train
        .iter()
        .flat_map(|s| s.x.iter())
        .fold(0.0_f64, |m, v| m.max(v.abs()))
        .max(1e-12);
    let f64_acc = 100.0 * net.evaluate(&theta, &data.test).accuracy;
    let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(a.seed ^ 0x7174);
    let noise_rng = std::cell::RefCell::new(
        <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(a.seed ^ 0x6e6f),
    );
    let project = |th: &[f64]| {
        let tn = TernaryNet::new(&net, th, x_max);
        if a.qat_faults > 0.0 {
            tn.faulted(
                a.qat_faults,
                a.qat_alpha,
                &params,
                &mut noise_rng.borrow_mut(),
            )
        } else if a.qat_noise > 0.0 {
            tn.perturbed(a.qat_noise, &mut noise_rng.borrow_mut())
        } else {
            tn.theta
        }
    };
    let qat = a.qat_epochs;
    // One epoch at a time when the step decays (each call shuffles anew from the same rng);
    // the constant step keeps its single call, so its results stay as they were.
    let schedule: Vec<(usize, f64)> = if a.qat_decay {
        (0..qat)
            .map(|e| (1, a.eta * (1.0 - e as f64 / qat as f64)))
            .collect()
    } else {
        vec![(qat, a.eta)]
    };
    for (epochs, eta) in schedule {
        sgd::train_projected(
            &net,
            &mut theta,
            &data.train,
            epochs,
            eta,
            16,
            None,
            Some(&project),
            &mut rng,
        );
    }
    let tn = TernaryNet::new(&net, &theta, x_max);
    let tern_acc = 100.0 * net.evaluate(&tn.theta, &data.test).accuracy;
    let faults = if a.qat_faults > 0.0 {
        format!(", faults {} at alpha {}", a.qat_faults, a.qat_alpha)
    } else {
        String::new()
    };
    eprintln!(
        "{who}: {} ({} train / {} test), network {:?} tanh, {} epochs + {} ternary-aware (decay {}, noise {}%{faults}); test accuracy f64 {:.2}%, ternary {:.2}% (software, no crossbar)",
        data.name,
        data.train.len(),
        data.test.len(),
        layers,
        a.epochs,
        a.qat_epochs,
        a.qat_decay,
        a.qat_noise,
        f64_acc,
        tern_acc
    );
    Ok(Prepared {
        data,
        tn,
        f64_acc,
        tern_acc,
        params,
    })
}

/// The line that says the calibration is on, on inputs from `source` (nothing when it is off,
/// the paper's setting).
pub(super) fn print_calibration(set: &CalibrationSet, source: &str) {
    let how = set.how();
    if how != Calibration::None {
        let gain = if how == Calibration::Affine {
            " and gain"
        } else {
            ""
        };
        println!(
            "calibration: {how:?}, each mapped row's digital offset{gain} set on {} unlabeled inputs ({source}; our addition, not the paper's; every method alike)",
            set.n_inputs()
        );
    }
}

/// The LEA sweep of `mgdsim devices lea digits` for `a` on `pr`'s network.
pub(super) fn digits_spec(a: &DigitsArgs, pr: &Prepared) -> SweepSpec {
    SweepSpec {
        fractions: a.fractions.0.clone(),
        alphas: (1..=a.alpha_max).collect(),
        cycles: a.cycles,
        beta: a.beta,
        params: pr.params.clone(),
        seed: a.seed,
        calibration: CalibrationSet::new(
            &pr.tn,
            a.calibrate.calibration(),
            pr.data
                .train
                .iter()
                .take(a.calibrate_samples)
                .map(|s| s.x.clone()),
        ),
    }
}
