//! Multiplexed gradient descent in f64, step by step as spec/MGD.md sections 2-6 state it.
//!
//! Discrete mode, one step `n` (counted from 0), in the spec's order:
//! 1. `n % tau_x == 0`: next sample (order reshuffled at the start of every epoch);
//! 2. `n % tau_theta == 0`, `n > 0`: optimiser step on `G` (+ update noise), `G <- 0`;
//! 3. `n % tau_p == 0`: next perturbation vector; the held vector is added afresh each step;
//! 4. perturbed inference, `C` (+ `cost_sigma N(0,1)`, one draw per step);
//! 5. baseline `C0` (one more inference) if the sample or `theta` changed since the last one;
//! 6. `C~ = C - C0`, clipped to `+/- cost_clip` if set;
//! 7. `e = C~ theta~ / dtheta^2`; 8. `G += e`.
//!
//! Analog mode: no baseline; `C~` is the high-pass `C~_n = a (C~_{n-1} + C_n - C_{n-1})`,
//! `a = tau_hp / (tau_hp + 1)`, with `C_{n-1} := C_n` when a new sample arrives; `G` is the
//! low-pass `G_n = e_n / (tau_theta + 1) + G_{n-1} tau_theta / (tau_theta + 1)`, never reset;
//! the optimiser steps every step.
//!
//! Node perturbation (paper B): the perturbed quantities are the pre-activations of all
//! non-input neurons, all layers at once (one perturbed inference per step, as the chip does),
//! with the same vector normalisation as weights (norm `dtheta` over all `N` nodes, so
//! `a = dtheta / sqrt(N)` for codes). Node `j` gets `e_j = C~ h~_j / dtheta^2` and each weight
//! into it `e_j x_i` (bias: `e_j`), `x_i` taken from the baseline inference (discrete) or the
//! perturbed one (analog, which has no baseline).
//!
//! Per layer (`mgd.per_layer`, paper B's code; discrete mode only): each step measures the
//! baseline, then perturbs each layer alone in turn (its weights, or its nodes) and correlates
//! that layer's `C~_l = C_l - C0` with that layer's perturbation only, so a step is
//! `1 + layers` inferences (the baseline is measured every step). The held vector is drawn
//! over all `N` quantities as above and each layer's part rescaled by `sqrt(N / N_l)`, so
//! each layer's perturbation has norm `dtheta` (`a = dtheta / sqrt(N_l)` for codes); the
//! optimiser step is one step on the whole `G`, and with [`Normalisation::PaperB`] each
//! layer's factor uses its own `N_l`. With one layer it is the all-at-once step bit for bit.
//!
//! Learning-rate convention: paper A's for both targets. The optimiser sees `g^ = G` as
//! integrated (`G` summed over `tau_theta` steps in discrete mode; the low-pass in analog), so
//! vanilla is exactly `theta -= eta G` and the expected descent per step is about
//! `eta grad / P` (`/ N` for nodes). Paper B's normalisation is available in code through
//! [`Mgd::set_normalisation`] (see [`Normalisation::PaperB`]); the config files keep paper A's.

use super::net::{Activations, Network};
use super::perturbation::Perturber;
use crate::config::{Config, Mode, Noise, Optimizer, PerturbTarget, UpdateNoise};
use crate::datasets::{Dataset, Sample};
use crate::devices::{DeviceModel, WeightStore};
use crate::run::{Evaluation, Trainer};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::StandardNormal;

/// Independent ChaCha8 streams of one seed, so that changing one feature (say, adding cost
/// noise) does not shift the draws of another (the perturbation codes).
pub(crate) mod stream {
    /// Initial theta.
    pub const INIT: u64 = 0;
    /// Perturbation codes.
    pub const PERTURB: u64 = 1;
    /// Sample order.
    pub const ORDER: u64 = 2;
    /// Cost and update noise.
    pub const NOISE: u64 = 3;
    /// Device-to-device variation.
    pub const VARIATION: u64 = 4;
    /// Weight-storage devices (pulse draws, stochastic rounding).
    pub const DEVICE: u64 = 5;
}

