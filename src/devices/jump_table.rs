//! Jump tables (paper C): a device population as, per pulse polarity, a grid of initial
//! conductance G (rows) by conductance change dG (columns), each row the CDF
//! `P(dG <= dG_j | G = G_i)`.
//!
//! # Sampling one pulse at conductance G (the paper's sampler)
//! Row `i*` = the nearest `G_i` (ties to the lower row; no interpolation); `u ~ U(0, 1)`;
//! column `j*` = the CDF entry nearest `u`; `G <- clip(G + dG_j*, Gmin, Gmax)`, with
//! `Gmin` = the larger of the two tables' first G and `Gmax` the smaller of their last G.
//! Two details are our choices, stated here:
//! - Only columns where the CDF *rises* (`c_j > c_{j-1}`, `c_{-1} = 0`) carry probability and
//!   can be returned; among equal CDF values the first column (where the CDF reaches it) stands
//!   for them, and a `u` exactly midway goes to the lower column. So a degenerate row (all mass
//!   at one dG) always returns that dG, and the sampler gives column `j` the mass
//!   `(c_{j+1} - c_{j-1}) / 2`: the columns are the midpoints of the sampler's bins. Tables built
//!   here therefore store `c_j = F(dG_j)`, the CDF *at* the column value.
//! - [`RowInterp::Linear`] (optional): the same `u` is looked up in the two rows around G and
//!   the two dG are blended linearly in G (quantile interpolation), so means and quantiles vary
//!   linearly between rows. Outside the G axis the end row is used.
//!
//! # File format (CSV, version 1)
//! ```text
//! # mgdsim jump table v1                  <- line 1, exactly
//! # any further line starting with # is a comment; blank lines are ignored
//! polarity,set                            <- a section: `set` or `reset`, each exactly once
//! g_axis,3,3.35,...,38                    <- n_g initial conductances, strictly increasing
//! dg_axis,-7.6,...,7.5                    <- n_dg conductance changes, strictly increasing
//! cdf,0.0001,0.0002,...,1                 <- n_g rows (one per g_axis entry, in order) of n_dg
//! ...                                        values in [0, 1], non-decreasing, last within
//! polarity,reset                             CDF_END_TOLERANCE (1e-6) of 1
//! ...
//! ```
//! Values are plain decimal or exponent notation; `save` writes Rust's shortest round-trip form,
//! so `load(save(t)) == t` exactly. Every refusal names file, line and CSV column (the row label
//! is column 1, the first value column 2).

use super::device::{Device, Polarity};
use super::stats::normal_cdf;
use super::{AnalyticDevice, DeviceError};
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use std::fmt::Write as _;
use std::path::Path;

/// Line 1 of every jump-table file.
pub const HEADER: &str = "# mgdsim jump table v1";
/// How far the last entry of a CDF row may fall from 1.
pub const CDF_END_TOLERANCE: f64 = 1e-6;

/// How a pulse at a G between two rows is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowInterp {
    /// The nearest row only (the paper's sampler).
    #[default]
    Nearest,
    /// Same `u` in both neighbouring rows, dG blended linearly in G.
    Linear,
}

/// One row's sampler: the columns that carry mass and the `u` values between them.
#[derive(Clone, Debug, PartialEq)]
struct RowSampler {
    /// Columns whose CDF rises, in order.
    cols: Vec<usize>,
    /// `breaks[k]` = midpoint of the CDF values of `cols[k]` and `cols[k + 1]`.
    breaks: Vec<f64>,
}

impl RowSampler {
    fn new(row: &[f64]) -> Self {
        let (mut cols, mut values) = (Vec::new(), Vec::new());
        let mut prev = 0.0;
        for (j, &c) in row.iter().enumerate() {
            if c > prev {
                cols.push(j);
                values.push(c);
                prev = c;
            }
        }
        if cols.is_empty() {
            // Unreachable for validated rows (they end at ~1); keep the sampler total anyway.
            cols.push(row.len().saturating_sub(1));
            values.push(1.0);
        }
        let breaks = values.windows(2).map(|w| 0.5 * (w[0] + w[1])).collect();
        RowSampler { cols, breaks }
    }

