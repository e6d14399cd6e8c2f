//! Fast twin of `blocks::perturbation`: the sign source. Same registers (`lfsr`, `start`,
//! `slot`), the same 16-bit Galois LFSR (taps `0xB400`), the same seed rule, the same Walsh
//! and time-multiplexing signs; [`Source::sign`] is the block's combinational sign / active,
//! [`step`] its rising edge. The perturbation adder itself is `fixed::Formats::perturb`.
//! Larger test: `tests/lockstep.rs`.

use crate::config::PerturbationKind;

/// Galois taps of the chip's 16-bit maximal-length LFSR (x^16 + x^14 + x^13 + x^11 + 1).
pub const TAPS16: u16 = 0xB400;

/// One step of the Galois LFSR, right-shifting form.
#[inline]
pub fn lfsr_step(state: u16) -> u16 {
    if state & 1 == 1 {
        (state >> 1) ^ TAPS16
    } else {
        state >> 1
    }
}

/// The chip's non-zero 16-bit LFSR seed from `config.run.seed` (same rule as the block).
pub fn lfsr_seed(seed: u64) -> u16 {
    let s = (seed ^ (seed >> 16) ^ (seed >> 32) ^ (seed >> 48)) as u16;
    if s == 0 {
        1
    } else {
        s
    }
}

/// The generator's registers.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct State {
    /// LFSR state; its bit 0 is the sign of random codes.
    pub lfsr: u16,
    /// LFSR state at the start of the tau_p window.
    pub start: u16,
    /// Window counter (Walsh row column, time-multiplexing slot), `Bits<10>`.
    pub slot: u16,
}

/// The generator's constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Sign kind.
    pub kind: PerturbationKind,
    /// Last value of `slot` before it wraps.
    pub slot_last: u16,
    /// Reset value of `lfsr` and `start`.
    pub seed: u16,
}

impl Source {
    /// The generator for `n_params` parameters, seeded by `seed` (non-zero).
    pub fn new(kind: PerturbationKind, n_params: usize, seed: u16) -> Self {
        assert!(seed != 0, "an LFSR seeded with 0 stays 0");
        let slot_last = match kind {
            PerturbationKind::Walsh => n_params.next_power_of_two().max(2) - 1,
            _ => n_params - 1,
        } as u16;
        Self {
            kind,
            slot_last,
            seed,
        }
    }

    /// (sign, active) of parameter `index` in state `q`: sign true means +1.
    #[inline]
    pub fn sign(&self, q: &State, index: u16) -> (bool, bool) {
        self.sign_at(q.lfsr, q.slot, index)
    }

    /// (sign, active) of parameter `index` for LFSR state `lfsr` and window counter `slot`.
    #[inline]
    pub fn sign_at(&self, lfsr: u16, slot: u16, index: u16) -> (bool, bool) {
        match self.kind {
            PerturbationKind::Walsh => ((index & slot).count_ones().is_multiple_of(2), true),
            PerturbationKind::Time => (true, index == slot),
            _ => (lfsr & 1 == 1, true),
        }
    }
}

/// Inputs sampled at the edge.
#[derive(Clone, Copy, Debug, Default)]
pub struct Inputs {
    /// Synchronous reset.
    pub reset: bool,
    /// Reload `lfsr` from `start`.
    pub restart: bool,
    /// Step `lfsr`.
    pub advance: bool,
    /// Window ends: `start` <- `lfsr`, next slot.
    pub next_window: bool,
}

/// One rising edge (priorities as in the block: advance, restart, next window, reset).
pub fn step(q: &State, s: &Source, i: Inputs) -> State {
    let mut d = q.clone();
    if i.advance {
        d.lfsr = lfsr_step(q.lfsr);
    }
    if i.restart {
        d.lfsr = q.start;
    }
    if i.next_window {
        d.start = q.lfsr;
        d.slot = if q.slot == s.slot_last {
            0
        } else {
            (q.slot + 1) & ((1 << crate::fixed::PADDR_W) - 1)
        };
    }
    if i.reset {
        d = State {
            lfsr: s.seed,
            start: s.seed,
            slot: 0,
        };
    }
    d
}
