import TuskIR

/// A reduction planned at compile time: the operand's axes merged into alternating kept and
/// reduced groups (size-1 axes dropped).
struct ReducePlan: Sendable {
    enum Shape: Sendable {
        /// `[outer, r]`: each output reduces a contiguous run (the inner-axis fast path).
        case inner(outer: Int, r: Int)
        /// `[outer, r, inner]`: each output row accumulates `r` contiguous rows of length `inner`.
        case middle(outer: Int, r: Int, inner: Int)
        /// Anything else: walk the operand in order, output offsets from `layout` (operand 1).
        case general(BroadcastLayout)
    }
    let shape: Shape
    let inCount: Int
    let outCount: Int
    /// Elements reduced into each output.
    let reduced: Int

    init(inShape: [Int], axes: [Int]) {
        inCount = inShape.reduce(1, *)
        reduced = axes.reduce(1) { $0 * inShape[$1] }
        outCount = reduced == 0 ? inShape.enumerated().filter { !axes.contains($0.offset) }.reduce(1) { $0 * $1.element } : inCount / max(reduced, 1)
        var groups: [(size: Int, reduced: Bool)] = []
        for (d, n) in inShape.enumerated() where n != 1 {
            let r = axes.contains(d)
            if let last = groups.last, last.reduced == r {
                groups[groups.count - 1].size *= n
            } else {
                groups.append((n, r))
            }
        }
        let pattern = groups.map(\.reduced)
        if pattern == [] {
            shape = .inner(outer: outCount, r: 1)
        } else if pattern == [true] {
            shape = .inner(outer: 1, r: groups[0].size)
        } else if pattern == [false, true] {
            shape = .inner(outer: groups[0].size, r: groups[1].size)
        } else if pattern == [false] {
            shape = .inner(outer: groups[0].size, r: 1)
        } else if pattern == [true, false] {
            shape = .middle(outer: 1, r: groups[0].size, inner: groups[1].size)
        } else if pattern == [false, true, false] {
            shape = .middle(outer: groups[0].size, r: groups[1].size, inner: groups[2].size)
        } else {
            // Output strides over the operand's axes: 0 on reduced axes.
            let outShape = inShape.enumerated().map { axes.contains($0.offset) ? 1 : $0.element }
            let layout = BroadcastLayout(outShape: inShape, operandShapes: [inShape, outShape])
            shape = .general(layout)
        }
    }
}

/// How a reduction combines and finishes.
protocol ReduceFn {
    associatedtype T
    static var identity: T { get }
    static func combine(_ a: T, _ b: T) -> T
}

extension Fn {
    struct Sum<E: NumericElement>: ReduceFn {
        static var identity: E { E.zeroValue }
        @inline(__always) static func combine(_ a: E, _ b: E) -> E { E.plus(a, b) }
    }
    struct RMax<E: NumericElement>: ReduceFn {
        static var identity: E { E.lowest }
        @inline(__always) static func combine(_ a: E, _ b: E) -> E { E.maximum(a, b) }
    }
    struct RMin<E: NumericElement>: ReduceFn {
        static var identity: E { E.highest }
        @inline(__always) static func combine(_ a: E, _ b: E) -> E { E.minimum(a, b) }
    }
}

