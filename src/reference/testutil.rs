//! Test fixtures for the reference: small data sets built here (the loaders live elsewhere)
//! and a `Config` with every field filled.

use crate::config::*;
use crate::datasets::{Dataset, Sample};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use std::io::Read;

fn logic(name: &str, n: usize) -> Dataset {
    let samples: Vec<Sample> = (0..1usize << n)
        .map(|p| Sample {
            x: (0..n).map(|i| ((p >> i) & 1) as f64).collect(),
            label: (p.count_ones() % 2) as usize,
        })
        .collect();
    Dataset {
        name: name.into(),
        n_inputs: n,
        n_classes: 2,
        train: samples.clone(),
        test: samples,
    }
}

/// XOR: the four 2-bit patterns, train = test.
pub fn xor() -> Dataset {
    logic("xor", 2)
}

/// N-bit parity: all 2^N patterns, train = test.
pub fn parity(n: usize) -> Dataset {
    logic(&format!("parity{n}"), n)
}

/// The four glyphs N, I, S, T (spec/MGD.md section 7), row-major 7x7.
pub fn glyphs() -> [[bool; 49]; 4] {
    let mut g = [[false; 49]; 4];
    for r in 0..7 {
        for c in 0..7 {
            let i = r * 7 + c;
            g[0][i] = c == 0 || c == 6 || r == c;
            g[1][i] = r == 0 || r == 6 || c == 3;
            g[2][i] = r == 0 || r == 3 || r == 6 || (c == 0 && r <= 3) || (c == 6 && r >= 3);
            g[3][i] = r == 0 || c == 3;
        }
    }
    g
}

/// NIST7x7-like: each glyph and its 49 single-pixel flips, 200 samples, train = test.
pub fn nist7x7() -> Dataset {
    let mut samples = Vec::with_capacity(200);
    for (label, g) in glyphs().iter().enumerate() {
        let x: Vec<f64> = g.iter().map(|&b| f64::from(u8::from(b))).collect();
        samples.push(Sample {
            x: x.clone(),
            label,
        });
        for i in 0..49 {
            let mut f = x.clone();
            f[i] = 1.0 - f[i];
            samples.push(Sample { x: f, label });
        }
    }
    Dataset {
        name: "nist7x7".into(),
        n_inputs: 49,
        n_classes: 4,
        train: samples.clone(),
        test: samples,
    }
}

/// UCI digits from `data/digits.csv.gz`, features / 16, seeded 80/20 split.
pub fn digits(seed: u64) -> Dataset {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/digits.csv.gz");
    let file = std::fs::File::open(path).expect("data/digits.csv.gz is in the repo");
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .expect("valid gzip");
    let mut samples: Vec<Sample> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Vec<f64> = l
                .split(',')
                .map(|t| t.trim().parse().expect("number"))
                .collect();
            Sample {
                x: v[..64].iter().map(|p| p / 16.0).collect(),
                label: v[64] as usize,
            }
        })
        .collect();
    assert_eq!(samples.len(), 1797);
    samples.shuffle(&mut ChaCha8Rng::seed_from_u64(seed));
    let test = samples.split_off(samples.len() * 4 / 5);
    Dataset {
        name: "digits".into(),
        n_inputs: 64,
        n_classes: 10,
        train: samples,
        test,
    }
}

/// A config with every field filled: random codes, discrete, weight perturbation, tau 1/1/1,
/// vanilla, no noise; the caller adjusts what a test is about.
pub fn config(layers: &[usize], dtheta: f64, eta: f64, init: (f64, f64), steps: u64) -> Config {
    Config {
        source: "<test>".into(),
        network: Network {
            layers: layers.to_vec(),
            activation: Activation::Sigmoid,
        },
        mgd: Mgd {
            perturbation: PerturbationKind::Random,
            mode: Mode::Discrete,
            target: PerturbTarget::Weight,
            tau_x: 1,
            tau_p: 1,
            tau_theta: 1,
            tau_hp: 1.6,
            dtheta,
            eta,
            optimizer: Optimizer::Vanilla,
            cost_clip: None,
            init_lo: init.0,
            init_hi: init.1,
        },
        noise: Noise {
            cost_sigma: 0.0,
            update_sigma: 0.0,
            update_noise: UpdateNoise::PerWeight,
            activation_variation: 0.0,
        },
        data: Data {
            dataset: "test".into(),
            test_fraction: 0.0,
            seed: 0,
        },
        run: Run {
            steps,
            seed: 1,
            target_accuracy: 1.0,
            eval_interval: 1000,
            stop_at_target: true,
        },
        backprop: Backprop { eta: 1.0, batch: 1 },
        fixed: Fixed {
            theta: QFormat {
                int_bits: 3,
                frac_bits: 12,
            },
            act: QFormat {
                int_bits: 0,
                frac_bits: 8,
            },
            grad_width: 24,
            eta_shift: 4,
        },
    }
}

/// Schedule from `config.run`.
pub fn schedule(c: &Config) -> crate::run::Schedule {
    crate::run::Schedule {
        steps: c.run.steps,
        eval_interval: c.run.eval_interval,
        target_accuracy: c.run.target_accuracy,
        stop_at_target: c.run.stop_at_target,
    }
}

#[test]
fn glyphs_have_the_spec_shapes_and_nist7x7_has_200_samples() {
    let g = glyphs();
    let count = |k: usize| g[k].iter().filter(|&&b| b).count();
    // N: 2 columns of 7 + 5 inner diagonal pixels; I: 2 rows + 5; S: 3 rows + 2 + 2; T: 7 + 6.
    assert_eq!([count(0), count(1), count(2), count(3)], [19, 19, 25, 13]);
    let d = nist7x7();
    assert_eq!(d.train.len(), 200);
    assert_eq!(d.train.iter().filter(|s| s.label == 2).count(), 50);
}
