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
}
