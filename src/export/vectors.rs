//! Golden vectors recorded from the Rust simulation (`RtlTrainer` driving `MgdTrainer`), for
//! the exported testbench to replay: `status.hex` holds, for every rising edge from the first
//! reset edge on, the input `reset` applied before it and the outputs `steps`, `current_cost`,
//! `done` after it; `theta.hex` holds every parameter, read out through `read_addr` ->
//! `read_theta`, after the edges named by its checkpoints; `stream.hex` (a chip without its
//! sample ROM only) holds the sample words the testbench streams. The first line of each file names
//! its columns (a `//` comment, which `$readmemh` skips); values are hex, two's complement.
//!
//! Twin: the testbench that `testbench.rs` writes reads exactly these columns. Test:
//! `tests/verilog.rs`.

use std::fmt::Write as _;
use std::path::Path;

use super::{write_file, Design, ExportError, Result};
use crate::engine::RtlTrainer;
use crate::fixed::from_hw;

/// Column names of `status.hex`, in order (one 32-bit word each).
pub const STATUS_COLUMNS: [&str; 5] = ["cycle", "reset", "steps", "current_cost", "done"];

/// One rising edge: the input before it and the outputs after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusRow {
    /// `reset` applied before the edge.
    pub reset: bool,
    /// `steps` after the edge.
    pub steps: u32,
    /// `current_cost` after the edge, raw.
    pub current_cost: i64,
    /// `done` after the edge.
    pub done: bool,
}

/// All parameters after one edge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    /// The edge (0 = the first reset edge).
    pub cycle: u64,
    /// theta[0..P], raw.
    pub theta: Vec<i32>,
}

/// A recorded run: one [`StatusRow`] per cycle and the weights at checkpoints.
#[derive(Clone, Debug)]
pub struct Vectors {
    /// Row `c` is edge `c`.
    pub status: Vec<StatusRow>,
    /// In increasing cycle order.
    pub checkpoints: Vec<Checkpoint>,
    /// P.
    pub n_params: usize,
    /// A stream-only chip's samples, one row per word in the order the chip takes them:
    /// (`sample_data`, `sample_label`); empty for a chip with its sample ROM.
    pub stream: Vec<(i32, usize)>,
}

/// Eight evenly spaced checkpoints over `cycles` cycles, the last at the last cycle.
pub fn default_checkpoints(cycles: u64) -> Vec<u64> {
    let mut v: Vec<u64> = (1..=8u64)
        .map(|k| (k * cycles / 8).saturating_sub(1))
        .collect();
    v.dedup();
    v
}

/// Run a fresh chip of `design` for `cycles` edges from a reset edge (ROM samples) and record
/// its outputs, reading the weights out after each edge in `checkpoints`.
pub fn record(design: &Design, cycles: u64, checkpoints: Vec<u64>) -> Vectors {
    let mut t = RtlTrainer::new(design.plan.clone());
    let mut status = Vec::with_capacity(cycles as usize);
    let mut cps = Vec::new();
    let mut next = checkpoints.into_iter().peekable();
    for c in 0..cycles {
        let reset = c == 0;
        t.chip_mut().reset.next = reset;
        t.tick();
        let chip = t.chip_mut();
        status.push(StatusRow {
            reset,
            steps: chip.steps.val().to_u64() as u32,
            current_cost: from_hw(chip.current_cost.val()),
            done: chip.done.val(),
        });
        while next.peek().is_some_and(|&k| k < c) {
            next.next();
        }
        if next.peek() == Some(&c) {
            next.next();
            cps.push(Checkpoint {
                cycle: c,
                theta: t.weights().iter().map(|w| w.0).collect(),
            });
        }
    }
    let plan = &design.plan;
    let n_in = plan.layers[0];
    let stream = match plan.stream_only {
        true => (plan.inputs.iter().enumerate())
            .map(|(i, x)| (x.0, usize::from(plan.labels[i / n_in])))
            .collect(),
        false => vec![],
    };
    Vectors {
        status,
        checkpoints: cps,
        n_params: design.n_params(),
        stream,
    }
}

impl Vectors {
    /// `status.hex`: header line, then `cycle reset steps current_cost done` per edge.
    pub fn status_hex(&self) -> String {
        let mut s = format!(
            "// {} (one row per rising edge from the first reset edge: reset before it, outputs after it; hex)\n",
            STATUS_COLUMNS.join(" ")
        );
        for (c, r) in self.status.iter().enumerate() {
            let _ = writeln!(
                s,
                "{:08x} {:x} {:08x} {:08x} {:x}",
                c,
                u8::from(r.reset),
                r.steps,
                r.current_cost as u32,
                u8::from(r.done)
            );
        }
        s
    }

    /// `theta.hex`: header line, then `cycle theta[0] .. theta[P-1]` per checkpoint.
    pub fn theta_hex(&self) -> String {
        let mut s = format!(
            "// cycle theta[0..{}] (read_addr -> read_theta after the edge `cycle`; 16-bit two's complement; hex)\n",
            self.n_params
        );
        for cp in &self.checkpoints {
            let _ = write!(s, "{:08x}", cp.cycle);
            for &t in &cp.theta {
                let _ = write!(s, " {:04x}", t as u16);
            }
            s.push('\n');
        }
        s
    }

    /// `stream.hex`: per sample word, `sample_data sample_label` (the testbench's stream
    /// source for a chip without its sample ROM).
    pub fn stream_hex(&self) -> String {
        let mut s = String::from("// sample_data sample_label (one row per word, in the order the chip takes them; hex)\n");
        for &(x, label) in &self.stream {
            let _ = writeln!(s, "{:04x} {:02x}", x as u16, label);
        }
        s
    }

    /// Write `status.hex` and `theta.hex` (and `stream.hex` for a stream-only chip) into `dir`.
    pub fn write(&self, dir: &Path) -> Result<()> {
        write_file(&dir.join("status.hex"), &self.status_hex())?;
        if !self.stream.is_empty() {
            write_file(&dir.join("stream.hex"), &self.stream_hex())?;
        }
        write_file(&dir.join("theta.hex"), &self.theta_hex())
    }

    /// Count the rows of the vector files in `dir`: (cycles, checkpoints).
    pub fn count(dir: &Path) -> Result<(u64, u64)> {
        let rows = |name: &str| -> Result<u64> {
            let p = dir.join(name);
            let text = std::fs::read_to_string(&p)
                .map_err(|e| ExportError::io(&p, "cannot read the golden vectors", e))?;
            Ok(text
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with("//"))
                .count() as u64)
        };
        Ok((rows("status.hex")?, rows("theta.hex")?))
    }
}
