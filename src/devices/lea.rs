//! Mapping a trained layer onto a faulty [`crossbar`](super::crossbar): layer ensemble
//! averaging (LEA, paper D) and the MAO baseline; committee machines are `alpha` whole networks
//! of `alpha = 1` layers, put together by the caller. The mapping error of a layer is
//! `E = 100 ||W_map - W||_2 / ||W||_2` with `W_map` from one read-back of the kept devices.
//!
//! - **LEA** (`alpha`, `beta`): `alpha` copies of G+ and of G- on `2 alpha` blocks. After
//!   programming, one read-back; for each output row and polarity the mismatch of copy `k` is
//!   `sum_j |G_ideal[i,j] - G_read_k[i,j]|` and the `beta` copies with the smallest mismatch are
//!   kept (ties: lower copy first). Inference: `I_i = mean_kept I+ - mean_kept I-`.
//! - **Encodings**: *simple* programs `G+ = G_OFF + dG max(w, 0)`, `G- = G_OFF + dG max(-w, 0)`
//!   whatever the faults. *RME* (reduced mapping error, our reading of the paper's name): when
//!   the read-back shows one device of a pair stuck, its partner is programmed to the window
//!   value that brings `G+ - G-` closest to `dG w`; otherwise as simple.
//! - **MAO** (`alpha`): each weight is split over `alpha` pairs whose currents are summed; each
//!   pair carries `w / alpha` (multi-level targets). Analytic compensation: a pair with one
//!   stuck device gets its partner set to bring the pair's difference closest to its share,
//!   limited by the window. Stuck offsets far outside the window cannot be compensated, and
//!   they add up over the `alpha` pairs while the signal stays `dG w`: MAO's error grows with
//!   `alpha` (and so does the summed write noise).
//!
//! Per-row scales ([`Quantizer::Row`]): the devices are programmed as with one scale per
//! layer and row `i`'s ADC output is multiplied by its own scale (a digital gain per output);
//! LEA's selection is unchanged, and the mapping error is taken in real units.
//!
//! Device count of every method: `2 alpha m n`.

use super::crossbar::{block_faults, choose_slots, CrossbarParams, PhysicalArray, Placement, Slot};
use super::DeviceError;
use rand_chacha::ChaCha8Rng;

/// A layer's target weights in units of `scale`: `w` row-major `[output][input]`, each in
/// [-1, 1] (ternary: -1, 0, +1). Row `i`'s weights in real units are
/// `w[i][j] * scale * row_gain[i]` ([`LayerTarget::row_scale`]).
#[derive(Clone, Debug, PartialEq)]
pub struct LayerTarget {
    /// Outputs.
    pub m: usize,
    /// Inputs.
    pub n: usize,
    /// Weights in units of `scale`.
    pub w: Vec<f64>,
    /// The weight that one full window `G_ON - G_OFF` stands for (times `row_gain[i]` in row
    /// `i`).
    pub scale: f64,
    /// Per output row, a digital gain applied after the row's ADC, in (0, 1]: all 1 with one
    /// scale per layer ([`Quantizer::Layer`]); `s_i / max_k s_k` with one scale per row
    /// ([`Quantizer::Row`]). The conductances do not depend on it.
    pub row_gain: Vec<f64>,
}

/// How a layer's weights are ternarized: the threshold and scale shared by the layer or
/// taken per output row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Quantizer {
    /// One threshold and scale per layer.
    #[default]
    Layer,
    /// One threshold and scale per output row (neuron). On a crossbar row `i`'s weights share
    /// one output current, so its scale is a digital gain after that row's ADC (or the gain of
    /// its sense amplifier): the devices are programmed exactly as with [`Quantizer::Layer`].
    Row,
}

impl Quantizer {
    /// `layer` or `row`.
    pub fn parse(s: &str) -> Result<Self, String> {
        match s {
            "layer" => Ok(Quantizer::Layer),
            "row" => Ok(Quantizer::Row),
            _ => Err(format!("`{s}`: expected layer or row")),
        }
    }

    /// Lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Quantizer::Layer => "layer",
            Quantizer::Row => "row",
        }
    }
}

