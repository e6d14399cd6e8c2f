//! The timing report of one configuration: the cycle budget, the steps, samples and clock
//! cycles a cycle-accurate run took to reach the target accuracy, the on-chip time at a
//! clock, and the same step count on paper A's hypothetical per-step latencies.
//!
//! Everything here is deterministic (counted, not timed), so the text is snapshot-tested;
//! wall-clock measurements (CPU backprop) are reported apart by the CLI.

use super::{human_duration, PAPER_STEP_TIMES};
use serde::Serialize;

/// Where the cycles of a step go (from the chip's documented budget, checked against the
/// simulation's own count by the RTL tests).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Budget {
    /// Reset and the Init sweep that writes theta0 and clears G.
    pub reset: u64,
    /// Loading one sample's inputs.
    pub load: u64,
    /// One inference (the serial MAC pass over all parameters).
    pub inference: u64,
    /// The correlate-and-accumulate sweep plus the step's last cycle.
    pub correlate: u64,
    /// Perturbed inferences and sweeps per step (1, or one per weight layer with
    /// `mgd.per_layer`).
    pub passes: u32,
    /// Mean cycles per step over one period of the time constants.
    pub mean_step: f64,
    /// Steps in that period (lcm of tau_x, tau_theta and the evaluation interval).
    pub period_steps: u64,
    /// One evaluation of the chip's own over its training set (0: it does not evaluate).
    pub eval: u64,
    /// Steps between those evaluations.
    pub eval_interval: u64,
}

/// A clock: where its frequency comes from, and the frequency.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Clock {
    /// `given` or the FPGA whose Fmax it is.
    pub source: String,
    /// Hz.
    pub hz: f64,
}

/// When (if ever) the run reached its target.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Reached {
    /// MGD steps.
    pub steps: u64,
    /// Samples presented (a new one every tau_x steps).
    pub samples: u64,
    /// Inferences.
    pub inferences: u64,
    /// Clock cycles from reset.
    pub cycles: u64,
    /// The chip's own evaluations of its training set from reset through the one that sees
    /// the target ([`Budget::eval`] cycles each; the first after Init).
    pub evaluations: u64,
}

/// When the chip itself said `done`: its own evaluation reached the target, or the step
/// budget ran out.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ChipDone {
    /// Steps taken.
    pub steps: u64,
    /// Clock cycles from reset to `done`, the last evaluation included.
    pub cycles: u64,
    /// `at_target`: done because the evaluation reached the target.
    pub at_target: bool,
    /// `correct` of that evaluation.
    pub correct: u32,
    /// Training samples it evaluated.
    pub samples: usize,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimingReport {
    /// The configuration's name.
    pub config: String,
    /// The data set's name.
    pub dataset: String,
    /// Trainable parameters.
    pub n_params: usize,
    /// The engine whose cycles were counted.
    pub engine: String,
    /// Cycle budget.
    pub budget: Budget,
    /// Target test accuracy.
    pub target_accuracy: f64,
    /// First evaluation at the target, if any.
    pub reached: Option<Reached>,
    /// Best test accuracy seen.
    pub best_accuracy: f64,
    /// Steps run.
    pub steps_spent: u64,
    /// Cycles run.
    pub cycles_spent: u64,
    /// The clock, if one was given or measured.
    pub clock: Option<Clock>,
    /// Why there is no clock for the named FPGA (the design does not fit it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clock_note: Option<String>,
    /// When the chip itself said `done` (None: it does not evaluate, and says done only at its
    /// step budget).
    pub chip_done: Option<ChipDone>,
}

impl TimingReport {
    /// Cycles until the target is seen: to the end of the step that reaches it, and the
    /// chip's own evaluation after that step ([`Budget::eval`], 0 when it does not evaluate).
    /// A CPU run's wall time likewise includes the evaluation that sees its target.
    pub fn cycles_to_see_target(&self) -> Option<u64> {
        Some(self.reached?.cycles + self.budget.eval)
    }

    /// Seconds on chip until the target is seen ([`Self::cycles_to_see_target`]) at the clock
    /// (None without a clock or a target reached).
    pub fn on_chip_seconds(&self) -> Option<f64> {
        Some(self.cycles_to_see_target()? as f64 / self.clock.as_ref()?.hz)
    }

    /// Seconds on chip until it said `done` itself (None without a clock or an evaluation).
    pub fn chip_done_seconds(&self) -> Option<f64> {
        Some(self.chip_done?.cycles as f64 / self.clock.as_ref()?.hz)
    }

    /// The line on the chip's own `done`.
    fn chip_done_line(&self) -> String {
        match &self.chip_done {
            None => {
                "the chip does not evaluate ([chip] evaluate = false): done only at its step budget"
                    .into()
            }
            Some(d) => {
                let why = match d.at_target {
                    true => "at target".to_string(),
                    false => "step budget spent".to_string(),
                };
                let time = match (&self.clock, self.chip_done_seconds()) {
                    (Some(_), Some(s)) => format!(", {} on chip", human_duration(s)),
                    _ => String::new(),
                };
                format!(
                    "the chip says done at step {} after {} cycles{time}: {why}, its evaluation {}/{} correct on the training set",
                    d.steps, d.cycles, d.correct, d.samples
                )
            }
        }
    }
}

