//! Every fixed-point rule of the chip, written once: formats per role, saturation, the floor
//! shift, the 16x16 -> 32 multiply, and the network / cost / update arithmetic built from them.
//!
//! Twin: the gates in `blocks/` (`network`, `cost`, `accumulator`, `perturbation`) compute the
//! same rules; `model::network` replays the network's rules in plain Rust with these functions,
//! and `blocks::network`'s test compares the two. Proptests against `i128` sit at the bottom of this file.
//!
//! # Containers and formats
//! Widths of the hardware registers are compile-time constants (rust-hdl needs them as const
//! generics): `Theta` and `Act` live in 16-bit registers (the only multiplier is 16x16 -> 32),
//! MAC sums, costs, `cost_delta`, `corr` and `grad` in 32-bit registers. The configured formats
//! (`config.fixed`) fit inside these containers; their rails (saturation limits), shifts and
//! constants become `Constant`s of the blocks. `chip::formats` refuses a format that does not fit.
//!
//! | role | container | format |
//! |---|---|---|
//! | `Theta` (theta_i, perturbed theta) | `Signed<16>` | `config.fixed.theta` = `Qi.t`, <= 15 bits |
//! | `Act` (inputs, activations, targets) | `Signed<16>` | `config.fixed.act` = `Qj.a`, <= 15 bits |
//! | MAC accumulator | `Signed<42>` ([`ACC_W`]) | `t + a` fraction bits, exact: never saturates |
//! | neuron sum | `Signed<32>` | the accumulator saturated once to 32 bits, at the neuron's end |
//! | `Cost` (C, C0, C~) | `Signed<32>` | `2a + 1` fraction bits: C = sum (y-t)^2 / 2 is exactly the integer sum (y-t)^2 |
//! | `Corr` (e_i = +/-C~) | `Signed<32>` | as `Cost` |
//! | `Grad` (G_i) | `Signed<32>` | as `Cost`, saturated to `config.fixed.grad_width` bits |
//!
//! Activation: [`activate`] maps a neuron's MAC sum to its output (hard sigmoid, ReLU, or the
//! logistic through a 4096-entry table); the network block's gates and ROM follow it.
//!
//! Rounding: right shifts are [`shr_floor`] (arithmetic, toward -inf, as the gates do) except
//! the weight update, which rounds to nearest ([`shr_round`]) so that it has no drift;
//! inputs and initial weights are rounded to nearest by [`from_f64`].
//!
//! Learning rate: theta_int -= (sum s_i C~_int) >>> eta_shift with C~ carrying `2a + 1` and
//! theta `t` fraction bits, so in real units eta_eff = a_pert * P * 2^(2a + 1 - t - eta_shift)
//! in the paper's `theta -= eta G`, `e = C~ s a_pert / dtheta^2` convention.

use crate::config::{Activation, QFormat};

/// Width of the theta register (and of the multiplier's first operand).
pub const THETA_W: usize = 16;
/// Width of the activation register (and of the multiplier's second operand).
pub const ACT_W: usize = 16;
/// Width of MAC sums, costs, `cost_delta`, `corr` and the `grad` container.
pub const WIDE_W: usize = 32;
/// Width of the MAC accumulator: a neuron's sum of at most 2^PADDR_W products, each at most
/// 2^30 in magnitude (16 x 16 bits), is exact in 1 + 30 + PADDR_W + 1 bits. Exact sums do
/// not depend on their order, so a neuron's products may be added serially, in lanes or in
/// a tree, and give the same bits; the sum saturates once, to [`WIDE_W`], in
/// [`Formats::neuron`].
pub const ACC_W: usize = WIDE_W + PADDR_W;
const _: () = assert!(ACC_W >= 2 + 30 + PADDR_W);
/// Width of the exact sum of a row's cost terms (`[chip] pe` outputs side by side, at most
/// `config::MAX_PE`): each (y - t)^2 < 2^31, so PE of them fit 31 + 6 bits;
/// [`Formats::row_term`] saturates the sum once to the cost's 32 bits.
pub const SQUARES_W: usize = WIDE_W + 6;
const _: () = assert!(crate::config::MAX_PE <= 1 << (SQUARES_W - 31));
/// Width of a parameter address (so at most 1024 parameters).
pub const PADDR_W: usize = 10;
/// Width of an activation-memory address (so at most 1024 inputs plus neurons).
pub const AADDR_W: usize = 10;
/// Width of a sample-memory address (samples times inputs <= 65536).
pub const SADDR_W: usize = 16;

