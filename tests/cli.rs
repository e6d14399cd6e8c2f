//! The `mgdsim` binary as a user runs it: the default job from any folder, reports and plots,
//! and bad input refused with exit code 2 and a message naming what is wrong.

use std::path::Path;
use std::process::{Command, Output};

fn mgdsim(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mgdsim"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("mgdsim runs")
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn no_arguments_trains_the_embedded_default_from_any_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = mgdsim(dir.path(), &[]);
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("on `nist7x7`"), "{out}");
    assert!(
        out.contains("target 80.0% reached at step"),
        "the default must reach its target: {out}"
    );
    assert!(out.contains("wall time"), "{out}");
}

#[test]
fn xor_run_writes_a_json_report_and_an_svg_plot() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = repo().join("sim/configs/xor.toml");
    let report = dir.path().join("xor.json");
    let plot = dir.path().join("xor.svg");
    let o = mgdsim(
        dir.path(),
        &[
            "train",
            "--config",
            config.to_str().expect("utf-8 path"),
            "--report",
            "xor.json",
            "--plot",
            "xor.svg",
            "--quiet",
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).expect("report written"))
            .expect("valid JSON");
    assert_eq!(
        json["engine"], "fast",
        "auto picks the chip model when the chip can build the config"
    );
    assert_eq!(
        json["config"]["network"]["layers"],
        serde_json::json!([2, 2, 1])
    );
    assert_eq!(json["n_params"], 9);
    let curve = json["result"]["curve"].as_array().expect("curve");
    assert!(curve.len() > 2);
    assert_eq!(
        json["result"]["last"]["test"]["accuracy"], 1.0,
        "XOR is solved"
    );
    let svg = std::fs::read_to_string(&plot).expect("plot written");
    assert!(
        svg.starts_with("<svg") && svg.contains("test accuracy"),
        "{}",
        &svg[..200.min(svg.len())]
    );
}

#[test]
fn backprop_engine_solves_nist7x7() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = mgdsim(
        dir.path(),
        &[
            "train",
            "--engine",
            "backprop",
            "--steps",
            "20000",
            "--target-accuracy",
            "1.0",
            "--quiet",
        ],
    );
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("target 100.0% reached"), "{out}");
}

