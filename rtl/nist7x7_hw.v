// mgd_trainer_nist7x7_hw: MGD trainer exported by mgdsim 0.1.0 (`mgdsim export`). Do not edit: regenerate.
// config: sim/configs/nist7x7_hw.toml (fnv1a64 of its text: 9b9bf9011e582d0c)
// network [49, 4, 4] HardSigmoid, P = 220 parameters, 200 training samples in the sample ROM
// formats: theta Q2.12, act Q1.13, grad 32 bits, eta_shift 8, perturbation Random amplitude [3] LSB (per pass)
// taus: tau_x 1, tau_p 1, tau_theta 1; run.steps 100000 (then `done`)
// own evaluation of the 200 training samples after reset and every 1000 steps (54201 cycles); done at 160 correct
//
// Top-level ports (module mgd_trainer_nist7x7_hw):
//   input          clock         clock; every register updates at its rising edge
//   input          reset         synchronous reset: hold 1 for >= 1 edge; then an Init sweep of P cycles rewrites theta0 and clears G
//   input          stream_select 1: samples from the sample_* stream; 0: from the on-chip sample ROM
//   input          sample_valid  sample_data (and with the last input, sample_label) is valid
//   input  [15:0]  sample_data   one input of the streamed sample, signed, format fixed.act (Q2.12 is 15 bits: sign-extend it to 16)
//   input  [7:0]   sample_label  label of the streamed sample, taken with its last input
//   output         sample_ready  1 while the stream is selected and the chip waits for a word (Load or EvalLoad state); always 0 with the ROM selected
//   input          read_clock    clock of the weight read-out: tie to clock, or strobe it while clock is held
//   input  [9:0]   read_addr     parameter index to read out (0..P-1), taken at the rising edge of read_clock
//   output [15:0]  read_theta    theta[read_addr] as of the last read_clock edge, signed, format fixed.theta; registered (block RAM)
//   output [31:0]  steps         MGD steps taken since reset
//   output [31:0]  current_cost  baseline cost C0 of the last baseline inference: raw sum of (Y - T)^2 over the outputs (Y, T raw act words), i.e. sum (y - t)^2 with 2*act.frac fraction bits (no 1/2)
//   output         done          the chip halted (its evaluation reached the target, or the step budget run.steps is spent); it idles
//   output         at_target     with done: 1 if the chip's own evaluation reached run.target_accuracy, 0 if the step budget ran out
//   output [16:0]  correct       training samples the chip classified right in its last whole evaluation (0 until the first one ends)
//   output         evaluating    1 during an evaluation of the chip's own (every run.eval_interval steps): its loads want the samples 0..S-1 in order
//   output [15:0]  sample_index  the sample the chip loads next: stream its inputs in order, one per handshake (a sample is always n_in handshakes)
//
// Lint: verilator --lint-only -Wall rtl/lint.vlt <this file> (waivers justified there).



module mgd_trainer_nist7x7_hw(clock,reset,stream_select,sample_valid,sample_data,sample_label,sample_ready,read_clock,read_addr,read_theta,steps,current_cost,done,at_target,correct,evaluating,sample_index);
    
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
    output reg  at_target;
    output reg  [16:0] correct;
    output reg  evaluating;
    output reg  [15:0] sample_index;
    
    // Constant declarations
    localparam  start_ahead = 20'h401;
    localparam  row0_ahead = 20'h0;
    localparam  per_layer = 1'b0;
    localparam signed amp = 32'h3;
    localparam  side_by_side = 1'b0;
    localparam  node_steps = 11'b1;
    localparam  stream_only = 1'b0;
    localparam  zero16 = 16'h0;
    localparam  zero_read = 16'h0;
    localparam signed zero_acc = 42'h0;
    localparam signed zero_act = 16'h0;
    localparam  zero_sq = 38'h0;
    localparam  zero_label = 8'h0;
    localparam  node = 1'b0;
    
    // Stub signals
    reg  sequencer__clock;
    reg  sequencer__reset;
    reg  sequencer__net_done;
    reg  sequencer__net_issued;
    reg  sequencer__net_issue_soon;
    reg  sequencer__load_ok;
    reg  sequencer__met;
    reg  sequencer__wide;
    wire  [9:0] sequencer__word_lane;
    wire  sequencer__init_next;
    wire  [9:0] sequencer__init_row_next;
    wire  sequencer__load;
    wire  sequencer__loading;
    wire  sequencer__load_last;
    wire  [9:0] sequencer__load_addr;
    wire  [15:0] sequencer__rom_addr;
    wire  [15:0] sequencer__sample;
    wire  sequencer__net_start;
    wire  sequencer__perturb_on;
    wire  sequencer__latch_base;
    wire  sequencer__latch_pert;
    wire  sequencer__clear_cost;
    wire  sequencer__restart;
    wire  sequencer__corr;
    wire  sequencer__update;
    wire  [2:0] sequencer__pass;
    wire  sequencer__next_window;
    wire  sequencer__step_done;
    wire  sequencer__done;
    wire  sequencer__eval_end;
    wire  sequencer__evaluating;
    wire  sequencer__halted_at_target;
    wire  [9:0] sequencer__index;
    wire  [9:0] sequencer__index_next;
    wire  sequencer__corr_next;
    wire  sequencer__fusing;
    wire  sequencer__pert_draining;
    wire  sequencer__pert_draining_next;
    wire  sequencer__deferred;
    wire  sequencer__eval_moves;
    wire  [31:0] sequencer__steps;
    wire  [31:0] sequencer__tau_x;
    wire  [31:0] sequencer__tau_p;
    wire  [31:0] sequencer__tau_theta;
    reg  perturbation__clock;
    reg  perturbation__reset;
    reg  perturbation__restart;
    reg  perturbation__advance;
    reg  [15:0] perturbation__stepped;
    reg  perturbation__next_window;
    wire  [15:0] perturbation__state;
    wire  [9:0] perturbation__window;
    reg  network__clock;
    reg  network__reset;
    reg  network__start;
    wire  network__busy;
    wire  network__done;
    wire  network__issued;
    wire  network__issue_soon;
    wire  [9:0] network__row;
    wire  [9:0] network__row_next;
    reg  network__sweep_next;
    reg  [9:0] network__sweep_row_next;
    reg  network__sweeping;
    wire  [9:0] network__row_first;
    wire  [10:0] network__row_used;
    wire  network__row_bias;
    wire  [2:0] network__row_layer;
    wire  [9:0] network__act_row_next;
    wire  network__out_write;
    wire  [9:0] network__out_lane;
    wire  [9:0] network__out_row;
    wire  network__y_valid;
    wire  [7:0] network__y_index;
    wire  network__sum_live;
    wire  network__sum_ends;
    wire  network__act_starts;
    wire  network__act_ends;
    reg  neurons__0__clock;
    reg  neurons__0__reset;
    reg  neurons__0__start;
    reg signed [41:0] neurons__0__row_sum;
    reg  neurons__0__sum_live;
    reg  neurons__0__sum_ends;
    reg  neurons__0__act_starts;
    reg  neurons__0__act_ends;
    wire signed [15:0] neurons__0__y;
    reg signed [15:0] neurons__0__pick_in;
    reg  [7:0] neurons__0__pick_group_in;
    wire signed [15:0] neurons__0__pick_out;
    wire  [7:0] neurons__0__pick_group_out;
    reg  cost__clock;
    reg  cost__reset;
    reg  cost__clear;
    reg  cost__strobe;
    reg  [37:0] cost__squares;
    reg  cost__latch_base;
    reg  cost__hold;
    reg  cost__latch_pert;
    wire signed [31:0] cost__cost;
    wire signed [31:0] cost__cost_base;
    wire signed [31:0] cost__cost_delta;
    wire signed [31:0] cost__cost_neg_delta;
    wire signed [15:0] cost__delta_node;
    reg  cost_terms__0__clock;
    reg  cost_terms__0__strobe;
    reg signed [15:0] cost_terms__0__y;
    reg  [7:0] cost_terms__0__y_index;
    reg  [7:0] cost_terms__0__label;
    reg  [37:0] cost_terms__0__sum_in;
    wire  [37:0] cost_terms__0__sum_out;
    reg  score__clock;
    reg  score__reset;
    reg  score__strobe;
    reg signed [15:0] score__y;
    reg  [7:0] score__y_index;
    reg  [7:0] score__y_pick;
    reg  score__queue;
    reg  [7:0] score__label;
    wire  score__judge;
    reg  score__latch;
    wire  score__hit;
    wire  score__met;
    wire  [16:0] score__count;
    reg  lanes__0__clock;
    reg  [9:0] lanes__0__row_first;
    reg  [10:0] lanes__0__row_used;
    reg  lanes__0__row_bias;
    reg  [15:0] lanes__0__state;
    reg  [9:0] lanes__0__slot;
    reg  lanes__0__enable;
    reg signed [31:0] lanes__0__amp;
    reg  lanes__0__in_pass;
    reg  lanes__0__running;
    wire  lanes__0__sign;
    wire  lanes__0__active;
    wire signed [15:0] lanes__0__theta_pert;
    reg signed [41:0] lanes__0__left_in;
    reg signed [41:0] lanes__0__right_in;
    wire signed [41:0] lanes__0__term_out;
    wire signed [41:0] lanes__0__subtree;
    reg  [9:0] lanes__0__theta_read_row;
    reg  [9:0] lanes__0__grad_read_row;
    reg  [9:0] lanes__0__ahead_row;
    reg  [9:0] lanes__0__write_row;
    reg  lanes__0__init_next;
    reg  [9:0] lanes__0__init_row_next;
    reg  lanes__0__corr;
    reg  lanes__0__fusing;
    reg  lanes__0__corr_next;
    reg  lanes__0__update;
    reg signed [31:0] lanes__0__cost_delta;
    reg signed [31:0] lanes__0__neg_cost_delta;
    reg signed [15:0] lanes__0__delta_node;
    reg  [9:0] lanes__0__act_read_row;
    reg  [9:0] lanes__0__act_ahead_row;
    reg  lanes__0__out_write;
    reg  [9:0] lanes__0__out_lane;
    reg  [9:0] lanes__0__out_row;
    reg signed [15:0] lanes__0__out_data;
    reg signed [15:0] lanes__0__act_in;
    wire signed [15:0] lanes__0__act_out;
    reg  lanes__0__load;
    reg  [9:0] lanes__0__load_lane;
    reg  [9:0] lanes__0__load_row;
    reg signed [15:0] lanes__0__stream_data;
    reg  lanes__0__stream;
    reg  [15:0] lanes__0__rom_addr;
    reg  lanes__0__read_clock;
    reg  [9:0] lanes__0__read_row;
    reg  [9:0] lanes__0__read_lane;
    reg  [15:0] lanes__0__read_in;
    wire  [15:0] lanes__0__read_out;
    reg  [15:0] jumps__0__state;
    reg  [10:0] jumps__0__row_used;
    reg  [15:0] jumps__0__chain_in;
    wire  [15:0] jumps__0__chain_out;
    reg  [9:0] read_map__address;
    wire  [19:0] read_map__data;
    reg  [15:0] labels__address;
    wire  [7:0] labels__data;
    reg  [2:0] pass_amps__address;
    wire signed [31:0] pass_amps__data;
    reg  [9:0] infer_ahead__address;
    wire  [19:0] infer_ahead__data;
    reg  [9:0] sweep_enter_ahead__address;
    wire  [19:0] sweep_enter_ahead__data;
    reg  [9:0] sweep_stay_ahead__address;
    wire  [19:0] sweep_stay_ahead__data;
    reg  [7:0] label__d;
    wire  [7:0] label__q;
    reg  label__clock;
    reg  [7:0] cost_label__d;
    wire  [7:0] cost_label__q;
    reg  cost_label__clock;
    
    // Local signals
    reg  [19:0] bank_ahead;
    reg  in_pass;
    reg signed [31:0] lane_amp;
    reg  stream_on;
    reg  [10:0] row_steps;
    
    // Sub module instances
    mgd_trainer_nist7x7_hw__sequencer sequencer(
        .clock(sequencer__clock),
        .reset(sequencer__reset),
        .net_done(sequencer__net_done),
        .net_issued(sequencer__net_issued),
        .net_issue_soon(sequencer__net_issue_soon),
        .load_ok(sequencer__load_ok),
        .met(sequencer__met),
        .wide(sequencer__wide),
        .word_lane(sequencer__word_lane),
        .init_next(sequencer__init_next),
        .init_row_next(sequencer__init_row_next),
        .load(sequencer__load),
        .loading(sequencer__loading),
        .load_last(sequencer__load_last),
        .load_addr(sequencer__load_addr),
        .rom_addr(sequencer__rom_addr),
        .sample(sequencer__sample),
        .net_start(sequencer__net_start),
        .perturb_on(sequencer__perturb_on),
        .latch_base(sequencer__latch_base),
        .latch_pert(sequencer__latch_pert),
        .clear_cost(sequencer__clear_cost),
        .restart(sequencer__restart),
        .corr(sequencer__corr),
        .update(sequencer__update),
        .pass(sequencer__pass),
        .next_window(sequencer__next_window),
        .step_done(sequencer__step_done),
        .done(sequencer__done),
        .eval_end(sequencer__eval_end),
        .evaluating(sequencer__evaluating),
        .halted_at_target(sequencer__halted_at_target),
        .index(sequencer__index),
        .index_next(sequencer__index_next),
        .corr_next(sequencer__corr_next),
        .fusing(sequencer__fusing),
        .pert_draining(sequencer__pert_draining),
        .pert_draining_next(sequencer__pert_draining_next),
        .deferred(sequencer__deferred),
        .eval_moves(sequencer__eval_moves),
        .steps(sequencer__steps),
        .tau_x(sequencer__tau_x),
        .tau_p(sequencer__tau_p),
        .tau_theta(sequencer__tau_theta)
    );
    mgd_trainer_nist7x7_hw__perturbation perturbation(
        .clock(perturbation__clock),
        .reset(perturbation__reset),
        .restart(perturbation__restart),
        .advance(perturbation__advance),
        .stepped(perturbation__stepped),
        .next_window(perturbation__next_window),
        .state(perturbation__state),
        .window(perturbation__window)
    );
    mgd_trainer_nist7x7_hw__network network(
        .clock(network__clock),
        .reset(network__reset),
        .start(network__start),
        .busy(network__busy),
        .done(network__done),
        .issued(network__issued),
        .issue_soon(network__issue_soon),
        .row(network__row),
        .row_next(network__row_next),
        .sweep_next(network__sweep_next),
        .sweep_row_next(network__sweep_row_next),
        .sweeping(network__sweeping),
        .row_first(network__row_first),
        .row_used(network__row_used),
        .row_bias(network__row_bias),
        .row_layer(network__row_layer),
        .act_row_next(network__act_row_next),
        .out_write(network__out_write),
        .out_lane(network__out_lane),
        .out_row(network__out_row),
        .y_valid(network__y_valid),
        .y_index(network__y_index),
        .sum_live(network__sum_live),
        .sum_ends(network__sum_ends),
        .act_starts(network__act_starts),
        .act_ends(network__act_ends)
    );
    mgd_trainer_nist7x7_hw__neurons__0 neurons__0(
        .clock(neurons__0__clock),
        .reset(neurons__0__reset),
        .start(neurons__0__start),
        .row_sum(neurons__0__row_sum),
        .sum_live(neurons__0__sum_live),
        .sum_ends(neurons__0__sum_ends),
        .act_starts(neurons__0__act_starts),
        .act_ends(neurons__0__act_ends),
        .y(neurons__0__y),
        .pick_in(neurons__0__pick_in),
        .pick_group_in(neurons__0__pick_group_in),
        .pick_out(neurons__0__pick_out),
        .pick_group_out(neurons__0__pick_group_out)
    );
    mgd_trainer_nist7x7_hw__cost cost(
        .clock(cost__clock),
        .reset(cost__reset),
        .clear(cost__clear),
        .strobe(cost__strobe),
        .squares(cost__squares),
        .latch_base(cost__latch_base),
        .hold(cost__hold),
        .latch_pert(cost__latch_pert),
        .cost(cost__cost),
        .cost_base(cost__cost_base),
        .cost_delta(cost__cost_delta),
        .cost_neg_delta(cost__cost_neg_delta),
        .delta_node(cost__delta_node)
    );
    mgd_trainer_nist7x7_hw__cost_terms__0 cost_terms__0(
        .clock(cost_terms__0__clock),
        .strobe(cost_terms__0__strobe),
        .y(cost_terms__0__y),
        .y_index(cost_terms__0__y_index),
        .label(cost_terms__0__label),
        .sum_in(cost_terms__0__sum_in),
        .sum_out(cost_terms__0__sum_out)
    );
    mgd_trainer_nist7x7_hw__score score(
        .clock(score__clock),
        .reset(score__reset),
        .strobe(score__strobe),
        .y(score__y),
        .y_index(score__y_index),
        .y_pick(score__y_pick),
        .queue(score__queue),
        .label(score__label),
        .judge(score__judge),
        .latch(score__latch),
        .hit(score__hit),
        .met(score__met),
        .count(score__count)
    );
    mgd_trainer_nist7x7_hw__lanes__0 lanes__0(
        .clock(lanes__0__clock),
        .row_first(lanes__0__row_first),
        .row_used(lanes__0__row_used),
        .row_bias(lanes__0__row_bias),
        .state(lanes__0__state),
        .slot(lanes__0__slot),
        .enable(lanes__0__enable),
        .amp(lanes__0__amp),
        .in_pass(lanes__0__in_pass),
        .running(lanes__0__running),
        .sign(lanes__0__sign),
        .active(lanes__0__active),
        .theta_pert(lanes__0__theta_pert),
        .left_in(lanes__0__left_in),
        .right_in(lanes__0__right_in),
        .term_out(lanes__0__term_out),
        .subtree(lanes__0__subtree),
        .theta_read_row(lanes__0__theta_read_row),
        .grad_read_row(lanes__0__grad_read_row),
        .ahead_row(lanes__0__ahead_row),
        .write_row(lanes__0__write_row),
        .init_next(lanes__0__init_next),
        .init_row_next(lanes__0__init_row_next),
        .corr(lanes__0__corr),
        .fusing(lanes__0__fusing),
        .corr_next(lanes__0__corr_next),
        .update(lanes__0__update),
        .cost_delta(lanes__0__cost_delta),
        .neg_cost_delta(lanes__0__neg_cost_delta),
        .delta_node(lanes__0__delta_node),
        .act_read_row(lanes__0__act_read_row),
        .act_ahead_row(lanes__0__act_ahead_row),
        .out_write(lanes__0__out_write),
        .out_lane(lanes__0__out_lane),
        .out_row(lanes__0__out_row),
        .out_data(lanes__0__out_data),
        .act_in(lanes__0__act_in),
        .act_out(lanes__0__act_out),
        .load(lanes__0__load),
        .load_lane(lanes__0__load_lane),
        .load_row(lanes__0__load_row),
        .stream_data(lanes__0__stream_data),
        .stream(lanes__0__stream),
        .rom_addr(lanes__0__rom_addr),
        .read_clock(lanes__0__read_clock),
        .read_row(lanes__0__read_row),
        .read_lane(lanes__0__read_lane),
        .read_in(lanes__0__read_in),
        .read_out(lanes__0__read_out)
    );
    mgd_trainer_nist7x7_hw__jumps__0 jumps__0(
        .state(jumps__0__state),
        .row_used(jumps__0__row_used),
        .chain_in(jumps__0__chain_in),
        .chain_out(jumps__0__chain_out)
    );
    mgd_trainer_nist7x7_hw__read_map read_map(
        .address(read_map__address),
        .data(read_map__data)
    );
    mgd_trainer_nist7x7_hw__labels labels(
        .address(labels__address),
        .data(labels__data)
    );
    mgd_trainer_nist7x7_hw__pass_amps pass_amps(
        .address(pass_amps__address),
        .data(pass_amps__data)
    );
    mgd_trainer_nist7x7_hw__infer_ahead infer_ahead(
        .address(infer_ahead__address),
        .data(infer_ahead__data)
    );
    mgd_trainer_nist7x7_hw__sweep_enter_ahead sweep_enter_ahead(
        .address(sweep_enter_ahead__address),
        .data(sweep_enter_ahead__data)
    );
    mgd_trainer_nist7x7_hw__sweep_stay_ahead sweep_stay_ahead(
        .address(sweep_stay_ahead__address),
        .data(sweep_stay_ahead__data)
    );
    mgd_trainer_nist7x7_hw__label label(
        .d(label__d),
        .q(label__q),
        .clock(label__clock)
    );
    mgd_trainer_nist7x7_hw__cost_label cost_label(
        .d(cost_label__d),
        .q(cost_label__q),
        .clock(cost_label__clock)
    );
    
    // Update code
    always @(*) begin
        label__clock = clock;
        cost_label__clock = clock;
        sequencer__clock = clock;
        perturbation__clock = clock;
        network__clock = clock;
        cost__clock = clock;
        score__clock = clock;
        neurons__0__clock = clock;
        neurons__0__reset = reset;
        cost_terms__0__clock = clock;
        sequencer__reset = reset;
        perturbation__reset = reset;
        network__reset = reset;
        cost__reset = reset;
        score__reset = reset;
        sequencer__net_done = network__done;
        sequencer__net_issued = network__issued;
        sequencer__net_issue_soon = network__issue_soon;
        stream_on = stream_select | stream_only;
        sequencer__wide = ~stream_on;
        if (stream_on) begin
            sequencer__load_ok = sample_valid;
        end
        else begin
            sequencer__load_ok = 1'b1;
        end
        sample_ready = stream_on & sequencer__loading;
        labels__address = sequencer__sample;
        if (~sequencer__load_last) begin
            label__d = label__q;
        end
        else if (stream_on) begin
            label__d = sample_label;
        end
        else begin
            label__d = labels__data;
        end
        network__start = sequencer__net_start;
        network__sweep_next = sequencer__corr_next;
        network__sweep_row_next = sequencer__index_next;
        network__sweeping = sequencer__corr;
        perturbation__restart = sequencer__restart;
        row_steps = network__row_used;
        if (node) begin
            row_steps = 32'h0;
            if (network__row_bias) begin
                row_steps = node_steps;
            end
        end
        perturbation__advance = (((sequencer__perturb_on | sequencer__fusing) & network__busy) | sequencer__corr) & |row_steps;
        perturbation__next_window = sequencer__next_window;
        read_map__address = read_addr;
        pass_amps__address = sequencer__pass;
        if (per_layer) begin
            lane_amp = pass_amps__data;
        end
        else begin
            lane_amp = amp;
        end
        in_pass = ~per_layer | (network__row_layer == sequencer__pass);
        infer_ahead__address = network__row;
        sweep_enter_ahead__address = sequencer__index;
        sweep_stay_ahead__address = sequencer__index;
        if (sequencer__corr_next & sequencer__corr) begin
            bank_ahead = sweep_stay_ahead__data;
        end
        else if (sequencer__corr_next) begin
            bank_ahead = sweep_enter_ahead__data;
        end
        else if (sequencer__net_start & ~reset) begin
            bank_ahead = start_ahead;
        end
        else if (network__busy & ~reset) begin
            bank_ahead = infer_ahead__data;
        end
        else begin
            bank_ahead = row0_ahead;
        end
        lanes__0__clock = clock;
        lanes__0__read_clock = read_clock;
        lanes__0__row_first = network__row_first;
        lanes__0__row_used = network__row_used;
        lanes__0__row_bias = network__row_bias;
        lanes__0__in_pass = in_pass;
        lanes__0__amp = lane_amp;
        lanes__0__slot = perturbation__window;
        lanes__0__enable = sequencer__perturb_on;
        lanes__0__running = network__busy;
        lanes__0__state = perturbation__state;
        if (sequencer__corr_next) begin
            lanes__0__theta_read_row = sequencer__index_next;
            lanes__0__grad_read_row = sequencer__index_next;
        end
        else begin
            lanes__0__theta_read_row = network__row_next;
            lanes__0__grad_read_row = network__row_next;
        end
        lanes__0__ahead_row = bank_ahead[(32'h0)+:(10)];
        lanes__0__act_ahead_row = bank_ahead[(32'ha)+:(10)];
        if (sequencer__fusing) begin
            lanes__0__write_row = network__row;
        end
        else begin
            lanes__0__write_row = sequencer__index;
        end
        lanes__0__init_next = sequencer__init_next;
        lanes__0__init_row_next = sequencer__init_row_next;
        lanes__0__corr = sequencer__corr | (sequencer__fusing & network__busy);
        lanes__0__corr_next = sequencer__corr_next;
        lanes__0__fusing = sequencer__fusing;
        lanes__0__update = sequencer__update;
        lanes__0__cost_delta = cost__cost_delta;
        lanes__0__neg_cost_delta = cost__cost_neg_delta;
        lanes__0__delta_node = cost__delta_node;
        lanes__0__act_read_row = network__act_row_next;
        lanes__0__out_write = network__out_write;
        lanes__0__out_lane = network__out_lane;
        lanes__0__out_row = network__out_row;
        lanes__0__load = sequencer__load;
        lanes__0__load_lane = sequencer__word_lane;
        lanes__0__load_row = sequencer__load_addr;
        lanes__0__stream_data = sample_data;
        lanes__0__stream = stream_on;
        lanes__0__rom_addr = sequencer__rom_addr;
        lanes__0__read_row = read_map__data[(32'h0)+:(10)];
        lanes__0__read_lane = read_map__data[(32'ha)+:(10)];
        lanes__0__read_in = zero_read;
        read_theta = $signed(lanes__0__read_out);
        jumps__0__state = perturbation__state;
        jumps__0__row_used = row_steps;
        jumps__0__chain_in = zero16;
        perturbation__stepped = jumps__0__chain_out;
        lanes__0__left_in = lanes__0__term_out;
        lanes__0__right_in = zero_acc;
        neurons__0__row_sum = lanes__0__subtree;
        neurons__0__start = sequencer__net_start;
        neurons__0__sum_live = network__sum_live;
        neurons__0__sum_ends = network__sum_ends;
        neurons__0__act_starts = network__act_starts;
        neurons__0__act_ends = network__act_ends;
        cost_terms__0__strobe = network__y_valid & ~sequencer__evaluating;
        cost_terms__0__y = neurons__0__y;
        cost_terms__0__y_index = network__y_index;
        cost_terms__0__label = cost_label__q;
        neurons__0__pick_in = zero_act;
        neurons__0__pick_group_in = zero_label;
        cost_terms__0__sum_in = zero_sq;
        cost__squares = cost_terms__0__sum_out;
        score__y = neurons__0__pick_out;
        if (side_by_side) begin
            score__y_pick = network__y_index + neurons__0__pick_group_out;
        end
        else begin
            score__y_pick = network__y_index;
        end
        lanes__0__out_data = neurons__0__y;
        lanes__0__act_in = zero_act;
        if (sequencer__pert_draining_next) begin
            cost_label__d = cost_label__q;
        end
        else begin
            cost_label__d = label__d;
        end
        cost__clear = sequencer__clear_cost;
        cost__strobe = network__y_valid & ~sequencer__evaluating;
        cost__latch_base = sequencer__latch_base;
        cost__hold = sequencer__deferred;
        cost__latch_pert = sequencer__latch_pert;
        score__strobe = network__y_valid & sequencer__evaluating;
        score__y_index = network__y_index;
        score__queue = sequencer__eval_moves;
        score__label = label__q;
        score__latch = sequencer__eval_end;
        sequencer__met = score__met;
        steps = sequencer__steps;
        current_cost = cost__cost_base;
        done = sequencer__done;
        at_target = sequencer__halted_at_target;
        correct = score__count;
        evaluating = sequencer__evaluating;
        sample_index = sequencer__sample;
    end
    
endmodule // mgd_trainer_nist7x7_hw


module mgd_trainer_nist7x7_hw__cost(clock,reset,clear,strobe,squares,latch_base,hold,latch_pert,cost,cost_base,cost_delta,cost_neg_delta,delta_node);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  clear;
    input wire  strobe;
    input wire  [37:0] squares;
    input wire  latch_base;
    input wire  hold;
    input wire  latch_pert;
    output reg signed [31:0] cost;
    output reg signed [31:0] cost_base;
    output reg signed [31:0] cost_delta;
    output reg signed [31:0] cost_neg_delta;
    output reg signed [15:0] delta_node;
    
    // Constant declarations
    localparam signed wide_max = 32'h7fffffff;
    localparam  delta_shift = 32'h0;
    localparam  delta_fill = 32'h0;
    localparam signed node_max = 16'h7fff;
    localparam signed node_min = 16'h8001;
    localparam  flip = 32'h80000000;
    localparam  node_max_f = 32'h80007fff;
    localparam  node_min_f = 32'h7fff8001;
    localparam  piped = 1'b0;
    localparam  wide = 1'b0;
    
    // Stub signals
    reg signed [31:0] sum__d;
    wire signed [31:0] sum__q;
    reg  sum__clock;
    reg signed [31:0] base__d;
    wire signed [31:0] base__q;
    reg  base__clock;
    reg signed [31:0] delta__d;
    wire signed [31:0] delta__q;
    reg  delta__clock;
    reg signed [31:0] neg_delta__d;
    wire signed [31:0] neg_delta__q;
    reg  neg_delta__clock;
    reg signed [15:0] delta16__d;
    wire signed [15:0] delta16__q;
    reg  delta16__clock;
    reg  pipe_strobe__d;
    wire  pipe_strobe__q;
    reg  pipe_strobe__clock;
    reg signed [31:0] pipe_term__d;
    wire signed [31:0] pipe_term__q;
    reg  pipe_term__clock;
    reg  pipe_fold__d;
    wire  pipe_fold__q;
    reg  pipe_fold__clock;
    
    // Local signals
    reg signed [31:0] term;
    reg  fold;
    reg signed [31:0] square;
    reg signed [31:0] total;
    reg signed [31:0] delta_v;
    reg signed [31:0] raw;
    reg signed [31:0] neg_v;
    reg signed [31:0] neg_raw;
    reg signed [15:0] narrow;
    reg  [31:0] delta_sh;
    reg  [31:0] delta_f;
    
    // Sub module instances
    mgd_trainer_nist7x7_hw__cost__sum sum(
        .d(sum__d),
        .q(sum__q),
        .clock(sum__clock)
    );
    mgd_trainer_nist7x7_hw__cost__base base(
        .d(base__d),
        .q(base__q),
        .clock(base__clock)
    );
    mgd_trainer_nist7x7_hw__cost__delta delta(
        .d(delta__d),
        .q(delta__q),
        .clock(delta__clock)
    );
    mgd_trainer_nist7x7_hw__cost__neg_delta neg_delta(
        .d(neg_delta__d),
        .q(neg_delta__q),
        .clock(neg_delta__clock)
    );
    mgd_trainer_nist7x7_hw__cost__delta16 delta16(
        .d(delta16__d),
        .q(delta16__q),
        .clock(delta16__clock)
    );
    mgd_trainer_nist7x7_hw__cost__pipe_strobe pipe_strobe(
        .d(pipe_strobe__d),
        .q(pipe_strobe__q),
        .clock(pipe_strobe__clock)
    );
    mgd_trainer_nist7x7_hw__cost__pipe_term pipe_term(
        .d(pipe_term__d),
        .q(pipe_term__q),
        .clock(pipe_term__clock)
    );
    mgd_trainer_nist7x7_hw__cost__pipe_fold pipe_fold(
        .d(pipe_fold__d),
        .q(pipe_fold__q),
        .clock(pipe_fold__clock)
    );
    
    // Update code
    always @(*) begin
        sum__clock = clock;
        base__clock = clock;
        delta__clock = clock;
        neg_delta__clock = clock;
        delta16__clock = clock;
        pipe_strobe__clock = clock;
        pipe_term__clock = clock;
        pipe_fold__clock = clock;
        sum__d = sum__q;
        base__d = base__q;
        delta__d = delta__q;
        neg_delta__d = neg_delta__q;
        delta16__d = delta16__q;
        pipe_strobe__d = pipe_strobe__q;
        pipe_term__d = pipe_term__q;
        pipe_fold__d = pipe_fold__q;
        pipe_strobe__d = piped & strobe;
        square = $signed(squares[(32'h0)+:(32)]);
        if (wide & |squares[(32'h1f)+:(7)]) begin
            square = wide_max;
        end
        pipe_term__d = 32'h0;
        if (pipe_strobe__q) begin
            pipe_term__d = square;
        end
        pipe_fold__d = pipe_strobe__q;
        term = square;
        fold = strobe;
        if (piped) begin
            term = pipe_term__q;
            fold = pipe_fold__q;
        end
        total = sum__q + term;
        if (total[32'h1f]) begin
            total = wide_max;
        end
        if (fold) begin
            sum__d = total;
        end
        if (clear) begin
            sum__d = 32'h0;
        end
        if (latch_base) begin
            base__d = sum__q;
        end
        if (reset) begin
            sum__d = 32'h0;
            base__d = 32'h0;
        end
        cost = sum__q;
        cost_base = base__q;
        raw = sum__q - base__q;
        delta__d = 32'h0;
        if (piped) begin
            delta__d = raw;
        end
        if (hold) begin
            delta__d = delta__q;
        end
        if (piped & latch_pert) begin
            delta__d = raw;
        end
        if (piped) begin
            delta_v = delta__q;
        end
        else begin
            delta_v = raw;
        end
        cost_delta = delta_v;
        neg_raw = base__q - sum__q;
        neg_delta__d = 32'h0;
        if (piped) begin
            neg_delta__d = neg_raw;
        end
        if (hold) begin
            neg_delta__d = neg_delta__q;
        end
        if (piped & latch_pert) begin
            neg_delta__d = neg_raw;
        end
        if (piped) begin
            neg_v = neg_delta__q;
        end
        else begin
            neg_v = neg_raw;
        end
        cost_neg_delta = neg_v;
        delta_sh = $unsigned(raw) >> delta_shift;
        if (raw[32'h1f]) begin
            delta_sh = ($unsigned(raw) >> delta_shift) | delta_fill;
        end
        delta_f = delta_sh ^ flip;
        if (delta_f > node_max_f) begin
            narrow = node_max;
        end
        else if (delta_f < node_min_f) begin
            narrow = node_min;
        end
        else begin
            narrow = $signed(delta_sh[(32'h0)+:(16)]);
        end
        delta16__d = 32'h0;
        if (piped) begin
            delta16__d = narrow;
        end
        if (hold) begin
            delta16__d = delta16__q;
        end
        if (piped & latch_pert) begin
            delta16__d = narrow;
        end
        if (piped) begin
            delta_node = delta16__q;
        end
        else begin
            delta_node = narrow;
        end
    end
    
endmodule // mgd_trainer_nist7x7_hw__cost


module mgd_trainer_nist7x7_hw__cost__base(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__cost__base


module mgd_trainer_nist7x7_hw__cost__delta(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__cost__delta


module mgd_trainer_nist7x7_hw__cost__delta16(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__cost__delta16


module mgd_trainer_nist7x7_hw__cost__neg_delta(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__cost__neg_delta


module mgd_trainer_nist7x7_hw__cost__pipe_fold(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__cost__pipe_fold


module mgd_trainer_nist7x7_hw__cost__pipe_strobe(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__cost__pipe_strobe


module mgd_trainer_nist7x7_hw__cost__pipe_term(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__cost__pipe_term


module mgd_trainer_nist7x7_hw__cost__sum(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__cost__sum


module mgd_trainer_nist7x7_hw__cost_label(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__cost_label


module mgd_trainer_nist7x7_hw__cost_terms__0(clock,strobe,y,y_index,label,sum_in,sum_out);
    
    // Module arguments
    input wire  clock;
    input wire  strobe;
    input wire signed [15:0] y;
    input wire  [7:0] y_index;
    input wire  [7:0] label;
    input wire  [37:0] sum_in;
    output reg  [37:0] sum_out;
    
    // Constant declarations
    localparam  piped = 1'b0;
    localparam signed one = 16'h2000;
    localparam  group = 8'h0;
    localparam  single_output = 1'b0;
    localparam  chained = 1'b0;
    
    // Stub signals
    reg  [15:0] pipe_mag__d;
    wire  [15:0] pipe_mag__q;
    reg  pipe_mag__clock;
    
    // Local signals
    reg signed [15:0] diff;
    reg  [15:0] off_mag;
    reg  [15:0] y_mag;
    reg  [7:0] index;
    reg  hot;
    reg  [15:0] mag;
    reg  [15:0] mag_sq;
    reg  [31:0] square_u;
    
    // Sub module instances
    mgd_trainer_nist7x7_hw__cost_terms__0__pipe_mag pipe_mag(
        .d(pipe_mag__d),
        .q(pipe_mag__q),
        .clock(pipe_mag__clock)
    );
    
    // Update code
    always @(*) begin
        pipe_mag__clock = clock;
        pipe_mag__d = pipe_mag__q;
        diff = y - one;
        off_mag = $unsigned(diff);
        if (diff[32'hf]) begin
            off_mag = $unsigned(-diff);
        end
        y_mag = $unsigned(y);
        if (y[32'hf]) begin
            y_mag = $unsigned(-y);
        end
        index = y_index;
        if (chained) begin
            index = y_index + group;
        end
        hot = (single_output & label[32'h0]) | (~single_output & (index == label));
        if (hot) begin
            mag = off_mag;
        end
        else begin
            mag = y_mag;
        end
        pipe_mag__d = 32'h0;
        if (piped & strobe) begin
            pipe_mag__d = mag;
        end
        mag_sq = mag;
        if (piped) begin
            mag_sq = pipe_mag__q;
        end
        square_u = mag_sq * mag_sq;
        if (chained) begin
            sum_out = sum_in + ((square_u) & 38'h3fffffffff);
        end
        else begin
            sum_out = ((square_u) & 38'h3fffffffff);
        end
    end
    
endmodule // mgd_trainer_nist7x7_hw__cost_terms__0


module mgd_trainer_nist7x7_hw__cost_terms__0__pipe_mag(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__cost_terms__0__pipe_mag


module mgd_trainer_nist7x7_hw__infer_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__infer_ahead


module mgd_trainer_nist7x7_hw__jumps__0(state,row_used,chain_in,chain_out);
    
    // Module arguments
    input wire  [15:0] state;
    input wire  [10:0] row_used;
    input wire  [15:0] chain_in;
    output reg  [15:0] chain_out;
    
    // Constant declarations
    localparam  n = 11'b1;
    localparam  m0 = 16'h2;
    localparam  m1 = 16'h4;
    localparam  m2 = 16'h8;
    localparam  m3 = 16'h10;
    localparam  m4 = 16'h20;
    localparam  m5 = 16'h40;
    localparam  m6 = 16'h80;
    localparam  m7 = 16'h100;
    localparam  m8 = 16'h200;
    localparam  m9 = 16'h400;
    localparam  m10 = 16'h801;
    localparam  m11 = 16'h1000;
    localparam  m12 = 16'h2001;
    localparam  m13 = 16'h4001;
    localparam  m14 = 16'h8000;
    localparam  m15 = 16'h1;
    
    // Local signals
    reg  [15:0] stepped;
    
    // Update code
    always @(*) begin
        stepped = 32'h0;
        stepped = (stepped & ~(1 << (32'h0)) | ((^(state & m0)) << (32'h0)));
        stepped = (stepped & ~(1 << (32'h1)) | ((^(state & m1)) << (32'h1)));
        stepped = (stepped & ~(1 << (32'h2)) | ((^(state & m2)) << (32'h2)));
        stepped = (stepped & ~(1 << (32'h3)) | ((^(state & m3)) << (32'h3)));
        stepped = (stepped & ~(1 << (32'h4)) | ((^(state & m4)) << (32'h4)));
        stepped = (stepped & ~(1 << (32'h5)) | ((^(state & m5)) << (32'h5)));
        stepped = (stepped & ~(1 << (32'h6)) | ((^(state & m6)) << (32'h6)));
        stepped = (stepped & ~(1 << (32'h7)) | ((^(state & m7)) << (32'h7)));
        stepped = (stepped & ~(1 << (32'h8)) | ((^(state & m8)) << (32'h8)));
        stepped = (stepped & ~(1 << (32'h9)) | ((^(state & m9)) << (32'h9)));
        stepped = (stepped & ~(1 << (32'ha)) | ((^(state & m10)) << (32'ha)));
        stepped = (stepped & ~(1 << (32'hb)) | ((^(state & m11)) << (32'hb)));
        stepped = (stepped & ~(1 << (32'hc)) | ((^(state & m12)) << (32'hc)));
        stepped = (stepped & ~(1 << (32'hd)) | ((^(state & m13)) << (32'hd)));
        stepped = (stepped & ~(1 << (32'he)) | ((^(state & m14)) << (32'he)));
        stepped = (stepped & ~(1 << (32'hf)) | ((^(state & m15)) << (32'hf)));
        if (row_used == n) begin
            chain_out = chain_in | stepped;
        end
        else begin
            chain_out = chain_in;
        end
    end
    
endmodule // mgd_trainer_nist7x7_hw__jumps__0


module mgd_trainer_nist7x7_hw__label(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__label


module mgd_trainer_nist7x7_hw__labels(address,data);
    
    // Module arguments
    input wire  [15:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        16'h0: data = 8'h0;
      16'h1: data = 8'h1;
      16'h2: data = 8'h1;
      16'h3: data = 8'h2;
      16'h4: data = 8'h2;
      16'h5: data = 8'h0;
      16'h6: data = 8'h2;
      16'h7: data = 8'h2;
      16'h8: data = 8'h1;
      16'h9: data = 8'h2;
      16'ha: data = 8'h0;
      16'hb: data = 8'h2;
      16'hc: data = 8'h0;
      16'hd: data = 8'h1;
      16'he: data = 8'h0;
      16'hf: data = 8'h1;
      16'h10: data = 8'h1;
      16'h11: data = 8'h2;
      16'h12: data = 8'h0;
      16'h13: data = 8'h1;
      16'h14: data = 8'h1;
      16'h15: data = 8'h2;
      16'h16: data = 8'h1;
      16'h17: data = 8'h0;
      16'h18: data = 8'h2;
      16'h19: data = 8'h1;
      16'h1a: data = 8'h2;
      16'h1b: data = 8'h0;
      16'h1c: data = 8'h0;
      16'h1d: data = 8'h3;
      16'h1e: data = 8'h1;
      16'h1f: data = 8'h1;
      16'h20: data = 8'h1;
      16'h21: data = 8'h0;
      16'h22: data = 8'h1;
      16'h23: data = 8'h3;
      16'h24: data = 8'h3;
      16'h25: data = 8'h2;
      16'h26: data = 8'h3;
      16'h27: data = 8'h2;
      16'h28: data = 8'h2;
      16'h29: data = 8'h0;
      16'h2a: data = 8'h1;
      16'h2b: data = 8'h2;
      16'h2c: data = 8'h2;
      16'h2d: data = 8'h1;
      16'h2e: data = 8'h0;
      16'h2f: data = 8'h0;
      16'h30: data = 8'h2;
      16'h31: data = 8'h3;
      16'h32: data = 8'h0;
      16'h33: data = 8'h0;
      16'h34: data = 8'h2;
      16'h35: data = 8'h2;
      16'h36: data = 8'h0;
      16'h37: data = 8'h1;
      16'h38: data = 8'h3;
      16'h39: data = 8'h0;
      16'h3a: data = 8'h2;
      16'h3b: data = 8'h0;
      16'h3c: data = 8'h1;
      16'h3d: data = 8'h1;
      16'h3e: data = 8'h2;
      16'h3f: data = 8'h2;
      16'h40: data = 8'h0;
      16'h41: data = 8'h0;
      16'h42: data = 8'h3;
      16'h43: data = 8'h2;
      16'h44: data = 8'h2;
      16'h45: data = 8'h0;
      16'h46: data = 8'h3;
      16'h47: data = 8'h1;
      16'h48: data = 8'h2;
      16'h49: data = 8'h2;
      16'h4a: data = 8'h1;
      16'h4b: data = 8'h3;
      16'h4c: data = 8'h1;
      16'h4d: data = 8'h1;
      16'h4e: data = 8'h0;
      16'h4f: data = 8'h2;
      16'h50: data = 8'h3;
      16'h51: data = 8'h2;
      16'h52: data = 8'h0;
      16'h53: data = 8'h1;
      16'h54: data = 8'h2;
      16'h55: data = 8'h1;
      16'h56: data = 8'h3;
      16'h57: data = 8'h0;
      16'h58: data = 8'h3;
      16'h59: data = 8'h3;
      16'h5a: data = 8'h3;
      16'h5b: data = 8'h0;
      16'h5c: data = 8'h3;
      16'h5d: data = 8'h0;
      16'h5e: data = 8'h2;
      16'h5f: data = 8'h3;
      16'h60: data = 8'h3;
      16'h61: data = 8'h3;
      16'h62: data = 8'h3;
      16'h63: data = 8'h0;
      16'h64: data = 8'h2;
      16'h65: data = 8'h0;
      16'h66: data = 8'h0;
      16'h67: data = 8'h3;
      16'h68: data = 8'h3;
      16'h69: data = 8'h2;
      16'h6a: data = 8'h2;
      16'h6b: data = 8'h1;
      16'h6c: data = 8'h1;
      16'h6d: data = 8'h1;
      16'h6e: data = 8'h1;
      16'h6f: data = 8'h0;
      16'h70: data = 8'h1;
      16'h71: data = 8'h2;
      16'h72: data = 8'h3;
      16'h73: data = 8'h0;
      16'h74: data = 8'h2;
      16'h75: data = 8'h0;
      16'h76: data = 8'h1;
      16'h77: data = 8'h2;
      16'h78: data = 8'h1;
      16'h79: data = 8'h0;
      16'h7a: data = 8'h1;
      16'h7b: data = 8'h1;
      16'h7c: data = 8'h2;
      16'h7d: data = 8'h0;
      16'h7e: data = 8'h0;
      16'h7f: data = 8'h1;
      16'h80: data = 8'h3;
      16'h81: data = 8'h1;
      16'h82: data = 8'h1;
      16'h83: data = 8'h0;
      16'h84: data = 8'h0;
      16'h85: data = 8'h3;
      16'h86: data = 8'h3;
      16'h87: data = 8'h3;
      16'h88: data = 8'h1;
      16'h89: data = 8'h3;
      16'h8a: data = 8'h1;
      16'h8b: data = 8'h3;
      16'h8c: data = 8'h0;
      16'h8d: data = 8'h3;
      16'h8e: data = 8'h2;
      16'h8f: data = 8'h0;
      16'h90: data = 8'h3;
      16'h91: data = 8'h3;
      16'h92: data = 8'h3;
      16'h93: data = 8'h3;
      16'h94: data = 8'h2;
      16'h95: data = 8'h2;
      16'h96: data = 8'h1;
      16'h97: data = 8'h0;
      16'h98: data = 8'h0;
      16'h99: data = 8'h1;
      16'h9a: data = 8'h3;
      16'h9b: data = 8'h3;
      16'h9c: data = 8'h3;
      16'h9d: data = 8'h0;
      16'h9e: data = 8'h2;
      16'h9f: data = 8'h0;
      16'ha0: data = 8'h3;
      16'ha1: data = 8'h2;
      16'ha2: data = 8'h1;
      16'ha3: data = 8'h1;
      16'ha4: data = 8'h2;
      16'ha5: data = 8'h0;
      16'ha6: data = 8'h0;
      16'ha7: data = 8'h1;
      16'ha8: data = 8'h0;
      16'ha9: data = 8'h3;
      16'haa: data = 8'h3;
      16'hab: data = 8'h3;
      16'hac: data = 8'h1;
      16'had: data = 8'h3;
      16'hae: data = 8'h3;
      16'haf: data = 8'h2;
      16'hb0: data = 8'h2;
      16'hb1: data = 8'h2;
      16'hb2: data = 8'h0;
      16'hb3: data = 8'h2;
      16'hb4: data = 8'h2;
      16'hb5: data = 8'h0;
      16'hb6: data = 8'h2;
      16'hb7: data = 8'h3;
      16'hb8: data = 8'h3;
      16'hb9: data = 8'h3;
      16'hba: data = 8'h3;
      16'hbb: data = 8'h3;
      16'hbc: data = 8'h2;
      16'hbd: data = 8'h3;
      16'hbe: data = 8'h1;
      16'hbf: data = 8'h0;
      16'hc0: data = 8'h2;
      16'hc1: data = 8'h0;
      16'hc2: data = 8'h1;
      16'hc3: data = 8'h3;
      16'hc4: data = 8'h1;
      16'hc5: data = 8'h3;
      16'hc6: data = 8'h1;
      16'hc7: data = 8'h1;
      default: data = 8'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__labels


module mgd_trainer_nist7x7_hw__lanes__0(clock,row_first,row_used,row_bias,state,slot,enable,amp,in_pass,running,sign,active,theta_pert,left_in,right_in,term_out,subtree,theta_read_row,grad_read_row,ahead_row,write_row,init_next,init_row_next,corr,fusing,corr_next,update,cost_delta,neg_cost_delta,delta_node,act_read_row,act_ahead_row,out_write,out_lane,out_row,out_data,act_in,act_out,load,load_lane,load_row,stream_data,stream,rom_addr,read_clock,read_row,read_lane,read_in,read_out);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] row_first;
    input wire  [10:0] row_used;
    input wire  row_bias;
    input wire  [15:0] state;
    input wire  [9:0] slot;
    input wire  enable;
    input wire signed [31:0] amp;
    input wire  in_pass;
    input wire  running;
    output reg  sign;
    output reg  active;
    output reg signed [15:0] theta_pert;
    input wire signed [41:0] left_in;
    input wire signed [41:0] right_in;
    output reg signed [41:0] term_out;
    output reg signed [41:0] subtree;
    input wire  [9:0] theta_read_row;
    input wire  [9:0] grad_read_row;
    input wire  [9:0] ahead_row;
    input wire  [9:0] write_row;
    input wire  init_next;
    input wire  [9:0] init_row_next;
    input wire  corr;
    input wire  fusing;
    input wire  corr_next;
    input wire  update;
    input wire signed [31:0] cost_delta;
    input wire signed [31:0] neg_cost_delta;
    input wire signed [15:0] delta_node;
    input wire  [9:0] act_read_row;
    input wire  [9:0] act_ahead_row;
    input wire  out_write;
    input wire  [9:0] out_lane;
    input wire  [9:0] out_row;
    input wire signed [15:0] out_data;
    input wire signed [15:0] act_in;
    output reg signed [15:0] act_out;
    input wire  load;
    input wire  [9:0] load_lane;
    input wire  [9:0] load_row;
    input wire signed [15:0] stream_data;
    input wire  stream;
    input wire  [15:0] rom_addr;
    input wire  read_clock;
    input wire  [9:0] read_row;
    input wire  [9:0] read_lane;
    input wire  [15:0] read_in;
    output reg  [15:0] read_out;
    
    // Constant declarations
    localparam  cut = 1'b0;
    localparam  lane = 11'b0;
    localparam  lane_p = 10'b0;
    localparam  lane_end = 11'b1;
    localparam  unit_p = 10'b0;
    localparam  out_base = 10'b0;
    localparam  holds_acts = 1'b1;
    localparam  mask = 16'h1;
    localparam  cmask = 16'h1;
    localparam  lag = 1'b0;
    localparam  walsh = 1'b0;
    localparam  time_mux = 1'b0;
    localparam signed theta_max = 32'h3fff;
    localparam signed theta_min = 32'hffffc000;
    localparam  rail_shift = 32'he;
    localparam  hi_ones = 32'h3ffff;
    localparam signed one = 16'h2000;
    localparam  msb16 = 16'h8000;
    localparam  two30 = 32'h40000000;
    localparam  piped = 1'b0;
    localparam  node = 1'b0;
    localparam  node_piped = 1'b0;
    localparam  reads_ahead = 1'b0;
    localparam  late_theta = 1'b0;
    localparam  momentum = 1'b0;
    localparam  binary = 1'b0;
    localparam  act_frac = 32'hd;
    
    // Stub signals
    reg  correlator__sign;
    reg  correlator__active;
    reg signed [31:0] correlator__cost_delta;
    reg signed [31:0] correlator__neg_cost_delta;
    wire signed [31:0] correlator__corr;
    reg signed [31:0] accumulator__grad;
    reg signed [31:0] accumulator__corr;
    wire signed [31:0] accumulator__acc_out;
    reg signed [31:0] accumulator__acc_in;
    reg  accumulator__update;
    wire signed [31:0] accumulator__step_out;
    reg signed [31:0] accumulator__vel;
    wire signed [31:0] accumulator__decay_out;
    reg signed [31:0] accumulator__decay_in;
    wire signed [31:0] accumulator__vel_next;
    reg signed [31:0] accumulator__step_in;
    reg signed [15:0] accumulator__theta;
    reg  accumulator__apply;
    wire signed [31:0] accumulator__grad_next;
    wire signed [15:0] accumulator__theta_next;
    reg  theta_mem__clock;
    reg  [9:0] theta_mem__read_address;
    wire signed [15:0] theta_mem__read_data;
    reg  theta_mem__read2_clock;
    reg  [9:0] theta_mem__read2_address;
    reg  theta_mem__read2_enable;
    wire signed [15:0] theta_mem__read2_data;
    reg  [9:0] theta_mem__write_address;
    reg signed [15:0] theta_mem__write_data;
    reg  theta_mem__write_enable;
    reg  grad_mem__clock;
    reg  [9:0] grad_mem__read_address;
    wire signed [31:0] grad_mem__read_data;
    reg  grad_mem__read2_clock;
    reg  [9:0] grad_mem__read2_address;
    reg  grad_mem__read2_enable;
    wire signed [31:0] grad_mem__read2_data;
    reg  [9:0] grad_mem__write_address;
    reg signed [31:0] grad_mem__write_data;
    reg  grad_mem__write_enable;
    reg  vel_mem__clock;
    reg  [9:0] vel_mem__read_address;
    wire signed [31:0] vel_mem__read_data;
    reg  vel_mem__read2_clock;
    reg  [9:0] vel_mem__read2_address;
    reg  vel_mem__read2_enable;
    wire signed [31:0] vel_mem__read2_data;
    reg  [9:0] vel_mem__write_address;
    reg signed [31:0] vel_mem__write_data;
    reg  vel_mem__write_enable;
    reg  [9:0] theta_init__address;
    wire signed [15:0] theta_init__data;
    reg  acts__clock;
    reg  [9:0] acts__read_address;
    wire signed [15:0] acts__read_data;
    reg  acts__read2_clock;
    reg  [9:0] acts__read2_address;
    reg  acts__read2_enable;
    wire signed [15:0] acts__read2_data;
    reg  [9:0] acts__write_address;
    reg signed [15:0] acts__write_data;
    reg  acts__write_enable;
    reg  [15:0] samples__address;
    wire signed [15:0] samples__data;
    reg  samples_sync__clock;
    reg  [15:0] samples_sync__address;
    wire signed [15:0] samples_sync__data;
    reg signed [15:0] pipe_theta__d;
    wire signed [15:0] pipe_theta__q;
    reg  pipe_theta__clock;
    reg signed [15:0] pipe_x__d;
    wire signed [15:0] pipe_x__q;
    reg  pipe_x__clock;
    reg  pipe_take__d;
    wire  pipe_take__q;
    reg  pipe_take__clock;
    reg signed [31:0] pipe_product__d;
    wire signed [31:0] pipe_product__q;
    reg  pipe_product__clock;
    reg signed [31:0] pipe_fix__d;
    wire signed [31:0] pipe_fix__q;
    reg  pipe_fix__clock;
    reg signed [41:0] pipe_subtree__d;
    wire signed [41:0] pipe_subtree__q;
    reg  pipe_subtree__clock;
    reg signed [31:0] pipe_grad__d;
    wire signed [31:0] pipe_grad__q;
    reg  pipe_grad__clock;
    reg signed [15:0] pipe_old__d;
    wire signed [15:0] pipe_old__q;
    reg  pipe_old__clock;
    reg  pipe_write__d;
    wire  pipe_write__q;
    reg  pipe_write__clock;
    reg  pipe_update__d;
    wire  pipe_update__q;
    reg  pipe_update__clock;
    reg  [9:0] pipe_row__d;
    wire  [9:0] pipe_row__q;
    reg  pipe_row__clock;
    reg signed [31:0] pipe_vel__d;
    wire signed [31:0] pipe_vel__q;
    reg  pipe_vel__clock;
    reg signed [31:0] pipe_step__d;
    wire signed [31:0] pipe_step__q;
    reg  pipe_step__clock;
    reg signed [15:0] pipe_base__d;
    wire signed [15:0] pipe_base__q;
    reg  pipe_base__clock;
    reg  pipe_apply__d;
    wire  pipe_apply__q;
    reg  pipe_apply__clock;
    reg  [9:0] pipe_theta_row__d;
    wire  [9:0] pipe_theta_row__q;
    reg  pipe_theta_row__clock;
    reg signed [15:0] pipe_next_theta__d;
    wire signed [15:0] pipe_next_theta__q;
    reg  pipe_next_theta__clock;
    reg  pipe_store__d;
    wire  pipe_store__q;
    reg  pipe_store__clock;
    reg  [9:0] pipe_store_row__d;
    wire  [9:0] pipe_store_row__q;
    reg  pipe_store_row__clock;
    reg  pipe_load__d;
    wire  pipe_load__q;
    reg  pipe_load__clock;
    reg  [9:0] pipe_load_row__d;
    wire  [9:0] pipe_load_row__q;
    reg  pipe_load_row__clock;
    reg signed [15:0] pipe_load_data__d;
    wire signed [15:0] pipe_load_data__q;
    reg  pipe_load_data__clock;
    reg  pipe_load_stream__d;
    wire  pipe_load_stream__q;
    reg  pipe_load_stream__clock;
    reg  pipe_nsign0__d;
    wire  pipe_nsign0__q;
    reg  pipe_nsign0__clock;
    reg  pipe_nswept0__d;
    wire  pipe_nswept0__q;
    reg  pipe_nswept0__clock;
    reg  pipe_nupd0__d;
    wire  pipe_nupd0__q;
    reg  pipe_nupd0__clock;
    reg  [9:0] pipe_nrow0__d;
    wire  [9:0] pipe_nrow0__q;
    reg  pipe_nrow0__clock;
    reg signed [31:0] pipe_nraw__d;
    wire signed [31:0] pipe_nraw__q;
    reg  pipe_nraw__clock;
    reg signed [31:0] pipe_nfix__d;
    wire signed [31:0] pipe_nfix__q;
    reg  pipe_nfix__clock;
    reg  pipe_nsign__d;
    wire  pipe_nsign__q;
    reg  pipe_nsign__clock;
    reg  pipe_nswept__d;
    wire  pipe_nswept__q;
    reg  pipe_nswept__clock;
    reg  pipe_nupd__d;
    wire  pipe_nupd__q;
    reg  pipe_nupd__clock;
    reg  [9:0] pipe_nrow__d;
    wire  [9:0] pipe_nrow__q;
    reg  pipe_nrow__clock;
    reg signed [31:0] pipe_nprod__d;
    wire signed [31:0] pipe_nprod__q;
    reg  pipe_nprod__clock;
    reg  pipe_nsign2__d;
    wire  pipe_nsign2__q;
    reg  pipe_nsign2__clock;
    reg  pipe_nswept2__d;
    wire  pipe_nswept2__q;
    reg  pipe_nswept2__clock;
    reg  pipe_nupd2__d;
    wire  pipe_nupd2__q;
    reg  pipe_nupd2__clock;
    reg  [9:0] pipe_nrow2__d;
    wire  [9:0] pipe_nrow2__q;
    reg  pipe_nrow2__clock;
    reg  init_done__d;
    wire  init_done__q;
    reg  init_done__clock;
    reg  [9:0] init_row__d;
    wire  [9:0] init_row__q;
    reg  init_row__clock;
    reg  corr_q__d;
    wire  corr_q__q;
    reg  corr_q__clock;
    
    // Local signals
    reg signed [41:0] node_sum;
    reg  init;
    reg  load_here;
    reg  swept;
    reg  nswept;
    reg  [9:0] sweep_row;
    reg  sweep_update;
    reg signed [15:0] mul_t;
    reg signed [15:0] mul_x;
    reg signed [31:0] mul_wide;
    reg signed [31:0] term;
    reg  used_here;
    reg  bias_here;
    reg  [9:0] index;
    reg  [9:0] masked;
    reg  s;
    reg  cs;
    reg  act;
    reg  pert;
    reg  node_corr;
    reg signed [31:0] wide;
    reg  [31:0] wide_hi;
    reg  above;
    reg  below;
    reg signed [15:0] x;
    reg  [15:0] ut;
    reg  [15:0] ux;
    reg  [31:0] offset_sum;
    reg  [31:0] offset_fix;
    reg  [31:0] raw_product;
    reg signed [31:0] product;
    reg signed [31:0] nprod;
    reg signed [31:0] nprod_neg;
    reg signed [31:0] product_neg;
    
    // Sub module instances
    mgd_trainer_nist7x7_hw__lanes__0__correlator correlator(
        .sign(correlator__sign),
        .active(correlator__active),
        .cost_delta(correlator__cost_delta),
        .neg_cost_delta(correlator__neg_cost_delta),
        .corr(correlator__corr)
    );
    mgd_trainer_nist7x7_hw__lanes__0__accumulator accumulator(
        .grad(accumulator__grad),
        .corr(accumulator__corr),
        .acc_out(accumulator__acc_out),
        .acc_in(accumulator__acc_in),
        .update(accumulator__update),
        .step_out(accumulator__step_out),
        .vel(accumulator__vel),
        .decay_out(accumulator__decay_out),
        .decay_in(accumulator__decay_in),
        .vel_next(accumulator__vel_next),
        .step_in(accumulator__step_in),
        .theta(accumulator__theta),
        .apply(accumulator__apply),
        .grad_next(accumulator__grad_next),
        .theta_next(accumulator__theta_next)
    );
    mgd_trainer_nist7x7_hw__lanes__0__theta_mem theta_mem(
        .clock(theta_mem__clock),
        .read_address(theta_mem__read_address),
        .read_data(theta_mem__read_data),
        .read2_clock(theta_mem__read2_clock),
        .read2_address(theta_mem__read2_address),
        .read2_enable(theta_mem__read2_enable),
        .read2_data(theta_mem__read2_data),
        .write_address(theta_mem__write_address),
        .write_data(theta_mem__write_data),
        .write_enable(theta_mem__write_enable)
    );
    mgd_trainer_nist7x7_hw__lanes__0__grad_mem grad_mem(
        .clock(grad_mem__clock),
        .read_address(grad_mem__read_address),
        .read_data(grad_mem__read_data),
        .read2_clock(grad_mem__read2_clock),
        .read2_address(grad_mem__read2_address),
        .read2_enable(grad_mem__read2_enable),
        .read2_data(grad_mem__read2_data),
        .write_address(grad_mem__write_address),
        .write_data(grad_mem__write_data),
        .write_enable(grad_mem__write_enable)
    );
    mgd_trainer_nist7x7_hw__lanes__0__vel_mem vel_mem(
        .clock(vel_mem__clock),
        .read_address(vel_mem__read_address),
        .read_data(vel_mem__read_data),
        .read2_clock(vel_mem__read2_clock),
        .read2_address(vel_mem__read2_address),
        .read2_enable(vel_mem__read2_enable),
        .read2_data(vel_mem__read2_data),
        .write_address(vel_mem__write_address),
        .write_data(vel_mem__write_data),
        .write_enable(vel_mem__write_enable)
    );
    mgd_trainer_nist7x7_hw__lanes__0__theta_init theta_init(
        .address(theta_init__address),
        .data(theta_init__data)
    );
    mgd_trainer_nist7x7_hw__lanes__0__acts acts(
        .clock(acts__clock),
        .read_address(acts__read_address),
        .read_data(acts__read_data),
        .read2_clock(acts__read2_clock),
        .read2_address(acts__read2_address),
        .read2_enable(acts__read2_enable),
        .read2_data(acts__read2_data),
        .write_address(acts__write_address),
        .write_data(acts__write_data),
        .write_enable(acts__write_enable)
    );
    mgd_trainer_nist7x7_hw__lanes__0__samples samples(
        .address(samples__address),
        .data(samples__data)
    );
    mgd_trainer_nist7x7_hw__lanes__0__samples_sync samples_sync(
        .clock(samples_sync__clock),
        .address(samples_sync__address),
        .data(samples_sync__data)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_theta pipe_theta(
        .d(pipe_theta__d),
        .q(pipe_theta__q),
        .clock(pipe_theta__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_x pipe_x(
        .d(pipe_x__d),
        .q(pipe_x__q),
        .clock(pipe_x__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_take pipe_take(
        .d(pipe_take__d),
        .q(pipe_take__q),
        .clock(pipe_take__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_product pipe_product(
        .d(pipe_product__d),
        .q(pipe_product__q),
        .clock(pipe_product__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_fix pipe_fix(
        .d(pipe_fix__d),
        .q(pipe_fix__q),
        .clock(pipe_fix__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_subtree pipe_subtree(
        .d(pipe_subtree__d),
        .q(pipe_subtree__q),
        .clock(pipe_subtree__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_grad pipe_grad(
        .d(pipe_grad__d),
        .q(pipe_grad__q),
        .clock(pipe_grad__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_old pipe_old(
        .d(pipe_old__d),
        .q(pipe_old__q),
        .clock(pipe_old__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_write pipe_write(
        .d(pipe_write__d),
        .q(pipe_write__q),
        .clock(pipe_write__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_update pipe_update(
        .d(pipe_update__d),
        .q(pipe_update__q),
        .clock(pipe_update__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_row pipe_row(
        .d(pipe_row__d),
        .q(pipe_row__q),
        .clock(pipe_row__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_vel pipe_vel(
        .d(pipe_vel__d),
        .q(pipe_vel__q),
        .clock(pipe_vel__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_step pipe_step(
        .d(pipe_step__d),
        .q(pipe_step__q),
        .clock(pipe_step__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_base pipe_base(
        .d(pipe_base__d),
        .q(pipe_base__q),
        .clock(pipe_base__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_apply pipe_apply(
        .d(pipe_apply__d),
        .q(pipe_apply__q),
        .clock(pipe_apply__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_theta_row pipe_theta_row(
        .d(pipe_theta_row__d),
        .q(pipe_theta_row__q),
        .clock(pipe_theta_row__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_next_theta pipe_next_theta(
        .d(pipe_next_theta__d),
        .q(pipe_next_theta__q),
        .clock(pipe_next_theta__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_store pipe_store(
        .d(pipe_store__d),
        .q(pipe_store__q),
        .clock(pipe_store__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_store_row pipe_store_row(
        .d(pipe_store_row__d),
        .q(pipe_store_row__q),
        .clock(pipe_store_row__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_load pipe_load(
        .d(pipe_load__d),
        .q(pipe_load__q),
        .clock(pipe_load__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_load_row pipe_load_row(
        .d(pipe_load_row__d),
        .q(pipe_load_row__q),
        .clock(pipe_load_row__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_load_data pipe_load_data(
        .d(pipe_load_data__d),
        .q(pipe_load_data__q),
        .clock(pipe_load_data__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_load_stream pipe_load_stream(
        .d(pipe_load_stream__d),
        .q(pipe_load_stream__q),
        .clock(pipe_load_stream__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nsign0 pipe_nsign0(
        .d(pipe_nsign0__d),
        .q(pipe_nsign0__q),
        .clock(pipe_nsign0__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nswept0 pipe_nswept0(
        .d(pipe_nswept0__d),
        .q(pipe_nswept0__q),
        .clock(pipe_nswept0__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nupd0 pipe_nupd0(
        .d(pipe_nupd0__d),
        .q(pipe_nupd0__q),
        .clock(pipe_nupd0__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nrow0 pipe_nrow0(
        .d(pipe_nrow0__d),
        .q(pipe_nrow0__q),
        .clock(pipe_nrow0__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nraw pipe_nraw(
        .d(pipe_nraw__d),
        .q(pipe_nraw__q),
        .clock(pipe_nraw__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nfix pipe_nfix(
        .d(pipe_nfix__d),
        .q(pipe_nfix__q),
        .clock(pipe_nfix__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nsign pipe_nsign(
        .d(pipe_nsign__d),
        .q(pipe_nsign__q),
        .clock(pipe_nsign__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nswept pipe_nswept(
        .d(pipe_nswept__d),
        .q(pipe_nswept__q),
        .clock(pipe_nswept__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nupd pipe_nupd(
        .d(pipe_nupd__d),
        .q(pipe_nupd__q),
        .clock(pipe_nupd__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nrow pipe_nrow(
        .d(pipe_nrow__d),
        .q(pipe_nrow__q),
        .clock(pipe_nrow__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nprod pipe_nprod(
        .d(pipe_nprod__d),
        .q(pipe_nprod__q),
        .clock(pipe_nprod__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nsign2 pipe_nsign2(
        .d(pipe_nsign2__d),
        .q(pipe_nsign2__q),
        .clock(pipe_nsign2__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nswept2 pipe_nswept2(
        .d(pipe_nswept2__d),
        .q(pipe_nswept2__q),
        .clock(pipe_nswept2__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nupd2 pipe_nupd2(
        .d(pipe_nupd2__d),
        .q(pipe_nupd2__q),
        .clock(pipe_nupd2__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__pipe_nrow2 pipe_nrow2(
        .d(pipe_nrow2__d),
        .q(pipe_nrow2__q),
        .clock(pipe_nrow2__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__init_done init_done(
        .d(init_done__d),
        .q(init_done__q),
        .clock(init_done__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__init_row init_row(
        .d(init_row__d),
        .q(init_row__q),
        .clock(init_row__clock)
    );
    mgd_trainer_nist7x7_hw__lanes__0__corr_q corr_q(
        .d(corr_q__d),
        .q(corr_q__q),
        .clock(corr_q__clock)
    );
    
    // Update code
    always @(*) begin
        pipe_theta__clock = clock;
        pipe_x__clock = clock;
        pipe_take__clock = clock;
        pipe_product__clock = clock;
        pipe_fix__clock = clock;
        pipe_subtree__clock = clock;
        pipe_grad__clock = clock;
        pipe_old__clock = clock;
        pipe_write__clock = clock;
        pipe_update__clock = clock;
        pipe_row__clock = clock;
        pipe_vel__clock = clock;
        pipe_step__clock = clock;
        pipe_base__clock = clock;
        pipe_apply__clock = clock;
        pipe_theta_row__clock = clock;
        pipe_next_theta__clock = clock;
        pipe_store__clock = clock;
        pipe_store_row__clock = clock;
        pipe_load__clock = clock;
        pipe_load_row__clock = clock;
        pipe_load_data__clock = clock;
        pipe_load_stream__clock = clock;
        pipe_nsign0__clock = clock;
        pipe_nswept0__clock = clock;
        pipe_nupd0__clock = clock;
        pipe_nrow0__clock = clock;
        pipe_nraw__clock = clock;
        pipe_nfix__clock = clock;
        pipe_nsign__clock = clock;
        pipe_nswept__clock = clock;
        pipe_nupd__clock = clock;
        pipe_nrow__clock = clock;
        pipe_nprod__clock = clock;
        pipe_nsign2__clock = clock;
        pipe_nswept2__clock = clock;
        pipe_nupd2__clock = clock;
        pipe_nrow2__clock = clock;
        corr_q__clock = clock;
        init_done__clock = clock;
        init_row__clock = clock;
        pipe_theta__d = pipe_theta__q;
        pipe_x__d = pipe_x__q;
        pipe_take__d = pipe_take__q;
        pipe_product__d = pipe_product__q;
        pipe_fix__d = pipe_fix__q;
        pipe_subtree__d = pipe_subtree__q;
        pipe_grad__d = pipe_grad__q;
        pipe_old__d = pipe_old__q;
        pipe_write__d = pipe_write__q;
        pipe_update__d = pipe_update__q;
        pipe_row__d = pipe_row__q;
        pipe_vel__d = pipe_vel__q;
        pipe_step__d = pipe_step__q;
        pipe_base__d = pipe_base__q;
        pipe_apply__d = pipe_apply__q;
        pipe_theta_row__d = pipe_theta_row__q;
        pipe_next_theta__d = pipe_next_theta__q;
        pipe_store__d = pipe_store__q;
        pipe_store_row__d = pipe_store_row__q;
        pipe_load__d = pipe_load__q;
        pipe_load_row__d = pipe_load_row__q;
        pipe_load_data__d = pipe_load_data__q;
        pipe_load_stream__d = pipe_load_stream__q;
        pipe_nsign0__d = pipe_nsign0__q;
        pipe_nswept0__d = pipe_nswept0__q;
        pipe_nupd0__d = pipe_nupd0__q;
        pipe_nrow0__d = pipe_nrow0__q;
        pipe_nraw__d = pipe_nraw__q;
        pipe_nfix__d = pipe_nfix__q;
        pipe_nsign__d = pipe_nsign__q;
        pipe_nswept__d = pipe_nswept__q;
        pipe_nupd__d = pipe_nupd__q;
        pipe_nrow__d = pipe_nrow__q;
        pipe_nprod__d = pipe_nprod__q;
        pipe_nsign2__d = pipe_nsign2__q;
        pipe_nswept2__d = pipe_nswept2__q;
        pipe_nupd2__d = pipe_nupd2__q;
        pipe_nrow2__d = pipe_nrow2__q;
        corr_q__d = corr_q__q;
        init_done__d = init_done__q;
        init_row__d = init_row__q;
        theta_mem__clock = clock;
        grad_mem__clock = clock;
        acts__clock = clock;
        acts__read2_clock = clock;
        acts__read2_address = 32'h0;
        acts__read2_enable = 1'b0;
        grad_mem__read2_clock = clock;
        grad_mem__read2_address = 32'h0;
        grad_mem__read2_enable = 1'b0;
        vel_mem__clock = clock;
        vel_mem__read2_clock = clock;
        vel_mem__read2_address = 32'h0;
        vel_mem__read2_enable = 1'b0;
        used_here = row_used > lane;
        bias_here = row_bias & (row_used == lane_end);
        index = row_first + lane_p;
        masked = index & slot;
        s = ^(state & mask);
        cs = ^(state & cmask);
        act = 1'b1;
        if (walsh) begin
            s = ~^masked;
        end
        if (time_mux) begin
            s = 1'b1;
            act = index == slot;
        end
        pert = act & in_pass;
        if (node) begin
            pert = bias_here & in_pass;
        end
        sign = s;
        active = pert;
        wide = $signed(theta_mem__read_data) - amp;
        if (s) begin
            wide = $signed(theta_mem__read_data) + amp;
        end
        wide_hi = $unsigned(wide) >> rail_shift;
        above = ~wide[32'h1f] & |wide_hi;
        below = wide[32'h1f] & (wide_hi != hi_ones);
        if (~(enable & pert)) begin
            theta_pert = theta_mem__read_data;
        end
        else if (above) begin
            theta_pert = $signed(theta_max);
        end
        else if (below) begin
            theta_pert = $signed(theta_min);
        end
        else begin
            theta_pert = $signed(wide);
        end
        act_out = acts__read_data;
        if (bias_here) begin
            x = one;
        end
        else if (holds_acts) begin
            x = acts__read_data;
        end
        else begin
            x = act_in;
        end
        corr_q__d = corr_next;
        init_done__d = ~init_next;
        init_row__d = init_row_next;
        init = ~init_done__q;
        nswept = node_piped & corr & used_here;
        pipe_theta__d = 32'h0;
        pipe_x__d = 32'h0;
        pipe_take__d = piped & running & used_here;
        if (piped & running & used_here) begin
            pipe_theta__d = theta_pert;
            pipe_x__d = x;
        end
        if (nswept & in_pass) begin
            pipe_theta__d = delta_node;
            pipe_x__d = x;
        end
        pipe_nsign0__d = 1'b0;
        pipe_nrow0__d = 32'h0;
        if (nswept) begin
            pipe_nsign0__d = s;
            pipe_nrow0__d = write_row;
        end
        pipe_nswept0__d = nswept;
        pipe_nupd0__d = nswept & update;
        mul_t = theta_pert;
        mul_x = x;
        if (piped) begin
            mul_t = pipe_theta__q;
            mul_x = pipe_x__q;
        end
        node_corr = node & ~piped & corr_q__q;
        if (node_corr) begin
            mul_t = delta_node;
            mul_x = x;
        end
        ut = $unsigned(mul_t) ^ msb16;
        ux = $unsigned(mul_x) ^ msb16;
        offset_sum = ((ut) & 32'hffffffff) + ((ux) & 32'hffffffff);
        offset_fix = two30 - (offset_sum << 32'hf);
        raw_product = ut * ux;
        mul_wide = $signed(mul_t);
        if (binary) begin
            offset_fix = 32'h0;
            raw_product = 32'h0;
            if (|($unsigned(mul_x) & $unsigned(one))) begin
                raw_product = $unsigned(mul_wide) << act_frac;
            end
        end
        product = $signed(raw_product + offset_fix);
        pipe_product__d = 32'h0;
        pipe_fix__d = 32'h0;
        term = 32'h0;
        if (used_here) begin
            term = product;
        end
        if (piped) begin
            term = $signed($unsigned(pipe_product__q) + $unsigned(pipe_fix__q));
        end
        if (pipe_take__q & ~pipe_nswept0__q) begin
            pipe_product__d = $signed(raw_product);
            pipe_fix__d = $signed(offset_fix);
        end
        term_out = $signed(term);
        node_sum = left_in + right_in;
        pipe_subtree__d = 32'h0;
        if (cut) begin
            pipe_subtree__d = node_sum;
            subtree = pipe_subtree__q;
        end
        else begin
            subtree = node_sum;
        end
        pipe_nraw__d = 32'h0;
        pipe_nfix__d = 32'h0;
        pipe_nsign__d = 1'b0;
        pipe_nrow__d = 32'h0;
        if (pipe_nswept0__q) begin
            pipe_nraw__d = $signed(raw_product);
            pipe_nfix__d = $signed(offset_fix);
            pipe_nsign__d = pipe_nsign0__q;
            pipe_nrow__d = pipe_nrow0__q;
        end
        pipe_nswept__d = pipe_nswept0__q;
        pipe_nupd__d = pipe_nupd0__q;
        nprod = $signed($unsigned(pipe_nraw__q) + $unsigned(pipe_nfix__q));
        pipe_nprod__d = nprod;
        pipe_nsign2__d = pipe_nsign__q;
        pipe_nrow2__d = pipe_nrow__q;
        pipe_nswept2__d = pipe_nswept__q;
        pipe_nupd2__d = pipe_nupd__q;
        nprod_neg = -pipe_nprod__q;
        product_neg = -product;
        if (node_piped) begin
            correlator__sign = pipe_nsign2__q;
            correlator__active = 1'b1;
            correlator__cost_delta = pipe_nprod__q;
            correlator__neg_cost_delta = nprod_neg;
        end
        else if (node) begin
            correlator__sign = s;
            correlator__active = in_pass;
            correlator__cost_delta = product;
            correlator__neg_cost_delta = product_neg;
        end
        else if (lag & fusing) begin
            correlator__sign = cs;
            correlator__active = act & in_pass;
            correlator__cost_delta = cost_delta;
            correlator__neg_cost_delta = neg_cost_delta;
        end
        else begin
            correlator__sign = s;
            correlator__active = act & in_pass;
            correlator__cost_delta = cost_delta;
            correlator__neg_cost_delta = neg_cost_delta;
        end
        accumulator__grad = grad_mem__read_data;
        accumulator__corr = correlator__corr;
        if (node_piped) begin
            swept = pipe_nswept2__q;
            sweep_row = pipe_nrow2__q;
            sweep_update = pipe_nupd2__q;
        end
        else begin
            swept = piped & corr & used_here;
            sweep_row = write_row;
            sweep_update = update;
        end
        pipe_grad__d = 32'h0;
        pipe_old__d = 32'h0;
        pipe_row__d = 32'h0;
        if (swept) begin
            pipe_grad__d = accumulator__acc_out;
            pipe_old__d = theta_mem__read_data;
            pipe_row__d = sweep_row;
        end
        pipe_write__d = swept;
        pipe_update__d = swept & sweep_update;
        pipe_vel__d = 32'h0;
        if (momentum & swept & sweep_update) begin
            pipe_vel__d = accumulator__decay_out;
        end
        pipe_step__d = 32'h0;
        pipe_base__d = 32'h0;
        pipe_theta_row__d = 32'h0;
        if (pipe_update__q) begin
            pipe_step__d = accumulator__step_out;
            pipe_base__d = pipe_old__q;
            pipe_theta_row__d = pipe_row__q;
        end
        pipe_apply__d = pipe_update__q;
        pipe_next_theta__d = 32'h0;
        pipe_store_row__d = 32'h0;
        if (late_theta & pipe_apply__q) begin
            pipe_next_theta__d = accumulator__theta_next;
            pipe_store_row__d = pipe_theta_row__q;
        end
        pipe_store__d = late_theta & pipe_apply__q;
        accumulator__vel = vel_mem__read_data;
        if (piped) begin
            accumulator__decay_in = pipe_vel__q;
        end
        else begin
            accumulator__decay_in = accumulator__decay_out;
        end
        if (piped) begin
            accumulator__acc_in = pipe_grad__q;
            accumulator__update = pipe_update__q;
            accumulator__step_in = pipe_step__q;
            accumulator__theta = pipe_base__q;
            accumulator__apply = pipe_apply__q;
        end
        else begin
            accumulator__acc_in = accumulator__acc_out;
            accumulator__update = update;
            accumulator__step_in = accumulator__step_out;
            accumulator__theta = theta_mem__read_data;
            accumulator__apply = update;
        end
        if (node_piped & pipe_nswept__q) begin
            theta_mem__read_address = pipe_nrow__q;
            grad_mem__read_address = pipe_nrow__q;
            vel_mem__read_address = pipe_nrow__q;
        end
        else if (reads_ahead) begin
            theta_mem__read_address = ahead_row;
            grad_mem__read_address = ahead_row;
            vel_mem__read_address = ahead_row;
        end
        else begin
            theta_mem__read_address = theta_read_row;
            grad_mem__read_address = grad_read_row;
            vel_mem__read_address = grad_read_row;
        end
        theta_init__address = init_row__q;
        theta_mem__write_address = write_row;
        grad_mem__write_address = write_row;
        if (init) begin
            vel_mem__write_address = init_row__q;
            vel_mem__write_data = 32'h0;
            vel_mem__write_enable = momentum;
        end
        else if (piped) begin
            vel_mem__write_address = pipe_row__q;
            vel_mem__write_data = accumulator__vel_next;
            vel_mem__write_enable = momentum & pipe_update__q;
        end
        else begin
            vel_mem__write_address = write_row;
            vel_mem__write_data = accumulator__vel_next;
            vel_mem__write_enable = momentum & corr & update & used_here;
        end
        if (init) begin
            theta_mem__write_address = init_row__q;
            grad_mem__write_address = init_row__q;
            grad_mem__write_data = 32'h0;
            grad_mem__write_enable = 1'b1;
            theta_mem__write_data = theta_init__data;
            theta_mem__write_enable = 1'b1;
        end
        else if (piped) begin
            grad_mem__write_address = pipe_row__q;
            grad_mem__write_data = accumulator__grad_next;
            grad_mem__write_enable = pipe_write__q;
            if (late_theta) begin
                theta_mem__write_address = pipe_store_row__q;
                theta_mem__write_data = pipe_next_theta__q;
                theta_mem__write_enable = pipe_store__q;
            end
            else begin
                theta_mem__write_address = pipe_theta_row__q;
                theta_mem__write_data = accumulator__theta_next;
                theta_mem__write_enable = pipe_apply__q;
            end
        end
        else begin
            grad_mem__write_data = accumulator__grad_next;
            grad_mem__write_enable = corr & used_here;
            theta_mem__write_data = accumulator__theta_next;
            theta_mem__write_enable = corr & update & used_here;
        end
        samples__address = rom_addr;
        samples_sync__clock = clock;
        samples_sync__address = rom_addr;
        if (reads_ahead) begin
            acts__read_address = act_ahead_row;
        end
        else begin
            acts__read_address = act_read_row;
        end
        load_here = holds_acts & load & (~stream | (load_lane == lane_p));
        pipe_load__d = piped & load_here;
        pipe_load_row__d = 32'h0;
        pipe_load_data__d = 32'h0;
        pipe_load_stream__d = 1'b0;
        if (piped & load_here) begin
            pipe_load_row__d = load_row;
            pipe_load_stream__d = stream;
            if (stream) begin
                pipe_load_data__d = stream_data;
            end
        end
        if (piped) begin
            if (pipe_load__q) begin
                acts__write_enable = 1'b1;
                acts__write_address = pipe_load_row__q;
                if (pipe_load_stream__q) begin
                    acts__write_data = pipe_load_data__q;
                end
                else begin
                    acts__write_data = samples_sync__data;
                end
            end
            else begin
                acts__write_enable = holds_acts & out_write & (out_lane == out_base);
                acts__write_address = out_row;
                acts__write_data = out_data;
            end
        end
        else begin
            if (load) begin
                acts__write_enable = load_here;
                acts__write_address = load_row;
            end
            else begin
                acts__write_enable = holds_acts & out_write & (out_lane == out_base);
                acts__write_address = out_row;
            end
            if (~load) begin
                acts__write_data = out_data;
            end
            else if (stream) begin
                acts__write_data = stream_data;
            end
            else begin
                acts__write_data = samples__data;
            end
        end
        theta_mem__read2_clock = read_clock;
        theta_mem__read2_address = read_row;
        theta_mem__read2_enable = read_lane == unit_p;
        read_out = read_in | $unsigned(theta_mem__read2_data);
    end
    
endmodule // mgd_trainer_nist7x7_hw__lanes__0


module mgd_trainer_nist7x7_hw__lanes__0__accumulator(grad,corr,acc_out,acc_in,update,step_out,vel,decay_out,decay_in,vel_next,step_in,theta,apply,grad_next,theta_next);
    
    // Module arguments
    input wire signed [31:0] grad;
    input wire signed [31:0] corr;
    output reg signed [31:0] acc_out;
    input wire signed [31:0] acc_in;
    input wire  update;
    output reg signed [31:0] step_out;
    input wire signed [31:0] vel;
    output reg signed [31:0] decay_out;
    input wire signed [31:0] decay_in;
    output reg signed [31:0] vel_next;
    input wire signed [31:0] step_in;
    input wire signed [15:0] theta;
    input wire  apply;
    output reg signed [31:0] grad_next;
    output reg signed [15:0] theta_next;
    
    // Constant declarations
    localparam signed theta_max = 16'h3fff;
    localparam signed theta_min = 16'hc000;
    localparam  theta_hi = 18'b111100000000000000;
    localparam  ones16 = 16'hffff;
    localparam  eta_shift = 8'h8;
    localparam  fill = 32'hff000000;
    localparam  half = 32'h80;
    localparam  momentum = 1'b0;
    localparam  mom_shift = 8'h0;
    localparam  mom_fill = 32'h0;
    
    // Stub signals
    reg signed [31:0] grad_add__a;
    reg signed [31:0] grad_add__b;
    wire signed [31:0] grad_add__sum;
    reg signed [31:0] vel_add__a;
    reg signed [31:0] vel_add__b;
    wire signed [31:0] vel_add__sum;
    
    // Local signals
    reg signed [31:0] acc;
    reg  [31:0] floor;
    reg  [31:0] step;
    reg  [15:0] step_hi;
    reg signed [17:0] narrow;
    reg  [17:0] narrow_hi;
    reg  [17:0] narrow_u;
    reg  [31:0] step_u;
    reg signed [15:0] fresh;
    reg  [31:0] leak;
    reg signed [31:0] vacc;
    reg signed [31:0] step_src;
    
    // Sub module instances
    mgd_trainer_nist7x7_hw__lanes__0__accumulator__grad_add grad_add(
        .a(grad_add__a),
        .b(grad_add__b),
        .sum(grad_add__sum)
    );
    mgd_trainer_nist7x7_hw__lanes__0__accumulator__vel_add vel_add(
        .a(vel_add__a),
        .b(vel_add__b),
        .sum(vel_add__sum)
    );
    
    // Update code
    always @(*) begin
        grad_add__a = grad;
        grad_add__b = corr;
        acc = grad_add__sum;
        acc_out = acc;
        leak = $unsigned(vel) >> mom_shift;
        if (vel[32'h1f]) begin
            leak = ($unsigned(vel) >> mom_shift) | mom_fill;
        end
        decay_out = vel - $signed(leak);
        vel_add__a = decay_in;
        vel_add__b = acc_in;
        vacc = vel_add__sum;
        vel_next = vacc;
        step_src = acc_in;
        if (momentum) begin
            step_src = vacc;
        end
        floor = $unsigned(step_src) >> eta_shift;
        if (step_src[32'h1f]) begin
            floor = ($unsigned(step_src) >> eta_shift) | fill;
        end
        step = floor;
        if (|($unsigned(step_src) & half)) begin
            step = floor + 64'h1;
        end
        step_out = $signed(step);
        step_u = $unsigned(step_in);
        narrow = $signed(theta) - $signed(((step_u) & 18'h3ffff));
        narrow_u = $unsigned(narrow);
        narrow_hi = narrow_u & theta_hi;
        fresh = $signed(((narrow_u) & 16'hffff));
        if (|narrow_hi & (narrow_hi != theta_hi)) begin
            fresh = theta_max;
            if (narrow[32'h11]) begin
                fresh = theta_min;
            end
        end
        step_hi = step_u[(32'h10)+:(16)];
        if (|step_hi & (step_hi != ones16)) begin
            fresh = theta_min;
            if (step_in[32'h1f]) begin
                fresh = theta_max;
            end
        end
        if (update) begin
            grad_next = 32'h0;
        end
        else begin
            grad_next = acc_in;
        end
        if (apply) begin
            theta_next = fresh;
        end
        else begin
            theta_next = theta;
        end
    end
    
endmodule // mgd_trainer_nist7x7_hw__lanes__0__accumulator


module mgd_trainer_nist7x7_hw__lanes__0__accumulator__grad_add(a,b,sum);
    
    // Module arguments
    input wire signed [31:0] a;
    input wire signed [31:0] b;
    output reg signed [31:0] sum;
    
    // Constant declarations
    localparam signed grad_max = 32'h7fffffff;
    localparam signed grad_min = 32'h80000000;
    localparam  grad_hi = 32'h80000000;
    
    // Local signals
    reg signed [31:0] raw;
    reg  [31:0] raw_hi;
    reg signed [31:0] sat;
    
    // Update code
    always @(*) begin
        raw = a + b;
        sat = raw;
        raw_hi = $unsigned(raw) & grad_hi;
        if (|raw_hi & (raw_hi != grad_hi)) begin
            sat = grad_max;
            if (raw[32'h1f]) begin
                sat = grad_min;
            end
        end
        if ((a[32'h1f] == b[32'h1f]) & (raw[32'h1f] != a[32'h1f])) begin
            sat = grad_max;
            if (a[32'h1f]) begin
                sat = grad_min;
            end
        end
        sum = sat;
    end
    
endmodule // mgd_trainer_nist7x7_hw__lanes__0__accumulator__grad_add


module mgd_trainer_nist7x7_hw__lanes__0__accumulator__vel_add(a,b,sum);
    
    // Module arguments
    input wire signed [31:0] a;
    input wire signed [31:0] b;
    output reg signed [31:0] sum;
    
    // Constant declarations
    localparam signed grad_max = 32'h7fffffff;
    localparam signed grad_min = 32'h80000000;
    localparam  grad_hi = 32'h80000000;
    
    // Local signals
    reg signed [31:0] raw;
    reg  [31:0] raw_hi;
    reg signed [31:0] sat;
    
    // Update code
    always @(*) begin
        raw = a + b;
        sat = raw;
        raw_hi = $unsigned(raw) & grad_hi;
        if (|raw_hi & (raw_hi != grad_hi)) begin
            sat = grad_max;
            if (raw[32'h1f]) begin
                sat = grad_min;
            end
        end
        if ((a[32'h1f] == b[32'h1f]) & (raw[32'h1f] != a[32'h1f])) begin
            sat = grad_max;
            if (a[32'h1f]) begin
                sat = grad_min;
            end
        end
        sum = sat;
    end
    
endmodule // mgd_trainer_nist7x7_hw__lanes__0__accumulator__vel_add


module mgd_trainer_nist7x7_hw__lanes__0__acts(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg signed [15:0] read_data;
    input wire  read2_clock;
    input wire  [9:0] read2_address;
    input wire  read2_enable;
    output reg signed [15:0] read2_data;
    input wire  [9:0] write_address;
    input wire signed [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [15:0] mem[0:63];
    integer i;
    initial begin
       for (i = 0; i <= 63; i = i + 1) mem[i] = 0;
       read_data = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[5:0]] <= write_data;
       end
       if (write_enable && write_address[5:0] == read_address[5:0]) begin
          read_data <= write_data;
       end else begin
          read_data <= mem[read_address[5:0]];
       end
    end
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[5:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_nist7x7_hw__lanes__0__acts


module mgd_trainer_nist7x7_hw__lanes__0__corr_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__corr_q


module mgd_trainer_nist7x7_hw__lanes__0__correlator(sign,active,cost_delta,neg_cost_delta,corr);
    
    // Module arguments
    input wire  sign;
    input wire  active;
    input wire signed [31:0] cost_delta;
    input wire signed [31:0] neg_cost_delta;
    output reg signed [31:0] corr;
    
    // Update code
    always @(*) begin
        if (~active) begin
            corr = 32'h0;
        end
        else if (sign) begin
            corr = cost_delta;
        end
        else begin
            corr = neg_cost_delta;
        end
    end
    
endmodule // mgd_trainer_nist7x7_hw__lanes__0__correlator


module mgd_trainer_nist7x7_hw__lanes__0__grad_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg signed [31:0] read_data;
    input wire  read2_clock;
    input wire  [9:0] read2_address;
    input wire  read2_enable;
    output reg signed [31:0] read2_data;
    input wire  [9:0] write_address;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [31:0] mem[0:255];
    integer i;
    initial begin
       for (i = 0; i <= 255; i = i + 1) mem[i] = 0;
       read_data = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[7:0]] <= write_data;
       end
       if (write_enable && write_address[7:0] == read_address[7:0]) begin
          read_data <= write_data;
       end else begin
          read_data <= mem[read_address[7:0]];
       end
    end
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[7:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_nist7x7_hw__lanes__0__grad_mem


module mgd_trainer_nist7x7_hw__lanes__0__init_done(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__init_done


module mgd_trainer_nist7x7_hw__lanes__0__init_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__init_row


module mgd_trainer_nist7x7_hw__lanes__0__pipe_apply(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_apply


module mgd_trainer_nist7x7_hw__lanes__0__pipe_base(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_base


module mgd_trainer_nist7x7_hw__lanes__0__pipe_fix(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_fix


module mgd_trainer_nist7x7_hw__lanes__0__pipe_grad(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_grad


module mgd_trainer_nist7x7_hw__lanes__0__pipe_load(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_load


module mgd_trainer_nist7x7_hw__lanes__0__pipe_load_data(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_load_data


module mgd_trainer_nist7x7_hw__lanes__0__pipe_load_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_load_row


module mgd_trainer_nist7x7_hw__lanes__0__pipe_load_stream(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_load_stream


module mgd_trainer_nist7x7_hw__lanes__0__pipe_next_theta(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_next_theta


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nfix(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nfix


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nprod(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nprod


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nraw(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nraw


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nrow(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nrow


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nrow0(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nrow0


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nrow2(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nrow2


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nsign(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nsign


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nsign0(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nsign0


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nsign2(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nsign2


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nswept(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nswept


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nswept0(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nswept0


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nswept2(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nswept2


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nupd(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nupd


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nupd0(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nupd0


module mgd_trainer_nist7x7_hw__lanes__0__pipe_nupd2(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_nupd2


module mgd_trainer_nist7x7_hw__lanes__0__pipe_old(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_old


module mgd_trainer_nist7x7_hw__lanes__0__pipe_product(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_product


module mgd_trainer_nist7x7_hw__lanes__0__pipe_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_row


module mgd_trainer_nist7x7_hw__lanes__0__pipe_step(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_step


module mgd_trainer_nist7x7_hw__lanes__0__pipe_store(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_store


module mgd_trainer_nist7x7_hw__lanes__0__pipe_store_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_store_row


module mgd_trainer_nist7x7_hw__lanes__0__pipe_subtree(d,q,clock);
    
    // Module arguments
    input wire signed [41:0] d;
    output reg signed [41:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 42'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_subtree


module mgd_trainer_nist7x7_hw__lanes__0__pipe_take(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_take


module mgd_trainer_nist7x7_hw__lanes__0__pipe_theta(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_theta


module mgd_trainer_nist7x7_hw__lanes__0__pipe_theta_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_theta_row


module mgd_trainer_nist7x7_hw__lanes__0__pipe_update(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_update


module mgd_trainer_nist7x7_hw__lanes__0__pipe_vel(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_vel


module mgd_trainer_nist7x7_hw__lanes__0__pipe_write(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_write


module mgd_trainer_nist7x7_hw__lanes__0__pipe_x(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__lanes__0__pipe_x


module mgd_trainer_nist7x7_hw__lanes__0__samples(address,data);
    
    // Module arguments
    input wire  [15:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        16'h0: data = 16'h2000;
      16'h1: data = 16'h0;
      16'h2: data = 16'h0;
      16'h3: data = 16'h0;
      16'h4: data = 16'h0;
      16'h5: data = 16'h0;
      16'h6: data = 16'h2000;
      16'h7: data = 16'h2000;
      16'h8: data = 16'h2000;
      16'h9: data = 16'h0;
      16'ha: data = 16'h0;
      16'hb: data = 16'h0;
      16'hc: data = 16'h0;
      16'hd: data = 16'h2000;
      16'he: data = 16'h2000;
      16'hf: data = 16'h0;
      16'h10: data = 16'h2000;
      16'h11: data = 16'h0;
      16'h12: data = 16'h0;
      16'h13: data = 16'h0;
      16'h14: data = 16'h2000;
      16'h15: data = 16'h2000;
      16'h16: data = 16'h0;
      16'h17: data = 16'h0;
      16'h18: data = 16'h2000;
      16'h19: data = 16'h0;
      16'h1a: data = 16'h2000;
      16'h1b: data = 16'h2000;
      16'h1c: data = 16'h2000;
      16'h1d: data = 16'h0;
      16'h1e: data = 16'h0;
      16'h1f: data = 16'h0;
      16'h20: data = 16'h2000;
      16'h21: data = 16'h0;
      16'h22: data = 16'h2000;
      16'h23: data = 16'h2000;
      16'h24: data = 16'h0;
      16'h25: data = 16'h0;
      16'h26: data = 16'h0;
      16'h27: data = 16'h0;
      16'h28: data = 16'h2000;
      16'h29: data = 16'h2000;
      16'h2a: data = 16'h2000;
      16'h2b: data = 16'h0;
      16'h2c: data = 16'h0;
      16'h2d: data = 16'h0;
      16'h2e: data = 16'h0;
      16'h2f: data = 16'h0;
      16'h30: data = 16'h2000;
      16'h31: data = 16'h2000;
      16'h32: data = 16'h2000;
      16'h33: data = 16'h2000;
      16'h34: data = 16'h0;
      16'h35: data = 16'h2000;
      16'h36: data = 16'h2000;
      16'h37: data = 16'h2000;
      16'h38: data = 16'h0;
      16'h39: data = 16'h0;
      16'h3a: data = 16'h0;
      16'h3b: data = 16'h2000;
      16'h3c: data = 16'h0;
      16'h3d: data = 16'h0;
      16'h3e: data = 16'h0;
      16'h3f: data = 16'h0;
      16'h40: data = 16'h0;
      16'h41: data = 16'h0;
      16'h42: data = 16'h2000;
      16'h43: data = 16'h0;
      16'h44: data = 16'h0;
      16'h45: data = 16'h0;
      16'h46: data = 16'h0;
      16'h47: data = 16'h0;
      16'h48: data = 16'h0;
      16'h49: data = 16'h2000;
      16'h4a: data = 16'h0;
      16'h4b: data = 16'h0;
      16'h4c: data = 16'h0;
      16'h4d: data = 16'h0;
      16'h4e: data = 16'h0;
      16'h4f: data = 16'h0;
      16'h50: data = 16'h2000;
      16'h51: data = 16'h0;
      16'h52: data = 16'h0;
      16'h53: data = 16'h0;
      16'h54: data = 16'h0;
      16'h55: data = 16'h0;
      16'h56: data = 16'h0;
      16'h57: data = 16'h2000;
      16'h58: data = 16'h0;
      16'h59: data = 16'h0;
      16'h5a: data = 16'h0;
      16'h5b: data = 16'h2000;
      16'h5c: data = 16'h2000;
      16'h5d: data = 16'h2000;
      16'h5e: data = 16'h2000;
      16'h5f: data = 16'h2000;
      16'h60: data = 16'h2000;
      16'h61: data = 16'h2000;
      16'h62: data = 16'h2000;
      16'h63: data = 16'h2000;
      16'h64: data = 16'h2000;
      16'h65: data = 16'h2000;
      16'h66: data = 16'h2000;
      16'h67: data = 16'h2000;
      16'h68: data = 16'h2000;
      16'h69: data = 16'h0;
      16'h6a: data = 16'h0;
      16'h6b: data = 16'h0;
      16'h6c: data = 16'h2000;
      16'h6d: data = 16'h0;
      16'h6e: data = 16'h0;
      16'h6f: data = 16'h0;
      16'h70: data = 16'h0;
      16'h71: data = 16'h0;
      16'h72: data = 16'h0;
      16'h73: data = 16'h2000;
      16'h74: data = 16'h0;
      16'h75: data = 16'h0;
      16'h76: data = 16'h0;
      16'h77: data = 16'h0;
      16'h78: data = 16'h0;
      16'h79: data = 16'h2000;
      16'h7a: data = 16'h2000;
      16'h7b: data = 16'h0;
      16'h7c: data = 16'h0;
      16'h7d: data = 16'h0;
      16'h7e: data = 16'h0;
      16'h7f: data = 16'h0;
      16'h80: data = 16'h0;
      16'h81: data = 16'h2000;
      16'h82: data = 16'h0;
      16'h83: data = 16'h0;
      16'h84: data = 16'h0;
      16'h85: data = 16'h0;
      16'h86: data = 16'h0;
      16'h87: data = 16'h0;
      16'h88: data = 16'h2000;
      16'h89: data = 16'h0;
      16'h8a: data = 16'h0;
      16'h8b: data = 16'h0;
      16'h8c: data = 16'h2000;
      16'h8d: data = 16'h2000;
      16'h8e: data = 16'h2000;
      16'h8f: data = 16'h2000;
      16'h90: data = 16'h2000;
      16'h91: data = 16'h2000;
      16'h92: data = 16'h2000;
      16'h93: data = 16'h2000;
      16'h94: data = 16'h2000;
      16'h95: data = 16'h2000;
      16'h96: data = 16'h2000;
      16'h97: data = 16'h2000;
      16'h98: data = 16'h2000;
      16'h99: data = 16'h2000;
      16'h9a: data = 16'h2000;
      16'h9b: data = 16'h0;
      16'h9c: data = 16'h0;
      16'h9d: data = 16'h0;
      16'h9e: data = 16'h0;
      16'h9f: data = 16'h0;
      16'ha0: data = 16'h0;
      16'ha1: data = 16'h2000;
      16'ha2: data = 16'h0;
      16'ha3: data = 16'h0;
      16'ha4: data = 16'h0;
      16'ha5: data = 16'h0;
      16'ha6: data = 16'h0;
      16'ha7: data = 16'h0;
      16'ha8: data = 16'h2000;
      16'ha9: data = 16'h2000;
      16'haa: data = 16'h2000;
      16'hab: data = 16'h2000;
      16'hac: data = 16'h2000;
      16'had: data = 16'h2000;
      16'hae: data = 16'h2000;
      16'haf: data = 16'h0;
      16'hb0: data = 16'h0;
      16'hb1: data = 16'h0;
      16'hb2: data = 16'h0;
      16'hb3: data = 16'h0;
      16'hb4: data = 16'h0;
      16'hb5: data = 16'h0;
      16'hb6: data = 16'h0;
      16'hb7: data = 16'h0;
      16'hb8: data = 16'h0;
      16'hb9: data = 16'h0;
      16'hba: data = 16'h0;
      16'hbb: data = 16'h0;
      16'hbc: data = 16'h2000;
      16'hbd: data = 16'h2000;
      16'hbe: data = 16'h2000;
      16'hbf: data = 16'h2000;
      16'hc0: data = 16'h2000;
      16'hc1: data = 16'h2000;
      16'hc2: data = 16'h2000;
      16'hc3: data = 16'h2000;
      16'hc4: data = 16'h2000;
      16'hc5: data = 16'h2000;
      16'hc6: data = 16'h2000;
      16'hc7: data = 16'h2000;
      16'hc8: data = 16'h2000;
      16'hc9: data = 16'h2000;
      16'hca: data = 16'h2000;
      16'hcb: data = 16'h2000;
      16'hcc: data = 16'h0;
      16'hcd: data = 16'h0;
      16'hce: data = 16'h0;
      16'hcf: data = 16'h0;
      16'hd0: data = 16'h0;
      16'hd1: data = 16'h0;
      16'hd2: data = 16'h2000;
      16'hd3: data = 16'h0;
      16'hd4: data = 16'h0;
      16'hd5: data = 16'h0;
      16'hd6: data = 16'h0;
      16'hd7: data = 16'h0;
      16'hd8: data = 16'h2000;
      16'hd9: data = 16'h2000;
      16'hda: data = 16'h2000;
      16'hdb: data = 16'h2000;
      16'hdc: data = 16'h2000;
      16'hdd: data = 16'h2000;
      16'hde: data = 16'h2000;
      16'hdf: data = 16'h2000;
      16'he0: data = 16'h0;
      16'he1: data = 16'h0;
      16'he2: data = 16'h0;
      16'he3: data = 16'h0;
      16'he4: data = 16'h0;
      16'he5: data = 16'h0;
      16'he6: data = 16'h2000;
      16'he7: data = 16'h0;
      16'he8: data = 16'h0;
      16'he9: data = 16'h0;
      16'hea: data = 16'h0;
      16'heb: data = 16'h0;
      16'hec: data = 16'h0;
      16'hed: data = 16'h2000;
      16'hee: data = 16'h2000;
      16'hef: data = 16'h2000;
      16'hf0: data = 16'h2000;
      16'hf1: data = 16'h2000;
      16'hf2: data = 16'h2000;
      16'hf3: data = 16'h2000;
      16'hf4: data = 16'h2000;
      16'hf5: data = 16'h2000;
      16'hf6: data = 16'h0;
      16'hf7: data = 16'h0;
      16'hf8: data = 16'h0;
      16'hf9: data = 16'h0;
      16'hfa: data = 16'h0;
      16'hfb: data = 16'h2000;
      16'hfc: data = 16'h2000;
      16'hfd: data = 16'h2000;
      16'hfe: data = 16'h0;
      16'hff: data = 16'h0;
      16'h100: data = 16'h0;
      16'h101: data = 16'h0;
      16'h102: data = 16'h2000;
      16'h103: data = 16'h2000;
      16'h104: data = 16'h0;
      16'h105: data = 16'h2000;
      16'h106: data = 16'h0;
      16'h107: data = 16'h0;
      16'h108: data = 16'h0;
      16'h109: data = 16'h2000;
      16'h10a: data = 16'h2000;
      16'h10b: data = 16'h0;
      16'h10c: data = 16'h0;
      16'h10d: data = 16'h2000;
      16'h10e: data = 16'h0;
      16'h10f: data = 16'h0;
      16'h110: data = 16'h0;
      16'h111: data = 16'h2000;
      16'h112: data = 16'h0;
      16'h113: data = 16'h0;
      16'h114: data = 16'h0;
      16'h115: data = 16'h2000;
      16'h116: data = 16'h0;
      16'h117: data = 16'h2000;
      16'h118: data = 16'h2000;
      16'h119: data = 16'h0;
      16'h11a: data = 16'h0;
      16'h11b: data = 16'h0;
      16'h11c: data = 16'h0;
      16'h11d: data = 16'h2000;
      16'h11e: data = 16'h2000;
      16'h11f: data = 16'h2000;
      16'h120: data = 16'h0;
      16'h121: data = 16'h0;
      16'h122: data = 16'h0;
      16'h123: data = 16'h0;
      16'h124: data = 16'h0;
      16'h125: data = 16'h2000;
      16'h126: data = 16'h2000;
      16'h127: data = 16'h2000;
      16'h128: data = 16'h2000;
      16'h129: data = 16'h2000;
      16'h12a: data = 16'h2000;
      16'h12b: data = 16'h2000;
      16'h12c: data = 16'h2000;
      16'h12d: data = 16'h2000;
      16'h12e: data = 16'h0;
      16'h12f: data = 16'h0;
      16'h130: data = 16'h0;
      16'h131: data = 16'h0;
      16'h132: data = 16'h0;
      16'h133: data = 16'h0;
      16'h134: data = 16'h2000;
      16'h135: data = 16'h0;
      16'h136: data = 16'h0;
      16'h137: data = 16'h0;
      16'h138: data = 16'h0;
      16'h139: data = 16'h0;
      16'h13a: data = 16'h0;
      16'h13b: data = 16'h2000;
      16'h13c: data = 16'h2000;
      16'h13d: data = 16'h2000;
      16'h13e: data = 16'h2000;
      16'h13f: data = 16'h2000;
      16'h140: data = 16'h2000;
      16'h141: data = 16'h2000;
      16'h142: data = 16'h0;
      16'h143: data = 16'h0;
      16'h144: data = 16'h0;
      16'h145: data = 16'h0;
      16'h146: data = 16'h0;
      16'h147: data = 16'h2000;
      16'h148: data = 16'h2000;
      16'h149: data = 16'h0;
      16'h14a: data = 16'h0;
      16'h14b: data = 16'h0;
      16'h14c: data = 16'h0;
      16'h14d: data = 16'h0;
      16'h14e: data = 16'h0;
      16'h14f: data = 16'h2000;
      16'h150: data = 16'h2000;
      16'h151: data = 16'h2000;
      16'h152: data = 16'h2000;
      16'h153: data = 16'h2000;
      16'h154: data = 16'h2000;
      16'h155: data = 16'h2000;
      16'h156: data = 16'h2000;
      16'h157: data = 16'h2000;
      16'h158: data = 16'h2000;
      16'h159: data = 16'h2000;
      16'h15a: data = 16'h2000;
      16'h15b: data = 16'h2000;
      16'h15c: data = 16'h2000;
      16'h15d: data = 16'h2000;
      16'h15e: data = 16'h2000;
      16'h15f: data = 16'h0;
      16'h160: data = 16'h0;
      16'h161: data = 16'h0;
      16'h162: data = 16'h0;
      16'h163: data = 16'h0;
      16'h164: data = 16'h0;
      16'h165: data = 16'h2000;
      16'h166: data = 16'h0;
      16'h167: data = 16'h0;
      16'h168: data = 16'h0;
      16'h169: data = 16'h0;
      16'h16a: data = 16'h0;
      16'h16b: data = 16'h0;
      16'h16c: data = 16'h2000;
      16'h16d: data = 16'h2000;
      16'h16e: data = 16'h2000;
      16'h16f: data = 16'h2000;
      16'h170: data = 16'h2000;
      16'h171: data = 16'h2000;
      16'h172: data = 16'h2000;
      16'h173: data = 16'h0;
      16'h174: data = 16'h0;
      16'h175: data = 16'h2000;
      16'h176: data = 16'h0;
      16'h177: data = 16'h0;
      16'h178: data = 16'h0;
      16'h179: data = 16'h2000;
      16'h17a: data = 16'h0;
      16'h17b: data = 16'h0;
      16'h17c: data = 16'h0;
      16'h17d: data = 16'h0;
      16'h17e: data = 16'h0;
      16'h17f: data = 16'h0;
      16'h180: data = 16'h2000;
      16'h181: data = 16'h2000;
      16'h182: data = 16'h2000;
      16'h183: data = 16'h2000;
      16'h184: data = 16'h2000;
      16'h185: data = 16'h2000;
      16'h186: data = 16'h2000;
      16'h187: data = 16'h2000;
      16'h188: data = 16'h2000;
      16'h189: data = 16'h2000;
      16'h18a: data = 16'h2000;
      16'h18b: data = 16'h2000;
      16'h18c: data = 16'h2000;
      16'h18d: data = 16'h2000;
      16'h18e: data = 16'h2000;
      16'h18f: data = 16'h0;
      16'h190: data = 16'h0;
      16'h191: data = 16'h0;
      16'h192: data = 16'h2000;
      16'h193: data = 16'h0;
      16'h194: data = 16'h0;
      16'h195: data = 16'h0;
      16'h196: data = 16'h0;
      16'h197: data = 16'h0;
      16'h198: data = 16'h0;
      16'h199: data = 16'h2000;
      16'h19a: data = 16'h0;
      16'h19b: data = 16'h0;
      16'h19c: data = 16'h2000;
      16'h19d: data = 16'h0;
      16'h19e: data = 16'h0;
      16'h19f: data = 16'h0;
      16'h1a0: data = 16'h2000;
      16'h1a1: data = 16'h0;
      16'h1a2: data = 16'h0;
      16'h1a3: data = 16'h0;
      16'h1a4: data = 16'h0;
      16'h1a5: data = 16'h0;
      16'h1a6: data = 16'h0;
      16'h1a7: data = 16'h2000;
      16'h1a8: data = 16'h0;
      16'h1a9: data = 16'h0;
      16'h1aa: data = 16'h0;
      16'h1ab: data = 16'h0;
      16'h1ac: data = 16'h0;
      16'h1ad: data = 16'h0;
      16'h1ae: data = 16'h2000;
      16'h1af: data = 16'h0;
      16'h1b0: data = 16'h0;
      16'h1b1: data = 16'h0;
      16'h1b2: data = 16'h2000;
      16'h1b3: data = 16'h2000;
      16'h1b4: data = 16'h2000;
      16'h1b5: data = 16'h2000;
      16'h1b6: data = 16'h2000;
      16'h1b7: data = 16'h2000;
      16'h1b8: data = 16'h2000;
      16'h1b9: data = 16'h2000;
      16'h1ba: data = 16'h2000;
      16'h1bb: data = 16'h2000;
      16'h1bc: data = 16'h2000;
      16'h1bd: data = 16'h2000;
      16'h1be: data = 16'h2000;
      16'h1bf: data = 16'h2000;
      16'h1c0: data = 16'h2000;
      16'h1c1: data = 16'h0;
      16'h1c2: data = 16'h0;
      16'h1c3: data = 16'h0;
      16'h1c4: data = 16'h0;
      16'h1c5: data = 16'h0;
      16'h1c6: data = 16'h0;
      16'h1c7: data = 16'h2000;
      16'h1c8: data = 16'h0;
      16'h1c9: data = 16'h2000;
      16'h1ca: data = 16'h0;
      16'h1cb: data = 16'h0;
      16'h1cc: data = 16'h0;
      16'h1cd: data = 16'h0;
      16'h1ce: data = 16'h2000;
      16'h1cf: data = 16'h2000;
      16'h1d0: data = 16'h2000;
      16'h1d1: data = 16'h2000;
      16'h1d2: data = 16'h2000;
      16'h1d3: data = 16'h2000;
      16'h1d4: data = 16'h2000;
      16'h1d5: data = 16'h0;
      16'h1d6: data = 16'h0;
      16'h1d7: data = 16'h0;
      16'h1d8: data = 16'h0;
      16'h1d9: data = 16'h0;
      16'h1da: data = 16'h0;
      16'h1db: data = 16'h2000;
      16'h1dc: data = 16'h0;
      16'h1dd: data = 16'h0;
      16'h1de: data = 16'h0;
      16'h1df: data = 16'h0;
      16'h1e0: data = 16'h0;
      16'h1e1: data = 16'h0;
      16'h1e2: data = 16'h2000;
      16'h1e3: data = 16'h2000;
      16'h1e4: data = 16'h2000;
      16'h1e5: data = 16'h2000;
      16'h1e6: data = 16'h2000;
      16'h1e7: data = 16'h2000;
      16'h1e8: data = 16'h2000;
      16'h1e9: data = 16'h2000;
      16'h1ea: data = 16'h2000;
      16'h1eb: data = 16'h0;
      16'h1ec: data = 16'h0;
      16'h1ed: data = 16'h0;
      16'h1ee: data = 16'h0;
      16'h1ef: data = 16'h0;
      16'h1f0: data = 16'h2000;
      16'h1f1: data = 16'h2000;
      16'h1f2: data = 16'h2000;
      16'h1f3: data = 16'h0;
      16'h1f4: data = 16'h0;
      16'h1f5: data = 16'h0;
      16'h1f6: data = 16'h0;
      16'h1f7: data = 16'h2000;
      16'h1f8: data = 16'h2000;
      16'h1f9: data = 16'h0;
      16'h1fa: data = 16'h2000;
      16'h1fb: data = 16'h0;
      16'h1fc: data = 16'h2000;
      16'h1fd: data = 16'h0;
      16'h1fe: data = 16'h2000;
      16'h1ff: data = 16'h2000;
      16'h200: data = 16'h0;
      16'h201: data = 16'h0;
      16'h202: data = 16'h2000;
      16'h203: data = 16'h0;
      16'h204: data = 16'h0;
      16'h205: data = 16'h2000;
      16'h206: data = 16'h2000;
      16'h207: data = 16'h0;
      16'h208: data = 16'h0;
      16'h209: data = 16'h0;
      16'h20a: data = 16'h2000;
      16'h20b: data = 16'h0;
      16'h20c: data = 16'h2000;
      16'h20d: data = 16'h2000;
      16'h20e: data = 16'h0;
      16'h20f: data = 16'h0;
      16'h210: data = 16'h0;
      16'h211: data = 16'h0;
      16'h212: data = 16'h2000;
      16'h213: data = 16'h2000;
      16'h214: data = 16'h2000;
      16'h215: data = 16'h0;
      16'h216: data = 16'h0;
      16'h217: data = 16'h0;
      16'h218: data = 16'h0;
      16'h219: data = 16'h0;
      16'h21a: data = 16'h2000;
      16'h21b: data = 16'h2000;
      16'h21c: data = 16'h2000;
      16'h21d: data = 16'h2000;
      16'h21e: data = 16'h0;
      16'h21f: data = 16'h2000;
      16'h220: data = 16'h2000;
      16'h221: data = 16'h2000;
      16'h222: data = 16'h2000;
      16'h223: data = 16'h0;
      16'h224: data = 16'h0;
      16'h225: data = 16'h0;
      16'h226: data = 16'h0;
      16'h227: data = 16'h0;
      16'h228: data = 16'h0;
      16'h229: data = 16'h2000;
      16'h22a: data = 16'h0;
      16'h22b: data = 16'h0;
      16'h22c: data = 16'h0;
      16'h22d: data = 16'h0;
      16'h22e: data = 16'h0;
      16'h22f: data = 16'h0;
      16'h230: data = 16'h2000;
      16'h231: data = 16'h2000;
      16'h232: data = 16'h2000;
      16'h233: data = 16'h2000;
      16'h234: data = 16'h2000;
      16'h235: data = 16'h2000;
      16'h236: data = 16'h2000;
      16'h237: data = 16'h0;
      16'h238: data = 16'h0;
      16'h239: data = 16'h0;
      16'h23a: data = 16'h0;
      16'h23b: data = 16'h0;
      16'h23c: data = 16'h0;
      16'h23d: data = 16'h2000;
      16'h23e: data = 16'h0;
      16'h23f: data = 16'h0;
      16'h240: data = 16'h0;
      16'h241: data = 16'h0;
      16'h242: data = 16'h0;
      16'h243: data = 16'h0;
      16'h244: data = 16'h2000;
      16'h245: data = 16'h2000;
      16'h246: data = 16'h2000;
      16'h247: data = 16'h2000;
      16'h248: data = 16'h2000;
      16'h249: data = 16'h2000;
      16'h24a: data = 16'h2000;
      16'h24b: data = 16'h2000;
      16'h24c: data = 16'h2000;
      16'h24d: data = 16'h0;
      16'h24e: data = 16'h0;
      16'h24f: data = 16'h0;
      16'h250: data = 16'h0;
      16'h251: data = 16'h0;
      16'h252: data = 16'h2000;
      16'h253: data = 16'h2000;
      16'h254: data = 16'h2000;
      16'h255: data = 16'h0;
      16'h256: data = 16'h0;
      16'h257: data = 16'h0;
      16'h258: data = 16'h0;
      16'h259: data = 16'h2000;
      16'h25a: data = 16'h2000;
      16'h25b: data = 16'h0;
      16'h25c: data = 16'h2000;
      16'h25d: data = 16'h0;
      16'h25e: data = 16'h0;
      16'h25f: data = 16'h0;
      16'h260: data = 16'h2000;
      16'h261: data = 16'h2000;
      16'h262: data = 16'h0;
      16'h263: data = 16'h0;
      16'h264: data = 16'h2000;
      16'h265: data = 16'h0;
      16'h266: data = 16'h0;
      16'h267: data = 16'h2000;
      16'h268: data = 16'h2000;
      16'h269: data = 16'h0;
      16'h26a: data = 16'h0;
      16'h26b: data = 16'h0;
      16'h26c: data = 16'h2000;
      16'h26d: data = 16'h0;
      16'h26e: data = 16'h2000;
      16'h26f: data = 16'h2000;
      16'h270: data = 16'h0;
      16'h271: data = 16'h0;
      16'h272: data = 16'h0;
      16'h273: data = 16'h0;
      16'h274: data = 16'h2000;
      16'h275: data = 16'h2000;
      16'h276: data = 16'h2000;
      16'h277: data = 16'h0;
      16'h278: data = 16'h2000;
      16'h279: data = 16'h0;
      16'h27a: data = 16'h0;
      16'h27b: data = 16'h0;
      16'h27c: data = 16'h2000;
      16'h27d: data = 16'h2000;
      16'h27e: data = 16'h2000;
      16'h27f: data = 16'h2000;
      16'h280: data = 16'h2000;
      16'h281: data = 16'h2000;
      16'h282: data = 16'h2000;
      16'h283: data = 16'h2000;
      16'h284: data = 16'h0;
      16'h285: data = 16'h0;
      16'h286: data = 16'h0;
      16'h287: data = 16'h2000;
      16'h288: data = 16'h0;
      16'h289: data = 16'h0;
      16'h28a: data = 16'h0;
      16'h28b: data = 16'h0;
      16'h28c: data = 16'h0;
      16'h28d: data = 16'h0;
      16'h28e: data = 16'h2000;
      16'h28f: data = 16'h0;
      16'h290: data = 16'h0;
      16'h291: data = 16'h0;
      16'h292: data = 16'h0;
      16'h293: data = 16'h0;
      16'h294: data = 16'h0;
      16'h295: data = 16'h2000;
      16'h296: data = 16'h0;
      16'h297: data = 16'h0;
      16'h298: data = 16'h0;
      16'h299: data = 16'h0;
      16'h29a: data = 16'h0;
      16'h29b: data = 16'h0;
      16'h29c: data = 16'h2000;
      16'h29d: data = 16'h0;
      16'h29e: data = 16'h0;
      16'h29f: data = 16'h0;
      16'h2a0: data = 16'h2000;
      16'h2a1: data = 16'h0;
      16'h2a2: data = 16'h0;
      16'h2a3: data = 16'h2000;
      16'h2a4: data = 16'h0;
      16'h2a5: data = 16'h0;
      16'h2a6: data = 16'h0;
      16'h2a7: data = 16'h2000;
      16'h2a8: data = 16'h2000;
      16'h2a9: data = 16'h2000;
      16'h2aa: data = 16'h2000;
      16'h2ab: data = 16'h2000;
      16'h2ac: data = 16'h2000;
      16'h2ad: data = 16'h2000;
      16'h2ae: data = 16'h2000;
      16'h2af: data = 16'h0;
      16'h2b0: data = 16'h0;
      16'h2b1: data = 16'h0;
      16'h2b2: data = 16'h0;
      16'h2b3: data = 16'h0;
      16'h2b4: data = 16'h2000;
      16'h2b5: data = 16'h2000;
      16'h2b6: data = 16'h2000;
      16'h2b7: data = 16'h0;
      16'h2b8: data = 16'h0;
      16'h2b9: data = 16'h0;
      16'h2ba: data = 16'h0;
      16'h2bb: data = 16'h2000;
      16'h2bc: data = 16'h2000;
      16'h2bd: data = 16'h0;
      16'h2be: data = 16'h2000;
      16'h2bf: data = 16'h0;
      16'h2c0: data = 16'h0;
      16'h2c1: data = 16'h2000;
      16'h2c2: data = 16'h2000;
      16'h2c3: data = 16'h2000;
      16'h2c4: data = 16'h0;
      16'h2c5: data = 16'h0;
      16'h2c6: data = 16'h2000;
      16'h2c7: data = 16'h0;
      16'h2c8: data = 16'h0;
      16'h2c9: data = 16'h2000;
      16'h2ca: data = 16'h2000;
      16'h2cb: data = 16'h0;
      16'h2cc: data = 16'h0;
      16'h2cd: data = 16'h0;
      16'h2ce: data = 16'h2000;
      16'h2cf: data = 16'h0;
      16'h2d0: data = 16'h2000;
      16'h2d1: data = 16'h2000;
      16'h2d2: data = 16'h0;
      16'h2d3: data = 16'h0;
      16'h2d4: data = 16'h0;
      16'h2d5: data = 16'h0;
      16'h2d6: data = 16'h2000;
      16'h2d7: data = 16'h2000;
      16'h2d8: data = 16'h2000;
      16'h2d9: data = 16'h0;
      16'h2da: data = 16'h0;
      16'h2db: data = 16'h0;
      16'h2dc: data = 16'h0;
      16'h2dd: data = 16'h0;
      16'h2de: data = 16'h2000;
      16'h2df: data = 16'h2000;
      16'h2e0: data = 16'h2000;
      16'h2e1: data = 16'h2000;
      16'h2e2: data = 16'h2000;
      16'h2e3: data = 16'h2000;
      16'h2e4: data = 16'h2000;
      16'h2e5: data = 16'h2000;
      16'h2e6: data = 16'h0;
      16'h2e7: data = 16'h0;
      16'h2e8: data = 16'h0;
      16'h2e9: data = 16'h2000;
      16'h2ea: data = 16'h0;
      16'h2eb: data = 16'h0;
      16'h2ec: data = 16'h0;
      16'h2ed: data = 16'h0;
      16'h2ee: data = 16'h0;
      16'h2ef: data = 16'h0;
      16'h2f0: data = 16'h0;
      16'h2f1: data = 16'h0;
      16'h2f2: data = 16'h0;
      16'h2f3: data = 16'h0;
      16'h2f4: data = 16'h0;
      16'h2f5: data = 16'h0;
      16'h2f6: data = 16'h0;
      16'h2f7: data = 16'h2000;
      16'h2f8: data = 16'h0;
      16'h2f9: data = 16'h0;
      16'h2fa: data = 16'h0;
      16'h2fb: data = 16'h0;
      16'h2fc: data = 16'h0;
      16'h2fd: data = 16'h0;
      16'h2fe: data = 16'h2000;
      16'h2ff: data = 16'h0;
      16'h300: data = 16'h0;
      16'h301: data = 16'h0;
      16'h302: data = 16'h0;
      16'h303: data = 16'h0;
      16'h304: data = 16'h0;
      16'h305: data = 16'h2000;
      16'h306: data = 16'h0;
      16'h307: data = 16'h0;
      16'h308: data = 16'h0;
      16'h309: data = 16'h2000;
      16'h30a: data = 16'h2000;
      16'h30b: data = 16'h2000;
      16'h30c: data = 16'h2000;
      16'h30d: data = 16'h2000;
      16'h30e: data = 16'h2000;
      16'h30f: data = 16'h2000;
      16'h310: data = 16'h2000;
      16'h311: data = 16'h2000;
      16'h312: data = 16'h2000;
      16'h313: data = 16'h2000;
      16'h314: data = 16'h2000;
      16'h315: data = 16'h2000;
      16'h316: data = 16'h2000;
      16'h317: data = 16'h0;
      16'h318: data = 16'h0;
      16'h319: data = 16'h0;
      16'h31a: data = 16'h2000;
      16'h31b: data = 16'h0;
      16'h31c: data = 16'h0;
      16'h31d: data = 16'h0;
      16'h31e: data = 16'h0;
      16'h31f: data = 16'h0;
      16'h320: data = 16'h0;
      16'h321: data = 16'h2000;
      16'h322: data = 16'h0;
      16'h323: data = 16'h0;
      16'h324: data = 16'h0;
      16'h325: data = 16'h0;
      16'h326: data = 16'h0;
      16'h327: data = 16'h0;
      16'h328: data = 16'h2000;
      16'h329: data = 16'h0;
      16'h32a: data = 16'h0;
      16'h32b: data = 16'h0;
      16'h32c: data = 16'h0;
      16'h32d: data = 16'h0;
      16'h32e: data = 16'h0;
      16'h32f: data = 16'h2000;
      16'h330: data = 16'h0;
      16'h331: data = 16'h0;
      16'h332: data = 16'h0;
      16'h333: data = 16'h0;
      16'h334: data = 16'h0;
      16'h335: data = 16'h0;
      16'h336: data = 16'h0;
      16'h337: data = 16'h0;
      16'h338: data = 16'h0;
      16'h339: data = 16'h0;
      16'h33a: data = 16'h2000;
      16'h33b: data = 16'h2000;
      16'h33c: data = 16'h2000;
      16'h33d: data = 16'h2000;
      16'h33e: data = 16'h2000;
      16'h33f: data = 16'h2000;
      16'h340: data = 16'h2000;
      16'h341: data = 16'h2000;
      16'h342: data = 16'h2000;
      16'h343: data = 16'h2000;
      16'h344: data = 16'h2000;
      16'h345: data = 16'h2000;
      16'h346: data = 16'h2000;
      16'h347: data = 16'h2000;
      16'h348: data = 16'h2000;
      16'h349: data = 16'h0;
      16'h34a: data = 16'h0;
      16'h34b: data = 16'h0;
      16'h34c: data = 16'h0;
      16'h34d: data = 16'h0;
      16'h34e: data = 16'h0;
      16'h34f: data = 16'h2000;
      16'h350: data = 16'h0;
      16'h351: data = 16'h0;
      16'h352: data = 16'h0;
      16'h353: data = 16'h0;
      16'h354: data = 16'h0;
      16'h355: data = 16'h0;
      16'h356: data = 16'h2000;
      16'h357: data = 16'h2000;
      16'h358: data = 16'h2000;
      16'h359: data = 16'h2000;
      16'h35a: data = 16'h2000;
      16'h35b: data = 16'h2000;
      16'h35c: data = 16'h2000;
      16'h35d: data = 16'h0;
      16'h35e: data = 16'h0;
      16'h35f: data = 16'h0;
      16'h360: data = 16'h0;
      16'h361: data = 16'h0;
      16'h362: data = 16'h0;
      16'h363: data = 16'h2000;
      16'h364: data = 16'h0;
      16'h365: data = 16'h0;
      16'h366: data = 16'h0;
      16'h367: data = 16'h0;
      16'h368: data = 16'h0;
      16'h369: data = 16'h0;
      16'h36a: data = 16'h2000;
      16'h36b: data = 16'h0;
      16'h36c: data = 16'h2000;
      16'h36d: data = 16'h2000;
      16'h36e: data = 16'h2000;
      16'h36f: data = 16'h2000;
      16'h370: data = 16'h2000;
      16'h371: data = 16'h2000;
      16'h372: data = 16'h2000;
      16'h373: data = 16'h0;
      16'h374: data = 16'h0;
      16'h375: data = 16'h0;
      16'h376: data = 16'h0;
      16'h377: data = 16'h0;
      16'h378: data = 16'h2000;
      16'h379: data = 16'h2000;
      16'h37a: data = 16'h2000;
      16'h37b: data = 16'h0;
      16'h37c: data = 16'h0;
      16'h37d: data = 16'h0;
      16'h37e: data = 16'h0;
      16'h37f: data = 16'h2000;
      16'h380: data = 16'h2000;
      16'h381: data = 16'h0;
      16'h382: data = 16'h2000;
      16'h383: data = 16'h0;
      16'h384: data = 16'h0;
      16'h385: data = 16'h0;
      16'h386: data = 16'h2000;
      16'h387: data = 16'h2000;
      16'h388: data = 16'h0;
      16'h389: data = 16'h0;
      16'h38a: data = 16'h0;
      16'h38b: data = 16'h0;
      16'h38c: data = 16'h0;
      16'h38d: data = 16'h2000;
      16'h38e: data = 16'h2000;
      16'h38f: data = 16'h0;
      16'h390: data = 16'h0;
      16'h391: data = 16'h0;
      16'h392: data = 16'h2000;
      16'h393: data = 16'h0;
      16'h394: data = 16'h2000;
      16'h395: data = 16'h2000;
      16'h396: data = 16'h0;
      16'h397: data = 16'h0;
      16'h398: data = 16'h0;
      16'h399: data = 16'h0;
      16'h39a: data = 16'h2000;
      16'h39b: data = 16'h2000;
      16'h39c: data = 16'h2000;
      16'h39d: data = 16'h0;
      16'h39e: data = 16'h0;
      16'h39f: data = 16'h0;
      16'h3a0: data = 16'h0;
      16'h3a1: data = 16'h0;
      16'h3a2: data = 16'h2000;
      16'h3a3: data = 16'h2000;
      16'h3a4: data = 16'h2000;
      16'h3a5: data = 16'h2000;
      16'h3a6: data = 16'h2000;
      16'h3a7: data = 16'h2000;
      16'h3a8: data = 16'h2000;
      16'h3a9: data = 16'h2000;
      16'h3aa: data = 16'h0;
      16'h3ab: data = 16'h2000;
      16'h3ac: data = 16'h0;
      16'h3ad: data = 16'h2000;
      16'h3ae: data = 16'h0;
      16'h3af: data = 16'h0;
      16'h3b0: data = 16'h0;
      16'h3b1: data = 16'h0;
      16'h3b2: data = 16'h0;
      16'h3b3: data = 16'h0;
      16'h3b4: data = 16'h2000;
      16'h3b5: data = 16'h0;
      16'h3b6: data = 16'h0;
      16'h3b7: data = 16'h0;
      16'h3b8: data = 16'h0;
      16'h3b9: data = 16'h0;
      16'h3ba: data = 16'h0;
      16'h3bb: data = 16'h2000;
      16'h3bc: data = 16'h0;
      16'h3bd: data = 16'h0;
      16'h3be: data = 16'h0;
      16'h3bf: data = 16'h0;
      16'h3c0: data = 16'h0;
      16'h3c1: data = 16'h0;
      16'h3c2: data = 16'h2000;
      16'h3c3: data = 16'h0;
      16'h3c4: data = 16'h0;
      16'h3c5: data = 16'h0;
      16'h3c6: data = 16'h0;
      16'h3c7: data = 16'h0;
      16'h3c8: data = 16'h0;
      16'h3c9: data = 16'h2000;
      16'h3ca: data = 16'h0;
      16'h3cb: data = 16'h0;
      16'h3cc: data = 16'h0;
      16'h3cd: data = 16'h2000;
      16'h3ce: data = 16'h2000;
      16'h3cf: data = 16'h2000;
      16'h3d0: data = 16'h2000;
      16'h3d1: data = 16'h2000;
      16'h3d2: data = 16'h2000;
      16'h3d3: data = 16'h2000;
      16'h3d4: data = 16'h2000;
      16'h3d5: data = 16'h2000;
      16'h3d6: data = 16'h2000;
      16'h3d7: data = 16'h2000;
      16'h3d8: data = 16'h2000;
      16'h3d9: data = 16'h2000;
      16'h3da: data = 16'h2000;
      16'h3db: data = 16'h0;
      16'h3dc: data = 16'h0;
      16'h3dd: data = 16'h0;
      16'h3de: data = 16'h2000;
      16'h3df: data = 16'h0;
      16'h3e0: data = 16'h0;
      16'h3e1: data = 16'h2000;
      16'h3e2: data = 16'h0;
      16'h3e3: data = 16'h0;
      16'h3e4: data = 16'h0;
      16'h3e5: data = 16'h2000;
      16'h3e6: data = 16'h0;
      16'h3e7: data = 16'h0;
      16'h3e8: data = 16'h0;
      16'h3e9: data = 16'h0;
      16'h3ea: data = 16'h0;
      16'h3eb: data = 16'h0;
      16'h3ec: data = 16'h2000;
      16'h3ed: data = 16'h0;
      16'h3ee: data = 16'h0;
      16'h3ef: data = 16'h0;
      16'h3f0: data = 16'h0;
      16'h3f1: data = 16'h0;
      16'h3f2: data = 16'h0;
      16'h3f3: data = 16'h2000;
      16'h3f4: data = 16'h0;
      16'h3f5: data = 16'h0;
      16'h3f6: data = 16'h0;
      16'h3f7: data = 16'h0;
      16'h3f8: data = 16'h0;
      16'h3f9: data = 16'h0;
      16'h3fa: data = 16'h2000;
      16'h3fb: data = 16'h0;
      16'h3fc: data = 16'h0;
      16'h3fd: data = 16'h0;
      16'h3fe: data = 16'h2000;
      16'h3ff: data = 16'h2000;
      16'h400: data = 16'h2000;
      16'h401: data = 16'h2000;
      16'h402: data = 16'h2000;
      16'h403: data = 16'h2000;
      16'h404: data = 16'h2000;
      16'h405: data = 16'h2000;
      16'h406: data = 16'h2000;
      16'h407: data = 16'h2000;
      16'h408: data = 16'h2000;
      16'h409: data = 16'h2000;
      16'h40a: data = 16'h2000;
      16'h40b: data = 16'h2000;
      16'h40c: data = 16'h2000;
      16'h40d: data = 16'h0;
      16'h40e: data = 16'h0;
      16'h40f: data = 16'h0;
      16'h410: data = 16'h0;
      16'h411: data = 16'h0;
      16'h412: data = 16'h0;
      16'h413: data = 16'h2000;
      16'h414: data = 16'h0;
      16'h415: data = 16'h0;
      16'h416: data = 16'h0;
      16'h417: data = 16'h0;
      16'h418: data = 16'h0;
      16'h419: data = 16'h0;
      16'h41a: data = 16'h2000;
      16'h41b: data = 16'h2000;
      16'h41c: data = 16'h2000;
      16'h41d: data = 16'h2000;
      16'h41e: data = 16'h2000;
      16'h41f: data = 16'h2000;
      16'h420: data = 16'h2000;
      16'h421: data = 16'h0;
      16'h422: data = 16'h0;
      16'h423: data = 16'h0;
      16'h424: data = 16'h0;
      16'h425: data = 16'h0;
      16'h426: data = 16'h0;
      16'h427: data = 16'h2000;
      16'h428: data = 16'h0;
      16'h429: data = 16'h0;
      16'h42a: data = 16'h0;
      16'h42b: data = 16'h0;
      16'h42c: data = 16'h2000;
      16'h42d: data = 16'h0;
      16'h42e: data = 16'h2000;
      16'h42f: data = 16'h2000;
      16'h430: data = 16'h2000;
      16'h431: data = 16'h2000;
      16'h432: data = 16'h2000;
      16'h433: data = 16'h2000;
      16'h434: data = 16'h2000;
      16'h435: data = 16'h2000;
      16'h436: data = 16'h2000;
      16'h437: data = 16'h2000;
      16'h438: data = 16'h2000;
      16'h439: data = 16'h2000;
      16'h43a: data = 16'h2000;
      16'h43b: data = 16'h2000;
      16'h43c: data = 16'h2000;
      16'h43d: data = 16'h0;
      16'h43e: data = 16'h0;
      16'h43f: data = 16'h0;
      16'h440: data = 16'h2000;
      16'h441: data = 16'h0;
      16'h442: data = 16'h0;
      16'h443: data = 16'h0;
      16'h444: data = 16'h0;
      16'h445: data = 16'h0;
      16'h446: data = 16'h0;
      16'h447: data = 16'h2000;
      16'h448: data = 16'h0;
      16'h449: data = 16'h0;
      16'h44a: data = 16'h0;
      16'h44b: data = 16'h0;
      16'h44c: data = 16'h0;
      16'h44d: data = 16'h0;
      16'h44e: data = 16'h2000;
      16'h44f: data = 16'h0;
      16'h450: data = 16'h0;
      16'h451: data = 16'h0;
      16'h452: data = 16'h0;
      16'h453: data = 16'h0;
      16'h454: data = 16'h0;
      16'h455: data = 16'h2000;
      16'h456: data = 16'h0;
      16'h457: data = 16'h0;
      16'h458: data = 16'h0;
      16'h459: data = 16'h0;
      16'h45a: data = 16'h0;
      16'h45b: data = 16'h0;
      16'h45c: data = 16'h2000;
      16'h45d: data = 16'h0;
      16'h45e: data = 16'h0;
      16'h45f: data = 16'h0;
      16'h460: data = 16'h2000;
      16'h461: data = 16'h2000;
      16'h462: data = 16'h2000;
      16'h463: data = 16'h2000;
      16'h464: data = 16'h2000;
      16'h465: data = 16'h2000;
      16'h466: data = 16'h0;
      16'h467: data = 16'h2000;
      16'h468: data = 16'h0;
      16'h469: data = 16'h0;
      16'h46a: data = 16'h0;
      16'h46b: data = 16'h0;
      16'h46c: data = 16'h0;
      16'h46d: data = 16'h2000;
      16'h46e: data = 16'h2000;
      16'h46f: data = 16'h2000;
      16'h470: data = 16'h0;
      16'h471: data = 16'h0;
      16'h472: data = 16'h0;
      16'h473: data = 16'h0;
      16'h474: data = 16'h2000;
      16'h475: data = 16'h2000;
      16'h476: data = 16'h0;
      16'h477: data = 16'h2000;
      16'h478: data = 16'h0;
      16'h479: data = 16'h0;
      16'h47a: data = 16'h0;
      16'h47b: data = 16'h2000;
      16'h47c: data = 16'h2000;
      16'h47d: data = 16'h0;
      16'h47e: data = 16'h0;
      16'h47f: data = 16'h2000;
      16'h480: data = 16'h0;
      16'h481: data = 16'h0;
      16'h482: data = 16'h2000;
      16'h483: data = 16'h2000;
      16'h484: data = 16'h0;
      16'h485: data = 16'h0;
      16'h486: data = 16'h0;
      16'h487: data = 16'h0;
      16'h488: data = 16'h0;
      16'h489: data = 16'h2000;
      16'h48a: data = 16'h2000;
      16'h48b: data = 16'h0;
      16'h48c: data = 16'h0;
      16'h48d: data = 16'h0;
      16'h48e: data = 16'h0;
      16'h48f: data = 16'h2000;
      16'h490: data = 16'h2000;
      16'h491: data = 16'h2000;
      16'h492: data = 16'h0;
      16'h493: data = 16'h0;
      16'h494: data = 16'h0;
      16'h495: data = 16'h0;
      16'h496: data = 16'h0;
      16'h497: data = 16'h2000;
      16'h498: data = 16'h2000;
      16'h499: data = 16'h2000;
      16'h49a: data = 16'h2000;
      16'h49b: data = 16'h2000;
      16'h49c: data = 16'h2000;
      16'h49d: data = 16'h2000;
      16'h49e: data = 16'h2000;
      16'h49f: data = 16'h2000;
      16'h4a0: data = 16'h0;
      16'h4a1: data = 16'h0;
      16'h4a2: data = 16'h0;
      16'h4a3: data = 16'h0;
      16'h4a4: data = 16'h0;
      16'h4a5: data = 16'h0;
      16'h4a6: data = 16'h2000;
      16'h4a7: data = 16'h0;
      16'h4a8: data = 16'h0;
      16'h4a9: data = 16'h0;
      16'h4aa: data = 16'h0;
      16'h4ab: data = 16'h0;
      16'h4ac: data = 16'h0;
      16'h4ad: data = 16'h2000;
      16'h4ae: data = 16'h2000;
      16'h4af: data = 16'h2000;
      16'h4b0: data = 16'h2000;
      16'h4b1: data = 16'h2000;
      16'h4b2: data = 16'h2000;
      16'h4b3: data = 16'h2000;
      16'h4b4: data = 16'h2000;
      16'h4b5: data = 16'h0;
      16'h4b6: data = 16'h0;
      16'h4b7: data = 16'h0;
      16'h4b8: data = 16'h0;
      16'h4b9: data = 16'h0;
      16'h4ba: data = 16'h2000;
      16'h4bb: data = 16'h0;
      16'h4bc: data = 16'h0;
      16'h4bd: data = 16'h0;
      16'h4be: data = 16'h0;
      16'h4bf: data = 16'h0;
      16'h4c0: data = 16'h0;
      16'h4c1: data = 16'h2000;
      16'h4c2: data = 16'h2000;
      16'h4c3: data = 16'h2000;
      16'h4c4: data = 16'h2000;
      16'h4c5: data = 16'h2000;
      16'h4c6: data = 16'h2000;
      16'h4c7: data = 16'h2000;
      16'h4c8: data = 16'h2000;
      16'h4c9: data = 16'h2000;
      16'h4ca: data = 16'h2000;
      16'h4cb: data = 16'h2000;
      16'h4cc: data = 16'h2000;
      16'h4cd: data = 16'h2000;
      16'h4ce: data = 16'h2000;
      16'h4cf: data = 16'h2000;
      16'h4d0: data = 16'h0;
      16'h4d1: data = 16'h0;
      16'h4d2: data = 16'h0;
      16'h4d3: data = 16'h2000;
      16'h4d4: data = 16'h0;
      16'h4d5: data = 16'h0;
      16'h4d6: data = 16'h0;
      16'h4d7: data = 16'h0;
      16'h4d8: data = 16'h0;
      16'h4d9: data = 16'h0;
      16'h4da: data = 16'h2000;
      16'h4db: data = 16'h0;
      16'h4dc: data = 16'h0;
      16'h4dd: data = 16'h0;
      16'h4de: data = 16'h0;
      16'h4df: data = 16'h0;
      16'h4e0: data = 16'h0;
      16'h4e1: data = 16'h2000;
      16'h4e2: data = 16'h0;
      16'h4e3: data = 16'h0;
      16'h4e4: data = 16'h2000;
      16'h4e5: data = 16'h0;
      16'h4e6: data = 16'h0;
      16'h4e7: data = 16'h0;
      16'h4e8: data = 16'h2000;
      16'h4e9: data = 16'h0;
      16'h4ea: data = 16'h0;
      16'h4eb: data = 16'h0;
      16'h4ec: data = 16'h0;
      16'h4ed: data = 16'h0;
      16'h4ee: data = 16'h0;
      16'h4ef: data = 16'h2000;
      16'h4f0: data = 16'h0;
      16'h4f1: data = 16'h0;
      16'h4f2: data = 16'h0;
      16'h4f3: data = 16'h2000;
      16'h4f4: data = 16'h2000;
      16'h4f5: data = 16'h2000;
      16'h4f6: data = 16'h2000;
      16'h4f7: data = 16'h2000;
      16'h4f8: data = 16'h2000;
      16'h4f9: data = 16'h2000;
      16'h4fa: data = 16'h2000;
      16'h4fb: data = 16'h2000;
      16'h4fc: data = 16'h2000;
      16'h4fd: data = 16'h2000;
      16'h4fe: data = 16'h2000;
      16'h4ff: data = 16'h2000;
      16'h500: data = 16'h2000;
      16'h501: data = 16'h2000;
      16'h502: data = 16'h0;
      16'h503: data = 16'h0;
      16'h504: data = 16'h0;
      16'h505: data = 16'h0;
      16'h506: data = 16'h0;
      16'h507: data = 16'h0;
      16'h508: data = 16'h2000;
      16'h509: data = 16'h0;
      16'h50a: data = 16'h0;
      16'h50b: data = 16'h0;
      16'h50c: data = 16'h0;
      16'h50d: data = 16'h0;
      16'h50e: data = 16'h0;
      16'h50f: data = 16'h2000;
      16'h510: data = 16'h2000;
      16'h511: data = 16'h2000;
      16'h512: data = 16'h2000;
      16'h513: data = 16'h2000;
      16'h514: data = 16'h2000;
      16'h515: data = 16'h2000;
      16'h516: data = 16'h0;
      16'h517: data = 16'h0;
      16'h518: data = 16'h0;
      16'h519: data = 16'h0;
      16'h51a: data = 16'h0;
      16'h51b: data = 16'h0;
      16'h51c: data = 16'h2000;
      16'h51d: data = 16'h0;
      16'h51e: data = 16'h0;
      16'h51f: data = 16'h2000;
      16'h520: data = 16'h0;
      16'h521: data = 16'h0;
      16'h522: data = 16'h0;
      16'h523: data = 16'h2000;
      16'h524: data = 16'h2000;
      16'h525: data = 16'h2000;
      16'h526: data = 16'h2000;
      16'h527: data = 16'h2000;
      16'h528: data = 16'h2000;
      16'h529: data = 16'h2000;
      16'h52a: data = 16'h2000;
      16'h52b: data = 16'h2000;
      16'h52c: data = 16'h0;
      16'h52d: data = 16'h0;
      16'h52e: data = 16'h0;
      16'h52f: data = 16'h0;
      16'h530: data = 16'h0;
      16'h531: data = 16'h2000;
      16'h532: data = 16'h2000;
      16'h533: data = 16'h2000;
      16'h534: data = 16'h0;
      16'h535: data = 16'h0;
      16'h536: data = 16'h0;
      16'h537: data = 16'h0;
      16'h538: data = 16'h2000;
      16'h539: data = 16'h2000;
      16'h53a: data = 16'h0;
      16'h53b: data = 16'h2000;
      16'h53c: data = 16'h0;
      16'h53d: data = 16'h0;
      16'h53e: data = 16'h0;
      16'h53f: data = 16'h2000;
      16'h540: data = 16'h2000;
      16'h541: data = 16'h0;
      16'h542: data = 16'h0;
      16'h543: data = 16'h2000;
      16'h544: data = 16'h0;
      16'h545: data = 16'h0;
      16'h546: data = 16'h2000;
      16'h547: data = 16'h2000;
      16'h548: data = 16'h0;
      16'h549: data = 16'h0;
      16'h54a: data = 16'h0;
      16'h54b: data = 16'h2000;
      16'h54c: data = 16'h0;
      16'h54d: data = 16'h2000;
      16'h54e: data = 16'h2000;
      16'h54f: data = 16'h0;
      16'h550: data = 16'h0;
      16'h551: data = 16'h2000;
      16'h552: data = 16'h0;
      16'h553: data = 16'h2000;
      16'h554: data = 16'h2000;
      16'h555: data = 16'h2000;
      16'h556: data = 16'h0;
      16'h557: data = 16'h0;
      16'h558: data = 16'h0;
      16'h559: data = 16'h0;
      16'h55a: data = 16'h0;
      16'h55b: data = 16'h2000;
      16'h55c: data = 16'h2000;
      16'h55d: data = 16'h0;
      16'h55e: data = 16'h0;
      16'h55f: data = 16'h0;
      16'h560: data = 16'h2000;
      16'h561: data = 16'h0;
      16'h562: data = 16'h2000;
      16'h563: data = 16'h2000;
      16'h564: data = 16'h2000;
      16'h565: data = 16'h0;
      16'h566: data = 16'h0;
      16'h567: data = 16'h0;
      16'h568: data = 16'h0;
      16'h569: data = 16'h2000;
      16'h56a: data = 16'h2000;
      16'h56b: data = 16'h0;
      16'h56c: data = 16'h2000;
      16'h56d: data = 16'h0;
      16'h56e: data = 16'h0;
      16'h56f: data = 16'h0;
      16'h570: data = 16'h2000;
      16'h571: data = 16'h2000;
      16'h572: data = 16'h0;
      16'h573: data = 16'h0;
      16'h574: data = 16'h2000;
      16'h575: data = 16'h0;
      16'h576: data = 16'h0;
      16'h577: data = 16'h2000;
      16'h578: data = 16'h2000;
      16'h579: data = 16'h0;
      16'h57a: data = 16'h0;
      16'h57b: data = 16'h0;
      16'h57c: data = 16'h2000;
      16'h57d: data = 16'h0;
      16'h57e: data = 16'h2000;
      16'h57f: data = 16'h2000;
      16'h580: data = 16'h0;
      16'h581: data = 16'h0;
      16'h582: data = 16'h0;
      16'h583: data = 16'h0;
      16'h584: data = 16'h2000;
      16'h585: data = 16'h2000;
      16'h586: data = 16'h2000;
      16'h587: data = 16'h0;
      16'h588: data = 16'h0;
      16'h589: data = 16'h0;
      16'h58a: data = 16'h0;
      16'h58b: data = 16'h0;
      16'h58c: data = 16'h2000;
      16'h58d: data = 16'h2000;
      16'h58e: data = 16'h2000;
      16'h58f: data = 16'h0;
      16'h590: data = 16'h2000;
      16'h591: data = 16'h2000;
      16'h592: data = 16'h2000;
      16'h593: data = 16'h2000;
      16'h594: data = 16'h0;
      16'h595: data = 16'h0;
      16'h596: data = 16'h0;
      16'h597: data = 16'h2000;
      16'h598: data = 16'h0;
      16'h599: data = 16'h0;
      16'h59a: data = 16'h0;
      16'h59b: data = 16'h0;
      16'h59c: data = 16'h0;
      16'h59d: data = 16'h0;
      16'h59e: data = 16'h2000;
      16'h59f: data = 16'h0;
      16'h5a0: data = 16'h0;
      16'h5a1: data = 16'h0;
      16'h5a2: data = 16'h0;
      16'h5a3: data = 16'h0;
      16'h5a4: data = 16'h0;
      16'h5a5: data = 16'h2000;
      16'h5a6: data = 16'h0;
      16'h5a7: data = 16'h0;
      16'h5a8: data = 16'h0;
      16'h5a9: data = 16'h0;
      16'h5aa: data = 16'h0;
      16'h5ab: data = 16'h0;
      16'h5ac: data = 16'h2000;
      16'h5ad: data = 16'h0;
      16'h5ae: data = 16'h0;
      16'h5af: data = 16'h0;
      16'h5b0: data = 16'h0;
      16'h5b1: data = 16'h0;
      16'h5b2: data = 16'h0;
      16'h5b3: data = 16'h2000;
      16'h5b4: data = 16'h0;
      16'h5b5: data = 16'h0;
      16'h5b6: data = 16'h0;
      16'h5b7: data = 16'h0;
      16'h5b8: data = 16'h0;
      16'h5b9: data = 16'h0;
      16'h5ba: data = 16'h2000;
      16'h5bb: data = 16'h0;
      16'h5bc: data = 16'h0;
      16'h5bd: data = 16'h0;
      16'h5be: data = 16'h2000;
      16'h5bf: data = 16'h0;
      16'h5c0: data = 16'h2000;
      16'h5c1: data = 16'h2000;
      16'h5c2: data = 16'h2000;
      16'h5c3: data = 16'h2000;
      16'h5c4: data = 16'h2000;
      16'h5c5: data = 16'h0;
      16'h5c6: data = 16'h0;
      16'h5c7: data = 16'h0;
      16'h5c8: data = 16'h2000;
      16'h5c9: data = 16'h0;
      16'h5ca: data = 16'h0;
      16'h5cb: data = 16'h0;
      16'h5cc: data = 16'h0;
      16'h5cd: data = 16'h0;
      16'h5ce: data = 16'h0;
      16'h5cf: data = 16'h2000;
      16'h5d0: data = 16'h0;
      16'h5d1: data = 16'h0;
      16'h5d2: data = 16'h0;
      16'h5d3: data = 16'h0;
      16'h5d4: data = 16'h0;
      16'h5d5: data = 16'h0;
      16'h5d6: data = 16'h2000;
      16'h5d7: data = 16'h0;
      16'h5d8: data = 16'h0;
      16'h5d9: data = 16'h0;
      16'h5da: data = 16'h0;
      16'h5db: data = 16'h0;
      16'h5dc: data = 16'h0;
      16'h5dd: data = 16'h2000;
      16'h5de: data = 16'h0;
      16'h5df: data = 16'h0;
      16'h5e0: data = 16'h0;
      16'h5e1: data = 16'h0;
      16'h5e2: data = 16'h0;
      16'h5e3: data = 16'h0;
      16'h5e4: data = 16'h2000;
      16'h5e5: data = 16'h0;
      16'h5e6: data = 16'h0;
      16'h5e7: data = 16'h0;
      16'h5e8: data = 16'h2000;
      16'h5e9: data = 16'h2000;
      16'h5ea: data = 16'h2000;
      16'h5eb: data = 16'h2000;
      16'h5ec: data = 16'h2000;
      16'h5ed: data = 16'h2000;
      16'h5ee: data = 16'h2000;
      16'h5ef: data = 16'h2000;
      16'h5f0: data = 16'h2000;
      16'h5f1: data = 16'h2000;
      16'h5f2: data = 16'h2000;
      16'h5f3: data = 16'h2000;
      16'h5f4: data = 16'h2000;
      16'h5f5: data = 16'h0;
      16'h5f6: data = 16'h0;
      16'h5f7: data = 16'h0;
      16'h5f8: data = 16'h0;
      16'h5f9: data = 16'h2000;
      16'h5fa: data = 16'h0;
      16'h5fb: data = 16'h0;
      16'h5fc: data = 16'h0;
      16'h5fd: data = 16'h0;
      16'h5fe: data = 16'h0;
      16'h5ff: data = 16'h0;
      16'h600: data = 16'h2000;
      16'h601: data = 16'h0;
      16'h602: data = 16'h0;
      16'h603: data = 16'h0;
      16'h604: data = 16'h0;
      16'h605: data = 16'h0;
      16'h606: data = 16'h0;
      16'h607: data = 16'h2000;
      16'h608: data = 16'h0;
      16'h609: data = 16'h0;
      16'h60a: data = 16'h0;
      16'h60b: data = 16'h0;
      16'h60c: data = 16'h0;
      16'h60d: data = 16'h0;
      16'h60e: data = 16'h2000;
      16'h60f: data = 16'h0;
      16'h610: data = 16'h0;
      16'h611: data = 16'h0;
      16'h612: data = 16'h0;
      16'h613: data = 16'h0;
      16'h614: data = 16'h0;
      16'h615: data = 16'h2000;
      16'h616: data = 16'h0;
      16'h617: data = 16'h0;
      16'h618: data = 16'h0;
      16'h619: data = 16'h2000;
      16'h61a: data = 16'h2000;
      16'h61b: data = 16'h2000;
      16'h61c: data = 16'h2000;
      16'h61d: data = 16'h2000;
      16'h61e: data = 16'h2000;
      16'h61f: data = 16'h2000;
      16'h620: data = 16'h2000;
      16'h621: data = 16'h2000;
      16'h622: data = 16'h2000;
      16'h623: data = 16'h2000;
      16'h624: data = 16'h2000;
      16'h625: data = 16'h2000;
      16'h626: data = 16'h2000;
      16'h627: data = 16'h0;
      16'h628: data = 16'h0;
      16'h629: data = 16'h0;
      16'h62a: data = 16'h2000;
      16'h62b: data = 16'h0;
      16'h62c: data = 16'h0;
      16'h62d: data = 16'h0;
      16'h62e: data = 16'h0;
      16'h62f: data = 16'h0;
      16'h630: data = 16'h0;
      16'h631: data = 16'h2000;
      16'h632: data = 16'h0;
      16'h633: data = 16'h0;
      16'h634: data = 16'h0;
      16'h635: data = 16'h0;
      16'h636: data = 16'h0;
      16'h637: data = 16'h0;
      16'h638: data = 16'h2000;
      16'h639: data = 16'h0;
      16'h63a: data = 16'h0;
      16'h63b: data = 16'h0;
      16'h63c: data = 16'h0;
      16'h63d: data = 16'h0;
      16'h63e: data = 16'h0;
      16'h63f: data = 16'h2000;
      16'h640: data = 16'h0;
      16'h641: data = 16'h0;
      16'h642: data = 16'h0;
      16'h643: data = 16'h0;
      16'h644: data = 16'h0;
      16'h645: data = 16'h0;
      16'h646: data = 16'h2000;
      16'h647: data = 16'h0;
      16'h648: data = 16'h0;
      16'h649: data = 16'h0;
      16'h64a: data = 16'h2000;
      16'h64b: data = 16'h2000;
      16'h64c: data = 16'h0;
      16'h64d: data = 16'h2000;
      16'h64e: data = 16'h2000;
      16'h64f: data = 16'h2000;
      16'h650: data = 16'h2000;
      16'h651: data = 16'h2000;
      16'h652: data = 16'h0;
      16'h653: data = 16'h0;
      16'h654: data = 16'h0;
      16'h655: data = 16'h0;
      16'h656: data = 16'h0;
      16'h657: data = 16'h2000;
      16'h658: data = 16'h2000;
      16'h659: data = 16'h2000;
      16'h65a: data = 16'h0;
      16'h65b: data = 16'h0;
      16'h65c: data = 16'h0;
      16'h65d: data = 16'h0;
      16'h65e: data = 16'h2000;
      16'h65f: data = 16'h0;
      16'h660: data = 16'h0;
      16'h661: data = 16'h2000;
      16'h662: data = 16'h0;
      16'h663: data = 16'h0;
      16'h664: data = 16'h0;
      16'h665: data = 16'h2000;
      16'h666: data = 16'h2000;
      16'h667: data = 16'h0;
      16'h668: data = 16'h0;
      16'h669: data = 16'h2000;
      16'h66a: data = 16'h0;
      16'h66b: data = 16'h0;
      16'h66c: data = 16'h2000;
      16'h66d: data = 16'h2000;
      16'h66e: data = 16'h0;
      16'h66f: data = 16'h0;
      16'h670: data = 16'h0;
      16'h671: data = 16'h2000;
      16'h672: data = 16'h0;
      16'h673: data = 16'h2000;
      16'h674: data = 16'h2000;
      16'h675: data = 16'h0;
      16'h676: data = 16'h0;
      16'h677: data = 16'h0;
      16'h678: data = 16'h0;
      16'h679: data = 16'h2000;
      16'h67a: data = 16'h2000;
      16'h67b: data = 16'h2000;
      16'h67c: data = 16'h0;
      16'h67d: data = 16'h0;
      16'h67e: data = 16'h0;
      16'h67f: data = 16'h0;
      16'h680: data = 16'h0;
      16'h681: data = 16'h2000;
      16'h682: data = 16'h2000;
      16'h683: data = 16'h2000;
      16'h684: data = 16'h2000;
      16'h685: data = 16'h2000;
      16'h686: data = 16'h2000;
      16'h687: data = 16'h2000;
      16'h688: data = 16'h2000;
      16'h689: data = 16'h0;
      16'h68a: data = 16'h0;
      16'h68b: data = 16'h0;
      16'h68c: data = 16'h2000;
      16'h68d: data = 16'h0;
      16'h68e: data = 16'h0;
      16'h68f: data = 16'h0;
      16'h690: data = 16'h0;
      16'h691: data = 16'h0;
      16'h692: data = 16'h0;
      16'h693: data = 16'h2000;
      16'h694: data = 16'h0;
      16'h695: data = 16'h0;
      16'h696: data = 16'h0;
      16'h697: data = 16'h0;
      16'h698: data = 16'h0;
      16'h699: data = 16'h0;
      16'h69a: data = 16'h2000;
      16'h69b: data = 16'h0;
      16'h69c: data = 16'h0;
      16'h69d: data = 16'h0;
      16'h69e: data = 16'h0;
      16'h69f: data = 16'h0;
      16'h6a0: data = 16'h0;
      16'h6a1: data = 16'h2000;
      16'h6a2: data = 16'h0;
      16'h6a3: data = 16'h2000;
      16'h6a4: data = 16'h0;
      16'h6a5: data = 16'h0;
      16'h6a6: data = 16'h0;
      16'h6a7: data = 16'h0;
      16'h6a8: data = 16'h2000;
      16'h6a9: data = 16'h0;
      16'h6aa: data = 16'h0;
      16'h6ab: data = 16'h0;
      16'h6ac: data = 16'h2000;
      16'h6ad: data = 16'h2000;
      16'h6ae: data = 16'h2000;
      16'h6af: data = 16'h2000;
      16'h6b0: data = 16'h2000;
      16'h6b1: data = 16'h2000;
      16'h6b2: data = 16'h2000;
      16'h6b3: data = 16'h2000;
      16'h6b4: data = 16'h2000;
      16'h6b5: data = 16'h2000;
      16'h6b6: data = 16'h2000;
      16'h6b7: data = 16'h2000;
      16'h6b8: data = 16'h2000;
      16'h6b9: data = 16'h2000;
      16'h6ba: data = 16'h0;
      16'h6bb: data = 16'h0;
      16'h6bc: data = 16'h0;
      16'h6bd: data = 16'h2000;
      16'h6be: data = 16'h0;
      16'h6bf: data = 16'h0;
      16'h6c0: data = 16'h0;
      16'h6c1: data = 16'h0;
      16'h6c2: data = 16'h0;
      16'h6c3: data = 16'h0;
      16'h6c4: data = 16'h2000;
      16'h6c5: data = 16'h2000;
      16'h6c6: data = 16'h0;
      16'h6c7: data = 16'h0;
      16'h6c8: data = 16'h0;
      16'h6c9: data = 16'h0;
      16'h6ca: data = 16'h0;
      16'h6cb: data = 16'h2000;
      16'h6cc: data = 16'h0;
      16'h6cd: data = 16'h0;
      16'h6ce: data = 16'h0;
      16'h6cf: data = 16'h0;
      16'h6d0: data = 16'h0;
      16'h6d1: data = 16'h0;
      16'h6d2: data = 16'h2000;
      16'h6d3: data = 16'h0;
      16'h6d4: data = 16'h0;
      16'h6d5: data = 16'h0;
      16'h6d6: data = 16'h0;
      16'h6d7: data = 16'h0;
      16'h6d8: data = 16'h0;
      16'h6d9: data = 16'h2000;
      16'h6da: data = 16'h0;
      16'h6db: data = 16'h0;
      16'h6dc: data = 16'h0;
      16'h6dd: data = 16'h0;
      16'h6de: data = 16'h0;
      16'h6df: data = 16'h0;
      16'h6e0: data = 16'h2000;
      16'h6e1: data = 16'h0;
      16'h6e2: data = 16'h0;
      16'h6e3: data = 16'h0;
      16'h6e4: data = 16'h2000;
      16'h6e5: data = 16'h2000;
      16'h6e6: data = 16'h2000;
      16'h6e7: data = 16'h2000;
      16'h6e8: data = 16'h2000;
      16'h6e9: data = 16'h2000;
      16'h6ea: data = 16'h2000;
      16'h6eb: data = 16'h0;
      16'h6ec: data = 16'h0;
      16'h6ed: data = 16'h0;
      16'h6ee: data = 16'h2000;
      16'h6ef: data = 16'h0;
      16'h6f0: data = 16'h0;
      16'h6f1: data = 16'h0;
      16'h6f2: data = 16'h0;
      16'h6f3: data = 16'h0;
      16'h6f4: data = 16'h0;
      16'h6f5: data = 16'h2000;
      16'h6f6: data = 16'h0;
      16'h6f7: data = 16'h0;
      16'h6f8: data = 16'h0;
      16'h6f9: data = 16'h0;
      16'h6fa: data = 16'h0;
      16'h6fb: data = 16'h0;
      16'h6fc: data = 16'h2000;
      16'h6fd: data = 16'h0;
      16'h6fe: data = 16'h0;
      16'h6ff: data = 16'h0;
      16'h700: data = 16'h0;
      16'h701: data = 16'h0;
      16'h702: data = 16'h0;
      16'h703: data = 16'h2000;
      16'h704: data = 16'h0;
      16'h705: data = 16'h0;
      16'h706: data = 16'h0;
      16'h707: data = 16'h0;
      16'h708: data = 16'h0;
      16'h709: data = 16'h0;
      16'h70a: data = 16'h2000;
      16'h70b: data = 16'h0;
      16'h70c: data = 16'h0;
      16'h70d: data = 16'h0;
      16'h70e: data = 16'h0;
      16'h70f: data = 16'h0;
      16'h710: data = 16'h2000;
      16'h711: data = 16'h2000;
      16'h712: data = 16'h0;
      16'h713: data = 16'h0;
      16'h714: data = 16'h0;
      16'h715: data = 16'h0;
      16'h716: data = 16'h2000;
      16'h717: data = 16'h2000;
      16'h718: data = 16'h2000;
      16'h719: data = 16'h2000;
      16'h71a: data = 16'h2000;
      16'h71b: data = 16'h2000;
      16'h71c: data = 16'h2000;
      16'h71d: data = 16'h0;
      16'h71e: data = 16'h0;
      16'h71f: data = 16'h0;
      16'h720: data = 16'h0;
      16'h721: data = 16'h0;
      16'h722: data = 16'h0;
      16'h723: data = 16'h2000;
      16'h724: data = 16'h0;
      16'h725: data = 16'h0;
      16'h726: data = 16'h0;
      16'h727: data = 16'h0;
      16'h728: data = 16'h0;
      16'h729: data = 16'h0;
      16'h72a: data = 16'h2000;
      16'h72b: data = 16'h2000;
      16'h72c: data = 16'h2000;
      16'h72d: data = 16'h2000;
      16'h72e: data = 16'h2000;
      16'h72f: data = 16'h2000;
      16'h730: data = 16'h2000;
      16'h731: data = 16'h0;
      16'h732: data = 16'h0;
      16'h733: data = 16'h0;
      16'h734: data = 16'h0;
      16'h735: data = 16'h0;
      16'h736: data = 16'h0;
      16'h737: data = 16'h2000;
      16'h738: data = 16'h0;
      16'h739: data = 16'h0;
      16'h73a: data = 16'h0;
      16'h73b: data = 16'h0;
      16'h73c: data = 16'h0;
      16'h73d: data = 16'h0;
      16'h73e: data = 16'h2000;
      16'h73f: data = 16'h2000;
      16'h740: data = 16'h2000;
      16'h741: data = 16'h2000;
      16'h742: data = 16'h2000;
      16'h743: data = 16'h2000;
      16'h744: data = 16'h2000;
      16'h745: data = 16'h2000;
      16'h746: data = 16'h2000;
      16'h747: data = 16'h2000;
      16'h748: data = 16'h2000;
      16'h749: data = 16'h2000;
      16'h74a: data = 16'h2000;
      16'h74b: data = 16'h0;
      16'h74c: data = 16'h2000;
      16'h74d: data = 16'h0;
      16'h74e: data = 16'h0;
      16'h74f: data = 16'h0;
      16'h750: data = 16'h2000;
      16'h751: data = 16'h0;
      16'h752: data = 16'h0;
      16'h753: data = 16'h0;
      16'h754: data = 16'h0;
      16'h755: data = 16'h0;
      16'h756: data = 16'h0;
      16'h757: data = 16'h2000;
      16'h758: data = 16'h0;
      16'h759: data = 16'h0;
      16'h75a: data = 16'h0;
      16'h75b: data = 16'h0;
      16'h75c: data = 16'h0;
      16'h75d: data = 16'h0;
      16'h75e: data = 16'h2000;
      16'h75f: data = 16'h0;
      16'h760: data = 16'h0;
      16'h761: data = 16'h0;
      16'h762: data = 16'h0;
      16'h763: data = 16'h0;
      16'h764: data = 16'h0;
      16'h765: data = 16'h2000;
      16'h766: data = 16'h0;
      16'h767: data = 16'h0;
      16'h768: data = 16'h0;
      16'h769: data = 16'h0;
      16'h76a: data = 16'h0;
      16'h76b: data = 16'h0;
      16'h76c: data = 16'h2000;
      16'h76d: data = 16'h0;
      16'h76e: data = 16'h0;
      16'h76f: data = 16'h0;
      16'h770: data = 16'h0;
      16'h771: data = 16'h0;
      16'h772: data = 16'h0;
      16'h773: data = 16'h2000;
      16'h774: data = 16'h0;
      16'h775: data = 16'h0;
      16'h776: data = 16'h0;
      16'h777: data = 16'h2000;
      16'h778: data = 16'h2000;
      16'h779: data = 16'h2000;
      16'h77a: data = 16'h2000;
      16'h77b: data = 16'h2000;
      16'h77c: data = 16'h2000;
      16'h77d: data = 16'h2000;
      16'h77e: data = 16'h2000;
      16'h77f: data = 16'h0;
      16'h780: data = 16'h0;
      16'h781: data = 16'h0;
      16'h782: data = 16'h0;
      16'h783: data = 16'h0;
      16'h784: data = 16'h0;
      16'h785: data = 16'h2000;
      16'h786: data = 16'h0;
      16'h787: data = 16'h0;
      16'h788: data = 16'h0;
      16'h789: data = 16'h0;
      16'h78a: data = 16'h0;
      16'h78b: data = 16'h0;
      16'h78c: data = 16'h2000;
      16'h78d: data = 16'h2000;
      16'h78e: data = 16'h2000;
      16'h78f: data = 16'h2000;
      16'h790: data = 16'h2000;
      16'h791: data = 16'h2000;
      16'h792: data = 16'h2000;
      16'h793: data = 16'h0;
      16'h794: data = 16'h0;
      16'h795: data = 16'h0;
      16'h796: data = 16'h0;
      16'h797: data = 16'h0;
      16'h798: data = 16'h0;
      16'h799: data = 16'h2000;
      16'h79a: data = 16'h0;
      16'h79b: data = 16'h0;
      16'h79c: data = 16'h0;
      16'h79d: data = 16'h0;
      16'h79e: data = 16'h0;
      16'h79f: data = 16'h0;
      16'h7a0: data = 16'h2000;
      16'h7a1: data = 16'h2000;
      16'h7a2: data = 16'h0;
      16'h7a3: data = 16'h2000;
      16'h7a4: data = 16'h2000;
      16'h7a5: data = 16'h2000;
      16'h7a6: data = 16'h2000;
      16'h7a7: data = 16'h2000;
      16'h7a8: data = 16'h2000;
      16'h7a9: data = 16'h2000;
      16'h7aa: data = 16'h2000;
      16'h7ab: data = 16'h2000;
      16'h7ac: data = 16'h2000;
      16'h7ad: data = 16'h2000;
      16'h7ae: data = 16'h2000;
      16'h7af: data = 16'h2000;
      16'h7b0: data = 16'h0;
      16'h7b1: data = 16'h0;
      16'h7b2: data = 16'h0;
      16'h7b3: data = 16'h0;
      16'h7b4: data = 16'h0;
      16'h7b5: data = 16'h2000;
      16'h7b6: data = 16'h2000;
      16'h7b7: data = 16'h0;
      16'h7b8: data = 16'h0;
      16'h7b9: data = 16'h0;
      16'h7ba: data = 16'h0;
      16'h7bb: data = 16'h0;
      16'h7bc: data = 16'h0;
      16'h7bd: data = 16'h2000;
      16'h7be: data = 16'h2000;
      16'h7bf: data = 16'h2000;
      16'h7c0: data = 16'h2000;
      16'h7c1: data = 16'h2000;
      16'h7c2: data = 16'h2000;
      16'h7c3: data = 16'h2000;
      16'h7c4: data = 16'h0;
      16'h7c5: data = 16'h0;
      16'h7c6: data = 16'h0;
      16'h7c7: data = 16'h0;
      16'h7c8: data = 16'h0;
      16'h7c9: data = 16'h0;
      16'h7ca: data = 16'h2000;
      16'h7cb: data = 16'h0;
      16'h7cc: data = 16'h0;
      16'h7cd: data = 16'h0;
      16'h7ce: data = 16'h0;
      16'h7cf: data = 16'h0;
      16'h7d0: data = 16'h0;
      16'h7d1: data = 16'h2000;
      16'h7d2: data = 16'h2000;
      16'h7d3: data = 16'h2000;
      16'h7d4: data = 16'h2000;
      16'h7d5: data = 16'h2000;
      16'h7d6: data = 16'h2000;
      16'h7d7: data = 16'h2000;
      16'h7d8: data = 16'h2000;
      16'h7d9: data = 16'h2000;
      16'h7da: data = 16'h0;
      16'h7db: data = 16'h0;
      16'h7dc: data = 16'h0;
      16'h7dd: data = 16'h0;
      16'h7de: data = 16'h0;
      16'h7df: data = 16'h2000;
      16'h7e0: data = 16'h2000;
      16'h7e1: data = 16'h2000;
      16'h7e2: data = 16'h0;
      16'h7e3: data = 16'h0;
      16'h7e4: data = 16'h0;
      16'h7e5: data = 16'h0;
      16'h7e6: data = 16'h2000;
      16'h7e7: data = 16'h2000;
      16'h7e8: data = 16'h0;
      16'h7e9: data = 16'h2000;
      16'h7ea: data = 16'h0;
      16'h7eb: data = 16'h0;
      16'h7ec: data = 16'h0;
      16'h7ed: data = 16'h2000;
      16'h7ee: data = 16'h2000;
      16'h7ef: data = 16'h0;
      16'h7f0: data = 16'h0;
      16'h7f1: data = 16'h2000;
      16'h7f2: data = 16'h0;
      16'h7f3: data = 16'h0;
      16'h7f4: data = 16'h2000;
      16'h7f5: data = 16'h2000;
      16'h7f6: data = 16'h0;
      16'h7f7: data = 16'h2000;
      16'h7f8: data = 16'h0;
      16'h7f9: data = 16'h2000;
      16'h7fa: data = 16'h0;
      16'h7fb: data = 16'h2000;
      16'h7fc: data = 16'h2000;
      16'h7fd: data = 16'h0;
      16'h7fe: data = 16'h0;
      16'h7ff: data = 16'h0;
      16'h800: data = 16'h0;
      16'h801: data = 16'h2000;
      16'h802: data = 16'h2000;
      16'h803: data = 16'h2000;
      16'h804: data = 16'h0;
      16'h805: data = 16'h0;
      16'h806: data = 16'h0;
      16'h807: data = 16'h0;
      16'h808: data = 16'h0;
      16'h809: data = 16'h2000;
      16'h80a: data = 16'h2000;
      16'h80b: data = 16'h2000;
      16'h80c: data = 16'h2000;
      16'h80d: data = 16'h2000;
      16'h80e: data = 16'h2000;
      16'h80f: data = 16'h2000;
      16'h810: data = 16'h2000;
      16'h811: data = 16'h0;
      16'h812: data = 16'h0;
      16'h813: data = 16'h0;
      16'h814: data = 16'h2000;
      16'h815: data = 16'h0;
      16'h816: data = 16'h0;
      16'h817: data = 16'h0;
      16'h818: data = 16'h0;
      16'h819: data = 16'h0;
      16'h81a: data = 16'h0;
      16'h81b: data = 16'h2000;
      16'h81c: data = 16'h0;
      16'h81d: data = 16'h0;
      16'h81e: data = 16'h0;
      16'h81f: data = 16'h0;
      16'h820: data = 16'h0;
      16'h821: data = 16'h0;
      16'h822: data = 16'h2000;
      16'h823: data = 16'h0;
      16'h824: data = 16'h0;
      16'h825: data = 16'h0;
      16'h826: data = 16'h0;
      16'h827: data = 16'h0;
      16'h828: data = 16'h0;
      16'h829: data = 16'h2000;
      16'h82a: data = 16'h0;
      16'h82b: data = 16'h0;
      16'h82c: data = 16'h0;
      16'h82d: data = 16'h0;
      16'h82e: data = 16'h0;
      16'h82f: data = 16'h2000;
      16'h830: data = 16'h2000;
      16'h831: data = 16'h0;
      16'h832: data = 16'h0;
      16'h833: data = 16'h0;
      16'h834: data = 16'h2000;
      16'h835: data = 16'h2000;
      16'h836: data = 16'h2000;
      16'h837: data = 16'h2000;
      16'h838: data = 16'h2000;
      16'h839: data = 16'h2000;
      16'h83a: data = 16'h2000;
      16'h83b: data = 16'h2000;
      16'h83c: data = 16'h2000;
      16'h83d: data = 16'h2000;
      16'h83e: data = 16'h2000;
      16'h83f: data = 16'h2000;
      16'h840: data = 16'h2000;
      16'h841: data = 16'h0;
      16'h842: data = 16'h2000;
      16'h843: data = 16'h0;
      16'h844: data = 16'h0;
      16'h845: data = 16'h0;
      16'h846: data = 16'h0;
      16'h847: data = 16'h0;
      16'h848: data = 16'h0;
      16'h849: data = 16'h2000;
      16'h84a: data = 16'h0;
      16'h84b: data = 16'h0;
      16'h84c: data = 16'h0;
      16'h84d: data = 16'h0;
      16'h84e: data = 16'h0;
      16'h84f: data = 16'h0;
      16'h850: data = 16'h2000;
      16'h851: data = 16'h2000;
      16'h852: data = 16'h2000;
      16'h853: data = 16'h2000;
      16'h854: data = 16'h2000;
      16'h855: data = 16'h2000;
      16'h856: data = 16'h2000;
      16'h857: data = 16'h0;
      16'h858: data = 16'h0;
      16'h859: data = 16'h0;
      16'h85a: data = 16'h0;
      16'h85b: data = 16'h0;
      16'h85c: data = 16'h0;
      16'h85d: data = 16'h2000;
      16'h85e: data = 16'h0;
      16'h85f: data = 16'h0;
      16'h860: data = 16'h0;
      16'h861: data = 16'h0;
      16'h862: data = 16'h0;
      16'h863: data = 16'h0;
      16'h864: data = 16'h2000;
      16'h865: data = 16'h2000;
      16'h866: data = 16'h2000;
      16'h867: data = 16'h2000;
      16'h868: data = 16'h2000;
      16'h869: data = 16'h2000;
      16'h86a: data = 16'h2000;
      16'h86b: data = 16'h2000;
      16'h86c: data = 16'h2000;
      16'h86d: data = 16'h2000;
      16'h86e: data = 16'h2000;
      16'h86f: data = 16'h2000;
      16'h870: data = 16'h2000;
      16'h871: data = 16'h2000;
      16'h872: data = 16'h2000;
      16'h873: data = 16'h2000;
      16'h874: data = 16'h0;
      16'h875: data = 16'h0;
      16'h876: data = 16'h0;
      16'h877: data = 16'h0;
      16'h878: data = 16'h0;
      16'h879: data = 16'h0;
      16'h87a: data = 16'h2000;
      16'h87b: data = 16'h0;
      16'h87c: data = 16'h0;
      16'h87d: data = 16'h0;
      16'h87e: data = 16'h0;
      16'h87f: data = 16'h0;
      16'h880: data = 16'h0;
      16'h881: data = 16'h2000;
      16'h882: data = 16'h2000;
      16'h883: data = 16'h2000;
      16'h884: data = 16'h2000;
      16'h885: data = 16'h2000;
      16'h886: data = 16'h2000;
      16'h887: data = 16'h0;
      16'h888: data = 16'h0;
      16'h889: data = 16'h0;
      16'h88a: data = 16'h0;
      16'h88b: data = 16'h0;
      16'h88c: data = 16'h0;
      16'h88d: data = 16'h0;
      16'h88e: data = 16'h2000;
      16'h88f: data = 16'h0;
      16'h890: data = 16'h0;
      16'h891: data = 16'h0;
      16'h892: data = 16'h0;
      16'h893: data = 16'h0;
      16'h894: data = 16'h0;
      16'h895: data = 16'h2000;
      16'h896: data = 16'h2000;
      16'h897: data = 16'h2000;
      16'h898: data = 16'h2000;
      16'h899: data = 16'h2000;
      16'h89a: data = 16'h2000;
      16'h89b: data = 16'h2000;
      16'h89c: data = 16'h2000;
      16'h89d: data = 16'h2000;
      16'h89e: data = 16'h2000;
      16'h89f: data = 16'h2000;
      16'h8a0: data = 16'h2000;
      16'h8a1: data = 16'h2000;
      16'h8a2: data = 16'h2000;
      16'h8a3: data = 16'h2000;
      16'h8a4: data = 16'h0;
      16'h8a5: data = 16'h0;
      16'h8a6: data = 16'h0;
      16'h8a7: data = 16'h2000;
      16'h8a8: data = 16'h0;
      16'h8a9: data = 16'h0;
      16'h8aa: data = 16'h0;
      16'h8ab: data = 16'h0;
      16'h8ac: data = 16'h0;
      16'h8ad: data = 16'h0;
      16'h8ae: data = 16'h2000;
      16'h8af: data = 16'h0;
      16'h8b0: data = 16'h0;
      16'h8b1: data = 16'h0;
      16'h8b2: data = 16'h0;
      16'h8b3: data = 16'h0;
      16'h8b4: data = 16'h0;
      16'h8b5: data = 16'h2000;
      16'h8b6: data = 16'h0;
      16'h8b7: data = 16'h0;
      16'h8b8: data = 16'h0;
      16'h8b9: data = 16'h0;
      16'h8ba: data = 16'h0;
      16'h8bb: data = 16'h0;
      16'h8bc: data = 16'h2000;
      16'h8bd: data = 16'h0;
      16'h8be: data = 16'h0;
      16'h8bf: data = 16'h0;
      16'h8c0: data = 16'h0;
      16'h8c1: data = 16'h0;
      16'h8c2: data = 16'h0;
      16'h8c3: data = 16'h2000;
      16'h8c4: data = 16'h2000;
      16'h8c5: data = 16'h0;
      16'h8c6: data = 16'h0;
      16'h8c7: data = 16'h2000;
      16'h8c8: data = 16'h2000;
      16'h8c9: data = 16'h2000;
      16'h8ca: data = 16'h2000;
      16'h8cb: data = 16'h2000;
      16'h8cc: data = 16'h2000;
      16'h8cd: data = 16'h2000;
      16'h8ce: data = 16'h2000;
      16'h8cf: data = 16'h0;
      16'h8d0: data = 16'h0;
      16'h8d1: data = 16'h0;
      16'h8d2: data = 16'h0;
      16'h8d3: data = 16'h0;
      16'h8d4: data = 16'h2000;
      16'h8d5: data = 16'h2000;
      16'h8d6: data = 16'h2000;
      16'h8d7: data = 16'h0;
      16'h8d8: data = 16'h0;
      16'h8d9: data = 16'h0;
      16'h8da: data = 16'h0;
      16'h8db: data = 16'h2000;
      16'h8dc: data = 16'h2000;
      16'h8dd: data = 16'h0;
      16'h8de: data = 16'h2000;
      16'h8df: data = 16'h0;
      16'h8e0: data = 16'h0;
      16'h8e1: data = 16'h0;
      16'h8e2: data = 16'h2000;
      16'h8e3: data = 16'h2000;
      16'h8e4: data = 16'h0;
      16'h8e5: data = 16'h0;
      16'h8e6: data = 16'h2000;
      16'h8e7: data = 16'h0;
      16'h8e8: data = 16'h0;
      16'h8e9: data = 16'h2000;
      16'h8ea: data = 16'h0;
      16'h8eb: data = 16'h0;
      16'h8ec: data = 16'h0;
      16'h8ed: data = 16'h0;
      16'h8ee: data = 16'h2000;
      16'h8ef: data = 16'h0;
      16'h8f0: data = 16'h2000;
      16'h8f1: data = 16'h2000;
      16'h8f2: data = 16'h0;
      16'h8f3: data = 16'h0;
      16'h8f4: data = 16'h0;
      16'h8f5: data = 16'h0;
      16'h8f6: data = 16'h2000;
      16'h8f7: data = 16'h2000;
      16'h8f8: data = 16'h2000;
      16'h8f9: data = 16'h0;
      16'h8fa: data = 16'h0;
      16'h8fb: data = 16'h0;
      16'h8fc: data = 16'h0;
      16'h8fd: data = 16'h0;
      16'h8fe: data = 16'h2000;
      16'h8ff: data = 16'h2000;
      16'h900: data = 16'h0;
      16'h901: data = 16'h0;
      16'h902: data = 16'h0;
      16'h903: data = 16'h0;
      16'h904: data = 16'h0;
      16'h905: data = 16'h2000;
      16'h906: data = 16'h2000;
      16'h907: data = 16'h2000;
      16'h908: data = 16'h0;
      16'h909: data = 16'h0;
      16'h90a: data = 16'h0;
      16'h90b: data = 16'h0;
      16'h90c: data = 16'h2000;
      16'h90d: data = 16'h2000;
      16'h90e: data = 16'h0;
      16'h90f: data = 16'h0;
      16'h910: data = 16'h0;
      16'h911: data = 16'h0;
      16'h912: data = 16'h0;
      16'h913: data = 16'h2000;
      16'h914: data = 16'h2000;
      16'h915: data = 16'h0;
      16'h916: data = 16'h0;
      16'h917: data = 16'h2000;
      16'h918: data = 16'h0;
      16'h919: data = 16'h0;
      16'h91a: data = 16'h2000;
      16'h91b: data = 16'h2000;
      16'h91c: data = 16'h0;
      16'h91d: data = 16'h0;
      16'h91e: data = 16'h0;
      16'h91f: data = 16'h2000;
      16'h920: data = 16'h0;
      16'h921: data = 16'h2000;
      16'h922: data = 16'h2000;
      16'h923: data = 16'h0;
      16'h924: data = 16'h0;
      16'h925: data = 16'h0;
      16'h926: data = 16'h0;
      16'h927: data = 16'h2000;
      16'h928: data = 16'h2000;
      16'h929: data = 16'h2000;
      16'h92a: data = 16'h0;
      16'h92b: data = 16'h0;
      16'h92c: data = 16'h0;
      16'h92d: data = 16'h0;
      16'h92e: data = 16'h0;
      16'h92f: data = 16'h2000;
      16'h930: data = 16'h2000;
      16'h931: data = 16'h2000;
      16'h932: data = 16'h2000;
      16'h933: data = 16'h2000;
      16'h934: data = 16'h2000;
      16'h935: data = 16'h2000;
      16'h936: data = 16'h2000;
      16'h937: data = 16'h2000;
      16'h938: data = 16'h0;
      16'h939: data = 16'h0;
      16'h93a: data = 16'h0;
      16'h93b: data = 16'h0;
      16'h93c: data = 16'h0;
      16'h93d: data = 16'h0;
      16'h93e: data = 16'h2000;
      16'h93f: data = 16'h0;
      16'h940: data = 16'h0;
      16'h941: data = 16'h0;
      16'h942: data = 16'h0;
      16'h943: data = 16'h0;
      16'h944: data = 16'h0;
      16'h945: data = 16'h2000;
      16'h946: data = 16'h2000;
      16'h947: data = 16'h2000;
      16'h948: data = 16'h2000;
      16'h949: data = 16'h2000;
      16'h94a: data = 16'h2000;
      16'h94b: data = 16'h2000;
      16'h94c: data = 16'h0;
      16'h94d: data = 16'h0;
      16'h94e: data = 16'h0;
      16'h94f: data = 16'h0;
      16'h950: data = 16'h0;
      16'h951: data = 16'h0;
      16'h952: data = 16'h2000;
      16'h953: data = 16'h0;
      16'h954: data = 16'h0;
      16'h955: data = 16'h0;
      16'h956: data = 16'h0;
      16'h957: data = 16'h0;
      16'h958: data = 16'h0;
      16'h959: data = 16'h2000;
      16'h95a: data = 16'h2000;
      16'h95b: data = 16'h2000;
      16'h95c: data = 16'h0;
      16'h95d: data = 16'h2000;
      16'h95e: data = 16'h2000;
      16'h95f: data = 16'h2000;
      16'h960: data = 16'h2000;
      16'h961: data = 16'h2000;
      16'h962: data = 16'h2000;
      16'h963: data = 16'h2000;
      16'h964: data = 16'h2000;
      16'h965: data = 16'h2000;
      16'h966: data = 16'h2000;
      16'h967: data = 16'h2000;
      16'h968: data = 16'h0;
      16'h969: data = 16'h0;
      16'h96a: data = 16'h0;
      16'h96b: data = 16'h2000;
      16'h96c: data = 16'h0;
      16'h96d: data = 16'h0;
      16'h96e: data = 16'h0;
      16'h96f: data = 16'h0;
      16'h970: data = 16'h0;
      16'h971: data = 16'h0;
      16'h972: data = 16'h2000;
      16'h973: data = 16'h0;
      16'h974: data = 16'h0;
      16'h975: data = 16'h0;
      16'h976: data = 16'h0;
      16'h977: data = 16'h0;
      16'h978: data = 16'h0;
      16'h979: data = 16'h2000;
      16'h97a: data = 16'h0;
      16'h97b: data = 16'h0;
      16'h97c: data = 16'h0;
      16'h97d: data = 16'h2000;
      16'h97e: data = 16'h0;
      16'h97f: data = 16'h0;
      16'h980: data = 16'h2000;
      16'h981: data = 16'h0;
      16'h982: data = 16'h0;
      16'h983: data = 16'h0;
      16'h984: data = 16'h0;
      16'h985: data = 16'h0;
      16'h986: data = 16'h0;
      16'h987: data = 16'h2000;
      16'h988: data = 16'h0;
      16'h989: data = 16'h0;
      16'h98a: data = 16'h0;
      16'h98b: data = 16'h0;
      16'h98c: data = 16'h0;
      16'h98d: data = 16'h0;
      16'h98e: data = 16'h2000;
      16'h98f: data = 16'h0;
      16'h990: data = 16'h0;
      16'h991: data = 16'h0;
      16'h992: data = 16'h2000;
      16'h993: data = 16'h0;
      16'h994: data = 16'h0;
      16'h995: data = 16'h0;
      16'h996: data = 16'h0;
      16'h997: data = 16'h0;
      16'h998: data = 16'h2000;
      16'h999: data = 16'h2000;
      16'h99a: data = 16'h2000;
      16'h99b: data = 16'h0;
      16'h99c: data = 16'h0;
      16'h99d: data = 16'h0;
      16'h99e: data = 16'h0;
      16'h99f: data = 16'h2000;
      16'h9a0: data = 16'h2000;
      16'h9a1: data = 16'h0;
      16'h9a2: data = 16'h2000;
      16'h9a3: data = 16'h0;
      16'h9a4: data = 16'h0;
      16'h9a5: data = 16'h0;
      16'h9a6: data = 16'h2000;
      16'h9a7: data = 16'h2000;
      16'h9a8: data = 16'h0;
      16'h9a9: data = 16'h0;
      16'h9aa: data = 16'h2000;
      16'h9ab: data = 16'h0;
      16'h9ac: data = 16'h0;
      16'h9ad: data = 16'h2000;
      16'h9ae: data = 16'h2000;
      16'h9af: data = 16'h0;
      16'h9b0: data = 16'h0;
      16'h9b1: data = 16'h0;
      16'h9b2: data = 16'h2000;
      16'h9b3: data = 16'h0;
      16'h9b4: data = 16'h2000;
      16'h9b5: data = 16'h2000;
      16'h9b6: data = 16'h0;
      16'h9b7: data = 16'h0;
      16'h9b8: data = 16'h0;
      16'h9b9: data = 16'h0;
      16'h9ba: data = 16'h2000;
      16'h9bb: data = 16'h2000;
      16'h9bc: data = 16'h2000;
      16'h9bd: data = 16'h0;
      16'h9be: data = 16'h0;
      16'h9bf: data = 16'h0;
      16'h9c0: data = 16'h0;
      16'h9c1: data = 16'h0;
      16'h9c2: data = 16'h0;
      16'h9c3: data = 16'h2000;
      16'h9c4: data = 16'h0;
      16'h9c5: data = 16'h0;
      16'h9c6: data = 16'h0;
      16'h9c7: data = 16'h0;
      16'h9c8: data = 16'h0;
      16'h9c9: data = 16'h2000;
      16'h9ca: data = 16'h2000;
      16'h9cb: data = 16'h2000;
      16'h9cc: data = 16'h0;
      16'h9cd: data = 16'h0;
      16'h9ce: data = 16'h0;
      16'h9cf: data = 16'h0;
      16'h9d0: data = 16'h2000;
      16'h9d1: data = 16'h2000;
      16'h9d2: data = 16'h0;
      16'h9d3: data = 16'h2000;
      16'h9d4: data = 16'h0;
      16'h9d5: data = 16'h0;
      16'h9d6: data = 16'h0;
      16'h9d7: data = 16'h2000;
      16'h9d8: data = 16'h2000;
      16'h9d9: data = 16'h0;
      16'h9da: data = 16'h0;
      16'h9db: data = 16'h2000;
      16'h9dc: data = 16'h0;
      16'h9dd: data = 16'h0;
      16'h9de: data = 16'h2000;
      16'h9df: data = 16'h2000;
      16'h9e0: data = 16'h2000;
      16'h9e1: data = 16'h0;
      16'h9e2: data = 16'h0;
      16'h9e3: data = 16'h2000;
      16'h9e4: data = 16'h0;
      16'h9e5: data = 16'h2000;
      16'h9e6: data = 16'h2000;
      16'h9e7: data = 16'h0;
      16'h9e8: data = 16'h0;
      16'h9e9: data = 16'h0;
      16'h9ea: data = 16'h0;
      16'h9eb: data = 16'h2000;
      16'h9ec: data = 16'h2000;
      16'h9ed: data = 16'h2000;
      16'h9ee: data = 16'h0;
      16'h9ef: data = 16'h0;
      16'h9f0: data = 16'h0;
      16'h9f1: data = 16'h0;
      16'h9f2: data = 16'h0;
      16'h9f3: data = 16'h2000;
      16'h9f4: data = 16'h2000;
      16'h9f5: data = 16'h2000;
      16'h9f6: data = 16'h2000;
      16'h9f7: data = 16'h2000;
      16'h9f8: data = 16'h2000;
      16'h9f9: data = 16'h0;
      16'h9fa: data = 16'h2000;
      16'h9fb: data = 16'h2000;
      16'h9fc: data = 16'h0;
      16'h9fd: data = 16'h0;
      16'h9fe: data = 16'h0;
      16'h9ff: data = 16'h0;
      16'ha00: data = 16'h0;
      16'ha01: data = 16'h0;
      16'ha02: data = 16'h2000;
      16'ha03: data = 16'h0;
      16'ha04: data = 16'h0;
      16'ha05: data = 16'h0;
      16'ha06: data = 16'h0;
      16'ha07: data = 16'h0;
      16'ha08: data = 16'h0;
      16'ha09: data = 16'h2000;
      16'ha0a: data = 16'h2000;
      16'ha0b: data = 16'h2000;
      16'ha0c: data = 16'h2000;
      16'ha0d: data = 16'h2000;
      16'ha0e: data = 16'h2000;
      16'ha0f: data = 16'h2000;
      16'ha10: data = 16'h0;
      16'ha11: data = 16'h0;
      16'ha12: data = 16'h0;
      16'ha13: data = 16'h0;
      16'ha14: data = 16'h0;
      16'ha15: data = 16'h0;
      16'ha16: data = 16'h2000;
      16'ha17: data = 16'h0;
      16'ha18: data = 16'h0;
      16'ha19: data = 16'h0;
      16'ha1a: data = 16'h0;
      16'ha1b: data = 16'h0;
      16'ha1c: data = 16'h0;
      16'ha1d: data = 16'h2000;
      16'ha1e: data = 16'h2000;
      16'ha1f: data = 16'h2000;
      16'ha20: data = 16'h2000;
      16'ha21: data = 16'h2000;
      16'ha22: data = 16'h2000;
      16'ha23: data = 16'h2000;
      16'ha24: data = 16'h2000;
      16'ha25: data = 16'h2000;
      16'ha26: data = 16'h2000;
      16'ha27: data = 16'h2000;
      16'ha28: data = 16'h2000;
      16'ha29: data = 16'h2000;
      16'ha2a: data = 16'h2000;
      16'ha2b: data = 16'h2000;
      16'ha2c: data = 16'h2000;
      16'ha2d: data = 16'h0;
      16'ha2e: data = 16'h0;
      16'ha2f: data = 16'h0;
      16'ha30: data = 16'h0;
      16'ha31: data = 16'h0;
      16'ha32: data = 16'h0;
      16'ha33: data = 16'h2000;
      16'ha34: data = 16'h0;
      16'ha35: data = 16'h0;
      16'ha36: data = 16'h0;
      16'ha37: data = 16'h0;
      16'ha38: data = 16'h0;
      16'ha39: data = 16'h0;
      16'ha3a: data = 16'h2000;
      16'ha3b: data = 16'h2000;
      16'ha3c: data = 16'h2000;
      16'ha3d: data = 16'h2000;
      16'ha3e: data = 16'h2000;
      16'ha3f: data = 16'h2000;
      16'ha40: data = 16'h2000;
      16'ha41: data = 16'h0;
      16'ha42: data = 16'h0;
      16'ha43: data = 16'h0;
      16'ha44: data = 16'h0;
      16'ha45: data = 16'h0;
      16'ha46: data = 16'h0;
      16'ha47: data = 16'h2000;
      16'ha48: data = 16'h0;
      16'ha49: data = 16'h0;
      16'ha4a: data = 16'h0;
      16'ha4b: data = 16'h2000;
      16'ha4c: data = 16'h0;
      16'ha4d: data = 16'h0;
      16'ha4e: data = 16'h2000;
      16'ha4f: data = 16'h2000;
      16'ha50: data = 16'h2000;
      16'ha51: data = 16'h2000;
      16'ha52: data = 16'h2000;
      16'ha53: data = 16'h2000;
      16'ha54: data = 16'h2000;
      16'ha55: data = 16'h2000;
      16'ha56: data = 16'h2000;
      16'ha57: data = 16'h0;
      16'ha58: data = 16'h0;
      16'ha59: data = 16'h0;
      16'ha5a: data = 16'h0;
      16'ha5b: data = 16'h0;
      16'ha5c: data = 16'h2000;
      16'ha5d: data = 16'h0;
      16'ha5e: data = 16'h2000;
      16'ha5f: data = 16'h0;
      16'ha60: data = 16'h0;
      16'ha61: data = 16'h0;
      16'ha62: data = 16'h0;
      16'ha63: data = 16'h2000;
      16'ha64: data = 16'h2000;
      16'ha65: data = 16'h0;
      16'ha66: data = 16'h2000;
      16'ha67: data = 16'h0;
      16'ha68: data = 16'h0;
      16'ha69: data = 16'h0;
      16'ha6a: data = 16'h2000;
      16'ha6b: data = 16'h2000;
      16'ha6c: data = 16'h0;
      16'ha6d: data = 16'h0;
      16'ha6e: data = 16'h2000;
      16'ha6f: data = 16'h0;
      16'ha70: data = 16'h0;
      16'ha71: data = 16'h2000;
      16'ha72: data = 16'h2000;
      16'ha73: data = 16'h0;
      16'ha74: data = 16'h0;
      16'ha75: data = 16'h0;
      16'ha76: data = 16'h2000;
      16'ha77: data = 16'h0;
      16'ha78: data = 16'h2000;
      16'ha79: data = 16'h2000;
      16'ha7a: data = 16'h0;
      16'ha7b: data = 16'h0;
      16'ha7c: data = 16'h0;
      16'ha7d: data = 16'h0;
      16'ha7e: data = 16'h2000;
      16'ha7f: data = 16'h2000;
      16'ha80: data = 16'h2000;
      16'ha81: data = 16'h0;
      16'ha82: data = 16'h0;
      16'ha83: data = 16'h0;
      16'ha84: data = 16'h0;
      16'ha85: data = 16'h0;
      16'ha86: data = 16'h2000;
      16'ha87: data = 16'h2000;
      16'ha88: data = 16'h2000;
      16'ha89: data = 16'h2000;
      16'ha8a: data = 16'h2000;
      16'ha8b: data = 16'h2000;
      16'ha8c: data = 16'h2000;
      16'ha8d: data = 16'h2000;
      16'ha8e: data = 16'h2000;
      16'ha8f: data = 16'h0;
      16'ha90: data = 16'h0;
      16'ha91: data = 16'h2000;
      16'ha92: data = 16'h0;
      16'ha93: data = 16'h0;
      16'ha94: data = 16'h0;
      16'ha95: data = 16'h0;
      16'ha96: data = 16'h0;
      16'ha97: data = 16'h0;
      16'ha98: data = 16'h2000;
      16'ha99: data = 16'h0;
      16'ha9a: data = 16'h0;
      16'ha9b: data = 16'h0;
      16'ha9c: data = 16'h0;
      16'ha9d: data = 16'h0;
      16'ha9e: data = 16'h0;
      16'ha9f: data = 16'h2000;
      16'haa0: data = 16'h0;
      16'haa1: data = 16'h0;
      16'haa2: data = 16'h0;
      16'haa3: data = 16'h0;
      16'haa4: data = 16'h0;
      16'haa5: data = 16'h0;
      16'haa6: data = 16'h2000;
      16'haa7: data = 16'h0;
      16'haa8: data = 16'h0;
      16'haa9: data = 16'h0;
      16'haaa: data = 16'h0;
      16'haab: data = 16'h0;
      16'haac: data = 16'h0;
      16'haad: data = 16'h2000;
      16'haae: data = 16'h0;
      16'haaf: data = 16'h0;
      16'hab0: data = 16'h0;
      16'hab1: data = 16'h2000;
      16'hab2: data = 16'h2000;
      16'hab3: data = 16'h2000;
      16'hab4: data = 16'h2000;
      16'hab5: data = 16'h2000;
      16'hab6: data = 16'h2000;
      16'hab7: data = 16'h2000;
      16'hab8: data = 16'h2000;
      16'hab9: data = 16'h2000;
      16'haba: data = 16'h2000;
      16'habb: data = 16'h2000;
      16'habc: data = 16'h2000;
      16'habd: data = 16'h2000;
      16'habe: data = 16'h2000;
      16'habf: data = 16'h0;
      16'hac0: data = 16'h0;
      16'hac1: data = 16'h0;
      16'hac2: data = 16'h2000;
      16'hac3: data = 16'h0;
      16'hac4: data = 16'h0;
      16'hac5: data = 16'h0;
      16'hac6: data = 16'h0;
      16'hac7: data = 16'h0;
      16'hac8: data = 16'h0;
      16'hac9: data = 16'h2000;
      16'haca: data = 16'h0;
      16'hacb: data = 16'h0;
      16'hacc: data = 16'h0;
      16'hacd: data = 16'h2000;
      16'hace: data = 16'h0;
      16'hacf: data = 16'h0;
      16'had0: data = 16'h2000;
      16'had1: data = 16'h0;
      16'had2: data = 16'h0;
      16'had3: data = 16'h0;
      16'had4: data = 16'h0;
      16'had5: data = 16'h0;
      16'had6: data = 16'h0;
      16'had7: data = 16'h2000;
      16'had8: data = 16'h0;
      16'had9: data = 16'h0;
      16'hada: data = 16'h0;
      16'hadb: data = 16'h0;
      16'hadc: data = 16'h0;
      16'hadd: data = 16'h0;
      16'hade: data = 16'h2000;
      16'hadf: data = 16'h0;
      16'hae0: data = 16'h0;
      16'hae1: data = 16'h0;
      16'hae2: data = 16'h0;
      16'hae3: data = 16'h0;
      16'hae4: data = 16'h0;
      16'hae5: data = 16'h2000;
      16'hae6: data = 16'h0;
      16'hae7: data = 16'h0;
      16'hae8: data = 16'h0;
      16'hae9: data = 16'h2000;
      16'haea: data = 16'h0;
      16'haeb: data = 16'h0;
      16'haec: data = 16'h0;
      16'haed: data = 16'h0;
      16'haee: data = 16'h0;
      16'haef: data = 16'h2000;
      16'haf0: data = 16'h2000;
      16'haf1: data = 16'h2000;
      16'haf2: data = 16'h0;
      16'haf3: data = 16'h0;
      16'haf4: data = 16'h0;
      16'haf5: data = 16'h0;
      16'haf6: data = 16'h2000;
      16'haf7: data = 16'h2000;
      16'haf8: data = 16'h0;
      16'haf9: data = 16'h2000;
      16'hafa: data = 16'h0;
      16'hafb: data = 16'h0;
      16'hafc: data = 16'h0;
      16'hafd: data = 16'h2000;
      16'hafe: data = 16'h2000;
      16'haff: data = 16'h0;
      16'hb00: data = 16'h0;
      16'hb01: data = 16'h2000;
      16'hb02: data = 16'h0;
      16'hb03: data = 16'h0;
      16'hb04: data = 16'h2000;
      16'hb05: data = 16'h2000;
      16'hb06: data = 16'h0;
      16'hb07: data = 16'h0;
      16'hb08: data = 16'h0;
      16'hb09: data = 16'h2000;
      16'hb0a: data = 16'h0;
      16'hb0b: data = 16'h2000;
      16'hb0c: data = 16'h2000;
      16'hb0d: data = 16'h0;
      16'hb0e: data = 16'h0;
      16'hb0f: data = 16'h0;
      16'hb10: data = 16'h0;
      16'hb11: data = 16'h2000;
      16'hb12: data = 16'h2000;
      16'hb13: data = 16'h0;
      16'hb14: data = 16'h0;
      16'hb15: data = 16'h0;
      16'hb16: data = 16'h0;
      16'hb17: data = 16'h0;
      16'hb18: data = 16'h0;
      16'hb19: data = 16'h2000;
      16'hb1a: data = 16'h2000;
      16'hb1b: data = 16'h2000;
      16'hb1c: data = 16'h2000;
      16'hb1d: data = 16'h2000;
      16'hb1e: data = 16'h2000;
      16'hb1f: data = 16'h2000;
      16'hb20: data = 16'h2000;
      16'hb21: data = 16'h2000;
      16'hb22: data = 16'h0;
      16'hb23: data = 16'h0;
      16'hb24: data = 16'h0;
      16'hb25: data = 16'h0;
      16'hb26: data = 16'h0;
      16'hb27: data = 16'h0;
      16'hb28: data = 16'h2000;
      16'hb29: data = 16'h0;
      16'hb2a: data = 16'h0;
      16'hb2b: data = 16'h0;
      16'hb2c: data = 16'h0;
      16'hb2d: data = 16'h0;
      16'hb2e: data = 16'h0;
      16'hb2f: data = 16'h2000;
      16'hb30: data = 16'h2000;
      16'hb31: data = 16'h2000;
      16'hb32: data = 16'h2000;
      16'hb33: data = 16'h2000;
      16'hb34: data = 16'h0;
      16'hb35: data = 16'h2000;
      16'hb36: data = 16'h0;
      16'hb37: data = 16'h0;
      16'hb38: data = 16'h0;
      16'hb39: data = 16'h0;
      16'hb3a: data = 16'h0;
      16'hb3b: data = 16'h0;
      16'hb3c: data = 16'h2000;
      16'hb3d: data = 16'h0;
      16'hb3e: data = 16'h0;
      16'hb3f: data = 16'h0;
      16'hb40: data = 16'h0;
      16'hb41: data = 16'h0;
      16'hb42: data = 16'h0;
      16'hb43: data = 16'h2000;
      16'hb44: data = 16'h2000;
      16'hb45: data = 16'h2000;
      16'hb46: data = 16'h2000;
      16'hb47: data = 16'h2000;
      16'hb48: data = 16'h2000;
      16'hb49: data = 16'h2000;
      16'hb4a: data = 16'h2000;
      16'hb4b: data = 16'h2000;
      16'hb4c: data = 16'h0;
      16'hb4d: data = 16'h0;
      16'hb4e: data = 16'h0;
      16'hb4f: data = 16'h0;
      16'hb50: data = 16'h0;
      16'hb51: data = 16'h2000;
      16'hb52: data = 16'h2000;
      16'hb53: data = 16'h2000;
      16'hb54: data = 16'h0;
      16'hb55: data = 16'h0;
      16'hb56: data = 16'h0;
      16'hb57: data = 16'h0;
      16'hb58: data = 16'h2000;
      16'hb59: data = 16'h2000;
      16'hb5a: data = 16'h0;
      16'hb5b: data = 16'h2000;
      16'hb5c: data = 16'h0;
      16'hb5d: data = 16'h0;
      16'hb5e: data = 16'h0;
      16'hb5f: data = 16'h2000;
      16'hb60: data = 16'h2000;
      16'hb61: data = 16'h0;
      16'hb62: data = 16'h0;
      16'hb63: data = 16'h2000;
      16'hb64: data = 16'h0;
      16'hb65: data = 16'h0;
      16'hb66: data = 16'h2000;
      16'hb67: data = 16'h2000;
      16'hb68: data = 16'h0;
      16'hb69: data = 16'h0;
      16'hb6a: data = 16'h2000;
      16'hb6b: data = 16'h2000;
      16'hb6c: data = 16'h0;
      16'hb6d: data = 16'h2000;
      16'hb6e: data = 16'h2000;
      16'hb6f: data = 16'h0;
      16'hb70: data = 16'h0;
      16'hb71: data = 16'h0;
      16'hb72: data = 16'h0;
      16'hb73: data = 16'h2000;
      16'hb74: data = 16'h2000;
      16'hb75: data = 16'h2000;
      16'hb76: data = 16'h0;
      16'hb77: data = 16'h0;
      16'hb78: data = 16'h0;
      16'hb79: data = 16'h0;
      16'hb7a: data = 16'h0;
      16'hb7b: data = 16'h2000;
      16'hb7c: data = 16'h2000;
      16'hb7d: data = 16'h2000;
      16'hb7e: data = 16'h2000;
      16'hb7f: data = 16'h2000;
      16'hb80: data = 16'h2000;
      16'hb81: data = 16'h2000;
      16'hb82: data = 16'h2000;
      16'hb83: data = 16'h0;
      16'hb84: data = 16'h0;
      16'hb85: data = 16'h0;
      16'hb86: data = 16'h2000;
      16'hb87: data = 16'h0;
      16'hb88: data = 16'h0;
      16'hb89: data = 16'h0;
      16'hb8a: data = 16'h0;
      16'hb8b: data = 16'h0;
      16'hb8c: data = 16'h0;
      16'hb8d: data = 16'h2000;
      16'hb8e: data = 16'h0;
      16'hb8f: data = 16'h0;
      16'hb90: data = 16'h0;
      16'hb91: data = 16'h2000;
      16'hb92: data = 16'h0;
      16'hb93: data = 16'h0;
      16'hb94: data = 16'h2000;
      16'hb95: data = 16'h0;
      16'hb96: data = 16'h0;
      16'hb97: data = 16'h0;
      16'hb98: data = 16'h0;
      16'hb99: data = 16'h0;
      16'hb9a: data = 16'h0;
      16'hb9b: data = 16'h2000;
      16'hb9c: data = 16'h0;
      16'hb9d: data = 16'h0;
      16'hb9e: data = 16'h0;
      16'hb9f: data = 16'h0;
      16'hba0: data = 16'h0;
      16'hba1: data = 16'h0;
      16'hba2: data = 16'h2000;
      16'hba3: data = 16'h0;
      16'hba4: data = 16'h0;
      16'hba5: data = 16'h0;
      16'hba6: data = 16'h2000;
      16'hba7: data = 16'h2000;
      16'hba8: data = 16'h2000;
      16'hba9: data = 16'h2000;
      16'hbaa: data = 16'h2000;
      16'hbab: data = 16'h2000;
      16'hbac: data = 16'h2000;
      16'hbad: data = 16'h2000;
      16'hbae: data = 16'h2000;
      16'hbaf: data = 16'h0;
      16'hbb0: data = 16'h2000;
      16'hbb1: data = 16'h2000;
      16'hbb2: data = 16'h2000;
      16'hbb3: data = 16'h2000;
      16'hbb4: data = 16'h0;
      16'hbb5: data = 16'h0;
      16'hbb6: data = 16'h0;
      16'hbb7: data = 16'h2000;
      16'hbb8: data = 16'h0;
      16'hbb9: data = 16'h0;
      16'hbba: data = 16'h0;
      16'hbbb: data = 16'h0;
      16'hbbc: data = 16'h0;
      16'hbbd: data = 16'h0;
      16'hbbe: data = 16'h2000;
      16'hbbf: data = 16'h0;
      16'hbc0: data = 16'h0;
      16'hbc1: data = 16'h0;
      16'hbc2: data = 16'h0;
      16'hbc3: data = 16'h0;
      16'hbc4: data = 16'h0;
      16'hbc5: data = 16'h2000;
      16'hbc6: data = 16'h0;
      16'hbc7: data = 16'h0;
      16'hbc8: data = 16'h0;
      16'hbc9: data = 16'h0;
      16'hbca: data = 16'h0;
      16'hbcb: data = 16'h0;
      16'hbcc: data = 16'h2000;
      16'hbcd: data = 16'h0;
      16'hbce: data = 16'h0;
      16'hbcf: data = 16'h0;
      16'hbd0: data = 16'h0;
      16'hbd1: data = 16'h0;
      16'hbd2: data = 16'h0;
      16'hbd3: data = 16'h2000;
      16'hbd4: data = 16'h0;
      16'hbd5: data = 16'h0;
      16'hbd6: data = 16'h0;
      16'hbd7: data = 16'h2000;
      16'hbd8: data = 16'h2000;
      16'hbd9: data = 16'h2000;
      16'hbda: data = 16'h2000;
      16'hbdb: data = 16'h2000;
      16'hbdc: data = 16'h2000;
      16'hbdd: data = 16'h2000;
      16'hbde: data = 16'h2000;
      16'hbdf: data = 16'h2000;
      16'hbe0: data = 16'h2000;
      16'hbe1: data = 16'h2000;
      16'hbe2: data = 16'h2000;
      16'hbe3: data = 16'h2000;
      16'hbe4: data = 16'h2000;
      16'hbe5: data = 16'h2000;
      16'hbe6: data = 16'h0;
      16'hbe7: data = 16'h0;
      16'hbe8: data = 16'h0;
      16'hbe9: data = 16'h0;
      16'hbea: data = 16'h0;
      16'hbeb: data = 16'h0;
      16'hbec: data = 16'h2000;
      16'hbed: data = 16'h0;
      16'hbee: data = 16'h0;
      16'hbef: data = 16'h0;
      16'hbf0: data = 16'h0;
      16'hbf1: data = 16'h0;
      16'hbf2: data = 16'h0;
      16'hbf3: data = 16'h2000;
      16'hbf4: data = 16'h2000;
      16'hbf5: data = 16'h2000;
      16'hbf6: data = 16'h2000;
      16'hbf7: data = 16'h2000;
      16'hbf8: data = 16'h2000;
      16'hbf9: data = 16'h2000;
      16'hbfa: data = 16'h0;
      16'hbfb: data = 16'h0;
      16'hbfc: data = 16'h0;
      16'hbfd: data = 16'h0;
      16'hbfe: data = 16'h0;
      16'hbff: data = 16'h0;
      16'hc00: data = 16'h2000;
      16'hc01: data = 16'h0;
      16'hc02: data = 16'h0;
      16'hc03: data = 16'h0;
      16'hc04: data = 16'h0;
      16'hc05: data = 16'h0;
      16'hc06: data = 16'h0;
      16'hc07: data = 16'h2000;
      16'hc08: data = 16'h2000;
      16'hc09: data = 16'h2000;
      16'hc0a: data = 16'h2000;
      16'hc0b: data = 16'h2000;
      16'hc0c: data = 16'h2000;
      16'hc0d: data = 16'h0;
      16'hc0e: data = 16'h2000;
      16'hc0f: data = 16'h2000;
      16'hc10: data = 16'h2000;
      16'hc11: data = 16'h2000;
      16'hc12: data = 16'h2000;
      16'hc13: data = 16'h2000;
      16'hc14: data = 16'h2000;
      16'hc15: data = 16'h2000;
      16'hc16: data = 16'h2000;
      16'hc17: data = 16'h0;
      16'hc18: data = 16'h0;
      16'hc19: data = 16'h0;
      16'hc1a: data = 16'h0;
      16'hc1b: data = 16'h0;
      16'hc1c: data = 16'h0;
      16'hc1d: data = 16'h2000;
      16'hc1e: data = 16'h0;
      16'hc1f: data = 16'h0;
      16'hc20: data = 16'h0;
      16'hc21: data = 16'h0;
      16'hc22: data = 16'h0;
      16'hc23: data = 16'h0;
      16'hc24: data = 16'h2000;
      16'hc25: data = 16'h2000;
      16'hc26: data = 16'h2000;
      16'hc27: data = 16'h2000;
      16'hc28: data = 16'h2000;
      16'hc29: data = 16'h2000;
      16'hc2a: data = 16'h2000;
      16'hc2b: data = 16'h0;
      16'hc2c: data = 16'h0;
      16'hc2d: data = 16'h0;
      16'hc2e: data = 16'h0;
      16'hc2f: data = 16'h0;
      16'hc30: data = 16'h0;
      16'hc31: data = 16'h2000;
      16'hc32: data = 16'h0;
      16'hc33: data = 16'h0;
      16'hc34: data = 16'h0;
      16'hc35: data = 16'h0;
      16'hc36: data = 16'h0;
      16'hc37: data = 16'h0;
      16'hc38: data = 16'h2000;
      16'hc39: data = 16'h2000;
      16'hc3a: data = 16'h2000;
      16'hc3b: data = 16'h2000;
      16'hc3c: data = 16'h0;
      16'hc3d: data = 16'h2000;
      16'hc3e: data = 16'h2000;
      16'hc3f: data = 16'h2000;
      16'hc40: data = 16'h2000;
      16'hc41: data = 16'h2000;
      16'hc42: data = 16'h0;
      16'hc43: data = 16'h0;
      16'hc44: data = 16'h0;
      16'hc45: data = 16'h0;
      16'hc46: data = 16'h2000;
      16'hc47: data = 16'h2000;
      16'hc48: data = 16'h2000;
      16'hc49: data = 16'h0;
      16'hc4a: data = 16'h0;
      16'hc4b: data = 16'h0;
      16'hc4c: data = 16'h0;
      16'hc4d: data = 16'h2000;
      16'hc4e: data = 16'h2000;
      16'hc4f: data = 16'h0;
      16'hc50: data = 16'h2000;
      16'hc51: data = 16'h0;
      16'hc52: data = 16'h0;
      16'hc53: data = 16'h0;
      16'hc54: data = 16'h2000;
      16'hc55: data = 16'h2000;
      16'hc56: data = 16'h0;
      16'hc57: data = 16'h0;
      16'hc58: data = 16'h2000;
      16'hc59: data = 16'h0;
      16'hc5a: data = 16'h0;
      16'hc5b: data = 16'h2000;
      16'hc5c: data = 16'h2000;
      16'hc5d: data = 16'h0;
      16'hc5e: data = 16'h0;
      16'hc5f: data = 16'h0;
      16'hc60: data = 16'h2000;
      16'hc61: data = 16'h0;
      16'hc62: data = 16'h2000;
      16'hc63: data = 16'h2000;
      16'hc64: data = 16'h0;
      16'hc65: data = 16'h0;
      16'hc66: data = 16'h0;
      16'hc67: data = 16'h0;
      16'hc68: data = 16'h2000;
      16'hc69: data = 16'h2000;
      16'hc6a: data = 16'h2000;
      16'hc6b: data = 16'h0;
      16'hc6c: data = 16'h0;
      16'hc6d: data = 16'h0;
      16'hc6e: data = 16'h0;
      16'hc6f: data = 16'h0;
      16'hc70: data = 16'h2000;
      16'hc71: data = 16'h2000;
      16'hc72: data = 16'h0;
      16'hc73: data = 16'h0;
      16'hc74: data = 16'h0;
      16'hc75: data = 16'h0;
      16'hc76: data = 16'h0;
      16'hc77: data = 16'h2000;
      16'hc78: data = 16'h2000;
      16'hc79: data = 16'h2000;
      16'hc7a: data = 16'h0;
      16'hc7b: data = 16'h0;
      16'hc7c: data = 16'h0;
      16'hc7d: data = 16'h0;
      16'hc7e: data = 16'h2000;
      16'hc7f: data = 16'h2000;
      16'hc80: data = 16'h0;
      16'hc81: data = 16'h2000;
      16'hc82: data = 16'h0;
      16'hc83: data = 16'h0;
      16'hc84: data = 16'h0;
      16'hc85: data = 16'h2000;
      16'hc86: data = 16'h2000;
      16'hc87: data = 16'h0;
      16'hc88: data = 16'h0;
      16'hc89: data = 16'h2000;
      16'hc8a: data = 16'h0;
      16'hc8b: data = 16'h0;
      16'hc8c: data = 16'h2000;
      16'hc8d: data = 16'h2000;
      16'hc8e: data = 16'h0;
      16'hc8f: data = 16'h0;
      16'hc90: data = 16'h0;
      16'hc91: data = 16'h2000;
      16'hc92: data = 16'h0;
      16'hc93: data = 16'h2000;
      16'hc94: data = 16'h2000;
      16'hc95: data = 16'h0;
      16'hc96: data = 16'h0;
      16'hc97: data = 16'h0;
      16'hc98: data = 16'h2000;
      16'hc99: data = 16'h2000;
      16'hc9a: data = 16'h2000;
      16'hc9b: data = 16'h2000;
      16'hc9c: data = 16'h0;
      16'hc9d: data = 16'h0;
      16'hc9e: data = 16'h0;
      16'hc9f: data = 16'h0;
      16'hca0: data = 16'h0;
      16'hca1: data = 16'h2000;
      16'hca2: data = 16'h2000;
      16'hca3: data = 16'h2000;
      16'hca4: data = 16'h2000;
      16'hca5: data = 16'h2000;
      16'hca6: data = 16'h2000;
      16'hca7: data = 16'h2000;
      16'hca8: data = 16'h2000;
      16'hca9: data = 16'h0;
      16'hcaa: data = 16'h0;
      16'hcab: data = 16'h0;
      16'hcac: data = 16'h2000;
      16'hcad: data = 16'h0;
      16'hcae: data = 16'h0;
      16'hcaf: data = 16'h0;
      16'hcb0: data = 16'h0;
      16'hcb1: data = 16'h0;
      16'hcb2: data = 16'h0;
      16'hcb3: data = 16'h2000;
      16'hcb4: data = 16'h0;
      16'hcb5: data = 16'h0;
      16'hcb6: data = 16'h0;
      16'hcb7: data = 16'h0;
      16'hcb8: data = 16'h0;
      16'hcb9: data = 16'h0;
      16'hcba: data = 16'h2000;
      16'hcbb: data = 16'h0;
      16'hcbc: data = 16'h0;
      16'hcbd: data = 16'h0;
      16'hcbe: data = 16'h0;
      16'hcbf: data = 16'h0;
      16'hcc0: data = 16'h0;
      16'hcc1: data = 16'h2000;
      16'hcc2: data = 16'h0;
      16'hcc3: data = 16'h0;
      16'hcc4: data = 16'h0;
      16'hcc5: data = 16'h0;
      16'hcc6: data = 16'h2000;
      16'hcc7: data = 16'h0;
      16'hcc8: data = 16'h2000;
      16'hcc9: data = 16'h0;
      16'hcca: data = 16'h0;
      16'hccb: data = 16'h0;
      16'hccc: data = 16'h0;
      16'hccd: data = 16'h0;
      16'hcce: data = 16'h0;
      16'hccf: data = 16'h2000;
      16'hcd0: data = 16'h0;
      16'hcd1: data = 16'h0;
      16'hcd2: data = 16'h0;
      16'hcd3: data = 16'h2000;
      16'hcd4: data = 16'h2000;
      16'hcd5: data = 16'h2000;
      16'hcd6: data = 16'h2000;
      16'hcd7: data = 16'h2000;
      16'hcd8: data = 16'h2000;
      16'hcd9: data = 16'h2000;
      16'hcda: data = 16'h2000;
      16'hcdb: data = 16'h0;
      16'hcdc: data = 16'h2000;
      16'hcdd: data = 16'h0;
      16'hcde: data = 16'h0;
      16'hcdf: data = 16'h0;
      16'hce0: data = 16'h0;
      16'hce1: data = 16'h2000;
      16'hce2: data = 16'h0;
      16'hce3: data = 16'h0;
      16'hce4: data = 16'h0;
      16'hce5: data = 16'h0;
      16'hce6: data = 16'h0;
      16'hce7: data = 16'h0;
      16'hce8: data = 16'h2000;
      16'hce9: data = 16'h2000;
      16'hcea: data = 16'h2000;
      16'hceb: data = 16'h2000;
      16'hcec: data = 16'h2000;
      16'hced: data = 16'h2000;
      16'hcee: data = 16'h2000;
      16'hcef: data = 16'h0;
      16'hcf0: data = 16'h0;
      16'hcf1: data = 16'h0;
      16'hcf2: data = 16'h0;
      16'hcf3: data = 16'h0;
      16'hcf4: data = 16'h0;
      16'hcf5: data = 16'h2000;
      16'hcf6: data = 16'h0;
      16'hcf7: data = 16'h0;
      16'hcf8: data = 16'h0;
      16'hcf9: data = 16'h0;
      16'hcfa: data = 16'h0;
      16'hcfb: data = 16'h0;
      16'hcfc: data = 16'h2000;
      16'hcfd: data = 16'h2000;
      16'hcfe: data = 16'h2000;
      16'hcff: data = 16'h2000;
      16'hd00: data = 16'h2000;
      16'hd01: data = 16'h2000;
      16'hd02: data = 16'h2000;
      16'hd03: data = 16'h2000;
      16'hd04: data = 16'h2000;
      16'hd05: data = 16'h2000;
      16'hd06: data = 16'h2000;
      16'hd07: data = 16'h2000;
      16'hd08: data = 16'h2000;
      16'hd09: data = 16'h2000;
      16'hd0a: data = 16'h2000;
      16'hd0b: data = 16'h2000;
      16'hd0c: data = 16'h0;
      16'hd0d: data = 16'h0;
      16'hd0e: data = 16'h0;
      16'hd0f: data = 16'h0;
      16'hd10: data = 16'h0;
      16'hd11: data = 16'h0;
      16'hd12: data = 16'h0;
      16'hd13: data = 16'h0;
      16'hd14: data = 16'h0;
      16'hd15: data = 16'h0;
      16'hd16: data = 16'h0;
      16'hd17: data = 16'h0;
      16'hd18: data = 16'h0;
      16'hd19: data = 16'h2000;
      16'hd1a: data = 16'h2000;
      16'hd1b: data = 16'h2000;
      16'hd1c: data = 16'h2000;
      16'hd1d: data = 16'h2000;
      16'hd1e: data = 16'h2000;
      16'hd1f: data = 16'h2000;
      16'hd20: data = 16'h0;
      16'hd21: data = 16'h0;
      16'hd22: data = 16'h0;
      16'hd23: data = 16'h0;
      16'hd24: data = 16'h0;
      16'hd25: data = 16'h0;
      16'hd26: data = 16'h2000;
      16'hd27: data = 16'h0;
      16'hd28: data = 16'h0;
      16'hd29: data = 16'h0;
      16'hd2a: data = 16'h0;
      16'hd2b: data = 16'h0;
      16'hd2c: data = 16'h0;
      16'hd2d: data = 16'h2000;
      16'hd2e: data = 16'h2000;
      16'hd2f: data = 16'h2000;
      16'hd30: data = 16'h2000;
      16'hd31: data = 16'h2000;
      16'hd32: data = 16'h2000;
      16'hd33: data = 16'h2000;
      16'hd34: data = 16'h2000;
      16'hd35: data = 16'h2000;
      16'hd36: data = 16'h0;
      16'hd37: data = 16'h0;
      16'hd38: data = 16'h0;
      16'hd39: data = 16'h0;
      16'hd3a: data = 16'h0;
      16'hd3b: data = 16'h2000;
      16'hd3c: data = 16'h2000;
      16'hd3d: data = 16'h2000;
      16'hd3e: data = 16'h0;
      16'hd3f: data = 16'h0;
      16'hd40: data = 16'h2000;
      16'hd41: data = 16'h0;
      16'hd42: data = 16'h2000;
      16'hd43: data = 16'h2000;
      16'hd44: data = 16'h0;
      16'hd45: data = 16'h2000;
      16'hd46: data = 16'h0;
      16'hd47: data = 16'h0;
      16'hd48: data = 16'h0;
      16'hd49: data = 16'h2000;
      16'hd4a: data = 16'h2000;
      16'hd4b: data = 16'h0;
      16'hd4c: data = 16'h0;
      16'hd4d: data = 16'h2000;
      16'hd4e: data = 16'h0;
      16'hd4f: data = 16'h0;
      16'hd50: data = 16'h2000;
      16'hd51: data = 16'h2000;
      16'hd52: data = 16'h0;
      16'hd53: data = 16'h0;
      16'hd54: data = 16'h0;
      16'hd55: data = 16'h2000;
      16'hd56: data = 16'h0;
      16'hd57: data = 16'h2000;
      16'hd58: data = 16'h2000;
      16'hd59: data = 16'h0;
      16'hd5a: data = 16'h0;
      16'hd5b: data = 16'h0;
      16'hd5c: data = 16'h0;
      16'hd5d: data = 16'h2000;
      16'hd5e: data = 16'h2000;
      16'hd5f: data = 16'h2000;
      16'hd60: data = 16'h0;
      16'hd61: data = 16'h0;
      16'hd62: data = 16'h0;
      16'hd63: data = 16'h0;
      16'hd64: data = 16'h0;
      16'hd65: data = 16'h2000;
      16'hd66: data = 16'h2000;
      16'hd67: data = 16'h2000;
      16'hd68: data = 16'h2000;
      16'hd69: data = 16'h2000;
      16'hd6a: data = 16'h2000;
      16'hd6b: data = 16'h2000;
      16'hd6c: data = 16'h2000;
      16'hd6d: data = 16'h0;
      16'hd6e: data = 16'h0;
      16'hd6f: data = 16'h0;
      16'hd70: data = 16'h2000;
      16'hd71: data = 16'h0;
      16'hd72: data = 16'h0;
      16'hd73: data = 16'h0;
      16'hd74: data = 16'h0;
      16'hd75: data = 16'h0;
      16'hd76: data = 16'h2000;
      16'hd77: data = 16'h2000;
      16'hd78: data = 16'h0;
      16'hd79: data = 16'h0;
      16'hd7a: data = 16'h0;
      16'hd7b: data = 16'h0;
      16'hd7c: data = 16'h0;
      16'hd7d: data = 16'h0;
      16'hd7e: data = 16'h2000;
      16'hd7f: data = 16'h0;
      16'hd80: data = 16'h0;
      16'hd81: data = 16'h0;
      16'hd82: data = 16'h0;
      16'hd83: data = 16'h0;
      16'hd84: data = 16'h0;
      16'hd85: data = 16'h2000;
      16'hd86: data = 16'h0;
      16'hd87: data = 16'h0;
      16'hd88: data = 16'h0;
      16'hd89: data = 16'h0;
      16'hd8a: data = 16'h0;
      16'hd8b: data = 16'h0;
      16'hd8c: data = 16'h2000;
      16'hd8d: data = 16'h0;
      16'hd8e: data = 16'h0;
      16'hd8f: data = 16'h0;
      16'hd90: data = 16'h0;
      16'hd91: data = 16'h0;
      16'hd92: data = 16'h0;
      16'hd93: data = 16'h2000;
      16'hd94: data = 16'h0;
      16'hd95: data = 16'h0;
      16'hd96: data = 16'h0;
      16'hd97: data = 16'h2000;
      16'hd98: data = 16'h2000;
      16'hd99: data = 16'h2000;
      16'hd9a: data = 16'h2000;
      16'hd9b: data = 16'h2000;
      16'hd9c: data = 16'h2000;
      16'hd9d: data = 16'h2000;
      16'hd9e: data = 16'h0;
      16'hd9f: data = 16'h0;
      16'hda0: data = 16'h0;
      16'hda1: data = 16'h0;
      16'hda2: data = 16'h0;
      16'hda3: data = 16'h0;
      16'hda4: data = 16'h0;
      16'hda5: data = 16'h0;
      16'hda6: data = 16'h0;
      16'hda7: data = 16'h0;
      16'hda8: data = 16'h2000;
      16'hda9: data = 16'h0;
      16'hdaa: data = 16'h0;
      16'hdab: data = 16'h0;
      16'hdac: data = 16'h0;
      16'hdad: data = 16'h0;
      16'hdae: data = 16'h0;
      16'hdaf: data = 16'h2000;
      16'hdb0: data = 16'h0;
      16'hdb1: data = 16'h0;
      16'hdb2: data = 16'h0;
      16'hdb3: data = 16'h0;
      16'hdb4: data = 16'h0;
      16'hdb5: data = 16'h0;
      16'hdb6: data = 16'h2000;
      16'hdb7: data = 16'h0;
      16'hdb8: data = 16'h0;
      16'hdb9: data = 16'h0;
      16'hdba: data = 16'h0;
      16'hdbb: data = 16'h0;
      16'hdbc: data = 16'h0;
      16'hdbd: data = 16'h2000;
      16'hdbe: data = 16'h0;
      16'hdbf: data = 16'h0;
      16'hdc0: data = 16'h0;
      16'hdc1: data = 16'h2000;
      16'hdc2: data = 16'h2000;
      16'hdc3: data = 16'h2000;
      16'hdc4: data = 16'h2000;
      16'hdc5: data = 16'h2000;
      16'hdc6: data = 16'h2000;
      16'hdc7: data = 16'h2000;
      16'hdc8: data = 16'h2000;
      16'hdc9: data = 16'h2000;
      16'hdca: data = 16'h2000;
      16'hdcb: data = 16'h2000;
      16'hdcc: data = 16'h2000;
      16'hdcd: data = 16'h2000;
      16'hdce: data = 16'h2000;
      16'hdcf: data = 16'h2000;
      16'hdd0: data = 16'h0;
      16'hdd1: data = 16'h0;
      16'hdd2: data = 16'h0;
      16'hdd3: data = 16'h0;
      16'hdd4: data = 16'h0;
      16'hdd5: data = 16'h0;
      16'hdd6: data = 16'h2000;
      16'hdd7: data = 16'h0;
      16'hdd8: data = 16'h0;
      16'hdd9: data = 16'h0;
      16'hdda: data = 16'h0;
      16'hddb: data = 16'h0;
      16'hddc: data = 16'h0;
      16'hddd: data = 16'h2000;
      16'hdde: data = 16'h2000;
      16'hddf: data = 16'h2000;
      16'hde0: data = 16'h2000;
      16'hde1: data = 16'h2000;
      16'hde2: data = 16'h2000;
      16'hde3: data = 16'h2000;
      16'hde4: data = 16'h0;
      16'hde5: data = 16'h0;
      16'hde6: data = 16'h0;
      16'hde7: data = 16'h0;
      16'hde8: data = 16'h0;
      16'hde9: data = 16'h0;
      16'hdea: data = 16'h2000;
      16'hdeb: data = 16'h2000;
      16'hdec: data = 16'h0;
      16'hded: data = 16'h0;
      16'hdee: data = 16'h0;
      16'hdef: data = 16'h0;
      16'hdf0: data = 16'h0;
      16'hdf1: data = 16'h2000;
      16'hdf2: data = 16'h2000;
      16'hdf3: data = 16'h2000;
      16'hdf4: data = 16'h2000;
      16'hdf5: data = 16'h2000;
      16'hdf6: data = 16'h2000;
      16'hdf7: data = 16'h2000;
      16'hdf8: data = 16'h2000;
      16'hdf9: data = 16'h2000;
      16'hdfa: data = 16'h2000;
      16'hdfb: data = 16'h2000;
      16'hdfc: data = 16'h2000;
      16'hdfd: data = 16'h2000;
      16'hdfe: data = 16'h2000;
      16'hdff: data = 16'h2000;
      16'he00: data = 16'h2000;
      16'he01: data = 16'h0;
      16'he02: data = 16'h0;
      16'he03: data = 16'h0;
      16'he04: data = 16'h0;
      16'he05: data = 16'h0;
      16'he06: data = 16'h0;
      16'he07: data = 16'h2000;
      16'he08: data = 16'h0;
      16'he09: data = 16'h0;
      16'he0a: data = 16'h0;
      16'he0b: data = 16'h0;
      16'he0c: data = 16'h0;
      16'he0d: data = 16'h0;
      16'he0e: data = 16'h2000;
      16'he0f: data = 16'h2000;
      16'he10: data = 16'h2000;
      16'he11: data = 16'h2000;
      16'he12: data = 16'h0;
      16'he13: data = 16'h2000;
      16'he14: data = 16'h2000;
      16'he15: data = 16'h0;
      16'he16: data = 16'h0;
      16'he17: data = 16'h0;
      16'he18: data = 16'h0;
      16'he19: data = 16'h0;
      16'he1a: data = 16'h0;
      16'he1b: data = 16'h2000;
      16'he1c: data = 16'h0;
      16'he1d: data = 16'h0;
      16'he1e: data = 16'h0;
      16'he1f: data = 16'h0;
      16'he20: data = 16'h0;
      16'he21: data = 16'h0;
      16'he22: data = 16'h2000;
      16'he23: data = 16'h2000;
      16'he24: data = 16'h2000;
      16'he25: data = 16'h2000;
      16'he26: data = 16'h2000;
      16'he27: data = 16'h2000;
      16'he28: data = 16'h2000;
      16'he29: data = 16'h2000;
      16'he2a: data = 16'h2000;
      16'he2b: data = 16'h2000;
      16'he2c: data = 16'h2000;
      16'he2d: data = 16'h2000;
      16'he2e: data = 16'h2000;
      16'he2f: data = 16'h2000;
      16'he30: data = 16'h2000;
      16'he31: data = 16'h0;
      16'he32: data = 16'h0;
      16'he33: data = 16'h0;
      16'he34: data = 16'h2000;
      16'he35: data = 16'h0;
      16'he36: data = 16'h0;
      16'he37: data = 16'h0;
      16'he38: data = 16'h0;
      16'he39: data = 16'h0;
      16'he3a: data = 16'h0;
      16'he3b: data = 16'h2000;
      16'he3c: data = 16'h0;
      16'he3d: data = 16'h0;
      16'he3e: data = 16'h0;
      16'he3f: data = 16'h0;
      16'he40: data = 16'h0;
      16'he41: data = 16'h0;
      16'he42: data = 16'h2000;
      16'he43: data = 16'h2000;
      16'he44: data = 16'h0;
      16'he45: data = 16'h0;
      16'he46: data = 16'h0;
      16'he47: data = 16'h0;
      16'he48: data = 16'h0;
      16'he49: data = 16'h2000;
      16'he4a: data = 16'h0;
      16'he4b: data = 16'h0;
      16'he4c: data = 16'h0;
      16'he4d: data = 16'h0;
      16'he4e: data = 16'h0;
      16'he4f: data = 16'h0;
      16'he50: data = 16'h2000;
      16'he51: data = 16'h0;
      16'he52: data = 16'h0;
      16'he53: data = 16'h0;
      16'he54: data = 16'h2000;
      16'he55: data = 16'h2000;
      16'he56: data = 16'h2000;
      16'he57: data = 16'h2000;
      16'he58: data = 16'h2000;
      16'he59: data = 16'h2000;
      16'he5a: data = 16'h2000;
      16'he5b: data = 16'h2000;
      16'he5c: data = 16'h2000;
      16'he5d: data = 16'h2000;
      16'he5e: data = 16'h2000;
      16'he5f: data = 16'h2000;
      16'he60: data = 16'h2000;
      16'he61: data = 16'h2000;
      16'he62: data = 16'h0;
      16'he63: data = 16'h0;
      16'he64: data = 16'h0;
      16'he65: data = 16'h2000;
      16'he66: data = 16'h0;
      16'he67: data = 16'h0;
      16'he68: data = 16'h0;
      16'he69: data = 16'h2000;
      16'he6a: data = 16'h0;
      16'he6b: data = 16'h0;
      16'he6c: data = 16'h2000;
      16'he6d: data = 16'h0;
      16'he6e: data = 16'h0;
      16'he6f: data = 16'h0;
      16'he70: data = 16'h0;
      16'he71: data = 16'h0;
      16'he72: data = 16'h0;
      16'he73: data = 16'h2000;
      16'he74: data = 16'h0;
      16'he75: data = 16'h0;
      16'he76: data = 16'h0;
      16'he77: data = 16'h0;
      16'he78: data = 16'h0;
      16'he79: data = 16'h0;
      16'he7a: data = 16'h2000;
      16'he7b: data = 16'h0;
      16'he7c: data = 16'h0;
      16'he7d: data = 16'h0;
      16'he7e: data = 16'h0;
      16'he7f: data = 16'h0;
      16'he80: data = 16'h0;
      16'he81: data = 16'h2000;
      16'he82: data = 16'h0;
      16'he83: data = 16'h0;
      16'he84: data = 16'h0;
      16'he85: data = 16'h0;
      16'he86: data = 16'h0;
      16'he87: data = 16'h0;
      16'he88: data = 16'h2000;
      16'he89: data = 16'h0;
      16'he8a: data = 16'h0;
      16'he8b: data = 16'h0;
      16'he8c: data = 16'h2000;
      16'he8d: data = 16'h2000;
      16'he8e: data = 16'h2000;
      16'he8f: data = 16'h2000;
      16'he90: data = 16'h2000;
      16'he91: data = 16'h2000;
      16'he92: data = 16'h2000;
      16'he93: data = 16'h0;
      16'he94: data = 16'h0;
      16'he95: data = 16'h0;
      16'he96: data = 16'h2000;
      16'he97: data = 16'h0;
      16'he98: data = 16'h0;
      16'he99: data = 16'h0;
      16'he9a: data = 16'h0;
      16'he9b: data = 16'h0;
      16'he9c: data = 16'h0;
      16'he9d: data = 16'h2000;
      16'he9e: data = 16'h0;
      16'he9f: data = 16'h0;
      16'hea0: data = 16'h0;
      16'hea1: data = 16'h0;
      16'hea2: data = 16'h0;
      16'hea3: data = 16'h0;
      16'hea4: data = 16'h2000;
      16'hea5: data = 16'h0;
      16'hea6: data = 16'h0;
      16'hea7: data = 16'h0;
      16'hea8: data = 16'h0;
      16'hea9: data = 16'h0;
      16'heaa: data = 16'h0;
      16'heab: data = 16'h2000;
      16'heac: data = 16'h0;
      16'head: data = 16'h0;
      16'heae: data = 16'h0;
      16'heaf: data = 16'h0;
      16'heb0: data = 16'h2000;
      16'heb1: data = 16'h0;
      16'heb2: data = 16'h2000;
      16'heb3: data = 16'h0;
      16'heb4: data = 16'h0;
      16'heb5: data = 16'h0;
      16'heb6: data = 16'h2000;
      16'heb7: data = 16'h2000;
      16'heb8: data = 16'h2000;
      16'heb9: data = 16'h2000;
      16'heba: data = 16'h2000;
      16'hebb: data = 16'h2000;
      16'hebc: data = 16'h2000;
      16'hebd: data = 16'h2000;
      16'hebe: data = 16'h2000;
      16'hebf: data = 16'h2000;
      16'hec0: data = 16'h2000;
      16'hec1: data = 16'h2000;
      16'hec2: data = 16'h2000;
      16'hec3: data = 16'h2000;
      16'hec4: data = 16'h0;
      16'hec5: data = 16'h0;
      16'hec6: data = 16'h0;
      16'hec7: data = 16'h2000;
      16'hec8: data = 16'h0;
      16'hec9: data = 16'h0;
      16'heca: data = 16'h0;
      16'hecb: data = 16'h0;
      16'hecc: data = 16'h0;
      16'hecd: data = 16'h0;
      16'hece: data = 16'h2000;
      16'hecf: data = 16'h0;
      16'hed0: data = 16'h0;
      16'hed1: data = 16'h0;
      16'hed2: data = 16'h0;
      16'hed3: data = 16'h2000;
      16'hed4: data = 16'h0;
      16'hed5: data = 16'h2000;
      16'hed6: data = 16'h0;
      16'hed7: data = 16'h0;
      16'hed8: data = 16'h0;
      16'hed9: data = 16'h0;
      16'heda: data = 16'h0;
      16'hedb: data = 16'h0;
      16'hedc: data = 16'h2000;
      16'hedd: data = 16'h0;
      16'hede: data = 16'h0;
      16'hedf: data = 16'h0;
      16'hee0: data = 16'h0;
      16'hee1: data = 16'h0;
      16'hee2: data = 16'h0;
      16'hee3: data = 16'h2000;
      16'hee4: data = 16'h0;
      16'hee5: data = 16'h0;
      16'hee6: data = 16'h0;
      16'hee7: data = 16'h2000;
      16'hee8: data = 16'h2000;
      16'hee9: data = 16'h2000;
      16'heea: data = 16'h2000;
      16'heeb: data = 16'h2000;
      16'heec: data = 16'h2000;
      16'heed: data = 16'h2000;
      16'heee: data = 16'h2000;
      16'heef: data = 16'h0;
      16'hef0: data = 16'h0;
      16'hef1: data = 16'h0;
      16'hef2: data = 16'h0;
      16'hef3: data = 16'h0;
      16'hef4: data = 16'h2000;
      16'hef5: data = 16'h2000;
      16'hef6: data = 16'h2000;
      16'hef7: data = 16'h0;
      16'hef8: data = 16'h0;
      16'hef9: data = 16'h0;
      16'hefa: data = 16'h0;
      16'hefb: data = 16'h2000;
      16'hefc: data = 16'h2000;
      16'hefd: data = 16'h0;
      16'hefe: data = 16'h2000;
      16'heff: data = 16'h0;
      16'hf00: data = 16'h0;
      16'hf01: data = 16'h0;
      16'hf02: data = 16'h2000;
      16'hf03: data = 16'h2000;
      16'hf04: data = 16'h0;
      16'hf05: data = 16'h0;
      16'hf06: data = 16'h2000;
      16'hf07: data = 16'h0;
      16'hf08: data = 16'h0;
      16'hf09: data = 16'h2000;
      16'hf0a: data = 16'h2000;
      16'hf0b: data = 16'h0;
      16'hf0c: data = 16'h0;
      16'hf0d: data = 16'h0;
      16'hf0e: data = 16'h2000;
      16'hf0f: data = 16'h0;
      16'hf10: data = 16'h0;
      16'hf11: data = 16'h2000;
      16'hf12: data = 16'h0;
      16'hf13: data = 16'h0;
      16'hf14: data = 16'h0;
      16'hf15: data = 16'h0;
      16'hf16: data = 16'h2000;
      16'hf17: data = 16'h2000;
      16'hf18: data = 16'h2000;
      16'hf19: data = 16'h0;
      16'hf1a: data = 16'h0;
      16'hf1b: data = 16'h0;
      16'hf1c: data = 16'h0;
      16'hf1d: data = 16'h0;
      16'hf1e: data = 16'h2000;
      16'hf1f: data = 16'h2000;
      16'hf20: data = 16'h0;
      16'hf21: data = 16'h2000;
      16'hf22: data = 16'h2000;
      16'hf23: data = 16'h2000;
      16'hf24: data = 16'h2000;
      16'hf25: data = 16'h2000;
      16'hf26: data = 16'h2000;
      16'hf27: data = 16'h0;
      16'hf28: data = 16'h0;
      16'hf29: data = 16'h0;
      16'hf2a: data = 16'h0;
      16'hf2b: data = 16'h0;
      16'hf2c: data = 16'h0;
      16'hf2d: data = 16'h2000;
      16'hf2e: data = 16'h0;
      16'hf2f: data = 16'h0;
      16'hf30: data = 16'h0;
      16'hf31: data = 16'h0;
      16'hf32: data = 16'h0;
      16'hf33: data = 16'h0;
      16'hf34: data = 16'h2000;
      16'hf35: data = 16'h2000;
      16'hf36: data = 16'h2000;
      16'hf37: data = 16'h2000;
      16'hf38: data = 16'h2000;
      16'hf39: data = 16'h2000;
      16'hf3a: data = 16'h2000;
      16'hf3b: data = 16'h0;
      16'hf3c: data = 16'h0;
      16'hf3d: data = 16'h0;
      16'hf3e: data = 16'h0;
      16'hf3f: data = 16'h0;
      16'hf40: data = 16'h0;
      16'hf41: data = 16'h2000;
      16'hf42: data = 16'h0;
      16'hf43: data = 16'h0;
      16'hf44: data = 16'h0;
      16'hf45: data = 16'h0;
      16'hf46: data = 16'h0;
      16'hf47: data = 16'h0;
      16'hf48: data = 16'h2000;
      16'hf49: data = 16'h2000;
      16'hf4a: data = 16'h2000;
      16'hf4b: data = 16'h2000;
      16'hf4c: data = 16'h2000;
      16'hf4d: data = 16'h2000;
      16'hf4e: data = 16'h2000;
      16'hf4f: data = 16'h2000;
      16'hf50: data = 16'h0;
      16'hf51: data = 16'h2000;
      16'hf52: data = 16'h2000;
      16'hf53: data = 16'h2000;
      16'hf54: data = 16'h2000;
      16'hf55: data = 16'h2000;
      16'hf56: data = 16'h2000;
      16'hf57: data = 16'h0;
      16'hf58: data = 16'h0;
      16'hf59: data = 16'h0;
      16'hf5a: data = 16'h2000;
      16'hf5b: data = 16'h0;
      16'hf5c: data = 16'h0;
      16'hf5d: data = 16'h0;
      16'hf5e: data = 16'h0;
      16'hf5f: data = 16'h0;
      16'hf60: data = 16'h0;
      16'hf61: data = 16'h2000;
      16'hf62: data = 16'h0;
      16'hf63: data = 16'h0;
      16'hf64: data = 16'h0;
      16'hf65: data = 16'h0;
      16'hf66: data = 16'h0;
      16'hf67: data = 16'h0;
      16'hf68: data = 16'h2000;
      16'hf69: data = 16'h0;
      16'hf6a: data = 16'h0;
      16'hf6b: data = 16'h0;
      16'hf6c: data = 16'h0;
      16'hf6d: data = 16'h0;
      16'hf6e: data = 16'h0;
      16'hf6f: data = 16'h2000;
      16'hf70: data = 16'h0;
      16'hf71: data = 16'h0;
      16'hf72: data = 16'h0;
      16'hf73: data = 16'h0;
      16'hf74: data = 16'h0;
      16'hf75: data = 16'h0;
      16'hf76: data = 16'h2000;
      16'hf77: data = 16'h0;
      16'hf78: data = 16'h0;
      16'hf79: data = 16'h0;
      16'hf7a: data = 16'h0;
      16'hf7b: data = 16'h0;
      16'hf7c: data = 16'h0;
      16'hf7d: data = 16'h2000;
      16'hf7e: data = 16'h0;
      16'hf7f: data = 16'h0;
      16'hf80: data = 16'h0;
      16'hf81: data = 16'h2000;
      16'hf82: data = 16'h2000;
      16'hf83: data = 16'h2000;
      16'hf84: data = 16'h2000;
      16'hf85: data = 16'h2000;
      16'hf86: data = 16'h2000;
      16'hf87: data = 16'h2000;
      16'hf88: data = 16'h2000;
      16'hf89: data = 16'h0;
      16'hf8a: data = 16'h0;
      16'hf8b: data = 16'h2000;
      16'hf8c: data = 16'h0;
      16'hf8d: data = 16'h0;
      16'hf8e: data = 16'h0;
      16'hf8f: data = 16'h2000;
      16'hf90: data = 16'h0;
      16'hf91: data = 16'h0;
      16'hf92: data = 16'h0;
      16'hf93: data = 16'h0;
      16'hf94: data = 16'h0;
      16'hf95: data = 16'h0;
      16'hf96: data = 16'h2000;
      16'hf97: data = 16'h2000;
      16'hf98: data = 16'h2000;
      16'hf99: data = 16'h2000;
      16'hf9a: data = 16'h2000;
      16'hf9b: data = 16'h2000;
      16'hf9c: data = 16'h2000;
      16'hf9d: data = 16'h0;
      16'hf9e: data = 16'h0;
      16'hf9f: data = 16'h0;
      16'hfa0: data = 16'h0;
      16'hfa1: data = 16'h0;
      16'hfa2: data = 16'h0;
      16'hfa3: data = 16'h2000;
      16'hfa4: data = 16'h0;
      16'hfa5: data = 16'h0;
      16'hfa6: data = 16'h0;
      16'hfa7: data = 16'h0;
      16'hfa8: data = 16'h0;
      16'hfa9: data = 16'h0;
      16'hfaa: data = 16'h2000;
      16'hfab: data = 16'h2000;
      16'hfac: data = 16'h2000;
      16'hfad: data = 16'h2000;
      16'hfae: data = 16'h2000;
      16'hfaf: data = 16'h2000;
      16'hfb0: data = 16'h2000;
      16'hfb1: data = 16'h2000;
      16'hfb2: data = 16'h2000;
      16'hfb3: data = 16'h0;
      16'hfb4: data = 16'h0;
      16'hfb5: data = 16'h0;
      16'hfb6: data = 16'h0;
      16'hfb7: data = 16'h0;
      16'hfb8: data = 16'h2000;
      16'hfb9: data = 16'h2000;
      16'hfba: data = 16'h2000;
      16'hfbb: data = 16'h0;
      16'hfbc: data = 16'h0;
      16'hfbd: data = 16'h0;
      16'hfbe: data = 16'h0;
      16'hfbf: data = 16'h2000;
      16'hfc0: data = 16'h2000;
      16'hfc1: data = 16'h0;
      16'hfc2: data = 16'h2000;
      16'hfc3: data = 16'h0;
      16'hfc4: data = 16'h0;
      16'hfc5: data = 16'h0;
      16'hfc6: data = 16'h2000;
      16'hfc7: data = 16'h2000;
      16'hfc8: data = 16'h0;
      16'hfc9: data = 16'h2000;
      16'hfca: data = 16'h2000;
      16'hfcb: data = 16'h0;
      16'hfcc: data = 16'h0;
      16'hfcd: data = 16'h2000;
      16'hfce: data = 16'h2000;
      16'hfcf: data = 16'h0;
      16'hfd0: data = 16'h0;
      16'hfd1: data = 16'h0;
      16'hfd2: data = 16'h2000;
      16'hfd3: data = 16'h0;
      16'hfd4: data = 16'h2000;
      16'hfd5: data = 16'h2000;
      16'hfd6: data = 16'h0;
      16'hfd7: data = 16'h0;
      16'hfd8: data = 16'h0;
      16'hfd9: data = 16'h0;
      16'hfda: data = 16'h2000;
      16'hfdb: data = 16'h2000;
      16'hfdc: data = 16'h2000;
      16'hfdd: data = 16'h0;
      16'hfde: data = 16'h0;
      16'hfdf: data = 16'h0;
      16'hfe0: data = 16'h0;
      16'hfe1: data = 16'h0;
      16'hfe2: data = 16'h2000;
      16'hfe3: data = 16'h2000;
      16'hfe4: data = 16'h2000;
      16'hfe5: data = 16'h2000;
      16'hfe6: data = 16'h2000;
      16'hfe7: data = 16'h2000;
      16'hfe8: data = 16'h2000;
      16'hfe9: data = 16'h2000;
      16'hfea: data = 16'h0;
      16'hfeb: data = 16'h0;
      16'hfec: data = 16'h0;
      16'hfed: data = 16'h2000;
      16'hfee: data = 16'h0;
      16'hfef: data = 16'h0;
      16'hff0: data = 16'h0;
      16'hff1: data = 16'h0;
      16'hff2: data = 16'h0;
      16'hff3: data = 16'h0;
      16'hff4: data = 16'h2000;
      16'hff5: data = 16'h0;
      16'hff6: data = 16'h0;
      16'hff7: data = 16'h0;
      16'hff8: data = 16'h0;
      16'hff9: data = 16'h0;
      16'hffa: data = 16'h0;
      16'hffb: data = 16'h2000;
      16'hffc: data = 16'h0;
      16'hffd: data = 16'h0;
      16'hffe: data = 16'h0;
      16'hfff: data = 16'h0;
      16'h1000: data = 16'h0;
      16'h1001: data = 16'h0;
      16'h1002: data = 16'h2000;
      16'h1003: data = 16'h0;
      16'h1004: data = 16'h0;
      16'h1005: data = 16'h0;
      16'h1006: data = 16'h0;
      16'h1007: data = 16'h0;
      16'h1008: data = 16'h0;
      16'h1009: data = 16'h2000;
      16'h100a: data = 16'h0;
      16'h100b: data = 16'h0;
      16'h100c: data = 16'h0;
      16'h100d: data = 16'h2000;
      16'h100e: data = 16'h0;
      16'h100f: data = 16'h2000;
      16'h1010: data = 16'h2000;
      16'h1011: data = 16'h2000;
      16'h1012: data = 16'h2000;
      16'h1013: data = 16'h2000;
      16'h1014: data = 16'h2000;
      16'h1015: data = 16'h2000;
      16'h1016: data = 16'h2000;
      16'h1017: data = 16'h2000;
      16'h1018: data = 16'h2000;
      16'h1019: data = 16'h2000;
      16'h101a: data = 16'h2000;
      16'h101b: data = 16'h2000;
      16'h101c: data = 16'h0;
      16'h101d: data = 16'h0;
      16'h101e: data = 16'h0;
      16'h101f: data = 16'h0;
      16'h1020: data = 16'h0;
      16'h1021: data = 16'h0;
      16'h1022: data = 16'h2000;
      16'h1023: data = 16'h0;
      16'h1024: data = 16'h0;
      16'h1025: data = 16'h0;
      16'h1026: data = 16'h0;
      16'h1027: data = 16'h0;
      16'h1028: data = 16'h0;
      16'h1029: data = 16'h2000;
      16'h102a: data = 16'h2000;
      16'h102b: data = 16'h2000;
      16'h102c: data = 16'h2000;
      16'h102d: data = 16'h2000;
      16'h102e: data = 16'h2000;
      16'h102f: data = 16'h2000;
      16'h1030: data = 16'h0;
      16'h1031: data = 16'h0;
      16'h1032: data = 16'h0;
      16'h1033: data = 16'h0;
      16'h1034: data = 16'h0;
      16'h1035: data = 16'h0;
      16'h1036: data = 16'h2000;
      16'h1037: data = 16'h0;
      16'h1038: data = 16'h0;
      16'h1039: data = 16'h0;
      16'h103a: data = 16'h0;
      16'h103b: data = 16'h0;
      16'h103c: data = 16'h2000;
      16'h103d: data = 16'h2000;
      16'h103e: data = 16'h2000;
      16'h103f: data = 16'h2000;
      16'h1040: data = 16'h2000;
      16'h1041: data = 16'h2000;
      16'h1042: data = 16'h2000;
      16'h1043: data = 16'h2000;
      16'h1044: data = 16'h2000;
      16'h1045: data = 16'h2000;
      16'h1046: data = 16'h2000;
      16'h1047: data = 16'h2000;
      16'h1048: data = 16'h2000;
      16'h1049: data = 16'h2000;
      16'h104a: data = 16'h2000;
      16'h104b: data = 16'h2000;
      16'h104c: data = 16'h0;
      16'h104d: data = 16'h0;
      16'h104e: data = 16'h0;
      16'h104f: data = 16'h2000;
      16'h1050: data = 16'h0;
      16'h1051: data = 16'h0;
      16'h1052: data = 16'h0;
      16'h1053: data = 16'h0;
      16'h1054: data = 16'h0;
      16'h1055: data = 16'h0;
      16'h1056: data = 16'h2000;
      16'h1057: data = 16'h0;
      16'h1058: data = 16'h2000;
      16'h1059: data = 16'h0;
      16'h105a: data = 16'h0;
      16'h105b: data = 16'h0;
      16'h105c: data = 16'h0;
      16'h105d: data = 16'h2000;
      16'h105e: data = 16'h0;
      16'h105f: data = 16'h0;
      16'h1060: data = 16'h0;
      16'h1061: data = 16'h0;
      16'h1062: data = 16'h0;
      16'h1063: data = 16'h0;
      16'h1064: data = 16'h2000;
      16'h1065: data = 16'h0;
      16'h1066: data = 16'h0;
      16'h1067: data = 16'h0;
      16'h1068: data = 16'h0;
      16'h1069: data = 16'h0;
      16'h106a: data = 16'h0;
      16'h106b: data = 16'h2000;
      16'h106c: data = 16'h0;
      16'h106d: data = 16'h0;
      16'h106e: data = 16'h0;
      16'h106f: data = 16'h2000;
      16'h1070: data = 16'h2000;
      16'h1071: data = 16'h2000;
      16'h1072: data = 16'h2000;
      16'h1073: data = 16'h2000;
      16'h1074: data = 16'h2000;
      16'h1075: data = 16'h2000;
      16'h1076: data = 16'h2000;
      16'h1077: data = 16'h2000;
      16'h1078: data = 16'h2000;
      16'h1079: data = 16'h2000;
      16'h107a: data = 16'h2000;
      16'h107b: data = 16'h2000;
      16'h107c: data = 16'h2000;
      16'h107d: data = 16'h0;
      16'h107e: data = 16'h0;
      16'h107f: data = 16'h0;
      16'h1080: data = 16'h2000;
      16'h1081: data = 16'h0;
      16'h1082: data = 16'h0;
      16'h1083: data = 16'h0;
      16'h1084: data = 16'h0;
      16'h1085: data = 16'h0;
      16'h1086: data = 16'h0;
      16'h1087: data = 16'h2000;
      16'h1088: data = 16'h0;
      16'h1089: data = 16'h0;
      16'h108a: data = 16'h0;
      16'h108b: data = 16'h0;
      16'h108c: data = 16'h0;
      16'h108d: data = 16'h0;
      16'h108e: data = 16'h2000;
      16'h108f: data = 16'h0;
      16'h1090: data = 16'h0;
      16'h1091: data = 16'h0;
      16'h1092: data = 16'h0;
      16'h1093: data = 16'h0;
      16'h1094: data = 16'h0;
      16'h1095: data = 16'h2000;
      16'h1096: data = 16'h0;
      16'h1097: data = 16'h0;
      16'h1098: data = 16'h0;
      16'h1099: data = 16'h0;
      16'h109a: data = 16'h0;
      16'h109b: data = 16'h0;
      16'h109c: data = 16'h2000;
      16'h109d: data = 16'h0;
      16'h109e: data = 16'h0;
      16'h109f: data = 16'h0;
      16'h10a0: data = 16'h0;
      16'h10a1: data = 16'h0;
      16'h10a2: data = 16'h0;
      16'h10a3: data = 16'h2000;
      16'h10a4: data = 16'h0;
      16'h10a5: data = 16'h0;
      16'h10a6: data = 16'h2000;
      16'h10a7: data = 16'h2000;
      16'h10a8: data = 16'h0;
      16'h10a9: data = 16'h0;
      16'h10aa: data = 16'h0;
      16'h10ab: data = 16'h0;
      16'h10ac: data = 16'h2000;
      16'h10ad: data = 16'h2000;
      16'h10ae: data = 16'h2000;
      16'h10af: data = 16'h2000;
      16'h10b0: data = 16'h0;
      16'h10b1: data = 16'h0;
      16'h10b2: data = 16'h0;
      16'h10b3: data = 16'h0;
      16'h10b4: data = 16'h2000;
      16'h10b5: data = 16'h2000;
      16'h10b6: data = 16'h0;
      16'h10b7: data = 16'h2000;
      16'h10b8: data = 16'h0;
      16'h10b9: data = 16'h0;
      16'h10ba: data = 16'h0;
      16'h10bb: data = 16'h2000;
      16'h10bc: data = 16'h2000;
      16'h10bd: data = 16'h0;
      16'h10be: data = 16'h0;
      16'h10bf: data = 16'h2000;
      16'h10c0: data = 16'h0;
      16'h10c1: data = 16'h0;
      16'h10c2: data = 16'h2000;
      16'h10c3: data = 16'h2000;
      16'h10c4: data = 16'h0;
      16'h10c5: data = 16'h0;
      16'h10c6: data = 16'h0;
      16'h10c7: data = 16'h2000;
      16'h10c8: data = 16'h0;
      16'h10c9: data = 16'h2000;
      16'h10ca: data = 16'h2000;
      16'h10cb: data = 16'h0;
      16'h10cc: data = 16'h0;
      16'h10cd: data = 16'h0;
      16'h10ce: data = 16'h0;
      16'h10cf: data = 16'h2000;
      16'h10d0: data = 16'h2000;
      16'h10d1: data = 16'h2000;
      16'h10d2: data = 16'h0;
      16'h10d3: data = 16'h0;
      16'h10d4: data = 16'h0;
      16'h10d5: data = 16'h0;
      16'h10d6: data = 16'h0;
      16'h10d7: data = 16'h2000;
      16'h10d8: data = 16'h2000;
      16'h10d9: data = 16'h2000;
      16'h10da: data = 16'h2000;
      16'h10db: data = 16'h0;
      16'h10dc: data = 16'h2000;
      16'h10dd: data = 16'h2000;
      16'h10de: data = 16'h2000;
      16'h10df: data = 16'h0;
      16'h10e0: data = 16'h0;
      16'h10e1: data = 16'h0;
      16'h10e2: data = 16'h2000;
      16'h10e3: data = 16'h0;
      16'h10e4: data = 16'h0;
      16'h10e5: data = 16'h0;
      16'h10e6: data = 16'h0;
      16'h10e7: data = 16'h0;
      16'h10e8: data = 16'h0;
      16'h10e9: data = 16'h2000;
      16'h10ea: data = 16'h0;
      16'h10eb: data = 16'h0;
      16'h10ec: data = 16'h0;
      16'h10ed: data = 16'h0;
      16'h10ee: data = 16'h0;
      16'h10ef: data = 16'h0;
      16'h10f0: data = 16'h2000;
      16'h10f1: data = 16'h0;
      16'h10f2: data = 16'h0;
      16'h10f3: data = 16'h0;
      16'h10f4: data = 16'h0;
      16'h10f5: data = 16'h0;
      16'h10f6: data = 16'h0;
      16'h10f7: data = 16'h2000;
      16'h10f8: data = 16'h0;
      16'h10f9: data = 16'h0;
      16'h10fa: data = 16'h0;
      16'h10fb: data = 16'h0;
      16'h10fc: data = 16'h0;
      16'h10fd: data = 16'h0;
      16'h10fe: data = 16'h2000;
      16'h10ff: data = 16'h0;
      16'h1100: data = 16'h0;
      16'h1101: data = 16'h0;
      16'h1102: data = 16'h0;
      16'h1103: data = 16'h0;
      16'h1104: data = 16'h0;
      16'h1105: data = 16'h2000;
      16'h1106: data = 16'h0;
      16'h1107: data = 16'h0;
      16'h1108: data = 16'h0;
      16'h1109: data = 16'h2000;
      16'h110a: data = 16'h2000;
      16'h110b: data = 16'h2000;
      16'h110c: data = 16'h2000;
      16'h110d: data = 16'h2000;
      16'h110e: data = 16'h2000;
      16'h110f: data = 16'h2000;
      16'h1110: data = 16'h0;
      16'h1111: data = 16'h0;
      16'h1112: data = 16'h0;
      16'h1113: data = 16'h2000;
      16'h1114: data = 16'h0;
      16'h1115: data = 16'h0;
      16'h1116: data = 16'h0;
      16'h1117: data = 16'h0;
      16'h1118: data = 16'h0;
      16'h1119: data = 16'h0;
      16'h111a: data = 16'h2000;
      16'h111b: data = 16'h0;
      16'h111c: data = 16'h0;
      16'h111d: data = 16'h0;
      16'h111e: data = 16'h0;
      16'h111f: data = 16'h0;
      16'h1120: data = 16'h0;
      16'h1121: data = 16'h2000;
      16'h1122: data = 16'h0;
      16'h1123: data = 16'h0;
      16'h1124: data = 16'h0;
      16'h1125: data = 16'h0;
      16'h1126: data = 16'h0;
      16'h1127: data = 16'h2000;
      16'h1128: data = 16'h2000;
      16'h1129: data = 16'h0;
      16'h112a: data = 16'h0;
      16'h112b: data = 16'h0;
      16'h112c: data = 16'h0;
      16'h112d: data = 16'h0;
      16'h112e: data = 16'h0;
      16'h112f: data = 16'h2000;
      16'h1130: data = 16'h0;
      16'h1131: data = 16'h0;
      16'h1132: data = 16'h0;
      16'h1133: data = 16'h0;
      16'h1134: data = 16'h0;
      16'h1135: data = 16'h0;
      16'h1136: data = 16'h2000;
      16'h1137: data = 16'h0;
      16'h1138: data = 16'h0;
      16'h1139: data = 16'h0;
      16'h113a: data = 16'h2000;
      16'h113b: data = 16'h2000;
      16'h113c: data = 16'h2000;
      16'h113d: data = 16'h2000;
      16'h113e: data = 16'h2000;
      16'h113f: data = 16'h2000;
      16'h1140: data = 16'h2000;
      16'h1141: data = 16'h0;
      16'h1142: data = 16'h0;
      16'h1143: data = 16'h0;
      16'h1144: data = 16'h2000;
      16'h1145: data = 16'h0;
      16'h1146: data = 16'h0;
      16'h1147: data = 16'h0;
      16'h1148: data = 16'h0;
      16'h1149: data = 16'h0;
      16'h114a: data = 16'h0;
      16'h114b: data = 16'h2000;
      16'h114c: data = 16'h0;
      16'h114d: data = 16'h0;
      16'h114e: data = 16'h0;
      16'h114f: data = 16'h0;
      16'h1150: data = 16'h0;
      16'h1151: data = 16'h0;
      16'h1152: data = 16'h0;
      16'h1153: data = 16'h0;
      16'h1154: data = 16'h0;
      16'h1155: data = 16'h0;
      16'h1156: data = 16'h0;
      16'h1157: data = 16'h0;
      16'h1158: data = 16'h0;
      16'h1159: data = 16'h2000;
      16'h115a: data = 16'h0;
      16'h115b: data = 16'h0;
      16'h115c: data = 16'h0;
      16'h115d: data = 16'h0;
      16'h115e: data = 16'h0;
      16'h115f: data = 16'h0;
      16'h1160: data = 16'h2000;
      16'h1161: data = 16'h0;
      16'h1162: data = 16'h0;
      16'h1163: data = 16'h0;
      16'h1164: data = 16'h0;
      16'h1165: data = 16'h0;
      16'h1166: data = 16'h0;
      16'h1167: data = 16'h2000;
      16'h1168: data = 16'h0;
      16'h1169: data = 16'h0;
      16'h116a: data = 16'h0;
      16'h116b: data = 16'h2000;
      16'h116c: data = 16'h0;
      16'h116d: data = 16'h0;
      16'h116e: data = 16'h0;
      16'h116f: data = 16'h0;
      16'h1170: data = 16'h0;
      16'h1171: data = 16'h2000;
      16'h1172: data = 16'h2000;
      16'h1173: data = 16'h2000;
      16'h1174: data = 16'h0;
      16'h1175: data = 16'h0;
      16'h1176: data = 16'h0;
      16'h1177: data = 16'h0;
      16'h1178: data = 16'h2000;
      16'h1179: data = 16'h2000;
      16'h117a: data = 16'h0;
      16'h117b: data = 16'h2000;
      16'h117c: data = 16'h0;
      16'h117d: data = 16'h0;
      16'h117e: data = 16'h0;
      16'h117f: data = 16'h2000;
      16'h1180: data = 16'h2000;
      16'h1181: data = 16'h0;
      16'h1182: data = 16'h0;
      16'h1183: data = 16'h2000;
      16'h1184: data = 16'h0;
      16'h1185: data = 16'h0;
      16'h1186: data = 16'h2000;
      16'h1187: data = 16'h2000;
      16'h1188: data = 16'h0;
      16'h1189: data = 16'h0;
      16'h118a: data = 16'h0;
      16'h118b: data = 16'h2000;
      16'h118c: data = 16'h0;
      16'h118d: data = 16'h2000;
      16'h118e: data = 16'h2000;
      16'h118f: data = 16'h0;
      16'h1190: data = 16'h0;
      16'h1191: data = 16'h0;
      16'h1192: data = 16'h0;
      16'h1193: data = 16'h2000;
      16'h1194: data = 16'h2000;
      16'h1195: data = 16'h2000;
      16'h1196: data = 16'h0;
      16'h1197: data = 16'h0;
      16'h1198: data = 16'h0;
      16'h1199: data = 16'h0;
      16'h119a: data = 16'h2000;
      16'h119b: data = 16'h2000;
      16'h119c: data = 16'h2000;
      16'h119d: data = 16'h2000;
      16'h119e: data = 16'h2000;
      16'h119f: data = 16'h2000;
      16'h11a0: data = 16'h2000;
      16'h11a1: data = 16'h2000;
      16'h11a2: data = 16'h2000;
      16'h11a3: data = 16'h0;
      16'h11a4: data = 16'h0;
      16'h11a5: data = 16'h0;
      16'h11a6: data = 16'h2000;
      16'h11a7: data = 16'h0;
      16'h11a8: data = 16'h0;
      16'h11a9: data = 16'h0;
      16'h11aa: data = 16'h0;
      16'h11ab: data = 16'h0;
      16'h11ac: data = 16'h0;
      16'h11ad: data = 16'h2000;
      16'h11ae: data = 16'h0;
      16'h11af: data = 16'h0;
      16'h11b0: data = 16'h0;
      16'h11b1: data = 16'h0;
      16'h11b2: data = 16'h0;
      16'h11b3: data = 16'h0;
      16'h11b4: data = 16'h2000;
      16'h11b5: data = 16'h0;
      16'h11b6: data = 16'h0;
      16'h11b7: data = 16'h2000;
      16'h11b8: data = 16'h0;
      16'h11b9: data = 16'h0;
      16'h11ba: data = 16'h0;
      16'h11bb: data = 16'h2000;
      16'h11bc: data = 16'h0;
      16'h11bd: data = 16'h0;
      16'h11be: data = 16'h0;
      16'h11bf: data = 16'h0;
      16'h11c0: data = 16'h0;
      16'h11c1: data = 16'h0;
      16'h11c2: data = 16'h2000;
      16'h11c3: data = 16'h0;
      16'h11c4: data = 16'h0;
      16'h11c5: data = 16'h0;
      16'h11c6: data = 16'h0;
      16'h11c7: data = 16'h0;
      16'h11c8: data = 16'h0;
      16'h11c9: data = 16'h2000;
      16'h11ca: data = 16'h0;
      16'h11cb: data = 16'h0;
      16'h11cc: data = 16'h0;
      16'h11cd: data = 16'h2000;
      16'h11ce: data = 16'h0;
      16'h11cf: data = 16'h0;
      16'h11d0: data = 16'h0;
      16'h11d1: data = 16'h0;
      16'h11d2: data = 16'h0;
      16'h11d3: data = 16'h2000;
      16'h11d4: data = 16'h2000;
      16'h11d5: data = 16'h2000;
      16'h11d6: data = 16'h0;
      16'h11d7: data = 16'h0;
      16'h11d8: data = 16'h0;
      16'h11d9: data = 16'h0;
      16'h11da: data = 16'h2000;
      16'h11db: data = 16'h2000;
      16'h11dc: data = 16'h0;
      16'h11dd: data = 16'h2000;
      16'h11de: data = 16'h0;
      16'h11df: data = 16'h0;
      16'h11e0: data = 16'h0;
      16'h11e1: data = 16'h2000;
      16'h11e2: data = 16'h2000;
      16'h11e3: data = 16'h0;
      16'h11e4: data = 16'h0;
      16'h11e5: data = 16'h2000;
      16'h11e6: data = 16'h0;
      16'h11e7: data = 16'h0;
      16'h11e8: data = 16'h2000;
      16'h11e9: data = 16'h2000;
      16'h11ea: data = 16'h0;
      16'h11eb: data = 16'h0;
      16'h11ec: data = 16'h0;
      16'h11ed: data = 16'h2000;
      16'h11ee: data = 16'h0;
      16'h11ef: data = 16'h2000;
      16'h11f0: data = 16'h2000;
      16'h11f1: data = 16'h0;
      16'h11f2: data = 16'h0;
      16'h11f3: data = 16'h0;
      16'h11f4: data = 16'h0;
      16'h11f5: data = 16'h2000;
      16'h11f6: data = 16'h2000;
      16'h11f7: data = 16'h2000;
      16'h11f8: data = 16'h2000;
      16'h11f9: data = 16'h0;
      16'h11fa: data = 16'h0;
      16'h11fb: data = 16'h0;
      16'h11fc: data = 16'h0;
      16'h11fd: data = 16'h2000;
      16'h11fe: data = 16'h2000;
      16'h11ff: data = 16'h2000;
      16'h1200: data = 16'h2000;
      16'h1201: data = 16'h2000;
      16'h1202: data = 16'h2000;
      16'h1203: data = 16'h2000;
      16'h1204: data = 16'h2000;
      16'h1205: data = 16'h2000;
      16'h1206: data = 16'h0;
      16'h1207: data = 16'h0;
      16'h1208: data = 16'h0;
      16'h1209: data = 16'h0;
      16'h120a: data = 16'h0;
      16'h120b: data = 16'h0;
      16'h120c: data = 16'h2000;
      16'h120d: data = 16'h0;
      16'h120e: data = 16'h0;
      16'h120f: data = 16'h0;
      16'h1210: data = 16'h0;
      16'h1211: data = 16'h0;
      16'h1212: data = 16'h0;
      16'h1213: data = 16'h0;
      16'h1214: data = 16'h2000;
      16'h1215: data = 16'h2000;
      16'h1216: data = 16'h2000;
      16'h1217: data = 16'h2000;
      16'h1218: data = 16'h2000;
      16'h1219: data = 16'h2000;
      16'h121a: data = 16'h0;
      16'h121b: data = 16'h0;
      16'h121c: data = 16'h0;
      16'h121d: data = 16'h0;
      16'h121e: data = 16'h0;
      16'h121f: data = 16'h0;
      16'h1220: data = 16'h2000;
      16'h1221: data = 16'h0;
      16'h1222: data = 16'h0;
      16'h1223: data = 16'h0;
      16'h1224: data = 16'h0;
      16'h1225: data = 16'h0;
      16'h1226: data = 16'h0;
      16'h1227: data = 16'h2000;
      16'h1228: data = 16'h2000;
      16'h1229: data = 16'h2000;
      16'h122a: data = 16'h2000;
      16'h122b: data = 16'h2000;
      16'h122c: data = 16'h2000;
      16'h122d: data = 16'h2000;
      16'h122e: data = 16'h2000;
      16'h122f: data = 16'h2000;
      16'h1230: data = 16'h2000;
      16'h1231: data = 16'h2000;
      16'h1232: data = 16'h2000;
      16'h1233: data = 16'h2000;
      16'h1234: data = 16'h2000;
      16'h1235: data = 16'h2000;
      16'h1236: data = 16'h0;
      16'h1237: data = 16'h0;
      16'h1238: data = 16'h0;
      16'h1239: data = 16'h2000;
      16'h123a: data = 16'h0;
      16'h123b: data = 16'h0;
      16'h123c: data = 16'h0;
      16'h123d: data = 16'h0;
      16'h123e: data = 16'h0;
      16'h123f: data = 16'h0;
      16'h1240: data = 16'h2000;
      16'h1241: data = 16'h0;
      16'h1242: data = 16'h0;
      16'h1243: data = 16'h0;
      16'h1244: data = 16'h0;
      16'h1245: data = 16'h0;
      16'h1246: data = 16'h0;
      16'h1247: data = 16'h2000;
      16'h1248: data = 16'h0;
      16'h1249: data = 16'h0;
      16'h124a: data = 16'h0;
      16'h124b: data = 16'h0;
      16'h124c: data = 16'h0;
      16'h124d: data = 16'h0;
      16'h124e: data = 16'h2000;
      16'h124f: data = 16'h2000;
      16'h1250: data = 16'h0;
      16'h1251: data = 16'h0;
      16'h1252: data = 16'h0;
      16'h1253: data = 16'h0;
      16'h1254: data = 16'h0;
      16'h1255: data = 16'h2000;
      16'h1256: data = 16'h0;
      16'h1257: data = 16'h0;
      16'h1258: data = 16'h0;
      16'h1259: data = 16'h0;
      16'h125a: data = 16'h0;
      16'h125b: data = 16'h0;
      16'h125c: data = 16'h2000;
      16'h125d: data = 16'h0;
      16'h125e: data = 16'h0;
      16'h125f: data = 16'h0;
      16'h1260: data = 16'h2000;
      16'h1261: data = 16'h2000;
      16'h1262: data = 16'h2000;
      16'h1263: data = 16'h2000;
      16'h1264: data = 16'h2000;
      16'h1265: data = 16'h2000;
      16'h1266: data = 16'h2000;
      16'h1267: data = 16'h0;
      16'h1268: data = 16'h0;
      16'h1269: data = 16'h0;
      16'h126a: data = 16'h2000;
      16'h126b: data = 16'h0;
      16'h126c: data = 16'h0;
      16'h126d: data = 16'h0;
      16'h126e: data = 16'h0;
      16'h126f: data = 16'h0;
      16'h1270: data = 16'h0;
      16'h1271: data = 16'h2000;
      16'h1272: data = 16'h0;
      16'h1273: data = 16'h0;
      16'h1274: data = 16'h0;
      16'h1275: data = 16'h0;
      16'h1276: data = 16'h2000;
      16'h1277: data = 16'h0;
      16'h1278: data = 16'h2000;
      16'h1279: data = 16'h0;
      16'h127a: data = 16'h0;
      16'h127b: data = 16'h0;
      16'h127c: data = 16'h0;
      16'h127d: data = 16'h0;
      16'h127e: data = 16'h0;
      16'h127f: data = 16'h2000;
      16'h1280: data = 16'h0;
      16'h1281: data = 16'h0;
      16'h1282: data = 16'h0;
      16'h1283: data = 16'h0;
      16'h1284: data = 16'h0;
      16'h1285: data = 16'h0;
      16'h1286: data = 16'h2000;
      16'h1287: data = 16'h0;
      16'h1288: data = 16'h0;
      16'h1289: data = 16'h0;
      16'h128a: data = 16'h0;
      16'h128b: data = 16'h0;
      16'h128c: data = 16'h0;
      16'h128d: data = 16'h2000;
      16'h128e: data = 16'h0;
      16'h128f: data = 16'h0;
      16'h1290: data = 16'h0;
      16'h1291: data = 16'h2000;
      16'h1292: data = 16'h2000;
      16'h1293: data = 16'h2000;
      16'h1294: data = 16'h2000;
      16'h1295: data = 16'h2000;
      16'h1296: data = 16'h2000;
      16'h1297: data = 16'h2000;
      16'h1298: data = 16'h0;
      16'h1299: data = 16'h0;
      16'h129a: data = 16'h0;
      16'h129b: data = 16'h2000;
      16'h129c: data = 16'h0;
      16'h129d: data = 16'h0;
      16'h129e: data = 16'h0;
      16'h129f: data = 16'h0;
      16'h12a0: data = 16'h0;
      16'h12a1: data = 16'h0;
      16'h12a2: data = 16'h2000;
      16'h12a3: data = 16'h0;
      16'h12a4: data = 16'h0;
      16'h12a5: data = 16'h0;
      16'h12a6: data = 16'h0;
      16'h12a7: data = 16'h0;
      16'h12a8: data = 16'h0;
      16'h12a9: data = 16'h2000;
      16'h12aa: data = 16'h0;
      16'h12ab: data = 16'h0;
      16'h12ac: data = 16'h0;
      16'h12ad: data = 16'h0;
      16'h12ae: data = 16'h0;
      16'h12af: data = 16'h0;
      16'h12b0: data = 16'h2000;
      16'h12b1: data = 16'h0;
      16'h12b2: data = 16'h0;
      16'h12b3: data = 16'h0;
      16'h12b4: data = 16'h0;
      16'h12b5: data = 16'h0;
      16'h12b6: data = 16'h0;
      16'h12b7: data = 16'h2000;
      16'h12b8: data = 16'h0;
      16'h12b9: data = 16'h0;
      16'h12ba: data = 16'h0;
      16'h12bb: data = 16'h0;
      16'h12bc: data = 16'h0;
      16'h12bd: data = 16'h0;
      16'h12be: data = 16'h2000;
      16'h12bf: data = 16'h2000;
      16'h12c0: data = 16'h0;
      16'h12c1: data = 16'h0;
      16'h12c2: data = 16'h2000;
      16'h12c3: data = 16'h2000;
      16'h12c4: data = 16'h2000;
      16'h12c5: data = 16'h2000;
      16'h12c6: data = 16'h2000;
      16'h12c7: data = 16'h2000;
      16'h12c8: data = 16'h2000;
      16'h12c9: data = 16'h0;
      16'h12ca: data = 16'h0;
      16'h12cb: data = 16'h0;
      16'h12cc: data = 16'h2000;
      16'h12cd: data = 16'h0;
      16'h12ce: data = 16'h0;
      16'h12cf: data = 16'h0;
      16'h12d0: data = 16'h0;
      16'h12d1: data = 16'h0;
      16'h12d2: data = 16'h0;
      16'h12d3: data = 16'h2000;
      16'h12d4: data = 16'h0;
      16'h12d5: data = 16'h0;
      16'h12d6: data = 16'h2000;
      16'h12d7: data = 16'h0;
      16'h12d8: data = 16'h0;
      16'h12d9: data = 16'h0;
      16'h12da: data = 16'h2000;
      16'h12db: data = 16'h0;
      16'h12dc: data = 16'h0;
      16'h12dd: data = 16'h0;
      16'h12de: data = 16'h0;
      16'h12df: data = 16'h0;
      16'h12e0: data = 16'h0;
      16'h12e1: data = 16'h2000;
      16'h12e2: data = 16'h0;
      16'h12e3: data = 16'h0;
      16'h12e4: data = 16'h0;
      16'h12e5: data = 16'h0;
      16'h12e6: data = 16'h0;
      16'h12e7: data = 16'h0;
      16'h12e8: data = 16'h2000;
      16'h12e9: data = 16'h0;
      16'h12ea: data = 16'h0;
      16'h12eb: data = 16'h0;
      16'h12ec: data = 16'h0;
      16'h12ed: data = 16'h0;
      16'h12ee: data = 16'h0;
      16'h12ef: data = 16'h2000;
      16'h12f0: data = 16'h0;
      16'h12f1: data = 16'h0;
      16'h12f2: data = 16'h0;
      16'h12f3: data = 16'h2000;
      16'h12f4: data = 16'h0;
      16'h12f5: data = 16'h0;
      16'h12f6: data = 16'h0;
      16'h12f7: data = 16'h0;
      16'h12f8: data = 16'h0;
      16'h12f9: data = 16'h2000;
      16'h12fa: data = 16'h2000;
      16'h12fb: data = 16'h2000;
      16'h12fc: data = 16'h0;
      16'h12fd: data = 16'h0;
      16'h12fe: data = 16'h0;
      16'h12ff: data = 16'h0;
      16'h1300: data = 16'h2000;
      16'h1301: data = 16'h2000;
      16'h1302: data = 16'h0;
      16'h1303: data = 16'h2000;
      16'h1304: data = 16'h0;
      16'h1305: data = 16'h0;
      16'h1306: data = 16'h0;
      16'h1307: data = 16'h2000;
      16'h1308: data = 16'h0;
      16'h1309: data = 16'h0;
      16'h130a: data = 16'h0;
      16'h130b: data = 16'h2000;
      16'h130c: data = 16'h0;
      16'h130d: data = 16'h0;
      16'h130e: data = 16'h2000;
      16'h130f: data = 16'h2000;
      16'h1310: data = 16'h0;
      16'h1311: data = 16'h0;
      16'h1312: data = 16'h0;
      16'h1313: data = 16'h2000;
      16'h1314: data = 16'h0;
      16'h1315: data = 16'h2000;
      16'h1316: data = 16'h2000;
      16'h1317: data = 16'h0;
      16'h1318: data = 16'h0;
      16'h1319: data = 16'h0;
      16'h131a: data = 16'h0;
      16'h131b: data = 16'h2000;
      16'h131c: data = 16'h2000;
      16'h131d: data = 16'h2000;
      16'h131e: data = 16'h0;
      16'h131f: data = 16'h0;
      16'h1320: data = 16'h0;
      16'h1321: data = 16'h0;
      16'h1322: data = 16'h0;
      16'h1323: data = 16'h2000;
      16'h1324: data = 16'h2000;
      16'h1325: data = 16'h2000;
      16'h1326: data = 16'h2000;
      16'h1327: data = 16'h2000;
      16'h1328: data = 16'h2000;
      16'h1329: data = 16'h2000;
      16'h132a: data = 16'h2000;
      16'h132b: data = 16'h2000;
      16'h132c: data = 16'h0;
      16'h132d: data = 16'h0;
      16'h132e: data = 16'h0;
      16'h132f: data = 16'h0;
      16'h1330: data = 16'h0;
      16'h1331: data = 16'h0;
      16'h1332: data = 16'h2000;
      16'h1333: data = 16'h0;
      16'h1334: data = 16'h0;
      16'h1335: data = 16'h0;
      16'h1336: data = 16'h0;
      16'h1337: data = 16'h0;
      16'h1338: data = 16'h0;
      16'h1339: data = 16'h2000;
      16'h133a: data = 16'h2000;
      16'h133b: data = 16'h2000;
      16'h133c: data = 16'h2000;
      16'h133d: data = 16'h2000;
      16'h133e: data = 16'h2000;
      16'h133f: data = 16'h2000;
      16'h1340: data = 16'h0;
      16'h1341: data = 16'h0;
      16'h1342: data = 16'h0;
      16'h1343: data = 16'h2000;
      16'h1344: data = 16'h0;
      16'h1345: data = 16'h0;
      16'h1346: data = 16'h2000;
      16'h1347: data = 16'h0;
      16'h1348: data = 16'h0;
      16'h1349: data = 16'h0;
      16'h134a: data = 16'h0;
      16'h134b: data = 16'h0;
      16'h134c: data = 16'h0;
      16'h134d: data = 16'h2000;
      16'h134e: data = 16'h2000;
      16'h134f: data = 16'h2000;
      16'h1350: data = 16'h2000;
      16'h1351: data = 16'h2000;
      16'h1352: data = 16'h2000;
      16'h1353: data = 16'h2000;
      16'h1354: data = 16'h2000;
      16'h1355: data = 16'h2000;
      16'h1356: data = 16'h0;
      16'h1357: data = 16'h0;
      16'h1358: data = 16'h0;
      16'h1359: data = 16'h0;
      16'h135a: data = 16'h0;
      16'h135b: data = 16'h2000;
      16'h135c: data = 16'h2000;
      16'h135d: data = 16'h2000;
      16'h135e: data = 16'h0;
      16'h135f: data = 16'h0;
      16'h1360: data = 16'h0;
      16'h1361: data = 16'h2000;
      16'h1362: data = 16'h2000;
      16'h1363: data = 16'h2000;
      16'h1364: data = 16'h0;
      16'h1365: data = 16'h2000;
      16'h1366: data = 16'h0;
      16'h1367: data = 16'h0;
      16'h1368: data = 16'h0;
      16'h1369: data = 16'h2000;
      16'h136a: data = 16'h2000;
      16'h136b: data = 16'h0;
      16'h136c: data = 16'h0;
      16'h136d: data = 16'h2000;
      16'h136e: data = 16'h0;
      16'h136f: data = 16'h0;
      16'h1370: data = 16'h2000;
      16'h1371: data = 16'h2000;
      16'h1372: data = 16'h0;
      16'h1373: data = 16'h0;
      16'h1374: data = 16'h0;
      16'h1375: data = 16'h2000;
      16'h1376: data = 16'h0;
      16'h1377: data = 16'h2000;
      16'h1378: data = 16'h2000;
      16'h1379: data = 16'h0;
      16'h137a: data = 16'h0;
      16'h137b: data = 16'h0;
      16'h137c: data = 16'h0;
      16'h137d: data = 16'h2000;
      16'h137e: data = 16'h2000;
      16'h137f: data = 16'h2000;
      16'h1380: data = 16'h0;
      16'h1381: data = 16'h0;
      16'h1382: data = 16'h0;
      16'h1383: data = 16'h0;
      16'h1384: data = 16'h0;
      16'h1385: data = 16'h2000;
      16'h1386: data = 16'h2000;
      16'h1387: data = 16'h0;
      16'h1388: data = 16'h0;
      16'h1389: data = 16'h0;
      16'h138a: data = 16'h0;
      16'h138b: data = 16'h0;
      16'h138c: data = 16'h2000;
      16'h138d: data = 16'h2000;
      16'h138e: data = 16'h2000;
      16'h138f: data = 16'h0;
      16'h1390: data = 16'h2000;
      16'h1391: data = 16'h0;
      16'h1392: data = 16'h0;
      16'h1393: data = 16'h2000;
      16'h1394: data = 16'h2000;
      16'h1395: data = 16'h0;
      16'h1396: data = 16'h2000;
      16'h1397: data = 16'h0;
      16'h1398: data = 16'h0;
      16'h1399: data = 16'h0;
      16'h139a: data = 16'h2000;
      16'h139b: data = 16'h2000;
      16'h139c: data = 16'h0;
      16'h139d: data = 16'h0;
      16'h139e: data = 16'h2000;
      16'h139f: data = 16'h0;
      16'h13a0: data = 16'h0;
      16'h13a1: data = 16'h2000;
      16'h13a2: data = 16'h2000;
      16'h13a3: data = 16'h0;
      16'h13a4: data = 16'h0;
      16'h13a5: data = 16'h0;
      16'h13a6: data = 16'h2000;
      16'h13a7: data = 16'h0;
      16'h13a8: data = 16'h2000;
      16'h13a9: data = 16'h2000;
      16'h13aa: data = 16'h0;
      16'h13ab: data = 16'h0;
      16'h13ac: data = 16'h0;
      16'h13ad: data = 16'h0;
      16'h13ae: data = 16'h2000;
      16'h13af: data = 16'h2000;
      16'h13b0: data = 16'h2000;
      16'h13b1: data = 16'h0;
      16'h13b2: data = 16'h0;
      16'h13b3: data = 16'h0;
      16'h13b4: data = 16'h0;
      16'h13b5: data = 16'h0;
      16'h13b6: data = 16'h2000;
      16'h13b7: data = 16'h2000;
      16'h13b8: data = 16'h2000;
      16'h13b9: data = 16'h2000;
      16'h13ba: data = 16'h2000;
      16'h13bb: data = 16'h2000;
      16'h13bc: data = 16'h2000;
      16'h13bd: data = 16'h2000;
      16'h13be: data = 16'h0;
      16'h13bf: data = 16'h0;
      16'h13c0: data = 16'h0;
      16'h13c1: data = 16'h2000;
      16'h13c2: data = 16'h0;
      16'h13c3: data = 16'h0;
      16'h13c4: data = 16'h0;
      16'h13c5: data = 16'h0;
      16'h13c6: data = 16'h0;
      16'h13c7: data = 16'h0;
      16'h13c8: data = 16'h2000;
      16'h13c9: data = 16'h0;
      16'h13ca: data = 16'h0;
      16'h13cb: data = 16'h0;
      16'h13cc: data = 16'h0;
      16'h13cd: data = 16'h0;
      16'h13ce: data = 16'h0;
      16'h13cf: data = 16'h2000;
      16'h13d0: data = 16'h0;
      16'h13d1: data = 16'h0;
      16'h13d2: data = 16'h0;
      16'h13d3: data = 16'h0;
      16'h13d4: data = 16'h0;
      16'h13d5: data = 16'h0;
      16'h13d6: data = 16'h2000;
      16'h13d7: data = 16'h0;
      16'h13d8: data = 16'h0;
      16'h13d9: data = 16'h0;
      16'h13da: data = 16'h0;
      16'h13db: data = 16'h0;
      16'h13dc: data = 16'h0;
      16'h13dd: data = 16'h2000;
      16'h13de: data = 16'h2000;
      16'h13df: data = 16'h0;
      16'h13e0: data = 16'h0;
      16'h13e1: data = 16'h0;
      16'h13e2: data = 16'h0;
      16'h13e3: data = 16'h0;
      16'h13e4: data = 16'h2000;
      16'h13e5: data = 16'h0;
      16'h13e6: data = 16'h0;
      16'h13e7: data = 16'h0;
      16'h13e8: data = 16'h2000;
      16'h13e9: data = 16'h2000;
      16'h13ea: data = 16'h2000;
      16'h13eb: data = 16'h2000;
      16'h13ec: data = 16'h2000;
      16'h13ed: data = 16'h2000;
      16'h13ee: data = 16'h2000;
      16'h13ef: data = 16'h0;
      16'h13f0: data = 16'h2000;
      16'h13f1: data = 16'h0;
      16'h13f2: data = 16'h2000;
      16'h13f3: data = 16'h0;
      16'h13f4: data = 16'h0;
      16'h13f5: data = 16'h0;
      16'h13f6: data = 16'h0;
      16'h13f7: data = 16'h0;
      16'h13f8: data = 16'h0;
      16'h13f9: data = 16'h2000;
      16'h13fa: data = 16'h0;
      16'h13fb: data = 16'h0;
      16'h13fc: data = 16'h0;
      16'h13fd: data = 16'h0;
      16'h13fe: data = 16'h0;
      16'h13ff: data = 16'h0;
      16'h1400: data = 16'h2000;
      16'h1401: data = 16'h0;
      16'h1402: data = 16'h0;
      16'h1403: data = 16'h0;
      16'h1404: data = 16'h0;
      16'h1405: data = 16'h0;
      16'h1406: data = 16'h0;
      16'h1407: data = 16'h2000;
      16'h1408: data = 16'h0;
      16'h1409: data = 16'h0;
      16'h140a: data = 16'h0;
      16'h140b: data = 16'h0;
      16'h140c: data = 16'h0;
      16'h140d: data = 16'h0;
      16'h140e: data = 16'h2000;
      16'h140f: data = 16'h0;
      16'h1410: data = 16'h0;
      16'h1411: data = 16'h0;
      16'h1412: data = 16'h0;
      16'h1413: data = 16'h0;
      16'h1414: data = 16'h0;
      16'h1415: data = 16'h2000;
      16'h1416: data = 16'h0;
      16'h1417: data = 16'h0;
      16'h1418: data = 16'h0;
      16'h1419: data = 16'h2000;
      16'h141a: data = 16'h2000;
      16'h141b: data = 16'h2000;
      16'h141c: data = 16'h2000;
      16'h141d: data = 16'h2000;
      16'h141e: data = 16'h2000;
      16'h141f: data = 16'h2000;
      16'h1420: data = 16'h2000;
      16'h1421: data = 16'h0;
      16'h1422: data = 16'h0;
      16'h1423: data = 16'h0;
      16'h1424: data = 16'h0;
      16'h1425: data = 16'h0;
      16'h1426: data = 16'h0;
      16'h1427: data = 16'h2000;
      16'h1428: data = 16'h0;
      16'h1429: data = 16'h0;
      16'h142a: data = 16'h0;
      16'h142b: data = 16'h0;
      16'h142c: data = 16'h0;
      16'h142d: data = 16'h0;
      16'h142e: data = 16'h2000;
      16'h142f: data = 16'h2000;
      16'h1430: data = 16'h2000;
      16'h1431: data = 16'h2000;
      16'h1432: data = 16'h2000;
      16'h1433: data = 16'h2000;
      16'h1434: data = 16'h2000;
      16'h1435: data = 16'h0;
      16'h1436: data = 16'h0;
      16'h1437: data = 16'h0;
      16'h1438: data = 16'h0;
      16'h1439: data = 16'h2000;
      16'h143a: data = 16'h0;
      16'h143b: data = 16'h2000;
      16'h143c: data = 16'h0;
      16'h143d: data = 16'h0;
      16'h143e: data = 16'h0;
      16'h143f: data = 16'h0;
      16'h1440: data = 16'h0;
      16'h1441: data = 16'h0;
      16'h1442: data = 16'h2000;
      16'h1443: data = 16'h2000;
      16'h1444: data = 16'h2000;
      16'h1445: data = 16'h2000;
      16'h1446: data = 16'h2000;
      16'h1447: data = 16'h2000;
      16'h1448: data = 16'h2000;
      16'h1449: data = 16'h2000;
      16'h144a: data = 16'h2000;
      16'h144b: data = 16'h2000;
      16'h144c: data = 16'h2000;
      16'h144d: data = 16'h2000;
      16'h144e: data = 16'h2000;
      16'h144f: data = 16'h2000;
      16'h1450: data = 16'h2000;
      16'h1451: data = 16'h2000;
      16'h1452: data = 16'h0;
      16'h1453: data = 16'h0;
      16'h1454: data = 16'h0;
      16'h1455: data = 16'h0;
      16'h1456: data = 16'h0;
      16'h1457: data = 16'h0;
      16'h1458: data = 16'h2000;
      16'h1459: data = 16'h0;
      16'h145a: data = 16'h0;
      16'h145b: data = 16'h0;
      16'h145c: data = 16'h2000;
      16'h145d: data = 16'h0;
      16'h145e: data = 16'h0;
      16'h145f: data = 16'h2000;
      16'h1460: data = 16'h2000;
      16'h1461: data = 16'h2000;
      16'h1462: data = 16'h2000;
      16'h1463: data = 16'h2000;
      16'h1464: data = 16'h2000;
      16'h1465: data = 16'h2000;
      16'h1466: data = 16'h0;
      16'h1467: data = 16'h0;
      16'h1468: data = 16'h0;
      16'h1469: data = 16'h0;
      16'h146a: data = 16'h0;
      16'h146b: data = 16'h0;
      16'h146c: data = 16'h2000;
      16'h146d: data = 16'h0;
      16'h146e: data = 16'h0;
      16'h146f: data = 16'h0;
      16'h1470: data = 16'h0;
      16'h1471: data = 16'h0;
      16'h1472: data = 16'h0;
      16'h1473: data = 16'h2000;
      16'h1474: data = 16'h2000;
      16'h1475: data = 16'h2000;
      16'h1476: data = 16'h2000;
      16'h1477: data = 16'h2000;
      16'h1478: data = 16'h2000;
      16'h1479: data = 16'h2000;
      16'h147a: data = 16'h2000;
      16'h147b: data = 16'h2000;
      16'h147c: data = 16'h2000;
      16'h147d: data = 16'h2000;
      16'h147e: data = 16'h2000;
      16'h147f: data = 16'h2000;
      16'h1480: data = 16'h2000;
      16'h1481: data = 16'h2000;
      16'h1482: data = 16'h0;
      16'h1483: data = 16'h0;
      16'h1484: data = 16'h0;
      16'h1485: data = 16'h2000;
      16'h1486: data = 16'h0;
      16'h1487: data = 16'h0;
      16'h1488: data = 16'h0;
      16'h1489: data = 16'h0;
      16'h148a: data = 16'h0;
      16'h148b: data = 16'h0;
      16'h148c: data = 16'h2000;
      16'h148d: data = 16'h0;
      16'h148e: data = 16'h0;
      16'h148f: data = 16'h0;
      16'h1490: data = 16'h0;
      16'h1491: data = 16'h0;
      16'h1492: data = 16'h0;
      16'h1493: data = 16'h2000;
      16'h1494: data = 16'h0;
      16'h1495: data = 16'h0;
      16'h1496: data = 16'h0;
      16'h1497: data = 16'h0;
      16'h1498: data = 16'h2000;
      16'h1499: data = 16'h0;
      16'h149a: data = 16'h2000;
      16'h149b: data = 16'h0;
      16'h149c: data = 16'h0;
      16'h149d: data = 16'h0;
      16'h149e: data = 16'h0;
      16'h149f: data = 16'h0;
      16'h14a0: data = 16'h0;
      16'h14a1: data = 16'h2000;
      16'h14a2: data = 16'h0;
      16'h14a3: data = 16'h0;
      16'h14a4: data = 16'h0;
      16'h14a5: data = 16'h2000;
      16'h14a6: data = 16'h2000;
      16'h14a7: data = 16'h2000;
      16'h14a8: data = 16'h2000;
      16'h14a9: data = 16'h2000;
      16'h14aa: data = 16'h2000;
      16'h14ab: data = 16'h2000;
      16'h14ac: data = 16'h0;
      16'h14ad: data = 16'h2000;
      16'h14ae: data = 16'h2000;
      16'h14af: data = 16'h2000;
      16'h14b0: data = 16'h2000;
      16'h14b1: data = 16'h2000;
      16'h14b2: data = 16'h2000;
      16'h14b3: data = 16'h0;
      16'h14b4: data = 16'h0;
      16'h14b5: data = 16'h0;
      16'h14b6: data = 16'h2000;
      16'h14b7: data = 16'h0;
      16'h14b8: data = 16'h0;
      16'h14b9: data = 16'h0;
      16'h14ba: data = 16'h0;
      16'h14bb: data = 16'h0;
      16'h14bc: data = 16'h0;
      16'h14bd: data = 16'h2000;
      16'h14be: data = 16'h0;
      16'h14bf: data = 16'h0;
      16'h14c0: data = 16'h0;
      16'h14c1: data = 16'h0;
      16'h14c2: data = 16'h0;
      16'h14c3: data = 16'h0;
      16'h14c4: data = 16'h2000;
      16'h14c5: data = 16'h0;
      16'h14c6: data = 16'h0;
      16'h14c7: data = 16'h0;
      16'h14c8: data = 16'h0;
      16'h14c9: data = 16'h0;
      16'h14ca: data = 16'h0;
      16'h14cb: data = 16'h2000;
      16'h14cc: data = 16'h0;
      16'h14cd: data = 16'h0;
      16'h14ce: data = 16'h0;
      16'h14cf: data = 16'h0;
      16'h14d0: data = 16'h0;
      16'h14d1: data = 16'h0;
      16'h14d2: data = 16'h2000;
      16'h14d3: data = 16'h0;
      16'h14d4: data = 16'h0;
      16'h14d5: data = 16'h0;
      16'h14d6: data = 16'h2000;
      16'h14d7: data = 16'h2000;
      16'h14d8: data = 16'h2000;
      16'h14d9: data = 16'h2000;
      16'h14da: data = 16'h2000;
      16'h14db: data = 16'h2000;
      16'h14dc: data = 16'h2000;
      16'h14dd: data = 16'h2000;
      16'h14de: data = 16'h2000;
      16'h14df: data = 16'h2000;
      16'h14e0: data = 16'h2000;
      16'h14e1: data = 16'h2000;
      16'h14e2: data = 16'h0;
      16'h14e3: data = 16'h2000;
      16'h14e4: data = 16'h0;
      16'h14e5: data = 16'h0;
      16'h14e6: data = 16'h0;
      16'h14e7: data = 16'h2000;
      16'h14e8: data = 16'h0;
      16'h14e9: data = 16'h0;
      16'h14ea: data = 16'h0;
      16'h14eb: data = 16'h0;
      16'h14ec: data = 16'h0;
      16'h14ed: data = 16'h0;
      16'h14ee: data = 16'h2000;
      16'h14ef: data = 16'h0;
      16'h14f0: data = 16'h0;
      16'h14f1: data = 16'h0;
      16'h14f2: data = 16'h0;
      16'h14f3: data = 16'h0;
      16'h14f4: data = 16'h0;
      16'h14f5: data = 16'h2000;
      16'h14f6: data = 16'h0;
      16'h14f7: data = 16'h0;
      16'h14f8: data = 16'h0;
      16'h14f9: data = 16'h0;
      16'h14fa: data = 16'h0;
      16'h14fb: data = 16'h0;
      16'h14fc: data = 16'h2000;
      16'h14fd: data = 16'h0;
      16'h14fe: data = 16'h0;
      16'h14ff: data = 16'h0;
      16'h1500: data = 16'h0;
      16'h1501: data = 16'h0;
      16'h1502: data = 16'h0;
      16'h1503: data = 16'h2000;
      16'h1504: data = 16'h0;
      16'h1505: data = 16'h0;
      16'h1506: data = 16'h0;
      16'h1507: data = 16'h2000;
      16'h1508: data = 16'h2000;
      16'h1509: data = 16'h2000;
      16'h150a: data = 16'h2000;
      16'h150b: data = 16'h2000;
      16'h150c: data = 16'h2000;
      16'h150d: data = 16'h2000;
      16'h150e: data = 16'h2000;
      16'h150f: data = 16'h2000;
      16'h1510: data = 16'h2000;
      16'h1511: data = 16'h2000;
      16'h1512: data = 16'h2000;
      16'h1513: data = 16'h2000;
      16'h1514: data = 16'h2000;
      16'h1515: data = 16'h0;
      16'h1516: data = 16'h0;
      16'h1517: data = 16'h0;
      16'h1518: data = 16'h2000;
      16'h1519: data = 16'h0;
      16'h151a: data = 16'h0;
      16'h151b: data = 16'h0;
      16'h151c: data = 16'h2000;
      16'h151d: data = 16'h0;
      16'h151e: data = 16'h0;
      16'h151f: data = 16'h2000;
      16'h1520: data = 16'h0;
      16'h1521: data = 16'h0;
      16'h1522: data = 16'h0;
      16'h1523: data = 16'h0;
      16'h1524: data = 16'h0;
      16'h1525: data = 16'h0;
      16'h1526: data = 16'h2000;
      16'h1527: data = 16'h0;
      16'h1528: data = 16'h0;
      16'h1529: data = 16'h0;
      16'h152a: data = 16'h0;
      16'h152b: data = 16'h0;
      16'h152c: data = 16'h0;
      16'h152d: data = 16'h2000;
      16'h152e: data = 16'h0;
      16'h152f: data = 16'h0;
      16'h1530: data = 16'h0;
      16'h1531: data = 16'h0;
      16'h1532: data = 16'h0;
      16'h1533: data = 16'h0;
      16'h1534: data = 16'h2000;
      16'h1535: data = 16'h0;
      16'h1536: data = 16'h0;
      16'h1537: data = 16'h0;
      16'h1538: data = 16'h2000;
      16'h1539: data = 16'h2000;
      16'h153a: data = 16'h2000;
      16'h153b: data = 16'h2000;
      16'h153c: data = 16'h2000;
      16'h153d: data = 16'h2000;
      16'h153e: data = 16'h2000;
      16'h153f: data = 16'h2000;
      16'h1540: data = 16'h0;
      16'h1541: data = 16'h0;
      16'h1542: data = 16'h0;
      16'h1543: data = 16'h0;
      16'h1544: data = 16'h0;
      16'h1545: data = 16'h2000;
      16'h1546: data = 16'h2000;
      16'h1547: data = 16'h2000;
      16'h1548: data = 16'h0;
      16'h1549: data = 16'h0;
      16'h154a: data = 16'h0;
      16'h154b: data = 16'h0;
      16'h154c: data = 16'h2000;
      16'h154d: data = 16'h2000;
      16'h154e: data = 16'h0;
      16'h154f: data = 16'h2000;
      16'h1550: data = 16'h0;
      16'h1551: data = 16'h0;
      16'h1552: data = 16'h0;
      16'h1553: data = 16'h2000;
      16'h1554: data = 16'h2000;
      16'h1555: data = 16'h0;
      16'h1556: data = 16'h0;
      16'h1557: data = 16'h2000;
      16'h1558: data = 16'h0;
      16'h1559: data = 16'h0;
      16'h155a: data = 16'h2000;
      16'h155b: data = 16'h2000;
      16'h155c: data = 16'h0;
      16'h155d: data = 16'h0;
      16'h155e: data = 16'h0;
      16'h155f: data = 16'h2000;
      16'h1560: data = 16'h0;
      16'h1561: data = 16'h2000;
      16'h1562: data = 16'h2000;
      16'h1563: data = 16'h0;
      16'h1564: data = 16'h0;
      16'h1565: data = 16'h0;
      16'h1566: data = 16'h0;
      16'h1567: data = 16'h2000;
      16'h1568: data = 16'h2000;
      16'h1569: data = 16'h2000;
      16'h156a: data = 16'h0;
      16'h156b: data = 16'h0;
      16'h156c: data = 16'h0;
      16'h156d: data = 16'h2000;
      16'h156e: data = 16'h0;
      16'h156f: data = 16'h2000;
      16'h1570: data = 16'h2000;
      16'h1571: data = 16'h2000;
      16'h1572: data = 16'h2000;
      16'h1573: data = 16'h2000;
      16'h1574: data = 16'h2000;
      16'h1575: data = 16'h2000;
      16'h1576: data = 16'h2000;
      16'h1577: data = 16'h0;
      16'h1578: data = 16'h0;
      16'h1579: data = 16'h0;
      16'h157a: data = 16'h2000;
      16'h157b: data = 16'h0;
      16'h157c: data = 16'h0;
      16'h157d: data = 16'h0;
      16'h157e: data = 16'h0;
      16'h157f: data = 16'h0;
      16'h1580: data = 16'h0;
      16'h1581: data = 16'h2000;
      16'h1582: data = 16'h0;
      16'h1583: data = 16'h0;
      16'h1584: data = 16'h0;
      16'h1585: data = 16'h0;
      16'h1586: data = 16'h0;
      16'h1587: data = 16'h0;
      16'h1588: data = 16'h2000;
      16'h1589: data = 16'h0;
      16'h158a: data = 16'h0;
      16'h158b: data = 16'h0;
      16'h158c: data = 16'h0;
      16'h158d: data = 16'h0;
      16'h158e: data = 16'h0;
      16'h158f: data = 16'h2000;
      16'h1590: data = 16'h0;
      16'h1591: data = 16'h0;
      16'h1592: data = 16'h0;
      16'h1593: data = 16'h0;
      16'h1594: data = 16'h0;
      16'h1595: data = 16'h0;
      16'h1596: data = 16'h2000;
      16'h1597: data = 16'h0;
      16'h1598: data = 16'h0;
      16'h1599: data = 16'h0;
      16'h159a: data = 16'h2000;
      16'h159b: data = 16'h2000;
      16'h159c: data = 16'h2000;
      16'h159d: data = 16'h2000;
      16'h159e: data = 16'h2000;
      16'h159f: data = 16'h0;
      16'h15a0: data = 16'h2000;
      16'h15a1: data = 16'h2000;
      16'h15a2: data = 16'h2000;
      16'h15a3: data = 16'h2000;
      16'h15a4: data = 16'h2000;
      16'h15a5: data = 16'h2000;
      16'h15a6: data = 16'h2000;
      16'h15a7: data = 16'h2000;
      16'h15a8: data = 16'h2000;
      16'h15a9: data = 16'h0;
      16'h15aa: data = 16'h0;
      16'h15ab: data = 16'h0;
      16'h15ac: data = 16'h0;
      16'h15ad: data = 16'h0;
      16'h15ae: data = 16'h0;
      16'h15af: data = 16'h2000;
      16'h15b0: data = 16'h2000;
      16'h15b1: data = 16'h0;
      16'h15b2: data = 16'h0;
      16'h15b3: data = 16'h0;
      16'h15b4: data = 16'h0;
      16'h15b5: data = 16'h0;
      16'h15b6: data = 16'h2000;
      16'h15b7: data = 16'h2000;
      16'h15b8: data = 16'h2000;
      16'h15b9: data = 16'h2000;
      16'h15ba: data = 16'h2000;
      16'h15bb: data = 16'h2000;
      16'h15bc: data = 16'h2000;
      16'h15bd: data = 16'h0;
      16'h15be: data = 16'h0;
      16'h15bf: data = 16'h0;
      16'h15c0: data = 16'h0;
      16'h15c1: data = 16'h0;
      16'h15c2: data = 16'h0;
      16'h15c3: data = 16'h2000;
      16'h15c4: data = 16'h0;
      16'h15c5: data = 16'h0;
      16'h15c6: data = 16'h0;
      16'h15c7: data = 16'h0;
      16'h15c8: data = 16'h0;
      16'h15c9: data = 16'h0;
      16'h15ca: data = 16'h2000;
      16'h15cb: data = 16'h2000;
      16'h15cc: data = 16'h2000;
      16'h15cd: data = 16'h2000;
      16'h15ce: data = 16'h2000;
      16'h15cf: data = 16'h2000;
      16'h15d0: data = 16'h2000;
      16'h15d1: data = 16'h2000;
      16'h15d2: data = 16'h2000;
      16'h15d3: data = 16'h0;
      16'h15d4: data = 16'h2000;
      16'h15d5: data = 16'h2000;
      16'h15d6: data = 16'h2000;
      16'h15d7: data = 16'h2000;
      16'h15d8: data = 16'h2000;
      16'h15d9: data = 16'h0;
      16'h15da: data = 16'h0;
      16'h15db: data = 16'h0;
      16'h15dc: data = 16'h2000;
      16'h15dd: data = 16'h0;
      16'h15de: data = 16'h0;
      16'h15df: data = 16'h0;
      16'h15e0: data = 16'h0;
      16'h15e1: data = 16'h0;
      16'h15e2: data = 16'h0;
      16'h15e3: data = 16'h2000;
      16'h15e4: data = 16'h0;
      16'h15e5: data = 16'h0;
      16'h15e6: data = 16'h0;
      16'h15e7: data = 16'h0;
      16'h15e8: data = 16'h0;
      16'h15e9: data = 16'h0;
      16'h15ea: data = 16'h2000;
      16'h15eb: data = 16'h0;
      16'h15ec: data = 16'h0;
      16'h15ed: data = 16'h0;
      16'h15ee: data = 16'h0;
      16'h15ef: data = 16'h0;
      16'h15f0: data = 16'h0;
      16'h15f1: data = 16'h2000;
      16'h15f2: data = 16'h0;
      16'h15f3: data = 16'h0;
      16'h15f4: data = 16'h0;
      16'h15f5: data = 16'h0;
      16'h15f6: data = 16'h0;
      16'h15f7: data = 16'h0;
      16'h15f8: data = 16'h2000;
      16'h15f9: data = 16'h0;
      16'h15fa: data = 16'h0;
      16'h15fb: data = 16'h0;
      16'h15fc: data = 16'h0;
      16'h15fd: data = 16'h0;
      16'h15fe: data = 16'h0;
      16'h15ff: data = 16'h2000;
      16'h1600: data = 16'h0;
      16'h1601: data = 16'h0;
      16'h1602: data = 16'h0;
      16'h1603: data = 16'h2000;
      16'h1604: data = 16'h0;
      16'h1605: data = 16'h0;
      16'h1606: data = 16'h0;
      16'h1607: data = 16'h0;
      16'h1608: data = 16'h0;
      16'h1609: data = 16'h2000;
      16'h160a: data = 16'h2000;
      16'h160b: data = 16'h2000;
      16'h160c: data = 16'h2000;
      16'h160d: data = 16'h0;
      16'h160e: data = 16'h0;
      16'h160f: data = 16'h0;
      16'h1610: data = 16'h2000;
      16'h1611: data = 16'h2000;
      16'h1612: data = 16'h0;
      16'h1613: data = 16'h2000;
      16'h1614: data = 16'h0;
      16'h1615: data = 16'h0;
      16'h1616: data = 16'h0;
      16'h1617: data = 16'h2000;
      16'h1618: data = 16'h2000;
      16'h1619: data = 16'h0;
      16'h161a: data = 16'h0;
      16'h161b: data = 16'h2000;
      16'h161c: data = 16'h0;
      16'h161d: data = 16'h0;
      16'h161e: data = 16'h2000;
      16'h161f: data = 16'h2000;
      16'h1620: data = 16'h0;
      16'h1621: data = 16'h0;
      16'h1622: data = 16'h0;
      16'h1623: data = 16'h2000;
      16'h1624: data = 16'h0;
      16'h1625: data = 16'h2000;
      16'h1626: data = 16'h2000;
      16'h1627: data = 16'h0;
      16'h1628: data = 16'h0;
      16'h1629: data = 16'h0;
      16'h162a: data = 16'h0;
      16'h162b: data = 16'h2000;
      16'h162c: data = 16'h2000;
      16'h162d: data = 16'h2000;
      16'h162e: data = 16'h0;
      16'h162f: data = 16'h0;
      16'h1630: data = 16'h0;
      16'h1631: data = 16'h0;
      16'h1632: data = 16'h0;
      16'h1633: data = 16'h2000;
      16'h1634: data = 16'h2000;
      16'h1635: data = 16'h2000;
      16'h1636: data = 16'h2000;
      16'h1637: data = 16'h2000;
      16'h1638: data = 16'h2000;
      16'h1639: data = 16'h2000;
      16'h163a: data = 16'h2000;
      16'h163b: data = 16'h0;
      16'h163c: data = 16'h0;
      16'h163d: data = 16'h0;
      16'h163e: data = 16'h0;
      16'h163f: data = 16'h0;
      16'h1640: data = 16'h0;
      16'h1641: data = 16'h0;
      16'h1642: data = 16'h2000;
      16'h1643: data = 16'h0;
      16'h1644: data = 16'h0;
      16'h1645: data = 16'h0;
      16'h1646: data = 16'h0;
      16'h1647: data = 16'h0;
      16'h1648: data = 16'h0;
      16'h1649: data = 16'h2000;
      16'h164a: data = 16'h2000;
      16'h164b: data = 16'h2000;
      16'h164c: data = 16'h2000;
      16'h164d: data = 16'h2000;
      16'h164e: data = 16'h2000;
      16'h164f: data = 16'h2000;
      16'h1650: data = 16'h0;
      16'h1651: data = 16'h0;
      16'h1652: data = 16'h0;
      16'h1653: data = 16'h0;
      16'h1654: data = 16'h0;
      16'h1655: data = 16'h0;
      16'h1656: data = 16'h2000;
      16'h1657: data = 16'h0;
      16'h1658: data = 16'h0;
      16'h1659: data = 16'h0;
      16'h165a: data = 16'h0;
      16'h165b: data = 16'h0;
      16'h165c: data = 16'h0;
      16'h165d: data = 16'h2000;
      16'h165e: data = 16'h2000;
      16'h165f: data = 16'h2000;
      16'h1660: data = 16'h2000;
      16'h1661: data = 16'h2000;
      16'h1662: data = 16'h2000;
      16'h1663: data = 16'h2000;
      16'h1664: data = 16'h2000;
      16'h1665: data = 16'h2000;
      16'h1666: data = 16'h0;
      16'h1667: data = 16'h0;
      16'h1668: data = 16'h0;
      16'h1669: data = 16'h0;
      16'h166a: data = 16'h0;
      16'h166b: data = 16'h2000;
      16'h166c: data = 16'h2000;
      16'h166d: data = 16'h2000;
      16'h166e: data = 16'h0;
      16'h166f: data = 16'h0;
      16'h1670: data = 16'h0;
      16'h1671: data = 16'h0;
      16'h1672: data = 16'h2000;
      16'h1673: data = 16'h2000;
      16'h1674: data = 16'h0;
      16'h1675: data = 16'h2000;
      16'h1676: data = 16'h0;
      16'h1677: data = 16'h0;
      16'h1678: data = 16'h0;
      16'h1679: data = 16'h2000;
      16'h167a: data = 16'h2000;
      16'h167b: data = 16'h0;
      16'h167c: data = 16'h0;
      16'h167d: data = 16'h2000;
      16'h167e: data = 16'h0;
      16'h167f: data = 16'h0;
      16'h1680: data = 16'h2000;
      16'h1681: data = 16'h2000;
      16'h1682: data = 16'h0;
      16'h1683: data = 16'h0;
      16'h1684: data = 16'h0;
      16'h1685: data = 16'h2000;
      16'h1686: data = 16'h0;
      16'h1687: data = 16'h2000;
      16'h1688: data = 16'h2000;
      16'h1689: data = 16'h0;
      16'h168a: data = 16'h0;
      16'h168b: data = 16'h0;
      16'h168c: data = 16'h0;
      16'h168d: data = 16'h2000;
      16'h168e: data = 16'h2000;
      16'h168f: data = 16'h2000;
      16'h1690: data = 16'h0;
      16'h1691: data = 16'h0;
      16'h1692: data = 16'h2000;
      16'h1693: data = 16'h0;
      16'h1694: data = 16'h0;
      16'h1695: data = 16'h2000;
      16'h1696: data = 16'h2000;
      16'h1697: data = 16'h2000;
      16'h1698: data = 16'h2000;
      16'h1699: data = 16'h2000;
      16'h169a: data = 16'h2000;
      16'h169b: data = 16'h2000;
      16'h169c: data = 16'h2000;
      16'h169d: data = 16'h0;
      16'h169e: data = 16'h0;
      16'h169f: data = 16'h2000;
      16'h16a0: data = 16'h2000;
      16'h16a1: data = 16'h0;
      16'h16a2: data = 16'h0;
      16'h16a3: data = 16'h0;
      16'h16a4: data = 16'h0;
      16'h16a5: data = 16'h0;
      16'h16a6: data = 16'h0;
      16'h16a7: data = 16'h2000;
      16'h16a8: data = 16'h0;
      16'h16a9: data = 16'h0;
      16'h16aa: data = 16'h0;
      16'h16ab: data = 16'h0;
      16'h16ac: data = 16'h0;
      16'h16ad: data = 16'h0;
      16'h16ae: data = 16'h2000;
      16'h16af: data = 16'h0;
      16'h16b0: data = 16'h0;
      16'h16b1: data = 16'h0;
      16'h16b2: data = 16'h0;
      16'h16b3: data = 16'h0;
      16'h16b4: data = 16'h0;
      16'h16b5: data = 16'h2000;
      16'h16b6: data = 16'h0;
      16'h16b7: data = 16'h0;
      16'h16b8: data = 16'h0;
      16'h16b9: data = 16'h0;
      16'h16ba: data = 16'h0;
      16'h16bb: data = 16'h0;
      16'h16bc: data = 16'h2000;
      16'h16bd: data = 16'h0;
      16'h16be: data = 16'h0;
      16'h16bf: data = 16'h0;
      16'h16c0: data = 16'h2000;
      16'h16c1: data = 16'h2000;
      16'h16c2: data = 16'h2000;
      16'h16c3: data = 16'h2000;
      16'h16c4: data = 16'h2000;
      16'h16c5: data = 16'h2000;
      16'h16c6: data = 16'h2000;
      16'h16c7: data = 16'h2000;
      16'h16c8: data = 16'h2000;
      16'h16c9: data = 16'h2000;
      16'h16ca: data = 16'h2000;
      16'h16cb: data = 16'h2000;
      16'h16cc: data = 16'h2000;
      16'h16cd: data = 16'h2000;
      16'h16ce: data = 16'h2000;
      16'h16cf: data = 16'h0;
      16'h16d0: data = 16'h0;
      16'h16d1: data = 16'h0;
      16'h16d2: data = 16'h0;
      16'h16d3: data = 16'h0;
      16'h16d4: data = 16'h0;
      16'h16d5: data = 16'h2000;
      16'h16d6: data = 16'h0;
      16'h16d7: data = 16'h0;
      16'h16d8: data = 16'h0;
      16'h16d9: data = 16'h0;
      16'h16da: data = 16'h0;
      16'h16db: data = 16'h0;
      16'h16dc: data = 16'h2000;
      16'h16dd: data = 16'h2000;
      16'h16de: data = 16'h0;
      16'h16df: data = 16'h2000;
      16'h16e0: data = 16'h2000;
      16'h16e1: data = 16'h2000;
      16'h16e2: data = 16'h2000;
      16'h16e3: data = 16'h0;
      16'h16e4: data = 16'h0;
      16'h16e5: data = 16'h0;
      16'h16e6: data = 16'h0;
      16'h16e7: data = 16'h0;
      16'h16e8: data = 16'h0;
      16'h16e9: data = 16'h2000;
      16'h16ea: data = 16'h0;
      16'h16eb: data = 16'h0;
      16'h16ec: data = 16'h0;
      16'h16ed: data = 16'h0;
      16'h16ee: data = 16'h0;
      16'h16ef: data = 16'h0;
      16'h16f0: data = 16'h2000;
      16'h16f1: data = 16'h2000;
      16'h16f2: data = 16'h2000;
      16'h16f3: data = 16'h2000;
      16'h16f4: data = 16'h2000;
      16'h16f5: data = 16'h2000;
      16'h16f6: data = 16'h2000;
      16'h16f7: data = 16'h2000;
      16'h16f8: data = 16'h2000;
      16'h16f9: data = 16'h2000;
      16'h16fa: data = 16'h2000;
      16'h16fb: data = 16'h2000;
      16'h16fc: data = 16'h0;
      16'h16fd: data = 16'h2000;
      16'h16fe: data = 16'h2000;
      16'h16ff: data = 16'h0;
      16'h1700: data = 16'h0;
      16'h1701: data = 16'h0;
      16'h1702: data = 16'h2000;
      16'h1703: data = 16'h0;
      16'h1704: data = 16'h0;
      16'h1705: data = 16'h0;
      16'h1706: data = 16'h0;
      16'h1707: data = 16'h0;
      16'h1708: data = 16'h0;
      16'h1709: data = 16'h2000;
      16'h170a: data = 16'h0;
      16'h170b: data = 16'h0;
      16'h170c: data = 16'h0;
      16'h170d: data = 16'h0;
      16'h170e: data = 16'h0;
      16'h170f: data = 16'h0;
      16'h1710: data = 16'h2000;
      16'h1711: data = 16'h0;
      16'h1712: data = 16'h0;
      16'h1713: data = 16'h0;
      16'h1714: data = 16'h0;
      16'h1715: data = 16'h0;
      16'h1716: data = 16'h0;
      16'h1717: data = 16'h2000;
      16'h1718: data = 16'h0;
      16'h1719: data = 16'h0;
      16'h171a: data = 16'h0;
      16'h171b: data = 16'h0;
      16'h171c: data = 16'h0;
      16'h171d: data = 16'h0;
      16'h171e: data = 16'h2000;
      16'h171f: data = 16'h0;
      16'h1720: data = 16'h0;
      16'h1721: data = 16'h0;
      16'h1722: data = 16'h2000;
      16'h1723: data = 16'h2000;
      16'h1724: data = 16'h2000;
      16'h1725: data = 16'h2000;
      16'h1726: data = 16'h2000;
      16'h1727: data = 16'h2000;
      16'h1728: data = 16'h2000;
      16'h1729: data = 16'h2000;
      16'h172a: data = 16'h0;
      16'h172b: data = 16'h0;
      16'h172c: data = 16'h0;
      16'h172d: data = 16'h0;
      16'h172e: data = 16'h0;
      16'h172f: data = 16'h2000;
      16'h1730: data = 16'h2000;
      16'h1731: data = 16'h0;
      16'h1732: data = 16'h0;
      16'h1733: data = 16'h0;
      16'h1734: data = 16'h0;
      16'h1735: data = 16'h0;
      16'h1736: data = 16'h2000;
      16'h1737: data = 16'h2000;
      16'h1738: data = 16'h0;
      16'h1739: data = 16'h2000;
      16'h173a: data = 16'h0;
      16'h173b: data = 16'h0;
      16'h173c: data = 16'h0;
      16'h173d: data = 16'h2000;
      16'h173e: data = 16'h2000;
      16'h173f: data = 16'h0;
      16'h1740: data = 16'h0;
      16'h1741: data = 16'h2000;
      16'h1742: data = 16'h0;
      16'h1743: data = 16'h0;
      16'h1744: data = 16'h2000;
      16'h1745: data = 16'h2000;
      16'h1746: data = 16'h0;
      16'h1747: data = 16'h0;
      16'h1748: data = 16'h0;
      16'h1749: data = 16'h2000;
      16'h174a: data = 16'h0;
      16'h174b: data = 16'h2000;
      16'h174c: data = 16'h2000;
      16'h174d: data = 16'h0;
      16'h174e: data = 16'h0;
      16'h174f: data = 16'h0;
      16'h1750: data = 16'h0;
      16'h1751: data = 16'h2000;
      16'h1752: data = 16'h2000;
      16'h1753: data = 16'h2000;
      16'h1754: data = 16'h0;
      16'h1755: data = 16'h0;
      16'h1756: data = 16'h0;
      16'h1757: data = 16'h0;
      16'h1758: data = 16'h0;
      16'h1759: data = 16'h2000;
      16'h175a: data = 16'h2000;
      16'h175b: data = 16'h2000;
      16'h175c: data = 16'h2000;
      16'h175d: data = 16'h2000;
      16'h175e: data = 16'h2000;
      16'h175f: data = 16'h2000;
      16'h1760: data = 16'h2000;
      16'h1761: data = 16'h0;
      16'h1762: data = 16'h0;
      16'h1763: data = 16'h0;
      16'h1764: data = 16'h2000;
      16'h1765: data = 16'h0;
      16'h1766: data = 16'h0;
      16'h1767: data = 16'h0;
      16'h1768: data = 16'h0;
      16'h1769: data = 16'h0;
      16'h176a: data = 16'h0;
      16'h176b: data = 16'h2000;
      16'h176c: data = 16'h2000;
      16'h176d: data = 16'h0;
      16'h176e: data = 16'h0;
      16'h176f: data = 16'h0;
      16'h1770: data = 16'h0;
      16'h1771: data = 16'h0;
      16'h1772: data = 16'h2000;
      16'h1773: data = 16'h0;
      16'h1774: data = 16'h0;
      16'h1775: data = 16'h0;
      16'h1776: data = 16'h0;
      16'h1777: data = 16'h0;
      16'h1778: data = 16'h0;
      16'h1779: data = 16'h2000;
      16'h177a: data = 16'h0;
      16'h177b: data = 16'h0;
      16'h177c: data = 16'h0;
      16'h177d: data = 16'h0;
      16'h177e: data = 16'h0;
      16'h177f: data = 16'h0;
      16'h1780: data = 16'h2000;
      16'h1781: data = 16'h0;
      16'h1782: data = 16'h0;
      16'h1783: data = 16'h0;
      16'h1784: data = 16'h2000;
      16'h1785: data = 16'h2000;
      16'h1786: data = 16'h2000;
      16'h1787: data = 16'h2000;
      16'h1788: data = 16'h2000;
      16'h1789: data = 16'h2000;
      16'h178a: data = 16'h2000;
      16'h178b: data = 16'h2000;
      16'h178c: data = 16'h2000;
      16'h178d: data = 16'h2000;
      16'h178e: data = 16'h2000;
      16'h178f: data = 16'h2000;
      16'h1790: data = 16'h2000;
      16'h1791: data = 16'h2000;
      16'h1792: data = 16'h0;
      16'h1793: data = 16'h0;
      16'h1794: data = 16'h0;
      16'h1795: data = 16'h2000;
      16'h1796: data = 16'h0;
      16'h1797: data = 16'h0;
      16'h1798: data = 16'h0;
      16'h1799: data = 16'h0;
      16'h179a: data = 16'h0;
      16'h179b: data = 16'h0;
      16'h179c: data = 16'h2000;
      16'h179d: data = 16'h0;
      16'h179e: data = 16'h0;
      16'h179f: data = 16'h0;
      16'h17a0: data = 16'h0;
      16'h17a1: data = 16'h0;
      16'h17a2: data = 16'h0;
      16'h17a3: data = 16'h2000;
      16'h17a4: data = 16'h0;
      16'h17a5: data = 16'h0;
      16'h17a6: data = 16'h0;
      16'h17a7: data = 16'h0;
      16'h17a8: data = 16'h0;
      16'h17a9: data = 16'h0;
      16'h17aa: data = 16'h2000;
      16'h17ab: data = 16'h0;
      16'h17ac: data = 16'h0;
      16'h17ad: data = 16'h0;
      16'h17ae: data = 16'h0;
      16'h17af: data = 16'h0;
      16'h17b0: data = 16'h0;
      16'h17b1: data = 16'h2000;
      16'h17b2: data = 16'h0;
      16'h17b3: data = 16'h0;
      16'h17b4: data = 16'h0;
      16'h17b5: data = 16'h0;
      16'h17b6: data = 16'h2000;
      16'h17b7: data = 16'h2000;
      16'h17b8: data = 16'h2000;
      16'h17b9: data = 16'h2000;
      16'h17ba: data = 16'h2000;
      16'h17bb: data = 16'h2000;
      16'h17bc: data = 16'h2000;
      16'h17bd: data = 16'h2000;
      16'h17be: data = 16'h0;
      16'h17bf: data = 16'h2000;
      16'h17c0: data = 16'h2000;
      16'h17c1: data = 16'h2000;
      16'h17c2: data = 16'h2000;
      16'h17c3: data = 16'h2000;
      16'h17c4: data = 16'h0;
      16'h17c5: data = 16'h0;
      16'h17c6: data = 16'h0;
      16'h17c7: data = 16'h0;
      16'h17c8: data = 16'h0;
      16'h17c9: data = 16'h0;
      16'h17ca: data = 16'h2000;
      16'h17cb: data = 16'h0;
      16'h17cc: data = 16'h0;
      16'h17cd: data = 16'h0;
      16'h17ce: data = 16'h0;
      16'h17cf: data = 16'h0;
      16'h17d0: data = 16'h0;
      16'h17d1: data = 16'h2000;
      16'h17d2: data = 16'h2000;
      16'h17d3: data = 16'h2000;
      16'h17d4: data = 16'h2000;
      16'h17d5: data = 16'h2000;
      16'h17d6: data = 16'h2000;
      16'h17d7: data = 16'h2000;
      16'h17d8: data = 16'h0;
      16'h17d9: data = 16'h0;
      16'h17da: data = 16'h0;
      16'h17db: data = 16'h0;
      16'h17dc: data = 16'h0;
      16'h17dd: data = 16'h0;
      16'h17de: data = 16'h2000;
      16'h17df: data = 16'h0;
      16'h17e0: data = 16'h0;
      16'h17e1: data = 16'h0;
      16'h17e2: data = 16'h0;
      16'h17e3: data = 16'h0;
      16'h17e4: data = 16'h0;
      16'h17e5: data = 16'h2000;
      16'h17e6: data = 16'h2000;
      16'h17e7: data = 16'h2000;
      16'h17e8: data = 16'h2000;
      16'h17e9: data = 16'h2000;
      16'h17ea: data = 16'h2000;
      16'h17eb: data = 16'h2000;
      16'h17ec: data = 16'h2000;
      16'h17ed: data = 16'h2000;
      16'h17ee: data = 16'h0;
      16'h17ef: data = 16'h0;
      16'h17f0: data = 16'h0;
      16'h17f1: data = 16'h0;
      16'h17f2: data = 16'h0;
      16'h17f3: data = 16'h2000;
      16'h17f4: data = 16'h2000;
      16'h17f5: data = 16'h2000;
      16'h17f6: data = 16'h0;
      16'h17f7: data = 16'h0;
      16'h17f8: data = 16'h0;
      16'h17f9: data = 16'h0;
      16'h17fa: data = 16'h2000;
      16'h17fb: data = 16'h2000;
      16'h17fc: data = 16'h0;
      16'h17fd: data = 16'h2000;
      16'h17fe: data = 16'h0;
      16'h17ff: data = 16'h0;
      16'h1800: data = 16'h0;
      16'h1801: data = 16'h2000;
      16'h1802: data = 16'h2000;
      16'h1803: data = 16'h2000;
      16'h1804: data = 16'h0;
      16'h1805: data = 16'h2000;
      16'h1806: data = 16'h0;
      16'h1807: data = 16'h0;
      16'h1808: data = 16'h2000;
      16'h1809: data = 16'h2000;
      16'h180a: data = 16'h0;
      16'h180b: data = 16'h0;
      16'h180c: data = 16'h0;
      16'h180d: data = 16'h2000;
      16'h180e: data = 16'h0;
      16'h180f: data = 16'h2000;
      16'h1810: data = 16'h2000;
      16'h1811: data = 16'h0;
      16'h1812: data = 16'h0;
      16'h1813: data = 16'h0;
      16'h1814: data = 16'h0;
      16'h1815: data = 16'h2000;
      16'h1816: data = 16'h2000;
      16'h1817: data = 16'h2000;
      16'h1818: data = 16'h0;
      16'h1819: data = 16'h0;
      16'h181a: data = 16'h0;
      16'h181b: data = 16'h0;
      16'h181c: data = 16'h0;
      16'h181d: data = 16'h2000;
      16'h181e: data = 16'h2000;
      16'h181f: data = 16'h0;
      16'h1820: data = 16'h0;
      16'h1821: data = 16'h0;
      16'h1822: data = 16'h0;
      16'h1823: data = 16'h0;
      16'h1824: data = 16'h2000;
      16'h1825: data = 16'h2000;
      16'h1826: data = 16'h2000;
      16'h1827: data = 16'h0;
      16'h1828: data = 16'h0;
      16'h1829: data = 16'h0;
      16'h182a: data = 16'h0;
      16'h182b: data = 16'h2000;
      16'h182c: data = 16'h2000;
      16'h182d: data = 16'h0;
      16'h182e: data = 16'h2000;
      16'h182f: data = 16'h0;
      16'h1830: data = 16'h0;
      16'h1831: data = 16'h0;
      16'h1832: data = 16'h0;
      16'h1833: data = 16'h2000;
      16'h1834: data = 16'h0;
      16'h1835: data = 16'h0;
      16'h1836: data = 16'h2000;
      16'h1837: data = 16'h0;
      16'h1838: data = 16'h0;
      16'h1839: data = 16'h2000;
      16'h183a: data = 16'h2000;
      16'h183b: data = 16'h0;
      16'h183c: data = 16'h0;
      16'h183d: data = 16'h0;
      16'h183e: data = 16'h2000;
      16'h183f: data = 16'h0;
      16'h1840: data = 16'h2000;
      16'h1841: data = 16'h2000;
      16'h1842: data = 16'h0;
      16'h1843: data = 16'h0;
      16'h1844: data = 16'h0;
      16'h1845: data = 16'h0;
      16'h1846: data = 16'h2000;
      16'h1847: data = 16'h2000;
      16'h1848: data = 16'h2000;
      16'h1849: data = 16'h0;
      16'h184a: data = 16'h0;
      16'h184b: data = 16'h0;
      16'h184c: data = 16'h0;
      16'h184d: data = 16'h0;
      16'h184e: data = 16'h2000;
      16'h184f: data = 16'h2000;
      16'h1850: data = 16'h2000;
      16'h1851: data = 16'h2000;
      16'h1852: data = 16'h2000;
      16'h1853: data = 16'h2000;
      16'h1854: data = 16'h2000;
      16'h1855: data = 16'h2000;
      16'h1856: data = 16'h0;
      16'h1857: data = 16'h0;
      16'h1858: data = 16'h0;
      16'h1859: data = 16'h2000;
      16'h185a: data = 16'h0;
      16'h185b: data = 16'h0;
      16'h185c: data = 16'h0;
      16'h185d: data = 16'h0;
      16'h185e: data = 16'h0;
      16'h185f: data = 16'h0;
      16'h1860: data = 16'h2000;
      16'h1861: data = 16'h0;
      16'h1862: data = 16'h0;
      16'h1863: data = 16'h0;
      16'h1864: data = 16'h0;
      16'h1865: data = 16'h0;
      16'h1866: data = 16'h0;
      16'h1867: data = 16'h2000;
      16'h1868: data = 16'h0;
      16'h1869: data = 16'h0;
      16'h186a: data = 16'h0;
      16'h186b: data = 16'h0;
      16'h186c: data = 16'h0;
      16'h186d: data = 16'h0;
      16'h186e: data = 16'h2000;
      16'h186f: data = 16'h0;
      16'h1870: data = 16'h0;
      16'h1871: data = 16'h0;
      16'h1872: data = 16'h0;
      16'h1873: data = 16'h0;
      16'h1874: data = 16'h0;
      16'h1875: data = 16'h2000;
      16'h1876: data = 16'h0;
      16'h1877: data = 16'h0;
      16'h1878: data = 16'h0;
      16'h1879: data = 16'h2000;
      16'h187a: data = 16'h2000;
      16'h187b: data = 16'h2000;
      16'h187c: data = 16'h0;
      16'h187d: data = 16'h2000;
      16'h187e: data = 16'h2000;
      16'h187f: data = 16'h2000;
      16'h1880: data = 16'h2000;
      16'h1881: data = 16'h2000;
      16'h1882: data = 16'h2000;
      16'h1883: data = 16'h2000;
      16'h1884: data = 16'h2000;
      16'h1885: data = 16'h2000;
      16'h1886: data = 16'h2000;
      16'h1887: data = 16'h0;
      16'h1888: data = 16'h0;
      16'h1889: data = 16'h0;
      16'h188a: data = 16'h2000;
      16'h188b: data = 16'h0;
      16'h188c: data = 16'h0;
      16'h188d: data = 16'h0;
      16'h188e: data = 16'h0;
      16'h188f: data = 16'h0;
      16'h1890: data = 16'h0;
      16'h1891: data = 16'h2000;
      16'h1892: data = 16'h0;
      16'h1893: data = 16'h0;
      16'h1894: data = 16'h0;
      16'h1895: data = 16'h0;
      16'h1896: data = 16'h0;
      16'h1897: data = 16'h0;
      16'h1898: data = 16'h2000;
      16'h1899: data = 16'h0;
      16'h189a: data = 16'h2000;
      16'h189b: data = 16'h0;
      16'h189c: data = 16'h0;
      16'h189d: data = 16'h0;
      16'h189e: data = 16'h0;
      16'h189f: data = 16'h2000;
      16'h18a0: data = 16'h0;
      16'h18a1: data = 16'h0;
      16'h18a2: data = 16'h0;
      16'h18a3: data = 16'h0;
      16'h18a4: data = 16'h0;
      16'h18a5: data = 16'h0;
      16'h18a6: data = 16'h2000;
      16'h18a7: data = 16'h0;
      16'h18a8: data = 16'h0;
      16'h18a9: data = 16'h0;
      16'h18aa: data = 16'h0;
      16'h18ab: data = 16'h0;
      16'h18ac: data = 16'h0;
      16'h18ad: data = 16'h2000;
      16'h18ae: data = 16'h0;
      16'h18af: data = 16'h0;
      16'h18b0: data = 16'h0;
      16'h18b1: data = 16'h2000;
      16'h18b2: data = 16'h2000;
      16'h18b3: data = 16'h2000;
      16'h18b4: data = 16'h2000;
      16'h18b5: data = 16'h2000;
      16'h18b6: data = 16'h2000;
      16'h18b7: data = 16'h2000;
      16'h18b8: data = 16'h0;
      16'h18b9: data = 16'h0;
      16'h18ba: data = 16'h0;
      16'h18bb: data = 16'h2000;
      16'h18bc: data = 16'h0;
      16'h18bd: data = 16'h0;
      16'h18be: data = 16'h0;
      16'h18bf: data = 16'h0;
      16'h18c0: data = 16'h2000;
      16'h18c1: data = 16'h0;
      16'h18c2: data = 16'h2000;
      16'h18c3: data = 16'h0;
      16'h18c4: data = 16'h0;
      16'h18c5: data = 16'h0;
      16'h18c6: data = 16'h0;
      16'h18c7: data = 16'h0;
      16'h18c8: data = 16'h0;
      16'h18c9: data = 16'h2000;
      16'h18ca: data = 16'h0;
      16'h18cb: data = 16'h0;
      16'h18cc: data = 16'h0;
      16'h18cd: data = 16'h0;
      16'h18ce: data = 16'h0;
      16'h18cf: data = 16'h0;
      16'h18d0: data = 16'h2000;
      16'h18d1: data = 16'h0;
      16'h18d2: data = 16'h0;
      16'h18d3: data = 16'h0;
      16'h18d4: data = 16'h0;
      16'h18d5: data = 16'h0;
      16'h18d6: data = 16'h0;
      16'h18d7: data = 16'h2000;
      16'h18d8: data = 16'h0;
      16'h18d9: data = 16'h0;
      16'h18da: data = 16'h0;
      16'h18db: data = 16'h2000;
      16'h18dc: data = 16'h2000;
      16'h18dd: data = 16'h2000;
      16'h18de: data = 16'h2000;
      16'h18df: data = 16'h2000;
      16'h18e0: data = 16'h2000;
      16'h18e1: data = 16'h2000;
      16'h18e2: data = 16'h2000;
      16'h18e3: data = 16'h2000;
      16'h18e4: data = 16'h2000;
      16'h18e5: data = 16'h2000;
      16'h18e6: data = 16'h2000;
      16'h18e7: data = 16'h2000;
      16'h18e8: data = 16'h2000;
      16'h18e9: data = 16'h0;
      16'h18ea: data = 16'h0;
      16'h18eb: data = 16'h0;
      16'h18ec: data = 16'h2000;
      16'h18ed: data = 16'h0;
      16'h18ee: data = 16'h2000;
      16'h18ef: data = 16'h0;
      16'h18f0: data = 16'h0;
      16'h18f1: data = 16'h0;
      16'h18f2: data = 16'h0;
      16'h18f3: data = 16'h2000;
      16'h18f4: data = 16'h0;
      16'h18f5: data = 16'h0;
      16'h18f6: data = 16'h0;
      16'h18f7: data = 16'h0;
      16'h18f8: data = 16'h0;
      16'h18f9: data = 16'h0;
      16'h18fa: data = 16'h2000;
      16'h18fb: data = 16'h0;
      16'h18fc: data = 16'h0;
      16'h18fd: data = 16'h0;
      16'h18fe: data = 16'h0;
      16'h18ff: data = 16'h0;
      16'h1900: data = 16'h0;
      16'h1901: data = 16'h2000;
      16'h1902: data = 16'h0;
      16'h1903: data = 16'h0;
      16'h1904: data = 16'h0;
      16'h1905: data = 16'h0;
      16'h1906: data = 16'h0;
      16'h1907: data = 16'h0;
      16'h1908: data = 16'h2000;
      16'h1909: data = 16'h0;
      16'h190a: data = 16'h0;
      16'h190b: data = 16'h0;
      16'h190c: data = 16'h2000;
      16'h190d: data = 16'h2000;
      16'h190e: data = 16'h2000;
      16'h190f: data = 16'h2000;
      16'h1910: data = 16'h2000;
      16'h1911: data = 16'h2000;
      16'h1912: data = 16'h2000;
      16'h1913: data = 16'h2000;
      16'h1914: data = 16'h0;
      16'h1915: data = 16'h0;
      16'h1916: data = 16'h0;
      16'h1917: data = 16'h0;
      16'h1918: data = 16'h0;
      16'h1919: data = 16'h2000;
      16'h191a: data = 16'h2000;
      16'h191b: data = 16'h2000;
      16'h191c: data = 16'h0;
      16'h191d: data = 16'h0;
      16'h191e: data = 16'h0;
      16'h191f: data = 16'h0;
      16'h1920: data = 16'h2000;
      16'h1921: data = 16'h2000;
      16'h1922: data = 16'h0;
      16'h1923: data = 16'h2000;
      16'h1924: data = 16'h0;
      16'h1925: data = 16'h0;
      16'h1926: data = 16'h0;
      16'h1927: data = 16'h2000;
      16'h1928: data = 16'h2000;
      16'h1929: data = 16'h0;
      16'h192a: data = 16'h0;
      16'h192b: data = 16'h2000;
      16'h192c: data = 16'h0;
      16'h192d: data = 16'h0;
      16'h192e: data = 16'h2000;
      16'h192f: data = 16'h2000;
      16'h1930: data = 16'h0;
      16'h1931: data = 16'h0;
      16'h1932: data = 16'h0;
      16'h1933: data = 16'h2000;
      16'h1934: data = 16'h0;
      16'h1935: data = 16'h2000;
      16'h1936: data = 16'h2000;
      16'h1937: data = 16'h0;
      16'h1938: data = 16'h2000;
      16'h1939: data = 16'h0;
      16'h193a: data = 16'h0;
      16'h193b: data = 16'h2000;
      16'h193c: data = 16'h2000;
      16'h193d: data = 16'h2000;
      16'h193e: data = 16'h0;
      16'h193f: data = 16'h0;
      16'h1940: data = 16'h0;
      16'h1941: data = 16'h0;
      16'h1942: data = 16'h0;
      16'h1943: data = 16'h2000;
      16'h1944: data = 16'h2000;
      16'h1945: data = 16'h0;
      16'h1946: data = 16'h0;
      16'h1947: data = 16'h0;
      16'h1948: data = 16'h0;
      16'h1949: data = 16'h0;
      16'h194a: data = 16'h2000;
      16'h194b: data = 16'h2000;
      16'h194c: data = 16'h2000;
      16'h194d: data = 16'h0;
      16'h194e: data = 16'h0;
      16'h194f: data = 16'h0;
      16'h1950: data = 16'h0;
      16'h1951: data = 16'h2000;
      16'h1952: data = 16'h2000;
      16'h1953: data = 16'h0;
      16'h1954: data = 16'h2000;
      16'h1955: data = 16'h2000;
      16'h1956: data = 16'h0;
      16'h1957: data = 16'h0;
      16'h1958: data = 16'h2000;
      16'h1959: data = 16'h2000;
      16'h195a: data = 16'h0;
      16'h195b: data = 16'h0;
      16'h195c: data = 16'h2000;
      16'h195d: data = 16'h0;
      16'h195e: data = 16'h0;
      16'h195f: data = 16'h2000;
      16'h1960: data = 16'h2000;
      16'h1961: data = 16'h0;
      16'h1962: data = 16'h0;
      16'h1963: data = 16'h0;
      16'h1964: data = 16'h2000;
      16'h1965: data = 16'h0;
      16'h1966: data = 16'h2000;
      16'h1967: data = 16'h2000;
      16'h1968: data = 16'h0;
      16'h1969: data = 16'h0;
      16'h196a: data = 16'h0;
      16'h196b: data = 16'h0;
      16'h196c: data = 16'h2000;
      16'h196d: data = 16'h2000;
      16'h196e: data = 16'h2000;
      16'h196f: data = 16'h0;
      16'h1970: data = 16'h0;
      16'h1971: data = 16'h0;
      16'h1972: data = 16'h0;
      16'h1973: data = 16'h0;
      16'h1974: data = 16'h2000;
      16'h1975: data = 16'h2000;
      16'h1976: data = 16'h2000;
      16'h1977: data = 16'h2000;
      16'h1978: data = 16'h2000;
      16'h1979: data = 16'h2000;
      16'h197a: data = 16'h2000;
      16'h197b: data = 16'h2000;
      16'h197c: data = 16'h0;
      16'h197d: data = 16'h0;
      16'h197e: data = 16'h0;
      16'h197f: data = 16'h2000;
      16'h1980: data = 16'h0;
      16'h1981: data = 16'h0;
      16'h1982: data = 16'h0;
      16'h1983: data = 16'h0;
      16'h1984: data = 16'h0;
      16'h1985: data = 16'h0;
      16'h1986: data = 16'h2000;
      16'h1987: data = 16'h0;
      16'h1988: data = 16'h0;
      16'h1989: data = 16'h0;
      16'h198a: data = 16'h0;
      16'h198b: data = 16'h0;
      16'h198c: data = 16'h2000;
      16'h198d: data = 16'h2000;
      16'h198e: data = 16'h0;
      16'h198f: data = 16'h0;
      16'h1990: data = 16'h0;
      16'h1991: data = 16'h0;
      16'h1992: data = 16'h0;
      16'h1993: data = 16'h0;
      16'h1994: data = 16'h2000;
      16'h1995: data = 16'h0;
      16'h1996: data = 16'h0;
      16'h1997: data = 16'h0;
      16'h1998: data = 16'h0;
      16'h1999: data = 16'h0;
      16'h199a: data = 16'h0;
      16'h199b: data = 16'h2000;
      16'h199c: data = 16'h0;
      16'h199d: data = 16'h0;
      16'h199e: data = 16'h0;
      16'h199f: data = 16'h0;
      16'h19a0: data = 16'h0;
      16'h19a1: data = 16'h0;
      16'h19a2: data = 16'h2000;
      16'h19a3: data = 16'h0;
      16'h19a4: data = 16'h0;
      16'h19a5: data = 16'h0;
      16'h19a6: data = 16'h2000;
      16'h19a7: data = 16'h2000;
      16'h19a8: data = 16'h2000;
      16'h19a9: data = 16'h2000;
      16'h19aa: data = 16'h2000;
      16'h19ab: data = 16'h2000;
      16'h19ac: data = 16'h2000;
      16'h19ad: data = 16'h0;
      16'h19ae: data = 16'h0;
      16'h19af: data = 16'h0;
      16'h19b0: data = 16'h2000;
      16'h19b1: data = 16'h0;
      16'h19b2: data = 16'h0;
      16'h19b3: data = 16'h0;
      16'h19b4: data = 16'h0;
      16'h19b5: data = 16'h0;
      16'h19b6: data = 16'h0;
      16'h19b7: data = 16'h2000;
      16'h19b8: data = 16'h0;
      16'h19b9: data = 16'h0;
      16'h19ba: data = 16'h0;
      16'h19bb: data = 16'h0;
      16'h19bc: data = 16'h0;
      16'h19bd: data = 16'h0;
      16'h19be: data = 16'h2000;
      16'h19bf: data = 16'h2000;
      16'h19c0: data = 16'h0;
      16'h19c1: data = 16'h0;
      16'h19c2: data = 16'h0;
      16'h19c3: data = 16'h0;
      16'h19c4: data = 16'h0;
      16'h19c5: data = 16'h2000;
      16'h19c6: data = 16'h0;
      16'h19c7: data = 16'h0;
      16'h19c8: data = 16'h0;
      16'h19c9: data = 16'h0;
      16'h19ca: data = 16'h0;
      16'h19cb: data = 16'h0;
      16'h19cc: data = 16'h2000;
      16'h19cd: data = 16'h0;
      16'h19ce: data = 16'h0;
      16'h19cf: data = 16'h0;
      16'h19d0: data = 16'h0;
      16'h19d1: data = 16'h0;
      16'h19d2: data = 16'h0;
      16'h19d3: data = 16'h2000;
      16'h19d4: data = 16'h0;
      16'h19d5: data = 16'h0;
      16'h19d6: data = 16'h0;
      16'h19d7: data = 16'h2000;
      16'h19d8: data = 16'h2000;
      16'h19d9: data = 16'h2000;
      16'h19da: data = 16'h2000;
      16'h19db: data = 16'h2000;
      16'h19dc: data = 16'h2000;
      16'h19dd: data = 16'h2000;
      16'h19de: data = 16'h0;
      16'h19df: data = 16'h0;
      16'h19e0: data = 16'h0;
      16'h19e1: data = 16'h2000;
      16'h19e2: data = 16'h0;
      16'h19e3: data = 16'h0;
      16'h19e4: data = 16'h0;
      16'h19e5: data = 16'h0;
      16'h19e6: data = 16'h0;
      16'h19e7: data = 16'h0;
      16'h19e8: data = 16'h0;
      16'h19e9: data = 16'h0;
      16'h19ea: data = 16'h0;
      16'h19eb: data = 16'h0;
      16'h19ec: data = 16'h0;
      16'h19ed: data = 16'h0;
      16'h19ee: data = 16'h0;
      16'h19ef: data = 16'h2000;
      16'h19f0: data = 16'h0;
      16'h19f1: data = 16'h0;
      16'h19f2: data = 16'h0;
      16'h19f3: data = 16'h0;
      16'h19f4: data = 16'h0;
      16'h19f5: data = 16'h0;
      16'h19f6: data = 16'h2000;
      16'h19f7: data = 16'h0;
      16'h19f8: data = 16'h0;
      16'h19f9: data = 16'h0;
      16'h19fa: data = 16'h0;
      16'h19fb: data = 16'h0;
      16'h19fc: data = 16'h0;
      16'h19fd: data = 16'h2000;
      16'h19fe: data = 16'h0;
      16'h19ff: data = 16'h0;
      16'h1a00: data = 16'h0;
      16'h1a01: data = 16'h0;
      16'h1a02: data = 16'h0;
      16'h1a03: data = 16'h0;
      16'h1a04: data = 16'h2000;
      16'h1a05: data = 16'h0;
      16'h1a06: data = 16'h0;
      16'h1a07: data = 16'h0;
      16'h1a08: data = 16'h2000;
      16'h1a09: data = 16'h2000;
      16'h1a0a: data = 16'h2000;
      16'h1a0b: data = 16'h2000;
      16'h1a0c: data = 16'h2000;
      16'h1a0d: data = 16'h2000;
      16'h1a0e: data = 16'h2000;
      16'h1a0f: data = 16'h0;
      16'h1a10: data = 16'h0;
      16'h1a11: data = 16'h0;
      16'h1a12: data = 16'h2000;
      16'h1a13: data = 16'h0;
      16'h1a14: data = 16'h0;
      16'h1a15: data = 16'h0;
      16'h1a16: data = 16'h0;
      16'h1a17: data = 16'h0;
      16'h1a18: data = 16'h0;
      16'h1a19: data = 16'h2000;
      16'h1a1a: data = 16'h0;
      16'h1a1b: data = 16'h0;
      16'h1a1c: data = 16'h0;
      16'h1a1d: data = 16'h0;
      16'h1a1e: data = 16'h0;
      16'h1a1f: data = 16'h0;
      16'h1a20: data = 16'h2000;
      16'h1a21: data = 16'h0;
      16'h1a22: data = 16'h2000;
      16'h1a23: data = 16'h0;
      16'h1a24: data = 16'h0;
      16'h1a25: data = 16'h0;
      16'h1a26: data = 16'h0;
      16'h1a27: data = 16'h2000;
      16'h1a28: data = 16'h0;
      16'h1a29: data = 16'h0;
      16'h1a2a: data = 16'h0;
      16'h1a2b: data = 16'h0;
      16'h1a2c: data = 16'h0;
      16'h1a2d: data = 16'h0;
      16'h1a2e: data = 16'h2000;
      16'h1a2f: data = 16'h0;
      16'h1a30: data = 16'h0;
      16'h1a31: data = 16'h0;
      16'h1a32: data = 16'h2000;
      16'h1a33: data = 16'h2000;
      16'h1a34: data = 16'h2000;
      16'h1a35: data = 16'h2000;
      16'h1a36: data = 16'h2000;
      16'h1a37: data = 16'h2000;
      16'h1a38: data = 16'h2000;
      16'h1a39: data = 16'h2000;
      16'h1a3a: data = 16'h2000;
      16'h1a3b: data = 16'h2000;
      16'h1a3c: data = 16'h2000;
      16'h1a3d: data = 16'h2000;
      16'h1a3e: data = 16'h2000;
      16'h1a3f: data = 16'h2000;
      16'h1a40: data = 16'h0;
      16'h1a41: data = 16'h0;
      16'h1a42: data = 16'h0;
      16'h1a43: data = 16'h2000;
      16'h1a44: data = 16'h0;
      16'h1a45: data = 16'h0;
      16'h1a46: data = 16'h0;
      16'h1a47: data = 16'h0;
      16'h1a48: data = 16'h0;
      16'h1a49: data = 16'h0;
      16'h1a4a: data = 16'h2000;
      16'h1a4b: data = 16'h0;
      16'h1a4c: data = 16'h0;
      16'h1a4d: data = 16'h0;
      16'h1a4e: data = 16'h0;
      16'h1a4f: data = 16'h0;
      16'h1a50: data = 16'h0;
      16'h1a51: data = 16'h2000;
      16'h1a52: data = 16'h0;
      16'h1a53: data = 16'h0;
      16'h1a54: data = 16'h0;
      16'h1a55: data = 16'h0;
      16'h1a56: data = 16'h0;
      16'h1a57: data = 16'h0;
      16'h1a58: data = 16'h0;
      16'h1a59: data = 16'h0;
      16'h1a5a: data = 16'h0;
      16'h1a5b: data = 16'h0;
      16'h1a5c: data = 16'h0;
      16'h1a5d: data = 16'h0;
      16'h1a5e: data = 16'h0;
      16'h1a5f: data = 16'h2000;
      16'h1a60: data = 16'h0;
      16'h1a61: data = 16'h0;
      16'h1a62: data = 16'h0;
      16'h1a63: data = 16'h0;
      16'h1a64: data = 16'h0;
      16'h1a65: data = 16'h0;
      16'h1a66: data = 16'h2000;
      16'h1a67: data = 16'h0;
      16'h1a68: data = 16'h0;
      16'h1a69: data = 16'h0;
      16'h1a6a: data = 16'h2000;
      16'h1a6b: data = 16'h2000;
      16'h1a6c: data = 16'h2000;
      16'h1a6d: data = 16'h2000;
      16'h1a6e: data = 16'h2000;
      16'h1a6f: data = 16'h2000;
      16'h1a70: data = 16'h2000;
      16'h1a71: data = 16'h0;
      16'h1a72: data = 16'h0;
      16'h1a73: data = 16'h0;
      16'h1a74: data = 16'h2000;
      16'h1a75: data = 16'h2000;
      16'h1a76: data = 16'h0;
      16'h1a77: data = 16'h0;
      16'h1a78: data = 16'h0;
      16'h1a79: data = 16'h0;
      16'h1a7a: data = 16'h0;
      16'h1a7b: data = 16'h2000;
      16'h1a7c: data = 16'h0;
      16'h1a7d: data = 16'h0;
      16'h1a7e: data = 16'h0;
      16'h1a7f: data = 16'h0;
      16'h1a80: data = 16'h0;
      16'h1a81: data = 16'h0;
      16'h1a82: data = 16'h2000;
      16'h1a83: data = 16'h0;
      16'h1a84: data = 16'h0;
      16'h1a85: data = 16'h0;
      16'h1a86: data = 16'h0;
      16'h1a87: data = 16'h0;
      16'h1a88: data = 16'h0;
      16'h1a89: data = 16'h2000;
      16'h1a8a: data = 16'h0;
      16'h1a8b: data = 16'h0;
      16'h1a8c: data = 16'h0;
      16'h1a8d: data = 16'h0;
      16'h1a8e: data = 16'h0;
      16'h1a8f: data = 16'h0;
      16'h1a90: data = 16'h2000;
      16'h1a91: data = 16'h0;
      16'h1a92: data = 16'h0;
      16'h1a93: data = 16'h0;
      16'h1a94: data = 16'h2000;
      16'h1a95: data = 16'h2000;
      16'h1a96: data = 16'h2000;
      16'h1a97: data = 16'h2000;
      16'h1a98: data = 16'h2000;
      16'h1a99: data = 16'h2000;
      16'h1a9a: data = 16'h2000;
      16'h1a9b: data = 16'h2000;
      16'h1a9c: data = 16'h2000;
      16'h1a9d: data = 16'h2000;
      16'h1a9e: data = 16'h2000;
      16'h1a9f: data = 16'h2000;
      16'h1aa0: data = 16'h2000;
      16'h1aa1: data = 16'h2000;
      16'h1aa2: data = 16'h0;
      16'h1aa3: data = 16'h0;
      16'h1aa4: data = 16'h0;
      16'h1aa5: data = 16'h2000;
      16'h1aa6: data = 16'h0;
      16'h1aa7: data = 16'h0;
      16'h1aa8: data = 16'h0;
      16'h1aa9: data = 16'h0;
      16'h1aaa: data = 16'h0;
      16'h1aab: data = 16'h0;
      16'h1aac: data = 16'h2000;
      16'h1aad: data = 16'h0;
      16'h1aae: data = 16'h0;
      16'h1aaf: data = 16'h0;
      16'h1ab0: data = 16'h0;
      16'h1ab1: data = 16'h0;
      16'h1ab2: data = 16'h0;
      16'h1ab3: data = 16'h2000;
      16'h1ab4: data = 16'h0;
      16'h1ab5: data = 16'h0;
      16'h1ab6: data = 16'h0;
      16'h1ab7: data = 16'h0;
      16'h1ab8: data = 16'h0;
      16'h1ab9: data = 16'h0;
      16'h1aba: data = 16'h2000;
      16'h1abb: data = 16'h0;
      16'h1abc: data = 16'h0;
      16'h1abd: data = 16'h0;
      16'h1abe: data = 16'h0;
      16'h1abf: data = 16'h0;
      16'h1ac0: data = 16'h0;
      16'h1ac1: data = 16'h0;
      16'h1ac2: data = 16'h0;
      16'h1ac3: data = 16'h0;
      16'h1ac4: data = 16'h0;
      16'h1ac5: data = 16'h0;
      16'h1ac6: data = 16'h0;
      16'h1ac7: data = 16'h0;
      16'h1ac8: data = 16'h2000;
      16'h1ac9: data = 16'h0;
      16'h1aca: data = 16'h0;
      16'h1acb: data = 16'h0;
      16'h1acc: data = 16'h2000;
      16'h1acd: data = 16'h0;
      16'h1ace: data = 16'h0;
      16'h1acf: data = 16'h0;
      16'h1ad0: data = 16'h0;
      16'h1ad1: data = 16'h0;
      16'h1ad2: data = 16'h2000;
      16'h1ad3: data = 16'h2000;
      16'h1ad4: data = 16'h2000;
      16'h1ad5: data = 16'h0;
      16'h1ad6: data = 16'h0;
      16'h1ad7: data = 16'h0;
      16'h1ad8: data = 16'h0;
      16'h1ad9: data = 16'h2000;
      16'h1ada: data = 16'h2000;
      16'h1adb: data = 16'h0;
      16'h1adc: data = 16'h2000;
      16'h1add: data = 16'h0;
      16'h1ade: data = 16'h0;
      16'h1adf: data = 16'h0;
      16'h1ae0: data = 16'h2000;
      16'h1ae1: data = 16'h2000;
      16'h1ae2: data = 16'h0;
      16'h1ae3: data = 16'h0;
      16'h1ae4: data = 16'h2000;
      16'h1ae5: data = 16'h0;
      16'h1ae6: data = 16'h0;
      16'h1ae7: data = 16'h2000;
      16'h1ae8: data = 16'h2000;
      16'h1ae9: data = 16'h0;
      16'h1aea: data = 16'h0;
      16'h1aeb: data = 16'h0;
      16'h1aec: data = 16'h2000;
      16'h1aed: data = 16'h0;
      16'h1aee: data = 16'h2000;
      16'h1aef: data = 16'h2000;
      16'h1af0: data = 16'h2000;
      16'h1af1: data = 16'h0;
      16'h1af2: data = 16'h0;
      16'h1af3: data = 16'h0;
      16'h1af4: data = 16'h2000;
      16'h1af5: data = 16'h2000;
      16'h1af6: data = 16'h2000;
      16'h1af7: data = 16'h0;
      16'h1af8: data = 16'h0;
      16'h1af9: data = 16'h0;
      16'h1afa: data = 16'h0;
      16'h1afb: data = 16'h0;
      16'h1afc: data = 16'h2000;
      16'h1afd: data = 16'h2000;
      16'h1afe: data = 16'h2000;
      16'h1aff: data = 16'h2000;
      16'h1b00: data = 16'h2000;
      16'h1b01: data = 16'h2000;
      16'h1b02: data = 16'h2000;
      16'h1b03: data = 16'h2000;
      16'h1b04: data = 16'h2000;
      16'h1b05: data = 16'h0;
      16'h1b06: data = 16'h0;
      16'h1b07: data = 16'h2000;
      16'h1b08: data = 16'h0;
      16'h1b09: data = 16'h0;
      16'h1b0a: data = 16'h0;
      16'h1b0b: data = 16'h0;
      16'h1b0c: data = 16'h0;
      16'h1b0d: data = 16'h0;
      16'h1b0e: data = 16'h2000;
      16'h1b0f: data = 16'h0;
      16'h1b10: data = 16'h0;
      16'h1b11: data = 16'h0;
      16'h1b12: data = 16'h0;
      16'h1b13: data = 16'h0;
      16'h1b14: data = 16'h0;
      16'h1b15: data = 16'h2000;
      16'h1b16: data = 16'h0;
      16'h1b17: data = 16'h0;
      16'h1b18: data = 16'h0;
      16'h1b19: data = 16'h0;
      16'h1b1a: data = 16'h0;
      16'h1b1b: data = 16'h0;
      16'h1b1c: data = 16'h2000;
      16'h1b1d: data = 16'h0;
      16'h1b1e: data = 16'h0;
      16'h1b1f: data = 16'h0;
      16'h1b20: data = 16'h0;
      16'h1b21: data = 16'h0;
      16'h1b22: data = 16'h0;
      16'h1b23: data = 16'h2000;
      16'h1b24: data = 16'h0;
      16'h1b25: data = 16'h0;
      16'h1b26: data = 16'h0;
      16'h1b27: data = 16'h0;
      16'h1b28: data = 16'h0;
      16'h1b29: data = 16'h0;
      16'h1b2a: data = 16'h2000;
      16'h1b2b: data = 16'h0;
      16'h1b2c: data = 16'h0;
      16'h1b2d: data = 16'h0;
      16'h1b2e: data = 16'h2000;
      16'h1b2f: data = 16'h2000;
      16'h1b30: data = 16'h2000;
      16'h1b31: data = 16'h2000;
      16'h1b32: data = 16'h2000;
      16'h1b33: data = 16'h2000;
      16'h1b34: data = 16'h2000;
      16'h1b35: data = 16'h2000;
      16'h1b36: data = 16'h0;
      16'h1b37: data = 16'h0;
      16'h1b38: data = 16'h0;
      16'h1b39: data = 16'h0;
      16'h1b3a: data = 16'h0;
      16'h1b3b: data = 16'h0;
      16'h1b3c: data = 16'h2000;
      16'h1b3d: data = 16'h0;
      16'h1b3e: data = 16'h0;
      16'h1b3f: data = 16'h0;
      16'h1b40: data = 16'h0;
      16'h1b41: data = 16'h0;
      16'h1b42: data = 16'h0;
      16'h1b43: data = 16'h2000;
      16'h1b44: data = 16'h2000;
      16'h1b45: data = 16'h2000;
      16'h1b46: data = 16'h2000;
      16'h1b47: data = 16'h2000;
      16'h1b48: data = 16'h2000;
      16'h1b49: data = 16'h2000;
      16'h1b4a: data = 16'h0;
      16'h1b4b: data = 16'h2000;
      16'h1b4c: data = 16'h0;
      16'h1b4d: data = 16'h0;
      16'h1b4e: data = 16'h0;
      16'h1b4f: data = 16'h0;
      16'h1b50: data = 16'h2000;
      16'h1b51: data = 16'h0;
      16'h1b52: data = 16'h0;
      16'h1b53: data = 16'h0;
      16'h1b54: data = 16'h0;
      16'h1b55: data = 16'h0;
      16'h1b56: data = 16'h0;
      16'h1b57: data = 16'h2000;
      16'h1b58: data = 16'h2000;
      16'h1b59: data = 16'h2000;
      16'h1b5a: data = 16'h2000;
      16'h1b5b: data = 16'h2000;
      16'h1b5c: data = 16'h2000;
      16'h1b5d: data = 16'h2000;
      16'h1b5e: data = 16'h2000;
      16'h1b5f: data = 16'h2000;
      16'h1b60: data = 16'h0;
      16'h1b61: data = 16'h0;
      16'h1b62: data = 16'h0;
      16'h1b63: data = 16'h0;
      16'h1b64: data = 16'h0;
      16'h1b65: data = 16'h2000;
      16'h1b66: data = 16'h2000;
      16'h1b67: data = 16'h2000;
      16'h1b68: data = 16'h0;
      16'h1b69: data = 16'h0;
      16'h1b6a: data = 16'h0;
      16'h1b6b: data = 16'h0;
      16'h1b6c: data = 16'h2000;
      16'h1b6d: data = 16'h2000;
      16'h1b6e: data = 16'h2000;
      16'h1b6f: data = 16'h2000;
      16'h1b70: data = 16'h0;
      16'h1b71: data = 16'h0;
      16'h1b72: data = 16'h0;
      16'h1b73: data = 16'h2000;
      16'h1b74: data = 16'h2000;
      16'h1b75: data = 16'h0;
      16'h1b76: data = 16'h0;
      16'h1b77: data = 16'h2000;
      16'h1b78: data = 16'h0;
      16'h1b79: data = 16'h0;
      16'h1b7a: data = 16'h2000;
      16'h1b7b: data = 16'h2000;
      16'h1b7c: data = 16'h0;
      16'h1b7d: data = 16'h0;
      16'h1b7e: data = 16'h0;
      16'h1b7f: data = 16'h2000;
      16'h1b80: data = 16'h0;
      16'h1b81: data = 16'h2000;
      16'h1b82: data = 16'h2000;
      16'h1b83: data = 16'h0;
      16'h1b84: data = 16'h0;
      16'h1b85: data = 16'h0;
      16'h1b86: data = 16'h0;
      16'h1b87: data = 16'h2000;
      16'h1b88: data = 16'h2000;
      16'h1b89: data = 16'h2000;
      16'h1b8a: data = 16'h0;
      16'h1b8b: data = 16'h0;
      16'h1b8c: data = 16'h0;
      16'h1b8d: data = 16'h0;
      16'h1b8e: data = 16'h0;
      16'h1b8f: data = 16'h2000;
      16'h1b90: data = 16'h2000;
      16'h1b91: data = 16'h2000;
      16'h1b92: data = 16'h2000;
      16'h1b93: data = 16'h2000;
      16'h1b94: data = 16'h2000;
      16'h1b95: data = 16'h2000;
      16'h1b96: data = 16'h2000;
      16'h1b97: data = 16'h0;
      16'h1b98: data = 16'h0;
      16'h1b99: data = 16'h0;
      16'h1b9a: data = 16'h2000;
      16'h1b9b: data = 16'h0;
      16'h1b9c: data = 16'h0;
      16'h1b9d: data = 16'h0;
      16'h1b9e: data = 16'h0;
      16'h1b9f: data = 16'h0;
      16'h1ba0: data = 16'h0;
      16'h1ba1: data = 16'h2000;
      16'h1ba2: data = 16'h0;
      16'h1ba3: data = 16'h0;
      16'h1ba4: data = 16'h0;
      16'h1ba5: data = 16'h0;
      16'h1ba6: data = 16'h0;
      16'h1ba7: data = 16'h0;
      16'h1ba8: data = 16'h2000;
      16'h1ba9: data = 16'h0;
      16'h1baa: data = 16'h0;
      16'h1bab: data = 16'h0;
      16'h1bac: data = 16'h0;
      16'h1bad: data = 16'h0;
      16'h1bae: data = 16'h0;
      16'h1baf: data = 16'h2000;
      16'h1bb0: data = 16'h0;
      16'h1bb1: data = 16'h0;
      16'h1bb2: data = 16'h0;
      16'h1bb3: data = 16'h0;
      16'h1bb4: data = 16'h0;
      16'h1bb5: data = 16'h2000;
      16'h1bb6: data = 16'h2000;
      16'h1bb7: data = 16'h0;
      16'h1bb8: data = 16'h0;
      16'h1bb9: data = 16'h0;
      16'h1bba: data = 16'h0;
      16'h1bbb: data = 16'h0;
      16'h1bbc: data = 16'h0;
      16'h1bbd: data = 16'h2000;
      16'h1bbe: data = 16'h0;
      16'h1bbf: data = 16'h0;
      16'h1bc0: data = 16'h0;
      16'h1bc1: data = 16'h2000;
      16'h1bc2: data = 16'h2000;
      16'h1bc3: data = 16'h2000;
      16'h1bc4: data = 16'h2000;
      16'h1bc5: data = 16'h2000;
      16'h1bc6: data = 16'h2000;
      16'h1bc7: data = 16'h2000;
      16'h1bc8: data = 16'h0;
      16'h1bc9: data = 16'h0;
      16'h1bca: data = 16'h0;
      16'h1bcb: data = 16'h2000;
      16'h1bcc: data = 16'h0;
      16'h1bcd: data = 16'h0;
      16'h1bce: data = 16'h0;
      16'h1bcf: data = 16'h0;
      16'h1bd0: data = 16'h0;
      16'h1bd1: data = 16'h0;
      16'h1bd2: data = 16'h2000;
      16'h1bd3: data = 16'h0;
      16'h1bd4: data = 16'h0;
      16'h1bd5: data = 16'h0;
      16'h1bd6: data = 16'h0;
      16'h1bd7: data = 16'h0;
      16'h1bd8: data = 16'h0;
      16'h1bd9: data = 16'h2000;
      16'h1bda: data = 16'h0;
      16'h1bdb: data = 16'h0;
      16'h1bdc: data = 16'h0;
      16'h1bdd: data = 16'h0;
      16'h1bde: data = 16'h2000;
      16'h1bdf: data = 16'h0;
      16'h1be0: data = 16'h2000;
      16'h1be1: data = 16'h0;
      16'h1be2: data = 16'h0;
      16'h1be3: data = 16'h0;
      16'h1be4: data = 16'h0;
      16'h1be5: data = 16'h0;
      16'h1be6: data = 16'h0;
      16'h1be7: data = 16'h2000;
      16'h1be8: data = 16'h0;
      16'h1be9: data = 16'h0;
      16'h1bea: data = 16'h0;
      16'h1beb: data = 16'h0;
      16'h1bec: data = 16'h0;
      16'h1bed: data = 16'h0;
      16'h1bee: data = 16'h2000;
      16'h1bef: data = 16'h0;
      16'h1bf0: data = 16'h0;
      16'h1bf1: data = 16'h0;
      16'h1bf2: data = 16'h2000;
      16'h1bf3: data = 16'h2000;
      16'h1bf4: data = 16'h2000;
      16'h1bf5: data = 16'h2000;
      16'h1bf6: data = 16'h2000;
      16'h1bf7: data = 16'h2000;
      16'h1bf8: data = 16'h2000;
      16'h1bf9: data = 16'h0;
      16'h1bfa: data = 16'h0;
      16'h1bfb: data = 16'h0;
      16'h1bfc: data = 16'h2000;
      16'h1bfd: data = 16'h0;
      16'h1bfe: data = 16'h0;
      16'h1bff: data = 16'h0;
      16'h1c00: data = 16'h0;
      16'h1c01: data = 16'h0;
      16'h1c02: data = 16'h0;
      16'h1c03: data = 16'h2000;
      16'h1c04: data = 16'h0;
      16'h1c05: data = 16'h0;
      16'h1c06: data = 16'h0;
      16'h1c07: data = 16'h0;
      16'h1c08: data = 16'h0;
      16'h1c09: data = 16'h0;
      16'h1c0a: data = 16'h2000;
      16'h1c0b: data = 16'h0;
      16'h1c0c: data = 16'h0;
      16'h1c0d: data = 16'h0;
      16'h1c0e: data = 16'h0;
      16'h1c0f: data = 16'h0;
      16'h1c10: data = 16'h0;
      16'h1c11: data = 16'h2000;
      16'h1c12: data = 16'h0;
      16'h1c13: data = 16'h0;
      16'h1c14: data = 16'h0;
      16'h1c15: data = 16'h0;
      16'h1c16: data = 16'h0;
      16'h1c17: data = 16'h0;
      16'h1c18: data = 16'h2000;
      16'h1c19: data = 16'h0;
      16'h1c1a: data = 16'h2000;
      16'h1c1b: data = 16'h0;
      16'h1c1c: data = 16'h0;
      16'h1c1d: data = 16'h0;
      16'h1c1e: data = 16'h0;
      16'h1c1f: data = 16'h2000;
      16'h1c20: data = 16'h0;
      16'h1c21: data = 16'h0;
      16'h1c22: data = 16'h0;
      16'h1c23: data = 16'h2000;
      16'h1c24: data = 16'h2000;
      16'h1c25: data = 16'h2000;
      16'h1c26: data = 16'h2000;
      16'h1c27: data = 16'h2000;
      16'h1c28: data = 16'h2000;
      16'h1c29: data = 16'h2000;
      16'h1c2a: data = 16'h0;
      16'h1c2b: data = 16'h0;
      16'h1c2c: data = 16'h0;
      16'h1c2d: data = 16'h2000;
      16'h1c2e: data = 16'h0;
      16'h1c2f: data = 16'h0;
      16'h1c30: data = 16'h0;
      16'h1c31: data = 16'h0;
      16'h1c32: data = 16'h0;
      16'h1c33: data = 16'h0;
      16'h1c34: data = 16'h2000;
      16'h1c35: data = 16'h0;
      16'h1c36: data = 16'h2000;
      16'h1c37: data = 16'h0;
      16'h1c38: data = 16'h0;
      16'h1c39: data = 16'h0;
      16'h1c3a: data = 16'h0;
      16'h1c3b: data = 16'h2000;
      16'h1c3c: data = 16'h0;
      16'h1c3d: data = 16'h0;
      16'h1c3e: data = 16'h0;
      16'h1c3f: data = 16'h0;
      16'h1c40: data = 16'h0;
      16'h1c41: data = 16'h0;
      16'h1c42: data = 16'h2000;
      16'h1c43: data = 16'h0;
      16'h1c44: data = 16'h0;
      16'h1c45: data = 16'h0;
      16'h1c46: data = 16'h0;
      16'h1c47: data = 16'h0;
      16'h1c48: data = 16'h0;
      16'h1c49: data = 16'h2000;
      16'h1c4a: data = 16'h0;
      16'h1c4b: data = 16'h0;
      16'h1c4c: data = 16'h0;
      16'h1c4d: data = 16'h0;
      16'h1c4e: data = 16'h0;
      16'h1c4f: data = 16'h0;
      16'h1c50: data = 16'h2000;
      16'h1c51: data = 16'h0;
      16'h1c52: data = 16'h0;
      16'h1c53: data = 16'h0;
      16'h1c54: data = 16'h2000;
      16'h1c55: data = 16'h2000;
      16'h1c56: data = 16'h2000;
      16'h1c57: data = 16'h2000;
      16'h1c58: data = 16'h2000;
      16'h1c59: data = 16'h2000;
      16'h1c5a: data = 16'h2000;
      16'h1c5b: data = 16'h2000;
      16'h1c5c: data = 16'h0;
      16'h1c5d: data = 16'h0;
      16'h1c5e: data = 16'h0;
      16'h1c5f: data = 16'h0;
      16'h1c60: data = 16'h0;
      16'h1c61: data = 16'h0;
      16'h1c62: data = 16'h2000;
      16'h1c63: data = 16'h0;
      16'h1c64: data = 16'h0;
      16'h1c65: data = 16'h0;
      16'h1c66: data = 16'h0;
      16'h1c67: data = 16'h0;
      16'h1c68: data = 16'h0;
      16'h1c69: data = 16'h2000;
      16'h1c6a: data = 16'h0;
      16'h1c6b: data = 16'h2000;
      16'h1c6c: data = 16'h2000;
      16'h1c6d: data = 16'h2000;
      16'h1c6e: data = 16'h2000;
      16'h1c6f: data = 16'h2000;
      16'h1c70: data = 16'h0;
      16'h1c71: data = 16'h0;
      16'h1c72: data = 16'h0;
      16'h1c73: data = 16'h0;
      16'h1c74: data = 16'h0;
      16'h1c75: data = 16'h0;
      16'h1c76: data = 16'h2000;
      16'h1c77: data = 16'h0;
      16'h1c78: data = 16'h0;
      16'h1c79: data = 16'h0;
      16'h1c7a: data = 16'h0;
      16'h1c7b: data = 16'h0;
      16'h1c7c: data = 16'h0;
      16'h1c7d: data = 16'h2000;
      16'h1c7e: data = 16'h2000;
      16'h1c7f: data = 16'h2000;
      16'h1c80: data = 16'h2000;
      16'h1c81: data = 16'h2000;
      16'h1c82: data = 16'h2000;
      16'h1c83: data = 16'h2000;
      16'h1c84: data = 16'h2000;
      16'h1c85: data = 16'h2000;
      16'h1c86: data = 16'h2000;
      16'h1c87: data = 16'h2000;
      16'h1c88: data = 16'h2000;
      16'h1c89: data = 16'h2000;
      16'h1c8a: data = 16'h2000;
      16'h1c8b: data = 16'h2000;
      16'h1c8c: data = 16'h2000;
      16'h1c8d: data = 16'h0;
      16'h1c8e: data = 16'h0;
      16'h1c8f: data = 16'h0;
      16'h1c90: data = 16'h0;
      16'h1c91: data = 16'h0;
      16'h1c92: data = 16'h0;
      16'h1c93: data = 16'h2000;
      16'h1c94: data = 16'h0;
      16'h1c95: data = 16'h0;
      16'h1c96: data = 16'h0;
      16'h1c97: data = 16'h0;
      16'h1c98: data = 16'h0;
      16'h1c99: data = 16'h0;
      16'h1c9a: data = 16'h2000;
      16'h1c9b: data = 16'h2000;
      16'h1c9c: data = 16'h2000;
      16'h1c9d: data = 16'h2000;
      16'h1c9e: data = 16'h2000;
      16'h1c9f: data = 16'h2000;
      16'h1ca0: data = 16'h2000;
      16'h1ca1: data = 16'h0;
      16'h1ca2: data = 16'h0;
      16'h1ca3: data = 16'h0;
      16'h1ca4: data = 16'h0;
      16'h1ca5: data = 16'h0;
      16'h1ca6: data = 16'h0;
      16'h1ca7: data = 16'h2000;
      16'h1ca8: data = 16'h0;
      16'h1ca9: data = 16'h0;
      16'h1caa: data = 16'h0;
      16'h1cab: data = 16'h0;
      16'h1cac: data = 16'h0;
      16'h1cad: data = 16'h0;
      16'h1cae: data = 16'h0;
      16'h1caf: data = 16'h2000;
      16'h1cb0: data = 16'h2000;
      16'h1cb1: data = 16'h2000;
      16'h1cb2: data = 16'h2000;
      16'h1cb3: data = 16'h2000;
      16'h1cb4: data = 16'h2000;
      16'h1cb5: data = 16'h2000;
      16'h1cb6: data = 16'h2000;
      16'h1cb7: data = 16'h2000;
      16'h1cb8: data = 16'h2000;
      16'h1cb9: data = 16'h2000;
      16'h1cba: data = 16'h2000;
      16'h1cbb: data = 16'h2000;
      16'h1cbc: data = 16'h2000;
      16'h1cbd: data = 16'h0;
      16'h1cbe: data = 16'h0;
      16'h1cbf: data = 16'h0;
      16'h1cc0: data = 16'h2000;
      16'h1cc1: data = 16'h0;
      16'h1cc2: data = 16'h0;
      16'h1cc3: data = 16'h0;
      16'h1cc4: data = 16'h0;
      16'h1cc5: data = 16'h0;
      16'h1cc6: data = 16'h0;
      16'h1cc7: data = 16'h2000;
      16'h1cc8: data = 16'h0;
      16'h1cc9: data = 16'h0;
      16'h1cca: data = 16'h0;
      16'h1ccb: data = 16'h0;
      16'h1ccc: data = 16'h0;
      16'h1ccd: data = 16'h0;
      16'h1cce: data = 16'h2000;
      16'h1ccf: data = 16'h0;
      16'h1cd0: data = 16'h0;
      16'h1cd1: data = 16'h0;
      16'h1cd2: data = 16'h0;
      16'h1cd3: data = 16'h0;
      16'h1cd4: data = 16'h0;
      16'h1cd5: data = 16'h2000;
      16'h1cd6: data = 16'h0;
      16'h1cd7: data = 16'h0;
      16'h1cd8: data = 16'h0;
      16'h1cd9: data = 16'h0;
      16'h1cda: data = 16'h0;
      16'h1cdb: data = 16'h0;
      16'h1cdc: data = 16'h2000;
      16'h1cdd: data = 16'h0;
      16'h1cde: data = 16'h0;
      16'h1cdf: data = 16'h0;
      16'h1ce0: data = 16'h2000;
      16'h1ce1: data = 16'h2000;
      16'h1ce2: data = 16'h2000;
      16'h1ce3: data = 16'h2000;
      16'h1ce4: data = 16'h0;
      16'h1ce5: data = 16'h2000;
      16'h1ce6: data = 16'h2000;
      16'h1ce7: data = 16'h2000;
      16'h1ce8: data = 16'h0;
      16'h1ce9: data = 16'h0;
      16'h1cea: data = 16'h0;
      16'h1ceb: data = 16'h0;
      16'h1cec: data = 16'h0;
      16'h1ced: data = 16'h2000;
      16'h1cee: data = 16'h2000;
      16'h1cef: data = 16'h2000;
      16'h1cf0: data = 16'h0;
      16'h1cf1: data = 16'h0;
      16'h1cf2: data = 16'h0;
      16'h1cf3: data = 16'h0;
      16'h1cf4: data = 16'h2000;
      16'h1cf5: data = 16'h2000;
      16'h1cf6: data = 16'h0;
      16'h1cf7: data = 16'h2000;
      16'h1cf8: data = 16'h0;
      16'h1cf9: data = 16'h0;
      16'h1cfa: data = 16'h0;
      16'h1cfb: data = 16'h2000;
      16'h1cfc: data = 16'h2000;
      16'h1cfd: data = 16'h0;
      16'h1cfe: data = 16'h0;
      16'h1cff: data = 16'h2000;
      16'h1d00: data = 16'h0;
      16'h1d01: data = 16'h0;
      16'h1d02: data = 16'h2000;
      16'h1d03: data = 16'h2000;
      16'h1d04: data = 16'h0;
      16'h1d05: data = 16'h0;
      16'h1d06: data = 16'h0;
      16'h1d07: data = 16'h2000;
      16'h1d08: data = 16'h2000;
      16'h1d09: data = 16'h2000;
      16'h1d0a: data = 16'h2000;
      16'h1d0b: data = 16'h0;
      16'h1d0c: data = 16'h0;
      16'h1d0d: data = 16'h0;
      16'h1d0e: data = 16'h0;
      16'h1d0f: data = 16'h2000;
      16'h1d10: data = 16'h2000;
      16'h1d11: data = 16'h2000;
      16'h1d12: data = 16'h0;
      16'h1d13: data = 16'h0;
      16'h1d14: data = 16'h0;
      16'h1d15: data = 16'h0;
      16'h1d16: data = 16'h0;
      16'h1d17: data = 16'h2000;
      16'h1d18: data = 16'h2000;
      16'h1d19: data = 16'h0;
      16'h1d1a: data = 16'h2000;
      16'h1d1b: data = 16'h0;
      16'h1d1c: data = 16'h0;
      16'h1d1d: data = 16'h0;
      16'h1d1e: data = 16'h2000;
      16'h1d1f: data = 16'h2000;
      16'h1d20: data = 16'h2000;
      16'h1d21: data = 16'h0;
      16'h1d22: data = 16'h0;
      16'h1d23: data = 16'h0;
      16'h1d24: data = 16'h0;
      16'h1d25: data = 16'h2000;
      16'h1d26: data = 16'h2000;
      16'h1d27: data = 16'h0;
      16'h1d28: data = 16'h2000;
      16'h1d29: data = 16'h0;
      16'h1d2a: data = 16'h0;
      16'h1d2b: data = 16'h0;
      16'h1d2c: data = 16'h2000;
      16'h1d2d: data = 16'h2000;
      16'h1d2e: data = 16'h0;
      16'h1d2f: data = 16'h0;
      16'h1d30: data = 16'h2000;
      16'h1d31: data = 16'h0;
      16'h1d32: data = 16'h0;
      16'h1d33: data = 16'h2000;
      16'h1d34: data = 16'h2000;
      16'h1d35: data = 16'h0;
      16'h1d36: data = 16'h0;
      16'h1d37: data = 16'h0;
      16'h1d38: data = 16'h2000;
      16'h1d39: data = 16'h0;
      16'h1d3a: data = 16'h2000;
      16'h1d3b: data = 16'h2000;
      16'h1d3c: data = 16'h0;
      16'h1d3d: data = 16'h0;
      16'h1d3e: data = 16'h0;
      16'h1d3f: data = 16'h0;
      16'h1d40: data = 16'h2000;
      16'h1d41: data = 16'h2000;
      16'h1d42: data = 16'h2000;
      16'h1d43: data = 16'h0;
      16'h1d44: data = 16'h0;
      16'h1d45: data = 16'h0;
      16'h1d46: data = 16'h0;
      16'h1d47: data = 16'h0;
      16'h1d48: data = 16'h2000;
      16'h1d49: data = 16'h2000;
      16'h1d4a: data = 16'h2000;
      16'h1d4b: data = 16'h2000;
      16'h1d4c: data = 16'h2000;
      16'h1d4d: data = 16'h2000;
      16'h1d4e: data = 16'h2000;
      16'h1d4f: data = 16'h2000;
      16'h1d50: data = 16'h0;
      16'h1d51: data = 16'h0;
      16'h1d52: data = 16'h0;
      16'h1d53: data = 16'h2000;
      16'h1d54: data = 16'h0;
      16'h1d55: data = 16'h0;
      16'h1d56: data = 16'h0;
      16'h1d57: data = 16'h0;
      16'h1d58: data = 16'h0;
      16'h1d59: data = 16'h0;
      16'h1d5a: data = 16'h2000;
      16'h1d5b: data = 16'h0;
      16'h1d5c: data = 16'h0;
      16'h1d5d: data = 16'h0;
      16'h1d5e: data = 16'h0;
      16'h1d5f: data = 16'h0;
      16'h1d60: data = 16'h0;
      16'h1d61: data = 16'h2000;
      16'h1d62: data = 16'h0;
      16'h1d63: data = 16'h0;
      16'h1d64: data = 16'h0;
      16'h1d65: data = 16'h0;
      16'h1d66: data = 16'h0;
      16'h1d67: data = 16'h0;
      16'h1d68: data = 16'h2000;
      16'h1d69: data = 16'h0;
      16'h1d6a: data = 16'h0;
      16'h1d6b: data = 16'h0;
      16'h1d6c: data = 16'h0;
      16'h1d6d: data = 16'h0;
      16'h1d6e: data = 16'h0;
      16'h1d6f: data = 16'h2000;
      16'h1d70: data = 16'h0;
      16'h1d71: data = 16'h2000;
      16'h1d72: data = 16'h0;
      16'h1d73: data = 16'h2000;
      16'h1d74: data = 16'h2000;
      16'h1d75: data = 16'h2000;
      16'h1d76: data = 16'h2000;
      16'h1d77: data = 16'h2000;
      16'h1d78: data = 16'h2000;
      16'h1d79: data = 16'h2000;
      16'h1d7a: data = 16'h2000;
      16'h1d7b: data = 16'h2000;
      16'h1d7c: data = 16'h2000;
      16'h1d7d: data = 16'h2000;
      16'h1d7e: data = 16'h2000;
      16'h1d7f: data = 16'h2000;
      16'h1d80: data = 16'h2000;
      16'h1d81: data = 16'h0;
      16'h1d82: data = 16'h0;
      16'h1d83: data = 16'h0;
      16'h1d84: data = 16'h2000;
      16'h1d85: data = 16'h0;
      16'h1d86: data = 16'h0;
      16'h1d87: data = 16'h2000;
      16'h1d88: data = 16'h0;
      16'h1d89: data = 16'h0;
      16'h1d8a: data = 16'h0;
      16'h1d8b: data = 16'h2000;
      16'h1d8c: data = 16'h0;
      16'h1d8d: data = 16'h0;
      16'h1d8e: data = 16'h0;
      16'h1d8f: data = 16'h0;
      16'h1d90: data = 16'h0;
      16'h1d91: data = 16'h0;
      16'h1d92: data = 16'h2000;
      16'h1d93: data = 16'h0;
      16'h1d94: data = 16'h0;
      16'h1d95: data = 16'h0;
      16'h1d96: data = 16'h0;
      16'h1d97: data = 16'h0;
      16'h1d98: data = 16'h0;
      16'h1d99: data = 16'h2000;
      16'h1d9a: data = 16'h0;
      16'h1d9b: data = 16'h0;
      16'h1d9c: data = 16'h0;
      16'h1d9d: data = 16'h0;
      16'h1d9e: data = 16'h0;
      16'h1d9f: data = 16'h0;
      16'h1da0: data = 16'h2000;
      16'h1da1: data = 16'h0;
      16'h1da2: data = 16'h0;
      16'h1da3: data = 16'h0;
      16'h1da4: data = 16'h0;
      16'h1da5: data = 16'h0;
      16'h1da6: data = 16'h0;
      16'h1da7: data = 16'h2000;
      16'h1da8: data = 16'h0;
      16'h1da9: data = 16'h0;
      16'h1daa: data = 16'h0;
      16'h1dab: data = 16'h2000;
      16'h1dac: data = 16'h2000;
      16'h1dad: data = 16'h2000;
      16'h1dae: data = 16'h2000;
      16'h1daf: data = 16'h2000;
      16'h1db0: data = 16'h2000;
      16'h1db1: data = 16'h2000;
      16'h1db2: data = 16'h0;
      16'h1db3: data = 16'h0;
      16'h1db4: data = 16'h0;
      16'h1db5: data = 16'h2000;
      16'h1db6: data = 16'h0;
      16'h1db7: data = 16'h0;
      16'h1db8: data = 16'h0;
      16'h1db9: data = 16'h0;
      16'h1dba: data = 16'h0;
      16'h1dbb: data = 16'h0;
      16'h1dbc: data = 16'h2000;
      16'h1dbd: data = 16'h0;
      16'h1dbe: data = 16'h0;
      16'h1dbf: data = 16'h0;
      16'h1dc0: data = 16'h0;
      16'h1dc1: data = 16'h0;
      16'h1dc2: data = 16'h0;
      16'h1dc3: data = 16'h2000;
      16'h1dc4: data = 16'h0;
      16'h1dc5: data = 16'h0;
      16'h1dc6: data = 16'h0;
      16'h1dc7: data = 16'h0;
      16'h1dc8: data = 16'h0;
      16'h1dc9: data = 16'h0;
      16'h1dca: data = 16'h2000;
      16'h1dcb: data = 16'h0;
      16'h1dcc: data = 16'h0;
      16'h1dcd: data = 16'h0;
      16'h1dce: data = 16'h0;
      16'h1dcf: data = 16'h0;
      16'h1dd0: data = 16'h0;
      16'h1dd1: data = 16'h2000;
      16'h1dd2: data = 16'h0;
      16'h1dd3: data = 16'h0;
      16'h1dd4: data = 16'h0;
      16'h1dd5: data = 16'h0;
      16'h1dd6: data = 16'h0;
      16'h1dd7: data = 16'h0;
      16'h1dd8: data = 16'h2000;
      16'h1dd9: data = 16'h0;
      16'h1dda: data = 16'h0;
      16'h1ddb: data = 16'h0;
      16'h1ddc: data = 16'h2000;
      16'h1ddd: data = 16'h2000;
      16'h1dde: data = 16'h2000;
      16'h1ddf: data = 16'h2000;
      16'h1de0: data = 16'h2000;
      16'h1de1: data = 16'h2000;
      16'h1de2: data = 16'h2000;
      16'h1de3: data = 16'h0;
      16'h1de4: data = 16'h0;
      16'h1de5: data = 16'h0;
      16'h1de6: data = 16'h2000;
      16'h1de7: data = 16'h0;
      16'h1de8: data = 16'h0;
      16'h1de9: data = 16'h0;
      16'h1dea: data = 16'h0;
      16'h1deb: data = 16'h0;
      16'h1dec: data = 16'h0;
      16'h1ded: data = 16'h2000;
      16'h1dee: data = 16'h0;
      16'h1def: data = 16'h0;
      16'h1df0: data = 16'h0;
      16'h1df1: data = 16'h0;
      16'h1df2: data = 16'h0;
      16'h1df3: data = 16'h0;
      16'h1df4: data = 16'h2000;
      16'h1df5: data = 16'h0;
      16'h1df6: data = 16'h0;
      16'h1df7: data = 16'h0;
      16'h1df8: data = 16'h0;
      16'h1df9: data = 16'h0;
      16'h1dfa: data = 16'h0;
      16'h1dfb: data = 16'h2000;
      16'h1dfc: data = 16'h0;
      16'h1dfd: data = 16'h0;
      16'h1dfe: data = 16'h0;
      16'h1dff: data = 16'h0;
      16'h1e00: data = 16'h0;
      16'h1e01: data = 16'h0;
      16'h1e02: data = 16'h2000;
      16'h1e03: data = 16'h0;
      16'h1e04: data = 16'h0;
      16'h1e05: data = 16'h2000;
      16'h1e06: data = 16'h0;
      16'h1e07: data = 16'h0;
      16'h1e08: data = 16'h0;
      16'h1e09: data = 16'h2000;
      16'h1e0a: data = 16'h0;
      16'h1e0b: data = 16'h0;
      16'h1e0c: data = 16'h0;
      16'h1e0d: data = 16'h2000;
      16'h1e0e: data = 16'h0;
      16'h1e0f: data = 16'h0;
      16'h1e10: data = 16'h0;
      16'h1e11: data = 16'h0;
      16'h1e12: data = 16'h0;
      16'h1e13: data = 16'h0;
      16'h1e14: data = 16'h2000;
      16'h1e15: data = 16'h2000;
      16'h1e16: data = 16'h0;
      16'h1e17: data = 16'h0;
      16'h1e18: data = 16'h0;
      16'h1e19: data = 16'h0;
      16'h1e1a: data = 16'h2000;
      16'h1e1b: data = 16'h2000;
      16'h1e1c: data = 16'h0;
      16'h1e1d: data = 16'h2000;
      16'h1e1e: data = 16'h0;
      16'h1e1f: data = 16'h0;
      16'h1e20: data = 16'h0;
      16'h1e21: data = 16'h2000;
      16'h1e22: data = 16'h2000;
      16'h1e23: data = 16'h0;
      16'h1e24: data = 16'h0;
      16'h1e25: data = 16'h2000;
      16'h1e26: data = 16'h0;
      16'h1e27: data = 16'h0;
      16'h1e28: data = 16'h2000;
      16'h1e29: data = 16'h2000;
      16'h1e2a: data = 16'h0;
      16'h1e2b: data = 16'h0;
      16'h1e2c: data = 16'h0;
      16'h1e2d: data = 16'h2000;
      16'h1e2e: data = 16'h0;
      16'h1e2f: data = 16'h2000;
      16'h1e30: data = 16'h2000;
      16'h1e31: data = 16'h0;
      16'h1e32: data = 16'h0;
      16'h1e33: data = 16'h0;
      16'h1e34: data = 16'h0;
      16'h1e35: data = 16'h2000;
      16'h1e36: data = 16'h2000;
      16'h1e37: data = 16'h2000;
      16'h1e38: data = 16'h0;
      16'h1e39: data = 16'h0;
      16'h1e3a: data = 16'h0;
      16'h1e3b: data = 16'h0;
      16'h1e3c: data = 16'h0;
      16'h1e3d: data = 16'h2000;
      16'h1e3e: data = 16'h2000;
      16'h1e3f: data = 16'h2000;
      16'h1e40: data = 16'h2000;
      16'h1e41: data = 16'h2000;
      16'h1e42: data = 16'h2000;
      16'h1e43: data = 16'h2000;
      16'h1e44: data = 16'h2000;
      16'h1e45: data = 16'h2000;
      16'h1e46: data = 16'h0;
      16'h1e47: data = 16'h0;
      16'h1e48: data = 16'h0;
      16'h1e49: data = 16'h0;
      16'h1e4a: data = 16'h0;
      16'h1e4b: data = 16'h0;
      16'h1e4c: data = 16'h2000;
      16'h1e4d: data = 16'h0;
      16'h1e4e: data = 16'h0;
      16'h1e4f: data = 16'h0;
      16'h1e50: data = 16'h0;
      16'h1e51: data = 16'h0;
      16'h1e52: data = 16'h0;
      16'h1e53: data = 16'h2000;
      16'h1e54: data = 16'h2000;
      16'h1e55: data = 16'h2000;
      16'h1e56: data = 16'h2000;
      16'h1e57: data = 16'h2000;
      16'h1e58: data = 16'h2000;
      16'h1e59: data = 16'h2000;
      16'h1e5a: data = 16'h0;
      16'h1e5b: data = 16'h0;
      16'h1e5c: data = 16'h0;
      16'h1e5d: data = 16'h0;
      16'h1e5e: data = 16'h0;
      16'h1e5f: data = 16'h0;
      16'h1e60: data = 16'h2000;
      16'h1e61: data = 16'h0;
      16'h1e62: data = 16'h0;
      16'h1e63: data = 16'h0;
      16'h1e64: data = 16'h0;
      16'h1e65: data = 16'h0;
      16'h1e66: data = 16'h0;
      16'h1e67: data = 16'h2000;
      16'h1e68: data = 16'h2000;
      16'h1e69: data = 16'h2000;
      16'h1e6a: data = 16'h2000;
      16'h1e6b: data = 16'h2000;
      16'h1e6c: data = 16'h2000;
      16'h1e6d: data = 16'h2000;
      16'h1e6e: data = 16'h0;
      16'h1e6f: data = 16'h2000;
      16'h1e70: data = 16'h0;
      16'h1e71: data = 16'h0;
      16'h1e72: data = 16'h0;
      16'h1e73: data = 16'h0;
      16'h1e74: data = 16'h0;
      16'h1e75: data = 16'h2000;
      16'h1e76: data = 16'h2000;
      16'h1e77: data = 16'h2000;
      16'h1e78: data = 16'h0;
      16'h1e79: data = 16'h0;
      16'h1e7a: data = 16'h0;
      16'h1e7b: data = 16'h0;
      16'h1e7c: data = 16'h2000;
      16'h1e7d: data = 16'h2000;
      16'h1e7e: data = 16'h0;
      16'h1e7f: data = 16'h2000;
      16'h1e80: data = 16'h0;
      16'h1e81: data = 16'h0;
      16'h1e82: data = 16'h0;
      16'h1e83: data = 16'h2000;
      16'h1e84: data = 16'h2000;
      16'h1e85: data = 16'h0;
      16'h1e86: data = 16'h0;
      16'h1e87: data = 16'h2000;
      16'h1e88: data = 16'h0;
      16'h1e89: data = 16'h0;
      16'h1e8a: data = 16'h2000;
      16'h1e8b: data = 16'h2000;
      16'h1e8c: data = 16'h0;
      16'h1e8d: data = 16'h0;
      16'h1e8e: data = 16'h0;
      16'h1e8f: data = 16'h2000;
      16'h1e90: data = 16'h0;
      16'h1e91: data = 16'h2000;
      16'h1e92: data = 16'h0;
      16'h1e93: data = 16'h0;
      16'h1e94: data = 16'h0;
      16'h1e95: data = 16'h0;
      16'h1e96: data = 16'h0;
      16'h1e97: data = 16'h2000;
      16'h1e98: data = 16'h2000;
      16'h1e99: data = 16'h2000;
      16'h1e9a: data = 16'h0;
      16'h1e9b: data = 16'h0;
      16'h1e9c: data = 16'h0;
      16'h1e9d: data = 16'h0;
      16'h1e9e: data = 16'h0;
      16'h1e9f: data = 16'h2000;
      16'h1ea0: data = 16'h2000;
      16'h1ea1: data = 16'h2000;
      16'h1ea2: data = 16'h2000;
      16'h1ea3: data = 16'h2000;
      16'h1ea4: data = 16'h2000;
      16'h1ea5: data = 16'h2000;
      16'h1ea6: data = 16'h0;
      16'h1ea7: data = 16'h0;
      16'h1ea8: data = 16'h0;
      16'h1ea9: data = 16'h0;
      16'h1eaa: data = 16'h2000;
      16'h1eab: data = 16'h0;
      16'h1eac: data = 16'h0;
      16'h1ead: data = 16'h0;
      16'h1eae: data = 16'h0;
      16'h1eaf: data = 16'h0;
      16'h1eb0: data = 16'h0;
      16'h1eb1: data = 16'h2000;
      16'h1eb2: data = 16'h0;
      16'h1eb3: data = 16'h0;
      16'h1eb4: data = 16'h0;
      16'h1eb5: data = 16'h0;
      16'h1eb6: data = 16'h0;
      16'h1eb7: data = 16'h0;
      16'h1eb8: data = 16'h2000;
      16'h1eb9: data = 16'h0;
      16'h1eba: data = 16'h0;
      16'h1ebb: data = 16'h0;
      16'h1ebc: data = 16'h0;
      16'h1ebd: data = 16'h0;
      16'h1ebe: data = 16'h0;
      16'h1ebf: data = 16'h2000;
      16'h1ec0: data = 16'h0;
      16'h1ec1: data = 16'h0;
      16'h1ec2: data = 16'h0;
      16'h1ec3: data = 16'h0;
      16'h1ec4: data = 16'h0;
      16'h1ec5: data = 16'h0;
      16'h1ec6: data = 16'h2000;
      16'h1ec7: data = 16'h0;
      16'h1ec8: data = 16'h0;
      16'h1ec9: data = 16'h0;
      16'h1eca: data = 16'h0;
      16'h1ecb: data = 16'h0;
      16'h1ecc: data = 16'h0;
      16'h1ecd: data = 16'h2000;
      16'h1ece: data = 16'h0;
      16'h1ecf: data = 16'h0;
      16'h1ed0: data = 16'h0;
      16'h1ed1: data = 16'h2000;
      16'h1ed2: data = 16'h2000;
      16'h1ed3: data = 16'h2000;
      16'h1ed4: data = 16'h2000;
      16'h1ed5: data = 16'h2000;
      16'h1ed6: data = 16'h2000;
      16'h1ed7: data = 16'h2000;
      16'h1ed8: data = 16'h2000;
      16'h1ed9: data = 16'h0;
      16'h1eda: data = 16'h0;
      16'h1edb: data = 16'h0;
      16'h1edc: data = 16'h0;
      16'h1edd: data = 16'h0;
      16'h1ede: data = 16'h0;
      16'h1edf: data = 16'h2000;
      16'h1ee0: data = 16'h0;
      16'h1ee1: data = 16'h0;
      16'h1ee2: data = 16'h0;
      16'h1ee3: data = 16'h0;
      16'h1ee4: data = 16'h0;
      16'h1ee5: data = 16'h0;
      16'h1ee6: data = 16'h2000;
      16'h1ee7: data = 16'h2000;
      16'h1ee8: data = 16'h2000;
      16'h1ee9: data = 16'h2000;
      16'h1eea: data = 16'h2000;
      16'h1eeb: data = 16'h2000;
      16'h1eec: data = 16'h2000;
      16'h1eed: data = 16'h0;
      16'h1eee: data = 16'h0;
      16'h1eef: data = 16'h0;
      16'h1ef0: data = 16'h0;
      16'h1ef1: data = 16'h0;
      16'h1ef2: data = 16'h0;
      16'h1ef3: data = 16'h2000;
      16'h1ef4: data = 16'h0;
      16'h1ef5: data = 16'h0;
      16'h1ef6: data = 16'h0;
      16'h1ef7: data = 16'h0;
      16'h1ef8: data = 16'h0;
      16'h1ef9: data = 16'h0;
      16'h1efa: data = 16'h2000;
      16'h1efb: data = 16'h2000;
      16'h1efc: data = 16'h2000;
      16'h1efd: data = 16'h2000;
      16'h1efe: data = 16'h2000;
      16'h1eff: data = 16'h0;
      16'h1f00: data = 16'h2000;
      16'h1f01: data = 16'h2000;
      16'h1f02: data = 16'h2000;
      16'h1f03: data = 16'h2000;
      16'h1f04: data = 16'h2000;
      16'h1f05: data = 16'h2000;
      16'h1f06: data = 16'h2000;
      16'h1f07: data = 16'h2000;
      16'h1f08: data = 16'h2000;
      16'h1f09: data = 16'h0;
      16'h1f0a: data = 16'h0;
      16'h1f0b: data = 16'h0;
      16'h1f0c: data = 16'h2000;
      16'h1f0d: data = 16'h0;
      16'h1f0e: data = 16'h0;
      16'h1f0f: data = 16'h0;
      16'h1f10: data = 16'h0;
      16'h1f11: data = 16'h0;
      16'h1f12: data = 16'h0;
      16'h1f13: data = 16'h2000;
      16'h1f14: data = 16'h0;
      16'h1f15: data = 16'h0;
      16'h1f16: data = 16'h0;
      16'h1f17: data = 16'h0;
      16'h1f18: data = 16'h0;
      16'h1f19: data = 16'h0;
      16'h1f1a: data = 16'h2000;
      16'h1f1b: data = 16'h0;
      16'h1f1c: data = 16'h0;
      16'h1f1d: data = 16'h0;
      16'h1f1e: data = 16'h0;
      16'h1f1f: data = 16'h0;
      16'h1f20: data = 16'h0;
      16'h1f21: data = 16'h2000;
      16'h1f22: data = 16'h0;
      16'h1f23: data = 16'h0;
      16'h1f24: data = 16'h0;
      16'h1f25: data = 16'h0;
      16'h1f26: data = 16'h0;
      16'h1f27: data = 16'h0;
      16'h1f28: data = 16'h2000;
      16'h1f29: data = 16'h0;
      16'h1f2a: data = 16'h0;
      16'h1f2b: data = 16'h0;
      16'h1f2c: data = 16'h2000;
      16'h1f2d: data = 16'h2000;
      16'h1f2e: data = 16'h2000;
      16'h1f2f: data = 16'h2000;
      16'h1f30: data = 16'h2000;
      16'h1f31: data = 16'h2000;
      16'h1f32: data = 16'h2000;
      16'h1f33: data = 16'h2000;
      16'h1f34: data = 16'h2000;
      16'h1f35: data = 16'h2000;
      16'h1f36: data = 16'h2000;
      16'h1f37: data = 16'h2000;
      16'h1f38: data = 16'h2000;
      16'h1f39: data = 16'h2000;
      16'h1f3a: data = 16'h0;
      16'h1f3b: data = 16'h0;
      16'h1f3c: data = 16'h0;
      16'h1f3d: data = 16'h2000;
      16'h1f3e: data = 16'h0;
      16'h1f3f: data = 16'h0;
      16'h1f40: data = 16'h0;
      16'h1f41: data = 16'h0;
      16'h1f42: data = 16'h0;
      16'h1f43: data = 16'h0;
      16'h1f44: data = 16'h2000;
      16'h1f45: data = 16'h0;
      16'h1f46: data = 16'h0;
      16'h1f47: data = 16'h0;
      16'h1f48: data = 16'h0;
      16'h1f49: data = 16'h0;
      16'h1f4a: data = 16'h0;
      16'h1f4b: data = 16'h2000;
      16'h1f4c: data = 16'h0;
      16'h1f4d: data = 16'h0;
      16'h1f4e: data = 16'h0;
      16'h1f4f: data = 16'h0;
      16'h1f50: data = 16'h0;
      16'h1f51: data = 16'h0;
      16'h1f52: data = 16'h0;
      16'h1f53: data = 16'h0;
      16'h1f54: data = 16'h0;
      16'h1f55: data = 16'h0;
      16'h1f56: data = 16'h0;
      16'h1f57: data = 16'h0;
      16'h1f58: data = 16'h0;
      16'h1f59: data = 16'h2000;
      16'h1f5a: data = 16'h0;
      16'h1f5b: data = 16'h0;
      16'h1f5c: data = 16'h0;
      16'h1f5d: data = 16'h2000;
      16'h1f5e: data = 16'h2000;
      16'h1f5f: data = 16'h2000;
      16'h1f60: data = 16'h2000;
      16'h1f61: data = 16'h2000;
      16'h1f62: data = 16'h2000;
      16'h1f63: data = 16'h2000;
      16'h1f64: data = 16'h2000;
      16'h1f65: data = 16'h2000;
      16'h1f66: data = 16'h2000;
      16'h1f67: data = 16'h2000;
      16'h1f68: data = 16'h2000;
      16'h1f69: data = 16'h2000;
      16'h1f6a: data = 16'h2000;
      16'h1f6b: data = 16'h2000;
      16'h1f6c: data = 16'h0;
      16'h1f6d: data = 16'h0;
      16'h1f6e: data = 16'h0;
      16'h1f6f: data = 16'h0;
      16'h1f70: data = 16'h0;
      16'h1f71: data = 16'h0;
      16'h1f72: data = 16'h2000;
      16'h1f73: data = 16'h0;
      16'h1f74: data = 16'h0;
      16'h1f75: data = 16'h0;
      16'h1f76: data = 16'h0;
      16'h1f77: data = 16'h2000;
      16'h1f78: data = 16'h0;
      16'h1f79: data = 16'h2000;
      16'h1f7a: data = 16'h2000;
      16'h1f7b: data = 16'h2000;
      16'h1f7c: data = 16'h2000;
      16'h1f7d: data = 16'h2000;
      16'h1f7e: data = 16'h2000;
      16'h1f7f: data = 16'h2000;
      16'h1f80: data = 16'h0;
      16'h1f81: data = 16'h0;
      16'h1f82: data = 16'h0;
      16'h1f83: data = 16'h0;
      16'h1f84: data = 16'h0;
      16'h1f85: data = 16'h0;
      16'h1f86: data = 16'h2000;
      16'h1f87: data = 16'h0;
      16'h1f88: data = 16'h0;
      16'h1f89: data = 16'h0;
      16'h1f8a: data = 16'h0;
      16'h1f8b: data = 16'h0;
      16'h1f8c: data = 16'h0;
      16'h1f8d: data = 16'h2000;
      16'h1f8e: data = 16'h2000;
      16'h1f8f: data = 16'h2000;
      16'h1f90: data = 16'h2000;
      16'h1f91: data = 16'h2000;
      16'h1f92: data = 16'h2000;
      16'h1f93: data = 16'h2000;
      16'h1f94: data = 16'h2000;
      16'h1f95: data = 16'h2000;
      16'h1f96: data = 16'h0;
      16'h1f97: data = 16'h0;
      16'h1f98: data = 16'h0;
      16'h1f99: data = 16'h0;
      16'h1f9a: data = 16'h0;
      16'h1f9b: data = 16'h2000;
      16'h1f9c: data = 16'h2000;
      16'h1f9d: data = 16'h2000;
      16'h1f9e: data = 16'h0;
      16'h1f9f: data = 16'h0;
      16'h1fa0: data = 16'h0;
      16'h1fa1: data = 16'h0;
      16'h1fa2: data = 16'h2000;
      16'h1fa3: data = 16'h2000;
      16'h1fa4: data = 16'h0;
      16'h1fa5: data = 16'h2000;
      16'h1fa6: data = 16'h0;
      16'h1fa7: data = 16'h0;
      16'h1fa8: data = 16'h0;
      16'h1fa9: data = 16'h2000;
      16'h1faa: data = 16'h2000;
      16'h1fab: data = 16'h0;
      16'h1fac: data = 16'h0;
      16'h1fad: data = 16'h2000;
      16'h1fae: data = 16'h2000;
      16'h1faf: data = 16'h0;
      16'h1fb0: data = 16'h2000;
      16'h1fb1: data = 16'h2000;
      16'h1fb2: data = 16'h0;
      16'h1fb3: data = 16'h0;
      16'h1fb4: data = 16'h0;
      16'h1fb5: data = 16'h2000;
      16'h1fb6: data = 16'h0;
      16'h1fb7: data = 16'h2000;
      16'h1fb8: data = 16'h2000;
      16'h1fb9: data = 16'h0;
      16'h1fba: data = 16'h0;
      16'h1fbb: data = 16'h0;
      16'h1fbc: data = 16'h0;
      16'h1fbd: data = 16'h2000;
      16'h1fbe: data = 16'h2000;
      16'h1fbf: data = 16'h2000;
      16'h1fc0: data = 16'h0;
      16'h1fc1: data = 16'h0;
      16'h1fc2: data = 16'h0;
      16'h1fc3: data = 16'h0;
      16'h1fc4: data = 16'h0;
      16'h1fc5: data = 16'h2000;
      16'h1fc6: data = 16'h2000;
      16'h1fc7: data = 16'h0;
      16'h1fc8: data = 16'h0;
      16'h1fc9: data = 16'h0;
      16'h1fca: data = 16'h0;
      16'h1fcb: data = 16'h0;
      16'h1fcc: data = 16'h2000;
      16'h1fcd: data = 16'h2000;
      16'h1fce: data = 16'h2000;
      16'h1fcf: data = 16'h0;
      16'h1fd0: data = 16'h0;
      16'h1fd1: data = 16'h0;
      16'h1fd2: data = 16'h0;
      16'h1fd3: data = 16'h2000;
      16'h1fd4: data = 16'h2000;
      16'h1fd5: data = 16'h0;
      16'h1fd6: data = 16'h2000;
      16'h1fd7: data = 16'h0;
      16'h1fd8: data = 16'h0;
      16'h1fd9: data = 16'h0;
      16'h1fda: data = 16'h2000;
      16'h1fdb: data = 16'h2000;
      16'h1fdc: data = 16'h0;
      16'h1fdd: data = 16'h0;
      16'h1fde: data = 16'h2000;
      16'h1fdf: data = 16'h0;
      16'h1fe0: data = 16'h0;
      16'h1fe1: data = 16'h2000;
      16'h1fe2: data = 16'h2000;
      16'h1fe3: data = 16'h0;
      16'h1fe4: data = 16'h0;
      16'h1fe5: data = 16'h0;
      16'h1fe6: data = 16'h2000;
      16'h1fe7: data = 16'h0;
      16'h1fe8: data = 16'h2000;
      16'h1fe9: data = 16'h2000;
      16'h1fea: data = 16'h0;
      16'h1feb: data = 16'h0;
      16'h1fec: data = 16'h0;
      16'h1fed: data = 16'h0;
      16'h1fee: data = 16'h2000;
      16'h1fef: data = 16'h0;
      16'h1ff0: data = 16'h2000;
      16'h1ff1: data = 16'h0;
      16'h1ff2: data = 16'h0;
      16'h1ff3: data = 16'h0;
      16'h1ff4: data = 16'h0;
      16'h1ff5: data = 16'h0;
      16'h1ff6: data = 16'h2000;
      16'h1ff7: data = 16'h2000;
      16'h1ff8: data = 16'h2000;
      16'h1ff9: data = 16'h2000;
      16'h1ffa: data = 16'h2000;
      16'h1ffb: data = 16'h2000;
      16'h1ffc: data = 16'h2000;
      16'h1ffd: data = 16'h2000;
      16'h1ffe: data = 16'h0;
      16'h1fff: data = 16'h0;
      16'h2000: data = 16'h0;
      16'h2001: data = 16'h2000;
      16'h2002: data = 16'h0;
      16'h2003: data = 16'h0;
      16'h2004: data = 16'h0;
      16'h2005: data = 16'h0;
      16'h2006: data = 16'h0;
      16'h2007: data = 16'h0;
      16'h2008: data = 16'h2000;
      16'h2009: data = 16'h0;
      16'h200a: data = 16'h0;
      16'h200b: data = 16'h0;
      16'h200c: data = 16'h0;
      16'h200d: data = 16'h0;
      16'h200e: data = 16'h0;
      16'h200f: data = 16'h2000;
      16'h2010: data = 16'h0;
      16'h2011: data = 16'h0;
      16'h2012: data = 16'h0;
      16'h2013: data = 16'h0;
      16'h2014: data = 16'h0;
      16'h2015: data = 16'h0;
      16'h2016: data = 16'h2000;
      16'h2017: data = 16'h0;
      16'h2018: data = 16'h0;
      16'h2019: data = 16'h0;
      16'h201a: data = 16'h0;
      16'h201b: data = 16'h0;
      16'h201c: data = 16'h0;
      16'h201d: data = 16'h2000;
      16'h201e: data = 16'h0;
      16'h201f: data = 16'h0;
      16'h2020: data = 16'h2000;
      16'h2021: data = 16'h2000;
      16'h2022: data = 16'h2000;
      16'h2023: data = 16'h2000;
      16'h2024: data = 16'h2000;
      16'h2025: data = 16'h2000;
      16'h2026: data = 16'h2000;
      16'h2027: data = 16'h2000;
      16'h2028: data = 16'h0;
      16'h2029: data = 16'h0;
      16'h202a: data = 16'h0;
      16'h202b: data = 16'h0;
      16'h202c: data = 16'h0;
      16'h202d: data = 16'h0;
      16'h202e: data = 16'h2000;
      16'h202f: data = 16'h2000;
      16'h2030: data = 16'h2000;
      16'h2031: data = 16'h0;
      16'h2032: data = 16'h0;
      16'h2033: data = 16'h0;
      16'h2034: data = 16'h0;
      16'h2035: data = 16'h2000;
      16'h2036: data = 16'h2000;
      16'h2037: data = 16'h0;
      16'h2038: data = 16'h2000;
      16'h2039: data = 16'h0;
      16'h203a: data = 16'h0;
      16'h203b: data = 16'h0;
      16'h203c: data = 16'h2000;
      16'h203d: data = 16'h2000;
      16'h203e: data = 16'h0;
      16'h203f: data = 16'h0;
      16'h2040: data = 16'h2000;
      16'h2041: data = 16'h0;
      16'h2042: data = 16'h0;
      16'h2043: data = 16'h2000;
      16'h2044: data = 16'h2000;
      16'h2045: data = 16'h0;
      16'h2046: data = 16'h0;
      16'h2047: data = 16'h0;
      16'h2048: data = 16'h2000;
      16'h2049: data = 16'h0;
      16'h204a: data = 16'h2000;
      16'h204b: data = 16'h2000;
      16'h204c: data = 16'h0;
      16'h204d: data = 16'h0;
      16'h204e: data = 16'h0;
      16'h204f: data = 16'h0;
      16'h2050: data = 16'h2000;
      16'h2051: data = 16'h2000;
      16'h2052: data = 16'h2000;
      16'h2053: data = 16'h0;
      16'h2054: data = 16'h0;
      16'h2055: data = 16'h0;
      16'h2056: data = 16'h0;
      16'h2057: data = 16'h0;
      16'h2058: data = 16'h2000;
      16'h2059: data = 16'h2000;
      16'h205a: data = 16'h2000;
      16'h205b: data = 16'h2000;
      16'h205c: data = 16'h2000;
      16'h205d: data = 16'h2000;
      16'h205e: data = 16'h2000;
      16'h205f: data = 16'h2000;
      16'h2060: data = 16'h0;
      16'h2061: data = 16'h0;
      16'h2062: data = 16'h0;
      16'h2063: data = 16'h2000;
      16'h2064: data = 16'h0;
      16'h2065: data = 16'h0;
      16'h2066: data = 16'h0;
      16'h2067: data = 16'h0;
      16'h2068: data = 16'h0;
      16'h2069: data = 16'h0;
      16'h206a: data = 16'h2000;
      16'h206b: data = 16'h0;
      16'h206c: data = 16'h0;
      16'h206d: data = 16'h0;
      16'h206e: data = 16'h0;
      16'h206f: data = 16'h0;
      16'h2070: data = 16'h0;
      16'h2071: data = 16'h2000;
      16'h2072: data = 16'h0;
      16'h2073: data = 16'h0;
      16'h2074: data = 16'h0;
      16'h2075: data = 16'h0;
      16'h2076: data = 16'h0;
      16'h2077: data = 16'h0;
      16'h2078: data = 16'h2000;
      16'h2079: data = 16'h0;
      16'h207a: data = 16'h0;
      16'h207b: data = 16'h2000;
      16'h207c: data = 16'h0;
      16'h207d: data = 16'h0;
      16'h207e: data = 16'h0;
      16'h207f: data = 16'h2000;
      16'h2080: data = 16'h0;
      16'h2081: data = 16'h0;
      16'h2082: data = 16'h0;
      16'h2083: data = 16'h0;
      16'h2084: data = 16'h0;
      16'h2085: data = 16'h0;
      16'h2086: data = 16'h2000;
      16'h2087: data = 16'h0;
      16'h2088: data = 16'h0;
      16'h2089: data = 16'h0;
      16'h208a: data = 16'h2000;
      16'h208b: data = 16'h2000;
      16'h208c: data = 16'h2000;
      16'h208d: data = 16'h2000;
      16'h208e: data = 16'h2000;
      16'h208f: data = 16'h2000;
      16'h2090: data = 16'h2000;
      16'h2091: data = 16'h0;
      16'h2092: data = 16'h0;
      16'h2093: data = 16'h0;
      16'h2094: data = 16'h2000;
      16'h2095: data = 16'h0;
      16'h2096: data = 16'h0;
      16'h2097: data = 16'h0;
      16'h2098: data = 16'h0;
      16'h2099: data = 16'h0;
      16'h209a: data = 16'h0;
      16'h209b: data = 16'h2000;
      16'h209c: data = 16'h0;
      16'h209d: data = 16'h0;
      16'h209e: data = 16'h0;
      16'h209f: data = 16'h0;
      16'h20a0: data = 16'h0;
      16'h20a1: data = 16'h0;
      16'h20a2: data = 16'h2000;
      16'h20a3: data = 16'h0;
      16'h20a4: data = 16'h0;
      16'h20a5: data = 16'h0;
      16'h20a6: data = 16'h0;
      16'h20a7: data = 16'h0;
      16'h20a8: data = 16'h0;
      16'h20a9: data = 16'h2000;
      16'h20aa: data = 16'h0;
      16'h20ab: data = 16'h0;
      16'h20ac: data = 16'h0;
      16'h20ad: data = 16'h2000;
      16'h20ae: data = 16'h0;
      16'h20af: data = 16'h0;
      16'h20b0: data = 16'h2000;
      16'h20b1: data = 16'h0;
      16'h20b2: data = 16'h0;
      16'h20b3: data = 16'h0;
      16'h20b4: data = 16'h0;
      16'h20b5: data = 16'h0;
      16'h20b6: data = 16'h0;
      16'h20b7: data = 16'h2000;
      16'h20b8: data = 16'h0;
      16'h20b9: data = 16'h0;
      16'h20ba: data = 16'h0;
      16'h20bb: data = 16'h2000;
      16'h20bc: data = 16'h2000;
      16'h20bd: data = 16'h2000;
      16'h20be: data = 16'h2000;
      16'h20bf: data = 16'h0;
      16'h20c0: data = 16'h2000;
      16'h20c1: data = 16'h2000;
      16'h20c2: data = 16'h0;
      16'h20c3: data = 16'h0;
      16'h20c4: data = 16'h0;
      16'h20c5: data = 16'h2000;
      16'h20c6: data = 16'h0;
      16'h20c7: data = 16'h0;
      16'h20c8: data = 16'h0;
      16'h20c9: data = 16'h0;
      16'h20ca: data = 16'h0;
      16'h20cb: data = 16'h0;
      16'h20cc: data = 16'h2000;
      16'h20cd: data = 16'h0;
      16'h20ce: data = 16'h0;
      16'h20cf: data = 16'h0;
      16'h20d0: data = 16'h0;
      16'h20d1: data = 16'h0;
      16'h20d2: data = 16'h0;
      16'h20d3: data = 16'h2000;
      16'h20d4: data = 16'h0;
      16'h20d5: data = 16'h0;
      16'h20d6: data = 16'h0;
      16'h20d7: data = 16'h0;
      16'h20d8: data = 16'h0;
      16'h20d9: data = 16'h0;
      16'h20da: data = 16'h2000;
      16'h20db: data = 16'h0;
      16'h20dc: data = 16'h0;
      16'h20dd: data = 16'h0;
      16'h20de: data = 16'h0;
      16'h20df: data = 16'h0;
      16'h20e0: data = 16'h0;
      16'h20e1: data = 16'h2000;
      16'h20e2: data = 16'h0;
      16'h20e3: data = 16'h0;
      16'h20e4: data = 16'h0;
      16'h20e5: data = 16'h0;
      16'h20e6: data = 16'h0;
      16'h20e7: data = 16'h0;
      16'h20e8: data = 16'h2000;
      16'h20e9: data = 16'h0;
      16'h20ea: data = 16'h0;
      16'h20eb: data = 16'h0;
      16'h20ec: data = 16'h2000;
      16'h20ed: data = 16'h2000;
      16'h20ee: data = 16'h2000;
      16'h20ef: data = 16'h2000;
      16'h20f0: data = 16'h2000;
      16'h20f1: data = 16'h2000;
      16'h20f2: data = 16'h2000;
      16'h20f3: data = 16'h0;
      16'h20f4: data = 16'h0;
      16'h20f5: data = 16'h0;
      16'h20f6: data = 16'h2000;
      16'h20f7: data = 16'h0;
      16'h20f8: data = 16'h0;
      16'h20f9: data = 16'h0;
      16'h20fa: data = 16'h0;
      16'h20fb: data = 16'h0;
      16'h20fc: data = 16'h2000;
      16'h20fd: data = 16'h2000;
      16'h20fe: data = 16'h0;
      16'h20ff: data = 16'h0;
      16'h2100: data = 16'h0;
      16'h2101: data = 16'h0;
      16'h2102: data = 16'h0;
      16'h2103: data = 16'h0;
      16'h2104: data = 16'h2000;
      16'h2105: data = 16'h0;
      16'h2106: data = 16'h0;
      16'h2107: data = 16'h0;
      16'h2108: data = 16'h0;
      16'h2109: data = 16'h0;
      16'h210a: data = 16'h0;
      16'h210b: data = 16'h2000;
      16'h210c: data = 16'h0;
      16'h210d: data = 16'h0;
      16'h210e: data = 16'h0;
      16'h210f: data = 16'h0;
      16'h2110: data = 16'h0;
      16'h2111: data = 16'h0;
      16'h2112: data = 16'h2000;
      16'h2113: data = 16'h0;
      16'h2114: data = 16'h0;
      16'h2115: data = 16'h0;
      16'h2116: data = 16'h2000;
      16'h2117: data = 16'h2000;
      16'h2118: data = 16'h2000;
      16'h2119: data = 16'h2000;
      16'h211a: data = 16'h2000;
      16'h211b: data = 16'h2000;
      16'h211c: data = 16'h2000;
      16'h211d: data = 16'h2000;
      16'h211e: data = 16'h2000;
      16'h211f: data = 16'h2000;
      16'h2120: data = 16'h2000;
      16'h2121: data = 16'h2000;
      16'h2122: data = 16'h2000;
      16'h2123: data = 16'h2000;
      16'h2124: data = 16'h0;
      16'h2125: data = 16'h0;
      16'h2126: data = 16'h0;
      16'h2127: data = 16'h2000;
      16'h2128: data = 16'h0;
      16'h2129: data = 16'h0;
      16'h212a: data = 16'h0;
      16'h212b: data = 16'h0;
      16'h212c: data = 16'h0;
      16'h212d: data = 16'h0;
      16'h212e: data = 16'h2000;
      16'h212f: data = 16'h0;
      16'h2130: data = 16'h0;
      16'h2131: data = 16'h0;
      16'h2132: data = 16'h0;
      16'h2133: data = 16'h0;
      16'h2134: data = 16'h0;
      16'h2135: data = 16'h2000;
      16'h2136: data = 16'h0;
      16'h2137: data = 16'h0;
      16'h2138: data = 16'h0;
      16'h2139: data = 16'h0;
      16'h213a: data = 16'h0;
      16'h213b: data = 16'h0;
      16'h213c: data = 16'h2000;
      16'h213d: data = 16'h0;
      16'h213e: data = 16'h0;
      16'h213f: data = 16'h0;
      16'h2140: data = 16'h0;
      16'h2141: data = 16'h0;
      16'h2142: data = 16'h0;
      16'h2143: data = 16'h2000;
      16'h2144: data = 16'h0;
      16'h2145: data = 16'h0;
      16'h2146: data = 16'h0;
      16'h2147: data = 16'h0;
      16'h2148: data = 16'h0;
      16'h2149: data = 16'h0;
      16'h214a: data = 16'h0;
      16'h214b: data = 16'h0;
      16'h214c: data = 16'h0;
      16'h214d: data = 16'h0;
      16'h214e: data = 16'h2000;
      16'h214f: data = 16'h2000;
      16'h2150: data = 16'h2000;
      16'h2151: data = 16'h2000;
      16'h2152: data = 16'h2000;
      16'h2153: data = 16'h2000;
      16'h2154: data = 16'h2000;
      16'h2155: data = 16'h0;
      16'h2156: data = 16'h0;
      16'h2157: data = 16'h0;
      16'h2158: data = 16'h2000;
      16'h2159: data = 16'h0;
      16'h215a: data = 16'h0;
      16'h215b: data = 16'h0;
      16'h215c: data = 16'h0;
      16'h215d: data = 16'h0;
      16'h215e: data = 16'h0;
      16'h215f: data = 16'h2000;
      16'h2160: data = 16'h0;
      16'h2161: data = 16'h0;
      16'h2162: data = 16'h0;
      16'h2163: data = 16'h0;
      16'h2164: data = 16'h0;
      16'h2165: data = 16'h0;
      16'h2166: data = 16'h2000;
      16'h2167: data = 16'h0;
      16'h2168: data = 16'h0;
      16'h2169: data = 16'h0;
      16'h216a: data = 16'h0;
      16'h216b: data = 16'h0;
      16'h216c: data = 16'h0;
      16'h216d: data = 16'h2000;
      16'h216e: data = 16'h0;
      16'h216f: data = 16'h2000;
      16'h2170: data = 16'h0;
      16'h2171: data = 16'h0;
      16'h2172: data = 16'h0;
      16'h2173: data = 16'h0;
      16'h2174: data = 16'h2000;
      16'h2175: data = 16'h0;
      16'h2176: data = 16'h0;
      16'h2177: data = 16'h0;
      16'h2178: data = 16'h0;
      16'h2179: data = 16'h0;
      16'h217a: data = 16'h0;
      16'h217b: data = 16'h2000;
      16'h217c: data = 16'h0;
      16'h217d: data = 16'h0;
      16'h217e: data = 16'h0;
      16'h217f: data = 16'h2000;
      16'h2180: data = 16'h2000;
      16'h2181: data = 16'h2000;
      16'h2182: data = 16'h2000;
      16'h2183: data = 16'h2000;
      16'h2184: data = 16'h2000;
      16'h2185: data = 16'h2000;
      16'h2186: data = 16'h2000;
      16'h2187: data = 16'h0;
      16'h2188: data = 16'h0;
      16'h2189: data = 16'h0;
      16'h218a: data = 16'h2000;
      16'h218b: data = 16'h0;
      16'h218c: data = 16'h0;
      16'h218d: data = 16'h2000;
      16'h218e: data = 16'h0;
      16'h218f: data = 16'h0;
      16'h2190: data = 16'h0;
      16'h2191: data = 16'h0;
      16'h2192: data = 16'h0;
      16'h2193: data = 16'h0;
      16'h2194: data = 16'h2000;
      16'h2195: data = 16'h2000;
      16'h2196: data = 16'h2000;
      16'h2197: data = 16'h2000;
      16'h2198: data = 16'h2000;
      16'h2199: data = 16'h2000;
      16'h219a: data = 16'h2000;
      16'h219b: data = 16'h0;
      16'h219c: data = 16'h0;
      16'h219d: data = 16'h0;
      16'h219e: data = 16'h0;
      16'h219f: data = 16'h0;
      16'h21a0: data = 16'h0;
      16'h21a1: data = 16'h2000;
      16'h21a2: data = 16'h0;
      16'h21a3: data = 16'h0;
      16'h21a4: data = 16'h0;
      16'h21a5: data = 16'h0;
      16'h21a6: data = 16'h0;
      16'h21a7: data = 16'h0;
      16'h21a8: data = 16'h2000;
      16'h21a9: data = 16'h2000;
      16'h21aa: data = 16'h2000;
      16'h21ab: data = 16'h2000;
      16'h21ac: data = 16'h2000;
      16'h21ad: data = 16'h2000;
      16'h21ae: data = 16'h2000;
      16'h21af: data = 16'h2000;
      16'h21b0: data = 16'h2000;
      16'h21b1: data = 16'h2000;
      16'h21b2: data = 16'h2000;
      16'h21b3: data = 16'h2000;
      16'h21b4: data = 16'h2000;
      16'h21b5: data = 16'h2000;
      16'h21b6: data = 16'h2000;
      16'h21b7: data = 16'h2000;
      16'h21b8: data = 16'h0;
      16'h21b9: data = 16'h0;
      16'h21ba: data = 16'h0;
      16'h21bb: data = 16'h0;
      16'h21bc: data = 16'h0;
      16'h21bd: data = 16'h0;
      16'h21be: data = 16'h2000;
      16'h21bf: data = 16'h0;
      16'h21c0: data = 16'h0;
      16'h21c1: data = 16'h2000;
      16'h21c2: data = 16'h0;
      16'h21c3: data = 16'h0;
      16'h21c4: data = 16'h0;
      16'h21c5: data = 16'h2000;
      16'h21c6: data = 16'h2000;
      16'h21c7: data = 16'h2000;
      16'h21c8: data = 16'h2000;
      16'h21c9: data = 16'h2000;
      16'h21ca: data = 16'h2000;
      16'h21cb: data = 16'h2000;
      16'h21cc: data = 16'h0;
      16'h21cd: data = 16'h0;
      16'h21ce: data = 16'h0;
      16'h21cf: data = 16'h0;
      16'h21d0: data = 16'h0;
      16'h21d1: data = 16'h0;
      16'h21d2: data = 16'h2000;
      16'h21d3: data = 16'h0;
      16'h21d4: data = 16'h0;
      16'h21d5: data = 16'h0;
      16'h21d6: data = 16'h0;
      16'h21d7: data = 16'h0;
      16'h21d8: data = 16'h0;
      16'h21d9: data = 16'h2000;
      16'h21da: data = 16'h2000;
      16'h21db: data = 16'h2000;
      16'h21dc: data = 16'h2000;
      16'h21dd: data = 16'h2000;
      16'h21de: data = 16'h2000;
      16'h21df: data = 16'h2000;
      16'h21e0: data = 16'h2000;
      16'h21e1: data = 16'h2000;
      16'h21e2: data = 16'h2000;
      16'h21e3: data = 16'h2000;
      16'h21e4: data = 16'h2000;
      16'h21e5: data = 16'h2000;
      16'h21e6: data = 16'h2000;
      16'h21e7: data = 16'h2000;
      16'h21e8: data = 16'h2000;
      16'h21e9: data = 16'h0;
      16'h21ea: data = 16'h0;
      16'h21eb: data = 16'h0;
      16'h21ec: data = 16'h0;
      16'h21ed: data = 16'h0;
      16'h21ee: data = 16'h0;
      16'h21ef: data = 16'h2000;
      16'h21f0: data = 16'h0;
      16'h21f1: data = 16'h0;
      16'h21f2: data = 16'h0;
      16'h21f3: data = 16'h0;
      16'h21f4: data = 16'h0;
      16'h21f5: data = 16'h0;
      16'h21f6: data = 16'h2000;
      16'h21f7: data = 16'h2000;
      16'h21f8: data = 16'h2000;
      16'h21f9: data = 16'h2000;
      16'h21fa: data = 16'h2000;
      16'h21fb: data = 16'h2000;
      16'h21fc: data = 16'h2000;
      16'h21fd: data = 16'h0;
      16'h21fe: data = 16'h0;
      16'h21ff: data = 16'h0;
      16'h2200: data = 16'h0;
      16'h2201: data = 16'h0;
      16'h2202: data = 16'h0;
      16'h2203: data = 16'h2000;
      16'h2204: data = 16'h0;
      16'h2205: data = 16'h0;
      16'h2206: data = 16'h0;
      16'h2207: data = 16'h0;
      16'h2208: data = 16'h0;
      16'h2209: data = 16'h0;
      16'h220a: data = 16'h2000;
      16'h220b: data = 16'h2000;
      16'h220c: data = 16'h2000;
      16'h220d: data = 16'h2000;
      16'h220e: data = 16'h2000;
      16'h220f: data = 16'h2000;
      16'h2210: data = 16'h2000;
      16'h2211: data = 16'h2000;
      16'h2212: data = 16'h2000;
      16'h2213: data = 16'h0;
      16'h2214: data = 16'h0;
      16'h2215: data = 16'h2000;
      16'h2216: data = 16'h0;
      16'h2217: data = 16'h0;
      16'h2218: data = 16'h2000;
      16'h2219: data = 16'h2000;
      16'h221a: data = 16'h2000;
      16'h221b: data = 16'h0;
      16'h221c: data = 16'h0;
      16'h221d: data = 16'h0;
      16'h221e: data = 16'h0;
      16'h221f: data = 16'h2000;
      16'h2220: data = 16'h2000;
      16'h2221: data = 16'h0;
      16'h2222: data = 16'h2000;
      16'h2223: data = 16'h0;
      16'h2224: data = 16'h0;
      16'h2225: data = 16'h0;
      16'h2226: data = 16'h2000;
      16'h2227: data = 16'h2000;
      16'h2228: data = 16'h0;
      16'h2229: data = 16'h0;
      16'h222a: data = 16'h2000;
      16'h222b: data = 16'h0;
      16'h222c: data = 16'h0;
      16'h222d: data = 16'h2000;
      16'h222e: data = 16'h2000;
      16'h222f: data = 16'h0;
      16'h2230: data = 16'h0;
      16'h2231: data = 16'h0;
      16'h2232: data = 16'h2000;
      16'h2233: data = 16'h0;
      16'h2234: data = 16'h2000;
      16'h2235: data = 16'h2000;
      16'h2236: data = 16'h0;
      16'h2237: data = 16'h0;
      16'h2238: data = 16'h0;
      16'h2239: data = 16'h0;
      16'h223a: data = 16'h2000;
      16'h223b: data = 16'h2000;
      16'h223c: data = 16'h2000;
      16'h223d: data = 16'h0;
      16'h223e: data = 16'h0;
      16'h223f: data = 16'h0;
      16'h2240: data = 16'h0;
      16'h2241: data = 16'h0;
      16'h2242: data = 16'h2000;
      16'h2243: data = 16'h2000;
      16'h2244: data = 16'h2000;
      16'h2245: data = 16'h2000;
      16'h2246: data = 16'h2000;
      16'h2247: data = 16'h2000;
      16'h2248: data = 16'h2000;
      16'h2249: data = 16'h2000;
      16'h224a: data = 16'h2000;
      16'h224b: data = 16'h0;
      16'h224c: data = 16'h0;
      16'h224d: data = 16'h0;
      16'h224e: data = 16'h0;
      16'h224f: data = 16'h0;
      16'h2250: data = 16'h0;
      16'h2251: data = 16'h2000;
      16'h2252: data = 16'h0;
      16'h2253: data = 16'h0;
      16'h2254: data = 16'h0;
      16'h2255: data = 16'h0;
      16'h2256: data = 16'h0;
      16'h2257: data = 16'h0;
      16'h2258: data = 16'h2000;
      16'h2259: data = 16'h2000;
      16'h225a: data = 16'h2000;
      16'h225b: data = 16'h2000;
      16'h225c: data = 16'h2000;
      16'h225d: data = 16'h2000;
      16'h225e: data = 16'h2000;
      16'h225f: data = 16'h0;
      16'h2260: data = 16'h0;
      16'h2261: data = 16'h0;
      16'h2262: data = 16'h0;
      16'h2263: data = 16'h0;
      16'h2264: data = 16'h0;
      16'h2265: data = 16'h2000;
      16'h2266: data = 16'h0;
      16'h2267: data = 16'h2000;
      16'h2268: data = 16'h0;
      16'h2269: data = 16'h0;
      16'h226a: data = 16'h0;
      16'h226b: data = 16'h0;
      16'h226c: data = 16'h2000;
      16'h226d: data = 16'h2000;
      16'h226e: data = 16'h2000;
      16'h226f: data = 16'h2000;
      16'h2270: data = 16'h2000;
      16'h2271: data = 16'h2000;
      16'h2272: data = 16'h2000;
      16'h2273: data = 16'h2000;
      16'h2274: data = 16'h2000;
      16'h2275: data = 16'h2000;
      16'h2276: data = 16'h2000;
      16'h2277: data = 16'h2000;
      16'h2278: data = 16'h2000;
      16'h2279: data = 16'h2000;
      16'h227a: data = 16'h2000;
      16'h227b: data = 16'h2000;
      16'h227c: data = 16'h0;
      16'h227d: data = 16'h0;
      16'h227e: data = 16'h0;
      16'h227f: data = 16'h0;
      16'h2280: data = 16'h0;
      16'h2281: data = 16'h0;
      16'h2282: data = 16'h2000;
      16'h2283: data = 16'h0;
      16'h2284: data = 16'h0;
      16'h2285: data = 16'h0;
      16'h2286: data = 16'h0;
      16'h2287: data = 16'h0;
      16'h2288: data = 16'h0;
      16'h2289: data = 16'h2000;
      16'h228a: data = 16'h2000;
      16'h228b: data = 16'h2000;
      16'h228c: data = 16'h0;
      16'h228d: data = 16'h2000;
      16'h228e: data = 16'h2000;
      16'h228f: data = 16'h2000;
      16'h2290: data = 16'h0;
      16'h2291: data = 16'h0;
      16'h2292: data = 16'h0;
      16'h2293: data = 16'h0;
      16'h2294: data = 16'h0;
      16'h2295: data = 16'h0;
      16'h2296: data = 16'h2000;
      16'h2297: data = 16'h0;
      16'h2298: data = 16'h0;
      16'h2299: data = 16'h0;
      16'h229a: data = 16'h0;
      16'h229b: data = 16'h0;
      16'h229c: data = 16'h0;
      16'h229d: data = 16'h2000;
      16'h229e: data = 16'h2000;
      16'h229f: data = 16'h2000;
      16'h22a0: data = 16'h2000;
      16'h22a1: data = 16'h2000;
      16'h22a2: data = 16'h2000;
      16'h22a3: data = 16'h2000;
      16'h22a4: data = 16'h2000;
      16'h22a5: data = 16'h2000;
      16'h22a6: data = 16'h0;
      16'h22a7: data = 16'h0;
      16'h22a8: data = 16'h0;
      16'h22a9: data = 16'h0;
      16'h22aa: data = 16'h0;
      16'h22ab: data = 16'h2000;
      16'h22ac: data = 16'h2000;
      16'h22ad: data = 16'h2000;
      16'h22ae: data = 16'h0;
      16'h22af: data = 16'h0;
      16'h22b0: data = 16'h0;
      16'h22b1: data = 16'h0;
      16'h22b2: data = 16'h2000;
      16'h22b3: data = 16'h2000;
      16'h22b4: data = 16'h0;
      16'h22b5: data = 16'h2000;
      16'h22b6: data = 16'h0;
      16'h22b7: data = 16'h0;
      16'h22b8: data = 16'h0;
      16'h22b9: data = 16'h2000;
      16'h22ba: data = 16'h2000;
      16'h22bb: data = 16'h0;
      16'h22bc: data = 16'h0;
      16'h22bd: data = 16'h2000;
      16'h22be: data = 16'h0;
      16'h22bf: data = 16'h0;
      16'h22c0: data = 16'h2000;
      16'h22c1: data = 16'h2000;
      16'h22c2: data = 16'h0;
      16'h22c3: data = 16'h0;
      16'h22c4: data = 16'h0;
      16'h22c5: data = 16'h2000;
      16'h22c6: data = 16'h0;
      16'h22c7: data = 16'h2000;
      16'h22c8: data = 16'h2000;
      16'h22c9: data = 16'h0;
      16'h22ca: data = 16'h0;
      16'h22cb: data = 16'h0;
      16'h22cc: data = 16'h0;
      16'h22cd: data = 16'h0;
      16'h22ce: data = 16'h2000;
      16'h22cf: data = 16'h2000;
      16'h22d0: data = 16'h0;
      16'h22d1: data = 16'h0;
      16'h22d2: data = 16'h0;
      16'h22d3: data = 16'h0;
      16'h22d4: data = 16'h0;
      16'h22d5: data = 16'h2000;
      16'h22d6: data = 16'h2000;
      16'h22d7: data = 16'h2000;
      16'h22d8: data = 16'h2000;
      16'h22d9: data = 16'h2000;
      16'h22da: data = 16'h2000;
      16'h22db: data = 16'h2000;
      16'h22dc: data = 16'h2000;
      16'h22dd: data = 16'h2000;
      16'h22de: data = 16'h2000;
      16'h22df: data = 16'h0;
      16'h22e0: data = 16'h0;
      16'h22e1: data = 16'h0;
      16'h22e2: data = 16'h0;
      16'h22e3: data = 16'h0;
      16'h22e4: data = 16'h2000;
      16'h22e5: data = 16'h0;
      16'h22e6: data = 16'h0;
      16'h22e7: data = 16'h0;
      16'h22e8: data = 16'h0;
      16'h22e9: data = 16'h0;
      16'h22ea: data = 16'h0;
      16'h22eb: data = 16'h2000;
      16'h22ec: data = 16'h2000;
      16'h22ed: data = 16'h2000;
      16'h22ee: data = 16'h2000;
      16'h22ef: data = 16'h2000;
      16'h22f0: data = 16'h2000;
      16'h22f1: data = 16'h2000;
      16'h22f2: data = 16'h0;
      16'h22f3: data = 16'h0;
      16'h22f4: data = 16'h0;
      16'h22f5: data = 16'h0;
      16'h22f6: data = 16'h0;
      16'h22f7: data = 16'h0;
      16'h22f8: data = 16'h2000;
      16'h22f9: data = 16'h0;
      16'h22fa: data = 16'h0;
      16'h22fb: data = 16'h0;
      16'h22fc: data = 16'h0;
      16'h22fd: data = 16'h0;
      16'h22fe: data = 16'h0;
      16'h22ff: data = 16'h2000;
      16'h2300: data = 16'h2000;
      16'h2301: data = 16'h2000;
      16'h2302: data = 16'h2000;
      16'h2303: data = 16'h2000;
      16'h2304: data = 16'h2000;
      16'h2305: data = 16'h2000;
      16'h2306: data = 16'h2000;
      16'h2307: data = 16'h2000;
      16'h2308: data = 16'h2000;
      16'h2309: data = 16'h2000;
      16'h230a: data = 16'h2000;
      16'h230b: data = 16'h2000;
      16'h230c: data = 16'h2000;
      16'h230d: data = 16'h2000;
      16'h230e: data = 16'h0;
      16'h230f: data = 16'h0;
      16'h2310: data = 16'h0;
      16'h2311: data = 16'h2000;
      16'h2312: data = 16'h2000;
      16'h2313: data = 16'h0;
      16'h2314: data = 16'h0;
      16'h2315: data = 16'h0;
      16'h2316: data = 16'h0;
      16'h2317: data = 16'h0;
      16'h2318: data = 16'h2000;
      16'h2319: data = 16'h0;
      16'h231a: data = 16'h0;
      16'h231b: data = 16'h0;
      16'h231c: data = 16'h0;
      16'h231d: data = 16'h0;
      16'h231e: data = 16'h0;
      16'h231f: data = 16'h2000;
      16'h2320: data = 16'h0;
      16'h2321: data = 16'h0;
      16'h2322: data = 16'h0;
      16'h2323: data = 16'h0;
      16'h2324: data = 16'h0;
      16'h2325: data = 16'h0;
      16'h2326: data = 16'h2000;
      16'h2327: data = 16'h0;
      16'h2328: data = 16'h0;
      16'h2329: data = 16'h0;
      16'h232a: data = 16'h0;
      16'h232b: data = 16'h0;
      16'h232c: data = 16'h0;
      16'h232d: data = 16'h2000;
      16'h232e: data = 16'h0;
      16'h232f: data = 16'h0;
      16'h2330: data = 16'h0;
      16'h2331: data = 16'h0;
      16'h2332: data = 16'h0;
      16'h2333: data = 16'h0;
      16'h2334: data = 16'h2000;
      16'h2335: data = 16'h0;
      16'h2336: data = 16'h0;
      16'h2337: data = 16'h0;
      16'h2338: data = 16'h2000;
      16'h2339: data = 16'h2000;
      16'h233a: data = 16'h2000;
      16'h233b: data = 16'h2000;
      16'h233c: data = 16'h2000;
      16'h233d: data = 16'h2000;
      16'h233e: data = 16'h2000;
      16'h233f: data = 16'h0;
      16'h2340: data = 16'h0;
      16'h2341: data = 16'h0;
      16'h2342: data = 16'h2000;
      16'h2343: data = 16'h0;
      16'h2344: data = 16'h0;
      16'h2345: data = 16'h0;
      16'h2346: data = 16'h0;
      16'h2347: data = 16'h0;
      16'h2348: data = 16'h0;
      16'h2349: data = 16'h2000;
      16'h234a: data = 16'h0;
      16'h234b: data = 16'h0;
      16'h234c: data = 16'h0;
      16'h234d: data = 16'h0;
      16'h234e: data = 16'h0;
      16'h234f: data = 16'h0;
      16'h2350: data = 16'h2000;
      16'h2351: data = 16'h0;
      16'h2352: data = 16'h0;
      16'h2353: data = 16'h0;
      16'h2354: data = 16'h0;
      16'h2355: data = 16'h0;
      16'h2356: data = 16'h0;
      16'h2357: data = 16'h2000;
      16'h2358: data = 16'h0;
      16'h2359: data = 16'h0;
      16'h235a: data = 16'h0;
      16'h235b: data = 16'h0;
      16'h235c: data = 16'h0;
      16'h235d: data = 16'h0;
      16'h235e: data = 16'h2000;
      16'h235f: data = 16'h0;
      16'h2360: data = 16'h0;
      16'h2361: data = 16'h0;
      16'h2362: data = 16'h2000;
      16'h2363: data = 16'h0;
      16'h2364: data = 16'h0;
      16'h2365: data = 16'h2000;
      16'h2366: data = 16'h0;
      16'h2367: data = 16'h0;
      16'h2368: data = 16'h0;
      16'h2369: data = 16'h2000;
      16'h236a: data = 16'h2000;
      16'h236b: data = 16'h2000;
      16'h236c: data = 16'h2000;
      16'h236d: data = 16'h2000;
      16'h236e: data = 16'h2000;
      16'h236f: data = 16'h2000;
      16'h2370: data = 16'h0;
      16'h2371: data = 16'h0;
      16'h2372: data = 16'h2000;
      16'h2373: data = 16'h2000;
      16'h2374: data = 16'h0;
      16'h2375: data = 16'h0;
      16'h2376: data = 16'h0;
      16'h2377: data = 16'h0;
      16'h2378: data = 16'h0;
      16'h2379: data = 16'h0;
      16'h237a: data = 16'h2000;
      16'h237b: data = 16'h0;
      16'h237c: data = 16'h0;
      16'h237d: data = 16'h0;
      16'h237e: data = 16'h0;
      16'h237f: data = 16'h0;
      16'h2380: data = 16'h0;
      16'h2381: data = 16'h2000;
      16'h2382: data = 16'h0;
      16'h2383: data = 16'h0;
      16'h2384: data = 16'h0;
      16'h2385: data = 16'h0;
      16'h2386: data = 16'h0;
      16'h2387: data = 16'h0;
      16'h2388: data = 16'h2000;
      16'h2389: data = 16'h0;
      16'h238a: data = 16'h0;
      16'h238b: data = 16'h0;
      16'h238c: data = 16'h0;
      16'h238d: data = 16'h0;
      16'h238e: data = 16'h0;
      16'h238f: data = 16'h2000;
      16'h2390: data = 16'h0;
      16'h2391: data = 16'h0;
      16'h2392: data = 16'h0;
      16'h2393: data = 16'h0;
      16'h2394: data = 16'h0;
      16'h2395: data = 16'h0;
      16'h2396: data = 16'h2000;
      16'h2397: data = 16'h0;
      16'h2398: data = 16'h0;
      16'h2399: data = 16'h0;
      16'h239a: data = 16'h2000;
      16'h239b: data = 16'h2000;
      16'h239c: data = 16'h2000;
      16'h239d: data = 16'h2000;
      16'h239e: data = 16'h2000;
      16'h239f: data = 16'h2000;
      16'h23a0: data = 16'h2000;
      16'h23a1: data = 16'h0;
      16'h23a2: data = 16'h0;
      16'h23a3: data = 16'h0;
      16'h23a4: data = 16'h2000;
      16'h23a5: data = 16'h0;
      16'h23a6: data = 16'h0;
      16'h23a7: data = 16'h0;
      16'h23a8: data = 16'h0;
      16'h23a9: data = 16'h0;
      16'h23aa: data = 16'h0;
      16'h23ab: data = 16'h2000;
      16'h23ac: data = 16'h0;
      16'h23ad: data = 16'h0;
      16'h23ae: data = 16'h0;
      16'h23af: data = 16'h0;
      16'h23b0: data = 16'h0;
      16'h23b1: data = 16'h0;
      16'h23b2: data = 16'h2000;
      16'h23b3: data = 16'h0;
      16'h23b4: data = 16'h0;
      16'h23b5: data = 16'h0;
      16'h23b6: data = 16'h0;
      16'h23b7: data = 16'h0;
      16'h23b8: data = 16'h0;
      16'h23b9: data = 16'h2000;
      16'h23ba: data = 16'h0;
      16'h23bb: data = 16'h0;
      16'h23bc: data = 16'h0;
      16'h23bd: data = 16'h0;
      16'h23be: data = 16'h0;
      16'h23bf: data = 16'h0;
      16'h23c0: data = 16'h2000;
      16'h23c1: data = 16'h0;
      16'h23c2: data = 16'h0;
      16'h23c3: data = 16'h0;
      16'h23c4: data = 16'h0;
      16'h23c5: data = 16'h2000;
      16'h23c6: data = 16'h0;
      16'h23c7: data = 16'h2000;
      16'h23c8: data = 16'h0;
      16'h23c9: data = 16'h0;
      16'h23ca: data = 16'h0;
      16'h23cb: data = 16'h2000;
      16'h23cc: data = 16'h2000;
      16'h23cd: data = 16'h2000;
      16'h23ce: data = 16'h2000;
      16'h23cf: data = 16'h2000;
      16'h23d0: data = 16'h2000;
      16'h23d1: data = 16'h2000;
      16'h23d2: data = 16'h0;
      16'h23d3: data = 16'h0;
      16'h23d4: data = 16'h0;
      16'h23d5: data = 16'h2000;
      16'h23d6: data = 16'h0;
      16'h23d7: data = 16'h2000;
      16'h23d8: data = 16'h0;
      16'h23d9: data = 16'h0;
      16'h23da: data = 16'h0;
      16'h23db: data = 16'h0;
      16'h23dc: data = 16'h2000;
      16'h23dd: data = 16'h0;
      16'h23de: data = 16'h0;
      16'h23df: data = 16'h0;
      16'h23e0: data = 16'h0;
      16'h23e1: data = 16'h0;
      16'h23e2: data = 16'h0;
      16'h23e3: data = 16'h2000;
      16'h23e4: data = 16'h0;
      16'h23e5: data = 16'h0;
      16'h23e6: data = 16'h0;
      16'h23e7: data = 16'h0;
      16'h23e8: data = 16'h0;
      16'h23e9: data = 16'h0;
      16'h23ea: data = 16'h2000;
      16'h23eb: data = 16'h0;
      16'h23ec: data = 16'h0;
      16'h23ed: data = 16'h0;
      16'h23ee: data = 16'h0;
      16'h23ef: data = 16'h0;
      16'h23f0: data = 16'h0;
      16'h23f1: data = 16'h2000;
      16'h23f2: data = 16'h0;
      16'h23f3: data = 16'h0;
      16'h23f4: data = 16'h0;
      16'h23f5: data = 16'h0;
      16'h23f6: data = 16'h0;
      16'h23f7: data = 16'h0;
      16'h23f8: data = 16'h2000;
      16'h23f9: data = 16'h0;
      16'h23fa: data = 16'h0;
      16'h23fb: data = 16'h0;
      16'h23fc: data = 16'h2000;
      16'h23fd: data = 16'h2000;
      16'h23fe: data = 16'h2000;
      16'h23ff: data = 16'h2000;
      16'h2400: data = 16'h0;
      16'h2401: data = 16'h2000;
      16'h2402: data = 16'h2000;
      16'h2403: data = 16'h2000;
      16'h2404: data = 16'h0;
      16'h2405: data = 16'h0;
      16'h2406: data = 16'h0;
      16'h2407: data = 16'h0;
      16'h2408: data = 16'h0;
      16'h2409: data = 16'h0;
      16'h240a: data = 16'h2000;
      16'h240b: data = 16'h0;
      16'h240c: data = 16'h0;
      16'h240d: data = 16'h0;
      16'h240e: data = 16'h0;
      16'h240f: data = 16'h0;
      16'h2410: data = 16'h0;
      16'h2411: data = 16'h2000;
      16'h2412: data = 16'h2000;
      16'h2413: data = 16'h2000;
      16'h2414: data = 16'h2000;
      16'h2415: data = 16'h2000;
      16'h2416: data = 16'h2000;
      16'h2417: data = 16'h2000;
      16'h2418: data = 16'h0;
      16'h2419: data = 16'h0;
      16'h241a: data = 16'h0;
      16'h241b: data = 16'h0;
      16'h241c: data = 16'h0;
      16'h241d: data = 16'h0;
      16'h241e: data = 16'h2000;
      16'h241f: data = 16'h0;
      16'h2420: data = 16'h0;
      16'h2421: data = 16'h0;
      16'h2422: data = 16'h0;
      16'h2423: data = 16'h0;
      16'h2424: data = 16'h0;
      16'h2425: data = 16'h2000;
      16'h2426: data = 16'h2000;
      16'h2427: data = 16'h2000;
      16'h2428: data = 16'h2000;
      16'h2429: data = 16'h2000;
      16'h242a: data = 16'h2000;
      16'h242b: data = 16'h2000;
      16'h242c: data = 16'h2000;
      16'h242d: data = 16'h2000;
      16'h242e: data = 16'h2000;
      16'h242f: data = 16'h2000;
      16'h2430: data = 16'h2000;
      16'h2431: data = 16'h2000;
      16'h2432: data = 16'h2000;
      16'h2433: data = 16'h2000;
      16'h2434: data = 16'h0;
      16'h2435: data = 16'h0;
      16'h2436: data = 16'h0;
      16'h2437: data = 16'h2000;
      16'h2438: data = 16'h0;
      16'h2439: data = 16'h0;
      16'h243a: data = 16'h0;
      16'h243b: data = 16'h0;
      16'h243c: data = 16'h2000;
      16'h243d: data = 16'h0;
      16'h243e: data = 16'h2000;
      16'h243f: data = 16'h0;
      16'h2440: data = 16'h0;
      16'h2441: data = 16'h0;
      16'h2442: data = 16'h0;
      16'h2443: data = 16'h0;
      16'h2444: data = 16'h0;
      16'h2445: data = 16'h2000;
      16'h2446: data = 16'h0;
      16'h2447: data = 16'h0;
      16'h2448: data = 16'h0;
      16'h2449: data = 16'h0;
      16'h244a: data = 16'h0;
      16'h244b: data = 16'h0;
      16'h244c: data = 16'h2000;
      16'h244d: data = 16'h0;
      16'h244e: data = 16'h0;
      16'h244f: data = 16'h0;
      16'h2450: data = 16'h0;
      16'h2451: data = 16'h0;
      16'h2452: data = 16'h0;
      16'h2453: data = 16'h2000;
      16'h2454: data = 16'h0;
      16'h2455: data = 16'h0;
      16'h2456: data = 16'h0;
      16'h2457: data = 16'h0;
      16'h2458: data = 16'h0;
      16'h2459: data = 16'h0;
      16'h245a: data = 16'h2000;
      16'h245b: data = 16'h0;
      16'h245c: data = 16'h0;
      16'h245d: data = 16'h0;
      16'h245e: data = 16'h2000;
      16'h245f: data = 16'h2000;
      16'h2460: data = 16'h2000;
      16'h2461: data = 16'h2000;
      16'h2462: data = 16'h2000;
      16'h2463: data = 16'h2000;
      16'h2464: data = 16'h2000;
      16'h2465: data = 16'h0;
      16'h2466: data = 16'h0;
      16'h2467: data = 16'h0;
      16'h2468: data = 16'h2000;
      16'h2469: data = 16'h0;
      16'h246a: data = 16'h0;
      16'h246b: data = 16'h0;
      16'h246c: data = 16'h0;
      16'h246d: data = 16'h0;
      16'h246e: data = 16'h0;
      16'h246f: data = 16'h2000;
      16'h2470: data = 16'h0;
      16'h2471: data = 16'h0;
      16'h2472: data = 16'h0;
      16'h2473: data = 16'h0;
      16'h2474: data = 16'h0;
      16'h2475: data = 16'h0;
      16'h2476: data = 16'h2000;
      16'h2477: data = 16'h0;
      16'h2478: data = 16'h0;
      16'h2479: data = 16'h0;
      16'h247a: data = 16'h0;
      16'h247b: data = 16'h0;
      16'h247c: data = 16'h0;
      16'h247d: data = 16'h2000;
      16'h247e: data = 16'h2000;
      16'h247f: data = 16'h0;
      16'h2480: data = 16'h0;
      16'h2481: data = 16'h0;
      16'h2482: data = 16'h0;
      16'h2483: data = 16'h0;
      16'h2484: data = 16'h2000;
      16'h2485: data = 16'h0;
      16'h2486: data = 16'h0;
      16'h2487: data = 16'h0;
      16'h2488: data = 16'h2000;
      16'h2489: data = 16'h2000;
      16'h248a: data = 16'h2000;
      16'h248b: data = 16'h2000;
      16'h248c: data = 16'h2000;
      16'h248d: data = 16'h2000;
      16'h248e: data = 16'h2000;
      16'h248f: data = 16'h2000;
      16'h2490: data = 16'h0;
      16'h2491: data = 16'h0;
      16'h2492: data = 16'h0;
      16'h2493: data = 16'h0;
      16'h2494: data = 16'h0;
      16'h2495: data = 16'h2000;
      16'h2496: data = 16'h2000;
      16'h2497: data = 16'h2000;
      16'h2498: data = 16'h0;
      16'h2499: data = 16'h0;
      16'h249a: data = 16'h0;
      16'h249b: data = 16'h0;
      16'h249c: data = 16'h2000;
      16'h249d: data = 16'h2000;
      16'h249e: data = 16'h0;
      16'h249f: data = 16'h2000;
      16'h24a0: data = 16'h0;
      16'h24a1: data = 16'h0;
      16'h24a2: data = 16'h0;
      16'h24a3: data = 16'h2000;
      16'h24a4: data = 16'h2000;
      16'h24a5: data = 16'h0;
      16'h24a6: data = 16'h0;
      16'h24a7: data = 16'h2000;
      16'h24a8: data = 16'h0;
      16'h24a9: data = 16'h0;
      16'h24aa: data = 16'h2000;
      16'h24ab: data = 16'h2000;
      16'h24ac: data = 16'h0;
      16'h24ad: data = 16'h0;
      16'h24ae: data = 16'h0;
      16'h24af: data = 16'h2000;
      16'h24b0: data = 16'h0;
      16'h24b1: data = 16'h2000;
      16'h24b2: data = 16'h2000;
      16'h24b3: data = 16'h0;
      16'h24b4: data = 16'h0;
      16'h24b5: data = 16'h0;
      16'h24b6: data = 16'h0;
      16'h24b7: data = 16'h2000;
      16'h24b8: data = 16'h2000;
      16'h24b9: data = 16'h2000;
      16'h24ba: data = 16'h0;
      16'h24bb: data = 16'h0;
      16'h24bc: data = 16'h0;
      16'h24bd: data = 16'h0;
      16'h24be: data = 16'h0;
      16'h24bf: data = 16'h2000;
      16'h24c0: data = 16'h2000;
      16'h24c1: data = 16'h2000;
      16'h24c2: data = 16'h2000;
      16'h24c3: data = 16'h2000;
      16'h24c4: data = 16'h2000;
      16'h24c5: data = 16'h2000;
      16'h24c6: data = 16'h2000;
      16'h24c7: data = 16'h2000;
      16'h24c8: data = 16'h0;
      16'h24c9: data = 16'h0;
      16'h24ca: data = 16'h0;
      16'h24cb: data = 16'h0;
      16'h24cc: data = 16'h2000;
      16'h24cd: data = 16'h0;
      16'h24ce: data = 16'h2000;
      16'h24cf: data = 16'h0;
      16'h24d0: data = 16'h0;
      16'h24d1: data = 16'h0;
      16'h24d2: data = 16'h0;
      16'h24d3: data = 16'h0;
      16'h24d4: data = 16'h0;
      16'h24d5: data = 16'h2000;
      16'h24d6: data = 16'h2000;
      16'h24d7: data = 16'h2000;
      16'h24d8: data = 16'h2000;
      16'h24d9: data = 16'h2000;
      16'h24da: data = 16'h2000;
      16'h24db: data = 16'h2000;
      16'h24dc: data = 16'h0;
      16'h24dd: data = 16'h0;
      16'h24de: data = 16'h0;
      16'h24df: data = 16'h0;
      16'h24e0: data = 16'h0;
      16'h24e1: data = 16'h0;
      16'h24e2: data = 16'h2000;
      16'h24e3: data = 16'h0;
      16'h24e4: data = 16'h0;
      16'h24e5: data = 16'h0;
      16'h24e6: data = 16'h0;
      16'h24e7: data = 16'h0;
      16'h24e8: data = 16'h0;
      16'h24e9: data = 16'h2000;
      16'h24ea: data = 16'h2000;
      16'h24eb: data = 16'h2000;
      16'h24ec: data = 16'h2000;
      16'h24ed: data = 16'h2000;
      16'h24ee: data = 16'h2000;
      16'h24ef: data = 16'h2000;
      16'h24f0: data = 16'h2000;
      16'h24f1: data = 16'h2000;
      16'h24f2: data = 16'h0;
      16'h24f3: data = 16'h0;
      16'h24f4: data = 16'h0;
      16'h24f5: data = 16'h0;
      16'h24f6: data = 16'h0;
      16'h24f7: data = 16'h2000;
      16'h24f8: data = 16'h2000;
      16'h24f9: data = 16'h2000;
      16'h24fa: data = 16'h0;
      16'h24fb: data = 16'h0;
      16'h24fc: data = 16'h0;
      16'h24fd: data = 16'h0;
      16'h24fe: data = 16'h0;
      16'h24ff: data = 16'h2000;
      16'h2500: data = 16'h0;
      16'h2501: data = 16'h2000;
      16'h2502: data = 16'h0;
      16'h2503: data = 16'h0;
      16'h2504: data = 16'h0;
      16'h2505: data = 16'h2000;
      16'h2506: data = 16'h2000;
      16'h2507: data = 16'h0;
      16'h2508: data = 16'h0;
      16'h2509: data = 16'h2000;
      16'h250a: data = 16'h0;
      16'h250b: data = 16'h0;
      16'h250c: data = 16'h2000;
      16'h250d: data = 16'h2000;
      16'h250e: data = 16'h0;
      16'h250f: data = 16'h0;
      16'h2510: data = 16'h0;
      16'h2511: data = 16'h2000;
      16'h2512: data = 16'h0;
      16'h2513: data = 16'h2000;
      16'h2514: data = 16'h2000;
      16'h2515: data = 16'h0;
      16'h2516: data = 16'h0;
      16'h2517: data = 16'h0;
      16'h2518: data = 16'h0;
      16'h2519: data = 16'h2000;
      16'h251a: data = 16'h2000;
      16'h251b: data = 16'h2000;
      16'h251c: data = 16'h0;
      16'h251d: data = 16'h0;
      16'h251e: data = 16'h0;
      16'h251f: data = 16'h0;
      16'h2520: data = 16'h0;
      16'h2521: data = 16'h2000;
      16'h2522: data = 16'h2000;
      16'h2523: data = 16'h2000;
      16'h2524: data = 16'h2000;
      16'h2525: data = 16'h2000;
      16'h2526: data = 16'h2000;
      16'h2527: data = 16'h2000;
      16'h2528: data = 16'h2000;
      16'h2529: data = 16'h0;
      16'h252a: data = 16'h0;
      16'h252b: data = 16'h0;
      16'h252c: data = 16'h2000;
      16'h252d: data = 16'h0;
      16'h252e: data = 16'h0;
      16'h252f: data = 16'h0;
      16'h2530: data = 16'h0;
      16'h2531: data = 16'h0;
      16'h2532: data = 16'h0;
      16'h2533: data = 16'h2000;
      16'h2534: data = 16'h0;
      16'h2535: data = 16'h0;
      16'h2536: data = 16'h0;
      16'h2537: data = 16'h0;
      16'h2538: data = 16'h0;
      16'h2539: data = 16'h0;
      16'h253a: data = 16'h2000;
      16'h253b: data = 16'h0;
      16'h253c: data = 16'h0;
      16'h253d: data = 16'h0;
      16'h253e: data = 16'h0;
      16'h253f: data = 16'h0;
      16'h2540: data = 16'h0;
      16'h2541: data = 16'h2000;
      16'h2542: data = 16'h0;
      16'h2543: data = 16'h0;
      16'h2544: data = 16'h2000;
      16'h2545: data = 16'h0;
      16'h2546: data = 16'h0;
      16'h2547: data = 16'h0;
      16'h2548: data = 16'h2000;
      16'h2549: data = 16'h0;
      16'h254a: data = 16'h0;
      16'h254b: data = 16'h0;
      16'h254c: data = 16'h2000;
      16'h254d: data = 16'h2000;
      16'h254e: data = 16'h2000;
      16'h254f: data = 16'h2000;
      16'h2550: data = 16'h2000;
      16'h2551: data = 16'h2000;
      16'h2552: data = 16'h2000;
      16'h2553: data = 16'h2000;
      16'h2554: data = 16'h2000;
      16'h2555: data = 16'h2000;
      16'h2556: data = 16'h2000;
      16'h2557: data = 16'h2000;
      16'h2558: data = 16'h2000;
      16'h2559: data = 16'h2000;
      16'h255a: data = 16'h0;
      16'h255b: data = 16'h0;
      16'h255c: data = 16'h0;
      16'h255d: data = 16'h0;
      16'h255e: data = 16'h0;
      16'h255f: data = 16'h0;
      16'h2560: data = 16'h0;
      16'h2561: data = 16'h0;
      16'h2562: data = 16'h0;
      16'h2563: data = 16'h0;
      16'h2564: data = 16'h2000;
      16'h2565: data = 16'h0;
      16'h2566: data = 16'h0;
      16'h2567: data = 16'h0;
      16'h2568: data = 16'h0;
      16'h2569: data = 16'h0;
      16'h256a: data = 16'h0;
      16'h256b: data = 16'h2000;
      16'h256c: data = 16'h0;
      16'h256d: data = 16'h0;
      16'h256e: data = 16'h0;
      16'h256f: data = 16'h0;
      16'h2570: data = 16'h0;
      16'h2571: data = 16'h0;
      16'h2572: data = 16'h2000;
      16'h2573: data = 16'h0;
      16'h2574: data = 16'h0;
      16'h2575: data = 16'h0;
      16'h2576: data = 16'h0;
      16'h2577: data = 16'h0;
      16'h2578: data = 16'h0;
      16'h2579: data = 16'h2000;
      16'h257a: data = 16'h0;
      16'h257b: data = 16'h0;
      16'h257c: data = 16'h0;
      16'h257d: data = 16'h0;
      16'h257e: data = 16'h0;
      16'h257f: data = 16'h0;
      16'h2580: data = 16'h2000;
      16'h2581: data = 16'h0;
      16'h2582: data = 16'h0;
      16'h2583: data = 16'h0;
      16'h2584: data = 16'h2000;
      16'h2585: data = 16'h2000;
      16'h2586: data = 16'h2000;
      16'h2587: data = 16'h2000;
      16'h2588: data = 16'h2000;
      16'h2589: data = 16'h2000;
      16'h258a: data = 16'h2000;
      16'h258b: data = 16'h0;
      16'h258c: data = 16'h0;
      16'h258d: data = 16'h0;
      16'h258e: data = 16'h2000;
      16'h258f: data = 16'h0;
      16'h2590: data = 16'h0;
      16'h2591: data = 16'h0;
      16'h2592: data = 16'h0;
      16'h2593: data = 16'h0;
      16'h2594: data = 16'h0;
      16'h2595: data = 16'h2000;
      16'h2596: data = 16'h0;
      16'h2597: data = 16'h0;
      16'h2598: data = 16'h0;
      16'h2599: data = 16'h0;
      16'h259a: data = 16'h0;
      16'h259b: data = 16'h0;
      16'h259c: data = 16'h2000;
      16'h259d: data = 16'h0;
      16'h259e: data = 16'h0;
      16'h259f: data = 16'h0;
      16'h25a0: data = 16'h0;
      16'h25a1: data = 16'h0;
      16'h25a2: data = 16'h2000;
      16'h25a3: data = 16'h2000;
      16'h25a4: data = 16'h0;
      16'h25a5: data = 16'h0;
      16'h25a6: data = 16'h0;
      16'h25a7: data = 16'h0;
      16'h25a8: data = 16'h0;
      16'h25a9: data = 16'h0;
      16'h25aa: data = 16'h2000;
      16'h25ab: data = 16'h0;
      16'h25ac: data = 16'h0;
      16'h25ad: data = 16'h0;
      16'h25ae: data = 16'h2000;
      16'h25af: data = 16'h2000;
      16'h25b0: data = 16'h2000;
      16'h25b1: data = 16'h2000;
      16'h25b2: data = 16'h2000;
      16'h25b3: data = 16'h2000;
      16'h25b4: data = 16'h2000;
      16'h25b5: data = 16'h2000;
      16'h25b6: data = 16'h2000;
      16'h25b7: data = 16'h2000;
      16'h25b8: data = 16'h2000;
      16'h25b9: data = 16'h2000;
      16'h25ba: data = 16'h2000;
      16'h25bb: data = 16'h2000;
      16'h25bc: data = 16'h0;
      16'h25bd: data = 16'h0;
      16'h25be: data = 16'h0;
      16'h25bf: data = 16'h2000;
      16'h25c0: data = 16'h0;
      16'h25c1: data = 16'h0;
      16'h25c2: data = 16'h0;
      16'h25c3: data = 16'h0;
      16'h25c4: data = 16'h0;
      16'h25c5: data = 16'h0;
      16'h25c6: data = 16'h2000;
      16'h25c7: data = 16'h0;
      16'h25c8: data = 16'h0;
      16'h25c9: data = 16'h0;
      16'h25ca: data = 16'h0;
      16'h25cb: data = 16'h0;
      16'h25cc: data = 16'h0;
      16'h25cd: data = 16'h2000;
      16'h25ce: data = 16'h0;
      16'h25cf: data = 16'h0;
      16'h25d0: data = 16'h0;
      16'h25d1: data = 16'h0;
      16'h25d2: data = 16'h0;
      16'h25d3: data = 16'h0;
      16'h25d4: data = 16'h2000;
      16'h25d5: data = 16'h0;
      16'h25d6: data = 16'h0;
      16'h25d7: data = 16'h0;
      16'h25d8: data = 16'h0;
      16'h25d9: data = 16'h0;
      16'h25da: data = 16'h0;
      16'h25db: data = 16'h2000;
      16'h25dc: data = 16'h0;
      16'h25dd: data = 16'h0;
      16'h25de: data = 16'h0;
      16'h25df: data = 16'h0;
      16'h25e0: data = 16'h0;
      16'h25e1: data = 16'h0;
      16'h25e2: data = 16'h2000;
      16'h25e3: data = 16'h0;
      16'h25e4: data = 16'h2000;
      16'h25e5: data = 16'h0;
      16'h25e6: data = 16'h2000;
      16'h25e7: data = 16'h2000;
      16'h25e8: data = 16'h2000;
      16'h25e9: data = 16'h2000;
      16'h25ea: data = 16'h2000;
      16'h25eb: data = 16'h2000;
      16'h25ec: data = 16'h2000;
      16'h25ed: data = 16'h0;
      16'h25ee: data = 16'h0;
      16'h25ef: data = 16'h0;
      16'h25f0: data = 16'h2000;
      16'h25f1: data = 16'h0;
      16'h25f2: data = 16'h0;
      16'h25f3: data = 16'h0;
      16'h25f4: data = 16'h0;
      16'h25f5: data = 16'h0;
      16'h25f6: data = 16'h0;
      16'h25f7: data = 16'h2000;
      16'h25f8: data = 16'h0;
      16'h25f9: data = 16'h0;
      16'h25fa: data = 16'h0;
      16'h25fb: data = 16'h0;
      16'h25fc: data = 16'h0;
      16'h25fd: data = 16'h0;
      16'h25fe: data = 16'h2000;
      16'h25ff: data = 16'h0;
      16'h2600: data = 16'h0;
      16'h2601: data = 16'h0;
      16'h2602: data = 16'h2000;
      16'h2603: data = 16'h0;
      16'h2604: data = 16'h0;
      16'h2605: data = 16'h2000;
      16'h2606: data = 16'h0;
      16'h2607: data = 16'h0;
      16'h2608: data = 16'h0;
      16'h2609: data = 16'h0;
      16'h260a: data = 16'h0;
      16'h260b: data = 16'h0;
      16'h260c: data = 16'h2000;
      16'h260d: data = 16'h0;
      16'h260e: data = 16'h0;
      16'h260f: data = 16'h0;
      16'h2610: data = 16'h2000;
      16'h2611: data = 16'h2000;
      16'h2612: data = 16'h2000;
      16'h2613: data = 16'h2000;
      16'h2614: data = 16'h2000;
      16'h2615: data = 16'h2000;
      16'h2616: data = 16'h2000;
      16'h2617: data = 16'h2000;
      16'h2618: data = 16'h2000;
      16'h2619: data = 16'h2000;
      16'h261a: data = 16'h2000;
      16'h261b: data = 16'h2000;
      16'h261c: data = 16'h2000;
      16'h261d: data = 16'h2000;
      16'h261e: data = 16'h0;
      16'h261f: data = 16'h0;
      16'h2620: data = 16'h0;
      16'h2621: data = 16'h2000;
      16'h2622: data = 16'h0;
      16'h2623: data = 16'h0;
      16'h2624: data = 16'h0;
      16'h2625: data = 16'h0;
      16'h2626: data = 16'h0;
      16'h2627: data = 16'h0;
      16'h2628: data = 16'h2000;
      16'h2629: data = 16'h0;
      16'h262a: data = 16'h0;
      16'h262b: data = 16'h0;
      16'h262c: data = 16'h0;
      16'h262d: data = 16'h0;
      16'h262e: data = 16'h0;
      16'h262f: data = 16'h0;
      16'h2630: data = 16'h0;
      16'h2631: data = 16'h0;
      16'h2632: data = 16'h0;
      16'h2633: data = 16'h0;
      16'h2634: data = 16'h0;
      16'h2635: data = 16'h0;
      16'h2636: data = 16'h2000;
      16'h2637: data = 16'h0;
      16'h2638: data = 16'h0;
      16'h2639: data = 16'h0;
      16'h263a: data = 16'h0;
      16'h263b: data = 16'h0;
      16'h263c: data = 16'h0;
      16'h263d: data = 16'h2000;
      16'h263e: data = 16'h0;
      16'h263f: data = 16'h0;
      16'h2640: data = 16'h0;
      16'h2641: data = 16'h2000;
      16'h2642: data = 16'h2000;
      16'h2643: data = 16'h2000;
      16'h2644: data = 16'h2000;
      16'h2645: data = 16'h2000;
      16'h2646: data = 16'h2000;
      16'h2647: data = 16'h2000;
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__lanes__0__samples


module mgd_trainer_nist7x7_hw__lanes__0__samples_sync(clock,address,data);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    reg [15:0] mem[0:1];
    integer i;
    initial begin
       for (i = 0; i <= 1; i = i + 1) mem[i] = 0;
       data = 0;
    end
    
    always @(posedge clock) begin
       data <= mem[address[0:0]];
    end
endmodule // mgd_trainer_nist7x7_hw__lanes__0__samples_sync


module mgd_trainer_nist7x7_hw__lanes__0__theta_init(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 16'hfe71;
      10'b1: data = 16'hf949;
      10'b10: data = 16'h18c;
      10'b11: data = 16'hfb82;
      10'b100: data = 16'hfc8a;
      10'b101: data = 16'h35f;
      10'b110: data = 16'hff61;
      10'b111: data = 16'hfa71;
      10'b1000: data = 16'h5ff;
      10'b1001: data = 16'h34e;
      10'b1010: data = 16'hffbb;
      10'b1011: data = 16'h13c;
      10'b1100: data = 16'hf997;
      10'b1101: data = 16'hfc39;
      10'b1110: data = 16'hff41;
      10'b1111: data = 16'hfc7c;
      10'b10000: data = 16'h7db;
      10'b10001: data = 16'h699;
      10'b10010: data = 16'h727;
      10'b10011: data = 16'hfa22;
      10'b10100: data = 16'hfd80;
      10'b10101: data = 16'hffaf;
      10'b10110: data = 16'hfe5b;
      10'b10111: data = 16'hf838;
      10'b11000: data = 16'hf8c8;
      10'b11001: data = 16'hfaf6;
      10'b11010: data = 16'h69;
      10'b11011: data = 16'hfc4a;
      10'b11100: data = 16'hf96a;
      10'b11101: data = 16'hf99b;
      10'b11110: data = 16'h7db;
      10'b11111: data = 16'h31f;
      10'b100000: data = 16'hf9bb;
      10'b100001: data = 16'h146;
      10'b100010: data = 16'h3b1;
      10'b100011: data = 16'h346;
      10'b100100: data = 16'hfb93;
      10'b100101: data = 16'h740;
      10'b100110: data = 16'hfa0d;
      10'b100111: data = 16'h21f;
      10'b101000: data = 16'h4dd;
      10'b101001: data = 16'h14d;
      10'b101010: data = 16'h665;
      10'b101011: data = 16'hfe12;
      10'b101100: data = 16'hffa1;
      10'b101101: data = 16'h6c1;
      10'b101110: data = 16'hfd6b;
      10'b101111: data = 16'h203;
      10'b110000: data = 16'hfc82;
      10'b110001: data = 16'hfba1;
      10'b110010: data = 16'h126;
      10'b110011: data = 16'h6fc;
      10'b110100: data = 16'hfd85;
      10'b110101: data = 16'h684;
      10'b110110: data = 16'h7f0;
      10'b110111: data = 16'h63b;
      10'b111000: data = 16'h3b8;
      10'b111001: data = 16'h3e;
      10'b111010: data = 16'h266;
      10'b111011: data = 16'h119;
      10'b111100: data = 16'h1d4;
      10'b111101: data = 16'hff8d;
      10'b111110: data = 16'h260;
      10'b111111: data = 16'h1b5;
      10'b1000000: data = 16'hf90b;
      10'b1000001: data = 16'hfbd9;
      10'b1000010: data = 16'hfeba;
      10'b1000011: data = 16'hfddb;
      10'b1000100: data = 16'hfdce;
      10'b1000101: data = 16'hfc13;
      10'b1000110: data = 16'h16f;
      10'b1000111: data = 16'hfc68;
      10'b1001000: data = 16'h63e;
      10'b1001001: data = 16'h277;
      10'b1001010: data = 16'hfb77;
      10'b1001011: data = 16'h1ee;
      10'b1001100: data = 16'hfdce;
      10'b1001101: data = 16'hfc0e;
      10'b1001110: data = 16'h7bc;
      10'b1001111: data = 16'ha0;
      10'b1010000: data = 16'h70c;
      10'b1010001: data = 16'hfc15;
      10'b1010010: data = 16'hfc4d;
      10'b1010011: data = 16'hfa34;
      10'b1010100: data = 16'hfe5b;
      10'b1010101: data = 16'h616;
      10'b1010110: data = 16'h614;
      10'b1010111: data = 16'hf913;
      10'b1011000: data = 16'h5d0;
      10'b1011001: data = 16'h755;
      10'b1011010: data = 16'h6d7;
      10'b1011011: data = 16'hfa02;
      10'b1011100: data = 16'hf89d;
      10'b1011101: data = 16'hf872;
      10'b1011110: data = 16'h159;
      10'b1011111: data = 16'h380;
      10'b1100000: data = 16'h47f;
      10'b1100001: data = 16'h769;
      10'b1100010: data = 16'h3fd;
      10'b1100011: data = 16'hf99e;
      10'b1100100: data = 16'h29e;
      10'b1100101: data = 16'hfed2;
      10'b1100110: data = 16'hfef7;
      10'b1100111: data = 16'h268;
      10'b1101000: data = 16'h4df;
      10'b1101001: data = 16'hf892;
      10'b1101010: data = 16'h4f1;
      10'b1101011: data = 16'h24;
      10'b1101100: data = 16'hf85a;
      10'b1101101: data = 16'hfd08;
      10'b1101110: data = 16'h464;
      10'b1101111: data = 16'h7bf;
      10'b1110000: data = 16'h596;
      10'b1110001: data = 16'h1db;
      10'b1110010: data = 16'h8f;
      10'b1110011: data = 16'h16;
      10'b1110100: data = 16'hfe6e;
      10'b1110101: data = 16'h5c4;
      10'b1110110: data = 16'h513;
      10'b1110111: data = 16'hfee2;
      10'b1111000: data = 16'hf8e3;
      10'b1111001: data = 16'hd8;
      10'b1111010: data = 16'hfdfb;
      10'b1111011: data = 16'h7d5;
      10'b1111100: data = 16'hfddc;
      10'b1111101: data = 16'hfa29;
      10'b1111110: data = 16'hf89f;
      10'b1111111: data = 16'hfd29;
      10'b10000000: data = 16'hfc43;
      10'b10000001: data = 16'hfcbd;
      10'b10000010: data = 16'h574;
      10'b10000011: data = 16'h436;
      10'b10000100: data = 16'hfbb9;
      10'b10000101: data = 16'h588;
      10'b10000110: data = 16'h5c5;
      10'b10000111: data = 16'hffe1;
      10'b10001000: data = 16'h6b4;
      10'b10001001: data = 16'h437;
      10'b10001010: data = 16'h1e1;
      10'b10001011: data = 16'h65d;
      10'b10001100: data = 16'h483;
      10'b10001101: data = 16'h7fa;
      10'b10001110: data = 16'h168;
      10'b10001111: data = 16'h1f1;
      10'b10010000: data = 16'h627;
      10'b10010001: data = 16'h93;
      10'b10010010: data = 16'h1cd;
      10'b10010011: data = 16'h597;
      10'b10010100: data = 16'h152;
      10'b10010101: data = 16'hfc69;
      10'b10010110: data = 16'h107;
      10'b10010111: data = 16'h455;
      10'b10011000: data = 16'h3c8;
      10'b10011001: data = 16'h45f;
      10'b10011010: data = 16'hfd7d;
      10'b10011011: data = 16'h23a;
      10'b10011100: data = 16'hfa14;
      10'b10011101: data = 16'h294;
      10'b10011110: data = 16'hf9;
      10'b10011111: data = 16'h4ea;
      10'b10100000: data = 16'hfc79;
      10'b10100001: data = 16'hf89b;
      10'b10100010: data = 16'hfb04;
      10'b10100011: data = 16'h3d9;
      10'b10100100: data = 16'hf95c;
      10'b10100101: data = 16'hfea4;
      10'b10100110: data = 16'h54e;
      10'b10100111: data = 16'hff6b;
      10'b10101000: data = 16'hf916;
      10'b10101001: data = 16'hfe78;
      10'b10101010: data = 16'hfeb0;
      10'b10101011: data = 16'hfabf;
      10'b10101100: data = 16'hf911;
      10'b10101101: data = 16'hff3a;
      10'b10101110: data = 16'ha8;
      10'b10101111: data = 16'h27d;
      10'b10110000: data = 16'h146;
      10'b10110001: data = 16'h82;
      10'b10110010: data = 16'h608;
      10'b10110011: data = 16'hfd06;
      10'b10110100: data = 16'hf85d;
      10'b10110101: data = 16'h18d;
      10'b10110110: data = 16'h208;
      10'b10110111: data = 16'h546;
      10'b10111000: data = 16'h446;
      10'b10111001: data = 16'hf915;
      10'b10111010: data = 16'h194;
      10'b10111011: data = 16'hfb86;
      10'b10111100: data = 16'hf8f0;
      10'b10111101: data = 16'hfc55;
      10'b10111110: data = 16'hf9e0;
      10'b10111111: data = 16'h1d6;
      10'b11000000: data = 16'h396;
      10'b11000001: data = 16'h72;
      10'b11000010: data = 16'hff10;
      10'b11000011: data = 16'hfa3a;
      10'b11000100: data = 16'h47;
      10'b11000101: data = 16'h774;
      10'b11000110: data = 16'hf;
      10'b11000111: data = 16'h13f;
      10'b11001000: data = 16'h7b3;
      10'b11001001: data = 16'h37f;
      10'b11001010: data = 16'hf8b5;
      10'b11001011: data = 16'hf9df;
      10'b11001100: data = 16'hff64;
      10'b11001101: data = 16'h224;
      10'b11001110: data = 16'hfbf8;
      10'b11001111: data = 16'h163;
      10'b11010000: data = 16'h2a0;
      10'b11010001: data = 16'h229;
      10'b11010010: data = 16'h7e0;
      10'b11010011: data = 16'hf954;
      10'b11010100: data = 16'hfc57;
      10'b11010101: data = 16'h42f;
      10'b11010110: data = 16'hfb70;
      10'b11010111: data = 16'hff02;
      10'b11011000: data = 16'h51c;
      10'b11011001: data = 16'hf821;
      10'b11011010: data = 16'h4a1;
      10'b11011011: data = 16'h6b0;
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__lanes__0__theta_init


module mgd_trainer_nist7x7_hw__lanes__0__theta_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg signed [15:0] read_data;
    input wire  read2_clock;
    input wire  [9:0] read2_address;
    input wire  read2_enable;
    output reg signed [15:0] read2_data;
    input wire  [9:0] write_address;
    input wire signed [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [15:0] mem[0:255];
    integer i;
    initial begin
       for (i = 0; i <= 255; i = i + 1) mem[i] = 0;
       read_data = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[7:0]] <= write_data;
       end
       if (write_enable && write_address[7:0] == read_address[7:0]) begin
          read_data <= write_data;
       end else begin
          read_data <= mem[read_address[7:0]];
       end
    end
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[7:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_nist7x7_hw__lanes__0__theta_mem


module mgd_trainer_nist7x7_hw__lanes__0__vel_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [9:0] read_address;
    output reg signed [31:0] read_data;
    input wire  read2_clock;
    input wire  [9:0] read2_address;
    input wire  read2_enable;
    output reg signed [31:0] read2_data;
    input wire  [9:0] write_address;
    input wire signed [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg [31:0] mem[0:255];
    integer i;
    initial begin
       for (i = 0; i <= 255; i = i + 1) mem[i] = 0;
       read_data = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[7:0]] <= write_data;
       end
       if (write_enable && write_address[7:0] == read_address[7:0]) begin
          read_data <= write_data;
       end else begin
          read_data <= mem[read_address[7:0]];
       end
    end
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[7:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_nist7x7_hw__lanes__0__vel_mem


module mgd_trainer_nist7x7_hw__network(clock,reset,start,busy,done,issued,issue_soon,row,row_next,sweep_next,sweep_row_next,sweeping,row_first,row_used,row_bias,row_layer,act_row_next,out_write,out_lane,out_row,y_valid,y_index,sum_live,sum_ends,act_starts,act_ends);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    output reg  busy;
    output reg  done;
    output reg  issued;
    output reg  issue_soon;
    output reg  [9:0] row;
    output reg  [9:0] row_next;
    input wire  sweep_next;
    input wire  [9:0] sweep_row_next;
    input wire  sweeping;
    output reg  [9:0] row_first;
    output reg  [10:0] row_used;
    output reg  row_bias;
    output reg  [2:0] row_layer;
    output reg  [9:0] act_row_next;
    output reg  out_write;
    output reg  [9:0] out_lane;
    output reg  [9:0] out_row;
    output reg  y_valid;
    output reg  [7:0] y_index;
    output reg  sum_live;
    output reg  sum_ends;
    output reg  act_starts;
    output reg  act_ends;
    
    // Constant declarations
    localparam  last = 10'b11011011;
    localparam  issue_last = 10'b11011011;
    localparam  issue_before = 10'b11011001;
    localparam  act_row0 = 10'b0;
    localparam  row0_word = 64'h1000000c400;
    localparam  row0_next_act = 10'b1;
    localparam  piped = 1'b0;
    
    // Stub signals
    reg  [9:0] ucode__address;
    wire  [63:0] ucode__data;
    reg  [9:0] ucode_after__address;
    wire  [63:0] ucode_after__data;
    reg  [9:0] sweep_ucode__address;
    wire  [63:0] sweep_ucode__data;
    reg  [9:0] next_acts_after__address;
    wire  [9:0] next_acts_after__data;
    reg  [9:0] sweep_next_acts__address;
    wire  [9:0] sweep_next_acts__data;
    reg  [9:0] count__d;
    wire  [9:0] count__q;
    reg  count__clock;
    reg  [63:0] row_word__d;
    wire  [63:0] row_word__q;
    reg  row_word__clock;
    reg  [9:0] next_act__d;
    wire  [9:0] next_act__q;
    reg  next_act__clock;
    reg  running__d;
    wire  running__q;
    reg  running__clock;
    reg  finished__d;
    wire  finished__q;
    reg  finished__clock;
    reg  [63:0] pipe_word1__d;
    wire  [63:0] pipe_word1__q;
    reg  pipe_word1__clock;
    reg  [63:0] pipe_word2__d;
    wire  [63:0] pipe_word2__q;
    reg  pipe_word2__clock;
    reg  [63:0] pipe_word3__d;
    wire  [63:0] pipe_word3__q;
    reg  pipe_word3__clock;
    reg  [63:0] pipe_word4__d;
    wire  [63:0] pipe_word4__q;
    reg  pipe_word4__clock;
    reg  [63:0] pipe_word5__d;
    wire  [63:0] pipe_word5__q;
    reg  pipe_word5__clock;
    reg  [63:0] pipe_word6__d;
    wire  [63:0] pipe_word6__q;
    reg  pipe_word6__clock;
    
    // Local signals
    reg  [9:0] count_next;
    reg  [9:0] next_fetched;
    reg  runs_on;
    reg  infers_on;
    reg  [63:0] w3;
    reg  [63:0] w4;
    reg  [63:0] w5;
    reg  [63:0] w6;
    reg  live3;
    reg  live6;
    reg  bias3;
    reg  bias4;
    reg  bias5;
    reg  bias6;
    reg  [63:0] fetched;
    reg  [63:0] word;
    reg  bias;
    
    // Sub module instances
    mgd_trainer_nist7x7_hw__network__ucode ucode(
        .address(ucode__address),
        .data(ucode__data)
    );
    mgd_trainer_nist7x7_hw__network__ucode_after ucode_after(
        .address(ucode_after__address),
        .data(ucode_after__data)
    );
    mgd_trainer_nist7x7_hw__network__sweep_ucode sweep_ucode(
        .address(sweep_ucode__address),
        .data(sweep_ucode__data)
    );
    mgd_trainer_nist7x7_hw__network__next_acts_after next_acts_after(
        .address(next_acts_after__address),
        .data(next_acts_after__data)
    );
    mgd_trainer_nist7x7_hw__network__sweep_next_acts sweep_next_acts(
        .address(sweep_next_acts__address),
        .data(sweep_next_acts__data)
    );
    mgd_trainer_nist7x7_hw__network__count count(
        .d(count__d),
        .q(count__q),
        .clock(count__clock)
    );
    mgd_trainer_nist7x7_hw__network__row_word row_word(
        .d(row_word__d),
        .q(row_word__q),
        .clock(row_word__clock)
    );
    mgd_trainer_nist7x7_hw__network__next_act next_act(
        .d(next_act__d),
        .q(next_act__q),
        .clock(next_act__clock)
    );
    mgd_trainer_nist7x7_hw__network__running running(
        .d(running__d),
        .q(running__q),
        .clock(running__clock)
    );
    mgd_trainer_nist7x7_hw__network__finished finished(
        .d(finished__d),
        .q(finished__q),
        .clock(finished__clock)
    );
    mgd_trainer_nist7x7_hw__network__pipe_word1 pipe_word1(
        .d(pipe_word1__d),
        .q(pipe_word1__q),
        .clock(pipe_word1__clock)
    );
    mgd_trainer_nist7x7_hw__network__pipe_word2 pipe_word2(
        .d(pipe_word2__d),
        .q(pipe_word2__q),
        .clock(pipe_word2__clock)
    );
    mgd_trainer_nist7x7_hw__network__pipe_word3 pipe_word3(
        .d(pipe_word3__d),
        .q(pipe_word3__q),
        .clock(pipe_word3__clock)
    );
    mgd_trainer_nist7x7_hw__network__pipe_word4 pipe_word4(
        .d(pipe_word4__d),
        .q(pipe_word4__q),
        .clock(pipe_word4__clock)
    );
    mgd_trainer_nist7x7_hw__network__pipe_word5 pipe_word5(
        .d(pipe_word5__d),
        .q(pipe_word5__q),
        .clock(pipe_word5__clock)
    );
    mgd_trainer_nist7x7_hw__network__pipe_word6 pipe_word6(
        .d(pipe_word6__d),
        .q(pipe_word6__q),
        .clock(pipe_word6__clock)
    );
    
    // Update code
    always @(*) begin
        count__clock = clock;
        row_word__clock = clock;
        next_act__clock = clock;
        running__clock = clock;
        finished__clock = clock;
        pipe_word1__clock = clock;
        pipe_word2__clock = clock;
        pipe_word3__clock = clock;
        pipe_word4__clock = clock;
        pipe_word5__clock = clock;
        pipe_word6__clock = clock;
        count__d = count__q;
        row_word__d = row_word__q;
        next_act__d = next_act__q;
        running__d = running__q;
        finished__d = finished__q;
        pipe_word1__d = pipe_word1__q;
        pipe_word2__d = pipe_word2__q;
        pipe_word3__d = pipe_word3__q;
        pipe_word4__d = pipe_word4__q;
        pipe_word5__d = pipe_word5__q;
        pipe_word6__d = pipe_word6__q;
        count_next = count__q;
        word = row_word__q;
        bias = word[32'h14];
        row = count__q;
        pipe_word1__d = 32'h0;
        if (piped & running__q & |word[(32'h28)+:(11)]) begin
            pipe_word1__d = word;
        end
        pipe_word2__d = pipe_word1__q;
        pipe_word3__d = pipe_word2__q;
        pipe_word4__d = pipe_word3__q;
        pipe_word5__d = pipe_word4__q;
        pipe_word6__d = pipe_word5__q;
        w3 = word;
        w4 = word;
        w5 = word;
        w6 = word;
        live3 = running__q;
        live6 = running__q;
        if (piped) begin
            w3 = pipe_word3__q;
            w4 = pipe_word4__q;
            w5 = pipe_word5__q;
            w6 = pipe_word6__q;
            live3 = 1'b1;
            live6 = 1'b1;
        end
        bias3 = w3[32'h14];
        bias4 = w4[32'h14];
        bias5 = w5[32'h14];
        bias6 = w6[32'h14];
        row_first = word[(32'h33)+:(10)];
        row_used = word[(32'h28)+:(11)];
        row_bias = bias;
        row_layer = word[(32'h3d)+:(3)];
        sum_live = live3;
        sum_ends = bias3;
        act_starts = bias4;
        act_ends = bias5;
        busy = running__q;
        done = finished__q;
        issued = running__q & (count__q == issue_last);
        issue_soon = running__q & (count__q == issue_before);
        y_index = w6[(32'h16)+:(8)];
        y_valid = live6 & bias6 & w6[32'h15];
        out_write = live6 & bias6;
        out_lane = w6[(32'h1e)+:(10)];
        out_row = w6[(32'ha)+:(10)];
        finished__d = 1'b0;
        if (running__q) begin
            count_next = count__q + 32'h1;
            if (count__q == last) begin
                running__d = 1'b0;
                finished__d = 1'b1;
                count_next = 32'h0;
            end
        end
        if (start) begin
            running__d = 1'b1;
            finished__d = 1'b0;
            count_next = 32'h0;
        end
        if (reset) begin
            running__d = 1'b0;
            finished__d = 1'b0;
            count_next = 32'h0;
        end
        count__d = count_next;
        row_next = count_next;
        sweep_ucode__address = sweep_row_next;
        sweep_next_acts__address = sweep_row_next;
        ucode_after__address = count__q;
        next_acts_after__address = count__q;
        next_fetched = 32'h0;
        infers_on = running__q & ~start & ~reset;
        runs_on = ~reset & ((running__q & (count__q != last)) | (sweeping & sweep_next));
        if (piped) begin
            ucode__address = 32'h0;
            if (sweep_next) begin
                fetched = sweep_ucode__data;
                next_fetched = sweep_next_acts__data;
            end
            else if (infers_on) begin
                fetched = ucode_after__data;
                next_fetched = next_acts_after__data;
            end
            else begin
                fetched = row0_word;
                next_fetched = row0_next_act;
            end
        end
        else begin
            if (sweep_next) begin
                ucode__address = sweep_row_next;
            end
            else begin
                ucode__address = count_next;
            end
            fetched = ucode__data;
        end
        row_word__d = fetched;
        next_act__d = next_fetched;
        if (~piped) begin
            act_row_next = fetched[(32'h0)+:(10)];
        end
        else if (runs_on) begin
            act_row_next = next_act__q;
        end
        else begin
            act_row_next = act_row0;
        end
    end
    
endmodule // mgd_trainer_nist7x7_hw__network


module mgd_trainer_nist7x7_hw__network__count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__network__count


module mgd_trainer_nist7x7_hw__network__finished(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__network__finished


module mgd_trainer_nist7x7_hw__network__next_act(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__network__next_act


module mgd_trainer_nist7x7_hw__network__next_acts_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__network__next_acts_after


module mgd_trainer_nist7x7_hw__network__pipe_word1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__network__pipe_word1


module mgd_trainer_nist7x7_hw__network__pipe_word2(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__network__pipe_word2


module mgd_trainer_nist7x7_hw__network__pipe_word3(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__network__pipe_word3


module mgd_trainer_nist7x7_hw__network__pipe_word4(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__network__pipe_word4


module mgd_trainer_nist7x7_hw__network__pipe_word5(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__network__pipe_word5


module mgd_trainer_nist7x7_hw__network__pipe_word6(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__network__pipe_word6


module mgd_trainer_nist7x7_hw__network__row_word(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__network__row_word


module mgd_trainer_nist7x7_hw__network__running(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__network__running


module mgd_trainer_nist7x7_hw__network__sweep_next_acts(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__network__sweep_next_acts


module mgd_trainer_nist7x7_hw__network__sweep_ucode(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [63:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__network__sweep_ucode


module mgd_trainer_nist7x7_hw__network__ucode(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [63:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 64'h1000000c400;
      10'b1: data = 64'h801000000c401;
      10'b10: data = 64'h1001000000c402;
      10'b11: data = 64'h1801000000c403;
      10'b100: data = 64'h2001000000c404;
      10'b101: data = 64'h2801000000c405;
      10'b110: data = 64'h3001000000c406;
      10'b111: data = 64'h3801000000c407;
      10'b1000: data = 64'h4001000000c408;
      10'b1001: data = 64'h4801000000c409;
      10'b1010: data = 64'h5001000000c40a;
      10'b1011: data = 64'h5801000000c40b;
      10'b1100: data = 64'h6001000000c40c;
      10'b1101: data = 64'h6801000000c40d;
      10'b1110: data = 64'h7001000000c40e;
      10'b1111: data = 64'h7801000000c40f;
      10'b10000: data = 64'h8001000000c410;
      10'b10001: data = 64'h8801000000c411;
      10'b10010: data = 64'h9001000000c412;
      10'b10011: data = 64'h9801000000c413;
      10'b10100: data = 64'ha001000000c414;
      10'b10101: data = 64'ha801000000c415;
      10'b10110: data = 64'hb001000000c416;
      10'b10111: data = 64'hb801000000c417;
      10'b11000: data = 64'hc001000000c418;
      10'b11001: data = 64'hc801000000c419;
      10'b11010: data = 64'hd001000000c41a;
      10'b11011: data = 64'hd801000000c41b;
      10'b11100: data = 64'he001000000c41c;
      10'b11101: data = 64'he801000000c41d;
      10'b11110: data = 64'hf001000000c41e;
      10'b11111: data = 64'hf801000000c41f;
      10'b100000: data = 64'h10001000000c420;
      10'b100001: data = 64'h10801000000c421;
      10'b100010: data = 64'h11001000000c422;
      10'b100011: data = 64'h11801000000c423;
      10'b100100: data = 64'h12001000000c424;
      10'b100101: data = 64'h12801000000c425;
      10'b100110: data = 64'h13001000000c426;
      10'b100111: data = 64'h13801000000c427;
      10'b101000: data = 64'h14001000000c428;
      10'b101001: data = 64'h14801000000c429;
      10'b101010: data = 64'h15001000000c42a;
      10'b101011: data = 64'h15801000000c42b;
      10'b101100: data = 64'h16001000000c42c;
      10'b101101: data = 64'h16801000000c42d;
      10'b101110: data = 64'h17001000000c42e;
      10'b101111: data = 64'h17801000000c42f;
      10'b110000: data = 64'h18001000000c430;
      10'b110001: data = 64'h18801000010c400;
      10'b110010: data = 64'h19001000040c800;
      10'b110011: data = 64'h19801000040c801;
      10'b110100: data = 64'h1a001000040c802;
      10'b110101: data = 64'h1a801000040c803;
      10'b110110: data = 64'h1b001000040c804;
      10'b110111: data = 64'h1b801000040c805;
      10'b111000: data = 64'h1c001000040c806;
      10'b111001: data = 64'h1c801000040c807;
      10'b111010: data = 64'h1d001000040c808;
      10'b111011: data = 64'h1d801000040c809;
      10'b111100: data = 64'h1e001000040c80a;
      10'b111101: data = 64'h1e801000040c80b;
      10'b111110: data = 64'h1f001000040c80c;
      10'b111111: data = 64'h1f801000040c80d;
      10'b1000000: data = 64'h20001000040c80e;
      10'b1000001: data = 64'h20801000040c80f;
      10'b1000010: data = 64'h21001000040c810;
      10'b1000011: data = 64'h21801000040c811;
      10'b1000100: data = 64'h22001000040c812;
      10'b1000101: data = 64'h22801000040c813;
      10'b1000110: data = 64'h23001000040c814;
      10'b1000111: data = 64'h23801000040c815;
      10'b1001000: data = 64'h24001000040c816;
      10'b1001001: data = 64'h24801000040c817;
      10'b1001010: data = 64'h25001000040c818;
      10'b1001011: data = 64'h25801000040c819;
      10'b1001100: data = 64'h26001000040c81a;
      10'b1001101: data = 64'h26801000040c81b;
      10'b1001110: data = 64'h27001000040c81c;
      10'b1001111: data = 64'h27801000040c81d;
      10'b1010000: data = 64'h28001000040c81e;
      10'b1010001: data = 64'h28801000040c81f;
      10'b1010010: data = 64'h29001000040c820;
      10'b1010011: data = 64'h29801000040c821;
      10'b1010100: data = 64'h2a001000040c822;
      10'b1010101: data = 64'h2a801000040c823;
      10'b1010110: data = 64'h2b001000040c824;
      10'b1010111: data = 64'h2b801000040c825;
      10'b1011000: data = 64'h2c001000040c826;
      10'b1011001: data = 64'h2c801000040c827;
      10'b1011010: data = 64'h2d001000040c828;
      10'b1011011: data = 64'h2d801000040c829;
      10'b1011100: data = 64'h2e001000040c82a;
      10'b1011101: data = 64'h2e801000040c82b;
      10'b1011110: data = 64'h2f001000040c82c;
      10'b1011111: data = 64'h2f801000040c82d;
      10'b1100000: data = 64'h30001000040c82e;
      10'b1100001: data = 64'h30801000040c82f;
      10'b1100010: data = 64'h31001000040c830;
      10'b1100011: data = 64'h31801000050c800;
      10'b1100100: data = 64'h32001000080cc00;
      10'b1100101: data = 64'h32801000080cc01;
      10'b1100110: data = 64'h33001000080cc02;
      10'b1100111: data = 64'h33801000080cc03;
      10'b1101000: data = 64'h34001000080cc04;
      10'b1101001: data = 64'h34801000080cc05;
      10'b1101010: data = 64'h35001000080cc06;
      10'b1101011: data = 64'h35801000080cc07;
      10'b1101100: data = 64'h36001000080cc08;
      10'b1101101: data = 64'h36801000080cc09;
      10'b1101110: data = 64'h37001000080cc0a;
      10'b1101111: data = 64'h37801000080cc0b;
      10'b1110000: data = 64'h38001000080cc0c;
      10'b1110001: data = 64'h38801000080cc0d;
      10'b1110010: data = 64'h39001000080cc0e;
      10'b1110011: data = 64'h39801000080cc0f;
      10'b1110100: data = 64'h3a001000080cc10;
      10'b1110101: data = 64'h3a801000080cc11;
      10'b1110110: data = 64'h3b001000080cc12;
      10'b1110111: data = 64'h3b801000080cc13;
      10'b1111000: data = 64'h3c001000080cc14;
      10'b1111001: data = 64'h3c801000080cc15;
      10'b1111010: data = 64'h3d001000080cc16;
      10'b1111011: data = 64'h3d801000080cc17;
      10'b1111100: data = 64'h3e001000080cc18;
      10'b1111101: data = 64'h3e801000080cc19;
      10'b1111110: data = 64'h3f001000080cc1a;
      10'b1111111: data = 64'h3f801000080cc1b;
      10'b10000000: data = 64'h40001000080cc1c;
      10'b10000001: data = 64'h40801000080cc1d;
      10'b10000010: data = 64'h41001000080cc1e;
      10'b10000011: data = 64'h41801000080cc1f;
      10'b10000100: data = 64'h42001000080cc20;
      10'b10000101: data = 64'h42801000080cc21;
      10'b10000110: data = 64'h43001000080cc22;
      10'b10000111: data = 64'h43801000080cc23;
      10'b10001000: data = 64'h44001000080cc24;
      10'b10001001: data = 64'h44801000080cc25;
      10'b10001010: data = 64'h45001000080cc26;
      10'b10001011: data = 64'h45801000080cc27;
      10'b10001100: data = 64'h46001000080cc28;
      10'b10001101: data = 64'h46801000080cc29;
      10'b10001110: data = 64'h47001000080cc2a;
      10'b10001111: data = 64'h47801000080cc2b;
      10'b10010000: data = 64'h48001000080cc2c;
      10'b10010001: data = 64'h48801000080cc2d;
      10'b10010010: data = 64'h49001000080cc2e;
      10'b10010011: data = 64'h49801000080cc2f;
      10'b10010100: data = 64'h4a001000080cc30;
      10'b10010101: data = 64'h4a801000090cc00;
      10'b10010110: data = 64'h4b0010000c0d000;
      10'b10010111: data = 64'h4b8010000c0d001;
      10'b10011000: data = 64'h4c0010000c0d002;
      10'b10011001: data = 64'h4c8010000c0d003;
      10'b10011010: data = 64'h4d0010000c0d004;
      10'b10011011: data = 64'h4d8010000c0d005;
      10'b10011100: data = 64'h4e0010000c0d006;
      10'b10011101: data = 64'h4e8010000c0d007;
      10'b10011110: data = 64'h4f0010000c0d008;
      10'b10011111: data = 64'h4f8010000c0d009;
      10'b10100000: data = 64'h500010000c0d00a;
      10'b10100001: data = 64'h508010000c0d00b;
      10'b10100010: data = 64'h510010000c0d00c;
      10'b10100011: data = 64'h518010000c0d00d;
      10'b10100100: data = 64'h520010000c0d00e;
      10'b10100101: data = 64'h528010000c0d00f;
      10'b10100110: data = 64'h530010000c0d010;
      10'b10100111: data = 64'h538010000c0d011;
      10'b10101000: data = 64'h540010000c0d012;
      10'b10101001: data = 64'h548010000c0d013;
      10'b10101010: data = 64'h550010000c0d014;
      10'b10101011: data = 64'h558010000c0d015;
      10'b10101100: data = 64'h560010000c0d016;
      10'b10101101: data = 64'h568010000c0d017;
      10'b10101110: data = 64'h570010000c0d018;
      10'b10101111: data = 64'h578010000c0d019;
      10'b10110000: data = 64'h580010000c0d01a;
      10'b10110001: data = 64'h588010000c0d01b;
      10'b10110010: data = 64'h590010000c0d01c;
      10'b10110011: data = 64'h598010000c0d01d;
      10'b10110100: data = 64'h5a0010000c0d01e;
      10'b10110101: data = 64'h5a8010000c0d01f;
      10'b10110110: data = 64'h5b0010000c0d020;
      10'b10110111: data = 64'h5b8010000c0d021;
      10'b10111000: data = 64'h5c0010000c0d022;
      10'b10111001: data = 64'h5c8010000c0d023;
      10'b10111010: data = 64'h5d0010000c0d024;
      10'b10111011: data = 64'h5d8010000c0d025;
      10'b10111100: data = 64'h5e0010000c0d026;
      10'b10111101: data = 64'h5e8010000c0d027;
      10'b10111110: data = 64'h5f0010000c0d028;
      10'b10111111: data = 64'h5f8010000c0d029;
      10'b11000000: data = 64'h600010000c0d02a;
      10'b11000001: data = 64'h608010000c0d02b;
      10'b11000010: data = 64'h610010000c0d02c;
      10'b11000011: data = 64'h618010000c0d02d;
      10'b11000100: data = 64'h620010000c0d02e;
      10'b11000101: data = 64'h628010000c0d02f;
      10'b11000110: data = 64'h630010000c0d030;
      10'b11000111: data = 64'h638010000d0d000;
      10'b11001000: data = 64'h264001000020d431;
      10'b11001001: data = 64'h264801000020d432;
      10'b11001010: data = 64'h265001000020d433;
      10'b11001011: data = 64'h265801000020d434;
      10'b11001100: data = 64'h266001000030d400;
      10'b11001101: data = 64'h266801000060d831;
      10'b11001110: data = 64'h267001000060d832;
      10'b11001111: data = 64'h267801000060d833;
      10'b11010000: data = 64'h268001000060d834;
      10'b11010001: data = 64'h268801000070d800;
      10'b11010010: data = 64'h2690010000a0dc31;
      10'b11010011: data = 64'h2698010000a0dc32;
      10'b11010100: data = 64'h26a0010000a0dc33;
      10'b11010101: data = 64'h26a8010000a0dc34;
      10'b11010110: data = 64'h26b0010000b0dc00;
      10'b11010111: data = 64'h26b8010000e0e031;
      10'b11011000: data = 64'h26c0010000e0e032;
      10'b11011001: data = 64'h26c8010000e0e033;
      10'b11011010: data = 64'h26d0010000e0e034;
      10'b11011011: data = 64'h26d8010000f0e000;
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__network__ucode


module mgd_trainer_nist7x7_hw__network__ucode_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [63:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__network__ucode_after


module mgd_trainer_nist7x7_hw__neurons__0(clock,reset,start,row_sum,sum_live,sum_ends,act_starts,act_ends,y,pick_in,pick_group_in,pick_out,pick_group_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire signed [41:0] row_sum;
    input wire  sum_live;
    input wire  sum_ends;
    input wire  act_starts;
    input wire  act_ends;
    output reg signed [15:0] y;
    input wire signed [15:0] pick_in;
    input wire  [7:0] pick_group_in;
    output reg signed [15:0] pick_out;
    output reg  [7:0] pick_group_out;
    
    // Constant declarations
    localparam  group = 8'h0;
    localparam  first = 1'b1;
    localparam  flip16 = 16'h8000;
    localparam signed one32 = 32'h2000;
    localparam signed half32 = 32'h1000;
    localparam signed zero32 = 32'h0;
    localparam signed zero_acc = 42'h0;
    localparam  hi_ones = 11'b11111111111;
    localparam signed act_max = 16'h3fff;
    localparam signed act_min = 16'hc000;
    localparam  u_mask = 42'h3fffc000000;
    localparam signed wide_max = 32'h7fffffff;
    localparam signed wide_min = 32'h80000000;
    localparam  theta_frac = 8'hc;
    localparam  quarter_fill = 32'hc0000000;
    localparam  relu = 1'b0;
    localparam  flip = 32'h80000000;
    localparam  one_f = 32'h80002000;
    localparam  sigmoid = 1'b0;
    localparam  sig_lo_f = 32'h80000000;
    localparam  sig_hi_f = 32'h80000000;
    localparam  sig_lo = 32'h0;
    localparam  sig_hi = 32'h0;
    localparam  sig_half = 32'h1;
    localparam  sig_half_neg = 32'h0;
    localparam  sig_shift = 8'h1;
    localparam  sig_fill = 32'h80000000;
    localparam  sig_mid = 12'h800;
    localparam  piped = 1'b0;
    
    // Stub signals
    reg  [11:0] sig_rom__address;
    wire  [15:0] sig_rom__data;
    reg signed [41:0] acc__d;
    wire signed [41:0] acc__q;
    reg  acc__clock;
    reg signed [41:0] pipe_sum__d;
    wire signed [41:0] pipe_sum__q;
    reg  pipe_sum__clock;
    reg signed [15:0] pipe_u__d;
    wire signed [15:0] pipe_u__q;
    reg  pipe_u__clock;
    reg signed [15:0] pipe_out__d;
    wire signed [15:0] pipe_out__q;
    reg  pipe_out__clock;
    
    // Local signals
    reg signed [15:0] v_in;
    reg signed [15:0] v;
    reg signed [31:0] v32;
    reg  [15:0] v_u;
    reg signed [41:0] fin;
    reg signed [41:0] sum;
    reg  [41:0] sum_u;
    reg  [10:0] sum_hi;
    reg signed [31:0] sat;
    reg  [41:0] u_top;
    reg  [41:0] u_shift;
    reg  [31:0] quarter;
    reg signed [31:0] h;
    reg signed [31:0] g;
    reg  [31:0] sat_f;
    reg  [31:0] sig_c;
    reg  [31:0] sig_r;
    reg  [31:0] sig_j;
    reg signed [15:0] out;
    reg signed [15:0] y_v;
    
    // Sub module instances
    mgd_trainer_nist7x7_hw__neurons__0__sig_rom sig_rom(
        .address(sig_rom__address),
        .data(sig_rom__data)
    );
    mgd_trainer_nist7x7_hw__neurons__0__acc acc(
        .d(acc__d),
        .q(acc__q),
        .clock(acc__clock)
    );
    mgd_trainer_nist7x7_hw__neurons__0__pipe_sum pipe_sum(
        .d(pipe_sum__d),
        .q(pipe_sum__q),
        .clock(pipe_sum__clock)
    );
    mgd_trainer_nist7x7_hw__neurons__0__pipe_u pipe_u(
        .d(pipe_u__d),
        .q(pipe_u__q),
        .clock(pipe_u__clock)
    );
    mgd_trainer_nist7x7_hw__neurons__0__pipe_out pipe_out(
        .d(pipe_out__d),
        .q(pipe_out__q),
        .clock(pipe_out__clock)
    );
    
    // Update code
    always @(*) begin
        acc__clock = clock;
        pipe_sum__clock = clock;
        pipe_u__clock = clock;
        pipe_out__clock = clock;
        acc__d = acc__q;
        pipe_sum__d = pipe_sum__q;
        pipe_u__d = pipe_u__q;
        pipe_out__d = pipe_out__q;
        sum = acc__q + row_sum;
        pipe_sum__d = zero_acc;
        if (piped & sum_ends) begin
            pipe_sum__d = sum;
        end
        fin = sum;
        if (piped) begin
            fin = pipe_sum__q;
        end
        sat = $signed(fin);
        sum_u = $unsigned(fin);
        sum_hi = sum_u[(32'h1f)+:(11)];
        if (|sum_hi & (sum_hi != hi_ones)) begin
            sat = wide_max;
            if (fin[32'h29]) begin
                sat = wide_min;
            end
        end
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
        if (sig_r[32'h1f]) begin
            sig_j = (sig_r >> sig_shift) | sig_fill;
        end
        u_top = sum_u & u_mask;
        u_shift = sum_u >> theta_frac;
        v_in = $signed(u_shift[(32'h0)+:(16)]);
        if (|u_top & (u_top != u_mask)) begin
            v_in = act_max;
            if (fin[32'h29]) begin
                v_in = act_min;
            end
        end
        if (sigmoid) begin
            v_in = $signed(sig_j[(32'h0)+:(16)]);
        end
        pipe_u__d = 32'h0;
        if (piped & act_starts) begin
            pipe_u__d = v_in;
        end
        v = v_in;
        if (piped) begin
            v = pipe_u__q;
        end
        v32 = $signed(v);
        quarter = $unsigned(v32) >> 32'h2;
        if (v32[32'h1f]) begin
            quarter = ($unsigned(v32) >> 32'h2) | quarter_fill;
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
            g = v32;
            if (v32[32'h1f]) begin
                g = zero32;
            end
        end
        out = $signed(g);
        v_u = $unsigned(v);
        sig_rom__address = v_u[(32'h0)+:(12)] ^ sig_mid;
        if (sigmoid) begin
            out = $signed(sig_rom__data);
        end
        pipe_out__d = 32'h0;
        if (piped & act_ends) begin
            pipe_out__d = out;
        end
        y_v = out;
        if (piped) begin
            y_v = pipe_out__q;
        end
        y = y_v;
        if (first | (($unsigned(y_v) ^ flip16) > ($unsigned(pick_in) ^ flip16))) begin
            pick_out = y_v;
            pick_group_out = group;
        end
        else begin
            pick_out = pick_in;
            pick_group_out = pick_group_in;
        end
        if (sum_live) begin
            acc__d = sum;
            if (sum_ends) begin
                acc__d = zero_acc;
            end
        end
        if (start & ~piped) begin
            acc__d = zero_acc;
        end
        if (reset) begin
            acc__d = zero_acc;
        end
    end
    
endmodule // mgd_trainer_nist7x7_hw__neurons__0


module mgd_trainer_nist7x7_hw__neurons__0__acc(d,q,clock);
    
    // Module arguments
    input wire signed [41:0] d;
    output reg signed [41:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 42'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__neurons__0__acc


module mgd_trainer_nist7x7_hw__neurons__0__pipe_out(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__neurons__0__pipe_out


module mgd_trainer_nist7x7_hw__neurons__0__pipe_sum(d,q,clock);
    
    // Module arguments
    input wire signed [41:0] d;
    output reg signed [41:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 42'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__neurons__0__pipe_sum


module mgd_trainer_nist7x7_hw__neurons__0__pipe_u(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__neurons__0__pipe_u


module mgd_trainer_nist7x7_hw__neurons__0__sig_rom(address,data);
    
    // Module arguments
    input wire  [11:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__neurons__0__sig_rom


module mgd_trainer_nist7x7_hw__pass_amps(address,data);
    
    // Module arguments
    input wire  [2:0] address;
    output reg signed [31:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        3'b0: data = 32'h3;
      3'b1: data = 32'h3;
      3'b10: data = 32'h3;
      3'b11: data = 32'h3;
      3'b100: data = 32'h3;
      3'b101: data = 32'h3;
      3'b110: data = 32'h3;
      3'b111: data = 32'h3;
      default: data = 32'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__pass_amps


module mgd_trainer_nist7x7_hw__perturbation(clock,reset,restart,advance,stepped,next_window,state,window);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  restart;
    input wire  advance;
    input wire  [15:0] stepped;
    input wire  next_window;
    output reg  [15:0] state;
    output reg  [9:0] window;
    
    // Constant declarations
    localparam  seed = 16'h1;
    localparam  slot_last = 10'b11011011;
    
    // Stub signals
    reg  [15:0] lfsr__d;
    wire  [15:0] lfsr__q;
    reg  lfsr__clock;
    reg  [15:0] start__d;
    wire  [15:0] start__q;
    reg  start__clock;
    reg  [9:0] slot__d;
    wire  [9:0] slot__q;
    reg  slot__clock;
    
    // Sub module instances
    mgd_trainer_nist7x7_hw__perturbation__lfsr lfsr(
        .d(lfsr__d),
        .q(lfsr__q),
        .clock(lfsr__clock)
    );
    mgd_trainer_nist7x7_hw__perturbation__start start(
        .d(start__d),
        .q(start__q),
        .clock(start__clock)
    );
    mgd_trainer_nist7x7_hw__perturbation__slot slot(
        .d(slot__d),
        .q(slot__q),
        .clock(slot__clock)
    );
    
    // Update code
    always @(*) begin
        lfsr__clock = clock;
        start__clock = clock;
        slot__clock = clock;
        lfsr__d = lfsr__q;
        start__d = start__q;
        slot__d = slot__q;
        state = lfsr__q;
        window = slot__q;
        if (advance) begin
            lfsr__d = stepped;
        end
        if (restart) begin
            lfsr__d = start__q;
        end
        if (next_window) begin
            start__d = lfsr__q;
            slot__d = slot__q + 32'h1;
            if (slot__q == slot_last) begin
                slot__d = 32'h0;
            end
        end
        if (reset) begin
            lfsr__d = seed;
            start__d = seed;
            slot__d = 32'h0;
        end
    end
    
endmodule // mgd_trainer_nist7x7_hw__perturbation


module mgd_trainer_nist7x7_hw__perturbation__lfsr(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__perturbation__lfsr


module mgd_trainer_nist7x7_hw__perturbation__slot(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__perturbation__slot


module mgd_trainer_nist7x7_hw__perturbation__start(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__perturbation__start


module mgd_trainer_nist7x7_hw__read_map(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 20'h0;
      10'b1: data = 20'h1;
      10'b10: data = 20'h2;
      10'b11: data = 20'h3;
      10'b100: data = 20'h4;
      10'b101: data = 20'h5;
      10'b110: data = 20'h6;
      10'b111: data = 20'h7;
      10'b1000: data = 20'h8;
      10'b1001: data = 20'h9;
      10'b1010: data = 20'ha;
      10'b1011: data = 20'hb;
      10'b1100: data = 20'hc;
      10'b1101: data = 20'hd;
      10'b1110: data = 20'he;
      10'b1111: data = 20'hf;
      10'b10000: data = 20'h10;
      10'b10001: data = 20'h11;
      10'b10010: data = 20'h12;
      10'b10011: data = 20'h13;
      10'b10100: data = 20'h14;
      10'b10101: data = 20'h15;
      10'b10110: data = 20'h16;
      10'b10111: data = 20'h17;
      10'b11000: data = 20'h18;
      10'b11001: data = 20'h19;
      10'b11010: data = 20'h1a;
      10'b11011: data = 20'h1b;
      10'b11100: data = 20'h1c;
      10'b11101: data = 20'h1d;
      10'b11110: data = 20'h1e;
      10'b11111: data = 20'h1f;
      10'b100000: data = 20'h20;
      10'b100001: data = 20'h21;
      10'b100010: data = 20'h22;
      10'b100011: data = 20'h23;
      10'b100100: data = 20'h24;
      10'b100101: data = 20'h25;
      10'b100110: data = 20'h26;
      10'b100111: data = 20'h27;
      10'b101000: data = 20'h28;
      10'b101001: data = 20'h29;
      10'b101010: data = 20'h2a;
      10'b101011: data = 20'h2b;
      10'b101100: data = 20'h2c;
      10'b101101: data = 20'h2d;
      10'b101110: data = 20'h2e;
      10'b101111: data = 20'h2f;
      10'b110000: data = 20'h30;
      10'b110001: data = 20'h31;
      10'b110010: data = 20'h32;
      10'b110011: data = 20'h33;
      10'b110100: data = 20'h34;
      10'b110101: data = 20'h35;
      10'b110110: data = 20'h36;
      10'b110111: data = 20'h37;
      10'b111000: data = 20'h38;
      10'b111001: data = 20'h39;
      10'b111010: data = 20'h3a;
      10'b111011: data = 20'h3b;
      10'b111100: data = 20'h3c;
      10'b111101: data = 20'h3d;
      10'b111110: data = 20'h3e;
      10'b111111: data = 20'h3f;
      10'b1000000: data = 20'h40;
      10'b1000001: data = 20'h41;
      10'b1000010: data = 20'h42;
      10'b1000011: data = 20'h43;
      10'b1000100: data = 20'h44;
      10'b1000101: data = 20'h45;
      10'b1000110: data = 20'h46;
      10'b1000111: data = 20'h47;
      10'b1001000: data = 20'h48;
      10'b1001001: data = 20'h49;
      10'b1001010: data = 20'h4a;
      10'b1001011: data = 20'h4b;
      10'b1001100: data = 20'h4c;
      10'b1001101: data = 20'h4d;
      10'b1001110: data = 20'h4e;
      10'b1001111: data = 20'h4f;
      10'b1010000: data = 20'h50;
      10'b1010001: data = 20'h51;
      10'b1010010: data = 20'h52;
      10'b1010011: data = 20'h53;
      10'b1010100: data = 20'h54;
      10'b1010101: data = 20'h55;
      10'b1010110: data = 20'h56;
      10'b1010111: data = 20'h57;
      10'b1011000: data = 20'h58;
      10'b1011001: data = 20'h59;
      10'b1011010: data = 20'h5a;
      10'b1011011: data = 20'h5b;
      10'b1011100: data = 20'h5c;
      10'b1011101: data = 20'h5d;
      10'b1011110: data = 20'h5e;
      10'b1011111: data = 20'h5f;
      10'b1100000: data = 20'h60;
      10'b1100001: data = 20'h61;
      10'b1100010: data = 20'h62;
      10'b1100011: data = 20'h63;
      10'b1100100: data = 20'h64;
      10'b1100101: data = 20'h65;
      10'b1100110: data = 20'h66;
      10'b1100111: data = 20'h67;
      10'b1101000: data = 20'h68;
      10'b1101001: data = 20'h69;
      10'b1101010: data = 20'h6a;
      10'b1101011: data = 20'h6b;
      10'b1101100: data = 20'h6c;
      10'b1101101: data = 20'h6d;
      10'b1101110: data = 20'h6e;
      10'b1101111: data = 20'h6f;
      10'b1110000: data = 20'h70;
      10'b1110001: data = 20'h71;
      10'b1110010: data = 20'h72;
      10'b1110011: data = 20'h73;
      10'b1110100: data = 20'h74;
      10'b1110101: data = 20'h75;
      10'b1110110: data = 20'h76;
      10'b1110111: data = 20'h77;
      10'b1111000: data = 20'h78;
      10'b1111001: data = 20'h79;
      10'b1111010: data = 20'h7a;
      10'b1111011: data = 20'h7b;
      10'b1111100: data = 20'h7c;
      10'b1111101: data = 20'h7d;
      10'b1111110: data = 20'h7e;
      10'b1111111: data = 20'h7f;
      10'b10000000: data = 20'h80;
      10'b10000001: data = 20'h81;
      10'b10000010: data = 20'h82;
      10'b10000011: data = 20'h83;
      10'b10000100: data = 20'h84;
      10'b10000101: data = 20'h85;
      10'b10000110: data = 20'h86;
      10'b10000111: data = 20'h87;
      10'b10001000: data = 20'h88;
      10'b10001001: data = 20'h89;
      10'b10001010: data = 20'h8a;
      10'b10001011: data = 20'h8b;
      10'b10001100: data = 20'h8c;
      10'b10001101: data = 20'h8d;
      10'b10001110: data = 20'h8e;
      10'b10001111: data = 20'h8f;
      10'b10010000: data = 20'h90;
      10'b10010001: data = 20'h91;
      10'b10010010: data = 20'h92;
      10'b10010011: data = 20'h93;
      10'b10010100: data = 20'h94;
      10'b10010101: data = 20'h95;
      10'b10010110: data = 20'h96;
      10'b10010111: data = 20'h97;
      10'b10011000: data = 20'h98;
      10'b10011001: data = 20'h99;
      10'b10011010: data = 20'h9a;
      10'b10011011: data = 20'h9b;
      10'b10011100: data = 20'h9c;
      10'b10011101: data = 20'h9d;
      10'b10011110: data = 20'h9e;
      10'b10011111: data = 20'h9f;
      10'b10100000: data = 20'ha0;
      10'b10100001: data = 20'ha1;
      10'b10100010: data = 20'ha2;
      10'b10100011: data = 20'ha3;
      10'b10100100: data = 20'ha4;
      10'b10100101: data = 20'ha5;
      10'b10100110: data = 20'ha6;
      10'b10100111: data = 20'ha7;
      10'b10101000: data = 20'ha8;
      10'b10101001: data = 20'ha9;
      10'b10101010: data = 20'haa;
      10'b10101011: data = 20'hab;
      10'b10101100: data = 20'hac;
      10'b10101101: data = 20'had;
      10'b10101110: data = 20'hae;
      10'b10101111: data = 20'haf;
      10'b10110000: data = 20'hb0;
      10'b10110001: data = 20'hb1;
      10'b10110010: data = 20'hb2;
      10'b10110011: data = 20'hb3;
      10'b10110100: data = 20'hb4;
      10'b10110101: data = 20'hb5;
      10'b10110110: data = 20'hb6;
      10'b10110111: data = 20'hb7;
      10'b10111000: data = 20'hb8;
      10'b10111001: data = 20'hb9;
      10'b10111010: data = 20'hba;
      10'b10111011: data = 20'hbb;
      10'b10111100: data = 20'hbc;
      10'b10111101: data = 20'hbd;
      10'b10111110: data = 20'hbe;
      10'b10111111: data = 20'hbf;
      10'b11000000: data = 20'hc0;
      10'b11000001: data = 20'hc1;
      10'b11000010: data = 20'hc2;
      10'b11000011: data = 20'hc3;
      10'b11000100: data = 20'hc4;
      10'b11000101: data = 20'hc5;
      10'b11000110: data = 20'hc6;
      10'b11000111: data = 20'hc7;
      10'b11001000: data = 20'hc8;
      10'b11001001: data = 20'hc9;
      10'b11001010: data = 20'hca;
      10'b11001011: data = 20'hcb;
      10'b11001100: data = 20'hcc;
      10'b11001101: data = 20'hcd;
      10'b11001110: data = 20'hce;
      10'b11001111: data = 20'hcf;
      10'b11010000: data = 20'hd0;
      10'b11010001: data = 20'hd1;
      10'b11010010: data = 20'hd2;
      10'b11010011: data = 20'hd3;
      10'b11010100: data = 20'hd4;
      10'b11010101: data = 20'hd5;
      10'b11010110: data = 20'hd6;
      10'b11010111: data = 20'hd7;
      10'b11011000: data = 20'hd8;
      10'b11011001: data = 20'hd9;
      10'b11011010: data = 20'hda;
      10'b11011011: data = 20'hdb;
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__read_map


module mgd_trainer_nist7x7_hw__score(clock,reset,strobe,y,y_index,y_pick,queue,label,judge,latch,hit,met,count);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  strobe;
    input wire signed [15:0] y;
    input wire  [7:0] y_index;
    input wire  [7:0] y_pick;
    input wire  queue;
    input wire  [7:0] label;
    output reg  judge;
    input wire  latch;
    output reg  hit;
    output reg  met;
    output reg  [16:0] count;
    
    // Constant declarations
    localparam  waits = 9'b100000000;
    localparam  enter = 9'b1;
    localparam  flip = 16'h8000;
    localparam  half_f = 16'h9000;
    localparam  need = 17'b10100000;
    localparam  single_output = 1'b0;
    
    // Stub signals
    reg signed [15:0] best__d;
    wire signed [15:0] best__q;
    reg  best__clock;
    reg  [7:0] best_index__d;
    wire  [7:0] best_index__q;
    reg  best_index__clock;
    reg  [16:0] tally__d;
    wire  [16:0] tally__q;
    reg  tally__clock;
    reg  [16:0] correct__d;
    wire  [16:0] correct__q;
    reg  correct__clock;
    reg  [8:0] line__0__d;
    wire  [8:0] line__0__q;
    reg  line__0__clock;
    reg  [8:0] line__1__d;
    wire  [8:0] line__1__q;
    reg  line__1__clock;
    reg  [8:0] line__2__d;
    wire  [8:0] line__2__q;
    reg  line__2__clock;
    reg  [8:0] line__3__d;
    wire  [8:0] line__3__q;
    reg  line__3__clock;
    reg  [8:0] line__4__d;
    wire  [8:0] line__4__q;
    reg  line__4__clock;
    reg  [8:0] line__5__d;
    wire  [8:0] line__5__q;
    reg  line__5__clock;
    reg  [8:0] line__6__d;
    wire  [8:0] line__6__q;
    reg  line__6__clock;
    reg  [8:0] line__7__d;
    wire  [8:0] line__7__q;
    reg  line__7__clock;
    reg  [8:0] line__8__d;
    wire  [8:0] line__8__q;
    reg  line__8__clock;
    
    // Local signals
    reg  [8:0] entry;
    reg  larger;
    reg  at_half;
    
    // Sub module instances
    mgd_trainer_nist7x7_hw__score__best best(
        .d(best__d),
        .q(best__q),
        .clock(best__clock)
    );
    mgd_trainer_nist7x7_hw__score__best_index best_index(
        .d(best_index__d),
        .q(best_index__q),
        .clock(best_index__clock)
    );
    mgd_trainer_nist7x7_hw__score__tally tally(
        .d(tally__d),
        .q(tally__q),
        .clock(tally__clock)
    );
    mgd_trainer_nist7x7_hw__score__correct correct(
        .d(correct__d),
        .q(correct__q),
        .clock(correct__clock)
    );
    mgd_trainer_nist7x7_hw__score__line__0 line__0(
        .d(line__0__d),
        .q(line__0__q),
        .clock(line__0__clock)
    );
    mgd_trainer_nist7x7_hw__score__line__1 line__1(
        .d(line__1__d),
        .q(line__1__q),
        .clock(line__1__clock)
    );
    mgd_trainer_nist7x7_hw__score__line__2 line__2(
        .d(line__2__d),
        .q(line__2__q),
        .clock(line__2__clock)
    );
    mgd_trainer_nist7x7_hw__score__line__3 line__3(
        .d(line__3__d),
        .q(line__3__q),
        .clock(line__3__clock)
    );
    mgd_trainer_nist7x7_hw__score__line__4 line__4(
        .d(line__4__d),
        .q(line__4__q),
        .clock(line__4__clock)
    );
    mgd_trainer_nist7x7_hw__score__line__5 line__5(
        .d(line__5__d),
        .q(line__5__q),
        .clock(line__5__clock)
    );
    mgd_trainer_nist7x7_hw__score__line__6 line__6(
        .d(line__6__d),
        .q(line__6__q),
        .clock(line__6__clock)
    );
    mgd_trainer_nist7x7_hw__score__line__7 line__7(
        .d(line__7__d),
        .q(line__7__q),
        .clock(line__7__clock)
    );
    mgd_trainer_nist7x7_hw__score__line__8 line__8(
        .d(line__8__d),
        .q(line__8__q),
        .clock(line__8__clock)
    );
    
    // Update code
    always @(*) begin
        best__clock = clock;
        best_index__clock = clock;
        tally__clock = clock;
        correct__clock = clock;
        best__d = best__q;
        best_index__d = best_index__q;
        tally__d = tally__q;
        correct__d = correct__q;
        entry = ((label) & 9'h1ff) | waits;
        line__0__clock = clock;
        line__0__d = 32'h0;
        line__1__clock = clock;
        line__1__d = 32'h0;
        line__2__clock = clock;
        line__2__d = 32'h0;
        line__3__clock = clock;
        line__3__d = 32'h0;
        line__4__clock = clock;
        line__4__d = 32'h0;
        line__5__clock = clock;
        line__5__d = 32'h0;
        line__6__clock = clock;
        line__6__d = 32'h0;
        line__7__clock = clock;
        line__7__d = 32'h0;
        line__8__clock = clock;
        line__8__d = 32'h0;
        line__0__d = line__1__q;
        line__1__d = line__2__q;
        line__2__d = line__3__q;
        line__3__d = line__4__q;
        line__4__d = line__5__q;
        line__5__d = line__6__q;
        line__6__d = line__7__q;
        line__7__d = line__8__q;
        if (queue & enter[0]) begin
            line__0__d = entry;
        end
        if (queue & enter[1]) begin
            line__1__d = entry;
        end
        if (queue & enter[2]) begin
            line__2__d = entry;
        end
        if (queue & enter[3]) begin
            line__3__d = entry;
        end
        if (queue & enter[4]) begin
            line__4__d = entry;
        end
        if (queue & enter[5]) begin
            line__5__d = entry;
        end
        if (queue & enter[6]) begin
            line__6__d = entry;
        end
        if (queue & enter[7]) begin
            line__7__d = entry;
        end
        if (queue & enter[8]) begin
            line__8__d = entry;
        end
        judge = line__0__q[32'h8];
        larger = ($unsigned(y) ^ flip) > ($unsigned(best__q) ^ flip);
        at_half = ($unsigned(best__q) ^ flip) >= half_f;
        if (single_output) begin
            hit = at_half == line__0__q[32'h0];
        end
        else begin
            hit = best_index__q == line__0__q[(32'h0)+:(8)];
        end
        met = tally__q >= need;
        count = correct__q;
        if (strobe & (~|y_index | larger)) begin
            best__d = y;
            best_index__d = y_pick;
        end
        if (line__0__q[32'h8] & hit) begin
            tally__d = tally__q + 32'h1;
        end
        if (latch) begin
            correct__d = tally__q;
            tally__d = 32'h0;
        end
        if (reset) begin
            best__d = 32'h0;
            best_index__d = 32'h0;
            tally__d = 32'h0;
            correct__d = 32'h0;
            line__0__d = 32'h0;
            line__1__d = 32'h0;
            line__2__d = 32'h0;
            line__3__d = 32'h0;
            line__4__d = 32'h0;
            line__5__d = 32'h0;
            line__6__d = 32'h0;
            line__7__d = 32'h0;
            line__8__d = 32'h0;
        end
    end
    
endmodule // mgd_trainer_nist7x7_hw__score


module mgd_trainer_nist7x7_hw__score__best(d,q,clock);
    
    // Module arguments
    input wire signed [15:0] d;
    output reg signed [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__best


module mgd_trainer_nist7x7_hw__score__best_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__score__best_index


module mgd_trainer_nist7x7_hw__score__correct(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__correct


module mgd_trainer_nist7x7_hw__score__line__0(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__line__0


module mgd_trainer_nist7x7_hw__score__line__1(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__line__1


module mgd_trainer_nist7x7_hw__score__line__2(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__line__2


module mgd_trainer_nist7x7_hw__score__line__3(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__line__3


module mgd_trainer_nist7x7_hw__score__line__4(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__line__4


module mgd_trainer_nist7x7_hw__score__line__5(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__line__5


module mgd_trainer_nist7x7_hw__score__line__6(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__line__6


module mgd_trainer_nist7x7_hw__score__line__7(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__line__7


module mgd_trainer_nist7x7_hw__score__line__8(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__line__8


module mgd_trainer_nist7x7_hw__score__tally(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__score__tally


module mgd_trainer_nist7x7_hw__sequencer(clock,reset,net_done,net_issued,net_issue_soon,load_ok,met,wide,word_lane,init_next,init_row_next,load,loading,load_last,load_addr,rom_addr,sample,net_start,perturb_on,latch_base,latch_pert,clear_cost,restart,corr,update,pass,next_window,step_done,done,eval_end,evaluating,halted_at_target,index,index_next,corr_next,fusing,pert_draining,pert_draining_next,deferred,eval_moves,steps,tau_x,tau_p,tau_theta);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  net_done;
    input wire  net_issued;
    input wire  net_issue_soon;
    input wire  load_ok;
    input wire  met;
    input wire  wide;
    output reg  [9:0] word_lane;
    output reg  init_next;
    output reg  [9:0] init_row_next;
    output reg  load;
    output reg  loading;
    output reg  load_last;
    output reg  [9:0] load_addr;
    output reg  [15:0] rom_addr;
    output reg  [15:0] sample;
    output reg  net_start;
    output reg  perturb_on;
    output reg  latch_base;
    output reg  latch_pert;
    output reg  clear_cost;
    output reg  restart;
    output reg  corr;
    output reg  update;
    output reg  [2:0] pass;
    output reg  next_window;
    output reg  step_done;
    output reg  done;
    output reg  eval_end;
    output reg  evaluating;
    output reg  halted_at_target;
    output reg  [9:0] index;
    output reg  [9:0] index_next;
    output reg  corr_next;
    output reg  fusing;
    output reg  pert_draining;
    output reg  pert_draining_next;
    output reg  deferred;
    output reg  eval_moves;
    output reg  [31:0] steps;
    output reg  [31:0] tau_x;
    output reg  [31:0] tau_p;
    output reg  [31:0] tau_theta;
    
    // Constant declarations
    localparam  handover = 1'b0;
    localparam  drain_three = 4'h3;
    localparam  fuse = 1'b0;
    localparam  eval_overlap = 1'b0;
    localparam  eval_prefetch = 1'b0;
    localparam  eval_chain = 1'b0;
    localparam  preload_at_start = 1'b0;
    localparam  last_but_one = 16'hc6;
    localparam  last_row = 10'b11011011;
    localparam  overlap = 1'b0;
    localparam  drain_len = 4'h1;
    localparam  drain_one = 4'h1;
    localparam  skips = 1'b0;
    localparam  last_sweep = 10'b11011011;
    localparam  last_pass = 3'b0;
    localparam  multi_pass = 1'b0;
    localparam  last_load = 10'b110000;
    localparam  load_rows = 16'h31;
    localparam  last_sample = 16'hc7;
    localparam  tau_x_last = 32'h0;
    localparam  tau_p_last = 32'h0;
    localparam  tau_theta_last = 32'h0;
    localparam  max_steps = 32'h186a0;
    localparam  last_step = 32'h1869f;
    localparam  eval_last = 32'h3e7;
    localparam  evaluate = 1'b1;
    localparam  last_lane = 10'b0;
    localparam  last_word_lane = 10'b0;
    
    // Enums
    localparam SeqState__Init = 0;
    localparam SeqState__Load = 1;
    localparam SeqState__Base = 2;
    localparam SeqState__BaseWait = 3;
    localparam SeqState__Pert = 4;
    localparam SeqState__PertWait = 5;
    localparam SeqState__Corr = 6;
    localparam SeqState__Next = 7;
    localparam SeqState__Halt = 8;
    localparam SeqState__EvalLoad = 9;
    localparam SeqState__EvalStart = 10;
    localparam SeqState__EvalWait = 11;
    localparam SeqState__EvalEnd = 12;
    
    // Stub signals
    reg  [3:0] state__d;
    wire  [3:0] state__q;
    reg  state__clock;
    reg  [9:0] count__d;
    wire  [9:0] count__q;
    reg  count__clock;
    reg  [31:0] x_count__d;
    wire  [31:0] x_count__q;
    reg  x_count__clock;
    reg  [31:0] p_count__d;
    wire  [31:0] p_count__q;
    reg  p_count__clock;
    reg  [31:0] theta_count__d;
    wire  [31:0] theta_count__q;
    reg  theta_count__clock;
    reg  [15:0] sample_index__d;
    wire  [15:0] sample_index__q;
    reg  sample_index__clock;
    reg  [15:0] sample_base__d;
    wire  [15:0] sample_base__q;
    reg  sample_base__clock;
    reg  [31:0] step_count__d;
    wire  [31:0] step_count__q;
    reg  step_count__clock;
    reg  [31:0] eval_count__d;
    wire  [31:0] eval_count__q;
    reg  eval_count__clock;
    reg  [15:0] eval_index__d;
    wire  [15:0] eval_index__q;
    reg  eval_index__clock;
    reg  [15:0] eval_base__d;
    wire  [15:0] eval_base__q;
    reg  eval_base__clock;
    reg  at_target__d;
    wire  at_target__q;
    reg  at_target__clock;
    reg  [9:0] load_lane__d;
    wire  [9:0] load_lane__q;
    reg  load_lane__clock;
    reg  [2:0] pass_count__d;
    wire  [2:0] pass_count__q;
    reg  pass_count__clock;
    reg  [3:0] drain__d;
    wire  [3:0] drain__q;
    reg  drain__clock;
    reg  defer__d;
    wire  defer__q;
    reg  defer__clock;
    reg  [3:0] pdrain__d;
    wire  [3:0] pdrain__q;
    reg  pdrain__clock;
    reg  held__d;
    wire  held__q;
    reg  held__clock;
    reg  fusing_q__d;
    wire  fusing_q__q;
    reg  fusing_q__clock;
    reg  loading_q__d;
    wire  loading_q__q;
    reg  loading_q__clock;
    reg  defers__d;
    wire  defers__q;
    reg  defers__clock;
    reg  preload__d;
    wire  preload__q;
    reg  preload__clock;
    reg  chain_start__d;
    wire  chain_start__q;
    reg  chain_start__clock;
    reg  [9:0] sweep_after__address;
    wire  [9:0] sweep_after__data;
    
    // Local signals
    reg  pert_ready;
    reg  defers_now;
    reg  moves;
    reg  eval_hands;
    reg  prefetch;
    reg  fetch_next;
    reg  row_end;
    reg  to_corr;
    reg  [9:0] init_row;
    reg  corr_stays;
    
    // Sub module instances
    mgd_trainer_nist7x7_hw__sequencer__state state(
        .d(state__d),
        .q(state__q),
        .clock(state__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__count count(
        .d(count__d),
        .q(count__q),
        .clock(count__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__x_count x_count(
        .d(x_count__d),
        .q(x_count__q),
        .clock(x_count__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__p_count p_count(
        .d(p_count__d),
        .q(p_count__q),
        .clock(p_count__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__theta_count theta_count(
        .d(theta_count__d),
        .q(theta_count__q),
        .clock(theta_count__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__sample_index sample_index(
        .d(sample_index__d),
        .q(sample_index__q),
        .clock(sample_index__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__sample_base sample_base(
        .d(sample_base__d),
        .q(sample_base__q),
        .clock(sample_base__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__step_count step_count(
        .d(step_count__d),
        .q(step_count__q),
        .clock(step_count__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__eval_count eval_count(
        .d(eval_count__d),
        .q(eval_count__q),
        .clock(eval_count__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__eval_index eval_index(
        .d(eval_index__d),
        .q(eval_index__q),
        .clock(eval_index__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__eval_base eval_base(
        .d(eval_base__d),
        .q(eval_base__q),
        .clock(eval_base__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__at_target at_target(
        .d(at_target__d),
        .q(at_target__q),
        .clock(at_target__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__load_lane load_lane(
        .d(load_lane__d),
        .q(load_lane__q),
        .clock(load_lane__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__pass_count pass_count(
        .d(pass_count__d),
        .q(pass_count__q),
        .clock(pass_count__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__drain drain(
        .d(drain__d),
        .q(drain__q),
        .clock(drain__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__defer defer(
        .d(defer__d),
        .q(defer__q),
        .clock(defer__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__pdrain pdrain(
        .d(pdrain__d),
        .q(pdrain__q),
        .clock(pdrain__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__held held(
        .d(held__d),
        .q(held__q),
        .clock(held__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__fusing_q fusing_q(
        .d(fusing_q__d),
        .q(fusing_q__q),
        .clock(fusing_q__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__loading_q loading_q(
        .d(loading_q__d),
        .q(loading_q__q),
        .clock(loading_q__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__defers defers(
        .d(defers__d),
        .q(defers__q),
        .clock(defers__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__preload preload(
        .d(preload__d),
        .q(preload__q),
        .clock(preload__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__chain_start chain_start(
        .d(chain_start__d),
        .q(chain_start__q),
        .clock(chain_start__clock)
    );
    mgd_trainer_nist7x7_hw__sequencer__sweep_after sweep_after(
        .address(sweep_after__address),
        .data(sweep_after__data)
    );
    
    // Update code
    always @(*) begin
        state__clock = clock;
        count__clock = clock;
        x_count__clock = clock;
        p_count__clock = clock;
        theta_count__clock = clock;
        sample_index__clock = clock;
        sample_base__clock = clock;
        step_count__clock = clock;
        eval_count__clock = clock;
        eval_index__clock = clock;
        eval_base__clock = clock;
        at_target__clock = clock;
        load_lane__clock = clock;
        pass_count__clock = clock;
        drain__clock = clock;
        defer__clock = clock;
        defers__clock = clock;
        pdrain__clock = clock;
        held__clock = clock;
        fusing_q__clock = clock;
        loading_q__clock = clock;
        preload__clock = clock;
        chain_start__clock = clock;
        state__d = state__q;
        count__d = count__q;
        x_count__d = x_count__q;
        p_count__d = p_count__q;
        theta_count__d = theta_count__q;
        sample_index__d = sample_index__q;
        sample_base__d = sample_base__q;
        step_count__d = step_count__q;
        eval_count__d = eval_count__q;
        eval_index__d = eval_index__q;
        eval_base__d = eval_base__q;
        at_target__d = at_target__q;
        load_lane__d = load_lane__q;
        pass_count__d = pass_count__q;
        drain__d = drain__q;
        defer__d = defer__q;
        defers__d = defers__q;
        pdrain__d = pdrain__q;
        held__d = held__q;
        fusing_q__d = fusing_q__q;
        loading_q__d = loading_q__q;
        preload__d = preload__q;
        chain_start__d = chain_start__q;
        evaluating = (state__q == SeqState__EvalLoad) | (state__q == SeqState__EvalStart) | (state__q == SeqState__EvalWait) | (state__q == SeqState__EvalEnd);
        loading = loading_q__q;
        index = count__q;
        load_addr = ((count__q) & 10'h3ff);
        eval_moves = (state__q == SeqState__EvalWait) & net_issued;
        eval_hands = eval_overlap & eval_moves & (eval_index__q != last_sample);
        prefetch = eval_prefetch & wide & eval_hands;
        fetch_next = eval_prefetch & (state__q == SeqState__EvalWait) & (eval_index__q != last_sample);
        if (preload_at_start) begin
            preload__d = eval_chain & (((state__q == SeqState__EvalStart) & (eval_index__q != last_sample)) | (chain_start__q & (eval_index__q != last_but_one))) & wide & ~reset;
        end
        else begin
            preload__d = eval_chain & (state__q == SeqState__EvalWait) & (eval_index__q != last_sample) & net_issue_soon & wide & ~reset;
        end
        chain_start__d = preload__q & ~reset;
        if (fetch_next) begin
            rom_addr = eval_base__q + load_rows;
            sample = eval_index__q + 32'h1;
        end
        else if (evaluating) begin
            rom_addr = eval_base__q + ((count__q) & 16'hffff);
            sample = eval_index__q;
        end
        else begin
            rom_addr = sample_base__q + ((count__q) & 16'hffff);
            sample = sample_index__q;
        end
        halted_at_target = at_target__q;
        steps = step_count__q;
        tau_x = x_count__q;
        tau_p = p_count__q;
        tau_theta = theta_count__q;
        init_next = reset | ((state__q == SeqState__Init) & (count__q != last_row));
        init_row = 32'h0;
        if ((state__q == SeqState__Init) & (count__q != last_row) & ~reset) begin
            init_row = count__q + 32'h1;
        end
        init_row_next = init_row;
        load = (loading & load_ok) | (prefetch & ~eval_chain) | preload__q;
        word_lane = load_lane__q;
        if (wide) begin
            row_end = 1'b1;
        end
        else if (count__q == last_load) begin
            row_end = load_lane__q == last_word_lane;
        end
        else begin
            row_end = load_lane__q == last_lane;
        end
        load_last = (loading & load_ok & (count__q == last_load) & row_end) | prefetch;
        net_start = (state__q == SeqState__Base) | (state__q == SeqState__Pert) | (state__q == SeqState__EvalStart) | chain_start__q;
        perturb_on = (state__q == SeqState__Pert) | (state__q == SeqState__PertWait);
        if (overlap) begin
            latch_base = (drain__q == drain_one) & ~evaluating;
        end
        else begin
            latch_base = (state__q == SeqState__BaseWait) & net_done;
        end
        latch_pert = pdrain__q == drain_one;
        pert_draining = |pdrain__q;
        pert_ready = pdrain__q < drain_three;
        clear_cost = (net_start & ~|drain__q & ~|pdrain__q & ~evaluating) | (overlap & latch_base) | latch_pert;
        drain__d = 32'h0;
        if (overlap & |drain__q) begin
            drain__d = drain__q - 32'h1;
        end
        pdrain__d = 32'h0;
        if (handover & |pdrain__q) begin
            pdrain__d = pdrain__q - 32'h1;
        end
        defers_now = fuse & (theta_count__q != tau_theta_last) & (x_count__q == tau_x_last) & ~(evaluate & (eval_count__q == eval_last)) & (step_count__q != last_step);
        moves = defer__q & ~|p_count__q & ~handover;
        fusing = fusing_q__q;
        deferred = defer__q;
        restart = ((state__q == SeqState__Pert) & ~moves) | ((state__q == SeqState__PertWait) & net_done);
        corr = state__q == SeqState__Corr;
        update = (state__q == SeqState__Corr) & (theta_count__q == tau_theta_last) & (~multi_pass | (pass_count__q == last_pass));
        pass = pass_count__q;
        next_window = ((state__q == SeqState__Next) & (p_count__q == tau_p_last) & (~defer__q | handover)) | ((state__q == SeqState__Pert) & moves);
        step_done = state__q == SeqState__Next;
        done = state__q == SeqState__Halt;
        eval_end = state__q == SeqState__EvalEnd;
        defers__d = defers_now;
        to_corr = (state__q == SeqState__PertWait) & net_done & ~defers__q;
        corr_stays = (state__q == SeqState__Corr) & (count__q != last_sweep);
        sweep_after__address = count__q;
        case (state__q)
            SeqState__Init:
                begin
                    count__d = count__q + 32'h1;
                    if (count__q == last_row) begin
                        count__d = 32'h0;
                        state__d = SeqState__Load;
                        if (evaluate) begin
                            state__d = SeqState__EvalLoad;
                        end
                    end
                end
            SeqState__Load:
                begin
                    if (load_ok & row_end) begin
                        load_lane__d = 32'h0;
                        count__d = count__q + 32'h1;
                        if (count__q == last_load) begin
                            count__d = 32'h0;
                            state__d = SeqState__Base;
                        end
                    end
                    if (load_ok & ~row_end) begin
                        load_lane__d = load_lane__q + 32'h1;
                    end
                end
            SeqState__Base:
                begin
                    state__d = SeqState__BaseWait;
                end
            SeqState__BaseWait:
                begin
                    if (overlap & net_issued) begin
                        drain__d = drain_len;
                    end
                    if (overlap & (net_issued | held__q)) begin
                        held__d = ~pert_ready;
                        if (pert_ready) begin
                            state__d = SeqState__Pert;
                        end
                    end
                    if (~overlap & net_done) begin
                        state__d = SeqState__Pert;
                    end
                end
            SeqState__Pert:
                begin
                    state__d = SeqState__PertWait;
                    if (~handover) begin
                        defer__d = 1'b0;
                    end
                end
            SeqState__PertWait:
                begin
                    if (handover & net_issued) begin
                        defer__d = defers__q;
                        if (defers__q) begin
                            state__d = SeqState__Next;
                            pdrain__d = drain_len;
                        end
                    end
                    if (to_corr) begin
                        state__d = SeqState__Corr;
                    end
                    if (net_done & defers__q) begin
                        state__d = SeqState__Next;
                        defer__d = 1'b1;
                    end
                end
            SeqState__Corr:
                begin
                    if (skips) begin
                        count__d = sweep_after__data;
                    end
                    else begin
                        count__d = count__q + 32'h1;
                    end
                    if (~corr_stays) begin
                        count__d = 32'h0;
                        state__d = SeqState__Next;
                        pass_count__d = 32'h0;
                        if (multi_pass & (pass_count__q != last_pass)) begin
                            state__d = SeqState__Pert;
                            pass_count__d = pass_count__q + 32'h1;
                        end
                    end
                end
            SeqState__Next:
                begin
                    step_count__d = step_count__q + 32'h1;
                    p_count__d = p_count__q + 32'h1;
                    if (p_count__q == tau_p_last) begin
                        p_count__d = 32'h0;
                    end
                    state__d = SeqState__Pert;
                    theta_count__d = theta_count__q + 32'h1;
                    if (theta_count__q == tau_theta_last) begin
                        theta_count__d = 32'h0;
                        state__d = SeqState__Base;
                    end
                    x_count__d = x_count__q + 32'h1;
                    if (x_count__q == tau_x_last) begin
                        x_count__d = 32'h0;
                        state__d = SeqState__Load;
                        sample_index__d = sample_index__q + 32'h1;
                        sample_base__d = sample_base__q + load_rows;
                        if (sample_index__q == last_sample) begin
                            sample_index__d = 32'h0;
                            sample_base__d = 32'h0;
                        end
                    end
                    if (step_count__q == last_step) begin
                        state__d = SeqState__Halt;
                    end
                    eval_count__d = eval_count__q + 32'h1;
                    if (eval_count__q == eval_last) begin
                        eval_count__d = 32'h0;
                    end
                    if (evaluate & ((eval_count__q == eval_last) | (step_count__q == last_step))) begin
                        state__d = SeqState__EvalLoad;
                    end
                end
            SeqState__Halt:
                begin
                end
            SeqState__EvalLoad:
                begin
                    if (load_ok & row_end) begin
                        load_lane__d = 32'h0;
                        count__d = count__q + 32'h1;
                        if (count__q == last_load) begin
                            count__d = 32'h0;
                            state__d = SeqState__EvalStart;
                        end
                    end
                    if (load_ok & ~row_end) begin
                        load_lane__d = load_lane__q + 32'h1;
                    end
                end
            SeqState__EvalStart:
                begin
                    state__d = SeqState__EvalWait;
                end
            SeqState__EvalWait:
                begin
                    if (eval_hands) begin
                        eval_index__d = eval_index__q + 32'h1;
                        eval_base__d = eval_base__q + load_rows;
                        state__d = SeqState__EvalLoad;
                    end
                    if (net_done) begin
                        eval_index__d = eval_index__q + 32'h1;
                        eval_base__d = eval_base__q + load_rows;
                        state__d = SeqState__EvalLoad;
                        if (eval_index__q == last_sample) begin
                            eval_index__d = 32'h0;
                            eval_base__d = 32'h0;
                            state__d = SeqState__EvalEnd;
                        end
                    end
                end
            SeqState__EvalEnd:
                begin
                    state__d = SeqState__Load;
                    if (step_count__q == max_steps) begin
                        state__d = SeqState__Halt;
                    end
                    if (met) begin
                        state__d = SeqState__Halt;
                        at_target__d = 1'b1;
                    end
                end
        endcase
        if (prefetch) begin
            state__d = SeqState__EvalStart;
            if (eval_chain) begin
                state__d = SeqState__EvalWait;
            end
        end
        if (reset) begin
            state__d = SeqState__Init;
            count__d = 32'h0;
            x_count__d = 32'h0;
            p_count__d = 32'h0;
            theta_count__d = 32'h0;
            sample_index__d = 32'h0;
            sample_base__d = 32'h0;
            step_count__d = 32'h0;
            eval_count__d = 32'h0;
            eval_index__d = 32'h0;
            eval_base__d = 32'h0;
            at_target__d = 1'b0;
            load_lane__d = 32'h0;
            pass_count__d = 32'h0;
            drain__d = 32'h0;
            defer__d = 1'b0;
            defers__d = 1'b0;
            pdrain__d = 32'h0;
            held__d = 1'b0;
        end
        pert_draining_next = |pdrain__d;
        fusing_q__d = (defer__d & ~handover & ((state__d == SeqState__Base) | (state__d == SeqState__BaseWait))) | (defer__d & handover & ((state__d == SeqState__Pert) | (state__d == SeqState__PertWait)));
        loading_q__d = (state__d == SeqState__Load) | (state__d == SeqState__EvalLoad);
        corr_next = (to_corr | corr_stays) & ~reset;
        if (corr_stays & skips) begin
            index_next = sweep_after__data;
        end
        else if (corr_stays) begin
            index_next = count__q + 32'h1;
        end
        else begin
            index_next = count__q;
        end
    end
    
endmodule // mgd_trainer_nist7x7_hw__sequencer


module mgd_trainer_nist7x7_hw__sequencer__at_target(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__at_target


module mgd_trainer_nist7x7_hw__sequencer__chain_start(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__chain_start


module mgd_trainer_nist7x7_hw__sequencer__count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__count


module mgd_trainer_nist7x7_hw__sequencer__defer(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__defer


module mgd_trainer_nist7x7_hw__sequencer__defers(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__defers


module mgd_trainer_nist7x7_hw__sequencer__drain(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__drain


module mgd_trainer_nist7x7_hw__sequencer__eval_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__eval_base


module mgd_trainer_nist7x7_hw__sequencer__eval_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__eval_count


module mgd_trainer_nist7x7_hw__sequencer__eval_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__eval_index


module mgd_trainer_nist7x7_hw__sequencer__fusing_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__fusing_q


module mgd_trainer_nist7x7_hw__sequencer__held(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__held


module mgd_trainer_nist7x7_hw__sequencer__load_lane(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__load_lane


module mgd_trainer_nist7x7_hw__sequencer__loading_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__loading_q


module mgd_trainer_nist7x7_hw__sequencer__p_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__p_count


module mgd_trainer_nist7x7_hw__sequencer__pass_count(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__pass_count


module mgd_trainer_nist7x7_hw__sequencer__pdrain(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__pdrain


module mgd_trainer_nist7x7_hw__sequencer__preload(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__preload


module mgd_trainer_nist7x7_hw__sequencer__sample_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__sample_base


module mgd_trainer_nist7x7_hw__sequencer__sample_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__sample_index


module mgd_trainer_nist7x7_hw__sequencer__state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam SeqState__Init = 0;
    localparam SeqState__Load = 1;
    localparam SeqState__Base = 2;
    localparam SeqState__BaseWait = 3;
    localparam SeqState__Pert = 4;
    localparam SeqState__PertWait = 5;
    localparam SeqState__Corr = 6;
    localparam SeqState__Next = 7;
    localparam SeqState__Halt = 8;
    localparam SeqState__EvalLoad = 9;
    localparam SeqState__EvalStart = 10;
    localparam SeqState__EvalWait = 11;
    localparam SeqState__EvalEnd = 12;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__state


module mgd_trainer_nist7x7_hw__sequencer__step_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__step_count


module mgd_trainer_nist7x7_hw__sequencer__sweep_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__sequencer__sweep_after


module mgd_trainer_nist7x7_hw__sequencer__theta_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__theta_count


module mgd_trainer_nist7x7_hw__sequencer__x_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw__sequencer__x_count


module mgd_trainer_nist7x7_hw__sweep_enter_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__sweep_enter_ahead


module mgd_trainer_nist7x7_hw__sweep_stay_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw__sweep_stay_ahead
