//! The chip as files an FPGA engineer can trust: Verilog of `blocks::trainer::MgdTrainer`
//! (`verilog`), golden vectors recorded from the Rust simulation and the self-checking
//! testbench that replays them (`vectors`, `testbench`), the simulators that run it
//! (`verify`: Icarus Verilog, Verilator) and the synthesis report (`synth`: yosys, nextpnr).
//!
//! `export` sits below `blocks` in the architecture picture: it builds the chip from a config
//! and never reaches back up. Only `cli/` chooses paths; every function here takes them.
//! Integration tests: `tests/verilog.rs` (staleness of `rtl/`, both simulators, corrupted
//! vectors, lint, synthesis snapshots).

pub mod cocotb;
pub mod fusesoc;
pub mod glitch;
pub mod gtkwave;
pub mod synth;
pub mod testbench;
pub mod vectors;
pub mod vectors_read;
pub mod verify;
pub mod verilog;

use std::path::{Path, PathBuf};

use crate::blocks::trainer::MgdTrainer;
use crate::chip::{ChipError, ChipPlan};
use crate::config::{Config, ConfigError};
use crate::datasets::{self, Dataset, DatasetError};

/// The configurations whose export is committed under `rtl/` and `testbenches/`
/// (`mgdsim export` with no `--config`): the papers' XOR and NIST7x7 settings, the
/// hard-sigmoid variants whose synthesis figures are snapshot-tested, those two at a
/// parallel lane count (`chip::lanes`: 3 and 8 lanes), NIST7x7's and XOR's (at 3 lanes)
/// with the pipeline (XOR's also with the deferred Corr sweep, `fuse_corr`, and with
/// handovers, `handover`), XOR with node
/// perturbation and momentum (3 lanes, pipelined), all layers at once and per layer, XOR with
/// two neurons side by side (`[chip] pe = 2`, 2 x 2 lanes, pipelined), Iris with one
/// layer at 5 lanes, pipelined (two evaluated samples in flight), and NIST7x7 with one layer,
/// node perturbation and binary inputs (`[chip] binary_inputs`: the lanes select, no
/// multiplier) at 2 x 10 lanes, pipelined.
pub const STANDARD_CONFIGS: &[&str] = &[
    "sim/configs/xor.toml",
    "sim/configs/nist7x7.toml",
    "sim/configs/xor_hw.toml",
    "sim/configs/nist7x7_hw.toml",
    "sim/configs/xor_hw_lanes3.toml",
    "sim/configs/nist7x7_hw_lanes8.toml",
    "sim/configs/nist7x7_hw_pipe.toml",
    "sim/configs/xor_hw_lanes3_pipe.toml",
    "sim/configs/xor_hw_lanes3_fused.toml",
    "sim/configs/xor_hw_lanes3_handover.toml",
    "sim/configs/xor_hw_np_mom.toml",
    "sim/configs/xor_hw_np_layer.toml",
    "sim/configs/xor_hw_np_pe2.toml",
    "sim/configs/iris_hw_one_layer.toml",
    "sim/configs/nist7x7_hw_one_layer_np_bin.toml",
    "sim/configs/xor_hw_np_chain2.toml",
];

/// Cycles of golden vectors `mgdsim export` records by default (small enough to commit).
pub const DEFAULT_CYCLES: u64 = 4000;

/// The command that regenerates `rtl/` and `testbenches/` (printed by the staleness test).
pub const REGENERATE: &str = "cargo run --release -- export";

