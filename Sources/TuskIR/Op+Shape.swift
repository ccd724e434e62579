/// Shape and dtype rules: one exhaustive switch over `Op`.
extension Op {
    /// The result type of this op applied to operands of the given types.
    ///
    /// Throws `TuskError.shape` naming the op, the operand types and `location`, also when the
    /// result's size would overflow (`TensorType.checkSize`). Leaves are checked against their
    /// declared type with `checkLeaf(_:)` instead.
    public func resultType(_ operands: [TensorType], location: SourceLocation? = nil) throws -> TensorType {
        let result = try shapeRule(operands, location: location)
        try result.checkSize(op: name, operands: operands, location: location)
        return result
    }

    /// The shape rule proper (sizes computed with overflow checks; see `resultType`).
    private func shapeRule(_ operands: [TensorType], location: SourceLocation?) throws -> TensorType {
        func fail(_ message: String) -> TuskError {
            .shape(op: name, message: message, operands: operands, location: location)
        }
        /// `a + b`, or a size error naming the op.
        func add(_ a: Int, _ b: Int) throws -> Int {
            guard let r = SizeArithmetic.add(a, b) else { throw fail("size \(a) + \(b) overflows") }
            return r
        }
        /// `a - b`, or a size error naming the op.
        func sub(_ a: Int, _ b: Int) throws -> Int {
            let (r, overflow) = a.subtractingReportingOverflow(b)
            if overflow { throw fail("size \(a) - \(b) overflows") }
            return r
        }
        /// `a · b`, or a size error naming the op.
        func mul(_ a: Int, _ b: Int) throws -> Int {
            guard let r = SizeArithmetic.multiply(a, b) else { throw fail("size \(a) × \(b) overflows") }
            return r
        }
        func arity(_ n: Int) throws {
            if operands.count != n { throw fail("expects \(n) operand(s), got \(operands.count)") }
        }
        func requireFloat(_ t: TensorType) throws {
            if !t.dtype.isFloatingPoint { throw fail("needs a floating-point operand, got \(t.dtype)") }
        }
        func checkAxes(_ axes: [Int], rank: Int, what: String = "axis") throws {
            for a in axes where a < 0 || a >= rank {
                throw fail("\(what) \(a) out of range for rank \(rank)")
            }
        }

        switch self {
        case .input, .parameter, .fill, .iota, .literal:
            throw fail("leaf ops carry their own type")

        case .unary(let u):
            try arity(1)
            let t = operands[0]
            if u == .logicalNot {
                if t.dtype != .bool { throw fail("needs a bool operand") }
            } else if u == .neg || u == .abs || u == .sign {
                if t.dtype == .bool { throw fail("needs a numeric operand") }
            } else {
                try requireFloat(t)
            }
            return t

        case .binary:
            try arity(2)
            if operands[0].dtype != operands[1].dtype {
                throw fail("operand dtypes differ: \(operands[0].dtype) vs \(operands[1].dtype)")
            }
            if operands[0].dtype == .bool { throw fail("needs numeric operands") }
            guard let shape = broadcastShapes(operands[0].shape, operands[1].shape) else {
                throw fail("shapes \(operands[0].shape) and \(operands[1].shape) do not broadcast")
            }
            return TensorType(operands[0].dtype, shape)

        case .compare:
            try arity(2)
            if operands[0].dtype != operands[1].dtype {
                throw fail("operand dtypes differ: \(operands[0].dtype) vs \(operands[1].dtype)")
            }
            guard let shape = broadcastShapes(operands[0].shape, operands[1].shape) else {
                throw fail("shapes \(operands[0].shape) and \(operands[1].shape) do not broadcast")
            }
            return TensorType(.bool, shape)

        case .select:
            try arity(3)
            if operands[0].dtype != .bool { throw fail("condition must be bool, got \(operands[0].dtype)") }
            if operands[1].dtype != operands[2].dtype {
                throw fail("branch dtypes differ: \(operands[1].dtype) vs \(operands[2].dtype)")
            }
            guard let s1 = broadcastShapes(operands[0].shape, operands[1].shape),
                  let shape = broadcastShapes(s1, operands[2].shape) else {
                throw fail("shapes do not broadcast")
            }
            return TensorType(operands[1].dtype, shape)

        case .cast(let dtype):
            try arity(1)
            return operands[0].with(dtype: dtype)

        case let .reduce(op, axes, keepDims):
            try arity(1)
            let t = operands[0]
            if t.dtype == .bool { throw fail("cannot reduce bool") }
            if op == .mean && !t.dtype.isFloatingPoint { throw fail("mean needs a floating-point operand") }
            try checkAxes(axes, rank: t.rank)
            if axes != Array(Set(axes)).sorted() { throw fail("axes \(axes) must be sorted and distinct") }
            if (op == .max || op == .min), axes.contains(where: { t.shape[$0] == 0 }) {
                throw fail("max/min over an empty axis")
            }
            var shape: [Int] = []
            for (i, d) in t.shape.enumerated() {
                if axes.contains(i) { if keepDims { shape.append(1) } } else { shape.append(d) }
            }
            return TensorType(t.dtype, shape)

        case .softmax(let axis):
            try arity(1)
            try requireFloat(operands[0])
            try checkAxes([axis], rank: operands[0].rank)
            return operands[0]

        case let .matmul(ta, tb):
            try arity(2)
            let a = operands[0], b = operands[1]
            if a.dtype != b.dtype { throw fail("operand dtypes differ: \(a.dtype) vs \(b.dtype)") }
            if a.dtype == .bool { throw fail("needs numeric operands") }
            if a.rank < 2 || b.rank < 2 { throw fail("operands must have rank ≥ 2 (reshape vectors to matrices)") }
            let (m, ka) = ta ? (a.shape[a.rank - 1], a.shape[a.rank - 2]) : (a.shape[a.rank - 2], a.shape[a.rank - 1])
            let (kb, n) = tb ? (b.shape[b.rank - 1], b.shape[b.rank - 2]) : (b.shape[b.rank - 2], b.shape[b.rank - 1])
            if ka != kb { throw fail("contraction sizes differ: \(ka) vs \(kb)") }
            guard let batch = broadcastShapes(Array(a.shape.dropLast(2)), Array(b.shape.dropLast(2))) else {
                throw fail("batch axes \(a.shape.dropLast(2)) and \(b.shape.dropLast(2)) do not broadcast")
            }
            return TensorType(a.dtype, batch + [m, n])

        case .conv(let attrs), .convTranspose(let attrs), .convFilterGradient(let attrs, _):
            try arity(2)
            let x = operands[0], w = operands[1]
            let r = attrs.spatialRank
            if r < 1 { throw fail("needs at least one spatial axis") }
            if attrs.padLow.count != r || attrs.padHigh.count != r {
                throw fail("strides, padLow and padHigh must each have \(r) entries")
            }
            if attrs.strides.contains(where: { $0 < 1 }) { throw fail("strides \(attrs.strides) must be ≥ 1") }
            if x.dtype != w.dtype { throw fail("operand dtypes differ: \(x.dtype) vs \(w.dtype)") }
            try requireFloat(x)
            if x.rank != r + 2 || w.rank != r + 2 {
                throw fail("operands must have rank \(r + 2) ([N, C, \(r) spatial axes])")
            }
            let spatial = Array(x.shape.suffix(r))
            switch self {
            case .conv:
                if attrs.padLow.contains(where: { $0 < 0 }) || attrs.padHigh.contains(where: { $0 < 0 }) {
                    throw fail("padding must be ≥ 0")
                }
                if x.shape[1] != w.shape[1] { throw fail("input has \(x.shape[1]) channels, weight expects \(w.shape[1])") }
                var out = [x.shape[0], w.shape[0]]
                for i in 0..<r {
                    let padded = try add(try add(spatial[i], attrs.padLow[i]), attrs.padHigh[i])
                    let k = w.shape[2 + i]
                    if padded < k { throw fail("spatial axis \(i): padded length \(padded) < kernel \(k)") }
                    out.append((padded - k) / attrs.strides[i] + 1)
                }
                return TensorType(x.dtype, out)
            case .convTranspose:
                if attrs.padLow.contains(where: { $0 < 0 }) { throw fail("padLow must be ≥ 0") }
                if x.shape[1] != w.shape[0] { throw fail("input has \(x.shape[1]) channels, weight expects \(w.shape[0])") }
                var out = [x.shape[0], w.shape[1]]
                for i in 0..<r {
                    let full = try add(try mul(spatial[i] - 1, attrs.strides[i]), w.shape[2 + i])
                    let len = try sub(try sub(full, attrs.padLow[i]), attrs.padHigh[i])
                    if spatial[i] < 1 || len < 1 { throw fail("spatial axis \(i): output length \(len) < 1") }
                    out.append(len)
                }
                return TensorType(x.dtype, out)
            case .convFilterGradient(_, let kernel):
                // operands: x [N, Cin, L...], dy [N, Cout, Lo...]
                let dy = w
                if kernel.count != r { throw fail("kernel must have \(r) entries") }
                if x.shape[0] != dy.shape[0] { throw fail("batch sizes differ: \(x.shape[0]) vs \(dy.shape[0])") }
                for i in 0..<r {
                    let padded = try add(try add(spatial[i], attrs.padLow[i]), attrs.padHigh[i])
                    let expected = try sub(padded, kernel[i]) / attrs.strides[i] + 1
                    if kernel[i] < 1 || padded < kernel[i] || dy.shape[2 + i] != expected {
                        throw fail("spatial axis \(i): output gradient length \(dy.shape[2 + i]) does not match a conv of length \(spatial[i]) with kernel \(kernel[i]) (expected \(expected))")
                    }
                }
                return TensorType(x.dtype, [dy.shape[1], x.shape[1]] + kernel)
            default:
                fatalError("unreachable")
            }

        case .reshape(let shape):
            try arity(1)
            if shape.contains(where: { $0 < 0 }) { throw fail("target shape \(shape) has a negative size") }
            if SizeArithmetic.product(shape) != operands[0].elementCount {
                throw fail("cannot reshape \(operands[0].shape) (\(operands[0].elementCount) elements) to \(shape)")
            }
            return operands[0].with(shape: shape)

        case .permute(let perm):
            try arity(1)
            let t = operands[0]
            if perm.sorted() != Array(0..<t.rank) { throw fail("\(perm) is not a permutation of 0..<\(t.rank)") }
            return t.with(shape: perm.map { t.shape[$0] })

        case .broadcast(let shape):
            try arity(1)
            let t = operands[0]
            if t.rank > shape.count { throw fail("cannot broadcast rank \(t.rank) to \(shape)") }
            let offset = shape.count - t.rank
            for (i, d) in t.shape.enumerated() where d != 1 && d != shape[offset + i] {
                throw fail("cannot broadcast \(t.shape) to \(shape)")
            }
            return t.with(shape: shape)

        case let .slice(start, limit, stride):
            try arity(1)
            let t = operands[0]
            if start.count != t.rank || limit.count != t.rank || stride.count != t.rank {
                throw fail("start, limit and stride need \(t.rank) entries")
            }
            var shape: [Int] = []
            for i in 0..<t.rank {
                if start[i] < 0 || limit[i] > t.shape[i] || start[i] > limit[i] || stride[i] < 1 {
                    throw fail("axis \(i): slice \(start[i])..<\(limit[i]) by \(stride[i]) is not within 0..<\(t.shape[i])")
                }
                shape.append(limit[i] > start[i] ? (limit[i] - start[i] - 1) / stride[i] + 1 : 0)
            }
            return t.with(shape: shape)

        case .concat(let axis):
            if operands.isEmpty { throw fail("needs at least one operand") }
            let first = operands[0]
            try checkAxes([axis], rank: first.rank)
            var total = 0
            for t in operands {
                if t.dtype != first.dtype { throw fail("operand dtypes differ") }
                if t.rank != first.rank { throw fail("operand ranks differ") }
                for i in 0..<t.rank where i != axis && t.shape[i] != first.shape[i] {
                    throw fail("operand shapes differ outside axis \(axis)")
                }
                total = try add(total, t.shape[axis])
            }
            var shape = first.shape
            shape[axis] = total
            return first.with(shape: shape)

        case let .pad(low, high, mode):
            try arity(1)
            let t = operands[0]
            if low.count != t.rank || high.count != t.rank { throw fail("low and high need \(t.rank) entries") }
            if low.contains(where: { $0 < 0 }) || high.contains(where: { $0 < 0 }) { throw fail("pad widths must be ≥ 0") }
            if case .circular = mode {
                for i in 0..<t.rank where low[i] > t.shape[i] || high[i] > t.shape[i] {
                    throw fail("axis \(i): circular pad (\(low[i]), \(high[i])) exceeds the axis size \(t.shape[i])")
                }
            }
            return t.with(shape: try (0..<t.rank).map { try add(try add(t.shape[$0], low[$0]), high[$0]) })

        case .roll(let shifts):
            try arity(1)
            if shifts.count != operands[0].rank { throw fail("needs one shift per axis (\(operands[0].rank))") }
            return operands[0]

        case .dynamicRoll(let axes):
            try arity(2)
            let t = operands[0], shifts = operands[1]
            try checkAxes(axes, rank: t.rank)
            if axes != axes.sorted() || Set(axes).count != axes.count { throw fail("axes \(axes) must be sorted and distinct") }
            if !shifts.dtype.isInteger { throw fail("shifts must be i32 or i64, got \(shifts.dtype)") }
            if shifts.shape != [axes.count] {
                throw fail("shifts must be a vector of \(axes.count) (one per rolled axis), got shape \(shifts.shape)")
            }
            return t

        case .gather(let axis):
            try arity(2)
            let data = operands[0], idx = operands[1]
            try checkAxes([axis], rank: data.rank)
            if !idx.dtype.isInteger { throw fail("indices must be i32 or i64, got \(idx.dtype)") }
            return data.with(shape: Array(data.shape[..<axis]) + idx.shape + Array(data.shape[(axis + 1)...]))

        case let .scatterAdd(axis, size):
            try arity(2)
            let upd = operands[0], idx = operands[1]
            if !idx.dtype.isInteger { throw fail("indices must be i32 or i64, got \(idx.dtype)") }
            if upd.dtype == .bool { throw fail("needs numeric updates") }
            if size < 0 { throw fail("size must be ≥ 0") }
            let outRank = upd.rank - idx.rank + 1
            if axis < 0 || axis >= outRank { throw fail("axis \(axis) out of range for rank \(outRank)") }
            if Array(upd.shape[axis..<(axis + idx.rank)]) != idx.shape {
                throw fail("updates \(upd.shape) do not hold indices \(idx.shape) at axis \(axis)")
            }
            return upd.with(shape: Array(upd.shape[..<axis]) + [size] + Array(upd.shape[(axis + idx.rank)...]))

        case .scaledDotProductAttention(let attrs):
            return try attrs.forwardType(operands, fail: fail)
        case .scaledDotProductAttentionBackward(let attrs):
            return try attrs.backwardType(operands, fail: fail)
        }
    }

