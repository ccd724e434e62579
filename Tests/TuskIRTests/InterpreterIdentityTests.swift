import Testing
import TuskIR
import TuskTestSupport

/// Consistency identities between ops, on seeded random data in f64. Inner products of a few
/// hundred terms of magnitude ≤ 1 agree to ~1e-15 relative; 1e-12 leaves room for the different
/// summation orders while still catching any wrong index (which changes the result at O(1)).
@Suite struct InterpreterIdentityTests {
    /// One convolution configuration: per spatial axis length, kernel, stride, padLow, padHigh.
    struct ConvCase: CustomStringConvertible, Sendable {
        var length: [Int], kernel: [Int], stride: [Int], padLow: [Int], padHigh: [Int]
        var batch = 2, cin = 3, cout = 2
        var description: String { "L\(length) k\(kernel) s\(stride) pad\(padLow)/\(padHigh)" }
        var attrs: ConvAttributes { ConvAttributes(strides: stride, padLow: padLow, padHigh: padHigh) }
        var outLength: [Int] {
            length.indices.map { (d: Int) -> Int in
                let padded: Int = length[d] + padLow[d] + padHigh[d]
                return (padded - kernel[d]) / stride[d] + 1
            }
        }
    }

    static let convCases: [ConvCase] = [
        ConvCase(length: [7], kernel: [3], stride: [1], padLow: [0], padHigh: [0]),
        ConvCase(length: [9], kernel: [3], stride: [2], padLow: [1], padHigh: [1]),
        ConvCase(length: [10], kernel: [4], stride: [3], padLow: [2], padHigh: [0]),  // remainder 1
        ConvCase(length: [8], kernel: [2], stride: [2], padLow: [0], padHigh: [3]),   // remainder 1
        ConvCase(length: [6, 5], kernel: [3, 2], stride: [2, 1], padLow: [1, 0], padHigh: [0, 1]),
        ConvCase(length: [9, 7], kernel: [4, 3], stride: [3, 2], padLow: [1, 2], padHigh: [2, 0]),
        ConvCase(length: [5, 4, 6], kernel: [2, 3, 2], stride: [2, 1, 3], padLow: [0, 1, 1], padHigh: [1, 1, 0]),
    ]

    @Test(arguments: convCases)
    func convTransposeIsAdjointOfConv(_ c: ConvCase) throws {
        var rng = SeededRandom(seed: 11)
        let x = randomTensor(TensorType(.f64, [c.batch, c.cin] + c.length), using: &rng)
        let w = randomTensor(TensorType(.f64, [c.cout, c.cin] + c.kernel), using: &rng)
        let dy = randomTensor(TensorType(.f64, [c.batch, c.cout] + c.outLength), using: &rng)
        let y = try apply(.conv(c.attrs), [x, w])
        #expect(y.shape == dy.shape)
        // convTranspose with the same weight tensor ([Cin_T, Cout_T] = [Cout, Cin] of the conv) and a
        // padHigh that crops back to the input length; negative where the conv dropped a remainder.
        let outLength = c.outLength
        let padHigh = c.length.indices.map { (d: Int) -> Int in
            let full: Int = (outLength[d] - 1) * c.stride[d] + c.kernel[d]
            return full - c.padLow[d] - c.length[d]
        }
        let dx = try apply(.convTranspose(ConvAttributes(strides: c.stride, padLow: c.padLow, padHigh: padHigh)), [dy, w])
        #expect(dx.shape == x.shape)
        let lhs = dot(y, dy), rhs = dot(x, dx)
        #expect(Swift.abs(lhs - rhs) <= 1e-12 * Swift.max(1, Swift.abs(lhs)), "\(c): ⟨conv x, dy⟩ = \(lhs), ⟨x, convT dy⟩ = \(rhs)")
    }

