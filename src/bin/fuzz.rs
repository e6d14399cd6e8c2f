//! `fuzz`: seeded mutation fuzzing of every loader mgdsim feeds user input to, on stable Rust.
//!
//! One target per loader: `config` (TOML), `csv` (CSV, gzip too), `idx` (an image and a label
//! file), `table` (jump tables), `checkpoint` (fast-model checkpoints, with their state hash
//! recomputed after each mutation so that forged values reach validation), `vectors` (the
//! golden-vector files `mgdsim verify` reads). Each execution mutates a valid corpus input
//! (bit flips, byte edits, splices, inserted extreme numbers; 1 in 16 is arbitrary bytes) with
//! a `ChaCha8Rng` seeded from `--seed`, and calls the loader under `catch_unwind`. Panics are
//! counted and the first inputs that caused them written to `--out`. A global allocator aborts
//! on any single allocation above 256 MiB (after saving the input): an input of a few kB that
//! asks for that much is unbounded allocation.
//!
//! ```text
//! cargo run --release --bin fuzz -- --execs 1000000 --seed 1
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use clap::Parser;
use mgdsim::config::Config;
use mgdsim::datasets::{self, Dataset};
use mgdsim::engine::checkpoint;
use mgdsim::run::Trainer;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The largest single allocation an input may cause.
const ALLOC_GUARD: usize = 256 << 20;

/// The input being run, saved by the allocation guard before it aborts.
static CURRENT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static GUARD_TRIPPED: AtomicBool = AtomicBool::new(false);

struct Guard;

// SAFETY: forwards to `System`; only adds a size check.
unsafe impl GlobalAlloc for Guard {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.size() > ALLOC_GUARD && !GUARD_TRIPPED.swap(true, Ordering::SeqCst) {
            guard_abort(layout.size());
        }
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > ALLOC_GUARD && !GUARD_TRIPPED.swap(true, Ordering::SeqCst) {
            guard_abort(new_size);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Guard = Guard;

/// Save the current input as `fuzz-alloc-abort.bin` and abort.
fn guard_abort(size: usize) -> ! {
    eprintln!("ALLOCATION GUARD: {size} bytes requested; input saved to fuzz-alloc-abort.bin");
    if let Ok(input) = CURRENT.try_lock() {
        let _ = std::fs::write("fuzz-alloc-abort.bin", &*input);
    }
    std::process::abort()
}

/// Seeded mutation fuzzing of mgdsim's loaders.
#[derive(Parser, Debug)]
struct Args {
    /// Targets to run (default: all): config, csv, idx, table, checkpoint, vectors.
    #[arg(long)]
    target: Vec<String>,
    /// Executions per target.
    #[arg(long, default_value_t = 100_000)]
    execs: u64,
    /// Seed of the mutations.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Folder for inputs that panicked.
    #[arg(long, default_value = "target/fuzz")]
    out: PathBuf,
    /// Run this one input through the (single) `--target`, panics printed: a reproducer.
    #[arg(long, requires = "target")]
    replay: Option<PathBuf>,
}

/// How a loader answered an input.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Accepted,
    Refused,
}

fn verdict<T, E>(r: Result<T, E>) -> Verdict {
    match r {
        Ok(_) => Verdict::Accepted,
        Err(_) => Verdict::Refused,
    }
}

/// A loader called on bytes.
type Loader = Box<dyn Fn(&[u8]) -> Verdict>;

/// A loader under test: its valid inputs and the function that loads bytes.
struct Target {
    name: &'static str,
    corpus: Vec<Vec<u8>>,
    run: Loader,
}

fn text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

fn xor_setup() -> (Config, Dataset) {
    let config = Config::parse("xor.toml", include_str!("../../sim/configs/xor.toml"))
        .expect("the shipped xor config is valid");
    let data = datasets::load("xor", std::path::Path::new("."), 0.0, 0).expect("built-in");
    (config, data)
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).expect("in memory");
    e.finish().expect("in memory")
}

