//! One point of a sweep (what is trained), its outcome (what was measured), and their CSV row.
//!
//! A row is the key columns (sweep .. seed) then the outcome columns; empty cells are "not
//! reached" or "not measured". Numbers are written in Rust's shortest round-trip form, so a row
//! read back and written again is byte-identical (merge relies on it).

use super::SweepError;
use std::cmp::Ordering;

/// Which of the sweeps a point belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sweep {
    /// Gradient-estimate time against P and N (paper B, Fig. 3).
    A,
    /// Time to target accuracy against width (Fig. 4).
    B,
    /// tau_theta sweep (Fig. 5).
    C,
    /// Learning rate, vanilla against Adam (Fig. 6).
    D,
    /// Paper A's tau_x by tau_theta heatmap.
    E,
}

impl Sweep {
    /// Every sweep, in order.
    pub const ALL: [Sweep; 5] = [Sweep::A, Sweep::B, Sweep::C, Sweep::D, Sweep::E];

    /// Its letter.
    pub fn name(self) -> &'static str {
        match self {
            Sweep::A => "a",
            Sweep::B => "b",
            Sweep::C => "c",
            Sweep::D => "d",
            Sweep::E => "e",
        }
    }

    /// From its letter.
    pub fn parse(s: &str) -> Option<Sweep> {
        Sweep::ALL.into_iter().find(|w| w.name() == s)
    }
}

/// How a point trains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// MGD, weight perturbation.
    Wp,
    /// MGD, node perturbation.
    Np,
    /// Backpropagation (SGD, batch 1).
    Bp,
    /// MGD, weight perturbation, on the chip's fast cycle model (fixed point, the chip's own
    /// learning-rate shift).
    Chip,
}

impl Method {
    /// Short name used in CSV and tables.
    pub fn name(self) -> &'static str {
        match self {
            Method::Wp => "wp",
            Method::Np => "np",
            Method::Bp => "bp",
            Method::Chip => "chip",
        }
    }

    fn parse(s: &str) -> Option<Method> {
        [Method::Wp, Method::Np, Method::Bp, Method::Chip]
            .into_iter()
            .find(|m| m.name() == s)
    }
}

/// Optimiser on the MGD estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Opt {
    /// theta -= eta g^.
    Vanilla,
    /// Adam (no bias correction, as in the authors' code).
    Adam,
}

impl Opt {
    /// Short name used in CSV and tables.
    pub fn name(self) -> &'static str {
        match self {
            Opt::Vanilla => "vanilla",
            Opt::Adam => "adam",
        }
    }

    fn parse(s: &str) -> Option<Opt> {
        [Opt::Vanilla, Opt::Adam]
            .into_iter()
            .find(|m| m.name() == s)
    }
}

/// What one training (or one gradient estimate) is: the key of a CSV row.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// Sweep.
    pub sweep: Sweep,
    /// Data set name (`digits`, `nist7x7`, `parity4`).
    pub dataset: String,
    /// Training method.
    pub method: Method,
    /// Hidden width h of the network family.
    pub width: usize,
    /// Steps a sample is held.
    pub tau_x: u32,
    /// Steps between updates.
    pub tau_theta: u32,
    /// Learning rate.
    pub eta: f64,
    /// Optimiser.
    pub optimizer: Opt,
    /// Run seed (initial theta, codes, sample order).
    pub seed: u64,
}

impl Point {
    /// Total order of points: the order of tables and of the canonical CSV.
    pub fn cmp_key(&self, o: &Point) -> Ordering {
        (
            self.sweep,
            &self.dataset,
            self.method,
            self.width,
            self.tau_x,
        )
            .cmp(&(o.sweep, &o.dataset, o.method, o.width, o.tau_x))
            .then(self.tau_theta.cmp(&o.tau_theta))
            .then(self.optimizer.cmp(&o.optimizer))
            .then(self.eta.total_cmp(&o.eta))
            .then(self.seed.cmp(&o.seed))
    }

    /// The key columns as written in the CSV.
    pub fn key(&self) -> String {
        format!(
            "{},{},{},{},{},{},{},{},{}",
            self.sweep.name(),
            self.dataset,
            self.method.name(),
            self.width,
            self.tau_x,
            self.tau_theta,
            self.eta,
            self.optimizer.name(),
            self.seed
        )
    }
}

/// Accuracy thresholds whose first-reach step every training records.
pub const THRESHOLDS: [f64; 4] = [0.2, 0.4, 0.6, 0.8];

/// What was measured at a point.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// Trainable parameters P.
    pub params: usize,
    /// Non-input neurons N.
    pub nodes: usize,
    /// Steps run (iterations; backprop: minibatches of one sample).
    pub steps: u64,
    /// Sweep a: first iteration with cos(G, grad) >= the threshold; `None` if the cap came first.
    pub grad_iters: Option<u64>,
    /// Sweep a: cos(G, grad) when it stopped.
    pub final_cos: Option<f64>,
    /// Best test accuracy seen.
    pub best_acc: Option<f64>,
    /// Test accuracy at the last evaluation.
    pub final_acc: Option<f64>,
    /// First evaluated step at or above each of [`THRESHOLDS`].
    pub to: [Option<u64>; 4],
    /// The sweep's target accuracy.
    pub target: Option<f64>,
    /// First evaluated step at or above `target` (time to solution).
    pub to_target: Option<u64>,
}

