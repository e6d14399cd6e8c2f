//! Lockstep: the RTL (`engine::rtl::RtlTrainer`, rust-hdl) and the fast cycle model
//! (`model::FastTrainer`) run side by side; at every step boundary every architectural register
//! (each block's DFFs, read from the RTL through a rust-hdl `Probe`, so a register added to the
//! RTL and not mapped here fails the test), every word of `theta_mem`, `grad_mem` and the
//! activation memory, and the cycle, step and inference counts must be equal. A difference
//! fails naming the first differing register, the step and the cycle.
//!
//! Configurations: XOR (hard sigmoid), a NIST7x7-shaped 49-4-4 hard-sigmoid network, several
//! tau combinations, Walsh and time multiplexing, ReLU, and random small configurations
//! (proptest). Twins: `src/blocks/*` <-> `src/model/*`.

use std::collections::BTreeMap;

use mgdsim::chip::regs::{find, Kind};
use mgdsim::chip::ChipPlan;
use mgdsim::config::{Activation, Config, Optimizer, PerturbTarget, PerturbationKind, QFormat};
use mgdsim::datasets::{Dataset, Sample};
use mgdsim::engine::RtlTrainer;
use mgdsim::fixed::from_hw;
use mgdsim::model::regs::RegValue;
use mgdsim::model::FastTrainer;
use mgdsim::run::Trainer;
use proptest::prelude::*;
use rand::{Rng, SeedableRng};
use rust_hdl::prelude::*;

use mgdsim::fixtures::xor_config;

fn xor_data() -> Dataset {
    mgdsim::datasets::load("xor", std::path::Path::new("."), 0.0, 1).expect("built in")
}

/// The embedded NIST7x7 configuration (49-4-4) with the hard sigmoid and Q2.12 formats.
fn nist_config() -> Config {
    let mut c = xor_config();
    c.network.layers = vec![49, 4, 4];
    c.mgd.dtheta = 0.05;
    c.mgd.init_lo = -0.5;
    c.mgd.init_hi = 0.5;
    c.run.seed = 1;
    c
}

fn nist_data() -> Dataset {
    mgdsim::datasets::load("nist7x7", std::path::Path::new("."), 0.0, 1).expect("built in")
}

/// Every DFF output `q` of the chip, by block path (`sequencer.count`): (width, raw bits) or
/// an FSM state's name.
#[derive(Default)]
struct Regs {
    path: Vec<String>,
    values: BTreeMap<String, Value>,
}

#[derive(Clone, Debug, PartialEq)]
enum Value {
    Bits(usize, u64),
    Name(String),
}

impl Probe for Regs {
    fn visit_start_scope(&mut self, name: &str, _node: &dyn Block) {
        self.path.push(name.to_string());
    }
    fn visit_start_namespace(&mut self, name: &str, _node: &dyn Block) {
        self.path.push(name.to_string());
    }
    fn visit_atom(&mut self, name: &str, signal: &dyn Atom) {
        if name != "q" {
            return;
        }
        let key = self.path[1..].join(".");
        let v = match signal.vcd() {
            VCDValue::Single(v) => Value::Bits(1, u64::from(v.to_string() == "1")),
            VCDValue::Vector(v) => Value::Bits(
                v.len(),
                v.iter()
                    .fold(0u64, |a, b| a << 1 | u64::from(b.to_string() == "1")),
            ),
            VCDValue::String(s) => Value::Name(s),
            VCDValue::Composite(_) => panic!("{key}: composite register"),
        };
        self.values.insert(key, v);
    }
    fn visit_end_namespace(&mut self, _name: &str, _node: &dyn Block) {
        self.path.pop();
    }
    fn visit_end_scope(&mut self, _name: &str, _node: &dyn Block) {
        self.path.pop();
    }
}

