//! `RegFile`: a small memory with a synchronous write port and two asynchronous read ports
//! (distributed / LUT RAM on an FPGA). The serial datapath reads a parameter, its gradient and
//! an activation in the same cycle it uses them, so one parameter costs one cycle and a value
//! written at an edge is readable in the next cycle without a hazard.
//!
//! The address ports are the chip-wide `N` bits, but the memory holds only `depth` words (the
//! words the configuration uses, rounded up to a power of two) and decodes the low
//! `log2(depth)` address bits, so a small network gets a small memory: synthesis builds what the
//! configuration needs, not 2^N words. Addresses at or above `depth` alias (never used by the
//! chip's own sequencing).
//!
//! Twin: a `Vec` in the fast model. Tests at the bottom of this file.

use rust_hdl::prelude::*;

/// Memory of `depth` (a power of two, at most `2^N`) words of type `D`: write at the rising
/// edge, read combinationally, addressed by the low `log2(depth)` bits of `N`-bit addresses.
#[derive(LogicBlock, Default)]
pub struct RegFile<D: Synth, const N: usize> {
    /// Write clock.
    pub clock: Signal<In, Clock>,
    /// Address of the first read port.
    pub read_address: Signal<In, Bits<N>>,
    /// Word at `read_address`, combinational.
    pub read_data: Signal<Out, D>,
    /// Address of the second read port (weight read-out, output activations).
    pub read2_address: Signal<In, Bits<N>>,
    /// Word at `read2_address`, combinational.
    pub read2_data: Signal<Out, D>,
    /// Address written at the rising edge when `write_enable`.
    pub write_address: Signal<In, Bits<N>>,
    /// Word to write.
    pub write_data: Signal<In, D>,
    /// Write this cycle.
    pub write_enable: Signal<In, Bit>,
    _mem: Vec<D>,
    _init: Vec<D>,
}

impl<D: Synth, const N: usize> RegFile<D, N> {
    /// A memory of at least `words` words (rounded up to a power of two, at least 2), whose
    /// first words are `init` (the rest default), also in the Verilog.
    pub fn new(words: usize, init: &[D]) -> Self {
        let depth = words.max(init.len()).next_power_of_two().max(2);
        assert!(depth <= 1 << N, "{depth} words do not fit 2^{N}");
        let mut mem = vec![D::default(); depth];
        mem[..init.len()].copy_from_slice(init);
        Self {
            _mem: mem,
            _init: init.to_vec(),
            ..Default::default()
        }
    }

    /// The stored word at `addr` (for tests and probes; the chip reads through its ports).
    pub fn peek(&self, addr: usize) -> D {
        self._mem[addr]
    }

    /// Words the memory holds (a power of two).
    pub fn depth(&self) -> usize {
        self._mem.len()
    }

    /// The word index of address `a`: its low `log2(depth)` bits.
    fn index(&self, a: usize) -> usize {
        a & (self._mem.len() - 1)
    }
}

impl<D: Synth, const N: usize> Logic for RegFile<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() && self.write_enable.val() {
            let a = self.index(self.write_address.val().index());
            self._mem[a] = self.write_data.val();
        }
        self.read_data.next = self._mem[self.index(self.read_address.val().index())];
        self.read2_data.next = self._mem[self.index(self.read2_address.val().index())];
    }

    fn connect(&mut self) {
        self.read_data.connect();
        self.read2_data.connect();
    }

    fn hdl(&self) -> Verilog {
        let init = self
            ._init
            .iter()
            .enumerate()
            .map(|(i, d)| format!("   mem[{i}] = {};\n", d.verilog()))
            .collect::<String>();
        Verilog::Custom(format!(
            "\
reg [{msb}:0] mem[0:{last}];
integer i;
initial begin
   for (i = 0; i <= {last}; i = i + 1) mem[i] = 0;
{init}end

always @* begin
   read_data = mem[read_address{bits}];
   read2_data = mem[read2_address{bits}];
end

always @(posedge clock) begin
   if (write_enable) begin
      mem[write_address{bits}] <= write_data;
   end
end
",
            msb = D::BITS - 1,
            last = self._mem.len() - 1,
            bits = if self._mem.len() == 1 << N {
                String::new()
            } else {
                format!("[{}:0]", self._mem.len().trailing_zeros() - 1)
            },
        ))
    }

    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "regfile_write".into(),
            clock: "clock".into(),
            inputs: vec![
                "write_address".into(),
                "write_data".into(),
                "write_enable".into(),
            ],
            outputs: vec![],
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{drive, settle, yosys_check};

    #[test]
    fn regfile_writes_at_edge_and_reads_combinationally() {
        let mut uut = RegFile::<Bits<8>, 3>::new(8, &[5u64.into(), 6u64.into()]);
        uut.connect_all();
        uut.read_address.next = 1u64.into();
        assert!(settle(&mut uut));
        assert_eq!(uut.read_data.val(), Bits::<8>::from(6u64));
        uut.write_address.next = 1u64.into();
        uut.write_data.next = 9u64.into();
        uut.write_enable.next = true;
        assert!(settle(&mut uut));
        assert_eq!(
            uut.read_data.val(),
            Bits::<8>::from(6u64),
            "no write before the edge"
        );
        assert!(drive(&mut uut, |u| &mut u.clock));
        assert_eq!(uut.read_data.val(), Bits::<8>::from(9u64));
        assert_eq!(uut.peek(1), Bits::<8>::from(9u64));
    }

    #[test]
    fn regfile_sized_below_its_address_space_decodes_the_low_bits() {
        let mut uut = RegFile::<Bits<8>, 4>::new(3, &[1u64.into(), 2u64.into(), 3u64.into()]);
        assert_eq!(uut.depth(), 4);
        uut.connect_all();
        uut.read_address.next = 2u64.into();
        uut.read2_address.next = 6u64.into(); // aliases word 2
        assert!(settle(&mut uut));
        assert_eq!(uut.read_data.val(), Bits::<8>::from(3u64));
        assert_eq!(uut.read2_data.val(), Bits::<8>::from(3u64));
        let v = uut.hdl();
        let Verilog::Custom(text) = v else {
            panic!("custom Verilog")
        };
        assert!(text.contains("mem[0:3]") && text.contains("mem[read_address[1:0]]"));
    }

    #[test]
    fn regfile_synthesizes() {
        let mut uut = RegFile::<Signed<16>, 4>::new(5, &[crate::fixed::to_hw::<16>(-3)]);
        assert_eq!(uut.depth(), 8);
        uut.connect_all();
        yosys_check("regfile", &uut).unwrap();
    }
}
