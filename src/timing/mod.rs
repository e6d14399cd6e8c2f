//! Timing model: on-chip training time = clock cycles counted by a simulation until the
//! target accuracy, times the clock period; and the same step counts mapped onto the
//! hypothetical per-step latencies of paper A (spec/MGD.md section 8).

pub mod paper;
pub mod report;
pub mod seeds;

/// A run that reached its target at `steps`, evaluated every `eval_interval` steps, saw it at
/// its first evaluation: it may have needed fewer steps than the evaluations let it show, so
/// a time to that evaluation is an upper bound.
pub fn at_first_evaluation(steps: u64, eval_interval: u64) -> bool {
    steps <= eval_interval
}

/// The break-even clock against a CPU run: the clock (Hz) at which `cycles` take exactly
/// `cpu_seconds`. Above it the chip is faster. It needs no Fmax, so it tells an FPGA engineer
/// what clock a design must close to beat the CPU, before any place and route. Where the CPU's
/// time is an upper bound ([`at_first_evaluation`]), so is this clock a lower bound.
pub fn break_even_hz(cycles: u64, cpu_seconds: f64) -> f64 {
    cycles as f64 / cpu_seconds
}

/// Hypothetical per-step latencies of paper A: chip in the loop, 1 us, 10 ns, 200 ps.
pub const PAPER_STEP_TIMES: [(&str, f64); 4] = [
    ("chip in the loop, 1 ms/step", 1e-3),
    ("1 us/step", 1e-6),
    ("10 ns/step", 1e-8),
    ("200 ps/step", 2e-10),
];

/// A duration in seconds, written with the unit a person would choose (`5.56 h`, `4.00 ms`).
pub fn human_duration(seconds: f64) -> String {
    let s = seconds;
    if !s.is_finite() {
        return "n/a".to_string();
    }
    let (v, unit) = if s >= 86_400.0 {
        (s / 86_400.0, "d")
    } else if s >= 3_600.0 {
        (s / 3_600.0, "h")
    } else if s >= 60.0 {
        (s / 60.0, "min")
    } else if s >= 1.0 {
        (s, "s")
    } else if s >= 1e-3 {
        (s * 1e3, "ms")
    } else if s >= 1e-6 {
        (s * 1e6, "us")
    } else if s >= 1e-9 {
        (s * 1e9, "ns")
    } else {
        (s * 1e12, "ps")
    };
    format!("{} {unit}", three_digits(v))
}

/// Three significant digits, no exponent (`5.56`, `20.0`, `480`).
fn three_digits(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_pick_a_readable_unit() {
        assert_eq!(human_duration(20_000.0), "5.56 h");
        assert_eq!(human_duration(0.2), "200 ms");
        assert_eq!(human_duration(0.004), "4.00 ms");
        assert_eq!(human_duration(2.4e-5), "24.0 us");
        assert_eq!(human_duration(480.0), "8.00 min");
        assert_eq!(human_duration(2e-10), "200 ps");
        assert_eq!(human_duration(f64::NAN), "n/a");
    }
}
