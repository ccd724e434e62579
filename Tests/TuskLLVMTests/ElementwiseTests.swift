import Testing
import TuskIR
import TuskLLVM
import TuskTestSupport

/// Elementwise ops, casts, compare, select and the leaves, one kernel each, against the reference
/// interpreter in `.native` precision.
///
/// Tolerance: **exact** (bit-identical, NaN matching NaN). Without FMA contraction the kernels
/// perform the interpreter's operations in the same order in the same dtype; +, −, ×, ÷, sqrt and
/// the conversions are correctly rounded, and exp/log/sin/cos/tanh/pow are the same C library
/// functions (LLVM lowers its intrinsics to `expf`, … calls: no vector math library is linked).
@Suite struct ElementwiseTests {
    @Test(arguments: [DType.f32, .f64])
    func unaryFloat(_ dtype: DType) throws {
        var cases: [Case] = []
        for u in UnaryOp.allCases where u != .logicalNot {
            let g = try graph("unary_\(u.rawValue)_\(dtype)") { b in b.input("x", [3, 17], dtype).unary(u) }
            // log/sqrt/rsqrt of negative numbers give NaN in both; include them.
            cases.append(try Case(g, range: -3...3))
        }
        try expectMatchesInterpreter(cases)
    }

    @Test(arguments: [DType.i32, .i64])
    func integerOps(_ dtype: DType) throws {
        var cases: [Case] = []
        for u in [UnaryOp.neg, .abs, .sign] {
            cases.append(try Case(try graph("iunary_\(u.rawValue)_\(dtype)") { b in b.input("x", [4, 9], dtype).unary(u) }, range: -50...50))
        }
        for op in [BinaryOp.add, .sub, .mul, .max, .min] {
            let g = try graph("ibinary_\(op.rawValue)_\(dtype)") { b in
                b.input("x", [4, 9], dtype).binary(op, b.input("y", [9], dtype))
            }
            cases.append(try Case(g, range: -50...50))
        }
        // div truncates toward zero; exponents 0…5 for pow (negative ones are an error, tested below).
        let dv = try graph("idiv_\(dtype)") { b in b.input("x", [4, 9], dtype) / b.input("y", [4, 9], dtype) }
        var rng = SeededRandom(seed: 7)
        let divisors = TensorData(shape: [4, 9], values: (0..<36).map { _ in Double([-7, -3, -1, 1, 2, 5][Int(rng.next() % 6)]) }, dtype: dtype)
        cases.append(try Case(dv, given: ["y": divisors], range: -100...100))
        let pw = try graph("ipow_\(dtype)") { b in b.input("x", [4, 9], dtype).pow(b.input("y", [4, 9], dtype)) }
        cases.append(try Case(pw, given: ["y": randomTensor(TensorType(dtype, [4, 9]), seed: 3, range: 0...5)], range: -9...9))
        try expectMatchesInterpreter(cases)
    }

    @Test func integerWrapAroundAndMinOverMinusOne() throws {
        let g = try graph("wrap") { b in b.input("x", [4], .i32) * b.input("y", [4], .i32) }
        let x = TensorData(shape: [4], storage: .i32([Int32.max, Int32.min, 65536, -7]))
        let y = TensorData(shape: [4], storage: .i32([2, -1, 65536, 3]))
        let d = try graph("divmin") { b in b.input("x", [4], .i32) / b.input("y", [4], .i32) }
        try expectMatchesInterpreter([try Case(g, given: ["x": x, "y": y]), try Case(d, given: ["x": x, "y": y])])
    }

    /// Integer division by zero and negative integer powers are errors, as in the interpreter.
    @Test func integerErrorsAreReported() throws {
        let g = try graph("divzero") { b in b.input("x", [3], .i64) / b.input("y", [3], .i64) }
        let p = try graph("negpow") { b in b.input("x", [3], .i32).pow(b.input("y", [3], .i32)) }
        let kd = try KernelLowering.kernel(fusing: [ValueID(2)], in: g, name: "divzero")
        let kp = try KernelLowering.kernel(fusing: [ValueID(2)], in: p, name: "negpow")
        let module = try KernelModule.compile([kd, kp])
        let x = TensorData(shape: [3], storage: .i64([1, 2, 3])), y = TensorData(shape: [3], storage: .i64([1, 0, 1]))
        #expect(throws: TuskError.self) { try module["divzero"]!.run(inputs: [x, y]) }
        #expect(throws: TuskError.self) { try Interpreter().run(g, ["x": x, "y": y]) }
        let xi = TensorData(shape: [3], storage: .i32([2, 2, 2])), yi = TensorData(shape: [3], storage: .i32([1, -1, 2]))
        #expect(throws: TuskError.self) { try module["negpow"]!.run(inputs: [xi, yi]) }
        let ok = try module["divzero"]!.run(inputs: [x, TensorData(shape: [3], storage: .i64([1, 2, 3]))])
        #expect(ok.doubles == [1, 1, 1])
    }

