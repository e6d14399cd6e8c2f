//! `Sequencer`: the tau_x / tau_p / tau_theta counters and the FSM that orders one MGD step.
//!
//! The FSM and its cycle budget are `chip::schedule` (the module doc draws it); this block is
//! that FSM in gates. `reset` (synchronous) restarts from Init at any time. Twin:
//! `model::sequencer`. Larger runs: `trainer`'s tests.

use crate::chip::lanes::LAYER_W;
use crate::chip::regs::DRAIN_W;
use crate::chip::Schedule;
pub use crate::chip::SeqState;
use crate::fixed::{AADDR_W, PADDR_W, SADDR_W};
use rust_hdl::prelude::*;

/// Counters and FSM. Port names = Verilog = VCD.
#[derive(LogicBlock)]
pub struct Sequencer {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: back to Init, counters 0.
    pub reset: Signal<In, Bit>,
    /// The network finished an inference.
    pub net_done: Signal<In, Bit>,
    /// The network issues its last parameter row this cycle (`network.issued`).
    pub net_issued: Signal<In, Bit>,
    /// The row after the network's next is its last parameter row (`network.issue_soon`).
    pub net_issue_soon: Signal<In, Bit>,
    /// The sample word is available this cycle (always, for the on-chip sample memory).
    pub load_ok: Signal<In, Bit>,
    /// The evaluation's count reached the target (`score.met`).
    pub met: Signal<In, Bit>,
    /// Loads take a row of L words per cycle (the sample ROM); low: one word per cycle (the
    /// stream), lane `word_lane` of row `load_addr`.
    pub wide: Signal<In, Bit>,
    /// The lane a streamed word goes to.
    pub word_lane: Signal<Out, Bits<PADDR_W>>,
    /// The next cycle is an Init sweep row (theta0_i and G_i = 0 written at its row): the
    /// lanes register it (`lanes$l.init_done`), so the banks' write ports start at a local
    /// flip-flop, not at the state decode fanned out to every lane.
    pub init_next: Signal<Out, Bit>,
    /// That row (`count` of the next cycle in Init, else 0): the lanes' `init_row`.
    pub init_row_next: Signal<Out, Bits<PADDR_W>>,
    /// Load input `index` of the sample at this edge.
    pub load: Signal<Out, Bit>,
    /// In the Load state: waiting for (or taking) sample words.
    pub loading: Signal<Out, Bit>,
    /// The last input of the sample (latch its label).
    pub load_last: Signal<Out, Bit>,
    /// Activation word (every lane's bank) of the inputs being loaded.
    pub load_addr: Signal<Out, Bits<AADDR_W>>,
    /// Sample-memory word: sample * ceil(n_in / L) + load row.
    pub rom_addr: Signal<Out, Bits<SADDR_W>>,
    /// Index of the sample being loaded: the training sample, or in an evaluation the
    /// evaluated one.
    pub sample: Signal<Out, Bits<SADDR_W>>,
    /// Start an inference (also clears the cost).
    pub net_start: Signal<Out, Bit>,
    /// The perturbed inference is running.
    pub perturb_on: Signal<Out, Bit>,
    /// C0 <- C at this edge.
    pub latch_base: Signal<Out, Bit>,
    /// C~ <- C - C0 at this edge: a handed-over perturbed inference drained (`[chip]
    /// handover`).
    pub latch_pert: Signal<Out, Bit>,
    /// C <- 0 at this edge: an inference starts, but not a perturbed one that overlaps the
    /// baseline's drain (then the latch clears C instead).
    pub clear_cost: Signal<Out, Bit>,
    /// Reload the perturbation generator's window start.
    pub restart: Signal<Out, Bit>,
    /// Correlation sweep: parameter `index` is correlated and accumulated this cycle.
    pub corr: Signal<Out, Bit>,
    /// This sweep also applies the tau_theta update (the last pass's sweep).
    pub update: Signal<Out, Bit>,
    /// The pass of the step (`Schedule::passes`): with per-layer perturbation the weight
    /// layer being perturbed and correlated; 0 otherwise.
    pub pass: Signal<Out, Bits<LAYER_W>>,
    /// A tau_p window ends at this edge.
    pub next_window: Signal<Out, Bit>,
    /// A step ends at this edge.
    pub step_done: Signal<Out, Bit>,
    /// Halted: the step budget is spent or an evaluation reached the target.
    pub done: Signal<Out, Bit>,
    /// The evaluation ends at this edge (latch its count).
    pub eval_end: Signal<Out, Bit>,
    /// In an evaluation (EvalLoad .. EvalEnd).
    pub evaluating: Signal<Out, Bit>,
    /// The chip halted because an evaluation reached the target.
    pub halted_at_target: Signal<Out, Bit>,
    /// Row of the Init and Corr sweeps (and load row of Load: inputs index L .. index L + L).
    pub index: Signal<Out, Bits<PADDR_W>>,
    /// `index` of the next cycle whenever `corr_next` (block RAM read addresses are taken at
    /// the edge; outside the sweep nothing reads it). It is formed from registers and
    /// `net_done` only, not from the next state, so the sweep's reads do not wait for the
    /// FSM's other decisions (the stream handshake, the score).
    pub index_next: Signal<Out, Bits<PADDR_W>>,
    /// `corr` of the next cycle.
    pub corr_next: Signal<Out, Bit>,
    /// The inference carries the last step's deferred Corr sweep (`[chip] fuse_corr`): its
    /// used slots add s_i C~ to G_i. The baseline does; with `[chip] handover` the perturbed
    /// inference, whose lanes correlate with the window before (`SignSource::lag`).
    pub fusing: Signal<Out, Bit>,
    /// A handed-over perturbed inference drains (`pdrain` > 0): the cost compares its
    /// outputs with its own sample's label.
    pub pert_draining: Signal<Out, Bit>,
    /// `pert_draining` of the next cycle (for the trainer's `cost_label` register).
    pub pert_draining_next: Signal<Out, Bit>,
    /// A Corr sweep is deferred (PertWait skipped it; until Pert): the cost block holds C~.
    pub deferred: Signal<Out, Bit>,
    /// An evaluated sample's last parameter row is issued: its label is the one to judge.
    pub eval_moves: Signal<Out, Bit>,
    /// Steps taken.
    pub steps: Signal<Out, Bits<32>>,
    /// Steps into the current sample (0..tau_x).
    pub tau_x: Signal<Out, Bits<32>>,
    /// Steps into the current perturbation window (0..tau_p).
    pub tau_p: Signal<Out, Bits<32>>,
    /// Steps into the current update interval (0..tau_theta).
    pub tau_theta: Signal<Out, Bits<32>>,
    /// FSM state.
    pub state: DFF<SeqState>,
    count: DFF<Bits<PADDR_W>>,
    x_count: DFF<Bits<32>>,
    p_count: DFF<Bits<32>>,
    theta_count: DFF<Bits<32>>,
    sample_index: DFF<Bits<SADDR_W>>,
    sample_base: DFF<Bits<SADDR_W>>,
    step_count: DFF<Bits<32>>,
    eval_count: DFF<Bits<32>>,
    eval_index: DFF<Bits<SADDR_W>>,
    eval_base: DFF<Bits<SADDR_W>>,
    at_target: DFF<Bit>,
    load_lane: DFF<Bits<PADDR_W>>,
    pass_count: DFF<Bits<LAYER_W>>,
    /// With the pipeline, cycles until C0 is latched while the baseline drains (D + 1 down
    /// to 1, `Schedule::drain`; 0: no drain).
    drain: DFF<Bits<DRAIN_W>>,
    /// The step's Corr sweep waits for the next baseline (`Schedule::defers`), or with
    /// `[chip] handover` for the next perturbed inference.
    defer: DFF<Bit>,
    /// With `[chip] handover`, cycles until C is latched while a handed-over perturbed
    /// inference drains (D + 1 down to 1; 0: none).
    pdrain: DFF<Bits<DRAIN_W>>,
    /// With `[chip] handover`: the baseline issued its last parameter row and Pert waits for
    /// the carried sweep's C~ (`Schedule::stall`).
    held: DFF<Bit>,
    /// That C~ is latched by the next cycle (`pdrain` <= 2): Pert may start.
    pert_ready: Signal<Local, Bit>,
    /// `fusing`, registered from the next state and `defer`: the lanes' correlator sign
    /// select and G's write row start at a flip-flop, not at the state decode and the
    /// network's `done`/`issued` behind it (the ECP5's critical path at every L, stop 39).
    fusing_q: DFF<Bit>,
    /// `loading`, registered from the next state: the sample loads' write enables in every
    /// lane (`load` -> `lanes$l.pipe_load*`) start at a flip-flop, not at the state decode
    /// (the 85F's critical path at 50 lanes, stop 49).
    loading_q: DFF<Bit>,
    /// `Schedule::handover`.
    handover: Constant<Bit>,
    /// 3, for `pert_ready`.
    drain_three: Constant<Bits<DRAIN_W>>,
    /// This step would defer its sweep (`Schedule::defers`), from this cycle's counters.
    defers_now: Signal<Local, Bit>,
    /// `defers_now` of the cycle before: PertWait reads it from a register, not through four
    /// 32-bit compares on the way to the banks' read addresses (the counters change only in
    /// Next, at least two cycles before PertWait).
    defers: DFF<Bit>,
    /// In Pert after a fused baseline: a tau_p window ends, so the LFSR's state is the next
    /// window's start (no restart).
    moves: Signal<Local, Bit>,
    /// `Schedule::fuse`.
    fuse: Constant<Bit>,
    /// With the pipeline an evaluated sample that is not the last hands over to the next
    /// one's load at its last parameter row (its label waits in the score's judge line).
    eval_hands: Signal<Local, Bit>,
    /// `Schedule::eval_hands`.
    eval_overlap: Constant<Bit>,
    /// The handover cycle reads the next sample's one load row (`Schedule::eval_prefetches`):
    /// `load` and `load_last` are on and EvalStart follows (from the sample ROM only: `wide`);
    /// in a chained evaluation `load_last` only (the row came with `preload`), the network
    /// starts the next sample and EvalWait stays.
    prefetch: Signal<Local, Bit>,
    /// In EvalWait of a prefetching evaluation, but the last sample's: `rom_addr` and `sample`
    /// are the next sample's, from registers only (through `net_issued` or `wide` the ROM's
    /// address would close a loop of always blocks through the lanes and the network).
    fetch_next: Signal<Local, Bit>,
    /// `Schedule::eval_prefetches`.
    eval_prefetch: Constant<Bit>,
    /// A chained evaluation (`Schedule::eval_chains`): the handover also starts the next
    /// sample's inference, whose load row was read a cycle before (`preload`).
    eval_chain: Constant<Bit>,
    /// `Schedule::preloads_at_start`: `preload` is set where the network starts a sample.
    preload_at_start: Constant<Bit>,
    /// `last_sample` - 1: a chained handover starts sample `eval_index` + 1, and `preload`
    /// set there (`preload_at_start`) reads the sample after it.
    last_but_one: Constant<Bits<SADDR_W>>,
    /// The cycle before a chained evaluation's handover: `load` (not `load_last`, which
    /// takes the label at the handover) for the next sample's row. A flip-flop, set a
    /// cycle earlier (`network.issue_soon`; with two rows where the network starts the
    /// sample, `preload_at_start`): decoded in its own cycle, from the state, the
    /// sample counter and the network's row, the load's fan-out to the lanes was the
    /// 50-lane chip's critical path (54.55 MHz on the 85F, stop 48).
    preload: DFF<Bit>,
    /// `preload` registered: the handover cycle of a chained evaluation, where `net_start`
    /// starts the next sample. From a flip-flop, as `prefetch` (through `net_issued` and
    /// `wide`) would close a loop of always blocks through the network for Verilator.
    chain_start: DFF<Bit>,
    row_end: Signal<Local, Bit>,
    /// PertWait -> Corr at this edge.
    to_corr: Signal<Local, Bit>,
    init_row: Signal<Local, Bits<PADDR_W>>,
    /// Corr -> Corr at this edge (not the sweep's last row).
    corr_stays: Signal<Local, Bit>,
    last_row: Constant<Bits<PADDR_W>>,
    /// The baseline hands over to Pert when its last parameter row is issued (the pipeline).
    overlap: Constant<Bit>,
    /// D + 1: the edges from that row's cycle to C0's latch, as `done` would give.
    drain_len: Constant<Bits<DRAIN_W>>,
    /// 1, for the drain's last count.
    drain_one: Constant<Bits<DRAIN_W>>,
    /// With the pipeline, the row the Corr sweep visits after `count` (`chip::lanes::sweep_after`:
    /// the bubbles between layers skipped); empty without it, whose sweep counts up.
    pub sweep_after: ROM<Bits<PADDR_W>, PADDR_W>,
    /// The sweep skips rows (the pipeline's bubbles).
    skips: Constant<Bit>,
    /// The Corr sweep's last row (`Schedule::sweep_last`).
    last_sweep: Constant<Bits<PADDR_W>>,
    last_pass: Constant<Bits<LAYER_W>>,
    /// More than one pass (per layer): without it `pass_count` stays 0 and synthesis drops it.
    multi_pass: Constant<Bit>,
    last_load: Constant<Bits<PADDR_W>>,
    load_rows: Constant<Bits<SADDR_W>>,
    last_sample: Constant<Bits<SADDR_W>>,
    tau_x_last: Constant<Bits<32>>,
    tau_p_last: Constant<Bits<32>>,
    tau_theta_last: Constant<Bits<32>>,
    max_steps: Constant<Bits<32>>,
    /// `max_steps` - 1: the Next state compares the count with it, an equality, not an add
    /// and a compare in series (its path reaches the block RAMs' read addresses).
    last_step: Constant<Bits<32>>,
    eval_last: Constant<Bits<32>>,
    evaluate: Constant<Bit>,
    last_lane: Constant<Bits<PADDR_W>>,
    last_word_lane: Constant<Bits<PADDR_W>>,
}

