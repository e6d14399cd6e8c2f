//! Beyond paper D: MGD trains the network in place, on the faulty crossbar itself (issue 14,
//! item 5). The crossbar (the same [`CrossbarParams`] and stuck maps as LEA's) is the *plant*
//! of a chip-in-the-loop MGD trainer: the MGD core sends parameters out and gets one cost per
//! inference back ([`Plant`]); it never sees a conductance.
//!
//! **Weights are analog (multi-level).** Each weight `w_ij = scale_l u_ij` is held by `alpha`
//! differential pairs whose column currents are summed and divided by `alpha` in the digital
//! periphery: `u_ij = sum_k (G+_k - G-_k) / (alpha dG)`. A target `u` (clamped to [-1, 1]) is
//! written to every copy as `G+ = G_OFF + dG max(u, 0)`, `G- = G_OFF + dG max(-u, 0)` through
//! [`CrossbarParams::program`]: fresh write noise N(0, 16.66 uS), clamped to the window; a
//! stuck device ignores the write and stays at 10 or 500 uS, unclamped. The start is the
//! ternary network LEA maps (`u` in {-1, 0, 1}, the same encoding), so at step 0 a layer at
//! `alpha` equals LEA at `alpha` with `beta = alpha` (all copies averaged), up to placement
//! and noise draws. Device count: `2 alpha m n` per layer. Biases and activations are digital
//! (as in LEA); MGD trains the biases too, exactly.
//!
//! **Perturbation.** The perturbation `u~ = +/- dtheta` (random signs, every step, all
//! parameters at once) is added to the *effective* weights without a write: the periphery adds
//! `scale_l sum_j u~_ij x_j` to the ADC output, which equals perturbing the weights and costs
//! adds only (the codes are +/-1). Every inference reads every device afresh (read noise
//! U(-10, 10) uS), so `C` and `C0` are noisy; that noise stays.
//!
//! **MGD loop** (discrete, paper A's convention, a small self-contained loop rather than
//! [`crate::reference::mgd::Mgd`], whose forward pass is the ideal network's and whose weight
//! stores see no read noise): each step one training sample (reshuffled epochs), `C0` (baseline
//! inference) and `C` (perturbed), `e = (C - C0) s / dtheta`, `G += e`; every `tau_theta` steps
//! `u -= eta G`, `G = 0`, weights clamped to [-1, 1], and the plant re-programs every weight whose
//! target moved by at least `write_threshold` since its last write (both devices of all its
//! pairs, fresh write noise each time). Every random sequence is a seeded ChaCha8 stream.

use super::crossbar_net::{strip_arrays, TernaryNet};
use crate::datasets::Sample;
use crate::devices::crossbar::{
    block_faults, choose_slots, CrossbarParams, PhysicalArray, Placement,
};
use crate::devices::lea::LayerTarget;
use crate::devices::DeviceError;
use crate::reference::net::{Activations, Network};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;

/// What the MGD core sees: parameters out, a cost in.
pub trait Plant {
    /// Number of parameters.
    fn n_params(&self) -> usize;
    /// Keep `theta` inside what the plant can hold (the MGD core calls it after every update).
    fn clamp(&self, _theta: &mut [f64]) {}
    /// Write `theta` (the plant decides which writes happen and how precise they are).
    fn set_params(&mut self, theta: &[f64]);
    /// The cost of `sample` with the parameters held, plus `pert` if given.
    fn cost(&mut self, sample: &Sample, pert: Option<&[f64]>) -> f64;
    /// The predicted class of `x` with the parameters held.
    fn predict(&mut self, x: &[f64]) -> usize;
}

/// One layer's devices, trained in place: `alpha` pairs per weight on `2 alpha` blocks.
#[derive(Clone, Debug)]
pub struct InPlaceLayer {
    m: usize,
    n: usize,
    alpha: usize,
    scale: f64,
    x_max: f64,
    /// Per copy `[G+, G-]`, each `m x n` row-major `[output][input]`.
    g: Vec<[Vec<f64>; 2]>,
    /// The stuck maps of the same devices.
    stuck: Vec<[Vec<Option<f64>>; 2]>,
    /// The target `u` of each weight's last write (NaN: never written).
    written: Vec<f64>,
    params: CrossbarParams,
}

