//! Every input that crashed mgdsim or lost a run (issue 16), as the binary meets it: exit code
//! 2 and a message naming the file and the line, field or byte, pinned by insta. The inputs
//! live in `tests/fixtures/regression/` (and `tests/fixtures/bad/`), or are made here when
//! they are binary or large (gzip bombs, forged checkpoints) under `target/regression/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use mgdsim::config::Config;
use mgdsim::engine::checkpoint;
use mgdsim::run::Trainer;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Run mgdsim from the repository root, so that the paths in messages are stable.
fn mgdsim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mgdsim"))
        .current_dir(repo())
        .args(args)
        .output()
        .expect("mgdsim runs")
}

/// The message of a refused command: exit code 2, no panic, stderr.
fn refused(args: &[&str]) -> String {
    let o = mgdsim(args);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err.trim().to_string()
}

/// A scratch folder under `target/regression/`, named by the test (relative to the root).
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new("target/regression").join(name);
    let abs = repo().join(&dir);
    let _ = std::fs::remove_dir_all(&abs);
    std::fs::create_dir_all(&abs).expect("scratch folder");
    dir
}

const XOR: &str = "sim/configs/xor.toml";

#[test]
fn item1_huge_csv_labels_are_refused_at_their_line() {
    for name in ["label_u64_max", "label_i64_max", "label_1e9"] {
        let path = format!("tests/fixtures/regression/{name}.csv");
        let msg = refused(&["train", "-c", XOR, "--dataset", &path, "-q"]);
        insta::assert_snapshot!(name, msg);
    }
}

#[test]
fn item2_3_huge_layers_and_wrapping_widths_are_refused() {
    for name in [
        "config_layers_huge",
        "config_layers_too_many_params",
        "config_params_above_limit",
        "config_theta_width_wraps",
        "config_too_many_layers",
    ] {
        let path = format!("tests/fixtures/bad/{name}.toml");
        let msg = refused(&["train", "-c", &path, "-q", "--steps", "1"]);
        insta::assert_snapshot!(name, msg);
    }
}

#[test]
fn item5_export_cycles_are_bounded() {
    for (name, cycles) in [
        ("export_cycles_u64_max", "18446744073709551615"),
        ("export_cycles_1e9", "1000000000"),
    ] {
        let out = scratch(name);
        let out = out.to_str().expect("utf-8");
        let msg = refused(&[
            "export",
            "-c",
            "sim/configs/xor_hw.toml",
            "--out",
            out,
            "--testbenches",
            out,
            "--cycles",
            cycles,
        ]);
        insta::assert_snapshot!(name, msg);
    }
}

#[test]
fn item6_endless_inputs_are_refused_at_the_limit() {
    let msg = refused(&["train", "-c", XOR, "--dataset", "/dev/zero", "-q"]);
    insta::assert_snapshot!("dataset_dev_zero", msg);
    let msg = refused(&["train", "-c", "/dev/zero", "-q"]);
    insta::assert_snapshot!("config_dev_zero", msg);
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).expect("in memory");
    e.finish().expect("in memory")
}

