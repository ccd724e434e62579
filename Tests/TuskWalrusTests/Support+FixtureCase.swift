import Foundation
import Testing
import TuskIR
import TuskNN
import TuskTestSupport
@testable import TuskWalrus

/// One fixture case loaded for a numerical comparison: config, weights, inputs, expected tensors
/// and the float32-vs-float64 floors of the reference (case.json `f32_vs_f64`).
struct FixtureCase {
    let name: String
    let json: [String: Any]
    let config: WalrusConfig
    let weights: [String: TensorData]
    let inputs: [String: TensorData]
    let expected: [String: TensorData]

    init(_ name: String) throws {
        self.name = name
        json = try WalrusFixtures.caseJSON(name)
        let modelConfig = try #require(json["model_config"])
        config = try JSONDecoder().decode(WalrusConfig.self, from: try JSONSerialization.data(withJSONObject: modelConfig))
        weights = try Safetensors.read(path: WalrusFixtures.path(name, "weights.safetensors")).tensors
        inputs = try Safetensors.read(path: WalrusFixtures.path(name, "inputs.safetensors")).tensors
        expected = try Safetensors.read(path: WalrusFixtures.path(name, "expected.safetensors")).tensors
    }

    func ints(_ key: String) throws -> [Int] {
        try #require(inputs[key], "no input \(key)").doubles.map { Int($0) }
    }

    /// Boundary rows from `bcs` [n, 2].
    func boundaries() throws -> [AxisBoundary] {
        let flat = try ints("bcs")
        return try AxisBoundary.parse(stride(from: 0, to: flat.count, by: 2).map { [flat[$0], flat[$0 + 1]] })
    }

    /// Forced rolls (zero when the case has none).
    func rolls() throws -> WalrusRolls {
        guard inputs["encoder_rolls"] != nil else { return .zero(depth: config.depth) }
        let blocks = try ints("block_rolls")
        return WalrusRolls(encoder: try ints("encoder_rolls"),
                           blocks: stride(from: 0, to: blocks.count, by: 3).map { Array(blocks[$0..<($0 + 3)]) })
    }

    /// The reference's own float32-vs-float64 `rel_to_max` of a tensor (`y`, `grad.x`,
    /// `act.*` under "activations", parameter keys under "param_grads").
    func floor(_ key: String) throws -> Double { try WalrusFixtureFiles.floor(json, key) }

    /// case.json → expected_contents.activation_slice (t and b ranges of the stored activations).
    func activationSlice() throws -> (t: Range<Int>, b: Range<Int>) {
        let c = try #require(json["expected_contents"] as? [String: Any])
        let s = try #require(c["activation_slice"] as? [String: [Int]])
        let t = try #require(s["t"]), b = try #require(s["b"])
        return (t[0]..<t[1], b[0]..<b[1])
    }
}
