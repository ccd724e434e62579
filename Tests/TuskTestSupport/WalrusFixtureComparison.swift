import Foundation
import Testing
import TuskIR

/// Comparison helpers for the Walrus reference fixtures (`../shared/fixtures/walrus`), shared by
/// the model's fixture tests (TuskWalrusTests) and the interop command tests (TuskCLITests).
public enum WalrusFixtureFiles {
    /// `$TUSK_WALRUS_FIXTURES`, else `<repo>/../shared/fixtures/walrus`.
    public static var root: String {
        if let env = ProcessInfo.processInfo.environment["TUSK_WALRUS_FIXTURES"] { return env }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/fixtures/walrus").path
    }

    /// `<root>/<case>/<file>`.
    public static func path(_ caseName: String, _ file: String) -> String { "\(root)/\(caseName)/\(file)" }

    /// Whether the fixtures are present (tests that only consume them skip otherwise).
    public static var available: Bool { FileManager.default.fileExists(atPath: root) }

    /// A case.json as a dictionary.
    public static func caseJSON(_ caseName: String) throws -> [String: Any] {
        let p = path(caseName, "case.json")
        let data = try #require(FileManager.default.contents(atPath: p), "fixture missing: \(p)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The reference's own float32-vs-float64 `rel_to_max` of a tensor, from case.json
    /// `f32_vs_f64` (`y`, `grad.x`, `loss`, … at the top; `act.*` under "activations";
    /// parameter gradients `grad.<key>` under "param_grads").
    public static func floor(_ json: [String: Any], _ key: String) throws -> Double {
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

    /// case.json → expected_contents.activation_slice (t and b ranges of the stored activations);
    /// nil when the case stores them whole.
    public static func activationSlice(_ json: [String: Any]) -> (t: Range<Int>, b: Range<Int>)? {
        guard let c = json["expected_contents"] as? [String: Any], let s = c["activation_slice"] as? [String: [Int]],
              let t = s["t"], let b = s["b"] else { return nil }
        return (t[0]..<t[1], b[0]..<b[1])
    }
}

/// Tolerances of the fixture comparisons (README "Tolerances"; case.json `f32_vs_f64`).
///
/// The reference's float32 run is `floor` = rel_to_max away from its float64 run for each tensor.
/// A float32 Tusk run is an independent float32 evaluation of the same math (other summation
/// orders: BLAS blocking, tree vs sequential reductions), so its distance to the reference's
/// float32 run is at most about floor(Tusk) + floor(reference) ≈ 2·floor; we allow
/// `factor` = 4 × floor (2× headroom on that bound) as atol·max|ref|, plus rtol = 1e-6
/// (≈ 8 float32 ulps of the element itself).
public enum FixtureTolerance {
    public static let factor = 4.0
    public static let rtol = 1e-6
    /// Mathematically zero gradients (`time_mixing.knorm.bias`: no RoPE in time attention, so a
    /// constant key shift cancels in the softmax) are float32 cancellation noise in the reference
    /// (≤ 6.4e-7) and in Tusk (≤ ~8e-7): compared with an absolute 1e-5, ~2e-6 of the neighbouring
    /// knorm.weight gradients (max ≈ 4.5) and far below any real gradient error (O(0.1–1)).
    public static let mathematicallyZeroAbsolute = 1e-5
}

/// How far `got` is from `ref`: max|Δ| / max|ref| and the worst ratio of |Δ| to the allowed
/// atol·max|ref| + rtol·|ref|.
public struct Deviation: CustomStringConvertible {
    public var maxAbsDiff: Double
    public var maxAbsRef: Double
    public var worstRatio: Double
    public var relToMax: Double { maxAbsRef > 0 ? maxAbsDiff / maxAbsRef : maxAbsDiff }
    public var description: String {
        String(format: "max|Δ| %.3e, max|ref| %.3e, rel_to_max %.3e, worst Δ/allowed %.3f", maxAbsDiff, maxAbsRef, relToMax, worstRatio)
    }

    public init(_ got: [Double], _ ref: [Double], atol: Double, rtol: Double) {
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
public func sliceTB(_ x: TensorData, t: Range<Int>, b: Range<Int>) -> TensorData {
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

/// A row-major permutation of a host tensor (`out.shape[i] = x.shape[perm[i]]`).
public func permuted(_ x: TensorData, _ perm: [Int]) -> TensorData {
    let shape = perm.map { x.shape[$0] }, values = x.doubles
    var strides = [Int](repeating: 1, count: x.shape.count)
    for i in stride(from: x.shape.count - 2, through: 0, by: -1) { strides[i] = strides[i + 1] * x.shape[i + 1] }
    var out = [Double](repeating: 0, count: values.count)
    var index = [Int](repeating: 0, count: shape.count)
    for o in out.indices {
        var src = 0
        for (k, p) in perm.enumerated() { src += index[k] * strides[p] }
        out[o] = values[src]
        var k = shape.count - 1
        while k >= 0 { index[k] += 1; if index[k] < shape[k] { break }; index[k] = 0; k -= 1 }
    }
    return TensorData(shape: shape, values: out, dtype: .f64)
}

/// Checks `param_after.<key>` of a train-step fixture (one AdamW step at learning rate `lr`).
///
/// AdamW's first step moves each entry by lr·m̂/(√v̂ + ε) ≈ ±lr (|g| ≫ ε = 1e-10) plus the decay
/// lr·λ·p. Entries whose reference gradient is tiny (|g| ≤ 1e-4·max|g| of the tensor, but not
/// exactly 0 — a zero gradient gives a zero Adam step: float32-noise signs) and all of the
/// mathematically zero `time_mixing.knorm.bias` get an arbitrary ±lr, so they are compared with
/// atol 2·lr (README). Every other entry: the update's sign is certain, so the result differs
/// only by float32 rounding of p − update: ≤ 4 ulps of the parameter plus 1e-3·lr for the
/// |g|/(|g|+ε) factor. Parameters not in `trained` or without an updated value (not in the
/// graph: no gradient) must equal `before` bit for bit, in the reference and in `after`.
///
/// - Parameters:
///   - keys: the parameter keys (state dict without buffers).
///   - after: the updated value of each trained key (`got(key)`).
/// - Returns: the worst stable Δ/allowed ratio and the number of noise-gradient entries.
@discardableResult
public func checkParamsAfter(keys: [String], expected: [String: TensorData], before: [String: TensorData],
                             trained: Set<String>, lr: Double, after: (String) -> TensorData?,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (worstStable: Double, noiseEntries: Int) {
    var worstStable = 0.0, unstable = 0
    for key in keys {
        let ref = try #require(expected["param_after." + key], "no param_after.\(key)", sourceLocation: sourceLocation).doubles
        guard trained.contains(key), let got = after(key)?.doubles else {
            // Not trained, or not in the graph (no gradient): the reference leaves it unchanged.
            let unchanged = try #require(before[key], sourceLocation: sourceLocation).doubles
            #expect(ref == unchanged, "\(key) has no gradient and must not move in the reference", sourceLocation: sourceLocation)
            if let got = after(key) {
                #expect(got.doubles == unchanged, "\(key) has no gradient and must not move", sourceLocation: sourceLocation)
            }
            continue
        }
        let g = try #require(expected["grad." + key], sourceLocation: sourceLocation).doubles
        let gmax = g.map(Swift.abs).max() ?? 0
        let allNoise = key.hasSuffix("time_mixing.knorm.bias")
        for i in ref.indices {
            let d = Swift.abs(got[i] - ref[i])
            if allNoise || (g[i] != 0 && Swift.abs(g[i]) <= 1e-4 * gmax) {
                unstable += 1
                #expect(d <= 2 * lr, "\(key)[\(i)] (noise gradient): Δ \(d)", sourceLocation: sourceLocation)
            } else {
                let allowed = 4 * Double(Float(ref[i]).ulp) + 1e-3 * lr
                worstStable = Swift.max(worstStable, d / allowed)
                if d > allowed {
                    Issue.record("\(key)[\(i)]: got \(got[i]), ref \(ref[i]), Δ \(d) > \(allowed)", sourceLocation: sourceLocation)
                }
            }
        }
    }
    return (worstStable, unstable)
}
