"""PyTorch side of the Tusk BLAS-backend benchmarks (same shapes as TuskBenchmarks).

Run by `.build/release/TuskBenchmarks` in the same session (or by hand):
    python3 Benchmarks/pytorch/bench_ops.py [--repeats N] [--threads 2]
Prints one JSON object: {case: median seconds}. fp32, CPU, torch.set_num_threads(threads).
"""
import argparse
import json
import statistics
import time

import torch


def median_time(fn, repeats, warmup=2):
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    results = {}
    with torch.no_grad():
        a = torch.randn(1024, 1024)
        b = torch.randn(1024, 1024)
        results["sgemm_1024"] = median_time(lambda: torch.matmul(a, b), args.repeats)

        # Walrus encoder first layer: 2-D 128x128 data (C=4 fields) run as 3-D, T*B=6.
        x = torch.randn(6, 7, 142, 142, 1)
        w = torch.randn(352, 7, 8, 8, 1)
        results["conv_walrus"] = median_time(lambda: torch.nn.functional.conv3d(x, w, stride=(2, 2, 1)), args.repeats)
        dy = torch.randn(6, 352, 68, 68, 1)
        results["conv_walrus_dx"] = median_time(
            lambda: torch.nn.functional.conv_transpose3d(dy, w, stride=(2, 2, 1)), args.repeats)
        results["conv_walrus_dw"] = median_time(
            lambda: torch.nn.grad.conv3d_weight(x, w.shape, dy, stride=(2, 2, 1)), args.repeats)

        # A real 3-D case.
        x3 = torch.randn(1, 7, 78, 78, 78)
        w3 = torch.randn(64, 7, 8, 8, 8)
        results["conv_3d"] = median_time(lambda: torch.nn.functional.conv3d(x3, w3, stride=(2, 2, 2)), args.repeats)
        # Small model: the same pre-norm attention block as TuskBenchmarks (eager PyTorch).
        B, S, D, H = 2, 64, 128, 4
        xa = torch.randn(B, S, D)
        norm = torch.randn(D)
        wqkv, wo = torch.randn(D, 3 * D) * 0.05, torch.randn(D, D) * 0.05
        w1, w2 = torch.randn(D, 4 * D) * 0.05, torch.randn(4 * D, D) * 0.05

        def attention_block():
            xc = xa - xa.mean(dim=2, keepdim=True)
            h = xc * torch.rsqrt((xc * xc).mean(dim=2, keepdim=True) + 1e-5) * norm
            qkv = h @ wqkv
            q, k, v = (t.reshape(B, S, H, D // H).permute(0, 2, 1, 3) for t in qkv.split(D, dim=2))
            att = torch.softmax((q @ k.transpose(-1, -2)) * (1 / (D // H) ** 0.5), dim=-1)
            o = (att @ v).permute(0, 2, 1, 3).reshape(B, S, D)
            y = xa + o @ wo
            return y + torch.nn.functional.silu(y @ w1) @ w2

        results["attention_block"] = median_time(attention_block, max(args.repeats, 50))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
