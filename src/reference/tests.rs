//! Learning tests of the reference trainers, run through the shared `run::train` loop, and
//! checks of the trainer's bookkeeping (gradient, inference count, noise, determinism).
//!
//! The numbers in the comments were measured with `cargo test --lib reference` (test profile,
//! opt-level 1); runs are deterministic, so they are exact for this code.

use super::net::{Activations, Network};
use super::testutil::{self, config, schedule};
use super::{Backprop, Mgd};
use crate::config::{
    Activation, Config, Mode, Optimizer, PerturbTarget, PerturbationKind, UpdateNoise,
};
use crate::datasets::Dataset;
use crate::run::{train, RunResult, Trainer};

fn run_mgd(c: &Config, d: &Dataset) -> RunResult {
    train(&mut Mgd::new(c, d), d, &schedule(c), |_| {})
}

fn run_bp(c: &Config, d: &Dataset) -> RunResult {
    train(&mut Backprop::new(c, d), d, &schedule(c), |_| {})
}

/// Print what a run did (visible with `--nocapture`), return the step that reached the target.
fn report(tag: &str, r: &RunResult) -> Option<u64> {
    eprintln!(
        "{tag}: reached at step {:?} (inferences {:?}); last step {} test acc {:.3}; best {:.3}",
        r.reached.map(|p| p.step),
        r.reached.map(|p| p.inferences),
        r.last.step,
        r.last.test.accuracy,
        r.best_test_accuracy
    );
    r.reached.map(|p| p.step)
}

fn nist_config() -> Config {
    let mut c = config(&[49, 4, 4], 0.01, 1.0, (-0.5, 0.5), 200_000);
    c.run.target_accuracy = 0.8;
    c
}

// ---- bookkeeping --------------------------------------------------------------------------

/// With time multiplexing, one sample held and no update during a sweep, G after P steps is
/// the forward-difference gradient: it must match backprop to O(dtheta). Checks the trainer's
/// own correlation path (weight and node perturbation), not just the perturbation generator.
#[test]
fn time_multiplexed_sweep_in_the_trainer_gives_the_backprop_gradient() {
    let d = testutil::xor();
    for target in [PerturbTarget::Weight, PerturbTarget::Node] {
        let mut c = config(&[2, 3, 2], 1e-6, 0.1, (-1.0, 1.0), 100);
        c.mgd.perturbation = PerturbationKind::Time;
        c.mgd.target = target;
        let mut one = d.clone();
        one.train.truncate(1);
        one.train[0].x = vec![0.3, 0.8];
        let probe = Mgd::new(&c, &one);
        let n = match target {
            PerturbTarget::Weight => probe.network().n_params(),
            PerturbTarget::Node => probe.network().n_nodes(),
        } as u32;
        c.mgd.tau_x = n;
        c.mgd.tau_theta = n;
        let mut t = Mgd::new(&c, &one);
        for _ in 0..n {
            t.step();
        }
        let net = t.network();
        let mut buf = Activations::default();
        net.forward(t.theta(), &one.train[0].x, None, &mut buf);
        let mut g = vec![0.0; net.n_params()];
        net.add_gradient(t.theta(), &buf, one.train[0].label, &mut g);
        // Node perturbation estimates dC/dh_j; with one-at-a-time sweeps that is exact too.
        for (i, (a, b)) in t.grad().iter().zip(&g).enumerate() {
            assert!(
                (a - b).abs() < 1e-5,
                "{target:?} param {i}: MGD {a} backprop {b}"
            );
        }
        // Baseline once (x and theta fixed for the sweep) + one perturbed inference per step.
        assert_eq!(t.inferences(), n as u64 + 1);
    }
}

