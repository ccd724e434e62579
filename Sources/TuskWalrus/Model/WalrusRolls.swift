import TuskIR

/// The random shifts of one Walrus forward pass with patch jitter on (spec §3.3, §1 step 6),
/// given explicitly so a run is reproducible and can be checked against the reference.
///
/// Tusk specializes a traced graph to its rolls, exactly as it specializes it to its shapes: the
/// rolls are trace-time integers baked into `roll` ops (no data-dependent shapes or gathers in the
/// graph, so every backend runs them at full speed). A training loop that draws new rolls every
/// step re-traces (a few milliseconds for walrus-tiny) or caches compiled graphs keyed by
/// `WalrusRolls` (it is `Hashable`); the encoder roll of a 128-cell open axis has 13 values and a
/// periodic token roll 32, so a cache stays small per resolution.
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