    @Test(arguments: convCases)
    func convFilterGradientIsDerivativeOfConv(_ c: ConvCase) throws {
        var rng = SeededRandom(seed: 12)
        let x = randomTensor(TensorType(.f64, [c.batch, c.cin] + c.length), using: &rng)
        let w = randomTensor(TensorType(.f64, [c.cout, c.cin] + c.kernel), using: &rng)
        let dy = randomTensor(TensorType(.f64, [c.batch, c.cout] + c.outLength), using: &rng)
        // ⟨conv(x, w), dy⟩ is linear in w, so its derivative dw satisfies ⟨w, dw⟩ = ⟨conv(x, w), dy⟩
        // for every w; two random w check it (a wrong index fails with probability 1).
        let dw = try apply(.convFilterGradient(c.attrs, kernel: c.kernel), [x, dy])
        #expect(dw.shape == w.shape)
        for trial in 0..<2 {
            let v = trial == 0 ? w : randomTensor(w.type, using: &rng)
            let lhs = dot(try apply(.conv(c.attrs), [x, v]), dy), rhs = dot(v, dw)
            #expect(Swift.abs(lhs - rhs) <= 1e-12 * Swift.max(1, Swift.abs(lhs)), "\(c): \(lhs) vs \(rhs)")
        }
        // Unit weights pick single entries: dw[o,c,j] = ⟨conv(x, e_{o,c,j}), dy⟩ exactly.
        for flat in [0, dw.elementCount / 2, dw.elementCount - 1] {
            var e = [Double](repeating: 0, count: w.elementCount)
            e[flat] = 1
            let entry = dot(try apply(.conv(c.attrs), [x, f64(e, w.shape)]), dy)
            #expect(Swift.abs(entry - dw.doubles[flat]) <= 1e-12, "\(c): dw[\(flat)]")
        }
    }

    @Test func swappedFilterGradientIsDerivativeOfConvTranspose() throws {
        var rng = SeededRandom(seed: 13)
        let attrs = ConvAttributes(strides: [2, 1], padLow: [1, 0], padHigh: [0, 1])
        let x = randomTensor(TensorType(.f64, [2, 3, 4, 5]), using: &rng)       // convT input, Cin_T = 3
        let w = randomTensor(TensorType(.f64, [3, 2, 3, 2]), using: &rng)       // [Cin_T, Cout_T, k]
        let y = try apply(.convTranspose(attrs), [x, w])
        let g = randomTensor(y.type, using: &rng)
        let dw = try apply(.convFilterGradient(attrs, kernel: [3, 2]), [g, x])
        #expect(dw.shape == w.shape)
        let v = randomTensor(w.type, using: &rng)
        let lhs = dot(try apply(.convTranspose(attrs), [x, v]), g), rhs = dot(v, dw)
        #expect(Swift.abs(lhs - rhs) <= 1e-12 * Swift.max(1, Swift.abs(lhs)), "\(lhs) vs \(rhs)")
    }

    @Test func conv3DMatchesDirectLoop() throws {
        var rng = SeededRandom(seed: 14)
        let (n, cin, cout) = (2, 2, 3), len = [5, 4, 6], k = [3, 2, 2], s = [2, 1, 2], pl = [1, 0, 1], ph = [1, 1, 0]
        let x = randomTensor(TensorType(.f64, [n, cin] + len), using: &rng)
        let w = randomTensor(TensorType(.f64, [cout, cin] + k), using: &rng)
        let y = try apply(.conv(ConvAttributes(strides: s, padLow: pl, padHigh: ph)), [x, w])
        let out = (0..<3).map { (d: Int) -> Int in
            let padded: Int = len[d] + pl[d] + ph[d]
            return (padded - k[d]) / s[d] + 1
        }
        #expect(y.shape == [n, cout] + out)
        let xs = x.doubles, ws = w.doubles
        func xAt(_ b: Int, _ c: Int, _ p: Int, _ q: Int, _ r: Int) -> Double {
            guard (0..<len[0]).contains(p), (0..<len[1]).contains(q), (0..<len[2]).contains(r) else { return 0 }
            let i: Int = (((b * cin + c) * len[0] + p) * len[1] + q) * len[2] + r
            return xs[i]
        }
        var expected: [Double] = []
        for b in 0..<n { for o in 0..<cout { for z0 in 0..<out[0] { for z1 in 0..<out[1] { for z2 in 0..<out[2] {
            var acc = 0.0
            for c in 0..<cin { for j0 in 0..<k[0] { for j1 in 0..<k[1] { for j2 in 0..<k[2] {
                let wi: Int = (((o * cin + c) * k[0] + j0) * k[1] + j1) * k[2] + j2
                let p: Int = z0 * s[0] + j0 - pl[0], q: Int = z1 * s[1] + j1 - pl[1], r: Int = z2 * s[2] + j2 - pl[2]
                acc += ws[wi] * xAt(b, c, p, q, r)
            } } } }
            expected.append(acc)
        } } } } }
        // Same terms in the same order: equal to rounding (1e-14 relative, two orders above f64 ulp).
        assertClose(y, f64(expected, y.shape), atol: 1e-14, rtol: 0, "3-D conv")
    }

