//! Running a sweep: shard selection, the results file that makes a rerun resume, rayon, and the
//! merge of shard files into one.
//!
//! A results file is a settings line (`# mgdsim sweep ...`), the CSV header, then one row per
//! finished point. While a sweep runs, each finished row is appended and flushed at once, so an
//! interrupt loses only the points in flight; a rerun with the same settings skips every point
//! already in the file (a torn last line is dropped). When the run ends the file is rewritten in
//! canonical order (sorted by key), so the bytes do not depend on finishing order, thread count
//! or sharding: 3 shards merged are byte-identical to one unsharded run.

use super::plan::Plan;
use super::point::{Point, Row, Sweep, HEADER};
use super::SweepError;
use crate::datasets::Dataset;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

/// Shard `k` of `n` (1-based): the points whose index in the plan is `k - 1` modulo `n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// This shard, 1..=n.
    pub k: usize,
    /// Number of shards.
    pub n: usize,
}

impl Shard {
    /// The whole sweep.
    pub const ALL: Shard = Shard { k: 1, n: 1 };

    /// Parse `K/N` (1 <= K <= N), as a SLURM array index or GNU parallel would pass it.
    pub fn parse(s: &str) -> Result<Shard, SweepError> {
        let bad = || SweepError::Shard(format!("`{s}`: expected K/N with 1 <= K <= N"));
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let k: usize = k.trim().parse().map_err(|_| bad())?;
        let n: usize = n.trim().parse().map_err(|_| bad())?;
        if k == 0 || n == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard { k, n })
    }

    /// This shard's points of `plan`.
    pub fn select(self, plan: &Plan) -> Vec<Point> {
        plan.points
            .iter()
            .enumerate()
            .filter(|(i, _)| i % self.n == self.k - 1)
            .map(|(_, p)| p.clone())
            .collect()
    }
}

/// The data sets a sweep trains on, loaded once.
pub struct Data {
    sets: BTreeMap<String, Dataset>,
}

impl Data {
    /// Load what `plan` needs (digits from `plan.knobs.digits`, split 80/20 with seed 0).
    pub fn load(plan: &Plan) -> Result<Data, SweepError> {
        let mut sets = BTreeMap::new();
        for p in &plan.points {
            if sets.contains_key(&p.dataset) {
                continue;
            }
            let d = match p.dataset.as_str() {
                "digits" => crate::datasets::load(&plan.knobs.digits, Path::new("."), 0.2, 0)?,
                name => crate::datasets::load(name, Path::new("."), 0.0, 0)?,
            };
            sets.insert(p.dataset.clone(), d);
        }
        Ok(Data { sets })
    }

    fn get(&self, name: &str) -> &Dataset {
        self.sets
            .get(name)
            .expect("Data::load loaded every data set of the plan")
    }
}

/// Measure one point.
pub fn run_point(plan: &Plan, p: &Point, data: &Data) -> Result<Row, SweepError> {
    let d = data.get(&p.dataset);
    let outcome = match plan.sweep {
        Sweep::A => super::grad_time::run(plan, p, d)?,
        _ => super::train_time::run(plan, p, d)?,
    };
    Ok(Row {
        point: p.clone(),
        outcome,
    })
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> SweepError + '_ {
    move |cause| SweepError::Io {
        path: path.display().to_string(),
        cause,
    }
}

/// A results file: its settings line and rows. A torn last line (no newline) is dropped.
pub fn read(path: &Path) -> Result<(String, Vec<Row>), SweepError> {
    let text = std::fs::read_to_string(path).map_err(io(path))?;
    let name = path.display().to_string();
    let whole = match text.rfind('\n') {
        Some(i) => &text[..=i],
        None => "",
    };
    let mut lines = whole.lines();
    let settings = lines.next().unwrap_or_default();
    if !settings.starts_with("# mgdsim sweep ") {
        return Err(SweepError::Csv {
            path: name,
            line: 1,
            reason: "not a sweep results file (expected `# mgdsim sweep ...`)".into(),
        });
    }
    if lines.next() != Some(HEADER) {
        return Err(SweepError::Csv {
            path: name,
            line: 2,
            reason: format!("expected the header `{HEADER}`"),
        });
    }
    let mut rows = Vec::new();
    for (i, l) in lines.enumerate() {
        rows.push(Row::from_csv(&name, i + 3, l)?);
    }
    Ok((settings.to_string(), rows))
}

