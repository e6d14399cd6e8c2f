//! The chip plan: the only description of the chip. Every rule that decides a width, a cycle
//! count, a microcode field or a sign is here, and the RTL blocks (`blocks`), the fast model
//! (`model`), the export and the timing model are built from a [`ChipPlan`]; none of them
//! reads the config.
//!
//! ```text
//!   config (TOML) + training set
//!        |
//!   ChipPlan::new: features::check (refusals) -> formats::formats (checked formats) ->
//!        |          layout (memory sizes) -> microcode::build -> signs::SignSource ->
//!        |          schedule::Schedule -> theta0, sample ROM, weight store
//!        +----------------------+--------------------+-------------------+
//!   blocks:: (rust-hdl RTL)   model:: (fast twin)   export:: (Verilog)   timing (cycles)
//! ```
//!
//! Microarchitecture: L lanes ([`lanes`], `[chip] lanes`): each cycle one row of up to L
//! parameters of one neuron is perturbed, multiplied (one 16x16 multiply per lane) and summed
//! (an adder tree) into the neuron's exact accumulator; one shared sign state that every lane
//! reads through its mask; a correlate/update sweep over the rows after the perturbed
//! inference (with `mgd.per_layer`, a perturbed inference and a sweep per weight layer,
//! [`Schedule::passes`]). Optionally (`[chip] pipeline`) the datapath has
//! [`lanes::PIPE_DEPTH`] register stages and empty rows after each layer ([`lanes::gap`]).
//! The RTL and the fast model implement every L, with or without the pipeline. Cycle counts
//! are [`schedule::Schedule`]'s.
//!
//! Widths (the register containers, defined with the arithmetic in `crate::fixed` and
//! re-exported here; the configured formats must fit them, [`formats`]):
//!
//! | width | bits | holds |
//! |---|---|---|
//! | [`THETA_W`] | 16 | theta, perturbed theta (multiplier operand a) |
//! | [`ACT_W`] | 16 | inputs, activations, targets (multiplier operand b) |
//! | [`ACC_W`] | 42 | the MAC accumulator, exact (a neuron's sum saturates once, to 32 bits) |
//! | [`WIDE_W`] | 32 | neuron sums, C, C0, C~, e_i, G_i |
//! | [`PADDR_W`] | 10 | parameter address: P <= 1024 |
//! | [`AADDR_W`] | 10 | activation address: inputs + neurons <= 1024 |
//! | [`SADDR_W`] | 16 | sample-ROM address: samples x inputs <= 65536 |
//! | [`signs::LFSR_W`] | 16 | the LFSR |
//! | [`microcode::UC_W`] | 32 | a microcode word |
//! | [`lanes::LAYER_W`] | 3 | a row's weight layer and the sequencer's pass: <= 8 passes (`mgd.per_layer`) |
//! | [`regs::COUNTER_W`] | 32 | tau counters and the step counter (run.steps < 2^32) |
//! | [`regs::LABEL_W`] | 8 | the latched label: <= 256 outputs |
//! | [`regs::SCORE_W`] | 17 | correct samples of an evaluation: <= 65536 |
//!
//! Files: [`features`] (what the chip refuses), [`formats`] (checked formats), [`microcode`]
//! (the network's control words), [`lanes`] (rows of L parameters), [`signs`] (sign generators and seeds), [`schedule`] (all
//! cycle arithmetic), [`regs`] (the register table the lockstep test and the VCD writer use).

pub mod features;
pub mod formats;
pub mod fsm;
pub mod lanes;
pub mod microcode;
pub mod regs;
pub mod schedule;
pub mod signs;

use rand::{Rng, SeedableRng};

use crate::config::{Config, ConfigError, RamStyle, SampleSource};
use crate::datasets::Sample;
use crate::devices::{DeviceModel, WeightStore};
use crate::fixed::{from_f64, Act, FixedError, Formats, Theta};
pub use crate::fixed::{AADDR_W, ACC_W, ACT_W, PADDR_W, SADDR_W, THETA_W, WIDE_W};

pub use fsm::SeqState;
pub use lanes::Row;
pub use microcode::Microword;
pub use schedule::Schedule;
pub use signs::SignSource;

