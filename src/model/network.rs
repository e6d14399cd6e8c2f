//! Fast twin of `blocks::network` and `blocks::neuron`: the row control's registers `count`,
//! `running`, `finished`, each neuron's `acc` and pipeline registers ([`Neuron`], PE side by
//! side), the lanes' pipelines and the activation memory `acts`, as in the blocks (its rows are
//! `chip::lanes`). Also the one fixed-point evaluation of a network (`infer`, `cost`,
//! `predict`, `evaluate`), all through `crate::fixed` in the block's MAC order: every engine
//! evaluates accuracy with it, and `blocks::network`'s test proves it equal to the block.
//! Larger test: `tests/lockstep.rs`.

use crate::chip::lanes::PIPE_DEPTH;
use crate::chip::{quantize, target_hit, ChipPlan};
use crate::datasets::Sample;
use crate::fixed::{to_f64, Act, Cost, FixedError, Formats, Theta};
use crate::run::Evaluation;

/// The network block's registers and its activation memory.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct State {
    /// Parameter index of this cycle (`Bits<10>`).
    pub count: u16,
    /// MAC cycles in progress (`busy`).
    pub running: bool,
    /// The inference finished at the last edge (`done`).
    pub finished: bool,
    /// MAC accumulator, exact (`fixed::ACC_W` bits).
    pub acc: i64,
    /// Activations, raw `Act`: inputs, then each layer's outputs.
    pub acts: Vec<i32>,
    /// Pipeline (`[chip] pipeline`; all empty or 0 without it): the rows in stages 1 to 6
    /// (`network.pipe_word1..6`: the row's word, 0 for `None`).
    #[serde(default)]
    pub pipe_rows: [Option<u16>; PIPE_DEPTH],
    /// A finished neuron's exact sum, stage 3 -> 4 (`network.pipe_sum`).
    #[serde(default)]
    pub pipe_sum: i64,
    /// A finished neuron's activation input, stage 4 -> 5 (`network.pipe_u`,
    /// `fixed::activation_input`).
    #[serde(default)]
    pub pipe_u: i32,
    /// A finished neuron's activation, stage 5 -> 6 (`network.pipe_out`, raw `Act`).
    #[serde(default)]
    pub pipe_out: i32,
    /// Each lane's pipeline registers (`lanes$l.pipe_*`; PE x L of them).
    #[serde(default)]
    pub lanes: Vec<LanePipe>,
    /// With neurons side by side (`[chip] pe`), the registers of a row's neurons 1..PE
    /// (`acc`, `pipe_sum`, `pipe_u` and `pipe_out` are neuron 0's); empty at PE = 1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub side: Vec<Neuron>,
}

/// One neuron's accumulator and activation pipeline of a row's PE side by side
/// ([`State::neuron`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Neuron {
    /// See [`State::acc`].
    pub acc: i64,
    /// See [`State::pipe_sum`].
    pub pipe_sum: i64,
    /// See [`State::pipe_u`].
    pub pipe_u: i32,
    /// See [`State::pipe_out`].
    pub pipe_out: i32,
}

impl State {
    /// Neuron g's registers of a row's PE side by side (g = 0: `acc`, `pipe_*`).
    pub fn neuron(&self, g: usize) -> Neuron {
        match g {
            0 => Neuron {
                acc: self.acc,
                pipe_sum: self.pipe_sum,
                pipe_u: self.pipe_u,
                pipe_out: self.pipe_out,
            },
            g => self.side[g - 1],
        }
    }

    /// Set neuron g's registers ([`Self::neuron`]).
    pub fn set_neuron(&mut self, g: usize, n: Neuron) {
        match g {
            0 => {
                self.acc = n.acc;
                self.pipe_sum = n.pipe_sum;
                self.pipe_u = n.pipe_u;
                self.pipe_out = n.pipe_out;
            }
            g => self.side[g - 1] = n,
        }
    }

    /// The network issues its last parameter row this cycle (`network.issued`,
    /// `chip::Schedule::issue_row`).
    pub fn issued(&self, t: &crate::chip::Schedule) -> bool {
        self.running && usize::from(self.count) == t.issue_row()
    }

    /// The next cycle's row is the last parameter row (the cycle `sequencer.preload` is set
    /// in, a cycle after `network.issue_soon`).
    pub fn issue_next(&self, t: &crate::chip::Schedule) -> bool {
        self.running && usize::from(self.count) + 1 == t.issue_row()
    }
}

