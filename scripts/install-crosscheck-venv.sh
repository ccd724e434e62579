#!/usr/bin/env bash
# Installs the Python side of the live cross-checks into a venv of its own
# (~/.cache/tusk/crosscheck-venv; Tusk itself never needs Python). Idempotent: quiet and quick
# when the venv already has everything.
#
# Installed: numpy, Pillow, h5py (required: the Pillow PNG check in TuskDataTests/PlotTests and
# the numpy metrics check; a failed install fails `make test`), then the_well with the CPU build
# of torch (the_well's reader, metrics and rollout cross-checks). PyPI's Linux torch is the CUDA
# build (over 2 GB of nvidia-* wheels), so torch is installed only as the pinned CPU wheel
# (torch==2.13.0+cpu, which this project's machines carry in pip's find-links folder), the_well
# without its dependency resolution (its imports: numpy, h5py, torch, einops, pyyaml, fsspec, matplotlib).
# When that wheel cannot be had, the the_well/torch cross-checks are left out of the printed list
# and skip with the reason printed. TUSK_CROSSCHECK_TORCH=0 skips that part.
#
# Prints the cross-checks the venv can run, as a TUSK_REQUIRE_CROSSCHECKS value
# (e.g. `graphviz,pillow,numpy,h5py`), on standard output.
set -euo pipefail
VENV="${TUSK_CROSSCHECK_VENV:-$HOME/.cache/tusk/crosscheck-venv}"
PY="$VENV/bin/python3"
PKGS=(numpy Pillow h5py)
MODULES="numpy, PIL, h5py"
if ! [ -x "$PY" ] || ! "$PY" -c "import $MODULES" 2>/dev/null; then
  echo "tusk: installing the cross-checks' Python packages into $VENV: ${PKGS[*]}" >&2
  python3 -m venv "$VENV"
  "$PY" -m pip install --quiet --disable-pip-version-check "${PKGS[@]}" >&2
fi
if [ "${TUSK_CROSSCHECK_TORCH:-1}" != "0" ] && ! "$PY" -c "import the_well.data, the_well.benchmark.metrics, torch" 2>/dev/null; then
  echo "tusk: installing torch (CPU wheel) and the_well into $VENV" >&2
  if ! { "$PY" -m pip install --quiet --disable-pip-version-check 'torch==2.13.0+cpu' einops pyyaml 'fsspec==2024.10.0' matplotlib >&2 &&
         "$PY" -m pip install --quiet --disable-pip-version-check --no-deps 'the-well==1.2.0' >&2; }; then
    echo "tusk: torch 2.13.0+cpu / the_well could not be installed: the the_well cross-checks will skip" >&2
  fi
fi
checks=(pillow numpy h5py)
command -v dot >/dev/null && checks=(graphviz "${checks[@]}")
"$PY" -c "import the_well.data, the_well.benchmark.metrics, torch" 2>/dev/null && checks+=(the_well torch)
(IFS=,; echo "${checks[*]}")
