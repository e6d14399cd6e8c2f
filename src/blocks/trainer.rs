//! `MgdTrainer`: the exported top, a chip that trains its own network with MGD. Wiring only:
//! every block, width and constant comes from a `chip::ChipPlan`.
//!
//! The chip holds its training set (each lane's `samples` ROM, the `labels` ROM), its initial
//! parameters (`theta_init`), the parameters (`theta_mem`) and the gradient accumulators
//! (`grad_mem`), banked over its PE x L lanes (`lanes$0` .. `lanes$PL-1`, `blocks::lane`),
//! so the exported Verilog trains alone after a reset. Blocks (field names = Verilog = VCD scopes):
//! `sequencer`, `perturbation` (the sign generator's state), `network` (row control),
//! `neurons$g` (a row's PE neurons side by side, `[chip] pe`), `cost` with `cost_terms$g`,
//! `score`, and per lane `lanes$u` (u = g L + l, slot l of neuron g) with its `correlator`,
//! `accumulator` and banks. Every lane reads the row's LFSR state through its own mask, and
//! `jumps` (one per row length, `blocks::jump`) step it past the row in one level of
//! parities; the read-out word passes from lane u to lane u + 1 (a chain of ORs); each group's
//! products meet in an adder tree (lane g L + l adds lanes g L + 2l + 1 and g L + 2l + 2:
//! ceil(log2(L + 1)) levels) whose root is its neuron's `row_sum`.
//!
//! Ports: `clock`; `reset` (synchronous: Init sweep rewrites theta0 and clears G, counters and
//! LFSR restart, so a reset mid-run replays the run from scratch); a streaming sample input
//! (`stream_select` = 1 takes inputs from `sample_data` with `sample_valid` / `sample_ready`
//! handshakes, one input word per handshake, the label on `sample_label` with the last word;
//! 0 uses the sample ROM; the chip asks for sample `sample_index`, of the training set's
//! order, and while `evaluating` for the samples 0..S of its evaluation; the stream port is
//! one word wide, so a streamed load takes n_in handshakes at every L, where the sample ROM
//! gives L words a cycle); status `steps`,
//! `current_cost` (C0 of the last baseline), `done`, `at_target` (done because an evaluation
//! reached the target) and `correct` (the count of the last evaluation, `chip::schedule`);
//! weight read-out: `read_theta` is theta[`read_addr`] as of the last rising edge of
//! `read_clock` (a block RAM read port with its own clock: tie it to `clock`, or strobe it while
//! `clock` is stopped to read every weight without moving the chip).
//!
//! Cycle budget: `chip::schedule`. The engine that drives this block cycle by cycle is
//! `engine::rtl::RtlTrainer`, where the larger tests sit.

use crate::chip::lanes::{
    ahead_word, infer_ahead_rows, read_ahead, slot_of, sweep_ahead_rows, AdderTree, AHEAD_W,
    LAYER_W, USED_W,
};
use crate::chip::regs::{LABEL_W, SCORE_W};
use crate::chip::ChipPlan;
use crate::fixed::{to_hw, AADDR_W, ACC_W, ACT_W, PADDR_W, SADDR_W, SQUARES_W, THETA_W, WIDE_W};
use rust_hdl::prelude::*;

use super::cost::Cost;
use super::cost_term::CostTerm;
use super::jump::Jump;
use super::lane::Lane;
use super::network::Network;
use super::neuron::Neuron;
use super::perturbation::Perturbation;
use super::score::Score;
use super::sequencer::Sequencer;

