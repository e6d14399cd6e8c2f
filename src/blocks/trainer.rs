//! `MgdTrainer`: the exported top, a chip that trains its own network with MGD. Wiring only:
//! every block, width and constant comes from a `chip::ChipPlan`.
//!
//! The chip holds its training set (`samples`, `labels` ROMs), its initial parameters
//! (`theta_init`), the parameters (`theta_mem`) and the gradient accumulators (`grad_mem`), so the
//! exported Verilog trains alone after a reset. Blocks (field names = Verilog = VCD scopes):
//! `sequencer`, `perturbation`, `network`, `cost`, `correlator`, `accumulator`.
//!
//! Ports: `clock`; `reset` (synchronous: Init sweep rewrites theta0 and clears G, counters and
//! LFSR restart, so a reset mid-run replays the run from scratch); a streaming sample input
//! (`stream_select` = 1 takes inputs from `sample_data` with `sample_valid` / `sample_ready`
//! handshakes, one input word per handshake, the label on `sample_label` with the last word;
//! 0 uses the sample ROM; the chip asks for sample `sample_index`, of the training set's
//! order, and while `evaluating` for the samples 0..S of its evaluation); status `steps`,
//! `current_cost` (C0 of the last baseline), `done`, `at_target` (done because an evaluation
//! reached the target) and `correct` (the count of the last evaluation, `chip::schedule`);
//! weight read-out: `read_theta` is theta[`read_addr`] as of the last rising edge of
//! `read_clock` (a block RAM read port with its own clock: tie it to `clock`, or strobe it while
//! `clock` is stopped to read every weight without moving the chip).
//!
//! Cycle budget: `chip::schedule`. The engine that drives this block cycle by cycle is
//! `engine::rtl::RtlTrainer`, where the larger tests sit.

use crate::chip::regs::SCORE_W;
use crate::chip::ChipPlan;
use crate::fixed::{to_hw, ACT_W, PADDR_W, SADDR_W, THETA_W, WIDE_W};
use rust_hdl::prelude::*;

use super::accumulator::Accumulator;
use super::correlator::Correlator;
use super::cost::Cost;
use super::memory::BlockRam;
use super::network::Network;
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
    /// Parameter to read out (addresses at or above the theta memory's depth alias).
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
    /// Sign source and perturbation adder.
    pub perturbation: Perturbation,
    /// The plant: serial MLP.
    pub network: Network,
    /// MSE, C0 and C~.
    pub cost: Cost,
    /// The chip's own evaluation: argmax, hits, the count.
    pub score: Score,
    /// e_i = s_i C~.
    pub correlator: Correlator,
    /// G_i and theta_i update rule.
    pub accumulator: Accumulator,
    /// theta_i.
    pub theta_mem: BlockRam<Signed<THETA_W>, PADDR_W>,
    /// G_i.
    pub grad_mem: BlockRam<Signed<WIDE_W>, PADDR_W>,
    /// theta0_i, written by the Init sweep.
    pub theta_init: ROM<Signed<THETA_W>, PADDR_W>,
    /// Training inputs, sample by sample.
    pub samples: ROM<Signed<ACT_W>, SADDR_W>,
    /// Training labels.
    pub labels: ROM<Bits<8>, SADDR_W>,
    label: DFF<Bits<8>>,
    target: Signal<Local, Signed<ACT_W>>,
    one: Constant<Signed<ACT_W>>,
    zero: Constant<Signed<ACT_W>>,
    single_output: Constant<Bit>,
    /// No sample ROM (`data.samples = "stream"`): the stream port is always selected.
    stream_only: Constant<Bit>,
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
        let theta0: Vec<Signed<THETA_W>> = plan.theta0.iter().map(|t| to_hw(t.0 as i64)).collect();
        // A stream-only chip has no sample ROM: empty ROMs read 0 and synthesize to nothing.
        let rom = !plan.stream_only;
        let inputs: Vec<Signed<ACT_W>> = (plan.inputs.iter().filter(|_| rom))
            .map(|a| to_hw(a.0 as i64))
            .collect();
        let labels: Vec<Bits<8>> = (plan.labels.iter().filter(|_| rom))
            .map(|&l| (l as usize).to_bits())
            .collect();
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
            sequencer: Sequencer::new(&plan.schedule),
            perturbation: Perturbation::new(&plan.signs, f),
            network: Network::new(&plan.ucode, plan.n_acts(), f),
            cost: Cost::default(),
            score: Score::new(
                plan.single_output(),
                i64::from(f.one().0 / 2),
                plan.schedule.need,
            ),
            correlator: Correlator::default(),
            accumulator: Accumulator::new(f),
            theta_mem: BlockRam::new(p),
            grad_mem: BlockRam::new(p),
            theta_init: ROM::from(theta0.into_iter()),
            samples: ROM::from(inputs.into_iter()),
            labels: ROM::from(labels.into_iter()),
            label: Default::default(),
            target: Default::default(),
            one: Constant::new(to_hw(f.one().0 as i64)),
            zero: Constant::new(to_hw(0)),
            single_output: Constant::new(plan.single_output()),
            stream_only: Constant::new(plan.stream_only),
        }
    }
}

