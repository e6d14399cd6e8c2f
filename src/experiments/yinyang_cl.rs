//! Paper D's continual-learning demo: two Yin-Yang tasks (task 2 = task 1 shifted by +1),
//! inputs `(x, y, 2 - x, 2 - y)` over the square [0, 2], a 4-12-6-3 tanh network trained by
//! SGD on task 1, then on task 2 with elastic weight consolidation (Fisher from 100 task-1
//! samples, lambda 4), ternarized and mapped with LEA over the (alpha, beta) grid with greedy
//! or random placement and simple or RME encoding (Fig. 5b).
//!
//! The chip (our stand-in for their 20,000-device board): per layer a strip of `pool` blocks
//! of that layer's size, `stuck` of its devices stuck high (the board's faults were ~4% per
//! kernel, stuck high). Each repetition draws a new fault map.

use super::crossbar_net::{map, strip_arrays, Method, TernaryNet};
use super::lea_sweep::read_table;
use super::sgd::{self, Ewc};
use crate::datasets::{yinyang, Sample};
use crate::devices::crossbar::{CrossbarParams, Placement};
use crate::devices::lea::Encoding;
use crate::devices::DeviceError;
use crate::reference::net::Network;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use std::path::Path;

/// Layer sizes of paper D's network.
pub const LAYERS: [usize; 4] = [4, 12, 6, 3];

/// Paper D's inputs for a point of the [0, 2] square.
pub fn inputs(x: f64, y: f64) -> Vec<f64> {
    vec![x, y, 2.0 - x, 2.0 - y]
}

/// The two tasks' training and test sets from our generator (`seed`), with paper D's inputs.
pub struct Tasks {
    /// Task 1 and task 2 training samples.
    pub train: [Vec<Sample>; 2],
    /// Task 1 and task 2 test samples.
    pub test: [Vec<Sample>; 2],
}

fn recode(v: &[Sample]) -> Vec<Sample> {
    v.iter()
        .map(|s| Sample {
            x: inputs(s.x[0], s.x[1]),
            label: s.label,
        })
        .collect()
}

impl Tasks {
    /// Generated from `seed` (5000 train, 1000 test per task).
    pub fn generate(seed: u64) -> Tasks {
        let a = yinyang::dataset(seed, false);
        let b = yinyang::dataset(seed, true);
        Tasks {
            train: [recode(&a.train), recode(&b.train)],
            test: [recode(&a.test), recode(&b.test)],
        }
    }
}

/// The authors' test set (figure_5a/double_yinyang_dataset.txt): row 1 x, row 2 y, row 3
/// class; points with x > 1 or y > 1 are task 2. Returns (task 1, task 2).
pub fn load_authors_test(path: &Path) -> Result<[Vec<Sample>; 2], DeviceError> {
    let rows = read_table(path, 3)?;
    let shown = path.display().to_string();
    if rows.len() != 3 || rows[0].len() != rows[1].len() || rows[0].len() != rows[2].len() {
        return Err(DeviceError::Invalid {
            path: shown,
            line: rows.len().min(3),
            column: 1,
            field: "rows".into(),
            expected: "three rows of equal length (x, y, class)".into(),
            got: format!("{} rows", rows.len()),
        });
    }
    let mut out = [Vec::new(), Vec::new()];
    for (i, ((&x, &y), &c)) in rows[0].iter().zip(&rows[1]).zip(&rows[2]).enumerate() {
        if !(0.0..=2.0).contains(&x)
            || !(0.0..=2.0).contains(&y)
            || !(c == 0.0 || c == 1.0 || c == 2.0)
        {
            return Err(DeviceError::Invalid {
                path: shown,
                line: if (0.0..=2.0).contains(&x) {
                    if (0.0..=2.0).contains(&y) {
                        3
                    } else {
                        2
                    }
                } else {
                    1
                },
                column: i + 1,
                field: "point".into(),
                expected: "x, y in [0, 2] and class 0, 1 or 2".into(),
                got: format!("({x}, {y}, {c})"),
            });
        }
        let task = usize::from(x > 1.0 || y > 1.0);
        out[task].push(Sample {
            x: inputs(x, y),
            label: c as usize,
        });
    }
    Ok(out)
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainSpec {
    /// f64 epochs per task.
    pub epochs: usize,
    /// Ternary-aware epochs per task after the f64 ones.
    pub qat_epochs: usize,
    /// SGD step.
    pub eta: f64,
    /// Minibatch.
    pub batch: usize,
    /// EWC strength (0: plain fine-tuning on task 2).
    pub lambda: f64,
    /// Task-1 samples for the Fisher diagonal.
    pub fisher_samples: usize,
    /// Seed of the initial parameters and sample order.
    pub seed: u64,
}

/// Accuracy (%) on each task and their mean.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct TaskAcc {
    /// Task 1.
    pub t1: f64,
    /// Task 2.
    pub t2: f64,
    /// Mean of the two.
    pub mean: f64,
}

