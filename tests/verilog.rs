//! The exported Verilog against the Rust simulation: `rtl/` and `testbenches/` are current,
//! the golden-vector testbench passes under Icarus Verilog and Verilator (XOR trained to 100%,
//! the nist7x7 designs through training steps, their evaluation left out), a corrupted vector fails at its cycle, every export lints
//! clean, and the synthesis figures are pinned by insta snapshots. A missing tool fails a test
//! (it never skips). Library under test: `mgdsim::export`.

use std::path::{Path, PathBuf};

use mgdsim::engine::RtlTrainer;
use mgdsim::export::glitch;
use mgdsim::export::synth::{self, Target};
use mgdsim::export::vectors::{self, Vectors};
use mgdsim::export::verify::{self, Bench, Outcome, Simulator};
use mgdsim::export::{self, Design, STANDARD_CONFIGS};
use mgdsim::model::network;
use mgdsim::run::Trainer;

fn design(stem: &str) -> Design {
    Design::load(Path::new(&format!("sim/configs/{stem}.toml"))).expect("config loads")
}

/// A bench of the committed `rtl/<stem>.v` and testbench, replaying the vectors in `dir`.
fn bench(d: &Design, dir: &Path, work: &Path) -> Bench {
    let paths = d.paths(Path::new("rtl"), Path::new("testbenches"));
    bench_of(&paths.verilog, &paths.testbench, &d.stem, dir, work)
}

/// A bench of `verilog` and the testbench `tb_<stem>` in `testbench`, replaying the vectors in
/// `vectors` (with stalls if that folder is a `stall` one), built in `work`.
fn bench_of(verilog: &Path, testbench: &Path, stem: &str, vectors: &Path, work: &Path) -> Bench {
    let (cycles, checkpoints) = Vectors::count(vectors).unwrap();
    Bench {
        verilog: verilog.to_path_buf(),
        testbench: testbench.to_path_buf(),
        top: format!("tb_{stem}"),
        vectors: vectors.to_path_buf(),
        cycles,
        checkpoints,
        work: work.to_path_buf(),
        stalls: vectors.ends_with("stall"),
    }
}

fn assert_pass(outcome: &Outcome, what: &str) {
    assert!(matches!(outcome, Outcome::Pass { .. }), "{what}: {outcome}");
}

#[test]
fn rtl_and_testbenches_are_current() {
    // A relative folder, as the committed tree is exported: paths written into the cocotb and
    // FuseSoC files are relative between `rtl/` and `testbenches/`, so they agree.
    std::fs::create_dir_all("target").unwrap();
    let tmp = tempfile::tempdir_in("target").unwrap();
    let base = tmp
        .path()
        .strip_prefix(std::env::current_dir().unwrap())
        .unwrap_or(tmp.path())
        .to_path_buf();
    assert!(base.is_relative(), "{}", base.display());
    let (rtl, tb) = (base.join("rtl"), base.join("testbenches"));
    for cfg in STANDARD_CONFIGS {
        let d = Design::load(Path::new(cfg)).unwrap();
        let fresh = export::export(&d, &rtl, &tb, export::DEFAULT_CYCLES).unwrap();
        let committed = d.paths(Path::new("rtl"), Path::new("testbenches"));
        let pairs: Vec<(PathBuf, PathBuf)> = vec![
            (fresh.verilog, committed.verilog),
            (fresh.testbench, committed.testbench),
            (
                fresh.vectors.join("status.hex"),
                committed.vectors.join("status.hex"),
            ),
            (
                fresh.vectors.join("theta.hex"),
                committed.vectors.join("theta.hex"),
            ),
        ];
        let stall = [
            "status.hex",
            "theta.hex",
            "stream.hex",
            "valid.hex",
            "readout.hex",
        ]
        .map(|f| (fresh.stall_vectors.join(f), committed.stall_vectors.join(f)));
        let pairs = pairs.into_iter().chain(stall);
        for (new, old) in pairs {
            // A chip that takes no stream word (L > 1 lanes load from the ROM) has no
            // stream.hex; then the committed tree has none either.
            if !new.exists() {
                assert!(!old.exists(), "{} is stale: not exported", old.display());
                continue;
            }
            let want = std::fs::read_to_string(&new).unwrap();
            let have = std::fs::read_to_string(&old).unwrap_or_default();
            assert!(
                want == have,
                "{} is stale (the export of {cfg} changed): regenerate it with `{}` and commit it",
                old.display(),
                export::REGENERATE
            );
        }
    }
    // Every other exported file too (cocotb testbenches, FuseSoC cores, GTKWave views).
    let mut files = vec![];
    let mut todo = vec![rtl.clone(), tb.clone()];
    while let Some(dir) = todo.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                files.push(p);
            }
        }
    }
    assert!(
        files
            .iter()
            .any(|f| f.extension().is_some_and(|x| x == "py")),
        "the export writes cocotb files"
    );
    for new in files {
        let rel = new.strip_prefix(&base).unwrap();
        let old = Path::new(rel);
        if new.extension().is_some_and(|x| x == "hex") {
            continue; // the vectors are compared above, by name
        }
        // Commands quoted in the files name the folder they were exported to.
        let want = std::fs::read_to_string(&new)
            .unwrap()
            .replace(&format!("{}/", base.display()), "");
        let have = std::fs::read_to_string(old).unwrap_or_default();
        assert!(
            want == have,
            "{} is stale (the export changed): regenerate it with `{}` and commit it",
            old.display(),
            export::REGENERATE
        );
    }
}

