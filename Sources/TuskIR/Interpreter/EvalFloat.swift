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

// MARK: Fast paths for unoptimized builds
//
// Debug builds do not specialize generics: generic code pays a witness-table call for every `+`
// and every `for … in` step, ~50–100 ns per multiply-add. The hot float kernels are therefore
// written once as `@_transparent` generic loops over raw pointers (no closures inside, `while`
// inner loops) and called from closures whose element type is concrete (`Float` or `Double`), so
// the loop is inlined with concrete arithmetic even at -Onone.
extension Eval {
    /// A zeroed result of `count` elements, filled by `body` from pointers to `a`, `b` and the result.
    /// When either operand is empty the zero result is returned without calling `body`.
    static func compute(_ a: [Float], _ b: [Float], count: Int,
                        _ body: (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> Void) -> [Float] {
        var out = [Float](repeating: 0, count: count)
        if count == 0 || a.isEmpty || b.isEmpty { return out }
        out.withUnsafeMutableBufferPointer { o in
            a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in body(pa.baseAddress!, pb.baseAddress!, o.baseAddress!) } }
        }
        return out
    }

    /// `compute` for `Double`.
    static func compute(_ a: [Double], _ b: [Double], count: Int,
                        _ body: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void) -> [Double] {
        var out = [Double](repeating: 0, count: count)
        if count == 0 || a.isEmpty || b.isEmpty { return out }
        out.withUnsafeMutableBufferPointer { o in
            a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in body(pa.baseAddress!, pb.baseAddress!, o.baseAddress!) } }
        }
        return out
    }
}

/// An owned, fixed-size array of `Int` read through a raw pointer (fast in debug builds).
final class IntTable {
    let pointer: UnsafeMutablePointer<Int>
    let count: Int

    init(_ values: [Int]) {
        count = values.count
        pointer = .allocate(capacity: Swift.max(count, 1))
        for (i, v) in values.enumerated() { (pointer + i).initialize(to: v) }
    }

    deinit { pointer.deallocate() }
}
