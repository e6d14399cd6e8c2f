//! `FastTrainer`: the fast twin of `blocks::trainer` (`MgdTrainer` driven by `RtlTrainer`).
//!
//! [`State`] holds every architectural register of the chip under the RTL's block and field
//! names (`sequencer`, `perturbation`, `network`, `cost`, `label`, `theta_mem`, `grad_mem`) plus
//! the engine's counters (`cycles`, `steps`, `inferences`). Two ways to advance it:
//! - [`FastTrainer::tick`]: one clock edge, computed exactly as the gates do (every strobe,
//!   memory port and priority of the RTL). Used for mid-step positions, reset and VCD windows.
//! - [`FastTrainer::step`] (the `Trainer` impl): one MGD step with the idle cycles skipped
//!   arithmetically. From a step boundary (state `Load`, `Base` or `Pert`, network idle) it runs
//!   each phase as one loop: Load (n_in writes), baseline inference (P MACs), perturbed
//!   inference (P MACs, signs drawn once into a buffer), Corr sweep (P updates reusing those
//!   signs), Next; and adds each phase's cycle count (`chip::schedule`). An evaluation of the
//!   chip's own (from EvalLoad of sample 0) runs the same way, sample by sample, before the
//!   step that follows it (`eval_fast`). At every
//!   step boundary all registers and the cycle count equal `tick`'s (and the RTL's:
//!   `tests/lockstep.rs`). Off a boundary it falls back to `tick`.
//! - With `[chip] handover` a step that hands over ends with its perturbed inference still in
//!   the pipeline, so [`FastTrainer::step`] ticks it. [`Trainer::step_to`] (the training
//!   loop's, between evaluations) and [`FastTrainer::step_within`] (the bench's) run a whole
//!   chain of such steps at once instead, from the empty pipeline before it to the one after
//!   the first step that does not hand over: phase by phase on the same chip without
//!   handovers (`ChipPlan::plain_twin`), whose registers there are this chip's but for
//!   the sign generator's lag and the cycle count, which comes from this chip's schedule.
//! - Node perturbation's pipelined Corr sweep ends before its last writes land
//!   (`ChipPlan::sweep_overlaps`), so its step boundaries have writes in flight:
//!   [`Trainer::step`] ticks those steps, and `step_to` / `step_within` run chains that land
//!   the writes (`retire_sweep`), run all steps but the last phase by phase on the plain twin
//!   and tick the last (`overlap_chain`).
//!
//! With a non-ideal `[device]` or `[stuck]`, the weights live in a [`Storage`] instead of
//! `theta_mem`'s registers (see `model::storage`): the Init sweep writes theta0 as programmed
//! and read back, and the Corr sweep's updates become pulse commands, applied to the store at
//! the sweep's last parameter. Without one, nothing changes.
//!
//! The samples come from the on-chip sample memory, or for a stream-only chip from a source
//! that sends the chip's samples in order without stalls, one word per cycle (as
//! `RtlTrainer`'s does); the stream port's handshakes and stalls are not modelled. Built from a
//! `chip::ChipPlan`, like the RTL.

use crate::chip::lanes::AdderTree;
use crate::chip::signs::lfsr_steps;
use crate::chip::{ChipPlan, Microword};
use crate::datasets::Sample;
use crate::fixed::{
    activation_input, activation_output, mul16_join, product_halves, Act, Corr, Cost, Grad, Theta,
};
use crate::run::{Evaluation, Trainer};

use super::bank_reads::{BankReads, Banks, Next};
use super::perturbation;
use super::sequencer::{self, SeqState};
use super::storage::Storage;
use super::{accumulator, correlator, cost, network, score};

/// Every architectural register and memory of the chip, and the engine's counters.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct State {
    /// Counters and FSM.
    pub sequencer: sequencer::State,
    /// LFSR, window start, slot.
    pub perturbation: perturbation::State,
    /// MAC registers and activations.
    pub network: network::State,
    /// C and C0.
    pub cost: cost::State,
    /// The chip's own evaluation.
    pub score: score::State,
    /// Label of the current sample (`Bits<8>`).
    pub label: u8,
    /// The label the cost's outputs are compared with (`cost_label`, `Bits<8>`): with `[chip]
    /// handover` the handed-over perturbed inference's while it drains (`sequencer.pdrain` >
    /// 0, when `label` holds the next sample's already), else `label`. (Checkpoints before
    /// stop 40 call it `pert_label`; at their boundaries it equals `label`.)
    #[serde(default, alias = "pert_label")]
    pub cost_label: u8,
    /// theta_i, raw `Theta`.
    pub theta_mem: Vec<i32>,
    /// G_i, raw `Grad`.
    pub grad_mem: Vec<i64>,
    /// Momentum's V_i, raw `Grad` (empty without momentum).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vel_mem: Vec<i64>,
    /// Clock cycles since power-on (reset and Init included).
    pub cycles: u64,
    /// MGD steps completed.
    pub steps: u64,
    /// Inferences started (baseline and perturbed).
    pub inferences: u64,
}

/// One lane's combinational signals: the parameter it sees this cycle and what it does with
/// it. At L = 1 the chip's one lane, under the RTL's port names (`chip::lanes`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lane {
    /// The parameter the lane's perturbation and memories see (row's first + lane).
    pub pindex: u16,
    /// The row's layer is the pass's (`trainer.in_pass`; always without per-layer).
    pub in_pass: bool,
    /// The row holds a parameter in this lane.
    pub used: bool,
    /// s_i (true: +1).
    pub sign: bool,
    /// The sign the correlator uses: `sign`, or in a sweep fused into a perturbed inference
    /// (`[chip] handover`) the window before's.
    pub csign: bool,
    /// Parameter `pindex` is perturbed in this window.
    pub active: bool,
    /// theta_mem[pindex] as read.
    pub theta_r: Theta,
    /// theta_r perturbed during the perturbed inference.
    pub theta_pert: Theta,
    /// The MAC's second operand: an activation, or 1.0 for a bias.
    pub x: Act,
    /// e_i = s_i C~ (0 when not active).
    pub corr: Corr,
    /// theta_mem of the update half's slot as read (`pipe_old`'s input): `theta_r`, but with
    /// node perturbation and the pipeline the slot of the registered row (`pipe_nrow`).
    pub theta_old: Theta,
    /// grad_mem of the update half's slot as read (the sweep row's, or with node
    /// perturbation and the pipeline the registered row's).
    pub grad: Grad,
    /// vel_mem[pindex of the sweep row] as read (0 without momentum).
    pub vel: Grad,
    /// The theta and the update flags the accumulator's second and third parts see:
    /// `theta_r` and the sequencer's `update`, or with the pipeline the registered ones of
    /// the rows before.
    pub acc_theta: Theta,
    /// See `acc_theta` (`accumulator.update`: G' or 0).
    pub acc_update: bool,
    /// See `acc_theta` (`accumulator.apply`: theta - step or theta).
    pub acc_apply: bool,
    /// The step the third part subtracts (`accumulator.step_in`).
    pub acc_step: i64,
    /// The accumulator's G' and theta' (what the Corr sweep writes back; with the pipeline,
    /// for the row before).
    pub grad_next: Grad,
    /// See `grad_next`.
    pub theta_next: Theta,
    /// V' (`accumulator.vel_next`: the leaked V plus G', saturated; with the pipeline, for
    /// the row before).
    pub vel_next: Grad,
}

/// Every combinational signal of one cycle, computed from the registers alone: the blocks'
/// ports and strobes. [`FastTrainer::tick`] computes the next registers from it, and the VCD
/// writer (`model::vcd`) records it, so the cycle's logic is written once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comb {
    /// The sequencer's strobes.
    pub seq: sequencer::Outputs,
    /// The word of the row the lanes see (`network.row_word`, `chip::lanes`).
    pub word: Microword,
    /// The row the lanes see: the sweep's (`sequencer.count`) in Corr, else the network's.
    pub row: usize,
    /// The lanes, PE x `chip.lanes` of them (`ChipPlan::units`).
    pub lanes: Vec<Lane>,
    /// Each of the row's PE neurons' exact sum (its `acc` plus its group's products of this
    /// row, [`crate::fixed::ACC_W`] bits).
    pub sums: Vec<i64>,
    /// The row whose products `sum` adds ends its neuron (`acc` restarts at 0): `word`'s, or
    /// with the pipeline stage 3's.
    pub sum_ends: bool,
    /// `acc` takes `sum` at this edge: in a row cycle, or always with the pipeline.
    pub sum_live: bool,
    /// The word of the row whose neuron output `out` is (the RTL's `w6`): `word`, or with the
    /// pipeline stage 6's (all 0 for an empty stage).
    pub out_word: Microword,
    /// `out_word` is a row of the running inference: a row cycle, or always with the pipeline
    /// (whose empty stages hold no neuron end).
    pub out_live: bool,
    /// The neuron outputs of `sums`, or with the pipeline each neuron's `pipe_out`.
    pub outs: Vec<Act>,
    /// Output neurons' `outs` are valid (`network.y_valid`).
    pub y_valid: bool,
    /// Output `out_word.out_index + g`'s target is 1.0 for the latched label (`cost.hot`),
    /// for each of the PE outputs.
    pub hots: Vec<bool>,
    /// C~ = C - C0.
    pub cost_delta: Cost,
    /// Parameters the LFSR steps past at this edge (the row's, while signs are used).
    pub advance: u16,
    /// The folded prediction is the latched label (`score.hit`).
    pub hit: bool,
    /// The evaluation's count reached the target (`score.met`).
    pub met: bool,
}

/// The fast cycle model of the MGD chip, behind `crate::run::Trainer`.
#[derive(Clone, Debug)]
pub struct FastTrainer {
    plan: ChipPlan,
    state: State,
    /// Scratch: (sign, active) per parameter of the current window (fast path).
    signs: Vec<(bool, bool)>,
    /// The weight layer of each parameter (its row's, `chip::lanes::Row::layer`).
    layer_of: Vec<u8>,
    /// Hashes of the configuration and data set the plan was built from (set by
    /// `checkpoint::fast_trainer`, empty otherwise), for the checkpoint header.
    hashes: (String, String),
    /// Non-ideal weight storage (`None`: theta_mem's registers, as the RTL).
    storage: Option<Storage>,
    /// With `[chip] handover`, or a Corr sweep whose writes outlast it
    /// (`ChipPlan::sweep_overlaps`): the same chip without either (`ChipPlan::plain_twin`), on
    /// which a chain of steps runs phase by phase (`run_chain`).
    plain: Option<Box<ChipPlan>>,
    /// With two-cycle bank reads, their registers, as of the last tick (`model::vcd`).
    reads: Option<BankReads>,
    /// Chains of more than one step run at once (tests check that they ran).
    #[cfg(test)]
    chains: u64,
}

impl FastTrainer {
    /// Build the chip of `plan` and reset it (1 + P cycles), as `RtlTrainer::new` does.
    pub fn new(plan: ChipPlan) -> Self {
        let mut t = Self::power_on(plan);
        t.reset();
        t
    }

    /// The chip before its first clock edge (all registers and memories zero).
    pub fn power_on(plan: ChipPlan) -> Self {
        let p = plan.n_params();
        let storage = plan
            .storage
            .as_ref()
            .map(|w| Storage::new(w, &plan.formats, &plan.theta0));
        let state = State {
            network: network::State {
                acts: vec![0; plan.n_acts()],
                lanes: vec![network::LanePipe::default(); plan.units()],
                side: vec![network::Neuron::default(); plan.pe - 1],
                ..Default::default()
            },
            cost: cost::State {
                pipe_mags: vec![0; plan.pe - 1],
                ..Default::default()
            },
            theta_mem: vec![0; p],
            grad_mem: vec![0; p],
            vel_mem: match plan.formats.momentum {
                Some(_) => vec![0; p],
                None => vec![],
            },
            ..Default::default()
        };
        let layer_of = (0..p)
            .map(|i| plan.rows[crate::chip::lanes::slot_of(&plan.rows, plan.lanes, i).0].layer)
            .collect();
        let reads = BankReads::new(&plan);
        let chains = plan.schedule.handover || plan.sweep_overlaps();
        let plain = match chains && storage.is_none() {
            true => Some(Box::new(plan.plain_twin())),
            false => None,
        };
        Self {
            plan,
            state,
            signs: vec![(false, false); p],
            layer_of,
            hashes: Default::default(),
            reads,
            storage,
            plain,
            #[cfg(test)]
            chains: 0,
        }
    }

