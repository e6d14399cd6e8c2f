//! Tables of a sweep's results: medians over seeds, log-log slopes, and the authors' numbers
//! beside ours with the ratio of the quantities that can be compared across the two setups
//! (slopes, growth factors, relative slow-downs, best settings): their network is a
//! Fashion-MNIST CNN, ours digits MLPs, so raw iteration counts are not expected to match.

use super::point::{Method, Opt, Row, Sweep};
use super::published::{cnn_nodes, cnn_params, read, PubRow};
use super::train_time::updates;
use crate::stats::median;
use std::fmt::Write;
use std::path::Path;

/// Least-squares slope of `ln y` against `ln x` (`None` with fewer than two points).
pub fn slope(pts: &[(f64, f64)]) -> Option<f64> {
    let pts: Vec<(f64, f64)> = pts
        .iter()
        .filter(|(x, y)| *x > 0.0 && *y > 0.0)
        .map(|(x, y)| (x.ln(), y.ln()))
        .collect();
    if pts.len() < 2 {
        return None;
    }
    let n = pts.len() as f64;
    let mx = pts.iter().map(|p| p.0).sum::<f64>() / n;
    let my = pts.iter().map(|p| p.1).sum::<f64>() / n;
    let sxy: f64 = pts.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    let sxx: f64 = pts.iter().map(|p| (p.0 - mx) * (p.0 - mx)).sum();
    (sxx > 0.0).then(|| sxy / sxx)
}

/// Median over seeds of `f` for the rows matching `sel`, and how many of them had a value.
pub fn med(
    rows: &[Row],
    sel: impl Fn(&Row) -> bool,
    f: impl Fn(&Row) -> Option<f64>,
) -> (Option<f64>, usize, usize) {
    let sel: Vec<&Row> = rows.iter().filter(|r| sel(r)).collect();
    let mut v: Vec<f64> = sel.iter().filter_map(|r| f(r)).collect();
    let k = v.len();
    (median(&mut v), k, sel.len())
}

fn fmt(v: Option<f64>) -> String {
    match v {
        None => "-".into(),
        Some(x) if x.abs() >= 100.0 || x == x.round() => format!("{x:.0}"),
        Some(x) => format!("{x:.3}"),
    }
}

fn ratio(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b != 0.0 => format!("{:.2}", a / b),
        _ => "-".into(),
    }
}

/// Distinct values of `f` in first-seen order.
fn distinct<T: PartialEq>(rows: &[Row], f: impl Fn(&Row) -> T) -> Vec<T> {
    let mut v = Vec::new();
    for r in rows {
        let x = f(r);
        if !v.contains(&x) {
            v.push(x);
        }
    }
    v
}

/// Medians of the authors' rows matching `sel`, per d, of value column `col`.
fn pub_by_d(rows: &[PubRow], sel: impl Fn(&PubRow) -> bool, col: usize) -> Vec<(f64, f64)> {
    let mut ds: Vec<f64> = rows.iter().filter(|r| sel(r)).map(|r| r.d).collect();
    ds.sort_by(f64::total_cmp);
    ds.dedup();
    ds.into_iter()
        .filter_map(|d| {
            let mut v: Vec<f64> = rows
                .iter()
                .filter(|r| sel(r) && r.d == d)
                .filter_map(|r| r.values.get(col).copied().flatten())
                .collect();
            median(&mut v).map(|m| (d, m))
        })
        .collect()
}

/// The report of `sweep` over `rows`; `published` is the authors' data folder, if present.
pub fn report(sweep: Sweep, rows: &[Row], published: Option<&Path>) -> String {
    let mut s = String::new();
    let pubdata = |fig| published.map(|d| read(d, fig));
    match sweep {
        Sweep::A => sweep_a(&mut s, rows, pubdata(3)),
        Sweep::B => sweep_b(&mut s, rows, pubdata(4)),
        Sweep::C => sweep_c(&mut s, rows, pubdata(5)),
        Sweep::D => sweep_d(&mut s, rows, pubdata(6)),
        Sweep::E => sweep_e(&mut s, rows),
    }
    if published.is_none() && sweep != Sweep::E {
        s.push_str("(published data not found: pass --published DIR to print it beside ours)\n");
    }
    s
}

