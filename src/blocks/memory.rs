//! `BlockRam`: the chip's memory, written so that FPGA tools map it to block RAM (iCE40
//! SB_RAM40_4K, ECP5 DP16KD): one write port, and read ports whose address is taken at the
//! clock edge and whose data is a register.
//!
//! The serial datapath still reads a parameter, its gradient and an activation in the same
//! cycle it uses them, with no extra pipeline stage: its users present the address of the
//! *next* cycle (from their next-state logic, `count.d` rather than `count.q`), so the word
//! arrives in the cycle that needs it. The main read port is write-first: a word written at the
//! same edge it is read is read as written (a soft bypass on iCE40, whose block RAM is not
//! transparent), so a value written at an edge is readable in the next cycle, as with the
//! register file this replaced.
//!
//! A memory the plan puts in LUT RAM (`ChipPlan::lut_ram`, `[chip] ram_style`: by default one
//! of at most `chip::LUT_RAM_WORDS` words, a lane's bank at many lanes) is written the other
//! way, with the same cycles: the main read port registers its address and reads the
//! memory asynchronously, so that tools map it to LUT RAM (the ECP5's distributed RAM) with
//! the register at the address, next to the RAM: the path of the address, one row number
//! fanned out to every lane's banks, then ends there instead of continuing through the RAM.
//! (A block RAM needs the data register: yosys 0.23 does not fold an address register into
//! one, and maps such a memory to flip-flops.)
//!
//! A memory can read in two cycles instead (`BlockRam::two_cycle`; the pipelined chip's theta,
//! G and V banks, `ChipPlan::reads_ahead`): the address is taken at one edge and the word
//! registered at the next, so neither the address's path nor the data's passes through the
//! RAM in the same cycle. Its user presents the address of the cycle after next, and the word
//! it gets is the memory as of the edge before it arrives: a write at the edge that registers
//! the word is not in it (the chip never writes a row at the edge before it uses it; the
//! lockstep and golden vectors check that).
//!
//! The second read port (`read2_*`) has its own clock, so the weight read-out works while the
//! chip's clock is stopped (the testbench pauses the chip and reads every weight); tie
//! `read2_clock` to the chip clock otherwise. It reads the memory as it is before that edge's
//! write, or 0 when `read2_enable` is low at the edge (so that the banks of L lanes can be
//! ORed: only the bank that holds the word read reads it).
//!
//! The address ports are the chip-wide `N` bits, but the memory holds only `depth` words (the
//! words the configuration uses, rounded up to a power of two) and decodes the low
//! `log2(depth)` address bits, so a small network gets a small memory. Addresses at or above
//! `depth` alias (never used by the chip's own sequencing).
//!
//! Twin: a `Vec` in the fast model (the read timing is invisible at step boundaries). Tests at
//! the bottom of this file.

use rust_hdl::prelude::*;

use crate::chip::{memory_depth, LUT_RAM_WORDS};
use crate::config::RamStyle;

/// Memory of `depth` (a power of two, at most `2^N`) words of type `D`: writes and reads at the
/// rising edge, addressed by the low `log2(depth)` bits of `N`-bit addresses.
#[derive(LogicBlock, Default)]
pub struct BlockRam<D: Synth, const N: usize> {
    /// Clock of the write port and the main read port.
    pub clock: Signal<In, Clock>,
    /// Address read at the rising edge (the address the next cycle needs).
    pub read_address: Signal<In, Bits<N>>,
    /// The word at `read_address` as of the last edge, that edge's write included.
    pub read_data: Signal<Out, D>,
    /// Clock of the second read port (the chip clock, or a read-out strobe while it stops).
    pub read2_clock: Signal<In, Clock>,
    /// Address of the second read port, taken at the rising edge of `read2_clock`.
    pub read2_address: Signal<In, Bits<N>>,
    /// Read at the next `read2_clock` edge; low: that edge reads 0.
    pub read2_enable: Signal<In, Bit>,
    /// The word at `read2_address` as of the last `read2_clock` edge (0 if not enabled).
    pub read2_data: Signal<Out, D>,
    /// Address written at the rising edge when `write_enable`.
    pub write_address: Signal<In, Bits<N>>,
    /// Word to write.
    pub write_data: Signal<In, D>,
    /// Write this cycle.
    pub write_enable: Signal<In, Bit>,
    _mem: Vec<D>,
    _lut: bool,
    _two_cycle: bool,
    /// Read in two cycles, a write at the edge that registers the word is read as written.
    _late_writes: bool,
    /// `[chip] ram_style`, which the Verilog says where it must ([`Self::style`]).
    _style: RamStyle,
    /// The two-cycle port's address, taken at the edge before.
    _at: usize,
    _read: D,
    _read2: D,
}

