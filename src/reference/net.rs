//! The multilayer perceptron both reference trainers use, in f64.
//!
//! Parameters live in one flat vector `theta`, ordered layer by layer (input side first); inside
//! a layer, output neuron by output neuron; for each neuron its `n_in` weights (in input order)
//! and then its bias. So layer `l` with `n_in` inputs and `n_out` outputs takes
//! `(n_in + 1) * n_out` entries, neuron `j`'s block starting at `offset_l + j * (n_in + 1)`.
//!
//! Every layer (hidden and output) applies the configured activation. With device variation
//! (spec/MGD.md section 6) neuron `j` computes `f_j(u) = L_j act(k_j (u - x0_j)) + y0_j`, its
//! four constants drawn once, seeded. Cost is the mean over outputs of `(y - t)^2`, one-hot
//! targets (a single-output network targets the label itself, 0 or 1).

use crate::config::Activation;
use crate::datasets::Sample;
use crate::run::Evaluation;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Normal};

/// One neuron's device constants: `f(u) = l * act(k * (u - x0)) + y0`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Variation {
    /// Input offset.
    pub x0: f64,
    /// Output offset.
    pub y0: f64,
    /// Input gain.
    pub k: f64,
    /// Output gain.
    pub l: f64,
}

impl Variation {
    /// The ideal neuron.
    pub const IDEAL: Variation = Variation {
        x0: 0.0,
        y0: 0.0,
        k: 1.0,
        l: 1.0,
    };
}

/// A fully connected network: layer sizes, activation and per-neuron device constants.
#[derive(Clone, Debug, PartialEq)]
pub struct Network {
    layers: Vec<usize>,
    activation: Activation,
    /// One entry per non-input neuron, layer by layer.
    variation: Vec<Variation>,
}

/// A layer's weighted sums from elsewhere: `(layer, input, pre)`, filling `pre` (see
/// [`Network::forward_with`]).
pub type LayerProduct<'a> = dyn FnMut(usize, &[f64], &mut Vec<f64>) + 'a;

/// Working memory of one forward pass: every layer's pre-activations and outputs.
#[derive(Clone, Debug, Default)]
pub struct Activations {
    /// `acts[0]` is the input; `acts[l + 1]` the output of layer `l`.
    pub acts: Vec<Vec<f64>>,
    /// `pre[l]` is layer `l`'s pre-activation `W x + b` (before any node perturbation).
    pub pre: Vec<Vec<f64>>,
}

/// The activation `a` of pre-activation `u` (every reference network's rule).
pub(crate) fn act(a: Activation, u: f64) -> f64 {
    match a {
        Activation::Sigmoid => 1.0 / (1.0 + (-u).exp()),
        Activation::HardSigmoid => (u / 4.0 + 0.5).clamp(0.0, 1.0),
        Activation::Relu => u.max(0.0),
        Activation::Tanh => u.tanh(),
    }
}

/// The derivative of [`act`] at `u`.
pub(crate) fn act_deriv(a: Activation, u: f64) -> f64 {
    match a {
        Activation::Sigmoid => {
            let s = 1.0 / (1.0 + (-u).exp());
            s * (1.0 - s)
        }
        Activation::HardSigmoid => {
            if u > -2.0 && u < 2.0 {
                0.25
            } else {
                0.0
            }
        }
        Activation::Relu => {
            if u > 0.0 {
                1.0
            } else {
                0.0
            }
        }
        Activation::Tanh => 1.0 - u.tanh().powi(2),
    }
}

impl Network {
    /// A network with ideal neurons. `layers` holds at least two sizes, all >= 1.
    pub fn new(layers: &[usize], activation: Activation) -> Network {
        assert!(
            layers.len() >= 2 && layers.iter().all(|&n| n >= 1),
            "validated layer sizes"
        );
        let n_nodes = layers[1..].iter().sum();
        Network {
            layers: layers.to_vec(),
            activation,
            variation: vec![Variation::IDEAL; n_nodes],
        }
    }

