//! `CostTerm`: (y - t)^2 of one of a row's PE outputs (`[chip] pe`, `trainer.cost_terms$g`),
//! for the cost block. Both |y| and |y - 1.0| are formed from y alone and `hot` picks one at
//! the end, so the label's compare runs beside the subtraction, not into its carry chain (stop
//! 50's ECP5 critical path). With `[chip] pipeline` the magnitude is registered (`pipe_mag`,
//! stage 7) and squared a cycle later. The terms of a row are chained (`sum_in` -> `sum_out`,
//! exact at `fixed::SQUARES_W` bits) into the cost block's `squares`, which saturates their
//! sum once (`fixed::Formats::row_term`).
//! Rules: `fixed::Formats::{cost_mag, cost_square}`. Twin: `model::cost` (`pipe_mag`,
//! `pipe_mags`).

use crate::chip::regs::LABEL_W;
use crate::fixed::{to_hw, ACT_W, SQUARES_W, WIDE_W};

use rust_hdl::prelude::*;

/// One output's cost term.
#[derive(LogicBlock)]
pub struct CostTerm {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// The output is strobed into C at this edge (with the pipeline `pipe_mag` takes it).
    pub strobe: Signal<In, Bit>,
    /// The output activation, format `Act`.
    pub y: Signal<In, Signed<ACT_W>>,
    /// The index of the row's first output (`network.y_index`; this one's is that plus the
    /// term's group).
    pub y_index: Signal<In, Bits<LABEL_W>>,
    /// The label the outputs are compared with (`trainer.cost_label`).
    pub label: Signal<In, Bits<LABEL_W>>,
    /// The terms of the row's earlier outputs.
    pub sum_in: Signal<In, Bits<SQUARES_W>>,
    /// `sum_in` plus this output's (y - t)^2: of this cycle's output, or with the pipeline of
    /// the registered magnitude.
    pub sum_out: Signal<Out, Bits<SQUARES_W>>,
    /// With the pipeline (stage 7): |y - t| of the strobed output, squared a cycle later (0
    /// but after a strobe; always 0 without the pipeline). The difference is taken before the
    /// register, so the square's stage starts at the multiplier's operand.
    pipe_mag: DFF<Bits<ACT_W>>,
    /// y - 1.0.
    diff: Signal<Local, Signed<ACT_W>>,
    /// |y - 1.0|.
    off_mag: Signal<Local, Bits<ACT_W>>,
    /// |y|.
    y_mag: Signal<Local, Bits<ACT_W>>,
    /// This output's index: `y_index` + g.
    index: Signal<Local, Bits<LABEL_W>>,
    /// The output's target is 1.0: the label's output (one-hot), or a single output whose
    /// label is 1 (`chip::target_hit`).
    hot: Signal<Local, Bit>,
    /// |y - t|: `off_mag` if `hot`, else `y_mag`.
    mag: Signal<Local, Bits<ACT_W>>,
    mag_sq: Signal<Local, Bits<ACT_W>>,
    square_u: Signal<Local, Bits<WIDE_W>>,
    piped: Constant<Bit>,
    /// 1.0 in the `Act` format.
    one: Constant<Signed<ACT_W>>,
    /// The term's group g: its output is `y_index` + g.
    group: Constant<Bits<LABEL_W>>,
    /// One output: its target is the label's bit 0.
    single_output: Constant<Bit>,
    /// A later term of the row (g > 0): it adds `sum_in` (term 0 starts the chain).
    chained: Constant<Bit>,
}

impl CostTerm {
    /// The cost term of a row's output `group`, its magnitude registered if `pipeline`; `one`
    /// the raw 1.0 of the `Act` format; `single_output` for a one-output network.
    pub fn new(pipeline: bool, one: i64, group: usize, single_output: bool) -> Self {
        Self {
            clock: Default::default(),
            strobe: Default::default(),
            y: Default::default(),
            y_index: Default::default(),
            label: Default::default(),
            index: Default::default(),
            hot: Default::default(),
            sum_in: Default::default(),
            sum_out: Default::default(),
            pipe_mag: Default::default(),
            diff: Default::default(),
            off_mag: Default::default(),
            y_mag: Default::default(),
            mag: Default::default(),
            mag_sq: Default::default(),
            square_u: Default::default(),
            piped: Constant::new(pipeline),
            one: Constant::new(to_hw(one)),
            group: Constant::new(group.to_bits()),
            single_output: Constant::new(single_output),
            chained: Constant::new(group > 0),
        }
    }
}

