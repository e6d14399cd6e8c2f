//! `mgdsim explore`: the design space of one configuration over the lane count L and the
//! neurons side by side PE, as hls4ml's reuse factor and FINN's folding (SIMD and PE) report
//! it. For each (PE, L): rows R, cycles per step, the steps and cycles to the target (a
//! fast-model run per point; the steps must not depend on L or PE, and the command fails if
//! they do), and, with `--target`, the resources, whether it fits, nextpnr's
//! Fmax and the on-chip time where the RTL exists for that L. CPU backprop to the same
//! target is measured once in the same run. Writes `explore.csv`, `explore.json` and SVGs.

use super::timing::{self, FpgaFit};
use super::train::{load_data, Engine};
use crate::chip::lanes;
use crate::config::Config;
use crate::export::synth::Target;
use crate::export::{fnv1a64, Design};
use crate::timing::human_duration;
use anyhow::Context;
use plotters::prelude::*;
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `mgdsim explore`.
#[derive(clap::Args, Debug)]
pub struct ExploreArgs {
    /// Configuration file (TOML); its own `chip.lanes` is replaced by each of `--lanes`.
    #[arg(long, short)]
    config: PathBuf,
    /// Lane counts, comma separated: numbers in 1..=P, `P` for one lane per parameter, or
    /// `useful` for every useful L (the least L of each row count, `chip::lanes::useful_lanes`);
    /// with `[chip] pe`, multiples of PE.
    #[arg(long, default_value = "1,2,4,8,16,32,64,P", value_delimiter = ',')]
    lanes: Vec<String>,
    /// Neurons side by side, comma separated (`[chip] pe`; default the config's own): each
    /// divides every layer's neuron count, and above 1 needs node perturbation. With several,
    /// each L of `--lanes` that is not a multiple of a PE is left out at that PE.
    #[arg(long, value_delimiter = ',')]
    pe: Vec<usize>,
    /// Synthesize, place and route each L the RTL implements on this FPGA (cached in
    /// `target/synth/`), for resources, Fmax and on-chip time.
    #[arg(long, value_enum)]
    target: Option<Target>,
    /// Skip the CPU backprop measurement.
    #[arg(long)]
    no_backprop: bool,
    /// Folder for explore.csv, explore.json and the SVGs (default target/explore/<stem>).
    #[arg(long)]
    out: Option<PathBuf>,
}

/// One point of the design space.
#[derive(Clone, Debug, Serialize)]
pub struct Point {
    /// Neurons side by side PE (`[chip] pe`).
    pub pe: usize,
    /// Lanes L (a group's: PE x L in all).
    pub lanes: usize,
    /// Rows R of one pass over the parameters.
    pub rows: usize,
    /// One inference, cycles (R + 2).
    pub inference_cycles: u64,
    /// Mean cycles per step in the steady state.
    pub cycles_per_step: f64,
    /// Steps to the target (None: not reached in the step budget).
    pub steps_to_target: Option<u64>,
    /// Cycles from reset to the end of the step that reaches the target.
    pub cycles_to_target: Option<u64>,
    /// ... and the chip's own evaluation after it, which sees the target
    /// (`TimingReport::cycles_to_see_target`): what the on-chip time counts.
    pub cycles_to_see_target: Option<u64>,
    /// Best test accuracy seen.
    pub best_accuracy: f64,
    /// Synthesis and place-and-route figures, when `--target` was given and the RTL exists.
    pub fpga: Option<FpgaFit>,
    /// Why there are no FPGA figures.
    pub fpga_note: Option<String>,
    /// Cycles to see the target at nextpnr's Fmax.
    pub on_chip_seconds: Option<f64>,
    /// The clock above which this L beats CPU backprop (`timing::break_even_hz`: its cycles
    /// in backprop's time; None unless both reached the target).
    pub break_even_hz: Option<f64>,
}

