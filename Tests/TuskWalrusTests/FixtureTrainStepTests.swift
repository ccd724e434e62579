import Foundation
import Testing
import TuskLLVM
import TuskAutodiff
import TuskIR
import TuskNN
import TuskPasses
import TuskRuntime
import TuskTestSupport
@testable import TuskWalrus

/// Fixture v_c: the Walrus objective (normalization, delta targets, masked L1 loss) and one
/// clipped AdamW step, as ONE `trainStep` graph run on the BLAS backend and on the reference
/// interpreter.
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

    /// The same train step on the BLAS backend, the LLVM backend (same tolerances), the
    /// reference interpreter, and on BLAS with attention fusion (`Pipeline.forward` before
    /// autodiff, flash kernels).
    @Test(arguments: ["blas", "reference", "llvm", "blas+fused"])
    func trainStepMatchesReference(_ backendName: String) throws {
        let backend: any Backend = switch backendName {
        case "blas", "blas+fused": BLASBackend()
        case "llvm": LLVMBackend()
        default: ReferenceBackend()
        }
        let fixture = try FixtureCase(Self.caseName)
        let model = try WalrusModel(config: fixture.config)
        let x = try #require(fixture.inputs["x"])
        let trajectory = try #require(fixture.inputs["trajectory"])        // [B, T+1, H, W, D, Cvar]
        let (batch, frames, cvar) = (trajectory.shape[0], trajectory.shape[1], trajectory.shape[5])
        let spatial = Array(trajectory.shape[2..<5])
        let mask = try fixture.ints("padded_field_mask").map { $0 != 0 }
        let spec = WalrusTraceSpec(inputShape: x.shape, fieldIndices: try fixture.ints("field_indices"),
                                   boundaries: try fixture.boundaries())
        let objective = WalrusObjective(epsilon: 1e-5, lossMultiplier: 100, minimumContext: 1, gradientAccumulationSteps: 1)
        let traced = try objective.trace(model, spec, variableFields: cvar, paddedFieldMask: mask, activations: true).graph
        let forward = backendName == "blas+fused" ? try Pipeline.forward.run(traced) : traced
        if backendName == "blas+fused" {
            let fused = forward.nodes.filter { if case .scaledDotProductAttention = $0.op { true } else { false } }
            #expect(fused.count == 2 * fixture.config.depth)
        }
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
        bindings.merge(try fixture.rolls().bindings(for: spec, config: fixture.config)) { a, _ in a }   // the rolls are graph inputs
        bindings["target_frame"] = TensorData(next, shape: [1, batch, cvar] + spatial)
        bindings[TrainStepNames.step] = TensorData([Float(1)], shape: [])
        bindings[TrainStepNames.learningRate] = TensorData([Float(2e-4)], shape: [])

        let start = Date()
        let out = try backend.compile(step).run(bindings)
        print("[v_c \(backend.name)] train step run \(String(format: "%.2f", Date().timeIntervalSince(start))) s")

        // Forward values.
        var renamed: [String: TensorData] = [:]
        for (k, v) in out where k.hasPrefix("fwd.") { renamed[String(k.dropFirst(4))] = v }
        try checkForward(fixture, backend: backend, outputs: renamed)
        func compare(_ key: String, _ got: TensorData, atol: Double) {
            let ref = fixture.expected[key]!
            #expect(got.shape == ref.shape, "\(key): shape \(got.shape) vs \(ref.shape)")
            let d = Deviation(got.doubles, ref.doubles, atol: atol, rtol: FixtureTolerance.rtol)
            print("[v_c \(backend.name)] \(key): \(d)")
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

    /// param_after: `checkParamsAfter` (TuskTestSupport) explains the tolerances.
    func checkParamsAfter(_ fixture: FixtureCase, outputs: [String: TensorData], trained: Set<String>) throws {
        let keys = fixture.config.stateDict.filter { !$0.isBuffer }.map(\.key)
        let (worst, noise) = try TuskTestSupport.checkParamsAfter(keys: keys, expected: fixture.expected, before: fixture.weights,
                                                                  trained: trained, lr: 2e-4) { outputs[$0] }
        print("[v_c blas] param_after: worst stable Δ/allowed \(worst); \(noise) noise-gradient entries")
    }
}