#[test]
fn item6_gzip_bomb_multi_member_and_trailing_garbage() {
    let dir = scratch("gzip");
    let abs = repo().join(&dir);
    // A bomb: 129 MiB of one digit in a ~130 kB file, above the 128 MiB limit.
    let bomb = {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let chunk = vec![b'0'; 1 << 20];
        for _ in 0..129 {
            e.write_all(&chunk).expect("in memory");
        }
        e.finish().expect("in memory")
    };
    std::fs::write(abs.join("bomb.csv.gz"), bomb).expect("write");
    let path = format!("{}/bomb.csv.gz", dir.display());
    let msg = refused(&["train", "-c", XOR, "--dataset", &path, "-q"]);
    insta::assert_snapshot!("gzip_bomb", msg.replace(&path, "BOMB"));

    // Two members, as `cat a.gz b.gz` makes: both are read.
    let iris = std::fs::read_to_string(repo().join("data/iris.csv")).expect("iris");
    let (head, tail) = iris.split_at(iris.find("\n6.").expect("a row starting 6.") + 1);
    let two = [gz(head.as_bytes()), gz(tail.as_bytes())].concat();
    std::fs::write(abs.join("iris2.csv.gz"), &two).expect("write");
    let d = mgdsim::datasets::load("iris2.csv.gz", &abs, 0.2, 1).expect("two members load");
    assert_eq!(d.train.len() + d.test.len(), 150, "every member's rows");

    // Garbage after the last member is refused at its byte.
    std::fs::write(abs.join("junk.csv.gz"), [&two[..], b"junk"].concat()).expect("write");
    let path = format!("{}/junk.csv.gz", dir.display());
    let msg = refused(&[
        "train",
        "-c",
        "sim/configs/iris.toml",
        "--dataset",
        &path,
        "-q",
    ]);
    insta::assert_snapshot!("gzip_trailing_garbage", msg.replace(&path, "JUNK"));
}

#[test]
fn item9_unclear_errors_now_name_cause_line_or_byte() {
    for name in [
        "device_table_dir",
        "device_table_missing",
        "device_table_not_utf8",
        "config_not_utf8",
        "xor_missing_dataset",
    ] {
        let path = format!("tests/fixtures/regression/{name}.toml");
        let msg = refused(&["train", "-c", &path, "-q", "--steps", "1"]);
        insta::assert_snapshot!(name, msg);
    }
}

