// mgd_trainer_xor: MGD trainer exported by mgdsim 0.1.0 (`mgdsim export`). Do not edit: regenerate.
// config: sim/configs/xor.toml (fnv1a64 of its text: 30d2fd68de29befe)
// network [2, 2, 1] Sigmoid, P = 9 parameters, 4 training samples in the sample ROM
// formats: theta Q2.12, act Q2.12, grad 32 bits, eta_shift 13, perturbation Random amplitude 68 LSB
// taus: tau_x 1, tau_p 1, tau_theta 1; run.steps 200000 (then `done`)
//
// Top-level ports (module mgd_trainer_xor):
//   input          clock         clock; every register updates at its rising edge
//   input          reset         synchronous reset: hold 1 for >= 1 edge; then an Init sweep of P cycles rewrites theta0 and clears G
//   input          stream_select 1: samples from the sample_* stream; 0: from the on-chip sample ROM
//   input          sample_valid  sample_data (and with the last input, sample_label) is valid
//   input  [15:0]  sample_data   one input of the streamed sample, signed, format fixed.act
//   input  [7:0]   sample_label  label of the streamed sample, taken with its last input
//   output         sample_ready  the chip takes sample_data at this rising edge if sample_valid
//   input  [9:0]   read_addr     parameter index to read out (0..P-1)
//   output [15:0]  read_theta    theta[read_addr], signed, format fixed.theta; combinational
//   output [31:0]  steps         MGD steps taken since reset
//   output [31:0]  current_cost  baseline cost C0 of the last baseline inference, signed, 2*act.frac+1 fraction bits
//   output         done          the step budget run.steps is reached; the chip idles
//
// Lint: verilator --lint-only -Wall rtl/lint.vlt <this file> (waivers justified there).