fn idx_pair(n: u32, rows: u32, cols: u32) -> Vec<u8> {
    let mut img = [0x0803u32, n, rows, cols]
        .iter()
        .flat_map(|v| v.to_be_bytes())
        .collect::<Vec<u8>>();
    img.extend((0..n * rows * cols).map(|i| (i * 37 % 256) as u8));
    let mut lab = [0x0801u32, n]
        .iter()
        .flat_map(|v| v.to_be_bytes())
        .collect::<Vec<u8>>();
    lab.extend((0..n).map(|i| (i % 10) as u8));
    // Input layout: image file length (u32 big-endian), image file, label file.
    let mut out = (img.len() as u32).to_be_bytes().to_vec();
    out.extend(img);
    out.extend(lab);
    out
}

/// Split an `idx` input into (images, labels).
fn split_idx(bytes: &[u8]) -> (&[u8], &[u8]) {
    if bytes.len() < 4 {
        return (bytes, &[]);
    }
    let n = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
    let rest = &bytes[4..];
    rest.split_at(n.min(rest.len()))
}

fn checkpoints(config: &Config, data: &Dataset) -> Vec<Vec<u8>> {
    let dir = tempfile_dir();
    let mut out = Vec::new();
    let mut device = config.clone();
    device.device = Some(mgdsim::devices::DeviceModel::Exponential {
        w_scale: 1.0,
        accumulate: 4.0,
    });
    for (c, steps) in [(config, 0), (config, 37), (config, 300), (&device, 50)] {
        let mut t = checkpoint::fast_trainer(c, data).expect("xor builds");
        let mut history = Vec::new();
        for k in 0..steps {
            t.step();
            if k % 25 == 24 {
                history.push(mgdsim::run::CurvePoint {
                    step: t.steps(),
                    inferences: t.inferences(),
                    cycles: Trainer::cycles(&t),
                    train: t.evaluate(&data.train),
                    test: t.evaluate(&data.test),
                });
            }
        }
        if history.last().is_some_and(|p| p.step != t.steps()) {
            history.clear();
        }
        let path = dir.join(format!("seed{steps}.ckpt"));
        checkpoint::save_with_history(&path, &t, &history).expect("temp dir writable");
        out.push(std::fs::read(&path).expect("just written"));
    }
    let _ = std::fs::remove_dir_all(&dir);
    out
}

