import Testing
import TuskIR
import TuskRuntime
import TuskTestSupport

/// The BLAS backend's row-wise flash-attention kernels (`Kernels+Attention.swift`, `AttentionKernel.rows`) against the reference
/// interpreter, which evaluates the fused ops through their decomposition. Tolerances:
/// `Tolerance` (Differential.swift) — the kernels differ from the decomposition only in
/// summation order and in the online softmax's rescaling (one extra rounding per key tile), far
/// below 1e-5 (f32) / 1e-12 (f64) of the largest magnitude for these ≤ 150-term sums.
@Suite struct AttentionKernelTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var batch: [Int], tq: Int, tk: Int, d: Int, dv: Int
        var causal: Bool
        var headAxis: Int?
        var dtype: DType
        var rotary = 0
        var testDescription: String {
            "\(dtype) batch \(batch) Tq \(tq) Tk \(tk) d \(d) dv \(dv)\(causal ? " causal" : "")\(headAxis.map { " bias@\($0)" } ?? "")"
                + (rotary > 0 ? " rope \(rotary)" : "")
        }

        var attributes: AttentionAttributes {
            var a = AttentionAttributes(scale: 1 / Double(d).squareRoot(), causal: causal, rotaryFeatures: rotary)
            if let headAxis {
                a.bias = RelativePositionBias(headAxis: headAxis, buckets: (0..<(tq + tk - 1)).map { o in
                    let n = o - (tk - 1)
                    return n >= 0 ? min(n, 4) : 5 + min(-n - 1, 2)
                })
            }
            return a
        }

        /// `y` = the fused forward (packed output and log-sum-exp), `grads` = the backward op on
        /// it with the random cotangent `dy`, `o` = the output columns (the slice users read).
        func graph() throws -> Graph {
            try Graph.trace("attention") { b in
                var x = [b.input("q", batch + [tq, d], dtype), b.input("k", batch + [tk, d], dtype),
                         b.input("v", batch + [tk, dv], dtype)]
                if let headAxis { x.append(b.parameter("table", [8, batch[headAxis]], dtype)) }
                if rotary > 0 {
                    for (name, tokens) in [("cos_q", tq), ("sin_q", tq), ("cos_k", tk), ("sin_k", tk)] {
                        x.append(b.input(name, [tokens, rotary], dtype))
                    }
                }
                let a = attributes
                let y = Tensor(b, b.append(.scaledDotProductAttention(a), x.map(\.id)))
                let dy = b.input("dy", y.shape, dtype)
                let grads = Tensor(b, b.append(.scaledDotProductAttentionBackward(a), (x + [y, dy]).map(\.id)))
                return [("y", y), ("grads", grads), ("o", y.slice(axis: -1, 0..<dv))]
            }
        }
    }

    static let cases: [Case] = [DType.f32, .f64].flatMap { t in [
        Case(batch: [2], tq: 5, tk: 5, d: 4, dv: 4, causal: false, headAxis: nil, dtype: t),
        Case(batch: [1], tq: 1, tk: 1, d: 3, dv: 2, causal: true, headAxis: 0, dtype: t),          // N = 1
        Case(batch: [3], tq: 3, tk: 7, d: 2, dv: 5, causal: true, headAxis: 0, dtype: t),          // Tq < Tk
        Case(batch: [2, 3, 2], tq: 4, tk: 4, d: 3, dv: 3, causal: true, headAxis: 2, dtype: t),    // Walrus time layout
        Case(batch: [2], tq: 70, tk: 131, d: 5, dv: 3, causal: false, headAxis: nil, dtype: t),    // 2 × 3 tiles, partial
        Case(batch: [2, 2], tq: 67, tk: 67, d: 8, dv: 8, causal: true, headAxis: 1, dtype: t),     // 2 workers, tiles on the diagonal
        Case(batch: [2], tq: 70, tk: 131, d: 4, dv: 2, causal: true, headAxis: 0, dtype: t),       // causal, Tq ≠ Tk, 2 × 3 tiles
        Case(batch: [2, 2], tq: 66, tk: 66, d: 6, dv: 3, causal: false, headAxis: nil, dtype: t, rotary: 4), // RoPE, 2 workers
        Case(batch: [3], tq: 5, tk: 7, d: 4, dv: 2, causal: true, headAxis: 0, dtype: t, rotary: 4),
    ] }

    @Test(arguments: cases)
    func forwardAndBackwardMatchTheDecomposition(_ c: Case) throws {
        try expectSameAsReference(try c.graph(), seed: 3, backend: BLASBackend(attentionKernel: .rows))
    }

    /// `automatic` (the default: GEMM tiles for the backward, and for the forward from 32 keys or
    /// 32 features; rows for short narrow forwards — so these small cases mix the two) on the same cases.
    @Test(arguments: cases)
    func automaticKernelMatchesTheDecomposition(_ c: Case) throws {
        try expectSameAsReference(try c.graph(), seed: 3)
    }

    /// The kernel splits over the cores for large problems and runs inline for small ones; its
    /// scratch is O(tile²) per worker, not O(Tq·Tk): for the 67 × 67 case the arena holds no
    /// buffer as large as one batch entry's scores would need beyond the values themselves.
    @Test func scratchStaysPerTile() throws {
        let c = Self.cases[5]
        let g = try c.graph()
        let exe = try BLASBackend(attentionKernel: .rows).compileBLAS(g)
        let values = g.nodes.reduce(0) { $0 + ($1.type.byteCount + 63) / 64 * 64 }
        let scores = c.batch.reduce(1, *) * c.tq * c.tk * 4
        // Scratch per worker ≤ (d + dv + 2) · 64 + 64 · dv + 128 + table elements, two workers.
        let scratchBound = 2 * ((c.d + c.dv + 2) * 64 + 64 * c.dv + 128 + 8 * 2) * 4
        #expect(exe.arenaByteCount <= values + 2 * scratchBound, "arena \(exe.arenaByteCount), values \(values)")
        #expect(scratchBound < scores)
    }
}