/// Exporting, verifying or synthesizing the chip failed. `file` names what was being read,
/// written or run.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The configuration file was refused.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The data set of the configuration could not be loaded.
    #[error("{file}: cannot load the data set")]
    Dataset {
        /// The configuration file.
        file: String,
        /// Why.
        #[source]
        source: DatasetError,
    },
    /// The configuration does not fit the chip (the error names file, line and field).
    #[error(transparent)]
    Chip(#[from] ChipError),
    /// A file could not be read or written.
    #[error("{file}: {reason}")]
    Io {
        /// The file.
        file: String,
        /// What was being done.
        reason: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// An external tool (iverilog, vvp, verilator, yosys, nextpnr) is missing or failed.
    #[error("{tool}: {reason}")]
    Tool {
        /// The tool.
        tool: String,
        /// What went wrong, with the tail of its output.
        reason: String,
    },
    /// A file had unexpected content.
    #[error("{file}: {reason}")]
    Format {
        /// The file (or tool output).
        file: String,
        /// What was wrong.
        reason: String,
    },
}

impl ExportError {
    /// An I/O error on `file` while doing `reason`.
    pub fn io(file: &Path, reason: &str, source: std::io::Error) -> Self {
        Self::Io {
            file: file.display().to_string(),
            reason: reason.to_string(),
            source,
        }
    }
}

/// `Result` with [`ExportError`].
pub type Result<T> = std::result::Result<T, ExportError>;

/// A configuration loaded for export: its file, text hash, data set and chip plan.
#[derive(Clone, Debug)]
pub struct Design {
    /// The configuration file as given (written in the Verilog header).
    pub path: String,
    /// File stem (`xor_hw`): names `rtl/<stem>.v`, `tb_<stem>.v`, `vectors/<stem>/`.
    pub stem: String,
    /// FNV-1a 64 of the configuration's text (written in the Verilog header).
    pub text_hash: u64,
    /// The validated configuration.
    pub config: Config,
    /// Its data set (the chip's sample ROM holds `data.train`).
    pub data: Dataset,
    /// What `MgdTrainer::new` builds.
    pub plan: ChipPlan,
}

impl Design {
    /// Load `path`, its data set (relative to the file's folder, as `mgdsim train` does) and
    /// check it against the chip.
    pub fn load(path: &Path) -> Result<Self> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| ExportError::io(path, "cannot read the configuration", e))?;
        let config = Config::parse(&file, &text)?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let d = &config.data;
        let data =
            datasets::load(&d.dataset, &base, d.test_fraction, d.seed).map_err(|source| {
                ExportError::Dataset {
                    file: file.clone(),
                    source,
                }
            })?;
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "design".into());
        Self::from_parts(file, stem, fnv1a64(text.as_bytes()), config, data)
    }

    /// The design of an already loaded `config` and `data` (for example a config with its
    /// `chip.lanes` changed), named `path` / `stem`, with the file's `text_hash`.
    pub fn from_parts(
        path: String,
        stem: String,
        text_hash: u64,
        config: Config,
        data: Dataset,
    ) -> Result<Self> {
        config.check_dataset(data.n_inputs, data.n_classes, &data.name)?;
        let plan = ChipPlan::for_rtl(&config, &data.train)?;
        Ok(Self {
            path,
            stem,
            text_hash,
            config,
            data,
            plan,
        })
    }

    /// Verilog name of the top module: `mgd_trainer_<stem>` (non-identifier characters become
    /// `_`), so that several exported configurations can sit in one FPGA project.
    pub fn top_name(&self) -> String {
        let s: String = self
            .stem
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        format!("mgd_trainer_{s}")
    }

    /// Number of trainable parameters (theta words readable at `read_addr`).
    pub fn n_params(&self) -> usize {
        self.plan.n_params()
    }

    /// The chip, its top-level inputs marked as driven from outside, connected.
    pub fn chip(&self) -> MgdTrainer {
        MgdTrainer::connected(&self.plan)
    }

    /// Where this design's exported files go, given the two output folders.
    pub fn paths(&self, rtl_dir: &Path, tb_dir: &Path) -> Paths {
        Paths {
            verilog: rtl_dir.join(format!("{}.v", self.stem)),
            testbench: tb_dir.join(format!("tb_{}.v", self.stem)),
            vectors: tb_dir.join("vectors").join(&self.stem),
            stall_vectors: tb_dir.join("vectors").join(&self.stem).join("stall"),
            cocotb: tb_dir.join("cocotb").join(&self.stem),
            core: rtl_dir.join(format!("{}.core", self.stem)),
            gtkw: tb_dir.join("gtkwave").join(format!("{}.gtkw", self.stem)),
        }
    }
}

/// The files of one exported design.
#[derive(Clone, Debug)]
pub struct Paths {
    /// `rtl/<stem>.v`.
    pub verilog: PathBuf,
    /// `testbenches/tb_<stem>.v`.
    pub testbench: PathBuf,
    /// `testbenches/vectors/<stem>/` (`status.hex`, `theta.hex`).
    pub vectors: PathBuf,
    /// `testbenches/vectors/<stem>/stall/`: the stalled run (`-DSTALLS`).
    pub stall_vectors: PathBuf,
    /// `testbenches/cocotb/<stem>/`: the cocotb testbench (`python3 run.py`).
    pub cocotb: PathBuf,
    /// `rtl/<stem>.core`: the FuseSoC core file.
    pub core: PathBuf,
    /// `testbenches/gtkwave/<stem>.gtkw`: the GTKWave view of `mgdsim train --vcd`.
    pub gtkw: PathBuf,
}

/// FNV-1a, 64 bits: a stable hash of a configuration's text (no dependency, same on every
/// platform and version).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Write `text` to `path`, creating its folder.
pub fn write_file(path: &Path, text: &str) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| ExportError::io(dir, "cannot create the folder", e))?;
    }
    std::fs::write(path, text).map_err(|e| ExportError::io(path, "cannot write", e))
}

/// Export `design`: Verilog and FuseSoC core into `rtl_dir`; Verilog testbench, cocotb
/// testbench and `cycles` cycles of golden vectors (an unstalled run and a stalled one,
/// [`vectors::STALLS`]) into `tb_dir`. Returns the paths written.
pub fn export(design: &Design, rtl_dir: &Path, tb_dir: &Path, cycles: u64) -> Result<Paths> {
    let paths = design.paths(rtl_dir, tb_dir);
    let v = verilog::verilog(design)?;
    write_file(&paths.verilog, &v)?;
    let vec = vectors::record(design, cycles, vectors::default_checkpoints(cycles));
    vec.write(&paths.vectors)?;
    let stalled = vectors::record_stalled(design, cycles, vectors::STALLS);
    stalled.write(&paths.stall_vectors)?;
    let tb = testbench::testbench(design, &vec, &stalled, &paths);
    write_file(&paths.testbench, &tb)?;
    cocotb::write(design, &vec, &paths.cocotb, &paths.verilog, &paths.vectors)?;
    let core = fusesoc::core(
        design,
        &paths.core,
        &paths.testbench,
        &paths.vectors,
        &paths.stall_vectors,
    );
    write_file(&paths.core, &core)?;
    write_file(&paths.gtkw, &gtkwave::save_file(design))?;
    Ok(paths)
}