#[test]
fn bad_config_exits_2_naming_file_line_and_field() {
    let bad = repo().join("tests/fixtures/bad/config_tau_p_zero.toml");
    let o = mgdsim(repo(), &["train", "--config", bad.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("config_tau_p_zero.toml:2: `mgd.tau_p` must be in 1..=4294967295"),
        "{err}"
    );
}

#[test]
fn layers_that_do_not_fit_the_data_set_are_refused() {
    let o = mgdsim(repo(), &["train", "--dataset", "xor"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("`network.layers` must be 2 inputs first"),
        "{err}"
    );
}

#[test]
fn missing_data_file_is_named() {
    let o = mgdsim(repo(), &["train", "--dataset", "no/such/file.csv"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no/such/file.csv"), "{err}");
}

#[test]
fn zero_steps_on_the_command_line_is_refused() {
    let o = mgdsim(repo(), &["train", "--steps", "0"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--steps must be >= 1"));
}

/// Every variable of a VCD as `scope.scope.name`, with its width.
fn vcd_vars(path: &Path) -> Vec<(String, u32)> {
    fn walk(prefix: &str, items: &[vcd::ScopeItem], out: &mut Vec<(String, u32)>) {
        for it in items {
            match it {
                vcd::ScopeItem::Scope(sc) => {
                    walk(&format!("{prefix}{}.", sc.identifier), &sc.items, out)
                }
                vcd::ScopeItem::Var(v) => out.push((format!("{prefix}{}", v.reference), v.size)),
                _ => {}
            }
        }
    }
    let f = std::io::BufReader::new(std::fs::File::open(path).expect("VCD written"));
    let mut parser = vcd::Parser::new(f);
    let header = parser.parse_header().expect("VCD header parses");
    let mut out = Vec::new();
    walk("", &header.items, &mut out);
    let mut changes = 0;
    for command in parser {
        command.expect("VCD body parses");
        changes += 1;
    }
    assert!(
        changes > 1000,
        "the VCD records the run ({changes} commands)"
    );
    out
}

#[test]
fn rtl_xor_run_writes_a_vcd_with_the_block_names_and_the_gtkwave_view_matches_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = repo().join("sim/configs/xor.toml");
    let o = mgdsim(
        dir.path(),
        &[
            "train",
            "--engine",
            "rtl",
            "--config",
            config.to_str().expect("utf-8"),
            "--vcd",
            "x.vcd",
            "--vcd-window",
            "100..5000",
            "--steps",
            "300",
            "--quiet",
        ],
    );
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(
        out.contains("cycles/s"),
        "the RTL engine reports its speed: {out}"
    );
    let vars = vcd_vars(&dir.path().join("x.vcd"));
    let names: Vec<&str> = vars.iter().map(|(n, _)| n.as_str()).collect();
    for block in [
        "perturbation",
        "lanes$0.correlator",
        "lanes$0.accumulator",
        "sequencer",
        "network",
        "cost",
    ] {
        assert!(
            names
                .iter()
                .any(|n| n.starts_with(&format!("uut.{block}."))),
            "no scope uut.{block}"
        );
    }
    for signal in [
        "uut.lanes$0.sign",
        "uut.lanes$0.correlator.corr",
        "uut.lanes$0.accumulator.grad",
        "uut.cost.cost_delta",
        "uut.sequencer.tau_theta",
    ] {
        assert!(names.contains(&signal), "no {signal}");
    }
    // The exported GTKWave views name signals as `path[msb:0]` for vectors: each must exist
    // with that width (every standard design's view names the same signals).
    for stem in ["xor", "xor_hw", "nist7x7", "nist7x7_hw"] {
        let file = format!("testbenches/gtkwave/{stem}.gtkw");
        let gtkw = std::fs::read_to_string(repo().join(&file)).expect("the view exists");
        for line in gtkw.lines().filter(|l| l.starts_with("uut.")) {
            let (name, width) = match line.split_once('[') {
                Some((n, r)) => (
                    n,
                    r.trim_end_matches(":0]").parse::<u32>().expect("msb") + 1,
                ),
                None => (line, 1),
            };
            assert!(
                vars.iter().any(|(n, w)| n == name && *w == width),
                "{file} names {line}, not in the VCD"
            );
        }
    }
}

/// Each standard design's GTKWave view has one group per block, fixed-point words as signed
/// decimals, and a zoom that spans reset plus the first few steps at the 10 ns clock.
#[test]
fn gtkwave_views_group_by_block_and_zoom_on_the_first_steps() {
    // (stem, P, cycles per step, cycles of the chip's first evaluation).
    for (stem, p, step, eval) in [
        ("xor", 9u64, 34u64, 53u64),
        ("xor_hw", 9, 34, 53),
        ("nist7x7", 220, 714, 54_201),
        ("nist7x7_hw", 220, 714, 54_201),
    ] {
        let file = format!("testbenches/gtkwave/{stem}.gtkw");
        let gtkw = std::fs::read_to_string(repo().join(&file)).expect("the view exists");
        let lines: Vec<&str> = gtkw.lines().collect();
        for block in [
            "sequencer",
            "perturbation",
            "network",
            "cost",
            "score",
            "lanes$0",
            "lanes$0.correlator",
            "lanes$0.accumulator",
        ] {
            let open = lines
                .windows(2)
                .position(|w| w == ["@800200", &format!("-{block}")]);
            let close = lines
                .windows(2)
                .position(|w| w == ["@1000200", &format!("-{block}")]);
            let (Some(a), Some(b)) = (open, close) else {
                panic!("{file}: no group {block}");
            };
            let inside = &lines[a..b];
            assert!(
                inside
                    .iter()
                    .any(|l| l.starts_with(&format!("uut.{block}."))),
                "{file}: group {block} holds its block's signals"
            );
        }
        for signed in [
            "uut.cost.cost_delta[31:0]",
            "uut.lanes$0.theta_pert[15:0]",
            "uut.neurons$0.y[15:0]",
        ] {
            let i = lines.iter().position(|l| *l == signed).expect(signed);
            assert_eq!(lines[i - 1], "@424", "{file}: {signed} as a signed decimal");
        }
        // `*<zoom> <marker>`: GTKWave shows 2^-zoom time units (ps) per pixel of a 1300 px pane.
        let zoom: f64 = lines
            .iter()
            .find_map(|l| l.strip_prefix('*'))
            .and_then(|l| l.split_whitespace().next())
            .and_then(|z| z.parse().ok())
            .expect("a zoom line");
        let cycles = 2f64.powf(-zoom) * 1300.0 / 10_000.0;
        let (lo, hi) = (
            (1 + p + eval + step) as f64,
            (1 + p + eval + 5 * step) as f64,
        );
        assert!(
            lo <= cycles && cycles <= hi,
            "{file}: the view spans {cycles:.0} cycles, not reset, the evaluation and a few steps ({lo}..{hi})"
        );
        assert!(gtkw.contains("[timestart] 0"), "{file} opens at time 0");
    }
}

/// The VCD's time axis runs at the design's clock: 10 ns per cycle by default, 1/f with
/// `--clock-mhz f`, for both cycle-accurate engines.
#[test]
fn vcd_time_runs_at_the_clock() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = repo().join("sim/configs/xor_hw.toml");
    for (engine, mhz, period) in [
        ("rtl", None, 10_000u64),
        ("fast", None, 10_000),
        ("rtl", Some("12.5"), 80_000),
        ("fast", Some("12.5"), 80_000),
    ] {
        let vcd = dir.path().join(format!("{engine}.vcd"));
        let mut args = vec![
            "train",
            "--engine",
            engine,
            "--config",
            config.to_str().expect("utf-8"),
            "--vcd",
            vcd.to_str().expect("utf-8"),
            "--vcd-window",
            "0..200",
            "--steps",
            "5",
            "--quiet",
        ];
        if let Some(m) = mhz {
            args.extend(["--clock-mhz", m]);
        }
        let o = mgdsim(dir.path(), &args);
        assert!(o.status.success(), "{}", text(&o));
        let body = std::fs::read_to_string(&vcd).expect("VCD");
        assert!(
            body.contains("$timescale 1 ps $end") || body.contains("$timescale\n  1 ps"),
            "{engine}: unit 1 ps"
        );
        let times: Vec<u64> = body
            .lines()
            .filter_map(|l| l.strip_prefix('#'))
            .filter_map(|t| t.trim().parse().ok())
            .collect();
        assert!(
            times.contains(&(199 * period + period / 2)),
            "{engine} {mhz:?}: edge 199 at {} ps",
            199 * period + period / 2
        );
        assert!(
            times.iter().all(|t| t % (period / 2) == 0),
            "{engine} {mhz:?}: times on half periods"
        );
    }
    let o = mgdsim(
        dir.path(),
        &[
            "train",
            "--config",
            config.to_str().expect("utf-8"),
            "--vcd",
            "x.vcd",
            "--clock-mhz",
            "0",
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(2),
        "--clock-mhz 0 is refused: {}",
        text(&o)
    );
}

#[test]
fn rtl_engine_refuses_what_the_chip_cannot_build_naming_the_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("s.toml"), "[network]\nlayers = [2, 2, 1]\n\n[mgd]\nperturbation = \"sinusoid\"\n\n[data]\ndataset = \"xor\"\n").expect("write");
    let o = mgdsim(
        dir.path(),
        &["train", "--engine", "rtl", "--config", "s.toml"],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("s.toml:5: `mgd.perturbation` must be random, walsh or time on the chip"),
        "{err}"
    );
}

/// Every setting the chip does not implement, as `(table, line, field = value)`: both chip
/// engines refuse it naming file, line and field, `mgdsim export` too, and `--engine auto`
/// runs the f64 reference instead, saying why.
#[test]
fn settings_the_chip_lacks_are_refused_by_both_chip_engines_and_export() {
    let cases = [
        ("mgd", "perturbation = \"sinusoid\"", "mgd.perturbation"),
        ("mgd", "mode = \"analog\"", "mgd.mode"),
        // Node perturbation takes random codes only (line 9 sets it).
        (
            "mgd",
            "perturbation = \"walsh\"\ntarget = \"node\"",
            "mgd.perturbation",
        ),
        ("mgd", "optimizer = \"adam\"", "mgd.optimizer"),
        ("mgd", "cost_clip = 0.5", "mgd.cost_clip"),
        ("noise", "cost_sigma = 0.01", "noise.cost_sigma"),
        ("noise", "update_sigma = 0.1", "noise.update_sigma"),
        (
            "noise",
            "activation_variation = 0.1",
            "noise.activation_variation",
        ),
        ("run", "steps = 5_000_000_000", "run.steps"),
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    for (table, setting, field) in cases {
        // Line 8 holds the setting; `[run] steps` is overridden by `--steps` below except
        // in its own case.
        let config = format!(
            "[network]\nlayers = [2, 2, 1]\n\n[data]\ndataset = \"xor\"\n\n[{table}]\n{setting}\n"
        );
        std::fs::write(dir.path().join("s.toml"), config).expect("write");
        let steps = if field == "run.steps" {
            vec![]
        } else {
            vec!["--steps", "200"]
        };
        let want = format!("s.toml:8: `{field}` must be");
        for engine in ["fast", "rtl"] {
            let mut args = vec!["train", "--engine", engine, "--config", "s.toml", "--quiet"];
            args.extend(&steps);
            let o = mgdsim(dir.path(), &args);
            assert_eq!(
                o.status.code(),
                Some(2),
                "{setting} on {engine}: {}",
                text(&o)
            );
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(err.contains(&want), "{setting} on {engine}: {err}");
            assert!(
                err.contains("the chip cannot build this configuration"),
                "{err}"
            );
        }
        let o = mgdsim(
            dir.path(),
            &[
                "export",
                "--config",
                "s.toml",
                "--out",
                "o",
                "--testbenches",
                "t",
            ],
        );
        assert_eq!(
            o.status.code(),
            Some(2),
            "{setting} on export: {}",
            text(&o)
        );
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("the chip cannot build this configuration") && err.contains(&want),
            "{setting} on export: {err}"
        );
        if field != "run.steps" {
            let mut args = vec![
                "train", "--config", "s.toml", "--quiet", "--report", "r.json",
            ];
            args.extend(&steps);
            let o = mgdsim(dir.path(), &args);
            assert!(o.status.success(), "{setting} on auto: {}", text(&o));
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(
                err.contains(&format!("note: no chip twin for this config ({want}")),
                "{setting} on auto: {err}"
            );
            let json: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(dir.path().join("r.json")).expect("report"),
            )
            .expect("JSON");
            assert_eq!(json["engine"], "reference", "{setting}");
        }
    }
}

/// `[chip] pe` (neurons side by side) is refused with exit code 2 where it does not divide
/// the layers and the lanes (listing the valid values) or with weight perturbation, and runs
/// where it fits: the fast model and the RTL end with the same weights (the `train` reports'
/// final accuracy and cost agree), and it exports.
#[test]
fn neurons_side_by_side_are_refused_where_they_do_not_fit_and_run_where_they_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |target: &str, pe: usize| {
        let config = format!(
            "[network]\nlayers = [2, 4, 2]\n\n[data]\ndataset = \"xor\"\n\n[mgd]\n\
             target = \"{target}\"\n\n[chip]\nlanes = 2\npe = {pe}\n"
        );
        std::fs::write(dir.path().join("s.toml"), config).expect("write");
    };
    let run = |engine: &str, report: &str| {
        mgdsim(
            dir.path(),
            &[
                "train", "--engine", engine, "--config", "s.toml", "--quiet", "--steps", "50",
                "--report", report,
            ],
        )
    };
    write("node", 3);
    let o = run("fast", "f.json");
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("s.toml:12: `chip.pe` must be a divisor of every layer's neuron count")
            && err.contains("valid are 1, 2"),
        "{err}"
    );
    write("weight", 2);
    let o = run("fast", "f.json");
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        text(&o).contains("`chip.pe` must be 1 with weight perturbation"),
        "{}",
        text(&o)
    );
    write("node", 2);
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(dir.path().join(name)).expect("report"))
            .expect("JSON")
    };
    for (engine, report) in [("fast", "f.json"), ("rtl", "r.json")] {
        let o = run(engine, report);
        assert!(o.status.success(), "{engine}: {}", text(&o));
    }
    let (f, r) = (read("f.json"), read("r.json"));
    let last = |j: &serde_json::Value| j["result"]["last"].clone();
    assert!(last(&f)["train"]["cost"].is_f64(), "{f}");
    assert_eq!(
        last(&f),
        last(&r),
        "the same weights and cycles on both chip engines"
    );
    let o = mgdsim(
        dir.path(),
        &[
            "export",
            "--config",
            "s.toml",
            "--out",
            "o",
            "--testbenches",
            "t",
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
}

/// `[chip] binary_inputs` is refused with exit code 2, naming the field's line and why, where
/// a later layer multiplies activations, where an input is neither 0 nor 1.0 (naming the
/// sample and input) and with streamed samples; on the one-layer NIST7x7 it runs, and the fast
/// model, the RTL and the same chip without it end with the same report (the select is the
/// product), and it exports.
#[test]
fn binary_inputs_are_refused_where_an_input_is_not_0_or_1_and_run_where_they_are() {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |layers: &str, dataset: &str, extra: &str, binary: bool| {
        let pe = if layers.ends_with("3]") { 1 } else { 2 };
        let config = format!(
            "[network]\nlayers = {layers}\n\n[data]\ndataset = \"{dataset}\"\n{extra}\n\
             [mgd]\ntarget = \"node\"\n\n[run]\neval_interval = 25\n\n[chip]\nlanes = 2\n\
             pe = {pe}\nbinary_inputs = {binary}\n"
        );
        std::fs::write(dir.path().join("s.toml"), config).expect("write");
    };
    let run = |engine: &str, report: &str| {
        mgdsim(
            dir.path(),
            &[
                "train", "--engine", engine, "--config", "s.toml", "--quiet", "--steps", "50",
                "--report", report,
            ],
        )
    };
    for (layers, dataset, extra, why) in [
        ("[2, 4, 2]", "xor", "", "(2 weight layers; one allowed)"),
        (
            "[4, 3]",
            "yinyang",
            "",
            "sample 0 (0-based, in the training order) has input 0",
        ),
        (
            "[49, 4]",
            "nist7x7",
            "samples = \"stream\"\n",
            "streamed samples",
        ),
    ] {
        write(layers, dataset, extra, true);
        let o = run("fast", "f.json");
        assert_eq!(o.status.code(), Some(2), "{dataset}: {}", text(&o));
        let err = text(&o);
        let line = if extra.is_empty() { 16 } else { 17 };
        assert!(
            err.contains(&format!(
                "s.toml:{line}: `chip.binary_inputs` must be false here"
            )) && err.contains(why),
            "{dataset}: {err}"
        );
    }
    write("[49, 4]", "nist7x7", "", true);
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(dir.path().join(name)).expect("report"))
            .expect("JSON")
    };
    for (engine, report) in [("fast", "f.json"), ("rtl", "r.json")] {
        let o = run(engine, report);
        assert!(o.status.success(), "{engine}: {}", text(&o));
    }
    let o = mgdsim(
        dir.path(),
        &[
            "export",
            "--config",
            "s.toml",
            "--out",
            "o",
            "--testbenches",
            "t",
            "--cycles",
            "100",
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    write("[49, 4]", "nist7x7", "", false);
    let o = run("rtl", "m.json");
    assert!(o.status.success(), "multiplier: {}", text(&o));
    let last = |name: &str| read(name)["result"]["last"].clone();
    assert!(
        last("f.json")["train"]["cost"].is_f64(),
        "{}",
        read("f.json")
    );
    assert_eq!(last("f.json"), last("r.json"), "fast and RTL");
    assert_eq!(last("r.json"), last("m.json"), "select and multiplier");
}

/// `[noise] update_noise` without `update_sigma` draws nothing: the chip runs it (`xor_hw`).
#[test]
fn update_noise_kind_without_a_sigma_runs_on_the_chip() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("s.toml"),
        "[network]\nlayers = [2, 2, 1]\n\n[data]\ndataset = \"xor\"\n\n[noise]\nupdate_noise = \"shared\"\n",
    )
    .expect("write");
    let o = mgdsim(
        dir.path(),
        &[
            "train", "--config", "s.toml", "--steps", "200", "--quiet", "--report", "r.json",
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("r.json")).expect("report"))
            .expect("JSON");
    assert_eq!(json["engine"], "fast");
}

