import Testing
import TuskIR
@testable import TuskAutodiff

/// The `grad` transform as a graph-to-graph function: names, structure, errors.
@Suite struct GradTransformTests {
    static func model() throws -> Graph {
        try Graph.trace("model") { b in
            let x = b.input("x", [4, 3])
            let idx = b.input("idx", [2], .i64)
            let w = b.scope("blocks") { b.scope("0") { b.parameter("fc.weight", [3, 2]) } }
            let unused = b.parameter("unused.weight", [5])
            let y = x.matmul(w).tanh()
            let side = unused.exp()                     // an output that does not reach the loss
            let picked = y.gather(idx, axis: 0)
            return [("y", y), ("side", side), ("loss", (picked * picked).mean()), ("count", idx.sum())]
        }
    }

    @Test func namesGradientsAfterParametersAndKeepsOutputs() throws {
        let g = try grad(try Self.model(), loss: "loss", wrt: ["blocks.0.fc.weight", "x", "unused.weight"])
        #expect(g.outputs.map(\.name) == ["y", "side", "loss", "count", "grad.blocks.0.fc.weight", "grad.x", "grad.unused.weight"])
        #expect(g.type(of: g.output(named: "grad.blocks.0.fc.weight")!) == TensorType(.f32, [3, 2]))
        #expect(g.type(of: g.output(named: "grad.x")!) == TensorType(.f32, [4, 3]))
        // A parameter the loss does not depend on gets a zero fill.
        let unused = g[g.output(named: "grad.unused.weight")!]
        #expect(unused.op == .fill(0) && unused.type == TensorType(.f32, [5]))
        try g.verify()
    }

    @Test func forwardNodesKeepTheirIDs() throws {
        let forward = try Self.model()
        let g = try grad(forward, loss: "loss", wrt: ["x"])
        #expect(Array(g.nodes.prefix(forward.nodes.count)) == forward.nodes)
    }

    /// Only the relevant subgraph is differentiated: nothing is built for `side` (does not
    /// reach the loss) or for the parameter (not requested), and the forward `tanh` value is
    /// reused (an explicit edge), not recomputed.
    @Test func differentiatesOnlyTheRelevantSubgraph() throws {
        let forward = try Self.model()
        let g = try grad(forward, loss: "loss", wrt: ["x"])
        let backward = g.nodes[forward.nodes.count...]
        #expect(!backward.contains { $0.op == .unary(.exp) })
        #expect(!backward.contains { if case .convFilterGradient = $0.op { true } else { false } })
        #expect(!backward.contains { $0.op == .unary(.tanh) })
        let tanhID = forward.nodes.firstIndex { $0.op == .unary(.tanh) }!
        #expect(backward.contains { $0.operands.contains(ValueID(tanhID)) })
        // Only x's cotangent: the matmul rule builds dA, not dB (no matmul with transposeA).
        #expect(!backward.contains { $0.op == .matmul(transposeA: true, transposeB: false) })
    }

    @Test func errorsAreClear() throws {
        let m = try Self.model()
        func message(_ body: () throws -> Graph) -> String {
            do { _ = try body(); return "no error" } catch { return "\(error)" }
        }
        #expect(message { try grad(m, loss: "nope", wrt: ["x"]) }.contains("'nope' is not an output"))
        #expect(message { try grad(m, loss: "y", wrt: ["x"]) }.contains("must be a scalar"))
        #expect(message { try grad(m, loss: "count", wrt: ["x"]) }.contains("must be f32 or f64"))
        #expect(message { try grad(m, loss: "loss", wrt: ["blocks.0.fc.wieght"]) }.contains("neither a parameter nor an input"))
        #expect(message { try grad(m, loss: "loss", wrt: ["idx"]) }.contains("which is i64"))
        #expect(message { try grad(m, loss: "loss", wrt: ["x", "x"]) }.contains("listed twice"))
        let twice = try grad(m, loss: "loss", wrt: ["x"])
        #expect(message { try grad(twice, loss: "loss", wrt: ["x"]) }.contains("already has an output named 'grad.x'"))
    }

    @Test func everyOpHasAGradientKind() {
        // The classification is exhaustive too; spot-check the categories the checks rely on.
        #expect(Op.conv(ConvAttributes(strides: [1])).gradientKind == .bilinear)
        #expect(Op.pad(low: [0], high: [1], mode: .circular).gradientKind == .linear)
        #expect(Op.compare(.lt).gradientKind == .none)
        #expect(Op.cast(.i32).gradientKind == .none)
        #expect(Op.unary(.silu).gradientKind == .nonlinear)
        #expect(Op.parameter("w").gradientKind == .variable)
    }
}
