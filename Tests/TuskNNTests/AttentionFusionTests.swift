import Foundation
import Testing
import TuskAutodiff
import TuskIR
import TuskNN
import TuskPasses

/// `fuse-attention` and `expand-fused` on the patterns `scaledDotProductAttention` traces, and the
/// fused op's gradient (through `scaled_dot_product_attention_backward`) against autodiff of the
/// unfused graph.
@Suite struct AttentionFusionTests {
    /// A T5-style relative bias traced like Walrus's time attention: gather rows of a
    /// `[buckets, heads]` table by a `[T·T]` literal, → `[heads, T, T]`.
    static func relativeBias(_ b: GraphBuilder, heads: Int, t: Int, toeplitz: Bool = true) -> Tensor {
        let table = b.parameter("rel.weight", [6, heads])
        var idx: [Double] = []
        for i in 0..<t { for j in 0..<t { idx.append(Double(toeplitz ? min(max(i - j, 0), 5) : (i * j) % 6)) } }
        return table.gather(b.literal(idx, [t * t], .i64), axis: 0).permute([1, 0]).reshape([heads, t, t])
    }

    /// `[B, S, heads, T, hd]` attention like Walrus's time mixing (causal + bias), and plain.
    static func graph(causal: Bool, bias: Bool, toeplitz: Bool = true, dtype: DType = .f32) throws -> Graph {
        try Graph.trace("attn") { b in
            let shape = [2, 3, 2, 5, 4]
            let q = b.input("q", shape, dtype), k = b.input("k", shape, dtype), v = b.input("v", [2, 3, 2, 5, 3], dtype)
            var biasTensor: Tensor?
            if bias {
                let table = b.parameter("rel.weight", [6, 2], dtype)
                var idx: [Double] = []
                for i in 0..<5 { for j in 0..<5 { idx.append(Double(toeplitz ? min(max(i - j, 0), 5) : (i * j) % 6)) } }
                biasTensor = table.gather(b.literal(idx, [25], .i64), axis: 0).permute([1, 0]).reshape([2, 5, 5])
            }
            return [("y", scaledDotProductAttention(q, k, v, bias: biasTensor, causal: causal).tanh())]
        }
    }

    static func bindings(_ g: Graph, seed: UInt64) -> [String: TensorData] {
        var result: [String: TensorData] = [:]
        for (name, _, type) in g.inputs + g.parameters {
            let data = randomData(type.shape, seed: seed, stream: name)
            result[name] = type.dtype == .f64 ? TensorData(data.doubles, shape: type.shape) : data
        }
        return result
    }

    static func count(_ g: Graph, _ predicate: (Op) -> Bool) -> Int { g.nodes.filter { predicate($0.op) }.count }
    static func isAttention(_ op: Op) -> Bool { if case .scaledDotProductAttention = op { true } else { false } }
    static func isSoftmax(_ op: Op) -> Bool { if case .softmax = op { true } else { false } }

    /// Every variant fuses to one node and no softmax is left; the output is bitwise the unfused
    /// one on the f32 interpreter (the decomposition repeats the traced arithmetic op for op).
    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func fusesAndKeepsTheOutput(_ variant: (causal: Bool, bias: Bool)) throws {
        let g = try Self.graph(causal: variant.causal, bias: variant.bias)
        let fused = try Pipeline.forward.run(g)
        #expect(Self.count(fused, Self.isAttention) == 1)
        #expect(Self.count(fused, Self.isSoftmax) == 0)
        #expect(!fused.nodes.contains { $0.type.shape.suffix(2) == [5, 5] }, "an N×N value is left:\n\(fused.text)")
        let node = try #require(fused.nodes.first { Self.isAttention($0.op) })
        guard case .scaledDotProductAttention(let a) = node.op else { return }
        #expect(a.causal == variant.causal && a.scale == 0.5)
        #expect(a.bias == (variant.bias ? RelativePositionBias(headAxis: 2, buckets: [0, 0, 0, 0, 0, 1, 2, 3, 4]) : nil))
        let bindings = Self.bindings(g, seed: 5)
        #expect(try Interpreter().run(fused, bindings) == Interpreter().run(g, bindings))
    }