    /// A network whose neurons vary: x0, y0 ~ N(0, s), k, L ~ N(1, s), drawn from `rng` in
    /// neuron order (x0, y0, k, L each). `s = 0` gives the ideal network without drawing.
    pub fn with_variation(
        layers: &[usize],
        activation: Activation,
        s: f64,
        rng: &mut ChaCha8Rng,
    ) -> Network {
        let mut net = Network::new(layers, activation);
        if s > 0.0 {
            let n = Normal::new(0.0, s).expect("s validated >= 0 and finite");
            for v in &mut net.variation {
                *v = Variation {
                    x0: n.sample(rng),
                    y0: n.sample(rng),
                    k: 1.0 + n.sample(rng),
                    l: 1.0 + n.sample(rng),
                };
            }
        }
        net
    }

    /// Layer sizes, inputs first.
    pub fn layers(&self) -> &[usize] {
        &self.layers
    }

    /// Number of parameters (weights and biases).
    pub fn n_params(&self) -> usize {
        self.layers.windows(2).map(|w| (w[0] + 1) * w[1]).sum()
    }

    /// Number of non-input neurons (the quantities node perturbation perturbs).
    pub fn n_nodes(&self) -> usize {
        self.layers[1..].iter().sum()
    }

    /// Number of outputs.
    pub fn n_outputs(&self) -> usize {
        *self.layers.last().expect("at least two layers")
    }

    /// Per-neuron device constants, layer by layer.
    pub fn variation(&self) -> &[Variation] {
        &self.variation
    }

    /// Initial parameters drawn from U(lo, hi), in `theta` order.
    pub fn init_theta(&self, lo: f64, hi: f64, rng: &mut ChaCha8Rng) -> Vec<f64> {
        (0..self.n_params())
            .map(|_| lo + (hi - lo) * rng.random::<f64>())
            .collect()
    }