/// A seeded ChaCha8 generator on stream `s`.
pub(crate) fn rng(seed: u64, s: u64) -> ChaCha8Rng {
    let mut r = ChaCha8Rng::seed_from_u64(seed);
    r.set_stream(s);
    r
}

/// Cycles through a training set, reshuffling at the start of every epoch.
#[derive(Clone, Debug)]
pub(crate) struct SampleOrder {
    order: Vec<usize>,
    pos: usize,
    rng: ChaCha8Rng,
}

impl SampleOrder {
    pub(crate) fn new(n: usize, rng: ChaCha8Rng) -> SampleOrder {
        SampleOrder {
            order: (0..n).collect(),
            pos: n,
            rng,
        }
    }

    /// Index of the next sample.
    pub(crate) fn next_index(&mut self) -> usize {
        if self.pos >= self.order.len() {
            self.order.shuffle(&mut self.rng);
            self.pos = 0;
        }
        self.pos += 1;
        self.order[self.pos - 1]
    }
}

/// How the optimiser sees the integrated `G` (spec/MGD.md sections 2 and 5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Normalisation {
    /// Paper A: `g^ = G` as integrated; vanilla is `theta -= eta G`, and the expected descent
    /// per step is about `eta grad / n` (`n` perturbed quantities).
    #[default]
    PaperA,
    /// Paper B, over the whole network at once (their code does it layer by layer):
    /// `g^ = G / tau_theta * n / sqrt(1 + (n - 1) / tau_theta)` (the analog low-pass is
    /// already a mean, so without the `/ tau_theta`). For random codes in the linear regime
    /// `|g^|` is then about `|grad C|` whatever `n` and `tau_theta`: the step's size no longer
    /// shrinks as the network grows. Same form as their
    /// `G / (dtheta sqrt(1/n + 1/tau - 1/(n tau))) / tau`, rewritten for our `e = C~ theta~ /
    /// dtheta^2`.
    PaperB,
}

/// The MGD reference trainer.
pub struct Mgd {
    norm: Normalisation,
    net: Network,
    cfg: crate::config::Mgd,
    noise: Noise,
    train: Vec<Sample>,
    order: SampleOrder,
    sample: usize,
    theta: Vec<f64>,
    /// G, one per parameter.
    grad: Vec<f64>,
    /// The held perturbation theta~ (per parameter, or per node).
    pert: Vec<f64>,
    perturber: Perturber,
    noise_rng: ChaCha8Rng,
    /// theta + theta~ (weight perturbation).
    theta_p: Vec<f64>,
    /// Per layer (`mgd.per_layer`): each layer's perturbed quantities (indices into `pert`)
    /// and its parameters (indices into `theta`, `G`); one entry, everything, otherwise.
    layer_ranges: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)>,
    /// The held perturbation of the layer being measured alone (zero elsewhere; node
    /// perturbation per layer).
    pert_l: Vec<f64>,
    /// C0 of the current sample and theta, if measured since either changed.
    cost_base: Option<f64>,
    buf: Activations,
    base_buf: Activations,
    /// Momentum M, or Adam's m.
    opt_m: Vec<f64>,
    /// Adam's v.
    opt_v: Vec<f64>,
    /// Analog: C_{n-1} (None right after a new sample) and the high-passed C~.
    cost_prev: Option<f64>,
    cost_hp: f64,
    /// Where the weights live; `None` is ideal registers (`theta += delta` exactly).
    store: Option<Box<dyn WeightStore>>,
    device_rng: ChaCha8Rng,
    /// The update the optimiser requests, before the store applies it.
    delta: Vec<f64>,
    steps: u64,
    inferences: u64,
}

impl Mgd {
    /// A trainer for `config` on `data.train`, seeded by `config.run.seed`.
    pub fn new(config: &Config, data: &Dataset) -> Mgd {
        let store = (config.device.is_some() || config.stuck.is_some()).then(|| {
            let model = config.device.clone().unwrap_or(DeviceModel::Ideal);
            model
                .build(config.stuck.as_ref())
                .expect("the weight storage was validated with the config")
        });
        Self::with_store(config, data, store)
    }