/// Ternary weight network quantizer of one group: threshold `t = 0.7 mean|w|`, `|w| <= t`
/// becomes 0, the rest their sign; scale = mean `|w|` of the survivors (1 if none survive).
fn ternarize(w: &[f64]) -> (Vec<f64>, f64) {
    let mean = w.iter().map(|v| v.abs()).sum::<f64>() / w.len().max(1) as f64;
    let t = 0.7 * mean;
    let big: Vec<f64> = w.iter().map(|v| v.abs()).filter(|&a| a > t).collect();
    let scale = if big.is_empty() {
        1.0
    } else {
        big.iter().sum::<f64>() / big.len() as f64
    };
    let q = w
        .iter()
        .map(|&v| if v.abs() > t { v.signum() } else { 0.0 })
        .collect();
    (q, scale)
}

impl LayerTarget {
    /// Ternary quantization of `w` (`m x n` row-major) with one scale per layer: threshold
    /// `t = 0.7 mean|w|` (Li & Liu's ternary weight networks); `|w| <= t` becomes 0, the rest
    /// their sign; `scale` = mean `|w|` of the survivors (1 if none survive).
    pub fn ternary(w: &[f64], m: usize, n: usize) -> LayerTarget {
        LayerTarget::ternary_with(w, m, n, Quantizer::Layer)
    }

    /// Ternary quantization by `q`: [`Quantizer::Layer`] as [`LayerTarget::ternary`];
    /// [`Quantizer::Row`] applies the same rule to each output row on its own (row `i`'s
    /// threshold `0.7 mean_j |w_ij|`, scale `s_i`), with `scale = max_i s_i` and
    /// `row_gain[i] = s_i / scale`.
    pub fn ternary_with(w: &[f64], m: usize, n: usize, q: Quantizer) -> LayerTarget {
        debug_assert_eq!(w.len(), m * n);
        match q {
            Quantizer::Layer => {
                let (w, scale) = ternarize(w);
                LayerTarget {
                    m,
                    n,
                    w,
                    scale,
                    row_gain: vec![1.0; m],
                }
            }
            Quantizer::Row => {
                let mut out = Vec::with_capacity(m * n);
                let mut s = Vec::with_capacity(m);
                for row in w.chunks(n.max(1)).take(m) {
                    let (q, si) = ternarize(row);
                    out.extend(q);
                    s.push(si);
                }
                let scale = s.iter().copied().fold(0.0, f64::max);
                let scale = if scale > 0.0 { scale } else { 1.0 };
                LayerTarget {
                    m,
                    n,
                    w: out,
                    scale,
                    row_gain: s.iter().map(|v| v / scale).collect(),
                }
            }
        }
    }

    /// The weight one full window stands for in row `i`: `scale * row_gain[i]`.
    pub fn row_scale(&self, i: usize) -> f64 {
        self.scale * self.row_gain[i]
    }

    /// Whether every row has the layer's scale (gain 1).
    pub fn uniform(&self) -> bool {
        self.row_gain.iter().all(|&g| g == 1.0)
    }

    /// The weights in real units (`w * row_scale(i)`).
    pub fn weights(&self) -> Vec<f64> {
        let n = self.n.max(1);
        self.w
            .iter()
            .enumerate()
            .map(|(d, v)| v * self.row_scale(d / n))
            .collect()
    }
}

/// How a pair's targets are chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// Fault-blind: `G+ = G_OFF + dG max(w, 0)`, `G- = G_OFF + dG max(-w, 0)`.
    Simple,
    /// Fault-aware: a stuck device's partner compensates as far as the window allows.
    Rme,
}

impl Encoding {
    /// `simple` or `rme`.
    pub fn parse(s: &str) -> Result<Self, String> {
        match s {
            "simple" => Ok(Encoding::Simple),
            "rme" => Ok(Encoding::Rme),
            _ => Err(format!("`{s}`: expected simple or rme")),
        }
    }

    /// Lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Simple => "simple",
            Encoding::Rme => "rme",
        }
    }
}

