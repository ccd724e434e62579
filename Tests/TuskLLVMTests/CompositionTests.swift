import Testing
import TuskIR
import TuskLLVM
import TuskTestSupport

/// Producer → consumer chains fused into ONE kernel: each producer's expression is inlined at the
/// consumer's load through the composed index map (no intermediate buffer: the only inputs are
/// the graph's inputs and parameters).
@Suite struct CompositionTests {
    /// Elementwise and movement chains. Tolerance: **exact** with contraction off (the same
    /// roundings in the same order as the interpreter, only without intermediate stores).
    @Test func elementwiseAndMovementChains() throws {
        let cases = [
            try Case(try graph("axpy_chain") { b in
                let x = b.input("x", [4, 6]), w = b.input("w", [6]), c = b.input("c", [4, 1])
                return ((x * w + c).silu() - x.exp()).maximum(x * 0.5)
            }),
            try Case(try graph("roll_then_math") { b in
                let x = b.input("x", [3, 8], .f64)
                return (x.roll([1, -3]).tanh() * x).slice(axis: 1, 1..<7, stride: 2).permute([1, 0])
            }),
            try Case(try graph("pad_of_product") { b in
                let x = b.input("x", [2, 5]), y = b.input("y", [5])
                return (x * y).pad(low: [1, 2], high: [0, 1], mode: .constant(7)).sigmoid()
            }),
            try Case(try graph("masked_select") { b in
                let x = b.input("x", [4, 4]), mask = b.iota([4, 4], axis: 1).compare(.le, b.iota([4, 4], axis: 0))
                return b.select(mask, x, b.fill(-.infinity, [4, 4])).cast(.f64)
            }),
            try Case(try graph("gather_of_expr") { b in
                let x = b.input("x", [5, 3]) * 2.0 + 1.0
                let i = (b.input("i", [4], .i32) + b.fill(1, [], .i32)).cast(.i64)
                return x.gather(i, axis: 0).exp()
            }, given: ["i": TensorData(shape: [4], storage: .i32([0, 3, 2, -1]))]),
            try Case(try graph("concat_of_exprs") { b in
                let x = b.input("x", [2, 3])
                return b.concat([x.exp(), x.roll([0, 1]) * x, x.abs().sqrt()], axis: 1).reshape([3, 6])
            }),
        ]
        for c in cases {
            let inputs = c.graph.inputs.count + c.graph.parameters.count
            #expect(c.kernel.arguments.count == 1 + inputs, "\(c.kernel)")
        }
        try expectMatchesInterpreter(cases)
    }

    /// The same chain with FMA contraction: a multiply fused into the next add skips one
    /// rounding, so each element may differ from the interpreter by ~one rounding of the product
    /// relative to the result's inputs; `8ε` relative plus `8ε·max|y|` absolute covers the chain
    /// `x·w + c` (against the f64 oracle: the interpreter's own f32 result is within 2ε too).
    @Test func contractedChain() throws {
        let c = try Case(try graph("fma_chain") { b in
            b.input("x", [16, 64]) * b.input("w", [64]) + b.input("c", [16, 1])
        }, .relative(ulps: 8, atol: 8 * Double(Float.ulpOfOne)))
        try expectMatchesInterpreter([c], options: CodegenOptions())
    }