#[test]
fn item10_silent_nonsense_is_refused_or_made_sense_of() {
    let msg = refused(&[
        "train",
        "-c",
        XOR,
        "--dataset",
        "tests/fixtures/regression/three_rows.csv",
        "-q",
    ]);
    insta::assert_snapshot!("empty_test_split", msg);
    for name in ["config_tau_2_pow_40", "config_device_tiny_w_scale"] {
        let path = format!("tests/fixtures/bad/{name}.toml");
        let msg = refused(&["train", "-c", &path, "-q", "--steps", "1"]);
        insta::assert_snapshot!(name, msg);
    }

    // Features of +-1e308 scale to finite inputs: the report holds numbers, not null.
    let dir = scratch("extreme");
    let report = format!("{}/r.json", dir.display());
    let o = mgdsim(&[
        "train",
        "-c",
        XOR,
        "--dataset",
        "tests/fixtures/regression/extreme_features.csv",
        "--steps",
        "200",
        "--report",
        &report,
        "-q",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let json = std::fs::read_to_string(repo().join(&report)).expect("report");
    assert!(!json.contains("\"cost\": null"), "{json}");
    assert!(json.contains("\"cost\": "), "{json}");
}

/// A checkpoint of the xor config after 20 steps, as JSON.
fn xor_checkpoint(path: &Path) -> serde_json::Value {
    let c = Config::load(&repo().join(XOR)).expect("xor config");
    let d = mgdsim::datasets::load("xor", repo(), 0.0, 0).expect("xor");
    let mut t = checkpoint::fast_trainer(&c, &d).expect("xor builds");
    for _ in 0..20 {
        t.step();
    }
    checkpoint::save(path, &t).expect("save");
    serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json")
}

#[test]
fn item4_forged_checkpoints_are_refused_not_panics() {
    let dir = scratch("forged");
    let good = repo().join(&dir).join("good.ckpt");
    let base = xor_checkpoint(&good);
    let forgeries: [(&str, &str, serde_json::Value); 7] = [
        ("forged_theta_40000", "/state/theta_mem/0", 40000.into()),
        (
            "forged_sequencer_count_16",
            "/state/sequencer/count",
            16.into(),
        ),
        (
            "forged_sample_base_1",
            "/state/sequencer/sample_base",
            1.into(),
        ),
        ("forged_lfsr_zero", "/state/perturbation/lfsr", 0.into()),
        (
            "forged_grad_2_pow_62",
            "/state/grad_mem/0",
            (1u64 << 62).into(),
        ),
        ("forged_steps_2_pow_63", "/state/steps", (1u64 << 63).into()),
        ("forged_cost_negative", "/state/cost/sum", (-5).into()),
    ];
    for (name, pointer, value) in forgeries {
        let mut v = base.clone();
        *v.pointer_mut(pointer).expect("field exists") = value;
        let text = checkpoint::reseal(&v.to_string()).expect("still a checkpoint");
        let file = format!("{}/{name}.ckpt", dir.display());
        std::fs::write(repo().join(&file), text).expect("write");
        let msg = refused(&[
            "train", "-c", XOR, "--engine", "fast", "--resume", &file, "-q",
        ]);
        insta::assert_snapshot!(name, msg);
    }
}

#[test]
fn item10_resume_below_the_checkpoint_step_is_refused() {
    let dir = scratch("below");
    let file = format!("{}/at20.ckpt", dir.display());
    xor_checkpoint(&repo().join(&file));
    let msg = refused(&[
        "train", "-c", XOR, "--engine", "fast", "--resume", &file, "--steps", "10", "-q",
    ]);
    insta::assert_snapshot!("resume_steps_below_checkpoint", msg);
}

#[test]
fn item7_8_checkpoint_paths_and_intervals_are_checked_at_start() {
    let dir = scratch("start");
    let d = dir.to_str().expect("utf-8");
    let msg = refused(&[
        "train",
        "-c",
        XOR,
        "--engine",
        "fast",
        "--checkpoint",
        d,
        "-q",
    ]);
    insta::assert_snapshot!("checkpoint_is_a_directory", msg);
    let report = format!("{d}/no/such/folder/r.json");
    let msg = refused(&["train", "-c", XOR, "--report", &report, "-q"]);
    insta::assert_snapshot!("report_folder_missing", msg.replace(d, "DIR"));
    let ckpt = format!("{d}/x.ckpt");
    let msg = refused(&[
        "train",
        "-c",
        XOR,
        "--engine",
        "fast",
        "--checkpoint",
        &ckpt,
        "--checkpoint-every",
        "1500",
        "-q",
    ]);
    insta::assert_snapshot!("checkpoint_every_not_a_multiple", msg);
    assert_eq!(
        std::fs::read_dir(repo().join(&dir)).expect("dir").count(),
        0
    );
}

#[test]
fn item7_a_failed_checkpoint_write_stops_the_run_and_keeps_the_report() {
    let dir = scratch("failed_write");
    let abs = repo().join(&dir);
    let ckpt = abs.join("run.ckpt");
    let report = abs.join("r.json");
    let child = Command::new(env!("CARGO_BIN_EXE_mgdsim"))
        .current_dir(repo())
        .args([
            "train",
            "-c",
            XOR,
            "--engine",
            "fast",
            "--steps",
            "100000000",
            "-q",
        ])
        .arg("--checkpoint")
        .arg(&ckpt)
        .args(["--checkpoint-every", "200000", "--report"])
        .arg(&report)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // After the first checkpoint, put a non-empty folder where it goes: the next rename fails.
    let t0 = std::time::Instant::now();
    while !ckpt.exists() {
        assert!(t0.elapsed().as_secs() < 60, "no first checkpoint");
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    std::fs::remove_file(&ckpt).expect("remove");
    std::fs::create_dir_all(ckpt.join("blocker")).expect("folder");
    let out = child.wait_with_output().expect("wait");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("saving a checkpoint: the run stopped at step 400000"),
        "{err}"
    );
    assert!(err.contains("report written to"), "{err}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("json");
    assert_eq!(json["result"]["last"]["step"], 400000);
    let temps = std::fs::read_dir(&abs)
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .count();
    assert_eq!(temps, 0, "no temporary file left behind");
}
