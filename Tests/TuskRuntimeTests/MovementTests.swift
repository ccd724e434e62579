import Testing
import TuskIR
import TuskRuntime
import TuskTestSupport

@Suite struct MovementTests {
    static let dtypes: [DType] = [.f32, .f64, .i32, .i64, .bool]

    @Test(arguments: dtypes)
    func permuteBroadcastReshape(_ dtype: DType) throws {
        let g = try Graph.trace("moves") { b in
            let x = b.input("x", [2, 3, 4, 5], dtype)
            return [("p0", x.permute([3, 1, 0, 2])), ("p1", x.permute([0, 1, 3, 2])), ("p2", x.permute([1, 0, 2, 3])),
                    ("r", x.reshape([6, 20]).permute([1, 0])),
                    ("b", b.input("v", [3, 1, 5], dtype).broadcast(to: [2, 3, 4, 5])),
                    ("b1", b.input("s", [], dtype).broadcast(to: [3, 2]))]
        }
        try expectSameAsReference(g)
    }

    @Test(arguments: dtypes)
    func sliceConcatPadRoll(_ dtype: DType) throws {
        let g = try Graph.trace("moves2") { b in
            let x = b.input("x", [4, 7, 6], dtype)
            let y = b.input("y", [4, 2, 6], dtype), z = b.input("z", [4, 1, 6], dtype)
            return [
                ("slice", apply(b, .slice(start: [1, 0, 1], limit: [4, 7, 6], stride: [2, 3, 2]), [x])),
                ("slice2", x.slice(axis: 1, 2..<5)),
                ("concat1", b.concat([x, y, z], axis: 1)),
                ("concat0", b.concat([x, x], axis: 0)),
                ("concat2", b.concat([x, x.slice(axis: 2, 0..<1)], axis: 2)),
                ("padc", x.pad(low: [1, 0, 2], high: [0, 3, 1], mode: .constant(dtype == .bool ? 1 : -2.5))),
                ("padw", x.pad(low: [2, 1, 0], high: [1, 7, 6], mode: .circular)),
                ("roll", x.roll([1, -3, 8])),
            ]
        }
        try expectSameAsReference(g, range: dtype.isInteger ? -9...9 : -1...1)
    }

    /// Moves plan on the output with size-1 axes dropped (their offset folded into a base, or
    /// the whole output filled when one lies in the padding) and trailing contiguous axes merged:
    /// the 2-D-as-3-D layout `[…, H, W, 1]`, slices that keep one index, a pad of an empty axis,
    /// permutes that keep trailing axes together, and merges capped at 16 K-element rows.
    @Test(arguments: [DType.f32, .i64, .bool])
    func sizeOneAxesAndMergedRows(_ dtype: DType) throws {
        let g = try Graph.trace("moves3") { b in
            let x = b.input("x", [2, 3, 9, 7, 1], dtype)
            let e = b.input("e", [2, 0, 3], dtype)
            let big = b.input("big", [3, 130, 130], dtype)
            return [
                ("pad_d1", x.pad(low: [0, 0, 3, 2, 0], high: [0, 1, 2, 0, 0], mode: .circular)),
                ("padc_d1", x.pad(low: [0, 1, 0, 2, 0], high: [1, 0, 3, 0, 0], mode: .constant(dtype == .bool ? 1 : 4))),
                ("pad_size1_axis", x.pad(low: [0, 0, 0, 0, 1], high: [0, 0, 0, 0, 0], mode: .constant(dtype == .bool ? 1 : 3))),
                ("slice_keep1", apply(b, .slice(start: [1, 2, 0, 3, 0], limit: [2, 3, 9, 4, 1], stride: [1, 1, 1, 1, 1]), [x])),
                ("slice_rows", x.slice(axis: 1, 1..<3)),
                ("roll_d1", x.roll([1, 0, -4, 3, 0])),
                ("pad_empty", e.pad(low: [0, 1, 0], high: [0, 0, 0], mode: .constant(dtype == .bool ? 1 : 2))),
                ("perm_trailing", x.permute([1, 0, 2, 3, 4])),
                ("perm_last1", x.permute([0, 1, 4, 3, 2])),
                ("bcast", b.input("v", [1, 3, 1, 7, 1], dtype).broadcast(to: [2, 3, 9, 7, 1])),
                ("big_slice", big.slice(axis: 0, 1..<3)),
                ("big_roll", big.roll([1, 0, 0])),
            ]
        }
        try expectSameAsReference(g, range: dtype.isInteger ? -9...9 : -1...1)
    }

