// Attention micro-benchmark: Walrus's two attentions at walrus-tiny and walrus-small shapes,
// unfused (batched GEMMs + softmax, as traced) vs fused with the row-wise kernels vs fused with
// the GEMM-tiled kernels, forward alone and forward + backward (autodiff of Σ o·w), on BLAS.
//   TuskBenchmarks attention [--sweep] [--repeats R]
// Space-like: [B·T, heads, N, d] over N = 1024 tokens, no mask; time-like: [B·N, heads, T, d]
// over T = 6 steps, causal with a T5 bias table. `--sweep` adds key lengths 16…512 at head
// width 16 and 64 to place the cost rule's threshold (`FuseAttention.minimumKeyTokens`).
// RoPE is not included (it adds O(N·d) work to both variants alike).
import Foundation
import TuskAutodiff
import TuskIR
import TuskNN
import TuskPasses
import TuskRuntime

/// One attention shape: `[batch…, tokens, d]` for q, k and v.
struct AttentionShape {
    var name: String
    var batch: [Int]
    var tokens: Int
    var d: Int
    var causal: Bool
    var bias: Bool

    /// `y = Σ (attention(q, k, v) ∘ w)`, unfused as traced.
    func graph() throws -> Graph {
        try Graph.trace("attention_\(name)") { b in
            let shape = batch + [tokens, d]
            let q = b.parameter("q", shape), k = b.parameter("k", shape), v = b.parameter("v", shape)
            var biasTensor: Tensor?
            if bias {
                let heads = batch[batch.count - 1]
                let table = b.parameter("rel", [8, heads])
                var idx: [Double] = []
                for i in 0..<tokens { for j in 0..<tokens { idx.append(Double(min(max(i - j, 0), 7))) } }
                biasTensor = table.gather(b.literal(idx, [tokens * tokens], .i64), axis: 0).permute([1, 0])
                    .reshape([heads, tokens, tokens])
            }
            let o = scaledDotProductAttention(q, k, v, bias: biasTensor, causal: causal)
            return [("loss", (o * b.input("w", shape)).sum())]
        }
    }
}

func runAttentionBenchmark(_ arguments: [String]) throws {
    let threads = try BLASThreads.configure()
    print("Attention benchmark (BLAS backend) — \(repeats) repeats, medians; threads \(threads); load average before: \(loadAverage())")
    var shapes = [
        AttentionShape(name: "tiny-space", batch: [6, 2], tokens: 1024, d: 16, causal: false, bias: false),
        AttentionShape(name: "tiny-time", batch: [1024, 2], tokens: 6, d: 16, causal: true, bias: true),
        AttentionShape(name: "small-space", batch: [6, 4], tokens: 1024, d: 64, causal: false, bias: false),
        AttentionShape(name: "small-time", batch: [1024, 4], tokens: 6, d: 64, causal: true, bias: true),
    ]
    if arguments.contains("--sweep") {
        for d in [16, 64] {
            for n in [16, 32, 64, 128, 256, 512] {
                // About the same number of score elements per case (6·4·1024² / n² batch entries).
                let batch = max(1, 6 * 4 * 1024 * 1024 / (n * n) / 4)
                shapes.append(AttentionShape(name: "d\(d)-n\(n)", batch: [batch, 4], tokens: n, d: d, causal: false, bias: false))
            }
        }
    }
    print("shape          q shape                 variant      forward ms   fwd+bwd ms   fwd+bwd arena MiB   (relative to unfused)")
    for shape in shapes {
        let traced = try shape.graph()
        let fused = try Pipeline.forward.run(traced)
        let wrt = ["q", "k", "v"] + (shape.bias ? ["rel"] : [])
        var bindings: [String: TensorData] = [:]
        for (i, (name, _, type)) in (traced.inputs + traced.parameters).enumerated() {
            bindings[name] = random(type.shape, seed: UInt64(i + 1))
        }
        let variants: [(String, Graph, AttentionKernel)] = [
            ("unfused", traced, .automatic), ("fused rows", fused, .rows), ("fused tiles", fused, .gemmTiles),
        ]
        var baseline: (Double, Double)?
        for (label, graph, kernel) in variants {
            let backend = BLASBackend(attentionKernel: kernel)
            let forwardGraph = try Pipeline.standard.run(graph)
            let stepGraph = try Pipeline.standard.run(try grad(graph, loss: "loss", wrt: wrt))
            let forward = try backend.compileBLAS(forwardGraph), step = try backend.compileBLAS(stepGraph)
            try forward.bind(bindings)
            try step.bind(bindings)
            let tf = try medianSeconds { try forward.execute() }
            let ts = try medianSeconds { try step.execute() }
            if baseline == nil { baseline = (tf, ts) }
            let relative = baseline.map { String(format: "%.2f× / %.2f×", tf / $0.0, ts / $0.1) } ?? ""
            let qShape = "\(shape.batch + [shape.tokens, shape.d])"
            print(String(format: "%-14@ %-23@ %-12@ %10.2f   %10.2f   %17.1f   %@", shape.name as NSString,
                         qShape as NSString, label as NSString, tf * 1e3, ts * 1e3,
                         Double(step.arenaByteCount) / 1048576, relative as NSString))
        }
    }
    print("load average after: \(loadAverage())  (2 cores; > 2 means other work competed)")
}
