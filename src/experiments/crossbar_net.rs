//! A trained reference network on faulty crossbars: ternarize every layer's weights (biases
//! stay digital, f64), map each layer with LEA or MAO, or the whole network `alpha` times
//! (committee machine), and run inference through the crossbars' analog products with the
//! reference network's own forward pass ([`Network::forward_with`]), optionally after a
//! post-mapping calibration of each row's digital offset and gain ([`Calibration`]).
//!
//! Physical arrays: each layer gets its own array, a strip of `slots` blocks of `n x m`
//! devices (inputs on rows, outputs on columns) with the faults drawn over the whole strip;
//! blocks are chosen on it by the placement rule.

use crate::datasets::Sample;
use crate::devices::crossbar::{CrossbarParams, PhysicalArray, Placement};
use crate::devices::lea::{Encoding, LayerTarget, MapEnv, MappedLayer, Quantizer};
use crate::devices::DeviceError;
use crate::reference::net::{Activations, Network};
use rand_chacha::ChaCha8Rng;

/// A mapping method at `alpha` copies (device count `2 alpha` per weight for each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Layer ensemble averaging keeping `beta` copies per row.
    Lea {
        /// Copies.
        alpha: usize,
        /// Kept per row and polarity.
        beta: usize,
        /// Pair encoding.
        encoding: Encoding,
    },
    /// Currents of `alpha` pairs summed, with per-pair compensation.
    Mao {
        /// Pairs per weight.
        alpha: usize,
    },
    /// `alpha` whole networks, outputs averaged.
    Cm {
        /// Networks.
        alpha: usize,
    },
}

impl Method {
    /// Short name for tables: `LEA`, `MAO`, `CM`.
    pub fn name(&self) -> &'static str {
        match self {
            Method::Lea { .. } => "LEA",
            Method::Mao { .. } => "MAO",
            Method::Cm { .. } => "CM",
        }
    }

    /// Copies `alpha`.
    pub fn alpha(&self) -> usize {
        match *self {
            Method::Lea { alpha, .. } | Method::Mao { alpha } | Method::Cm { alpha } => alpha,
        }
    }
}

/// A network ready for mapping: its ternary layer targets and the f64 parameters whose
/// weights are replaced by the ternary ones (biases kept).
#[derive(Clone, Debug)]
pub struct TernaryNet {
    /// The network (sizes, activation).
    pub net: Network,
    /// Ternary weights (times scale) and the original biases, in `theta` order.
    pub theta: Vec<f64>,
    /// One target per layer.
    pub targets: Vec<LayerTarget>,
    /// DAC full scale per layer: the largest input magnitude (layer 0 from the data, later
    /// layers 1, the bound of tanh and sigmoid).
    pub x_max: Vec<f64>,
}

impl TernaryNet {
    /// Ternarize `theta` of `net` with one scale per layer; `x_max0` is the first layer's
    /// input full scale.
    pub fn new(net: &Network, theta: &[f64], x_max0: f64) -> TernaryNet {
        TernaryNet::with_quantizer(net, theta, x_max0, Quantizer::Layer)
    }

    /// Ternarize `theta` of `net` by `q` (one scale per layer or per output row).
    pub fn with_quantizer(net: &Network, theta: &[f64], x_max0: f64, q: Quantizer) -> TernaryNet {
        let layers = net.layers();
        let mut out = theta.to_vec();
        let mut targets = Vec::new();
        let mut off = 0;
        for w in layers.windows(2) {
            let (n, m) = (w[0], w[1]);
            let mut ws = Vec::with_capacity(m * n);
            for i in 0..m {
                ws.extend_from_slice(&theta[off + i * (n + 1)..off + i * (n + 1) + n]);
            }
            let t = LayerTarget::ternary_with(&ws, m, n, q);
            for i in 0..m {
                for j in 0..n {
                    out[off + i * (n + 1) + j] = t.w[i * n + j] * t.row_scale(i);
                }
            }
            targets.push(t);
            off += (n + 1) * m;
        }
        let mut x_max = vec![1.0; layers.len() - 1];
        x_max[0] = x_max0;
        TernaryNet {
            net: net.clone(),
            theta: out,
            targets,
            x_max,
        }
    }
}

