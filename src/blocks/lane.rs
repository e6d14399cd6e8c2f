//! `Lane`: one of the chip's PE x L lanes (`chip::lanes`): lane g L + l is slot l of the
//! row's neuron g. Each lane owns bank l of its group's theta, G and V memories and does, for
//! the parameter of its slot in the current row, what the serial chip did for its one
//! parameter:
//! - its sign s_i and whether it is perturbed (`chip::signs`): the random code's sign is
//!   parity(`state` & m_l), bit 0 of the row's state stepped l times through the lane's
//!   constant mask (`chip::signs::lane_masks`); Walsh and time multiplexing are functions of
//!   the index `row_first + l`;
//! - theta_i + s_i amp, saturated, during the perturbed inference;
//! - the product theta_i x_j (x_j from its activation bank, or 1.0 for the bias; group g > 0
//!   multiplies the words group 0's banks read, `act_in`, and holds no activations), a leaf
//!   (`term_out`) of the row's adder tree, whose node l this lane hosts: `subtree` =
//!   `left_in` + `right_in` (`chip::lanes::AdderTree`), so lane 0's is the row's sum
//!   after ceil(log2 L) levels of adders, exact at `fixed::ACC_W` bits;
//! - with `[chip] pipeline`, theta_i perturbed and x_j are registered (`pipe_theta`,
//!   `pipe_x`, stage 0), then their product's two halves (`pipe_product`, `pipe_fix`, stage
//!   1: `fixed::mul16_halves`), and the tree sums the joined products;
//! - in the Corr sweep, e_i = s_i C~ and the G_i / theta_i update (`correlator`,
//!   `accumulator`; with the pipeline in three cycles: G' = sat(G + e) and theta_i registered
//!   in `pipe_grad`, `pipe_old`; then G written to row `pipe_row` and, at an update, the step
//!   registered in `pipe_step` with theta_i in `pipe_base`; then theta - step written to row
//!   `pipe_theta_row`, or with weight perturbation (`ChipPlan::late_theta`) registered in
//!   `pipe_next_theta` and written a fourth cycle to row `pipe_store_row`), written back to
//!   its banks;
//! - with node perturbation (`chip::signs`), only the neuron's bias slot is perturbed, every
//!   lane reads the neuron's sign (mask 1), and in the Corr sweep the idle multiplier forms
//!   C~16 x_i (`delta_node` times the row's activation), which the correlator signs
//!   (`fixed::Formats::node_corr`); with the pipeline the product is registered first
//!   as its two offset-binary halves (`pipe_nraw`, `pipe_nfix`, with `pipe_nsign`,
//!   `pipe_nswept`, `pipe_nupd`, `pipe_nrow`), then joined (`pipe_nprod`, with
//!   `pipe_nsign2`, `pipe_nswept2`, `pipe_nupd2`, `pipe_nrow2`), and the correlator and the
//!   update half work on that row a cycle later;
//! - with momentum, the update's step comes from the velocity V_i (`vel_mem`; the leaked V
//!   registered in `pipe_vel` with the pipeline; `blocks::accumulator`);
//! - with the pipeline, a sample load is written a cycle late (`pipe_load`, `pipe_load_row`;
//!   a streamed word in `pipe_load_data` with `pipe_load_stream`), and the sample ROM is read
//!   at the edge (`samples_sync`, a block RAM), so its path ends at the memory.
//!
//! Banks, all addressed by row (`theta_mem`, `grad_mem`, `vel_mem`, `theta_init`) or by
//! activation word a / L (`acts`) or by sample word (`samples`: sample s's inputs k L + l,
//! k = 0..ceil(n_in / L)); with the pipeline and weight perturbation theta, G and V read in
//! two cycles, at `ahead_row` (`ChipPlan::reads_ahead`). A lane whose slot the row leaves
//! empty (l >= `row_used`) adds nothing and writes nothing. The read-out word is chained from lane l to lane l + 1; the state for the next row
//! is `blocks::jump`'s, not the lanes'.
//!
//! Rules: `fixed::Formats::{perturb, mac, correlate, node_corr, accumulate, decay, velocity,
//! update}`. Twin: the lane loop of `model::trainer::FastTrainer::comb`. Tests: `trainer`'s
//! and `engine::rtl`'s.

use crate::chip::lanes::USED_W;
use crate::chip::signs::SignSource;
use crate::chip::ChipPlan;
use crate::fixed::{
    max_of, min_of, to_hw, AADDR_W, ACC_W, ACT_W, PADDR_W, SADDR_W, THETA_W, WIDE_W,
};
use rust_hdl::prelude::*;

use super::accumulator::Accumulator;
use super::correlator::Correlator;
use super::memory::{BlockRam, BlockRom};

