//! Paper B's convolutional network CNN(d) in f64: SamePad 3x3 convolutions, 2x2 max-pools, a
//! flatten and dense layers, every convolution and dense layer followed by the activation
//! (tanh in paper B):
//!
//! Conv(c->d), Conv(d->d), MP2, Conv(d->2d), Conv(2d->2d), MP2, Conv(2d->4d), Conv(4d->4d), MP2,
//! Flatten, Dense(->4d), Dense(4d->4d), Dense(4d->classes).
//!
//! On 28x28x1 images with 10 classes (Fashion-MNIST) the pools give 14, 7, 3 (floor), the
//! flatten 36d, and `P(d) = 439 d^2 + 71 d + 10`, `N(d) = 2752 d + 10` (N counts every
//! convolution output position and every dense neuron: the quantities node perturbation
//! perturbs).
//!
//! Layout: `theta` op by op; a convolution holds, per output channel, its `9 c_in` weights
//! (input channel, then kernel row, then column) and then its bias; a dense layer, per neuron,
//! its inputs' weights then its bias (as [`super::net`]). Feature maps are channel-major
//! (channel, row, column), so the flatten is the identity. Cost: mean over outputs of
//! `(y - t)^2`, one-hot targets, argmax, as [`super::net`].

use super::net::{act, act_deriv};
use crate::config::Activation;
use crate::datasets::Sample;
use crate::run::Evaluation;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// One stage of the network. Dimensions are the stage's input.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    /// 3x3, zero "same" padding, stride 1.
    Conv {
        cin: usize,
        cout: usize,
        h: usize,
        w: usize,
        p_off: usize,
        n_off: usize,
    },
    /// 2x2 max, stride 2, odd edges dropped.
    Pool { c: usize, h: usize, w: usize },
    /// Fully connected.
    Dense {
        nin: usize,
        nout: usize,
        p_off: usize,
        n_off: usize,
    },
}

/// One parametrised layer of a [`Cnn`]: a convolution or a dense layer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CnnLayer {
    /// Index of its op (its input is `CnnActivations::acts[op]`).
    pub op: usize,
    /// Its weights and biases in `theta`.
    pub params: std::ops::Range<usize>,
    /// Its nodes (pre-activations) in the node vector.
    pub nodes: std::ops::Range<usize>,
}

/// CNN(d) for images of `rows x cols x channels`.
#[derive(Clone, Debug, PartialEq)]
pub struct Cnn {
    ops: Vec<Op>,
    activation: Activation,
    n_inputs: usize,
    n_params: usize,
    n_nodes: usize,
    n_out: usize,
}

/// One forward pass: the input of every op and the output (`acts[i]` feeds op `i`), the
/// pre-activations of convolutions and dense layers, and each pool's winning input index.
#[derive(Clone, Debug, Default)]
pub struct CnnActivations {
    /// `acts[i]` is op `i`'s input; the last entry is the output.
    pub acts: Vec<Vec<f64>>,
    /// Op `i`'s pre-activation (before node perturbation); empty for pools.
    pub pre: Vec<Vec<f64>>,
    /// Op `i`'s winners (index into its input per output); empty for other ops.
    arg: Vec<Vec<usize>>,
}

