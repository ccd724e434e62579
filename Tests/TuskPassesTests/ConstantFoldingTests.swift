import Testing
import TuskIR
@testable import TuskPasses

@Suite struct ConstantFoldingTests {
    let s = f32([])

    func fold(_ g: Graph, _ pass: ConstantFolding = ConstantFolding()) throws -> Graph {
        try g.verify()
        let result = try pass.run(g)
        try result.verify()
        return result
    }

    @Test func foldsElementwiseSplatsToFillsOfAnySize() throws {
        let big = f32([300, 300])  // 90 000 elements: beyond both limits, folded on one element
        let g = graph([(.fill(2), [], big), (.fill(3), [], s), (.binary(.add), [0, 1], big),
                       (.unary(.neg), [2], big)], outputs: [("y", 3)])
        expectIdentical(try fold(g), graph([(.fill(-5), [], big)], outputs: [("y", 0)]))
    }

    @Test func foldsInTheNodesOwnPrecision() throws {
        let g = graph([(.fill(0.1), [], s), (.fill(0.2), [], s), (.binary(.add), [0, 1], s)], outputs: [("y", 2)])
        let expected = Double(Float(0.1) + Float(0.2))  // f32 arithmetic, not Double's 0.30000000000000004
        #expect(expected != 0.1 + 0.2)
        expectIdentical(try fold(g), graph([(.fill(expected), [], s)], outputs: [("y", 0)]))
    }

    @Test func keepsTheSignOfZero() throws {
        let g = graph([(.fill(0), [], s), (.unary(.neg), [0], s)], outputs: [("y", 1)])
        let result = try fold(g)
        expectIdentical(result, graph([(.fill(-0.0), [], s)], outputs: [("y", 0)]))
    }

    @Test func foldsNonUniformResultsToLiterals() throws {
        let v = f32([4])
        let g = graph([(.iota(axis: 0, start: 0, step: 1), [], v), (.fill(2), [], s), (.binary(.mul), [0, 1], v),
                       (.reduce(.sum, axes: [0], keepDims: false), [2], s)],
                      outputs: [("m", 2), ("total", 3)])
        expectIdentical(try fold(g), graph([(.literal([0, 2, 4, 6]), [], v), (.fill(12), [], s)],
                                           outputs: [("m", 0), ("total", 1)]))
    }

    /// A `dynamicRoll` of run-time data by constant shifts becomes the static `roll` (shifts
    /// reduced mod each axis; axes not rolled get 0); with input shifts it stays.
    @Test func dynamicRollWithConstantShiftsFoldsToRoll() throws {
        let x = f32([3, 4, 5])
        let g = graph([(.input("x"), [], x), (.literal([-1, 9]), [], TensorType(.i32, [2])),
                       (.dynamicRoll(axes: [0, 2]), [0, 1], x)], outputs: [("y", 2)])
        expectIdentical(try fold(g), graph([(.input("x"), [], x), (.roll([2, 0, 4]), [0], x)], outputs: [("y", 1)]))
        let dynamic = graph([(.input("x"), [], x), (.input("s"), [], TensorType(.i64, [2])),
                             (.dynamicRoll(axes: [0, 2]), [0, 1], x)], outputs: [("y", 2)])
        expectIdentical(try fold(dynamic), dynamic)
    }

    @Test func foldsMovementAndGatherOfConstants() throws {
        let m = f32([2, 3])
        let g = graph([
            (.literal([1, 2, 3, 4, 5, 6]), [], m),
            (.permute([1, 0]), [0], f32([3, 2])),
            (.literal([2, 0]), [], TensorType(.i32, [2])),
            (.gather(axis: 0), [1, 2], f32([2, 2])),
            (.fill(7), [], s), (.broadcast([1000, 1000]), [4], f32([1000, 1000])),
        ], outputs: [("g", 3), ("b", 5)])
        expectIdentical(try fold(g), graph([(.literal([3, 6, 1, 4]), [], f32([2, 2])), (.fill(7), [], f32([1000, 1000]))],
                                           outputs: [("g", 0), ("b", 1)]))
    }

    @Test func respectsTheSizeLimits() throws {
        let v = f32([5000])
        let g = graph([(.iota(axis: 0, start: 0, step: 1), [], v), (.fill(2), [], s), (.binary(.mul), [0, 1], v)],
                      outputs: [("y", 2)])
        expectIdentical(try fold(g), g)  // a 5000-element literal would exceed 4096
        let small = graph([(.iota(axis: 0, start: 0, step: 1), [], f32([8])), (.fill(2), [], s),
                           (.binary(.mul), [0, 1], f32([8]))], outputs: [("y", 2)])
        expectIdentical(try fold(small, ConstantFolding(maxLiteralElements: 4)), small)
        expectIdentical(try fold(small, ConstantFolding(maxEvaluatedElements: 16)), small)  // 8 + 1 + 8 > 16
        #expect(try fold(small, ConstantFolding(maxLiteralElements: 8)).nodes.count == 1)
    }

