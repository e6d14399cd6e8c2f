//! The network's microcode: one word per parameter, in parameter order, that tells the serial
//! MAC what to multiply theta_i with and where the neuron's output goes. One word type
//! ([`Microword`]) with [`build`], [`Microword::encode`] and [`Microword::decode`]: the RTL's
//! `ucode` ROM holds the encoded words, the fast model steps through the decoded ones.
//!
//! Parameters are numbered layer by layer, neuron by neuron, the neuron's weights (in input
//! order) then its bias. Activations are stored inputs first, then layer by layer, each layer
//! starting at a multiple of the lane count L ([`layer_bases`]), so that a row of L lanes reads
//! L consecutive activations from the L banks of the activation memory (bank a mod L, word
//! a / L; `chip::lanes`). At L = 1 the layers are packed.
//!
//! ```text
//! bit  31..30  29..22     21      20     19..10     9..0
//!      0       out_index  is_out  bias   out_addr   act_addr
//! ```
//! rust-hdl's `hdl_gen` turns only literals into Verilog bit indices, so `blocks::network`
//! decodes the word with the literal bit numbers of this table; the test
//! `the_rtl_decodes_these_bit_positions` pins them.

use crate::fixed::AADDR_W;

/// Width of a microcode word (the ROM's data width).
pub const UC_W: usize = 32;
/// Bit offset of `act_addr` (AADDR_W bits).
pub const UC_ACT_ADDR: usize = 0;
/// Bit offset of `out_addr` (AADDR_W bits).
pub const UC_OUT_ADDR: usize = 10;
/// Bit of `bias`.
pub const UC_BIAS: usize = 20;
/// Bit of `is_out`.
pub const UC_IS_OUT: usize = 21;
/// Bit offset of `out_index` (8 bits).
pub const UC_OUT_INDEX: usize = 22;

const ADDR_MASK: u32 = (1 << AADDR_W) - 1;

/// One microcode word, decoded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Microword {
    /// Activation read by a weight cycle (0 in a bias word: its input is 1.0).
    pub act_addr: u16,
    /// Where the neuron's output is written (its bias cycle).
    pub out_addr: u16,
    /// This cycle multiplies the bias (input 1.0) and ends the neuron.
    pub bias: bool,
    /// The neuron is an output.
    pub is_out: bool,
    /// Output index of the neuron (`Bits<8>`).
    pub out_index: u8,
}

impl Microword {
    /// The word as the ROM holds it (see the module table).
    pub fn encode(&self) -> u32 {
        u32::from(self.act_addr) << UC_ACT_ADDR
            | u32::from(self.out_addr) << UC_OUT_ADDR
            | u32::from(self.bias) << UC_BIAS
            | u32::from(self.is_out) << UC_IS_OUT
            | u32::from(self.out_index) << UC_OUT_INDEX
    }

    /// The word of ROM bits `w`.
    pub fn decode(w: u32) -> Self {
        Self {
            act_addr: (w >> UC_ACT_ADDR & ADDR_MASK) as u16,
            out_addr: (w >> UC_OUT_ADDR & ADDR_MASK) as u16,
            bias: w >> UC_BIAS & 1 == 1,
            is_out: w >> UC_IS_OUT & 1 == 1,
            out_index: (w >> UC_OUT_INDEX & 0xff) as u8,
        }
    }
}

/// Activation address of each layer's first word (inputs first), each a multiple of `align`
/// (the lane count), and the memory's size (the last entry).
pub fn layer_bases(layers: &[usize], align: usize) -> Vec<usize> {
    let mut bases = vec![0];
    for &n in layers {
        let next = bases.last().copied().unwrap_or(0) + n.next_multiple_of(align);
        bases.push(next);
    }
    bases
}

/// The microcode of `layers`, one word per parameter, in parameter order, with the activation
/// layout of `align` lanes ([`layer_bases`]). The caller has checked the sizes fit the
/// address fields (`ChipPlan::new`).
pub fn build(layers: &[usize], align: usize) -> Vec<Microword> {
    let mut words = vec![];
    let bases = layer_bases(layers, align);
    for (l, w) in layers.windows(2).enumerate() {
        let (base, out_base) = (bases[l], bases[l + 1]);
        let is_out = l + 2 == layers.len();
        for j in 0..w[1] {
            let mk = |act_addr: usize, bias: bool| Microword {
                act_addr: act_addr as u16,
                out_addr: (out_base + j) as u16,
                bias,
                is_out,
                out_index: j as u8,
            };
            for k in 0..w[0] {
                words.push(mk(base + k, false));
            }
            words.push(mk(0, true));
        }
    }
    words
}

/// Address of the first output activation at `align` lanes.
pub fn out_base(layers: &[usize], align: usize) -> usize {
    layer_bases(layers, align)[layers.len() - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microcode_of_2_2_1() {
        let w = build(&[2, 2, 1], 1);
        assert_eq!(w.len(), 9);
        assert_eq!((w[0].act_addr, w[1].act_addr), (0, 1));
        assert!(w[2].bias && !w[2].is_out);
        assert_eq!(w[2].out_addr, 2, "neuron 0 of layer 1 is activation 2");
        assert_eq!(w[6].act_addr, 2, "the output neuron reads the hidden layer");
        assert!(w[8].bias && w[8].is_out);
        assert_eq!((w[8].out_addr, w[8].out_index), (4, 0));
        assert_eq!(out_base(&[2, 2, 1], 1), 4);
        // At 4 lanes every layer starts at a multiple of 4.
        assert_eq!(layer_bases(&[2, 2, 1], 4), vec![0, 4, 8, 12]);
        let w = build(&[2, 2, 1], 4);
        assert_eq!((w[2].out_addr, w[6].act_addr, w[8].out_addr), (4, 4, 8));
        assert_eq!(out_base(&[2, 2, 1], 4), 8);
    }

    #[test]
    fn encode_and_decode_are_inverse() {
        for layers in [vec![2, 2, 1], vec![64, 12, 10], vec![3, 1, 3, 2]] {
            for w in build(&layers, 3) {
                assert_eq!(Microword::decode(w.encode()), w);
                assert!(w.encode() < 1 << 30, "bits 31..30 are 0");
            }
        }
    }

    /// `blocks::network` decodes with these literal bit numbers (hdl_gen needs literals).
    #[test]
    fn the_rtl_decodes_these_bit_positions() {
        assert_eq!(
            (
                UC_ACT_ADDR,
                UC_OUT_ADDR,
                UC_BIAS,
                UC_IS_OUT,
                UC_OUT_INDEX,
                UC_W
            ),
            (0, 10, 20, 21, 22, 32)
        );
    }
}
