"""Writes the inputs of the 1.3B forward benchmark, for Tusk and the official model alike:
weights.safetensors (the official IsotropicModel's state dict at the release shapes, built by
../shared/bench/walrus_bench_lib.py with its seeded init; official key names) and
inputs.safetensors (x [T, B, C, H, W], field_indices, bcs: 2-D periodic), in the layout
`tusk forward` reads (Docs/USAGE.md). A benchmark tool: Tusk itself never needs Python.

usage: python make_inputs.py OUTDIR [--config 1p3b] [--size 128] [--T 6] [--C 4]
"""
import argparse, os, sys

p = argparse.ArgumentParser()
p.add_argument("out")
p.add_argument("--config", default="1p3b")
p.add_argument("--size", type=int, default=128)
p.add_argument("--T", type=int, default=6)
p.add_argument("--C", type=int, default=4)
a = p.parse_args()
sys.path.insert(0, os.environ.get("TUSK_BENCH_LIB", os.path.join(os.path.dirname(__file__), "../../../shared/bench")))
import torch
from safetensors.torch import save_file
import walrus_bench_lib as lib

torch.manual_seed(0)
os.makedirs(a.out, exist_ok=True)
model = lib.build_model(a.config)
state = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
print(f"{len(state)} tensors, {sum(v.numel() for v in state.values())} elements", flush=True)
del model
save_file(state, os.path.join(a.out, "weights.safetensors"))
del state
g = torch.Generator().manual_seed(1)
x = torch.randn(a.T, 1, a.C, a.size, a.size, generator=g)
fields = lib.field_indices_for(a.config, a.C).to(torch.int64)
bcs = torch.tensor([[2, 2], [2, 2]], dtype=torch.int64)
save_file({"x": x, "field_indices": fields, "bcs": bcs}, os.path.join(a.out, "inputs.safetensors"))
print("wrote", a.out)
