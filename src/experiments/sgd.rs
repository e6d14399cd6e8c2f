//! Minibatch training on the reference [`Network`] (its backprop): plain SGD or Adam, the
//! network's MSE cost or softmax cross-entropy on the output layer's pre-activations, with an
//! optional elastic weight consolidation (EWC) penalty
//! `lambda/2 sum_i F_i (theta_i - anchor_i)^2` for continual learning. Seeded: sample order
//! comes from the caller's `ChaCha8Rng`.

use crate::datasets::Sample;
use crate::reference::net::{Activations, Network};
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

/// The EWC penalty: Fisher diagonal and the parameters of the earlier task.
#[derive(Clone, Debug)]
pub struct Ewc {
    /// Penalty strength (paper D: 4).
    pub lambda: f64,
    /// Diagonal empirical Fisher information, one entry per parameter.
    pub fisher: Vec<f64>,
    /// Parameters after the earlier task.
    pub anchor: Vec<f64>,
}

/// Maps latent parameters to the ones the forward pass uses (e.g. ternary weights).
pub type Project<'a> = &'a dyn Fn(&[f64]) -> Vec<f64>;

/// The cost minimised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cost {
    /// The network's own: mean over outputs of `(y - t)^2`, one-hot targets.
    Mse,
    /// Softmax cross-entropy of the output layer's pre-activations (paper D's authors:
    /// PyTorch `CrossEntropyLoss` on a linear output layer; our output tanh is monotone, so
    /// inference's argmax is the same).
    Ce,
}

impl Cost {
    /// Add d(cost)/d(theta) of one sample, its forward pass in `buf`.
    pub fn add_gradient(
        self,
        net: &Network,
        theta: &[f64],
        buf: &Activations,
        label: usize,
        grad: &mut [f64],
    ) {
        match self {
            Cost::Mse => net.add_gradient(theta, buf, label, grad),
            Cost::Ce => net.add_gradient_softmax_ce(theta, buf, label, grad),
        }
    }
}

/// The update rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Optimizer {
    /// `theta -= eta g`.
    Sgd {
        /// Step.
        eta: f64,
    },
    /// Adam (Kingma and Ba; PyTorch's defaults beta1 0.9, beta2 0.999, eps 1e-8).
    Adam {
        /// Learning rate.
        lr: f64,
    },
}

/// A training run's state: cost, update rule, minibatch and Adam's moments, which carry over
/// from one call of [`Trainer::run`] to the next (as one PyTorch optimizer over two tasks).
#[derive(Clone, Debug)]
pub struct Trainer {
    /// Cost.
    pub cost: Cost,
    /// Update rule.
    pub optimizer: Optimizer,
    /// Minibatch size.
    pub batch: usize,
    /// With a projection (quantization-aware training): after each step, clip the latent
    /// weights (not the biases) to `[-c, c]`, as BinaryConnect does, so that they cannot run
    /// away from the quantizer's threshold.
    pub clip: Option<f64>,
    /// With a projection: score the projected parameters after every epoch (and before the
    /// first) by the training objective (mean cost of `project(theta)` on the samples plus
    /// the EWC penalty of `theta`) and end on the best, not the last (the straight-through
    /// estimator oscillates).
    pub keep_best: bool,
    m: Vec<f64>,
    v: Vec<f64>,
    t: i32,
}

impl Trainer {
    /// A fresh trainer.
    pub fn new(cost: Cost, optimizer: Optimizer, batch: usize) -> Trainer {
        Trainer {
            cost,
            optimizer,
            batch: batch.max(1),
            clip: None,
            keep_best: false,
            m: Vec::new(),
            v: Vec::new(),
            t: 0,
        }
    }