impl TernaryNet {
    /// `theta` with `N(0, sigma_l^2)` added to every weight of layer `l`, where
    /// `sigma_l = rel_err / 100 * ||W_l|| / sqrt(m n)` (`W_l` in real units): in expectation
    /// each layer's mapping error `100 ||W' - W|| / ||W||` is `rel_err`. Biases untouched.
    pub fn perturbed(&self, rel_err: f64, rng: &mut ChaCha8Rng) -> Vec<f64> {
        use rand_distr::{Distribution, StandardNormal};
        let mut th = self.theta.clone();
        let mut off = 0;
        for t in &self.targets {
            let root = ((t.m * t.n).max(1) as f64).sqrt();
            let sigma = if t.uniform() {
                let norm = t.w.iter().map(|w| w * w).sum::<f64>().sqrt();
                rel_err / 100.0 * norm / root * t.scale
            } else {
                let norm = t.weights().iter().map(|w| w * w).sum::<f64>().sqrt();
                rel_err / 100.0 * norm / root
            };
            for i in 0..t.m {
                for j in 0..t.n {
                    let z: f64 = StandardNormal.sample(rng);
                    th[off + i * (t.n + 1) + j] += sigma * z;
                }
            }
            off += (t.n + 1) * t.m;
        }
        th
    }

    /// `theta` with each weight as LEA's average of `alpha` copies (all kept) would read it if
    /// every device were stuck with probability `p`, half at `g_stuck_low` and half at
    /// `g_stuck_high`, and the others exact: the faults' part of the mapping error, drawn in
    /// weight space (no placement, selection, write or read noise). Biases are kept.
    pub fn faulted(
        &self,
        p: f64,
        alpha: usize,
        params: &CrossbarParams,
        rng: &mut ChaCha8Rng,
    ) -> Vec<f64> {
        use rand::Rng;
        let mut th = self.theta.clone();
        let copies = alpha.max(1);
        let mut off = 0;
        for t in &self.targets {
            for i in 0..t.m {
                for j in 0..t.n {
                    let w = t.w[i * t.n + j];
                    let plus = if w > 0.0 { params.g_on } else { params.g_off };
                    let minus = if w < 0.0 { params.g_on } else { params.g_off };
                    let mut err = 0.0;
                    for _ in 0..copies {
                        for (target, sign) in [(plus, 1.0), (minus, -1.0)] {
                            if rng.random::<f64>() < p {
                                let g = if rng.random::<bool>() {
                                    params.g_stuck_high
                                } else {
                                    params.g_stuck_low
                                };
                                err += sign * (g - target) / params.dg();
                            }
                        }
                    }
                    th[off + i * (t.n + 1) + j] = (w + err / copies as f64) * t.row_scale(i);
                }
            }
            off += (t.n + 1) * t.m;
        }
        th
    }
}

/// A network mapped onto crossbars: one set of layers per committee member (one for LEA and
/// MAO).
#[derive(Clone, Debug)]
pub struct MappedNet {
    members: Vec<Vec<MappedLayer>>,
    /// Per member and layer, each row's digital correction of its crossbar output.
    cal: Vec<Vec<RowCal>>,
}

/// Post-mapping calibration (our addition, not paper D's): unlabeled inputs run through the
/// mapped network layer by layer, and each row's crossbar output `y` becomes `g y + c`, with
/// `g` and `c` chosen so that its mean (and for [`Calibration::Affine`] its standard
/// deviation) over those inputs equals the ternary network's in software. `g` folds into the
/// row's digital scale and `c` into its digital bias, so it costs no devices; the mapping
/// error `E` is unchanged (it measures the devices).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Calibration {
    /// No correction (paper D).
    #[default]
    None,
    /// Offset only: `g = 1`.
    Mean,
    /// Offset and gain.
    Affine,
}

/// A [`Calibration`] ready to apply to any mapping of one ternary network: the setting, its
/// unlabeled inputs, and the network's per-row mean and standard deviation of its products
/// (pre-activations less the bias) on them, per layer, computed once.
#[derive(Clone, Debug, Default)]
pub struct CalibrationSet {
    how: Calibration,
    inputs: Vec<Vec<f64>>,
    ideal: Vec<(Vec<f64>, Vec<f64>)>,
}

