//! The SVG of each sweep (plotters): log-log lines of medians for a-d, heatmaps for e.

use super::point::{Method, Opt, Row, Sweep};
use super::report::med;
use super::train_time::updates;
use plotters::prelude::*;
use std::path::Path;

type Series = (String, RGBColor, Vec<(f64, f64)>);

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// Log-log lines with markers.
fn loglog(path: &Path, title: &str, xl: &str, yl: &str, series: &[Series]) -> Result<(), String> {
    let all: Vec<(f64, f64)> = series.iter().flat_map(|s| s.2.iter().copied()).collect();
    if all.is_empty() {
        return Ok(());
    }
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for (x, y) in &all {
        x0 = x0.min(*x);
        x1 = x1.max(*x);
        y0 = y0.min(*y);
        y1 = y1.max(*y);
    }
    let root = SVGBackend::new(path, (900, 560)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(
            (x0 / 1.5..x1 * 1.5).log_scale(),
            (y0 / 1.5..y1 * 1.5).log_scale(),
        )
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_desc(xl)
        .y_desc(yl)
        .draw()
        .map_err(err)?;
    for (name, color, pts) in series {
        let c = *color;
        chart
            .draw_series(LineSeries::new(pts.iter().copied(), c))
            .map_err(err)?
            .label(name.as_str())
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], c));
        chart
            .draw_series(pts.iter().map(|&p| Circle::new(p, 3, c.filled())))
            .map_err(err)?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(err)?;
    root.present().map_err(err)
}

/// Medians over seeds of `y` per distinct `x`, for the rows matching `sel`.
fn medians(
    rows: &[Row],
    sel: impl Fn(&Row) -> bool,
    x: impl Fn(&Row) -> f64,
    y: impl Fn(&Row) -> Option<f64>,
) -> Vec<(f64, f64)> {
    let mut xs: Vec<f64> = rows.iter().filter(|r| sel(r)).map(&x).collect();
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    xs.into_iter()
        .filter_map(|xv| med(rows, |r| sel(r) && x(r) == xv, &y).0.map(|m| (xv, m)))
        .collect()
}

const COLORS: [RGBColor; 4] = [BLUE, RED, GREEN, MAGENTA];

/// Draw `sweep`'s figure from `rows` to `path`.
pub fn plot(sweep: Sweep, rows: &[Row], path: &Path) -> Result<(), String> {
    match sweep {
        Sweep::A => {
            let it = |r: &Row| r.outcome.grad_iters.map(|x| x as f64);
            let m = |k: Method| move |r: &Row| r.point.method == k;
            let s = vec![
                (
                    "WP, x = P".into(),
                    BLUE,
                    medians(rows, m(Method::Wp), |r| r.outcome.params as f64, it),
                ),
                (
                    "NP, x = N".into(),
                    RED,
                    medians(rows, m(Method::Np), |r| r.outcome.nodes as f64, it),
                ),
                (
                    "NP, x = P".into(),
                    MAGENTA,
                    medians(rows, m(Method::Np), |r| r.outcome.params as f64, it),
                ),
            ];
            loglog(
                path,
                "Sweep a: iterations to a 15-degree gradient estimate",
                "P or N",
                "iterations (median)",
                &s,
            )
        }
        Sweep::B => {
            let s: Vec<Series> = [Method::Wp, Method::Np, Method::Bp]
                .iter()
                .zip(COLORS)
                .map(|(&k, c)| {
                    let pts = medians(
                        rows,
                        |r| r.point.method == k,
                        |r| r.outcome.params as f64,
                        |r| r.outcome.to_target.map(|x| x as f64),
                    );
                    (k.name().to_string(), c, pts)
                })
                .collect();
            loglog(
                path,
                "Sweep b: steps to target accuracy against network size",
                "P",
                "steps (median)",
                &s,
            )
        }
        Sweep::C => {
            let s: Vec<Series> = (0..4)
                .zip(COLORS)
                .map(|(k, c)| {
                    let pts = medians(
                        rows,
                        |_| true,
                        |r| f64::from(r.point.tau_theta),
                        |r| r.outcome.to[k].map(|x| x as f64),
                    );
                    (format!("to {}%", 20 * (k + 1)), c, pts)
                })
                .collect();
            loglog(
                path,
                "Sweep c: steps to accuracy against tau_theta",
                "tau_theta",
                "steps (median)",
                &s,
            )
        }
        Sweep::D => {
            let s: Vec<Series> = [Opt::Vanilla, Opt::Adam]
                .iter()
                .zip(COLORS)
                .map(|(&o, c)| {
                    let pts = medians(
                        rows,
                        |r| r.point.optimizer == o,
                        |r| r.point.eta,
                        |r| r.outcome.to[3].map(|x| updates(x, r.point.tau_theta) as f64),
                    );
                    (format!("{} to 80%", o.name()), c, pts)
                })
                .collect();
            loglog(
                path,
                "Sweep d: updates to 80% against learning rate",
                "eta",
                "updates (median)",
                &s,
            )
        }
        Sweep::E => heatmaps(rows, path),
    }
}

