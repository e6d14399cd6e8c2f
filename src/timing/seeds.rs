//! The chip against CPU backprop over several seeds (`mgdsim timing --seeds N`). One seed's
//! comparison can turn on where the evaluations fall (both sides see the target only every
//! `run.eval_interval` steps), so the comparison is made per seed and summed up.

use super::human_duration;
use super::report::{Clock, TimingReport};
use crate::stats::median;
use serde::Serialize;

/// A CPU run to the target (`cli::timing::backprop_run`): the fastest of several identical
/// runs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CpuRun {
    /// Steps to the target (None: not reached).
    pub steps: Option<u64>,
    /// Wall time to the target, or to the step budget.
    pub seconds: f64,
    /// Its evaluations, the one at the start included.
    pub evaluations: u64,
    /// Their wall time.
    pub eval_seconds: f64,
}

/// One seed: the chip's time to the target and CPU backprop's, measured in the same run.
#[derive(Clone, Debug, Serialize)]
pub struct SeedRow {
    /// `run.seed`.
    pub seed: u64,
    /// Steps to the target (None: not reached).
    pub steps: Option<u64>,
    /// Cycles until the chip's evaluation that sees the target.
    pub cycles_to_see_target: Option<u64>,
    /// Those cycles at the clock (None without a clock or a target reached).
    pub on_chip_seconds: Option<f64>,
    /// CPU backprop's steps to the target (None: not reached, or not measured).
    pub backprop_steps: Option<u64>,
    /// CPU backprop's wall time (None: not measured).
    pub backprop_seconds: Option<f64>,
    /// The chip's own evaluations to the one that sees the target (None: not reached).
    pub evaluations: Option<u64>,
    /// Their cycles, of `cycles_to_see_target` (None: not reached).
    pub eval_cycles: Option<u64>,
    /// Of `backprop_seconds`, backprop's evaluations (None: not measured).
    pub backprop_eval_seconds: Option<f64>,
    /// backprop's evaluations, the one at the start included (None: not measured).
    pub backprop_evaluations: Option<u64>,
}

impl SeedRow {
    /// The row of a timing report and a CPU measurement.
    pub fn new(seed: u64, report: &TimingReport, backprop: Option<CpuRun>) -> SeedRow {
        SeedRow {
            seed,
            steps: report.reached.map(|r| r.steps),
            cycles_to_see_target: report.cycles_to_see_target(),
            on_chip_seconds: report.on_chip_seconds(),
            backprop_steps: backprop.and_then(|b| b.steps),
            backprop_seconds: backprop.map(|b| b.seconds),
            evaluations: report.reached.map(|r| r.evaluations),
            eval_cycles: report.reached.map(|r| r.evaluations * report.budget.eval),
            backprop_eval_seconds: backprop.map(|b| b.eval_seconds),
            backprop_evaluations: backprop.map(|b| b.evaluations),
        }
    }

    /// On-chip time over CPU backprop's, when both reached the target.
    pub fn ratio(&self) -> Option<f64> {
        self.backprop_steps?;
        Some(self.on_chip_seconds? / self.backprop_seconds?)
    }

    /// The clock at which the chip's cycles take CPU backprop's time, when both reached the
    /// target ([`super::break_even_hz`]; no clock needed).
    pub fn break_even_hz(&self) -> Option<f64> {
        self.backprop_steps?;
        Some(super::break_even_hz(
            self.cycles_to_see_target?,
            self.backprop_seconds?,
        ))
    }
}

/// Seeds 1..=N of one config.
#[derive(Clone, Debug, Serialize)]
pub struct SeedTable {
    /// The configuration.
    pub config: String,
    /// The chip's clock, the same for every seed.
    pub clock: Option<Clock>,
    /// Steps between evaluations: every step count is a multiple of it.
    pub eval_interval: u64,
    /// One row per seed.
    pub rows: Vec<SeedRow>,
    /// Seeds where both the chip and CPU backprop reached the target.
    pub compared: usize,
    /// Of those, the seeds where the chip was faster.
    pub chip_faster: usize,
    /// Median on-chip time over the compared seeds.
    pub chip_median_seconds: Option<f64>,
    /// Median CPU backprop time over the compared seeds.
    pub backprop_median_seconds: Option<f64>,
    /// Compared seeds where backprop saw the target at its first evaluation (its time is an
    /// upper bound: a finer evaluation may show it sooner).
    pub backprop_at_first_evaluation: usize,
    /// The CPU backprop ran on (`cli::timing::host_cpu`; None when not measured).
    pub cpu: Option<String>,
    /// Seeds where both reached the target, by cycles (no clock needed).
    pub break_even_seeds: usize,
    /// The least clock at which the chip is faster on at least half of those seeds: the
    /// ceil(n / 2)-th smallest of their [`SeedRow::break_even_hz`].
    pub break_even_half_hz: Option<f64>,
    /// The least clock at which the chip is faster on all of them: the largest.
    pub break_even_all_hz: Option<f64>,
    /// Where the time goes: the median share of the chip's cycles to the target spent in its
    /// own evaluations, over the seeds it reached the target on.
    pub chip_eval_share: Option<f64>,
    /// The median share of CPU backprop's time spent in its evaluations, over the seeds it
    /// reached the target on.
    pub backprop_eval_share: Option<f64>,
    /// The median wall time of one of backprop's evaluations, over the same seeds.
    pub backprop_eval_median_seconds: Option<f64>,
}

