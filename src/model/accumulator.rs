//! Fast twin of `blocks::accumulator`: G' = sat(G_i + e_i); at a tau_theta boundary
//! theta_i' = sat(theta_i - round(S / 2^eta_shift)) and G_i' = 0, with S = G', or with
//! momentum S = V_i' = sat(V_i - (V_i >>> k) + G'), written back as the new V_i.
//! Combinational, no registers; the trainer applies it over `grad_mem` / `theta_mem` /
//! `vel_mem`. Rules: `fixed::Formats::{accumulate, update_source, update_step, apply_step}`.
//! With the weights in device storage ([`command`]) the same step becomes a pulse command.

use crate::fixed::{Corr, Formats, Grad, Theta};

/// (G_i', theta_i', V_i') written back by the sweep (`vel` is V_i, 0 without momentum; V_i'
/// equals it but at an update with momentum).
#[inline]
pub fn apply(
    f: &Formats,
    grad: Grad,
    corr: Corr,
    theta: Theta,
    vel: Grad,
    update: bool,
) -> (Grad, Theta, Grad) {
    let g = f.accumulate(grad, corr);
    if update {
        let s = f.update_source(f.decay(vel), g);
        (Grad(0), f.apply_step(theta, f.update_step(s)), s)
    } else {
        (g, theta, vel)
    }
}

/// As [`apply`] with the weight in device storage (`model::storage`): (G_i', V_i', the step
/// round(S / 2^eta_shift) in theta LSBs at a tau_theta boundary, for the pulse command).
#[inline]
pub fn command(
    f: &Formats,
    grad: Grad,
    corr: Corr,
    vel: Grad,
    update: bool,
) -> (Grad, Grad, Option<i64>) {
    let g = f.accumulate(grad, corr);
    if update {
        let s = f.update_source(f.decay(vel), g);
        (Grad(0), s, Some(f.update_step(s)))
    } else {
        (g, vel, None)
    }
}