/// The first difference between the two engines, as "register: rtl X, model Y".
fn first_difference(rtl: &mut RtlTrainer, fast: &FastTrainer) -> Option<String> {
    let s = fast.snapshot();
    for (name, a, b) in [
        ("cycles", rtl.cycles(), fast.cycles()),
        ("steps", rtl.steps(), fast.steps()),
        ("inferences", rtl.inferences(), fast.inferences()),
    ] {
        if a != b {
            return Some(format!("{name}: rtl {a}, model {b}"));
        }
    }
    let chip = rtl.chip_mut();
    let mut regs = Regs::default();
    chip.accept("uut", &mut regs);
    // The chip's register table names every RTL register, with the RTL's width.
    for (name, got) in &regs.values {
        let reg = find(name)
            .unwrap_or_else(|| panic!("RTL register `{name}` is not in chip::regs' tables"));
        match (reg.kind, got) {
            (Kind::Bits(w), Value::Bits(rw, _)) => {
                assert_eq!(
                    w, *rw,
                    "width of `{name}`: chip::regs says {w}, the RTL has {rw}"
                )
            }
            (Kind::State, Value::Name(_)) => {}
            other => panic!("`{name}`: kind {other:?}"),
        }
    }
    for (name, _, want) in mgdsim::model::regs::values(fast) {
        let got = regs
            .values
            .get(name.as_ref())
            .unwrap_or_else(|| panic!("no RTL register {name}"));
        let same = match (got, &want) {
            (Value::Name(g), RegValue::State(w)) => g == w,
            (Value::Bits(width, bits), RegValue::Int(w)) => {
                let mask = if *width >= 64 {
                    u64::MAX
                } else {
                    (1u64 << width) - 1
                };
                (*w as u64) & mask == *bits
            }
            _ => false,
        };
        if !same {
            return Some(format!("{name}: rtl {got:?}, model {want:?}"));
        }
    }
    let plan = fast.plan();
    for (i, &th) in s.theta_mem.iter().enumerate() {
        let r = from_hw(chip.theta_at(plan, i));
        if r != th as i64 {
            return Some(format!("theta_mem[{i}]: rtl {r}, model {th}"));
        }
    }
    for (i, &g) in s.grad_mem.iter().enumerate() {
        let r = from_hw(chip.grad_at(plan, i));
        if r != g {
            return Some(format!("grad_mem[{i}]: rtl {r}, model {g}"));
        }
    }
    for (i, &v) in s.vel_mem.iter().enumerate() {
        let r = from_hw(chip.vel_at(plan, i));
        if r != v {
            return Some(format!("vel_mem[{i}]: rtl {r}, model {v}"));
        }
    }
    for (i, &a) in s.network.acts.iter().enumerate() {
        let r = from_hw(chip.act_at(i));
        if r != a as i64 {
            return Some(format!("network.acts[{i}]: rtl {r}, model {a}"));
        }
    }
    None
}

/// Run both engines `steps` steps, comparing at every step boundary.
fn lockstep(config: &Config, data: &Dataset, steps: u64) -> Result<(), String> {
    let plan = ChipPlan::for_rtl(config, &data.train).map_err(|e| e.to_string())?;
    let mut rtl = RtlTrainer::new(plan.clone());
    let mut fast = FastTrainer::new(plan.clone());
    let mut states = vec![];
    for k in 0..=steps {
        if k > 0 {
            rtl.step();
            fast.step();
        }
        if let Some(d) = first_difference(&mut rtl, &fast) {
            return Err(format!(
                "first difference after step {k} (cycle {}): {d}",
                rtl.cycles()
            ));
        }
        states.push(fast.snapshot().clone());
    }
    // Several steps a call (`Trainer::step_to`; with `[chip] handover` a chain of handed-over
    // steps at once): the registers of step by step, so the RTL's.
    let mut chained = FastTrainer::new(plan);
    for k in (0..=steps).step_by(7).chain([steps]) {
        chained.step_to(k);
        if chained.snapshot() != &states[k as usize] {
            return Err(format!("step_to({k}) differs from stepping one by one"));
        }
    }
    let (a, b) = (rtl.evaluate(&data.test), fast.evaluate(&data.test));
    if a != b && !(a.cost.is_nan() && b.cost.is_nan()) {
        return Err(format!("evaluate: rtl {a:?}, model {b:?}"));
    }
    Ok(())
}

#[test]
fn lockstep_xor_several_taus() {
    for (tau_x, tau_p, tau_theta) in [(1, 1, 1), (2, 1, 3), (4, 2, 2), (1, 3, 1), (3, 5, 7)] {
        let mut c = xor_config();
        c.mgd.tau_x = tau_x;
        c.mgd.tau_p = tau_p;
        c.mgd.tau_theta = tau_theta;
        lockstep(&c, &xor_data(), 150)
            .unwrap_or_else(|e| panic!("taus {tau_x}/{tau_p}/{tau_theta}: {e}"));
    }
}

#[test]
fn lockstep_xor_walsh_time_relu() {
    for kind in [PerturbationKind::Walsh, PerturbationKind::Time] {
        for tau_p in [1, 2] {
            let mut c = xor_config();
            c.mgd.perturbation = kind;
            c.mgd.tau_p = tau_p;
            lockstep(&c, &xor_data(), 120)
                .unwrap_or_else(|e| panic!("{kind:?} tau_p {tau_p}: {e}"));
        }
    }
    for activation in [Activation::Relu, Activation::Sigmoid] {
        let mut c = xor_config();
        c.network.activation = activation;
        lockstep(&c, &xor_data(), 120).unwrap_or_else(|e| panic!("{activation:?}: {e}"));
    }
}