/// The chip cannot be built for a config and data set.
#[derive(Debug, thiserror::Error)]
pub enum ChipError {
    /// A setting, size or format the chip does not implement; names file, line and field.
    #[error("the chip cannot build this configuration")]
    Config(#[from] ConfigError),
    /// A value of the training set does not fit its format.
    #[error("{file}:{line}: the data do not fit the chip's formats")]
    Data {
        /// The configuration file.
        file: String,
        /// Line of `data.dataset`.
        line: usize,
        /// The value and its format.
        #[source]
        source: FixedError,
    },
}

/// Target of output `k` for the latched label: one-hot, except that a single-output network
/// targets bit 0 of the label (the RTL's `target` mux; labels are checked < 2 there).
#[inline]
pub fn target_hit(single_output: bool, label: u8, k: u8) -> bool {
    if single_output {
        label & 1 == 1
    } else {
        k == label
    }
}

/// Weights in device models instead of registers (the fast model only; the RTL refuses it).
#[derive(Clone)]
pub struct WeightStorage {
    /// `[device]` (ideal when only `[stuck]` is given), for messages.
    pub model: DeviceModel,
    /// The store as built, never programmed: every reset starts from a copy.
    pub fresh: Box<dyn WeightStore>,
    /// Seed of the device generator (`run.seed`).
    pub seed: u64,
}

impl std::fmt::Debug for WeightStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WeightStorage")
            .field("model", &self.model)
            .field("seed", &self.seed)
            .finish_non_exhaustive()
    }
}

/// Everything the chip is built from, checked.
#[derive(Clone, Debug)]
pub struct ChipPlan {
    /// Checked formats.
    pub formats: Formats,
    /// Layer sizes.
    pub layers: Vec<usize>,
    /// Counter limits and the cycle budget.
    pub schedule: Schedule,
    /// The sign generator.
    pub signs: SignSource,
    /// Lane l reads its sign through mask `lane_masks[l]` (`signs::lane_masks`).
    pub lane_masks: Vec<u16>,
    /// Lane l perturbs (and a Corr sweep correlates) through mask `pert_masks[l]`
    /// (`SignSource::pert_masks`; `lane_masks` but with `[chip] handover`).
    pub pert_masks: Vec<u16>,
    /// The network's microcode, one word per parameter (the serial RTL's ROM).
    pub ucode: Vec<Microword>,
    /// Lanes L (`[chip] lanes`): a group's, one per slot of a row's neuron.
    pub lanes: usize,
    /// Neurons side by side PE (`[chip] pe`): PE groups of L lanes ([`Self::units`]).
    pub pe: usize,
    /// The rows of one pass over the parameters at L lanes (`lanes::rows`; one per parameter
    /// at L = 1, with the words of `ucode`; with the pipeline, `lanes::PIPE_DEPTH` empty rows
    /// after each layer).
    pub rows: Vec<Row>,
    /// Pipeline registers in the datapath (`[chip] pipeline`, `lanes::PIPE_DEPTH`).
    pub pipeline: bool,
    /// How the memories are written for synthesis (`[chip] ram_style`; [`Self::lut_ram`]).
    pub ram_style: RamStyle,
    /// `[chip] binary_inputs`: every input word is 0 or 1.0 and the network has one weight
    /// layer, so every x_i a lane multiplies (an input, or 1.0 at a bias slot) is 0 or 1.0
    /// and the lanes select instead of multiplying (`blocks::lane`): theta_i x_i =
    /// theta_i << f or 0 exactly (`fixed::Formats::mac` is exact), f the act format's
    /// fraction bits. Checked here; the products and the run do not depend on it.
    pub binary_inputs: bool,
    /// Initial parameters, U(init_lo, init_hi) from ChaCha8(run.seed), rounded.
    pub theta0: Vec<Theta>,
    /// Quantized training inputs, flattened (the `samples` ROM).
    pub inputs: Vec<Act>,
    /// Training labels (the `labels` ROM).
    pub labels: Vec<u8>,
    /// `data.samples = "stream"`: no sample ROM; the chip always takes the stream port.
    pub stream_only: bool,
    /// Device storage of the weights (`[device]` / `[stuck]`), fast model only.
    pub storage: Option<WeightStorage>,
}

