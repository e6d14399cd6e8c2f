//! `Network`: the plant's control. A row ROM (`ucode`, one word per row of L parameter slots
//! of PE neurons side by side, `chip::lanes`, decoded here with the literal bit numbers of its
//! table; with the pipeline `ucode_after`, read at the registered row) drives the lanes
//! (`blocks::lane`): the row's first parameter and lane count, the activation word their
//! banks read, and where the neurons' outputs go. Each group of lanes sums its products into
//! its neuron (`blocks::neuron`, `trainer.neurons$g`); at a row that ends its neurons, their
//! activations are written back in the same cycle to banks `out_lane` + g, word `out_row`, so
//! the next layer can read them in the next cycle. This block says which row the neurons'
//! stages hold (`sum_live`, `sum_ends`, `act_starts`, `act_ends`).
//!
//! With `[chip] pipeline` (`chip::lanes::PIPE_DEPTH`) a neuron's `row_sum` is the sum of the
//! row three cycles back (the lanes register operands, products, and the sums at the adder
//! tree's cut, `chip::lanes::AdderTree::cut`); the row words follow it in `pipe_word1..6`, a
//! finished neuron's sum, activation input and activation wait in the neuron, and the outputs
//! are written six cycles after their last row (the plan's empty rows cover that).
//!
//! Timing: `start` at cycle 0; cycles 1..=R are the R row cycles (`busy`); `done` is high in
//! cycle R + 1. Output neurons raise `y_valid` with `y_index` (the row's first output's
//! index) during their last row (the cost block folds them in at that edge). In the Corr sweep
//! (`sweep_next`) the row word follows the sweep's row instead, so the lanes see that row's
//! parameters.
//! Twin: `model::network`.

use crate::fixed::{AADDR_W, PADDR_W, WIDE_W};
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

/// The network's control. Port names = Verilog = VCD.
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
    /// The neurons' `y` are outputs `y_index`, `y_index` + 1, ... this cycle.
    pub y_valid: Signal<Out, Bit>,
    /// Output index of neuron 0's `y`.
    pub y_index: Signal<Out, Bits<8>>,
    /// The neurons' accumulators take their sums at this edge (a row cycle; always with the
    /// pipeline).
    pub sum_live: Signal<Out, Bit>,
    /// The row whose products the neurons add now (stage 3's with the pipeline) ends them.
    pub sum_ends: Signal<Out, Bit>,
    /// With the pipeline, stage 4 holds finished neurons.
    pub act_starts: Signal<Out, Bit>,
    /// With the pipeline, stage 5 holds finished neurons.
    pub act_ends: Signal<Out, Bit>,
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
    /// Pipeline: the row word one to six cycles back (0 for a cycle that was not a row cycle
    /// or was a bubble; always 0 without the pipeline): stage 2 registers the adder tree's
    /// cut, stage 3 adds the row's sums, stages 4 and 5 activate its neurons' sums, stage 6
    /// writes the outputs.
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
    fetched: Signal<Local, Bits<ROW_W>>,
    word: Signal<Local, Bits<ROW_W>>,
    bias: Signal<Local, Bit>,
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
    piped: Constant<Bit>,
}