/// Per layer (`mgd.per_layer`), random codes: with one sample and theta held, each layer's G
/// points along that layer's backprop gradient (each layer is measured alone, so the other
/// layers' perturbations add no noise), and a step is one perturbed inference per layer.
#[test]
fn per_layer_estimate_follows_the_backprop_gradient_in_every_layer() {
    let d = testutil::xor();
    for target in [PerturbTarget::Weight, PerturbTarget::Node] {
        let mut c = config(&[2, 3, 2], 1e-4, 0.1, (-1.0, 1.0), 100);
        c.mgd.target = target;
        c.mgd.per_layer = true;
        let steps = 4000;
        c.mgd.tau_x = steps;
        c.mgd.tau_theta = steps;
        let mut one = d.clone();
        one.train.truncate(1);
        one.train[0].x = vec![0.3, 0.8];
        let mut t = Mgd::new(&c, &one);
        for _ in 0..steps {
            t.step();
        }
        // One baseline (x and theta fixed) + one perturbed inference per layer and step.
        assert_eq!(t.inferences(), 2 * steps as u64 + 1, "{target:?}");
        let net = t.network();
        let mut buf = Activations::default();
        net.forward(t.theta(), &one.train[0].x, None, &mut buf);
        let mut g = vec![0.0; net.n_params()];
        net.add_gradient(t.theta(), &buf, one.train[0].label, &mut g);
        // Each layer's code has amplitude dtheta / sqrt(N_l), so E[e] = g / N_l there.
        let n_l = match target {
            PerturbTarget::Weight => [9.0, 8.0],
            PerturbTarget::Node => [3.0, 2.0],
        };
        for (l, r) in [(0, 0..9), (1, 9..17)] {
            let (a, b) = (&t.grad()[r.clone()], &g[r]);
            let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
            let norm = |v: &[f64]| v.iter().map(|x| x * x).sum::<f64>().sqrt();
            let cos = dot / (norm(a) * norm(b));
            assert!(cos > 0.95, "{target:?} layer {l}: cos {cos}");
            let gain = dot / (norm(b) * norm(b)) / f64::from(steps) * n_l[l];
            assert!(
                (gain - 1.0).abs() < 0.05,
                "{target:?} layer {l}: gain {gain}"
            );
        }
    }
}

/// A network of one layer has nothing to split: per layer is the all-at-once run bit for bit.
#[test]
fn per_layer_with_one_layer_is_the_all_at_once_run() {
    let d = testutil::xor();
    for target in [PerturbTarget::Weight, PerturbTarget::Node] {
        let mut c = config(&[2, 1], 0.05, 0.1, (-1.0, 1.0), 100);
        c.mgd.target = target;
        c.mgd.tau_x = 3;
        c.mgd.tau_theta = 2;
        c.noise.cost_sigma = 1e-3;
        let mut all = Mgd::new(&c, &d);
        c.mgd.per_layer = true;
        let mut per = Mgd::new(&c, &d);
        for _ in 0..500 {
            all.step();
            per.step();
        }
        assert_eq!(all.theta(), per.theta(), "{target:?}");
        assert_eq!(all.inferences(), per.inferences(), "{target:?}");
    }
}

#[test]
fn inferences_count_baselines_only_when_x_or_theta_changed() {
    let d = testutil::xor();
    let mut c = config(&[2, 2, 1], 0.05, 0.1, (0.0, 1.0), 100);
    let mut t = Mgd::new(&c, &d);
    (0..100).for_each(|_| t.step());
    assert_eq!(t.inferences(), 200);
    c.mgd.tau_x = 4;
    c.mgd.tau_theta = 8;
    let mut t = Mgd::new(&c, &d);
    (0..100).for_each(|_| t.step());
    // A new sample every 4 steps (updates fall on sample changes): 100 + 25 baselines.
    assert_eq!(t.inferences(), 125);
    c.mgd.mode = Mode::Analog;
    let mut t = Mgd::new(&c, &d);
    (0..100).for_each(|_| t.step());
    assert_eq!(t.inferences(), 100);
}