#[test]
fn lockstep_until_halt() {
    let mut c = xor_config();
    c.run.steps = 7;
    c.mgd.tau_theta = 2;
    lockstep(&c, &xor_data(), 10).unwrap();
}

/// XOR until the chip's own evaluation (every 20 steps) halts it at 100%: both engines halt
/// at the same step with `at_target` and the same count.
#[test]
fn lockstep_until_the_chip_says_done_at_target() {
    let mut c = xor_config();
    c.run.eval_interval = 20;
    let d = xor_data();
    let plan = ChipPlan::for_rtl(&c, &d.train).unwrap();
    let mut rtl = RtlTrainer::new(plan.clone());
    let mut fast = FastTrainer::new(plan);
    while !fast.done() {
        fast.step();
        rtl.step();
        assert_eq!(first_difference(&mut rtl, &fast), None);
        assert!(fast.steps() < 20_000, "XOR is learned");
    }
    assert!(rtl.done() && rtl.at_target() && fast.at_target());
    assert_eq!((rtl.correct(), fast.correct()), (4, 4));
    assert_eq!(fast.steps() % 20, 0);
}

#[test]
fn lockstep_nist7x7_hard_sigmoid() {
    let d = nist_data();
    for (kind, tau_x, tau_p, tau_theta) in [
        (PerturbationKind::Random, 1, 1, 1),
        (PerturbationKind::Random, 2, 1, 2),
        (PerturbationKind::Walsh, 1, 1, 1),
        (PerturbationKind::Time, 1, 1, 3),
    ] {
        let mut c = nist_config();
        c.mgd.perturbation = kind;
        c.mgd.tau_x = tau_x;
        c.mgd.tau_p = tau_p;
        c.mgd.tau_theta = tau_theta;
        assert!(ChipPlan::new(&c, &d.train).is_ok());
        lockstep(&c, &d, 12)
            .unwrap_or_else(|e| panic!("nist7x7 {kind:?} {tau_x}/{tau_p}/{tau_theta}: {e}"));
        c.chip.pipeline = true;
        lockstep(&c, &d, 12).unwrap_or_else(|e| {
            panic!("nist7x7 pipelined {kind:?} {tau_x}/{tau_p}/{tau_theta}: {e}")
        });
    }
}

/// `fuse_corr`: the sweeps of the steps between updates run inside the next baseline, serial
/// and at 25 lanes, with tau_p 1 and 2 (the window moves after the fused baseline).
#[test]
fn lockstep_nist7x7_fused_sweep() {
    let d = nist_data();
    for (lanes, tau_p) in [(1, 1), (25, 2)] {
        let mut c = nist_config();
        c.mgd.tau_p = tau_p;
        c.mgd.tau_theta = 4;
        c.chip.lanes = lanes;
        c.chip.pipeline = true;
        c.chip.fuse_corr = true;
        lockstep(&c, &d, 10).unwrap_or_else(|e| panic!("nist7x7 fused L {lanes}: {e}"));
    }
}

/// `handover`: a step that defers its sweep hands over at its perturbed inference's last
/// parameter row, and the sweep runs inside the next perturbed inference: serial, at 25 lanes,
/// and one layer at 50 lanes (a row a neuron: Pert waits a cycle for C~, `Schedule::stall`).
#[test]
fn lockstep_nist7x7_handover() {
    let d = nist_data();
    for (layers, lanes, stall) in [
        (vec![49, 4, 4], 1, 0),
        (vec![49, 4, 4], 25, 0),
        (vec![49, 4], 50, 1),
    ] {
        let mut c = nist_config();
        c.network.layers = layers;
        c.mgd.tau_theta = 4;
        c.chip.lanes = lanes;
        c.chip.pipeline = true;
        c.chip.fuse_corr = true;
        c.chip.handover = true;
        let plan = ChipPlan::for_rtl(&c, &d.train).unwrap();
        assert_eq!(plan.schedule.stall(), stall, "L {lanes}");
        lockstep(&c, &d, 12).unwrap_or_else(|e| panic!("nist7x7 handover L {lanes}: {e}"));
    }
}

/// An evaluated sample hands over to the next one's load at its last parameter row; when the
/// load and EvalStart end exactly where the old inference drains its last row, the restart
/// must not let that row's `done` into the new sample's EvalWait (it did, and a sample was
/// skipped, while the drain was one longer than the load).
#[test]
fn lockstep_eval_handover_ends_at_the_drains_last_row() {
    let d = nist_data();
    let mut c = nist_config();
    c.chip.pipeline = true;
    let drain = mgdsim::chip::lanes::PIPE_DEPTH + mgdsim::chip::lanes::COST_TAIL;
    c.chip.lanes = (1..=49)
        .find(|l| 49usize.div_ceil(*l) + 1 == drain)
        .expect("a lane count whose load is one shorter than the drain");
    lockstep(&c, &d, 3).unwrap_or_else(|e| panic!("nist7x7 L {}: {e}", c.chip.lanes));
}