impl InPlaceLayer {
    /// Place `2 alpha` blocks of `t`'s shape on `array` (random placement from `rng`), unwritten.
    pub fn place(
        t: &LayerTarget,
        alpha: usize,
        x_max: f64,
        array: &PhysicalArray,
        params: &CrossbarParams,
        rng: &mut ChaCha8Rng,
    ) -> Result<InPlaceLayer, DeviceError> {
        if alpha == 0 {
            return Err(DeviceError::parameter("alpha", ">= 1", 0));
        }
        if !t.uniform() {
            return Err(DeviceError::parameter(
                "quantizer",
                "one scale per layer (MGD in place has no per-row gains)",
                "per-row scales",
            ));
        }
        let slots = choose_slots(array, t.n, t.m, 2 * alpha, &[], Placement::Random, rng)?;
        let stuck = (0..alpha)
            .map(|k| {
                [
                    block_faults(array, slots[2 * k], t.m, t.n),
                    block_faults(array, slots[2 * k + 1], t.m, t.n),
                ]
            })
            .collect();
        let off = vec![params.g_off; t.m * t.n];
        Ok(InPlaceLayer {
            m: t.m,
            n: t.n,
            alpha,
            scale: t.scale,
            x_max,
            g: vec![[off.clone(), off]; alpha],
            stuck,
            written: vec![f64::NAN; t.m * t.n],
            params: params.clone(),
        })
    }

    /// Devices used: `2 alpha m n`.
    pub fn devices(&self) -> usize {
        2 * self.alpha * self.m * self.n
    }

    /// Program weight `d` (row-major `[output][input]`) to `u` (clamped to [-1, 1]) on every
    /// copy; stuck devices keep their value.
    pub fn write(&mut self, d: usize, u: f64, rng: &mut ChaCha8Rng) {
        let u = u.clamp(-1.0, 1.0);
        let p = &self.params;
        let dg = p.dg();
        let targets = [p.g_off + dg * u.max(0.0), p.g_off + dg * (-u).max(0.0)];
        for (c, s) in self.g.iter_mut().zip(&self.stuck) {
            for pol in 0..2 {
                c[pol][d] = p.program(targets[pol], s[pol][d], rng);
            }
        }
        self.written[d] = u;
    }

    /// The conductance of device `d` of `copy` and polarity `pol` (0: G+, 1: G-).
    pub fn conductance(&self, copy: usize, pol: usize, d: usize) -> f64 {
        self.g[copy][pol][d]
    }

    /// The effective weights in units of the scale, noise-free: `sum_k (G+ - G-) / (alpha dG)`.
    pub fn effective(&self) -> Vec<f64> {
        let k = 1.0 / (self.alpha as f64 * self.params.dg());
        (0..self.m * self.n)
            .map(|d| self.g.iter().map(|c| c[0][d] - c[1][d]).sum::<f64>() * k)
            .collect()
    }

    /// One analog product in real units: DAC, a fresh read of every device, the `alpha` pair
    /// currents summed and divided by `alpha`, the ADC; then, if `pert` (`m x n` in units of
    /// the scale), the periphery adds `scale sum_j pert_ij x_j` exactly.
    pub fn mvm(&self, x: &[f64], pert: Option<&[f64]>, rng: &mut ChaCha8Rng, out: &mut Vec<f64>) {
        debug_assert_eq!(x.len(), self.n);
        let p = &self.params;
        let v: Vec<f64> = x.iter().map(|&xi| p.dac(xi, self.x_max)).collect();
        let full = p.dg() * self.n as f64;
        let a = self.alpha as f64;
        out.clear();
        for i in 0..self.m {
            let mut cur = 0.0;
            for c in &self.g {
                for (pol, sign) in [(0, 1.0), (1, -1.0)] {
                    let row = &c[pol][i * self.n..(i + 1) * self.n];
                    let mut s = 0.0;
                    for (g, &vj) in row.iter().zip(&v) {
                        // A zero input draws no current: skipping it keeps the sum exact.
                        if vj != 0.0 {
                            s += p.read(*g, rng) * vj;
                        }
                    }
                    cur += sign * s;
                }
            }
            let mut y = p.adc(cur / a, full) / p.dg() * self.x_max * self.scale;
            if let Some(h) = pert {
                let row = &h[i * self.n..(i + 1) * self.n];
                y += self.scale * row.iter().zip(x).map(|(h, x)| h * x).sum::<f64>();
            }
            out.push(y);
        }
    }
}

