//! Fast twin of `blocks::accumulator`: G' = sat(G_i + e_i); at a tau_theta boundary
//! theta_i' = sat(theta_i - round(G' / 2^eta_shift)) and G_i' = 0. Combinational, no registers; the
//! trainer applies it over `grad_mem` / `theta_mem`. Rules: `fixed::Formats::{accumulate, update}`.
//! With the weights in device storage ([`command`]) the same step becomes a pulse command.

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

/// As [`apply`] with the weight in device storage (`model::storage`): (G_i', the step
/// round(G' / 2^eta_shift) in theta LSBs at a tau_theta boundary, for the pulse command).
#[inline]
pub fn command(f: &Formats, grad: Grad, corr: Corr, update: bool) -> (Grad, Option<i64>) {
    let g = f.accumulate(grad, corr);
    if update {
        (Grad(0), Some(f.update_step(g)))
    } else {
        (g, None)
    }
}
