//! `mgdsim devices lea inplace`: MGD trains the `digits` network in place on the faulty
//! crossbar (`experiments::mgd_in_place`), against LEA at equal device count. The network, the
//! data split, the fault maps and the LEA column are those of `mgdsim devices lea digits` (the
//! same code path, `lea_sweep::run`). Prints the tables, writes `lea_inplace.csv` and
//! `lea_inplace.svg` into `--out`.

use super::lea_digits::{digits_spec, prepare_digits, print_calibration, write, DigitsArgs};
use crate::experiments::lea_sweep;
use crate::experiments::mgd_in_place::{self, InPlaceRow, InPlaceSpec, MgdSettings};
use crate::timing::{human_duration, PAPER_STEP_TIMES};
use anyhow::Context;
use plotters::prelude::*;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// Arguments of `mgdsim devices lea inplace`.
#[derive(clap::Args, Debug)]
pub struct InplaceArgs {
    #[command(flatten)]
    digits: DigitsArgs,
    /// Pairs per weight for MGD in place, comma separated (each weight = the sum of its pairs).
    #[arg(long, default_value = "1,2", value_delimiter = ',')]
    mgd_alphas: Vec<usize>,
    /// MGD steps per point (one sample, a baseline and a perturbed inference each).
    #[arg(long, default_value_t = 100_000)]
    mgd_steps: usize,
    /// Perturbation amplitude per parameter, in units of the layer's weight scale.
    #[arg(long, default_value_t = 0.1)]
    mgd_dtheta: f64,
    /// MGD learning rate (`u -= eta G`, u in units of the layer's weight scale).
    #[arg(long, default_value_t = 0.01)]
    mgd_eta: f64,
    /// Steps per parameter update (and re-programming).
    #[arg(long, default_value_t = 16)]
    mgd_tau_theta: usize,
    /// Test accuracy every this many steps.
    #[arg(long, default_value_t = 10_000)]
    mgd_eval_every: usize,
    /// Fault maps per MGD point (the first of the LEA sweep's maps).
    #[arg(long, default_value_t = 2)]
    mgd_cycles: usize,
    /// Re-program a weight when its target moved by at least this (units of the scale).
    #[arg(long, default_value_t = 0.0)]
    write_threshold: f64,
}

fn mean_std(v: &[f64]) -> (f64, f64) {
    let n = v.len().max(1) as f64;
    let m = v.iter().sum::<f64>() / n;
    (
        m,
        (v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / n).sqrt(),
    )
}

/// Per (alpha, p): the rows of every cycle.
fn group(rows: &[InPlaceRow], alpha: usize, p: f64) -> Vec<&InPlaceRow> {
    rows.iter()
        .filter(|r| r.alpha == alpha && r.p == p)
        .collect()
}

