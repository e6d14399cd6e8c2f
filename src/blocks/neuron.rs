//! `Neuron`: one neuron's accumulator and activation, PE of them side by side (`[chip] pe`,
//! `trainer.neurons$g`). Neuron g adds its group's adder-tree root (`row_sum`, the row's
//! products of group g's lanes) to `acc`, exact at `fixed::ACC_W` bits; at a row that ends
//! its neuron the sum becomes u = sat_act(sat32(sum) >>> t) (formed as one clamp of the exact
//! sum, `u_mask`) and the activation (hard sigmoid clamp((u >>> 2) + 1/2, 0, 1), ReLU, or the
//! logistic table) is `y`. The logistic sigmoid is a combinational 4096 x 16 ROM (`sig_rom`, a
//! Verilog `case`): the saturated sum is clamped to [-8, 8), rounded to the nearest 1/256 and
//! its low 12 bits (top bit flipped) address the table, whose words are `fixed::activate`
//! itself evaluated at each entry's centre.
//!
//! With `[chip] pipeline` a finished neuron's sum waits in `pipe_sum` (stage 3 -> 4), the
//! activation's input (`fixed::activation_input`) in `pipe_u` (4 -> 5) and the activation in
//! `pipe_out` (5 -> 6), so `y` is stage 6's; the network says which row is in which stage
//! (`blocks::network`'s `sum_live`, `sum_ends`, `act_starts`, `act_ends`). Without it all
//! happens in the row's cycle.
//!
//! The row's first largest output for the score (`model::score::fold` in index order) is a
//! chain through the neurons: `pick_in` -> `pick_out` takes `y` if it is larger (neuron 0
//! always), with its group in `pick_group_out`.
//! Rules: `fixed::Formats::neuron`, `fixed::activate`. Twin: `model::network::Neuron`.

use crate::chip::regs::LABEL_W;
use crate::config::Activation;
use crate::fixed::{activate, max_of, min_of, to_hw, Formats, ACC_W, ACT_W, SIG_K, SIG_N, WIDE_W};
use rust_hdl::prelude::*;

use super::network::flipped;

/// Bits 41..31 of the accumulator: all equal iff its sum fits 32 bits. The gates name bit 41
/// (`ACC_W - 1`) as a literal, as `hdl_gen` needs.
const HI_W: usize = ACC_W - WIDE_W + 1;
const _: () = assert!(ACC_W == 42);

/// Address bits of the sigmoid ROM (`fixed::SIG_K`).
pub const SIG_W: usize = SIG_K as usize;