/// Write `rows` (sorted by key, one per key) under `settings`, atomically (temp file + rename).
pub fn write_canonical(path: &Path, settings: &str, rows: &[Row]) -> Result<(), SweepError> {
    let mut rows: Vec<&Row> = rows.iter().collect();
    rows.sort_by(|a, b| a.point.cmp_key(&b.point));
    let mut text = format!("{settings}\n{HEADER}\n");
    for r in rows {
        text.push_str(&r.to_csv());
        text.push('\n');
    }
    let tmp = path.with_extension("csv.tmp");
    std::fs::write(&tmp, text).map_err(io(&tmp))?;
    std::fs::rename(&tmp, path).map_err(io(path))
}

/// Run `shard` of `plan` into the results file `path`, resuming from what it already holds.
/// `on_done` sees every row as it finishes (from worker threads). Returns every row of the
/// file, this run's and earlier ones, in canonical order.
pub fn run(
    plan: &Plan,
    shard: Shard,
    path: &Path,
    on_done: impl Fn(&Row) + Sync,
) -> Result<Vec<Row>, SweepError> {
    let settings = plan.settings_line();
    let mut rows = Vec::new();
    if path.exists() {
        let (s, old) = read(path)?;
        if s != settings {
            return Err(SweepError::Conflict {
                path: path.display().to_string(),
                line: 1,
                reason: format!(
                    "made with other settings; move it away or rerun with them:\n  file: {s}\n  now:  {settings}"
                ),
            });
        }
        rows = old;
    }
    // Rewrite what was read (drops a torn last line), then append.
    write_canonical(path, &settings, &rows)?;
    let done: std::collections::HashSet<String> = rows.iter().map(|r| r.point.key()).collect();
    let pending: Vec<Point> = shard
        .select(plan)
        .into_iter()
        .filter(|p| !done.contains(&p.key()))
        .collect();
    let data = Data::load(plan)?;
    let file = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(io(path))?;
    let file = Mutex::new(file);
    let new: Vec<Row> = pending
        .par_iter()
        .map(|p| {
            let row = run_point(plan, p, &data)?;
            {
                let mut f = file.lock().unwrap_or_else(|e| e.into_inner());
                writeln!(f, "{}", row.to_csv())
                    .and_then(|_| f.flush())
                    .map_err(io(path))?;
            }
            on_done(&row);
            Ok(row)
        })
        .collect::<Result<_, SweepError>>()?;
    rows.extend(new);
    write_canonical(path, &settings, &rows)?;
    rows.sort_by(|a, b| a.point.cmp_key(&b.point));
    Ok(rows)
}

/// Merge results files into `out`: same settings line required, a point measured twice must
/// agree. Returns the merged rows (canonical order) and the settings line.
pub fn merge(inputs: &[&Path], out: &Path) -> Result<(String, Vec<Row>), SweepError> {
    let mut settings: Option<(String, String)> = None;
    let mut by_key: BTreeMap<String, Row> = BTreeMap::new();
    for path in inputs {
        let (s, rows) = read(path)?;
        match &settings {
            None => settings = Some((s, path.display().to_string())),
            Some((s0, first)) if *s0 != s => {
                return Err(SweepError::Conflict {
                    path: path.display().to_string(),
                    line: 1,
                    reason: format!("other settings than {first}:\n  {first}: {s0}\n  here: {s}"),
                })
            }
            Some(_) => {}
        }
        for (i, r) in rows.into_iter().enumerate() {
            let key = r.point.key();
            if let Some(old) = by_key.get(&key) {
                if *old != r {
                    return Err(SweepError::Conflict {
                        path: path.display().to_string(),
                        line: i + 3,
                        reason: format!("point `{key}` was measured differently in another input"),
                    });
                }
            }
            by_key.insert(key, r);
        }
    }
    let (settings, _) =
        settings.ok_or_else(|| SweepError::Empty("merge: no input files".into()))?;
    let mut rows: Vec<Row> = by_key.into_values().collect();
    rows.sort_by(|a, b| a.point.cmp_key(&b.point));
    write_canonical(out, &settings, &rows)?;
    Ok((settings, rows))
}