/// A weight or bias, raw integer in the `theta` format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Theta(pub i32);
/// An input, activation or target, raw integer in the `act` format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Act(pub i32);
/// A gradient accumulator G_i, raw integer in the cost format, `grad_width` bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Grad(pub i64);
/// A cost C, C0 or C~, raw integer with `2a + 1` fraction bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cost(pub i64);
/// A correlator output e_i = +/-C~ (or 0), raw integer in the cost format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Corr(pub i64);

/// A real value does not fit its fixed-point format.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FixedError {
    /// A real value does not fit its format.
    #[error("{what} = {value} does not fit {format}")]
    OutOfRange {
        /// What the value is (`x`, `theta0`, ...).
        what: &'static str,
        /// The value.
        value: f64,
        /// The format, e.g. `Q3.12`.
        format: String,
    },
}

/// Smallest value of a `width`-bit two's-complement number.
pub fn min_of(width: u32) -> i64 {
    assert!((1..=63).contains(&width), "width {width} out of 1..=63");
    -(1i64 << (width - 1))
}

/// Largest value of a `width`-bit two's-complement number.
pub fn max_of(width: u32) -> i64 {
    assert!((1..=63).contains(&width), "width {width} out of 1..=63");
    (1i64 << (width - 1)) - 1
}

/// Clamp `x` to the `width`-bit two's-complement range.
pub fn sat(x: i64, width: u32) -> i64 {
    x.clamp(min_of(width), max_of(width))
}

/// `a + b` clamped to `width` bits, never wrapping. The gates detect overflow from the sign
/// bits of a wrapping `width`-bit add; for in-range operands that is the same clamp.
pub fn sat_add(a: i64, b: i64, width: u32) -> i64 {
    sat(a.saturating_add(b), width)
}

/// floor(x / 2^k + 1/2): a shift that rounds to nearest, ties toward +inf. The gates add the
/// first bit shifted out to the floor shift, so the sum cannot overflow.
pub fn shr_round(x: i64, k: u32) -> i64 {
    match k {
        0 => x,
        k if k >= 64 => 0,
        k => shr_floor(x, k) + ((x >> (k - 1)) & 1),
    }
}

/// Arithmetic shift right, rounding toward -inf (floor), as the gates do.
pub fn shr_floor(x: i64, k: u32) -> i64 {
    if k >= 63 {
        if x < 0 {
            -1
        } else {
            0
        }
    } else {
        x >> k
    }
}

/// The chip's only multiplier: 16 x 16 -> 32 bits, signed.
pub fn mul16(a: i32, b: i32) -> i32 {
    assert!(
        (min_of(16)..=max_of(16)).contains(&(a as i64))
            && (min_of(16)..=max_of(16)).contains(&(b as i64)),
        "mul16 operands must fit 16 bits: {a}, {b}"
    );
    a * b
}

/// [`mul16`] as the lanes build it from rust-hdl's unsigned 16 x 16 -> 32 multiplier, in two
/// halves that the pipeline registers apart (`lanes$l.pipe_product`, `pipe_fix`): in offset
/// binary A = a + 2^15 and B = b + 2^15 (the sign bits flipped), the raw product A B and the
/// correction 2^30 - 2^15 (A + B), each mod 2^32 as the signed 32-bit register holds it.
/// [`mul16_join`] of the two is a b.
pub fn mul16_halves(a: i32, b: i32) -> (i32, i32) {
    mul16(a, b);
    let ua = u32::from(a as u16 ^ 0x8000);
    let ub = u32::from(b as u16 ^ 0x8000);
    let raw = ua * ub;
    let fix = (1u32 << 30).wrapping_sub((ua + ub) << 15);
    (raw as i32, fix as i32)
}