/// With the pipeline an evaluated sample hands over at its last parameter row however short
/// its inference, its label waiting in the score's judge line: one layer, xor 2-1 at 1 and 3
/// lanes (3 samples in flight at 3) and nist7x7 49-4 at 50 lanes (2 in flight), with weight
/// perturbation and with node perturbation, whose one-cycle bank reads chain the samples
/// (`Schedule::eval_chains`: no start cycle between them).
#[test]
fn lockstep_eval_judges_several_samples_in_flight() {
    for lanes in [1, 3] {
        let mut c = xor_config();
        c.network.layers = vec![2, 1];
        c.chip.pipeline = true;
        c.chip.lanes = lanes;
        c.run.eval_interval = 3;
        lockstep(&c, &xor_data(), 40).unwrap_or_else(|e| panic!("xor 2-1 L {lanes}: {e}"));
    }
    for target in [PerturbTarget::Weight, PerturbTarget::Node] {
        let mut c = nist_config();
        c.network.layers = vec![49, 4];
        c.mgd.target = target;
        c.chip.pipeline = true;
        c.chip.lanes = 50;
        c.run.eval_interval = 2;
        let chains = ChipPlan::new(&c, &nist_data().train)
            .unwrap()
            .schedule
            .eval_chains();
        assert_eq!(chains, target == PerturbTarget::Node);
        lockstep(&c, &nist_data(), 4)
            .unwrap_or_else(|e| panic!("nist7x7 49-4 L 50 {target:?}: {e}"));
    }
}

/// Node perturbation: the bias slots carry the neurons' signs and the Corr sweep multiplies
/// C~16 by each input activity, serial and at 3 and 7 lanes, with and without the pipeline.
#[test]
fn lockstep_node_perturbation() {
    for (lanes, pipeline, tau_theta) in [(1, false, 1), (3, false, 2), (1, true, 1), (7, true, 3)] {
        let mut c = xor_config();
        c.mgd.target = PerturbTarget::Node;
        c.mgd.tau_theta = tau_theta;
        c.chip.lanes = lanes;
        c.chip.pipeline = pipeline;
        lockstep(&c, &xor_data(), 120)
            .unwrap_or_else(|e| panic!("xor node L {lanes} pipeline {pipeline}: {e}"));
    }
    let d = nist_data();
    for (lanes, pipeline) in [(1, false), (8, true)] {
        let mut c = nist_config();
        c.mgd.target = PerturbTarget::Node;
        c.chip.lanes = lanes;
        c.chip.pipeline = pipeline;
        lockstep(&c, &d, 12)
            .unwrap_or_else(|e| panic!("nist7x7 node L {lanes} pipeline {pipeline}: {e}"));
    }
}

/// Neurons side by side (`[chip] pe`): PE groups of L lanes, each its own adder tree,
/// neuron and cost term, the outputs written to PE banks at once; xor-shaped 2-4-2 and
/// 2-4-4 at PE 2 and 4, with and without the pipeline and momentum, and the one-layer nist7x7
/// (49-4) at 50 lanes by 2 and 52 by 4, pipelined, with its chained evaluations.
#[test]
fn lockstep_neurons_side_by_side() {
    for (layers, lanes, pe, pipeline, momentum) in [
        (vec![2, 4, 2], 2, 2, false, false),
        (vec![2, 4, 2], 2, 2, true, false),
        (vec![2, 4, 2], 4, 2, true, true),
        (vec![2, 4, 4], 4, 4, false, true),
        (vec![2, 4, 4], 8, 4, true, false),
    ] {
        let mut c = xor_config();
        c.network.layers = layers.clone();
        c.mgd.target = PerturbTarget::Node;
        if momentum {
            c.mgd.optimizer = Optimizer::Momentum { gamma: 0.9 };
        }
        c.chip.lanes = lanes;
        c.chip.pe = pe;
        c.chip.pipeline = pipeline;
        c.run.eval_interval = 7;
        lockstep(&c, &xor_data(), 60).unwrap_or_else(|e| {
            panic!("{layers:?} L {lanes} PE {pe} pipeline {pipeline} momentum {momentum}: {e}")
        });
    }
    let d = nist_data();
    for (lanes, pe) in [(50, 2), (52, 4)] {
        let mut c = nist_config();
        c.network.layers = vec![49, 4];
        c.mgd.target = PerturbTarget::Node;
        c.chip.lanes = lanes;
        c.chip.pe = pe;
        c.chip.pipeline = true;
        c.run.eval_interval = 5;
        lockstep(&c, &d, 12).unwrap_or_else(|e| panic!("nist7x7 49-4 L {lanes} PE {pe}: {e}"));
    }
}