/// Targets (G+, G-) for a pair carrying `w` (weight units), given its stuck devices.
fn pair_targets(
    p: &CrossbarParams,
    w: f64,
    stuck: (Option<f64>, Option<f64>),
    compensate: bool,
) -> (f64, f64) {
    let dg = p.dg();
    let simple = (p.g_off + dg * w.max(0.0), p.g_off + dg * (-w).max(0.0));
    if !compensate {
        return simple;
    }
    match stuck {
        (Some(sp), None) => (simple.0, (sp - dg * w).clamp(p.g_off, p.g_on)),
        (None, Some(sn)) => ((sn + dg * w).clamp(p.g_off, p.g_on), simple.1),
        _ => simple,
    }
}

/// One copy's devices: `[G+, G-]`, each `m x n` row-major `[output][input]`.
type Copy = [Vec<f64>; 2];

/// A layer mapped onto a crossbar, ready for inference.
#[derive(Clone, Debug)]
pub struct MappedLayer {
    m: usize,
    n: usize,
    /// Per output row, the weight one full window stands for (the digital gain after its ADC).
    row_scale: Vec<f64>,
    /// Programmed conductances (stuck devices as they are).
    prog: Vec<Copy>,
    /// The one read-back used for selection and the mapping error.
    read: Vec<Copy>,
    /// Per polarity, per output row: the copies whose currents are combined.
    kept: [Vec<Vec<usize>>; 2],
    /// Currents summed (MAO) instead of averaged (LEA).
    sum: bool,
    params: CrossbarParams,
}

/// Everything a mapping needs besides the target.
pub struct MapEnv<'a> {
    /// Device constants.
    pub params: &'a CrossbarParams,
    /// The physical array with its faults.
    pub array: &'a PhysicalArray,
    /// Slots already taken on `array` (the mapping appends its own).
    pub used: &'a mut Vec<Slot>,
    /// How blocks are chosen.
    pub placement: Placement,
    /// Randomness of placement, write and read noise.
    pub rng: &'a mut ChaCha8Rng,
}

/// Place `alpha` copies (2 alpha blocks), program each pair through `targets`.
fn program(
    t: &LayerTarget,
    alpha: usize,
    env: &mut MapEnv,
    targets: impl Fn(f64, (Option<f64>, Option<f64>)) -> (f64, f64),
) -> Result<(Vec<Copy>, Vec<Copy>), DeviceError> {
    if alpha == 0 {
        return Err(DeviceError::parameter("alpha", ">= 1", 0));
    }
    let slots = choose_slots(
        env.array,
        t.n,
        t.m,
        2 * alpha,
        env.used,
        env.placement,
        env.rng,
    )?;
    env.used.extend_from_slice(&slots);
    let (mut prog, mut read) = (Vec::new(), Vec::new());
    for k in 0..alpha {
        let fp = block_faults(env.array, slots[2 * k], t.m, t.n);
        let fn_ = block_faults(env.array, slots[2 * k + 1], t.m, t.n);
        let mut c: Copy = [vec![0.0; t.m * t.n], vec![0.0; t.m * t.n]];
        for d in 0..t.m * t.n {
            let (gp, gn) = targets(t.w[d], (fp[d], fn_[d]));
            c[0][d] = env.params.program(gp, fp[d], env.rng);
            c[1][d] = env.params.program(gn, fn_[d], env.rng);
        }
        let r: Copy = [
            c[0].iter().map(|&g| env.params.read(g, env.rng)).collect(),
            c[1].iter().map(|&g| env.params.read(g, env.rng)).collect(),
        ];
        prog.push(c);
        read.push(r);
    }
    Ok((prog, read))
}