/// The lanes' product of a and b in its two halves: [`mul16_halves`], or with binary inputs
/// (`select = Some(f)`, `chip::ChipPlan::binary_inputs`: every b is 0 or 1 << f) the select
/// a << f when bit f of b is set, else 0, and a correction of 0, so that no multiplier is
/// built. For b in {0, 1 << f} both join ([`mul16_join`]) to a b.
pub fn product_halves(a: i32, b: i32, select: Option<u32>) -> (i32, i32) {
    match select {
        None => mul16_halves(a, b),
        Some(f) if b & (1 << f) != 0 => (a.wrapping_shl(f), 0),
        Some(_) => (0, 0),
    }
}

/// The product from its [`mul16_halves`]: their sum mod 2^32.
pub fn mul16_join(raw: i64, fix: i64) -> i64 {
    (raw as i32).wrapping_add(fix as i32) as i64
}

/// Round a real to the nearest value of `q`; out of range is an error, never a clamp.
pub fn from_f64(x: f64, q: QFormat, what: &'static str) -> Result<i64, FixedError> {
    let scaled = (x * (1u64 << q.frac_bits) as f64).round();
    let w = q.width();
    if !scaled.is_finite() || scaled < min_of(w) as f64 || scaled > max_of(w) as f64 {
        return Err(FixedError::OutOfRange {
            what,
            value: x,
            format: q.to_string(),
        });
    }
    Ok(scaled as i64)
}

/// `x` rounded to nearest in format `q`, saturated at its rails (NaN gives 0): for values read
/// back from analog storage, which may lie anywhere.
pub fn from_f64_sat(x: f64, q: QFormat) -> i64 {
    if x.is_nan() {
        return 0;
    }
    let w = q.width();
    let scaled = (x * (1u64 << q.frac_bits) as f64).round();
    scaled.clamp(min_of(w) as f64, max_of(w) as f64) as i64
}

/// The real value of raw integer `x` with `frac` fraction bits.
pub fn to_f64(x: i64, frac: u32) -> f64 {
    x as f64 / (1u64 << frac) as f64
}

/// Two's-complement bits of `x` as a rust-hdl `Signed<N>` (wraps to N bits).
pub fn to_hw<const N: usize>(x: i64) -> rust_hdl::prelude::Signed<N> {
    use rust_hdl::prelude::*;
    let mask = if N >= 64 { u64::MAX } else { (1u64 << N) - 1 };
    signed_cast(Bits::<N>::from((x as u64) & mask))
}

/// The integer value of a rust-hdl `Signed<N>` (N <= 64).
pub fn from_hw<const N: usize>(x: rust_hdl::prelude::Signed<N>) -> i64 {
    let raw = x.inner().to_u64();
    if N >= 64 {
        raw as i64
    } else {
        ((raw << (64 - N)) as i64) >> (64 - N)
    }
}

/// Index bits of the sigmoid table: `SIG_N = 2^SIG_K` entries over the input range [-8, 8),
/// one entry per step of `2^-(SIG_K - 4)` = 1/256. 1024 entries (1/64) cost digits 15 points of
/// accuracy: the table's steps flatten the cost change a weight perturbation of 0.05 makes.
pub const SIG_K: u32 = 12;
/// Entries of the sigmoid table.
pub const SIG_N: usize = 1 << SIG_K;

/// The activation rule of the chip: a neuron's output from its MAC sum `acc` (the saturated
/// 32-bit accumulator after the bias, `t + a` fraction bits). The network block's gates (and
/// its sigmoid ROM, built by calling this function) and `blocks::forward` both follow it.
///
/// - Hard sigmoid: u = sat_act(acc >>> t), then clamp((u >>> 2) + 1/2, 0, 1).
/// - ReLU: u = sat_act(acc >>> t), then max(u, 0).
/// - Sigmoid (logistic): a table of [`SIG_N`] = 4096 entries over [-8, 8) in steps of 1/256.
///   The sum is clamped to [`Formats::sig_clamp`] (-8.0 to just below 8 - 1/512), rounded to
///   the nearest step j with ties away from zero (`(c + 2^(s-1) - [c < 0]) >>> s`,
///   s = [`Formats::sig_shift`]), and the entry is 1 / (1 + e^(-j/256)) rounded to nearest in
///   the act format (entry index j + 2048). So f(0) = 1/2 exactly, f is monotone, and
///   f(-x) = 1 - f(x) up to the last entry's missing partner (< 0.1 LSB off) and ties of the
///   table rounding. Error against the logistic: <= 1/2 step x slope 1/4 = 1/2048 from the
///   input rounding, plus 1/2 LSB, plus the clamp's tail 1 - 1/(1+e^-8) = 3.4e-4 (which is
///   smaller than the first term); `sigmoid_table_is_monotone_symmetric_and_close` measures it.
pub fn activate(f: &Formats, acc: i64) -> Act {
    activation_output(f, activation_input(f, acc))
}