impl std::fmt::Display for TimingReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let b = &self.budget;
        writeln!(
            f,
            "config: {} on `{}`, {} parameters, engine {}",
            self.config, self.dataset, self.n_params, self.engine
        )?;
        writeln!(f, "cycle budget:")?;
        writeln!(f, "  reset + init sweep      {:>10}", b.reset)?;
        writeln!(f, "  load a sample           {:>10}", b.load)?;
        writeln!(f, "  one inference           {:>10}", b.inference)?;
        writeln!(f, "  correlate + accumulate  {:>10}", b.correlate)?;
        if b.passes > 1 {
            writeln!(
                f,
                "  passes per step         {:>10}  (per layer: a perturbed inference and a sweep each)",
                b.passes
            )?;
        }
        writeln!(
            f,
            "  mean per step           {:>10.2}  (over {} steps)",
            b.mean_step, b.period_steps
        )?;
        if b.eval > 0 {
            writeln!(
                f,
                "  own evaluation          {:>10}  (every {} steps)",
                b.eval, b.eval_interval
            )?;
        }
        let target = 100.0 * self.target_accuracy;
        match &self.reached {
            None => {
                writeln!(
                    f,
                    "target {target:.1}%: NOT reached in {} steps ({} cycles); best test accuracy {:.2}%",
                    self.steps_spent,
                    self.cycles_spent,
                    100.0 * self.best_accuracy
                )?;
                match (&self.clock, &self.clock_note) {
                    (Some(c), _) => writeln!(f, "clock {:.3} MHz ({})", c.hz / 1e6, c.source)?,
                    (None, Some(note)) => writeln!(f, "on chip: {note}")?,
                    _ => {}
                }
                writeln!(f, "{}", self.chip_done_line())?;
                write!(f, "no training time: the run never reached the target")
            }
            Some(r) => {
                writeln!(
                    f,
                    "target {target:.1}% reached at step {} ({} samples, {} inferences, {} cycles)",
                    r.steps, r.samples, r.inferences, r.cycles
                )?;
                match (&self.clock, self.on_chip_seconds()) {
                    (Some(c), Some(s)) => writeln!(
                        f,
                        "on chip at {:.3} MHz ({}): {}{}",
                        c.hz / 1e6,
                        c.source,
                        human_duration(s),
                        match self.budget.eval {
                            0 => String::new(),
                            e => format!(
                                " with its evaluation that sees the target ({} cycles)",
                                r.cycles + e
                            ),
                        }
                    )?,
                    _ => match &self.clock_note {
                        Some(note) => writeln!(f, "on chip: {note}")?,
                        None => writeln!(f, "on chip: no clock given (--clock-mhz or --target)")?,
                    },
                }
                writeln!(f, "{}", self.chip_done_line())?;
                write!(
                    f,
                    "the same {} steps on paper A's hypothetical hardware:",
                    r.steps
                )?;
                for (label, dt) in PAPER_STEP_TIMES {
                    write!(
                        f,
                        "\n  {label:<30} {:>10}",
                        human_duration(r.steps as f64 * dt)
                    )?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(reached: Option<Reached>, clock: Option<Clock>) -> TimingReport {
        TimingReport {
            config: "t.toml".into(),
            dataset: "xor".into(),
            n_params: 9,
            engine: "rtl".into(),
            budget: Budget {
                reset: 10,
                load: 2,
                inference: 11,
                correlate: 10,
                passes: 1,
                mean_step: 34.0,
                period_steps: 1,
                eval: 0,
                eval_interval: 100,
            },
            target_accuracy: 1.0,
            reached,
            best_accuracy: 0.75,
            steps_spent: 1000,
            cycles_spent: 34_010,
            clock,
            clock_note: None,
            chip_done: None,
        }
    }

    #[test]
    fn on_chip_time_is_cycles_over_clock() {
        let r = Reached {
            steps: 100,
            samples: 100,
            inferences: 200,
            cycles: 3_410,
            evaluations: 2,
        };
        let t = report(
            Some(r),
            Some(Clock {
                source: "given".into(),
                hz: 1e6,
            }),
        );
        assert_eq!(t.on_chip_seconds(), Some(3.41e-3));
        assert!(
            t.to_string()
                .contains("on chip at 1.000 MHz (given): 3.41 ms\n"),
            "{t}"
        );
        // With the chip's own evaluation, the one that sees the target counts too.
        let mut e = t.clone();
        e.budget.eval = 590;
        assert_eq!(e.cycles_to_see_target(), Some(4_000));
        assert_eq!(e.on_chip_seconds(), Some(4e-3));
        assert!(
            e.to_string().contains(
                "on chip at 1.000 MHz (given): 4.00 ms with its evaluation that sees the target (4000 cycles)"
            ),
            "{e}"
        );
        assert_eq!(report(Some(r), None).on_chip_seconds(), None);
    }

    #[test]
    fn a_run_that_never_reaches_the_target_gives_no_time() {
        let t = report(
            None,
            Some(Clock {
                source: "given".into(),
                hz: 1e6,
            }),
        );
        assert_eq!(t.on_chip_seconds(), None);
        let s = t.to_string();
        assert!(
            s.contains("NOT reached in 1000 steps") && s.contains("best test accuracy 75.00%"),
            "{s}"
        );
        assert!(!s.contains("on chip at"), "{s}");
    }
}
