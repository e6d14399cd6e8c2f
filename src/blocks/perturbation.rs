//! `Perturbation`: the sign source s_i and the perturbed parameter theta_i + s_i * amp.
//!
//! The sign rules (random codes from the 16-bit Galois LFSR, Walsh codes, time multiplexing)
//! and their seeds are `chip::signs`; this block is them in gates. `lfsr` steps once per
//! parameter (`advance`); `start` holds the state at the start of the tau_p window; `restart`
//! reloads it so the perturbed inference and the correlation sweep see the same P signs, and
//! `next_window` makes the current state the next window's start and moves `slot` on.
//!
//! Amplitude (in theta LSBs, `chip::formats`): round(dtheta / sqrt(P) * 2^t) for codes,
//! round(dtheta * 2^t) for time multiplexing, at least 1 LSB. Twin: `model::perturbation`.
//! Tests at the bottom of this file.

use crate::chip::signs::{SignSource, TAPS16};
use crate::fixed::{max_of, min_of, to_hw, Formats, PADDR_W, THETA_W, WIDE_W};
use rust_hdl::prelude::*;

use super::network::flipped;

/// Sign source and perturbation adder. Port names = Verilog = VCD.
#[derive(LogicBlock)]
pub struct Perturbation {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: LFSR and window start to the seed, slot to 0.
    pub reset: Signal<In, Bit>,
    /// Reload the LFSR from the window start (before a sweep over the parameters).
    pub restart: Signal<In, Bit>,
    /// Step the LFSR: the current parameter's sign has been used.
    pub advance: Signal<In, Bit>,
    /// A tau_p window ends: new window start, next slot.
    pub next_window: Signal<In, Bit>,
    /// Index of the current parameter (Walsh and time multiplexing).
    pub index: Signal<In, Bits<PADDR_W>>,
    /// Apply the perturbation to `theta` (perturbed inference); else pass it through.
    pub enable: Signal<In, Bit>,
    /// theta_i, format `Theta`.
    pub theta: Signal<In, Signed<THETA_W>>,
    /// theta_i + s_i * amp saturated if `enable && active`, else theta_i.
    pub theta_pert: Signal<Out, Signed<THETA_W>>,
    /// s_i: 1 for +1, 0 for -1.
    pub sign: Signal<Out, Bit>,
    /// Parameter `index` is perturbed in this window (always, except time multiplexing).
    pub active: Signal<Out, Bit>,
    lfsr: DFF<Bits<16>>,
    start: DFF<Bits<16>>,
    slot: DFF<Bits<PADDR_W>>,
    masked: Signal<Local, Bits<PADDR_W>>,
    s: Signal<Local, Bit>,
    act: Signal<Local, Bit>,
    wide: Signal<Local, Signed<WIDE_W>>,
    taps: Constant<Bits<16>>,
    seed: Constant<Bits<16>>,
    walsh: Constant<Bit>,
    time_mux: Constant<Bit>,
    slot_last: Constant<Bits<PADDR_W>>,
    amp: Constant<Signed<WIDE_W>>,
    theta_max: Constant<Signed<WIDE_W>>,
    theta_min: Constant<Signed<WIDE_W>>,
    flip: Constant<Bits<WIDE_W>>,
    theta_max_f: Constant<Bits<WIDE_W>>,
    theta_min_f: Constant<Bits<WIDE_W>>,
}

impl Perturbation {
    /// The generator `signs` (`chip::signs`) with the amplitude and theta rails of `formats`.
    pub fn new(signs: &SignSource, formats: &Formats) -> Self {
        assert!(signs.seed != 0, "an LFSR seeded with 0 stays 0");
        let w = formats.theta.width();
        Self {
            clock: Default::default(),
            reset: Default::default(),
            restart: Default::default(),
            advance: Default::default(),
            next_window: Default::default(),
            index: Default::default(),
            enable: Default::default(),
            theta: Default::default(),
            theta_pert: Default::default(),
            sign: Default::default(),
            active: Default::default(),
            lfsr: Default::default(),
            start: Default::default(),
            slot: Default::default(),
            masked: Default::default(),
            s: Default::default(),
            act: Default::default(),
            wide: Default::default(),
            taps: Constant::new((TAPS16 as u64).into()),
            seed: Constant::new((signs.seed as u64).into()),
            walsh: Constant::new(signs.walsh()),
            time_mux: Constant::new(signs.time_mux()),
            slot_last: Constant::new((signs.slot_last as usize).to_bits()),
            amp: Constant::new(to_hw(formats.amp)),
            theta_max: Constant::new(to_hw(max_of(w))),
            theta_min: Constant::new(to_hw(min_of(w))),
            flip: Constant::new(0x8000_0000u64.into()),
            theta_max_f: Constant::new(flipped(max_of(w))),
            theta_min_f: Constant::new(flipped(min_of(w))),
        }
    }

