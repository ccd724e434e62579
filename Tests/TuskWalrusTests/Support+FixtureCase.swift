import Foundation
import Testing
import TuskIR
import TuskNN
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
    func floor(_ key: String) throws -> Double {
        let f = try #require(json["f32_vs_f64"] as? [String: Any])
        let entry: Any?
        if key.hasPrefix("act.") {
            entry = (f["activations"] as? [String: Any])?[key]
        } else if key.hasPrefix("grad."), key != "grad.x" {
            entry = (f["param_grads"] as? [String: Any])?[String(key.dropFirst(5))]
        } else {
            entry = f[key]
        }
        let e = try #require(entry as? [String: Any], "no f32_vs_f64 entry for \(key)")
        return try #require(e["rel_to_max"] as? Double)
    }

    /// case.json → expected_contents.activation_slice (t and b ranges of the stored activations).
    func activationSlice() throws -> (t: Range<Int>, b: Range<Int>) {
        let c = try #require(json["expected_contents"] as? [String: Any])
        let s = try #require(c["activation_slice"] as? [String: [Int]])
        let t = try #require(s["t"]), b = try #require(s["b"])
        return (t[0]..<t[1], b[0]..<b[1])
    }
}

/// How far `got` is from `ref`: max|Δ| / max|ref| and the worst ratio of |Δ| to the allowed
/// atol·max|ref| + rtol·|ref|.
struct Deviation: CustomStringConvertible {
    var maxAbsDiff: Double
    var maxAbsRef: Double
    var worstRatio: Double
    var relToMax: Double { maxAbsRef > 0 ? maxAbsDiff / maxAbsRef : maxAbsDiff }
    var description: String {
        String(format: "max|Δ| %.3e, max|ref| %.3e, rel_to_max %.3e, worst Δ/allowed %.3f", maxAbsDiff, maxAbsRef, relToMax, worstRatio)
    }

    init(_ got: [Double], _ ref: [Double], atol: Double, rtol: Double) {
        maxAbsRef = ref.map(Swift.abs).max() ?? 0
        maxAbsDiff = 0
        worstRatio = 0
        for (g, r) in zip(got, ref) {
            let d = Swift.abs(g - r)
            maxAbsDiff = Swift.max(maxAbsDiff, d.isNaN ? .infinity : d)
            let allowed = atol * maxAbsRef + rtol * Swift.abs(r)
            worstRatio = Swift.max(worstRatio, allowed > 0 ? d / allowed : (d == 0 ? 0 : .infinity))
        }
        if got.count != ref.count { worstRatio = .infinity }
    }
}

/// `x[t, b, ...]` restricted to time steps `t` and batch entries `b` (reference layout).
func sliceTB(_ x: TensorData, t: Range<Int>, b: Range<Int>) -> TensorData {
    let values = x.doubles
    let (nb, inner) = (x.shape[1], x.shape[2...].reduce(1, *))
    var out: [Double] = []
    out.reserveCapacity(t.count * b.count * inner)
    for i in t {
        for j in b {
            let start = (i * nb + j) * inner
            out += values[start..<(start + inner)]
        }
    }
    return TensorData(shape: [t.count, b.count] + Array(x.shape[2...]), values: out, dtype: .f64)
}
