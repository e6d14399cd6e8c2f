//! The chip as synthesizable rust-hdl `LogicBlock`s: a memory-based MGD processor of L lanes.
//!
//! ```text
//!              +-----------+   rows, phase strobes
//!              | sequencer |-------------------------------------------------+
//!              +-----------+                                                 |
//!   perturbation (LFSR state) --> lanes$0 --> lanes$1 --> ... --> lanes$L-1  |
//!   network (row word, acc) ----> (sign, theta +/- amp, theta x, + sum) ---> network --y--> cost
//!                                  correlator, accumulator, banks of           |
//!                                  theta_mem, grad_mem, acts, samples  <-- C~ -+
//! ```
//!
//! One file per block, each with its unit tests (and a `*_synthesizes` yosys test) at the
//! bottom; `trainer` is the exported top (`MgdTrainer`) and the engine (`RtlTrainer`) that
//! drives it cycle by cycle. The fixed-point rules live in `crate::fixed`; `forward` replays the
//! network's rules in plain Rust to evaluate weights read out of the chip. Twin: the fast cycle
//! model (`model/`) mirrors these registers.
//!
//! Simulation notes (rust-hdl 0.46, measured): `Signed` compares and `*` go through `BigInt`
//! and dominated the run time, so the blocks compare sign-flipped `Bits` and build the signed
//! product from the unsigned 16x16 multiplier; `signed_bit_cast` recurses forever on a
//! width's most negative value, so theta / act formats keep one guard bit (<= 15 bits);
//! `$signed(a * b)` sizes the product by its operands in Verilog, so products go to a wide
//! signal first; `time` is a Verilog keyword; `hdl_gen` unrolls a `for` loop over a `Vec` of
//! blocks (its bounds may be plain `usize` fields, `_lanes` in `trainer`) and names element l
//! `lanes$l` (`lanes__l` in the export); a chain of L blocks needs about 2 L `simulate`
//! passes to settle ([`SETTLE_PASSES`]). `trainer`'s Icarus test replays the export.

pub mod accumulator;
pub mod correlator;
pub mod cost;
pub mod cost_term;
pub mod jump;
pub mod lane;
pub mod memory;
pub mod network;
pub mod neuron;
pub mod perturbation;
pub mod score;
pub mod sequencer;
pub mod trainer;

use rust_hdl::prelude::*;

/// Passes of rust-hdl's `simulate` before logic counts as not settling (a combinational
/// loop). Each pass carries a change one block further, so the lane chains (`lane`) need
/// about two passes per lane; 1024 lanes is the most a chip has.
pub const SETTLE_PASSES: usize = 4 * 1024 + 100;

/// Drive one rising clock edge of `uut` directly (no threaded `Simulation`): settle the
/// inputs the caller has set with the clock low, then raise the clock and settle again.
/// Returns `false` if the logic did not settle (a combinational loop).
pub fn drive<B: Block>(uut: &mut B, clock: impl Fn(&mut B) -> &mut Signal<In, Clock>) -> bool {
    clock(uut).next = false.into();
    let low = simulate(uut, SETTLE_PASSES);
    clock(uut).next = true.into();
    low && simulate(uut, SETTLE_PASSES)
}

/// Settle combinational logic after inputs changed, without a clock edge.
pub fn settle<B: Block>(uut: &mut B) -> bool {
    simulate(uut, SETTLE_PASSES)
}

/// Generate the Verilog of `uut` (connected) and check it with yosys; the error is yosys's
/// complaint. Used by every block's `*_synthesizes` test.
pub fn yosys_check<B: Block>(name: &str, uut: &B) -> std::result::Result<String, String> {
    let vlog = generate_verilog(uut);
    yosys_validate(name, &vlog).map_err(|e| format!("{e:?}"))?;
    Ok(vlog)
}
