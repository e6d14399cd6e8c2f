//! GTKWave save files for the VCD of `mgdsim train --engine rtl|fast --vcd <stem>.vcd`
//! (rust-hdl's scopes: `uut`, `uut.sequencer`, ...): one group per block (sequencer,
//! perturbation, network, cost, score, and lane 0 with its correlator and accumulator: the
//! other lanes are in the VCD under `lanes$l`), fixed-point words as signed
//! decimals (raw integers: divide by 2^frac, fractions in the Verilog header), and the view
//! zoomed to reset, the first evaluation and the first three steps at the default 10 ns clock. Written by `mgdsim
//! export` to `testbenches/gtkwave/<stem>.gtkw`. Test: `tests/cli.rs` (every signal in the
//! VCD, the groups and the zoom window).

use super::Design;
use crate::chip::lanes::USED_W;
use crate::chip::regs::SCORE_W;
use crate::chip::signs::LFSR_W;
use crate::fixed::{ACC_W, ACT_W, PADDR_W, SADDR_W, THETA_W, WIDE_W};

/// Width in pixels of the wave pane of the saved window (`[size]` minus the signal panes).
pub const WAVE_PIXELS: f64 = 1300.0;

/// Steps (after reset) the saved view shows.
pub const VIEW_STEPS: u64 = 3;

/// VCD time of one cycle at the default clock (ps).
pub const PERIOD_PS: u64 = 10_000;

/// GTKWave trace flags: binary (1 bit), unsigned decimal, signed decimal; group start, end.
const BIT: &str = "@28";
const DEC: &str = "@24";
const SDEC: &str = "@424";
const GROUP: &str = "@800200";
const END: &str = "@1000200";

/// One group of the view: (block, [(signal, width, signed)]).
pub type Group = (&'static str, Vec<(&'static str, usize, bool)>);

/// The signals of each group.
pub fn groups() -> Vec<Group> {
    let (a, t, w, p) = (ACT_W, THETA_W, WIDE_W, PADDR_W);
    vec![
        (
            "ports",
            vec![
                ("clock", 1, false),
                ("reset", 1, false),
                ("stream_select", 1, false),
                ("sample_valid", 1, false),
                ("sample_ready", 1, false),
                ("steps", 32, false),
                ("current_cost", w, true),
                ("done", 1, false),
                ("at_target", 1, false),
                ("correct", SCORE_W, false),
                ("evaluating", 1, false),
                ("sample_index", SADDR_W, false),
            ],
        ),
        (
            "sequencer",
            vec![
                ("init_next", 1, false),
                ("load", 1, false),
                ("net_start", 1, false),
                ("latch_base", 1, false),
                ("perturb_on", 1, false),
                ("corr", 1, false),
                ("update", 1, false),
                ("next_window", 1, false),
                ("step_done", 1, false),
                ("index", p, false),
                ("steps", 32, false),
            ],
        ),
        (
            "perturbation",
            vec![
                ("advance", 1, false),
                ("state", LFSR_W, false),
                ("window", p, false),
            ],
        ),
        (
            "network",
            vec![
                ("start", 1, false),
                ("busy", 1, false),
                ("row", p, false),
                ("row_first", p, false),
                ("row_used", USED_W, false),
                ("y_valid", 1, false),
                ("done", 1, false),
            ],
        ),
        ("neurons$0", vec![("row_sum", ACC_W, true), ("y", a, true)]),
        ("cost_terms$0", vec![("y", a, true), ("hot", 1, false)]),
        (
            "cost",
            vec![
                ("strobe", 1, false),
                ("cost", w, true),
                ("cost_base", w, true),
                ("cost_delta", w, true),
            ],
        ),
        (
            "score",
            vec![
                ("strobe", 1, false),
                ("y", a, true),
                ("y_index", 8, false),
                ("queue", 1, false),
                ("label", 8, false),
                ("judge", 1, false),
                ("hit", 1, false),
                ("count", SCORE_W, false),
                ("met", 1, false),
            ],
        ),
        (
            "lanes$0",
            vec![
                ("state", LFSR_W, false),
                ("sign", 1, false),
                ("active", 1, false),
                ("theta_pert", t, true),
            ],
        ),
        (
            "lanes$0.correlator",
            vec![
                ("sign", 1, false),
                ("active", 1, false),
                ("cost_delta", w, true),
                ("corr", w, true),
            ],
        ),
        (
            "lanes$0.accumulator",
            vec![
                ("update", 1, false),
                ("grad", w, true),
                ("corr", w, true),
                ("grad_next", w, true),
                ("theta", t, true),
                ("theta_next", t, true),
            ],
        ),
    ]
}

/// Cycles the saved view spans: reset, the Init sweep, the first evaluation and
/// [`VIEW_STEPS`] steps.
pub fn view_cycles(design: &Design) -> u64 {
    design.plan.schedule.run(VIEW_STEPS)
}

/// The save file of `design`.
pub fn save_file(design: &Design) -> String {
    let stem = &design.stem;
    let span = (view_cycles(design) * PERIOD_PS) as f64;
    // GTKWave shows 2^-zoom time units per pixel.
    let zoom = -(span / WAVE_PIXELS).log2();
    let mut s = format!(
        "[*] GTKWave save file of {stem} ({path}), written by `mgdsim export`: regenerate.\n\
         [*]   mgdsim train --engine rtl --config {path} --vcd {stem}.vcd --vcd-window 0..20000\n\
         [*]   gtkwave {stem}.vcd testbenches/gtkwave/{stem}.gtkw\n\
         [*] Opens on reset, the first evaluation and the first {VIEW_STEPS} steps ({cycles} cycles at 10 ns); one group per\n\
         [*] block; fixed-point words as signed decimals of the raw integer (theta: {tf} fraction\n\
         [*] bits, activations: {af}, costs: {cf}).\n\
         [dumpfile] \"{stem}.vcd\"\n\
         [timestart] 0\n\
         [size] 1600 900\n\
         [signals_width] 300\n\
         [sst_width] 260\n\
         *{zoom:.6} 0\n",
        path = design.path,
        cycles = view_cycles(design),
        tf = design.plan.formats.theta.frac_bits,
        af = design.plan.formats.act.frac_bits,
        cf = 2 * design.plan.formats.act.frac_bits,
    );
    for (block, signals) in groups() {
        s.push_str(&format!("{GROUP}\n-{block}\n"));
        for (name, width, signed) in signals {
            let flag = match (width, signed) {
                (1, _) => BIT,
                (_, true) => SDEC,
                (_, false) => DEC,
            };
            let scope = match block {
                "ports" => "uut".to_string(),
                b => format!("uut.{b}"),
            };
            let range = match width {
                1 => String::new(),
                w => format!("[{}:0]", w - 1),
            };
            s.push_str(&format!("{flag}\n{scope}.{name}{range}\n"));
        }
        s.push_str(&format!("{END}\n-{block}\n"));
    }
    s
}
