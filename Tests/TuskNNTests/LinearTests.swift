import Testing
import TuskNN

// Tolerance for float64-interpreter vs direct-loop comparisons: both compute in Double from the
// same f32-rounded data, differing only in summation order, so errors are ~1e-15 relative;
// 1e-12 leaves room for sums of a few hundred terms without hiding a wrong formula (which errs
// by O(1)).
private let float64Tolerance = 1e-12

@Suite struct LinearTests {
    @Test func rank3InputMatchesManualLoop() throws {
        let model = try Graph.traceModel("linear") { b in
            let x = b.input("x", [2, 3, 5])
            return [("y", Linear(5, 4, name: "fc")(x))]
        }
        #expect(model.graph.type(of: model.graph.outputs[0].value) == TensorType(.f32, [2, 3, 4]))
        let params = randomParameters(model.graph, seed: 1)
        let x = randomData([2, 3, 5], seed: 2)
        let y = try runFloat64(model.graph, params.merging(["x": x]) { a, _ in a })
        let expected = referenceLinear(x.doubles, rows: 6, params["fc.weight"]!.doubles, params["fc.bias"]!.doubles,
                                       inFeatures: 5, outFeatures: 4)
        #expect(maxError(y, expected) < float64Tolerance)
    }

    @Test func withoutBiasAndRank1Input() throws {
        let model = try Graph.traceModel("linear") { b in
            let x = b.input("x", [2, 3])
            let v = b.input("v", [3])
            let fc = Linear(3, 2, bias: false, name: "fc")
            return [("y", fc(x)), ("z", fc(v))]
        }
        #expect(model.graph.parameters.map(\.name) == ["fc.weight"])
        let params = randomParameters(model.graph, seed: 3)
        let x = randomData([2, 3], seed: 4), v = randomData([3], seed: 5)
        let bindings = params.merging(["x": x, "v": v]) { a, _ in a }
        let w = params["fc.weight"]!.doubles
        #expect(maxError(try runFloat64(model.graph, bindings, output: "y"),
                         referenceLinear(x.doubles, rows: 2, w, nil, inFeatures: 3, outFeatures: 2)) < float64Tolerance)
        let z = try Interpreter(precision: .float64).run(model.graph, bindings)["z"]!
        #expect(z.shape == [2])
        #expect(maxError(z.doubles, referenceLinear(v.doubles, rows: 1, w, nil, inFeatures: 3, outFeatures: 2)) < float64Tolerance)
    }

    @Test func nativeFloat32AgreesWithOracle() throws {
        let model = try Graph.traceModel("linear") { b in
            [("y", Linear(16, 8, name: "fc")(b.input("x", [4, 16])))]
        }
        let bindings = try model.initialParameters(seed: 7).merging(["x": randomData([4, 16], seed: 8)]) { a, _ in a }
        let native = try Interpreter().run(model.graph, bindings)["y"]!
        #expect(native.dtype == .f32)
        let oracle = try runFloat64(model.graph, bindings)
        // f32 dot products of 16 terms with |terms| ≲ 1: rounding error ≲ 16 · 2⁻²⁴ ≈ 1e-6.
        #expect(maxError(native.doubles, oracle) < 1e-5)
    }
}
