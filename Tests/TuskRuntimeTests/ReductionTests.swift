import Testing
import TuskIR
import TuskRuntime
import TuskTestSupport

@Suite struct ReductionTests {
    /// Every non-empty axis subset of a rank-3 shape (inner, middle and general reduction plans)
    /// with and without kept dims; a size-1 axis in the second shape.
    @Test(arguments: [DType.f32, .f64])
    func reduceFloat(_ dtype: DType) throws {
        for shape in [[4, 5, 6], [3, 1, 7]] {
            for mask in 1..<8 {
                let axes = (0..<3).filter { mask & (1 << $0) != 0 }
                for op in ReduceOp.allCases {
                    for keep in [false, true] {
                        let g = try graph("reduce_\(op)") { b in b.input("x", shape, dtype).reduce(op, axes: axes, keepDims: keep) }
                        try expectSameAsReference(g)
                    }
                }
            }
        }
    }

    @Test func reduceRank4General() throws {
        // Alternating kept/reduced groups [k, r, k, r] take the general path.
        let g = try graph("reduce4") { b in b.input("x", [3, 4, 5, 6]).sum(axes: [1, 3]) }
        try expectSameAsReference(g)
        let h = try graph("reduce4b") { b in b.input("x", [3, 4, 5, 6]).max(axes: [0, 2]) }
        try expectSameAsReference(h)
    }

    @Test(arguments: [DType.i32, .i64])
    func reduceInteger(_ dtype: DType) throws {
        for axes in [[0], [1], [0, 1], [2], [0, 2]] {
            for op in [ReduceOp.sum, .max, .min] {
                let g = try graph("reduce_int") { b in b.input("x", [3, 4, 5], dtype).reduce(op, axes: axes) }
                try expectSameAsReference(g, range: -100...100)
            }
        }
    }

    @Test func longInnerReduction() throws {
        // Long contiguous rows (the 8-way partial-sum path) and many rows (threaded).
        let g = try graph("long") { b in b.input("x", [257, 513]).mean(axes: [1]) }
        try expectSameAsReference(g)
    }

    @Test(arguments: [DType.f32, .f64])
    func softmaxEveryAxis(_ dtype: DType) throws {
        for axis in 0..<3 {
            let g = try graph("softmax") { b in b.input("x", [3, 4, 5], dtype).softmax(axis: axis) }
            try expectSameAsReference(g, range: -5...5)
        }
        let g = try graph("softmax1") { b in b.input("x", [1, 7], dtype).softmax(axis: 0) }
        try expectSameAsReference(g)
    }

    /// The f32 last-axis softmax runs 8 lanes at a time with a polynomial exp: rows longer than
    /// a vector with a ragged tail (37, 1031), arguments far below the exp underflow (range
    /// ±200), and single-element rows. Same tolerance as every differential test (`Tolerance`).
    @Test func softmaxLastAxisVectorized() throws {
        for shape in [[3, 37], [2, 1031], [5, 1], [4, 8]] {
            let g = try graph("softmax_vec") { b in b.input("x", shape, .f32).softmax(axis: -1) }
            try expectSameAsReference(g, range: -200...200)
            try expectSameAsReference(g, range: -3...3)
        }
    }

    /// Masked (−∞) entries give exactly 0, a row with a NaN is all NaN, an all −∞ row is NaN
    /// (−∞ − (−∞)), as in the interpreter.
    @Test func softmaxSpecialValues() throws {
        let g = try graph("softmax_special") { b in b.input("x", [3, 10], .f32).softmax(axis: -1) }
        var x = [Float](repeating: 0, count: 30)
        for j in 0..<10 { x[j] = j % 3 == 0 ? -.infinity : Float(j) }
        x[10 + 4] = .nan
        for j in 20..<30 { x[j] = -.infinity }
        try expectSameAsReference(g, ["x": TensorData(x, shape: [3, 10])])
        let y = try BLASBackend().compile(g).run(["x": TensorData(x, shape: [3, 10])])["y"]!.floats
        #expect(y[0] == 0 && y[3] == 0 && y[9] == 0)
        #expect(y[10..<20].allSatisfy { $0.isNaN })
        #expect(y[20..<30].allSatisfy { $0.isNaN })
    }

    /// Softmax overwrites its operand's storage when it is the operand's last use (every axis,
    /// so both kernel paths run in place), and leaves it alone when the operand is still needed.
    @Test(arguments: [DType.f32, .f64])
    func softmaxInPlace(_ dtype: DType) throws {
        for axis in 0..<3 {
            let g = try Graph.trace("softmax_inplace") { b in
                let x = b.input("x", [3, 4, 9], dtype)
                let s = x * 2
                let kept = x + 1
                return [("p", s.softmax(axis: axis)), ("q", kept.softmax(axis: axis) + kept)]
            }
            try expectSameAsReference(g, range: -4...4)
        }
    }
}