impl CalibrationSet {
    /// No calibration (paper D).
    pub fn none() -> CalibrationSet {
        CalibrationSet::default()
    }

    /// `how` on `inputs` for `tn`; with [`Calibration::None`] the inputs are not read.
    pub fn new(
        tn: &TernaryNet,
        how: Calibration,
        inputs: impl IntoIterator<Item = Vec<f64>>,
    ) -> CalibrationSet {
        if how == Calibration::None {
            return CalibrationSet::none();
        }
        let inputs: Vec<Vec<f64>> = inputs.into_iter().collect();
        let mut rows: Vec<Vec<Vec<f64>>> = vec![Vec::with_capacity(inputs.len()); tn.targets.len()];
        let mut buf = Activations::default();
        for x in &inputs {
            tn.net.forward(&tn.theta, x, None, &mut buf);
            let mut off = 0;
            for (l, t) in tn.targets.iter().enumerate() {
                let bias = |i: usize| tn.theta[off + i * (t.n + 1) + t.n];
                rows[l].push((0..t.m).map(|i| buf.pre[l][i] - bias(i)).collect());
                off += (t.n + 1) * t.m;
            }
        }
        let ideal = rows
            .iter()
            .zip(&tn.targets)
            .map(|(r, t)| row_stats(r, t.m))
            .collect();
        CalibrationSet { how, inputs, ideal }
    }

    /// The setting.
    pub fn how(&self) -> Calibration {
        self.how
    }

    /// Inputs it calibrates on.
    pub fn n_inputs(&self) -> usize {
        self.inputs.len()
    }
}

/// One layer's per-row correction `g y + c` (identity: `g = 1`, `c = 0`).
#[derive(Clone, Debug, PartialEq)]
struct RowCal {
    gain: Vec<f64>,
    shift: Vec<f64>,
}

impl RowCal {
    fn identity(m: usize) -> RowCal {
        RowCal {
            gain: vec![1.0; m],
            shift: vec![0.0; m],
        }
    }

    fn apply(&self, pre: &mut [f64]) {
        for ((y, g), c) in pre.iter_mut().zip(&self.gain).zip(&self.shift) {
            *y = g * *y + c;
        }
    }
}

/// Per-row mean and standard deviation of `rows` (one vector of `m` values per input).
fn row_stats(rows: &[Vec<f64>], m: usize) -> (Vec<f64>, Vec<f64>) {
    let k = rows.len().max(1) as f64;
    let mean: Vec<f64> = (0..m)
        .map(|i| rows.iter().map(|r| r[i]).sum::<f64>() / k)
        .collect();
    let sd = (0..m)
        .map(|i| {
            let v = rows.iter().map(|r| (r[i] - mean[i]).powi(2)).sum::<f64>() / k;
            v.sqrt()
        })
        .collect();
    (mean, sd)
}

/// Map `tn` by `method` onto `arrays` (one per layer, big enough for `2 alpha` blocks).
pub fn map(
    tn: &TernaryNet,
    method: Method,
    arrays: &[PhysicalArray],
    params: &CrossbarParams,
    placement: Placement,
    rng: &mut ChaCha8Rng,
) -> Result<MappedNet, DeviceError> {
    let members = match method {
        Method::Cm { alpha } => alpha,
        _ => 1,
    };
    let mut used: Vec<Vec<_>> = vec![Vec::new(); arrays.len()];
    let mut out = Vec::new();
    for _ in 0..members {
        let mut layers = Vec::new();
        for (l, t) in tn.targets.iter().enumerate() {
            let mut env = MapEnv {
                params,
                array: &arrays[l],
                used: &mut used[l],
                placement,
                rng,
            };
            layers.push(match method {
                Method::Lea {
                    alpha,
                    beta,
                    encoding,
                } => MappedLayer::lea(t, alpha, beta, encoding, &mut env)?,
                Method::Mao { alpha } => MappedLayer::mao(t, alpha, &mut env)?,
                Method::Cm { .. } => MappedLayer::lea(t, 1, 1, Encoding::Simple, &mut env)?,
            });
        }
        out.push(layers);
    }
    let cal = out
        .iter()
        .map(|_| tn.targets.iter().map(|t| RowCal::identity(t.m)).collect())
        .collect();
    Ok(MappedNet { members: out, cal })
}