impl<D: Synth, const N: usize> BlockRam<D, N> {
    /// A memory of at least `words` words (rounded up to a power of two, at least 2), all 0,
    /// written for LUT RAM (`lut`: a registered address) or block RAM (a data register).
    pub fn new(words: usize, lut: bool) -> Self {
        let depth = memory_depth(words);
        assert!(depth <= 1 << N, "{depth} words do not fit 2^{N}");
        Self {
            _mem: vec![D::default(); depth],
            _lut: lut,
            ..Default::default()
        }
    }

    /// This memory with its main read port taking two cycles when `on`: `read_data` is the
    /// word at the address taken two edges before, as of the edge between (its write
    /// included, the later edge's not).
    pub fn two_cycle(mut self, on: bool) -> Self {
        self._two_cycle = on;
        self
    }

    /// This two-cycle memory also reads a word written at the edge that registers it as
    /// written (a bypass at the data register), so its reads see every write a one-cycle read
    /// of the same edge would: its user only moves its address a cycle earlier. The
    /// activation banks, whose loads and outputs land up to the edge before their word is
    /// used.
    pub fn late_writes(mut self, on: bool) -> Self {
        self._late_writes = on;
        self
    }

    /// This memory written for the plan's `[chip] ram_style`. With `distributed` it says
    /// `ram_style = "distributed"` if it is written in the two-cycle LUT-RAM form and above
    /// `chip::LUT_RAM_WORDS` words: without it yosys would merge both registers into a block
    /// RAM, whose clock-to-data is the path that form cuts. (Unsaid, yosys picks: the iCE40,
    /// without LUT RAM, takes the block RAM.) With `registers` the LUT-RAM form says
    /// `ram_style = "logic"`: flip-flops and a multiplexer, no RAM cell.
    pub fn style(mut self, style: RamStyle) -> Self {
        self._style = style;
        self
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

/// The part-select of an `n`-bit address that a memory of `depth` words (a power of two)
/// decodes: `[k-1:0]` for depth 2^k < 2^n, nothing for the whole address.
fn low_bits(depth: usize, n: usize) -> String {
    match depth == 1 << n {
        true => String::new(),
        false => format!("[{}:0]", depth.trailing_zeros() - 1),
    }
}

impl<D: Synth, const N: usize> Logic for BlockRam<D, N> {
    fn update(&mut self) {
        // Inputs are the values before the edge (rust-hdl commits signals after the pass).
        if self.read2_clock.pos_edge() {
            self._read2 = if self.read2_enable.val() {
                self._mem[self.index(self.read2_address.val().index())]
            } else {
                D::default()
            };
        }
        if self.clock.pos_edge() {
            let r = self.index(self.read_address.val().index());
            let w = self.index(self.write_address.val().index());
            let we = self.write_enable.val();
            self._read = if self._two_cycle {
                let word = match self._late_writes && we && w == self._at {
                    true => self.write_data.val(),
                    false => self._mem[self._at],
                };
                self._at = r;
                word
            } else if we && w == r {
                self.write_data.val()
            } else {
                self._mem[r]
            };
            if we {
                self._mem[w] = self.write_data.val();
            }
        }
        self.read_data.next = self._read;
        self.read2_data.next = self._read2;
    }

    fn connect(&mut self) {
        self.read_data.connect();
        self.read2_data.connect();
    }

    fn hdl(&self) -> Verilog {
        let bits = low_bits(self._mem.len(), N);
        let last = self._mem.len() - 1;
        // Both forms read a word written at the edge that takes its address as written: the
        // registered address (LUT RAM) or the data register with a write-first bypass. Read in
        // two cycles, both register the address and then the word (nonblocking: the word as
        // of before this edge's write).
        let ra = format!("read_address{bits}");
        // The two-cycle forms' data register: the word at `read_at` (the block RAM's
        // `read_q`), or with `late_writes` the word this edge writes there.
        let word = match self._lut {
            true => "mem[read_at]",
            false => "read_q",
        };
        let late = match self._late_writes {
            true => format!(
                "   if (write_enable && write_address{bits} == read_at) begin
      read_data <= write_data;
   end else begin
      read_data <= {word};
   end
end
"
            ),
            false => format!("   read_data <= {word};\nend\n"),
        };
        let (declare, start, read) = match (self._two_cycle, self._lut) {
            // The data register after the LUT RAM's registered address (`Self::distributed`).
            (true, true) => (
                format!("reg [{}:0] read_at;\n", self._mem.len().trailing_zeros() - 1),
                "read_at = 0;\n   read_data".to_string(),
                format!("   read_at <= {ra};\n{late}"),
            ),
            // The block RAM's write-first read, then a register in the fabric.
            // (`read_at` only for the bypass's compare.)
            (true, false) => {
                let (at, at0, take) = match self._late_writes {
                    true => (
                        format!("reg [{}:0] read_at;\n", self._mem.len().trailing_zeros() - 1),
                        "read_at = 0;\n   ",
                        format!("   read_at <= {ra};\n"),
                    ),
                    false => (String::new(), "", String::new()),
                };
                (
                    format!("reg [{}:0] read_q;\n{at}", D::BITS - 1),
                    ["read_q = 0;\n   ", at0, "read_data"].concat(),
                    format!(
                        "   if (write_enable && write_address{bits} == {ra}) begin
      read_q <= write_data;
   end else begin
      read_q <= mem[{ra}];
   end
{take}{late}"
                    ),
                )
            }
            (false, true) => (
                format!("reg [{}:0] read_at;\n", self._mem.len().trailing_zeros() - 1),
                "read_at".to_string(),
                format!(
                    "   read_at <= read_address{bits};\nend\nalways @(*) read_data = mem[read_at];\n"
                ),
            ),
            (false, false) => (
                String::new(),
                "read_data".to_string(),
                format!(
                    "   if (write_enable && write_address{bits} == read_address{bits}) begin
      read_data <= write_data;
   end else begin
      read_data <= mem[read_address{bits}];
   end
end
"
                ),
            ),
        };
        let main = format!(
            "\
{declare}integer i;
initial begin
   for (i = 0; i <= {last}; i = i + 1) mem[i] = 0;
   {start} = 0;
   read2_data = 0;
end

always @(posedge clock) begin
   if (write_enable) begin
      mem[write_address{bits}] <= write_data;
   end
{read}"
        );
        let big = self._two_cycle && self._mem.len() > LUT_RAM_WORDS;
        let style = match (self._style, self._lut) {
            (RamStyle::Registers, true) => "(* ram_style = \"logic\" *)\n",
            (RamStyle::Distributed, true) if big => "(* ram_style = \"distributed\" *)\n",
            _ => "",
        };
        Verilog::Custom(format!(
            "\
{style}reg [{msb}:0] mem[0:{last}];
{main}
always @(posedge read2_clock) begin
   if (read2_enable) begin
      read2_data <= mem[read2_address{bits}];
   end else begin
      read2_data <= 0;
   end
end
",
            msb = D::BITS - 1,
            last = self._mem.len() - 1,
        ))
    }

    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "block_ram".into(),
            clock: "clock".into(),
            inputs: vec![
                "read_address".into(),
                "write_address".into(),
                "write_data".into(),
                "write_enable".into(),
            ],
            outputs: vec!["read_data".into()],
        }]
    }
}