impl Logic for MgdTrainer {
    #[hdl_gen]
    fn update(&mut self) {
        self.label.clock.next = self.clock.val();
        // Clocks and resets.
        self.sequencer.clock.next = self.clock.val();
        self.perturbation.clock.next = self.clock.val();
        self.network.clock.next = self.clock.val();
        self.cost.clock.next = self.clock.val();
        self.score.clock.next = self.clock.val();
        self.theta_mem.clock.next = self.clock.val();
        self.grad_mem.clock.next = self.clock.val();
        self.sequencer.reset.next = self.reset.val();
        self.perturbation.reset.next = self.reset.val();
        self.network.reset.next = self.reset.val();
        self.cost.reset.next = self.reset.val();
        self.score.reset.next = self.reset.val();
        // Samples: on-chip memory or the stream.
        self.sequencer.net_done.next = self.network.done.val();
        // Each signal read by another block is assigned once per pass (if/else, never a default
        // then an override): Icarus re-runs a reader on every glitch, and a glitch that feeds back
        // (load_ok -> sequencer.loading -> this block) never settles.
        if self.stream_select.val() | self.stream_only.val() {
            self.sequencer.load_ok.next = self.sample_valid.val();
        } else {
            self.sequencer.load_ok.next = true;
        }
        self.sample_ready.next =
            (self.stream_select.val() | self.stream_only.val()) & self.sequencer.loading.val();
        self.samples.address.next = self.sequencer.rom_addr.val();
        self.labels.address.next = self.sequencer.sample.val();
        self.network.load.next = self.sequencer.load.val();
        self.network.load_addr.next = self.sequencer.load_addr.val();
        if self.stream_select.val() | self.stream_only.val() {
            self.network.load_data.next = self.sample_data.val();
        } else {
            self.network.load_data.next = self.samples.data.val();
        }
        if !self.sequencer.load_last.val() {
            self.label.d.next = self.label.q.val();
        } else if self.stream_select.val() | self.stream_only.val() {
            self.label.d.next = self.sample_label.val();
        } else {
            self.label.d.next = self.labels.data.val();
        }
        self.network.start.next = self.sequencer.net_start.val();
        // Parameters: the network's address during inference, the sweep index otherwise (the
        // block RAM takes the next cycle's address at the edge).
        if self.sequencer.corr_next.val() {
            self.theta_mem.read_address.next = self.sequencer.index_next.val();
        } else {
            self.theta_mem.read_address.next = self.network.param_addr_next.val();
        }
        if self.sequencer.corr.val() {
            self.perturbation.index.next = self.sequencer.index.val();
        } else {
            self.perturbation.index.next = self.network.param_addr.val();
        }
        self.theta_mem.read2_clock.next = self.read_clock.val();
        self.theta_mem.read2_address.next = self.read_addr.val();
        self.read_theta.next = self.theta_mem.read2_data.val();
        self.perturbation.theta.next = self.theta_mem.read_data.val();
        self.perturbation.enable.next = self.sequencer.perturb_on.val();
        self.perturbation.restart.next = self.sequencer.restart.val();
        self.perturbation.advance.next =
            (self.sequencer.perturb_on.val() & self.network.busy.val()) | self.sequencer.corr.val();
        self.perturbation.next_window.next = self.sequencer.next_window.val();
        self.network.theta.next = self.perturbation.theta_pert.val();
        // Cost: one-hot target, or the label itself for a single output.
        if (self.single_output.val() & self.label.q.val().get_bit(0))
            | (!self.single_output.val() & (self.network.y_index.val() == self.label.q.val()))
        {
            self.target.next = self.one.val();
        } else {
            self.target.next = self.zero.val();
        }
        self.cost.clear.next = self.sequencer.net_start.val();
        self.cost.strobe.next = self.network.y_valid.val();
        self.cost.y.next = self.network.y.val();
        self.cost.target.next = self.target.val();
        self.cost.latch_base.next = self.sequencer.latch_base.val();
        // The chip's own evaluation.
        self.score.strobe.next = self.network.y_valid.val() & self.sequencer.evaluating.val();
        self.score.y.next = self.network.y.val();
        self.score.y_index.next = self.network.y_index.val();
        self.score.judge.next = self.sequencer.judge.val();
        self.score.label.next = self.label.q.val();
        self.score.latch.next = self.sequencer.eval_end.val();
        self.sequencer.met.next = self.score.met.val();
        // Correlate and accumulate (and update) over the sweep.
        self.correlator.sign.next = self.perturbation.sign.val();
        self.correlator.active.next = self.perturbation.active.val();
        self.correlator.cost_delta.next = self.cost.cost_delta.val();
        self.grad_mem.read_address.next = self.sequencer.index_next.val();
        self.grad_mem.read2_clock.next = self.clock.val();
        self.grad_mem.read2_address.next = 0.into();
        self.accumulator.grad.next = self.grad_mem.read_data.val();
        self.accumulator.corr.next = self.correlator.corr.val();
        self.accumulator.theta.next = self.theta_mem.read_data.val();
        self.accumulator.update.next = self.sequencer.update.val();
        self.theta_init.address.next = self.sequencer.index.val();
        self.grad_mem.write_address.next = self.sequencer.index.val();
        self.theta_mem.write_address.next = self.sequencer.index.val();
        if self.sequencer.init.val() {
            self.grad_mem.write_data.next = 0.into();
            self.grad_mem.write_enable.next = true;
            self.theta_mem.write_data.next = self.theta_init.data.val();
            self.theta_mem.write_enable.next = true;
        } else {
            self.grad_mem.write_data.next = self.accumulator.grad_next.val();
            self.grad_mem.write_enable.next = self.sequencer.corr.val();
            self.theta_mem.write_data.next = self.accumulator.theta_next.val();
            self.theta_mem.write_enable.next =
                self.sequencer.corr.val() & self.sequencer.update.val();
        }
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
