import Foundation
import Testing
import TuskIR
import TuskTestSupport

/// Every op against values computed by hand (shapes small enough to check on paper). Results
/// that are exact in binary floating point are compared with `==`.
@Suite struct InterpreterOpTests {
    // MARK: Leaves

    @Test func leaves() throws {
        let interp = Interpreter()
        #expect(try interp.evaluate(.fill(2.5), [], type: TensorType(.f32, [2])) == f32([2.5, 2.5], [2]))
        #expect(try interp.evaluate(.fill(-2.7), [], type: TensorType(.i32, [1])) == i32([-2], [1]))
        #expect(try interp.evaluate(.iota(axis: 1, start: 1, step: 0.5), [], type: TensorType(.f32, [2, 3]))
                == f32([1, 1.5, 2, 1, 1.5, 2], [2, 3]))
        #expect(try interp.evaluate(.iota(axis: 0, start: 1, step: 0.5), [], type: TensorType(.f64, [2, 3]))
                == f64([1, 1, 1, 1.5, 1.5, 1.5], [2, 3]))
        #expect(try interp.evaluate(.iota(axis: 0, start: 0, step: 1), [], type: TensorType(.i64, [3]))
                == i64([0, 1, 2], [3]))
        #expect(try interp.evaluate(.literal([1, 2, 3, 4]), [], type: TensorType(.i32, [2, 2])) == i32([1, 2, 3, 4], [2, 2]))
        #expect(try interp.evaluate(.literal([0, 3]), [], type: TensorType(.bool, [2])) == bools([false, true], [2]))
        // float64 precision: f32 leaves become f64.
        #expect(try Interpreter(precision: .float64).evaluate(.fill(0.1), [], type: TensorType(.f32, [1])) == f64([0.1], [1]))
    }

    // MARK: Elementwise

    @Test func unaryExactValues() throws {
        let x = f32([-1, 0, 2], [3])
        #expect(try apply(.unary(.neg), [x]) == f32([1, 0, -2], [3]))
        #expect(try apply(.unary(.abs), [x]) == f32([1, 0, 2], [3]))
        #expect(try apply(.unary(.sign), [f32([-3, 0, 0.5, -0.0], [4])]) == f32([-1, 0, 1, 0], [4]))
        #expect(try apply(.unary(.sqrt), [f32([4, 0.25], [2])]) == f32([2, 0.5], [2]))
        #expect(try apply(.unary(.rsqrt), [f32([4, 0.25], [2])]) == f32([0.5, 2], [2]))
        #expect(try apply(.unary(.exp), [f32([0], [1])]) == f32([1], [1]))
        #expect(try apply(.unary(.log), [f32([1], [1])]) == f32([0], [1]))
        #expect(try apply(.unary(.tanh), [f32([0], [1])]) == f32([0], [1]))
        #expect(try apply(.unary(.sigmoid), [f32([0], [1])]) == f32([0.5], [1]))
        #expect(try apply(.unary(.silu), [f32([0], [1])]) == f32([0], [1]))
        #expect(try apply(.unary(.sin), [f32([0], [1])]) == f32([0], [1]))
        #expect(try apply(.unary(.cos), [f32([0], [1])]) == f32([1], [1]))
        #expect(try apply(.unary(.logicalNot), [bools([true, false], [2])]) == bools([false, true], [2]))
        #expect(try apply(.unary(.neg), [i32([3, -4], [2])]) == i32([-3, 4], [2]))
        #expect(try apply(.unary(.abs), [i64([3, -4], [2])]) == i64([3, 4], [2]))
        #expect(try apply(.unary(.sign), [i32([3, 0, -4], [3])]) == i32([1, 0, -1], [3]))
        let nan = try apply(.unary(.sign), [f64([.nan], [1])])
        #expect(nan.doubles[0].isNaN)
    }

    @Test func unaryTranscendentalValues() throws {
        // Known closed forms, checked in f64 to 1e-15 relative (a few ulps of libm) and in f32
        // to 2^-22 relative (two f32 ulps: one for libm, one for rounding the input).
        let e = M_E, cases: [(UnaryOp, Double, Double)] = [
            (.exp, 1, e), (.exp, -2, 1 / (e * e)), (.log, e, 1), (.log, 0.5, -M_LN2),
            (.tanh, 1, (e * e - 1) / (e * e + 1)), (.sigmoid, 1, 1 / (1 + 1 / e)),
            (.silu, 2, 2 / (1 + 1 / (e * e))), (.silu, -1, -1 / (1 + e)),
            (.sin, Double.pi / 6, 0.5), (.cos, Double.pi / 3, 0.5), (.sqrt, 2, M_SQRT2), (.rsqrt, 2, M_SQRT1_2),
        ]
        for (u, x, y) in cases {
            assertClose(try apply(.unary(u), [f64([x], [1])]), f64([y], [1]), atol: 0, rtol: 1e-15, "f64 \(u)(\(x))")
            assertClose(try apply(.unary(u), [f32([x], [1])]), f64([y], [1]), atol: 0, rtol: 0x1p-22, "f32 \(u)(\(x))")
        }
    }

    @Test func binaryFloat() throws {
        let a = f32([1, -2, 3], [3]), b = f32([2, 4, -1], [3])
        #expect(try apply(.binary(.add), [a, b]) == f32([3, 2, 2], [3]))
        #expect(try apply(.binary(.sub), [a, b]) == f32([-1, -6, 4], [3]))
        #expect(try apply(.binary(.mul), [a, b]) == f32([2, -8, -3], [3]))
        #expect(try apply(.binary(.div), [a, b]) == f32([0.5, -0.5, -3], [3]))
        #expect(try apply(.binary(.max), [a, b]) == f32([2, 4, 3], [3]))
        #expect(try apply(.binary(.min), [a, b]) == f32([1, -2, -1], [3]))
        #expect(try apply(.binary(.pow), [f32([2, 4, 9], [3]), f32([3, 0.5, 0.5], [3])]) == f32([8, 2, 3], [3]))
        // Broadcasting: [2,1] with [3], and with a scalar.
        #expect(try apply(.binary(.sub), [f64([10, 20], [2, 1]), f64([1, 2, 3], [3])])
                == f64([9, 8, 7, 19, 18, 17], [2, 3]))
        #expect(try apply(.binary(.mul), [f64([2], []), f64([1, 2, 3], [3])]) == f64([2, 4, 6], [3]))
        #expect(try apply(.binary(.div), [f64([1, 2, 3, 4, 5, 6], [2, 1, 3]), f64([1, 2], [2, 1])])
                == f64([1, 2, 3, 0.5, 1, 1.5, 4, 5, 6, 2, 2.5, 3], [2, 2, 3]))
        // max/min propagate NaN.
        #expect(try apply(.binary(.max), [f64([.nan, 1], [2]), f64([0, .nan], [2])]).doubles.allSatisfy(\.isNaN))
        #expect(try apply(.binary(.min), [f64([.nan, 1], [2]), f64([0, .nan], [2])]).doubles.allSatisfy(\.isNaN))
    }

    @Test func binaryInteger() throws {
        let a = i32([7, -7, 7, -7], [4]), b = i32([2, 2, -2, -2], [4])
        #expect(try apply(.binary(.div), [a, b]) == i32([3, -3, -3, 3], [4]))  // truncating
        #expect(try apply(.binary(.add), [a, b]) == i32([9, -5, 5, -9], [4]))
        #expect(try apply(.binary(.sub), [a, b]) == i32([5, -9, 9, -5], [4]))
        #expect(try apply(.binary(.mul), [a, b]) == i32([14, -14, -14, 14], [4]))
        #expect(try apply(.binary(.max), [a, b]) == i32([7, 2, 7, -2], [4]))
        #expect(try apply(.binary(.min), [a, b]) == i32([2, -7, -2, -7], [4]))
        #expect(try apply(.binary(.pow), [i64([2, 3, -2, 0], [4]), i64([10, 0, 3, 0], [4])]) == i64([1024, 1, -8, 1], [4]))
        // Wrap-around on overflow.
        #expect(try apply(.binary(.add), [i32([Double(Int32.max)], [1]), i32([1], [1])]) == i32([Double(Int32.min)], [1]))
        #expect(try apply(.binary(.div), [i64([9], [1]), i64([-4, 4], [2])]) == i64([-2, 2], [2]))
    }

    @Test func compareAllKinds() throws {
        let a = f32([1, 2, 3], [3]), b = f32([2], [1])
        #expect(try apply(.compare(.eq), [a, b]) == bools([false, true, false], [3]))
        #expect(try apply(.compare(.ne), [a, b]) == bools([true, false, true], [3]))
        #expect(try apply(.compare(.lt), [a, b]) == bools([true, false, false], [3]))
        #expect(try apply(.compare(.le), [a, b]) == bools([true, true, false], [3]))
        #expect(try apply(.compare(.gt), [a, b]) == bools([false, false, true], [3]))
        #expect(try apply(.compare(.ge), [a, b]) == bools([false, true, true], [3]))
        // NaN compares unequal to everything.
        let n = f64([.nan], [1]), one = f64([1], [1])
        #expect(try apply(.compare(.eq), [n, n]) == bools([false], [1]))
        #expect(try apply(.compare(.ne), [n, n]) == bools([true], [1]))
        #expect(try apply(.compare(.lt), [n, one]) == bools([false], [1]))
        #expect(try apply(.compare(.ge), [n, one]) == bools([false], [1]))
        // Integers (broadcast [2,1] with [2]) and bools (false < true).
        #expect(try apply(.compare(.lt), [i64([1, 5], [2, 1]), i64([3, 4], [2])]) == bools([true, true, false, false], [2, 2]))
        #expect(try apply(.compare(.gt), [bools([true, false], [2]), bools([false, false], [2])]) == bools([true, false], [2]))
    }

    @Test func selectBroadcasts() throws {
        let cond = bools([true, false], [2, 1])
        #expect(try apply(.select, [cond, f32([1, 2, 3], [3]), f32([0], [])]) == f32([1, 2, 3, 0, 0, 0], [2, 3]))
        #expect(try apply(.select, [bools([false, true, true], [3]), i32([1, 2, 3], [3]), i32([-1, -2, -3], [3])])
                == i32([-1, 2, 3], [3]))
    }

    @Test func casts() throws {
        let x = f32([-2.7, 2.7, 0, 0.5], [4])
        #expect(try apply(.cast(.i32), [x]) == i32([-2, 2, 0, 0], [4]))
        #expect(try apply(.cast(.i64), [x]) == i64([-2, 2, 0, 0], [4]))
        #expect(try apply(.cast(.bool), [x]) == bools([true, true, false, true], [4]))
        #expect(try apply(.cast(.f64), [x]) == TensorData([Double(Float(-2.7)), Double(Float(2.7)), 0, 0.5], shape: [4]))
        #expect(try apply(.cast(.f32), [f64([0.1], [1])]) == TensorData([Float(0.1)], shape: [1]))
        #expect(try apply(.cast(.f32), [bools([true, false], [2])]) == f32([1, 0], [2]))
        #expect(try apply(.cast(.i64), [bools([true, false], [2])]) == i64([1, 0], [2]))
        #expect(try apply(.cast(.bool), [i32([0, -3], [2])]) == bools([false, true], [2]))
        #expect(try apply(.cast(.f32), [i64([-3], [1])]) == f32([-3], [1]))
        // i64 → i32 keeps the low 32 bits; NaN → 0; out of range saturates.
        #expect(try apply(.cast(.i32), [i64([Double(1 << 32 + 5)], [1])]) == i32([5], [1]))
        #expect(try apply(.cast(.i32), [f64([.nan, 1e10, -1e10], [3])]) == i32([0, Double(Int32.max), Double(Int32.min)], [3]))
    }

    // MARK: Reductions

    @Test func reductionsOverSeveralAxes() throws {
        let x = f32((0..<12).map(Double.init), [2, 3, 2])  // x[i,j,k] = 6i + 2j + k; Σ_{i,k} = 8j + 14
        #expect(try apply(.reduce(.sum, axes: [0, 2], keepDims: true), [x]) == f32([14, 22, 30], [1, 3, 1]))
        #expect(try apply(.reduce(.mean, axes: [0, 2], keepDims: true), [x]) == f32([3.5, 5.5, 7.5], [1, 3, 1]))
        #expect(try apply(.reduce(.max, axes: [0, 2], keepDims: false), [x]) == f32([7, 9, 11], [3]))
        #expect(try apply(.reduce(.min, axes: [0, 2], keepDims: false), [x]) == f32([0, 2, 4], [3]))
        #expect(try apply(.reduce(.sum, axes: [1], keepDims: false), [x]) == f32([6, 9, 24, 27], [2, 2]))
        #expect(try apply(.reduce(.sum, axes: [0, 1, 2], keepDims: false), [x]) == f32([66], []))
        #expect(try apply(.reduce(.sum, axes: [], keepDims: false), [x]) == x)
        #expect(try apply(.reduce(.max, axes: [1], keepDims: true), [i32([3, -1, 7, 2], [2, 2])]) == i32([3, 7], [2, 1]))
        #expect(try apply(.reduce(.sum, axes: [0], keepDims: false), [i64([3, -1, 7, 2], [2, 2])]) == i64([10, 1], [2]))
        #expect(try apply(.reduce(.min, axes: [0], keepDims: false), [f32([-5, -6], [2])]) == f32([-6], []))
        #expect(try apply(.reduce(.max, axes: [0], keepDims: false), [f64([1, .nan, 2], [3])]).doubles[0].isNaN)
    }

    @Test func softmaxValues() throws {
        // exp(log k) = k: the result is k / Σk, exact up to exp/log rounding.
        let x = f64([0, log(2.0), log(3.0)], [3])
        assertClose(try apply(.softmax(axis: 0), [x]), f64([1.0 / 6, 2.0 / 6, 3.0 / 6], [3]), atol: 0, rtol: 1e-15, "softmax")
        let y = f64([0, 0, log(3.0), 0], [2, 2])
        assertClose(try apply(.softmax(axis: 0), [y]), f64([0.25, 0.5, 0.75, 0.5], [2, 2]), atol: 0, rtol: 1e-15, "softmax axis 0")
        // Stable: huge logits do not overflow.
        #expect(try apply(.softmax(axis: 1), [f32([1000, 1000, -1000, -1000], [2, 2])]) == f32([0.5, 0.5, 0.5, 0.5], [2, 2]))
    }

    // MARK: Contractions

    @Test func matmulTransposesAndBroadcasts() throws {
        let a = f32([1, 2, 3, 4], [2, 2])
        #expect(try apply(.matmul(transposeA: false, transposeB: false), [a, a]) == f32([7, 10, 15, 22], [2, 2]))
        #expect(try apply(.matmul(transposeA: true, transposeB: false), [a, f32([1, 1], [2, 1])]) == f32([4, 6], [2, 1]))
        // Batch [2] against an unbatched transposed b: [1,2]·[[1,1],[0,1]] = [1,3]; [3,4]·… = [3,7].
        #expect(try apply(.matmul(transposeA: false, transposeB: true), [f32([1, 2, 3, 4], [2, 1, 2]), f32([1, 0, 1, 1], [2, 2])])
                == f32([1, 3, 3, 7], [2, 1, 2]))
        // Batch axes broadcast on both sides: [2,1] × [1,3] → [2,3].
        #expect(try apply(.matmul(transposeA: false, transposeB: false), [f64([2, 3], [2, 1, 1, 1]), f64([1, 10, 100], [1, 3, 1, 1])])
                == f64([2, 20, 200, 3, 30, 300], [2, 3, 1, 1]))
        // Both transposed: (aᵀ)(bᵀ) = (b a)ᵀ.
        let b = f32([0, 1, 1, 0, 2, 1], [3, 2])  // bᵀ is [2,3]
        let ab = try apply(.matmul(transposeA: true, transposeB: true), [f32([1, 2, 3, 4], [2, 2]), b])
        // aᵀ = [[1,3],[2,4]], bᵀ = [[0,1,2],[1,0,1]] → [[3,1,5],[4,2,8]]
        #expect(ab == f32([3, 1, 5, 4, 2, 8], [2, 3]))
        #expect(try apply(.matmul(transposeA: false, transposeB: false), [i32([1, 2], [1, 2]), i32([3, 4], [2, 1])]) == i32([11], [1, 1]))
    }

    @Test func conv1DStride2Padded() throws {
        // xpad = [0,1,2,3,4,5,0]; windows at 0,2,4 with w = [1,0,-1]: 0−2, 2−4, 4−0.
        let y = try apply(.conv(ConvAttributes(strides: [2], padLow: [1], padHigh: [1])),
                          [f32([1, 2, 3, 4, 5], [1, 1, 5]), f32([1, 0, -1], [1, 1, 3])])
        #expect(y == f32([-2, -2, 4], [1, 1, 3]))
    }

    @Test func conv1DChannels() throws {
        // x: ch0 [1,2,3], ch1 [10,20,30]; w[0] = ([1,1],[1,−1]), w[1] = ([0,2],[1,0]).
        let y = try apply(.conv(ConvAttributes(strides: [1])),
                          [f32([1, 2, 3, 10, 20, 30], [1, 2, 3]), f32([1, 1, 1, -1, 0, 2, 1, 0], [2, 2, 2])])
        #expect(y == f32([-7, -5, 14, 26], [1, 2, 2]))
    }

    @Test func conv2D() throws {
        // 3×3 input 1…9, 2×2 kernel [[1,0],[0,1]] (trace of each window), stride (1,2).
        let y = try apply(.conv(ConvAttributes(strides: [1, 2])),
                          [f32((1...9).map(Double.init), [1, 1, 3, 3]), f32([1, 0, 0, 1], [1, 1, 2, 2])])
        #expect(y == f32([1 + 5, 4 + 8], [1, 1, 2, 1]))
    }

    @Test func convTransposeStride2Cropped() throws {
        // full[2z + j] += x[z]·w[j]: [1, 10, 100+2, 20, 200+3, 30, 300]; crop 1 low, 2 high.
        let x = f32([1, 2, 3], [1, 1, 3]), w = f32([1, 10, 100], [1, 1, 3])
        let y = try apply(.convTranspose(ConvAttributes(strides: [2], padLow: [1], padHigh: [2])), [x, w])
        #expect(y == f32([10, 102, 20, 203], [1, 1, 4]))
        // Negative padHigh appends a zero cell (PyTorch's output_padding).
        let z = try apply(.convTranspose(ConvAttributes(strides: [2], padLow: [0], padHigh: [-1])), [x, w])
        #expect(z == f32([1, 10, 102, 20, 203, 30, 300, 0], [1, 1, 8]))
        // Channels: Cin 2 → Cout 1 sums over input channels; weight layout [Cin, Cout, k].
        let c = try apply(.convTranspose(ConvAttributes(strides: [1])),
                          [f32([1, 2, 3, 4], [1, 2, 2]), f32([1, 1, 10, 0], [2, 1, 2])])
        // ch0: [1, 1+2, 2] ; ch1 ×10 at j=0: [30, 40, 0] → [31, 43, 2]
        #expect(c == f32([31, 43, 2], [1, 1, 3]))
    }

    @Test func convFilterGradientValues() throws {
        // dw[j] = Σ_z dy[z]·x[2z + j]: j0 = 1·1 + 10·3, j1 = 1·2 + 10·4.
        let x = f32([1, 2, 3, 4], [1, 1, 4]), dy = f32([1, 10], [1, 1, 2])
        #expect(try apply(.convFilterGradient(ConvAttributes(strides: [2]), kernel: [2]), [x, dy]) == f32([31, 42], [1, 1, 2]))
        // Padded: xpad = [0,1,2,3,4,0], kernel 3, windows at 0 and 2.
        let p = try apply(.convFilterGradient(ConvAttributes(strides: [2], padLow: [1], padHigh: [1]), kernel: [3]), [x, dy])
        #expect(p == f32([20, 31, 42], [1, 1, 3]))
        // Batch 2, Cin 1, Cout 2: dw sums over the batch.
        let xb = f32([1, 2, 3, 4], [2, 1, 2]), dyb = f32([1, 0, 0, 1], [2, 2, 1])
        // k = 2, stride 1 → one output position. dw[0] = 1·x0 + 0·x1 = [1,2]; dw[1] = [3,4].
        #expect(try apply(.convFilterGradient(ConvAttributes(strides: [1]), kernel: [2]), [xb, dyb]) == f32([1, 2, 3, 4], [2, 1, 2]))
    }

    // MARK: Movement

    @Test func reshapePermuteBroadcast() throws {
        let x = i64([0, 1, 2, 3, 4, 5], [2, 3])
        #expect(try apply(.reshape([3, 2]), [x]) == i64([0, 1, 2, 3, 4, 5], [3, 2]))
        #expect(try apply(.permute([1, 0]), [x]) == i64([0, 3, 1, 4, 2, 5], [3, 2]))
        let y = f32((0..<24).map(Double.init), [2, 3, 4])
        let p = try apply(.permute([2, 0, 1]), [y])  // p[k,i,j] = y[i,j,k] = 12i + 4j + k
        #expect(p.shape == [4, 2, 3])
        let p112: Double = p.doubles[11]  // p[1,1,2] = y[1,2,1]
        #expect(p112 == 21)
        #expect(try apply(.broadcast([2, 3]), [f32([1, 2, 3], [3])]) == f32([1, 2, 3, 1, 2, 3], [2, 3]))
        #expect(try apply(.broadcast([2, 3]), [f32([1, 2], [2, 1])]) == f32([1, 1, 1, 2, 2, 2], [2, 3]))
        #expect(try apply(.broadcast([2, 2]), [bools([true], [])]) == bools([true, true, true, true], [2, 2]))
    }

    @Test func sliceWithStrides() throws {
        #expect(try apply(.slice(start: [0], limit: [5], stride: [2]), [f32([0, 1, 2, 3, 4], [5])]) == f32([0, 2, 4], [3]))
        #expect(try apply(.slice(start: [1], limit: [5], stride: [3]), [f32([0, 1, 2, 3, 4], [5])]) == f32([1, 4], [2]))
        let x = i32((0..<12).map(Double.init), [3, 4])
        #expect(try apply(.slice(start: [1, 1], limit: [3, 4], stride: [1, 2]), [x]) == i32([5, 7, 9, 11], [2, 2]))
    }

    @Test func concatAlongAxes() throws {
        let a = f32([1, 2], [2, 1]), b = f32([3, 4, 5, 6], [2, 2])
        #expect(try apply(.concat(axis: 1), [a, b]) == f32([1, 3, 4, 2, 5, 6], [2, 3]))
        #expect(try apply(.concat(axis: 0), [b, b]) == f32([3, 4, 5, 6, 3, 4, 5, 6], [4, 2]))
        #expect(try apply(.concat(axis: 0), [bools([true], [1]), bools([false, true], [2])]) == bools([true, false, true], [3]))
    }

    @Test func padConstantAndCircular() throws {
        #expect(try apply(.pad(low: [1], high: [2], mode: .constant(9)), [f32([1, 2], [2])]) == f32([9, 1, 2, 9, 9], [5]))
        // torch circular: out[j] = x[(j − low) mod n].
        #expect(try apply(.pad(low: [2], high: [1], mode: .circular), [f32([1, 2, 3], [3])]) == f32([2, 3, 1, 2, 3, 1], [6]))
        #expect(try apply(.pad(low: [1, 0], high: [0, 1], mode: .circular), [i32([1, 2, 3, 4], [2, 2])])
                == i32([3, 4, 3, 1, 2, 1, 3, 4, 3], [3, 3]))
        #expect(try apply(.pad(low: [0, 1], high: [1, 0], mode: .constant(-1)), [i64([1, 2], [1, 2])])
                == i64([-1, 1, 2, -1, -1, -1], [2, 3]))
    }

    @Test func rollPositiveAndNegative() throws {
        let x = f32([1, 2, 3, 4, 5], [5])
        #expect(try apply(.roll([-2]), [x]) == f32([3, 4, 5, 1, 2], [5]))
        #expect(try apply(.roll([2]), [x]) == f32([4, 5, 1, 2, 3], [5]))
        #expect(try apply(.roll([7]), [x]) == f32([4, 5, 1, 2, 3], [5]))
        #expect(try apply(.roll([1, 1]), [i32([1, 2, 3, 4, 5, 6], [2, 3])]) == i32([6, 4, 5, 3, 1, 2], [2, 3]))
    }

    /// `dynamicRoll` equals `roll` with the same shifts on the rolled axes (0 elsewhere), for
    /// negative, zero and larger-than-the-axis shifts in i32 and i64.
    @Test func dynamicRollMatchesStaticRoll() throws {
        let x = f32((0..<24).map(Double.init), [2, 3, 4])
        for shifts in [[1, -2], [0, 0], [-7, 9], [5, -13], [-1, 4]] {
            let expected = try apply(.roll([0] + shifts), [x])
            #expect(try apply(.dynamicRoll(axes: [1, 2]), [x, i32(shifts.map(Double.init), [2])]) == expected, "\(shifts)")
            #expect(try apply(.dynamicRoll(axes: [1, 2]), [x, i64(shifts.map(Double.init), [2])]) == expected, "\(shifts)")
        }
        #expect(try apply(.dynamicRoll(axes: [0]), [x, i32([3], [1])]) == apply(.roll([1, 0, 0]), [x]))
        #expect(try apply(.dynamicRoll(axes: []), [x, i32([], [0])]) == x)
        // The extreme i64 shifts reduce mod n without overflow.
        let big = TensorData(shape: [1], storage: .i64([Int64.min + 1]))
        #expect(try apply(.dynamicRoll(axes: [2]), [x, big]) == apply(.roll([0, 0, Int((Int64.min + 1) % 4)]), [x]))
    }

    /// The shape rule checks the shifts operand (integer dtype, one per rolled axis) and the axes,
    /// and a builder error names the op and the source line.
    @Test func dynamicRollShapeErrors() throws {
        let t = TensorType(.f32, [2, 3])
        #expect(try Op.dynamicRoll(axes: [0, 1]).resultType([t, TensorType(.i32, [2])]) == t)
        for (axes, shifts, message) in [([0, 1], TensorType(.f32, [2]), "shifts must be i32 or i64"),
                                        ([0, 1], TensorType(.i32, [3]), "a vector of 2"),
                                        ([0], TensorType(.i64, [1, 1]), "a vector of 1"),
                                        ([1, 0], TensorType(.i32, [2]), "sorted and distinct"),
                                        ([2], TensorType(.i32, [1]), "out of range")] {
            #expect(throws: TuskError.self, "\(axes) \(shifts)") { try Op.dynamicRoll(axes: axes).resultType([t, shifts]) }
            do {
                _ = try Op.dynamicRoll(axes: axes).resultType([t, shifts])
            } catch {
                #expect("\(error)".contains(message), "\(error)")
                #expect("\(error)".contains("dynamic_roll"), "\(error)")
            }
        }
        do {
            _ = try Graph.trace("bad") { b in [("y", b.input("x", [2, 3]).roll(b.input("s", [3], .i32), axes: [0, 1]))] }
            Issue.record("expected a shape error")
        } catch {
            #expect("\(error)".contains("InterpreterOpTests.swift"), "\(error)")
        }
    }

    @Test func gatherWithMatrixIndices() throws {
        let data = f32([1, 2, 3, 4, 5, 6], [3, 2])
        #expect(try apply(.gather(axis: 0), [data, i64([2, 0, 1, 1], [2, 2])])
                == f32([5, 6, 1, 2, 3, 4, 3, 4], [2, 2, 2]))
        #expect(try apply(.gather(axis: 1), [f32([1, 2, 3, 4, 5, 6], [2, 3]), i32([2, 0], [2])]) == f32([3, 1, 6, 4], [2, 2]))
        #expect(try apply(.gather(axis: 0), [data, i32([1], [])]) == f32([3, 4], [2]))
    }

    @Test func scatterAddSumsRepeatedIndices() throws {
        #expect(try apply(.scatterAdd(axis: 0, size: 3), [f32([1, 2, 3, 4], [4]), i64([0, 2, 0, 2], [4])]) == f32([4, 0, 6], [3]))
        #expect(try apply(.scatterAdd(axis: 1, size: 2), [f64([1, 2, 3, 4, 5, 6], [2, 3]), i32([1, 1, 0], [3])])
                == f64([3, 3, 6, 9], [2, 2]))
        #expect(try apply(.scatterAdd(axis: 0, size: 2), [i32([1, 2, 3, 4], [2, 2]), i32([1, 1, 1, 0], [2, 2])])
                == i32([4, 6], [2]))
    }
}