/// A chained evaluation of two-row inferences (`Schedule::preloads_at_start`: the next
/// sample's row is read from the cycle that starts a sample): one-layer 2-2 XOR at 3 lanes
/// (a neuron a row), with and without momentum (`lockstep_neurons_side_by_side` has the
/// one-layer nist7x7 at 2 x 50 lanes, whose inference has two rows too).
#[test]
fn lockstep_two_row_chained_evaluation() {
    for momentum in [false, true] {
        let mut c = xor_config();
        c.network.layers = vec![2, 2];
        c.mgd.target = PerturbTarget::Node;
        if momentum {
            c.mgd.optimizer = Optimizer::Momentum { gamma: 0.9 };
        }
        c.chip.lanes = 3;
        c.chip.pipeline = true;
        c.run.eval_interval = 3;
        let plan = ChipPlan::new(&c, &xor_data().train).unwrap();
        assert!(plan.schedule.preloads_at_start(), "two rows chain");
        lockstep(&c, &xor_data(), 40).unwrap_or_else(|e| panic!("momentum {momentum}: {e}"));
    }
}

/// Binary inputs (`[chip] binary_inputs`): the lanes select theta_i << f or 0 instead of
/// multiplying, as the fast model's `fixed::product_halves` does (its unpipelined sums still
/// multiply; `weights_do_not_depend_on_binary_inputs` holds the select to the multiplier in
/// the model). The one-layer nist7x7 (49-4, inputs 0/1) with weight and node perturbation,
/// serial and in lanes, with and without the pipeline, momentum, and neurons side by side.
#[test]
fn lockstep_binary_inputs() {
    let d = nist_data();
    for (target, lanes, pe, pipeline, momentum) in [
        (PerturbTarget::Weight, 1, 1, false, false),
        (PerturbTarget::Weight, 10, 1, true, true),
        (PerturbTarget::Node, 7, 1, false, false),
        (PerturbTarget::Node, 50, 2, true, false),
        (PerturbTarget::Node, 10, 2, true, true),
    ] {
        let mut c = nist_config();
        c.network.layers = vec![49, 4];
        c.mgd.target = target;
        if momentum {
            c.mgd.optimizer = Optimizer::Momentum { gamma: 0.9 };
        }
        c.chip.lanes = lanes;
        c.chip.pe = pe;
        c.chip.pipeline = pipeline;
        c.chip.binary_inputs = true;
        c.run.eval_interval = 5;
        lockstep(&c, &d, 12).unwrap_or_else(|e| {
            panic!(
                "binary {target:?} L {lanes} PE {pe} pipeline {pipeline} momentum {momentum}: {e}"
            )
        });
    }
}

/// Momentum (V <- sat(V - (V >>> k) + G'), the step from V'), with weight and node
/// perturbation, serial and at 3 lanes, with and without the pipeline.
#[test]
fn lockstep_momentum() {
    for (target, lanes, pipeline, tau_theta, gamma) in [
        (PerturbTarget::Weight, 1, false, 1, 0.9),
        (PerturbTarget::Weight, 3, true, 2, 0.5),
        (PerturbTarget::Node, 1, true, 1, 0.99),
        (PerturbTarget::Node, 3, false, 3, 0.9),
    ] {
        let mut c = xor_config();
        c.mgd.target = target;
        c.mgd.optimizer = Optimizer::Momentum { gamma };
        c.mgd.tau_theta = tau_theta;
        c.chip.lanes = lanes;
        c.chip.pipeline = pipeline;
        lockstep(&c, &xor_data(), 120)
            .unwrap_or_else(|e| panic!("xor momentum {target:?} L {lanes} pipe {pipeline}: {e}"));
    }
    let d = nist_data();
    let mut c = nist_config();
    c.mgd.optimizer = Optimizer::Momentum { gamma: 0.9 };
    c.chip.lanes = 8;
    c.chip.pipeline = true;
    lockstep(&c, &d, 12).unwrap_or_else(|e| panic!("nist7x7 momentum: {e}"));
}

