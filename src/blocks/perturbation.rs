//! `Perturbation`: the state of the sign generator shared by the lanes (`chip::signs`).
//!
//! `lfsr` is the random code's state at the current row's first parameter; the lanes read
//! their signs from it and compute `stepped`, the state after the row's parameters
//! (`blocks::lane`), which `advance` takes. `start` holds the state at the start of the tau_p
//! window; `restart` reloads it so the perturbed inference and the correlation sweep see the
//! same P signs, and `next_window` makes the current state the next window's start and moves
//! `slot` (the Walsh row and time-multiplexing counter) on. Twin: `model::perturbation`.
//! Tests at the bottom of this file; the lanes' signs are held to the model's (`chip::signs`)
//! by `tests/lockstep.rs`.

use crate::chip::signs::SignSource;
use crate::fixed::PADDR_W;
use rust_hdl::prelude::*;

/// Sign-generator state. Port names = Verilog = VCD.
#[derive(LogicBlock)]
pub struct Perturbation {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: LFSR and window start to the seed, slot to 0.
    pub reset: Signal<In, Bit>,
    /// Reload the LFSR from the window start (before a sweep over the parameters).
    pub restart: Signal<In, Bit>,
    /// The row's signs have been used: take `stepped`.
    pub advance: Signal<In, Bit>,
    /// The LFSR state past the row's parameters (from the lanes).
    pub stepped: Signal<In, Bits<16>>,
    /// A tau_p window ends: new window start, next slot.
    pub next_window: Signal<In, Bit>,
    /// LFSR state of the row's first parameter.
    pub state: Signal<Out, Bits<16>>,
    /// Window counter.
    pub window: Signal<Out, Bits<PADDR_W>>,
    lfsr: DFF<Bits<16>>,
    start: DFF<Bits<16>>,
    slot: DFF<Bits<PADDR_W>>,
    seed: Constant<Bits<16>>,
    slot_last: Constant<Bits<PADDR_W>>,
}

impl Perturbation {
    /// The generator state of `signs` (`chip::signs`).
    pub fn new(signs: &SignSource) -> Self {
        assert!(signs.seed != 0, "an LFSR seeded with 0 stays 0");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            restart: Default::default(),
            advance: Default::default(),
            stepped: Default::default(),
            next_window: Default::default(),
            state: Default::default(),
            window: Default::default(),
            lfsr: Default::default(),
            start: Default::default(),
            slot: Default::default(),
            seed: Constant::new((signs.seed as u64).into()),
            slot_last: Constant::new((signs.slot_last as usize).to_bits()),
        }
    }

    /// Current LFSR state (for tests and the twin).
    pub fn lfsr_state(&self) -> u16 {
        self.lfsr.q.val().to_u64() as u16
    }
}

impl Logic for Perturbation {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, lfsr, start, slot);
        self.state.next = self.lfsr.q.val();
        self.window.next = self.slot.q.val();
        // State: step, restart, new window, reset (last wins).
        if self.advance.val() {
            self.lfsr.d.next = self.stepped.val();
        }
        if self.restart.val() {
            self.lfsr.d.next = self.start.q.val();
        }
        if self.next_window.val() {
            self.start.d.next = self.lfsr.q.val();
            self.slot.d.next = self.slot.q.val() + 1;
            if self.slot.q.val() == self.slot_last.val() {
                self.slot.d.next = 0.into();
            }
        }
        if self.reset.val() {
            self.lfsr.d.next = self.seed.val();
            self.start.d.next = self.seed.val();
            self.slot.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{drive, settle, yosys_check};
    use crate::chip::signs::lfsr_step;
    use crate::config::PerturbationKind;

    fn block(kind: PerturbationKind, p: usize) -> Perturbation {
        let mut uut = Perturbation::new(&SignSource::new(kind, p, 0xACE1, false));
        uut.connect_all();
        uut.reset.next = true;
        assert!(drive(&mut uut, |u| &mut u.clock));
        uut.reset.next = false;
        uut
    }

    /// Step with the one-lane chain's `stepped` (the state stepped once).
    fn advance(uut: &mut Perturbation) {
        assert!(settle(uut));
        uut.stepped.next = u64::from(lfsr_step(uut.lfsr_state())).into();
        uut.advance.next = true;
        assert!(drive(uut, |u| &mut u.clock));
        uut.advance.next = false;
    }

    #[test]
    fn lfsr_block_period() {
        let mut uut = block(PerturbationKind::Random, 9);
        let seed = uut.lfsr_state();
        assert_eq!(seed, 0xACE1);
        let mut n = 0u64;
        loop {
            advance(&mut uut);
            n += 1;
            if uut.lfsr_state() == seed {
                break;
            }
            assert!(n < 70_000, "no period found");
        }
        assert_eq!(n, 65_535, "period 2^16 - 1");
    }

    #[test]
    fn restart_replays_the_window_and_next_window_moves_on() {
        let mut uut = block(PerturbationKind::Random, 9);
        let sweep = |uut: &mut Perturbation| {
            uut.restart.next = true;
            assert!(drive(uut, |u| &mut u.clock));
            uut.restart.next = false;
            let mut v = vec![];
            for _ in 0..9 {
                v.push(uut.lfsr_state());
                advance(uut);
            }
            v
        };
        let a = sweep(&mut uut);
        assert_eq!(sweep(&mut uut), a);
        uut.next_window.next = true;
        assert!(drive(&mut uut, |u| &mut u.clock));
        uut.next_window.next = false;
        let b = sweep(&mut uut);
        assert_ne!(a, b, "a new window draws new signs");
    }

    #[test]
    fn the_slot_wraps_at_its_last_value() {
        let mut uut = block(PerturbationKind::Time, 5);
        for w in 0..12u64 {
            assert!(settle(&mut uut));
            assert_eq!(uut.window.val().to_u64(), w % 5);
            uut.next_window.next = true;
            assert!(drive(&mut uut, |u| &mut u.clock));
            uut.next_window.next = false;
        }
    }

    #[test]
    fn perturbation_synthesizes() {
        let uut = block(PerturbationKind::Walsh, 9);
        yosys_check("perturbation", &uut).unwrap();
    }
}