/// `mgdsim train --engine fast --config config EXTRA --report report` in `dir`: the report's
/// `result` (curve and last point).
fn fast_run(dir: &Path, config: &str, extra: &[&str], report: &str) -> serde_json::Value {
    let mut args = vec![
        "train", "--engine", "fast", "--config", config, "--quiet", "--report", report,
    ];
    args.extend_from_slice(extra);
    let o = mgdsim(dir, &args);
    assert!(o.status.success(), "{}", text(&o));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(report)).expect("report"))
            .expect("JSON");
    json["result"].clone()
}

#[test]
fn a_run_resumed_from_its_checkpoint_ends_where_the_straight_run_ends() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = repo().join("sim/configs/nist7x7.toml");
    let c = config.to_str().expect("utf-8");
    let run = |extra: &[&str], report: &str| fast_run(dir.path(), c, extra, report)["last"].clone();
    let straight = run(&["--steps", "4000"], "straight.json");
    // Checkpoints every 2000 steps; the one at 2000 is what an interrupted run leaves.
    run(
        &[
            "--steps",
            "4000",
            "--checkpoint",
            "c.json",
            "--checkpoint-every",
            "2000",
        ],
        "first.json",
    );
    let resumed = run(&["--steps", "4000", "--resume", "c.json"], "resumed.json");
    assert_eq!(
        resumed, straight,
        "same step, inferences, cycles, cost and accuracy"
    );

    std::fs::write(dir.path().join("bad.json"), "{\"truncated").expect("write");
    let o = mgdsim(
        dir.path(),
        &[
            "train", "--engine", "fast", "--config", c, "--resume", "bad.json",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("bad.json"),
        "{}",
        text(&o)
    );
}