/// Why `[chip] binary_inputs` cannot hold (`None`: it can): a later layer multiplies
/// activations, streamed samples are not checked here, or an input word is neither 0 nor 1.0
/// (the first one named by sample and input).
fn binary_misfit(layers: &[usize], inputs: &[Act], one: Act, config: &Config) -> Option<String> {
    if layers.len() != 2 {
        return Some(format!(
            "the lanes multiply the activations of later layers ({} weight layers; one allowed)",
            layers.len() - 1
        ));
    }
    if config.data.samples == SampleSource::Stream {
        return Some(
            "streamed samples (`data.samples = \"stream\"`) are not known in advance".into(),
        );
    }
    let n_in = layers[0];
    let at = inputs.iter().position(|x| x.0 != 0 && *x != one)?;
    Some(format!(
        "sample {} (0-based, in the training order) has input {} = {} LSBs of the act format, \
         not 0 or 1.0 ({} LSBs)",
        at / n_in,
        at % n_in,
        inputs[at].0,
        one.0
    ))
}

/// With `ram_style = "auto"`, the largest memory written as LUT RAM: 32 words, a 16-bit bank
/// in 8 ECP5 DPR16X4 cells (nist7x7's theta and G banks from L = 17 up; its 57 activations at
/// one lane stay a block RAM). The iCE40 has no LUT RAM: there such a memory is flip-flops.
pub const LUT_RAM_WORDS: usize = 32;

/// The words a memory of at least `words` words holds: a power of two, at least 2. It
/// decodes an address's low `log2` bits, so higher addresses alias (`blocks::memory`).
pub fn memory_depth(words: usize) -> usize {
    words.next_power_of_two().max(2)
}

impl ChipPlan {
    /// The same chip without `[chip] handover` and with a Corr sweep that ends after its writes
    /// (the plan itself without either, [`Self::sweep_overlaps`]): its steps each end with the
    /// pipeline empty, and its run is bit for bit this one's (the same weights, sums and
    /// registers at every step boundary where this one's pipeline is empty too), with the sign
    /// generator [`SignSource::unlagged`] and the cycle counts of its own schedule. The fast
    /// model runs chains of steps on it (`model::trainer`).
    pub fn plain_twin(&self) -> Self {
        let signs = self.signs.unlagged();
        let (sweep_rows, sweep_last) = self.whole_sweep();
        Self {
            schedule: Schedule {
                handover: false,
                sweep_rows,
                sweep_last,
                ..self.schedule
            },
            pert_masks: signs.pert_masks(self.lanes),
            signs,
            ..self.clone()
        }
    }

    /// The Corr sweep ends before its last writes land (`lanes::overlapped_tail`): a step
    /// boundary after it has writes in flight.
    pub fn sweep_overlaps(&self) -> bool {
        self.schedule.sweep_last != self.whole_sweep().1
    }

    /// The Corr sweep's cycles and last row with its whole tail (`lanes::sweep_tail`: it ends
    /// after its writes land).
    fn whole_sweep(&self) -> (usize, usize) {
        let tail = lanes::sweep_tail(self.pipeline, self.formats.node);
        lanes::sweep_extent(&self.rows, tail)
    }

    /// A read/write memory of `words` words is written as LUT RAM (a registered address and
    /// an asynchronous read), not block RAM (a data register): `[chip] ram_style`.
    pub fn lut_ram(&self, words: usize) -> bool {
        match self.ram_style {
            RamStyle::Auto => words <= LUT_RAM_WORDS,
            RamStyle::Block => false,
            RamStyle::Distributed | RamStyle::Registers => true,
        }
    }

    /// The words of each lane's theta, G and V banks: the rows up to the last that holds a
    /// parameter. The pipeline's empty rows after the last layer (`lanes::gap`) write no bank
    /// and read nothing a lane uses, so a bank need not hold them; an address at or above
    /// the bank's [`memory_depth`] aliases (the Init sweep writes each aliased word its own
    /// theta0 again, from `theta_init`, which aliases the same way).
    pub fn bank_words(&self) -> usize {
        lanes::bank_words(&self.rows)
    }

    /// The words a lane's theta, G and V bank holds ([`memory_depth`] of
    /// [`Self::bank_words`]): row r is word r mod this.
    pub fn bank_depth(&self) -> usize {
        memory_depth(self.bank_words())
    }

    /// The Corr sweep registers theta' before writing it ([`lanes::late_theta`]).
    pub fn late_theta(&self) -> bool {
        lanes::late_theta(self.pipeline, self.formats.node)
    }

