//! `MgdTrainer`: the exported top, a chip that trains its own network with MGD; and
//! `RtlTrainer`, the engine that drives it cycle by cycle behind `crate::run::Trainer`.
//!
//! The chip holds its training set (`samples`, `labels` ROMs), its initial parameters
//! (`theta_init`), the parameters (`theta_mem`) and the gradient accumulators (`grad_mem`), so the
//! exported Verilog trains alone after a reset. Blocks (field names = Verilog = VCD scopes):
//! `sequencer`, `perturbation`, `network`, `cost`, `correlator`, `accumulator`.
//!
//! Ports: `clock`; `reset` (synchronous: Init sweep rewrites theta0 and clears G, counters and
//! LFSR restart, so a reset mid-run replays the run from scratch); a streaming sample input
//! (`stream_select` = 1 takes inputs from `sample_data` with `sample_valid` / `sample_ready`
//! handshakes, one input word per handshake, the label on `sample_label` with the last word;
//! 0 uses the sample ROM); status `steps`, `current_cost` (C0 of the last baseline), `done`;
//! weight read-out: `read_theta` is theta[`read_addr`] as of the last rising edge of
//! `read_clock` (a block RAM read port with its own clock: tie it to `clock`, or strobe it while
//! `clock` is stopped to read every weight without moving the chip).
//!
//! Cycle budget: `sequencer::CycleBudget` (reset: 1 + P; step k: Load n_in when a sample is
//! due, baseline P + 2 when x or theta changed, perturbed inference P + 2, Corr P, Next 1).
//! Tests at the bottom: cycle budget, reset mid-run, XOR learned to 100%, VCD names.

use std::cell::RefCell;
use std::io::Write;
use std::ops::Range;

use crate::config::Config;
use crate::datasets::{Dataset, Sample};
use crate::fixed::{
    from_f64, from_hw, to_hw, Act, FixedError, Formats, Theta, ACT_W, PADDR_W, SADDR_W, THETA_W,
    WIDE_W,
};
use crate::run::{Evaluation, Trainer};
use rand::{Rng, SeedableRng};
use rust_hdl::core::vcd_probe::VCDProbe;
use rust_hdl::prelude::*;

use super::accumulator::Accumulator;
use super::correlator::Correlator;
use super::cost::Cost;
use super::forward;
use super::memory::BlockRam;
use super::network::Network;
use super::perturbation::{lfsr_seed, Perturbation};
use super::sequencer::{CycleBudget, SeqState, Sequencer, Timing};

/// The MGD training chip. Port names = Verilog = VCD.
#[derive(LogicBlock)]
pub struct MgdTrainer {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset.
    pub reset: Signal<In, Bit>,
    /// 1: samples come from the streaming port; 0: from the on-chip sample memory.
    pub stream_select: Signal<In, Bit>,
    /// `sample_data` (and, with the last input, `sample_label`) is valid.
    pub sample_valid: Signal<In, Bit>,
    /// One input of the streamed sample, format `Act`.
    pub sample_data: Signal<In, Signed<ACT_W>>,
    /// Label of the streamed sample (sampled with its last input).
    pub sample_label: Signal<In, Bits<8>>,
    /// The chip takes `sample_data` at this edge if `sample_valid`.
    pub sample_ready: Signal<Out, Bit>,
    /// Clock of the weight read-out (taken at its rising edge; may run while `clock` stops).
    pub read_clock: Signal<In, Clock>,
    /// Parameter to read out (addresses at or above the theta memory's depth alias).
    pub read_addr: Signal<In, Bits<PADDR_W>>,
    /// theta of `read_addr` at the last `read_clock` edge, format `Theta`.
    pub read_theta: Signal<Out, Signed<THETA_W>>,
    /// MGD steps taken.
    pub steps: Signal<Out, Bits<32>>,
    /// Baseline cost C0 of the last baseline inference, format `Cost`.
    pub current_cost: Signal<Out, Signed<WIDE_W>>,
    /// The step budget is reached; the chip idles.
    pub done: Signal<Out, Bit>,
    /// Counters and FSM.
    pub sequencer: Sequencer,
    /// Sign source and perturbation adder.
    pub perturbation: Perturbation,
    /// The plant: serial MLP.
    pub network: Network,
    /// MSE, C0 and C~.
    pub cost: Cost,
    /// e_i = s_i C~.
    pub correlator: Correlator,
    /// G_i and theta_i update rule.
    pub accumulator: Accumulator,
    /// theta_i.
    pub theta_mem: BlockRam<Signed<THETA_W>, PADDR_W>,
    /// G_i.
    pub grad_mem: BlockRam<Signed<WIDE_W>, PADDR_W>,
    /// theta0_i, written by the Init sweep.
    pub theta_init: ROM<Signed<THETA_W>, PADDR_W>,
    /// Training inputs, sample by sample.
    pub samples: ROM<Signed<ACT_W>, SADDR_W>,
    /// Training labels.
    pub labels: ROM<Bits<8>, SADDR_W>,
    label: DFF<Bits<8>>,
    target: Signal<Local, Signed<ACT_W>>,
    one: Constant<Signed<ACT_W>>,
    zero: Constant<Signed<ACT_W>>,
    single_output: Constant<Bit>,
    /// No sample ROM (`data.samples = "stream"`): the stream port is always selected.
    stream_only: Constant<Bit>,
}

