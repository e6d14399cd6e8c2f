//! Which points each sweep runs, and the settings every point of a sweep shares.
//!
//! The digits family is `64-h-...-h-10` (`depth` hidden layers of width `h`, sigmoid, MSE,
//! one-hot targets, argmax): with two hidden layers `P = h^2 + 76 h + 10` grows like `h^2` and
//! `N = 2 h + 10` like `h`, the same contrast as paper B's CNN (`P ~ d^2`, `N ~ d`).
//!
//! | sweep | points | what is fixed |
//! |---|---|---|
//! | a | widths x {wp, np} x seeds | one training sample, theta at its seeded init, no updates, dtheta 1e-4 |
//! | b | widths x {wp, np, bp} x seeds | tau 1/1/1, paper B normalisation, dtheta 0.01, target 80% (as the paper) |
//! | c | tau_theta in 1..1000 x seeds | wp, h = 32 |
//! | d | eta x {vanilla, adam} x seeds | wp, h = 32, tau_theta 100; counted in updates |
//! | e | {nist7x7, parity4} x tau_x x tau_theta x seeds | paper A's settings and normalisation |
//!
//! The settings line (first line of a results file) lists what a row's numbers depend on
//! beyond its key; a rerun or merge with other settings is refused rather than mixed.

use super::point::{Method, Opt, Point, Sweep};

/// What the user chose on the command line.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// The digits CSV (as given; relative to the working directory).
    pub digits: String,
    /// Hidden widths of the digits family (sweeps a and b); `None`: the default list.
    pub widths: Option<Vec<usize>>,
    /// Seeds 1..=seeds per point.
    pub seeds: u64,
    /// Step budget per training; `None`: the sweep's default.
    pub steps: Option<u64>,
    /// Hidden layers of the digits family (>= 1).
    pub depth: usize,
    /// MGD learning rate of sweeps b and c (both WP and NP); `None`: [`ETA_WP`], [`ETA_NP`].
    pub eta: Option<f64>,
    /// Also run sweep e's points on the chip's fast model (method `chip`).
    pub chip: bool,
    /// Sweep a: perturb one layer at a time (`mgd.per_layer`, paper B's code).
    pub per_layer: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            digits: "data/digits.csv.gz".into(),
            widths: None,
            seeds: 3,
            steps: None,
            depth: 2,
            eta: None,
            chip: false,
            per_layer: false,
        }
    }
}

/// Paper B's learning rate for weight perturbation with its normalisation (|g^| ~ |grad|).
pub const ETA_WP: f64 = 1.0;
/// Same for node perturbation.
pub const ETA_NP: f64 = 1.0;
/// Backprop SGD learning rate (batch 1).
pub const ETA_BP: f64 = 0.5;
/// Sweep a: cos(G, grad) that counts as estimated (15 degrees).
pub fn cos_min() -> f64 {
    15f64.to_radians().cos()
}

/// The settings every point of one sweep shares.
#[derive(Clone, Debug, PartialEq)]
pub struct Knobs {
    /// The digits CSV.
    pub digits: String,
    /// Hidden layers of the digits family.
    pub depth: usize,
    /// Perturbation norm.
    pub dtheta: f64,
    /// Step budget (sweep a: cap in units of the perturbed count, see [`super::grad_time`]).
    pub steps: u64,
    /// Evaluate every this many steps.
    pub eval_interval: u64,
    /// Target test accuracy on digits.
    pub target: f64,
    /// Chip points are in the plan (sweep e).
    pub chip: bool,
    /// Sweep a perturbs one layer at a time.
    pub per_layer: bool,
}

/// One sweep's points and shared settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The sweep.
    pub sweep: Sweep,
    /// Its points, in table order.
    pub points: Vec<Point>,
    /// What they share.
    pub knobs: Knobs,
}

