//! `RtlTrainer`: the cycle-accurate engine that drives the rust-hdl chip (`blocks::trainer::
//! MgdTrainer`) directly, one clock edge at a time (not rust-hdl's threaded `Simulation`),
//! behind `crate::run::Trainer`; and its VCD output. Weights are read out through the chip's
//! own read-out port and evaluated with the one fixed-point evaluation, `model::network`.
//!
//! Tests at the bottom: cycle budget, reset mid-run, XOR learned to 100%, VCD names, the
//! stream port, and the exported Verilog under Icarus against this simulation.

use std::cell::RefCell;
use std::io::Write;
use std::ops::Range;

use crate::blocks::sequencer::SeqState;
use crate::blocks::trainer::MgdTrainer;
use crate::chip::{ChipPlan, Schedule};
use crate::datasets::Sample;
use crate::fixed::{from_hw, to_hw, Theta};
use crate::model::network;
pub use crate::model::vcd::VcdError;
use crate::run::{Evaluation, Trainer};
use rust_hdl::core::vcd_probe::VCDProbe;
use rust_hdl::prelude::*;

/// The cycle-accurate engine: drives `MgdTrainer` directly, one clock edge at a time.
pub struct RtlTrainer {
    chip: RefCell<Box<MgdTrainer>>,
    plan: ChipPlan,
    cycles: u64,
    steps: u64,
    inferences: u64,
    vcd: Option<VCDProbe<Box<dyn Write>>>,
    /// Clock period of the VCD's time axis, in its unit (ps).
    vcd_period_ps: u64,
}

impl RtlTrainer {
    /// Build the chip of `plan` (made by `ChipPlan::for_rtl`) and reset it (1 + P cycles).
    pub fn new(plan: ChipPlan) -> Self {
        assert!(
            plan.storage.is_none(),
            "the RTL holds its weights in registers"
        );
        let mut chip = Box::new(MgdTrainer::new(&plan));
        chip.connect_all();
        assert!(crate::blocks::settle(&mut *chip));
        let mut t = Self {
            chip: RefCell::new(chip),
            plan,
            cycles: 0,
            steps: 0,
            inferences: 0,
            vcd: None,
            vcd_period_ps: crate::model::vcd::PERIOD_PS,
        };
        t.reset();
        t
    }

    /// Assert `reset` for one cycle and run the Init sweep (P cycles).
    pub fn reset(&mut self) {
        self.chip.get_mut().reset.next = true;
        self.tick();
        self.chip.get_mut().reset.next = false;
        while self.chip.get_mut().sequencer.state.q.val() == SeqState::Init {
            self.tick();
        }
        self.steps = 0;
    }

    /// One rising clock edge; counts inferences started at it. Returns whether a step ended
    /// at this edge. (Signals are settled after every edge, so the strobes read here are
    /// those of the cycle that ends.)
    pub fn tick(&mut self) -> bool {
        let chip = self.chip.get_mut();
        if self.plan.stream_only {
            // A stream-only chip's source: the training set in the chip's order, no stalls, so
            // the run is cycle for cycle the sample-ROM run.
            let (x, label) = chip.wanted_word(&self.plan);
            chip.sample_valid.next = true;
            chip.sample_data.next = to_hw(x.0 as i64);
            chip.sample_label.next = usize::from(label).to_bits();
        }
        if chip.sequencer.net_start.val() {
            self.inferences += 1;
        }
        let step_done = chip.sequencer.step_done.val();
        // VCD time: cycle c's edge at c periods, the clock low for the first half.
        let t = self.cycles * self.vcd_period_ps;
        chip.clock.next = false.into();
        assert!(
            simulate(&mut **chip, crate::blocks::SETTLE_PASSES),
            "no settle with clock low"
        );
        if let Some(v) = self.vcd.take() {
            let mut v = v;
            let _ = v.timestamp(t);
            self.vcd = Some(write_vcd_change(v, &**chip));
        }
        chip.clock.next = true.into();
        assert!(
            simulate(&mut **chip, crate::blocks::SETTLE_PASSES),
            "no settle with clock high"
        );
        if let Some(v) = self.vcd.take() {
            let mut v = v;
            let _ = v.timestamp(t + self.vcd_period_ps / 2);
            self.vcd = Some(write_vcd_change(v, &**chip));
        }
        self.cycles += 1;
        // Counted here, so that every caller of `tick` (steps, VCD windows) keeps `steps` true.
        if step_done {
            self.steps += 1;
        }
        step_done
    }

