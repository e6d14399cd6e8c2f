//! Fast twin of `blocks::score`: the chip's own evaluation. During an evaluation's inference
//! each output y_k (strobed with `y_valid`, in order k = 0, 1, ...) folds into `best` /
//! `best_index` (the first maximum). At an evaluated sample's last parameter row its label
//! enters the judge line (`line`, slot J - 1, J = `Schedule::judge_delay`); it moves down a
//! slot per edge, and in slot 0 the prediction is scored against it and counted in `tally`:
//! J edges after that row, when the sample's last output has been folded. Several samples can
//! be in flight, each with its own label. At the evaluation's end `correct` takes the count. The prediction is `network::predict`'s: `y >= 1/2` for one output, the first
//! argmax otherwise (the test below holds the streaming fold to it). Larger test:
//! `tests/lockstep.rs`.

use crate::chip::regs::JUDGE_SLOTS;
use crate::fixed::Act;

/// A judge line slot's "a label waits here" bit, above the label's 8 bits.
pub const WAITS: u16 = 1 << crate::chip::regs::LABEL_W;

/// The score block's registers.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct State {
    /// Largest output so far of this inference, raw `Act`.
    pub best: i32,
    /// Its index.
    pub best_index: u8,
    /// Correct predictions so far in this evaluation.
    pub tally: u32,
    /// Correct predictions of the last whole evaluation (the `correct` port).
    pub correct: u32,
    /// The judge line: slot k holds [`WAITS`] | label of the sample judged k edges from now.
    #[serde(default)]
    pub line: [u16; JUDGE_SLOTS],
}

/// The block's constants, from the chip plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Consts {
    /// A single-output network (threshold instead of argmax).
    pub single_output: bool,
    /// 1/2 in the act format, raw (the threshold).
    pub half: i32,
    /// Correct samples that reach the target (`chip::Schedule::need`).
    pub need: u32,
    /// The slot a label enters: J - 1 (`chip::Schedule::judge_delay`).
    pub enter: usize,
}

/// Inputs sampled at the edge.
#[derive(Clone, Copy, Debug, Default)]
pub struct Inputs<'a> {
    /// Synchronous reset.
    pub reset: bool,
    /// Fold outputs `y_index`, `y_index` + 1, ... = `ys` (an output row's values during an
    /// evaluation), in index order.
    pub strobe: bool,
    /// The outputs: PE side by side (`[chip] pe`), one at PE = 1.
    pub ys: &'a [Act],
    /// The first one's index.
    pub y_index: u8,
    /// An evaluated sample's last parameter row: `label` enters the judge line.
    pub queue: bool,
    /// The sample's label.
    pub label: u8,
    /// The evaluation ends: `correct` <- `tally`, `tally` <- 0.
    pub latch: bool,
}

/// The prediction of the folded outputs is `label` (the `hit` signal).
#[inline]
pub fn hit(q: &State, c: &Consts, label: u8) -> bool {
    match c.single_output {
        true => u8::from(q.best >= c.half) == label & 1,
        false => q.best_index == label,
    }
}

/// The judge line's head: a sample is judged at this edge, and its label.
#[inline]
pub fn head(q: &State) -> (bool, u8) {
    (q.line[0] & WAITS != 0, q.line[0] as u8)
}

/// The count reached the target (the `met` signal).
#[inline]
pub fn met(q: &State, c: &Consts) -> bool {
    q.tally >= c.need
}

/// Fold output `k` = `y` into (`best`, `best_index`): the first output, or a larger one.
#[inline]
pub fn fold(q: &mut State, k: u8, y: Act) {
    if k == 0 || y.0 > q.best {
        q.best = y.0;
        q.best_index = k;
    }
}

/// One rising edge.
pub fn step(q: &State, c: &Consts, i: Inputs) -> State {
    let mut d = q.clone();
    if i.strobe {
        for (k, &y) in i.ys.iter().enumerate() {
            fold(&mut d, i.y_index + k as u8, y);
        }
    }
    let (judge, label) = head(q);
    if judge {
        d.tally = q.tally + u32::from(hit(q, c, label));
    }
    d.line.copy_within(1.., 0);
    d.line[JUDGE_SLOTS - 1] = 0;
    if i.queue {
        d.line[c.enter] = WAITS | u16::from(i.label);
    }
    if i.latch {
        d.correct = q.tally;
        d.tally = 0;
    }
    if i.reset {
        d = State::default();
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixed::Formats;
    use proptest::prelude::*;

    proptest! {
        /// Folding the outputs in order and scoring gives `network::predict`'s answer.
        #[test]
        fn the_fold_predicts_like_the_evaluation(
            ys in proptest::collection::vec(-8192i32..8192, 1..12),
            label in 0u8..12,
        ) {
            let f: Formats = crate::chip::formats::formats(&crate::fixtures::xor_config()).unwrap();
            let c = Consts { single_output: ys.len() == 1, half: f.one().0 / 2, need: 1, enter: 0 };
            let mut q = State::default();
            for (k, &y) in ys.iter().enumerate() {
                fold(&mut q, k as u8, Act(y));
            }
            let y: Vec<Act> = ys.iter().map(|&v| Act(v)).collect();
            let want = match c.single_output {
                true => crate::model::network::predict(&f, &y) == usize::from(label & 1),
                false => crate::model::network::predict(&f, &y) == usize::from(label),
            };
            prop_assert_eq!(hit(&q, &c, label), want);
        }
    }

    #[test]
    fn an_evaluation_counts_hits_and_latches_the_count() {
        // A label queued with the last output (enter = 0) is judged at the next edge.
        let c = Consts {
            single_output: false,
            half: 2048,
            need: 2,
            enter: 0,
        };
        let mut q = State::default();
        for (ys, label) in [([1, 5, 3], 1u8), ([9, 5, 9], 0), ([0, 0, 1], 1)] {
            for (k, y) in ys.into_iter().enumerate() {
                let i = Inputs {
                    strobe: true,
                    ys: &[Act(y)],
                    y_index: k as u8,
                    queue: k == 2,
                    label,
                    ..Default::default()
                };
                q = step(&q, &c, i);
            }
            q = step(&q, &c, Inputs::default());
            assert_eq!(q.line, [0; JUDGE_SLOTS], "judged and gone");
        }
        assert_eq!(q.tally, 2);
        assert!(met(&q, &c));
        q = step(
            &q,
            &c,
            Inputs {
                latch: true,
                ..Default::default()
            },
        );
        assert_eq!((q.tally, q.correct), (0, 2));
    }
}
