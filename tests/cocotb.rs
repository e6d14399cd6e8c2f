//! The exported cocotb testbenches (`testbenches/cocotb/<stem>/run.py`, cocotb 2.1 + Icarus
//! Verilog from `./test.sh`'s venv): they pass for xor_hw, nist7x7_hw, xor_hw_np_mom,
//! xor_hw_np_layer and xor_hw_np_pe2 (reset, train, read out, golden vectors, the fixed-point model's accuracy,
//! the stalled stream, the chip's own evaluation count against the model's) and fail on a
//! corrupted golden vector. A missing cocotb fails the test, never skips it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run `run.py` of `stem` (optionally on other vectors); (exit success, output).
fn cocotb(stem: &str, build: &Path, vectors: Option<&Path>) -> (bool, String) {
    let mut cmd = Command::new("python3");
    cmd.arg(repo().join(format!("testbenches/cocotb/{stem}/run.py")))
        .arg("--build")
        .arg(build)
        .current_dir(build.parent().unwrap());
    if let Some(v) = vectors {
        cmd.arg("--vectors").arg(v);
    }
    let o = cmd
        .output()
        .expect("python3 runs (./test.sh puts the venv with cocotb first on PATH)");
    let out = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        !out.contains("No module named 'cocotb"),
        "cocotb is not installed: run ./test.sh (it installs requirements.txt into .venv/)\n{out}"
    );
    (o.status.success(), out)
}

fn passes(stem: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let (ok, out) = cocotb(stem, &tmp.path().join("build"), None);
    let tail: String = out.lines().rev().take(15).collect::<Vec<_>>().join("\n");
    assert!(
        ok && out.contains(&format!("cocotb {stem}: 3 passed, 0 failed")),
        "{tail}"
    );
}

#[test]
fn cocotb_testbench_passes_for_xor_hw() {
    passes("xor_hw");
}

#[test]
fn cocotb_testbench_passes_for_nist7x7_hw() {
    passes("nist7x7_hw");
}

/// Node perturbation with momentum, at 3 lanes, pipelined.
#[test]
fn cocotb_testbench_passes_for_xor_hw_np_mom() {
    passes("xor_hw_np_mom");
}

/// The same, with per-layer perturbation (one perturbed inference and sweep per layer).
#[test]
fn cocotb_testbench_passes_for_xor_hw_np_layer() {
    passes("xor_hw_np_layer");
}

/// Node perturbation with two neurons side by side (`[chip] pe = 2`), pipelined.
#[test]
fn cocotb_testbench_passes_for_xor_hw_np_pe2() {
    passes("xor_hw_np_pe2");
}

/// One `current_cost` word flipped in a copy of the vectors: the unstalled test fails at that
/// cycle, the stalled one (its own vectors, untouched) still passes.
#[test]
fn cocotb_testbench_fails_on_a_corrupted_golden_vector() {
    let tmp = tempfile::tempdir().unwrap();
    let src = repo().join("testbenches/vectors/xor_hw");
    let dst = tmp.path().join("vectors");
    std::fs::create_dir_all(dst.join("stall")).unwrap();
    for f in ["status.hex", "theta.hex"] {
        std::fs::copy(src.join(f), dst.join(f)).unwrap();
    }
    for f in [
        "status.hex",
        "theta.hex",
        "stream.hex",
        "valid.hex",
        "readout.hex",
    ] {
        std::fs::copy(src.join("stall").join(f), dst.join("stall").join(f)).unwrap();
    }
    let text = std::fs::read_to_string(dst.join("status.hex")).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let row = 2001 + 1; // line 0 names the columns
    let mut cols: Vec<String> = lines[row].split(' ').map(String::from).collect();
    let old = u32::from_str_radix(&cols[3], 16).unwrap();
    cols[3] = format!("{:08x}", old ^ 1);
    lines[row] = cols.join(" ");
    std::fs::write(dst.join("status.hex"), lines.join("\n") + "\n").unwrap();
    let (ok, out) = cocotb("xor_hw", &tmp.path().join("build"), Some(&dst));
    let tail: String = out.lines().rev().take(25).collect::<Vec<_>>().join("\n");
    assert!(!ok, "a corrupted vector passed:\n{tail}");
    assert!(out.contains("cocotb xor_hw: 2 passed, 1 failed"), "{tail}");
    assert!(out.contains("MISMATCH cycle 2001"), "{tail}");
}