/// A network whose layers are [`InPlaceLayer`]s: parameters `u` in `theta` order (see
/// [`crate::reference::net`]), weights and biases in units of their layer's scale.
#[derive(Clone, Debug)]
pub struct CrossbarPlant {
    net: Network,
    layers: Vec<InPlaceLayer>,
    /// Biases in real units (digital), in a full `theta` vector whose weights are unused.
    theta_real: Vec<f64>,
    /// `u` held (biases exact; weights as last requested).
    held: Vec<f64>,
    write_threshold: f64,
    writes: u64,
    read_rng: ChaCha8Rng,
    write_rng: ChaCha8Rng,
    buf: Activations,
    pert_w: Vec<Vec<f64>>,
    pert_theta: Vec<f64>,
}

/// A seeded ChaCha8 generator on stream `s`.
fn stream(seed: u64, s: u64) -> ChaCha8Rng {
    let mut r = ChaCha8Rng::seed_from_u64(seed);
    r.set_stream(s);
    r
}

impl CrossbarPlant {
    /// `tn`'s network on `arrays` (one per layer) at `alpha` pairs per weight, placed at random
    /// (stream 0 of `seed`), programmed with `tn`'s ternary targets (write noise: stream 1);
    /// read noise from stream 2.
    pub fn new(
        tn: &TernaryNet,
        alpha: usize,
        arrays: &[PhysicalArray],
        params: &CrossbarParams,
        write_threshold: f64,
        seed: u64,
    ) -> Result<CrossbarPlant, DeviceError> {
        params.validate()?;
        let mut place_rng = stream(seed, 0);
        let layers = tn
            .targets
            .iter()
            .zip(arrays)
            .zip(&tn.x_max)
            .map(|((t, a), &xm)| InPlaceLayer::place(t, alpha, xm, a, params, &mut place_rng))
            .collect::<Result<Vec<_>, _>>()?;
        let mut plant = CrossbarPlant {
            net: tn.net.clone(),
            theta_real: tn.theta.clone(),
            held: vec![f64::NAN; tn.theta.len()],
            write_threshold,
            writes: 0,
            read_rng: stream(seed, 2),
            write_rng: stream(seed, 1),
            buf: Activations::default(),
            pert_w: layers.iter().map(|l| vec![0.0; l.m * l.n]).collect(),
            pert_theta: tn.theta.clone(),
            layers,
        };
        let u0 = plant.start(tn);
        plant.set_params(&u0);
        Ok(plant)
    }

    /// `tn`'s parameters in units of each layer's scale: the ternary weights and the biases.
    pub fn start(&self, tn: &TernaryNet) -> Vec<f64> {
        let mut u = tn.theta.clone();
        self.for_each_param(|idx, l, d| {
            u[idx] = match d {
                Some(d) => tn.targets[l].w[d],
                None => tn.theta[idx] / self.layers[l].scale,
            }
        });
        u
    }

    /// Calls `f(theta index, layer, Some(weight index in the layer) or None for a bias)`.
    fn for_each_param(&self, mut f: impl FnMut(usize, usize, Option<usize>)) {
        let mut off = 0;
        for (l, layer) in self.layers.iter().enumerate() {
            let n = layer.n;
            for i in 0..layer.m {
                for j in 0..=n {
                    let idx = off + i * (n + 1) + j;
                    f(idx, l, (j < n).then_some(i * n + j));
                }
            }
            off += (n + 1) * layer.m;
        }
    }

    /// The layers (devices, effective weights).
    pub fn layers(&self) -> &[InPlaceLayer] {
        &self.layers
    }

    /// Weight writes so far (each writes `2 alpha` devices).
    pub fn writes(&self) -> u64 {
        self.writes
    }