/// Run `mgdsim devices lea inplace`.
pub fn run(a: InplaceArgs) -> anyhow::Result<ExitCode> {
    let d = &a.digits;
    anyhow::ensure!(
        !d.diagnose,
        "--diagnose belongs to `mgdsim devices lea digits`, not `inplace`"
    );
    anyhow::ensure!(
        !a.mgd_alphas.is_empty() && a.mgd_alphas.iter().all(|&x| (1..=16).contains(&x)),
        "--mgd-alphas must be numbers in 1..=16"
    );
    anyhow::ensure!(
        (1..=10_000_000).contains(&a.mgd_steps),
        "--mgd-steps must be in 1..=10000000, got {}",
        a.mgd_steps
    );
    anyhow::ensure!(
        a.mgd_dtheta.is_finite() && a.mgd_dtheta > 0.0,
        "--mgd-dtheta must be > 0"
    );
    anyhow::ensure!(
        a.mgd_eta.is_finite() && a.mgd_eta > 0.0,
        "--mgd-eta must be > 0"
    );
    anyhow::ensure!(a.mgd_tau_theta >= 1, "--mgd-tau-theta must be >= 1");
    anyhow::ensure!(a.mgd_eval_every >= 1, "--mgd-eval-every must be >= 1");
    anyhow::ensure!(
        (1..=d.cycles).contains(&a.mgd_cycles),
        "--mgd-cycles must be in 1..=--cycles ({})",
        d.cycles
    );
    anyhow::ensure!(
        a.write_threshold.is_finite() && a.write_threshold >= 0.0,
        "--write-threshold must be >= 0"
    );
    let start = std::time::Instant::now();
    let pr = prepare_digits(d, "mgdsim devices lea inplace")?;
    let spec = digits_spec(d, &pr);
    print_calibration(&spec.calibration, "training inputs");
    let lea = lea_sweep::run(&pr.tn, &pr.data.test, &spec)?;
    let lea_time = start.elapsed().as_secs_f64();
    let ispec = InPlaceSpec {
        fractions: spec.fractions.clone(),
        alphas: a.mgd_alphas.clone(),
        cycles: a.mgd_cycles,
        lea_alpha_max: d.alpha_max,
        params: pr.params.clone(),
        seed: d.seed,
        mgd: MgdSettings {
            dtheta: a.mgd_dtheta,
            eta: a.mgd_eta,
            tau_theta: a.mgd_tau_theta,
            steps: a.mgd_steps,
            eval_every: a.mgd_eval_every,
            seed: 0,
        },
        write_threshold: a.write_threshold,
    };
    let t0 = std::time::Instant::now();
    let rows = mgd_in_place::run(&pr.tn, &pr.data.train, &pr.data.test, &ispec)?;
    let mgd_time = t0.elapsed().as_secs_f64();

    let lea_acc = |alpha: usize, p: f64| {
        lea.iter()
            .find(|r| r.method == "LEA" && r.alpha == alpha && r.p == p)
            .map(|r| r.acc)
    };
    println!(
        "\nTest accuracy % against stuck fraction at equal device count (2 alpha m n): LEA (beta {}, {} fault maps, as `lea digits`) and MGD in place ({} fault maps, the first of LEA's; step 0 = the mapped ternary start, then {} MGD steps)",
        format!("{:?}", d.beta).to_lowercase(),
        d.cycles,
        a.mgd_cycles,
        a.mgd_steps
    );
    let mut head = format!("{:<22}", "method");
    for p in &spec.fractions {
        let _ = write!(head, " {:>13}", format!("p = {:.0}%", 100.0 * p));
    }
    println!("{head}");
    for &alpha in &spec.alphas {
        let mut line = format!("{:<22}", format!("LEA alpha {alpha}"));
        for &p in &spec.fractions {
            let _ = write!(
                line,
                " {:>13}",
                lea_acc(alpha, p).map_or("-".into(), |v| format!("{v:.1}"))
            );
        }
        println!("{line}");
    }
    for &alpha in &a.mgd_alphas {
        for (what, f) in [("step 0", 0usize), ("trained", 1), ("steps to final", 2)] {
            let mut line = format!("{:<22}", format!("MGD alpha {alpha} {what}"));
            for &p in &spec.fractions {
                let g = group(&rows, alpha, p);
                let v: Vec<f64> = g
                    .iter()
                    .map(|r| match f {
                        0 => r.run.start(),
                        1 => r.run.last(),
                        _ => r.run.steps_to_final(1.0) as f64,
                    })
                    .collect();
                let (m, s) = mean_std(&v);
                let cell = if f == 2 {
                    format!("{m:.0}")
                } else {
                    format!("{m:.1} +- {s:.1}")
                };
                let _ = write!(line, " {cell:>13}");
            }
            println!("{line}");
        }
    }
    println!(
        "\nTraining cost of MGD in place: {} steps per point ({} updates, tau_theta {}), each step 2 inferences; 'steps to final' = first evaluation (every {} steps) within 1 point of the final accuracy, mean over fault maps",
        a.mgd_steps,
        a.mgd_steps / a.mgd_tau_theta,
        a.mgd_tau_theta,
        a.mgd_eval_every
    );
    let mut head = format!("{:<30}", "on-chip time per step");
    let _ = write!(head, " {:>14}", format!("{} steps", a.mgd_steps));
    for &alpha in &a.mgd_alphas {
        let _ = write!(head, " {:>22}", format!("to final, a={alpha}, p=20%"));
    }
    println!("{head}");
    for (name, t) in PAPER_STEP_TIMES {
        let mut line = format!("{name:<30} {:>14}", human_duration(t * a.mgd_steps as f64));
        for &alpha in &a.mgd_alphas {
            let g = group(&rows, alpha, 0.2);
            let st: Vec<f64> = g.iter().map(|r| r.run.steps_to_final(1.0) as f64).collect();
            let cell = if st.is_empty() {
                "-".into()
            } else {
                human_duration(t * mean_std(&st).0)
            };
            let _ = write!(line, " {cell:>22}");
        }
        println!("{line}");
    }
    let writes: Vec<String> = a
        .mgd_alphas
        .iter()
        .map(|&alpha| {
            let g = group(&rows, alpha, spec.fractions[0]);
            let w = g.iter().map(|r| r.writes as f64).sum::<f64>() / g.len().max(1) as f64;
            let dev = g.first().map_or(1, |r| r.devices) as f64;
            format!(
                "alpha {alpha}: {} devices, {:.0} programming pulses per device",
                dev,
                w * 2.0 * alpha as f64 / dev
            )
        })
        .collect();
    println!("writes during training: {}", writes.join("; "));
    println!(
        "software accuracy: f64 {:.2}%, ternary {:.2}%; wall time: network and LEA sweep {:.1} s, MGD in place {:.1} s",
        pr.f64_acc, pr.tern_acc, lea_time, mgd_time
    );

    let mut csv = String::from(
        "method,alpha,p,cycles,devices,acc_mean,acc_std,start_mean,steps,steps_to_final_mean,writes_mean\n",
    );
    for &alpha in &spec.alphas {
        for r in lea.iter().filter(|r| r.method == "LEA" && r.alpha == alpha) {
            let _ = writeln!(
                csv,
                "LEA,{alpha},{},{},{},{:.4},{:.4},,0,,",
                r.p, d.cycles, r.devices, r.acc, r.acc_std
            );
        }
    }
    for &alpha in &a.mgd_alphas {
        for &p in &spec.fractions {
            let g = group(&rows, alpha, p);
            let last: Vec<f64> = g.iter().map(|r| r.run.last()).collect();
            let st: Vec<f64> = g.iter().map(|r| r.run.start()).collect();
            let to: Vec<f64> = g.iter().map(|r| r.run.steps_to_final(1.0) as f64).collect();
            let w: Vec<f64> = g.iter().map(|r| r.writes as f64).collect();
            let (m, s) = mean_std(&last);
            let _ = writeln!(
                csv,
                "MGD,{alpha},{p},{},{},{m:.4},{s:.4},{:.4},{},{:.1},{:.1}",
                g.len(),
                g.first().map_or(0, |r| r.devices),
                mean_std(&st).0,
                a.mgd_steps,
                mean_std(&to).0,
                mean_std(&w).0
            );
        }
    }
    let path = write(&d.out, "lea_inplace.csv", &csv)?;
    eprintln!("wrote {}", path.display());
    let svg = d.out.join("lea_inplace.svg");
    plot(
        &svg,
        &lea,
        &rows,
        &spec.alphas,
        &a.mgd_alphas,
        &spec.fractions,
    )
    .with_context(|| format!("drawing {}", svg.display()))?;
    eprintln!("wrote {}", svg.display());
    Ok(ExitCode::SUCCESS)
}

