import TuskIR

/// Dtype dispatch for `Op+Lower.swift`: each helper switches over the dtype once, at compile
/// time, and returns a kernel specialized to it.
enum Lower {
    /// Writes a constant leaf into its slot: `value(i)` for element i, converted to the dtype.
    static func constant(_ cx: LoweringContext, _ i: Int, _ value: (Int) -> Double) {
        let type = cx.node(i).type
        let n = type.elementCount
        func write<T: Element>(_: T.Type) {
            let p = cx.result(i, T.self)
            for k in 0..<n { p[k] = T.from(value(k)) }
        }
        switch type.dtype {
        case .f32: write(Float.self)
        case .f64: write(Double.self)
        case .i32: write(Int32.self)
        case .i64: write(Int64.self)
        case .bool: write(Bool.self)
        }
    }

    /// Picks the `f32` or `f64` builder (floating-only ops; the verifier rules out the rest).
    static func float(_ dtype: DType, _ cx: LoweringContext, _ i: Int,
                      f32: (Float.Type) -> Kernel, f64: (Double.Type) -> Kernel) -> Kernel {
        switch dtype {
        case .f32: return f32(Float.self)
        case .f64: return f64(Double.self)
        default: return { throw TuskError.execution("\(cx.node(i).op.name) needs a floating-point operand, got \(dtype)") }
        }
    }

    /// Picks a builder by element width, for bitwise moves (1, 4 or 8 bytes).
    static func bitwise(_ dtype: DType, w1: (UInt8.Type) -> Kernel, w4: (UInt32.Type) -> Kernel,
                        w8: (UInt64.Type) -> Kernel) -> Kernel {
        switch dtype.byteSize {
        case 1: return w1(UInt8.self)
        case 4: return w4(UInt32.self)
        default: return w8(UInt64.self)
        }
    }

    // MARK: Elementwise

    static func unary(_ u: UnaryOp, _ cx: LoweringContext, _ i: Int) -> Kernel {
        let n = cx.node(i).type.elementCount
        func numeric<T: NumericElement>(_: T.Type) -> Kernel? {
            let a = cx.operand(i, 0, T.self), o = cx.result(i, T.self)
            switch u {
            case .neg: return { Kernels.unary(Fn.Neg<T>.self, a, o, count: n) }
            case .abs: return { Kernels.unary(Fn.Abs<T>.self, a, o, count: n) }
            case .sign: return { Kernels.unary(Fn.Sign<T>.self, a, o, count: n) }
            default: return nil
            }
        }
        func float<T: FloatElement>(_: T.Type) -> Kernel {
            if let k = numeric(T.self) { return k }
            let a = cx.operand(i, 0, T.self), o = cx.result(i, T.self)
            // `cost`: rough element-op weight of transcendental functions, for the threading threshold.
            switch u {
            case .exp: return { Kernels.unary(Fn.Exp<T>.self, a, o, count: n, cost: 8) }
            case .log: return { Kernels.unary(Fn.Log<T>.self, a, o, count: n, cost: 8) }
            case .sqrt: return { Kernels.unary(Fn.Sqrt<T>.self, a, o, count: n, cost: 2) }
            case .rsqrt: return { Kernels.unary(Fn.Rsqrt<T>.self, a, o, count: n, cost: 2) }
            case .tanh: return { Kernels.unary(Fn.Tanh<T>.self, a, o, count: n, cost: 8) }
            case .sigmoid: return { Kernels.unary(Fn.Sigmoid<T>.self, a, o, count: n, cost: 8) }
            case .silu: return { Kernels.unary(Fn.Silu<T>.self, a, o, count: n, cost: 8) }
            case .sin: return { Kernels.unary(Fn.Sin<T>.self, a, o, count: n, cost: 8) }
            case .cos: return { Kernels.unary(Fn.Cos<T>.self, a, o, count: n, cost: 8) }
            case .neg, .abs, .sign, .logicalNot:
                return { throw TuskError.execution("\(u.rawValue): unsupported on \(T.dtype)") }
            }
        }
        let unsupported: Kernel = { throw TuskError.execution("\(u.rawValue): unsupported dtype \(cx.node(i).type.dtype)") }
        switch cx.node(i).type.dtype {
        case .f32: return float(Float.self)
        case .f64: return float(Double.self)
        case .i32: return numeric(Int32.self) ?? unsupported
        case .i64: return numeric(Int64.self) ?? unsupported
        case .bool:
            let a = cx.operand(i, 0, Bool.self), o = cx.result(i, Bool.self)
            return u == .logicalNot ? { Kernels.unary(Fn.Not.self, a, o, count: n) } : unsupported
        }
    }

