import Testing
import TuskIR
import TuskRuntime
import TuskTestSupport

@Suite struct MatmulTests {
    /// (a, b, transposeA, transposeB): plain, each transpose, folded batch (Linear), batched,
    /// broadcast batches on either side, size-1 axes, odd sizes.
    static let cases: [([Int], [Int], Bool, Bool)] = [
        ([5, 7], [7, 3], false, false), ([7, 5], [7, 3], true, false), ([5, 7], [3, 7], false, true),
        ([7, 5], [3, 7], true, true), ([2, 4, 5], [5, 3], false, false), ([2, 3, 4, 5], [2, 3, 5, 6], false, false),
        ([3, 1, 4, 5], [2, 5, 6], false, false), ([4, 5], [3, 5, 2], false, false), ([1, 1], [1, 1], false, false),
        ([2, 1, 9], [2, 9, 1], false, false), ([3, 5, 4], [3, 6, 5], true, true), ([2, 5, 4], [5, 3], true, false),
        ([33, 65], [65, 17], false, false),
    ]

    @Test(arguments: [DType.f32, .f64, .i32, .i64])
    func matmul(_ dtype: DType) throws {
        for (sa, sb, ta, tb) in Self.cases {
            let g = try graph("matmul") { b in
                b.input("a", sa, dtype).matmul(b.input("b", sb, dtype), transposeA: ta, transposeB: tb)
            }
            try expectSameAsReference(g, range: dtype.isInteger ? -9...9 : -1...1)
        }
    }
}

@Suite struct ConvTests {
    struct Case: Sendable, CustomStringConvertible {
        var x: [Int], w: [Int], strides: [Int], padLow: [Int], padHigh: [Int]
        var description: String { "x\(x) w\(w) s\(strides) pl\(padLow) ph\(padHigh)" }
    }

    /// Convolutions in 1–3 spatial axes: strides > 1 with remainders, padding, size-1 axes,
    /// the Walrus-style 2-D-as-3-D trailing axis, and a 1×1 pointwise kernel.
    static let convCases: [Case] = [
        Case(x: [2, 3, 11], w: [4, 3, 3], strides: [2], padLow: [1], padHigh: [0]),
        Case(x: [1, 2, 7, 9], w: [3, 2, 3, 2], strides: [2, 3], padLow: [1, 0], padHigh: [2, 1]),
        Case(x: [2, 3, 10, 9, 1], w: [5, 3, 4, 4, 1], strides: [2, 2, 1], padLow: [0, 0, 0], padHigh: [0, 0, 0]),
        Case(x: [2, 2, 5, 6, 7], w: [3, 2, 2, 3, 3], strides: [1, 2, 3], padLow: [1, 0, 2], padHigh: [0, 1, 1]),
        Case(x: [1, 3, 1, 5, 4], w: [2, 3, 1, 2, 2], strides: [1, 1, 2], padLow: [0, 1, 0], padHigh: [0, 0, 1]),
        Case(x: [2, 4, 3, 5], w: [6, 4, 1, 1], strides: [1, 1], padLow: [0, 0], padHigh: [0, 0]),
        Case(x: [3, 2, 6], w: [2, 2, 6], strides: [1], padLow: [0], padHigh: [0]),
    ]

    /// Each case through both GEMM formulations (depth slices fall back to im2col in 1-D).
    @Test(arguments: convCases)
    func conv(_ c: Case) throws {
        for algorithm in [ConvolutionAlgorithm.im2col, .depthSlices] {
            for dtype in [DType.f32, .f64] {
                let g = try graph("conv") { b in
                    b.input("x", c.x, dtype).conv(b.input("w", c.w, dtype), strides: c.strides, padLow: c.padLow, padHigh: c.padHigh)
                }
                try expectSameAsReference(g, backend: BLASBackend(convolutionAlgorithm: algorithm))
            }
        }
    }

    /// Transposed convolutions: overlapping and non-overlapping kernels, cropping on both sides,
    /// negative `padHigh` (PyTorch's output_padding), 3-D.
    static let transposeCases: [Case] = [
        Case(x: [2, 3, 5], w: [3, 4, 3], strides: [2], padLow: [1], padHigh: [-1]),
        Case(x: [1, 2, 4, 3], w: [2, 3, 3, 2], strides: [2, 3], padLow: [1, 0], padHigh: [0, -2]),
        Case(x: [2, 3, 3, 4, 2], w: [3, 2, 2, 3, 2], strides: [2, 1, 2], padLow: [0, 1, 0], padHigh: [1, 0, -1]),
        Case(x: [1, 4, 4, 4, 1], w: [4, 3, 4, 4, 1], strides: [4, 4, 1], padLow: [0, 0, 0], padHigh: [0, 0, 0]),
        Case(x: [2, 2, 3], w: [2, 2, 1], strides: [1], padLow: [0], padHigh: [0]),
    ]

    @Test(arguments: transposeCases)
    func convTranspose(_ c: Case) throws {
        for dtype in [DType.f32, .f64] {
            let g = try graph("conv_transpose") { b in
                b.input("x", c.x, dtype).convTranspose(b.input("w", c.w, dtype), strides: c.strides, padLow: c.padLow, padHigh: c.padHigh)
            }
            try expectSameAsReference(g)
        }
    }