/// The held perturbation is applied afresh each step, never accumulated into theta.
#[test]
fn held_perturbation_does_not_drift_theta() {
    let d = testutil::xor();
    let mut c = config(&[2, 2, 1], 0.05, 0.1, (0.0, 1.0), 100);
    c.mgd.tau_p = 7;
    c.mgd.tau_theta = 1000;
    let mut t = Mgd::new(&c, &d);
    let before = t.theta().to_vec();
    (0..999).for_each(|_| t.step());
    assert_eq!(t.theta(), &before[..]);
}

#[test]
fn update_noise_is_one_scalar_when_shared_and_independent_per_weight() {
    let d = testutil::xor();
    for (mode, shared) in [(UpdateNoise::Shared, true), (UpdateNoise::PerWeight, false)] {
        let mut c = config(&[2, 2, 1], 0.05, 0.0, (0.0, 1.0), 100);
        c.noise.update_sigma = 0.1;
        c.noise.update_noise = mode;
        let mut t = Mgd::new(&c, &d);
        let before = t.theta().to_vec();
        (0..2).for_each(|_| t.step()); // step 1 updates once, with eta = 0: only noise moves
        let moved: Vec<f64> = t.theta().iter().zip(&before).map(|(a, b)| a - b).collect();
        assert!(moved[0] != 0.0);
        let all_equal = moved.iter().all(|m| (m - moved[0]).abs() < 1e-12);
        assert_eq!(all_equal, shared, "{mode:?}: {moved:?}");
    }
}

#[test]
fn device_variation_changes_the_network_and_mgd_still_trains_it() {
    let d = testutil::nist7x7();
    let mut c = nist_config();
    c.noise.activation_variation = 0.2;
    let t = Mgd::new(&c, &d);
    assert!(t
        .network()
        .variation()
        .iter()
        .any(|v| v.k != 1.0 && v.x0 != 0.0));
    assert!(report("nist7x7 MGD, variation 0.2", &run_mgd(&c, &d)).is_some());
}

// ---- determinism ----------------------------------------------------------------------------

#[test]
fn same_seed_gives_identical_runs_and_another_seed_differs() {
    let d = testutil::nist7x7();
    let mut c = nist_config();
    c.run.steps = 3000;
    c.run.stop_at_target = false;
    c.noise.cost_sigma = 1e-4;
    c.noise.update_sigma = 1e-4;
    c.noise.activation_variation = 0.1;
    c.run.eval_interval = 500;
    for target in [PerturbTarget::Weight, PerturbTarget::Node] {
        c.mgd.target = target;
        let a = run_mgd(&c, &d);
        assert_eq!(a, run_mgd(&c, &d));
        let mut c2 = c.clone();
        c2.run.seed += 1;
        assert_ne!(a, run_mgd(&c2, &d));
    }
    c.backprop.batch = 4;
    let a = run_bp(&c, &d);
    assert_eq!(a, run_bp(&c, &d));
    c.run.seed += 1;
    assert_ne!(a, run_bp(&c, &d));
}

// ---- learning: the spec's experiments -----------------------------------------------------

/// Paper A's XOR: 2-2-1 sigmoid, random codes, dtheta 0.05, eta 0.1, tau 1/1/1,
/// theta0 ~ U(0,1), 200k steps. Measured over seeds 1..=10 (with `datasets::load("xor")`):
/// eight reach 100%; seeds 2 and 4 sit at 75%, the XOR local minimum. Backprop (batch 1)
/// from the same theta0 solves at least eight of the ten within 20k steps.
#[test]
fn xor_mgd_random_codes_solves_eight_of_ten_seeds_in_200k_steps() {
    let d = testutil::xor();
    let (mut solved, mut bp_solved) = (Vec::new(), Vec::new());
    for seed in 1..=10 {
        let mut c = config(&[2, 2, 1], 0.05, 0.1, (0.0, 1.0), 200_000);
        c.run.seed = seed;
        if report(&format!("xor MGD seed {seed}"), &run_mgd(&c, &d)).is_some() {
            solved.push(seed);
        }
        c.run.steps = 20_000;
        if report(&format!("xor backprop seed {seed}"), &run_bp(&c, &d)).is_some() {
            bp_solved.push(seed);
        }
    }
    eprintln!("xor solved: MGD {solved:?}, backprop {bp_solved:?}");
    assert_eq!(solved, [1, 3, 5, 6, 7, 8, 9, 10]);
    assert!(bp_solved.len() >= 8, "backprop solved {bp_solved:?}");
}

