//! Kill and resume: a run killed at seeded random moments (mid-step, mid-evaluation,
//! mid-checkpoint) and resumed from its last checkpoint each time ends with the same
//! `--report` as the run that was never killed, byte for byte apart from the wall time.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};

const STEPS: &str = "600000";

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn train(extra: &[&std::ffi::OsStr]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mgdsim"));
    c.current_dir(repo())
        .args(["train", "-c", "sim/configs/xor.toml", "--engine", "fast"])
        .args(["--steps", STEPS, "--checkpoint-every", "20000", "-q"])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

/// The report without its wall time.
fn report(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("report written");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    let wall = v
        .as_object_mut()
        .and_then(|o| o.remove("wall_seconds"))
        .expect("wall_seconds present");
    assert!(wall.is_number());
    serde_json::to_string_pretty(&v).expect("json")
}

#[test]
fn killed_and_resumed_runs_report_what_the_straight_run_reports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let straight = dir.path().join("straight.json");
    let t0 = Instant::now();
    // Checkpointing too (elsewhere), so that its length is the killed runs' length.
    let own = dir.path().join("straight.ckpt");
    let o = train(&[
        "--report".as_ref(),
        straight.as_os_str(),
        "--checkpoint".as_ref(),
        own.as_os_str(),
    ])
    .output()
    .expect("runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let run_ms = t0.elapsed().as_millis().max(20) as u64;

    let ckpt = dir.path().join("run.ckpt");
    let resumed = dir.path().join("resumed.json");
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(16);
    let (mut kills, mut resumes) = (0, 0);
    loop {
        let mut args = vec![
            "--checkpoint".as_ref(),
            ckpt.as_os_str(),
            "--report".as_ref(),
            resumed.as_os_str(),
        ];
        if ckpt.exists() {
            args.extend(["--resume".as_ref(), ckpt.as_os_str()]);
            resumes += 1;
        }
        let mut child = train(&args).spawn().expect("spawn");
        if kills < 12 {
            // Somewhere in the run (process start included): a seeded fraction of its length.
            let wait = rng.random_range(0..run_ms / 5);
            std::thread::sleep(Duration::from_millis(wait));
            if child.try_wait().expect("wait").is_none() {
                child.kill().expect("kill");
                child.wait().expect("reaped");
                kills += 1;
                continue;
            }
        }
        let out = child.wait_with_output().expect("wait");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        break;
    }
    eprintln!("{kills} kills, {resumes} resumes, straight run {run_ms} ms");
    assert!(kills >= 5, "only {kills} kills landed mid-run");
    assert!(resumes >= 1, "no run was resumed");
    assert_eq!(
        report(&resumed),
        report(&straight),
        "{kills} kills, {resumes} resumes"
    );
    let temps: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(temps.is_empty(), "temporary files left: {temps:?}");
}
