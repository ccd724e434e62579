import Testing
import TuskIR
import TuskLLVM
import TuskTestSupport

/// Reductions and softmax as loops with accumulators.
///
/// Tolerances:
/// - float `sum`/`mean`: `Tolerance.sum` against the `.float64` oracle, the proven bound of the
///   blocked pairwise scheme, `(64 + ⌈log2⌈n/64⌉⌉ + 2)·ε·Σ|x|` per element (plus the oracle's
///   own f64 error; a mean divides it by n and adds one rounding). An indexing error is O(|x|),
///   far above it.
/// - `max`/`min` (float and integer) and integer sums: **exact** against `.native` (no rounding;
///   integer sums wrap in both).
/// - softmax (with the default, vectorized `exp`): relative, against the oracle: `exp` (≤ 2 ulp),
///   the rounding of `x − max` (≤ ε·|x − max| ≤ 10ε for inputs in ±5, amplified by exp's
///   derivative), the sum bound relative to the positive sum (`64 + log2 + 2`), one division:
///   `79ε`, we allow `(64 + 16)·ε` relative.
@Suite struct ReductionTests {
    /// Every non-empty axis subset of a rank-3 shape, every op, with and without kept dims.
    @Test(arguments: [DType.f32, .f64])
    func everyAxisSubset(_ dtype: DType) throws {
        var cases: [Case] = []
        var rng = SeededRandom(seed: 5)
        for shape in [[4, 5, 6], [3, 1, 70]] {
            let x = randomTensor(TensorType(dtype, shape), using: &rng, range: -1...1)
            for mask in 1..<8 {
                let axes = (0..<3).filter { mask & (1 << $0) != 0 }
                let n = axes.map { shape[$0] }.reduce(1, *)
                for op in ReduceOp.allCases {
                    for keep in [false, true] {
                        let g = try graph("reduce_\(op)_\(mask)_\(keep)_\(dtype)") { b in
                            b.input("x", shape, dtype).reduce(op, axes: axes, keepDims: keep)
                        }
                        let tolerance: Tolerance = op == .sum || op == .mean
                            ? .sum(n: n, sums: try absoluteSums(x, axes: axes, keepDims: keep), mean: op == .mean,
                                   runs: runLengths(axes, shape)) : .exact
                        cases.append(try Case(g, tolerance, given: ["x": x]))
                    }
                }
            }
        }
        try expectMatchesInterpreter(cases)
    }

    @Test(arguments: [DType.i32, .i64])
    func integerReductions(_ dtype: DType) throws {
        var cases: [Case] = []
        for axes in [[0], [1], [0, 1], [2], [0, 2]] {
            for op in [ReduceOp.sum, .max, .min] {
                let g = try graph("ireduce_\(op)_\(axes.count)_\(axes[0])_\(dtype)") { b in b.input("x", [3, 4, 5], dtype).reduce(op, axes: axes) }
                cases.append(try Case(g, range: -100...100))
            }
        }
        try expectMatchesInterpreter(cases)
    }

    /// Sums longer than a block with a ragged tail (the pairwise stack), over the inner axis and
    /// over an outer axis (strided reads), in f32 and f64.
    @Test(arguments: [DType.f32, .f64])
    func longSums(_ dtype: DType) throws {
        var cases: [Case] = []
        var rng = SeededRandom(seed: 9)
        for (shape, axes) in [([3, 1000], [1]), ([700, 3], [0]), ([5, 33, 17], [1, 2]), ([9, 3, 11, 13], [0, 2, 3])] {
            let x = randomTensor(TensorType(dtype, shape), using: &rng, range: -1...2)
            let n = axes.map { shape[$0] }.reduce(1, *)
            for op in [ReduceOp.sum, .mean] {
                let g = try graph("long_\(op)_\(shape.count)_\(axes[0])_\(dtype)") { b in b.input("x", shape, dtype).reduce(op, axes: axes) }
                cases.append(try Case(g, .sum(n: n, sums: try absoluteSums(x, axes: axes, keepDims: false), mean: op == .mean,
                                              runs: runLengths(axes, shape)), given: ["x": x]))
            }
        }
        try expectMatchesInterpreter(cases)
    }

    /// A reduction over non-consecutive axes (a bias gradient: [N, C, H, W] over N, H, W) is
    /// nested sums, one per run of consecutive axes, each over a variable whose loads are affine
    /// (no div/mod): the inner run (H·W, contiguous) is the vectorizable loop.
    @Test func nonConsecutiveAxesNestAffineReductions() throws {
        let c = try Case(try graph("bias_grad") { b in b.input("x", [2, 3, 4, 5]).sum(axes: [0, 2, 3]) })
        guard case let .reduce(.sum, outer, .reduce(.sum, inner, .load(_, offset, _))) = c.kernel.value else {
            Issue.record("not two nested sums of a load:\n\(c.kernel)")
            return
        }
        #expect(outer.extent == 2 && inner.extent == 20)
        #expect(offset.terms.allSatisfy { if case .variable = $0.atom { true } else { false } }, "\(offset)")
        #expect(offset.terms.contains { $0.atom == .variable(inner) && $0.coefficient == 1 })
    }

