import TuskIR

/// A kernel pair of the two-layer compute-adaptive encoder on one axis: `first` is the kernel of
/// conv1 (decoder convT2), `second` the kernel of conv2 (decoder convT1). Release: (8, 4).
public struct KernelPair: Hashable, Sendable, Codable, CustomStringConvertible {
    public var first: Int
    public var second: Int
    public init(_ first: Int, _ second: Int) {
        self.first = first
        self.second = second
    }
    /// Encoded as the reference's `[first, second]` list.
    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        first = try c.decode(Int.self)
        second = try c.decode(Int.self)
        if !c.isAtEnd {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "a kernel pair has exactly two entries")
        }
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(first)
        try c.encode(second)
    }
    public var description: String { "(\(first),\(second))" }
}

/// Every hyper-parameter of a Walrus model, under Tusk names, plus the variant choices Tusk adds.
///
/// JSON uses the reference's constructor argument names (`hidden_dim`, `processor_blocks`,
/// `space_num_heads`, …) exactly as the fixtures' `case.json` `model_config` does; see
/// `WalrusConfig+Codable.swift` for the mapping and `WalrusConfig+Validation.swift` for the rules.
/// Named configs (`walrus-tiny`, `walrus-small`, `walrus-1.3b`) are in `WalrusConfig+Named.swift`.
public struct WalrusConfig: Hashable, Sendable {
    /// How the processor mixes tokens in space.
    public enum SpaceMixing: String, Hashable, Sendable, CaseIterable {
        /// Full bidirectional attention over all h·w·d tokens (the release, `FullAttention`).
        case full
        /// One 1-D attention per spatial axis (the factorization the Walrus paper describes);
        /// Tusk extension with the same parameters as `full` (reference class name `AxialAttention`).
        case axial
    }
    /// How the processor mixes tokens in time.
    public enum TimeMixing: String, Hashable, Sendable, CaseIterable {
        /// Causal time attention; every time step is decoded (the release, `causal_in_time: true`).
        case causal
        /// Bidirectional time attention; only the last time step is decoded.
        case bidirectional
    }
    /// The relative position bias of the time attention.
    public enum RelativeBias: String, Hashable, Sendable, CaseIterable {
        /// T5 bucketed relative bias, 32 buckets × heads (the release, `time_bias_type: "rel"`).
        case t5
        /// No bias and no bias table (`time_bias_type: "none"`).
        case none
    }
    /// Patch jitter (random encoder roll + processor token rolls).
    public enum Jitter: String, Hashable, Sendable, CaseIterable {
        /// Rolls on (the release; active at inference too). Open axes get extra padding.
        case on
        /// Padding and boundary flags only, no rolls (deterministic).
        case off
    }

    /// Optional name (named configs set it).
    public var name: String?
    /// Token width (`hidden_dim`). Release 1408.
    public var hiddenDim: Int
    /// Encoder/decoder inner width (`intermediate_dim`). Release 352.
    public var intermediateDim: Int
    /// Unused by the deterministic jitterer; kept for round trips (`projection_dim`). Release 48.
    public var projectionDim: Int
    /// Number of processor blocks (`processor_blocks`). Release 40.
    public var depth: Int
    /// Rows of the global field table (`n_states`), including the 3 reserved rows. Release 67.
    public var fieldRows: Int
    /// RMSGroupNorm groups of the encoders/decoders (`groups`); numerically irrelevant (§3.1)
    /// but must divide the widths. Release 16.
    public var groups: Int
    /// Heads of the space attention (`space_num_heads`). Release 16.
    public var spaceHeads: Int
    /// Width of the SwiGLU MLP before halving (`space_mlp_dim`); nil means 4·hiddenDim.
    public var spaceMLPDim: Int?
    /// Heads of the time attention (`time_num_heads`). Release 16.
    public var timeHeads: Int
    /// Space mixing variant (`space_mixing_class`: FullAttention | AxialAttention).
    public var spaceMixing: SpaceMixing
    /// Time mixing variant (`causal_in_time`).
    public var timeMixing: TimeMixing
    /// Relative bias variant (`time_bias_type`: "rel" | "none").
    public var relativeBias: RelativeBias
    /// Jitter variant (`jitter_patches`).
    public var jitter: Jitter
    /// Number of input time steps the model is specialized to (`n_steps_input`, a Tusk key taken
    /// from the reference's data config); nil = taken from the input shape. Release data: 6 (2-D).
    public var inputSteps: Int?
    /// Data dimensionalities that get an encoder/decoder pair (`include_d`). Must contain 3.
    public var includeDims: [Int]
    /// `override_dimensionality`: 0 (release) picks the encoder by the count of non-singleton
    /// axes; 3 forces the "3" pair (and builds only that one).
    public var overrideDimensionality: Int
    /// Encoder/decoder base kernels per axis H, W, D (`base_kernel_size3d`). Release (8,4)×3.
    public var kernels: [KernelPair]
    /// Unused 1-D/2-D base kernels and random-stride scales, kept for round trips.
    public var kernels1D: [KernelPair]
    public var kernels2D: [KernelPair]
    public var kernelScales: [KernelPair]
    /// Stochastic depth rate, linearly spaced 0…dropPath over the blocks (`drop_path`).
    public var dropPath: Double
    /// Input field dropout (`input_field_drop`). Release 0.
    public var inputFieldDrop: Double
    /// Gradient checkpointing frequency (`gradient_checkpointing_freq`); no numerical effect.
    public var gradientCheckpointingFrequency: Int