impl MappedNet {
    /// Mapping error per layer (%), averaged over committee members.
    pub fn layer_errors(&self, tn: &TernaryNet) -> Vec<f64> {
        let k = self.members.len() as f64;
        (0..tn.targets.len())
            .map(|l| {
                self.members
                    .iter()
                    .map(|m| m[l].mapping_error(&tn.targets[l]))
                    .sum::<f64>()
                    / k
            })
            .collect()
    }

    /// Mean over layers of [`MappedNet::layer_errors`].
    pub fn mapping_error(&self, tn: &TernaryNet) -> f64 {
        let e = self.layer_errors(tn);
        e.iter().sum::<f64>() / e.len() as f64
    }

    /// Devices used.
    pub fn devices(&self) -> usize {
        self.members.iter().flatten().map(|l| l.devices()).sum()
    }

    /// Outputs for `x` (averaged over committee members), each read fresh.
    pub fn infer(
        &self,
        tn: &TernaryNet,
        x: &[f64],
        rng: &mut ChaCha8Rng,
        buf: &mut Activations,
    ) -> Vec<f64> {
        self.infer_on(tn, x, None, rng, buf)
    }

    /// As [`MappedNet::infer`], but only the layers with `on[l]` go through their crossbar;
    /// the others take the exact product with `tn`'s ternary weights (a diagnostic: which
    /// layer's mapping costs the accuracy). `None`: every layer on its crossbar.
    pub fn infer_on(
        &self,
        tn: &TernaryNet,
        x: &[f64],
        on: Option<&[bool]>,
        rng: &mut ChaCha8Rng,
        buf: &mut Activations,
    ) -> Vec<f64> {
        let layers = tn.net.layers();
        let offsets: Vec<usize> = layers
            .windows(2)
            .scan(0, |off, w| {
                let o = *off;
                *off += (w[0] + 1) * w[1];
                Some(o)
            })
            .collect();
        let mut acc = vec![0.0; tn.net.n_outputs()];
        for (member, cal) in self.members.iter().zip(&self.cal) {
            let mut mvm = |l: usize, input: &[f64], pre: &mut Vec<f64>| {
                if on.is_none_or(|on| on[l]) {
                    member[l].mvm(input, tn.x_max[l], rng, pre);
                    cal[l].apply(pre);
                } else {
                    let (n, m) = (layers[l], layers[l + 1]);
                    let th = &tn.theta[offsets[l]..];
                    pre.clear();
                    pre.extend((0..m).map(|i| {
                        let row = &th[i * (n + 1)..i * (n + 1) + n];
                        row.iter().zip(input).map(|(w, v)| w * v).sum::<f64>()
                    }));
                }
            };
            let y = tn.net.forward_with(&tn.theta, x, &mut mvm, buf);
            for (a, v) in acc.iter_mut().zip(y) {
                *a += v;
            }
        }
        let k = self.members.len() as f64;
        acc.iter_mut().for_each(|a| *a /= k);
        acc
    }