    /// Clock cycles simulated so far (reset and Init included).
    pub fn cycles(&self) -> u64 {
        self.cycles
    }

    /// The plan the chip was built from.
    pub fn plan(&self) -> &ChipPlan {
        &self.plan
    }

    /// The chip itself, to drive its ports (e.g. the sample stream) before [`Self::tick`].
    pub fn chip_mut(&mut self) -> &mut MgdTrainer {
        self.chip.get_mut()
    }

    /// The chip's schedule (its cycle budget).
    pub fn budget(&self) -> Schedule {
        self.plan.schedule
    }

    /// The chip's parameters, read through its read-out port: one `read_clock` strobe per
    /// parameter, no `clock` edge.
    pub fn weights(&self) -> Vec<Theta> {
        let mut chip = self.chip.borrow_mut();
        (0..self.plan.theta0.len())
            .map(|i| {
                chip.read_addr.next = i.to_bits();
                assert!(crate::blocks::drive(&mut **chip, |c| &mut c.read_clock));
                Theta(from_hw(chip.read_theta.val()) as i32)
            })
            .collect()
    }

    /// The chip's gradient accumulators G_i (probe of the lanes' `grad_mem` banks).
    pub fn grads(&self) -> Vec<i64> {
        let chip = self.chip.borrow();
        (0..self.plan.theta0.len())
            .map(|i| from_hw(chip.grad_at(&self.plan, i)))
            .collect()
    }

    /// The chip's `done` flag (halted: at the step budget or at the target).
    pub fn done(&self) -> bool {
        self.chip.borrow().sequencer.state.q.val() == SeqState::Halt
    }

    /// The chip's `at_target` port: it halted because its evaluation reached the target.
    pub fn at_target(&self) -> bool {
        self.chip.borrow().at_target.val()
    }

    /// The chip's `correct` port: correct samples of its last evaluation.
    pub fn correct(&self) -> u32 {
        self.chip.borrow().correct.val().to_u64() as u32
    }

    /// Time the VCD at a clock of `mhz` (default 100 MHz: 10 ns per cycle; the VCD unit is
    /// 1 ps), so that its times agree with `mgdsim timing --clock-mhz`.
    pub fn set_vcd_clock_mhz(&mut self, mhz: f64) {
        self.vcd_period_ps = ((1e6 / mhz).round() as u64).max(2);
    }

    /// Record a VCD of cycles `window` (from the current cycle on) to `w`: hierarchical scopes
    /// named after the blocks (`uut` / `sequencer`, `perturbation`, ...). Runs the chip.
    pub fn record_vcd(&mut self, w: Box<dyn Write>, window: Range<u64>) {
        while self.cycles < window.start {
            self.tick();
        }
        let chip = self.chip.get_mut();
        let probe = write_vcd_header(w, &**chip);
        self.vcd = Some(write_vcd_dump(probe, &**chip));
        while self.cycles < window.end {
            self.tick();
        }
        self.vcd = None;
    }
}

impl Trainer for RtlTrainer {
    fn step(&mut self) {
        loop {
            if self.done() {
                return;
            }
            if self.tick() {
                return;
            }
        }
    }

    fn steps(&self) -> u64 {
        self.steps
    }

    fn inferences(&self) -> u64 {
        self.inferences
    }

    fn cycles(&self) -> Option<u64> {
        Some(RtlTrainer::cycles(self))
    }

    fn finish_evaluation(&mut self) {
        while self.chip.get_mut().sequencer.state.q.val().is_eval() {
            self.tick();
        }
    }

    fn settle(&mut self) {
        while self.chip.get_mut().sweep_busy() && !self.done() {
            self.tick();
        }
    }

    fn chip_status(&self) -> Option<crate::run::ChipStatus> {
        Some(crate::run::ChipStatus {
            done: self.done(),
            at_target: self.at_target(),
            correct: self.correct(),
        })
    }

    /// Evaluated with `model::network` on the weights read out of the chip. Samples whose
    /// inputs do not fit the act format give cost NaN and accuracy 0.
    fn evaluate(&self, samples: &[Sample]) -> Evaluation {
        network::evaluation(&self.plan, &self.weights(), samples)
    }
}