#[test]
fn exports_lint_clean_with_verilator_wall() {
    for cfg in STANDARD_CONFIGS {
        let d = Design::load(Path::new(cfg)).unwrap();
        let v = d.paths(Path::new("rtl"), Path::new("testbenches")).verilog;
        verify::lint(&v, Path::new("rtl/lint.vlt"), &d.top_name())
            .unwrap_or_else(|e| panic!("{}: {e}", v.display()));
    }
}

/// The Rust chip learns XOR to 100% and says so itself (`done`, `at_target`, `correct` = 4
/// after its evaluation); the exported Verilog under Icarus, run for the same cycles from
/// reset, holds the same weights at every checkpoint and the same status after every edge,
/// and the last weights classify XOR perfectly.
#[test]
fn xor_trains_to_100_percent_in_icarus_like_the_rust_simulation() {
    let d = design("xor_hw");
    let mut t = RtlTrainer::new(d.plan.clone());
    while t.evaluate(&d.data.test).accuracy < 1.0 {
        assert!(t.steps() < 20_000, "XOR reaches 100% in Rust");
        for _ in 0..50 {
            t.step();
        }
    }
    t.finish_evaluation();
    assert!(
        t.done() && t.at_target() && t.correct() == 4,
        "the chip says done"
    );
    let cycles = t.cycles();
    let tmp = tempfile::tempdir().unwrap();
    let v = vectors::record(&d, cycles, vectors::default_checkpoints(cycles));
    let last = v.checkpoints.last().unwrap().clone();
    assert_eq!(last.cycle, cycles - 1);
    let want: Vec<i32> = t.weights().iter().map(|w| w.0).collect();
    assert_eq!(last.theta, want, "recorded run = trained run");
    let end = v.status.last().unwrap();
    assert!(end.done && end.at_target && end.correct == 4, "{end:?}");
    let w: Vec<_> = last
        .theta
        .iter()
        .map(|&x| mgdsim::fixed::Theta(x))
        .collect();
    let (_, acc) = network::evaluate(&d.plan.formats, &d.plan.layers, &w, &d.data.test).unwrap();
    assert_eq!(acc, 1.0);
    v.write(tmp.path()).unwrap();
    let b = bench(&d, tmp.path(), &tmp.path().join("work"));
    let outcome = verify::run(Simulator::Iverilog, &b).unwrap();
    eprintln!(
        "XOR: 100% after {} steps, {cycles} cycles; Icarus: {outcome}",
        t.steps()
    );
    assert_pass(&outcome, "Icarus on the XOR run to 100%");
}

/// A copy of `stem` without its own evaluation, exported to `dir` with `cycles` of golden
/// vectors: the committed nist7x7 vectors (4,000 cycles) end inside the evaluation after reset
/// (200 inferences, 6,000 to 46,000 cycles), where theta does not move, so these reach training
/// steps (asserted), where the arithmetic shows in the costs and theta's checkpoints.
fn training_copy(stem: &str, dir: &Path, cycles: u64) -> (Design, Bench) {
    let text = std::fs::read_to_string(format!("sim/configs/{stem}.toml")).unwrap();
    let text = match text.contains("[chip]\n") {
        true => text.replace("[chip]\n", "[chip]\nevaluate = false\n"),
        false => format!("{text}\n[chip]\nevaluate = false\n"),
    };
    let cfg = dir.join(format!("{stem}_train.toml"));
    std::fs::write(&cfg, text).unwrap();
    let d = Design::load(&cfg).unwrap();
    let paths = export::export(&d, &dir.join("rtl"), &dir.join("tb"), cycles).unwrap();
    let v = vectors::record(&d, cycles, vec![]);
    let steps = v.status.last().unwrap().steps;
    assert!(
        steps >= 5,
        "{stem}: {cycles} cycles reach only {steps} steps"
    );
    let b = bench_of(
        &paths.verilog,
        &paths.testbench,
        &d.stem,
        &paths.vectors,
        &dir.join("work"),
    );
    (d, b)
}

fn nist_10k(sim: Simulator) {
    let tmp = tempfile::tempdir().unwrap();
    let (_, b) = training_copy("nist7x7_hw", tmp.path(), 10_000);
    let outcome = verify::run(sim, &b).unwrap();
    eprintln!("nist7x7_hw training, 10000 cycles, {sim:?}: {outcome}");
    assert_pass(&outcome, &format!("{sim:?} on nist7x7_hw"));
}

