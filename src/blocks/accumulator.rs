//! `Accumulator`: the weight-update rule of one parameter, applied by the serial sweep to
//! G_i and theta_i read from `grad_mem` and `theta_mem`:
//! - always G' = sat(G_i + e_i) to `grad_width` bits (never wraps);
//! - at a tau_theta boundary (`update`): theta_i' = sat(theta_i - (G' >>> eta_shift)) to the
//!   theta format and G_i' = 0; otherwise theta_i' = theta_i and G_i' = G'.
//!
//! The shift rounds to nearest, ties up, like `fixed::shr_round`: a floor shift (a sign fill
//! mask ORed into a logical shift) plus the first bit shifted out. A floor shift alone would
//! push every weight up by half an LSB per update on average; at small learning rates that
//! drift beat the gradient (measured: NIST7x7 stalled at chance with eta_shift 11). The update uses G' (this step's e_i included), i.e. the
//! step's correlation and its tau_theta update happen in the same sweep. Rules:
//! `fixed::Formats::{accumulate, update_step, apply_step}`. Combinational, in three parts
//! joined by ports so that a pipelined lane can register between them: G' (`acc_out` ->
//! `acc_in`), the step (`step_out` -> `step_in`), theta'.
//!
//! With momentum (`fixed::Formats::{decay, velocity}`) the step comes from the velocity V_i
//! (its own bank, `grad_width` bits): V's leak V - (V >>> k) is the first part's (`decay_out`
//! -> `decay_in`), and at an update the second part forms V' = sat(V - (V >>> k) + G')
//! (`vel_next`, written back) and takes the step round(V' >>> eta_shift) from it.
//! Twin: `model::accumulator`.

use crate::fixed::{max_of, min_of, to_hw, Formats, THETA_W, WIDE_W};
use rust_hdl::prelude::*;

const _: () = assert!(WIDE_W == 32, "sign bits below are written as bit 31");

/// theta - step where both fit 17 signed bits: exact in 18 (its sign is written as bit 17).
const NARROW_W: usize = THETA_W + 2;
const _: () = assert!(THETA_W == 16, "the step's high bits below are bits 31..16");

/// sat(a + b) to `grad_width` bits, both operands in the gradient format (G + e, and
/// momentum's V' = leaked V + G'): one 32-bit carry chain, the rails found by bit tests.
#[derive(LogicBlock)]
pub struct GradAdd {
    /// The first operand; its sign picks the rail when the 32-bit sum wraps.
    pub a: Signal<In, Signed<WIDE_W>>,
    /// The second operand.
    pub b: Signal<In, Signed<WIDE_W>>,
    /// sat(a + b).
    pub sum: Signal<Out, Signed<WIDE_W>>,
    raw: Signal<Local, Signed<WIDE_W>>,
    raw_hi: Signal<Local, Bits<WIDE_W>>,
    sat: Signal<Local, Signed<WIDE_W>>,
    grad_max: Constant<Signed<WIDE_W>>,
    grad_min: Constant<Signed<WIDE_W>>,
    /// Bits 31..grad_width - 1: all equal iff a sum fits the gradient format.
    grad_hi: Constant<Bits<WIDE_W>>,
}

impl GradAdd {
    /// The adder saturating to `grad_width` bits.
    pub fn new(grad_width: u32) -> Self {
        let gw = grad_width;
        Self {
            a: Default::default(),
            b: Default::default(),
            sum: Default::default(),
            raw: Default::default(),
            raw_hi: Default::default(),
            sat: Default::default(),
            grad_max: Constant::new(to_hw(max_of(gw))),
            grad_min: Constant::new(to_hw(min_of(gw))),
            grad_hi: Constant::new((!(u32::MAX >> (33 - gw)) as u64).into()),
        }
    }
}

