//! `Jump`: the sign generator's state stepped n times in one cycle, for a row of n lanes.
//! The LFSR is linear over GF(2), so n steps are a constant matrix (`chip::signs::jump_masks`):
//! output bit b is the parity of the state masked by row b. One `Jump` per distinct row
//! length of the plan (`ChipPlan::row_lengths`); the one whose n is the row's `used` gives
//! the state for the next row, the others 0, and the few jumps are ORed in a short chain
//! (`chain_in`, `chain_out`). This replaces a ripple of L single steps through the lanes.
//! Twin: `chip::signs::lfsr_steps` (`model::perturbation::step`).

use crate::chip::lanes::USED_W;
use crate::chip::signs::jump_masks;
use rust_hdl::prelude::*;

/// One jump of n steps. Port names = Verilog = VCD (`jumps$k$...`).
#[derive(LogicBlock)]
pub struct Jump {
    /// The state of the row's first parameter.
    pub state: Signal<In, Bits<16>>,
    /// Lanes the row uses.
    pub row_used: Signal<In, Bits<USED_W>>,
    /// The earlier jumps' output (0 but where one matched).
    pub chain_in: Signal<In, Bits<16>>,
    /// `chain_in`, ORed with `state` stepped n times if the row uses n lanes.
    pub chain_out: Signal<Out, Bits<16>>,
    stepped: Signal<Local, Bits<16>>,
    n: Constant<Bits<USED_W>>,
    m0: Constant<Bits<16>>,
    m1: Constant<Bits<16>>,
    m2: Constant<Bits<16>>,
    m3: Constant<Bits<16>>,
    m4: Constant<Bits<16>>,
    m5: Constant<Bits<16>>,
    m6: Constant<Bits<16>>,
    m7: Constant<Bits<16>>,
    m8: Constant<Bits<16>>,
    m9: Constant<Bits<16>>,
    m10: Constant<Bits<16>>,
    m11: Constant<Bits<16>>,
    m12: Constant<Bits<16>>,
    m13: Constant<Bits<16>>,
    m14: Constant<Bits<16>>,
    m15: Constant<Bits<16>>,
}

impl Jump {
    /// The jump of `n` steps (1..=L).
    pub fn new(n: usize) -> Self {
        let m = jump_masks(n);
        let c = |b: usize| Constant::new(u64::from(m[b]).into());
        Self {
            state: Default::default(),
            row_used: Default::default(),
            chain_in: Default::default(),
            chain_out: Default::default(),
            stepped: Default::default(),
            n: Constant::new(n.to_bits()),
            m0: c(0),
            m1: c(1),
            m2: c(2),
            m3: c(3),
            m4: c(4),
            m5: c(5),
            m6: c(6),
            m7: c(7),
            m8: c(8),
            m9: c(9),
            m10: c(10),
            m11: c(11),
            m12: c(12),
            m13: c(13),
            m14: c(14),
            m15: c(15),
        }
    }
}

impl Logic for Jump {
    #[hdl_gen]
    fn update(&mut self) {
        self.stepped.next = 0.into();
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(0, (self.state.val() & self.m0.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(1, (self.state.val() & self.m1.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(2, (self.state.val() & self.m2.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(3, (self.state.val() & self.m3.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(4, (self.state.val() & self.m4.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(5, (self.state.val() & self.m5.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(6, (self.state.val() & self.m6.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(7, (self.state.val() & self.m7.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(8, (self.state.val() & self.m8.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(9, (self.state.val() & self.m9.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(10, (self.state.val() & self.m10.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(11, (self.state.val() & self.m11.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(12, (self.state.val() & self.m12.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(13, (self.state.val() & self.m13.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(14, (self.state.val() & self.m14.val()).xor());
        self.stepped.next = self
            .stepped
            .val()
            .replace_bit(15, (self.state.val() & self.m15.val()).xor());
        if self.row_used.val() == self.n.val() {
            self.chain_out.next = self.chain_in.val() | self.stepped.val();
        } else {
            self.chain_out.next = self.chain_in.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{settle, yosys_check};
    use crate::chip::signs::lfsr_steps;

    #[test]
    fn a_jump_steps_the_state_n_times_when_the_row_has_n_lanes() {
        for n in [1usize, 3, 50] {
            let mut uut = Jump::new(n);
            uut.connect_all();
            for st in [1u16, 0xACE1, 0xFFFF] {
                uut.state.next = u64::from(st).into();
                uut.chain_in.next = 0.into();
                uut.row_used.next = n.to_bits();
                assert!(settle(&mut uut));
                assert_eq!(uut.chain_out.val().to_u64() as u16, lfsr_steps(st, n));
                uut.row_used.next = (n + 1).to_bits();
                uut.chain_in.next = 0x0F0Fu64.into();
                assert!(settle(&mut uut));
                assert_eq!(uut.chain_out.val().to_u64(), 0x0F0F, "another row length");
            }
        }
    }

    #[test]
    fn jump_synthesizes() {
        let mut uut = Jump::new(8);
        uut.connect_all();
        yosys_check("jump", &uut).unwrap();
    }
}
