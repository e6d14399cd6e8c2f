//! Lanes: how L parallel lanes share the network's parameters (`[chip] lanes`).
//!
//! SIMD folding, as FINN's SIMD and hls4ml's reuse factor: a neuron with n inputs has n + 1
//! parameter slots (its weights in input order, then its bias), cut into rows of L slots:
//! ceil((n + 1) / L) rows. Lane l of row r holds slot q = r L + l; the last row's lanes past
//! the bias are idle. In one cycle the L lanes perturb, multiply, correlate and update the
//! row's parameters, and an adder tree sums the row's products into the neuron's accumulator
//! (exact, `fixed::ACC_W`, so the sum does not depend on L). A row never spans two neurons, so
//! every value of L from 1 to P is valid; lanes past the widest neuron's n + 1 are always idle.
//!
//! Cycle counts (`Schedule`): rows per inference R = sum over neurons of ceil((n + 1) / L)
//! (with the pipeline, plus its bubbles, [`rows`]); an inference is R + 2 cycles, the Init
//! sweep R cycles, the Corr sweep R without the pipeline and with it the parameter rows and
//! [`sweep_tail`] bubbles, fewer with node perturbation ([`overlapped_tail`]) ([`sweep_len`]:
//! a sweep row needs no other row's result, so the bubbles between layers are skipped), and a sample load ceil(n_in / L) cycles (lane l
//! writes input r L + l). At L = 1 a row is one parameter and R = P: the serial chip.
//!
//! Neurons side by side (`[chip] pe`, FINN's PE beside the lanes' SIMD): a row holds the same
//! slots of PE consecutive neurons of a layer, PE x L lanes in all, lane g L + l holding slot
//! l of the row's neuron g (parameter `first_param + g stride + l`, [`Row::param`]). The
//! lanes of group g > 0 multiply the inputs that group 0's activation banks read (one read,
//! PE products); each group has its own adder tree, accumulator and activation, and writes
//! its neuron's output in the same cycle. A layer of n neurons with n_in inputs takes
//! ceil((n_in + 1) / L) x n / PE rows. PE divides every layer's neuron count (so every group
//! of a row is used) and L (so the PE outputs of a row go to distinct activation banks), and
//! PE > 1 needs node perturbation (one sign per neuron: group g reads the sign of the row's
//! first neuron stepped g times, whatever the layer's width).
//!
//! The training run does not depend on L: the rows visit the parameters in parameter order,
//! a parameter's sign is a function of its index and the window (`chip::signs`), updates are
//! per parameter, and neuron sums are exact until they saturate once. The test
//! `weights_do_not_depend_on_lanes` (`model::trainer`) holds the fast model to it.

use super::microcode::{self, Microword};
use crate::fixed::{AADDR_W, PADDR_W};

/// Width of a row's lane count `used` (1..=L, L <= 2^PADDR_W).
pub const USED_W: usize = PADDR_W + 1;

/// Width of an RTL row word (the `ucode` ROM's data width at every L).
pub const ROW_W: usize = 64;
/// Bit offset of `act_row`: the activation word every lane's bank reads, a / L (AADDR_W bits).
pub const RW_ACT_ROW: usize = 0;
/// Bit offset of `out_row`: the bank word of the neuron's output, out_addr / L (AADDR_W bits).
pub const RW_OUT_ROW: usize = 10;
/// Bit of `bias`: the row ends its neuron (its last used lane multiplies the bias).
pub const RW_BIAS: usize = 20;
/// Bit of `is_out`.
pub const RW_IS_OUT: usize = 21;
/// Bit offset of `out_index` (8 bits).
pub const RW_OUT_INDEX: usize = 22;
/// Bit offset of `out_lane`: the bank of the neuron's output, out_addr mod L (PADDR_W bits).
pub const RW_OUT_LANE: usize = 30;
/// Bit offset of `used`: lanes in use, 1..=L (PADDR_W + 1 bits).
pub const RW_USED: usize = 40;
/// Bit offset of `first_param`: the parameter of lane 0 (PADDR_W bits).
pub const RW_FIRST: usize = 51;
/// Bit offset of `layer`: the row's weight layer, 0-based ([`LAYER_W`] bits), which
/// per-layer perturbation compares with the sequencer's pass.
pub const RW_LAYER: usize = 61;
/// Width of a row's `layer` and of the sequencer's `pass`: at most 8 passes
/// (`chip::features` refuses more weight layers with `mgd.per_layer`; without it the field
/// is never read, and `Row::encode` keeps its low bits).
pub const LAYER_W: usize = 3;
const _: () = assert!(
    AADDR_W == 10 && PADDR_W == 10 && RW_FIRST + PADDR_W <= RW_LAYER && RW_LAYER + LAYER_W <= ROW_W
);

/// One row: its control word (as at L = 1: `act_addr` is lane 0's input, `bias` marks the
/// neuron's last row) and the lanes it uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    /// The row's control word.
    pub word: Microword,
    /// Parameter index of lane 0.
    pub first_param: u16,
    /// Lanes in use (1..=L): lanes `0..used` hold parameters `first_param + l`.
    pub used: u16,
    /// The weight layer of the row's neuron (of the layer it follows, for a bubble), 0-based.
    pub layer: u8,
    /// Slots per neuron of the row's layer (n_in + 1): the parameter distance between the
    /// row's neurons side by side (`[chip] pe`).
    pub stride: u16,
}

