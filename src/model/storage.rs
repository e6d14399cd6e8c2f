//! Weights in non-ideal storage behind the fast model (no twin in `blocks/`: the RTL holds its
//! weights in registers, and device models are never RTL).
//!
//! With a non-ideal `[device]` or a `[stuck]` table (`Config::weight_storage_field`), the
//! digital core computes its update exactly as the chip does, `step_i = round(G_i / 2^eta_shift)`
//! in theta LSBs, but does not write `theta_mem`: it emits the step as a pulse command,
//! `delta_i = -step_i * 2^-t` in weight units. At the end of the Corr sweep the commands of all
//! weights go to the `devices::WeightStore` (stochastic rounding to pulses, conductance draws,
//! read-back), and each read-back weight, rounded to nearest and saturated to the theta format,
//! becomes `theta_mem[i]`. The store holds the real weights (`analog`); `theta_mem` is their
//! quantised read-back, what the datapath multiplies with. This mirrors `reference::Mgd`: the
//! store is programmed with theta0 at reset and updated once per tau_theta.
//!
//! Randomness: one ChaCha8 stream of `run.seed` (stream [`DEVICE_STREAM`], the reference's
//! device stream), restarted with the store at every reset, so a reset replays the run as it
//! does on the chip. A store's own seeds (step gains, stuck set) come from its config table.

use crate::chip::WeightStorage;
use crate::devices::{DeviceModel, WeightStore};
use crate::fixed::{to_f64, Formats, Theta};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// The ChaCha8 stream of `run.seed` that the devices draw from (`reference::Mgd` uses the same).
pub const DEVICE_STREAM: u64 = 5;

/// The weight store, its generator, and the pulse commands of the current sweep.
#[derive(Clone)]
pub struct Storage {
    /// `[device]` (ideal when only `[stuck]` is given), for messages.
    model: DeviceModel,
    /// The store as built, never programmed: every reset starts from a copy.
    fresh: Box<dyn WeightStore>,
    store: Box<dyn WeightStore>,
    seed: u64,
    rng: ChaCha8Rng,
    /// The weights the store holds, read back, in weight units.
    analog: Vec<f64>,
    /// theta0 as programmed and read back, quantised: what the Init sweep writes.
    theta0: Vec<Theta>,
    /// Requested update per weight (weight units) of the current Corr sweep.
    pending: Vec<f64>,
}

impl std::fmt::Debug for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Storage")
            .field("model", &self.model)
            .field("weights", &self.analog.len())
            .finish_non_exhaustive()
    }
}

/// What a checkpoint keeps of a [`Storage`]: f64 values as their bit patterns, so JSON
/// round-trips them exactly.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Saved {
    /// `analog`, as `f64::to_bits`.
    pub analog: Vec<u64>,
    /// `pending`, as `f64::to_bits` (zero at step boundaries).
    pub pending: Vec<u64>,
    /// `WeightStore::save_state`, as `f64::to_bits`.
    pub store: Vec<u64>,
    /// Position of the device generator (`ChaCha8Rng::get_word_pos`).
    pub rng_word_pos: u128,
}

fn bits(v: &[f64]) -> Vec<u64> {
    v.iter().map(|x| x.to_bits()).collect()
}

fn floats(v: &[u64]) -> Vec<f64> {
    v.iter().map(|&b| f64::from_bits(b)).collect()
}

impl Storage {
    /// The storage the plan describes, programmed with `theta0`.
    pub fn new(w: &WeightStorage, formats: &Formats, theta0: &[Theta]) -> Self {
        let mut s = Storage {
            model: w.model.clone(),
            store: w.fresh.clone(),
            fresh: w.fresh.clone(),
            seed: w.seed,
            rng: device_rng(w.seed),
            analog: Vec::new(),
            theta0: Vec::new(),
            pending: vec![0.0; theta0.len()],
        };
        s.reset(formats, theta0);
        s
    }

    /// Restart the store and its generator and program `theta0` (the chip's reset).
    pub fn reset(&mut self, f: &Formats, theta0: &[Theta]) {
        self.store = self.fresh.clone();
        self.rng = device_rng(self.seed);
        let t = f.theta.frac_bits;
        self.analog = theta0.iter().map(|th| to_f64(th.0.into(), t)).collect();
        self.store.program(&mut self.analog, &mut self.rng);
        self.theta0 = self.analog.iter().map(|&x| f.theta_from_f64(x)).collect();
        self.pending = vec![0.0; theta0.len()];
    }

    /// Parameter `i` of theta0 as programmed (the Init sweep's write).
    pub fn theta0(&self, i: usize) -> Theta {
        self.theta0[i]
    }

    /// The digital core's pulse command for weight `i`: subtract `step` theta LSBs.
    pub fn command(&mut self, f: &Formats, i: usize, step: i64) {
        self.pending[i] = to_f64(step.saturating_neg(), f.theta.frac_bits);
    }

    /// Send the sweep's commands to the store and write the quantised read-back into
    /// `theta_mem`.
    pub fn apply(&mut self, f: &Formats, theta_mem: &mut [i32]) {
        self.store
            .update(&mut self.analog, &self.pending, &mut self.rng);
        for (t, &x) in theta_mem.iter_mut().zip(&self.analog) {
            *t = f.theta_from_f64(x).0;
        }
        self.pending.fill(0.0);
    }

    /// The weights the store holds, in weight units (before quantisation).
    pub fn analog(&self) -> &[f64] {
        &self.analog
    }

    /// The `[device]` model (ideal when only `[stuck]` is given).
    pub fn model(&self) -> &DeviceModel {
        &self.model
    }

    /// Everything [`Storage::reset`] does not recreate, for a checkpoint.
    pub fn save(&self) -> Saved {
        Saved {
            analog: bits(&self.analog),
            pending: bits(&self.pending),
            store: bits(&self.store.save_state()),
            rng_word_pos: self.rng.get_word_pos(),
        }
    }

    /// Put back a [`Saved`] state (after a reset on as many weights); says what does not fit.
    pub fn restore(&mut self, saved: &Saved) -> Result<(), String> {
        let n = self.analog.len();
        if saved.analog.len() != n || saved.pending.len() != n {
            return Err(format!("device state of {n} weights expected"));
        }
        self.store
            .restore_state(&floats(&saved.store))
            .map_err(|e| format!("device state: {e}"))?;
        self.analog = floats(&saved.analog);
        self.pending = floats(&saved.pending);
        self.rng.set_word_pos(saved.rng_word_pos);
        Ok(())
    }
}

/// The device generator of `seed`.
fn device_rng(seed: u64) -> ChaCha8Rng {
    let mut r = ChaCha8Rng::seed_from_u64(seed);
    r.set_stream(DEVICE_STREAM);
    r
}
