#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The floating-point element types the interpreter computes in (`Float`, `Double`), with the
/// elementary functions of the C math library in that type (so `f32` math rounds like C's `expf`).
protocol EvalFloat: BinaryFloatingPoint {
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func sin(_ x: Self) -> Self
    static func cos(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
    /// Wraps an array of this type as tensor storage.
    static func storage(_ values: [Self]) -> TensorStorage
}

extension Float: EvalFloat {
    static func exp(_ x: Float) -> Float { expf(x) }
    static func log(_ x: Float) -> Float { logf(x) }
    static func tanh(_ x: Float) -> Float { tanhf(x) }
    static func sin(_ x: Float) -> Float { sinf(x) }
    static func cos(_ x: Float) -> Float { cosf(x) }
    static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    static func storage(_ values: [Float]) -> TensorStorage { .f32(values) }
}

// File-scope wrappers: inside `extension Double` the names would resolve to the static members.
private func c_exp(_ x: Double) -> Double { exp(x) }
private func c_log(_ x: Double) -> Double { log(x) }
private func c_tanh(_ x: Double) -> Double { tanh(x) }
private func c_sin(_ x: Double) -> Double { sin(x) }
private func c_cos(_ x: Double) -> Double { cos(x) }
private func c_pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }

extension Double: EvalFloat {
    static func exp(_ x: Double) -> Double { c_exp(x) }
    static func log(_ x: Double) -> Double { c_log(x) }
    static func tanh(_ x: Double) -> Double { c_tanh(x) }
    static func sin(_ x: Double) -> Double { c_sin(x) }
    static func cos(_ x: Double) -> Double { c_cos(x) }
    static func pow(_ x: Double, _ y: Double) -> Double { c_pow(x, y) }
    static func storage(_ values: [Double]) -> TensorStorage { .f64(values) }
}

/// The integer element types (`Int32`, `Int64`).
protocol EvalInteger: FixedWidthInteger, SignedInteger {
    static func storage(_ values: [Self]) -> TensorStorage
}

extension Int32: EvalInteger {
    static func storage(_ values: [Int32]) -> TensorStorage { .i32(values) }
}

extension Int64: EvalInteger {
    static func storage(_ values: [Int64]) -> TensorStorage { .i64(values) }
}

extension Eval {
    /// Builds an array of `count` elements from `body(i)`.
    @inline(__always)
    static func build<T>(_ count: Int, _ body: (Int) throws -> T) rethrows -> [T] {
        try [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { (buffer.baseAddress! + i).initialize(to: try body(i)) }
            initialized = count
        }
    }

    /// A float converted to an integer type: truncation toward zero, NaN → 0, saturating at the
    /// type's range (instead of trapping).
    static func integer<I: FixedWidthInteger>(_ d: Double) -> I {
        if d.isNaN { return 0 }
        if d >= Double(I.max) { return I.max }
        if d <= Double(I.min) { return I.min }
        return I(d.rounded(.towardZero))
    }
}