    /// Record the hashes of the configuration and data set the plan came from.
    pub(crate) fn set_hashes(&mut self, config: String, data: String) {
        self.hashes = (config, data);
    }

    /// Assert `reset` for one cycle and run the Init sweep (P cycles), as `RtlTrainer::reset`.
    pub fn reset(&mut self) {
        self.tick_with(true);
        while self.state.sequencer.state == SeqState::Init {
            self.tick();
        }
        self.state.steps = 0;
    }

    /// With two-cycle bank reads, their registers as of the last tick (valid once two edges
    /// have ticked since the trainer last ran steps at once).
    pub fn bank_reads(&self) -> Option<&BankReads> {
        self.reads.as_ref()
    }

    /// The plan the chip was built from.
    pub fn plan(&self) -> &ChipPlan {
        &self.plan
    }

    /// Hashes of the configuration and data set (checkpoint header).
    pub fn hashes(&self) -> (&str, &str) {
        (&self.hashes.0, &self.hashes.1)
    }

    /// Every register (the lockstep test compares it with the RTL's).
    pub fn snapshot(&self) -> &State {
        &self.state
    }

    /// Replace the state (checkpoint restore). The caller checks it fits this plan.
    pub(crate) fn set_state(&mut self, state: State) {
        self.state = state;
        // Without a drain the cost label is the label (a checkpoint before stop 40 holds the
        // label of the cycle before under the old name).
        if self.state.sequencer.pdrain == 0 {
            self.state.cost_label = self.state.label;
        }
        // A checkpoint from before the pipeline registers holds none: they were 0.
        let (units, pe) = (self.plan.units(), self.plan.pe);
        let s = &mut self.state;
        s.network.lanes.resize(units, network::LanePipe::default());
        s.network.side.resize(pe - 1, network::Neuron::default());
        s.cost.pipe_mags.resize(pe - 1, 0);
    }

    /// The non-ideal weight storage, if the config has one.
    pub fn storage(&self) -> Option<&Storage> {
        self.storage.as_ref()
    }

    /// The storage, mutable (checkpoint restore).
    pub(crate) fn storage_mut(&mut self) -> Option<&mut Storage> {
        self.storage.as_mut()
    }

    /// Clock cycles simulated so far (reset and Init included).
    pub fn cycles(&self) -> u64 {
        self.state.cycles
    }

    /// The parameters theta_i.
    pub fn weights(&self) -> Vec<Theta> {
        self.state.theta_mem.iter().map(|&t| Theta(t)).collect()
    }

    /// The gradient accumulators G_i.
    pub fn grads(&self) -> Vec<i64> {
        self.state.grad_mem.clone()
    }

    /// The chip halted (state `Halt`): at the step budget or at the target.
    pub fn done(&self) -> bool {
        self.state.sequencer.state == SeqState::Halt
    }

    /// The chip halted because its own evaluation reached the target (`at_target`).
    pub fn at_target(&self) -> bool {
        self.state.sequencer.at_target
    }

    /// Correct samples of the chip's last evaluation (the `correct` port).
    pub fn correct(&self) -> u32 {
        self.state.score.correct
    }

    /// The score block's constants.
    fn score_consts(&self) -> score::Consts {
        score::Consts {
            single_output: self.plan.single_output(),
            half: self.plan.formats.one().0 / 2,
            need: self.plan.schedule.need,
            enter: self.plan.schedule.judge_delay() - 1,
        }
    }

    /// The combinational signals of the current cycle (see [`Comb`]).
    pub fn comb(&self) -> Comb {
        let f = &self.plan.formats;
        let q = &self.state;
        let net = &q.network;
        let seq = sequencer::outputs(
            &q.sequencer,
            &self.plan.schedule,
            net.finished,
            net.issued(&self.plan.schedule),
            net.issue_next(&self.plan.schedule),
        );
        let rows = &self.plan.rows;
        let row = if seq.corr {
            q.sequencer.count
        } else {
            net.count
        } as usize;
        // Off the rows (Init's and Load's counts past R never happen; reset) read as row 0.
        // The row word follows the Corr sweep (the network is idle then, so the MAC's result
        // is unused), as the RTL's `network.row_word` does.
        let seen = rows.get(row).copied().unwrap_or(rows[0]);
        let word = seen.word;
        let piped = self.plan.pipeline;
        let node_piped = piped && self.plan.formats.node;
        // Per layer: the row's slots are perturbed and correlated in its layer's pass only.
        let pass = q.sequencer.pass_count;
        let in_pass = self.plan.schedule.in_pass(seen.layer, pass);
        // With the pipeline C~ is the cost block's register (`cost.delta`).
        let cost_delta = match piped {
            true => crate::fixed::Cost(q.cost.delta),
            false => q.cost.cost_delta(),
        };
        let (group, pe) = (self.plan.lanes, self.plan.pe);
        let mut sums: Vec<i64> = (0..pe).map(|g| net.neuron(g).acc).collect();
        let lanes = (0..self.plan.units())
            .map(|l| {
                // Lane l is slot `i` of the row's neuron `g` (`chip::lanes::Row::param`).
                let (g, i) = (l / group, l % group);
                let pindex = seen.index(group, l) as u16;
                let used = i < seen.used as usize;
                let (sign, code_active) = perturbation::sign(
                    &self.plan.signs,
                    &q.perturbation,
                    self.plan.pert_masks[l],
                    pindex,
                );
                // A sweep fused into a perturbed inference (`[chip] handover`) correlates
                // with the window before: the plain mask (`SignSource::lag`).
                let csign = match seq.fusing {
                    true => {
                        perturbation::sign(
                            &self.plan.signs,
                            &q.perturbation,
                            self.plan.lane_masks[l],
                            pindex,
                        )
                        .0
                    }
                    false => sign,
                };
                let active = self.plan.signs.perturbs(code_active, seen.is_bias(i)) && in_pass;
                // A slot the row leaves empty holds 0 in the lane's bank.
                let theta_r = match used {
                    true => Theta(q.theta_mem[pindex as usize]),
                    false => Theta(0),
                };
                let theta_pert = if seq.perturb_on {
                    f.perturb(theta_r, sign, active, usize::from(pass))
                } else {
                    theta_r
                };
                // Every group multiplies the inputs group 0's banks read.
                let x = if seen.is_bias(i) {
                    f.one()
                } else {
                    Act(net
                        .acts
                        .get(word.act_addr as usize + i)
                        .copied()
                        .unwrap_or(0))
                };
                if used && !piped {
                    sums[g] = f.mac(sums[g], theta_pert, x);
                }
                let pipe = net.lanes[l];
                // With node perturbation and the pipeline the product was registered two
                // cycles before as its two halves, then joined, with its sign and row
                // (`pipe_nprod`, `pipe_nsign2`, `pipe_nrow2`).
                let corr = match (f.node, node_piped) {
                    (true, true) => f.correlate(Cost(pipe.nprod), pipe.nsign2, true),
                    (true, false) if in_pass => f.node_corr(f.node_delta(cost_delta), x, sign),
                    (true, false) => Corr(0),
                    (false, _) => correlator::corr(f, cost_delta, csign, active),
                };
                // G_i is read at the row theta_i is (`seen`: the sweep's in Corr, else the
                // network's, as a fused baseline correlates it).
                let (urow, uused) = match node_piped {
                    true => {
                        let r = rows.get(pipe.nrow2 as usize).unwrap_or(&rows[0]);
                        (r, pipe.nswept2)
                    }
                    false => (&seen, used),
                };
                let gi = urow.index(group, l);
                let grad = match uused {
                    true => Grad(q.grad_mem[gi]),
                    false => Grad(0),
                };
                let vel = match uused {
                    true => Grad(q.vel_mem.get(gi).copied().unwrap_or(0)),
                    false => Grad(0),
                };
                let theta_old = match node_piped {
                    true if uused => Theta(q.theta_mem[gi]),
                    true => Theta(0),
                    false => theta_r,
                };
                // The update half: this row's G' and theta, or with the pipeline the row
                // before's, registered.
                let (acc_theta, acc_update, acc_apply) = match piped {
                    true => (Theta(pipe.base), pipe.update, pipe.apply),
                    false => (theta_r, seq.update, seq.update),
                };
                let acc = match piped {
                    true => Grad(pipe.grad),
                    false => f.accumulate(grad, corr),
                };
                let decayed = match piped {
                    true => Grad(pipe.vel),
                    false => f.decay(vel),
                };
                let vel_next = f.velocity(decayed, acc);
                let acc_step = match piped {
                    true => pipe.step,
                    false => f.update_step(f.update_source(decayed, acc)),
                };
                let grad_next = if acc_update { Grad(0) } else { acc };
                let theta_next = match acc_apply {
                    true => f.apply_step(acc_theta, acc_step),
                    false => acc_theta,
                };
                Lane {
                    pindex,
                    in_pass,
                    used,
                    sign,
                    csign,
                    active,
                    theta_r,
                    theta_pert,
                    x,
                    corr,
                    theta_old,
                    grad,
                    vel,
                    acc_theta,
                    acc_update,
                    acc_apply,
                    acc_step,
                    grad_next,
                    theta_next,
                    vel_next,
                }
            })
            .collect();
        // With the pipeline each accumulator adds its group's adder tree's registered cut
        // (stage 2; exact: the same sum).
        if piped {
            for (l, p) in net.lanes.iter().enumerate() {
                sums[l / group] += p.subtree;
            }
        }
        let stage =
            |k: usize| net.pipe_rows[k].map_or(Microword::default(), |r| rows[r as usize].word);
        let (sum_word, out_word) = match piped {
            true => (stage(2), stage(5)),
            false => (word, word),
        };
        let live = piped || net.running;
        let outs: Vec<Act> = (0..pe)
            .map(|g| match piped {
                true => Act(net.neuron(g).pipe_out),
                false => f.neuron(sums[g]),
            })
            .collect();
        let advance = if ((seq.perturb_on || seq.fusing) && net.running) || seq.corr {
            self.plan.signs.row_steps(seen.used, seen.word.bias)
        } else {
            0
        };
        let consts = self.score_consts();
        Comb {
            seq,
            word,
            row,
            lanes,
            sums,
            sum_ends: sum_word.bias,
            sum_live: live,
            out_word,
            out_live: live,
            outs,
            y_valid: live && out_word.bias && out_word.is_out,
            hots: (0..pe)
                .map(|g| {
                    crate::chip::target_hit(
                        self.plan.single_output(),
                        q.cost_label,
                        out_word.out_index + g as u8,
                    )
                })
                .collect(),
            cost_delta,
            advance,
            hit: score::hit(&q.score, &consts, score::head(&q.score).1),
            met: score::met(&q.score, &consts),
        }
    }

    /// One rising clock edge, exactly as `RtlTrainer::tick`. Returns whether a step ended.
    pub fn tick(&mut self) -> bool {
        self.tick_with(false)
    }

    /// One rising clock edge that counts a step it ends in [`Trainer::steps`], as
    /// `RtlTrainer::tick` does (`tick` leaves the count to [`Trainer::step`]).
    pub fn tick_counted(&mut self) -> bool {
        let ended = self.tick();
        if ended {
            self.state.steps += 1;
        }
        ended
    }