/// The first half of [`activate`] (a pipelined chip registers it between the two): u =
/// sat_act(acc >>> t) for ReLU and the hard sigmoid, the table step j in [-SIG_N/2, SIG_N/2)
/// for the sigmoid. Either fits 16 signed bits.
pub fn activation_input(f: &Formats, acc: i64) -> i64 {
    match f.activation {
        Activation::Relu | Activation::HardSigmoid => {
            f.sat_act(shr_floor(acc, f.theta.frac_bits)).0 as i64
        }
        Activation::Sigmoid => {
            let s = f.sig_shift();
            let (lo, hi) = f.sig_clamp();
            let c = acc.clamp(lo, hi);
            shr_floor(c + (1 << (s - 1)) - i64::from(c < 0), s)
        }
        // `chip::features::check` refuses tanh before any `Formats` is made.
        Activation::Tanh => unreachable!("the chip has no tanh; the chip plan refuses it"),
    }
}

/// The second half of [`activate`]: the output from [`activation_input`]'s value `v`.
pub fn activation_output(f: &Formats, v: i64) -> Act {
    let one = f.one().0 as i64;
    match f.activation {
        Activation::Relu => Act(v.max(0) as i32),
        Activation::HardSigmoid => Act((shr_floor(v, 2) + one / 2).clamp(0, one) as i32),
        Activation::Sigmoid => {
            let x = v as f64 / (1u64 << (SIG_K - 4)) as f64;
            Act((one as f64 / (1.0 + (-x).exp())).round() as i32)
        }
        Activation::Tanh => unreachable!("the chip has no tanh; the chip plan refuses it"),
    }
}

/// Every format and constant of one chip, derived from the config and checked by
/// `chip::formats`.
#[derive(Clone, Debug, PartialEq)]
pub struct Formats {
    /// `config.fixed.theta`.
    pub theta: QFormat,
    /// `config.fixed.act`.
    pub act: QFormat,
    /// Width of G_i (<= 32).
    pub grad_width: u32,
    /// theta -= G >>> eta_shift.
    pub eta_shift: u32,
    /// Fraction bits of `Cost`, `Corr` and `Grad`: `2 * act.frac_bits + 1`.
    pub cost_frac: u32,
    /// Network activation (see [`activate`]).
    pub activation: Activation,
    /// Perturbation amplitude of each pass in theta LSBs (>= 1): one entry (all layers at
    /// once), or one per weight layer with per-layer perturbation (`mgd.per_layer`, layer l's
    /// `dtheta / sqrt(N_l)`).
    pub amps: Vec<i64>,
    /// Node perturbation (`mgd.target = "node"`): the bias slot carries the node's
    /// perturbation and e_i = s_j (C~16 x_i) ([`Formats::node_delta`], [`Formats::node_corr`]).
    pub node: bool,
    /// Node perturbation: C~16 = sat16(C~ >>> delta_shift) (0 with weight perturbation).
    pub delta_shift: u32,
    /// Momentum (`mgd.optimizer = "momentum"`): k of V <- sat(V - (V >>> k) + G'), the step
    /// taken from V instead of G' ([`Formats::velocity`]); `None`: the vanilla update.
    pub momentum: Option<u32>,
}

impl Formats {
    /// Saturate to the theta format.
    pub fn sat_theta(&self, x: i64) -> Theta {
        Theta(sat(x, self.theta.width()) as i32)
    }

    /// Saturate to the act format.
    pub fn sat_act(&self, x: i64) -> Act {
        Act(sat(x, self.act.width()) as i32)
    }

    /// 1.0 in the act format.
    pub fn one(&self) -> Act {
        Act(1 << self.act.frac_bits)
    }

