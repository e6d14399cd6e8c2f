//! Fast twin of `blocks::sequencer`: the tau_x / tau_p / tau_theta counters and the FSM that
//! orders one MGD step. Same registers (`state`, `count`, `x_count`, `p_count`, `theta_count`,
//! `sample_index`, `sample_base`, `step_count`), same widths (wrapping like the `Bits`), same
//! transitions; [`outputs`] is the block's combinational part, [`step`] its rising edge.
//! The FSM and its cycle counts are `chip::schedule`'s. Larger test: `tests/lockstep.rs`
//! (against the RTL, register by register).

use crate::chip::Schedule;
pub use crate::chip::SeqState;

/// The sequencer's registers. Plain data: copied, compared, checkpointed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct State {
    /// FSM state.
    pub state: SeqState,
    /// Sweep index (`Bits<10>`).
    pub count: u16,
    /// Steps into the current sample.
    pub x_count: u32,
    /// Steps into the current perturbation window.
    pub p_count: u32,
    /// Steps into the current update interval.
    pub theta_count: u32,
    /// Current training sample (`Bits<16>`).
    pub sample_index: u16,
    /// `sample_index * load_rows` (`Bits<16>`): the sample's first word in a lane's sample ROM.
    pub sample_base: u16,
    /// Steps taken.
    pub step_count: u32,
    /// Steps since the last evaluation (0..eval_interval).
    pub eval_count: u32,
    /// Sample being evaluated (`Bits<16>`).
    pub eval_index: u16,
    /// `eval_index * load_rows` (`Bits<16>`).
    pub eval_base: u16,
    /// The chip halted because an evaluation reached the target.
    pub at_target: bool,
    /// Lane of the next streamed input word (`Bits<10>`; stays 0 for the sample ROM's loads,
    /// L words at a time, and at L = 1).
    #[serde(default)]
    pub load_lane: u16,
    /// The step's pass (`pass_count`, `Bits<3>`): with per-layer perturbation the weight
    /// layer perturbed and correlated; 0 otherwise.
    #[serde(default)]
    pub pass_count: u8,
    /// With the pipeline, cycles until C0 is latched while the baseline drains
    /// (`Bits<DRAIN_W>`; 0: no drain).
    #[serde(default)]
    pub drain: u8,
    /// The step's Corr sweep waits for the next step's baseline inference (`[chip]
    /// fuse_corr`, `Schedule::defers`): set when PertWait skips Corr, cleared in Pert (with
    /// `[chip] handover` set and cleared at the perturbed inference's last parameter row).
    #[serde(default)]
    pub defer: bool,
    /// [`defers`] of the cycle before (PertWait reads the register; the counters change only
    /// in Next, at least two cycles earlier).
    #[serde(default)]
    pub defers: bool,
    /// With `[chip] handover`, cycles until C is latched while a handed-over perturbed
    /// inference drains (`Bits<DRAIN_W>`; 0: none).
    #[serde(default)]
    pub pdrain: u8,
    /// With `[chip] handover`: the baseline issued its last parameter row and Pert waits for
    /// the carried sweep's C~ (`Schedule::stall`).
    #[serde(default)]
    pub held: bool,
}

impl State {
    /// In EvalWait of a prefetching evaluation (`Schedule::eval_prefetches`), but the last
    /// sample's: the ROM's and the label's address are the next sample's (`fetch_next`).
    pub fn fetches_next(&self, t: &Schedule) -> bool {
        t.eval_prefetches()
            && self.state == SeqState::EvalWait
            && usize::from(self.eval_index) != t.n_samples - 1
    }

    /// The sample being loaded (training or evaluation), the next one while
    /// [`Self::fetches_next`]: the `sample` port.
    pub fn sample(&self, t: &Schedule) -> u16 {
        match (self.fetches_next(t), self.state.is_eval()) {
            (true, _) => self.eval_index.wrapping_add(1),
            (false, true) => self.eval_index,
            (false, false) => self.sample_index,
        }
    }

    /// Sample-memory address of the sample's first input (training or evaluation).
    pub fn rom_base(&self) -> u16 {
        match self.state.is_eval() {
            true => self.eval_base,
            false => self.sample_base,
        }
    }

    /// Sample-memory address of the input being loaded: the `rom_addr` port (while
    /// [`Self::fetches_next`] the next sample's row, `eval_base` + ceil(n_in / L)).
    pub fn rom_addr(&self, t: &Schedule) -> u16 {
        match self.fetches_next(t) {
            true => self.eval_base.wrapping_add(t.load_rows() as u16),
            false => self.rom_base().wrapping_add(self.count),
        }
    }
}

