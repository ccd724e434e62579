#!/usr/bin/env python3
"""Writes the small h5py fixture files in The Well's layout used by TuskDataTests.

Layout: well_fixture/data/train/fixture_flow_a.hdf5 (contiguous, 2 trajectories, 7 steps) and
fixture_flow_b.hdf5 (chunked + gzip, 1 trajectory, 9 steps). 2-D, spatial_dims [x, y] with a
non-square 8 x 4 grid (catches axis-order mistakes), t0 fields A, B and a time-constant
sample-varying `density`, t1 `velocity`, t2 `E`, a constant scalar `F`, a [B, T] scalar `inflow`, one-sided boundaries
(x0_wall, xL_open) and y_periodic, empty-list attributes. Deterministic (seeded).
Run:  python3 make_fixture.py   (needs numpy, h5py)
"""
import os
import numpy as np
import h5py

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "well_fixture", "data", "train")
NX, NY = 8, 4


def write(path, n_traj, n_steps, seed, chunked):
    rng = np.random.default_rng(seed)
    kw = dict(chunks=True, compression="gzip", compression_opts=4) if chunked else {}
    x = np.linspace(0, 1, NX, endpoint=False, dtype=np.float32) + 0.5 / NX
    y = np.linspace(-1, 1, NY, endpoint=False, dtype=np.float32)
    t = (0.1 * np.arange(n_steps)).astype(np.float32)
    with h5py.File(path, "w") as f:
        f.attrs["dataset_name"] = "fixture_flow"
        f.attrs["grid_type"] = "cartesian"
        f.attrs["n_spatial_dims"] = 2
        f.attrs["n_trajectories"] = n_traj
        f.attrs["simulation_parameters"] = ["F"]
        f.attrs["F"] = 0.03
        d = f.create_group("dimensions")
        d.attrs["spatial_dims"] = ["x", "y"]
        for name, arr in (("x", x), ("y", y)):
            ds = d.create_dataset(name, data=arr)
            ds.attrs["sample_varying"] = False
            ds.attrs["time_varying"] = False
        ds = d.create_dataset("time", data=t)
        ds.attrs["sample_varying"] = False
        ds.attrs["time_varying"] = True
        b = f.create_group("boundary_conditions")
        def bc(name, kind, dim, mask):
            g = b.create_group(name)
            g.attrs["bc_type"] = kind
            g.attrs["associated_dims"] = [dim]
            g.attrs["associated_fields"] = []
            g.attrs["sample_varying"] = False
            g.attrs["time_varying"] = False
            g.create_dataset("mask", data=np.array(mask, dtype=bool))
        m = [False] * NX; m[0] = True; bc("x0_wall", "WALL", "x", m)
        m = [False] * NX; m[-1] = True; bc("xL_open", "OPEN", "x", m)
        m = [False] * NY; m[0] = True; m[-1] = True; bc("y_periodic", "PERIODIC", "y", m)
        s = f.create_group("scalars")
        s.attrs["field_names"] = ["F", "inflow"]
        ds = s.create_dataset("F", data=np.float32(0.03))
        ds.attrs["sample_varying"] = False
        ds.attrs["time_varying"] = False
        # A time- and sample-varying scalar: [B, T].
        ds = s.create_dataset("inflow", data=rng.standard_normal((n_traj, n_steps)).astype(np.float32))
        ds.attrs["sample_varying"] = True
        ds.attrs["time_varying"] = True
        def field(group, name, shape, tv=True, order=0):
            data = rng.standard_normal(shape).astype(np.float32)
            ds = group.create_dataset(name, data=data, **kw)
            ds.attrs["sample_varying"] = True
            ds.attrs["time_varying"] = tv
            ds.attrs["dim_varying"] = [True, True]
            if order == 2:
                ds.attrs["symmetric"] = False
                ds.attrs["antisymmetric"] = False
        g0 = f.create_group("t0_fields")
        g0.attrs["field_names"] = ["B", "A", "density"]   # not alphabetical, on purpose
        field(g0, "B", (n_traj, n_steps, NX, NY))
        field(g0, "A", (n_traj, n_steps, NX, NY))
        field(g0, "density", (n_traj, NX, NY), tv=False)
        g1 = f.create_group("t1_fields")
        g1.attrs["field_names"] = ["velocity"]
        field(g1, "velocity", (n_traj, n_steps, NX, NY, 2), order=1)
        g2 = f.create_group("t2_fields")
        g2.attrs["field_names"] = ["E"]
        field(g2, "E", (n_traj, n_steps, NX, NY, 2, 2), order=2)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write(os.path.join(OUT, "fixture_flow_a.hdf5"), n_traj=2, n_steps=7, seed=1, chunked=False)
    write(os.path.join(OUT, "fixture_flow_b.hdf5"), n_traj=1, n_steps=9, seed=2, chunked=True)
    print("wrote", OUT)