    /// The amplitude of pass `pass` (`amps`; the last entry past them).
    pub fn amp(&self, pass: usize) -> i64 {
        self.amps[pass.min(self.amps.len() - 1)]
    }

    /// theta_i + s_i * amp of pass `pass` (s = +1 if `sign`), saturated; `theta` itself when
    /// not `active`.
    pub fn perturb(&self, theta: Theta, sign: bool, active: bool, pass: usize) -> Theta {
        if !active {
            return theta;
        }
        let amp = self.amp(pass);
        let d = if sign { amp } else { -amp };
        self.sat_theta(theta.0 as i64 + d)
    }

    /// One MAC: acc + theta * x, exact in [`ACC_W`] bits (no saturation, so the order of a
    /// neuron's products does not matter).
    pub fn mac(&self, acc: i64, theta: Theta, x: Act) -> i64 {
        acc + mul16(theta.0, x.0) as i64
    }

    /// The neuron's sum: its exact accumulator saturated once to [`WIDE_W`] bits.
    pub fn neuron_sum(&self, acc: i64) -> i64 {
        sat(acc, WIDE_W as u32)
    }

    /// Neuron output from its exact accumulator: [`activate`] of [`Formats::neuron_sum`].
    pub fn neuron(&self, acc: i64) -> Act {
        activate(self, self.neuron_sum(acc))
    }

    /// The sigmoid table's index shift: the MAC sum (`t + a` fraction bits) over one table
    /// step (`2^-(SIG_K - 4)`) is `acc >>> sig_shift`. At least 1 (checked by `chip::formats`).
    pub fn sig_shift(&self) -> u32 {
        self.theta.frac_bits + self.act.frac_bits + 4 - SIG_K
    }

    /// The sigmoid table's input clamp `[lo, hi]`, in MAC-sum units: `lo` = -8.0, `hi` the
    /// largest sum that rounds to the last entry (8 - step/2 - 1 LSB).
    pub fn sig_clamp(&self) -> (i64, i64) {
        let s = self.sig_shift();
        let edge = 1i64 << (s + SIG_K - 1);
        (-edge, edge - (1 << (s - 1)) - 1)
    }

    /// The MAC sum at the centre of sigmoid table entry `i` (j = i - SIG_N/2 steps from 0):
    /// `activate` there reads entry `i`, so the ROM is `activate` over these sums.
    pub fn sig_grid(&self, i: usize) -> i64 {
        assert!(i < SIG_N, "sigmoid table entry {i} out of 0..{SIG_N}");
        (i as i64 - (SIG_N / 2) as i64) << self.sig_shift()
    }

    /// One output's cost term (y - t)^2 (= (y - t)^2 / 2 in the cost format), t = 1.0 if
    /// `hot`, else 0.
    pub fn cost_term(&self, y: Act, hot: bool) -> i64 {
        self.cost_square(self.cost_mag(y, hot))
    }

    /// |y - t|, the square's operand (the pipeline registers it, `cost.pipe_mag`): |y - 1.0|
    /// if `hot` (the output's target is 1.0), else |y|.
    pub fn cost_mag(&self, y: Act, hot: bool) -> i32 {
        match hot {
            true => (y.0 - self.one().0).abs(),
            false => y.0.abs(),
        }
    }

    /// The cost term of a registered |y - t|.
    pub fn cost_square(&self, mag: i32) -> i64 {
        let m = mag as i64;
        m * m
    }

    /// A row's cost terms (its PE outputs' (y - t)^2, all >= 0) as one term: their exact sum,
    /// saturated once at 32 bits. Folding it into C ([`Self::cost_add`]) gives the C of
    /// folding them one by one: both are min(C + sum, 2^31 - 1).
    pub fn row_term(&self, terms: impl IntoIterator<Item = i64>) -> i64 {
        terms.into_iter().sum::<i64>().min(i64::from(i32::MAX))
    }

    /// Cost accumulation: C + term, saturated at 32 bits.
    pub fn cost_add(&self, c: Cost, term: i64) -> Cost {
        Cost(sat_add(c.0, term, WIDE_W as u32))
    }

    /// Correlator: e = +C~ if `sign`, -C~ otherwise, 0 if not `active`.
    pub fn correlate(&self, cost_delta: Cost, sign: bool, active: bool) -> Corr {
        Corr(match (active, sign) {
            (false, _) => 0,
            (true, true) => cost_delta.0,
            (true, false) => -cost_delta.0,
        })
    }