type Pub = Option<Result<Vec<PubRow>, super::SweepError>>;

fn unwrap_pub(s: &mut String, p: Pub) -> Option<Vec<PubRow>> {
    match p {
        Some(Ok(v)) => Some(v),
        Some(Err(e)) => {
            let _ = writeln!(s, "(published data unreadable: {e})");
            None
        }
        None => None,
    }
}

/// Sweep a's slopes: (WP vs P, NP vs N, NP vs P), ours, from medians per width.
pub fn slopes_a(rows: &[Row]) -> [Option<f64>; 3] {
    let series = |m: Method, by_p: bool| -> Vec<(f64, f64)> {
        distinct(rows, |r| r.point.width)
            .into_iter()
            .filter_map(|w| {
                let sel = |r: &Row| r.point.method == m && r.point.width == w;
                let (t, _, n) = med(rows, sel, |r| r.outcome.grad_iters.map(|x| x as f64));
                let r0 = rows.iter().find(|r| sel(r))?;
                let x = if by_p {
                    r0.outcome.params
                } else {
                    r0.outcome.nodes
                } as f64;
                (n > 0).then_some(())?;
                t.map(|t| (x, t))
            })
            .collect()
    };
    [
        slope(&series(Method::Wp, true)),
        slope(&series(Method::Np, false)),
        slope(&series(Method::Np, true)),
    ]
}

fn sweep_a(s: &mut String, rows: &[Row], p: Pub) {
    let _ = writeln!(
        s,
        "Sweep a: iterations until cos(G, backprop grad) >= cos 15 deg (median over seeds)\n\
         method  h     P      N   iterations  iter/P  iter/N  reached"
    );
    for m in [Method::Wp, Method::Np] {
        for w in distinct(rows, |r| r.point.width) {
            let sel = |r: &Row| r.point.method == m && r.point.width == w;
            let Some(r0) = rows.iter().find(|r| sel(r)) else {
                continue;
            };
            let (t, k, n) = med(rows, sel, |r| r.outcome.grad_iters.map(|x| x as f64));
            let (pp, nn) = (r0.outcome.params as f64, r0.outcome.nodes as f64);
            let _ = writeln!(
                s,
                "{:<6} {:>3} {:>6} {:>5} {:>11} {:>7} {:>7}  {k}/{n}",
                m.name(),
                w,
                pp,
                nn,
                fmt(t),
                fmt(t.map(|t| t / pp)),
                fmt(t.map(|t| t / nn))
            );
        }
    }
    let [wp, np_n, np_p] = slopes_a(rows);
    let mut theirs = [None; 3];
    if let Some(pr) = unwrap_pub(s, p) {
        let wp_d = pub_by_d(&pr, |r| r.method == "weight", 0);
        let np_d = pub_by_d(&pr, |r| r.method == "node", 0);
        let _ = writeln!(
            s,
            "Paper B, Fig. 3 (Fashion-MNIST CNN(d), median of 10 seeds):\n\
             d        P       N   WP iter  WP iter/P   NP iter  NP iter/N"
        );
        for (d, t) in &wp_d {
            let np = np_d.iter().find(|x| x.0 == *d).map(|x| x.1);
            let _ = writeln!(
                s,
                "{:<3} {:>8} {:>7} {:>9} {:>10} {:>9} {:>10}",
                d,
                cnn_params(*d),
                cnn_nodes(*d),
                t,
                fmt(Some(t / cnn_params(*d))),
                fmt(np),
                fmt(np.map(|n| n / cnn_nodes(*d)))
            );
        }
        let f = |v: &[(f64, f64)], g: fn(f64) -> f64| {
            slope(&v.iter().map(|(d, t)| (g(*d), *t)).collect::<Vec<_>>())
        };
        theirs = [
            f(&wp_d, cnn_params),
            f(&np_d, cnn_nodes),
            f(&np_d, cnn_params),
        ];
    }
    let _ = writeln!(s, "log-log slope            ours   paper  ours/paper");
    for (name, o, t) in [
        ("WP iterations vs P", wp, theirs[0]),
        ("NP iterations vs N", np_n, theirs[1]),
        ("NP iterations vs P", np_p, theirs[2]),
    ] {
        let f3 = |v: Option<f64>| v.map_or("-".into(), |x| format!("{x:.3}"));
        let _ = writeln!(
            s,
            "{name:<22} {:>6} {:>7} {:>10}",
            f3(o),
            f3(t),
            ratio(o, t)
        );
    }
}