impl MappedLayer {
    /// LEA with `alpha` copies, keeping `beta` per row and polarity (1 <= beta <= alpha).
    pub fn lea(
        t: &LayerTarget,
        alpha: usize,
        beta: usize,
        encoding: Encoding,
        env: &mut MapEnv,
    ) -> Result<MappedLayer, DeviceError> {
        if beta == 0 || beta > alpha {
            return Err(DeviceError::parameter(
                "beta",
                &format!("in 1..={alpha}"),
                beta,
            ));
        }
        let params = env.params.clone();
        let rme = encoding == Encoding::Rme;
        let (prog, read) = program(t, alpha, env, |w, s| pair_targets(&params, w, s, rme))?;
        let mut kept: [Vec<Vec<usize>>; 2] = [Vec::new(), Vec::new()];
        for (pol, kept_pol) in kept.iter_mut().enumerate() {
            for i in 0..t.m {
                let mut mis: Vec<(f64, usize)> = (0..alpha)
                    .map(|k| {
                        let e: f64 = (0..t.n)
                            .map(|j| {
                                let (gp, gn) =
                                    pair_targets(&params, t.w[i * t.n + j], (None, None), false);
                                let ideal = if pol == 0 { gp } else { gn };
                                (ideal - read[k][pol][i * t.n + j]).abs()
                            })
                            .sum();
                        (e, k)
                    })
                    .collect();
                mis.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                let mut keep: Vec<usize> = mis.iter().take(beta).map(|&(_, k)| k).collect();
                keep.sort_unstable();
                kept_pol.push(keep);
            }
        }
        Ok(MappedLayer {
            m: t.m,
            n: t.n,
            row_scale: (0..t.m).map(|i| t.row_scale(i)).collect(),
            prog,
            read,
            kept,
            sum: false,
            params,
        })
    }

    /// MAO with `alpha` pairs per weight, currents summed.
    pub fn mao(
        t: &LayerTarget,
        alpha: usize,
        env: &mut MapEnv,
    ) -> Result<MappedLayer, DeviceError> {
        let params = env.params.clone();
        let share = 1.0 / alpha.max(1) as f64;
        let (prog, read) = program(t, alpha, env, |w, s| {
            pair_targets(&params, w * share, s, true)
        })?;
        let all: Vec<Vec<usize>> = vec![(0..alpha).collect(); t.m];
        Ok(MappedLayer {
            m: t.m,
            n: t.n,
            row_scale: (0..t.m).map(|i| t.row_scale(i)).collect(),
            prog,
            read,
            kept: [all.clone(), all],
            sum: true,
            params,
        })
    }

    /// Outputs.
    pub fn m(&self) -> usize {
        self.m
    }

    /// Inputs.
    pub fn n(&self) -> usize {
        self.n
    }

    /// Per polarity (0: G+, 1: G-) and row, the copies combined.
    pub fn kept(&self, polarity: usize) -> &[Vec<usize>] {
        &self.kept[polarity]
    }

    /// Devices used: `2 alpha m n`.
    pub fn devices(&self) -> usize {
        2 * self.prog.len() * self.m * self.n
    }

    /// The mapped weights in units of the scale, from the read-back of the kept devices.
    pub fn w_map(&self) -> Vec<f64> {
        let dg = self.params.dg();
        let mut out = vec![0.0; self.m * self.n];
        for i in 0..self.m {
            for j in 0..self.n {
                let d = i * self.n + j;
                let mut v = 0.0;
                for pol in 0..2 {
                    let ks = &self.kept[pol][i];
                    let s: f64 = ks.iter().map(|&k| self.read[k][pol][d]).sum();
                    let c = if self.sum { s } else { s / ks.len() as f64 };
                    v += if pol == 0 { c } else { -c };
                }
                out[d] = v / dg;
            }
        }
        out
    }

    /// `E = 100 ||W_map - W|| / ||W||` (%) against `t`, in real units (each row times its
    /// scale; with one scale per layer the same as in units of the scale).
    pub fn mapping_error(&self, t: &LayerTarget) -> f64 {
        if t.uniform() {
            return mapping_error(&self.w_map(), &t.w);
        }
        let n = self.n.max(1);
        let w: Vec<f64> = self
            .w_map()
            .iter()
            .enumerate()
            .map(|(d, v)| v * self.row_scale[d / n])
            .collect();
        mapping_error(&w, &t.weights())
    }

    /// One analog matrix-vector product: `out_i` = the layer's weighted sum of `x` (no bias),
    /// through the DAC (full scale `x_max`), a fresh read of every kept device, and the ADC.
    pub fn mvm(&self, x: &[f64], x_max: f64, rng: &mut ChaCha8Rng, out: &mut Vec<f64>) {
        debug_assert_eq!(x.len(), self.n);
        let p = &self.params;
        let v: Vec<f64> = x.iter().map(|&xi| p.dac(xi, x_max)).collect();
        let full = p.dg() * self.n as f64;
        out.clear();
        for i in 0..self.m {
            let mut cur = 0.0;
            for pol in 0..2 {
                let ks = &self.kept[pol][i];
                let mut s = 0.0;
                for &k in ks {
                    let row = &self.prog[k][pol][i * self.n..(i + 1) * self.n];
                    for (g, &vj) in row.iter().zip(&v) {
                        // A zero input draws no current: skipping it keeps the sum exact.
                        if vj != 0.0 {
                            s += p.read(*g, rng) * vj;
                        }
                    }
                }
                let c = if self.sum { s } else { s / ks.len() as f64 };
                cur += if pol == 0 { c } else { -c };
            }
            out.push(p.adc(cur, full) / p.dg() * x_max * self.row_scale[i]);
        }
    }
}

