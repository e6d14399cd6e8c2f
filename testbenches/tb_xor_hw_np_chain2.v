// tb_xor_hw_np_chain2: self-checking testbench of mgd_trainer_xor_hw_np_chain2 (rtl/xor_hw_np_chain2.v), written by `mgdsim export`
// from sim/configs/xor_hw_np_chain2.toml. Do not edit: regenerate. Replays golden vectors that the Rust simulation
// (`RtlTrainer`) recorded: testbenches/vectors/xor_hw_np_chain2/status.hex (per rising edge: reset
// before it; steps, current_cost, done, at_target, correct after it) and theta.hex (all P = 6 parameters read
// out at checkpoints). Prints `MISMATCH <signal> cycle <c> expected <hex> got <hex>` at the
// first difference, else `PASS`.
//
// Run with Icarus Verilog: iverilog -g2005 -o tb.vvp -s tb_xor_hw_np_chain2 rtl/xor_hw_np_chain2.v testbenches/tb_xor_hw_np_chain2.v && vvp tb.vvp
// Run with Verilator 5: verilator --binary --timing -Wno-fatal --top-module tb_xor_hw_np_chain2 rtl/xor_hw_np_chain2.v testbenches/tb_xor_hw_np_chain2.v && obj_dir/Vtb_xor_hw_np_chain2
// Add -DSTALLS to replay the stalled run of testbenches/vectors/xor_hw_np_chain2/stall/ (stream selected,
// sample_valid low for the first 100 cycles of the first Load, then 30% seeded random stalls;
// random waits and stray addresses during the weight read-out).
// Run from the repository root, or pass -DSTATUS_HEX=\"...\" -DTHETA_HEX=\"...\" (and the others).
`timescale 1ns / 1ps
`ifdef STALLS
`ifndef STATUS_HEX
`define STATUS_HEX "testbenches/vectors/xor_hw_np_chain2/stall/status.hex"
`endif
`ifndef THETA_HEX
`define THETA_HEX "testbenches/vectors/xor_hw_np_chain2/stall/theta.hex"
`endif
`ifndef STREAM_HEX
`define STREAM_HEX "testbenches/vectors/xor_hw_np_chain2/stall/stream.hex"
`endif
`ifndef VALID_HEX
`define VALID_HEX "testbenches/vectors/xor_hw_np_chain2/stall/valid.hex"
`endif
`ifndef READOUT_HEX
`define READOUT_HEX "testbenches/vectors/xor_hw_np_chain2/stall/readout.hex"
`endif
`ifndef N_CYCLES
`define N_CYCLES 4000
`endif
`ifndef N_CHECKPOINTS
`define N_CHECKPOINTS 8
`endif
`define N_WORDS 494
`define STREAM_ON 1
`else
`ifndef STATUS_HEX
`define STATUS_HEX "testbenches/vectors/xor_hw_np_chain2/status.hex"
`endif
`ifndef THETA_HEX
`define THETA_HEX "testbenches/vectors/xor_hw_np_chain2/theta.hex"
`endif
`ifndef STREAM_HEX
`define STREAM_HEX "testbenches/vectors/xor_hw_np_chain2/stream.hex"
`endif
`ifndef N_CYCLES
`define N_CYCLES 4000
`endif
`ifndef N_CHECKPOINTS
`define N_CHECKPOINTS 8
`endif
`define N_WORDS 1
`define STREAM_ON 0
`endif

module tb_xor_hw_np_chain2;
  localparam integer P = 6;
  localparam integer NC = `N_CYCLES;
  localparam integer NK = `N_CHECKPOINTS;
  localparam integer NW = `N_WORDS; // stream.hex: the words, in the order the chip took them
  localparam integer SW = 7;      // status.hex: cycle reset steps current_cost done at_target correct
  localparam integer TW = P + 1;  // theta.hex: cycle theta[0] .. theta[P-1]

  reg clock = 1'b0;
  reg run = 1'b1;                 // 0 holds the clock while the weights are read out
  reg reset = 1'b0;
  reg stream_select = `STREAM_ON; // 0: samples from the on-chip ROM
  reg sample_valid = 1'b0;
  reg [15:0] sample_data;
  reg [7:0] sample_label;
  reg read_clock = 1'b0;          // strobed once per weight while the clock is held
  reg [9:0] read_addr = 10'd0;
  wire sample_ready;
  wire [15:0] read_theta;
  wire [31:0] steps;
  wire [31:0] current_cost;
  wire done;
  wire at_target;
  wire [16:0] correct;
  wire evaluating;
  wire [15:0] sample_index;

  mgd_trainer_xor_hw_np_chain2 uut (
    .clock(clock), .reset(reset), .stream_select(stream_select),
    .sample_valid(sample_valid), .sample_data(sample_data), .sample_label(sample_label),
    .sample_ready(sample_ready), .read_clock(read_clock), .read_addr(read_addr),
    .read_theta(read_theta),
    .steps(steps), .current_cost(current_cost), .done(done), .at_target(at_target),
    .correct(correct), .evaluating(evaluating), .sample_index(sample_index));

  reg [31:0] status [0:SW*NC-1];
  reg [31:0] theta [0:TW*NK-1];
  reg [31:0] stream [0:2*NW-1];