impl Logic for CostTerm {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pipe_mag);
        // d * d from the unsigned multiplier: |d| squared (d never the most negative value).
        // Both candidates for d come from y alone; `hot` chooses last.
        self.diff.next = self.y.val() - self.one.val();
        self.off_mag.next = unsigned_cast(self.diff.val());
        if self.diff.val().get_bit(15) {
            self.off_mag.next = unsigned_cast(-self.diff.val());
        }
        self.y_mag.next = unsigned_cast(self.y.val());
        if self.y.val().get_bit(15) {
            self.y_mag.next = unsigned_cast(-self.y.val());
        }
        self.index.next = self.y_index.val();
        if self.chained.val() {
            self.index.next = self.y_index.val() + self.group.val();
        }
        self.hot.next = (self.single_output.val() & self.label.val().get_bit(0))
            | (!self.single_output.val() & (self.index.val() == self.label.val()));
        if self.hot.val() {
            self.mag.next = self.off_mag.val();
        } else {
            self.mag.next = self.y_mag.val();
        }
        self.pipe_mag.d.next = 0.into();
        if self.piped.val() & self.strobe.val() {
            self.pipe_mag.d.next = self.mag.val();
        }
        // The square: of this cycle's |d|, or with the pipeline of the registered one.
        self.mag_sq.next = self.mag.val();
        if self.piped.val() {
            self.mag_sq.next = self.pipe_mag.q.val();
        }
        // The product goes to a 32-bit signal first: inside `$signed(..)` Verilog would size
        // it by its 16-bit operands and drop the top half.
        self.square_u.next = self.mag_sq.val() * self.mag_sq.val();
        if self.chained.val() {
            self.sum_out.next =
                self.sum_in.val() + bit_cast::<SQUARES_W, WIDE_W>(self.square_u.val());
        } else {
            self.sum_out.next = bit_cast::<SQUARES_W, WIDE_W>(self.square_u.val());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{drive, settle, yosys_check};
    use crate::fixed::Act;
    use crate::fixtures::xor_config;

    /// The term of any output is `fixed::Formats::cost_term`, added to the chain, at once or
    /// a cycle later with the pipeline.
    #[test]
    fn the_term_is_the_fixed_rule() {
        let f = crate::chip::formats::formats(&xor_config()).unwrap();
        let one = f.one().0 as i64;
        for pipeline in [false, true] {
            let mut uut = CostTerm::new(pipeline, one, 1, false);
            // (Term 1: it adds the chain's `sum_in`.)
            uut.connect_all();
            for (y, hot) in [
                (one / 4, true),
                (one, false),
                (-one / 2, true),
                (-16384, true),
                (16383, false),
            ] {
                uut.y.next = to_hw(y);
                // Output 2 + 1: hot for label 3.
                uut.y_index.next = 2.into();
                uut.label.next = if hot { 3 } else { 1 }.into();
                uut.strobe.next = true;
                uut.sum_in.next = 5.into();
                if pipeline {
                    assert!(drive(&mut uut, |u| &mut u.clock));
                    uut.strobe.next = false;
                }
                assert!(settle(&mut uut));
                let want = 5 + f.cost_term(Act(y as i32), hot);
                let got: u64 = uut.sum_out.val().into();
                assert_eq!(got as i64, want, "y {y} hot {hot}");
            }
        }
    }

    #[test]
    fn cost_term_synthesizes() {
        let mut uut = CostTerm::new(true, 4096, 0, false);
        uut.connect_all();
        yosys_check("cost_term", &uut).unwrap();
    }
}