fn plot(
    path: &Path,
    lea: &[lea_sweep::SweepRow],
    rows: &[InPlaceRow],
    lea_alphas: &[usize],
    mgd_alphas: &[usize],
    fractions: &[f64],
) -> anyhow::Result<()> {
    let root = SVGBackend::new(path, (1200, 480)).into_drawing_area();
    root.fill(&WHITE)?;
    let (left, right) = root.split_horizontally(600);
    let colors = [RED, BLUE, GREEN, MAGENTA, CYAN, BLACK];
    let mut c = ChartBuilder::on(&left)
        .caption(
            "accuracy % vs stuck %: LEA (thin), MGD in place (thick; dashed: step 0)",
            ("sans-serif", 14),
        )
        .margin(8)
        .x_label_area_size(30)
        .y_label_area_size(45)
        .build_cartesian_2d(0.0..55.0, 0.0..100.0)?;
    c.configure_mesh().x_desc("stuck %").draw()?;
    for (k, &alpha) in lea_alphas.iter().enumerate() {
        let color = colors[k % colors.len()];
        let pts: Vec<(f64, f64)> = lea
            .iter()
            .filter(|r| r.method == "LEA" && r.alpha == alpha)
            .map(|r| (100.0 * r.p, r.acc))
            .collect();
        c.draw_series(LineSeries::new(pts, color))?
            .label(format!("LEA alpha {alpha}"))
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 15, y)], color));
    }
    for &alpha in mgd_alphas {
        let color = colors[(alpha - 1) % colors.len()];
        let mean = |f: &dyn Fn(&InPlaceRow) -> f64| -> Vec<(f64, f64)> {
            fractions
                .iter()
                .map(|&p| {
                    let v: Vec<f64> = group(rows, alpha, p).iter().map(|r| f(r)).collect();
                    (100.0 * p, mean_std(&v).0)
                })
                .collect()
        };
        c.draw_series(LineSeries::new(
            mean(&|r| r.run.last()),
            color.stroke_width(4),
        ))?
        .label(format!("MGD in place alpha {alpha}"))
        .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 15, y)], color.stroke_width(4)));
        c.draw_series(DashedLineSeries::new(
            mean(&|r| r.run.start()),
            6,
            4,
            color.stroke_width(2),
        ))?;
    }
    c.configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    // Right: learning curves of MGD in place (first fault map), alpha 1, one line per p.
    let max_step = rows
        .iter()
        .flat_map(|r| r.run.curve.last())
        .map(|&(s, _)| s)
        .max()
        .unwrap_or(1) as f64;
    let mut c = ChartBuilder::on(&right)
        .caption(
            format!(
                "MGD in place, alpha {}: test accuracy % vs step (fault map 1)",
                mgd_alphas[0]
            ),
            ("sans-serif", 14),
        )
        .margin(8)
        .x_label_area_size(30)
        .y_label_area_size(45)
        .build_cartesian_2d(0.0..max_step, 0.0..100.0)?;
    c.configure_mesh().x_desc("MGD step").draw()?;
    for (k, &p) in fractions.iter().enumerate() {
        let color = colors[k % colors.len()];
        if let Some(r) = rows
            .iter()
            .find(|r| r.alpha == mgd_alphas[0] && r.p == p && r.cycle == 0)
        {
            let pts: Vec<(f64, f64)> = r.run.curve.iter().map(|&(s, a)| (s as f64, a)).collect();
            c.draw_series(LineSeries::new(pts, color))?
                .label(format!("p = {:.0}%", 100.0 * p))
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 15, y)], color));
        }
    }
    c.configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}
