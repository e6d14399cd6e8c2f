//! `Network`: the plant's control and its neurons. A row ROM (`ucode`, one word per row of L
//! parameter slots, `chip::lanes`, decoded here with the literal bit numbers of its table;
//! with the pipeline `ucode_after`, read at the registered row) drives the lanes
//! (`blocks::lane`): the row's first parameter and lane count, the activation word their
//! banks read, and where the neuron's output goes. The lanes multiply and add their products
//! (`row_sum`, an adder tree over the lanes) to `acc`, exact at `fixed::ACC_W` bits; at a row
//! that ends a neuron the sum becomes u = sat_act(sat32(sum) >>> t) (formed as one clamp of
//! the exact sum, `u_mask`) and the activation (hard sigmoid clamp((u >>> 2) +
//! 1/2, 0, 1), ReLU, or the logistic table) is written back in the same cycle to bank
//! `out_lane`, word `out_row`, so the next layer can read it in the next cycle. The logistic
//! sigmoid is a combinational 4096 x 16 ROM (`sig_rom`, a Verilog `case`) read in that same
//! cycle: the saturated sum is clamped to [-8, 8), rounded to the nearest 1/256 and its low 12
//! bits (top bit flipped) address the table, whose words are `fixed::activate` itself
//! evaluated at each entry's centre.
//!
//! With `[chip] pipeline` (`chip::lanes::PIPE_DEPTH`) `row_sum` is the sum of the row three
//! cycles back (the lanes register operands, products, and the sums at the adder tree's cut,
//! `chip::lanes::AdderTree::cut`); the row words follow it in `pipe_word1..6`, a finished
//! neuron's sum waits in `pipe_sum`, the activation's input (`fixed::activation_input`) in
//! `pipe_u`, the activation in `pipe_out`, and it is written in the cycle after: six cycles
//! after its last row (the plan's empty rows cover that).
//!
//! Timing: `start` at cycle 0; cycles 1..=R are the R row cycles (`busy`); `done` is high in
//! cycle R + 1. Output neurons raise `y_valid` with `y`, `y_index` during their last row (the
//! cost block folds them in at that edge). In the Corr sweep (`sweep_next`) the row word
//! follows the sweep's row instead, so the lanes see that row's parameters.
//! Rules: `fixed::Formats::neuron`, `fixed::activate`. Twin: `model::network`.

use crate::config::Activation;
use crate::fixed::{
    activate, max_of, min_of, to_hw, Formats, AADDR_W, ACC_W, ACT_W, PADDR_W, SIG_K, SIG_N, WIDE_W,
};
use rust_hdl::prelude::*;

use crate::chip::lanes::{
    last_param_row, next_act_words, sweep_next_act_words, Row, LAYER_W, ROW_W, RW_FIRST, RW_LAYER,
    RW_USED, USED_W,
};

// hdl_gen takes only literal bit numbers: the row word's fields are decoded at these.
const _: () = assert!(RW_USED == 40 && RW_FIRST == 51 && RW_LAYER == 61);

/// `x` as 32 bits with the sign bit flipped: signed order becomes unsigned order.
pub fn flipped(x: i64) -> Bits<WIDE_W> {
    (((x as u32) ^ 0x8000_0000) as u64).into()
}

/// Bits 41..31 of the accumulator: all equal iff its sum fits 32 bits. The gates name bit 41
/// (`ACC_W - 1`) as a literal, as `hdl_gen` needs.
const HI_W: usize = ACC_W - WIDE_W + 1;
const _: () = assert!(ACC_W == 42);

/// Address bits of the sigmoid ROM (`fixed::SIG_K`).
pub const SIG_W: usize = SIG_K as usize;