fn sweep_b(s: &mut String, rows: &[Row], p: Pub) {
    let target = rows.iter().find_map(|r| r.outcome.target).unwrap_or(0.9);
    let _ = writeln!(
        s,
        "Sweep b: steps to {:.0}% test accuracy against width (median over seeds)\n\
         method  h     P     N  steps to target  reached  best acc",
        target * 100.0
    );
    let mut growth = Vec::new();
    for m in [Method::Wp, Method::Np, Method::Bp] {
        let mut series = Vec::new();
        for w in distinct(rows, |r| r.point.width) {
            let sel = |r: &Row| r.point.method == m && r.point.width == w;
            let Some(r0) = rows.iter().find(|r| sel(r)) else {
                continue;
            };
            let (t, k, n) = med(rows, sel, |r| r.outcome.to_target.map(|x| x as f64));
            let (b, _, _) = med(rows, sel, |r| r.outcome.best_acc);
            let _ = writeln!(
                s,
                "{:<6} {:>3} {:>5} {:>5} {:>16} {:>4}/{n} {:>9}",
                m.name(),
                w,
                r0.outcome.params,
                r0.outcome.nodes,
                fmt(t),
                k,
                fmt(b)
            );
            if let Some(t) = t {
                series.push((r0.outcome.params as f64, t));
            }
        }
        if series.len() >= 2 {
            let (a, z) = (series[0], series[series.len() - 1]);
            growth.push((m, z.1 / a.1, z.0 / a.0));
        }
    }
    let _ = writeln!(s, "growth, smallest to largest width reached: time x, P x");
    for (m, t, pp) in &growth {
        let _ = writeln!(s, "  ours {:<3} time x{t:.2} while P x{pp:.1}", m.name());
    }
    if let Some(pr) = unwrap_pub(s, p) {
        let _ = writeln!(
            s,
            "Paper B, Fig. 4 (Fashion-MNIST CNN(d), iterations to 80% test accuracy, median):\n\
             d        P   weight     node  backprop"
        );
        // values: max acc, then (test, train) pairs for 20/40/60/80%: 80% test is column 7.
        let per = |m: &str| pub_by_d(&pr, |r| r.method == m, 7);
        let (wp, np, bp) = (per("weight"), per("node"), per("backprop"));
        for (d, t) in &wp {
            let get = |v: &[(f64, f64)]| v.iter().find(|x| x.0 == *d).map(|x| x.1);
            let _ = writeln!(
                s,
                "{:<3} {:>8} {:>8} {:>8} {:>9}",
                d,
                cnn_params(*d),
                t,
                fmt(get(&np)),
                fmt(get(&bp))
            );
        }
        for (name, m, v) in [
            ("wp", Method::Wp, &wp),
            ("np", Method::Np, &np),
            ("bp", Method::Bp, &bp),
        ] {
            if v.len() < 2 {
                continue;
            }
            let (a, z) = (v[0], v[v.len() - 1]);
            let tg = z.1 / a.1;
            let ours = growth.iter().find(|g| g.0 == m).map(|g| g.1);
            let _ = writeln!(
                s,
                "  paper {name} d {}->{}: time x{tg:.2} while P x{:.1}; ours/paper growth {}",
                a.0,
                z.0,
                cnn_params(z.0) / cnn_params(a.0),
                ratio(ours, Some(tg))
            );
        }
    }
}

