//! The baseline: minibatch SGD with backpropagation on the same network, cost, initial theta
//! (same seed and stream as [`super::Mgd`]), device variation and sample-order rule (reshuffle
//! every epoch). One step = one minibatch of `config.backprop.batch` samples, each one
//! inference; `theta -= eta * mean gradient over the batch`. With a weight store
//! ([`Backprop::with_store`]) that update is requested from the store, as xbtorch (paper C's
//! simulator) applies SGD's updates through its device model.

use super::mgd::{rng, stream, SampleOrder};
use super::net::{Activations, Network};
use crate::config::Config;
use crate::datasets::{Dataset, Sample};
use crate::devices::WeightStore;
use crate::run::{Evaluation, Trainer};
use rand_chacha::ChaCha8Rng;

/// The backpropagation reference trainer.
#[derive(Clone)]
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
    /// Where the weights live; `None` is ideal registers.
    store: Option<Box<dyn WeightStore>>,
    /// The store's pulses (the same stream as [`super::Mgd`]'s device RNG).
    device_rng: ChaCha8Rng,
    /// The update requested from the store.
    delta: Vec<f64>,
}

impl std::fmt::Debug for Backprop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Backprop")
            .field("eta", &self.eta)
            .field("batch", &self.batch)
            .field("steps", &self.steps)
            .field("store", &self.store.is_some())
            .finish_non_exhaustive()
    }
}

impl Backprop {
    /// A trainer for `config` on `data.train`, seeded by `config.run.seed`.
    pub fn new(config: &Config, data: &Dataset) -> Backprop {
        Self::with_store(config, data, None)
    }

    /// As [`Backprop::new`], with the weights in `store` (`None`: ideal registers): the
    /// initial weights are programmed into it, and every step requests `-eta * gradient`
    /// from it and reads back what it did (paper C's backprop through the device).
    pub fn with_store(
        config: &Config,
        data: &Dataset,
        mut store: Option<Box<dyn WeightStore>>,
    ) -> Backprop {
        assert!(!data.train.is_empty(), "a data set has training samples");
        let seed = config.run.seed;
        let net = Network::with_variation(
            &config.network.layers,
            config.network.activation,
            config.noise.activation_variation,
            &mut rng(seed, stream::VARIATION),
        );
        let mut theta = net.init_theta(
            config.mgd.init_lo,
            config.mgd.init_hi,
            &mut rng(seed, stream::INIT),
        );
        let mut device_rng = rng(seed, stream::DEVICE);
        if let Some(store) = store.as_mut() {
            store.program(&mut theta, &mut device_rng);
        }
        Backprop {
            eta: config.backprop.eta,
            batch: config.backprop.batch.max(1),
            train: data.train.clone(),
            order: SampleOrder::new(data.train.len(), rng(seed, stream::ORDER)),
            grad: vec![0.0; theta.len()],
            delta: vec![0.0; theta.len()],
            theta,
            buf: Activations::default(),
            steps: 0,
            inferences: 0,
            store,
            device_rng,
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
        match self.store.as_mut() {
            None => {
                for (t, g) in self.theta.iter_mut().zip(&self.grad) {
                    *t -= k * g;
                }
            }
            Some(store) => {
                for (d, g) in self.delta.iter_mut().zip(&self.grad) {
                    *d = -k * g;
                }
                store.update(&mut self.theta, &self.delta, &mut self.device_rng);
            }
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