fn heatmaps(rows: &[Row], path: &Path) -> Result<(), String> {
    // One panel per (data set, method): the reference, and the chip with `--chip`.
    let mut sets: Vec<(String, Method)> = Vec::new();
    for r in rows {
        let k = (r.point.dataset.clone(), r.point.method);
        if !sets.contains(&k) {
            sets.push(k);
        }
    }
    if sets.is_empty() {
        return Ok(());
    }
    let root = SVGBackend::new(path, (520 * sets.len() as u32, 500)).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    for (area, (ds, m)) in root.split_evenly((1, sets.len())).iter().zip(&sets) {
        let here = |r: &Row| &r.point.dataset == ds && r.point.method == *m;
        let mut txs: Vec<u32> = rows
            .iter()
            .filter(|r| here(r))
            .map(|r| r.point.tau_x)
            .collect();
        let mut tts: Vec<u32> = rows
            .iter()
            .filter(|r| here(r))
            .map(|r| r.point.tau_theta)
            .collect();
        txs.sort();
        txs.dedup();
        tts.sort();
        tts.dedup();
        let cell = |tx: u32, tt: u32| {
            let sel = |r: &Row| here(r) && r.point.tau_x == tx && r.point.tau_theta == tt;
            let (t, k, n) = med(rows, sel, |r| r.outcome.to_target.map(|x| x as f64));
            t.filter(|_| k * 2 > n)
        };
        let vals: Vec<f64> = txs
            .iter()
            .flat_map(|&a| tts.iter().filter_map(move |&b| cell(a, b)))
            .collect();
        let lo = vals.iter().copied().fold(f64::MAX, f64::min).max(1.0).ln();
        let hi = vals.iter().copied().fold(1.0, f64::max).ln().max(lo + 1e-9);
        let mut chart = ChartBuilder::on(area)
            .caption(
                format!(
                    "{ds}{}: ln(steps to solution); grey = not reached",
                    if *m == Method::Chip { " (chip)" } else { "" }
                ),
                ("sans-serif", 15),
            )
            .margin(10)
            .x_label_area_size(35)
            .y_label_area_size(45)
            .build_cartesian_2d(0..tts.len() as i32, 0..txs.len() as i32)
            .map_err(err)?;
        let ttl = tts.clone();
        let txl = txs.clone();
        chart
            .configure_mesh()
            .disable_mesh()
            .x_desc("tau_theta")
            .y_desc("tau_x")
            .x_labels(tts.len() + 1)
            .y_labels(txs.len() + 1)
            .x_label_formatter(&|i| {
                ttl.get(*i as usize)
                    .map_or(String::new(), |v| v.to_string())
            })
            .y_label_formatter(&|i| {
                txl.get(*i as usize)
                    .map_or(String::new(), |v| v.to_string())
            })
            .draw()
            .map_err(err)?;
        let mut rects = Vec::new();
        for (j, &tx) in txs.iter().enumerate() {
            for (i, &tt) in tts.iter().enumerate() {
                let color = match cell(tx, tt) {
                    Some(v) => {
                        let f = ((v.max(1.0).ln() - lo) / (hi - lo)).clamp(0.0, 1.0);
                        RGBColor(
                            (255.0 * f) as u8,
                            (80.0 + 100.0 * (1.0 - f)) as u8,
                            (255.0 * (1.0 - f)) as u8,
                        )
                    }
                    None => RGBColor(200, 200, 200),
                };
                rects.push(Rectangle::new(
                    [(i as i32, j as i32), (i as i32 + 1, j as i32 + 1)],
                    color.filled(),
                ));
            }
        }
        chart.draw_series(rects).map_err(err)?;
    }
    root.present().map_err(err)
}