impl Row {
    /// Lane `l` of a group multiplies the bias (input 1.0): the last lane of a neuron's last
    /// row.
    pub fn is_bias(&self, l: usize) -> bool {
        self.word.bias && l + 1 == self.used as usize
    }

    /// The parameter index of lane `lane` of `lanes` per group in this row (group `lane /
    /// lanes`, slot `lane % lanes`), whether the row uses the slot or not ([`Self::param`]).
    pub fn index(&self, lanes: usize, lane: usize) -> usize {
        let (g, l) = (lane / lanes, lane % lanes);
        self.first_param as usize + g * self.stride as usize + l
    }

    /// The parameter lane `lane` of `lanes` per group holds in this row ([`Self::index`]), or
    /// `None` where the row leaves it empty.
    pub fn param(&self, lanes: usize, lane: usize) -> Option<usize> {
        (lane % lanes < self.used as usize).then(|| self.index(lanes, lane))
    }

    /// The activation word (bank word) the row's lanes read at `lanes` lanes.
    pub fn act_word(&self, lanes: usize) -> u64 {
        u64::from(self.word.act_addr) / lanes as u64
    }

    /// The row as the RTL's `ucode` ROM holds it at `lanes` lanes (the `RW_*` table): the
    /// activation addresses split into bank word and bank (`microcode::layer_bases` aligns
    /// every row's first activation to bank 0).
    pub fn encode(&self, lanes: usize) -> u64 {
        let w = &self.word;
        let l = lanes as u64;
        self.act_word(lanes) << RW_ACT_ROW
            | (u64::from(w.out_addr) / l) << RW_OUT_ROW
            | u64::from(w.bias) << RW_BIAS
            | u64::from(w.is_out) << RW_IS_OUT
            | u64::from(w.out_index) << RW_OUT_INDEX
            | (u64::from(w.out_addr) % l) << RW_OUT_LANE
            | u64::from(self.used) << RW_USED
            | u64::from(self.first_param) << RW_FIRST
            | (u64::from(self.layer) & ((1 << LAYER_W) - 1)) << RW_LAYER
    }
}

/// With the pipeline, the activation word the row after row r reads (row 0's after the last):
/// the RTL's `network.next_act` takes it with the row's word, so the activation banks' read
/// address for the next row comes from a register, not from the next-row logic and a ROM.
pub fn next_act_words(rows: &[Row], lanes: usize) -> Vec<u64> {
    (0..rows.len())
        .map(|r| next_act_word(rows, lanes, r))
        .collect()
}

/// Row r's entry of [`next_act_words`] (row 0's for an r past the rows, as the row word).
pub fn next_act_word(rows: &[Row], lanes: usize, r: usize) -> u64 {
    let r = if r < rows.len() { r } else { 0 };
    rows[(r + 1) % rows.len()].act_word(lanes)
}

/// (row, lane) of parameter `p` among `rows` at `lanes` lanes a group ([`Row::param`]):
/// where its bank word lives.
pub fn slot_of(rows: &[Row], lanes: usize, p: usize) -> (usize, usize) {
    // Rows ascend by first parameter: p is in the last row that starts at or before it, or,
    // with neurons side by side, in a later group of a row before that.
    let end = rows.partition_point(|r| r.first_param as usize <= p);
    (0..end)
        .rev()
        .find_map(|r| {
            let row = &rows[r];
            let off = p - row.first_param as usize;
            let stride = row.stride as usize;
            let (g, l) = (off / stride, off % stride);
            (row.used > 0 && l < row.used as usize).then_some((r, g * lanes + l))
        })
        .filter(|&(r, lane)| rows[r].param(lanes, lane) == Some(p))
        .expect("every parameter has a slot")
}

/// The adder tree over L lane products: a complete binary tree, its L - 1 nodes in heap order
/// (node n's children are nodes 2n + 1 and 2n + 2; node L - 1 + k is leaf k, lane k's
/// product), node n in lane n. Its depth is ceil(log2 L) adders, where a heap of 3-input nodes
/// (each lane's product plus its children) took two adders per level. The nodes split into
/// ranges by their children: `0..both` two nodes, `both..one_leaf` a node and leaf 0,
/// `one_leaf..nodes` two leaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AdderTree {
    /// Nodes whose children are both nodes.
    pub both: usize,
    /// End of the nodes whose right child is leaf 0 (at most one).
    pub one_leaf: usize,
    /// L - 1: the node count, so node L - 1 + k is leaf k.
    pub nodes: usize,
}

impl AdderTree {
    /// The tree of `lanes` products.
    pub fn new(lanes: usize) -> Self {
        let nodes = lanes.saturating_sub(1);
        let both = (0..nodes).take_while(|&n| 2 * n + 2 < nodes).count();
        let one_leaf = (both..nodes).take_while(|&n| 2 * n + 1 < nodes).count() + both;
        Self {
            both,
            one_leaf,
            nodes,
        }
    }

    /// Node n's children: `Ok(node)` or `Err(leaf)`.
    pub fn children(&self, n: usize) -> [Result<usize, usize>; 2] {
        [2 * n + 1, 2 * n + 2].map(|c| match c < self.nodes {
            true => Ok(c),
            false => Err(c - self.nodes),
        })
    }

