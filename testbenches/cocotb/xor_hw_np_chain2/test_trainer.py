"""cocotb testbench of the exported MGD trainer, written by `mgdsim export`.

Two tests, both replaying golden vectors that the Rust simulation recorded (the same files as
the Verilog testbench, `design.VECTORS_DIR`; env `MGD_VECTORS` points elsewhere):

* `train_and_read_out`: reset, train, and after every rising edge compare `steps`,
  `current_cost`, `done`, `at_target`, `correct` (and `sample_ready` = 0 with the ROM
  selected); at each checkpoint hold the clock, read every weight out through `read_addr` /
  `read_clock`, compare it with `theta.hex`, and evaluate the read-out weights with the
  fixed-point model (`model.py`) on the training set: the accuracy must equal what the Rust
  evaluation (`mgdsim train`'s rule) gives for the same weights (`design.EXPECTED_ACCURACY`).
  After every evaluation of the chip's own (`evaluating` falls), the weights are read out and
  the model's count of correct samples must equal the chip's `correct` port.
* `stream_with_random_stalls`: `stream_select` = 1, a source that sends what the chip asks for
  (the inputs of sample `sample_index`, in order, one per handshake) with the seeded stalls of
  `stall/valid.hex` (valid low for 100 cycles, then 30% stalls), and a read-out with random
  waits and stray addresses (`stall/readout.hex`): the same checks.
* `own_evaluation_matches_the_model`: no vectors. A free-running clock trains the chip; at the
  end of each of its first `MGD_EVALS` (default `design.EVALS`) evaluations the clock stops,
  the weights are read out and the model's count must equal `correct`; a chip that halts at
  the target must show `at_target` with a count of at least `design.NEED`.

The clock is driven by hand (10 ns period) so that it can be held during a read-out.
"""

import os
from pathlib import Path

import cocotb
from cocotb.triggers import Timer

import model
from cocotb.clock import Clock
from cocotb.triggers import FallingEdge, RisingEdge

from design import EVALS, EXPECTED_ACCURACY, N_PARAMS, NEED, SAMPLES, STREAM_ONLY, VECTORS_DIR

HERE = Path(__file__).resolve().parent
VECTORS = Path(os.environ.get("MGD_VECTORS", HERE / VECTORS_DIR))


def rows(path):
    """The rows of a vector file, as lists of ints (hex); the `//` header line skipped."""
    out = []
    for line in Path(path).read_text().splitlines():
        if line.strip() and not line.startswith("//"):
            out.append([int(v, 16) for v in line.split()])
    return out


def signed(x, width):
    x &= (1 << width) - 1
    return x - (1 << width) if x >> (width - 1) else x


async def edge(dut):
    """One rising edge of `clock`; returns after the outputs settled."""
    dut.clock.value = 0
    await Timer(5, unit="ns")
    dut.clock.value = 1
    await Timer(1, unit="ns")
    await Timer(4, unit="ns")


async def read_weights(dut, reads=None, k=0):
    """Every weight through the read-out port, clock held. `reads`: the stalled read-out's
    (wait, stray address) per read: read_theta must hold meanwhile."""
    theta = []
    for i in range(N_PARAMS):
        dut.read_addr.value = i
        await Timer(1, unit="ns")
        dut.read_clock.value = 1
        await Timer(1, unit="ns")
        dut.read_clock.value = 0
        await Timer(1, unit="ns")
        value = dut.read_theta.value.to_signed()
        if reads is not None:
            wait, stray = reads[N_PARAMS * k + i]
            dut.read_addr.value = stray
            await Timer(wait + 1, unit="ns")
            held = dut.read_theta.value.to_signed()
            assert held == value, f"read_theta moved without a read_clock edge: {value} -> {held}"
        theta.append(value)
    return theta


