import Testing
import TuskIR
import TuskRuntime
import TuskTestSupport

@Suite struct ElementwiseTests {
    static let floats: [DType] = [.f32, .f64]

    @Test(arguments: floats)
    func unaryFloat(_ dtype: DType) throws {
        for u in UnaryOp.allCases where u != .logicalNot {
            // log/sqrt/rsqrt need positive inputs; odd sizes exercise loop remainders.
            let positive = [.log, .sqrt, .rsqrt].contains(u)
            let g = try graph("unary_\(u)") { b in b.input("x", [3, 5, 7], dtype).unary(u) }
            try expectSameAsReference(g, range: positive ? 0.1...3 : -3...3)
        }
    }

    @Test(arguments: [DType.i32, .i64])
    func unaryInteger(_ dtype: DType) throws {
        for u in [UnaryOp.neg, .abs, .sign] {
            let g = try graph("unary_\(u)") { b in b.input("x", [4, 9], dtype).unary(u) }
            try expectSameAsReference(g, range: -50...50)
        }
    }

    @Test func logicalNot() throws {
        let g = try graph("not") { b in b.input("x", [5, 3], .bool).unary(.logicalNot) }
        try expectSameAsReference(g)
    }

    /// Broadcasting shape pairs: same shape, row/column, scalar, rank mismatch, size-1 axes.
    static let shapePairs: [([Int], [Int])] = [
        ([2, 3, 4], [2, 3, 4]), ([3, 1, 5], [4, 5]), ([], [3, 3]), ([7, 1], [1, 9]), ([2, 1, 3, 1], [1, 4, 1, 5]),
        ([6], [1]), ([300], [300]),
    ]

    @Test(arguments: floats)
    func binaryFloat(_ dtype: DType) throws {
        for op in BinaryOp.allCases {
            for (sa, sb) in Self.shapePairs {
                let g = try graph("\(op)") { b in b.input("a", sa, dtype).binary(op, b.input("b", sb, dtype)) }
                // pow: positive bases; div: divisors away from zero.
                var rng = SeededRandom(seed: 7)
                let a = randomTensor(TensorType(dtype, sa), using: &rng, range: op == .pow ? 0.1...2 : -2...2)
                let bv = randomTensor(TensorType(dtype, sb), using: &rng, range: op == .div ? 0.5...2 : -2...2)
                try expectSameAsReference(g, ["a": a, "b": bv])
            }
        }
    }

    @Test(arguments: [DType.i32, .i64])
    func binaryInteger(_ dtype: DType) throws {
        for op in BinaryOp.allCases {
            for (sa, sb) in Self.shapePairs {
                let g = try graph("\(op)") { b in b.input("a", sa, dtype).binary(op, b.input("b", sb, dtype)) }
                var rng = SeededRandom(seed: 3)
                let a = randomTensor(TensorType(dtype, sa), using: &rng, range: -20...20)
                let bv = randomTensor(TensorType(dtype, sb), using: &rng, range: op == .pow ? 0...5 : (op == .div ? 1...7 : -20...20))
                try expectSameAsReference(g, ["a": a, "b": bv])
            }
        }
    }

    @Test(arguments: [DType.f32, .f64, .i32, .i64, .bool])
    func compareAndSelect(_ dtype: DType) throws {
        for c in CompareOp.allCases {
            for (sa, sb) in Self.shapePairs.prefix(5) {
                let g = try Graph.trace("\(c)") { b in
                    let x = b.input("a", sa, dtype), y = b.input("b", sb, dtype)
                    let m = x.compare(c, y)
                    return [("mask", m), ("sel", b.select(m, x, y)), ("sel2", b.select(m, y, x))]
                }
                // Small integer-valued data so that equal pairs occur.
                var rng = SeededRandom(seed: 11)
                let a = randomTensor(TensorType(dtype, sa), using: &rng, range: -2...2)
                let bv = randomTensor(TensorType(dtype, sb), using: &rng, range: -2...2)
                let round = { (t: TensorData) in dtype.isFloatingPoint ? TensorData(shape: t.shape, values: t.doubles.map { $0.rounded() }, dtype: dtype) : t }
                try expectSameAsReference(g, ["a": round(a), "b": round(bv)])
            }
        }
    }

    @Test func castAllPairs() throws {
        for s in DType.allCases {
            for d in DType.allCases {
                let g = try graph("cast_\(s)_\(d)") { b in b.input("x", [3, 7], s).cast(d) }
                // Values beyond the i32 range exercise saturation (f → i32) and low-bit truncation (i64 → i32).
                try expectSameAsReference(g, range: s == .i64 ? -5e9...5e9 : (s == .bool ? 0...1 : -1e3...1e3))
            }
        }
    }

    @Test(arguments: [DType.f32, .f64, .i32, .i64, .bool])
    func leaves(_ dtype: DType) throws {
        let g = try Graph.trace("leaves") { b in
            [("fill", b.fill(3, [2, 3], dtype)),
             ("iota", b.iota([3, 4], axis: 1, start: -1, step: 2, dtype)),
             ("literal", b.literal([1, 0, -2, 5, 0.5, 7], [3, 2], dtype))]
        }
        try expectSameAsReference(g)
    }

    @Test func integerDivisionByZeroThrows() throws {
        let g = try graph("div0") { b in b.input("a", [3], .i32).div(b.input("b", [3], .i32)) }
        let exe = try BLASBackend().compile(g)
        #expect(throws: TuskError.self) {
            _ = try exe.run(["a": TensorData(shape: [3], values: [1, 2, 3], dtype: .i32),
                             "b": TensorData(shape: [3], values: [1, 0, 3], dtype: .i32)])
        }
    }

    @Test func largeParallelElementwise() throws {
        // Above the threading threshold (64 K elements): the split over cores must not change results.
        let g = try graph("big") { b in
            let x = b.input("x", [300, 301]), y = b.input("y", [301])
            return (x * y).silu() + x
        }
        try expectSameAsReference(g)
    }
}
