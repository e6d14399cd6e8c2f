//! `Score`: the chip's own evaluation. During an evaluation's inference each row of outputs
//! (`strobe`, in order k = 0, 1, ...; PE side by side with `[chip] pe`) folds into `best` /
//! `best_index` (the first maximum): the trainer picks the row's first maximum `y`, output
//! `y_pick`, and a row that starts the outputs (`y_index` 0) restarts the fold.
//! `queue` (an evaluated sample's last parameter row) puts its `label` into the judge line
//! (`line$k`: a waiting bit above the label), at slot J - 1 (J = `Schedule::judge_delay`);
//! the line moves down a slot per edge, and at slot 0 (`judge`) the prediction is counted
//! against that label in `tally`, J edges after the row, once the sample's outputs are folded,
//! so that several samples can be in flight. `latch` ends the evaluation (`count` <- tally,
//! tally <- 0). The prediction: `y >= 1/2` for one output, the
//! first argmax otherwise (`model::network::predict`). `met` = tally >= the count that reaches
//! the target (`chip::Schedule::need`). Twin: `model::score`.

use crate::chip::regs::{JUDGE_SLOTS, LABEL_W, LINE_W, SCORE_W};

// hdl_gen takes literal bits: the waiting bit is 0x100 and bit 8.
const _: () = assert!(LABEL_W == 8 && LINE_W == 9);
use crate::fixed::{to_hw, ACT_W};
use rust_hdl::prelude::*;

/// Running argmax, hit counter and the latched count.
#[derive(LogicBlock)]
pub struct Score {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: every register to 0.
    pub reset: Signal<In, Bit>,
    /// Fold `y` (output `y_pick`) at this edge.
    pub strobe: Signal<In, Bit>,
    /// The row's first largest output activation, format `Act`.
    pub y: Signal<In, Signed<ACT_W>>,
    /// The index of the row's first output (0: the fold restarts).
    pub y_index: Signal<In, Bits<LABEL_W>>,
    /// The index of `y`.
    pub y_pick: Signal<In, Bits<LABEL_W>>,
    /// An evaluated sample's last parameter row: `label` enters the judge line.
    pub queue: Signal<In, Bit>,
    /// The sample's label.
    pub label: Signal<In, Bits<LABEL_W>>,
    /// A sample is judged at this edge (the line's head waits).
    pub judge: Signal<Out, Bit>,
    /// The evaluation ends at this edge.
    pub latch: Signal<In, Bit>,
    /// The folded prediction is the line head's label.
    pub hit: Signal<Out, Bit>,
    /// `tally` reached the target count.
    pub met: Signal<Out, Bit>,
    /// Correct samples of the last whole evaluation.
    pub count: Signal<Out, Bits<SCORE_W>>,
    best: DFF<Signed<ACT_W>>,
    best_index: DFF<Bits<LABEL_W>>,
    tally: DFF<Bits<SCORE_W>>,
    correct: DFF<Bits<SCORE_W>>,
    /// The judge line, slot 0 first: a waiting bit (bit `LABEL_W`) and a label.
    line: Vec<DFF<Bits<LINE_W>>>,
    /// The label entering the line with its waiting bit.
    entry: Signal<Local, Bits<LINE_W>>,
    /// The waiting bit of a slot.
    waits: Constant<Bits<LINE_W>>,
    /// The slot a label enters: bit J - 1.
    enter: Constant<Bits<JUDGE_SLOTS>>,
    _slots: usize,
    /// Slots that take the one above them: all but the last.
    _moves: usize,
    larger: Signal<Local, Bit>,
    at_half: Signal<Local, Bit>,
    flip: Constant<Bits<ACT_W>>,
    half_f: Constant<Bits<ACT_W>>,
    need: Constant<Bits<SCORE_W>>,
    single_output: Constant<Bit>,
}

impl Score {
    /// The block for a network with one output (`single_output`) or more, 1/2 in the act
    /// format `half` (raw), `need` correct samples to reach the target, and labels judged
    /// `judge_delay` (J, 1..=`JUDGE_SLOTS`) edges after they are queued.
    pub fn new(single_output: bool, half: i64, need: u32, judge_delay: usize) -> Self {
        assert!((need as usize) < (1 << SCORE_W), "need fits SCORE_W");
        assert!((1..=JUDGE_SLOTS).contains(&judge_delay), "J fits the line");
        // Signed order as unsigned: flip the sign bit (`accumulator`'s trick).
        let flip: u64 = 1 << (ACT_W - 1);
        let half_raw: Signed<ACT_W> = to_hw(half);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            strobe: Default::default(),
            y: Default::default(),
            y_index: Default::default(),
            y_pick: Default::default(),
            queue: Default::default(),
            label: Default::default(),
            judge: Default::default(),
            latch: Default::default(),
            hit: Default::default(),
            met: Default::default(),
            count: Default::default(),
            best: Default::default(),
            best_index: Default::default(),
            tally: Default::default(),
            correct: Default::default(),
            line: (0..JUDGE_SLOTS).map(|_| Default::default()).collect(),
            entry: Default::default(),
            waits: Constant::new((1u64 << LABEL_W).to_bits()),
            enter: Constant::new((1u64 << (judge_delay - 1)).to_bits()),
            _slots: JUDGE_SLOTS,
            _moves: JUDGE_SLOTS - 1,
            larger: Default::default(),
            at_half: Default::default(),
            flip: Constant::new(flip.to_bits()),
            half_f: Constant::new(unsigned_cast(half_raw) ^ flip.to_bits::<ACT_W>()),
            need: Constant::new((need as u64).to_bits()),
            single_output: Constant::new(single_output),
        }
    }
}

