#!/usr/bin/env bash
# The released 1.3B shapes, inference, side by side with the official PyTorch Walrus on one box
# (issue 12): `tusk forward` on a weights file in the official key names (mapped, read in place)
# and the official model's forward (../shared/bench/bench_one.py --config 1p3b --mode infer), on
# the same workload: 2-D 128x128 periodic, T=6, B=1, C=4, fp32, 2 threads. Peak RSS of each process
# from /usr/bin/time. Run from the project root on an idle machine after
#   swift build -c release --product tusk
# Usage: Benchmarks/walrus-1p3b/side-by-side.sh [WORKDIR (default /tmp/w-1p3b)] [extra tusk flags]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bench=${TUSK_BENCH_DIR:-$here/../../../shared/bench}
work=${1:-/tmp/w-1p3b}; shift || true
py=$("$bench/setup.sh")
export WALRUS_REF_DIR=${WALRUS_REF_DIR:-/tmp/walrus-ref-bench}
if [ ! -f "$work/weights.safetensors" ]; then
  TUSK_BENCH_LIB="$bench" "$py" "$here/make_inputs.py" "$work" --config 1p3b
fi
busy() { "$py" -c "import sys; sys.path.insert(0, '$bench'); import idle; print(f'machine busy fraction over 3 s: {idle.busy_fraction():.3f}')"; }
busy
echo "== Tusk walrus-1.3b forward (tusk forward, weights mapped in place)"
/usr/bin/time -f "peak RSS %M KiB, wall %e s" .build/release/tusk forward --config walrus-1.3b \
  --weights "$work/weights.safetensors" --input "$work/inputs.safetensors" --output "$work/y.safetensors" --threads 2 "$@"
echo "== official PyTorch Walrus (1p3b) infer"
out=$(mktemp)
/usr/bin/time -f "peak RSS %M KiB, wall %e s" "$py" "$bench/bench_one.py" --config 1p3b --mode infer --runs 1 --warmup 0 \
  --out "$out" 2>&1 | grep -E "built|median|peak"
rm -f "$out"
busy
