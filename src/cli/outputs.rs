//! Checks made before a run starts on the files it will write (`--checkpoint`, `--report`,
//! `--plot`) and on `--checkpoint-every`, so that a run never trains for hours and then
//! fails to keep its work.

use anyhow::Context;
use std::path::Path;

/// Refuse `path` unless a file can be written there: not a directory, its folder exists and
/// takes new files (probed by creating and removing one), an existing file opens for writing.
pub fn check_writable(flag: &str, path: &Path) -> anyhow::Result<()> {
    let shown = path.display();
    anyhow::ensure!(
        !path.is_dir(),
        "{flag} {shown}: is a directory, a file path is needed"
    );
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let probe = dir.join(format!(".mgdsim-probe{}", std::process::id()));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
        .with_context(|| format!("{flag} {shown}: cannot create files in {}", dir.display()))?;
    let _ = std::fs::remove_file(&probe);
    if path.exists() {
        std::fs::OpenOptions::new()
            .append(true)
            .open(path)
            .with_context(|| format!("{flag} {shown}: cannot write to it"))?;
    }
    Ok(())
}

/// Steps between checkpoints: `every` if it is a multiple of `eval_interval` (checkpoints are
/// taken at evaluations, so any other value could only be rounded, silently), else an error.
pub fn checkpoint_every(every: Option<u64>, eval_interval: u64) -> anyhow::Result<u64> {
    let Some(every) = every else {
        return Ok(eval_interval);
    };
    anyhow::ensure!(
        every >= 1 && every % eval_interval == 0,
        "--checkpoint-every {every}: must be a positive multiple of run.eval_interval \
         ({eval_interval}): checkpoints are taken at evaluations"
    );
    Ok(every)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_and_missing_folders_are_refused_files_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let e = check_writable("--checkpoint", dir.path()).unwrap_err();
        assert!(e
            .to_string()
            .ends_with("is a directory, a file path is needed"));
        let e = check_writable("--report", &dir.path().join("no/such/r.json")).unwrap_err();
        assert!(format!("{e:#}").contains("cannot create files in"), "{e:#}");
        check_writable("--report", &dir.path().join("r.json")).unwrap();
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "probe removed"
        );
    }

    #[test]
    fn checkpoint_every_is_a_multiple_of_the_eval_interval() {
        assert_eq!(checkpoint_every(None, 500).unwrap(), 500);
        assert_eq!(checkpoint_every(Some(1500), 500).unwrap(), 1500);
        for bad in [0, 700, 499] {
            let e = checkpoint_every(Some(bad), 500).unwrap_err().to_string();
            assert!(e.contains("multiple of run.eval_interval (500)"), "{e}");
        }
    }
}
