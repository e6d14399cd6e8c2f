//! VCD windows of long runs, written by the fast model: run to cycle `start` at full speed,
//! then record cycles `start..end` with the RTL's scopes and names (`uut/sequencer/count/q`,
//! `uut/lanes$0/sign`, ...) and the RTL engine's timestamps (c periods with the clock
//! low, half a period later after the edge; unit 1 ps), so a window a billion cycles into a
//! run opens like an `engine::rtl::write_vcd` window.
//!
//! Why the model writes it: the RTL's registers (`DFF`s are private fields of the blocks) and
//! memories (`BlockRam`'s words) cannot be loaded from outside `blocks/`, so state cannot be
//! handed to rust-hdl mid-run. What it writes: every register (`<block>/<reg>/q`) and the
//! blocks' ports and strobes (below); not the blocks' internal combinational `Local` signals
//! (`lanes$0.product`, ...), the `d` inputs of registers, clocks or constants. The lockstep
//! test compares every variable written here with the RTL's own VCD of the same window.
//!
//! Where the theta and G banks read in two cycles (`ChipPlan::reads_ahead`) the ports that
//! show their words (`lanes$l/theta_pert`, `lanes$l/accumulator/grad`) hold, in a cycle that
//! uses no row, the word of the row read ahead, not the current row's: `BankReads` follows
//! those reads (the model itself reads its banks at the row it uses: the same values there).

use std::borrow::Cow;
use std::io::Write;
use std::ops::Range;
use std::path::Path;

use super::regs::RegValue;
use super::trainer::FastTrainer;
use crate::chip::regs::Kind;
use crate::chip::signs::lfsr_steps;
use crate::chip::{ChipError, ChipPlan};

