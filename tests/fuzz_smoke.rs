//! A short run of the `fuzz` binary (a few thousand mutated inputs per loader): every loader
//! answers each input with a value or an error, never a panic or an abort. The long runs
//! (10^6 per loader, release build) are in docs/RELIABILITY.md.

use std::process::Command;

#[test]
fn every_loader_survives_a_few_thousand_mutated_inputs() {
    let out = Command::new(env!("CARGO_BIN_EXE_fuzz"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "--execs",
            "3000",
            "--seed",
            "7",
            "--out",
            "target/fuzz-smoke",
        ])
        .output()
        .expect("the fuzz binary runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}{stderr}");
    for target in ["config", "csv", "idx", "table", "checkpoint", "vectors"] {
        let line = stdout
            .lines()
            .find(|l| l.starts_with(target))
            .unwrap_or_else(|| panic!("no line for {target}: {stdout}"));
        assert!(line.contains(" 3000 executions"), "{line}");
        assert!(line.contains(" 0 panics"), "{line}");
        // Both answers occur: the corpus is valid and the mutations reach the checks.
        assert!(
            !line.contains(" 0 accepted") && !line.contains(" 0 refused"),
            "{line}"
        );
    }
}
