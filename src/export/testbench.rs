//! The self-checking testbench `testbenches/tb_<stem>.v`: clocks the exported trainer, drives
//! `reset` from `status.hex`, compares `steps`, `current_cost` and `done` after every rising
//! edge and every parameter (through `read_addr` -> `read_theta`, one `read_clock` strobe each, clock held) at the checkpoints of
//! `theta.hex`, and stops at the first mismatch with
//! `MISMATCH <signal> cycle <c> expected <hex> got <hex>`, or prints `PASS ...`.
//!
//! Plain Verilog-2001 plus `always #5`, so that Icarus Verilog and Verilator (`--binary
//! --timing`) both run it. Defines (all optional) choose other vectors: `STATUS_HEX`,
//! `THETA_HEX`, `STREAM_HEX` (paths), `N_CYCLES`, `N_CHECKPOINTS`. A chip without its sample ROM
//! (`data.samples = "stream"`) gets a stream source that feeds `stream.hex` and never stalls. Twin: `vectors.rs` writes the columns
//! this file reads. Test: `tests/verilog.rs`.

use super::vectors::Vectors;
use super::{Design, Paths};
use crate::fixed::{ACT_W, PADDR_W, THETA_W, WIDE_W};

/// The testbench text for `design` and the vectors `vec` (their lengths are the defaults of
/// `N_CYCLES` / `N_CHECKPOINTS`; the paths default to `testbenches/vectors/<stem>/`, relative to
/// the folder the simulator runs in).
pub fn testbench(design: &Design, vec: &Vectors, _paths: &Paths) -> String {
    let stem = &design.stem;
    let top = design.top_name();
    let p = design.n_params();
    let nc = vec.status.len();
    let nk = vec.checkpoints.len();
    let (aw, act_w) = (ACT_W - 1, ACT_W);
    let nw = vec.stream.len();
    // A chip without its sample ROM gets a never-stalling stream source from stream.hex.
    let (source, source_logic, source_load, source_define) = if nw == 0 {
        (
            format!(
                "  reg stream_select = 1'b0;       // samples from the on-chip ROM\n  \
                 reg sample_valid = 1'b0;\n  reg [{aw}:0] sample_data = {act_w}'d0;\n  \
                 reg [7:0] sample_label = 8'd0;\n"
            ),
            String::new(),
            String::new(),
            String::new(),
        )
    } else {
        (
            format!(
                "  localparam integer NW = {nw};  // stream.hex: sample words, in the chip's order\n  \
                 reg stream_select = 1'b1;       // the chip has no sample ROM\n  \
                 reg sample_valid = 1'b1;        // the source never stalls\n  \
                 reg [{aw}:0] sample_data;\n  reg [7:0] sample_label;\n  \
                 reg [31:0] stream [0:2*NW-1];\n  integer w = 0;                  // next word\n"
            ),
            "  // The source: word w at every rising edge where the chip is ready; reset restarts.\n  \
             always @(posedge clock) begin\n    \
             if (reset) w <= 0;\n    \
             else if (sample_ready) w <= (w == NW - 1) ? 0 : w + 1;\n  \
             end\n  \
             always @* begin\n    \
             sample_data = stream[2*w][{aw}:0];\n    \
             sample_label = stream[2*w+1][7:0];\n  \
             end\n"
                .replace("{aw}", &aw.to_string()),
            "    $readmemh(`STREAM_HEX, stream);\n".to_string(),
            format!(
                "`ifndef STREAM_HEX\n`define STREAM_HEX \"testbenches/vectors/{stem}/stream.hex\"\n`endif\n"
            ),
        )
    };
    format!(
        r#"// tb_{stem}: self-checking testbench of {top} (rtl/{stem}.v), written by `mgdsim export`
// from {path}. Do not edit: regenerate. Replays golden vectors that the Rust simulation
// (`RtlTrainer`) recorded: testbenches/vectors/{stem}/status.hex (per rising edge: reset
// before it; steps, current_cost, done after it) and theta.hex (all P = {p} parameters read
// out at checkpoints). Prints `MISMATCH <signal> cycle <c> expected <hex> got <hex>` at the
// first difference, else `PASS`.
//
// Run with Icarus Verilog: iverilog -g2005 -o tb.vvp -s tb_{stem} rtl/{stem}.v testbenches/tb_{stem}.v && vvp tb.vvp
// Run with Verilator 5: verilator --binary --timing -Wno-fatal --top-module tb_{stem} rtl/{stem}.v testbenches/tb_{stem}.v && obj_dir/Vtb_{stem}
// Run from the repository root, or pass -DSTATUS_HEX=\"...\" -DTHETA_HEX=\"...\".
`timescale 1ns / 1ps
`ifndef STATUS_HEX
`define STATUS_HEX "testbenches/vectors/{stem}/status.hex"
`endif
`ifndef THETA_HEX
`define THETA_HEX "testbenches/vectors/{stem}/theta.hex"
`endif
{source_define}`ifndef N_CYCLES
`define N_CYCLES {nc}
`endif
`ifndef N_CHECKPOINTS
`define N_CHECKPOINTS {nk}
`endif

module tb_{stem};
  localparam integer P = {p};
  localparam integer NC = `N_CYCLES;
  localparam integer NK = `N_CHECKPOINTS;
  localparam integer SW = 5;      // status.hex: cycle reset steps current_cost done
  localparam integer TW = P + 1;  // theta.hex: cycle theta[0] .. theta[P-1]

  reg clock = 1'b0;
  reg run = 1'b1;                 // 0 holds the clock while the weights are read out
  reg reset = 1'b0;
{source}  reg read_clock = 1'b0;          // strobed once per weight while the clock is held
  reg [{pw}:0] read_addr = {paddr_w}'d0;
  wire sample_ready;
  wire [{tw}:0] read_theta;
  wire [31:0] steps;
  wire [{ww}:0] current_cost;
  wire done;

  {top} uut (
    .clock(clock), .reset(reset), .stream_select(stream_select),
    .sample_valid(sample_valid), .sample_data(sample_data), .sample_label(sample_label),
    .sample_ready(sample_ready), .read_clock(read_clock), .read_addr(read_addr),
    .read_theta(read_theta),
    .steps(steps), .current_cost(current_cost), .done(done));

  reg [31:0] status [0:SW*NC-1];
  reg [31:0] theta [0:TW*NK-1];
  integer c;
  integer k;
  integer i;

  always #5 if (run) clock = ~clock;
{source_logic}
  initial begin
    $readmemh(`STATUS_HEX, status);
    $readmemh(`THETA_HEX, theta);
{source_load}    k = 0;
    reset = status[1][0];
    for (c = 0; c < NC; c = c + 1) begin
      @(posedge clock);
      #1;
      if (status[SW*c] != c) begin
        $display("MISMATCH vectors cycle %0d expected %h got %h", c, c, status[SW*c]);
        $finish;
      end
      if (steps !== status[SW*c+2]) begin
        $display("MISMATCH steps cycle %0d expected %h got %h", c, status[SW*c+2], steps);
        $finish;
      end
      if (current_cost !== status[SW*c+3]) begin
        $display("MISMATCH current_cost cycle %0d expected %h got %h", c, status[SW*c+3], current_cost);
        $finish;
      end
      if (done !== status[SW*c+4][0]) begin
        $display("MISMATCH done cycle %0d expected %h got %h", c, status[SW*c+4][0], done);
        $finish;
      end
      if (k < NK && theta[TW*k] == c) begin
        run = 1'b0;
        for (i = 0; i < P; i = i + 1) begin
          read_addr = i[{pw}:0];
          #1 read_clock = 1'b1;
          #1 read_clock = 1'b0;
          if (read_theta !== theta[TW*k+1+i][{tw}:0]) begin
            $display("MISMATCH theta[%0d] cycle %0d expected %h got %h", i, c, theta[TW*k+1+i][{tw}:0], read_theta);
            $finish;
          end
        end
        k = k + 1;
        run = 1'b1;
      end
      if (c + 1 < NC) reset = status[SW*(c+1)+1][0];
    end
    if (k != NK) begin
      $display("MISMATCH checkpoints cycle %0d expected %0d got %0d", NC, NK, k);
      $finish;
    end
    $display("PASS %0d cycles, %0d checkpoints of %0d parameters", NC, NK, P);
    $finish;
  end
endmodule
"#,
        path = design.path,
        source = source,
        source_logic = source_logic,
        source_load = source_load,
        source_define = source_define,
        pw = PADDR_W - 1,
        paddr_w = PADDR_W,
        tw = THETA_W - 1,
        ww = WIDE_W - 1,
    )
}