    /// The column drawn for `u`.
    fn column(&self, u: f64) -> usize {
        self.cols[self.breaks.partition_point(|&b| b < u)]
    }
}

/// The table of one polarity: axes, CDF rows, and each row's sampler.
#[derive(Clone, Debug, PartialEq)]
pub struct PolarityTable {
    g_axis: Vec<f64>,
    dg_axis: Vec<f64>,
    cdf: Vec<Vec<f64>>,
    rows: Vec<RowSampler>,
}

/// Where a validation problem sits, before it is turned into a file position or a field name.
enum Loc {
    GAxis(usize),
    DgAxis(usize),
    RowCount,
    Cdf(usize, usize),
}

struct Issue {
    loc: Loc,
    expected: String,
    got: String,
}

fn issue(loc: Loc, expected: impl Into<String>, got: impl std::fmt::Display) -> Issue {
    Issue {
        loc,
        expected: expected.into(),
        got: got.to_string(),
    }
}

fn check_axis(axis: &[f64], loc: fn(usize) -> Loc) -> Result<(), Issue> {
    if axis.is_empty() {
        return Err(issue(loc(0), "at least one value", "none"));
    }
    for (k, &v) in axis.iter().enumerate() {
        if !v.is_finite() {
            return Err(issue(loc(k), "a finite number", v));
        }
        if k > 0 && v <= axis[k - 1] {
            return Err(issue(
                loc(k),
                format!("> {} (strictly increasing)", axis[k - 1]),
                v,
            ));
        }
    }
    Ok(())
}

fn check(g_axis: &[f64], dg_axis: &[f64], cdf: &[Vec<f64>]) -> Result<(), Issue> {
    check_axis(g_axis, Loc::GAxis)?;
    check_axis(dg_axis, Loc::DgAxis)?;
    if cdf.len() != g_axis.len() {
        let want = format!("{} rows (one per g_axis entry)", g_axis.len());
        return Err(issue(Loc::RowCount, want, cdf.len()));
    }
    for (r, row) in cdf.iter().enumerate() {
        if row.len() != dg_axis.len() {
            let want = format!("{} values (one per dg_axis entry)", dg_axis.len());
            let got = format!("{} values", row.len());
            return Err(issue(Loc::Cdf(r, row.len().min(dg_axis.len())), want, got));
        }
        for (j, &c) in row.iter().enumerate() {
            if !(0.0..=1.0).contains(&c) {
                return Err(issue(Loc::Cdf(r, j), "a number in [0, 1]", c));
            }
            if j > 0 && c < row[j - 1] {
                let want = format!(">= {} (a CDF is non-decreasing)", row[j - 1]);
                return Err(issue(Loc::Cdf(r, j), want, c));
            }
        }
        let last = row[row.len() - 1];
        if (1.0 - last).abs() > CDF_END_TOLERANCE {
            let want = format!("1 within {CDF_END_TOLERANCE} (a CDF row ends at 1)");
            return Err(issue(Loc::Cdf(r, row.len() - 1), want, last));
        }
    }
    Ok(())
}

fn field_name(polarity: Polarity, loc: &Loc) -> String {
    let p = polarity.name();
    match loc {
        Loc::GAxis(k) => format!("{p}.g_axis[{k}]"),
        Loc::DgAxis(k) => format!("{p}.dg_axis[{k}]"),
        Loc::RowCount => format!("{p}.cdf"),
        Loc::Cdf(r, j) => format!("{p}.cdf[{r}][{j}]"),
    }
}

/// Evenly spaced values from `lo` to `hi` inclusive (`n >= 2`), or `[lo]` for `n == 1`.
pub fn linspace(lo: f64, hi: f64, n: usize) -> Vec<f64> {
    if n == 1 {
        return vec![lo];
    }
    (0..n)
        .map(|k| lo + (hi - lo) * k as f64 / (n - 1) as f64)
        .collect()
}

