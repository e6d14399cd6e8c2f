//! The baseline: minibatch SGD with backpropagation on the same network, cost, initial theta
//! (same seed and stream as [`super::Mgd`]), device variation and sample-order rule (reshuffle
//! every epoch). One step = one minibatch of `config.backprop.batch` samples, each one
//! inference; `theta -= eta * mean gradient over the batch`.

use super::mgd::{rng, stream, SampleOrder};
use super::net::{Activations, Network};
use crate::config::Config;
use crate::datasets::{Dataset, Sample};
use crate::run::{Evaluation, Trainer};

/// The backpropagation reference trainer.
#[derive(Clone, Debug)]
pub struct Backprop {
    net: Network,
    eta: f64,
    batch: usize,
    train: Vec<Sample>,
    order: SampleOrder,
    theta: Vec<f64>,
    grad: Vec<f64>,
    buf: Activations,
    steps: u64,
    inferences: u64,
}

impl Backprop {
    /// A trainer for `config` on `data.train`, seeded by `config.run.seed`.
    pub fn new(config: &Config, data: &Dataset) -> Backprop {
        assert!(!data.train.is_empty(), "a data set has training samples");
        let seed = config.run.seed;
        let net = Network::with_variation(
            &config.network.layers,
            config.network.activation,
            config.noise.activation_variation,
            &mut rng(seed, stream::VARIATION),
        );
        let theta = net.init_theta(
            config.mgd.init_lo,
            config.mgd.init_hi,
            &mut rng(seed, stream::INIT),
        );
        Backprop {
            eta: config.backprop.eta,
            batch: config.backprop.batch.max(1),
            train: data.train.clone(),
            order: SampleOrder::new(data.train.len(), rng(seed, stream::ORDER)),
            grad: vec![0.0; theta.len()],
            theta,
            buf: Activations::default(),
            steps: 0,
            inferences: 0,
            net,
        }
    }

    /// Current parameters.
    pub fn theta(&self) -> &[f64] {
        &self.theta
    }

    /// The network (layer sizes, device constants).
    pub fn network(&self) -> &Network {
        &self.net
    }
}

impl Trainer for Backprop {
    fn step(&mut self) {
        self.grad.fill(0.0);
        for _ in 0..self.batch {
            let s = &self.train[self.order.next_index()];
            self.net.forward(&self.theta, &s.x, None, &mut self.buf);
            self.net
                .add_gradient(&self.theta, &self.buf, s.label, &mut self.grad);
            self.inferences += 1;
        }
        let k = self.eta / self.batch as f64;
        for (t, g) in self.theta.iter_mut().zip(&self.grad) {
            *t -= k * g;
        }
        self.steps += 1;
    }

    fn steps(&self) -> u64 {
        self.steps
    }

    fn inferences(&self) -> u64 {
        self.inferences
    }

    fn evaluate(&self, samples: &[Sample]) -> Evaluation {
        self.net.evaluate(&self.theta, samples)
    }
}