impl Cnn {
    /// CNN(d) for `rows x cols x channels` images and `classes` outputs (all >= 1; the
    /// images at least 8x8 so that three pools leave a pixel).
    pub fn new(
        d: usize,
        rows: usize,
        cols: usize,
        channels: usize,
        classes: usize,
        a: Activation,
    ) -> Cnn {
        assert!(
            d >= 1 && channels >= 1 && classes >= 1 && rows >= 8 && cols >= 8,
            "validated shape"
        );
        let (mut ops, mut p, mut n) = (Vec::new(), 0, 0);
        let (mut c, mut h, mut w) = (channels, rows, cols);
        for widths in [d, 2 * d, 4 * d] {
            for _ in 0..2 {
                ops.push(Op::Conv {
                    cin: c,
                    cout: widths,
                    h,
                    w,
                    p_off: p,
                    n_off: n,
                });
                p += widths * (9 * c + 1);
                n += widths * h * w;
                c = widths;
            }
            ops.push(Op::Pool { c, h, w });
            h /= 2;
            w /= 2;
        }
        let mut nin = c * h * w;
        for nout in [4 * d, 4 * d, classes] {
            ops.push(Op::Dense {
                nin,
                nout,
                p_off: p,
                n_off: n,
            });
            p += nout * (nin + 1);
            n += nout;
            nin = nout;
        }
        Cnn {
            ops,
            activation: a,
            n_inputs: rows * cols * channels,
            n_params: p,
            n_nodes: n,
            n_out: classes,
        }
    }

    /// Number of parameters P.
    pub fn n_params(&self) -> usize {
        self.n_params
    }

    /// Number of perturbable nodes N.
    pub fn n_nodes(&self) -> usize {
        self.n_nodes
    }

    /// Inputs per image (rows x cols x channels).
    pub fn n_inputs(&self) -> usize {
        self.n_inputs
    }

    /// Initial parameters from U(lo, hi), in `theta` order.
    pub fn init_theta(&self, lo: f64, hi: f64, rng: &mut ChaCha8Rng) -> Vec<f64> {
        (0..self.n_params)
            .map(|_| lo + (hi - lo) * rng.random::<f64>())
            .collect()
    }

