import TuskIR

// Elementwise kernels. Each function is a type (`UnaryFn`/`BinaryFn`) rather than a closure so
// that generic specialization inlines it into the loops, which the compiler then vectorizes.

protocol UnaryFn { associatedtype A; associatedtype R; static func apply(_ a: A) -> R }
protocol BinaryFn { associatedtype A; associatedtype R; static func apply(_ a: A, _ b: A) -> R }

enum Fn {
    struct Neg<T: NumericElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { T.negate(a) } }
    struct Abs<T: NumericElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { T.absolute(a) } }
    struct Sign<T: NumericElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { T.signum(a) } }
    struct Exp<T: FloatElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { T.fexp(a) } }
    struct Log<T: FloatElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { T.flog(a) } }
    struct Sqrt<T: FloatElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { T.fsqrt(a) } }
    struct Rsqrt<T: FloatElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { 1 / T.fsqrt(a) } }
    struct Tanh<T: FloatElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { T.ftanh(a) } }
    struct Sigmoid<T: FloatElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { 1 / (1 + T.fexp(-a)) } }
    struct Silu<T: FloatElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { a / (1 + T.fexp(-a)) } }
    struct Sin<T: FloatElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { T.fsin(a) } }
    struct Cos<T: FloatElement>: UnaryFn { @inline(__always) static func apply(_ a: T) -> T { T.fcos(a) } }
    struct Not: UnaryFn { @inline(__always) static func apply(_ a: Bool) -> Bool { !a } }

    struct Add<T: NumericElement>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.plus(a, b) } }
    struct Sub<T: NumericElement>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.minus(a, b) } }
    struct Mul<T: NumericElement>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.times(a, b) } }
    struct Div<T: NumericElement>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.divide(a, b) } }
    struct Max<T: NumericElement>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.maximum(a, b) } }
    struct Min<T: NumericElement>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.minimum(a, b) } }
    struct PowF<T: FloatElement>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> T { T.fpow(a, b) } }
    /// Integer power by squaring, wrapping on overflow; the kernel rejects negative exponents first.
    struct PowI<T: IntElement>: BinaryFn {
        @inline(__always) static func apply(_ a: T, _ b: T) -> T {
            var result: T = 1, base = a, e = b
            while e > 0 {
                if e & 1 == 1 { result = result &* base }
                base = base &* base
                e >>= 1
            }
            return result
        }
    }

    struct Eq<T: Comparable>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a == b } }
    struct Ne<T: Comparable>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a != b } }
    struct Lt<T: Comparable>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a < b } }
    struct Le<T: Comparable>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a <= b } }
    struct Gt<T: Comparable>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a > b } }
    struct Ge<T: Comparable>: BinaryFn { @inline(__always) static func apply(_ a: T, _ b: T) -> Bool { a >= b } }
}

enum Kernels {}

extension Kernels {
    /// `out[i] = F(a[i])` over `count` elements (same shape), split over cores when large.
    static func unary<F: UnaryFn>(_: F.Type, _ a: UnsafeMutablePointer<F.A>, _ out: UnsafeMutablePointer<F.R>,
                                  count: Int, cost: Int = 1) {
        let pa = SendablePointer(a), po = SendablePointer(out)
        parallelFor(count, work: count * cost) { r in
            let a = pa.p, o = po.p
            for i in r { o[i] = F.apply(a[i]) }
        }
    }

    /// `out = F(a, b)` with numpy broadcasting described by `layout`.
    static func binary<F: BinaryFn>(_: F.Type, _ a: UnsafeMutablePointer<F.A>, _ b: UnsafeMutablePointer<F.A>,
                                    _ out: UnsafeMutablePointer<F.R>, layout: BroadcastLayout, cost: Int = 1) {
        let pa = SendablePointer(a), pb = SendablePointer(b), po = SendablePointer(out)
        let sa = layout.innerStride(0), sb = layout.innerStride(1)
        parallelFor(layout.count, work: layout.count * cost) { range in
            layout.segments(range) { oo, oa, ob, _, n in
                let o = po.p + oo, a = pa.p + oa, b = pb.p + ob
                if sa == 1 && sb == 1 {
                    for i in 0..<n { o[i] = F.apply(a[i], b[i]) }
                } else if sa == 1 && sb == 0 {
                    let bv = b[0]
                    for i in 0..<n { o[i] = F.apply(a[i], bv) }
                } else if sa == 0 && sb == 1 {
                    let av = a[0]
                    for i in 0..<n { o[i] = F.apply(av, b[i]) }
                } else {
                    for i in 0..<n { o[i] = F.apply(a[i &* sa], b[i &* sb]) }
                }
            }
        }
    }

    /// `out = cond ? a : b` with broadcasting of all three.
    static func select<T>(_ cond: UnsafeMutablePointer<Bool>, _ a: UnsafeMutablePointer<T>, _ b: UnsafeMutablePointer<T>,
                          _ out: UnsafeMutablePointer<T>, layout: BroadcastLayout) {
        let pc = SendablePointer(cond), pa = SendablePointer(a), pb = SendablePointer(b), po = SendablePointer(out)
        let sc = layout.innerStride(0), sa = layout.innerStride(1), sb = layout.innerStride(2)
        parallelFor(layout.count, work: layout.count) { range in
            layout.segments(range) { oo, oc, oa, ob, n in
                let o = po.p + oo, c = pc.p + oc, a = pa.p + oa, b = pb.p + ob
                for i in 0..<n { o[i] = c[i &* sc] ? a[i &* sa] : b[i &* sb] }
            }
        }
    }

    /// Elementwise conversion (same shape).
    static func convert<S, D>(_ a: UnsafeMutablePointer<S>, _ out: UnsafeMutablePointer<D>, count: Int,
                              _ f: @escaping (S) -> D) {
        let pa = SendablePointer(a), po = SendablePointer(out)
        parallelFor(count, work: count) { r in
            let a = pa.p, o = po.p
            for i in r { o[i] = f(a[i]) }
        }
    }

    /// Fills `count` elements with `value`.
    static func fill<T>(_ out: UnsafeMutablePointer<T>, count: Int, _ value: T) {
        out.update(repeating: value, count: count)
    }
}