`ifdef STALLS
  reg [3:0] valid [0:NC-1];
  reg [31:0] readout [0:2*P*NK-1];
`endif
  integer c;
  integer k;
  integer i;
  integer w = 0;                  // next stream word

  always #5 if (run) clock = ~clock;
  // The source: word w until the chip takes it (sample_valid && sample_ready at a rising
  // edge); reset restarts it.
  always @(posedge clock) begin
    if (reset) w <= 0;
    else if (sample_valid && sample_ready) w <= (w == NW - 1) ? 0 : w + 1;
  end
  // Sensitive to w only: `always @*` over a large memory makes Icarus watch every word.
  reg loaded = 1'b0;
  always @(w or loaded) begin
    sample_data = stream[2*w][15:0];
    sample_label = stream[2*w+1][7:0];
  end

  initial begin
    $readmemh(`STATUS_HEX, status);
    $readmemh(`THETA_HEX, theta);
    if (`STREAM_ON) $readmemh(`STREAM_HEX, stream);
    loaded = 1'b1;
`ifdef STALLS
    $readmemh(`VALID_HEX, valid);
    $readmemh(`READOUT_HEX, readout);
`endif
    k = 0;
    reset = status[1][0];
`ifdef STALLS
    sample_valid = valid[0][0];
`else
    sample_valid = `STREAM_ON;    // the source never stalls
`endif
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
      if (at_target !== status[SW*c+5][0]) begin
        $display("MISMATCH at_target cycle %0d expected %h got %h", c, status[SW*c+5][0], at_target);
        $finish;
      end
      if (correct !== status[SW*c+6][16:0]) begin
        $display("MISMATCH correct cycle %0d expected %h got %h", c, status[SW*c+6][16:0], correct);
        $finish;
      end
      if (!stream_select && sample_ready !== 1'b0) begin
        $display("MISMATCH sample_ready cycle %0d expected 0 got %h", c, sample_ready);
        $finish;
      end
      if (k < NK && theta[TW*k] == c) begin
        run = 1'b0;
        for (i = 0; i < P; i = i + 1) begin
          read_addr = i[9:0];
          #1 read_clock = 1'b1;
          #1 read_clock = 1'b0;
          if (read_theta !== theta[TW*k+1+i][15:0]) begin
            $display("MISMATCH theta[%0d] cycle %0d expected %h got %h", i, c, theta[TW*k+1+i][15:0], read_theta);
            $finish;
          end
`ifdef STALLS
          // A stalled read-out: a stray address, held without a strobe, must not move read_theta.
          read_addr = readout[2*(P*k+i)+1][9:0];
          #(readout[2*(P*k+i)]);
          if (read_theta !== theta[TW*k+1+i][15:0]) begin
            $display("MISMATCH theta[%0d] cycle %0d expected %h got %h", i, c, theta[TW*k+1+i][15:0], read_theta);
            $finish;
          end
`endif
        end
        k = k + 1;
        run = 1'b1;
      end
      if (c + 1 < NC) begin
        reset = status[SW*(c+1)+1][0];
`ifdef STALLS
        sample_valid = valid[c+1][0];
`endif
      end
    end
    if (k != NK) begin
      $display("MISMATCH checkpoints cycle %0d expected %0d got %0d", NC, NK, k);
      $finish;
    end
    $display("PASS %0d cycles, %0d checkpoints of %0d parameters", NC, NK, P);
    $finish;
  end
endmodule
