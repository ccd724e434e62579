import TuskIR

/// How a traced Walrus graph gets its jitter rolls.
public enum WalrusRollSource: Hashable, Sendable {
    /// Run-time graph inputs: `rolls.encoder` i32[3] (when some axis of the geometry draws an
    /// encoder roll) and `rolls.blocks` i32[depth, 3] (when some axis is token-rolled), feeding
    /// `dynamic_roll` ops. One compiled graph serves every roll; bind them per run with
    /// `WalrusRolls.bindings(_:config:)`, which checks them. The default.
    case inputs
    /// Trace-time integers baked into static `roll` ops (checked at trace; zero shifts emit no
    /// op). The same model code with constant shifts: for dumps (`tusk dump` traces `.fixed(.zero)`)
    /// and graphs specialized to one roll set.
    case fixed(WalrusRolls)
}

/// The random shifts of one Walrus forward pass with patch jitter on (spec §3.3, §1 step 6),
/// given explicitly so a run is reproducible and can be checked against the reference.
///
/// A graph traced with `WalrusRollSource.inputs` takes them as i32 inputs (`bindings(_:config:)`),
/// so training and rollout draw fresh rolls every step with one compiled graph per geometry, as
/// the official model draws them every forward pass (in training and at inference alike).
public struct WalrusRolls: Hashable, Sendable {
    /// The patch jitterer's `torch.roll` shift per spatial axis (H, W, D) of the constant-padded,
    /// flagged input (before the circular padding). 0 on axes that never draw.
    public var encoder: [Int]
    /// The token-grid roll before each processor block, per axis (H, W, D); non-zero only on
    /// periodic axes. After the last block the grid is rolled back by minus the per-axis sums.
    public var blocks: [[Int]]

    public init(encoder: [Int], blocks: [[Int]]) {
        self.encoder = encoder
        self.blocks = blocks
    }

    /// No rolls (jitter off, or the deterministic choice with jitter on) for `depth` blocks.
    public static func zero(depth: Int) -> WalrusRolls {
        WalrusRolls(encoder: [0, 0, 0], blocks: Array(repeating: [0, 0, 0], count: depth))
    }

    /// Draws rolls from `generator` within the legal ranges of `geometry` (what the reference
    /// draws with torch/numpy RNGs): encoder roll uniform in each axis's `rollRange`, block roll
    /// uniform in [0, tokens) on periodic axes. All zero with jitter off.
    public static func random<G: RandomNumberGenerator>(for geometry: WalrusGeometry, config: WalrusConfig,
                                                        using generator: inout G) -> WalrusRolls {
        let encoder = geometry.encoderRollRanges.map { r in r.map { Int.random(in: $0, using: &generator) } ?? 0 }
        let ranges = geometry.blockRollRanges(jitter: config.jitter)
        let blocks = (0..<config.depth).map { _ in
            ranges.map { r in r.map { Int.random(in: $0, using: &generator) } ?? 0 }
        }
        return WalrusRolls(encoder: encoder, blocks: blocks)
    }

    /// Name of the encoder-roll graph input (i32[3], H W D).
    public static let encoderInputName = "rolls.encoder"
    /// Name of the block-roll graph input (i32[depth, 3]).
    public static let blocksInputName = "rolls.blocks"

    /// The graph inputs of a graph traced with `WalrusRollSource.inputs` for `geometry`, after
    /// checking the rolls against its legal ranges (`check`; a `TuskError.config` naming the axis
    /// and the range). Both inputs are always returned; a geometry without rolls on some axis
    /// makes the graph declare fewer, and binding ignores the rest.
    public func bindings(_ geometry: WalrusGeometry, config: WalrusConfig) throws -> [String: TensorData] {
        try check(geometry, config: config)
        return [Self.encoderInputName: TensorData(shape: [3], values: encoder.map(Double.init), dtype: .i32),
                Self.blocksInputName: TensorData(shape: [blocks.count, 3], values: blocks.flatMap { $0 }.map(Double.init), dtype: .i32)]
    }

    /// `bindings(_:config:)` for the geometry of `spec` (its grid and boundary conditions).
    public func bindings(for spec: WalrusTraceSpec, config: WalrusConfig) throws -> [String: TensorData] {
        guard spec.inputShape.count >= 4 else {
            throw TuskError.config(field: "input shape", message: "expected [T, B, C, H, (W), (D)], got \(spec.inputShape)")
        }
        let geometry = try WalrusGeometry(config: config, spatialShape: Array(spec.inputShape[3...]), boundaries: spec.boundaries)
        return try bindings(geometry, config: config)
    }

    /// Checks the rolls against the legal ranges: one encoder shift per axis inside the axis's
    /// roll range (0 where the axis never draws), one row of 3 per block, non-zero only on
    /// periodic axes with jitter on, inside [0, tokens).
    public func check(_ geometry: WalrusGeometry, config: WalrusConfig) throws {
        let axes = ["H", "W", "D"]
        guard encoder.count == 3 else {
            throw TuskError.config(field: "encoder_rolls", message: "expected 3 shifts (H, W, D), got \(encoder.count)")
        }
        for (i, r) in encoder.enumerated() {
            if let range = geometry.encoderRollRanges[i] {
                guard range.contains(r) else {
                    throw TuskError.config(field: "encoder_rolls",
                                           message: "axis \(axes[i]) roll \(r) is outside the legal range \(range.lowerBound)...\(range.upperBound)")
                }
            } else if r != 0 {
                throw TuskError.config(field: "encoder_rolls",
                                       message: "axis \(axes[i]) never rolls here (jitter \(config.jitter.rawValue), size \(geometry.spatialShape[i]), strides \(geometry.strides[i])), got \(r)")
            }
        }
        guard blocks.count == config.depth else {
            throw TuskError.config(field: "block_rolls", message: "expected \(config.depth) rows (one per block), got \(blocks.count)")
        }
        let ranges = geometry.blockRollRanges(jitter: config.jitter)
        for (b, row) in blocks.enumerated() {
            guard row.count == 3 else {
                throw TuskError.config(field: "block_rolls", message: "block \(b): expected 3 shifts (H, W, D), got \(row.count)")
            }
            for (i, r) in row.enumerated() {
                if let range = ranges[i] {
                    guard range.contains(r) else {
                        throw TuskError.config(field: "block_rolls",
                                               message: "block \(b) axis \(axes[i]) roll \(r) is outside 0..<\(range.upperBound)")
                    }
                } else if r != 0 {
                    throw TuskError.config(field: "block_rolls",
                                           message: "block \(b) axis \(axes[i]) is not rolled (non-periodic or jitter off), got \(r)")
                }
            }
        }
    }
}