/// NIST7x7-like, 49-4-4 sigmoid, random codes, dtheta 0.01, eta 1, tau 1/1/1, U(-0.5, 0.5).
#[test]
fn nist7x7_mgd_passes_80_percent_and_backprop_reaches_100() {
    let d = testutil::nist7x7();
    let c = nist_config();
    let s = report("nist7x7 MGD random", &run_mgd(&c, &d));
    assert!(s.is_some_and(|s| s <= 50_000));
    let mut c = c;
    c.run.target_accuracy = 1.0;
    c.run.steps = 20_000;
    c.run.eval_interval = 100;
    assert!(report("nist7x7 backprop", &run_bp(&c, &d)).is_some());
}

/// 4-bit parity, 4-8-1 sigmoid, random codes, dtheta 0.05, theta0 ~ U(-1, 1): weight
/// perturbation (eta 0.5) solves four of five seeds within 400k steps, node perturbation
/// (eta 1) two of three within 400k. The seeds that fail sit at 15/16.
#[test]
fn parity4_is_solved_by_mgd_with_eight_hidden_units() {
    let d = testutil::parity(4);
    let solved = |c: &mut Config, seeds: std::ops::RangeInclusive<u64>, tag: &str| {
        let mut ok = Vec::new();
        for seed in seeds {
            c.run.seed = seed;
            if report(&format!("parity4 {tag} seed {seed}"), &run_mgd(c, &d)).is_some() {
                ok.push(seed);
            }
        }
        ok
    };
    // Weight perturbation, eta 0.5: seed 2 stays at 15/16 (measured up to 400k steps).
    let mut c = config(&[4, 8, 1], 0.05, 0.5, (-1.0, 1.0), 400_000);
    assert_eq!(solved(&mut c, 1..=5, "MGD weight"), [1, 3, 4, 5]);
    // Node perturbation, eta 1.
    c.mgd.eta = 1.0;
    c.mgd.target = PerturbTarget::Node;
    assert_eq!(solved(&mut c, 1..=3, "MGD node"), [2, 3]);
    // Backprop full batch (16) reaches 100% in a few thousand steps.
    c.backprop.batch = 16;
    c.run.steps = 50_000;
    c.run.seed = 1;
    assert!(report("parity4 backprop", &run_bp(&c, &d)).is_some());
}

fn digits_config() -> Config {
    let mut c = config(&[64, 16, 10], 0.01, 3.0, (-0.3, 0.3), 400_000);
    c.run.target_accuracy = 0.9;
    c.run.eval_interval = 10_000;
    c
}

/// UCI digits, 64-16-10 sigmoid, node perturbation, random codes, dtheta 0.01, eta 3.
#[test]
fn digits_mgd_node_perturbation_reaches_90_percent() {
    let d = testutil::digits(0);
    let mut c = digits_config();
    c.mgd.target = PerturbTarget::Node;
    assert!(report("digits MGD node random", &run_mgd(&c, &d)).is_some());
    c.mgd.perturbation = PerturbationKind::Walsh;
    assert!(report("digits MGD node walsh", &run_mgd(&c, &d)).is_some());
    // Backprop on the same network: 20k single-sample steps (about 14 epochs).
    c.run.steps = 20_000;
    c.run.target_accuracy = 1.0;
    c.run.eval_interval = 1000;
    let r = run_bp(&c, &d);
    report("digits backprop", &r);
    assert!(r.last.test.accuracy >= 0.93);
}

