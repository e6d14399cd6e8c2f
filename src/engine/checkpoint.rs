//! Checkpoints of the fast model (an engine concern: the RTL has none): the complete [`State`] of a `FastTrainer` in one JSON file,
//! written atomically (temporary file in the same directory, then rename), with a header that
//! names the format and version and carries FNV-1a hashes of the configuration, the data set
//! and the state itself. [`load`] refuses a file that is truncated, corrupt, of another
//! version, or made for another configuration or data set, and says which.
//!
//! The configuration hash leaves out the `[run]` fields that do not shape the chip's state
//! (`steps`, `eval_interval`, `target_accuracy`, `stop_at_target`) and the file's path
//! (`source`), so a run can be resumed with a larger step budget; `run.seed` is included.
//! (The step budget is the sequencer's `max_steps`: a checkpoint taken in `Halt` stays halted.)
//! With weights in device storage the file also holds the store's state (`storage`: the real
//! weights, conductances and the device generator's position, f64 as bit patterns), so a
//! resumed run equals the straight run bit for bit. No twin in `blocks/` (the RTL has no
//! checkpoints). Tests at the bottom of this file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::chip::{ChipError, ChipPlan};
use crate::config::Config;
use crate::datasets::Dataset;
use crate::model::storage::Saved;
use crate::model::trainer::{FastTrainer, State};

/// The `format` field of every checkpoint.
pub const MAGIC: &str = "mgdsim-fast-checkpoint";
/// The format version this build writes and reads (2: the run's history travels along; 3: the
/// chip's own evaluation, `score` and the sequencer's evaluation registers).
pub const VERSION: u32 = 3;

/// A checkpoint could not be written or read.
#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    /// The file system refused.
    #[error("{path}: cannot {action}")]
    Io {
        /// The checkpoint file.
        path: String,
        /// What was attempted (`read`, `write`, `rename into place`).
        action: &'static str,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// Not JSON of the expected shape (truncated, or not a checkpoint).
    #[error("{path}: not a readable checkpoint (truncated or not a checkpoint file)")]
    Parse {
        /// The checkpoint file.
        path: String,
        /// serde_json's message, with line and column.
        #[source]
        source: serde_json::Error,
    },
    /// Another format or version.
    #[error(
        "{path}: format `{found}` version {version}, this build reads `{MAGIC}` version {VERSION}"
    )]
    Version {
        /// The checkpoint file.
        path: String,
        /// The `format` field found.
        found: String,
        /// The `version` field found.
        version: u32,
    },
    /// Made for another configuration or data set.
    #[error("{path}: written for another {what} (hash {found}, this run's is {expected})")]
    Mismatch {
        /// The checkpoint file.
        path: String,
        /// `configuration` or `data set`.
        what: &'static str,
        /// Hash in the file.
        found: String,
        /// Hash of this run's.
        expected: String,
    },
    /// The header is intact but the state is not.
    #[error("{path}: corrupt state: {reason}")]
    Corrupt {
        /// The checkpoint file.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// A checkpoint beyond the step budget of the run that resumes it.
    #[error("{path}: the checkpoint is at step {step}, beyond this run's step budget {budget} (run.steps or --steps)")]
    BeyondBudget {
        /// The checkpoint file.
        path: String,
        /// Its step.
        step: u64,
        /// The budget.
        budget: u64,
    },
    /// The configuration does not fit the chip.
    #[error(transparent)]
    Chip(#[from] ChipError),
}

#[derive(serde::Serialize, serde::Deserialize)]
struct File {
    format: String,
    version: u32,
    config_hash: String,
    data_hash: String,
    state_hash: String,
    state: State,
    /// The weight store's state, for configs with device storage only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    storage: Option<Saved>,
    /// The run's curve up to this state, so a resumed report equals the straight run's.
    #[serde(default)]
    history: Vec<crate::run::CurvePoint>,
}

/// FNV-1a, 64 bits: stable across Rust releases (std's hasher is not).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

fn hex(h: u64) -> String {
    format!("{h:016x}")
}

/// Hash of the configuration fields that shape the chip (see the module doc).
pub fn config_hash(config: &Config) -> String {
    let mut v = serde_json::to_value(config).unwrap_or(serde_json::Value::Null);
    if let Some(top) = v.as_object_mut() {
        top.remove("source"); // where the file was read from is not what it says
    }
    if let Some(run) = v.get_mut("run").and_then(|r| r.as_object_mut()) {
        for k in [
            "steps",
            "eval_interval",
            "target_accuracy",
            "stop_at_target",
        ] {
            run.remove(k);
        }
    }
    // How the memories are written for synthesis changes no cycle and no value (and keeps
    // the hashes of checkpoints written before the field existed).
    if let Some(chip) = v.get_mut("chip").and_then(|c| c.as_object_mut()) {
        chip.remove("ram_style");
    }
    hex(fnv1a(v.to_string().as_bytes()))
}

/// Hash of the data set: name, and every sample's inputs (bit patterns) and label.
pub fn data_hash(data: &Dataset) -> String {
    let mut bytes = data.name.as_bytes().to_vec();
    for (tag, set) in [(b'T', &data.train), (b'E', &data.test)] {
        bytes.push(tag);
        for s in set {
            for x in &s.x {
                bytes.extend(x.to_bits().to_le_bytes());
            }
            bytes.extend((s.label as u64).to_le_bytes());
        }
    }
    hex(fnv1a(&bytes))
}

/// Hash of the state, the store's state if any, and the history.
fn state_hash(
    state: &State,
    storage: Option<&Saved>,
    history: &[crate::run::CurvePoint],
) -> String {
    let mut text = serde_json::to_string(state).unwrap_or_default();
    if let Some(s) = storage {
        text.push_str(&serde_json::to_string(s).unwrap_or_default());
    }
    text.push_str(&serde_json::to_string(history).unwrap_or_default());
    hex(fnv1a(text.as_bytes()))
}

/// The fast model of `config` trained on `data`, reset, with the hashes its checkpoints carry.
pub fn fast_trainer(config: &Config, data: &Dataset) -> Result<FastTrainer, ChipError> {
    let mut t = FastTrainer::new(ChipPlan::new(config, &data.train)?);
    t.set_hashes(config_hash(config), data_hash(data));
    Ok(t)
}

/// Write the complete state of `trainer` to `path` atomically, with the hashes of the
/// configuration and data set it was built from (no history: [`save_with_history`]).
pub fn save(path: &Path, trainer: &FastTrainer) -> Result<(), CheckpointError> {
    save_with_history(path, trainer, &[])
}

/// The temporary file [`save`] writes beside `path` before renaming it into place.
fn temp_path(path: &Path) -> PathBuf {
    let mut tmp: PathBuf = path.to_path_buf();
    tmp.set_file_name(format!("{}{}", temp_prefix(path), std::process::id()));
    tmp
}

/// `.<name>.tmp`: the temporary files of `path`, whatever process wrote them.
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "checkpoint".into());
    format!(".{name}.tmp")
}

