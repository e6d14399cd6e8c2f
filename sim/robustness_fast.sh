#!/usr/bin/env bash
# Paper A's robustness grid (docs/DEVICES.md section 2) on the chip's fast model instead of the
# f64 reference: sim/configs/nist7x7.toml with a [device] table of update noise or step
# variation, seeds 1..4 (step gains seeded 1000 + k, as `mgdsim devices robustness`), final
# test accuracy as mean +- population std over seeds, and the mean best accuracy.
# Usage: cargo build --release && sim/robustness_fast.sh   (about 1.5 min on 2 cores)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${MGDSIM:-$root/target/release/mgdsim}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() { # name level [device] table ("@SEED@" becomes the gain seed 1000 + k)
  for k in 0 1 2 3; do
    { cat "$root/sim/configs/nist7x7.toml"; printf '\n%s\n' "${3//@SEED@/$((1000 + k))}"; } >"$tmp/c.toml"
    "$bin" train -c "$tmp/c.toml" --seed $((1 + k)) --quiet 2>/dev/null |
      sed -n "s/^final: .*test accuracy \([0-9.]*\)%.*best test accuracy \([0-9.]*\)%/$1 $2 \1 \2/p"
  done
}

{
  run none - ''
  for s in 0.001 0.003 0.01 0.03 0.1; do
    run shared "$s" $'[device]\nkind = "update_noise"\nshared = true\nsigma = '"$s"
  done
  for s in 0.001 0.003 0.01 0.03 0.1; do
    run per_weight "$s" $'[device]\nkind = "update_noise"\nshared = false\nsigma = '"$s"
  done
  for s in 0.1 0.3 0.5 1 2; do
    run step_variation "$s" $'[device]\nkind = "step_variation"\nseed = @SEED@\ns = '"$s"
  done
} | awk '
  { key = $1 " " $2; if (!(key in n)) order[++m] = key
    n[key]++; s[key] += $3; q[key] += $3 * $3; b[key] += $4 }
  END {
    print "| disturbance | level | final test acc. % | best % |"
    print "|---|---|---|---|"
    for (i = 1; i <= m; i++) {
      k = order[i]; split(k, f, " "); mean = s[k] / n[k]; var = q[k] / n[k] - mean * mean
      printf "| %s | %s | %.2f +- %.2f | %.2f |\n", f[1], f[2], mean, sqrt(var > 0 ? var : 0), b[k] / n[k]
    }
  }'