    /// Calibrate every member's rows by `set` ([`Calibration`]): layer by layer, so each
    /// layer's statistics are taken with the layers before it already corrected. Reads are
    /// fresh (read noise from `rng`). `set` must have been made for `tn`.
    pub fn calibrate(&mut self, tn: &TernaryNet, set: &CalibrationSet, rng: &mut ChaCha8Rng) {
        let (how, inputs) = (set.how, &set.inputs);
        if how == Calibration::None || inputs.is_empty() {
            return;
        }
        let layers = tn.net.layers();
        let mut buf = Activations::default();
        for (member, cal) in self.members.iter().zip(self.cal.iter_mut()) {
            for l in 0..tn.targets.len() {
                let mut rows = Vec::with_capacity(inputs.len());
                for x in inputs {
                    let mut raw = Vec::new();
                    let mut mvm = |k: usize, input: &[f64], pre: &mut Vec<f64>| {
                        if k <= l {
                            member[k].mvm(input, tn.x_max[k], rng, pre);
                        }
                        if k < l {
                            cal[k].apply(pre);
                        } else {
                            if k == l {
                                raw = pre.clone();
                            }
                            // Later layers are not needed: zeros keep the pass cheap.
                            pre.clear();
                            pre.resize(layers[k + 1], 0.0);
                        }
                    };
                    tn.net.forward_with(&tn.theta, x, &mut mvm, &mut buf);
                    rows.push(raw);
                }
                let (mu, sd) = row_stats(&rows, tn.targets[l].m);
                let (mu_ideal, sd_ideal) = &set.ideal[l];
                for i in 0..tn.targets[l].m {
                    let g = match how {
                        Calibration::Affine if sd[i] > 0.0 => sd_ideal[i] / sd[i],
                        _ => 1.0,
                    };
                    cal[l].gain[i] = g;
                    cal[l].shift[i] = mu_ideal[i] - g * mu[i];
                }
            }
        }
    }

    /// Test accuracy (fraction) on `samples`.
    pub fn accuracy(&self, tn: &TernaryNet, samples: &[Sample], rng: &mut ChaCha8Rng) -> f64 {
        self.accuracy_on(tn, samples, None, rng)
    }

    /// Test accuracy (fraction) with only the layers `on` on their crossbars
    /// ([`MappedNet::infer_on`]).
    pub fn accuracy_on(
        &self,
        tn: &TernaryNet,
        samples: &[Sample],
        on: Option<&[bool]>,
        rng: &mut ChaCha8Rng,
    ) -> f64 {
        let mut buf = Activations::default();
        let correct = samples
            .iter()
            .filter(|s| Network::classify(&self.infer_on(tn, &s.x, on, rng, &mut buf)) == s.label)
            .count();
        correct as f64 / samples.len().max(1) as f64
    }

    /// `tn.theta` with every weight replaced by the first member's mapped weight (its
    /// read-back `W_map`, times the row's scale); biases kept. The software network that the
    /// mapping error measures.
    pub fn w_map_theta(&self, tn: &TernaryNet) -> Vec<f64> {
        let mut th = tn.theta.clone();
        let mut off = 0;
        for (layer, t) in self.members[0].iter().zip(&tn.targets) {
            let w = layer.w_map();
            for i in 0..t.m {
                for j in 0..t.n {
                    th[off + i * (t.n + 1) + j] = w[i * t.n + j] * t.row_scale(i);
                }
            }
            off += (t.n + 1) * t.m;
        }
        th
    }
}

/// Per layer of `tn`, a strip array with `slots` blocks and stuck fraction `p` (half low,
/// half high, or all high), seeded `seed + l`.
pub fn strip_arrays(
    tn: &TernaryNet,
    slots: usize,
    p: f64,
    high_only: bool,
    params: &CrossbarParams,
    seed: u64,
) -> Result<Vec<PhysicalArray>, DeviceError> {
    tn.targets
        .iter()
        .enumerate()
        .map(|(l, t)| {
            PhysicalArray::with_faults(
                t.n,
                t.m * slots,
                p,
                high_only,
                params,
                seed.wrapping_add(l as u64),
            )
        })
        .collect()
}

