import CBLAS
import TuskIR
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An element type the BLAS backend stores in its arena (one per `DType`).
protocol Element {
    static var dtype: DType { get }
    /// Converts with the interpreter's conventions (NaN → 0 for integers, saturating; ≠ 0 for bool).
    static func from(_ value: Double) -> Self
    var asDouble: Double { get }
}

/// Elements with arithmetic and an order (everything but `bool`).
protocol NumericElement: Element, Comparable {
    static var zeroValue: Self { get }
    static func plus(_ a: Self, _ b: Self) -> Self
    static func minus(_ a: Self, _ b: Self) -> Self
    static func times(_ a: Self, _ b: Self) -> Self
    /// Division; integers truncate toward zero (the caller rules out division by zero).
    static func divide(_ a: Self, _ b: Self) -> Self
    /// `max`/`min`; floats propagate NaN like the reference interpreter.
    static func maximum(_ a: Self, _ b: Self) -> Self
    static func minimum(_ a: Self, _ b: Self) -> Self
    static func negate(_ a: Self) -> Self
    static func absolute(_ a: Self) -> Self
    static func signum(_ a: Self) -> Self
    /// The identity of `max` (−∞ or the smallest integer) and of `min`.
    static var lowest: Self { get }
    static var highest: Self { get }
}

/// `f32` and `f64`: transcendental functions and the BLAS entry points of that precision.
protocol FloatElement: NumericElement, BinaryFloatingPoint {
    static func fexp(_ x: Self) -> Self
    static func flog(_ x: Self) -> Self
    static func fsqrt(_ x: Self) -> Self
    static func ftanh(_ x: Self) -> Self
    static func fsin(_ x: Self) -> Self
    static func fcos(_ x: Self) -> Self
    static func fpow(_ x: Self, _ y: Self) -> Self
    /// Row-major `C = alpha·op(A)·op(B) + beta·C` through `cblas_sgemm`/`cblas_dgemm`.
    static func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Self,
                     a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
                     beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
}

/// `i32` and `i64`: wrapping arithmetic, as the interpreter defines it.
protocol IntElement: NumericElement, FixedWidthInteger {}

extension Float: FloatElement {
    static var dtype: DType { .f32 }
    static func from(_ value: Double) -> Float { Float(value) }
    var asDouble: Double { Double(self) }
    static var zeroValue: Float { 0 }
    @inline(__always) static func plus(_ a: Float, _ b: Float) -> Float { a + b }
    @inline(__always) static func minus(_ a: Float, _ b: Float) -> Float { a - b }
    @inline(__always) static func times(_ a: Float, _ b: Float) -> Float { a * b }
    @inline(__always) static func divide(_ a: Float, _ b: Float) -> Float { a / b }
    @inline(__always) static func maximum(_ a: Float, _ b: Float) -> Float { a.isNaN || b.isNaN ? .nan : (a > b ? a : b) }
    @inline(__always) static func minimum(_ a: Float, _ b: Float) -> Float { a.isNaN || b.isNaN ? .nan : (a < b ? a : b) }
    @inline(__always) static func negate(_ a: Float) -> Float { -a }
    @inline(__always) static func absolute(_ a: Float) -> Float { Swift.abs(a) }
    @inline(__always) static func signum(_ a: Float) -> Float { a > 0 ? 1 : (a < 0 ? -1 : a) }
    static var lowest: Float { -.infinity }
    static var highest: Float { .infinity }
    @inline(__always) static func fexp(_ x: Float) -> Float { expf(x) }
    @inline(__always) static func flog(_ x: Float) -> Float { logf(x) }
    @inline(__always) static func fsqrt(_ x: Float) -> Float { x.squareRoot() }
    @inline(__always) static func ftanh(_ x: Float) -> Float { tanhf(x) }
    @inline(__always) static func fsin(_ x: Float) -> Float { sinf(x) }
    @inline(__always) static func fcos(_ x: Float) -> Float { cosf(x) }
    @inline(__always) static func fpow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    static func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                     a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                     beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    blasint(m), blasint(n), blasint(k), alpha, a, blasint(lda), b, blasint(ldb), beta, c, blasint(ldc))
    }
}

