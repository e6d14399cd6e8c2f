// tb_xor: self-checking testbench of mgd_trainer_xor (rtl/xor.v), written by `mgdsim export`
// from sim/configs/xor.toml. Do not edit: regenerate. Replays golden vectors that the Rust simulation
// (`RtlTrainer`) recorded: testbenches/vectors/xor/status.hex (per rising edge: reset
// before it; steps, current_cost, done after it) and theta.hex (all P = 9 parameters read
// out at checkpoints). Prints `MISMATCH <signal> cycle <c> expected <hex> got <hex>` at the
// first difference, else `PASS`.
//
// Run with Icarus Verilog: iverilog -g2005 -o tb.vvp -s tb_xor rtl/xor.v testbenches/tb_xor.v && vvp tb.vvp
// Run with Verilator 5: verilator --binary --timing -Wno-fatal --top-module tb_xor rtl/xor.v testbenches/tb_xor.v && obj_dir/Vtb_xor
// Run from the repository root, or pass -DSTATUS_HEX=\"...\" -DTHETA_HEX=\"...\".
`timescale 1ns / 1ps
`ifndef STATUS_HEX
`define STATUS_HEX "testbenches/vectors/xor/status.hex"
`endif
`ifndef THETA_HEX
`define THETA_HEX "testbenches/vectors/xor/theta.hex"
`endif
`ifndef N_CYCLES
`define N_CYCLES 4000
`endif
`ifndef N_CHECKPOINTS
`define N_CHECKPOINTS 8
`endif

module tb_xor;
  localparam integer P = 9;
  localparam integer NC = `N_CYCLES;
  localparam integer NK = `N_CHECKPOINTS;
  localparam integer SW = 5;      // status.hex: cycle reset steps current_cost done
  localparam integer TW = P + 1;  // theta.hex: cycle theta[0] .. theta[P-1]

  reg clock = 1'b0;
  reg run = 1'b1;                 // 0 holds the clock while the weights are read out
  reg reset = 1'b0;
  reg stream_select = 1'b0;       // samples from the on-chip ROM
  reg sample_valid = 1'b0;
  reg [15:0] sample_data = 16'd0;
  reg [7:0] sample_label = 8'd0;
  reg read_clock = 1'b0;          // strobed once per weight while the clock is held
  reg [9:0] read_addr = 10'd0;
  wire sample_ready;
  wire [15:0] read_theta;
  wire [31:0] steps;
  wire [31:0] current_cost;
  wire done;

  mgd_trainer_xor uut (
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

  initial begin
    $readmemh(`STATUS_HEX, status);
    $readmemh(`THETA_HEX, theta);
    k = 0;
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
          read_addr = i[9:0];
          #1 read_clock = 1'b1;
          #1 read_clock = 1'b0;
          if (read_theta !== theta[TW*k+1+i][15:0]) begin
            $display("MISMATCH theta[%0d] cycle %0d expected %h got %h", i, c, theta[TW*k+1+i][15:0], read_theta);
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