    /// One rising clock edge with the `reset` input at `reset`.
    pub fn tick_with(&mut self, reset: bool) -> bool {
        if let (true, Some(st)) = (reset, self.storage.as_mut()) {
            st.reset(&self.plan.formats, &self.plan.theta0);
        }
        let c = self.comb();
        let f = &self.plan.formats;
        let t = &self.plan.schedule;
        let q = &self.state;
        let net = &q.network;
        let o = c.seq;
        let (group, pe) = (self.plan.lanes, self.plan.pe);
        let outs: Vec<(Act, bool)> = c.outs.iter().copied().zip(c.hots.iter().copied()).collect();
        let cost_in = cost::Inputs {
            reset,
            clear: o.clear_cost,
            strobe: c.y_valid && !o.evaluating,
            outs: &outs,
            latch_base: o.latch_base,
            piped: self.plan.pipeline,
            hold: q.sequencer.defer,
            latch_pert: o.latch_pert,
        };
        let net_issued = net.issued(t);
        // Next registers.
        let seq_d = sequencer::step(
            &q.sequencer,
            t,
            sequencer::Inputs {
                reset,
                net_done: net.finished,
                net_issued,
                met: c.met,
                sweep_after: self.plan.sweep_after(q.sequencer.count as usize) as u16,
            },
        );
        let score_d = score::step(
            &q.score,
            &self.score_consts(),
            score::Inputs {
                reset,
                strobe: c.y_valid && o.evaluating,
                ys: &c.outs,
                y_index: c.out_word.out_index,
                queue: q.sequencer.state == SeqState::EvalWait && net_issued,
                label: q.label,
                latch: o.eval_end,
            },
        );
        let pert_d = perturbation::step(
            &q.perturbation,
            &self.plan.signs,
            perturbation::Inputs {
                reset,
                restart: o.restart,
                advance: c.advance,
                next_window: o.next_window,
            },
        );
        let cost_d = cost::step(&q.cost, f, cost_in);
        let piped = self.plan.pipeline;
        // The row in pipeline stage k + 1 ends a neuron.
        let stage_ends = |k: usize| {
            piped && net.pipe_rows[k].is_some_and(|r| self.plan.rows[r as usize].word.bias)
        };
        let mut net_d = network::State {
            count: net.count,
            running: net.running,
            finished: false,
            acts: vec![],
            pipe_rows: [
                (piped && net.running && c.lanes.iter().any(|l| l.used)).then_some(net.count),
                net.pipe_rows[0],
                net.pipe_rows[1],
                net.pipe_rows[2],
                net.pipe_rows[3],
                net.pipe_rows[4],
            ],
            lanes: vec![],
            side: net.side.clone(),
            ..Default::default()
        };
        for g in 0..pe {
            let n = net.neuron(g);
            // The accumulator takes the row's sum (0 at a neuron's end); without the pipeline
            // a start clears it (with it the baseline may still drain into it).
            let acc = match c.sum_live {
                true if c.sum_ends => 0,
                true => c.sums[g],
                false => n.acc,
            };
            net_d.set_neuron(
                g,
                network::Neuron {
                    acc: match (o.net_start && !piped) || reset {
                        true => 0,
                        false => acc,
                    },
                    pipe_sum: if piped && c.sum_ends { c.sums[g] } else { 0 },
                    // Stages 4 and 5: the two halves of `fixed::activate` for a neuron's end.
                    pipe_u: match stage_ends(3) {
                        true => activation_input(f, f.neuron_sum(n.pipe_sum)) as i32,
                        false => 0,
                    },
                    pipe_out: match stage_ends(4) {
                        true => activation_output(f, n.pipe_u.into()).0,
                        false => 0,
                    },
                },
            );
        }
        // Stage 0 takes a used slot's operands in a row cycle; stage 1 multiplies them. The
        // Corr sweep's first cycle registers G' and theta for the second, which writes.
        let sweep_row = q.sequencer.count;
        let sweep_used = self.plan.rows.get(sweep_row as usize).map_or(0, |r| r.used);
        let node_piped = piped && f.node;
        let late = self.plan.late_theta();
        // Stage 2: each group's adder tree's cut nodes register the sums of stage 1's
        // products.
        let tree = AdderTree::new(group);
        let cut = tree.cut(piped);
        let node_sums: Vec<i64> = match cut.is_empty() {
            true => vec![],
            false => net
                .lanes
                .chunks(group)
                .flat_map(|lanes| {
                    let products: Vec<i64> =
                        lanes.iter().map(|p| mul16_join(p.product, p.fix)).collect();
                    let mut sums = tree.node_sums(&products);
                    sums.resize(group, 0);
                    sums
                })
                .collect(),
        };
        let select = self.plan.product_select();
        for (l, lane) in c.lanes.iter().enumerate() {
            let p = net.lanes[l];
            let take = piped && net.running && lane.used;
            // Stage 1: the multiplier's two halves of the stage-0 operands, registered for an
            // inference (`pipe_product`, `pipe_fix`) or node perturbation's sweep
            // (`pipe_nraw`, `pipe_nfix`); 0 in the registers not taking them.
            let (raw, fix) = product_halves(p.theta, p.x, select);
            let halves = |on: bool| match on {
                true => (i64::from(raw), i64::from(fix)),
                false => (0, 0),
            };
            let inference_halves = halves(p.take && !p.nswept0);
            let sweep_halves = halves(p.nswept0);
            // A fused baseline's used slots correlate in their row cycle, as a sweep row.
            let fused = o.fusing && net.running && lane.used;
            let swept_now = piped && ((o.corr && l % group < sweep_used as usize) || fused);
            // Node perturbation with the pipeline: the row's product first, its join a cycle
            // later, the update half a cycle after that on the registered row.
            let nswept = node_piped && swept_now;
            let (swept, srow, supdate) = match (node_piped, o.fusing) {
                (true, _) => (p.nswept2, p.nrow2, p.nupd2),
                (false, true) => (swept_now, net.count, o.update),
                (false, false) => (swept_now, sweep_row, o.update),
            };
            // A node sweep row's operands: C~16 and x_i, in the pass's layer (else 0).
            let noperands = nswept && lane.in_pass;
            net_d.lanes.push(network::LanePipe {
                theta: match (take, noperands) {
                    (true, _) => lane.theta_pert.0,
                    (false, true) => f.node_delta(c.cost_delta),
                    (false, false) => 0,
                },
                x: if take || noperands { lane.x.0 } else { 0 },
                take,
                product: inference_halves.0,
                fix: inference_halves.1,
                subtree: match cut.contains(&(l % group)) {
                    true => node_sums[l],
                    false => 0,
                },
                grad: if swept {
                    f.accumulate(lane.grad, lane.corr).0
                } else {
                    0
                },
                old: if swept { lane.theta_old.0 } else { 0 },
                write: swept,
                update: swept && supdate,
                row: if swept { srow } else { 0 },
                vel: match swept && supdate && f.momentum.is_some() {
                    true => f.decay(lane.vel).0,
                    false => 0,
                },
                step: if p.update {
                    f.update_step(f.update_source(Grad(p.vel), Grad(p.grad)))
                } else {
                    0
                },
                base: if p.update { p.old } else { 0 },
                apply: p.update,
                theta_row: if p.update { p.row } else { 0 },
                next_theta: if late && p.apply {
                    lane.theta_next.0
                } else {
                    0
                },
                store: late && p.apply,
                store_row: if late && p.apply { p.theta_row } else { 0 },
                // Set with the memory writes below.
                load: false,
                load_row: 0,
                load_data: 0,
                load_stream: false,
                nsign0: nswept && lane.sign,
                nswept0: nswept,
                nupd0: nswept && o.update,
                nrow0: if nswept { sweep_row } else { 0 },
                nraw: sweep_halves.0,
                nfix: sweep_halves.1,
                nsign: p.nsign0,
                nswept: p.nswept0,
                nupd: p.nupd0,
                nrow: p.nrow0,
                // The halves are 0 when the row was not swept, and so is their join.
                nprod: mul16_join(p.nraw, p.nfix),
                nsign2: p.nsign,
                nswept2: p.nswept,
                nupd2: p.nupd,
                nrow2: p.nrow,
            });
        }
        if net.running {
            net_d.count = (net.count + 1) & ((1 << crate::fixed::PADDR_W) - 1);
            if net.count as usize == t.rows - 1 {
                net_d.running = false;
                net_d.finished = true;
                net_d.count = 0;
            }
        }
        if o.net_start {
            net_d.running = true;
            net_d.count = 0;
            // A drain cut short at its last row does not say `done` for it.
            net_d.finished = false;
        }
        if reset {
            net_d.running = false;
            net_d.finished = false;
            net_d.count = 0;
        }
        // Memory writes at this edge (addresses and data of this cycle).
        let idx = q.sequencer.count as usize;
        let label_d = if o.load_last {
            self.plan.labels[q.sequencer.sample(t) as usize]
        } else {
            q.label
        };
        let lanes = t.lanes;
        // This cycle's load: lane a mod L takes input a at word a / L. A stream-only chip's
        // source sends the sample's inputs in order (`RtlTrainer`'s). The sample ROM's row
        // loads every lane, those past the inputs with 0 (padding no row reads).
        let mut load_words = vec![];
        if o.load {
            let first = q.sequencer.sample(t) as usize * t.n_inputs;
            let words = match t.stream {
                // The stream: one word, lane `load_lane` of the row.
                true => {
                    let a = idx * lanes + q.sequencer.load_lane as usize;
                    a..a + 1
                }
                false => idx * lanes..(idx + 1) * lanes,
            };
            for a in words {
                let v = match a < t.n_inputs {
                    true => self.plan.inputs[first + a].0,
                    false => 0,
                };
                load_words.push((a, v));
            }
        }
        // The load written now: with the pipeline the one registered a cycle ago (`pipe_load*`).
        let loads: Vec<(usize, i32)> = match piped {
            true => net
                .lanes
                .iter()
                .enumerate()
                .filter(|(_, p)| p.load)
                .map(|(l, p)| (p.load_row as usize * lanes + l, p.load_data))
                .collect(),
            false => load_words.clone(),
        };
        let mut acts_write = loads.clone();
        if c.out_live && c.out_word.bias {
            // The row's PE outputs go to consecutive words, so distinct banks (PE divides L).
            for (g, out) in c.outs.iter().enumerate() {
                let a = c.out_word.out_addr as usize + g;
                // Without the pipeline a load blocks every lane's output write (the RTL's).
                let blocked = match piped {
                    true => loads.iter().any(|&(b, _)| b % lanes == a % lanes),
                    false => o.load,
                };
                if !blocked {
                    acts_write.push((a, out.0));
                }
            }
        }
        if piped {
            for (a, v) in load_words {
                let p = &mut net_d.lanes[a % lanes];
                p.load = true;
                p.load_row = (a / lanes) as u16;
                p.load_data = v;
                p.load_stream = t.stream;
            }
        }
        // (parameter, G', theta') written by the used lanes of the sweep row.
        let sweep = self.plan.rows.get(idx).copied();
        let mut grad_writes: Vec<(usize, i64)> = vec![];
        let mut vel_writes: Vec<(usize, i64)> = vec![];
        let momentum = f.momentum.is_some();
        let mut theta_writes: Vec<(usize, i32)> = vec![];
        let mut pulses = false;
        // With the pipeline (and the weights in the banks) the second cycle writes G to the
        // row the first registered, the third theta (`ChipPlan::late_theta`: the fourth; an
        // Init sweep's write wins, as in the lanes).
        if piped && self.storage.is_none() && !o.init {
            let at = |row: u16, l: usize| {
                self.plan
                    .param_at(row as usize, l)
                    .expect("a swept lane holds a parameter")
            };
            for (l, lane) in c.lanes.iter().enumerate() {
                let p = net.lanes[l];
                if p.write {
                    grad_writes.push((at(p.row, l), lane.grad_next.0));
                }
                if momentum && p.update {
                    vel_writes.push((at(p.row, l), lane.vel_next.0));
                }
                if p.store {
                    theta_writes.push((at(p.store_row, l), p.next_theta));
                } else if p.apply && !late {
                    theta_writes.push((at(p.theta_row, l), lane.theta_next.0));
                }
            }
        }
        // The rows a sweep correlates this cycle: the Corr sweep's, or a fused baseline's.
        let swept_row = match (o.corr, o.fusing && net.running) {
            (true, _) => sweep,
            (false, true) => self.plan.rows.get(net.count as usize).copied(),
            (false, false) => None,
        };
        if o.corr || swept_row.is_some() {
            let row = swept_row.expect("the Corr sweep counts rows");
            for (l, lane) in c.lanes.iter().enumerate() {
                let Some(i) = row.param(group, l) else {
                    continue;
                };
                match self.storage.as_mut() {
                    None if piped => {}
                    None => {
                        grad_writes.push((i, lane.grad_next.0));
                        if o.update {
                            theta_writes.push((i, lane.theta_next.0));
                            if momentum {
                                vel_writes.push((i, lane.vel_next.0));
                            }
                        }
                    }
                    Some(st) => {
                        let (g, v, step) =
                            accumulator::command(f, lane.grad, lane.corr, lane.vel, o.update);
                        grad_writes.push((i, g.0));
                        if momentum {
                            vel_writes.push((i, v.0));
                        }
                        if let Some(step) = step {
                            st.command(f, i, step);
                            // The store takes the whole sweep's commands after its last row.
                            pulses = idx == t.sweep_last;
                        }
                    }
                }
            }
        }
        if o.init {
            let row = sweep.expect("the Init sweep counts rows");
            for i in (0..self.plan.units()).filter_map(|l| row.param(group, l)) {
                grad_writes.push((i, 0));
                if momentum {
                    vel_writes.push((i, 0));
                }
                theta_writes.push((
                    i,
                    match &self.storage {
                        None => self.plan.theta0[i].0,
                        Some(st) => st.theta0(i).0,
                    },
                ));
            }
        }
        // The cost label holds while the next cycle drains a handed-over inference.
        let cost_label_d = match seq_d.pdrain > 0 {
            true => q.cost_label,
            false => label_d,
        };
        if let Some(r) = self.reads.as_mut() {
            let banks = Banks {
                theta: &q.theta_mem,
                grad: &q.grad_mem,
                sequencer: &q.sequencer,
                network: &q.network,
            };
            let corr_next = seq_d.state == SeqState::Corr;
            r.edge(
                &self.plan,
                banks,
                Next {
                    net_start: o.net_start,
                    corr_next,
                    reset,
                },
            );
        }
        let s = &mut self.state;
        if o.net_start {
            s.inferences += 1;
        }
        s.cycles += 1;
        s.sequencer = seq_d;
        s.perturbation = pert_d;
        s.cost = cost_d;
        s.score = score_d;
        s.cost_label = cost_label_d;
        s.label = label_d;
        s.network.count = net_d.count;
        s.network.running = net_d.running;
        s.network.finished = net_d.finished;
        s.network.pipe_rows = net_d.pipe_rows;
        for g in 0..pe {
            s.network.set_neuron(g, net_d.neuron(g));
        }
        s.network.lanes = net_d.lanes;
        for (a, v) in acts_write {
            s.network.acts[a] = v;
        }
        for (i, g) in grad_writes {
            s.grad_mem[i] = g;
        }
        for (i, v) in vel_writes {
            s.vel_mem[i] = v;
        }
        for (i, th) in theta_writes {
            s.theta_mem[i] = th;
        }
        if pulses {
            if let Some(st) = self.storage.as_mut() {
                st.apply(&self.plan.formats, &mut s.theta_mem);
            }
        }
        o.step_done
    }

