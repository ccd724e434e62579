import Testing
import TuskIR
import TuskTestSupport
@testable import TuskPasses

@Suite struct RandomGraphTests {
    @Test func generatesValidDeterministicGraphsWithABroadOpMix() throws {
        var opNames = Set<String>()
        for seed in 0..<200 as Range<UInt64> {
            var a = RandomGraphGenerator(seed: seed), b = RandomGraphGenerator(seed: seed)
            let g = try a.graph(), h = try b.graph()
            try g.verify()
            #expect(g.isIdentical(to: h), "seed \(seed) is not deterministic")
            for (i, n) in g.nodes.enumerated() {
                #expect(n.type.elementCount <= RandomGraphOptions().maxElements, "seed \(seed) %\(i) \(n.op) \(n.type)")
            }
            #expect(!g.inputs.isEmpty && g.outputs.count == 2)
            let bindings = a.bindings(for: g)
            for leaf in g.inputs + g.parameters { #expect(bindings[leaf.name]?.type == leaf.type) }
            opNames.formUnion(g.nodes.map(\.op.name))
        }
        let expected = ["input", "parameter", "fill", "iota", "literal", "neg", "exp", "add", "sub", "mul", "div",
                        "max", "pow", "lt", "select", "cast", "reduce_sum", "reduce_mean", "reduce_max", "softmax",
                        "matmul", "reshape", "permute", "broadcast", "slice", "pad", "roll", "concat", "gather",
                        "scatter_add"]
        for name in expected { #expect(opNames.contains(name), "no \(name) in 200 random graphs") }
    }

    @Test func givesThePassesWork() throws {
        var changed: [String: Int] = [:]
        for seed in 0..<100 as Range<UInt64> {
            var gen = RandomGraphGenerator(seed: seed)
            let g = try gen.graph()
            for pass in [AlgebraicSimplification(), CommonSubexpressionElimination(), DeadCodeElimination()] as [any Pass] {
                if !(try pass.run(g)).isIdentical(to: g) { changed[pass.name, default: 0] += 1 }
            }
        }
        // Each pass must find something in a good share of graphs, or the semantics tests test little.
        for name in ["canonicalize", "cse", "dce"] { #expect(changed[name, default: 0] >= 30, "\(name): \(changed)") }
    }

    @Test func structuralPassesAreIdempotentAndVerify() throws {
        for seed in 0..<150 as Range<UInt64> {
            var gen = RandomGraphGenerator(seed: seed)
            let g = try gen.graph()
            for pass in [AlgebraicSimplification(), CommonSubexpressionElimination(), DeadCodeElimination()] as [any Pass] {
                let once = try pass.run(g)
                try once.verify()
                let twice = try pass.run(once)
                #expect(twice.isIdentical(to: once), "seed \(seed): \(pass.name) is not idempotent")
            }
        }
    }
}