    /// RMS group norm statistics + scale + SiLU as one kernel (Walrus's norm: x [B, C, H, W],
    /// G groups, y = silu(x · rsqrt(mean_group(x²) + eps) · w)), with contraction on.
    ///
    /// Tolerance against the f64 oracle, relative per element: the mean of the positive x² is
    /// within `(64 + ⌈log2⌈n/64⌉⌉ + 2)·ε + 2ε` relative (sum bound, square, division, FMA);
    /// rsqrt halves it and adds 2ε; two products add 2ε; SiLU amplifies a relative error of
    /// its argument z by at most `1 + |z|·σ(−z) < 4` for |z| < 4. So `4·(70/2 + 6)·ε < 170ε`;
    /// we allow 192ε, plus 4ε·max|y| absolute near SiLU's zero.
    @Test(arguments: [DType.f32, .f64])
    func rmsGroupNormScaleSiLUIsOneKernel(_ dtype: DType) throws {
        let (bN, cN, h, w, groups) = (2, 6, 5, 7, 3)
        let g = try graph("rms_group_norm_silu_\(dtype)") { b in
            let x = b.input("x", [bN, cN, h, w], dtype)
            let weight = b.parameter("weight", [cN, 1, 1], dtype)
            let grouped = x.reshape([bN, groups, cN / groups, h, w])
            let ms = (grouped * grouped).mean(axes: [2, 3, 4], keepDims: true)
            let normed = (grouped * (ms + 1e-5).rsqrt()).reshape([bN, cN, h, w])
            return (normed * weight).silu()
        }
        let c = try Case(g, .relative(ulps: 192, atol: 4 * epsilon(dtype)), range: -2...2)
        #expect(c.kernel.arguments.count == 3, "one kernel reading only x and weight:\n\(c.kernel)")
        // The statistics are hoisted out of the spatial loops: the reduction depends only on the
        // batch and channel variables, which the loop order puts outside.
        #expect(c.kernel.loopOrder == [0, 1, 2, 3], "\(c.kernel)")
        try expectMatchesInterpreter([c], options: CodegenOptions())
    }

    /// Layer norm over the last axis: a reduction nested in another's body (the variance reads
    /// the mean), both hoisted per row. Relative to the f64 oracle: the centered values carry
    /// the mean's error (bound `70ε·Σ|x|/n`) relative to their spread, the variance adds its sum
    /// bound, the result divides; with rows of 100 values in ±1 this stays below `512ε` relative
    /// plus `512ε·max|y|` absolute (for elements near zero, whose relative error is the mean's).
    @Test(arguments: [DType.f32, .f64])
    func layerNormNestsReductions(_ dtype: DType) throws {
        let g = try graph("layer_norm_\(dtype)") { b in
            let x = b.input("x", [6, 100], dtype)
            let centered = x - x.mean(axes: [1], keepDims: true)
            return centered * ((centered * centered).mean(axes: [1], keepDims: true) + 1e-5).rsqrt()
        }
        let c = try Case(g, .relative(ulps: 512, atol: 512 * epsilon(dtype)))
        #expect(c.kernel.arguments.count == 2)
        try expectMatchesInterpreter([c], options: CodegenOptions())
    }

    /// A loss-like reduction of an elementwise producer: mean((x − y)²) over everything (a
    /// scalar). All terms are positive, so the sum bound is relative: `(64 + ⌈log2⌈n/64⌉⌉ + 2)ε`
    /// plus 3ε for the subtraction, square and division.
    @Test func meanSquaredError() throws {
        let n = 3 * 1000
        let g = try graph("mse") { b in
            let d = b.input("x", [3, 1000]) - b.input("y", [3, 1000])
            return (d * d).mean()
        }
        let c = try Case(g, .relative(ulps: Double(64 + log2Ceil((n + 63) / 64) + 2 + 3), atol: 0))
        #expect(c.kernel.arguments.count == 3)
        try expectMatchesInterpreter([c], options: CodegenOptions())
    }

    /// Regions are validated: a node defined after its user, or nothing at all, is an error.
    @Test func malformedRegions() throws {
        let g = try graph("two") { b in b.input("x", [3]).exp().log() }
        #expect(throws: LLVMError.self) { try KernelLowering.kernel(fusing: [], in: g) }
        #expect(throws: LLVMError.self) { try KernelLowering.kernel(fusing: [ValueID(2), ValueID(1)], in: g) }
        let mm = try graph("mm") { b in b.input("a", [2, 3]).matmul(b.input("b", [3, 4])) }
        #expect(throws: LLVMError.self) { try KernelLowering.kernel(for: ValueID(2), in: mm) }
        // A single node reads its producer from a buffer.
        let k = try KernelLowering.kernel(for: ValueID(2), in: g)
        #expect(k.arguments.map(\.value) == [ValueID(2), ValueID(1)])
    }
}