/// NIST7x7 with its weights in exponential devices, some stuck (a file in `dir`).
fn device_config(dir: &Path) -> &'static str {
    std::fs::write(
        dir.join("dev.toml"),
        "[data]\ndataset = \"nist7x7\"\n\n[run]\nsteps = 2000\neval_interval = 500\n\n\
         [device]\nkind = \"exponential\"\nw_scale = 1.0\n\n\
         [stuck]\nfraction = 0.05\nvalues = [0.0]\nseed = 3\n",
    )
    .expect("write");
    "dev.toml"
}

#[test]
fn device_configs_run_on_the_fast_model_and_the_rtl_refuses_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let c = device_config(dir.path());
    let o = mgdsim(dir.path(), &["train", "--engine", "rtl", "--config", c]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("dev.toml:8: `device` must be absent: the RTL holds its weights in registers"),
        "{err}"
    );
    assert!(err.contains("got kind = \"exponential\""), "{err}");

    let o = mgdsim(
        dir.path(),
        &["train", "--config", c, "--quiet", "--report", "r.json"],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("note: `[device]` has no RTL twin"),
        "{}",
        text(&o)
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("r.json")).expect("report"))
            .expect("JSON");
    assert_eq!(json["engine"], "fast");
}

#[test]
fn a_device_run_resumed_from_its_checkpoint_ends_where_the_straight_run_ends() {
    let dir = tempfile::tempdir().expect("tempdir");
    let c = device_config(dir.path());
    let run = |extra: &[&str], report: &str| fast_run(dir.path(), c, extra, report);
    let straight = run(&[], "straight.json");
    run(
        &["--checkpoint", "c.json", "--checkpoint-every", "1000"],
        "first.json",
    );
    let resumed = run(&["--resume", "c.json"], "resumed.json");
    assert_eq!(
        resumed["last"], straight["last"],
        "same step, inferences, cycles, cost (to the last bit) and accuracy"
    );
    let curve = |r: &serde_json::Value| r["curve"].as_array().expect("curve").clone();
    // Resumed at step 1000, the checkpoint carries the curve before it: the whole run's.
    assert_eq!(curve(&resumed), curve(&straight), "the whole run's curve");
}