impl Logic for GradAdd {
    #[hdl_gen]
    fn update(&mut self) {
        // The sum overflowed 32 bits iff both operands share a sign it lacks (then a's sign
        // picks the rail); else it fits iff its bits 31..gw - 1 are equal.
        self.raw.next = self.a.val() + self.b.val();
        self.sat.next = self.raw.val();
        self.raw_hi.next = unsigned_cast(self.raw.val()) & self.grad_hi.val();
        if self.raw_hi.val().any() & (self.raw_hi.val() != self.grad_hi.val()) {
            self.sat.next = self.grad_max.val();
            if self.raw.val().get_bit(31) {
                self.sat.next = self.grad_min.val();
            }
        }
        if (self.a.val().get_bit(31) == self.b.val().get_bit(31))
            & (self.raw.val().get_bit(31) != self.a.val().get_bit(31))
        {
            self.sat.next = self.grad_max.val();
            if self.a.val().get_bit(31) {
                self.sat.next = self.grad_min.val();
            }
        }
        self.sum.next = self.sat.val();
    }
}

/// G_i += e_i (saturating); at `update`, theta_i -= G_i >>> eta_shift and G_i = 0.
#[derive(LogicBlock)]
pub struct Accumulator {
    /// G_i, format `Grad`.
    pub grad: Signal<In, Signed<WIDE_W>>,
    /// e_i, format `Corr`.
    pub corr: Signal<In, Signed<WIDE_W>>,
    /// G' = sat(G_i + e_i): the first half's result.
    pub acc_out: Signal<Out, Signed<WIDE_W>>,
    /// The G' the second half (the update) uses: `acc_out`, or with the pipeline the row
    /// before's, registered by the lane.
    pub acc_in: Signal<In, Signed<WIDE_W>>,
    /// A tau_theta boundary: clear G_i (the second half's).
    pub update: Signal<In, Bit>,
    /// The update's step round(G' >>> eta_shift) from `acc_in` (with momentum, from V'):
    /// the second half's result.
    pub step_out: Signal<Out, Signed<WIDE_W>>,
    /// V_i as read (momentum), format `Grad`.
    pub vel: Signal<In, Signed<WIDE_W>>,
    /// V - (V >>> k) of `vel`: the first part's (momentum).
    pub decay_out: Signal<Out, Signed<WIDE_W>>,
    /// The leaked V the second part adds G' to: `decay_out`, or with the pipeline registered.
    pub decay_in: Signal<In, Signed<WIDE_W>>,
    /// V' = sat(`decay_in` + `acc_in`) to write back at an update (momentum).
    pub vel_next: Signal<Out, Signed<WIDE_W>>,
    /// The step the third half subtracts: `step_out`, or with the pipeline the row before's,
    /// registered by the lane.
    pub step_in: Signal<In, Signed<WIDE_W>>,
    /// theta_i, format `Theta` (the third half's; with the pipeline, registered).
    pub theta: Signal<In, Signed<THETA_W>>,
    /// Apply the update to `theta` (the third half's: `update`, or with the pipeline the
    /// row before's).
    pub apply: Signal<In, Bit>,
    /// G_i to write back.
    pub grad_next: Signal<Out, Signed<WIDE_W>>,
    /// theta_i to write back.
    pub theta_next: Signal<Out, Signed<THETA_W>>,
    /// G' = sat(G + e).
    pub grad_add: GradAdd,
    /// V' = sat(leaked V + G') (momentum).
    pub vel_add: GradAdd,
    acc: Signal<Local, Signed<WIDE_W>>,
    floor: Signal<Local, Bits<WIDE_W>>,
    step: Signal<Local, Bits<WIDE_W>>,
    step_hi: Signal<Local, Bits<16>>,
    narrow: Signal<Local, Signed<NARROW_W>>,
    narrow_hi: Signal<Local, Bits<NARROW_W>>,
    narrow_u: Signal<Local, Bits<NARROW_W>>,
    step_u: Signal<Local, Bits<WIDE_W>>,
    fresh: Signal<Local, Signed<THETA_W>>,
    leak: Signal<Local, Bits<WIDE_W>>,
    vacc: Signal<Local, Signed<WIDE_W>>,
    step_src: Signal<Local, Signed<WIDE_W>>,
    theta_max: Constant<Signed<THETA_W>>,
    theta_min: Constant<Signed<THETA_W>>,
    /// Bits 17..tw - 1: all equal iff theta - step fits the theta format.
    theta_hi: Constant<Bits<NARROW_W>>,
    ones16: Constant<Bits<16>>,
    eta_shift: Constant<Bits<8>>,
    fill: Constant<Bits<WIDE_W>>,
    half: Constant<Bits<WIDE_W>>,
    momentum: Constant<Bit>,
    mom_shift: Constant<Bits<8>>,
    mom_fill: Constant<Bits<WIDE_W>>,
}

