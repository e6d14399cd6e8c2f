//! Golden vectors recorded from the Rust simulation (`RtlTrainer` driving `MgdTrainer`), for
//! the exported testbench to replay: `status.hex` holds, for every rising edge from the first
//! reset edge on, the input `reset` applied before it and the outputs `steps`, `current_cost`,
//! `done`, `at_target`, `correct` after it; `theta.hex` holds every parameter, read out through
//! `read_addr` -> `read_theta`, after the edges named by its checkpoints; `stream.hex` (a chip
//! without its sample ROM only) holds the sample words the testbench streams, in the order the
//! chip took them (the inputs of sample `sample_index`, training and evaluation). A stalled run
//! (`stall/`, [`record_stalled`]) streams with a seeded stall pattern: `valid.hex` holds
//! `sample_valid` before every edge and `readout.hex` the waits and stray addresses of the
//! weight read-out. The first line of each file names its columns (a `//` comment, which
//! `$readmemh` skips); values are hex, two's complement.
//!
//! Twin: the testbench that `testbench.rs` writes reads exactly these columns. Test:
//! `tests/verilog.rs`.

use std::fmt::Write as _;
use std::path::Path;

use rand::{Rng, SeedableRng};
use rust_hdl::prelude::*;

use super::{write_file, Design, ExportError, Result};
use crate::blocks::trainer::MgdTrainer;
use crate::blocks::{drive, settle};
use crate::engine::RtlTrainer;
use crate::fixed::{from_hw, to_hw};
use crate::run::Trainer;

/// Column names of `status.hex`, in order (one 32-bit word each).
pub const STATUS_COLUMNS: [&str; 7] = [
    "cycle",
    "reset",
    "steps",
    "current_cost",
    "done",
    "at_target",
    "correct",
];

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
    /// `at_target` after the edge.
    pub at_target: bool,
    /// `correct` after the edge.
    pub correct: u32,
}

impl StatusRow {
    /// The status outputs of `chip` (settled after an edge), with `reset` applied before it.
    fn of(chip: &MgdTrainer, reset: bool) -> Self {
        StatusRow {
            reset,
            steps: chip.steps.val().to_u64() as u32,
            current_cost: from_hw(chip.current_cost.val()),
            done: chip.done.val(),
            at_target: chip.at_target.val(),
            correct: chip.correct.val().to_u64() as u32,
        }
    }
}

/// The word a streaming source sends `chip` now (settled): `MgdTrainer::wanted_word`, raw.
fn wanted_word(plan: &crate::chip::ChipPlan, chip: &MgdTrainer) -> (i32, usize) {
    let (x, label) = chip.wanted_word(plan);
    (x.0, usize::from(label))
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
    /// A stream-only chip's samples, one row per word in the order the chip took them:
    /// (`sample_data`, `sample_label`); empty for a chip with its sample ROM (a stalled run
    /// streams for every chip).
    pub stream: Vec<(i32, usize)>,
    /// A stalled run: `sample_valid` before edge `c` (empty otherwise).
    pub valid: Vec<bool>,
    /// A stalled run: per weight read, in order (checkpoint by checkpoint, parameter by
    /// parameter), the time units the read-out waits after the strobe and the stray
    /// `read_addr` it shows meanwhile (`read_theta` must hold).
    pub reads: Vec<(u32, u32)>,
}

/// The stall pattern of a stalled run, from `ChaCha8Rng(seed)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stalls {
    /// Seed of the pattern.
    pub seed: u64,
    /// `sample_valid` stays 0 for this many cycles after the reset edge and the Init sweep.
    pub hold_low: u64,
    /// Then each cycle stalls (`sample_valid` = 0) with this probability, in percent.
    pub percent: u32,
}

/// The stalls of the committed `stall/` vectors: valid low for 100 cycles once the chip wants
/// its first sample, then 30% random stalls, seed 15 (the number).
pub const STALLS: Stalls = Stalls {
    seed: 15,
    hold_low: 100,
    percent: 30,
};

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
    let mut stream = vec![];
    let mut next = checkpoints.into_iter().peekable();
    for c in 0..cycles {
        let reset = c == 0;
        // `RtlTrainer` feeds a stream-only chip without stalls: it takes a word whenever it
        // is loading.
        let chip = t.chip_mut();
        if design.plan.stream_only && !reset && chip.sequencer.loading.val() {
            stream.push(wanted_word(&design.plan, chip));
        }
        chip.reset.next = reset;
        t.tick();
        let chip = t.chip_mut();
        status.push(StatusRow::of(chip, reset));
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
    Vectors {
        status,
        checkpoints: cps,
        n_params: design.n_params(),
        stream,
        valid: vec![],
        reads: vec![],
    }
}

