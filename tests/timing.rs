//! Timing reports of the standard configs, pinned by insta: a hardware change that moves a
//! cycle count shows up as a snapshot diff. The counted cycles are cross-checked against the
//! sequencer's documented budget (and the fast model against the RTL by `tests/lockstep.rs`).

use mgdsim::blocks::sequencer::{CycleBudget, Timing};
use mgdsim::cli::timing::report;
use mgdsim::cli::train::Engine;
use mgdsim::config::Config;
use mgdsim::datasets;
use mgdsim::timing::report::Clock;
use std::path::Path;

fn timing_of(name: &str) -> mgdsim::timing::report::TimingReport {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sim/configs");
    let text = std::fs::read_to_string(dir.join(format!("{name}.toml"))).expect("config");
    let config = Config::parse(&format!("sim/configs/{name}.toml"), &text).expect("valid config");
    let d = &config.data;
    let data = datasets::load(&d.dataset, &dir, d.test_fraction, d.seed).expect("data set");
    let clock = Clock {
        source: "given".into(),
        hz: 12e6,
    };
    let r = report(&config, &data, Engine::Fast, Some(clock)).expect("the chip builds it");
    // The counted cycles to the target equal the documented budget: reset, then every step.
    if let Some(hit) = r.reached {
        let t = &config.mgd;
        let b = CycleBudget(Timing {
            n_params: config.n_params(),
            n_inputs: data.n_inputs,
            n_samples: data.train.len(),
            tau_x: t.tau_x,
            tau_p: t.tau_p,
            tau_theta: t.tau_theta,
            max_steps: config.run.steps as u32,
        });
        assert_eq!(
            hit.cycles,
            b.reset() + b.steps(hit.steps),
            "{name}: counted vs budgeted cycles"
        );
    }
    r
}

#[test]
fn timing_reports_of_the_standard_configs() {
    for name in ["xor", "parity4", "nist7x7", "digits_hw"] {
        let r = timing_of(name);
        insta::assert_snapshot!(format!("timing_{name}"), r.to_string());
        if name == "digits_hw" {
            // A run that misses its target: the best accuracy and the steps spent, no time.
            assert!(
                r.reached.is_none(),
                "digits_hw does not reach 90% on the chip (README)"
            );
            assert_eq!(r.on_chip_seconds(), None);
            assert!(
                r.best_accuracy > 0.7 && r.best_accuracy < 0.9,
                "{}",
                r.best_accuracy
            );
        }
    }
}