    static func binary(_ b: BinaryOp, _ cx: LoweringContext, _ i: Int, layout: BroadcastLayout) -> Kernel {
        func common<T: NumericElement>(_: T.Type) -> Kernel? {
            let x = cx.operand(i, 0, T.self), y = cx.operand(i, 1, T.self), o = cx.result(i, T.self)
            switch b {
            case .add: return { Kernels.binary(Fn.Add<T>.self, x, y, o, layout: layout) }
            case .sub: return { Kernels.binary(Fn.Sub<T>.self, x, y, o, layout: layout) }
            case .mul: return { Kernels.binary(Fn.Mul<T>.self, x, y, o, layout: layout) }
            case .max: return { Kernels.binary(Fn.Max<T>.self, x, y, o, layout: layout) }
            case .min: return { Kernels.binary(Fn.Min<T>.self, x, y, o, layout: layout) }
            case .div, .pow: return nil
            }
        }
        func float<T: FloatElement>(_: T.Type) -> Kernel {
            if let k = common(T.self) { return k }
            let x = cx.operand(i, 0, T.self), y = cx.operand(i, 1, T.self), o = cx.result(i, T.self)
            if b == .div { return { Kernels.binary(Fn.Div<T>.self, x, y, o, layout: layout) } }
            return { Kernels.binary(Fn.PowF<T>.self, x, y, o, layout: layout, cost: 16) }
        }
        func integer<T: IntElement>(_: T.Type) -> Kernel {
            if let k = common(T.self) { return k }
            let x = cx.operand(i, 0, T.self), y = cx.operand(i, 1, T.self), o = cx.result(i, T.self)
            let name = cx.node(i).op.name
            let yCount = cx.type(cx.node(i).operands[1]).elementCount
            if b == .div {
                return {
                    // Every divisor element is used when the result is non-empty.
                    if layout.count > 0, let k = (0..<yCount).first(where: { y[$0] == 0 }) {
                        throw TuskError.execution("\(name) (node %\(i)): integer division by zero (divisor element \(k))")
                    }
                    Kernels.binary(Fn.Div<T>.self, x, y, o, layout: layout)
                }
            }
            return {
                if layout.count > 0, let k = (0..<yCount).first(where: { y[$0] < 0 }) {
                    throw TuskError.execution("\(name) (node %\(i)): integer power with negative exponent \(y[k])")
                }
                Kernels.binary(Fn.PowI<T>.self, x, y, o, layout: layout)
            }
        }
        switch cx.node(i).type.dtype {
        case .f32: return float(Float.self)
        case .f64: return float(Double.self)
        case .i32: return integer(Int32.self)
        case .i64: return integer(Int64.self)
        case .bool: return { throw TuskError.execution("\(b.rawValue): needs numeric operands") }
        }
    }

    static func compare(_ c: CompareOp, _ cx: LoweringContext, _ i: Int, layout: BroadcastLayout) -> Kernel {
        func make<T: Comparable>(_: T.Type) -> Kernel {
            let x = cx.operand(i, 0, T.self), y = cx.operand(i, 1, T.self), o = cx.result(i, Bool.self)
            switch c {
            case .eq: return { Kernels.binary(Fn.Eq<T>.self, x, y, o, layout: layout) }
            case .ne: return { Kernels.binary(Fn.Ne<T>.self, x, y, o, layout: layout) }
            case .lt: return { Kernels.binary(Fn.Lt<T>.self, x, y, o, layout: layout) }
            case .le: return { Kernels.binary(Fn.Le<T>.self, x, y, o, layout: layout) }
            case .gt: return { Kernels.binary(Fn.Gt<T>.self, x, y, o, layout: layout) }
            case .ge: return { Kernels.binary(Fn.Ge<T>.self, x, y, o, layout: layout) }
            }
        }
        switch cx.type(cx.node(i).operands[0]).dtype {
        case .f32: return make(Float.self)
        case .f64: return make(Double.self)
        case .i32: return make(Int32.self)
        case .i64: return make(Int64.self)
        case .bool: return make(UInt8.self)  // bools are stored as bytes 0/1: false < true
        }
    }

