import TuskIR
import TuskNN

/// Intermediate values recorded during a trace, under the reference fixtures' names
/// (`act.jitter_out`, `act.encoder.norm1_out`, `act.blocks.<i>.input`, …, `act.decoder_out`),
/// each in the reference layout `[T, B, …]`. Pass one to `WalrusModel.forward` and emit them as
/// extra graph outputs to inspect or cross-check a run.
public final class WalrusActivations {
    /// Recorded (name, value) pairs, in trace order.
    public private(set) var values: [(name: String, tensor: Tensor)] = []

    public init() {}

    /// Records `tensor` under `name`.
    public func record(_ name: String, _ tensor: Tensor) { values.append((name, tensor)) }
}

/// The Walrus model (`IsotropicModel`, spec §1) as a TuskNN module: applied to a symbolic input
/// `[T, B, C, H, (W), (D)]` it traces the whole forward pass — encoder_dummy scaling, patch jitter
/// with boundary flags, the space-bag encoder, the processor blocks (time then space mixing) with
/// token rolls, the decoder and the unjitter — into the graph, declaring its parameters under the
/// official state-dict keys (`embed.2.proj1.weight`, `blocks.0.space_mixing.fused_ff_qkv.weight`,
/// …), so a converted official checkpoint binds as is (see `parameterBindings(from:)`).
///
/// The graph is specialized at trace time to the input shape, the field indices, the boundary
/// conditions and the jitter rolls (`WalrusRolls`); all derived tables are constants of the
/// graph: T5 buckets and column selections as small literals, the boundary flags and the RoPE
/// angle tables built in the graph from `iota` and elementwise ops (a few small ops rather than
/// megabytes of literals, so dumps stay small and parse back). The rotary `freqs` buffers of the
/// checkpoint are not graph values: the angles follow `AxialRoPETable`, and
/// `parameterBindings(from:)` checks the checkpoint's buffers equal them.
public struct WalrusModel: Module, Sendable {
    public var name: String
    /// The hyper-parameters and variant choices.
    public var config: WalrusConfig

    /// A model for `config` (validated).
    public init(config: WalrusConfig, name: String = "") throws {
        try config.validate()
        self.config = config
        self.name = name
    }

    /// Traces the forward pass of `x` (`[T, B, C, H, (W), (D)]`, f32) and returns the output
    /// `[T_out, B, C, H, (W), (D)]` (T_out = T when causal, else 1): the normalized per-step
    /// increment of every channel.
    ///
    /// - Parameters:
    ///   - fieldIndices: the field-table row of each of the C channels.
    ///   - boundaries: boundary conditions per spatial axis (missing trailing axes are periodic).
    ///   - rolls: where the jitter rolls come from: graph inputs (the default; bind them with
    ///     `WalrusRolls.bindings`) or fixed integers (must be zero with jitter off); see `WalrusRollSource`.
    ///   - activations: when given, receives the intermediates under the fixtures' names.
    /// - Throws: `TuskError.config` for an illegal shape, field index, boundary or roll; shape
    ///   errors inside the trace are recorded by the builder (thrown by `finish`).
    public func forward(_ x: Tensor, fieldIndices: [Int], boundaries: [AxisBoundary],
                        rolls: WalrusRollSource = .inputs, activations: WalrusActivations? = nil) throws -> Tensor {
        guard x.rank >= 4, x.rank <= 6 else {
            throw TuskError.config(field: "input shape",
                                   message: "expected x as [T, B, C, H, (W), (D)] with 1 to 3 spatial axes, got \(x.shape)")
        }
        guard x.dtype == .f32 || x.dtype == .f64 else {
            throw TuskError.config(field: "x", message: "expected a floating-point input, got \(x.dtype)")
        }
        let (t, batch, channels) = (x.shape[0], x.shape[1], x.shape[2])
        guard channels == fieldIndices.count else {
            throw TuskError.config(field: "field_indices",
                                   message: "x has \(channels) channels but \(fieldIndices.count) field indices were given")
        }
        try FieldTable.checkFieldIndices(fieldIndices, rows: config.fieldRows)
        if let steps = config.inputSteps, steps != t {
            throw TuskError.config(field: "n_steps_input", message: "the config expects \(steps) input steps, x has \(t)")
        }
        let spatial = Array(x.shape[3...])
        let geometry = try WalrusGeometry(config: config, spatialShape: spatial, boundaries: boundaries)
        for (i, axis) in geometry.axes.enumerated() where !axis.isSingleton && !axis.boundary.isPeriodic
            && axis.boundary.end == .periodic {
            throw TuskError.config(field: "bcs[\(i)]",
                                   message: "start \(axis.boundary.start) with end PERIODIC: periodicity is decided by the start side, "
                                       + "and the reference has no boundary flag for a periodic end of a non-periodic axis")
        }
        let b = x.builder
        let shifts = try tracedRolls(b, rolls, geometry: geometry)
        let shape3 = geometry.spatialShape
        // 2-D and 1-D data run as 3-D with trailing singleton axes (spec §1 step 2).
        var h = x.reshape([t, batch, channels] + shape3)
        let dummy = b.parameter("encoder_dummy", [1], x.dtype, initializer: .ones)
        h = h * dummy

        let jittered = patchJitter(h, geometry: geometry, roll: shifts.encoder)
        activations?.record("act.jitter_out", jittered)
        var tokens = try encode(jittered, fieldIndices: fieldIndices, geometry: geometry, activations: activations)
        activations?.record("act.encoder_out", tokens)

        let grid = geometry.tokenGrid
        for block in 0..<config.depth {
            tokens = rolled(tokens, shifts.blocks[block])
            activations?.record("act.blocks.\(block).input", tokens)
            tokens = try b.scope("blocks") {
                try b.scope("\(block)") {
                    try processorBlock(tokens, tokenGrid: grid, block: block, activations: activations)
                }
            }
        }
        tokens = rolled(tokens, shifts.total, back: true)
        if !config.decodesAllSteps { tokens = tokens.slice(axis: 0, (t - 1)..<t) }
        activations?.record("act.decoder_in", tokens)
        let decoded = try decode(tokens, fieldIndices: fieldIndices, geometry: geometry, activations: activations)
        activations?.record("act.decoder_out", decoded)
        let y = unjitter(decoded, geometry: geometry, roll: shifts.encoder)
        return y.reshape([config.decodesAllSteps ? t : 1, batch, channels] + spatial)
    }

    /// One processor block (`SpaceTimeSplitBlock`): time mixing then space mixing, each with its
    /// residual, on tokens `[T, B, hidden, h, w, d]`.
    func processorBlock(_ x: Tensor, tokenGrid: [Int], block: Int, activations: WalrusActivations?) throws -> Tensor {
        let b = x.builder
        let timed = try b.scope("time_mixing") { try timeMixing(x) }
        activations?.record("act.blocks.\(block).time_mixing_out", timed)
        let spaced = try b.scope("space_mixing") { try spaceMixing(timed, tokenGrid: tokenGrid) }
        activations?.record("act.blocks.\(block).space_mixing_out", spaced)
        return spaced
    }
}

extension Int {
    /// The non-negative remainder (Python's `%`).
    func modulo(_ n: Int) -> Int { ((self % n) + n) % n }
}
