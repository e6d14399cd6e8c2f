// mgd_trainer_xor_hw: MGD trainer exported by mgdsim 0.1.0 (`mgdsim export`). Do not edit: regenerate.
// config: sim/configs/xor_hw.toml (fnv1a64 of its text: 2f45888cd5f2cc01)
// network [2, 2, 1] HardSigmoid, P = 9 parameters, 4 training samples in the sample ROM
// formats: theta Q2.12, act Q2.12, grad 32 bits, eta_shift 10, perturbation Random amplitude 273 LSB
// taus: tau_x 1, tau_p 1, tau_theta 1; run.steps 100000 (then `done`)
//
// Top-level ports (module mgd_trainer_xor_hw):
//   input          clock         clock; every register updates at its rising edge
//   input          reset         synchronous reset: hold 1 for >= 1 edge; then an Init sweep of P cycles rewrites theta0 and clears G
//   input          stream_select 1: samples from the sample_* stream; 0: from the on-chip sample ROM
//   input          sample_valid  sample_data (and with the last input, sample_label) is valid
//   input  [15:0]  sample_data   one input of the streamed sample, signed, format fixed.act
//   input  [7:0]   sample_label  label of the streamed sample, taken with its last input
//   output         sample_ready  the chip takes sample_data at this rising edge if sample_valid
//   input          read_clock    clock of the weight read-out: tie to clock, or strobe it while clock is held
//   input  [9:0]   read_addr     parameter index to read out (0..P-1), taken at the rising edge of read_clock
//   output [15:0]  read_theta    theta[read_addr] as of the last read_clock edge, signed, format fixed.theta; registered (block RAM)
//   output [31:0]  steps         MGD steps taken since reset
//   output [31:0]  current_cost  baseline cost C0 of the last baseline inference, signed, 2*act.frac+1 fraction bits
//   output         done          the step budget run.steps is reached; the chip idles
//
// Lint: verilator --lint-only -Wall rtl/lint.vlt <this file> (waivers justified there).