    @Test func matmulMatchesDirectLoop() throws {
        var rng = SeededRandom(seed: 15)
        for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
            let (m, k, n) = (3, 4, 5)
            let a = randomTensor(TensorType(.f64, [2, 1] + (ta ? [k, m] : [m, k])), using: &rng)
            let b = randomTensor(TensorType(.f64, [3] + (tb ? [n, k] : [k, n])), using: &rng)
            let c = try apply(.matmul(transposeA: ta, transposeB: tb), [a, b])
            #expect(c.shape == [2, 3, m, n])
            let av = a.doubles, bv = b.doubles
            var expected: [Double] = []
            for i0 in 0..<2 { for i1 in 0..<3 { for i in 0..<m { for j in 0..<n {
                var acc = 0.0
                for p in 0..<k {
                    let ai: Int = ta ? p * m + i : i * k + p
                    let bi: Int = tb ? j * k + p : p * n + j
                    let x = av[i0 * m * k + ai]
                    let y = bv[i1 * k * n + bi]
                    acc += x * y
                }
                expected.append(acc)
            } } } }
            assertClose(c, f64(expected, c.shape), atol: 1e-14, rtol: 0, "matmul ta=\(ta) tb=\(tb)")
        }
    }

    @Test func scatterAddIsAdjointOfGather() throws {
        var rng = SeededRandom(seed: 16)
        for axis in 0..<3 {
            let data = randomTensor(TensorType(.f64, [3, 4, 5]), using: &rng)
            let idx = randomIndices([2, 3], below: data.shape[axis], dtype: axis == 1 ? .i32 : .i64, using: &rng)
            let gathered = try apply(.gather(axis: axis), [data, idx])
            let u = randomTensor(gathered.type, using: &rng)
            let scattered = try apply(.scatterAdd(axis: axis, size: data.shape[axis]), [u, idx])
            #expect(scattered.shape == data.shape)
            let lhs = dot(gathered, u), rhs = dot(data, scattered)
            #expect(Swift.abs(lhs - rhs) <= 1e-12 * Swift.max(1, Swift.abs(lhs)), "axis \(axis): \(lhs) vs \(rhs)")
        }
    }

    @Test func rollInverseAndAsSliceConcat() throws {
        let x = randomTensor(TensorType(.f32, [3, 4, 5]), seed: 17)
        for shifts in [[1, -2, 3], [-4, 7, 0], [0, 0, -5]] {
            let rolled = try apply(.roll(shifts), [x])
            #expect(try apply(.roll(shifts.map { -$0 }), [rolled]) == x, "\(shifts)")
        }
        // roll by s along an axis of n = concat(x[n−s..<n], x[0..<n−s]).
        let r = try apply(.roll([0, 0, 2]), [x])
        let tail = try apply(.slice(start: [0, 0, 3], limit: [3, 4, 5], stride: [1, 1, 1]), [x])
        let head = try apply(.slice(start: [0, 0, 0], limit: [3, 4, 3], stride: [1, 1, 1]), [x])
        #expect(try apply(.concat(axis: 2), [tail, head]) == r)
    }

    @Test func circularPadAsSliceConcat() throws {
        let x = randomTensor(TensorType(.f64, [2, 5]), seed: 18)
        let p = try apply(.pad(low: [0, 2], high: [0, 3], mode: .circular), [x])
        let low = try apply(.slice(start: [0, 3], limit: [2, 5], stride: [1, 1]), [x])
        let high = try apply(.slice(start: [0, 0], limit: [2, 3], stride: [1, 1]), [x])
        #expect(try apply(.concat(axis: 1), [low, x, high]) == p)
    }

    /// Native f32 results against the float64 oracle. Each output is a sum of ≤ 64 products of
    /// values in [−1, 1], so f32 accumulation error is ≲ 64 · 2^-24 · Σ|terms| ≈ 4e-6 · max|y|;
    /// atol 1e-5 · max|expected| bounds it with margin and would catch any wrong term.
    @Test func nativeF32AgreesWithFloat64Oracle() throws {
        let g = try Graph.trace("block") { b in
            let x = b.input("x", [2, 3, 10])
            let w = b.parameter("w", [4, 3, 4])
            let h = x.conv(w, strides: [2], padLow: [1], padHigh: [1]).silu()   // [2, 4, 5]
            let att = h.matmul(h, transposeB: true).softmax(axis: -1)         // [2, 4, 4]
            return [("y", att.matmul(h).mean(axes: [2]))]
        }
        var rng = SeededRandom(seed: 19)
        let bindings = ["x": randomTensor(TensorType(.f32, [2, 3, 10]), using: &rng),
                        "w": randomTensor(TensorType(.f32, [4, 3, 4]), using: &rng)]
        let native = try #require(try Interpreter().run(g, bindings)["y"])
        let oracle = try #require(try Interpreter(precision: .float64).run(g, bindings)["y"])
        #expect(native.dtype == .f32 && oracle.dtype == .f64)
        assertClose(native, oracle, atol: 1e-5, rtol: 0, "f32 block vs f64 oracle")
        #expect(maxAbsDifference(native, oracle) > 0)  // f32 really rounded
    }
}

