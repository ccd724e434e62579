import TuskIR

/// Everything shape-related about running a config on one input resolution: which encoder key,
/// the stride pairs, the jitter padding and roll ranges, the token grid, the decoder's
/// transposed-conv padding — checked end to end (the decoder must give back the padded size).
///
/// Axes are always the model's three (H, W, D), with missing trailing axes added as singleton
/// periodic axes (spec §1 step 2, §4).
public struct WalrusGeometry: Hashable, Sendable {
    /// The 3-axis spatial shape (H, W, D).
    public var spatialShape: [Int]
    /// Boundary conditions of H, W, D (padded with periodic rows).
    public var boundaries: [AxisBoundary]
    /// Number of non-singleton axes of the input (1, 2 or 3).
    public var dimensionality: Int
    /// The encoder/decoder pair used (`embed.{key}` / `debed.{key}`).
    public var encoderKey: Int
    /// Per-axis stride pairs.
    public var strides: [StridePair]
    /// Per-axis jitter and encoder geometry.
    public var axes: [JitterAxisGeometry]
    /// Per-axis decoder geometry.
    public var decoder: [DecoderAxisGeometry]

    static let axisNames = ["H", "W", "D"]

    /// Plans `config` on `spatialShape` (1–3 axes) with `boundaries` (one per given axis or 3;
    /// missing rows are periodic). Throws a clear error for sizes outside the stride table, a
    /// missing encoder for this dimensionality, or the decoder's periodic s1 = 6 size mismatch.
    public init(config: WalrusConfig, spatialShape: [Int], boundaries: [AxisBoundary]) throws {
        let shape = try StridePolicy.padTo3D(spatialShape)
        guard !boundaries.isEmpty, boundaries.count <= 3 else {
            throw TuskError.config(field: "bcs", message: "expected 1...3 boundary rows, got \(boundaries.count)")
        }
        let bcs = boundaries + Array(repeating: AxisBoundary.periodic, count: 3 - boundaries.count)
        let dims = shape.filter { $0 != 1 }.count
        guard dims > 0 else {
            throw TuskError.config(field: "input shape", message: "needs at least one spatial axis of size > 1, got \(spatialShape)")
        }
        let key = config.overrideDimensionality > 0 ? config.overrideDimensionality : dims
        guard config.builtDims.contains(key) else {
            throw TuskError.config(field: "include_d",
                                   message: "\(dims)-D data needs the encoder/decoder \"\(key)\", but the model builds only "
                                       + "\(config.builtDims) (add \(key) to include_d)")
        }
        let strides = try StridePolicy.strides(for: shape)
        var axes: [JitterAxisGeometry] = []
        var decoder: [DecoderAxisGeometry] = []
        for i in 0..<3 {
            let a = try PatchJitter.axis(size: shape[i], boundary: bcs[i], strides: strides[i], kernels: config.kernels[i],
                                         jitter: config.jitter, axisName: Self.axisNames[i])
            let d = DecoderAxisGeometry(tokens: a.tokens, strides: strides[i], kernels: config.kernels[i],
                                        periodic: bcs[i].isPeriodic && !a.isSingleton)
            if d.outputSize != a.paddedSize {
                throw TuskError.config(
                    field: "input shape",
                    message: "axis \(Self.axisNames[i]) of size \(shape[i]) (\(bcs[i].isPeriodic ? "periodic" : "non-periodic"), "
                        + "strides \(strides[i])): the reference decoder gives \(d.outputSize) cells instead of the padded "
                        + "\(a.paddedSize) (periodic pre-pad (k-s)//s = \(d.convT2.padIn) vs crop k-s = \(d.convT2.padOut) "
                        + "with s1 = \(strides[i].s1)); the reference fails with a shape mismatch here. "
                        + "Periodic axes with s1 = 6 (sizes 12·P and 24·P) are not supported; use a non-periodic boundary "
                        + "or another size")
            }
            axes.append(a)
            decoder.append(d)
        }
        self.spatialShape = shape
        self.boundaries = bcs
        self.dimensionality = dims
        self.encoderKey = key
        self.strides = strides
        self.axes = axes
        self.decoder = decoder
    }

    /// Token grid (h, w, d).
    public var tokenGrid: [Int] { axes.map(\.tokens) }
    /// Padded spatial shape (Hp, Wp, Dp): encoder input and decoder output.
    public var paddedShape: [Int] { axes.map(\.paddedSize) }
    /// Legal encoder rolls per axis (nil: that axis never draws).
    public var encoderRollRanges: [ClosedRange<Int>?] { axes.map(\.rollRange) }
    /// Axes whose tokens are rolled before each block when jitter is on (start BC periodic,
    /// singleton padded axes included — their only roll is 0).
    public var periodicAxes: [Int] { (0..<3).filter { boundaries[$0].isPeriodic } }
    /// Legal token roll per axis before each block ([0, n) on periodic axes, nil otherwise or
    /// with jitter off).
    public func blockRollRanges(jitter: WalrusConfig.Jitter) -> [Range<Int>?] {
        (0..<3).map { jitter == .on && boundaries[$0].isPeriodic ? 0..<axes[$0].tokens : nil }
    }
    /// Constant pads in PyTorch `F.pad` order (last axis first): [D lo, D hi, W lo, W hi, H lo, H hi].
    public var constantPaddingsTorchOrder: [Int] { axes.reversed().flatMap { [$0.constantPad, $0.constantPad] } }
    /// Circular pads in PyTorch `F.pad` order.
    public var periodicPaddingsTorchOrder: [Int] { axes.reversed().flatMap { [$0.circularPad, $0.circularPad] } }
}