/// Everything `MgdTrainer::new` derives from a config and a training set.
#[derive(Clone, Debug)]
pub struct ChipPlan {
    /// Checked formats.
    pub formats: Formats,
    /// Layer sizes.
    pub layers: Vec<usize>,
    /// Sequencer timing.
    pub timing: Timing,
    /// Initial parameters, U(init_lo, init_hi) from ChaCha8(run.seed), rounded.
    pub theta0: Vec<Theta>,
    /// Quantized training inputs, flattened.
    pub inputs: Vec<Act>,
    /// Training labels.
    pub labels: Vec<usize>,
    /// `data.samples = "stream"`: no sample ROM; the chip always takes the stream port.
    pub stream_only: bool,
}

impl ChipPlan {
    /// Check `config` against the hardware and quantize `train`.
    pub fn new(config: &Config, train: &[Sample]) -> Result<Self, FixedError> {
        if let Some(field) = config.weight_storage_field() {
            // The chip's weights are registers; device models are plain Rust (`model::storage`).
            let got = match field {
                "device" => serde_json::to_value(&config.device)
                    .ok()
                    .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(String::from))
                    .map_or_else(|| "a device".into(), |k| format!("kind = \"{k}\"")),
                _ => "stuck-at faults".into(),
            };
            return Err(FixedError::Invalid {
                field,
                expected: "absent: the RTL holds its weights in registers and has no device \
                           models (`--engine fast` runs them behind the same digital core)"
                    .into(),
                got,
            });
        }
        let formats = Formats::new(config)?;
        let layers = config.network.layers.clone();
        let p = config.n_params();
        let n_in = layers[0];
        let n_out = *layers.last().unwrap_or(&1);
        if train.is_empty() || train.len() * n_in > 1 << SADDR_W {
            return Err(FixedError::Invalid {
                field: "data.dataset",
                expected: format!(
                    "1..={} training samples for the sample memory",
                    (1 << SADDR_W) / n_in
                ),
                got: train.len().to_string(),
            });
        }
        let mut inputs = Vec::with_capacity(train.len() * n_in);
        let mut labels = Vec::with_capacity(train.len());
        for s in train {
            if s.x.len() != n_in || s.label >= n_out.max(2) || s.label > 255 {
                return Err(FixedError::Invalid {
                    field: "data.dataset",
                    expected: format!("samples of {n_in} inputs and labels < {}", n_out.max(2)),
                    got: format!("{} inputs, label {}", s.x.len(), s.label),
                });
            }
            inputs.extend(forward::quantize(&formats, &s.x)?);
            labels.push(s.label);
        }
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(config.run.seed);
        let (lo, hi) = (config.mgd.init_lo, config.mgd.init_hi);
        let theta0 = (0..p)
            .map(|_| {
                let v = if hi > lo {
                    rng.random_range(lo..hi)
                } else {
                    lo
                };
                from_f64(v, formats.theta, "theta0").map(|t| Theta(t as i32))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let m = &config.mgd;
        let timing = Timing {
            n_params: p,
            n_inputs: n_in,
            n_samples: train.len(),
            tau_x: m.tau_x.max(1),
            tau_p: m.tau_p.max(1),
            tau_theta: m.tau_theta.max(1),
            max_steps: config.run.steps.clamp(1, u32::MAX as u64) as u32,
        };
        Ok(Self {
            formats,
            layers,
            timing,
            theta0,
            inputs,
            labels,
            stream_only: config.data.samples == crate::config::SampleSource::Stream,
        })
    }
}

impl MgdTrainer {
    /// The chip as a top level: [`MgdTrainer::new`], its inputs marked as driven from outside,
    /// and every block connected (what `generate_verilog`, yosys and Verilator want).
    pub fn connected(plan: &ChipPlan, config: &Config) -> Self {
        let mut uut = Self::new(plan, config);
        uut.clock.connect();
        uut.reset.connect();
        uut.stream_select.connect();
        uut.sample_valid.connect();
        uut.sample_data.connect();
        uut.sample_label.connect();
        uut.read_clock.connect();
        uut.read_addr.connect();
        uut.connect_all();
        uut
    }