/// Inputs sampled at the edge.
#[derive(Clone, Copy, Debug, Default)]
pub struct Inputs {
    /// Synchronous reset.
    pub reset: bool,
    /// The network finished an inference (`network.finished`).
    pub net_done: bool,
    /// The network issues its last parameter row (`network.issued`).
    pub net_issued: bool,
    /// The evaluation's count reached the target (`score.met`).
    pub met: bool,
    /// The row the Corr sweep visits after `count` (`ChipPlan::sweep_after`: the RTL's
    /// `sweep_after` ROM, or `count` + 1).
    pub sweep_after: u16,
}

/// The combinational outputs of one cycle (strobes; the counters are the registers).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outputs {
    /// Init sweep write.
    pub init: bool,
    /// Load input `count`.
    pub load: bool,
    /// Last input of the sample.
    pub load_last: bool,
    /// Start an inference.
    pub net_start: bool,
    /// Perturbed inference running.
    pub perturb_on: bool,
    /// C0 <- C.
    pub latch_base: bool,
    /// C~ <- C - C0 after a handed-over perturbed inference drained (`[chip] handover`).
    pub latch_pert: bool,
    /// C <- 0: an inference starts (not a perturbed one overlapping the baseline's drain), or
    /// C0 is latched after that drain.
    pub clear_cost: bool,
    /// Reload the LFSR window start.
    pub restart: bool,
    /// Correlation sweep cycle.
    pub corr: bool,
    /// The sweep applies the update.
    pub update: bool,
    /// A tau_p window ends.
    pub next_window: bool,
    /// A step ends.
    pub step_done: bool,
    /// Halted (`done`).
    pub done: bool,
    /// The evaluation ends: latch its count.
    pub eval_end: bool,
    /// In an evaluation.
    pub evaluating: bool,
    /// The handover cycle loads the next evaluated sample ([`prefetches`]).
    pub prefetch: bool,
    /// The inference carries a deferred Corr sweep: its used slots add s_i C~ to G_i
    /// (`defer` in Base or BaseWait; with `[chip] handover` in Pert or PertWait, with the
    /// signs of the window before, `SignSource::lag`).
    pub fusing: bool,
}

const COUNT_MASK: u16 = (1 << crate::fixed::PADDR_W) - 1;

/// An evaluated sample's handover cycle that reads the next sample's one load row
/// (`Schedule::eval_prefetches`; the block's `prefetch`).
pub fn prefetches(q: &State, t: &Schedule, net_issued: bool) -> bool {
    q.fetches_next(t) && net_issued
}

/// The cycle before a chained evaluation's handover, which reads the next sample's row
/// (`Schedule::eval_chains`; the block's `preload`, a flip-flop set a cycle earlier).
pub fn preloads(q: &State, t: &Schedule, net_issue_next: bool) -> bool {
    t.eval_chains() && q.fetches_next(t) && net_issue_next
}

/// A chained evaluation's handover, which starts the next sample (the block's `chain_start`,
/// `preload` registered).
pub fn chain_starts(q: &State, t: &Schedule, net_issued: bool) -> bool {
    t.eval_chains() && prefetches(q, t, net_issued)
}

/// The combinational strobes of state `q` (the block's `update` without the `d` side).
pub fn outputs(
    q: &State,
    t: &Schedule,
    net_done: bool,
    net_issued: bool,
    net_issue_next: bool,
) -> Outputs {
    let mut o = Outputs {
        evaluating: q.state.is_eval(),
        ..Default::default()
    };
    match q.state {
        SeqState::Init => o.init = true,
        SeqState::Load => {
            o.load = true; // the on-chip sample memory is always ready
            o.load_last = last_word(q, t);
        }
        SeqState::Base => {
            o.net_start = true;
            o.fusing = q.defer && !t.handover;
        }
        SeqState::BaseWait => {
            o.latch_base = t.drain == 0 && net_done;
            o.fusing = q.defer && !t.handover;
        }
        SeqState::Pert => {
            o.net_start = true;
            o.perturb_on = true;
            // After a fused baseline the LFSR has stepped over every row: at a tau_p
            // window's end that state is the next window's start, else replay the window.
            // Handing over, the window moved in Next.
            let moves = q.defer && q.p_count == 0 && !t.handover;
            o.restart = !moves;
            o.next_window = moves;
            o.fusing = q.defer && t.handover;
        }
        SeqState::PertWait => {
            o.perturb_on = true;
            o.restart = net_done;
            o.fusing = q.defer && t.handover;
        }
        SeqState::Corr => {
            o.corr = true;
            o.update = q.theta_count == t.tau_theta - 1 && last_pass(q, t);
        }
        SeqState::Next => {
            o.step_done = true;
            o.next_window = q.p_count == t.tau_p - 1 && (!q.defer || t.handover);
        }
        SeqState::Halt => o.done = true,
        SeqState::EvalLoad => {
            o.load = true;
            o.load_last = last_word(q, t);
        }
        SeqState::EvalStart => o.net_start = true,
        SeqState::EvalWait => {
            o.prefetch = prefetches(q, t, net_issued);
            o.load_last = o.prefetch;
            // A chained evaluation reads the row a cycle before and starts the next sample
            // at the handover.
            match t.eval_chains() {
                true => {
                    o.load = preloads(q, t, net_issue_next);
                    o.net_start = chain_starts(q, t, net_issued);
                }
                false => o.load = o.prefetch,
            }
        }
        SeqState::EvalEnd => o.eval_end = true,
    }
    // With the pipeline the drain count ends in C0's latch after a baseline. An evaluation
    // leaves C alone (its samples are judged by the score's judge line).
    if t.drain > 0 {
        o.latch_base = q.drain == 1 && !o.evaluating;
    }
    // A handed-over inference's C is latched (and C cleared) D + 1 edges after its last
    // parameter row; the baseline that starts meanwhile leaves C to it.
    o.latch_pert = q.pdrain == 1;
    o.clear_cost = (o.net_start && q.drain == 0 && q.pdrain == 0 && !o.evaluating)
        || (t.drain > 0 && o.latch_base)
        || o.latch_pert;
    o
}

