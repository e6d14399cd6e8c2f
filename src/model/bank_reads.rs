//! `BankReads`: the theta and G banks' two-cycle reads (`ChipPlan::reads_ahead`,
//! `blocks::memory`) as the RTL's banks hold them: the row whose address the last edge took
//! (`trainer.bank_ahead`: its selection twinned here, its ROMs the plan's
//! `chip::lanes::{infer_ahead_rows, sweep_ahead_rows}`) and each lane's theta and G words
//! registered at that edge.
//!
//! The fast model reads its banks at the row it uses, which the two-cycle reads give in every
//! cycle that uses a row (the lockstep checks it); in the other cycles the RTL's ports that
//! show the words (`lanes$l/theta_pert`, `lanes$l/accumulator/grad`) hold the row read ahead,
//! and the VCD window (`model::vcd`) shows them from here.

use super::network;
use super::sequencer;
use super::sequencer::SeqState;
use crate::chip::lanes::{infer_ahead_rows, read_ahead, sweep_ahead_rows};
use crate::chip::ChipPlan;

/// What a [`BankReads::edge`] reads: the banks and the registers that address them.
#[derive(Clone, Copy)]
pub struct Banks<'a> {
    /// theta_mem, by parameter.
    pub theta: &'a [i32],
    /// grad_mem, by parameter.
    pub grad: &'a [i64],
    /// The sequencer's registers.
    pub sequencer: &'a sequencer::State,
    /// The network's registers.
    pub network: &'a network::State,
}

/// The edge's strobes a [`BankReads::edge`] takes.
#[derive(Clone, Copy)]
pub struct Next {
    /// The sequencer starts the network this cycle.
    pub net_start: bool,
    /// The next cycle is a Corr sweep row (`sequencer.corr_next`).
    pub corr_next: bool,
    /// The `reset` input.
    pub reset: bool,
}

/// The read registers of every lane's theta and G banks.
#[derive(Clone, Debug)]
pub struct BankReads {
    at: usize,
    /// Each lane's theta word, registered.
    pub theta: Vec<i32>,
    /// Each lane's G word, registered.
    pub grad: Vec<i64>,
    /// `ChipPlan::bank_depth`: a later row reads its aliased word.
    depth: usize,
    infer: Vec<usize>,
    enter: Vec<usize>,
    stay: Vec<usize>,
    start: usize,
}

impl BankReads {
    /// The reads of `plan` at power-up (row 0 taken, words 0), or `None` without two-cycle
    /// reads.
    pub fn new(plan: &ChipPlan) -> Option<Self> {
        plan.reads_ahead().then(|| {
            let (enter, stay) = sweep_ahead_rows(&plan.rows);
            Self {
                at: 0,
                theta: vec![0; plan.units()],
                grad: vec![0; plan.units()],
                depth: plan.bank_depth(),
                infer: infer_ahead_rows(&plan.rows),
                enter,
                stay,
                start: read_ahead(&plan.rows, 1),
            }
        })
    }

    /// One rising edge: the words of the row taken at the edge before, as the banks hold
    /// them now, and the row after the next, from the sequencer's and the network's
    /// registers (`on.net_start`: it starts the network this cycle; `on.corr_next`: the next
    /// cycle is a Corr sweep row).
    pub fn edge(&mut self, plan: &ChipPlan, banks: Banks, on: Next) {
        let row = plan.rows[self.at % self.depth];
        for l in 0..plan.units() {
            let i = row.param(plan.lanes, l);
            self.theta[l] = i.map_or(0, |i| banks.theta[i]);
            self.grad[l] = i.map_or(0, |i| banks.grad[i]);
        }
        let (seq, net) = (banks.sequencer, banks.network);
        self.at = if on.reset {
            0
        } else if on.corr_next && seq.state == SeqState::Corr {
            self.stay[seq.count as usize]
        } else if on.corr_next {
            self.enter[seq.count as usize]
        } else if on.net_start {
            self.start
        } else if net.running {
            self.infer[net.count as usize]
        } else {
            0
        };
    }
}