fn sweep_c(s: &mut String, rows: &[Row], p: Pub) {
    let _ = writeln!(
        s,
        "Sweep c: steps to 20/40/60/80% test accuracy and best accuracy against tau_theta (median)\n\
         tau_theta      t20      t40      t60      t80  best acc  t80/t80(1)  paper t80/t80(1)  ratio  paper best"
    );
    let pr = unwrap_pub(s, p);
    let pub_t80 = |tt: f64| -> (Option<f64>, Option<f64>) {
        let Some(pr) = &pr else { return (None, None) };
        let r = pr.iter().find(|r| r.method == "weight" && r.key == tt);
        (r.and_then(|r| r.values[7]), r.and_then(|r| r.values[0]))
    };
    let ours_t80_1 = med(
        rows,
        |r| r.point.tau_theta == 1,
        |r| r.outcome.to[3].map(|x| x as f64),
    )
    .0;
    let theirs_1 = pub_t80(1.0).0;
    let mut best = (0.0, 0u32);
    for tt in distinct(rows, |r| r.point.tau_theta) {
        let sel = |r: &Row| r.point.tau_theta == tt;
        let t: Vec<Option<f64>> = (0..4)
            .map(|k| med(rows, sel, |r| r.outcome.to[k].map(|x| x as f64)).0)
            .collect();
        let b = med(rows, sel, |r| r.outcome.best_acc).0;
        if b.unwrap_or(0.0) > best.0 {
            best = (b.unwrap_or(0.0), tt);
        }
        let rel = t[3].zip(ours_t80_1).map(|(a, b)| a / b);
        let (pt80, pbest) = pub_t80(f64::from(tt));
        let prel = pt80.zip(theirs_1).map(|(a, b)| a / b);
        let _ = writeln!(
            s,
            "{tt:>9} {:>8} {:>8} {:>8} {:>8} {:>9} {:>11} {:>17} {:>6} {:>11}",
            fmt(t[0]),
            fmt(t[1]),
            fmt(t[2]),
            fmt(t[3]),
            fmt(b),
            rel.map_or("-".into(), |x| format!("{x:.2}")),
            prel.map_or("-".into(), |x| format!("{x:.2}")),
            ratio(rel, prel),
            fmt(pbest)
        );
    }
    let _ = writeln!(
        s,
        "best accuracy: ours {:.3} at tau_theta {}",
        best.0, best.1
    );
    if let Some(pr) = &pr {
        if let Some(r) = pr.iter().filter(|r| r.method == "weight").max_by(|a, b| {
            a.values[0]
                .unwrap_or(0.0)
                .total_cmp(&b.values[0].unwrap_or(0.0))
        }) {
            let _ = writeln!(
                s,
                "best accuracy: paper {:.3} at tau_theta {} (CNN d={})",
                r.values[0].unwrap_or(0.0),
                r.key,
                r.d
            );
        }
    }
}