/// One lane. Port names = Verilog = VCD (`lanes$l$...`).
///
/// Its `index` is `row_first + l` of its slot l: with neurons side by side (`[chip] pe`, node
/// perturbation's random signs only) no sign reads it.
#[derive(LogicBlock)]
pub struct Lane {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Parameter index of the row's lane 0.
    pub row_first: Signal<In, Bits<PADDR_W>>,
    /// Lanes the row uses.
    pub row_used: Signal<In, Bits<USED_W>>,
    /// The row ends its neuron: its last used lane multiplies the bias.
    pub row_bias: Signal<In, Bit>,
    /// LFSR state of the row's first parameter (`perturbation.state`).
    pub state: Signal<In, Bits<16>>,
    /// Window counter (Walsh and time multiplexing).
    pub slot: Signal<In, Bits<PADDR_W>>,
    /// Perturb theta (the perturbed inference).
    pub enable: Signal<In, Bit>,
    /// The perturbation amplitude of the pass (`trainer.pass_amps`).
    pub amp: Signal<In, Signed<WIDE_W>>,
    /// The row's layer is the pass's (per-layer perturbation; always 1 without it): only then
    /// is its slot perturbed and its e_i non-zero.
    pub in_pass: Signal<In, Bit>,
    /// The network is in a row cycle (`network.busy`): the pipeline takes the operands.
    pub running: Signal<In, Bit>,
    /// s_i: 1 for +1.
    pub sign: Signal<Out, Bit>,
    /// Parameter i is perturbed in this window (with node perturbation: the slot is its
    /// neuron's bias).
    pub active: Signal<Out, Bit>,
    /// theta_i, perturbed while `enable`.
    pub theta_pert: Signal<Out, Signed<THETA_W>>,
    /// The adder tree's node this lane hosts: its left child, another lane's `subtree` or
    /// `term_out` (0 in the lane that hosts no node).
    pub left_in: Signal<In, Signed<ACC_W>>,
    /// ... and its right child.
    pub right_in: Signal<In, Signed<ACC_W>>,
    /// This lane's product (0 if the row leaves it empty), a leaf of the adder tree; with the
    /// pipeline, the registered product of the row two cycles back.
    pub term_out: Signal<Out, Signed<ACC_W>>,
    /// `left_in` plus `right_in`: the sum under this lane's node of the adder tree, or with
    /// the pipeline at a cut node (`chip::lanes::AdderTree::cut`) that sum registered.
    pub subtree: Signal<Out, Signed<ACC_W>>,
    /// Row the theta bank reads at this edge (the next cycle's).
    pub theta_read_row: Signal<In, Bits<PADDR_W>>,
    /// Row the G bank reads at this edge (the next cycle's sweep row).
    pub grad_read_row: Signal<In, Bits<PADDR_W>>,
    /// With two-cycle bank reads (`ChipPlan::reads_ahead`), the row theta, G and V read at
    /// this edge: the row of the cycle after the next (`trainer.bank_ahead`).
    pub ahead_row: Signal<In, Bits<PADDR_W>>,
    /// Row the Init and Corr sweeps write.
    pub write_row: Signal<In, Bits<PADDR_W>>,
    /// The next cycle is an Init sweep row (`sequencer.init_next`), registered here as
    /// `init_done` (inverted).
    pub init_next: Signal<In, Bit>,
    /// That row (`sequencer.init_row_next`), registered here as `init_row`.
    pub init_row_next: Signal<In, Bits<PADDR_W>>,
    /// Corr sweep: G' (and theta' at `update`) into the banks.
    pub corr: Signal<In, Bit>,
    /// The inference carries a deferred Corr sweep (`sequencer.fusing`): with `[chip]
    /// handover` it correlates with the window before, through `cmask`.
    pub fusing: Signal<In, Bit>,
    /// `corr` of the next cycle (`sequencer.corr_next`), registered here as `corr_q`.
    pub corr_next: Signal<In, Bit>,
    /// A tau_theta boundary.
    pub update: Signal<In, Bit>,
    /// C~.
    pub cost_delta: Signal<In, Signed<WIDE_W>>,
    /// -C~ (`cost.cost_neg_delta`), the correlator's other choice.
    pub neg_cost_delta: Signal<In, Signed<WIDE_W>>,
    /// C~16 (`cost.delta_node`), node perturbation's multiplier operand.
    pub delta_node: Signal<In, Signed<THETA_W>>,
    /// Activation word every bank reads at this edge.
    pub act_read_row: Signal<In, Bits<AADDR_W>>,
    /// With two-cycle bank reads, the activation word every bank reads at this edge: the
    /// word of the cycle after the next (`trainer.bank_ahead`).
    pub act_ahead_row: Signal<In, Bits<AADDR_W>>,
    /// The network writes a neuron's output at this edge.
    pub out_write: Signal<In, Bit>,
    /// Bank of that output.
    pub out_lane: Signal<In, Bits<PADDR_W>>,
    /// Word of that output.
    pub out_row: Signal<In, Bits<AADDR_W>>,
    /// The output (of the row's neuron l mod PE: banks `out_lane` .. `out_lane` + PE - 1 take
    /// the row's PE outputs).
    pub out_data: Signal<In, Signed<ACT_W>>,
    /// With neurons side by side, a lane of group g > 0: the activation word lane l of group
    /// 0 read (its `act_out`).
    pub act_in: Signal<In, Signed<ACT_W>>,
    /// The activation word this lane's bank read (`act_in` of the lanes of groups g > 0).
    pub act_out: Signal<Out, Signed<ACT_W>>,
    /// Load an input word at this edge (it wins over a neuron write).
    pub load: Signal<In, Bit>,
    /// The lane a streamed word goes to (every lane takes a sample ROM load).
    pub load_lane: Signal<In, Bits<PADDR_W>>,
    /// Activation word of the load.
    pub load_row: Signal<In, Bits<AADDR_W>>,
    /// The streamed input word.
    pub stream_data: Signal<In, Signed<ACT_W>>,
    /// Load `stream_data` instead of the sample ROM's word.
    pub stream: Signal<In, Bit>,
    /// Sample-ROM word (sample s's row k: s ceil(n_in / L) + k).
    pub rom_addr: Signal<In, Bits<SADDR_W>>,
    /// Clock of the weight read-out.
    pub read_clock: Signal<In, Clock>,
    /// Row of the parameter read out.
    pub read_row: Signal<In, Bits<PADDR_W>>,
    /// Lane of the parameter read out.
    pub read_lane: Signal<In, Bits<PADDR_W>>,
    /// The read-out word of the earlier lanes (0 but in the lane that holds it).
    pub read_in: Signal<In, Bits<THETA_W>>,
    /// `read_in` ORed with this lane's read-out word.
    pub read_out: Signal<Out, Bits<THETA_W>>,
    /// e_i = s_i C~.
    pub correlator: Correlator,
    /// G_i and the theta_i update.
    pub accumulator: Accumulator,
    /// theta of the lane's slot of each row.
    pub theta_mem: BlockRam<Signed<THETA_W>, PADDR_W>,
    /// G of the lane's slot of each row.
    pub grad_mem: BlockRam<Signed<WIDE_W>, PADDR_W>,
    /// Momentum's velocity V of the lane's slot of each row (never written without momentum,
    /// so synthesis removes it).
    pub vel_mem: BlockRam<Signed<WIDE_W>, PADDR_W>,
    /// theta0 of the lane's slot of each row (0 where the row leaves it empty).
    pub theta_init: ROM<Signed<THETA_W>, PADDR_W>,
    /// Activations a with a mod L = l, at word a / L.
    pub acts: BlockRam<Signed<ACT_W>, AADDR_W>,
    /// Inputs k L + l of every sample (0 past n_in; empty for a stream-only chip), read in
    /// the cycle that loads them (empty with the pipeline).
    pub samples: ROM<Signed<ACT_W>, SADDR_W>,
    /// With the pipeline, `samples`' words in a block ROM read at the edge: its `data` is the
    /// word a load writes a cycle late (a register, like `pipe_load_data`).
    pub samples_sync: BlockRom<Signed<ACT_W>, SADDR_W>,
    /// Pipeline stage 0: theta_i as perturbed (0 in an empty slot or while the network is
    /// idle; always 0 without the pipeline).
    pipe_theta: DFF<Signed<THETA_W>>,
    /// Pipeline stage 0: the multiplier's other operand, as `pipe_theta`.
    pipe_x: DFF<Signed<ACT_W>>,
    /// Pipeline stage 0: the slot's operands were taken (a used slot of a row cycle).
    pipe_take: DFF<Bit>,
    /// Pipeline stage 1: the raw offset-binary product of `pipe_theta` and `pipe_x`
    /// (`fixed::mul16_halves`; 0 unless `pipe_take`, and without the pipeline), so that the
    /// multiplier's path ends at this register; stage 2 adds `pipe_fix`.
    pipe_product: DFF<Signed<WIDE_W>>,
    /// Pipeline stage 1: the product's correction 2^30 - 2^15 (A + B), as `pipe_product`.
    pipe_fix: DFF<Signed<WIDE_W>>,
    /// Pipeline stage 2, at a cut node of the adder tree (`chip::lanes::AdderTree::cut`):
    /// the sum under it (always 0 elsewhere and without the pipeline).
    pipe_subtree: DFF<Signed<ACC_W>>,
    /// This lane's node is a cut node.
    cut: Constant<Bit>,
    node_sum: Signal<Local, Signed<ACC_W>>,
    /// Corr sweep with the pipeline, first cycle: G' = sat(G + e) of a used slot (else 0);
    /// the second cycle writes G back and takes the update's step.
    pipe_grad: DFF<Signed<WIDE_W>>,
    /// First cycle: theta_i as read.
    pipe_old: DFF<Signed<THETA_W>>,
    /// Second cycle: write G (0 at `pipe_update`, a tau_theta boundary) to row `pipe_row`.
    pipe_write: DFF<Bit>,
    /// See `pipe_write`.
    pipe_update: DFF<Bit>,
    /// See `pipe_write`.
    pipe_row: DFF<Bits<PADDR_W>>,
    /// First cycle, at an update with momentum: V - (V >>> k) of the row's V (else 0).
    pipe_vel: DFF<Signed<WIDE_W>>,
    /// Second cycle, at an update: the step round(G' >>> eta_shift) (else 0); the third cycle
    /// writes theta - step.
    pipe_step: DFF<Signed<WIDE_W>>,
    /// Second cycle, at an update: theta_i (`pipe_old`; else 0).
    pipe_base: DFF<Signed<THETA_W>>,
    /// Third cycle: write theta to row `pipe_theta_row` (with `late_theta`, register it).
    pipe_apply: DFF<Bit>,
    /// See `pipe_apply`.
    pipe_theta_row: DFF<Bits<PADDR_W>>,
    /// With `late_theta`, third cycle at an update: theta' = sat(theta - step) (else 0), so
    /// that the subtraction's path ends at a register, not at the theta bank's write port.
    pipe_next_theta: DFF<Signed<THETA_W>>,
    /// Fourth cycle: write `pipe_next_theta` to row `pipe_store_row`.
    pipe_store: DFF<Bit>,
    /// See `pipe_store`.
    pipe_store_row: DFF<Bits<PADDR_W>>,
    /// With the pipeline, a sample load is written a cycle late (so the sample ROM's path
    /// ends at a register): this lane writes `pipe_load_data` to word `pipe_load_row` (all 0
    /// when it loads nothing).
    pipe_load: DFF<Bit>,
    /// See `pipe_load`.
    pipe_load_row: DFF<Bits<AADDR_W>>,
    /// See `pipe_load`: the streamed word (0 for a sample-ROM load, whose word is
    /// `samples_sync.data`).
    pipe_load_data: DFF<Signed<ACT_W>>,
    /// See `pipe_load`: the word is `pipe_load_data`, not the sample ROM's.
    pipe_load_stream: DFF<Bit>,
    /// Node perturbation with the pipeline, Corr sweep, cycle 0: the neuron's sign with the
    /// operands C~16 and x_i (in `pipe_theta`, `pipe_x`), so the multiplier starts at
    /// registers as in an inference.
    pipe_nsign0: DFF<Bit>,
    /// See `pipe_nsign0`: the slot was swept.
    pipe_nswept0: DFF<Bit>,
    /// See `pipe_nsign0`: ... at a tau_theta update.
    pipe_nupd0: DFF<Bit>,
    /// See `pipe_nsign0`: ... at this row (the banks read it in the next cycle).
    pipe_nrow0: DFF<Bits<PADDR_W>>,
    /// Node perturbation with the pipeline, Corr sweep, cycle 1: the raw offset-binary half
    /// of C~16 x_i of a used slot (else 0; `fixed::mul16_halves`), so the multiplier's path
    /// ends at a register, as `pipe_product` does; the join with `pipe_nfix` follows a
    /// cycle later (`pipe_nprod`).
    pipe_nraw: DFF<Signed<WIDE_W>>,
    /// See `pipe_nraw`: the product's correction half.
    pipe_nfix: DFF<Signed<WIDE_W>>,
    /// See `pipe_nraw`: the neuron's sign.
    pipe_nsign: DFF<Bit>,
    /// See `pipe_nraw`: the slot was swept.
    pipe_nswept: DFF<Bit>,
    /// See `pipe_nraw`: ... at a tau_theta update.
    pipe_nupd: DFF<Bit>,
    /// See `pipe_nraw`: ... at this row (the banks read it in the next cycle).
    pipe_nrow: DFF<Bits<PADDR_W>>,
    /// Node perturbation with the pipeline, Corr sweep, cycle 2: C~16 x_i joined from
    /// `pipe_nraw` and `pipe_nfix` (mod 2^32, as `product`), so the route from the
    /// multiplier's registers, wherever the placer puts them, ends at the join; the
    /// correlator and G + e follow a cycle later, for the row in `pipe_nrow2`.
    pipe_nprod: DFF<Signed<WIDE_W>>,
    /// See `pipe_nprod`: the neuron's sign.
    pipe_nsign2: DFF<Bit>,
    /// See `pipe_nprod`: the slot was swept.
    pipe_nswept2: DFF<Bit>,
    /// See `pipe_nprod`: ... at a tau_theta update.
    pipe_nupd2: DFF<Bit>,
    /// See `pipe_nprod`: ... at this row.
    pipe_nrow2: DFF<Bits<PADDR_W>>,
    /// The Init sweep is over (0 from power-on or reset to its last row; `init_next`
    /// registered, inverted so that it agrees with the state Init at power-on): with
    /// `init_row` the banks' write ports and theta_init's address start at local flip-flops,
    /// not at the sequencer's state decode and row fanned out to every lane.
    init_done: DFF<Bit>,
    /// The Init sweep's row (`sequencer.count` in Init, else 0).
    init_row: DFF<Bits<PADDR_W>>,
    init: Signal<Local, Bit>,
    /// `corr`, registered in the lane from `corr_next`: the multiplier's operand select
    /// starts at a local flip-flop, not at the sequencer's state decode fanned out to every
    /// lane.
    corr_q: DFF<Bit>,
    load_here: Signal<Local, Bit>,
    swept: Signal<Local, Bit>,
    nswept: Signal<Local, Bit>,
    sweep_row: Signal<Local, Bits<PADDR_W>>,
    sweep_update: Signal<Local, Bit>,
    mul_t: Signal<Local, Signed<THETA_W>>,
    mul_x: Signal<Local, Signed<ACT_W>>,
    /// `mul_t` sign-extended to 32 bits (the select of binary inputs shifts it).
    mul_wide: Signal<Local, Signed<WIDE_W>>,
    term: Signal<Local, Signed<WIDE_W>>,
    used_here: Signal<Local, Bit>,
    bias_here: Signal<Local, Bit>,
    index: Signal<Local, Bits<PADDR_W>>,
    masked: Signal<Local, Bits<PADDR_W>>,
    s: Signal<Local, Bit>,
    /// The sign of the window before (`[chip] handover`: the generator runs a window behind,
    /// `SignSource::lag`).
    cs: Signal<Local, Bit>,
    act: Signal<Local, Bit>,
    pert: Signal<Local, Bit>,
    node_corr: Signal<Local, Bit>,
    wide: Signal<Local, Signed<WIDE_W>>,
    wide_hi: Signal<Local, Bits<WIDE_W>>,
    above: Signal<Local, Bit>,
    below: Signal<Local, Bit>,
    x: Signal<Local, Signed<ACT_W>>,
    ut: Signal<Local, Bits<THETA_W>>,
    ux: Signal<Local, Bits<ACT_W>>,
    offset_sum: Signal<Local, Bits<WIDE_W>>,
    offset_fix: Signal<Local, Bits<WIDE_W>>,
    raw_product: Signal<Local, Bits<WIDE_W>>,
    product: Signal<Local, Signed<WIDE_W>>,
    /// C~16 x_i joined from `pipe_nraw` and `pipe_nfix`, into `pipe_nprod`.
    nprod: Signal<Local, Signed<WIDE_W>>,
    /// -`nprod` and -`product`: node perturbation's negative choice for the correlator.
    nprod_neg: Signal<Local, Signed<WIDE_W>>,
    product_neg: Signal<Local, Signed<WIDE_W>>,
    lane: Constant<Bits<USED_W>>,
    lane_p: Constant<Bits<PADDR_W>>,
    lane_end: Constant<Bits<USED_W>>,
    /// The lane's number among all PE x L (`read_lane` names it).
    unit_p: Constant<Bits<PADDR_W>>,
    /// The first bank of the PE outputs that include this lane's: l - l mod PE.
    out_base: Constant<Bits<PADDR_W>>,
    /// Group 0: the lane holds activations (and loads samples); else it takes `act_in`.
    holds_acts: Constant<Bit>,
    mask: Constant<Bits<16>>,
    /// The plain lane mask (`lane_masks`): a fused sweep's sign with `[chip] handover`.
    cmask: Constant<Bits<16>>,
    /// The generator lags the perturbation (`SignSource::lag` > 0).
    lag: Constant<Bit>,
    walsh: Constant<Bit>,
    time_mux: Constant<Bit>,
    theta_max: Constant<Signed<WIDE_W>>,
    theta_min: Constant<Signed<WIDE_W>>,
    /// w - 1, w the theta format's width: theta +/- amp >> it is all sign bits on the rails.
    rail_shift: Constant<Bits<WIDE_W>>,
    /// All ones in bits 0 .. 32 - w: a negative theta +/- amp that fits.
    hi_ones: Constant<Bits<WIDE_W>>,
    one: Constant<Signed<ACT_W>>,
    msb16: Constant<Bits<16>>,
    two30: Constant<Bits<WIDE_W>>,
    piped: Constant<Bit>,
    node: Constant<Bit>,
    node_piped: Constant<Bit>,
    /// The theta, G and V banks read in two cycles, at `ahead_row` (`ChipPlan::reads_ahead`).
    reads_ahead: Constant<Bit>,
    /// The Corr sweep registers theta' before writing it (`ChipPlan::late_theta`).
    late_theta: Constant<Bit>,
    momentum: Constant<Bit>,
    /// `ChipPlan::binary_inputs`: x is 0 or 1.0, so the product is a select (no multiplier).
    binary: Constant<Bit>,
    /// The act format's fraction bits: theta x 1.0 = theta << them.
    act_frac: Constant<Bits<WIDE_W>>,
}