/// Read-only memory of `depth` (a power of two, at least 2) words of type `D`, read at the
/// rising edge: `data` is a register, loaded with the word at `address` (its low `log2(depth)`
/// bits) at each edge, so synthesis maps it to block RAM (ECP5 DP16KD, iCE40 SB_RAM40_4K, with
/// the words as its initial contents) and the path from `address` ends at the memory. A
/// combinational `ROM` (rust-hdl's) of thousands of words becomes a tree of LUT multiplexers:
/// the pipelined chip's sample ROM was its critical path on ECP5 (14.8 ns).
#[derive(LogicBlock, Default)]
pub struct BlockRom<D: Synth, const N: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// Address read at the rising edge.
    pub address: Signal<In, Bits<N>>,
    /// The word at `address` as of the last edge (0 before the first).
    pub data: Signal<Out, D>,
    _rom: Vec<D>,
    _read: D,
}

impl<D: Synth, const N: usize> BlockRom<D, N> {
    /// A memory holding `words` (rounded up to a power of two, at least 2, with 0).
    pub fn new(words: Vec<D>) -> Self {
        let depth = words.len().next_power_of_two().max(2);
        assert!(depth <= 1 << N, "{depth} words do not fit 2^{N}");
        let mut rom = words;
        rom.resize(depth, D::default());
        Self {
            _rom: rom,
            ..Default::default()
        }
    }