    /// `epochs` passes over `samples` (reshuffled each epoch), one step per minibatch on the
    /// mean gradient plus the EWC gradient, if any. With `project` the forward and backward
    /// passes run on `project(theta)` and the gradient updates the latent `theta`
    /// (straight-through estimator: quantization-aware training).
    #[allow(clippy::too_many_arguments)]
    pub fn run(
        &mut self,
        net: &Network,
        theta: &mut [f64],
        samples: &[Sample],
        epochs: usize,
        ewc: Option<&Ewc>,
        project: Option<Project>,
        rng: &mut ChaCha8Rng,
    ) {
        let mut order: Vec<usize> = (0..samples.len()).collect();
        let mut grad = vec![0.0; theta.len()];
        let mut buf = Activations::default();
        if self.m.len() != theta.len() {
            self.m = vec![0.0; theta.len()];
            self.v = vec![0.0; theta.len()];
            self.t = 0;
        }
        let keep = match project {
            Some(p) if self.keep_best => Some(p),
            _ => None,
        };
        let mut best = keep.map(|p| {
            (
                self.objective(net, &p(theta), theta, samples, ewc),
                theta.to_vec(),
            )
        });
        for _ in 0..epochs {
            order.shuffle(rng);
            for chunk in order.chunks(self.batch) {
                grad.fill(0.0);
                let used = project.map(|p| p(theta));
                let th: &[f64] = used.as_deref().unwrap_or(theta);
                for &i in chunk {
                    let s = &samples[i];
                    net.forward(th, &s.x, None, &mut buf);
                    self.cost.add_gradient(net, th, &buf, s.label, &mut grad);
                }
                let k = 1.0 / chunk.len() as f64;
                for (i, g) in grad.iter_mut().enumerate() {
                    *g *= k;
                    if let Some(e) = ewc {
                        *g += e.lambda * e.fisher[i] * (theta[i] - e.anchor[i]);
                    }
                }
                self.step(theta, &grad);
                if let (Some(c), Some(_)) = (self.clip, project) {
                    clip_weights(net, theta, c);
                }
            }
            if let (Some(p), Some((b, th))) = (keep, best.as_mut()) {
                let o = self.objective(net, &p(theta), theta, samples, ewc);
                if o < *b {
                    *b = o;
                    th.copy_from_slice(theta);
                }
            }
        }
        if let Some((_, th)) = best {
            theta.copy_from_slice(&th);
        }
    }

    /// Mean cost of `used` on `samples` plus the EWC penalty of `latent`.
    fn objective(
        &self,
        net: &Network,
        used: &[f64],
        latent: &[f64],
        samples: &[Sample],
        ewc: Option<&Ewc>,
    ) -> f64 {
        let mut buf = Activations::default();
        let mut c = 0.0;
        for s in samples {
            let y = net.forward(used, &s.x, None, &mut buf);
            c += match self.cost {
                Cost::Mse => net.cost(y, s.label),
                Cost::Ce => Network::softmax_ce(buf.pre.last().expect("a layer"), s.label),
            };
        }
        c /= samples.len().max(1) as f64;
        if let Some(e) = ewc {
            for ((t, f), a) in latent.iter().zip(&e.fisher).zip(&e.anchor) {
                c += e.lambda / 2.0 * f * (t - a).powi(2);
            }
        }
        c
    }

    fn step(&mut self, theta: &mut [f64], grad: &[f64]) {
        match self.optimizer {
            Optimizer::Sgd { eta } => {
                for (t, g) in theta.iter_mut().zip(grad) {
                    *t -= eta * g;
                }
            }
            Optimizer::Adam { lr } => {
                let (b1, b2, eps) = (0.9f64, 0.999f64, 1e-8);
                self.t += 1;
                let (c1, c2) = (1.0 - b1.powi(self.t), 1.0 - b2.powi(self.t));
                for (i, (t, g)) in theta.iter_mut().zip(grad).enumerate() {
                    self.m[i] = b1 * self.m[i] + (1.0 - b1) * g;
                    self.v[i] = b2 * self.v[i] + (1.0 - b2) * g * g;
                    *t -= lr * (self.m[i] / c1) / ((self.v[i] / c2).sqrt() + eps);
                }
            }
        }
    }
}

/// Clip the weights of `theta` (not the biases) to `[-c, c]`.
pub fn clip_weights(net: &Network, theta: &mut [f64], c: f64) {
    let mut off = 0;
    for w in net.layers().windows(2) {
        let (n, m) = (w[0], w[1]);
        for i in 0..m {
            for t in &mut theta[off + i * (n + 1)..off + i * (n + 1) + n] {
                *t = t.clamp(-c, c);
            }
        }
        off += (n + 1) * m;
    }
}

/// Train `theta` for `epochs` passes over `samples` (reshuffled each epoch), minibatches of
/// `batch`, SGD step `eta` on the mean gradient of the MSE cost (plus the EWC gradient, if any).
#[allow(clippy::too_many_arguments)]
pub fn train(
    net: &Network,
    theta: &mut [f64],
    samples: &[Sample],
    epochs: usize,
    eta: f64,
    batch: usize,
    ewc: Option<&Ewc>,
    rng: &mut ChaCha8Rng,
) {
    train_projected(net, theta, samples, epochs, eta, batch, ewc, None, rng);
}

