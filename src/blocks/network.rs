//! `Network`: the plant, a fixed-point MLP evaluated by one serial MAC, one parameter per cycle.
//!
//! Parameters are numbered layer by layer, neuron by neuron, the neuron's weights then its bias
//! (`chip::microcode`). The block asks for parameter `param_addr` and multiplies the
//! `theta` it gets back (already perturbed by the trainer) with an activation read from `acts`
//! (a `BlockRam`: inputs, then each layer's outputs) or with 1.0 for a bias. A microcode ROM
//! (`ucode`, one word per parameter, `chip::microcode`, decoded here with the literal bit
//! numbers of its table) gives the activation address, the
//! bias / output flags, the address the neuron's output is written to and its output index, so
//! the block is one counter and scales to any layer list. At a bias cycle the sum becomes
//! u = sat_act(sat32(acc) >>> t) and the activation (hard sigmoid clamp((u >>> 2) + 1/2, 0, 1) or ReLU)
//! is written back in the same cycle, so the next layer can read it in the next cycle. The
//! logistic sigmoid is a combinational 4096 x 16 ROM (`sig_rom`, a Verilog `case`) read in that
//! same cycle: the saturated sum is clamped to [-8, 8), rounded to the nearest 1/256 and its low
//! 12 bits (top bit flipped) address the table, whose words are `fixed::activate` itself
//! evaluated at each entry's centre. So the sigmoid adds no cycle, only ROM depth to the path.
//!
//! Timing: `start` at cycle 0; cycles 1..=P are the P MAC cycles (`busy`); `done` is high in
//! cycle P + 1. An inference therefore costs P + 1 cycles after the start cycle. Output
//! neurons raise `y_valid` with `y`, `y_index` during their bias cycle (the cost block folds
//! them in at that edge). The MGD core sees the plant as parameters out, cost in.
//! Rules: `fixed::Formats::mac`, `fixed::activate`. Twin: `model::network`.

use crate::config::Activation;
use crate::fixed::{
    activate, max_of, min_of, to_hw, Formats, AADDR_W, ACC_W, ACT_W, PADDR_W, SIG_K, SIG_N,
    THETA_W, WIDE_W,
};
use rust_hdl::prelude::*;

use super::memory::BlockRam;
use crate::chip::Microword;

/// `x` as 32 bits with the sign bit flipped: signed order becomes unsigned order.
pub fn flipped(x: i64) -> Bits<WIDE_W> {
    (((x as u32) ^ 0x8000_0000) as u64).into()
}

/// Bits 41..31 of the accumulator: all equal iff its sum fits 32 bits. The gates name bit 41
/// (`ACC_W - 1`) as a literal, as `hdl_gen` needs.
const HI_W: usize = ACC_W - WIDE_W + 1;
const _: () = assert!(ACC_W == 42);

/// Address bits of the sigmoid ROM (`fixed::SIG_K`).
pub const SIG_W: usize = SIG_K as usize;