/// Weight perturbation on digits needs P = 1210 quantities: eta 30, about 280k steps.
#[test]
fn digits_mgd_weight_perturbation_reaches_90_percent() {
    let d = testutil::digits(0);
    let mut c = digits_config();
    c.mgd.eta = 30.0;
    c.run.eval_interval = 20_000;
    assert!(report("digits MGD weight random", &run_mgd(&c, &d)).is_some());
}

// ---- learning: features -----------------------------------------------------------------

#[test]
fn node_perturbation_passes_80_percent_on_nist7x7() {
    let d = testutil::nist7x7();
    let mut c = nist_config();
    c.mgd.target = PerturbTarget::Node;
    assert!(report("nist7x7 MGD node", &run_mgd(&c, &d)).is_some_and(|s| s <= 10_000));
}

#[test]
fn every_perturbation_type_trains_nist7x7() {
    let d = testutil::nist7x7();
    let mut c = nist_config();
    for k in [
        PerturbationKind::Time,
        PerturbationKind::Sinusoid,
        PerturbationKind::Random,
        PerturbationKind::Walsh,
    ] {
        c.mgd.perturbation = k;
        assert!(
            report(&format!("nist7x7 MGD {k:?}"), &run_mgd(&c, &d)).is_some(),
            "{k:?}"
        );
    }
}

#[test]
fn momentum_and_adam_train_nist7x7() {
    let d = testutil::nist7x7();
    let mut c = nist_config();
    c.mgd.optimizer = Optimizer::Momentum { gamma: 0.9 };
    c.mgd.eta = 0.1;
    assert!(report("nist7x7 MGD momentum", &run_mgd(&c, &d)).is_some());
    c.mgd.optimizer = Optimizer::Adam {
        beta1: 0.9,
        beta2: 0.999,
    };
    c.mgd.eta = 0.003;
    c.run.target_accuracy = 0.9;
    assert!(report("nist7x7 MGD adam", &run_mgd(&c, &d)).is_some_and(|s| s <= 20_000));
}

/// Analog mode needs the sample held (`tau_x` > 1): the high-pass is reset on every new sample,
/// so with `tau_x` = 1 it never sees a cost difference.
#[test]
fn analog_mode_trains_nist7x7_and_xor() {
    let d = testutil::nist7x7();
    let mut c = nist_config();
    c.mgd.mode = Mode::Analog;
    c.mgd.tau_x = 10;
    c.mgd.tau_theta = 10;
    assert!(report("nist7x7 MGD analog", &run_mgd(&c, &d)).is_some());
    let d = testutil::xor();
    let mut c = config(&[2, 2, 1], 0.05, 1.0, (0.0, 1.0), 200_000);
    c.mgd.mode = Mode::Analog;
    c.mgd.tau_x = 100;
    c.mgd.tau_theta = 10;
    let mut solved = Vec::new();
    for seed in 1..=5 {
        c.run.seed = seed;
        if report(&format!("xor MGD analog seed {seed}"), &run_mgd(&c, &d)).is_some() {
            solved.push(seed);
        }
    }
    // Seeds 1 and 4 stay at 75% (the XOR local minimum) for the whole 200k steps.
    assert_eq!(solved, [2, 3, 5]);
}

#[test]
fn cost_clip_and_hard_sigmoid_still_train_nist7x7() {
    let d = testutil::nist7x7();
    let mut c = nist_config();
    c.mgd.cost_clip = Some(1e-3);
    c.network.activation = Activation::HardSigmoid;
    assert!(report("nist7x7 MGD hard sigmoid, clip", &run_mgd(&c, &d)).is_some());
}

