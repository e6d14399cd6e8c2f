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
pub struct Inputs {
    /// Synchronous reset.
    pub reset: bool,
    /// C = 0 (start of an inference).
    pub clear: bool,
    /// Fold (y - target)^2 into C.
    pub strobe: bool,
    /// Output activation.
    pub y: Act,
    /// Its target.
    pub target: Act,
    /// C0 <- C.
    pub latch_base: bool,
}

/// One rising edge.
pub fn step(q: &State, f: &Formats, i: Inputs) -> State {
    let mut d = q.clone();
    if i.strobe {
        d.sum = f.cost_add(Cost(q.sum), f.cost_term(i.y, i.target)).0;
    }
    if i.clear {
        d.sum = 0;
    }
    if i.latch_base {
        d.base = q.sum;
    }
    if i.reset {
        d = State::default();
    }
    d
}
