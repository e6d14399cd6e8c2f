//! Fast twin of `blocks::accumulator`: G' = sat(G_i + e_i); at a tau_theta boundary
//! theta_i' = sat(theta_i - round(G' / 2^eta_shift)) and G_i' = 0. Combinational, no registers; the
//! trainer applies it over `grad_mem` / `theta_mem`. Rules: `fixed::Formats::{accumulate, update}`.

use crate::fixed::{Corr, Formats, Grad, Theta};

/// (G_i', theta_i') written back by the sweep.
#[inline]
pub fn apply(f: &Formats, grad: Grad, corr: Corr, theta: Theta, update: bool) -> (Grad, Theta) {
    let g = f.accumulate(grad, corr);
    if update {
        (Grad(0), f.update(theta, g))
    } else {
        (g, theta)
    }
}