#[test]
fn nist7x7_hw_trains_for_10k_cycles_in_icarus() {
    nist_10k(Simulator::Iverilog);
}

#[test]
fn nist7x7_hw_trains_for_10k_cycles_in_verilator() {
    nist_10k(Simulator::Verilator);
}

/// The other nist7x7 standard designs (the embedded default, 8 lanes, the pipeline) train in
/// Icarus as in Rust (`training_copy`).
#[test]
fn nist7x7_designs_train_in_icarus_as_in_rust() {
    for stem in ["nist7x7", "nist7x7_hw_lanes8", "nist7x7_hw_pipe"] {
        let tmp = tempfile::tempdir().unwrap();
        let (_, b) = training_copy(stem, tmp.path(), 6_000);
        let outcome = verify::run(Simulator::Iverilog, &b).unwrap();
        assert_pass(&outcome, &format!("Icarus on {stem} training"));
    }
}

/// Copy the committed XOR vectors, change one value, and see the testbench stop there.
#[test]
fn a_corrupted_golden_vector_fails_at_its_cycle() {
    let d = design("xor_hw");
    let committed = d.paths(Path::new("rtl"), Path::new("testbenches")).vectors;
    for (file, cycle, column, signal) in [
        ("status.hex", 1234u64, 2usize, "steps"),
        ("status.hex", 2001, 3, "current_cost"),
        ("theta.hex", 0, 3, "theta[2]"),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        for f in ["status.hex", "theta.hex"] {
            std::fs::copy(committed.join(f), tmp.path().join(f)).unwrap();
        }
        let path = tmp.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        // Line 0 names the columns; status row c is line c + 1, checkpoint k is line k + 1.
        let row = if file == "status.hex" {
            cycle as usize + 1
        } else {
            5
        };
        let mut cols: Vec<String> = lines[row].split(' ').map(String::from).collect();
        let old = u32::from_str_radix(&cols[column], 16).unwrap();
        cols[column] = format!("{:0w$x}", old ^ 1, w = cols[column].len());
        lines[row] = cols.join(" ");
        std::fs::write(&path, lines.join("\n") + "\n").unwrap();
        let want_cycle = if file == "status.hex" {
            cycle
        } else {
            u64::from_str_radix(&cols[0], 16).unwrap()
        };
        let b = bench(&d, tmp.path(), &tmp.path().join("work"));
        match verify::run(Simulator::Iverilog, &b).unwrap() {
            Outcome::Mismatch {
                signal: s,
                cycle: c,
                ..
            } => {
                assert_eq!((s.as_str(), c), (signal, want_cycle), "{file} corrupted")
            }
            o => panic!("{file} corrupted at {signal}, cycle {want_cycle}: {o}"),
        }
    }
}

/// A chip without its sample ROM (`data.samples = "stream"`): its export lints clean, its
/// testbench feeds the training set through the stream port from `stream.hex` and matches the
/// Rust simulation under both simulators, and a corrupted stream word is caught.
#[test]
fn a_stream_only_chip_exports_and_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("sim/configs/xor_hw.toml").unwrap();
    let cfg = tmp.path().join("xor_stream.toml");
    std::fs::write(
        &cfg,
        text.replace("[data]\n", "[data]\nsamples = \"stream\"\n"),
    )
    .unwrap();
    let d = Design::load(&cfg).unwrap();
    assert!(d.plan.stream_only);
    let (rtl, tb) = (tmp.path().join("rtl"), tmp.path().join("tb"));
    let paths = export::export(&d, &rtl, &tb, export::DEFAULT_CYCLES).unwrap();
    verify::lint(&paths.verilog, Path::new("rtl/lint.vlt"), &d.top_name()).unwrap();
    let work = tmp.path().join("work");
    let b = |vectors: &Path| bench_of(&paths.verilog, &paths.testbench, &d.stem, vectors, &work);
    for sim in [Simulator::Iverilog, Simulator::Verilator] {
        assert_pass(
            &verify::run(sim, &b(&paths.vectors)).unwrap(),
            "stream-only xor",
        );
    }
    // The first word's label, flipped: the evaluation after Init counts sample 0 wrong (or
    // right), so `correct` differs first.
    let stream = paths.vectors.join("stream.hex");
    let t = std::fs::read_to_string(&stream).unwrap();
    let mut lines: Vec<String> = t.lines().map(String::from).collect();
    lines[2] = lines[2].replace(" 00", " 01");
    std::fs::write(&stream, lines.join("\n") + "\n").unwrap();
    match verify::run(Simulator::Iverilog, &b(&paths.vectors)).unwrap() {
        Outcome::Mismatch { signal, .. } => assert_eq!(signal, "correct"),
        o => panic!("a corrupted stream word passed: {o}"),
    }
}