/// One neuron of a row. Port names = Verilog = VCD.
#[derive(LogicBlock)]
pub struct Neuron {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: accumulator 0.
    pub reset: Signal<In, Bit>,
    /// An inference starts (without the pipeline the accumulator restarts at 0).
    pub start: Signal<In, Bit>,
    /// The group's products of the row in stage 3 (or of this cycle's row).
    pub row_sum: Signal<In, Signed<ACC_W>>,
    /// `acc` takes the sum at this edge (a row cycle; always with the pipeline).
    pub sum_live: Signal<In, Bit>,
    /// The row whose products `row_sum` is ends the neuron: the sum is finished.
    pub sum_ends: Signal<In, Bit>,
    /// With the pipeline, stage 4 holds a finished neuron (`pipe_u` takes its input).
    pub act_starts: Signal<In, Bit>,
    /// With the pipeline, stage 5 holds a finished neuron (`pipe_out` takes its output).
    pub act_ends: Signal<In, Bit>,
    /// The neuron's activation: this cycle's without the pipeline, stage 6's with it.
    pub y: Signal<Out, Signed<ACT_W>>,
    /// The largest `y` of the row's earlier neurons (unused by neuron 0).
    pub pick_in: Signal<In, Signed<ACT_W>>,
    /// Its group.
    pub pick_group_in: Signal<In, Bits<LABEL_W>>,
    /// `y` if it is larger than `pick_in` (always in neuron 0), else `pick_in`.
    pub pick_out: Signal<Out, Signed<ACT_W>>,
    /// The group of `pick_out`.
    pub pick_group_out: Signal<Out, Bits<LABEL_W>>,
    /// This neuron's group g.
    group: Constant<Bits<LABEL_W>>,
    /// Neuron 0 starts the pick.
    first: Constant<Bit>,
    flip16: Constant<Bits<ACT_W>>,
    /// The logistic table, `fixed::activate` at each `Formats::sig_grid` sum (empty, so all
    /// zero, unless the activation is sigmoid).
    pub sig_rom: ROM<Bits<ACT_W>, SIG_W>,
    acc: DFF<Signed<ACC_W>>,
    /// Pipeline stage 3 -> 4: a finished neuron's exact sum (else 0).
    pipe_sum: DFF<Signed<ACC_W>>,
    /// Pipeline stage 4 -> 5: a finished neuron's activation input
    /// (`fixed::activation_input`: u, or the sigmoid's table step j; else 0).
    pipe_u: DFF<Signed<ACT_W>>,
    /// Pipeline stage 5 -> 6: a finished neuron's activation (else 0).
    pipe_out: DFF<Signed<ACT_W>>,
    v_in: Signal<Local, Signed<ACT_W>>,
    v: Signal<Local, Signed<ACT_W>>,
    v32: Signal<Local, Signed<WIDE_W>>,
    v_u: Signal<Local, Bits<ACT_W>>,
    fin: Signal<Local, Signed<ACC_W>>,
    sum: Signal<Local, Signed<ACC_W>>,
    sum_u: Signal<Local, Bits<ACC_W>>,
    sum_hi: Signal<Local, Bits<HI_W>>,
    sat: Signal<Local, Signed<WIDE_W>>,
    u_top: Signal<Local, Bits<ACC_W>>,
    u_shift: Signal<Local, Bits<ACC_W>>,
    quarter: Signal<Local, Bits<WIDE_W>>,
    h: Signal<Local, Signed<WIDE_W>>,
    g: Signal<Local, Signed<WIDE_W>>,
    sat_f: Signal<Local, Bits<WIDE_W>>,
    sig_c: Signal<Local, Bits<WIDE_W>>,
    sig_r: Signal<Local, Bits<WIDE_W>>,
    sig_j: Signal<Local, Bits<WIDE_W>>,
    out: Signal<Local, Signed<ACT_W>>,
    y_v: Signal<Local, Signed<ACT_W>>,
    one32: Constant<Signed<WIDE_W>>,
    half32: Constant<Signed<WIDE_W>>,
    zero32: Constant<Signed<WIDE_W>>,
    zero_acc: Constant<Signed<ACC_W>>,
    hi_ones: Constant<Bits<HI_W>>,
    act_max: Constant<Signed<ACT_W>>,
    act_min: Constant<Signed<ACT_W>>,
    /// Bits 41 down to t + w - 1 of the exact sum (t = theta_frac, w the act width): all
    /// equal iff sum >>> t fits the act format.
    u_mask: Constant<Bits<ACC_W>>,
    wide_max: Constant<Signed<WIDE_W>>,
    wide_min: Constant<Signed<WIDE_W>>,
    theta_frac: Constant<Bits<8>>,
    quarter_fill: Constant<Bits<WIDE_W>>,
    relu: Constant<Bit>,
    flip: Constant<Bits<WIDE_W>>,
    one_f: Constant<Bits<WIDE_W>>,
    sigmoid: Constant<Bit>,
    sig_lo_f: Constant<Bits<WIDE_W>>,
    sig_hi_f: Constant<Bits<WIDE_W>>,
    sig_lo: Constant<Bits<WIDE_W>>,
    sig_hi: Constant<Bits<WIDE_W>>,
    sig_half: Constant<Bits<WIDE_W>>,
    sig_half_neg: Constant<Bits<WIDE_W>>,
    sig_shift: Constant<Bits<8>>,
    sig_fill: Constant<Bits<WIDE_W>>,
    sig_mid: Constant<Bits<SIG_W>>,
    piped: Constant<Bit>,
}

