#!/usr/bin/env python3
"""Writes the small safetensors files Tusk's reader/writer tests compare against, using the
reference Python `safetensors` package (pip install safetensors numpy).

    python3 scripts/make-safetensors-fixtures.py Tests/TuskNNTests/Fixtures

The values are spelled out in Tests/TuskNNTests/SafetensorsFixtureTests.swift; change both together.
"""
import sys, os
import numpy as np
from safetensors.numpy import save_file

out = sys.argv[1] if len(sys.argv) > 1 else "Tests/TuskNNTests/Fixtures"
os.makedirs(out, exist_ok=True)

# Only Tusk's own dtypes: Tusk's writer must reproduce this file byte for byte.
tusk = {
    "weight": np.array([[0.5, -1.25, 3.0], [1e-8, -0.0, 65504.0]], dtype=np.float32),
    "scale": np.array(3.141592653589793, dtype=np.float64),
    "index": np.array([0, -1, 2**40, -2**62], dtype=np.int64),
    "count": np.array([[1, -2], [2147483647, -2147483648]], dtype=np.int32),
    "mask": np.array([True, False, True]),
    "empty": np.zeros((0, 3), dtype=np.float32),
    "blocks.0.norm.weight": np.arange(5, dtype=np.float32) / 4,
}
save_file(tusk, os.path.join(out, "python-tusk-dtypes.safetensors"), metadata={"format": "np"})

# Narrower dtypes Tusk widens on read.
narrow = {
    "half": np.array([1.0, -2.5, 6.103515625e-05, 5.960464477539063e-08, 65504.0, -np.inf], dtype=np.float16),
    "u8": np.array([0, 200, 255], dtype=np.uint8),
    "i8": np.array([-128, 0, 127], dtype=np.int8),
    "i16": np.array([[-32768, 7], [32767, 0]], dtype=np.int16),
    "u16": np.array([65535, 1], dtype=np.uint16),
    "u32": np.array([4294967295, 2], dtype=np.uint32),
}
save_file(narrow, os.path.join(out, "python-narrow-dtypes.safetensors"))