    /// Devices used.
    pub fn devices(&self) -> usize {
        self.layers.iter().map(|l| l.devices()).sum()
    }

    /// Outputs of `x` with the parameters held plus `pert` (in `theta` order, `u` units).
    fn outputs(&mut self, x: &[f64], pert: Option<&[f64]>) -> Vec<f64> {
        let mut th = std::mem::take(&mut self.pert_theta);
        let mut pw = std::mem::take(&mut self.pert_w);
        th.copy_from_slice(&self.theta_real);
        if let Some(h) = pert {
            let scales: Vec<f64> = self.layers.iter().map(|l| l.scale).collect();
            self.for_each_param(|idx, l, d| match d {
                Some(d) => pw[l][d] = h[idx],
                None => th[idx] += scales[l] * h[idx],
            });
        }
        let layers = &self.layers;
        let rng = &mut self.read_rng;
        let pw_ref = &pw;
        let mut mvm = |l: usize, input: &[f64], pre: &mut Vec<f64>| {
            layers[l].mvm(input, pert.map(|_| pw_ref[l].as_slice()), rng, pre);
        };
        let y = self
            .net
            .forward_with(&th, x, &mut mvm, &mut self.buf)
            .to_vec();
        self.pert_theta = th;
        self.pert_w = pw;
        y
    }
}

impl Plant for CrossbarPlant {
    fn n_params(&self) -> usize {
        self.theta_real.len()
    }

    fn clamp(&self, theta: &mut [f64]) {
        self.for_each_param(|idx, _, d| {
            if d.is_some() {
                theta[idx] = theta[idx].clamp(-1.0, 1.0);
            }
        });
    }

    fn set_params(&mut self, theta: &[f64]) {
        let mut jobs = Vec::new();
        self.for_each_param(|idx, l, d| jobs.push((idx, l, d)));
        for (idx, l, d) in jobs {
            match d {
                Some(d) => {
                    let last = self.layers[l].written[d];
                    if last.is_nan() || (theta[idx] - last).abs() >= self.write_threshold {
                        self.layers[l].write(d, theta[idx], &mut self.write_rng);
                        self.writes += 1;
                    }
                }
                None => self.theta_real[idx] = self.layers[l].scale * theta[idx],
            }
            self.held[idx] = theta[idx];
        }
    }

    fn cost(&mut self, sample: &Sample, pert: Option<&[f64]>) -> f64 {
        let y = self.outputs(&sample.x, pert);
        self.net.cost(&y, sample.label)
    }

    fn predict(&mut self, x: &[f64]) -> usize {
        Network::classify(&self.outputs(x, None))
    }
}

/// Test accuracy (%) of `plant` on `samples`, every inference read afresh.
pub fn accuracy(plant: &mut impl Plant, samples: &[Sample]) -> f64 {
    let ok = samples
        .iter()
        .filter(|s| plant.predict(&s.x) == s.label)
        .count();
    100.0 * ok as f64 / samples.len().max(1) as f64
}

/// The MGD core's settings.
#[derive(Clone, Debug, PartialEq)]
pub struct MgdSettings {
    /// Perturbation amplitude per parameter (units of the layer scale).
    pub dtheta: f64,
    /// Learning rate (`u -= eta G`).
    pub eta: f64,
    /// Steps per update.
    pub tau_theta: usize,
    /// Steps (one sample, one baseline and one perturbed inference each).
    pub steps: usize,
    /// Test accuracy every this many steps (and at 0 and the end).
    pub eval_every: usize,
    /// Seed of the perturbation signs and the sample order.
    pub seed: u64,
}

/// One training run: `(step, test accuracy %)` at every evaluation, and the final parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// `(step, accuracy %)`, step 0 first.
    pub curve: Vec<(usize, f64)>,
    /// The MGD core's parameters at the end.
    pub theta: Vec<f64>,
    /// Mean training cost (baseline `C0`) over each evaluation interval, one per interval.
    pub train_cost: Vec<f64>,
}

impl Run {
    /// Accuracy at step 0.
    pub fn start(&self) -> f64 {
        self.curve[0].1
    }