    /// Current LFSR state (for tests and the twin).
    pub fn state(&self) -> u16 {
        self.lfsr.q.val().to_u64() as u16
    }
}

impl Logic for Perturbation {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, lfsr, start, slot);
        // Sign and activity of parameter `index`.
        self.masked.next = self.index.val() & self.slot.q.val();
        self.s.next = self.lfsr.q.val().get_bit(0);
        self.act.next = true;
        if self.walsh.val() {
            self.s.next = !self.masked.val().xor();
        }
        if self.time_mux.val() {
            self.s.next = true;
            self.act.next = self.index.val() == self.slot.q.val();
        }
        self.sign.next = self.s.val();
        self.active.next = self.act.val();
        // theta +/- amp in 32 bits (cannot wrap), then clamped to the theta rails.
        self.wide.next = signed_bit_cast::<WIDE_W, THETA_W>(self.theta.val()) - self.amp.val();
        if self.s.val() {
            self.wide.next = signed_bit_cast::<WIDE_W, THETA_W>(self.theta.val()) + self.amp.val();
        }
        // The output: one assignment per pass (read by another block).
        if !(self.enable.val() & self.act.val()) {
            self.theta_pert.next = self.theta.val();
        } else if (unsigned_cast(self.wide.val()) ^ self.flip.val()) > self.theta_max_f.val() {
            self.theta_pert.next = signed_bit_cast::<THETA_W, WIDE_W>(self.theta_max.val());
        } else if (unsigned_cast(self.wide.val()) ^ self.flip.val()) < self.theta_min_f.val() {
            self.theta_pert.next = signed_bit_cast::<THETA_W, WIDE_W>(self.theta_min.val());
        } else {
            self.theta_pert.next = signed_bit_cast::<THETA_W, WIDE_W>(self.wide.val());
        }
        // State: step, restart, new window, reset (last wins).
        if self.advance.val() {
            self.lfsr.d.next = self.lfsr.q.val() >> 1;
            if self.lfsr.q.val().get_bit(0) {
                self.lfsr.d.next = (self.lfsr.q.val() >> 1) ^ self.taps.val();
            }
        }
        if self.restart.val() {
            self.lfsr.d.next = self.start.q.val();
        }
        if self.next_window.val() {
            self.start.d.next = self.lfsr.q.val();
            self.slot.d.next = self.slot.q.val() + 1;
            if self.slot.q.val() == self.slot_last.val() {
                self.slot.d.next = 0.into();
            }
        }
        if self.reset.val() {
            self.lfsr.d.next = self.seed.val();
            self.start.d.next = self.seed.val();
            self.slot.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{drive, settle, yosys_check};
    use crate::chip::signs::lfsr_step;
    use crate::config::PerturbationKind;
    use crate::fixed::from_hw;
    use crate::fixtures::xor_config;

    fn block(kind: PerturbationKind, p: usize) -> (Perturbation, Formats) {
        let f = crate::chip::formats::formats(&xor_config()).unwrap();
        let mut uut = Perturbation::new(&SignSource::new(kind, p, 0xACE1), &f);
        uut.connect_all();
        uut.reset.next = true;
        assert!(drive(&mut uut, |u| &mut u.clock));
        uut.reset.next = false;
        (uut, f)
    }

    #[test]
    fn lfsr_block_period_and_balance() {
        let (mut uut, _) = block(PerturbationKind::Random, 9);
        let seed = uut.state();
        assert_eq!(seed, 0xACE1);
        uut.advance.next = true;
        let (mut n, mut plus) = (0u64, 0u64);
        let mut twin = seed;
        loop {
            assert!(settle(&mut uut));
            plus += uut.sign.val() as u64;
            assert!(drive(&mut uut, |u| &mut u.clock));
            twin = lfsr_step(twin);
            assert_eq!(uut.state(), twin, "step {n}");
            n += 1;
            if uut.state() == seed {
                break;
            }
            assert!(n < 70_000, "no period found");
        }
        assert_eq!(n, 65_535, "period 2^16 - 1");
        // Over a full period the low bit is 1 in 2^15 states and 0 in 2^15 - 1.
        assert_eq!(plus, 32_768);
    }

    #[test]
    fn restart_replays_the_window_and_next_window_moves_on() {
        let (mut uut, _) = block(PerturbationKind::Random, 9);
        let sweep = |uut: &mut Perturbation| {
            uut.restart.next = true;
            uut.advance.next = false;
            assert!(drive(uut, |u| &mut u.clock));
            uut.restart.next = false;
            uut.advance.next = true;
            let mut v = vec![];
            for _ in 0..9 {
                assert!(settle(uut));
                v.push(uut.sign.val());
                assert!(drive(uut, |u| &mut u.clock));
            }
            uut.advance.next = false;
            v
        };
        let a = sweep(&mut uut);
        assert_eq!(sweep(&mut uut), a);
        uut.next_window.next = true;
        assert!(drive(&mut uut, |u| &mut u.clock));
        uut.next_window.next = false;
        let b = sweep(&mut uut);
        assert_ne!(a, b, "a new window draws new signs");
    }

    #[test]
    fn walsh_rows_are_orthogonal_over_a_full_period() {
        let p = 6; // M = 8 slots
        let (mut uut, _) = block(PerturbationKind::Walsh, p);
        let mut rows = vec![vec![0i32; 8]; p];
        for m in 0..8 {
            for (i, row) in rows.iter_mut().enumerate() {
                uut.index.next = i.to_bits();
                assert!(settle(&mut uut));
                row[m] = if uut.sign.val() { 1 } else { -1 };
                assert!(uut.active.val());
            }
            uut.next_window.next = true;
            assert!(drive(&mut uut, |u| &mut u.clock));
            uut.next_window.next = false;
        }
        for i in 0..p {
            for j in 0..p {
                let dot: i32 = (0..8).map(|m| rows[i][m] * rows[j][m]).sum();
                assert_eq!(dot, if i == j { 8 } else { 0 }, "rows {i}, {j}");
            }
        }
    }

    #[test]
    fn time_multiplexing_is_one_hot_and_wraps() {
        let p = 5;
        let (mut uut, f) = block(PerturbationKind::Time, p);
        uut.enable.next = true;
        uut.theta.next = to_hw(100);
        for w in 0..2 * p {
            for i in 0..p {
                uut.index.next = i.to_bits();
                assert!(settle(&mut uut));
                assert_eq!(uut.active.val(), i == w % p, "window {w}, parameter {i}");
                let want = if i == w % p { 100 + f.amp } else { 100 };
                assert_eq!(from_hw(uut.theta_pert.val()), want);
            }
            uut.next_window.next = true;
            assert!(drive(&mut uut, |u| &mut u.clock));
            uut.next_window.next = false;
        }
    }

    #[test]
    fn perturbed_theta_saturates_at_both_rails() {
        let (mut uut, f) = block(PerturbationKind::Random, 9);
        let (hi, lo) = (max_of(f.theta.width()), min_of(f.theta.width()));
        uut.enable.next = true;
        for theta in [hi, hi - 1, lo, lo + 1, 0, -5] {
            uut.theta.next = to_hw(theta);
            for want in [true, false] {
                assert!(settle(&mut uut));
                while uut.sign.val() != want {
                    uut.advance.next = true;
                    assert!(drive(&mut uut, |u| &mut u.clock));
                    uut.advance.next = false;
                    assert!(settle(&mut uut));
                }
                let expect = f.perturb(crate::fixed::Theta(theta as i32), want, true).0 as i64;
                assert_eq!(
                    from_hw(uut.theta_pert.val()),
                    expect,
                    "theta {theta}, sign {want}"
                );
            }
        }
        assert_eq!(
            f.perturb(crate::fixed::Theta(hi as i32), true, true).0 as i64,
            hi
        );
        assert_eq!(
            f.perturb(crate::fixed::Theta(lo as i32), false, true).0 as i64,
            lo
        );
        // Both signs occur over these draws, so both rails were driven.
        uut.enable.next = false;
        uut.theta.next = to_hw(hi);
        assert!(settle(&mut uut));
        assert_eq!(
            from_hw(uut.theta_pert.val()),
            hi,
            "disabled passes theta through"
        );
    }

    #[test]
    fn perturbation_synthesizes() {
        let (uut, _) = block(PerturbationKind::Walsh, 9);
        yosys_check("perturbation", &uut).unwrap();
    }
}