/// In PertWait: this step leaves its Corr sweep to the next step's baseline
/// (`Schedule::defers` of the step `step_count`, from the counters Next will move; the last
/// step never defers, which also covers the evaluation at the budget).
pub fn defers(q: &State, t: &Schedule) -> bool {
    let last = q.step_count.wrapping_add(1) == t.max_steps;
    t.fuse
        && q.theta_count != t.tau_theta - 1
        && q.x_count == t.tau_x - 1
        && !(t.evaluate && q.eval_count == t.eval_interval - 1)
        && !last
}

/// The step's last pass (the only one with per-layer perturbation off).
pub fn last_pass(q: &State, t: &Schedule) -> bool {
    u32::from(q.pass_count) == t.passes - 1
}

/// The load takes the sample's last input word now: the last load row, and from the stream
/// its last lane.
fn last_word(q: &State, t: &Schedule) -> bool {
    q.count as usize == t.load_rows() - 1 && (!t.stream || q.load_lane as usize == t.last_lane())
}

/// A load cycle: from the sample ROM a row of L words; from the stream one word, the row done
/// at its last lane. Returns whether the sample is complete.
fn load_word(q: &State, d: &mut State, t: &Schedule) -> bool {
    let last_row = q.count as usize == t.load_rows() - 1;
    let row_end = match (t.stream, last_row) {
        (false, _) => true,
        (true, true) => q.load_lane as usize == t.last_lane(),
        (true, false) => q.load_lane as usize == t.lanes - 1,
    };
    if !row_end {
        d.load_lane = (q.load_lane + 1) & COUNT_MASK;
        return false;
    }
    d.load_lane = 0;
    d.count = (q.count + 1) & COUNT_MASK;
    if last_row {
        d.count = 0;
    }
    last_row
}

