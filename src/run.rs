//! The training loop every engine shares: step, evaluate every `eval_interval` steps, stop at
//! the step budget, and record the curve and the first step that reached the target accuracy.

use crate::datasets::{Dataset, Sample};

/// What an engine must offer to be trained by [`train`].
pub trait Trainer {
    /// Advance one MGD (or backprop) time step.
    fn step(&mut self);

    /// Take steps until `n` have been taken in all, or until a step makes no progress (a
    /// halted chip). Engines that run several steps at once override it.
    fn step_to(&mut self, n: u64) {
        while self.steps() < n {
            let before = self.steps();
            self.step();
            if self.steps() == before {
                return;
            }
        }
    }

    /// Time steps taken so far.
    fn steps(&self) -> u64;
    /// Inferences (forward passes) taken so far, baseline ones included.
    fn inferences(&self) -> u64;
    /// Mean cost and accuracy of the current parameters on `samples`, without perturbation.
    fn evaluate(&self, samples: &[Sample]) -> Evaluation;
    /// Clock cycles simulated so far, for engines that model the chip's clock.
    fn cycles(&self) -> Option<u64> {
        None
    }
    /// What the chip says of itself (its `done`, `at_target`, `correct` ports), for the chip
    /// engines.
    fn chip_status(&self) -> Option<ChipStatus> {
        None
    }
    /// A chip engine at a step boundary before one of its own evaluations runs it to its end
    /// (no step is taken); other engines do nothing.
    fn finish_evaluation(&mut self) {}
    /// A chip engine at a step boundary whose last Corr sweep still has writes in flight
    /// (`chip::ChipPlan::sweep_overlaps`) runs on until they land, a few cycles into the next
    /// step (no step is taken), so that [`Trainer::evaluate`] sees the step's weights; other
    /// engines do nothing. The training loops call it before they evaluate.
    fn settle(&mut self) {}
}

/// A chip's own view of its training: its status ports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChipStatus {
    /// Halted (at the target or at the step budget).
    pub done: bool,
    /// Halted because its own evaluation reached the target.
    pub at_target: bool,
    /// Correct training samples in its last evaluation.
    pub correct: u32,
}

/// Cost and accuracy of a network on a set of samples.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Evaluation {
    /// Mean cost per sample: mean over outputs of (y - t)^2 (see `reference::net`).
    pub cost: f64,
    /// Fraction of samples classified correctly.
    pub accuracy: f64,
}

/// One point of a training curve.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CurvePoint {
    /// Time steps taken.
    pub step: u64,
    /// Inferences taken.
    pub inferences: u64,
    /// Clock cycles simulated, for the cycle-accurate engines.
    pub cycles: Option<u64>,
    /// On the training split.
    pub train: Evaluation,
    /// On the test split.
    pub test: Evaluation,
}

/// The outcome of a run.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RunResult {
    /// Evaluations, every `eval_interval` steps and at the end.
    pub curve: Vec<CurvePoint>,
    /// First evaluation whose test accuracy reached the target, if any.
    pub reached: Option<CurvePoint>,
    /// Last evaluation.
    pub last: CurvePoint,
    /// Best test accuracy seen.
    pub best_test_accuracy: f64,
}

/// How long to train and what to watch for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Schedule {
    /// Step budget.
    pub steps: u64,
    /// Evaluate every this many steps (>= 1).
    pub eval_interval: u64,
    /// Target test accuracy in `[0, 1]`.
    pub target_accuracy: f64,
    /// Stop at the first evaluation that reaches the target.
    pub stop_at_target: bool,
}

impl From<&crate::config::Run> for Schedule {
    fn from(r: &crate::config::Run) -> Schedule {
        Schedule {
            steps: r.steps,
            eval_interval: r.eval_interval,
            target_accuracy: r.target_accuracy,
            stop_at_target: r.stop_at_target,
        }
    }
}

/// Train `trainer` on `data` by `schedule`; `on_eval` sees every curve point as it is made
/// (the CLI drives its progress bar from it).
pub fn train<T: Trainer + ?Sized>(
    trainer: &mut T,
    data: &Dataset,
    schedule: &Schedule,
    mut on_eval: impl FnMut(&CurvePoint),
) -> RunResult {
    train_with(trainer, data, schedule, |p, _| on_eval(p))
}

/// [`train`], with the trainer handed to `on_eval` too (to checkpoint it, say).
pub fn train_with<T: Trainer + ?Sized>(
    trainer: &mut T,
    data: &Dataset,
    schedule: &Schedule,
    mut on_eval: impl FnMut(&CurvePoint, &T),
) -> RunResult {
    train_resumable(trainer, data, schedule, Vec::new(), |curve, t| {
        if let Some(p) = curve.last() {
            on_eval(p, t);
        }
        true
    })
}