impl TaskAcc {
    fn new(t1: f64, t2: f64) -> Self {
        TaskAcc {
            t1,
            t2,
            mean: (t1 + t2) / 2.0,
        }
    }
}

/// Software accuracies of a trained network.
pub fn software(net: &Network, theta: &[f64], test: &[Vec<Sample>; 2]) -> TaskAcc {
    TaskAcc::new(
        100.0 * net.evaluate(theta, &test[0]).accuracy,
        100.0 * net.evaluate(theta, &test[1]).accuracy,
    )
}

/// A trained two-task network: f64 and ternary-aware parameters after each task.
#[derive(Clone, Debug)]
pub struct Trained {
    /// The network.
    pub net: Network,
    /// After task 1, f64.
    pub after1: Vec<f64>,
    /// After task 1, ternarized (after ternary-aware fine-tuning).
    pub after1_t: Vec<f64>,
    /// After task 2, f64.
    pub after2: Vec<f64>,
    /// After task 2, ternarized.
    pub after2_t: Vec<f64>,
}

/// Train on task 1, then on task 2 (with EWC if `lambda > 0`, Fisher from task 1 at the end
/// of task 1's f64 run). Each task: `epochs` of f64 SGD, then `qat_epochs` ternary-aware (the
/// EWC penalty stays on in task 2). The ternary parameters come from the latent ones at the
/// end of each task; the f64 ones are the latent ones before the ternary-aware epochs.
pub fn train(tasks: &Tasks, spec: &TrainSpec) -> Trained {
    let net = Network::new(&LAYERS, crate::config::Activation::Tanh);
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let mut theta = net.init_theta(-0.5, 0.5, &mut rng);
    let ternary = |th: &[f64]| TernaryNet::new(&net, th, 2.0).theta;
    let (e, q, eta, b) = (spec.epochs, spec.qat_epochs, spec.eta, spec.batch);
    sgd::train(&net, &mut theta, &tasks.train[0], e, eta, b, None, &mut rng);
    let after1 = theta.clone();
    let ewc = (spec.lambda > 0.0).then(|| Ewc {
        lambda: spec.lambda,
        fisher: sgd::fisher(&net, &theta, &tasks.train[0], spec.fisher_samples),
        anchor: theta.clone(),
    });
    let mut t1 = theta.clone();
    sgd::train_projected(
        &net,
        &mut t1,
        &tasks.train[0],
        q,
        eta,
        b,
        None,
        Some(&ternary),
        &mut rng,
    );
    let after1_t = ternary(&t1);
    // Task 2 starts from the ternary-aware latent weights of task 1.
    theta = t1;
    sgd::train(
        &net,
        &mut theta,
        &tasks.train[1],
        e,
        eta,
        b,
        ewc.as_ref(),
        &mut rng,
    );
    let after2 = theta.clone();
    sgd::train_projected(
        &net,
        &mut theta,
        &tasks.train[1],
        q,
        eta,
        b,
        ewc.as_ref(),
        Some(&ternary),
        &mut rng,
    );
    let after2_t = ternary(&theta);
    Trained {
        net,
        after1,
        after1_t,
        after2,
        after2_t,
    }
}

/// One cell of the LEA grid.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct GridCell {
    /// `simple` or `rme`.
    pub encoding: String,
    /// `greedy` or `random`.
    pub placement: String,
    /// Copies.
    pub alpha: usize,
    /// Kept.
    pub beta: usize,
    /// Per repetition: accuracy on our test sets.
    pub ours: Vec<TaskAcc>,
    /// Per repetition: accuracy on the authors' test set (empty if not given).
    pub authors: Vec<TaskAcc>,
    /// Per repetition: mean mapping error over layers (%).
    pub err: Vec<f64>,
}

/// The chip stand-in and grid settings.
#[derive(Clone, Debug)]
pub struct GridSpec {
    /// Largest alpha (beta runs 1..=alpha).
    pub alpha_max: usize,
    /// Repetitions (fault maps) per cell.
    pub reps: usize,
    /// Blocks per layer strip.
    pub pool: usize,
    /// Stuck fraction (all stuck high).
    pub stuck: f64,
    /// Device constants.
    pub params: CrossbarParams,
    /// Seed of fault maps, placement and noise.
    pub seed: u64,
}