/// The serial MLP. Port names = Verilog = VCD.
#[derive(LogicBlock)]
pub struct Network {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous reset: idle, accumulator 0.
    pub reset: Signal<In, Bit>,
    /// Start an inference (while idle).
    pub start: Signal<In, Bit>,
    /// MAC cycles in progress.
    pub busy: Signal<Out, Bit>,
    /// The inference finished at the last edge (one cycle).
    pub done: Signal<Out, Bit>,
    /// Index of the parameter used this cycle.
    pub param_addr: Signal<Out, Bits<PADDR_W>>,
    /// Index of the parameter the next cycle uses (the block RAM's read address).
    pub param_addr_next: Signal<Out, Bits<PADDR_W>>,
    /// theta of `param_addr` (perturbed or not), format `Theta`.
    pub theta: Signal<In, Signed<THETA_W>>,
    /// Write `load_data` to activation `load_addr` (inputs) at this edge.
    pub load: Signal<In, Bit>,
    /// Activation address of `load`.
    pub load_addr: Signal<In, Bits<AADDR_W>>,
    /// Input value of `load`, format `Act`.
    pub load_data: Signal<In, Signed<ACT_W>>,
    /// An output neuron's activation, valid with `y_valid`.
    pub y: Signal<Out, Signed<ACT_W>>,
    /// `y` is output `y_index`'s activation this cycle.
    pub y_valid: Signal<Out, Bit>,
    /// Output index of `y`.
    pub y_index: Signal<Out, Bits<8>>,
    /// Activations: inputs, then each layer's outputs.
    pub acts: BlockRam<Signed<ACT_W>, AADDR_W>,
    /// One word per parameter (`chip::microcode`).
    pub ucode: ROM<Bits<32>, PADDR_W>,
    /// The logistic table, `fixed::activate` at each `Formats::sig_grid` sum (empty, so all
    /// zero, unless the activation is sigmoid).
    pub sig_rom: ROM<Bits<ACT_W>, SIG_W>,
    count: DFF<Bits<PADDR_W>>,
    /// The microcode word of `count`, read a cycle ahead like the block RAM.
    ucode_word: DFF<Bits<32>>,
    count_next: Signal<Local, Bits<PADDR_W>>,
    running: DFF<Bit>,
    finished: DFF<Bit>,
    acc: DFF<Signed<ACC_W>>,
    word: Signal<Local, Bits<32>>,
    bias: Signal<Local, Bit>,
    x: Signal<Local, Signed<ACT_W>>,
    ut: Signal<Local, Bits<THETA_W>>,
    ux: Signal<Local, Bits<ACT_W>>,
    fix_t: Signal<Local, Bits<WIDE_W>>,
    fix_x: Signal<Local, Bits<WIDE_W>>,
    product: Signal<Local, Signed<WIDE_W>>,
    pre_f: Signal<Local, Bits<WIDE_W>>,
    sum: Signal<Local, Signed<ACC_W>>,
    sum_u: Signal<Local, Bits<ACC_W>>,
    sum_hi: Signal<Local, Bits<HI_W>>,
    sat: Signal<Local, Signed<WIDE_W>>,
    shifted: Signal<Local, Bits<WIDE_W>>,
    pre: Signal<Local, Signed<WIDE_W>>,
    u: Signal<Local, Signed<WIDE_W>>,
    quarter: Signal<Local, Bits<WIDE_W>>,
    h: Signal<Local, Signed<WIDE_W>>,
    g: Signal<Local, Signed<WIDE_W>>,
    sat_f: Signal<Local, Bits<WIDE_W>>,
    sig_c: Signal<Local, Bits<WIDE_W>>,
    sig_r: Signal<Local, Bits<WIDE_W>>,
    sig_j: Signal<Local, Bits<WIDE_W>>,
    out: Signal<Local, Signed<ACT_W>>,
    last: Constant<Bits<PADDR_W>>,
    one: Constant<Signed<ACT_W>>,
    one32: Constant<Signed<WIDE_W>>,
    half32: Constant<Signed<WIDE_W>>,
    zero32: Constant<Signed<WIDE_W>>,
    zero_acc: Constant<Signed<ACC_W>>,
    hi_ones: Constant<Bits<HI_W>>,
    act_max: Constant<Signed<WIDE_W>>,
    act_min: Constant<Signed<WIDE_W>>,
    wide_max: Constant<Signed<WIDE_W>>,
    wide_min: Constant<Signed<WIDE_W>>,
    theta_frac: Constant<Bits<8>>,
    fill: Constant<Bits<WIDE_W>>,
    quarter_fill: Constant<Bits<WIDE_W>>,
    relu: Constant<Bit>,
    flip: Constant<Bits<WIDE_W>>,
    act_max_f: Constant<Bits<WIDE_W>>,
    act_min_f: Constant<Bits<WIDE_W>>,
    one_f: Constant<Bits<WIDE_W>>,
    sigmoid: Constant<Bit>,
    sig_lo_f: Constant<Bits<WIDE_W>>,
    sig_hi_f: Constant<Bits<WIDE_W>>,
    sig_lo: Constant<Bits<WIDE_W>>,
    sig_hi: Constant<Bits<WIDE_W>>,
    sig_half: Constant<Bits<WIDE_W>>,
    sig_half_neg: Constant<Bits<WIDE_W>>,
    sig_shift: Constant<Bits<8>>,
    sig_mid: Constant<Bits<SIG_W>>,
}