/// `[chip] ram_style` changes how the memories are written, never a vector: nist7x7_hw_pipe
/// (theta, G and activation banks of 57-256 words; by default the banks in the block-RAM
/// form and the activations, read in two cycles, in the LUT-RAM form, `ChipPlan::acts_lut`)
/// written all for block RAM, all for LUT RAM and all as flip-flops records the committed
/// golden vectors, lints clean, and passes them under Icarus and Verilator.
#[test]
fn ram_styles_change_the_memories_never_the_vectors() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("sim/configs/nist7x7_hw_pipe.toml").unwrap();
    let committed = Path::new("testbenches/vectors/nist7x7_hw_pipe");
    for style in ["block", "distributed", "registers"] {
        let name = format!("nist7x7_{style}");
        let cfg = tmp.path().join(format!("{name}.toml"));
        let styled = text.replace("[chip]\n", &format!("[chip]\nram_style = \"{style}\"\n"));
        assert_ne!(styled, text, "the config has a [chip] table");
        std::fs::write(&cfg, styled).unwrap();
        let d = Design::load(&cfg).unwrap();
        let (rtl, tb) = (tmp.path().join("rtl"), tmp.path().join("tb"));
        let paths = export::export(&d, &rtl, &tb, export::DEFAULT_CYCLES).unwrap();
        let verilog = std::fs::read_to_string(&paths.verilog).unwrap();
        // The LUT RAM forms read the memory at a registered address; the block RAM forms at
        // the address (two-cycle reads, `ChipPlan::reads_ahead`, then register the word; the
        // activations' `read_at` is then only their bypass's compare).
        let (lut, block) = (
            verilog.contains("mem[read_at]"),
            verilog.contains("<= mem[read_address"),
        );
        assert_eq!(
            (lut, block),
            (style != "block", style == "block"),
            "{style}"
        );
        // `registers` is the LUT-RAM form telling yosys to use flip-flops.
        assert_eq!(
            verilog.contains("(* ram_style = \"logic\" *)"),
            style == "registers",
            "{style}"
        );
        for f in std::fs::read_dir(committed).unwrap() {
            let f = f.unwrap().path();
            let ours = paths.vectors.join(f.file_name().unwrap());
            if f.is_file() {
                assert!(
                    std::fs::read(&f).unwrap() == std::fs::read(&ours).unwrap(),
                    "{style}: {} differs",
                    ours.display()
                );
            }
        }
        verify::lint(&paths.verilog, Path::new("rtl/lint.vlt"), &d.top_name()).unwrap();
        let work = tmp.path().join(format!("work_{style}"));
        let b = bench_of(
            &paths.verilog,
            &paths.testbench,
            &d.stem,
            &paths.vectors,
            &work,
        );
        for sim in [Simulator::Iverilog, Simulator::Verilator] {
            assert_pass(&verify::run(sim, &b).unwrap(), &name);
        }
    }
}

/// The hand cuts of `sim/fmax_cuts_l1.py` (docs/LANES.md, "Stop 42") on nist7x7_hw_pipe with
/// LUT RAM and without its evaluation: the script still finds what it edits in the export, the
/// export passes golden vectors of about nine training steps under Icarus, and its cut
/// (registered writes, F) fails them: a timing experiment, and the bench can tell. (Stop 42's
/// function-preserving cuts are in the RTL since stop 43, its two-cycle reads since stop 44,
/// with the address a cycle earlier: the RTL's export is the script's base.)
/// About nine training steps (the copy does not evaluate: its evaluation after reset would take
/// the first 46,000 cycles, where theta does not move).
const CUT_CYCLES: u64 = 8_000;

#[test]
fn fmax_cuts_apply_to_the_export() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("sim/configs/nist7x7_hw_pipe.toml").unwrap();
    let cfg = tmp.path().join("n7p.toml");
    std::fs::write(
        &cfg,
        text.replace(
            "[chip]\n",
            "[chip]\nram_style = \"distributed\"\nevaluate = false\n",
        ),
    )
    .unwrap();
    let d = Design::load(&cfg).unwrap();
    let paths = export::export(
        &d,
        &tmp.path().join("rtl"),
        &tmp.path().join("tb"),
        CUT_CYCLES,
    )
    .unwrap();
    let cuts = tmp.path().join("cuts");
    let st = std::process::Command::new("python3")
        .arg("sim/fmax_cuts_l1.py")
        .args([&paths.verilog, &cuts])
        .status()
        .expect("python3 runs");
    assert!(st.success(), "sim/fmax_cuts_l1.py: {st}");
    for (variant, same) in [("base", true), ("F", false)] {
        let b = bench_of(
            &cuts.join(variant).join("d.v"),
            &paths.testbench,
            &d.stem,
            &paths.vectors,
            &tmp.path().join(format!("work_{variant}")),
        );
        let outcome = verify::run(Simulator::Iverilog, &b).unwrap();
        assert_eq!(
            matches!(outcome, Outcome::Pass { .. }),
            same,
            "{variant}: {outcome}"
        );
    }
}

