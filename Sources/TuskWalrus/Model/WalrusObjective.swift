import TuskIR
import TuskNN

/// The Walrus training objective (spec §5.3–5.4; the reference's `Trainer.rollout_model` +
/// `train_one_epoch` loss lines) as a traced graph, ready for `TuskAutodiff.trainStep`.
///
/// Inputs: `x` — the raw window `[T, B, C, H, (W), (D)]` (variable fields, then constant fields
/// repeated over T), and `target_frame` — the next frame of the variable fields `[1, B, C_var, …]`.
/// Outputs: `loss` (scalar), `y` (raw model output), `x_normalized`, `norm.sample_rms`,
/// `norm.delta_rms` (`[1, B, C, 1, 1, 1]` with the spatial axes padded to 3), `loss_pred`,
/// `loss_target` (`[T − minimumContext, B, C_var, H, (W), (D)]`), plus the model's activations
/// when requested.
///
/// * sample-wise asymmetric RMS normalization: s = max(√mean_{t,space} x², ε) per (b, c);
///   d = max(√mean_{t,space} (x_{t+1} − x_t)², ε) over the T − 1 deltas inside the window (d = 1
///   when T = 1); the model sees x / s. s and d depend on data only (no parameter gradient).
/// * delta targets: all T consecutive differences of (window ‖ target frame), divided by d;
/// * prediction: the model's first C_var channels, zeroed where `paddedFieldMask` is false;
/// * loss = `lossMultiplier` · mean |pred − target| over the steps t ≥ `minimumContext`
///   (`loss` `.mae`, the release); `.mse` takes the mean of (pred − target)² instead.
public struct WalrusObjective: Hashable, Sendable {
    /// RMS floor of the normalization (release 1e-5).
    public var epsilon: Double = 1e-5
    /// Loss scale (release 100).
    public var lossMultiplier: Double = 100
    /// Leading predictions dropped from the loss (release 1).
    public var minimumContext: Int = 1
    /// Gradient accumulation steps the loss is divided by (the fixture: 1; release 4).
    public var gradientAccumulationSteps: Int = 1
    /// The per-element error (release `.mae`).
    public var loss: WalrusLoss = .mae

    public init(epsilon: Double = 1e-5, lossMultiplier: Double = 100, minimumContext: Int = 1,
                gradientAccumulationSteps: Int = 1, loss: WalrusLoss = .mae) {
        self.loss = loss
        self.epsilon = epsilon
        self.lossMultiplier = lossMultiplier
        self.minimumContext = minimumContext
        self.gradientAccumulationSteps = gradientAccumulationSteps
    }

    /// Traces model + objective. `spec.inputShape` is the window's shape; `variableFields` the
    /// number of leading channels that are predicted (the rest are constant fields);
    /// `paddedFieldMask` (one per variable field, false = a zero-padded tensor component) zeroes
    /// predictions.
    public func trace(_ model: WalrusModel, _ spec: WalrusTraceSpec, variableFields: Int, paddedFieldMask: [Bool],
                      activations: Bool = false) throws -> TracedModel {
        let shape = spec.inputShape
        guard shape.count >= 4 else {
            throw TuskError.config(field: "input shape", message: "expected [T, B, C, spatial…], got \(shape)")
        }
        let (t, batch, c) = (shape[0], shape[1], shape[2])
        let spatial = Array(shape[3...])
        guard (1...c).contains(variableFields), paddedFieldMask.count == variableFields else {
            throw TuskError.config(field: "padded_field_mask",
                                   message: "expected \(variableFields) entries (one per variable field of \(c) channels), got \(paddedFieldMask.count)")
        }
        guard model.config.decodesAllSteps else {
            throw TuskError.config(field: "causal_in_time", message: "the delta objective needs a causal model (one output per step)")
        }
        guard (0..<t).contains(minimumContext) else {
            throw TuskError.config(field: "minimum_context", message: "must be in 0..<\(t) for a \(t)-step window, got \(minimumContext)")
        }
        return try Graph.traceModel((model.config.name ?? "walrus") + ".objective") { b in
            let x = b.input(WalrusModel.inputName, shape, .f32)
            let next = b.input("target_frame", [1, batch, variableFields] + spatial, .f32)
            let stats = [0] + Array(3..<shape.count)
            let eps = x.scalar(epsilon)
            let sampleRMS = x.square().mean(axes: stats, keepDims: true).sqrt().maximum(eps)
            var deltaRMS: Tensor
            if t > 1 {
                let deltas = x.slice(axis: 0, 1..<t) - x.slice(axis: 0, 0..<(t - 1))
                deltaRMS = deltas.square().mean(axes: stats, keepDims: true).sqrt().maximum(eps)
            } else {
                deltaRMS = b.fill(1, [1, batch, c] + Array(repeating: 1, count: spatial.count))
            }
            let normalized = x / sampleRMS
            let taps = activations ? WalrusActivations() : nil
            let y = try model.scoped(b) {
                try model.forward(normalized, fieldIndices: spec.fieldIndices, boundaries: spec.boundaries,
                                  rolls: spec.rolls, activations: taps)
            }
            let mask = b.literal(paddedFieldMask.map { $0 ? 1 : 0 }, [1, 1, variableFields] + Array(repeating: 1, count: spatial.count))
            let kept = minimumContext..<t
            let pred = (y.slice(axis: 2, 0..<variableFields) * mask).slice(axis: 0, kept)
            let frames = b.concat([x.slice(axis: 2, 0..<variableFields), next], axis: 0)
            let target = ((frames.slice(axis: 0, 1..<(t + 1)) - frames.slice(axis: 0, 0..<t))
                / deltaRMS.slice(axis: 2, 0..<variableFields)).slice(axis: 0, kept)
            let error: Tensor = switch self.loss {
            case .mae: (pred - target).abs()
            case .mse: (pred - target).square()
            }
            let loss = error.mean() * (lossMultiplier / Double(gradientAccumulationSteps))
            let pad = Array(repeating: 1, count: 3 - spatial.count)
            func padded(_ v: Tensor) -> Tensor { v.reshape(v.shape + pad) }
            var outputs: [(String, Tensor)] = [
                ("loss", loss), (WalrusModel.outputName, y), ("x_normalized", normalized),
                ("norm.sample_rms", padded(sampleRMS)), ("norm.delta_rms", padded(deltaRMS)),
                ("loss_pred", pred), ("loss_target", target),
            ]
            outputs += taps?.values.map { ($0.name, $0.tensor) } ?? []
            return outputs
        }
    }
}

/// The per-element error of the Walrus objective, on delta-normalized targets.
public enum WalrusLoss: String, Codable, Hashable, Sendable, CaseIterable {
    /// |pred − target| (the release: the_well's MAE).
    case mae
    /// (pred − target)², the one-step square of what VRMSE measures.
    case mse
}