#[test]
fn relu_network_is_built_and_evaluated() {
    let net = Network::new(&[49, 4, 4], Activation::Relu);
    let d = testutil::nist7x7();
    let theta = vec![0.0; net.n_params()];
    // All-zero parameters: every output 0, argmax picks class 0 (N), a quarter of the set.
    assert_eq!(net.evaluate(&theta, &d.test).accuracy, 0.25);
}

// ---- weight storage: the devices layer plugged into the trainer ---------------------------

#[test]
fn ideal_store_is_bit_identical_to_plain_registers() {
    let d = testutil::nist7x7();
    let mut c = nist_config();
    c.run.steps = 3_000;
    let plain = run_mgd(&c, &d);
    c.device = Some(crate::devices::DeviceModel::Ideal);
    assert_eq!(run_mgd(&c, &d), plain);
}

#[test]
fn stuck_weights_never_move_and_the_rest_still_train() {
    let d = testutil::nist7x7();
    let mut c = nist_config();
    c.stuck = Some(crate::devices::StuckSpec {
        fraction: 0.05,
        values: vec![-1.0, 1.0],
        seed: 3,
    });
    let mut t = Mgd::new(&c, &d);
    let before = t.theta().to_vec();
    let stuck: Vec<usize> = before
        .iter()
        .enumerate()
        .filter(|(_, &v)| v.abs() == 1.0)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(stuck.len(), 11, "5% of 220 weights");
    let r = train(&mut t, &d, &schedule(&c), |_| {});
    assert!(
        stuck.iter().all(|&i| t.theta()[i] == before[i]),
        "a stuck weight moved"
    );
    assert!(report("nist7x7 with 5% stuck", &r).is_some());
}

/// Paper B's normalisation: with random codes in the linear regime, the first update's size is
/// about `eta |grad|` whatever the perturbed count and `tau_theta` (paper A's shrinks as 1/n).
#[test]
fn paper_b_normalisation_makes_the_step_about_eta_times_the_gradient_norm() {
    use super::Normalisation;
    let d = testutil::digits(0);
    let mut one = d.clone();
    one.train.truncate(1);
    for (layers, target, tau) in [
        (vec![64, 4, 10], PerturbTarget::Weight, 1),
        (vec![64, 16, 10], PerturbTarget::Weight, 50),
        (vec![64, 16, 10], PerturbTarget::Node, 20),
    ] {
        let mut c = config(&layers, 1e-4, 1e-3, (-0.5, 0.5), 100);
        c.mgd.target = target;
        c.mgd.tau_theta = tau;
        let mut ratios = Vec::new();
        for seed in 1..=20 {
            c.run.seed = seed;
            let mut m = Mgd::new(&c, &one);
            m.set_normalisation(Normalisation::PaperB);
            let net = m.network().clone();
            let theta0 = m.theta().to_vec();
            let mut buf = Activations::default();
            net.forward(&theta0, &one.train[0].x, None, &mut buf);
            let mut g = vec![0.0; theta0.len()];
            net.add_gradient(&theta0, &buf, one.train[0].label, &mut g);
            for _ in 0..=tau {
                m.step();
            }
            let step: f64 = m
                .theta()
                .iter()
                .zip(&theta0)
                .map(|(a, b)| (a - b).powi(2))
                .sum::<f64>()
                .sqrt();
            let gn: f64 = g.iter().map(|x| x * x).sum::<f64>().sqrt();
            ratios.push(step / (1e-3 * gn));
        }
        let mean = ratios.iter().sum::<f64>() / ratios.len() as f64;
        // Node perturbation's G is delta x^T: its norm also carries |x|, so only weight
        // perturbation has the exact ~1; node stays within a small factor.
        let ok = match target {
            PerturbTarget::Weight => (0.7..1.3).contains(&mean),
            PerturbTarget::Node => (0.2..5.0).contains(&mean),
        };
        assert!(
            ok,
            "{layers:?} {target:?} tau {tau}: mean |step|/(eta|g|) = {mean}"
        );
    }
}