    /// With the pipeline, the lanes whose node's sum is registered (`lanes$l.pipe_subtree`,
    /// pipeline stage 2), so that the tree is two paths: the nodes at depth c = min(floor(d /
    /// 2), floor(log2 L) - 1), d = ceil(log2 L) the tree's depth. Every leaf lies deeper than
    /// c (the shallowest leaf's depth is floor(log2 L)), so each product passes exactly one
    /// registered node: c levels of adders and the accumulator's add after the registers, d - c
    /// before them. At L = 1, where there is no node, lane 0 registers its product. Empty
    /// without the pipeline.
    pub fn cut(&self, pipeline: bool) -> std::ops::Range<usize> {
        let lanes = self.nodes + 1;
        match (pipeline, lanes) {
            (false, _) => 0..0,
            (true, 1) => 0..1,
            (true, _) => {
                let d = lanes.next_power_of_two().trailing_zeros() as usize;
                let c = (d / 2).min(lanes.ilog2() as usize - 1);
                (1 << c) - 1..(2 << c) - 1
            }
        }
    }

    /// The sum at every node (the node's products; at L = 1 lane 0's product as node 0), in
    /// heap order, from the L `products`: exact, so any registered cut adds up to the row's sum.
    pub fn node_sums(&self, products: &[i64]) -> Vec<i64> {
        if self.nodes == 0 {
            return products.to_vec();
        }
        let mut sums = vec![0i64; self.nodes];
        for n in (0..self.nodes).rev() {
            sums[n] = self
                .children(n)
                .iter()
                .map(|c| match *c {
                    Ok(m) => sums[m],
                    Err(k) => products[k],
                })
                .sum();
        }
        sums
    }
}

/// Pipeline stages between a row's cycle and the write of its neuron's output (`[chip]
/// pipeline`): stage 0 registers the lanes' operands (theta_i perturbed, x_j), stage 1 their
/// products, stage 2 the adder tree's sum of them (`network.pipe_row_sum`), stage 3 adds that
/// into the accumulator and registers a finished neuron's sum, stage 4 saturates it and
/// registers the activation's input (`fixed::activation_input`), stage 5 the activation,
/// stage 6 writes it (and registers an output for the cost), stage 7 squares an output's
/// error, stage 8 folds it into the cost. Without the pipeline all nine are one cycle. The
/// network carries the row word through stages 1 to `PIPE_DEPTH` (`network.pipe_word1..6`).
pub const PIPE_DEPTH: usize = 6;

/// Pipeline stages of the cost after a neuron's output is written (`[chip] pipeline`): it
/// registers the output and its target, then their square, then folds that into C.
pub const COST_TAIL: usize = 2;

/// Empty rows after each layer: none without the pipeline; with it `PIPE_DEPTH`, so that the
/// layer's last output is written (at the edge that ends its stage 6) before the next layer's
/// first row reads it (the block RAM's read is write-first), and [`COST_TAIL`] more after the
/// last layer, so that its outputs reach C (stage 8) before the network says `done`.
pub fn gap(pipeline: bool) -> usize {
    if pipeline {
        PIPE_DEPTH
    } else {
        0
    }
}

/// The words a lane's theta, G and V banks hold for `rows`: up to the last row that holds a
/// parameter (the empty rows after the last layer need none; `ChipPlan::bank_words`).
pub fn bank_words(rows: &[Row]) -> usize {
    rows.iter().rposition(|r| r.used > 0).map_or(1, |i| i + 1)
}

/// The rows of `layers` at `lanes` lanes and `pe` neurons side by side, in parameter order
/// (at PE = 1; with PE > 1 a row's groups hold PE consecutive neurons' slots), with `gap`
/// empty rows (no lane used, no neuron ended: a pipeline bubble) after each layer and
/// [`COST_TAIL`] more after the last if `gap` > 0 ([`gap`]). The caller has checked the sizes
/// (`ChipPlan::new`; PE divides every layer's neuron count).
pub fn rows(layers: &[usize], lanes: usize, pe: usize, gap: usize) -> Vec<Row> {
    assert!(lanes >= 1 && pe >= 1);
    let words = microcode::build(layers, lanes);
    let mut rows = vec![];
    let mut p = 0;
    for (layer, w) in layers.windows(2).enumerate() {
        let layer = layer as u8;
        let slots = w[0] + 1;
        assert!(w[1].is_multiple_of(pe), "PE divides the layer's neurons");
        for _ in 0..w[1] / pe {
            // The group's first neuron's words: weights then bias, one per slot.
            let neuron = &words[p..p + slots];
            for (r, chunk) in neuron.chunks(lanes).enumerate() {
                let last = (r + 1) * lanes >= slots;
                rows.push(Row {
                    word: Microword {
                        bias: last,
                        act_addr: if chunk[0].bias { 0 } else { chunk[0].act_addr },
                        ..chunk[0]
                    },
                    first_param: (p + r * lanes) as u16,
                    used: chunk.len() as u16,
                    layer,
                    stride: slots as u16,
                });
            }
            p += slots * pe;
        }
        // A bubble reads nothing and points at the next parameter.
        let last = p == crate::config::n_params(layers);
        let bubbles = gap + if gap > 0 && last { COST_TAIL } else { 0 };
        rows.extend((0..bubbles).map(|_| Row {
            word: Microword::default(),
            first_param: p as u16,
            used: 0,
            layer,
            stride: slots as u16,
        }));
    }
    rows
}