impl PolarityTable {
    /// A validated table: axes finite and strictly increasing, one CDF row per `g_axis` entry
    /// with one value per `dg_axis` entry, each row in [0, 1], non-decreasing, ending at 1.
    pub fn new(
        polarity: Polarity,
        g_axis: Vec<f64>,
        dg_axis: Vec<f64>,
        cdf: Vec<Vec<f64>>,
    ) -> Result<Self, DeviceError> {
        check(&g_axis, &dg_axis, &cdf).map_err(|i| DeviceError::Parameter {
            field: field_name(polarity, &i.loc),
            expected: i.expected,
            got: i.got,
        })?;
        Ok(Self::new_unchecked(g_axis, dg_axis, cdf))
    }

    fn new_unchecked(g_axis: Vec<f64>, dg_axis: Vec<f64>, cdf: Vec<Vec<f64>>) -> Self {
        let rows = cdf.iter().map(|r| RowSampler::new(r)).collect();
        PolarityTable {
            g_axis,
            dg_axis,
            cdf,
            rows,
        }
    }

    /// Build the table of `device` for one polarity analytically: `n_g` rows evenly spaced
    /// over `[g_min, g_max]`, `n_dg` columns over `[min mu - 6 sigma, max mu + 6 sigma]`, row
    /// `i` holding the Gaussian CDF at each column value (`c_j = F(dG_j)`; the sampler's bin of
    /// column `j` is centred on `dG_j`), last entry set to 1 to hold the far tail.
    pub fn from_device<D: AnalyticDevice + ?Sized>(
        device: &D,
        polarity: Polarity,
        n_g: usize,
        n_dg: usize,
    ) -> Self {
        assert!(n_g >= 1 && n_dg >= 2, "a table needs a row and two columns");
        let g_axis = linspace(device.g_min(), device.g_max(), n_g);
        let stats: Vec<(f64, f64)> = g_axis
            .iter()
            .map(|&g| (device.step_mean(g, polarity), device.step_std(g, polarity)))
            .collect();
        let lo = stats
            .iter()
            .map(|(m, s)| m - 6.0 * s)
            .fold(f64::INFINITY, f64::min);
        let hi = stats
            .iter()
            .map(|(m, s)| m + 6.0 * s)
            .fold(f64::NEG_INFINITY, f64::max);
        let dg_axis = linspace(lo, hi, n_dg);
        let cdf = stats
            .iter()
            .map(|&(m, s)| gaussian_row(&dg_axis, m, s))
            .collect();
        Self::new_unchecked(g_axis, dg_axis, cdf)
    }

    /// Initial-conductance axis (rows).
    pub fn g_axis(&self) -> &[f64] {
        &self.g_axis
    }
    /// Conductance-change axis (columns).
    pub fn dg_axis(&self) -> &[f64] {
        &self.dg_axis
    }
    /// CDF rows, one per `g_axis` entry.
    pub fn cdf(&self) -> &[Vec<f64>] {
        &self.cdf
    }

    /// Index of the row nearest `g` (ties to the lower row).
    pub fn nearest_row(&self, g: f64) -> usize {
        let k = self.g_axis.partition_point(|&x| x < g);
        if k == 0 {
            0
        } else if k == self.g_axis.len() || g - self.g_axis[k - 1] <= self.g_axis[k] - g {
            k - 1
        } else {
            k
        }
    }

    /// The dG the sampler returns at conductance `g` for uniform draw `u` in [0, 1).
    pub fn quantile(&self, g: f64, u: f64, interp: RowInterp) -> f64 {
        let at = |i: usize| self.dg_axis[self.rows[i].column(u)];
        match interp {
            RowInterp::Nearest => at(self.nearest_row(g)),
            RowInterp::Linear => {
                let k = self.g_axis.partition_point(|&x| x <= g);
                if k == 0 || k == self.g_axis.len() {
                    return at(self.nearest_row(g));
                }
                let (g0, g1) = (self.g_axis[k - 1], self.g_axis[k]);
                let w = (g - g0) / (g1 - g0);
                (1.0 - w) * at(k - 1) + w * at(k)
            }
        }
    }