impl SeedTable {
    /// The table of `rows`, with its summary.
    pub fn new(
        config: String,
        clock: Option<Clock>,
        eval_interval: u64,
        rows: Vec<SeedRow>,
    ) -> SeedTable {
        let both: Vec<&SeedRow> = rows.iter().filter(|r| r.ratio().is_some()).collect();
        let mut even: Vec<f64> = rows.iter().filter_map(SeedRow::break_even_hz).collect();
        even.sort_by(f64::total_cmp);
        // A chip without its own evaluation has no share to show.
        let chip_share = |r: &SeedRow| {
            let e = r.eval_cycles.filter(|&e| e > 0)?;
            Some(e as f64 / r.cycles_to_see_target? as f64)
        };
        // Backprop's (evaluation seconds, seconds, evaluations) on the seeds it reached.
        let cpu: Vec<(f64, f64, u64)> = rows
            .iter()
            .filter_map(|r| {
                r.backprop_steps?;
                Some((
                    r.backprop_eval_seconds?,
                    r.backprop_seconds?,
                    r.backprop_evaluations?,
                ))
            })
            .collect();
        SeedTable {
            chip_eval_share: median(&mut rows.iter().filter_map(chip_share).collect::<Vec<_>>()),
            backprop_eval_share: median(
                &mut cpu.iter().map(|&(e, t, _)| e / t).collect::<Vec<_>>(),
            ),
            backprop_eval_median_seconds: median(
                &mut cpu
                    .iter()
                    .map(|&(e, _, n)| e / n as f64)
                    .collect::<Vec<_>>(),
            ),
            break_even_seeds: even.len(),
            break_even_half_hz: even.len().checked_sub(1).map(|n| even[n / 2]),
            break_even_all_hz: even.last().copied(),
            compared: both.len(),
            chip_faster: both.iter().filter(|r| r.ratio() < Some(1.0)).count(),
            chip_median_seconds: median(
                &mut both
                    .iter()
                    .filter_map(|r| r.on_chip_seconds)
                    .collect::<Vec<_>>(),
            ),
            backprop_median_seconds: median(
                &mut both
                    .iter()
                    .filter_map(|r| r.backprop_seconds)
                    .collect::<Vec<_>>(),
            ),
            backprop_at_first_evaluation: both
                .iter()
                .filter(|r| {
                    r.backprop_steps
                        .is_some_and(|s| super::at_first_evaluation(s, eval_interval))
                })
                .count(),
            config,
            clock,
            eval_interval,
            rows,
            cpu: None,
        }
    }
}