    /// As [`Mgd::new`], but the weights live in `store` (`None`: ideal registers) instead of
    /// the config's `[device]` and `[stuck]`: for stores built in code, such as a jump table
    /// fitted in memory. The store is programmed with the initial weights here.
    pub fn with_store(
        config: &Config,
        data: &Dataset,
        mut store: Option<Box<dyn WeightStore>>,
    ) -> Mgd {
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
        let n_pert = match config.mgd.target {
            PerturbTarget::Weight => net.n_params(),
            PerturbTarget::Node => net.n_nodes(),
        };
        let p = net.n_params();
        let layer_ranges = match config.mgd.per_layer {
            false => vec![(0..n_pert, 0..p)],
            true => {
                let ls = net.layers();
                let (mut q, mut w) = (0, 0);
                (1..ls.len())
                    .map(|l| {
                        let n_w = (ls[l - 1] + 1) * ls[l];
                        let n_q = match config.mgd.target {
                            PerturbTarget::Weight => n_w,
                            PerturbTarget::Node => ls[l],
                        };
                        let r = (q..q + n_q, w..w + n_w);
                        (q, w) = (q + n_q, w + n_w);
                        r
                    })
                    .collect()
            }
        };
        let perturber = Perturber::new(
            config.mgd.perturbation,
            n_pert,
            config.mgd.dtheta,
            rng(seed, stream::PERTURB),
        );
        Mgd {
            norm: Normalisation::PaperA,
            cfg: config.mgd.clone(),
            noise: config.noise.clone(),
            train: data.train.clone(),
            order: SampleOrder::new(data.train.len(), rng(seed, stream::ORDER)),
            sample: 0,
            grad: vec![0.0; p],
            pert: vec![0.0; n_pert],
            perturber,
            noise_rng: rng(seed, stream::NOISE),
            theta_p: theta.clone(),
            theta,
            layer_ranges,
            pert_l: vec![0.0; n_pert],
            cost_base: None,
            buf: Activations::default(),
            base_buf: Activations::default(),
            opt_m: vec![0.0; p],
            opt_v: vec![0.0; p],
            cost_prev: None,
            cost_hp: 0.0,
            store,
            device_rng,
            delta: vec![0.0; p],
            steps: 0,
            inferences: 0,
            net,
        }
    }

    /// Current parameters (order: see [`crate::reference::net`]).
    pub fn theta(&self) -> &[f64] {
        &self.theta
    }

    /// Replace the parameters (e.g. to start two engines from the same point).
    pub fn set_theta(&mut self, theta: &[f64]) {
        assert_eq!(theta.len(), self.theta.len());
        self.theta.copy_from_slice(theta);
        self.cost_base = None;
    }

    /// The integrated gradient G.
    pub fn grad(&self) -> &[f64] {
        &self.grad
    }

    /// G with each layer entry's part times its perturbed count (N, or N_l per layer): an
    /// estimate whose expectation is the gradient times the iterations. With paper A's
    /// convention one iteration adds `grad / N_l` to a layer's G in expectation, so G itself
    /// leans towards the layers with fewer quantities when perturbed per layer; all at once
    /// the factor is one N and G's direction is unchanged.
    pub fn grad_estimate(&self) -> Vec<f64> {
        let mut g = self.grad.clone();
        for (q, w) in &self.layer_ranges {
            let n = q.len() as f64;
            g[w.clone()].iter_mut().for_each(|x| *x *= n);
        }
        g
    }

    /// The held perturbation theta~ (one per parameter, or per node for node perturbation).
    pub fn perturbation(&self) -> &[f64] {
        &self.pert
    }

    /// The network (layer sizes, device constants).
    pub fn network(&self) -> &Network {
        &self.net
    }

    /// Choose how the optimiser sees `G` (default: [`Normalisation::PaperA`]).
    pub fn set_normalisation(&mut self, norm: Normalisation) {
        self.norm = norm;
    }

    /// The factor between `G` and the optimiser's `g^` for a layer of `n` perturbed
    /// quantities (all `N` of them unless per layer).
    fn g_scale(&self, n: usize) -> f64 {
        match self.norm {
            Normalisation::PaperA => 1.0,
            Normalisation::PaperB => {
                let n = n as f64;
                let t = f64::from(self.cfg.tau_theta);
                let per_step = match self.cfg.mode {
                    Mode::Discrete => t,
                    Mode::Analog => 1.0,
                };
                n / (per_step * (1.0 + (n - 1.0) / t).sqrt())
            }
        }
    }