/// One rising edge: the registers after it.
pub fn step(q: &State, t: &Schedule, i: Inputs) -> State {
    let mut d = q.clone();
    d.drain = q.drain.saturating_sub(1);
    d.pdrain = q.pdrain.saturating_sub(1);
    d.defers = defers(q, t);
    let inc = |c: u16| (c + 1) & COUNT_MASK;
    match q.state {
        SeqState::Init => {
            d.count = inc(q.count);
            if q.count as usize == t.rows - 1 {
                d.count = 0;
                d.state = match t.evaluate {
                    true => SeqState::EvalLoad,
                    false => SeqState::Load,
                };
            }
        }
        SeqState::Load => {
            if load_word(q, &mut d, t) {
                d.state = SeqState::Base;
            }
        }
        SeqState::Base => d.state = SeqState::BaseWait,
        SeqState::BaseWait => {
            // With the pipeline Pert starts at the baseline's last parameter row; C0 is
            // latched D + 1 edges later (`drain`), when `done` would have come. Carrying a
            // handed-over sweep, Pert waits until its C~ is latched by the Pert cycle
            // (`Schedule::stall`).
            if t.drain > 0 && i.net_issued {
                d.drain = t.latch_delay() as u8;
            }
            if t.drain > 0 && (i.net_issued || q.held) {
                d.held = q.pdrain > 2;
                if q.pdrain <= 2 {
                    d.state = SeqState::Pert;
                }
            }
            if t.drain == 0 && i.net_done {
                d.state = SeqState::Pert;
            }
        }
        SeqState::Pert => {
            d.state = SeqState::PertWait;
            if !t.handover {
                d.defer = false;
            }
        }
        SeqState::PertWait => {
            // With handovers the carried sweep ends at the last parameter row (C~ follows C
            // again while the inference drains); handing over, Next comes there too, and C
            // is latched D + 1 edges later.
            if t.handover && i.net_issued {
                d.defer = q.defers;
                if q.defers {
                    d.state = SeqState::Next;
                    d.pdrain = t.latch_delay() as u8;
                }
            }
            if i.net_done {
                d.state = SeqState::Corr;
                if q.defers {
                    d.state = SeqState::Next;
                    d.defer = true;
                }
            }
        }
        SeqState::Corr => {
            d.count = i.sweep_after & COUNT_MASK;
            if q.count as usize == t.sweep_last {
                d.count = 0;
                d.state = SeqState::Next;
                d.pass_count = 0;
                // Per layer: the next layer's perturbed inference (same window, same C0).
                if !last_pass(q, t) {
                    d.state = SeqState::Pert;
                    d.pass_count = q.pass_count + 1;
                }
            }
        }
        SeqState::Next => next(q, &mut d, t),
        SeqState::Halt => {}
        SeqState::EvalLoad => {
            if load_word(q, &mut d, t) {
                d.state = SeqState::EvalStart;
            }
        }
        SeqState::EvalStart => d.state = SeqState::EvalWait,
        SeqState::EvalWait => {
            // With the pipeline every sample but the last hands over at its last parameter
            // row; its label waits in the score's judge line.
            if t.eval_hands() && i.net_issued && usize::from(q.eval_index) != t.n_samples - 1 {
                eval_next(q, &mut d, t);
                // Its load row was read now: the next sample starts (chained, at once).
                if t.eval_prefetches() {
                    d.state = match t.eval_chains() {
                        true => SeqState::EvalWait,
                        false => SeqState::EvalStart,
                    };
                }
            }
            if i.net_done {
                eval_next(q, &mut d, t);
            }
        }
        SeqState::EvalEnd => eval_end(q, &mut d, t, i.met),
    }
    if i.reset {
        d = State::default();
    }
    d
}

/// The Next state's counter updates (shared by [`step`] and the trainer's fast path).
pub fn next(q: &State, d: &mut State, t: &Schedule) {
    d.step_count = q.step_count.wrapping_add(1);
    d.p_count = q.p_count.wrapping_add(1);
    if q.p_count == t.tau_p - 1 {
        d.p_count = 0;
    }
    d.state = SeqState::Pert;
    d.theta_count = q.theta_count.wrapping_add(1);
    if q.theta_count == t.tau_theta - 1 {
        d.theta_count = 0;
        d.state = SeqState::Base;
    }
    d.x_count = q.x_count.wrapping_add(1);
    if q.x_count == t.tau_x - 1 {
        d.x_count = 0;
        d.state = SeqState::Load;
        d.sample_index = q.sample_index.wrapping_add(1);
        d.sample_base = q.sample_base.wrapping_add(t.load_rows() as u16);
        if q.sample_index as usize == t.n_samples - 1 {
            d.sample_index = 0;
            d.sample_base = 0;
        }
    }
    if q.step_count.wrapping_add(1) == t.max_steps {
        d.state = SeqState::Halt;
    }
    d.eval_count = q.eval_count.wrapping_add(1);
    if q.eval_count == t.eval_interval - 1 {
        d.eval_count = 0;
    }
    if t.evaluate
        && (q.eval_count == t.eval_interval - 1 || q.step_count.wrapping_add(1) == t.max_steps)
    {
        d.state = SeqState::EvalLoad;
    }
}

/// EvalWait with `net_done`: the next sample, or EvalEnd after the last.
pub fn eval_next(q: &State, d: &mut State, t: &Schedule) {
    d.eval_index = q.eval_index.wrapping_add(1);
    d.eval_base = q.eval_base.wrapping_add(t.load_rows() as u16);
    d.state = SeqState::EvalLoad;
    if q.eval_index as usize == t.n_samples - 1 {
        d.eval_index = 0;
        d.eval_base = 0;
        d.state = SeqState::EvalEnd;
    }
}

/// EvalEnd: halt at the target (`met`) or at the step budget, else back to training.
pub fn eval_end(q: &State, d: &mut State, t: &Schedule, met: bool) {
    d.state = SeqState::Load;
    if q.step_count == t.max_steps {
        d.state = SeqState::Halt;
    }
    if met {
        d.state = SeqState::Halt;
        d.at_target = true;
    }
}
