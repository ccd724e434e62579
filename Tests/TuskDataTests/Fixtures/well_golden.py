#!/usr/bin/env python3
"""Golden numbers from the_well's WellDataset for a dataset folder, as JSON on stdout.

Usage: python3 well_golden.py ROOT SPLIT  (ROOT holds data/SPLIT/*.hdf5)
For each windowing in WINDOWINGS: len(dataset), field names, and for a few sample indices the
shape and float64 sum / sum of squares / first value of every entry (input_fields, output_fields,
constant_fields, constant_scalars, boundary_conditions, space_grid, time grids).
TuskDataTests compares its reader with this output: committed as golden_fixture.json for the
fixture (python3 well_golden.py well_fixture train > golden_fixture.json), and run live when
the_well is importable.
"""
import json
import sys
import warnings

import numpy as np
from the_well.data import WellDataset
from the_well.data.utils import flatten_field_names

# (n_in, n_out, stride, full_trajectory_mode)
WINDOWINGS = [(1, 1, 1, False), (2, 1, 1, False), (2, 2, 2, False), (1, 2, 3, False), (2, 1, 1, True)]
KEYS = ["input_fields", "output_fields", "constant_fields", "input_scalars", "output_scalars", "constant_scalars",
        "boundary_conditions",
        "space_grid", "input_time_grid", "output_time_grid"]


def summary(x):
    a = np.asarray(x, dtype=np.float64)
    return {"shape": list(a.shape), "sum": float(a.sum()), "sumsq": float((a * a).sum()),
            "first": float(a.reshape(-1)[0]) if a.size else None}


def main(root, split):
    warnings.simplefilter("ignore")
    out = []
    for n_in, n_out, stride, full in WINDOWINGS:
        ds = WellDataset(path=root, well_split_name=split, n_steps_input=n_in, n_steps_output=n_out,
                         min_dt_stride=stride, max_dt_stride=stride, full_trajectory_mode=full,
                         use_normalization=False)
        n = len(ds)
        picks = sorted(set(i for i in [0, 1, n // 2, n - 1] if 0 <= i < n))
        samples = []
        for i in picks:
            s = ds[i]
            samples.append({"index": i, **{k: summary(s[k]) for k in KEYS if k in s}})
        out.append({"n_in": n_in, "n_out": n_out, "stride": stride, "full_trajectory": full,
                    "len": n, "field_names": flatten_field_names(ds.metadata, include_constants=False),
                    "constant_field_names": [n for v in ds.metadata.constant_field_names.values() for n in v],
                    "samples": samples})
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
