/// The static type of an SSA value: element type and shape (row-major, outermost first).
///
/// Tusk graphs are specialized to static shapes (DESIGN.md, principle 6); a rank-0 shape `[]`
/// is a scalar.
public struct TensorType: Hashable, Sendable, CustomStringConvertible {
    public var dtype: DType
    public var shape: [Int]

    public init(_ dtype: DType, _ shape: [Int]) {
        self.dtype = dtype
        self.shape = shape
    }

    public var rank: Int { shape.count }
    /// Number of elements (1 for a scalar).
    public var elementCount: Int { shape.reduce(1, *) }
    /// Bytes of a dense row-major buffer of this type.
    public var byteCount: Int { elementCount * dtype.byteSize }

    /// Row-major strides, in elements.
    public var strides: [Int] { TensorType.rowMajorStrides(shape) }

    public static func rowMajorStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = acc
            acc *= shape[axis]
        }
        return strides
    }

    /// `f32[2,3]` — the spelling used by the text format and in error messages.
    public var description: String { "\(dtype)[\(shape.map(String.init).joined(separator: ","))]" }

    public func with(dtype: DType) -> TensorType { TensorType(dtype, shape) }
    public func with(shape: [Int]) -> TensorType { TensorType(dtype, shape) }
}