/// Per layer of `tn`, its own `count` kernels of `size x size` devices
/// ([`PhysicalArray::kernels`]), stuck fraction `p` in each, seeded `seed + 1000 l`.
pub fn kernel_arrays(
    tn: &TernaryNet,
    size: usize,
    count: usize,
    p: f64,
    high_only: bool,
    params: &CrossbarParams,
    seed: u64,
) -> Result<Vec<PhysicalArray>, DeviceError> {
    (0..tn.targets.len())
        .map(|l| {
            let seed = seed.wrapping_add(1000 * l as u64);
            PhysicalArray::kernels(size, count, p, high_only, params, seed)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Activation;
    use rand::{Rng, SeedableRng};

    #[test]
    fn perturbed_weights_have_the_asked_mapping_error_and_keep_the_biases() {
        let net = Network::new(&[40, 30, 20], Activation::Tanh);
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        for q in [Quantizer::Layer, Quantizer::Row] {
            let tn = TernaryNet::with_quantizer(&net, &theta, 1.0, q);
            perturbed_has_the_asked_error(&tn, &mut rng);
        }
    }

    fn perturbed_has_the_asked_error(tn: &TernaryNet, rng: &mut ChaCha8Rng) {
        for e in [0.0, 50.0, 150.0] {
            let th = tn.perturbed(e, rng);
            let mut off = 0;
            for t in &tn.targets {
                let (mut num, mut den) = (0.0, 0.0);
                for i in 0..t.m {
                    for j in 0..t.n {
                        let d = off + i * (t.n + 1) + j;
                        num += (th[d] - tn.theta[d]).powi(2);
                        den += tn.theta[d].powi(2);
                    }
                    let b = off + i * (t.n + 1) + t.n;
                    assert_eq!(th[b], tn.theta[b], "bias of row {i}");
                }
                let got = 100.0 * (num / den).sqrt();
                assert!((got - e).abs() <= 0.1 * e + 1e-12, "asked {e}%, got {got}%");
                off += (t.n + 1) * t.m;
            }
        }
    }

    #[test]
    fn faulted_weights_are_exact_without_faults_and_err_as_the_crossbar_does_with_them() {
        let net = Network::new(&[30, 20, 5], Activation::Tanh);
        let mut rng = ChaCha8Rng::seed_from_u64(6);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        let tn = TernaryNet::with_quantizer(&net, &theta, 1.0, Quantizer::Row);
        let p = CrossbarParams::default();
        assert_eq!(tn.faulted(0.0, 6, &p, &mut rng), tn.theta);
        // Mapping error of the faults alone at 20% stuck: falls with alpha about as
        // 1/sqrt(alpha), since the copies' errors are independent.
        let err = |alpha: usize, rng: &mut ChaCha8Rng| {
            let th = tn.faulted(0.2, alpha, &p, rng);
            let (mut num, mut den) = (0.0, 0.0);
            let t = &tn.targets[0];
            for i in 0..t.m {
                for j in 0..t.n {
                    let d = i * (t.n + 1) + j;
                    num += (th[d] - tn.theta[d]).powi(2);
                    den += tn.theta[d].powi(2);
                }
            }
            100.0 * (num / den).sqrt()
        };
        let (e1, e6) = (err(1, &mut rng), err(6, &mut rng));
        assert!(e1 > 100.0, "{e1}");
        let ratio = e1 / e6;
        assert!((ratio - 6f64.sqrt()).abs() < 0.5, "{e1} / {e6} = {ratio}");
    }

    #[test]
    fn fault_free_noiseless_mapping_matches_the_ternary_network() {
        let net = Network::new(&[5, 6, 3], Activation::Tanh);
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        for q in [Quantizer::Layer, Quantizer::Row] {
            fault_free_noiseless_mapping_matches(&net, &theta, q, &mut rng);
        }
    }

    fn fault_free_noiseless_mapping_matches(
        net: &Network,
        theta: &[f64],
        q: Quantizer,
        rng: &mut ChaCha8Rng,
    ) {
        let tn = TernaryNet::with_quantizer(net, theta, 1.0, q);
        assert_eq!(
            q == Quantizer::Layer,
            tn.targets.iter().all(|t| t.uniform())
        );
        let p = CrossbarParams::ideal();
        let arrays = strip_arrays(&tn, 8, 0.0, false, &p, 1).unwrap();
        let mut buf = Activations::default();
        for method in [
            Method::Lea {
                alpha: 3,
                beta: 2,
                encoding: Encoding::Simple,
            },
            Method::Mao { alpha: 3 },
            Method::Cm { alpha: 3 },
        ] {
            let m = map(&tn, method, &arrays, &p, Placement::Random, rng).unwrap();
            assert_eq!(m.devices(), 2 * 3 * (5 * 6 + 6 * 3));
            if !matches!(method, Method::Mao { .. }) {
                for (a, b) in m.w_map_theta(&tn).iter().zip(&tn.theta) {
                    assert!((a - b).abs() < 1e-12, "{method:?}: {a} vs {b}");
                }
            }
            for _ in 0..5 {
                let x: Vec<f64> = (0..5).map(|_| rng.random_range(0.0..1.0)).collect();
                let want = tn.net.forward(&tn.theta, &x, None, &mut buf).to_vec();
                let got = m.infer(&tn, &x, rng, &mut buf);
                for (g, w) in got.iter().zip(&want) {
                    assert!((g - w).abs() < 1e-9, "{method:?}: {g} vs {w}");
                }
                for on in [[true, false], [false, true], [false, false]] {
                    let got = m.infer_on(&tn, &x, Some(&on), rng, &mut buf);
                    for (g, w) in got.iter().zip(&want) {
                        assert!((g - w).abs() < 1e-9, "{method:?} {on:?}: {g} vs {w}");
                    }
                }
            }
        }
    }

    fn inputs(k: usize, rng: &mut ChaCha8Rng) -> Vec<Vec<f64>> {
        // Input 2 is constant: a fault on it is a pure offset.
        (0..k)
            .map(|_| vec![rng.random_range(0.0..1.0), rng.random_range(0.0..1.0), 1.0])
            .collect()
    }

    #[test]
    fn calibration_of_a_fault_free_noiseless_mapping_changes_nothing() {
        let net = Network::new(&[3, 4, 2], Activation::Tanh);
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        let tn = TernaryNet::new(&net, &theta, 1.0);
        let p = CrossbarParams::ideal();
        let arrays = strip_arrays(&tn, 4, 0.0, false, &p, 3).unwrap();
        let xs = inputs(50, &mut rng);
        let mut buf = Activations::default();
        for how in [Calibration::Mean, Calibration::Affine] {
            let set = CalibrationSet::new(&tn, how, xs.clone());
            assert_eq!((set.how(), set.n_inputs()), (how, xs.len()));
            let method = Method::Cm { alpha: 2 };
            let mut m = map(&tn, method, &arrays, &p, Placement::Random, &mut rng).unwrap();
            m.calibrate(&tn, &set, &mut rng);
            for x in &xs {
                let want = tn.net.forward(&tn.theta, x, None, &mut buf).to_vec();
                let got = m.infer(&tn, x, &mut rng, &mut buf);
                for (g, w) in got.iter().zip(&want) {
                    assert!((g - w).abs() < 1e-9, "{how:?}: {g} vs {w}");
                }
            }
        }
    }

    #[test]
    fn mean_calibration_removes_the_offset_of_stuck_devices_on_a_constant_input() {
        let net = Network::new(&[3, 4, 2], Activation::Tanh);
        let mut rng = ChaCha8Rng::seed_from_u64(12);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        let tn = TernaryNet::new(&net, &theta, 1.0);
        let p = CrossbarParams::ideal();
        let mut arrays = strip_arrays(&tn, 2, 0.0, false, &p, 3).unwrap();
        // Half the columns of layer 1's strip: input 2's device stuck high.
        for c in 0..arrays[0].cols() / 2 {
            arrays[0].set_stuck(2, c, Some(p.g_stuck_high));
        }
        let method = Method::Lea {
            alpha: 1,
            beta: 1,
            encoding: Encoding::Simple,
        };
        let xs = inputs(30, &mut rng);
        let mut buf = Activations::default();
        let worst = |m: &MappedNet, rng: &mut ChaCha8Rng, buf: &mut Activations| {
            xs.iter()
                .map(|x| {
                    let want = tn.net.forward(&tn.theta, x, None, buf).to_vec();
                    let got = m.infer(&tn, x, rng, buf);
                    got.iter()
                        .zip(&want)
                        .map(|(g, w)| (g - w).abs())
                        .fold(0.0, f64::max)
                })
                .fold(0.0, f64::max)
        };
        let mut m = map(&tn, method, &arrays, &p, Placement::Random, &mut rng).unwrap();
        let before = worst(&m, &mut rng, &mut buf);
        assert!(before > 1e-3, "the stuck devices must matter: {before}");
        let set = CalibrationSet::new(&tn, Calibration::Mean, xs.clone());
        m.calibrate(&tn, &set, &mut rng);
        let after = worst(&m, &mut rng, &mut buf);
        assert!(after < 1e-9, "offset left after calibration: {after}");
    }
}
