import TuskIR
import TuskNN
import TuskRuntime

/// Everything a Walrus graph is specialized to besides the config: the input shape, the field
/// indices and the boundary conditions — and the jitter rolls only when they are `.fixed`
/// (with `.inputs`, the default, one graph serves every roll).
public struct WalrusTraceSpec: Hashable, Sendable {
    /// `[T, B, C, H, (W), (D)]`.
    public var inputShape: [Int]
    /// Field-table row per channel.
    public var fieldIndices: [Int]
    /// Boundary conditions per spatial axis (missing trailing axes are periodic).
    public var boundaries: [AxisBoundary]
    /// Where the jitter rolls come from (graph inputs by default).
    public var rolls: WalrusRollSource

    public init(inputShape: [Int], fieldIndices: [Int], boundaries: [AxisBoundary], rolls: WalrusRollSource = .inputs) {
        self.inputShape = inputShape
        self.fieldIndices = fieldIndices
        self.boundaries = boundaries
        self.rolls = rolls
    }
}

extension WalrusModel {
    /// Name of the graph input holding x.
    public static let inputName = "x"
    /// Name of the model output.
    public static let outputName = "y"

    /// Traces the forward graph: input `x` (f32, `spec.inputShape`) and, with `spec.rolls` =
    /// `.inputs` and jitter on, the roll inputs (`WalrusRolls.bindings`); output `y`, plus every
    /// intermediate under its fixture name (`act.…`) when `activations` is true. The parameters
    /// carry initializers, so `TracedModel.initialParameters(seed:)` gives a fresh model.
    public func trace(_ spec: WalrusTraceSpec, activations: Bool = false, graphName: String? = nil) throws -> TracedModel {
        try Graph.traceModel(graphName ?? (config.name ?? "walrus")) { b in
            let x = b.input(Self.inputName, spec.inputShape, .f32)
            let taps = activations ? WalrusActivations() : nil
            let y = try scoped(b) {
                try forward(x, fieldIndices: spec.fieldIndices, boundaries: spec.boundaries, rolls: spec.rolls, activations: taps)
            }
            return [(Self.outputName, y)] + (taps?.values.map { ($0.name, $0.tensor) } ?? [])
        }
    }

    /// The graph parameters from a checkpoint state dict with the official keys: checks every key
    /// and shape against the config (one error listing missing, extra and mis-shaped keys), checks
    /// that the `rotary_emb.freqs` buffers hold the values Tusk computes (a learnable-RoPE
    /// checkpoint is rejected, not silently ignored), and returns the parameters without the
    /// buffers, converted to f32.
    public func parameterBindings(from stateDict: [String: TensorData], source: String = "state dict") throws -> [String: TensorData] {
        try config.checkStateDict(stateDict.mapValues(\.shape), source: source)
        var result: [String: TensorData] = [:]
        for entry in config.stateDict {
            let value = stateDict[entry.key]!
            if entry.isBuffer {
                try checkRoPEFrequencies(value, key: entry.key, source: source)
                continue
            }
            result[entry.key] = value.dtype == .f32 ? value : value.converted(to: .f32)
        }
        return result
    }

    /// The parameters of the state dict in a memory-mapped safetensors file, placed in `state`
    /// for an executable compiled with it: every f32 tensor is adopted in place (the mapped
    /// pages are its storage: no copy, so the weights exist once in memory), any other dtype is
    /// converted into a buffer of its own. The same checks as `parameterBindings(from:)`.
    /// Returns the bytes adopted without a copy.
    @discardableResult
    public func residentParameters(from file: MappedSafetensors, into state: ResidentState) throws -> Int {
        try config.checkStateDict(file.shapes, source: file.path)
        var adopted = 0
        for entry in config.stateDict {
            if entry.isBuffer {
                try checkRoPEFrequencies(try file.tensor(entry.key), key: entry.key, source: file.path)
                continue
            }
            let type = TensorType(.f32, entry.shape)
            if let p = file.f32Storage(entry.key) {
                try state.adopt(entry.key, type, pointer: p, owner: file)
                adopted += type.byteCount
            } else {
                let value = try file.tensor(entry.key)
                try state.set(entry.key, value.dtype == .f32 ? value : value.converted(to: .f32))
            }
        }
        return adopted
    }

    /// Tusk's RoPE has fixed frequencies; a state dict whose `rotary_emb.freqs` differ is refused.
    private func checkRoPEFrequencies(_ value: TensorData, key: String, source: String) throws {
        let expected = try AxialRoPETable(headDim: config.spaceHeadDim).frequencies
        let got = value.floats
        if got != expected {
            throw TuskError.file(path: source, message: "\(key) holds \(got), but Tusk's RoPE uses π·linspace(1, 128, n) = "
                + "\(expected) (learnable or modified RoPE frequencies are not supported)")
        }
    }
}
