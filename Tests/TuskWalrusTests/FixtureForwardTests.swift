import Foundation
import Testing
import TuskIR
import TuskNN
import TuskRuntime
import TuskTestSupport
@testable import TuskWalrus

// Tolerances: `FixtureTolerance` (TuskTestSupport): 4 × the reference's own float32-vs-float64
// rel_to_max of each tensor as atol·max|ref|, plus rtol 1e-6.

/// Runs a traced Walrus graph on the fixture's weights and input and compares `y` and every
/// stored `act.*` with the reference's float32 values.
func checkForward(_ fixture: FixtureCase, backend: any Backend, outputs: [String: TensorData],
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let slice = try fixture.activationSlice()
    let keys = fixture.expected.keys.filter { $0 == "y" || $0.hasPrefix("act.") }.sorted()
    #expect(keys.count == 13, "y + 12 activations expected in \(fixture.name)", sourceLocation: sourceLocation)
    for key in keys {
        let ref = fixture.expected[key]!
        var got = try #require(outputs[key], "output \(key) missing", sourceLocation: sourceLocation)
        if key.hasPrefix("act.") { got = sliceTB(got, t: slice.t, b: slice.b) }
        #expect(got.shape == ref.shape, "\(key): shape \(got.shape) vs \(ref.shape)", sourceLocation: sourceLocation)
        let floor = try fixture.floor(key)
        let d = Deviation(got.doubles, ref.doubles, atol: FixtureTolerance.factor * floor, rtol: FixtureTolerance.rtol)
        print("[\(fixture.name) \(backend.name)] \(key): \(d) (floor \(String(format: "%.2e", floor)), ×\(String(format: "%.2f", d.relToMax / floor)))")
        #expect(d.worstRatio <= 1, "\(key): \(d); floor \(floor)", sourceLocation: sourceLocation)
    }
}

/// Traces the fixture's model (with activations) and returns graph + bindings.
func fixtureForwardGraph(_ fixture: FixtureCase) throws -> (graph: Graph, bindings: [String: TensorData]) {
    let model = try WalrusModel(config: fixture.config)
    let x = try #require(fixture.inputs["x"])
    let spec = WalrusTraceSpec(inputShape: x.shape, fieldIndices: try fixture.ints("field_indices"),
                               boundaries: try fixture.boundaries())
    let traced = try model.trace(spec, activations: true)
    var bindings = try model.parameterBindings(from: fixture.weights)
    bindings[WalrusModel.inputName] = x
    bindings.merge(try fixture.rolls().bindings(for: spec, config: fixture.config)) { a, _ in a }   // the rolls are graph inputs
    return (traced.graph, bindings)
}

// The forward checks run inside `FixtureGradientTests` (the gradient graph keeps y and every
// activation as outputs), so the fixture forward passes are not paid for twice.