    /// The activation banks (`acts`, `words` words) in the LUT-RAM form: as [`Self::lut_ram`],
    /// and with two-cycle reads ([`Self::reads_ahead`]) whatever their size unless
    /// `ram_style = "block"`, so that their address is a register; yosys then picks the
    /// memory where the style does not say (`blocks::memory`, `BlockRam::distributed`).
    pub fn acts_lut(&self, words: usize) -> bool {
        self.lut_ram(words) || (self.reads_ahead() && self.ram_style != RamStyle::Block)
    }

    /// The theta, G and V banks read in two cycles (`blocks::memory`, `BlockRam::two_cycle`),
    /// their address going out for the row after the next (`lanes::read_ahead`; the rule is
    /// `lanes::reads_ahead`, kept in the schedule). The cycles and values are the same as
    /// without, but for a chained evaluation (`Schedule::eval_chains`), which needs one-cycle
    /// reads.
    pub fn reads_ahead(&self) -> bool {
        self.schedule.reads_ahead
    }

    /// Check `config` against the chip and quantize `train` into its sample ROM.
    pub fn new(config: &Config, train: &[Sample]) -> Result<Self, ChipError> {
        features::check(config)?;
        let formats = formats::formats(config)?;
        let layers = config.network.layers.clone();
        let layout = |expected: &str, got: String| config.invalid("network.layers", expected, got);
        if layers.len() < 2 || layers.contains(&0) {
            return Err(layout("at least two non-empty layers", format!("{layers:?}")).into());
        }
        let p = config.n_params();
        if p > 1 << PADDR_W {
            return Err(layout("at most 1024 parameters", p.to_string()).into());
        }
        let n_in = layers[0];
        let n_out = *layers.last().unwrap_or(&1);
        let acts: usize = layers.iter().sum();
        if acts > 1 << AADDR_W || n_out > 256 {
            return Err(layout(
                "at most 1024 inputs plus neurons and 256 outputs",
                acts.to_string(),
            )
            .into());
        }
        let data_err =
            |expected: String, got: String| config.invalid("data.dataset", &expected, got);
        if train.is_empty() || train.len() * n_in > 1 << SADDR_W {
            return Err(data_err(
                format!(
                    "1..={} training samples for the sample memory",
                    (1 << SADDR_W) / n_in
                ),
                train.len().to_string(),
            )
            .into());
        }
        let quantized = |e: FixedError| ChipError::Data {
            file: config.source.clone(),
            line: config.line_of("data.dataset"),
            source: e,
        };
        let mut inputs = Vec::with_capacity(train.len() * n_in);
        let mut labels = Vec::with_capacity(train.len());
        for s in train {
            if s.x.len() != n_in || s.label >= n_out.max(2) {
                return Err(data_err(
                    format!("samples of {n_in} inputs and labels < {}", n_out.max(2)),
                    format!("{} inputs, label {}", s.x.len(), s.label),
                )
                .into());
            }
            inputs.extend(quantize(&formats, &s.x).map_err(quantized)?);
            labels.push(s.label as u8);
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
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| {
                ChipError::Config(config.invalid("mgd.init_lo", "in the theta format", e))
            })?;
        let m = &config.mgd;
        let lanes_n = config.chip.lanes;
        if !(1..=p).contains(&lanes_n) {
            return Err(config
                .invalid("chip.lanes", &format!("in 1..={p}"), lanes_n)
                .into());
        }
        let pe = config.chip.pe;
        if let Some(valid) = lanes::pe_misfit(&layers, lanes_n, pe) {
            return Err(config.invalid("chip.pe", &valid, pe).into());
        }
        if pe * lanes_n > 1 << PADDR_W {
            return Err(config
                .invalid(
                    "chip.pe",
                    &format!("at most {} lanes in all (PE x L)", 1 << PADDR_W),
                    pe,
                )
                .into());
        }
        if pe > 1 && !formats.node {
            return Err(config
                .invalid(
                    "chip.pe",
                    "1 with weight perturbation (neurons side by side read one sign per \
                     neuron: `mgd.target = \"node\"`)",
                    pe,
                )
                .into());
        }
        if config.chip.binary_inputs {
            if let Some(why) = binary_misfit(&layers, &inputs, formats.one(), config) {
                return Err(config
                    .invalid("chip.binary_inputs", &format!("false here: {why}"), true)
                    .into());
            }
        }
        let rows = lanes::rows(&layers, lanes_n, pe, lanes::gap(config.chip.pipeline));
        // With `handover` the generator runs a window (P steps at tau_p = 1) behind.
        let lag = if config.chip.handover { p } else { 0 };
        let signs =
            SignSource::lagging(m.perturbation, p, config.run.seed, formats.node, lag).with_pe(pe);
        if rows.len() > 1 << PADDR_W {
            return Err(config
                .invalid(
                    "chip.pipeline",
                    "at most 1024 rows (parameter rows plus the pipeline's empty rows)",
                    rows.len(),
                )
                .into());
        }
        let (sweep_rows, sweep_last) =
            lanes::sweep_extent(&rows, lanes::sweep_tail(config.chip.pipeline, formats.node));
        let mut schedule = Schedule {
            n_params: p,
            n_inputs: n_in,
            lanes: lanes_n,
            rows: rows.len(),
            sweep_rows,
            sweep_last,
            drain: rows.len() - 1 - lanes::last_param_row(&rows),
            n_samples: train.len(),
            tau_x: m.tau_x.max(1),
            tau_p: m.tau_p.max(1),
            tau_theta: m.tau_theta.max(1),
            max_steps: config.run.steps.clamp(1, u64::from(u32::MAX)) as u32,
            evaluate: config.chip.evaluate,
            eval_interval: config.run.eval_interval.clamp(1, u64::from(u32::MAX)) as u32,
            need: need(
                train.len(),
                config.run.target_accuracy,
                config.run.stop_at_target,
            ),
            stream: config.data.samples == SampleSource::Stream,
            passes: formats.amps.len() as u32,
            fuse: config.chip.fuse_corr,
            handover: config.chip.handover,
            reads_ahead: lanes::reads_ahead(config.chip.pipeline, formats.node),
        };
        // Node perturbation's pipelined sweep ends before its writes land, where what follows
        // it cannot read a row before its write. Not before a halt (without `[chip] evaluate`
        // the last step's Next halts; an evaluation lets the writes land), and not with the
        // fast model's device storage, which takes the sweep's updates at its end.
        if config.chip.pipeline
            && formats.node
            && config.chip.evaluate
            && config.weight_storage_field().is_none()
        {
            let swept = rows.iter().filter(|r| r.used > 0).count();
            let tail = lanes::overlapped_tail(swept, schedule.sweep_follow());
            (schedule.sweep_rows, schedule.sweep_last) = lanes::sweep_extent(&rows, tail);
        }
        // A handed-over step's baseline must issue its last parameter row after the last
        // baseline's C0 is latched (one drain counter each for C0 and C).
        if schedule.handover
            && 2 * schedule.base() + schedule.load() < schedule.latch_delay() as u64
        {
            return Err(config
                .invalid(
                    "chip.handover",
                    &format!(
                        "false here: a baseline and a perturbed inference ({} cycles each to \
                         their last parameter row) and a load of {} must outlast the pipeline's \
                         drain of {} edges; use fewer lanes",
                        schedule.base(),
                        schedule.load(),
                        schedule.latch_delay()
                    ),
                    true,
                )
                .into());
        }
        let storage = match config.weight_storage_field() {
            None => None,
            Some(field) => {
                let model = config.device.clone().unwrap_or(DeviceModel::Ideal);
                let fresh = model
                    .build(config.stuck.as_ref())
                    .map_err(|e| config.invalid(field, "a valid weight storage", e))?;
                Some(WeightStorage {
                    model,
                    fresh,
                    seed: config.run.seed,
                })
            }
        };
        Ok(Self {
            formats,
            ucode: microcode::build(&layers, lanes_n),
            lanes: lanes_n,
            pe,
            rows,
            pipeline: config.chip.pipeline,
            ram_style: config.chip.ram_style,
            binary_inputs: config.chip.binary_inputs,
            lane_masks: signs.masks(lanes_n),
            pert_masks: signs.pert_masks(lanes_n),
            signs,
            layers,
            schedule,
            theta0,
            inputs,
            labels,
            stream_only: config.data.samples == SampleSource::Stream,
            storage,
        })
    }