impl Neuron {
    /// Neuron `group` of a row, with the formats and activation of `formats`, pipelined or
    /// not.
    pub fn new(formats: &Formats, pipeline: bool, group: usize) -> Self {
        let one = formats.one().0 as i64;
        let aw = formats.act.width();
        let sigmoid = formats.activation == Activation::Sigmoid;
        let sig_table: Vec<Bits<ACT_W>> = if sigmoid {
            (0..SIG_N)
                .map(|i| (activate(formats, formats.sig_grid(i)).0 as u64).into())
                .collect()
        } else {
            vec![]
        };
        // Sigmoid index constants (unused, but well-formed, for the other activations).
        let (sig_lo, sig_hi, sig_s) = if sigmoid {
            let (lo, hi) = formats.sig_clamp();
            (lo, hi, formats.sig_shift())
        } else {
            (0, 0, 1)
        };
        let bits32 = |x: i64| -> Bits<WIDE_W> { (x as u32 as u64).into() };
        // Stage 4 clamps the exact sum once (`update`): sum >>> t fits w bits iff its bits 41
        // down to t + w - 1 agree, and then its bits t + 15 .. t are u; the formats' widths
        // (t < 16, w <= 16) keep t + w - 1 below 31, so a sum that sat32 would move is on a
        // rail either way.
        let u_low = formats.theta.frac_bits as usize + aw as usize - 1;
        assert!(u_low < WIDE_W - 1 && formats.theta.frac_bits as usize + ACT_W <= ACC_W);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            row_sum: Default::default(),
            sum_live: Default::default(),
            sum_ends: Default::default(),
            act_starts: Default::default(),
            act_ends: Default::default(),
            y: Default::default(),
            pick_in: Default::default(),
            pick_group_in: Default::default(),
            pick_out: Default::default(),
            pick_group_out: Default::default(),
            group: Constant::new(group.to_bits()),
            first: Constant::new(group == 0),
            flip16: Constant::new(0x8000u64.into()),
            sig_rom: ROM::from(sig_table.into_iter()),
            acc: Default::default(),
            pipe_sum: Default::default(),
            pipe_u: Default::default(),
            pipe_out: Default::default(),
            v_in: Default::default(),
            v: Default::default(),
            v32: Default::default(),
            v_u: Default::default(),
            fin: Default::default(),
            sum: Default::default(),
            sum_u: Default::default(),
            sum_hi: Default::default(),
            sat: Default::default(),
            u_top: Default::default(),
            u_shift: Default::default(),
            quarter: Default::default(),
            h: Default::default(),
            g: Default::default(),
            sat_f: Default::default(),
            sig_c: Default::default(),
            sig_r: Default::default(),
            sig_j: Default::default(),
            out: Default::default(),
            y_v: Default::default(),
            one32: Constant::new(to_hw(one)),
            half32: Constant::new(to_hw(one / 2)),
            zero32: Constant::new(to_hw(0)),
            zero_acc: Constant::new(0.into()),
            hi_ones: Constant::new(((1u64 << (ACC_W - WIDE_W + 1)) - 1).into()),
            act_max: Constant::new(to_hw(max_of(aw))),
            act_min: Constant::new(to_hw(min_of(aw))),
            u_mask: Constant::new((((1u64 << ACC_W) - 1) & !((1u64 << u_low) - 1)).into()),
            wide_max: Constant::new(to_hw(max_of(32))),
            wide_min: Constant::new(to_hw(min_of(32))),
            theta_frac: Constant::new((formats.theta.frac_bits as u64).into()),
            quarter_fill: Constant::new(0xC000_0000u64.into()),
            relu: Constant::new(formats.activation == Activation::Relu),
            flip: Constant::new(0x8000_0000u64.into()),
            one_f: Constant::new(flipped(one)),
            sigmoid: Constant::new(sigmoid),
            sig_lo_f: Constant::new(flipped(sig_lo)),
            sig_hi_f: Constant::new(flipped(sig_hi)),
            sig_lo: Constant::new(bits32(sig_lo)),
            sig_hi: Constant::new(bits32(sig_hi)),
            sig_half: Constant::new(bits32(1 << (sig_s - 1))),
            sig_half_neg: Constant::new(bits32((1 << (sig_s - 1)) - 1)),
            sig_shift: Constant::new((sig_s as u64).into()),
            sig_fill: Constant::new((!(u32::MAX >> sig_s) as u64).into()),
            sig_mid: Constant::new(((SIG_N / 2) as u64).into()),
            piped: Constant::new(pipeline),
        }
    }
}