    static func select(_ cx: LoweringContext, _ i: Int, layout: BroadcastLayout) -> Kernel {
        let c = cx.operand(i, 0, Bool.self)
        return bitwise(cx.node(i).type.dtype) { (_: UInt8.Type) in
            let a = cx.operand(i, 1, UInt8.self), b = cx.operand(i, 2, UInt8.self), o = cx.result(i, UInt8.self)
            return { Kernels.select(c, a, b, o, layout: layout) }
        } w4: { _ in
            let a = cx.operand(i, 1, UInt32.self), b = cx.operand(i, 2, UInt32.self), o = cx.result(i, UInt32.self)
            return { Kernels.select(c, a, b, o, layout: layout) }
        } w8: { _ in
            let a = cx.operand(i, 1, UInt64.self), b = cx.operand(i, 2, UInt64.self), o = cx.result(i, UInt64.self)
            return { Kernels.select(c, a, b, o, layout: layout) }
        }
    }

    /// Casts with the interpreter's conventions: float → int truncates (NaN → 0, saturating),
    /// int → int keeps the low bits, → bool tests `!= 0`, bool → number gives 0/1.
    static func cast(from s: DType, to d: DType, _ cx: LoweringContext, _ i: Int) -> Kernel {
        let n = cx.node(i).type.elementCount
        func make<S, D>(_: S.Type, _: D.Type, _ f: @escaping (S) -> D) -> Kernel {
            let a = cx.operand(i, 0, S.self), o = cx.result(i, D.self)
            return { Kernels.convert(a, o, count: n, f) }
        }
        switch (s, d) {
        case (.f32, .f32), (.f64, .f64), (.i32, .i32), (.i64, .i64), (.bool, .bool):
            let bytes = cx.node(i).type.byteCount
            let a = cx.operand(i, 0, UInt8.self), o = cx.result(i, UInt8.self)
            return { if a != o { o.update(from: a, count: bytes) } }
        case (.f32, .f64): return make(Float.self, Double.self) { Double($0) }
        case (.f32, .i32): return make(Float.self, Int32.self) { Int32.from(Double($0)) }
        case (.f32, .i64): return make(Float.self, Int64.self) { Int64.from(Double($0)) }
        case (.f32, .bool): return make(Float.self, Bool.self) { $0 != 0 }
        case (.f64, .f32): return make(Double.self, Float.self) { Float($0) }
        case (.f64, .i32): return make(Double.self, Int32.self) { Int32.from($0) }
        case (.f64, .i64): return make(Double.self, Int64.self) { Int64.from($0) }
        case (.f64, .bool): return make(Double.self, Bool.self) { $0 != 0 }
        case (.i32, .f32): return make(Int32.self, Float.self) { Float($0) }
        case (.i32, .f64): return make(Int32.self, Double.self) { Double($0) }
        case (.i32, .i64): return make(Int32.self, Int64.self) { Int64($0) }
        case (.i32, .bool): return make(Int32.self, Bool.self) { $0 != 0 }
        case (.i64, .f32): return make(Int64.self, Float.self) { Float($0) }
        case (.i64, .f64): return make(Int64.self, Double.self) { Double($0) }
        case (.i64, .i32): return make(Int64.self, Int32.self) { Int32(truncatingIfNeeded: $0) }
        case (.i64, .bool): return make(Int64.self, Bool.self) { $0 != 0 }
        case (.bool, .f32): return make(Bool.self, Float.self) { $0 ? 1 : 0 }
        case (.bool, .f64): return make(Bool.self, Double.self) { $0 ? 1 : 0 }
        case (.bool, .i32): return make(Bool.self, Int32.self) { $0 ? 1 : 0 }
        case (.bool, .i64): return make(Bool.self, Int64.self) { $0 ? 1 : 0 }
        }
    }