/// Rows the Corr sweep visits after its last parameter row (`[chip] pipeline`) so that every
/// write lands inside the sweep: the lanes' sweep writes trail their row (`blocks::lane`), G'
/// by 1 cycle and theta' by 3 (theta' is registered before its write,
/// `ChipPlan::late_theta`); with node perturbation the product is registered first as its
/// halves, then joined, and the banks read its row with the join, so G' by 4 and theta' by
/// [`NODE_SWEEP_WRITE`] (written as it is formed). Without the pipeline the sweep writes in
/// its row's cycle: 0. A node-perturbation sweep may end sooner ([`overlapped_tail`]).
pub fn sweep_tail(pipeline: bool, node: bool) -> usize {
    match (pipeline, node) {
        (false, _) => 0,
        (true, false) => 2 + late_theta(pipeline, node) as usize,
        (true, true) => NODE_SWEEP_WRITE,
    }
}

/// Cycles from a pipelined node-perturbation sweep row's cycle t to the one in which the
/// lane's theta, G and V banks take its address (`pipe_nrow`, t + 2: the word comes with the
/// join). The lane's banks take that address whenever a swept row is there (`pipe_nswept`),
/// the network's row otherwise.
pub const NODE_SWEEP_READ: usize = 2;

/// Cycles from a pipelined node-perturbation sweep row's cycle t to its theta write, at the
/// edge that ends cycle t + 5 (G' and V' at the edge that ends t + 4).
pub const NODE_SWEEP_WRITE: usize = 5;

/// With node perturbation and the pipeline, the sweep's tail when the states after it overlap
/// its writes: `swept` parameter rows, and `follow` cycles from the sweep's last cycle to the
/// first row of the inference that can come soonest after it (`Schedule::sweep_follow`).
/// With the sweep's first row at cycle c, its row r's theta is written by the edge that ends
/// c + r + [`NODE_SWEEP_WRITE`] (the sweep skips bubbles, so it is no later), and its last
/// bank read is at c + swept - 1 + [`NODE_SWEEP_READ`]. An inference whose row r comes at
/// I + r has its address taken a cycle before, write-first: it needs I >= c + WRITE + 1 and
/// I - 1 > c + swept - 1 + READ (the banks have one read port). With I = c + swept - 1 +
/// tail + follow, the least tail is max(WRITE + 2 - swept, READ + 2) - follow, and not below
/// 0. Its writes then land while Next, a load and the next inference's start run.
pub fn overlapped_tail(swept: usize, follow: usize) -> usize {
    (NODE_SWEEP_WRITE + 2)
        .saturating_sub(swept)
        .max(NODE_SWEEP_READ + 2)
        .saturating_sub(follow)
}

/// The theta, G, V and activation banks read in two cycles, their address going out for the
/// row after the next ([`read_ahead`]): with the pipeline and weight perturbation. Node
/// perturbation's pipelined sweep reads its registered row (`pipe_nrow`), known a cycle
/// ahead only, so it keeps one-cycle reads (`ChipPlan::reads_ahead`).
pub fn reads_ahead(pipeline: bool, node: bool) -> bool {
    pipeline && !node
}

/// The Corr sweep registers theta' = sat(theta - step) before writing it (`blocks::lane`'s
/// `pipe_next_theta`, a cycle more in [`sweep_tail`]): with the pipeline and weight
/// perturbation. Node perturbation's sweep writes theta' as it forms it.
pub fn late_theta(pipeline: bool, node: bool) -> bool {
    pipeline && !node
}

/// The row the Corr sweep visits after row r (the RTL's `sequencer.sweep_after` ROM): the
/// next row that holds parameters, so the bubbles between layers are skipped (a sweep row
/// depends on no other row); after the last such row, r + 1 (the [`sweep_tail`] bubbles);
/// row 0 after the last row.
pub fn sweep_after(rows: &[Row], r: usize) -> usize {
    let last = last_param_row(rows);
    match r < last {
        true => (r + 1..=last).find(|&n| rows[n].used > 0).unwrap_or(last),
        false => (r + 1) % rows.len(),
    }
}

/// Row `x` as the theta, G and V banks read it two cycles ahead (`[chip] pipeline` with
/// weight perturbation, [`super::ChipPlan::reads_ahead`]): `x` if it holds parameters, else 0.
/// A bubble's read is never used, and row 0 is where an inference and a Corr sweep begin, so
/// a row that cannot be known two cycles ahead (the first row after a `start`, after an idle
/// cycle, after a sweep's or an inference's last row) is 0 whenever it is read.
pub fn read_ahead(rows: &[Row], x: usize) -> usize {
    match rows.get(x) {
        Some(r) if r.used > 0 => x,
        _ => 0,
    }
}

/// Width of a two-cycle read's word (`trainer.bank_ahead`): the row the theta, G and V banks
/// read in its low `PADDR_W` bits, above them the activation word the `acts` banks read.
pub const AHEAD_W: usize = PADDR_W + AADDR_W;