impl Logic for Neuron {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, acc, pipe_sum, pipe_u, pipe_out);
        // The neuron's exact sum so far; at its last row, the activation's input (registered
        // with the pipeline).
        self.sum.next = self.acc.q.val() + self.row_sum.val();
        self.pipe_sum.d.next = self.zero_acc.val();
        if self.piped.val() & self.sum_ends.val() {
            self.pipe_sum.d.next = self.sum.val();
        }
        self.fin.next = self.sum.val();
        if self.piped.val() {
            self.fin.next = self.pipe_sum.q.val();
        }
        // The exact sum (ACC_W bits cannot overflow, `fixed::ACC_W`), saturated once to 32
        // bits for the neuron: in range iff its bits 41..31 are all equal.
        self.sat.next = signed_bit_cast::<WIDE_W, ACC_W>(self.fin.val());
        self.sum_u.next = unsigned_cast(self.fin.val());
        self.sum_hi.next = self.sum_u.val().get_bits::<HI_W>(31);
        if self.sum_hi.val().any() & (self.sum_hi.val() != self.hi_ones.val()) {
            self.sat.next = self.wide_max.val();
            if self.fin.val().get_bit(41) {
                self.sat.next = self.wide_min.val();
            }
        }
        // Logistic sigmoid (`fixed::activation_input`): clamp the sum to [sig_lo, sig_hi],
        // round to the nearest table step (ties away from 0: add half a step, minus 1 if
        // negative), j = that >>> sig_shift. All in two's-complement `Bits` (the add wraps
        // like the signed one).
        self.sat_f.next = unsigned_cast(self.sat.val()) ^ self.flip.val();
        self.sig_c.next = unsigned_cast(self.sat.val());
        if self.sat_f.val() > self.sig_hi_f.val() {
            self.sig_c.next = self.sig_hi.val();
        }
        if self.sat_f.val() < self.sig_lo_f.val() {
            self.sig_c.next = self.sig_lo.val();
        }
        self.sig_r.next = self.sig_c.val() + self.sig_half.val();
        if self.sig_c.val().get_bit(31) {
            self.sig_r.next = self.sig_c.val() + self.sig_half_neg.val();
        }
        self.sig_j.next = self.sig_r.val() >> self.sig_shift.val();
        if self.sig_r.val().get_bit(31) {
            self.sig_j.next = (self.sig_r.val() >> self.sig_shift.val()) | self.sig_fill.val();
        }
        // The activation's input, registered at stage 4: the sigmoid's j, or u = sat_act(
        // sat32(sum) >>> t) as one clamp of the exact sum (`u_mask`): its bits t + 15 .. t
        // if its top bits agree, else the rail of its sign.
        self.u_top.next = self.sum_u.val() & self.u_mask.val();
        self.u_shift.next = self.sum_u.val() >> self.theta_frac.val();
        self.v_in.next = signed_cast(self.u_shift.val().get_bits::<ACT_W>(0));
        if self.u_top.val().any() & (self.u_top.val() != self.u_mask.val()) {
            self.v_in.next = self.act_max.val();
            if self.fin.val().get_bit(41) {
                self.v_in.next = self.act_min.val();
            }
        }
        if self.sigmoid.val() {
            self.v_in.next = signed_cast(self.sig_j.val().get_bits::<ACT_W>(0));
        }
        self.pipe_u.d.next = 0.into();
        if self.piped.val() & self.act_starts.val() {
            self.pipe_u.d.next = self.v_in.val();
        }
        self.v.next = self.v_in.val();
        if self.piped.val() {
            self.v.next = self.pipe_u.q.val();
        }
        self.v32.next = signed_bit_cast::<WIDE_W, ACT_W>(self.v.val());
        // Hard sigmoid: clamp((v >>> 2) + 1/2, 0, 1); ReLU: max(v, 0).
        self.quarter.next = unsigned_cast(self.v32.val()) >> 2;
        if self.v32.val().get_bit(31) {
            self.quarter.next = (unsigned_cast(self.v32.val()) >> 2) | self.quarter_fill.val();
        }
        self.h.next = signed_cast(self.quarter.val()) + self.half32.val();
        self.g.next = self.h.val();
        if (unsigned_cast(self.h.val()) ^ self.flip.val()) > self.one_f.val() {
            self.g.next = self.one32.val();
        }
        if self.h.val().get_bit(31) {
            self.g.next = self.zero32.val();
        }
        if self.relu.val() {
            self.g.next = self.v32.val();
            if self.v32.val().get_bit(31) {
                self.g.next = self.zero32.val();
            }
        }
        self.out.next = signed_bit_cast::<ACT_W, WIDE_W>(self.g.val());
        // The sigmoid reads entry j + SIG_N / 2 (j's low SIG_K bits, the top one flipped).
        self.v_u.next = unsigned_cast(self.v.val());
        self.sig_rom.address.next = self.v_u.val().get_bits::<SIG_W>(0) ^ self.sig_mid.val();
        if self.sigmoid.val() {
            self.out.next = signed_cast(self.sig_rom.data.val());
        }
        // Stage 5 -> 6: the activation waits a cycle.
        self.pipe_out.d.next = 0.into();
        if self.piped.val() & self.act_ends.val() {
            self.pipe_out.d.next = self.out.val();
        }
        // (A local first: an output read by another block is assigned once per pass.)
        self.y_v.next = self.out.val();
        if self.piped.val() {
            self.y_v.next = self.pipe_out.q.val();
        }
        self.y.next = self.y_v.val();
        // The row's first largest output so far (signed order as unsigned: sign bit flipped).
        if self.first.val()
            | ((unsigned_cast(self.y_v.val()) ^ self.flip16.val())
                > (unsigned_cast(self.pick_in.val()) ^ self.flip16.val()))
        {
            self.pick_out.next = self.y_v.val();
            self.pick_group_out.next = self.group.val();
        } else {
            self.pick_out.next = self.pick_in.val();
            self.pick_group_out.next = self.pick_group_in.val();
        }
        // The accumulator: a finished neuron leaves it at 0 for the next.
        if self.sum_live.val() {
            self.acc.d.next = self.sum.val();
            if self.sum_ends.val() {
                self.acc.d.next = self.zero_acc.val();
            }
        }
        // With the pipeline an inference may start while the last one drains (the
        // baseline's bubbles): its last neuron's rows still reach the accumulator, which
        // every neuron's end leaves at 0 anyway.
        if self.start.val() & !self.piped.val() {
            self.acc.d.next = self.zero_acc.val();
        }
        if self.reset.val() {
            self.acc.d.next = self.zero_acc.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{drive, settle, yosys_check};
    use crate::fixed::from_hw;
    use crate::fixtures::{xor_config, xor_sigmoid_config};

    /// One neuron's output when its rows sum to `sum`, with or without the pipeline: the
    /// sum enters at its last row (stage 3 with the pipeline), then stages 4, 5 and 6.
    fn neuron_output(f: &Formats, pipeline: bool, sum: i64) -> i64 {
        // Boxed: the sigmoid's table makes the block too large for a test thread's stack.
        let mut uut = Box::new(Neuron::new(f, pipeline, 0));
        let uut = &mut *uut;
        uut.connect_all();
        uut.reset.next = true;
        assert!(drive(uut, |u| &mut u.clock));
        uut.reset.next = false;
        uut.sum_live.next = true;
        uut.sum_ends.next = true;
        uut.row_sum.next = to_hw(sum);
        if !pipeline {
            assert!(settle(uut));
            return from_hw(uut.y.val());
        }
        assert!(drive(uut, |u| &mut u.clock));
        uut.sum_ends.next = false;
        uut.row_sum.next = to_hw(0);
        uut.act_starts.next = true;
        assert!(drive(uut, |u| &mut u.clock));
        uut.act_starts.next = false;
        uut.act_ends.next = true;
        assert!(drive(uut, |u| &mut u.clock));
        uut.act_ends.next = false;
        assert!(settle(uut));
        from_hw(uut.y.val())
    }

    /// Stage 4's one clamp of the exact sum (`u_mask`) is `fixed::activation_input` of the
    /// saturated 32-bit sum, at the rails of both and for random sums, for each activation,
    /// act width and theta fraction.
    #[test]
    fn the_activation_of_any_exact_sum_is_the_fixed_rule() {
        use crate::config::QFormat;
        use rand::{Rng, SeedableRng};
        let mut rng = rand::rngs::StdRng::seed_from_u64(42);
        for (act, theta, activation) in [
            ((1, 12), (1, 12), Activation::HardSigmoid),
            ((3, 4), (2, 12), Activation::Relu),
            ((1, 13), (0, 14), Activation::HardSigmoid),
            ((1, 13), (5, 9), Activation::Relu),
            ((1, 12), (1, 12), Activation::Sigmoid),
        ] {
            let mut c = xor_config();
            c.network.activation = activation;
            c.fixed.act = QFormat {
                int_bits: act.0,
                frac_bits: act.1,
            };
            c.fixed.theta = QFormat {
                int_bits: theta.0,
                frac_bits: theta.1,
            };
            let f = crate::chip::formats::formats(&c).unwrap();
            let t = f.theta.frac_bits;
            let w = f.act.width();
            // The chip's sums lie strictly inside 42 bits (`fixed::ACC_W`); rust-hdl's
            // `signed_bit_cast` recurses forever on -2^41, the one value outside.
            let mut sums = vec![0, 1, -1, (1i64 << 41) - 1, -(1i64 << 41) + 1];
            for e in [t + w - 1, 31] {
                for d in -2..=1 {
                    sums.extend([(1i64 << e) + d, -(1i64 << e) + d]);
                }
            }
            sums.extend((0..40).map(|_| {
                rng.random_range(-(1i64 << 41) + 1..1i64 << 41) >> rng.random_range(0..41)
            }));
            for pipeline in [false, true] {
                for &sum in &sums {
                    let want = f.neuron(sum).0 as i64;
                    assert_eq!(
                        neuron_output(&f, pipeline, sum),
                        want,
                        "{activation:?} {sum}"
                    );
                }
            }
        }
    }

    #[test]
    fn neuron_with_sigmoid_table_synthesizes() {
        let f = crate::chip::formats::formats(&xor_sigmoid_config()).unwrap();
        let mut uut = Neuron::new(&f, false, 0);
        uut.connect_all();
        let vlog = yosys_check("neuron_sigmoid", &uut).unwrap();
        assert!(
            vlog.contains("data = 16'h800;"),
            "the table holds 1/2 (Q2.12)"
        );
    }
}