    /// Optimiser step on `G` (applied by the weight store, if any), then update noise.
    fn update(&mut self) {
        let eta = self.cfg.eta;
        for li in 0..self.layer_ranges.len() {
            let (q, w) = self.layer_ranges[li].clone();
            // 1.0 for paper A: `1.0 * g` is `g` bit for bit, so that path is unchanged.
            let k = self.g_scale(q.len());
            let (delta, grad) = (&mut self.delta[w.clone()], &self.grad[w.clone()]);
            match self.cfg.optimizer {
                Optimizer::Vanilla => {
                    for (d, g) in delta.iter_mut().zip(grad) {
                        *d = -(eta * (k * g));
                    }
                }
                Optimizer::Momentum { gamma } => {
                    let m = &mut self.opt_m[w];
                    for ((d, g), m) in delta.iter_mut().zip(grad).zip(m) {
                        *m = gamma * *m + eta * (k * g);
                        *d = -*m;
                    }
                }
                Optimizer::Adam { beta1, beta2 } => {
                    for (i, d) in w.zip(delta.iter_mut()) {
                        let g = k * self.grad[i];
                        self.opt_m[i] = beta1 * self.opt_m[i] + (1.0 - beta1) * g;
                        self.opt_v[i] = beta2 * self.opt_v[i] + (1.0 - beta2) * g * g;
                        *d = -(eta * self.opt_m[i] / (self.opt_v[i].sqrt() + 1e-8));
                    }
                }
            }
        }
        match &mut self.store {
            // t + (-x) is bit-identical to t - x: the ideal path is unchanged.
            None => self
                .theta
                .iter_mut()
                .zip(&self.delta)
                .for_each(|(t, d)| *t += d),
            Some(store) => store.update(&mut self.theta, &self.delta, &mut self.device_rng),
        }
        let sigma = self.noise.update_sigma;
        if sigma > 0.0 {
            match self.noise.update_noise {
                UpdateNoise::Shared => {
                    let z: f64 = self.noise_rng.sample(StandardNormal);
                    self.theta.iter_mut().for_each(|t| *t += sigma * z);
                }
                UpdateNoise::PerWeight => {
                    for t in &mut self.theta {
                        let z: f64 = self.noise_rng.sample(StandardNormal);
                        *t += sigma * z;
                    }
                }
            }
        }
        self.cost_base = None;
    }

    /// Cost of the current sample with the held perturbation of layer entry `li` applied
    /// (`layer_ranges`: the whole vector unless per layer).
    fn perturbed_cost(&mut self, li: usize) -> f64 {
        let s = &self.train[self.sample];
        let (q, w) = self.layer_ranges[li].clone();
        let whole = q.len() == self.pert.len();
        let y = match self.cfg.target {
            PerturbTarget::Weight => {
                if !whole {
                    self.theta_p.copy_from_slice(&self.theta);
                }
                for ((tp, t), p) in self.theta_p[w.clone()]
                    .iter_mut()
                    .zip(&self.theta[w])
                    .zip(&self.pert[q])
                {
                    *tp = t + p;
                }
                self.net.forward(&self.theta_p, &s.x, None, &mut self.buf)
            }
            PerturbTarget::Node if whole => {
                self.net
                    .forward(&self.theta, &s.x, Some(&self.pert), &mut self.buf)
            }
            PerturbTarget::Node => {
                self.pert_l.fill(0.0);
                self.pert_l[q.clone()].copy_from_slice(&self.pert[q]);
                self.net
                    .forward(&self.theta, &s.x, Some(&self.pert_l), &mut self.buf)
            }
        };
        self.inferences += 1;
        self.net.cost(y, s.label)
    }

