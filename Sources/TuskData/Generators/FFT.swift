import Foundation

/// An in-place iterative radix-2 complex FFT of a fixed power-of-two length (Cooley–Tukey,
/// precomputed twiddles and bit reversal). Forward uses e^{-2πi jk/n}; inverse is unnormalized.
struct FFT: Sendable {
    let n: Int
    private let cosTable: [Double]
    private let sinTable: [Double]
    private let reversed: [Int]

    init(_ n: Int) {
        precondition(n >= 1 && n & (n - 1) == 0, "FFT length must be a power of two, got \(n)")
        self.n = n
        cosTable = (0..<max(1, n / 2)).map { cos(2 * Double.pi * Double($0) / Double(n)) }
        sinTable = (0..<max(1, n / 2)).map { sin(2 * Double.pi * Double($0) / Double(n)) }
        var bits = 0
        while 1 << bits < n { bits += 1 }
        reversed = (0..<n).map { i in
            var r = 0
            for b in 0..<bits where i & (1 << b) != 0 { r |= 1 << (bits - 1 - b) }
            return r
        }
    }

    /// Transforms `re`/`im` (length n) in place; `inverse` flips the exponent's sign.
    func transform(_ re: inout [Double], _ im: inout [Double], inverse: Bool) {
        re.withUnsafeMutableBufferPointer { r in
            im.withUnsafeMutableBufferPointer { i in
                transform(r.baseAddress!, i.baseAddress!, stride: 1, inverse: inverse)
            }
        }
    }

    /// Transforms n elements at `re[k·stride]`, `im[k·stride]` in place.
    func transform(_ re: UnsafeMutablePointer<Double>, _ im: UnsafeMutablePointer<Double>, stride s: Int, inverse: Bool) {
        reversed.withUnsafeBufferPointer { rev in
            for i in 0..<n {
                let j = rev[i]
                if j > i {
                    let a = i * s, b = j * s
                    let tr = re[a]; re[a] = re[b]; re[b] = tr
                    let ti = im[a]; im[a] = im[b]; im[b] = ti
                }
            }
        }
        let sign: Double = inverse ? 1 : -1
        cosTable.withUnsafeBufferPointer { ct in
            sinTable.withUnsafeBufferPointer { st in
                var size = 2
                while size <= n {
                    let half = size / 2, step = n / size
                    var start = 0
                    while start < n {
                        for k in 0..<half {
                            let wr = ct[k * step], wi = sign * st[k * step]
                            let a = (start + k) * s, b = (start + k + half) * s
                            let tr = re[b] * wr - im[b] * wi
                            let ti = re[b] * wi + im[b] * wr
                            re[b] = re[a] - tr; im[b] = im[a] - ti
                            re[a] += tr; im[a] += ti
                        }
                        start += size
                    }
                    size *= 2
                }
            }
        }
    }
}

/// A complex field on a periodic grid (row-major, separate real and imaginary parts).
struct ComplexField: Sendable {
    var re: [Double]
    var im: [Double]

    init(count: Int) { re = [Double](repeating: 0, count: count); im = re }
    init(re: [Double], im: [Double]) { self.re = re; self.im = im }

    static func + (a: ComplexField, b: ComplexField) -> ComplexField {
        var r = a
        for i in r.re.indices { r.re[i] += b.re[i]; r.im[i] += b.im[i] }
        return r
    }

    /// a·x + y for a real scalar a.
    static func axpy(_ a: Double, _ x: ComplexField, _ y: ComplexField) -> ComplexField {
        var r = y
        for i in r.re.indices { r.re[i] += a * x.re[i]; r.im[i] += a * x.im[i] }
        return r
    }

    /// Elementwise product with a real array.
    func scaled(by s: [Double]) -> ComplexField {
        var r = self
        for i in r.re.indices { r.re[i] *= s[i]; r.im[i] *= s[i] }
        return r
    }
}

/// A periodic grid of 1–3 dims with FFTs, wavenumbers and 2/3-rule de-aliasing, for the
/// pseudo-spectral generators.
struct SpectralGrid: Sendable {
    let shape: [Int]
    let count: Int
    private let plans: [FFT]
    /// Wavenumber (2π m / L) along each axis for every grid index.
    let k: [[Double]]
    /// |k|² for every point.
    let k2: [Double]
    /// 1 where every axis' integer mode |m| ≤ n/3, else 0 (the 2/3 rule; drops Nyquist).
    let dealias: [Double]

    init(shape: [Int], lengths: [Double]) {
        self.shape = shape
        count = shape.reduce(1, *)
        plans = shape.map { FFT($0) }
        var k = [[Double]](repeating: [Double](repeating: 0, count: shape.reduce(1, *)), count: shape.count)
        var k2 = [Double](repeating: 0, count: count), mask = [Double](repeating: 1, count: count)
        for p in 0..<count {
            var rem = p
            for d in stride(from: shape.count - 1, through: 0, by: -1) {
                let n = shape[d], i = rem % n
                rem /= n
                let m = i <= n / 2 - 1 ? i : i - n
                let kk = 2 * Double.pi * Double(m) / lengths[d]
                k[d][p] = kk
                k2[p] += kk * kk
                if abs(m) > n / 3 || (n > 1 && m == -n / 2) { mask[p] = 0 }
            }
        }
        self.k = k
        self.k2 = k2
        dealias = mask
    }

    private func transformAll(_ f: inout ComplexField, inverse: Bool) {
        let D = shape.count
        f.re.withUnsafeMutableBufferPointer { rb in
            f.im.withUnsafeMutableBufferPointer { ib in
                let re = rb.baseAddress!, im = ib.baseAddress!
                for axis in 0..<D {
                    let n = shape[axis]
                    if n == 1 { continue }
                    let inner = shape[(axis + 1)...].reduce(1, *)
                    let outer = shape[..<axis].reduce(1, *)
                    for o in 0..<outer {
                        for j in 0..<inner {
                            let base = o * n * inner + j
                            plans[axis].transform(re + base, im + base, stride: inner, inverse: inverse)
                        }
                    }
                }
            }
        }
    }

    /// Forward transform of a real field.
    func forward(_ x: [Double]) -> ComplexField {
        var f = ComplexField(re: x, im: [Double](repeating: 0, count: count))
        transformAll(&f, inverse: false)
        return f
    }

    /// Inverse transform (normalized), real part.
    func inverse(_ f: ComplexField) -> [Double] {
        var g = f
        transformAll(&g, inverse: true)
        let s = 1 / Double(count)
        return g.re.map { $0 * s }
    }

    /// Inverse transforms of two spectra of real fields with one complex FFT: the inverse of
    /// a + i·b has real part ifft(a) and imaginary part ifft(b).
    func inversePair(_ a: ComplexField, _ b: ComplexField) -> ([Double], [Double]) {
        var z = ComplexField(count: count)
        for i in 0..<count { z.re[i] = a.re[i] - b.im[i]; z.im[i] = a.im[i] + b.re[i] }
        transformAll(&z, inverse: true)
        let s = 1 / Double(count)
        return (z.re.map { $0 * s }, z.im.map { $0 * s })
    }

    /// ∂/∂x_axis in spectral space (multiply by i k).
    func derivative(_ f: ComplexField, axis: Int) -> ComplexField {
        var r = ComplexField(count: count)
        let ka = k[axis]
        for i in 0..<count { r.re[i] = -ka[i] * f.im[i]; r.im[i] = ka[i] * f.re[i] }
        return r
    }
}
