// mgd_trainer_xor: MGD trainer exported by mgdsim 0.1.0 (`mgdsim export`). Do not edit: regenerate.
// config: sim/configs/xor.toml (fnv1a64 of its text: 30d2fd68de29befe)
// network [2, 2, 1] Sigmoid, P = 9 parameters, 4 training samples in the sample ROM
// formats: theta Q2.12, act Q2.12, grad 32 bits, eta_shift 13, perturbation Random amplitude [68] LSB (per pass)
// taus: tau_x 1, tau_p 1, tau_theta 1; run.steps 200000 (then `done`)
// own evaluation of the 4 training samples after reset and every 1000 steps (53 cycles); done at 5 correct (never: run.stop_at_target = false)
//
// Top-level ports (module mgd_trainer_xor):
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



module mgd_trainer_xor(clock,reset,stream_select,sample_valid,sample_data,sample_label,sample_ready,read_clock,read_addr,read_theta,steps,current_cost,done,at_target,correct,evaluating,sample_index);
    
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
    localparam signed amp = 32'h44;
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
    mgd_trainer_xor__sequencer sequencer(
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
    mgd_trainer_xor__perturbation perturbation(
        .clock(perturbation__clock),
        .reset(perturbation__reset),
        .restart(perturbation__restart),
        .advance(perturbation__advance),
        .stepped(perturbation__stepped),
        .next_window(perturbation__next_window),
        .state(perturbation__state),
        .window(perturbation__window)
    );
    mgd_trainer_xor__network network(
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
    mgd_trainer_xor__neurons__0 neurons__0(
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
    mgd_trainer_xor__cost cost(
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
    mgd_trainer_xor__cost_terms__0 cost_terms__0(
        .clock(cost_terms__0__clock),
        .strobe(cost_terms__0__strobe),
        .y(cost_terms__0__y),
        .y_index(cost_terms__0__y_index),
        .label(cost_terms__0__label),
        .sum_in(cost_terms__0__sum_in),
        .sum_out(cost_terms__0__sum_out)
    );
    mgd_trainer_xor__score score(
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
    mgd_trainer_xor__lanes__0 lanes__0(
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
    mgd_trainer_xor__jumps__0 jumps__0(
        .state(jumps__0__state),
        .row_used(jumps__0__row_used),
        .chain_in(jumps__0__chain_in),
        .chain_out(jumps__0__chain_out)
    );
    mgd_trainer_xor__read_map read_map(
        .address(read_map__address),
        .data(read_map__data)
    );
    mgd_trainer_xor__labels labels(
        .address(labels__address),
        .data(labels__data)
    );
    mgd_trainer_xor__pass_amps pass_amps(
        .address(pass_amps__address),
        .data(pass_amps__data)
    );
    mgd_trainer_xor__infer_ahead infer_ahead(
        .address(infer_ahead__address),
        .data(infer_ahead__data)
    );
    mgd_trainer_xor__sweep_enter_ahead sweep_enter_ahead(
        .address(sweep_enter_ahead__address),
        .data(sweep_enter_ahead__data)
    );
    mgd_trainer_xor__sweep_stay_ahead sweep_stay_ahead(
        .address(sweep_stay_ahead__address),
        .data(sweep_stay_ahead__data)
    );
    mgd_trainer_xor__label label(
        .d(label__d),
        .q(label__q),
        .clock(label__clock)
    );
    mgd_trainer_xor__cost_label cost_label(
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
    
endmodule // mgd_trainer_xor


module mgd_trainer_xor__cost(clock,reset,clear,strobe,squares,latch_base,hold,latch_pert,cost,cost_base,cost_delta,cost_neg_delta,delta_node);
    
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
    mgd_trainer_xor__cost__sum sum(
        .d(sum__d),
        .q(sum__q),
        .clock(sum__clock)
    );
    mgd_trainer_xor__cost__base base(
        .d(base__d),
        .q(base__q),
        .clock(base__clock)
    );
    mgd_trainer_xor__cost__delta delta(
        .d(delta__d),
        .q(delta__q),
        .clock(delta__clock)
    );
    mgd_trainer_xor__cost__neg_delta neg_delta(
        .d(neg_delta__d),
        .q(neg_delta__q),
        .clock(neg_delta__clock)
    );
    mgd_trainer_xor__cost__delta16 delta16(
        .d(delta16__d),
        .q(delta16__q),
        .clock(delta16__clock)
    );
    mgd_trainer_xor__cost__pipe_strobe pipe_strobe(
        .d(pipe_strobe__d),
        .q(pipe_strobe__q),
        .clock(pipe_strobe__clock)
    );
    mgd_trainer_xor__cost__pipe_term pipe_term(
        .d(pipe_term__d),
        .q(pipe_term__q),
        .clock(pipe_term__clock)
    );
    mgd_trainer_xor__cost__pipe_fold pipe_fold(
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
    
endmodule // mgd_trainer_xor__cost


module mgd_trainer_xor__cost__base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__cost__base


module mgd_trainer_xor__cost__delta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__cost__delta


module mgd_trainer_xor__cost__delta16(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__cost__delta16


module mgd_trainer_xor__cost__neg_delta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__cost__neg_delta


module mgd_trainer_xor__cost__pipe_fold(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__cost__pipe_fold


module mgd_trainer_xor__cost__pipe_strobe(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__cost__pipe_strobe


module mgd_trainer_xor__cost__pipe_term(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__cost__pipe_term


module mgd_trainer_xor__cost__sum(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__cost__sum


module mgd_trainer_xor__cost_label(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__cost_label


module mgd_trainer_xor__cost_terms__0(clock,strobe,y,y_index,label,sum_in,sum_out);
    
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
    localparam signed one = 16'h1000;
    localparam  group = 8'h0;
    localparam  single_output = 1'b1;
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
    mgd_trainer_xor__cost_terms__0__pipe_mag pipe_mag(
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
    
endmodule // mgd_trainer_xor__cost_terms__0


module mgd_trainer_xor__cost_terms__0__pipe_mag(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__cost_terms__0__pipe_mag


module mgd_trainer_xor__infer_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_xor__infer_ahead


module mgd_trainer_xor__jumps__0(state,row_used,chain_in,chain_out);
    
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
    
endmodule // mgd_trainer_xor__jumps__0


module mgd_trainer_xor__label(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__label


module mgd_trainer_xor__labels(address,data);
    
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
            
endmodule // mgd_trainer_xor__labels


module mgd_trainer_xor__lanes__0(clock,row_first,row_used,row_bias,state,slot,enable,amp,in_pass,running,sign,active,theta_pert,left_in,right_in,term_out,subtree,theta_read_row,grad_read_row,ahead_row,write_row,init_next,init_row_next,corr,fusing,corr_next,update,cost_delta,neg_cost_delta,delta_node,act_read_row,act_ahead_row,out_write,out_lane,out_row,out_data,act_in,act_out,load,load_lane,load_row,stream_data,stream,rom_addr,read_clock,read_row,read_lane,read_in,read_out);
    
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
    localparam signed one = 16'h1000;
    localparam  msb16 = 16'h8000;
    localparam  two30 = 32'h40000000;
    localparam  piped = 1'b0;
    localparam  node = 1'b0;
    localparam  node_piped = 1'b0;
    localparam  reads_ahead = 1'b0;
    localparam  late_theta = 1'b0;
    localparam  momentum = 1'b0;
    localparam  binary = 1'b0;
    localparam  act_frac = 32'hc;
    
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
    mgd_trainer_xor__lanes__0__correlator correlator(
        .sign(correlator__sign),
        .active(correlator__active),
        .cost_delta(correlator__cost_delta),
        .neg_cost_delta(correlator__neg_cost_delta),
        .corr(correlator__corr)
    );
    mgd_trainer_xor__lanes__0__accumulator accumulator(
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
    mgd_trainer_xor__lanes__0__theta_mem theta_mem(
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
    mgd_trainer_xor__lanes__0__grad_mem grad_mem(
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
    mgd_trainer_xor__lanes__0__vel_mem vel_mem(
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
    mgd_trainer_xor__lanes__0__theta_init theta_init(
        .address(theta_init__address),
        .data(theta_init__data)
    );
    mgd_trainer_xor__lanes__0__acts acts(
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
    mgd_trainer_xor__lanes__0__samples samples(
        .address(samples__address),
        .data(samples__data)
    );
    mgd_trainer_xor__lanes__0__samples_sync samples_sync(
        .clock(samples_sync__clock),
        .address(samples_sync__address),
        .data(samples_sync__data)
    );
    mgd_trainer_xor__lanes__0__pipe_theta pipe_theta(
        .d(pipe_theta__d),
        .q(pipe_theta__q),
        .clock(pipe_theta__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_x pipe_x(
        .d(pipe_x__d),
        .q(pipe_x__q),
        .clock(pipe_x__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_take pipe_take(
        .d(pipe_take__d),
        .q(pipe_take__q),
        .clock(pipe_take__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_product pipe_product(
        .d(pipe_product__d),
        .q(pipe_product__q),
        .clock(pipe_product__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_fix pipe_fix(
        .d(pipe_fix__d),
        .q(pipe_fix__q),
        .clock(pipe_fix__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_subtree pipe_subtree(
        .d(pipe_subtree__d),
        .q(pipe_subtree__q),
        .clock(pipe_subtree__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_grad pipe_grad(
        .d(pipe_grad__d),
        .q(pipe_grad__q),
        .clock(pipe_grad__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_old pipe_old(
        .d(pipe_old__d),
        .q(pipe_old__q),
        .clock(pipe_old__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_write pipe_write(
        .d(pipe_write__d),
        .q(pipe_write__q),
        .clock(pipe_write__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_update pipe_update(
        .d(pipe_update__d),
        .q(pipe_update__q),
        .clock(pipe_update__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_row pipe_row(
        .d(pipe_row__d),
        .q(pipe_row__q),
        .clock(pipe_row__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_vel pipe_vel(
        .d(pipe_vel__d),
        .q(pipe_vel__q),
        .clock(pipe_vel__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_step pipe_step(
        .d(pipe_step__d),
        .q(pipe_step__q),
        .clock(pipe_step__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_base pipe_base(
        .d(pipe_base__d),
        .q(pipe_base__q),
        .clock(pipe_base__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_apply pipe_apply(
        .d(pipe_apply__d),
        .q(pipe_apply__q),
        .clock(pipe_apply__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_theta_row pipe_theta_row(
        .d(pipe_theta_row__d),
        .q(pipe_theta_row__q),
        .clock(pipe_theta_row__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_next_theta pipe_next_theta(
        .d(pipe_next_theta__d),
        .q(pipe_next_theta__q),
        .clock(pipe_next_theta__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_store pipe_store(
        .d(pipe_store__d),
        .q(pipe_store__q),
        .clock(pipe_store__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_store_row pipe_store_row(
        .d(pipe_store_row__d),
        .q(pipe_store_row__q),
        .clock(pipe_store_row__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_load pipe_load(
        .d(pipe_load__d),
        .q(pipe_load__q),
        .clock(pipe_load__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_load_row pipe_load_row(
        .d(pipe_load_row__d),
        .q(pipe_load_row__q),
        .clock(pipe_load_row__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_load_data pipe_load_data(
        .d(pipe_load_data__d),
        .q(pipe_load_data__q),
        .clock(pipe_load_data__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_load_stream pipe_load_stream(
        .d(pipe_load_stream__d),
        .q(pipe_load_stream__q),
        .clock(pipe_load_stream__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nsign0 pipe_nsign0(
        .d(pipe_nsign0__d),
        .q(pipe_nsign0__q),
        .clock(pipe_nsign0__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nswept0 pipe_nswept0(
        .d(pipe_nswept0__d),
        .q(pipe_nswept0__q),
        .clock(pipe_nswept0__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nupd0 pipe_nupd0(
        .d(pipe_nupd0__d),
        .q(pipe_nupd0__q),
        .clock(pipe_nupd0__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nrow0 pipe_nrow0(
        .d(pipe_nrow0__d),
        .q(pipe_nrow0__q),
        .clock(pipe_nrow0__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nraw pipe_nraw(
        .d(pipe_nraw__d),
        .q(pipe_nraw__q),
        .clock(pipe_nraw__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nfix pipe_nfix(
        .d(pipe_nfix__d),
        .q(pipe_nfix__q),
        .clock(pipe_nfix__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nsign pipe_nsign(
        .d(pipe_nsign__d),
        .q(pipe_nsign__q),
        .clock(pipe_nsign__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nswept pipe_nswept(
        .d(pipe_nswept__d),
        .q(pipe_nswept__q),
        .clock(pipe_nswept__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nupd pipe_nupd(
        .d(pipe_nupd__d),
        .q(pipe_nupd__q),
        .clock(pipe_nupd__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nrow pipe_nrow(
        .d(pipe_nrow__d),
        .q(pipe_nrow__q),
        .clock(pipe_nrow__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nprod pipe_nprod(
        .d(pipe_nprod__d),
        .q(pipe_nprod__q),
        .clock(pipe_nprod__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nsign2 pipe_nsign2(
        .d(pipe_nsign2__d),
        .q(pipe_nsign2__q),
        .clock(pipe_nsign2__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nswept2 pipe_nswept2(
        .d(pipe_nswept2__d),
        .q(pipe_nswept2__q),
        .clock(pipe_nswept2__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nupd2 pipe_nupd2(
        .d(pipe_nupd2__d),
        .q(pipe_nupd2__q),
        .clock(pipe_nupd2__clock)
    );
    mgd_trainer_xor__lanes__0__pipe_nrow2 pipe_nrow2(
        .d(pipe_nrow2__d),
        .q(pipe_nrow2__q),
        .clock(pipe_nrow2__clock)
    );
    mgd_trainer_xor__lanes__0__init_done init_done(
        .d(init_done__d),
        .q(init_done__q),
        .clock(init_done__clock)
    );
    mgd_trainer_xor__lanes__0__init_row init_row(
        .d(init_row__d),
        .q(init_row__q),
        .clock(init_row__clock)
    );
    mgd_trainer_xor__lanes__0__corr_q corr_q(
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
    
endmodule // mgd_trainer_xor__lanes__0


module mgd_trainer_xor__lanes__0__accumulator(grad,corr,acc_out,acc_in,update,step_out,vel,decay_out,decay_in,vel_next,step_in,theta,apply,grad_next,theta_next);
    
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
    localparam  eta_shift = 8'hd;
    localparam  fill = 32'hfff80000;
    localparam  half = 32'h1000;
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
    mgd_trainer_xor__lanes__0__accumulator__grad_add grad_add(
        .a(grad_add__a),
        .b(grad_add__b),
        .sum(grad_add__sum)
    );
    mgd_trainer_xor__lanes__0__accumulator__vel_add vel_add(
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
    
endmodule // mgd_trainer_xor__lanes__0__accumulator


module mgd_trainer_xor__lanes__0__accumulator__grad_add(a,b,sum);
    
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
    
endmodule // mgd_trainer_xor__lanes__0__accumulator__grad_add


module mgd_trainer_xor__lanes__0__accumulator__vel_add(a,b,sum);
    
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
    
endmodule // mgd_trainer_xor__lanes__0__accumulator__vel_add


module mgd_trainer_xor__lanes__0__acts(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
    reg [15:0] mem[0:7];
    reg [2:0] read_at;
    integer i;
    initial begin
       for (i = 0; i <= 7; i = i + 1) mem[i] = 0;
       read_at = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[2:0]] <= write_data;
       end
       read_at <= read_address[2:0];
    end
    always @(*) read_data = mem[read_at];
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[2:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_xor__lanes__0__acts


module mgd_trainer_xor__lanes__0__corr_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__corr_q


module mgd_trainer_xor__lanes__0__correlator(sign,active,cost_delta,neg_cost_delta,corr);
    
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
    
endmodule // mgd_trainer_xor__lanes__0__correlator


module mgd_trainer_xor__lanes__0__grad_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
    reg [31:0] mem[0:15];
    reg [3:0] read_at;
    integer i;
    initial begin
       for (i = 0; i <= 15; i = i + 1) mem[i] = 0;
       read_at = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[3:0]] <= write_data;
       end
       read_at <= read_address[3:0];
    end
    always @(*) read_data = mem[read_at];
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[3:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_xor__lanes__0__grad_mem


module mgd_trainer_xor__lanes__0__init_done(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__init_done


module mgd_trainer_xor__lanes__0__init_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__init_row


module mgd_trainer_xor__lanes__0__pipe_apply(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_apply


module mgd_trainer_xor__lanes__0__pipe_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_base


module mgd_trainer_xor__lanes__0__pipe_fix(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_fix


module mgd_trainer_xor__lanes__0__pipe_grad(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_grad


module mgd_trainer_xor__lanes__0__pipe_load(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_load


module mgd_trainer_xor__lanes__0__pipe_load_data(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_load_data


module mgd_trainer_xor__lanes__0__pipe_load_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_load_row


module mgd_trainer_xor__lanes__0__pipe_load_stream(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_load_stream


module mgd_trainer_xor__lanes__0__pipe_next_theta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_next_theta


module mgd_trainer_xor__lanes__0__pipe_nfix(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nfix


module mgd_trainer_xor__lanes__0__pipe_nprod(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nprod


module mgd_trainer_xor__lanes__0__pipe_nraw(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nraw


module mgd_trainer_xor__lanes__0__pipe_nrow(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nrow


module mgd_trainer_xor__lanes__0__pipe_nrow0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nrow0


module mgd_trainer_xor__lanes__0__pipe_nrow2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nrow2


module mgd_trainer_xor__lanes__0__pipe_nsign(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nsign


module mgd_trainer_xor__lanes__0__pipe_nsign0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nsign0


module mgd_trainer_xor__lanes__0__pipe_nsign2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nsign2


module mgd_trainer_xor__lanes__0__pipe_nswept(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nswept


module mgd_trainer_xor__lanes__0__pipe_nswept0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nswept0


module mgd_trainer_xor__lanes__0__pipe_nswept2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nswept2


module mgd_trainer_xor__lanes__0__pipe_nupd(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nupd


module mgd_trainer_xor__lanes__0__pipe_nupd0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nupd0


module mgd_trainer_xor__lanes__0__pipe_nupd2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_nupd2


module mgd_trainer_xor__lanes__0__pipe_old(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_old


module mgd_trainer_xor__lanes__0__pipe_product(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_product


module mgd_trainer_xor__lanes__0__pipe_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_row


module mgd_trainer_xor__lanes__0__pipe_step(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_step


module mgd_trainer_xor__lanes__0__pipe_store(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_store


module mgd_trainer_xor__lanes__0__pipe_store_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_store_row


module mgd_trainer_xor__lanes__0__pipe_subtree(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_subtree


module mgd_trainer_xor__lanes__0__pipe_take(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_take


module mgd_trainer_xor__lanes__0__pipe_theta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_theta


module mgd_trainer_xor__lanes__0__pipe_theta_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_theta_row


module mgd_trainer_xor__lanes__0__pipe_update(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_update


module mgd_trainer_xor__lanes__0__pipe_vel(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_vel


module mgd_trainer_xor__lanes__0__pipe_write(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_write


module mgd_trainer_xor__lanes__0__pipe_x(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__lanes__0__pipe_x


module mgd_trainer_xor__lanes__0__samples(address,data);
    
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
            
endmodule // mgd_trainer_xor__lanes__0__samples


module mgd_trainer_xor__lanes__0__samples_sync(clock,address,data);
    
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
endmodule // mgd_trainer_xor__lanes__0__samples_sync


module mgd_trainer_xor__lanes__0__theta_init(address,data);
    
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
            
endmodule // mgd_trainer_xor__lanes__0__theta_init


module mgd_trainer_xor__lanes__0__theta_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
    reg [15:0] mem[0:15];
    reg [3:0] read_at;
    integer i;
    initial begin
       for (i = 0; i <= 15; i = i + 1) mem[i] = 0;
       read_at = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[3:0]] <= write_data;
       end
       read_at <= read_address[3:0];
    end
    always @(*) read_data = mem[read_at];
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[3:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_xor__lanes__0__theta_mem


module mgd_trainer_xor__lanes__0__vel_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
    reg [31:0] mem[0:15];
    reg [3:0] read_at;
    integer i;
    initial begin
       for (i = 0; i <= 15; i = i + 1) mem[i] = 0;
       read_at = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[3:0]] <= write_data;
       end
       read_at <= read_address[3:0];
    end
    always @(*) read_data = mem[read_at];
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[3:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_xor__lanes__0__vel_mem


module mgd_trainer_xor__network(clock,reset,start,busy,done,issued,issue_soon,row,row_next,sweep_next,sweep_row_next,sweeping,row_first,row_used,row_bias,row_layer,act_row_next,out_write,out_lane,out_row,y_valid,y_index,sum_live,sum_ends,act_starts,act_ends);
    
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
    localparam  last = 10'b1000;
    localparam  issue_last = 10'b1000;
    localparam  issue_before = 10'b110;
    localparam  act_row0 = 10'b0;
    localparam  row0_word = 64'h10000000800;
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
    mgd_trainer_xor__network__ucode ucode(
        .address(ucode__address),
        .data(ucode__data)
    );
    mgd_trainer_xor__network__ucode_after ucode_after(
        .address(ucode_after__address),
        .data(ucode_after__data)
    );
    mgd_trainer_xor__network__sweep_ucode sweep_ucode(
        .address(sweep_ucode__address),
        .data(sweep_ucode__data)
    );
    mgd_trainer_xor__network__next_acts_after next_acts_after(
        .address(next_acts_after__address),
        .data(next_acts_after__data)
    );
    mgd_trainer_xor__network__sweep_next_acts sweep_next_acts(
        .address(sweep_next_acts__address),
        .data(sweep_next_acts__data)
    );
    mgd_trainer_xor__network__count count(
        .d(count__d),
        .q(count__q),
        .clock(count__clock)
    );
    mgd_trainer_xor__network__row_word row_word(
        .d(row_word__d),
        .q(row_word__q),
        .clock(row_word__clock)
    );
    mgd_trainer_xor__network__next_act next_act(
        .d(next_act__d),
        .q(next_act__q),
        .clock(next_act__clock)
    );
    mgd_trainer_xor__network__running running(
        .d(running__d),
        .q(running__q),
        .clock(running__clock)
    );
    mgd_trainer_xor__network__finished finished(
        .d(finished__d),
        .q(finished__q),
        .clock(finished__clock)
    );
    mgd_trainer_xor__network__pipe_word1 pipe_word1(
        .d(pipe_word1__d),
        .q(pipe_word1__q),
        .clock(pipe_word1__clock)
    );
    mgd_trainer_xor__network__pipe_word2 pipe_word2(
        .d(pipe_word2__d),
        .q(pipe_word2__q),
        .clock(pipe_word2__clock)
    );
    mgd_trainer_xor__network__pipe_word3 pipe_word3(
        .d(pipe_word3__d),
        .q(pipe_word3__q),
        .clock(pipe_word3__clock)
    );
    mgd_trainer_xor__network__pipe_word4 pipe_word4(
        .d(pipe_word4__d),
        .q(pipe_word4__q),
        .clock(pipe_word4__clock)
    );
    mgd_trainer_xor__network__pipe_word5 pipe_word5(
        .d(pipe_word5__d),
        .q(pipe_word5__q),
        .clock(pipe_word5__clock)
    );
    mgd_trainer_xor__network__pipe_word6 pipe_word6(
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
    
endmodule // mgd_trainer_xor__network


module mgd_trainer_xor__network__count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__network__count


module mgd_trainer_xor__network__finished(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__network__finished


module mgd_trainer_xor__network__next_act(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__network__next_act


module mgd_trainer_xor__network__next_acts_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_xor__network__next_acts_after


module mgd_trainer_xor__network__pipe_word1(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__network__pipe_word1


module mgd_trainer_xor__network__pipe_word2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__network__pipe_word2


module mgd_trainer_xor__network__pipe_word3(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__network__pipe_word3


module mgd_trainer_xor__network__pipe_word4(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__network__pipe_word4


module mgd_trainer_xor__network__pipe_word5(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__network__pipe_word5


module mgd_trainer_xor__network__pipe_word6(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__network__pipe_word6


module mgd_trainer_xor__network__row_word(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__network__row_word


module mgd_trainer_xor__network__running(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__network__running


module mgd_trainer_xor__network__sweep_next_acts(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_xor__network__sweep_next_acts


module mgd_trainer_xor__network__sweep_ucode(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [63:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_xor__network__sweep_ucode


module mgd_trainer_xor__network__ucode(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [63:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 64'h10000000800;
      10'b1: data = 64'h8010000000801;
      10'b10: data = 64'h10010000100800;
      10'b11: data = 64'h18010000400c00;
      10'b100: data = 64'h20010000400c01;
      10'b101: data = 64'h28010000500c00;
      10'b110: data = 64'h2030010000201002;
      10'b111: data = 64'h2038010000201003;
      10'b1000: data = 64'h2040010000301000;
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_xor__network__ucode


module mgd_trainer_xor__network__ucode_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [63:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_xor__network__ucode_after


module mgd_trainer_xor__neurons__0(clock,reset,start,row_sum,sum_live,sum_ends,act_starts,act_ends,y,pick_in,pick_group_in,pick_out,pick_group_out);
    
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
    localparam signed one32 = 32'h1000;
    localparam signed half32 = 32'h800;
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
    localparam  one_f = 32'h80001000;
    localparam  sigmoid = 1'b1;
    localparam  sig_lo_f = 32'h78000000;
    localparam  sig_hi_f = 32'h87ff7fff;
    localparam  sig_lo = 32'hf8000000;
    localparam  sig_hi = 32'h7ff7fff;
    localparam  sig_half = 32'h8000;
    localparam  sig_half_neg = 32'h7fff;
    localparam  sig_shift = 8'h10;
    localparam  sig_fill = 32'hffff0000;
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
    mgd_trainer_xor__neurons__0__sig_rom sig_rom(
        .address(sig_rom__address),
        .data(sig_rom__data)
    );
    mgd_trainer_xor__neurons__0__acc acc(
        .d(acc__d),
        .q(acc__q),
        .clock(acc__clock)
    );
    mgd_trainer_xor__neurons__0__pipe_sum pipe_sum(
        .d(pipe_sum__d),
        .q(pipe_sum__q),
        .clock(pipe_sum__clock)
    );
    mgd_trainer_xor__neurons__0__pipe_u pipe_u(
        .d(pipe_u__d),
        .q(pipe_u__q),
        .clock(pipe_u__clock)
    );
    mgd_trainer_xor__neurons__0__pipe_out pipe_out(
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
    
endmodule // mgd_trainer_xor__neurons__0


module mgd_trainer_xor__neurons__0__acc(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__neurons__0__acc


module mgd_trainer_xor__neurons__0__pipe_out(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__neurons__0__pipe_out


module mgd_trainer_xor__neurons__0__pipe_sum(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__neurons__0__pipe_sum


module mgd_trainer_xor__neurons__0__pipe_u(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__neurons__0__pipe_u


module mgd_trainer_xor__neurons__0__sig_rom(address,data);
    
    // Module arguments
    input wire  [11:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        12'h0: data = 16'h1;
      12'h1: data = 16'h1;
      12'h2: data = 16'h1;
      12'h3: data = 16'h1;
      12'h4: data = 16'h1;
      12'h5: data = 16'h1;
      12'h6: data = 16'h1;
      12'h7: data = 16'h1;
      12'h8: data = 16'h1;
      12'h9: data = 16'h1;
      12'ha: data = 16'h1;
      12'hb: data = 16'h1;
      12'hc: data = 16'h1;
      12'hd: data = 16'h1;
      12'he: data = 16'h1;
      12'hf: data = 16'h1;
      12'h10: data = 16'h1;
      12'h11: data = 16'h1;
      12'h12: data = 16'h1;
      12'h13: data = 16'h1;
      12'h14: data = 16'h1;
      12'h15: data = 16'h1;
      12'h16: data = 16'h1;
      12'h17: data = 16'h2;
      12'h18: data = 16'h2;
      12'h19: data = 16'h2;
      12'h1a: data = 16'h2;
      12'h1b: data = 16'h2;
      12'h1c: data = 16'h2;
      12'h1d: data = 16'h2;
      12'h1e: data = 16'h2;
      12'h1f: data = 16'h2;
      12'h20: data = 16'h2;
      12'h21: data = 16'h2;
      12'h22: data = 16'h2;
      12'h23: data = 16'h2;
      12'h24: data = 16'h2;
      12'h25: data = 16'h2;
      12'h26: data = 16'h2;
      12'h27: data = 16'h2;
      12'h28: data = 16'h2;
      12'h29: data = 16'h2;
      12'h2a: data = 16'h2;
      12'h2b: data = 16'h2;
      12'h2c: data = 16'h2;
      12'h2d: data = 16'h2;
      12'h2e: data = 16'h2;
      12'h2f: data = 16'h2;
      12'h30: data = 16'h2;
      12'h31: data = 16'h2;
      12'h32: data = 16'h2;
      12'h33: data = 16'h2;
      12'h34: data = 16'h2;
      12'h35: data = 16'h2;
      12'h36: data = 16'h2;
      12'h37: data = 16'h2;
      12'h38: data = 16'h2;
      12'h39: data = 16'h2;
      12'h3a: data = 16'h2;
      12'h3b: data = 16'h2;
      12'h3c: data = 16'h2;
      12'h3d: data = 16'h2;
      12'h3e: data = 16'h2;
      12'h3f: data = 16'h2;
      12'h40: data = 16'h2;
      12'h41: data = 16'h2;
      12'h42: data = 16'h2;
      12'h43: data = 16'h2;
      12'h44: data = 16'h2;
      12'h45: data = 16'h2;
      12'h46: data = 16'h2;
      12'h47: data = 16'h2;
      12'h48: data = 16'h2;
      12'h49: data = 16'h2;
      12'h4a: data = 16'h2;
      12'h4b: data = 16'h2;
      12'h4c: data = 16'h2;
      12'h4d: data = 16'h2;
      12'h4e: data = 16'h2;
      12'h4f: data = 16'h2;
      12'h50: data = 16'h2;
      12'h51: data = 16'h2;
      12'h52: data = 16'h2;
      12'h53: data = 16'h2;
      12'h54: data = 16'h2;
      12'h55: data = 16'h2;
      12'h56: data = 16'h2;
      12'h57: data = 16'h2;
      12'h58: data = 16'h2;
      12'h59: data = 16'h2;
      12'h5a: data = 16'h2;
      12'h5b: data = 16'h2;
      12'h5c: data = 16'h2;
      12'h5d: data = 16'h2;
      12'h5e: data = 16'h2;
      12'h5f: data = 16'h2;
      12'h60: data = 16'h2;
      12'h61: data = 16'h2;
      12'h62: data = 16'h2;
      12'h63: data = 16'h2;
      12'h64: data = 16'h2;
      12'h65: data = 16'h2;
      12'h66: data = 16'h2;
      12'h67: data = 16'h2;
      12'h68: data = 16'h2;
      12'h69: data = 16'h2;
      12'h6a: data = 16'h2;
      12'h6b: data = 16'h2;
      12'h6c: data = 16'h2;
      12'h6d: data = 16'h2;
      12'h6e: data = 16'h2;
      12'h6f: data = 16'h2;
      12'h70: data = 16'h2;
      12'h71: data = 16'h2;
      12'h72: data = 16'h2;
      12'h73: data = 16'h2;
      12'h74: data = 16'h2;
      12'h75: data = 16'h2;
      12'h76: data = 16'h2;
      12'h77: data = 16'h2;
      12'h78: data = 16'h2;
      12'h79: data = 16'h2;
      12'h7a: data = 16'h2;
      12'h7b: data = 16'h2;
      12'h7c: data = 16'h2;
      12'h7d: data = 16'h2;
      12'h7e: data = 16'h2;
      12'h7f: data = 16'h2;
      12'h80: data = 16'h2;
      12'h81: data = 16'h2;
      12'h82: data = 16'h2;
      12'h83: data = 16'h2;
      12'h84: data = 16'h2;
      12'h85: data = 16'h2;
      12'h86: data = 16'h2;
      12'h87: data = 16'h2;
      12'h88: data = 16'h2;
      12'h89: data = 16'h2;
      12'h8a: data = 16'h2;
      12'h8b: data = 16'h2;
      12'h8c: data = 16'h2;
      12'h8d: data = 16'h2;
      12'h8e: data = 16'h2;
      12'h8f: data = 16'h2;
      12'h90: data = 16'h2;
      12'h91: data = 16'h2;
      12'h92: data = 16'h2;
      12'h93: data = 16'h2;
      12'h94: data = 16'h2;
      12'h95: data = 16'h2;
      12'h96: data = 16'h2;
      12'h97: data = 16'h2;
      12'h98: data = 16'h2;
      12'h99: data = 16'h2;
      12'h9a: data = 16'h3;
      12'h9b: data = 16'h3;
      12'h9c: data = 16'h3;
      12'h9d: data = 16'h3;
      12'h9e: data = 16'h3;
      12'h9f: data = 16'h3;
      12'ha0: data = 16'h3;
      12'ha1: data = 16'h3;
      12'ha2: data = 16'h3;
      12'ha3: data = 16'h3;
      12'ha4: data = 16'h3;
      12'ha5: data = 16'h3;
      12'ha6: data = 16'h3;
      12'ha7: data = 16'h3;
      12'ha8: data = 16'h3;
      12'ha9: data = 16'h3;
      12'haa: data = 16'h3;
      12'hab: data = 16'h3;
      12'hac: data = 16'h3;
      12'had: data = 16'h3;
      12'hae: data = 16'h3;
      12'haf: data = 16'h3;
      12'hb0: data = 16'h3;
      12'hb1: data = 16'h3;
      12'hb2: data = 16'h3;
      12'hb3: data = 16'h3;
      12'hb4: data = 16'h3;
      12'hb5: data = 16'h3;
      12'hb6: data = 16'h3;
      12'hb7: data = 16'h3;
      12'hb8: data = 16'h3;
      12'hb9: data = 16'h3;
      12'hba: data = 16'h3;
      12'hbb: data = 16'h3;
      12'hbc: data = 16'h3;
      12'hbd: data = 16'h3;
      12'hbe: data = 16'h3;
      12'hbf: data = 16'h3;
      12'hc0: data = 16'h3;
      12'hc1: data = 16'h3;
      12'hc2: data = 16'h3;
      12'hc3: data = 16'h3;
      12'hc4: data = 16'h3;
      12'hc5: data = 16'h3;
      12'hc6: data = 16'h3;
      12'hc7: data = 16'h3;
      12'hc8: data = 16'h3;
      12'hc9: data = 16'h3;
      12'hca: data = 16'h3;
      12'hcb: data = 16'h3;
      12'hcc: data = 16'h3;
      12'hcd: data = 16'h3;
      12'hce: data = 16'h3;
      12'hcf: data = 16'h3;
      12'hd0: data = 16'h3;
      12'hd1: data = 16'h3;
      12'hd2: data = 16'h3;
      12'hd3: data = 16'h3;
      12'hd4: data = 16'h3;
      12'hd5: data = 16'h3;
      12'hd6: data = 16'h3;
      12'hd7: data = 16'h3;
      12'hd8: data = 16'h3;
      12'hd9: data = 16'h3;
      12'hda: data = 16'h3;
      12'hdb: data = 16'h3;
      12'hdc: data = 16'h3;
      12'hdd: data = 16'h3;
      12'hde: data = 16'h3;
      12'hdf: data = 16'h3;
      12'he0: data = 16'h3;
      12'he1: data = 16'h3;
      12'he2: data = 16'h3;
      12'he3: data = 16'h3;
      12'he4: data = 16'h3;
      12'he5: data = 16'h3;
      12'he6: data = 16'h3;
      12'he7: data = 16'h3;
      12'he8: data = 16'h3;
      12'he9: data = 16'h3;
      12'hea: data = 16'h3;
      12'heb: data = 16'h3;
      12'hec: data = 16'h3;
      12'hed: data = 16'h3;
      12'hee: data = 16'h3;
      12'hef: data = 16'h3;
      12'hf0: data = 16'h4;
      12'hf1: data = 16'h4;
      12'hf2: data = 16'h4;
      12'hf3: data = 16'h4;
      12'hf4: data = 16'h4;
      12'hf5: data = 16'h4;
      12'hf6: data = 16'h4;
      12'hf7: data = 16'h4;
      12'hf8: data = 16'h4;
      12'hf9: data = 16'h4;
      12'hfa: data = 16'h4;
      12'hfb: data = 16'h4;
      12'hfc: data = 16'h4;
      12'hfd: data = 16'h4;
      12'hfe: data = 16'h4;
      12'hff: data = 16'h4;
      12'h100: data = 16'h4;
      12'h101: data = 16'h4;
      12'h102: data = 16'h4;
      12'h103: data = 16'h4;
      12'h104: data = 16'h4;
      12'h105: data = 16'h4;
      12'h106: data = 16'h4;
      12'h107: data = 16'h4;
      12'h108: data = 16'h4;
      12'h109: data = 16'h4;
      12'h10a: data = 16'h4;
      12'h10b: data = 16'h4;
      12'h10c: data = 16'h4;
      12'h10d: data = 16'h4;
      12'h10e: data = 16'h4;
      12'h10f: data = 16'h4;
      12'h110: data = 16'h4;
      12'h111: data = 16'h4;
      12'h112: data = 16'h4;
      12'h113: data = 16'h4;
      12'h114: data = 16'h4;
      12'h115: data = 16'h4;
      12'h116: data = 16'h4;
      12'h117: data = 16'h4;
      12'h118: data = 16'h4;
      12'h119: data = 16'h4;
      12'h11a: data = 16'h4;
      12'h11b: data = 16'h4;
      12'h11c: data = 16'h4;
      12'h11d: data = 16'h4;
      12'h11e: data = 16'h4;
      12'h11f: data = 16'h4;
      12'h120: data = 16'h4;
      12'h121: data = 16'h4;
      12'h122: data = 16'h4;
      12'h123: data = 16'h4;
      12'h124: data = 16'h4;
      12'h125: data = 16'h4;
      12'h126: data = 16'h4;
      12'h127: data = 16'h4;
      12'h128: data = 16'h4;
      12'h129: data = 16'h4;
      12'h12a: data = 16'h4;
      12'h12b: data = 16'h4;
      12'h12c: data = 16'h4;
      12'h12d: data = 16'h4;
      12'h12e: data = 16'h4;
      12'h12f: data = 16'h4;
      12'h130: data = 16'h5;
      12'h131: data = 16'h5;
      12'h132: data = 16'h5;
      12'h133: data = 16'h5;
      12'h134: data = 16'h5;
      12'h135: data = 16'h5;
      12'h136: data = 16'h5;
      12'h137: data = 16'h5;
      12'h138: data = 16'h5;
      12'h139: data = 16'h5;
      12'h13a: data = 16'h5;
      12'h13b: data = 16'h5;
      12'h13c: data = 16'h5;
      12'h13d: data = 16'h5;
      12'h13e: data = 16'h5;
      12'h13f: data = 16'h5;
      12'h140: data = 16'h5;
      12'h141: data = 16'h5;
      12'h142: data = 16'h5;
      12'h143: data = 16'h5;
      12'h144: data = 16'h5;
      12'h145: data = 16'h5;
      12'h146: data = 16'h5;
      12'h147: data = 16'h5;
      12'h148: data = 16'h5;
      12'h149: data = 16'h5;
      12'h14a: data = 16'h5;
      12'h14b: data = 16'h5;
      12'h14c: data = 16'h5;
      12'h14d: data = 16'h5;
      12'h14e: data = 16'h5;
      12'h14f: data = 16'h5;
      12'h150: data = 16'h5;
      12'h151: data = 16'h5;
      12'h152: data = 16'h5;
      12'h153: data = 16'h5;
      12'h154: data = 16'h5;
      12'h155: data = 16'h5;
      12'h156: data = 16'h5;
      12'h157: data = 16'h5;
      12'h158: data = 16'h5;
      12'h159: data = 16'h5;
      12'h15a: data = 16'h5;
      12'h15b: data = 16'h5;
      12'h15c: data = 16'h5;
      12'h15d: data = 16'h5;
      12'h15e: data = 16'h5;
      12'h15f: data = 16'h5;
      12'h160: data = 16'h5;
      12'h161: data = 16'h5;
      12'h162: data = 16'h5;
      12'h163: data = 16'h5;
      12'h164: data = 16'h6;
      12'h165: data = 16'h6;
      12'h166: data = 16'h6;
      12'h167: data = 16'h6;
      12'h168: data = 16'h6;
      12'h169: data = 16'h6;
      12'h16a: data = 16'h6;
      12'h16b: data = 16'h6;
      12'h16c: data = 16'h6;
      12'h16d: data = 16'h6;
      12'h16e: data = 16'h6;
      12'h16f: data = 16'h6;
      12'h170: data = 16'h6;
      12'h171: data = 16'h6;
      12'h172: data = 16'h6;
      12'h173: data = 16'h6;
      12'h174: data = 16'h6;
      12'h175: data = 16'h6;
      12'h176: data = 16'h6;
      12'h177: data = 16'h6;
      12'h178: data = 16'h6;
      12'h179: data = 16'h6;
      12'h17a: data = 16'h6;
      12'h17b: data = 16'h6;
      12'h17c: data = 16'h6;
      12'h17d: data = 16'h6;
      12'h17e: data = 16'h6;
      12'h17f: data = 16'h6;
      12'h180: data = 16'h6;
      12'h181: data = 16'h6;
      12'h182: data = 16'h6;
      12'h183: data = 16'h6;
      12'h184: data = 16'h6;
      12'h185: data = 16'h6;
      12'h186: data = 16'h6;
      12'h187: data = 16'h6;
      12'h188: data = 16'h6;
      12'h189: data = 16'h6;
      12'h18a: data = 16'h6;
      12'h18b: data = 16'h6;
      12'h18c: data = 16'h6;
      12'h18d: data = 16'h6;
      12'h18e: data = 16'h6;
      12'h18f: data = 16'h7;
      12'h190: data = 16'h7;
      12'h191: data = 16'h7;
      12'h192: data = 16'h7;
      12'h193: data = 16'h7;
      12'h194: data = 16'h7;
      12'h195: data = 16'h7;
      12'h196: data = 16'h7;
      12'h197: data = 16'h7;
      12'h198: data = 16'h7;
      12'h199: data = 16'h7;
      12'h19a: data = 16'h7;
      12'h19b: data = 16'h7;
      12'h19c: data = 16'h7;
      12'h19d: data = 16'h7;
      12'h19e: data = 16'h7;
      12'h19f: data = 16'h7;
      12'h1a0: data = 16'h7;
      12'h1a1: data = 16'h7;
      12'h1a2: data = 16'h7;
      12'h1a3: data = 16'h7;
      12'h1a4: data = 16'h7;
      12'h1a5: data = 16'h7;
      12'h1a6: data = 16'h7;
      12'h1a7: data = 16'h7;
      12'h1a8: data = 16'h7;
      12'h1a9: data = 16'h7;
      12'h1aa: data = 16'h7;
      12'h1ab: data = 16'h7;
      12'h1ac: data = 16'h7;
      12'h1ad: data = 16'h7;
      12'h1ae: data = 16'h7;
      12'h1af: data = 16'h7;
      12'h1b0: data = 16'h7;
      12'h1b1: data = 16'h7;
      12'h1b2: data = 16'h7;
      12'h1b3: data = 16'h8;
      12'h1b4: data = 16'h8;
      12'h1b5: data = 16'h8;
      12'h1b6: data = 16'h8;
      12'h1b7: data = 16'h8;
      12'h1b8: data = 16'h8;
      12'h1b9: data = 16'h8;
      12'h1ba: data = 16'h8;
      12'h1bb: data = 16'h8;
      12'h1bc: data = 16'h8;
      12'h1bd: data = 16'h8;
      12'h1be: data = 16'h8;
      12'h1bf: data = 16'h8;
      12'h1c0: data = 16'h8;
      12'h1c1: data = 16'h8;
      12'h1c2: data = 16'h8;
      12'h1c3: data = 16'h8;
      12'h1c4: data = 16'h8;
      12'h1c5: data = 16'h8;
      12'h1c6: data = 16'h8;
      12'h1c7: data = 16'h8;
      12'h1c8: data = 16'h8;
      12'h1c9: data = 16'h8;
      12'h1ca: data = 16'h8;
      12'h1cb: data = 16'h8;
      12'h1cc: data = 16'h8;
      12'h1cd: data = 16'h8;
      12'h1ce: data = 16'h8;
      12'h1cf: data = 16'h8;
      12'h1d0: data = 16'h8;
      12'h1d1: data = 16'h8;
      12'h1d2: data = 16'h8;
      12'h1d3: data = 16'h8;
      12'h1d4: data = 16'h9;
      12'h1d5: data = 16'h9;
      12'h1d6: data = 16'h9;
      12'h1d7: data = 16'h9;
      12'h1d8: data = 16'h9;
      12'h1d9: data = 16'h9;
      12'h1da: data = 16'h9;
      12'h1db: data = 16'h9;
      12'h1dc: data = 16'h9;
      12'h1dd: data = 16'h9;
      12'h1de: data = 16'h9;
      12'h1df: data = 16'h9;
      12'h1e0: data = 16'h9;
      12'h1e1: data = 16'h9;
      12'h1e2: data = 16'h9;
      12'h1e3: data = 16'h9;
      12'h1e4: data = 16'h9;
      12'h1e5: data = 16'h9;
      12'h1e6: data = 16'h9;
      12'h1e7: data = 16'h9;
      12'h1e8: data = 16'h9;
      12'h1e9: data = 16'h9;
      12'h1ea: data = 16'h9;
      12'h1eb: data = 16'h9;
      12'h1ec: data = 16'h9;
      12'h1ed: data = 16'h9;
      12'h1ee: data = 16'h9;
      12'h1ef: data = 16'h9;
      12'h1f0: data = 16'ha;
      12'h1f1: data = 16'ha;
      12'h1f2: data = 16'ha;
      12'h1f3: data = 16'ha;
      12'h1f4: data = 16'ha;
      12'h1f5: data = 16'ha;
      12'h1f6: data = 16'ha;
      12'h1f7: data = 16'ha;
      12'h1f8: data = 16'ha;
      12'h1f9: data = 16'ha;
      12'h1fa: data = 16'ha;
      12'h1fb: data = 16'ha;
      12'h1fc: data = 16'ha;
      12'h1fd: data = 16'ha;
      12'h1fe: data = 16'ha;
      12'h1ff: data = 16'ha;
      12'h200: data = 16'ha;
      12'h201: data = 16'ha;
      12'h202: data = 16'ha;
      12'h203: data = 16'ha;
      12'h204: data = 16'ha;
      12'h205: data = 16'ha;
      12'h206: data = 16'ha;
      12'h207: data = 16'ha;
      12'h208: data = 16'ha;
      12'h209: data = 16'ha;
      12'h20a: data = 16'hb;
      12'h20b: data = 16'hb;
      12'h20c: data = 16'hb;
      12'h20d: data = 16'hb;
      12'h20e: data = 16'hb;
      12'h20f: data = 16'hb;
      12'h210: data = 16'hb;
      12'h211: data = 16'hb;
      12'h212: data = 16'hb;
      12'h213: data = 16'hb;
      12'h214: data = 16'hb;
      12'h215: data = 16'hb;
      12'h216: data = 16'hb;
      12'h217: data = 16'hb;
      12'h218: data = 16'hb;
      12'h219: data = 16'hb;
      12'h21a: data = 16'hb;
      12'h21b: data = 16'hb;
      12'h21c: data = 16'hb;
      12'h21d: data = 16'hb;
      12'h21e: data = 16'hb;
      12'h21f: data = 16'hb;
      12'h220: data = 16'hb;
      12'h221: data = 16'hc;
      12'h222: data = 16'hc;
      12'h223: data = 16'hc;
      12'h224: data = 16'hc;
      12'h225: data = 16'hc;
      12'h226: data = 16'hc;
      12'h227: data = 16'hc;
      12'h228: data = 16'hc;
      12'h229: data = 16'hc;
      12'h22a: data = 16'hc;
      12'h22b: data = 16'hc;
      12'h22c: data = 16'hc;
      12'h22d: data = 16'hc;
      12'h22e: data = 16'hc;
      12'h22f: data = 16'hc;
      12'h230: data = 16'hc;
      12'h231: data = 16'hc;
      12'h232: data = 16'hc;
      12'h233: data = 16'hc;
      12'h234: data = 16'hc;
      12'h235: data = 16'hc;
      12'h236: data = 16'hc;
      12'h237: data = 16'hd;
      12'h238: data = 16'hd;
      12'h239: data = 16'hd;
      12'h23a: data = 16'hd;
      12'h23b: data = 16'hd;
      12'h23c: data = 16'hd;
      12'h23d: data = 16'hd;
      12'h23e: data = 16'hd;
      12'h23f: data = 16'hd;
      12'h240: data = 16'hd;
      12'h241: data = 16'hd;
      12'h242: data = 16'hd;
      12'h243: data = 16'hd;
      12'h244: data = 16'hd;
      12'h245: data = 16'hd;
      12'h246: data = 16'hd;
      12'h247: data = 16'hd;
      12'h248: data = 16'hd;
      12'h249: data = 16'hd;
      12'h24a: data = 16'he;
      12'h24b: data = 16'he;
      12'h24c: data = 16'he;
      12'h24d: data = 16'he;
      12'h24e: data = 16'he;
      12'h24f: data = 16'he;
      12'h250: data = 16'he;
      12'h251: data = 16'he;
      12'h252: data = 16'he;
      12'h253: data = 16'he;
      12'h254: data = 16'he;
      12'h255: data = 16'he;
      12'h256: data = 16'he;
      12'h257: data = 16'he;
      12'h258: data = 16'he;
      12'h259: data = 16'he;
      12'h25a: data = 16'he;
      12'h25b: data = 16'he;
      12'h25c: data = 16'he;
      12'h25d: data = 16'hf;
      12'h25e: data = 16'hf;
      12'h25f: data = 16'hf;
      12'h260: data = 16'hf;
      12'h261: data = 16'hf;
      12'h262: data = 16'hf;
      12'h263: data = 16'hf;
      12'h264: data = 16'hf;
      12'h265: data = 16'hf;
      12'h266: data = 16'hf;
      12'h267: data = 16'hf;
      12'h268: data = 16'hf;
      12'h269: data = 16'hf;
      12'h26a: data = 16'hf;
      12'h26b: data = 16'hf;
      12'h26c: data = 16'hf;
      12'h26d: data = 16'hf;
      12'h26e: data = 16'h10;
      12'h26f: data = 16'h10;
      12'h270: data = 16'h10;
      12'h271: data = 16'h10;
      12'h272: data = 16'h10;
      12'h273: data = 16'h10;
      12'h274: data = 16'h10;
      12'h275: data = 16'h10;
      12'h276: data = 16'h10;
      12'h277: data = 16'h10;
      12'h278: data = 16'h10;
      12'h279: data = 16'h10;
      12'h27a: data = 16'h10;
      12'h27b: data = 16'h10;
      12'h27c: data = 16'h10;
      12'h27d: data = 16'h10;
      12'h27e: data = 16'h11;
      12'h27f: data = 16'h11;
      12'h280: data = 16'h11;
      12'h281: data = 16'h11;
      12'h282: data = 16'h11;
      12'h283: data = 16'h11;
      12'h284: data = 16'h11;
      12'h285: data = 16'h11;
      12'h286: data = 16'h11;
      12'h287: data = 16'h11;
      12'h288: data = 16'h11;
      12'h289: data = 16'h11;
      12'h28a: data = 16'h11;
      12'h28b: data = 16'h11;
      12'h28c: data = 16'h11;
      12'h28d: data = 16'h12;
      12'h28e: data = 16'h12;
      12'h28f: data = 16'h12;
      12'h290: data = 16'h12;
      12'h291: data = 16'h12;
      12'h292: data = 16'h12;
      12'h293: data = 16'h12;
      12'h294: data = 16'h12;
      12'h295: data = 16'h12;
      12'h296: data = 16'h12;
      12'h297: data = 16'h12;
      12'h298: data = 16'h12;
      12'h299: data = 16'h12;
      12'h29a: data = 16'h12;
      12'h29b: data = 16'h13;
      12'h29c: data = 16'h13;
      12'h29d: data = 16'h13;
      12'h29e: data = 16'h13;
      12'h29f: data = 16'h13;
      12'h2a0: data = 16'h13;
      12'h2a1: data = 16'h13;
      12'h2a2: data = 16'h13;
      12'h2a3: data = 16'h13;
      12'h2a4: data = 16'h13;
      12'h2a5: data = 16'h13;
      12'h2a6: data = 16'h13;
      12'h2a7: data = 16'h13;
      12'h2a8: data = 16'h13;
      12'h2a9: data = 16'h14;
      12'h2aa: data = 16'h14;
      12'h2ab: data = 16'h14;
      12'h2ac: data = 16'h14;
      12'h2ad: data = 16'h14;
      12'h2ae: data = 16'h14;
      12'h2af: data = 16'h14;
      12'h2b0: data = 16'h14;
      12'h2b1: data = 16'h14;
      12'h2b2: data = 16'h14;
      12'h2b3: data = 16'h14;
      12'h2b4: data = 16'h14;
      12'h2b5: data = 16'h14;
      12'h2b6: data = 16'h15;
      12'h2b7: data = 16'h15;
      12'h2b8: data = 16'h15;
      12'h2b9: data = 16'h15;
      12'h2ba: data = 16'h15;
      12'h2bb: data = 16'h15;
      12'h2bc: data = 16'h15;
      12'h2bd: data = 16'h15;
      12'h2be: data = 16'h15;
      12'h2bf: data = 16'h15;
      12'h2c0: data = 16'h15;
      12'h2c1: data = 16'h15;
      12'h2c2: data = 16'h16;
      12'h2c3: data = 16'h16;
      12'h2c4: data = 16'h16;
      12'h2c5: data = 16'h16;
      12'h2c6: data = 16'h16;
      12'h2c7: data = 16'h16;
      12'h2c8: data = 16'h16;
      12'h2c9: data = 16'h16;
      12'h2ca: data = 16'h16;
      12'h2cb: data = 16'h16;
      12'h2cc: data = 16'h16;
      12'h2cd: data = 16'h16;
      12'h2ce: data = 16'h17;
      12'h2cf: data = 16'h17;
      12'h2d0: data = 16'h17;
      12'h2d1: data = 16'h17;
      12'h2d2: data = 16'h17;
      12'h2d3: data = 16'h17;
      12'h2d4: data = 16'h17;
      12'h2d5: data = 16'h17;
      12'h2d6: data = 16'h17;
      12'h2d7: data = 16'h17;
      12'h2d8: data = 16'h17;
      12'h2d9: data = 16'h18;
      12'h2da: data = 16'h18;
      12'h2db: data = 16'h18;
      12'h2dc: data = 16'h18;
      12'h2dd: data = 16'h18;
      12'h2de: data = 16'h18;
      12'h2df: data = 16'h18;
      12'h2e0: data = 16'h18;
      12'h2e1: data = 16'h18;
      12'h2e2: data = 16'h18;
      12'h2e3: data = 16'h18;
      12'h2e4: data = 16'h19;
      12'h2e5: data = 16'h19;
      12'h2e6: data = 16'h19;
      12'h2e7: data = 16'h19;
      12'h2e8: data = 16'h19;
      12'h2e9: data = 16'h19;
      12'h2ea: data = 16'h19;
      12'h2eb: data = 16'h19;
      12'h2ec: data = 16'h19;
      12'h2ed: data = 16'h19;
      12'h2ee: data = 16'h1a;
      12'h2ef: data = 16'h1a;
      12'h2f0: data = 16'h1a;
      12'h2f1: data = 16'h1a;
      12'h2f2: data = 16'h1a;
      12'h2f3: data = 16'h1a;
      12'h2f4: data = 16'h1a;
      12'h2f5: data = 16'h1a;
      12'h2f6: data = 16'h1a;
      12'h2f7: data = 16'h1a;
      12'h2f8: data = 16'h1b;
      12'h2f9: data = 16'h1b;
      12'h2fa: data = 16'h1b;
      12'h2fb: data = 16'h1b;
      12'h2fc: data = 16'h1b;
      12'h2fd: data = 16'h1b;
      12'h2fe: data = 16'h1b;
      12'h2ff: data = 16'h1b;
      12'h300: data = 16'h1b;
      12'h301: data = 16'h1c;
      12'h302: data = 16'h1c;
      12'h303: data = 16'h1c;
      12'h304: data = 16'h1c;
      12'h305: data = 16'h1c;
      12'h306: data = 16'h1c;
      12'h307: data = 16'h1c;
      12'h308: data = 16'h1c;
      12'h309: data = 16'h1c;
      12'h30a: data = 16'h1c;
      12'h30b: data = 16'h1d;
      12'h30c: data = 16'h1d;
      12'h30d: data = 16'h1d;
      12'h30e: data = 16'h1d;
      12'h30f: data = 16'h1d;
      12'h310: data = 16'h1d;
      12'h311: data = 16'h1d;
      12'h312: data = 16'h1d;
      12'h313: data = 16'h1e;
      12'h314: data = 16'h1e;
      12'h315: data = 16'h1e;
      12'h316: data = 16'h1e;
      12'h317: data = 16'h1e;
      12'h318: data = 16'h1e;
      12'h319: data = 16'h1e;
      12'h31a: data = 16'h1e;
      12'h31b: data = 16'h1e;
      12'h31c: data = 16'h1f;
      12'h31d: data = 16'h1f;
      12'h31e: data = 16'h1f;
      12'h31f: data = 16'h1f;
      12'h320: data = 16'h1f;
      12'h321: data = 16'h1f;
      12'h322: data = 16'h1f;
      12'h323: data = 16'h1f;
      12'h324: data = 16'h20;
      12'h325: data = 16'h20;
      12'h326: data = 16'h20;
      12'h327: data = 16'h20;
      12'h328: data = 16'h20;
      12'h329: data = 16'h20;
      12'h32a: data = 16'h20;
      12'h32b: data = 16'h20;
      12'h32c: data = 16'h21;
      12'h32d: data = 16'h21;
      12'h32e: data = 16'h21;
      12'h32f: data = 16'h21;
      12'h330: data = 16'h21;
      12'h331: data = 16'h21;
      12'h332: data = 16'h21;
      12'h333: data = 16'h21;
      12'h334: data = 16'h22;
      12'h335: data = 16'h22;
      12'h336: data = 16'h22;
      12'h337: data = 16'h22;
      12'h338: data = 16'h22;
      12'h339: data = 16'h22;
      12'h33a: data = 16'h22;
      12'h33b: data = 16'h22;
      12'h33c: data = 16'h23;
      12'h33d: data = 16'h23;
      12'h33e: data = 16'h23;
      12'h33f: data = 16'h23;
      12'h340: data = 16'h23;
      12'h341: data = 16'h23;
      12'h342: data = 16'h23;
      12'h343: data = 16'h24;
      12'h344: data = 16'h24;
      12'h345: data = 16'h24;
      12'h346: data = 16'h24;
      12'h347: data = 16'h24;
      12'h348: data = 16'h24;
      12'h349: data = 16'h24;
      12'h34a: data = 16'h25;
      12'h34b: data = 16'h25;
      12'h34c: data = 16'h25;
      12'h34d: data = 16'h25;
      12'h34e: data = 16'h25;
      12'h34f: data = 16'h25;
      12'h350: data = 16'h25;
      12'h351: data = 16'h26;
      12'h352: data = 16'h26;
      12'h353: data = 16'h26;
      12'h354: data = 16'h26;
      12'h355: data = 16'h26;
      12'h356: data = 16'h26;
      12'h357: data = 16'h26;
      12'h358: data = 16'h27;
      12'h359: data = 16'h27;
      12'h35a: data = 16'h27;
      12'h35b: data = 16'h27;
      12'h35c: data = 16'h27;
      12'h35d: data = 16'h27;
      12'h35e: data = 16'h27;
      12'h35f: data = 16'h28;
      12'h360: data = 16'h28;
      12'h361: data = 16'h28;
      12'h362: data = 16'h28;
      12'h363: data = 16'h28;
      12'h364: data = 16'h28;
      12'h365: data = 16'h29;
      12'h366: data = 16'h29;
      12'h367: data = 16'h29;
      12'h368: data = 16'h29;
      12'h369: data = 16'h29;
      12'h36a: data = 16'h29;
      12'h36b: data = 16'h29;
      12'h36c: data = 16'h2a;
      12'h36d: data = 16'h2a;
      12'h36e: data = 16'h2a;
      12'h36f: data = 16'h2a;
      12'h370: data = 16'h2a;
      12'h371: data = 16'h2a;
      12'h372: data = 16'h2b;
      12'h373: data = 16'h2b;
      12'h374: data = 16'h2b;
      12'h375: data = 16'h2b;
      12'h376: data = 16'h2b;
      12'h377: data = 16'h2b;
      12'h378: data = 16'h2c;
      12'h379: data = 16'h2c;
      12'h37a: data = 16'h2c;
      12'h37b: data = 16'h2c;
      12'h37c: data = 16'h2c;
      12'h37d: data = 16'h2c;
      12'h37e: data = 16'h2d;
      12'h37f: data = 16'h2d;
      12'h380: data = 16'h2d;
      12'h381: data = 16'h2d;
      12'h382: data = 16'h2d;
      12'h383: data = 16'h2e;
      12'h384: data = 16'h2e;
      12'h385: data = 16'h2e;
      12'h386: data = 16'h2e;
      12'h387: data = 16'h2e;
      12'h388: data = 16'h2e;
      12'h389: data = 16'h2f;
      12'h38a: data = 16'h2f;
      12'h38b: data = 16'h2f;
      12'h38c: data = 16'h2f;
      12'h38d: data = 16'h2f;
      12'h38e: data = 16'h30;
      12'h38f: data = 16'h30;
      12'h390: data = 16'h30;
      12'h391: data = 16'h30;
      12'h392: data = 16'h30;
      12'h393: data = 16'h30;
      12'h394: data = 16'h31;
      12'h395: data = 16'h31;
      12'h396: data = 16'h31;
      12'h397: data = 16'h31;
      12'h398: data = 16'h31;
      12'h399: data = 16'h32;
      12'h39a: data = 16'h32;
      12'h39b: data = 16'h32;
      12'h39c: data = 16'h32;
      12'h39d: data = 16'h32;
      12'h39e: data = 16'h33;
      12'h39f: data = 16'h33;
      12'h3a0: data = 16'h33;
      12'h3a1: data = 16'h33;
      12'h3a2: data = 16'h33;
      12'h3a3: data = 16'h34;
      12'h3a4: data = 16'h34;
      12'h3a5: data = 16'h34;
      12'h3a6: data = 16'h34;
      12'h3a7: data = 16'h34;
      12'h3a8: data = 16'h35;
      12'h3a9: data = 16'h35;
      12'h3aa: data = 16'h35;
      12'h3ab: data = 16'h35;
      12'h3ac: data = 16'h35;
      12'h3ad: data = 16'h36;
      12'h3ae: data = 16'h36;
      12'h3af: data = 16'h36;
      12'h3b0: data = 16'h36;
      12'h3b1: data = 16'h36;
      12'h3b2: data = 16'h37;
      12'h3b3: data = 16'h37;
      12'h3b4: data = 16'h37;
      12'h3b5: data = 16'h37;
      12'h3b6: data = 16'h37;
      12'h3b7: data = 16'h38;
      12'h3b8: data = 16'h38;
      12'h3b9: data = 16'h38;
      12'h3ba: data = 16'h38;
      12'h3bb: data = 16'h39;
      12'h3bc: data = 16'h39;
      12'h3bd: data = 16'h39;
      12'h3be: data = 16'h39;
      12'h3bf: data = 16'h39;
      12'h3c0: data = 16'h3a;
      12'h3c1: data = 16'h3a;
      12'h3c2: data = 16'h3a;
      12'h3c3: data = 16'h3a;
      12'h3c4: data = 16'h3a;
      12'h3c5: data = 16'h3b;
      12'h3c6: data = 16'h3b;
      12'h3c7: data = 16'h3b;
      12'h3c8: data = 16'h3b;
      12'h3c9: data = 16'h3c;
      12'h3ca: data = 16'h3c;
      12'h3cb: data = 16'h3c;
      12'h3cc: data = 16'h3c;
      12'h3cd: data = 16'h3d;
      12'h3ce: data = 16'h3d;
      12'h3cf: data = 16'h3d;
      12'h3d0: data = 16'h3d;
      12'h3d1: data = 16'h3e;
      12'h3d2: data = 16'h3e;
      12'h3d3: data = 16'h3e;
      12'h3d4: data = 16'h3e;
      12'h3d5: data = 16'h3e;
      12'h3d6: data = 16'h3f;
      12'h3d7: data = 16'h3f;
      12'h3d8: data = 16'h3f;
      12'h3d9: data = 16'h3f;
      12'h3da: data = 16'h40;
      12'h3db: data = 16'h40;
      12'h3dc: data = 16'h40;
      12'h3dd: data = 16'h40;
      12'h3de: data = 16'h41;
      12'h3df: data = 16'h41;
      12'h3e0: data = 16'h41;
      12'h3e1: data = 16'h41;
      12'h3e2: data = 16'h42;
      12'h3e3: data = 16'h42;
      12'h3e4: data = 16'h42;
      12'h3e5: data = 16'h42;
      12'h3e6: data = 16'h43;
      12'h3e7: data = 16'h43;
      12'h3e8: data = 16'h43;
      12'h3e9: data = 16'h43;
      12'h3ea: data = 16'h44;
      12'h3eb: data = 16'h44;
      12'h3ec: data = 16'h44;
      12'h3ed: data = 16'h44;
      12'h3ee: data = 16'h45;
      12'h3ef: data = 16'h45;
      12'h3f0: data = 16'h45;
      12'h3f1: data = 16'h46;
      12'h3f2: data = 16'h46;
      12'h3f3: data = 16'h46;
      12'h3f4: data = 16'h46;
      12'h3f5: data = 16'h47;
      12'h3f6: data = 16'h47;
      12'h3f7: data = 16'h47;
      12'h3f8: data = 16'h47;
      12'h3f9: data = 16'h48;
      12'h3fa: data = 16'h48;
      12'h3fb: data = 16'h48;
      12'h3fc: data = 16'h49;
      12'h3fd: data = 16'h49;
      12'h3fe: data = 16'h49;
      12'h3ff: data = 16'h49;
      12'h400: data = 16'h4a;
      12'h401: data = 16'h4a;
      12'h402: data = 16'h4a;
      12'h403: data = 16'h4b;
      12'h404: data = 16'h4b;
      12'h405: data = 16'h4b;
      12'h406: data = 16'h4b;
      12'h407: data = 16'h4c;
      12'h408: data = 16'h4c;
      12'h409: data = 16'h4c;
      12'h40a: data = 16'h4d;
      12'h40b: data = 16'h4d;
      12'h40c: data = 16'h4d;
      12'h40d: data = 16'h4d;
      12'h40e: data = 16'h4e;
      12'h40f: data = 16'h4e;
      12'h410: data = 16'h4e;
      12'h411: data = 16'h4f;
      12'h412: data = 16'h4f;
      12'h413: data = 16'h4f;
      12'h414: data = 16'h50;
      12'h415: data = 16'h50;
      12'h416: data = 16'h50;
      12'h417: data = 16'h50;
      12'h418: data = 16'h51;
      12'h419: data = 16'h51;
      12'h41a: data = 16'h51;
      12'h41b: data = 16'h52;
      12'h41c: data = 16'h52;
      12'h41d: data = 16'h52;
      12'h41e: data = 16'h53;
      12'h41f: data = 16'h53;
      12'h420: data = 16'h53;
      12'h421: data = 16'h54;
      12'h422: data = 16'h54;
      12'h423: data = 16'h54;
      12'h424: data = 16'h55;
      12'h425: data = 16'h55;
      12'h426: data = 16'h55;
      12'h427: data = 16'h56;
      12'h428: data = 16'h56;
      12'h429: data = 16'h56;
      12'h42a: data = 16'h57;
      12'h42b: data = 16'h57;
      12'h42c: data = 16'h57;
      12'h42d: data = 16'h58;
      12'h42e: data = 16'h58;
      12'h42f: data = 16'h58;
      12'h430: data = 16'h59;
      12'h431: data = 16'h59;
      12'h432: data = 16'h59;
      12'h433: data = 16'h5a;
      12'h434: data = 16'h5a;
      12'h435: data = 16'h5a;
      12'h436: data = 16'h5b;
      12'h437: data = 16'h5b;
      12'h438: data = 16'h5b;
      12'h439: data = 16'h5c;
      12'h43a: data = 16'h5c;
      12'h43b: data = 16'h5c;
      12'h43c: data = 16'h5d;
      12'h43d: data = 16'h5d;
      12'h43e: data = 16'h5d;
      12'h43f: data = 16'h5e;
      12'h440: data = 16'h5e;
      12'h441: data = 16'h5e;
      12'h442: data = 16'h5f;
      12'h443: data = 16'h5f;
      12'h444: data = 16'h60;
      12'h445: data = 16'h60;
      12'h446: data = 16'h60;
      12'h447: data = 16'h61;
      12'h448: data = 16'h61;
      12'h449: data = 16'h61;
      12'h44a: data = 16'h62;
      12'h44b: data = 16'h62;
      12'h44c: data = 16'h63;
      12'h44d: data = 16'h63;
      12'h44e: data = 16'h63;
      12'h44f: data = 16'h64;
      12'h450: data = 16'h64;
      12'h451: data = 16'h64;
      12'h452: data = 16'h65;
      12'h453: data = 16'h65;
      12'h454: data = 16'h66;
      12'h455: data = 16'h66;
      12'h456: data = 16'h66;
      12'h457: data = 16'h67;
      12'h458: data = 16'h67;
      12'h459: data = 16'h68;
      12'h45a: data = 16'h68;
      12'h45b: data = 16'h68;
      12'h45c: data = 16'h69;
      12'h45d: data = 16'h69;
      12'h45e: data = 16'h6a;
      12'h45f: data = 16'h6a;
      12'h460: data = 16'h6a;
      12'h461: data = 16'h6b;
      12'h462: data = 16'h6b;
      12'h463: data = 16'h6c;
      12'h464: data = 16'h6c;
      12'h465: data = 16'h6c;
      12'h466: data = 16'h6d;
      12'h467: data = 16'h6d;
      12'h468: data = 16'h6e;
      12'h469: data = 16'h6e;
      12'h46a: data = 16'h6e;
      12'h46b: data = 16'h6f;
      12'h46c: data = 16'h6f;
      12'h46d: data = 16'h70;
      12'h46e: data = 16'h70;
      12'h46f: data = 16'h71;
      12'h470: data = 16'h71;
      12'h471: data = 16'h71;
      12'h472: data = 16'h72;
      12'h473: data = 16'h72;
      12'h474: data = 16'h73;
      12'h475: data = 16'h73;
      12'h476: data = 16'h74;
      12'h477: data = 16'h74;
      12'h478: data = 16'h74;
      12'h479: data = 16'h75;
      12'h47a: data = 16'h75;
      12'h47b: data = 16'h76;
      12'h47c: data = 16'h76;
      12'h47d: data = 16'h77;
      12'h47e: data = 16'h77;
      12'h47f: data = 16'h78;
      12'h480: data = 16'h78;
      12'h481: data = 16'h79;
      12'h482: data = 16'h79;
      12'h483: data = 16'h79;
      12'h484: data = 16'h7a;
      12'h485: data = 16'h7a;
      12'h486: data = 16'h7b;
      12'h487: data = 16'h7b;
      12'h488: data = 16'h7c;
      12'h489: data = 16'h7c;
      12'h48a: data = 16'h7d;
      12'h48b: data = 16'h7d;
      12'h48c: data = 16'h7e;
      12'h48d: data = 16'h7e;
      12'h48e: data = 16'h7f;
      12'h48f: data = 16'h7f;
      12'h490: data = 16'h80;
      12'h491: data = 16'h80;
      12'h492: data = 16'h81;
      12'h493: data = 16'h81;
      12'h494: data = 16'h82;
      12'h495: data = 16'h82;
      12'h496: data = 16'h82;
      12'h497: data = 16'h83;
      12'h498: data = 16'h83;
      12'h499: data = 16'h84;
      12'h49a: data = 16'h84;
      12'h49b: data = 16'h85;
      12'h49c: data = 16'h85;
      12'h49d: data = 16'h86;
      12'h49e: data = 16'h87;
      12'h49f: data = 16'h87;
      12'h4a0: data = 16'h88;
      12'h4a1: data = 16'h88;
      12'h4a2: data = 16'h89;
      12'h4a3: data = 16'h89;
      12'h4a4: data = 16'h8a;
      12'h4a5: data = 16'h8a;
      12'h4a6: data = 16'h8b;
      12'h4a7: data = 16'h8b;
      12'h4a8: data = 16'h8c;
      12'h4a9: data = 16'h8c;
      12'h4aa: data = 16'h8d;
      12'h4ab: data = 16'h8d;
      12'h4ac: data = 16'h8e;
      12'h4ad: data = 16'h8e;
      12'h4ae: data = 16'h8f;
      12'h4af: data = 16'h8f;
      12'h4b0: data = 16'h90;
      12'h4b1: data = 16'h90;
      12'h4b2: data = 16'h91;
      12'h4b3: data = 16'h92;
      12'h4b4: data = 16'h92;
      12'h4b5: data = 16'h93;
      12'h4b6: data = 16'h93;
      12'h4b7: data = 16'h94;
      12'h4b8: data = 16'h94;
      12'h4b9: data = 16'h95;
      12'h4ba: data = 16'h95;
      12'h4bb: data = 16'h96;
      12'h4bc: data = 16'h97;
      12'h4bd: data = 16'h97;
      12'h4be: data = 16'h98;
      12'h4bf: data = 16'h98;
      12'h4c0: data = 16'h99;
      12'h4c1: data = 16'h99;
      12'h4c2: data = 16'h9a;
      12'h4c3: data = 16'h9b;
      12'h4c4: data = 16'h9b;
      12'h4c5: data = 16'h9c;
      12'h4c6: data = 16'h9c;
      12'h4c7: data = 16'h9d;
      12'h4c8: data = 16'h9e;
      12'h4c9: data = 16'h9e;
      12'h4ca: data = 16'h9f;
      12'h4cb: data = 16'h9f;
      12'h4cc: data = 16'ha0;
      12'h4cd: data = 16'ha1;
      12'h4ce: data = 16'ha1;
      12'h4cf: data = 16'ha2;
      12'h4d0: data = 16'ha2;
      12'h4d1: data = 16'ha3;
      12'h4d2: data = 16'ha4;
      12'h4d3: data = 16'ha4;
      12'h4d4: data = 16'ha5;
      12'h4d5: data = 16'ha5;
      12'h4d6: data = 16'ha6;
      12'h4d7: data = 16'ha7;
      12'h4d8: data = 16'ha7;
      12'h4d9: data = 16'ha8;
      12'h4da: data = 16'ha9;
      12'h4db: data = 16'ha9;
      12'h4dc: data = 16'haa;
      12'h4dd: data = 16'haa;
      12'h4de: data = 16'hab;
      12'h4df: data = 16'hac;
      12'h4e0: data = 16'hac;
      12'h4e1: data = 16'had;
      12'h4e2: data = 16'hae;
      12'h4e3: data = 16'hae;
      12'h4e4: data = 16'haf;
      12'h4e5: data = 16'hb0;
      12'h4e6: data = 16'hb0;
      12'h4e7: data = 16'hb1;
      12'h4e8: data = 16'hb2;
      12'h4e9: data = 16'hb2;
      12'h4ea: data = 16'hb3;
      12'h4eb: data = 16'hb4;
      12'h4ec: data = 16'hb4;
      12'h4ed: data = 16'hb5;
      12'h4ee: data = 16'hb6;
      12'h4ef: data = 16'hb6;
      12'h4f0: data = 16'hb7;
      12'h4f1: data = 16'hb8;
      12'h4f2: data = 16'hb8;
      12'h4f3: data = 16'hb9;
      12'h4f4: data = 16'hba;
      12'h4f5: data = 16'hba;
      12'h4f6: data = 16'hbb;
      12'h4f7: data = 16'hbc;
      12'h4f8: data = 16'hbd;
      12'h4f9: data = 16'hbd;
      12'h4fa: data = 16'hbe;
      12'h4fb: data = 16'hbf;
      12'h4fc: data = 16'hbf;
      12'h4fd: data = 16'hc0;
      12'h4fe: data = 16'hc1;
      12'h4ff: data = 16'hc2;
      12'h500: data = 16'hc2;
      12'h501: data = 16'hc3;
      12'h502: data = 16'hc4;
      12'h503: data = 16'hc4;
      12'h504: data = 16'hc5;
      12'h505: data = 16'hc6;
      12'h506: data = 16'hc7;
      12'h507: data = 16'hc7;
      12'h508: data = 16'hc8;
      12'h509: data = 16'hc9;
      12'h50a: data = 16'hca;
      12'h50b: data = 16'hca;
      12'h50c: data = 16'hcb;
      12'h50d: data = 16'hcc;
      12'h50e: data = 16'hcd;
      12'h50f: data = 16'hcd;
      12'h510: data = 16'hce;
      12'h511: data = 16'hcf;
      12'h512: data = 16'hd0;
      12'h513: data = 16'hd0;
      12'h514: data = 16'hd1;
      12'h515: data = 16'hd2;
      12'h516: data = 16'hd3;
      12'h517: data = 16'hd4;
      12'h518: data = 16'hd4;
      12'h519: data = 16'hd5;
      12'h51a: data = 16'hd6;
      12'h51b: data = 16'hd7;
      12'h51c: data = 16'hd8;
      12'h51d: data = 16'hd8;
      12'h51e: data = 16'hd9;
      12'h51f: data = 16'hda;
      12'h520: data = 16'hdb;
      12'h521: data = 16'hdc;
      12'h522: data = 16'hdc;
      12'h523: data = 16'hdd;
      12'h524: data = 16'hde;
      12'h525: data = 16'hdf;
      12'h526: data = 16'he0;
      12'h527: data = 16'he0;
      12'h528: data = 16'he1;
      12'h529: data = 16'he2;
      12'h52a: data = 16'he3;
      12'h52b: data = 16'he4;
      12'h52c: data = 16'he5;
      12'h52d: data = 16'he5;
      12'h52e: data = 16'he6;
      12'h52f: data = 16'he7;
      12'h530: data = 16'he8;
      12'h531: data = 16'he9;
      12'h532: data = 16'hea;
      12'h533: data = 16'heb;
      12'h534: data = 16'heb;
      12'h535: data = 16'hec;
      12'h536: data = 16'hed;
      12'h537: data = 16'hee;
      12'h538: data = 16'hef;
      12'h539: data = 16'hf0;
      12'h53a: data = 16'hf1;
      12'h53b: data = 16'hf2;
      12'h53c: data = 16'hf3;
      12'h53d: data = 16'hf3;
      12'h53e: data = 16'hf4;
      12'h53f: data = 16'hf5;
      12'h540: data = 16'hf6;
      12'h541: data = 16'hf7;
      12'h542: data = 16'hf8;
      12'h543: data = 16'hf9;
      12'h544: data = 16'hfa;
      12'h545: data = 16'hfb;
      12'h546: data = 16'hfc;
      12'h547: data = 16'hfd;
      12'h548: data = 16'hfd;
      12'h549: data = 16'hfe;
      12'h54a: data = 16'hff;
      12'h54b: data = 16'h100;
      12'h54c: data = 16'h101;
      12'h54d: data = 16'h102;
      12'h54e: data = 16'h103;
      12'h54f: data = 16'h104;
      12'h550: data = 16'h105;
      12'h551: data = 16'h106;
      12'h552: data = 16'h107;
      12'h553: data = 16'h108;
      12'h554: data = 16'h109;
      12'h555: data = 16'h10a;
      12'h556: data = 16'h10b;
      12'h557: data = 16'h10c;
      12'h558: data = 16'h10d;
      12'h559: data = 16'h10e;
      12'h55a: data = 16'h10f;
      12'h55b: data = 16'h110;
      12'h55c: data = 16'h111;
      12'h55d: data = 16'h112;
      12'h55e: data = 16'h113;
      12'h55f: data = 16'h114;
      12'h560: data = 16'h115;
      12'h561: data = 16'h116;
      12'h562: data = 16'h117;
      12'h563: data = 16'h118;
      12'h564: data = 16'h119;
      12'h565: data = 16'h11a;
      12'h566: data = 16'h11b;
      12'h567: data = 16'h11c;
      12'h568: data = 16'h11d;
      12'h569: data = 16'h11e;
      12'h56a: data = 16'h11f;
      12'h56b: data = 16'h120;
      12'h56c: data = 16'h121;
      12'h56d: data = 16'h122;
      12'h56e: data = 16'h123;
      12'h56f: data = 16'h124;
      12'h570: data = 16'h125;
      12'h571: data = 16'h126;
      12'h572: data = 16'h127;
      12'h573: data = 16'h128;
      12'h574: data = 16'h12a;
      12'h575: data = 16'h12b;
      12'h576: data = 16'h12c;
      12'h577: data = 16'h12d;
      12'h578: data = 16'h12e;
      12'h579: data = 16'h12f;
      12'h57a: data = 16'h130;
      12'h57b: data = 16'h131;
      12'h57c: data = 16'h132;
      12'h57d: data = 16'h133;
      12'h57e: data = 16'h134;
      12'h57f: data = 16'h136;
      12'h580: data = 16'h137;
      12'h581: data = 16'h138;
      12'h582: data = 16'h139;
      12'h583: data = 16'h13a;
      12'h584: data = 16'h13b;
      12'h585: data = 16'h13c;
      12'h586: data = 16'h13e;
      12'h587: data = 16'h13f;
      12'h588: data = 16'h140;
      12'h589: data = 16'h141;
      12'h58a: data = 16'h142;
      12'h58b: data = 16'h143;
      12'h58c: data = 16'h144;
      12'h58d: data = 16'h146;
      12'h58e: data = 16'h147;
      12'h58f: data = 16'h148;
      12'h590: data = 16'h149;
      12'h591: data = 16'h14a;
      12'h592: data = 16'h14c;
      12'h593: data = 16'h14d;
      12'h594: data = 16'h14e;
      12'h595: data = 16'h14f;
      12'h596: data = 16'h150;
      12'h597: data = 16'h152;
      12'h598: data = 16'h153;
      12'h599: data = 16'h154;
      12'h59a: data = 16'h155;
      12'h59b: data = 16'h156;
      12'h59c: data = 16'h158;
      12'h59d: data = 16'h159;
      12'h59e: data = 16'h15a;
      12'h59f: data = 16'h15b;
      12'h5a0: data = 16'h15d;
      12'h5a1: data = 16'h15e;
      12'h5a2: data = 16'h15f;
      12'h5a3: data = 16'h160;
      12'h5a4: data = 16'h162;
      12'h5a5: data = 16'h163;
      12'h5a6: data = 16'h164;
      12'h5a7: data = 16'h165;
      12'h5a8: data = 16'h167;
      12'h5a9: data = 16'h168;
      12'h5aa: data = 16'h169;
      12'h5ab: data = 16'h16b;
      12'h5ac: data = 16'h16c;
      12'h5ad: data = 16'h16d;
      12'h5ae: data = 16'h16e;
      12'h5af: data = 16'h170;
      12'h5b0: data = 16'h171;
      12'h5b1: data = 16'h172;
      12'h5b2: data = 16'h174;
      12'h5b3: data = 16'h175;
      12'h5b4: data = 16'h176;
      12'h5b5: data = 16'h178;
      12'h5b6: data = 16'h179;
      12'h5b7: data = 16'h17a;
      12'h5b8: data = 16'h17c;
      12'h5b9: data = 16'h17d;
      12'h5ba: data = 16'h17e;
      12'h5bb: data = 16'h180;
      12'h5bc: data = 16'h181;
      12'h5bd: data = 16'h182;
      12'h5be: data = 16'h184;
      12'h5bf: data = 16'h185;
      12'h5c0: data = 16'h187;
      12'h5c1: data = 16'h188;
      12'h5c2: data = 16'h189;
      12'h5c3: data = 16'h18b;
      12'h5c4: data = 16'h18c;
      12'h5c5: data = 16'h18e;
      12'h5c6: data = 16'h18f;
      12'h5c7: data = 16'h190;
      12'h5c8: data = 16'h192;
      12'h5c9: data = 16'h193;
      12'h5ca: data = 16'h195;
      12'h5cb: data = 16'h196;
      12'h5cc: data = 16'h197;
      12'h5cd: data = 16'h199;
      12'h5ce: data = 16'h19a;
      12'h5cf: data = 16'h19c;
      12'h5d0: data = 16'h19d;
      12'h5d1: data = 16'h19f;
      12'h5d2: data = 16'h1a0;
      12'h5d3: data = 16'h1a2;
      12'h5d4: data = 16'h1a3;
      12'h5d5: data = 16'h1a5;
      12'h5d6: data = 16'h1a6;
      12'h5d7: data = 16'h1a7;
      12'h5d8: data = 16'h1a9;
      12'h5d9: data = 16'h1aa;
      12'h5da: data = 16'h1ac;
      12'h5db: data = 16'h1ad;
      12'h5dc: data = 16'h1af;
      12'h5dd: data = 16'h1b0;
      12'h5de: data = 16'h1b2;
      12'h5df: data = 16'h1b3;
      12'h5e0: data = 16'h1b5;
      12'h5e1: data = 16'h1b7;
      12'h5e2: data = 16'h1b8;
      12'h5e3: data = 16'h1ba;
      12'h5e4: data = 16'h1bb;
      12'h5e5: data = 16'h1bd;
      12'h5e6: data = 16'h1be;
      12'h5e7: data = 16'h1c0;
      12'h5e8: data = 16'h1c1;
      12'h5e9: data = 16'h1c3;
      12'h5ea: data = 16'h1c4;
      12'h5eb: data = 16'h1c6;
      12'h5ec: data = 16'h1c8;
      12'h5ed: data = 16'h1c9;
      12'h5ee: data = 16'h1cb;
      12'h5ef: data = 16'h1cc;
      12'h5f0: data = 16'h1ce;
      12'h5f1: data = 16'h1d0;
      12'h5f2: data = 16'h1d1;
      12'h5f3: data = 16'h1d3;
      12'h5f4: data = 16'h1d4;
      12'h5f5: data = 16'h1d6;
      12'h5f6: data = 16'h1d8;
      12'h5f7: data = 16'h1d9;
      12'h5f8: data = 16'h1db;
      12'h5f9: data = 16'h1dd;
      12'h5fa: data = 16'h1de;
      12'h5fb: data = 16'h1e0;
      12'h5fc: data = 16'h1e2;
      12'h5fd: data = 16'h1e3;
      12'h5fe: data = 16'h1e5;
      12'h5ff: data = 16'h1e7;
      12'h600: data = 16'h1e8;
      12'h601: data = 16'h1ea;
      12'h602: data = 16'h1ec;
      12'h603: data = 16'h1ed;
      12'h604: data = 16'h1ef;
      12'h605: data = 16'h1f1;
      12'h606: data = 16'h1f2;
      12'h607: data = 16'h1f4;
      12'h608: data = 16'h1f6;
      12'h609: data = 16'h1f8;
      12'h60a: data = 16'h1f9;
      12'h60b: data = 16'h1fb;
      12'h60c: data = 16'h1fd;
      12'h60d: data = 16'h1ff;
      12'h60e: data = 16'h200;
      12'h60f: data = 16'h202;
      12'h610: data = 16'h204;
      12'h611: data = 16'h206;
      12'h612: data = 16'h207;
      12'h613: data = 16'h209;
      12'h614: data = 16'h20b;
      12'h615: data = 16'h20d;
      12'h616: data = 16'h20e;
      12'h617: data = 16'h210;
      12'h618: data = 16'h212;
      12'h619: data = 16'h214;
      12'h61a: data = 16'h216;
      12'h61b: data = 16'h217;
      12'h61c: data = 16'h219;
      12'h61d: data = 16'h21b;
      12'h61e: data = 16'h21d;
      12'h61f: data = 16'h21f;
      12'h620: data = 16'h221;
      12'h621: data = 16'h222;
      12'h622: data = 16'h224;
      12'h623: data = 16'h226;
      12'h624: data = 16'h228;
      12'h625: data = 16'h22a;
      12'h626: data = 16'h22c;
      12'h627: data = 16'h22e;
      12'h628: data = 16'h230;
      12'h629: data = 16'h231;
      12'h62a: data = 16'h233;
      12'h62b: data = 16'h235;
      12'h62c: data = 16'h237;
      12'h62d: data = 16'h239;
      12'h62e: data = 16'h23b;
      12'h62f: data = 16'h23d;
      12'h630: data = 16'h23f;
      12'h631: data = 16'h241;
      12'h632: data = 16'h243;
      12'h633: data = 16'h245;
      12'h634: data = 16'h247;
      12'h635: data = 16'h249;
      12'h636: data = 16'h24a;
      12'h637: data = 16'h24c;
      12'h638: data = 16'h24e;
      12'h639: data = 16'h250;
      12'h63a: data = 16'h252;
      12'h63b: data = 16'h254;
      12'h63c: data = 16'h256;
      12'h63d: data = 16'h258;
      12'h63e: data = 16'h25a;
      12'h63f: data = 16'h25c;
      12'h640: data = 16'h25e;
      12'h641: data = 16'h260;
      12'h642: data = 16'h262;
      12'h643: data = 16'h264;
      12'h644: data = 16'h267;
      12'h645: data = 16'h269;
      12'h646: data = 16'h26b;
      12'h647: data = 16'h26d;
      12'h648: data = 16'h26f;
      12'h649: data = 16'h271;
      12'h64a: data = 16'h273;
      12'h64b: data = 16'h275;
      12'h64c: data = 16'h277;
      12'h64d: data = 16'h279;
      12'h64e: data = 16'h27b;
      12'h64f: data = 16'h27d;
      12'h650: data = 16'h27f;
      12'h651: data = 16'h282;
      12'h652: data = 16'h284;
      12'h653: data = 16'h286;
      12'h654: data = 16'h288;
      12'h655: data = 16'h28a;
      12'h656: data = 16'h28c;
      12'h657: data = 16'h28e;
      12'h658: data = 16'h290;
      12'h659: data = 16'h293;
      12'h65a: data = 16'h295;
      12'h65b: data = 16'h297;
      12'h65c: data = 16'h299;
      12'h65d: data = 16'h29b;
      12'h65e: data = 16'h29d;
      12'h65f: data = 16'h2a0;
      12'h660: data = 16'h2a2;
      12'h661: data = 16'h2a4;
      12'h662: data = 16'h2a6;
      12'h663: data = 16'h2a8;
      12'h664: data = 16'h2ab;
      12'h665: data = 16'h2ad;
      12'h666: data = 16'h2af;
      12'h667: data = 16'h2b1;
      12'h668: data = 16'h2b4;
      12'h669: data = 16'h2b6;
      12'h66a: data = 16'h2b8;
      12'h66b: data = 16'h2ba;
      12'h66c: data = 16'h2bd;
      12'h66d: data = 16'h2bf;
      12'h66e: data = 16'h2c1;
      12'h66f: data = 16'h2c3;
      12'h670: data = 16'h2c6;
      12'h671: data = 16'h2c8;
      12'h672: data = 16'h2ca;
      12'h673: data = 16'h2cd;
      12'h674: data = 16'h2cf;
      12'h675: data = 16'h2d1;
      12'h676: data = 16'h2d4;
      12'h677: data = 16'h2d6;
      12'h678: data = 16'h2d8;
      12'h679: data = 16'h2db;
      12'h67a: data = 16'h2dd;
      12'h67b: data = 16'h2df;
      12'h67c: data = 16'h2e2;
      12'h67d: data = 16'h2e4;
      12'h67e: data = 16'h2e6;
      12'h67f: data = 16'h2e9;
      12'h680: data = 16'h2eb;
      12'h681: data = 16'h2ee;
      12'h682: data = 16'h2f0;
      12'h683: data = 16'h2f2;
      12'h684: data = 16'h2f5;
      12'h685: data = 16'h2f7;
      12'h686: data = 16'h2fa;
      12'h687: data = 16'h2fc;
      12'h688: data = 16'h2fe;
      12'h689: data = 16'h301;
      12'h68a: data = 16'h303;
      12'h68b: data = 16'h306;
      12'h68c: data = 16'h308;
      12'h68d: data = 16'h30b;
      12'h68e: data = 16'h30d;
      12'h68f: data = 16'h310;
      12'h690: data = 16'h312;
      12'h691: data = 16'h315;
      12'h692: data = 16'h317;
      12'h693: data = 16'h31a;
      12'h694: data = 16'h31c;
      12'h695: data = 16'h31f;
      12'h696: data = 16'h321;
      12'h697: data = 16'h324;
      12'h698: data = 16'h326;
      12'h699: data = 16'h329;
      12'h69a: data = 16'h32b;
      12'h69b: data = 16'h32e;
      12'h69c: data = 16'h330;
      12'h69d: data = 16'h333;
      12'h69e: data = 16'h335;
      12'h69f: data = 16'h338;
      12'h6a0: data = 16'h33b;
      12'h6a1: data = 16'h33d;
      12'h6a2: data = 16'h340;
      12'h6a3: data = 16'h342;
      12'h6a4: data = 16'h345;
      12'h6a5: data = 16'h348;
      12'h6a6: data = 16'h34a;
      12'h6a7: data = 16'h34d;
      12'h6a8: data = 16'h34f;
      12'h6a9: data = 16'h352;
      12'h6aa: data = 16'h355;
      12'h6ab: data = 16'h357;
      12'h6ac: data = 16'h35a;
      12'h6ad: data = 16'h35d;
      12'h6ae: data = 16'h35f;
      12'h6af: data = 16'h362;
      12'h6b0: data = 16'h365;
      12'h6b1: data = 16'h367;
      12'h6b2: data = 16'h36a;
      12'h6b3: data = 16'h36d;
      12'h6b4: data = 16'h36f;
      12'h6b5: data = 16'h372;
      12'h6b6: data = 16'h375;
      12'h6b7: data = 16'h377;
      12'h6b8: data = 16'h37a;
      12'h6b9: data = 16'h37d;
      12'h6ba: data = 16'h380;
      12'h6bb: data = 16'h382;
      12'h6bc: data = 16'h385;
      12'h6bd: data = 16'h388;
      12'h6be: data = 16'h38b;
      12'h6bf: data = 16'h38d;
      12'h6c0: data = 16'h390;
      12'h6c1: data = 16'h393;
      12'h6c2: data = 16'h396;
      12'h6c3: data = 16'h399;
      12'h6c4: data = 16'h39b;
      12'h6c5: data = 16'h39e;
      12'h6c6: data = 16'h3a1;
      12'h6c7: data = 16'h3a4;
      12'h6c8: data = 16'h3a7;
      12'h6c9: data = 16'h3a9;
      12'h6ca: data = 16'h3ac;
      12'h6cb: data = 16'h3af;
      12'h6cc: data = 16'h3b2;
      12'h6cd: data = 16'h3b5;
      12'h6ce: data = 16'h3b8;
      12'h6cf: data = 16'h3ba;
      12'h6d0: data = 16'h3bd;
      12'h6d1: data = 16'h3c0;
      12'h6d2: data = 16'h3c3;
      12'h6d3: data = 16'h3c6;
      12'h6d4: data = 16'h3c9;
      12'h6d5: data = 16'h3cc;
      12'h6d6: data = 16'h3cf;
      12'h6d7: data = 16'h3d1;
      12'h6d8: data = 16'h3d4;
      12'h6d9: data = 16'h3d7;
      12'h6da: data = 16'h3da;
      12'h6db: data = 16'h3dd;
      12'h6dc: data = 16'h3e0;
      12'h6dd: data = 16'h3e3;
      12'h6de: data = 16'h3e6;
      12'h6df: data = 16'h3e9;
      12'h6e0: data = 16'h3ec;
      12'h6e1: data = 16'h3ef;
      12'h6e2: data = 16'h3f2;
      12'h6e3: data = 16'h3f5;
      12'h6e4: data = 16'h3f8;
      12'h6e5: data = 16'h3fb;
      12'h6e6: data = 16'h3fe;
      12'h6e7: data = 16'h401;
      12'h6e8: data = 16'h404;
      12'h6e9: data = 16'h407;
      12'h6ea: data = 16'h40a;
      12'h6eb: data = 16'h40d;
      12'h6ec: data = 16'h410;
      12'h6ed: data = 16'h413;
      12'h6ee: data = 16'h416;
      12'h6ef: data = 16'h419;
      12'h6f0: data = 16'h41c;
      12'h6f1: data = 16'h41f;
      12'h6f2: data = 16'h422;
      12'h6f3: data = 16'h425;
      12'h6f4: data = 16'h428;
      12'h6f5: data = 16'h42b;
      12'h6f6: data = 16'h42e;
      12'h6f7: data = 16'h432;
      12'h6f8: data = 16'h435;
      12'h6f9: data = 16'h438;
      12'h6fa: data = 16'h43b;
      12'h6fb: data = 16'h43e;
      12'h6fc: data = 16'h441;
      12'h6fd: data = 16'h444;
      12'h6fe: data = 16'h447;
      12'h6ff: data = 16'h44a;
      12'h700: data = 16'h44e;
      12'h701: data = 16'h451;
      12'h702: data = 16'h454;
      12'h703: data = 16'h457;
      12'h704: data = 16'h45a;
      12'h705: data = 16'h45d;
      12'h706: data = 16'h461;
      12'h707: data = 16'h464;
      12'h708: data = 16'h467;
      12'h709: data = 16'h46a;
      12'h70a: data = 16'h46d;
      12'h70b: data = 16'h471;
      12'h70c: data = 16'h474;
      12'h70d: data = 16'h477;
      12'h70e: data = 16'h47a;
      12'h70f: data = 16'h47d;
      12'h710: data = 16'h481;
      12'h711: data = 16'h484;
      12'h712: data = 16'h487;
      12'h713: data = 16'h48a;
      12'h714: data = 16'h48e;
      12'h715: data = 16'h491;
      12'h716: data = 16'h494;
      12'h717: data = 16'h497;
      12'h718: data = 16'h49b;
      12'h719: data = 16'h49e;
      12'h71a: data = 16'h4a1;
      12'h71b: data = 16'h4a5;
      12'h71c: data = 16'h4a8;
      12'h71d: data = 16'h4ab;
      12'h71e: data = 16'h4ae;
      12'h71f: data = 16'h4b2;
      12'h720: data = 16'h4b5;
      12'h721: data = 16'h4b8;
      12'h722: data = 16'h4bc;
      12'h723: data = 16'h4bf;
      12'h724: data = 16'h4c2;
      12'h725: data = 16'h4c6;
      12'h726: data = 16'h4c9;
      12'h727: data = 16'h4cc;
      12'h728: data = 16'h4d0;
      12'h729: data = 16'h4d3;
      12'h72a: data = 16'h4d7;
      12'h72b: data = 16'h4da;
      12'h72c: data = 16'h4dd;
      12'h72d: data = 16'h4e1;
      12'h72e: data = 16'h4e4;
      12'h72f: data = 16'h4e8;
      12'h730: data = 16'h4eb;
      12'h731: data = 16'h4ee;
      12'h732: data = 16'h4f2;
      12'h733: data = 16'h4f5;
      12'h734: data = 16'h4f9;
      12'h735: data = 16'h4fc;
      12'h736: data = 16'h4ff;
      12'h737: data = 16'h503;
      12'h738: data = 16'h506;
      12'h739: data = 16'h50a;
      12'h73a: data = 16'h50d;
      12'h73b: data = 16'h511;
      12'h73c: data = 16'h514;
      12'h73d: data = 16'h518;
      12'h73e: data = 16'h51b;
      12'h73f: data = 16'h51f;
      12'h740: data = 16'h522;
      12'h741: data = 16'h526;
      12'h742: data = 16'h529;
      12'h743: data = 16'h52d;
      12'h744: data = 16'h530;
      12'h745: data = 16'h534;
      12'h746: data = 16'h537;
      12'h747: data = 16'h53b;
      12'h748: data = 16'h53e;
      12'h749: data = 16'h542;
      12'h74a: data = 16'h545;
      12'h74b: data = 16'h549;
      12'h74c: data = 16'h54c;
      12'h74d: data = 16'h550;
      12'h74e: data = 16'h553;
      12'h74f: data = 16'h557;
      12'h750: data = 16'h55a;
      12'h751: data = 16'h55e;
      12'h752: data = 16'h562;
      12'h753: data = 16'h565;
      12'h754: data = 16'h569;
      12'h755: data = 16'h56c;
      12'h756: data = 16'h570;
      12'h757: data = 16'h574;
      12'h758: data = 16'h577;
      12'h759: data = 16'h57b;
      12'h75a: data = 16'h57e;
      12'h75b: data = 16'h582;
      12'h75c: data = 16'h586;
      12'h75d: data = 16'h589;
      12'h75e: data = 16'h58d;
      12'h75f: data = 16'h590;
      12'h760: data = 16'h594;
      12'h761: data = 16'h598;
      12'h762: data = 16'h59b;
      12'h763: data = 16'h59f;
      12'h764: data = 16'h5a3;
      12'h765: data = 16'h5a6;
      12'h766: data = 16'h5aa;
      12'h767: data = 16'h5ae;
      12'h768: data = 16'h5b1;
      12'h769: data = 16'h5b5;
      12'h76a: data = 16'h5b9;
      12'h76b: data = 16'h5bc;
      12'h76c: data = 16'h5c0;
      12'h76d: data = 16'h5c4;
      12'h76e: data = 16'h5c7;
      12'h76f: data = 16'h5cb;
      12'h770: data = 16'h5cf;
      12'h771: data = 16'h5d2;
      12'h772: data = 16'h5d6;
      12'h773: data = 16'h5da;
      12'h774: data = 16'h5de;
      12'h775: data = 16'h5e1;
      12'h776: data = 16'h5e5;
      12'h777: data = 16'h5e9;
      12'h778: data = 16'h5ec;
      12'h779: data = 16'h5f0;
      12'h77a: data = 16'h5f4;
      12'h77b: data = 16'h5f8;
      12'h77c: data = 16'h5fb;
      12'h77d: data = 16'h5ff;
      12'h77e: data = 16'h603;
      12'h77f: data = 16'h607;
      12'h780: data = 16'h60a;
      12'h781: data = 16'h60e;
      12'h782: data = 16'h612;
      12'h783: data = 16'h616;
      12'h784: data = 16'h619;
      12'h785: data = 16'h61d;
      12'h786: data = 16'h621;
      12'h787: data = 16'h625;
      12'h788: data = 16'h629;
      12'h789: data = 16'h62c;
      12'h78a: data = 16'h630;
      12'h78b: data = 16'h634;
      12'h78c: data = 16'h638;
      12'h78d: data = 16'h63c;
      12'h78e: data = 16'h63f;
      12'h78f: data = 16'h643;
      12'h790: data = 16'h647;
      12'h791: data = 16'h64b;
      12'h792: data = 16'h64f;
      12'h793: data = 16'h652;
      12'h794: data = 16'h656;
      12'h795: data = 16'h65a;
      12'h796: data = 16'h65e;
      12'h797: data = 16'h662;
      12'h798: data = 16'h666;
      12'h799: data = 16'h669;
      12'h79a: data = 16'h66d;
      12'h79b: data = 16'h671;
      12'h79c: data = 16'h675;
      12'h79d: data = 16'h679;
      12'h79e: data = 16'h67d;
      12'h79f: data = 16'h681;
      12'h7a0: data = 16'h684;
      12'h7a1: data = 16'h688;
      12'h7a2: data = 16'h68c;
      12'h7a3: data = 16'h690;
      12'h7a4: data = 16'h694;
      12'h7a5: data = 16'h698;
      12'h7a6: data = 16'h69c;
      12'h7a7: data = 16'h6a0;
      12'h7a8: data = 16'h6a3;
      12'h7a9: data = 16'h6a7;
      12'h7aa: data = 16'h6ab;
      12'h7ab: data = 16'h6af;
      12'h7ac: data = 16'h6b3;
      12'h7ad: data = 16'h6b7;
      12'h7ae: data = 16'h6bb;
      12'h7af: data = 16'h6bf;
      12'h7b0: data = 16'h6c3;
      12'h7b1: data = 16'h6c6;
      12'h7b2: data = 16'h6ca;
      12'h7b3: data = 16'h6ce;
      12'h7b4: data = 16'h6d2;
      12'h7b5: data = 16'h6d6;
      12'h7b6: data = 16'h6da;
      12'h7b7: data = 16'h6de;
      12'h7b8: data = 16'h6e2;
      12'h7b9: data = 16'h6e6;
      12'h7ba: data = 16'h6ea;
      12'h7bb: data = 16'h6ee;
      12'h7bc: data = 16'h6f2;
      12'h7bd: data = 16'h6f6;
      12'h7be: data = 16'h6f9;
      12'h7bf: data = 16'h6fd;
      12'h7c0: data = 16'h701;
      12'h7c1: data = 16'h705;
      12'h7c2: data = 16'h709;
      12'h7c3: data = 16'h70d;
      12'h7c4: data = 16'h711;
      12'h7c5: data = 16'h715;
      12'h7c6: data = 16'h719;
      12'h7c7: data = 16'h71d;
      12'h7c8: data = 16'h721;
      12'h7c9: data = 16'h725;
      12'h7ca: data = 16'h729;
      12'h7cb: data = 16'h72d;
      12'h7cc: data = 16'h731;
      12'h7cd: data = 16'h735;
      12'h7ce: data = 16'h739;
      12'h7cf: data = 16'h73d;
      12'h7d0: data = 16'h741;
      12'h7d1: data = 16'h745;
      12'h7d2: data = 16'h748;
      12'h7d3: data = 16'h74c;
      12'h7d4: data = 16'h750;
      12'h7d5: data = 16'h754;
      12'h7d6: data = 16'h758;
      12'h7d7: data = 16'h75c;
      12'h7d8: data = 16'h760;
      12'h7d9: data = 16'h764;
      12'h7da: data = 16'h768;
      12'h7db: data = 16'h76c;
      12'h7dc: data = 16'h770;
      12'h7dd: data = 16'h774;
      12'h7de: data = 16'h778;
      12'h7df: data = 16'h77c;
      12'h7e0: data = 16'h780;
      12'h7e1: data = 16'h784;
      12'h7e2: data = 16'h788;
      12'h7e3: data = 16'h78c;
      12'h7e4: data = 16'h790;
      12'h7e5: data = 16'h794;
      12'h7e6: data = 16'h798;
      12'h7e7: data = 16'h79c;
      12'h7e8: data = 16'h7a0;
      12'h7e9: data = 16'h7a4;
      12'h7ea: data = 16'h7a8;
      12'h7eb: data = 16'h7ac;
      12'h7ec: data = 16'h7b0;
      12'h7ed: data = 16'h7b4;
      12'h7ee: data = 16'h7b8;
      12'h7ef: data = 16'h7bc;
      12'h7f0: data = 16'h7c0;
      12'h7f1: data = 16'h7c4;
      12'h7f2: data = 16'h7c8;
      12'h7f3: data = 16'h7cc;
      12'h7f4: data = 16'h7d0;
      12'h7f5: data = 16'h7d4;
      12'h7f6: data = 16'h7d8;
      12'h7f7: data = 16'h7dc;
      12'h7f8: data = 16'h7e0;
      12'h7f9: data = 16'h7e4;
      12'h7fa: data = 16'h7e8;
      12'h7fb: data = 16'h7ec;
      12'h7fc: data = 16'h7f0;
      12'h7fd: data = 16'h7f4;
      12'h7fe: data = 16'h7f8;
      12'h7ff: data = 16'h7fc;
      12'h800: data = 16'h800;
      12'h801: data = 16'h804;
      12'h802: data = 16'h808;
      12'h803: data = 16'h80c;
      12'h804: data = 16'h810;
      12'h805: data = 16'h814;
      12'h806: data = 16'h818;
      12'h807: data = 16'h81c;
      12'h808: data = 16'h820;
      12'h809: data = 16'h824;
      12'h80a: data = 16'h828;
      12'h80b: data = 16'h82c;
      12'h80c: data = 16'h830;
      12'h80d: data = 16'h834;
      12'h80e: data = 16'h838;
      12'h80f: data = 16'h83c;
      12'h810: data = 16'h840;
      12'h811: data = 16'h844;
      12'h812: data = 16'h848;
      12'h813: data = 16'h84c;
      12'h814: data = 16'h850;
      12'h815: data = 16'h854;
      12'h816: data = 16'h858;
      12'h817: data = 16'h85c;
      12'h818: data = 16'h860;
      12'h819: data = 16'h864;
      12'h81a: data = 16'h868;
      12'h81b: data = 16'h86c;
      12'h81c: data = 16'h870;
      12'h81d: data = 16'h874;
      12'h81e: data = 16'h878;
      12'h81f: data = 16'h87c;
      12'h820: data = 16'h880;
      12'h821: data = 16'h884;
      12'h822: data = 16'h888;
      12'h823: data = 16'h88c;
      12'h824: data = 16'h890;
      12'h825: data = 16'h894;
      12'h826: data = 16'h898;
      12'h827: data = 16'h89c;
      12'h828: data = 16'h8a0;
      12'h829: data = 16'h8a4;
      12'h82a: data = 16'h8a8;
      12'h82b: data = 16'h8ac;
      12'h82c: data = 16'h8b0;
      12'h82d: data = 16'h8b4;
      12'h82e: data = 16'h8b8;
      12'h82f: data = 16'h8bb;
      12'h830: data = 16'h8bf;
      12'h831: data = 16'h8c3;
      12'h832: data = 16'h8c7;
      12'h833: data = 16'h8cb;
      12'h834: data = 16'h8cf;
      12'h835: data = 16'h8d3;
      12'h836: data = 16'h8d7;
      12'h837: data = 16'h8db;
      12'h838: data = 16'h8df;
      12'h839: data = 16'h8e3;
      12'h83a: data = 16'h8e7;
      12'h83b: data = 16'h8eb;
      12'h83c: data = 16'h8ef;
      12'h83d: data = 16'h8f3;
      12'h83e: data = 16'h8f7;
      12'h83f: data = 16'h8fb;
      12'h840: data = 16'h8ff;
      12'h841: data = 16'h903;
      12'h842: data = 16'h907;
      12'h843: data = 16'h90a;
      12'h844: data = 16'h90e;
      12'h845: data = 16'h912;
      12'h846: data = 16'h916;
      12'h847: data = 16'h91a;
      12'h848: data = 16'h91e;
      12'h849: data = 16'h922;
      12'h84a: data = 16'h926;
      12'h84b: data = 16'h92a;
      12'h84c: data = 16'h92e;
      12'h84d: data = 16'h932;
      12'h84e: data = 16'h936;
      12'h84f: data = 16'h93a;
      12'h850: data = 16'h93d;
      12'h851: data = 16'h941;
      12'h852: data = 16'h945;
      12'h853: data = 16'h949;
      12'h854: data = 16'h94d;
      12'h855: data = 16'h951;
      12'h856: data = 16'h955;
      12'h857: data = 16'h959;
      12'h858: data = 16'h95d;
      12'h859: data = 16'h960;
      12'h85a: data = 16'h964;
      12'h85b: data = 16'h968;
      12'h85c: data = 16'h96c;
      12'h85d: data = 16'h970;
      12'h85e: data = 16'h974;
      12'h85f: data = 16'h978;
      12'h860: data = 16'h97c;
      12'h861: data = 16'h97f;
      12'h862: data = 16'h983;
      12'h863: data = 16'h987;
      12'h864: data = 16'h98b;
      12'h865: data = 16'h98f;
      12'h866: data = 16'h993;
      12'h867: data = 16'h997;
      12'h868: data = 16'h99a;
      12'h869: data = 16'h99e;
      12'h86a: data = 16'h9a2;
      12'h86b: data = 16'h9a6;
      12'h86c: data = 16'h9aa;
      12'h86d: data = 16'h9ae;
      12'h86e: data = 16'h9b1;
      12'h86f: data = 16'h9b5;
      12'h870: data = 16'h9b9;
      12'h871: data = 16'h9bd;
      12'h872: data = 16'h9c1;
      12'h873: data = 16'h9c4;
      12'h874: data = 16'h9c8;
      12'h875: data = 16'h9cc;
      12'h876: data = 16'h9d0;
      12'h877: data = 16'h9d4;
      12'h878: data = 16'h9d7;
      12'h879: data = 16'h9db;
      12'h87a: data = 16'h9df;
      12'h87b: data = 16'h9e3;
      12'h87c: data = 16'h9e7;
      12'h87d: data = 16'h9ea;
      12'h87e: data = 16'h9ee;
      12'h87f: data = 16'h9f2;
      12'h880: data = 16'h9f6;
      12'h881: data = 16'h9f9;
      12'h882: data = 16'h9fd;
      12'h883: data = 16'ha01;
      12'h884: data = 16'ha05;
      12'h885: data = 16'ha08;
      12'h886: data = 16'ha0c;
      12'h887: data = 16'ha10;
      12'h888: data = 16'ha14;
      12'h889: data = 16'ha17;
      12'h88a: data = 16'ha1b;
      12'h88b: data = 16'ha1f;
      12'h88c: data = 16'ha22;
      12'h88d: data = 16'ha26;
      12'h88e: data = 16'ha2a;
      12'h88f: data = 16'ha2e;
      12'h890: data = 16'ha31;
      12'h891: data = 16'ha35;
      12'h892: data = 16'ha39;
      12'h893: data = 16'ha3c;
      12'h894: data = 16'ha40;
      12'h895: data = 16'ha44;
      12'h896: data = 16'ha47;
      12'h897: data = 16'ha4b;
      12'h898: data = 16'ha4f;
      12'h899: data = 16'ha52;
      12'h89a: data = 16'ha56;
      12'h89b: data = 16'ha5a;
      12'h89c: data = 16'ha5d;
      12'h89d: data = 16'ha61;
      12'h89e: data = 16'ha65;
      12'h89f: data = 16'ha68;
      12'h8a0: data = 16'ha6c;
      12'h8a1: data = 16'ha70;
      12'h8a2: data = 16'ha73;
      12'h8a3: data = 16'ha77;
      12'h8a4: data = 16'ha7a;
      12'h8a5: data = 16'ha7e;
      12'h8a6: data = 16'ha82;
      12'h8a7: data = 16'ha85;
      12'h8a8: data = 16'ha89;
      12'h8a9: data = 16'ha8c;
      12'h8aa: data = 16'ha90;
      12'h8ab: data = 16'ha94;
      12'h8ac: data = 16'ha97;
      12'h8ad: data = 16'ha9b;
      12'h8ae: data = 16'ha9e;
      12'h8af: data = 16'haa2;
      12'h8b0: data = 16'haa6;
      12'h8b1: data = 16'haa9;
      12'h8b2: data = 16'haad;
      12'h8b3: data = 16'hab0;
      12'h8b4: data = 16'hab4;
      12'h8b5: data = 16'hab7;
      12'h8b6: data = 16'habb;
      12'h8b7: data = 16'habe;
      12'h8b8: data = 16'hac2;
      12'h8b9: data = 16'hac5;
      12'h8ba: data = 16'hac9;
      12'h8bb: data = 16'hacc;
      12'h8bc: data = 16'had0;
      12'h8bd: data = 16'had3;
      12'h8be: data = 16'had7;
      12'h8bf: data = 16'hada;
      12'h8c0: data = 16'hade;
      12'h8c1: data = 16'hae1;
      12'h8c2: data = 16'hae5;
      12'h8c3: data = 16'hae8;
      12'h8c4: data = 16'haec;
      12'h8c5: data = 16'haef;
      12'h8c6: data = 16'haf3;
      12'h8c7: data = 16'haf6;
      12'h8c8: data = 16'hafa;
      12'h8c9: data = 16'hafd;
      12'h8ca: data = 16'hb01;
      12'h8cb: data = 16'hb04;
      12'h8cc: data = 16'hb07;
      12'h8cd: data = 16'hb0b;
      12'h8ce: data = 16'hb0e;
      12'h8cf: data = 16'hb12;
      12'h8d0: data = 16'hb15;
      12'h8d1: data = 16'hb18;
      12'h8d2: data = 16'hb1c;
      12'h8d3: data = 16'hb1f;
      12'h8d4: data = 16'hb23;
      12'h8d5: data = 16'hb26;
      12'h8d6: data = 16'hb29;
      12'h8d7: data = 16'hb2d;
      12'h8d8: data = 16'hb30;
      12'h8d9: data = 16'hb34;
      12'h8da: data = 16'hb37;
      12'h8db: data = 16'hb3a;
      12'h8dc: data = 16'hb3e;
      12'h8dd: data = 16'hb41;
      12'h8de: data = 16'hb44;
      12'h8df: data = 16'hb48;
      12'h8e0: data = 16'hb4b;
      12'h8e1: data = 16'hb4e;
      12'h8e2: data = 16'hb52;
      12'h8e3: data = 16'hb55;
      12'h8e4: data = 16'hb58;
      12'h8e5: data = 16'hb5b;
      12'h8e6: data = 16'hb5f;
      12'h8e7: data = 16'hb62;
      12'h8e8: data = 16'hb65;
      12'h8e9: data = 16'hb69;
      12'h8ea: data = 16'hb6c;
      12'h8eb: data = 16'hb6f;
      12'h8ec: data = 16'hb72;
      12'h8ed: data = 16'hb76;
      12'h8ee: data = 16'hb79;
      12'h8ef: data = 16'hb7c;
      12'h8f0: data = 16'hb7f;
      12'h8f1: data = 16'hb83;
      12'h8f2: data = 16'hb86;
      12'h8f3: data = 16'hb89;
      12'h8f4: data = 16'hb8c;
      12'h8f5: data = 16'hb8f;
      12'h8f6: data = 16'hb93;
      12'h8f7: data = 16'hb96;
      12'h8f8: data = 16'hb99;
      12'h8f9: data = 16'hb9c;
      12'h8fa: data = 16'hb9f;
      12'h8fb: data = 16'hba3;
      12'h8fc: data = 16'hba6;
      12'h8fd: data = 16'hba9;
      12'h8fe: data = 16'hbac;
      12'h8ff: data = 16'hbaf;
      12'h900: data = 16'hbb2;
      12'h901: data = 16'hbb6;
      12'h902: data = 16'hbb9;
      12'h903: data = 16'hbbc;
      12'h904: data = 16'hbbf;
      12'h905: data = 16'hbc2;
      12'h906: data = 16'hbc5;
      12'h907: data = 16'hbc8;
      12'h908: data = 16'hbcb;
      12'h909: data = 16'hbce;
      12'h90a: data = 16'hbd2;
      12'h90b: data = 16'hbd5;
      12'h90c: data = 16'hbd8;
      12'h90d: data = 16'hbdb;
      12'h90e: data = 16'hbde;
      12'h90f: data = 16'hbe1;
      12'h910: data = 16'hbe4;
      12'h911: data = 16'hbe7;
      12'h912: data = 16'hbea;
      12'h913: data = 16'hbed;
      12'h914: data = 16'hbf0;
      12'h915: data = 16'hbf3;
      12'h916: data = 16'hbf6;
      12'h917: data = 16'hbf9;
      12'h918: data = 16'hbfc;
      12'h919: data = 16'hbff;
      12'h91a: data = 16'hc02;
      12'h91b: data = 16'hc05;
      12'h91c: data = 16'hc08;
      12'h91d: data = 16'hc0b;
      12'h91e: data = 16'hc0e;
      12'h91f: data = 16'hc11;
      12'h920: data = 16'hc14;
      12'h921: data = 16'hc17;
      12'h922: data = 16'hc1a;
      12'h923: data = 16'hc1d;
      12'h924: data = 16'hc20;
      12'h925: data = 16'hc23;
      12'h926: data = 16'hc26;
      12'h927: data = 16'hc29;
      12'h928: data = 16'hc2c;
      12'h929: data = 16'hc2f;
      12'h92a: data = 16'hc31;
      12'h92b: data = 16'hc34;
      12'h92c: data = 16'hc37;
      12'h92d: data = 16'hc3a;
      12'h92e: data = 16'hc3d;
      12'h92f: data = 16'hc40;
      12'h930: data = 16'hc43;
      12'h931: data = 16'hc46;
      12'h932: data = 16'hc48;
      12'h933: data = 16'hc4b;
      12'h934: data = 16'hc4e;
      12'h935: data = 16'hc51;
      12'h936: data = 16'hc54;
      12'h937: data = 16'hc57;
      12'h938: data = 16'hc59;
      12'h939: data = 16'hc5c;
      12'h93a: data = 16'hc5f;
      12'h93b: data = 16'hc62;
      12'h93c: data = 16'hc65;
      12'h93d: data = 16'hc67;
      12'h93e: data = 16'hc6a;
      12'h93f: data = 16'hc6d;
      12'h940: data = 16'hc70;
      12'h941: data = 16'hc73;
      12'h942: data = 16'hc75;
      12'h943: data = 16'hc78;
      12'h944: data = 16'hc7b;
      12'h945: data = 16'hc7e;
      12'h946: data = 16'hc80;
      12'h947: data = 16'hc83;
      12'h948: data = 16'hc86;
      12'h949: data = 16'hc89;
      12'h94a: data = 16'hc8b;
      12'h94b: data = 16'hc8e;
      12'h94c: data = 16'hc91;
      12'h94d: data = 16'hc93;
      12'h94e: data = 16'hc96;
      12'h94f: data = 16'hc99;
      12'h950: data = 16'hc9b;
      12'h951: data = 16'hc9e;
      12'h952: data = 16'hca1;
      12'h953: data = 16'hca3;
      12'h954: data = 16'hca6;
      12'h955: data = 16'hca9;
      12'h956: data = 16'hcab;
      12'h957: data = 16'hcae;
      12'h958: data = 16'hcb1;
      12'h959: data = 16'hcb3;
      12'h95a: data = 16'hcb6;
      12'h95b: data = 16'hcb8;
      12'h95c: data = 16'hcbb;
      12'h95d: data = 16'hcbe;
      12'h95e: data = 16'hcc0;
      12'h95f: data = 16'hcc3;
      12'h960: data = 16'hcc5;
      12'h961: data = 16'hcc8;
      12'h962: data = 16'hccb;
      12'h963: data = 16'hccd;
      12'h964: data = 16'hcd0;
      12'h965: data = 16'hcd2;
      12'h966: data = 16'hcd5;
      12'h967: data = 16'hcd7;
      12'h968: data = 16'hcda;
      12'h969: data = 16'hcdc;
      12'h96a: data = 16'hcdf;
      12'h96b: data = 16'hce1;
      12'h96c: data = 16'hce4;
      12'h96d: data = 16'hce6;
      12'h96e: data = 16'hce9;
      12'h96f: data = 16'hceb;
      12'h970: data = 16'hcee;
      12'h971: data = 16'hcf0;
      12'h972: data = 16'hcf3;
      12'h973: data = 16'hcf5;
      12'h974: data = 16'hcf8;
      12'h975: data = 16'hcfa;
      12'h976: data = 16'hcfd;
      12'h977: data = 16'hcff;
      12'h978: data = 16'hd02;
      12'h979: data = 16'hd04;
      12'h97a: data = 16'hd06;
      12'h97b: data = 16'hd09;
      12'h97c: data = 16'hd0b;
      12'h97d: data = 16'hd0e;
      12'h97e: data = 16'hd10;
      12'h97f: data = 16'hd12;
      12'h980: data = 16'hd15;
      12'h981: data = 16'hd17;
      12'h982: data = 16'hd1a;
      12'h983: data = 16'hd1c;
      12'h984: data = 16'hd1e;
      12'h985: data = 16'hd21;
      12'h986: data = 16'hd23;
      12'h987: data = 16'hd25;
      12'h988: data = 16'hd28;
      12'h989: data = 16'hd2a;
      12'h98a: data = 16'hd2c;
      12'h98b: data = 16'hd2f;
      12'h98c: data = 16'hd31;
      12'h98d: data = 16'hd33;
      12'h98e: data = 16'hd36;
      12'h98f: data = 16'hd38;
      12'h990: data = 16'hd3a;
      12'h991: data = 16'hd3d;
      12'h992: data = 16'hd3f;
      12'h993: data = 16'hd41;
      12'h994: data = 16'hd43;
      12'h995: data = 16'hd46;
      12'h996: data = 16'hd48;
      12'h997: data = 16'hd4a;
      12'h998: data = 16'hd4c;
      12'h999: data = 16'hd4f;
      12'h99a: data = 16'hd51;
      12'h99b: data = 16'hd53;
      12'h99c: data = 16'hd55;
      12'h99d: data = 16'hd58;
      12'h99e: data = 16'hd5a;
      12'h99f: data = 16'hd5c;
      12'h9a0: data = 16'hd5e;
      12'h9a1: data = 16'hd60;
      12'h9a2: data = 16'hd63;
      12'h9a3: data = 16'hd65;
      12'h9a4: data = 16'hd67;
      12'h9a5: data = 16'hd69;
      12'h9a6: data = 16'hd6b;
      12'h9a7: data = 16'hd6d;
      12'h9a8: data = 16'hd70;
      12'h9a9: data = 16'hd72;
      12'h9aa: data = 16'hd74;
      12'h9ab: data = 16'hd76;
      12'h9ac: data = 16'hd78;
      12'h9ad: data = 16'hd7a;
      12'h9ae: data = 16'hd7c;
      12'h9af: data = 16'hd7e;
      12'h9b0: data = 16'hd81;
      12'h9b1: data = 16'hd83;
      12'h9b2: data = 16'hd85;
      12'h9b3: data = 16'hd87;
      12'h9b4: data = 16'hd89;
      12'h9b5: data = 16'hd8b;
      12'h9b6: data = 16'hd8d;
      12'h9b7: data = 16'hd8f;
      12'h9b8: data = 16'hd91;
      12'h9b9: data = 16'hd93;
      12'h9ba: data = 16'hd95;
      12'h9bb: data = 16'hd97;
      12'h9bc: data = 16'hd99;
      12'h9bd: data = 16'hd9c;
      12'h9be: data = 16'hd9e;
      12'h9bf: data = 16'hda0;
      12'h9c0: data = 16'hda2;
      12'h9c1: data = 16'hda4;
      12'h9c2: data = 16'hda6;
      12'h9c3: data = 16'hda8;
      12'h9c4: data = 16'hdaa;
      12'h9c5: data = 16'hdac;
      12'h9c6: data = 16'hdae;
      12'h9c7: data = 16'hdb0;
      12'h9c8: data = 16'hdb2;
      12'h9c9: data = 16'hdb4;
      12'h9ca: data = 16'hdb6;
      12'h9cb: data = 16'hdb7;
      12'h9cc: data = 16'hdb9;
      12'h9cd: data = 16'hdbb;
      12'h9ce: data = 16'hdbd;
      12'h9cf: data = 16'hdbf;
      12'h9d0: data = 16'hdc1;
      12'h9d1: data = 16'hdc3;
      12'h9d2: data = 16'hdc5;
      12'h9d3: data = 16'hdc7;
      12'h9d4: data = 16'hdc9;
      12'h9d5: data = 16'hdcb;
      12'h9d6: data = 16'hdcd;
      12'h9d7: data = 16'hdcf;
      12'h9d8: data = 16'hdd0;
      12'h9d9: data = 16'hdd2;
      12'h9da: data = 16'hdd4;
      12'h9db: data = 16'hdd6;
      12'h9dc: data = 16'hdd8;
      12'h9dd: data = 16'hdda;
      12'h9de: data = 16'hddc;
      12'h9df: data = 16'hdde;
      12'h9e0: data = 16'hddf;
      12'h9e1: data = 16'hde1;
      12'h9e2: data = 16'hde3;
      12'h9e3: data = 16'hde5;
      12'h9e4: data = 16'hde7;
      12'h9e5: data = 16'hde9;
      12'h9e6: data = 16'hdea;
      12'h9e7: data = 16'hdec;
      12'h9e8: data = 16'hdee;
      12'h9e9: data = 16'hdf0;
      12'h9ea: data = 16'hdf2;
      12'h9eb: data = 16'hdf3;
      12'h9ec: data = 16'hdf5;
      12'h9ed: data = 16'hdf7;
      12'h9ee: data = 16'hdf9;
      12'h9ef: data = 16'hdfa;
      12'h9f0: data = 16'hdfc;
      12'h9f1: data = 16'hdfe;
      12'h9f2: data = 16'he00;
      12'h9f3: data = 16'he01;
      12'h9f4: data = 16'he03;
      12'h9f5: data = 16'he05;
      12'h9f6: data = 16'he07;
      12'h9f7: data = 16'he08;
      12'h9f8: data = 16'he0a;
      12'h9f9: data = 16'he0c;
      12'h9fa: data = 16'he0e;
      12'h9fb: data = 16'he0f;
      12'h9fc: data = 16'he11;
      12'h9fd: data = 16'he13;
      12'h9fe: data = 16'he14;
      12'h9ff: data = 16'he16;
      12'ha00: data = 16'he18;
      12'ha01: data = 16'he19;
      12'ha02: data = 16'he1b;
      12'ha03: data = 16'he1d;
      12'ha04: data = 16'he1e;
      12'ha05: data = 16'he20;
      12'ha06: data = 16'he22;
      12'ha07: data = 16'he23;
      12'ha08: data = 16'he25;
      12'ha09: data = 16'he27;
      12'ha0a: data = 16'he28;
      12'ha0b: data = 16'he2a;
      12'ha0c: data = 16'he2c;
      12'ha0d: data = 16'he2d;
      12'ha0e: data = 16'he2f;
      12'ha0f: data = 16'he30;
      12'ha10: data = 16'he32;
      12'ha11: data = 16'he34;
      12'ha12: data = 16'he35;
      12'ha13: data = 16'he37;
      12'ha14: data = 16'he38;
      12'ha15: data = 16'he3a;
      12'ha16: data = 16'he3c;
      12'ha17: data = 16'he3d;
      12'ha18: data = 16'he3f;
      12'ha19: data = 16'he40;
      12'ha1a: data = 16'he42;
      12'ha1b: data = 16'he43;
      12'ha1c: data = 16'he45;
      12'ha1d: data = 16'he46;
      12'ha1e: data = 16'he48;
      12'ha1f: data = 16'he49;
      12'ha20: data = 16'he4b;
      12'ha21: data = 16'he4d;
      12'ha22: data = 16'he4e;
      12'ha23: data = 16'he50;
      12'ha24: data = 16'he51;
      12'ha25: data = 16'he53;
      12'ha26: data = 16'he54;
      12'ha27: data = 16'he56;
      12'ha28: data = 16'he57;
      12'ha29: data = 16'he59;
      12'ha2a: data = 16'he5a;
      12'ha2b: data = 16'he5b;
      12'ha2c: data = 16'he5d;
      12'ha2d: data = 16'he5e;
      12'ha2e: data = 16'he60;
      12'ha2f: data = 16'he61;
      12'ha30: data = 16'he63;
      12'ha31: data = 16'he64;
      12'ha32: data = 16'he66;
      12'ha33: data = 16'he67;
      12'ha34: data = 16'he69;
      12'ha35: data = 16'he6a;
      12'ha36: data = 16'he6b;
      12'ha37: data = 16'he6d;
      12'ha38: data = 16'he6e;
      12'ha39: data = 16'he70;
      12'ha3a: data = 16'he71;
      12'ha3b: data = 16'he72;
      12'ha3c: data = 16'he74;
      12'ha3d: data = 16'he75;
      12'ha3e: data = 16'he77;
      12'ha3f: data = 16'he78;
      12'ha40: data = 16'he79;
      12'ha41: data = 16'he7b;
      12'ha42: data = 16'he7c;
      12'ha43: data = 16'he7e;
      12'ha44: data = 16'he7f;
      12'ha45: data = 16'he80;
      12'ha46: data = 16'he82;
      12'ha47: data = 16'he83;
      12'ha48: data = 16'he84;
      12'ha49: data = 16'he86;
      12'ha4a: data = 16'he87;
      12'ha4b: data = 16'he88;
      12'ha4c: data = 16'he8a;
      12'ha4d: data = 16'he8b;
      12'ha4e: data = 16'he8c;
      12'ha4f: data = 16'he8e;
      12'ha50: data = 16'he8f;
      12'ha51: data = 16'he90;
      12'ha52: data = 16'he92;
      12'ha53: data = 16'he93;
      12'ha54: data = 16'he94;
      12'ha55: data = 16'he95;
      12'ha56: data = 16'he97;
      12'ha57: data = 16'he98;
      12'ha58: data = 16'he99;
      12'ha59: data = 16'he9b;
      12'ha5a: data = 16'he9c;
      12'ha5b: data = 16'he9d;
      12'ha5c: data = 16'he9e;
      12'ha5d: data = 16'hea0;
      12'ha5e: data = 16'hea1;
      12'ha5f: data = 16'hea2;
      12'ha60: data = 16'hea3;
      12'ha61: data = 16'hea5;
      12'ha62: data = 16'hea6;
      12'ha63: data = 16'hea7;
      12'ha64: data = 16'hea8;
      12'ha65: data = 16'heaa;
      12'ha66: data = 16'heab;
      12'ha67: data = 16'heac;
      12'ha68: data = 16'head;
      12'ha69: data = 16'heae;
      12'ha6a: data = 16'heb0;
      12'ha6b: data = 16'heb1;
      12'ha6c: data = 16'heb2;
      12'ha6d: data = 16'heb3;
      12'ha6e: data = 16'heb4;
      12'ha6f: data = 16'heb6;
      12'ha70: data = 16'heb7;
      12'ha71: data = 16'heb8;
      12'ha72: data = 16'heb9;
      12'ha73: data = 16'heba;
      12'ha74: data = 16'hebc;
      12'ha75: data = 16'hebd;
      12'ha76: data = 16'hebe;
      12'ha77: data = 16'hebf;
      12'ha78: data = 16'hec0;
      12'ha79: data = 16'hec1;
      12'ha7a: data = 16'hec2;
      12'ha7b: data = 16'hec4;
      12'ha7c: data = 16'hec5;
      12'ha7d: data = 16'hec6;
      12'ha7e: data = 16'hec7;
      12'ha7f: data = 16'hec8;
      12'ha80: data = 16'hec9;
      12'ha81: data = 16'heca;
      12'ha82: data = 16'hecc;
      12'ha83: data = 16'hecd;
      12'ha84: data = 16'hece;
      12'ha85: data = 16'hecf;
      12'ha86: data = 16'hed0;
      12'ha87: data = 16'hed1;
      12'ha88: data = 16'hed2;
      12'ha89: data = 16'hed3;
      12'ha8a: data = 16'hed4;
      12'ha8b: data = 16'hed5;
      12'ha8c: data = 16'hed6;
      12'ha8d: data = 16'hed8;
      12'ha8e: data = 16'hed9;
      12'ha8f: data = 16'heda;
      12'ha90: data = 16'hedb;
      12'ha91: data = 16'hedc;
      12'ha92: data = 16'hedd;
      12'ha93: data = 16'hede;
      12'ha94: data = 16'hedf;
      12'ha95: data = 16'hee0;
      12'ha96: data = 16'hee1;
      12'ha97: data = 16'hee2;
      12'ha98: data = 16'hee3;
      12'ha99: data = 16'hee4;
      12'ha9a: data = 16'hee5;
      12'ha9b: data = 16'hee6;
      12'ha9c: data = 16'hee7;
      12'ha9d: data = 16'hee8;
      12'ha9e: data = 16'hee9;
      12'ha9f: data = 16'heea;
      12'haa0: data = 16'heeb;
      12'haa1: data = 16'heec;
      12'haa2: data = 16'heed;
      12'haa3: data = 16'heee;
      12'haa4: data = 16'heef;
      12'haa5: data = 16'hef0;
      12'haa6: data = 16'hef1;
      12'haa7: data = 16'hef2;
      12'haa8: data = 16'hef3;
      12'haa9: data = 16'hef4;
      12'haaa: data = 16'hef5;
      12'haab: data = 16'hef6;
      12'haac: data = 16'hef7;
      12'haad: data = 16'hef8;
      12'haae: data = 16'hef9;
      12'haaf: data = 16'hefa;
      12'hab0: data = 16'hefb;
      12'hab1: data = 16'hefc;
      12'hab2: data = 16'hefd;
      12'hab3: data = 16'hefe;
      12'hab4: data = 16'heff;
      12'hab5: data = 16'hf00;
      12'hab6: data = 16'hf01;
      12'hab7: data = 16'hf02;
      12'hab8: data = 16'hf03;
      12'hab9: data = 16'hf03;
      12'haba: data = 16'hf04;
      12'habb: data = 16'hf05;
      12'habc: data = 16'hf06;
      12'habd: data = 16'hf07;
      12'habe: data = 16'hf08;
      12'habf: data = 16'hf09;
      12'hac0: data = 16'hf0a;
      12'hac1: data = 16'hf0b;
      12'hac2: data = 16'hf0c;
      12'hac3: data = 16'hf0d;
      12'hac4: data = 16'hf0d;
      12'hac5: data = 16'hf0e;
      12'hac6: data = 16'hf0f;
      12'hac7: data = 16'hf10;
      12'hac8: data = 16'hf11;
      12'hac9: data = 16'hf12;
      12'haca: data = 16'hf13;
      12'hacb: data = 16'hf14;
      12'hacc: data = 16'hf15;
      12'hacd: data = 16'hf15;
      12'hace: data = 16'hf16;
      12'hacf: data = 16'hf17;
      12'had0: data = 16'hf18;
      12'had1: data = 16'hf19;
      12'had2: data = 16'hf1a;
      12'had3: data = 16'hf1b;
      12'had4: data = 16'hf1b;
      12'had5: data = 16'hf1c;
      12'had6: data = 16'hf1d;
      12'had7: data = 16'hf1e;
      12'had8: data = 16'hf1f;
      12'had9: data = 16'hf20;
      12'hada: data = 16'hf20;
      12'hadb: data = 16'hf21;
      12'hadc: data = 16'hf22;
      12'hadd: data = 16'hf23;
      12'hade: data = 16'hf24;
      12'hadf: data = 16'hf24;
      12'hae0: data = 16'hf25;
      12'hae1: data = 16'hf26;
      12'hae2: data = 16'hf27;
      12'hae3: data = 16'hf28;
      12'hae4: data = 16'hf28;
      12'hae5: data = 16'hf29;
      12'hae6: data = 16'hf2a;
      12'hae7: data = 16'hf2b;
      12'hae8: data = 16'hf2c;
      12'hae9: data = 16'hf2c;
      12'haea: data = 16'hf2d;
      12'haeb: data = 16'hf2e;
      12'haec: data = 16'hf2f;
      12'haed: data = 16'hf30;
      12'haee: data = 16'hf30;
      12'haef: data = 16'hf31;
      12'haf0: data = 16'hf32;
      12'haf1: data = 16'hf33;
      12'haf2: data = 16'hf33;
      12'haf3: data = 16'hf34;
      12'haf4: data = 16'hf35;
      12'haf5: data = 16'hf36;
      12'haf6: data = 16'hf36;
      12'haf7: data = 16'hf37;
      12'haf8: data = 16'hf38;
      12'haf9: data = 16'hf39;
      12'hafa: data = 16'hf39;
      12'hafb: data = 16'hf3a;
      12'hafc: data = 16'hf3b;
      12'hafd: data = 16'hf3c;
      12'hafe: data = 16'hf3c;
      12'haff: data = 16'hf3d;
      12'hb00: data = 16'hf3e;
      12'hb01: data = 16'hf3e;
      12'hb02: data = 16'hf3f;
      12'hb03: data = 16'hf40;
      12'hb04: data = 16'hf41;
      12'hb05: data = 16'hf41;
      12'hb06: data = 16'hf42;
      12'hb07: data = 16'hf43;
      12'hb08: data = 16'hf43;
      12'hb09: data = 16'hf44;
      12'hb0a: data = 16'hf45;
      12'hb0b: data = 16'hf46;
      12'hb0c: data = 16'hf46;
      12'hb0d: data = 16'hf47;
      12'hb0e: data = 16'hf48;
      12'hb0f: data = 16'hf48;
      12'hb10: data = 16'hf49;
      12'hb11: data = 16'hf4a;
      12'hb12: data = 16'hf4a;
      12'hb13: data = 16'hf4b;
      12'hb14: data = 16'hf4c;
      12'hb15: data = 16'hf4c;
      12'hb16: data = 16'hf4d;
      12'hb17: data = 16'hf4e;
      12'hb18: data = 16'hf4e;
      12'hb19: data = 16'hf4f;
      12'hb1a: data = 16'hf50;
      12'hb1b: data = 16'hf50;
      12'hb1c: data = 16'hf51;
      12'hb1d: data = 16'hf52;
      12'hb1e: data = 16'hf52;
      12'hb1f: data = 16'hf53;
      12'hb20: data = 16'hf54;
      12'hb21: data = 16'hf54;
      12'hb22: data = 16'hf55;
      12'hb23: data = 16'hf56;
      12'hb24: data = 16'hf56;
      12'hb25: data = 16'hf57;
      12'hb26: data = 16'hf57;
      12'hb27: data = 16'hf58;
      12'hb28: data = 16'hf59;
      12'hb29: data = 16'hf59;
      12'hb2a: data = 16'hf5a;
      12'hb2b: data = 16'hf5b;
      12'hb2c: data = 16'hf5b;
      12'hb2d: data = 16'hf5c;
      12'hb2e: data = 16'hf5c;
      12'hb2f: data = 16'hf5d;
      12'hb30: data = 16'hf5e;
      12'hb31: data = 16'hf5e;
      12'hb32: data = 16'hf5f;
      12'hb33: data = 16'hf5f;
      12'hb34: data = 16'hf60;
      12'hb35: data = 16'hf61;
      12'hb36: data = 16'hf61;
      12'hb37: data = 16'hf62;
      12'hb38: data = 16'hf62;
      12'hb39: data = 16'hf63;
      12'hb3a: data = 16'hf64;
      12'hb3b: data = 16'hf64;
      12'hb3c: data = 16'hf65;
      12'hb3d: data = 16'hf65;
      12'hb3e: data = 16'hf66;
      12'hb3f: data = 16'hf67;
      12'hb40: data = 16'hf67;
      12'hb41: data = 16'hf68;
      12'hb42: data = 16'hf68;
      12'hb43: data = 16'hf69;
      12'hb44: data = 16'hf69;
      12'hb45: data = 16'hf6a;
      12'hb46: data = 16'hf6b;
      12'hb47: data = 16'hf6b;
      12'hb48: data = 16'hf6c;
      12'hb49: data = 16'hf6c;
      12'hb4a: data = 16'hf6d;
      12'hb4b: data = 16'hf6d;
      12'hb4c: data = 16'hf6e;
      12'hb4d: data = 16'hf6e;
      12'hb4e: data = 16'hf6f;
      12'hb4f: data = 16'hf70;
      12'hb50: data = 16'hf70;
      12'hb51: data = 16'hf71;
      12'hb52: data = 16'hf71;
      12'hb53: data = 16'hf72;
      12'hb54: data = 16'hf72;
      12'hb55: data = 16'hf73;
      12'hb56: data = 16'hf73;
      12'hb57: data = 16'hf74;
      12'hb58: data = 16'hf74;
      12'hb59: data = 16'hf75;
      12'hb5a: data = 16'hf75;
      12'hb5b: data = 16'hf76;
      12'hb5c: data = 16'hf76;
      12'hb5d: data = 16'hf77;
      12'hb5e: data = 16'hf77;
      12'hb5f: data = 16'hf78;
      12'hb60: data = 16'hf78;
      12'hb61: data = 16'hf79;
      12'hb62: data = 16'hf79;
      12'hb63: data = 16'hf7a;
      12'hb64: data = 16'hf7b;
      12'hb65: data = 16'hf7b;
      12'hb66: data = 16'hf7c;
      12'hb67: data = 16'hf7c;
      12'hb68: data = 16'hf7d;
      12'hb69: data = 16'hf7d;
      12'hb6a: data = 16'hf7e;
      12'hb6b: data = 16'hf7e;
      12'hb6c: data = 16'hf7e;
      12'hb6d: data = 16'hf7f;
      12'hb6e: data = 16'hf7f;
      12'hb6f: data = 16'hf80;
      12'hb70: data = 16'hf80;
      12'hb71: data = 16'hf81;
      12'hb72: data = 16'hf81;
      12'hb73: data = 16'hf82;
      12'hb74: data = 16'hf82;
      12'hb75: data = 16'hf83;
      12'hb76: data = 16'hf83;
      12'hb77: data = 16'hf84;
      12'hb78: data = 16'hf84;
      12'hb79: data = 16'hf85;
      12'hb7a: data = 16'hf85;
      12'hb7b: data = 16'hf86;
      12'hb7c: data = 16'hf86;
      12'hb7d: data = 16'hf87;
      12'hb7e: data = 16'hf87;
      12'hb7f: data = 16'hf87;
      12'hb80: data = 16'hf88;
      12'hb81: data = 16'hf88;
      12'hb82: data = 16'hf89;
      12'hb83: data = 16'hf89;
      12'hb84: data = 16'hf8a;
      12'hb85: data = 16'hf8a;
      12'hb86: data = 16'hf8b;
      12'hb87: data = 16'hf8b;
      12'hb88: data = 16'hf8c;
      12'hb89: data = 16'hf8c;
      12'hb8a: data = 16'hf8c;
      12'hb8b: data = 16'hf8d;
      12'hb8c: data = 16'hf8d;
      12'hb8d: data = 16'hf8e;
      12'hb8e: data = 16'hf8e;
      12'hb8f: data = 16'hf8f;
      12'hb90: data = 16'hf8f;
      12'hb91: data = 16'hf8f;
      12'hb92: data = 16'hf90;
      12'hb93: data = 16'hf90;
      12'hb94: data = 16'hf91;
      12'hb95: data = 16'hf91;
      12'hb96: data = 16'hf92;
      12'hb97: data = 16'hf92;
      12'hb98: data = 16'hf92;
      12'hb99: data = 16'hf93;
      12'hb9a: data = 16'hf93;
      12'hb9b: data = 16'hf94;
      12'hb9c: data = 16'hf94;
      12'hb9d: data = 16'hf94;
      12'hb9e: data = 16'hf95;
      12'hb9f: data = 16'hf95;
      12'hba0: data = 16'hf96;
      12'hba1: data = 16'hf96;
      12'hba2: data = 16'hf96;
      12'hba3: data = 16'hf97;
      12'hba4: data = 16'hf97;
      12'hba5: data = 16'hf98;
      12'hba6: data = 16'hf98;
      12'hba7: data = 16'hf98;
      12'hba8: data = 16'hf99;
      12'hba9: data = 16'hf99;
      12'hbaa: data = 16'hf9a;
      12'hbab: data = 16'hf9a;
      12'hbac: data = 16'hf9a;
      12'hbad: data = 16'hf9b;
      12'hbae: data = 16'hf9b;
      12'hbaf: data = 16'hf9c;
      12'hbb0: data = 16'hf9c;
      12'hbb1: data = 16'hf9c;
      12'hbb2: data = 16'hf9d;
      12'hbb3: data = 16'hf9d;
      12'hbb4: data = 16'hf9d;
      12'hbb5: data = 16'hf9e;
      12'hbb6: data = 16'hf9e;
      12'hbb7: data = 16'hf9f;
      12'hbb8: data = 16'hf9f;
      12'hbb9: data = 16'hf9f;
      12'hbba: data = 16'hfa0;
      12'hbbb: data = 16'hfa0;
      12'hbbc: data = 16'hfa0;
      12'hbbd: data = 16'hfa1;
      12'hbbe: data = 16'hfa1;
      12'hbbf: data = 16'hfa2;
      12'hbc0: data = 16'hfa2;
      12'hbc1: data = 16'hfa2;
      12'hbc2: data = 16'hfa3;
      12'hbc3: data = 16'hfa3;
      12'hbc4: data = 16'hfa3;
      12'hbc5: data = 16'hfa4;
      12'hbc6: data = 16'hfa4;
      12'hbc7: data = 16'hfa4;
      12'hbc8: data = 16'hfa5;
      12'hbc9: data = 16'hfa5;
      12'hbca: data = 16'hfa5;
      12'hbcb: data = 16'hfa6;
      12'hbcc: data = 16'hfa6;
      12'hbcd: data = 16'hfa6;
      12'hbce: data = 16'hfa7;
      12'hbcf: data = 16'hfa7;
      12'hbd0: data = 16'hfa7;
      12'hbd1: data = 16'hfa8;
      12'hbd2: data = 16'hfa8;
      12'hbd3: data = 16'hfa8;
      12'hbd4: data = 16'hfa9;
      12'hbd5: data = 16'hfa9;
      12'hbd6: data = 16'hfa9;
      12'hbd7: data = 16'hfaa;
      12'hbd8: data = 16'hfaa;
      12'hbd9: data = 16'hfaa;
      12'hbda: data = 16'hfab;
      12'hbdb: data = 16'hfab;
      12'hbdc: data = 16'hfab;
      12'hbdd: data = 16'hfac;
      12'hbde: data = 16'hfac;
      12'hbdf: data = 16'hfac;
      12'hbe0: data = 16'hfad;
      12'hbe1: data = 16'hfad;
      12'hbe2: data = 16'hfad;
      12'hbe3: data = 16'hfae;
      12'hbe4: data = 16'hfae;
      12'hbe5: data = 16'hfae;
      12'hbe6: data = 16'hfaf;
      12'hbe7: data = 16'hfaf;
      12'hbe8: data = 16'hfaf;
      12'hbe9: data = 16'hfb0;
      12'hbea: data = 16'hfb0;
      12'hbeb: data = 16'hfb0;
      12'hbec: data = 16'hfb0;
      12'hbed: data = 16'hfb1;
      12'hbee: data = 16'hfb1;
      12'hbef: data = 16'hfb1;
      12'hbf0: data = 16'hfb2;
      12'hbf1: data = 16'hfb2;
      12'hbf2: data = 16'hfb2;
      12'hbf3: data = 16'hfb3;
      12'hbf4: data = 16'hfb3;
      12'hbf5: data = 16'hfb3;
      12'hbf6: data = 16'hfb3;
      12'hbf7: data = 16'hfb4;
      12'hbf8: data = 16'hfb4;
      12'hbf9: data = 16'hfb4;
      12'hbfa: data = 16'hfb5;
      12'hbfb: data = 16'hfb5;
      12'hbfc: data = 16'hfb5;
      12'hbfd: data = 16'hfb5;
      12'hbfe: data = 16'hfb6;
      12'hbff: data = 16'hfb6;
      12'hc00: data = 16'hfb6;
      12'hc01: data = 16'hfb7;
      12'hc02: data = 16'hfb7;
      12'hc03: data = 16'hfb7;
      12'hc04: data = 16'hfb7;
      12'hc05: data = 16'hfb8;
      12'hc06: data = 16'hfb8;
      12'hc07: data = 16'hfb8;
      12'hc08: data = 16'hfb9;
      12'hc09: data = 16'hfb9;
      12'hc0a: data = 16'hfb9;
      12'hc0b: data = 16'hfb9;
      12'hc0c: data = 16'hfba;
      12'hc0d: data = 16'hfba;
      12'hc0e: data = 16'hfba;
      12'hc0f: data = 16'hfba;
      12'hc10: data = 16'hfbb;
      12'hc11: data = 16'hfbb;
      12'hc12: data = 16'hfbb;
      12'hc13: data = 16'hfbc;
      12'hc14: data = 16'hfbc;
      12'hc15: data = 16'hfbc;
      12'hc16: data = 16'hfbc;
      12'hc17: data = 16'hfbd;
      12'hc18: data = 16'hfbd;
      12'hc19: data = 16'hfbd;
      12'hc1a: data = 16'hfbd;
      12'hc1b: data = 16'hfbe;
      12'hc1c: data = 16'hfbe;
      12'hc1d: data = 16'hfbe;
      12'hc1e: data = 16'hfbe;
      12'hc1f: data = 16'hfbf;
      12'hc20: data = 16'hfbf;
      12'hc21: data = 16'hfbf;
      12'hc22: data = 16'hfbf;
      12'hc23: data = 16'hfc0;
      12'hc24: data = 16'hfc0;
      12'hc25: data = 16'hfc0;
      12'hc26: data = 16'hfc0;
      12'hc27: data = 16'hfc1;
      12'hc28: data = 16'hfc1;
      12'hc29: data = 16'hfc1;
      12'hc2a: data = 16'hfc1;
      12'hc2b: data = 16'hfc2;
      12'hc2c: data = 16'hfc2;
      12'hc2d: data = 16'hfc2;
      12'hc2e: data = 16'hfc2;
      12'hc2f: data = 16'hfc2;
      12'hc30: data = 16'hfc3;
      12'hc31: data = 16'hfc3;
      12'hc32: data = 16'hfc3;
      12'hc33: data = 16'hfc3;
      12'hc34: data = 16'hfc4;
      12'hc35: data = 16'hfc4;
      12'hc36: data = 16'hfc4;
      12'hc37: data = 16'hfc4;
      12'hc38: data = 16'hfc5;
      12'hc39: data = 16'hfc5;
      12'hc3a: data = 16'hfc5;
      12'hc3b: data = 16'hfc5;
      12'hc3c: data = 16'hfc6;
      12'hc3d: data = 16'hfc6;
      12'hc3e: data = 16'hfc6;
      12'hc3f: data = 16'hfc6;
      12'hc40: data = 16'hfc6;
      12'hc41: data = 16'hfc7;
      12'hc42: data = 16'hfc7;
      12'hc43: data = 16'hfc7;
      12'hc44: data = 16'hfc7;
      12'hc45: data = 16'hfc7;
      12'hc46: data = 16'hfc8;
      12'hc47: data = 16'hfc8;
      12'hc48: data = 16'hfc8;
      12'hc49: data = 16'hfc8;
      12'hc4a: data = 16'hfc9;
      12'hc4b: data = 16'hfc9;
      12'hc4c: data = 16'hfc9;
      12'hc4d: data = 16'hfc9;
      12'hc4e: data = 16'hfc9;
      12'hc4f: data = 16'hfca;
      12'hc50: data = 16'hfca;
      12'hc51: data = 16'hfca;
      12'hc52: data = 16'hfca;
      12'hc53: data = 16'hfca;
      12'hc54: data = 16'hfcb;
      12'hc55: data = 16'hfcb;
      12'hc56: data = 16'hfcb;
      12'hc57: data = 16'hfcb;
      12'hc58: data = 16'hfcb;
      12'hc59: data = 16'hfcc;
      12'hc5a: data = 16'hfcc;
      12'hc5b: data = 16'hfcc;
      12'hc5c: data = 16'hfcc;
      12'hc5d: data = 16'hfcc;
      12'hc5e: data = 16'hfcd;
      12'hc5f: data = 16'hfcd;
      12'hc60: data = 16'hfcd;
      12'hc61: data = 16'hfcd;
      12'hc62: data = 16'hfcd;
      12'hc63: data = 16'hfce;
      12'hc64: data = 16'hfce;
      12'hc65: data = 16'hfce;
      12'hc66: data = 16'hfce;
      12'hc67: data = 16'hfce;
      12'hc68: data = 16'hfcf;
      12'hc69: data = 16'hfcf;
      12'hc6a: data = 16'hfcf;
      12'hc6b: data = 16'hfcf;
      12'hc6c: data = 16'hfcf;
      12'hc6d: data = 16'hfd0;
      12'hc6e: data = 16'hfd0;
      12'hc6f: data = 16'hfd0;
      12'hc70: data = 16'hfd0;
      12'hc71: data = 16'hfd0;
      12'hc72: data = 16'hfd0;
      12'hc73: data = 16'hfd1;
      12'hc74: data = 16'hfd1;
      12'hc75: data = 16'hfd1;
      12'hc76: data = 16'hfd1;
      12'hc77: data = 16'hfd1;
      12'hc78: data = 16'hfd2;
      12'hc79: data = 16'hfd2;
      12'hc7a: data = 16'hfd2;
      12'hc7b: data = 16'hfd2;
      12'hc7c: data = 16'hfd2;
      12'hc7d: data = 16'hfd2;
      12'hc7e: data = 16'hfd3;
      12'hc7f: data = 16'hfd3;
      12'hc80: data = 16'hfd3;
      12'hc81: data = 16'hfd3;
      12'hc82: data = 16'hfd3;
      12'hc83: data = 16'hfd4;
      12'hc84: data = 16'hfd4;
      12'hc85: data = 16'hfd4;
      12'hc86: data = 16'hfd4;
      12'hc87: data = 16'hfd4;
      12'hc88: data = 16'hfd4;
      12'hc89: data = 16'hfd5;
      12'hc8a: data = 16'hfd5;
      12'hc8b: data = 16'hfd5;
      12'hc8c: data = 16'hfd5;
      12'hc8d: data = 16'hfd5;
      12'hc8e: data = 16'hfd5;
      12'hc8f: data = 16'hfd6;
      12'hc90: data = 16'hfd6;
      12'hc91: data = 16'hfd6;
      12'hc92: data = 16'hfd6;
      12'hc93: data = 16'hfd6;
      12'hc94: data = 16'hfd6;
      12'hc95: data = 16'hfd7;
      12'hc96: data = 16'hfd7;
      12'hc97: data = 16'hfd7;
      12'hc98: data = 16'hfd7;
      12'hc99: data = 16'hfd7;
      12'hc9a: data = 16'hfd7;
      12'hc9b: data = 16'hfd7;
      12'hc9c: data = 16'hfd8;
      12'hc9d: data = 16'hfd8;
      12'hc9e: data = 16'hfd8;
      12'hc9f: data = 16'hfd8;
      12'hca0: data = 16'hfd8;
      12'hca1: data = 16'hfd8;
      12'hca2: data = 16'hfd9;
      12'hca3: data = 16'hfd9;
      12'hca4: data = 16'hfd9;
      12'hca5: data = 16'hfd9;
      12'hca6: data = 16'hfd9;
      12'hca7: data = 16'hfd9;
      12'hca8: data = 16'hfd9;
      12'hca9: data = 16'hfda;
      12'hcaa: data = 16'hfda;
      12'hcab: data = 16'hfda;
      12'hcac: data = 16'hfda;
      12'hcad: data = 16'hfda;
      12'hcae: data = 16'hfda;
      12'hcaf: data = 16'hfda;
      12'hcb0: data = 16'hfdb;
      12'hcb1: data = 16'hfdb;
      12'hcb2: data = 16'hfdb;
      12'hcb3: data = 16'hfdb;
      12'hcb4: data = 16'hfdb;
      12'hcb5: data = 16'hfdb;
      12'hcb6: data = 16'hfdb;
      12'hcb7: data = 16'hfdc;
      12'hcb8: data = 16'hfdc;
      12'hcb9: data = 16'hfdc;
      12'hcba: data = 16'hfdc;
      12'hcbb: data = 16'hfdc;
      12'hcbc: data = 16'hfdc;
      12'hcbd: data = 16'hfdc;
      12'hcbe: data = 16'hfdd;
      12'hcbf: data = 16'hfdd;
      12'hcc0: data = 16'hfdd;
      12'hcc1: data = 16'hfdd;
      12'hcc2: data = 16'hfdd;
      12'hcc3: data = 16'hfdd;
      12'hcc4: data = 16'hfdd;
      12'hcc5: data = 16'hfde;
      12'hcc6: data = 16'hfde;
      12'hcc7: data = 16'hfde;
      12'hcc8: data = 16'hfde;
      12'hcc9: data = 16'hfde;
      12'hcca: data = 16'hfde;
      12'hccb: data = 16'hfde;
      12'hccc: data = 16'hfde;
      12'hccd: data = 16'hfdf;
      12'hcce: data = 16'hfdf;
      12'hccf: data = 16'hfdf;
      12'hcd0: data = 16'hfdf;
      12'hcd1: data = 16'hfdf;
      12'hcd2: data = 16'hfdf;
      12'hcd3: data = 16'hfdf;
      12'hcd4: data = 16'hfdf;
      12'hcd5: data = 16'hfe0;
      12'hcd6: data = 16'hfe0;
      12'hcd7: data = 16'hfe0;
      12'hcd8: data = 16'hfe0;
      12'hcd9: data = 16'hfe0;
      12'hcda: data = 16'hfe0;
      12'hcdb: data = 16'hfe0;
      12'hcdc: data = 16'hfe0;
      12'hcdd: data = 16'hfe1;
      12'hcde: data = 16'hfe1;
      12'hcdf: data = 16'hfe1;
      12'hce0: data = 16'hfe1;
      12'hce1: data = 16'hfe1;
      12'hce2: data = 16'hfe1;
      12'hce3: data = 16'hfe1;
      12'hce4: data = 16'hfe1;
      12'hce5: data = 16'hfe2;
      12'hce6: data = 16'hfe2;
      12'hce7: data = 16'hfe2;
      12'hce8: data = 16'hfe2;
      12'hce9: data = 16'hfe2;
      12'hcea: data = 16'hfe2;
      12'hceb: data = 16'hfe2;
      12'hcec: data = 16'hfe2;
      12'hced: data = 16'hfe2;
      12'hcee: data = 16'hfe3;
      12'hcef: data = 16'hfe3;
      12'hcf0: data = 16'hfe3;
      12'hcf1: data = 16'hfe3;
      12'hcf2: data = 16'hfe3;
      12'hcf3: data = 16'hfe3;
      12'hcf4: data = 16'hfe3;
      12'hcf5: data = 16'hfe3;
      12'hcf6: data = 16'hfe4;
      12'hcf7: data = 16'hfe4;
      12'hcf8: data = 16'hfe4;
      12'hcf9: data = 16'hfe4;
      12'hcfa: data = 16'hfe4;
      12'hcfb: data = 16'hfe4;
      12'hcfc: data = 16'hfe4;
      12'hcfd: data = 16'hfe4;
      12'hcfe: data = 16'hfe4;
      12'hcff: data = 16'hfe4;
      12'hd00: data = 16'hfe5;
      12'hd01: data = 16'hfe5;
      12'hd02: data = 16'hfe5;
      12'hd03: data = 16'hfe5;
      12'hd04: data = 16'hfe5;
      12'hd05: data = 16'hfe5;
      12'hd06: data = 16'hfe5;
      12'hd07: data = 16'hfe5;
      12'hd08: data = 16'hfe5;
      12'hd09: data = 16'hfe6;
      12'hd0a: data = 16'hfe6;
      12'hd0b: data = 16'hfe6;
      12'hd0c: data = 16'hfe6;
      12'hd0d: data = 16'hfe6;
      12'hd0e: data = 16'hfe6;
      12'hd0f: data = 16'hfe6;
      12'hd10: data = 16'hfe6;
      12'hd11: data = 16'hfe6;
      12'hd12: data = 16'hfe6;
      12'hd13: data = 16'hfe7;
      12'hd14: data = 16'hfe7;
      12'hd15: data = 16'hfe7;
      12'hd16: data = 16'hfe7;
      12'hd17: data = 16'hfe7;
      12'hd18: data = 16'hfe7;
      12'hd19: data = 16'hfe7;
      12'hd1a: data = 16'hfe7;
      12'hd1b: data = 16'hfe7;
      12'hd1c: data = 16'hfe7;
      12'hd1d: data = 16'hfe8;
      12'hd1e: data = 16'hfe8;
      12'hd1f: data = 16'hfe8;
      12'hd20: data = 16'hfe8;
      12'hd21: data = 16'hfe8;
      12'hd22: data = 16'hfe8;
      12'hd23: data = 16'hfe8;
      12'hd24: data = 16'hfe8;
      12'hd25: data = 16'hfe8;
      12'hd26: data = 16'hfe8;
      12'hd27: data = 16'hfe8;
      12'hd28: data = 16'hfe9;
      12'hd29: data = 16'hfe9;
      12'hd2a: data = 16'hfe9;
      12'hd2b: data = 16'hfe9;
      12'hd2c: data = 16'hfe9;
      12'hd2d: data = 16'hfe9;
      12'hd2e: data = 16'hfe9;
      12'hd2f: data = 16'hfe9;
      12'hd30: data = 16'hfe9;
      12'hd31: data = 16'hfe9;
      12'hd32: data = 16'hfe9;
      12'hd33: data = 16'hfea;
      12'hd34: data = 16'hfea;
      12'hd35: data = 16'hfea;
      12'hd36: data = 16'hfea;
      12'hd37: data = 16'hfea;
      12'hd38: data = 16'hfea;
      12'hd39: data = 16'hfea;
      12'hd3a: data = 16'hfea;
      12'hd3b: data = 16'hfea;
      12'hd3c: data = 16'hfea;
      12'hd3d: data = 16'hfea;
      12'hd3e: data = 16'hfea;
      12'hd3f: data = 16'hfeb;
      12'hd40: data = 16'hfeb;
      12'hd41: data = 16'hfeb;
      12'hd42: data = 16'hfeb;
      12'hd43: data = 16'hfeb;
      12'hd44: data = 16'hfeb;
      12'hd45: data = 16'hfeb;
      12'hd46: data = 16'hfeb;
      12'hd47: data = 16'hfeb;
      12'hd48: data = 16'hfeb;
      12'hd49: data = 16'hfeb;
      12'hd4a: data = 16'hfeb;
      12'hd4b: data = 16'hfec;
      12'hd4c: data = 16'hfec;
      12'hd4d: data = 16'hfec;
      12'hd4e: data = 16'hfec;
      12'hd4f: data = 16'hfec;
      12'hd50: data = 16'hfec;
      12'hd51: data = 16'hfec;
      12'hd52: data = 16'hfec;
      12'hd53: data = 16'hfec;
      12'hd54: data = 16'hfec;
      12'hd55: data = 16'hfec;
      12'hd56: data = 16'hfec;
      12'hd57: data = 16'hfec;
      12'hd58: data = 16'hfed;
      12'hd59: data = 16'hfed;
      12'hd5a: data = 16'hfed;
      12'hd5b: data = 16'hfed;
      12'hd5c: data = 16'hfed;
      12'hd5d: data = 16'hfed;
      12'hd5e: data = 16'hfed;
      12'hd5f: data = 16'hfed;
      12'hd60: data = 16'hfed;
      12'hd61: data = 16'hfed;
      12'hd62: data = 16'hfed;
      12'hd63: data = 16'hfed;
      12'hd64: data = 16'hfed;
      12'hd65: data = 16'hfed;
      12'hd66: data = 16'hfee;
      12'hd67: data = 16'hfee;
      12'hd68: data = 16'hfee;
      12'hd69: data = 16'hfee;
      12'hd6a: data = 16'hfee;
      12'hd6b: data = 16'hfee;
      12'hd6c: data = 16'hfee;
      12'hd6d: data = 16'hfee;
      12'hd6e: data = 16'hfee;
      12'hd6f: data = 16'hfee;
      12'hd70: data = 16'hfee;
      12'hd71: data = 16'hfee;
      12'hd72: data = 16'hfee;
      12'hd73: data = 16'hfee;
      12'hd74: data = 16'hfef;
      12'hd75: data = 16'hfef;
      12'hd76: data = 16'hfef;
      12'hd77: data = 16'hfef;
      12'hd78: data = 16'hfef;
      12'hd79: data = 16'hfef;
      12'hd7a: data = 16'hfef;
      12'hd7b: data = 16'hfef;
      12'hd7c: data = 16'hfef;
      12'hd7d: data = 16'hfef;
      12'hd7e: data = 16'hfef;
      12'hd7f: data = 16'hfef;
      12'hd80: data = 16'hfef;
      12'hd81: data = 16'hfef;
      12'hd82: data = 16'hfef;
      12'hd83: data = 16'hff0;
      12'hd84: data = 16'hff0;
      12'hd85: data = 16'hff0;
      12'hd86: data = 16'hff0;
      12'hd87: data = 16'hff0;
      12'hd88: data = 16'hff0;
      12'hd89: data = 16'hff0;
      12'hd8a: data = 16'hff0;
      12'hd8b: data = 16'hff0;
      12'hd8c: data = 16'hff0;
      12'hd8d: data = 16'hff0;
      12'hd8e: data = 16'hff0;
      12'hd8f: data = 16'hff0;
      12'hd90: data = 16'hff0;
      12'hd91: data = 16'hff0;
      12'hd92: data = 16'hff0;
      12'hd93: data = 16'hff1;
      12'hd94: data = 16'hff1;
      12'hd95: data = 16'hff1;
      12'hd96: data = 16'hff1;
      12'hd97: data = 16'hff1;
      12'hd98: data = 16'hff1;
      12'hd99: data = 16'hff1;
      12'hd9a: data = 16'hff1;
      12'hd9b: data = 16'hff1;
      12'hd9c: data = 16'hff1;
      12'hd9d: data = 16'hff1;
      12'hd9e: data = 16'hff1;
      12'hd9f: data = 16'hff1;
      12'hda0: data = 16'hff1;
      12'hda1: data = 16'hff1;
      12'hda2: data = 16'hff1;
      12'hda3: data = 16'hff1;
      12'hda4: data = 16'hff2;
      12'hda5: data = 16'hff2;
      12'hda6: data = 16'hff2;
      12'hda7: data = 16'hff2;
      12'hda8: data = 16'hff2;
      12'hda9: data = 16'hff2;
      12'hdaa: data = 16'hff2;
      12'hdab: data = 16'hff2;
      12'hdac: data = 16'hff2;
      12'hdad: data = 16'hff2;
      12'hdae: data = 16'hff2;
      12'hdaf: data = 16'hff2;
      12'hdb0: data = 16'hff2;
      12'hdb1: data = 16'hff2;
      12'hdb2: data = 16'hff2;
      12'hdb3: data = 16'hff2;
      12'hdb4: data = 16'hff2;
      12'hdb5: data = 16'hff2;
      12'hdb6: data = 16'hff2;
      12'hdb7: data = 16'hff3;
      12'hdb8: data = 16'hff3;
      12'hdb9: data = 16'hff3;
      12'hdba: data = 16'hff3;
      12'hdbb: data = 16'hff3;
      12'hdbc: data = 16'hff3;
      12'hdbd: data = 16'hff3;
      12'hdbe: data = 16'hff3;
      12'hdbf: data = 16'hff3;
      12'hdc0: data = 16'hff3;
      12'hdc1: data = 16'hff3;
      12'hdc2: data = 16'hff3;
      12'hdc3: data = 16'hff3;
      12'hdc4: data = 16'hff3;
      12'hdc5: data = 16'hff3;
      12'hdc6: data = 16'hff3;
      12'hdc7: data = 16'hff3;
      12'hdc8: data = 16'hff3;
      12'hdc9: data = 16'hff3;
      12'hdca: data = 16'hff4;
      12'hdcb: data = 16'hff4;
      12'hdcc: data = 16'hff4;
      12'hdcd: data = 16'hff4;
      12'hdce: data = 16'hff4;
      12'hdcf: data = 16'hff4;
      12'hdd0: data = 16'hff4;
      12'hdd1: data = 16'hff4;
      12'hdd2: data = 16'hff4;
      12'hdd3: data = 16'hff4;
      12'hdd4: data = 16'hff4;
      12'hdd5: data = 16'hff4;
      12'hdd6: data = 16'hff4;
      12'hdd7: data = 16'hff4;
      12'hdd8: data = 16'hff4;
      12'hdd9: data = 16'hff4;
      12'hdda: data = 16'hff4;
      12'hddb: data = 16'hff4;
      12'hddc: data = 16'hff4;
      12'hddd: data = 16'hff4;
      12'hdde: data = 16'hff4;
      12'hddf: data = 16'hff4;
      12'hde0: data = 16'hff5;
      12'hde1: data = 16'hff5;
      12'hde2: data = 16'hff5;
      12'hde3: data = 16'hff5;
      12'hde4: data = 16'hff5;
      12'hde5: data = 16'hff5;
      12'hde6: data = 16'hff5;
      12'hde7: data = 16'hff5;
      12'hde8: data = 16'hff5;
      12'hde9: data = 16'hff5;
      12'hdea: data = 16'hff5;
      12'hdeb: data = 16'hff5;
      12'hdec: data = 16'hff5;
      12'hded: data = 16'hff5;
      12'hdee: data = 16'hff5;
      12'hdef: data = 16'hff5;
      12'hdf0: data = 16'hff5;
      12'hdf1: data = 16'hff5;
      12'hdf2: data = 16'hff5;
      12'hdf3: data = 16'hff5;
      12'hdf4: data = 16'hff5;
      12'hdf5: data = 16'hff5;
      12'hdf6: data = 16'hff5;
      12'hdf7: data = 16'hff6;
      12'hdf8: data = 16'hff6;
      12'hdf9: data = 16'hff6;
      12'hdfa: data = 16'hff6;
      12'hdfb: data = 16'hff6;
      12'hdfc: data = 16'hff6;
      12'hdfd: data = 16'hff6;
      12'hdfe: data = 16'hff6;
      12'hdff: data = 16'hff6;
      12'he00: data = 16'hff6;
      12'he01: data = 16'hff6;
      12'he02: data = 16'hff6;
      12'he03: data = 16'hff6;
      12'he04: data = 16'hff6;
      12'he05: data = 16'hff6;
      12'he06: data = 16'hff6;
      12'he07: data = 16'hff6;
      12'he08: data = 16'hff6;
      12'he09: data = 16'hff6;
      12'he0a: data = 16'hff6;
      12'he0b: data = 16'hff6;
      12'he0c: data = 16'hff6;
      12'he0d: data = 16'hff6;
      12'he0e: data = 16'hff6;
      12'he0f: data = 16'hff6;
      12'he10: data = 16'hff6;
      12'he11: data = 16'hff7;
      12'he12: data = 16'hff7;
      12'he13: data = 16'hff7;
      12'he14: data = 16'hff7;
      12'he15: data = 16'hff7;
      12'he16: data = 16'hff7;
      12'he17: data = 16'hff7;
      12'he18: data = 16'hff7;
      12'he19: data = 16'hff7;
      12'he1a: data = 16'hff7;
      12'he1b: data = 16'hff7;
      12'he1c: data = 16'hff7;
      12'he1d: data = 16'hff7;
      12'he1e: data = 16'hff7;
      12'he1f: data = 16'hff7;
      12'he20: data = 16'hff7;
      12'he21: data = 16'hff7;
      12'he22: data = 16'hff7;
      12'he23: data = 16'hff7;
      12'he24: data = 16'hff7;
      12'he25: data = 16'hff7;
      12'he26: data = 16'hff7;
      12'he27: data = 16'hff7;
      12'he28: data = 16'hff7;
      12'he29: data = 16'hff7;
      12'he2a: data = 16'hff7;
      12'he2b: data = 16'hff7;
      12'he2c: data = 16'hff7;
      12'he2d: data = 16'hff8;
      12'he2e: data = 16'hff8;
      12'he2f: data = 16'hff8;
      12'he30: data = 16'hff8;
      12'he31: data = 16'hff8;
      12'he32: data = 16'hff8;
      12'he33: data = 16'hff8;
      12'he34: data = 16'hff8;
      12'he35: data = 16'hff8;
      12'he36: data = 16'hff8;
      12'he37: data = 16'hff8;
      12'he38: data = 16'hff8;
      12'he39: data = 16'hff8;
      12'he3a: data = 16'hff8;
      12'he3b: data = 16'hff8;
      12'he3c: data = 16'hff8;
      12'he3d: data = 16'hff8;
      12'he3e: data = 16'hff8;
      12'he3f: data = 16'hff8;
      12'he40: data = 16'hff8;
      12'he41: data = 16'hff8;
      12'he42: data = 16'hff8;
      12'he43: data = 16'hff8;
      12'he44: data = 16'hff8;
      12'he45: data = 16'hff8;
      12'he46: data = 16'hff8;
      12'he47: data = 16'hff8;
      12'he48: data = 16'hff8;
      12'he49: data = 16'hff8;
      12'he4a: data = 16'hff8;
      12'he4b: data = 16'hff8;
      12'he4c: data = 16'hff8;
      12'he4d: data = 16'hff8;
      12'he4e: data = 16'hff9;
      12'he4f: data = 16'hff9;
      12'he50: data = 16'hff9;
      12'he51: data = 16'hff9;
      12'he52: data = 16'hff9;
      12'he53: data = 16'hff9;
      12'he54: data = 16'hff9;
      12'he55: data = 16'hff9;
      12'he56: data = 16'hff9;
      12'he57: data = 16'hff9;
      12'he58: data = 16'hff9;
      12'he59: data = 16'hff9;
      12'he5a: data = 16'hff9;
      12'he5b: data = 16'hff9;
      12'he5c: data = 16'hff9;
      12'he5d: data = 16'hff9;
      12'he5e: data = 16'hff9;
      12'he5f: data = 16'hff9;
      12'he60: data = 16'hff9;
      12'he61: data = 16'hff9;
      12'he62: data = 16'hff9;
      12'he63: data = 16'hff9;
      12'he64: data = 16'hff9;
      12'he65: data = 16'hff9;
      12'he66: data = 16'hff9;
      12'he67: data = 16'hff9;
      12'he68: data = 16'hff9;
      12'he69: data = 16'hff9;
      12'he6a: data = 16'hff9;
      12'he6b: data = 16'hff9;
      12'he6c: data = 16'hff9;
      12'he6d: data = 16'hff9;
      12'he6e: data = 16'hff9;
      12'he6f: data = 16'hff9;
      12'he70: data = 16'hff9;
      12'he71: data = 16'hff9;
      12'he72: data = 16'hffa;
      12'he73: data = 16'hffa;
      12'he74: data = 16'hffa;
      12'he75: data = 16'hffa;
      12'he76: data = 16'hffa;
      12'he77: data = 16'hffa;
      12'he78: data = 16'hffa;
      12'he79: data = 16'hffa;
      12'he7a: data = 16'hffa;
      12'he7b: data = 16'hffa;
      12'he7c: data = 16'hffa;
      12'he7d: data = 16'hffa;
      12'he7e: data = 16'hffa;
      12'he7f: data = 16'hffa;
      12'he80: data = 16'hffa;
      12'he81: data = 16'hffa;
      12'he82: data = 16'hffa;
      12'he83: data = 16'hffa;
      12'he84: data = 16'hffa;
      12'he85: data = 16'hffa;
      12'he86: data = 16'hffa;
      12'he87: data = 16'hffa;
      12'he88: data = 16'hffa;
      12'he89: data = 16'hffa;
      12'he8a: data = 16'hffa;
      12'he8b: data = 16'hffa;
      12'he8c: data = 16'hffa;
      12'he8d: data = 16'hffa;
      12'he8e: data = 16'hffa;
      12'he8f: data = 16'hffa;
      12'he90: data = 16'hffa;
      12'he91: data = 16'hffa;
      12'he92: data = 16'hffa;
      12'he93: data = 16'hffa;
      12'he94: data = 16'hffa;
      12'he95: data = 16'hffa;
      12'he96: data = 16'hffa;
      12'he97: data = 16'hffa;
      12'he98: data = 16'hffa;
      12'he99: data = 16'hffa;
      12'he9a: data = 16'hffa;
      12'he9b: data = 16'hffa;
      12'he9c: data = 16'hffa;
      12'he9d: data = 16'hffb;
      12'he9e: data = 16'hffb;
      12'he9f: data = 16'hffb;
      12'hea0: data = 16'hffb;
      12'hea1: data = 16'hffb;
      12'hea2: data = 16'hffb;
      12'hea3: data = 16'hffb;
      12'hea4: data = 16'hffb;
      12'hea5: data = 16'hffb;
      12'hea6: data = 16'hffb;
      12'hea7: data = 16'hffb;
      12'hea8: data = 16'hffb;
      12'hea9: data = 16'hffb;
      12'heaa: data = 16'hffb;
      12'heab: data = 16'hffb;
      12'heac: data = 16'hffb;
      12'head: data = 16'hffb;
      12'heae: data = 16'hffb;
      12'heaf: data = 16'hffb;
      12'heb0: data = 16'hffb;
      12'heb1: data = 16'hffb;
      12'heb2: data = 16'hffb;
      12'heb3: data = 16'hffb;
      12'heb4: data = 16'hffb;
      12'heb5: data = 16'hffb;
      12'heb6: data = 16'hffb;
      12'heb7: data = 16'hffb;
      12'heb8: data = 16'hffb;
      12'heb9: data = 16'hffb;
      12'heba: data = 16'hffb;
      12'hebb: data = 16'hffb;
      12'hebc: data = 16'hffb;
      12'hebd: data = 16'hffb;
      12'hebe: data = 16'hffb;
      12'hebf: data = 16'hffb;
      12'hec0: data = 16'hffb;
      12'hec1: data = 16'hffb;
      12'hec2: data = 16'hffb;
      12'hec3: data = 16'hffb;
      12'hec4: data = 16'hffb;
      12'hec5: data = 16'hffb;
      12'hec6: data = 16'hffb;
      12'hec7: data = 16'hffb;
      12'hec8: data = 16'hffb;
      12'hec9: data = 16'hffb;
      12'heca: data = 16'hffb;
      12'hecb: data = 16'hffb;
      12'hecc: data = 16'hffb;
      12'hecd: data = 16'hffb;
      12'hece: data = 16'hffb;
      12'hecf: data = 16'hffb;
      12'hed0: data = 16'hffb;
      12'hed1: data = 16'hffc;
      12'hed2: data = 16'hffc;
      12'hed3: data = 16'hffc;
      12'hed4: data = 16'hffc;
      12'hed5: data = 16'hffc;
      12'hed6: data = 16'hffc;
      12'hed7: data = 16'hffc;
      12'hed8: data = 16'hffc;
      12'hed9: data = 16'hffc;
      12'heda: data = 16'hffc;
      12'hedb: data = 16'hffc;
      12'hedc: data = 16'hffc;
      12'hedd: data = 16'hffc;
      12'hede: data = 16'hffc;
      12'hedf: data = 16'hffc;
      12'hee0: data = 16'hffc;
      12'hee1: data = 16'hffc;
      12'hee2: data = 16'hffc;
      12'hee3: data = 16'hffc;
      12'hee4: data = 16'hffc;
      12'hee5: data = 16'hffc;
      12'hee6: data = 16'hffc;
      12'hee7: data = 16'hffc;
      12'hee8: data = 16'hffc;
      12'hee9: data = 16'hffc;
      12'heea: data = 16'hffc;
      12'heeb: data = 16'hffc;
      12'heec: data = 16'hffc;
      12'heed: data = 16'hffc;
      12'heee: data = 16'hffc;
      12'heef: data = 16'hffc;
      12'hef0: data = 16'hffc;
      12'hef1: data = 16'hffc;
      12'hef2: data = 16'hffc;
      12'hef3: data = 16'hffc;
      12'hef4: data = 16'hffc;
      12'hef5: data = 16'hffc;
      12'hef6: data = 16'hffc;
      12'hef7: data = 16'hffc;
      12'hef8: data = 16'hffc;
      12'hef9: data = 16'hffc;
      12'hefa: data = 16'hffc;
      12'hefb: data = 16'hffc;
      12'hefc: data = 16'hffc;
      12'hefd: data = 16'hffc;
      12'hefe: data = 16'hffc;
      12'heff: data = 16'hffc;
      12'hf00: data = 16'hffc;
      12'hf01: data = 16'hffc;
      12'hf02: data = 16'hffc;
      12'hf03: data = 16'hffc;
      12'hf04: data = 16'hffc;
      12'hf05: data = 16'hffc;
      12'hf06: data = 16'hffc;
      12'hf07: data = 16'hffc;
      12'hf08: data = 16'hffc;
      12'hf09: data = 16'hffc;
      12'hf0a: data = 16'hffc;
      12'hf0b: data = 16'hffc;
      12'hf0c: data = 16'hffc;
      12'hf0d: data = 16'hffc;
      12'hf0e: data = 16'hffc;
      12'hf0f: data = 16'hffc;
      12'hf10: data = 16'hffc;
      12'hf11: data = 16'hffd;
      12'hf12: data = 16'hffd;
      12'hf13: data = 16'hffd;
      12'hf14: data = 16'hffd;
      12'hf15: data = 16'hffd;
      12'hf16: data = 16'hffd;
      12'hf17: data = 16'hffd;
      12'hf18: data = 16'hffd;
      12'hf19: data = 16'hffd;
      12'hf1a: data = 16'hffd;
      12'hf1b: data = 16'hffd;
      12'hf1c: data = 16'hffd;
      12'hf1d: data = 16'hffd;
      12'hf1e: data = 16'hffd;
      12'hf1f: data = 16'hffd;
      12'hf20: data = 16'hffd;
      12'hf21: data = 16'hffd;
      12'hf22: data = 16'hffd;
      12'hf23: data = 16'hffd;
      12'hf24: data = 16'hffd;
      12'hf25: data = 16'hffd;
      12'hf26: data = 16'hffd;
      12'hf27: data = 16'hffd;
      12'hf28: data = 16'hffd;
      12'hf29: data = 16'hffd;
      12'hf2a: data = 16'hffd;
      12'hf2b: data = 16'hffd;
      12'hf2c: data = 16'hffd;
      12'hf2d: data = 16'hffd;
      12'hf2e: data = 16'hffd;
      12'hf2f: data = 16'hffd;
      12'hf30: data = 16'hffd;
      12'hf31: data = 16'hffd;
      12'hf32: data = 16'hffd;
      12'hf33: data = 16'hffd;
      12'hf34: data = 16'hffd;
      12'hf35: data = 16'hffd;
      12'hf36: data = 16'hffd;
      12'hf37: data = 16'hffd;
      12'hf38: data = 16'hffd;
      12'hf39: data = 16'hffd;
      12'hf3a: data = 16'hffd;
      12'hf3b: data = 16'hffd;
      12'hf3c: data = 16'hffd;
      12'hf3d: data = 16'hffd;
      12'hf3e: data = 16'hffd;
      12'hf3f: data = 16'hffd;
      12'hf40: data = 16'hffd;
      12'hf41: data = 16'hffd;
      12'hf42: data = 16'hffd;
      12'hf43: data = 16'hffd;
      12'hf44: data = 16'hffd;
      12'hf45: data = 16'hffd;
      12'hf46: data = 16'hffd;
      12'hf47: data = 16'hffd;
      12'hf48: data = 16'hffd;
      12'hf49: data = 16'hffd;
      12'hf4a: data = 16'hffd;
      12'hf4b: data = 16'hffd;
      12'hf4c: data = 16'hffd;
      12'hf4d: data = 16'hffd;
      12'hf4e: data = 16'hffd;
      12'hf4f: data = 16'hffd;
      12'hf50: data = 16'hffd;
      12'hf51: data = 16'hffd;
      12'hf52: data = 16'hffd;
      12'hf53: data = 16'hffd;
      12'hf54: data = 16'hffd;
      12'hf55: data = 16'hffd;
      12'hf56: data = 16'hffd;
      12'hf57: data = 16'hffd;
      12'hf58: data = 16'hffd;
      12'hf59: data = 16'hffd;
      12'hf5a: data = 16'hffd;
      12'hf5b: data = 16'hffd;
      12'hf5c: data = 16'hffd;
      12'hf5d: data = 16'hffd;
      12'hf5e: data = 16'hffd;
      12'hf5f: data = 16'hffd;
      12'hf60: data = 16'hffd;
      12'hf61: data = 16'hffd;
      12'hf62: data = 16'hffd;
      12'hf63: data = 16'hffd;
      12'hf64: data = 16'hffd;
      12'hf65: data = 16'hffd;
      12'hf66: data = 16'hffd;
      12'hf67: data = 16'hffe;
      12'hf68: data = 16'hffe;
      12'hf69: data = 16'hffe;
      12'hf6a: data = 16'hffe;
      12'hf6b: data = 16'hffe;
      12'hf6c: data = 16'hffe;
      12'hf6d: data = 16'hffe;
      12'hf6e: data = 16'hffe;
      12'hf6f: data = 16'hffe;
      12'hf70: data = 16'hffe;
      12'hf71: data = 16'hffe;
      12'hf72: data = 16'hffe;
      12'hf73: data = 16'hffe;
      12'hf74: data = 16'hffe;
      12'hf75: data = 16'hffe;
      12'hf76: data = 16'hffe;
      12'hf77: data = 16'hffe;
      12'hf78: data = 16'hffe;
      12'hf79: data = 16'hffe;
      12'hf7a: data = 16'hffe;
      12'hf7b: data = 16'hffe;
      12'hf7c: data = 16'hffe;
      12'hf7d: data = 16'hffe;
      12'hf7e: data = 16'hffe;
      12'hf7f: data = 16'hffe;
      12'hf80: data = 16'hffe;
      12'hf81: data = 16'hffe;
      12'hf82: data = 16'hffe;
      12'hf83: data = 16'hffe;
      12'hf84: data = 16'hffe;
      12'hf85: data = 16'hffe;
      12'hf86: data = 16'hffe;
      12'hf87: data = 16'hffe;
      12'hf88: data = 16'hffe;
      12'hf89: data = 16'hffe;
      12'hf8a: data = 16'hffe;
      12'hf8b: data = 16'hffe;
      12'hf8c: data = 16'hffe;
      12'hf8d: data = 16'hffe;
      12'hf8e: data = 16'hffe;
      12'hf8f: data = 16'hffe;
      12'hf90: data = 16'hffe;
      12'hf91: data = 16'hffe;
      12'hf92: data = 16'hffe;
      12'hf93: data = 16'hffe;
      12'hf94: data = 16'hffe;
      12'hf95: data = 16'hffe;
      12'hf96: data = 16'hffe;
      12'hf97: data = 16'hffe;
      12'hf98: data = 16'hffe;
      12'hf99: data = 16'hffe;
      12'hf9a: data = 16'hffe;
      12'hf9b: data = 16'hffe;
      12'hf9c: data = 16'hffe;
      12'hf9d: data = 16'hffe;
      12'hf9e: data = 16'hffe;
      12'hf9f: data = 16'hffe;
      12'hfa0: data = 16'hffe;
      12'hfa1: data = 16'hffe;
      12'hfa2: data = 16'hffe;
      12'hfa3: data = 16'hffe;
      12'hfa4: data = 16'hffe;
      12'hfa5: data = 16'hffe;
      12'hfa6: data = 16'hffe;
      12'hfa7: data = 16'hffe;
      12'hfa8: data = 16'hffe;
      12'hfa9: data = 16'hffe;
      12'hfaa: data = 16'hffe;
      12'hfab: data = 16'hffe;
      12'hfac: data = 16'hffe;
      12'hfad: data = 16'hffe;
      12'hfae: data = 16'hffe;
      12'hfaf: data = 16'hffe;
      12'hfb0: data = 16'hffe;
      12'hfb1: data = 16'hffe;
      12'hfb2: data = 16'hffe;
      12'hfb3: data = 16'hffe;
      12'hfb4: data = 16'hffe;
      12'hfb5: data = 16'hffe;
      12'hfb6: data = 16'hffe;
      12'hfb7: data = 16'hffe;
      12'hfb8: data = 16'hffe;
      12'hfb9: data = 16'hffe;
      12'hfba: data = 16'hffe;
      12'hfbb: data = 16'hffe;
      12'hfbc: data = 16'hffe;
      12'hfbd: data = 16'hffe;
      12'hfbe: data = 16'hffe;
      12'hfbf: data = 16'hffe;
      12'hfc0: data = 16'hffe;
      12'hfc1: data = 16'hffe;
      12'hfc2: data = 16'hffe;
      12'hfc3: data = 16'hffe;
      12'hfc4: data = 16'hffe;
      12'hfc5: data = 16'hffe;
      12'hfc6: data = 16'hffe;
      12'hfc7: data = 16'hffe;
      12'hfc8: data = 16'hffe;
      12'hfc9: data = 16'hffe;
      12'hfca: data = 16'hffe;
      12'hfcb: data = 16'hffe;
      12'hfcc: data = 16'hffe;
      12'hfcd: data = 16'hffe;
      12'hfce: data = 16'hffe;
      12'hfcf: data = 16'hffe;
      12'hfd0: data = 16'hffe;
      12'hfd1: data = 16'hffe;
      12'hfd2: data = 16'hffe;
      12'hfd3: data = 16'hffe;
      12'hfd4: data = 16'hffe;
      12'hfd5: data = 16'hffe;
      12'hfd6: data = 16'hffe;
      12'hfd7: data = 16'hffe;
      12'hfd8: data = 16'hffe;
      12'hfd9: data = 16'hffe;
      12'hfda: data = 16'hffe;
      12'hfdb: data = 16'hffe;
      12'hfdc: data = 16'hffe;
      12'hfdd: data = 16'hffe;
      12'hfde: data = 16'hffe;
      12'hfdf: data = 16'hffe;
      12'hfe0: data = 16'hffe;
      12'hfe1: data = 16'hffe;
      12'hfe2: data = 16'hffe;
      12'hfe3: data = 16'hffe;
      12'hfe4: data = 16'hffe;
      12'hfe5: data = 16'hffe;
      12'hfe6: data = 16'hffe;
      12'hfe7: data = 16'hffe;
      12'hfe8: data = 16'hffe;
      12'hfe9: data = 16'hffe;
      12'hfea: data = 16'hfff;
      12'hfeb: data = 16'hfff;
      12'hfec: data = 16'hfff;
      12'hfed: data = 16'hfff;
      12'hfee: data = 16'hfff;
      12'hfef: data = 16'hfff;
      12'hff0: data = 16'hfff;
      12'hff1: data = 16'hfff;
      12'hff2: data = 16'hfff;
      12'hff3: data = 16'hfff;
      12'hff4: data = 16'hfff;
      12'hff5: data = 16'hfff;
      12'hff6: data = 16'hfff;
      12'hff7: data = 16'hfff;
      12'hff8: data = 16'hfff;
      12'hff9: data = 16'hfff;
      12'hffa: data = 16'hfff;
      12'hffb: data = 16'hfff;
      12'hffc: data = 16'hfff;
      12'hffd: data = 16'hfff;
      12'hffe: data = 16'hfff;
      12'hfff: data = 16'hfff;
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor__neurons__0__sig_rom


module mgd_trainer_xor__pass_amps(address,data);
    
    // Module arguments
    input wire  [2:0] address;
    output reg signed [31:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        3'b0: data = 32'h44;
      3'b1: data = 32'h44;
      3'b10: data = 32'h44;
      3'b11: data = 32'h44;
      3'b100: data = 32'h44;
      3'b101: data = 32'h44;
      3'b110: data = 32'h44;
      3'b111: data = 32'h44;
      default: data = 32'h0;
    endcase
            
endmodule // mgd_trainer_xor__pass_amps


module mgd_trainer_xor__perturbation(clock,reset,restart,advance,stepped,next_window,state,window);
    
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
    localparam  slot_last = 10'b1000;
    
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
    mgd_trainer_xor__perturbation__lfsr lfsr(
        .d(lfsr__d),
        .q(lfsr__q),
        .clock(lfsr__clock)
    );
    mgd_trainer_xor__perturbation__start start(
        .d(start__d),
        .q(start__q),
        .clock(start__clock)
    );
    mgd_trainer_xor__perturbation__slot slot(
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
    
endmodule // mgd_trainer_xor__perturbation


module mgd_trainer_xor__perturbation__lfsr(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__perturbation__lfsr


module mgd_trainer_xor__perturbation__slot(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__perturbation__slot


module mgd_trainer_xor__perturbation__start(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__perturbation__start


module mgd_trainer_xor__read_map(address,data);
    
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
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_xor__read_map


module mgd_trainer_xor__score(clock,reset,strobe,y,y_index,y_pick,queue,label,judge,latch,hit,met,count);
    
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
    localparam  half_f = 16'h8800;
    localparam  need = 17'b101;
    localparam  single_output = 1'b1;
    
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
    mgd_trainer_xor__score__best best(
        .d(best__d),
        .q(best__q),
        .clock(best__clock)
    );
    mgd_trainer_xor__score__best_index best_index(
        .d(best_index__d),
        .q(best_index__q),
        .clock(best_index__clock)
    );
    mgd_trainer_xor__score__tally tally(
        .d(tally__d),
        .q(tally__q),
        .clock(tally__clock)
    );
    mgd_trainer_xor__score__correct correct(
        .d(correct__d),
        .q(correct__q),
        .clock(correct__clock)
    );
    mgd_trainer_xor__score__line__0 line__0(
        .d(line__0__d),
        .q(line__0__q),
        .clock(line__0__clock)
    );
    mgd_trainer_xor__score__line__1 line__1(
        .d(line__1__d),
        .q(line__1__q),
        .clock(line__1__clock)
    );
    mgd_trainer_xor__score__line__2 line__2(
        .d(line__2__d),
        .q(line__2__q),
        .clock(line__2__clock)
    );
    mgd_trainer_xor__score__line__3 line__3(
        .d(line__3__d),
        .q(line__3__q),
        .clock(line__3__clock)
    );
    mgd_trainer_xor__score__line__4 line__4(
        .d(line__4__d),
        .q(line__4__q),
        .clock(line__4__clock)
    );
    mgd_trainer_xor__score__line__5 line__5(
        .d(line__5__d),
        .q(line__5__q),
        .clock(line__5__clock)
    );
    mgd_trainer_xor__score__line__6 line__6(
        .d(line__6__d),
        .q(line__6__q),
        .clock(line__6__clock)
    );
    mgd_trainer_xor__score__line__7 line__7(
        .d(line__7__d),
        .q(line__7__q),
        .clock(line__7__clock)
    );
    mgd_trainer_xor__score__line__8 line__8(
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
    
endmodule // mgd_trainer_xor__score


module mgd_trainer_xor__score__best(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__best


module mgd_trainer_xor__score__best_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__best_index


module mgd_trainer_xor__score__correct(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__correct


module mgd_trainer_xor__score__line__0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__line__0


module mgd_trainer_xor__score__line__1(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__line__1


module mgd_trainer_xor__score__line__2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__line__2


module mgd_trainer_xor__score__line__3(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__line__3


module mgd_trainer_xor__score__line__4(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__line__4


module mgd_trainer_xor__score__line__5(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__line__5


module mgd_trainer_xor__score__line__6(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__line__6


module mgd_trainer_xor__score__line__7(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__line__7


module mgd_trainer_xor__score__line__8(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__line__8


module mgd_trainer_xor__score__tally(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__score__tally


module mgd_trainer_xor__sequencer(clock,reset,net_done,net_issued,net_issue_soon,load_ok,met,wide,word_lane,init_next,init_row_next,load,loading,load_last,load_addr,rom_addr,sample,net_start,perturb_on,latch_base,latch_pert,clear_cost,restart,corr,update,pass,next_window,step_done,done,eval_end,evaluating,halted_at_target,index,index_next,corr_next,fusing,pert_draining,pert_draining_next,deferred,eval_moves,steps,tau_x,tau_p,tau_theta);
    
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
    localparam  last_but_one = 16'h2;
    localparam  last_row = 10'b1000;
    localparam  overlap = 1'b0;
    localparam  drain_len = 4'h1;
    localparam  drain_one = 4'h1;
    localparam  skips = 1'b0;
    localparam  last_sweep = 10'b1000;
    localparam  last_pass = 3'b0;
    localparam  multi_pass = 1'b0;
    localparam  last_load = 10'b1;
    localparam  load_rows = 16'h2;
    localparam  last_sample = 16'h3;
    localparam  tau_x_last = 32'h0;
    localparam  tau_p_last = 32'h0;
    localparam  tau_theta_last = 32'h0;
    localparam  max_steps = 32'h30d40;
    localparam  last_step = 32'h30d3f;
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
    mgd_trainer_xor__sequencer__state state(
        .d(state__d),
        .q(state__q),
        .clock(state__clock)
    );
    mgd_trainer_xor__sequencer__count count(
        .d(count__d),
        .q(count__q),
        .clock(count__clock)
    );
    mgd_trainer_xor__sequencer__x_count x_count(
        .d(x_count__d),
        .q(x_count__q),
        .clock(x_count__clock)
    );
    mgd_trainer_xor__sequencer__p_count p_count(
        .d(p_count__d),
        .q(p_count__q),
        .clock(p_count__clock)
    );
    mgd_trainer_xor__sequencer__theta_count theta_count(
        .d(theta_count__d),
        .q(theta_count__q),
        .clock(theta_count__clock)
    );
    mgd_trainer_xor__sequencer__sample_index sample_index(
        .d(sample_index__d),
        .q(sample_index__q),
        .clock(sample_index__clock)
    );
    mgd_trainer_xor__sequencer__sample_base sample_base(
        .d(sample_base__d),
        .q(sample_base__q),
        .clock(sample_base__clock)
    );
    mgd_trainer_xor__sequencer__step_count step_count(
        .d(step_count__d),
        .q(step_count__q),
        .clock(step_count__clock)
    );
    mgd_trainer_xor__sequencer__eval_count eval_count(
        .d(eval_count__d),
        .q(eval_count__q),
        .clock(eval_count__clock)
    );
    mgd_trainer_xor__sequencer__eval_index eval_index(
        .d(eval_index__d),
        .q(eval_index__q),
        .clock(eval_index__clock)
    );
    mgd_trainer_xor__sequencer__eval_base eval_base(
        .d(eval_base__d),
        .q(eval_base__q),
        .clock(eval_base__clock)
    );
    mgd_trainer_xor__sequencer__at_target at_target(
        .d(at_target__d),
        .q(at_target__q),
        .clock(at_target__clock)
    );
    mgd_trainer_xor__sequencer__load_lane load_lane(
        .d(load_lane__d),
        .q(load_lane__q),
        .clock(load_lane__clock)
    );
    mgd_trainer_xor__sequencer__pass_count pass_count(
        .d(pass_count__d),
        .q(pass_count__q),
        .clock(pass_count__clock)
    );
    mgd_trainer_xor__sequencer__drain drain(
        .d(drain__d),
        .q(drain__q),
        .clock(drain__clock)
    );
    mgd_trainer_xor__sequencer__defer defer(
        .d(defer__d),
        .q(defer__q),
        .clock(defer__clock)
    );
    mgd_trainer_xor__sequencer__pdrain pdrain(
        .d(pdrain__d),
        .q(pdrain__q),
        .clock(pdrain__clock)
    );
    mgd_trainer_xor__sequencer__held held(
        .d(held__d),
        .q(held__q),
        .clock(held__clock)
    );
    mgd_trainer_xor__sequencer__fusing_q fusing_q(
        .d(fusing_q__d),
        .q(fusing_q__q),
        .clock(fusing_q__clock)
    );
    mgd_trainer_xor__sequencer__loading_q loading_q(
        .d(loading_q__d),
        .q(loading_q__q),
        .clock(loading_q__clock)
    );
    mgd_trainer_xor__sequencer__defers defers(
        .d(defers__d),
        .q(defers__q),
        .clock(defers__clock)
    );
    mgd_trainer_xor__sequencer__preload preload(
        .d(preload__d),
        .q(preload__q),
        .clock(preload__clock)
    );
    mgd_trainer_xor__sequencer__chain_start chain_start(
        .d(chain_start__d),
        .q(chain_start__q),
        .clock(chain_start__clock)
    );
    mgd_trainer_xor__sequencer__sweep_after sweep_after(
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
    
endmodule // mgd_trainer_xor__sequencer


module mgd_trainer_xor__sequencer__at_target(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__at_target


module mgd_trainer_xor__sequencer__chain_start(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__chain_start


module mgd_trainer_xor__sequencer__count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__count


module mgd_trainer_xor__sequencer__defer(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__defer


module mgd_trainer_xor__sequencer__defers(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__defers


module mgd_trainer_xor__sequencer__drain(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__drain


module mgd_trainer_xor__sequencer__eval_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__eval_base


module mgd_trainer_xor__sequencer__eval_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__eval_count


module mgd_trainer_xor__sequencer__eval_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__eval_index


module mgd_trainer_xor__sequencer__fusing_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__fusing_q


module mgd_trainer_xor__sequencer__held(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__held


module mgd_trainer_xor__sequencer__load_lane(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__load_lane


module mgd_trainer_xor__sequencer__loading_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__loading_q


module mgd_trainer_xor__sequencer__p_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__p_count


module mgd_trainer_xor__sequencer__pass_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__pass_count


module mgd_trainer_xor__sequencer__pdrain(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__pdrain


module mgd_trainer_xor__sequencer__preload(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__preload


module mgd_trainer_xor__sequencer__sample_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__sample_base


module mgd_trainer_xor__sequencer__sample_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__sample_index


module mgd_trainer_xor__sequencer__state(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__state


module mgd_trainer_xor__sequencer__step_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__step_count


module mgd_trainer_xor__sequencer__sweep_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_xor__sequencer__sweep_after


module mgd_trainer_xor__sequencer__theta_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__theta_count


module mgd_trainer_xor__sequencer__x_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor__sequencer__x_count


module mgd_trainer_xor__sweep_enter_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_xor__sweep_enter_ahead


module mgd_trainer_xor__sweep_stay_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_xor__sweep_stay_ahead
