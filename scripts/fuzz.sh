#!/usr/bin/env bash
# Builds and runs the libFuzzer targets (Fuzz/<Target>/main.swift compiled with swiftc
# -sanitize=fuzzer together with the sources of the module it tests; SwiftPM cannot link a
# fuzzer executable on this toolchain, see ../shared/PLATFORM.md). Usage:
#   scripts/fuzz.sh [TARGET] [RUNS]      (default: every target, 1000000 runs each)
# Runs at nice 19; crashes are written to .build/fuzz/crashes/<target>/; the corpus Fuzz/corpus/<target>
# is the seed set (new inputs go to a scratch copy, so the committed seeds stay small).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${2:-1000000}"
build() {  # target, module source folders or files...
  # All sources are compiled as ONE module (TuskFuzz): their `import Tusk…` lines are dropped.
  # Fuzz/<Target>/*.swift are the target's own files; $FUZZ_FLAGS adds swiftc flags (libhdf5).
  local target=$1; shift
  local src=".build/fuzz/src-$target"
  mkdir -p .build/fuzz
  if [ ! -x ".build/fuzz/$target" ] || [ -n "$(find "Fuzz/$target" "$@" -newer ".build/fuzz/$target" -name '*.swift' | head -1)" ]; then
    echo "fuzz: building $target" >&2
    rm -rf "$src" && mkdir -p "$src"
    local k=0
    for f in $(find "$@" -name '*.swift' | sort); do
      k=$((k + 1)); sed '/^import Tusk/d' "$f" > "$src/$k-$(basename "$f")"
    done
    nice -n 19 swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name TuskFuzz \
      ${FUZZ_FLAGS:-} "Fuzz/$target/"*.swift "$src"/*.swift -o ".build/fuzz/$target" 2>&1 | grep -v "ld.gold: warning: Cannot export local symbol" >&2 || true
    [ -x ".build/fuzz/$target" ]
  fi
}
run() {  # target
  local target=$1 key
  key=$(echo "$target" | sed -E 's/([a-z])([A-Z])/\1-\2/g' | tr 'A-Z' 'a-z')
  local scratch=".build/fuzz/corpus-$key"
  mkdir -p "$scratch" ".build/fuzz/crashes/$target"
  cp -n "Fuzz/corpus/$key/"* "$scratch/" 2>/dev/null || true
  echo "fuzz: running $target for $RUNS inputs" >&2
  # Swift's backtracer and ASan both want the crash: let ASan report it.
  SWIFT_BACKTRACE=enable=no nice -n 19 ".build/fuzz/$target" -runs="$RUNS" -max_len=4096 -timeout=10 -print_final_stats=1 \
    -artifact_prefix=".build/fuzz/crashes/$target/" "$scratch"
}
targets=("${1:-GraphText}")
[ -z "${1:-}" ] && targets=(GraphText Safetensors WalrusConfig WellSchema)
for t in "${targets[@]}"; do
  case "$t" in
    GraphText) build GraphText Sources/TuskIR ;;
    Safetensors) build Safetensors Sources/TuskIR Sources/TuskNN/Safetensors.swift Sources/TuskNN/Safetensors+DType.swift \
                   Sources/TuskNN/Safetensors+File.swift Sources/TuskNN/Safetensors+JSON.swift Sources/TuskNN/Safetensors+Mapped.swift \
                   Sources/TuskNN/JSONErrorText.swift ;;
    WalrusConfig) build WalrusConfig Sources/TuskIR Sources/TuskNN/Safetensors.swift Sources/TuskNN/Safetensors+DType.swift \
                   Sources/TuskNN/Safetensors+File.swift Sources/TuskNN/Safetensors+JSON.swift Sources/TuskNN/Safetensors+Mapped.swift \
                   Sources/TuskNN/JSONErrorText.swift Sources/TuskWalrus/Config Sources/TuskWalrus/Components/FieldTable.swift \
                   Sources/TuskWalrus/Components/AxialRoPETable.swift ;;
    WellSchema)
      # TuskData's HDF5 and Well readers over libhdf5: the CHDF5 module map and HDF5's include and
      # library folders (pkg-config hdf5, as Package.swift's CHDF5 target finds them).
      hdf5_cflags=$(pkg-config --cflags hdf5 2>/dev/null || echo "-I/usr/include/hdf5/serial")
      hdf5_libs=$(pkg-config --libs hdf5 2>/dev/null || echo "-L/usr/lib/x86_64-linux-gnu/hdf5/serial -lhdf5")
      FUZZ_FLAGS="-I Sources/CHDF5 $(for f in $hdf5_cflags; do printf -- '-Xcc %s ' "$f"; done) $hdf5_libs" \
        build WellSchema Sources/TuskIR Sources/TuskData/HDF5 Sources/TuskData/Well ;;
    *) echo "fuzz: unknown target $t (targets: GraphText, Safetensors, WalrusConfig, WellSchema)" >&2; exit 2 ;;
  esac
  run "$t"
done