impl Network {
    /// The network of microcode `ucode` (`chip::microcode`, one word per parameter) over
    /// `n_acts` activation words, with the formats and activation of `formats`.
    pub fn new(ucode: &[Microword], n_acts: usize, formats: &Formats) -> Self {
        let p = ucode.len();
        assert!((1..=1 << PADDR_W).contains(&p), "checked by the chip plan");
        let one = formats.one().0 as i64;
        let aw = formats.act.width();
        let ucode: Vec<Bits<32>> = ucode
            .iter()
            .map(|w| Bits::from(w.encode() as u64))
            .collect();
        let sigmoid = formats.activation == Activation::Sigmoid;
        let sig_table: Vec<Bits<ACT_W>> = if sigmoid {
            (0..SIG_N)
                .map(|i| (activate(formats, formats.sig_grid(i)).0 as u64).into())
                .collect()
        } else {
            vec![]
        };
        // Sigmoid index constants (unused, but well-formed, for the other activations).
        let (sig_lo, sig_hi, sig_s) = if sigmoid {
            let (lo, hi) = formats.sig_clamp();
            (lo, hi, formats.sig_shift())
        } else {
            (0, 0, 1)
        };
        let bits32 = |x: i64| -> Bits<WIDE_W> { (x as u32 as u64).into() };
        Self {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            busy: Default::default(),
            done: Default::default(),
            param_addr: Default::default(),
            param_addr_next: Default::default(),
            theta: Default::default(),
            load: Default::default(),
            load_addr: Default::default(),
            load_data: Default::default(),
            y: Default::default(),
            y_valid: Default::default(),
            y_index: Default::default(),
            acts: BlockRam::new(n_acts),
            ucode: ROM::from(ucode.into_iter()),
            sig_rom: ROM::from(sig_table.into_iter()),
            count: Default::default(),
            ucode_word: Default::default(),
            count_next: Default::default(),
            running: Default::default(),
            finished: Default::default(),
            acc: Default::default(),
            word: Default::default(),
            bias: Default::default(),
            x: Default::default(),
            ut: Default::default(),
            ux: Default::default(),
            fix_t: Default::default(),
            fix_x: Default::default(),
            product: Default::default(),
            pre_f: Default::default(),
            sum: Default::default(),
            sum_u: Default::default(),
            sum_hi: Default::default(),
            sat: Default::default(),
            shifted: Default::default(),
            pre: Default::default(),
            u: Default::default(),
            quarter: Default::default(),
            h: Default::default(),
            g: Default::default(),
            sat_f: Default::default(),
            sig_c: Default::default(),
            sig_r: Default::default(),
            sig_j: Default::default(),
            out: Default::default(),
            last: Constant::new((p - 1).to_bits()),
            one: Constant::new(to_hw(one)),
            one32: Constant::new(to_hw(one)),
            half32: Constant::new(to_hw(one / 2)),
            zero32: Constant::new(to_hw(0)),
            zero_acc: Constant::new(0.into()),
            hi_ones: Constant::new(((1u64 << (ACC_W - WIDE_W + 1)) - 1).into()),
            act_max: Constant::new(to_hw(max_of(aw))),
            act_min: Constant::new(to_hw(min_of(aw))),
            wide_max: Constant::new(to_hw(max_of(32))),
            wide_min: Constant::new(to_hw(min_of(32))),
            theta_frac: Constant::new((formats.theta.frac_bits as u64).into()),
            fill: Constant::new((!(u32::MAX >> formats.theta.frac_bits) as u64).into()),
            quarter_fill: Constant::new(0xC000_0000u64.into()),
            relu: Constant::new(formats.activation == Activation::Relu),
            flip: Constant::new(0x8000_0000u64.into()),
            act_max_f: Constant::new(flipped(max_of(aw))),
            act_min_f: Constant::new(flipped(min_of(aw))),
            one_f: Constant::new(flipped(one)),
            sigmoid: Constant::new(sigmoid),
            sig_lo_f: Constant::new(flipped(sig_lo)),
            sig_hi_f: Constant::new(flipped(sig_hi)),
            sig_lo: Constant::new(bits32(sig_lo)),
            sig_hi: Constant::new(bits32(sig_hi)),
            sig_half: Constant::new(bits32(1 << (sig_s - 1))),
            sig_half_neg: Constant::new(bits32((1 << (sig_s - 1)) - 1)),
            sig_shift: Constant::new((sig_s as u64).into()),
            sig_mid: Constant::new(((SIG_N / 2) as u64).into()),
        }
    }
}