    @Test(arguments: convCases)
    func convFilterGradient(_ c: Case) throws {
        let attrs = ConvAttributes(strides: c.strides, padLow: c.padLow, padHigh: c.padHigh)
        let kernel = Array(c.w.dropFirst(2))
        var outSpatial: [Int] = []
        for i in 0..<c.strides.count {
            let padded: Int = c.x[2 + i] + c.padLow[i] + c.padHigh[i]
            outSpatial.append((padded - kernel[i]) / c.strides[i] + 1)
        }
        for dtype in [DType.f32, .f64] {
            let g = try graph("conv_filter_grad") { b in
                apply(b, .convFilterGradient(attrs, kernel: kernel),
                      [b.input("x", c.x, dtype), b.input("dy", [c.x[0], c.w[0]] + outSpatial, dtype)])
            }
            try expectSameAsReference(g)
        }
    }

    /// A tiny tile budget splits the grid into tiles that start and end mid-row: every
    /// convolution must still match (the default 16 MiB budget never tiles these small shapes).
    @Test func tiledConvolutions() throws {
        let backend = BLASBackend(convolutionTileBytes: 200)
        let attrs = ConvAttributes(strides: [2, 1, 3], padLow: [1, 0, 2], padHigh: [0, 1, 1])
        let g = try Graph.trace("tiled") { b in
            let x = b.input("x", [2, 2, 5, 6, 7]), w = b.input("w", [3, 2, 2, 3, 3])
            let y = x.conv(w, strides: attrs.strides, padLow: attrs.padLow, padHigh: attrs.padHigh)
            let dy = b.input("dy", y.shape)
            return [("y", y),
                    ("dx", dy.convTranspose(w, strides: attrs.strides, padLow: attrs.padLow,
                                            padHigh: [0, 1, 0])),
                    ("dw", apply(b, .convFilterGradient(attrs, kernel: [2, 3, 3]), [x, dy]))]
        }
        var rng = SeededRandom(seed: 5)
        var bindings: [String: TensorData] = [:]
        for (name, _, type) in g.inputs { bindings[name] = randomTensor(type, using: &rng) }
        let expected = try ReferenceBackend().compile(g).run(bindings)
        let actual = try backend.compile(g).run(bindings)
        for name in ["y", "dx", "dw"] {
            assertClose(actual[name]!, expected[name]!, atol: Tolerance.atol(.f32), rtol: Tolerance.rtol(.f32), name)
        }
    }
}

/// A GEMM large enough for OpenBLAS to split it over its threads (512³ f32; its SMP threshold is
/// far below), run with the BLAS thread count pinned to 2 and compared with the reference
/// interpreter element by element.
///
/// Tolerance: both compute each element as a K = 512-term f32 dot product, in different orders
/// (plain index order vs OpenBLAS's blocked kernels). Each is within γ_K·Σ_k|a_ik·b_kj| of the
/// exact value (γ_K ≈ K·u, u = 2⁻²⁴; Higham, Accuracy and Stability, §3.1), so they differ by at
/// most 2·K·u·Σ_k|a_ik·b_kj| — computed here per element in f64. A wrong tile, a race between
/// threads or a dropped k-term moves an element by ~|a·b| ≈ 0.25, hundreds of times that bound.
@Suite(.serialized) struct ThreadedGEMMTests {
    @Test func gemm512CubedOnTwoThreadsMatchesReference() throws {
        let previous = BLASThreads.current
        defer { _ = try? BLASThreads.set(previous) }
        let threads = try BLASThreads.set(2)
        #expect(threads == 2, "OpenBLAS runs with \(threads) thread(s)")
        let n = 512
        let g = try graph("gemm512") { b in b.input("a", [n, n], .f32).matmul(b.input("b", [n, n], .f32)) }
        let a = randomTensor(TensorType(.f32, [n, n]), seed: 11), bm = randomTensor(TensorType(.f32, [n, n]), seed: 12)
        let expected = try ReferenceBackend().compile(g).run(["a": a, "b": bm])["y"]!.doubles
        let actual = try BLASBackend().compile(g).run(["a": a, "b": bm])["y"]!.doubles
        // Σ_k |a_ik|·|b_kj| in f64 (row of |a| times |b|, accumulated row by row).
        let absA = a.doubles.map(Swift.abs), absB = bm.doubles.map(Swift.abs)
        var bound = [Double](repeating: 0, count: n * n)
        absA.withUnsafeBufferPointer { pa in
            absB.withUnsafeBufferPointer { pb in
                bound.withUnsafeMutableBufferPointer { out in
                    for i in 0..<n {
                        for k in 0..<n {
                            let s = pa[i * n + k]
                            for j in 0..<n { out[i * n + j] += s * pb[k * n + j] }
                        }
                    }
                }
            }
        }
        let gamma = 2 * Double(n) * 0x1p-24
        var worst = 0.0
        var maxDiff = 0.0
        for e in 0..<(n * n) {
            let d = Swift.abs(actual[e] - expected[e])
            maxDiff = Swift.max(maxDiff, d)
            worst = Swift.max(worst, d / (gamma * bound[e]))
        }
        print("[gemm 512³, 2 threads] max|Δ| \(maxDiff), worst Δ/bound \(worst)")
        #expect(worst <= 1, "max|Δ| \(maxDiff); worst ratio to 2·K·u·Σ|a||b| \(worst)")
    }
}
