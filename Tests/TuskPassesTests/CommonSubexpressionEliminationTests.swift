import Testing
import TuskIR
@testable import TuskPasses

@Suite struct CommonSubexpressionEliminationTests {
    let t = f32([2, 3])

    @Test func mergesDuplicateComputationsTransitively() throws {
        let g = graph([
            (.input("x"), [], t),
            (.unary(.exp), [0], t), (.unary(.exp), [0], t),
            (.unary(.tanh), [1], t), (.unary(.tanh), [2], t),
            (.binary(.add), [3, 4], t),
        ], outputs: [("y", 5), ("z", 4)])
        let result = try CommonSubexpressionElimination().run(g)
        try result.verify()
        expectIdentical(result, graph([
            (.input("x"), [], t), (.unary(.exp), [0], t), (.unary(.tanh), [1], t), (.binary(.add), [2, 2], t),
        ], outputs: [("y", 3), ("z", 2)]))
    }

    @Test func mergesBitIdenticalConstantsOnly() throws {
        let s = f32([])
        let g = graph([
            (.input("x"), [], t),
            (.fill(1), [], s), (.fill(1), [], s),              // merge
            (.fill(0.0), [], s), (.fill(-0.0), [], s),         // distinct: 1/0 ≠ 1/−0
            (.fill(1), [], f32([3])),                          // distinct type
            (.literal([1, 2, 3]), [], f32([3])), (.literal([1, 2, 3]), [], f32([3])),  // merge
            (.iota(axis: 1, start: 0, step: 1), [], t), (.iota(axis: 1, start: 0, step: 1), [], t),  // merge
            (.binary(.add), [1, 2], s), (.binary(.div), [3, 4], s),
            (.binary(.mul), [5, 6], f32([3])), (.binary(.mul), [5, 7], f32([3])),
            (.binary(.sub), [8, 9], t),
        ], outputs: [("a", 10), ("b", 11), ("c", 12), ("d", 13), ("e", 14)])
        let result = try CommonSubexpressionElimination().run(g)
        try result.verify()
        // The interface input x is kept although unused; merged nodes leave no trace.
        expectIdentical(result, graph([
            (.input("x"), [], t),
            (.fill(1), [], s), (.fill(0.0), [], s), (.fill(-0.0), [], s), (.fill(1), [], f32([3])),
            (.literal([1, 2, 3]), [], f32([3])), (.iota(axis: 1, start: 0, step: 1), [], t),
            (.binary(.add), [1, 1], s), (.binary(.div), [2, 3], s),
            (.binary(.mul), [4, 5], f32([3])), (.binary(.sub), [6, 6], t),
        ], outputs: [("a", 7), ("b", 8), ("c", 9), ("d", 9), ("e", 10)]))
    }

    @Test func nanConstantsMergeBitwise() throws {
        let s = f32([])
        let g = graph([(.fill(.nan), [], s), (.fill(.nan), [], s), (.binary(.add), [0, 1], s)],
                      outputs: [("y", 2)])
        expectIdentical(try CommonSubexpressionElimination().run(g),
                        graph([(.fill(.nan), [], s), (.binary(.add), [0, 0], s)], outputs: [("y", 1)]))
    }

    @Test func distinctInputsAndAttributesStayApart() throws {
        let g = graph([
            (.input("a"), [], t), (.input("b"), [], t),
            (.unary(.exp), [0], t), (.unary(.exp), [1], t),
            (.reduce(.sum, axes: [0], keepDims: false), [2], f32([3])),
            (.reduce(.sum, axes: [0], keepDims: true), [2], f32([1, 3])),
        ], outputs: [("p", 3), ("q", 4), ("r", 5)])
        expectIdentical(try CommonSubexpressionElimination().run(g), g)
    }

    @Test func preexistingDeadCodeIsLeftToDCE() throws {
        let g = graph([(.input("x"), [], t), (.unary(.exp), [0], t), (.unary(.exp), [0], t), (.unary(.sin), [0], t)],
                      outputs: [("y", 2)])
        // The duplicate exp merges; the dead sin (dead before CSE ran) stays for DCE to report.
        expectIdentical(try CommonSubexpressionElimination().run(g),
                        graph([(.input("x"), [], t), (.unary(.exp), [0], t), (.unary(.sin), [0], t)], outputs: [("y", 1)]))
    }
}