@Suite struct NumericsSupportTests {
    @Test func seededRandomIsDeterministic() {
        var a = SeededRandom(seed: 42), b = SeededRandom(seed: 42), c = SeededRandom(seed: 43)
        let xs = (0..<4).map { _ in a.next() }
        #expect(xs == (0..<4).map { _ in b.next() })
        #expect(xs != (0..<4).map { _ in c.next() })
        let t = randomTensor(TensorType(.f32, [100]), seed: 1, range: -2...3)
        #expect(t == randomTensor(TensorType(.f32, [100]), seed: 1, range: -2...3))
        #expect(t.doubles.allSatisfy { (-2...3).contains($0) })
        let idx = randomIndices([50], below: 4, seed: 2)
        #expect(idx.dtype == .i64 && idx.doubles.allSatisfy { (0..<4).contains(Int($0)) })
        #expect(Set(idx.doubles).count == 4)
    }

    @Test func closenessCriterion() {
        let e = f64([1, -100, 0], [3])
        #expect(closenessReport(e, e, atol: 0, rtol: 0) == nil)
        // atol scales with max|expected| = 100: 1e-3 · 100 = 0.1 allowed everywhere.
        #expect(closenessReport(f64([1.09, -100, 0.09], [3]), e, atol: 1e-3, rtol: 0) == nil)
        let report = closenessReport(f64([1.2, -100, 0], [3]), e, atol: 1e-3, rtol: 0)
        #expect(report?.contains("[0]") == true && report?.contains("1.2") == true, "\(report ?? "")")
        // rtol is per element.
        #expect(closenessReport(f64([1, -100.5, 0], [3]), e, atol: 0, rtol: 1e-2) == nil)
        #expect(closenessReport(f64([1.5, -100, 0], [3]), e, atol: 0, rtol: 1e-2) != nil)
        #expect(closenessReport(f64([.nan], [1]), f64([.nan], [1]), atol: 0, rtol: 0) == nil)
        #expect(closenessReport(f64([.nan], [1]), f64([1], [1]), atol: 1, rtol: 1) != nil)
        #expect(closenessReport(f64([1], [1]), f64([1], [1, 1]), atol: 1, rtol: 1) != nil)
        #expect(maxAbsDifference(f32([1, 2], [2]), f64([1, 2.5], [2])) == 0.5)
        #expect(maxAbsDifference(f64([.nan], [1]), f64([0], [1])) == .infinity)
    }
}