    // MARK: Reductions

    static func reduce(_ r: ReduceOp, _ cx: LoweringContext, _ i: Int, plan: ReducePlan) -> Kernel {
        func numeric<T: NumericElement>(_: T.Type) -> Kernel {
            let x = cx.operand(i, 0, T.self), o = cx.result(i, T.self)
            switch r {
            case .sum, .mean: return { Kernels.reduce(Fn.Sum<T>.self, plan, x, o) }
            case .max: return { Kernels.reduce(Fn.RMax<T>.self, plan, x, o) }
            case .min: return { Kernels.reduce(Fn.RMin<T>.self, plan, x, o) }
            }
        }
        func float<T: FloatElement>(_: T.Type) -> Kernel {
            let k = numeric(T.self)
            guard r == .mean else { return k }
            let o = cx.result(i, T.self)
            // mean = sum / count; an empty reduction gives 0/0 = NaN like the interpreter's mean.
            let s = 1 / T(plan.reduced)
            return {
                try k()
                Kernels.scale(o, count: plan.outCount, by: s)
            }
        }
        switch cx.node(i).type.dtype {
        case .f32: return float(Float.self)
        case .f64: return float(Double.self)
        case .i32: return numeric(Int32.self)
        case .i64: return numeric(Int64.self)
        case .bool: return { throw TuskError.execution("reduce: cannot reduce bool") }
        }
    }

    // MARK: Contractions

    static func matmul(_ plan: MatmulPlan, _ cx: LoweringContext, _ i: Int) -> Kernel {
        func float<T: FloatElement>(_: T.Type) -> Kernel {
            let a = cx.operand(i, 0, T.self), b = cx.operand(i, 1, T.self), c = cx.result(i, T.self)
            return { Kernels.matmul(plan, a, b, c) }
        }
        func integer<T: IntElement>(_: T.Type) -> Kernel {
            let a = cx.operand(i, 0, T.self), b = cx.operand(i, 1, T.self), c = cx.result(i, T.self)
            return { Kernels.matmulInt(plan, a, b, c) }
        }
        switch cx.node(i).type.dtype {
        case .f32: return float(Float.self)
        case .f64: return float(Double.self)
        case .i32: return integer(Int32.self)
        case .i64: return integer(Int64.self)
        case .bool: return { throw TuskError.execution("matmul: needs numeric operands") }
        }
    }

    // MARK: Movement

    /// A plain copy of operand 0 into the result (same bytes).
    static func copy(_ cx: LoweringContext, _ i: Int) -> Kernel {
        let bytes = cx.node(i).type.byteCount
        let a = cx.operand(i, 0, UInt8.self), o = cx.result(i, UInt8.self)
        return { if a != o { o.update(from: a, count: bytes) } }
    }

    /// `dynamicRoll`: reads the shifts when the kernel runs, reduces them mod each axis size and
    /// executes the roll's `AxisMap` (per row, the rolled last axis is two contiguous block
    /// copies; the outer axes are per-row offset tables), split over the cores like `move`.
    static func dynamicRoll(_ cx: LoweringContext, _ i: Int, axes: [Int]) -> Kernel {
        let node = cx.node(i)
        let shape = node.type.shape
        let read: () -> [Int]
        if cx.type(node.operands[1]).dtype == .i64 {
            let p = cx.operand(i, 1, Int64.self)
            read = { (0..<axes.count).map { Int(p[$0]) } }
        } else {
            let p = cx.operand(i, 1, Int32.self)
            read = { (0..<axes.count).map { Int(p[$0]) } }
        }
        func map() -> AxisMap {
            let shifts = read()
            var full = [Int](repeating: 0, count: shape.count)
            for (k, a) in axes.enumerated() where shape[a] > 0 { full[a] = ((shifts[k] % shape[a]) + shape[a]) % shape[a] }
            return AxisMap.roll(shape, full)
        }
        return bitwise(node.type.dtype) { (_: UInt8.Type) in
            let a = cx.operand(i, 0, UInt8.self), o = cx.result(i, UInt8.self)
            return { Kernels.move(map(), a, o, fill: 0) }
        } w4: { _ in
            let a = cx.operand(i, 0, UInt32.self), o = cx.result(i, UInt32.self)
            return { Kernels.move(map(), a, o, fill: 0) }
        } w8: { _ in
            let a = cx.operand(i, 0, UInt64.self), o = cx.result(i, UInt64.self)
            return { Kernels.move(map(), a, o, fill: 0) }
        }
    }