/// Per-layer perturbation (`mgd.per_layer`): one perturbed inference and one Corr sweep per
/// weight layer, each at its layer's amplitude; weight and node perturbation, serial and at
/// lanes, with and without the pipeline and momentum.
#[test]
fn lockstep_per_layer() {
    for (target, lanes, pipeline, tau_theta, momentum) in [
        (PerturbTarget::Weight, 1, false, 1, false),
        (PerturbTarget::Weight, 3, true, 2, false),
        (PerturbTarget::Node, 1, false, 1, true),
        (PerturbTarget::Node, 1, true, 3, false),
        (PerturbTarget::Node, 3, true, 1, true),
    ] {
        let mut c = xor_config();
        c.mgd.target = target;
        c.mgd.per_layer = true;
        c.mgd.tau_theta = tau_theta;
        if momentum {
            c.mgd.optimizer = Optimizer::Momentum { gamma: 0.9 };
        }
        c.chip.lanes = lanes;
        c.chip.pipeline = pipeline;
        assert_eq!(
            ChipPlan::new(&c, &xor_data().train)
                .unwrap()
                .schedule
                .passes,
            2
        );
        lockstep(&c, &xor_data(), 120).unwrap_or_else(|e| {
            panic!("xor per layer {target:?} L {lanes} pipe {pipeline} tau {tau_theta}: {e}")
        });
    }
    let d = nist_data();
    for (target, lanes, pipeline) in [
        (PerturbTarget::Node, 8, true),
        (PerturbTarget::Weight, 5, false),
    ] {
        let mut c = nist_config();
        c.mgd.target = target;
        c.mgd.per_layer = true;
        c.chip.lanes = lanes;
        c.chip.pipeline = pipeline;
        lockstep(&c, &d, 12)
            .unwrap_or_else(|e| panic!("nist7x7 per layer {target:?} L {lanes}: {e}"));
    }
}

/// A random small configuration and data set from `seed`, or `None` if the chip refuses it.
fn random_case(seed: u64) -> Option<(Config, Dataset)> {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let mut c = xor_config();
    let depth = rng.random_range(2..=4);
    c.network.layers = (0..depth).map(|_| rng.random_range(1..=5)).collect();
    c.network.activation = match rng.random_range(0..3) {
        0 => Activation::Relu,
        1 => Activation::Sigmoid,
        _ => Activation::HardSigmoid,
    };
    let tf = rng.random_range(4..=12);
    c.fixed.theta = QFormat {
        int_bits: rng.random_range(1..=14 - tf.min(13)).max(1),
        frac_bits: tf,
    };
    let af = rng.random_range(3..=12);
    c.fixed.act = QFormat {
        int_bits: rng.random_range(1..=(14 - af).max(1)),
        frac_bits: af,
    };
    c.fixed.grad_width = rng.random_range(20..=32);
    c.fixed.eta_shift = Some(rng.random_range(0..c.fixed.grad_width));
    c.mgd.perturbation = match rng.random_range(0..3) {
        0 => PerturbationKind::Random,
        1 => PerturbationKind::Walsh,
        _ => PerturbationKind::Time,
    };
    // Node perturbation (random codes only on the chip), a third of the time.
    if c.mgd.perturbation == PerturbationKind::Random && rng.random_bool(0.33) {
        c.mgd.target = PerturbTarget::Node;
        c.fixed.delta_shift = rng.random_bool(0.5).then(|| rng.random_range(0..20));
    }
    // Neurons side by side (node perturbation only), 40% of those: every layer's neuron
    // count a multiple of PE (and L, below).
    if c.mgd.target == PerturbTarget::Node && rng.random_bool(0.4) {
        let pe = rng.random_range(2..=4);
        for n in c.network.layers.iter_mut().skip(1) {
            *n = pe * rng.random_range(1..=2);
        }
        c.chip.pe = pe;
    }
    // Momentum, a third of the time, any gamma (k = 1..=7).
    if rng.random_bool(0.33) {
        c.mgd.optimizer = Optimizer::Momentum {
            gamma: rng.random_range(0.3..0.995),
        };
    }
    c.mgd.tau_x = rng.random_range(1..=4);
    c.mgd.tau_p = rng.random_range(1..=4);
    c.mgd.tau_theta = rng.random_range(1..=4);
    c.mgd.dtheta = rng.random_range(0.01..0.5);
    c.mgd.init_lo = -rng.random_range(0.0..1.0);
    c.mgd.init_hi = rng.random_range(0.0..1.0);
    c.run.seed = rng.random();
    c.run.steps = rng.random_range(5..=60);
    c.chip.evaluate = rng.random_bool(0.8);
    c.run.eval_interval = rng.random_range(1..=12);
    c.run.target_accuracy = rng.random_range(0.0..=1.0);
    c.run.stop_at_target = rng.random_bool(0.7);
    // Lanes: 1 (the serial chip), a random count, or P.
    let p = mgdsim::config::n_params(&c.network.layers);
    c.chip.lanes = match rng.random_range(0..3) {
        0 => 1,
        1 => rng.random_range(1..=p),
        _ => p,
    };
    // A multiple of PE (P is one).
    c.chip.lanes = c.chip.lanes.div_ceil(c.chip.pe) * c.chip.pe;
    // The pipelined datapath, half the time.
    c.chip.pipeline = rng.random_bool(0.5);
    // A stream-only chip (fed by `RtlTrainer`'s source, one word per cycle) at any L.
    if rng.random_bool(0.25) {
        c.data.samples = mgdsim::config::SampleSource::Stream;
    }
    let n_in = c.network.layers[0];
    let n_out = *c.network.layers.last().unwrap_or(&1);
    let samples: Vec<Sample> = (0..rng.random_range(1..=5))
        .map(|_| Sample {
            x: (0..n_in).map(|_| rng.random_range(0.0..1.0)).collect(),
            label: rng.random_range(0..n_out.max(2)),
        })
        .collect();
    // Per-layer perturbation (random codes only on the chip), a quarter of the time.
    c.mgd.per_layer = c.mgd.perturbation == PerturbationKind::Random && rng.random_bool(0.25);
    // The deferred Corr sweep, half the time where the chip allows it.
    c.chip.fuse_corr = c.chip.pipeline
        && c.mgd.target != PerturbTarget::Node
        && !c.mgd.per_layer
        && rng.random_bool(0.5);
    // Handovers, half the time where the chip allows them.
    c.chip.handover = c.chip.fuse_corr
        && c.mgd.perturbation == PerturbationKind::Random
        && c.mgd.tau_p == 1
        && rng.random_bool(0.5);
    ChipPlan::for_rtl(&c, &samples).ok()?;
    let data = Dataset {
        name: format!("random{seed}"),
        n_inputs: n_in,
        n_classes: n_out.max(2),
        train: samples.clone(),
        test: samples,
    };
    Some((c, data))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    /// Random layer sizes, lane counts, sample sources, fixed widths, taus, perturbation kinds,
    /// seeds and step budgets (some runs reach `Halt`): the two engines agree at every step
    /// boundary.
    #[test]
    fn lockstep_random_small_configs(seed in any::<u64>()) {
        let case = random_case(seed);
        prop_assume!(case.is_some());
        let (c, d) = case.unwrap();
        let r = lockstep(&c, &d, 40);
        prop_assert!(r.is_ok(), "{:?} {:?}: {}", c.network.layers, c.fixed, r.unwrap_err());
    }
}