/// Writing a VCD window failed.
#[derive(Debug, thiserror::Error)]
pub enum VcdError {
    /// The configuration does not fit the chip.
    #[error(transparent)]
    Chip(#[from] ChipError),
    /// The file could not be written.
    #[error("cannot write {0}")]
    Io(String, #[source] std::io::Error),
}

/// A signal's value: `width` bits of an integer (two's complement), or an FSM state's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// An integer and its width.
    Bits(u32, i64),
    /// An enum variant.
    Name(&'static str),
}

fn b(width: u32, v: impl Into<i64>) -> Value {
    Value::Bits(width, v.into())
}

/// Every signal the window holds, as (path under `uut`, value), for the current state of `t`
/// (its bank reads' registers valid: two edges ticked since it last skipped cycles).
pub fn signals(t: &FastTrainer) -> Vec<(Cow<'static, str>, Value)> {
    let s = t.snapshot();
    let (seq, net) = (&s.sequencer, &s.network);
    let c = t.comb();
    let o = c.seq;
    let (word, y_valid, delta) = (c.word, c.y_valid, c.cost_delta);
    // The score's `y`: the row's first largest output (`blocks::neuron`'s pick chain).
    let pick = (0..c.outs.len()).fold(0, |p, g| if c.outs[g].0 > c.outs[p].0 { g } else { p });
    let plan = t.plan();
    let row = plan.rows.get(c.row).unwrap_or(&plan.rows[0]);
    let lfsr = s.perturbation.lfsr;
    let bit = |x: bool| b(1, x);
    let sch = &plan.schedule;
    let issued = net.issued(sch);
    // Init with a row to come (no reset inside a window).
    let init_stays = o.init && usize::from(seq.count) + 1 < sch.rows;
    let v = vec![
        ("steps", b(32, seq.step_count)),
        ("current_cost", b(32, s.cost.base)),
        ("done", bit(o.done)),
        ("at_target", bit(seq.at_target)),
        ("correct", b(17, s.score.correct)),
        ("evaluating", bit(o.evaluating)),
        ("sample_index", b(16, seq.sample(sch))),
        ("sequencer/net_done", bit(net.finished)),
        ("sequencer/net_issued", bit(issued)),
        ("sequencer/init_next", bit(init_stays)),
        (
            "sequencer/init_row_next",
            b(10, if init_stays { seq.count + 1 } else { 0 }),
        ),
        ("sequencer/load", bit(o.load)),
        ("sequencer/loading", bit(seq.state.is_load())),
        ("sequencer/load_last", bit(o.load_last)),
        ("sequencer/load_addr", b(10, seq.count)),
        ("sequencer/word_lane", b(10, seq.load_lane)),
        ("sequencer/rom_addr", b(16, seq.rom_addr(sch))),
        ("sequencer/sample", b(16, seq.sample(sch))),
        ("sequencer/met", bit(c.met)),
        ("sequencer/eval_end", bit(o.eval_end)),
        ("sequencer/evaluating", bit(o.evaluating)),
        ("sequencer/halted_at_target", bit(seq.at_target)),
        ("sequencer/net_start", bit(o.net_start)),
        ("sequencer/perturb_on", bit(o.perturb_on)),
        ("sequencer/latch_base", bit(o.latch_base)),
        ("sequencer/latch_pert", bit(o.latch_pert)),
        ("sequencer/pert_draining", bit(seq.pdrain > 0)),
        ("sequencer/clear_cost", bit(o.clear_cost)),
        ("sequencer/restart", bit(o.restart)),
        ("sequencer/corr", bit(o.corr)),
        ("sequencer/update", bit(o.update)),
        ("sequencer/next_window", bit(o.next_window)),
        ("sequencer/step_done", bit(o.step_done)),
        ("sequencer/done", bit(o.done)),
        ("sequencer/fusing", bit(o.fusing)),
        ("sequencer/deferred", bit(seq.defer)),
        (
            "sequencer/eval_moves",
            bit(seq.state == crate::chip::SeqState::EvalWait && issued),
        ),
        ("sequencer/index", b(10, seq.count)),
        ("sequencer/steps", b(32, seq.step_count)),
        ("sequencer/tau_x", b(32, seq.x_count)),
        ("sequencer/tau_p", b(32, seq.p_count)),
        ("sequencer/tau_theta", b(32, seq.theta_count)),
        ("perturbation/restart", bit(o.restart)),
        (
            "perturbation/advance",
            bit((((o.perturb_on || o.fusing) && net.running) || o.corr) && row.used > 0),
        ),
        ("perturbation/next_window", bit(o.next_window)),
        ("perturbation/state", b(16, lfsr)),
        ("perturbation/window", b(10, s.perturbation.slot)),
        (
            "perturbation/stepped",
            // A bubble (no lane used) ends no row: no lane passes a state on.
            b(
                16,
                if row.used == 0 {
                    0
                } else {
                    lfsr_steps(lfsr, row.used as usize)
                },
            ),
        ),
        ("network/start", bit(o.net_start)),
        ("network/busy", bit(net.running)),
        ("network/done", bit(net.finished)),
        ("network/issued", bit(issued)),
        ("network/row", b(10, net.count)),
        ("network/row_first", b(10, row.first_param)),
        ("network/row_used", b(11, row.used)),
        ("network/row_bias", bit(word.bias)),
        ("network/out_write", bit(c.out_live && c.out_word.bias)),
        ("network/y_valid", bit(y_valid)),
        ("network/y_index", b(8, c.out_word.out_index)),
        ("cost/clear", bit(o.clear_cost)),
        ("cost/strobe", bit(y_valid && !o.evaluating)),
        ("cost/hold", bit(seq.defer)),
        ("cost/latch_base", bit(o.latch_base)),
        ("cost/latch_pert", bit(o.latch_pert)),
        ("cost/cost", b(32, s.cost.sum)),
        ("cost/cost_base", b(32, s.cost.base)),
        ("cost/cost_delta", b(32, delta.0)),
        ("score/strobe", bit(y_valid && o.evaluating)),
        ("score/y", b(16, c.outs[pick].0)),
        ("score/y_pick", b(8, c.out_word.out_index + pick as u8)),
        ("score/y_index", b(8, c.out_word.out_index)),
        (
            "score/queue",
            bit(seq.state == crate::chip::SeqState::EvalWait && issued),
        ),
        ("score/label", b(8, s.label)),
        ("score/judge", bit(crate::model::score::head(&s.score).0)),
        ("score/latch", bit(o.eval_end)),
        ("score/hit", bit(c.hit)),
        ("score/met", bit(c.met)),
        ("score/count", b(17, s.score.correct)),
    ];
    let mut v: Vec<(Cow<'static, str>, Value)> =
        v.into_iter().map(|(p, x)| (Cow::Borrowed(p), x)).collect();
    // Every lane (`lanes$l`, as rust-hdl names the elements of a `Vec` of blocks).
    for (l, lane) in c.lanes.iter().enumerate() {
        let (theta_pert, grad) = match t.bank_reads() {
            Some(r) => {
                let theta = crate::fixed::Theta(r.theta[l]);
                let pert = match o.perturb_on {
                    true => plan.formats.perturb(
                        theta,
                        lane.sign,
                        lane.active,
                        s.sequencer.pass_count.into(),
                    ),
                    false => theta,
                };
                (pert.0, r.grad[l])
            }
            None => (lane.theta_pert.0, lane.grad.0),
        };
        for (name, value) in [
            ("state", b(16, lfsr)),
            ("enable", bit(o.perturb_on)),
            ("sign", bit(lane.sign)),
            ("active", bit(lane.active)),
            ("theta_pert", b(16, theta_pert)),
            ("correlator/sign", bit(lane.csign)),
            ("correlator/active", bit(lane.active)),
            ("correlator/cost_delta", b(32, delta.0)),
            ("correlator/corr", b(32, lane.corr.0)),
            ("accumulator/grad", b(32, grad)),
            ("accumulator/corr", b(32, lane.corr.0)),
            ("accumulator/theta", b(16, lane.acc_theta.0)),
            ("accumulator/update", bit(lane.acc_update)),
            ("accumulator/step_in", b(32, lane.acc_step)),
            ("accumulator/apply", bit(lane.acc_apply)),
            ("accumulator/grad_next", b(32, lane.grad_next.0)),
            ("accumulator/theta_next", b(16, lane.theta_next.0)),
        ] {
            v.push((Cow::Owned(format!("lanes${l}/{name}")), value));
        }
    }
    // Every neuron and cost term of the row (`neurons$g`, `cost_terms$g`).
    for (g, (&y, &hot)) in c.outs.iter().zip(&c.hots).enumerate() {
        let row_sum = c.sums[g] - net.neuron(g).acc;
        for (name, value) in [
            (format!("neurons${g}/row_sum"), b(42, row_sum)),
            (format!("neurons${g}/y"), b(16, y.0)),
            (format!("cost_terms${g}/y"), b(16, y.0)),
            (format!("cost_terms${g}/hot"), bit(hot)),
        ] {
            v.push((Cow::Owned(name), value));
        }
    }
    // Every register, named and sized by the chip's register table: `<block>/<reg>/q`.
    for (path, kind, val) in super::regs::values(t) {
        let value = match (kind, val) {
            (Kind::Bits(w), RegValue::Int(x)) => Value::Bits(w as u32, x),
            (_, RegValue::State(name)) => Value::Name(name),
            (Kind::State, RegValue::Int(x)) => Value::Bits(64, x),
        };
        v.push((Cow::Owned(format!("{}/q", path.replace('.', "/"))), value));
    }
    // Scopes stay contiguous in the header.
    v.sort_by(|(a, _), (b, _)| scope(a).cmp(scope(b)));
    v
}

/// The scope part of a variable path (`sequencer/count/q` -> `sequencer/count`).
fn scope(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(s, _)| s)
}

fn bits_of(width: u32, v: i64) -> Vec<vcd::Value> {
    (0..width)
        .rev()
        .map(|i| vcd::Value::from((v >> i) & 1 == 1))
        .collect()
}

fn emit<W: Write>(w: &mut vcd::Writer<W>, id: vcd::IdCode, v: Value) -> std::io::Result<()> {
    match v {
        Value::Name(s) => w.change_string(id, s),
        Value::Bits(1, x) => w.change_scalar(id, x & 1 == 1),
        Value::Bits(width, x) => w.change_vector(id, bits_of(width, x)),
    }
}

/// Record cycles `window` of `t` (run at full speed up to `window.start`) to `out`, cycle c
/// at time c * `period_ps` (the VCD unit is 1 ps; 10,000 is the default 10 ns clock).
pub fn record_window<W: Write>(
    t: &mut FastTrainer,
    out: W,
    window: Range<u64>,
    period_ps: u64,
) -> std::io::Result<()> {
    // The last two edges tick (counted, as `run_to`'s), so the bank reads' registers are set
    // (a fresh trainer ticked its reset and Init sweep).
    run_to(t, window.start.saturating_sub(2));
    while t.cycles() < window.start {
        t.tick_counted();
    }
    let mut w = vcd::Writer::new(out);
    w.timescale(1, vcd::TimescaleUnit::PS)?;
    w.add_module("uut")?;
    let now = signals(t);
    let mut ids = Vec::with_capacity(now.len());
    let mut open: Vec<&str> = vec![];
    for (path, v) in &now {
        let mut parts: Vec<&str> = path.split('/').collect();
        let name = parts.pop().unwrap_or(path);
        let common = open.iter().zip(&parts).take_while(|(a, b)| a == b).count();
        while open.len() > common {
            w.upscope()?;
            open.pop();
        }
        for p in &parts[common..] {
            w.add_module(p)?;
            open.push(p);
        }
        let width = match v {
            Value::Name(_) => 0,
            Value::Bits(width, _) => *width,
        };
        ids.push(w.add_wire(width, name)?);
    }
    for _ in 0..=open.len() {
        w.upscope()?;
    }
    w.enddefinitions()?;
    w.begin(vcd::SimulationCommand::Dumpvars)?;
    for (id, (_, v)) in ids.iter().zip(&now) {
        emit(&mut w, *id, *v)?;
    }
    w.end()?;
    let mut last = now;
    while t.cycles() < window.end {
        // Nothing but the clock changes while it falls: registers move at the rising edge.
        w.timestamp(period_ps * t.cycles())?;
        w.timestamp(period_ps * t.cycles() + period_ps / 2)?;
        t.tick();
        let now = signals(t);
        for ((id, (_, v)), (_, old)) in ids.iter().zip(&now).zip(&last) {
            if v != old {
                emit(&mut w, *id, *v)?;
            }
        }
        last = now;
    }
    w.flush()
}

/// Advance `t` to exactly cycle `n` (or not at all if it is past it): whole steps while one
/// fits, then single edges.
pub fn run_to(t: &mut FastTrainer, n: u64) {
    t.step_within(n);
    while t.cycles() < n {
        t.tick_counted();
    }
}

/// The clock period of the VCD files (1 ps units): 10 ns.
pub const PERIOD_PS: u64 = 10_000;

/// Write a VCD of cycles `window` of a fresh chip of `plan` to `path`, the model running at
/// full speed up to `window.start` (the twin of `engine::rtl::write_vcd`).
pub fn write_vcd_window(plan: ChipPlan, window: Range<u64>, path: &Path) -> Result<(), VcdError> {
    let mut t = FastTrainer::new(plan);
    let io = |e| VcdError::Io(path.display().to_string(), e);
    let file = std::fs::File::create(path).map_err(io)?;
    record_window(&mut t, std::io::BufWriter::new(file), window, PERIOD_PS).map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{xor_config, xor_data};
    use crate::run::Trainer;

    /// `run_to` ends at exactly cycle n with the steps and registers of edge-by-edge ticking
    /// (the bench compares its step count with Verilator's), with handovers too (chains of
    /// steps at once while they fit).
    #[test]
    fn run_to_counts_the_steps_of_ticking() {
        let mut c = xor_config();
        c.run.eval_interval = 7;
        let plain = ChipPlan::new(&c, &xor_data().train).unwrap();
        c.mgd.tau_theta = 4;
        c.chip.lanes = 3;
        c.chip.pipeline = true;
        c.chip.fuse_corr = true;
        c.chip.handover = true;
        let handover = ChipPlan::new(&c, &xor_data().train).unwrap();
        for (plan, n) in [100, 997, 1_500, 3_333]
            .into_iter()
            .flat_map(|n| [(&plain, n), (&handover, n)])
        {
            let mut fast = FastTrainer::new(plan.clone());
            run_to(&mut fast, n);
            let mut slow = FastTrainer::new(plan.clone());
            while slow.cycles() < n {
                slow.tick_counted();
            }
            assert_eq!(fast.cycles(), n);
            assert_eq!(fast.steps(), slow.steps(), "cycle {n}");
            assert_eq!(fast.snapshot(), slow.snapshot(), "cycle {n}");
        }
    }
}