impl Lane {
    /// Lane `unit` (of `ChipPlan::units`, slot l = unit mod L of group unit / L) of the chip
    /// of `plan`.
    pub fn new(plan: &ChipPlan, unit: usize) -> Self {
        let f = &plan.formats;
        let lanes = plan.lanes;
        let (group, l) = (unit / lanes, unit % lanes);
        assert!(unit < plan.units() && plan.units() <= 1 << PADDR_W);
        let signs: &SignSource = &plan.signs;
        let w = f.theta.width();
        let words = plan.bank_words();
        let (lut, ahead) = (plan.lut_ram(words), plan.reads_ahead());
        let act_words = plan.n_acts().div_ceil(lanes);
        let style = plan.ram_style;
        // The Init sweep writes every row; a row past the banks' words writes its aliased
        // word (`ChipPlan::bank_words`) that word's own theta0 again.
        let depth = plan.bank_depth();
        // The plan's product rule (`fixed::product_halves`); without the select its shift is
        // a dead branch's constant.
        let select = plan.product_select();
        let theta0: Vec<Signed<THETA_W>> = (0..plan.rows.len())
            .map(|k| match plan.rows[k % depth].param(lanes, unit) {
                Some(i) => to_hw(plan.theta0[i].0 as i64),
                None => to_hw(0),
            })
            .collect();
        let n_in = plan.schedule.n_inputs;
        let load_rows = plan.schedule.load_rows();
        let samples: Vec<Signed<ACT_W>> = match plan.stream_only || group > 0 {
            true => vec![],
            false => (0..plan.labels.len())
                .flat_map(|s| (0..load_rows).map(move |k| (s, k * lanes + l)))
                .map(|(s, a)| match a < n_in {
                    true => to_hw(plan.inputs[s * n_in + a].0 as i64),
                    false => to_hw(0),
                })
                .collect(),
        };
        Self {
            clock: Default::default(),
            row_first: Default::default(),
            row_used: Default::default(),
            row_bias: Default::default(),
            state: Default::default(),
            slot: Default::default(),
            enable: Default::default(),
            amp: Default::default(),
            in_pass: Default::default(),
            running: Default::default(),
            sign: Default::default(),
            active: Default::default(),
            theta_pert: Default::default(),
            left_in: Default::default(),
            right_in: Default::default(),
            subtree: Default::default(),
            term_out: Default::default(),
            theta_read_row: Default::default(),
            grad_read_row: Default::default(),
            ahead_row: Default::default(),
            write_row: Default::default(),
            init_next: Default::default(),
            init_row_next: Default::default(),
            corr: Default::default(),
            corr_next: Default::default(),
            update: Default::default(),
            cost_delta: Default::default(),
            neg_cost_delta: Default::default(),
            delta_node: Default::default(),
            act_read_row: Default::default(),
            act_ahead_row: Default::default(),
            out_write: Default::default(),
            out_lane: Default::default(),
            out_row: Default::default(),
            out_data: Default::default(),
            act_in: Default::default(),
            act_out: Default::default(),
            load: Default::default(),
            load_lane: Default::default(),
            load_row: Default::default(),
            stream_data: Default::default(),
            stream: Default::default(),
            rom_addr: Default::default(),
            read_clock: Default::default(),
            read_row: Default::default(),
            read_lane: Default::default(),
            read_in: Default::default(),
            read_out: Default::default(),
            correlator: Correlator::default(),
            accumulator: Accumulator::new(f),
            theta_mem: BlockRam::new(words, lut).two_cycle(ahead).style(style),
            grad_mem: BlockRam::new(words, lut).two_cycle(ahead).style(style),
            vel_mem: BlockRam::new(words, lut).two_cycle(ahead).style(style),
            theta_init: ROM::from(theta0.into_iter()),
            acts: BlockRam::new(act_words, plan.acts_lut(act_words))
                .two_cycle(ahead)
                .late_writes(ahead)
                .style(style),
            samples: match plan.pipeline {
                true => ROM::from(std::iter::empty()),
                false => ROM::from(samples.iter().copied()),
            },
            samples_sync: BlockRom::new(match plan.pipeline {
                true => samples,
                false => vec![],
            }),
            pipe_theta: Default::default(),
            pipe_x: Default::default(),
            pipe_take: Default::default(),
            pipe_product: Default::default(),
            pipe_fix: Default::default(),
            pipe_subtree: Default::default(),
            cut: Constant::new(
                crate::chip::lanes::AdderTree::new(lanes)
                    .cut(plan.pipeline)
                    .contains(&l),
            ),
            node_sum: Default::default(),
            pipe_grad: Default::default(),
            pipe_old: Default::default(),
            pipe_write: Default::default(),
            pipe_update: Default::default(),
            pipe_row: Default::default(),
            pipe_vel: Default::default(),
            pipe_step: Default::default(),
            pipe_base: Default::default(),
            pipe_apply: Default::default(),
            pipe_theta_row: Default::default(),
            pipe_next_theta: Default::default(),
            pipe_store: Default::default(),
            pipe_store_row: Default::default(),
            pipe_load: Default::default(),
            pipe_load_row: Default::default(),
            pipe_load_data: Default::default(),
            pipe_load_stream: Default::default(),
            pipe_nsign0: Default::default(),
            pipe_nswept0: Default::default(),
            pipe_nupd0: Default::default(),
            pipe_nrow0: Default::default(),
            pipe_nraw: Default::default(),
            pipe_nfix: Default::default(),
            pipe_nsign: Default::default(),
            pipe_nswept: Default::default(),
            pipe_nupd: Default::default(),
            pipe_nrow: Default::default(),
            pipe_nprod: Default::default(),
            pipe_nsign2: Default::default(),
            pipe_nswept2: Default::default(),
            pipe_nupd2: Default::default(),
            pipe_nrow2: Default::default(),
            init_done: Default::default(),
            init_row: Default::default(),
            init: Default::default(),
            corr_q: Default::default(),
            load_here: Default::default(),
            swept: Default::default(),
            nswept: Default::default(),
            sweep_row: Default::default(),
            sweep_update: Default::default(),
            mul_t: Default::default(),
            mul_x: Default::default(),
            mul_wide: Default::default(),
            term: Default::default(),
            used_here: Default::default(),
            bias_here: Default::default(),
            index: Default::default(),
            masked: Default::default(),
            s: Default::default(),
            cs: Default::default(),
            fusing: Default::default(),
            act: Default::default(),
            pert: Default::default(),
            node_corr: Default::default(),
            wide: Default::default(),
            wide_hi: Default::default(),
            above: Default::default(),
            below: Default::default(),
            x: Default::default(),
            ut: Default::default(),
            ux: Default::default(),
            offset_sum: Default::default(),
            offset_fix: Default::default(),
            raw_product: Default::default(),
            product: Default::default(),
            nprod: Default::default(),
            nprod_neg: Default::default(),
            product_neg: Default::default(),
            lane: Constant::new(l.to_bits()),
            lane_p: Constant::new(l.to_bits()),
            lane_end: Constant::new((l + 1).to_bits()),
            unit_p: Constant::new(unit.to_bits()),
            out_base: Constant::new((l - l % plan.pe).to_bits()),
            holds_acts: Constant::new(group == 0),
            mask: Constant::new(u64::from(plan.pert_masks[unit]).into()),
            cmask: Constant::new(u64::from(plan.lane_masks[unit]).into()),
            lag: Constant::new(plan.signs.lag > 0),
            walsh: Constant::new(signs.walsh()),
            time_mux: Constant::new(signs.time_mux()),
            theta_max: Constant::new(to_hw(max_of(w))),
            theta_min: Constant::new(to_hw(min_of(w))),
            rail_shift: Constant::new(u64::from(w - 1).into()),
            hi_ones: Constant::new(((1u64 << (WIDE_W as u32 + 1 - w)) - 1).into()),
            one: Constant::new(to_hw(f.one().0 as i64)),
            msb16: Constant::new(0x8000u64.into()),
            two30: Constant::new((1u64 << 30).into()),
            piped: Constant::new(plan.pipeline),
            node: Constant::new(f.node),
            node_piped: Constant::new(f.node & plan.pipeline),
            reads_ahead: Constant::new(plan.reads_ahead()),
            late_theta: Constant::new(plan.late_theta()),
            momentum: Constant::new(f.momentum.is_some()),
            binary: Constant::new(select.is_some()),
            act_frac: Constant::new(u64::from(select.unwrap_or(f.act.frac_bits)).into()),
        }
    }