/// The MGD training chip. Port names = Verilog = VCD.
#[derive(LogicBlock)]
pub struct MgdTrainer {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// 1: samples come from the streaming port; 0: from the on-chip sample memory.
    pub stream_select: Signal<In, Bit>,
    /// `sample_data` (and, with the last input, `sample_label`) is valid.
    pub sample_valid: Signal<In, Bit>,
    /// One input of the streamed sample, format `Act`.
    pub sample_data: Signal<In, Signed<ACT_W>>,
    /// Label of the streamed sample (sampled with its last input).
    pub sample_label: Signal<In, Bits<8>>,
    /// The chip takes `sample_data` at this edge if `sample_valid`.
    pub sample_ready: Signal<Out, Bit>,
    /// Clock of the weight read-out (taken at its rising edge; may run while `clock` stops).
    pub read_clock: Signal<In, Clock>,
    /// Parameter to read out (addresses at or above P read parameter 0).
    pub read_addr: Signal<In, Bits<PADDR_W>>,
    /// theta of `read_addr` at the last `read_clock` edge, format `Theta`.
    pub read_theta: Signal<Out, Signed<THETA_W>>,
    /// MGD steps taken.
    pub steps: Signal<Out, Bits<32>>,
    /// Baseline cost C0 of the last baseline inference, format `Cost`.
    pub current_cost: Signal<Out, Signed<WIDE_W>>,
    /// The chip halted (the step budget is spent, or an evaluation reached the target); it
    /// idles.
    pub done: Signal<Out, Bit>,
    /// With `done`: 1 if an evaluation reached the target, 0 if the step budget ran out.
    pub at_target: Signal<Out, Bit>,
    /// Correct samples of the chip's last whole evaluation of its training set.
    pub correct: Signal<Out, Bits<SCORE_W>>,
    /// The chip is evaluating (its loads want the samples 0..S in order).
    pub evaluating: Signal<Out, Bit>,
    /// The sample the chip loads (streamed: send this one's inputs).
    pub sample_index: Signal<Out, Bits<SADDR_W>>,
    /// Counters and FSM.
    pub sequencer: Sequencer,
    /// The sign generator's state.
    pub perturbation: Perturbation,
    /// The plant's row control.
    pub network: Network,
    /// A row's PE neurons side by side: accumulator and activation each.
    pub neurons: Vec<Neuron>,
    /// MSE, C0 and C~.
    pub cost: Cost,
    /// (y - t)^2 of each of a row's PE outputs, chained into `cost.squares`.
    pub cost_terms: Vec<CostTerm>,
    /// The chip's own evaluation: argmax, hits, the count.
    pub score: Score,
    /// The PE x L lanes: perturbation, MAC, correlator, accumulator and memory banks each.
    pub lanes: Vec<Lane>,
    /// The sign generator's state stepped past a row of each length the plan has
    /// (`ChipPlan::row_lengths`), ORed in a chain: the state for the next row.
    pub jumps: Vec<Jump>,
    /// Parameter i -> its (row, lane): bits 9..0 the row, 19..10 the lane.
    pub read_map: ROM<Bits<20>, PADDR_W>,
    /// Training labels.
    pub labels: ROM<Bits<8>, SADDR_W>,
    /// The perturbation amplitude of each pass (`Formats::amps`), at `sequencer.pass` (per
    /// layer; else the constant `amp`).
    pub pass_amps: ROM<Signed<WIDE_W>, LAYER_W>,
    /// With two-cycle bank reads (`ChipPlan::reads_ahead`), the row two cycles after an
    /// inference's registered row (`chip::lanes::infer_ahead_rows`) with its activation word
    /// (`chip::lanes::ahead_word`); else empty.
    pub infer_ahead: ROM<Bits<AHEAD_W>, PADDR_W>,
    /// ... two cycles after the sequencer's count as it enters the Corr sweep, and as it
    /// stays in it (`chip::lanes::sweep_ahead_rows`).
    pub sweep_enter_ahead: ROM<Bits<AHEAD_W>, PADDR_W>,
    /// See `sweep_enter_ahead`.
    pub sweep_stay_ahead: ROM<Bits<AHEAD_W>, PADDR_W>,
    /// The row after an inference's first: `chip::lanes::read_ahead` of row 1.
    start_ahead: Constant<Bits<AHEAD_W>>,
    /// Row 0's word, where the row after the next is not yet known.
    row0_ahead: Constant<Bits<AHEAD_W>>,
    /// The row the theta, G and V banks read two cycles from now, and the activation word the
    /// `acts` banks read (with `reads_ahead`, `chip::lanes::AHEAD_W`).
    bank_ahead: Signal<Local, Bits<AHEAD_W>>,
    label: DFF<Bits<8>>,
    /// The label the cost compares the outputs with: `label`, but with `[chip] handover` the
    /// drained perturbed inference's own while it drains (`sequencer.pert_draining`) and the
    /// next sample loads. A register fed from the next cycle's, so the target's compare starts
    /// at a flip-flop, not at the sequencer's drain count (the ECP5's critical path, stop 39).
    cost_label: DFF<Bits<8>>,
    /// The row's layer is the pass's (always, without per-layer perturbation): its slots are
    /// perturbed and correlated.
    in_pass: Signal<Local, Bit>,
    /// Per-layer perturbation (`mgd.per_layer`).
    per_layer: Constant<Bit>,
    /// The amplitude of every perturbed inference without per-layer perturbation.
    amp: Constant<Signed<WIDE_W>>,
    /// The lanes' amplitude: `pass_amps`' word, or `amp`.
    lane_amp: Signal<Local, Signed<WIDE_W>>,
    stream_on: Signal<Local, Bit>,
    row_steps: Signal<Local, Bits<USED_W>>,
    /// PE > 1: the score's pick is the row's first output plus the picked neuron's group.
    side_by_side: Constant<Bit>,
    /// With node perturbation, the LFSR steps of a row that ends its PE neurons.
    node_steps: Constant<Bits<USED_W>>,
    /// No sample ROM (`data.samples = "stream"`): the stream port is always selected.
    stream_only: Constant<Bit>,
    zero16: Constant<Bits<16>>,
    zero_read: Constant<Bits<THETA_W>>,
    zero_acc: Constant<Signed<ACC_W>>,
    zero_act: Constant<Signed<ACT_W>>,
    zero_sq: Constant<Bits<SQUARES_W>>,
    zero_label: Constant<Bits<LABEL_W>>,
    /// Node perturbation (`SignSource::node`).
    node: Constant<Bit>,
    /// The lane loops' bounds (`hdl_gen` unrolls them): PE x L, PE x L - 1, L and L + 1,
    /// PE, PE + 1 and PE - 1 (a one-pass loop binds L or PE to a loop variable, which an
    /// index may use), and the adder tree's of a group (`AdderTree`): the ends of its nodes
    /// with two node children and with leaf 0, its node count (the first leaf's node number)
    /// and that plus one.
    _units: usize,
    _tail: usize,
    _group: usize,
    _group_end: usize,
    _pe: usize,
    _pe_end: usize,
    _pe_tail: usize,
    _both: usize,
    _one_leaf: usize,
    _nodes: usize,
    _leaf_end: usize,
    /// The lanes that host no node and add nothing: `_idle..L` (none at L = 1, where lane 0's
    /// node is its product alone, `0.._solo`; `_solo` is 0 at L > 1).
    _idle: usize,
    _solo: usize,
    /// Jumps K and K - 1 (`hdl_gen` loop bounds).
    _jumps: usize,
    _jump_tail: usize,
}

