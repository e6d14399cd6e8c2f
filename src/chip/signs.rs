//! The sign generators: which +/-1 (and whether at all) parameter i is perturbed by in a
//! window. One shared generator serves every parameter, with no per-parameter state: the
//! sequencer walks the parameters in a fixed order and the generator yields parameter i's sign.
//! - **Random codes**: a 16-bit maximal-length Galois LFSR, x^16 + x^14 + x^13 + x^11 + 1
//!   ([`TAPS16`], right-shifting form), stepped once per parameter. The state at the start of
//!   the tau_p window is kept, so that the perturbed inference and the correlation sweep see
//!   the same P signs; the state after P steps starts the next window. sign = bit 0.
//! - **Walsh codes**: sign = not parity(popcount(i & slot)), a Sylvester-Hadamard row per
//!   parameter; `slot` counts windows modulo M = next power of two >= P (row = parameter
//!   index; the paper's random row assignment is not implemented; row 0 is constant).
//! - **Time multiplexing**: parameter i is perturbed (+amp) iff i == slot, slot counting
//!   windows modulo P.
//!
//! **Lanes** (`chip::lanes`): the LFSR is linear over GF(2), so bit 0 of the state stepped l
//! times is parity(state & m_l) with a constant mask m_l ([`lane_masks`]). At L lanes the
//! state is the one of the row's first parameter; lane l reads its sign as parity(state &
//! m_l) and the state steps once per parameter of the row. So parameter i gets bit 0 of the
//! window start stepped i times at every L (m_0 = 1: the serial chip's rule), and the signs do
//! not depend on L. Walsh and time multiplexing are functions of the index already.
//!
//! **Node perturbation** (`mgd.target = "node"`, random codes only): one sign per neuron, not
//! per parameter. Every row lies within one neuron, so every lane reads bit 0 of the row's
//! state (mask 1) and the state steps once per neuron, at the row that ends it
//! ([`SignSource::row_steps`]): neuron j gets bit 0 of the window start stepped j times, at
//! every L. Only the neuron's bias slot is perturbed ([`SignSource::perturbs`]), which adds
//! `s_j amp` to its pre-activation.
//!
//! `blocks::perturbation` builds these rules in gates from a [`SignSource`]; the fast model
//! calls [`SignSource::sign_at`] and [`lfsr_step`].

use crate::config::PerturbationKind;

/// Galois taps of the chip's 16-bit maximal-length LFSR (x^16 + x^14 + x^13 + x^11 + 1).
pub const TAPS16: u16 = 0xB400;

/// Width of the LFSR register.
pub const LFSR_W: usize = 16;

/// One step of the Galois LFSR, right-shifting form.
#[inline]
pub fn lfsr_step(state: u16) -> u16 {
    if state & 1 == 1 {
        (state >> 1) ^ TAPS16
    } else {
        state >> 1
    }
}

/// The chip's non-zero 16-bit LFSR seed from `run.seed`: the four 16-bit words XORed, 0
/// replaced by 1 (an LFSR seeded with 0 stays 0).
pub fn lfsr_seed(seed: u64) -> u16 {
    let s = (seed ^ (seed >> 16) ^ (seed >> 32) ^ (seed >> 48)) as u16;
    if s == 0 {
        1
    } else {
        s
    }
}

/// One step of the Galois LFSR undone: the state `state` came from.
#[inline]
pub fn lfsr_back(state: u16) -> u16 {
    // A step that shifted a 1 out set bit 15 (the top tap); one that shifted a 0 left it 0.
    if state & 0x8000 != 0 {
        ((state ^ TAPS16) << 1) | 1
    } else {
        state << 1
    }
}

/// The LFSR stepped `n` times.
pub fn lfsr_steps(mut state: u16, n: usize) -> u16 {
    for _ in 0..n {
        state = lfsr_step(state);
    }
    state
}

/// The lane masks m_0..m_{L-1}: bit 0 of `lfsr_steps(s, l)` is parity(s & m_l) for every s
/// (bit b of m_l is bit 0 of unit vector b stepped l times). m_0 = 1.
pub fn lane_masks(lanes: usize) -> Vec<u16> {
    let mut units: Vec<u16> = (0..LFSR_W).map(|b| 1u16 << b).collect();
    let mut masks = Vec::with_capacity(lanes);
    for _ in 0..lanes {
        masks.push(
            units
                .iter()
                .enumerate()
                .fold(0u16, |m, (b, &u)| m | (u & 1) << b),
        );
        for u in &mut units {
            *u = lfsr_step(*u);
        }
    }
    masks
}