    /// One inference from the start cycle on (1 + P running cycles + the `done` cycle), in a
    /// loop. `perturbed`: theta from `self.signs`; `evaluating`: the outputs fold into the
    /// score block. Leaves C in `cost.sum`.
    fn infer_fast(&mut self, perturbed: bool, evaluating: bool) {
        let f = &self.plan.formats;
        let s = &mut self.state;
        s.inferences += 1;
        let mut sum = crate::fixed::Cost(0); // cleared by the start cycle
        let mut acc = 0i64;
        let one = f.one();
        let one_label = s.label;
        let single = self.plan.single_output();
        for (p, w) in self.plan.ucode.iter().enumerate() {
            let th = Theta(s.theta_mem[p]);
            let th = if perturbed {
                let (sign, active) = self.signs[p];
                f.perturb(th, sign, active, usize::from(s.sequencer.pass_count))
            } else {
                th
            };
            if w.bias {
                let out = f.neuron(f.mac(acc, th, one));
                s.network.acts[w.out_addr as usize] = out.0;
                if w.is_out {
                    if evaluating {
                        score::fold(&mut s.score, w.out_index, out);
                    }
                    let hot = crate::chip::target_hit(single, one_label, w.out_index);
                    sum = f.cost_add(sum, f.cost_term(out, hot));
                }
                acc = 0;
            } else {
                acc = f.mac(acc, th, Act(s.network.acts[w.act_addr as usize]));
            }
        }
        s.cost.sum = sum.0;
        // The last parameter is a bias: acc ends 0; count back to 0; `finished` for one cycle,
        // consumed by the sequencer's wait state.
        s.network.acc = 0;
        s.network.count = 0;
        s.network.running = false;
        s.network.finished = false;
        s.cycles += self.plan.schedule.inference();
    }

    /// One MGD step from a step boundary, phase by phase (see the module doc).
    fn step_fast(&mut self) {
        let t = self.plan.schedule;
        // Load: n_in input words, the label with the last one.
        if self.state.sequencer.state == SeqState::Load {
            let s = &mut self.state;
            let base = s.sequencer.sample_index as usize * t.n_inputs;
            for i in 0..t.n_inputs {
                s.network.acts[i] = self.plan.inputs[base + i].0;
            }
            s.label = self.plan.labels[s.sequencer.sample_index as usize];
            s.sequencer.count = 0;
            s.cycles += t.load();
            s.sequencer.state = SeqState::Base;
        }
        // Baseline inference; C0 latched in the `done` cycle. It carries the last step's
        // deferred sweep.
        if self.state.sequencer.state == SeqState::Base {
            if self.state.sequencer.defer {
                self.fused_fast();
            }
            self.infer_fast(false, false);
            self.state.cost.base = self.state.cost.sum;
            // With the pipeline Pert starts while the baseline drains (`Schedule::base`).
            self.state.cycles -= t.inference() - t.base();
        }
        // Per pass (one, or one per weight layer with per-layer perturbation): the perturbed
        // inference, then the Corr sweep; only the last pass's sweep updates.
        for pass in 0..t.passes {
            self.state.sequencer.pass_count = pass as u8;
            self.pass_fast(pass == t.passes - 1);
        }
        self.state.sequencer.pass_count = 0;
        // Next (the `defers` register follows the step's counters).
        self.state.sequencer.defers = sequencer::defers(&self.state.sequencer, &t);
        let s = &mut self.state;
        let q = s.sequencer.clone();
        s.sequencer.state = SeqState::Next;
        if q.p_count == t.tau_p - 1 && !q.defer {
            self.move_window();
        }
        let s = &mut self.state;
        let mut d = q.clone();
        sequencer::next(&q, &mut d, &t);
        s.sequencer = d;
        s.cycles += t.next();
        s.steps += 1;
        // No drain runs at a boundary: the cost label is the label.
        s.cost_label = s.label;
        self.settle_delta();
    }

    /// One pass of a step from its Pert state: the perturbed inference and the Corr sweep, at
    /// the pass in `sequencer.pass_count`; `last`: the step's last pass (the update's).
    fn pass_fast(&mut self, last: bool) {
        let t = self.plan.schedule;
        // Perturbed inference: restart, P signs (the LFSR steps once per parameter, or once
        // per neuron with node perturbation; per layer, only the pass's layer is perturbed),
        // restart.
        let lfsr = self.fill_signs();
        self.infer_fast(true, false);
        // A deferred sweep (`fuse_corr`): the LFSR stays at the window's start, C~ is held.
        // (The `defers` register by PertWait: the counters have not moved since Next.)
        let q = &self.state.sequencer;
        if last && sequencer::defers(q, &t) {
            self.state.perturbation.lfsr = self.state.perturbation.start;
            self.state.sequencer.defer = true;
            return;
        }
        let update = last && q.theta_count == t.tau_theta - 1;
        self.corr_fast(update);
        self.state.perturbation.lfsr = lfsr;
        self.state.cycles += t.correlate();
    }

    /// The window's signs of the pass in `sequencer.pass_count` into `self.signs`, from the
    /// window's start; returns the LFSR state past the last parameter.
    fn fill_signs(&mut self) -> u16 {
        let t = self.plan.schedule;
        let mut lfsr = self.state.perturbation.start;
        let slot = self.state.perturbation.slot;
        let signs = &self.plan.signs;
        let pass = self.state.sequencer.pass_count;
        for (i, (s, w)) in self.signs.iter_mut().zip(&self.plan.ucode).enumerate() {
            let (sign, active) = signs.sign_at(lfsr, 1, slot, i as u16);
            let in_pass = t.in_pass(self.layer_of[i], pass);
            *s = (sign, signs.perturbs(active, w.bias) && in_pass);
            lfsr = lfsr_steps(lfsr, signs.param_steps(w.bias));
        }
        lfsr
    }

    /// A Corr sweep with `self.signs` and C~ = C - C0: G_i, and theta_i at an update.
    fn corr_fast(&mut self, update: bool) {
        let t = self.plan.schedule;
        let p = t.n_params;
        let pass = self.state.sequencer.pass_count;
        let layer_of = std::mem::take(&mut self.layer_of);
        let in_pass = |i: usize| t.in_pass(layer_of[i], pass);
        {
            let f = &self.plan.formats;
            let s = &mut self.state;
            let delta = s.cost.cost_delta();
            let delta16 = f.node_delta(delta);
            let acts = &s.network.acts;
            // e_i: s_i C~, or with node perturbation s_j (C~16 x_i) (the perturbed
            // inference's activations, as the chip's banks hold them).
            let corr = |i: usize, (sign, active): (bool, bool)| match f.node {
                true if !in_pass(i) => Corr(0),
                true => {
                    let w = self.plan.ucode[i];
                    let x = match w.bias {
                        true => f.one(),
                        false => Act(acts[w.act_addr as usize]),
                    };
                    f.node_corr(delta16, x, sign)
                }
                false => correlator::corr(f, delta, sign, active),
            };
            let signs = &self.signs[..p];
            match self.storage.as_mut() {
                None => {
                    for (i, &si) in signs.iter().enumerate() {
                        let e = corr(i, si);
                        let vel = Grad(s.vel_mem.get(i).copied().unwrap_or(0));
                        let (g, th, v) = accumulator::apply(
                            f,
                            Grad(s.grad_mem[i]),
                            e,
                            Theta(s.theta_mem[i]),
                            vel,
                            update,
                        );
                        s.grad_mem[i] = g.0;
                        s.theta_mem[i] = th.0;
                        if let Some(m) = s.vel_mem.get_mut(i) {
                            *m = v.0;
                        }
                    }
                }
                Some(st) => {
                    for (i, &si) in signs.iter().enumerate() {
                        let e = corr(i, si);
                        let vel = Grad(s.vel_mem.get(i).copied().unwrap_or(0));
                        let (g, v, step) =
                            accumulator::command(f, Grad(s.grad_mem[i]), e, vel, update);
                        s.grad_mem[i] = g.0;
                        if let Some(m) = s.vel_mem.get_mut(i) {
                            *m = v.0;
                        }
                        if let Some(step) = step {
                            st.command(f, i, step);
                        }
                    }
                    if update {
                        st.apply(f, &mut s.theta_mem);
                    }
                }
            }
        }
        self.layer_of = layer_of;
    }

