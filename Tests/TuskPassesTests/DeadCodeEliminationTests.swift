import Testing
import TuskIR
@testable import TuskPasses

@Suite struct DeadCodeEliminationTests {
    let t = f32([2, 3])

    @Test func removesNodesNoOutputNeeds() throws {
        let g = graph([
            (.input("x"), [], t), (.parameter("w"), [], t),
            (.unary(.exp), [0], t),          // dead
            (.binary(.add), [0, 1], t),
            (.unary(.tanh), [2], t),         // dead (uses dead)
        ], outputs: [("y", 3)])
        try g.verify()
        let result = try DeadCodeElimination().run(g)
        try result.verify()
        expectIdentical(result, graph([(.input("x"), [], t), (.parameter("w"), [], t), (.binary(.add), [0, 1], t)],
                                      outputs: [("y", 2)]))
    }

    @Test func keepsUnusedInputsAndParametersUnlessAsked() throws {
        let g = graph([
            (.input("x"), [], t), (.parameter("unused.w"), [], t), (.input("unused"), [], t),
            (.unary(.neg), [0], t),
        ], outputs: [("y", 3)])
        expectIdentical(try DeadCodeElimination().run(g), g)
        let stripped = try DeadCodeElimination(removeUnusedInterface: true).run(g)
        try stripped.verify()
        expectIdentical(stripped, graph([(.input("x"), [], t), (.unary(.neg), [0], t)], outputs: [("y", 1)]))
    }

    @Test func removesDeadConstantsAndKeepsOutputOrder() throws {
        let g = graph([
            (.fill(1), [], t), (.input("x"), [], t), (.literal([1, 2, 3, 4, 5, 6]), [], t),
            (.binary(.mul), [1, 1], t),
        ], outputs: [("b", 3), ("a", 1)])
        expectIdentical(try DeadCodeElimination().run(g),
                        graph([(.input("x"), [], t), (.binary(.mul), [0, 0], t)], outputs: [("b", 1), ("a", 0)]))
    }
}