impl Accumulator {
    /// The rule with the rails and `eta_shift` of `formats`.
    pub fn new(formats: &Formats) -> Self {
        let (gw, tw) = (formats.grad_width, formats.theta.width());
        let fill = !(u32::MAX >> formats.eta_shift) as u64;
        let k = formats.momentum.unwrap_or(0);
        Self {
            grad: Default::default(),
            corr: Default::default(),
            acc_out: Default::default(),
            acc_in: Default::default(),
            update: Default::default(),
            step_out: Default::default(),
            vel: Default::default(),
            decay_out: Default::default(),
            decay_in: Default::default(),
            vel_next: Default::default(),
            step_in: Default::default(),
            theta: Default::default(),
            apply: Default::default(),
            grad_next: Default::default(),
            theta_next: Default::default(),
            grad_add: GradAdd::new(gw),
            vel_add: GradAdd::new(gw),
            acc: Default::default(),
            floor: Default::default(),
            step: Default::default(),
            step_hi: Default::default(),
            narrow: Default::default(),
            narrow_hi: Default::default(),
            narrow_u: Default::default(),
            step_u: Default::default(),
            fresh: Default::default(),
            leak: Default::default(),
            vacc: Default::default(),
            step_src: Default::default(),
            theta_max: Constant::new(to_hw(max_of(tw))),
            theta_min: Constant::new(to_hw(min_of(tw))),
            theta_hi: Constant::new(((1u64 << NARROW_W) - (1u64 << (tw - 1))).into()),
            ones16: Constant::new(0xFFFFu64.into()),
            eta_shift: Constant::new((formats.eta_shift as u64).into()),
            fill: Constant::new(fill.into()),
            // The first bit shifted out (none when eta_shift = 0).
            half: Constant::new(((1u64 << formats.eta_shift) >> 1).into()),
            momentum: Constant::new(formats.momentum.is_some()),
            mom_shift: Constant::new((k as u64).into()),
            mom_fill: Constant::new((!(u32::MAX >> k) as u64).into()),
        }
    }
}

