import Foundation
import Testing
import TuskIR
import TuskRuntime
import TuskTestSupport
@testable import TuskWalrus

/// The objective's `loss` choice: `.mae` (the release) and `.mse` trace the same forward and
/// differ only in the per-element error, each matching its closed form over the graph's own
/// `loss_pred` / `loss_target`.
///
/// 1-D, 128 cells (32 tokens): the cheapest legal geometry. Tolerance: 1e-12 relative — the
/// float64 interpreter and this loop sum the same 2·2·128 terms in different orders (≈ 512 ·
/// 2⁻⁵³ ≈ 6e-14 relative worst case).
@Suite("Walrus objective: loss choice")
struct ObjectiveLossTests {
    static let spec = WalrusTraceSpec(inputShape: [3, 1, 2, 128], fieldIndices: [3, 5],
                                      boundaries: [.periodic])

    @Test func maeAndMSEMatchTheirClosedForms() throws {
        var config = WalrusConfig.tiny
        config.includeDims = [1, 2, 3] // walrus-tiny with its 1-D encoder/decoder pair too
        let model = try WalrusModel(config: config)
        let graphs = try [WalrusLoss.mae, .mse].map {
            try WalrusObjective(loss: $0).trace(model, Self.spec, variableFields: 2, paddedFieldMask: [true, true]).graph
        }
        var rng = SeededRandom(seed: 5)
        var bindings: [String: TensorData] = [:]
        for (name, _, type) in graphs[0].inputs + graphs[0].parameters {
            bindings[name] = randomTensor(type, using: &rng, range: name.hasPrefix("x") || name == "target_frame" ? -2...2 : -0.5...0.5)
        }
        let interpreter = Interpreter(precision: .float64)
        let mae = try interpreter.run(graphs[0], bindings), mse = try interpreter.run(graphs[1], bindings)
        let pred = try #require(mae["loss_pred"]).doubles, target = try #require(mae["loss_target"]).doubles
        #expect(try #require(mse["loss_pred"]).doubles == pred)
        #expect(try #require(mse["loss_target"]).doubles == target)
        let n = Double(pred.count)
        let wantMAE = 100 * zip(pred, target).reduce(0) { $0 + abs($1.0 - $1.1) } / n
        let wantMSE = 100 * zip(pred, target).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / n
        let gotMAE = try #require(mae["loss"]).doubles[0], gotMSE = try #require(mse["loss"]).doubles[0]
        #expect(abs(gotMAE - wantMAE) <= 1e-12 * wantMAE, "mae \(gotMAE) vs \(wantMAE)")
        #expect(abs(gotMSE - wantMSE) <= 1e-12 * wantMSE, "mse \(gotMSE) vs \(wantMSE)")
        #expect(abs(wantMAE - wantMSE) > 1e-3 * wantMAE) // the two really differ on this input
    }
}
