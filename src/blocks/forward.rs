//! Plain-Rust replay of the `network` and `cost` blocks' arithmetic, rule for rule through
//! `crate::fixed` (the activation, sigmoid table included, is `fixed::activate`), in the same
//! parameter order. The engine evaluates accuracy with it on weights read out of the chip
//! through `MgdTrainer`'s read-out port; `network`'s tests prove it equal to the block's own
//! inference. Not a training model (that is `model/`, later).

use crate::datasets::Sample;
use crate::fixed::{activate, from_f64, to_f64, Act, Cost, FixedError, Formats, Theta};

/// The layer sizes' parameter count: (inputs + 1 bias) * outputs per layer.
pub fn n_params(layers: &[usize]) -> usize {
    layers.windows(2).map(|w| (w[0] + 1) * w[1]).sum()
}

/// Quantize a sample's inputs to the act format (out of range is an error).
pub fn quantize(f: &Formats, x: &[f64]) -> Result<Vec<Act>, FixedError> {
    x.iter()
        .map(|&v| from_f64(v, f.act, "x").map(|a| Act(a as i32)))
        .collect()
}

/// Target of output `k` for class `label`: one-hot; a single output's target is the label.
pub fn target(f: &Formats, n_out: usize, label: usize, k: usize) -> Act {
    let hit = if n_out == 1 { label == 1 } else { k == label };
    if hit {
        f.one()
    } else {
        Act(0)
    }
}

/// Outputs of the network with parameters `theta` (layer by layer, neuron by neuron, its
/// weights then its bias) on inputs `x`.
pub fn infer(f: &Formats, layers: &[usize], theta: &[Theta], x: &[Act]) -> Vec<Act> {
    assert_eq!(theta.len(), n_params(layers), "one theta per parameter");
    assert_eq!(x.len(), layers[0], "one input per input neuron");
    let mut a = x.to_vec();
    let mut p = 0;
    for w in layers.windows(2) {
        let mut next = Vec::with_capacity(w[1]);
        for _ in 0..w[1] {
            let mut acc = 0i64;
            for &xi in &a {
                acc = f.mac(acc, theta[p], xi);
                p += 1;
            }
            acc = f.mac(acc, theta[p], f.one());
            p += 1;
            next.push(activate(f, acc));
        }
        a = next;
    }
    a
}

/// The cost of outputs `y` for class `label`, format `Cost`.
pub fn cost(f: &Formats, y: &[Act], label: usize) -> Cost {
    y.iter().enumerate().fold(Cost(0), |c, (k, &yk)| {
        f.cost_add(c, f.cost_term(yk, target(f, y.len(), label, k)))
    })
}

/// Predicted class: threshold 0.5 for one output, argmax (first maximum) otherwise.
pub fn predict(f: &Formats, y: &[Act]) -> usize {
    if y.len() == 1 {
        usize::from(y[0].0 >= f.one().0 / 2)
    } else {
        let mut best = 0;
        for (k, v) in y.iter().enumerate() {
            if v.0 > y[best].0 {
                best = k;
            }
        }
        best
    }
}

/// Mean cost (real units: sum over outputs of (y - t)^2 / 2) and accuracy on `samples`.
pub fn evaluate(
    f: &Formats,
    layers: &[usize],
    theta: &[Theta],
    samples: &[Sample],
) -> Result<(f64, f64), FixedError> {
    if samples.is_empty() {
        return Ok((0.0, 0.0));
    }
    let (mut c, mut hits) = (0.0, 0usize);
    for s in samples {
        let y = infer(f, layers, theta, &quantize(f, &s.x)?);
        c += to_f64(cost(f, &y, s.label).0, f.cost_frac);
        hits += usize::from(predict(f, &y) == s.label);
    }
    let n = samples.len() as f64;
    Ok((c / n, hits as f64 / n))
}