/// Run a fresh chip of `design` for `cycles` edges from a reset edge with `stream_select` = 1,
/// a source streaming the word the chip asks for (the next input of sample `sample_index`),
/// recorded in the order the chip takes them (the exported testbench replays that list: word
/// `w` on `sample_data`, `w` advancing at every edge with `sample_valid && sample_ready`),
/// `sample_valid` following `stalls`. Records the outputs after every edge and reads the weights out at the
/// end of every step, keeping at most eight evenly spaced checkpoints (the last included).
pub fn record_stalled(design: &Design, cycles: u64, stalls: Stalls) -> Vectors {
    let plan = &design.plan;
    let p = design.n_params() as u64;
    let mut words = vec![];
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(stalls.seed);
    let valid: Vec<bool> = (0..cycles)
        .map(|c| {
            let stall = rng.random_range(0..100u32) < stalls.percent;
            c > p + stalls.hold_low && !stall
        })
        .collect();
    let mut chip = Box::new(MgdTrainer::new(plan));
    chip.connect_all();
    assert!(settle(&mut *chip), "the chip settles");
    let mut status = Vec::with_capacity(cycles as usize);
    let mut ends = vec![];
    let mut last_steps = 0u32;
    for (c, &v) in valid.iter().enumerate() {
        chip.reset.next = c == 0;
        chip.stream_select.next = true;
        chip.sample_valid.next = v;
        assert!(settle(&mut *chip), "the chip settles");
        let (x, label) = wanted_word(plan, &chip);
        chip.sample_data.next = to_hw(x as i64);
        chip.sample_label.next = label.to_bits();
        assert!(settle(&mut *chip), "the chip settles");
        if c > 0 && v && chip.sample_ready.val() {
            words.push((x, label));
        }
        assert!(drive(&mut *chip, |c| &mut c.clock), "the chip settles");
        let row = StatusRow::of(&chip, c == 0);
        if row.steps != last_steps {
            let theta = (0..p as usize)
                .map(|i| {
                    chip.read_addr.next = i.to_bits();
                    assert!(drive(&mut *chip, |c| &mut c.read_clock));
                    from_hw(chip.read_theta.val()) as i32
                })
                .collect();
            ends.push(Checkpoint {
                cycle: c as u64,
                theta,
            });
            last_steps = row.steps;
        }
        status.push(row);
    }
    let n = ends.len();
    let keep: Vec<usize> = (1..=8usize.min(n)).map(|k| k * n / 8.min(n) - 1).collect();
    let checkpoints: Vec<Checkpoint> = keep.into_iter().map(|k| ends[k].clone()).collect();
    let reads = (0..checkpoints.len() as u64 * p)
        .map(|_| (rng.random_range(0..4u32), rng.random_range(0..p as u32)))
        .collect();
    Vectors {
        status,
        checkpoints,
        n_params: design.n_params(),
        stream: words,
        valid,
        reads,
    }
}

/// Check a stalled run against the unstalled one: the weights at each of `stalled`'s
/// checkpoints equal those of a fresh chip run without stalls (`RtlTrainer`) for the same
/// number of steps. Returns, per checkpoint, (steps, edges stalled, edges unstalled) to that
/// step's end, or the first step whose weights differ.
pub fn compare_unstalled(
    design: &Design,
    stalled: &Vectors,
) -> std::result::Result<Vec<(u64, u64, u64)>, String> {
    let mut t = RtlTrainer::new(design.plan.clone());
    let mut out = vec![];
    for cp in &stalled.checkpoints {
        let k = u64::from(stalled.status[cp.cycle as usize].steps);
        while t.steps() < k {
            t.step();
        }
        let want: Vec<i32> = t.weights().iter().map(|w| w.0).collect();
        if cp.theta != want {
            return Err(format!(
                "{}: weights after step {k} differ: stalled {:?}, unstalled {want:?}",
                design.stem, cp.theta
            ));
        }
        out.push((k, cp.cycle + 1, t.cycles()));
    }
    Ok(out)
}

impl Vectors {
    /// `status.hex`: header line, then `cycle reset steps current_cost done at_target correct`
    /// per edge.
    pub fn status_hex(&self) -> String {
        let mut s = format!(
            "// {} (one row per rising edge from the first reset edge: reset before it, outputs after it; hex)\n",
            STATUS_COLUMNS.join(" ")
        );
        for (c, r) in self.status.iter().enumerate() {
            let _ = writeln!(
                s,
                "{:08x} {:x} {:08x} {:08x} {:x} {:x} {:08x}",
                c,
                u8::from(r.reset),
                r.steps,
                r.current_cost as u32,
                u8::from(r.done),
                u8::from(r.at_target),
                r.correct
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

    /// `valid.hex`: `sample_valid` before each edge of a stalled run.
    pub fn valid_hex(&self) -> String {
        let mut s = String::from(
            "// sample_valid (one row per rising edge from the first reset edge: applied before it)\n",
        );
        for &v in &self.valid {
            let _ = writeln!(s, "{:x}", u8::from(v));
        }
        s
    }

    /// `readout.hex`: per weight read of a stalled run, `wait stray_read_addr`.
    pub fn readout_hex(&self) -> String {
        let mut s = String::from("// wait stray_read_addr (one row per weight read, checkpoint by checkpoint; after the read_clock strobe the testbench shows stray_read_addr for `wait` time units and read_theta must hold; hex)\n");
        for &(g, a) in &self.reads {
            let _ = writeln!(s, "{g:x} {a:03x}");
        }
        s
    }

    /// Write `status.hex` and `theta.hex` (`stream.hex` for a streamed run, `valid.hex` and
    /// `readout.hex` for a stalled one) into `dir`.
    pub fn write(&self, dir: &Path) -> Result<()> {
        write_file(&dir.join("status.hex"), &self.status_hex())?;
        if !self.stream.is_empty() {
            write_file(&dir.join("stream.hex"), &self.stream_hex())?;
        }
        if !self.valid.is_empty() {
            write_file(&dir.join("valid.hex"), &self.valid_hex())?;
            write_file(&dir.join("readout.hex"), &self.readout_hex())?;
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