fn sweep_d(s: &mut String, rows: &[Row], p: Pub) {
    let _ = writeln!(
        s,
        "Sweep d: updates to 20/40/60/80% test accuracy against eta, vanilla and Adam (median)\n\
         optimizer    eta      u20      u40      u60      u80  best acc"
    );
    let pr = unwrap_pub(s, p);
    for o in [Opt::Vanilla, Opt::Adam] {
        let mut best: Option<(f64, f64)> = None;
        let mut fastest: Option<(f64, f64)> = None;
        for eta in distinct(rows, |r| r.point.eta.to_bits()) {
            let eta = f64::from_bits(eta);
            let sel = |r: &Row| r.point.optimizer == o && r.point.eta == eta;
            if !rows.iter().any(sel) {
                continue;
            }
            let u: Vec<Option<f64>> = (0..4)
                .map(|k| {
                    med(rows, sel, |r| {
                        r.outcome.to[k].map(|x| updates(x, r.point.tau_theta) as f64)
                    })
                    .0
                })
                .collect();
            let b = med(rows, sel, |r| r.outcome.best_acc).0;
            if let Some(b) = b {
                if best.is_none_or(|x| b > x.1) {
                    best = Some((eta, b));
                }
            }
            if let Some(u80) = u[3] {
                if fastest.is_none_or(|x| u80 < x.1) {
                    fastest = Some((eta, u80));
                }
            }
            let _ = writeln!(
                s,
                "{:<9} {:>6} {:>8} {:>8} {:>8} {:>8} {:>9}",
                o.name(),
                eta,
                fmt(u[0]),
                fmt(u[1]),
                fmt(u[2]),
                fmt(u[3]),
                fmt(b)
            );
        }
        let pname = if o == Opt::Adam { "adam" } else { "None" };
        let mut pbest: Option<(f64, f64)> = None;
        let mut pfast: Option<(f64, f64)> = None;
        if let Some(pr) = &pr {
            for r in pr.iter().filter(|r| r.optimizer == pname) {
                if let Some(b) = r.values[0] {
                    if pbest.is_none_or(|x| b > x.1) {
                        pbest = Some((r.key, b));
                    }
                }
                if let Some(u) = r.values[7] {
                    if pfast.is_none_or(|x| u < x.1) {
                        pfast = Some((r.key, u));
                    }
                }
            }
        }
        let pair = |v: Option<(f64, f64)>| {
            v.map_or("-".into(), |(e, x)| format!("{} at eta {e}", fmt(Some(x))))
        };
        let _ = writeln!(
            s,
            "  {}: best acc ours {} | paper {}; fewest updates to 80% ours {} | paper {}; ratio {}",
            o.name(),
            pair(best),
            pair(pbest),
            pair(fastest),
            pair(pfast),
            ratio(fastest.map(|x| x.1), pfast.map(|x| x.1))
        );
    }
}

fn sweep_e(s: &mut String, all: &[Row]) {
    for m in distinct(all, |r| r.point.method) {
        let rows: Vec<Row> = all
            .iter()
            .filter(|r| r.point.method == m)
            .cloned()
            .collect();
        let on = match m {
            Method::Chip => ", on the chip's fast model",
            _ => "",
        };
        sweep_e_method(s, &rows, on);
    }
}

fn sweep_e_method(s: &mut String, rows: &[Row], on: &str) {
    for ds in distinct(rows, |r| r.point.dataset.clone()) {
        let target = rows
            .iter()
            .find(|r| r.point.dataset == ds)
            .and_then(|r| r.outcome.target)
            .unwrap_or(0.0);
        let _ = writeln!(
            s,
            "Sweep e, {ds}{on}: steps to {:.0}% (time to solution; median over seeds, - none \
             reached)\nrows tau_x, columns tau_theta",
            target * 100.0
        );
        let txs = distinct(rows, |r| r.point.tau_x);
        let tts = distinct(rows, |r| r.point.tau_theta);
        let mut head = format!("{:>6}", "");
        for tt in &tts {
            let _ = write!(head, " {tt:>8}");
        }
        let _ = writeln!(s, "{head}");
        for tx in &txs {
            let mut line = format!("{tx:>6}");
            for tt in &tts {
                let sel = |r: &Row| {
                    r.point.dataset == ds && r.point.tau_x == *tx && r.point.tau_theta == *tt
                };
                let (t, k, n) = med(rows, sel, |r| r.outcome.to_target.map(|x| x as f64));
                let cell = if k * 2 > n { fmt(t) } else { "-".into() };
                let _ = write!(line, " {cell:>8}");
            }
            let _ = writeln!(s, "{line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slope_of_a_power_law_is_its_exponent() {
        let pts: Vec<(f64, f64)> = [10.0, 100.0, 1000.0]
            .iter()
            .map(|&x| (x, 3.0 * x * x))
            .collect();
        assert!((slope(&pts).unwrap() - 2.0).abs() < 1e-12);
        assert_eq!(slope(&pts[..1]), None);
    }
}