    /// Node perturbation: C~ narrowed to the multiplier's 16-bit operand, C~16 = C~ >>>
    /// `delta_shift` (floor) saturated to +/-(2^15 - 1) (never the most negative value, so
    /// its negation and rust-hdl's signed casts are safe).
    pub fn node_delta(&self, cost_delta: Cost) -> i32 {
        let m = max_of(THETA_W as u32);
        shr_floor(cost_delta.0, self.delta_shift).clamp(-m, m) as i32
    }

    /// Node perturbation's correlator: e_i = s_j (C~16 x_i), the 16x16 product of C~16 and
    /// the node's input activity x_i (1.0 for the bias), passed or negated by the node's sign.
    /// `Corr` then has `cost_frac - delta_shift + act.frac_bits` fraction bits.
    pub fn node_corr(&self, delta16: i32, x: Act, sign: bool) -> Corr {
        self.correlate(Cost(self.node_product(delta16, x)), sign, true)
    }

    /// Node perturbation's product C~16 x_i, before the correlator signs it (with the
    /// pipeline the chip registers it between the two).
    pub fn node_product(&self, delta16: i32, x: Act) -> i64 {
        i64::from(mul16(delta16, x.0))
    }

    /// Accumulator: G + e, saturated to `grad_width` bits.
    pub fn accumulate(&self, g: Grad, e: Corr) -> Grad {
        Grad(sat_add(g.0, e.0, self.grad_width))
    }

    /// Update: theta - round(G / 2^eta_shift) (to nearest, ties up; [`shr_round`]), saturated
    /// to the theta format.
    pub fn update(&self, theta: Theta, g: Grad) -> Theta {
        self.apply_step(theta, self.update_step(g))
    }

    /// The update's second half (a pipelined chip registers `step` between the two): theta -
    /// step, saturated to the theta format.
    pub fn apply_step(&self, theta: Theta, step: i64) -> Theta {
        self.sat_theta(theta.0 as i64 - step)
    }

    /// Momentum's leak: V - (V >>> k) (floor), for k = `momentum` (V itself without it).
    /// Cannot leave the `grad_width` range: it moves V towards 0 by at most |V| / 2^k + 1.
    pub fn decay(&self, v: Grad) -> Grad {
        match self.momentum {
            Some(k) => Grad(v.0 - shr_floor(v.0, k)),
            None => v,
        }
    }

    /// Momentum's velocity at an update: V' = sat(decayed + G') to `grad_width` bits, with
    /// `decayed` = [`Formats::decay`] of V. The chip's gamma is 1 - 2^-k; the step is then
    /// round(V' / 2^eta_shift), as the reference's `m = gamma m + eta g; theta -= m`.
    pub fn velocity(&self, decayed: Grad, g: Grad) -> Grad {
        Grad(sat_add(decayed.0, g.0, self.grad_width))
    }

    /// What the update's step is taken from: G', or with momentum V' = [`Formats::velocity`]
    /// of the leaked V (`decayed`) and G' (also V's new value).
    pub fn update_source(&self, decayed: Grad, g: Grad) -> Grad {
        match self.momentum {
            Some(_) => self.velocity(decayed, g),
            None => g,
        }
    }

    /// The step the update subtracts, round(G / 2^eta_shift), in theta LSBs (not saturated).
    pub fn update_step(&self, g: Grad) -> i64 {
        shr_round(g.0, self.eta_shift)
    }