impl Logic for Accumulator {
    #[hdl_gen]
    fn update(&mut self) {
        // G' = sat(G + e).
        self.grad_add.a.next = self.grad.val();
        self.grad_add.b.next = self.corr.val();
        self.acc.next = self.grad_add.sum.val();
        self.acc_out.next = self.acc.val();
        // Momentum's leak V - (V >>> k), the shift a floor (logical shift plus sign fill).
        self.leak.next = unsigned_cast(self.vel.val()) >> self.mom_shift.val();
        if self.vel.val().get_bit(31) {
            self.leak.next =
                (unsigned_cast(self.vel.val()) >> self.mom_shift.val()) | self.mom_fill.val();
        }
        self.decay_out.next = self.vel.val() - signed_cast(self.leak.val());
        // V' = sat(leaked V + G').
        self.vel_add.a.next = self.decay_in.val();
        self.vel_add.b.next = self.acc_in.val();
        self.vacc.next = self.vel_add.sum.val();
        self.vel_next.next = self.vacc.val();
        self.step_src.next = self.acc_in.val();
        if self.momentum.val() {
            self.step_src.next = self.vacc.val();
        }
        // The step source >>> eta_shift, floor: logical shift, then the sign fill; then round
        // to nearest by adding the first bit shifted out (cannot wrap: |floor| < 2^(31 -
        // eta_shift)).
        self.floor.next = unsigned_cast(self.step_src.val()) >> self.eta_shift.val();
        if self.step_src.val().get_bit(31) {
            self.floor.next =
                (unsigned_cast(self.step_src.val()) >> self.eta_shift.val()) | self.fill.val();
        }
        self.step.next = self.floor.val();
        if (unsigned_cast(self.step_src.val()) & self.half.val()).any() {
            self.step.next = self.floor.val() + 1u64;
        }
        self.step_out.next = signed_cast(self.step.val());
        // theta - step saturated to the theta format, with one 18-bit carry chain: a step
        // outside 17 bits (bits 31..16 not all equal) puts theta on a rail by its sign; else
        // theta - step is exact in 18 bits and fits iff its bits 17..tw - 1 are equal.
        // (Truncations as `Bits`: rust-hdl's `signed_bit_cast` recurses forever on the most
        // negative value, in simulation; theta, at most 15 bits wide, never is.)
        self.step_u.next = unsigned_cast(self.step_in.val());
        self.narrow.next = signed_bit_cast::<NARROW_W, THETA_W>(self.theta.val())
            - signed_cast(bit_cast::<NARROW_W, WIDE_W>(self.step_u.val()));
        self.narrow_u.next = unsigned_cast(self.narrow.val());
        self.narrow_hi.next = self.narrow_u.val() & self.theta_hi.val();
        self.fresh.next = signed_cast(bit_cast::<THETA_W, NARROW_W>(self.narrow_u.val()));
        if self.narrow_hi.val().any() & (self.narrow_hi.val() != self.theta_hi.val()) {
            self.fresh.next = self.theta_max.val();
            if self.narrow.val().get_bit(17) {
                self.fresh.next = self.theta_min.val();
            }
        }
        self.step_hi.next = self.step_u.val().get_bits::<16>(16);
        if self.step_hi.val().any() & (self.step_hi.val() != self.ones16.val()) {
            self.fresh.next = self.theta_min.val();
            if self.step_in.val().get_bit(31) {
                self.fresh.next = self.theta_max.val();
            }
        }
        // Outputs: one assignment per pass (read by another block).
        if self.update.val() {
            self.grad_next.next = 0.into();
        } else {
            self.grad_next.next = self.acc_in.val();
        }
        if self.apply.val() {
            self.theta_next.next = self.fresh.val();
        } else {
            self.theta_next.next = self.theta.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{settle, yosys_check};
    use crate::fixed::{from_hw, Corr, Grad, Theta};
    use crate::fixtures::xor_config;
    use rand::{Rng, SeedableRng};

    fn check(uut: &mut Accumulator, f: &Formats, g: i64, e: i64, theta: i64, update: bool) {
        uut.grad.next = to_hw(g);
        uut.corr.next = to_hw(e);
        uut.theta.next = to_hw(theta);
        uut.update.next = update;
        assert!(settle(uut));
        // The unpipelined wiring: the update halves take this cycle's G' and step.
        uut.acc_in.next = uut.acc_out.val();
        uut.apply.next = update;
        assert!(settle(uut));
        uut.step_in.next = uut.step_out.val();
        assert!(settle(uut));
        let g1 = f.accumulate(Grad(g), Corr(e));
        let (gw, tw) = if update {
            (0, f.update(Theta(theta as i32), g1).0 as i64)
        } else {
            (g1.0, theta)
        };
        assert_eq!(
            from_hw(uut.grad_next.val()),
            gw,
            "G {g} e {e} theta {theta} update {update}"
        );
        assert_eq!(
            from_hw(uut.theta_next.val()),
            tw,
            "G {g} e {e} theta {theta} update {update}"
        );
    }

    fn formats(grad_width: u32, eta_shift: u32) -> Formats {
        let mut c = xor_config();
        c.fixed.grad_width = grad_width;
        c.fixed.eta_shift = Some(eta_shift);
        crate::chip::formats::formats(&c).unwrap()
    }

    #[test]
    fn accumulator_saturates_at_both_rails() {
        for gw in [27u32, 32] {
            let f = formats(gw, 3);
            let mut uut = Accumulator::new(&f);
            uut.connect_all();
            let (hi, lo) = (max_of(gw), min_of(gw));
            check(&mut uut, &f, hi - 5, 100, 0, false);
            assert_eq!(from_hw(uut.grad_next.val()), hi, "top rail, width {gw}");
            check(&mut uut, &f, lo + 5, -100, 0, false);
            assert_eq!(from_hw(uut.grad_next.val()), lo, "bottom rail, width {gw}");
            check(&mut uut, &f, hi, hi, 0, false);
            check(&mut uut, &f, lo, lo + 1, 0, false);
            // theta saturates too when the step is huge.
            let th = max_of(f.theta.width());
            check(&mut uut, &f, lo, 0, th, true);
            assert_eq!(from_hw(uut.theta_next.val()), th);
            check(&mut uut, &f, hi, 0, -th, true);
            assert_eq!(from_hw(uut.theta_next.val()), min_of(f.theta.width()));
        }
    }

    #[test]
    fn update_rounds_to_nearest_like_fixed() {
        let f = formats(32, 4);
        let mut uut = Accumulator::new(&f);
        uut.connect_all();
        // G / 16 to nearest, ties up: -1 -> 0 (floor would give -1), 7 -> 0, 8 -> 1, -8 -> 0,
        // -9 -> -1, 15 -> 1, -17 -> -1, 24 -> 2, -24 -> -1.
        for (g, dtheta) in [
            (-1i64, 0i64),
            (7, 0),
            (8, -1),
            (-8, 0),
            (-9, 1),
            (15, -1),
            (-17, 1),
            (24, -2),
            (-24, 1),
        ] {
            check(&mut uut, &f, g, 0, 100, true);
            assert_eq!(from_hw(uut.theta_next.val()), 100 + dtheta, "G = {g}");
            assert_eq!(from_hw(uut.grad_next.val()), 0);
        }
    }

    #[test]
    fn accumulator_matches_fixed_on_random_inputs() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        for (gw, eta) in [(32u32, 0u32), (32, 13), (26, 5), (30, 29)] {
            let f = formats(gw, eta);
            let mut uut = Accumulator::new(&f);
            uut.connect_all();
            let tw = f.theta.width();
            for _ in 0..5_000 {
                let g = rng.random_range(min_of(gw)..=max_of(gw));
                let e = rng.random_range(-(1i64 << 31) + 1..(1i64 << 31));
                let th = rng.random_range(min_of(tw)..=max_of(tw));
                check(&mut uut, &f, g, e, th, rng.random());
            }
        }
    }

    /// With momentum: V' = sat(V - (V >>> k) + G') and the step from it, against
    /// `fixed::Formats::{decay, velocity, update_source}`, V and G' across their rails.
    #[test]
    fn momentum_matches_fixed_on_random_inputs() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(11);
        for (gw, eta, k) in [(32u32, 10u32, 3u32), (32, 0, 1), (26, 5, 7), (30, 20, 12)] {
            let f = Formats {
                momentum: Some(k),
                ..formats(gw, eta)
            };
            let mut uut = Accumulator::new(&f);
            uut.connect_all();
            let tw = f.theta.width();
            for n in 0..5_000 {
                let v = match n % 4 {
                    0 => max_of(gw) - rng.random_range(0..4),
                    1 => min_of(gw) + rng.random_range(0..4),
                    _ => rng.random_range(min_of(gw)..=max_of(gw)),
                };
                let g = rng.random_range(min_of(gw)..=max_of(gw));
                let e = rng.random_range(-(1i64 << 20)..(1i64 << 20));
                let th = rng.random_range(min_of(tw)..=max_of(tw));
                uut.vel.next = to_hw(v);
                uut.grad.next = to_hw(g);
                uut.corr.next = to_hw(e);
                uut.theta.next = to_hw(th);
                uut.update.next = true;
                uut.apply.next = true;
                assert!(settle(&mut uut));
                uut.acc_in.next = uut.acc_out.val();
                uut.decay_in.next = uut.decay_out.val();
                assert!(settle(&mut uut));
                uut.step_in.next = uut.step_out.val();
                assert!(settle(&mut uut));
                let g1 = f.accumulate(Grad(g), Corr(e));
                let v1 = f.update_source(f.decay(Grad(v)), g1);
                assert_eq!(v1, f.velocity(f.decay(Grad(v)), g1));
                let want = f.apply_step(Theta(th as i32), f.update_step(v1));
                let ctx = format!("gw {gw} k {k}: V {v} G {g} e {e} theta {th}");
                assert_eq!(from_hw(uut.vel_next.val()), v1.0, "{ctx}");
                assert_eq!(from_hw(uut.theta_next.val()), want.0 as i64, "{ctx}");
                assert_eq!(from_hw(uut.grad_next.val()), 0, "{ctx}");
            }
        }
    }

    #[test]
    fn accumulator_synthesizes() {
        let mut uut = Accumulator::new(&crate::chip::formats::formats(&xor_config()).unwrap());
        uut.connect_all();
        yosys_check("accumulator", &uut).unwrap();
    }
}