/// Write a VCD of cycles `window` of a fresh chip of `plan` to `path`.
pub fn write_vcd(
    plan: ChipPlan,
    window: Range<u64>,
    path: &std::path::Path,
) -> Result<(), VcdError> {
    let mut t = RtlTrainer::new(plan);
    let file =
        std::fs::File::create(path).map_err(|e| VcdError::Io(path.display().to_string(), e))?;
    t.record_vcd(Box::new(std::io::BufWriter::new(file)), window);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::datasets::Dataset;
    use crate::fixed::{from_f64, ACT_W};
    use crate::fixtures::{xor_config, xor_data};

    /// The RTL engine of `c` trained on `d`.
    pub fn rtl_of(c: &Config, d: &Dataset) -> RtlTrainer {
        RtlTrainer::new(ChipPlan::for_rtl(c, &d.train).expect("the chip builds it"))
    }

    #[test]
    fn trainer_cycle_budget_matches_the_simulation() {
        for (tau_x, tau_p, tau_theta) in [(1, 1, 1), (2, 1, 3), (4, 2, 2)] {
            let mut c = xor_config();
            c.mgd.tau_x = tau_x;
            c.mgd.tau_p = tau_p;
            c.mgd.tau_theta = tau_theta;
            let mut t = rtl_of(&c, &xor_data());
            let b = t.budget();
            assert_eq!(t.cycles(), b.reset());
            for n in 1..=12u64 {
                t.step();
                assert_eq!(
                    t.cycles(),
                    b.run(n),
                    "taus {tau_x}/{tau_p}/{tau_theta}, {n} steps"
                );
            }
            if (tau_x, tau_theta) == (1, 1) {
                assert_eq!(b.step(5), 3 * 9 + 2 + 5, "3P + n_in + 5");
                assert_eq!(
                    t.inferences(),
                    24 + 4,
                    "two inferences per step, four for the evaluation after Init"
                );
            }
        }
    }

    /// Node perturbation's pipelined sweep overlaps the next step's start: the training loop
    /// lets its writes land before each evaluation (`Trainer::settle`), so this engine's
    /// curve is the fast model's at every evaluation, and its cycle counts are the step's.
    #[test]
    fn settled_evaluations_agree_with_the_fast_model() {
        let path = std::path::Path::new("sim/configs/nist7x7_hw_one_layer_np.toml");
        let c = Config::load(path).unwrap();
        let d = crate::datasets::load("nist7x7", std::path::Path::new("."), 0.0, 1).unwrap();
        let plan = ChipPlan::for_rtl(&c, &d.train).unwrap();
        assert!(plan.sweep_overlaps());
        let sched = crate::run::Schedule {
            steps: 60,
            eval_interval: 10,
            target_accuracy: 1.0,
            stop_at_target: false,
        };
        let mut rtl = RtlTrainer::new(plan.clone());
        let mut fast = crate::model::FastTrainer::new(plan);
        let a = crate::run::train(&mut rtl, &d, &sched, |_| {}).curve;
        let b = crate::run::train(&mut fast, &d, &sched, |_| {}).curve;
        assert_eq!(a, b);
        assert_eq!(a.len(), 7);
        assert!(a.windows(2).all(|w| w[0].cycles < w[1].cycles));
    }

    #[test]
    fn reset_mid_run_replays_the_run() {
        let c = xor_config();
        let mut a = rtl_of(&c, &xor_data());
        for _ in 0..30 {
            a.step();
        }
        let mut b = rtl_of(&c, &xor_data());
        for _ in 0..17 {
            b.step();
        }
        for _ in 0..13 {
            b.tick(); // stop mid-step
        }
        assert_ne!(b.weights(), a.plan().theta0, "training moved theta");
        b.reset();
        assert_eq!(b.weights(), a.plan().theta0, "reset restores theta0");
        assert!(b.grads().iter().all(|&g| g == 0), "reset clears G");
        for _ in 0..30 {
            b.step();
        }
        assert_eq!(b.weights(), a.weights());
        assert_eq!(b.grads(), a.grads());
    }

    /// Scope paths (`uut/sequencer`) and variable paths (`uut/sequencer/tau_p`) of a VCD.
    fn vcd_names(path: &std::path::Path) -> (Vec<String>, Vec<String>, usize) {
        fn walk(
            prefix: &str,
            items: &[vcd::ScopeItem],
            scopes: &mut Vec<String>,
            vars: &mut Vec<String>,
        ) {
            for it in items {
                match it {
                    vcd::ScopeItem::Scope(sc) => {
                        let name = format!("{prefix}/{}", sc.identifier);
                        scopes.push(name.clone());
                        walk(&name, &sc.items, scopes, vars);
                    }
                    vcd::ScopeItem::Var(v) => vars.push(format!("{prefix}/{}", v.reference)),
                    _ => {}
                }
            }
        }
        let f = std::io::BufReader::new(std::fs::File::open(path).unwrap());
        let mut parser = vcd::Parser::new(f);
        let header = parser.parse_header().unwrap();
        let (mut scopes, mut vars) = (vec![], vec![]);
        walk("", &header.items, &mut scopes, &mut vars);
        let changes = parser
            .map(|c| c.unwrap())
            .filter(|c| {
                matches!(
                    c,
                    vcd::Command::ChangeVector(..) | vcd::Command::ChangeScalar(..)
                )
            })
            .count();
        (scopes, vars, changes)
    }

    #[test]
    fn vcd_of_a_short_xor_run_names_the_blocks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("xor.vcd");
        write_vcd(
            ChipPlan::for_rtl(&xor_config(), &xor_data().train).unwrap(),
            20..120,
            &path,
        )
        .unwrap();
        let (scopes, vars, changes) = vcd_names(&path);
        for block in [
            "perturbation",
            "lanes$0/correlator",
            "lanes$0/accumulator",
            "sequencer",
            "network",
            "cost",
        ] {
            assert!(
                scopes.contains(&format!("/uut/{block}")),
                "scope {block} in {scopes:?}"
            );
        }
        for var in [
            "/uut/lanes$0/sign",
            "/uut/lanes$0/theta_pert",
            "/uut/lanes$0/correlator/corr",
            "/uut/lanes$0/correlator/cost_delta",
            "/uut/lanes$0/accumulator/grad",
            "/uut/lanes$0/accumulator/theta_next",
            "/uut/sequencer/tau_x",
            "/uut/sequencer/tau_p",
            "/uut/sequencer/tau_theta",
            "/uut/cost/cost_base",
            "/uut/neurons$0/row_sum",
        ] {
            assert!(vars.iter().any(|v| v == var), "{var} missing");
        }
        assert!(changes > 1000, "the window holds value changes ({changes})");
    }

    #[test]
    fn streamed_samples_train_like_the_sample_memory() {
        let c = xor_config();
        let data = xor_data();
        let mut rom = rtl_of(&c, &data);
        for _ in 0..40 {
            rom.step();
        }
        let mut s = rtl_of(&c, &data);
        let f = s.plan().formats.clone();
        s.chip_mut().stream_select.next = true;
        assert!(crate::blocks::settle(s.chip_mut()));
        let (mut word, mut cycle) = (0usize, 0u64);
        while s.steps() < 40 {
            let sample = &data.train[(word / 2) % 4];
            let stall = cycle % 3 == 1; // the source is not always ready
            let chip = s.chip_mut();
            let ready = chip.sample_ready.val();
            chip.sample_valid.next = !stall;
            chip.sample_data.next = to_hw(from_f64(sample.x[word % 2], f.act, "x").unwrap());
            chip.sample_label.next = sample.label.to_bits();
            s.tick();
            word += usize::from(ready && !stall);
            cycle += 1;
        }
        assert_eq!(s.weights(), rom.weights(), "same samples, same run");
        assert!(s.cycles() > rom.cycles(), "stalls cost cycles");
    }

    /// A chip without its sample ROM (`data.samples = "stream"`), fed by `RtlTrainer`'s stream
    /// source, runs cycle for cycle like the ROM chip.
    #[test]
    fn a_stream_only_chip_trains_like_the_sample_rom() {
        let data = xor_data();
        let mut c = xor_config();
        let mut rom = rtl_of(&c, &data);
        c.data.samples = crate::config::SampleSource::Stream;
        let mut s = rtl_of(&c, &data);
        assert_eq!(
            s.chip_mut().lanes[0].samples.data.val(),
            Signed::<ACT_W>::default()
        );
        for _ in 0..40 {
            rom.step();
            s.step();
        }
        assert_eq!(s.weights(), rom.weights());
        assert_eq!(s.cycles(), rom.cycles());
    }

    /// The exported Verilog, run by Icarus Verilog for the same cycles, ends with the same
    /// weights and step count as the rust-hdl simulation, with hard sigmoid and with the
    /// logistic table. Needs `iverilog` (`.ci/run` installs it): without it the test fails.
    #[test]
    fn exported_verilog_trains_like_the_simulation() {
        verilog_matches_simulation(&xor_config());
        verilog_matches_simulation(&crate::fixtures::xor_sigmoid_config());
    }

    fn verilog_matches_simulation(c: &Config) {
        let c = c.clone();
        let data = xor_data();
        let mut sim = rtl_of(&c, &data);
        for _ in 0..25 {
            sim.step();
        }
        let (n, p) = (sim.cycles(), sim.plan().theta0.len());
        let top = generate_verilog(&MgdTrainer::connected(sim.plan()));
        let tb = format!(
            "module tb;
reg clock = 0; reg reset = 1; reg stream_select = 0; reg sample_valid = 0;
reg [15:0] sample_data = 0; reg [7:0] sample_label = 0; reg [9:0] read_addr = 0;
reg read_clock = 0;
wire sample_ready; wire [15:0] read_theta; wire [31:0] steps; wire [31:0] current_cost; wire done;
top uut(.clock(clock), .reset(reset), .stream_select(stream_select), .sample_valid(sample_valid),
  .read_clock(read_clock),
  .sample_data(sample_data), .sample_label(sample_label), .sample_ready(sample_ready),
  .read_addr(read_addr), .read_theta(read_theta), .steps(steps), .current_cost(current_cost),
  .done(done));
integer i;
initial begin
  #1 clock = 1; #1 clock = 0; reset = 0;
  for (i = 1; i < {n}; i = i + 1) begin #1 clock = 1; #1 clock = 0; end
  $display(\"steps %0d\", steps);
  for (i = 0; i < {p}; i = i + 1) begin read_addr = i; #1 read_clock = 1; #1 read_clock = 0; $display(\"theta %0d\", $signed(read_theta)); end
  $finish;
end
endmodule
"
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("top.v"), format!("{top}\n{tb}")).unwrap();
        let build = std::process::Command::new("iverilog")
            .current_dir(dir.path())
            .args(["-o", "tb.vvp", "-s", "tb", "top.v"])
            .output()
            .expect("iverilog runs (apt-get install iverilog)");
        assert!(
            build.status.success(),
            "{}",
            String::from_utf8_lossy(&build.stderr)
        );
        let run = std::process::Command::new("vvp")
            .current_dir(dir.path())
            .arg("tb.vvp")
            .output()
            .expect("vvp runs (apt-get install iverilog)");
        let out = String::from_utf8_lossy(&run.stdout);
        let steps: Vec<u64> = out
            .lines()
            .filter_map(|l| l.strip_prefix("steps "))
            .map(|v| v.parse().unwrap())
            .collect();
        let theta: Vec<i32> = out
            .lines()
            .filter_map(|l| l.strip_prefix("theta "))
            .map(|v| v.trim().parse().unwrap())
            .collect();
        assert_eq!(steps, vec![25], "{out}");
        let want: Vec<i32> = sim.weights().iter().map(|t| t.0).collect();
        assert_eq!(theta, want, "Verilog and rust-hdl disagree");
        assert_ne!(
            want,
            sim.plan().theta0.iter().map(|t| t.0).collect::<Vec<_>>()
        );
    }
}