/// The serial MLP. Port names = Verilog = VCD.
#[derive(LogicBlock)]
pub struct Network {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: idle, accumulator 0.
    pub reset: Signal<In, Bit>,
    /// Start an inference (while idle, or with the pipeline while the last one drains its
    /// trailing bubbles).
    pub start: Signal<In, Bit>,
    /// MAC cycles in progress.
    pub busy: Signal<Out, Bit>,
    /// The inference finished at the last edge (one cycle).
    pub done: Signal<Out, Bit>,
    /// The inference's last parameter row is this cycle's (the rest are bubbles).
    pub issued: Signal<Out, Bit>,
    /// The row after the next is the last parameter row (a chained evaluation's `preload`,
    /// `chip::Schedule::eval_chains`, which needs that row >= 2).
    pub issue_soon: Signal<Out, Bit>,
    /// Row of this cycle.
    pub row: Signal<Out, Bits<PADDR_W>>,
    /// Row of the next cycle (the theta banks' read address).
    pub row_next: Signal<Out, Bits<PADDR_W>>,
    /// The next cycle is a Corr sweep cycle: fetch its row's word instead.
    pub sweep_next: Signal<In, Bit>,
    /// The sweep's next row.
    pub sweep_row_next: Signal<In, Bits<PADDR_W>>,
    /// This cycle is a Corr sweep cycle (`sequencer.corr`).
    pub sweeping: Signal<In, Bit>,
    /// The row's products summed (the adder tree's root: lane 0's `subtree`; at one lane its
    /// product).
    pub row_sum: Signal<In, Signed<ACC_W>>,
    /// The row word's first parameter.
    pub row_first: Signal<Out, Bits<PADDR_W>>,
    /// The row word's lane count.
    pub row_used: Signal<Out, Bits<USED_W>>,
    /// The row word ends a neuron.
    pub row_bias: Signal<Out, Bit>,
    /// The row word's weight layer (`chip::lanes::RW_LAYER`).
    pub row_layer: Signal<Out, Bits<LAYER_W>>,
    /// Activation word the banks read at this edge (the next row's).
    pub act_row_next: Signal<Out, Bits<AADDR_W>>,
    /// A neuron's output is written at this edge.
    pub out_write: Signal<Out, Bit>,
    /// Its bank.
    pub out_lane: Signal<Out, Bits<PADDR_W>>,
    /// Its word.
    pub out_row: Signal<Out, Bits<AADDR_W>>,
    /// An output neuron's activation, valid with `y_valid`.
    pub y: Signal<Out, Signed<ACT_W>>,
    /// `y` is output `y_index`'s activation this cycle.
    pub y_valid: Signal<Out, Bit>,
    /// Output index of `y`.
    pub y_index: Signal<Out, Bits<8>>,
    /// One word per row (`chip::lanes::Row::encode`), read at the next cycle's row; empty
    /// with the pipeline, which reads `ucode_after`.
    pub ucode: ROM<Bits<ROW_W>, PADDR_W>,
    /// With the pipeline, entry r holds the word of the row after r (row 0's after the
    /// last), read at the registered `count`: the next-row logic (`count_next`'s +1 and its
    /// muxes) no longer sits in front of the ROM. The row after is r + 1 only while an
    /// inference runs on; otherwise row 0 (`count` is 0 whenever the network idles), whose
    /// word is the constant `row0_word`. Empty without the pipeline.
    pub ucode_after: ROM<Bits<ROW_W>, PADDR_W>,
    /// With the pipeline, the same words read at the Corr sweep's next row: two reads, then
    /// the choice, so the sweep's decision (`sweep_next`) does not sit in front of a ROM
    /// lookup on the path to the activation banks' read address. Without it (where the
    /// datapath, not this, is the long path) it is empty and `ucode` serves both.
    pub sweep_ucode: ROM<Bits<ROW_W>, PADDR_W>,
    /// With the pipeline, per row r the activation word of the row after r + 1
    /// (`chip::lanes::next_act_words` of the row after r), read beside `ucode_after`; empty
    /// without it.
    pub next_acts_after: ROM<Bits<AADDR_W>, PADDR_W>,
    /// Beside `sweep_ucode`, the activation word of the row the Corr sweep visits next
    /// (`chip::lanes::sweep_next_act_words`: the bubbles between layers skipped).
    pub sweep_next_acts: ROM<Bits<AADDR_W>, PADDR_W>,
    /// The logistic table, `fixed::activate` at each `Formats::sig_grid` sum (empty, so all
    /// zero, unless the activation is sigmoid).
    pub sig_rom: ROM<Bits<ACT_W>, SIG_W>,
    count: DFF<Bits<PADDR_W>>,
    /// The word of this cycle's row, read a cycle ahead like the block RAMs.
    row_word: DFF<Bits<ROW_W>>,
    /// With the pipeline, the activation word of the row after `row_word`'s, fetched with it
    /// (0 without the pipeline): the banks' next read address while the rows run on.
    next_act: DFF<Bits<AADDR_W>>,
    count_next: Signal<Local, Bits<PADDR_W>>,
    next_fetched: Signal<Local, Bits<AADDR_W>>,
    /// The next cycle's row is this cycle's plus one (a running inference or sweep).
    runs_on: Signal<Local, Bit>,
    /// An inference runs on into the next cycle (else its row is row 0).
    infers_on: Signal<Local, Bit>,
    running: DFF<Bit>,
    finished: DFF<Bit>,
    acc: DFF<Signed<ACC_W>>,
    /// Pipeline: the row word one to six cycles back (0 for a cycle that was not a row cycle
    /// or was a bubble; always 0 without the pipeline): stage 2 registers the adder tree's
    /// cut, stage 3 adds the row's sum, stages 4 and 5 activate its neuron's sum, stage 6
    /// writes the output.
    pipe_word1: DFF<Bits<ROW_W>>,
    /// See `pipe_word1`.
    pipe_word2: DFF<Bits<ROW_W>>,
    /// See `pipe_word1`.
    pipe_word3: DFF<Bits<ROW_W>>,
    /// See `pipe_word1`.
    pipe_word4: DFF<Bits<ROW_W>>,
    /// See `pipe_word1`.
    pipe_word5: DFF<Bits<ROW_W>>,
    /// See `pipe_word1`.
    pipe_word6: DFF<Bits<ROW_W>>,
    /// Pipeline stage 3 -> 4: a finished neuron's exact sum (else 0).
    pipe_sum: DFF<Signed<ACC_W>>,
    /// Pipeline stage 4 -> 5: a finished neuron's activation input
    /// (`fixed::activation_input`: u, or the sigmoid's table step j; else 0).
    pipe_u: DFF<Signed<ACT_W>>,
    /// Pipeline stage 5 -> 6: a finished neuron's activation (else 0).
    pipe_out: DFF<Signed<ACT_W>>,
    w3: Signal<Local, Bits<ROW_W>>,
    w4: Signal<Local, Bits<ROW_W>>,
    w5: Signal<Local, Bits<ROW_W>>,
    w6: Signal<Local, Bits<ROW_W>>,
    live3: Signal<Local, Bit>,
    live6: Signal<Local, Bit>,
    bias3: Signal<Local, Bit>,
    bias4: Signal<Local, Bit>,
    bias5: Signal<Local, Bit>,
    bias6: Signal<Local, Bit>,
    v_in: Signal<Local, Signed<ACT_W>>,
    v: Signal<Local, Signed<ACT_W>>,
    v32: Signal<Local, Signed<WIDE_W>>,
    v_u: Signal<Local, Bits<ACT_W>>,
    y_out: Signal<Local, Signed<ACT_W>>,
    fin: Signal<Local, Signed<ACC_W>>,
    fetched: Signal<Local, Bits<ROW_W>>,
    word: Signal<Local, Bits<ROW_W>>,
    bias: Signal<Local, Bit>,
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
    last: Constant<Bits<PADDR_W>>,
    /// The last row that holds parameters (`chip::lanes::last_param_row`).
    issue_last: Constant<Bits<PADDR_W>>,
    /// Two rows before it (0 when it is row 0 or 1).
    issue_before: Constant<Bits<PADDR_W>>,
    act_row0: Constant<Bits<AADDR_W>>,
    /// Row 0's word (`ucode_after`).
    row0_word: Constant<Bits<ROW_W>>,
    /// Row 0's entry of `chip::lanes::next_act_words` (`next_acts_after`).
    row0_next_act: Constant<Bits<AADDR_W>>,
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

impl Network {
    /// The network of `rows` (`chip::lanes`) at `lanes` lanes, with the formats and
    /// activation of `formats`, pipelined or not (`chip::lanes::PIPE_DEPTH`).
    pub fn new(rows: &[Row], lanes: usize, formats: &Formats, pipeline: bool) -> Self {
        let p = rows.len();
        assert!((1..=1 << PADDR_W).contains(&p), "checked by the chip plan");
        let one = formats.one().0 as i64;
        let aw = formats.act.width();
        let ucode: Vec<Bits<ROW_W>> = rows.iter().map(|r| Bits::from(r.encode(lanes))).collect();
        let words = |w: Vec<u64>| -> Vec<Bits<AADDR_W>> {
            match pipeline {
                true => w.into_iter().map(Bits::from).collect(),
                false => vec![],
            }
        };
        let next_acts = next_act_words(rows, lanes);
        let row0_next_act = next_acts[0];
        // With the pipeline the row ROMs hold the row after each (`ucode_after`).
        let mut next_acts_after = words(next_acts);
        next_acts_after.rotate_left(pipeline as usize);
        let mut ucode_after = match pipeline {
            true => ucode.clone(),
            false => vec![],
        };
        ucode_after.rotate_left(pipeline as usize);
        let sweep_next_acts = words(sweep_next_act_words(rows, lanes));
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
            busy: Default::default(),
            issued: Default::default(),
            issue_soon: Default::default(),
            done: Default::default(),
            row: Default::default(),
            row_next: Default::default(),
            sweep_next: Default::default(),
            sweep_row_next: Default::default(),
            sweeping: Default::default(),
            row_sum: Default::default(),
            row_first: Default::default(),
            row_used: Default::default(),
            row_bias: Default::default(),
            row_layer: Default::default(),
            act_row_next: Default::default(),
            out_write: Default::default(),
            out_lane: Default::default(),
            out_row: Default::default(),
            y: Default::default(),
            y_valid: Default::default(),
            y_index: Default::default(),
            row0_word: Constant::new(ucode[0]),
            row0_next_act: Constant::new(row0_next_act.into()),
            sweep_ucode: ROM::from(if pipeline { ucode.clone() } else { vec![] }.into_iter()),
            ucode: ROM::from(if pipeline { vec![] } else { ucode }.into_iter()),
            ucode_after: ROM::from(ucode_after.into_iter()),
            sweep_next_acts: ROM::from(sweep_next_acts.into_iter()),
            next_acts_after: ROM::from(next_acts_after.into_iter()),
            sig_rom: ROM::from(sig_table.into_iter()),
            count: Default::default(),
            row_word: Default::default(),
            next_act: Default::default(),
            count_next: Default::default(),
            next_fetched: Default::default(),
            runs_on: Default::default(),
            infers_on: Default::default(),
            running: Default::default(),
            finished: Default::default(),
            acc: Default::default(),
            pipe_word1: Default::default(),
            pipe_word2: Default::default(),
            pipe_word3: Default::default(),
            pipe_word4: Default::default(),
            pipe_word5: Default::default(),
            pipe_word6: Default::default(),
            pipe_sum: Default::default(),
            pipe_u: Default::default(),
            pipe_out: Default::default(),
            w3: Default::default(),
            w4: Default::default(),
            w5: Default::default(),
            w6: Default::default(),
            live3: Default::default(),
            live6: Default::default(),
            bias3: Default::default(),
            bias4: Default::default(),
            bias5: Default::default(),
            bias6: Default::default(),
            v_in: Default::default(),
            v: Default::default(),
            v32: Default::default(),
            v_u: Default::default(),
            y_out: Default::default(),
            fin: Default::default(),
            fetched: Default::default(),
            word: Default::default(),
            bias: Default::default(),
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
            last: Constant::new((p - 1).to_bits()),
            issue_last: Constant::new(last_param_row(rows).to_bits()),
            issue_before: Constant::new(last_param_row(rows).saturating_sub(2).to_bits()),
            act_row0: Constant::new(rows[0].act_word(lanes).into()),
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

impl Logic for Network {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, count, row_word, next_act, running, finished, acc, pipe_word1, pipe_word2,
            pipe_word3, pipe_word4, pipe_word5, pipe_word6, pipe_sum, pipe_u, pipe_out
        );
        self.count_next.next = self.count.q.val();
        self.word.next = self.row_word.q.val();
        self.bias.next = self.word.val().get_bit(20);
        self.row.next = self.count.q.val();
        // The rows of stage 3 (its products' sum is in `row_sum`), stage 4 (its neuron's
        // sum becomes the activation's input), stage 5 (that becomes its output) and stage 6 (the
        // output is written): this cycle's row without the pipeline.
        // (A bubble enters as 0, so the pipeline is all 0 again when the network is done.)
        self.pipe_word1.d.next = 0.into();
        if self.piped.val() & self.running.q.val() & self.word.val().get_bits::<USED_W>(40).any() {
            self.pipe_word1.d.next = self.word.val();
        }
        self.pipe_word2.d.next = self.pipe_word1.q.val();
        self.pipe_word3.d.next = self.pipe_word2.q.val();
        self.pipe_word4.d.next = self.pipe_word3.q.val();
        self.pipe_word5.d.next = self.pipe_word4.q.val();
        self.pipe_word6.d.next = self.pipe_word5.q.val();
        self.w3.next = self.word.val();
        self.w4.next = self.word.val();
        self.w5.next = self.word.val();
        self.w6.next = self.word.val();
        self.live3.next = self.running.q.val();
        self.live6.next = self.running.q.val();
        if self.piped.val() {
            self.w3.next = self.pipe_word3.q.val();
            self.w4.next = self.pipe_word4.q.val();
            self.w5.next = self.pipe_word5.q.val();
            self.w6.next = self.pipe_word6.q.val();
            self.live3.next = true;
            self.live6.next = true;
        }
        self.bias3.next = self.w3.val().get_bit(20);
        self.bias4.next = self.w4.val().get_bit(20);
        self.bias5.next = self.w5.val().get_bit(20);
        self.bias6.next = self.w6.val().get_bit(20);
        // The neuron's exact sum so far; at its last row, the activation's input (registered
        // with the pipeline).
        self.sum.next = self.acc.q.val() + self.row_sum.val();
        self.pipe_sum.d.next = self.zero_acc.val();
        if self.piped.val() & self.bias3.val() {
            self.pipe_sum.d.next = self.sum.val();
        }
        self.fin.next = self.sum.val();
        if self.piped.val() {
            self.fin.next = self.pipe_sum.q.val();
        }
        self.row_first.next = self.word.val().get_bits::<PADDR_W>(51);
        self.row_used.next = self.word.val().get_bits::<USED_W>(40);
        self.row_bias.next = self.bias.val();
        self.row_layer.next = self.word.val().get_bits::<LAYER_W>(61);
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
        if self.piped.val() & self.bias4.val() {
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
        if self.piped.val() & self.bias5.val() {
            self.pipe_out.d.next = self.out.val();
        }
        self.y_out.next = self.out.val();
        if self.piped.val() {
            self.y_out.next = self.pipe_out.q.val();
        }
        // Outputs.
        self.busy.next = self.running.q.val();
        self.done.next = self.finished.q.val();
        self.issued.next = self.running.q.val() & (self.count.q.val() == self.issue_last.val());
        self.issue_soon.next =
            self.running.q.val() & (self.count.q.val() == self.issue_before.val());
        self.y.next = self.y_out.val();
        self.y_index.next = self.w6.val().get_bits::<8>(22);
        self.y_valid.next = self.live6.val() & self.bias6.val() & self.w6.val().get_bit(21);
        // The neuron's output goes to its bank at its last row's stage 6 (a load wins, in the
        // lanes).
        self.out_write.next = self.live6.val() & self.bias6.val();
        self.out_lane.next = self.w6.val().get_bits::<PADDR_W>(30);
        self.out_row.next = self.w6.val().get_bits::<AADDR_W>(10);
        // Counter.
        self.finished.d.next = false;
        if self.live3.val() {
            self.acc.d.next = self.sum.val();
            if self.bias3.val() {
                self.acc.d.next = self.zero_acc.val();
            }
        }
        if self.running.q.val() {
            self.count_next.next = self.count.q.val() + 1;
            if self.count.q.val() == self.last.val() {
                self.running.d.next = false;
                self.finished.d.next = true;
                self.count_next.next = 0.into();
            }
        }
        // With the pipeline an inference may start while the last one drains (the
        // baseline's bubbles): its last neuron's rows still reach the accumulator, which
        // every neuron's end leaves at 0 anyway. A drain cut short at its last row does not
        // say `done` for it (an evaluated sample's successor may start there).
        if self.start.val() {
            self.running.d.next = true;
            self.finished.d.next = false;
            self.count_next.next = 0.into();
            if !self.piped.val() {
                self.acc.d.next = self.zero_acc.val();
            }
        }
        if self.reset.val() {
            self.running.d.next = false;
            self.finished.d.next = false;
            self.count_next.next = 0.into();
            self.acc.d.next = self.zero_acc.val();
        }
        // The next cycle's row: its word and the activations it reads are fetched at this edge
        // (block RAM reads are registered); in the Corr sweep, the sweep's row.
        self.count.d.next = self.count_next.val();
        self.row_next.next = self.count_next.val();
        self.sweep_ucode.address.next = self.sweep_row_next.val();
        self.sweep_next_acts.address.next = self.sweep_row_next.val();
        self.ucode_after.address.next = self.count.q.val();
        self.next_acts_after.address.next = self.count.q.val();
        self.next_fetched.next = 0.into();
        self.infers_on.next = self.running.q.val() & !self.start.val() & !self.reset.val();
        self.runs_on.next = !self.reset.val()
            & ((self.running.q.val() & (self.count.q.val() != self.last.val()))
                | (self.sweeping.val() & self.sweep_next.val()));
        if self.piped.val() {
            self.ucode.address.next = 0.into();
            if self.sweep_next.val() {
                self.fetched.next = self.sweep_ucode.data.val();
                self.next_fetched.next = self.sweep_next_acts.data.val();
            } else if self.infers_on.val() {
                self.fetched.next = self.ucode_after.data.val();
                self.next_fetched.next = self.next_acts_after.data.val();
            } else {
                self.fetched.next = self.row0_word.val();
                self.next_fetched.next = self.row0_next_act.val();
            }
        } else {
            if self.sweep_next.val() {
                self.ucode.address.next = self.sweep_row_next.val();
            } else {
                self.ucode.address.next = self.count_next.val();
            }
            self.fetched.next = self.ucode.data.val();
        }
        self.row_word.d.next = self.fetched.val();
        self.next_act.d.next = self.next_fetched.val();
        // The banks' next read: with the pipeline from registers only (the row after this
        // one's, or row 0's when an inference or a sweep starts or the network idles).
        if !self.piped.val() {
            self.act_row_next.next = self.fetched.val().get_bits::<AADDR_W>(0);
        } else if self.runs_on.val() {
            self.act_row_next.next = self.next_act.q.val();
        } else {
            self.act_row_next.next = self.act_row0.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{drive, settle, yosys_check};
    use crate::chip::lanes::rows;
    use crate::fixed::from_hw;
    use crate::fixtures::{xor_config, xor_sigmoid_config};

    /// One neuron's output when its rows sum to `sum` (the first row's `row_sum`; the bias
    /// row's 0), with or without the pipeline.
    fn neuron_output(f: &Formats, pipeline: bool, sum: i64) -> i64 {
        let gap = crate::chip::lanes::gap(pipeline);
        // Boxed: the sigmoid's table makes the block too large for a test thread's stack.
        let mut uut = Box::new(Network::new(&rows(&[1, 1], 1, 1, gap), 1, f, pipeline));
        let uut = &mut *uut;
        uut.connect_all();
        uut.reset.next = true;
        assert!(drive(uut, |u| &mut u.clock));
        uut.reset.next = false;
        uut.start.next = true;
        assert!(drive(uut, |u| &mut u.clock));
        uut.start.next = false;
        for cycle in 1..20 {
            uut.row_sum.next = to_hw(if cycle == 1 { sum } else { 0 });
            assert!(settle(uut));
            if uut.y_valid.val() {
                return from_hw(uut.y.val());
            }
            assert!(drive(uut, |u| &mut u.clock));
        }
        panic!("no output");
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
    fn network_synthesizes() {
        let f = crate::chip::formats::formats(&xor_config()).unwrap();
        let mut uut = Network::new(&rows(&[2, 2, 1], 2, 1, 3), 2, &f, true);
        uut.connect_all();
        yosys_check("network", &uut).unwrap();
    }

    #[test]
    fn network_with_sigmoid_table_synthesizes() {
        let f = crate::chip::formats::formats(&xor_sigmoid_config()).unwrap();
        let mut uut = Network::new(&rows(&[2, 2, 1], 1, 1, 0), 1, &f, false);
        uut.connect_all();
        let vlog = yosys_check("network_sigmoid", &uut).unwrap();
        assert!(
            vlog.contains("data = 16'h800;"),
            "the table holds 1/2 (Q2.12)"
        );
    }
}
