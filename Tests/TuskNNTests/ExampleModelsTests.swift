import Foundation
import Testing
import TuskExamples
import TuskNN
import TuskRuntime

// See LinearTests: float64 interpreter vs direct Swift formulas, summation order only.
private let float64Tolerance = 1e-12

@Suite struct ExampleModelsTests {
    @Test func everyExampleTracesInitializesAndRuns() throws {
        for name in ExampleModels.names {
            let graph = try ExampleModels.graph(named: name)
            let params = try ExampleModels.parameters(named: name, seed: 1)
            let inputs = ExampleModels.sampleInputs(named: name, seed: 1)
            #expect(Set(params.keys) == Set(graph.parameters.map(\.name)))
            #expect(Set(inputs.keys) == Set(graph.inputs.map(\.name)))
            #expect(ExampleModels.sampleInputs(named: name, seed: 1) == inputs)
            let outputs = try Interpreter().run(graph, params.merging(inputs) { a, _ in a })
            for out in graph.outputs {
                let value = try #require(outputs[out.name])
                #expect(value.type == graph.type(of: out.value))
                #expect(value.doubles.allSatisfy { $0.isFinite })
            }
        }
    }

    @Test func unknownExampleNamesTheKnownOnes() {
        do {
            _ = try ExampleModels.graph(named: "resnet")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("attention-block") && "\(error)".contains("resnet"))
        }
        #expect(ExampleModels.sampleInputs(named: "resnet", seed: 0).isEmpty)
    }

    @Test func attentionBlockParameterNames() throws {
        let graph = try attentionBlockExample(batch: 1, tokens: 4, width: 8, heads: 2).graph
        #expect(graph.parameters.map(\.name).sorted() == [
            "attn.proj.bias", "attn.proj.weight", "attn.qkv.bias", "attn.qkv.weight",
            "mlp.fc1.bias", "mlp.fc1.weight", "mlp.fc2.bias", "mlp.fc2.weight",
            "norm1.bias", "norm1.weight", "norm2.bias", "norm2.weight",
        ])
    }

    @Test func attentionBlockMatchesDirectComposition() throws {
        let (batch, tokens, width, heads) = (2, 4, 8, 2)
        let model = try attentionBlockExample(batch: batch, tokens: tokens, width: width, heads: heads)
        let p = randomParameters(model.graph, seed: 5)
        let x = randomData([batch, tokens, width], seed: 6)
        let y = try runFloat64(model.graph, p.merging(["x": x]) { a, _ in a })
        func d(_ name: String) -> [Double] { p[name]!.doubles }
        let rows = batch * tokens
        let n1 = referenceLayerNorm(x.doubles, n: width, d("norm1.weight"), d("norm1.bias"), eps: 1e-5)
        let a = referenceSelfAttention(n1, batch: batch, tokens: tokens, width: width, heads: heads,
                                       qkvW: d("attn.qkv.weight"), qkvB: d("attn.qkv.bias"),
                                       projW: d("attn.proj.weight"), projB: d("attn.proj.bias"), causal: true)
        let h = zip(x.doubles, a).map { $0 + $1 }
        let n2 = referenceLayerNorm(h, n: width, d("norm2.weight"), d("norm2.bias"), eps: 1e-5)
        let m = referenceSwiGLU(n2, rows: rows, width: width, hidden: 2 * width,
                                w1: d("mlp.fc1.weight"), b1: d("mlp.fc1.bias"), w2: d("mlp.fc2.weight"), b2: d("mlp.fc2.bias"))
        let expected = zip(h, m).map { $0 + $1 }
        #expect(maxError(y, expected) < float64Tolerance)
    }

    @Test func examplesRunOnTheBLASBackendAndDumpAsParsableText() throws {
        for name in ExampleModels.names {
            let model = try ExampleModels.model(named: name)
            let bindings = try model.initialParameters(seed: 2)
                .merging(ExampleModels.sampleInputs(named: name, seed: 2)) { a, _ in a }
            let oracle = try runFloat64(model.graph, bindings)
            let blas = try BLASBackend().compile(model.graph).run(bindings)["y"]!
            // f32 GEMMs and reductions of ≤ 128 unit-scale terms: rounding ≲ 128 · 2⁻²⁴ ≈ 8e-6
            // relative in the worst case (measured ~2e-7); a wrong lowering errs by O(1).
            #expect(maxError(blas.doubles, oracle) < 1e-5, "\(name)")
            #expect(try Graph.parse(model.graph.text) == model.graph, "\(name)")
        }
    }
}
