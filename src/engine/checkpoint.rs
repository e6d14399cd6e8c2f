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
/// The format version this build writes and reads.
pub const VERSION: u32 = 1;

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

/// Hash of the state and, if any, the store's state (without one, the hash of before).
fn state_hash(state: &State, storage: Option<&Saved>) -> String {
    let mut text = serde_json::to_string(state).unwrap_or_default();
    if let Some(s) = storage {
        text.push_str(&serde_json::to_string(s).unwrap_or_default());
    }
    hex(fnv1a(text.as_bytes()))
}

/// The fast model of `config` trained on `data`, reset, with the hashes its checkpoints carry.
pub fn fast_trainer(config: &Config, data: &Dataset) -> Result<FastTrainer, ChipError> {
    let mut t = FastTrainer::new(ChipPlan::new(config, &data.train)?);
    t.set_hashes(config_hash(config), data_hash(data));
    Ok(t)
}

/// Write the complete state of `trainer` to `path` atomically, with the hashes of the
/// configuration and data set it was built from.
pub fn save(path: &Path, trainer: &FastTrainer) -> Result<(), CheckpointError> {
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
        state_hash: state_hash(&state, storage.as_ref()),
        state,
        storage,
    };
    let text = serde_json::to_string(&file).map_err(|e| CheckpointError::Corrupt {
        path: path.display().to_string(),
        reason: format!("cannot serialize: {e}"),
    })?;
    let mut tmp: PathBuf = path.to_path_buf();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "checkpoint".into());
    tmp.set_file_name(format!(".{name}.tmp{}", std::process::id()));
    let mut f = std::fs::File::create(&tmp).map_err(|e| io("create a temporary file for", e))?;
    f.write_all(text.as_bytes())
        .and_then(|_| f.sync_all())
        .map_err(|e| io("write", e))?;
    drop(f);
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io("rename into place", e)
    })
}

/// Read a checkpoint written by [`save`] for the same `config` and `data`.
pub fn load(path: &Path, config: &Config, data: &Dataset) -> Result<FastTrainer, CheckpointError> {
    let p = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| CheckpointError::Io {
        path: p.clone(),
        action: "read",
        source,
    })?;
    // The header first, so a file of another version says so rather than failing to parse.
    #[derive(serde::Deserialize)]
    struct Header {
        format: String,
        version: u32,
    }
    let header: Header = serde_json::from_str(&text).map_err(|source| CheckpointError::Parse {
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
    let file: File = serde_json::from_str(&text).map_err(|source| CheckpointError::Parse {
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
    if state_hash(&file.state, file.storage.as_ref()) != file.state_hash {
        return Err(CheckpointError::Corrupt {
            path: p,
            reason: format!("state hash is not {}", file.state_hash),
        });
    }
    let mut t = FastTrainer::power_on(ChipPlan::new(config, &data.train)?);
    t.set_hashes(config_hash(config), data_hash(data));
    let plan = t.plan();
    let s = &file.state;
    let (np, nacts) = (plan.theta0.len(), plan.layers.iter().sum::<usize>());
    let bad = if s.theta_mem.len() != np || s.grad_mem.len() != np {
        Some(format!("{np} parameters expected"))
    } else if s.network.acts.len() != nacts {
        Some(format!("{nacts} activations expected"))
    } else if s.network.count as usize >= np
        || s.sequencer.count >= 1 << crate::fixed::PADDR_W
        || s.sequencer.sample_index as usize >= plan.schedule.n_samples
        || s.sequencer.sample_base as usize + plan.schedule.n_inputs > plan.inputs.len()
    {
        Some("a counter out of range".into())
    } else {
        None
    };
    if let Some(reason) = bad {
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
    Ok(t)
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

        let old = text.replacen("\"version\":1", "\"version\":0", 1);
        std::fs::write(&path, old).unwrap();
        let e = load(&path, &c, &d).unwrap_err().to_string();
        assert!(e.contains("version 0"), "{e}");

        let e = load(&dir.path().join("missing.ckpt"), &c, &d)
            .unwrap_err()
            .to_string();
        assert!(e.contains("missing.ckpt") && e.contains("read"), "{e}");
    }
}