/// The step at which [`train`] with `stop_at_target` first sees the target, taking only the
/// work that decides it: the steps and, every `eval_interval` steps (and at the start), the
/// test split's evaluation; no curve, no training-split evaluation. What a CPU run to the
/// target needs, so that its wall time is not inflated by bookkeeping (`mgdsim timing`).
pub fn steps_to_target<T: Trainer + ?Sized>(
    trainer: &mut T,
    data: &Dataset,
    schedule: &Schedule,
) -> Option<u64> {
    steps_to_target_timed(trainer, data, schedule).steps
}

/// What [`steps_to_target_timed`] saw.
#[derive(Clone, Copy, Debug)]
pub struct TargetRun {
    /// The step that saw the target (None: not within the step budget).
    pub steps: Option<u64>,
    /// Evaluations run, the one at the start included.
    pub evaluations: u64,
    /// Their wall time, each from `settle` to the accuracy.
    pub in_evaluations: std::time::Duration,
}

/// [`steps_to_target`], with its evaluations counted and timed, to show where a CPU run's
/// time goes (`mgdsim timing`).
pub fn steps_to_target_timed<T: Trainer + ?Sized>(
    trainer: &mut T,
    data: &Dataset,
    schedule: &Schedule,
) -> TargetRun {
    assert!(
        schedule.eval_interval >= 1,
        "eval_interval is validated >= 1"
    );
    let mut run = TargetRun {
        steps: None,
        evaluations: 0,
        in_evaluations: std::time::Duration::ZERO,
    };
    loop {
        let start = std::time::Instant::now();
        trainer.settle();
        let hit = trainer.evaluate(&data.test).accuracy >= schedule.target_accuracy;
        run.in_evaluations += start.elapsed();
        run.evaluations += 1;
        if hit {
            run.steps = Some(trainer.steps());
            return run;
        }
        if trainer.steps() >= schedule.steps {
            return run;
        }
        let chunk = schedule.eval_interval.min(schedule.steps - trainer.steps());
        let before = trainer.steps();
        trainer.step_to(before + chunk);
        if trainer.steps() == before {
            return run;
        }
    }
}

/// The training loop, continuing `history` (the curve of a checkpointed run, whose last point
/// is the trainer's current state; empty for a fresh run, which evaluates its start).
/// `on_eval` sees the whole curve after each evaluation and returns `false` to stop the run
/// there (a checkpoint that cannot be written, say). A resumed run returns the same
/// [`RunResult`] as the straight run: `reached` and `best_test_accuracy` come from the whole
/// curve.
pub fn train_resumable<T: Trainer + ?Sized>(
    trainer: &mut T,
    data: &Dataset,
    schedule: &Schedule,
    history: Vec<CurvePoint>,
    mut on_eval: impl FnMut(&[CurvePoint], &T) -> bool,
) -> RunResult {
    assert!(
        schedule.eval_interval >= 1,
        "eval_interval is validated >= 1"
    );
    // The step's counts, then its weights once they have landed (`Trainer::settle`).
    let eval = |t: &mut T| {
        let (step, inferences, cycles) = (t.steps(), t.inferences(), t.cycles());
        t.settle();
        CurvePoint {
            step,
            inferences,
            cycles,
            train: t.evaluate(&data.train),
            test: t.evaluate(&data.test),
        }
    };
    let reached_in = |curve: &[CurvePoint]| {
        curve
            .iter()
            .find(|p| p.test.accuracy >= schedule.target_accuracy)
            .copied()
    };
    let mut curve = history;
    let mut go_on = true;
    if curve.is_empty() {
        curve.push(eval(trainer));
        go_on = on_eval(&curve, trainer);
    }
    let mut reached = reached_in(&curve);
    while go_on
        && trainer.steps() < schedule.steps
        && !(schedule.stop_at_target && reached.is_some())
    {
        let chunk = schedule.eval_interval.min(schedule.steps - trainer.steps());
        let before = trainer.steps();
        trainer.step_to(before + chunk);
        if trainer.steps() == before {
            // A halted chip (its own step budget spent) makes no progress: stop, do not spin.
            break;
        }
        let p = eval(trainer);
        if reached.is_none() && p.test.accuracy >= schedule.target_accuracy {
            reached = Some(p);
        }
        curve.push(p);
        go_on = on_eval(&curve, trainer);
    }
    let last = *curve.last().expect("curve holds the initial point");
    let best_test_accuracy = curve.iter().map(|p| p.test.accuracy).fold(0.0, f64::max);
    RunResult {
        curve,
        reached,
        last,
        best_test_accuracy,
    }
}
