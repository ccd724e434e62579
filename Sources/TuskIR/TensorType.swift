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
    /// Number of elements (1 for a scalar). Every type of a built or verified graph passed
    /// `checkSize`, so this cannot overflow there; for unchecked types use `checkedElementCount`.
    public var elementCount: Int { shape.reduce(1, *) }
    /// Bytes of a dense row-major buffer of this type (see `elementCount` about overflow).
    public var byteCount: Int { elementCount * dtype.byteSize }

    /// Number of elements, or nil when it does not fit in an `Int` (or a size is negative).
    public var checkedElementCount: Int? {
        guard !shape.contains(where: { $0 < 0 }) else { return nil }
        return SizeArithmetic.product(shape)
    }
    /// Bytes of a dense buffer, or nil when the count does not fit in an `Int`.
    public var checkedByteCount: Int? {
        checkedElementCount.flatMap { SizeArithmetic.multiply($0, dtype.byteSize) }
    }

    /// The largest buffer Tusk describes: 2⁶² bytes (4 EiB), so that byte offsets, alignment
    /// and sums of a few buffers stay far from `Int.max`. No machine holds that much memory;
    /// the executable compares real arenas with the machine's memory before allocating.
    public static let maximumByteCount = 1 << 62

    /// Throws `TuskError.shape` naming `op`, the operand types and `location` when a buffer of
    /// this type would have more than `maximumByteCount` bytes (its element or byte count
    /// overflows, or is absurdly large).
    public func checkSize(op: String, operands: [TensorType] = [], location: SourceLocation? = nil) throws {
        guard let bytes = checkedByteCount, bytes <= Self.maximumByteCount else {
            let elements = checkedElementCount.map { "\($0) elements" } ?? "more than \(Int.max) elements"
            throw TuskError.shape(op: op, message: "\(operands.isEmpty ? "type" : "result") \(self) is too large (\(elements) of \(dtype.byteSize) byte(s); the limit is 2^62 bytes)",
                                  operands: operands, location: location)
        }
    }

    /// Row-major strides, in elements.
    public var strides: [Int] { TensorType.rowMajorStrides(shape) }

    public static func rowMajorStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = acc
            acc = acc.multipliedReportingOverflow(by: shape[axis]).partialValue
        }
        return strides
    }

    /// `f32[2,3]` — the spelling used by the text format and in error messages.
    public var description: String { "\(dtype)[\(shape.map(String.init).joined(separator: ","))]" }

    public func with(dtype: DType) -> TensorType { TensorType(dtype, shape) }
    public func with(shape: [Int]) -> TensorType { TensorType(dtype, shape) }
}
