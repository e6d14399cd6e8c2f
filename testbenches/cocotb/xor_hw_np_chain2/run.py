"""Build the exported trainer with Icarus Verilog and run its cocotb tests (written by
`mgdsim export`). Usage, from anywhere: python3 run.py [--vectors DIR]. Exit status 0 when
every test passed, 1 otherwise. Needs cocotb (pinned in requirements.txt) and iverilog."""

import argparse
import os
import sys
from pathlib import Path

from cocotb_tools.runner import get_results, get_runner

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from design import RTL, STEM, TOP  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--vectors", help="golden vectors folder (default: the committed ones)")
    ap.add_argument("--build", default=None, help="build folder (default: ./sim_build_<stem>)")
    args = ap.parse_args()
    if args.vectors:
        os.environ["MGD_VECTORS"] = str(Path(args.vectors).resolve())
    os.environ["PYTHONPATH"] = os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])
    build = Path(args.build or f"sim_build_{STEM}").resolve()
    runner = get_runner("icarus")
    runner.build(
        sources=[HERE / RTL],
        hdl_toplevel=TOP,
        build_dir=build,
        timescale=("1ns", "1ps"),
        always=True,
    )
    results = runner.test(
        test_module="test_trainer",
        hdl_toplevel=TOP,
        build_dir=build,
        test_dir=build,
        timescale=("1ns", "1ps"),
    )
    tests, failed = get_results(results)
    print(f"cocotb {STEM}: {tests - failed} passed, {failed} failed")
    return 1 if failed or tests == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