async def replay(dut, vectors, stalls):
    status = rows(vectors / "status.hex")
    checkpoints = {r[0]: [signed(t, 16) for t in r[1:]] for r in rows(vectors / "theta.hex")}
    valid = [r[0] for r in rows(vectors / "valid.hex")] if stalls else None
    reads = rows(vectors / "readout.hex") if stalls else None
    n_in = model.LAYERS[0]
    use_stream = bool(stalls or STREAM_ONLY)
    dut.stream_select.value = int(use_stream)
    dut.read_clock.value = 0
    dut.read_addr.value = 0
    pos, k, evals = 0, 0, 0
    for c, (cycle, reset, steps, cost, done, at_target, correct) in enumerate(status):
        assert cycle == c, f"status.hex row {c} names cycle {cycle}"
        v = (valid[c] if stalls else 1) if use_stream else 0
        dut.reset.value = reset
        dut.sample_valid.value = v
        await Timer(1, unit="ns")
        if use_stream:
            # The stream contract: input `pos` of sample `sample_index`; a sample is always
            # n_in handshakes, so `pos` counts them.
            x, label = SAMPLES[int(dut.sample_index.value)]
            dut.sample_data.value = x[pos] & 0xFFFF
            dut.sample_label.value = label
        else:
            dut.sample_data.value = 0
            dut.sample_label.value = 0
        await Timer(1, unit="ns")
        take = v and int(dut.sample_ready.value)
        was_evaluating = int(dut.evaluating.value)
        await edge(dut)
        pos = 0 if reset else ((pos + 1) % n_in if take else pos)
        got = (
            int(dut.steps.value),
            int(dut.current_cost.value),
            int(dut.done.value),
            int(dut.at_target.value),
            int(dut.correct.value),
        )
        want = (steps, cost, done, at_target, correct)
        assert got == want, (
            f"MISMATCH cycle {c}: (steps, current_cost, done, at_target, correct) expected "
            f"{want} got {got}"
        )
        if was_evaluating and not int(dut.evaluating.value) and not reset:
            # An evaluation ended at this edge: the chip's count against the model's.
            theta = await read_weights(dut)
            counted = model.correct(theta, SAMPLES)
            assert counted == got[4], (
                f"cycle {c}: the chip counts {got[4]} correct, the model {counted} "
                f"of {len(SAMPLES)}"
            )
            dut._log.info("cycle %d: steps %d, the chip's evaluation %d/%d (model agrees)",
                          c, steps, got[4], len(SAMPLES))
            evals += 1
        if not use_stream:
            assert int(dut.sample_ready.value) == 0, f"sample_ready = 1 in ROM mode, cycle {c}"
        if c in checkpoints:
            theta = await read_weights(dut, reads, k)
            assert theta == checkpoints[c], (
                f"MISMATCH theta cycle {c}: expected {checkpoints[c]} got {theta}"
            )
            if not stalls and c in EXPECTED_ACCURACY:
                acc = model.accuracy(theta, SAMPLES)
                assert acc == EXPECTED_ACCURACY[c], (
                    f"cycle {c}: model accuracy {acc}, Rust evaluation {EXPECTED_ACCURACY[c]}"
                )
                dut._log.info("cycle %d: steps %d, training accuracy %.4f", c, steps, acc)
            k += 1
    assert k == len(checkpoints), f"{k} of {len(checkpoints)} checkpoints reached"
    dut._log.info("PASS %d cycles, %d checkpoints of %d parameters, %d evaluations checked",
                  len(status), k, N_PARAMS, evals)


@cocotb.test()
async def train_and_read_out(dut):
    await replay(dut, VECTORS, stalls=False)


@cocotb.test()
async def stream_with_random_stalls(dut):
    await replay(dut, VECTORS / "stall", stalls=True)


async def stream_source(dut):
    """Sends what the chip asks for: input `pos` of sample `sample_index`, never stalling."""
    n_in, pos = model.LAYERS[0], 0
    while True:
        await Timer(1, unit="ns")
        x, label = SAMPLES[int(dut.sample_index.value)]
        dut.sample_data.value = x[pos] & 0xFFFF
        dut.sample_label.value = label
        await RisingEdge(dut.clock)
        if int(dut.reset.value):
            pos = 0
        elif int(dut.sample_ready.value):
            pos = (pos + 1) % n_in


@cocotb.test()
async def own_evaluation_matches_the_model(dut):
    evals_wanted = int(os.environ.get("MGD_EVALS", str(EVALS)))
    dut.stream_select.value = int(STREAM_ONLY)
    dut.sample_valid.value = int(STREAM_ONLY)
    dut.sample_data.value = 0
    dut.sample_label.value = 0
    dut.read_clock.value = 0
    dut.read_addr.value = 0
    dut.reset.value = 1
    dut.clock.value = 0
    if STREAM_ONLY:
        cocotb.start_soon(stream_source(dut))
    evals = 0
    if evals_wanted == 0:
        # A chip built without its evaluation: it never evaluates.
        clock = Clock(dut.clock, 10, unit="ns")
        clock.start(start_high=False)
        await RisingEdge(dut.clock)
        dut.reset.value = 0
        for _ in range(2000):
            await RisingEdge(dut.clock)
            assert not int(dut.evaluating.value), "evaluating without [chip] evaluate"
        return
    while evals < evals_wanted:
        clock = Clock(dut.clock, 10, unit="ns")
        clock.start(start_high=False)
        if evals == 0:
            await RisingEdge(dut.clock)
            await Timer(1, unit="ns")
            dut.reset.value = 0
        await FallingEdge(dut.evaluating)
        clock.stop()
        await Timer(5, unit="ns")
        theta = await read_weights(dut)
        counted = model.correct(theta, SAMPLES)
        got = int(dut.correct.value)
        assert counted == got, f"evaluation {evals}: the chip counts {got}, the model {counted}"
        dut._log.info("evaluation %d after %d steps: %d/%d correct (model agrees)",
                      evals, int(dut.steps.value), got, len(SAMPLES))
        evals += 1
        if int(dut.done.value):
            if int(dut.at_target.value):
                assert got >= NEED, f"at_target with {got} < {NEED} correct"
            break