    /// Accuracy at the end.
    pub fn last(&self) -> f64 {
        self.curve[self.curve.len() - 1].1
    }

    /// The first evaluated step whose accuracy is within `tol` points of the final one.
    pub fn steps_to_final(&self, tol: f64) -> usize {
        let f = self.last();
        self.curve
            .iter()
            .find(|(_, a)| *a >= f - tol)
            .map_or(0, |&(s, _)| s)
    }
}

/// Train `theta` (written to `plant` first) by MGD on `train`; test accuracy on `test`.
pub fn train(
    plant: &mut impl Plant,
    theta: &[f64],
    train: &[Sample],
    test: &[Sample],
    s: &MgdSettings,
) -> Run {
    assert!(!train.is_empty(), "training samples");
    let n = plant.n_params();
    assert_eq!(theta.len(), n);
    let mut theta = theta.to_vec();
    plant.clamp(&mut theta);
    plant.set_params(&theta);
    let mut sign_rng = stream(s.seed, 10);
    let mut order_rng = stream(s.seed, 11);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut pos = order.len();
    let (mut g, mut sign, mut pert) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let tau = s.tau_theta.max(1);
    let every = s.eval_every.max(1);
    let mut curve = vec![(0, accuracy(plant, test))];
    let (mut cost_sum, mut train_cost) = (0.0, Vec::new());
    for step in 0..s.steps {
        if pos == order.len() {
            order.shuffle(&mut order_rng);
            pos = 0;
        }
        let sample = &train[order[pos]];
        pos += 1;
        let c0 = plant.cost(sample, None);
        for (sg, p) in sign.iter_mut().zip(pert.iter_mut()) {
            *sg = if sign_rng.random::<bool>() { 1.0 } else { -1.0 };
            *p = *sg * s.dtheta;
        }
        let c = plant.cost(sample, Some(&pert));
        let k = (c - c0) / s.dtheta;
        for (gi, sg) in g.iter_mut().zip(&sign) {
            *gi += k * sg;
        }
        cost_sum += c0;
        if (step + 1) % tau == 0 {
            for (t, gi) in theta.iter_mut().zip(g.iter_mut()) {
                *t -= s.eta * *gi;
                *gi = 0.0;
            }
            plant.clamp(&mut theta);
            plant.set_params(&theta);
        }
        if (step + 1) % every == 0 || step + 1 == s.steps {
            let len = (step % every) + 1;
            train_cost.push(cost_sum / len as f64);
            cost_sum = 0.0;
            curve.push((step + 1, accuracy(plant, test)));
        }
    }
    Run {
        curve,
        theta,
        train_cost,
    }
}

/// The comparison's settings.
#[derive(Clone, Debug)]
pub struct InPlaceSpec {
    /// Stuck fractions.
    pub fractions: Vec<f64>,
    /// Pairs per weight for MGD in place.
    pub alphas: Vec<usize>,
    /// Fault maps per point.
    pub cycles: usize,
    /// The LEA sweep's largest alpha (sets the strip size, so the fault maps are LEA's).
    pub lea_alpha_max: usize,
    /// Device constants.
    pub params: CrossbarParams,
    /// Seed of the fault maps (as the LEA sweep's) and of everything MGD draws.
    pub seed: u64,
    /// MGD settings (its `seed` is replaced per point).
    pub mgd: MgdSettings,
    /// A weight is re-programmed when its target moved by at least this (units of the scale).
    pub write_threshold: f64,
}

/// One point: MGD in place at `alpha`, stuck fraction `p`, one fault map (`cycle`).
#[derive(Clone, Debug, PartialEq)]
pub struct InPlaceRow {
    /// Pairs per weight.
    pub alpha: usize,
    /// Stuck fraction.
    pub p: f64,
    /// Fault map index.
    pub cycle: usize,
    /// Devices used.
    pub devices: usize,
    /// The run.
    pub run: Run,
    /// Weight writes during training (after the initial programming).
    pub writes: u64,
}

