//! The register table: every architectural register of the chip (each block's `DFF`s), by its
//! rust-hdl field path and width. The lockstep test checks the RTL's registers against it (a
//! register added to the RTL and not listed fails), the fast model reports its registers in
//! this order (`model::regs`), and its VCD writer names and sizes them from it.
//!
//! Names: the path `block.reg` is the rust-hdl field path; the VCD variable is `q` in scope
//! `uut/block/reg`; in the exported Verilog the register is the DFF instance `reg` inside
//! `block`'s module.

use super::lanes::{LAYER_W, ROW_W};
use super::signs::LFSR_W;
use crate::fixed::{AADDR_W, ACC_W, ACT_W, PADDR_W, SADDR_W, THETA_W, WIDE_W};

/// How a register is read: `width` bits of an integer, or an FSM state by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A `Bits<width>` / `Signed<width>` register.
    Bits(usize),
    /// An enum (`LogicState`) register, recorded as its variant's name.
    State,
}

/// One register: rust-hdl field path and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reg {
    /// `block.reg` (a top-level register has no block: `label`).
    pub path: &'static str,
    /// Width or enum.
    pub kind: Kind,
}

const fn bits(path: &'static str, width: usize) -> Reg {
    Reg {
        path,
        kind: Kind::Bits(width),
    }
}

/// Width of the latched label register.
pub const LABEL_W: usize = 8;
/// Width of a judge line slot: a label and, above it, its waiting bit.
pub const LINE_W: usize = LABEL_W + 1;
/// Slots of the score's judge line (`score.line$k`, [`LABEL_W`] + 1 bits each): the most
/// edges from an evaluated sample's last parameter row to its judge
/// (`chip::Schedule::judge_delay`, at most `latch_delay` with the pipeline).
pub const JUDGE_SLOTS: usize = super::lanes::PIPE_DEPTH + super::lanes::COST_TAIL + 1;
/// Width of the tau counters and the step counter.
pub const COUNTER_W: usize = 32;
/// Width of the sequencer's `drain` count (up to `Schedule::drain` + 1 = `PIPE_DEPTH` +
/// `COST_TAIL` + 1).
pub const DRAIN_W: usize = 4;
const _: () = assert!(super::lanes::PIPE_DEPTH + super::lanes::COST_TAIL + 1 < 1 << DRAIN_W);
/// Width of the evaluation's counts (`score.tally`, `score.correct`): up to 2^SADDR_W samples.
pub const SCORE_W: usize = SADDR_W + 1;

/// Every register of the chip, in the order the fast model reports them.
pub const REGS: &[Reg] = &[
    Reg {
        path: "sequencer.state",
        kind: Kind::State,
    },
    bits("sequencer.count", PADDR_W),
    bits("sequencer.x_count", COUNTER_W),
    bits("sequencer.p_count", COUNTER_W),
    bits("sequencer.theta_count", COUNTER_W),
    bits("sequencer.sample_index", SADDR_W),
    bits("sequencer.sample_base", SADDR_W),
    bits("sequencer.step_count", COUNTER_W),
    bits("sequencer.eval_count", COUNTER_W),
    bits("sequencer.eval_index", SADDR_W),
    bits("sequencer.eval_base", SADDR_W),
    bits("sequencer.at_target", 1),
    bits("sequencer.load_lane", PADDR_W),
    bits("sequencer.pass_count", LAYER_W),
    bits("sequencer.drain", DRAIN_W),
    bits("sequencer.defer", 1),
    bits("sequencer.defers", 1),
    bits("sequencer.pdrain", DRAIN_W),
    bits("sequencer.held", 1),
    bits("sequencer.fusing_q", 1),
    bits("sequencer.loading_q", 1),
    bits("sequencer.preload", 1),
    bits("sequencer.chain_start", 1),
    bits("perturbation.lfsr", LFSR_W),
    bits("perturbation.start", LFSR_W),
    bits("perturbation.slot", PADDR_W),
    bits("network.count", PADDR_W),
    bits("network.row_word", ROW_W),
    bits("network.next_act", AADDR_W),
    bits("network.running", 1),
    bits("network.finished", 1),
    bits("network.pipe_word1", ROW_W),
    bits("network.pipe_word2", ROW_W),
    bits("network.pipe_word3", ROW_W),
    bits("network.pipe_word4", ROW_W),
    bits("network.pipe_word5", ROW_W),
    bits("network.pipe_word6", ROW_W),
    bits("cost.sum", WIDE_W),
    bits("cost.base", WIDE_W),
    bits("cost.delta", WIDE_W),
    bits("cost.neg_delta", WIDE_W),
    bits("cost.delta16", THETA_W),
    bits("cost.pipe_strobe", 1),
    bits("cost.pipe_term", WIDE_W),
    bits("cost.pipe_fold", 1),
    bits("score.best", ACT_W),
    bits("score.best_index", LABEL_W),
    bits("score.tally", SCORE_W),
    bits("score.correct", SCORE_W),
    bits("score.line$0", LINE_W),
    bits("score.line$1", LINE_W),
    bits("score.line$2", LINE_W),
    bits("score.line$3", LINE_W),
    bits("score.line$4", LINE_W),
    bits("score.line$5", LINE_W),
    bits("score.line$6", LINE_W),
    bits("score.line$7", LINE_W),
    bits("score.line$8", LINE_W),
    bits("label", LABEL_W),
    bits("cost_label", LABEL_W),
];
const _: () = assert!(JUDGE_SLOTS == 9, "REGS lists score.line$0 .. $8");

