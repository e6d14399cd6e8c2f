//! Minibatch SGD on the reference [`Network`] (its backprop), with an optional elastic weight
//! consolidation (EWC) penalty `lambda/2 sum_i F_i (theta_i - anchor_i)^2` for continual
//! learning. Seeded: sample order comes from the caller's `ChaCha8Rng`.

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

/// Train `theta` for `epochs` passes over `samples` (reshuffled each epoch), minibatches of
/// `batch`, step `eta` on the mean gradient (plus the EWC gradient, if any).
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
    let batch = batch.max(1);
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut grad = vec![0.0; theta.len()];
    let mut buf = Activations::default();
    for _ in 0..epochs {
        order.shuffle(rng);
        for chunk in order.chunks(batch) {
            grad.fill(0.0);
            let used = project.map(|p| p(theta));
            let th: &[f64] = used.as_deref().unwrap_or(theta);
            for &i in chunk {
                let s = &samples[i];
                net.forward(th, &s.x, None, &mut buf);
                net.add_gradient(th, &buf, s.label, &mut grad);
            }
            let k = 1.0 / chunk.len() as f64;
            for (i, t) in theta.iter_mut().enumerate() {
                let mut g = grad[i] * k;
                if let Some(e) = ewc {
                    g += e.lambda * e.fisher[i] * (*t - e.anchor[i]);
                }
                *t -= eta * g;
            }
        }
    }
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
/// per-sample gradient of the cost.
pub fn fisher(net: &Network, theta: &[f64], samples: &[Sample], n: usize) -> Vec<f64> {
    let mut f = vec![0.0; theta.len()];
    let mut g = vec![0.0; theta.len()];
    let mut buf = Activations::default();
    let used = &samples[..n.min(samples.len())];
    for s in used {
        g.fill(0.0);
        net.forward(theta, &s.x, None, &mut buf);
        net.add_gradient(theta, &buf, s.label, &mut g);
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