    /// The exact distribution the sampler draws dG from at `g`: `(dG, probability)` pairs in
    /// increasing dG (equal values may repeat), probabilities summing to 1.
    pub fn distribution(&self, g: f64, interp: RowInterp) -> Vec<(f64, f64)> {
        // The quantile function is a step function of u; its steps are the rows' breaks.
        let mut cuts: Vec<f64> = vec![0.0, 1.0];
        let lo = self.g_axis.partition_point(|&x| x <= g);
        let used: Vec<usize> = match interp {
            RowInterp::Nearest => vec![self.nearest_row(g)],
            RowInterp::Linear => {
                vec![lo.saturating_sub(1), lo.min(self.g_axis.len() - 1)]
            }
        };
        for i in used {
            cuts.extend(self.rows[i].breaks.iter().copied());
        }
        cuts.sort_by(f64::total_cmp);
        cuts.dedup();
        cuts.windows(2)
            .filter(|w| w[1] > w[0])
            // The step at a break belongs to the lower column, so probe just above each cut.
            .map(|w| (self.quantile(g, 0.5 * (w[0] + w[1]), interp), w[1] - w[0]))
            .collect()
    }
}

/// The CDF of `N(mean, std^2)` at each column value, the last entry set to 1. A zero std
/// gives a step at `mean` (into the last column if `mean` lies beyond the axis).
pub fn gaussian_row(dg_axis: &[f64], mean: f64, std: f64) -> Vec<f64> {
    let mut row: Vec<f64> = dg_axis
        .iter()
        .map(|&x| {
            if std > 0.0 {
                normal_cdf((x - mean) / std)
            } else if x >= mean {
                1.0
            } else {
                0.0
            }
        })
        .collect();
    if let Some(last) = row.last_mut() {
        *last = 1.0;
    }
    row
}

/// A device population as a pair of jump tables; implements [`Device`].
#[derive(Clone, Debug, PartialEq)]
pub struct JumpTable {
    /// SET table.
    pub set: PolarityTable,
    /// RESET table.
    pub reset: PolarityTable,
    /// Row lookup rule.
    pub interp: RowInterp,
}

impl JumpTable {
    /// Pair two tables; their G ranges must overlap.
    pub fn new(
        set: PolarityTable,
        reset: PolarityTable,
        interp: RowInterp,
    ) -> Result<Self, DeviceError> {
        let t = JumpTable { set, reset, interp };
        if t.g_min() > t.g_max() {
            let got = format!("[{}, {}]", t.g_min(), t.g_max());
            return Err(DeviceError::parameter(
                "g_axis",
                "overlapping SET and RESET ranges",
                got,
            ));
        }
        Ok(t)
    }

    /// Analytical `n_g` x `n_dg` tables of both polarities of `device`
    /// (see [`PolarityTable::from_device`]); nearest-row sampling.
    pub fn from_device<D: AnalyticDevice + ?Sized>(device: &D, n_g: usize, n_dg: usize) -> Self {
        JumpTable {
            set: PolarityTable::from_device(device, Polarity::Set, n_g, n_dg),
            reset: PolarityTable::from_device(device, Polarity::Reset, n_g, n_dg),
            interp: RowInterp::Nearest,
        }
    }

    /// The table of one polarity.
    pub fn table(&self, polarity: Polarity) -> &PolarityTable {
        match polarity {
            Polarity::Set => &self.set,
            Polarity::Reset => &self.reset,
        }
    }

    /// The same tables with another row lookup rule.
    pub fn with_interp(mut self, interp: RowInterp) -> Self {
        self.interp = interp;
        self
    }