/// Every register of each lane, under `lanes$l.` (rust-hdl's name of element l of the
/// trainer's `Vec` of lanes), in the order the fast model reports them after `REGS`.
pub const LANE_REGS: &[Reg] = &[
    bits("pipe_theta", THETA_W),
    bits("pipe_x", ACT_W),
    bits("pipe_take", 1),
    bits("pipe_product", WIDE_W),
    bits("pipe_fix", WIDE_W),
    bits("pipe_subtree", ACC_W),
    bits("pipe_grad", WIDE_W),
    bits("pipe_old", THETA_W),
    bits("pipe_write", 1),
    bits("pipe_update", 1),
    bits("pipe_row", PADDR_W),
    bits("pipe_vel", WIDE_W),
    bits("pipe_step", WIDE_W),
    bits("pipe_base", THETA_W),
    bits("pipe_apply", 1),
    bits("pipe_theta_row", PADDR_W),
    bits("pipe_next_theta", THETA_W),
    bits("pipe_store", 1),
    bits("pipe_store_row", PADDR_W),
    bits("pipe_load", 1),
    bits("pipe_load_row", AADDR_W),
    bits("pipe_load_data", ACT_W),
    bits("pipe_load_stream", 1),
    bits("pipe_nsign0", 1),
    bits("pipe_nswept0", 1),
    bits("pipe_nupd0", 1),
    bits("pipe_nrow0", PADDR_W),
    bits("pipe_nraw", WIDE_W),
    bits("pipe_nfix", WIDE_W),
    bits("pipe_nsign", 1),
    bits("pipe_nswept", 1),
    bits("pipe_nupd", 1),
    bits("pipe_nrow", PADDR_W),
    bits("pipe_nprod", WIDE_W),
    bits("pipe_nsign2", 1),
    bits("pipe_nswept2", 1),
    bits("pipe_nupd2", 1),
    bits("pipe_nrow2", PADDR_W),
    bits("corr_q", 1),
    bits("init_done", 1),
    bits("init_row", PADDR_W),
];

/// Every register of each of a row's PE neurons (`blocks::neuron`), under `neurons$g.`, in
/// the order the fast model reports them after the lanes'.
pub const NEURON_REGS: &[Reg] = &[
    bits("acc", ACC_W),
    bits("pipe_sum", ACC_W),
    bits("pipe_u", ACT_W),
    bits("pipe_out", ACT_W),
];

/// Every register of each of a row's PE cost terms (`blocks::cost_term`), under
/// `cost_terms$g.`, after the neurons'.
pub const COST_TERM_REGS: &[Reg] = &[bits("pipe_mag", ACT_W)];

/// The per-element tables: the prefix rust-hdl gives element k of a trainer's `Vec` of blocks
/// (`lanes$k.`), and its registers.
pub const ELEMENT_REGS: [(&str, &[Reg]); 3] = [
    ("lanes$", LANE_REGS),
    ("neurons$", NEURON_REGS),
    ("cost_terms$", COST_TERM_REGS),
];

/// The register at rust-hdl field path `path`: one of [`REGS`], or `lanes$l.<reg>`,
/// `neurons$g.<reg>` or `cost_terms$g.<reg>` of [`ELEMENT_REGS`].
pub fn find(path: &str) -> Option<Reg> {
    for (prefix, regs) in ELEMENT_REGS {
        if let Some(rest) = path.strip_prefix(prefix) {
            let (l, name) = rest.split_once('.')?;
            l.parse::<usize>().ok()?;
            return regs.iter().find(|r| r.path == name).copied();
        }
    }
    REGS.iter().find(|r| r.path == path).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_knows_chip_and_lane_registers() {
        assert_eq!(find("neurons$1.acc"), Some(bits("acc", ACC_W)));
        assert_eq!(find("cost_terms$0.pipe_mag"), Some(bits("pipe_mag", ACT_W)));
        assert_eq!(find("network.count"), Some(bits("network.count", PADDR_W)));
        assert_eq!(
            find("lanes$12.pipe_x").map(|r| r.kind),
            Some(Kind::Bits(ACT_W))
        );
        assert_eq!(find("lanes$x.pipe_x"), None);
        assert_eq!(find("lanes$0.nothing"), None);
        assert_eq!(find("network.nothing"), None);
    }
}
