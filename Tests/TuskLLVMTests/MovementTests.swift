import Testing
import TuskIR
import TuskLLVM
import TuskTestSupport

/// Movement ops as index arithmetic on loads, against the interpreter in `.native` precision.
///
/// Tolerance: **exact** — movement moves values without arithmetic, so any difference is an
/// indexing error. Each test also checks that the kernel is one loop nest with no intermediate
/// buffer: its only input arguments are the graph inputs.
@Suite struct MovementTests {
    @Test(arguments: [DType.f32, .f64])
    func reshapePermuteBroadcast(_ dtype: DType) throws {
        let cases = [
            try Case(try graph("reshape_\(dtype)") { b in b.input("x", [2, 3, 4], dtype).reshape([4, 6]) }),
            try Case(try graph("reshape_split_\(dtype)") { b in b.input("x", [6, 4], dtype).reshape([2, 3, 2, 2]) }),
            try Case(try graph("permute_\(dtype)") { b in b.input("x", [2, 3, 4], dtype).permute([2, 0, 1]) }),
            try Case(try graph("broadcast_\(dtype)") { b in b.input("x", [3, 1], dtype).broadcast(to: [2, 3, 5]) }),
            // permute then reshape: a non-trivial composed map.
            try Case(try graph("permute_reshape_\(dtype)") { b in b.input("x", [2, 3, 4], dtype).permute([1, 2, 0]).reshape([6, 4]) }),
            try Case(try graph("bool_permute") { b in b.input("m", [3, 5], .bool).permute([1, 0]) }),
        ]
        for c in cases { #expect(c.kernel.arguments.count == 2) }
        try expectMatchesInterpreter(cases)
    }

    /// A reshape of a reshape folds back to the identity offset (the simplifier's job: the load
    /// stays contiguous, so LLVM vectorizes it).
    @Test func reshapeRoundTripIsContiguous() throws {
        let c = try Case(try graph("reshape2") { b in b.input("x", [4, 6, 8]).reshape([24, 8]).reshape([4, 48]).reshape([4, 6, 8]) })
        guard case let .load(_, offset, _) = c.kernel.value else { Issue.record("not a load: \(c.kernel)"); return }
        let expected = IndexExpr.rowMajorOffset(c.kernel.outputVariables.map(IndexExpr.init), shape: [4, 6, 8])
        #expect(offset == expected, "\(offset)")
        try expectMatchesInterpreter([c])
    }

    @Test(arguments: [DType.f32, .f64])
    func stridedSlices(_ dtype: DType) throws {
        let cases = [
            try Case(try graph("slice1_\(dtype)") { b in b.input("x", [9, 10], dtype).slice(axis: 1, 2..<9, stride: 3) }),
            try Case(try graph("slice2_\(dtype)") { b in
                apply(b, .slice(start: [1, 0, 3], limit: [5, 4, 7], stride: [2, 3, 1]), [b.input("x", [6, 4, 8], dtype)])
            }),
            try Case(try graph("slice_empty_\(dtype)") { b in b.input("x", [4, 5], dtype).slice(axis: 0, 2..<2) }),
        ]
        try expectMatchesInterpreter(cases)
    }

    /// Positive, negative, zero and larger-than-the-axis shifts.
    @Test(arguments: [DType.f32, .f64])
    func rolls(_ dtype: DType) throws {
        var cases: [Case] = []
        for shifts in [[1, -2], [-1, 0], [7, -13], [0, 5], [-3, 11]] {
            cases.append(try Case(try graph("roll_\(shifts[0])_\(shifts[1])_\(dtype)") { b in b.input("x", [3, 5], dtype).roll(shifts) }))
        }
        cases.append(try Case(try graph("roll3_\(dtype)") { b in b.input("x", [2, 3, 4], dtype).roll([-1, 2, -5]) }))
        try expectMatchesInterpreter(cases)
    }

    /// `dynamicRoll`: the shift is a run-time load (index arithmetic with a run-time offset);
    /// negative, zero and larger-than-the-axis shifts, i32 and i64 shift vectors.
    @Test(arguments: [DType.f32, .f64])
    func dynamicRolls(_ dtype: DType) throws {
        var cases: [Case] = []
        for (k, shifts) in [[1, -2], [-1, 0], [7, -13], [0, 5], [-3, 11]].enumerated() {
            for shiftType in [DType.i32, .i64] {
                let given = ["s": TensorData(shape: [2], values: shifts.map(Double.init), dtype: shiftType)]
                cases.append(try Case(try graph("droll_\(k)_\(shiftType)_\(dtype)") { b in
                    b.input("x", [3, 5, 2], dtype).roll(b.input("s", [2], shiftType), axes: [0, 1]).exp()
                }, given: given))
            }
        }
        let one = ["s": TensorData(shape: [1], values: [-4], dtype: .i32)]
        cases.append(try Case(try graph("droll_last_\(dtype)") { b in
            b.input("x", [2, 3, 4], dtype).roll(b.input("s", [1], .i32), axes: [2])
        }, given: one))
        try expectMatchesInterpreter(cases)
    }

    /// Constant padding (fill value converted to the dtype, including NaN and a large value in
    /// an integer tensor) and circular padding up to the full axis size, on every side.
    @Test(arguments: [DType.f32, .f64])
    func pads(_ dtype: DType) throws {
        var cases: [Case] = []
        for (low, high) in [([1, 2], [0, 3]), ([0, 0], [2, 0]), ([3, 1], [3, 4])] {
            cases.append(try Case(try graph("padc_\(dtype)") { b in b.input("x", [3, 4], dtype).pad(low: low, high: high, mode: .constant(-1.7)) }))
            cases.append(try Case(try graph("padw_\(dtype)") { b in b.input("x", [3, 4], dtype).pad(low: low, high: high, mode: .circular) }))
        }
        cases.append(try Case(try graph("padnan_\(dtype)") { b in b.input("x", [2, 2], dtype).pad(low: [1, 1], high: [1, 1], mode: .constant(.nan)) }))
        cases.append(try Case(try graph("padint") { b in b.input("x", [2, 3], .i32).pad(low: [0, 2], high: [1, 0], mode: .constant(1e12)) },
                              range: -9...9))
        cases.append(try Case(try graph("padbool") { b in b.input("m", [2, 3], .bool).pad(low: [1, 0], high: [0, 1], mode: .constant(1)) }))
        // Circular pad of the whole axis on both sides.
        cases.append(try Case(try graph("padwfull") { b in b.input("x", [2, 3]).pad(low: [2, 3], high: [2, 3], mode: .circular) }))
        try expectMatchesInterpreter(cases)
    }

    @Test(arguments: [DType.f32, .f64])
    func concats(_ dtype: DType) throws {
        let cases = [
            try Case(try graph("concat0_\(dtype)") { b in
                b.concat([b.input("a", [2, 3], dtype), b.input("b", [4, 3], dtype), b.input("c", [1, 3], dtype)], axis: 0)
            }),
            try Case(try graph("concat1_\(dtype)") { b in b.concat([b.input("a", [2, 3], dtype), b.input("b", [2, 5], dtype)], axis: 1) }),
            try Case(try graph("concat_empty_\(dtype)") { b in
                b.concat([b.input("a", [2, 0], dtype), b.input("b", [2, 2], dtype), b.input("c", [2, 0], dtype)], axis: 1)
            }),
            try Case(try graph("concat_single") { b in b.concat([b.input("a", [3, 2], .i64)], axis: 0) }, range: -5...5),
        ]
        try expectMatchesInterpreter(cases)
    }

    /// Gather along each axis, with i32 and i64 indices of rank 1 and 2; an out-of-range index
    /// is an error (as in the interpreter), never a wild read.
    @Test(arguments: [DType.f32, .f64])
    func gathers(_ dataType: DType) throws {
        var cases: [Case] = []
        var rng = SeededRandom(seed: 11)
        for axis in 0..<3 {
            for (shape, dtype) in [([5], DType.i64), ([2, 3], .i32)] {
                let data = [4, 5, 6]
                let idx = randomIndices(shape, below: data[axis], dtype: dtype, using: &rng)
                let g = try graph("gather_\(axis)_\(shape.count)_\(dataType)") { b in
                    b.input("x", data, dataType).gather(b.input("i", shape, dtype), axis: axis)
                }
                cases.append(try Case(g, given: ["i": idx]))
            }
        }
        try expectMatchesInterpreter(cases)

        let g = try graph("gather_bad_\(dataType)") { b in b.input("x", [4, 2], dataType).gather(b.input("i", [3], .i32), axis: 0) }
        let c = try Case(g, given: ["i": TensorData(shape: [3], storage: .i32([0, 4, 1]))])
        let module = try KernelModule.compile([c.kernel])
        #expect(throws: TuskError.self) { try module[c.kernel.name]!.run(inputs: c.inputs) }
        #expect(throws: TuskError.self) { try Interpreter().run(g, c.bindings) }
        let negative = try Case(g, given: ["i": TensorData(shape: [3], storage: .i32([0, -1, 1]))])
        #expect(throws: TuskError.self) { try module[c.kernel.name]!.run(inputs: negative.inputs) }
    }

    /// A chain of movement ops is one kernel reading the input once per element: the patch
    /// jitter pattern (roll, circular pad, crop), then a transpose.
    @Test(arguments: [DType.f32, .f64])
    func movementChainIsOneKernel(_ dtype: DType) throws {
        let g = try graph("jitter_\(dtype)") { b in
            b.input("x", [2, 3, 6, 5], dtype).roll([0, 0, -2, 3]).pad(low: [0, 0, 2, 1], high: [0, 0, 2, 1], mode: .circular)
                .slice(axis: 2, 1..<9).permute([0, 2, 1, 3]).reshape([2, 8, 21])
        }
        let c = try Case(g)
        #expect(c.kernel.arguments.count == 2)
        try expectMatchesInterpreter([c])
    }
}
