//! `Cost`: the MSE of one inference and the difference C~ = C - C0.
//!
//! The network strobes each row of outputs y_k; their terms (y_k - t_k)^2, t_k 1.0 (one-hot:
//! the label's output; a single output's target is the label itself) or 0, come summed from
//! the row's cost terms (`blocks::cost_term`, `squares`, exact), saturated once to 32 bits
//! (`fixed::Formats::row_term`). The block accumulates them into `cost` (32 bits,
//! saturating): with `2a + 1` fraction bits that integer *is* C = sum (y - t)^2 / 2, no
//! rounding. `latch_base` copies C
//! into `cost_base` (C0) after a baseline inference; `cost_delta` = C - C0 (both in
//! [0, 2^31), so it cannot wrap), with `[chip] pipeline` from a register (`delta`) that takes
//! C - C0 at every edge. For node
//! perturbation `delta_node` is C~ narrowed to the lanes' 16-bit multiplier operand,
//! sat(C~ >>> delta_shift) (`fixed::Formats::node_delta`), with the pipeline from a register
//! (`delta16`) beside `delta`.
//! Rules: `fixed::Formats::{cost_term, cost_add}`. Twin: `model::cost`.

use crate::fixed::{max_of, to_hw, SQUARES_W, THETA_W, WIDE_W};

use super::network::flipped;
use rust_hdl::prelude::*;

// `hdl_gen` takes only literal bit numbers: `squares`' bits above the 32-bit cost.
const _: () = assert!(SQUARES_W - WIDE_W + 1 == 7);

/// MSE accumulator and baseline register.
#[derive(LogicBlock)]
pub struct Cost {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: both registers to 0.
    pub reset: Signal<In, Bit>,
    /// Start of an inference: C = 0.
    pub clear: Signal<In, Bit>,
    /// Fold the row's terms into C at this edge.
    pub strobe: Signal<In, Bit>,
    /// The row's terms (y - t)^2 summed, exact (`blocks::cost_term`): this cycle's, or with
    /// the pipeline those of the outputs strobed a cycle before.
    pub squares: Signal<In, Bits<SQUARES_W>>,
    /// C0 = C at this edge (after a baseline inference).
    pub latch_base: Signal<In, Bit>,
    /// `delta` and `delta16` keep their C~ (a deferred Corr sweep's, `sequencer.deferred`).
    pub hold: Signal<In, Bit>,
    /// `delta` and `delta16` take C - C0 even while held: a handed-over perturbed inference
    /// drained (`[chip] handover`, `sequencer.latch_pert`).
    pub latch_pert: Signal<In, Bit>,
    /// C, format `Cost`.
    pub cost: Signal<Out, Signed<WIDE_W>>,
    /// C0, format `Cost`.
    pub cost_base: Signal<Out, Signed<WIDE_W>>,
    /// C~ = C - C0, format `Cost`.
    pub cost_delta: Signal<Out, Signed<WIDE_W>>,
    /// -C~ = C0 - C (the correlator's other choice), registered with the pipeline as `delta`.
    pub cost_neg_delta: Signal<Out, Signed<WIDE_W>>,
    /// C~16 = C~ >>> delta_shift, saturated to +/-(2^15 - 1) (node perturbation's operand).
    pub delta_node: Signal<Out, Signed<THETA_W>>,
    sum: DFF<Signed<WIDE_W>>,
    base: DFF<Signed<WIDE_W>>,
    /// With the pipeline, C~ registered (`sum - base` as of the last edge; both are held from
    /// the end of an inference through the Corr sweep), so the sweep's path starts at a
    /// register; 0 without it.
    delta: DFF<Signed<WIDE_W>>,
    /// With the pipeline, -C~ registered beside `delta` (`base - sum`, taken when `delta`
    /// takes C~), so the lanes' correlators choose between two registers and no 32-bit
    /// negation follows them; 0 without it.
    neg_delta: DFF<Signed<WIDE_W>>,
    /// With the pipeline, C~16 registered beside `delta` (sat((sum - base) >>> delta_shift)
    /// as of the last edge), so node perturbation's Corr path starts at the multiplier's
    /// operand; 0 without it.
    delta16: DFF<Signed<THETA_W>>,
    /// With the pipeline (stage 7): the strobe, whose outputs' magnitudes the cost terms
    /// register (`pipe_mag`), squared a cycle later.
    pipe_strobe: DFF<Bit>,
    /// With the pipeline (stage 8): the row's (y - t)^2 and its strobe, folded into `sum` a
    /// cycle later (0 but after a strobe).
    pipe_term: DFF<Signed<WIDE_W>>,
    /// See `pipe_term`.
    pipe_fold: DFF<Bit>,
    term: Signal<Local, Signed<WIDE_W>>,
    fold: Signal<Local, Bit>,
    /// `squares` saturated to 32 bits (`fixed::Formats::row_term`).
    square: Signal<Local, Signed<WIDE_W>>,
    total: Signal<Local, Signed<WIDE_W>>,
    delta_v: Signal<Local, Signed<WIDE_W>>,
    raw: Signal<Local, Signed<WIDE_W>>,
    neg_v: Signal<Local, Signed<WIDE_W>>,
    neg_raw: Signal<Local, Signed<WIDE_W>>,
    narrow: Signal<Local, Signed<THETA_W>>,
    delta_sh: Signal<Local, Bits<WIDE_W>>,
    delta_f: Signal<Local, Bits<WIDE_W>>,
    wide_max: Constant<Signed<WIDE_W>>,
    delta_shift: Constant<Bits<WIDE_W>>,
    delta_fill: Constant<Bits<WIDE_W>>,
    node_max: Constant<Signed<THETA_W>>,
    node_min: Constant<Signed<THETA_W>>,
    flip: Constant<Bits<WIDE_W>>,
    node_max_f: Constant<Bits<WIDE_W>>,
    node_min_f: Constant<Bits<WIDE_W>>,
    piped: Constant<Bit>,
    /// The row has more than one term (`[chip] pe` > 1): their sum may pass 2^31.
    wide: Constant<Bit>,
}