/// Per variable path (`uut/sequencer/count/q`): width and (time, value) changes, the dump at
/// time 0. Values normalized: bits without leading zeros, strings as written.
type Trace = BTreeMap<String, (u32, Vec<(u64, String)>)>;

fn read_vcd(path: &std::path::Path) -> Trace {
    fn walk(
        prefix: &str,
        items: &[vcd::ScopeItem],
        ids: &mut BTreeMap<vcd::IdCode, Vec<String>>,
        out: &mut Trace,
    ) {
        for it in items {
            match it {
                vcd::ScopeItem::Scope(sc) => {
                    walk(&format!("{prefix}/{}", sc.identifier), &sc.items, ids, out)
                }
                vcd::ScopeItem::Var(v) => {
                    let name = format!("{prefix}/{}", v.reference);
                    ids.entry(v.code).or_default().push(name.clone());
                    out.insert(name, (v.size, vec![]));
                }
                _ => {}
            }
        }
    }
    let f = std::io::BufReader::new(std::fs::File::open(path).expect("vcd written"));
    let mut parser = vcd::Parser::new(f);
    let header = parser.parse_header().expect("vcd header");
    let (mut ids, mut out) = (BTreeMap::new(), Trace::new());
    walk("", &header.items, &mut ids, &mut out);
    let mut now = 0u64;
    for c in parser {
        let (id, v) = match c.expect("vcd command") {
            vcd::Command::Timestamp(t) => {
                now = t;
                continue;
            }
            vcd::Command::ChangeScalar(id, v) => (id, v.to_string()),
            vcd::Command::ChangeVector(id, v) => {
                let s = v.to_string();
                let s = s.trim_start_matches('0');
                (
                    id,
                    if s.is_empty() {
                        "0".into()
                    } else {
                        s.to_string()
                    },
                )
            }
            vcd::Command::ChangeString(id, s) => (id, s),
            _ => continue,
        };
        for name in ids.get(&id).into_iter().flatten() {
            if let Some((_, ch)) = out.get_mut(name) {
                ch.push((now, v.clone()));
            }
        }
    }
    out
}

fn value_at(changes: &[(u64, String)], t: u64) -> Option<&str> {
    changes
        .iter()
        .take_while(|(ct, _)| *ct <= t)
        .last()
        .map(|(_, v)| v.as_str())
}

