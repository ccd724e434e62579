import TuskIR

/// The stride pair of one axis: conv1 stride `s1` (kernel 8), conv2 stride `s2` (kernel 4).
/// The decoder uses them swapped (convT1 stride s2, convT2 stride s1).
public struct StridePair: Hashable, Sendable, CustomStringConvertible {
    public var s1: Int
    public var s2: Int
    public init(_ s1: Int, _ s2: Int) {
        self.s1 = s1
        self.s2 = s2
    }
    /// Effective stride (patch size) s1·s2.
    public var patch: Int { s1 * s2 }
    public var description: String { "(\(s1),\(s2))" }
}

/// Compute-adaptive compression (CSM, spec §3.2): the per-axis stride pairs chosen from the
/// (3-axis, padded) spatial shape, so that every legal resolution gives P tokens per axis
/// (P = 32 with at most two non-singleton axes, 16 with three) with the same fixed kernels.
///
/// Reproduces `choose_kernel_size_deterministic`: key = size // P looked up in `table`; the
/// reference asserts size is 1 or a multiple of P and raises KeyError for other quotients. Tusk
/// turns both into one error that lists the legal sizes for that dimensionality.
public enum StridePolicy {
    /// size // P → (s1, s2), exactly the reference's table.
    public static let table: [Int: StridePair] = [
        0: StridePair(1, 1), 1: StridePair(1, 1), 4: StridePair(2, 2), 8: StridePair(4, 2),
        12: StridePair(6, 2), 16: StridePair(4, 4), 24: StridePair(6, 4), 32: StridePair(8, 4),
    ]

    /// Target tokens per axis: 32 if at most two axes are non-singleton, 16 if three are.
    public static func tokensPerAxis(nonSingletonAxes: Int) -> Int {
        nonSingletonAxes >= 3 ? 16 : 32
    }

    /// The legal non-singleton axis sizes for data with `dimensionality` (1, 2 or 3)
    /// non-singleton axes, ascending: P·{1, 4, 8, 12, 16, 24, 32}. (Size 1 is always legal.)
    public static func legalSizes(dimensionality: Int) -> [Int] {
        let p = tokensPerAxis(nonSingletonAxes: dimensionality)
        return table.keys.filter { $0 > 0 }.sorted().map { $0 * p }
    }

    /// Pads a spatial shape of 1–3 axes with trailing singleton axes to 3 (the model's `dim_pad`).
    public static func padTo3D(_ spatialShape: [Int]) throws -> [Int] {
        guard (1...3).contains(spatialShape.count) else {
            throw TuskError.config(field: "input shape",
                                   message: "Walrus takes 1 to 3 spatial axes, got \(spatialShape.count) (\(spatialShape))")
        }
        if let bad = spatialShape.first(where: { $0 < 1 }) {
            throw TuskError.config(field: "input shape", message: "spatial sizes must be positive, got \(bad) in \(spatialShape)")
        }
        return spatialShape + Array(repeating: 1, count: 3 - spatialShape.count)
    }

    /// The stride pair for each of the 3 (padded) axes of `spatialShape` (1–3 axes, padded with
    /// trailing singleton axes). Singleton axes get (1,1).
    public static func strides(for spatialShape: [Int]) throws -> [StridePair] {
        let shape = try padTo3D(spatialShape)
        let dims = shape.filter { $0 != 1 }.count
        let p = tokensPerAxis(nonSingletonAxes: dims)
        let axisNames = ["H", "W", "D"]
        return try shape.enumerated().map { axis, size in
            if size == 1 { return StridePair(1, 1) }
            guard size % p == 0, let pair = table[size / p], size / p > 0 else {
                let legal = legalSizes(dimensionality: dims).map(String.init).joined(separator: ", ")
                throw TuskError.config(
                    field: "input shape",
                    message: "axis \(axisNames[axis]) has size \(size), which the stride table does not cover for "
                        + "\(dims)-D data (\(p) tokens per axis); legal sizes: 1, \(legal) (shape \(shape))")
            }
            return pair
        }
    }
}
