// mgd_trainer_xor_hw_np_layer: MGD trainer exported by mgdsim 0.1.0 (`mgdsim export`). Do not edit: regenerate.
// config: sim/configs/xor_hw_np_layer.toml (fnv1a64 of its text: bf090b0a18f0ad44)
// network [2, 2, 1] HardSigmoid, P = 9 parameters, 4 training samples in the sample ROM
// formats: theta Q2.12, act Q2.12, grad 32 bits, eta_shift 17, perturbation Random amplitude [579, 819] LSB (per pass)
// taus: tau_x 1, tau_p 1, tau_theta 1; run.steps 100000 (then `done`)
// own evaluation of the 4 training samples after reset and every 100 steps (48 cycles); done at 4 correct
//
// Top-level ports (module mgd_trainer_xor_hw_np_layer):
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



module mgd_trainer_xor_hw_np_layer(clock,reset,stream_select,sample_valid,sample_data,sample_label,sample_ready,read_clock,read_addr,read_theta,steps,current_cost,done,at_target,correct,evaluating,sample_index);
    
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
    localparam  start_ahead = 20'h1;
    localparam  row0_ahead = 20'h0;
    localparam  per_layer = 1'b1;
    localparam signed amp = 32'h243;
    localparam  side_by_side = 1'b0;
    localparam  node_steps = 11'b1;
    localparam  stream_only = 1'b0;
    localparam  zero16 = 16'h0;
    localparam  zero_read = 16'h0;
    localparam signed zero_acc = 42'h0;
    localparam signed zero_act = 16'h0;
    localparam  zero_sq = 38'h0;
    localparam  zero_label = 8'h0;
    localparam  node = 1'b1;
    
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
    reg  lanes__1__clock;
    reg  [9:0] lanes__1__row_first;
    reg  [10:0] lanes__1__row_used;
    reg  lanes__1__row_bias;
    reg  [15:0] lanes__1__state;
    reg  [9:0] lanes__1__slot;
    reg  lanes__1__enable;
    reg signed [31:0] lanes__1__amp;
    reg  lanes__1__in_pass;
    reg  lanes__1__running;
    wire  lanes__1__sign;
    wire  lanes__1__active;
    wire signed [15:0] lanes__1__theta_pert;
    reg signed [41:0] lanes__1__left_in;
    reg signed [41:0] lanes__1__right_in;
    wire signed [41:0] lanes__1__term_out;
    wire signed [41:0] lanes__1__subtree;
    reg  [9:0] lanes__1__theta_read_row;
    reg  [9:0] lanes__1__grad_read_row;
    reg  [9:0] lanes__1__ahead_row;
    reg  [9:0] lanes__1__write_row;
    reg  lanes__1__init_next;
    reg  [9:0] lanes__1__init_row_next;
    reg  lanes__1__corr;
    reg  lanes__1__fusing;
    reg  lanes__1__corr_next;
    reg  lanes__1__update;
    reg signed [31:0] lanes__1__cost_delta;
    reg signed [31:0] lanes__1__neg_cost_delta;
    reg signed [15:0] lanes__1__delta_node;
    reg  [9:0] lanes__1__act_read_row;
    reg  [9:0] lanes__1__act_ahead_row;
    reg  lanes__1__out_write;
    reg  [9:0] lanes__1__out_lane;
    reg  [9:0] lanes__1__out_row;
    reg signed [15:0] lanes__1__out_data;
    reg signed [15:0] lanes__1__act_in;
    wire signed [15:0] lanes__1__act_out;
    reg  lanes__1__load;
    reg  [9:0] lanes__1__load_lane;
    reg  [9:0] lanes__1__load_row;
    reg signed [15:0] lanes__1__stream_data;
    reg  lanes__1__stream;
    reg  [15:0] lanes__1__rom_addr;
    reg  lanes__1__read_clock;
    reg  [9:0] lanes__1__read_row;
    reg  [9:0] lanes__1__read_lane;
    reg  [15:0] lanes__1__read_in;
    wire  [15:0] lanes__1__read_out;
    reg  lanes__2__clock;
    reg  [9:0] lanes__2__row_first;
    reg  [10:0] lanes__2__row_used;
    reg  lanes__2__row_bias;
    reg  [15:0] lanes__2__state;
    reg  [9:0] lanes__2__slot;
    reg  lanes__2__enable;
    reg signed [31:0] lanes__2__amp;
    reg  lanes__2__in_pass;
    reg  lanes__2__running;
    wire  lanes__2__sign;
    wire  lanes__2__active;
    wire signed [15:0] lanes__2__theta_pert;
    reg signed [41:0] lanes__2__left_in;
    reg signed [41:0] lanes__2__right_in;
    wire signed [41:0] lanes__2__term_out;
    wire signed [41:0] lanes__2__subtree;
    reg  [9:0] lanes__2__theta_read_row;
    reg  [9:0] lanes__2__grad_read_row;
    reg  [9:0] lanes__2__ahead_row;
    reg  [9:0] lanes__2__write_row;
    reg  lanes__2__init_next;
    reg  [9:0] lanes__2__init_row_next;
    reg  lanes__2__corr;
    reg  lanes__2__fusing;
    reg  lanes__2__corr_next;
    reg  lanes__2__update;
    reg signed [31:0] lanes__2__cost_delta;
    reg signed [31:0] lanes__2__neg_cost_delta;
    reg signed [15:0] lanes__2__delta_node;
    reg  [9:0] lanes__2__act_read_row;
    reg  [9:0] lanes__2__act_ahead_row;
    reg  lanes__2__out_write;
    reg  [9:0] lanes__2__out_lane;
    reg  [9:0] lanes__2__out_row;
    reg signed [15:0] lanes__2__out_data;
    reg signed [15:0] lanes__2__act_in;
    wire signed [15:0] lanes__2__act_out;
    reg  lanes__2__load;
    reg  [9:0] lanes__2__load_lane;
    reg  [9:0] lanes__2__load_row;
    reg signed [15:0] lanes__2__stream_data;
    reg  lanes__2__stream;
    reg  [15:0] lanes__2__rom_addr;
    reg  lanes__2__read_clock;
    reg  [9:0] lanes__2__read_row;
    reg  [9:0] lanes__2__read_lane;
    reg  [15:0] lanes__2__read_in;
    wire  [15:0] lanes__2__read_out;
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
    mgd_trainer_xor_hw_np_layer__sequencer sequencer(
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
    mgd_trainer_xor_hw_np_layer__perturbation perturbation(
        .clock(perturbation__clock),
        .reset(perturbation__reset),
        .restart(perturbation__restart),
        .advance(perturbation__advance),
        .stepped(perturbation__stepped),
        .next_window(perturbation__next_window),
        .state(perturbation__state),
        .window(perturbation__window)
    );
    mgd_trainer_xor_hw_np_layer__network network(
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
    mgd_trainer_xor_hw_np_layer__neurons__0 neurons__0(
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
    mgd_trainer_xor_hw_np_layer__cost cost(
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
    mgd_trainer_xor_hw_np_layer__cost_terms__0 cost_terms__0(
        .clock(cost_terms__0__clock),
        .strobe(cost_terms__0__strobe),
        .y(cost_terms__0__y),
        .y_index(cost_terms__0__y_index),
        .label(cost_terms__0__label),
        .sum_in(cost_terms__0__sum_in),
        .sum_out(cost_terms__0__sum_out)
    );
    mgd_trainer_xor_hw_np_layer__score score(
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
    mgd_trainer_xor_hw_np_layer__lanes__0 lanes__0(
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
    mgd_trainer_xor_hw_np_layer__lanes__1 lanes__1(
        .clock(lanes__1__clock),
        .row_first(lanes__1__row_first),
        .row_used(lanes__1__row_used),
        .row_bias(lanes__1__row_bias),
        .state(lanes__1__state),
        .slot(lanes__1__slot),
        .enable(lanes__1__enable),
        .amp(lanes__1__amp),
        .in_pass(lanes__1__in_pass),
        .running(lanes__1__running),
        .sign(lanes__1__sign),
        .active(lanes__1__active),
        .theta_pert(lanes__1__theta_pert),
        .left_in(lanes__1__left_in),
        .right_in(lanes__1__right_in),
        .term_out(lanes__1__term_out),
        .subtree(lanes__1__subtree),
        .theta_read_row(lanes__1__theta_read_row),
        .grad_read_row(lanes__1__grad_read_row),
        .ahead_row(lanes__1__ahead_row),
        .write_row(lanes__1__write_row),
        .init_next(lanes__1__init_next),
        .init_row_next(lanes__1__init_row_next),
        .corr(lanes__1__corr),
        .fusing(lanes__1__fusing),
        .corr_next(lanes__1__corr_next),
        .update(lanes__1__update),
        .cost_delta(lanes__1__cost_delta),
        .neg_cost_delta(lanes__1__neg_cost_delta),
        .delta_node(lanes__1__delta_node),
        .act_read_row(lanes__1__act_read_row),
        .act_ahead_row(lanes__1__act_ahead_row),
        .out_write(lanes__1__out_write),
        .out_lane(lanes__1__out_lane),
        .out_row(lanes__1__out_row),
        .out_data(lanes__1__out_data),
        .act_in(lanes__1__act_in),
        .act_out(lanes__1__act_out),
        .load(lanes__1__load),
        .load_lane(lanes__1__load_lane),
        .load_row(lanes__1__load_row),
        .stream_data(lanes__1__stream_data),
        .stream(lanes__1__stream),
        .rom_addr(lanes__1__rom_addr),
        .read_clock(lanes__1__read_clock),
        .read_row(lanes__1__read_row),
        .read_lane(lanes__1__read_lane),
        .read_in(lanes__1__read_in),
        .read_out(lanes__1__read_out)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2 lanes__2(
        .clock(lanes__2__clock),
        .row_first(lanes__2__row_first),
        .row_used(lanes__2__row_used),
        .row_bias(lanes__2__row_bias),
        .state(lanes__2__state),
        .slot(lanes__2__slot),
        .enable(lanes__2__enable),
        .amp(lanes__2__amp),
        .in_pass(lanes__2__in_pass),
        .running(lanes__2__running),
        .sign(lanes__2__sign),
        .active(lanes__2__active),
        .theta_pert(lanes__2__theta_pert),
        .left_in(lanes__2__left_in),
        .right_in(lanes__2__right_in),
        .term_out(lanes__2__term_out),
        .subtree(lanes__2__subtree),
        .theta_read_row(lanes__2__theta_read_row),
        .grad_read_row(lanes__2__grad_read_row),
        .ahead_row(lanes__2__ahead_row),
        .write_row(lanes__2__write_row),
        .init_next(lanes__2__init_next),
        .init_row_next(lanes__2__init_row_next),
        .corr(lanes__2__corr),
        .fusing(lanes__2__fusing),
        .corr_next(lanes__2__corr_next),
        .update(lanes__2__update),
        .cost_delta(lanes__2__cost_delta),
        .neg_cost_delta(lanes__2__neg_cost_delta),
        .delta_node(lanes__2__delta_node),
        .act_read_row(lanes__2__act_read_row),
        .act_ahead_row(lanes__2__act_ahead_row),
        .out_write(lanes__2__out_write),
        .out_lane(lanes__2__out_lane),
        .out_row(lanes__2__out_row),
        .out_data(lanes__2__out_data),
        .act_in(lanes__2__act_in),
        .act_out(lanes__2__act_out),
        .load(lanes__2__load),
        .load_lane(lanes__2__load_lane),
        .load_row(lanes__2__load_row),
        .stream_data(lanes__2__stream_data),
        .stream(lanes__2__stream),
        .rom_addr(lanes__2__rom_addr),
        .read_clock(lanes__2__read_clock),
        .read_row(lanes__2__read_row),
        .read_lane(lanes__2__read_lane),
        .read_in(lanes__2__read_in),
        .read_out(lanes__2__read_out)
    );
    mgd_trainer_xor_hw_np_layer__jumps__0 jumps__0(
        .state(jumps__0__state),
        .row_used(jumps__0__row_used),
        .chain_in(jumps__0__chain_in),
        .chain_out(jumps__0__chain_out)
    );
    mgd_trainer_xor_hw_np_layer__read_map read_map(
        .address(read_map__address),
        .data(read_map__data)
    );
    mgd_trainer_xor_hw_np_layer__labels labels(
        .address(labels__address),
        .data(labels__data)
    );
    mgd_trainer_xor_hw_np_layer__pass_amps pass_amps(
        .address(pass_amps__address),
        .data(pass_amps__data)
    );
    mgd_trainer_xor_hw_np_layer__infer_ahead infer_ahead(
        .address(infer_ahead__address),
        .data(infer_ahead__data)
    );
    mgd_trainer_xor_hw_np_layer__sweep_enter_ahead sweep_enter_ahead(
        .address(sweep_enter_ahead__address),
        .data(sweep_enter_ahead__data)
    );
    mgd_trainer_xor_hw_np_layer__sweep_stay_ahead sweep_stay_ahead(
        .address(sweep_stay_ahead__address),
        .data(sweep_stay_ahead__data)
    );
    mgd_trainer_xor_hw_np_layer__label label(
        .d(label__d),
        .q(label__q),
        .clock(label__clock)
    );
    mgd_trainer_xor_hw_np_layer__cost_label cost_label(
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
        lanes__1__clock = clock;
        lanes__1__read_clock = read_clock;
        lanes__1__row_first = network__row_first;
        lanes__1__row_used = network__row_used;
        lanes__1__row_bias = network__row_bias;
        lanes__1__in_pass = in_pass;
        lanes__1__amp = lane_amp;
        lanes__1__slot = perturbation__window;
        lanes__1__enable = sequencer__perturb_on;
        lanes__1__running = network__busy;
        lanes__1__state = perturbation__state;
        if (sequencer__corr_next) begin
            lanes__1__theta_read_row = sequencer__index_next;
            lanes__1__grad_read_row = sequencer__index_next;
        end
        else begin
            lanes__1__theta_read_row = network__row_next;
            lanes__1__grad_read_row = network__row_next;
        end
        lanes__1__ahead_row = bank_ahead[(32'h0)+:(10)];
        lanes__1__act_ahead_row = bank_ahead[(32'ha)+:(10)];
        if (sequencer__fusing) begin
            lanes__1__write_row = network__row;
        end
        else begin
            lanes__1__write_row = sequencer__index;
        end
        lanes__1__init_next = sequencer__init_next;
        lanes__1__init_row_next = sequencer__init_row_next;
        lanes__1__corr = sequencer__corr | (sequencer__fusing & network__busy);
        lanes__1__corr_next = sequencer__corr_next;
        lanes__1__fusing = sequencer__fusing;
        lanes__1__update = sequencer__update;
        lanes__1__cost_delta = cost__cost_delta;
        lanes__1__neg_cost_delta = cost__cost_neg_delta;
        lanes__1__delta_node = cost__delta_node;
        lanes__1__act_read_row = network__act_row_next;
        lanes__1__out_write = network__out_write;
        lanes__1__out_lane = network__out_lane;
        lanes__1__out_row = network__out_row;
        lanes__1__load = sequencer__load;
        lanes__1__load_lane = sequencer__word_lane;
        lanes__1__load_row = sequencer__load_addr;
        lanes__1__stream_data = sample_data;
        lanes__1__stream = stream_on;
        lanes__1__rom_addr = sequencer__rom_addr;
        lanes__1__read_row = read_map__data[(32'h0)+:(10)];
        lanes__1__read_lane = read_map__data[(32'ha)+:(10)];
        lanes__2__clock = clock;
        lanes__2__read_clock = read_clock;
        lanes__2__row_first = network__row_first;
        lanes__2__row_used = network__row_used;
        lanes__2__row_bias = network__row_bias;
        lanes__2__in_pass = in_pass;
        lanes__2__amp = lane_amp;
        lanes__2__slot = perturbation__window;
        lanes__2__enable = sequencer__perturb_on;
        lanes__2__running = network__busy;
        lanes__2__state = perturbation__state;
        if (sequencer__corr_next) begin
            lanes__2__theta_read_row = sequencer__index_next;
            lanes__2__grad_read_row = sequencer__index_next;
        end
        else begin
            lanes__2__theta_read_row = network__row_next;
            lanes__2__grad_read_row = network__row_next;
        end
        lanes__2__ahead_row = bank_ahead[(32'h0)+:(10)];
        lanes__2__act_ahead_row = bank_ahead[(32'ha)+:(10)];
        if (sequencer__fusing) begin
            lanes__2__write_row = network__row;
        end
        else begin
            lanes__2__write_row = sequencer__index;
        end
        lanes__2__init_next = sequencer__init_next;
        lanes__2__init_row_next = sequencer__init_row_next;
        lanes__2__corr = sequencer__corr | (sequencer__fusing & network__busy);
        lanes__2__corr_next = sequencer__corr_next;
        lanes__2__fusing = sequencer__fusing;
        lanes__2__update = sequencer__update;
        lanes__2__cost_delta = cost__cost_delta;
        lanes__2__neg_cost_delta = cost__cost_neg_delta;
        lanes__2__delta_node = cost__delta_node;
        lanes__2__act_read_row = network__act_row_next;
        lanes__2__out_write = network__out_write;
        lanes__2__out_lane = network__out_lane;
        lanes__2__out_row = network__out_row;
        lanes__2__load = sequencer__load;
        lanes__2__load_lane = sequencer__word_lane;
        lanes__2__load_row = sequencer__load_addr;
        lanes__2__stream_data = sample_data;
        lanes__2__stream = stream_on;
        lanes__2__rom_addr = sequencer__rom_addr;
        lanes__2__read_row = read_map__data[(32'h0)+:(10)];
        lanes__2__read_lane = read_map__data[(32'ha)+:(10)];
        lanes__0__read_in = zero_read;
        lanes__1__read_in = lanes__0__read_out;
        lanes__2__read_in = lanes__1__read_out;
        read_theta = $signed(lanes__2__read_out);
        jumps__0__state = perturbation__state;
        jumps__0__row_used = row_steps;
        jumps__0__chain_in = zero16;
        perturbation__stepped = jumps__0__chain_out;
        lanes__0__left_in = lanes__1__subtree;
        lanes__0__right_in = lanes__0__term_out;
        lanes__1__left_in = lanes__1__term_out;
        lanes__1__right_in = lanes__2__term_out;
        lanes__2__left_in = zero_acc;
        lanes__2__right_in = zero_acc;
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
        lanes__1__out_data = neurons__0__y;
        lanes__2__out_data = neurons__0__y;
        lanes__0__act_in = zero_act;
        lanes__1__act_in = zero_act;
        lanes__2__act_in = zero_act;
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
    
endmodule // mgd_trainer_xor_hw_np_layer


module mgd_trainer_xor_hw_np_layer__cost(clock,reset,clear,strobe,squares,latch_base,hold,latch_pert,cost,cost_base,cost_delta,cost_neg_delta,delta_node);
    
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
    localparam  delta_shift = 32'h8;
    localparam  delta_fill = 32'hff000000;
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
    mgd_trainer_xor_hw_np_layer__cost__sum sum(
        .d(sum__d),
        .q(sum__q),
        .clock(sum__clock)
    );
    mgd_trainer_xor_hw_np_layer__cost__base base(
        .d(base__d),
        .q(base__q),
        .clock(base__clock)
    );
    mgd_trainer_xor_hw_np_layer__cost__delta delta(
        .d(delta__d),
        .q(delta__q),
        .clock(delta__clock)
    );
    mgd_trainer_xor_hw_np_layer__cost__neg_delta neg_delta(
        .d(neg_delta__d),
        .q(neg_delta__q),
        .clock(neg_delta__clock)
    );
    mgd_trainer_xor_hw_np_layer__cost__delta16 delta16(
        .d(delta16__d),
        .q(delta16__q),
        .clock(delta16__clock)
    );
    mgd_trainer_xor_hw_np_layer__cost__pipe_strobe pipe_strobe(
        .d(pipe_strobe__d),
        .q(pipe_strobe__q),
        .clock(pipe_strobe__clock)
    );
    mgd_trainer_xor_hw_np_layer__cost__pipe_term pipe_term(
        .d(pipe_term__d),
        .q(pipe_term__q),
        .clock(pipe_term__clock)
    );
    mgd_trainer_xor_hw_np_layer__cost__pipe_fold pipe_fold(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__cost


module mgd_trainer_xor_hw_np_layer__cost__base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__cost__base


module mgd_trainer_xor_hw_np_layer__cost__delta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__cost__delta


module mgd_trainer_xor_hw_np_layer__cost__delta16(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__cost__delta16


module mgd_trainer_xor_hw_np_layer__cost__neg_delta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__cost__neg_delta


module mgd_trainer_xor_hw_np_layer__cost__pipe_fold(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__cost__pipe_fold


module mgd_trainer_xor_hw_np_layer__cost__pipe_strobe(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__cost__pipe_strobe


module mgd_trainer_xor_hw_np_layer__cost__pipe_term(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__cost__pipe_term


module mgd_trainer_xor_hw_np_layer__cost__sum(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__cost__sum


module mgd_trainer_xor_hw_np_layer__cost_label(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__cost_label


module mgd_trainer_xor_hw_np_layer__cost_terms__0(clock,strobe,y,y_index,label,sum_in,sum_out);
    
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
    mgd_trainer_xor_hw_np_layer__cost_terms__0__pipe_mag pipe_mag(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__cost_terms__0


module mgd_trainer_xor_hw_np_layer__cost_terms__0__pipe_mag(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__cost_terms__0__pipe_mag


module mgd_trainer_xor_hw_np_layer__infer_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__infer_ahead


module mgd_trainer_xor_hw_np_layer__jumps__0(state,row_used,chain_in,chain_out);
    
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
    
endmodule // mgd_trainer_xor_hw_np_layer__jumps__0


module mgd_trainer_xor_hw_np_layer__label(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__label


module mgd_trainer_xor_hw_np_layer__labels(address,data);
    
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
            
endmodule // mgd_trainer_xor_hw_np_layer__labels


module mgd_trainer_xor_hw_np_layer__lanes__0(clock,row_first,row_used,row_bias,state,slot,enable,amp,in_pass,running,sign,active,theta_pert,left_in,right_in,term_out,subtree,theta_read_row,grad_read_row,ahead_row,write_row,init_next,init_row_next,corr,fusing,corr_next,update,cost_delta,neg_cost_delta,delta_node,act_read_row,act_ahead_row,out_write,out_lane,out_row,out_data,act_in,act_out,load,load_lane,load_row,stream_data,stream,rom_addr,read_clock,read_row,read_lane,read_in,read_out);
    
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
    localparam signed one = 16'h1000;
    localparam  msb16 = 16'h8000;
    localparam  two30 = 32'h40000000;
    localparam  piped = 1'b1;
    localparam  node = 1'b1;
    localparam  node_piped = 1'b1;
    localparam  reads_ahead = 1'b0;
    localparam  late_theta = 1'b0;
    localparam  momentum = 1'b1;
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
    mgd_trainer_xor_hw_np_layer__lanes__0__correlator correlator(
        .sign(correlator__sign),
        .active(correlator__active),
        .cost_delta(correlator__cost_delta),
        .neg_cost_delta(correlator__neg_cost_delta),
        .corr(correlator__corr)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__accumulator accumulator(
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
    mgd_trainer_xor_hw_np_layer__lanes__0__theta_mem theta_mem(
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
    mgd_trainer_xor_hw_np_layer__lanes__0__grad_mem grad_mem(
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
    mgd_trainer_xor_hw_np_layer__lanes__0__vel_mem vel_mem(
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
    mgd_trainer_xor_hw_np_layer__lanes__0__theta_init theta_init(
        .address(theta_init__address),
        .data(theta_init__data)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__acts acts(
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
    mgd_trainer_xor_hw_np_layer__lanes__0__samples samples(
        .address(samples__address),
        .data(samples__data)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__samples_sync samples_sync(
        .clock(samples_sync__clock),
        .address(samples_sync__address),
        .data(samples_sync__data)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_theta pipe_theta(
        .d(pipe_theta__d),
        .q(pipe_theta__q),
        .clock(pipe_theta__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_x pipe_x(
        .d(pipe_x__d),
        .q(pipe_x__q),
        .clock(pipe_x__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_take pipe_take(
        .d(pipe_take__d),
        .q(pipe_take__q),
        .clock(pipe_take__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_product pipe_product(
        .d(pipe_product__d),
        .q(pipe_product__q),
        .clock(pipe_product__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_fix pipe_fix(
        .d(pipe_fix__d),
        .q(pipe_fix__q),
        .clock(pipe_fix__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_subtree pipe_subtree(
        .d(pipe_subtree__d),
        .q(pipe_subtree__q),
        .clock(pipe_subtree__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_grad pipe_grad(
        .d(pipe_grad__d),
        .q(pipe_grad__q),
        .clock(pipe_grad__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_old pipe_old(
        .d(pipe_old__d),
        .q(pipe_old__q),
        .clock(pipe_old__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_write pipe_write(
        .d(pipe_write__d),
        .q(pipe_write__q),
        .clock(pipe_write__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_update pipe_update(
        .d(pipe_update__d),
        .q(pipe_update__q),
        .clock(pipe_update__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_row pipe_row(
        .d(pipe_row__d),
        .q(pipe_row__q),
        .clock(pipe_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_vel pipe_vel(
        .d(pipe_vel__d),
        .q(pipe_vel__q),
        .clock(pipe_vel__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_step pipe_step(
        .d(pipe_step__d),
        .q(pipe_step__q),
        .clock(pipe_step__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_base pipe_base(
        .d(pipe_base__d),
        .q(pipe_base__q),
        .clock(pipe_base__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_apply pipe_apply(
        .d(pipe_apply__d),
        .q(pipe_apply__q),
        .clock(pipe_apply__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_theta_row pipe_theta_row(
        .d(pipe_theta_row__d),
        .q(pipe_theta_row__q),
        .clock(pipe_theta_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_next_theta pipe_next_theta(
        .d(pipe_next_theta__d),
        .q(pipe_next_theta__q),
        .clock(pipe_next_theta__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_store pipe_store(
        .d(pipe_store__d),
        .q(pipe_store__q),
        .clock(pipe_store__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_store_row pipe_store_row(
        .d(pipe_store_row__d),
        .q(pipe_store_row__q),
        .clock(pipe_store_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load pipe_load(
        .d(pipe_load__d),
        .q(pipe_load__q),
        .clock(pipe_load__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load_row pipe_load_row(
        .d(pipe_load_row__d),
        .q(pipe_load_row__q),
        .clock(pipe_load_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load_data pipe_load_data(
        .d(pipe_load_data__d),
        .q(pipe_load_data__q),
        .clock(pipe_load_data__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load_stream pipe_load_stream(
        .d(pipe_load_stream__d),
        .q(pipe_load_stream__q),
        .clock(pipe_load_stream__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nsign0 pipe_nsign0(
        .d(pipe_nsign0__d),
        .q(pipe_nsign0__q),
        .clock(pipe_nsign0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nswept0 pipe_nswept0(
        .d(pipe_nswept0__d),
        .q(pipe_nswept0__q),
        .clock(pipe_nswept0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nupd0 pipe_nupd0(
        .d(pipe_nupd0__d),
        .q(pipe_nupd0__q),
        .clock(pipe_nupd0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nrow0 pipe_nrow0(
        .d(pipe_nrow0__d),
        .q(pipe_nrow0__q),
        .clock(pipe_nrow0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nraw pipe_nraw(
        .d(pipe_nraw__d),
        .q(pipe_nraw__q),
        .clock(pipe_nraw__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nfix pipe_nfix(
        .d(pipe_nfix__d),
        .q(pipe_nfix__q),
        .clock(pipe_nfix__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nsign pipe_nsign(
        .d(pipe_nsign__d),
        .q(pipe_nsign__q),
        .clock(pipe_nsign__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nswept pipe_nswept(
        .d(pipe_nswept__d),
        .q(pipe_nswept__q),
        .clock(pipe_nswept__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nupd pipe_nupd(
        .d(pipe_nupd__d),
        .q(pipe_nupd__q),
        .clock(pipe_nupd__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nrow pipe_nrow(
        .d(pipe_nrow__d),
        .q(pipe_nrow__q),
        .clock(pipe_nrow__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nprod pipe_nprod(
        .d(pipe_nprod__d),
        .q(pipe_nprod__q),
        .clock(pipe_nprod__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nsign2 pipe_nsign2(
        .d(pipe_nsign2__d),
        .q(pipe_nsign2__q),
        .clock(pipe_nsign2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nswept2 pipe_nswept2(
        .d(pipe_nswept2__d),
        .q(pipe_nswept2__q),
        .clock(pipe_nswept2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nupd2 pipe_nupd2(
        .d(pipe_nupd2__d),
        .q(pipe_nupd2__q),
        .clock(pipe_nupd2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nrow2 pipe_nrow2(
        .d(pipe_nrow2__d),
        .q(pipe_nrow2__q),
        .clock(pipe_nrow2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__init_done init_done(
        .d(init_done__d),
        .q(init_done__q),
        .clock(init_done__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__init_row init_row(
        .d(init_row__d),
        .q(init_row__q),
        .clock(init_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__corr_q corr_q(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0


module mgd_trainer_xor_hw_np_layer__lanes__0__accumulator(grad,corr,acc_out,acc_in,update,step_out,vel,decay_out,decay_in,vel_next,step_in,theta,apply,grad_next,theta_next);
    
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
    localparam  eta_shift = 8'h11;
    localparam  fill = 32'hffff8000;
    localparam  half = 32'h10000;
    localparam  momentum = 1'b1;
    localparam  mom_shift = 8'h3;
    localparam  mom_fill = 32'he0000000;
    
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
    mgd_trainer_xor_hw_np_layer__lanes__0__accumulator__grad_add grad_add(
        .a(grad_add__a),
        .b(grad_add__b),
        .sum(grad_add__sum)
    );
    mgd_trainer_xor_hw_np_layer__lanes__0__accumulator__vel_add vel_add(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__accumulator


module mgd_trainer_xor_hw_np_layer__lanes__0__accumulator__grad_add(a,b,sum);
    
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__accumulator__grad_add


module mgd_trainer_xor_hw_np_layer__lanes__0__accumulator__vel_add(a,b,sum);
    
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__accumulator__vel_add


module mgd_trainer_xor_hw_np_layer__lanes__0__acts(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
    reg [15:0] mem[0:3];
    reg [1:0] read_at;
    integer i;
    initial begin
       for (i = 0; i <= 3; i = i + 1) mem[i] = 0;
       read_at = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[1:0]] <= write_data;
       end
       read_at <= read_address[1:0];
    end
    always @(*) read_data = mem[read_at];
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[1:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__acts


module mgd_trainer_xor_hw_np_layer__lanes__0__corr_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__corr_q


module mgd_trainer_xor_hw_np_layer__lanes__0__correlator(sign,active,cost_delta,neg_cost_delta,corr);
    
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__correlator


module mgd_trainer_xor_hw_np_layer__lanes__0__grad_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__grad_mem


module mgd_trainer_xor_hw_np_layer__lanes__0__init_done(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__init_done


module mgd_trainer_xor_hw_np_layer__lanes__0__init_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__init_row


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_apply(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_apply


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_base


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_fix(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_fix


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_grad(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_grad


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load_data(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load_data


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load_row


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load_stream(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_load_stream


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_next_theta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_next_theta


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nfix(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nfix


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nprod(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nprod


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nraw(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nraw


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nrow(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nrow


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nrow0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nrow0


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nrow2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nrow2


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nsign(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nsign


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nsign0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nsign0


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nsign2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nsign2


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nswept(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nswept


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nswept0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nswept0


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nswept2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nswept2


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nupd(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nupd


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nupd0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nupd0


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nupd2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_nupd2


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_old(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_old


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_product(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_product


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_row


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_step(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_step


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_store(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_store


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_store_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_store_row


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_subtree(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_subtree


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_take(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_take


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_theta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_theta


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_theta_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_theta_row


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_update(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_update


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_vel(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_vel


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_write(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_write


module mgd_trainer_xor_hw_np_layer__lanes__0__pipe_x(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__pipe_x


module mgd_trainer_xor_hw_np_layer__lanes__0__samples(address,data);
    
    // Module arguments
    input wire  [15:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__samples


module mgd_trainer_xor_hw_np_layer__lanes__0__samples_sync(clock,address,data);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    reg [15:0] mem[0:3];
    integer i;
    initial begin
       for (i = 0; i <= 3; i = i + 1) mem[i] = 0;
       mem[2] = 16'h1000;
       mem[3] = 16'h1000;
       data = 0;
    end
    
    always @(posedge clock) begin
       data <= mem[address[1:0]];
    end
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__samples_sync


module mgd_trainer_xor_hw_np_layer__lanes__0__theta_init(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 16'h671;
      10'b1: data = 16'h382;
      10'b10: data = 16'h0;
      10'b11: data = 16'h0;
      10'b100: data = 16'h0;
      10'b101: data = 16'h0;
      10'b110: data = 16'h0;
      10'b111: data = 16'h0;
      10'b1000: data = 16'h761;
      10'b1001: data = 16'h0;
      10'b1010: data = 16'h0;
      10'b1011: data = 16'h0;
      10'b1100: data = 16'h0;
      10'b1101: data = 16'h0;
      10'b1110: data = 16'h0;
      10'b1111: data = 16'h0;
      10'b10000: data = 16'h671;
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__theta_init


module mgd_trainer_xor_hw_np_layer__lanes__0__theta_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__theta_mem


module mgd_trainer_xor_hw_np_layer__lanes__0__vel_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
endmodule // mgd_trainer_xor_hw_np_layer__lanes__0__vel_mem


module mgd_trainer_xor_hw_np_layer__lanes__1(clock,row_first,row_used,row_bias,state,slot,enable,amp,in_pass,running,sign,active,theta_pert,left_in,right_in,term_out,subtree,theta_read_row,grad_read_row,ahead_row,write_row,init_next,init_row_next,corr,fusing,corr_next,update,cost_delta,neg_cost_delta,delta_node,act_read_row,act_ahead_row,out_write,out_lane,out_row,out_data,act_in,act_out,load,load_lane,load_row,stream_data,stream,rom_addr,read_clock,read_row,read_lane,read_in,read_out);
    
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
    localparam  lane = 11'b1;
    localparam  lane_p = 10'b1;
    localparam  lane_end = 11'b10;
    localparam  unit_p = 10'b1;
    localparam  out_base = 10'b1;
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
    localparam  piped = 1'b1;
    localparam  node = 1'b1;
    localparam  node_piped = 1'b1;
    localparam  reads_ahead = 1'b0;
    localparam  late_theta = 1'b0;
    localparam  momentum = 1'b1;
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
    mgd_trainer_xor_hw_np_layer__lanes__1__correlator correlator(
        .sign(correlator__sign),
        .active(correlator__active),
        .cost_delta(correlator__cost_delta),
        .neg_cost_delta(correlator__neg_cost_delta),
        .corr(correlator__corr)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__accumulator accumulator(
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
    mgd_trainer_xor_hw_np_layer__lanes__1__theta_mem theta_mem(
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
    mgd_trainer_xor_hw_np_layer__lanes__1__grad_mem grad_mem(
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
    mgd_trainer_xor_hw_np_layer__lanes__1__vel_mem vel_mem(
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
    mgd_trainer_xor_hw_np_layer__lanes__1__theta_init theta_init(
        .address(theta_init__address),
        .data(theta_init__data)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__acts acts(
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
    mgd_trainer_xor_hw_np_layer__lanes__1__samples samples(
        .address(samples__address),
        .data(samples__data)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__samples_sync samples_sync(
        .clock(samples_sync__clock),
        .address(samples_sync__address),
        .data(samples_sync__data)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_theta pipe_theta(
        .d(pipe_theta__d),
        .q(pipe_theta__q),
        .clock(pipe_theta__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_x pipe_x(
        .d(pipe_x__d),
        .q(pipe_x__q),
        .clock(pipe_x__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_take pipe_take(
        .d(pipe_take__d),
        .q(pipe_take__q),
        .clock(pipe_take__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_product pipe_product(
        .d(pipe_product__d),
        .q(pipe_product__q),
        .clock(pipe_product__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_fix pipe_fix(
        .d(pipe_fix__d),
        .q(pipe_fix__q),
        .clock(pipe_fix__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_subtree pipe_subtree(
        .d(pipe_subtree__d),
        .q(pipe_subtree__q),
        .clock(pipe_subtree__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_grad pipe_grad(
        .d(pipe_grad__d),
        .q(pipe_grad__q),
        .clock(pipe_grad__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_old pipe_old(
        .d(pipe_old__d),
        .q(pipe_old__q),
        .clock(pipe_old__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_write pipe_write(
        .d(pipe_write__d),
        .q(pipe_write__q),
        .clock(pipe_write__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_update pipe_update(
        .d(pipe_update__d),
        .q(pipe_update__q),
        .clock(pipe_update__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_row pipe_row(
        .d(pipe_row__d),
        .q(pipe_row__q),
        .clock(pipe_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_vel pipe_vel(
        .d(pipe_vel__d),
        .q(pipe_vel__q),
        .clock(pipe_vel__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_step pipe_step(
        .d(pipe_step__d),
        .q(pipe_step__q),
        .clock(pipe_step__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_base pipe_base(
        .d(pipe_base__d),
        .q(pipe_base__q),
        .clock(pipe_base__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_apply pipe_apply(
        .d(pipe_apply__d),
        .q(pipe_apply__q),
        .clock(pipe_apply__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_theta_row pipe_theta_row(
        .d(pipe_theta_row__d),
        .q(pipe_theta_row__q),
        .clock(pipe_theta_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_next_theta pipe_next_theta(
        .d(pipe_next_theta__d),
        .q(pipe_next_theta__q),
        .clock(pipe_next_theta__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_store pipe_store(
        .d(pipe_store__d),
        .q(pipe_store__q),
        .clock(pipe_store__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_store_row pipe_store_row(
        .d(pipe_store_row__d),
        .q(pipe_store_row__q),
        .clock(pipe_store_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load pipe_load(
        .d(pipe_load__d),
        .q(pipe_load__q),
        .clock(pipe_load__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load_row pipe_load_row(
        .d(pipe_load_row__d),
        .q(pipe_load_row__q),
        .clock(pipe_load_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load_data pipe_load_data(
        .d(pipe_load_data__d),
        .q(pipe_load_data__q),
        .clock(pipe_load_data__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load_stream pipe_load_stream(
        .d(pipe_load_stream__d),
        .q(pipe_load_stream__q),
        .clock(pipe_load_stream__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nsign0 pipe_nsign0(
        .d(pipe_nsign0__d),
        .q(pipe_nsign0__q),
        .clock(pipe_nsign0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nswept0 pipe_nswept0(
        .d(pipe_nswept0__d),
        .q(pipe_nswept0__q),
        .clock(pipe_nswept0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nupd0 pipe_nupd0(
        .d(pipe_nupd0__d),
        .q(pipe_nupd0__q),
        .clock(pipe_nupd0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nrow0 pipe_nrow0(
        .d(pipe_nrow0__d),
        .q(pipe_nrow0__q),
        .clock(pipe_nrow0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nraw pipe_nraw(
        .d(pipe_nraw__d),
        .q(pipe_nraw__q),
        .clock(pipe_nraw__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nfix pipe_nfix(
        .d(pipe_nfix__d),
        .q(pipe_nfix__q),
        .clock(pipe_nfix__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nsign pipe_nsign(
        .d(pipe_nsign__d),
        .q(pipe_nsign__q),
        .clock(pipe_nsign__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nswept pipe_nswept(
        .d(pipe_nswept__d),
        .q(pipe_nswept__q),
        .clock(pipe_nswept__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nupd pipe_nupd(
        .d(pipe_nupd__d),
        .q(pipe_nupd__q),
        .clock(pipe_nupd__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nrow pipe_nrow(
        .d(pipe_nrow__d),
        .q(pipe_nrow__q),
        .clock(pipe_nrow__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nprod pipe_nprod(
        .d(pipe_nprod__d),
        .q(pipe_nprod__q),
        .clock(pipe_nprod__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nsign2 pipe_nsign2(
        .d(pipe_nsign2__d),
        .q(pipe_nsign2__q),
        .clock(pipe_nsign2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nswept2 pipe_nswept2(
        .d(pipe_nswept2__d),
        .q(pipe_nswept2__q),
        .clock(pipe_nswept2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nupd2 pipe_nupd2(
        .d(pipe_nupd2__d),
        .q(pipe_nupd2__q),
        .clock(pipe_nupd2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nrow2 pipe_nrow2(
        .d(pipe_nrow2__d),
        .q(pipe_nrow2__q),
        .clock(pipe_nrow2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__init_done init_done(
        .d(init_done__d),
        .q(init_done__q),
        .clock(init_done__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__init_row init_row(
        .d(init_row__d),
        .q(init_row__q),
        .clock(init_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__corr_q corr_q(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1


module mgd_trainer_xor_hw_np_layer__lanes__1__accumulator(grad,corr,acc_out,acc_in,update,step_out,vel,decay_out,decay_in,vel_next,step_in,theta,apply,grad_next,theta_next);
    
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
    localparam  eta_shift = 8'h11;
    localparam  fill = 32'hffff8000;
    localparam  half = 32'h10000;
    localparam  momentum = 1'b1;
    localparam  mom_shift = 8'h3;
    localparam  mom_fill = 32'he0000000;
    
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
    mgd_trainer_xor_hw_np_layer__lanes__1__accumulator__grad_add grad_add(
        .a(grad_add__a),
        .b(grad_add__b),
        .sum(grad_add__sum)
    );
    mgd_trainer_xor_hw_np_layer__lanes__1__accumulator__vel_add vel_add(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__accumulator


module mgd_trainer_xor_hw_np_layer__lanes__1__accumulator__grad_add(a,b,sum);
    
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__accumulator__grad_add


module mgd_trainer_xor_hw_np_layer__lanes__1__accumulator__vel_add(a,b,sum);
    
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__accumulator__vel_add


module mgd_trainer_xor_hw_np_layer__lanes__1__acts(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
    reg [15:0] mem[0:3];
    reg [1:0] read_at;
    integer i;
    initial begin
       for (i = 0; i <= 3; i = i + 1) mem[i] = 0;
       read_at = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[1:0]] <= write_data;
       end
       read_at <= read_address[1:0];
    end
    always @(*) read_data = mem[read_at];
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[1:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__acts


module mgd_trainer_xor_hw_np_layer__lanes__1__corr_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__corr_q


module mgd_trainer_xor_hw_np_layer__lanes__1__correlator(sign,active,cost_delta,neg_cost_delta,corr);
    
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__correlator


module mgd_trainer_xor_hw_np_layer__lanes__1__grad_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__grad_mem


module mgd_trainer_xor_hw_np_layer__lanes__1__init_done(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__init_done


module mgd_trainer_xor_hw_np_layer__lanes__1__init_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__init_row


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_apply(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_apply


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_base


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_fix(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_fix


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_grad(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_grad


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load_data(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load_data


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load_row


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load_stream(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_load_stream


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_next_theta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_next_theta


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nfix(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nfix


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nprod(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nprod


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nraw(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nraw


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nrow(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nrow


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nrow0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nrow0


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nrow2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nrow2


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nsign(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nsign


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nsign0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nsign0


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nsign2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nsign2


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nswept(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nswept


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nswept0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nswept0


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nswept2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nswept2


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nupd(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nupd


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nupd0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nupd0


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nupd2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_nupd2


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_old(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_old


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_product(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_product


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_row


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_step(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_step


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_store(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_store


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_store_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_store_row


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_subtree(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_subtree


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_take(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_take


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_theta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_theta


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_theta_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_theta_row


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_update(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_update


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_vel(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_vel


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_write(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_write


module mgd_trainer_xor_hw_np_layer__lanes__1__pipe_x(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__pipe_x


module mgd_trainer_xor_hw_np_layer__lanes__1__samples(address,data);
    
    // Module arguments
    input wire  [15:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__samples


module mgd_trainer_xor_hw_np_layer__lanes__1__samples_sync(clock,address,data);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    reg [15:0] mem[0:3];
    integer i;
    initial begin
       for (i = 0; i <= 3; i = i + 1) mem[i] = 0;
       mem[1] = 16'h1000;
       mem[3] = 16'h1000;
       data = 0;
    end
    
    always @(posedge clock) begin
       data <= mem[address[1:0]];
    end
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__samples_sync


module mgd_trainer_xor_hw_np_layer__lanes__1__theta_init(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 16'h149;
      10'b1: data = 16'h48a;
      10'b10: data = 16'h0;
      10'b11: data = 16'h0;
      10'b100: data = 16'h0;
      10'b101: data = 16'h0;
      10'b110: data = 16'h0;
      10'b111: data = 16'h0;
      10'b1000: data = 16'h271;
      10'b1001: data = 16'h0;
      10'b1010: data = 16'h0;
      10'b1011: data = 16'h0;
      10'b1100: data = 16'h0;
      10'b1101: data = 16'h0;
      10'b1110: data = 16'h0;
      10'b1111: data = 16'h0;
      10'b10000: data = 16'h149;
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__theta_init


module mgd_trainer_xor_hw_np_layer__lanes__1__theta_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__theta_mem


module mgd_trainer_xor_hw_np_layer__lanes__1__vel_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
endmodule // mgd_trainer_xor_hw_np_layer__lanes__1__vel_mem


module mgd_trainer_xor_hw_np_layer__lanes__2(clock,row_first,row_used,row_bias,state,slot,enable,amp,in_pass,running,sign,active,theta_pert,left_in,right_in,term_out,subtree,theta_read_row,grad_read_row,ahead_row,write_row,init_next,init_row_next,corr,fusing,corr_next,update,cost_delta,neg_cost_delta,delta_node,act_read_row,act_ahead_row,out_write,out_lane,out_row,out_data,act_in,act_out,load,load_lane,load_row,stream_data,stream,rom_addr,read_clock,read_row,read_lane,read_in,read_out);
    
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
    localparam  lane = 11'b10;
    localparam  lane_p = 10'b10;
    localparam  lane_end = 11'b11;
    localparam  unit_p = 10'b10;
    localparam  out_base = 10'b10;
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
    localparam  piped = 1'b1;
    localparam  node = 1'b1;
    localparam  node_piped = 1'b1;
    localparam  reads_ahead = 1'b0;
    localparam  late_theta = 1'b0;
    localparam  momentum = 1'b1;
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
    mgd_trainer_xor_hw_np_layer__lanes__2__correlator correlator(
        .sign(correlator__sign),
        .active(correlator__active),
        .cost_delta(correlator__cost_delta),
        .neg_cost_delta(correlator__neg_cost_delta),
        .corr(correlator__corr)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__accumulator accumulator(
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
    mgd_trainer_xor_hw_np_layer__lanes__2__theta_mem theta_mem(
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
    mgd_trainer_xor_hw_np_layer__lanes__2__grad_mem grad_mem(
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
    mgd_trainer_xor_hw_np_layer__lanes__2__vel_mem vel_mem(
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
    mgd_trainer_xor_hw_np_layer__lanes__2__theta_init theta_init(
        .address(theta_init__address),
        .data(theta_init__data)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__acts acts(
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
    mgd_trainer_xor_hw_np_layer__lanes__2__samples samples(
        .address(samples__address),
        .data(samples__data)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__samples_sync samples_sync(
        .clock(samples_sync__clock),
        .address(samples_sync__address),
        .data(samples_sync__data)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_theta pipe_theta(
        .d(pipe_theta__d),
        .q(pipe_theta__q),
        .clock(pipe_theta__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_x pipe_x(
        .d(pipe_x__d),
        .q(pipe_x__q),
        .clock(pipe_x__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_take pipe_take(
        .d(pipe_take__d),
        .q(pipe_take__q),
        .clock(pipe_take__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_product pipe_product(
        .d(pipe_product__d),
        .q(pipe_product__q),
        .clock(pipe_product__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_fix pipe_fix(
        .d(pipe_fix__d),
        .q(pipe_fix__q),
        .clock(pipe_fix__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_subtree pipe_subtree(
        .d(pipe_subtree__d),
        .q(pipe_subtree__q),
        .clock(pipe_subtree__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_grad pipe_grad(
        .d(pipe_grad__d),
        .q(pipe_grad__q),
        .clock(pipe_grad__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_old pipe_old(
        .d(pipe_old__d),
        .q(pipe_old__q),
        .clock(pipe_old__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_write pipe_write(
        .d(pipe_write__d),
        .q(pipe_write__q),
        .clock(pipe_write__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_update pipe_update(
        .d(pipe_update__d),
        .q(pipe_update__q),
        .clock(pipe_update__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_row pipe_row(
        .d(pipe_row__d),
        .q(pipe_row__q),
        .clock(pipe_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_vel pipe_vel(
        .d(pipe_vel__d),
        .q(pipe_vel__q),
        .clock(pipe_vel__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_step pipe_step(
        .d(pipe_step__d),
        .q(pipe_step__q),
        .clock(pipe_step__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_base pipe_base(
        .d(pipe_base__d),
        .q(pipe_base__q),
        .clock(pipe_base__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_apply pipe_apply(
        .d(pipe_apply__d),
        .q(pipe_apply__q),
        .clock(pipe_apply__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_theta_row pipe_theta_row(
        .d(pipe_theta_row__d),
        .q(pipe_theta_row__q),
        .clock(pipe_theta_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_next_theta pipe_next_theta(
        .d(pipe_next_theta__d),
        .q(pipe_next_theta__q),
        .clock(pipe_next_theta__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_store pipe_store(
        .d(pipe_store__d),
        .q(pipe_store__q),
        .clock(pipe_store__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_store_row pipe_store_row(
        .d(pipe_store_row__d),
        .q(pipe_store_row__q),
        .clock(pipe_store_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load pipe_load(
        .d(pipe_load__d),
        .q(pipe_load__q),
        .clock(pipe_load__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load_row pipe_load_row(
        .d(pipe_load_row__d),
        .q(pipe_load_row__q),
        .clock(pipe_load_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load_data pipe_load_data(
        .d(pipe_load_data__d),
        .q(pipe_load_data__q),
        .clock(pipe_load_data__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load_stream pipe_load_stream(
        .d(pipe_load_stream__d),
        .q(pipe_load_stream__q),
        .clock(pipe_load_stream__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nsign0 pipe_nsign0(
        .d(pipe_nsign0__d),
        .q(pipe_nsign0__q),
        .clock(pipe_nsign0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nswept0 pipe_nswept0(
        .d(pipe_nswept0__d),
        .q(pipe_nswept0__q),
        .clock(pipe_nswept0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nupd0 pipe_nupd0(
        .d(pipe_nupd0__d),
        .q(pipe_nupd0__q),
        .clock(pipe_nupd0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nrow0 pipe_nrow0(
        .d(pipe_nrow0__d),
        .q(pipe_nrow0__q),
        .clock(pipe_nrow0__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nraw pipe_nraw(
        .d(pipe_nraw__d),
        .q(pipe_nraw__q),
        .clock(pipe_nraw__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nfix pipe_nfix(
        .d(pipe_nfix__d),
        .q(pipe_nfix__q),
        .clock(pipe_nfix__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nsign pipe_nsign(
        .d(pipe_nsign__d),
        .q(pipe_nsign__q),
        .clock(pipe_nsign__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nswept pipe_nswept(
        .d(pipe_nswept__d),
        .q(pipe_nswept__q),
        .clock(pipe_nswept__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nupd pipe_nupd(
        .d(pipe_nupd__d),
        .q(pipe_nupd__q),
        .clock(pipe_nupd__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nrow pipe_nrow(
        .d(pipe_nrow__d),
        .q(pipe_nrow__q),
        .clock(pipe_nrow__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nprod pipe_nprod(
        .d(pipe_nprod__d),
        .q(pipe_nprod__q),
        .clock(pipe_nprod__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nsign2 pipe_nsign2(
        .d(pipe_nsign2__d),
        .q(pipe_nsign2__q),
        .clock(pipe_nsign2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nswept2 pipe_nswept2(
        .d(pipe_nswept2__d),
        .q(pipe_nswept2__q),
        .clock(pipe_nswept2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nupd2 pipe_nupd2(
        .d(pipe_nupd2__d),
        .q(pipe_nupd2__q),
        .clock(pipe_nupd2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nrow2 pipe_nrow2(
        .d(pipe_nrow2__d),
        .q(pipe_nrow2__q),
        .clock(pipe_nrow2__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__init_done init_done(
        .d(init_done__d),
        .q(init_done__q),
        .clock(init_done__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__init_row init_row(
        .d(init_row__d),
        .q(init_row__q),
        .clock(init_row__clock)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__corr_q corr_q(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2


module mgd_trainer_xor_hw_np_layer__lanes__2__accumulator(grad,corr,acc_out,acc_in,update,step_out,vel,decay_out,decay_in,vel_next,step_in,theta,apply,grad_next,theta_next);
    
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
    localparam  eta_shift = 8'h11;
    localparam  fill = 32'hffff8000;
    localparam  half = 32'h10000;
    localparam  momentum = 1'b1;
    localparam  mom_shift = 8'h3;
    localparam  mom_fill = 32'he0000000;
    
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
    mgd_trainer_xor_hw_np_layer__lanes__2__accumulator__grad_add grad_add(
        .a(grad_add__a),
        .b(grad_add__b),
        .sum(grad_add__sum)
    );
    mgd_trainer_xor_hw_np_layer__lanes__2__accumulator__vel_add vel_add(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__accumulator


module mgd_trainer_xor_hw_np_layer__lanes__2__accumulator__grad_add(a,b,sum);
    
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__accumulator__grad_add


module mgd_trainer_xor_hw_np_layer__lanes__2__accumulator__vel_add(a,b,sum);
    
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__accumulator__vel_add


module mgd_trainer_xor_hw_np_layer__lanes__2__acts(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
    reg [15:0] mem[0:3];
    reg [1:0] read_at;
    integer i;
    initial begin
       for (i = 0; i <= 3; i = i + 1) mem[i] = 0;
       read_at = 0;
       read2_data = 0;
    end
    
    always @(posedge clock) begin
       if (write_enable) begin
          mem[write_address[1:0]] <= write_data;
       end
       read_at <= read_address[1:0];
    end
    always @(*) read_data = mem[read_at];
    
    always @(posedge read2_clock) begin
       if (read2_enable) begin
          read2_data <= mem[read2_address[1:0]];
       end else begin
          read2_data <= 0;
       end
    end
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__acts


module mgd_trainer_xor_hw_np_layer__lanes__2__corr_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__corr_q


module mgd_trainer_xor_hw_np_layer__lanes__2__correlator(sign,active,cost_delta,neg_cost_delta,corr);
    
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
    
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__correlator


module mgd_trainer_xor_hw_np_layer__lanes__2__grad_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__grad_mem


module mgd_trainer_xor_hw_np_layer__lanes__2__init_done(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__init_done


module mgd_trainer_xor_hw_np_layer__lanes__2__init_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__init_row


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_apply(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_apply


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_base


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_fix(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_fix


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_grad(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_grad


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load_data(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load_data


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load_row


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load_stream(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_load_stream


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_next_theta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_next_theta


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nfix(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nfix


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nprod(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nprod


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nraw(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nraw


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nrow(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nrow


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nrow0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nrow0


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nrow2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nrow2


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nsign(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nsign


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nsign0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nsign0


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nsign2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nsign2


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nswept(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nswept


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nswept0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nswept0


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nswept2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nswept2


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nupd(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nupd


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nupd0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nupd0


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nupd2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_nupd2


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_old(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_old


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_product(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_product


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_row


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_step(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_step


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_store(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_store


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_store_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_store_row


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_subtree(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_subtree


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_take(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_take


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_theta(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_theta


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_theta_row(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_theta_row


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_update(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_update


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_vel(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_vel


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_write(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_write


module mgd_trainer_xor_hw_np_layer__lanes__2__pipe_x(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__pipe_x


module mgd_trainer_xor_hw_np_layer__lanes__2__samples(address,data);
    
    // Module arguments
    input wire  [15:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__samples


module mgd_trainer_xor_hw_np_layer__lanes__2__samples_sync(clock,address,data);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    reg [15:0] mem[0:3];
    integer i;
    initial begin
       for (i = 0; i <= 3; i = i + 1) mem[i] = 0;
       data = 0;
    end
    
    always @(posedge clock) begin
       data <= mem[address[1:0]];
    end
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__samples_sync


module mgd_trainer_xor_hw_np_layer__lanes__2__theta_init(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg signed [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 16'h98c;
      10'b1: data = 16'hb5f;
      10'b10: data = 16'h0;
      10'b11: data = 16'h0;
      10'b100: data = 16'h0;
      10'b101: data = 16'h0;
      10'b110: data = 16'h0;
      10'b111: data = 16'h0;
      10'b1000: data = 16'hdff;
      10'b1001: data = 16'h0;
      10'b1010: data = 16'h0;
      10'b1011: data = 16'h0;
      10'b1100: data = 16'h0;
      10'b1101: data = 16'h0;
      10'b1110: data = 16'h0;
      10'b1111: data = 16'h0;
      10'b10000: data = 16'h98c;
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__theta_init


module mgd_trainer_xor_hw_np_layer__lanes__2__theta_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__theta_mem


module mgd_trainer_xor_hw_np_layer__lanes__2__vel_mem(clock,read_address,read_data,read2_clock,read2_address,read2_enable,read2_data,write_address,write_data,write_enable);
    
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
endmodule // mgd_trainer_xor_hw_np_layer__lanes__2__vel_mem


module mgd_trainer_xor_hw_np_layer__network(clock,reset,start,busy,done,issued,issue_soon,row,row_next,sweep_next,sweep_row_next,sweeping,row_first,row_used,row_bias,row_layer,act_row_next,out_write,out_lane,out_row,y_valid,y_index,sum_live,sum_ends,act_starts,act_ends);
    
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
    localparam  last = 10'b10000;
    localparam  issue_last = 10'b1000;
    localparam  issue_before = 10'b110;
    localparam  act_row0 = 10'b0;
    localparam  row0_word = 64'h30000100400;
    localparam  row0_next_act = 10'b0;
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
    mgd_trainer_xor_hw_np_layer__network__ucode ucode(
        .address(ucode__address),
        .data(ucode__data)
    );
    mgd_trainer_xor_hw_np_layer__network__ucode_after ucode_after(
        .address(ucode_after__address),
        .data(ucode_after__data)
    );
    mgd_trainer_xor_hw_np_layer__network__sweep_ucode sweep_ucode(
        .address(sweep_ucode__address),
        .data(sweep_ucode__data)
    );
    mgd_trainer_xor_hw_np_layer__network__next_acts_after next_acts_after(
        .address(next_acts_after__address),
        .data(next_acts_after__data)
    );
    mgd_trainer_xor_hw_np_layer__network__sweep_next_acts sweep_next_acts(
        .address(sweep_next_acts__address),
        .data(sweep_next_acts__data)
    );
    mgd_trainer_xor_hw_np_layer__network__count count(
        .d(count__d),
        .q(count__q),
        .clock(count__clock)
    );
    mgd_trainer_xor_hw_np_layer__network__row_word row_word(
        .d(row_word__d),
        .q(row_word__q),
        .clock(row_word__clock)
    );
    mgd_trainer_xor_hw_np_layer__network__next_act next_act(
        .d(next_act__d),
        .q(next_act__q),
        .clock(next_act__clock)
    );
    mgd_trainer_xor_hw_np_layer__network__running running(
        .d(running__d),
        .q(running__q),
        .clock(running__clock)
    );
    mgd_trainer_xor_hw_np_layer__network__finished finished(
        .d(finished__d),
        .q(finished__q),
        .clock(finished__clock)
    );
    mgd_trainer_xor_hw_np_layer__network__pipe_word1 pipe_word1(
        .d(pipe_word1__d),
        .q(pipe_word1__q),
        .clock(pipe_word1__clock)
    );
    mgd_trainer_xor_hw_np_layer__network__pipe_word2 pipe_word2(
        .d(pipe_word2__d),
        .q(pipe_word2__q),
        .clock(pipe_word2__clock)
    );
    mgd_trainer_xor_hw_np_layer__network__pipe_word3 pipe_word3(
        .d(pipe_word3__d),
        .q(pipe_word3__q),
        .clock(pipe_word3__clock)
    );
    mgd_trainer_xor_hw_np_layer__network__pipe_word4 pipe_word4(
        .d(pipe_word4__d),
        .q(pipe_word4__q),
        .clock(pipe_word4__clock)
    );
    mgd_trainer_xor_hw_np_layer__network__pipe_word5 pipe_word5(
        .d(pipe_word5__d),
        .q(pipe_word5__q),
        .clock(pipe_word5__clock)
    );
    mgd_trainer_xor_hw_np_layer__network__pipe_word6 pipe_word6(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__network


module mgd_trainer_xor_hw_np_layer__network__count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__network__count


module mgd_trainer_xor_hw_np_layer__network__finished(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__network__finished


module mgd_trainer_xor_hw_np_layer__network__next_act(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__network__next_act


module mgd_trainer_xor_hw_np_layer__network__next_acts_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 10'b0;
      10'b1: data = 10'b0;
      10'b10: data = 10'b0;
      10'b11: data = 10'b0;
      10'b100: data = 10'b0;
      10'b101: data = 10'b0;
      10'b110: data = 10'b1;
      10'b111: data = 10'b0;
      10'b1000: data = 10'b0;
      10'b1001: data = 10'b0;
      10'b1010: data = 10'b0;
      10'b1011: data = 10'b0;
      10'b1100: data = 10'b0;
      10'b1101: data = 10'b0;
      10'b1110: data = 10'b0;
      10'b1111: data = 10'b0;
      10'b10000: data = 10'b0;
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__network__next_acts_after


module mgd_trainer_xor_hw_np_layer__network__pipe_word1(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__network__pipe_word1


module mgd_trainer_xor_hw_np_layer__network__pipe_word2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__network__pipe_word2


module mgd_trainer_xor_hw_np_layer__network__pipe_word3(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__network__pipe_word3


module mgd_trainer_xor_hw_np_layer__network__pipe_word4(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__network__pipe_word4


module mgd_trainer_xor_hw_np_layer__network__pipe_word5(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__network__pipe_word5


module mgd_trainer_xor_hw_np_layer__network__pipe_word6(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__network__pipe_word6


module mgd_trainer_xor_hw_np_layer__network__row_word(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__network__row_word


module mgd_trainer_xor_hw_np_layer__network__running(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__network__running


module mgd_trainer_xor_hw_np_layer__network__sweep_next_acts(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 10'b0;
      10'b1: data = 10'b1;
      10'b10: data = 10'b1;
      10'b11: data = 10'b1;
      10'b100: data = 10'b1;
      10'b101: data = 10'b1;
      10'b110: data = 10'b1;
      10'b111: data = 10'b1;
      10'b1000: data = 10'b0;
      10'b1001: data = 10'b0;
      10'b1010: data = 10'b0;
      10'b1011: data = 10'b0;
      10'b1100: data = 10'b0;
      10'b1101: data = 10'b0;
      10'b1110: data = 10'b0;
      10'b1111: data = 10'b0;
      10'b10000: data = 10'b0;
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__network__sweep_next_acts


module mgd_trainer_xor_hw_np_layer__network__sweep_ucode(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [63:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 64'h30000100400;
      10'b1: data = 64'h18030040500400;
      10'b10: data = 64'h30000000000000;
      10'b11: data = 64'h30000000000000;
      10'b100: data = 64'h30000000000000;
      10'b101: data = 64'h30000000000000;
      10'b110: data = 64'h30000000000000;
      10'b111: data = 64'h30000000000000;
      10'b1000: data = 64'h2030030000300801;
      10'b1001: data = 64'h2048000000000000;
      10'b1010: data = 64'h2048000000000000;
      10'b1011: data = 64'h2048000000000000;
      10'b1100: data = 64'h2048000000000000;
      10'b1101: data = 64'h2048000000000000;
      10'b1110: data = 64'h2048000000000000;
      10'b1111: data = 64'h2048000000000000;
      10'b10000: data = 64'h2048000000000000;
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__network__sweep_ucode


module mgd_trainer_xor_hw_np_layer__network__ucode(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [63:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__network__ucode


module mgd_trainer_xor_hw_np_layer__network__ucode_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [63:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 64'h18030040500400;
      10'b1: data = 64'h30000000000000;
      10'b10: data = 64'h30000000000000;
      10'b11: data = 64'h30000000000000;
      10'b100: data = 64'h30000000000000;
      10'b101: data = 64'h30000000000000;
      10'b110: data = 64'h30000000000000;
      10'b111: data = 64'h2030030000300801;
      10'b1000: data = 64'h2048000000000000;
      10'b1001: data = 64'h2048000000000000;
      10'b1010: data = 64'h2048000000000000;
      10'b1011: data = 64'h2048000000000000;
      10'b1100: data = 64'h2048000000000000;
      10'b1101: data = 64'h2048000000000000;
      10'b1110: data = 64'h2048000000000000;
      10'b1111: data = 64'h2048000000000000;
      10'b10000: data = 64'h30000100400;
      default: data = 64'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__network__ucode_after


module mgd_trainer_xor_hw_np_layer__neurons__0(clock,reset,start,row_sum,sum_live,sum_ends,act_starts,act_ends,y,pick_in,pick_group_in,pick_out,pick_group_out);
    
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
    mgd_trainer_xor_hw_np_layer__neurons__0__sig_rom sig_rom(
        .address(sig_rom__address),
        .data(sig_rom__data)
    );
    mgd_trainer_xor_hw_np_layer__neurons__0__acc acc(
        .d(acc__d),
        .q(acc__q),
        .clock(acc__clock)
    );
    mgd_trainer_xor_hw_np_layer__neurons__0__pipe_sum pipe_sum(
        .d(pipe_sum__d),
        .q(pipe_sum__q),
        .clock(pipe_sum__clock)
    );
    mgd_trainer_xor_hw_np_layer__neurons__0__pipe_u pipe_u(
        .d(pipe_u__d),
        .q(pipe_u__q),
        .clock(pipe_u__clock)
    );
    mgd_trainer_xor_hw_np_layer__neurons__0__pipe_out pipe_out(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__neurons__0


module mgd_trainer_xor_hw_np_layer__neurons__0__acc(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__neurons__0__acc


module mgd_trainer_xor_hw_np_layer__neurons__0__pipe_out(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__neurons__0__pipe_out


module mgd_trainer_xor_hw_np_layer__neurons__0__pipe_sum(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__neurons__0__pipe_sum


module mgd_trainer_xor_hw_np_layer__neurons__0__pipe_u(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__neurons__0__pipe_u


module mgd_trainer_xor_hw_np_layer__neurons__0__sig_rom(address,data);
    
    // Module arguments
    input wire  [11:0] address;
    output reg  [15:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 16'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__neurons__0__sig_rom


module mgd_trainer_xor_hw_np_layer__pass_amps(address,data);
    
    // Module arguments
    input wire  [2:0] address;
    output reg signed [31:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        3'b0: data = 32'h243;
      3'b1: data = 32'h333;
      3'b10: data = 32'h333;
      3'b11: data = 32'h333;
      3'b100: data = 32'h333;
      3'b101: data = 32'h333;
      3'b110: data = 32'h333;
      3'b111: data = 32'h333;
      default: data = 32'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__pass_amps


module mgd_trainer_xor_hw_np_layer__perturbation(clock,reset,restart,advance,stepped,next_window,state,window);
    
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
    mgd_trainer_xor_hw_np_layer__perturbation__lfsr lfsr(
        .d(lfsr__d),
        .q(lfsr__q),
        .clock(lfsr__clock)
    );
    mgd_trainer_xor_hw_np_layer__perturbation__start start(
        .d(start__d),
        .q(start__q),
        .clock(start__clock)
    );
    mgd_trainer_xor_hw_np_layer__perturbation__slot slot(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__perturbation


module mgd_trainer_xor_hw_np_layer__perturbation__lfsr(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__perturbation__lfsr


module mgd_trainer_xor_hw_np_layer__perturbation__slot(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__perturbation__slot


module mgd_trainer_xor_hw_np_layer__perturbation__start(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__perturbation__start


module mgd_trainer_xor_hw_np_layer__read_map(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 20'h0;
      10'b1: data = 20'h400;
      10'b10: data = 20'h800;
      10'b11: data = 20'h1;
      10'b100: data = 20'h401;
      10'b101: data = 20'h801;
      10'b110: data = 20'h8;
      10'b111: data = 20'h408;
      10'b1000: data = 20'h808;
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__read_map


module mgd_trainer_xor_hw_np_layer__score(clock,reset,strobe,y,y_index,y_pick,queue,label,judge,latch,hit,met,count);
    
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
    localparam  enter = 9'b1000000;
    localparam  flip = 16'h8000;
    localparam  half_f = 16'h8800;
    localparam  need = 17'b100;
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
    mgd_trainer_xor_hw_np_layer__score__best best(
        .d(best__d),
        .q(best__q),
        .clock(best__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__best_index best_index(
        .d(best_index__d),
        .q(best_index__q),
        .clock(best_index__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__tally tally(
        .d(tally__d),
        .q(tally__q),
        .clock(tally__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__correct correct(
        .d(correct__d),
        .q(correct__q),
        .clock(correct__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__line__0 line__0(
        .d(line__0__d),
        .q(line__0__q),
        .clock(line__0__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__line__1 line__1(
        .d(line__1__d),
        .q(line__1__q),
        .clock(line__1__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__line__2 line__2(
        .d(line__2__d),
        .q(line__2__q),
        .clock(line__2__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__line__3 line__3(
        .d(line__3__d),
        .q(line__3__q),
        .clock(line__3__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__line__4 line__4(
        .d(line__4__d),
        .q(line__4__q),
        .clock(line__4__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__line__5 line__5(
        .d(line__5__d),
        .q(line__5__q),
        .clock(line__5__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__line__6 line__6(
        .d(line__6__d),
        .q(line__6__q),
        .clock(line__6__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__line__7 line__7(
        .d(line__7__d),
        .q(line__7__q),
        .clock(line__7__clock)
    );
    mgd_trainer_xor_hw_np_layer__score__line__8 line__8(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__score


module mgd_trainer_xor_hw_np_layer__score__best(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__best


module mgd_trainer_xor_hw_np_layer__score__best_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__best_index


module mgd_trainer_xor_hw_np_layer__score__correct(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__correct


module mgd_trainer_xor_hw_np_layer__score__line__0(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__line__0


module mgd_trainer_xor_hw_np_layer__score__line__1(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__line__1


module mgd_trainer_xor_hw_np_layer__score__line__2(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__line__2


module mgd_trainer_xor_hw_np_layer__score__line__3(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__line__3


module mgd_trainer_xor_hw_np_layer__score__line__4(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__line__4


module mgd_trainer_xor_hw_np_layer__score__line__5(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__line__5


module mgd_trainer_xor_hw_np_layer__score__line__6(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__line__6


module mgd_trainer_xor_hw_np_layer__score__line__7(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__line__7


module mgd_trainer_xor_hw_np_layer__score__line__8(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__line__8


module mgd_trainer_xor_hw_np_layer__score__tally(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__score__tally


module mgd_trainer_xor_hw_np_layer__sequencer(clock,reset,net_done,net_issued,net_issue_soon,load_ok,met,wide,word_lane,init_next,init_row_next,load,loading,load_last,load_addr,rom_addr,sample,net_start,perturb_on,latch_base,latch_pert,clear_cost,restart,corr,update,pass,next_window,step_done,done,eval_end,evaluating,halted_at_target,index,index_next,corr_next,fusing,pert_draining,pert_draining_next,deferred,eval_moves,steps,tau_x,tau_p,tau_theta);
    
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
    localparam  eval_prefetch = 1'b1;
    localparam  eval_chain = 1'b1;
    localparam  preload_at_start = 1'b0;
    localparam  last_but_one = 16'h2;
    localparam  last_row = 10'b10000;
    localparam  overlap = 1'b1;
    localparam  drain_len = 4'h9;
    localparam  drain_one = 4'h1;
    localparam  skips = 1'b1;
    localparam  last_sweep = 10'b1010;
    localparam  last_pass = 3'b1;
    localparam  multi_pass = 1'b1;
    localparam  last_load = 10'b0;
    localparam  load_rows = 16'h1;
    localparam  last_sample = 16'h3;
    localparam  tau_x_last = 32'h0;
    localparam  tau_p_last = 32'h0;
    localparam  tau_theta_last = 32'h0;
    localparam  max_steps = 32'h186a0;
    localparam  last_step = 32'h1869f;
    localparam  eval_last = 32'h63;
    localparam  evaluate = 1'b1;
    localparam  last_lane = 10'b10;
    localparam  last_word_lane = 10'b1;
    
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
    mgd_trainer_xor_hw_np_layer__sequencer__state state(
        .d(state__d),
        .q(state__q),
        .clock(state__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__count count(
        .d(count__d),
        .q(count__q),
        .clock(count__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__x_count x_count(
        .d(x_count__d),
        .q(x_count__q),
        .clock(x_count__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__p_count p_count(
        .d(p_count__d),
        .q(p_count__q),
        .clock(p_count__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__theta_count theta_count(
        .d(theta_count__d),
        .q(theta_count__q),
        .clock(theta_count__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__sample_index sample_index(
        .d(sample_index__d),
        .q(sample_index__q),
        .clock(sample_index__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__sample_base sample_base(
        .d(sample_base__d),
        .q(sample_base__q),
        .clock(sample_base__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__step_count step_count(
        .d(step_count__d),
        .q(step_count__q),
        .clock(step_count__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__eval_count eval_count(
        .d(eval_count__d),
        .q(eval_count__q),
        .clock(eval_count__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__eval_index eval_index(
        .d(eval_index__d),
        .q(eval_index__q),
        .clock(eval_index__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__eval_base eval_base(
        .d(eval_base__d),
        .q(eval_base__q),
        .clock(eval_base__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__at_target at_target(
        .d(at_target__d),
        .q(at_target__q),
        .clock(at_target__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__load_lane load_lane(
        .d(load_lane__d),
        .q(load_lane__q),
        .clock(load_lane__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__pass_count pass_count(
        .d(pass_count__d),
        .q(pass_count__q),
        .clock(pass_count__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__drain drain(
        .d(drain__d),
        .q(drain__q),
        .clock(drain__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__defer defer(
        .d(defer__d),
        .q(defer__q),
        .clock(defer__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__pdrain pdrain(
        .d(pdrain__d),
        .q(pdrain__q),
        .clock(pdrain__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__held held(
        .d(held__d),
        .q(held__q),
        .clock(held__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__fusing_q fusing_q(
        .d(fusing_q__d),
        .q(fusing_q__q),
        .clock(fusing_q__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__loading_q loading_q(
        .d(loading_q__d),
        .q(loading_q__q),
        .clock(loading_q__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__defers defers(
        .d(defers__d),
        .q(defers__q),
        .clock(defers__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__preload preload(
        .d(preload__d),
        .q(preload__q),
        .clock(preload__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__chain_start chain_start(
        .d(chain_start__d),
        .q(chain_start__q),
        .clock(chain_start__clock)
    );
    mgd_trainer_xor_hw_np_layer__sequencer__sweep_after sweep_after(
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
    
endmodule // mgd_trainer_xor_hw_np_layer__sequencer


module mgd_trainer_xor_hw_np_layer__sequencer__at_target(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__at_target


module mgd_trainer_xor_hw_np_layer__sequencer__chain_start(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__chain_start


module mgd_trainer_xor_hw_np_layer__sequencer__count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__count


module mgd_trainer_xor_hw_np_layer__sequencer__defer(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__defer


module mgd_trainer_xor_hw_np_layer__sequencer__defers(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__defers


module mgd_trainer_xor_hw_np_layer__sequencer__drain(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__drain


module mgd_trainer_xor_hw_np_layer__sequencer__eval_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__eval_base


module mgd_trainer_xor_hw_np_layer__sequencer__eval_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__eval_count


module mgd_trainer_xor_hw_np_layer__sequencer__eval_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__eval_index


module mgd_trainer_xor_hw_np_layer__sequencer__fusing_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__fusing_q


module mgd_trainer_xor_hw_np_layer__sequencer__held(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__held


module mgd_trainer_xor_hw_np_layer__sequencer__load_lane(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__load_lane


module mgd_trainer_xor_hw_np_layer__sequencer__loading_q(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__loading_q


module mgd_trainer_xor_hw_np_layer__sequencer__p_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__p_count


module mgd_trainer_xor_hw_np_layer__sequencer__pass_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__pass_count


module mgd_trainer_xor_hw_np_layer__sequencer__pdrain(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__pdrain


module mgd_trainer_xor_hw_np_layer__sequencer__preload(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__preload


module mgd_trainer_xor_hw_np_layer__sequencer__sample_base(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__sample_base


module mgd_trainer_xor_hw_np_layer__sequencer__sample_index(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__sample_index


module mgd_trainer_xor_hw_np_layer__sequencer__state(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__state


module mgd_trainer_xor_hw_np_layer__sequencer__step_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__step_count


module mgd_trainer_xor_hw_np_layer__sequencer__sweep_after(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [9:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        10'b0: data = 10'b1;
      10'b1: data = 10'b1000;
      10'b10: data = 10'b1000;
      10'b11: data = 10'b1000;
      10'b100: data = 10'b1000;
      10'b101: data = 10'b1000;
      10'b110: data = 10'b1000;
      10'b111: data = 10'b1000;
      10'b1000: data = 10'b1001;
      10'b1001: data = 10'b1010;
      10'b1010: data = 10'b1011;
      10'b1011: data = 10'b1100;
      10'b1100: data = 10'b1101;
      10'b1101: data = 10'b1110;
      10'b1110: data = 10'b1111;
      10'b1111: data = 10'b10000;
      10'b10000: data = 10'b0;
      default: data = 10'b0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__sweep_after


module mgd_trainer_xor_hw_np_layer__sequencer__theta_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__theta_count


module mgd_trainer_xor_hw_np_layer__sequencer__x_count(d,q,clock);
    
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
          
endmodule // mgd_trainer_xor_hw_np_layer__sequencer__x_count


module mgd_trainer_xor_hw_np_layer__sweep_enter_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__sweep_enter_ahead


module mgd_trainer_xor_hw_np_layer__sweep_stay_ahead(address,data);
    
    // Module arguments
    input wire  [9:0] address;
    output reg  [19:0] data;
    
    // Update code (custom)
    always @*
    case (address)
      
      default: data = 20'h0;
    endcase
            
endmodule // mgd_trainer_xor_hw_np_layer__sweep_stay_ahead