    /// A Corr sweep row is in the lane's pipeline, its writes still to land (a probe; the
    /// fast model's `LanePipe::sweep_idle`).
    pub fn sweep_busy(&self) -> bool {
        [
            &self.pipe_nswept0,
            &self.pipe_nswept,
            &self.pipe_nswept2,
            &self.pipe_write,
            &self.pipe_update,
            &self.pipe_apply,
            &self.pipe_store,
        ]
        .iter()
        .any(|r| r.q.val())
    }
}

impl Logic for Lane {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            pipe_theta,
            pipe_x,
            pipe_take,
            pipe_product,
            pipe_fix,
            pipe_subtree,
            pipe_grad,
            pipe_old,
            pipe_write,
            pipe_update,
            pipe_row,
            pipe_vel,
            pipe_step,
            pipe_base,
            pipe_apply,
            pipe_theta_row,
            pipe_next_theta,
            pipe_store,
            pipe_store_row,
            pipe_load,
            pipe_load_row,
            pipe_load_data,
            pipe_load_stream,
            pipe_nsign0,
            pipe_nswept0,
            pipe_nupd0,
            pipe_nrow0,
            pipe_nraw,
            pipe_nfix,
            pipe_nsign,
            pipe_nswept,
            pipe_nupd,
            pipe_nrow,
            pipe_nprod,
            pipe_nsign2,
            pipe_nswept2,
            pipe_nupd2,
            pipe_nrow2,
            corr_q,
            init_done,
            init_row
        );
        self.theta_mem.clock.next = self.clock.val();
        self.grad_mem.clock.next = self.clock.val();
        self.acts.clock.next = self.clock.val();
        self.acts.read2_clock.next = self.clock.val();
        self.acts.read2_address.next = 0.into();
        self.acts.read2_enable.next = false;
        self.grad_mem.read2_clock.next = self.clock.val();
        self.grad_mem.read2_address.next = 0.into();
        self.grad_mem.read2_enable.next = false;
        self.vel_mem.clock.next = self.clock.val();
        self.vel_mem.read2_clock.next = self.clock.val();
        self.vel_mem.read2_address.next = 0.into();
        self.vel_mem.read2_enable.next = false;
        // The row's slot: used, the bias, the parameter index.
        self.used_here.next = self.row_used.val() > self.lane.val();
        self.bias_here.next = self.row_bias.val() & (self.row_used.val() == self.lane_end.val());
        self.index.next = self.row_first.val() + self.lane_p.val();
        // Sign (`chip::signs`): LFSR bit 0, Walsh parity, or the time slot.
        self.masked.next = self.index.val() & self.slot.val();
        self.s.next = (self.state.val() & self.mask.val()).xor();
        self.cs.next = (self.state.val() & self.cmask.val()).xor();
        self.act.next = true;
        if self.walsh.val() {
            self.s.next = !self.masked.val().xor();
        }
        if self.time_mux.val() {
            self.s.next = true;
            self.act.next = self.index.val() == self.slot.val();
        }
        // Node perturbation: the neuron's sign, on its bias slot only (`SignSource::perturbs`);
        // per layer, only in the pass's layer.
        self.pert.next = self.act.val() & self.in_pass.val();
        if self.node.val() {
            self.pert.next = self.bias_here.val() & self.in_pass.val();
        }
        self.sign.next = self.s.val();
        self.active.next = self.pert.val();
        // theta +/- amp in 32 bits (cannot wrap), clamped to the theta rails.
        self.wide.next =
            signed_bit_cast::<WIDE_W, THETA_W>(self.theta_mem.read_data.val()) - self.amp.val();
        if self.s.val() {
            self.wide.next =
                signed_bit_cast::<WIDE_W, THETA_W>(self.theta_mem.read_data.val()) + self.amp.val();
        }
        // It leaves the w-bit rails iff its bits w - 1 .. 31 are not all its sign: a test of
        // constant bits (LUTs), not a 32-bit comparison after the adder's carry chain.
        self.wide_hi.next = unsigned_cast(self.wide.val()) >> self.rail_shift.val();
        self.above.next = !self.wide.val().get_bit(31) & self.wide_hi.val().any();
        self.below.next = self.wide.val().get_bit(31) & (self.wide_hi.val() != self.hi_ones.val());
        if !(self.enable.val() & self.pert.val()) {
            self.theta_pert.next = self.theta_mem.read_data.val();
        } else if self.above.val() {
            self.theta_pert.next = signed_bit_cast::<THETA_W, WIDE_W>(self.theta_max.val());
        } else if self.below.val() {
            self.theta_pert.next = signed_bit_cast::<THETA_W, WIDE_W>(self.theta_min.val());
        } else {
            self.theta_pert.next = signed_bit_cast::<THETA_W, WIDE_W>(self.wide.val());
        }
        // MAC: signed 16x16 product from the unsigned multiplier (see `blocks` notes).
        self.act_out.next = self.acts.read_data.val();
        if self.bias_here.val() {
            self.x.next = self.one.val();
        } else if self.holds_acts.val() {
            self.x.next = self.acts.read_data.val();
        } else {
            self.x.next = self.act_in.val();
        }
        // Stage 0 of the pipeline: the operands of a used slot in a row cycle; with node
        // perturbation, in a Corr sweep row C~16 and x_i of a used slot in the pass's layer
        // (else 0, whose product is 0), with the neuron's sign, the row and the update flag.
        self.corr_q.d.next = self.corr_next.val();
        self.init_done.d.next = !self.init_next.val();
        self.init_row.d.next = self.init_row_next.val();
        self.init.next = !self.init_done.q.val();
        self.nswept.next = self.node_piped.val() & self.corr.val() & self.used_here.val();
        self.pipe_theta.d.next = 0.into();
        self.pipe_x.d.next = 0.into();
        self.pipe_take.d.next = self.piped.val() & self.running.val() & self.used_here.val();
        if self.piped.val() & self.running.val() & self.used_here.val() {
            self.pipe_theta.d.next = self.theta_pert.val();
            self.pipe_x.d.next = self.x.val();
        }
        if self.nswept.val() & self.in_pass.val() {
            self.pipe_theta.d.next = self.delta_node.val();
            self.pipe_x.d.next = self.x.val();
        }
        self.pipe_nsign0.d.next = false;
        self.pipe_nrow0.d.next = 0.into();
        if self.nswept.val() {
            self.pipe_nsign0.d.next = self.s.val();
            self.pipe_nrow0.d.next = self.write_row.val();
        }
        self.pipe_nswept0.d.next = self.nswept.val();
        self.pipe_nupd0.d.next = self.nswept.val() & self.update.val();
        self.mul_t.next = self.theta_pert.val();
        self.mul_x.next = self.x.val();
        if self.piped.val() {
            self.mul_t.next = self.pipe_theta.q.val();
            self.mul_x.next = self.pipe_x.q.val();
        }
        // Node perturbation's Corr sweep without the pipeline: the idle multiplier takes
        // C~16 x_i.
        self.node_corr.next = self.node.val() & !self.piped.val() & self.corr_q.q.val();
        if self.node_corr.val() {
            self.mul_t.next = self.delta_node.val();
            self.mul_x.next = self.x.val();
        }
        // Signed 16x16 from the unsigned multiplier in offset binary (`fixed::mul16_halves`):
        // with A = a + 2^15 and B = b + 2^15 (the sign bits flipped), a b = A B + 2^30 - 2^15
        // (A + B) mod 2^32; the correction is formed beside the multiplier, so one adder
        // follows it (with the pipeline, in the next stage).
        self.ut.next = unsigned_cast(self.mul_t.val()) ^ self.msb16.val();
        self.ux.next = unsigned_cast(self.mul_x.val()) ^ self.msb16.val();
        self.offset_sum.next =
            bit_cast::<WIDE_W, THETA_W>(self.ut.val()) + bit_cast::<WIDE_W, ACT_W>(self.ux.val());
        self.offset_fix.next = self.two30.val() - (self.offset_sum.val() << 15);
        self.raw_product.next = self.ut.val() * self.ux.val();
        // Sign-extended in a signal of its own: Verilog would zero-extend an unsigned cast of
        // a signed cast in a wider context.
        self.mul_wide.next = signed_bit_cast::<WIDE_W, THETA_W>(self.mul_t.val());
        // Binary inputs (`ChipPlan::binary_inputs`): x is 0 or 1.0, so a b = a << f or 0, the
        // same bits with no multiplier and no correction.
        if self.binary.val() {
            self.offset_fix.next = 0.into();
            self.raw_product.next = 0.into();
            if (unsigned_cast(self.mul_x.val()) & unsigned_cast(self.one.val())).any() {
                self.raw_product.next = unsigned_cast(self.mul_wide.val()) << self.act_frac.val();
            }
        }
        self.product.next = signed_cast(self.raw_product.val() + self.offset_fix.val());
        // Stage 1: the product's two halves, of a taken slot only (zero operands have
        // halves 2^30 and -2^30); stage 2 joins them at the tree's leaf.
        self.pipe_product.d.next = 0.into();
        self.pipe_fix.d.next = 0.into();
        self.term.next = 0.into();
        if self.used_here.val() {
            self.term.next = self.product.val();
        }
        if self.piped.val() {
            self.term.next = signed_cast(
                unsigned_cast(self.pipe_product.q.val()) + unsigned_cast(self.pipe_fix.q.val()),
            );
        }
        if self.pipe_take.q.val() & !self.pipe_nswept0.q.val() {
            self.pipe_product.d.next = signed_cast(self.raw_product.val());
            self.pipe_fix.d.next = signed_cast(self.offset_fix.val());
        }
        self.term_out.next = signed_bit_cast::<ACC_W, WIDE_W>(self.term.val());
        self.node_sum.next = self.left_in.val() + self.right_in.val();
        self.pipe_subtree.d.next = 0.into();
        if self.cut.val() {
            self.pipe_subtree.d.next = self.node_sum.val();
            self.subtree.next = self.pipe_subtree.q.val();
        } else {
            self.subtree.next = self.node_sum.val();
        }
        // Node perturbation with the pipeline: the Corr row's product of the stage-0 operands
        // is registered as its two halves with its sign and row (cycle 1; per layer a row
        // outside the pass's layer had operands 0, so e_i = 0: G kept, the last pass's
        // update reaches every row); the join, the correlator and G + e work on them a cycle
        // later, when the banks have read that row (`pipe_nrow0`, below).
        self.pipe_nraw.d.next = 0.into();
        self.pipe_nfix.d.next = 0.into();
        self.pipe_nsign.d.next = false;
        self.pipe_nrow.d.next = 0.into();
        if self.pipe_nswept0.q.val() {
            self.pipe_nraw.d.next = signed_cast(self.raw_product.val());
            self.pipe_nfix.d.next = signed_cast(self.offset_fix.val());
            self.pipe_nsign.d.next = self.pipe_nsign0.q.val();
            self.pipe_nrow.d.next = self.pipe_nrow0.q.val();
        }
        self.pipe_nswept.d.next = self.pipe_nswept0.q.val();
        self.pipe_nupd.d.next = self.pipe_nupd0.q.val();
        // Cycle 2: the join, registered with the sign and row (0 when the row was not swept:
        // the halves, the sign and the row are 0 then, so no select is needed).
        self.nprod.next = signed_cast(
            unsigned_cast(self.pipe_nraw.q.val()) + unsigned_cast(self.pipe_nfix.q.val()),
        );
        self.pipe_nprod.d.next = self.nprod.val();
        self.pipe_nsign2.d.next = self.pipe_nsign.q.val();
        self.pipe_nrow2.d.next = self.pipe_nrow.q.val();
        self.pipe_nswept2.d.next = self.pipe_nswept.q.val();
        self.pipe_nupd2.d.next = self.pipe_nupd.q.val();
        // Correlate and update.
        // One assignment per pass: the correlator reads them.
        // C~16 x_i is never the most negative 32-bit value (|C~16| < 2^15).
        self.nprod_neg.next = -self.pipe_nprod.q.val();
        self.product_neg.next = -self.product.val();
        if self.node_piped.val() {
            self.correlator.sign.next = self.pipe_nsign2.q.val();
            self.correlator.active.next = true;
            self.correlator.cost_delta.next = self.pipe_nprod.q.val();
            self.correlator.neg_cost_delta.next = self.nprod_neg.val();
        } else if self.node.val() {
            self.correlator.sign.next = self.s.val();
            self.correlator.active.next = self.in_pass.val();
            self.correlator.cost_delta.next = self.product.val();
            self.correlator.neg_cost_delta.next = self.product_neg.val();
        } else if self.lag.val() & self.fusing.val() {
            self.correlator.sign.next = self.cs.val();
            self.correlator.active.next = self.act.val() & self.in_pass.val();
            self.correlator.cost_delta.next = self.cost_delta.val();
            self.correlator.neg_cost_delta.next = self.neg_cost_delta.val();
        } else {
            self.correlator.sign.next = self.s.val();
            self.correlator.active.next = self.act.val() & self.in_pass.val();
            self.correlator.cost_delta.next = self.cost_delta.val();
            self.correlator.neg_cost_delta.next = self.neg_cost_delta.val();
        }
        self.accumulator.grad.next = self.grad_mem.read_data.val();
        self.accumulator.corr.next = self.correlator.corr.val();
        // With the pipeline the update half works on the row before, registered (with node
        // perturbation on the row `pipe_nrow2` names).
        if self.node_piped.val() {
            self.swept.next = self.pipe_nswept2.q.val();
            self.sweep_row.next = self.pipe_nrow2.q.val();
            self.sweep_update.next = self.pipe_nupd2.q.val();
        } else {
            self.swept.next = self.piped.val() & self.corr.val() & self.used_here.val();
            self.sweep_row.next = self.write_row.val();
            self.sweep_update.next = self.update.val();
        }
        self.pipe_grad.d.next = 0.into();
        self.pipe_old.d.next = 0.into();
        self.pipe_row.d.next = 0.into();
        if self.swept.val() {
            self.pipe_grad.d.next = self.accumulator.acc_out.val();
            self.pipe_old.d.next = self.theta_mem.read_data.val();
            self.pipe_row.d.next = self.sweep_row.val();
        }
        self.pipe_write.d.next = self.swept.val();
        self.pipe_update.d.next = self.swept.val() & self.sweep_update.val();
        self.pipe_vel.d.next = 0.into();
        if self.momentum.val() & self.swept.val() & self.sweep_update.val() {
            self.pipe_vel.d.next = self.accumulator.decay_out.val();
        }
        // ... and the third half on the row before that (`pipe_update` only with the pipeline).
        self.pipe_step.d.next = 0.into();
        self.pipe_base.d.next = 0.into();
        self.pipe_theta_row.d.next = 0.into();
        if self.pipe_update.q.val() {
            self.pipe_step.d.next = self.accumulator.step_out.val();
            self.pipe_base.d.next = self.pipe_old.q.val();
            self.pipe_theta_row.d.next = self.pipe_row.q.val();
        }
        self.pipe_apply.d.next = self.pipe_update.q.val();
        // ... and with `late_theta` the fourth, on the row before that.
        self.pipe_next_theta.d.next = 0.into();
        self.pipe_store_row.d.next = 0.into();
        if self.late_theta.val() & self.pipe_apply.q.val() {
            self.pipe_next_theta.d.next = self.accumulator.theta_next.val();
            self.pipe_store_row.d.next = self.pipe_theta_row.q.val();
        }
        self.pipe_store.d.next = self.late_theta.val() & self.pipe_apply.q.val();
        self.accumulator.vel.next = self.vel_mem.read_data.val();
        if self.piped.val() {
            self.accumulator.decay_in.next = self.pipe_vel.q.val();
        } else {
            self.accumulator.decay_in.next = self.accumulator.decay_out.val();
        }
        if self.piped.val() {
            self.accumulator.acc_in.next = self.pipe_grad.q.val();
            self.accumulator.update.next = self.pipe_update.q.val();
            self.accumulator.step_in.next = self.pipe_step.q.val();
            self.accumulator.theta.next = self.pipe_base.q.val();
            self.accumulator.apply.next = self.pipe_apply.q.val();
        } else {
            self.accumulator.acc_in.next = self.accumulator.acc_out.val();
            self.accumulator.update.next = self.update.val();
            self.accumulator.step_in.next = self.accumulator.step_out.val();
            self.accumulator.theta.next = self.theta_mem.read_data.val();
            self.accumulator.apply.next = self.update.val();
        }
        // Banks.
        // With node perturbation and the pipeline the sweep's update half reads, in the cycle
        // its product's halves are joined, the row they came from: whenever a swept row is
        // there, also after the sweep has ended (`chip::lanes::overlapped_tail`).
        if self.node_piped.val() & self.pipe_nswept.q.val() {
            self.theta_mem.read_address.next = self.pipe_nrow.q.val();
            self.grad_mem.read_address.next = self.pipe_nrow.q.val();
            self.vel_mem.read_address.next = self.pipe_nrow.q.val();
        } else if self.reads_ahead.val() {
            self.theta_mem.read_address.next = self.ahead_row.val();
            self.grad_mem.read_address.next = self.ahead_row.val();
            self.vel_mem.read_address.next = self.ahead_row.val();
        } else {
            self.theta_mem.read_address.next = self.theta_read_row.val();
            self.grad_mem.read_address.next = self.grad_read_row.val();
            self.vel_mem.read_address.next = self.grad_read_row.val();
        }
        self.theta_init.address.next = self.init_row.q.val();
        self.theta_mem.write_address.next = self.write_row.val();
        self.grad_mem.write_address.next = self.write_row.val();
        // V: written only with momentum (0 by the Init sweep, V' at an update).
        if self.init.val() {
            self.vel_mem.write_address.next = self.init_row.q.val();
            self.vel_mem.write_data.next = 0.into();
            self.vel_mem.write_enable.next = self.momentum.val();
        } else if self.piped.val() {
            self.vel_mem.write_address.next = self.pipe_row.q.val();
            self.vel_mem.write_data.next = self.accumulator.vel_next.val();
            self.vel_mem.write_enable.next = self.momentum.val() & self.pipe_update.q.val();
        } else {
            self.vel_mem.write_address.next = self.write_row.val();
            self.vel_mem.write_data.next = self.accumulator.vel_next.val();
            self.vel_mem.write_enable.next =
                self.momentum.val() & self.corr.val() & self.update.val() & self.used_here.val();
        }
        if self.init.val() {
            self.theta_mem.write_address.next = self.init_row.q.val();
            self.grad_mem.write_address.next = self.init_row.q.val();
            self.grad_mem.write_data.next = 0.into();
            self.grad_mem.write_enable.next = true;
            self.theta_mem.write_data.next = self.theta_init.data.val();
            self.theta_mem.write_enable.next = true;
        } else if self.piped.val() {
            self.grad_mem.write_address.next = self.pipe_row.q.val();
            self.grad_mem.write_data.next = self.accumulator.grad_next.val();
            self.grad_mem.write_enable.next = self.pipe_write.q.val();
            if self.late_theta.val() {
                self.theta_mem.write_address.next = self.pipe_store_row.q.val();
                self.theta_mem.write_data.next = self.pipe_next_theta.q.val();
                self.theta_mem.write_enable.next = self.pipe_store.q.val();
            } else {
                self.theta_mem.write_address.next = self.pipe_theta_row.q.val();
                self.theta_mem.write_data.next = self.accumulator.theta_next.val();
                self.theta_mem.write_enable.next = self.pipe_apply.q.val();
            }
        } else {
            self.grad_mem.write_data.next = self.accumulator.grad_next.val();
            self.grad_mem.write_enable.next = self.corr.val() & self.used_here.val();
            self.theta_mem.write_data.next = self.accumulator.theta_next.val();
            self.theta_mem.write_enable.next =
                self.corr.val() & self.update.val() & self.used_here.val();
        }
        // Activations: an input load wins over a neuron's output; with the pipeline the load
        // is written a cycle late, from `pipe_load*` (the network is idle then: the Base or
        // EvalStart cycle, whose row-0 read the write-first port bypasses, or read in two
        // cycles the data register's `late_writes`).
        self.samples.address.next = self.rom_addr.val();
        self.samples_sync.clock.next = self.clock.val();
        self.samples_sync.address.next = self.rom_addr.val();
        if self.reads_ahead.val() {
            self.acts.read_address.next = self.act_ahead_row.val();
        } else {
            self.acts.read_address.next = self.act_read_row.val();
        }
        self.load_here.next = self.holds_acts.val()
            & self.load.val()
            & (!self.stream.val() | (self.load_lane.val() == self.lane_p.val()));
        self.pipe_load.d.next = self.piped.val() & self.load_here.val();
        self.pipe_load_row.d.next = 0.into();
        self.pipe_load_data.d.next = 0.into();
        self.pipe_load_stream.d.next = false;
        if self.piped.val() & self.load_here.val() {
            self.pipe_load_row.d.next = self.load_row.val();
            self.pipe_load_stream.d.next = self.stream.val();
            if self.stream.val() {
                self.pipe_load_data.d.next = self.stream_data.val();
            }
        }
        if self.piped.val() {
            if self.pipe_load.q.val() {
                self.acts.write_enable.next = true;
                self.acts.write_address.next = self.pipe_load_row.q.val();
                if self.pipe_load_stream.q.val() {
                    self.acts.write_data.next = self.pipe_load_data.q.val();
                } else {
                    self.acts.write_data.next = self.samples_sync.data.val();
                }
            } else {
                self.acts.write_enable.next = self.holds_acts.val()
                    & self.out_write.val()
                    & (self.out_lane.val() == self.out_base.val());
                self.acts.write_address.next = self.out_row.val();
                self.acts.write_data.next = self.out_data.val();
            }
        } else {
            if self.load.val() {
                self.acts.write_enable.next = self.load_here.val();
                self.acts.write_address.next = self.load_row.val();
            } else {
                self.acts.write_enable.next = self.holds_acts.val()
                    & self.out_write.val()
                    & (self.out_lane.val() == self.out_base.val());
                self.acts.write_address.next = self.out_row.val();
            }
            if !self.load.val() {
                self.acts.write_data.next = self.out_data.val();
            } else if self.stream.val() {
                self.acts.write_data.next = self.stream_data.val();
            } else {
                self.acts.write_data.next = self.samples.data.val();
            }
        }
        // Read-out: only the lane that holds the parameter reads it; the words are ORed.
        self.theta_mem.read2_clock.next = self.read_clock.val();
        self.theta_mem.read2_address.next = self.read_row.val();
        self.theta_mem.read2_enable.next = self.read_lane.val() == self.unit_p.val();
        self.read_out.next = self.read_in.val() | unsigned_cast(self.theta_mem.read2_data.val());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::yosys_check;
    use crate::fixtures::{xor_config, xor_data};

    #[test]
    fn lane_synthesizes() {
        let mut c = xor_config();
        c.chip.lanes = 3;
        let plan = ChipPlan::for_rtl(&c, &xor_data().train).unwrap();
        let mut uut = Lane::new(&plan, 2);
        uut.connect_all();
        yosys_check("lane", &uut).unwrap();
    }
}