fn tempfile_dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("mgdsim-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn targets() -> Vec<Target> {
    let (xor_config, xor_data) = xor_setup();
    let device_config = {
        let mut c = xor_config.clone();
        c.device = Some(mgdsim::devices::DeviceModel::Exponential {
            w_scale: 1.0,
            accumulate: 4.0,
        });
        c
    };
    let table =
        mgdsim::devices::JumpTable::from_device(&mgdsim::devices::Exponential::default(), 6, 8)
            .to_csv();
    let small_csv = b"1.5,2,0\n3,4e3,1\n-5,6,2\n7,8,0\n0.25,1,1\n9,9,2\n".to_vec();
    vec![
        Target {
            name: "config",
            corpus: [
                include_str!("../../sim/configs/xor.toml"),
                include_str!("../../sim/configs/nist7x7.toml"),
                include_str!("../../sim/configs/digits_hw_device.toml"),
                include_str!("../../sim/configs/iris.toml"),
                include_str!("../../sim/configs/digits_exp.toml"),
            ]
            .iter()
            .map(|s| s.as_bytes().to_vec())
            .collect(),
            run: Box::new(|b| {
                // What `Config::load` does after its bounded read: text, then validation.
                match std::str::from_utf8(b) {
                    Ok(t) => verdict(Config::parse("fuzz.toml", t).map(|c| c.n_params())),
                    Err(_) => Verdict::Refused,
                }
            }),
        },
        Target {
            name: "csv",
            corpus: vec![
                include_bytes!("../../data/iris.csv").to_vec(),
                gz(&small_csv),
                small_csv,
            ],
            run: Box::new(|b| {
                let bytes = match datasets::maybe_gunzip("fuzz.csv", b.to_vec()) {
                    Ok(v) => v,
                    Err(_) => return Verdict::Refused,
                };
                verdict(datasets::from_csv_bytes("fuzz.csv", &bytes, 0.2, 1))
            }),
        },
        Target {
            name: "idx",
            corpus: vec![idx_pair(3, 2, 2), idx_pair(5, 3, 4), idx_pair(0, 28, 28)],
            run: Box::new(|b| {
                let (img, lab) = split_idx(b);
                verdict(datasets::parse_idx_pair(("img", img), ("lab", lab)))
            }),
        },
        Target {
            name: "table",
            corpus: vec![table.into_bytes()],
            run: Box::new(|b| verdict(mgdsim::devices::JumpTable::parse("fuzz.csv", &text(b)))),
        },
        Target {
            name: "checkpoint",
            corpus: checkpoints(&xor_config, &xor_data),
            run: Box::new(move |b| {
                let t = text(b);
                // Half the inputs resealed: a forged file with a valid hash must reach
                // validation and be refused there, not panic.
                let sealed = match b.len() % 2 {
                    0 => checkpoint::reseal(&t),
                    _ => None,
                };
                let t = sealed.as_deref().unwrap_or(&t);
                let mut v = Verdict::Refused;
                for c in [&xor_config, &device_config] {
                    if let Ok((mut trainer, _)) = checkpoint::parse("fuzz.ckpt", t, c, &xor_data) {
                        // A state that loads must also run.
                        for _ in 0..3 {
                            trainer.step();
                        }
                        trainer.evaluate(&xor_data.test);
                        v = Verdict::Accepted;
                    }
                }
                v
            }),
        },
        Target {
            name: "vectors",
            corpus: vec![
                b"S// cycle reset steps current_cost done\n00000000 1 00000000 00000000 0\n00000001 0 00000001 0000abcd 1\n".to_vec(),
                b"T// cycle theta\n00000003 0001 fffe 7fff\n00000007 0000 8000 0001\n".to_vec(),
                b"X// sample_data sample_label\n0100 01\nffff 00\n".to_vec(),
            ],
            run: Box::new(|b| {
                use mgdsim::export::vectors_read as v;
                let (kind, rest) = b.split_first().unwrap_or((&b'S', &[]));
                let t = text(rest);
                match kind % 3 {
                    0 => verdict(v::parse_status("status.hex", &t)),
                    1 => verdict(v::parse_theta("theta.hex", &t, None)),
                    _ => verdict(v::parse_stream("stream.hex", &t)),
                }
            }),
        },
    ]
}

/// Numbers that sit on the limits mgdsim checks, or beyond every type's range.
const EXTREMES: &[&str] = &[
    "0",
    "-1",
    "1",
    "255",
    "256",
    "65535",
    "65536",
    "32768",
    "40000",
    "1023",
    "1024",
    "2147483648",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "1000000000",
    "1e308",
    "-1e308",
    "1e-308",
    "nan",
    "inf",
    "-0",
    "0.5",
    "Q4294967295.3",
    "Q15.0",
    "\u{ff}",
    "\"",
    "[",
    "{",
    ",",
    "\n",
];

/// One mutation of `input` (at least one edit).
fn mutate(rng: &mut ChaCha8Rng, corpus: &[Vec<u8>], input: &mut Vec<u8>) {
    let edits = 1 + rng.random_range(0..4);
    for _ in 0..edits {
        let len = input.len();
        match rng.random_range(0..9) {
            0 if len > 0 => {
                let i = rng.random_range(0..len);
                input[i] ^= 1 << rng.random_range(0..8);
            }
            1 if len > 0 => {
                let i = rng.random_range(0..len);
                input[i] = rng.random();
            }
            2 if len > 0 => {
                let i = rng.random_range(0..len);
                let n = rng.random_range(1..=16.min(len - i));
                input.drain(i..i + n);
            }
            3 if len > 0 => {
                // Duplicate a slice.
                let i = rng.random_range(0..len);
                let n = rng.random_range(1..=64.min(len - i));
                let piece = input[i..i + n].to_vec();
                let at = rng.random_range(0..=len);
                input.splice(at..at, piece);
            }
            4 | 5 => {
                // Replace a number (a run of digits) by an extreme, or insert one.
                let e = EXTREMES[rng.random_range(0..EXTREMES.len())].as_bytes();
                let digits: Vec<usize> = (0..len).filter(|&i| input[i].is_ascii_digit()).collect();
                if digits.is_empty() {
                    let at = rng.random_range(0..=len);
                    input.splice(at..at, e.iter().copied());
                } else {
                    let mut i = digits[rng.random_range(0..digits.len())];
                    while i > 0 && input[i - 1].is_ascii_digit() {
                        i -= 1;
                    }
                    let mut j = i;
                    while j < len && (input[j].is_ascii_digit() || input[j] == b'.') {
                        j += 1;
                    }
                    input.splice(i..j, e.iter().copied());
                }
            }
            6 => {
                // Splice with another corpus entry.
                let other = &corpus[rng.random_range(0..corpus.len())];
                if !other.is_empty() {
                    let cut = rng.random_range(0..=len);
                    let from = rng.random_range(0..other.len());
                    input.truncate(cut);
                    input.extend_from_slice(&other[from..]);
                }
            }
            7 if len > 0 => {
                input.truncate(rng.random_range(0..len));
            }
            _ => {
                let at = rng.random_range(0..=len);
                let n = rng.random_range(1..8);
                let junk: Vec<u8> = (0..n).map(|_| rng.random()).collect();
                input.splice(at..at, junk);
            }
        }
    }
}