    /// Forward pass. `node_pert`, if given, holds one value per non-input neuron (layer by
    /// layer) added to its pre-activation. Fills `buf`; returns the outputs.
    pub fn forward<'a>(
        &self,
        theta: &[f64],
        x: &[f64],
        node_pert: Option<&[f64]>,
        buf: &'a mut Activations,
    ) -> &'a [f64] {
        debug_assert_eq!(theta.len(), self.n_params());
        debug_assert_eq!(x.len(), self.layers[0]);
        let n_layers = self.layers.len() - 1;
        buf.acts.resize(n_layers + 1, Vec::new());
        buf.pre.resize(n_layers, Vec::new());
        buf.acts[0].clear();
        buf.acts[0].extend_from_slice(x);
        let (mut p_off, mut node_off) = (0, 0);
        for l in 0..n_layers {
            let (n_in, n_out) = (self.layers[l], self.layers[l + 1]);
            let (done, rest) = buf.acts.split_at_mut(l + 1);
            let input = &done[l];
            let out = &mut rest[0];
            let pre = &mut buf.pre[l];
            out.clear();
            pre.clear();
            for j in 0..n_out {
                let w = &theta[p_off + j * (n_in + 1)..p_off + (j + 1) * (n_in + 1)];
                let mut u = w[n_in];
                for (wi, xi) in w[..n_in].iter().zip(input) {
                    u += wi * xi;
                }
                pre.push(u);
                if let Some(h) = node_pert {
                    u += h[node_off + j];
                }
                let v = self.variation[node_off + j];
                out.push(v.l * act(self.activation, v.k * (u - v.x0)) + v.y0);
            }
            p_off += (n_in + 1) * n_out;
            node_off += n_out;
        }
        &buf.acts[n_layers]
    }

    /// Forward pass whose weighted sums come from `mvm` (an analog crossbar, say) instead of
    /// `theta`'s weights: `mvm(l, input, pre)` fills layer `l`'s `n_out` sums of weights times
    /// inputs, then `theta`'s bias, the neuron constants and the activation apply as in
    /// [`Network::forward`]. Fills `buf`; returns the outputs.
    pub fn forward_with<'a>(
        &self,
        theta: &[f64],
        x: &[f64],
        mvm: &mut LayerProduct,
        buf: &'a mut Activations,
    ) -> &'a [f64] {
        let n_layers = self.layers.len() - 1;
        buf.acts.resize(n_layers + 1, Vec::new());
        buf.pre.resize(n_layers, Vec::new());
        buf.acts[0].clear();
        buf.acts[0].extend_from_slice(x);
        let (mut p_off, mut node_off) = (0, 0);
        for l in 0..n_layers {
            let (n_in, n_out) = (self.layers[l], self.layers[l + 1]);
            let (done, rest) = buf.acts.split_at_mut(l + 1);
            let pre = &mut buf.pre[l];
            mvm(l, &done[l], pre);
            debug_assert_eq!(pre.len(), n_out);
            let out = &mut rest[0];
            out.clear();
            for j in 0..n_out {
                pre[j] += theta[p_off + j * (n_in + 1) + n_in];
                let v = self.variation[node_off + j];
                out.push(v.l * act(self.activation, v.k * (pre[j] - v.x0)) + v.y0);
            }
            p_off += (n_in + 1) * n_out;
            node_off += n_out;
        }
        &buf.acts[n_layers]
    }

    /// Target value of output `j` for `label`.
    fn target(&self, j: usize, label: usize) -> f64 {
        if self.n_outputs() == 1 {
            label as f64
        } else if j == label {
            1.0
        } else {
            0.0
        }
    }

    /// Mean over outputs of `(y - t)^2`.
    pub fn cost(&self, y: &[f64], label: usize) -> f64 {
        let s: f64 = y
            .iter()
            .enumerate()
            .map(|(j, &yj)| (yj - self.target(j, label)).powi(2))
            .sum();
        s / y.len() as f64
    }

    /// Predicted class: argmax (first on ties), or `y >= 0.5` for a single output.
    pub fn classify(y: &[f64]) -> usize {
        if y.len() == 1 {
            return usize::from(y[0] >= 0.5);
        }
        let mut best = 0;
        for (j, &v) in y.iter().enumerate() {
            if v > y[best] {
                best = j;
            }
        }
        best
    }

    /// Mean cost and accuracy of `theta` on `samples` (no perturbation).
    pub fn evaluate(&self, theta: &[f64], samples: &[Sample]) -> Evaluation {
        if samples.is_empty() {
            return Evaluation {
                cost: 0.0,
                accuracy: 0.0,
            };
        }
        let mut buf = Activations::default();
        let (mut cost, mut correct) = (0.0, 0usize);
        for s in samples {
            let y = self.forward(theta, &s.x, None, &mut buf);
            cost += self.cost(y, s.label);
            correct += usize::from(Network::classify(y) == s.label);
        }
        let n = samples.len() as f64;
        Evaluation {
            cost: cost / n,
            accuracy: correct as f64 / n,
        }
    }

    /// Backpropagation: add d(cost)/d(theta) for one sample to `grad`, using the forward pass
    /// already in `buf` (made by [`Network::forward`] without node perturbation).
    pub fn add_gradient(&self, theta: &[f64], buf: &Activations, label: usize, grad: &mut [f64]) {
        let n_layers = self.layers.len() - 1;
        let y = &buf.acts[n_layers];
        // d cost / d y_j for the mean over outputs.
        let delta: Vec<f64> = y
            .iter()
            .enumerate()
            .map(|(j, &yj)| 2.0 * (yj - self.target(j, label)) / y.len() as f64)
            .collect();
        self.backprop(theta, buf, delta, false, grad);
    }

    /// Softmax cross-entropy of the output layer's pre-activations `pre` (the logits; the
    /// output activation is monotone, so the class is the same argmax):
    /// `-ln softmax(pre)[label]`.
    pub fn softmax_ce(pre: &[f64], label: usize) -> f64 {
        let mx = pre.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let lse = mx + pre.iter().map(|u| (u - mx).exp()).sum::<f64>().ln();
        lse - pre[label]
    }

    /// Backpropagation of [`Network::softmax_ce`] on the last layer's pre-activations: add
    /// its d/d(theta) for one sample to `grad`, using the forward pass already in `buf` (made
    /// by [`Network::forward`] without node perturbation). The output activation is skipped
    /// (a linear output layer in training, as with PyTorch's `CrossEntropyLoss`).
    pub fn add_gradient_softmax_ce(
        &self,
        theta: &[f64],
        buf: &Activations,
        label: usize,
        grad: &mut [f64],
    ) {
        let pre = &buf.pre[self.layers.len() - 2];
        let mx = pre.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let e: Vec<f64> = pre.iter().map(|u| (u - mx).exp()).collect();
        let z: f64 = e.iter().sum();
        let delta = e
            .iter()
            .enumerate()
            .map(|(j, v)| v / z - f64::from(u8::from(j == label)))
            .collect();
        self.backprop(theta, buf, delta, true, grad);
    }

    /// Add the gradient to `grad` given `delta`, d(cost)/d(output) (or, with `at_pre`,
    /// d(cost)/d(the output layer's pre-activations)).
    fn backprop(
        &self,
        theta: &[f64],
        buf: &Activations,
        mut delta: Vec<f64>,
        at_pre: bool,
        grad: &mut [f64],
    ) {
        let n_layers = self.layers.len() - 1;
        let mut p_off = self.n_params();
        let mut node_off = self.n_nodes();
        for l in (0..n_layers).rev() {
            let (n_in, n_out) = (self.layers[l], self.layers[l + 1]);
            p_off -= (n_in + 1) * n_out;
            node_off -= n_out;
            // dC/dy -> dC/du through f_j'(u) = L k act'(k (u - x0)).
            if !(at_pre && l + 1 == n_layers) {
                for (j, d) in delta.iter_mut().enumerate() {
                    let v = self.variation[node_off + j];
                    *d *= v.l * v.k * act_deriv(self.activation, v.k * (buf.pre[l][j] - v.x0));
                }
            }
            let input = &buf.acts[l];
            let mut back = vec![0.0; n_in];
            for (j, &d) in delta.iter().enumerate() {
                let base = p_off + j * (n_in + 1);
                for i in 0..n_in {
                    grad[base + i] += d * input[i];
                    back[i] += d * theta[base + i];
                }
                grad[base + n_in] += d;
            }
            delta = back;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn backprop_gradient_matches_finite_differences() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        for a in [
            Activation::Sigmoid,
            Activation::HardSigmoid,
            Activation::Relu,
            Activation::Tanh,
        ] {
            let net = Network::with_variation(&[3, 4, 2], a, 0.1, &mut rng);
            let theta = net.init_theta(-1.0, 1.0, &mut rng);
            let x = [0.3, 0.9, 0.1];
            let mut buf = Activations::default();
            net.forward(&theta, &x, None, &mut buf);
            let mut g = vec![0.0; net.n_params()];
            net.add_gradient(&theta, &buf, 1, &mut g);
            let h = 1e-6;
            for i in 0..theta.len() {
                let mut tp = theta.clone();
                tp[i] += h;
                let cp = net.cost(net.forward(&tp, &x, None, &mut buf), 1);
                tp[i] -= 2.0 * h;
                let cm = net.cost(net.forward(&tp, &x, None, &mut buf), 1);
                let fd = (cp - cm) / (2.0 * h);
                assert!(
                    (fd - g[i]).abs() < 1e-6,
                    "{a:?} param {i}: fd {fd} bp {}",
                    g[i]
                );
            }
        }
    }

    #[test]
    fn softmax_ce_gradient_matches_finite_differences() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let net = Network::new(&[3, 5, 4, 3], Activation::Tanh);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        let x = [0.3, 0.9, -0.4];
        let mut buf = Activations::default();
        net.forward(&theta, &x, None, &mut buf);
        let mut g = vec![0.0; net.n_params()];
        net.add_gradient_softmax_ce(&theta, &buf, 2, &mut g);
        let h = 1e-6;
        let mut ce = |tp: &[f64]| {
            net.forward(tp, &x, None, &mut buf);
            Network::softmax_ce(&buf.pre[2], 2)
        };
        for i in 0..theta.len() {
            let mut tp = theta.clone();
            tp[i] += h;
            let cp = ce(&tp);
            tp[i] -= 2.0 * h;
            let cm = ce(&tp);
            let fd = (cp - cm) / (2.0 * h);
            assert!((fd - g[i]).abs() < 1e-6, "param {i}: fd {fd} bp {}", g[i]);
        }
        // -ln(1/3) for equal logits, and stable for large ones.
        assert!((Network::softmax_ce(&[1.0, 1.0, 1.0], 0) - 3f64.ln()).abs() < 1e-12);
        assert!(Network::softmax_ce(&[1000.0, 0.0, 0.0], 0).abs() < 1e-12);
    }

    #[test]
    fn theta_order_is_weights_then_bias_per_neuron() {
        let net = Network::new(&[2, 1], Activation::Relu);
        let mut buf = Activations::default();
        // y = relu(2 * 1 + 3 * 10 + 5) = 37
        let y = net.forward(&[2.0, 3.0, 5.0], &[1.0, 10.0], None, &mut buf)[0];
        assert_eq!(y, 37.0);
        // node perturbation adds to the pre-activation
        let y = net.forward(&[2.0, 3.0, 5.0], &[1.0, 10.0], Some(&[-1.0]), &mut buf)[0];
        assert_eq!(y, 36.0);
    }

    #[test]
    fn forward_with_the_weights_own_product_matches_forward() {
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let net = Network::with_variation(&[3, 4, 2], Activation::Tanh, 0.1, &mut rng);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        let x = [0.3, -0.9, 0.1];
        let mut buf = Activations::default();
        let want = net.forward(&theta, &x, None, &mut buf).to_vec();
        let layers = net.layers().to_vec();
        let th = theta.clone();
        let mut mvm = |l: usize, input: &[f64], pre: &mut Vec<f64>| {
            let off: usize = layers.windows(2).take(l).map(|w| (w[0] + 1) * w[1]).sum();
            let (n_in, n_out) = (layers[l], layers[l + 1]);
            pre.clear();
            for j in 0..n_out {
                let w = &th[off + j * (n_in + 1)..off + j * (n_in + 1) + n_in];
                pre.push(w.iter().zip(input).map(|(a, b)| a * b).sum());
            }
        };
        let got = net.forward_with(&theta, &x, &mut mvm, &mut buf).to_vec();
        for (g, w) in got.iter().zip(&want) {
            assert!((g - w).abs() < 1e-12, "{g} vs {w}");
        }
    }

    #[test]
    fn cost_is_mean_over_outputs_and_classify_is_argmax() {
        let net = Network::new(&[1, 3], Activation::Sigmoid);
        assert!((net.cost(&[0.5, 1.0, 0.0], 1) - 0.25 / 3.0).abs() < 1e-15);
        assert_eq!(Network::classify(&[0.1, 0.7, 0.3]), 1);
        assert_eq!(Network::classify(&[0.49]), 0);
        assert_eq!(Network::classify(&[0.5]), 1);
        let single = Network::new(&[1, 1], Activation::Sigmoid);
        assert!((single.cost(&[0.75], 1) - 0.0625).abs() < 1e-15);
    }
}
