#!/usr/bin/env bash
# Installs the Python side of the live cross-checks into a venv of its own
# (~/.cache/tusk/crosscheck-venv; Tusk itself never needs Python). Idempotent: quiet and quick
# when the venv already has everything.
#
# Installed (light, a few seconds from a warm pip cache): numpy, Pillow, h5py — the Pillow PNG
# check (TuskDataTests/PlotTests) and the numpy metrics check (MetricsWellCrossCheckTests).
# NOT installed by default: the_well, which requires torch; the torch wheel on PyPI for Linux is
# the CUDA build with its nvidia-* wheels (well over 2 GB to download; the CPU-only wheel is on
# PyTorch's own index, which CI cannot reach), too large and slow for a CI run. Set
# TUSK_CROSSCHECK_TORCH=1 to install the_well (and torch) too; without it the the_well/torch
# cross-checks are skipped with that reason printed.
#
# Prints the cross-checks the venv can run, as a TUSK_REQUIRE_CROSSCHECKS value
# (e.g. `graphviz,pillow,numpy,h5py`), on standard output.
set -euo pipefail
VENV="${TUSK_CROSSCHECK_VENV:-$HOME/.cache/tusk/crosscheck-venv}"
PY="$VENV/bin/python3"
PKGS=(numpy Pillow h5py)
MODULES="numpy, PIL, h5py"
if [ "${TUSK_CROSSCHECK_TORCH:-0}" = "1" ]; then
  PKGS+=(the_well torch)
  MODULES="$MODULES, the_well, torch"
fi
if ! [ -x "$PY" ] || ! "$PY" -c "import $MODULES" 2>/dev/null; then
  echo "tusk: installing the cross-checks' Python packages into $VENV: ${PKGS[*]}" >&2
  python3 -m venv "$VENV"
  "$PY" -m pip install --quiet --disable-pip-version-check "${PKGS[@]}" >&2
fi
checks=(pillow numpy h5py)
command -v dot >/dev/null && checks=(graphviz "${checks[@]}")
"$PY" -c "import the_well, torch" 2>/dev/null && checks+=(the_well torch)
(IFS=,; echo "${checks[*]}")
