import Testing
import TuskIR
import TuskTestSupport
@testable import TuskPasses

/// The standard pipeline on a graph traced with the DSL, shaped like a transformer block:
/// realistic redundancy (scalar constants per use, transposes of transposes, reshapes back and
/// forth, a duplicated norm, an unused branch).
@Suite struct TracedModelTests {
    func block() throws -> Graph {
        try Graph.trace("block") { b in
            let x = b.input("x", [2, 5, 8])
            func norm(_ h: Tensor) -> Tensor {
                let mu = h.mean(axes: [-1], keepDims: true)
                let c = h - mu
                return c * (c.square().mean(axes: [-1], keepDims: true) + 1e-5).rsqrt()
            }
            let w = b.scope("qkv") { b.parameter("weight", [8, 24]) }
            let h = norm(x) * 1.0
            let qkv = h.matmul(w)
            let q = qkv.slice(axis: -1, 0..<8), k = qkv.slice(axis: -1, 8..<16), v = qkv.slice(axis: -1, 16..<24)
            let kt = k.transposed().transposed().transposed()            // one transpose
            let scale = b.fill(8, [], .f32).rsqrt()                        // constant subgraph
            let att = (q.matmul(kt) * scale).softmax(axis: -1)
            let y = att.matmul(v).reshape([10, 8]).reshape([2, 5, 8]) + x
            _ = norm(y).exp()                                              // dead branch
            return [("y", y + (-0.0)), ("n", norm(x))]                    // norm(x) twice: CSE
        }
    }

    @Test func standardPipelineSimplifiesAndPreservesOutputsBitForBit() throws {
        let g = try block()
        let optimized = try Pipeline.standard.run(g)
        try optimized.verify()
        #expect(optimized.nodes.count < g.nodes.count - 10, "\(g.nodes.count) → \(optimized.nodes.count)")
        #expect(optimized.nodes.filter { if case .permute = $0.op { return true } else { return false } }.count == 1)
        #expect(!optimized.nodes.contains { $0.op == .unary(.exp) })
        #expect(!optimized.nodes.contains { $0.op == .reshape([10, 8]) })
        #expect(optimized.nodes.filter { $0.op == .unary(.rsqrt) }.count == 1)  // norm(x) merged; the scale folded
        var generator = RandomGraphGenerator(seed: 3)
        let bindings = generator.bindings(for: g)
        let interpreter = Interpreter(precision: .native)
        let before = try interpreter.run(g, bindings), after = try interpreter.run(optimized, bindings)
        #expect(firstMismatch(before, after) == nil)
        // Locations survive: every remaining node built by a DSL method (Swift operators cannot
        // capture one) still names its line in this file.
        for node in optimized.nodes where !node.op.isLeaf {
            if case .binary = node.op { continue }
            #expect(node.location?.file.hasSuffix("TracedModelTests.swift") == true, "\(node.op) lost its location")
        }
    }
}
