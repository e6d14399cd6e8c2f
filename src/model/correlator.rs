//! Fast twin of `blocks::correlator`: e_i = s_i * C~ (pass, negate, or 0 when inactive).
//! Combinational, no registers. Rule: `fixed::Formats::correlate`.

use crate::fixed::{Corr, Cost, Formats};

/// e_i for sign `sign` (+1 if true), `active` (time multiplexing), C~ `cost_delta`.
#[inline]
pub fn corr(f: &Formats, cost_delta: Cost, sign: bool, active: bool) -> Corr {
    f.correlate(cost_delta, sign, active)
}