module mgd_trainer_xor_hw(clock,reset,stream_select,sample_valid,sample_data,sample_label,sample_ready,read_clock,read_addr,read_theta,steps,current_cost,done);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  stream_select;
    input wire  sample_valid;
    input wire signed [15:0] sample_data;
    input wire  [7:0] sample_label;
    output reg  sample_ready;
    input wire  read_clock;
    input wire  [9:0] read_addr;
    output reg signed [15:0] read_theta;
    output reg  [31:0] steps;
    output reg signed [31:0] current_cost;
    output reg  done;
    
    // Constant declarations
    localparam signed one = 16'h1000;
    localparam signed zero = 16'h0;
    localparam  single_output = 1'b1;
    localparam  stream_only = 1'b0;
    
    // Stub signals
    reg  sequencer$clock;
    reg  sequencer$reset;
    reg  sequencer$net_done;
    reg  sequencer$load_ok;
    wire  sequencer$init;
    wire  sequencer$load;
    wire  sequencer$loading;
    wire  sequencer$load_last;
    wire  [9:0] sequencer$load_addr;
    wire  [15:0] sequencer$rom_addr;
    wire  [15:0] sequencer$sample;
    wire  sequencer$net_start;
    wire  sequencer$perturb_on;
    wire  sequencer$latch_base;
    wire  sequencer$restart;
    wire  sequencer$corr;
    wire  sequencer$update;
    wire  sequencer$next_window;
    wire  sequencer$step_done;
    wire  sequencer$done;
    wire  [9:0] sequencer$index;
    wire  [9:0] sequencer$index_next;
    wire  sequencer$corr_next;
    wire  [31:0] sequencer$steps;
    wire  [31:0] sequencer$tau_x;
    wire  [31:0] sequencer$tau_p;
    wire  [31:0] sequencer$tau_theta;
    reg  perturbation$clock;
    reg  perturbation$reset;
    reg  perturbation$restart;
    reg  perturbation$advance;
    reg  perturbation$next_window;
    reg  [9:0] perturbation$index;
    reg  perturbation$enable;
    reg signed [15:0] perturbation$theta;
    wire signed [15:0] perturbation$theta_pert;
    wire  perturbation$sign;
    wire  perturbation$active;
    reg  network$clock;
    reg  network$reset;
    reg  network$start;
    wire  network$busy;
    wire  network$done;
    wire  [9:0] network$param_addr;
    wire  [9:0] network$param_addr_next;
    reg signed [15:0] network$theta;
    reg  network$load;
    reg  [9:0] network$load_addr;
    reg signed [15:0] network$load_data;
    wire signed [15:0] network$y;
    wire  network$y_valid;
    wire  [7:0] network$y_index;
    reg  cost$clock;
    reg  cost$reset;
    reg  cost$clear;
    reg  cost$strobe;
    reg signed [15:0] cost$y;
    reg signed [15:0] cost$target;
    reg  cost$latch_base;
    wire signed [31:0] cost$cost;
    wire signed [31:0] cost$cost_base;
    wire signed [31:0] cost$cost_delta;
    reg  correlator$sign;
    reg  correlator$active;
    reg signed [31:0] correlator$cost_delta;
    wire signed [31:0] correlator$corr;
    reg signed [31:0] accumulator$grad;
    reg signed [31:0] accumulator$corr;
    reg signed [15:0] accumulator$theta;
    reg  accumulator$update;
    wire signed [31:0] accumulator$grad_next;
    wire signed [15:0] accumulator$theta_next;
    reg  theta_mem$clock;
    reg  [9:0] theta_mem$read_address;
    wire signed [15:0] theta_mem$read_data;
    reg  theta_mem$read2_clock;
    reg  [9:0] theta_mem$read2_address;
    wire signed [15:0] theta_mem$read2_data;
    reg  [9:0] theta_mem$write_address;
    reg signed [15:0] theta_mem$write_data;
    reg  theta_mem$write_enable;
    reg  grad_mem$clock;
    reg  [9:0] grad_mem$read_address;
    wire signed [31:0] grad_mem$read_data;
    reg  grad_mem$read2_clock;
    reg  [9:0] grad_mem$read2_address;
    wire signed [31:0] grad_mem$read2_data;
    reg  [9:0] grad_mem$write_address;
    reg signed [31:0] grad_mem$write_data;
    reg  grad_mem$write_enable;
    reg  [9:0] theta_init$address;
    wire signed [15:0] theta_init$data;
    reg  [15:0] samples$address;
    wire signed [15:0] samples$data;
    reg  [15:0] labels$address;
    wire  [7:0] labels$data;
    reg  [7:0] label$d;
    wire  [7:0] label$q;
    reg  label$clock;
    
    // Local signals
    reg signed [15:0] target;
    
    // Sub module instances
    mgd_trainer_xor_hw$sequencer sequencer(
        .clock(sequencer$clock),
        .reset(sequencer$reset),
        .net_done(sequencer$net_done),
        .load_ok(sequencer$load_ok),
        .init(sequencer$init),
        .load(sequencer$load),
        .loading(sequencer$loading),
        .load_last(sequencer$load_last),
        .load_addr(sequencer$load_addr),
        .rom_addr(sequencer$rom_addr),
        .sample(sequencer$sample),
        .net_start(sequencer$net_start),
        .perturb_on(sequencer$perturb_on),
        .latch_base(sequencer$latch_base),
        .restart(sequencer$restart),
        .corr(sequencer$corr),
        .update(sequencer$update),
        .next_window(sequencer$next_window),
        .step_done(sequencer$step_done),
        .done(sequencer$done),
        .index(sequencer$index),
        .index_next(sequencer$index_next),
        .corr_next(sequencer$corr_next),
        .steps(sequencer$steps),
        .tau_x(sequencer$tau_x),
        .tau_p(sequencer$tau_p),
        .tau_theta(sequencer$tau_theta)
    );
    mgd_trainer_xor_hw$perturbation perturbation(
        .clock(perturbation$clock),
        .reset(perturbation$reset),
        .restart(perturbation$restart),
        .advance(perturbation$advance),
        .next_window(perturbation$next_window),
        .index(perturbation$index),
        .enable(perturbation$enable),
        .theta(perturbation$theta),
        .theta_pert(perturbation$theta_pert),
        .sign(perturbation$sign),
        .active(perturbation$active)
    );
    mgd_trainer_xor_hw$network network(
        .clock(network$clock),
        .reset(network$reset),
        .start(network$start),
        .busy(network$busy),
        .done(network$done),
        .param_addr(network$param_addr),
        .param_addr_next(network$param_addr_next),
        .theta(network$theta),
        .load(network$load),
        .load_addr(network$load_addr),
        .load_data(network$load_data),
        .y(network$y),
        .y_valid(network$y_valid),
        .y_index(network$y_index)
    );
    mgd_trainer_xor_hw$cost cost(
        .clock(cost$clock),
        .reset(cost$reset),
        .clear(cost$clear),
        .strobe(cost$strobe),
        .y(cost$y),
        .target(cost$target),
        .latch_base(cost$latch_base),
        .cost(cost$cost),
        .cost_base(cost$cost_base),
        .cost_delta(cost$cost_delta)
    );
    mgd_trainer_xor_hw$correlator correlator(
        .sign(correlator$sign),
        .active(correlator$active),
        .cost_delta(correlator$cost_delta),
        .corr(correlator$corr)
    );
    mgd_trainer_xor_hw$accumulator accumulator(
        .grad(accumulator$grad),
        .corr(accumulator$corr),
        .theta(accumulator$theta),
        .update(accumulator$update),
        .grad_next(accumulator$grad_next),
        .theta_next(accumulator$theta_next)
    );
    mgd_trainer_xor_hw$theta_mem theta_mem(
        .clock(theta_mem$clock),
        .read_address(theta_mem$read_address),
        .read_data(theta_mem$read_data),
        .read2_clock(theta_mem$read2_clock),
        .read2_address(theta_mem$read2_address),
        .read2_data(theta_mem$read2_data),
        .write_address(theta_mem$write_address),
        .write_data(theta_mem$write_data),
        .write_enable(theta_mem$write_enable)
    );
    mgd_trainer_xor_hw$grad_mem grad_mem(
        .clock(grad_mem$clock),
        .read_address(grad_mem$read_address),
        .read_data(grad_mem$read_data),
        .read2_clock(grad_mem$read2_clock),
        .read2_address(grad_mem$read2_address),
        .read2_data(grad_mem$read2_data),
        .write_address(grad_mem$write_address),
        .write_data(grad_mem$write_data),
        .write_enable(grad_mem$write_enable)
    );
    mgd_trainer_xor_hw$theta_init theta_init(
        .address(theta_init$address),
        .data(theta_init$data)
    );
    mgd_trainer_xor_hw$samples samples(
        .address(samples$address),
        .data(samples$data)
    );
    mgd_trainer_xor_hw$labels labels(
        .address(labels$address),
        .data(labels$data)
    );
    mgd_trainer_xor_hw$label label(
        .d(label$d),
        .q(label$q),
        .clock(label$clock)
    );
    
    // Update code
    always @(*) begin
        label$clock = clock;
        label$d = label$q;
        sequencer$clock = clock;
        perturbation$clock = clock;
        network$clock = clock;
        cost$clock = clock;
        theta_mem$clock = clock;
        grad_mem$clock = clock;
        sequencer$reset = reset;
        perturbation$reset = reset;
        network$reset = reset;
        cost$reset = reset;
        sequencer$net_done = network$done;
        sequencer$load_ok = 1'b1;
        if (stream_select | stream_only) begin
            sequencer$load_ok = sample_valid;
        end
        sample_ready = (stream_select | stream_only) & sequencer$loading;
        samples$address = sequencer$rom_addr;
        labels$address = sequencer$sample;
        network$load = sequencer$load;
        network$load_addr = sequencer$load_addr;
        network$load_data = samples$data;
        if (stream_select | stream_only) begin
            network$load_data = sample_data;
        end
        if (sequencer$load_last) begin
            label$d = labels$data;
            if (stream_select | stream_only) begin
                label$d = sample_label;
            end
        end
        network$start = sequencer$net_start;
        theta_mem$read_address = network$param_addr_next;
        if (sequencer$corr_next) begin
            theta_mem$read_address = sequencer$index_next;
        end
        perturbation$index = network$param_addr;
        if (sequencer$corr) begin
            perturbation$index = sequencer$index;
        end
        theta_mem$read2_clock = read_clock;
        theta_mem$read2_address = read_addr;
        read_theta = theta_mem$read2_data;
        perturbation$theta = theta_mem$read_data;
        perturbation$enable = sequencer$perturb_on;
        perturbation$restart = sequencer$restart;
        perturbation$advance = (sequencer$perturb_on & network$busy) | sequencer$corr;
        perturbation$next_window = sequencer$next_window;
        network$theta = perturbation$theta_pert;
        target = zero;
        if (single_output) begin
            if (label$q[32'h0]) begin
                target = one;
            end
        end
        else if (network$y_index == label$q) begin
            target = one;
        end
        cost$clear = sequencer$net_start;
        cost$strobe = network$y_valid;
        cost$y = network$y;
        cost$target = target;
        cost$latch_base = sequencer$latch_base;
        correlator$sign = perturbation$sign;
        correlator$active = perturbation$active;
        correlator$cost_delta = cost$cost_delta;
        grad_mem$read_address = sequencer$index_next;
        grad_mem$read2_clock = clock;
        grad_mem$read2_address = 32'h0;
        accumulator$grad = grad_mem$read_data;
        accumulator$corr = correlator$corr;
        accumulator$theta = theta_mem$read_data;
        accumulator$update = sequencer$update;
        theta_init$address = sequencer$index;
        grad_mem$write_address = sequencer$index;
        grad_mem$write_data = accumulator$grad_next;
        grad_mem$write_enable = sequencer$corr;
        theta_mem$write_address = sequencer$index;
        theta_mem$write_data = accumulator$theta_next;
        theta_mem$write_enable = sequencer$corr & sequencer$update;
        if (sequencer$init) begin
            grad_mem$write_data = 32'h0;
            grad_mem$write_enable = 1'b1;
            theta_mem$write_data = theta_init$data;
            theta_mem$write_enable = 1'b1;
        end
        steps = sequencer$steps;
        current_cost = cost$cost_base;
        done = sequencer$done;
    end
    
endmodule // mgd_trainer_xor_hw


module mgd_trainer_xor_hw$accumulator(grad,corr,theta,update,grad_next,theta_next);
    
    // Module arguments
    input wire signed [31:0] grad;
    input wire signed [31:0] corr;
    input wire signed [15:0] theta;
    input wire  update;
    output reg signed [31:0] grad_next;
    output reg signed [15:0] theta_next;
    
    // Constant declarations
    localparam signed grad_max = 32'h7fffffff;
    localparam signed grad_min = 32'h80000000;
    localparam signed theta_max = 32'h3fff;
    localparam signed theta_min = 32'hffffc000;
    localparam signed wide_max = 32'h7fffffff;
    localparam signed wide_min = 32'h80000000;
    localparam  eta_shift = 8'ha;
    localparam  fill = 32'hffc00000;
    localparam  half = 32'h200;
    localparam  flip = 32'h80000000;
    localparam  grad_max_f = 32'hffffffff;
    localparam  grad_min_f = 32'h0;
    localparam  theta_max_f = 32'h80003fff;
    localparam  theta_min_f = 32'h7fffc000;
    
    // Local signals
    reg signed [31:0] sum;
    reg signed [31:0] sat;
    reg signed [31:0] acc;
    reg  [31:0] floor;
    reg  [31:0] step;
    reg signed [31:0] diff;
    reg signed [31:0] wide_theta;
    reg signed [31:0] fresh;
    
    // Update code
    always @(*) begin
        sum = grad + corr;
        sat = sum;
        if ((grad[32'h1f] == corr[32'h1f]) & (sum[32'h1f] != grad[32'h1f])) begin
            sat = wide_max;
            if (grad[32'h1f]) begin
                sat = wide_min;
            end
        end
        acc = sat;
        if (($unsigned(sat) ^ flip) > grad_max_f) begin
            acc = grad_max;
        end
        if (($unsigned(sat) ^ flip) < grad_min_f) begin
            acc = grad_min;
        end
        floor = $unsigned(acc) >> eta_shift;
        if (acc[32'h1f]) begin
            floor = ($unsigned(acc) >> eta_shift) | fill;
        end
        step = floor;
        if (|($unsigned(acc) & half)) begin
            step = floor + 64'h1;
        end
        wide_theta = $signed(theta);
        diff = wide_theta - $signed(step);
        if ((wide_theta[32'h1f] != step[32'h1f]) & (diff[32'h1f] != wide_theta[32'h1f])) begin
            diff = wide_max;
            if (wide_theta[32'h1f]) begin
                diff = wide_min;
            end
        end
        fresh = diff;
        if (($unsigned(diff) ^ flip) > theta_max_f) begin
            fresh = theta_max;
        end
        if (($unsigned(diff) ^ flip) < theta_min_f) begin
            fresh = theta_min;
        end
        grad_next = acc;
        theta_next = theta;
        if (update) begin
            grad_next = 32'h0;
            theta_next = $signed(fresh);
        end
    end
    
endmodule // mgd_trainer_xor_hw$accumulator


module mgd_trainer_xor_hw$correlator(sign,active,cost_delta,corr);
    
    // Module arguments
    input wire  sign;
    input wire  active;
    input wire signed [31:0] cost_delta;
    output reg signed [31:0] corr;
    
    // Update code
    always @(*) begin
        corr = 32'h0;
        if (active) begin
            if (sign) begin
                corr = cost_delta;
            end
            else begin
                corr = -cost_delta;
            end
        end
    end
    
endmodule // mgd_trainer_xor_hw$correlator


module mgd_trainer_xor_hw$cost(clock,reset,clear,strobe,y,target,latch_base,cost,cost_base,cost_delta);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  clear;
    input wire  strobe;
    input wire signed [15:0] y;
    input wire signed [15:0] target;
    input wire  latch_base;
    output reg signed [31:0] cost;
    output reg signed [31:0] cost_base;
    output reg signed [31:0] cost_delta;
    
    // Constant declarations
    localparam signed wide_max = 32'h7fffffff;
    
    // Stub signals
    reg signed [31:0] sum$d;
    wire signed [31:0] sum$q;
    reg  sum$clock;
    reg signed [31:0] base$d;
    wire signed [31:0] base$q;
    reg  base$clock;
    
    // Local signals
    reg signed [15:0] diff;
    reg  [15:0] mag;
    reg  [31:0] square_u;
    reg signed [31:0] square;
    reg signed [31:0] total;
    
    // Sub module instances
    mgd_trainer_xor_hw$cost$sum sum(
        .d(sum$d),
        .q(sum$q),
        .clock(sum$clock)
    );
    mgd_trainer_xor_hw$cost$base base(
        .d(base$d),
        .q(base$q),
        .clock(base$clock)
    );
    
    // Update code
    always @(*) begin
        sum$clock = clock;
        base$clock = clock;
        sum$d = sum$q;
        base$d = base$q;
        diff = y - target;
        mag = $unsigned(diff);
        if (diff[32'hf]) begin
            mag = $unsigned(-diff);
        end
        square_u = mag * mag;
        square = $signed(square_u);
        total = sum$q + square;
        if (total[32'h1f]) begin
            total = wide_max;
        end
        if (strobe) begin
            sum$d = total;
        end
        if (clear) begin
            sum$d = 32'h0;
        end
        if (latch_base) begin
            base$d = sum$q;
        end
        if (reset) begin
            sum$d = 32'h0;
            base$d = 32'h0;
        end
        cost = sum$q;
        cost_base = base$q;
        cost_delta = sum$q - base$q;
    end
    
endmodule // mgd_trainer_xor_hw$cost


module mgd_trainer_xor_hw$cost$base(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$cost$base


module mgd_trainer_xor_hw$cost$sum(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$cost$sum


module mgd_trainer_xor_hw$grad_mem(clock,read_address,read_data,read2_clock,read2_address,read2_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg signed [31:0] read_data;
    input wire  read2_clock;
    input wire  [9:0] read2_address;
    output reg signed [31:0] read2_data;
    input wire  [9:0] write_address;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [31:0] mem[0:15];
    integer i;
    initial begin
       for (i = 0; i <= 15; i = i + 1) mem[i] = 0;
       read_data = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[3:0]] <= write_data;
       end
       if (write_enable && write_address[3:0] == read_address[3:0]) begin
          read_data <= write_data;
       end else begin
          read_data <= mem[read_address[3:0]];
       end
    end
    
    always @(posedge read2_clock) begin
       read2_data <= mem[read2_address[3:0]];
    end
endmodule // mgd_trainer_xor_hw$grad_mem


module mgd_trainer_xor_hw$label(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$label


module mgd_trainer_xor_hw$labels(address,data);
    
    // Module arguments
    input wire  [15:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        16'h0: data = 8'h0;
      16'h1: data = 8'h1;
      16'h2: data = 8'h1;
      16'h3: data = 8'h0;
      default: data = 8'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw$labels


module mgd_trainer_xor_hw$network(clock,reset,start,busy,done,param_addr,param_addr_next,theta,load,load_addr,load_data,y,y_valid,y_index);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    output reg  busy;
    output reg  done;
    output reg  [9:0] param_addr;
    output reg  [9:0] param_addr_next;
    input wire signed [15:0] theta;
    input wire  load;
    input wire  [9:0] load_addr;
    input wire signed [15:0] load_data;
    output reg signed [15:0] y;
    output reg  y_valid;
    output reg  [7:0] y_index;
    
    // Constant declarations
    localparam  last = 10'b1000;
    localparam signed one = 16'h1000;
    localparam signed one32 = 32'h1000;
    localparam signed half32 = 32'h800;
    localparam signed zero32 = 32'h0;
    localparam signed act_max = 32'h3fff;
    localparam signed act_min = 32'hffffc000;
    localparam signed wide_max = 32'h7fffffff;
    localparam signed wide_min = 32'h80000000;
    localparam  theta_frac = 8'hc;
    localparam  fill = 32'hfff00000;
    localparam  quarter_fill = 32'hc0000000;
    localparam  relu = 1'b0;
    localparam  flip = 32'h80000000;
    localparam  act_max_f = 32'h80003fff;
    localparam  act_min_f = 32'h7fffc000;
    localparam  one_f = 32'h80001000;
    localparam  sigmoid = 1'b0;
    localparam  sig_lo_f = 32'h80000000;
    localparam  sig_hi_f = 32'h80000000;
    localparam  sig_lo = 32'h0;
    localparam  sig_hi = 32'h0;
    localparam  sig_half = 32'h1;
    localparam  sig_half_neg = 32'h0;
    localparam  sig_shift = 8'h1;
    localparam  sig_mid = 12'h800;
    
    // Stub signals
    reg  acts$clock;
    reg  [9:0] acts$read_address;
    wire signed [15:0] acts$read_data;
    reg  acts$read2_clock;
    reg  [9:0] acts$read2_address;
    wire signed [15:0] acts$read2_data;
    reg  [9:0] acts$write_address;
    reg signed [15:0] acts$write_data;
    reg  acts$write_enable;
    reg  [9:0] ucode$address;
    wire  [31:0] ucode$data;
    reg  [11:0] sig_rom$address;
    wire  [15:0] sig_rom$data;
    reg  [9:0] count$d;
    wire  [9:0] count$q;
    reg  count$clock;
    reg  [31:0] ucode_word$d;
    wire  [31:0] ucode_word$q;
    reg  ucode_word$clock;
    reg  running$d;
    wire  running$q;
    reg  running$clock;
    reg  finished$d;
    wire  finished$q;
    reg  finished$clock;
    reg signed [31:0] acc$d;
    wire signed [31:0] acc$q;
    reg  acc$clock;
    
    // Local signals
    reg  [9:0] count_next;
    reg  [31:0] word;
    reg  bias;
    reg signed [15:0] x;
    reg  [15:0] ut;
    reg  [15:0] ux;
    reg  [31:0] fix_t;
    reg  [31:0] fix_x;
    reg signed [31:0] product;
    reg  [31:0] pre_f;
    reg signed [31:0] sum;
    reg signed [31:0] sat;
    reg  [31:0] shifted;
    reg signed [31:0] pre;
    reg signed [31:0] u;
    reg  [31:0] quarter;
    reg signed [31:0] h;
    reg signed [31:0] g;
    reg  [31:0] sat_f;
    reg  [31:0] sig_c;
    reg  [31:0] sig_r;
    reg  [31:0] sig_j;
    reg signed [15:0] out;
    
    // Sub module instances
    mgd_trainer_xor_hw$network$acts acts(
        .clock(acts$clock),
        .read_address(acts$read_address),
        .read_data(acts$read_data),
        .read2_clock(acts$read2_clock),
        .read2_address(acts$read2_address),
        .read2_data(acts$read2_data),
        .write_address(acts$write_address),
        .write_data(acts$write_data),
        .write_enable(acts$write_enable)
    );
    mgd_trainer_xor_hw$network$ucode ucode(
        .address(ucode$address),
        .data(ucode$data)
    );
    mgd_trainer_xor_hw$network$sig_rom sig_rom(
        .address(sig_rom$address),
        .data(sig_rom$data)
    );
    mgd_trainer_xor_hw$network$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    mgd_trainer_xor_hw$network$ucode_word ucode_word(
        .d(ucode_word$d),
        .q(ucode_word$q),
        .clock(ucode_word$clock)
    );
    mgd_trainer_xor_hw$network$running running(
        .d(running$d),
        .q(running$q),
        .clock(running$clock)
    );
    mgd_trainer_xor_hw$network$finished finished(
        .d(finished$d),
        .q(finished$q),
        .clock(finished$clock)
    );
    mgd_trainer_xor_hw$network$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        ucode_word$clock = clock;
        running$clock = clock;
        finished$clock = clock;
        acc$clock = clock;
        count$d = count$q;
        ucode_word$d = ucode_word$q;
        running$d = running$q;
        finished$d = finished$q;
        acc$d = acc$q;
        acts$clock = clock;
        acts$read2_clock = clock;
        acts$read2_address = 32'h0;
        count_next = count$q;
        word = ucode_word$q;
        bias = word[32'h14];
        param_addr = count$q;
        x = acts$read_data;
        if (bias) begin
            x = one;
        end
        ut = $unsigned(theta);
        ux = $unsigned(x);
        fix_t = 32'h0;
        if (theta[32'hf]) begin
            fix_t = ((ux) & 32'hffffffff) << 32'h10;
        end
        fix_x = 32'h0;
        if (x[32'hf]) begin
            fix_x = ((ut) & 32'hffffffff) << 32'h10;
        end
        product = $signed((ut * ux) - fix_t - fix_x);
        sum = acc$q + product;
        sat = sum;
        if ((acc$q[32'h1f] == product[32'h1f]) & (sum[32'h1f] != acc$q[32'h1f])) begin
            sat = wide_max;
            if (acc$q[32'h1f]) begin
                sat = wide_min;
            end
        end
        shifted = $unsigned(sat) >> theta_frac;
        if (sat[32'h1f]) begin
            shifted = ($unsigned(sat) >> theta_frac) | fill;
        end
        pre = $signed(shifted);
        u = pre;
        pre_f = $unsigned(pre) ^ flip;
        if (pre_f > act_max_f) begin
            u = act_max;
        end
        if (pre_f < act_min_f) begin
            u = act_min;
        end
        quarter = $unsigned(u) >> 32'h2;
        if (u[32'h1f]) begin
            quarter = ($unsigned(u) >> 32'h2) | quarter_fill;
        end
        h = $signed(quarter) + half32;
        g = h;
        if (($unsigned(h) ^ flip) > one_f) begin
            g = one32;
        end
        if (h[32'h1f]) begin
            g = zero32;
        end
        if (relu) begin
            g = u;
            if (u[32'h1f]) begin
                g = zero32;
            end
        end
        out = $signed(g);
        sat_f = $unsigned(sat) ^ flip;
        sig_c = $unsigned(sat);
        if (sat_f > sig_hi_f) begin
            sig_c = sig_hi;
        end
        if (sat_f < sig_lo_f) begin
            sig_c = sig_lo;
        end
        sig_r = sig_c + sig_half;
        if (sig_c[32'h1f]) begin
            sig_r = sig_c + sig_half_neg;
        end
        sig_j = sig_r >> sig_shift;
        sig_rom$address = sig_j[(32'h0)+:(12)] ^ sig_mid;
        if (sigmoid) begin
            out = $signed(sig_rom$data);
        end
        busy = running$q;
        done = finished$q;
        y = out;
        y_index = word[(32'h16)+:(8)];
        y_valid = running$q & bias & word[32'h15];
        acts$write_enable = running$q & bias;
        acts$write_address = word[(32'ha)+:(10)];
        acts$write_data = out;
        if (load) begin
            acts$write_enable = 1'b1;
            acts$write_address = load_addr;
            acts$write_data = load_data;
        end
        finished$d = 1'b0;
        if (running$q) begin
            count_next = count$q + 32'h1;
            acc$d = sat;
            if (bias) begin
                acc$d = zero32;
            end
            if (count$q == last) begin
                running$d = 1'b0;
                finished$d = 1'b1;
                count_next = 32'h0;
            end
        end
        if (start) begin
            running$d = 1'b1;
            count_next = 32'h0;
            acc$d = zero32;
        end
        if (reset) begin
            running$d = 1'b0;
            finished$d = 1'b0;
            count_next = 32'h0;
            acc$d = zero32;
        end
        count$d = count_next;
        param_addr_next = count_next;
        ucode$address = count_next;
        ucode_word$d = ucode$data;
        acts$read_address = ucode$data[(32'h0)+:(10)];
    end
    
endmodule // mgd_trainer_xor_hw$network


module mgd_trainer_xor_hw$network$acc(d,q,clock);
    
    // Module arguments
    input wire signed [31:0] d;
    output reg signed [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$network$acc


module mgd_trainer_xor_hw$network$acts(clock,read_address,read_data,read2_clock,read2_address,read2_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg signed [15:0] read_data;
    input wire  read2_clock;
    input wire  [9:0] read2_address;
    output reg signed [15:0] read2_data;
    input wire  [9:0] write_address;
    input wire signed [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [15:0] mem[0:7];
    integer i;
    initial begin
       for (i = 0; i <= 7; i = i + 1) mem[i] = 0;
       read_data = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[2:0]] <= write_data;
       end
       if (write_enable && write_address[2:0] == read_address[2:0]) begin
          read_data <= write_data;
       end else begin
          read_data <= mem[read_address[2:0]];
       end
    end
    
    always @(posedge read2_clock) begin
       read2_data <= mem[read2_address[2:0]];
    end
endmodule // mgd_trainer_xor_hw$network$acts


module mgd_trainer_xor_hw$network$count(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$network$count


module mgd_trainer_xor_hw$network$finished(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$network$finished


module mgd_trainer_xor_hw$network$running(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$network$running


module mgd_trainer_xor_hw$network$sig_rom(address,data);
    
    // Module arguments
    input wire  [11:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw$network$sig_rom


module mgd_trainer_xor_hw$network$ucode(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [31:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 32'h800;
      10'b1: data = 32'h801;
      10'b10: data = 32'h100800;
      10'b11: data = 32'h400c00;
      10'b100: data = 32'h400c01;
      10'b101: data = 32'h500c00;
      10'b110: data = 32'h201002;
      10'b111: data = 32'h201003;
      10'b1000: data = 32'h301000;
      default: data = 32'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw$network$ucode


module mgd_trainer_xor_hw$network$ucode_word(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$network$ucode_word


module mgd_trainer_xor_hw$perturbation(clock,reset,restart,advance,next_window,index,enable,theta,theta_pert,sign,active);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  restart;
    input wire  advance;
    input wire  next_window;
    input wire  [9:0] index;
    input wire  enable;
    input wire signed [15:0] theta;
    output reg signed [15:0] theta_pert;
    output reg  sign;
    output reg  active;
    
    // Constant declarations
    localparam  taps = 16'hb400;
    localparam  seed = 16'h6;
    localparam  walsh = 1'b0;
    localparam  time_mux = 1'b0;
    localparam  slot_last = 10'b1000;
    localparam signed amp = 32'h111;
    localparam signed theta_max = 32'h3fff;
    localparam signed theta_min = 32'hffffc000;
    localparam  flip = 32'h80000000;
    localparam  theta_max_f = 32'h80003fff;
    localparam  theta_min_f = 32'h7fffc000;
    
    // Stub signals
    reg  [15:0] lfsr$d;
    wire  [15:0] lfsr$q;
    reg  lfsr$clock;
    reg  [15:0] start$d;
    wire  [15:0] start$q;
    reg  start$clock;
    reg  [9:0] slot$d;
    wire  [9:0] slot$q;
    reg  slot$clock;
    
    // Local signals
    reg  [9:0] masked;
    reg  s;
    reg  act;
    reg signed [31:0] wide;
    
    // Sub module instances
    mgd_trainer_xor_hw$perturbation$lfsr lfsr(
        .d(lfsr$d),
        .q(lfsr$q),
        .clock(lfsr$clock)
    );
    mgd_trainer_xor_hw$perturbation$start start(
        .d(start$d),
        .q(start$q),
        .clock(start$clock)
    );
    mgd_trainer_xor_hw$perturbation$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    
    // Update code
    always @(*) begin
        lfsr$clock = clock;
        start$clock = clock;
        slot$clock = clock;
        lfsr$d = lfsr$q;
        start$d = start$q;
        slot$d = slot$q;
        masked = index & slot$q;
        s = lfsr$q[32'h0];
        act = 1'b1;
        if (walsh) begin
            s = ~^masked;
        end
        if (time_mux) begin
            s = 1'b1;
            act = index == slot$q;
        end
        sign = s;
        active = act;
        wide = $signed(theta) - amp;
        if (s) begin
            wide = $signed(theta) + amp;
        end
        theta_pert = theta;
        if (enable & act) begin
            theta_pert = $signed(wide);
            if (($unsigned(wide) ^ flip) > theta_max_f) begin
                theta_pert = $signed(theta_max);
            end
            if (($unsigned(wide) ^ flip) < theta_min_f) begin
                theta_pert = $signed(theta_min);
            end
        end
        if (advance) begin
            lfsr$d = lfsr$q >> 32'h1;
            if (lfsr$q[32'h0]) begin
                lfsr$d = (lfsr$q >> 32'h1) ^ taps;
            end
        end
        if (restart) begin
            lfsr$d = start$q;
        end
        if (next_window) begin
            start$d = lfsr$q;
            slot$d = slot$q + 32'h1;
            if (slot$q == slot_last) begin
                slot$d = 32'h0;
            end
        end
        if (reset) begin
            lfsr$d = seed;
            start$d = seed;
            slot$d = 32'h0;
        end
    end
    
endmodule // mgd_trainer_xor_hw$perturbation


module mgd_trainer_xor_hw$perturbation$lfsr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$perturbation$lfsr


module mgd_trainer_xor_hw$perturbation$slot(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$perturbation$slot


module mgd_trainer_xor_hw$perturbation$start(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$perturbation$start


module mgd_trainer_xor_hw$samples(address,data);
    
    // Module arguments
    input wire  [15:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        16'h0: data = 16'h0;
      16'h1: data = 16'h0;
      16'h2: data = 16'h0;
      16'h3: data = 16'h1000;
      16'h4: data = 16'h1000;
      16'h5: data = 16'h0;
      16'h6: data = 16'h1000;
      16'h7: data = 16'h1000;
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw$samples


module mgd_trainer_xor_hw$sequencer(clock,reset,net_done,load_ok,init,load,loading,load_last,load_addr,rom_addr,sample,net_start,perturb_on,latch_base,restart,corr,update,next_window,step_done,done,index,index_next,corr_next,steps,tau_x,tau_p,tau_theta);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  net_done;
    input wire  load_ok;
    output reg  init;
    output reg  load;
    output reg  loading;
    output reg  load_last;
    output reg  [9:0] load_addr;
    output reg  [15:0] rom_addr;
    output reg  [15:0] sample;
    output reg  net_start;
    output reg  perturb_on;
    output reg  latch_base;
    output reg  restart;
    output reg  corr;
    output reg  update;
    output reg  next_window;
    output reg  step_done;
    output reg  done;
    output reg  [9:0] index;
    output reg  [9:0] index_next;
    output reg  corr_next;
    output reg  [31:0] steps;
    output reg  [31:0] tau_x;
    output reg  [31:0] tau_p;
    output reg  [31:0] tau_theta;
    
    // Constant declarations
    localparam  last_param = 10'b1000;
    localparam  last_input = 10'b1;
    localparam  n_inputs = 16'h2;
    localparam  last_sample = 16'h3;
    localparam  tau_x_last = 32'h0;
    localparam  tau_p_last = 32'h0;
    localparam  tau_theta_last = 32'h0;
    localparam  max_steps = 32'h186a0;
    
    // Enums
    localparam SeqState$Init = 0;
    localparam SeqState$Load = 1;
    localparam SeqState$Base = 2;
    localparam SeqState$BaseWait = 3;
    localparam SeqState$Pert = 4;
    localparam SeqState$PertWait = 5;
    localparam SeqState$Corr = 6;
    localparam SeqState$Next = 7;
    localparam SeqState$Halt = 8;
    
    // Stub signals
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [9:0] count$d;
    wire  [9:0] count$q;
    reg  count$clock;
    reg  [31:0] x_count$d;
    wire  [31:0] x_count$q;
    reg  x_count$clock;
    reg  [31:0] p_count$d;
    wire  [31:0] p_count$q;
    reg  p_count$clock;
    reg  [31:0] theta_count$d;
    wire  [31:0] theta_count$q;
    reg  theta_count$clock;
    reg  [15:0] sample_index$d;
    wire  [15:0] sample_index$q;
    reg  sample_index$clock;
    reg  [15:0] sample_base$d;
    wire  [15:0] sample_base$q;
    reg  sample_base$clock;
    reg  [31:0] step_count$d;
    wire  [31:0] step_count$q;
    reg  step_count$clock;
    
    // Sub module instances
    mgd_trainer_xor_hw$sequencer$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    mgd_trainer_xor_hw$sequencer$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    mgd_trainer_xor_hw$sequencer$x_count x_count(
        .d(x_count$d),
        .q(x_count$q),
        .clock(x_count$clock)
    );
    mgd_trainer_xor_hw$sequencer$p_count p_count(
        .d(p_count$d),
        .q(p_count$q),
        .clock(p_count$clock)
    );
    mgd_trainer_xor_hw$sequencer$theta_count theta_count(
        .d(theta_count$d),
        .q(theta_count$q),
        .clock(theta_count$clock)
    );
    mgd_trainer_xor_hw$sequencer$sample_index sample_index(
        .d(sample_index$d),
        .q(sample_index$q),
        .clock(sample_index$clock)
    );
    mgd_trainer_xor_hw$sequencer$sample_base sample_base(
        .d(sample_base$d),
        .q(sample_base$q),
        .clock(sample_base$clock)
    );
    mgd_trainer_xor_hw$sequencer$step_count step_count(
        .d(step_count$d),
        .q(step_count$q),
        .clock(step_count$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        count$clock = clock;
        x_count$clock = clock;
        p_count$clock = clock;
        theta_count$clock = clock;
        sample_index$clock = clock;
        sample_base$clock = clock;
        step_count$clock = clock;
        state$d = state$q;
        count$d = count$q;
        x_count$d = x_count$q;
        p_count$d = p_count$q;
        theta_count$d = theta_count$q;
        sample_index$d = sample_index$q;
        sample_base$d = sample_base$q;
        step_count$d = step_count$q;
        init = 1'b0;
        load = 1'b0;
        loading = state$q == SeqState$Load;
        load_last = 1'b0;
        net_start = 1'b0;
        perturb_on = 1'b0;
        latch_base = 1'b0;
        restart = 1'b0;
        corr = 1'b0;
        update = 1'b0;
        next_window = 1'b0;
        step_done = 1'b0;
        done = 1'b0;
        index = count$q;
        load_addr = ((count$q) & 10'h3ff);
        rom_addr = sample_base$q + ((count$q) & 16'hffff);
        sample = sample_index$q;
        steps = step_count$q;
        tau_x = x_count$q;
        tau_p = p_count$q;
        tau_theta = theta_count$q;
        case (state$q)
            SeqState$Init:
                begin
                    init = 1'b1;
                    count$d = count$q + 32'h1;
                    if (count$q == last_param) begin
                        count$d = 32'h0;
                        state$d = SeqState$Load;
                    end
                end
            SeqState$Load:
                begin
                    if (load_ok) begin
                        load = 1'b1;
                        count$d = count$q + 32'h1;
                        if (count$q == last_input) begin
                            load_last = 1'b1;
                            count$d = 32'h0;
                            state$d = SeqState$Base;
                        end
                    end
                end
            SeqState$Base:
                begin
                    net_start = 1'b1;
                    state$d = SeqState$BaseWait;
                end
            SeqState$BaseWait:
                begin
                    if (net_done) begin
                        latch_base = 1'b1;
                        state$d = SeqState$Pert;
                    end
                end
            SeqState$Pert:
                begin
                    net_start = 1'b1;
                    perturb_on = 1'b1;
                    restart = 1'b1;
                    state$d = SeqState$PertWait;
                end
            SeqState$PertWait:
                begin
                    perturb_on = 1'b1;
                    if (net_done) begin
                        restart = 1'b1;
                        state$d = SeqState$Corr;
                    end
                end
            SeqState$Corr:
                begin
                    corr = 1'b1;
                    update = theta_count$q == tau_theta_last;
                    count$d = count$q + 32'h1;
                    if (count$q == last_param) begin
                        count$d = 32'h0;
                        state$d = SeqState$Next;
                    end
                end
            SeqState$Next:
                begin
                    step_done = 1'b1;
                    step_count$d = step_count$q + 32'h1;
                    p_count$d = p_count$q + 32'h1;
                    if (p_count$q == tau_p_last) begin
                        p_count$d = 32'h0;
                        next_window = 1'b1;
                    end
                    state$d = SeqState$Pert;
                    theta_count$d = theta_count$q + 32'h1;
                    if (theta_count$q == tau_theta_last) begin
                        theta_count$d = 32'h0;
                        state$d = SeqState$Base;
                    end
                    x_count$d = x_count$q + 32'h1;
                    if (x_count$q == tau_x_last) begin
                        x_count$d = 32'h0;
                        state$d = SeqState$Load;
                        sample_index$d = sample_index$q + 32'h1;
                        sample_base$d = sample_base$q + n_inputs;
                        if (sample_index$q == last_sample) begin
                            sample_index$d = 32'h0;
                            sample_base$d = 32'h0;
                        end
                    end
                    if (step_count$q + 32'h1 == max_steps) begin
                        state$d = SeqState$Halt;
                    end
                end
            SeqState$Halt:
                begin
                    done = 1'b1;
                end
        endcase
        if (reset) begin
            state$d = SeqState$Init;
            count$d = 32'h0;
            x_count$d = 32'h0;
            p_count$d = 32'h0;
            theta_count$d = 32'h0;
            sample_index$d = 32'h0;
            sample_base$d = 32'h0;
            step_count$d = 32'h0;
        end
        index_next = count$d;
        corr_next = state$d == SeqState$Corr;
    end
    
endmodule // mgd_trainer_xor_hw$sequencer


module mgd_trainer_xor_hw$sequencer$count(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$sequencer$count


module mgd_trainer_xor_hw$sequencer$p_count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$sequencer$p_count


module mgd_trainer_xor_hw$sequencer$sample_base(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$sequencer$sample_base


module mgd_trainer_xor_hw$sequencer$sample_index(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$sequencer$sample_index


module mgd_trainer_xor_hw$sequencer$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam SeqState$Init = 0;
    localparam SeqState$Load = 1;
    localparam SeqState$Base = 2;
    localparam SeqState$BaseWait = 3;
    localparam SeqState$Pert = 4;
    localparam SeqState$PertWait = 5;
    localparam SeqState$Corr = 6;
    localparam SeqState$Next = 7;
    localparam SeqState$Halt = 8;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$sequencer$state


module mgd_trainer_xor_hw$sequencer$step_count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$sequencer$step_count


module mgd_trainer_xor_hw$sequencer$theta_count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$sequencer$theta_count


module mgd_trainer_xor_hw$sequencer$x_count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_xor_hw$sequencer$x_count


module mgd_trainer_xor_hw$theta_init(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 16'h6b5;
      10'b1: data = 16'h7bb;
      10'b10: data = 16'h503;
      10'b11: data = 16'hc4a;
      10'b100: data = 16'h975;
      10'b101: data = 16'hadf;
      10'b110: data = 16'hf6;
      10'b111: data = 16'h1b7;
      10'b1000: data = 16'hfd0;
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw$theta_init


module mgd_trainer_xor_hw$theta_mem(clock,read_address,read_data,read2_clock,read2_address,read2_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg signed [15:0] read_data;
    input wire  read2_clock;
    input wire  [9:0] read2_address;
    output reg signed [15:0] read2_data;
    input wire  [9:0] write_address;
    input wire signed [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [15:0] mem[0:15];
    integer i;
    initial begin
       for (i = 0; i <= 15; i = i + 1) mem[i] = 0;
       read_data = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[3:0]] <= write_data;
       end
       if (write_enable && write_address[3:0] == read_address[3:0]) begin
          read_data <= write_data;
       end else begin
          read_data <= mem[read_address[3:0]];
       end
    end
    
    always @(posedge read2_clock) begin
       read2_data <= mem[read2_address[3:0]];
    end
endmodule // mgd_trainer_xor_hw$theta_mem