/// `100 ||a - b||_2 / ||b||_2` (%); 0 when both vanish.
pub fn mapping_error(a: &[f64], b: &[f64]) -> f64 {
    let num: f64 = a.iter().zip(b).map(|(x, y)| (x - y).powi(2)).sum();
    let den: f64 = b.iter().map(|y| y * y).sum();
    if den == 0.0 {
        if num == 0.0 {
            0.0
        } else {
            f64::INFINITY
        }
    } else {
        100.0 * (num / den).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    fn random_target(m: usize, n: usize, rng: &mut ChaCha8Rng) -> LayerTarget {
        let w: Vec<f64> = (0..m * n).map(|_| rng.random_range(-1.0..1.0)).collect();
        LayerTarget::ternary(&w, m, n)
    }

    /// A strip of `slots` blocks of `n x m`.
    fn strip(
        n: usize,
        m: usize,
        slots: usize,
        p: f64,
        params: &CrossbarParams,
        seed: u64,
    ) -> PhysicalArray {
        PhysicalArray::with_faults(n, m * slots, p, false, params, seed).unwrap()
    }

    fn map_lea(
        t: &LayerTarget,
        a: &PhysicalArray,
        alpha: usize,
        beta: usize,
        p: &CrossbarParams,
        seed: u64,
    ) -> MappedLayer {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut used = Vec::new();
        let mut env = MapEnv {
            params: p,
            array: a,
            used: &mut used,
            placement: Placement::Random,
            rng: &mut rng,
        };
        MappedLayer::lea(t, alpha, beta, Encoding::Simple, &mut env).unwrap()
    }

    #[test]
    fn lea_without_faults_or_noise_is_the_ideal_product() {
        let p = CrossbarParams::ideal();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let t = random_target(7, 9, &mut rng);
        let x: Vec<f64> = (0..9).map(|_| rng.random_range(-1.0..1.0)).collect();
        let ideal: Vec<f64> = (0..7)
            .map(|i| (0..9).map(|j| t.w[i * 9 + j] * t.scale * x[j]).sum())
            .collect();
        let a = strip(9, 7, 12, 0.0, &p, 0);
        for alpha in 1..=6 {
            for beta in 1..=alpha {
                let l = map_lea(&t, &a, alpha, beta, &p, 3);
                let mut out = Vec::new();
                l.mvm(&x, 1.0, &mut rng, &mut out);
                for (o, e) in out.iter().zip(&ideal) {
                    assert!(
                        (o - e).abs() < 1e-9,
                        "alpha {alpha} beta {beta}: {o} vs {e}"
                    );
                }
                assert_eq!(l.mapping_error(&t), 0.0);
                assert_eq!(l.devices(), 2 * alpha * 7 * 9);
            }
        }
    }

    #[test]
    fn one_stuck_high_device_in_copy_one_drops_it_for_that_row_only() {
        let p = CrossbarParams::ideal();
        let mut rng = ChaCha8Rng::seed_from_u64(2);
        let (m, n, row) = (4, 5, 2);
        let t = random_target(m, n, &mut rng);
        // Slots in tiling order: block 0 = copy 1's G+, block 1 = its G-, blocks 2, 3 = copy 2.
        let mut a = PhysicalArray::clean(n, m * 4);
        a.set_stuck(3, row, Some(p.g_stuck_high)); // input 3, output `row`, G+ of copy 1
        let mut used = Vec::new();
        let mut env = MapEnv {
            params: &p,
            array: &a,
            used: &mut used,
            placement: Placement::Ordered,
            rng: &mut rng,
        };
        let l = MappedLayer::lea(&t, 2, 1, Encoding::Simple, &mut env).unwrap();
        assert_eq!(
            l.prog[0][0][row * n + 3],
            p.g_stuck_high,
            "copy 1's G+ holds the fault"
        );
        for i in 0..m {
            let want = if i == row { vec![1] } else { vec![0] };
            assert_eq!(l.kept(0)[i], want, "G+ row {i}");
            assert_eq!(l.kept(1)[i], vec![0], "G- row {i}");
        }
        // And the dropped copy leaves the product exact.
        assert_eq!(l.mapping_error(&t), 0.0);
    }

    fn mean_error(alpha: usize, p_stuck: f64, method: &str) -> f64 {
        let params = CrossbarParams::default();
        let mut total = 0.0;
        let seeds = 6;
        for seed in 0..seeds {
            let mut rng = ChaCha8Rng::seed_from_u64(100 + seed);
            let t = random_target(20, 30, &mut rng);
            let a = strip(30, 20, 12, p_stuck, &params, seed);
            let mut used = Vec::new();
            let mut env = MapEnv {
                params: &params,
                array: &a,
                used: &mut used,
                placement: Placement::Random,
                rng: &mut rng,
            };
            total += match method {
                "lea" => MappedLayer::lea(&t, alpha, alpha.div_ceil(2), Encoding::Simple, &mut env)
                    .unwrap()
                    .mapping_error(&t),
                "mao" => MappedLayer::mao(&t, alpha, &mut env)
                    .unwrap()
                    .mapping_error(&t),
                _ => {
                    // CM: alpha independent one-copy networks; error per copy, averaged.
                    (0..alpha)
                        .map(|_| {
                            MappedLayer::lea(&t, 1, 1, Encoding::Simple, &mut env)
                                .unwrap()
                                .mapping_error(&t)
                        })
                        .sum::<f64>()
                        / alpha as f64
                }
            };
        }
        total / seeds as f64
    }

    #[test]
    fn mao_error_rises_with_alpha_at_20_percent() {
        let e: Vec<f64> = (1..=6).map(|a| mean_error(a, 0.2, "mao")).collect();
        assert!(e.windows(2).all(|w| w[1] > w[0]), "{e:?}");
    }

    #[test]
    fn cm_error_is_flat_in_alpha() {
        let e: Vec<f64> = (1..=6).map(|a| mean_error(a, 0.2, "cm")).collect();
        for v in &e {
            assert!((v / e[0] - 1.0).abs() < 0.1, "{e:?}");
        }
    }

    #[test]
    fn lea_error_falls_with_alpha() {
        for p in [0.0, 0.05, 0.2, 0.5] {
            let e: Vec<f64> = (1..=6).map(|a| mean_error(a, p, "lea")).collect();
            assert!(e.windows(2).all(|w| w[1] < w[0]), "p {p}: {e:?}");
        }
    }

    #[test]
    fn per_row_quantizer_thresholds_and_scales_each_row_and_round_trips() {
        // Row 0 small, row 1 ten times larger: one layer threshold would zero row 0.
        let w = [0.1, -0.2, 0.01, 1.0, -2.0, 0.1];
        let layer = LayerTarget::ternary(&w, 2, 3);
        assert_eq!(layer.w, vec![0.0, 0.0, 0.0, 1.0, -1.0, 0.0]);
        assert!(layer.uniform());
        let t = LayerTarget::ternary_with(&w, 2, 3, Quantizer::Row);
        assert_eq!(t.w, vec![1.0, -1.0, 0.0, 1.0, -1.0, 0.0]);
        assert!(!t.uniform());
        assert!((t.row_scale(0) - 0.15).abs() < 1e-12, "{t:?}");
        assert!((t.row_scale(1) - 1.5).abs() < 1e-12, "{t:?}");
        assert_eq!((t.scale, t.row_gain[1]), (1.5, 1.0));
        // Quantizing the quantized weights again gives them back.
        let again = LayerTarget::ternary_with(&t.weights(), 2, 3, Quantizer::Row);
        assert_eq!(again.w, t.w);
        for (a, b) in again.weights().iter().zip(t.weights()) {
            assert!((a - b).abs() < 1e-12);
        }
        let mut rng = ChaCha8Rng::seed_from_u64(8);
        let w: Vec<f64> = (0..7 * 9).map(|_| rng.random_range(-1.0..1.0)).collect();
        let t = LayerTarget::ternary_with(&w, 7, 9, Quantizer::Row);
        let again = LayerTarget::ternary_with(&t.weights(), 7, 9, Quantizer::Row);
        assert_eq!(again.w, t.w);
        for i in 0..7 {
            assert!((again.row_scale(i) - t.row_scale(i)).abs() < 1e-12);
        }
        // The same rule as the layer quantizer on each row alone.
        for i in 0..7 {
            let r = LayerTarget::ternary(&w[i * 9..(i + 1) * 9], 1, 9);
            assert_eq!(r.w, t.w[i * 9..(i + 1) * 9]);
            assert!((r.scale - t.row_scale(i)).abs() < 1e-12);
        }
    }

    #[test]
    fn per_row_scales_without_faults_or_noise_give_the_ideal_product_for_lea_and_mao() {
        let p = CrossbarParams::ideal();
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        let (m, n) = (6, 8);
        // Rows of very different magnitudes.
        let w: Vec<f64> = (0..m * n)
            .map(|d| rng.random_range(-1.0..1.0) * (1 + d / n) as f64)
            .collect();
        let t = LayerTarget::ternary_with(&w, m, n, Quantizer::Row);
        assert!(!t.uniform());
        let real = t.weights();
        let x: Vec<f64> = (0..n).map(|_| rng.random_range(-1.0..1.0)).collect();
        let ideal: Vec<f64> = (0..m)
            .map(|i| (0..n).map(|j| real[i * n + j] * x[j]).sum())
            .collect();
        let a = strip(n, m, 12, 0.0, &p, 0);
        for alpha in 1..=4 {
            let mut ls = vec![map_lea(&t, &a, alpha, alpha.div_ceil(2), &p, 3)];
            let mut used = Vec::new();
            let mut env = MapEnv {
                params: &p,
                array: &a,
                used: &mut used,
                placement: Placement::Random,
                rng: &mut rng,
            };
            ls.push(MappedLayer::mao(&t, alpha, &mut env).unwrap());
            for (k, l) in ls.iter().enumerate() {
                let mut out = Vec::new();
                l.mvm(&x, 1.0, &mut rng, &mut out);
                for (o, e) in out.iter().zip(&ideal) {
                    assert!((o - e).abs() < 1e-9, "alpha {alpha} method {k}: {o} vs {e}");
                }
                assert!(l.mapping_error(&t) < 1e-9, "alpha {alpha} method {k}");
            }
        }
    }

    #[test]
    fn per_row_mapping_error_weights_rows_by_their_scale() {
        // One stuck-high device in copy 1: its error counts in real units, so the same fault
        // costs ten times more in a row whose scale is ten times larger.
        let p = CrossbarParams::ideal();
        let (m, n) = (2, 3);
        let w = [0.1, -0.1, 0.1, 1.0, -1.0, 1.0];
        let t = LayerTarget::ternary_with(&w, m, n, Quantizer::Row);
        let err = |row: usize| {
            let mut a = PhysicalArray::clean(n, m * 2);
            a.set_stuck(2, row, Some(p.g_stuck_high));
            let mut rng = ChaCha8Rng::seed_from_u64(1);
            let mut used = Vec::new();
            let mut env = MapEnv {
                params: &p,
                array: &a,
                used: &mut used,
                placement: Placement::Ordered,
                rng: &mut rng,
            };
            MappedLayer::lea(&t, 1, 1, Encoding::Simple, &mut env)
                .unwrap()
                .mapping_error(&t)
        };
        let (e0, e1) = (err(0), err(1));
        assert!(e0 > 0.0 && (e1 / e0 - 10.0).abs() < 1e-9, "{e0} {e1}");
    }

    #[test]
    fn ternary_keeps_signs_above_the_threshold() {
        let t = LayerTarget::ternary(&[1.0, -1.0, 0.1, 0.0], 2, 2);
        assert_eq!(t.w, vec![1.0, -1.0, 0.0, 0.0]);
        assert_eq!(t.scale, 1.0);
    }
}