/// The model's VCD window equals the RTL's own VCD of the same window, variable by variable
/// and cycle by cycle (every variable the model writes; see `model::vcd` for which).
fn vcd_window_matches(c: &Config, d: &Dataset, window: std::ops::Range<u64>) {
    vcd_window_matches_where(c, d, window, |_| true)
}

/// [`vcd_window_matches`] on the variables `keep` selects.
fn vcd_window_matches_where(
    c: &Config,
    d: &Dataset,
    window: std::ops::Range<u64>,
    keep: fn(&str) -> bool,
) {
    let dir = tempfile::tempdir().unwrap();
    let (rp, mp) = (dir.path().join("rtl.vcd"), dir.path().join("model.vcd"));
    let plan = ChipPlan::for_rtl(c, &d.train).unwrap();
    mgdsim::engine::rtl::write_vcd(plan.clone(), window.clone(), &rp).unwrap();
    mgdsim::model::vcd::write_vcd_window(plan, window.clone(), &mp).unwrap();
    let (rtl, model) = (read_vcd(&rp), read_vcd(&mp));
    assert!(
        model.len() > 70,
        "the model writes the blocks' registers and ports"
    );
    for (name, (width, ch)) in &model {
        if !keep(name) {
            continue;
        }
        let (rw, rch) = rtl
            .get(name)
            .unwrap_or_else(|| panic!("{name}: not in the RTL's VCD"));
        assert_eq!(rw, width, "{name}: width");
        for cycle in window.clone() {
            let period = mgdsim::model::vcd::PERIOD_PS;
            for t in [period * cycle, period * cycle + period / 2] {
                assert_eq!(
                    value_at(rch, t),
                    value_at(ch, t),
                    "{name} at time {t} (cycle {cycle})"
                );
            }
        }
    }
}

#[test]
fn vcd_window_of_the_model_equals_the_rtls() {
    vcd_window_matches(&xor_config(), &xor_data(), 3000..3300);
    // Reset, Init, the first evaluation and the first steps.
    vcd_window_matches(&xor_config(), &xor_data(), 0..200);
    let mut c = nist_config();
    c.mgd.perturbation = PerturbationKind::Walsh;
    c.mgd.tau_theta = 2;
    vcd_window_matches(&c, &nist_data(), 2000..2900);
    // Three lanes: every lane's signals, Init to the first steps.
    let mut c = xor_config();
    c.chip.lanes = 3;
    vcd_window_matches(&c, &xor_data(), 0..400);
    let mut c = nist_config();
    c.chip.lanes = 8;
    vcd_window_matches(&c, &nist_data(), 500..900);
    // The pipeline: every stage register, cycle by cycle, serial and at 3 and 8 lanes.
    let mut c = xor_config();
    c.chip.pipeline = true;
    vcd_window_matches(&c, &xor_data(), 0..300);
    c.chip.lanes = 3;
    vcd_window_matches(&c, &xor_data(), 0..400);
    // The deferred sweep (`fuse_corr`, tau_theta 4) and the evaluation's handovers.
    c.mgd.tau_theta = 4;
    c.chip.fuse_corr = true;
    vcd_window_matches(&c, &xor_data(), 0..600);
    // Handovers: the next step's load and baseline while the perturbed inference drains.
    c.chip.handover = true;
    vcd_window_matches(&c, &xor_data(), 0..600);
    c.chip.handover = false;
    let mut c = nist_config();
    c.chip.lanes = 8;
    c.chip.pipeline = true;
    vcd_window_matches(&c, &nist_data(), 500..900);
    // Node perturbation with the pipeline, per layer and with momentum: the sweep's operand,
    // product and update stages and the banks' reads of the registered row, cycle by cycle.
    let mut c = xor_config();
    c.mgd.target = PerturbTarget::Node;
    c.mgd.per_layer = true;
    c.mgd.optimizer = Optimizer::Momentum { gamma: 0.9 };
    c.chip.lanes = 3;
    c.chip.pipeline = true;
    // Its registers only: the model's VCD writes some ports (the correlator's, the LFSR's
    // step) as weight perturbation drives them.
    vcd_window_matches_where(&c, &xor_data(), 0..400, |n| n.ends_with("/q"));
    // Neurons side by side: every neuron's and cost term's signals, pipelined.
    let mut c = xor_config();
    c.network.layers = vec![2, 4, 2];
    c.mgd.target = PerturbTarget::Node;
    c.chip.lanes = 2;
    c.chip.pe = 2;
    c.chip.pipeline = true;
    vcd_window_matches_where(&c, &xor_data(), 0..400, |n| {
        n.ends_with("/q") || n.contains("neurons$") || n.contains("cost_terms$")
    });
}