impl std::fmt::Display for SeedTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let clock = match &self.clock {
            Some(c) => format!("{:.2} MHz ({})", c.hz / 1e6, c.source),
            None => "no clock (--clock-mhz or --target gives times)".into(),
        };
        writeln!(
            f,
            "{} over seeds 1..={}, evaluated every {} steps; clock {clock}",
            self.config,
            self.rows.len(),
            self.eval_interval
        )?;
        writeln!(
            f,
            "{:>6} {:>8} {:>10} {:>10} {:>15} {:>10} {:>16}",
            "seed", "steps", "cycles", "on chip", "backprop steps", "backprop", "chip / backprop"
        )?;
        let opt = |v: Option<String>| v.unwrap_or_else(|| "-".into());
        for r in &self.rows {
            let backprop_steps = match (r.backprop_seconds, r.backprop_steps) {
                (None, _) => "-".to_string(),
                (Some(_), None) => "not reached".into(),
                (Some(_), Some(s)) => s.to_string(),
            };
            writeln!(
                f,
                "{:>6} {:>8} {:>10} {:>10} {:>15} {:>10} {:>16}",
                r.seed,
                r.steps
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| "not reached".into()),
                opt(r.cycles_to_see_target.map(|c| c.to_string())),
                opt(r.on_chip_seconds.map(human_duration)),
                backprop_steps,
                opt(r.backprop_seconds.map(human_duration)),
                opt(r
                    .ratio()
                    .map(|x| format!("{x:.2} ({})", if x < 1.0 { "faster" } else { "slower" }))),
            )?;
        }
        if let (Some(c), Some(b)) = (self.chip_median_seconds, self.backprop_median_seconds) {
            writeln!(
                f,
                "the chip is faster on {} of the {} seeds where both reach the target; medians {} on chip, {} of CPU backprop",
                self.chip_faster,
                self.compared,
                human_duration(c),
                human_duration(b)
            )?;
        }
        if let (Some(half), Some(all)) = (self.break_even_half_hz, self.break_even_all_hz) {
            writeln!(
                f,
                "break-even clock (cycles to the target / backprop's time): the chip is faster on half of the {} seeds where both reach it from {:.2} MHz, on all of them from {:.2} MHz",
                self.break_even_seeds,
                half / 1e6,
                all / 1e6
            )?;
        }
        if let Some(chip) = self.chip_eval_share {
            let chip_each = self
                .rows
                .iter()
                .find_map(|r| Some(r.eval_cycles? / r.evaluations?.max(1)));
            write!(
                f,
                "where the time goes (medians): the chip's evaluations take {:.0}% of its cycles to the target ({} cycles each)",
                100.0 * chip,
                chip_each.unwrap_or(0)
            )?;
            if let (Some(share), Some(each)) =
                (self.backprop_eval_share, self.backprop_eval_median_seconds)
            {
                write!(
                    f,
                    ", backprop's {:.0}% of its time ({} each)",
                    100.0 * share,
                    human_duration(each)
                )?;
            }
            writeln!(f)?;
        }
        if let Some(cpu) = &self.cpu {
            writeln!(f, "CPU backprop measured on: {cpu}")?;
        }
        if self.backprop_at_first_evaluation > 0 {
            writeln!(
                f,
                "note: on {} of them backprop saw the target at its first evaluation; its times are upper bounds and the break-even clocks lower bounds: compare again with a smaller run.eval_interval",
                self.backprop_at_first_evaluation
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(seed: u64, chip: Option<f64>, backprop: Option<(Option<u64>, f64)>) -> SeedRow {
        SeedRow {
            seed,
            steps: chip.map(|_| 400),
            cycles_to_see_target: chip.map(|_| 1000),
            on_chip_seconds: chip,
            backprop_steps: backprop.and_then(|b| b.0),
            backprop_seconds: backprop.map(|b| b.1),
            evaluations: None,
            eval_cycles: None,
            backprop_eval_seconds: None,
            backprop_evaluations: None,
        }
    }

    /// The break-even clocks need no chip clock: half of four seeds is the 2nd smallest, all
    /// is the largest, and a seed either side missed is left out.
    #[test]
    fn break_even_clocks_order_the_seeds() {
        let row = |seed, cycles: Option<u64>, bp: Option<u64>| SeedRow {
            seed,
            steps: cycles.map(|_| 50),
            cycles_to_see_target: cycles,
            on_chip_seconds: None,
            backprop_steps: bp,
            // 2^-10 s: every clock below is exact.
            backprop_seconds: Some(1.0 / 1024.0),
            evaluations: None,
            eval_cycles: None,
            backprop_eval_seconds: None,
            backprop_evaluations: None,
        };
        let t = SeedTable::new(
            "c".into(),
            None,
            50,
            vec![
                row(1, Some(9_000), Some(100)),
                row(2, Some(6_000), Some(50)),
                row(3, Some(4_000), Some(50)),
                row(4, Some(7_000), Some(100)),
                row(5, None, Some(50)),
                row(6, Some(1_000), None),
            ],
        );
        assert_eq!(t.compared, 0, "no clock, no times");
        assert_eq!(t.break_even_seeds, 4);
        // 4.096, 6.144, 7.168 and 9.216 MHz.
        assert_eq!(t.break_even_half_hz, Some(6_144_000.0));
        assert_eq!(t.break_even_all_hz, Some(9_216_000.0));
        let text = t.to_string();
        assert!(
            text.contains("faster on half of the 4 seeds where both reach it from 6.14 MHz, on all of them from 9.22 MHz"),
            "{text}"
        );
        // At a clock between the two the chip is faster on 2 of the 4.
        let t = SeedTable::new(
            "c".into(),
            Some(Clock {
                source: "given".into(),
                hz: 6.5e6,
            }),
            50,
            t.rows
                .iter()
                .map(|r| SeedRow {
                    on_chip_seconds: r.cycles_to_see_target.map(|c| c as f64 / 6.5e6),
                    ..r.clone()
                })
                .collect(),
        );
        assert_eq!((t.compared, t.chip_faster), (4, 2));
    }

    /// The summary counts only seeds where both reach, and flags backprop's first evaluation.
    #[test]
    fn summary_compares_only_seeds_where_both_reach() {
        let t = SeedTable::new(
            "c".into(),
            None,
            400,
            vec![
                row(1, Some(1.0), Some((Some(400), 2.0))),
                row(2, Some(3.0), Some((Some(800), 2.0))),
                row(3, Some(5.0), Some((None, 9.0))),
                row(4, None, Some((Some(400), 1.0))),
                row(5, Some(2.0), Some((Some(400), 4.0))),
            ],
        );
        assert_eq!((t.compared, t.chip_faster), (3, 2));
        assert_eq!(t.chip_median_seconds, Some(2.0));
        assert_eq!(t.backprop_median_seconds, Some(2.0));
        assert_eq!(t.backprop_at_first_evaluation, 2);
        let text = t.to_string();
        assert!(text.contains("faster on 2 of the 3 seeds"), "{text}");
        assert!(text.contains("not reached"), "{text}");
        assert!(!text.contains("measured on"), "{text}");
        // Break-even: 1000 cycles over backprop's 2.0 s (seeds 1, 2) and 4.0 s (seed 5): 500,
        // 500 and 250 Hz; half of the 3 seeds from the 2nd smallest.
        assert_eq!(t.break_even_seeds, 3);
        assert_eq!(t.break_even_half_hz, Some(500.0));
        assert_eq!(t.break_even_all_hz, Some(500.0));

        // The peer's machine is named once it is known.
        let t = SeedTable {
            cpu: Some("Some CPU, 2 threads".into()),
            ..t
        };
        assert!(
            t.to_string()
                .contains("CPU backprop measured on: Some CPU, 2 threads"),
            "{t}"
        );
    }

    /// Where the time goes: the medians of the evaluations' shares on each side, over the
    /// seeds each reached the target on, and nothing for a chip that does not evaluate.
    #[test]
    fn the_evaluations_share_of_each_side_is_shown() {
        let row = |seed, steps: Option<u64>, bp: Option<u64>, bp_eval: f64| SeedRow {
            seed,
            steps,
            // 25 cycles a step and 800 an evaluation, one at the start.
            cycles_to_see_target: steps.map(|s| 25 * s + 800 * (s / 10 + 1)),
            on_chip_seconds: None,
            backprop_steps: bp,
            backprop_seconds: Some(1e-4),
            evaluations: steps.map(|s| s / 10 + 1),
            eval_cycles: steps.map(|s| 800 * (s / 10 + 1)),
            backprop_eval_seconds: Some(bp_eval),
            backprop_evaluations: Some(4),
        };
        let rows = vec![
            // 2 evaluations: 1600 of 1850 cycles.
            row(1, Some(10), Some(30), 8e-5),
            // 4: 3200 of 3950.
            row(2, Some(30), Some(30), 6e-5),
            // 10: 8000 of 10250.
            row(3, Some(90), None, 1e-5),
            row(4, None, Some(30), 2e-5),
        ];
        let t = SeedTable::new("c".into(), None, 10, rows.clone());
        let share = 3200.0 / 3950.0;
        assert_eq!(t.chip_eval_share, Some(share));
        // Backprop's seeds 1, 2 and 4 (seed 3 did not reach): 0.8, 0.6, 0.2; each 20 us,
        // 15 us and 5 us.
        assert_eq!(t.backprop_eval_share, Some(0.6));
        assert_eq!(t.backprop_eval_median_seconds, Some(1.5e-5));
        let text = t.to_string();
        assert!(
            text.contains("the chip's evaluations take 81% of its cycles to the target (800 cycles each), backprop's 60% of its time (15.0 us each)"),
            "{text}"
        );
        // A chip that does not evaluate: no line.
        let quiet: Vec<SeedRow> = rows
            .into_iter()
            .map(|r| SeedRow {
                eval_cycles: r.eval_cycles.map(|_| 0),
                ..r
            })
            .collect();
        let t = SeedTable::new("c".into(), None, 10, quiet);
        assert_eq!(t.chip_eval_share, None);
        assert!(!t.to_string().contains("where the time goes"), "{t}");
    }
}
