//! Run the exported testbench under Icarus Verilog or Verilator and read its verdict: the
//! first `MISMATCH` (signal, cycle, expected, got) or `PASS`. Also the Verilator lint of an
//! export. A missing simulator is an error, never a skip. Test: `tests/verilog.rs`.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{ExportError, Result};

/// Which simulator runs the testbench.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Simulator {
    /// Icarus Verilog (`iverilog` + `vvp`).
    #[default]
    Iverilog,
    /// Verilator 5 (`--binary --timing`).
    Verilator,
}

/// One testbench run: the design, its testbench and the golden vectors it replays.
#[derive(Clone, Debug)]
pub struct Bench {
    /// `rtl/<stem>.v`.
    pub verilog: PathBuf,
    /// `testbenches/tb_<stem>.v`.
    pub testbench: PathBuf,
    /// Testbench module, `tb_<stem>`.
    pub top: String,
    /// Folder holding `status.hex` and `theta.hex`.
    pub vectors: PathBuf,
    /// Rows of `status.hex`.
    pub cycles: u64,
    /// Rows of `theta.hex`.
    pub checkpoints: u64,
    /// Scratch folder for the simulator's build.
    pub work: PathBuf,
    /// Replay a stalled run (`-DSTALLS`: `valid.hex`, `readout.hex`, `stream.hex` in `vectors`).
    pub stalls: bool,
}

/// What the testbench said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every cycle and checkpoint matched.
    Pass {
        /// The testbench's `PASS` line.
        line: String,
    },
    /// The first difference.
    Mismatch {
        /// `steps`, `current_cost`, `done`, `theta[i]`, ...
        signal: String,
        /// Rising edge (0 = the first reset edge).
        cycle: u64,
        /// Golden value (hex).
        expected: String,
        /// Simulated value (hex).
        got: String,
    },
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Pass { line } => write!(f, "{line}"),
            Outcome::Mismatch {
                signal,
                cycle,
                expected,
                got,
            } => write!(
                f,
                "MISMATCH `{signal}` at cycle {cycle}: expected {expected}, got {got}"
            ),
        }
    }
}

fn tool(name: &str, reason: impl Into<String>) -> ExportError {
    ExportError::Tool {
        tool: name.into(),
        reason: reason.into(),
    }
}

/// Run `cmd` (named `name`), failing with the tail of its output if it cannot start or exits
/// non-zero. Returns stdout and stderr.
pub fn run_tool(name: &str, cmd: &mut Command) -> Result<(String, String)> {
    let out = cmd.output().map_err(|e| {
        tool(
            name,
            format!("cannot run it ({e}); install it (see .ci/run) and put it on PATH"),
        )
    })?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        return Err(tool(
            name,
            format!(
                "failed ({}):\n{}{}",
                out.status,
                tail(&stdout),
                tail(&stderr)
            ),
        ));
    }
    Ok((stdout, stderr))
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let from = lines.len().saturating_sub(30);
    lines[from..].iter().map(|l| format!("{l}\n")).collect()
}

fn abs(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

fn defines(b: &Bench) -> Vec<String> {
    let v = abs(&b.vectors);
    let mut d = vec![
        format!("-DSTATUS_HEX=\"{}\"", v.join("status.hex").display()),
        format!("-DTHETA_HEX=\"{}\"", v.join("theta.hex").display()),
        format!("-DSTREAM_HEX=\"{}\"", v.join("stream.hex").display()),
        format!("-DVALID_HEX=\"{}\"", v.join("valid.hex").display()),
        format!("-DREADOUT_HEX=\"{}\"", v.join("readout.hex").display()),
        format!("-DN_CYCLES={}", b.cycles),
        format!("-DN_CHECKPOINTS={}", b.checkpoints),
    ];
    if b.stalls {
        d.push("-DSTALLS".into());
    }
    d
}

/// Build and run `bench` under `sim`; the verdict, or an error if a tool failed or the
/// testbench said neither `PASS` nor `MISMATCH`.
pub fn run(sim: Simulator, bench: &Bench) -> Result<Outcome> {
    std::fs::create_dir_all(&bench.work)
        .map_err(|e| ExportError::io(&bench.work, "cannot create the folder", e))?;
    let stdout = match sim {
        Simulator::Iverilog => {
            let vvp = abs(&bench.work).join(format!("{}.vvp", bench.top));
            run_tool(
                "iverilog",
                Command::new("iverilog")
                    .args(["-g2005", "-o"])
                    .arg(&vvp)
                    .args(["-s", &bench.top])
                    .args(defines(bench))
                    .arg(&bench.verilog)
                    .arg(&bench.testbench),
            )?;
            run_tool("vvp", Command::new("vvp").arg("-n").arg(&vvp))?.0
        }
        Simulator::Verilator => {
            let mdir = abs(&bench.work).join("obj_dir");
            run_tool(
                "verilator",
                Command::new("verilator")
                    .args([
                        "--binary",
                        "--timing",
                        "-Wno-fatal",
                        "-Wno-lint",
                        "-Wno-style",
                    ])
                    .args(["-j", "2", "--top-module", &bench.top, "--Mdir"])
                    .arg(&mdir)
                    .args(defines(bench))
                    .arg(&bench.verilog)
                    .arg(&bench.testbench),
            )?;
            run_tool(
                "verilated testbench",
                &mut Command::new(mdir.join(format!("V{}", bench.top))),
            )?
            .0
        }
    };
    parse(&stdout)
}

/// Read the testbench's verdict from its output.
pub fn parse(stdout: &str) -> Result<Outcome> {
    for line in stdout.lines() {
        if let Some(rest) = line.trim().strip_prefix("MISMATCH ") {
            let w: Vec<&str> = rest.split_whitespace().collect();
            if let [signal, "cycle", cycle, "expected", expected, "got", got] = w[..] {
                if let Ok(cycle) = cycle.parse() {
                    return Ok(Outcome::Mismatch {
                        signal: signal.into(),
                        cycle,
                        expected: expected.into(),
                        got: got.into(),
                    });
                }
            }
        }
        if line.trim().starts_with("PASS") {
            return Ok(Outcome::Pass {
                line: line.trim().into(),
            });
        }
    }
    Err(ExportError::Format {
        file: "testbench output".into(),
        reason: format!("neither PASS nor MISMATCH:\n{}", tail(stdout)),
    })
}

/// `verilator --lint-only -Wall` of `verilog` with the waivers of `waivers` (a `.vlt` file):
/// `Ok` if clean, else the warnings.
pub fn lint(verilog: &Path, waivers: &Path, top: &str) -> Result<()> {
    let (out, err) = run_tool(
        "verilator --lint-only",
        Command::new("verilator")
            .args(["--lint-only", "-Wall", "--top-module", top])
            .arg(waivers)
            .arg(verilog),
    )?;
    if err.contains("%Warning") || out.contains("%Warning") {
        return Err(tool(
            "verilator --lint-only",
            format!("{}{}", tail(&out), tail(&err)),
        ));
    }
    Ok(())
}