    /// The plan of the RTL: as [`ChipPlan::new`], and the weights must be registers.
    pub fn for_rtl(config: &Config, train: &[Sample]) -> Result<Self, ChipError> {
        features::check_rtl(config)?;
        Self::new(config, train)
    }

    /// The distinct step counts of the rows (`SignSource::row_steps`: the lane counts 1..=L
    /// with weight perturbation, 1 with node perturbation; 0 excluded), ascending: the step
    /// counts the sign generator jumps by (`signs::jump_masks`).
    pub fn row_lengths(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .rows
            .iter()
            .map(|r| self.signs.row_steps(r.used, r.word.bias) as usize)
            .filter(|&u| u > 0)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// How the lanes form a product (`fixed::product_halves`): `Some(f)`, a select by bit f
    /// of x, with `[chip] binary_inputs` (f the act format's fraction bits); else `None`,
    /// the multiplier.
    pub fn product_select(&self) -> Option<u32> {
        self.binary_inputs.then_some(self.formats.act.frac_bits)
    }

    /// The row the Corr sweep visits after row r (`lanes::sweep_after`): the sequencer's
    /// next count in the sweep. Without the pipeline there are no bubbles: r + 1.
    pub fn sweep_after(&self, r: usize) -> usize {
        match self.pipeline {
            true => lanes::sweep_after(&self.rows, r.min(self.rows.len() - 1)),
            false => r + 1,
        }
    }

    /// The RTL sequencer's `sweep_after` ROM ([`Self::sweep_after`] of every row); empty
    /// without the pipeline, whose sweep counts up.
    pub fn sweep_after_rom(&self) -> Vec<usize> {
        match self.pipeline {
            true => (0..self.rows.len()).map(|r| self.sweep_after(r)).collect(),
            false => vec![],
        }
    }

    /// Lanes in all: PE groups of L ([`lanes`]).
    pub fn units(&self) -> usize {
        self.pe * self.lanes
    }

    /// The parameter lane `lane` (of [`Self::units`]) holds in row `r`, if any
    /// ([`Row::param`]).
    pub fn param_at(&self, r: usize, lane: usize) -> Option<usize> {
        self.rows[r].param(self.lanes, lane)
    }

    /// Parameters P.
    pub fn n_params(&self) -> usize {
        self.schedule.n_params
    }

    /// Network outputs.
    pub fn n_outputs(&self) -> usize {
        *self.layers.last().unwrap_or(&1)
    }

    /// A single-output network (its target is the label's bit 0).
    pub fn single_output(&self) -> bool {
        self.n_outputs() == 1
    }

    /// Words of the activation memory: inputs, then every layer's outputs, each layer
    /// starting at a multiple of L (`microcode::layer_bases`); L words per bank row.
    pub fn n_acts(&self) -> usize {
        microcode::layer_bases(&self.layers, self.lanes)
            .last()
            .copied()
            .unwrap_or(0)
    }

    /// The word a stream source sends for input `input` of sample `sample` (the sequencer's
    /// `load_addr` L + `word_lane`, and `sample`): that input and the sample's label; (0, 0)
    /// past the training set.
    pub fn stream_word(&self, sample: usize, input: usize) -> (Act, u8) {
        let n_in = self.schedule.n_inputs;
        let x = match input < n_in {
            true => self.inputs.get(sample * n_in + input).copied(),
            false => None,
        };
        (
            x.unwrap_or(Act(0)),
            self.labels.get(sample).copied().unwrap_or(0),
        )
    }
}

/// Correct samples out of `n` that reach accuracy `target` by the run loop's own test
/// (`hits as f64 / n as f64 >= target`, `run::train`); `n + 1`, never reached, when the chip
/// is not to stop there.
pub fn need(n: usize, target: f64, stop_at_target: bool) -> u32 {
    let reached = |c: usize| c as f64 / n as f64 >= target;
    match stop_at_target {
        true => (0..=n).find(|&c| reached(c)).unwrap_or(n + 1) as u32,
        false => n as u32 + 1,
    }
}

/// Quantize a sample's inputs to the act format (out of range is an error).
pub fn quantize(f: &Formats, x: &[f64]) -> Result<Vec<Act>, FixedError> {
    x.iter()
        .map(|&v| from_f64(v, f.act, "x").map(|a| Act(a as i32)))
        .collect()
}