    /// Add `w * e` to `G` for every parameter of layer entry `li` (`layer_ranges`), `e = C~
    /// theta~ / dtheta^2` (`scale = C~ / dtheta^2`); for node perturbation the node's `e_j`
    /// times each input activity.
    fn correlate(&mut self, scale: f64, w: f64, li: usize) {
        let (q, p_range) = self.layer_ranges[li].clone();
        let whole = q.len() == self.pert.len();
        match self.cfg.target {
            PerturbTarget::Weight => {
                for (g, p) in self.grad[p_range].iter_mut().zip(&self.pert[q]) {
                    *g += w * scale * p;
                }
            }
            PerturbTarget::Node => {
                let acts = match self.cfg.mode {
                    Mode::Discrete => &self.base_buf.acts,
                    Mode::Analog => &self.buf.acts,
                };
                let layers = self.net.layers();
                let (mut p_off, mut node_off) = (0, 0);
                for l in 0..layers.len() - 1 {
                    let (n_in, n_out) = (layers[l], layers[l + 1]);
                    for j in (whole || l == li).then_some(0..n_out).into_iter().flatten() {
                        let e = w * scale * self.pert[node_off + j];
                        let row = &mut self.grad[p_off + j * (n_in + 1)..][..n_in + 1];
                        for (g, x) in row[..n_in].iter_mut().zip(&acts[l]) {
                            *g += e * x;
                        }
                        row[n_in] += e;
                    }
                    p_off += (n_in + 1) * n_out;
                    node_off += n_out;
                }
            }
        }
    }
}

impl Trainer for Mgd {
    fn step(&mut self) {
        let n = self.steps;
        let c = &self.cfg;
        let (tau_x, tau_p, tau_theta) = (c.tau_x as u64, c.tau_p as u64, c.tau_theta as u64);
        let mode = c.mode;
        if n.is_multiple_of(tau_x) {
            self.sample = self.order.next_index();
            self.cost_base = None;
            self.cost_prev = None;
        }
        if mode == Mode::Discrete && n > 0 && n.is_multiple_of(tau_theta) {
            self.update();
            self.grad.fill(0.0);
        }
        if n.is_multiple_of(tau_p) {
            self.perturber.next_into(&mut self.pert);
            // Per layer: each layer's part to norm dtheta (one layer: a factor of exactly 1).
            let total = self.pert.len() as f64;
            for (q, _) in &self.layer_ranges {
                let f = (total / q.len() as f64).sqrt();
                self.pert[q.clone()].iter_mut().for_each(|p| *p *= f);
            }
        }
        for li in 0..self.layer_ranges.len() {
            self.measure(li);
        }
        if mode == Mode::Analog {
            self.update();
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

impl Mgd {
    /// Steps 4-8 for layer entry `li` (`layer_ranges`): its perturbed cost, C~ against the
    /// baseline (or the high-pass), and its correlation into `G`.
    fn measure(&mut self, li: usize) {
        let c = &self.cfg;
        let (mode, tau_hp) = (c.mode, c.tau_hp);
        let mut cost = self.perturbed_cost(li);
        if self.noise.cost_sigma > 0.0 {
            let z: f64 = self.noise_rng.sample(StandardNormal);
            cost += self.noise.cost_sigma * z;
        }
        let mut cost_delta = match mode {
            Mode::Discrete => {
                let base = match self.cost_base {
                    Some(b) => b,
                    None => {
                        let s = &self.train[self.sample];
                        let y = self
                            .net
                            .forward(&self.theta, &s.x, None, &mut self.base_buf);
                        let b = self.net.cost(y, s.label);
                        self.inferences += 1;
                        self.cost_base = Some(b);
                        b
                    }
                };
                cost - base
            }
            Mode::Analog => {
                let a = tau_hp / (tau_hp + 1.0);
                let prev = self.cost_prev.unwrap_or(cost);
                self.cost_hp = a * (self.cost_hp + cost - prev);
                self.cost_prev = Some(cost);
                self.cost_hp
            }
        };
        if let Some(lim) = self.cfg.cost_clip {
            cost_delta = cost_delta.clamp(-lim, lim);
        }
        let scale = cost_delta / (self.cfg.dtheta * self.cfg.dtheta);
        match mode {
            Mode::Discrete => self.correlate(scale, 1.0, li),
            Mode::Analog => {
                let tt = self.cfg.tau_theta as f64;
                self.grad.iter_mut().for_each(|g| *g *= tt / (tt + 1.0));
                self.correlate(scale, 1.0 / (tt + 1.0), li);
            }
        }
    }
}