/// Options that do not apply are refused with exit code 2 and the valid values:
/// `sweep --chip` is for sweep e only, `explore --lanes` must fit the network.
#[test]
fn misapplied_sweep_and_explore_options_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = mgdsim(dir.path(), &["sweep", "c", "--chip", "--out", "x"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("--chip: only sweep e"), "{}", text(&o));
    let xor = repo().join("sim/configs/xor_hw.toml");
    let o = mgdsim(
        dir.path(),
        &[
            "explore",
            "--config",
            xor.to_str().unwrap(),
            "--lanes",
            "1,10",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        text(&o).contains("valid are 1..=9, P (9) or `useful` (1, 2, 3)"),
        "{}",
        text(&o)
    );
    let o = mgdsim(
        dir.path(),
        &["explore", "--config", xor.to_str().unwrap(), "--pe", "2"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        text(&o).contains("--pe: 2 is not a PE here") && text(&o).contains("valid are 1"),
        "{}",
        text(&o)
    );
}

/// `explore --pe`: every (PE, L) of the lists is a row of the table and of explore.csv, the
/// steps the same at each (the run does not depend on PE), the cycles fewer at PE = 2.
#[test]
fn explore_sweeps_neurons_side_by_side() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = repo().join("sim/configs/xor_hw_np_pe2.toml");
    let o = mgdsim(
        dir.path(),
        &[
            "explore",
            "--config",
            cfg.to_str().unwrap(),
            "--pe",
            "1,2",
            "--lanes",
            "1,2,4",
            "--no-backprop",
            "--out",
            "e",
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    let csv = std::fs::read_to_string(dir.path().join("e/explore.csv")).expect("csv");
    let rows: Vec<Vec<&str>> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    let keys: Vec<(&str, &str)> = rows.iter().map(|r| (r[0], r[1])).collect();
    assert_eq!(
        keys,
        [("1", "1"), ("1", "2"), ("1", "4"), ("2", "2"), ("2", "4")],
        "{csv}"
    );
    assert!(rows.iter().all(|r| r[5] == rows[0][5]), "steps: {csv}");
    let cycles = |pe: &str, l: &str| -> u64 {
        let r = rows.iter().find(|r| r[0] == pe && r[1] == l).expect("row");
        r[6].parse().expect("cycles")
    };
    assert!(cycles("2", "2") < cycles("1", "2"), "{csv}");
}

/// `devices lea digits --diagnose` on a small budget: the weight-noise table and one ablation
/// row per (alpha, fraction), with the noise-aware fine-tune; `lea inplace` refuses the flag.
#[test]
fn lea_digits_diagnose_prints_the_ablations() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = mgdsim(
        repo(),
        &[
            "devices",
            "lea",
            "digits",
            "--diagnose",
            "--fractions",
            "0,0.2",
            "--alpha-max",
            "2",
            "--cycles",
            "1",
            "--epochs",
            "2",
            "--qat-epochs",
            "2",
            "--qat-noise",
            "50",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    let t = text(&o);
    assert!(o.status.success(), "{t}");
    assert!(t.contains("i.i.d. Gaussian weight noise"), "{t}");
    assert!(t.contains("(decay true, noise 50%)"), "{t}");
    assert!(t.contains("only L2"), "{t}");
    let rows = t
        .lines()
        .filter(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            f.len() == 10 && f[..3].iter().all(|c| c.parse::<f64>().is_ok())
        })
        .count();
    assert_eq!(rows, 4, "{t}");
    let o = mgdsim(
        repo(),
        &[
            "devices",
            "lea",
            "inplace",
            "--diagnose",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(!o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("--diagnose"), "{}", text(&o));
}

/// `devices lea inplace` on a small budget: LEA and MGD-in-place rows for every alpha and
/// fraction asked, the on-chip time table, and its CSV and SVG.
#[test]
fn lea_inplace_prints_both_methods_and_writes_csv_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = mgdsim(
        repo(),
        &[
            "devices",
            "lea",
            "inplace",
            "--fractions",
            "0,0.2",
            "--alpha-max",
            "2",
            "--cycles",
            "1",
            "--epochs",
            "2",
            "--qat-epochs",
            "1",
            "--mgd-steps",
            "2000",
            "--mgd-eval-every",
            "1000",
            "--mgd-cycles",
            "1",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    let t = text(&o);
    assert!(o.status.success(), "{t}");
    for row in [
        "LEA alpha 1",
        "LEA alpha 2",
        "MGD alpha 1 trained",
        "MGD alpha 2 trained",
        "chip in the loop, 1 ms/step",
    ] {
        assert!(t.contains(row), "{row}: {t}");
    }
    let csv = std::fs::read_to_string(out.join("lea_inplace.csv")).unwrap();
    assert!(csv.lines().count() > 2, "{csv}");
    assert!(out.join("lea_inplace.svg").exists());
}

/// A run of `sim/configs/digits_cnn.toml` for `steps` steps with `engine`, its report parsed.
fn digits_cnn_run(dir: &Path, engine: &str, steps: &str) -> (Output, Option<serde_json::Value>) {
    let config = repo().join("sim/configs/digits_cnn.toml");
    let report = dir.join(format!("cnn_{engine}.json"));
    let o = mgdsim(
        dir,
        &[
            "train",
            "--config",
            config.to_str().expect("utf-8 path"),
            "--engine",
            engine,
            "--steps",
            steps,
            "--report",
            report.to_str().expect("utf-8 path"),
            "--quiet",
        ],
    );
    let json = std::fs::read_to_string(&report)
        .ok()
        .map(|t| serde_json::from_str(&t).expect("valid JSON"));
    (o, json)
}

/// Paper B's CNN(d) on the 8x8 UCI digits from the command line (issue 13): both f64 engines
/// train it and report P of `Cnn::n_params`; backprop passes chance (10%) clearly.
#[test]
fn digits_cnn_config_trains_with_the_reference_and_backprop_engines() {
    use mgdsim::config::Activation;
    use mgdsim::reference::conv::Cnn;
    let dir = tempfile::tempdir().expect("tempdir");
    let p = Cnn::new(2, 8, 8, 1, 10, Activation::Tanh).n_params();
    for engine in ["reference", "backprop"] {
        let (o, json) = digits_cnn_run(dir.path(), engine, "300");
        let out = text(&o);
        assert!(o.status.success(), "{engine}: {out}");
        assert!(out.contains("CNN(d = 2) on 8x8x1 images"), "{out}");
        let json = json.expect("report written");
        assert_eq!(json["engine"], engine);
        assert_eq!(
            json["n_params"], p,
            "{engine}: P of CNN(2) on 8x8x1, 10 classes"
        );
        assert_eq!(json["config"]["network"]["kind"], "cnn");
        assert_eq!(json["config"]["network"]["width"], 2);
        assert_eq!(json["config"]["mgd"]["per_layer"], true);
        let last = &json["result"]["last"];
        assert_eq!(last["step"], 300);
        // The reference perturbs one layer at a time (`mgd.per_layer`): per sample a
        // baseline and one pass per layer (6 convolutions, 3 dense layers).
        let batch = if engine == "reference" {
            (1 + 9) * 4
        } else {
            4
        };
        assert_eq!(
            last["inferences"],
            300 * batch,
            "{engine}: inferences per step"
        );
        let curve = json["result"]["curve"].as_array().expect("curve");
        assert!(
            curve.len() >= 2,
            "{engine}: evaluated at the start and the end"
        );
        if engine == "backprop" {
            let acc = last["test"]["accuracy"].as_f64().expect("accuracy");
            assert!(acc > 0.3, "backprop after 300 steps: test accuracy {acc}");
        }
    }
}

/// `auto` falls back to the reference for a CNN, saying why (the chip refuses `network.kind`);
/// the chip engines and `--checkpoint` refuse it with exit code 2.
#[test]
fn digits_cnn_runs_on_the_reference_under_auto_and_the_chip_refuses_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (o, json) = digits_cnn_run(dir.path(), "auto", "2");
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(
        out.contains("no chip twin for this config")
            && out.contains("digits_cnn.toml:10: `network.kind` must be `mlp` on the chip"),
        "{out}"
    );
    assert_eq!(json.expect("report")["engine"], "reference");
    for engine in ["fast", "rtl"] {
        let (o, _) = digits_cnn_run(dir.path(), engine, "2");
        assert_eq!(o.status.code(), Some(2), "{engine}: {}", text(&o));
        assert!(
            text(&o).contains("`network.kind` must be `mlp` on the chip"),
            "{engine}"
        );
    }
    let config = repo().join("sim/configs/digits_cnn.toml");
    let o = mgdsim(
        dir.path(),
        &[
            "train",
            "--config",
            config.to_str().expect("utf-8 path"),
            "--checkpoint",
            "c.ckpt",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("which has no CNN"), "{}", text(&o));
}

/// `sim/configs/fashion_cnn.toml` without its IDX files (not shipped) exits 2 naming the
/// config's line and the missing folder. Copied into an empty tree, so that a user's own
/// `data/fashion-mnist` cannot start a long run here.
#[test]
fn fashion_cnn_config_without_its_idx_files_names_the_missing_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let configs = dir.path().join("sim/configs");
    std::fs::create_dir_all(&configs).expect("mkdir");
    std::fs::copy(
        repo().join("sim/configs/fashion_cnn.toml"),
        configs.join("fashion_cnn.toml"),
    )
    .expect("copy");
    let o = mgdsim(
        dir.path(),
        &["train", "--config", "sim/configs/fashion_cnn.toml"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("sim/configs/fashion_cnn.toml:")
            && err.contains("`data.dataset`")
            && err.contains("fashion-mnist"),
        "{err}"
    );
}
