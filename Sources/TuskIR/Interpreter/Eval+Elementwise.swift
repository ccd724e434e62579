/// Leaves and elementwise ops: constants, unary, binary, compare, select, cast.
extension Eval {
    // MARK: Leaves

    /// A tensor of `type` whose element `i` (row-major) is `value(i)` converted to the dtype
    /// (one rounding from `Double`; integers truncate toward zero, NaN → 0; bool tests `!= 0`).
    static func constant(_ type: TensorType, _ value: (Int) -> Double) -> TensorData {
        let n = type.elementCount
        let storage: TensorStorage
        switch type.dtype {
        case .f32: storage = .f32(build(n) { Float(value($0)) })
        case .f64: storage = .f64(build(n) { value($0) })
        case .i32: storage = .i32(build(n) { integer(value($0)) })
        case .i64: storage = .i64(build(n) { integer(value($0)) })
        case .bool: storage = .bool(build(n) { value($0) != 0 })
        }
        return TensorData(shape: type.shape, storage: storage)
    }

    // MARK: Unary

    static func unary(_ u: UnaryOp, _ x: TensorData, context: EvalContext, op: Op) throws -> TensorData {
        let storage: TensorStorage
        switch x.storage {
        case .f32(let a): storage = .f32(unaryFloat(u, a))
        case .f64(let a): storage = .f64(unaryFloat(u, a))
        case .i32(let a): storage = .i32(try unaryInteger(u, a, context: context, op: op))
        case .i64(let a): storage = .i64(try unaryInteger(u, a, context: context, op: op))
        case .bool(let a):
            guard u == .logicalNot else { throw TuskError.execution("\(context.name(op)): needs a numeric operand") }
            storage = .bool(a.map { !$0 })
        }
        return TensorData(shape: x.shape, storage: storage)
    }

    static func unaryFloat<T: EvalFloat>(_ u: UnaryOp, _ a: [T]) -> [T] {
        let f: (T) -> T
        switch u {
        case .neg: f = { -$0 }
        case .abs: f = { Swift.abs($0) }
        // sign(±0) = 0 and sign(NaN) = NaN, as in torch.sign.
        case .sign: f = { $0 > 0 ? 1 : ($0 < 0 ? -1 : $0) }
        case .exp: f = { T.exp($0) }
        case .log: f = { T.log($0) }
        case .sqrt: f = { $0.squareRoot() }
        case .rsqrt: f = { 1 / $0.squareRoot() }
        case .tanh: f = { T.tanh($0) }
        case .sigmoid: f = { 1 / (1 + T.exp(-$0)) }
        case .silu: f = { $0 / (1 + T.exp(-$0)) }
        case .sin: f = { T.sin($0) }
        case .cos: f = { T.cos($0) }
        case .logicalNot: f = { $0 == 0 ? 1 : 0 }  // rejected by the shape rule; total for safety
        }
        return a.withUnsafeBufferPointer { p in build(p.count) { f(p[$0]) } }
    }

