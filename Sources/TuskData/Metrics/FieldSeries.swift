import TuskIR

/// A time series of multi-channel fields on a regular grid, channels last:
/// shape `[T, N1, (N2), (N3), C]`, values row-major (the layout of the_well's
/// `input_fields` / `output_fields` for one sample).
///
/// The first axis is time (or any leading index the metrics keep), the last is the
/// channel axis, and everything between is space. `fieldNames` names the `C` channels
/// (the_well's flattened names, e.g. `velocity_x`).
public struct FieldSeries: Sendable, Equatable {
    /// `[T, N1, …, ND, C]`, with 1 ≤ D ≤ 3.
    public let shape: [Int]
    /// `shape.reduce(1, *)` values in row-major order.
    public var values: [Float]
    /// One name per channel.
    public let fieldNames: [String]

    /// Validates that `values` fits `shape`, that there are 1–3 spatial axes and that
    /// there is one field name per channel.
    public init(shape: [Int], values: [Float], fieldNames: [String]) throws {
        guard shape.count >= 3, shape.count <= 5 else {
            throw TuskError.binding("field series shape \(shape) must be [T, N1, (N2), (N3), C] with 1–3 spatial axes")
        }
        guard shape.allSatisfy({ $0 >= 1 }) else {
            throw TuskError.binding("field series shape \(shape) has an empty axis")
        }
        let count = shape.reduce(1, *)
        guard values.count == count else {
            throw TuskError.binding("field series shape \(shape) needs \(count) values, got \(values.count)")
        }
        guard fieldNames.count == shape[shape.count - 1] else {
            throw TuskError.binding("field series has \(shape[shape.count - 1]) channels but \(fieldNames.count) field names")
        }
        self.shape = shape
        self.values = values
        self.fieldNames = fieldNames
    }

    /// Number of time steps `T`.
    public var steps: Int { shape[0] }
    /// Number of channels `C`.
    public var channels: Int { shape[shape.count - 1] }
    /// The spatial extents `[N1, …, ND]`.
    public var spatialShape: [Int] { Array(shape[1 ..< shape.count - 1]) }
    /// Number of spatial axes `D`.
    public var spatialRank: Int { shape.count - 2 }
    /// Number of grid points of one frame, `N1·…·ND`.
    public var pointsPerFrame: Int { spatialShape.reduce(1, *) }
    /// Number of values of one frame, `points · C`.
    public var frameSize: Int { pointsPerFrame * channels }

    /// Value at time `t`, flat spatial point `point` and channel `c`.
    @inlinable
    public func value(t: Int, point: Int, channel c: Int) -> Float {
        values[(t * pointsPerFrame + point) * channels + c]
    }

    /// The frames `range` (a sub-series with the same grid and fields).
    public func frames(_ range: Range<Int>) throws -> FieldSeries {
        guard range.lowerBound >= 0, range.upperBound <= steps, !range.isEmpty else {
            throw TuskError.binding("frames \(range) out of 0..<\(steps)")
        }
        let lo = range.lowerBound * frameSize, hi = range.upperBound * frameSize
        var newShape = shape
        newShape[0] = range.count
        return try FieldSeries(shape: newShape, values: Array(values[lo ..< hi]), fieldNames: fieldNames)
    }

    /// One channel of frame `t` as a flat row-major array over space.
    public func channel(_ c: Int, at t: Int) -> [Float] {
        let p = pointsPerFrame
        var out = [Float](repeating: 0, count: p)
        for i in 0 ..< p { out[i] = value(t: t, point: i, channel: c) }
        return out
    }
}