/// Remove the temporary files a killed run left beside `path` (`.<name>.tmp<PID>`); returns
/// how many. Two runs must not share a checkpoint path, so none of them is in use.
pub fn remove_stale_temps(path: &Path) -> usize {
    let prefix = temp_prefix(path);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_prefix(&prefix)
                .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
        })
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

/// [`save`], with the run's curve so far (`crate::run::train_resumable` hands it over), so
/// that a resumed run reports the whole run.
pub fn save_with_history(
    path: &Path,
    trainer: &FastTrainer,
    history: &[crate::run::CurvePoint],
) -> Result<(), CheckpointError> {
    let io = |action, source| CheckpointError::Io {
        path: path.display().to_string(),
        action,
        source,
    };
    let state = trainer.snapshot().clone();
    let storage = trainer.storage().map(|s| s.save());
    let file = File {
        format: MAGIC.into(),
        version: VERSION,
        config_hash: trainer.hashes().0.to_string(),
        data_hash: trainer.hashes().1.to_string(),
        state_hash: state_hash(&state, storage.as_ref(), history),
        state,
        storage,
        history: history.to_vec(),
    };
    let text = serde_json::to_string(&file).map_err(|e| CheckpointError::Corrupt {
        path: path.display().to_string(),
        reason: format!("cannot serialize: {e}"),
    })?;
    let tmp = temp_path(path);
    let written = std::fs::File::create(&tmp)
        .map_err(|e| io("create a temporary file for", e))
        .and_then(|mut f| {
            f.write_all(text.as_bytes())
                .and_then(|_| f.sync_all())
                .map_err(|e| io("write", e))
        })
        .and_then(|()| std::fs::rename(&tmp, path).map_err(|e| io("rename into place", e)));
    if written.is_err() {
        // Every failure path: no temporary file stays behind.
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// `text` with its state hash recomputed, or `None` if it is not a checkpoint's JSON. The
/// hash catches accidents, not forgers: the fuzzer and the tests use this to forge files that
/// reach [`validate`].
pub fn reseal(text: &str) -> Option<String> {
    let mut file: File = serde_json::from_str(text).ok()?;
    file.state_hash = state_hash(&file.state, file.storage.as_ref(), &file.history);
    serde_json::to_string(&file).ok()
}

/// Read a checkpoint written by [`save`] for the same `config` and `data`.
pub fn load(path: &Path, config: &Config, data: &Dataset) -> Result<FastTrainer, CheckpointError> {
    load_with_history(path, config, data).map(|(t, _)| t)
}

/// [`load`], with the run's curve up to the checkpoint.
pub fn load_with_history(
    path: &Path,
    config: &Config,
    data: &Dataset,
) -> Result<(FastTrainer, Vec<crate::run::CurvePoint>), CheckpointError> {
    let p = path.display().to_string();
    let text = crate::limits::read_text_bounded(path, crate::limits::MAX_CHECKPOINT_BYTES)
        .map_err(|source| CheckpointError::Io {
            path: p.clone(),
            action: "read",
            source,
        })?;
    parse(&p, &text, config, data)
}

/// Parse and validate checkpoint text; `p` names it in messages (the fuzzer's entry point).
pub fn parse(
    p: &str,
    text: &str,
    config: &Config,
    data: &Dataset,
) -> Result<(FastTrainer, Vec<crate::run::CurvePoint>), CheckpointError> {
    let p = p.to_string();
    // The header first, so a file of another version says so rather than failing to parse.
    #[derive(serde::Deserialize)]
    struct Header {
        format: String,
        version: u32,
    }
    let header: Header = serde_json::from_str(text).map_err(|source| CheckpointError::Parse {
        path: p.clone(),
        source,
    })?;
    if header.format != MAGIC || header.version != VERSION {
        return Err(CheckpointError::Version {
            path: p,
            found: header.format,
            version: header.version,
        });
    }
    let file: File = serde_json::from_str(text).map_err(|source| CheckpointError::Parse {
        path: p.clone(),
        source,
    })?;
    for (what, found, expected) in [
        ("configuration", &file.config_hash, config_hash(config)),
        ("data set", &file.data_hash, data_hash(data)),
    ] {
        if *found != expected {
            return Err(CheckpointError::Mismatch {
                path: p,
                what,
                found: found.clone(),
                expected,
            });
        }
    }
    if state_hash(&file.state, file.storage.as_ref(), &file.history) != file.state_hash {
        return Err(CheckpointError::Corrupt {
            path: p,
            reason: format!("state hash is not {}", file.state_hash),
        });
    }
    let mut t = FastTrainer::power_on(ChipPlan::new(config, &data.train)?);
    t.set_hashes(config_hash(config), data_hash(data));
    // The hash is no secret: a forged file passes it, so every value is checked.
    if file.state.steps > config.run.steps {
        return Err(CheckpointError::BeyondBudget {
            path: p,
            step: file.state.steps,
            budget: config.run.steps,
        });
    }
    let slot_last = t.plan().signs.slot_last;
    let checked = validate(&file.state, t.plan())
        .and_then(|()| match file.state.perturbation.slot {
            slot if slot > slot_last => Err(format!(
                "perturbation.slot = {slot} is beyond its last value {slot_last}"
            )),
            _ => Ok(()),
        })
        .and_then(|()| validate_history(&file.history, &file.state));
    if let Err(reason) = checked {
        return Err(CheckpointError::Corrupt { path: p, reason });
    }
    let restored = match (t.storage_mut(), &file.storage) {
        (None, None) => Ok(()),
        (Some(st), Some(saved)) => st.restore(saved),
        (Some(_), None) => Err("no device state, but the config stores weights in devices".into()),
        (None, Some(_)) => Err("a device state, but the config has ideal weights".into()),
    };
    if let Err(reason) = restored {
        return Err(CheckpointError::Corrupt { path: p, reason });
    }
    t.set_state(file.state);
    Ok((t, file.history))
}

/// Check a restored state against the plan the configuration builds: memory sizes, every
/// register within its width, counters within their ranges, a non-zero LFSR, and step counts
/// within the step budget. An error names the first value that is not.
pub fn validate(s: &State, plan: &ChipPlan) -> Result<(), String> {
    use crate::fixed::{max_of, min_of, WIDE_W};
    use crate::model::sequencer::SeqState;
    let t = &plan.schedule;
    let f = &plan.formats;
    let (np, nacts) = (plan.n_params(), plan.n_acts());
    let fits = |v: i64, w: u32| (min_of(w)..=max_of(w)).contains(&v);
    let first_bad = |name: &str, vals: &mut dyn Iterator<Item = i64>, w: u32| match vals
        .enumerate()
        .find(|&(_, v)| !fits(v, w))
    {
        Some((i, v)) => Err(format!("{name}[{i}] = {v} does not fit {w} bits")),
        None => Ok(()),
    };
    let ensure = |ok: bool, what: String| if ok { Ok(()) } else { Err(what) };
    ensure(
        s.theta_mem.len() == np && s.grad_mem.len() == np,
        format!("{np} parameters expected"),
    )?;
    let nvel = if f.momentum.is_some() { np } else { 0 };
    ensure(
        s.vel_mem.len() == nvel,
        format!("{nvel} momentum velocities expected"),
    )?;
    first_bad("vel_mem", &mut s.vel_mem.iter().copied(), f.grad_width)?;
    ensure(
        s.network.acts.len() == nacts,
        format!("{nacts} activations expected"),
    )?;
    first_bad(
        "theta_mem",
        &mut s.theta_mem.iter().map(|&v| i64::from(v)),
        f.theta.width(),
    )?;
    first_bad("grad_mem", &mut s.grad_mem.iter().copied(), f.grad_width)?;
    first_bad(
        "network.acts",
        &mut s.network.acts.iter().map(|&v| i64::from(v)),
        f.act.width(),
    )?;
    first_bad(
        "network.acc",
        &mut std::iter::once(s.network.acc),
        WIDE_W as u32,
    )?;
    for (name, v) in [("cost.sum", s.cost.sum), ("cost.base", s.cost.base)] {
        ensure(
            (0..1 << 31).contains(&v),
            format!("{name} = {v} is not in [0, 2^31)"),
        )?;
    }
    let q = &s.sequencer;
    // A load's count is its load row; the sweeps' and every other state's a row (0 there).
    let count_end = match q.state {
        SeqState::Load | SeqState::EvalLoad => t.load_rows(),
        _ => t.rows,
    };
    let counters = [
        ("sequencer.count", u64::from(q.count), count_end as u64),
        ("network.count", u64::from(s.network.count), np as u64),
        (
            "sequencer.x_count",
            u64::from(q.x_count),
            u64::from(t.tau_x),
        ),
        (
            "sequencer.p_count",
            u64::from(q.p_count),
            u64::from(t.tau_p),
        ),
        (
            "sequencer.theta_count",
            u64::from(q.theta_count),
            u64::from(t.tau_theta),
        ),
        (
            "sequencer.sample_index",
            u64::from(q.sample_index),
            t.n_samples as u64,
        ),
        (
            "sequencer.eval_index",
            u64::from(q.eval_index),
            t.n_samples as u64,
        ),
        (
            "sequencer.eval_count",
            u64::from(q.eval_count),
            u64::from(t.eval_interval),
        ),
        (
            "sequencer.pass_count",
            u64::from(q.pass_count),
            u64::from(t.passes),
        ),
        (
            "sequencer.load_lane",
            u64::from(q.load_lane),
            t.lanes as u64,
        ),
        (
            "sequencer.drain",
            u64::from(q.drain),
            t.latch_delay() as u64 + 1,
        ),
        (
            "label",
            u64::from(s.label),
            plan.labels.iter().max().map_or(1, |&m| m as u64 + 1),
        ),
    ];
    for (name, v, end) in counters {
        ensure(v < end, format!("{name} = {v} is not below {end}"))?;
    }
    // The score's judge line: a waiting bit and a label in each slot.
    let labels_end = plan.labels.iter().max().map_or(1, |&m| u16::from(m) + 1);
    for (k, &v) in s.score.line.iter().enumerate() {
        let waits = crate::model::score::WAITS;
        ensure(
            v & !(waits | (waits - 1)) == 0 && (v & (waits - 1)) < labels_end,
            format!("score.line${k} = {v} is not a label below {labels_end} and its waiting bit"),
        )?;
    }
    for (name, index, base) in [
        ("sample", q.sample_index, q.sample_base),
        ("eval", q.eval_index, q.eval_base),
    ] {
        let want = usize::from(index) * t.load_rows();
        ensure(
            usize::from(base) == want,
            format!("sequencer.{name}_base = {base} is not {name}_index * load rows = {want}"),
        )?;
    }
    // Walsh windows run to the next power of two; `parse` checks the exact end of the kind.
    let slot_end = np.next_power_of_two().max(2);
    let pert = &s.perturbation;
    ensure(
        pert.lfsr != 0 && pert.start != 0,
        "perturbation LFSR state is 0 (an LFSR never leaves 0)".into(),
    )?;
    ensure(
        usize::from(pert.slot) < slot_end,
        format!("perturbation.slot = {} is not below {slot_end}", pert.slot),
    )?;
    ensure(
        q.step_count <= t.max_steps && u64::from(q.step_count) == s.steps,
        format!(
            "steps = {} (sequencer {}) is not within the step budget {} (a smaller --steps than the checkpoint's step?)",
            s.steps, q.step_count, t.max_steps
        ),
    )?;
    // Each step takes cycles and at least one inference; 2^62 cycles are 146 years at 1 GHz,
    // and keep the counters far from wrapping.
    ensure(
        s.steps <= s.inferences && s.inferences <= s.cycles && s.cycles <= 1 << 62,
        format!(
            "steps ({}) <= inferences ({}) <= cycles ({}) <= 2^62 does not hold",
            s.steps, s.inferences, s.cycles
        ),
    )
}

/// The history must end at the state's step, in increasing steps.
fn validate_history(h: &[crate::run::CurvePoint], s: &State) -> Result<(), String> {
    let increasing = h.windows(2).all(|w| w[0].step < w[1].step);
    let ends_here = h.last().is_none_or(|p| p.step == s.steps);
    if increasing && ends_here {
        Ok(())
    } else {
        Err(format!(
            "history does not end at step {} in increasing steps",
            s.steps
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{xor_config, xor_data};
    use crate::run::Trainer;

    /// 2n steps straight, and n steps, a checkpoint at `path`, a load and n more steps (the
    /// loaded state checked equal to the saved one).
    fn straight_and_resumed(
        c: &Config,
        d: &Dataset,
        path: &Path,
        n: usize,
    ) -> (FastTrainer, FastTrainer) {
        let mut straight = fast_trainer(c, d).unwrap();
        for _ in 0..2 * n {
            straight.step();
        }
        let mut first = fast_trainer(c, d).unwrap();
        for _ in 0..n {
            first.step();
        }
        save(path, &first).unwrap();
        let mut resumed = load(path, c, d).unwrap();
        assert_eq!(resumed.snapshot(), first.snapshot());
        for _ in 0..n {
            resumed.step();
        }
        (straight, resumed)
    }

    #[test]
    fn config_hash_ignores_the_ram_style_only() {
        let c = xor_config();
        let mut styled = c.clone();
        styled.chip.ram_style = crate::config::RamStyle::Distributed;
        assert_eq!(config_hash(&c), config_hash(&styled));
        let mut piped = c.clone();
        piped.chip.pipeline = !c.chip.pipeline;
        assert_ne!(config_hash(&c), config_hash(&piped));
    }

    #[test]
    fn resume_from_checkpoint_equals_a_straight_run() {
        let (c, d) = (xor_config(), xor_data());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("xor.ckpt");
        let (straight, resumed) = straight_and_resumed(&c, &d, &path, 700);
        assert_eq!(resumed.snapshot(), straight.snapshot());
        assert_eq!(resumed.steps(), straight.steps());
        assert_eq!(resumed.inferences(), straight.inferences());
        assert_eq!(resumed.cycles(), straight.cycles());
        assert_eq!(resumed.evaluate(&d.test), straight.evaluate(&d.test));
    }

    /// With weights in a device store, the store's state (the accumulator's residuals too)
    /// travels with the chip's.
    #[test]
    fn device_runs_resume_bit_for_bit() {
        let mut c = xor_config();
        c.device = Some(crate::devices::DeviceModel::Exponential {
            w_scale: 1.0,
            accumulate: 4.0,
        });
        c.stuck = Some(crate::devices::StuckSpec {
            fraction: 0.2,
            values: vec![0.5],
            seed: 2,
        });
        let d = xor_data();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dev.ckpt");
        let (straight, resumed) = straight_and_resumed(&c, &d, &path, 500);
        assert_eq!(resumed.snapshot(), straight.snapshot());
        let analog = |t: &FastTrainer| t.storage().unwrap().save();
        assert_eq!(analog(&resumed), analog(&straight));

        // A device checkpoint without its store's state is refused, not resumed from theta.
        let text = std::fs::read_to_string(&path).unwrap();
        let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
        json.as_object_mut().unwrap().remove("storage");
        std::fs::write(&path, json.to_string()).unwrap();
        let e = load(&path, &c, &d).unwrap_err().to_string();
        assert!(e.contains("corrupt state"), "{e}");
    }

    /// Through the shared training loop: the resumed run's curve is the straight run's tail.
    #[test]
    fn resumed_run_result_continues_the_straight_curve() {
        let (c, d) = (xor_config(), xor_data());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("run.ckpt");
        let schedule = |steps| crate::run::Schedule {
            steps,
            eval_interval: 250,
            target_accuracy: 1.0,
            stop_at_target: false,
        };
        let mut straight = fast_trainer(&c, &d).unwrap();
        let full = crate::run::train(&mut straight, &d, &schedule(1000), |_| {});
        let mut first = fast_trainer(&c, &d).unwrap();
        let half = crate::run::train(&mut first, &d, &schedule(500), |_| {});
        assert_eq!(half.curve[..], full.curve[..3]);
        save(&path, &first).unwrap();
        let mut resumed = load(&path, &c, &d).unwrap();
        let rest = crate::run::train(&mut resumed, &d, &schedule(1000), |_| {});
        assert_eq!(rest.curve[..], full.curve[2..]);
        assert_eq!(rest.last, full.last);
        assert_eq!(resumed.snapshot(), straight.snapshot());
    }

    #[test]
    fn load_refuses_truncated_corrupt_and_foreign_checkpoints() {
        let (c, d) = (xor_config(), xor_data());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ckpt");
        let mut t = fast_trainer(&c, &d).unwrap();
        for _ in 0..10 {
            t.step();
        }
        save(&path, &t).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let no_tmp = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(no_tmp, 1, "no temporary file left behind");

        std::fs::write(&path, &text[..text.len() / 2]).unwrap();
        let e = load(&path, &c, &d).unwrap_err().to_string();
        assert!(e.contains("a.ckpt") && e.contains("truncated"), "{e}");

        let corrupt = text.replacen("\"cycles\":", "\"cycles\":1", 1);
        std::fs::write(&path, corrupt).unwrap();
        let e = load(&path, &c, &d).unwrap_err().to_string();
        assert!(e.contains("corrupt state"), "{e}");

        std::fs::write(&path, &text).unwrap();
        let mut other = c.clone();
        other.fixed.eta_shift = Some(11);
        let e = load(&path, &other, &d).unwrap_err().to_string();
        assert!(e.contains("another configuration"), "{e}");
        let mut d2 = d.clone();
        d2.train[0].label = 1;
        let e = load(&path, &c, &d2).unwrap_err().to_string();
        assert!(e.contains("another data set"), "{e}");

        let old = text.replacen("\"version\":3", "\"version\":0", 1);
        std::fs::write(&path, old).unwrap();
        let e = load(&path, &c, &d).unwrap_err().to_string();
        assert!(e.contains("version 0"), "{e}");

        let e = load(&dir.path().join("missing.ckpt"), &c, &d)
            .unwrap_err()
            .to_string();
        assert!(e.contains("missing.ckpt") && e.contains("read"), "{e}");

        // Forged states with a valid hash that the fuzzer found to panic the model: an
        // evaluation index past the samples, a load row past the sample's.
        for (from, to, field) in [
            (
                "\"eval_index\":0",
                "\"eval_index\":255",
                "sequencer.eval_index",
            ),
            ("\"count\":0", "\"count\":8", "sequencer.count"),
            ("\"drain\":0", "\"drain\":9", "sequencer.drain"),
        ] {
            assert!(text.contains(from), "{from}");
            let forged = text
                .replacen(from, to, 1)
                .replacen("\"Load\"", "\"EvalLoad\"", 1);
            let forged = reseal(&forged).expect("a checkpoint to reseal");
            std::fs::write(&path, forged).unwrap();
            let e = load(&path, &c, &d).unwrap_err().to_string();
            assert!(e.contains(field), "{field}: {e}");
        }
    }
}