/// No exported combinational block assigns a signal that another combinational block reads
/// more than once per pass (the default-then-override that hung Icarus on a stalled stream).
#[test]
fn no_export_glitches_a_signal_another_block_reads() {
    let tmp = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = STANDARD_CONFIGS
        .iter()
        .map(|cfg| {
            let d = Design::load(Path::new(cfg)).unwrap();
            d.paths(Path::new("rtl"), Path::new("testbenches")).verilog
        })
        .collect();
    // The stream-only chip (no sample ROM), exported fresh.
    let d = design("digits_hw_stream");
    let v = tmp.path().join("digits_hw_stream.v");
    std::fs::write(&v, export::verilog::verilog(&d).unwrap()).unwrap();
    files.push(v);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        assert!(
            text.contains("always @(*)"),
            "{} has comb blocks",
            f.display()
        );
        let g = glitch::audit(&text);
        let list: Vec<String> = g.iter().map(ToString::to_string).collect();
        assert!(g.is_empty(), "{}:\n{}", f.display(), list.join("\n"));
    }
}

/// The weights at the end of every recorded step of a stalled run (valid low for 100 cycles,
/// then 30% stalls) equal the unstalled run's at the same step; only the cycles differ.
fn stalls_keep_the_weights(d: &Design, cycles: u64) -> (u64, u64) {
    let stalled = vectors::record_stalled(d, cycles, vectors::STALLS);
    assert!(stalled.valid.iter().any(|&v| !v) && stalled.valid.iter().any(|&v| v));
    let stalls = stalled.valid.iter().filter(|&&v| !v).count() as f64 / cycles as f64;
    assert!(
        stalls > 0.25,
        "30% stalls, plus the held-low start: {stalls}"
    );
    assert!(
        !stalled.checkpoints.is_empty(),
        "steps end within {cycles} cycles"
    );
    let same = vectors::compare_unstalled(d, &stalled).unwrap();
    for &(k, s, u) in &same {
        assert!(
            s > u,
            "stalls cost cycles: step {k} ends after {s} edges stalled, {u} unstalled"
        );
    }
    assert_ne!(
        stalled.checkpoints.first().unwrap().theta,
        d.plan.theta0.iter().map(|t| t.0).collect::<Vec<_>>(),
        "training moved the weights"
    );
    let &(_, s, u) = same.last().unwrap();
    (s, u)
}

/// A stream-only copy of xor_hw (no sample ROM), loaded from a temporary config.
fn xor_stream(dir: &Path) -> Design {
    stream_copy(dir, "xor_hw", "xor_stream")
}

/// A stream-only copy of design `stem` (no sample ROM), named `name`.
fn stream_copy(dir: &Path, stem: &str, name: &str) -> Design {
    let text = std::fs::read_to_string(format!("sim/configs/{stem}.toml")).unwrap();
    let cfg = dir.join(format!("{name}.toml"));
    std::fs::write(
        &cfg,
        text.replace("[data]\n", "[data]\nsamples = \"stream\"\n"),
    )
    .unwrap();
    let d = Design::load(&cfg).unwrap();
    assert!(d.plan.stream_only);
    d
}

#[test]
fn stalls_change_the_cycles_never_the_weights() {
    let tmp = tempfile::tempdir().unwrap();
    for d in [
        design("xor_hw"),
        xor_stream(tmp.path()),
        design("xor_hw_lanes3"),
        stream_copy(tmp.path(), "xor_hw_lanes3", "xor_stream_lanes3"),
    ] {
        let (stalled, unstalled) = stalls_keep_the_weights(&d, 4000);
        eprintln!(
            "{}: last checkpoint step ends after {stalled} cycles stalled, {unstalled} unstalled",
            d.stem
        );
    }
    // nist7x7_hw first evaluates its 200 samples (54,201 cycles), then trains.
    let (stalled, unstalled) = stalls_keep_the_weights(&design("nist7x7_hw"), 90_000);
    eprintln!("nist7x7_hw: {stalled} cycles stalled, {unstalled} unstalled");
}