impl Sequencer {
    /// A sequencer with schedule `t` (all counts >= 1, checked by the chip plan) and the
    /// sweep's next rows `sweep_after` (`ChipPlan::sweep_after_rom`: empty, the sweep counts
    /// up, or one entry per row).
    pub fn new(t: &Schedule, sweep_after: &[usize]) -> Self {
        assert!(sweep_after.is_empty() || sweep_after.len() == t.rows);
        assert!(t.sweep_last < t.rows && t.sweep_rows >= 1 && t.latch_delay() < 1 << DRAIN_W);
        assert!(t.n_params >= 1 && t.n_params <= 1 << PADDR_W);
        assert!(t.lanes >= 1 && t.rows >= 1 && t.rows <= 1 << PADDR_W);
        assert!(t.n_inputs >= 1 && t.n_samples >= 1 && t.n_samples * t.n_inputs <= 1 << SADDR_W);
        assert!(t.tau_x >= 1 && t.tau_p >= 1 && t.tau_theta >= 1 && t.max_steps >= 1);
        assert!(t.eval_interval >= 1);
        assert!(t.passes >= 1 && t.passes <= 1 << LAYER_W);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            net_done: Default::default(),
            load_ok: Default::default(),
            met: Default::default(),
            wide: Default::default(),
            word_lane: Default::default(),
            init_next: Default::default(),
            init_row_next: Default::default(),
            load: Default::default(),
            loading: Default::default(),
            load_last: Default::default(),
            load_addr: Default::default(),
            rom_addr: Default::default(),
            sample: Default::default(),
            net_start: Default::default(),
            perturb_on: Default::default(),
            latch_base: Default::default(),
            latch_pert: Default::default(),
            pert_draining: Default::default(),
            pert_draining_next: Default::default(),
            pdrain: Default::default(),
            held: Default::default(),
            fusing_q: Default::default(),
            loading_q: Default::default(),
            pert_ready: Default::default(),
            handover: Constant::new(t.handover),
            drain_three: Constant::new(3.into()),
            restart: Default::default(),
            corr: Default::default(),
            update: Default::default(),
            pass: Default::default(),
            next_window: Default::default(),
            step_done: Default::default(),
            done: Default::default(),
            eval_end: Default::default(),
            evaluating: Default::default(),
            halted_at_target: Default::default(),
            index: Default::default(),
            index_next: Default::default(),
            corr_next: Default::default(),
            fusing: Default::default(),
            deferred: Default::default(),
            eval_moves: Default::default(),
            eval_hands: Default::default(),
            eval_overlap: Constant::new(t.eval_hands()),
            prefetch: Default::default(),
            fetch_next: Default::default(),
            eval_prefetch: Constant::new(t.eval_prefetches()),
            eval_chain: Constant::new(t.eval_chains()),
            preload_at_start: Constant::new(t.preloads_at_start()),
            last_but_one: Constant::new(t.n_samples.saturating_sub(2).to_bits()),
            preload: Default::default(),
            chain_start: Default::default(),
            defer: Default::default(),
            defers_now: Default::default(),
            defers: Default::default(),
            moves: Default::default(),
            fuse: Constant::new(t.fuse),
            net_issued: Default::default(),
            net_issue_soon: Default::default(),
            clear_cost: Default::default(),
            steps: Default::default(),
            tau_x: Default::default(),
            tau_p: Default::default(),
            tau_theta: Default::default(),
            state: Default::default(),
            count: Default::default(),
            x_count: Default::default(),
            p_count: Default::default(),
            theta_count: Default::default(),
            sample_index: Default::default(),
            sample_base: Default::default(),
            step_count: Default::default(),
            eval_count: Default::default(),
            eval_index: Default::default(),
            eval_base: Default::default(),
            at_target: Default::default(),
            load_lane: Default::default(),
            pass_count: Default::default(),
            row_end: Default::default(),
            to_corr: Default::default(),
            init_row: Default::default(),
            corr_stays: Default::default(),
            last_row: Constant::new((t.rows - 1).to_bits()),
            overlap: Constant::new(t.drain > 0),
            drain_len: Constant::new(t.latch_delay().to_bits()),
            drain_one: Constant::new(1.into()),
            drain: Default::default(),
            sweep_after: ROM::from(sweep_after.iter().map(|&r| r.to_bits())),
            skips: Constant::new(!sweep_after.is_empty()),
            last_sweep: Constant::new(t.sweep_last.to_bits()),
            last_pass: Constant::new(((t.passes - 1) as u64).into()),
            multi_pass: Constant::new(t.passes > 1),
            last_load: Constant::new((t.load_rows() - 1).to_bits()),
            load_rows: Constant::new(t.load_rows().to_bits()),
            last_sample: Constant::new((t.n_samples - 1).to_bits()),
            tau_x_last: Constant::new(((t.tau_x - 1) as u64).into()),
            tau_p_last: Constant::new(((t.tau_p - 1) as u64).into()),
            tau_theta_last: Constant::new(((t.tau_theta - 1) as u64).into()),
            max_steps: Constant::new((t.max_steps as u64).into()),
            last_step: Constant::new(((t.max_steps - 1) as u64).into()),
            eval_last: Constant::new(((t.eval_interval - 1) as u64).into()),
            evaluate: Constant::new(t.evaluate),
            last_lane: Constant::new((t.lanes - 1).to_bits()),
            last_word_lane: Constant::new(t.last_lane().to_bits()),
        }
    }
}