    /// The chip of `plan`, perturbation `kind` seeded from `seed`.
    pub fn new(plan: &ChipPlan, config: &Config) -> Self {
        let f = &plan.formats;
        let p = plan.theta0.len();
        let theta0: Vec<Signed<THETA_W>> = plan.theta0.iter().map(|t| to_hw(t.0 as i64)).collect();
        // A stream-only chip has no sample ROM: empty ROMs read 0 and synthesize to nothing.
        let rom = !plan.stream_only;
        let inputs: Vec<Signed<ACT_W>> = (plan.inputs.iter().filter(|_| rom))
            .map(|a| to_hw(a.0 as i64))
            .collect();
        let labels: Vec<Bits<8>> = (plan.labels.iter().filter(|_| rom))
            .map(|&l| l.to_bits())
            .collect();
        Self {
            clock: Default::default(),
            reset: Default::default(),
            stream_select: Default::default(),
            sample_valid: Default::default(),
            sample_data: Default::default(),
            sample_label: Default::default(),
            sample_ready: Default::default(),
            read_clock: Default::default(),
            read_addr: Default::default(),
            read_theta: Default::default(),
            steps: Default::default(),
            current_cost: Default::default(),
            done: Default::default(),
            sequencer: Sequencer::new(&plan.timing),
            perturbation: Perturbation::new(
                config.mgd.perturbation,
                p,
                f,
                lfsr_seed(config.run.seed),
            ),
            network: Network::new(&plan.layers, f),
            cost: Cost::default(),
            correlator: Correlator::default(),
            accumulator: Accumulator::new(f),
            theta_mem: BlockRam::new(p),
            grad_mem: BlockRam::new(p),
            theta_init: ROM::from(theta0.into_iter()),
            samples: ROM::from(inputs.into_iter()),
            labels: ROM::from(labels.into_iter()),
            label: Default::default(),
            target: Default::default(),
            one: Constant::new(to_hw(f.one().0 as i64)),
            zero: Constant::new(to_hw(0)),
            single_output: Constant::new(plan.layers.last() == Some(&1)),
            stream_only: Constant::new(plan.stream_only),
        }
    }
}

impl Logic for MgdTrainer {
    #[hdl_gen]
    fn update(&mut self) {
        self.label.clock.next = self.clock.val();
        // Clocks and resets.
        self.sequencer.clock.next = self.clock.val();
        self.perturbation.clock.next = self.clock.val();
        self.network.clock.next = self.clock.val();
        self.cost.clock.next = self.clock.val();
        self.theta_mem.clock.next = self.clock.val();
        self.grad_mem.clock.next = self.clock.val();
        self.sequencer.reset.next = self.reset.val();
        self.perturbation.reset.next = self.reset.val();
        self.network.reset.next = self.reset.val();
        self.cost.reset.next = self.reset.val();
        // Samples: on-chip memory or the stream.
        self.sequencer.net_done.next = self.network.done.val();
        // Each signal read by another block is assigned once per pass (if/else, never a default
        // then an override): Icarus re-runs a reader on every glitch, and a glitch that feeds back
        // (load_ok -> sequencer.loading -> this block) never settles.
        if self.stream_select.val() | self.stream_only.val() {
            self.sequencer.load_ok.next = self.sample_valid.val();
        } else {
            self.sequencer.load_ok.next = true;
        }
        self.sample_ready.next =
            (self.stream_select.val() | self.stream_only.val()) & self.sequencer.loading.val();
        self.samples.address.next = self.sequencer.rom_addr.val();
        self.labels.address.next = self.sequencer.sample.val();
        self.network.load.next = self.sequencer.load.val();
        self.network.load_addr.next = self.sequencer.load_addr.val();
        if self.stream_select.val() | self.stream_only.val() {
            self.network.load_data.next = self.sample_data.val();
        } else {
            self.network.load_data.next = self.samples.data.val();
        }
        if !self.sequencer.load_last.val() {
            self.label.d.next = self.label.q.val();
        } else if self.stream_select.val() | self.stream_only.val() {
            self.label.d.next = self.sample_label.val();
        } else {
            self.label.d.next = self.labels.data.val();
        }
        self.network.start.next = self.sequencer.net_start.val();
        // Parameters: the network's address during inference, the sweep index otherwise (the
        // block RAM takes the next cycle's address at the edge).
        if self.sequencer.corr_next.val() {
            self.theta_mem.read_address.next = self.sequencer.index_next.val();
        } else {
            self.theta_mem.read_address.next = self.network.param_addr_next.val();
        }
        if self.sequencer.corr.val() {
            self.perturbation.index.next = self.sequencer.index.val();
        } else {
            self.perturbation.index.next = self.network.param_addr.val();
        }
        self.theta_mem.read2_clock.next = self.read_clock.val();
        self.theta_mem.read2_address.next = self.read_addr.val();
        self.read_theta.next = self.theta_mem.read2_data.val();
        self.perturbation.theta.next = self.theta_mem.read_data.val();
        self.perturbation.enable.next = self.sequencer.perturb_on.val();
        self.perturbation.restart.next = self.sequencer.restart.val();
        self.perturbation.advance.next =
            (self.sequencer.perturb_on.val() & self.network.busy.val()) | self.sequencer.corr.val();
        self.perturbation.next_window.next = self.sequencer.next_window.val();
        self.network.theta.next = self.perturbation.theta_pert.val();
        // Cost: one-hot target, or the label itself for a single output.
        if (self.single_output.val() & self.label.q.val().get_bit(0))
            | (!self.single_output.val() & (self.network.y_index.val() == self.label.q.val()))
        {
            self.target.next = self.one.val();
        } else {
            self.target.next = self.zero.val();
        }
        self.cost.clear.next = self.sequencer.net_start.val();
        self.cost.strobe.next = self.network.y_valid.val();
        self.cost.y.next = self.network.y.val();
        self.cost.target.next = self.target.val();
        self.cost.latch_base.next = self.sequencer.latch_base.val();
        // Correlate and accumulate (and update) over the sweep.
        self.correlator.sign.next = self.perturbation.sign.val();
        self.correlator.active.next = self.perturbation.active.val();
        self.correlator.cost_delta.next = self.cost.cost_delta.val();
        self.grad_mem.read_address.next = self.sequencer.index_next.val();
        self.grad_mem.read2_clock.next = self.clock.val();
        self.grad_mem.read2_address.next = 0.into();
        self.accumulator.grad.next = self.grad_mem.read_data.val();
        self.accumulator.corr.next = self.correlator.corr.val();
        self.accumulator.theta.next = self.theta_mem.read_data.val();
        self.accumulator.update.next = self.sequencer.update.val();
        self.theta_init.address.next = self.sequencer.index.val();
        self.grad_mem.write_address.next = self.sequencer.index.val();
        self.theta_mem.write_address.next = self.sequencer.index.val();
        if self.sequencer.init.val() {
            self.grad_mem.write_data.next = 0.into();
            self.grad_mem.write_enable.next = true;
            self.theta_mem.write_data.next = self.theta_init.data.val();
            self.theta_mem.write_enable.next = true;
        } else {
            self.grad_mem.write_data.next = self.accumulator.grad_next.val();
            self.grad_mem.write_enable.next = self.sequencer.corr.val();
            self.theta_mem.write_data.next = self.accumulator.theta_next.val();
            self.theta_mem.write_enable.next =
                self.sequencer.corr.val() & self.sequencer.update.val();
        }
        // Status.
        self.steps.next = self.sequencer.steps.val();
        self.current_cost.next = self.cost.cost_base.val();
        self.done.next = self.sequencer.done.val();
    }
}

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
    /// Build the chip for `config` trained on `data.train`, and reset it (1 + P cycles).
    pub fn new(config: &Config, data: &Dataset) -> Result<Self, FixedError> {
        let plan = ChipPlan::new(config, &data.train)?;
        let mut chip = Box::new(MgdTrainer::new(&plan, config));
        chip.connect_all();
        assert!(super::settle(&mut *chip));
        let mut t = Self {
            chip: RefCell::new(chip),
            plan,
            cycles: 0,
            steps: 0,
            inferences: 0,
            vcd: None,
            vcd_period_ps: 10_000,
        };
        t.reset();
        Ok(t)
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
            let (a, k) = (
                chip.sequencer.rom_addr.val().index(),
                chip.sequencer.sample.val().index(),
            );
            chip.sample_valid.next = true;
            chip.sample_data.next = to_hw(self.plan.inputs.get(a).map_or(0, |x| x.0 as i64));
            chip.sample_label.next = self.plan.labels.get(k).copied().unwrap_or(0).to_bits();
        }
        if chip.sequencer.net_start.val() {
            self.inferences += 1;
        }
        let step_done = chip.sequencer.step_done.val();
        // VCD time: cycle c's edge at c periods, the clock low for the first half.
        let t = self.cycles * self.vcd_period_ps;
        chip.clock.next = false.into();
        assert!(simulate(&mut **chip, 100), "no settle with clock low");
        if let Some(v) = self.vcd.take() {
            let mut v = v;
            let _ = v.timestamp(t);
            self.vcd = Some(write_vcd_change(v, &**chip));
        }
        chip.clock.next = true.into();
        assert!(simulate(&mut **chip, 100), "no settle with clock high");
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