extension Kernels {
    /// Reduces `x` into `out` by `plan`. Contiguous runs reduce with 8 independent partial
    /// results in blocks combined pairwise (`reduceRun`), rows of a `[r, inner]` reduction in
    /// blocks combined pairwise (`reduceRows`): float sums err like log n. The general layout
    /// (reduced axes interleaved with kept ones in more than one run) still accumulates its
    /// segments in order.
    static func reduce<F: ReduceFn>(_: F.Type, _ plan: ReducePlan, _ x: UnsafeMutablePointer<F.T>,
                                    _ out: UnsafeMutablePointer<F.T>) {
        let px = SendablePointer(x), po = SendablePointer(out)
        switch plan.shape {
        case let .inner(outer, r):
            parallelFor(outer, work: plan.inCount) { rows in
                for i in rows { po.p[i] = reduceRun(F.self, px.p + i * r, r) }
            }
        case let .middle(outer, r, inner):
            parallelFor(outer, work: plan.inCount) { rows in
                for o in rows { reduceRows(F.self, px.p + o * r * inner, r: r, inner: inner, po.p + o * inner) }
            }
        case let .general(layout):
            for i in 0..<plan.outCount { out[i] = F.identity }
            let so = layout.innerStride(1)
            layout.segments(0..<layout.count) { _, ox, oo, _, n in
                let src = x + ox, dst = out + oo
                if so == 0 {
                    dst[0] = F.combine(dst[0], reduceRun(F.self, src, n))
                } else {
                    for j in 0..<n { dst[j &* so] = F.combine(dst[j &* so], src[j]) }
                }
            }
        }
    }

    /// Terms of a contiguous run reduced by `reduceBlock` (8 partial results); longer runs are
    /// split in halves (at multiples of 8) and the halves combined, so a float sum's error is at
    /// most `(⌈B/8⌉ + 7 + 3 + ⌈log2⌈n/B⌉⌉ + 1)·ε·Σ|x|` — it grows like log n, not n.
    static let pairwiseBlock = 256
    /// Rows of a `[r, inner]` reduction accumulated in order before the pairwise combination.
    static let rowBlock = 16

    /// The reduction of `p[0..<n]`: blocked and pairwise (see `pairwiseBlock`).
    static func reduceRun<F: ReduceFn>(_: F.Type, _ p: UnsafeMutablePointer<F.T>, _ n: Int) -> F.T {
        if n <= pairwiseBlock { return reduceBlock(F.self, p, n) }
        let h = (n / 2 + 7) & ~7
        return F.combine(reduceRun(F.self, p, h), reduceRun(F.self, p + h, n - h))
    }

    /// `out[j] = ⊕_k x[k·inner + j]` for `k < r`: blocks of `rowBlock` rows accumulated in order,
    /// block results combined pairwise by a binary counter (level l holds 2^l blocks), in column
    /// strips of 64 so the levels fit on the stack. A float sum's error is at most
    /// `(rowBlock + 2·⌈log2⌈r/rowBlock⌉⌉ + 1)·ε·Σ|x|`.
    static func reduceRows<F: ReduceFn>(_: F.Type, _ x: UnsafeMutablePointer<F.T>, r: Int, inner: Int,
                                        _ out: UnsafeMutablePointer<F.T>) {
        if r <= rowBlock {
            for j in 0..<inner { out[j] = F.identity }
            for k in 0..<r {
                let src = x + k * inner
                for j in 0..<inner { out[j] = F.combine(out[j], src[j]) }
            }
            return
        }
        let width = 64, maxLevels = 64
        withUnsafeTemporaryAllocation(of: F.T.self, capacity: width * (maxLevels + 1)) { buffer in
            let levels = buffer.baseAddress!, acc = levels + width * maxLevels
            var j0 = 0
            while j0 < inner {
                let w = min(width, inner - j0)
                var count = 0
                var k0 = 0
                while k0 < r {
                    for j in 0..<w { acc[j] = F.identity }
                    for k in k0..<min(k0 + rowBlock, r) {
                        let src = x + k * inner + j0
                        for j in 0..<w { acc[j] = F.combine(acc[j], src[j]) }
                    }
                    var l = 0, c = count
                    while c & 1 == 1 {
                        let level = levels + l * width
                        for j in 0..<w { acc[j] = F.combine(level[j], acc[j]) }
                        c >>= 1
                        l += 1
                    }
                    (levels + l * width).update(from: acc, count: w)
                    count += 1
                    k0 += rowBlock
                }
                for j in 0..<w { acc[j] = F.identity }
                var l = 0, c = count
                while c != 0 {
                    if c & 1 == 1 {
                        let level = levels + l * width
                        for j in 0..<w { acc[j] = F.combine(level[j], acc[j]) }
                    }
                    c >>= 1
                    l += 1
                }
                (out + j0).update(from: acc, count: w)
                j0 += w
            }
        }
    }