    /// Words the memory holds (a power of two).
    pub fn depth(&self) -> usize {
        self._rom.len()
    }
}

impl<D: Synth, const N: usize> Logic for BlockRom<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            self._read = self._rom[self.address.val().index() & (self._rom.len() - 1)];
        }
        self.data.next = self._read;
    }

    fn connect(&mut self) {
        self.data.connect();
    }

    fn hdl(&self) -> Verilog {
        let bits = low_bits(self._rom.len(), N);
        // Only the non-zero words are listed: a sample ROM is mostly zeros.
        let words: String = self
            ._rom
            .iter()
            .enumerate()
            .filter(|(_, w)| **w != D::default())
            .map(|(i, w)| format!("   mem[{i}] = {};\n", w.verilog()))
            .collect();
        Verilog::Custom(format!(
            "\
reg [{msb}:0] mem[0:{last}];
integer i;
initial begin
   for (i = 0; i <= {last}; i = i + 1) mem[i] = 0;
{words}   data = 0;
end

always @(posedge clock) begin
   data <= mem[address{bits}];
end
",
            msb = D::BITS - 1,
            last = self._rom.len() - 1,
        ))
    }

    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "block_rom".into(),
            clock: "clock".into(),
            inputs: vec!["address".into()],
            outputs: vec!["data".into()],
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::{drive, settle, yosys_check};

    fn edge(uut: &mut BlockRam<Bits<8>, 3>) {
        assert!(drive(uut, |u| &mut u.clock));
    }

    #[test]
    fn block_ram_reads_at_the_edge_write_first() {
        let mut uut = BlockRam::<Bits<8>, 3>::new(8, true);
        uut.connect_all();
        uut.write_address.next = 1u64.into();
        uut.write_data.next = 9u64.into();
        uut.write_enable.next = true;
        uut.read_address.next = 1u64.into();
        assert!(settle(&mut uut));
        assert_eq!(
            uut.read_data.val(),
            Bits::<8>::from(0u64),
            "nothing before the edge"
        );
        edge(&mut uut);
        assert_eq!(
            uut.read_data.val(),
            Bits::<8>::from(9u64),
            "written and read at one edge"
        );
        assert_eq!(uut.peek(1), Bits::<8>::from(9u64));
        uut.write_address.next = 2u64.into();
        uut.write_data.next = 7u64.into();
        assert!(settle(&mut uut));
        assert_eq!(
            uut.read_data.val(),
            Bits::<8>::from(9u64),
            "a register until the edge"
        );
        edge(&mut uut);
        assert_eq!(
            uut.read_data.val(),
            Bits::<8>::from(9u64),
            "other address: old word"
        );
        uut.write_enable.next = false;
        uut.read_address.next = 2u64.into();
        assert!(settle(&mut uut));
        edge(&mut uut);
        assert_eq!(uut.read_data.val(), Bits::<8>::from(7u64));
    }

    #[test]
    fn a_two_cycle_read_takes_its_address_then_its_word() {
        for lut in [false, true] {
            let mut uut = BlockRam::<Bits<8>, 3>::new(8, lut).two_cycle(true);
            uut.connect_all();
            // Edge 1 writes word 1 and takes address 1.
            uut.write_address.next = 1u64.into();
            uut.write_data.next = 9u64.into();
            uut.write_enable.next = true;
            uut.read_address.next = 1u64.into();
            assert!(settle(&mut uut));
            edge(&mut uut);
            assert_eq!(uut.read_data.val(), Bits::<8>::from(0u64), "word 0 yet");
            // Edge 2 registers word 1 as edge 1 left it; edge 2 writes word 2.
            uut.write_address.next = 2u64.into();
            uut.write_data.next = 7u64.into();
            uut.read_address.next = 2u64.into();
            assert!(settle(&mut uut));
            edge(&mut uut);
            assert_eq!(
                uut.read_data.val(),
                Bits::<8>::from(9u64),
                "its write included"
            );
            // Edge 3 registers word 2 as edge 2 left it, not edge 3's write.
            uut.write_data.next = 5u64.into();
            assert!(settle(&mut uut));
            edge(&mut uut);
            assert_eq!(
                uut.read_data.val(),
                Bits::<8>::from(7u64),
                "a later write not"
            );
            assert_eq!(uut.peek(2), Bits::<8>::from(5u64));
            let Verilog::Custom(text) = uut.hdl() else {
                panic!("custom Verilog")
            };
            let (first, second) = match lut {
                true => ("read_at <= read_address;", "read_data <= mem[read_at]"),
                false => ("read_q <= mem[read_address]", "read_data <= read_q"),
            };
            assert!(text.contains(first) && text.contains(second), "{text}");
            assert!(!text.contains("ram_style"), "LUT RAM of 8 words by itself");
            yosys_check("block_ram_two_cycle", &uut).unwrap();
        }
    }

    #[test]
    fn late_writes_read_the_write_at_the_edge_that_registers_the_word() {
        for lut in [true, false] {
            for late in [false, true] {
                let mut uut = BlockRam::<Bits<8>, 3>::new(8, lut)
                    .two_cycle(true)
                    .late_writes(late);
                uut.connect_all();
                // Edge 1 takes address 1 (and writes 9 there); edge 2 writes 4 there and
                // registers the word.
                uut.write_address.next = 1u64.into();
                uut.write_data.next = 9u64.into();
                uut.write_enable.next = true;
                uut.read_address.next = 1u64.into();
                assert!(settle(&mut uut));
                edge(&mut uut);
                uut.write_data.next = 4u64.into();
                uut.read_address.next = 3u64.into();
                assert!(settle(&mut uut));
                edge(&mut uut);
                let want = if late { 4u64 } else { 9 };
                assert_eq!(
                    uut.read_data.val(),
                    Bits::<8>::from(want),
                    "lut {lut} late {late}"
                );
                // A write elsewhere at that edge is not read: word 3 as written before.
                uut.write_data.next = 6u64.into();
                assert!(settle(&mut uut));
                edge(&mut uut);
                assert_eq!(
                    uut.read_data.val(),
                    Bits::<8>::from(0u64),
                    "lut {lut} late {late}"
                );
                let Verilog::Custom(text) = uut.hdl() else {
                    panic!("custom Verilog")
                };
                assert_eq!(
                    text.contains("write_address == read_at"),
                    late,
                    "the bypass's compare: {text}"
                );
                yosys_check("block_ram_late_writes", &uut).unwrap();
            }
        }
    }

    #[test]
    fn second_port_reads_on_its_own_clock() {
        let mut uut = BlockRam::<Bits<8>, 3>::new(8, true);
        uut.connect_all();
        uut.write_address.next = 3u64.into();
        uut.write_data.next = 5u64.into();
        uut.write_enable.next = true;
        assert!(settle(&mut uut));
        edge(&mut uut);
        uut.write_enable.next = false;
        uut.read2_address.next = 3u64.into();
        uut.read2_enable.next = true;
        assert!(settle(&mut uut));
        assert_eq!(uut.read2_data.val(), Bits::<8>::from(0u64));
        assert!(drive(&mut uut, |u| &mut u.read2_clock));
        assert_eq!(uut.read2_data.val(), Bits::<8>::from(5u64));
        uut.read2_enable.next = false;
        assert!(drive(&mut uut, |u| &mut u.read2_clock));
        assert_eq!(
            uut.read2_data.val(),
            Bits::<8>::from(0u64),
            "disabled reads 0"
        );
    }

    #[test]
    fn block_ram_sized_below_its_address_space_decodes_the_low_bits() {
        let mut uut = BlockRam::<Bits<8>, 4>::new(3, true);
        assert_eq!(uut.depth(), 4);
        uut.connect_all();
        uut.write_address.next = 6u64.into(); // aliases word 2
        uut.write_data.next = 4u64.into();
        uut.write_enable.next = true;
        uut.read_address.next = 2u64.into();
        assert!(settle(&mut uut));
        assert!(drive(&mut uut, |u| &mut u.clock));
        assert_eq!(uut.peek(2), Bits::<8>::from(4u64));
        assert_eq!(uut.read_data.val(), Bits::<8>::from(4u64));
        let Verilog::Custom(text) = uut.hdl() else {
            panic!("custom Verilog")
        };
        assert!(text.contains("mem[0:3]") && text.contains("read_at <= read_address[1:0]"));
        // Written for block RAM, the data is the register.
        let Verilog::Custom(big) = BlockRam::<Bits<8>, 8>::new(33, false).hdl() else {
            panic!("custom Verilog")
        };
        assert!(big.contains("read_data <= mem[read_address[5:0]]") && !big.contains("read_at"));
    }

    #[test]
    fn block_ram_synthesizes() {
        for lut in [false, true] {
            let mut uut = BlockRam::<Signed<16>, 4>::new(5, lut);
            assert_eq!(uut.depth(), 8);
            uut.connect_all();
            yosys_check("block_ram", &uut).unwrap();
        }
    }

    #[test]
    fn block_rom_reads_its_words_at_the_edge() {
        let words: Vec<Signed<16>> = [3i64, -2, 0].iter().map(|&w| w.into()).collect();
        let mut uut = BlockRom::<Signed<16>, 4>::new(words);
        assert_eq!(uut.depth(), 4);
        uut.connect_all();
        uut.address.next = 1u64.into();
        assert!(settle(&mut uut));
        assert_eq!(
            uut.data.val(),
            Signed::<16>::from(0i64),
            "nothing before the edge"
        );
        assert!(drive(&mut uut, |u| &mut u.clock));
        assert_eq!(uut.data.val(), Signed::<16>::from(-2i64));
        uut.address.next = 4u64.into(); // aliases word 0
        assert!(settle(&mut uut));
        assert_eq!(
            uut.data.val(),
            Signed::<16>::from(-2i64),
            "a register until the edge"
        );
        assert!(drive(&mut uut, |u| &mut u.clock));
        assert_eq!(uut.data.val(), Signed::<16>::from(3i64));
        let Verilog::Custom(text) = uut.hdl() else {
            panic!("custom Verilog")
        };
        assert!(text.contains("mem[0:3]") && text.contains("mem[address[1:0]]"));
        assert!(!text.contains("mem[2] ="), "zero words are not listed");
        yosys_check("block_rom", &uut).unwrap();
    }
}
