/// The element type of a tensor value.
///
/// Tusk computes in `f32` (training, inference) and `f64` (the reference oracle and gradient
/// checks); integers carry indices (field-table columns, T5 buckets); `bool` carries masks and
/// comparison results.
public enum DType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case f32, f64, i32, i64, bool

    /// True for `f32` and `f64`.
    public var isFloatingPoint: Bool { self == .f32 || self == .f64 }
    /// True for `i32` and `i64`.
    public var isInteger: Bool { self == .i32 || self == .i64 }
    /// Bytes per element in memory and in safetensors files (`bool` is one byte).
    public var byteSize: Int {
        switch self {
        case .f32, .i32: 4
        case .f64, .i64: 8
        case .bool: 1
        }
    }
    public var description: String { rawValue }
}