/// The jump matrix of `n` steps: bit b of `lfsr_steps(s, n)` is parity(s & m[b]) for every s
/// (bit j of m[b] is bit b of unit vector j stepped n times). The LFSR is linear over GF(2),
/// so n steps are one constant XOR network: the RTL steps a row's state past its `used`
/// parameters in one level of parities (`blocks::jump`), not through a chain of lanes.
pub fn jump_masks(n: usize) -> [u16; LFSR_W] {
    let cols: Vec<u16> = (0..LFSR_W).map(|j| lfsr_steps(1 << j, n)).collect();
    std::array::from_fn(|b| {
        cols.iter()
            .enumerate()
            .fold(0u16, |m, (j, &c)| m | ((c >> b) & 1) << j)
    })
}

/// The constants of a chip's sign generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignSource {
    /// Sign kind (random, Walsh or time multiplexing; the chip has no sinusoid).
    pub kind: PerturbationKind,
    /// Last value of the window counter `slot` before it wraps.
    pub slot_last: u16,
    /// Reset value of the LFSR and its window start (non-zero).
    pub seed: u16,
    /// Node perturbation: one sign per neuron, carried by its bias slot.
    pub node: bool,
    /// LFSR steps the generator's state runs behind the perturbation (`[chip] handover`: one
    /// window, P; else 0): a perturbed row's lanes read their signs `lag` steps ahead
    /// ([`SignSource::pert_masks`]), and a deferred sweep inside it reads the window before
    /// through the plain masks. The reset state is the seed stepped back `lag` times, so
    /// the perturbations are the same signs at every `lag`.
    pub lag: usize,
    /// Neurons a row computes side by side (`[chip] pe`; 1 unless node perturbation): a
    /// node-perturbation row that ends its neurons steps the LFSR once for each, and group g
    /// reads the sign g steps on.
    pub pe: u16,
}

impl SignSource {
    /// The generator of `kind` for `n_params` parameters, seeded from `run_seed`; one sign
    /// per neuron if `node`.
    pub fn new(kind: PerturbationKind, n_params: usize, run_seed: u64, node: bool) -> Self {
        Self::lagging(kind, n_params, run_seed, node, 0)
    }

    /// [`SignSource::new`] with its state `lag` LFSR steps behind the perturbation
    /// ([`SignSource::lag`]).
    pub fn lagging(
        kind: PerturbationKind,
        n_params: usize,
        run_seed: u64,
        node: bool,
        lag: usize,
    ) -> Self {
        let slot_last = match kind {
            PerturbationKind::Walsh => n_params.next_power_of_two().max(2) - 1,
            _ => n_params - 1,
        } as u16;
        let seed = (0..lag).fold(lfsr_seed(run_seed), |st, _| lfsr_back(st));
        Self {
            kind,
            slot_last,
            seed,
            node,
            lag,
            pe: 1,
        }
    }

    /// This generator for rows of `pe` neurons side by side (node perturbation only).
    pub fn with_pe(self, pe: usize) -> Self {
        assert!(
            pe == 1 || self.node,
            "neurons side by side need node perturbation"
        );
        Self {
            pe: pe as u16,
            ..self
        }
    }

    /// The same generator without its lag: the seed stepped on `lag` times, so its state is
    /// [`Self::ahead`] of this one's at every edge (the perturbations are the same).
    pub fn unlagged(&self) -> Self {
        Self {
            seed: self.ahead(self.seed),
            lag: 0,
            ..*self
        }
    }

    /// A state of this generator as the unlagged generator holds it: `lag` steps on.
    pub fn ahead(&self, state: u16) -> u16 {
        lfsr_steps(state, self.lag)
    }

    /// A state of the unlagged generator as this one holds it: `lag` steps back.
    pub fn behind(&self, state: u16) -> u16 {
        (0..self.lag).fold(state, |st, _| lfsr_back(st))
    }

    /// The masks of the PE x `lanes` lanes (`lanes` a group): [`lane_masks`], or with node
    /// perturbation, where a group's lanes share their neuron's sign, `lane_masks(PE)[g]` for
    /// every lane of group g (1 at PE = 1).
    pub fn masks(&self, lanes: usize) -> Vec<u16> {
        let pe = usize::from(self.pe);
        match self.node {
            true => lane_masks(pe)
                .into_iter()
                .flat_map(|m| std::iter::repeat_n(m, lanes))
                .collect(),
            false => lane_masks(lanes),
        }
    }