/// The whole exploration.
#[derive(Clone, Debug, Serialize)]
pub struct Exploration {
    /// The configuration.
    pub config: String,
    /// Its data set.
    pub dataset: String,
    /// Parameters P.
    pub n_params: usize,
    /// Target test accuracy.
    pub target_accuracy: f64,
    /// Steps between evaluations (`run.eval_interval`), the granularity of every step count.
    pub eval_interval: u64,
    /// The FPGA part, if any.
    pub part: Option<String>,
    /// One point per (PE, L).
    pub points: Vec<Point>,
    /// CPU backprop to the target: (steps, wall seconds), measured in this run.
    pub backprop: Option<(Option<u64>, f64)>,
    /// The CPU backprop ran on (`timing::host_cpu`; None when not measured).
    pub backprop_cpu: Option<String>,
}

/// Parse `--lanes` against the network `layers` (P parameters) at `pe` neurons side by side
/// (`[chip] pe`; L must be a multiple of it).
pub fn parse_lanes(list: &[String], layers: &[usize], pe: usize) -> anyhow::Result<Vec<usize>> {
    let p = crate::config::n_params(layers);
    let mut out = vec![];
    for s in list {
        let s = s.trim();
        let ls = if s == "P" {
            vec![p]
        } else if s == "useful" {
            lanes::useful_lanes(layers, pe)
        } else {
            vec![s
                .parse::<usize>()
                .ok()
                .filter(|l| (1..=p).contains(l) && l % pe == 0)
                .with_context(|| {
                    let valid = match pe {
                        1 => format!("1..={p}"),
                        pe => format!("the multiples of chip.pe = {pe} in 1..={p}"),
                    };
                    format!(
                        "--lanes: `{s}` is not a lane count: valid are {valid}, P ({p}) or \
                         `useful` ({})",
                        useful_list(layers, pe)
                    )
                })?]
        };
        for l in ls {
            if !out.contains(&l) {
                out.push(l);
            }
        }
    }
    out.sort_unstable();
    Ok(out)
}

/// The useful lane counts, as `explore` prints them.
fn useful_list(layers: &[usize], pe: usize) -> String {
    let u: Vec<String> = lanes::useful_lanes(layers, pe)
        .iter()
        .map(|l| l.to_string())
        .collect();
    u.join(", ")
}

/// The design points (PE, L) of `--pe` and `--lanes` for `layers`: one PE, the config's
/// `config_pe` by default, takes `--lanes` as [`parse_lanes`] does (an L not a multiple of it
/// is refused); with several, each takes the multiples of it among `--lanes` (`useful` and
/// `P` per PE) and must keep one. A PE that does not divide every layer's neuron count, or
/// above 1 without node perturbation (`node`), is refused with the valid values.
pub fn design_points(
    lanes: &[String],
    pes: &[usize],
    layers: &[usize],
    config_pe: usize,
    node: bool,
) -> anyhow::Result<Vec<(usize, usize)>> {
    let pes = if pes.is_empty() {
        vec![config_pe]
    } else {
        let mut v = pes.to_vec();
        v.sort_unstable();
        v.dedup();
        v
    };
    let mut out = vec![];
    for &pe in &pes {
        let outs = &layers[1..];
        let divides = |k: usize| k > 0 && outs.iter().all(|n| n.is_multiple_of(k));
        if !divides(pe) {
            let most = outs.iter().copied().max().unwrap_or(1);
            let valid: Vec<String> = (1..=most)
                .filter(|&k| divides(k))
                .map(|k| k.to_string())
                .collect();
            anyhow::bail!(
                "--pe: {pe} is not a PE here: it must divide every layer's neuron count \
                 ({outs:?}): valid are {}",
                valid.join(", ")
            );
        }
        anyhow::ensure!(
            pe == 1 || node,
            "--pe: {pe} needs node perturbation (`mgd.target = \"node\"`); with weight \
             perturbation only 1"
        );
        let ls = match pes.len() {
            1 => parse_lanes(lanes, layers, pe)?,
            _ => {
                let all = parse_lanes(lanes, layers, 1)?;
                let useful = lanes.iter().any(|s| s.trim() == "useful");
                let mut ls: Vec<usize> = all.into_iter().filter(|l| l % pe == 0).collect();
                if useful {
                    ls.extend(lanes::useful_lanes(layers, pe));
                }
                ls.sort_unstable();
                ls.dedup();
                anyhow::ensure!(
                    !ls.is_empty(),
                    "--lanes: no lane count at PE = {pe}: it takes multiples of {pe}"
                );
                ls
            }
        };
        out.extend(ls.into_iter().map(|l| (pe, l)));
    }
    Ok(out)
}