    @inline(__always)
    static func reduceBlock<F: ReduceFn>(_: F.Type, _ p: UnsafeMutablePointer<F.T>, _ n: Int) -> F.T {
        var a0 = F.identity, a1 = F.identity, a2 = F.identity, a3 = F.identity
        var a4 = F.identity, a5 = F.identity, a6 = F.identity, a7 = F.identity
        var i = 0
        while i + 8 <= n {
            a0 = F.combine(a0, p[i]); a1 = F.combine(a1, p[i + 1])
            a2 = F.combine(a2, p[i + 2]); a3 = F.combine(a3, p[i + 3])
            a4 = F.combine(a4, p[i + 4]); a5 = F.combine(a5, p[i + 5])
            a6 = F.combine(a6, p[i + 6]); a7 = F.combine(a7, p[i + 7])
            i += 8
        }
        while i < n { a0 = F.combine(a0, p[i]); i += 1 }
        return F.combine(F.combine(F.combine(a0, a1), F.combine(a2, a3)), F.combine(F.combine(a4, a5), F.combine(a6, a7)))
    }

    /// `out *= scale` (the `mean` finish).
    static func scale<T: FloatElement>(_ out: UnsafeMutablePointer<T>, count: Int, by s: T) {
        for i in 0..<count { out[i] = out[i] * s }
    }

    /// Numerically stable softmax over `[outer, length, inner]` (`inner == 1` is the last-axis
    /// fast path): subtract the max, exponentiate, divide by the sum.
    static func softmax<T: FloatElement>(_ x: UnsafeMutablePointer<T>, _ out: UnsafeMutablePointer<T>,
                                         outer: Int, length: Int, inner: Int) {
        let px = SendablePointer(x), po = SendablePointer(out)
        let total = outer * length * inner
        if inner == 1, T.self == Float.self {
            let fx = SendablePointer(UnsafeMutableRawPointer(x).assumingMemoryBound(to: Float.self))
            let fo = SendablePointer(UnsafeMutableRawPointer(out).assumingMemoryBound(to: Float.self))
            parallelFor(outer, work: total * 2) { rows in
                for row in rows { softmaxRow(fx.p + row * length, fo.p + row * length, length) }
            }
            return
        }
        if inner == 1 {
            parallelFor(outer, work: total * 8) { rows in
                for row in rows {
                    let src = px.p + row * length, dst = po.p + row * length
                    let m = reduceRun(Fn.RMax<T>.self, src, length)
                    for j in 0..<length { dst[j] = T.fexp(src[j] - m) }
                    let s = reduceRun(Fn.Sum<T>.self, dst, length)
                    for j in 0..<length { dst[j] = dst[j] / s }
                }
            }
            return
        }
        parallelFor(outer, work: total * 8) { rows in
            var m = [T](repeating: 0, count: inner), s = [T](repeating: 0, count: inner)
            for o in rows {
                let src = px.p + o * length * inner, dst = po.p + o * length * inner
                for j in 0..<inner { m[j] = T.lowest; s[j] = 0 }
                for l in 0..<length { for j in 0..<inner { m[j] = T.maximum(m[j], src[l * inner + j]) } }
                for l in 0..<length {
                    for j in 0..<inner {
                        let e = T.fexp(src[l * inner + j] - m[j])
                        dst[l * inner + j] = e
                        s[j] += e
                    }
                }
                for l in 0..<length { for j in 0..<inner { dst[l * inner + j] = dst[l * inner + j] / s[j] } }
            }
        }
    }
}