    /// Reductions over outer axes, read contiguously along the output's last axis (bias
    /// gradients, batch means), are computed by chunks of 64 output columns
    /// (`KernelEmitter+Columns`): full and ragged chunks, sums longer than a block with a tail
    /// (the pairwise stack), a chain of nested sums (non-consecutive axes), max and min, a mean
    /// and an elementwise epilogue, over a parallel output loop and an inner one, f32 and f64 —
    /// each with the column path on and off, within the same tolerances as `everyAxisSubset`
    /// (the flattened chain's bound is below the nested one's).
    @Test(arguments: [DType.f32, .f64])
    func columnReductions(_ dtype: DType) throws {
        var rng = SeededRandom(seed: 17)
        var cases: [Case] = []
        for (shape, axes) in [([300, 70], [0]), ([6, 50, 130], [0, 1]), ([5, 7, 9, 20], [0, 2]), ([3, 2, 64], [0]),
                              ([130, 9], [0]), ([2, 40, 3, 17], [0, 1, 2])] {
            let x = randomTensor(TensorType(dtype, shape), using: &rng, range: -1...2)
            let n = axes.map { shape[$0] }.reduce(1, *)
            for op in ReduceOp.allCases {
                let g = try graph("col_\(op)_\(shape.count)_\(shape[0])_\(dtype)") { b in b.input("x", shape, dtype).reduce(op, axes: axes) }
                let tolerance: Tolerance = op == .sum || op == .mean
                    ? .sum(n: n, sums: try absoluteSums(x, axes: axes, keepDims: false), mean: op == .mean,
                           runs: runLengths(axes, shape)) : .exact
                let c = try Case(g, tolerance, given: ["x": x])
                #expect(c.kernel.reducesByColumns, "\(shape) over \(axes) should reduce by columns:\n\(c.kernel)")
                cases.append(c)
            }
        }
        // An epilogue on the sum: 2·Σx + 1 (exact scaling by 2, one more rounding: within ε·|y| more).
        let x = randomTensor(TensorType(dtype, [200, 33]), using: &rng, range: -1...2)
        let g = try graph("col_epilogue_\(dtype)") { b in b.input("x", [200, 33], dtype).sum(axes: [0]) * 2 + 1 }
        let sums = try absoluteSums(x, axes: [0], keepDims: false).map { 2 * $0 + 1 }
        let epilogue = try Case(g, .sum(n: 200, sums: sums, mean: false), given: ["x": x])
        #expect(epilogue.kernel.reducesByColumns)
        cases.append(epilogue)
        for on in [true, false] {
            var options = CodegenOptions.asInterpreter
            options.columnReductions = on
            try expectMatchesInterpreter(cases, options: options)
            try expectMatchesInterpreter(cases, options: options, parallel: true)
        }
    }

    /// Row reductions (contiguous along the terms), short columns and softmax over an outer
    /// axis (two reductions on the column) keep the default scheme.
    @Test func rowReductionsKeepTheDefaultScheme() throws {
        for (shape, axes) in [([70, 300], [1]), ([300, 3], [0]), ([4, 50, 60], [2])] {
            let c = try Case(try graph("row") { b in b.input("x", shape).sum(axes: axes) })
            #expect(!c.kernel.reducesByColumns, "\(shape) over \(axes)")
        }
        let softmax = try Case(try graph("softmax0") { b in b.input("x", [40, 30]).softmax(axis: 0) })
        #expect(!softmax.kernel.reducesByColumns)
    }

    /// The error of a long f32 sum grows like log n: 2^22 uniform terms in [0, 1) summed to
    /// within the blocked-pairwise bound `(64 + 16 + 2)·ε·Σx ≈ 1e-5` relative of the exact (f64)
    /// sum. A running f32 sum of these terms drifts by ~√n · ulp(total) (each of the ~4·10^6
    /// additions to a total up to 2^21 rounds by up to 2^-3), several times that bound, so a
    /// sequential sum fails this test.
    @Test func longSumErrorGrowsLikeLogN() throws {
        let n = 1 << 22
        var rng = SeededRandom(seed: 3)
        let values = (0..<n).map { _ in Float(rng.uniform(0...1)) }
        let g = try graph("bigsum") { b in b.input("x", [n]).sum() }
        let c = try Case(g, given: ["x": TensorData(values, shape: [n])])
        let module = try KernelModule.compile([c.kernel])
        let got = Double(try module[c.kernel.name]!.run(inputs: c.inputs).floats[0])
        var exact = 0.0
        for v in values { exact += Double(v) }
        let bound = Double(64 + 16 + 2) * Double(Float.ulpOfOne) * exact
        #expect(Swift.abs(got - exact) <= bound, "sum \(got) vs exact \(exact): |Δ| \(Swift.abs(got - exact)) > \(bound)")
        var running: Float = 0
        for v in values { running += v }
        #expect(Swift.abs(Double(running) - exact) > bound, "the sequential sum should miss the bound (it is \(Double(running) - exact) off)")
    }