/// A finished point: one CSV row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// What was trained.
    pub point: Point,
    /// What was measured.
    pub outcome: Outcome,
}

/// The CSV header line.
pub const HEADER: &str = "sweep,dataset,method,width,tau_x,tau_theta,eta,optimizer,seed,\
params,nodes,steps,grad_iters,final_cos,best_acc,final_acc,t20,t40,t60,t80,target,t_target";

const N_COLS: usize = 22;

fn opt<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref().map(|x| x.to_string()).unwrap_or_default()
}

impl Row {
    /// The row as one CSV line (no newline).
    pub fn to_csv(&self) -> String {
        let o = &self.outcome;
        format!(
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
            self.point.key(),
            o.params,
            o.nodes,
            o.steps,
            opt(&o.grad_iters),
            opt(&o.final_cos),
            opt(&o.best_acc),
            opt(&o.final_acc),
            opt(&o.to[0]),
            opt(&o.to[1]),
            opt(&o.to[2]),
            opt(&o.to[3]),
            opt(&o.target),
            opt(&o.to_target),
        )
    }

    /// Parse one CSV line; errors name `path:line` and the column.
    pub fn from_csv(path: &str, line: usize, text: &str) -> Result<Row, SweepError> {
        let cells: Vec<&str> = text.split(',').collect();
        let bad = |column: &str, reason: String| SweepError::Csv {
            path: path.to_string(),
            line,
            reason: format!("column `{column}`: {reason}"),
        };
        if cells.len() != N_COLS {
            return Err(SweepError::Csv {
                path: path.to_string(),
                line,
                reason: format!("expected {N_COLS} cells, got {}", cells.len()),
            });
        }
        fn num<T: std::str::FromStr>(
            c: &str,
            col: &str,
            bad: &dyn Fn(&str, String) -> SweepError,
        ) -> Result<T, SweepError> {
            c.parse()
                .map_err(|_| bad(col, format!("`{c}` is not a valid number")))
        }
        fn maybe<T: std::str::FromStr>(
            c: &str,
            col: &str,
            bad: &dyn Fn(&str, String) -> SweepError,
        ) -> Result<Option<T>, SweepError> {
            if c.is_empty() {
                Ok(None)
            } else {
                num(c, col, bad).map(Some)
            }
        }
        let sweep = Sweep::parse(cells[0]).ok_or_else(|| bad("sweep", "not a..e".into()))?;
        let method = Method::parse(cells[2]).ok_or_else(|| bad("method", "not wp/np/bp".into()))?;
        let optimizer =
            Opt::parse(cells[7]).ok_or_else(|| bad("optimizer", "not vanilla/adam".into()))?;
        let eta: f64 = num(cells[6], "eta", &bad)?;
        if !eta.is_finite() {
            return Err(bad("eta", "not finite".into()));
        }
        let point = Point {
            sweep,
            dataset: cells[1].to_string(),
            method,
            width: num(cells[3], "width", &bad)?,
            tau_x: num(cells[4], "tau_x", &bad)?,
            tau_theta: num(cells[5], "tau_theta", &bad)?,
            eta,
            optimizer,
            seed: num(cells[8], "seed", &bad)?,
        };
        let outcome = Outcome {
            params: num(cells[9], "params", &bad)?,
            nodes: num(cells[10], "nodes", &bad)?,
            steps: num(cells[11], "steps", &bad)?,
            grad_iters: maybe(cells[12], "grad_iters", &bad)?,
            final_cos: maybe(cells[13], "final_cos", &bad)?,
            best_acc: maybe(cells[14], "best_acc", &bad)?,
            final_acc: maybe(cells[15], "final_acc", &bad)?,
            to: [
                maybe(cells[16], "t20", &bad)?,
                maybe(cells[17], "t40", &bad)?,
                maybe(cells[18], "t60", &bad)?,
                maybe(cells[19], "t80", &bad)?,
            ],
            target: maybe(cells[20], "target", &bad)?,
            to_target: maybe(cells[21], "t_target", &bad)?,
        };
        Ok(Row { point, outcome })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_survives_the_csv_round_trip_byte_for_byte() {
        let row = Row {
            point: Point {
                sweep: Sweep::D,
                dataset: "digits".into(),
                method: Method::Wp,
                width: 32,
                tau_x: 1,
                tau_theta: 10,
                eta: 0.003,
                optimizer: Opt::Adam,
                seed: 2,
            },
            outcome: Outcome {
                params: 3466,
                nodes: 74,
                steps: 1000,
                best_acc: Some(0.8611111111111112),
                final_acc: Some(0.85),
                to: [Some(10), Some(20), None, None],
                target: Some(0.9),
                ..Outcome::default()
            },
        };
        let line = row.to_csv();
        assert_eq!(line.split(',').count(), HEADER.split(',').count());
        let back = Row::from_csv("x.csv", 2, &line).unwrap();
        assert_eq!(back, row);
        assert_eq!(back.to_csv(), line);
    }

    #[test]
    fn a_bad_cell_is_named_by_file_line_and_column() {
        let e = Row::from_csv("r.csv", 7, "a,digits,wp,x,1,1,1,vanilla,1,1,1,1,,,,,,,,,,")
            .unwrap_err()
            .to_string();
        assert!(e.contains("r.csv:7") && e.contains("width"), "{e}");
    }
}