    /// The formats, layers, timing and initial state the chip was built from.
    pub fn plan(&self) -> &ChipPlan {
        &self.plan
    }

    /// The chip itself, to drive its ports (e.g. the sample stream) before [`Self::tick`].
    pub fn chip_mut(&mut self) -> &mut MgdTrainer {
        self.chip.get_mut()
    }

    /// The documented cycle budget of this chip.
    pub fn budget(&self) -> CycleBudget {
        CycleBudget(self.plan.timing)
    }

    /// The chip's parameters, read through its read-out port: one `read_clock` strobe per
    /// parameter, no `clock` edge.
    pub fn weights(&self) -> Vec<Theta> {
        let mut chip = self.chip.borrow_mut();
        (0..self.plan.theta0.len())
            .map(|i| {
                chip.read_addr.next = i.to_bits();
                assert!(super::drive(&mut **chip, |c| &mut c.read_clock));
                Theta(from_hw(chip.read_theta.val()) as i32)
            })
            .collect()
    }

    /// The chip's gradient accumulators G_i (probe of `grad_mem`).
    pub fn grads(&self) -> Vec<i64> {
        let chip = self.chip.borrow();
        (0..self.plan.theta0.len())
            .map(|i| from_hw(chip.grad_mem.peek(i)))
            .collect()
    }

