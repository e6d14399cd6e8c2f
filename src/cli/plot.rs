//! Training curves as SVG with plotters: test and train accuracy (left axis) and training cost
//! (right axis) against steps.

use crate::run::RunResult;
use plotters::prelude::*;
use std::path::Path;

/// Draw `result`'s curve to `path`.
pub fn training_curve(path: &Path, title: &str, result: &RunResult) -> anyhow::Result<()> {
    let curve = &result.curve;
    let x_max = curve.last().map_or(1, |p| p.step).max(1) as f64;
    let c_max = curve
        .iter()
        .map(|p| p.train.cost)
        .fold(0.0_f64, f64::max)
        .max(1e-9)
        * 1.05;

    let root = SVGBackend::new(path, (900, 540)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(55)
        .right_y_label_area_size(65)
        .build_cartesian_2d(0.0..x_max, 0.0..1.0)?
        .set_secondary_coord(0.0..x_max, 0.0..c_max);
    chart
        .configure_mesh()
        .x_desc("step")
        .y_desc("accuracy")
        .draw()?;
    chart
        .configure_secondary_axes()
        .y_desc("train cost")
        .draw()?;

    let series =
        |f: fn(&crate::run::CurvePoint) -> f64| curve.iter().map(move |p| (p.step as f64, f(p)));
    chart
        .draw_series(LineSeries::new(series(|p| p.test.accuracy), &BLUE))?
        .label("test accuracy")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], BLUE));
    chart
        .draw_series(LineSeries::new(series(|p| p.train.accuracy), &GREEN))?
        .label("train accuracy")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], GREEN));
    chart
        .draw_secondary_series(LineSeries::new(series(|p| p.train.cost), &RED))?
        .label("train cost")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], RED));
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}