/// Row `r` ([`read_ahead`]'s) as a two-cycle read's word ([`AHEAD_W`]): `r` and its
/// activation word, which every lane's `acts` bank reads with it (`BlockRam::late_writes`).
pub fn ahead_word(rows: &[Row], lanes: usize, r: usize) -> u64 {
    rows[r].act_word(lanes) << PADDR_W | r as u64
}

/// The banks' address two cycles ahead of an inference at row r: [`read_ahead`] of r + 2
/// (the RTL's `infer_ahead` ROM, read at the network's registered row).
pub fn infer_ahead_rows(rows: &[Row]) -> Vec<usize> {
    (0..rows.len()).map(|r| read_ahead(rows, r + 2)).collect()
}

/// The banks' address two cycles ahead of a Corr sweep: entering it at row r (its first row
/// is r, so [`read_ahead`] of [`sweep_after`] r), or staying in it at row r ([`read_ahead`]
/// of the row after the next); the RTL's `sweep_enter_ahead` and `sweep_stay_ahead` ROMs.
pub fn sweep_ahead_rows(rows: &[Row]) -> (Vec<usize>, Vec<usize>) {
    let next = |r: usize| sweep_after(rows, r);
    (0..rows.len())
        .map(|r| (read_ahead(rows, next(r)), read_ahead(rows, next(next(r)))))
        .unzip()
}

/// The last row that holds parameters.
pub fn last_param_row(rows: &[Row]) -> usize {
    rows.iter().rposition(|r| r.used > 0).unwrap_or(0)
}

/// The Corr sweep's last row: the last parameter row and `tail` rows ([`sweep_tail`]) after
/// it (the rows end with at least `PIPE_DEPTH + COST_TAIL` bubbles when `tail` > 0).
pub fn sweep_last(rows: &[Row], tail: usize) -> usize {
    (last_param_row(rows) + tail).min(rows.len() - 1)
}

/// Cycles of a Corr sweep: the parameter rows and the `tail` rows after the last of them.
pub fn sweep_len(rows: &[Row], tail: usize) -> usize {
    rows.iter().filter(|r| r.used > 0).count() + sweep_last(rows, tail) - last_param_row(rows)
}

/// A Corr sweep with `tail` rows after the last parameter row: its cycles ([`sweep_len`]) and
/// its last row ([`sweep_last`]), `Schedule::sweep_rows` and `sweep_last`.
pub fn sweep_extent(rows: &[Row], tail: usize) -> (usize, usize) {
    (sweep_len(rows, tail), sweep_last(rows, tail))
}

/// With the pipeline, the activation word of the row the Corr sweep visits after row r
/// ([`sweep_after`]): the network's `sweep_next_acts` ROM, as [`next_act_words`] for an
/// inference.
pub fn sweep_next_act_words(rows: &[Row], lanes: usize) -> Vec<u64> {
    (0..rows.len())
        .map(|r| rows[sweep_after(rows, r)].act_word(lanes))
        .collect()
}

/// Cycles of a sample load at `lanes` lanes: ceil(n_in / L).
pub fn load_rows(n_inputs: usize, lanes: usize) -> usize {
    n_inputs.div_ceil(lanes)
}

/// Rows of the neurons of `layers` at `lanes` lanes and `pe` neurons side by side, bubbles
/// left out: the sum over layers of n / PE x ceil((n_in + 1) / L), what [`rows`] lays out.
pub fn neuron_rows(layers: &[usize], lanes: usize, pe: usize) -> usize {
    layers
        .windows(2)
        .map(|w| w[1].div_ceil(pe) * (w[0] + 1).div_ceil(lanes))
        .sum()
}

/// Why `pe` neurons side by side at `lanes` lanes a group cannot lay out `layers`, or `None`:
/// PE must divide every layer's neuron count and L ([`rows`]).
pub fn pe_misfit(layers: &[usize], lanes: usize, pe: usize) -> Option<String> {
    let outs: Vec<usize> = layers.iter().skip(1).copied().collect();
    let fits = |k: usize| outs.iter().all(|n| n.is_multiple_of(k)) && lanes.is_multiple_of(k);
    (!fits(pe)).then(|| {
        let valid: Vec<String> = (1..=lanes.max(1))
            .filter(|&k| fits(k))
            .map(|k| k.to_string())
            .collect();
        format!(
            "a divisor of every layer's neuron count ({outs:?}) and of chip.lanes ({lanes}): \
             valid are {}",
            valid.join(", ")
        )
    })
}

/// The useful lane counts of `layers` at `pe` neurons side by side: the least L (a multiple
/// of PE) of each row count, from PE up to the widest neuron's n + 1 rounded up to one. Any
/// other L has the rows, so the cycles, of the useful L below it and only adds lanes that
/// idle in every row (FINN's folding factors that divide the work).
pub fn useful_lanes(layers: &[usize], pe: usize) -> Vec<usize> {
    let widest = layers.windows(2).map(|w| w[0] + 1).max().unwrap_or(1);
    let mut out: Vec<usize> = vec![];
    for l in (pe..=widest.next_multiple_of(pe)).step_by(pe) {
        if out
            .last()
            .is_none_or(|&u| neuron_rows(layers, l, pe) < neuron_rows(layers, u, pe))
        {
            out.push(l);
        }
    }
    out
}