impl Logic for Score {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, best, best_index, tally, correct);
        // The line moves down a slot per edge; a queued label enters at slot J - 1.
        self.entry.next = bit_cast::<LINE_W, LABEL_W>(self.label.val()) | self.waits.val();
        for k in 0..self._slots {
            self.line[k].clock.next = self.clock.val();
            self.line[k].d.next = 0.into();
        }
        for k in 0..self._moves {
            self.line[k].d.next = self.line[k + 1].q.val();
        }
        for k in 0..self._slots {
            if self.queue.val() & self.enter.val().get_bit(k) {
                self.line[k].d.next = self.entry.val();
            }
        }
        self.judge.next = self.line[0].q.val().get_bit(8);
        self.larger.next = (unsigned_cast(self.y.val()) ^ self.flip.val())
            > (unsigned_cast(self.best.q.val()) ^ self.flip.val());
        self.at_half.next =
            (unsigned_cast(self.best.q.val()) ^ self.flip.val()) >= self.half_f.val();
        if self.single_output.val() {
            self.hit.next = self.at_half.val() == self.line[0].q.val().get_bit(0);
        } else {
            self.hit.next = self.best_index.q.val() == self.line[0].q.val().get_bits::<8>(0);
        }
        self.met.next = self.tally.q.val() >= self.need.val();
        self.count.next = self.correct.q.val();
        if self.strobe.val() & (!self.y_index.val().any() | self.larger.val()) {
            self.best.d.next = self.y.val();
            self.best_index.d.next = self.y_pick.val();
        }
        if self.line[0].q.val().get_bit(8) & self.hit.val() {
            self.tally.d.next = self.tally.q.val() + 1;
        }
        if self.latch.val() {
            self.correct.d.next = self.tally.q.val();
            self.tally.d.next = 0.into();
        }
        if self.reset.val() {
            self.best.d.next = 0.into();
            self.best_index.d.next = 0.into();
            self.tally.d.next = 0.into();
            self.correct.d.next = 0.into();
            for k in 0..self._slots {
                self.line[k].d.next = 0.into();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{drive, settle, yosys_check};
    use crate::fixed::Act;
    use crate::model::score as twin;

    /// The block against its twin on random outputs, labels and strobes.
    #[test]
    fn score_matches_its_twin() {
        use rand::{Rng, SeedableRng};
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
        for (single, judge_delay) in [(false, 9), (true, 9), (false, 1), (true, 4)] {
            let c = twin::Consts {
                single_output: single,
                half: 2048,
                need: 5,
                enter: judge_delay - 1,
            };
            let mut uut = Score::new(single, 2048, 5, judge_delay);
            uut.connect_all();
            let mut q = twin::State::default();
            for cycle in 0..3000 {
                let y = [Act(rng.random_range(-8192..8192))];
                let i = twin::Inputs {
                    reset: cycle == 0 || rng.random_range(0..500) == 0,
                    strobe: rng.random_bool(0.6),
                    ys: &y,
                    y_index: rng.random_range(0..if single { 1 } else { 4 }),
                    queue: rng.random_bool(0.3),
                    label: rng.random_range(0..4),
                    latch: rng.random_range(0..40) == 0,
                };
                uut.reset.next = i.reset;
                uut.strobe.next = i.strobe;
                uut.y.next = to_hw(i.ys[0].0 as i64);
                uut.y_index.next = (i.y_index as u64).to_bits();
                uut.y_pick.next = (i.y_index as u64).to_bits();
                uut.queue.next = i.queue;
                uut.label.next = (i.label as u64).to_bits();
                uut.latch.next = i.latch;
                assert!(settle(&mut uut));
                let (judge, label) = twin::head(&q);
                assert_eq!(uut.judge.val(), judge, "cycle {cycle}");
                assert_eq!(uut.hit.val(), twin::hit(&q, &c, label), "cycle {cycle}");
                assert_eq!(uut.met.val(), twin::met(&q, &c), "cycle {cycle}");
                assert!(drive(&mut uut, |u| &mut u.clock));
                q = twin::step(&q, &c, i);
                assert_eq!(
                    uut.count.val().to_u64(),
                    u64::from(q.correct),
                    "cycle {cycle}"
                );
                assert_eq!(
                    uut.tally.q.val().to_u64(),
                    u64::from(q.tally),
                    "cycle {cycle}"
                );
                assert_eq!(
                    crate::fixed::from_hw(uut.best.q.val()),
                    i64::from(q.best),
                    "cycle {cycle}"
                );
            }
        }
    }

    #[test]
    fn score_synthesizes() {
        let mut uut = Score::new(false, 2048, 3, 9);
        uut.connect_all();
        yosys_check("score", &uut).unwrap();
    }
}