extension Double: FloatElement {
    static var dtype: DType { .f64 }
    static func from(_ value: Double) -> Double { value }
    var asDouble: Double { self }
    static var zeroValue: Double { 0 }
    @inline(__always) static func plus(_ a: Double, _ b: Double) -> Double { a + b }
    @inline(__always) static func minus(_ a: Double, _ b: Double) -> Double { a - b }
    @inline(__always) static func times(_ a: Double, _ b: Double) -> Double { a * b }
    @inline(__always) static func divide(_ a: Double, _ b: Double) -> Double { a / b }
    @inline(__always) static func maximum(_ a: Double, _ b: Double) -> Double { a.isNaN || b.isNaN ? .nan : (a > b ? a : b) }
    @inline(__always) static func minimum(_ a: Double, _ b: Double) -> Double { a.isNaN || b.isNaN ? .nan : (a < b ? a : b) }
    @inline(__always) static func negate(_ a: Double) -> Double { -a }
    @inline(__always) static func absolute(_ a: Double) -> Double { Swift.abs(a) }
    @inline(__always) static func signum(_ a: Double) -> Double { a > 0 ? 1 : (a < 0 ? -1 : a) }
    static var lowest: Double { -.infinity }
    static var highest: Double { .infinity }
    @inline(__always) static func fexp(_ x: Double) -> Double { exp(x) }
    @inline(__always) static func flog(_ x: Double) -> Double { log(x) }
    @inline(__always) static func fsqrt(_ x: Double) -> Double { x.squareRoot() }
    @inline(__always) static func ftanh(_ x: Double) -> Double { tanh(x) }
    @inline(__always) static func fsin(_ x: Double) -> Double { sin(x) }
    @inline(__always) static func fcos(_ x: Double) -> Double { cos(x) }
    @inline(__always) static func fpow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
    static func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Double,
                     a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                     beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
        cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    blasint(m), blasint(n), blasint(k), alpha, a, blasint(lda), b, blasint(ldb), beta, c, blasint(ldc))
    }
}

extension IntElement {
    static var zeroValue: Self { 0 }
    @inline(__always) static func plus(_ a: Self, _ b: Self) -> Self { a &+ b }
    @inline(__always) static func minus(_ a: Self, _ b: Self) -> Self { a &- b }
    @inline(__always) static func times(_ a: Self, _ b: Self) -> Self { a &* b }
    // `.min / -1` overflows; wrap it like the other integer ops.
    @inline(__always) static func divide(_ a: Self, _ b: Self) -> Self { a.dividedReportingOverflow(by: b).partialValue }
    @inline(__always) static func maximum(_ a: Self, _ b: Self) -> Self { Swift.max(a, b) }
    @inline(__always) static func minimum(_ a: Self, _ b: Self) -> Self { Swift.min(a, b) }
    @inline(__always) static func negate(_ a: Self) -> Self { 0 &- a }
    @inline(__always) static func absolute(_ a: Self) -> Self { a < 0 ? 0 &- a : a }
    @inline(__always) static func signum(_ a: Self) -> Self { a > 0 ? 1 : (a < 0 ? -1 : 0) }
    static var lowest: Self { .min }
    static var highest: Self { .max }
    static func from(_ value: Double) -> Self {
        if value.isNaN { return 0 }
        if value <= Double(Self.min) { return .min }
        if value >= Double(Self.max) { return .max }
        return Self(value)
    }
    var asDouble: Double { Double(self) }
}

extension Int32: IntElement { static var dtype: DType { .i32 } }
extension Int64: IntElement { static var dtype: DType { .i64 } }

extension Bool: Element {
    static var dtype: DType { .bool }
    static func from(_ value: Double) -> Bool { value != 0 }
    var asDouble: Double { self ? 1 : 0 }
}