/// A note for each L in `lanes` that runs the rows of a smaller one (its extra lanes idle), at
/// `pe` neurons side by side.
pub fn idle_lane_notes(layers: &[usize], lanes: &[usize], pe: usize) -> Vec<String> {
    lanes
        .iter()
        .filter_map(|&l| {
            let u = lanes::useful_at(layers, l, pe);
            (u < l).then(|| {
                format!(
                    "note: L = {l} takes as many neuron rows as L = {u} ({}): {} of its lanes \
                     idle in every one (only sample loads use them); the useful L are {}",
                    lanes::neuron_rows(layers, l, pe),
                    pe * (l - u),
                    useful_list(layers, pe)
                )
            })
        })
        .collect()
}

/// Count the cycles of `config` at each of `lanes` (at its own PE) with the fast model.
pub fn explore(
    config: &Config,
    data: &crate::datasets::Dataset,
    lanes: &[usize],
) -> anyhow::Result<Vec<Point>> {
    let designs: Vec<(usize, usize)> = lanes.iter().map(|&l| (config.chip.pe, l)).collect();
    explore_designs(config, data, &designs)
}

/// The name of a design point: `L = l`, or `PE = pe, L = l` with neurons side by side.
fn point_name(pe: usize, l: usize) -> String {
    match pe {
        1 => format!("L = {l}"),
        _ => format!("PE = {pe}, L = {l}"),
    }
}

