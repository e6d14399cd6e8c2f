//! The exported FuseSoC core files (`rtl/<stem>.core`): `fusesoc` (PyPI, pinned in
//! requirements.txt, from `./test.sh`'s venv) finds the core and runs its simulation targets
//! with Icarus Verilog. A missing fusesoc fails the test, never skips it.

use std::path::PathBuf;
use std::process::Command;

fn run_target(stem: &str, target: &str) -> String {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let o = Command::new("fusesoc")
        .arg("--cores-root")
        .arg(repo.join("rtl"))
        .args(["run", "--target", target, &format!("mgdsim:mgd:{stem}")])
        .current_dir(tmp.path())
        .output()
        .expect("fusesoc runs (./test.sh installs it into .venv/ and puts it on PATH)");
    let out = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        o.status.success(),
        "fusesoc run --target {target} failed:\n{out}"
    );
    out
}

#[test]
fn fusesoc_runs_the_simulation_target_of_xor_hw() {
    let out = run_target("xor_hw", "sim");
    assert!(
        out.contains("PASS 4000 cycles, 8 checkpoints of 9 parameters"),
        "{out}"
    );
    let out = run_target("xor_hw", "sim_stalls");
    assert!(out.contains("PASS 4000 cycles"), "{out}");
}