    /// A fused baseline's share of the deferred sweep, before the baseline overwrites C: the
    /// last step's signs (the window has not moved) correlate with its held C~; the LFSR ends
    /// past every row, and at a tau_p window's end (`p_count` back at 0) that is the next
    /// window's start (the Pert cycle's `next_window`), else the window is replayed.
    fn fused_fast(&mut self) {
        let lfsr = self.fill_signs();
        self.corr_fast(false);
        let s = &mut self.state;
        s.perturbation.lfsr = lfsr;
        if s.sequencer.p_count == 0 {
            self.move_window();
        }
        let s = &mut self.state;
        s.perturbation.lfsr = s.perturbation.start;
        s.sequencer.defer = false;
    }

    /// The perturbation generator's `next_window` edge: the LFSR's state becomes the next
    /// window's start and the slot moves on.
    fn move_window(&mut self) {
        let pq = self.state.perturbation.clone();
        self.state.perturbation = perturbation::step(
            &pq,
            &self.plan.signs,
            perturbation::Inputs {
                next_window: true,
                ..Default::default()
            },
        );
    }

    /// The pipelined cost block's `delta` register after the idle cycles that end a phase
    /// loop: C - C0 (both held since the last inference).
    fn settle_delta(&mut self) {
        let c = &mut self.state.cost;
        c.delta = if self.plan.pipeline {
            c.sum - c.base
        } else {
            0
        };
    }

    /// One whole evaluation from its first cycle (EvalLoad of sample 0), sample by sample:
    /// load, unperturbed inference, score; then EvalEnd (`chip::schedule`).
    fn eval_fast(&mut self) {
        let t = self.plan.schedule;
        let n_in = t.n_inputs;
        let consts = self.score_consts();
        // An evaluation leaves C alone (its outputs fold into the score only).
        let cost = self.state.cost.sum;
        for k in 0..t.n_samples {
            let s = &mut self.state;
            let x = &self.plan.inputs[k * n_in..(k + 1) * n_in];
            for (a, xi) in s.network.acts.iter_mut().zip(x) {
                *a = xi.0;
            }
            s.label = self.plan.labels[k];
            // A prefetching evaluation reads every sample's row but the first at the handover.
            if k == 0 || !t.eval_prefetches() {
                s.cycles += t.load();
            }
            self.infer_fast(false, true);
            let s = &mut self.state;
            s.score.tally += u32::from(score::hit(&s.score, &consts, s.label));
            // With the pipeline all but the last sample hand over while they drain.
            if t.eval_hands() && k + 1 < t.n_samples {
                s.cycles -= t.inference() - t.base();
            }
            // Chained, every sample but the first starts at the handover.
            if t.eval_chains() && k > 0 {
                s.cycles -= 1;
            }
        }
        let s = &mut self.state;
        s.cost.sum = cost;
        let q = s.sequencer.clone();
        let met = score::met(&s.score, &consts);
        sequencer::eval_end(&q, &mut s.sequencer, &t, met);
        s.sequencer.count = 0;
        s.sequencer.eval_index = 0;
        s.sequencer.eval_base = 0;
        s.score.correct = s.score.tally;
        s.score.tally = 0;
        s.sequencer.defers = sequencer::defers(&s.sequencer, &t);
        s.cycles += 1;
        s.cost_label = s.label;
        self.settle_delta();
    }

    /// At a step (or evaluation) boundary with the network idle and no sweep write in flight
    /// (`ChipPlan::sweep_overlaps`): the fast path applies.
    fn at_boundary(&self) -> bool {
        self.at_step_boundary() && self.sweep_idle()
    }

    /// At a step (or evaluation) boundary with the network idle (the last sweep's writes may
    /// still be in flight).
    fn at_step_boundary(&self) -> bool {
        let s = &self.state;
        let eval_start = s.sequencer.state == SeqState::EvalLoad && s.sequencer.eval_index == 0;
        (matches!(
            s.sequencer.state,
            SeqState::Load | SeqState::Base | SeqState::Pert
        ) || eval_start)
            && !s.network.running
            && !s.network.finished
            && s.sequencer.count == 0
    }

    /// No lane holds a Corr sweep row in its pipeline.
    fn sweep_idle(&self) -> bool {
        self.state.network.lanes.iter().all(|p| p.sweep_idle())
    }
}

impl FastTrainer {
    /// At a step boundary with the pipeline empty and no sweep carried (the first step after
    /// one that did not hand over, or after reset or an evaluation), with `[chip] handover`:
    /// the step count at the end of the chain from here, the steps that hand over and the
    /// first one that does not (`Schedule::hands_over`). `None` off such a boundary, and
    /// without handovers or with device storage (those step as they always did).
    fn chain_end(&self) -> Option<u64> {
        let q = &self.state.sequencer;
        let t = &self.plan.schedule;
        if !t.handover || self.plain.is_none() || !self.at_boundary() || q.defer || q.pdrain != 0 {
            return None;
        }
        let k = self.state.steps;
        (k..u64::from(t.max_steps))
            .find(|&j| !t.hands_over(j))
            .map(|j| j + 1)
    }

    /// Cycles from here to the end of the chain ending after `end` steps ([`Self::chain_end`]):
    /// the evaluation due first, if any, and the chain's steps (`Schedule::step`).
    fn chain_cycles(&self, end: u64) -> u64 {
        let t = &self.plan.schedule;
        let eval = match self.state.sequencer.state == SeqState::EvalLoad {
            true => t.eval(),
            false => 0,
        };
        eval + (self.state.steps..end).map(|k| t.step(k)).sum::<u64>()
    }

    /// Run a chain of handed-over steps at once, to the boundary after step `end - 1`, where
    /// the pipeline is empty again. The chain runs phase by phase on the chip without
    /// handovers (`plain`), whose registers there are this chip's but for the sign
    /// generator's lag (`SignSource::ahead` / `behind`) and the cycle count, which is this
    /// chip's schedule's. The boundaries inside the chain are not visited (their pipeline is
    /// busy): [`Trainer::step`] ticks through them one by one.
    fn run_chain(&mut self, end: u64) {
        if self.state.sequencer.state == SeqState::EvalLoad {
            self.eval_fast();
            if self.done() {
                return;
            }
        }
        #[cfg(test)]
        {
            self.chains += u64::from(end > self.state.steps + 1);
        }
        let cycles = self.state.cycles + self.chain_cycles(end);
        let mut plain = self
            .plain
            .take()
            .expect("a chip that runs chains keeps its plain twin");
        std::mem::swap(&mut self.plan, &mut plain);
        let signs = plain.signs;
        let p = &mut self.state.perturbation;
        (p.lfsr, p.start) = (signs.ahead(p.lfsr), signs.ahead(p.start));
        while self.state.steps < end && !self.done() {
            self.step_fast();
        }
        let p = &mut self.state.perturbation;
        (p.lfsr, p.start) = (signs.behind(p.lfsr), signs.behind(p.start));
        std::mem::swap(&mut self.plan, &mut plain);
        self.plain = Some(plain);
        self.state.cycles = cycles;
    }

    /// The chip runs chains of steps whose sweeps overlap what follows them
    /// (`ChipPlan::sweep_overlaps`) on its plain twin.
    fn overlap_chains(&self) -> bool {
        self.plain.is_some() && self.plan.sweep_overlaps()
    }

    /// At a step boundary whose last Corr sweep still has writes in flight: land them as the
    /// lanes' pipeline would in the next cycles (no other write or read of those rows comes
    /// first, `chip::lanes::overlapped_tail`), by ticking it with the sequencer halted on a
    /// copy, and clear its sweep registers: the plain twin's registers at this boundary.
    fn retire_sweep(&mut self) {
        if self.sweep_idle() {
            return;
        }
        let held = self.state.clone();
        self.state.sequencer.state = SeqState::Halt;
        while !self.sweep_idle() {
            self.tick();
        }
        let drained = std::mem::replace(&mut self.state, held);
        debug_assert!(drained
            .network
            .lanes
            .iter()
            .all(|p| *p == Default::default()));
        let s = &mut self.state;
        (s.theta_mem, s.grad_mem, s.vel_mem) =
            (drained.theta_mem, drained.grad_mem, drained.vel_mem);
        s.network.lanes = drained.network.lanes;
    }

    /// From a step boundary, the steps up to step `end - 1` phase by phase on the plain twin
    /// (`ChipPlan::plain_twin`; the evaluations due on the way too), with this chip's cycle
    /// counts; then the last step on this chip, ticked from the twin's boundary, whose
    /// registers are this chip's but for the last sweep's writes still in flight, which land
    /// in the first cycles of that step as they would have (`retire_sweep`). It ends with the
    /// registers of ticking all the way.
    fn overlap_chain(&mut self, end: u64) {
        self.retire_sweep();
        let own = self.plan.schedule;
        let mut cycles = self.state.cycles;
        #[cfg(test)]
        {
            self.chains += 1;
        }
        let mut plain = self
            .plain
            .take()
            .expect("an overlapping chip keeps its plain twin");
        std::mem::swap(&mut self.plan, &mut plain);
        while self.state.steps + 1 < end && !self.done() {
            if self.state.sequencer.state == SeqState::EvalLoad {
                cycles += own.eval();
                self.eval_fast();
                continue;
            }
            cycles += own.step(self.state.steps);
            self.step_fast();
        }
        std::mem::swap(&mut self.plan, &mut plain);
        self.plain = Some(plain);
        self.state.cycles = cycles;
        if self.state.steps < end {
            self.step();
        }
    }

    /// The step count at which an overlap chain from here ([`Self::overlap_chain`]) ends by
    /// cycle `n`: the steps (and the evaluations due before them) whose cycles fit, and one
    /// more step's worth of room for the last, ticked step.
    fn overlap_end_within(&self, n: u64) -> u64 {
        let t = &self.plan.schedule;
        let bound = t.max_step() + t.eval();
        let (mut k, mut at) = (self.state.steps, self.state.cycles);
        let mut eval_due = self.state.sequencer.state == SeqState::EvalLoad;
        while k < u64::from(t.max_steps) {
            let next = at + if eval_due { t.eval() } else { 0 } + t.step(k);
            if next + bound > n {
                break;
            }
            (k, at) = (k + 1, next);
            eval_due = t.evaluates_after(k);
        }
        k + 1
    }

    /// Whole steps while they end by cycle `n` (a step may start with an evaluation), chains
    /// of handed-over steps at once where they fit; the bench's and the VCD window's fast
    /// part before they tick to an exact cycle.
    pub fn step_within(&mut self, n: u64) {
        let t = self.plan.schedule;
        let bound = t.max_step() + t.eval();
        while !self.done() {
            let before = (self.state.steps, self.state.cycles);
            let overlap = self.overlap_chains() && self.at_step_boundary();
            match self.chain_end() {
                Some(end) if self.state.cycles + self.chain_cycles(end) <= n => self.run_chain(end),
                _ if overlap && self.overlap_end_within(n) > self.state.steps + 1 => {
                    self.overlap_chain(self.overlap_end_within(n))
                }
                _ if self.state.cycles + bound <= n => self.step(),
                _ => return,
            }
            if (self.state.steps, self.state.cycles) == before {
                return;
            }
        }
    }
}