/// The committed stalled vectors of a ROM chip (the stream selected anyway) and a stalled run
/// of a stream-only chip replay under both simulators; a corrupted valid bit is caught.
#[test]
fn stalled_streams_and_read_outs_pass_in_icarus_and_verilator() {
    let tmp = tempfile::tempdir().unwrap();
    // The serial chip, both parallel ones (3 and 8 lanes: a streamed word per handshake),
    // pipelined ones, node perturbation with momentum, per layer and with neurons side by
    // side, one-layer Iris (two evaluated samples in flight, streamed or not), one-layer
    // NIST7x7 with binary inputs (the lanes' select) and a one-layer XOR whose evaluation
    // chains two-row inferences.
    for stem in [
        "xor_hw_lanes3",
        "nist7x7_hw_lanes8",
        "xor_hw",
        "xor_hw_lanes3_pipe",
        "xor_hw_lanes3_fused",
        "xor_hw_lanes3_handover",
        "xor_hw_np_mom",
        "xor_hw_np_layer",
        "xor_hw_np_pe2",
        "iris_hw_one_layer",
        "nist7x7_hw_one_layer_np_bin",
        "xor_hw_np_chain2",
    ] {
        let d = design(stem);
        let committed = d
            .paths(Path::new("rtl"), Path::new("testbenches"))
            .stall_vectors;
        for sim in [Simulator::Iverilog, Simulator::Verilator] {
            let b = bench(&d, &committed, &tmp.path().join(format!("{stem}{sim:?}")));
            assert!(b.stalls);
            assert_pass(
                &verify::run(sim, &b).unwrap(),
                &format!("{sim:?}, {stem} stalled"),
            );
        }
    }
    let d = design("xor_hw");
    let committed = d
        .paths(Path::new("rtl"), Path::new("testbenches"))
        .stall_vectors;
    let s = xor_stream(tmp.path());
    let paths = export::export(&s, &tmp.path().join("rtl"), &tmp.path().join("tb"), 2000).unwrap();
    for sim in [Simulator::Iverilog, Simulator::Verilator] {
        let work = tmp.path().join(format!("s{sim:?}"));
        let b = bench_of(
            &paths.verilog,
            &paths.testbench,
            &s.stem,
            &paths.stall_vectors,
            &work,
        );
        assert_pass(
            &verify::run(sim, &b).unwrap(),
            &format!("{sim:?}, stream-only stalled"),
        );
    }
    // One stall removed in the held-low start, while the chip waits in Load: it takes the
    // word 50 cycles early, and every later edge differs.
    let dir = tmp.path().join("corrupt").join("stall");
    std::fs::create_dir_all(&dir).unwrap();
    for f in [
        "status.hex",
        "theta.hex",
        "stream.hex",
        "valid.hex",
        "readout.hex",
    ] {
        std::fs::copy(committed.join(f), dir.join(f)).unwrap();
    }
    let text = std::fs::read_to_string(dir.join("valid.hex")).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let row = 1 + d.n_params() + 50; // line 0 names the column
    assert_eq!(lines[row], "0");
    lines[row] = "1".into();
    std::fs::write(dir.join("valid.hex"), lines.join("\n") + "\n").unwrap();
    match verify::run(Simulator::Iverilog, &bench(&d, &dir, &tmp.path().join("c"))).unwrap() {
        Outcome::Mismatch { .. } => {}
        o => panic!("a removed stall passed: {o}"),
    }
}