impl MgdTrainer {
    /// The chip as a top level: [`MgdTrainer::new`], its inputs marked as driven from outside,
    /// and every block connected (what `generate_verilog`, yosys and Verilator want).
    pub fn connected(plan: &ChipPlan) -> Self {
        let mut uut = Self::new(plan);
        uut.clock.connect();
        uut.reset.connect();
        uut.stream_select.connect();
        uut.sample_valid.connect();
        uut.sample_data.connect();
        uut.sample_label.connect();
        uut.read_clock.connect();
        uut.read_addr.connect();
        uut.connect_all();
        uut
    }

    /// The chip of `plan`.
    pub fn new(plan: &ChipPlan) -> Self {
        let f = &plan.formats;
        let p = plan.n_params();
        let l = plan.lanes;
        let tree = AdderTree::new(l);
        let read_map: Vec<Bits<20>> = (0..p)
            .map(|i| {
                let (r, lane) = slot_of(&plan.rows, plan.lanes, i);
                ((lane << PADDR_W | r) as u64).into()
            })
            .collect();
        // A stream-only chip has no sample ROM: empty ROMs read 0 and synthesize to nothing.
        let rom = !plan.stream_only;
        let labels: Vec<Bits<8>> = (plan.labels.iter().filter(|_| rom))
            .map(|&l| (l as usize).to_bits())
            .collect();
        let ahead = plan.reads_ahead();
        let word = |r: usize| ahead_word(&plan.rows, l, r).to_bits();
        let rom_of = |rows: Vec<usize>| ROM::from(rows.into_iter().filter(|_| ahead).map(word));
        let (sweep_enter, sweep_stay) = sweep_ahead_rows(&plan.rows);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            stream_select: Default::default(),
            sample_valid: Default::default(),
            sample_data: Default::default(),
            sample_label: Default::default(),
            sample_ready: Default::default(),
            read_clock: Default::default(),
            read_addr: Default::default(),
            read_theta: Default::default(),
            steps: Default::default(),
            current_cost: Default::default(),
            done: Default::default(),
            at_target: Default::default(),
            correct: Default::default(),
            evaluating: Default::default(),
            sample_index: Default::default(),
            sequencer: Sequencer::new(&plan.schedule, &plan.sweep_after_rom()),
            perturbation: Perturbation::new(&plan.signs),
            network: Network::new(&plan.rows, l, plan.pipeline),
            neurons: (0..plan.pe)
                .map(|g| Neuron::new(f, plan.pipeline, g))
                .collect(),
            cost: Cost::new(plan.pipeline, plan.formats.delta_shift, plan.pe),
            cost_terms: (0..plan.pe)
                .map(|g| CostTerm::new(plan.pipeline, f.one().0 as i64, g, plan.single_output()))
                .collect(),
            score: Score::new(
                plan.single_output(),
                i64::from(f.one().0 / 2),
                plan.schedule.need,
                plan.schedule.judge_delay(),
            ),
            lanes: (0..plan.units()).map(|k| Lane::new(plan, k)).collect(),
            jumps: plan.row_lengths().into_iter().map(Jump::new).collect(),
            read_map: ROM::from(read_map.into_iter()),
            labels: ROM::from(labels.into_iter()),
            pass_amps: ROM::from((0..1 << LAYER_W).map(|k| to_hw(f.amp(k)))),
            in_pass: Default::default(),
            per_layer: Constant::new(plan.schedule.passes > 1),
            amp: Constant::new(to_hw(f.amp(0))),
            lane_amp: Default::default(),
            infer_ahead: rom_of(infer_ahead_rows(&plan.rows)),
            sweep_enter_ahead: rom_of(sweep_enter),
            sweep_stay_ahead: rom_of(sweep_stay),
            start_ahead: Constant::new(word(read_ahead(&plan.rows, 1))),
            row0_ahead: Constant::new(word(0)),
            bank_ahead: Default::default(),
            label: Default::default(),
            cost_label: Default::default(),
            stream_on: Default::default(),
            row_steps: Default::default(),
            side_by_side: Constant::new(plan.pe > 1),
            node_steps: Constant::new(plan.pe.to_bits()),
            stream_only: Constant::new(plan.stream_only),
            zero16: Constant::new(0.into()),
            zero_read: Constant::new(0.into()),
            zero_acc: Constant::new(0.into()),
            zero_act: Constant::new(0.into()),
            zero_sq: Constant::new(0.into()),
            zero_label: Constant::new(0.into()),
            node: Constant::new(plan.signs.node),
            _units: plan.units(),
            _tail: plan.units() - 1,
            _group: l,
            _group_end: l + 1,
            _pe: plan.pe,
            _pe_end: plan.pe + 1,
            _pe_tail: plan.pe - 1,
            _both: tree.both,
            _one_leaf: tree.one_leaf,
            _nodes: tree.nodes,
            _leaf_end: tree.nodes + 1,
            _idle: tree.nodes.max(1),
            _solo: usize::from(l == 1),
            _jumps: plan.row_lengths().len(),
            _jump_tail: plan.row_lengths().len() - 1,
        }
    }
}