    /// Forward pass; `node_pert` (one per node, in op order) is added to pre-activations.
    pub fn forward<'a>(
        &self,
        theta: &[f64],
        x: &[f64],
        node_pert: Option<&[f64]>,
        buf: &'a mut CnnActivations,
    ) -> &'a [f64] {
        debug_assert_eq!(x.len(), self.n_inputs);
        self.forward_from(theta, 0, x, node_pert, buf)
    }

    /// The forward pass from op `start` on, `input` being that op's input (as
    /// `acts[start]` of a full pass): what a perturbation of one layer changes. `buf`'s
    /// entries before `start` are left as they were.
    pub fn forward_from<'a>(
        &self,
        theta: &[f64],
        start: usize,
        input: &[f64],
        node_pert: Option<&[f64]>,
        buf: &'a mut CnnActivations,
    ) -> &'a [f64] {
        debug_assert_eq!(theta.len(), self.n_params);
        let k = self.ops.len();
        buf.acts.resize(k + 1, Vec::new());
        buf.pre.resize(k, Vec::new());
        buf.arg.resize(k, Vec::new());
        buf.acts[start].clear();
        buf.acts[start].extend_from_slice(input);
        for (i, op) in self.ops.iter().enumerate().skip(start) {
            let (done, rest) = buf.acts.split_at_mut(i + 1);
            let (input, out) = (&done[i], &mut rest[0]);
            let (pre, arg) = (&mut buf.pre[i], &mut buf.arg[i]);
            out.clear();
            pre.clear();
            arg.clear();
            match *op {
                Op::Conv {
                    cin,
                    cout,
                    h,
                    w,
                    p_off,
                    n_off,
                } => {
                    for co in 0..cout {
                        let wt = &theta[p_off + co * (9 * cin + 1)..][..9 * cin + 1];
                        for y in 0..h {
                            for xx in 0..w {
                                let mut u = wt[9 * cin];
                                for ci in 0..cin {
                                    for ky in 0..3 {
                                        let yy = y + ky;
                                        if yy == 0 || yy > h {
                                            continue;
                                        }
                                        for kx in 0..3 {
                                            let xs = xx + kx;
                                            if xs == 0 || xs > w {
                                                continue;
                                            }
                                            u += wt[ci * 9 + ky * 3 + kx]
                                                * input[(ci * h + yy - 1) * w + xs - 1];
                                        }
                                    }
                                }
                                pre.push(u);
                                let node = co * h * w + y * w + xx;
                                let up = u + node_pert.map_or(0.0, |p| p[n_off + node]);
                                out.push(act(self.activation, up));
                            }
                        }
                    }
                }
                Op::Pool { c, h, w } => {
                    let (ho, wo) = (h / 2, w / 2);
                    for ch in 0..c {
                        for y in 0..ho {
                            for xx in 0..wo {
                                let mut best = (ch * h + 2 * y) * w + 2 * xx;
                                for (dy, dx) in [(0, 1), (1, 0), (1, 1)] {
                                    let j = (ch * h + 2 * y + dy) * w + 2 * xx + dx;
                                    if input[j] > input[best] {
                                        best = j;
                                    }
                                }
                                arg.push(best);
                                out.push(input[best]);
                            }
                        }
                    }
                }
                Op::Dense {
                    nin,
                    nout,
                    p_off,
                    n_off,
                } => {
                    for j in 0..nout {
                        let wt = &theta[p_off + j * (nin + 1)..][..nin + 1];
                        let mut u = wt[nin];
                        for (a, b) in wt[..nin].iter().zip(input.iter()) {
                            u += a * b;
                        }
                        pre.push(u);
                        let up = u + node_pert.map_or(0.0, |p| p[n_off + j]);
                        out.push(act(self.activation, up));
                    }
                }
            }
        }
        &buf.acts[k]
    }

    fn target(&self, j: usize, label: usize) -> f64 {
        f64::from(u8::from(j == label))
    }

    /// Mean over outputs of `(y - t)^2`, one-hot target.
    pub fn cost(&self, y: &[f64], label: usize) -> f64 {
        let s: f64 = y
            .iter()
            .enumerate()
            .map(|(j, &v)| (v - self.target(j, label)).powi(2))
            .sum();
        s / y.len() as f64
    }

    /// Mean cost and argmax accuracy on `samples`.
    pub fn evaluate(&self, theta: &[f64], samples: &[Sample]) -> Evaluation {
        let mut buf = CnnActivations::default();
        let (mut cost, mut correct) = (0.0, 0usize);
        for s in samples {
            let y = self.forward(theta, &s.x, None, &mut buf);
            cost += self.cost(y, s.label);
            correct += usize::from(super::net::Network::classify(y) == s.label);
        }
        let n = samples.len().max(1) as f64;
        Evaluation {
            cost: cost / n,
            accuracy: correct as f64 / n,
        }
    }

    /// Add `w x` (parameter gradient given the errors `dpre` at op `i`'s pre-activations) to
    /// `grad`: the one rule both backprop and node perturbation use.
    fn param_grad(&self, i: usize, input: &[f64], dpre: &[f64], w: f64, grad: &mut [f64]) {
        match self.ops[i] {
            Op::Conv {
                cin,
                cout,
                h,
                w: wd,
                p_off,
                ..
            } => {
                for co in 0..cout {
                    let g = &mut grad[p_off + co * (9 * cin + 1)..][..9 * cin + 1];
                    for y in 0..h {
                        for xx in 0..wd {
                            let e = w * dpre[co * h * wd + y * wd + xx];
                            if e == 0.0 {
                                continue;
                            }
                            g[9 * cin] += e;
                            for ci in 0..cin {
                                for ky in 0..3 {
                                    let yy = y + ky;
                                    if yy == 0 || yy > h {
                                        continue;
                                    }
                                    for kx in 0..3 {
                                        let xs = xx + kx;
                                        if xs == 0 || xs > wd {
                                            continue;
                                        }
                                        g[ci * 9 + ky * 3 + kx] +=
                                            e * input[(ci * h + yy - 1) * wd + xs - 1];
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Op::Dense {
                nin, nout, p_off, ..
            } => {
                for j in 0..nout {
                    let e = w * dpre[j];
                    let g = &mut grad[p_off + j * (nin + 1)..][..nin + 1];
                    for (gi, xi) in g[..nin].iter_mut().zip(input) {
                        *gi += e * xi;
                    }
                    g[nin] += e;
                }
            }
            Op::Pool { .. } => {}
        }
    }

    /// Node perturbation's weight estimate: add `w e_j x_i` for every weight, `e` one value
    /// per node (in node order), `x` the inputs of the forward pass in `buf`.
    pub fn add_node_estimate(&self, buf: &CnnActivations, e: &[f64], w: f64, grad: &mut [f64]) {
        for l in self.layers() {
            self.add_layer_node_estimate(&l, buf, &e[l.nodes.clone()], w, grad);
        }
    }

    /// [`Cnn::add_node_estimate`] for one layer: `e` holds that layer's node errors only.
    pub fn add_layer_node_estimate(
        &self,
        layer: &CnnLayer,
        buf: &CnnActivations,
        e: &[f64],
        w: f64,
        grad: &mut [f64],
    ) {
        debug_assert_eq!(e.len(), layer.nodes.len());
        self.param_grad(layer.op, &buf.acts[layer.op], e, w, grad);
    }

    /// The parametrised layers (convolutions and dense layers) in order, each with its op
    /// index and its ranges in `theta` and in the node vector.
    pub fn layers(&self) -> Vec<CnnLayer> {
        self.ops
            .iter()
            .enumerate()
            .filter_map(|(op, o)| match *o {
                Op::Conv {
                    cin,
                    cout,
                    h,
                    w,
                    p_off,
                    n_off,
                } => Some(CnnLayer {
                    op,
                    params: p_off..p_off + cout * (9 * cin + 1),
                    nodes: n_off..n_off + cout * h * w,
                }),
                Op::Dense {
                    nin,
                    nout,
                    p_off,
                    n_off,
                } => Some(CnnLayer {
                    op,
                    params: p_off..p_off + nout * (nin + 1),
                    nodes: n_off..n_off + nout,
                }),
                Op::Pool { .. } => None,
            })
            .collect()
    }

    /// Backpropagation: add d(cost)/d(theta) for one sample (forward pass in `buf`, made
    /// without node perturbation) to `grad`.
    pub fn add_gradient(
        &self,
        theta: &[f64],
        buf: &CnnActivations,
        label: usize,
        grad: &mut [f64],
    ) {
        let k = self.ops.len();
        let y = &buf.acts[k];
        let mut dout: Vec<f64> = y
            .iter()
            .enumerate()
            .map(|(j, &v)| 2.0 * (v - self.target(j, label)) / y.len() as f64)
            .collect();
        for i in (0..k).rev() {
            let input = &buf.acts[i];
            let mut din = vec![0.0; input.len()];
            match self.ops[i] {
                Op::Pool { .. } => {
                    for (o, &j) in buf.arg[i].iter().enumerate() {
                        din[j] += dout[o];
                    }
                }
                Op::Conv {
                    cin,
                    cout,
                    h,
                    w,
                    p_off,
                    ..
                } => {
                    let dpre: Vec<f64> = dout
                        .iter()
                        .zip(&buf.pre[i])
                        .map(|(d, &u)| d * act_deriv(self.activation, u))
                        .collect();
                    self.param_grad(i, input, &dpre, 1.0, grad);
                    for co in 0..cout {
                        let wt = &theta[p_off + co * (9 * cin + 1)..][..9 * cin + 1];
                        for y in 0..h {
                            for xx in 0..w {
                                let e = dpre[co * h * w + y * w + xx];
                                for ci in 0..cin {
                                    for ky in 0..3 {
                                        let yy = y + ky;
                                        if yy == 0 || yy > h {
                                            continue;
                                        }
                                        for kx in 0..3 {
                                            let xs = xx + kx;
                                            if xs == 0 || xs > w {
                                                continue;
                                            }
                                            din[(ci * h + yy - 1) * w + xs - 1] +=
                                                e * wt[ci * 9 + ky * 3 + kx];
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                Op::Dense {
                    nin, nout, p_off, ..
                } => {
                    let dpre: Vec<f64> = dout
                        .iter()
                        .zip(&buf.pre[i])
                        .map(|(d, &u)| d * act_deriv(self.activation, u))
                        .collect();
                    self.param_grad(i, input, &dpre, 1.0, grad);
                    for (j, &e) in dpre.iter().enumerate().take(nout) {
                        let wt = &theta[p_off + j * (nin + 1)..][..nin];
                        for (d, wv) in din.iter_mut().zip(wt) {
                            *d += e * wv;
                        }
                    }
                }
            }
            dout = din;
        }
    }

    /// Number of outputs.
    pub fn n_outputs(&self) -> usize {
        self.n_out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn params_and_nodes_follow_paper_b_on_28x28_images() {
        for d in [1, 2, 3, 8] {
            let net = Cnn::new(d, 28, 28, 1, 10, Activation::Tanh);
            assert_eq!(net.n_params(), 439 * d * d + 71 * d + 10, "P({d})");
            assert_eq!(net.n_nodes(), 2752 * d + 10, "N({d})");
        }
    }

    #[test]
    fn backprop_gradient_matches_finite_differences_on_small_images() {
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let net = Cnn::new(1, 9, 8, 2, 3, Activation::Tanh);
        let theta = net.init_theta(-0.6, 0.6, &mut rng);
        let x: Vec<f64> = (0..net.n_inputs()).map(|_| rng.random::<f64>()).collect();
        let mut buf = CnnActivations::default();
        let y = net.forward(&theta, &x, None, &mut buf).to_vec();
        assert_eq!(y.len(), 3);
        let mut g = vec![0.0; net.n_params()];
        net.add_gradient(&theta, &buf, 2, &mut g);
        let h = 1e-6;
        let mut worst: f64 = 0.0;
        for i in 0..theta.len() {
            let mut t = theta.clone();
            t[i] += h;
            let cp = net.cost(net.forward(&t, &x, None, &mut buf), 2);
            t[i] -= 2.0 * h;
            let cm = net.cost(net.forward(&t, &x, None, &mut buf), 2);
            worst = worst.max(((cp - cm) / (2.0 * h) - g[i]).abs());
        }
        assert!(worst < 1e-7, "worst |fd - bp| = {worst}");
        assert!(g.iter().any(|v| v.abs() > 1e-4), "a non-trivial gradient");
    }

    /// With node errors equal to backprop's dC/d(pre-activation), the node-perturbation rule
    /// gives backprop's weight gradient: the node estimate, exact, is the true gradient.
    #[test]
    fn node_rule_with_true_node_errors_is_the_backprop_gradient() {
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        let net = Cnn::new(1, 8, 8, 1, 2, Activation::Tanh);
        let theta = net.init_theta(-0.5, 0.5, &mut rng);
        let x: Vec<f64> = (0..net.n_inputs()).map(|_| rng.random::<f64>()).collect();
        let mut buf = CnnActivations::default();
        net.forward(&theta, &x, None, &mut buf);
        let mut g = vec![0.0; net.n_params()];
        net.add_gradient(&theta, &buf, 1, &mut g);
        // dC/d(node) by finite differences through the node perturbation input.
        let h = 1e-6;
        let mut e = vec![0.0; net.n_nodes()];
        let mut pb = CnnActivations::default();
        for (j, ej) in e.iter_mut().enumerate() {
            let mut p = vec![0.0; net.n_nodes()];
            p[j] = h;
            let cp = net.cost(net.forward(&theta, &x, Some(&p), &mut pb), 1);
            p[j] = -h;
            let cm = net.cost(net.forward(&theta, &x, Some(&p), &mut pb), 1);
            *ej = (cp - cm) / (2.0 * h);
        }
        let mut gn = vec![0.0; net.n_params()];
        net.add_node_estimate(&buf, &e, 1.0, &mut gn);
        let worst = g
            .iter()
            .zip(&gn)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        assert!(worst < 1e-7, "worst {worst}");
    }
}
