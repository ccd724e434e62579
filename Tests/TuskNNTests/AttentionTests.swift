import Foundation
import Testing
import TuskNN

// See LinearTests: float64 interpreter vs a direct Swift implementation, summation order only.
private let float64Tolerance = 1e-12

@Suite struct AttentionTests {
    private func check(causal: Bool, withBias: Bool, seed: UInt64) throws {
        let (batch, tokens, width, heads) = (2, 5, 8, 2)
        let attn = MultiHeadAttention(width: width, heads: heads, causal: causal, name: "attn")
        let model = try Graph.traceModel("mha") { b in
            let x = b.input("x", [batch, tokens, width])
            if withBias { return [("y", attn(x, bias: b.input("bias", [1, heads, tokens, tokens])))] }
            return [("y", attn(x))]
        }
        let params = randomParameters(model.graph, seed: seed)
        let x = randomData([batch, tokens, width], seed: seed + 1)
        let bias = randomData([1, heads, tokens, tokens], seed: seed + 2)
        var bindings = params
        bindings["x"] = x
        if withBias { bindings["bias"] = bias }
        let y = try runFloat64(model.graph, bindings)
        let expected = referenceSelfAttention(
            x.doubles, batch: batch, tokens: tokens, width: width, heads: heads,
            qkvW: params["attn.qkv.weight"]!.doubles, qkvB: params["attn.qkv.bias"]!.doubles,
            projW: params["attn.proj.weight"]!.doubles, projB: params["attn.proj.bias"]!.doubles,
            causal: causal, bias: withBias ? bias.doubles : nil)
        #expect(maxError(y, expected) < float64Tolerance)
    }

    @Test func bidirectionalMatchesDirectImplementation() throws { try check(causal: false, withBias: false, seed: 1) }
    @Test func causalMatchesDirectImplementation() throws { try check(causal: true, withBias: false, seed: 2) }
    @Test func causalWithAdditiveBias() throws { try check(causal: true, withBias: true, seed: 3) }

    @Test func causalFirstTokenOnlySeesItself() throws {
        // Changing the last token must not change any earlier token's output under the causal mask.
        let model = try Graph.traceModel("mha") { b in
            [("y", MultiHeadAttention(width: 4, heads: 2, causal: true, name: "attn")(b.input("x", [1, 3, 4])))]
        }
        var bindings = randomParameters(model.graph, seed: 9)
        let x = randomData([1, 3, 4], seed: 10).doubles
        bindings["x"] = TensorData(x, shape: [1, 3, 4])
        let y1 = try runFloat64(model.graph, bindings)
        var changed = x
        for i in 8..<12 { changed[i] += 5 }
        bindings["x"] = TensorData(changed, shape: [1, 3, 4])
        let y2 = try runFloat64(model.graph, bindings)
        #expect(Array(y1[0..<8]) == Array(y2[0..<8]))
        #expect(Array(y1[8..<12]) != Array(y2[8..<12]))
    }

    @Test func usesTheSoftmaxOpAndACausalSelect() throws {
        let graph = try Graph.trace("mha") { b in
            [("y", MultiHeadAttention(width: 4, heads: 2, causal: true)(b.input("x", [1, 3, 4])))]
        }
        #expect(graph.nodes.filter { if case .softmax = $0.op { true } else { false } }.count == 1)
        #expect(graph.nodes.contains { $0.op == .select })
        #expect(graph.nodes.filter { if case .iota = $0.op { true } else { false } }.count == 2)
    }

    @Test func swiGLUMatchesDirectFormula() throws {
        let model = try Graph.traceModel("swiglu") { b in
            [("y", SwiGLU(width: 4, hidden: 6, name: "mlp")(b.input("x", [3, 4])))]
        }
        let params = randomParameters(model.graph, seed: 11)
        #expect(params["mlp.fc1.weight"]!.shape == [12, 4])
        #expect(params["mlp.fc2.weight"]!.shape == [4, 6])
        let x = randomData([3, 4], seed: 12)
        let y = try runFloat64(model.graph, params.merging(["x": x]) { a, _ in a })
        let expected = referenceSwiGLU(x.doubles, rows: 3, width: 4, hidden: 6,
                                       w1: params["mlp.fc1.weight"]!.doubles, b1: params["mlp.fc1.bias"]!.doubles,
                                       w2: params["mlp.fc2.weight"]!.doubles, b2: params["mlp.fc2.bias"]!.doubles)
        #expect(maxError(y, expected) < float64Tolerance)
    }

    @Test func activationsMatchFormulas() throws {
        let values: [Double] = [-3, -1, -0.25, 0, 0.5, 2]
        for kind in Activation.Kind.allCases {
            let graph = try Graph.trace("act") { b in [("y", Activation(kind)(b.input("x", [6], .f64)))] }
            let y = try Interpreter(precision: .float64).run(graph, ["x": TensorData(values, shape: [6])])["y"]!.doubles
            let expected = values.map { x -> Double in
                switch kind {
                case .silu: x / (1 + Foundation.exp(-x))
                case .relu: Swift.max(x, 0)
                case .geluTanh: 0.5 * x * (1 + Foundation.tanh((2 / Double.pi).squareRoot() * (x + 0.044715 * x * x * x)))
                case .sigmoid: 1 / (1 + Foundation.exp(-x))
                case .tanh: Foundation.tanh(x)
                case .identity: x
                }
            }
            #expect(maxError(y, expected) < float64Tolerance, "\(kind)")
        }
    }
}
