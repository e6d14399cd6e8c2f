// mgd_trainer_nist7x7_hw_pipe: MGD trainer exported by mgdsim 0.1.0 (`mgdsim export`). Do not edit: regenerate.
// config: sim/configs/nist7x7_hw_pipe.toml (fnv1a64 of its text: 344bddbc531f0d52)
// network [49, 4, 4] HardSigmoid, P = 220 parameters, 200 training samples in the sample ROM
// formats: theta Q2.12, act Q1.13, grad 32 bits, eta_shift 8, perturbation Random amplitude [3] LSB (per pass)
// taus: tau_x 1, tau_p 1, tau_theta 1; run.steps 100000 (then `done`)
// own evaluation of the 200 training samples after reset and every 1000 steps (55210 cycles); done at 160 correct
//
// Top-level ports (module mgd_trainer_nist7x7_hw_pipe):
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



module mgd_trainer_nist7x7_hw_pipe(clock,reset,stream_select,sample_valid,sample_data,sample_label,sample_ready,read_clock,read_addr,read_theta,steps,current_cost,done,at_target,correct,evaluating,sample_index);
    
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
    mgd_trainer_nist7x7_hw_pipe__sequencer sequencer(
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
    mgd_trainer_nist7x7_hw_pipe__perturbation perturbation(
        .clock(perturbation__clock),
        .reset(perturbation__reset),
        .restart(perturbation__restart),
        .advance(perturbation__advance),
        .stepped(perturbation__stepped),
        .next_window(perturbation__next_window),
        .state(perturbation__state),
        .window(perturbation__window)
    );
    mgd_trainer_nist7x7_hw_pipe__network network(
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
    mgd_trainer_nist7x7_hw_pipe__neurons__0 neurons__0(
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
    mgd_trainer_nist7x7_hw_pipe__cost cost(
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
    mgd_trainer_nist7x7_hw_pipe__cost_terms__0 cost_terms__0(
        .clock(cost_terms__0__clock),
        .strobe(cost_terms__0__strobe),
        .y(cost_terms__0__y),
        .y_index(cost_terms__0__y_index),
        .label(cost_terms__0__label),
        .sum_in(cost_terms__0__sum_in),
        .sum_out(cost_terms__0__sum_out)
    );
    mgd_trainer_nist7x7_hw_pipe__score score(
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
    mgd_trainer_nist7x7_hw_pipe__lanes__0 lanes__0(
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
    mgd_trainer_nist7x7_hw_pipe__jumps__0 jumps__0(
        .state(jumps__0__state),
        .row_used(jumps__0__row_used),
        .chain_in(jumps__0__chain_in),
        .chain_out(jumps__0__chain_out)
    );
    mgd_trainer_nist7x7_hw_pipe__read_map read_map(
        .address(read_map__address),
        .data(read_map__data)
    );
    mgd_trainer_nist7x7_hw_pipe__labels labels(
        .address(labels__address),
        .data(labels__data)
    );
    mgd_trainer_nist7x7_hw_pipe__pass_amps pass_amps(
        .address(pass_amps__address),
        .data(pass_amps__data)
    );
    mgd_trainer_nist7x7_hw_pipe__infer_ahead infer_ahead(
        .address(infer_ahead__address),
        .data(infer_ahead__data)
    );
    mgd_trainer_nist7x7_hw_pipe__sweep_enter_ahead sweep_enter_ahead(
        .address(sweep_enter_ahead__address),
        .data(sweep_enter_ahead__data)
    );
    mgd_trainer_nist7x7_hw_pipe__sweep_stay_ahead sweep_stay_ahead(
        .address(sweep_stay_ahead__address),
        .data(sweep_stay_ahead__data)
    );
    mgd_trainer_nist7x7_hw_pipe__label label(
        .d(label__d),
        .q(label__q),
        .clock(label__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__cost_label cost_label(
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe


module mgd_trainer_nist7x7_hw_pipe__cost(clock,reset,clear,strobe,squares,latch_base,hold,latch_pert,cost,cost_base,cost_delta,cost_neg_delta,delta_node);
    
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
    localparam  piped = 1'b1;
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
    mgd_trainer_nist7x7_hw_pipe__cost__sum sum(
        .d(sum__d),
        .q(sum__q),
        .clock(sum__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__cost__base base(
        .d(base__d),
        .q(base__q),
        .clock(base__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__cost__delta delta(
        .d(delta__d),
        .q(delta__q),
        .clock(delta__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__cost__neg_delta neg_delta(
        .d(neg_delta__d),
        .q(neg_delta__q),
        .clock(neg_delta__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__cost__delta16 delta16(
        .d(delta16__d),
        .q(delta16__q),
        .clock(delta16__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__cost__pipe_strobe pipe_strobe(
        .d(pipe_strobe__d),
        .q(pipe_strobe__q),
        .clock(pipe_strobe__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__cost__pipe_term pipe_term(
        .d(pipe_term__d),
        .q(pipe_term__q),
        .clock(pipe_term__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__cost__pipe_fold pipe_fold(
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__cost


module mgd_trainer_nist7x7_hw_pipe__cost__base(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__cost__base


module mgd_trainer_nist7x7_hw_pipe__cost__delta(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__cost__delta


module mgd_trainer_nist7x7_hw_pipe__cost__delta16(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__cost__delta16


module mgd_trainer_nist7x7_hw_pipe__cost__neg_delta(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__cost__neg_delta


module mgd_trainer_nist7x7_hw_pipe__cost__pipe_fold(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__cost__pipe_fold


module mgd_trainer_nist7x7_hw_pipe__cost__pipe_strobe(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__cost__pipe_strobe


module mgd_trainer_nist7x7_hw_pipe__cost__pipe_term(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__cost__pipe_term


module mgd_trainer_nist7x7_hw_pipe__cost__sum(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__cost__sum


module mgd_trainer_nist7x7_hw_pipe__cost_label(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__cost_label


module mgd_trainer_nist7x7_hw_pipe__cost_terms__0(clock,strobe,y,y_index,label,sum_in,sum_out);
    
    // Module arguments
    input wire  clock;
    input wire  strobe;
    input wire signed [15:0] y;
    input wire  [7:0] y_index;
    input wire  [7:0] label;
    input wire  [37:0] sum_in;
    output reg  [37:0] sum_out;
    
    // Constant declarations
    localparam  piped = 1'b1;
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
    mgd_trainer_nist7x7_hw_pipe__cost_terms__0__pipe_mag pipe_mag(
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__cost_terms__0


module mgd_trainer_nist7x7_hw_pipe__cost_terms__0__pipe_mag(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__cost_terms__0__pipe_mag


module mgd_trainer_nist7x7_hw_pipe__infer_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 20'h802;
      10'b1: data = 20'hc03;
      10'b10: data = 20'h1004;
      10'b11: data = 20'h1405;
      10'b100: data = 20'h1806;
      10'b101: data = 20'h1c07;
      10'b110: data = 20'h2008;
      10'b111: data = 20'h2409;
      10'b1000: data = 20'h280a;
      10'b1001: data = 20'h2c0b;
      10'b1010: data = 20'h300c;
      10'b1011: data = 20'h340d;
      10'b1100: data = 20'h380e;
      10'b1101: data = 20'h3c0f;
      10'b1110: data = 20'h4010;
      10'b1111: data = 20'h4411;
      10'b10000: data = 20'h4812;
      10'b10001: data = 20'h4c13;
      10'b10010: data = 20'h5014;
      10'b10011: data = 20'h5415;
      10'b10100: data = 20'h5816;
      10'b10101: data = 20'h5c17;
      10'b10110: data = 20'h6018;
      10'b10111: data = 20'h6419;
      10'b11000: data = 20'h681a;
      10'b11001: data = 20'h6c1b;
      10'b11010: data = 20'h701c;
      10'b11011: data = 20'h741d;
      10'b11100: data = 20'h781e;
      10'b11101: data = 20'h7c1f;
      10'b11110: data = 20'h8020;
      10'b11111: data = 20'h8421;
      10'b100000: data = 20'h8822;
      10'b100001: data = 20'h8c23;
      10'b100010: data = 20'h9024;
      10'b100011: data = 20'h9425;
      10'b100100: data = 20'h9826;
      10'b100101: data = 20'h9c27;
      10'b100110: data = 20'ha028;
      10'b100111: data = 20'ha429;
      10'b101000: data = 20'ha82a;
      10'b101001: data = 20'hac2b;
      10'b101010: data = 20'hb02c;
      10'b101011: data = 20'hb42d;
      10'b101100: data = 20'hb82e;
      10'b101101: data = 20'hbc2f;
      10'b101110: data = 20'hc030;
      10'b101111: data = 20'h31;
      10'b110000: data = 20'h32;
      10'b110001: data = 20'h433;
      10'b110010: data = 20'h834;
      10'b110011: data = 20'hc35;
      10'b110100: data = 20'h1036;
      10'b110101: data = 20'h1437;
      10'b110110: data = 20'h1838;
      10'b110111: data = 20'h1c39;
      10'b111000: data = 20'h203a;
      10'b111001: data = 20'h243b;
      10'b111010: data = 20'h283c;
      10'b111011: data = 20'h2c3d;
      10'b111100: data = 20'h303e;
      10'b111101: data = 20'h343f;
      10'b111110: data = 20'h3840;
      10'b111111: data = 20'h3c41;
      10'b1000000: data = 20'h4042;
      10'b1000001: data = 20'h4443;
      10'b1000010: data = 20'h4844;
      10'b1000011: data = 20'h4c45;
      10'b1000100: data = 20'h5046;
      10'b1000101: data = 20'h5447;
      10'b1000110: data = 20'h5848;
      10'b1000111: data = 20'h5c49;
      10'b1001000: data = 20'h604a;
      10'b1001001: data = 20'h644b;
      10'b1001010: data = 20'h684c;
      10'b1001011: data = 20'h6c4d;
      10'b1001100: data = 20'h704e;
      10'b1001101: data = 20'h744f;
      10'b1001110: data = 20'h7850;
      10'b1001111: data = 20'h7c51;
      10'b1010000: data = 20'h8052;
      10'b1010001: data = 20'h8453;
      10'b1010010: data = 20'h8854;
      10'b1010011: data = 20'h8c55;
      10'b1010100: data = 20'h9056;
      10'b1010101: data = 20'h9457;
      10'b1010110: data = 20'h9858;
      10'b1010111: data = 20'h9c59;
      10'b1011000: data = 20'ha05a;
      10'b1011001: data = 20'ha45b;
      10'b1011010: data = 20'ha85c;
      10'b1011011: data = 20'hac5d;
      10'b1011100: data = 20'hb05e;
      10'b1011101: data = 20'hb45f;
      10'b1011110: data = 20'hb860;
      10'b1011111: data = 20'hbc61;
      10'b1100000: data = 20'hc062;
      10'b1100001: data = 20'h63;
      10'b1100010: data = 20'h64;
      10'b1100011: data = 20'h465;
      10'b1100100: data = 20'h866;
      10'b1100101: data = 20'hc67;
      10'b1100110: data = 20'h1068;
      10'b1100111: data = 20'h1469;
      10'b1101000: data = 20'h186a;
      10'b1101001: data = 20'h1c6b;
      10'b1101010: data = 20'h206c;
      10'b1101011: data = 20'h246d;
      10'b1101100: data = 20'h286e;
      10'b1101101: data = 20'h2c6f;
      10'b1101110: data = 20'h3070;
      10'b1101111: data = 20'h3471;
      10'b1110000: data = 20'h3872;
      10'b1110001: data = 20'h3c73;
      10'b1110010: data = 20'h4074;
      10'b1110011: data = 20'h4475;
      10'b1110100: data = 20'h4876;
      10'b1110101: data = 20'h4c77;
      10'b1110110: data = 20'h5078;
      10'b1110111: data = 20'h5479;
      10'b1111000: data = 20'h587a;
      10'b1111001: data = 20'h5c7b;
      10'b1111010: data = 20'h607c;
      10'b1111011: data = 20'h647d;
      10'b1111100: data = 20'h687e;
      10'b1111101: data = 20'h6c7f;
      10'b1111110: data = 20'h7080;
      10'b1111111: data = 20'h7481;
      10'b10000000: data = 20'h7882;
      10'b10000001: data = 20'h7c83;
      10'b10000010: data = 20'h8084;
      10'b10000011: data = 20'h8485;
      10'b10000100: data = 20'h8886;
      10'b10000101: data = 20'h8c87;
      10'b10000110: data = 20'h9088;
      10'b10000111: data = 20'h9489;
      10'b10001000: data = 20'h988a;
      10'b10001001: data = 20'h9c8b;
      10'b10001010: data = 20'ha08c;
      10'b10001011: data = 20'ha48d;
      10'b10001100: data = 20'ha88e;
      10'b10001101: data = 20'hac8f;
      10'b10001110: data = 20'hb090;
      10'b10001111: data = 20'hb491;
      10'b10010000: data = 20'hb892;
      10'b10010001: data = 20'hbc93;
      10'b10010010: data = 20'hc094;
      10'b10010011: data = 20'h95;
      10'b10010100: data = 20'h96;
      10'b10010101: data = 20'h497;
      10'b10010110: data = 20'h898;
      10'b10010111: data = 20'hc99;
      10'b10011000: data = 20'h109a;
      10'b10011001: data = 20'h149b;
      10'b10011010: data = 20'h189c;
      10'b10011011: data = 20'h1c9d;
      10'b10011100: data = 20'h209e;
      10'b10011101: data = 20'h249f;
      10'b10011110: data = 20'h28a0;
      10'b10011111: data = 20'h2ca1;
      10'b10100000: data = 20'h30a2;
      10'b10100001: data = 20'h34a3;
      10'b10100010: data = 20'h38a4;
      10'b10100011: data = 20'h3ca5;
      10'b10100100: data = 20'h40a6;
      10'b10100101: data = 20'h44a7;
      10'b10100110: data = 20'h48a8;
      10'b10100111: data = 20'h4ca9;
      10'b10101000: data = 20'h50aa;
      10'b10101001: data = 20'h54ab;
      10'b10101010: data = 20'h58ac;
      10'b10101011: data = 20'h5cad;
      10'b10101100: data = 20'h60ae;
      10'b10101101: data = 20'h64af;
      10'b10101110: data = 20'h68b0;
      10'b10101111: data = 20'h6cb1;
      10'b10110000: data = 20'h70b2;
      10'b10110001: data = 20'h74b3;
      10'b10110010: data = 20'h78b4;
      10'b10110011: data = 20'h7cb5;
      10'b10110100: data = 20'h80b6;
      10'b10110101: data = 20'h84b7;
      10'b10110110: data = 20'h88b8;
      10'b10110111: data = 20'h8cb9;
      10'b10111000: data = 20'h90ba;
      10'b10111001: data = 20'h94bb;
      10'b10111010: data = 20'h98bc;
      10'b10111011: data = 20'h9cbd;
      10'b10111100: data = 20'ha0be;
      10'b10111101: data = 20'ha4bf;
      10'b10111110: data = 20'ha8c0;
      10'b10111111: data = 20'hacc1;
      10'b11000000: data = 20'hb0c2;
      10'b11000001: data = 20'hb4c3;
      10'b11000010: data = 20'hb8c4;
      10'b11000011: data = 20'hbcc5;
      10'b11000100: data = 20'hc0c6;
      10'b11000101: data = 20'hc7;
      10'b11000110: data = 20'h0;
      10'b11000111: data = 20'h0;
      10'b11001000: data = 20'h0;
      10'b11001001: data = 20'h0;
      10'b11001010: data = 20'h0;
      10'b11001011: data = 20'h0;
      10'b11001100: data = 20'hc4ce;
      10'b11001101: data = 20'hc8cf;
      10'b11001110: data = 20'hccd0;
      10'b11001111: data = 20'hd0d1;
      10'b11010000: data = 20'hd2;
      10'b11010001: data = 20'hc4d3;
      10'b11010010: data = 20'hc8d4;
      10'b11010011: data = 20'hccd5;
      10'b11010100: data = 20'hd0d6;
      10'b11010101: data = 20'hd7;
      10'b11010110: data = 20'hc4d8;
      10'b11010111: data = 20'hc8d9;
      10'b11011000: data = 20'hccda;
      10'b11011001: data = 20'hd0db;
      10'b11011010: data = 20'hdc;
      10'b11011011: data = 20'hc4dd;
      10'b11011100: data = 20'hc8de;
      10'b11011101: data = 20'hccdf;
      10'b11011110: data = 20'hd0e0;
      10'b11011111: data = 20'he1;
      10'b11100000: data = 20'h0;
      10'b11100001: data = 20'h0;
      10'b11100010: data = 20'h0;
      10'b11100011: data = 20'h0;
      10'b11100100: data = 20'h0;
      10'b11100101: data = 20'h0;
      10'b11100110: data = 20'h0;
      10'b11100111: data = 20'h0;
      10'b11101000: data = 20'h0;
      10'b11101001: data = 20'h0;
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__infer_ahead


module mgd_trainer_nist7x7_hw_pipe__jumps__0(state,row_used,chain_in,chain_out);
    
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__jumps__0


module mgd_trainer_nist7x7_hw_pipe__label(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__label


module mgd_trainer_nist7x7_hw_pipe__labels(address,data);
    
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
            
endmodule // mgd_trainer_nist7x7_hw_pipe__labels


module mgd_trainer_nist7x7_hw_pipe__lanes__0(clock,row_first,row_used,row_bias,state,slot,enable,amp,in_pass,running,sign,active,theta_pert,left_in,right_in,term_out,subtree,theta_read_row,grad_read_row,ahead_row,write_row,init_next,init_row_next,corr,fusing,corr_next,update,cost_delta,neg_cost_delta,delta_node,act_read_row,act_ahead_row,out_write,out_lane,out_row,out_data,act_in,act_out,load,load_lane,load_row,stream_data,stream,rom_addr,read_clock,read_row,read_lane,read_in,read_out);
    
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
    localparam  cut = 1'b1;
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
    localparam  piped = 1'b1;
    localparam  node = 1'b0;
    localparam  node_piped = 1'b0;
    localparam  reads_ahead = 1'b1;
    localparam  late_theta = 1'b1;
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
    mgd_trainer_nist7x7_hw_pipe__lanes__0__correlator correlator(
        .sign(correlator__sign),
        .active(correlator__active),
        .cost_delta(correlator__cost_delta),
        .neg_cost_delta(correlator__neg_cost_delta),
        .corr(correlator__corr)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__accumulator accumulator(
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
    mgd_trainer_nist7x7_hw_pipe__lanes__0__theta_mem theta_mem(
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
    mgd_trainer_nist7x7_hw_pipe__lanes__0__grad_mem grad_mem(
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
    mgd_trainer_nist7x7_hw_pipe__lanes__0__vel_mem vel_mem(
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
    mgd_trainer_nist7x7_hw_pipe__lanes__0__theta_init theta_init(
        .address(theta_init__address),
        .data(theta_init__data)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__acts acts(
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
    mgd_trainer_nist7x7_hw_pipe__lanes__0__samples samples(
        .address(samples__address),
        .data(samples__data)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__samples_sync samples_sync(
        .clock(samples_sync__clock),
        .address(samples_sync__address),
        .data(samples_sync__data)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_theta pipe_theta(
        .d(pipe_theta__d),
        .q(pipe_theta__q),
        .clock(pipe_theta__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_x pipe_x(
        .d(pipe_x__d),
        .q(pipe_x__q),
        .clock(pipe_x__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_take pipe_take(
        .d(pipe_take__d),
        .q(pipe_take__q),
        .clock(pipe_take__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_product pipe_product(
        .d(pipe_product__d),
        .q(pipe_product__q),
        .clock(pipe_product__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_fix pipe_fix(
        .d(pipe_fix__d),
        .q(pipe_fix__q),
        .clock(pipe_fix__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_subtree pipe_subtree(
        .d(pipe_subtree__d),
        .q(pipe_subtree__q),
        .clock(pipe_subtree__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_grad pipe_grad(
        .d(pipe_grad__d),
        .q(pipe_grad__q),
        .clock(pipe_grad__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_old pipe_old(
        .d(pipe_old__d),
        .q(pipe_old__q),
        .clock(pipe_old__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_write pipe_write(
        .d(pipe_write__d),
        .q(pipe_write__q),
        .clock(pipe_write__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_update pipe_update(
        .d(pipe_update__d),
        .q(pipe_update__q),
        .clock(pipe_update__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_row pipe_row(
        .d(pipe_row__d),
        .q(pipe_row__q),
        .clock(pipe_row__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_vel pipe_vel(
        .d(pipe_vel__d),
        .q(pipe_vel__q),
        .clock(pipe_vel__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_step pipe_step(
        .d(pipe_step__d),
        .q(pipe_step__q),
        .clock(pipe_step__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_base pipe_base(
        .d(pipe_base__d),
        .q(pipe_base__q),
        .clock(pipe_base__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_apply pipe_apply(
        .d(pipe_apply__d),
        .q(pipe_apply__q),
        .clock(pipe_apply__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_theta_row pipe_theta_row(
        .d(pipe_theta_row__d),
        .q(pipe_theta_row__q),
        .clock(pipe_theta_row__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_next_theta pipe_next_theta(
        .d(pipe_next_theta__d),
        .q(pipe_next_theta__q),
        .clock(pipe_next_theta__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_store pipe_store(
        .d(pipe_store__d),
        .q(pipe_store__q),
        .clock(pipe_store__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_store_row pipe_store_row(
        .d(pipe_store_row__d),
        .q(pipe_store_row__q),
        .clock(pipe_store_row__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load pipe_load(
        .d(pipe_load__d),
        .q(pipe_load__q),
        .clock(pipe_load__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load_row pipe_load_row(
        .d(pipe_load_row__d),
        .q(pipe_load_row__q),
        .clock(pipe_load_row__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load_data pipe_load_data(
        .d(pipe_load_data__d),
        .q(pipe_load_data__q),
        .clock(pipe_load_data__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load_stream pipe_load_stream(
        .d(pipe_load_stream__d),
        .q(pipe_load_stream__q),
        .clock(pipe_load_stream__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nsign0 pipe_nsign0(
        .d(pipe_nsign0__d),
        .q(pipe_nsign0__q),
        .clock(pipe_nsign0__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nswept0 pipe_nswept0(
        .d(pipe_nswept0__d),
        .q(pipe_nswept0__q),
        .clock(pipe_nswept0__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nupd0 pipe_nupd0(
        .d(pipe_nupd0__d),
        .q(pipe_nupd0__q),
        .clock(pipe_nupd0__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nrow0 pipe_nrow0(
        .d(pipe_nrow0__d),
        .q(pipe_nrow0__q),
        .clock(pipe_nrow0__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nraw pipe_nraw(
        .d(pipe_nraw__d),
        .q(pipe_nraw__q),
        .clock(pipe_nraw__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nfix pipe_nfix(
        .d(pipe_nfix__d),
        .q(pipe_nfix__q),
        .clock(pipe_nfix__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nsign pipe_nsign(
        .d(pipe_nsign__d),
        .q(pipe_nsign__q),
        .clock(pipe_nsign__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nswept pipe_nswept(
        .d(pipe_nswept__d),
        .q(pipe_nswept__q),
        .clock(pipe_nswept__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nupd pipe_nupd(
        .d(pipe_nupd__d),
        .q(pipe_nupd__q),
        .clock(pipe_nupd__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nrow pipe_nrow(
        .d(pipe_nrow__d),
        .q(pipe_nrow__q),
        .clock(pipe_nrow__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nprod pipe_nprod(
        .d(pipe_nprod__d),
        .q(pipe_nprod__q),
        .clock(pipe_nprod__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nsign2 pipe_nsign2(
        .d(pipe_nsign2__d),
        .q(pipe_nsign2__q),
        .clock(pipe_nsign2__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nswept2 pipe_nswept2(
        .d(pipe_nswept2__d),
        .q(pipe_nswept2__q),
        .clock(pipe_nswept2__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nupd2 pipe_nupd2(
        .d(pipe_nupd2__d),
        .q(pipe_nupd2__q),
        .clock(pipe_nupd2__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nrow2 pipe_nrow2(
        .d(pipe_nrow2__d),
        .q(pipe_nrow2__q),
        .clock(pipe_nrow2__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__init_done init_done(
        .d(init_done__d),
        .q(init_done__q),
        .clock(init_done__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__init_row init_row(
        .d(init_row__d),
        .q(init_row__q),
        .clock(init_row__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__corr_q corr_q(
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0


module mgd_trainer_nist7x7_hw_pipe__lanes__0__accumulator(grad,corr,acc_out,acc_in,update,step_out,vel,decay_out,decay_in,vel_next,step_in,theta,apply,grad_next,theta_next);
    
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
    mgd_trainer_nist7x7_hw_pipe__lanes__0__accumulator__grad_add grad_add(
        .a(grad_add__a),
        .b(grad_add__b),
        .sum(grad_add__sum)
    );
    mgd_trainer_nist7x7_hw_pipe__lanes__0__accumulator__vel_add vel_add(
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__accumulator


module mgd_trainer_nist7x7_hw_pipe__lanes__0__accumulator__grad_add(a,b,sum);
    
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__accumulator__grad_add


module mgd_trainer_nist7x7_hw_pipe__lanes__0__accumulator__vel_add(a,b,sum);
    
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__accumulator__vel_add


module mgd_trainer_nist7x7_hw_pipe__lanes__0__acts(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
    reg [5:0] read_at;
    integer i;
    initial begin
       for (i = 0; i <= 63; i = i + 1) mem[i] = 0;
       read_at = 0;
       read_data = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[5:0]] <= write_data;
       end
       read_at <= read_address[5:0];
       if (write_enable && write_address[5:0] == read_at) begin
          read_data <= write_data;
       end else begin
          read_data <= mem[read_at];
       end
    end
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[5:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__acts


module mgd_trainer_nist7x7_hw_pipe__lanes__0__corr_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__corr_q


module mgd_trainer_nist7x7_hw_pipe__lanes__0__correlator(sign,active,cost_delta,neg_cost_delta,corr);
    
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__correlator


module mgd_trainer_nist7x7_hw_pipe__lanes__0__grad_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
    reg [31:0] read_q;
    integer i;
    initial begin
       for (i = 0; i <= 255; i = i + 1) mem[i] = 0;
       read_q = 0;
       read_data = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[7:0]] <= write_data;
       end
       if (write_enable && write_address[7:0] == read_address[7:0]) begin
          read_q <= write_data;
       end else begin
          read_q <= mem[read_address[7:0]];
       end
       read_data <= read_q;
    end
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[7:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__grad_mem


module mgd_trainer_nist7x7_hw_pipe__lanes__0__init_done(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__init_done


module mgd_trainer_nist7x7_hw_pipe__lanes__0__init_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__init_row


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_apply(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_apply


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_base


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_fix(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_fix


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_grad(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_grad


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load_data(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load_data


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load_row


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load_stream(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_load_stream


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_next_theta(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_next_theta


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nfix(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nfix


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nprod(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nprod


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nraw(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nraw


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nrow(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nrow


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nrow0(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nrow0


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nrow2(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nrow2


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nsign(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nsign


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nsign0(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nsign0


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nsign2(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nsign2


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nswept(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nswept


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nswept0(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nswept0


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nswept2(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nswept2


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nupd(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nupd


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nupd0(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nupd0


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nupd2(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_nupd2


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_old(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_old


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_product(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_product


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_row


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_step(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_step


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_store(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_store


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_store_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_store_row


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_subtree(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_subtree


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_take(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_take


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_theta(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_theta


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_theta_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_theta_row


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_update(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_update


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_vel(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_vel


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_write(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_write


module mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_x(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__pipe_x


module mgd_trainer_nist7x7_hw_pipe__lanes__0__samples(address,data);
    
    // Module arguments
    input wire  [15:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__samples


module mgd_trainer_nist7x7_hw_pipe__lanes__0__samples_sync(clock,address,data);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    reg [15:0] mem[0:16383];
    integer i;
    initial begin
       for (i = 0; i <= 16383; i = i + 1) mem[i] = 0;
       mem[0] = 16'h2000;
       mem[6] = 16'h2000;
       mem[7] = 16'h2000;
       mem[8] = 16'h2000;
       mem[13] = 16'h2000;
       mem[14] = 16'h2000;
       mem[16] = 16'h2000;
       mem[20] = 16'h2000;
       mem[21] = 16'h2000;
       mem[24] = 16'h2000;
       mem[26] = 16'h2000;
       mem[27] = 16'h2000;
       mem[28] = 16'h2000;
       mem[32] = 16'h2000;
       mem[34] = 16'h2000;
       mem[35] = 16'h2000;
       mem[40] = 16'h2000;
       mem[41] = 16'h2000;
       mem[42] = 16'h2000;
       mem[48] = 16'h2000;
       mem[49] = 16'h2000;
       mem[50] = 16'h2000;
       mem[51] = 16'h2000;
       mem[53] = 16'h2000;
       mem[54] = 16'h2000;
       mem[55] = 16'h2000;
       mem[59] = 16'h2000;
       mem[66] = 16'h2000;
       mem[73] = 16'h2000;
       mem[80] = 16'h2000;
       mem[87] = 16'h2000;
       mem[91] = 16'h2000;
       mem[92] = 16'h2000;
       mem[93] = 16'h2000;
       mem[94] = 16'h2000;
       mem[95] = 16'h2000;
       mem[96] = 16'h2000;
       mem[97] = 16'h2000;
       mem[98] = 16'h2000;
       mem[99] = 16'h2000;
       mem[100] = 16'h2000;
       mem[101] = 16'h2000;
       mem[102] = 16'h2000;
       mem[103] = 16'h2000;
       mem[104] = 16'h2000;
       mem[108] = 16'h2000;
       mem[115] = 16'h2000;
       mem[121] = 16'h2000;
       mem[122] = 16'h2000;
       mem[129] = 16'h2000;
       mem[136] = 16'h2000;
       mem[140] = 16'h2000;
       mem[141] = 16'h2000;
       mem[142] = 16'h2000;
       mem[143] = 16'h2000;
       mem[144] = 16'h2000;
       mem[145] = 16'h2000;
       mem[146] = 16'h2000;
       mem[147] = 16'h2000;
       mem[148] = 16'h2000;
       mem[149] = 16'h2000;
       mem[150] = 16'h2000;
       mem[151] = 16'h2000;
       mem[152] = 16'h2000;
       mem[153] = 16'h2000;
       mem[154] = 16'h2000;
       mem[161] = 16'h2000;
       mem[168] = 16'h2000;
       mem[169] = 16'h2000;
       mem[170] = 16'h2000;
       mem[171] = 16'h2000;
       mem[172] = 16'h2000;
       mem[173] = 16'h2000;
       mem[174] = 16'h2000;
       mem[188] = 16'h2000;
       mem[189] = 16'h2000;
       mem[190] = 16'h2000;
       mem[191] = 16'h2000;
       mem[192] = 16'h2000;
       mem[193] = 16'h2000;
       mem[194] = 16'h2000;
       mem[195] = 16'h2000;
       mem[196] = 16'h2000;
       mem[197] = 16'h2000;
       mem[198] = 16'h2000;
       mem[199] = 16'h2000;
       mem[200] = 16'h2000;
       mem[201] = 16'h2000;
       mem[202] = 16'h2000;
       mem[203] = 16'h2000;
       mem[210] = 16'h2000;
       mem[216] = 16'h2000;
       mem[217] = 16'h2000;
       mem[218] = 16'h2000;
       mem[219] = 16'h2000;
       mem[220] = 16'h2000;
       mem[221] = 16'h2000;
       mem[222] = 16'h2000;
       mem[223] = 16'h2000;
       mem[230] = 16'h2000;
       mem[237] = 16'h2000;
       mem[238] = 16'h2000;
       mem[239] = 16'h2000;
       mem[240] = 16'h2000;
       mem[241] = 16'h2000;
       mem[242] = 16'h2000;
       mem[243] = 16'h2000;
       mem[244] = 16'h2000;
       mem[245] = 16'h2000;
       mem[251] = 16'h2000;
       mem[252] = 16'h2000;
       mem[253] = 16'h2000;
       mem[258] = 16'h2000;
       mem[259] = 16'h2000;
       mem[261] = 16'h2000;
       mem[265] = 16'h2000;
       mem[266] = 16'h2000;
       mem[269] = 16'h2000;
       mem[273] = 16'h2000;
       mem[277] = 16'h2000;
       mem[279] = 16'h2000;
       mem[280] = 16'h2000;
       mem[285] = 16'h2000;
       mem[286] = 16'h2000;
       mem[287] = 16'h2000;
       mem[293] = 16'h2000;
       mem[294] = 16'h2000;
       mem[295] = 16'h2000;
       mem[296] = 16'h2000;
       mem[297] = 16'h2000;
       mem[298] = 16'h2000;
       mem[299] = 16'h2000;
       mem[300] = 16'h2000;
       mem[301] = 16'h2000;
       mem[308] = 16'h2000;
       mem[315] = 16'h2000;
       mem[316] = 16'h2000;
       mem[317] = 16'h2000;
       mem[318] = 16'h2000;
       mem[319] = 16'h2000;
       mem[320] = 16'h2000;
       mem[321] = 16'h2000;
       mem[327] = 16'h2000;
       mem[328] = 16'h2000;
       mem[335] = 16'h2000;
       mem[336] = 16'h2000;
       mem[337] = 16'h2000;
       mem[338] = 16'h2000;
       mem[339] = 16'h2000;
       mem[340] = 16'h2000;
       mem[341] = 16'h2000;
       mem[342] = 16'h2000;
       mem[343] = 16'h2000;
       mem[344] = 16'h2000;
       mem[345] = 16'h2000;
       mem[346] = 16'h2000;
       mem[347] = 16'h2000;
       mem[348] = 16'h2000;
       mem[349] = 16'h2000;
       mem[350] = 16'h2000;
       mem[357] = 16'h2000;
       mem[364] = 16'h2000;
       mem[365] = 16'h2000;
       mem[366] = 16'h2000;
       mem[367] = 16'h2000;
       mem[368] = 16'h2000;
       mem[369] = 16'h2000;
       mem[370] = 16'h2000;
       mem[373] = 16'h2000;
       mem[377] = 16'h2000;
       mem[384] = 16'h2000;
       mem[385] = 16'h2000;
       mem[386] = 16'h2000;
       mem[387] = 16'h2000;
       mem[388] = 16'h2000;
       mem[389] = 16'h2000;
       mem[390] = 16'h2000;
       mem[391] = 16'h2000;
       mem[392] = 16'h2000;
       mem[393] = 16'h2000;
       mem[394] = 16'h2000;
       mem[395] = 16'h2000;
       mem[396] = 16'h2000;
       mem[397] = 16'h2000;
       mem[398] = 16'h2000;
       mem[402] = 16'h2000;
       mem[409] = 16'h2000;
       mem[412] = 16'h2000;
       mem[416] = 16'h2000;
       mem[423] = 16'h2000;
       mem[430] = 16'h2000;
       mem[434] = 16'h2000;
       mem[435] = 16'h2000;
       mem[436] = 16'h2000;
       mem[437] = 16'h2000;
       mem[438] = 16'h2000;
       mem[439] = 16'h2000;
       mem[440] = 16'h2000;
       mem[441] = 16'h2000;
       mem[442] = 16'h2000;
       mem[443] = 16'h2000;
       mem[444] = 16'h2000;
       mem[445] = 16'h2000;
       mem[446] = 16'h2000;
       mem[447] = 16'h2000;
       mem[448] = 16'h2000;
       mem[455] = 16'h2000;
       mem[457] = 16'h2000;
       mem[462] = 16'h2000;
       mem[463] = 16'h2000;
       mem[464] = 16'h2000;
       mem[465] = 16'h2000;
       mem[466] = 16'h2000;
       mem[467] = 16'h2000;
       mem[468] = 16'h2000;
       mem[475] = 16'h2000;
       mem[482] = 16'h2000;
       mem[483] = 16'h2000;
       mem[484] = 16'h2000;
       mem[485] = 16'h2000;
       mem[486] = 16'h2000;
       mem[487] = 16'h2000;
       mem[488] = 16'h2000;
       mem[489] = 16'h2000;
       mem[490] = 16'h2000;
       mem[496] = 16'h2000;
       mem[497] = 16'h2000;
       mem[498] = 16'h2000;
       mem[503] = 16'h2000;
       mem[504] = 16'h2000;
       mem[506] = 16'h2000;
       mem[508] = 16'h2000;
       mem[510] = 16'h2000;
       mem[511] = 16'h2000;
       mem[514] = 16'h2000;
       mem[517] = 16'h2000;
       mem[518] = 16'h2000;
       mem[522] = 16'h2000;
       mem[524] = 16'h2000;
       mem[525] = 16'h2000;
       mem[530] = 16'h2000;
       mem[531] = 16'h2000;
       mem[532] = 16'h2000;
       mem[538] = 16'h2000;
       mem[539] = 16'h2000;
       mem[540] = 16'h2000;
       mem[541] = 16'h2000;
       mem[543] = 16'h2000;
       mem[544] = 16'h2000;
       mem[545] = 16'h2000;
       mem[546] = 16'h2000;
       mem[553] = 16'h2000;
       mem[560] = 16'h2000;
       mem[561] = 16'h2000;
       mem[562] = 16'h2000;
       mem[563] = 16'h2000;
       mem[564] = 16'h2000;
       mem[565] = 16'h2000;
       mem[566] = 16'h2000;
       mem[573] = 16'h2000;
       mem[580] = 16'h2000;
       mem[581] = 16'h2000;
       mem[582] = 16'h2000;
       mem[583] = 16'h2000;
       mem[584] = 16'h2000;
       mem[585] = 16'h2000;
       mem[586] = 16'h2000;
       mem[587] = 16'h2000;
       mem[588] = 16'h2000;
       mem[594] = 16'h2000;
       mem[595] = 16'h2000;
       mem[596] = 16'h2000;
       mem[601] = 16'h2000;
       mem[602] = 16'h2000;
       mem[604] = 16'h2000;
       mem[608] = 16'h2000;
       mem[609] = 16'h2000;
       mem[612] = 16'h2000;
       mem[615] = 16'h2000;
       mem[616] = 16'h2000;
       mem[620] = 16'h2000;
       mem[622] = 16'h2000;
       mem[623] = 16'h2000;
       mem[628] = 16'h2000;
       mem[629] = 16'h2000;
       mem[630] = 16'h2000;
       mem[632] = 16'h2000;
       mem[636] = 16'h2000;
       mem[637] = 16'h2000;
       mem[638] = 16'h2000;
       mem[639] = 16'h2000;
       mem[640] = 16'h2000;
       mem[641] = 16'h2000;
       mem[642] = 16'h2000;
       mem[643] = 16'h2000;
       mem[647] = 16'h2000;
       mem[654] = 16'h2000;
       mem[661] = 16'h2000;
       mem[668] = 16'h2000;
       mem[672] = 16'h2000;
       mem[675] = 16'h2000;
       mem[679] = 16'h2000;
       mem[680] = 16'h2000;
       mem[681] = 16'h2000;
       mem[682] = 16'h2000;
       mem[683] = 16'h2000;
       mem[684] = 16'h2000;
       mem[685] = 16'h2000;
       mem[686] = 16'h2000;
       mem[692] = 16'h2000;
       mem[693] = 16'h2000;
       mem[694] = 16'h2000;
       mem[699] = 16'h2000;
       mem[700] = 16'h2000;
       mem[702] = 16'h2000;
       mem[705] = 16'h2000;
       mem[706] = 16'h2000;
       mem[707] = 16'h2000;
       mem[710] = 16'h2000;
       mem[713] = 16'h2000;
       mem[714] = 16'h2000;
       mem[718] = 16'h2000;
       mem[720] = 16'h2000;
       mem[721] = 16'h2000;
       mem[726] = 16'h2000;
       mem[727] = 16'h2000;
       mem[728] = 16'h2000;
       mem[734] = 16'h2000;
       mem[735] = 16'h2000;
       mem[736] = 16'h2000;
       mem[737] = 16'h2000;
       mem[738] = 16'h2000;
       mem[739] = 16'h2000;
       mem[740] = 16'h2000;
       mem[741] = 16'h2000;
       mem[745] = 16'h2000;
       mem[759] = 16'h2000;
       mem[766] = 16'h2000;
       mem[773] = 16'h2000;
       mem[777] = 16'h2000;
       mem[778] = 16'h2000;
       mem[779] = 16'h2000;
       mem[780] = 16'h2000;
       mem[781] = 16'h2000;
       mem[782] = 16'h2000;
       mem[783] = 16'h2000;
       mem[784] = 16'h2000;
       mem[785] = 16'h2000;
       mem[786] = 16'h2000;
       mem[787] = 16'h2000;
       mem[788] = 16'h2000;
       mem[789] = 16'h2000;
       mem[790] = 16'h2000;
       mem[794] = 16'h2000;
       mem[801] = 16'h2000;
       mem[808] = 16'h2000;
       mem[815] = 16'h2000;
       mem[826] = 16'h2000;
       mem[827] = 16'h2000;
       mem[828] = 16'h2000;
       mem[829] = 16'h2000;
       mem[830] = 16'h2000;
       mem[831] = 16'h2000;
       mem[832] = 16'h2000;
       mem[833] = 16'h2000;
       mem[834] = 16'h2000;
       mem[835] = 16'h2000;
       mem[836] = 16'h2000;
       mem[837] = 16'h2000;
       mem[838] = 16'h2000;
       mem[839] = 16'h2000;
       mem[840] = 16'h2000;
       mem[847] = 16'h2000;
       mem[854] = 16'h2000;
       mem[855] = 16'h2000;
       mem[856] = 16'h2000;
       mem[857] = 16'h2000;
       mem[858] = 16'h2000;
       mem[859] = 16'h2000;
       mem[860] = 16'h2000;
       mem[867] = 16'h2000;
       mem[874] = 16'h2000;
       mem[876] = 16'h2000;
       mem[877] = 16'h2000;
       mem[878] = 16'h2000;
       mem[879] = 16'h2000;
       mem[880] = 16'h2000;
       mem[881] = 16'h2000;
       mem[882] = 16'h2000;
       mem[888] = 16'h2000;
       mem[889] = 16'h2000;
       mem[890] = 16'h2000;
       mem[895] = 16'h2000;
       mem[896] = 16'h2000;
       mem[898] = 16'h2000;
       mem[902] = 16'h2000;
       mem[903] = 16'h2000;
       mem[909] = 16'h2000;
       mem[910] = 16'h2000;
       mem[914] = 16'h2000;
       mem[916] = 16'h2000;
       mem[917] = 16'h2000;
       mem[922] = 16'h2000;
       mem[923] = 16'h2000;
       mem[924] = 16'h2000;
       mem[930] = 16'h2000;
       mem[931] = 16'h2000;
       mem[932] = 16'h2000;
       mem[933] = 16'h2000;
       mem[934] = 16'h2000;
       mem[935] = 16'h2000;
       mem[936] = 16'h2000;
       mem[937] = 16'h2000;
       mem[939] = 16'h2000;
       mem[941] = 16'h2000;
       mem[948] = 16'h2000;
       mem[955] = 16'h2000;
       mem[962] = 16'h2000;
       mem[969] = 16'h2000;
       mem[973] = 16'h2000;
       mem[974] = 16'h2000;
       mem[975] = 16'h2000;
       mem[976] = 16'h2000;
       mem[977] = 16'h2000;
       mem[978] = 16'h2000;
       mem[979] = 16'h2000;
       mem[980] = 16'h2000;
       mem[981] = 16'h2000;
       mem[982] = 16'h2000;
       mem[983] = 16'h2000;
       mem[984] = 16'h2000;
       mem[985] = 16'h2000;
       mem[986] = 16'h2000;
       mem[990] = 16'h2000;
       mem[993] = 16'h2000;
       mem[997] = 16'h2000;
       mem[1004] = 16'h2000;
       mem[1011] = 16'h2000;
       mem[1018] = 16'h2000;
       mem[1022] = 16'h2000;
       mem[1023] = 16'h2000;
       mem[1024] = 16'h2000;
       mem[1025] = 16'h2000;
       mem[1026] = 16'h2000;
       mem[1027] = 16'h2000;
       mem[1028] = 16'h2000;
       mem[1029] = 16'h2000;
       mem[1030] = 16'h2000;
       mem[1031] = 16'h2000;
       mem[1032] = 16'h2000;
       mem[1033] = 16'h2000;
       mem[1034] = 16'h2000;
       mem[1035] = 16'h2000;
       mem[1036] = 16'h2000;
       mem[1043] = 16'h2000;
       mem[1050] = 16'h2000;
       mem[1051] = 16'h2000;
       mem[1052] = 16'h2000;
       mem[1053] = 16'h2000;
       mem[1054] = 16'h2000;
       mem[1055] = 16'h2000;
       mem[1056] = 16'h2000;
       mem[1063] = 16'h2000;
       mem[1068] = 16'h2000;
       mem[1070] = 16'h2000;
       mem[1071] = 16'h2000;
       mem[1072] = 16'h2000;
       mem[1073] = 16'h2000;
       mem[1074] = 16'h2000;
       mem[1075] = 16'h2000;
       mem[1076] = 16'h2000;
       mem[1077] = 16'h2000;
       mem[1078] = 16'h2000;
       mem[1079] = 16'h2000;
       mem[1080] = 16'h2000;
       mem[1081] = 16'h2000;
       mem[1082] = 16'h2000;
       mem[1083] = 16'h2000;
       mem[1084] = 16'h2000;
       mem[1088] = 16'h2000;
       mem[1095] = 16'h2000;
       mem[1102] = 16'h2000;
       mem[1109] = 16'h2000;
       mem[1116] = 16'h2000;
       mem[1120] = 16'h2000;
       mem[1121] = 16'h2000;
       mem[1122] = 16'h2000;
       mem[1123] = 16'h2000;
       mem[1124] = 16'h2000;
       mem[1125] = 16'h2000;
       mem[1127] = 16'h2000;
       mem[1133] = 16'h2000;
       mem[1134] = 16'h2000;
       mem[1135] = 16'h2000;
       mem[1140] = 16'h2000;
       mem[1141] = 16'h2000;
       mem[1143] = 16'h2000;
       mem[1147] = 16'h2000;
       mem[1148] = 16'h2000;
       mem[1151] = 16'h2000;
       mem[1154] = 16'h2000;
       mem[1155] = 16'h2000;
       mem[1161] = 16'h2000;
       mem[1162] = 16'h2000;
       mem[1167] = 16'h2000;
       mem[1168] = 16'h2000;
       mem[1169] = 16'h2000;
       mem[1175] = 16'h2000;
       mem[1176] = 16'h2000;
       mem[1177] = 16'h2000;
       mem[1178] = 16'h2000;
       mem[1179] = 16'h2000;
       mem[1180] = 16'h2000;
       mem[1181] = 16'h2000;
       mem[1182] = 16'h2000;
       mem[1183] = 16'h2000;
       mem[1190] = 16'h2000;
       mem[1197] = 16'h2000;
       mem[1198] = 16'h2000;
       mem[1199] = 16'h2000;
       mem[1200] = 16'h2000;
       mem[1201] = 16'h2000;
       mem[1202] = 16'h2000;
       mem[1203] = 16'h2000;
       mem[1204] = 16'h2000;
       mem[1210] = 16'h2000;
       mem[1217] = 16'h2000;
       mem[1218] = 16'h2000;
       mem[1219] = 16'h2000;
       mem[1220] = 16'h2000;
       mem[1221] = 16'h2000;
       mem[1222] = 16'h2000;
       mem[1223] = 16'h2000;
       mem[1224] = 16'h2000;
       mem[1225] = 16'h2000;
       mem[1226] = 16'h2000;
       mem[1227] = 16'h2000;
       mem[1228] = 16'h2000;
       mem[1229] = 16'h2000;
       mem[1230] = 16'h2000;
       mem[1231] = 16'h2000;
       mem[1235] = 16'h2000;
       mem[1242] = 16'h2000;
       mem[1249] = 16'h2000;
       mem[1252] = 16'h2000;
       mem[1256] = 16'h2000;
       mem[1263] = 16'h2000;
       mem[1267] = 16'h2000;
       mem[1268] = 16'h2000;
       mem[1269] = 16'h2000;
       mem[1270] = 16'h2000;
       mem[1271] = 16'h2000;
       mem[1272] = 16'h2000;
       mem[1273] = 16'h2000;
       mem[1274] = 16'h2000;
       mem[1275] = 16'h2000;
       mem[1276] = 16'h2000;
       mem[1277] = 16'h2000;
       mem[1278] = 16'h2000;
       mem[1279] = 16'h2000;
       mem[1280] = 16'h2000;
       mem[1281] = 16'h2000;
       mem[1288] = 16'h2000;
       mem[1295] = 16'h2000;
       mem[1296] = 16'h2000;
       mem[1297] = 16'h2000;
       mem[1298] = 16'h2000;
       mem[1299] = 16'h2000;
       mem[1300] = 16'h2000;
       mem[1301] = 16'h2000;
       mem[1308] = 16'h2000;
       mem[1311] = 16'h2000;
       mem[1315] = 16'h2000;
       mem[1316] = 16'h2000;
       mem[1317] = 16'h2000;
       mem[1318] = 16'h2000;
       mem[1319] = 16'h2000;
       mem[1320] = 16'h2000;
       mem[1321] = 16'h2000;
       mem[1322] = 16'h2000;
       mem[1323] = 16'h2000;
       mem[1329] = 16'h2000;
       mem[1330] = 16'h2000;
       mem[1331] = 16'h2000;
       mem[1336] = 16'h2000;
       mem[1337] = 16'h2000;
       mem[1339] = 16'h2000;
       mem[1343] = 16'h2000;
       mem[1344] = 16'h2000;
       mem[1347] = 16'h2000;
       mem[1350] = 16'h2000;
       mem[1351] = 16'h2000;
       mem[1355] = 16'h2000;
       mem[1357] = 16'h2000;
       mem[1358] = 16'h2000;
       mem[1361] = 16'h2000;
       mem[1363] = 16'h2000;
       mem[1364] = 16'h2000;
       mem[1365] = 16'h2000;
       mem[1371] = 16'h2000;
       mem[1372] = 16'h2000;
       mem[1376] = 16'h2000;
       mem[1378] = 16'h2000;
       mem[1379] = 16'h2000;
       mem[1380] = 16'h2000;
       mem[1385] = 16'h2000;
       mem[1386] = 16'h2000;
       mem[1388] = 16'h2000;
       mem[1392] = 16'h2000;
       mem[1393] = 16'h2000;
       mem[1396] = 16'h2000;
       mem[1399] = 16'h2000;
       mem[1400] = 16'h2000;
       mem[1404] = 16'h2000;
       mem[1406] = 16'h2000;
       mem[1407] = 16'h2000;
       mem[1412] = 16'h2000;
       mem[1413] = 16'h2000;
       mem[1414] = 16'h2000;
       mem[1420] = 16'h2000;
       mem[1421] = 16'h2000;
       mem[1422] = 16'h2000;
       mem[1424] = 16'h2000;
       mem[1425] = 16'h2000;
       mem[1426] = 16'h2000;
       mem[1427] = 16'h2000;
       mem[1431] = 16'h2000;
       mem[1438] = 16'h2000;
       mem[1445] = 16'h2000;
       mem[1452] = 16'h2000;
       mem[1459] = 16'h2000;
       mem[1466] = 16'h2000;
       mem[1470] = 16'h2000;
       mem[1472] = 16'h2000;
       mem[1473] = 16'h2000;
       mem[1474] = 16'h2000;
       mem[1475] = 16'h2000;
       mem[1476] = 16'h2000;
       mem[1480] = 16'h2000;
       mem[1487] = 16'h2000;
       mem[1494] = 16'h2000;
       mem[1501] = 16'h2000;
       mem[1508] = 16'h2000;
       mem[1512] = 16'h2000;
       mem[1513] = 16'h2000;
       mem[1514] = 16'h2000;
       mem[1515] = 16'h2000;
       mem[1516] = 16'h2000;
       mem[1517] = 16'h2000;
       mem[1518] = 16'h2000;
       mem[1519] = 16'h2000;
       mem[1520] = 16'h2000;
       mem[1521] = 16'h2000;
       mem[1522] = 16'h2000;
       mem[1523] = 16'h2000;
       mem[1524] = 16'h2000;
       mem[1529] = 16'h2000;
       mem[1536] = 16'h2000;
       mem[1543] = 16'h2000;
       mem[1550] = 16'h2000;
       mem[1557] = 16'h2000;
       mem[1561] = 16'h2000;
       mem[1562] = 16'h2000;
       mem[1563] = 16'h2000;
       mem[1564] = 16'h2000;
       mem[1565] = 16'h2000;
       mem[1566] = 16'h2000;
       mem[1567] = 16'h2000;
       mem[1568] = 16'h2000;
       mem[1569] = 16'h2000;
       mem[1570] = 16'h2000;
       mem[1571] = 16'h2000;
       mem[1572] = 16'h2000;
       mem[1573] = 16'h2000;
       mem[1574] = 16'h2000;
       mem[1578] = 16'h2000;
       mem[1585] = 16'h2000;
       mem[1592] = 16'h2000;
       mem[1599] = 16'h2000;
       mem[1606] = 16'h2000;
       mem[1610] = 16'h2000;
       mem[1611] = 16'h2000;
       mem[1613] = 16'h2000;
       mem[1614] = 16'h2000;
       mem[1615] = 16'h2000;
       mem[1616] = 16'h2000;
       mem[1617] = 16'h2000;
       mem[1623] = 16'h2000;
       mem[1624] = 16'h2000;
       mem[1625] = 16'h2000;
       mem[1630] = 16'h2000;
       mem[1633] = 16'h2000;
       mem[1637] = 16'h2000;
       mem[1638] = 16'h2000;
       mem[1641] = 16'h2000;
       mem[1644] = 16'h2000;
       mem[1645] = 16'h2000;
       mem[1649] = 16'h2000;
       mem[1651] = 16'h2000;
       mem[1652] = 16'h2000;
       mem[1657] = 16'h2000;
       mem[1658] = 16'h2000;
       mem[1659] = 16'h2000;
       mem[1665] = 16'h2000;
       mem[1666] = 16'h2000;
       mem[1667] = 16'h2000;
       mem[1668] = 16'h2000;
       mem[1669] = 16'h2000;
       mem[1670] = 16'h2000;
       mem[1671] = 16'h2000;
       mem[1672] = 16'h2000;
       mem[1676] = 16'h2000;
       mem[1683] = 16'h2000;
       mem[1690] = 16'h2000;
       mem[1697] = 16'h2000;
       mem[1699] = 16'h2000;
       mem[1704] = 16'h2000;
       mem[1708] = 16'h2000;
       mem[1709] = 16'h2000;
       mem[1710] = 16'h2000;
       mem[1711] = 16'h2000;
       mem[1712] = 16'h2000;
       mem[1713] = 16'h2000;
       mem[1714] = 16'h2000;
       mem[1715] = 16'h2000;
       mem[1716] = 16'h2000;
       mem[1717] = 16'h2000;
       mem[1718] = 16'h2000;
       mem[1719] = 16'h2000;
       mem[1720] = 16'h2000;
       mem[1721] = 16'h2000;
       mem[1725] = 16'h2000;
       mem[1732] = 16'h2000;
       mem[1733] = 16'h2000;
       mem[1739] = 16'h2000;
       mem[1746] = 16'h2000;
       mem[1753] = 16'h2000;
       mem[1760] = 16'h2000;
       mem[1764] = 16'h2000;
       mem[1765] = 16'h2000;
       mem[1766] = 16'h2000;
       mem[1767] = 16'h2000;
       mem[1768] = 16'h2000;
       mem[1769] = 16'h2000;
       mem[1770] = 16'h2000;
       mem[1774] = 16'h2000;
       mem[1781] = 16'h2000;
       mem[1788] = 16'h2000;
       mem[1795] = 16'h2000;
       mem[1802] = 16'h2000;
       mem[1808] = 16'h2000;
       mem[1809] = 16'h2000;
       mem[1814] = 16'h2000;
       mem[1815] = 16'h2000;
       mem[1816] = 16'h2000;
       mem[1817] = 16'h2000;
       mem[1818] = 16'h2000;
       mem[1819] = 16'h2000;
       mem[1820] = 16'h2000;
       mem[1827] = 16'h2000;
       mem[1834] = 16'h2000;
       mem[1835] = 16'h2000;
       mem[1836] = 16'h2000;
       mem[1837] = 16'h2000;
       mem[1838] = 16'h2000;
       mem[1839] = 16'h2000;
       mem[1840] = 16'h2000;
       mem[1847] = 16'h2000;
       mem[1854] = 16'h2000;
       mem[1855] = 16'h2000;
       mem[1856] = 16'h2000;
       mem[1857] = 16'h2000;
       mem[1858] = 16'h2000;
       mem[1859] = 16'h2000;
       mem[1860] = 16'h2000;
       mem[1861] = 16'h2000;
       mem[1862] = 16'h2000;
       mem[1863] = 16'h2000;
       mem[1864] = 16'h2000;
       mem[1865] = 16'h2000;
       mem[1866] = 16'h2000;
       mem[1868] = 16'h2000;
       mem[1872] = 16'h2000;
       mem[1879] = 16'h2000;
       mem[1886] = 16'h2000;
       mem[1893] = 16'h2000;
       mem[1900] = 16'h2000;
       mem[1907] = 16'h2000;
       mem[1911] = 16'h2000;
       mem[1912] = 16'h2000;
       mem[1913] = 16'h2000;
       mem[1914] = 16'h2000;
       mem[1915] = 16'h2000;
       mem[1916] = 16'h2000;
       mem[1917] = 16'h2000;
       mem[1918] = 16'h2000;
       mem[1925] = 16'h2000;
       mem[1932] = 16'h2000;
       mem[1933] = 16'h2000;
       mem[1934] = 16'h2000;
       mem[1935] = 16'h2000;
       mem[1936] = 16'h2000;
       mem[1937] = 16'h2000;
       mem[1938] = 16'h2000;
       mem[1945] = 16'h2000;
       mem[1952] = 16'h2000;
       mem[1953] = 16'h2000;
       mem[1955] = 16'h2000;
       mem[1956] = 16'h2000;
       mem[1957] = 16'h2000;
       mem[1958] = 16'h2000;
       mem[1959] = 16'h2000;
       mem[1960] = 16'h2000;
       mem[1961] = 16'h2000;
       mem[1962] = 16'h2000;
       mem[1963] = 16'h2000;
       mem[1964] = 16'h2000;
       mem[1965] = 16'h2000;
       mem[1966] = 16'h2000;
       mem[1967] = 16'h2000;
       mem[1973] = 16'h2000;
       mem[1974] = 16'h2000;
       mem[1981] = 16'h2000;
       mem[1982] = 16'h2000;
       mem[1983] = 16'h2000;
       mem[1984] = 16'h2000;
       mem[1985] = 16'h2000;
       mem[1986] = 16'h2000;
       mem[1987] = 16'h2000;
       mem[1994] = 16'h2000;
       mem[2001] = 16'h2000;
       mem[2002] = 16'h2000;
       mem[2003] = 16'h2000;
       mem[2004] = 16'h2000;
       mem[2005] = 16'h2000;
       mem[2006] = 16'h2000;
       mem[2007] = 16'h2000;
       mem[2008] = 16'h2000;
       mem[2009] = 16'h2000;
       mem[2015] = 16'h2000;
       mem[2016] = 16'h2000;
       mem[2017] = 16'h2000;
       mem[2022] = 16'h2000;
       mem[2023] = 16'h2000;
       mem[2025] = 16'h2000;
       mem[2029] = 16'h2000;
       mem[2030] = 16'h2000;
       mem[2033] = 16'h2000;
       mem[2036] = 16'h2000;
       mem[2037] = 16'h2000;
       mem[2039] = 16'h2000;
       mem[2041] = 16'h2000;
       mem[2043] = 16'h2000;
       mem[2044] = 16'h2000;
       mem[2049] = 16'h2000;
       mem[2050] = 16'h2000;
       mem[2051] = 16'h2000;
       mem[2057] = 16'h2000;
       mem[2058] = 16'h2000;
       mem[2059] = 16'h2000;
       mem[2060] = 16'h2000;
       mem[2061] = 16'h2000;
       mem[2062] = 16'h2000;
       mem[2063] = 16'h2000;
       mem[2064] = 16'h2000;
       mem[2068] = 16'h2000;
       mem[2075] = 16'h2000;
       mem[2082] = 16'h2000;
       mem[2089] = 16'h2000;
       mem[2095] = 16'h2000;
       mem[2096] = 16'h2000;
       mem[2100] = 16'h2000;
       mem[2101] = 16'h2000;
       mem[2102] = 16'h2000;
       mem[2103] = 16'h2000;
       mem[2104] = 16'h2000;
       mem[2105] = 16'h2000;
       mem[2106] = 16'h2000;
       mem[2107] = 16'h2000;
       mem[2108] = 16'h2000;
       mem[2109] = 16'h2000;
       mem[2110] = 16'h2000;
       mem[2111] = 16'h2000;
       mem[2112] = 16'h2000;
       mem[2114] = 16'h2000;
       mem[2121] = 16'h2000;
       mem[2128] = 16'h2000;
       mem[2129] = 16'h2000;
       mem[2130] = 16'h2000;
       mem[2131] = 16'h2000;
       mem[2132] = 16'h2000;
       mem[2133] = 16'h2000;
       mem[2134] = 16'h2000;
       mem[2141] = 16'h2000;
       mem[2148] = 16'h2000;
       mem[2149] = 16'h2000;
       mem[2150] = 16'h2000;
       mem[2151] = 16'h2000;
       mem[2152] = 16'h2000;
       mem[2153] = 16'h2000;
       mem[2154] = 16'h2000;
       mem[2155] = 16'h2000;
       mem[2156] = 16'h2000;
       mem[2157] = 16'h2000;
       mem[2158] = 16'h2000;
       mem[2159] = 16'h2000;
       mem[2160] = 16'h2000;
       mem[2161] = 16'h2000;
       mem[2162] = 16'h2000;
       mem[2163] = 16'h2000;
       mem[2170] = 16'h2000;
       mem[2177] = 16'h2000;
       mem[2178] = 16'h2000;
       mem[2179] = 16'h2000;
       mem[2180] = 16'h2000;
       mem[2181] = 16'h2000;
       mem[2182] = 16'h2000;
       mem[2190] = 16'h2000;
       mem[2197] = 16'h2000;
       mem[2198] = 16'h2000;
       mem[2199] = 16'h2000;
       mem[2200] = 16'h2000;
       mem[2201] = 16'h2000;
       mem[2202] = 16'h2000;
       mem[2203] = 16'h2000;
       mem[2204] = 16'h2000;
       mem[2205] = 16'h2000;
       mem[2206] = 16'h2000;
       mem[2207] = 16'h2000;
       mem[2208] = 16'h2000;
       mem[2209] = 16'h2000;
       mem[2210] = 16'h2000;
       mem[2211] = 16'h2000;
       mem[2215] = 16'h2000;
       mem[2222] = 16'h2000;
       mem[2229] = 16'h2000;
       mem[2236] = 16'h2000;
       mem[2243] = 16'h2000;
       mem[2244] = 16'h2000;
       mem[2247] = 16'h2000;
       mem[2248] = 16'h2000;
       mem[2249] = 16'h2000;
       mem[2250] = 16'h2000;
       mem[2251] = 16'h2000;
       mem[2252] = 16'h2000;
       mem[2253] = 16'h2000;
       mem[2254] = 16'h2000;
       mem[2260] = 16'h2000;
       mem[2261] = 16'h2000;
       mem[2262] = 16'h2000;
       mem[2267] = 16'h2000;
       mem[2268] = 16'h2000;
       mem[2270] = 16'h2000;
       mem[2274] = 16'h2000;
       mem[2275] = 16'h2000;
       mem[2278] = 16'h2000;
       mem[2281] = 16'h2000;
       mem[2286] = 16'h2000;
       mem[2288] = 16'h2000;
       mem[2289] = 16'h2000;
       mem[2294] = 16'h2000;
       mem[2295] = 16'h2000;
       mem[2296] = 16'h2000;
       mem[2302] = 16'h2000;
       mem[2303] = 16'h2000;
       mem[2309] = 16'h2000;
       mem[2310] = 16'h2000;
       mem[2311] = 16'h2000;
       mem[2316] = 16'h2000;
       mem[2317] = 16'h2000;
       mem[2323] = 16'h2000;
       mem[2324] = 16'h2000;
       mem[2327] = 16'h2000;
       mem[2330] = 16'h2000;
       mem[2331] = 16'h2000;
       mem[2335] = 16'h2000;
       mem[2337] = 16'h2000;
       mem[2338] = 16'h2000;
       mem[2343] = 16'h2000;
       mem[2344] = 16'h2000;
       mem[2345] = 16'h2000;
       mem[2351] = 16'h2000;
       mem[2352] = 16'h2000;
       mem[2353] = 16'h2000;
       mem[2354] = 16'h2000;
       mem[2355] = 16'h2000;
       mem[2356] = 16'h2000;
       mem[2357] = 16'h2000;
       mem[2358] = 16'h2000;
       mem[2359] = 16'h2000;
       mem[2366] = 16'h2000;
       mem[2373] = 16'h2000;
       mem[2374] = 16'h2000;
       mem[2375] = 16'h2000;
       mem[2376] = 16'h2000;
       mem[2377] = 16'h2000;
       mem[2378] = 16'h2000;
       mem[2379] = 16'h2000;
       mem[2386] = 16'h2000;
       mem[2393] = 16'h2000;
       mem[2394] = 16'h2000;
       mem[2395] = 16'h2000;
       mem[2397] = 16'h2000;
       mem[2398] = 16'h2000;
       mem[2399] = 16'h2000;
       mem[2400] = 16'h2000;
       mem[2401] = 16'h2000;
       mem[2402] = 16'h2000;
       mem[2403] = 16'h2000;
       mem[2404] = 16'h2000;
       mem[2405] = 16'h2000;
       mem[2406] = 16'h2000;
       mem[2407] = 16'h2000;
       mem[2411] = 16'h2000;
       mem[2418] = 16'h2000;
       mem[2425] = 16'h2000;
       mem[2429] = 16'h2000;
       mem[2432] = 16'h2000;
       mem[2439] = 16'h2000;
       mem[2446] = 16'h2000;
       mem[2450] = 16'h2000;
       mem[2456] = 16'h2000;
       mem[2457] = 16'h2000;
       mem[2458] = 16'h2000;
       mem[2463] = 16'h2000;
       mem[2464] = 16'h2000;
       mem[2466] = 16'h2000;
       mem[2470] = 16'h2000;
       mem[2471] = 16'h2000;
       mem[2474] = 16'h2000;
       mem[2477] = 16'h2000;
       mem[2478] = 16'h2000;
       mem[2482] = 16'h2000;
       mem[2484] = 16'h2000;
       mem[2485] = 16'h2000;
       mem[2490] = 16'h2000;
       mem[2491] = 16'h2000;
       mem[2492] = 16'h2000;
       mem[2499] = 16'h2000;
       mem[2505] = 16'h2000;
       mem[2506] = 16'h2000;
       mem[2507] = 16'h2000;
       mem[2512] = 16'h2000;
       mem[2513] = 16'h2000;
       mem[2515] = 16'h2000;
       mem[2519] = 16'h2000;
       mem[2520] = 16'h2000;
       mem[2523] = 16'h2000;
       mem[2526] = 16'h2000;
       mem[2527] = 16'h2000;
       mem[2528] = 16'h2000;
       mem[2531] = 16'h2000;
       mem[2533] = 16'h2000;
       mem[2534] = 16'h2000;
       mem[2539] = 16'h2000;
       mem[2540] = 16'h2000;
       mem[2541] = 16'h2000;
       mem[2547] = 16'h2000;
       mem[2548] = 16'h2000;
       mem[2549] = 16'h2000;
       mem[2550] = 16'h2000;
       mem[2551] = 16'h2000;
       mem[2552] = 16'h2000;
       mem[2554] = 16'h2000;
       mem[2555] = 16'h2000;
       mem[2562] = 16'h2000;
       mem[2569] = 16'h2000;
       mem[2570] = 16'h2000;
       mem[2571] = 16'h2000;
       mem[2572] = 16'h2000;
       mem[2573] = 16'h2000;
       mem[2574] = 16'h2000;
       mem[2575] = 16'h2000;
       mem[2582] = 16'h2000;
       mem[2589] = 16'h2000;
       mem[2590] = 16'h2000;
       mem[2591] = 16'h2000;
       mem[2592] = 16'h2000;
       mem[2593] = 16'h2000;
       mem[2594] = 16'h2000;
       mem[2595] = 16'h2000;
       mem[2596] = 16'h2000;
       mem[2597] = 16'h2000;
       mem[2598] = 16'h2000;
       mem[2599] = 16'h2000;
       mem[2600] = 16'h2000;
       mem[2601] = 16'h2000;
       mem[2602] = 16'h2000;
       mem[2603] = 16'h2000;
       mem[2604] = 16'h2000;
       mem[2611] = 16'h2000;
       mem[2618] = 16'h2000;
       mem[2619] = 16'h2000;
       mem[2620] = 16'h2000;
       mem[2621] = 16'h2000;
       mem[2622] = 16'h2000;
       mem[2623] = 16'h2000;
       mem[2624] = 16'h2000;
       mem[2631] = 16'h2000;
       mem[2635] = 16'h2000;
       mem[2638] = 16'h2000;
       mem[2639] = 16'h2000;
       mem[2640] = 16'h2000;
       mem[2641] = 16'h2000;
       mem[2642] = 16'h2000;
       mem[2643] = 16'h2000;
       mem[2644] = 16'h2000;
       mem[2645] = 16'h2000;
       mem[2646] = 16'h2000;
       mem[2652] = 16'h2000;
       mem[2654] = 16'h2000;
       mem[2659] = 16'h2000;
       mem[2660] = 16'h2000;
       mem[2662] = 16'h2000;
       mem[2666] = 16'h2000;
       mem[2667] = 16'h2000;
       mem[2670] = 16'h2000;
       mem[2673] = 16'h2000;
       mem[2674] = 16'h2000;
       mem[2678] = 16'h2000;
       mem[2680] = 16'h2000;
       mem[2681] = 16'h2000;
       mem[2686] = 16'h2000;
       mem[2687] = 16'h2000;
       mem[2688] = 16'h2000;
       mem[2694] = 16'h2000;
       mem[2695] = 16'h2000;
       mem[2696] = 16'h2000;
       mem[2697] = 16'h2000;
       mem[2698] = 16'h2000;
       mem[2699] = 16'h2000;
       mem[2700] = 16'h2000;
       mem[2701] = 16'h2000;
       mem[2702] = 16'h2000;
       mem[2705] = 16'h2000;
       mem[2712] = 16'h2000;
       mem[2719] = 16'h2000;
       mem[2726] = 16'h2000;
       mem[2733] = 16'h2000;
       mem[2737] = 16'h2000;
       mem[2738] = 16'h2000;
       mem[2739] = 16'h2000;
       mem[2740] = 16'h2000;
       mem[2741] = 16'h2000;
       mem[2742] = 16'h2000;
       mem[2743] = 16'h2000;
       mem[2744] = 16'h2000;
       mem[2745] = 16'h2000;
       mem[2746] = 16'h2000;
       mem[2747] = 16'h2000;
       mem[2748] = 16'h2000;
       mem[2749] = 16'h2000;
       mem[2750] = 16'h2000;
       mem[2754] = 16'h2000;
       mem[2761] = 16'h2000;
       mem[2765] = 16'h2000;
       mem[2768] = 16'h2000;
       mem[2775] = 16'h2000;
       mem[2782] = 16'h2000;
       mem[2789] = 16'h2000;
       mem[2793] = 16'h2000;
       mem[2799] = 16'h2000;
       mem[2800] = 16'h2000;
       mem[2801] = 16'h2000;
       mem[2806] = 16'h2000;
       mem[2807] = 16'h2000;
       mem[2809] = 16'h2000;
       mem[2813] = 16'h2000;
       mem[2814] = 16'h2000;
       mem[2817] = 16'h2000;
       mem[2820] = 16'h2000;
       mem[2821] = 16'h2000;
       mem[2825] = 16'h2000;
       mem[2827] = 16'h2000;
       mem[2828] = 16'h2000;
       mem[2833] = 16'h2000;
       mem[2834] = 16'h2000;
       mem[2841] = 16'h2000;
       mem[2842] = 16'h2000;
       mem[2843] = 16'h2000;
       mem[2844] = 16'h2000;
       mem[2845] = 16'h2000;
       mem[2846] = 16'h2000;
       mem[2847] = 16'h2000;
       mem[2848] = 16'h2000;
       mem[2849] = 16'h2000;
       mem[2856] = 16'h2000;
       mem[2863] = 16'h2000;
       mem[2864] = 16'h2000;
       mem[2865] = 16'h2000;
       mem[2866] = 16'h2000;
       mem[2867] = 16'h2000;
       mem[2869] = 16'h2000;
       mem[2876] = 16'h2000;
       mem[2883] = 16'h2000;
       mem[2884] = 16'h2000;
       mem[2885] = 16'h2000;
       mem[2886] = 16'h2000;
       mem[2887] = 16'h2000;
       mem[2888] = 16'h2000;
       mem[2889] = 16'h2000;
       mem[2890] = 16'h2000;
       mem[2891] = 16'h2000;
       mem[2897] = 16'h2000;
       mem[2898] = 16'h2000;
       mem[2899] = 16'h2000;
       mem[2904] = 16'h2000;
       mem[2905] = 16'h2000;
       mem[2907] = 16'h2000;
       mem[2911] = 16'h2000;
       mem[2912] = 16'h2000;
       mem[2915] = 16'h2000;
       mem[2918] = 16'h2000;
       mem[2919] = 16'h2000;
       mem[2922] = 16'h2000;
       mem[2923] = 16'h2000;
       mem[2925] = 16'h2000;
       mem[2926] = 16'h2000;
       mem[2931] = 16'h2000;
       mem[2932] = 16'h2000;
       mem[2933] = 16'h2000;
       mem[2939] = 16'h2000;
       mem[2940] = 16'h2000;
       mem[2941] = 16'h2000;
       mem[2942] = 16'h2000;
       mem[2943] = 16'h2000;
       mem[2944] = 16'h2000;
       mem[2945] = 16'h2000;
       mem[2946] = 16'h2000;
       mem[2950] = 16'h2000;
       mem[2957] = 16'h2000;
       mem[2961] = 16'h2000;
       mem[2964] = 16'h2000;
       mem[2971] = 16'h2000;
       mem[2978] = 16'h2000;
       mem[2982] = 16'h2000;
       mem[2983] = 16'h2000;
       mem[2984] = 16'h2000;
       mem[2985] = 16'h2000;
       mem[2986] = 16'h2000;
       mem[2987] = 16'h2000;
       mem[2988] = 16'h2000;
       mem[2989] = 16'h2000;
       mem[2990] = 16'h2000;
       mem[2992] = 16'h2000;
       mem[2993] = 16'h2000;
       mem[2994] = 16'h2000;
       mem[2995] = 16'h2000;
       mem[2999] = 16'h2000;
       mem[3006] = 16'h2000;
       mem[3013] = 16'h2000;
       mem[3020] = 16'h2000;
       mem[3027] = 16'h2000;
       mem[3031] = 16'h2000;
       mem[3032] = 16'h2000;
       mem[3033] = 16'h2000;
       mem[3034] = 16'h2000;
       mem[3035] = 16'h2000;
       mem[3036] = 16'h2000;
       mem[3037] = 16'h2000;
       mem[3038] = 16'h2000;
       mem[3039] = 16'h2000;
       mem[3040] = 16'h2000;
       mem[3041] = 16'h2000;
       mem[3042] = 16'h2000;
       mem[3043] = 16'h2000;
       mem[3044] = 16'h2000;
       mem[3045] = 16'h2000;
       mem[3052] = 16'h2000;
       mem[3059] = 16'h2000;
       mem[3060] = 16'h2000;
       mem[3061] = 16'h2000;
       mem[3062] = 16'h2000;
       mem[3063] = 16'h2000;
       mem[3064] = 16'h2000;
       mem[3065] = 16'h2000;
       mem[3072] = 16'h2000;
       mem[3079] = 16'h2000;
       mem[3080] = 16'h2000;
       mem[3081] = 16'h2000;
       mem[3082] = 16'h2000;
       mem[3083] = 16'h2000;
       mem[3084] = 16'h2000;
       mem[3086] = 16'h2000;
       mem[3087] = 16'h2000;
       mem[3088] = 16'h2000;
       mem[3089] = 16'h2000;
       mem[3090] = 16'h2000;
       mem[3091] = 16'h2000;
       mem[3092] = 16'h2000;
       mem[3093] = 16'h2000;
       mem[3094] = 16'h2000;
       mem[3101] = 16'h2000;
       mem[3108] = 16'h2000;
       mem[3109] = 16'h2000;
       mem[3110] = 16'h2000;
       mem[3111] = 16'h2000;
       mem[3112] = 16'h2000;
       mem[3113] = 16'h2000;
       mem[3114] = 16'h2000;
       mem[3121] = 16'h2000;
       mem[3128] = 16'h2000;
       mem[3129] = 16'h2000;
       mem[3130] = 16'h2000;
       mem[3131] = 16'h2000;
       mem[3133] = 16'h2000;
       mem[3134] = 16'h2000;
       mem[3135] = 16'h2000;
       mem[3136] = 16'h2000;
       mem[3137] = 16'h2000;
       mem[3142] = 16'h2000;
       mem[3143] = 16'h2000;
       mem[3144] = 16'h2000;
       mem[3149] = 16'h2000;
       mem[3150] = 16'h2000;
       mem[3152] = 16'h2000;
       mem[3156] = 16'h2000;
       mem[3157] = 16'h2000;
       mem[3160] = 16'h2000;
       mem[3163] = 16'h2000;
       mem[3164] = 16'h2000;
       mem[3168] = 16'h2000;
       mem[3170] = 16'h2000;
       mem[3171] = 16'h2000;
       mem[3176] = 16'h2000;
       mem[3177] = 16'h2000;
       mem[3178] = 16'h2000;
       mem[3184] = 16'h2000;
       mem[3185] = 16'h2000;
       mem[3191] = 16'h2000;
       mem[3192] = 16'h2000;
       mem[3193] = 16'h2000;
       mem[3198] = 16'h2000;
       mem[3199] = 16'h2000;
       mem[3201] = 16'h2000;
       mem[3205] = 16'h2000;
       mem[3206] = 16'h2000;
       mem[3209] = 16'h2000;
       mem[3212] = 16'h2000;
       mem[3213] = 16'h2000;
       mem[3217] = 16'h2000;
       mem[3219] = 16'h2000;
       mem[3220] = 16'h2000;
       mem[3224] = 16'h2000;
       mem[3225] = 16'h2000;
       mem[3226] = 16'h2000;
       mem[3227] = 16'h2000;
       mem[3233] = 16'h2000;
       mem[3234] = 16'h2000;
       mem[3235] = 16'h2000;
       mem[3236] = 16'h2000;
       mem[3237] = 16'h2000;
       mem[3238] = 16'h2000;
       mem[3239] = 16'h2000;
       mem[3240] = 16'h2000;
       mem[3244] = 16'h2000;
       mem[3251] = 16'h2000;
       mem[3258] = 16'h2000;
       mem[3265] = 16'h2000;
       mem[3270] = 16'h2000;
       mem[3272] = 16'h2000;
       mem[3279] = 16'h2000;
       mem[3283] = 16'h2000;
       mem[3284] = 16'h2000;
       mem[3285] = 16'h2000;
       mem[3286] = 16'h2000;
       mem[3287] = 16'h2000;
       mem[3288] = 16'h2000;
       mem[3289] = 16'h2000;
       mem[3290] = 16'h2000;
       mem[3292] = 16'h2000;
       mem[3297] = 16'h2000;
       mem[3304] = 16'h2000;
       mem[3305] = 16'h2000;
       mem[3306] = 16'h2000;
       mem[3307] = 16'h2000;
       mem[3308] = 16'h2000;
       mem[3309] = 16'h2000;
       mem[3310] = 16'h2000;
       mem[3317] = 16'h2000;
       mem[3324] = 16'h2000;
       mem[3325] = 16'h2000;
       mem[3326] = 16'h2000;
       mem[3327] = 16'h2000;
       mem[3328] = 16'h2000;
       mem[3329] = 16'h2000;
       mem[3330] = 16'h2000;
       mem[3331] = 16'h2000;
       mem[3332] = 16'h2000;
       mem[3333] = 16'h2000;
       mem[3334] = 16'h2000;
       mem[3335] = 16'h2000;
       mem[3336] = 16'h2000;
       mem[3337] = 16'h2000;
       mem[3338] = 16'h2000;
       mem[3339] = 16'h2000;
       mem[3353] = 16'h2000;
       mem[3354] = 16'h2000;
       mem[3355] = 16'h2000;
       mem[3356] = 16'h2000;
       mem[3357] = 16'h2000;
       mem[3358] = 16'h2000;
       mem[3359] = 16'h2000;
       mem[3366] = 16'h2000;
       mem[3373] = 16'h2000;
       mem[3374] = 16'h2000;
       mem[3375] = 16'h2000;
       mem[3376] = 16'h2000;
       mem[3377] = 16'h2000;
       mem[3378] = 16'h2000;
       mem[3379] = 16'h2000;
       mem[3380] = 16'h2000;
       mem[3381] = 16'h2000;
       mem[3387] = 16'h2000;
       mem[3388] = 16'h2000;
       mem[3389] = 16'h2000;
       mem[3392] = 16'h2000;
       mem[3394] = 16'h2000;
       mem[3395] = 16'h2000;
       mem[3397] = 16'h2000;
       mem[3401] = 16'h2000;
       mem[3402] = 16'h2000;
       mem[3405] = 16'h2000;
       mem[3408] = 16'h2000;
       mem[3409] = 16'h2000;
       mem[3413] = 16'h2000;
       mem[3415] = 16'h2000;
       mem[3416] = 16'h2000;
       mem[3421] = 16'h2000;
       mem[3422] = 16'h2000;
       mem[3423] = 16'h2000;
       mem[3429] = 16'h2000;
       mem[3430] = 16'h2000;
       mem[3431] = 16'h2000;
       mem[3432] = 16'h2000;
       mem[3433] = 16'h2000;
       mem[3434] = 16'h2000;
       mem[3435] = 16'h2000;
       mem[3436] = 16'h2000;
       mem[3440] = 16'h2000;
       mem[3446] = 16'h2000;
       mem[3447] = 16'h2000;
       mem[3454] = 16'h2000;
       mem[3461] = 16'h2000;
       mem[3468] = 16'h2000;
       mem[3475] = 16'h2000;
       mem[3479] = 16'h2000;
       mem[3480] = 16'h2000;
       mem[3481] = 16'h2000;
       mem[3482] = 16'h2000;
       mem[3483] = 16'h2000;
       mem[3484] = 16'h2000;
       mem[3485] = 16'h2000;
       mem[3496] = 16'h2000;
       mem[3503] = 16'h2000;
       mem[3510] = 16'h2000;
       mem[3517] = 16'h2000;
       mem[3521] = 16'h2000;
       mem[3522] = 16'h2000;
       mem[3523] = 16'h2000;
       mem[3524] = 16'h2000;
       mem[3525] = 16'h2000;
       mem[3526] = 16'h2000;
       mem[3527] = 16'h2000;
       mem[3528] = 16'h2000;
       mem[3529] = 16'h2000;
       mem[3530] = 16'h2000;
       mem[3531] = 16'h2000;
       mem[3532] = 16'h2000;
       mem[3533] = 16'h2000;
       mem[3534] = 16'h2000;
       mem[3535] = 16'h2000;
       mem[3542] = 16'h2000;
       mem[3549] = 16'h2000;
       mem[3550] = 16'h2000;
       mem[3551] = 16'h2000;
       mem[3552] = 16'h2000;
       mem[3553] = 16'h2000;
       mem[3554] = 16'h2000;
       mem[3555] = 16'h2000;
       mem[3562] = 16'h2000;
       mem[3563] = 16'h2000;
       mem[3569] = 16'h2000;
       mem[3570] = 16'h2000;
       mem[3571] = 16'h2000;
       mem[3572] = 16'h2000;
       mem[3573] = 16'h2000;
       mem[3574] = 16'h2000;
       mem[3575] = 16'h2000;
       mem[3576] = 16'h2000;
       mem[3577] = 16'h2000;
       mem[3578] = 16'h2000;
       mem[3579] = 16'h2000;
       mem[3580] = 16'h2000;
       mem[3581] = 16'h2000;
       mem[3582] = 16'h2000;
       mem[3583] = 16'h2000;
       mem[3584] = 16'h2000;
       mem[3591] = 16'h2000;
       mem[3598] = 16'h2000;
       mem[3599] = 16'h2000;
       mem[3600] = 16'h2000;
       mem[3601] = 16'h2000;
       mem[3603] = 16'h2000;
       mem[3604] = 16'h2000;
       mem[3611] = 16'h2000;
       mem[3618] = 16'h2000;
       mem[3619] = 16'h2000;
       mem[3620] = 16'h2000;
       mem[3621] = 16'h2000;
       mem[3622] = 16'h2000;
       mem[3623] = 16'h2000;
       mem[3624] = 16'h2000;
       mem[3625] = 16'h2000;
       mem[3626] = 16'h2000;
       mem[3627] = 16'h2000;
       mem[3628] = 16'h2000;
       mem[3629] = 16'h2000;
       mem[3630] = 16'h2000;
       mem[3631] = 16'h2000;
       mem[3632] = 16'h2000;
       mem[3636] = 16'h2000;
       mem[3643] = 16'h2000;
       mem[3650] = 16'h2000;
       mem[3651] = 16'h2000;
       mem[3657] = 16'h2000;
       mem[3664] = 16'h2000;
       mem[3668] = 16'h2000;
       mem[3669] = 16'h2000;
       mem[3670] = 16'h2000;
       mem[3671] = 16'h2000;
       mem[3672] = 16'h2000;
       mem[3673] = 16'h2000;
       mem[3674] = 16'h2000;
       mem[3675] = 16'h2000;
       mem[3676] = 16'h2000;
       mem[3677] = 16'h2000;
       mem[3678] = 16'h2000;
       mem[3679] = 16'h2000;
       mem[3680] = 16'h2000;
       mem[3681] = 16'h2000;
       mem[3685] = 16'h2000;
       mem[3689] = 16'h2000;
       mem[3692] = 16'h2000;
       mem[3699] = 16'h2000;
       mem[3706] = 16'h2000;
       mem[3713] = 16'h2000;
       mem[3720] = 16'h2000;
       mem[3724] = 16'h2000;
       mem[3725] = 16'h2000;
       mem[3726] = 16'h2000;
       mem[3727] = 16'h2000;
       mem[3728] = 16'h2000;
       mem[3729] = 16'h2000;
       mem[3730] = 16'h2000;
       mem[3734] = 16'h2000;
       mem[3741] = 16'h2000;
       mem[3748] = 16'h2000;
       mem[3755] = 16'h2000;
       mem[3760] = 16'h2000;
       mem[3762] = 16'h2000;
       mem[3766] = 16'h2000;
       mem[3767] = 16'h2000;
       mem[3768] = 16'h2000;
       mem[3769] = 16'h2000;
       mem[3770] = 16'h2000;
       mem[3771] = 16'h2000;
       mem[3772] = 16'h2000;
       mem[3773] = 16'h2000;
       mem[3774] = 16'h2000;
       mem[3775] = 16'h2000;
       mem[3776] = 16'h2000;
       mem[3777] = 16'h2000;
       mem[3778] = 16'h2000;
       mem[3779] = 16'h2000;
       mem[3783] = 16'h2000;
       mem[3790] = 16'h2000;
       mem[3795] = 16'h2000;
       mem[3797] = 16'h2000;
       mem[3804] = 16'h2000;
       mem[3811] = 16'h2000;
       mem[3815] = 16'h2000;
       mem[3816] = 16'h2000;
       mem[3817] = 16'h2000;
       mem[3818] = 16'h2000;
       mem[3819] = 16'h2000;
       mem[3820] = 16'h2000;
       mem[3821] = 16'h2000;
       mem[3822] = 16'h2000;
       mem[3828] = 16'h2000;
       mem[3829] = 16'h2000;
       mem[3830] = 16'h2000;
       mem[3835] = 16'h2000;
       mem[3836] = 16'h2000;
       mem[3838] = 16'h2000;
       mem[3842] = 16'h2000;
       mem[3843] = 16'h2000;
       mem[3846] = 16'h2000;
       mem[3849] = 16'h2000;
       mem[3850] = 16'h2000;
       mem[3854] = 16'h2000;
       mem[3857] = 16'h2000;
       mem[3862] = 16'h2000;
       mem[3863] = 16'h2000;
       mem[3864] = 16'h2000;
       mem[3870] = 16'h2000;
       mem[3871] = 16'h2000;
       mem[3873] = 16'h2000;
       mem[3874] = 16'h2000;
       mem[3875] = 16'h2000;
       mem[3876] = 16'h2000;
       mem[3877] = 16'h2000;
       mem[3878] = 16'h2000;
       mem[3885] = 16'h2000;
       mem[3892] = 16'h2000;
       mem[3893] = 16'h2000;
       mem[3894] = 16'h2000;
       mem[3895] = 16'h2000;
       mem[3896] = 16'h2000;
       mem[3897] = 16'h2000;
       mem[3898] = 16'h2000;
       mem[3905] = 16'h2000;
       mem[3912] = 16'h2000;
       mem[3913] = 16'h2000;
       mem[3914] = 16'h2000;
       mem[3915] = 16'h2000;
       mem[3916] = 16'h2000;
       mem[3917] = 16'h2000;
       mem[3918] = 16'h2000;
       mem[3919] = 16'h2000;
       mem[3921] = 16'h2000;
       mem[3922] = 16'h2000;
       mem[3923] = 16'h2000;
       mem[3924] = 16'h2000;
       mem[3925] = 16'h2000;
       mem[3926] = 16'h2000;
       mem[3930] = 16'h2000;
       mem[3937] = 16'h2000;
       mem[3944] = 16'h2000;
       mem[3951] = 16'h2000;
       mem[3958] = 16'h2000;
       mem[3965] = 16'h2000;
       mem[3969] = 16'h2000;
       mem[3970] = 16'h2000;
       mem[3971] = 16'h2000;
       mem[3972] = 16'h2000;
       mem[3973] = 16'h2000;
       mem[3974] = 16'h2000;
       mem[3975] = 16'h2000;
       mem[3976] = 16'h2000;
       mem[3979] = 16'h2000;
       mem[3983] = 16'h2000;
       mem[3990] = 16'h2000;
       mem[3991] = 16'h2000;
       mem[3992] = 16'h2000;
       mem[3993] = 16'h2000;
       mem[3994] = 16'h2000;
       mem[3995] = 16'h2000;
       mem[3996] = 16'h2000;
       mem[4003] = 16'h2000;
       mem[4010] = 16'h2000;
       mem[4011] = 16'h2000;
       mem[4012] = 16'h2000;
       mem[4013] = 16'h2000;
       mem[4014] = 16'h2000;
       mem[4015] = 16'h2000;
       mem[4016] = 16'h2000;
       mem[4017] = 16'h2000;
       mem[4018] = 16'h2000;
       mem[4024] = 16'h2000;
       mem[4025] = 16'h2000;
       mem[4026] = 16'h2000;
       mem[4031] = 16'h2000;
       mem[4032] = 16'h2000;
       mem[4034] = 16'h2000;
       mem[4038] = 16'h2000;
       mem[4039] = 16'h2000;
       mem[4041] = 16'h2000;
       mem[4042] = 16'h2000;
       mem[4045] = 16'h2000;
       mem[4046] = 16'h2000;
       mem[4050] = 16'h2000;
       mem[4052] = 16'h2000;
       mem[4053] = 16'h2000;
       mem[4058] = 16'h2000;
       mem[4059] = 16'h2000;
       mem[4060] = 16'h2000;
       mem[4066] = 16'h2000;
       mem[4067] = 16'h2000;
       mem[4068] = 16'h2000;
       mem[4069] = 16'h2000;
       mem[4070] = 16'h2000;
       mem[4071] = 16'h2000;
       mem[4072] = 16'h2000;
       mem[4073] = 16'h2000;
       mem[4077] = 16'h2000;
       mem[4084] = 16'h2000;
       mem[4091] = 16'h2000;
       mem[4098] = 16'h2000;
       mem[4105] = 16'h2000;
       mem[4109] = 16'h2000;
       mem[4111] = 16'h2000;
       mem[4112] = 16'h2000;
       mem[4113] = 16'h2000;
       mem[4114] = 16'h2000;
       mem[4115] = 16'h2000;
       mem[4116] = 16'h2000;
       mem[4117] = 16'h2000;
       mem[4118] = 16'h2000;
       mem[4119] = 16'h2000;
       mem[4120] = 16'h2000;
       mem[4121] = 16'h2000;
       mem[4122] = 16'h2000;
       mem[4123] = 16'h2000;
       mem[4130] = 16'h2000;
       mem[4137] = 16'h2000;
       mem[4138] = 16'h2000;
       mem[4139] = 16'h2000;
       mem[4140] = 16'h2000;
       mem[4141] = 16'h2000;
       mem[4142] = 16'h2000;
       mem[4143] = 16'h2000;
       mem[4150] = 16'h2000;
       mem[4156] = 16'h2000;
       mem[4157] = 16'h2000;
       mem[4158] = 16'h2000;
       mem[4159] = 16'h2000;
       mem[4160] = 16'h2000;
       mem[4161] = 16'h2000;
       mem[4162] = 16'h2000;
       mem[4163] = 16'h2000;
       mem[4164] = 16'h2000;
       mem[4165] = 16'h2000;
       mem[4166] = 16'h2000;
       mem[4167] = 16'h2000;
       mem[4168] = 16'h2000;
       mem[4169] = 16'h2000;
       mem[4170] = 16'h2000;
       mem[4171] = 16'h2000;
       mem[4175] = 16'h2000;
       mem[4182] = 16'h2000;
       mem[4184] = 16'h2000;
       mem[4189] = 16'h2000;
       mem[4196] = 16'h2000;
       mem[4203] = 16'h2000;
       mem[4207] = 16'h2000;
       mem[4208] = 16'h2000;
       mem[4209] = 16'h2000;
       mem[4210] = 16'h2000;
       mem[4211] = 16'h2000;
       mem[4212] = 16'h2000;
       mem[4213] = 16'h2000;
       mem[4214] = 16'h2000;
       mem[4215] = 16'h2000;
       mem[4216] = 16'h2000;
       mem[4217] = 16'h2000;
       mem[4218] = 16'h2000;
       mem[4219] = 16'h2000;
       mem[4220] = 16'h2000;
       mem[4224] = 16'h2000;
       mem[4231] = 16'h2000;
       mem[4238] = 16'h2000;
       mem[4245] = 16'h2000;
       mem[4252] = 16'h2000;
       mem[4259] = 16'h2000;
       mem[4262] = 16'h2000;
       mem[4263] = 16'h2000;
       mem[4268] = 16'h2000;
       mem[4269] = 16'h2000;
       mem[4270] = 16'h2000;
       mem[4271] = 16'h2000;
       mem[4276] = 16'h2000;
       mem[4277] = 16'h2000;
       mem[4279] = 16'h2000;
       mem[4283] = 16'h2000;
       mem[4284] = 16'h2000;
       mem[4287] = 16'h2000;
       mem[4290] = 16'h2000;
       mem[4291] = 16'h2000;
       mem[4295] = 16'h2000;
       mem[4297] = 16'h2000;
       mem[4298] = 16'h2000;
       mem[4303] = 16'h2000;
       mem[4304] = 16'h2000;
       mem[4305] = 16'h2000;
       mem[4311] = 16'h2000;
       mem[4312] = 16'h2000;
       mem[4313] = 16'h2000;
       mem[4314] = 16'h2000;
       mem[4316] = 16'h2000;
       mem[4317] = 16'h2000;
       mem[4318] = 16'h2000;
       mem[4322] = 16'h2000;
       mem[4329] = 16'h2000;
       mem[4336] = 16'h2000;
       mem[4343] = 16'h2000;
       mem[4350] = 16'h2000;
       mem[4357] = 16'h2000;
       mem[4361] = 16'h2000;
       mem[4362] = 16'h2000;
       mem[4363] = 16'h2000;
       mem[4364] = 16'h2000;
       mem[4365] = 16'h2000;
       mem[4366] = 16'h2000;
       mem[4367] = 16'h2000;
       mem[4371] = 16'h2000;
       mem[4378] = 16'h2000;
       mem[4385] = 16'h2000;
       mem[4391] = 16'h2000;
       mem[4392] = 16'h2000;
       mem[4399] = 16'h2000;
       mem[4406] = 16'h2000;
       mem[4410] = 16'h2000;
       mem[4411] = 16'h2000;
       mem[4412] = 16'h2000;
       mem[4413] = 16'h2000;
       mem[4414] = 16'h2000;
       mem[4415] = 16'h2000;
       mem[4416] = 16'h2000;
       mem[4420] = 16'h2000;
       mem[4427] = 16'h2000;
       mem[4441] = 16'h2000;
       mem[4448] = 16'h2000;
       mem[4455] = 16'h2000;
       mem[4459] = 16'h2000;
       mem[4465] = 16'h2000;
       mem[4466] = 16'h2000;
       mem[4467] = 16'h2000;
       mem[4472] = 16'h2000;
       mem[4473] = 16'h2000;
       mem[4475] = 16'h2000;
       mem[4479] = 16'h2000;
       mem[4480] = 16'h2000;
       mem[4483] = 16'h2000;
       mem[4486] = 16'h2000;
       mem[4487] = 16'h2000;
       mem[4491] = 16'h2000;
       mem[4493] = 16'h2000;
       mem[4494] = 16'h2000;
       mem[4499] = 16'h2000;
       mem[4500] = 16'h2000;
       mem[4501] = 16'h2000;
       mem[4506] = 16'h2000;
       mem[4507] = 16'h2000;
       mem[4508] = 16'h2000;
       mem[4509] = 16'h2000;
       mem[4510] = 16'h2000;
       mem[4511] = 16'h2000;
       mem[4512] = 16'h2000;
       mem[4513] = 16'h2000;
       mem[4514] = 16'h2000;
       mem[4518] = 16'h2000;
       mem[4525] = 16'h2000;
       mem[4532] = 16'h2000;
       mem[4535] = 16'h2000;
       mem[4539] = 16'h2000;
       mem[4546] = 16'h2000;
       mem[4553] = 16'h2000;
       mem[4557] = 16'h2000;
       mem[4563] = 16'h2000;
       mem[4564] = 16'h2000;
       mem[4565] = 16'h2000;
       mem[4570] = 16'h2000;
       mem[4571] = 16'h2000;
       mem[4573] = 16'h2000;
       mem[4577] = 16'h2000;
       mem[4578] = 16'h2000;
       mem[4581] = 16'h2000;
       mem[4584] = 16'h2000;
       mem[4585] = 16'h2000;
       mem[4589] = 16'h2000;
       mem[4591] = 16'h2000;
       mem[4592] = 16'h2000;
       mem[4597] = 16'h2000;
       mem[4598] = 16'h2000;
       mem[4599] = 16'h2000;
       mem[4600] = 16'h2000;
       mem[4605] = 16'h2000;
       mem[4606] = 16'h2000;
       mem[4607] = 16'h2000;
       mem[4608] = 16'h2000;
       mem[4609] = 16'h2000;
       mem[4610] = 16'h2000;
       mem[4611] = 16'h2000;
       mem[4612] = 16'h2000;
       mem[4613] = 16'h2000;
       mem[4620] = 16'h2000;
       mem[4628] = 16'h2000;
       mem[4629] = 16'h2000;
       mem[4630] = 16'h2000;
       mem[4631] = 16'h2000;
       mem[4632] = 16'h2000;
       mem[4633] = 16'h2000;
       mem[4640] = 16'h2000;
       mem[4647] = 16'h2000;
       mem[4648] = 16'h2000;
       mem[4649] = 16'h2000;
       mem[4650] = 16'h2000;
       mem[4651] = 16'h2000;
       mem[4652] = 16'h2000;
       mem[4653] = 16'h2000;
       mem[4654] = 16'h2000;
       mem[4655] = 16'h2000;
       mem[4656] = 16'h2000;
       mem[4657] = 16'h2000;
       mem[4658] = 16'h2000;
       mem[4659] = 16'h2000;
       mem[4660] = 16'h2000;
       mem[4661] = 16'h2000;
       mem[4665] = 16'h2000;
       mem[4672] = 16'h2000;
       mem[4679] = 16'h2000;
       mem[4686] = 16'h2000;
       mem[4687] = 16'h2000;
       mem[4693] = 16'h2000;
       mem[4700] = 16'h2000;
       mem[4704] = 16'h2000;
       mem[4705] = 16'h2000;
       mem[4706] = 16'h2000;
       mem[4707] = 16'h2000;
       mem[4708] = 16'h2000;
       mem[4709] = 16'h2000;
       mem[4710] = 16'h2000;
       mem[4714] = 16'h2000;
       mem[4721] = 16'h2000;
       mem[4726] = 16'h2000;
       mem[4728] = 16'h2000;
       mem[4735] = 16'h2000;
       mem[4742] = 16'h2000;
       mem[4749] = 16'h2000;
       mem[4753] = 16'h2000;
       mem[4754] = 16'h2000;
       mem[4755] = 16'h2000;
       mem[4756] = 16'h2000;
       mem[4757] = 16'h2000;
       mem[4758] = 16'h2000;
       mem[4759] = 16'h2000;
       mem[4763] = 16'h2000;
       mem[4770] = 16'h2000;
       mem[4777] = 16'h2000;
       mem[4784] = 16'h2000;
       mem[4791] = 16'h2000;
       mem[4798] = 16'h2000;
       mem[4799] = 16'h2000;
       mem[4802] = 16'h2000;
       mem[4803] = 16'h2000;
       mem[4804] = 16'h2000;
       mem[4805] = 16'h2000;
       mem[4806] = 16'h2000;
       mem[4807] = 16'h2000;
       mem[4808] = 16'h2000;
       mem[4812] = 16'h2000;
       mem[4819] = 16'h2000;
       mem[4822] = 16'h2000;
       mem[4826] = 16'h2000;
       mem[4833] = 16'h2000;
       mem[4840] = 16'h2000;
       mem[4847] = 16'h2000;
       mem[4851] = 16'h2000;
       mem[4857] = 16'h2000;
       mem[4858] = 16'h2000;
       mem[4859] = 16'h2000;
       mem[4864] = 16'h2000;
       mem[4865] = 16'h2000;
       mem[4867] = 16'h2000;
       mem[4871] = 16'h2000;
       mem[4875] = 16'h2000;
       mem[4878] = 16'h2000;
       mem[4879] = 16'h2000;
       mem[4883] = 16'h2000;
       mem[4885] = 16'h2000;
       mem[4886] = 16'h2000;
       mem[4891] = 16'h2000;
       mem[4892] = 16'h2000;
       mem[4893] = 16'h2000;
       mem[4899] = 16'h2000;
       mem[4900] = 16'h2000;
       mem[4901] = 16'h2000;
       mem[4902] = 16'h2000;
       mem[4903] = 16'h2000;
       mem[4904] = 16'h2000;
       mem[4905] = 16'h2000;
       mem[4906] = 16'h2000;
       mem[4907] = 16'h2000;
       mem[4914] = 16'h2000;
       mem[4921] = 16'h2000;
       mem[4922] = 16'h2000;
       mem[4923] = 16'h2000;
       mem[4924] = 16'h2000;
       mem[4925] = 16'h2000;
       mem[4926] = 16'h2000;
       mem[4927] = 16'h2000;
       mem[4931] = 16'h2000;
       mem[4934] = 16'h2000;
       mem[4941] = 16'h2000;
       mem[4942] = 16'h2000;
       mem[4943] = 16'h2000;
       mem[4944] = 16'h2000;
       mem[4945] = 16'h2000;
       mem[4946] = 16'h2000;
       mem[4947] = 16'h2000;
       mem[4948] = 16'h2000;
       mem[4949] = 16'h2000;
       mem[4955] = 16'h2000;
       mem[4956] = 16'h2000;
       mem[4957] = 16'h2000;
       mem[4961] = 16'h2000;
       mem[4962] = 16'h2000;
       mem[4963] = 16'h2000;
       mem[4965] = 16'h2000;
       mem[4969] = 16'h2000;
       mem[4970] = 16'h2000;
       mem[4973] = 16'h2000;
       mem[4976] = 16'h2000;
       mem[4977] = 16'h2000;
       mem[4981] = 16'h2000;
       mem[4983] = 16'h2000;
       mem[4984] = 16'h2000;
       mem[4989] = 16'h2000;
       mem[4990] = 16'h2000;
       mem[4991] = 16'h2000;
       mem[4997] = 16'h2000;
       mem[4998] = 16'h2000;
       mem[5004] = 16'h2000;
       mem[5005] = 16'h2000;
       mem[5006] = 16'h2000;
       mem[5008] = 16'h2000;
       mem[5011] = 16'h2000;
       mem[5012] = 16'h2000;
       mem[5014] = 16'h2000;
       mem[5018] = 16'h2000;
       mem[5019] = 16'h2000;
       mem[5022] = 16'h2000;
       mem[5025] = 16'h2000;
       mem[5026] = 16'h2000;
       mem[5030] = 16'h2000;
       mem[5032] = 16'h2000;
       mem[5033] = 16'h2000;
       mem[5038] = 16'h2000;
       mem[5039] = 16'h2000;
       mem[5040] = 16'h2000;
       mem[5046] = 16'h2000;
       mem[5047] = 16'h2000;
       mem[5048] = 16'h2000;
       mem[5049] = 16'h2000;
       mem[5050] = 16'h2000;
       mem[5051] = 16'h2000;
       mem[5052] = 16'h2000;
       mem[5053] = 16'h2000;
       mem[5057] = 16'h2000;
       mem[5064] = 16'h2000;
       mem[5071] = 16'h2000;
       mem[5078] = 16'h2000;
       mem[5085] = 16'h2000;
       mem[5086] = 16'h2000;
       mem[5092] = 16'h2000;
       mem[5096] = 16'h2000;
       mem[5097] = 16'h2000;
       mem[5098] = 16'h2000;
       mem[5099] = 16'h2000;
       mem[5100] = 16'h2000;
       mem[5101] = 16'h2000;
       mem[5102] = 16'h2000;
       mem[5104] = 16'h2000;
       mem[5106] = 16'h2000;
       mem[5113] = 16'h2000;
       mem[5120] = 16'h2000;
       mem[5127] = 16'h2000;
       mem[5134] = 16'h2000;
       mem[5141] = 16'h2000;
       mem[5145] = 16'h2000;
       mem[5146] = 16'h2000;
       mem[5147] = 16'h2000;
       mem[5148] = 16'h2000;
       mem[5149] = 16'h2000;
       mem[5150] = 16'h2000;
       mem[5151] = 16'h2000;
       mem[5152] = 16'h2000;
       mem[5159] = 16'h2000;
       mem[5166] = 16'h2000;
       mem[5167] = 16'h2000;
       mem[5168] = 16'h2000;
       mem[5169] = 16'h2000;
       mem[5170] = 16'h2000;
       mem[5171] = 16'h2000;
       mem[5172] = 16'h2000;
       mem[5177] = 16'h2000;
       mem[5179] = 16'h2000;
       mem[5186] = 16'h2000;
       mem[5187] = 16'h2000;
       mem[5188] = 16'h2000;
       mem[5189] = 16'h2000;
       mem[5190] = 16'h2000;
       mem[5191] = 16'h2000;
       mem[5192] = 16'h2000;
       mem[5193] = 16'h2000;
       mem[5194] = 16'h2000;
       mem[5195] = 16'h2000;
       mem[5196] = 16'h2000;
       mem[5197] = 16'h2000;
       mem[5198] = 16'h2000;
       mem[5199] = 16'h2000;
       mem[5200] = 16'h2000;
       mem[5201] = 16'h2000;
       mem[5208] = 16'h2000;
       mem[5212] = 16'h2000;
       mem[5215] = 16'h2000;
       mem[5216] = 16'h2000;
       mem[5217] = 16'h2000;
       mem[5218] = 16'h2000;
       mem[5219] = 16'h2000;
       mem[5220] = 16'h2000;
       mem[5221] = 16'h2000;
       mem[5228] = 16'h2000;
       mem[5235] = 16'h2000;
       mem[5236] = 16'h2000;
       mem[5237] = 16'h2000;
       mem[5238] = 16'h2000;
       mem[5239] = 16'h2000;
       mem[5240] = 16'h2000;
       mem[5241] = 16'h2000;
       mem[5242] = 16'h2000;
       mem[5243] = 16'h2000;
       mem[5244] = 16'h2000;
       mem[5245] = 16'h2000;
       mem[5246] = 16'h2000;
       mem[5247] = 16'h2000;
       mem[5248] = 16'h2000;
       mem[5249] = 16'h2000;
       mem[5253] = 16'h2000;
       mem[5260] = 16'h2000;
       mem[5267] = 16'h2000;
       mem[5272] = 16'h2000;
       mem[5274] = 16'h2000;
       mem[5281] = 16'h2000;
       mem[5285] = 16'h2000;
       mem[5286] = 16'h2000;
       mem[5287] = 16'h2000;
       mem[5288] = 16'h2000;
       mem[5289] = 16'h2000;
       mem[5290] = 16'h2000;
       mem[5291] = 16'h2000;
       mem[5293] = 16'h2000;
       mem[5294] = 16'h2000;
       mem[5295] = 16'h2000;
       mem[5296] = 16'h2000;
       mem[5297] = 16'h2000;
       mem[5298] = 16'h2000;
       mem[5302] = 16'h2000;
       mem[5309] = 16'h2000;
       mem[5316] = 16'h2000;
       mem[5323] = 16'h2000;
       mem[5330] = 16'h2000;
       mem[5334] = 16'h2000;
       mem[5335] = 16'h2000;
       mem[5336] = 16'h2000;
       mem[5337] = 16'h2000;
       mem[5338] = 16'h2000;
       mem[5339] = 16'h2000;
       mem[5340] = 16'h2000;
       mem[5341] = 16'h2000;
       mem[5342] = 16'h2000;
       mem[5343] = 16'h2000;
       mem[5344] = 16'h2000;
       mem[5345] = 16'h2000;
       mem[5347] = 16'h2000;
       mem[5351] = 16'h2000;
       mem[5358] = 16'h2000;
       mem[5365] = 16'h2000;
       mem[5372] = 16'h2000;
       mem[5379] = 16'h2000;
       mem[5383] = 16'h2000;
       mem[5384] = 16'h2000;
       mem[5385] = 16'h2000;
       mem[5386] = 16'h2000;
       mem[5387] = 16'h2000;
       mem[5388] = 16'h2000;
       mem[5389] = 16'h2000;
       mem[5390] = 16'h2000;
       mem[5391] = 16'h2000;
       mem[5392] = 16'h2000;
       mem[5393] = 16'h2000;
       mem[5394] = 16'h2000;
       mem[5395] = 16'h2000;
       mem[5396] = 16'h2000;
       mem[5400] = 16'h2000;
       mem[5404] = 16'h2000;
       mem[5407] = 16'h2000;
       mem[5414] = 16'h2000;
       mem[5421] = 16'h2000;
       mem[5428] = 16'h2000;
       mem[5432] = 16'h2000;
       mem[5433] = 16'h2000;
       mem[5434] = 16'h2000;
       mem[5435] = 16'h2000;
       mem[5436] = 16'h2000;
       mem[5437] = 16'h2000;
       mem[5438] = 16'h2000;
       mem[5439] = 16'h2000;
       mem[5445] = 16'h2000;
       mem[5446] = 16'h2000;
       mem[5447] = 16'h2000;
       mem[5452] = 16'h2000;
       mem[5453] = 16'h2000;
       mem[5455] = 16'h2000;
       mem[5459] = 16'h2000;
       mem[5460] = 16'h2000;
       mem[5463] = 16'h2000;
       mem[5466] = 16'h2000;
       mem[5467] = 16'h2000;
       mem[5471] = 16'h2000;
       mem[5473] = 16'h2000;
       mem[5474] = 16'h2000;
       mem[5479] = 16'h2000;
       mem[5480] = 16'h2000;
       mem[5481] = 16'h2000;
       mem[5485] = 16'h2000;
       mem[5487] = 16'h2000;
       mem[5488] = 16'h2000;
       mem[5489] = 16'h2000;
       mem[5490] = 16'h2000;
       mem[5491] = 16'h2000;
       mem[5492] = 16'h2000;
       mem[5493] = 16'h2000;
       mem[5494] = 16'h2000;
       mem[5498] = 16'h2000;
       mem[5505] = 16'h2000;
       mem[5512] = 16'h2000;
       mem[5519] = 16'h2000;
       mem[5526] = 16'h2000;
       mem[5530] = 16'h2000;
       mem[5531] = 16'h2000;
       mem[5532] = 16'h2000;
       mem[5533] = 16'h2000;
       mem[5534] = 16'h2000;
       mem[5536] = 16'h2000;
       mem[5537] = 16'h2000;
       mem[5538] = 16'h2000;
       mem[5539] = 16'h2000;
       mem[5540] = 16'h2000;
       mem[5541] = 16'h2000;
       mem[5542] = 16'h2000;
       mem[5543] = 16'h2000;
       mem[5544] = 16'h2000;
       mem[5551] = 16'h2000;
       mem[5552] = 16'h2000;
       mem[5558] = 16'h2000;
       mem[5559] = 16'h2000;
       mem[5560] = 16'h2000;
       mem[5561] = 16'h2000;
       mem[5562] = 16'h2000;
       mem[5563] = 16'h2000;
       mem[5564] = 16'h2000;
       mem[5571] = 16'h2000;
       mem[5578] = 16'h2000;
       mem[5579] = 16'h2000;
       mem[5580] = 16'h2000;
       mem[5581] = 16'h2000;
       mem[5582] = 16'h2000;
       mem[5583] = 16'h2000;
       mem[5584] = 16'h2000;
       mem[5585] = 16'h2000;
       mem[5586] = 16'h2000;
       mem[5588] = 16'h2000;
       mem[5589] = 16'h2000;
       mem[5590] = 16'h2000;
       mem[5591] = 16'h2000;
       mem[5592] = 16'h2000;
       mem[5596] = 16'h2000;
       mem[5603] = 16'h2000;
       mem[5610] = 16'h2000;
       mem[5617] = 16'h2000;
       mem[5624] = 16'h2000;
       mem[5631] = 16'h2000;
       mem[5635] = 16'h2000;
       mem[5641] = 16'h2000;
       mem[5642] = 16'h2000;
       mem[5643] = 16'h2000;
       mem[5644] = 16'h2000;
       mem[5648] = 16'h2000;
       mem[5649] = 16'h2000;
       mem[5651] = 16'h2000;
       mem[5655] = 16'h2000;
       mem[5656] = 16'h2000;
       mem[5659] = 16'h2000;
       mem[5662] = 16'h2000;
       mem[5663] = 16'h2000;
       mem[5667] = 16'h2000;
       mem[5669] = 16'h2000;
       mem[5670] = 16'h2000;
       mem[5675] = 16'h2000;
       mem[5676] = 16'h2000;
       mem[5677] = 16'h2000;
       mem[5683] = 16'h2000;
       mem[5684] = 16'h2000;
       mem[5685] = 16'h2000;
       mem[5686] = 16'h2000;
       mem[5687] = 16'h2000;
       mem[5688] = 16'h2000;
       mem[5689] = 16'h2000;
       mem[5690] = 16'h2000;
       mem[5698] = 16'h2000;
       mem[5705] = 16'h2000;
       mem[5706] = 16'h2000;
       mem[5707] = 16'h2000;
       mem[5708] = 16'h2000;
       mem[5709] = 16'h2000;
       mem[5710] = 16'h2000;
       mem[5711] = 16'h2000;
       mem[5718] = 16'h2000;
       mem[5725] = 16'h2000;
       mem[5726] = 16'h2000;
       mem[5727] = 16'h2000;
       mem[5728] = 16'h2000;
       mem[5729] = 16'h2000;
       mem[5730] = 16'h2000;
       mem[5731] = 16'h2000;
       mem[5732] = 16'h2000;
       mem[5733] = 16'h2000;
       mem[5739] = 16'h2000;
       mem[5740] = 16'h2000;
       mem[5741] = 16'h2000;
       mem[5746] = 16'h2000;
       mem[5747] = 16'h2000;
       mem[5749] = 16'h2000;
       mem[5753] = 16'h2000;
       mem[5754] = 16'h2000;
       mem[5757] = 16'h2000;
       mem[5760] = 16'h2000;
       mem[5761] = 16'h2000;
       mem[5765] = 16'h2000;
       mem[5767] = 16'h2000;
       mem[5768] = 16'h2000;
       mem[5773] = 16'h2000;
       mem[5774] = 16'h2000;
       mem[5775] = 16'h2000;
       mem[5778] = 16'h2000;
       mem[5781] = 16'h2000;
       mem[5782] = 16'h2000;
       mem[5783] = 16'h2000;
       mem[5784] = 16'h2000;
       mem[5785] = 16'h2000;
       mem[5786] = 16'h2000;
       mem[5787] = 16'h2000;
       mem[5788] = 16'h2000;
       mem[5791] = 16'h2000;
       mem[5792] = 16'h2000;
       mem[5799] = 16'h2000;
       mem[5806] = 16'h2000;
       mem[5813] = 16'h2000;
       mem[5820] = 16'h2000;
       mem[5824] = 16'h2000;
       mem[5825] = 16'h2000;
       mem[5826] = 16'h2000;
       mem[5827] = 16'h2000;
       mem[5828] = 16'h2000;
       mem[5829] = 16'h2000;
       mem[5830] = 16'h2000;
       mem[5831] = 16'h2000;
       mem[5832] = 16'h2000;
       mem[5833] = 16'h2000;
       mem[5834] = 16'h2000;
       mem[5835] = 16'h2000;
       mem[5836] = 16'h2000;
       mem[5837] = 16'h2000;
       mem[5838] = 16'h2000;
       mem[5845] = 16'h2000;
       mem[5852] = 16'h2000;
       mem[5853] = 16'h2000;
       mem[5855] = 16'h2000;
       mem[5856] = 16'h2000;
       mem[5857] = 16'h2000;
       mem[5858] = 16'h2000;
       mem[5865] = 16'h2000;
       mem[5872] = 16'h2000;
       mem[5873] = 16'h2000;
       mem[5874] = 16'h2000;
       mem[5875] = 16'h2000;
       mem[5876] = 16'h2000;
       mem[5877] = 16'h2000;
       mem[5878] = 16'h2000;
       mem[5879] = 16'h2000;
       mem[5880] = 16'h2000;
       mem[5881] = 16'h2000;
       mem[5882] = 16'h2000;
       mem[5883] = 16'h2000;
       mem[5885] = 16'h2000;
       mem[5886] = 16'h2000;
       mem[5890] = 16'h2000;
       mem[5897] = 16'h2000;
       mem[5904] = 16'h2000;
       mem[5911] = 16'h2000;
       mem[5918] = 16'h2000;
       mem[5922] = 16'h2000;
       mem[5923] = 16'h2000;
       mem[5924] = 16'h2000;
       mem[5925] = 16'h2000;
       mem[5926] = 16'h2000;
       mem[5927] = 16'h2000;
       mem[5928] = 16'h2000;
       mem[5929] = 16'h2000;
       mem[5935] = 16'h2000;
       mem[5936] = 16'h2000;
       mem[5942] = 16'h2000;
       mem[5943] = 16'h2000;
       mem[5945] = 16'h2000;
       mem[5949] = 16'h2000;
       mem[5950] = 16'h2000;
       mem[5953] = 16'h2000;
       mem[5956] = 16'h2000;
       mem[5957] = 16'h2000;
       mem[5961] = 16'h2000;
       mem[5963] = 16'h2000;
       mem[5964] = 16'h2000;
       mem[5969] = 16'h2000;
       mem[5970] = 16'h2000;
       mem[5971] = 16'h2000;
       mem[5977] = 16'h2000;
       mem[5978] = 16'h2000;
       mem[5979] = 16'h2000;
       mem[5980] = 16'h2000;
       mem[5981] = 16'h2000;
       mem[5982] = 16'h2000;
       mem[5983] = 16'h2000;
       mem[5984] = 16'h2000;
       mem[5988] = 16'h2000;
       mem[5995] = 16'h2000;
       mem[5996] = 16'h2000;
       mem[6002] = 16'h2000;
       mem[6009] = 16'h2000;
       mem[6016] = 16'h2000;
       mem[6020] = 16'h2000;
       mem[6021] = 16'h2000;
       mem[6022] = 16'h2000;
       mem[6023] = 16'h2000;
       mem[6024] = 16'h2000;
       mem[6025] = 16'h2000;
       mem[6026] = 16'h2000;
       mem[6027] = 16'h2000;
       mem[6028] = 16'h2000;
       mem[6029] = 16'h2000;
       mem[6030] = 16'h2000;
       mem[6031] = 16'h2000;
       mem[6032] = 16'h2000;
       mem[6033] = 16'h2000;
       mem[6037] = 16'h2000;
       mem[6044] = 16'h2000;
       mem[6051] = 16'h2000;
       mem[6058] = 16'h2000;
       mem[6065] = 16'h2000;
       mem[6070] = 16'h2000;
       mem[6071] = 16'h2000;
       mem[6072] = 16'h2000;
       mem[6073] = 16'h2000;
       mem[6074] = 16'h2000;
       mem[6075] = 16'h2000;
       mem[6076] = 16'h2000;
       mem[6077] = 16'h2000;
       mem[6079] = 16'h2000;
       mem[6080] = 16'h2000;
       mem[6081] = 16'h2000;
       mem[6082] = 16'h2000;
       mem[6083] = 16'h2000;
       mem[6090] = 16'h2000;
       mem[6097] = 16'h2000;
       mem[6098] = 16'h2000;
       mem[6099] = 16'h2000;
       mem[6100] = 16'h2000;
       mem[6101] = 16'h2000;
       mem[6102] = 16'h2000;
       mem[6103] = 16'h2000;
       mem[6110] = 16'h2000;
       mem[6117] = 16'h2000;
       mem[6118] = 16'h2000;
       mem[6119] = 16'h2000;
       mem[6120] = 16'h2000;
       mem[6121] = 16'h2000;
       mem[6122] = 16'h2000;
       mem[6123] = 16'h2000;
       mem[6124] = 16'h2000;
       mem[6125] = 16'h2000;
       mem[6131] = 16'h2000;
       mem[6132] = 16'h2000;
       mem[6133] = 16'h2000;
       mem[6138] = 16'h2000;
       mem[6139] = 16'h2000;
       mem[6141] = 16'h2000;
       mem[6145] = 16'h2000;
       mem[6146] = 16'h2000;
       mem[6147] = 16'h2000;
       mem[6149] = 16'h2000;
       mem[6152] = 16'h2000;
       mem[6153] = 16'h2000;
       mem[6157] = 16'h2000;
       mem[6159] = 16'h2000;
       mem[6160] = 16'h2000;
       mem[6165] = 16'h2000;
       mem[6166] = 16'h2000;
       mem[6167] = 16'h2000;
       mem[6173] = 16'h2000;
       mem[6174] = 16'h2000;
       mem[6180] = 16'h2000;
       mem[6181] = 16'h2000;
       mem[6182] = 16'h2000;
       mem[6187] = 16'h2000;
       mem[6188] = 16'h2000;
       mem[6190] = 16'h2000;
       mem[6195] = 16'h2000;
       mem[6198] = 16'h2000;
       mem[6201] = 16'h2000;
       mem[6202] = 16'h2000;
       mem[6206] = 16'h2000;
       mem[6208] = 16'h2000;
       mem[6209] = 16'h2000;
       mem[6214] = 16'h2000;
       mem[6215] = 16'h2000;
       mem[6216] = 16'h2000;
       mem[6222] = 16'h2000;
       mem[6223] = 16'h2000;
       mem[6224] = 16'h2000;
       mem[6225] = 16'h2000;
       mem[6226] = 16'h2000;
       mem[6227] = 16'h2000;
       mem[6228] = 16'h2000;
       mem[6229] = 16'h2000;
       mem[6233] = 16'h2000;
       mem[6240] = 16'h2000;
       mem[6247] = 16'h2000;
       mem[6254] = 16'h2000;
       mem[6261] = 16'h2000;
       mem[6265] = 16'h2000;
       mem[6266] = 16'h2000;
       mem[6267] = 16'h2000;
       mem[6269] = 16'h2000;
       mem[6270] = 16'h2000;
       mem[6271] = 16'h2000;
       mem[6272] = 16'h2000;
       mem[6273] = 16'h2000;
       mem[6274] = 16'h2000;
       mem[6275] = 16'h2000;
       mem[6276] = 16'h2000;
       mem[6277] = 16'h2000;
       mem[6278] = 16'h2000;
       mem[6282] = 16'h2000;
       mem[6289] = 16'h2000;
       mem[6296] = 16'h2000;
       mem[6298] = 16'h2000;
       mem[6303] = 16'h2000;
       mem[6310] = 16'h2000;
       mem[6317] = 16'h2000;
       mem[6321] = 16'h2000;
       mem[6322] = 16'h2000;
       mem[6323] = 16'h2000;
       mem[6324] = 16'h2000;
       mem[6325] = 16'h2000;
       mem[6326] = 16'h2000;
       mem[6327] = 16'h2000;
       mem[6331] = 16'h2000;
       mem[6336] = 16'h2000;
       mem[6338] = 16'h2000;
       mem[6345] = 16'h2000;
       mem[6352] = 16'h2000;
       mem[6359] = 16'h2000;
       mem[6363] = 16'h2000;
       mem[6364] = 16'h2000;
       mem[6365] = 16'h2000;
       mem[6366] = 16'h2000;
       mem[6367] = 16'h2000;
       mem[6368] = 16'h2000;
       mem[6369] = 16'h2000;
       mem[6370] = 16'h2000;
       mem[6371] = 16'h2000;
       mem[6372] = 16'h2000;
       mem[6373] = 16'h2000;
       mem[6374] = 16'h2000;
       mem[6375] = 16'h2000;
       mem[6376] = 16'h2000;
       mem[6380] = 16'h2000;
       mem[6382] = 16'h2000;
       mem[6387] = 16'h2000;
       mem[6394] = 16'h2000;
       mem[6401] = 16'h2000;
       mem[6408] = 16'h2000;
       mem[6412] = 16'h2000;
       mem[6413] = 16'h2000;
       mem[6414] = 16'h2000;
       mem[6415] = 16'h2000;
       mem[6416] = 16'h2000;
       mem[6417] = 16'h2000;
       mem[6418] = 16'h2000;
       mem[6419] = 16'h2000;
       mem[6425] = 16'h2000;
       mem[6426] = 16'h2000;
       mem[6427] = 16'h2000;
       mem[6432] = 16'h2000;
       mem[6433] = 16'h2000;
       mem[6435] = 16'h2000;
       mem[6439] = 16'h2000;
       mem[6440] = 16'h2000;
       mem[6443] = 16'h2000;
       mem[6446] = 16'h2000;
       mem[6447] = 16'h2000;
       mem[6451] = 16'h2000;
       mem[6453] = 16'h2000;
       mem[6454] = 16'h2000;
       mem[6456] = 16'h2000;
       mem[6459] = 16'h2000;
       mem[6460] = 16'h2000;
       mem[6461] = 16'h2000;
       mem[6467] = 16'h2000;
       mem[6468] = 16'h2000;
       mem[6474] = 16'h2000;
       mem[6475] = 16'h2000;
       mem[6476] = 16'h2000;
       mem[6481] = 16'h2000;
       mem[6482] = 16'h2000;
       mem[6484] = 16'h2000;
       mem[6485] = 16'h2000;
       mem[6488] = 16'h2000;
       mem[6489] = 16'h2000;
       mem[6492] = 16'h2000;
       mem[6495] = 16'h2000;
       mem[6496] = 16'h2000;
       mem[6500] = 16'h2000;
       mem[6502] = 16'h2000;
       mem[6503] = 16'h2000;
       mem[6508] = 16'h2000;
       mem[6509] = 16'h2000;
       mem[6510] = 16'h2000;
       mem[6516] = 16'h2000;
       mem[6517] = 16'h2000;
       mem[6518] = 16'h2000;
       mem[6519] = 16'h2000;
       mem[6520] = 16'h2000;
       mem[6521] = 16'h2000;
       mem[6522] = 16'h2000;
       mem[6523] = 16'h2000;
       mem[6527] = 16'h2000;
       mem[6534] = 16'h2000;
       mem[6540] = 16'h2000;
       mem[6541] = 16'h2000;
       mem[6548] = 16'h2000;
       mem[6555] = 16'h2000;
       mem[6562] = 16'h2000;
       mem[6566] = 16'h2000;
       mem[6567] = 16'h2000;
       mem[6568] = 16'h2000;
       mem[6569] = 16'h2000;
       mem[6570] = 16'h2000;
       mem[6571] = 16'h2000;
       mem[6572] = 16'h2000;
       mem[6576] = 16'h2000;
       mem[6583] = 16'h2000;
       mem[6590] = 16'h2000;
       mem[6591] = 16'h2000;
       mem[6597] = 16'h2000;
       mem[6604] = 16'h2000;
       mem[6611] = 16'h2000;
       mem[6615] = 16'h2000;
       mem[6616] = 16'h2000;
       mem[6617] = 16'h2000;
       mem[6618] = 16'h2000;
       mem[6619] = 16'h2000;
       mem[6620] = 16'h2000;
       mem[6621] = 16'h2000;
       mem[6625] = 16'h2000;
       mem[6639] = 16'h2000;
       mem[6646] = 16'h2000;
       mem[6653] = 16'h2000;
       mem[6660] = 16'h2000;
       mem[6664] = 16'h2000;
       mem[6665] = 16'h2000;
       mem[6666] = 16'h2000;
       mem[6667] = 16'h2000;
       mem[6668] = 16'h2000;
       mem[6669] = 16'h2000;
       mem[6670] = 16'h2000;
       mem[6674] = 16'h2000;
       mem[6681] = 16'h2000;
       mem[6688] = 16'h2000;
       mem[6690] = 16'h2000;
       mem[6695] = 16'h2000;
       mem[6702] = 16'h2000;
       mem[6706] = 16'h2000;
       mem[6707] = 16'h2000;
       mem[6708] = 16'h2000;
       mem[6709] = 16'h2000;
       mem[6710] = 16'h2000;
       mem[6711] = 16'h2000;
       mem[6712] = 16'h2000;
       mem[6713] = 16'h2000;
       mem[6714] = 16'h2000;
       mem[6715] = 16'h2000;
       mem[6716] = 16'h2000;
       mem[6717] = 16'h2000;
       mem[6718] = 16'h2000;
       mem[6719] = 16'h2000;
       mem[6723] = 16'h2000;
       mem[6730] = 16'h2000;
       mem[6737] = 16'h2000;
       mem[6751] = 16'h2000;
       mem[6758] = 16'h2000;
       mem[6762] = 16'h2000;
       mem[6763] = 16'h2000;
       mem[6764] = 16'h2000;
       mem[6765] = 16'h2000;
       mem[6766] = 16'h2000;
       mem[6767] = 16'h2000;
       mem[6768] = 16'h2000;
       mem[6772] = 16'h2000;
       mem[6773] = 16'h2000;
       mem[6779] = 16'h2000;
       mem[6786] = 16'h2000;
       mem[6793] = 16'h2000;
       mem[6800] = 16'h2000;
       mem[6804] = 16'h2000;
       mem[6805] = 16'h2000;
       mem[6806] = 16'h2000;
       mem[6807] = 16'h2000;
       mem[6808] = 16'h2000;
       mem[6809] = 16'h2000;
       mem[6810] = 16'h2000;
       mem[6811] = 16'h2000;
       mem[6812] = 16'h2000;
       mem[6813] = 16'h2000;
       mem[6814] = 16'h2000;
       mem[6815] = 16'h2000;
       mem[6816] = 16'h2000;
       mem[6817] = 16'h2000;
       mem[6821] = 16'h2000;
       mem[6828] = 16'h2000;
       mem[6835] = 16'h2000;
       mem[6842] = 16'h2000;
       mem[6856] = 16'h2000;
       mem[6860] = 16'h2000;
       mem[6866] = 16'h2000;
       mem[6867] = 16'h2000;
       mem[6868] = 16'h2000;
       mem[6873] = 16'h2000;
       mem[6874] = 16'h2000;
       mem[6876] = 16'h2000;
       mem[6880] = 16'h2000;
       mem[6881] = 16'h2000;
       mem[6884] = 16'h2000;
       mem[6887] = 16'h2000;
       mem[6888] = 16'h2000;
       mem[6892] = 16'h2000;
       mem[6894] = 16'h2000;
       mem[6895] = 16'h2000;
       mem[6896] = 16'h2000;
       mem[6900] = 16'h2000;
       mem[6901] = 16'h2000;
       mem[6902] = 16'h2000;
       mem[6908] = 16'h2000;
       mem[6909] = 16'h2000;
       mem[6910] = 16'h2000;
       mem[6911] = 16'h2000;
       mem[6912] = 16'h2000;
       mem[6913] = 16'h2000;
       mem[6914] = 16'h2000;
       mem[6915] = 16'h2000;
       mem[6916] = 16'h2000;
       mem[6919] = 16'h2000;
       mem[6926] = 16'h2000;
       mem[6933] = 16'h2000;
       mem[6940] = 16'h2000;
       mem[6947] = 16'h2000;
       mem[6954] = 16'h2000;
       mem[6958] = 16'h2000;
       mem[6959] = 16'h2000;
       mem[6960] = 16'h2000;
       mem[6961] = 16'h2000;
       mem[6962] = 16'h2000;
       mem[6963] = 16'h2000;
       mem[6964] = 16'h2000;
       mem[6965] = 16'h2000;
       mem[6972] = 16'h2000;
       mem[6979] = 16'h2000;
       mem[6980] = 16'h2000;
       mem[6981] = 16'h2000;
       mem[6982] = 16'h2000;
       mem[6983] = 16'h2000;
       mem[6984] = 16'h2000;
       mem[6985] = 16'h2000;
       mem[6987] = 16'h2000;
       mem[6992] = 16'h2000;
       mem[6999] = 16'h2000;
       mem[7000] = 16'h2000;
       mem[7001] = 16'h2000;
       mem[7002] = 16'h2000;
       mem[7003] = 16'h2000;
       mem[7004] = 16'h2000;
       mem[7005] = 16'h2000;
       mem[7006] = 16'h2000;
       mem[7007] = 16'h2000;
       mem[7013] = 16'h2000;
       mem[7014] = 16'h2000;
       mem[7015] = 16'h2000;
       mem[7020] = 16'h2000;
       mem[7021] = 16'h2000;
       mem[7022] = 16'h2000;
       mem[7023] = 16'h2000;
       mem[7027] = 16'h2000;
       mem[7028] = 16'h2000;
       mem[7031] = 16'h2000;
       mem[7034] = 16'h2000;
       mem[7035] = 16'h2000;
       mem[7039] = 16'h2000;
       mem[7041] = 16'h2000;
       mem[7042] = 16'h2000;
       mem[7047] = 16'h2000;
       mem[7048] = 16'h2000;
       mem[7049] = 16'h2000;
       mem[7055] = 16'h2000;
       mem[7056] = 16'h2000;
       mem[7057] = 16'h2000;
       mem[7058] = 16'h2000;
       mem[7059] = 16'h2000;
       mem[7060] = 16'h2000;
       mem[7061] = 16'h2000;
       mem[7062] = 16'h2000;
       mem[7066] = 16'h2000;
       mem[7073] = 16'h2000;
       mem[7080] = 16'h2000;
       mem[7087] = 16'h2000;
       mem[7093] = 16'h2000;
       mem[7094] = 16'h2000;
       mem[7101] = 16'h2000;
       mem[7105] = 16'h2000;
       mem[7106] = 16'h2000;
       mem[7107] = 16'h2000;
       mem[7108] = 16'h2000;
       mem[7109] = 16'h2000;
       mem[7110] = 16'h2000;
       mem[7111] = 16'h2000;
       mem[7115] = 16'h2000;
       mem[7122] = 16'h2000;
       mem[7129] = 16'h2000;
       mem[7134] = 16'h2000;
       mem[7136] = 16'h2000;
       mem[7143] = 16'h2000;
       mem[7150] = 16'h2000;
       mem[7154] = 16'h2000;
       mem[7155] = 16'h2000;
       mem[7156] = 16'h2000;
       mem[7157] = 16'h2000;
       mem[7158] = 16'h2000;
       mem[7159] = 16'h2000;
       mem[7160] = 16'h2000;
       mem[7164] = 16'h2000;
       mem[7171] = 16'h2000;
       mem[7178] = 16'h2000;
       mem[7185] = 16'h2000;
       mem[7192] = 16'h2000;
       mem[7194] = 16'h2000;
       mem[7199] = 16'h2000;
       mem[7203] = 16'h2000;
       mem[7204] = 16'h2000;
       mem[7205] = 16'h2000;
       mem[7206] = 16'h2000;
       mem[7207] = 16'h2000;
       mem[7208] = 16'h2000;
       mem[7209] = 16'h2000;
       mem[7213] = 16'h2000;
       mem[7220] = 16'h2000;
       mem[7222] = 16'h2000;
       mem[7227] = 16'h2000;
       mem[7234] = 16'h2000;
       mem[7241] = 16'h2000;
       mem[7248] = 16'h2000;
       mem[7252] = 16'h2000;
       mem[7253] = 16'h2000;
       mem[7254] = 16'h2000;
       mem[7255] = 16'h2000;
       mem[7256] = 16'h2000;
       mem[7257] = 16'h2000;
       mem[7258] = 16'h2000;
       mem[7259] = 16'h2000;
       mem[7266] = 16'h2000;
       mem[7273] = 16'h2000;
       mem[7275] = 16'h2000;
       mem[7276] = 16'h2000;
       mem[7277] = 16'h2000;
       mem[7278] = 16'h2000;
       mem[7279] = 16'h2000;
       mem[7286] = 16'h2000;
       mem[7293] = 16'h2000;
       mem[7294] = 16'h2000;
       mem[7295] = 16'h2000;
       mem[7296] = 16'h2000;
       mem[7297] = 16'h2000;
       mem[7298] = 16'h2000;
       mem[7299] = 16'h2000;
       mem[7300] = 16'h2000;
       mem[7301] = 16'h2000;
       mem[7302] = 16'h2000;
       mem[7303] = 16'h2000;
       mem[7304] = 16'h2000;
       mem[7305] = 16'h2000;
       mem[7306] = 16'h2000;
       mem[7307] = 16'h2000;
       mem[7308] = 16'h2000;
       mem[7315] = 16'h2000;
       mem[7322] = 16'h2000;
       mem[7323] = 16'h2000;
       mem[7324] = 16'h2000;
       mem[7325] = 16'h2000;
       mem[7326] = 16'h2000;
       mem[7327] = 16'h2000;
       mem[7328] = 16'h2000;
       mem[7335] = 16'h2000;
       mem[7343] = 16'h2000;
       mem[7344] = 16'h2000;
       mem[7345] = 16'h2000;
       mem[7346] = 16'h2000;
       mem[7347] = 16'h2000;
       mem[7348] = 16'h2000;
       mem[7349] = 16'h2000;
       mem[7350] = 16'h2000;
       mem[7351] = 16'h2000;
       mem[7352] = 16'h2000;
       mem[7353] = 16'h2000;
       mem[7354] = 16'h2000;
       mem[7355] = 16'h2000;
       mem[7356] = 16'h2000;
       mem[7360] = 16'h2000;
       mem[7367] = 16'h2000;
       mem[7374] = 16'h2000;
       mem[7381] = 16'h2000;
       mem[7388] = 16'h2000;
       mem[7392] = 16'h2000;
       mem[7393] = 16'h2000;
       mem[7394] = 16'h2000;
       mem[7395] = 16'h2000;
       mem[7397] = 16'h2000;
       mem[7398] = 16'h2000;
       mem[7399] = 16'h2000;
       mem[7405] = 16'h2000;
       mem[7406] = 16'h2000;
       mem[7407] = 16'h2000;
       mem[7412] = 16'h2000;
       mem[7413] = 16'h2000;
       mem[7415] = 16'h2000;
       mem[7419] = 16'h2000;
       mem[7420] = 16'h2000;
       mem[7423] = 16'h2000;
       mem[7426] = 16'h2000;
       mem[7427] = 16'h2000;
       mem[7431] = 16'h2000;
       mem[7432] = 16'h2000;
       mem[7433] = 16'h2000;
       mem[7434] = 16'h2000;
       mem[7439] = 16'h2000;
       mem[7440] = 16'h2000;
       mem[7441] = 16'h2000;
       mem[7447] = 16'h2000;
       mem[7448] = 16'h2000;
       mem[7450] = 16'h2000;
       mem[7454] = 16'h2000;
       mem[7455] = 16'h2000;
       mem[7456] = 16'h2000;
       mem[7461] = 16'h2000;
       mem[7462] = 16'h2000;
       mem[7464] = 16'h2000;
       mem[7468] = 16'h2000;
       mem[7469] = 16'h2000;
       mem[7472] = 16'h2000;
       mem[7475] = 16'h2000;
       mem[7476] = 16'h2000;
       mem[7480] = 16'h2000;
       mem[7482] = 16'h2000;
       mem[7483] = 16'h2000;
       mem[7488] = 16'h2000;
       mem[7489] = 16'h2000;
       mem[7490] = 16'h2000;
       mem[7496] = 16'h2000;
       mem[7497] = 16'h2000;
       mem[7498] = 16'h2000;
       mem[7499] = 16'h2000;
       mem[7500] = 16'h2000;
       mem[7501] = 16'h2000;
       mem[7502] = 16'h2000;
       mem[7503] = 16'h2000;
       mem[7507] = 16'h2000;
       mem[7514] = 16'h2000;
       mem[7521] = 16'h2000;
       mem[7528] = 16'h2000;
       mem[7535] = 16'h2000;
       mem[7537] = 16'h2000;
       mem[7539] = 16'h2000;
       mem[7540] = 16'h2000;
       mem[7541] = 16'h2000;
       mem[7542] = 16'h2000;
       mem[7543] = 16'h2000;
       mem[7544] = 16'h2000;
       mem[7545] = 16'h2000;
       mem[7546] = 16'h2000;
       mem[7547] = 16'h2000;
       mem[7548] = 16'h2000;
       mem[7549] = 16'h2000;
       mem[7550] = 16'h2000;
       mem[7551] = 16'h2000;
       mem[7552] = 16'h2000;
       mem[7556] = 16'h2000;
       mem[7559] = 16'h2000;
       mem[7563] = 16'h2000;
       mem[7570] = 16'h2000;
       mem[7577] = 16'h2000;
       mem[7584] = 16'h2000;
       mem[7591] = 16'h2000;
       mem[7595] = 16'h2000;
       mem[7596] = 16'h2000;
       mem[7597] = 16'h2000;
       mem[7598] = 16'h2000;
       mem[7599] = 16'h2000;
       mem[7600] = 16'h2000;
       mem[7601] = 16'h2000;
       mem[7605] = 16'h2000;
       mem[7612] = 16'h2000;
       mem[7619] = 16'h2000;
       mem[7626] = 16'h2000;
       mem[7633] = 16'h2000;
       mem[7640] = 16'h2000;
       mem[7644] = 16'h2000;
       mem[7645] = 16'h2000;
       mem[7646] = 16'h2000;
       mem[7647] = 16'h2000;
       mem[7648] = 16'h2000;
       mem[7649] = 16'h2000;
       mem[7650] = 16'h2000;
       mem[7654] = 16'h2000;
       mem[7661] = 16'h2000;
       mem[7668] = 16'h2000;
       mem[7675] = 16'h2000;
       mem[7682] = 16'h2000;
       mem[7685] = 16'h2000;
       mem[7689] = 16'h2000;
       mem[7693] = 16'h2000;
       mem[7700] = 16'h2000;
       mem[7701] = 16'h2000;
       mem[7706] = 16'h2000;
       mem[7707] = 16'h2000;
       mem[7709] = 16'h2000;
       mem[7713] = 16'h2000;
       mem[7714] = 16'h2000;
       mem[7717] = 16'h2000;
       mem[7720] = 16'h2000;
       mem[7721] = 16'h2000;
       mem[7725] = 16'h2000;
       mem[7727] = 16'h2000;
       mem[7728] = 16'h2000;
       mem[7733] = 16'h2000;
       mem[7734] = 16'h2000;
       mem[7735] = 16'h2000;
       mem[7741] = 16'h2000;
       mem[7742] = 16'h2000;
       mem[7743] = 16'h2000;
       mem[7744] = 16'h2000;
       mem[7745] = 16'h2000;
       mem[7746] = 16'h2000;
       mem[7747] = 16'h2000;
       mem[7748] = 16'h2000;
       mem[7749] = 16'h2000;
       mem[7756] = 16'h2000;
       mem[7763] = 16'h2000;
       mem[7764] = 16'h2000;
       mem[7765] = 16'h2000;
       mem[7766] = 16'h2000;
       mem[7767] = 16'h2000;
       mem[7768] = 16'h2000;
       mem[7769] = 16'h2000;
       mem[7776] = 16'h2000;
       mem[7783] = 16'h2000;
       mem[7784] = 16'h2000;
       mem[7785] = 16'h2000;
       mem[7786] = 16'h2000;
       mem[7787] = 16'h2000;
       mem[7788] = 16'h2000;
       mem[7789] = 16'h2000;
       mem[7791] = 16'h2000;
       mem[7797] = 16'h2000;
       mem[7798] = 16'h2000;
       mem[7799] = 16'h2000;
       mem[7804] = 16'h2000;
       mem[7805] = 16'h2000;
       mem[7807] = 16'h2000;
       mem[7811] = 16'h2000;
       mem[7812] = 16'h2000;
       mem[7815] = 16'h2000;
       mem[7818] = 16'h2000;
       mem[7819] = 16'h2000;
       mem[7823] = 16'h2000;
       mem[7825] = 16'h2000;
       mem[7831] = 16'h2000;
       mem[7832] = 16'h2000;
       mem[7833] = 16'h2000;
       mem[7839] = 16'h2000;
       mem[7840] = 16'h2000;
       mem[7841] = 16'h2000;
       mem[7842] = 16'h2000;
       mem[7843] = 16'h2000;
       mem[7844] = 16'h2000;
       mem[7845] = 16'h2000;
       mem[7850] = 16'h2000;
       mem[7857] = 16'h2000;
       mem[7864] = 16'h2000;
       mem[7871] = 16'h2000;
       mem[7878] = 16'h2000;
       mem[7885] = 16'h2000;
       mem[7889] = 16'h2000;
       mem[7890] = 16'h2000;
       mem[7891] = 16'h2000;
       mem[7892] = 16'h2000;
       mem[7893] = 16'h2000;
       mem[7894] = 16'h2000;
       mem[7895] = 16'h2000;
       mem[7896] = 16'h2000;
       mem[7903] = 16'h2000;
       mem[7910] = 16'h2000;
       mem[7911] = 16'h2000;
       mem[7912] = 16'h2000;
       mem[7913] = 16'h2000;
       mem[7914] = 16'h2000;
       mem[7915] = 16'h2000;
       mem[7916] = 16'h2000;
       mem[7923] = 16'h2000;
       mem[7930] = 16'h2000;
       mem[7931] = 16'h2000;
       mem[7932] = 16'h2000;
       mem[7933] = 16'h2000;
       mem[7934] = 16'h2000;
       mem[7936] = 16'h2000;
       mem[7937] = 16'h2000;
       mem[7938] = 16'h2000;
       mem[7939] = 16'h2000;
       mem[7940] = 16'h2000;
       mem[7941] = 16'h2000;
       mem[7942] = 16'h2000;
       mem[7943] = 16'h2000;
       mem[7944] = 16'h2000;
       mem[7948] = 16'h2000;
       mem[7955] = 16'h2000;
       mem[7962] = 16'h2000;
       mem[7969] = 16'h2000;
       mem[7976] = 16'h2000;
       mem[7980] = 16'h2000;
       mem[7981] = 16'h2000;
       mem[7982] = 16'h2000;
       mem[7983] = 16'h2000;
       mem[7984] = 16'h2000;
       mem[7985] = 16'h2000;
       mem[7986] = 16'h2000;
       mem[7987] = 16'h2000;
       mem[7988] = 16'h2000;
       mem[7989] = 16'h2000;
       mem[7990] = 16'h2000;
       mem[7991] = 16'h2000;
       mem[7992] = 16'h2000;
       mem[7993] = 16'h2000;
       mem[7997] = 16'h2000;
       mem[8004] = 16'h2000;
       mem[8011] = 16'h2000;
       mem[8025] = 16'h2000;
       mem[8029] = 16'h2000;
       mem[8030] = 16'h2000;
       mem[8031] = 16'h2000;
       mem[8032] = 16'h2000;
       mem[8033] = 16'h2000;
       mem[8034] = 16'h2000;
       mem[8035] = 16'h2000;
       mem[8036] = 16'h2000;
       mem[8037] = 16'h2000;
       mem[8038] = 16'h2000;
       mem[8039] = 16'h2000;
       mem[8040] = 16'h2000;
       mem[8041] = 16'h2000;
       mem[8042] = 16'h2000;
       mem[8043] = 16'h2000;
       mem[8050] = 16'h2000;
       mem[8055] = 16'h2000;
       mem[8057] = 16'h2000;
       mem[8058] = 16'h2000;
       mem[8059] = 16'h2000;
       mem[8060] = 16'h2000;
       mem[8061] = 16'h2000;
       mem[8062] = 16'h2000;
       mem[8063] = 16'h2000;
       mem[8070] = 16'h2000;
       mem[8077] = 16'h2000;
       mem[8078] = 16'h2000;
       mem[8079] = 16'h2000;
       mem[8080] = 16'h2000;
       mem[8081] = 16'h2000;
       mem[8082] = 16'h2000;
       mem[8083] = 16'h2000;
       mem[8084] = 16'h2000;
       mem[8085] = 16'h2000;
       mem[8091] = 16'h2000;
       mem[8092] = 16'h2000;
       mem[8093] = 16'h2000;
       mem[8098] = 16'h2000;
       mem[8099] = 16'h2000;
       mem[8101] = 16'h2000;
       mem[8105] = 16'h2000;
       mem[8106] = 16'h2000;
       mem[8109] = 16'h2000;
       mem[8110] = 16'h2000;
       mem[8112] = 16'h2000;
       mem[8113] = 16'h2000;
       mem[8117] = 16'h2000;
       mem[8119] = 16'h2000;
       mem[8120] = 16'h2000;
       mem[8125] = 16'h2000;
       mem[8126] = 16'h2000;
       mem[8127] = 16'h2000;
       mem[8133] = 16'h2000;
       mem[8134] = 16'h2000;
       mem[8140] = 16'h2000;
       mem[8141] = 16'h2000;
       mem[8142] = 16'h2000;
       mem[8147] = 16'h2000;
       mem[8148] = 16'h2000;
       mem[8150] = 16'h2000;
       mem[8154] = 16'h2000;
       mem[8155] = 16'h2000;
       mem[8158] = 16'h2000;
       mem[8161] = 16'h2000;
       mem[8162] = 16'h2000;
       mem[8166] = 16'h2000;
       mem[8168] = 16'h2000;
       mem[8169] = 16'h2000;
       mem[8174] = 16'h2000;
       mem[8176] = 16'h2000;
       mem[8182] = 16'h2000;
       mem[8183] = 16'h2000;
       mem[8184] = 16'h2000;
       mem[8185] = 16'h2000;
       mem[8186] = 16'h2000;
       mem[8187] = 16'h2000;
       mem[8188] = 16'h2000;
       mem[8189] = 16'h2000;
       mem[8193] = 16'h2000;
       mem[8200] = 16'h2000;
       mem[8207] = 16'h2000;
       mem[8214] = 16'h2000;
       mem[8221] = 16'h2000;
       mem[8224] = 16'h2000;
       mem[8225] = 16'h2000;
       mem[8226] = 16'h2000;
       mem[8227] = 16'h2000;
       mem[8228] = 16'h2000;
       mem[8229] = 16'h2000;
       mem[8230] = 16'h2000;
       mem[8231] = 16'h2000;
       mem[8238] = 16'h2000;
       mem[8239] = 16'h2000;
       mem[8240] = 16'h2000;
       mem[8245] = 16'h2000;
       mem[8246] = 16'h2000;
       mem[8248] = 16'h2000;
       mem[8252] = 16'h2000;
       mem[8253] = 16'h2000;
       mem[8256] = 16'h2000;
       mem[8259] = 16'h2000;
       mem[8260] = 16'h2000;
       mem[8264] = 16'h2000;
       mem[8266] = 16'h2000;
       mem[8267] = 16'h2000;
       mem[8272] = 16'h2000;
       mem[8273] = 16'h2000;
       mem[8274] = 16'h2000;
       mem[8280] = 16'h2000;
       mem[8281] = 16'h2000;
       mem[8282] = 16'h2000;
       mem[8283] = 16'h2000;
       mem[8284] = 16'h2000;
       mem[8285] = 16'h2000;
       mem[8286] = 16'h2000;
       mem[8287] = 16'h2000;
       mem[8291] = 16'h2000;
       mem[8298] = 16'h2000;
       mem[8305] = 16'h2000;
       mem[8312] = 16'h2000;
       mem[8315] = 16'h2000;
       mem[8319] = 16'h2000;
       mem[8326] = 16'h2000;
       mem[8330] = 16'h2000;
       mem[8331] = 16'h2000;
       mem[8332] = 16'h2000;
       mem[8333] = 16'h2000;
       mem[8334] = 16'h2000;
       mem[8335] = 16'h2000;
       mem[8336] = 16'h2000;
       mem[8340] = 16'h2000;
       mem[8347] = 16'h2000;
       mem[8354] = 16'h2000;
       mem[8361] = 16'h2000;
       mem[8365] = 16'h2000;
       mem[8368] = 16'h2000;
       mem[8375] = 16'h2000;
       mem[8379] = 16'h2000;
       mem[8380] = 16'h2000;
       mem[8381] = 16'h2000;
       mem[8382] = 16'h2000;
       mem[8384] = 16'h2000;
       mem[8385] = 16'h2000;
       mem[8389] = 16'h2000;
       mem[8396] = 16'h2000;
       mem[8403] = 16'h2000;
       mem[8410] = 16'h2000;
       mem[8417] = 16'h2000;
       mem[8424] = 16'h2000;
       mem[8428] = 16'h2000;
       mem[8429] = 16'h2000;
       mem[8430] = 16'h2000;
       mem[8431] = 16'h2000;
       mem[8432] = 16'h2000;
       mem[8433] = 16'h2000;
       mem[8434] = 16'h2000;
       mem[8438] = 16'h2000;
       mem[8444] = 16'h2000;
       mem[8445] = 16'h2000;
       mem[8452] = 16'h2000;
       mem[8459] = 16'h2000;
       mem[8466] = 16'h2000;
       mem[8470] = 16'h2000;
       mem[8471] = 16'h2000;
       mem[8472] = 16'h2000;
       mem[8473] = 16'h2000;
       mem[8474] = 16'h2000;
       mem[8475] = 16'h2000;
       mem[8476] = 16'h2000;
       mem[8477] = 16'h2000;
       mem[8478] = 16'h2000;
       mem[8479] = 16'h2000;
       mem[8480] = 16'h2000;
       mem[8481] = 16'h2000;
       mem[8482] = 16'h2000;
       mem[8483] = 16'h2000;
       mem[8487] = 16'h2000;
       mem[8494] = 16'h2000;
       mem[8501] = 16'h2000;
       mem[8508] = 16'h2000;
       mem[8515] = 16'h2000;
       mem[8526] = 16'h2000;
       mem[8527] = 16'h2000;
       mem[8528] = 16'h2000;
       mem[8529] = 16'h2000;
       mem[8530] = 16'h2000;
       mem[8531] = 16'h2000;
       mem[8532] = 16'h2000;
       mem[8536] = 16'h2000;
       mem[8543] = 16'h2000;
       mem[8550] = 16'h2000;
       mem[8557] = 16'h2000;
       mem[8559] = 16'h2000;
       mem[8564] = 16'h2000;
       mem[8571] = 16'h2000;
       mem[8575] = 16'h2000;
       mem[8576] = 16'h2000;
       mem[8577] = 16'h2000;
       mem[8578] = 16'h2000;
       mem[8579] = 16'h2000;
       mem[8580] = 16'h2000;
       mem[8581] = 16'h2000;
       mem[8582] = 16'h2000;
       mem[8586] = 16'h2000;
       mem[8589] = 16'h2000;
       mem[8596] = 16'h2000;
       mem[8597] = 16'h2000;
       mem[8598] = 16'h2000;
       mem[8599] = 16'h2000;
       mem[8600] = 16'h2000;
       mem[8601] = 16'h2000;
       mem[8602] = 16'h2000;
       mem[8609] = 16'h2000;
       mem[8616] = 16'h2000;
       mem[8617] = 16'h2000;
       mem[8618] = 16'h2000;
       mem[8619] = 16'h2000;
       mem[8620] = 16'h2000;
       mem[8621] = 16'h2000;
       mem[8622] = 16'h2000;
       mem[8623] = 16'h2000;
       mem[8624] = 16'h2000;
       mem[8625] = 16'h2000;
       mem[8626] = 16'h2000;
       mem[8627] = 16'h2000;
       mem[8628] = 16'h2000;
       mem[8629] = 16'h2000;
       mem[8630] = 16'h2000;
       mem[8631] = 16'h2000;
       mem[8638] = 16'h2000;
       mem[8641] = 16'h2000;
       mem[8645] = 16'h2000;
       mem[8646] = 16'h2000;
       mem[8647] = 16'h2000;
       mem[8648] = 16'h2000;
       mem[8649] = 16'h2000;
       mem[8650] = 16'h2000;
       mem[8651] = 16'h2000;
       mem[8658] = 16'h2000;
       mem[8665] = 16'h2000;
       mem[8666] = 16'h2000;
       mem[8667] = 16'h2000;
       mem[8668] = 16'h2000;
       mem[8669] = 16'h2000;
       mem[8670] = 16'h2000;
       mem[8671] = 16'h2000;
       mem[8672] = 16'h2000;
       mem[8673] = 16'h2000;
       mem[8674] = 16'h2000;
       mem[8675] = 16'h2000;
       mem[8676] = 16'h2000;
       mem[8677] = 16'h2000;
       mem[8678] = 16'h2000;
       mem[8679] = 16'h2000;
       mem[8680] = 16'h2000;
       mem[8687] = 16'h2000;
       mem[8694] = 16'h2000;
       mem[8695] = 16'h2000;
       mem[8696] = 16'h2000;
       mem[8697] = 16'h2000;
       mem[8698] = 16'h2000;
       mem[8699] = 16'h2000;
       mem[8700] = 16'h2000;
       mem[8707] = 16'h2000;
       mem[8714] = 16'h2000;
       mem[8715] = 16'h2000;
       mem[8716] = 16'h2000;
       mem[8717] = 16'h2000;
       mem[8718] = 16'h2000;
       mem[8719] = 16'h2000;
       mem[8720] = 16'h2000;
       mem[8721] = 16'h2000;
       mem[8722] = 16'h2000;
       mem[8725] = 16'h2000;
       mem[8728] = 16'h2000;
       mem[8729] = 16'h2000;
       mem[8730] = 16'h2000;
       mem[8735] = 16'h2000;
       mem[8736] = 16'h2000;
       mem[8738] = 16'h2000;
       mem[8742] = 16'h2000;
       mem[8743] = 16'h2000;
       mem[8746] = 16'h2000;
       mem[8749] = 16'h2000;
       mem[8750] = 16'h2000;
       mem[8754] = 16'h2000;
       mem[8756] = 16'h2000;
       mem[8757] = 16'h2000;
       mem[8762] = 16'h2000;
       mem[8763] = 16'h2000;
       mem[8764] = 16'h2000;
       mem[8770] = 16'h2000;
       mem[8771] = 16'h2000;
       mem[8772] = 16'h2000;
       mem[8773] = 16'h2000;
       mem[8774] = 16'h2000;
       mem[8775] = 16'h2000;
       mem[8776] = 16'h2000;
       mem[8777] = 16'h2000;
       mem[8778] = 16'h2000;
       mem[8785] = 16'h2000;
       mem[8792] = 16'h2000;
       mem[8793] = 16'h2000;
       mem[8794] = 16'h2000;
       mem[8795] = 16'h2000;
       mem[8796] = 16'h2000;
       mem[8797] = 16'h2000;
       mem[8798] = 16'h2000;
       mem[8805] = 16'h2000;
       mem[8807] = 16'h2000;
       mem[8812] = 16'h2000;
       mem[8813] = 16'h2000;
       mem[8814] = 16'h2000;
       mem[8815] = 16'h2000;
       mem[8816] = 16'h2000;
       mem[8817] = 16'h2000;
       mem[8818] = 16'h2000;
       mem[8819] = 16'h2000;
       mem[8820] = 16'h2000;
       mem[8821] = 16'h2000;
       mem[8822] = 16'h2000;
       mem[8823] = 16'h2000;
       mem[8824] = 16'h2000;
       mem[8825] = 16'h2000;
       mem[8826] = 16'h2000;
       mem[8827] = 16'h2000;
       mem[8834] = 16'h2000;
       mem[8841] = 16'h2000;
       mem[8842] = 16'h2000;
       mem[8843] = 16'h2000;
       mem[8845] = 16'h2000;
       mem[8846] = 16'h2000;
       mem[8847] = 16'h2000;
       mem[8854] = 16'h2000;
       mem[8861] = 16'h2000;
       mem[8862] = 16'h2000;
       mem[8863] = 16'h2000;
       mem[8864] = 16'h2000;
       mem[8865] = 16'h2000;
       mem[8866] = 16'h2000;
       mem[8867] = 16'h2000;
       mem[8868] = 16'h2000;
       mem[8869] = 16'h2000;
       mem[8875] = 16'h2000;
       mem[8876] = 16'h2000;
       mem[8877] = 16'h2000;
       mem[8882] = 16'h2000;
       mem[8883] = 16'h2000;
       mem[8885] = 16'h2000;
       mem[8889] = 16'h2000;
       mem[8890] = 16'h2000;
       mem[8893] = 16'h2000;
       mem[8896] = 16'h2000;
       mem[8897] = 16'h2000;
       mem[8901] = 16'h2000;
       mem[8903] = 16'h2000;
       mem[8904] = 16'h2000;
       mem[8910] = 16'h2000;
       mem[8911] = 16'h2000;
       mem[8917] = 16'h2000;
       mem[8918] = 16'h2000;
       mem[8919] = 16'h2000;
       mem[8920] = 16'h2000;
       mem[8921] = 16'h2000;
       mem[8922] = 16'h2000;
       mem[8923] = 16'h2000;
       mem[8924] = 16'h2000;
       mem[8925] = 16'h2000;
       mem[8926] = 16'h2000;
       mem[8932] = 16'h2000;
       mem[8939] = 16'h2000;
       mem[8940] = 16'h2000;
       mem[8941] = 16'h2000;
       mem[8942] = 16'h2000;
       mem[8943] = 16'h2000;
       mem[8944] = 16'h2000;
       mem[8945] = 16'h2000;
       mem[8952] = 16'h2000;
       mem[8959] = 16'h2000;
       mem[8960] = 16'h2000;
       mem[8961] = 16'h2000;
       mem[8962] = 16'h2000;
       mem[8963] = 16'h2000;
       mem[8964] = 16'h2000;
       mem[8965] = 16'h2000;
       mem[8966] = 16'h2000;
       mem[8967] = 16'h2000;
       mem[8968] = 16'h2000;
       mem[8969] = 16'h2000;
       mem[8970] = 16'h2000;
       mem[8971] = 16'h2000;
       mem[8972] = 16'h2000;
       mem[8973] = 16'h2000;
       mem[8977] = 16'h2000;
       mem[8978] = 16'h2000;
       mem[8984] = 16'h2000;
       mem[8991] = 16'h2000;
       mem[8998] = 16'h2000;
       mem[9005] = 16'h2000;
       mem[9012] = 16'h2000;
       mem[9016] = 16'h2000;
       mem[9017] = 16'h2000;
       mem[9018] = 16'h2000;
       mem[9019] = 16'h2000;
       mem[9020] = 16'h2000;
       mem[9021] = 16'h2000;
       mem[9022] = 16'h2000;
       mem[9026] = 16'h2000;
       mem[9033] = 16'h2000;
       mem[9040] = 16'h2000;
       mem[9047] = 16'h2000;
       mem[9054] = 16'h2000;
       mem[9058] = 16'h2000;
       mem[9061] = 16'h2000;
       mem[9065] = 16'h2000;
       mem[9066] = 16'h2000;
       mem[9067] = 16'h2000;
       mem[9068] = 16'h2000;
       mem[9069] = 16'h2000;
       mem[9070] = 16'h2000;
       mem[9071] = 16'h2000;
       mem[9074] = 16'h2000;
       mem[9075] = 16'h2000;
       mem[9082] = 16'h2000;
       mem[9089] = 16'h2000;
       mem[9096] = 16'h2000;
       mem[9103] = 16'h2000;
       mem[9110] = 16'h2000;
       mem[9114] = 16'h2000;
       mem[9115] = 16'h2000;
       mem[9116] = 16'h2000;
       mem[9117] = 16'h2000;
       mem[9118] = 16'h2000;
       mem[9119] = 16'h2000;
       mem[9120] = 16'h2000;
       mem[9124] = 16'h2000;
       mem[9131] = 16'h2000;
       mem[9138] = 16'h2000;
       mem[9145] = 16'h2000;
       mem[9152] = 16'h2000;
       mem[9157] = 16'h2000;
       mem[9159] = 16'h2000;
       mem[9163] = 16'h2000;
       mem[9164] = 16'h2000;
       mem[9165] = 16'h2000;
       mem[9166] = 16'h2000;
       mem[9167] = 16'h2000;
       mem[9168] = 16'h2000;
       mem[9169] = 16'h2000;
       mem[9173] = 16'h2000;
       mem[9175] = 16'h2000;
       mem[9180] = 16'h2000;
       mem[9187] = 16'h2000;
       mem[9194] = 16'h2000;
       mem[9201] = 16'h2000;
       mem[9208] = 16'h2000;
       mem[9212] = 16'h2000;
       mem[9213] = 16'h2000;
       mem[9214] = 16'h2000;
       mem[9215] = 16'h2000;
       mem[9217] = 16'h2000;
       mem[9218] = 16'h2000;
       mem[9219] = 16'h2000;
       mem[9226] = 16'h2000;
       mem[9233] = 16'h2000;
       mem[9234] = 16'h2000;
       mem[9235] = 16'h2000;
       mem[9236] = 16'h2000;
       mem[9237] = 16'h2000;
       mem[9238] = 16'h2000;
       mem[9239] = 16'h2000;
       mem[9246] = 16'h2000;
       mem[9253] = 16'h2000;
       mem[9254] = 16'h2000;
       mem[9255] = 16'h2000;
       mem[9256] = 16'h2000;
       mem[9257] = 16'h2000;
       mem[9258] = 16'h2000;
       mem[9259] = 16'h2000;
       mem[9260] = 16'h2000;
       mem[9261] = 16'h2000;
       mem[9262] = 16'h2000;
       mem[9263] = 16'h2000;
       mem[9264] = 16'h2000;
       mem[9265] = 16'h2000;
       mem[9266] = 16'h2000;
       mem[9267] = 16'h2000;
       mem[9271] = 16'h2000;
       mem[9276] = 16'h2000;
       mem[9278] = 16'h2000;
       mem[9285] = 16'h2000;
       mem[9292] = 16'h2000;
       mem[9299] = 16'h2000;
       mem[9306] = 16'h2000;
       mem[9310] = 16'h2000;
       mem[9311] = 16'h2000;
       mem[9312] = 16'h2000;
       mem[9313] = 16'h2000;
       mem[9314] = 16'h2000;
       mem[9315] = 16'h2000;
       mem[9316] = 16'h2000;
       mem[9320] = 16'h2000;
       mem[9327] = 16'h2000;
       mem[9334] = 16'h2000;
       mem[9341] = 16'h2000;
       mem[9342] = 16'h2000;
       mem[9348] = 16'h2000;
       mem[9352] = 16'h2000;
       mem[9353] = 16'h2000;
       mem[9354] = 16'h2000;
       mem[9355] = 16'h2000;
       mem[9356] = 16'h2000;
       mem[9357] = 16'h2000;
       mem[9358] = 16'h2000;
       mem[9359] = 16'h2000;
       mem[9365] = 16'h2000;
       mem[9366] = 16'h2000;
       mem[9367] = 16'h2000;
       mem[9372] = 16'h2000;
       mem[9373] = 16'h2000;
       mem[9375] = 16'h2000;
       mem[9379] = 16'h2000;
       mem[9380] = 16'h2000;
       mem[9383] = 16'h2000;
       mem[9386] = 16'h2000;
       mem[9387] = 16'h2000;
       mem[9391] = 16'h2000;
       mem[9393] = 16'h2000;
       mem[9394] = 16'h2000;
       mem[9399] = 16'h2000;
       mem[9400] = 16'h2000;
       mem[9401] = 16'h2000;
       mem[9407] = 16'h2000;
       mem[9408] = 16'h2000;
       mem[9409] = 16'h2000;
       mem[9410] = 16'h2000;
       mem[9411] = 16'h2000;
       mem[9412] = 16'h2000;
       mem[9413] = 16'h2000;
       mem[9414] = 16'h2000;
       mem[9415] = 16'h2000;
       mem[9420] = 16'h2000;
       mem[9422] = 16'h2000;
       mem[9429] = 16'h2000;
       mem[9430] = 16'h2000;
       mem[9431] = 16'h2000;
       mem[9432] = 16'h2000;
       mem[9433] = 16'h2000;
       mem[9434] = 16'h2000;
       mem[9435] = 16'h2000;
       mem[9442] = 16'h2000;
       mem[9449] = 16'h2000;
       mem[9450] = 16'h2000;
       mem[9451] = 16'h2000;
       mem[9452] = 16'h2000;
       mem[9453] = 16'h2000;
       mem[9454] = 16'h2000;
       mem[9455] = 16'h2000;
       mem[9456] = 16'h2000;
       mem[9457] = 16'h2000;
       mem[9463] = 16'h2000;
       mem[9464] = 16'h2000;
       mem[9465] = 16'h2000;
       mem[9471] = 16'h2000;
       mem[9473] = 16'h2000;
       mem[9477] = 16'h2000;
       mem[9478] = 16'h2000;
       mem[9481] = 16'h2000;
       mem[9484] = 16'h2000;
       mem[9485] = 16'h2000;
       mem[9489] = 16'h2000;
       mem[9491] = 16'h2000;
       mem[9492] = 16'h2000;
       mem[9497] = 16'h2000;
       mem[9498] = 16'h2000;
       mem[9499] = 16'h2000;
       mem[9505] = 16'h2000;
       mem[9506] = 16'h2000;
       mem[9507] = 16'h2000;
       mem[9508] = 16'h2000;
       mem[9509] = 16'h2000;
       mem[9510] = 16'h2000;
       mem[9511] = 16'h2000;
       mem[9512] = 16'h2000;
       mem[9516] = 16'h2000;
       mem[9523] = 16'h2000;
       mem[9530] = 16'h2000;
       mem[9537] = 16'h2000;
       mem[9540] = 16'h2000;
       mem[9544] = 16'h2000;
       mem[9548] = 16'h2000;
       mem[9549] = 16'h2000;
       mem[9550] = 16'h2000;
       mem[9551] = 16'h2000;
       mem[9552] = 16'h2000;
       mem[9553] = 16'h2000;
       mem[9554] = 16'h2000;
       mem[9555] = 16'h2000;
       mem[9556] = 16'h2000;
       mem[9557] = 16'h2000;
       mem[9558] = 16'h2000;
       mem[9559] = 16'h2000;
       mem[9560] = 16'h2000;
       mem[9561] = 16'h2000;
       mem[9572] = 16'h2000;
       mem[9579] = 16'h2000;
       mem[9586] = 16'h2000;
       mem[9593] = 16'h2000;
       mem[9600] = 16'h2000;
       mem[9604] = 16'h2000;
       mem[9605] = 16'h2000;
       mem[9606] = 16'h2000;
       mem[9607] = 16'h2000;
       mem[9608] = 16'h2000;
       mem[9609] = 16'h2000;
       mem[9610] = 16'h2000;
       mem[9614] = 16'h2000;
       mem[9621] = 16'h2000;
       mem[9628] = 16'h2000;
       mem[9634] = 16'h2000;
       mem[9635] = 16'h2000;
       mem[9642] = 16'h2000;
       mem[9646] = 16'h2000;
       mem[9647] = 16'h2000;
       mem[9648] = 16'h2000;
       mem[9649] = 16'h2000;
       mem[9650] = 16'h2000;
       mem[9651] = 16'h2000;
       mem[9652] = 16'h2000;
       mem[9653] = 16'h2000;
       mem[9654] = 16'h2000;
       mem[9655] = 16'h2000;
       mem[9656] = 16'h2000;
       mem[9657] = 16'h2000;
       mem[9658] = 16'h2000;
       mem[9659] = 16'h2000;
       mem[9663] = 16'h2000;
       mem[9670] = 16'h2000;
       mem[9677] = 16'h2000;
       mem[9684] = 16'h2000;
       mem[9691] = 16'h2000;
       mem[9698] = 16'h2000;
       mem[9700] = 16'h2000;
       mem[9702] = 16'h2000;
       mem[9703] = 16'h2000;
       mem[9704] = 16'h2000;
       mem[9705] = 16'h2000;
       mem[9706] = 16'h2000;
       mem[9707] = 16'h2000;
       mem[9708] = 16'h2000;
       mem[9712] = 16'h2000;
       mem[9719] = 16'h2000;
       mem[9726] = 16'h2000;
       mem[9730] = 16'h2000;
       mem[9733] = 16'h2000;
       mem[9740] = 16'h2000;
       mem[9744] = 16'h2000;
       mem[9745] = 16'h2000;
       mem[9746] = 16'h2000;
       mem[9747] = 16'h2000;
       mem[9748] = 16'h2000;
       mem[9749] = 16'h2000;
       mem[9750] = 16'h2000;
       mem[9751] = 16'h2000;
       mem[9752] = 16'h2000;
       mem[9753] = 16'h2000;
       mem[9754] = 16'h2000;
       mem[9755] = 16'h2000;
       mem[9756] = 16'h2000;
       mem[9757] = 16'h2000;
       mem[9761] = 16'h2000;
       mem[9768] = 16'h2000;
       mem[9782] = 16'h2000;
       mem[9789] = 16'h2000;
       mem[9793] = 16'h2000;
       mem[9794] = 16'h2000;
       mem[9795] = 16'h2000;
       mem[9796] = 16'h2000;
       mem[9797] = 16'h2000;
       mem[9798] = 16'h2000;
       mem[9799] = 16'h2000;
       data = 0;
    end
    
    always @(posedge clock) begin
       data <= mem[address[13:0]];
    end
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__samples_sync


module mgd_trainer_nist7x7_hw_pipe__lanes__0__theta_init(address,data);
    
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
      10'b11001000: data = 16'h0;
      10'b11001001: data = 16'h0;
      10'b11001010: data = 16'h0;
      10'b11001011: data = 16'h0;
      10'b11001100: data = 16'h0;
      10'b11001101: data = 16'h0;
      10'b11001110: data = 16'h7b3;
      10'b11001111: data = 16'h37f;
      10'b11010000: data = 16'hf8b5;
      10'b11010001: data = 16'hf9df;
      10'b11010010: data = 16'hff64;
      10'b11010011: data = 16'h224;
      10'b11010100: data = 16'hfbf8;
      10'b11010101: data = 16'h163;
      10'b11010110: data = 16'h2a0;
      10'b11010111: data = 16'h229;
      10'b11011000: data = 16'h7e0;
      10'b11011001: data = 16'hf954;
      10'b11011010: data = 16'hfc57;
      10'b11011011: data = 16'h42f;
      10'b11011100: data = 16'hfb70;
      10'b11011101: data = 16'hff02;
      10'b11011110: data = 16'h51c;
      10'b11011111: data = 16'hf821;
      10'b11100000: data = 16'h4a1;
      10'b11100001: data = 16'h6b0;
      10'b11100010: data = 16'h0;
      10'b11100011: data = 16'h0;
      10'b11100100: data = 16'h0;
      10'b11100101: data = 16'h0;
      10'b11100110: data = 16'h0;
      10'b11100111: data = 16'h0;
      10'b11101000: data = 16'h0;
      10'b11101001: data = 16'h0;
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__theta_init


module mgd_trainer_nist7x7_hw_pipe__lanes__0__theta_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
    reg [15:0] read_q;
    integer i;
    initial begin
       for (i = 0; i <= 255; i = i + 1) mem[i] = 0;
       read_q = 0;
       read_data = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[7:0]] <= write_data;
       end
       if (write_enable && write_address[7:0] == read_address[7:0]) begin
          read_q <= write_data;
       end else begin
          read_q <= mem[read_address[7:0]];
       end
       read_data <= read_q;
    end
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[7:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__theta_mem


module mgd_trainer_nist7x7_hw_pipe__lanes__0__vel_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
    reg [31:0] read_q;
    integer i;
    initial begin
       for (i = 0; i <= 255; i = i + 1) mem[i] = 0;
       read_q = 0;
       read_data = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[7:0]] <= write_data;
       end
       if (write_enable && write_address[7:0] == read_address[7:0]) begin
          read_q <= write_data;
       end else begin
          read_q <= mem[read_address[7:0]];
       end
       read_data <= read_q;
    end
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[7:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_nist7x7_hw_pipe__lanes__0__vel_mem


module mgd_trainer_nist7x7_hw_pipe__network(clock,reset,start,busy,done,issued,issue_soon,row,row_next,sweep_next,sweep_row_next,sweeping,row_first,row_used,row_bias,row_layer,act_row_next,out_write,out_lane,out_row,y_valid,y_index,sum_live,sum_ends,act_starts,act_ends);
    
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
    localparam  last = 10'b11101001;
    localparam  issue_last = 10'b11100001;
    localparam  issue_before = 10'b11011111;
    localparam  act_row0 = 10'b0;
    localparam  row0_word = 64'h1000000c400;
    localparam  row0_next_act = 10'b1;
    localparam  piped = 1'b1;
    
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
    mgd_trainer_nist7x7_hw_pipe__network__ucode ucode(
        .address(ucode__address),
        .data(ucode__data)
    );
    mgd_trainer_nist7x7_hw_pipe__network__ucode_after ucode_after(
        .address(ucode_after__address),
        .data(ucode_after__data)
    );
    mgd_trainer_nist7x7_hw_pipe__network__sweep_ucode sweep_ucode(
        .address(sweep_ucode__address),
        .data(sweep_ucode__data)
    );
    mgd_trainer_nist7x7_hw_pipe__network__next_acts_after next_acts_after(
        .address(next_acts_after__address),
        .data(next_acts_after__data)
    );
    mgd_trainer_nist7x7_hw_pipe__network__sweep_next_acts sweep_next_acts(
        .address(sweep_next_acts__address),
        .data(sweep_next_acts__data)
    );
    mgd_trainer_nist7x7_hw_pipe__network__count count(
        .d(count__d),
        .q(count__q),
        .clock(count__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__network__row_word row_word(
        .d(row_word__d),
        .q(row_word__q),
        .clock(row_word__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__network__next_act next_act(
        .d(next_act__d),
        .q(next_act__q),
        .clock(next_act__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__network__running running(
        .d(running__d),
        .q(running__q),
        .clock(running__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__network__finished finished(
        .d(finished__d),
        .q(finished__q),
        .clock(finished__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__network__pipe_word1 pipe_word1(
        .d(pipe_word1__d),
        .q(pipe_word1__q),
        .clock(pipe_word1__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__network__pipe_word2 pipe_word2(
        .d(pipe_word2__d),
        .q(pipe_word2__q),
        .clock(pipe_word2__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__network__pipe_word3 pipe_word3(
        .d(pipe_word3__d),
        .q(pipe_word3__q),
        .clock(pipe_word3__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__network__pipe_word4 pipe_word4(
        .d(pipe_word4__d),
        .q(pipe_word4__q),
        .clock(pipe_word4__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__network__pipe_word5 pipe_word5(
        .d(pipe_word5__d),
        .q(pipe_word5__q),
        .clock(pipe_word5__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__network__pipe_word6 pipe_word6(
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__network


module mgd_trainer_nist7x7_hw_pipe__network__count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__network__count


module mgd_trainer_nist7x7_hw_pipe__network__finished(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__network__finished


module mgd_trainer_nist7x7_hw_pipe__network__next_act(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__network__next_act


module mgd_trainer_nist7x7_hw_pipe__network__next_acts_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 10'b10;
      10'b1: data = 10'b11;
      10'b10: data = 10'b100;
      10'b11: data = 10'b101;
      10'b100: data = 10'b110;
      10'b101: data = 10'b111;
      10'b110: data = 10'b1000;
      10'b111: data = 10'b1001;
      10'b1000: data = 10'b1010;
      10'b1001: data = 10'b1011;
      10'b1010: data = 10'b1100;
      10'b1011: data = 10'b1101;
      10'b1100: data = 10'b1110;
      10'b1101: data = 10'b1111;
      10'b1110: data = 10'b10000;
      10'b1111: data = 10'b10001;
      10'b10000: data = 10'b10010;
      10'b10001: data = 10'b10011;
      10'b10010: data = 10'b10100;
      10'b10011: data = 10'b10101;
      10'b10100: data = 10'b10110;
      10'b10101: data = 10'b10111;
      10'b10110: data = 10'b11000;
      10'b10111: data = 10'b11001;
      10'b11000: data = 10'b11010;
      10'b11001: data = 10'b11011;
      10'b11010: data = 10'b11100;
      10'b11011: data = 10'b11101;
      10'b11100: data = 10'b11110;
      10'b11101: data = 10'b11111;
      10'b11110: data = 10'b100000;
      10'b11111: data = 10'b100001;
      10'b100000: data = 10'b100010;
      10'b100001: data = 10'b100011;
      10'b100010: data = 10'b100100;
      10'b100011: data = 10'b100101;
      10'b100100: data = 10'b100110;
      10'b100101: data = 10'b100111;
      10'b100110: data = 10'b101000;
      10'b100111: data = 10'b101001;
      10'b101000: data = 10'b101010;
      10'b101001: data = 10'b101011;
      10'b101010: data = 10'b101100;
      10'b101011: data = 10'b101101;
      10'b101100: data = 10'b101110;
      10'b101101: data = 10'b101111;
      10'b101110: data = 10'b110000;
      10'b101111: data = 10'b0;
      10'b110000: data = 10'b0;
      10'b110001: data = 10'b1;
      10'b110010: data = 10'b10;
      10'b110011: data = 10'b11;
      10'b110100: data = 10'b100;
      10'b110101: data = 10'b101;
      10'b110110: data = 10'b110;
      10'b110111: data = 10'b111;
      10'b111000: data = 10'b1000;
      10'b111001: data = 10'b1001;
      10'b111010: data = 10'b1010;
      10'b111011: data = 10'b1011;
      10'b111100: data = 10'b1100;
      10'b111101: data = 10'b1101;
      10'b111110: data = 10'b1110;
      10'b111111: data = 10'b1111;
      10'b1000000: data = 10'b10000;
      10'b1000001: data = 10'b10001;
      10'b1000010: data = 10'b10010;
      10'b1000011: data = 10'b10011;
      10'b1000100: data = 10'b10100;
      10'b1000101: data = 10'b10101;
      10'b1000110: data = 10'b10110;
      10'b1000111: data = 10'b10111;
      10'b1001000: data = 10'b11000;
      10'b1001001: data = 10'b11001;
      10'b1001010: data = 10'b11010;
      10'b1001011: data = 10'b11011;
      10'b1001100: data = 10'b11100;
      10'b1001101: data = 10'b11101;
      10'b1001110: data = 10'b11110;
      10'b1001111: data = 10'b11111;
      10'b1010000: data = 10'b100000;
      10'b1010001: data = 10'b100001;
      10'b1010010: data = 10'b100010;
      10'b1010011: data = 10'b100011;
      10'b1010100: data = 10'b100100;
      10'b1010101: data = 10'b100101;
      10'b1010110: data = 10'b100110;
      10'b1010111: data = 10'b100111;
      10'b1011000: data = 10'b101000;
      10'b1011001: data = 10'b101001;
      10'b1011010: data = 10'b101010;
      10'b1011011: data = 10'b101011;
      10'b1011100: data = 10'b101100;
      10'b1011101: data = 10'b101101;
      10'b1011110: data = 10'b101110;
      10'b1011111: data = 10'b101111;
      10'b1100000: data = 10'b110000;
      10'b1100001: data = 10'b0;
      10'b1100010: data = 10'b0;
      10'b1100011: data = 10'b1;
      10'b1100100: data = 10'b10;
      10'b1100101: data = 10'b11;
      10'b1100110: data = 10'b100;
      10'b1100111: data = 10'b101;
      10'b1101000: data = 10'b110;
      10'b1101001: data = 10'b111;
      10'b1101010: data = 10'b1000;
      10'b1101011: data = 10'b1001;
      10'b1101100: data = 10'b1010;
      10'b1101101: data = 10'b1011;
      10'b1101110: data = 10'b1100;
      10'b1101111: data = 10'b1101;
      10'b1110000: data = 10'b1110;
      10'b1110001: data = 10'b1111;
      10'b1110010: data = 10'b10000;
      10'b1110011: data = 10'b10001;
      10'b1110100: data = 10'b10010;
      10'b1110101: data = 10'b10011;
      10'b1110110: data = 10'b10100;
      10'b1110111: data = 10'b10101;
      10'b1111000: data = 10'b10110;
      10'b1111001: data = 10'b10111;
      10'b1111010: data = 10'b11000;
      10'b1111011: data = 10'b11001;
      10'b1111100: data = 10'b11010;
      10'b1111101: data = 10'b11011;
      10'b1111110: data = 10'b11100;
      10'b1111111: data = 10'b11101;
      10'b10000000: data = 10'b11110;
      10'b10000001: data = 10'b11111;
      10'b10000010: data = 10'b100000;
      10'b10000011: data = 10'b100001;
      10'b10000100: data = 10'b100010;
      10'b10000101: data = 10'b100011;
      10'b10000110: data = 10'b100100;
      10'b10000111: data = 10'b100101;
      10'b10001000: data = 10'b100110;
      10'b10001001: data = 10'b100111;
      10'b10001010: data = 10'b101000;
      10'b10001011: data = 10'b101001;
      10'b10001100: data = 10'b101010;
      10'b10001101: data = 10'b101011;
      10'b10001110: data = 10'b101100;
      10'b10001111: data = 10'b101101;
      10'b10010000: data = 10'b101110;
      10'b10010001: data = 10'b101111;
      10'b10010010: data = 10'b110000;
      10'b10010011: data = 10'b0;
      10'b10010100: data = 10'b0;
      10'b10010101: data = 10'b1;
      10'b10010110: data = 10'b10;
      10'b10010111: data = 10'b11;
      10'b10011000: data = 10'b100;
      10'b10011001: data = 10'b101;
      10'b10011010: data = 10'b110;
      10'b10011011: data = 10'b111;
      10'b10011100: data = 10'b1000;
      10'b10011101: data = 10'b1001;
      10'b10011110: data = 10'b1010;
      10'b10011111: data = 10'b1011;
      10'b10100000: data = 10'b1100;
      10'b10100001: data = 10'b1101;
      10'b10100010: data = 10'b1110;
      10'b10100011: data = 10'b1111;
      10'b10100100: data = 10'b10000;
      10'b10100101: data = 10'b10001;
      10'b10100110: data = 10'b10010;
      10'b10100111: data = 10'b10011;
      10'b10101000: data = 10'b10100;
      10'b10101001: data = 10'b10101;
      10'b10101010: data = 10'b10110;
      10'b10101011: data = 10'b10111;
      10'b10101100: data = 10'b11000;
      10'b10101101: data = 10'b11001;
      10'b10101110: data = 10'b11010;
      10'b10101111: data = 10'b11011;
      10'b10110000: data = 10'b11100;
      10'b10110001: data = 10'b11101;
      10'b10110010: data = 10'b11110;
      10'b10110011: data = 10'b11111;
      10'b10110100: data = 10'b100000;
      10'b10110101: data = 10'b100001;
      10'b10110110: data = 10'b100010;
      10'b10110111: data = 10'b100011;
      10'b10111000: data = 10'b100100;
      10'b10111001: data = 10'b100101;
      10'b10111010: data = 10'b100110;
      10'b10111011: data = 10'b100111;
      10'b10111100: data = 10'b101000;
      10'b10111101: data = 10'b101001;
      10'b10111110: data = 10'b101010;
      10'b10111111: data = 10'b101011;
      10'b11000000: data = 10'b101100;
      10'b11000001: data = 10'b101101;
      10'b11000010: data = 10'b101110;
      10'b11000011: data = 10'b101111;
      10'b11000100: data = 10'b110000;
      10'b11000101: data = 10'b0;
      10'b11000110: data = 10'b0;
      10'b11000111: data = 10'b0;
      10'b11001000: data = 10'b0;
      10'b11001001: data = 10'b0;
      10'b11001010: data = 10'b0;
      10'b11001011: data = 10'b0;
      10'b11001100: data = 10'b110001;
      10'b11001101: data = 10'b110010;
      10'b11001110: data = 10'b110011;
      10'b11001111: data = 10'b110100;
      10'b11010000: data = 10'b0;
      10'b11010001: data = 10'b110001;
      10'b11010010: data = 10'b110010;
      10'b11010011: data = 10'b110011;
      10'b11010100: data = 10'b110100;
      10'b11010101: data = 10'b0;
      10'b11010110: data = 10'b110001;
      10'b11010111: data = 10'b110010;
      10'b11011000: data = 10'b110011;
      10'b11011001: data = 10'b110100;
      10'b11011010: data = 10'b0;
      10'b11011011: data = 10'b110001;
      10'b11011100: data = 10'b110010;
      10'b11011101: data = 10'b110011;
      10'b11011110: data = 10'b110100;
      10'b11011111: data = 10'b0;
      10'b11100000: data = 10'b0;
      10'b11100001: data = 10'b0;
      10'b11100010: data = 10'b0;
      10'b11100011: data = 10'b0;
      10'b11100100: data = 10'b0;
      10'b11100101: data = 10'b0;
      10'b11100110: data = 10'b0;
      10'b11100111: data = 10'b0;
      10'b11101000: data = 10'b0;
      10'b11101001: data = 10'b1;
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__network__next_acts_after


module mgd_trainer_nist7x7_hw_pipe__network__pipe_word1(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__network__pipe_word1


module mgd_trainer_nist7x7_hw_pipe__network__pipe_word2(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__network__pipe_word2


module mgd_trainer_nist7x7_hw_pipe__network__pipe_word3(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__network__pipe_word3


module mgd_trainer_nist7x7_hw_pipe__network__pipe_word4(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__network__pipe_word4


module mgd_trainer_nist7x7_hw_pipe__network__pipe_word5(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__network__pipe_word5


module mgd_trainer_nist7x7_hw_pipe__network__pipe_word6(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__network__pipe_word6


module mgd_trainer_nist7x7_hw_pipe__network__row_word(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__network__row_word


module mgd_trainer_nist7x7_hw_pipe__network__running(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__network__running


module mgd_trainer_nist7x7_hw_pipe__network__sweep_next_acts(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 10'b1;
      10'b1: data = 10'b10;
      10'b10: data = 10'b11;
      10'b11: data = 10'b100;
      10'b100: data = 10'b101;
      10'b101: data = 10'b110;
      10'b110: data = 10'b111;
      10'b111: data = 10'b1000;
      10'b1000: data = 10'b1001;
      10'b1001: data = 10'b1010;
      10'b1010: data = 10'b1011;
      10'b1011: data = 10'b1100;
      10'b1100: data = 10'b1101;
      10'b1101: data = 10'b1110;
      10'b1110: data = 10'b1111;
      10'b1111: data = 10'b10000;
      10'b10000: data = 10'b10001;
      10'b10001: data = 10'b10010;
      10'b10010: data = 10'b10011;
      10'b10011: data = 10'b10100;
      10'b10100: data = 10'b10101;
      10'b10101: data = 10'b10110;
      10'b10110: data = 10'b10111;
      10'b10111: data = 10'b11000;
      10'b11000: data = 10'b11001;
      10'b11001: data = 10'b11010;
      10'b11010: data = 10'b11011;
      10'b11011: data = 10'b11100;
      10'b11100: data = 10'b11101;
      10'b11101: data = 10'b11110;
      10'b11110: data = 10'b11111;
      10'b11111: data = 10'b100000;
      10'b100000: data = 10'b100001;
      10'b100001: data = 10'b100010;
      10'b100010: data = 10'b100011;
      10'b100011: data = 10'b100100;
      10'b100100: data = 10'b100101;
      10'b100101: data = 10'b100110;
      10'b100110: data = 10'b100111;
      10'b100111: data = 10'b101000;
      10'b101000: data = 10'b101001;
      10'b101001: data = 10'b101010;
      10'b101010: data = 10'b101011;
      10'b101011: data = 10'b101100;
      10'b101100: data = 10'b101101;
      10'b101101: data = 10'b101110;
      10'b101110: data = 10'b101111;
      10'b101111: data = 10'b110000;
      10'b110000: data = 10'b0;
      10'b110001: data = 10'b0;
      10'b110010: data = 10'b1;
      10'b110011: data = 10'b10;
      10'b110100: data = 10'b11;
      10'b110101: data = 10'b100;
      10'b110110: data = 10'b101;
      10'b110111: data = 10'b110;
      10'b111000: data = 10'b111;
      10'b111001: data = 10'b1000;
      10'b111010: data = 10'b1001;
      10'b111011: data = 10'b1010;
      10'b111100: data = 10'b1011;
      10'b111101: data = 10'b1100;
      10'b111110: data = 10'b1101;
      10'b111111: data = 10'b1110;
      10'b1000000: data = 10'b1111;
      10'b1000001: data = 10'b10000;
      10'b1000010: data = 10'b10001;
      10'b1000011: data = 10'b10010;
      10'b1000100: data = 10'b10011;
      10'b1000101: data = 10'b10100;
      10'b1000110: data = 10'b10101;
      10'b1000111: data = 10'b10110;
      10'b1001000: data = 10'b10111;
      10'b1001001: data = 10'b11000;
      10'b1001010: data = 10'b11001;
      10'b1001011: data = 10'b11010;
      10'b1001100: data = 10'b11011;
      10'b1001101: data = 10'b11100;
      10'b1001110: data = 10'b11101;
      10'b1001111: data = 10'b11110;
      10'b1010000: data = 10'b11111;
      10'b1010001: data = 10'b100000;
      10'b1010010: data = 10'b100001;
      10'b1010011: data = 10'b100010;
      10'b1010100: data = 10'b100011;
      10'b1010101: data = 10'b100100;
      10'b1010110: data = 10'b100101;
      10'b1010111: data = 10'b100110;
      10'b1011000: data = 10'b100111;
      10'b1011001: data = 10'b101000;
      10'b1011010: data = 10'b101001;
      10'b1011011: data = 10'b101010;
      10'b1011100: data = 10'b101011;
      10'b1011101: data = 10'b101100;
      10'b1011110: data = 10'b101101;
      10'b1011111: data = 10'b101110;
      10'b1100000: data = 10'b101111;
      10'b1100001: data = 10'b110000;
      10'b1100010: data = 10'b0;
      10'b1100011: data = 10'b0;
      10'b1100100: data = 10'b1;
      10'b1100101: data = 10'b10;
      10'b1100110: data = 10'b11;
      10'b1100111: data = 10'b100;
      10'b1101000: data = 10'b101;
      10'b1101001: data = 10'b110;
      10'b1101010: data = 10'b111;
      10'b1101011: data = 10'b1000;
      10'b1101100: data = 10'b1001;
      10'b1101101: data = 10'b1010;
      10'b1101110: data = 10'b1011;
      10'b1101111: data = 10'b1100;
      10'b1110000: data = 10'b1101;
      10'b1110001: data = 10'b1110;
      10'b1110010: data = 10'b1111;
      10'b1110011: data = 10'b10000;
      10'b1110100: data = 10'b10001;
      10'b1110101: data = 10'b10010;
      10'b1110110: data = 10'b10011;
      10'b1110111: data = 10'b10100;
      10'b1111000: data = 10'b10101;
      10'b1111001: data = 10'b10110;
      10'b1111010: data = 10'b10111;
      10'b1111011: data = 10'b11000;
      10'b1111100: data = 10'b11001;
      10'b1111101: data = 10'b11010;
      10'b1111110: data = 10'b11011;
      10'b1111111: data = 10'b11100;
      10'b10000000: data = 10'b11101;
      10'b10000001: data = 10'b11110;
      10'b10000010: data = 10'b11111;
      10'b10000011: data = 10'b100000;
      10'b10000100: data = 10'b100001;
      10'b10000101: data = 10'b100010;
      10'b10000110: data = 10'b100011;
      10'b10000111: data = 10'b100100;
      10'b10001000: data = 10'b100101;
      10'b10001001: data = 10'b100110;
      10'b10001010: data = 10'b100111;
      10'b10001011: data = 10'b101000;
      10'b10001100: data = 10'b101001;
      10'b10001101: data = 10'b101010;
      10'b10001110: data = 10'b101011;
      10'b10001111: data = 10'b101100;
      10'b10010000: data = 10'b101101;
      10'b10010001: data = 10'b101110;
      10'b10010010: data = 10'b101111;
      10'b10010011: data = 10'b110000;
      10'b10010100: data = 10'b0;
      10'b10010101: data = 10'b0;
      10'b10010110: data = 10'b1;
      10'b10010111: data = 10'b10;
      10'b10011000: data = 10'b11;
      10'b10011001: data = 10'b100;
      10'b10011010: data = 10'b101;
      10'b10011011: data = 10'b110;
      10'b10011100: data = 10'b111;
      10'b10011101: data = 10'b1000;
      10'b10011110: data = 10'b1001;
      10'b10011111: data = 10'b1010;
      10'b10100000: data = 10'b1011;
      10'b10100001: data = 10'b1100;
      10'b10100010: data = 10'b1101;
      10'b10100011: data = 10'b1110;
      10'b10100100: data = 10'b1111;
      10'b10100101: data = 10'b10000;
      10'b10100110: data = 10'b10001;
      10'b10100111: data = 10'b10010;
      10'b10101000: data = 10'b10011;
      10'b10101001: data = 10'b10100;
      10'b10101010: data = 10'b10101;
      10'b10101011: data = 10'b10110;
      10'b10101100: data = 10'b10111;
      10'b10101101: data = 10'b11000;
      10'b10101110: data = 10'b11001;
      10'b10101111: data = 10'b11010;
      10'b10110000: data = 10'b11011;
      10'b10110001: data = 10'b11100;
      10'b10110010: data = 10'b11101;
      10'b10110011: data = 10'b11110;
      10'b10110100: data = 10'b11111;
      10'b10110101: data = 10'b100000;
      10'b10110110: data = 10'b100001;
      10'b10110111: data = 10'b100010;
      10'b10111000: data = 10'b100011;
      10'b10111001: data = 10'b100100;
      10'b10111010: data = 10'b100101;
      10'b10111011: data = 10'b100110;
      10'b10111100: data = 10'b100111;
      10'b10111101: data = 10'b101000;
      10'b10111110: data = 10'b101001;
      10'b10111111: data = 10'b101010;
      10'b11000000: data = 10'b101011;
      10'b11000001: data = 10'b101100;
      10'b11000010: data = 10'b101101;
      10'b11000011: data = 10'b101110;
      10'b11000100: data = 10'b101111;
      10'b11000101: data = 10'b110000;
      10'b11000110: data = 10'b0;
      10'b11000111: data = 10'b110001;
      10'b11001000: data = 10'b110001;
      10'b11001001: data = 10'b110001;
      10'b11001010: data = 10'b110001;
      10'b11001011: data = 10'b110001;
      10'b11001100: data = 10'b110001;
      10'b11001101: data = 10'b110001;
      10'b11001110: data = 10'b110010;
      10'b11001111: data = 10'b110011;
      10'b11010000: data = 10'b110100;
      10'b11010001: data = 10'b0;
      10'b11010010: data = 10'b110001;
      10'b11010011: data = 10'b110010;
      10'b11010100: data = 10'b110011;
      10'b11010101: data = 10'b110100;
      10'b11010110: data = 10'b0;
      10'b11010111: data = 10'b110001;
      10'b11011000: data = 10'b110010;
      10'b11011001: data = 10'b110011;
      10'b11011010: data = 10'b110100;
      10'b11011011: data = 10'b0;
      10'b11011100: data = 10'b110001;
      10'b11011101: data = 10'b110010;
      10'b11011110: data = 10'b110011;
      10'b11011111: data = 10'b110100;
      10'b11100000: data = 10'b0;
      10'b11100001: data = 10'b0;
      10'b11100010: data = 10'b0;
      10'b11100011: data = 10'b0;
      10'b11100100: data = 10'b0;
      10'b11100101: data = 10'b0;
      10'b11100110: data = 10'b0;
      10'b11100111: data = 10'b0;
      10'b11101000: data = 10'b0;
      10'b11101001: data = 10'b0;
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__network__sweep_next_acts


module mgd_trainer_nist7x7_hw_pipe__network__sweep_ucode(address,data);
    
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
      10'b11001000: data = 64'h640000000000000;
      10'b11001001: data = 64'h640000000000000;
      10'b11001010: data = 64'h640000000000000;
      10'b11001011: data = 64'h640000000000000;
      10'b11001100: data = 64'h640000000000000;
      10'b11001101: data = 64'h640000000000000;
      10'b11001110: data = 64'h264001000020d431;
      10'b11001111: data = 64'h264801000020d432;
      10'b11010000: data = 64'h265001000020d433;
      10'b11010001: data = 64'h265801000020d434;
      10'b11010010: data = 64'h266001000030d400;
      10'b11010011: data = 64'h266801000060d831;
      10'b11010100: data = 64'h267001000060d832;
      10'b11010101: data = 64'h267801000060d833;
      10'b11010110: data = 64'h268001000060d834;
      10'b11010111: data = 64'h268801000070d800;
      10'b11011000: data = 64'h2690010000a0dc31;
      10'b11011001: data = 64'h2698010000a0dc32;
      10'b11011010: data = 64'h26a0010000a0dc33;
      10'b11011011: data = 64'h26a8010000a0dc34;
      10'b11011100: data = 64'h26b0010000b0dc00;
      10'b11011101: data = 64'h26b8010000e0e031;
      10'b11011110: data = 64'h26c0010000e0e032;
      10'b11011111: data = 64'h26c8010000e0e033;
      10'b11100000: data = 64'h26d0010000e0e034;
      10'b11100001: data = 64'h26d8010000f0e000;
      10'b11100010: data = 64'h26e0000000000000;
      10'b11100011: data = 64'h26e0000000000000;
      10'b11100100: data = 64'h26e0000000000000;
      10'b11100101: data = 64'h26e0000000000000;
      10'b11100110: data = 64'h26e0000000000000;
      10'b11100111: data = 64'h26e0000000000000;
      10'b11101000: data = 64'h26e0000000000000;
      10'b11101001: data = 64'h26e0000000000000;
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__network__sweep_ucode


module mgd_trainer_nist7x7_hw_pipe__network__ucode(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [63:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__network__ucode


module mgd_trainer_nist7x7_hw_pipe__network__ucode_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [63:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 64'h801000000c401;
      10'b1: data = 64'h1001000000c402;
      10'b10: data = 64'h1801000000c403;
      10'b11: data = 64'h2001000000c404;
      10'b100: data = 64'h2801000000c405;
      10'b101: data = 64'h3001000000c406;
      10'b110: data = 64'h3801000000c407;
      10'b111: data = 64'h4001000000c408;
      10'b1000: data = 64'h4801000000c409;
      10'b1001: data = 64'h5001000000c40a;
      10'b1010: data = 64'h5801000000c40b;
      10'b1011: data = 64'h6001000000c40c;
      10'b1100: data = 64'h6801000000c40d;
      10'b1101: data = 64'h7001000000c40e;
      10'b1110: data = 64'h7801000000c40f;
      10'b1111: data = 64'h8001000000c410;
      10'b10000: data = 64'h8801000000c411;
      10'b10001: data = 64'h9001000000c412;
      10'b10010: data = 64'h9801000000c413;
      10'b10011: data = 64'ha001000000c414;
      10'b10100: data = 64'ha801000000c415;
      10'b10101: data = 64'hb001000000c416;
      10'b10110: data = 64'hb801000000c417;
      10'b10111: data = 64'hc001000000c418;
      10'b11000: data = 64'hc801000000c419;
      10'b11001: data = 64'hd001000000c41a;
      10'b11010: data = 64'hd801000000c41b;
      10'b11011: data = 64'he001000000c41c;
      10'b11100: data = 64'he801000000c41d;
      10'b11101: data = 64'hf001000000c41e;
      10'b11110: data = 64'hf801000000c41f;
      10'b11111: data = 64'h10001000000c420;
      10'b100000: data = 64'h10801000000c421;
      10'b100001: data = 64'h11001000000c422;
      10'b100010: data = 64'h11801000000c423;
      10'b100011: data = 64'h12001000000c424;
      10'b100100: data = 64'h12801000000c425;
      10'b100101: data = 64'h13001000000c426;
      10'b100110: data = 64'h13801000000c427;
      10'b100111: data = 64'h14001000000c428;
      10'b101000: data = 64'h14801000000c429;
      10'b101001: data = 64'h15001000000c42a;
      10'b101010: data = 64'h15801000000c42b;
      10'b101011: data = 64'h16001000000c42c;
      10'b101100: data = 64'h16801000000c42d;
      10'b101101: data = 64'h17001000000c42e;
      10'b101110: data = 64'h17801000000c42f;
      10'b101111: data = 64'h18001000000c430;
      10'b110000: data = 64'h18801000010c400;
      10'b110001: data = 64'h19001000040c800;
      10'b110010: data = 64'h19801000040c801;
      10'b110011: data = 64'h1a001000040c802;
      10'b110100: data = 64'h1a801000040c803;
      10'b110101: data = 64'h1b001000040c804;
      10'b110110: data = 64'h1b801000040c805;
      10'b110111: data = 64'h1c001000040c806;
      10'b111000: data = 64'h1c801000040c807;
      10'b111001: data = 64'h1d001000040c808;
      10'b111010: data = 64'h1d801000040c809;
      10'b111011: data = 64'h1e001000040c80a;
      10'b111100: data = 64'h1e801000040c80b;
      10'b111101: data = 64'h1f001000040c80c;
      10'b111110: data = 64'h1f801000040c80d;
      10'b111111: data = 64'h20001000040c80e;
      10'b1000000: data = 64'h20801000040c80f;
      10'b1000001: data = 64'h21001000040c810;
      10'b1000010: data = 64'h21801000040c811;
      10'b1000011: data = 64'h22001000040c812;
      10'b1000100: data = 64'h22801000040c813;
      10'b1000101: data = 64'h23001000040c814;
      10'b1000110: data = 64'h23801000040c815;
      10'b1000111: data = 64'h24001000040c816;
      10'b1001000: data = 64'h24801000040c817;
      10'b1001001: data = 64'h25001000040c818;
      10'b1001010: data = 64'h25801000040c819;
      10'b1001011: data = 64'h26001000040c81a;
      10'b1001100: data = 64'h26801000040c81b;
      10'b1001101: data = 64'h27001000040c81c;
      10'b1001110: data = 64'h27801000040c81d;
      10'b1001111: data = 64'h28001000040c81e;
      10'b1010000: data = 64'h28801000040c81f;
      10'b1010001: data = 64'h29001000040c820;
      10'b1010010: data = 64'h29801000040c821;
      10'b1010011: data = 64'h2a001000040c822;
      10'b1010100: data = 64'h2a801000040c823;
      10'b1010101: data = 64'h2b001000040c824;
      10'b1010110: data = 64'h2b801000040c825;
      10'b1010111: data = 64'h2c001000040c826;
      10'b1011000: data = 64'h2c801000040c827;
      10'b1011001: data = 64'h2d001000040c828;
      10'b1011010: data = 64'h2d801000040c829;
      10'b1011011: data = 64'h2e001000040c82a;
      10'b1011100: data = 64'h2e801000040c82b;
      10'b1011101: data = 64'h2f001000040c82c;
      10'b1011110: data = 64'h2f801000040c82d;
      10'b1011111: data = 64'h30001000040c82e;
      10'b1100000: data = 64'h30801000040c82f;
      10'b1100001: data = 64'h31001000040c830;
      10'b1100010: data = 64'h31801000050c800;
      10'b1100011: data = 64'h32001000080cc00;
      10'b1100100: data = 64'h32801000080cc01;
      10'b1100101: data = 64'h33001000080cc02;
      10'b1100110: data = 64'h33801000080cc03;
      10'b1100111: data = 64'h34001000080cc04;
      10'b1101000: data = 64'h34801000080cc05;
      10'b1101001: data = 64'h35001000080cc06;
      10'b1101010: data = 64'h35801000080cc07;
      10'b1101011: data = 64'h36001000080cc08;
      10'b1101100: data = 64'h36801000080cc09;
      10'b1101101: data = 64'h37001000080cc0a;
      10'b1101110: data = 64'h37801000080cc0b;
      10'b1101111: data = 64'h38001000080cc0c;
      10'b1110000: data = 64'h38801000080cc0d;
      10'b1110001: data = 64'h39001000080cc0e;
      10'b1110010: data = 64'h39801000080cc0f;
      10'b1110011: data = 64'h3a001000080cc10;
      10'b1110100: data = 64'h3a801000080cc11;
      10'b1110101: data = 64'h3b001000080cc12;
      10'b1110110: data = 64'h3b801000080cc13;
      10'b1110111: data = 64'h3c001000080cc14;
      10'b1111000: data = 64'h3c801000080cc15;
      10'b1111001: data = 64'h3d001000080cc16;
      10'b1111010: data = 64'h3d801000080cc17;
      10'b1111011: data = 64'h3e001000080cc18;
      10'b1111100: data = 64'h3e801000080cc19;
      10'b1111101: data = 64'h3f001000080cc1a;
      10'b1111110: data = 64'h3f801000080cc1b;
      10'b1111111: data = 64'h40001000080cc1c;
      10'b10000000: data = 64'h40801000080cc1d;
      10'b10000001: data = 64'h41001000080cc1e;
      10'b10000010: data = 64'h41801000080cc1f;
      10'b10000011: data = 64'h42001000080cc20;
      10'b10000100: data = 64'h42801000080cc21;
      10'b10000101: data = 64'h43001000080cc22;
      10'b10000110: data = 64'h43801000080cc23;
      10'b10000111: data = 64'h44001000080cc24;
      10'b10001000: data = 64'h44801000080cc25;
      10'b10001001: data = 64'h45001000080cc26;
      10'b10001010: data = 64'h45801000080cc27;
      10'b10001011: data = 64'h46001000080cc28;
      10'b10001100: data = 64'h46801000080cc29;
      10'b10001101: data = 64'h47001000080cc2a;
      10'b10001110: data = 64'h47801000080cc2b;
      10'b10001111: data = 64'h48001000080cc2c;
      10'b10010000: data = 64'h48801000080cc2d;
      10'b10010001: data = 64'h49001000080cc2e;
      10'b10010010: data = 64'h49801000080cc2f;
      10'b10010011: data = 64'h4a001000080cc30;
      10'b10010100: data = 64'h4a801000090cc00;
      10'b10010101: data = 64'h4b0010000c0d000;
      10'b10010110: data = 64'h4b8010000c0d001;
      10'b10010111: data = 64'h4c0010000c0d002;
      10'b10011000: data = 64'h4c8010000c0d003;
      10'b10011001: data = 64'h4d0010000c0d004;
      10'b10011010: data = 64'h4d8010000c0d005;
      10'b10011011: data = 64'h4e0010000c0d006;
      10'b10011100: data = 64'h4e8010000c0d007;
      10'b10011101: data = 64'h4f0010000c0d008;
      10'b10011110: data = 64'h4f8010000c0d009;
      10'b10011111: data = 64'h500010000c0d00a;
      10'b10100000: data = 64'h508010000c0d00b;
      10'b10100001: data = 64'h510010000c0d00c;
      10'b10100010: data = 64'h518010000c0d00d;
      10'b10100011: data = 64'h520010000c0d00e;
      10'b10100100: data = 64'h528010000c0d00f;
      10'b10100101: data = 64'h530010000c0d010;
      10'b10100110: data = 64'h538010000c0d011;
      10'b10100111: data = 64'h540010000c0d012;
      10'b10101000: data = 64'h548010000c0d013;
      10'b10101001: data = 64'h550010000c0d014;
      10'b10101010: data = 64'h558010000c0d015;
      10'b10101011: data = 64'h560010000c0d016;
      10'b10101100: data = 64'h568010000c0d017;
      10'b10101101: data = 64'h570010000c0d018;
      10'b10101110: data = 64'h578010000c0d019;
      10'b10101111: data = 64'h580010000c0d01a;
      10'b10110000: data = 64'h588010000c0d01b;
      10'b10110001: data = 64'h590010000c0d01c;
      10'b10110010: data = 64'h598010000c0d01d;
      10'b10110011: data = 64'h5a0010000c0d01e;
      10'b10110100: data = 64'h5a8010000c0d01f;
      10'b10110101: data = 64'h5b0010000c0d020;
      10'b10110110: data = 64'h5b8010000c0d021;
      10'b10110111: data = 64'h5c0010000c0d022;
      10'b10111000: data = 64'h5c8010000c0d023;
      10'b10111001: data = 64'h5d0010000c0d024;
      10'b10111010: data = 64'h5d8010000c0d025;
      10'b10111011: data = 64'h5e0010000c0d026;
      10'b10111100: data = 64'h5e8010000c0d027;
      10'b10111101: data = 64'h5f0010000c0d028;
      10'b10111110: data = 64'h5f8010000c0d029;
      10'b10111111: data = 64'h600010000c0d02a;
      10'b11000000: data = 64'h608010000c0d02b;
      10'b11000001: data = 64'h610010000c0d02c;
      10'b11000010: data = 64'h618010000c0d02d;
      10'b11000011: data = 64'h620010000c0d02e;
      10'b11000100: data = 64'h628010000c0d02f;
      10'b11000101: data = 64'h630010000c0d030;
      10'b11000110: data = 64'h638010000d0d000;
      10'b11000111: data = 64'h640000000000000;
      10'b11001000: data = 64'h640000000000000;
      10'b11001001: data = 64'h640000000000000;
      10'b11001010: data = 64'h640000000000000;
      10'b11001011: data = 64'h640000000000000;
      10'b11001100: data = 64'h640000000000000;
      10'b11001101: data = 64'h264001000020d431;
      10'b11001110: data = 64'h264801000020d432;
      10'b11001111: data = 64'h265001000020d433;
      10'b11010000: data = 64'h265801000020d434;
      10'b11010001: data = 64'h266001000030d400;
      10'b11010010: data = 64'h266801000060d831;
      10'b11010011: data = 64'h267001000060d832;
      10'b11010100: data = 64'h267801000060d833;
      10'b11010101: data = 64'h268001000060d834;
      10'b11010110: data = 64'h268801000070d800;
      10'b11010111: data = 64'h2690010000a0dc31;
      10'b11011000: data = 64'h2698010000a0dc32;
      10'b11011001: data = 64'h26a0010000a0dc33;
      10'b11011010: data = 64'h26a8010000a0dc34;
      10'b11011011: data = 64'h26b0010000b0dc00;
      10'b11011100: data = 64'h26b8010000e0e031;
      10'b11011101: data = 64'h26c0010000e0e032;
      10'b11011110: data = 64'h26c8010000e0e033;
      10'b11011111: data = 64'h26d0010000e0e034;
      10'b11100000: data = 64'h26d8010000f0e000;
      10'b11100001: data = 64'h26e0000000000000;
      10'b11100010: data = 64'h26e0000000000000;
      10'b11100011: data = 64'h26e0000000000000;
      10'b11100100: data = 64'h26e0000000000000;
      10'b11100101: data = 64'h26e0000000000000;
      10'b11100110: data = 64'h26e0000000000000;
      10'b11100111: data = 64'h26e0000000000000;
      10'b11101000: data = 64'h26e0000000000000;
      10'b11101001: data = 64'h1000000c400;
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__network__ucode_after


module mgd_trainer_nist7x7_hw_pipe__neurons__0(clock,reset,start,row_sum,sum_live,sum_ends,act_starts,act_ends,y,pick_in,pick_group_in,pick_out,pick_group_out);
    
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
    localparam  piped = 1'b1;
    
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
    mgd_trainer_nist7x7_hw_pipe__neurons__0__sig_rom sig_rom(
        .address(sig_rom__address),
        .data(sig_rom__data)
    );
    mgd_trainer_nist7x7_hw_pipe__neurons__0__acc acc(
        .d(acc__d),
        .q(acc__q),
        .clock(acc__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__neurons__0__pipe_sum pipe_sum(
        .d(pipe_sum__d),
        .q(pipe_sum__q),
        .clock(pipe_sum__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__neurons__0__pipe_u pipe_u(
        .d(pipe_u__d),
        .q(pipe_u__q),
        .clock(pipe_u__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__neurons__0__pipe_out pipe_out(
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__neurons__0


module mgd_trainer_nist7x7_hw_pipe__neurons__0__acc(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__neurons__0__acc


module mgd_trainer_nist7x7_hw_pipe__neurons__0__pipe_out(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__neurons__0__pipe_out


module mgd_trainer_nist7x7_hw_pipe__neurons__0__pipe_sum(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__neurons__0__pipe_sum


module mgd_trainer_nist7x7_hw_pipe__neurons__0__pipe_u(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__neurons__0__pipe_u


module mgd_trainer_nist7x7_hw_pipe__neurons__0__sig_rom(address,data);
    
    // Module arguments
    input wire  [11:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__neurons__0__sig_rom


module mgd_trainer_nist7x7_hw_pipe__pass_amps(address,data);
    
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
            
endmodule // mgd_trainer_nist7x7_hw_pipe__pass_amps


module mgd_trainer_nist7x7_hw_pipe__perturbation(clock,reset,restart,advance,stepped,next_window,state,window);
    
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
    mgd_trainer_nist7x7_hw_pipe__perturbation__lfsr lfsr(
        .d(lfsr__d),
        .q(lfsr__q),
        .clock(lfsr__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__perturbation__start start(
        .d(start__d),
        .q(start__q),
        .clock(start__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__perturbation__slot slot(
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__perturbation


module mgd_trainer_nist7x7_hw_pipe__perturbation__lfsr(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__perturbation__lfsr


module mgd_trainer_nist7x7_hw_pipe__perturbation__slot(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__perturbation__slot


module mgd_trainer_nist7x7_hw_pipe__perturbation__start(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__perturbation__start


module mgd_trainer_nist7x7_hw_pipe__read_map(address,data);
    
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
      10'b11001000: data = 20'hce;
      10'b11001001: data = 20'hcf;
      10'b11001010: data = 20'hd0;
      10'b11001011: data = 20'hd1;
      10'b11001100: data = 20'hd2;
      10'b11001101: data = 20'hd3;
      10'b11001110: data = 20'hd4;
      10'b11001111: data = 20'hd5;
      10'b11010000: data = 20'hd6;
      10'b11010001: data = 20'hd7;
      10'b11010010: data = 20'hd8;
      10'b11010011: data = 20'hd9;
      10'b11010100: data = 20'hda;
      10'b11010101: data = 20'hdb;
      10'b11010110: data = 20'hdc;
      10'b11010111: data = 20'hdd;
      10'b11011000: data = 20'hde;
      10'b11011001: data = 20'hdf;
      10'b11011010: data = 20'he0;
      10'b11011011: data = 20'he1;
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__read_map


module mgd_trainer_nist7x7_hw_pipe__score(clock,reset,strobe,y,y_index,y_pick,queue,label,judge,latch,hit,met,count);
    
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
    localparam  enter = 9'b100000000;
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
    mgd_trainer_nist7x7_hw_pipe__score__best best(
        .d(best__d),
        .q(best__q),
        .clock(best__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__best_index best_index(
        .d(best_index__d),
        .q(best_index__q),
        .clock(best_index__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__tally tally(
        .d(tally__d),
        .q(tally__q),
        .clock(tally__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__correct correct(
        .d(correct__d),
        .q(correct__q),
        .clock(correct__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__line__0 line__0(
        .d(line__0__d),
        .q(line__0__q),
        .clock(line__0__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__line__1 line__1(
        .d(line__1__d),
        .q(line__1__q),
        .clock(line__1__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__line__2 line__2(
        .d(line__2__d),
        .q(line__2__q),
        .clock(line__2__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__line__3 line__3(
        .d(line__3__d),
        .q(line__3__q),
        .clock(line__3__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__line__4 line__4(
        .d(line__4__d),
        .q(line__4__q),
        .clock(line__4__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__line__5 line__5(
        .d(line__5__d),
        .q(line__5__q),
        .clock(line__5__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__line__6 line__6(
        .d(line__6__d),
        .q(line__6__q),
        .clock(line__6__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__line__7 line__7(
        .d(line__7__d),
        .q(line__7__q),
        .clock(line__7__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__score__line__8 line__8(
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__score


module mgd_trainer_nist7x7_hw_pipe__score__best(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__best


module mgd_trainer_nist7x7_hw_pipe__score__best_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__best_index


module mgd_trainer_nist7x7_hw_pipe__score__correct(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__correct


module mgd_trainer_nist7x7_hw_pipe__score__line__0(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__line__0


module mgd_trainer_nist7x7_hw_pipe__score__line__1(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__line__1


module mgd_trainer_nist7x7_hw_pipe__score__line__2(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__line__2


module mgd_trainer_nist7x7_hw_pipe__score__line__3(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__line__3


module mgd_trainer_nist7x7_hw_pipe__score__line__4(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__line__4


module mgd_trainer_nist7x7_hw_pipe__score__line__5(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__line__5


module mgd_trainer_nist7x7_hw_pipe__score__line__6(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__line__6


module mgd_trainer_nist7x7_hw_pipe__score__line__7(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__line__7


module mgd_trainer_nist7x7_hw_pipe__score__line__8(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__line__8


module mgd_trainer_nist7x7_hw_pipe__score__tally(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__score__tally


module mgd_trainer_nist7x7_hw_pipe__sequencer(clock,reset,net_done,net_issued,net_issue_soon,load_ok,met,wide,word_lane,init_next,init_row_next,load,loading,load_last,load_addr,rom_addr,sample,net_start,perturb_on,latch_base,latch_pert,clear_cost,restart,corr,update,pass,next_window,step_done,done,eval_end,evaluating,halted_at_target,index,index_next,corr_next,fusing,pert_draining,pert_draining_next,deferred,eval_moves,steps,tau_x,tau_p,tau_theta);
    
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
    localparam  eval_overlap = 1'b1;
    localparam  eval_prefetch = 1'b0;
    localparam  eval_chain = 1'b0;
    localparam  preload_at_start = 1'b0;
    localparam  last_but_one = 16'hc6;
    localparam  last_row = 10'b11101001;
    localparam  overlap = 1'b1;
    localparam  drain_len = 4'h9;
    localparam  drain_one = 4'h1;
    localparam  skips = 1'b1;
    localparam  last_sweep = 10'b11100100;
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
    mgd_trainer_nist7x7_hw_pipe__sequencer__state state(
        .d(state__d),
        .q(state__q),
        .clock(state__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__count count(
        .d(count__d),
        .q(count__q),
        .clock(count__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__x_count x_count(
        .d(x_count__d),
        .q(x_count__q),
        .clock(x_count__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__p_count p_count(
        .d(p_count__d),
        .q(p_count__q),
        .clock(p_count__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__theta_count theta_count(
        .d(theta_count__d),
        .q(theta_count__q),
        .clock(theta_count__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__sample_index sample_index(
        .d(sample_index__d),
        .q(sample_index__q),
        .clock(sample_index__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__sample_base sample_base(
        .d(sample_base__d),
        .q(sample_base__q),
        .clock(sample_base__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__step_count step_count(
        .d(step_count__d),
        .q(step_count__q),
        .clock(step_count__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__eval_count eval_count(
        .d(eval_count__d),
        .q(eval_count__q),
        .clock(eval_count__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__eval_index eval_index(
        .d(eval_index__d),
        .q(eval_index__q),
        .clock(eval_index__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__eval_base eval_base(
        .d(eval_base__d),
        .q(eval_base__q),
        .clock(eval_base__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__at_target at_target(
        .d(at_target__d),
        .q(at_target__q),
        .clock(at_target__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__load_lane load_lane(
        .d(load_lane__d),
        .q(load_lane__q),
        .clock(load_lane__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__pass_count pass_count(
        .d(pass_count__d),
        .q(pass_count__q),
        .clock(pass_count__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__drain drain(
        .d(drain__d),
        .q(drain__q),
        .clock(drain__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__defer defer(
        .d(defer__d),
        .q(defer__q),
        .clock(defer__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__pdrain pdrain(
        .d(pdrain__d),
        .q(pdrain__q),
        .clock(pdrain__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__held held(
        .d(held__d),
        .q(held__q),
        .clock(held__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__fusing_q fusing_q(
        .d(fusing_q__d),
        .q(fusing_q__q),
        .clock(fusing_q__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__loading_q loading_q(
        .d(loading_q__d),
        .q(loading_q__q),
        .clock(loading_q__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__defers defers(
        .d(defers__d),
        .q(defers__q),
        .clock(defers__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__preload preload(
        .d(preload__d),
        .q(preload__q),
        .clock(preload__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__chain_start chain_start(
        .d(chain_start__d),
        .q(chain_start__q),
        .clock(chain_start__clock)
    );
    mgd_trainer_nist7x7_hw_pipe__sequencer__sweep_after sweep_after(
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
    
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer


module mgd_trainer_nist7x7_hw_pipe__sequencer__at_target(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__at_target


module mgd_trainer_nist7x7_hw_pipe__sequencer__chain_start(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__chain_start


module mgd_trainer_nist7x7_hw_pipe__sequencer__count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__count


module mgd_trainer_nist7x7_hw_pipe__sequencer__defer(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__defer


module mgd_trainer_nist7x7_hw_pipe__sequencer__defers(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__defers


module mgd_trainer_nist7x7_hw_pipe__sequencer__drain(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__drain


module mgd_trainer_nist7x7_hw_pipe__sequencer__eval_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__eval_base


module mgd_trainer_nist7x7_hw_pipe__sequencer__eval_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__eval_count


module mgd_trainer_nist7x7_hw_pipe__sequencer__eval_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__eval_index


module mgd_trainer_nist7x7_hw_pipe__sequencer__fusing_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__fusing_q


module mgd_trainer_nist7x7_hw_pipe__sequencer__held(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__held


module mgd_trainer_nist7x7_hw_pipe__sequencer__load_lane(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__load_lane


module mgd_trainer_nist7x7_hw_pipe__sequencer__loading_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__loading_q


module mgd_trainer_nist7x7_hw_pipe__sequencer__p_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__p_count


module mgd_trainer_nist7x7_hw_pipe__sequencer__pass_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__pass_count


module mgd_trainer_nist7x7_hw_pipe__sequencer__pdrain(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__pdrain


module mgd_trainer_nist7x7_hw_pipe__sequencer__preload(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__preload


module mgd_trainer_nist7x7_hw_pipe__sequencer__sample_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__sample_base


module mgd_trainer_nist7x7_hw_pipe__sequencer__sample_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__sample_index


module mgd_trainer_nist7x7_hw_pipe__sequencer__state(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__state


module mgd_trainer_nist7x7_hw_pipe__sequencer__step_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__step_count


module mgd_trainer_nist7x7_hw_pipe__sequencer__sweep_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 10'b1;
      10'b1: data = 10'b10;
      10'b10: data = 10'b11;
      10'b11: data = 10'b100;
      10'b100: data = 10'b101;
      10'b101: data = 10'b110;
      10'b110: data = 10'b111;
      10'b111: data = 10'b1000;
      10'b1000: data = 10'b1001;
      10'b1001: data = 10'b1010;
      10'b1010: data = 10'b1011;
      10'b1011: data = 10'b1100;
      10'b1100: data = 10'b1101;
      10'b1101: data = 10'b1110;
      10'b1110: data = 10'b1111;
      10'b1111: data = 10'b10000;
      10'b10000: data = 10'b10001;
      10'b10001: data = 10'b10010;
      10'b10010: data = 10'b10011;
      10'b10011: data = 10'b10100;
      10'b10100: data = 10'b10101;
      10'b10101: data = 10'b10110;
      10'b10110: data = 10'b10111;
      10'b10111: data = 10'b11000;
      10'b11000: data = 10'b11001;
      10'b11001: data = 10'b11010;
      10'b11010: data = 10'b11011;
      10'b11011: data = 10'b11100;
      10'b11100: data = 10'b11101;
      10'b11101: data = 10'b11110;
      10'b11110: data = 10'b11111;
      10'b11111: data = 10'b100000;
      10'b100000: data = 10'b100001;
      10'b100001: data = 10'b100010;
      10'b100010: data = 10'b100011;
      10'b100011: data = 10'b100100;
      10'b100100: data = 10'b100101;
      10'b100101: data = 10'b100110;
      10'b100110: data = 10'b100111;
      10'b100111: data = 10'b101000;
      10'b101000: data = 10'b101001;
      10'b101001: data = 10'b101010;
      10'b101010: data = 10'b101011;
      10'b101011: data = 10'b101100;
      10'b101100: data = 10'b101101;
      10'b101101: data = 10'b101110;
      10'b101110: data = 10'b101111;
      10'b101111: data = 10'b110000;
      10'b110000: data = 10'b110001;
      10'b110001: data = 10'b110010;
      10'b110010: data = 10'b110011;
      10'b110011: data = 10'b110100;
      10'b110100: data = 10'b110101;
      10'b110101: data = 10'b110110;
      10'b110110: data = 10'b110111;
      10'b110111: data = 10'b111000;
      10'b111000: data = 10'b111001;
      10'b111001: data = 10'b111010;
      10'b111010: data = 10'b111011;
      10'b111011: data = 10'b111100;
      10'b111100: data = 10'b111101;
      10'b111101: data = 10'b111110;
      10'b111110: data = 10'b111111;
      10'b111111: data = 10'b1000000;
      10'b1000000: data = 10'b1000001;
      10'b1000001: data = 10'b1000010;
      10'b1000010: data = 10'b1000011;
      10'b1000011: data = 10'b1000100;
      10'b1000100: data = 10'b1000101;
      10'b1000101: data = 10'b1000110;
      10'b1000110: data = 10'b1000111;
      10'b1000111: data = 10'b1001000;
      10'b1001000: data = 10'b1001001;
      10'b1001001: data = 10'b1001010;
      10'b1001010: data = 10'b1001011;
      10'b1001011: data = 10'b1001100;
      10'b1001100: data = 10'b1001101;
      10'b1001101: data = 10'b1001110;
      10'b1001110: data = 10'b1001111;
      10'b1001111: data = 10'b1010000;
      10'b1010000: data = 10'b1010001;
      10'b1010001: data = 10'b1010010;
      10'b1010010: data = 10'b1010011;
      10'b1010011: data = 10'b1010100;
      10'b1010100: data = 10'b1010101;
      10'b1010101: data = 10'b1010110;
      10'b1010110: data = 10'b1010111;
      10'b1010111: data = 10'b1011000;
      10'b1011000: data = 10'b1011001;
      10'b1011001: data = 10'b1011010;
      10'b1011010: data = 10'b1011011;
      10'b1011011: data = 10'b1011100;
      10'b1011100: data = 10'b1011101;
      10'b1011101: data = 10'b1011110;
      10'b1011110: data = 10'b1011111;
      10'b1011111: data = 10'b1100000;
      10'b1100000: data = 10'b1100001;
      10'b1100001: data = 10'b1100010;
      10'b1100010: data = 10'b1100011;
      10'b1100011: data = 10'b1100100;
      10'b1100100: data = 10'b1100101;
      10'b1100101: data = 10'b1100110;
      10'b1100110: data = 10'b1100111;
      10'b1100111: data = 10'b1101000;
      10'b1101000: data = 10'b1101001;
      10'b1101001: data = 10'b1101010;
      10'b1101010: data = 10'b1101011;
      10'b1101011: data = 10'b1101100;
      10'b1101100: data = 10'b1101101;
      10'b1101101: data = 10'b1101110;
      10'b1101110: data = 10'b1101111;
      10'b1101111: data = 10'b1110000;
      10'b1110000: data = 10'b1110001;
      10'b1110001: data = 10'b1110010;
      10'b1110010: data = 10'b1110011;
      10'b1110011: data = 10'b1110100;
      10'b1110100: data = 10'b1110101;
      10'b1110101: data = 10'b1110110;
      10'b1110110: data = 10'b1110111;
      10'b1110111: data = 10'b1111000;
      10'b1111000: data = 10'b1111001;
      10'b1111001: data = 10'b1111010;
      10'b1111010: data = 10'b1111011;
      10'b1111011: data = 10'b1111100;
      10'b1111100: data = 10'b1111101;
      10'b1111101: data = 10'b1111110;
      10'b1111110: data = 10'b1111111;
      10'b1111111: data = 10'b10000000;
      10'b10000000: data = 10'b10000001;
      10'b10000001: data = 10'b10000010;
      10'b10000010: data = 10'b10000011;
      10'b10000011: data = 10'b10000100;
      10'b10000100: data = 10'b10000101;
      10'b10000101: data = 10'b10000110;
      10'b10000110: data = 10'b10000111;
      10'b10000111: data = 10'b10001000;
      10'b10001000: data = 10'b10001001;
      10'b10001001: data = 10'b10001010;
      10'b10001010: data = 10'b10001011;
      10'b10001011: data = 10'b10001100;
      10'b10001100: data = 10'b10001101;
      10'b10001101: data = 10'b10001110;
      10'b10001110: data = 10'b10001111;
      10'b10001111: data = 10'b10010000;
      10'b10010000: data = 10'b10010001;
      10'b10010001: data = 10'b10010010;
      10'b10010010: data = 10'b10010011;
      10'b10010011: data = 10'b10010100;
      10'b10010100: data = 10'b10010101;
      10'b10010101: data = 10'b10010110;
      10'b10010110: data = 10'b10010111;
      10'b10010111: data = 10'b10011000;
      10'b10011000: data = 10'b10011001;
      10'b10011001: data = 10'b10011010;
      10'b10011010: data = 10'b10011011;
      10'b10011011: data = 10'b10011100;
      10'b10011100: data = 10'b10011101;
      10'b10011101: data = 10'b10011110;
      10'b10011110: data = 10'b10011111;
      10'b10011111: data = 10'b10100000;
      10'b10100000: data = 10'b10100001;
      10'b10100001: data = 10'b10100010;
      10'b10100010: data = 10'b10100011;
      10'b10100011: data = 10'b10100100;
      10'b10100100: data = 10'b10100101;
      10'b10100101: data = 10'b10100110;
      10'b10100110: data = 10'b10100111;
      10'b10100111: data = 10'b10101000;
      10'b10101000: data = 10'b10101001;
      10'b10101001: data = 10'b10101010;
      10'b10101010: data = 10'b10101011;
      10'b10101011: data = 10'b10101100;
      10'b10101100: data = 10'b10101101;
      10'b10101101: data = 10'b10101110;
      10'b10101110: data = 10'b10101111;
      10'b10101111: data = 10'b10110000;
      10'b10110000: data = 10'b10110001;
      10'b10110001: data = 10'b10110010;
      10'b10110010: data = 10'b10110011;
      10'b10110011: data = 10'b10110100;
      10'b10110100: data = 10'b10110101;
      10'b10110101: data = 10'b10110110;
      10'b10110110: data = 10'b10110111;
      10'b10110111: data = 10'b10111000;
      10'b10111000: data = 10'b10111001;
      10'b10111001: data = 10'b10111010;
      10'b10111010: data = 10'b10111011;
      10'b10111011: data = 10'b10111100;
      10'b10111100: data = 10'b10111101;
      10'b10111101: data = 10'b10111110;
      10'b10111110: data = 10'b10111111;
      10'b10111111: data = 10'b11000000;
      10'b11000000: data = 10'b11000001;
      10'b11000001: data = 10'b11000010;
      10'b11000010: data = 10'b11000011;
      10'b11000011: data = 10'b11000100;
      10'b11000100: data = 10'b11000101;
      10'b11000101: data = 10'b11000110;
      10'b11000110: data = 10'b11000111;
      10'b11000111: data = 10'b11001110;
      10'b11001000: data = 10'b11001110;
      10'b11001001: data = 10'b11001110;
      10'b11001010: data = 10'b11001110;
      10'b11001011: data = 10'b11001110;
      10'b11001100: data = 10'b11001110;
      10'b11001101: data = 10'b11001110;
      10'b11001110: data = 10'b11001111;
      10'b11001111: data = 10'b11010000;
      10'b11010000: data = 10'b11010001;
      10'b11010001: data = 10'b11010010;
      10'b11010010: data = 10'b11010011;
      10'b11010011: data = 10'b11010100;
      10'b11010100: data = 10'b11010101;
      10'b11010101: data = 10'b11010110;
      10'b11010110: data = 10'b11010111;
      10'b11010111: data = 10'b11011000;
      10'b11011000: data = 10'b11011001;
      10'b11011001: data = 10'b11011010;
      10'b11011010: data = 10'b11011011;
      10'b11011011: data = 10'b11011100;
      10'b11011100: data = 10'b11011101;
      10'b11011101: data = 10'b11011110;
      10'b11011110: data = 10'b11011111;
      10'b11011111: data = 10'b11100000;
      10'b11100000: data = 10'b11100001;
      10'b11100001: data = 10'b11100010;
      10'b11100010: data = 10'b11100011;
      10'b11100011: data = 10'b11100100;
      10'b11100100: data = 10'b11100101;
      10'b11100101: data = 10'b11100110;
      10'b11100110: data = 10'b11100111;
      10'b11100111: data = 10'b11101000;
      10'b11101000: data = 10'b11101001;
      10'b11101001: data = 10'b0;
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__sweep_after


module mgd_trainer_nist7x7_hw_pipe__sequencer__theta_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__theta_count


module mgd_trainer_nist7x7_hw_pipe__sequencer__x_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_nist7x7_hw_pipe__sequencer__x_count


module mgd_trainer_nist7x7_hw_pipe__sweep_enter_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 20'h401;
      10'b1: data = 20'h802;
      10'b10: data = 20'hc03;
      10'b11: data = 20'h1004;
      10'b100: data = 20'h1405;
      10'b101: data = 20'h1806;
      10'b110: data = 20'h1c07;
      10'b111: data = 20'h2008;
      10'b1000: data = 20'h2409;
      10'b1001: data = 20'h280a;
      10'b1010: data = 20'h2c0b;
      10'b1011: data = 20'h300c;
      10'b1100: data = 20'h340d;
      10'b1101: data = 20'h380e;
      10'b1110: data = 20'h3c0f;
      10'b1111: data = 20'h4010;
      10'b10000: data = 20'h4411;
      10'b10001: data = 20'h4812;
      10'b10010: data = 20'h4c13;
      10'b10011: data = 20'h5014;
      10'b10100: data = 20'h5415;
      10'b10101: data = 20'h5816;
      10'b10110: data = 20'h5c17;
      10'b10111: data = 20'h6018;
      10'b11000: data = 20'h6419;
      10'b11001: data = 20'h681a;
      10'b11010: data = 20'h6c1b;
      10'b11011: data = 20'h701c;
      10'b11100: data = 20'h741d;
      10'b11101: data = 20'h781e;
      10'b11110: data = 20'h7c1f;
      10'b11111: data = 20'h8020;
      10'b100000: data = 20'h8421;
      10'b100001: data = 20'h8822;
      10'b100010: data = 20'h8c23;
      10'b100011: data = 20'h9024;
      10'b100100: data = 20'h9425;
      10'b100101: data = 20'h9826;
      10'b100110: data = 20'h9c27;
      10'b100111: data = 20'ha028;
      10'b101000: data = 20'ha429;
      10'b101001: data = 20'ha82a;
      10'b101010: data = 20'hac2b;
      10'b101011: data = 20'hb02c;
      10'b101100: data = 20'hb42d;
      10'b101101: data = 20'hb82e;
      10'b101110: data = 20'hbc2f;
      10'b101111: data = 20'hc030;
      10'b110000: data = 20'h31;
      10'b110001: data = 20'h32;
      10'b110010: data = 20'h433;
      10'b110011: data = 20'h834;
      10'b110100: data = 20'hc35;
      10'b110101: data = 20'h1036;
      10'b110110: data = 20'h1437;
      10'b110111: data = 20'h1838;
      10'b111000: data = 20'h1c39;
      10'b111001: data = 20'h203a;
      10'b111010: data = 20'h243b;
      10'b111011: data = 20'h283c;
      10'b111100: data = 20'h2c3d;
      10'b111101: data = 20'h303e;
      10'b111110: data = 20'h343f;
      10'b111111: data = 20'h3840;
      10'b1000000: data = 20'h3c41;
      10'b1000001: data = 20'h4042;
      10'b1000010: data = 20'h4443;
      10'b1000011: data = 20'h4844;
      10'b1000100: data = 20'h4c45;
      10'b1000101: data = 20'h5046;
      10'b1000110: data = 20'h5447;
      10'b1000111: data = 20'h5848;
      10'b1001000: data = 20'h5c49;
      10'b1001001: data = 20'h604a;
      10'b1001010: data = 20'h644b;
      10'b1001011: data = 20'h684c;
      10'b1001100: data = 20'h6c4d;
      10'b1001101: data = 20'h704e;
      10'b1001110: data = 20'h744f;
      10'b1001111: data = 20'h7850;
      10'b1010000: data = 20'h7c51;
      10'b1010001: data = 20'h8052;
      10'b1010010: data = 20'h8453;
      10'b1010011: data = 20'h8854;
      10'b1010100: data = 20'h8c55;
      10'b1010101: data = 20'h9056;
      10'b1010110: data = 20'h9457;
      10'b1010111: data = 20'h9858;
      10'b1011000: data = 20'h9c59;
      10'b1011001: data = 20'ha05a;
      10'b1011010: data = 20'ha45b;
      10'b1011011: data = 20'ha85c;
      10'b1011100: data = 20'hac5d;
      10'b1011101: data = 20'hb05e;
      10'b1011110: data = 20'hb45f;
      10'b1011111: data = 20'hb860;
      10'b1100000: data = 20'hbc61;
      10'b1100001: data = 20'hc062;
      10'b1100010: data = 20'h63;
      10'b1100011: data = 20'h64;
      10'b1100100: data = 20'h465;
      10'b1100101: data = 20'h866;
      10'b1100110: data = 20'hc67;
      10'b1100111: data = 20'h1068;
      10'b1101000: data = 20'h1469;
      10'b1101001: data = 20'h186a;
      10'b1101010: data = 20'h1c6b;
      10'b1101011: data = 20'h206c;
      10'b1101100: data = 20'h246d;
      10'b1101101: data = 20'h286e;
      10'b1101110: data = 20'h2c6f;
      10'b1101111: data = 20'h3070;
      10'b1110000: data = 20'h3471;
      10'b1110001: data = 20'h3872;
      10'b1110010: data = 20'h3c73;
      10'b1110011: data = 20'h4074;
      10'b1110100: data = 20'h4475;
      10'b1110101: data = 20'h4876;
      10'b1110110: data = 20'h4c77;
      10'b1110111: data = 20'h5078;
      10'b1111000: data = 20'h5479;
      10'b1111001: data = 20'h587a;
      10'b1111010: data = 20'h5c7b;
      10'b1111011: data = 20'h607c;
      10'b1111100: data = 20'h647d;
      10'b1111101: data = 20'h687e;
      10'b1111110: data = 20'h6c7f;
      10'b1111111: data = 20'h7080;
      10'b10000000: data = 20'h7481;
      10'b10000001: data = 20'h7882;
      10'b10000010: data = 20'h7c83;
      10'b10000011: data = 20'h8084;
      10'b10000100: data = 20'h8485;
      10'b10000101: data = 20'h8886;
      10'b10000110: data = 20'h8c87;
      10'b10000111: data = 20'h9088;
      10'b10001000: data = 20'h9489;
      10'b10001001: data = 20'h988a;
      10'b10001010: data = 20'h9c8b;
      10'b10001011: data = 20'ha08c;
      10'b10001100: data = 20'ha48d;
      10'b10001101: data = 20'ha88e;
      10'b10001110: data = 20'hac8f;
      10'b10001111: data = 20'hb090;
      10'b10010000: data = 20'hb491;
      10'b10010001: data = 20'hb892;
      10'b10010010: data = 20'hbc93;
      10'b10010011: data = 20'hc094;
      10'b10010100: data = 20'h95;
      10'b10010101: data = 20'h96;
      10'b10010110: data = 20'h497;
      10'b10010111: data = 20'h898;
      10'b10011000: data = 20'hc99;
      10'b10011001: data = 20'h109a;
      10'b10011010: data = 20'h149b;
      10'b10011011: data = 20'h189c;
      10'b10011100: data = 20'h1c9d;
      10'b10011101: data = 20'h209e;
      10'b10011110: data = 20'h249f;
      10'b10011111: data = 20'h28a0;
      10'b10100000: data = 20'h2ca1;
      10'b10100001: data = 20'h30a2;
      10'b10100010: data = 20'h34a3;
      10'b10100011: data = 20'h38a4;
      10'b10100100: data = 20'h3ca5;
      10'b10100101: data = 20'h40a6;
      10'b10100110: data = 20'h44a7;
      10'b10100111: data = 20'h48a8;
      10'b10101000: data = 20'h4ca9;
      10'b10101001: data = 20'h50aa;
      10'b10101010: data = 20'h54ab;
      10'b10101011: data = 20'h58ac;
      10'b10101100: data = 20'h5cad;
      10'b10101101: data = 20'h60ae;
      10'b10101110: data = 20'h64af;
      10'b10101111: data = 20'h68b0;
      10'b10110000: data = 20'h6cb1;
      10'b10110001: data = 20'h70b2;
      10'b10110010: data = 20'h74b3;
      10'b10110011: data = 20'h78b4;
      10'b10110100: data = 20'h7cb5;
      10'b10110101: data = 20'h80b6;
      10'b10110110: data = 20'h84b7;
      10'b10110111: data = 20'h88b8;
      10'b10111000: data = 20'h8cb9;
      10'b10111001: data = 20'h90ba;
      10'b10111010: data = 20'h94bb;
      10'b10111011: data = 20'h98bc;
      10'b10111100: data = 20'h9cbd;
      10'b10111101: data = 20'ha0be;
      10'b10111110: data = 20'ha4bf;
      10'b10111111: data = 20'ha8c0;
      10'b11000000: data = 20'hacc1;
      10'b11000001: data = 20'hb0c2;
      10'b11000010: data = 20'hb4c3;
      10'b11000011: data = 20'hb8c4;
      10'b11000100: data = 20'hbcc5;
      10'b11000101: data = 20'hc0c6;
      10'b11000110: data = 20'hc7;
      10'b11000111: data = 20'hc4ce;
      10'b11001000: data = 20'hc4ce;
      10'b11001001: data = 20'hc4ce;
      10'b11001010: data = 20'hc4ce;
      10'b11001011: data = 20'hc4ce;
      10'b11001100: data = 20'hc4ce;
      10'b11001101: data = 20'hc4ce;
      10'b11001110: data = 20'hc8cf;
      10'b11001111: data = 20'hccd0;
      10'b11010000: data = 20'hd0d1;
      10'b11010001: data = 20'hd2;
      10'b11010010: data = 20'hc4d3;
      10'b11010011: data = 20'hc8d4;
      10'b11010100: data = 20'hccd5;
      10'b11010101: data = 20'hd0d6;
      10'b11010110: data = 20'hd7;
      10'b11010111: data = 20'hc4d8;
      10'b11011000: data = 20'hc8d9;
      10'b11011001: data = 20'hccda;
      10'b11011010: data = 20'hd0db;
      10'b11011011: data = 20'hdc;
      10'b11011100: data = 20'hc4dd;
      10'b11011101: data = 20'hc8de;
      10'b11011110: data = 20'hccdf;
      10'b11011111: data = 20'hd0e0;
      10'b11100000: data = 20'he1;
      10'b11100001: data = 20'h0;
      10'b11100010: data = 20'h0;
      10'b11100011: data = 20'h0;
      10'b11100100: data = 20'h0;
      10'b11100101: data = 20'h0;
      10'b11100110: data = 20'h0;
      10'b11100111: data = 20'h0;
      10'b11101000: data = 20'h0;
      10'b11101001: data = 20'h0;
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__sweep_enter_ahead


module mgd_trainer_nist7x7_hw_pipe__sweep_stay_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 20'h802;
      10'b1: data = 20'hc03;
      10'b10: data = 20'h1004;
      10'b11: data = 20'h1405;
      10'b100: data = 20'h1806;
      10'b101: data = 20'h1c07;
      10'b110: data = 20'h2008;
      10'b111: data = 20'h2409;
      10'b1000: data = 20'h280a;
      10'b1001: data = 20'h2c0b;
      10'b1010: data = 20'h300c;
      10'b1011: data = 20'h340d;
      10'b1100: data = 20'h380e;
      10'b1101: data = 20'h3c0f;
      10'b1110: data = 20'h4010;
      10'b1111: data = 20'h4411;
      10'b10000: data = 20'h4812;
      10'b10001: data = 20'h4c13;
      10'b10010: data = 20'h5014;
      10'b10011: data = 20'h5415;
      10'b10100: data = 20'h5816;
      10'b10101: data = 20'h5c17;
      10'b10110: data = 20'h6018;
      10'b10111: data = 20'h6419;
      10'b11000: data = 20'h681a;
      10'b11001: data = 20'h6c1b;
      10'b11010: data = 20'h701c;
      10'b11011: data = 20'h741d;
      10'b11100: data = 20'h781e;
      10'b11101: data = 20'h7c1f;
      10'b11110: data = 20'h8020;
      10'b11111: data = 20'h8421;
      10'b100000: data = 20'h8822;
      10'b100001: data = 20'h8c23;
      10'b100010: data = 20'h9024;
      10'b100011: data = 20'h9425;
      10'b100100: data = 20'h9826;
      10'b100101: data = 20'h9c27;
      10'b100110: data = 20'ha028;
      10'b100111: data = 20'ha429;
      10'b101000: data = 20'ha82a;
      10'b101001: data = 20'hac2b;
      10'b101010: data = 20'hb02c;
      10'b101011: data = 20'hb42d;
      10'b101100: data = 20'hb82e;
      10'b101101: data = 20'hbc2f;
      10'b101110: data = 20'hc030;
      10'b101111: data = 20'h31;
      10'b110000: data = 20'h32;
      10'b110001: data = 20'h433;
      10'b110010: data = 20'h834;
      10'b110011: data = 20'hc35;
      10'b110100: data = 20'h1036;
      10'b110101: data = 20'h1437;
      10'b110110: data = 20'h1838;
      10'b110111: data = 20'h1c39;
      10'b111000: data = 20'h203a;
      10'b111001: data = 20'h243b;
      10'b111010: data = 20'h283c;
      10'b111011: data = 20'h2c3d;
      10'b111100: data = 20'h303e;
      10'b111101: data = 20'h343f;
      10'b111110: data = 20'h3840;
      10'b111111: data = 20'h3c41;
      10'b1000000: data = 20'h4042;
      10'b1000001: data = 20'h4443;
      10'b1000010: data = 20'h4844;
      10'b1000011: data = 20'h4c45;
      10'b1000100: data = 20'h5046;
      10'b1000101: data = 20'h5447;
      10'b1000110: data = 20'h5848;
      10'b1000111: data = 20'h5c49;
      10'b1001000: data = 20'h604a;
      10'b1001001: data = 20'h644b;
      10'b1001010: data = 20'h684c;
      10'b1001011: data = 20'h6c4d;
      10'b1001100: data = 20'h704e;
      10'b1001101: data = 20'h744f;
      10'b1001110: data = 20'h7850;
      10'b1001111: data = 20'h7c51;
      10'b1010000: data = 20'h8052;
      10'b1010001: data = 20'h8453;
      10'b1010010: data = 20'h8854;
      10'b1010011: data = 20'h8c55;
      10'b1010100: data = 20'h9056;
      10'b1010101: data = 20'h9457;
      10'b1010110: data = 20'h9858;
      10'b1010111: data = 20'h9c59;
      10'b1011000: data = 20'ha05a;
      10'b1011001: data = 20'ha45b;
      10'b1011010: data = 20'ha85c;
      10'b1011011: data = 20'hac5d;
      10'b1011100: data = 20'hb05e;
      10'b1011101: data = 20'hb45f;
      10'b1011110: data = 20'hb860;
      10'b1011111: data = 20'hbc61;
      10'b1100000: data = 20'hc062;
      10'b1100001: data = 20'h63;
      10'b1100010: data = 20'h64;
      10'b1100011: data = 20'h465;
      10'b1100100: data = 20'h866;
      10'b1100101: data = 20'hc67;
      10'b1100110: data = 20'h1068;
      10'b1100111: data = 20'h1469;
      10'b1101000: data = 20'h186a;
      10'b1101001: data = 20'h1c6b;
      10'b1101010: data = 20'h206c;
      10'b1101011: data = 20'h246d;
      10'b1101100: data = 20'h286e;
      10'b1101101: data = 20'h2c6f;
      10'b1101110: data = 20'h3070;
      10'b1101111: data = 20'h3471;
      10'b1110000: data = 20'h3872;
      10'b1110001: data = 20'h3c73;
      10'b1110010: data = 20'h4074;
      10'b1110011: data = 20'h4475;
      10'b1110100: data = 20'h4876;
      10'b1110101: data = 20'h4c77;
      10'b1110110: data = 20'h5078;
      10'b1110111: data = 20'h5479;
      10'b1111000: data = 20'h587a;
      10'b1111001: data = 20'h5c7b;
      10'b1111010: data = 20'h607c;
      10'b1111011: data = 20'h647d;
      10'b1111100: data = 20'h687e;
      10'b1111101: data = 20'h6c7f;
      10'b1111110: data = 20'h7080;
      10'b1111111: data = 20'h7481;
      10'b10000000: data = 20'h7882;
      10'b10000001: data = 20'h7c83;
      10'b10000010: data = 20'h8084;
      10'b10000011: data = 20'h8485;
      10'b10000100: data = 20'h8886;
      10'b10000101: data = 20'h8c87;
      10'b10000110: data = 20'h9088;
      10'b10000111: data = 20'h9489;
      10'b10001000: data = 20'h988a;
      10'b10001001: data = 20'h9c8b;
      10'b10001010: data = 20'ha08c;
      10'b10001011: data = 20'ha48d;
      10'b10001100: data = 20'ha88e;
      10'b10001101: data = 20'hac8f;
      10'b10001110: data = 20'hb090;
      10'b10001111: data = 20'hb491;
      10'b10010000: data = 20'hb892;
      10'b10010001: data = 20'hbc93;
      10'b10010010: data = 20'hc094;
      10'b10010011: data = 20'h95;
      10'b10010100: data = 20'h96;
      10'b10010101: data = 20'h497;
      10'b10010110: data = 20'h898;
      10'b10010111: data = 20'hc99;
      10'b10011000: data = 20'h109a;
      10'b10011001: data = 20'h149b;
      10'b10011010: data = 20'h189c;
      10'b10011011: data = 20'h1c9d;
      10'b10011100: data = 20'h209e;
      10'b10011101: data = 20'h249f;
      10'b10011110: data = 20'h28a0;
      10'b10011111: data = 20'h2ca1;
      10'b10100000: data = 20'h30a2;
      10'b10100001: data = 20'h34a3;
      10'b10100010: data = 20'h38a4;
      10'b10100011: data = 20'h3ca5;
      10'b10100100: data = 20'h40a6;
      10'b10100101: data = 20'h44a7;
      10'b10100110: data = 20'h48a8;
      10'b10100111: data = 20'h4ca9;
      10'b10101000: data = 20'h50aa;
      10'b10101001: data = 20'h54ab;
      10'b10101010: data = 20'h58ac;
      10'b10101011: data = 20'h5cad;
      10'b10101100: data = 20'h60ae;
      10'b10101101: data = 20'h64af;
      10'b10101110: data = 20'h68b0;
      10'b10101111: data = 20'h6cb1;
      10'b10110000: data = 20'h70b2;
      10'b10110001: data = 20'h74b3;
      10'b10110010: data = 20'h78b4;
      10'b10110011: data = 20'h7cb5;
      10'b10110100: data = 20'h80b6;
      10'b10110101: data = 20'h84b7;
      10'b10110110: data = 20'h88b8;
      10'b10110111: data = 20'h8cb9;
      10'b10111000: data = 20'h90ba;
      10'b10111001: data = 20'h94bb;
      10'b10111010: data = 20'h98bc;
      10'b10111011: data = 20'h9cbd;
      10'b10111100: data = 20'ha0be;
      10'b10111101: data = 20'ha4bf;
      10'b10111110: data = 20'ha8c0;
      10'b10111111: data = 20'hacc1;
      10'b11000000: data = 20'hb0c2;
      10'b11000001: data = 20'hb4c3;
      10'b11000010: data = 20'hb8c4;
      10'b11000011: data = 20'hbcc5;
      10'b11000100: data = 20'hc0c6;
      10'b11000101: data = 20'hc7;
      10'b11000110: data = 20'hc4ce;
      10'b11000111: data = 20'hc8cf;
      10'b11001000: data = 20'hc8cf;
      10'b11001001: data = 20'hc8cf;
      10'b11001010: data = 20'hc8cf;
      10'b11001011: data = 20'hc8cf;
      10'b11001100: data = 20'hc8cf;
      10'b11001101: data = 20'hc8cf;
      10'b11001110: data = 20'hccd0;
      10'b11001111: data = 20'hd0d1;
      10'b11010000: data = 20'hd2;
      10'b11010001: data = 20'hc4d3;
      10'b11010010: data = 20'hc8d4;
      10'b11010011: data = 20'hccd5;
      10'b11010100: data = 20'hd0d6;
      10'b11010101: data = 20'hd7;
      10'b11010110: data = 20'hc4d8;
      10'b11010111: data = 20'hc8d9;
      10'b11011000: data = 20'hccda;
      10'b11011001: data = 20'hd0db;
      10'b11011010: data = 20'hdc;
      10'b11011011: data = 20'hc4dd;
      10'b11011100: data = 20'hc8de;
      10'b11011101: data = 20'hccdf;
      10'b11011110: data = 20'hd0e0;
      10'b11011111: data = 20'he1;
      10'b11100000: data = 20'h0;
      10'b11100001: data = 20'h0;
      10'b11100010: data = 20'h0;
      10'b11100011: data = 20'h0;
      10'b11100100: data = 20'h0;
      10'b11100101: data = 20'h0;
      10'b11100110: data = 20'h0;
      10'b11100111: data = 20'h0;
      10'b11101000: data = 20'h0;
      10'b11101001: data = 20'h401;
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_nist7x7_hw_pipe__sweep_stay_ahead