    /// `dynamicRoll`: one compiled executable run with several shift vectors (negative, zero,
    /// beyond the axis size; i32 and i64), each checked against the reference interpreter and
    /// against the static `roll` of the same shifts, on the 2-D-as-3-D layout `[N, C, H, W, 1]`.
    @Test(arguments: [DType.f32, .i64, .bool])
    func dynamicRollOneExecutable(_ dtype: DType) throws {
        for shiftType in [DType.i32, .i64] {
            let g = try Graph.trace("droll") { b in
                let x = b.input("x", [2, 3, 9, 7, 1], dtype)
                return [("y", x.roll(b.input("s", [3], shiftType), axes: [2, 3, 4])),
                        ("lead", x.roll(b.input("t", [1], shiftType), axes: [0]))]
            }
            let exe = try BLASBackend().compile(g)
            let x = randomTensor(TensorType(dtype, [2, 3, 9, 7, 1]), seed: 3, range: -9...9)
            for s in [[1, -2, 0], [0, 0, 0], [-10, 15, 3], [8, 6, -1], [4, -20, 0]] {
                let bindings = ["x": x, "s": TensorData(shape: [3], values: s.map(Double.init), dtype: shiftType),
                                "t": TensorData(shape: [1], values: [Double(s[0])], dtype: shiftType)]
                let got = try exe.run(bindings)
                let expected = try ReferenceBackend().compile(g).run(bindings)
                let static0 = try ReferenceBackend().compile(try graph("sroll") { b in
                    b.input("x", [2, 3, 9, 7, 1], dtype).roll([0, 0] + s)
                }).run(["x": x])
                #expect(got["y"] == expected["y"], "\(s) \(shiftType)")
                #expect(got["y"] == static0["y"], "\(s) \(shiftType)")
                #expect(got["lead"] == expected["lead"], "\(s) \(shiftType)")
            }
        }
    }

    @Test(arguments: [DType.i32, .i64])
    func gatherAndScatterAdd(_ indexType: DType) throws {
        for axis in 0..<3 {
            let shape = [4, 5, 3]
            var rng = SeededRandom(seed: UInt64(axis + 1))
            let idx = randomIndices([2, 3], below: shape[axis], dtype: indexType, using: &rng)
            let g = try Graph.trace("gather") { b in
                let x = b.input("x", shape), i = b.input("i", [2, 3], indexType)
                let gathered = x.gather(i, axis: axis)
                let xi = b.input("xi", shape, .i32)
                return [("g", gathered), ("gi", xi.gather(i, axis: axis)),
                        ("s", gathered.scatterAdd(i, axis: axis, size: shape[axis] + 1))]
            }
            try expectSameAsReference(g, ["i": idx])
        }
    }

    @Test func gatherOutOfRangeThrows() throws {
        let g = try graph("gather_bad") { b in b.input("x", [3, 2]).gather(b.input("i", [2], .i32), axis: 0) }
        let exe = try BLASBackend().compile(g)
        #expect(throws: TuskError.self) {
            _ = try exe.run(["x": TensorData(shape: [3, 2], values: [1, 2, 3, 4, 5, 6], dtype: .f32),
                             "i": TensorData(shape: [2], values: [0, 3], dtype: .i32)])
        }
    }
}