module mgd_trainer_xor(clock,reset,stream_select,sample_valid,sample_data,sample_label,sample_ready,read_addr,read_theta,steps,current_cost,done);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  stream_select;
    input wire  sample_valid;
    input wire signed [15:0] sample_data;
    input wire  [7:0] sample_label;
    output reg  sample_ready;
    input wire  [9:0] read_addr;
    output reg signed [15:0] read_theta;
    output reg  [31:0] steps;
    output reg signed [31:0] current_cost;
    output reg  done;
    
    // Constant declarations
    localparam signed one = 16'h1000;
    localparam signed zero = 16'h0;
    localparam  single_output = 1'b1;
    
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
    reg signed [15:0] network$theta;
    reg  network$load;
    reg  [9:0] network$load_addr;
    reg signed [15:0] network$load_data;
    wire signed [15:0] network$y;
    wire  network$y_valid;
    wire  [7:0] network$y_index;
    reg  [9:0] network$peek_addr;
    wire signed [15:0] network$peek_data;
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
    reg  [9:0] theta_mem$read2_address;
    wire signed [15:0] theta_mem$read2_data;
    reg  [9:0] theta_mem$write_address;
    reg signed [15:0] theta_mem$write_data;
    reg  theta_mem$write_enable;
    reg  grad_mem$clock;
    reg  [9:0] grad_mem$read_address;
    wire signed [31:0] grad_mem$read_data;
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
    mgd_trainer_xor$sequencer sequencer(
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
        .steps(sequencer$steps),
        .tau_x(sequencer$tau_x),
        .tau_p(sequencer$tau_p),
        .tau_theta(sequencer$tau_theta)
    );
    mgd_trainer_xor$perturbation perturbation(
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
    mgd_trainer_xor$network network(
        .clock(network$clock),
        .reset(network$reset),
        .start(network$start),
        .busy(network$busy),
        .done(network$done),
        .param_addr(network$param_addr),
        .theta(network$theta),
        .load(network$load),
        .load_addr(network$load_addr),
        .load_data(network$load_data),
        .y(network$y),
        .y_valid(network$y_valid),
        .y_index(network$y_index),
        .peek_addr(network$peek_addr),
        .peek_data(network$peek_data)
    );
    mgd_trainer_xor$cost cost(
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
    mgd_trainer_xor$correlator correlator(
        .sign(correlator$sign),
        .active(correlator$active),
        .cost_delta(correlator$cost_delta),
        .corr(correlator$corr)
    );
    mgd_trainer_xor$accumulator accumulator(
        .grad(accumulator$grad),
        .corr(accumulator$corr),
        .theta(accumulator$theta),
        .update(accumulator$update),
        .grad_next(accumulator$grad_next),
        .theta_next(accumulator$theta_next)
    );
    mgd_trainer_xor$theta_mem theta_mem(
        .clock(theta_mem$clock),
        .read_address(theta_mem$read_address),
        .read_data(theta_mem$read_data),
        .read2_address(theta_mem$read2_address),
        .read2_data(theta_mem$read2_data),
        .write_address(theta_mem$write_address),
        .write_data(theta_mem$write_data),
        .write_enable(theta_mem$write_enable)
    );
    mgd_trainer_xor$grad_mem grad_mem(
        .clock(grad_mem$clock),
        .read_address(grad_mem$read_address),
        .read_data(grad_mem$read_data),
        .read2_address(grad_mem$read2_address),
        .read2_data(grad_mem$read2_data),
        .write_address(grad_mem$write_address),
        .write_data(grad_mem$write_data),
        .write_enable(grad_mem$write_enable)
    );
    mgd_trainer_xor$theta_init theta_init(
        .address(theta_init$address),
        .data(theta_init$data)
    );
    mgd_trainer_xor$samples samples(
        .address(samples$address),
        .data(samples$data)
    );
    mgd_trainer_xor$labels labels(
        .address(labels$address),
        .data(labels$data)
    );
    mgd_trainer_xor$label label(
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
        if (stream_select) begin
            sequencer$load_ok = sample_valid;
        end
        sample_ready = stream_select & sequencer$loading;
        samples$address = sequencer$rom_addr;
        labels$address = sequencer$sample;
        network$load = sequencer$load;
        network$load_addr = sequencer$load_addr;
        network$load_data = samples$data;
        if (stream_select) begin
            network$load_data = sample_data;
        end
        if (sequencer$load_last) begin
            label$d = labels$data;
            if (stream_select) begin
                label$d = sample_label;
            end
        end
        network$start = sequencer$net_start;
        network$peek_addr = 32'h0;
        theta_mem$read_address = network$param_addr;
        perturbation$index = network$param_addr;
        if (sequencer$corr) begin
            theta_mem$read_address = sequencer$index;
            perturbation$index = sequencer$index;
        end
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
        grad_mem$read_address = sequencer$index;
        grad_mem$read2_address = read_addr;
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
    
endmodule // mgd_trainer_xor


module mgd_trainer_xor$accumulator(grad,corr,theta,update,grad_next,theta_next);
    
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
    localparam  eta_shift = 8'hd;
    localparam  fill = 32'hfff80000;
    localparam  half = 32'h1000;
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
    
endmodule // mgd_trainer_xor$accumulator


module mgd_trainer_xor$correlator(sign,active,cost_delta,corr);
    
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
    
endmodule // mgd_trainer_xor$correlator


module mgd_trainer_xor$cost(clock,reset,clear,strobe,y,target,latch_base,cost,cost_base,cost_delta);
    
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
    mgd_trainer_xor$cost$sum sum(
        .d(sum$d),
        .q(sum$q),
        .clock(sum$clock)
    );
    mgd_trainer_xor$cost$base base(
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
    
endmodule // mgd_trainer_xor$cost


module mgd_trainer_xor$cost$base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$cost$base


module mgd_trainer_xor$cost$sum(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$cost$sum


module mgd_trainer_xor$grad_mem(clock,read_address,read_data,read2_address,read2_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg signed [31:0] read_data;
    input wire  [9:0] read2_address;
    output reg signed [31:0] read2_data;
    input wire  [9:0] write_address;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [31:0] mem[0:1023];
    integer i;
    initial begin
       for (i = 0; i <= 1023; i = i + 1) mem[i] = 0;
    end
    
    always @* begin
       read_data = mem[read_address];
       read2_data = mem[read2_address];
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // mgd_trainer_xor$grad_mem


module mgd_trainer_xor$label(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$label


module mgd_trainer_xor$labels(address,data);
    
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
            
endmodule // mgd_trainer_xor$labels


module mgd_trainer_xor$network(clock,reset,start,busy,done,param_addr,theta,load,load_addr,load_data,y,y_valid,y_index,peek_addr,peek_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    output reg  busy;
    output reg  done;
    output reg  [9:0] param_addr;
    input wire signed [15:0] theta;
    input wire  load;
    input wire  [9:0] load_addr;
    input wire signed [15:0] load_data;
    output reg signed [15:0] y;
    output reg  y_valid;
    output reg  [7:0] y_index;
    input wire  [9:0] peek_addr;
    output reg signed [15:0] peek_data;
    
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
    localparam  sigmoid = 1'b1;
    localparam  sig_lo_f = 32'h78000000;
    localparam  sig_hi_f = 32'h87fdffff;
    localparam  sig_lo = 32'hf8000000;
    localparam  sig_hi = 32'h7fdffff;
    localparam  sig_half = 32'h20000;
    localparam  sig_half_neg = 32'h1ffff;
    localparam  sig_shift = 8'h12;
    localparam  sig_mid = 10'b1000000000;
    
    // Stub signals
    reg  acts$clock;
    reg  [9:0] acts$read_address;
    wire signed [15:0] acts$read_data;
    reg  [9:0] acts$read2_address;
    wire signed [15:0] acts$read2_data;
    reg  [9:0] acts$write_address;
    reg signed [15:0] acts$write_data;
    reg  acts$write_enable;
    reg  [9:0] ucode$address;
    wire  [31:0] ucode$data;
    reg  [9:0] sig_rom$address;
    wire  [15:0] sig_rom$data;
    reg  [9:0] count$d;
    wire  [9:0] count$q;
    reg  count$clock;
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
    mgd_trainer_xor$network$acts acts(
        .clock(acts$clock),
        .read_address(acts$read_address),
        .read_data(acts$read_data),
        .read2_address(acts$read2_address),
        .read2_data(acts$read2_data),
        .write_address(acts$write_address),
        .write_data(acts$write_data),
        .write_enable(acts$write_enable)
    );
    mgd_trainer_xor$network$ucode ucode(
        .address(ucode$address),
        .data(ucode$data)
    );
    mgd_trainer_xor$network$sig_rom sig_rom(
        .address(sig_rom$address),
        .data(sig_rom$data)
    );
    mgd_trainer_xor$network$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    mgd_trainer_xor$network$running running(
        .d(running$d),
        .q(running$q),
        .clock(running$clock)
    );
    mgd_trainer_xor$network$finished finished(
        .d(finished$d),
        .q(finished$q),
        .clock(finished$clock)
    );
    mgd_trainer_xor$network$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        running$clock = clock;
        finished$clock = clock;
        acc$clock = clock;
        count$d = count$q;
        running$d = running$q;
        finished$d = finished$q;
        acc$d = acc$q;
        acts$clock = clock;
        ucode$address = count$q;
        word = ucode$data;
        bias = word[32'h14];
        param_addr = count$q;
        acts$read_address = word[(32'h0)+:(10)];
        acts$read2_address = peek_addr;
        peek_data = acts$read2_data;
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
        sig_rom$address = sig_j[(32'h0)+:(10)] ^ sig_mid;
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
            count$d = count$q + 32'h1;
            acc$d = sat;
            if (bias) begin
                acc$d = zero32;
            end
            if (count$q == last) begin
                running$d = 1'b0;
                finished$d = 1'b1;
                count$d = 32'h0;
            end
        end
        if (start) begin
            running$d = 1'b1;
            count$d = 32'h0;
            acc$d = zero32;
        end
        if (reset) begin
            running$d = 1'b0;
            finished$d = 1'b0;
            count$d = 32'h0;
            acc$d = zero32;
        end
    end
    
endmodule // mgd_trainer_xor$network


module mgd_trainer_xor$network$acc(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$network$acc


module mgd_trainer_xor$network$acts(clock,read_address,read_data,read2_address,read2_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg signed [15:0] read_data;
    input wire  [9:0] read2_address;
    output reg signed [15:0] read2_data;
    input wire  [9:0] write_address;
    input wire signed [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [15:0] mem[0:1023];
    integer i;
    initial begin
       for (i = 0; i <= 1023; i = i + 1) mem[i] = 0;
    end
    
    always @* begin
       read_data = mem[read_address];
       read2_data = mem[read2_address];
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // mgd_trainer_xor$network$acts


module mgd_trainer_xor$network$count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$network$count


module mgd_trainer_xor$network$finished(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$network$finished


module mgd_trainer_xor$network$running(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$network$running


module mgd_trainer_xor$network$sig_rom(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 16'h1;
      10'b1: data = 16'h1;
      10'b10: data = 16'h1;
      10'b11: data = 16'h1;
      10'b100: data = 16'h1;
      10'b101: data = 16'h1;
      10'b110: data = 16'h2;
      10'b111: data = 16'h2;
      10'b1000: data = 16'h2;
      10'b1001: data = 16'h2;
      10'b1010: data = 16'h2;
      10'b1011: data = 16'h2;
      10'b1100: data = 16'h2;
      10'b1101: data = 16'h2;
      10'b1110: data = 16'h2;
      10'b1111: data = 16'h2;
      10'b10000: data = 16'h2;
      10'b10001: data = 16'h2;
      10'b10010: data = 16'h2;
      10'b10011: data = 16'h2;
      10'b10100: data = 16'h2;
      10'b10101: data = 16'h2;
      10'b10110: data = 16'h2;
      10'b10111: data = 16'h2;
      10'b11000: data = 16'h2;
      10'b11001: data = 16'h2;
      10'b11010: data = 16'h2;
      10'b11011: data = 16'h2;
      10'b11100: data = 16'h2;
      10'b11101: data = 16'h2;
      10'b11110: data = 16'h2;
      10'b11111: data = 16'h2;
      10'b100000: data = 16'h2;
      10'b100001: data = 16'h2;
      10'b100010: data = 16'h2;
      10'b100011: data = 16'h2;
      10'b100100: data = 16'h2;
      10'b100101: data = 16'h2;
      10'b100110: data = 16'h2;
      10'b100111: data = 16'h3;
      10'b101000: data = 16'h3;
      10'b101001: data = 16'h3;
      10'b101010: data = 16'h3;
      10'b101011: data = 16'h3;
      10'b101100: data = 16'h3;
      10'b101101: data = 16'h3;
      10'b101110: data = 16'h3;
      10'b101111: data = 16'h3;
      10'b110000: data = 16'h3;
      10'b110001: data = 16'h3;
      10'b110010: data = 16'h3;
      10'b110011: data = 16'h3;
      10'b110100: data = 16'h3;
      10'b110101: data = 16'h3;
      10'b110110: data = 16'h3;
      10'b110111: data = 16'h3;
      10'b111000: data = 16'h3;
      10'b111001: data = 16'h3;
      10'b111010: data = 16'h3;
      10'b111011: data = 16'h3;
      10'b111100: data = 16'h4;
      10'b111101: data = 16'h4;
      10'b111110: data = 16'h4;
      10'b111111: data = 16'h4;
      10'b1000000: data = 16'h4;
      10'b1000001: data = 16'h4;
      10'b1000010: data = 16'h4;
      10'b1000011: data = 16'h4;
      10'b1000100: data = 16'h4;
      10'b1000101: data = 16'h4;
      10'b1000110: data = 16'h4;
      10'b1000111: data = 16'h4;
      10'b1001000: data = 16'h4;
      10'b1001001: data = 16'h4;
      10'b1001010: data = 16'h4;
      10'b1001011: data = 16'h4;
      10'b1001100: data = 16'h5;
      10'b1001101: data = 16'h5;
      10'b1001110: data = 16'h5;
      10'b1001111: data = 16'h5;
      10'b1010000: data = 16'h5;
      10'b1010001: data = 16'h5;
      10'b1010010: data = 16'h5;
      10'b1010011: data = 16'h5;
      10'b1010100: data = 16'h5;
      10'b1010101: data = 16'h5;
      10'b1010110: data = 16'h5;
      10'b1010111: data = 16'h5;
      10'b1011000: data = 16'h5;
      10'b1011001: data = 16'h6;
      10'b1011010: data = 16'h6;
      10'b1011011: data = 16'h6;
      10'b1011100: data = 16'h6;
      10'b1011101: data = 16'h6;
      10'b1011110: data = 16'h6;
      10'b1011111: data = 16'h6;
      10'b1100000: data = 16'h6;
      10'b1100001: data = 16'h6;
      10'b1100010: data = 16'h6;
      10'b1100011: data = 16'h6;
      10'b1100100: data = 16'h7;
      10'b1100101: data = 16'h7;
      10'b1100110: data = 16'h7;
      10'b1100111: data = 16'h7;
      10'b1101000: data = 16'h7;
      10'b1101001: data = 16'h7;
      10'b1101010: data = 16'h7;
      10'b1101011: data = 16'h7;
      10'b1101100: data = 16'h7;
      10'b1101101: data = 16'h8;
      10'b1101110: data = 16'h8;
      10'b1101111: data = 16'h8;
      10'b1110000: data = 16'h8;
      10'b1110001: data = 16'h8;
      10'b1110010: data = 16'h8;
      10'b1110011: data = 16'h8;
      10'b1110100: data = 16'h8;
      10'b1110101: data = 16'h9;
      10'b1110110: data = 16'h9;
      10'b1110111: data = 16'h9;
      10'b1111000: data = 16'h9;
      10'b1111001: data = 16'h9;
      10'b1111010: data = 16'h9;
      10'b1111011: data = 16'h9;
      10'b1111100: data = 16'ha;
      10'b1111101: data = 16'ha;
      10'b1111110: data = 16'ha;
      10'b1111111: data = 16'ha;
      10'b10000000: data = 16'ha;
      10'b10000001: data = 16'ha;
      10'b10000010: data = 16'ha;
      10'b10000011: data = 16'hb;
      10'b10000100: data = 16'hb;
      10'b10000101: data = 16'hb;
      10'b10000110: data = 16'hb;
      10'b10000111: data = 16'hb;
      10'b10001000: data = 16'hb;
      10'b10001001: data = 16'hc;
      10'b10001010: data = 16'hc;
      10'b10001011: data = 16'hc;
      10'b10001100: data = 16'hc;
      10'b10001101: data = 16'hc;
      10'b10001110: data = 16'hd;
      10'b10001111: data = 16'hd;
      10'b10010000: data = 16'hd;
      10'b10010001: data = 16'hd;
      10'b10010010: data = 16'hd;
      10'b10010011: data = 16'he;
      10'b10010100: data = 16'he;
      10'b10010101: data = 16'he;
      10'b10010110: data = 16'he;
      10'b10010111: data = 16'he;
      10'b10011000: data = 16'hf;
      10'b10011001: data = 16'hf;
      10'b10011010: data = 16'hf;
      10'b10011011: data = 16'hf;
      10'b10011100: data = 16'h10;
      10'b10011101: data = 16'h10;
      10'b10011110: data = 16'h10;
      10'b10011111: data = 16'h10;
      10'b10100000: data = 16'h11;
      10'b10100001: data = 16'h11;
      10'b10100010: data = 16'h11;
      10'b10100011: data = 16'h11;
      10'b10100100: data = 16'h12;
      10'b10100101: data = 16'h12;
      10'b10100110: data = 16'h12;
      10'b10100111: data = 16'h13;
      10'b10101000: data = 16'h13;
      10'b10101001: data = 16'h13;
      10'b10101010: data = 16'h13;
      10'b10101011: data = 16'h14;
      10'b10101100: data = 16'h14;
      10'b10101101: data = 16'h14;
      10'b10101110: data = 16'h15;
      10'b10101111: data = 16'h15;
      10'b10110000: data = 16'h15;
      10'b10110001: data = 16'h16;
      10'b10110010: data = 16'h16;
      10'b10110011: data = 16'h16;
      10'b10110100: data = 16'h17;
      10'b10110101: data = 16'h17;
      10'b10110110: data = 16'h17;
      10'b10110111: data = 16'h18;
      10'b10111000: data = 16'h18;
      10'b10111001: data = 16'h19;
      10'b10111010: data = 16'h19;
      10'b10111011: data = 16'h19;
      10'b10111100: data = 16'h1a;
      10'b10111101: data = 16'h1a;
      10'b10111110: data = 16'h1b;
      10'b10111111: data = 16'h1b;
      10'b11000000: data = 16'h1b;
      10'b11000001: data = 16'h1c;
      10'b11000010: data = 16'h1c;
      10'b11000011: data = 16'h1d;
      10'b11000100: data = 16'h1d;
      10'b11000101: data = 16'h1e;
      10'b11000110: data = 16'h1e;
      10'b11000111: data = 16'h1f;
      10'b11001000: data = 16'h1f;
      10'b11001001: data = 16'h20;
      10'b11001010: data = 16'h20;
      10'b11001011: data = 16'h21;
      10'b11001100: data = 16'h21;
      10'b11001101: data = 16'h22;
      10'b11001110: data = 16'h22;
      10'b11001111: data = 16'h23;
      10'b11010000: data = 16'h23;
      10'b11010001: data = 16'h24;
      10'b11010010: data = 16'h24;
      10'b11010011: data = 16'h25;
      10'b11010100: data = 16'h25;
      10'b11010101: data = 16'h26;
      10'b11010110: data = 16'h27;
      10'b11010111: data = 16'h27;
      10'b11011000: data = 16'h28;
      10'b11011001: data = 16'h28;
      10'b11011010: data = 16'h29;
      10'b11011011: data = 16'h2a;
      10'b11011100: data = 16'h2a;
      10'b11011101: data = 16'h2b;
      10'b11011110: data = 16'h2c;
      10'b11011111: data = 16'h2c;
      10'b11100000: data = 16'h2d;
      10'b11100001: data = 16'h2e;
      10'b11100010: data = 16'h2e;
      10'b11100011: data = 16'h2f;
      10'b11100100: data = 16'h30;
      10'b11100101: data = 16'h31;
      10'b11100110: data = 16'h31;
      10'b11100111: data = 16'h32;
      10'b11101000: data = 16'h33;
      10'b11101001: data = 16'h34;
      10'b11101010: data = 16'h35;
      10'b11101011: data = 16'h35;
      10'b11101100: data = 16'h36;
      10'b11101101: data = 16'h37;
      10'b11101110: data = 16'h38;
      10'b11101111: data = 16'h39;
      10'b11110000: data = 16'h3a;
      10'b11110001: data = 16'h3a;
      10'b11110010: data = 16'h3b;
      10'b11110011: data = 16'h3c;
      10'b11110100: data = 16'h3d;
      10'b11110101: data = 16'h3e;
      10'b11110110: data = 16'h3f;
      10'b11110111: data = 16'h40;
      10'b11111000: data = 16'h41;
      10'b11111001: data = 16'h42;
      10'b11111010: data = 16'h43;
      10'b11111011: data = 16'h44;
      10'b11111100: data = 16'h45;
      10'b11111101: data = 16'h46;
      10'b11111110: data = 16'h47;
      10'b11111111: data = 16'h49;
      10'b100000000: data = 16'h4a;
      10'b100000001: data = 16'h4b;
      10'b100000010: data = 16'h4c;
      10'b100000011: data = 16'h4d;
      10'b100000100: data = 16'h4e;
      10'b100000101: data = 16'h50;
      10'b100000110: data = 16'h51;
      10'b100000111: data = 16'h52;
      10'b100001000: data = 16'h53;
      10'b100001001: data = 16'h55;
      10'b100001010: data = 16'h56;
      10'b100001011: data = 16'h57;
      10'b100001100: data = 16'h59;
      10'b100001101: data = 16'h5a;
      10'b100001110: data = 16'h5b;
      10'b100001111: data = 16'h5d;
      10'b100010000: data = 16'h5e;
      10'b100010001: data = 16'h60;
      10'b100010010: data = 16'h61;
      10'b100010011: data = 16'h63;
      10'b100010100: data = 16'h64;
      10'b100010101: data = 16'h66;
      10'b100010110: data = 16'h67;
      10'b100010111: data = 16'h69;
      10'b100011000: data = 16'h6a;
      10'b100011001: data = 16'h6c;
      10'b100011010: data = 16'h6e;
      10'b100011011: data = 16'h6f;
      10'b100011100: data = 16'h71;
      10'b100011101: data = 16'h73;
      10'b100011110: data = 16'h74;
      10'b100011111: data = 16'h76;
      10'b100100000: data = 16'h78;
      10'b100100001: data = 16'h7a;
      10'b100100010: data = 16'h7c;
      10'b100100011: data = 16'h7e;
      10'b100100100: data = 16'h80;
      10'b100100101: data = 16'h82;
      10'b100100110: data = 16'h83;
      10'b100100111: data = 16'h85;
      10'b100101000: data = 16'h88;
      10'b100101001: data = 16'h8a;
      10'b100101010: data = 16'h8c;
      10'b100101011: data = 16'h8e;
      10'b100101100: data = 16'h90;
      10'b100101101: data = 16'h92;
      10'b100101110: data = 16'h94;
      10'b100101111: data = 16'h97;
      10'b100110000: data = 16'h99;
      10'b100110001: data = 16'h9b;
      10'b100110010: data = 16'h9e;
      10'b100110011: data = 16'ha0;
      10'b100110100: data = 16'ha2;
      10'b100110101: data = 16'ha5;
      10'b100110110: data = 16'ha7;
      10'b100110111: data = 16'haa;
      10'b100111000: data = 16'hac;
      10'b100111001: data = 16'haf;
      10'b100111010: data = 16'hb2;
      10'b100111011: data = 16'hb4;
      10'b100111100: data = 16'hb7;
      10'b100111101: data = 16'hba;
      10'b100111110: data = 16'hbd;
      10'b100111111: data = 16'hbf;
      10'b101000000: data = 16'hc2;
      10'b101000001: data = 16'hc5;
      10'b101000010: data = 16'hc8;
      10'b101000011: data = 16'hcb;
      10'b101000100: data = 16'hce;
      10'b101000101: data = 16'hd1;
      10'b101000110: data = 16'hd4;
      10'b101000111: data = 16'hd8;
      10'b101001000: data = 16'hdb;
      10'b101001001: data = 16'hde;
      10'b101001010: data = 16'he1;
      10'b101001011: data = 16'he5;
      10'b101001100: data = 16'he8;
      10'b101001101: data = 16'heb;
      10'b101001110: data = 16'hef;
      10'b101001111: data = 16'hf3;
      10'b101010000: data = 16'hf6;
      10'b101010001: data = 16'hfa;
      10'b101010010: data = 16'hfd;
      10'b101010011: data = 16'h101;
      10'b101010100: data = 16'h105;
      10'b101010101: data = 16'h109;
      10'b101010110: data = 16'h10d;
      10'b101010111: data = 16'h111;
      10'b101011000: data = 16'h115;
      10'b101011001: data = 16'h119;
      10'b101011010: data = 16'h11d;
      10'b101011011: data = 16'h121;
      10'b101011100: data = 16'h125;
      10'b101011101: data = 16'h12a;
      10'b101011110: data = 16'h12e;
      10'b101011111: data = 16'h132;
      10'b101100000: data = 16'h137;
      10'b101100001: data = 16'h13b;
      10'b101100010: data = 16'h140;
      10'b101100011: data = 16'h144;
      10'b101100100: data = 16'h149;
      10'b101100101: data = 16'h14e;
      10'b101100110: data = 16'h153;
      10'b101100111: data = 16'h158;
      10'b101101000: data = 16'h15d;
      10'b101101001: data = 16'h162;
      10'b101101010: data = 16'h167;
      10'b101101011: data = 16'h16c;
      10'b101101100: data = 16'h171;
      10'b101101101: data = 16'h176;
      10'b101101110: data = 16'h17c;
      10'b101101111: data = 16'h181;
      10'b101110000: data = 16'h187;
      10'b101110001: data = 16'h18c;
      10'b101110010: data = 16'h192;
      10'b101110011: data = 16'h197;
      10'b101110100: data = 16'h19d;
      10'b101110101: data = 16'h1a3;
      10'b101110110: data = 16'h1a9;
      10'b101110111: data = 16'h1af;
      10'b101111000: data = 16'h1b5;
      10'b101111001: data = 16'h1bb;
      10'b101111010: data = 16'h1c1;
      10'b101111011: data = 16'h1c8;
      10'b101111100: data = 16'h1ce;
      10'b101111101: data = 16'h1d4;
      10'b101111110: data = 16'h1db;
      10'b101111111: data = 16'h1e2;
      10'b110000000: data = 16'h1e8;
      10'b110000001: data = 16'h1ef;
      10'b110000010: data = 16'h1f6;
      10'b110000011: data = 16'h1fd;
      10'b110000100: data = 16'h204;
      10'b110000101: data = 16'h20b;
      10'b110000110: data = 16'h212;
      10'b110000111: data = 16'h219;
      10'b110001000: data = 16'h221;
      10'b110001001: data = 16'h228;
      10'b110001010: data = 16'h230;
      10'b110001011: data = 16'h237;
      10'b110001100: data = 16'h23f;
      10'b110001101: data = 16'h247;
      10'b110001110: data = 16'h24e;
      10'b110001111: data = 16'h256;
      10'b110010000: data = 16'h25e;
      10'b110010001: data = 16'h267;
      10'b110010010: data = 16'h26f;
      10'b110010011: data = 16'h277;
      10'b110010100: data = 16'h27f;
      10'b110010101: data = 16'h288;
      10'b110010110: data = 16'h290;
      10'b110010111: data = 16'h299;
      10'b110011000: data = 16'h2a2;
      10'b110011001: data = 16'h2ab;
      10'b110011010: data = 16'h2b4;
      10'b110011011: data = 16'h2bd;
      10'b110011100: data = 16'h2c6;
      10'b110011101: data = 16'h2cf;
      10'b110011110: data = 16'h2d8;
      10'b110011111: data = 16'h2e2;
      10'b110100000: data = 16'h2eb;
      10'b110100001: data = 16'h2f5;
      10'b110100010: data = 16'h2fe;
      10'b110100011: data = 16'h308;
      10'b110100100: data = 16'h312;
      10'b110100101: data = 16'h31c;
      10'b110100110: data = 16'h326;
      10'b110100111: data = 16'h330;
      10'b110101000: data = 16'h33b;
      10'b110101001: data = 16'h345;
      10'b110101010: data = 16'h34f;
      10'b110101011: data = 16'h35a;
      10'b110101100: data = 16'h365;
      10'b110101101: data = 16'h36f;
      10'b110101110: data = 16'h37a;
      10'b110101111: data = 16'h385;
      10'b110110000: data = 16'h390;
      10'b110110001: data = 16'h39b;
      10'b110110010: data = 16'h3a7;
      10'b110110011: data = 16'h3b2;
      10'b110110100: data = 16'h3bd;
      10'b110110101: data = 16'h3c9;
      10'b110110110: data = 16'h3d4;
      10'b110110111: data = 16'h3e0;
      10'b110111000: data = 16'h3ec;
      10'b110111001: data = 16'h3f8;
      10'b110111010: data = 16'h404;
      10'b110111011: data = 16'h410;
      10'b110111100: data = 16'h41c;
      10'b110111101: data = 16'h428;
      10'b110111110: data = 16'h435;
      10'b110111111: data = 16'h441;
      10'b111000000: data = 16'h44e;
      10'b111000001: data = 16'h45a;
      10'b111000010: data = 16'h467;
      10'b111000011: data = 16'h474;
      10'b111000100: data = 16'h481;
      10'b111000101: data = 16'h48e;
      10'b111000110: data = 16'h49b;
      10'b111000111: data = 16'h4a8;
      10'b111001000: data = 16'h4b5;
      10'b111001001: data = 16'h4c2;
      10'b111001010: data = 16'h4d0;
      10'b111001011: data = 16'h4dd;
      10'b111001100: data = 16'h4eb;
      10'b111001101: data = 16'h4f9;
      10'b111001110: data = 16'h506;
      10'b111001111: data = 16'h514;
      10'b111010000: data = 16'h522;
      10'b111010001: data = 16'h530;
      10'b111010010: data = 16'h53e;
      10'b111010011: data = 16'h54c;
      10'b111010100: data = 16'h55a;
      10'b111010101: data = 16'h569;
      10'b111010110: data = 16'h577;
      10'b111010111: data = 16'h586;
      10'b111011000: data = 16'h594;
      10'b111011001: data = 16'h5a3;
      10'b111011010: data = 16'h5b1;
      10'b111011011: data = 16'h5c0;
      10'b111011100: data = 16'h5cf;
      10'b111011101: data = 16'h5de;
      10'b111011110: data = 16'h5ec;
      10'b111011111: data = 16'h5fb;
      10'b111100000: data = 16'h60a;
      10'b111100001: data = 16'h619;
      10'b111100010: data = 16'h629;
      10'b111100011: data = 16'h638;
      10'b111100100: data = 16'h647;
      10'b111100101: data = 16'h656;
      10'b111100110: data = 16'h666;
      10'b111100111: data = 16'h675;
      10'b111101000: data = 16'h684;
      10'b111101001: data = 16'h694;
      10'b111101010: data = 16'h6a3;
      10'b111101011: data = 16'h6b3;
      10'b111101100: data = 16'h6c3;
      10'b111101101: data = 16'h6d2;
      10'b111101110: data = 16'h6e2;
      10'b111101111: data = 16'h6f2;
      10'b111110000: data = 16'h701;
      10'b111110001: data = 16'h711;
      10'b111110010: data = 16'h721;
      10'b111110011: data = 16'h731;
      10'b111110100: data = 16'h741;
      10'b111110101: data = 16'h750;
      10'b111110110: data = 16'h760;
      10'b111110111: data = 16'h770;
      10'b111111000: data = 16'h780;
      10'b111111001: data = 16'h790;
      10'b111111010: data = 16'h7a0;
      10'b111111011: data = 16'h7b0;
      10'b111111100: data = 16'h7c0;
      10'b111111101: data = 16'h7d0;
      10'b111111110: data = 16'h7e0;
      10'b111111111: data = 16'h7f0;
      10'b1000000000: data = 16'h800;
      10'b1000000001: data = 16'h810;
      10'b1000000010: data = 16'h820;
      10'b1000000011: data = 16'h830;
      10'b1000000100: data = 16'h840;
      10'b1000000101: data = 16'h850;
      10'b1000000110: data = 16'h860;
      10'b1000000111: data = 16'h870;
      10'b1000001000: data = 16'h880;
      10'b1000001001: data = 16'h890;
      10'b1000001010: data = 16'h8a0;
      10'b1000001011: data = 16'h8b0;
      10'b1000001100: data = 16'h8bf;
      10'b1000001101: data = 16'h8cf;
      10'b1000001110: data = 16'h8df;
      10'b1000001111: data = 16'h8ef;
      10'b1000010000: data = 16'h8ff;
      10'b1000010001: data = 16'h90e;
      10'b1000010010: data = 16'h91e;
      10'b1000010011: data = 16'h92e;
      10'b1000010100: data = 16'h93d;
      10'b1000010101: data = 16'h94d;
      10'b1000010110: data = 16'h95d;
      10'b1000010111: data = 16'h96c;
      10'b1000011000: data = 16'h97c;
      10'b1000011001: data = 16'h98b;
      10'b1000011010: data = 16'h99a;
      10'b1000011011: data = 16'h9aa;
      10'b1000011100: data = 16'h9b9;
      10'b1000011101: data = 16'h9c8;
      10'b1000011110: data = 16'h9d7;
      10'b1000011111: data = 16'h9e7;
      10'b1000100000: data = 16'h9f6;
      10'b1000100001: data = 16'ha05;
      10'b1000100010: data = 16'ha14;
      10'b1000100011: data = 16'ha22;
      10'b1000100100: data = 16'ha31;
      10'b1000100101: data = 16'ha40;
      10'b1000100110: data = 16'ha4f;
      10'b1000100111: data = 16'ha5d;
      10'b1000101000: data = 16'ha6c;
      10'b1000101001: data = 16'ha7a;
      10'b1000101010: data = 16'ha89;
      10'b1000101011: data = 16'ha97;
      10'b1000101100: data = 16'haa6;
      10'b1000101101: data = 16'hab4;
      10'b1000101110: data = 16'hac2;
      10'b1000101111: data = 16'had0;
      10'b1000110000: data = 16'hade;
      10'b1000110001: data = 16'haec;
      10'b1000110010: data = 16'hafa;
      10'b1000110011: data = 16'hb07;
      10'b1000110100: data = 16'hb15;
      10'b1000110101: data = 16'hb23;
      10'b1000110110: data = 16'hb30;
      10'b1000110111: data = 16'hb3e;
      10'b1000111000: data = 16'hb4b;
      10'b1000111001: data = 16'hb58;
      10'b1000111010: data = 16'hb65;
      10'b1000111011: data = 16'hb72;
      10'b1000111100: data = 16'hb7f;
      10'b1000111101: data = 16'hb8c;
      10'b1000111110: data = 16'hb99;
      10'b1000111111: data = 16'hba6;
      10'b1001000000: data = 16'hbb2;
      10'b1001000001: data = 16'hbbf;
      10'b1001000010: data = 16'hbcb;
      10'b1001000011: data = 16'hbd8;
      10'b1001000100: data = 16'hbe4;
      10'b1001000101: data = 16'hbf0;
      10'b1001000110: data = 16'hbfc;
      10'b1001000111: data = 16'hc08;
      10'b1001001000: data = 16'hc14;
      10'b1001001001: data = 16'hc20;
      10'b1001001010: data = 16'hc2c;
      10'b1001001011: data = 16'hc37;
      10'b1001001100: data = 16'hc43;
      10'b1001001101: data = 16'hc4e;
      10'b1001001110: data = 16'hc59;
      10'b1001001111: data = 16'hc65;
      10'b1001010000: data = 16'hc70;
      10'b1001010001: data = 16'hc7b;
      10'b1001010010: data = 16'hc86;
      10'b1001010011: data = 16'hc91;
      10'b1001010100: data = 16'hc9b;
      10'b1001010101: data = 16'hca6;
      10'b1001010110: data = 16'hcb1;
      10'b1001010111: data = 16'hcbb;
      10'b1001011000: data = 16'hcc5;
      10'b1001011001: data = 16'hcd0;
      10'b1001011010: data = 16'hcda;
      10'b1001011011: data = 16'hce4;
      10'b1001011100: data = 16'hcee;
      10'b1001011101: data = 16'hcf8;
      10'b1001011110: data = 16'hd02;
      10'b1001011111: data = 16'hd0b;
      10'b1001100000: data = 16'hd15;
      10'b1001100001: data = 16'hd1e;
      10'b1001100010: data = 16'hd28;
      10'b1001100011: data = 16'hd31;
      10'b1001100100: data = 16'hd3a;
      10'b1001100101: data = 16'hd43;
      10'b1001100110: data = 16'hd4c;
      10'b1001100111: data = 16'hd55;
      10'b1001101000: data = 16'hd5e;
      10'b1001101001: data = 16'hd67;
      10'b1001101010: data = 16'hd70;
      10'b1001101011: data = 16'hd78;
      10'b1001101100: data = 16'hd81;
      10'b1001101101: data = 16'hd89;
      10'b1001101110: data = 16'hd91;
      10'b1001101111: data = 16'hd99;
      10'b1001110000: data = 16'hda2;
      10'b1001110001: data = 16'hdaa;
      10'b1001110010: data = 16'hdb2;
      10'b1001110011: data = 16'hdb9;
      10'b1001110100: data = 16'hdc1;
      10'b1001110101: data = 16'hdc9;
      10'b1001110110: data = 16'hdd0;
      10'b1001110111: data = 16'hdd8;
      10'b1001111000: data = 16'hddf;
      10'b1001111001: data = 16'hde7;
      10'b1001111010: data = 16'hdee;
      10'b1001111011: data = 16'hdf5;
      10'b1001111100: data = 16'hdfc;
      10'b1001111101: data = 16'he03;
      10'b1001111110: data = 16'he0a;
      10'b1001111111: data = 16'he11;
      10'b1010000000: data = 16'he18;
      10'b1010000001: data = 16'he1e;
      10'b1010000010: data = 16'he25;
      10'b1010000011: data = 16'he2c;
      10'b1010000100: data = 16'he32;
      10'b1010000101: data = 16'he38;
      10'b1010000110: data = 16'he3f;
      10'b1010000111: data = 16'he45;
      10'b1010001000: data = 16'he4b;
      10'b1010001001: data = 16'he51;
      10'b1010001010: data = 16'he57;
      10'b1010001011: data = 16'he5d;
      10'b1010001100: data = 16'he63;
      10'b1010001101: data = 16'he69;
      10'b1010001110: data = 16'he6e;
      10'b1010001111: data = 16'he74;
      10'b1010010000: data = 16'he79;
      10'b1010010001: data = 16'he7f;
      10'b1010010010: data = 16'he84;
      10'b1010010011: data = 16'he8a;
      10'b1010010100: data = 16'he8f;
      10'b1010010101: data = 16'he94;
      10'b1010010110: data = 16'he99;
      10'b1010010111: data = 16'he9e;
      10'b1010011000: data = 16'hea3;
      10'b1010011001: data = 16'hea8;
      10'b1010011010: data = 16'head;
      10'b1010011011: data = 16'heb2;
      10'b1010011100: data = 16'heb7;
      10'b1010011101: data = 16'hebc;
      10'b1010011110: data = 16'hec0;
      10'b1010011111: data = 16'hec5;
      10'b1010100000: data = 16'hec9;
      10'b1010100001: data = 16'hece;
      10'b1010100010: data = 16'hed2;
      10'b1010100011: data = 16'hed6;
      10'b1010100100: data = 16'hedb;
      10'b1010100101: data = 16'hedf;
      10'b1010100110: data = 16'hee3;
      10'b1010100111: data = 16'hee7;
      10'b1010101000: data = 16'heeb;
      10'b1010101001: data = 16'heef;
      10'b1010101010: data = 16'hef3;
      10'b1010101011: data = 16'hef7;
      10'b1010101100: data = 16'hefb;
      10'b1010101101: data = 16'heff;
      10'b1010101110: data = 16'hf03;
      10'b1010101111: data = 16'hf06;
      10'b1010110000: data = 16'hf0a;
      10'b1010110001: data = 16'hf0d;
      10'b1010110010: data = 16'hf11;
      10'b1010110011: data = 16'hf15;
      10'b1010110100: data = 16'hf18;
      10'b1010110101: data = 16'hf1b;
      10'b1010110110: data = 16'hf1f;
      10'b1010110111: data = 16'hf22;
      10'b1010111000: data = 16'hf25;
      10'b1010111001: data = 16'hf28;
      10'b1010111010: data = 16'hf2c;
      10'b1010111011: data = 16'hf2f;
      10'b1010111100: data = 16'hf32;
      10'b1010111101: data = 16'hf35;
      10'b1010111110: data = 16'hf38;
      10'b1010111111: data = 16'hf3b;
      10'b1011000000: data = 16'hf3e;
      10'b1011000001: data = 16'hf41;
      10'b1011000010: data = 16'hf43;
      10'b1011000011: data = 16'hf46;
      10'b1011000100: data = 16'hf49;
      10'b1011000101: data = 16'hf4c;
      10'b1011000110: data = 16'hf4e;
      10'b1011000111: data = 16'hf51;
      10'b1011001000: data = 16'hf54;
      10'b1011001001: data = 16'hf56;
      10'b1011001010: data = 16'hf59;
      10'b1011001011: data = 16'hf5b;
      10'b1011001100: data = 16'hf5e;
      10'b1011001101: data = 16'hf60;
      10'b1011001110: data = 16'hf62;
      10'b1011001111: data = 16'hf65;
      10'b1011010000: data = 16'hf67;
      10'b1011010001: data = 16'hf69;
      10'b1011010010: data = 16'hf6c;
      10'b1011010011: data = 16'hf6e;
      10'b1011010100: data = 16'hf70;
      10'b1011010101: data = 16'hf72;
      10'b1011010110: data = 16'hf74;
      10'b1011010111: data = 16'hf76;
      10'b1011011000: data = 16'hf78;
      10'b1011011001: data = 16'hf7b;
      10'b1011011010: data = 16'hf7d;
      10'b1011011011: data = 16'hf7e;
      10'b1011011100: data = 16'hf80;
      10'b1011011101: data = 16'hf82;
      10'b1011011110: data = 16'hf84;
      10'b1011011111: data = 16'hf86;
      10'b1011100000: data = 16'hf88;
      10'b1011100001: data = 16'hf8a;
      10'b1011100010: data = 16'hf8c;
      10'b1011100011: data = 16'hf8d;
      10'b1011100100: data = 16'hf8f;
      10'b1011100101: data = 16'hf91;
      10'b1011100110: data = 16'hf92;
      10'b1011100111: data = 16'hf94;
      10'b1011101000: data = 16'hf96;
      10'b1011101001: data = 16'hf97;
      10'b1011101010: data = 16'hf99;
      10'b1011101011: data = 16'hf9a;
      10'b1011101100: data = 16'hf9c;
      10'b1011101101: data = 16'hf9d;
      10'b1011101110: data = 16'hf9f;
      10'b1011101111: data = 16'hfa0;
      10'b1011110000: data = 16'hfa2;
      10'b1011110001: data = 16'hfa3;
      10'b1011110010: data = 16'hfa5;
      10'b1011110011: data = 16'hfa6;
      10'b1011110100: data = 16'hfa7;
      10'b1011110101: data = 16'hfa9;
      10'b1011110110: data = 16'hfaa;
      10'b1011110111: data = 16'hfab;
      10'b1011111000: data = 16'hfad;
      10'b1011111001: data = 16'hfae;
      10'b1011111010: data = 16'hfaf;
      10'b1011111011: data = 16'hfb0;
      10'b1011111100: data = 16'hfb2;
      10'b1011111101: data = 16'hfb3;
      10'b1011111110: data = 16'hfb4;
      10'b1011111111: data = 16'hfb5;
      10'b1100000000: data = 16'hfb6;
      10'b1100000001: data = 16'hfb7;
      10'b1100000010: data = 16'hfb9;
      10'b1100000011: data = 16'hfba;
      10'b1100000100: data = 16'hfbb;
      10'b1100000101: data = 16'hfbc;
      10'b1100000110: data = 16'hfbd;
      10'b1100000111: data = 16'hfbe;
      10'b1100001000: data = 16'hfbf;
      10'b1100001001: data = 16'hfc0;
      10'b1100001010: data = 16'hfc1;
      10'b1100001011: data = 16'hfc2;
      10'b1100001100: data = 16'hfc3;
      10'b1100001101: data = 16'hfc4;
      10'b1100001110: data = 16'hfc5;
      10'b1100001111: data = 16'hfc6;
      10'b1100010000: data = 16'hfc6;
      10'b1100010001: data = 16'hfc7;
      10'b1100010010: data = 16'hfc8;
      10'b1100010011: data = 16'hfc9;
      10'b1100010100: data = 16'hfca;
      10'b1100010101: data = 16'hfcb;
      10'b1100010110: data = 16'hfcb;
      10'b1100010111: data = 16'hfcc;
      10'b1100011000: data = 16'hfcd;
      10'b1100011001: data = 16'hfce;
      10'b1100011010: data = 16'hfcf;
      10'b1100011011: data = 16'hfcf;
      10'b1100011100: data = 16'hfd0;
      10'b1100011101: data = 16'hfd1;
      10'b1100011110: data = 16'hfd2;
      10'b1100011111: data = 16'hfd2;
      10'b1100100000: data = 16'hfd3;
      10'b1100100001: data = 16'hfd4;
      10'b1100100010: data = 16'hfd4;
      10'b1100100011: data = 16'hfd5;
      10'b1100100100: data = 16'hfd6;
      10'b1100100101: data = 16'hfd6;
      10'b1100100110: data = 16'hfd7;
      10'b1100100111: data = 16'hfd8;
      10'b1100101000: data = 16'hfd8;
      10'b1100101001: data = 16'hfd9;
      10'b1100101010: data = 16'hfd9;
      10'b1100101011: data = 16'hfda;
      10'b1100101100: data = 16'hfdb;
      10'b1100101101: data = 16'hfdb;
      10'b1100101110: data = 16'hfdc;
      10'b1100101111: data = 16'hfdc;
      10'b1100110000: data = 16'hfdd;
      10'b1100110001: data = 16'hfdd;
      10'b1100110010: data = 16'hfde;
      10'b1100110011: data = 16'hfde;
      10'b1100110100: data = 16'hfdf;
      10'b1100110101: data = 16'hfdf;
      10'b1100110110: data = 16'hfe0;
      10'b1100110111: data = 16'hfe0;
      10'b1100111000: data = 16'hfe1;
      10'b1100111001: data = 16'hfe1;
      10'b1100111010: data = 16'hfe2;
      10'b1100111011: data = 16'hfe2;
      10'b1100111100: data = 16'hfe3;
      10'b1100111101: data = 16'hfe3;
      10'b1100111110: data = 16'hfe4;
      10'b1100111111: data = 16'hfe4;
      10'b1101000000: data = 16'hfe5;
      10'b1101000001: data = 16'hfe5;
      10'b1101000010: data = 16'hfe5;
      10'b1101000011: data = 16'hfe6;
      10'b1101000100: data = 16'hfe6;
      10'b1101000101: data = 16'hfe7;
      10'b1101000110: data = 16'hfe7;
      10'b1101000111: data = 16'hfe7;
      10'b1101001000: data = 16'hfe8;
      10'b1101001001: data = 16'hfe8;
      10'b1101001010: data = 16'hfe9;
      10'b1101001011: data = 16'hfe9;
      10'b1101001100: data = 16'hfe9;
      10'b1101001101: data = 16'hfea;
      10'b1101001110: data = 16'hfea;
      10'b1101001111: data = 16'hfea;
      10'b1101010000: data = 16'hfeb;
      10'b1101010001: data = 16'hfeb;
      10'b1101010010: data = 16'hfeb;
      10'b1101010011: data = 16'hfec;
      10'b1101010100: data = 16'hfec;
      10'b1101010101: data = 16'hfec;
      10'b1101010110: data = 16'hfed;
      10'b1101010111: data = 16'hfed;
      10'b1101011000: data = 16'hfed;
      10'b1101011001: data = 16'hfed;
      10'b1101011010: data = 16'hfee;
      10'b1101011011: data = 16'hfee;
      10'b1101011100: data = 16'hfee;
      10'b1101011101: data = 16'hfef;
      10'b1101011110: data = 16'hfef;
      10'b1101011111: data = 16'hfef;
      10'b1101100000: data = 16'hfef;
      10'b1101100001: data = 16'hff0;
      10'b1101100010: data = 16'hff0;
      10'b1101100011: data = 16'hff0;
      10'b1101100100: data = 16'hff0;
      10'b1101100101: data = 16'hff1;
      10'b1101100110: data = 16'hff1;
      10'b1101100111: data = 16'hff1;
      10'b1101101000: data = 16'hff1;
      10'b1101101001: data = 16'hff2;
      10'b1101101010: data = 16'hff2;
      10'b1101101011: data = 16'hff2;
      10'b1101101100: data = 16'hff2;
      10'b1101101101: data = 16'hff2;
      10'b1101101110: data = 16'hff3;
      10'b1101101111: data = 16'hff3;
      10'b1101110000: data = 16'hff3;
      10'b1101110001: data = 16'hff3;
      10'b1101110010: data = 16'hff3;
      10'b1101110011: data = 16'hff4;
      10'b1101110100: data = 16'hff4;
      10'b1101110101: data = 16'hff4;
      10'b1101110110: data = 16'hff4;
      10'b1101110111: data = 16'hff4;
      10'b1101111000: data = 16'hff5;
      10'b1101111001: data = 16'hff5;
      10'b1101111010: data = 16'hff5;
      10'b1101111011: data = 16'hff5;
      10'b1101111100: data = 16'hff5;
      10'b1101111101: data = 16'hff5;
      10'b1101111110: data = 16'hff6;
      10'b1101111111: data = 16'hff6;
      10'b1110000000: data = 16'hff6;
      10'b1110000001: data = 16'hff6;
      10'b1110000010: data = 16'hff6;
      10'b1110000011: data = 16'hff6;
      10'b1110000100: data = 16'hff6;
      10'b1110000101: data = 16'hff7;
      10'b1110000110: data = 16'hff7;
      10'b1110000111: data = 16'hff7;
      10'b1110001000: data = 16'hff7;
      10'b1110001001: data = 16'hff7;
      10'b1110001010: data = 16'hff7;
      10'b1110001011: data = 16'hff7;
      10'b1110001100: data = 16'hff8;
      10'b1110001101: data = 16'hff8;
      10'b1110001110: data = 16'hff8;
      10'b1110001111: data = 16'hff8;
      10'b1110010000: data = 16'hff8;
      10'b1110010001: data = 16'hff8;
      10'b1110010010: data = 16'hff8;
      10'b1110010011: data = 16'hff8;
      10'b1110010100: data = 16'hff9;
      10'b1110010101: data = 16'hff9;
      10'b1110010110: data = 16'hff9;
      10'b1110010111: data = 16'hff9;
      10'b1110011000: data = 16'hff9;
      10'b1110011001: data = 16'hff9;
      10'b1110011010: data = 16'hff9;
      10'b1110011011: data = 16'hff9;
      10'b1110011100: data = 16'hff9;
      10'b1110011101: data = 16'hffa;
      10'b1110011110: data = 16'hffa;
      10'b1110011111: data = 16'hffa;
      10'b1110100000: data = 16'hffa;
      10'b1110100001: data = 16'hffa;
      10'b1110100010: data = 16'hffa;
      10'b1110100011: data = 16'hffa;
      10'b1110100100: data = 16'hffa;
      10'b1110100101: data = 16'hffa;
      10'b1110100110: data = 16'hffa;
      10'b1110100111: data = 16'hffa;
      10'b1110101000: data = 16'hffb;
      10'b1110101001: data = 16'hffb;
      10'b1110101010: data = 16'hffb;
      10'b1110101011: data = 16'hffb;
      10'b1110101100: data = 16'hffb;
      10'b1110101101: data = 16'hffb;
      10'b1110101110: data = 16'hffb;
      10'b1110101111: data = 16'hffb;
      10'b1110110000: data = 16'hffb;
      10'b1110110001: data = 16'hffb;
      10'b1110110010: data = 16'hffb;
      10'b1110110011: data = 16'hffb;
      10'b1110110100: data = 16'hffb;
      10'b1110110101: data = 16'hffc;
      10'b1110110110: data = 16'hffc;
      10'b1110110111: data = 16'hffc;
      10'b1110111000: data = 16'hffc;
      10'b1110111001: data = 16'hffc;
      10'b1110111010: data = 16'hffc;
      10'b1110111011: data = 16'hffc;
      10'b1110111100: data = 16'hffc;
      10'b1110111101: data = 16'hffc;
      10'b1110111110: data = 16'hffc;
      10'b1110111111: data = 16'hffc;
      10'b1111000000: data = 16'hffc;
      10'b1111000001: data = 16'hffc;
      10'b1111000010: data = 16'hffc;
      10'b1111000011: data = 16'hffc;
      10'b1111000100: data = 16'hffc;
      10'b1111000101: data = 16'hffd;
      10'b1111000110: data = 16'hffd;
      10'b1111000111: data = 16'hffd;
      10'b1111001000: data = 16'hffd;
      10'b1111001001: data = 16'hffd;
      10'b1111001010: data = 16'hffd;
      10'b1111001011: data = 16'hffd;
      10'b1111001100: data = 16'hffd;
      10'b1111001101: data = 16'hffd;
      10'b1111001110: data = 16'hffd;
      10'b1111001111: data = 16'hffd;
      10'b1111010000: data = 16'hffd;
      10'b1111010001: data = 16'hffd;
      10'b1111010010: data = 16'hffd;
      10'b1111010011: data = 16'hffd;
      10'b1111010100: data = 16'hffd;
      10'b1111010101: data = 16'hffd;
      10'b1111010110: data = 16'hffd;
      10'b1111010111: data = 16'hffd;
      10'b1111011000: data = 16'hffd;
      10'b1111011001: data = 16'hffd;
      10'b1111011010: data = 16'hffe;
      10'b1111011011: data = 16'hffe;
      10'b1111011100: data = 16'hffe;
      10'b1111011101: data = 16'hffe;
      10'b1111011110: data = 16'hffe;
      10'b1111011111: data = 16'hffe;
      10'b1111100000: data = 16'hffe;
      10'b1111100001: data = 16'hffe;
      10'b1111100010: data = 16'hffe;
      10'b1111100011: data = 16'hffe;
      10'b1111100100: data = 16'hffe;
      10'b1111100101: data = 16'hffe;
      10'b1111100110: data = 16'hffe;
      10'b1111100111: data = 16'hffe;
      10'b1111101000: data = 16'hffe;
      10'b1111101001: data = 16'hffe;
      10'b1111101010: data = 16'hffe;
      10'b1111101011: data = 16'hffe;
      10'b1111101100: data = 16'hffe;
      10'b1111101101: data = 16'hffe;
      10'b1111101110: data = 16'hffe;
      10'b1111101111: data = 16'hffe;
      10'b1111110000: data = 16'hffe;
      10'b1111110001: data = 16'hffe;
      10'b1111110010: data = 16'hffe;
      10'b1111110011: data = 16'hffe;
      10'b1111110100: data = 16'hffe;
      10'b1111110101: data = 16'hffe;
      10'b1111110110: data = 16'hffe;
      10'b1111110111: data = 16'hffe;
      10'b1111111000: data = 16'hffe;
      10'b1111111001: data = 16'hffe;
      10'b1111111010: data = 16'hffe;
      10'b1111111011: data = 16'hfff;
      10'b1111111100: data = 16'hfff;
      10'b1111111101: data = 16'hfff;
      10'b1111111110: data = 16'hfff;
      10'b1111111111: data = 16'hfff;
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor$network$sig_rom


module mgd_trainer_xor$network$ucode(address,data);
    
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
            
endmodule // mgd_trainer_xor$network$ucode


module mgd_trainer_xor$perturbation(clock,reset,restart,advance,next_window,index,enable,theta,theta_pert,sign,active);
    
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
    localparam  seed = 16'h1;
    localparam  walsh = 1'b0;
    localparam  time_mux = 1'b0;
    localparam  slot_last = 10'b1000;
    localparam signed amp = 32'h44;
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
    mgd_trainer_xor$perturbation$lfsr lfsr(
        .d(lfsr$d),
        .q(lfsr$q),
        .clock(lfsr$clock)
    );
    mgd_trainer_xor$perturbation$start start(
        .d(start$d),
        .q(start$q),
        .clock(start$clock)
    );
    mgd_trainer_xor$perturbation$slot slot(
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
    
endmodule // mgd_trainer_xor$perturbation


module mgd_trainer_xor$perturbation$lfsr(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$perturbation$lfsr


module mgd_trainer_xor$perturbation$slot(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$perturbation$slot


module mgd_trainer_xor$perturbation$start(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$perturbation$start


module mgd_trainer_xor$samples(address,data);
    
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
            
endmodule // mgd_trainer_xor$samples


module mgd_trainer_xor$sequencer(clock,reset,net_done,load_ok,init,load,loading,load_last,load_addr,rom_addr,sample,net_start,perturb_on,latch_base,restart,corr,update,next_window,step_done,done,index,steps,tau_x,tau_p,tau_theta);
    
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
    localparam  max_steps = 32'h30d40;
    
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
    mgd_trainer_xor$sequencer$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    mgd_trainer_xor$sequencer$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    mgd_trainer_xor$sequencer$x_count x_count(
        .d(x_count$d),
        .q(x_count$q),
        .clock(x_count$clock)
    );
    mgd_trainer_xor$sequencer$p_count p_count(
        .d(p_count$d),
        .q(p_count$q),
        .clock(p_count$clock)
    );
    mgd_trainer_xor$sequencer$theta_count theta_count(
        .d(theta_count$d),
        .q(theta_count$q),
        .clock(theta_count$clock)
    );
    mgd_trainer_xor$sequencer$sample_index sample_index(
        .d(sample_index$d),
        .q(sample_index$q),
        .clock(sample_index$clock)
    );
    mgd_trainer_xor$sequencer$sample_base sample_base(
        .d(sample_base$d),
        .q(sample_base$q),
        .clock(sample_base$clock)
    );
    mgd_trainer_xor$sequencer$step_count step_count(
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
    end
    
endmodule // mgd_trainer_xor$sequencer


module mgd_trainer_xor$sequencer$count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$sequencer$count


module mgd_trainer_xor$sequencer$p_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$sequencer$p_count


module mgd_trainer_xor$sequencer$sample_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$sequencer$sample_base


module mgd_trainer_xor$sequencer$sample_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$sequencer$sample_index


module mgd_trainer_xor$sequencer$state(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$sequencer$state


module mgd_trainer_xor$sequencer$step_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$sequencer$step_count


module mgd_trainer_xor$sequencer$theta_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$sequencer$theta_count


module mgd_trainer_xor$sequencer$x_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor$sequencer$x_count


module mgd_trainer_xor$theta_init(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 16'h671;
      10'b1: data = 16'h149;
      10'b10: data = 16'h98c;
      10'b11: data = 16'h382;
      10'b100: data = 16'h48a;
      10'b101: data = 16'hb5f;
      10'b110: data = 16'h761;
      10'b111: data = 16'h271;
      10'b1000: data = 16'hdff;
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor$theta_init


module mgd_trainer_xor$theta_mem(clock,read_address,read_data,read2_address,read2_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg signed [15:0] read_data;
    input wire  [9:0] read2_address;
    output reg signed [15:0] read2_data;
    input wire  [9:0] write_address;
    input wire signed [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [15:0] mem[0:1023];
    integer i;
    initial begin
       for (i = 0; i <= 1023; i = i + 1) mem[i] = 0;
    end
    
    always @* begin
       read_data = mem[read_address];
       read2_data = mem[read2_address];
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // mgd_trainer_xor$theta_mem