    /// Gradients of the fused graph (the backward op) against autodiff of the unfused primitives,
    /// f64: the two compute the same math in different orders (probabilities from the
    /// log-sum-exp vs the softmax), so they agree to ~1e-15; 1e-11 of the largest gradient
    /// magnitude fails on any wrong term (errors O(0.1)).
    @Test(arguments: [(false, false), (true, true)])
    func gradientsMatchTheUnfusedGraph(_ variant: (causal: Bool, bias: Bool)) throws {
        let g = try Self.graph(causal: variant.causal, bias: variant.bias, dtype: .f64)
        func withLoss(_ graph: Graph) throws -> Graph {
            let b = try GraphBuilder.replaying(graph)
            let y = Tensor(b, graph.output(named: "y")!)
            b.output("loss", (y * y).sum().id)
            return try b.finish()
        }
        let wrt = ["q", "k", "v"] + (variant.bias ? ["rel.weight"] : [])
        let unfused = try grad(withLoss(g), loss: "loss", wrt: wrt)
        let fusedForward = try Pipeline.forward.run(withLoss(g))
        let fused = try grad(fusedForward, loss: "loss", wrt: wrt)
        #expect(fused.nodes.contains { if case .scaledDotProductAttentionBackward = $0.op { true } else { false } })
        #expect(!fused.nodes.contains { $0.type.shape.suffix(2) == [5, 5] }, "the joint graph keeps an N×N value")
        let bindings = Self.bindings(g, seed: 6)
        let want = try Interpreter().run(unfused, bindings), got = try Interpreter().run(fused, bindings)
        for name in wrt {
            let w = want["grad." + name]!.doubles, h = got["grad." + name]!.doubles
            let scale = w.map(Swift.abs).max()!
            #expect(zip(w, h).map { Swift.abs($0 - $1) }.max()! <= 1e-11 * scale, "grad.\(name)")
        }
    }

    /// The cost rule: with `minimumKeyTokens` above the key axis (5 tokens here) the pattern stays
    /// unfused, at or below it it fuses; the rule shows in the pass name.
    @Test func minimumKeyTokensLeavesShortKeyAxesUnfused() throws {
        let g = try Self.graph(causal: true, bias: true)
        #expect(Self.count(try FuseAttention(minimumKeyTokens: 6).run(g), Self.isAttention) == 0)
        #expect(Self.count(try FuseAttention(minimumKeyTokens: 5).run(g), Self.isAttention) == 1)
        #expect(FuseAttention().name == "fuse-attention")
        #expect(FuseAttention(minimumKeyTokens: 64).name == "fuse-attention(min-keys=64)")
    }

    /// Patterns the pass must leave alone: a bias that is not a function of i − j, a dense bias
    /// input (MultiHeadAttention with an explicit `[1, heads, T, T]` bias), and scores with a
    /// second user.
    @Test func leavesOtherPatternsUnfused() throws {
        let notToeplitz = try Self.graph(causal: true, bias: true, toeplitz: false)
        #expect(Self.count(try FuseAttention().run(notToeplitz), Self.isAttention) == 0)

        let dense = try Graph.trace("mha") { b in
            let attn = MultiHeadAttention(width: 8, heads: 2, causal: true, name: "attn")
            return [("y", attn(b.input("x", [2, 5, 8]), bias: b.input("bias", [1, 2, 5, 5])))]
        }
        #expect(Self.count(try FuseAttention().run(dense), Self.isAttention) == 0)

        let shared = try Graph.trace("shared") { b in
            let q = b.input("q", [2, 4, 3]), k = b.input("k", [2, 4, 3]), v = b.input("v", [2, 4, 3])
            let s = q.matmul(k, transposeB: true) * 0.5
            return [("y", s.softmax(axis: -1).matmul(v)), ("scores", s)]
        }
        #expect(Self.count(try FuseAttention().run(shared), Self.isAttention) == 0)
    }

    /// MultiHeadAttention without an explicit bias fuses; `expand-fused` brings back an
    /// equivalent primitive graph (bitwise equal on the interpreter, which evaluates the fused
    /// op through the same decomposition).
    @Test func expandFusedInvertsTheFusion() throws {
        let g = try Graph.trace("mha") { b in
            [("y", MultiHeadAttention(width: 8, heads: 2, causal: true, name: "attn")(b.input("x", [2, 5, 8])))]
        }
        let fused = try Pipeline.forward.run(g)
        #expect(Self.count(fused, Self.isAttention) == 1)
        let expanded = try ExpandFused().run(fused)
        #expect(!expanded.nodes.contains { $0.op.isFused })
        #expect(Self.count(expanded, Self.isSoftmax) == 1)
        try expanded.verify()
        let bindings = Self.bindings(g, seed: 7)
        let reference = try Interpreter().run(g, bindings)
        #expect(try Interpreter().run(fused, bindings) == reference)
        #expect(try Interpreter().run(expanded, bindings)["y"]!.shape == reference["y"]!.shape)
        #expect(try Interpreter().run(expanded, bindings) == Interpreter().run(fused, bindings))
        #expect(try Pipeline(passNames: ["fuse-attention", "expand-fused"]).passes.map(\.name) == ["fuse-attention", "expand-fused"])
    }
}
