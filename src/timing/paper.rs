//! Paper A's headline comparison (spec/MGD.md section 8), recomputed from its step count: MGD
//! hardware time at each hypothetical per-step latency, against backprop on a GPU, and the
//! per-step latency at which the two break even. This checks the timing model's arithmetic.

use super::{human_duration, PAPER_STEP_TIMES};
use serde::Serialize;

/// Steps paper A's CIFAR-10 run needs (about 2 x 10^7).
pub const CIFAR10_STEPS: f64 = 2e7;
/// Backprop wall time on a GPU for the same task (secondary source, paper A), seconds.
pub const CIFAR10_GPU_BACKPROP_S: f64 = 480.0;

/// One row: a per-step latency and the training time it gives.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    /// What the latency stands for.
    pub label: String,
    /// Seconds per MGD step.
    pub step_seconds: f64,
    /// Steps x seconds per step.
    pub train_seconds: f64,
    /// Backprop time / MGD time (> 1: MGD hardware is faster).
    pub speedup_vs_backprop: f64,
}

/// The whole comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PaperTable {
    /// Steps to train.
    pub steps: f64,
    /// Backprop wall time, seconds.
    pub backprop_seconds: f64,
    /// One row per hypothetical latency.
    pub rows: Vec<Row>,
    /// Per-step latency at which MGD hardware and backprop take equally long.
    pub break_even_step_seconds: f64,
}

impl PaperTable {
    /// The table for `steps` MGD steps against `backprop_seconds` of backprop.
    pub fn new(steps: f64, backprop_seconds: f64) -> PaperTable {
        let rows = PAPER_STEP_TIMES
            .iter()
            .map(|&(label, dt)| Row {
                label: label.to_string(),
                step_seconds: dt,
                train_seconds: steps * dt,
                speedup_vs_backprop: backprop_seconds / (steps * dt),
            })
            .collect();
        PaperTable {
            steps,
            backprop_seconds,
            rows,
            break_even_step_seconds: backprop_seconds / steps,
        }
    }

    /// Paper A's CIFAR-10 numbers.
    pub fn cifar10() -> PaperTable {
        PaperTable::new(CIFAR10_STEPS, CIFAR10_GPU_BACKPROP_S)
    }
}

impl std::fmt::Display for PaperTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "MGD steps to train: {:.3e}", self.steps)?;
        writeln!(
            f,
            "backprop (GPU): {}",
            human_duration(self.backprop_seconds)
        )?;
        writeln!(
            f,
            "{:<30} {:>12} {:>12} {:>14}",
            "hardware", "per step", "to train", "vs backprop"
        )?;
        for r in &self.rows {
            writeln!(
                f,
                "{:<30} {:>12} {:>12} {:>13.3}x",
                r.label,
                human_duration(r.step_seconds),
                human_duration(r.train_seconds),
                r.speedup_vs_backprop
            )?;
        }
        write!(
            f,
            "break-even per-step latency: {}",
            human_duration(self.break_even_step_seconds)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cifar10_table_matches_paper_a() {
        let t = PaperTable::cifar10();
        let hours = t.rows[0].train_seconds / 3600.0;
        assert!(
            (hours - 5.6).abs() < 0.05,
            "1 ms/step: {hours} h, paper says 5.6 h"
        );
        assert!(
            (t.rows[2].train_seconds - 0.2).abs() < 1e-12,
            "10 ns/step: paper says 0.2 s"
        );
        assert!(
            (t.rows[3].train_seconds - 4e-3).abs() < 1e-12,
            "200 ps/step: paper says 4 ms"
        );
        assert!(
            (t.break_even_step_seconds - 24e-6).abs() < 1e-12,
            "paper says about 24 us"
        );
        insta::assert_snapshot!("timing_paper_cifar10", t.to_string());
    }
}
