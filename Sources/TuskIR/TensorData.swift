/// Typed element storage of a concrete tensor.
public enum TensorStorage: Hashable, Sendable {
    case f32([Float])
    case f64([Double])
    case i32([Int32])
    case i64([Int64])
    case bool([Bool])

    public var dtype: DType {
        switch self {
        case .f32: .f32
        case .f64: .f64
        case .i32: .i32
        case .i64: .i64
        case .bool: .bool
        }
    }

    public var count: Int {
        switch self {
        case .f32(let a): a.count
        case .f64(let a): a.count
        case .i32(let a): a.count
        case .i64(let a): a.count
        case .bool(let a): a.count
        }
    }
}

/// A concrete, dense, row-major tensor on the host: what graphs take as inputs and give as
/// outputs, what safetensors files hold, and what the reference interpreter computes with.
public struct TensorData: Hashable, Sendable {
    public private(set) var shape: [Int]
    public private(set) var storage: TensorStorage

    /// Wraps storage; the element count must match the shape.
    public init(shape: [Int], storage: TensorStorage) {
        precondition(shape.reduce(1, *) == storage.count,
                     "TensorData: \(storage.count) elements for shape \(shape)")
        self.shape = shape
        self.storage = storage
    }

    /// Converts `values` to `dtype` (ints truncate toward zero, bool tests `!= 0`).
    public init(shape: [Int], values: [Double], dtype: DType) {
        switch dtype {
        case .f32: self.init(shape: shape, storage: .f32(values.map { Float($0) }))
        case .f64: self.init(shape: shape, storage: .f64(values))
        case .i32: self.init(shape: shape, storage: .i32(values.map { Int32($0) }))
        case .i64: self.init(shape: shape, storage: .i64(values.map { Int64($0) }))
        case .bool: self.init(shape: shape, storage: .bool(values.map { $0 != 0 }))
        }
    }

    /// A tensor of `type` with every element equal to `value`.
    public init(repeating value: Double, _ type: TensorType) {
        self.init(shape: type.shape, values: [Double](repeating: value, count: type.elementCount), dtype: type.dtype)
    }

    public init(_ values: [Float], shape: [Int]) { self.init(shape: shape, storage: .f32(values)) }
    public init(_ values: [Double], shape: [Int]) { self.init(shape: shape, storage: .f64(values)) }

    public var dtype: DType { storage.dtype }
    public var type: TensorType { TensorType(dtype, shape) }
    public var elementCount: Int { storage.count }

    /// The elements converted to `Double` (exact for every dtype except i64 beyond 2^53).
    public var doubles: [Double] {
        switch storage {
        case .f32(let a): a.map(Double.init)
        case .f64(let a): a
        case .i32(let a): a.map(Double.init)
        case .i64(let a): a.map(Double.init)
        case .bool(let a): a.map { $0 ? 1 : 0 }
        }
    }

    /// The elements converted to `Float`.
    public var floats: [Float] {
        if case .f32(let a) = storage { return a }
        return doubles.map { Float($0) }
    }

    /// The same elements as `dtype`.
    public func converted(to dtype: DType) -> TensorData {
        dtype == self.dtype ? self : TensorData(shape: shape, values: doubles, dtype: dtype)
    }

    /// Same elements, new shape with the same element count.
    public func reshaped(_ newShape: [Int]) -> TensorData {
        TensorData(shape: newShape, storage: storage)
    }
}