    /// The expansion guard: a literal much larger than the constants it is computed from is not
    /// created (8× what the operands store, or 64 elements whatever they store).
    @Test func doesNotExpandSmallConstantsIntoLargeLiterals() throws {
        let column = f32([42, 1])
        let flags = graph([(.iota(axis: 0, start: 0, step: 1), [], column), (.fill(5), [], s),
                           (.compare(.lt), [0, 1], TensorType(.bool, [42, 1])),
                           (.cast(.f32), [2], column), (.broadcast([42, 42]), [3], f32([42, 42]))],
                          outputs: [("flags", 4)])
        // iota → compare → cast folds (42 values ≤ 64); the broadcast to 1 764 values (42× its
        // operand) stays an op.
        let folded = try fold(flags)
        let column42 = (0..<42).map { $0 < 5 ? 1.0 : 0 }
        expectIdentical(folded, graph([(.literal(column42), [], column), (.broadcast([42, 42]), [0], f32([42, 42]))],
                                      outputs: [("flags", 1)]))
        #expect(try fold(flags, ConstantFolding(maxExpansion: 42)).nodes.count == 1)
        // From an iota and a fill (2 stored numbers): 64 values fold, 65 do not.
        for (n, folds) in [(64, true), (65, false)] {
            let g = graph([(.iota(axis: 0, start: 0, step: 1), [], f32([n])), (.fill(2), [], s), (.binary(.mul), [0, 1], f32([n]))],
                          outputs: [("y", 2)])
            #expect((try fold(g).nodes.count == 1) == folds, "n = \(n)")
        }
        // Shrinking or same-size ops of a large literal fold; an all-equal result is a fill of any size.
        let big = (0..<300).map(Double.init)
        let shrink = graph([(.literal(big), [], f32([300])), (.reshape([30, 10]), [0], f32([30, 10])),
                            (.reduce(.sum, axes: [1], keepDims: false), [1], f32([30])),
                            (.iota(axis: 0, start: 0, step: 1), [], f32([1000])), (.fill(-1), [], s),
                            (.compare(.ge), [3, 4], TensorType(.bool, [1000]))],
                           outputs: [("m", 1), ("r", 2), ("c", 5)])
        let result = try fold(shrink)
        #expect(result.nodes.allSatisfy { $0.op.isLeaf })
        #expect(result.nodes.last?.op == .fill(1))
    }

    @Test func leavesNonConstantNodesAlone() throws {
        let t = f32([2])
        let g = graph([(.input("x"), [], t), (.fill(1), [], s), (.fill(2), [], s), (.binary(.add), [1, 2], s),
                       (.binary(.mul), [0, 3], t)], outputs: [("y", 4)])
        expectIdentical(try fold(g), graph([(.input("x"), [], t), (.fill(3), [], s), (.binary(.mul), [0, 1], t)],
                                           outputs: [("y", 2)]))
    }

    @Test func doesNotFoldInexactI64() throws {
        let i = TensorType(.i64, [2])
        let big = Double(1 << 60)
        let g = graph([(.literal([big, 0]), [], i), (.fill(1), [], TensorType(.i64, [])), (.binary(.add), [0, 1], i)],
                      outputs: [("y", 2)])
        expectIdentical(try fold(g), g)  // 2^60 + 1 has no exact Double
        let ok = graph([(.literal([4, 0]), [], i), (.fill(1), [], TensorType(.i64, [])), (.binary(.add), [0, 1], i)],
                       outputs: [("y", 2)])
        expectIdentical(try fold(ok), graph([(.literal([5, 1]), [], i)], outputs: [("y", 0)]))
    }

    @Test func foldsComparisonsAndSelectsToBoolAndBack() throws {
        let v = f32([3])
        let g = graph([(.literal([1, 5, 3]), [], v), (.fill(2), [], s), (.compare(.gt), [0, 1], TensorType(.bool, [3])),
                       (.select, [2, 0, 1], v)], outputs: [("c", 2), ("y", 3)])
        expectIdentical(try fold(g), graph([(.literal([0, 1, 1]), [], TensorType(.bool, [3])), (.literal([2, 5, 3]), [], v)],
                                           outputs: [("c", 0), ("y", 1)]))
    }

    @Test func leavesFailingOpsForTheRuntimeToReport() throws {
        let i = TensorType(.i32, [2])
        let g = graph([(.literal([4, 6]), [], i), (.fill(0), [], TensorType(.i32, [])), (.binary(.div), [0, 1], i),
                       (.literal([3]), [], TensorType(.i32, [1])), (.gather(axis: 0), [0, 3], TensorType(.i32, [1]))],
                      outputs: [("q", 2), ("g", 4)])
        expectIdentical(try fold(g), g)  // division by zero, index 3 out of range: not folded, not thrown
    }
}