/// The sweep a results file belongs to, from its settings line.
pub fn sweep_of(settings: &str) -> Option<Sweep> {
    let rest = settings.strip_prefix("# mgdsim sweep ")?;
    Sweep::parse(rest.split(':').next()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::experiments::sweep::point::Method;
    use crate::experiments::sweep::Settings;

    fn plan() -> Plan {
        let s = Settings {
            digits: concat!(env!("CARGO_MANIFEST_DIR"), "/data/digits.csv.gz").into(),
            widths: Some(vec![2, 3]),
            seeds: 2,
            depth: 1,
            ..Settings::default()
        };
        Plan::new(Sweep::A, &s)
    }

    #[test]
    fn three_shards_merged_equal_one_unsharded_run() {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan();
        let whole = dir.path().join("whole.csv");
        let rows = run(&plan, Shard::ALL, &whole, |_| {}).unwrap();
        assert_eq!(rows.len(), plan.points.len());
        assert!(rows.iter().all(|r| r.outcome.grad_iters.is_some()));
        let mut parts = Vec::new();
        for k in 1..=3 {
            let p = dir.path().join(format!("s{k}.csv"));
            let got = run(&plan, Shard { k, n: 3 }, &p, |_| {}).unwrap();
            assert!(!got.is_empty() && got.len() < rows.len());
            parts.push(p);
        }
        let merged = dir.path().join("merged.csv");
        let inputs: Vec<&Path> = parts.iter().map(|p| p.as_path()).collect();
        let (_, m) = merge(&inputs, &merged).unwrap();
        assert_eq!(m, rows);
        assert_eq!(
            std::fs::read(&merged).unwrap(),
            std::fs::read(&whole).unwrap()
        );
    }

    #[test]
    fn a_rerun_skips_finished_points_and_drops_a_torn_line() {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan();
        let path = dir.path().join("r.csv");
        // One finished point with a marker outcome no real run gives, then a torn line.
        let mut first = run_point(&plan, &plan.points[0], &Data::load(&plan).unwrap()).unwrap();
        first.outcome.steps = 987_654_321;
        let text = format!(
            "{}\n{HEADER}\n{}\n{}",
            plan.settings_line(),
            first.to_csv(),
            "a,digits,wp,3,1"
        );
        std::fs::write(&path, text).unwrap();
        let ran = std::sync::atomic::AtomicUsize::new(0);
        let rows = run(&plan, Shard::ALL, &path, |_| {
            ran.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        })
        .unwrap();
        assert_eq!(ran.into_inner(), plan.points.len() - 1);
        assert_eq!(rows.len(), plan.points.len());
        assert!(
            rows.contains(&first),
            "the finished point was kept, not rerun"
        );
    }

    #[test]
    fn other_settings_and_disagreeing_shards_are_refused_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan();
        let path = dir.path().join("r.csv");
        std::fs::write(&path, format!("# mgdsim sweep a: other\n{HEADER}\n")).unwrap();
        let e = run(&plan, Shard::ALL, &path, |_| {})
            .unwrap_err()
            .to_string();
        assert!(e.contains("r.csv:1") && e.contains("other settings"), "{e}");

        let row = run_point(&plan, &plan.points[0], &Data::load(&plan).unwrap()).unwrap();
        let mut bad = row.clone();
        bad.outcome.steps += 1;
        let (a, b) = (dir.path().join("a.csv"), dir.path().join("b.csv"));
        write_canonical(&a, &plan.settings_line(), &[row]).unwrap();
        write_canonical(&b, &plan.settings_line(), &[bad]).unwrap();
        let e = merge(&[&a, &b], &dir.path().join("m.csv"))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("b.csv:3") && e.contains("measured differently"),
            "{e}"
        );
        assert!(Shard::parse("0/3").is_err() && Shard::parse("4/3").is_err());
        assert_eq!(Shard::parse("2/3").unwrap(), Shard { k: 2, n: 3 });
    }

    /// `--chip` adds a chip point beside every reference point of sweep e, its settings line
    /// says so, and a chip point trains the chip's fast model (seeded: twice the same row): on
    /// nist7x7 at tau 1/1 it reaches 80% within 12,000 steps.
    #[test]
    fn sweep_e_with_chip_runs_the_fast_model_beside_the_reference() {
        let s = Settings {
            seeds: 1,
            steps: Some(12_000),
            chip: true,
            ..Settings::default()
        };
        let plan = Plan::new(Sweep::E, &s);
        let chip: Vec<&Point> = plan
            .points
            .iter()
            .filter(|p| p.method == Method::Chip)
            .collect();
        assert_eq!(chip.len() * 2, plan.points.len());
        assert!(plan.settings_line().ends_with("chip=fast-model"));
        let p = chip
            .iter()
            .find(|p| p.dataset == "nist7x7" && p.tau_x == 1 && p.tau_theta == 1)
            .unwrap();
        let data = Data::load(&plan).unwrap();
        let row = run_point(&plan, p, &data).unwrap();
        assert!(row.outcome.to_target.is_some(), "{row:?}");
        assert_eq!(
            row.outcome.steps,
            row.outcome.to_target.unwrap(),
            "stops at the target"
        );
        assert_eq!(row.outcome.params, 220);
        assert_eq!(run_point(&plan, p, &data).unwrap(), row);
        let plain = Plan::new(Sweep::E, &Settings { chip: false, ..s });
        assert!(plain.points.iter().all(|p| p.method == Method::Wp));
    }
}
