import Testing
import TuskIR
@testable import TuskPasses

@Suite struct GraphRewriterTests {
    let t = f32([2, 3])

    @Test func keepsLocationsAndGivesReplacementsTheReplacedNodesLocation() throws {
        let here = SourceLocation(file: "Model.swift", line: 10)
        let there = SourceLocation(file: "Model.swift", line: 20)
        var g = graph([(.input("x"), [], t), (.permute([1, 0]), [0], f32([3, 2])), (.permute([1, 0]), [1], t),
                       (.unary(.exp), [0], t), (.roll([1, 1]), [3], t), (.roll([0, 1]), [4], t)],
                      outputs: [("a", 2), ("b", 5)])
        g.nodes[3].location = here
        g.nodes[5].location = there
        let result = try AlgebraicSimplification().run(g)
        // x, exp (kept, with its location), the composed roll (with the outer roll's location).
        expectIdentical(result, graph([(.input("x"), [], t), (.unary(.exp), [0], t), (.roll([1, 2]), [1], t)],
                                      outputs: [("a", 0), ("b", 2)]))
        #expect(result.nodes[1].location == here)
        #expect(result.nodes[2].location == there)
    }

    @Test func rejectsAReplacementOfAnotherType() throws {
        let g = graph([(.input("x"), [], t), (.reshape([6]), [0], f32([6]))], outputs: [("y", 1)])
        #expect(throws: TuskError.self) {
            _ = try GraphRewriter.rewrite(g) { _, old, node in node.op.isLeaf ? nil : ValueID(0) }
        }
    }

    @Test func newNodesReInferTheirTypeAndStayTopological() throws {
        let g = graph([(.input("x"), [], t), (.unary(.exp), [0], t), (.unary(.tanh), [1], t)], outputs: [("y", 2)])
        // Replace exp(x) by sin(x) + exp(x): the new nodes land before the user, types inferred.
        let result = try GraphRewriter.rewrite(g) { r, _, node in
            guard case .unary(.exp) = node.op else { return nil }
            let s = try r.append(.unary(.sin), node.operands)
            let e = try r.append(node)
            return try r.append(.binary(.add), [s, e])
        }
        try result.verify()
        expectIdentical(result, graph([(.input("x"), [], t), (.unary(.sin), [0], t), (.unary(.exp), [0], t),
                                       (.binary(.add), [1, 2], t), (.unary(.tanh), [3], t)], outputs: [("y", 4)]))
    }

    @Test func removeDeadCodeAlsoDropsPreexistingDeadNodes() throws {
        let g = graph([(.input("x"), [], t), (.unary(.sin), [0], t), (.unary(.exp), [0], t)], outputs: [("y", 2)])
        expectIdentical(try GraphRewriter.rewrite(g) { _, _, _ in nil }, g)
        expectIdentical(try GraphRewriter.rewrite(g, removeDeadCode: true) { _, _, _ in nil },
                        graph([(.input("x"), [], t), (.unary(.exp), [0], t)], outputs: [("y", 1)]))
    }
}