    /// Write the file format of the module docs.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), DeviceError> {
        let path = path.as_ref();
        std::fs::write(path, self.to_csv()).map_err(|source| DeviceError::Io {
            path: path.display().to_string(),
            cause: source,
        })
    }

    /// The file text `save` writes.
    pub fn to_csv(&self) -> String {
        let mut s = format!("{HEADER}\n# rows: initial G; columns: dG; cells: P(dG <= column)\n");
        let join = |label: &str, xs: &[f64]| {
            let cells: Vec<String> = xs.iter().map(|x| format!("{x:?}")).collect();
            format!("{label},{}\n", cells.join(","))
        };
        for pol in Polarity::BOTH {
            let t = self.table(pol);
            let _ = writeln!(s, "polarity,{}", pol.name());
            s += &join("g_axis", &t.g_axis);
            s += &join("dg_axis", &t.dg_axis);
            for row in &t.cdf {
                s += &join("cdf", row);
            }
        }
        s
    }

    /// Read and validate a file (nearest-row sampling; see [`JumpTable::with_interp`]).
    pub fn load(path: impl AsRef<Path>) -> Result<Self, DeviceError> {
        let path = path.as_ref();
        let text = crate::limits::read_text_bounded(path, crate::limits::MAX_TABLE_BYTES).map_err(
            |source| DeviceError::Io {
                path: path.display().to_string(),
                cause: source,
            },
        )?;
        Self::parse(&path.display().to_string(), &text)
    }

    /// Parse file text; `path` names it in messages.
    pub fn parse(path: &str, text: &str) -> Result<Self, DeviceError> {
        Parser {
            path,
            sections: Vec::new(),
            current: None,
        }
        .run(text)
    }
}

impl Device for JumpTable {
    fn pulse(&self, g: f64, polarity: Polarity, rng: &mut ChaCha8Rng) -> f64 {
        let u: f64 = rng.random();
        let dg = self.table(polarity).quantile(g, u, self.interp);
        (g + dg).clamp(self.g_min(), self.g_max())
    }
    fn mean_step(&self, g: f64, polarity: Polarity) -> f64 {
        let dist = self.table(polarity).distribution(g, self.interp);
        dist.iter().map(|(x, p)| x * p).sum()
    }
    fn g_min(&self) -> f64 {
        self.set.g_axis[0].max(self.reset.g_axis[0])
    }
    fn g_max(&self) -> f64 {
        let last = |t: &PolarityTable| t.g_axis[t.g_axis.len() - 1];
        last(&self.set).min(last(&self.reset))
    }
}

/// One `polarity` section while it is read, with the line of every row.
struct Section {
    polarity: Polarity,
    g_axis: Option<(usize, Vec<f64>)>,
    dg_axis: Option<(usize, Vec<f64>)>,
    rows: Vec<(usize, Vec<f64>)>,
}

struct Parser<'a> {
    path: &'a str,
    sections: Vec<PolarityTable>,
    current: Option<Section>,
}