impl Logic for MgdTrainer {
    #[hdl_gen]
    fn update(&mut self) {
        self.label.clock.next = self.clock.val();
        self.cost_label.clock.next = self.clock.val();
        // Clocks and resets.
        self.sequencer.clock.next = self.clock.val();
        self.perturbation.clock.next = self.clock.val();
        self.network.clock.next = self.clock.val();
        self.cost.clock.next = self.clock.val();
        self.score.clock.next = self.clock.val();
        for g in 0..self._pe {
            self.neurons[g].clock.next = self.clock.val();
            self.neurons[g].reset.next = self.reset.val();
            self.cost_terms[g].clock.next = self.clock.val();
        }
        self.sequencer.reset.next = self.reset.val();
        self.perturbation.reset.next = self.reset.val();
        self.network.reset.next = self.reset.val();
        self.cost.reset.next = self.reset.val();
        self.score.reset.next = self.reset.val();
        // Samples: on-chip memory or the stream.
        self.sequencer.net_done.next = self.network.done.val();
        self.sequencer.net_issued.next = self.network.issued.val();
        self.sequencer.net_issue_soon.next = self.network.issue_soon.val();
        // Each signal read by another block is assigned once per pass (if/else, never a default
        // then an override): Icarus re-runs a reader on every glitch, and a glitch that feeds back
        // (load_ok -> sequencer.loading -> this block) never settles.
        self.stream_on.next = self.stream_select.val() | self.stream_only.val();
        self.sequencer.wide.next = !self.stream_on.val();
        if self.stream_on.val() {
            self.sequencer.load_ok.next = self.sample_valid.val();
        } else {
            self.sequencer.load_ok.next = true;
        }
        self.sample_ready.next = self.stream_on.val() & self.sequencer.loading.val();
        self.labels.address.next = self.sequencer.sample.val();
        if !self.sequencer.load_last.val() {
            self.label.d.next = self.label.q.val();
        } else if self.stream_on.val() {
            self.label.d.next = self.sample_label.val();
        } else {
            self.label.d.next = self.labels.data.val();
        }
        self.network.start.next = self.sequencer.net_start.val();
        // The row word follows the Corr sweep's row while it runs.
        self.network.sweep_next.next = self.sequencer.corr_next.val();
        self.network.sweep_row_next.next = self.sequencer.index_next.val();
        self.network.sweeping.next = self.sequencer.corr.val();
        self.perturbation.restart.next = self.sequencer.restart.val();
        // How far the row steps the LFSR (`SignSource::row_steps`): its lanes, or with node
        // perturbation PE at its neurons' end. A pipeline bubble (no lanes) leaves it where it
        // is.
        self.row_steps.next = self.network.row_used.val();
        if self.node.val() {
            self.row_steps.next = 0.into();
            if self.network.row_bias.val() {
                self.row_steps.next = self.node_steps.val();
            }
        }
        self.perturbation.advance.next = (((self.sequencer.perturb_on.val()
            | self.sequencer.fusing.val())
            & self.network.busy.val())
            | self.sequencer.corr.val())
            & self.row_steps.val().any();
        self.perturbation.next_window.next = self.sequencer.next_window.val();
        self.read_map.address.next = self.read_addr.val();
        self.pass_amps.address.next = self.sequencer.pass.val();
        if self.per_layer.val() {
            self.lane_amp.next = self.pass_amps.data.val();
        } else {
            self.lane_amp.next = self.amp.val();
        }
        self.in_pass.next =
            !self.per_layer.val() | (self.network.row_layer.val() == self.sequencer.pass.val());
        // Two-cycle bank reads: the row after the next, from registers (the sweep's count, the
        // network's row) through the plan's ROMs; 0 where that row is not yet known (it is
        // then row 0 or unread: `chip::lanes::read_ahead`).
        self.infer_ahead.address.next = self.network.row.val();
        self.sweep_enter_ahead.address.next = self.sequencer.index.val();
        self.sweep_stay_ahead.address.next = self.sequencer.index.val();
        if self.sequencer.corr_next.val() & self.sequencer.corr.val() {
            self.bank_ahead.next = self.sweep_stay_ahead.data.val();
        } else if self.sequencer.corr_next.val() {
            self.bank_ahead.next = self.sweep_enter_ahead.data.val();
        } else if self.sequencer.net_start.val() & !self.reset.val() {
            self.bank_ahead.next = self.start_ahead.val();
        } else if self.network.busy.val() & !self.reset.val() {
            self.bank_ahead.next = self.infer_ahead.data.val();
        } else {
            self.bank_ahead.next = self.row0_ahead.val();
        }
        // Every lane: the row, the sweep, the banks' addresses.
        for l in 0..self._units {
            self.lanes[l].clock.next = self.clock.val();
            self.lanes[l].read_clock.next = self.read_clock.val();
            self.lanes[l].row_first.next = self.network.row_first.val();
            self.lanes[l].row_used.next = self.network.row_used.val();
            self.lanes[l].row_bias.next = self.network.row_bias.val();
            self.lanes[l].in_pass.next = self.in_pass.val();
            self.lanes[l].amp.next = self.lane_amp.val();
            self.lanes[l].slot.next = self.perturbation.window.val();
            self.lanes[l].enable.next = self.sequencer.perturb_on.val();
            self.lanes[l].running.next = self.network.busy.val();
            self.lanes[l].state.next = self.perturbation.state.val();
            // Parameters: the network's row during inference, the sweep's otherwise (the
            // block RAM takes the next cycle's address at the edge; with node perturbation and
            // the pipeline the lane reads its registered row in the sweep, `pipe_nrow0`).
            // A fused baseline (`sequencer.fusing`) correlates its own rows: G follows theta.
            if self.sequencer.corr_next.val() {
                self.lanes[l].theta_read_row.next = self.sequencer.index_next.val();
                self.lanes[l].grad_read_row.next = self.sequencer.index_next.val();
            } else {
                self.lanes[l].theta_read_row.next = self.network.row_next.val();
                self.lanes[l].grad_read_row.next = self.network.row_next.val();
            }
            self.lanes[l].ahead_row.next = self.bank_ahead.val().get_bits::<PADDR_W>(0);
            // Bit 10 is PADDR_W (`chip::lanes::AHEAD_W`), a literal: the Verilog has no name.
            self.lanes[l].act_ahead_row.next = self.bank_ahead.val().get_bits::<AADDR_W>(10);
            if self.sequencer.fusing.val() {
                self.lanes[l].write_row.next = self.network.row.val();
            } else {
                self.lanes[l].write_row.next = self.sequencer.index.val();
            }
            self.lanes[l].init_next.next = self.sequencer.init_next.val();
            self.lanes[l].init_row_next.next = self.sequencer.init_row_next.val();
            self.lanes[l].corr.next =
                self.sequencer.corr.val() | (self.sequencer.fusing.val() & self.network.busy.val());
            self.lanes[l].corr_next.next = self.sequencer.corr_next.val();
            self.lanes[l].fusing.next = self.sequencer.fusing.val();
            self.lanes[l].update.next = self.sequencer.update.val();
            self.lanes[l].cost_delta.next = self.cost.cost_delta.val();
            self.lanes[l].neg_cost_delta.next = self.cost.cost_neg_delta.val();
            self.lanes[l].delta_node.next = self.cost.delta_node.val();
            self.lanes[l].act_read_row.next = self.network.act_row_next.val();
            self.lanes[l].out_write.next = self.network.out_write.val();
            self.lanes[l].out_lane.next = self.network.out_lane.val();
            self.lanes[l].out_row.next = self.network.out_row.val();
            self.lanes[l].load.next = self.sequencer.load.val();
            self.lanes[l].load_lane.next = self.sequencer.word_lane.val();
            self.lanes[l].load_row.next = self.sequencer.load_addr.val();
            self.lanes[l].stream_data.next = self.sample_data.val();
            self.lanes[l].stream.next = self.stream_on.val();
            self.lanes[l].rom_addr.next = self.sequencer.rom_addr.val();
            self.lanes[l].read_row.next = self.read_map.data.val().get_bits::<PADDR_W>(0);
            self.lanes[l].read_lane.next = self.read_map.data.val().get_bits::<PADDR_W>(10);
        }
        // The chains: lane 0 starts from the generator's state and 0.
        self.lanes[0].read_in.next = self.zero_read.val();
        for l in 1..self._units {
            self.lanes[l].read_in.next = self.lanes[l - 1].read_out.val();
        }
        for l in self._tail..self._units {
            self.read_theta.next = signed_cast(self.lanes[l].read_out.val());
        }
        // The state past the row: the jump of the row's length (one level of parities).
        for k in 0..self._jumps {
            self.jumps[k].state.next = self.perturbation.state.val();
            self.jumps[k].row_used.next = self.row_steps.val();
        }
        self.jumps[0].chain_in.next = self.zero16.val();
        for k in 1..self._jumps {
            self.jumps[k].chain_in.next = self.jumps[k - 1].chain_out.val();
        }
        for k in self._jump_tail..self._jumps {
            self.perturbation.stepped.next = self.jumps[k].chain_out.val();
        }
        // The adder trees (`AdderTree`), one per group g of L lanes: a complete binary tree
        // over the group's L products, its L - 1 nodes in heap order in the group's lanes 0 ..
        // L - 2, node n's children nodes 2n + 1 and 2n + 2, leaf k (node L - 1 + k) lane k's
        // product: ceil(log2 L) adders deep; its root is neuron g's `row_sum`. Index
        // arithmetic must use loop variables only (rust-hdl evaluates the indices), so the
        // one-pass loops bind the constants (`gl` = L).
        for gl in self._group..self._group_end {
            for g in 0..self._pe {
                for l in 0..self._both {
                    self.lanes[g * gl + l].left_in.next =
                        self.lanes[g * gl + 2 * l + 1].subtree.val();
                    self.lanes[g * gl + l].right_in.next =
                        self.lanes[g * gl + 2 * l + 2].subtree.val();
                }
                for l in self._both..self._one_leaf {
                    self.lanes[g * gl + l].left_in.next =
                        self.lanes[g * gl + 2 * l + 1].subtree.val();
                    self.lanes[g * gl + l].right_in.next = self.lanes[g * gl].term_out.val();
                }
                for b in self._nodes..self._leaf_end {
                    for l in self._one_leaf..self._nodes {
                        self.lanes[g * gl + l].left_in.next =
                            self.lanes[g * gl + 2 * l + 1 - b].term_out.val();
                        self.lanes[g * gl + l].right_in.next =
                            self.lanes[g * gl + 2 * l + 2 - b].term_out.val();
                    }
                }
                for l in self._idle..self._group {
                    self.lanes[g * gl + l].left_in.next = self.zero_acc.val();
                    self.lanes[g * gl + l].right_in.next = self.zero_acc.val();
                }
                // At one lane, lane 0's node is its product alone (registered with the
                // pipeline).
                for l in 0..self._solo {
                    self.lanes[g * gl + l].left_in.next = self.lanes[g * gl + l].term_out.val();
                    self.lanes[g * gl + l].right_in.next = self.zero_acc.val();
                }
                self.neurons[g].row_sum.next = self.lanes[g * gl].subtree.val();
            }
        }
        // The neurons follow the network's stages; their outputs go to the cost terms, the
        // score's pick (a chain in index order) and the activation banks: bank l of group 0
        // takes neuron l mod PE's (`out_lane` is a multiple of PE), and the lanes of groups
        // g > 0 multiply what group 0's banks read.
        for g in 0..self._pe {
            self.neurons[g].start.next = self.sequencer.net_start.val();
            self.neurons[g].sum_live.next = self.network.sum_live.val();
            self.neurons[g].sum_ends.next = self.network.sum_ends.val();
            self.neurons[g].act_starts.next = self.network.act_starts.val();
            self.neurons[g].act_ends.next = self.network.act_ends.val();
            // An evaluation leaves C alone.
            self.cost_terms[g].strobe.next =
                self.network.y_valid.val() & !self.sequencer.evaluating.val();
            self.cost_terms[g].y.next = self.neurons[g].y.val();
            self.cost_terms[g].y_index.next = self.network.y_index.val();
            self.cost_terms[g].label.next = self.cost_label.q.val();
        }
        self.neurons[0].pick_in.next = self.zero_act.val();
        self.neurons[0].pick_group_in.next = self.zero_label.val();
        self.cost_terms[0].sum_in.next = self.zero_sq.val();
        for g in 1..self._pe {
            self.neurons[g].pick_in.next = self.neurons[g - 1].pick_out.val();
            self.neurons[g].pick_group_in.next = self.neurons[g - 1].pick_group_out.val();
            self.cost_terms[g].sum_in.next = self.cost_terms[g - 1].sum_out.val();
        }
        for g in self._pe_tail..self._pe {
            self.cost.squares.next = self.cost_terms[g].sum_out.val();
            self.score.y.next = self.neurons[g].pick_out.val();
            if self.side_by_side.val() {
                self.score.y_pick.next =
                    self.network.y_index.val() + self.neurons[g].pick_group_out.val();
            } else {
                self.score.y_pick.next = self.network.y_index.val();
            }
        }
        for pe in self._pe..self._pe_end {
            for gl in self._group..self._group_end {
                for l in 0..self._units {
                    self.lanes[l].out_data.next = self.neurons[(l % gl) % pe].y.val();
                }
                for l in self._group..self._units {
                    self.lanes[l].act_in.next = self.lanes[l % gl].act_out.val();
                }
            }
        }
        for l in 0..self._group {
            self.lanes[l].act_in.next = self.zero_act.val();
        }
        // Cost: the outputs' terms are compared with the cost label (`cost_terms`).
        if self.sequencer.pert_draining_next.val() {
            self.cost_label.d.next = self.cost_label.q.val();
        } else {
            self.cost_label.d.next = self.label.d.val();
        }
        self.cost.clear.next = self.sequencer.clear_cost.val();
        // An evaluation leaves C alone.
        self.cost.strobe.next = self.network.y_valid.val() & !self.sequencer.evaluating.val();
        self.cost.latch_base.next = self.sequencer.latch_base.val();
        self.cost.hold.next = self.sequencer.deferred.val();
        self.cost.latch_pert.next = self.sequencer.latch_pert.val();
        // The chip's own evaluation.
        self.score.strobe.next = self.network.y_valid.val() & self.sequencer.evaluating.val();
        self.score.y_index.next = self.network.y_index.val();
        self.score.queue.next = self.sequencer.eval_moves.val();
        self.score.label.next = self.label.q.val();
        self.score.latch.next = self.sequencer.eval_end.val();
        self.sequencer.met.next = self.score.met.val();
        // Status.
        self.steps.next = self.sequencer.steps.val();
        self.current_cost.next = self.cost.cost_base.val();
        self.done.next = self.sequencer.done.val();
        self.at_target.next = self.sequencer.halted_at_target.val();
        self.correct.next = self.score.count.val();
        self.evaluating.next = self.sequencer.evaluating.val();
        self.sample_index.next = self.sequencer.sample.val();
    }
}

