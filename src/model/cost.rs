//! Fast twin of `blocks::cost`: registers `sum` (C) and `base` (C0); C~ = sum - base.
//! Rules: `fixed::Formats::{cost_term, cost_add}`. Larger test: `tests/lockstep.rs`.

use crate::fixed::{Act, Cost, Formats};

/// The cost block's registers, format `Cost`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct State {
    /// C of the running inference.
    pub sum: i64,
    /// C0, latched after a baseline inference.
    pub base: i64,
    /// With the pipeline: C~ = C - C0 as of the last edge (the correlator's input); 0
    /// without it.
    #[serde(default)]
    pub delta: i64,
    /// With the pipeline (stage 7): |y - t| of the strobed output and the strobe, squared a
    /// cycle later; 0 but after a strobe.
    #[serde(default)]
    pub pipe_mag: i32,
    /// See `pipe_mag`.
    #[serde(default)]
    pub pipe_strobe: bool,
    /// With neurons side by side (`[chip] pe`), `pipe_mag` of outputs 1..PE of the strobe
    /// (`pipe_mag` is output 0's); empty at PE = 1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pipe_mags: Vec<i32>,
    /// With the pipeline (stage 8): (y - t)^2 of the registered output (of the PE outputs',
    /// `fixed::Formats::row_term`), folded a cycle later; 0 but after a strobe.
    #[serde(default)]
    pub pipe_term: i64,
    /// See `pipe_term`.
    #[serde(default)]
    pub pipe_fold: bool,
}

impl State {
    /// C~ = C - C0 (both in [0, 2^31): no wrap).
    #[inline]
    pub fn cost_delta(&self) -> Cost {
        Cost(self.sum - self.base)
    }
}

/// Inputs sampled at the edge.
#[derive(Clone, Copy, Debug, Default)]
pub struct Inputs<'a> {
    /// Synchronous reset.
    pub reset: bool,
    /// C = 0 (start of an inference).
    pub clear: bool,
    /// Fold (y - target)^2 into C, for each output of the row.
    pub strobe: bool,
    /// The row's output activations (PE of them, side by side), each with whether its
    /// target is 1.0 (else 0).
    pub outs: &'a [(Act, bool)],
    /// C0 <- C.
    pub latch_base: bool,
    /// The chip is pipelined (`delta` registers C~).
    pub piped: bool,
    /// `delta` keeps its C~ (a deferred Corr sweep's, `sequencer.defer`).
    pub hold: bool,
    /// `delta` <- C - C0 even while held: a handed-over inference drained (`[chip]
    /// handover`, `sequencer.pdrain`).
    pub latch_pert: bool,
}

/// One rising edge.
pub fn step(q: &State, f: &Formats, i: Inputs) -> State {
    let mut d = q.clone();
    d.delta = match (i.hold, i.piped) {
        (true, _) => q.delta,
        (false, true) => q.sum - q.base,
        (false, false) => 0,
    };
    if i.latch_pert {
        d.delta = q.sum - q.base;
    }
    let take = i.piped && i.strobe;
    let mags: Vec<i32> = i
        .outs
        .iter()
        .map(|&(y, hot)| if take { f.cost_mag(y, hot) } else { 0 })
        .collect();
    d.pipe_mag = mags.first().copied().unwrap_or(0);
    d.pipe_mags = mags.get(1..).unwrap_or_default().to_vec();
    d.pipe_strobe = take;
    // The row's terms (all >= 0) add up exactly and saturate once (`Formats::row_term`):
    // the same C as folding them one by one.
    d.pipe_term = match q.pipe_strobe {
        true => f.row_term(
            std::iter::once(q.pipe_mag)
                .chain(q.pipe_mags.iter().copied())
                .map(|m| f.cost_square(m)),
        ),
        false => 0,
    };
    d.pipe_fold = q.pipe_strobe;
    let (fold, term) = match i.piped {
        true => (q.pipe_fold, q.pipe_term),
        false => (
            i.strobe,
            f.row_term(i.outs.iter().map(|&(y, hot)| f.cost_term(y, hot))),
        ),
    };
    if fold {
        d.sum = f.cost_add(Cost(q.sum), term).0;
    }
    if i.clear {
        d.sum = 0;
    }
    if i.latch_base {
        d.base = q.sum;
    }
    if i.reset {
        d = State {
            sum: 0,
            base: 0,
            ..d
        };
    }
    d
}