/// Exported names are plain (no `$`, no escaped identifiers), in the Verilog and in Icarus'
/// VCD, and one Rust field path maps to the documented Verilog names and VCD scopes
/// (`export::verilog`'s module doc): path `a.b.c` -> instance `b` of module
/// `mgd_trainer_<stem>__a__b` in the module of `a`, port `c`, wire `b__c` in the module of
/// `a`; VCD variables `tb_<stem>.uut.a.b.c` and `tb_<stem>.uut.a.b__c`; in rust-hdl's VCD
/// (`mgdsim train --vcd`) `uut.a.b.c`.
#[test]
fn names_are_plain_and_map_rust_paths_to_verilog_and_vcd() {
    for cfg in STANDARD_CONFIGS {
        let d = Design::load(Path::new(cfg)).unwrap();
        let v = d.paths(Path::new("rtl"), Path::new("testbenches")).verilog;
        let text = std::fs::read_to_string(&v).unwrap();
        for (i, _) in text.match_indices('$') {
            let before = text[..i].chars().last().unwrap_or(' ');
            let word: String = text[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            assert!(
                !(before.is_ascii_alphanumeric() || before == '_')
                    && ["signed", "unsigned", "readmemh", "display", "finish"]
                        .contains(&word.as_str()),
                "{}: `$` inside a name at byte {i}: ...{}",
                v.display(),
                &text[i.saturating_sub(30)..(i + 20).min(text.len())]
            );
        }
        assert!(
            !text.contains('\\'),
            "{}: an escaped identifier",
            v.display()
        );
    }
    // Icarus' VCD of 60 cycles of the xor_hw testbench.
    let d = design("xor_hw");
    let tmp = tempfile::tempdir().unwrap();
    let dump = tmp.path().join("dump.v");
    let vcd = tmp.path().join("tb.vcd");
    std::fs::write(
        &dump,
        format!(
            "module dump; initial begin $dumpfile(\"{}\"); $dumpvars(0, tb_xor_hw); end endmodule\n",
            vcd.display()
        ),
    )
    .unwrap();
    let vvp = tmp.path().join("tb.vvp");
    let st = std::process::Command::new("iverilog")
        .args(["-g2005", "-o"])
        .arg(&vvp)
        .args([
            "-s",
            "tb_xor_hw",
            "-s",
            "dump",
            "-DN_CYCLES=60",
            "-DN_CHECKPOINTS=0",
        ])
        .args(["rtl/xor_hw.v", "testbenches/tb_xor_hw.v"])
        .arg(&dump)
        .status()
        .expect("iverilog runs");
    assert!(st.success());
    let o = std::process::Command::new("vvp")
        .arg("-n")
        .arg(&vvp)
        .output()
        .expect("vvp runs");
    assert!(String::from_utf8_lossy(&o.stdout).contains("PASS 60 cycles"));
    let vars = vcd_vars(&vcd);
    for v in &vars {
        assert!(!v.contains('$') && !v.contains('\\'), "VCD name {v}");
    }
    let text = std::fs::read_to_string("rtl/xor_hw.v").unwrap();
    for rust_path in [
        "lanes$0.theta_mem.read_data",
        "sequencer.load_ok",
        "lanes$0.acts.read_data",
        "cost.cost_base",
    ] {
        // A `Vec` element's `$` (rust-hdl's `lanes$0`) is `__` in the export.
        let path = rust_path.replace('$', "__");
        let parts: Vec<&str> = path.split('.').collect();
        let (parent, leaf) = parts.split_at(parts.len() - 1);
        let (inst, owner) = parent.split_last().unwrap();
        let module = format!("mgd_trainer_xor_hw__{}", parent.join("__"));
        let owner_module = match owner {
            [] => "mgd_trainer_xor_hw".to_string(),
            o => format!("mgd_trainer_xor_hw__{}", o.join("__")),
        };
        let wire = format!("{inst}__{}", leaf[0]);
        assert!(
            text.contains(&format!("module {module}(")),
            "{path}: module {module}"
        );
        let body = text
            .split(&format!("module {owner_module}("))
            .nth(1)
            .unwrap();
        let body = body.split("endmodule").next().unwrap();
        assert!(
            body.contains(&format!("{module} {inst}(")),
            "{path}: instance {inst} in {owner_module}"
        );
        assert!(
            body.contains(&format!(".{}({wire})", leaf[0])),
            "{path}: port {} on wire {wire}",
            leaf[0]
        );
        let scope = std::iter::once("tb_xor_hw.uut")
            .chain(parent.iter().copied())
            .collect::<Vec<_>>()
            .join(".");
        let owner_scope = std::iter::once("tb_xor_hw.uut")
            .chain(owner.iter().copied())
            .collect::<Vec<_>>()
            .join(".");
        for var in [
            format!("{scope}.{}", leaf[0]),
            format!("{owner_scope}.{wire}"),
        ] {
            assert!(vars.contains(&var), "{path}: VCD variable {var}");
        }
    }
    // The same paths in rust-hdl's VCD.
    let rust_vcd = tmp.path().join("rust.vcd");
    mgdsim::engine::rtl::write_vcd(d.plan.clone(), 0..40, &rust_vcd).unwrap();
    let rvars = vcd_vars(&rust_vcd);
    for path in [
        "lanes$0.theta_mem.read_data",
        "sequencer.load_ok",
        "lanes$0.acts.read_data",
        "cost.cost_base",
    ] {
        assert!(
            rvars.contains(&format!("uut.{path}")),
            "rust-hdl VCD: uut.{path}"
        );
    }
}

/// The variables of a VCD as `scope.scope.name`.
fn vcd_vars(path: &Path) -> Vec<String> {
    fn walk(prefix: &str, items: &[vcd::ScopeItem], out: &mut Vec<String>) {
        for it in items {
            match it {
                vcd::ScopeItem::Scope(sc) => {
                    walk(&format!("{prefix}{}.", sc.identifier), &sc.items, out)
                }
                vcd::ScopeItem::Var(v) => out.push(format!("{prefix}{}", v.reference)),
                _ => {}
            }
        }
    }
    let f = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let header = vcd::Parser::new(f).parse_header().unwrap();
    let mut out = vec![];
    walk("", &header.items, &mut out);
    out
}

/// `synth_ecp5` alone gives every flip-flop with an active-low synchronous reset an LSR
/// inverter LUT of its own, so each is its own control set and nextpnr could not legalize
/// the 100-lane nist7x7 (docs/FPGA.md). The ECP5 script merges those LUTs: the 20-lane binary
/// design has 90 control sets (clock, CE, LSR) among its 4,819 flip-flops, 2,623 without it.
#[test]
fn ecp5_flip_flops_share_their_reset_inverters() {
    let d = design("nist7x7_hw_one_layer_np_bin");
    let v = d.paths(Path::new("rtl"), Path::new("testbenches")).verilog;
    let tmp = tempfile::tempdir().unwrap();
    let json = tmp.path().join("netlist.json");
    let synth = Target::Ecp5U85.yosys_synth(&d.top_name(), &json.display().to_string());
    let script = format!("read_verilog {}; {synth}", v.display());
    let out = std::process::Command::new("yosys")
        .args(["-q", "-p", &script])
        .output()
        .expect("yosys runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let netlist: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let cells = netlist["modules"][d.top_name()]["cells"]
        .as_object()
        .unwrap();
    let mut sets = std::collections::BTreeSet::new();
    let mut ffs = 0;
    for c in cells.values().filter(|c| c["type"] == "TRELLIS_FF") {
        let pin = |p: &str| c["connections"][p].to_string();
        sets.insert((pin("CLK"), pin("CE"), pin("LSR")));
        ffs += 1;
    }
    assert!(ffs > 4000, "{ffs} flip-flops");
    assert!(
        sets.len() < 200,
        "{} control sets among {ffs} flip-flops",
        sets.len()
    );
}

/// The synthesis figures as a stable text (versions of the tools in it: they change them).
fn synth_snapshot(stem: &str, target: Target) -> String {
    let d = design(stem);
    let tmp = tempfile::tempdir().unwrap();
    let v = d.paths(Path::new("rtl"), Path::new("testbenches")).verilog;
    let r = synth::synth(&v, &d.top_name(), d.n_params(), target, tmp.path()).unwrap();
    eprintln!("{}", r.summary());
    // Both families place and route (the Fmax itself is not pinned).
    let fmax = r.fmax_mhz.unwrap_or(0.0);
    assert!(fmax > 5.0, "{stem} on {target:?}: no Fmax\n{}", r.summary());
    let x = &r.resources;
    let p = r.n_params as f64;
    let mut s = format!(
        "config: sim/configs/{stem}.toml\ntarget: {target:?} ({})\nyosys: {}\nparameters: {}\n",
        r.part.name, r.yosys_version, r.n_params
    );
    for (name, n) in [
        ("luts", x.luts),
        ("lut_rams", x.lut_rams),
        ("ffs", x.ffs),
        ("carries", x.carries),
        ("dsps", x.dsps),
        ("brams", x.brams),
    ] {
        s += &format!("{name}: {n} ({:.1} per parameter)\n", n as f64 / p);
    }
    s += &format!("fits: {}\n", r.fits());
    for o in &r.over {
        s += &format!("over: {} {} of {}\n", o.resource, o.used, o.available);
    }
    s
}

#[test]
fn synth_xor_hw_ice40() {
    insta::assert_snapshot!(
        "synth_xor_hw_ice40",
        synth_snapshot("xor_hw", Target::Ice40Hx8k)
    );
}

/// `mgdsim synth --seed`: the same netlist placed at another nextpnr seed. yosys's resources
/// are those of the pinned seed's snapshot; the report names the seed its Fmax comes from.
#[test]
fn another_seed_places_the_same_netlist() {
    let d = design("xor_hw");
    let tmp = tempfile::tempdir().unwrap();
    let v = d.paths(Path::new("rtl"), Path::new("testbenches")).verilog;
    let (top, target) = (d.top_name(), Target::Ice40Hx8k);
    let seeds = synth::Seeds { first: 7, tries: 1 };
    let r = synth::synth_with("yosys", &v, &top, d.n_params(), target, tmp.path(), seeds).unwrap();
    assert_eq!((r.seed, r.unplaced_seeds.len()), (7, 0));
    assert!(r.fmax_mhz.is_some() && r.summary().contains("(nextpnr, seed 7)"));
    let snap = std::fs::read_to_string("tests/snapshots/verilog__synth_xor_hw_ice40.snap").unwrap();
    let luts = format!("luts: {} ", r.resources.luts);
    assert!(snap.contains(&luts), "{luts}not in the seed-1 snapshot");
}

/// The iCE40 UP5K: yosys maps the multiplier to its SB_MAC16 blocks, and nextpnr refuses the
/// trainer's 156 port bits on the 48-pin package, which the report says (no Fmax, no fit).
#[test]
fn up5k_takes_the_multiplier_into_dsps_and_reports_its_pins_too_few() {
    let d = design("xor_hw");
    let tmp = tempfile::tempdir().unwrap();
    let v = d.paths(Path::new("rtl"), Path::new("testbenches")).verilog;
    let r = synth::synth(
        &v,
        &d.top_name(),
        d.n_params(),
        Target::Ice40Up5k,
        tmp.path(),
    )
    .unwrap();
    assert!(r.resources.dsps >= 1, "SB_MAC16: {:?}", r.resources);
    assert!(!r.fits(), "{}", r.summary());
    assert!(
        r.over
            .iter()
            .any(|o| o.resource.starts_with("I/O pins") && o.used > o.available),
        "{}",
        r.summary()
    );
    assert_eq!(r.fmax_mhz, None);
}

#[test]
fn synth_xor_hw_ecp5() {
    insta::assert_snapshot!(
        "synth_xor_hw_ecp5",
        synth_snapshot("xor_hw", Target::Ecp5U25)
    );
}

#[test]
fn synth_nist7x7_hw_ice40() {
    insta::assert_snapshot!(
        "synth_nist7x7_hw_ice40",
        synth_snapshot("nist7x7_hw", Target::Ice40Hx8k)
    );
}

#[test]
fn synth_nist7x7_hw_ecp5() {
    insta::assert_snapshot!(
        "synth_nist7x7_hw_ecp5",
        synth_snapshot("nist7x7_hw", Target::Ecp5U25)
    );
}