impl Trainer for FastTrainer {
    fn step(&mut self) {
        if self.done() {
            return;
        }
        if self.at_boundary() {
            if self.state.sequencer.state == SeqState::EvalLoad {
                self.eval_fast();
                if self.done() {
                    return;
                }
            }
            // Handed-over steps end with the pipeline busy: they tick (`[chip] handover`), as
            // do steps whose sweep overlaps the next one's start (`ChipPlan::sweep_overlaps`),
            // but a step that ends a chain from an empty pipeline is a chain of one.
            if self.plain.is_none() {
                self.step_fast();
                return;
            }
            if let Some(end) = self.chain_end().filter(|&e| e == self.state.steps + 1) {
                self.run_chain(end);
                return;
            }
        }
        loop {
            if self.done() {
                return;
            }
            if self.tick() {
                self.state.steps += 1;
                return;
            }
        }
    }

    /// Chains of handed-over steps that end by step `n` run at once (`run_chain`); the rest
    /// as [`Trainer::step`].
    fn step_to(&mut self, n: u64) {
        while self.state.steps < n && !self.done() {
            let before = (self.state.steps, self.state.cycles);
            let overlap = self.overlap_chains() && self.at_step_boundary();
            match self.chain_end().filter(|&e| e <= n) {
                Some(end) => self.run_chain(end),
                None if overlap && n > self.state.steps + 1 => self.overlap_chain(n),
                None => self.step(),
            }
            if (self.state.steps, self.state.cycles) == before {
                return;
            }
        }
    }

    fn steps(&self) -> u64 {
        self.state.steps
    }

    fn inferences(&self) -> u64 {
        self.state.inferences
    }

    fn cycles(&self) -> Option<u64> {
        Some(FastTrainer::cycles(self))
    }

    fn chip_status(&self) -> Option<crate::run::ChipStatus> {
        Some(crate::run::ChipStatus {
            done: self.done(),
            at_target: self.at_target(),
            correct: self.correct(),
        })
    }

    fn finish_evaluation(&mut self) {
        if self.at_boundary() && self.state.sequencer.state == SeqState::EvalLoad {
            self.eval_fast();
        }
        while self.state.sequencer.state.is_eval() {
            self.tick();
        }
    }

    fn settle(&mut self) {
        while !self.sweep_idle() && !self.done() {
            self.tick();
        }
    }