/// Run MGD in place for every (alpha, p, cycle) on `tn` (rayon over points). The fault maps
/// are the LEA sweep's for the same (`p`, cycle): `strip_arrays` with its seed and strip size.
pub fn run(
    tn: &TernaryNet,
    train_set: &[Sample],
    test: &[Sample],
    spec: &InPlaceSpec,
) -> Result<Vec<InPlaceRow>, DeviceError> {
    spec.params.validate()?;
    let jobs: Vec<(usize, usize, usize)> = (0..spec.alphas.len())
        .flat_map(|ai| {
            (0..spec.fractions.len()).flat_map(move |pi| (0..spec.cycles).map(move |c| (ai, pi, c)))
        })
        .collect();
    jobs.par_iter()
        .map(|&(ai, pi, c)| {
            let alpha = spec.alphas[ai];
            let p = spec.fractions[pi];
            // The LEA sweep's fault-map seed for (p, cycle) (lea_sweep::run).
            let map_seed = spec.seed ^ ((pi as u64) << 40) ^ ((c as u64) << 20);
            let slots = 2 * spec.lea_alpha_max.max(alpha);
            let arrays = strip_arrays(tn, slots, p, false, &spec.params, map_seed)?;
            let seed = map_seed
                .wrapping_add(0x4D47_4400 + alpha as u64)
                .wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let mut plant =
                CrossbarPlant::new(tn, alpha, &arrays, &spec.params, spec.write_threshold, seed)?;
            let u0 = plant.start(tn);
            let w0 = plant.writes();
            let mgd = MgdSettings {
                seed: seed ^ 0x5EED,
                ..spec.mgd.clone()
            };
            let run = train(&mut plant, &u0, train_set, test, &mgd);
            Ok(InPlaceRow {
                alpha,
                p,
                cycle: c,
                devices: plant.devices(),
                writes: plant.writes() - w0,
                run,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Activation;
    use crate::devices::lea::Quantizer;

    /// A small tanh network mapped as a ternary net, and a few random samples.
    fn small(seed: u64) -> (TernaryNet, Vec<Sample>) {
        let net = Network::new(&[6, 5, 3], Activation::Tanh);
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let theta = net.init_theta(-1.0, 1.0, &mut rng);
        let tn = TernaryNet::new(&net, &theta, 1.0);
        let samples = (0..24)
            .map(|_| {
                let x: Vec<f64> = (0..6).map(|_| rng.random_range(0.0..1.0)).collect();
                // A learnable rule: the class of the largest of three input pairs.
                let s: Vec<f64> = (0..3).map(|k| x[2 * k] + x[2 * k + 1]).collect();
                let label = (0..3).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap();
                Sample { x, label }
            })
            .collect();
        (tn, samples)
    }

    /// Real-unit parameters of `u` for the ideal network.
    fn real(plant: &CrossbarPlant, u: &[f64]) -> Vec<f64> {
        let mut th = u.to_vec();
        plant.for_each_param(|idx, l, _| th[idx] = u[idx] * plant.layers[l].scale);
        th
    }

    #[test]
    fn fault_free_noiseless_plant_costs_what_the_ideal_network_costs() {
        let (tn, samples) = small(3);
        let p = CrossbarParams::ideal();
        for alpha in [1, 2] {
            let arrays = strip_arrays(&tn, 2 * alpha, 0.0, false, &p, 1).unwrap();
            let mut plant = CrossbarPlant::new(&tn, alpha, &arrays, &p, 0.0, 5).unwrap();
            let mut rng = ChaCha8Rng::seed_from_u64(8);
            // Multi-level weights anywhere in [-1, 1] and any biases.
            let u: Vec<f64> = (0..plant.n_params())
                .map(|_| rng.random_range(-1.0..1.0))
                .collect();
            plant.set_params(&u);
            let h: Vec<f64> = (0..u.len()).map(|_| rng.random_range(-0.1..0.1)).collect();
            let uh: Vec<f64> = u.iter().zip(&h).map(|(a, b)| a + b).collect();
            let mut buf = Activations::default();
            for s in &samples {
                for (pert, th) in [(None, &u), (Some(h.as_slice()), &uh)] {
                    let y = tn.net.forward(&real(&plant, th), &s.x, None, &mut buf);
                    let want = tn.net.cost(y, s.label);
                    let got = plant.cost(s, pert);
                    assert!((got - want).abs() < 1e-10, "alpha {alpha}: {got} vs {want}");
                }
            }
        }
    }

    #[test]
    fn per_row_scales_are_refused_not_mapped_with_one_layer_scale() {
        let (tn, _) = small(3);
        let p = CrossbarParams::ideal();
        let arrays = strip_arrays(&tn, 2, 0.0, false, &p, 1).unwrap();
        assert!(CrossbarPlant::new(&tn, 1, &arrays, &p, 0.0, 5).is_ok());
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let theta = tn.net.init_theta(-1.0, 1.0, &mut rng);
        let row = TernaryNet::with_quantizer(&tn.net, &theta, 1.0, Quantizer::Row);
        let Err(e) = CrossbarPlant::new(&row, 1, &arrays, &p, 0.0, 5) else {
            panic!("per-row targets accepted");
        };
        assert!(e.to_string().contains("per-row"), "{e}");
    }

    #[test]
    fn a_stuck_device_does_not_move_when_programmed() {
        let (tn, _) = small(4);
        let p = CrossbarParams::default();
        let mut arrays = strip_arrays(&tn, 2, 0.0, false, &p, 1).unwrap();
        // Layer 0 (n = 6 inputs on rows, m = 5 outputs on columns), both blocks of the strip:
        // input 2 of output 1 stuck high on one block and low on the other.
        arrays[0].set_stuck(2, 1, Some(500.0));
        arrays[0].set_stuck(2, 5 + 1, Some(10.0));
        let mut plant = CrossbarPlant::new(&tn, 1, &arrays, &p, 0.0, 2).unwrap();
        let d = 6 + 2;
        let mut u = plant.start(&tn);
        for target in [-1.0, 0.0, 0.3, 1.0] {
            // Weight (output 1, input 2) is theta index 1 * (6 + 1) + 2.
            u[7 + 2] = target;
            plant.set_params(&u);
            let l = &plant.layers()[0];
            let got = [l.conductance(0, 0, d), l.conductance(0, 1, d)];
            assert!(got.contains(&500.0) && got.contains(&10.0), "{got:?}");
            // Its neighbours in the window move.
            let g = l.conductance(0, 0, d + 1);
            assert!((133.0..=233.0).contains(&g), "{g}");
        }
    }

    #[test]
    fn mgd_in_place_lowers_the_training_cost_without_faults_or_noise() {
        let (tn, samples) = small(5);
        let p = CrossbarParams::ideal();
        let arrays = strip_arrays(&tn, 2, 0.0, false, &p, 1).unwrap();
        let mut plant = CrossbarPlant::new(&tn, 1, &arrays, &p, 0.0, 3).unwrap();
        let u0 = plant.start(&tn);
        let mean_cost = |plant: &mut CrossbarPlant| {
            samples.iter().map(|s| plant.cost(s, None)).sum::<f64>() / samples.len() as f64
        };
        let before = mean_cost(&mut plant);
        let s = MgdSettings {
            dtheta: 0.02,
            eta: 0.05,
            tau_theta: 4,
            steps: 600,
            eval_every: 600,
            seed: 1,
        };
        let r = train(&mut plant, &u0, &samples, &samples, &s);
        let after = mean_cost(&mut plant);
        assert!(after < 0.8 * before, "cost {before} -> {after}");
        assert_eq!(r.curve.len(), 2);
    }

    #[test]
    fn same_seed_same_run_with_faults_and_noise() {
        let (tn, samples) = small(6);
        let p = CrossbarParams::default();
        let spec = InPlaceSpec {
            fractions: vec![0.2],
            alphas: vec![1, 2],
            cycles: 1,
            lea_alpha_max: 2,
            params: p,
            seed: 9,
            mgd: MgdSettings {
                dtheta: 0.05,
                eta: 0.02,
                tau_theta: 4,
                steps: 80,
                eval_every: 40,
                seed: 0,
            },
            write_threshold: 0.0,
        };
        let a = run(&tn, &samples, &samples, &spec).unwrap();
        let b = run(&tn, &samples, &samples, &spec).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].devices, 2 * a[0].devices);
        assert!(a[0].writes > 0);
    }
}