#[cfg(test)]
mod xor_tests {
    use super::tests::rtl_of;
    use super::*;
    use crate::config::Config;
    use crate::fixtures::{xor_config, xor_data};

    /// Train until 100% or `max` steps; returns (steps, cycles, seconds) at the target.
    pub fn train_xor(c: &Config, max: u64) -> Option<(u64, u64, f64)> {
        let data = xor_data();
        let mut t = rtl_of(c, &data);
        let t0 = std::time::Instant::now();
        while t.steps() < max {
            for _ in 0..50 {
                t.step();
            }
            if t.evaluate(&data.test).accuracy >= 1.0 {
                return Some((t.steps(), t.cycles(), t0.elapsed().as_secs_f64()));
            }
        }
        eprintln!(
            "final {:?} weights {:?}",
            t.evaluate(&data.test),
            t.weights()
        );
        None
    }

    /// The brief's acceptance test: the cycle-accurate chip learns XOR to 100% accuracy,
    /// through the shared training loop (`run::train`) and the `Trainer` trait.
    #[test]
    fn rtl_trainer_learns_xor_to_100_percent() {
        let c = xor_config();
        let data = xor_data();
        let mut t = rtl_of(&c, &data);
        let schedule = crate::run::Schedule {
            steps: 6_000,
            eval_interval: 50,
            target_accuracy: 1.0,
            stop_at_target: true,
        };
        let t0 = std::time::Instant::now();
        let r = crate::run::train(&mut t, &data, &schedule, |_| {});
        let secs = t0.elapsed().as_secs_f64();
        let reached = r.reached.expect("XOR reaches 100% within 6000 steps");
        eprintln!(
            "XOR 100% at step {} ({} inferences, {} cycles); {:.2} s, {:.0} cycles/s",
            reached.step,
            reached.inferences,
            t.cycles(),
            secs,
            t.cycles() as f64 / secs
        );
        assert_eq!(reached.test.accuracy, 1.0);
        assert!(
            reached.test.cost < 0.125,
            "outputs on the right side of 0.5"
        );
        let b = t.budget();
        assert_eq!(t.cycles(), chip_cycles(&t), "cycle budget formula");
        let evals =
            (0..t.steps()).filter(|&j| b.evaluates_after(j)).count() as u64 + u64::from(t.done());
        assert_eq!(
            t.inferences(),
            2 * t.steps() + 4 * evals,
            "tau_x = 1: baseline + perturbed per step, four per evaluation"
        );
    }