    /// Binary float ops with numpy broadcasting in every pattern (scalar, row, column, both).
    @Test(arguments: [DType.f32, .f64])
    func binaryBroadcasting(_ dtype: DType) throws {
        var cases: [Case] = []
        for op in BinaryOp.allCases {
            for (sa, sb) in [([3, 5], [3, 5]), ([3, 5], [5]), ([3, 1], [1, 5]), ([2, 3, 5], []), ([1], [2, 1, 4])] {
                let g = try graph("bin_\(op.rawValue)_\(dtype)_\(sa.count)\(sb.count)") { b in
                    b.input("x", sa, dtype).binary(op, b.input("y", sb, dtype))
                }
                cases.append(try Case(g, range: op == .pow ? 0.1...2 : -2...2))
            }
        }
        try expectMatchesInterpreter(cases)
    }

    /// NaN propagates through binary max/min (either side), as `torch.maximum` and the interpreter.
    @Test func nanInBinaryMaxMin() throws {
        let x = TensorData([Float.nan, 1, -2, .nan, 0, 3], shape: [6])
        let y = TensorData([Float(1), .nan, -3, .nan, -0.0, 3], shape: [6])
        let mx = try graph("nanmax") { b in b.input("x", [6]).maximum(b.input("y", [6])) }
        let mn = try graph("nanmin") { b in b.input("x", [6]).minimum(b.input("y", [6])) }
        try expectMatchesInterpreter([try Case(mx, given: ["x": x, "y": y]), try Case(mn, given: ["x": x, "y": y])])
        let k = try Case(mx, given: ["x": x, "y": y]).kernel
        let out = try KernelModule.compile([k])[k.name]!.run(inputs: [x, y]).floats
        #expect(out[0].isNaN && out[1].isNaN && out[3].isNaN && out[2] == -2 && out[5] == 3)
    }

    @Test func compareAndSelect() throws {
        var cases: [Case] = []
        for dtype in [DType.f32, .f64, .i32, .i64, .bool] {
            for c in CompareOp.allCases {
                let g = try graph("cmp_\(c.rawValue)_\(dtype)") { b in
                    b.input("x", [3, 4], dtype).compare(c, b.input("y", [4], dtype))
                }
                cases.append(try Case(g, range: -2...2))
            }
        }
        let s = try graph("select") { b in
            let x = b.input("x", [3, 4], .f32), y = b.input("y", [3, 1], .f32)
            return b.select(x.compare(.gt, y), x, b.input("z", [4], .f32))
        }
        cases.append(try Case(s))
        let nb = try graph("not") { b in b.input("m", [5], .bool).unary(.logicalNot) }
        cases.append(try Case(nb))
        // Compare with NaNs: only `ne` is true.
        let nanX = TensorData([Float.nan, 1, .nan, 2], shape: [4]), nanY = TensorData([Float(1), .nan, .nan, 2], shape: [4])
        for c in CompareOp.allCases {
            let g = try graph("cmpnan_\(c.rawValue)") { b in b.input("x", [4]).compare(c, b.input("y", [4])) }
            cases.append(try Case(g, given: ["x": nanX, "y": nanY]))
        }
        try expectMatchesInterpreter(cases)
    }

    /// Every cast between the five dtypes, including NaN, ±∞, out-of-range and negative values
    /// (float → int truncates toward zero, saturates, NaN → 0; → bool tests != 0).
    @Test func casts() throws {
        let special: [Double] = [.nan, .infinity, -.infinity, 3e9, -3e9, 1e19, -1e19, 2.7, -2.7, 0.5, -0.0, 0, 1, -1, 255, 65536.5]
        var cases: [Case] = []
        for from in DType.allCases {
            for to in DType.allCases where to != from {
                let g = try graph("cast_\(from)_\(to)") { b in b.input("x", [special.count], from).cast(to) }
                let x: TensorData
                switch from {
                case .f32, .f64: x = TensorData(shape: [special.count], values: special, dtype: from)
                case .i32: x = TensorData(shape: [4], storage: .i32([Int32.max, Int32.min, -5, 70000]))
                case .i64: x = TensorData(shape: [4], storage: .i64([Int64.max, Int64.min, -5, 1 << 40 | 12345]))
                case .bool: x = TensorData(shape: [4], storage: .bool([true, false, false, true]))
                }
                let h = try graph("cast_\(from)_\(to)") { b in b.input("x", x.shape, from).cast(to) }
                cases.append(try Case(from.isFloatingPoint ? g : h, given: ["x": x]))
            }
        }
        try expectMatchesInterpreter(cases)
    }

    /// `fill` and `iota` in every dtype (fill converts like the interpreter: rounding, truncation,
    /// saturation; iota computes `start + step·i` in f64, then converts).
    @Test func leaves() throws {
        var cases: [Case] = []
        for dtype in DType.allCases {
            let f = try graph("fill_\(dtype)") { b in b.input("x", [2, 3], dtype == .bool ? .bool : dtype) .compare(.eq, b.fill(-2.7, [2, 3], dtype)) }
            cases.append(try Case(f, range: -3...3))
            let big = try graph("fillbig_\(dtype)") { b in b.fill(1e30, [2], dtype) }
            cases.append(try Case(big))
            for axis in 0..<2 {
                let g = try graph("iota_\(dtype)_\(axis)") { b in b.iota([3, 4], axis: axis, start: -1.5, step: 0.7, dtype) }
                cases.append(try Case(g))
            }
        }
        let lit = try graph("literal") { b in
            b.input("x", [2, 2], .f64) + Tensor(b, b.appendLeaf(.literal([1.5, -2, 0.25, 8]), type: TensorType(.f64, [2, 2])))
        }
        cases.append(try Case(lit))
        try expectMatchesInterpreter(cases)
    }
}