/// One lane's pipeline registers (`blocks::lane`), all 0 without the pipeline and at every
/// step boundary, but for a node-perturbation sweep's writes still in flight where the sweep
/// overlaps what follows it (`chip::ChipPlan::sweep_overlaps`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LanePipe {
    /// Stage 0: theta_i perturbed (`pipe_theta`; C~16 in a node perturbation sweep).
    pub theta: i32,
    /// Stage 0: the multiplier's other operand (`pipe_x`).
    pub x: i32,
    /// Stage 0: the slot's operands were taken (`pipe_take`).
    #[serde(default)]
    pub take: bool,
    /// Stage 1: the raw offset-binary half of their product (`pipe_product`,
    /// `fixed::mul16_halves`; 0 unless taken).
    pub product: i64,
    /// Stage 1: the product's correction half (`pipe_fix`; 0 unless taken).
    #[serde(default)]
    pub fix: i64,
    /// Stage 2: at a cut node of the adder tree (`chip::lanes::AdderTree::cut`), the sum of
    /// the products under it (`pipe_subtree`; else 0).
    #[serde(default)]
    pub subtree: i64,
    /// Corr sweep, first cycle: G' = sat(G + e) (`pipe_grad`).
    pub grad: i64,
    /// Corr sweep, first cycle: theta_i as read (`pipe_old`).
    pub old: i32,
    /// The second cycle writes the bank (`pipe_write`).
    pub write: bool,
    /// ... with the tau_theta update (`pipe_update`).
    pub update: bool,
    /// ... at this row (`pipe_row`).
    pub row: u16,
    /// Corr sweep, first cycle, at an update with momentum: V - (V >>> k) (`pipe_vel`,
    /// `fixed::Formats::decay`).
    #[serde(default)]
    pub vel: i64,
    /// Corr sweep, second cycle, at an update: the step (`pipe_step`, `fixed::update_step`).
    #[serde(default)]
    pub step: i64,
    /// ... theta_i (`pipe_base`).
    #[serde(default)]
    pub base: i32,
    /// The third cycle writes theta (`pipe_apply`) ...
    #[serde(default)]
    pub apply: bool,
    /// ... at this row (`pipe_theta_row`).
    #[serde(default)]
    pub theta_row: u16,
    /// With `ChipPlan::late_theta`, the third cycle registers theta' instead
    /// (`pipe_next_theta`; 0 elsewhere) ...
    #[serde(default)]
    pub next_theta: i32,
    /// ... and the fourth writes it (`pipe_store`) ...
    #[serde(default)]
    pub store: bool,
    /// ... at this row (`pipe_store_row`).
    #[serde(default)]
    pub store_row: u16,
    /// A sample load's write, a cycle late: this lane writes (`pipe_load`) ...
    #[serde(default)]
    pub load: bool,
    /// ... at this activation word (`pipe_load_row`) ...
    #[serde(default)]
    pub load_row: u16,
    /// ... this input: a streamed word is `pipe_load_data`, a sample ROM's word the ROM's
    /// output register (`samples_sync.data`; the RTL's `pipe_load_data` then holds 0) ...
    #[serde(default)]
    pub load_data: i32,
    /// ... streamed (`pipe_load_stream`).
    #[serde(default)]
    pub load_stream: bool,
    /// Node perturbation with the pipeline, Corr sweep, cycle 0 (C~16 and x_i are in `theta`
    /// and `x`): the neuron's sign (`pipe_nsign0`) ...
    #[serde(default)]
    pub nsign0: bool,
    /// ... the slot was swept (`pipe_nswept0`) ...
    #[serde(default)]
    pub nswept0: bool,
    /// ... at an update (`pipe_nupd0`) ...
    #[serde(default)]
    pub nupd0: bool,
    /// ... at this row (`pipe_nrow0`).
    #[serde(default)]
    pub nrow0: u16,
    /// Cycle 1: the raw offset-binary half of C~16 x_i of a used slot (`pipe_nraw`;
    /// `fixed::mul16_halves`) ...
    #[serde(default)]
    pub nraw: i64,
    /// ... its correction half (`pipe_nfix`) ...
    #[serde(default)]
    pub nfix: i64,
    /// ... the neuron's sign (`pipe_nsign`) ...
    #[serde(default)]
    pub nsign: bool,
    /// ... the slot was swept (`pipe_nswept`) ...
    #[serde(default)]
    pub nswept: bool,
    /// ... at an update (`pipe_nupd`) ...
    #[serde(default)]
    pub nupd: bool,
    /// ... at this row (`pipe_nrow`).
    #[serde(default)]
    pub nrow: u16,
    /// Cycle 2: C~16 x_i, the halves joined (`pipe_nprod`) ...
    #[serde(default)]
    pub nprod: i64,
    /// ... the neuron's sign (`pipe_nsign2`) ...
    #[serde(default)]
    pub nsign2: bool,
    /// ... the slot was swept (`pipe_nswept2`) ...
    #[serde(default)]
    pub nswept2: bool,
    /// ... at an update (`pipe_nupd2`) ...
    #[serde(default)]
    pub nupd2: bool,
    /// ... at this row (`pipe_nrow2`).
    #[serde(default)]
    pub nrow2: u16,
}

impl LanePipe {
    /// No Corr sweep row in the lane's pipeline: its sweep registers are all 0 (each takes 0
    /// when its stage holds no swept row).
    pub fn sweep_idle(&self) -> bool {
        !(self.nswept0
            || self.nswept
            || self.nswept2
            || self.write
            || self.update
            || self.apply
            || self.store)
    }
}

/// Outputs of the network with parameters `theta` on inputs `x` (the MAC order of the block).
pub fn infer(f: &Formats, layers: &[usize], theta: &[Theta], x: &[Act]) -> Vec<Act> {
    assert_eq!(
        theta.len(),
        crate::config::n_params(layers),
        "one theta per parameter"
    );
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

/// The cost of outputs `y` for class `label`, format `Cost` (targets: `chip::target_hit`).
pub fn cost(f: &Formats, y: &[Act], label: usize) -> Cost {
    let single = y.len() == 1;
    y.iter().enumerate().fold(Cost(0), |c, (k, &yk)| {
        let hot = u8::try_from(label).is_ok_and(|l| target_hit(single, l, k as u8));
        f.cost_add(c, f.cost_term(yk, hot))
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

/// The chip's evaluation of weights `theta` on `samples`, as every chip engine reports it:
/// samples whose inputs do not fit the act format give cost NaN and accuracy 0.
pub fn evaluation(plan: &ChipPlan, theta: &[Theta], samples: &[Sample]) -> Evaluation {
    match evaluate(&plan.formats, &plan.layers, theta, samples) {
        Ok((cost, accuracy)) => Evaluation { cost, accuracy },
        Err(_) => Evaluation {
            cost: f64::NAN,
            accuracy: 0.0,
        },
    }
}