    /// Checks a leaf op against the type its node declares.
    public func checkLeaf(_ type: TensorType, location: SourceLocation? = nil) throws {
        func fail(_ message: String) -> TuskError {
            .shape(op: name, message: message, operands: [type], location: location)
        }
        if type.shape.contains(where: { $0 < 0 }) { throw fail("negative size in \(type.shape)") }
        try type.checkSize(op: name, location: location)
        switch self {
        case .input(let n), .parameter(let n):
            if n.isEmpty { throw fail("name must not be empty") }
        case .fill:
            break
        case .iota(let axis, _, _):
            if axis < 0 || axis >= type.rank { throw fail("axis \(axis) out of range for rank \(type.rank)") }
        case .literal(let values):
            if values.count != type.elementCount {
                throw fail("\(values.count) values for \(type.elementCount) elements")
            }
        default:
            throw fail("not a leaf op")
        }
    }
}

/// numpy broadcasting of two shapes, or nil when they are incompatible.
public func broadcastShapes(_ a: [Int], _ b: [Int]) -> [Int]? {
    let rank = max(a.count, b.count)
    var out = [Int](repeating: 1, count: rank)
    for i in 0..<rank {
        let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
        let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
        if da == db || db == 1 { out[i] = da } else if da == 1 { out[i] = db } else { return nil }
    }
    return out
}