/// As [`train`], but with `project` the forward and backward passes of each minibatch run on
/// `project(theta)` and the gradient updates the latent `theta` (straight-through estimator:
/// quantization-aware training).
#[allow(clippy::too_many_arguments)]
pub fn train_projected(
    net: &Network,
    theta: &mut [f64],
    samples: &[Sample],
    epochs: usize,
    eta: f64,
    batch: usize,
    ewc: Option<&Ewc>,
    project: Option<Project>,
    rng: &mut ChaCha8Rng,
) {
    Trainer::new(Cost::Mse, Optimizer::Sgd { eta }, batch)
        .run(net, theta, samples, epochs, ewc, project, rng);
}

/// A tanh network of `layers`, initial parameters U(-init, init) and `epochs` of SGD on
/// `samples`, all from `seed`.
pub fn train_mlp(
    layers: &[usize],
    samples: &[Sample],
    epochs: usize,
    eta: f64,
    batch: usize,
    init: f64,
    seed: u64,
) -> (Network, Vec<f64>) {
    let net = Network::new(layers, crate::config::Activation::Tanh);
    let mut rng = <ChaCha8Rng as rand::SeedableRng>::seed_from_u64(seed);
    let mut theta = net.init_theta(-init, init, &mut rng);
    train(
        &net, &mut theta, samples, epochs, eta, batch, None, &mut rng,
    );
    (net, theta)
}

/// Diagonal empirical Fisher: the mean over the first `n` of `samples` of the squared
/// per-sample gradient of the MSE cost.
pub fn fisher(net: &Network, theta: &[f64], samples: &[Sample], n: usize) -> Vec<f64> {
    fisher_of(net, Cost::Mse, theta, samples, n)
}

/// Diagonal empirical Fisher of `cost`: the mean over the first `n` of `samples` of the
/// squared per-sample gradient (with [`Cost::Ce`], of the log-likelihood of the true label,
/// as paper D's authors estimate it).
pub fn fisher_of(
    net: &Network,
    cost: Cost,
    theta: &[f64],
    samples: &[Sample],
    n: usize,
) -> Vec<f64> {
    let mut f = vec![0.0; theta.len()];
    let mut g = vec![0.0; theta.len()];
    let mut buf = Activations::default();
    let used = &samples[..n.min(samples.len())];
    for s in used {
        g.fill(0.0);
        net.forward(theta, &s.x, None, &mut buf);
        cost.add_gradient(net, theta, &buf, s.label, &mut g);
        for (fi, gi) in f.iter_mut().zip(&g) {
            *fi += gi * gi;
        }
    }
    let k = 1.0 / used.len().max(1) as f64;
    f.iter_mut().for_each(|v| *v *= k);
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Activation;
    use rand::SeedableRng;

    #[test]
    fn sgd_learns_xor_and_ewc_pulls_towards_the_anchor() {
        let net = Network::new(&[2, 4, 1], Activation::Tanh);
        let mut rng = ChaCha8Rng::seed_from_u64(4);
        let mut theta = net.init_theta(-1.0, 1.0, &mut rng);
        let data: Vec<Sample> = [(0.0, 0.0, 0), (0.0, 1.0, 1), (1.0, 0.0, 1), (1.0, 1.0, 0)]
            .iter()
            .map(|&(a, b, l)| Sample {
                x: vec![a, b],
                label: l,
            })
            .collect();
        let before = net.evaluate(&theta, &data).cost;
        train(&net, &mut theta, &data, 2000, 0.5, 4, None, &mut rng);
        assert!(net.evaluate(&theta, &data).cost < before / 4.0);
        // A huge penalty keeps theta at the anchor even when trained on flipped labels.
        let anchor = theta.clone();
        let ewc = Ewc {
            lambda: 1.0,
            fisher: vec![1.0; theta.len()],
            anchor: anchor.clone(),
        };
        let flipped: Vec<Sample> = data
            .iter()
            .map(|s| Sample {
                x: s.x.clone(),
                label: 1 - s.label,
            })
            .collect();
        train(&net, &mut theta, &flipped, 50, 0.5, 4, Some(&ewc), &mut rng);
        let drift: f64 = theta
            .iter()
            .zip(&anchor)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        assert!(drift < 0.5, "drift {drift}");
        assert!(fisher(&net, &theta, &data, 100).iter().all(|v| *v >= 0.0));
    }
}