/// Count the cycles of `config` at each design point (PE, L) with the fast model.
pub fn explore_designs(
    config: &Config,
    data: &crate::datasets::Dataset,
    designs: &[(usize, usize)],
) -> anyhow::Result<Vec<Point>> {
    let points = designs
        .par_iter()
        .map(|&(pe, l)| {
            let mut c = config.clone();
            c.chip.lanes = l;
            c.chip.pe = pe;
            let r = timing::report(&c, data, Engine::Fast, None)
                .with_context(|| format!("counting cycles at {}", point_name(pe, l)))?;
            let plan = crate::chip::ChipPlan::new(&c, &data.train)?;
            Ok(Point {
                pe,
                lanes: l,
                rows: plan.schedule.rows,
                inference_cycles: plan.schedule.inference(),
                cycles_per_step: r.budget.mean_step,
                steps_to_target: r.reached.map(|h| h.steps),
                cycles_to_target: r.reached.map(|h| h.cycles),
                cycles_to_see_target: r.cycles_to_see_target(),
                best_accuracy: r.best_accuracy,
                fpga: None,
                fpga_note: None,
                on_chip_seconds: None,
                break_even_hz: None,
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    if let Some(first) = points.first() {
        for p in &points {
            anyhow::ensure!(
                p.steps_to_target == first.steps_to_target
                    && p.best_accuracy == first.best_accuracy,
                "the run depends on the design: {} steps at {}, {} at {}",
                show(p.steps_to_target),
                point_name(p.pe, p.lanes),
                show(first.steps_to_target),
                point_name(first.pe, first.lanes)
            );
        }
    }
    Ok(points)
}

fn show(x: Option<u64>) -> String {
    x.map_or_else(|| "not reached".into(), |s| s.to_string())
}

impl std::fmt::Display for Exploration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "explore: {} on `{}`, P = {}, target {:.1}%{}",
            self.config,
            self.dataset,
            self.n_params,
            100.0 * self.target_accuracy,
            self.part
                .as_ref()
                .map(|p| format!(", on the {p}"))
                .unwrap_or_default()
        )?;
        writeln!(
            f,
            "{:>3} {:>5} {:>5} {:>10} {:>10} {:>12} {:>14} {:>7} {:>6} {:>5} {:>6} {:>5} {:>9} {:>10}",
            "PE",
            "L",
            "rows",
            "infer cyc",
            "cyc/step",
            "steps",
            "cycles",
            "LUTs",
            "FFs",
            "DSPs",
            "BRAMs",
            "fits",
            "Fmax MHz",
            "on chip"
        )?;
        for p in &self.points {
            let (luts, ffs, dsps, brams, fits, fmax) = match &p.fpga {
                Some(x) => (
                    x.luts.to_string(),
                    x.ffs.to_string(),
                    x.dsps.to_string(),
                    x.brams.to_string(),
                    if x.over.is_empty() { "yes" } else { "no" }.to_string(),
                    x.fmax_mhz.map_or("-".into(), |m| format!("{m:.2}")),
                ),
                None => Default::default(),
            };
            writeln!(
                f,
                "{:>3} {:>5} {:>5} {:>10} {:>10.1} {:>12} {:>14} {:>7} {:>6} {:>5} {:>6} {:>5} {:>9} {:>10}",
                p.pe,
                p.lanes,
                p.rows,
                p.inference_cycles,
                p.cycles_per_step,
                show(p.steps_to_target),
                p.cycles_to_see_target.map_or("-".into(), |c| c.to_string()),
                luts,
                ffs,
                dsps,
                brams,
                fits,
                fmax,
                p.on_chip_seconds.map_or("-".into(), human_duration)
            )?;
        }
        let notes: Vec<String> = self
            .points
            .iter()
            .filter_map(|p| {
                p.fpga_note
                    .as_ref()
                    .map(|n| format!("{}: {n}", point_name(p.pe, p.lanes)))
            })
            .collect();
        for n in notes {
            writeln!(f, "{n}")?;
        }
        if self.points.iter().any(|p| p.cycles_to_see_target.is_some()) {
            writeln!(
                f,
                "cycles: from reset to the end of the chip's own evaluation that sees the target (as a CPU run's time includes the evaluation that sees its target)"
            )?;
        }
        if let Some((steps, secs)) = self.backprop {
            match steps {
                Some(s) => {
                    write!(
                        f,
                        "backprop on this CPU ({}; measured in this run, the fastest of up to {} runs): {} to the target, {s} steps",
                        self.backprop_cpu.as_deref().unwrap_or("unknown CPU"),
                        timing::BACKPROP_RUNS,
                        human_duration(secs)
                    )?;
                    let best = self
                        .points
                        .iter()
                        .filter_map(|p| p.on_chip_seconds.map(|t| (t, point_name(p.pe, p.lanes))))
                        .min_by(|a, b| a.0.total_cmp(&b.0));
                    match best {
                        Some((t, name)) => writeln!(
                            f,
                            "; fastest chip ({name}) is {:.1}x {}",
                            (secs / t).max(t / secs),
                            if t < secs { "faster" } else { "slower" }
                        )?,
                        None => writeln!(f)?,
                    }
                    let even: Vec<String> = self
                        .points
                        .iter()
                        .filter_map(|p| {
                            p.break_even_hz.map(|h| {
                                format!("{}: {:.2} MHz", point_name(p.pe, p.lanes), h / 1e6)
                            })
                        })
                        .collect();
                    if !even.is_empty() {
                        writeln!(
                            f,
                            "break-even clocks (the chip beats backprop above them; its cycles in backprop's time): {}",
                            even.join(", ")
                        )?;
                    }
                    if let Some(note) = timing::coarse_evaluation_note(s, self.eval_interval) {
                        writeln!(f, "{note}")?;
                    }
                }
                None => writeln!(
                    f,
                    "backprop on this CPU did not reach the target ({})",
                    human_duration(secs)
                )?,
            }
        }
        Ok(())
    }
}

/// Write explore.csv.
fn write_csv(path: &Path, e: &Exploration) -> anyhow::Result<()> {
    let mut s = String::from(
        "pe,lanes,rows,inference_cycles,cycles_per_step,steps_to_target,cycles_to_target,cycles_to_see_target,luts,ffs,dsps,brams,fits,fmax_mhz,on_chip_seconds,break_even_mhz\n",
    );
    let opt = |x: Option<String>| x.unwrap_or_default();
    for p in &e.points {
        let x = p.fpga.as_ref();
        s += &format!(
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
            p.pe,
            p.lanes,
            p.rows,
            p.inference_cycles,
            p.cycles_per_step,
            opt(p.steps_to_target.map(|v| v.to_string())),
            opt(p.cycles_to_target.map(|v| v.to_string())),
            opt(p.cycles_to_see_target.map(|v| v.to_string())),
            opt(x.map(|x| x.luts.to_string())),
            opt(x.map(|x| x.ffs.to_string())),
            opt(x.map(|x| x.dsps.to_string())),
            opt(x.map(|x| x.brams.to_string())),
            opt(x.map(|x| x.over.is_empty().to_string())),
            opt(x.and_then(|x| x.fmax_mhz).map(|v| v.to_string())),
            opt(p.on_chip_seconds.map(|v| v.to_string())),
            opt(p.break_even_hz.map(|v| (v / 1e6).to_string())),
        );
    }
    std::fs::write(path, s).with_context(|| format!("writing {}", path.display()))
}

/// An SVG of `ys` against `xs` on log-log axes.
fn loglog(path: &Path, title: &str, xl: &str, yl: &str, pts: &[(f64, f64)]) -> anyhow::Result<()> {
    // In x order, so that points of several PE draw one line.
    let mut pts = pts.to_vec();
    pts.sort_by(|a, b| a.0.total_cmp(&b.0));
    let pts = &pts[..];
    let root = SVGBackend::new(path, (800, 500)).into_drawing_area();
    root.fill(&WHITE)?;
    let (x0, x1) = pts
        .iter()
        .fold((f64::MAX, 0f64), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (y0, y1) = pts
        .iter()
        .fold((f64::MAX, 0f64), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(15)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d(
            ((x0 / 2.0)..(x1 * 2.0)).log_scale(),
            ((y0 / 2.0)..(y1 * 2.0)).log_scale(),
        )?;
    chart.configure_mesh().x_desc(xl).y_desc(yl).draw()?;
    chart.draw_series(LineSeries::new(pts.iter().copied(), &BLUE))?;
    chart.draw_series(pts.iter().map(|&p| Circle::new(p, 4, BLUE.filled())))?;
    root.present()?;
    Ok(())
}

/// Run `mgdsim explore`.
pub fn run(args: ExploreArgs) -> anyhow::Result<ExitCode> {
    let config = Config::load(&args.config)?;
    config.require_mlp("`mgdsim explore`")?;
    let base = args.config.parent().map(PathBuf::from).unwrap_or_default();
    let data = load_data(&config, &base)?;
    let p = config.n_params();
    let layers = &config.network.layers;
    let node = config.mgd.target == crate::config::PerturbTarget::Node;
    let designs = design_points(&args.lanes, &args.pe, layers, config.chip.pe, node)?;
    let mut pes: Vec<usize> = designs.iter().map(|d| d.0).collect();
    pes.dedup();
    for &pe in &pes {
        let lanes: Vec<usize> = designs.iter().filter(|d| d.0 == pe).map(|d| d.1).collect();
        for n in idle_lane_notes(layers, &lanes, pe) {
            println!("{n}");
        }
    }
    if let Some(t) = args.target {
        timing::check_place_and_route(t)?;
    }
    let mut points = explore_designs(&config, &data, &designs)?;
    let stem = args
        .config
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "design".into());
    if let Some(t) = args.target {
        let text = std::fs::read_to_string(&args.config)?;
        for pt in &mut points {
            let mut c = config.clone();
            c.chip.lanes = pt.lanes;
            c.chip.pe = pt.pe;
            match Design::from_parts(
                args.config.display().to_string(),
                stem.clone(),
                fnv1a64(text.as_bytes()),
                c,
                data.clone(),
            ) {
                Ok(design) => {
                    let (fit, work) = timing::fpga_fit(&design, t)?;
                    match fit.clock(&work) {
                        Ok(clock) => {
                            pt.on_chip_seconds =
                                pt.cycles_to_see_target.map(|c| c as f64 / clock.hz)
                        }
                        Err(note) => pt.fpga_note = Some(note),
                    }
                    pt.fpga = Some(fit);
                }
                Err(e) => pt.fpga_note = Some(format!("no RTL: {:#}", anyhow::Error::from(e))),
            }
        }
    }
    let backprop = (!args.no_backprop).then(|| timing::backprop_seconds(&config, &data));
    if let Some((Some(_), secs)) = backprop {
        for pt in &mut points {
            pt.break_even_hz = pt
                .cycles_to_see_target
                .map(|c| crate::timing::break_even_hz(c, secs));
        }
    }
    let e = Exploration {
        config: args.config.display().to_string(),
        dataset: data.name.clone(),
        n_params: p,
        target_accuracy: config.run.target_accuracy,
        eval_interval: config.run.eval_interval,
        part: args.target.map(|t| t.part().name.to_string()),
        points,
        backprop_cpu: backprop.map(|_| timing::host_cpu()),
        backprop,
    };
    print!("{e}");
    let out = args
        .out
        .unwrap_or_else(|| PathBuf::from("target/explore").join(&stem));
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    write_csv(&out.join("explore.csv"), &e)?;
    std::fs::write(out.join("explore.json"), serde_json::to_string_pretty(&e)?)?;
    let cyc: Vec<(f64, f64)> = e
        .points
        .iter()
        .filter_map(|p| {
            p.cycles_to_target
                .map(|c| ((p.pe * p.lanes) as f64, c as f64))
        })
        .collect();
    if !cyc.is_empty() {
        loglog(
            &out.join("cycles_vs_lanes.svg"),
            &format!("{stem}: clock cycles to the target against lanes"),
            "lanes PE x L",
            "cycles to target",
            &cyc,
        )?;
    }
    let time: Vec<(f64, f64)> = e
        .points
        .iter()
        .filter_map(|p| Some((p.fpga.as_ref()?.luts as f64, p.on_chip_seconds?)))
        .collect();
    if !time.is_empty() {
        loglog(
            &out.join("time_vs_luts.svg"),
            &format!("{stem}: on-chip time to the target against LUTs"),
            "LUTs",
            "seconds to target",
            &time,
        )?;
    }
    println!(
        "wrote {}/explore.csv, explore.json and the SVGs",
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lane_lists_name_the_valid_values() {
        // 2-2-1: P = 9, neurons of 3 slots.
        let layers = [2, 2, 1];
        let l = |s: &str| {
            parse_lanes(
                &s.split(',').map(String::from).collect::<Vec<_>>(),
                &layers,
                1,
            )
        };
        assert_eq!(l("P,1,4,4").unwrap(), vec![1, 4, 9]);
        assert_eq!(l("useful").unwrap(), vec![1, 2, 3]);
        assert_eq!(l("useful,P").unwrap(), vec![1, 2, 3, 9]);
        let e = l("1,10").unwrap_err().to_string();
        assert!(
            e.contains("valid are 1..=9, P (9) or `useful` (1, 2, 3)"),
            "{e}"
        );
        assert!(l("0").is_err() && l("x").is_err());
        let notes = idle_lane_notes(&layers, &[1, 3, 4, 9], 1);
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(notes[0].starts_with("note: L = 4 takes as many neuron rows as L = 3 (3)"));
        // 2-4-2 with two neurons side by side: even L only.
        let layers = [2, 4, 2];
        let l = |s: &str| {
            parse_lanes(
                &s.split(',').map(String::from).collect::<Vec<_>>(),
                &layers,
                2,
            )
        };
        assert_eq!(l("useful").unwrap(), vec![2, 4, 6]);
        let e = l("3").unwrap_err().to_string();
        assert!(
            e.contains("valid are the multiples of chip.pe = 2 in 1..=22"),
            "{e}"
        );
        let notes = idle_lane_notes(&layers, &[8], 2);
        assert!(notes[0].starts_with("note: L = 8 takes as many neuron rows as L = 6 (3): 4"));
    }

    /// `--pe`: one PE takes `--lanes` strictly; several take the multiples of each; a PE that
    /// does not divide the layers, or above 1 with weight perturbation, is refused.
    #[test]
    fn design_points_pair_each_pe_with_its_lanes() {
        let v = |s: &str| s.split(',').map(String::from).collect::<Vec<_>>();
        let layers = [49, 4];
        assert_eq!(
            design_points(&v("25,50,52"), &[], &layers, 1, true).unwrap(),
            vec![(1, 25), (1, 50), (1, 52)]
        );
        assert_eq!(
            design_points(&v("25,50,52"), &[4, 1, 2], &layers, 1, true).unwrap(),
            vec![(1, 25), (1, 50), (1, 52), (2, 50), (2, 52), (4, 52)]
        );
        assert!(design_points(&v("25"), &[], &layers, 2, true).is_err());
        let e = design_points(&v("25"), &[1, 2], &layers, 1, true).unwrap_err();
        assert!(e.to_string().contains("no lane count at PE = 2"), "{e}");
        let e = design_points(&v("50"), &[3], &layers, 1, true).unwrap_err();
        assert!(
            e.to_string().contains("--pe: 3 is not a PE here")
                && e.to_string().contains("valid are 1, 2"),
            "{e}"
        );
        let e = design_points(&v("50"), &[2], &layers, 1, false).unwrap_err();
        assert!(e.to_string().contains("needs node perturbation"), "{e}");
        assert!(design_points(&v("50"), &[0], &layers, 1, true).is_err());
    }

    /// The summary names each L's break-even clock once backprop reached the target.
    #[test]
    fn summary_names_the_break_even_clocks() {
        let pt = |lanes, cycles: u64| Point {
            pe: 1,
            lanes,
            rows: 1,
            inference_cycles: 3,
            cycles_per_step: 1.0,
            steps_to_target: Some(50),
            cycles_to_target: Some(cycles - 10),
            cycles_to_see_target: Some(cycles),
            best_accuracy: 0.9,
            fpga: None,
            fpga_note: None,
            on_chip_seconds: None,
            break_even_hz: Some(crate::timing::break_even_hz(cycles, 1e-4)),
        };
        let e = Exploration {
            config: "c".into(),
            dataset: "d".into(),
            n_params: 9,
            target_accuracy: 0.8,
            eval_interval: 10,
            part: None,
            points: vec![pt(1, 20_000), pt(3, 9_000)],
            backprop: Some((Some(50), 1e-4)),
            backprop_cpu: Some("Some CPU, 2 threads".into()),
        };
        let text = e.to_string();
        assert!(
            text.contains("break-even clocks (the chip beats backprop above them; its cycles in backprop's time): L = 1: 200.00 MHz, L = 3: 90.00 MHz"),
            "{text}"
        );
        // Not reached by backprop: no break-even.
        let e = Exploration {
            backprop: Some((None, 1e-4)),
            ..e
        };
        assert!(!e.to_string().contains("break-even"), "{e}");
    }
}