/// Run the grid for `tn`, on our test sets and (if given) the authors'.
pub fn grid(
    tn: &TernaryNet,
    test: &[Vec<Sample>; 2],
    authors: Option<&[Vec<Sample>; 2]>,
    spec: &GridSpec,
) -> Result<Vec<GridCell>, DeviceError> {
    spec.params.validate()?;
    let mut cells = Vec::new();
    for encoding in [Encoding::Simple, Encoding::Rme] {
        for placement in [Placement::Greedy, Placement::Random] {
            for alpha in 1..=spec.alpha_max {
                for beta in 1..=alpha {
                    cells.push((encoding, placement, alpha, beta));
                }
            }
        }
    }
    cells
        .par_iter()
        .map(|&(encoding, placement, alpha, beta)| {
            let mut cell = GridCell {
                encoding: encoding.name().into(),
                placement: placement.name().into(),
                alpha,
                beta,
                ours: Vec::new(),
                authors: Vec::new(),
                err: Vec::new(),
            };
            for rep in 0..spec.reps {
                // The same chip for every cell at a given repetition.
                let chip_seed = spec.seed ^ ((rep as u64 + 1) << 32);
                let arrays =
                    strip_arrays(tn, spec.pool, spec.stuck, true, &spec.params, chip_seed)?;
                let mut rng = ChaCha8Rng::seed_from_u64(
                    chip_seed
                        ^ ((alpha * 16 + beta) as u64)
                        ^ ((encoding as u64) << 8)
                        ^ ((placement as u64) << 12),
                );
                let method = Method::Lea {
                    alpha,
                    beta,
                    encoding,
                };
                let m = map(tn, method, &arrays, &spec.params, placement, &mut rng)?;
                cell.err.push(m.mapping_error(tn));
                let acc = |s: &[Sample], rng: &mut ChaCha8Rng| 100.0 * m.accuracy(tn, s, rng);
                let o = TaskAcc::new(acc(&test[0], &mut rng), acc(&test[1], &mut rng));
                cell.ours.push(o);
                if let Some(a) = authors {
                    let t = TaskAcc::new(acc(&a[0], &mut rng), acc(&a[1], &mut rng));
                    cell.authors.push(t);
                }
            }
            Ok(cell)
        })
        .collect()
}

/// Mean and population std of the repetitions' mean accuracy.
pub fn mean_std(v: &[TaskAcc]) -> (f64, f64) {
    let n = v.len().max(1) as f64;
    let m = v.iter().map(|a| a.mean).sum::<f64>() / n;
    let var = v.iter().map(|a| (a.mean - m).powi(2)).sum::<f64>() / n;
    (m, var.sqrt())
}

/// The authors' Fig. 5b file for a cell: per repetition (mean accuracy %, mean mapping error %).
pub fn published_fig5b(
    dir: &Path,
    encoding: &str,
    placement: &str,
    alpha: usize,
    beta: usize,
) -> Result<Vec<(f64, f64)>, DeviceError> {
    let iters = if placement == "greedy" { "-1" } else { "1000" };
    let path = dir.join(format!(
        "weightencoding{encoding}_xbmapping{placement}_alpha{alpha}_beta{beta}_samplingiters{iters}.txt"
    ));
    let rows = read_table(&path, 10_000)?;
    rows.iter()
        .enumerate()
        .map(|(i, r)| {
            if r.len() == 7 {
                Ok((r[2], r[6]))
            } else {
                Err(DeviceError::Invalid {
                    path: path.display().to_string(),
                    line: i + 1,
                    column: r.len().min(7),
                    field: "row".into(),
                    expected: "7 columns".into(),
                    got: format!("{} columns", r.len()),
                })
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authors_test_set_loads_and_our_geometry_agrees_with_its_labels() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data/lea_figdata/figure_5a/double_yinyang_dataset.txt");
        let t = load_authors_test(&path).unwrap();
        assert_eq!((t[0].len(), t[1].len()), (5000, 5000));
        for (task, set) in t.iter().enumerate() {
            for s in set {
                let (x, y) = (s.x[0] - task as f64, s.x[1] - task as f64);
                assert_eq!(yinyang::class_of(x, y), s.label, "({x}, {y})");
            }
        }
    }

    #[test]
    fn a_bad_cell_is_named_by_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("d.txt");
        std::fs::write(&p, "0.1 0.2\n0.3 x\n0 1\n").unwrap();
        let e = load_authors_test(&p).unwrap_err().to_string();
        assert!(e.contains("d.txt:2:2"), "{e}");
    }
}
