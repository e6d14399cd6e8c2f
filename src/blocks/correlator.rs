//! `Correlator`: the local error e_i = s_i * C~. With s_i = +/-1 this is a pass or a negation
//! (no multiplier); a parameter that time multiplexing leaves unperturbed gets e_i = 0.
//! One correlator serves every parameter in the serial sweep. Rule: `fixed::Formats::correlate`.
//! Twin: `model::correlator` (later). Tests at the bottom of this file.

use crate::fixed::WIDE_W;
use rust_hdl::prelude::*;

/// e_i = +C~ (sign 1), -C~ (sign 0), 0 if not active. Combinational: a choice of its two
/// inputs.
#[derive(LogicBlock, Default)]
pub struct Correlator {
    /// s_i: 1 for +1, 0 for -1.
    pub sign: Signal<In, Bit>,
    /// Parameter perturbed in this window.
    pub active: Signal<In, Bit>,
    /// C~ = C - C0, format `Cost`. Never the most negative 32-bit value (|C~| < 2^31).
    pub cost_delta: Signal<In, Signed<WIDE_W>>,
    /// -C~, given beside C~ (the pipelined chip registers both, `cost.neg_delta`), so that
    /// e_i is a choice between two words and no negation follows the registers.
    pub neg_cost_delta: Signal<In, Signed<WIDE_W>>,
    /// e_i, format `Corr`.
    pub corr: Signal<Out, Signed<WIDE_W>>,
}

impl Logic for Correlator {
    #[hdl_gen]
    fn update(&mut self) {
        // One assignment per pass (an output read by another block must not glitch).
        if !self.active.val() {
            self.corr.next = 0.into();
        } else if self.sign.val() {
            self.corr.next = self.cost_delta.val();
        } else {
            self.corr.next = self.neg_cost_delta.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{settle, yosys_check};
    use crate::fixed::{from_hw, to_hw, Cost};
    use crate::fixtures::xor_config;

    #[test]
    fn correlator_sign_passes_or_negates() {
        let f = crate::chip::formats::formats(&xor_config()).unwrap();
        let mut uut = Correlator::default();
        uut.connect_all();
        for d in [
            0i64,
            1,
            -1,
            12345,
            -(1 << 30),
            (1 << 31) - 1,
            -(1 << 31) + 1,
        ] {
            for (sign, active) in [(true, true), (false, true), (true, false), (false, false)] {
                uut.cost_delta.next = to_hw(d);
                uut.neg_cost_delta.next = to_hw(-d);
                uut.sign.next = sign;
                uut.active.next = active;
                assert!(settle(&mut uut));
                let want = f.correlate(Cost(d), sign, active).0;
                assert_eq!(
                    from_hw(uut.corr.val()),
                    want,
                    "d {d}, sign {sign}, active {active}"
                );
                assert_eq!(
                    want,
                    if active {
                        if sign {
                            d
                        } else {
                            -d
                        }
                    } else {
                        0
                    }
                );
            }
        }
    }

    #[test]
    fn correlator_synthesizes() {
        let mut uut = Correlator::default();
        uut.connect_all();
        yosys_check("correlator", &uut).unwrap();
    }
}