impl Logic for Sequencer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            count,
            x_count,
            p_count,
            theta_count,
            sample_index,
            sample_base,
            step_count,
            eval_count,
            eval_index,
            eval_base,
            at_target,
            load_lane,
            pass_count,
            drain,
            defer,
            defers,
            pdrain,
            held,
            fusing_q,
            loading_q,
            preload,
            chain_start
        );
        self.evaluating.next = (self.state.q.val() == SeqState::EvalLoad)
            | (self.state.q.val() == SeqState::EvalStart)
            | (self.state.q.val() == SeqState::EvalWait)
            | (self.state.q.val() == SeqState::EvalEnd);
        self.loading.next = self.loading_q.q.val();
        self.index.next = self.count.q.val();
        self.load_addr.next = bit_cast::<AADDR_W, PADDR_W>(self.count.q.val());
        // (Before the ROM's address, which reads it.)
        self.eval_moves.next = (self.state.q.val() == SeqState::EvalWait) & self.net_issued.val();
        self.eval_hands.next = self.eval_overlap.val()
            & self.eval_moves.val()
            & (self.eval_index.q.val() != self.last_sample.val());
        self.prefetch.next = self.eval_prefetch.val() & self.wide.val() & self.eval_hands.val();
        self.fetch_next.next = self.eval_prefetch.val()
            & (self.state.q.val() == SeqState::EvalWait)
            & (self.eval_index.q.val() != self.last_sample.val());
        // (`fetch_next` itself, not its terms, would tie `wide` to the ROM's address and
        // `sample` in one always block, which Verilator then finds in a loop through the
        // trainer's.)
        if self.preload_at_start.val() {
            // Two rows: the cycle that starts the sample after which another follows
            // (EvalStart's sample `eval_index`, a chained handover's `eval_index` + 1).
            self.preload.d.next = self.eval_chain.val()
                & (((self.state.q.val() == SeqState::EvalStart)
                    & (self.eval_index.q.val() != self.last_sample.val()))
                    | (self.chain_start.q.val()
                        & (self.eval_index.q.val() != self.last_but_one.val())))
                & self.wide.val()
                & !self.reset.val();
        } else {
            // A row of the sample, two before its last (`network.issue_soon`).
            self.preload.d.next = self.eval_chain.val()
                & (self.state.q.val() == SeqState::EvalWait)
                & (self.eval_index.q.val() != self.last_sample.val())
                & self.net_issue_soon.val()
                & self.wide.val()
                & !self.reset.val();
        }
        self.chain_start.d.next = self.preload.q.val() & !self.reset.val();
        if self.fetch_next.val() {
            self.rom_addr.next = self.eval_base.q.val() + self.load_rows.val();
            self.sample.next = self.eval_index.q.val() + 1;
        } else if self.evaluating.val() {
            self.rom_addr.next =
                self.eval_base.q.val() + bit_cast::<SADDR_W, PADDR_W>(self.count.q.val());
            self.sample.next = self.eval_index.q.val();
        } else {
            self.rom_addr.next =
                self.sample_base.q.val() + bit_cast::<SADDR_W, PADDR_W>(self.count.q.val());
            self.sample.next = self.sample_index.q.val();
        }
        self.halted_at_target.next = self.at_target.q.val();
        self.steps.next = self.step_count.q.val();
        self.tau_x.next = self.x_count.q.val();
        self.tau_p.next = self.p_count.q.val();
        self.tau_theta.next = self.theta_count.q.val();
        // Strobes: one assignment each per pass, outside the match (an output read by another
        // block must not glitch: Icarus re-runs every reader of a glitch).
        self.init_next.next = self.reset.val()
            | ((self.state.q.val() == SeqState::Init)
                & (self.count.q.val() != self.last_row.val()));
        // (Formed in a local: an output is assigned once per pass.)
        self.init_row.next = 0.into();
        if (self.state.q.val() == SeqState::Init)
            & (self.count.q.val() != self.last_row.val())
            & !self.reset.val()
        {
            self.init_row.next = self.count.q.val() + 1;
        }
        self.init_row_next.next = self.init_row.val();
        self.load.next = (self.loading.val() & self.load_ok.val())
            | (self.prefetch.val() & !self.eval_chain.val())
            | self.preload.q.val();
        self.word_lane.next = self.load_lane.q.val();
        // A load row ends with its word (the ROM), or at its last lane (the stream).
        if self.wide.val() {
            self.row_end.next = true;
        } else if self.count.q.val() == self.last_load.val() {
            self.row_end.next = self.load_lane.q.val() == self.last_word_lane.val();
        } else {
            self.row_end.next = self.load_lane.q.val() == self.last_lane.val();
        }
        self.load_last.next = (self.loading.val()
            & self.load_ok.val()
            & (self.count.q.val() == self.last_load.val())
            & self.row_end.val())
            | self.prefetch.val();
        self.net_start.next = (self.state.q.val() == SeqState::Base)
            | (self.state.q.val() == SeqState::Pert)
            | (self.state.q.val() == SeqState::EvalStart)
            | self.chain_start.q.val();
        self.perturb_on.next =
            (self.state.q.val() == SeqState::Pert) | (self.state.q.val() == SeqState::PertWait);
        // With the pipeline the drain count ends in C0's latch after a baseline. An evaluation
        // leaves C alone (the score's judge line times its judges).
        if self.overlap.val() {
            self.latch_base.next =
                (self.drain.q.val() == self.drain_one.val()) & !self.evaluating.val();
        } else {
            self.latch_base.next = (self.state.q.val() == SeqState::BaseWait) & self.net_done.val();
        }
        // A handed-over inference's C is latched (and C cleared) D + 1 edges after its last
        // parameter row; the baseline that starts meanwhile leaves C to it.
        self.latch_pert.next = self.pdrain.q.val() == self.drain_one.val();
        self.pert_draining.next = self.pdrain.q.val().any();
        self.pert_ready.next = self.pdrain.q.val() < self.drain_three.val();
        self.clear_cost.next = (self.net_start.val()
            & !self.drain.q.val().any()
            & !self.pdrain.q.val().any()
            & !self.evaluating.val())
            | (self.overlap.val() & self.latch_base.val())
            | self.latch_pert.val();
        // (Without the overlap its input is the constant 0, so synthesis drops it.)
        self.drain.d.next = 0.into();
        if self.overlap.val() & self.drain.q.val().any() {
            self.drain.d.next = self.drain.q.val() - 1;
        }
        self.pdrain.d.next = 0.into();
        if self.handover.val() & self.pdrain.q.val().any() {
            self.pdrain.d.next = self.pdrain.q.val() - 1;
        }
        // `Schedule::defers`, from the counters Next will move (the last step never defers,
        // which also covers the evaluation at the budget).
        self.defers_now.next = self.fuse.val()
            & (self.theta_count.q.val() != self.tau_theta_last.val())
            & (self.x_count.q.val() == self.tau_x_last.val())
            & !(self.evaluate.val() & (self.eval_count.q.val() == self.eval_last.val()))
            & (self.step_count.q.val() != self.last_step.val());
        self.moves.next = self.defer.q.val() & !self.p_count.q.val().any() & !self.handover.val();
        self.fusing.next = self.fusing_q.q.val();
        self.deferred.next = self.defer.q.val();
        self.restart.next = ((self.state.q.val() == SeqState::Pert) & !self.moves.val())
            | ((self.state.q.val() == SeqState::PertWait) & self.net_done.val());
        self.corr.next = self.state.q.val() == SeqState::Corr;
        self.update.next = (self.state.q.val() == SeqState::Corr)
            & (self.theta_count.q.val() == self.tau_theta_last.val())
            & (!self.multi_pass.val() | (self.pass_count.q.val() == self.last_pass.val()));
        self.pass.next = self.pass_count.q.val();
        self.next_window.next = ((self.state.q.val() == SeqState::Next)
            & (self.p_count.q.val() == self.tau_p_last.val())
            & (!self.defer.q.val() | self.handover.val()))
            | ((self.state.q.val() == SeqState::Pert) & self.moves.val());
        self.step_done.next = self.state.q.val() == SeqState::Next;
        self.done.next = self.state.q.val() == SeqState::Halt;
        self.eval_end.next = self.state.q.val() == SeqState::EvalEnd;
        self.defers.d.next = self.defers_now.val();
        self.to_corr.next =
            (self.state.q.val() == SeqState::PertWait) & self.net_done.val() & !self.defers.q.val();
        self.corr_stays.next =
            (self.state.q.val() == SeqState::Corr) & (self.count.q.val() != self.last_sweep.val());
        self.sweep_after.address.next = self.count.q.val();
        match self.state.q.val() {
            SeqState::Init => {
                self.count.d.next = self.count.q.val() + 1;
                if self.count.q.val() == self.last_row.val() {
                    self.count.d.next = 0.into();
                    self.state.d.next = SeqState::Load;
                    if self.evaluate.val() {
                        self.state.d.next = SeqState::EvalLoad;
                    }
                }
            }
            SeqState::Load => {
                if self.load_ok.val() & self.row_end.val() {
                    self.load_lane.d.next = 0.into();
                    self.count.d.next = self.count.q.val() + 1;
                    if self.count.q.val() == self.last_load.val() {
                        self.count.d.next = 0.into();
                        self.state.d.next = SeqState::Base;
                    }
                }
                if self.load_ok.val() & !self.row_end.val() {
                    self.load_lane.d.next = self.load_lane.q.val() + 1;
                }
            }
            SeqState::Base => {
                self.state.d.next = SeqState::BaseWait;
            }
            SeqState::BaseWait => {
                // Carrying a handed-over sweep, Pert waits until its C~ is latched by the Pert
                // cycle (`Schedule::stall`).
                if self.overlap.val() & self.net_issued.val() {
                    self.drain.d.next = self.drain_len.val();
                }
                if self.overlap.val() & (self.net_issued.val() | self.held.q.val()) {
                    self.held.d.next = !self.pert_ready.val();
                    if self.pert_ready.val() {
                        self.state.d.next = SeqState::Pert;
                    }
                }
                if !self.overlap.val() & self.net_done.val() {
                    self.state.d.next = SeqState::Pert;
                }
            }
            SeqState::Pert => {
                self.state.d.next = SeqState::PertWait;
                if !self.handover.val() {
                    self.defer.d.next = false;
                }
            }
            SeqState::PertWait => {
                // With handovers the carried sweep ends at the last parameter row; handing
                // over, Next comes there too, and C is latched D + 1 edges later.
                if self.handover.val() & self.net_issued.val() {
                    self.defer.d.next = self.defers.q.val();
                    if self.defers.q.val() {
                        self.state.d.next = SeqState::Next;
                        self.pdrain.d.next = self.drain_len.val();
                    }
                }
                if self.to_corr.val() {
                    self.state.d.next = SeqState::Corr;
                }
                if self.net_done.val() & self.defers.q.val() {
                    self.state.d.next = SeqState::Next;
                    self.defer.d.next = true;
                }
            }
            SeqState::Corr => {
                if self.skips.val() {
                    self.count.d.next = self.sweep_after.data.val();
                } else {
                    self.count.d.next = self.count.q.val() + 1;
                }
                if !self.corr_stays.val() {
                    self.count.d.next = 0.into();
                    self.state.d.next = SeqState::Next;
                    self.pass_count.d.next = 0.into();
                    // Per layer: the next layer's perturbed inference (same window, same C0).
                    if self.multi_pass.val() & (self.pass_count.q.val() != self.last_pass.val()) {
                        self.state.d.next = SeqState::Pert;
                        self.pass_count.d.next = self.pass_count.q.val() + 1;
                    }
                }
            }
            SeqState::Next => {
                self.step_count.d.next = self.step_count.q.val() + 1;
                self.p_count.d.next = self.p_count.q.val() + 1;
                if self.p_count.q.val() == self.tau_p_last.val() {
                    self.p_count.d.next = 0.into();
                }
                self.state.d.next = SeqState::Pert;
                self.theta_count.d.next = self.theta_count.q.val() + 1;
                if self.theta_count.q.val() == self.tau_theta_last.val() {
                    self.theta_count.d.next = 0.into();
                    self.state.d.next = SeqState::Base;
                }
                self.x_count.d.next = self.x_count.q.val() + 1;
                if self.x_count.q.val() == self.tau_x_last.val() {
                    self.x_count.d.next = 0.into();
                    self.state.d.next = SeqState::Load;
                    self.sample_index.d.next = self.sample_index.q.val() + 1;
                    self.sample_base.d.next = self.sample_base.q.val() + self.load_rows.val();
                    if self.sample_index.q.val() == self.last_sample.val() {
                        self.sample_index.d.next = 0.into();
                        self.sample_base.d.next = 0.into();
                    }
                }
                if self.step_count.q.val() == self.last_step.val() {
                    self.state.d.next = SeqState::Halt;
                }
                self.eval_count.d.next = self.eval_count.q.val() + 1;
                if self.eval_count.q.val() == self.eval_last.val() {
                    self.eval_count.d.next = 0.into();
                }
                if self.evaluate.val()
                    & ((self.eval_count.q.val() == self.eval_last.val())
                        | (self.step_count.q.val() == self.last_step.val()))
                {
                    self.state.d.next = SeqState::EvalLoad;
                }
            }
            SeqState::Halt => {}
            SeqState::EvalLoad => {
                if self.load_ok.val() & self.row_end.val() {
                    self.load_lane.d.next = 0.into();
                    self.count.d.next = self.count.q.val() + 1;
                    if self.count.q.val() == self.last_load.val() {
                        self.count.d.next = 0.into();
                        self.state.d.next = SeqState::EvalStart;
                    }
                }
                if self.load_ok.val() & !self.row_end.val() {
                    self.load_lane.d.next = self.load_lane.q.val() + 1;
                }
            }
            SeqState::EvalStart => {
                self.state.d.next = SeqState::EvalWait;
            }
            SeqState::EvalWait => {
                if self.eval_hands.val() {
                    self.eval_index.d.next = self.eval_index.q.val() + 1;
                    self.eval_base.d.next = self.eval_base.q.val() + self.load_rows.val();
                    self.state.d.next = SeqState::EvalLoad;
                }
                if self.net_done.val() {
                    self.eval_index.d.next = self.eval_index.q.val() + 1;
                    self.eval_base.d.next = self.eval_base.q.val() + self.load_rows.val();
                    self.state.d.next = SeqState::EvalLoad;
                    if self.eval_index.q.val() == self.last_sample.val() {
                        self.eval_index.d.next = 0.into();
                        self.eval_base.d.next = 0.into();
                        self.state.d.next = SeqState::EvalEnd;
                    }
                }
            }
            SeqState::EvalEnd => {
                self.state.d.next = SeqState::Load;
                if self.step_count.q.val() == self.max_steps.val() {
                    self.state.d.next = SeqState::Halt;
                }
                if self.met.val() {
                    self.state.d.next = SeqState::Halt;
                    self.at_target.d.next = true;
                }
            }
        }
        // A prefetching handover read the next sample's row: EvalStart, not EvalLoad. (Apart
        // from the state's case, which writes outputs the trainer reads: read inside it,
        // `wide` closes a loop through the trainer's block for Verilator.)
        if self.prefetch.val() {
            self.state.d.next = SeqState::EvalStart;
            if self.eval_chain.val() {
                self.state.d.next = SeqState::EvalWait;
            }
        }
        if self.reset.val() {
            self.state.d.next = SeqState::Init;
            self.count.d.next = 0.into();
            self.x_count.d.next = 0.into();
            self.p_count.d.next = 0.into();
            self.theta_count.d.next = 0.into();
            self.sample_index.d.next = 0.into();
            self.sample_base.d.next = 0.into();
            self.step_count.d.next = 0.into();
            self.eval_count.d.next = 0.into();
            self.eval_index.d.next = 0.into();
            self.eval_base.d.next = 0.into();
            self.at_target.d.next = false;
            self.load_lane.d.next = 0.into();
            self.pass_count.d.next = 0.into();
            self.drain.d.next = 0.into();
            self.defer.d.next = false;
            self.defers.d.next = false;
            self.pdrain.d.next = 0.into();
            self.held.d.next = false;
        }
        self.pert_draining_next.next = self.pdrain.d.val().any();
        // `fusing` of the next state (`model::sequencer::outputs`).
        self.fusing_q.d.next = (self.defer.d.val()
            & !self.handover.val()
            & ((self.state.d.val() == SeqState::Base)
                | (self.state.d.val() == SeqState::BaseWait)))
            | (self.defer.d.val()
                & self.handover.val()
                & ((self.state.d.val() == SeqState::Pert)
                    | (self.state.d.val() == SeqState::PertWait)));
        self.loading_q.d.next =
            (self.state.d.val() == SeqState::Load) | (self.state.d.val() == SeqState::EvalLoad);
        // The next cycle's sweep, for the block RAMs' read addresses: the two ways into Corr,
        // not `state.d` (whose other arms wait on the stream and the score).
        self.corr_next.next = (self.to_corr.val() | self.corr_stays.val()) & !self.reset.val();
        if self.corr_stays.val() & self.skips.val() {
            self.index_next.next = self.sweep_after.data.val();
        } else if self.corr_stays.val() {
            self.index_next.next = self.count.q.val() + 1;
        } else {
            self.index_next.next = self.count.q.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{drive, settle, yosys_check};

    /// What the harness saw of one step.
    #[derive(Debug, Default, Clone, PartialEq)]
    struct StepLog {
        cycles: u64,
        loads: u64,
        inferences: u64,
        updates: bool,
        window_end: bool,
        sample: u64,
        /// Corr cycles, and the passes seen in them.
        corr_cycles: u64,
        passes: Vec<u64>,
    }

    /// Drive the sequencer with a stand-in network that raises `net_done` P + 1 cycles after
    /// `net_start` (as `Network` does); log `steps` steps. Asserts reset first.
    fn run(t: &Schedule, steps: usize) -> (Sequencer, Vec<StepLog>, u64) {
        let mut uut = Sequencer::new(t, &[]);
        uut.connect_all();
        uut.load_ok.next = true;
        uut.reset.next = true;
        assert!(drive(&mut uut, |u| &mut u.clock));
        uut.reset.next = false;
        let mut init_cycles = 0;
        while uut.state.q.val() == SeqState::Init {
            // The shallow `init_next` / `init_row_next` agree with the next state and count.
            assert!(settle(&mut uut));
            assert_eq!(uut.init_next.val(), uut.state.d.val() == SeqState::Init);
            let row = match uut.init_next.val() {
                true => uut.count.d.val(),
                false => 0.into(),
            };
            assert_eq!(uut.init_row_next.val(), row);
            assert!(drive(&mut uut, |u| &mut u.clock));
            init_cycles += 1;
        }
        let mut logs = vec![];
        let mut log = StepLog::default();
        let mut net_timer: Option<u64> = None;
        while logs.len() < steps {
            uut.net_done.next = net_timer == Some(0);
            assert!(settle(&mut uut));
            // The shallow `corr_next` / `index_next` agree with the next state and count.
            assert_eq!(uut.corr_next.val(), uut.state.d.val() == SeqState::Corr);
            assert!(!uut.init_next.val() && uut.init_row_next.val() == 0);
            if uut.corr_next.val() {
                assert_eq!(uut.index_next.val(), uut.count.d.val());
            }
            // The registered `loading` is the state's.
            assert_eq!(uut.loading.val(), uut.state.q.val().is_load());
            log.cycles += 1;
            log.loads += uut.load.val() as u64;
            if uut.load.val() {
                log.sample = uut.sample.val().to_u64();
            }
            log.updates |= uut.update.val();
            if uut.corr.val() {
                log.corr_cycles += 1;
                let p = uut.pass.val().to_u64();
                if log.passes.last() != Some(&p) {
                    log.passes.push(p);
                }
                // Only the last pass's sweep updates.
                assert!(!uut.update.val() || p + 1 == u64::from(t.passes));
            }
            log.window_end |= uut.next_window.val();
            if uut.net_start.val() {
                log.inferences += 1;
                net_timer = Some(t.n_params as u64 + 1);
            }
            let done_step = uut.step_done.val();
            assert!(drive(&mut uut, |u| &mut u.clock));
            net_timer = match net_timer {
                Some(0) => None,
                Some(n) if !uut.net_start.val() || n != t.n_params as u64 + 1 => Some(n - 1),
                other => other,
            };
            if done_step {
                logs.push(std::mem::take(&mut log));
            }
        }
        (uut, logs, init_cycles)
    }

    #[test]
    fn sequencer_timing_for_several_taus_and_passes() {
        for (tau_x, tau_p, tau_theta, passes) in [
            (1, 1, 1, 1),
            (2, 3, 4, 1),
            (3, 1, 2, 1),
            (1, 2, 5, 1),
            (1, 1, 1, 3),
            (2, 1, 3, 2),
        ] {
            let t = Schedule {
                n_params: 9,
                n_inputs: 2,
                lanes: 1,
                rows: 9,
                sweep_rows: 9,
                sweep_last: 8,
                drain: 0,
                n_samples: 4,
                tau_x,
                tau_p,
                tau_theta,
                max_steps: 1000,
                evaluate: false,
                eval_interval: 1,
                need: 5,
                stream: false,
                passes,
                fuse: false,
                handover: false,
                reads_ahead: false,
            };
            let (_, logs, init) = run(&t, 24);
            assert_eq!(init, t.n_params as u64, "Init sweep");
            for (k, log) in logs.iter().enumerate() {
                let k64 = k as u64;
                let ctx = format!("taus {tau_x}/{tau_p}/{tau_theta}, {passes} passes, step {k}");
                assert_eq!(log.cycles, t.step(k64), "{ctx}");
                let new_x = k64.is_multiple_of(tau_x as u64);
                assert_eq!(log.loads, if new_x { 2 } else { 0 }, "{ctx}");
                if new_x {
                    assert_eq!(log.sample, (k64 / tau_x as u64) % 4, "{ctx}");
                }
                let base = new_x || (k > 0 && k64.is_multiple_of(tau_theta as u64));
                assert_eq!(log.inferences, u64::from(passes) + base as u64, "{ctx}");
                assert_eq!(log.corr_cycles, u64::from(passes) * 9, "{ctx}");
                assert_eq!(
                    log.passes,
                    (0..u64::from(passes)).collect::<Vec<_>>(),
                    "{ctx}"
                );
                assert_eq!(
                    log.updates,
                    (k64 + 1).is_multiple_of(tau_theta as u64),
                    "{ctx}"
                );
                assert_eq!(
                    log.window_end,
                    (k64 + 1).is_multiple_of(tau_p as u64),
                    "{ctx}"
                );
            }
        }
    }

    #[test]
    fn sequencer_halts_at_the_step_budget() {
        let t = Schedule {
            n_params: 3,
            n_inputs: 1,
            lanes: 1,
            rows: 3,
            sweep_rows: 3,
            sweep_last: 2,
            drain: 0,
            n_samples: 1,
            tau_x: 1,
            tau_p: 1,
            tau_theta: 1,
            max_steps: 5,
            evaluate: false,
            eval_interval: 1,
            need: 2,
            stream: false,
            passes: 1,
            fuse: false,
            handover: false,
            reads_ahead: false,
        };
        let (mut uut, logs, _) = run(&t, 5);
        assert_eq!(logs.len(), 5);
        assert!(settle(&mut uut));
        assert!(uut.done.val());
        assert_eq!(uut.steps.val().to_u64(), 5);
    }

    #[test]
    fn sequencer_synthesizes() {
        let t = Schedule {
            n_params: 9,
            n_inputs: 2,
            lanes: 1,
            rows: 9,
            sweep_rows: 9,
            sweep_last: 8,
            drain: 0,
            n_samples: 4,
            tau_x: 1,
            tau_p: 2,
            tau_theta: 3,
            max_steps: 100,
            evaluate: true,
            eval_interval: 7,
            need: 3,
            stream: false,
            passes: 1,
            fuse: false,
            handover: false,
            reads_ahead: false,
        };
        let mut uut = Sequencer::new(&t, &[]);
        uut.connect_all();
        yosys_check("sequencer", &uut).unwrap();
    }
}