    /// An `AxisMap` move; `fill` (constant padding) is converted to the dtype's bit pattern.
    static func move(_ map: AxisMap, _ cx: LoweringContext, _ i: Int, fill: Double = 0) -> Kernel {
        let dtype = cx.node(i).type.dtype
        func bits<W>(_: W.Type) -> W {
            var w: W? = nil
            func store<T: Element>(_: T.Type) {
                var v = T.from(fill)
                withUnsafeBytes(of: &v) { w = $0.loadUnaligned(as: W.self) }
            }
            switch dtype {
            case .f32: store(Float.self)
            case .f64: store(Double.self)
            case .i32: store(Int32.self)
            case .i64: store(Int64.self)
            case .bool: store(Bool.self)
            }
            return w!
        }
        return bitwise(dtype) { (_: UInt8.Type) in
            let a = cx.operand(i, 0, UInt8.self), o = cx.result(i, UInt8.self), f = bits(UInt8.self)
            return { Kernels.move(map, a, o, fill: f) }
        } w4: { _ in
            let a = cx.operand(i, 0, UInt32.self), o = cx.result(i, UInt32.self), f = bits(UInt32.self)
            return { Kernels.move(map, a, o, fill: f) }
        } w8: { _ in
            let a = cx.operand(i, 0, UInt64.self), o = cx.result(i, UInt64.self), f = bits(UInt64.self)
            return { Kernels.move(map, a, o, fill: f) }
        }
    }

    static func gather(_ cx: LoweringContext, _ i: Int, pre: Int, axisLength: Int, post: Int, count: Int) -> Kernel {
        let indexType = cx.type(cx.node(i).operands[1]).dtype
        func make<W, I: BinaryInteger>(_: W.Type, _: I.Type) -> Kernel {
            let d = cx.operand(i, 0, W.self), idx = cx.operand(i, 1, I.self), o = cx.result(i, W.self)
            return { try Kernels.gather(d, idx, count: count, pre: pre, axisLength: axisLength, post: post, o) }
        }
        func byIndex<W>(_: W.Type) -> Kernel {
            indexType == .i64 ? make(W.self, Int64.self) : make(W.self, Int32.self)
        }
        return bitwise(cx.node(i).type.dtype, w1: byIndex, w4: byIndex, w8: byIndex)
    }

    static func scatterAdd(_ cx: LoweringContext, _ i: Int, pre: Int, size: Int, post: Int, count: Int) -> Kernel {
        let indexType = cx.type(cx.node(i).operands[1]).dtype
        func make<T: NumericElement, I: BinaryInteger>(_: T.Type, _: I.Type) -> Kernel {
            let u = cx.operand(i, 0, T.self), idx = cx.operand(i, 1, I.self), o = cx.result(i, T.self)
            return { try Kernels.scatterAdd(u, idx, count: count, pre: pre, size: size, post: post, o) }
        }
        func byIndex<T: NumericElement>(_: T.Type) -> Kernel {
            indexType == .i64 ? make(T.self, Int64.self) : make(T.self, Int32.self)
        }
        switch cx.node(i).type.dtype {
        case .f32: return byIndex(Float.self)
        case .f64: return byIndex(Double.self)
        case .i32: return byIndex(Int32.self)
        case .i64: return byIndex(Int64.self)
        case .bool: return { throw TuskError.execution("scatter_add: needs numeric updates") }
        }
    }
}
