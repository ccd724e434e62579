import Foundation
import Testing
import TuskAutodiff
import TuskIR
import TuskNN
import TuskRuntime
@testable import TuskWalrus

/// Fixture v_c: the Walrus objective (normalization, delta targets, masked L1 loss) and one
/// clipped AdamW step, as ONE `trainStep` graph run on the BLAS backend.
///
/// The forward values (y, x_normalized, norm.*, loss_pred/target, activations) are read from the
/// same run: `trainStep` replays the objective graph node for node, so its values keep their ids
/// and are added as extra outputs (checked before use).
///
/// Tolerances: y, activations, loss_target, grad_total_norm — `FixtureTolerance` (4 × the
/// reference's float32-vs-float64 rel_to_max). loss_pred is y masked and sliced: y's floor.
/// x_normalized and norm.* have no stored floor: they are one reduction (over 4·128·32 values)
/// and one division, so 1e-6 relative of max (~8 float32 ulps). loss: 4 × its floor (2.6e-8),
/// i.e. 1e-7 relative. param_after: see `checkParamsAfter`.
@Suite("Walrus fixtures: train step", .serialized)
struct FixtureTrainStepTests {
    static let caseName = "v_c_trainstep2d_openH_periodicW"

    @Test func trainStepMatchesReferenceOnBLAS() throws {
        let fixture = try FixtureCase(Self.caseName)
        let model = try WalrusModel(config: fixture.config)
        let x = try #require(fixture.inputs["x"])
        let trajectory = try #require(fixture.inputs["trajectory"])        // [B, T+1, H, W, D, Cvar]
        let (batch, frames, cvar) = (trajectory.shape[0], trajectory.shape[1], trajectory.shape[5])
        let spatial = Array(trajectory.shape[2..<5])
        let mask = try fixture.ints("padded_field_mask").map { $0 != 0 }
        let spec = WalrusTraceSpec(inputShape: x.shape, fieldIndices: try fixture.ints("field_indices"),
                                   boundaries: try fixture.boundaries(), rolls: try fixture.rolls())
        let objective = WalrusObjective(epsilon: 1e-5, lossMultiplier: 100, minimumContext: 1, gradientAccumulationSteps: 1)
        let forward = try objective.trace(model, spec, variableFields: cvar, paddedFieldMask: mask, activations: true).graph
        let optimizer = AdamW(beta1: 0.9, beta2: 0.999, epsilon: 1e-10, weightDecay: 1e-4)
        var step = try trainStep(forward, loss: "loss", optimizer: optimizer, clipGradientNorm: 10)
        for i in forward.nodes.indices {
            try #require(step.nodes[i] == forward.nodes[i], "trainStep did not replay node \(i) in place")
        }
        step.outputs += forward.outputs.filter { $0.name != "loss" }.map { GraphOutput(name: "fwd." + $0.name, value: $0.value) }
        try step.verify()

        // target_frame = trajectory[:, T] as [1, B, Cvar, H, W, D].
        let tv = trajectory.floats, cells = spatial.reduce(1, *)
        var next = [Float](repeating: 0, count: batch * cvar * cells)
        for b in 0..<batch {
            for p in 0..<cells {
                for c in 0..<cvar {
                    next[(b * cvar + c) * cells + p] = tv[((b * frames + frames - 1) * cells + p) * cvar + c]
                }
            }
        }
        let parameters = try model.parameterBindings(from: fixture.weights)
        var bindings = parameters.merging(initialOptimizerState(step)) { a, _ in a }
        bindings["x"] = x
        bindings["target_frame"] = TensorData(next, shape: [1, batch, cvar] + spatial)
        bindings[TrainStepNames.step] = TensorData([Float(1)], shape: [])
        bindings[TrainStepNames.learningRate] = TensorData([Float(2e-4)], shape: [])

        let start = Date()
        let out = try BLASBackend().compile(step).run(bindings)
        print("[v_c blas] train step run \(String(format: "%.2f", Date().timeIntervalSince(start))) s")

        // Forward values.
        var renamed: [String: TensorData] = [:]
        for (k, v) in out where k.hasPrefix("fwd.") { renamed[String(k.dropFirst(4))] = v }
        try checkForward(fixture, backend: BLASBackend(), outputs: renamed)
        func compare(_ key: String, _ got: TensorData, atol: Double) {
            let ref = fixture.expected[key]!
            #expect(got.shape == ref.shape, "\(key): shape \(got.shape) vs \(ref.shape)")
            let d = Deviation(got.doubles, ref.doubles, atol: atol, rtol: FixtureTolerance.rtol)
            print("[v_c blas] \(key): \(d)")
            #expect(d.worstRatio <= 1, "\(key): \(d)")
        }
        compare("x_normalized", renamed["x_normalized"]!, atol: 1e-6)
        compare("norm.sample_rms", renamed["norm.sample_rms"]!, atol: 1e-6)
        compare("norm.delta_rms", renamed["norm.delta_rms"]!, atol: 1e-6)
        // [T−1, B, Cvar, H, W, D] → the fixture's [B, T−1, H, W, D, Cvar].
        compare("loss_pred", permuted(renamed["loss_pred"]!, [1, 0, 3, 4, 5, 2]), atol: FixtureTolerance.factor * (try fixture.floor("y")))
        compare("loss_target", permuted(renamed["loss_target"]!, [1, 0, 3, 4, 5, 2]),
                atol: FixtureTolerance.factor * (try fixture.floor("loss_target")))
        compare("loss", out["loss"]!, atol: FixtureTolerance.factor * (try fixture.floor("loss")))
        compare("grad_total_norm", out[TrainStepNames.gradientNorm]!, atol: FixtureTolerance.factor * (try fixture.floor("grad_total_norm")))
        let norm = out[TrainStepNames.gradientNorm]!.doubles[0]
        let coefficient = Swift.min(1, 10 / (norm + 1e-6))
        compare("clip_coef", TensorData([coefficient], shape: []), atol: FixtureTolerance.factor * (try fixture.floor("grad_total_norm")))
        try checkParamsAfter(fixture, outputs: out, trained: Set(parameters.keys))
    }