    /// The masks lane l perturbs through (and a Corr sweep correlates through): [`Self::masks`]
    /// `lag` steps on, so that they read the window ahead of the generator's state.
    pub fn pert_masks(&self, lanes: usize) -> Vec<u16> {
        match self.node {
            true => self.masks(lanes),
            false => lane_masks(self.lag + lanes).split_off(self.lag),
        }
    }

    /// How far a row steps the LFSR: once per parameter it uses, or with node perturbation
    /// once per neuron it ends (`bias`: PE of them), else not at all.
    pub fn row_steps(&self, used: u16, bias: bool) -> u16 {
        match self.node {
            true => match bias && used > 0 {
                true => self.pe,
                false => 0,
            },
            false => used,
        }
    }

    /// How far one parameter steps the LFSR in parameter order ([`Self::row_steps`] of a
    /// one-slot row at PE = 1): once, or with node perturbation once at its neuron's bias.
    pub fn param_steps(&self, bias: bool) -> usize {
        usize::from(!self.node || bias)
    }

    /// Whether a slot is perturbed, given its code's `active` ([`SignSource::sign_at`]):
    /// with node perturbation only the neuron's bias slot (`is_bias`) is.
    pub fn perturbs(&self, active: bool, is_bias: bool) -> bool {
        match self.node {
            true => is_bias,
            false => active,
        }
    }

    /// The Walsh rule is in use.
    pub fn walsh(&self) -> bool {
        self.kind == PerturbationKind::Walsh
    }

    /// Time multiplexing is in use.
    pub fn time_mux(&self) -> bool {
        self.kind == PerturbationKind::Time
    }

    /// (sign, active) of parameter `index` for LFSR state `lfsr`, lane mask `mask` (1 for
    /// the state's own parameter, [`lane_masks`]) and window counter `slot`: sign true means
    /// +1; not active means not perturbed (time multiplexing only).
    #[inline]
    pub fn sign_at(&self, lfsr: u16, mask: u16, slot: u16, index: u16) -> (bool, bool) {
        match self.kind {
            PerturbationKind::Walsh => ((index & slot).count_ones().is_multiple_of(2), true),
            PerturbationKind::Time => (true, index == slot),
            _ => ((lfsr & mask).count_ones() % 2 == 1, true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lfsr_has_period_65535() {
        let mut s = 1u16;
        for k in 1..=65535u32 {
            s = lfsr_step(s);
            if s == 1 {
                assert_eq!(k, 65535, "period");
                return;
            }
        }
        panic!("no return to the seed");
    }

    #[test]
    fn lane_masks_read_the_sign_of_a_later_parameter() {
        let masks = lane_masks(40);
        assert_eq!(masks[0], 1, "lane 0 is the serial rule");
        let mut s = 0xACE1u16;
        for _ in 0..200 {
            for (l, &m) in masks.iter().enumerate() {
                assert_eq!((s & m).count_ones() % 2, u32::from(lfsr_steps(s, l) & 1));
            }
            s = lfsr_step(s);
        }
    }

    #[test]
    fn a_lagging_source_perturbs_with_the_same_signs() {
        let plain = SignSource::new(PerturbationKind::Random, 200, 7, false);
        let lagging = SignSource::lagging(PerturbationKind::Random, 200, 7, false, 200);
        assert_eq!(lfsr_steps(lagging.seed, 200), plain.seed);
        assert_ne!(lagging.seed, plain.seed);
        for s in [1u16, 0xACE1, 0xFFFF, 0x8000] {
            assert_eq!(lfsr_back(lfsr_step(s)), s);
        }
        let (m, pm) = (plain.masks(8), lagging.pert_masks(8));
        for (l, (&a, &b)) in m.iter().zip(&pm).enumerate() {
            let mine = (lagging.seed & b).count_ones() % 2;
            assert_eq!(mine, (plain.seed & a).count_ones() % 2, "lane {l}");
        }
        assert_eq!(plain.pert_masks(8), m, "no lag: the plain masks");
    }

    #[test]
    fn seeds_are_never_zero() {
        assert_eq!(lfsr_seed(0), 1);
        assert_eq!(lfsr_seed(0x0001_0001), 1, "words cancel to 0");
        assert_eq!(lfsr_seed(6), 6);
    }

    #[test]
    fn jump_masks_step_any_state() {
        for n in [0, 1, 2, 3, 8, 50, 220] {
            let m = jump_masks(n);
            for st in [1u16, 0xACE1, 0xFFFF, 0x8000, 0x1234] {
                let got = (0..LFSR_W).fold(0u16, |x, b| {
                    x | u16::from((st & m[b]).count_ones() % 2 == 1) << b
                });
                assert_eq!(got, lfsr_steps(st, n), "n = {n}, state {st:#x}");
            }
        }
    }
}
