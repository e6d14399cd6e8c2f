//! Fast twin of `blocks::perturbation`: the sign generator's registers (`lfsr`, `start`,
//! `slot`) and their rising edge ([`step`]). The sign rules are `chip::signs`
//! ([`sign`] applies them to a state); the perturbation adder is `fixed::Formats::perturb`.
//! Larger test: `tests/lockstep.rs`.

use crate::chip::signs::{lfsr_steps, SignSource};

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

/// (sign, active) of parameter `index`, read by the lane with mask `mask`
/// (`chip::signs::lane_masks`; 1 at L = 1), in state `q` (the block's combinational outputs).
#[inline]
pub fn sign(s: &SignSource, q: &State, mask: u16, index: u16) -> (bool, bool) {
    s.sign_at(q.lfsr, mask, q.slot, index)
}

/// Inputs sampled at the edge.
#[derive(Clone, Copy, Debug, Default)]
pub struct Inputs {
    /// Synchronous reset.
    pub reset: bool,
    /// Reload `lfsr` from `start`.
    pub restart: bool,
    /// Step `lfsr` this many times (the parameters of the row just used; 0: hold).
    pub advance: u16,
    /// Window ends: `start` <- `lfsr`, next slot.
    pub next_window: bool,
}

/// One rising edge (priorities as in the block: advance, restart, next window, reset).
pub fn step(q: &State, s: &SignSource, i: Inputs) -> State {
    let mut d = q.clone();
    d.lfsr = lfsr_steps(q.lfsr, usize::from(i.advance));
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