impl Logic for Network {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, count, ucode_word, running, finished, acc);
        self.acts.clock.next = self.clock.val();
        self.acts.read2_clock.next = self.clock.val();
        self.acts.read2_address.next = 0.into();
        self.count_next.next = self.count.q.val();
        self.word.next = self.ucode_word.q.val();
        self.bias.next = self.word.val().get_bit(20);
        self.param_addr.next = self.count.q.val();
        // MAC: acc + theta * x, saturated at 32 bits (overflow seen in the sign bits).
        self.x.next = self.acts.read_data.val();
        if self.bias.val() {
            self.x.next = self.one.val();
        }
        // Signed 16x16 product from the unsigned multiplier: ua * ub minus (ub << 16) if a < 0
        // and (ua << 16) if b < 0, mod 2^32 (rust-hdl simulates `Signed` * through BigInt).
        self.ut.next = unsigned_cast(self.theta.val());
        self.ux.next = unsigned_cast(self.x.val());
        self.fix_t.next = 0.into();
        if self.theta.val().get_bit(15) {
            self.fix_t.next = bit_cast::<WIDE_W, ACT_W>(self.ux.val()) << 16;
        }
        self.fix_x.next = 0.into();
        if self.x.val().get_bit(15) {
            self.fix_x.next = bit_cast::<WIDE_W, THETA_W>(self.ut.val()) << 16;
        }
        self.product.next =
            signed_cast((self.ut.val() * self.ux.val()) - self.fix_t.val() - self.fix_x.val());
        // Exact sum (ACC_W bits cannot overflow, `fixed::ACC_W`), saturated once to 32 bits
        // for the neuron: in range iff its bits 41..31 are all equal.
        self.sum.next = self.acc.q.val() + signed_bit_cast::<ACC_W, WIDE_W>(self.product.val());
        self.sat.next = signed_bit_cast::<WIDE_W, ACC_W>(self.sum.val());
        self.sum_u.next = unsigned_cast(self.sum.val());
        self.sum_hi.next = self.sum_u.val().get_bits::<HI_W>(31);
        if self.sum_hi.val().any() & (self.sum_hi.val() != self.hi_ones.val()) {
            self.sat.next = self.wide_max.val();
            if self.sum.val().get_bit(41) {
                self.sat.next = self.wide_min.val();
            }
        }
        // u = sat_act(sum >>> theta_frac) (floor: logical shift plus sign fill).
        self.shifted.next = unsigned_cast(self.sat.val()) >> self.theta_frac.val();
        if self.sat.val().get_bit(31) {
            self.shifted.next =
                (unsigned_cast(self.sat.val()) >> self.theta_frac.val()) | self.fill.val();
        }
        self.pre.next = signed_cast(self.shifted.val());
        self.u.next = self.pre.val();
        // Signed compares as unsigned ones on sign-flipped bits (cheap to simulate).
        self.pre_f.next = unsigned_cast(self.pre.val()) ^ self.flip.val();
        if self.pre_f.val() > self.act_max_f.val() {
            self.u.next = self.act_max.val();
        }
        if self.pre_f.val() < self.act_min_f.val() {
            self.u.next = self.act_min.val();
        }
        // Hard sigmoid: clamp((u >>> 2) + 1/2, 0, 1); ReLU: max(u, 0).
        self.quarter.next = unsigned_cast(self.u.val()) >> 2;
        if self.u.val().get_bit(31) {
            self.quarter.next = (unsigned_cast(self.u.val()) >> 2) | self.quarter_fill.val();
        }
        self.h.next = signed_cast(self.quarter.val()) + self.half32.val();
        self.g.next = self.h.val();
        if (unsigned_cast(self.h.val()) ^ self.flip.val()) > self.one_f.val() {
            self.g.next = self.one32.val();
        }
        if self.h.val().get_bit(31) {
            self.g.next = self.zero32.val();
        }
        if self.relu.val() {
            self.g.next = self.u.val();
            if self.u.val().get_bit(31) {
                self.g.next = self.zero32.val();
            }
        }
        self.out.next = signed_bit_cast::<ACT_W, WIDE_W>(self.g.val());
        // Logistic sigmoid (`fixed::activate`): clamp the sum to [sig_lo, sig_hi], round to
        // the nearest table step (ties away from 0: add half a step, minus 1 if negative),
        // take the step's low SIG_K bits with the top one flipped (entry j + SIG_N / 2), read
        // the ROM. All in two's-complement `Bits` (the add wraps like the signed one).
        self.sat_f.next = unsigned_cast(self.sat.val()) ^ self.flip.val();
        self.sig_c.next = unsigned_cast(self.sat.val());
        if self.sat_f.val() > self.sig_hi_f.val() {
            self.sig_c.next = self.sig_hi.val();
        }
        if self.sat_f.val() < self.sig_lo_f.val() {
            self.sig_c.next = self.sig_lo.val();
        }
        self.sig_r.next = self.sig_c.val() + self.sig_half.val();
        if self.sig_c.val().get_bit(31) {
            self.sig_r.next = self.sig_c.val() + self.sig_half_neg.val();
        }
        self.sig_j.next = self.sig_r.val() >> self.sig_shift.val();
        self.sig_rom.address.next = self.sig_j.val().get_bits::<SIG_W>(0) ^ self.sig_mid.val();
        if self.sigmoid.val() {
            self.out.next = signed_cast(self.sig_rom.data.val());
        }
        // Outputs.
        self.busy.next = self.running.q.val();
        self.done.next = self.finished.q.val();
        self.y.next = self.out.val();
        self.y_index.next = self.word.val().get_bits::<8>(22);
        self.y_valid.next = self.running.q.val() & self.bias.val() & self.word.val().get_bit(21);
        // Activation writes: the neuron's output at its bias cycle, or an input load.
        self.acts.write_enable.next = self.running.q.val() & self.bias.val();
        self.acts.write_address.next = self.word.val().get_bits::<AADDR_W>(10);
        self.acts.write_data.next = self.out.val();
        if self.load.val() {
            self.acts.write_enable.next = true;
            self.acts.write_address.next = self.load_addr.val();
            self.acts.write_data.next = self.load_data.val();
        }
        // Counter.
        self.finished.d.next = false;
        if self.running.q.val() {
            self.count_next.next = self.count.q.val() + 1;
            self.acc.d.next = self.sum.val();
            if self.bias.val() {
                self.acc.d.next = self.zero_acc.val();
            }
            if self.count.q.val() == self.last.val() {
                self.running.d.next = false;
                self.finished.d.next = true;
                self.count_next.next = 0.into();
            }
        }
        if self.start.val() {
            self.running.d.next = true;
            self.count_next.next = 0.into();
            self.acc.d.next = self.zero_acc.val();
        }
        if self.reset.val() {
            self.running.d.next = false;
            self.finished.d.next = false;
            self.count_next.next = 0.into();
            self.acc.d.next = self.zero_acc.val();
        }
        // The next cycle's parameter: the microcode word and the activation it reads are
        // fetched at this edge (block RAM reads are registered).
        self.count.d.next = self.count_next.val();
        self.param_addr_next.next = self.count_next.val();
        self.ucode.address.next = self.count_next.val();
        self.ucode_word.d.next = self.ucode.data.val();
        self.acts.read_address.next = self.ucode.data.val().get_bits::<AADDR_W>(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{drive, settle, yosys_check};
    use crate::chip::microcode;
    use crate::fixed::{from_hw, Act, Theta};
    use crate::fixtures::{xor_config, xor_sigmoid_config};
    use crate::model::network::infer;
    use rand::{Rng, SeedableRng};

    /// Run one inference of `uut` with `theta` and inputs `x`; returns (outputs in index
    /// order, cycles from the start cycle to `done`).
    fn run(uut: &mut Network, theta: &[Theta], x: &[Act]) -> (Vec<(usize, i64)>, u64) {
        for (i, v) in x.iter().enumerate() {
            uut.load.next = true;
            uut.load_addr.next = i.to_bits();
            uut.load_data.next = to_hw(v.0 as i64);
            assert!(drive(uut, |u| &mut u.clock));
        }
        uut.load.next = false;
        uut.start.next = true;
        assert!(drive(uut, |u| &mut u.clock));
        uut.start.next = false;
        let (mut ys, mut cycles) = (vec![], 1u64);
        loop {
            assert!(settle(uut));
            if uut.done.val() {
                return (ys, cycles);
            }
            uut.theta.next = to_hw(theta[uut.param_addr.val().index()].0 as i64);
            assert!(settle(uut));
            if uut.y_valid.val() {
                ys.push((uut.y_index.val().index(), from_hw(uut.y.val())));
            }
            assert!(drive(uut, |u| &mut u.clock));
            cycles += 1;
            assert!(cycles < 10_000);
        }
    }

    #[test]
    fn network_matches_the_model_on_random_weights() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
        for (layers, act) in [
            (vec![2, 2, 1], Activation::HardSigmoid),
            (vec![4, 3, 2], Activation::HardSigmoid),
            (vec![3, 1, 3, 2], Activation::Relu),
            (vec![2, 2, 1], Activation::Sigmoid),
            (vec![4, 3, 2], Activation::Sigmoid),
        ] {
            let mut c = xor_config();
            c.network.layers = layers.clone();
            c.network.activation = act;
            let f = crate::chip::formats::formats(&c).unwrap();
            let mut uut = Network::new(&microcode::build(&layers), layers.iter().sum(), &f);
            uut.connect_all();
            uut.reset.next = true;
            assert!(drive(&mut uut, |u| &mut u.clock));
            uut.reset.next = false;
            let p = c.n_params();
            let tw = f.theta.width();
            for trial in 0..50 {
                let theta: Vec<Theta> = (0..p)
                    .map(|_| Theta(rng.random_range(min_of(tw)..=max_of(tw)) as i32))
                    .collect();
                let x: Vec<Act> = (0..layers[0])
                    .map(|_| Act(rng.random_range(0..=f.one().0)))
                    .collect();
                let want = infer(&f, &layers, &theta, &x);
                let (ys, cycles) = run(&mut uut, &theta, &x);
                assert_eq!(cycles, p as u64 + 1, "P MAC cycles, then done");
                let got: Vec<i64> = ys.iter().map(|&(_, y)| y).collect();
                let idx: Vec<usize> = ys.iter().map(|&(k, _)| k).collect();
                assert_eq!(idx, (0..want.len()).collect::<Vec<_>>());
                let want: Vec<i64> = want.iter().map(|a| a.0 as i64).collect();
                assert_eq!(got, want, "{layers:?} trial {trial}");
                // The outputs also sit in the activation memory.
                assert_eq!(
                    from_hw(uut.acts.peek(microcode::out_base(&layers))),
                    want[0]
                );
            }
        }
    }

    #[test]
    fn network_synthesizes() {
        let f = crate::chip::formats::formats(&xor_config()).unwrap();
        let mut uut = Network::new(&microcode::build(&[2, 2, 1]), 5, &f);
        uut.connect_all();
        yosys_check("network", &uut).unwrap();
    }

    #[test]
    fn network_with_sigmoid_table_synthesizes() {
        let f = crate::chip::formats::formats(&xor_sigmoid_config()).unwrap();
        let mut uut = Network::new(&microcode::build(&[2, 2, 1]), 5, &f);
        uut.connect_all();
        let vlog = yosys_check("network_sigmoid", &uut).unwrap();
        assert!(
            vlog.contains("data = 16'h800;"),
            "the table holds 1/2 (Q2.12)"
        );
    }
}