    /// Max and min propagate NaN (a NaN anywhere in the group gives NaN), ±∞ are ordinary values.
    @Test func nanInMaxMin() throws {
        var x = (0..<24).map { Float($0 % 7) - 3 }
        x[5] = .nan
        x[13] = .infinity
        x[20] = -.infinity
        let data = TensorData(x, shape: [4, 6])
        var cases: [Case] = []
        for op in [ReduceOp.max, .min] {
            for axes in [[0], [1], [0, 1]] {
                let g = try graph("nan_\(op)_\(axes.count)_\(axes[0])") { b in b.input("x", [4, 6]).reduce(op, axes: axes) }
                cases.append(try Case(g, given: ["x": data]))
            }
        }
        try expectMatchesInterpreter(cases)
        let g = try graph("nanmax_rows") { b in b.input("x", [4, 6]).max(axes: [1]) }
        let c = try Case(g, given: ["x": data])
        let y = try KernelModule.compile([c.kernel])[c.kernel.name]!.run(inputs: c.inputs).floats
        #expect(y[0].isNaN && !y[1].isNaN && y[2] == .infinity && y[3] == 2)
    }

    @Test(arguments: [DType.f32, .f64])
    func softmaxEveryAxis(_ dtype: DType) throws {
        var cases: [Case] = []
        for axis in 0..<3 {
            let g = try graph("softmax_\(axis)_\(dtype)") { b in b.input("x", [3, 4, 70], dtype).softmax(axis: axis) }
            cases.append(try Case(g, .relative(ulps: 64 + 16, atol: 0), range: -5...5))
        }
        let one = try graph("softmax_single_\(dtype)") { b in b.input("x", [1, 7], dtype).softmax(axis: 0) }
        cases.append(try Case(one, .relative(ulps: 64 + 16, atol: 0)))
        try expectMatchesInterpreter(cases, options: CodegenOptions())
        try expectMatchesInterpreter(cases, options: .asInterpreter)
    }

    /// softmax over a non-last axis iterates that axis innermost, so the max and the sum are
    /// computed once per (outer, inner) position, not once per element.
    @Test func softmaxHoistsItsStatistics() throws {
        let c = try Case(try graph("softmax_mid") { b in b.input("x", [2, 5, 3]).softmax(axis: 1) })
        #expect(c.kernel.loopOrder == [0, 2, 1], "\(c.kernel)")
        let last = try Case(try graph("softmax_last") { b in b.input("x", [2, 5, 3]).softmax(axis: -1) })
        #expect(last.kernel.loopOrder == [0, 1, 2])
        let text = "\(c.kernel)"
        #expect(text.contains("r0 = reduce_max") && text.contains("r1 = reduce_sum"), "\(text)")
    }

    /// Masked (−∞) entries give 0, a NaN makes its row NaN, an all −∞ row is NaN (−∞ − (−∞)).
    @Test func softmaxSpecialValues() throws {
        var x = [Float](repeating: 0, count: 30)
        for j in 0..<10 { x[j] = j % 3 == 0 ? -.infinity : Float(j) }
        x[14] = .nan
        for j in 20..<30 { x[j] = -.infinity }
        let g = try graph("softmax_special") { b in b.input("x", [3, 10]).softmax(axis: -1) }
        let c = try Case(g, .relative(ulps: 64 + 16, atol: 0), given: ["x": TensorData(x, shape: [3, 10])])
        try expectMatchesInterpreter([c], options: CodegenOptions())
        let y = try KernelModule.compile([c.kernel])[c.kernel.name]!.run(inputs: c.inputs).floats
        #expect(y[0] == 0 && y[3] == 0 && y[9] == 0)
        #expect(y[10..<30].allSatisfy { $0.isNaN })
    }

    /// A scalar (rank-0) result: the whole-tensor sum, with the kernel's single element computed
    /// only by a range that contains index 0.
    @Test func scalarResult() throws {
        var rng = SeededRandom(seed: 2)
        let x = randomTensor(TensorType(.f32, [7, 9]), using: &rng)
        let g = try graph("total") { b in b.input("x", [7, 9]).mean() }
        let c = try Case(g, .sum(n: 63, sums: try absoluteSums(x, axes: [0, 1], keepDims: false), mean: true), given: ["x": x])
        #expect(c.kernel.parallelExtent == 1)
        try expectMatchesInterpreter([c], parallel: true)
    }
}
