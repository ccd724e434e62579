// The DSL surface of `Tensor`: Swift operators and methods, one per primitive or small
// composition. Each forwards the caller's location.

extension Tensor {
    // MARK: Elementwise
    public func unary(_ u: UnaryOp, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.unary(u), file: file, line: line)
    }
    public func exp(file: StaticString = #fileID, line: UInt = #line) -> Tensor { unary(.exp, file: file, line: line) }
    public func log(file: StaticString = #fileID, line: UInt = #line) -> Tensor { unary(.log, file: file, line: line) }
    public func sqrt(file: StaticString = #fileID, line: UInt = #line) -> Tensor { unary(.sqrt, file: file, line: line) }
    public func rsqrt(file: StaticString = #fileID, line: UInt = #line) -> Tensor { unary(.rsqrt, file: file, line: line) }
    public func tanh(file: StaticString = #fileID, line: UInt = #line) -> Tensor { unary(.tanh, file: file, line: line) }
    public func sigmoid(file: StaticString = #fileID, line: UInt = #line) -> Tensor { unary(.sigmoid, file: file, line: line) }
    public func silu(file: StaticString = #fileID, line: UInt = #line) -> Tensor { unary(.silu, file: file, line: line) }
    public func abs(file: StaticString = #fileID, line: UInt = #line) -> Tensor { unary(.abs, file: file, line: line) }
    public func sign(file: StaticString = #fileID, line: UInt = #line) -> Tensor { unary(.sign, file: file, line: line) }
    public func sin(file: StaticString = #fileID, line: UInt = #line) -> Tensor { unary(.sin, file: file, line: line) }
    public func cos(file: StaticString = #fileID, line: UInt = #line) -> Tensor { unary(.cos, file: file, line: line) }
    public func square(file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.binary(.mul), [self], file: file, line: line)
    }

    public func binary(_ b: BinaryOp, _ other: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.binary(b), [other], file: file, line: line)
    }
    public func pow(_ e: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor { binary(.pow, e, file: file, line: line) }
    public func pow(_ e: Double, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        binary(.pow, scalar(e, file: file, line: line), file: file, line: line)
    }
    public func maximum(_ o: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor { binary(.max, o, file: file, line: line) }
    public func minimum(_ o: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor { binary(.min, o, file: file, line: line) }

    public func compare(_ c: CompareOp, _ other: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.compare(c), [other], file: file, line: line)
    }
    public func cast(_ dtype: DType, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.cast(dtype), file: file, line: line)
    }

    /// A rank-0 constant of this tensor's dtype (broadcasts against it).
    public func scalar(_ value: Double, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        builder.fill(value, [], dtype, file: file, line: line)
    }

    // MARK: Reductions
    public func reduce(_ r: ReduceOp, axes: [Int], keepDims: Bool = false,
                       file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.reduce(r, axes: Array(Set(axes.map(axis))).sorted(), keepDims: keepDims), file: file, line: line)
    }
    /// Sum over `axes` (all axes when nil).
    public func sum(axes: [Int]? = nil, keepDims: Bool = false, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        reduce(.sum, axes: axes ?? Array(0..<rank), keepDims: keepDims, file: file, line: line)
    }
    public func mean(axes: [Int]? = nil, keepDims: Bool = false, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        reduce(.mean, axes: axes ?? Array(0..<rank), keepDims: keepDims, file: file, line: line)
    }
    public func max(axes: [Int]? = nil, keepDims: Bool = false, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        reduce(.max, axes: axes ?? Array(0..<rank), keepDims: keepDims, file: file, line: line)
    }
    public func min(axes: [Int]? = nil, keepDims: Bool = false, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        reduce(.min, axes: axes ?? Array(0..<rank), keepDims: keepDims, file: file, line: line)
    }
    public func softmax(axis a: Int = -1, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.softmax(axis: axis(a)), file: file, line: line)
    }

    // MARK: Contractions
    /// Batched matrix product over the last two axes.
    public func matmul(_ other: Tensor, transposeA: Bool = false, transposeB: Bool = false,
                       file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.matmul(transposeA: transposeA, transposeB: transposeB), [other], file: file, line: line)
    }
    /// N-d cross-correlation; `weight` is `[Cout, Cin, k...]`.
    public func conv(_ weight: Tensor, strides: [Int], padLow: [Int]? = nil, padHigh: [Int]? = nil,
                     file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.conv(ConvAttributes(strides: strides, padLow: padLow, padHigh: padHigh)), [weight], file: file, line: line)
    }
    /// N-d transposed convolution; `weight` is `[Cin, Cout, k...]` (PyTorch layout).
    public func convTranspose(_ weight: Tensor, strides: [Int], padLow: [Int]? = nil, padHigh: [Int]? = nil,
                              file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.convTranspose(ConvAttributes(strides: strides, padLow: padLow, padHigh: padHigh)), [weight], file: file, line: line)
    }

    // MARK: Movement
    public func reshape(_ shape: [Int], file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.reshape(shape), file: file, line: line)
    }
    public func permute(_ perm: [Int], file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.permute(perm.map(axis)), file: file, line: line)
    }
    /// Swaps two axes (default: the last two).
    public func transposed(_ a: Int = -2, _ b: Int = -1, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        var perm = Array(0..<rank)
        perm.swapAt(axis(a), axis(b))
        return permute(perm, file: file, line: line)
    }
    public func broadcast(to shape: [Int], file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.broadcast(shape), file: file, line: line)
    }
    /// `self[start..<limit]` along one axis.
    public func slice(axis a: Int, _ range: Range<Int>, stride s: Int = 1,
                      file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        var start = [Int](repeating: 0, count: rank), limit = shape, strides = [Int](repeating: 1, count: rank)
        start[axis(a)] = range.lowerBound
        limit[axis(a)] = range.upperBound
        strides[axis(a)] = s
        return apply(.slice(start: start, limit: limit, stride: strides), file: file, line: line)
    }
    public func pad(low: [Int], high: [Int], mode: PadMode = .constant(0),
                    file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.pad(low: low, high: high, mode: mode), file: file, line: line)
    }
    /// Circular shift per axis (`torch.roll`).
    public func roll(_ shifts: [Int], file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.roll(shifts), file: file, line: line)
    }
    /// Circular shift of `axes` by the run-time amounts in `shifts` (an i32/i64 vector, one per
    /// axis; `torch.roll` with tensor shifts).
    public func roll(_ shifts: Tensor, axes: [Int], file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.dynamicRoll(axes: axes.map { axis($0) }), [shifts], file: file, line: line)
    }
    /// Index-select along `axis` with integer `indices`.
    public func gather(_ indices: Tensor, axis a: Int, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.gather(axis: axis(a)), [indices], file: file, line: line)
    }
    /// Sums slices of `self` into a zero tensor of length `size` along `axis` at `indices`.
    public func scatterAdd(_ indices: Tensor, axis: Int, size: Int,
                           file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.scatterAdd(axis: axis, size: size), [indices], file: file, line: line)
    }

    // MARK: Operators
    // Swift operators cannot capture the caller's line: a shape error in one names the lines
    // that built its operands. The methods `add/sub/mul/div` capture the line itself.
    public func add(_ o: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor { binary(.add, o, file: file, line: line) }
    public func sub(_ o: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor { binary(.sub, o, file: file, line: line) }
    public func mul(_ o: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor { binary(.mul, o, file: file, line: line) }
    public func div(_ o: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor { binary(.div, o, file: file, line: line) }

    public static func + (a: Tensor, b: Tensor) -> Tensor { a.operatorBinary(.add, b) }
    public static func - (a: Tensor, b: Tensor) -> Tensor { a.operatorBinary(.sub, b) }
    public static func * (a: Tensor, b: Tensor) -> Tensor { a.operatorBinary(.mul, b) }
    public static func / (a: Tensor, b: Tensor) -> Tensor { a.operatorBinary(.div, b) }
    public static func + (a: Tensor, b: Double) -> Tensor { a.operatorBinary(.add, a.scalar(b)) }
    public static func - (a: Tensor, b: Double) -> Tensor { a.operatorBinary(.sub, a.scalar(b)) }
    public static func * (a: Tensor, b: Double) -> Tensor { a.operatorBinary(.mul, a.scalar(b)) }
    public static func / (a: Tensor, b: Double) -> Tensor { a.operatorBinary(.div, a.scalar(b)) }
    public static func + (a: Double, b: Tensor) -> Tensor { b.scalar(a).operatorBinary(.add, b) }
    public static func - (a: Double, b: Tensor) -> Tensor { b.scalar(a).operatorBinary(.sub, b) }
    public static func * (a: Double, b: Tensor) -> Tensor { b.scalar(a).operatorBinary(.mul, b) }
    public static func / (a: Double, b: Tensor) -> Tensor { b.scalar(a).operatorBinary(.div, b) }
    public static prefix func - (a: Tensor) -> Tensor { Tensor(a.builder, a.builder.append(.unary(.neg), [a.id], location: nil)) }

    public static func .== (a: Tensor, b: Tensor) -> Tensor { a.operatorCompare(.eq, b) }
    public static func .!= (a: Tensor, b: Tensor) -> Tensor { a.operatorCompare(.ne, b) }
    public static func .< (a: Tensor, b: Tensor) -> Tensor { a.operatorCompare(.lt, b) }
    public static func .<= (a: Tensor, b: Tensor) -> Tensor { a.operatorCompare(.le, b) }
    public static func .> (a: Tensor, b: Tensor) -> Tensor { a.operatorCompare(.gt, b) }
    public static func .>= (a: Tensor, b: Tensor) -> Tensor { a.operatorCompare(.ge, b) }

    private func operatorBinary(_ b: BinaryOp, _ o: Tensor) -> Tensor {
        Tensor(builder, builder.append(.binary(b), [id, o.id], location: nil))
    }
    private func operatorCompare(_ c: CompareOp, _ o: Tensor) -> Tensor {
        Tensor(builder, builder.append(.compare(c), [id, o.id], location: nil))
    }
}