    /// A configuration; unspecified settings take the released model's values (spec §2.1).
    public init(name: String? = nil, hiddenDim: Int, intermediateDim: Int, projectionDim: Int = 48,
                depth: Int, fieldRows: Int, groups: Int, spaceHeads: Int, spaceMLPDim: Int? = nil,
                timeHeads: Int, spaceMixing: SpaceMixing = .full, timeMixing: TimeMixing = .causal,
                relativeBias: RelativeBias = .t5, jitter: Jitter = .on, inputSteps: Int? = nil,
                includeDims: [Int] = [2, 3], overrideDimensionality: Int = 0,
                kernels: [KernelPair] = Array(repeating: KernelPair(8, 4), count: 3),
                kernels1D: [KernelPair] = [KernelPair(4, 4)],
                kernels2D: [KernelPair] = Array(repeating: KernelPair(8, 4), count: 2),
                kernelScales: [KernelPair] = [KernelPair(2, 2), KernelPair(4, 2), KernelPair(4, 4), KernelPair(8, 4)],
                dropPath: Double = 0, inputFieldDrop: Double = 0, gradientCheckpointingFrequency: Int = 0) {
        self.name = name
        self.hiddenDim = hiddenDim
        self.intermediateDim = intermediateDim
        self.projectionDim = projectionDim
        self.depth = depth
        self.fieldRows = fieldRows
        self.groups = groups
        self.spaceHeads = spaceHeads
        self.spaceMLPDim = spaceMLPDim
        self.timeHeads = timeHeads
        self.spaceMixing = spaceMixing
        self.timeMixing = timeMixing
        self.relativeBias = relativeBias
        self.jitter = jitter
        self.inputSteps = inputSteps
        self.includeDims = includeDims
        self.overrideDimensionality = overrideDimensionality
        self.kernels = kernels
        self.kernels1D = kernels1D
        self.kernels2D = kernels2D
        self.kernelScales = kernelScales
        self.dropPath = dropPath
        self.inputFieldDrop = inputFieldDrop
        self.gradientCheckpointingFrequency = gradientCheckpointingFrequency
    }

    // MARK: Derived sizes

    /// MLP width before the SwiGLU halving (default 4·hidden).
    public var mlpDim: Int { spaceMLPDim ?? 4 * hiddenDim }
    /// Head width of the space attention.
    public var spaceHeadDim: Int { hiddenDim / spaceHeads }
    /// Head width of the time attention.
    public var timeHeadDim: Int { hiddenDim / timeHeads }
    /// The encoder/decoder keys that exist (`embed.{d}` / `debed.{d}`), ascending.
    public var builtDims: [Int] {
        overrideDimensionality > 0 ? [overrideDimensionality] : Array(Set(includeDims)).sorted()
    }
    /// Whether every time step is decoded (causal) or only the last one.
    public var decodesAllSteps: Bool { timeMixing == .causal }
    /// T5 bucket count of the time bias (fixed by the reference).
    public static let t5Buckets = 32
    /// Data rows reserved at the top of the field table (closed_boundary, open_boundary,
    /// bias_correction).
    public static let reservedFieldRows = 3
}