impl Network {
    /// The network of `rows` (`chip::lanes`) at `lanes` lanes a group, pipelined or not
    /// (`chip::lanes::PIPE_DEPTH`).
    pub fn new(rows: &[Row], lanes: usize, pipeline: bool) -> Self {
        let p = rows.len();
        assert!((1..=1 << PADDR_W).contains(&p), "checked by the chip plan");
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
            row_first: Default::default(),
            row_used: Default::default(),
            row_bias: Default::default(),
            row_layer: Default::default(),
            act_row_next: Default::default(),
            out_write: Default::default(),
            out_lane: Default::default(),
            out_row: Default::default(),
            y_valid: Default::default(),
            y_index: Default::default(),
            sum_live: Default::default(),
            sum_ends: Default::default(),
            act_starts: Default::default(),
            act_ends: Default::default(),
            row0_word: Constant::new(ucode[0]),
            row0_next_act: Constant::new(row0_next_act.into()),
            sweep_ucode: ROM::from(if pipeline { ucode.clone() } else { vec![] }.into_iter()),
            ucode: ROM::from(if pipeline { vec![] } else { ucode }.into_iter()),
            ucode_after: ROM::from(ucode_after.into_iter()),
            sweep_next_acts: ROM::from(sweep_next_acts.into_iter()),
            next_acts_after: ROM::from(next_acts_after.into_iter()),
            count: Default::default(),
            row_word: Default::default(),
            next_act: Default::default(),
            count_next: Default::default(),
            next_fetched: Default::default(),
            runs_on: Default::default(),
            infers_on: Default::default(),
            running: Default::default(),
            finished: Default::default(),
            pipe_word1: Default::default(),
            pipe_word2: Default::default(),
            pipe_word3: Default::default(),
            pipe_word4: Default::default(),
            pipe_word5: Default::default(),
            pipe_word6: Default::default(),
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
            fetched: Default::default(),
            word: Default::default(),
            bias: Default::default(),
            last: Constant::new((p - 1).to_bits()),
            issue_last: Constant::new(last_param_row(rows).to_bits()),
            issue_before: Constant::new(last_param_row(rows).saturating_sub(2).to_bits()),
            act_row0: Constant::new(rows[0].act_word(lanes).into()),
            piped: Constant::new(pipeline),
        }
    }
}

impl Logic for Network {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, count, row_word, next_act, running, finished, pipe_word1, pipe_word2,
            pipe_word3, pipe_word4, pipe_word5, pipe_word6
        );
        self.count_next.next = self.count.q.val();
        self.word.next = self.row_word.q.val();
        self.bias.next = self.word.val().get_bit(20);
        self.row.next = self.count.q.val();
        // The rows of stage 3 (its products' sums reach the neurons), stage 4 (its neurons'
        // sums become the activations' inputs), stage 5 (those become their outputs) and stage
        // 6 (the outputs are written): this cycle's row without the pipeline.
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
        self.row_first.next = self.word.val().get_bits::<PADDR_W>(51);
        self.row_used.next = self.word.val().get_bits::<USED_W>(40);
        self.row_bias.next = self.bias.val();
        self.row_layer.next = self.word.val().get_bits::<LAYER_W>(61);
        // The neurons' stages (`blocks::neuron`).
        self.sum_live.next = self.live3.val();
        self.sum_ends.next = self.bias3.val();
        self.act_starts.next = self.bias4.val();
        self.act_ends.next = self.bias5.val();
        // Outputs.
        self.busy.next = self.running.q.val();
        self.done.next = self.finished.q.val();
        self.issued.next = self.running.q.val() & (self.count.q.val() == self.issue_last.val());
        self.issue_soon.next =
            self.running.q.val() & (self.count.q.val() == self.issue_before.val());
        self.y_index.next = self.w6.val().get_bits::<8>(22);
        self.y_valid.next = self.live6.val() & self.bias6.val() & self.w6.val().get_bit(21);
        // The neurons' outputs go to their banks at their last row's stage 6 (a load wins, in
        // the lanes).
        self.out_write.next = self.live6.val() & self.bias6.val();
        self.out_lane.next = self.w6.val().get_bits::<PADDR_W>(30);
        self.out_row.next = self.w6.val().get_bits::<AADDR_W>(10);
        // Counter.
        self.finished.d.next = false;
        if self.running.q.val() {
            self.count_next.next = self.count.q.val() + 1;
            if self.count.q.val() == self.last.val() {
                self.running.d.next = false;
                self.finished.d.next = true;
                self.count_next.next = 0.into();
            }
        }
        // With the pipeline an inference may start while the last one drains (the
        // baseline's bubbles). A drain cut short at its last row does not say `done` for it
        // (an evaluated sample's successor may start there).
        if self.start.val() {
            self.running.d.next = true;
            self.finished.d.next = false;
            self.count_next.next = 0.into();
        }
        if self.reset.val() {
            self.running.d.next = false;
            self.finished.d.next = false;
            self.count_next.next = 0.into();
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
    use crate::blocks::yosys_check;
    use crate::chip::lanes::rows;

    #[test]
    fn network_synthesizes() {
        let mut uut = Network::new(&rows(&[2, 2, 1], 2, 1, 3), 2, true);
        uut.connect_all();
        yosys_check("network", &uut).unwrap();
    }
}