impl MgdTrainer {
    /// The word a streaming source owes the chip now (settled): input `load_addr` L +
    /// `word_lane` of sample `sample_index` (training or evaluation), and its label
    /// (`ChipPlan::stream_word`).
    pub fn wanted_word(&self, plan: &ChipPlan) -> (crate::fixed::Act, u8) {
        let input = self.sequencer.load_addr.val().index() * plan.lanes
            + self.sequencer.word_lane.val().index();
        plan.stream_word(self.sample_index.val().index(), input)
    }

    /// A lane holds a Corr sweep row in its pipeline (a probe, `Lane::sweep_busy`).
    pub fn sweep_busy(&self) -> bool {
        self.lanes.iter().any(|l| l.sweep_busy())
    }

    /// theta_i in its lane's bank (a probe: the chip reads it out through `read_theta`).
    pub fn theta_at(&self, plan: &ChipPlan, i: usize) -> Signed<THETA_W> {
        let (r, l) = slot_of(&plan.rows, plan.lanes, i);
        self.lanes[l].theta_mem.peek(r)
    }

    /// G_i in its lane's bank (a probe).
    pub fn grad_at(&self, plan: &ChipPlan, i: usize) -> Signed<WIDE_W> {
        let (r, l) = slot_of(&plan.rows, plan.lanes, i);
        self.lanes[l].grad_mem.peek(r)
    }

    /// V_i (momentum's velocity) in its lane's bank (a probe).
    pub fn vel_at(&self, plan: &ChipPlan, i: usize) -> Signed<WIDE_W> {
        let (r, l) = slot_of(&plan.rows, plan.lanes, i);
        self.lanes[l].vel_mem.peek(r)
    }

    /// Activation `a` in bank a mod L (of group 0), word a / L (a probe).
    pub fn act_at(&self, a: usize) -> Signed<ACT_W> {
        let l = self._group;
        self.lanes[a % l].acts.peek(a / l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{xor_config, xor_data};

    #[test]
    fn trainer_synthesizes() {
        let plan = ChipPlan::for_rtl(&xor_config(), &xor_data().train).unwrap();
        let uut = MgdTrainer::connected(&plan);
        crate::blocks::yosys_check("trainer", &uut).unwrap();
    }
}