    /// The chip with the logistic sigmoid table learns XOR too (the shared test settings:
    /// Q2.12, dtheta 0.2, eta_shift 10; seed 5). Measured with the fast twin over seeds 1..=8
    /// (`--engine fast`, 20k steps): six reach 100% within 6,100 steps, seed 5 at 1,400; seeds
    /// 3 and 6 do not (the XOR local minimum).
    #[test]
    fn rtl_trainer_learns_xor_with_sigmoid() {
        let mut c = crate::fixtures::xor_sigmoid_config();
        c.run.seed = 5;
        let data = xor_data();
        let mut t = rtl_of(&c, &data);
        let schedule = crate::run::Schedule {
            steps: 6_000,
            eval_interval: 50,
            target_accuracy: 1.0,
            stop_at_target: true,
        };
        let t0 = std::time::Instant::now();
        let r = crate::run::train(&mut t, &data, &schedule, |_| {});
        let reached = r
            .reached
            .expect("sigmoid XOR reaches 100% within 6000 steps");
        eprintln!(
            "sigmoid XOR 100% at step {} ({} cycles); {:.2} s",
            reached.step,
            t.cycles(),
            t0.elapsed().as_secs_f64()
        );
        assert_eq!(reached.test.accuracy, 1.0);
        assert_eq!(t.cycles(), chip_cycles(&t), "no extra cycle");
    }