impl Default for Cost {
    /// Unpipelined, no shift, one term a row.
    fn default() -> Self {
        Self::new(false, 0, 1)
    }
}

impl Cost {
    /// The cost block, with C~ registered if `pipeline` (`[chip] pipeline`),
    /// `delta_node` = sat(C~ >>> `delta_shift`), for rows of `pe` outputs.
    pub fn new(pipeline: bool, delta_shift: u32, pe: usize) -> Self {
        assert!(delta_shift < WIDE_W as u32);
        let m = max_of(THETA_W as u32);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            clear: Default::default(),
            strobe: Default::default(),
            squares: Default::default(),
            latch_base: Default::default(),
            hold: Default::default(),
            latch_pert: Default::default(),
            cost: Default::default(),
            cost_base: Default::default(),
            cost_delta: Default::default(),
            cost_neg_delta: Default::default(),
            delta_node: Default::default(),
            sum: Default::default(),
            base: Default::default(),
            delta: Default::default(),
            neg_delta: Default::default(),
            delta16: Default::default(),
            pipe_strobe: Default::default(),
            pipe_term: Default::default(),
            pipe_fold: Default::default(),
            term: Default::default(),
            fold: Default::default(),
            square: Default::default(),
            total: Default::default(),
            delta_v: Default::default(),
            neg_v: Default::default(),
            neg_raw: Default::default(),
            raw: Default::default(),
            narrow: Default::default(),
            delta_sh: Default::default(),
            delta_f: Default::default(),
            wide_max: Constant::new(to_hw(i32::MAX as i64)),
            delta_shift: Constant::new(delta_shift.to_bits()),
            delta_fill: Constant::new((!(u32::MAX >> delta_shift) as u64).into()),
            node_max: Constant::new(to_hw(m)),
            node_min: Constant::new(to_hw(-m)),
            flip: Constant::new(0x8000_0000u64.into()),
            node_max_f: Constant::new(flipped(m)),
            node_min_f: Constant::new(flipped(-m)),
            piped: Constant::new(pipeline),
            wide: Constant::new(pe > 1),
        }
    }
}