extension Kernels {
    /// One f32 softmax row: max, then `e = exp(x − max)` and its sum in one pass (8 lanes at a
    /// time, `expNonPositive`), then `e · (1/sum)`. Differs from the interpreter's
    /// `exp(x − max) / sum` by a few ulps (the polynomial exp, the reciprocal, the lane-wise sum).
    @inline(__always)
    static func softmaxRow(_ src: UnsafeMutablePointer<Float>, _ dst: UnsafeMutablePointer<Float>, _ length: Int) {
        if length == 0 { return }
        // Max, NaN-propagating like `Float.maximum` (a NaN row gives a NaN row).
        var vm = SIMD8<Float>(repeating: -.infinity)
        var sawNaN = false
        var j = 0
        while j + 8 <= length {
            let v = UnsafeRawPointer(src + j).loadUnaligned(as: SIMD8<Float>.self)
            sawNaN = sawNaN || any(v .!= v)
            vm = pointwiseMax(vm, v)
            j += 8
        }
        var m = vm.max()
        while j < length { m = Float.maximum(m, src[j]); j += 1 }
        if sawNaN { m = .nan }
        // Exponentials and their sum.
        let vmax = SIMD8<Float>(repeating: m)
        var vs = SIMD8<Float>(repeating: 0)
        j = 0
        while j + 8 <= length {
            let v = UnsafeRawPointer(src + j).loadUnaligned(as: SIMD8<Float>.self)
            let e = expNonPositive(v - vmax)
            UnsafeMutableRawPointer(dst + j).storeBytes(of: e, as: SIMD8<Float>.self)
            vs += e
            j += 8
        }
        var s = vs.sum()
        while j < length {
            let e = expNonPositive(SIMD8<Float>(repeating: src[j] - m))[0]
            dst[j] = e
            s += e
            j += 1
        }
        let r = 1 / s
        let vr = SIMD8<Float>(repeating: r)
        j = 0
        while j + 8 <= length {
            let e = UnsafeRawPointer(dst + j).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(dst + j).storeBytes(of: e * vr, as: SIMD8<Float>.self)
            j += 8
        }
        while j < length { dst[j] *= r; j += 1 }
    }

    /// `exp(x)` for `x ≤ 0` (the softmax argument `x − max`), 8 lanes: Cody–Waite reduction
    /// `x = n·ln2 + r` (|r| ≤ ln2/2) and the Cephes `expf` polynomial, scaled by `2ⁿ` through the
    /// exponent bits. Within ~2 ulp of `expf` for −87.3 ≤ x ≤ 0; 0 below (where `expf` gives at
    /// most a subnormal < 1.2e-38); NaN stays NaN. Never converts a float to an integer (no trap
    /// on NaN): `n` comes from the round-to-nearest "magic number" trick.
    @inline(__always)
    static func expNonPositive(_ x: SIMD8<Float>) -> SIMD8<Float> {
        let magic = SIMD8<Float>(repeating: 12582912)  // 1.5·2²³: adding it rounds to an integer
        let t = x * 1.44269504088896341 + magic
        let n = t - magic
        var r = x - n * 0.693359375
        r = r - n * -2.12194440e-4
        let z = r * r
        var p = SIMD8<Float>(repeating: 1.9875691500e-4)
        p = p * r + 1.3981999507e-3
        p = p * r + 8.3334519073e-3
        p = p * r + 4.1665795894e-2
        p = p * r + 1.6666665459e-1
        p = p * r + 5.0000001201e-1
        p = p * z + r + 1
        // 2ⁿ: the low bits of t's pattern hold n (two's complement, |n| ≤ 2²²); add the bias.
        let tBits = unsafeBitCast(t, to: SIMD8<UInt32>.self), magicBits = unsafeBitCast(magic, to: SIMD8<UInt32>.self)
        let scale = unsafeBitCast((tBits &- magicBits &+ 127) &<< 23, to: SIMD8<Float>.self)
        var result = p * scale
        result.replace(with: 0, where: x .< -87.3)
        return result
    }
}
