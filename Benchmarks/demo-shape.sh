#!/usr/bin/env bash
# The demo-shape `tusk train` side by side with the official PyTorch Walrus (tiny67 = walrus-tiny
# with the 67-row field table, 2-D 32x32, T=4, B=2, C=2), as a new user runs it:
#   Benchmarks/demo-shape.sh [path/to/tusk ...]
# For each tusk binary given (default .build/release/tusk): generate the demo's two datasets at
# tiny scale once, run `tusk train --model walrus-tiny` with the demo's settings for STEPS steps
# (default 40) under /usr/bin/time (peak RSS), and print the median step time it reports. Then the
# official model on the same shape (../shared/bench/bench_one.py --config tiny67). Run on an idle
# machine (the script prints the busy fraction before and after); quote the ratios.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bench=${TUSK_SHARED_BENCH:-$here/../../shared/bench}
steps=${STEPS:-40}
bins=("$@"); [ ${#bins[@]} -eq 0 ] && bins=(.build/release/tusk)
py=$("$bench/setup.sh")
busy() { "$py" -c "import sys; sys.path.insert(0, '$bench'); import idle; print(f'machine busy fraction over 3 s: {idle.busy_fraction():.3f}')"; }
work=$(mktemp -d /tmp/tusk-demo-shape.XXXX)
trap 'rm -rf "$work"' EXIT
"${bins[0]}" gen gray_scott_2d --out "$work/data/gray_scott_2d" --scale tiny --seed 0 >/dev/null
"${bins[0]}" gen shear_flow_2d --out "$work/data/shear_flow_2d" --scale tiny --seed 0 >/dev/null
busy
for bin in "${bins[@]}"; do
  echo "== $bin: tusk train, demo settings, $steps steps"
  for run in 1 2; do
    rm -rf "$work/run"
    # Second run: the compile cache is warm (in its default folder unless TUSK_CACHE_DIR is set).
    /usr/bin/time -f "peak RSS %M KiB, wall %e s" "$bin" train --model walrus-tiny \
      --data "$work/data/gray_scott_2d" "$work/data/shear_flow_2d" --steps "$steps" --batch 2 --n-in 4 \
      --lr 1e-3 --max-stride 2 --seed 0 --checkpoint-dir "$work/run" 2>&1 | grep -E "^done|peak RSS"
  done
done
echo "== official PyTorch Walrus (tiny67, 32x32, T=4, B=2, C=2) train step"
out=$(mktemp)
WALRUS_REF_DIR=${WALRUS_REF_DIR:-/tmp/walrus-ref-bench} "$py" "$bench/bench_one.py" --config tiny67 --mode train \
  --grid 2d:32 --T 4 --batch 2 --C 2 --runs 20 --out "$out" 2>&1 | grep -E "built|median|rss|RSS"
cat "$out"; rm -f "$out"
busy