impl Logic for Cost {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            sum,
            base,
            delta,
            neg_delta,
            delta16,
            pipe_strobe,
            pipe_term,
            pipe_fold
        );
        self.pipe_strobe.d.next = self.piped.val() & self.strobe.val();
        // The row's terms, saturated once: both C and the sum are >= 0. One term (PE = 1) is
        // below 2^31 (|y - t| < 2^15: the act formats keep a guard bit).
        self.square.next = signed_cast(self.squares.val().get_bits::<WIDE_W>(0));
        if self.wide.val() & self.squares.val().get_bits::<7>(31).any() {
            self.square.next = self.wide_max.val();
        }
        self.pipe_term.d.next = 0.into();
        if self.pipe_strobe.q.val() {
            self.pipe_term.d.next = self.square.val();
        }
        self.pipe_fold.d.next = self.pipe_strobe.q.val();
        self.term.next = self.square.val();
        self.fold.next = self.strobe.val();
        if self.piped.val() {
            self.term.next = self.pipe_term.q.val();
            self.fold.next = self.pipe_fold.q.val();
        }
        // Both terms are >= 0: a set sign bit means the 32-bit add overflowed.
        self.total.next = self.sum.q.val() + self.term.val();
        if self.total.val().get_bit(31) {
            self.total.next = self.wide_max.val();
        }
        if self.fold.val() {
            self.sum.d.next = self.total.val();
        }
        if self.clear.val() {
            self.sum.d.next = 0.into();
        }
        if self.latch_base.val() {
            self.base.d.next = self.sum.q.val();
        }
        if self.reset.val() {
            self.sum.d.next = 0.into();
            self.base.d.next = 0.into();
        }
        self.cost.next = self.sum.q.val();
        self.cost_base.next = self.base.q.val();
        // C~ of this edge's C and C0: the output without the pipeline, registered with it.
        self.raw.next = self.sum.q.val() - self.base.q.val();
        self.delta.d.next = 0.into();
        if self.piped.val() {
            self.delta.d.next = self.raw.val();
        }
        if self.hold.val() {
            self.delta.d.next = self.delta.q.val();
        }
        if self.piped.val() & self.latch_pert.val() {
            self.delta.d.next = self.raw.val();
        }
        if self.piped.val() {
            self.delta_v.next = self.delta.q.val();
        } else {
            self.delta_v.next = self.raw.val();
        }
        self.cost_delta.next = self.delta_v.val();
        // -C~ as `delta` takes C~ (C and C0 in [0, 2^31): no wrap either way).
        self.neg_raw.next = self.base.q.val() - self.sum.q.val();
        self.neg_delta.d.next = 0.into();
        if self.piped.val() {
            self.neg_delta.d.next = self.neg_raw.val();
        }
        if self.hold.val() {
            self.neg_delta.d.next = self.neg_delta.q.val();
        }
        if self.piped.val() & self.latch_pert.val() {
            self.neg_delta.d.next = self.neg_raw.val();
        }
        if self.piped.val() {
            self.neg_v.next = self.neg_delta.q.val();
        } else {
            self.neg_v.next = self.neg_raw.val();
        }
        self.cost_neg_delta.next = self.neg_v.val();
        // C~16 of `raw`: floor shift (logical shift plus sign fill), clamped by sign-flipped
        // compares.
        self.delta_sh.next = unsigned_cast(self.raw.val()) >> self.delta_shift.val();
        if self.raw.val().get_bit(31) {
            self.delta_sh.next =
                (unsigned_cast(self.raw.val()) >> self.delta_shift.val()) | self.delta_fill.val();
        }
        self.delta_f.next = self.delta_sh.val() ^ self.flip.val();
        if self.delta_f.val() > self.node_max_f.val() {
            self.narrow.next = self.node_max.val();
        } else if self.delta_f.val() < self.node_min_f.val() {
            self.narrow.next = self.node_min.val();
        } else {
            self.narrow.next = signed_cast(self.delta_sh.val().get_bits::<THETA_W>(0));
        }
        self.delta16.d.next = 0.into();
        if self.piped.val() {
            self.delta16.d.next = self.narrow.val();
        }
        if self.hold.val() {
            self.delta16.d.next = self.delta16.q.val();
        }
        if self.piped.val() & self.latch_pert.val() {
            self.delta16.d.next = self.narrow.val();
        }
        // One assignment per pass: the lanes read it.
        if self.piped.val() {
            self.delta_node.next = self.delta16.q.val();
        } else {
            self.delta_node.next = self.narrow.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{drive, yosys_check};
    use crate::fixed::{from_hw, Act, Cost as C};
    use crate::fixtures::xor_config;

    #[test]
    fn cost_accumulates_squares_and_differences() {
        let f = crate::chip::formats::formats(&xor_config()).unwrap();
        let one = f.one().0 as i64;
        let mut uut = Cost::new(false, 0, 1);
        uut.connect_all();
        let pairs = [
            (one / 4, one),
            (one, 0),
            (3 * one / 4, 0),
            (0, 0),
            (-one / 2, one),
        ];
        let mut want = C(0);
        uut.clear.next = true;
        assert!(drive(&mut uut, |u| &mut u.clock));
        uut.clear.next = false;
        uut.strobe.next = true;
        for (y, t) in pairs {
            uut.squares.next = (f.cost_term(Act(y as i32), t == one) as u64).into();
            assert!(drive(&mut uut, |u| &mut u.clock));
            want = f.cost_add(want, f.cost_term(Act(y as i32), t == one));
            assert_eq!(from_hw(uut.cost.val()), want.0);
        }
        // (0.75^2 + 1 + 0.75^2 + 1.5^2) / 2 in the cost format.
        let real = crate::fixed::to_f64(want.0, f.cost_frac);
        assert!(
            (real - (0.5625 + 1.0 + 0.5625 + 2.25) / 2.0).abs() < 1e-9,
            "{real}"
        );
        uut.strobe.next = false;
        uut.latch_base.next = true;
        assert!(drive(&mut uut, |u| &mut u.clock));
        uut.latch_base.next = false;
        assert_eq!(from_hw(uut.cost_delta.val()), 0);
        uut.clear.next = true;
        assert!(drive(&mut uut, |u| &mut u.clock));
        assert_eq!(from_hw(uut.cost_delta.val()), -want.0);
        assert_eq!(from_hw(uut.cost_base.val()), want.0);
    }

    #[test]
    fn cost_saturates_instead_of_wrapping() {
        let f = crate::chip::formats::formats(&xor_config()).unwrap();
        for pipeline in [false, true] {
            let mut uut = Cost::new(pipeline, 0, 2);
            uut.connect_all();
            uut.strobe.next = true;
            // |y - 1.0| = 32767, the largest magnitude: 4 squares pass 2^31.
            uut.squares.next = (32767u64 * 32767).into();
            for _ in 0..6 {
                assert!(drive(&mut uut, |u| &mut u.clock));
            }
            assert_eq!(from_hw(uut.cost.val()), i32::MAX as i64);
            // A row's sum past 32 bits is one saturated term (`Formats::row_term`).
            uut.clear.next = true;
            assert!(drive(&mut uut, |u| &mut u.clock));
            uut.clear.next = false;
            let big = 3 * 32767u64 * 32767;
            uut.squares.next = big.into();
            assert!(drive(&mut uut, |u| &mut u.clock));
            uut.strobe.next = false;
            for _ in 0..3 {
                assert!(drive(&mut uut, |u| &mut u.clock));
            }
            assert_eq!(
                from_hw(uut.cost.val()),
                f.cost_add(C(0), f.row_term([big as i64])).0
            );
            assert_eq!(from_hw(uut.cost.val()), i32::MAX as i64);
        }
    }

    #[test]
    fn cost_synthesizes() {
        let mut uut = Cost::default();
        uut.connect_all();
        yosys_check("cost", &uut).unwrap();
    }
}