/// The useful lane count (`useful_lanes`) with the rows of `lanes` (a multiple of `pe`):
/// `lanes` itself if it is useful, else the smaller L that does as much.
pub fn useful_at(layers: &[usize], lanes: usize, pe: usize) -> usize {
    let rows = neuron_rows(layers, lanes, pe);
    (pe..=lanes)
        .step_by(pe)
        .find(|&l| neuron_rows(layers, l, pe) == rows)
        .unwrap_or(lanes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_adder_tree_adds_every_product_once_in_ceil_log2_levels() {
        for lanes in 1..=300usize {
            let t = AdderTree::new(lanes);
            let nodes = lanes - 1;
            assert_eq!(t.nodes, nodes);
            let (mut leaves, mut parents) = (vec![0; lanes], vec![0; nodes]);
            for n in 0..nodes {
                // The ranges the trainer's loops wire: two nodes, a node and leaf 0, two leaves.
                let kind = t.children(n).map(|c| c.is_ok());
                let range = match n {
                    n if n < t.both => [true, true],
                    n if n < t.one_leaf => [true, false],
                    _ => [false, false],
                };
                assert_eq!(kind, range, "L {lanes}, node {n}");
                if n >= t.both && n < t.one_leaf {
                    assert_eq!(t.children(n)[1], Err(0));
                }
                for c in t.children(n) {
                    match c {
                        Ok(m) => parents[m] += 1,
                        Err(k) => leaves[k] += 1,
                    }
                }
            }
            if lanes == 1 {
                leaves[0] += 1; // the row's sum is lane 0's product
            }
            assert!(leaves.iter().all(|&k| k == 1), "L {lanes}: every leaf once");
            assert!(
                parents.iter().skip(1).all(|&k| k == 1),
                "L {lanes}: one tree"
            );
            // Depth: the deepest leaf's node number L - 1 + k, halved up to the root.
            let depth = (0..lanes)
                .map(|k| {
                    let (mut v, mut d) = (nodes + k, 0);
                    while v > 0 {
                        v = (v - 1) / 2;
                        d += 1;
                    }
                    d
                })
                .max()
                .unwrap();
            assert_eq!(
                depth,
                lanes.next_power_of_two().trailing_zeros(),
                "L {lanes}"
            );
        }
    }

    #[test]
    fn the_tree_cut_registers_every_product_once_and_halves_the_depth() {
        for lanes in 1..=300usize {
            let t = AdderTree::new(lanes);
            assert!(t.cut(false).is_empty());
            let cut = t.cut(true);
            let products: Vec<i64> = (0..lanes as i64).map(|k| 3 * k + 1).collect();
            let sums = t.node_sums(&products);
            // The registered sums add up to the row's sum: each leaf under exactly one.
            let total: i64 = products.iter().sum();
            assert_eq!(
                cut.clone().map(|n| sums[n]).sum::<i64>(),
                total,
                "L {lanes}"
            );
            assert_eq!(sums[0], total, "L {lanes}");
            let depth = |n: usize| (n + 1).ilog2() as usize;
            let d = lanes.next_power_of_two().trailing_zeros() as usize;
            if lanes > 1 {
                let c = depth(cut.start);
                assert!(
                    cut.clone().all(|n| depth(n) == c && n < t.nodes),
                    "L {lanes}"
                );
                assert!(
                    c <= d / 2 && d - c <= d.div_ceil(2) + 1,
                    "L {lanes}: c {c}, d {d}"
                );
            }
        }
    }

    #[test]
    fn useful_lanes_are_where_the_rows_drop() {
        // digits 64-12-10: hidden neurons have 65 slots, outputs 13.
        let d = [64, 12, 10];
        let u = useful_lanes(&d, 1);
        assert_eq!(u.first(), Some(&1));
        assert_eq!(u.last(), Some(&65));
        assert!(u.contains(&22) && u.contains(&33) && !u.contains(&32));
        // L = 22..=32 all take 3 rows per hidden neuron, 1 per output: 46.
        assert_eq!(neuron_rows(&d, 22, 1), 46);
        assert_eq!(neuron_rows(&d, 32, 1), 46);
        assert_eq!(neuron_rows(&d, 33, 1), 34);
        assert_eq!((useful_at(&d, 32, 1), useful_at(&d, 33, 1)), (22, 33));
        // Two neurons side by side: even L only; 22..=32 as 22 did.
        let u2 = useful_lanes(&d, 2);
        assert!(u2.iter().all(|l| l % 2 == 0) && u2.contains(&22) && u2.contains(&34));
        assert_eq!(u2.last(), Some(&66));
        assert_eq!((useful_at(&d, 32, 2), useful_at(&d, 34, 2)), (22, 34));
        for l in 1..=80 {
            let gapless = rows(&d, l, 1, 0).len();
            assert_eq!(neuron_rows(&d, l, 1), gapless, "L = {l}");
            let v = useful_at(&d, l, 1);
            assert!(v <= l && u.contains(&v) && neuron_rows(&d, v, 1) == gapless);
        }
    }

    #[test]
    fn one_lane_is_the_serial_microcode() {
        for layers in [vec![2, 2, 1], vec![49, 4, 4], vec![3, 1, 3, 2]] {
            let rows = rows(&layers, 1, 1, 0);
            let words = microcode::build(&layers, 1);
            assert_eq!(rows.len(), words.len());
            for (i, (r, w)) in rows.iter().zip(&words).enumerate() {
                assert_eq!((r.word, r.first_param, r.used), (*w, i as u16, 1));
            }
        }
    }

    #[test]
    fn rows_cover_every_parameter_once_in_order() {
        for layers in [vec![2, 2, 1], vec![49, 4, 4], vec![64, 12, 10]] {
            let p = crate::config::n_params(&layers);
            for lanes in [1, 2, 3, 8, 50, p] {
                let rows = rows(&layers, lanes, 1, 0);
                let mut next = 0;
                for r in &rows {
                    assert_eq!(r.first_param as usize, next, "L = {lanes}");
                    assert!((1..=lanes).contains(&(r.used as usize)));
                    next += r.used as usize;
                }
                assert_eq!(next, p);
                let expect: usize = layers
                    .windows(2)
                    .map(|w| w[1] * (w[0] + 1).div_ceil(lanes))
                    .sum();
                assert_eq!(rows.len(), expect, "R = sum ceil((n + 1) / L)");
            }
        }
    }

    #[test]
    fn neurons_side_by_side_cover_every_parameter_once() {
        for layers in [vec![2, 4, 2], vec![49, 4], vec![64, 12, 10], vec![3, 8, 4]] {
            let p = crate::config::n_params(&layers);
            for (lanes, pe) in [(1, 2), (2, 2), (4, 2), (50, 2), (4, 4), (8, 4), (22, 2)] {
                if pe_misfit(&layers, lanes, pe).is_some() {
                    assert!(
                        layers[1..].iter().any(|n| n % pe != 0) || lanes % pe != 0,
                        "{layers:?} L {lanes} PE {pe}"
                    );
                    continue;
                }
                for gap in [0, PIPE_DEPTH] {
                    let rows = rows(&layers, lanes, pe, gap);
                    let real = rows.iter().filter(|r| r.used > 0).count();
                    assert_eq!(real, neuron_rows(&layers, lanes, pe));
                    let mut seen = vec![0; p];
                    for (r, row) in rows.iter().enumerate() {
                        assert!(r == 0 || rows[r - 1].first_param <= row.first_param);
                        for lane in 0..pe * lanes {
                            if let Some(i) = row.param(lanes, lane) {
                                seen[i] += 1;
                                assert_eq!(slot_of(&rows, lanes, i), (r, lane));
                                // A group's lanes hold one neuron's slots.
                                let (g, l) = (lane / lanes, lane % lanes);
                                let stride = row.stride as usize;
                                assert_eq!(i, row.first_param as usize + g * stride + l);
                                // The bias is its neuron's last slot (slots count from
                                // the layer's first parameter).
                                let base: usize = layers
                                    .windows(2)
                                    .take(row.layer as usize)
                                    .map(|w| (w[0] + 1) * w[1])
                                    .sum();
                                assert_eq!(row.is_bias(l), (i - base + 1).is_multiple_of(stride));
                            }
                        }
                    }
                    assert!(seen.iter().all(|&k| k == 1), "{layers:?} L {lanes} PE {pe}");
                    // The banks end at the last layer's last row: its bubbles are cut.
                    let tail = match gap {
                        0 => 0,
                        _ => gap + COST_TAIL,
                    };
                    assert_eq!(bank_words(&rows), rows.len() - tail);
                }
            }
        }
        // 49-4 at 50 lanes: 4 rows, 2 side by side, 1 with all four.
        assert_eq!(neuron_rows(&[49, 4], 50, 1), 4);
        assert_eq!(neuron_rows(&[49, 4], 50, 2), 2);
        assert_eq!(neuron_rows(&[49, 4], 52, 4), 1);
        let why = pe_misfit(&[49, 4], 50, 4).unwrap();
        assert!(why.contains("valid are 1, 2"), "{why}");
        assert!(pe_misfit(&[64, 12, 10], 33, 2)
            .unwrap()
            .contains("chip.lanes (33)"));
    }

    #[test]
    fn a_row_reads_consecutive_inputs_and_ends_with_the_bias() {
        // 2-2-1 at L = 2: neuron 0 = [w00 w01 | b0], neuron 1 = [w10 w11 | b1], out = [v0 v1 | c].
        let r = rows(&[2, 2, 1], 2, 1, 0);
        assert_eq!(r.len(), 6);
        assert_eq!(
            (r[0].word.act_addr, r[0].used, r[0].word.bias),
            (0, 2, false)
        );
        assert_eq!((r[1].used, r[1].word.bias), (1, true));
        assert!(r[1].is_bias(0));
        assert_eq!(
            r[4].word.act_addr, 2,
            "the output neuron reads the hidden layer (aligned to 2 lanes)"
        );
        assert!(r[5].word.is_out && r[5].is_bias(0));
        // L = 3: a whole neuron per row, the bias in lane 2; layers start at 0, 3, 6.
        let r = rows(&[2, 2, 1], 3, 1, 0);
        assert_eq!(r.len(), 3);
        assert!(r[0].is_bias(2) && !r[0].is_bias(1));
        assert_eq!((r[2].word.act_addr, r[2].word.out_addr), (3, 6));
    }

    #[test]
    fn every_row_reads_from_bank_0_and_slots_invert_rows() {
        for layers in [
            vec![2, 2, 1],
            vec![49, 4, 4],
            vec![64, 12, 10],
            vec![3, 1, 3, 2],
        ] {
            let p = crate::config::n_params(&layers);
            for (lanes, gap) in [(1, 0), (2, 0), (3, 5), (8, 0), (50, 5), (p, 0)] {
                let rows = rows(&layers, lanes, 1, gap);
                for r in &rows {
                    if !(r.word.bias && r.used == 1) {
                        assert_eq!(r.word.act_addr as usize % lanes, 0, "L = {lanes}");
                    }
                    let w = r.encode(lanes);
                    assert_eq!((w >> RW_USED) & 0x7ff, u64::from(r.used));
                    assert_eq!((w >> RW_FIRST) & 0x3ff, u64::from(r.first_param));
                    assert_eq!(w >> RW_LAYER, u64::from(r.layer));
                    // The row's neuron is in weight layer `layer` (a bubble: the one before).
                    let (lo, hi) = layers
                        .windows(2)
                        .take(r.layer as usize + 1)
                        .fold((0, 0), |(_, hi), w| (hi, hi + (w[0] + 1) * w[1]));
                    assert!((lo..=hi).contains(&(r.first_param as usize)), "L = {lanes}");
                    let out =
                        ((w >> RW_OUT_ROW) & 0x3ff) * lanes as u64 + ((w >> RW_OUT_LANE) & 0x3ff);
                    assert_eq!(out, u64::from(r.word.out_addr));
                }
                for i in 0..p {
                    let (r, l) = slot_of(&rows, lanes, i);
                    assert_eq!(rows[r].first_param as usize + l, i);
                    assert!(l < rows[r].used as usize);
                }
            }
        }
    }

    #[test]
    fn reads_two_cycles_ahead_name_every_parameter_row_they_reach() {
        for layers in [vec![2, 2, 1], vec![49, 4, 4], vec![3, 1, 3, 2], vec![1, 1]] {
            let p = crate::config::n_params(&layers);
            for lanes in [1, 2, 3, p] {
                let rows = rows(&layers, lanes, 1, PIPE_DEPTH);
                let wanted = |r: usize| rows[r].used > 0;
                // An inference: row 0 after `start` (unknown two cycles before: 0), then row
                // r + 2 named at row r.
                let infer = infer_ahead_rows(&rows);
                assert_eq!(read_ahead(&rows, 0), 0);
                for c in 1..rows.len() {
                    let named = if c == 1 {
                        read_ahead(&rows, 1)
                    } else {
                        infer[c - 2]
                    };
                    assert!(!wanted(c) || named == c, "inference row {c}: {named}");
                    assert!(named == 0 || wanted(named));
                }
                assert_eq!(infer[rows.len() - 2], 0, "past the last row: idle or row 0");
                // A Corr sweep from row 0 to its last row (tail 3).
                let (enter, stay) = sweep_ahead_rows(&rows);
                let last = sweep_last(&rows, sweep_tail(true, false));
                let mut visits = vec![0];
                while *visits.last().unwrap() != last {
                    visits.push(sweep_after(&rows, *visits.last().unwrap()));
                }
                assert_eq!(visits.len(), sweep_len(&rows, sweep_tail(true, false)));
                for k in 1..visits.len() {
                    let named = if k == 1 {
                        enter[0]
                    } else {
                        stay[visits[k - 2]]
                    };
                    assert!(
                        !wanted(visits[k]) || named == visits[k],
                        "sweep {k}: {named}"
                    );
                }
                // What follows the sweep's last row is row 0 or unread.
                assert_eq!(stay[visits[visits.len() - 2]], 0);
            }
        }
    }

    #[test]
    fn pipeline_bubbles_follow_each_layer_and_keep_slots() {
        for layers in [vec![2, 2, 1], vec![49, 4, 4], vec![3, 1, 3, 2]] {
            let p = crate::config::n_params(&layers);
            for lanes in [1, 3, p] {
                let plain = rows(&layers, lanes, 1, 0);
                let piped = rows(&layers, lanes, 1, PIPE_DEPTH);
                assert_eq!(
                    piped.len(),
                    plain.len() + PIPE_DEPTH * (layers.len() - 1) + COST_TAIL
                );
                let real: Vec<Row> = piped.iter().copied().filter(|r| r.used > 0).collect();
                assert_eq!(real, plain, "the same rows, bubbles aside");
                // The layer's last row is followed by PIPE_DEPTH bubbles.
                let ends: Vec<usize> = (0..piped.len())
                    .filter(|&i| piped[i].used > 0 && piped.get(i + 1).is_none_or(|r| r.used == 0))
                    .collect();
                assert_eq!(ends.len(), layers.len() - 1);
                for e in ends {
                    assert!(piped[e].word.bias);
                    assert!(piped[e + 1..e + 1 + PIPE_DEPTH].iter().all(|r| r.used == 0));
                }
                assert!(piped[piped.len() - PIPE_DEPTH - COST_TAIL..]
                    .iter()
                    .all(|r| r.used == 0));
                for i in 0..p {
                    let (r, l) = slot_of(&piped, lanes, i);
                    assert_eq!(piped[r].first_param as usize + l, i);
                    assert!(l < piped[r].used as usize);
                }
            }
        }
    }
}