    /// param_after: AdamW's first step moves each entry by lr·m̂/(√v̂ + ε) ≈ ±lr (|g| ≫ ε = 1e-10)
    /// plus the decay lr·λ·p. Entries whose reference gradient is tiny (|g| ≤ 1e-4·max|g| of the
    /// tensor, but not exactly 0 — a zero gradient gives a zero Adam step: float32-noise signs) and all of the mathematically zero `time_mixing.knorm.bias`
    /// (whose whole gradient is noise, in the reference and in Tusk) get an arbitrary ±lr, so they
    /// are compared with atol 2·lr = 4e-4 (README). Every other entry: the update's sign
    /// is certain, so the result differs only by float32 rounding of p − update: ≤ 4 ulps of the
    /// parameter plus 1e-3·lr for the |g|/(|g|+ε) factor. Parameters without gradient (not in the
    /// 2-D graph) must equal the weights bit for bit.
    func checkParamsAfter(_ fixture: FixtureCase, outputs: [String: TensorData], trained: Set<String>) throws {
        let lr = 2e-4
        var worstStable = 0.0, unstable = 0
        for entry in fixture.config.stateDict where !entry.isBuffer {
            let ref = try #require(fixture.expected["param_after." + entry.key], "no param_after.\(entry.key)").doubles
            guard trained.contains(entry.key), let got = outputs[entry.key]?.doubles else {
                let before = fixture.weights[entry.key]!.doubles
                #expect(ref == before, "\(entry.key) has no gradient and must not move in the reference")
                continue
            }
            let g = fixture.expected["grad." + entry.key]!.doubles
            let gmax = g.map(Swift.abs).max() ?? 0
            let allNoise = entry.key.hasSuffix("time_mixing.knorm.bias")
            for i in ref.indices {
                let d = Swift.abs(got[i] - ref[i])
                if allNoise || (g[i] != 0 && Swift.abs(g[i]) <= 1e-4 * gmax) {
                    unstable += 1
                    #expect(d <= 2 * lr, "\(entry.key)[\(i)] (noise gradient): Δ \(d)")
                } else {
                    let allowed = 4 * Double(Float(ref[i]).ulp) + 1e-3 * lr
                    worstStable = Swift.max(worstStable, d / allowed)
                    if d > allowed { Issue.record("\(entry.key)[\(i)]: got \(got[i]), ref \(ref[i]), Δ \(d) > \(allowed)") }
                }
            }
        }
        print("[v_c blas] param_after: worst stable Δ/allowed \(worstStable); \(unstable) noise-gradient entries")
    }
}

/// A row-major permutation of a host tensor (`out.shape[i] = x.shape[perm[i]]`).
func permuted(_ x: TensorData, _ perm: [Int]) -> TensorData {
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
