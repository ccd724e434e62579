#!/usr/bin/env bash
# Regenerates the committed graph dumps in Graphs/ with the built `tusk dump`:
#   Graphs/<example>.<stage>.txt   the SSA text form (parses back into the same graph)
#   Graphs/<example>.<stage>.dot   Graphviz DOT
# for every built-in example and the stages traced, autodiff and optimized; and
#   Graphs/walrus-tiny.forward.{traced,optimized}.txt
#   Graphs/walrus-tiny.train-step.{autodiff,optimized,scheduled}.txt
#   Graphs/walrus-tiny.{forward,train-step}.fused.txt, Graphs/walrus-tiny.forward.llvm.ll
# for walrus-tiny's forward graph and its train step (autodiff: the joint graph `tusk train`
# builds; optimized: what runs; scheduled: the BLAS kernels, buffers and what is saved for
# backward), at the fixtures' resolution 128x32 with T = 3 (tusk dump's Walrus defaults), in
# full: every graph dump parses back and reprints byte for byte (GraphsFolderTests checks it).
# Run it through `make graphs` (which builds tusk first). The test
# GraphsFolderTests fails when these files are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
TUSK="${TUSK:-.build/debug/tusk}"
[ -x "$TUSK" ] || { echo "error: $TUSK not built (run: make graphs)" >&2; exit 1; }

tmp="$(mktemp -d Graphs.tmp.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
for example in $("$TUSK" dump --list-examples); do
  for stage in traced autodiff optimized; do
    "$TUSK" dump "$example" --stage "$stage" --format text -o "$tmp/$example.$stage.txt"
    "$TUSK" dump "$example" --stage "$stage" --format dot -o "$tmp/$example.$stage.dot"
  done
done
for pair in forward:traced forward:optimized train-step:autodiff train-step:optimized; do
  graph=${pair%%:*}; stage=${pair##*:}
  "$TUSK" dump walrus-tiny --resolution 128x32 --steps 3 --graph "$graph" --stage "$stage" \
    -o "$tmp/walrus-tiny.$graph.$stage.txt"
done
"$TUSK" dump walrus-tiny --resolution 128x32 --steps 3 --graph train-step --stage scheduled \
  -o "$tmp/walrus-tiny.train-step.scheduled.txt"
for graph in forward train-step; do
  "$TUSK" dump walrus-tiny --resolution 128x32 --steps 3 --graph "$graph" --stage fused \
    -o "$tmp/walrus-tiny.$graph.fused.txt"
done
# The optimized LLVM IR targets this machine's CPU; only the forward's is committed (the train
# step's is 2.2 MB).
"$TUSK" dump walrus-tiny --resolution 128x32 --steps 3 --graph forward --stage llvm \
  -o "$tmp/walrus-tiny.forward.llvm.ll"
mkdir -p Graphs
rm -f Graphs/*.txt Graphs/*.dot Graphs/*.ll
mv "$tmp"/* Graphs/
echo "regenerated: $(ls Graphs/*.txt Graphs/*.dot Graphs/*.ll | tr '\n' ' ')"