    /// The schedule's cycles of a chip stopped at a step boundary: [`Schedule::run`], or
    /// [`Schedule::done_at`] if its own evaluation halted it.
    fn chip_cycles(t: &RtlTrainer) -> u64 {
        let b = t.budget();
        match t.done() {
            true => b.done_at(t.steps()),
            false => b.run(t.steps()),
        }
    }

    /// Tuning aid (ignored): `XOR_SWEEP=eta_shift:dtheta:seed[:init_lo:init_hi[:tau_x:tau_p:tau_theta]],..`,
    /// `XOR_MAX=steps` and `XOR_ACT=sigmoid` (else hard sigmoid); prints (steps, cycles, seconds) to 100% or `None`.
    #[test]
    #[ignore]
    fn xor_sweep() {
        let spec = std::env::var("XOR_SWEEP").unwrap_or_else(|_| "12:0.1:1".into());
        for item in spec.split(',') {
            let v: Vec<&str> = item.split(':').collect();
            let (eta_shift, dtheta, seed) = (
                Some(v[0].parse().unwrap()),
                v[1].parse().unwrap(),
                v[2].parse().unwrap(),
            );
            {
                {
                    let mut c = xor_config();
                    if std::env::var("XOR_ACT").as_deref() == Ok("sigmoid") {
                        c.network.activation = crate::config::Activation::Sigmoid;
                    }
                    c.fixed.eta_shift = eta_shift;
                    c.mgd.dtheta = dtheta;
                    c.run.seed = seed;
                    if v.len() == 8 {
                        c.mgd.tau_x = v[5].parse().unwrap();
                        c.mgd.tau_p = v[6].parse().unwrap();
                        c.mgd.tau_theta = v[7].parse().unwrap();
                    }
                    if v.len() >= 5 {
                        c.mgd.init_lo = v[3].parse().unwrap();
                        c.mgd.init_hi = v[4].parse().unwrap();
                    }
                    let max = std::env::var("XOR_MAX").map_or(6_000, |v| v.parse().unwrap());
                    let r = train_xor(&c, max);
                    eprintln!("{item}: {r:?}");
                }
            }
        }
    }
}