impl Parser<'_> {
    fn err(
        &self,
        line: usize,
        column: usize,
        field: &str,
        expected: &str,
        got: &str,
    ) -> DeviceError {
        DeviceError::Invalid {
            path: self.path.to_string(),
            line,
            column,
            field: field.to_string(),
            expected: expected.to_string(),
            got: got.to_string(),
        }
    }

    fn run(mut self, text: &str) -> Result<JumpTable, DeviceError> {
        let mut done: Vec<Polarity> = Vec::new();
        let mut last_line = 1;
        if text.trim().is_empty() {
            let want = format!("`{HEADER}`");
            return Err(self.err(1, 1, "header", &want, "an empty file"));
        }
        for (k, raw) in text.lines().enumerate() {
            let line = k + 1;
            last_line = line;
            if line == 1 {
                if raw.trim() != HEADER {
                    return Err(self.err(
                        1,
                        1,
                        "header",
                        &format!("`{HEADER}`"),
                        &format!("`{}`", raw.trim()),
                    ));
                }
                continue;
            }
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = trimmed.split(',').map(str::trim).collect();
            match cells[0] {
                "polarity" => {
                    self.finish(line, &mut done)?;
                    let polarity = match cells.get(1).copied() {
                        Some("set") if cells.len() == 2 => Polarity::Set,
                        Some("reset") if cells.len() == 2 => Polarity::Reset,
                        _ => {
                            let got = format!("`{}`", cells[1..].join(","));
                            return Err(self.err(line, 2, "polarity", "`set` or `reset`", &got));
                        }
                    };
                    if done.contains(&polarity) {
                        return Err(self.err(
                            line,
                            2,
                            "polarity",
                            "each polarity once",
                            &format!("a second `{}`", polarity.name()),
                        ));
                    }
                    self.current = Some(Section {
                        polarity,
                        g_axis: None,
                        dg_axis: None,
                        rows: Vec::new(),
                    });
                }
                label @ ("g_axis" | "dg_axis" | "cdf") => {
                    let Some(sec) = self.current.as_ref() else {
                        return Err(self.err(
                            line,
                            1,
                            "row label",
                            "`polarity` first",
                            &format!("`{label}`"),
                        ));
                    };
                    let p = sec.polarity.name();
                    let field = match label {
                        "cdf" => format!("{p}.cdf[{}]", sec.rows.len()),
                        _ => format!("{p}.{label}"),
                    };
                    let expected_label = if sec.g_axis.is_none() {
                        "g_axis"
                    } else if sec.dg_axis.is_none() {
                        "dg_axis"
                    } else {
                        "cdf"
                    };
                    if label != expected_label {
                        return Err(self.err(
                            line,
                            1,
                            "row label",
                            &format!("`{expected_label}`"),
                            &format!("`{label}`"),
                        ));
                    }
                    let mut values = Vec::with_capacity(cells.len() - 1);
                    for (j, cell) in cells[1..].iter().enumerate() {
                        match cell.parse::<f64>() {
                            Ok(v) => values.push(v),
                            Err(_) => {
                                return Err(self.err(
                                    line,
                                    j + 2,
                                    &format!("{field}[{j}]"),
                                    "a number",
                                    &format!("`{cell}`"),
                                ))
                            }
                        }
                    }
                    let sec = self.current.as_mut().expect("checked above");
                    match label {
                        "g_axis" => sec.g_axis = Some((line, values)),
                        "dg_axis" => sec.dg_axis = Some((line, values)),
                        _ => sec.rows.push((line, values)),
                    }
                }
                other => {
                    let want = "`polarity`, `g_axis`, `dg_axis` or `cdf`";
                    return Err(self.err(line, 1, "row label", want, &format!("`{other}`")));
                }
            }
        }
        self.finish(last_line, &mut done)?;
        if done.len() != 2 {
            let got = format!(
                "only `{}`",
                done.iter()
                    .map(|p| p.name())
                    .collect::<Vec<_>>()
                    .join("`, `")
            );
            let got = if done.is_empty() {
                "none".to_string()
            } else {
                got
            };
            return Err(self.err(
                last_line,
                1,
                "polarity",
                "a `set` and a `reset` section",
                &got,
            ));
        }
        let (a, b) = (self.sections.remove(0), self.sections.remove(0));
        let (set, reset) = if done[0] == Polarity::Set {
            (a, b)
        } else {
            (b, a)
        };
        JumpTable::new(set, reset, RowInterp::Nearest)
    }

    /// Validate the open section (if any); `line` is where it ended.
    fn finish(&mut self, line: usize, done: &mut Vec<Polarity>) -> Result<(), DeviceError> {
        let Some(sec) = self.current.take() else {
            return Ok(());
        };
        let p = sec.polarity.name();
        let (Some((g_line, g_axis)), Some((dg_line, dg_axis))) = (sec.g_axis, sec.dg_axis) else {
            return Err(self.err(
                line,
                1,
                &format!("{p} section"),
                "a `g_axis` and a `dg_axis` row",
                "fewer",
            ));
        };
        let (lines, cdf): (Vec<usize>, Vec<Vec<f64>>) = sec.rows.into_iter().unzip();
        if let Err(i) = check(&g_axis, &dg_axis, &cdf) {
            let (at, column) = match i.loc {
                Loc::GAxis(k) => (g_line, k + 2),
                Loc::DgAxis(k) => (dg_line, k + 2),
                // Too many rows: point at the first extra one; too few: where the section ends.
                Loc::RowCount => (lines.get(g_axis.len()).copied().unwrap_or(line), 1),
                Loc::Cdf(r, j) => (lines[r], j + 2),
            };
            return Err(self.err(
                at,
                column,
                &field_name(sec.polarity, &i.loc),
                &i.expected,
                &i.got,
            ));
        }
        self.sections
            .push(PolarityTable::new_unchecked(g_axis, dg_axis, cdf));
        done.push(sec.polarity);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::devices::stats::mean_std;
    use crate::devices::Exponential;
    use rand::SeedableRng;

    fn tiny(cdf_set: Vec<Vec<f64>>) -> JumpTable {
        let set = PolarityTable::new(Polarity::Set, vec![1.0, 2.0], vec![-0.5, 0.0, 0.5], cdf_set);
        let reset = PolarityTable::new(
            Polarity::Reset,
            vec![0.5, 1.5, 2.5],
            vec![-0.5, 0.0],
            vec![vec![0.5, 1.0]; 3],
        );
        JumpTable::new(set.unwrap(), reset.unwrap(), RowInterp::Nearest).unwrap()
    }

    #[test]
    fn sampler_recovers_the_exponential_device_mean_and_std() {
        let dev = Exponential::default();
        let table = JumpTable::from_device(&dev, 100, 100);
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        // Interior G only: 1.2 nS noise never reaches the window's edges from here.
        for pol in Polarity::BOTH {
            for g in [10.0, 20.677, 31.0] {
                let i = table.table(pol).nearest_row(g);
                let g_row = table.table(pol).g_axis()[i];
                let dgs: Vec<f64> = (0..200_000)
                    .map(|_| table.pulse(g_row, pol, &mut rng) - g_row)
                    .collect();
                let (m, s) = mean_std(&dgs);
                let (mu, sigma) = (dev.step_mean(g_row, pol), dev.step_std(g_row, pol));
                eprintln!(
                    "{pol:?} G={g_row:.3}: mean err {:+.4} nS, std err {:+.3}%",
                    m - mu,
                    100.0 * (s / sigma - 1.0)
                );
                assert!((m - mu).abs() < 0.02, "{pol:?} G={g}: mean {m} vs {mu}");
                assert!(
                    (s / sigma - 1.0).abs() < 0.01,
                    "{pol:?} G={g}: std {s} vs {sigma}"
                );
                // The sampler's exact distribution agrees even more tightly.
                let dist = table.table(pol).distribution(g_row, RowInterp::Nearest);
                let em: f64 = dist.iter().map(|(x, p)| x * p).sum();
                assert!(
                    (em - mu).abs() < 1e-3,
                    "{pol:?} G={g}: exact mean {em} vs {mu}"
                );
            }
        }
    }

    #[test]
    fn samples_never_leave_the_clip_window() {
        let t = JumpTable::from_device(&Exponential::default(), 100, 100);
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let mut g = 3.0;
        for k in 0..50_000 {
            let pol = if k % 2 == 0 {
                Polarity::Set
            } else {
                Polarity::Reset
            };
            g = t.pulse(g, pol, &mut rng);
            assert!((t.g_min()..=t.g_max()).contains(&g), "{g}");
        }
        // Edges of the tiny table: clip range is [max first G, min last G] = [1, 2].
        let t = tiny(vec![vec![0.0, 0.0, 1.0]; 2]);
        assert_eq!((t.g_min(), t.g_max()), (1.0, 2.0));
        assert_eq!(t.pulse(2.0, Polarity::Set, &mut rng), 2.0);
        assert_eq!(t.pulse(1.0, Polarity::Reset, &mut rng), 1.0);
    }

    #[test]
    fn degenerate_row_returns_its_only_dg() {
        let t = tiny(vec![vec![0.0, 1.0, 1.0], vec![0.0, 0.0, 1.0]]);
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        for _ in 0..1000 {
            assert_eq!(t.pulse(1.0, Polarity::Set, &mut rng), 1.0); // dG = 0 at row G = 1
            assert_eq!(t.set.quantile(1.9, rng.random(), RowInterp::Nearest), 0.5);
        }
        assert_eq!(t.set.quantile(1.2, 0.0, RowInterp::Nearest), 0.0);
        assert_eq!(t.set.quantile(1.2, 0.999_999, RowInterp::Nearest), 0.0);
    }

    #[test]
    fn nearest_cdf_entry_picks_columns_with_midpoint_breaks() {
        // Row CDF 0.2, 0.6, 1.0: breaks at 0.4 and 0.8; masses 0.4, 0.4, 0.2.
        let t = tiny(vec![vec![0.2, 0.6, 1.0]; 2]);
        let q = |u| t.set.quantile(1.0, u, RowInterp::Nearest);
        assert_eq!(
            (q(0.39), q(0.4), q(0.41), q(0.8), q(0.81)),
            (-0.5, -0.5, 0.0, 0.0, 0.5)
        );
        let d = t.set.distribution(1.0, RowInterp::Nearest);
        let probs: Vec<f64> = d.iter().map(|&(_, p)| (p * 1e9).round() / 1e9).collect();
        assert_eq!(probs, vec![0.4, 0.4, 0.2]);
    }

    #[test]
    fn linear_interpolation_blends_rows_and_nearest_does_not() {
        let t = tiny(vec![vec![0.0, 1.0, 1.0], vec![0.0, 0.0, 1.0]]);
        assert_eq!(t.set.quantile(1.25, 0.3, RowInterp::Linear), 0.125);
        assert_eq!(t.set.quantile(1.25, 0.3, RowInterp::Nearest), 0.0);
        assert_eq!(t.set.quantile(0.0, 0.3, RowInterp::Linear), 0.0);
        assert_eq!(t.set.quantile(9.0, 0.3, RowInterp::Linear), 0.5);
    }

    #[test]
    fn save_then_load_gives_the_same_table() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("exp.csv");
        let t = JumpTable::from_device(&Exponential::default(), 100, 100);
        t.save(&path).unwrap();
        assert_eq!(JumpTable::load(&path).unwrap(), t);
        let small = tiny(vec![vec![0.1, 0.7, 1.0], vec![1e-20, 0.5, 1.0]]);
        assert_eq!(JumpTable::parse("mem", &small.to_csv()).unwrap(), small);
    }

    #[test]
    fn an_empty_file_is_refused_at_its_header() {
        let msg = JumpTable::parse("empty.csv", "").unwrap_err().to_string();
        insta::assert_snapshot!(msg, @"empty.csv:1:1: `header` must be `# mgdsim jump table v1`, got an empty file");
    }

    #[test]
    fn in_code_tables_are_validated_too() {
        let err = PolarityTable::new(
            Polarity::Reset,
            vec![1.0],
            vec![0.0, 1.0],
            vec![vec![0.5, 0.9]],
        );
        let msg = err.unwrap_err().to_string();
        insta::assert_snapshot!(msg, @"`reset.cdf[0][1]` must be 1 within 0.000001 (a CDF row ends at 1), got 0.9");
    }

    #[test]
    fn bad_table_files_are_refused_with_file_line_and_column() {
        let cases = [
            "device_table_bad_header",
            "device_table_cdf_not_monotone",
            "device_table_cdf_not_ending_at_one",
            "device_table_cdf_above_one",
            "device_table_dg_axis_wrong_length",
            "device_table_g_axis_wrong_length",
            "device_table_g_axis_not_increasing",
            "device_table_nan_cell",
            "device_table_non_numeric_cell",
            "device_table_missing_reset",
            "device_table_unknown_row",
        ];
        let mut report = String::new();
        for name in cases {
            let path = format!("tests/fixtures/bad/{name}.csv");
            let msg = match JumpTable::load(&path) {
                Ok(_) => "ACCEPTED".to_string(),
                Err(e) => e.to_string(),
            };
            report += &format!("{msg}\n");
        }
        insta::assert_snapshot!("device_bad_tables", report);
    }
}
