//! Fast twin of `blocks::network`: the serial MLP, one parameter per cycle, driven by the same
//! microcode (activation address, bias / output flags, output address and index per parameter).
//! Registers `count`, `running`, `finished`, `acc` and the activation memory `acts`, as in the
//! block; [`Word`] is one decoded microcode word. Also the plain forward rules used to evaluate
//! weights (`infer`, `cost`, `predict`, `evaluate`: the twin of `blocks::forward`), all through
//! `crate::fixed`. Larger test: `tests/lockstep.rs`.

use crate::datasets::Sample;
use crate::fixed::{from_f64, to_f64, Act, Cost, FixedError, Formats, Theta};

/// The parameter count of `layers`: (inputs + 1 bias) * outputs per layer.
pub fn n_params(layers: &[usize]) -> usize {
    layers.windows(2).map(|w| (w[0] + 1) * w[1]).sum()
}

/// One decoded microcode word (the block's `ucode` ROM; same layout, see `blocks::network`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Activation read by a weight cycle.
    pub act_addr: u16,
    /// Where the neuron's output is written (its bias cycle).
    pub out_addr: u16,
    /// This cycle multiplies the bias (input 1.0).
    pub bias: bool,
    /// The neuron is an output.
    pub is_out: bool,
    /// Output index of the neuron (`Bits<8>`).
    pub out_index: u8,
}

impl Word {
    /// The word as the ROM holds it: `act_addr | out_addr << 10 | bias << 20 | is_out << 21 |
    /// out_index << 22` (`blocks::network::microcode`).
    pub fn bits(&self) -> u32 {
        u32::from(self.act_addr)
            | u32::from(self.out_addr) << 10
            | u32::from(self.bias) << 20
            | u32::from(self.is_out) << 21
            | u32::from(self.out_index) << 22
    }
}

/// The microcode of `layers`, one word per parameter, in parameter order.
pub fn microcode(layers: &[usize]) -> Vec<Word> {
    let mut words = vec![];
    let mut base = 0;
    for (l, w) in layers.windows(2).enumerate() {
        let out_base = base + w[0];
        let is_out = l + 2 == layers.len();
        for j in 0..w[1] {
            let mk = |act_addr: usize, bias: bool| Word {
                act_addr: act_addr as u16,
                out_addr: (out_base + j) as u16,
                bias,
                is_out,
                out_index: j as u8,
            };
            for k in 0..w[0] {
                words.push(mk(base + k, false));
            }
            // The bias word's activation address field is 0 (unused: x = 1.0).
            words.push(mk(0, true));
        }
        base = out_base;
    }
    words
}

/// The network block's registers and its activation memory.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct State {
    /// Parameter index of this cycle (`Bits<10>`).
    pub count: u16,
    /// MAC cycles in progress (`busy`).
    pub running: bool,
    /// The inference finished at the last edge (`done`).
    pub finished: bool,
    /// MAC accumulator (32 bits).
    pub acc: i64,
    /// Activations, raw `Act`: inputs, then each layer's outputs.
    pub acts: Vec<i32>,
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

/// Outputs of the network with parameters `theta` on inputs `x` (the MAC order of the block).
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
            next.push(f.neuron(acc));
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

/// Mean cost (real units) and accuracy of `theta` on `samples`.
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