impl Plan {
    /// The plan of `sweep` for `s`.
    pub fn new(sweep: Sweep, s: &Settings) -> Plan {
        let widths = s.widths.clone().unwrap_or(vec![8, 16, 32, 64, 128]);
        let seeds = 1..=s.seeds;
        let pt = |dataset: &str, method, width, tau_x, tau_theta, eta, optimizer, seed| Point {
            sweep,
            dataset: dataset.to_string(),
            method,
            width,
            tau_x,
            tau_theta,
            eta,
            optimizer,
            seed,
        };
        let mut points = Vec::new();
        let (dtheta, steps, eval_interval) = match sweep {
            Sweep::A => {
                for m in [Method::Wp, Method::Np] {
                    for &w in &widths {
                        for seed in seeds.clone() {
                            points.push(pt("digits", m, w, 1, 1, 0.0, Opt::Vanilla, seed));
                        }
                    }
                }
                (1e-4, 100, 1)
            }
            Sweep::B => {
                for (m, eta) in [
                    (Method::Wp, s.eta.unwrap_or(ETA_WP)),
                    (Method::Np, s.eta.unwrap_or(ETA_NP)),
                    (Method::Bp, ETA_BP),
                ] {
                    for &w in &widths {
                        for seed in seeds.clone() {
                            points.push(pt("digits", m, w, 1, 1, eta, Opt::Vanilla, seed));
                        }
                    }
                }
                (0.01, 300_000, 1000)
            }
            Sweep::C => {
                for tt in [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] {
                    for seed in seeds.clone() {
                        let eta = s.eta.unwrap_or(ETA_WP);
                        points.push(pt("digits", Method::Wp, 32, 1, tt, eta, Opt::Vanilla, seed));
                    }
                }
                (0.01, 200_000, 1000)
            }
            Sweep::D => {
                for o in [Opt::Vanilla, Opt::Adam] {
                    for eta in [1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1.0] {
                        for seed in seeds.clone() {
                            points.push(pt("digits", Method::Wp, 32, 1, 100, eta, o, seed));
                        }
                    }
                }
                (0.01, 100_000, 1000)
            }
            Sweep::E => {
                let methods: &[Method] = if s.chip {
                    &[Method::Wp, Method::Chip]
                } else {
                    &[Method::Wp]
                };
                for &m in methods {
                    for (ds, w, eta) in [("nist7x7", 4, 1.0), ("parity4", 8, 0.5)] {
                        for tx in [1, 2, 4, 8, 16, 32] {
                            for tt in [1, 2, 4, 8, 16, 32, 64] {
                                for seed in seeds.clone() {
                                    points.push(pt(ds, m, w, tx, tt, eta, Opt::Vanilla, seed));
                                }
                            }
                        }
                    }
                }
                (0.0, 200_000, 500)
            }
        };
        points.sort_by(|a, b| a.cmp_key(b));
        Plan {
            sweep,
            points,
            knobs: Knobs {
                digits: s.digits.clone(),
                depth: s.depth,
                dtheta,
                steps: s.steps.unwrap_or(steps),
                eval_interval,
                target: 0.8,
                chip: s.chip && sweep == Sweep::E,
                per_layer: s.per_layer && sweep == Sweep::A,
            },
        }
    }

    /// The first line of a results file: what the rows depend on beyond their keys.
    pub fn settings_line(&self) -> String {
        let k = &self.knobs;
        format!(
            "# mgdsim sweep {}: digits={} depth={} dtheta={} steps={} eval_interval={} target={} \
             (learning rates: the eta column){}{}",
            self.sweep.name(),
            k.digits,
            k.depth,
            k.dtheta,
            k.steps,
            k.eval_interval,
            k.target,
            if k.chip { " chip=fast-model" } else { "" },
            if k.per_layer { " per_layer" } else { "" }
        )
    }

    /// Layer sizes of the digits family at width `h`.
    pub fn digits_layers(&self, h: usize) -> Vec<usize> {
        let mut l = vec![64];
        l.extend(std::iter::repeat_n(h, self.knobs.depth));
        l.push(10);
        l
    }
}
