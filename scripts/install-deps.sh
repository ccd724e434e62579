#!/usr/bin/env bash
# Installs the system packages Tusk needs (Debian). Idempotent and quiet when all are present.
set -euo pipefail
# llvm-19-dev: the LLVM 19 C API of the JIT backend (Sources/CLLVM). Never the unversioned
# llvm-dev: it puts LLVM 14 headers on the default include path (see Docs/LLVM.md).
# zlib1g-dev: PNG compression (deflate). libopenmpi-dev + openmpi-bin: data-parallel training over
# MPI (mpirun). graphviz: `dot`, for the live check that Tusk's DOT output renders.
# python3-venv: the venv of the live cross-checks (scripts/install-crosscheck-venv.sh, make test).
PKGS=(libopenblas-dev libhdf5-dev pkg-config llvm-19-dev zlib1g-dev libopenmpi-dev openmpi-bin graphviz python3-venv)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "tusk: installing system packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