    /// The same fixed-point forward rule as the chip (and `RtlTrainer::evaluate`). Samples
    /// whose inputs do not fit the act format give cost NaN and accuracy 0.
    fn evaluate(&self, samples: &[Sample]) -> Evaluation {
        network::evaluation(&self.plan, &self.weights(), samples)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::datasets::Dataset;
    use crate::fixtures::{xor_config, xor_data};

    /// The fast model of `c` trained on `d`.
    fn fast_of(c: &Config, d: &Dataset) -> FastTrainer {
        FastTrainer::new(ChipPlan::new(c, &d.train).expect("the chip builds it"))
    }

    /// The fast path equals cycle-by-cycle `tick` at every step boundary.
    #[test]
    fn fast_step_equals_ticking() {
        use crate::config::{Optimizer, PerturbTarget};
        for (tau_x, tau_p, tau_theta, node, momentum) in [
            (1, 1, 1, false, false),
            (2, 3, 4, false, false),
            (3, 1, 2, false, false),
            (1, 1, 1, true, false),
            (2, 3, 4, true, false),
            (1, 1, 1, false, true),
            (2, 1, 2, true, true),
        ] {
            let mut c = xor_config();
            c.mgd.tau_x = tau_x;
            c.mgd.tau_p = tau_p;
            c.mgd.tau_theta = tau_theta;
            if node {
                c.mgd.target = PerturbTarget::Node;
            }
            if momentum {
                c.mgd.optimizer = Optimizer::Momentum { gamma: 0.9 };
            }
            let d = xor_data();
            let mut fast = fast_of(&c, &d);
            let mut slow = fast.clone();
            for k in 0..300 {
                fast.step();
                while !slow.tick() {}
                slow.state.steps += 1;
                assert_eq!(fast.snapshot(), slow.snapshot(), "step {k}");
            }
            let v = &fast.snapshot().vel_mem;
            assert_eq!(v.len(), if momentum { 9 } else { 0 });
            assert!(!momentum || v.iter().any(|&x| x != 0), "V moves");
        }
    }

    /// With the pipeline an evaluated sample hands over at its last parameter row however
    /// short the inference: one layer (xor 2-1 at 1 and 3 lanes, 3 samples in flight at 3;
    /// nist7x7 49-4 at 50 lanes, 2 in flight; at 3 and 50 lanes with the prefetch) ticks as the
    /// fast path counts, judge line and all, and the schedule's evaluation length holds.
    #[test]
    fn fast_evaluation_equals_ticking_with_samples_in_flight() {
        let nist = crate::datasets::load("nist7x7", std::path::Path::new("."), 0.0, 1).unwrap();
        for (layers, lanes, d, node) in [
            (vec![2, 1], 1, xor_data(), false),
            (vec![2, 1], 3, xor_data(), false),
            (vec![49, 4], 50, nist.clone(), false),
            (vec![2, 1], 3, xor_data(), true),
            (vec![2, 2, 1], 3, xor_data(), true),
            (vec![49, 4], 50, nist, true),
        ] {
            let mut c = xor_config();
            c.network.layers = layers.clone();
            c.chip.lanes = lanes;
            c.chip.pipeline = true;
            if node {
                c.mgd.target = crate::config::PerturbTarget::Node;
            }
            c.run.eval_interval = 3;
            c.run.stop_at_target = false;
            let mut fast = fast_of(&c, &d);
            let t = fast.plan.schedule;
            let ctx = format!("{layers:?} L {lanes} node {node}");
            assert!(t.eval_hands());
            // One load row (L >= n_in): each sample reads the next one's at its handover.
            assert_eq!(t.eval_prefetches(), lanes > 1, "{ctx}");
            // With one-cycle bank reads (node perturbation) and three parameter rows or more,
            // the next sample starts there too.
            assert_eq!(t.eval_chains(), node && layers != [2, 1], "{ctx}");
            // Node perturbation's sweep overlaps the next step's start: its fast path is a
            // chain from reset (`overlap_chain`, the evaluations on the way run fast).
            assert_eq!(fast.plan.sweep_overlaps(), node, "{ctx}");
            let start = fast.clone();
            let mut slow = fast.clone();
            for k in 0..12 {
                let before = fast.cycles();
                if node {
                    fast = start.clone();
                    fast.step_to(k + 1);
                } else {
                    fast.step();
                }
                while !slow.tick() {}
                slow.state.steps += 1;
                assert_eq!(fast.snapshot(), slow.snapshot(), "{ctx} step {k}");
                assert_eq!(
                    fast.cycles() - before,
                    t.run(k + 1) - t.run(k),
                    "{ctx} step {k}"
                );
            }
        }
    }

    /// A chained evaluation (`Schedule::eval_chains`) of a trained network judges each
    /// sample on its own outputs: the 50-lane node-perturbation nist7x7, ticked through 150
    /// steps and 4 evaluations, counts as the fast path does, once its predictions differ
    /// from sample to sample (early on they all say class 0, so a judge an edge late, which
    /// sees the next sample's first output, would go unseen).
    #[test]
    fn chained_evaluation_of_a_trained_network_counts_as_the_fast_path() {
        let path = std::path::Path::new("sim/configs/nist7x7_hw_one_layer_np.toml");
        let mut c = Config::load(path).unwrap();
        c.run.stop_at_target = false;
        let d = crate::datasets::load("nist7x7", std::path::Path::new("."), 0.0, 1).unwrap();
        let mut fast = fast_of(&c, &d);
        assert!(fast.plan.schedule.eval_chains());
        let mut slow = fast.clone();
        for k in 1..=150 {
            while !slow.tick() {}
            slow.state.steps += 1;
            // The sweep overlaps the next step: chains of steps from boundaries with writes
            // in flight (`overlap_chain`), the evaluations inside them fast.
            if k % 10 == 0 {
                fast.step_to(k);
                assert_eq!(fast.snapshot(), slow.snapshot(), "step {k}");
            }
        }
        assert!(fast.chains >= 15, "{}", fast.chains);
        assert!(slow.correct() >= 160, "trained to 80%: {}", slow.correct());
    }

    /// The chip's own evaluation changes cycles, never the weights: with and without it the
    /// weights, gradients and LFSR agree after every step (taus held and not, eval every 7).
    #[test]
    fn evaluations_never_change_the_weights() {
        for (tau_x, tau_theta) in [(1, 1), (3, 2)] {
            let mut c = xor_config();
            c.mgd.tau_x = tau_x;
            c.mgd.tau_theta = tau_theta;
            c.run.eval_interval = 7;
            c.run.stop_at_target = false;
            let d = xor_data();
            let mut on = fast_of(&c, &d);
            c.chip.evaluate = false;
            let mut off = fast_of(&c, &d);
            for k in 0..200 {
                on.step();
                off.step();
                let (a, b) = (on.snapshot(), off.snapshot());
                assert_eq!(
                    (&a.theta_mem, &a.grad_mem, a.perturbation.lfsr, a.cost.base),
                    (&b.theta_mem, &b.grad_mem, b.perturbation.lfsr, b.cost.base),
                    "taus {tau_x}/{tau_theta}, step {k}"
                );
            }
            assert!(on.cycles() > off.cycles());
            assert_eq!(off.correct(), 0, "no evaluation, no count");
            assert!(on.correct() > 0);
        }
    }

    /// The same run at L = 1, 2, 3, 8 and P lanes ends with the same weights, gradients and
    /// cost registers, bit for bit; only the cycle counts differ. Both the fast path and
    /// `tick`, on networks whose neurons do and do not fill the rows, with every sign kind.
    #[test]
    fn weights_do_not_depend_on_lanes() {
        use crate::config::PerturbationKind;
        let kinds = [
            PerturbationKind::Random,
            PerturbationKind::Walsh,
            PerturbationKind::Time,
        ];
        for (layers, taus) in [
            (vec![2, 2, 1], (1, 1, 1)),
            (vec![2, 5, 3, 2], (1, 1, 1)),
            (vec![2, 7, 2], (2, 3, 2)),
            // One weight layer: the sweep's last row is the next inference's first.
            (vec![2, 1], (1, 1, 1)),
            // tau_theta > tau_x: `fuse_corr` defers the sweeps of the steps between updates.
            (vec![2, 5, 3, 2], (1, 1, 4)),
            (vec![2, 7, 2], (1, 2, 3)),
        ] {
            let modes = kinds.map(|k| (k, false, false));
            let extra = [
                (PerturbationKind::Random, true, false),
                (PerturbationKind::Walsh, false, true),
                (PerturbationKind::Random, true, true),
            ];
            for (kind, node, momentum) in modes.into_iter().chain(extra) {
                let mut c = xor_config();
                c.network.layers = layers.clone();
                (c.mgd.tau_x, c.mgd.tau_p, c.mgd.tau_theta) = taus;
                c.mgd.perturbation = kind;
                if node {
                    c.mgd.target = crate::config::PerturbTarget::Node;
                }
                if momentum {
                    c.mgd.optimizer = crate::config::Optimizer::Momentum { gamma: 0.9 };
                }
                let p = c.n_params();
                let d = xor_data();
                let mut first: Option<(FastTrainer, FastTrainer)> = None;
                let runs = [1, 2, 3, 8, p].map(|l| (l.min(p), false, false));
                let piped = [(1, true, false), (3, true, false), (p, true, false)];
                let fused = [(1, true, true), (3, true, true), (p, true, true)];
                let fused = fused.iter().filter(|_| !node).copied();
                for (lanes, pipeline, fuse) in runs.into_iter().chain(piped).chain(fused) {
                    c.chip.lanes = lanes;
                    c.chip.pipeline = pipeline;
                    c.chip.fuse_corr = fuse;
                    let mut fast = fast_of(&c, &d);
                    let mut slow = fast.clone();
                    let ctx = format!(
                        "{layers:?} {kind:?} node {node} momentum {momentum} L = {lanes}, \
                         pipeline {pipeline}, fuse {fuse}"
                    );
                    // Node perturbation's pipelined sweep overlaps the next step's start
                    // (`lanes::overlapped_tail`): the fast path runs chains of steps there
                    // (`overlap_chain`), compared with ticking at these step counts.
                    let overlaps = fast.plan().sweep_overlaps();
                    assert_eq!(overlaps, node && pipeline, "{ctx}");
                    for k in 1..=60 {
                        loop {
                            let in_sweep = slow.state.sequencer.state == SeqState::Corr;
                            let ends = slow.tick();
                            // Else the sweep's tail (`lanes::sweep_tail`): its writes land
                            // inside it.
                            if in_sweep && slow.state.sequencer.state != SeqState::Corr && !overlaps
                            {
                                let pending = slow.state.network.lanes.iter().any(|p| {
                                    p.write
                                        || p.apply
                                        || p.store
                                        || p.update
                                        || p.nswept0
                                        || p.nswept
                                        || p.nswept2
                                });
                                assert!(!pending, "a write outlives the sweep, {ctx}");
                            }
                            if ends {
                                break;
                            }
                        }
                        slow.state.steps += 1;
                        if [7, 20, 21, 60].contains(&k) {
                            fast.step_to(k);
                            assert_eq!(fast.snapshot(), slow.snapshot(), "step {k}, {ctx}");
                        }
                    }
                    // The last sweep's writes in flight land first (as they do in the next
                    // cycles).
                    fast.retire_sweep();
                    match &first {
                        None => first = Some((fast, slow)),
                        Some((one, _)) => {
                            let (a, b) = (one.snapshot(), fast.snapshot());
                            assert_eq!(a.theta_mem, b.theta_mem, "theta, {ctx}");
                            assert_eq!(a.grad_mem, b.grad_mem, "G, {ctx}");
                            assert_eq!(a.vel_mem, b.vel_mem, "V, {ctx}");
                            let c = |s: &State| (s.cost.sum, s.cost.base);
                            assert_eq!(c(a), c(b), "C, C0, {ctx}");
                            assert_eq!(a.perturbation, b.perturbation, "signs, {ctx}");
                            assert_eq!(a.steps, b.steps);
                            assert!(b.cycles < a.cycles || lanes == 1 || pipeline, "{ctx}");
                        }
                    }
                }
            }
        }
    }

    /// Neurons side by side (`[chip] pe`) change the cycles, never the run: node perturbation
    /// at PE = 1, 2 and 4 with L lanes a group, pipelined or not, with and without momentum,
    /// ends with the weights, gradients, cost registers and signs of the serial chip, bit for
    /// bit, ticked and on the fast path alike; and a PE > 1 chip takes fewer cycles than the
    /// PE = 1 chip of the same L.
    #[test]
    fn weights_do_not_depend_on_pe() {
        for layers in [vec![2, 4, 2], vec![2, 4, 4], vec![2, 8]] {
            for momentum in [false, true] {
                let mut c = xor_config();
                c.network.layers = layers.clone();
                c.mgd.target = crate::config::PerturbTarget::Node;
                if momentum {
                    c.mgd.optimizer = crate::config::Optimizer::Momentum { gamma: 0.9 };
                }
                c.run.eval_interval = 5;
                c.run.stop_at_target = false;
                let d = xor_data();
                let divides = |pe: usize| layers[1..].iter().all(|n| n % pe == 0);
                let mut first: Option<FastTrainer> = None;
                let mut serial_cycles = std::collections::HashMap::new();
                for pipeline in [false, true] {
                    for (lanes, pe) in [
                        (1, 1),
                        (2, 1),
                        (4, 1),
                        (6, 1),
                        (8, 1),
                        (2, 2),
                        (4, 2),
                        (6, 2),
                        (4, 4),
                        (8, 4),
                    ] {
                        if !divides(pe) {
                            continue;
                        }
                        c.chip.lanes = lanes;
                        c.chip.pe = pe;
                        c.chip.pipeline = pipeline;
                        let ctx = format!(
                            "{layers:?} momentum {momentum} L {lanes} PE {pe} pipeline {pipeline}"
                        );
                        let mut fast = fast_of(&c, &d);
                        assert_eq!(fast.plan().units(), lanes * pe, "{ctx}");
                        let start = fast.clone();
                        let mut slow = fast.clone();
                        for k in 1..=40 {
                            while !slow.tick() {}
                            slow.state.steps += 1;
                            if [7, 21, 40].contains(&k) {
                                fast = start.clone();
                                fast.step_to(k);
                                assert_eq!(fast.snapshot(), slow.snapshot(), "step {k}, {ctx}");
                            }
                        }
                        fast.retire_sweep();
                        let t = fast.plan().schedule;
                        assert_eq!(fast.cycles(), t.run(40), "{ctx}");
                        match pe {
                            1 => {
                                serial_cycles.insert((lanes, pipeline), fast.cycles());
                            }
                            _ => {
                                let serial = serial_cycles[&(lanes, pipeline)];
                                assert!(fast.cycles() < serial, "{ctx}: {} cycles", fast.cycles());
                            }
                        }
                        match &first {
                            None => first = Some(fast),
                            Some(one) => {
                                let (a, b) = (one.snapshot(), fast.snapshot());
                                assert_eq!(a.theta_mem, b.theta_mem, "theta, {ctx}");
                                assert_eq!(a.grad_mem, b.grad_mem, "G, {ctx}");
                                assert_eq!(a.vel_mem, b.vel_mem, "V, {ctx}");
                                let c = |s: &State| (s.cost.sum, s.cost.base, s.score.correct);
                                assert_eq!(c(a), c(b), "C, C0, correct, {ctx}");
                                assert_eq!(a.perturbation, b.perturbation, "signs, {ctx}");
                            }
                        }
                    }
                }
            }
        }
    }

    /// `[chip] binary_inputs`: the lanes' select (`fixed::product_halves`) gives the
    /// multiplier's weights, costs and scores, ticked cycle by cycle on the one-layer nist7x7
    /// (inputs 0/1), pipelined (the sums from the select's halves) or not, with weight and
    /// node perturbation, at PE 1 and 2.
    #[test]
    fn weights_do_not_depend_on_binary_inputs() {
        use crate::config::PerturbTarget;
        let d = crate::datasets::load("nist7x7", std::path::Path::new("."), 0.0, 1).unwrap();
        for (target, lanes, pe, pipeline) in [
            (PerturbTarget::Weight, 10, 1, true),
            (PerturbTarget::Weight, 3, 1, false),
            (PerturbTarget::Node, 10, 2, true),
            (PerturbTarget::Node, 50, 1, false),
        ] {
            let mut c = xor_config();
            c.network.layers = vec![49, 4];
            c.mgd.target = target;
            c.mgd.dtheta = 0.05;
            c.mgd.init_lo = -0.5;
            c.mgd.init_hi = 0.5;
            c.chip.lanes = lanes;
            c.chip.pe = pe;
            c.chip.pipeline = pipeline;
            c.run.eval_interval = 4;
            c.run.stop_at_target = false;
            let ctx = format!("{target:?} L {lanes} PE {pe} pipeline {pipeline}");
            let run = |binary: bool| {
                let mut c = c.clone();
                c.chip.binary_inputs = binary;
                let mut t = fast_of(&c, &d);
                assert_eq!(t.plan().product_select().is_some(), binary, "{ctx}");
                for _ in 0..10 {
                    while !t.tick() {}
                    t.state.steps += 1;
                }
                t
            };
            let (m, b) = (run(false), run(true));
            let (a, z) = (m.snapshot(), b.snapshot());
            assert_eq!(a.theta_mem, z.theta_mem, "theta, {ctx}");
            assert_eq!(a.grad_mem, z.grad_mem, "G, {ctx}");
            let c = |s: &State| (s.cost.sum, s.cost.base, s.score.correct);
            assert_eq!(c(a), c(z), "C, C0, correct, {ctx}");
            assert_eq!(m.cycles(), b.cycles(), "{ctx}");
        }
    }

    /// The cycle counts at L lanes are the schedule's: reset 1 + R, a step 3 R + ceil(n_in / L)
    /// + 5 (tau 1).
    #[test]
    fn fused_sweeps_save_their_cycles_and_change_no_weight() {
        let mut c = xor_config();
        c.network.layers = vec![2, 5, 3, 2];
        c.mgd.tau_theta = 4;
        c.chip.lanes = 3;
        c.chip.pipeline = true;
        c.run.eval_interval = 6;
        let d = xor_data();
        let mut plain = fast_of(&c, &d);
        c.chip.fuse_corr = true;
        let mut fused = fast_of(&c, &d);
        let sch = fused.plan().schedule;
        // 24 steps: the last one updates, so no sweep is pending at the end.
        let n = 24;
        for t in [&mut plain, &mut fused] {
            for _ in 0..n {
                while !t.tick() {}
            }
            assert_eq!(t.cycles(), t.plan().schedule.run(n), "ticked = scheduled");
        }
        let deferred = (0..n).filter(|&k| sch.defers(k)).count() as u64;
        // The 18 steps that do not update, less steps 5 and 17, which an evaluation follows.
        assert_eq!(deferred, 16);
        assert_eq!(plain.cycles() - fused.cycles(), deferred * sch.correlate());
        let (a, b) = (plain.snapshot(), fused.snapshot());
        assert_eq!(a.theta_mem, b.theta_mem);
        assert_eq!(a.grad_mem, b.grad_mem);
        assert_eq!(a.perturbation, b.perturbation);
    }

    #[test]
    fn handed_over_steps_save_their_cycles_and_change_no_weight() {
        let mut c = xor_config();
        c.network.layers = vec![2, 5, 3, 2];
        c.mgd.tau_theta = 4;
        c.chip.pipeline = true;
        c.chip.fuse_corr = true;
        c.run.eval_interval = 6;
        let d = xor_data();
        for lanes in [1, 3, 6] {
            c.chip.lanes = lanes;
            c.chip.handover = false;
            let mut fused = fast_of(&c, &d);
            c.chip.handover = true;
            let mut handed = fast_of(&c, &d);
            let sch = handed.plan().schedule;
            let n = 24;
            for t in [&mut fused, &mut handed] {
                for _ in 0..n {
                    while !t.tick() {}
                }
                assert_eq!(
                    t.cycles(),
                    t.plan().schedule.run(n),
                    "ticked = scheduled, L = {lanes}"
                );
            }
            let handovers = (0..n).filter(|&k| sch.hands_over(k)).count() as u64;
            assert_eq!(handovers, 16);
            let saved = handovers * (sch.inference() - sch.base());
            let stalls = (1..n).filter(|&k| sch.hands_over(k - 1)).count() as u64 * sch.stall();
            assert_eq!(
                fused.cycles() - handed.cycles(),
                saved - stalls,
                "L = {lanes}"
            );
            let (a, b) = (fused.snapshot(), handed.snapshot());
            assert_eq!(a.theta_mem, b.theta_mem, "L = {lanes}");
            assert_eq!(a.grad_mem, b.grad_mem, "L = {lanes}");
            // The generator runs a window behind: P steps.
            let p = sch.n_params;
            assert_eq!(lfsr_steps(b.perturbation.start, p), a.perturbation.start);
            // Stepping on with `step` (ticks for handed-over steps) keeps the two equal.
            for t in [&mut fused, &mut handed] {
                for _ in 0..20 {
                    t.step();
                }
            }
            assert_eq!(fused.snapshot().theta_mem, handed.snapshot().theta_mem);
        }
    }

    /// Chains of handed-over steps run at once (`step_to`) end with the registers of ticking
    /// (and of the RTL: `tests/lockstep.rs`), at every L, with momentum, with evaluations
    /// between them or not, up to the chip's own step budget.
    #[test]
    fn chains_of_handed_over_steps_equal_ticking() {
        let mut c = xor_config();
        c.network.layers = vec![2, 5, 3, 2];
        c.chip.pipeline = true;
        c.chip.fuse_corr = true;
        c.chip.handover = true;
        c.run.steps = 45;
        let d = xor_data();
        for (lanes, tau_theta, eval_interval, evaluate, momentum) in [
            (1, 4, 6, true, false),
            (3, 4, 6, true, false),
            (6, 5, 7, true, true),
            (3, 8, 10, false, false),
            (2, 1, 3, true, false),
        ] {
            c.chip.lanes = lanes;
            c.mgd.tau_theta = tau_theta;
            c.run.eval_interval = eval_interval;
            c.chip.evaluate = evaluate;
            c.mgd.optimizer = match momentum {
                true => crate::config::Optimizer::Momentum { gamma: 0.9 },
                false => crate::config::Optimizer::Vanilla,
            };
            let ctx = format!("L {lanes} tau_theta {tau_theta} eval {eval_interval}");
            let mut ticked = fast_of(&c, &d);
            let mut states = vec![ticked.snapshot().clone()];
            while !ticked.done() {
                if ticked.tick_counted() {
                    states.push(ticked.snapshot().clone());
                }
            }
            assert_eq!(states.len(), 46, "{ctx}");
            let mut chained = fast_of(&c, &d);
            for n in [1, 2, 5, 12, 13, 14, 29, 30, 40, 45] {
                chained.step_to(n);
                assert_eq!(
                    chained.snapshot(),
                    &states[n as usize],
                    "step_to({n}), {ctx}"
                );
            }
            // The budget's evaluation, then Halt.
            chained.finish_evaluation();
            assert!(chained.done(), "{ctx}");
            assert_eq!(chained.snapshot(), ticked.snapshot(), "{ctx}");
            if tau_theta > 1 {
                assert!(chained.chains > 1, "chains of several steps ran, {ctx}");
            }
        }
    }

    /// Node perturbation's pipelined sweep ends as soon as what follows it cannot read a row
    /// before its write (`lanes::overlapped_tail`): the 50-lane nist7x7 49-4, 4 parameter rows
    /// and a one-cycle load after every step, has no tail and a step of 25 cycles (30 on its
    /// plain twin, whose sweep outlasts its writes); held samples leave a tail of one,
    /// per-layer passes two, and without the chip's own evaluation (Next may halt) the whole.
    #[test]
    fn node_sweeps_end_before_their_writes_land() {
        let path = std::path::Path::new("sim/configs/nist7x7_hw_one_layer_np.toml");
        let mut c = Config::load(path).unwrap();
        let d = crate::datasets::load("nist7x7", std::path::Path::new("."), 0.0, 1).unwrap();
        let plan = |c: &Config| ChipPlan::new(c, &d.train).unwrap();
        let p = plan(&c);
        assert!(p.sweep_overlaps());
        assert_eq!(p.schedule.sweep_rows, 4);
        assert_eq!(p.schedule.step(1), 25);
        assert!(!p.plain_twin().sweep_overlaps());
        assert_eq!(p.plain_twin().schedule.step(1), 30);
        c.mgd.tau_x = 2;
        assert_eq!(plan(&c).schedule.sweep_rows, 5);
        c.chip.evaluate = false;
        assert!(!plan(&c).sweep_overlaps());
        assert_eq!(plan(&c).schedule.sweep_rows, 9);
        let mut c = xor_config();
        c.mgd.target = crate::config::PerturbTarget::Node;
        c.mgd.per_layer = true;
        c.chip.pipeline = true;
        let p = plan_of(&c);
        assert_eq!(p.schedule.passes, 2);
        assert_eq!(p.schedule.sweep_rows, 9 + 2);
    }

    /// The training loop on a chip whose sweep overlaps the next step (`Trainer::settle`
    /// before each evaluation) sees the curve of its plain twin, whose sweep outlasts its
    /// writes: the same steps, accuracies and costs at every evaluation, in fewer cycles.
    #[test]
    fn an_overlapping_sweep_changes_cycles_not_the_curve() {
        let path = std::path::Path::new("sim/configs/nist7x7_hw_one_layer_np.toml");
        let c = Config::load(path).unwrap();
        let d = crate::datasets::load("nist7x7", std::path::Path::new("."), 0.0, 1).unwrap();
        let plan = ChipPlan::new(&c, &d.train).unwrap();
        let mut sched = crate::run::Schedule::from(&c.run);
        (sched.steps, sched.eval_interval, sched.stop_at_target) = (120, 20, false);
        let mut curves = vec![];
        for p in [plan.clone(), plan.plain_twin()] {
            let mut t = FastTrainer::new(p);
            curves.push(crate::run::train(&mut t, &d, &sched, |_| {}).curve);
        }
        // (The chips halt at their own evaluation that sees 80%, `run.stop_at_target`.)
        let (a, b) = (&curves[0], &curves[1]);
        assert_eq!(a.len(), b.len());
        assert!(a.len() >= 5, "{}", a.len());
        for (x, y) in a.iter().zip(b) {
            assert_eq!((x.step, x.train, x.test), (y.step, y.train, y.test));
            assert!(
                x.step == 0 || x.cycles < y.cycles,
                "{:?} {:?}",
                x.cycles,
                y.cycles
            );
        }
        assert!(a.last().unwrap().test.accuracy >= 0.8, "{:?}", a.last());
    }

    fn plan_of(c: &Config) -> ChipPlan {
        ChipPlan::new(c, &xor_data().train).unwrap()
    }

    #[test]
    fn lane_cycles_are_the_schedule() {
        let mut c = xor_config();
        c.network.layers = vec![2, 5, 3, 2];
        for lanes in [1, 2, 4, 6] {
            c.chip.lanes = lanes;
            let mut t = fast_of(&c, &xor_data());
            let sch = t.plan().schedule;
            let r: usize = [(3, 5), (6, 3), (4, 2)]
                .iter()
                .map(|&(n, k): &(usize, usize)| k * n.div_ceil(lanes))
                .sum();
            assert_eq!(sch.rows, r);
            assert_eq!(t.cycles(), 1 + r as u64);
            let before = t.cycles();
            for _ in 0..10 {
                t.step();
            }
            let load = 2usize.div_ceil(lanes) as u64;
            let eval = 4 * (load + r as u64 + 2) + 1;
            assert_eq!(sch.eval(), eval);
            assert_eq!(t.cycles() - before, eval + 10 * (3 * r as u64 + load + 5));
        }
    }

    /// `c` with its weights in `device` (and `stuck`, if given).
    fn with_device(
        mut c: Config,
        device: crate::devices::DeviceModel,
        stuck: Option<crate::devices::StuckSpec>,
    ) -> Config {
        c.device = Some(device);
        c.stuck = stuck;
        c
    }

    /// Everything a device run's future depends on: the registers and the store's state.
    fn full_state(t: &FastTrainer) -> (State, Option<super::super::storage::Saved>) {
        (t.snapshot().clone(), t.storage().map(|s| s.save()))
    }

    /// With device storage too, the fast path equals ticking at every step boundary.
    #[test]
    fn fast_step_equals_ticking_with_device_storage() {
        use crate::devices::{DeviceModel, StuckSpec};
        let stuck = StuckSpec {
            fraction: 0.2,
            values: vec![0.5],
            seed: 1,
        };
        for (tau_theta, device) in [
            (
                1,
                DeviceModel::Exponential {
                    w_scale: 1.0,
                    accumulate: 0.0,
                },
            ),
            (
                2,
                DeviceModel::Exponential {
                    w_scale: 1.0,
                    accumulate: 4.0,
                },
            ),
            (
                3,
                DeviceModel::UpdateNoise {
                    sigma: 0.01,
                    shared: false,
                },
            ),
        ] {
            let mut c = with_device(xor_config(), device, Some(stuck.clone()));
            c.mgd.tau_theta = tau_theta;
            let d = xor_data();
            let mut fast = fast_of(&c, &d);
            let mut slow = fast.clone();
            for k in 0..300 {
                fast.step();
                while !slow.tick() {}
                slow.state.steps += 1;
                assert_eq!(full_state(&fast), full_state(&slow), "step {k}");
            }
            // A reset replays the run: the store restarts with the chip.
            let mut again = fast_of(&c, &d);
            slow.reset();
            for _ in 0..50 {
                again.step();
                slow.step();
            }
            let (mut replay, mut fresh) = (full_state(&slow), full_state(&again));
            // Counters since power-on are not reset.
            (replay.0.cycles, replay.0.inferences) = (0, 0);
            (fresh.0.cycles, fresh.0.inferences) = (0, 0);
            assert_eq!(replay, fresh);
        }
    }

    /// The ideal `[device]` is registers: the same run as no `[device]` at all.
    #[test]
    fn an_ideal_device_is_the_plain_chip() {
        let d = xor_data();
        let c = with_device(xor_config(), crate::devices::DeviceModel::Ideal, None);
        let mut a = fast_of(&c, &d);
        let mut b = fast_of(&xor_config(), &d);
        assert!(a.storage().is_none());
        for _ in 0..500 {
            a.step();
            b.step();
        }
        assert_eq!(a.snapshot(), b.snapshot());
    }

    /// Through update noise the chip still learns NIST7x7 (chance: 25%); the run is
    /// reproducible, and the device draws (not only the seed's other draws) shape it.
    #[test]
    fn device_runs_train_and_are_seeded() {
        use crate::devices::DeviceModel;
        let nist = crate::datasets::load("nist7x7", std::path::Path::new("."), 0.0, 0).unwrap();
        let mut c = Config::default_config();
        c.device = Some(DeviceModel::UpdateNoise {
            sigma: 0.001,
            shared: false,
        });
        let schedule = crate::run::Schedule {
            steps: 100_000,
            eval_interval: 1000,
            target_accuracy: 0.8,
            stop_at_target: true,
        };
        let mut t = fast_of(&c, &nist);
        let r = crate::run::train(&mut t, &nist, &schedule, |_| {});
        assert!(
            r.reached.is_some(),
            "NIST7x7 through update noise: {:?}",
            r.last
        );

        let d = xor_data();
        let noisy = |seed: u64| {
            let mut c = with_device(
                xor_config(),
                DeviceModel::UpdateNoise {
                    sigma: 0.002,
                    shared: false,
                },
                None,
            );
            c.run.seed = seed;
            c
        };
        let run = |c: &Config| {
            let mut t = fast_of(c, &d);
            for _ in 0..2000 {
                t.step();
            }
            full_state(&t)
        };
        assert_eq!(run(&noisy(6)), run(&noisy(6)), "same seed, same run");
        assert_ne!(run(&noisy(6)), run(&noisy(7)), "another seed");
        assert_ne!(
            run(&noisy(6)).0,
            run(&xor_config()).0,
            "noise changes the run"
        );
        let gains = |seed| {
            with_device(
                xor_config(),
                DeviceModel::StepVariation { s: 0.5, seed },
                None,
            )
        };
        assert_eq!(run(&gains(1)), run(&gains(1)));
        assert_ne!(
            run(&gains(1)).0,
            run(&gains(2)).0,
            "the device's own seed alone changes the run"
        );
    }

    #[test]
    fn fast_trainer_learns_xor() {
        let (c, d) = (xor_config(), xor_data());
        let mut t = fast_of(&c, &d);
        let schedule = crate::run::Schedule {
            steps: 6_000,
            eval_interval: 50,
            target_accuracy: 1.0,
            stop_at_target: true,
        };
        let r = crate::run::train(&mut t, &d, &schedule, |_| {});
        assert!(r.reached.is_some(), "XOR reaches 100%: {:?}", r.last);
    }
}
