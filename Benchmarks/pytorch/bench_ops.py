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
    print(json.dumps(results))


if __name__ == "__main__":
    main()