    /// The chip's `done` flag (step budget reached).
    pub fn done(&self) -> bool {
        self.chip.borrow().sequencer.state.q.val() == SeqState::Halt
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

    /// Evaluated with `forward` on the weights read out of the chip. Samples whose inputs do
    /// not fit the act format give cost NaN and accuracy 0.
    fn evaluate(&self, samples: &[Sample]) -> Evaluation {
        let w = self.weights();
        match forward::evaluate(&self.plan.formats, &self.plan.layers, &w, samples) {
            Ok((cost, accuracy)) => Evaluation { cost, accuracy },
            Err(_) => Evaluation {
                cost: f64::NAN,
                accuracy: 0.0,
            },
        }
    }
}

/// Write a VCD of cycles [start, end) of a fresh chip for `config` and `data` to `path`.
pub fn write_vcd(
    config: &Config,
    data: &Dataset,
    window: Range<u64>,
    path: &std::path::Path,
) -> Result<(), crate::blocks::trainer::VcdError> {
    let mut t = RtlTrainer::new(config, data)?;
    let file =
        std::fs::File::create(path).map_err(|e| VcdError::Io(path.display().to_string(), e))?;
    t.record_vcd(Box::new(std::io::BufWriter::new(file)), window);
    Ok(())
}

/// Writing a VCD failed.
#[derive(Debug, thiserror::Error)]
pub enum VcdError {
    /// The configuration does not fit the chip.
    #[error(transparent)]
    Fixed(#[from] FixedError),
    /// The file could not be written.
    #[error("cannot write {0}")]
    Io(String, #[source] std::io::Error),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixed::tests::xor_config;

    /// The XOR truth table (train = test), as `datasets::xor` defines it.
    pub fn xor_data() -> Dataset {
        let s: Vec<Sample> = [(0., 0., 0), (0., 1., 1), (1., 0., 1), (1., 1., 0)]
            .iter()
            .map(|&(a, b, l)| Sample {
                x: vec![a, b],
                label: l,
            })
            .collect();
        Dataset {
            name: "xor".into(),
            n_inputs: 2,
            n_classes: 2,
            train: s.clone(),
            test: s,
        }
    }

    #[test]
    fn trainer_cycle_budget_matches_the_simulation() {
        for (tau_x, tau_p, tau_theta) in [(1, 1, 1), (2, 1, 3), (4, 2, 2)] {
            let mut c = xor_config();
            c.mgd.tau_x = tau_x;
            c.mgd.tau_p = tau_p;
            c.mgd.tau_theta = tau_theta;
            let mut t = RtlTrainer::new(&c, &xor_data()).unwrap();
            let b = t.budget();
            assert_eq!(t.cycles(), b.reset());
            for n in 1..=12u64 {
                t.step();
                assert_eq!(
                    t.cycles(),
                    b.reset() + b.steps(n),
                    "taus {tau_x}/{tau_p}/{tau_theta}, {n} steps"
                );
            }
            if (tau_x, tau_theta) == (1, 1) {
                assert_eq!(b.step(5), 3 * 9 + 2 + 5, "3P + n_in + 5");
                assert_eq!(t.inferences(), 24, "two inferences per step");
            }
        }
    }

    #[test]
    fn reset_mid_run_replays_the_run() {
        let c = xor_config();
        let mut a = RtlTrainer::new(&c, &xor_data()).unwrap();
        for _ in 0..30 {
            a.step();
        }
        let mut b = RtlTrainer::new(&c, &xor_data()).unwrap();
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
        write_vcd(&xor_config(), &xor_data(), 20..120, &path).unwrap();
        let (scopes, vars, changes) = vcd_names(&path);
        for block in [
            "perturbation",
            "correlator",
            "accumulator",
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
            "/uut/perturbation/sign",
            "/uut/perturbation/theta",
            "/uut/correlator/corr",
            "/uut/correlator/cost_delta",
            "/uut/accumulator/grad",
            "/uut/accumulator/theta_next",
            "/uut/sequencer/tau_x",
            "/uut/sequencer/tau_p",
            "/uut/sequencer/tau_theta",
            "/uut/cost/cost_base",
            "/uut/network/theta",
        ] {
            assert!(vars.iter().any(|v| v == var), "{var} missing");
        }
        assert!(changes > 1000, "the window holds value changes ({changes})");
    }

    #[test]
    fn streamed_samples_train_like_the_sample_memory() {
        let c = xor_config();
        let data = xor_data();
        let mut rom = RtlTrainer::new(&c, &data).unwrap();
        for _ in 0..40 {
            rom.step();
        }
        let mut s = RtlTrainer::new(&c, &data).unwrap();
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
        let mut rom = RtlTrainer::new(&c, &data).unwrap();
        c.data.samples = crate::config::SampleSource::Stream;
        let mut s = RtlTrainer::new(&c, &data).unwrap();
        assert_eq!(s.chip_mut().samples.data.val(), Signed::<ACT_W>::default());
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
        verilog_matches_simulation(&crate::fixed::tests::xor_sigmoid_config());
    }

    fn verilog_matches_simulation(c: &Config) {
        let c = c.clone();
        let data = xor_data();
        let mut sim = RtlTrainer::new(&c, &data).unwrap();
        for _ in 0..25 {
            sim.step();
        }
        let (n, p) = (sim.cycles(), sim.plan().theta0.len());
        let top = generate_verilog(&MgdTrainer::connected(sim.plan(), &c));
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

    #[test]
    fn trainer_synthesizes() {
        let c = xor_config();
        let plan = ChipPlan::new(&c, &xor_data().train).unwrap();
        let uut = MgdTrainer::connected(&plan, &c);
        crate::blocks::yosys_check("trainer", &uut).unwrap();
    }
}

#[cfg(test)]
mod xor_tests {
    use super::tests::xor_data;
    use super::*;
    use crate::fixed::tests::xor_config;

    /// Train until 100% or `max` steps; returns (steps, cycles, seconds) at the target.
    pub fn train_xor(c: &Config, max: u64) -> Option<(u64, u64, f64)> {
        let data = xor_data();
        let mut t = RtlTrainer::new(c, &data).unwrap();
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
        let mut t = RtlTrainer::new(&c, &data).unwrap();
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
        assert_eq!(
            t.cycles(),
            b.reset() + b.steps(t.steps()),
            "cycle budget formula"
        );
        assert_eq!(
            t.inferences(),
            2 * t.steps(),
            "tau_x = 1: baseline + perturbed per step"
        );
    }

    /// The chip with the logistic sigmoid table learns XOR too (the shared test settings:
    /// Q2.12, dtheta 0.2, eta_shift 10; seed 5). Measured with the fast twin over seeds 1..=8
    /// (`--engine fast`, 20k steps): six reach 100% within 6,100 steps, seed 5 at 1,400; seeds
    /// 3 and 6 do not (the XOR local minimum).
    #[test]
    fn rtl_trainer_learns_xor_with_sigmoid() {
        let mut c = crate::fixed::tests::xor_sigmoid_config();
        c.run.seed = 5;
        let data = xor_data();
        let mut t = RtlTrainer::new(&c, &data).unwrap();
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
        let b = t.budget();
        assert_eq!(t.cycles(), b.reset() + b.steps(t.steps()), "no extra cycle");
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