    /// Integer `neg`/`abs` wrap around (`abs(Int.min) = Int.min`), `sign` is −1, 0 or 1.
    static func unaryInteger<I: EvalInteger>(_ u: UnaryOp, _ a: [I], context: EvalContext, op: Op) throws -> [I] {
        switch u {
        case .neg: return a.map { 0 &- $0 }
        case .abs: return a.map { $0 < 0 ? 0 &- $0 : $0 }
        case .sign: return a.map { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
        default: throw TuskError.execution("\(context.name(op)): needs a floating-point operand")
        }
    }

    // MARK: Broadcasting

    /// How an operand's elements are found for each element of a broadcast result.
    enum Access {
        /// Same shape as the result: element `i` is at `i`.
        case identity
        /// One element, used everywhere.
        case scalar
        /// Element `i` of the result reads `table[i]`.
        case table([Int])

        init(_ shape: [Int], to result: [Int]) {
            if shape == result {
                self = .identity
            } else if shape.reduce(1, *) == 1 {
                self = .scalar
            } else {
                self = .table(Eval.broadcastMap(shape, to: result)!)
            }
        }

        @inline(__always)
        func index(_ i: Int, _ table: UnsafeBufferPointer<Int>) -> Int {
            switch self {
            case .identity: i
            case .scalar: 0
            case .table: table[i]
            }
        }

        func withTable<R>(_ body: (UnsafeBufferPointer<Int>) throws -> R) rethrows -> R {
            if case .table(let t) = self { return try t.withUnsafeBufferPointer(body) }
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
    }

    /// `f(a[ia(i)], b[ib(i)])` for every element `i` of a result of `shape`.
    static func zipMap<T, U>(_ a: [T], _ aShape: [Int], _ b: [T], _ bShape: [Int], shape: [Int],
                          _ f: (T, T) throws -> U) rethrows -> [U] {
        let n = shape.reduce(1, *)
        let ma = Access(aShape, to: shape), mb = Access(bShape, to: shape)
        return try a.withUnsafeBufferPointer { pa in
            try b.withUnsafeBufferPointer { pb in
                if case .identity = ma, case .identity = mb {
                    return try build(n) { try f(pa[$0], pb[$0]) }
                }
                return try ma.withTable { ta in
                    try mb.withTable { tb in
                        try build(n) { i in try f(pa[ma.index(i, ta)], pb[mb.index(i, tb)]) }
                    }
                }
            }
        }
    }

    // MARK: Binary

    static func binary(_ op: BinaryOp, _ a: TensorData, _ b: TensorData, shape: [Int],
                       context: EvalContext, op node: Op) throws -> TensorData {
        let storage: TensorStorage
        switch (a.storage, b.storage) {
        case let (.f32(x), .f32(y)): storage = .f32(binaryFloat(op, x, a.shape, y, b.shape, shape: shape))
        case let (.f64(x), .f64(y)): storage = .f64(binaryFloat(op, x, a.shape, y, b.shape, shape: shape))
        case let (.i32(x), .i32(y)):
            storage = .i32(try binaryInteger(op, x, a.shape, y, b.shape, shape: shape, context: context, node: node))
        case let (.i64(x), .i64(y)):
            storage = .i64(try binaryInteger(op, x, a.shape, y, b.shape, shape: shape, context: context, node: node))
        default:
            throw TuskError.execution("\(context.name(node)): unsupported operand dtypes \(a.dtype), \(b.dtype)")
        }
        return TensorData(shape: shape, storage: storage)
    }

    /// Float `max`/`min` propagate NaN (`torch.maximum`).
    static func binaryFloat<T: EvalFloat>(_ op: BinaryOp, _ a: [T], _ aShape: [Int], _ b: [T], _ bShape: [Int],
                                          shape: [Int]) -> [T] {
        switch op {
        case .add: zipMap(a, aShape, b, bShape, shape: shape) { $0 + $1 }
        case .sub: zipMap(a, aShape, b, bShape, shape: shape) { $0 - $1 }
        case .mul: zipMap(a, aShape, b, bShape, shape: shape) { $0 * $1 }
        case .div: zipMap(a, aShape, b, bShape, shape: shape) { $0 / $1 }
        case .max: zipMap(a, aShape, b, bShape, shape: shape) { $0.isNaN || $1.isNaN ? T.nan : Swift.max($0, $1) }
        case .min: zipMap(a, aShape, b, bShape, shape: shape) { $0.isNaN || $1.isNaN ? T.nan : Swift.min($0, $1) }
        case .pow: zipMap(a, aShape, b, bShape, shape: shape) { T.pow($0, $1) }
        }
    }

    /// Integer arithmetic: `add`/`sub`/`mul` wrap around, `div` truncates toward zero (and wraps
    /// for `min / −1`); division by zero and negative powers throw `TuskError.execution`.
    static func binaryInteger<I: EvalInteger>(_ op: BinaryOp, _ a: [I], _ aShape: [Int], _ b: [I], _ bShape: [Int],
                                              shape: [Int], context: EvalContext, node: Op) throws -> [I] {
        switch op {
        case .add: return zipMap(a, aShape, b, bShape, shape: shape) { $0 &+ $1 }
        case .sub: return zipMap(a, aShape, b, bShape, shape: shape) { $0 &- $1 }
        case .mul: return zipMap(a, aShape, b, bShape, shape: shape) { $0 &* $1 }
        case .max: return zipMap(a, aShape, b, bShape, shape: shape) { Swift.max($0, $1) }
        case .min: return zipMap(a, aShape, b, bShape, shape: shape) { Swift.min($0, $1) }
        case .div:
            return try zipMap(a, aShape, b, bShape, shape: shape) { x, y in
                if y == 0 { throw TuskError.execution("\(context.name(node)): integer division by zero (\(x) / 0)") }
                return x.dividedReportingOverflow(by: y).partialValue
            }
        case .pow:
            return try zipMap(a, aShape, b, bShape, shape: shape) { x, y in
                if y < 0 {
                    throw TuskError.execution("\(context.name(node)): integer power with negative exponent (\(x) ** \(y))")
                }
                var result: I = 1, base = x, e = y
                while e > 0 {
                    if e & 1 == 1 { result = result &* base }
                    base = base &* base
                    e >>= 1
                }
                return result
            }
        }
    }

    // MARK: Compare and select

    static func compare(_ op: CompareOp, _ a: TensorData, _ b: TensorData, shape: [Int]) -> TensorData {
        func run<T: Comparable>(_ x: [T], _ y: [T]) -> [Bool] {
            switch op {
            case .eq: zipMap(x, a.shape, y, b.shape, shape: shape) { $0 == $1 }
            case .ne: zipMap(x, a.shape, y, b.shape, shape: shape) { $0 != $1 }
            case .lt: zipMap(x, a.shape, y, b.shape, shape: shape) { $0 < $1 }
            case .le: zipMap(x, a.shape, y, b.shape, shape: shape) { $0 <= $1 }
            case .gt: zipMap(x, a.shape, y, b.shape, shape: shape) { $0 > $1 }
            case .ge: zipMap(x, a.shape, y, b.shape, shape: shape) { $0 >= $1 }
            }
        }
        let result: [Bool]
        switch (a.storage, b.storage) {
        case let (.f32(x), .f32(y)): result = run(x, y)
        case let (.f64(x), .f64(y)): result = run(x, y)
        case let (.i32(x), .i32(y)): result = run(x, y)
        case let (.i64(x), .i64(y)): result = run(x, y)
        default:  // bool (false < true); the shape rule guarantees equal dtypes
            result = run(a.storage.bitsAsInt8, b.storage.bitsAsInt8)
        }
        return TensorData(shape: shape, storage: .bool(result))
    }

    static func select(_ c: TensorData, _ a: TensorData, _ b: TensorData, shape: [Int]) -> TensorData {
        guard case .bool(let cond) = c.storage else { preconditionFailure("select: condition must be bool (verified)") }
        let n = shape.reduce(1, *)
        let mc = Access(c.shape, to: shape), ma = Access(a.shape, to: shape), mb = Access(b.shape, to: shape)
        func run<T>(_ x: [T], _ y: [T]) -> [T] {
            cond.withUnsafeBufferPointer { pc in
                x.withUnsafeBufferPointer { px in
                    y.withUnsafeBufferPointer { py in
                        mc.withTable { tc in
                            ma.withTable { ta in
                                mb.withTable { tb in
                                    build(n) { i in pc[mc.index(i, tc)] ? px[ma.index(i, ta)] : py[mb.index(i, tb)] }
                                }
                            }
                        }
                    }
                }
            }
        }
        let storage: TensorStorage
        switch (a.storage, b.storage) {
        case let (.f32(x), .f32(y)): storage = .f32(run(x, y))
        case let (.f64(x), .f64(y)): storage = .f64(run(x, y))
        case let (.i32(x), .i32(y)): storage = .i32(run(x, y))
        case let (.i64(x), .i64(y)): storage = .i64(run(x, y))
        case let (.bool(x), .bool(y)): storage = .bool(run(x, y))
        default: preconditionFailure("select: branch dtypes differ (verified)")
        }
        return TensorData(shape: shape, storage: storage)
    }

    // MARK: Cast

    /// Float → int truncates toward zero (NaN → 0, saturating out of range), int → int keeps the
    /// low bits, → bool tests `!= 0`, bool → number gives 0/1.
    static func cast(_ x: TensorData, to dtype: DType) -> TensorData {
        if x.dtype == dtype { return x }
        let storage: TensorStorage
        switch (x.storage, dtype) {
        case let (.bool(a), _):
            storage = constant(TensorType(dtype, x.shape)) { a[$0] ? 1 : 0 }.storage
        case (_, .bool):
            switch x.storage {
            case .f32(let a): storage = .bool(a.map { $0 != 0 })
            case .f64(let a): storage = .bool(a.map { $0 != 0 })
            case .i32(let a): storage = .bool(a.map { $0 != 0 })
            case .i64(let a): storage = .bool(a.map { $0 != 0 })
            case .bool(let a): storage = .bool(a)
            }
        case let (.f64(a), .f32): storage = .f32(a.map { Float($0) })
        case let (.i32(a), .f32): storage = .f32(a.map { Float($0) })
        case let (.i64(a), .f32): storage = .f32(a.map { Float($0) })
        case let (.f32(a), .f64): storage = .f64(a.map { Double($0) })
        case let (.i32(a), .f64): storage = .f64(a.map { Double($0) })
        case let (.i64(a), .f64): storage = .f64(a.map { Double($0) })
        case let (.f32(a), .i32): storage = .i32(a.map { integer(Double($0)) })
        case let (.f64(a), .i32): storage = .i32(a.map { integer($0) })
        case let (.i64(a), .i32): storage = .i32(a.map { Int32(truncatingIfNeeded: $0) })
        case let (.f32(a), .i64): storage = .i64(a.map { integer(Double($0)) })
        case let (.f64(a), .i64): storage = .i64(a.map { integer($0) })
        case let (.i32(a), .i64): storage = .i64(a.map { Int64($0) })
        default: storage = x.storage  // same dtype, handled above
        }
        return TensorData(shape: x.shape, storage: storage)
    }
}

extension TensorStorage {
    /// Bool elements as 0/1 (for ordering comparisons of bools).
    var bitsAsInt8: [Int8] {
        if case .bool(let a) = self { return a.map { $0 ? 1 : 0 } }
        return []
    }
}
