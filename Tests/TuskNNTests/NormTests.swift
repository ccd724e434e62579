import Foundation
import Testing
import TuskNN

// See LinearTests: float64 interpreter vs direct formulas in Double.
private let float64Tolerance = 1e-12

@Suite struct NormTests {
    @Test func layerNormMatchesFormula() throws {
        let model = try Graph.traceModel("ln") { b in
            [("y", LayerNorm(6, eps: 1e-5, name: "norm")(b.input("x", [2, 3, 6])))]
        }
        #expect(model.graph.parameters.map(\.name).sorted() == ["norm.bias", "norm.weight"])
        let params = randomParameters(model.graph, seed: 1)
        let x = randomData([2, 3, 6], seed: 2)
        let y = try runFloat64(model.graph, params.merging(["x": x]) { a, _ in a })
        let expected = referenceLayerNorm(x.doubles, n: 6, params["norm.weight"]!.doubles, params["norm.bias"]!.doubles, eps: 1e-5)
        #expect(maxError(y, expected) < float64Tolerance)
    }

    @Test func layerNormDefaultInitIsPlainStandardization() throws {
        let model = try Graph.traceModel("ln") { b in [("y", LayerNorm(4, name: "norm")(b.input("x", [1, 4])))] }
        let params = try model.initialParameters(seed: 0)
        #expect(params["norm.weight"]!.doubles == [1, 1, 1, 1])
        #expect(params["norm.bias"]!.doubles == [0, 0, 0, 0])
        let y = try runFloat64(model.graph, params.merging(["x": TensorData([1, 2, 3, 4] as [Float], shape: [1, 4])]) { a, _ in a })
        // mean 2.5, biased variance 1.25.
        let expected = [1.0, 2, 3, 4].map { ($0 - 2.5) / (1.25 + 1e-5).squareRoot() }
        #expect(maxError(y, expected) < float64Tolerance)
    }

    @Test func rmsGroupNormIsPerChannelSpatialRMS() throws {
        let shape = [2, 4, 3, 2, 1] // [N, C, H, W, D]
        let norm = RMSGroupNorm(4, groups: 2, name: "norm1")
        #expect(norm.eps == 1.1920928955078125e-07)
        let model = try Graph.traceModel("rms") { b in [("y", norm(b.input("x", shape)))] }
        #expect(model.graph.parameters.map(\.name) == ["norm1.weight"])
        #expect(model.graph.parameters[0].type.shape == [4])
        let params = randomParameters(model.graph, seed: 3)
        let x = randomData(shape, seed: 4).doubles
        let y = try runFloat64(model.graph, params.merging(["x": TensorData(x.map { Float($0) } as [Float], shape: shape)]) { a, _ in a })
        let w = params["norm1.weight"]!.doubles
        var expected = x
        let positions = 6
        for n in 0..<2 {
            for c in 0..<4 {
                let base = (n * 4 + c) * positions
                let meanSquare = x[base..<(base + positions)].map { $0 * $0 }.reduce(0, +) / Double(positions)
                for p in 0..<positions { expected[base + p] = w[c] * x[base + p] / (meanSquare + norm.eps).squareRoot() }
            }
        }
        #expect(maxError(y, expected) < float64Tolerance)
    }

    @Test func rmsGroupNormEpsilonMattersForTinyInputs() throws {
        // With x ≡ 1e-4 everywhere, mean x² = 1e-8 is comparable to eps ≈ 1.19e-7, so the output
        // 1e-4 / sqrt(1e-8 + eps) ≈ 0.2781 (not 1) checks that eps is the Float32 epsilon.
        let model = try Graph.traceModel("rms") { b in [("y", RMSGroupNorm(1, name: "n")(b.input("x", [1, 1, 2, 2])))] }
        let y = try runFloat64(model.graph, ["n.weight": TensorData([Float(1)], shape: [1]),
                                             "x": TensorData(repeating: 1e-4, TensorType(.f32, [1, 1, 2, 2]))])
        let x = Double(Float(1e-4))
        let expected = x / (x * x + 1.1920928955078125e-07).squareRoot()
        #expect(maxError(y, [Double](repeating: expected, count: 4)) < float64Tolerance)
        #expect(Swift.abs(expected - 0.2781) < 1e-3)
    }
}