struct Stats {
    execs: u64,
    accepted: u64,
    refused: u64,
    panics: u64,
}

fn fuzz(t: &Target, execs: u64, seed: u64, out: &std::path::Path) -> Stats {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ fnv(t.name));
    let mut s = Stats {
        execs: 0,
        accepted: 0,
        refused: 0,
        panics: 0,
    };
    for _ in 0..execs {
        let mut input = if rng.random_range(0..16) == 0 {
            let n = rng.random_range(0..512);
            (0..n).map(|_| rng.random()).collect()
        } else {
            let mut v = t.corpus[rng.random_range(0..t.corpus.len())].clone();
            mutate(&mut rng, &t.corpus, &mut v);
            v
        };
        if input.len() > 1 << 20 {
            input.truncate(1 << 20);
        }
        if let Ok(mut cur) = CURRENT.lock() {
            cur.clone_from(&input);
        }
        s.execs += 1;
        match catch_unwind(AssertUnwindSafe(|| (t.run)(&input))) {
            Ok(Verdict::Accepted) => s.accepted += 1,
            Ok(Verdict::Refused) => s.refused += 1,
            Err(_) => {
                s.panics += 1;
                if s.panics <= 5 {
                    let _ = std::fs::create_dir_all(out);
                    let p = out.join(format!("{}-panic-{}.bin", t.name, s.panics));
                    let _ = std::fs::write(&p, &input);
                    eprintln!("{}: panic, input saved to {}", t.name, p.display());
                }
            }
        }
    }
    s
}

/// FNV-1a of a target's name: each target its own mutation stream.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let all = targets();
    if let Some(path) = &args.replay {
        let input = std::fs::read(path).expect("the input to replay is readable");
        let t = all.iter().find(|t| t.name == args.target[0]);
        let v = (t.expect("a known target").run)(&input);
        println!(
            "{}",
            if v == Verdict::Accepted {
                "accepted"
            } else {
                "refused"
            }
        );
        return std::process::ExitCode::SUCCESS;
    }
    // Panics are counted, not printed one by one.
    std::panic::set_hook(Box::new(|_| {}));
    for name in &args.target {
        if !all.iter().any(|t| t.name == name) {
            eprintln!("unknown target `{name}`");
            return std::process::ExitCode::from(2);
        }
    }
    let mut panics = 0;
    println!(
        "fuzz: seed {}, {} executions per target",
        args.seed, args.execs
    );
    for t in all
        .iter()
        .filter(|t| args.target.is_empty() || args.target.iter().any(|n| n == t.name))
    {
        let start = std::time::Instant::now();
        let s = fuzz(t, args.execs, args.seed, &args.out);
        panics += s.panics;
        println!(
            "{:<10} {:>9} executions: {:>9} accepted, {:>9} refused, {} panics, 0 aborts ({:.1} s)",
            t.name,
            s.execs,
            s.accepted,
            s.refused,
            s.panics,
            start.elapsed().as_secs_f64()
        );
    }
    if panics > 0 {
        std::process::ExitCode::from(1)
    } else {
        std::process::ExitCode::SUCCESS
    }
}