    /// A real weight read back from storage, in the theta format (to nearest, saturated).
    pub fn theta_from_f64(&self, x: f64) -> Theta {
        Theta(from_f64_sat(x, self.theta) as i32)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Q2.12 theta and act, 32-bit G, the hard sigmoid: the XOR test chip's formats.
    pub(crate) fn q2_12(activation: Activation) -> Formats {
        let q = QFormat {
            int_bits: 2,
            frac_bits: 12,
        };
        Formats {
            theta: q,
            act: q,
            grad_width: 32,
            eta_shift: 10,
            cost_frac: 25,
            activation,
            amps: vec![273],
            node: false,
            delta_shift: 0,
            momentum: None,
        }
    }

    #[test]
    fn from_f64_refuses_out_of_range() {
        let q = QFormat {
            int_bits: 1,
            frac_bits: 4,
        };
        assert_eq!(from_f64(0.5, q, "x"), Ok(8));
        assert_eq!(from_f64(-2.0, q, "x"), Ok(-32));
        assert!(from_f64(2.0, q, "x").is_err());
        assert!(from_f64(f64::NAN, q, "x").is_err());
    }

    #[test]
    fn from_f64_sat_rounds_and_saturates() {
        let q = QFormat {
            int_bits: 1,
            frac_bits: 4,
        };
        assert_eq!(from_f64_sat(0.5, q), 8);
        assert_eq!(from_f64_sat(0.03, q), 0);
        assert_eq!(from_f64_sat(0.04, q), 1);
        assert_eq!(from_f64_sat(2.0, q), 31);
        assert_eq!(from_f64_sat(-7.0, q), -32);
        assert_eq!(from_f64_sat(f64::INFINITY, q), 31);
        assert_eq!(from_f64_sat(f64::NAN, q), 0);
    }

    #[test]
    fn hw_round_trip() {
        for x in [-32768i64, -1, 0, 1, 32767] {
            assert_eq!(from_hw::<16>(to_hw::<16>(x)), x);
        }
        assert_eq!(from_hw::<32>(to_hw::<32>(i32::MIN as i64)), i32::MIN as i64);
    }

    /// Every MAC sum where the sigmoid rule can change (each half step, +/- 1 LSB, over
    /// [-9, 9]), the 32-bit rails and random sums, sorted.
    fn sigmoid_probe_sums(f: &Formats) -> Vec<i64> {
        use rand::{Rng, SeedableRng};
        let s = f.sig_shift();
        let half_steps = 9 << (SIG_K - 4 + 1);
        let mut v: Vec<i64> = (-half_steps..=half_steps)
            .flat_map(|m: i64| [-1, 0, 1].map(|d| (m << (s - 1)) + d))
            .collect();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(5);
        v.extend((0..20_000).map(|_| rng.random_range(min_of(32)..=max_of(32))));
        v.extend([min_of(32), max_of(32), 0]);
        v.sort();
        v
    }

    /// Momentum's leak never leaves the accumulator's range and moves V towards 0; the
    /// velocity saturates; without momentum the update source is G' itself.
    #[test]
    fn momentum_leaks_towards_zero_and_saturates() {
        let f = Formats {
            grad_width: 20,
            momentum: Some(3),
            ..q2_12(Activation::HardSigmoid)
        };
        let (hi, lo) = (max_of(20), min_of(20));
        for v in [hi, lo, 0, 1, -1, 7, -7, 8, -9, 12345, -12345] {
            let d = f.decay(Grad(v)).0;
            assert!((lo..=hi).contains(&d), "V {v}");
            assert!(
                d.abs() <= v.abs() + 1 && d.signum() * v.signum() >= 0,
                "V {v} -> {d}"
            );
        }
        assert_eq!(f.decay(Grad(800)).0, 700, "800 - 800 / 8");
        assert_eq!(f.decay(Grad(-800)).0, -700);
        assert_eq!(f.velocity(Grad(hi - 1), Grad(5)).0, hi);
        assert_eq!(f.velocity(Grad(lo + 1), Grad(-5)).0, lo);
        let v = Formats {
            momentum: None,
            ..f.clone()
        };
        assert_eq!(v.update_source(Grad(99), Grad(5)), Grad(5));
        assert_eq!(f.update_source(Grad(99), Grad(5)), Grad(104));
    }

    #[test]
    fn sigmoid_table_is_monotone_symmetric_and_close() {
        let q = |int_bits, frac_bits| QFormat {
            int_bits,
            frac_bits,
        };
        for (theta, act, bound) in [(q(2, 12), q(2, 12), 0.0007), (q(3, 11), q(1, 8), 0.0025)] {
            let f = Formats {
                theta,
                act,
                cost_frac: 2 * act.frac_bits + 1,
                ..q2_12(Activation::Sigmoid)
            };
            let one = f.one().0;
            let a = f.act.frac_bits;
            let tf = f.theta.frac_bits + a;
            assert_eq!(activate(&f, 0), Act(one / 2), "exactly 1/2 at 0");
            let sums = sigmoid_probe_sums(&f);
            let (mut prev, mut max_err) = (Act(0), 0.0f64);
            for &u in &sums {
                let y = activate(&f, u);
                assert!(y >= prev, "monotone at {u}: {y:?} < {prev:?}");
                assert!((0..=one).contains(&y.0));
                prev = y;
                let x = to_f64(u, tf);
                max_err = max_err.max((to_f64(y.0 as i64, a) - 1.0 / (1.0 + (-x).exp())).abs());
                let sym = activate(&f, -u).0 + y.0 - one;
                assert!(
                    sym.abs() <= 1,
                    "f(-u) = 1 - f(u) within 1 LSB at {u}: {sym}"
                );
            }
            eprintln!("sigmoid {theta} x {act}: max |f - logistic| = {max_err:.6}");
            assert!(max_err < bound, "{max_err} >= {bound}");
            // The ROM's grid: entry i (j = i - SIG_N/2 steps) is read from half a step below
            // `sig_grid(i)` to half a step above it, the tie going away from 0.
            let half = 1i64 << (f.sig_shift() - 1);
            for i in 1..SIG_N - 1 {
                let (g, j) = (f.sig_grid(i), i as i64 - (SIG_N / 2) as i64);
                let step = f64::from(1u32 << (SIG_K - 4));
                let want = Act((one as f64 / (1.0 + (-(j as f64) / step).exp())).round() as i32);
                let lo = if j > 0 { g - half } else { g - half + 1 };
                let hi = if j < 0 { g + half } else { g + half - 1 };
                for u in [lo, g, hi] {
                    assert_eq!(activate(&f, u), want, "entry {i} at {u}");
                }
            }
        }
    }
    #[test]
    fn a_select_is_the_product_by_0_and_1() {
        for f in [0, 8, 13, 14] {
            for a in [min_of(16) as i32, -1, 0, 1, 12345, max_of(16) as i32] {
                for b in [0, 1 << f] {
                    let (raw, fix) = product_halves(a, b, Some(f));
                    assert_eq!(mul16_join(raw.into(), fix.into()), i64::from(mul16(a, b)));
                }
            }
        }
    }

    #[test]
    fn mul16_halves_join_to_the_product_at_the_corners() {
        for a in [-32768, -32767, -1, 0, 1, 4096, 32767] {
            for b in [-32768, -1, 0, 1, 8192, 32767] {
                let (raw, fix) = mul16_halves(a, b);
                assert_eq!(
                    mul16_join(raw.into(), fix.into()),
                    (a * b) as i64,
                    "{a} x {b}"
                );
            }
        }
        // Zero operands: the halves are not 0 (an idle multiplier's registers are gated).
        assert_eq!(mul16_halves(0, 0), (1 << 30, -(1 << 30)));
    }

    proptest! {
        #[test]
        fn mul16_halves_join_to_the_product(a in -32768i32..32768, b in -32768i32..32768) {
            let (raw, fix) = mul16_halves(a, b);
            prop_assert_eq!(mul16_join(raw.into(), fix.into()), (a * b) as i64);
        }

        #[test]
        fn sat_add_matches_i128(a in any::<i32>(), b in any::<i32>(), w in 2u32..=32) {
            let (a, b) = (sat(a as i64, w), sat(b as i64, w));
            let exact = a as i128 + b as i128;
            let lo = -(1i128 << (w - 1));
            let hi = (1i128 << (w - 1)) - 1;
            prop_assert_eq!(sat_add(a, b, w) as i128, exact.clamp(lo, hi));
        }

        #[test]
        fn shr_round_matches_i128(x in any::<i64>(), k in 0u32..70) {
            let d = 1i128 << k.min(100);
            let want = if k == 0 { x as i128 } else { (x as i128 + d / 2).div_euclid(d) };
            prop_assert_eq!(shr_round(x, k) as i128, want);
        }

        #[test]
        fn shr_floor_matches_i128(x in any::<i64>(), k in 0u32..70) {
            let d = 1i128 << k.min(100);
            prop_assert_eq!(shr_floor(x, k) as i128, (x as i128).div_euclid(d));
        }
    }
}
