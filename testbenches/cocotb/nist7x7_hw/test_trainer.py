"""cocotb testbench of the exported MGD trainer, written by `mgdsim export`.

Two tests, both replaying golden vectors that the Rust simulation recorded (the same files as
the Verilog testbench, `design.VECTORS_DIR`; env `MGD_VECTORS` points elsewhere):

* `train_and_read_out`: reset, train, and after every rising edge compare `steps`,
  `current_cost`, `done` (and `sample_ready` = 0 with the ROM selected); at each checkpoint
  hold the clock, read every weight out through `read_addr` / `read_clock`, compare it with
  `theta.hex`, and evaluate the read-out weights with the fixed-point model (`model.py`) on
  the training set: the accuracy must equal what the Rust evaluation (`mgdsim train`'s rule)
  gives for the same weights (`design.EXPECTED_ACCURACY`).
* `stream_with_random_stalls`: `stream_select` = 1, the training set streamed with the seeded
  stalls of `stall/valid.hex` (valid low for 100 cycles, then 30% stalls), and a read-out
  with random waits and stray addresses (`stall/readout.hex`): the same checks.

The clock is driven by hand (10 ns period) so that it can be held during a read-out.
"""

import os
from pathlib import Path

import cocotb
from cocotb.triggers import Timer

import model
from design import EXPECTED_ACCURACY, N_PARAMS, STREAM_ONLY, VECTORS_DIR

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


def training_set(words):
    """[(inputs, label)] from stream words (the training set in the chip's order)."""
    n_in = model.LAYERS[0]
    return [
        ([signed(w[0], 16) for w in words[i : i + n_in]], words[i + n_in - 1][1])
        for i in range(0, len(words), n_in)
    ]


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
    stream = rows(vectors / "stream.hex") if (stalls or STREAM_ONLY) else []
    valid = [r[0] for r in rows(vectors / "valid.hex")] if stalls else None
    reads = rows(vectors / "readout.hex") if stalls else None
    # The training set (the stall run streams it for every chip): the model evaluates on it.
    samples = training_set(rows(vectors / "stream.hex" if stalls else vectors / "stall" / "stream.hex"))
    use_stream = bool(stalls or STREAM_ONLY)
    dut.stream_select.value = int(use_stream)
    dut.read_clock.value = 0
    dut.read_addr.value = 0
    w, k = 0, 0
    for c, (cycle, reset, steps, cost, done) in enumerate(status):
        assert cycle == c, f"status.hex row {c} names cycle {cycle}"
        v = (valid[c] if stalls else 1) if use_stream else 0
        dut.reset.value = reset
        dut.sample_valid.value = v
        if use_stream:
            dut.sample_data.value = stream[w][0]
            dut.sample_label.value = stream[w][1]
        else:
            dut.sample_data.value = 0
            dut.sample_label.value = 0
        await Timer(1, unit="ns")
        take = v and int(dut.sample_ready.value)
        await edge(dut)
        w = 0 if reset else ((w + 1) % len(stream) if take else w)
        got = (int(dut.steps.value), int(dut.current_cost.value), int(dut.done.value))
        assert got == (steps, cost, done), (
            f"MISMATCH cycle {c}: (steps, current_cost, done) expected "
            f"{(steps, hex(cost), done)} got {(got[0], hex(got[1]), got[2])}"
        )
        if not use_stream:
            assert int(dut.sample_ready.value) == 0, f"sample_ready = 1 in ROM mode, cycle {c}"
        if c in checkpoints:
            theta = await read_weights(dut, reads, k)
            assert theta == checkpoints[c], (
                f"MISMATCH theta cycle {c}: expected {checkpoints[c]} got {theta}"
            )
            if not stalls and c in EXPECTED_ACCURACY:
                acc = model.accuracy(theta, samples)
                assert acc == EXPECTED_ACCURACY[c], (
                    f"cycle {c}: model accuracy {acc}, Rust evaluation {EXPECTED_ACCURACY[c]}"
                )
                dut._log.info("cycle %d: steps %d, training accuracy %.4f", c, steps, acc)
            k += 1
    assert k == len(checkpoints), f"{k} of {len(checkpoints)} checkpoints reached"
    dut._log.info("PASS %d cycles, %d checkpoints of %d parameters", len(status), k, N_PARAMS)


@cocotb.test()
async def train_and_read_out(dut):
    await replay(dut, VECTORS, stalls=False)


@cocotb.test()
async def stream_with_random_stalls(dut):
    await replay(dut, VECTORS / "stall", stalls=True)
