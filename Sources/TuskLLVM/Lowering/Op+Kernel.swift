import TuskIR

/// Loop-kernel lowering: one exhaustive switch over `Op`. Each case says how the op's element at
/// an output index is computed from its operands' elements; movement ops only rewrite the index.
extension Op {
    func kernelAccess(type: TensorType, operands x: [TensorAccess], context: inout LoweringContext) throws -> TensorAccess {
        let shape = type.shape, dtype = type.dtype
        switch self {
        case .input, .parameter:
            throw LLVMError.unsupported(op: name, message: "inputs and parameters are kernel buffers, not expressions")

        case .fill(let value):
            let c = ScalarExpr.constant(convertConstant(value, to: dtype), dtype)
            return TensorAccess(type: type) { _ in c }
        case let .iota(axis, start, step):
            return TensorAccess(type: type) { idx in .iota(idx[axis], start: start, step: step, dtype) }
        case .literal(let values):
            let k = context.constant(constantTensor(values, shape: shape, dtype: dtype))
            return TensorAccess(type: type) { idx in .load(.constant(k), IndexExpr.rowMajorOffset(idx, shape: shape), dtype) }

        case .unary(let u):
            return TensorAccess(type: type) { idx in .unary(u, x[0].at(idx)) }
        case .binary(let op):
            return TensorAccess(type: type) { idx in
                .binary(op, x[0].at(broadcastIndex(idx, shape, x[0].type.shape)), x[1].at(broadcastIndex(idx, shape, x[1].type.shape)))
            }
        case .compare(let op):
            return TensorAccess(type: type) { idx in
                .compare(op, x[0].at(broadcastIndex(idx, shape, x[0].type.shape)), x[1].at(broadcastIndex(idx, shape, x[1].type.shape)))
            }
        case .select:
            return TensorAccess(type: type) { idx in
                .select(x[0].at(broadcastIndex(idx, shape, x[0].type.shape)),
                        x[1].at(broadcastIndex(idx, shape, x[1].type.shape)),
                        x[2].at(broadcastIndex(idx, shape, x[2].type.shape)))
            }
        case .cast(let d):
            return TensorAccess(type: type) { idx in
                let v = x[0].at(idx)
                return v.dtype == d ? v : .cast(v, d)
            }

        case let .reduce(op, axes, keepDims):
            // One reduction variable per run of consecutive reduced axes (spanning the run
            // row-major, so its offsets stay affine), nested outermost run first: the innermost
            // run, often the contiguous one, is the inner loop that vectorizes.
            let inShape = x[0].type.shape
            let runs = reductionRuns(axes)
            // (No axes: one variable of extent 1, the group of one element.)
            let vars = runs.isEmpty ? [context.variable(extent: 1)]
                : runs.map { run in context.variable(extent: run.map { inShape[$0] }.reduce(1, *)) }
            let count = axes.map { inShape[$0] }.reduce(1, *)
            return TensorAccess(type: type) { idx in
                var inIdx: [IndexExpr] = []
                var kept = 0
                for d in inShape.indices {
                    if let r = runs.firstIndex(where: { $0.contains(d) }) {
                        let run = runs[r]
                        let stride = run.filter { $0 > d }.map { inShape[$0] }.reduce(1, *)
                        inIdx.append(IndexExpr(vars[r]).floorDiv(stride).floorMod(inShape[d]))
                        if keepDims { kept += 1 }
                    } else {
                        inIdx.append(idx[kept])
                        kept += 1
                    }
                }
                let inner = op == .mean ? ReduceOp.sum : op
                var e = x[0].at(inIdx)
                for v in vars.reversed() { e = .reduce(inner, v, e) }
                if op == .mean { e = .binary(.div, e, .constant(convertConstant(Double(count), to: dtype), dtype)) }
                return e
            }
        case .softmax(let axis):
            // exp(x − max) / Σ exp(x − max), the max and the sum over `axis` at the other indices.
            let n = shape[axis]
            let vm = context.variable(extent: n), vs = context.variable(extent: n)
            return TensorAccess(type: type) { idx in
                func along(_ v: LoopVar) -> [IndexExpr] {
                    var i = idx
                    i[axis] = IndexExpr(v)
                    return i
                }
                let m = ScalarExpr.reduce(.max, vm, x[0].at(along(vm)))
                let s = ScalarExpr.reduce(.sum, vs, .unary(.exp, .binary(.sub, x[0].at(along(vs)), m)))
                return .binary(.div, .unary(.exp, .binary(.sub, x[0].at(idx), m)), s)
            }

        case .matmul, .conv, .convTranspose, .convFilterGradient:
            throw LLVMError.unsupported(op: name, message: "contractions run on OpenBLAS; only their elementwise prologues and epilogues become loop kernels")
        case .scaledDotProductAttention, .scaledDotProductAttentionBackward:
            throw LLVMError.unsupported(op: name, message: "fused attention runs as its tiled kernel on the BLAS provider (or expand it with expand-fused)")
        case .scatterAdd:
            throw LLVMError.unsupported(op: name, message: "scatter_add is not a loop kernel yet (its writes are data-dependent)")

        case .reshape:
            let inShape = x[0].type.shape
            let inStrides = IndexExpr.rowMajorStrides(inShape)
            return TensorAccess(type: type) { idx in
                let flat = IndexExpr.rowMajorOffset(idx, shape: shape)
                return x[0].at(inShape.indices.map { flat.floorDiv(inStrides[$0]).floorMod(inShape[$0]) })
            }
        case .permute(let perm):
            return TensorAccess(type: type) { idx in
                var inIdx = [IndexExpr](repeating: IndexExpr(0), count: perm.count)
                for (k, p) in perm.enumerated() { inIdx[p] = idx[k] }
                return x[0].at(inIdx)
            }
        case .broadcast:
            return TensorAccess(type: type) { idx in x[0].at(broadcastIndex(idx, shape, x[0].type.shape)) }
        case let .slice(start, _, stride):
            return TensorAccess(type: type) { idx in
                x[0].at(idx.indices.map { idx[$0] * stride[$0] + start[$0] })
            }
        case .concat(let axis):
            // Piecewise along `axis`: operand k where offset_k ≤ i < offset_k + n_k (guarded loads).
            let pieces = x.filter { $0.type.shape[axis] > 0 }
            return TensorAccess(type: type) { idx in
                var offsets: [Int] = []
                var total = 0
                for p in pieces { offsets.append(total); total += p.type.shape[axis] }
                func piece(_ k: Int) -> ScalarExpr {
                    var i = idx
                    i[axis] = idx[axis] - offsets[k]
                    return pieces[k].at(i)
                }
                guard var e = pieces.indices.last.map(piece) else { return .constant(0, dtype) }
                for k in pieces.indices.dropLast().reversed() {
                    let inside = ScalarExpr.compare(.lt, .index(idx[axis]), .index(IndexExpr(offsets[k] + pieces[k].type.shape[axis])))
                    e = .guarded(inside, piece(k), otherwise: e, failure: nil)
                }
                return e
            }
        case let .pad(low, _, mode):
            let inShape = x[0].type.shape
            switch mode {
            case .constant(let value):
                let fill = ScalarExpr.constant(convertConstant(value, to: dtype), dtype)
                return TensorAccess(type: type) { idx in
                    let inIdx = idx.indices.map { idx[$0] - low[$0] }
                    var conditions: [ScalarExpr] = []
                    for d in inIdx.indices {
                        guard let r = inIdx[d].range, r.lowerBound >= 0, r.upperBound < inShape[d] else {
                            conditions.append(.compare(.ge, .index(inIdx[d]), .index(IndexExpr(0))))
                            conditions.append(.compare(.lt, .index(inIdx[d]), .index(IndexExpr(inShape[d]))))
                            continue
                        }
                    }
                    if conditions.isEmpty { return x[0].at(inIdx) }
                    return .guarded(.all(conditions), x[0].at(inIdx), otherwise: fill, failure: nil)
                }
            case .circular:
                return TensorAccess(type: type) { idx in
                    x[0].at(idx.indices.map { d in inShape[d] == 0 ? IndexExpr(0) : (idx[d] - low[d]).floorMod(inShape[d]) })
                }
            }
        case .roll(let shifts):
            return TensorAccess(type: type) { idx in
                x[0].at(idx.indices.map { d in
                    let n = shape[d]
                    return n == 0 ? idx[d] : (idx[d] - IndexExpr.floorModulo(shifts[d], n)).floorMod(n)
                })
            }
        case .dynamicRoll(let axes):
            // Index arithmetic with a run-time offset: the shift is loaded from the shifts
            // operand and the source index is (j − shift) floor-mod n (any integer shift).
            let shifts = x[1]
            return TensorAccess(type: type) { idx in
                x[0].at(idx.indices.map { d in
                    let n = shape[d]
                    guard n > 0, let k = axes.firstIndex(of: d) else { return idx[d] }
                    let shift = IndexExpr.value(shifts.at([IndexExpr(k)]))
                    return (idx[d] - shift.floorMod(n)).floorMod(n)
                })
            }
        case .gather(let axis):
            let data = x[0], indices = x[1]
            let size = data.type.shape[axis], k = indices.type.rank
            return TensorAccess(type: type) { idx in
                let position = indices.at(Array(idx[axis..<(axis + k)]))
                let i = IndexExpr.value(position)
                let dataIdx = Array(idx[..<axis]) + [i] + Array(idx[(axis + k)...])
                let inside = ScalarExpr.all([.compare(.ge, .index(i), .index(IndexExpr(0))),
                                             .compare(.lt, .index(i), .index(IndexExpr(size)))])
                return .guarded(inside, data.at(dataIdx), otherwise: .constant(0, dtype), failure: .indexOutOfRange)
            }
        }
    }
}

/// The operand index read for a result index under numpy broadcasting (axes aligned right;
/// size-1 operand axes read index 0).
func broadcastIndex(_ idx: [IndexExpr], _ result: [Int], _ operand: [Int]) -> [IndexExpr] {
    if operand == result { return idx }
    let offset = result.count - operand.count
    return operand.indices.map { s in operand[s] == 1 ? IndexExpr(0) : idx[offset + s] }
}

/// A `Double` constant as the dtype holds it: rounded to `Float`, truncated toward zero and
/// saturated for integers (NaN → 0), `!= 0` for bool — the interpreter's leaf conversion.
func convertConstant(_ v: Double, to d: DType) -> Double {
    switch d {
    case .f32: return Double(Float(v))
    case .f64: return v
    case .bool: return v != 0 ? 1 : 0
    case .i32, .i64:
        if v.isNaN { return 0 }
        let (lo, hi) = d == .i32 ? (Double(Int32.min), Double(Int32.max)) : (Double(Int64.min), Double(Int64.max))
        if v >= hi { return d == .i32 ? hi : Double(Int64.max) }
        if v <= lo { return lo }
        return v.rounded(.towardZero)
    }
}

/// An integer-valued `Double` as `Int`, saturating at the `Int` range (2^63 is not an `Int`).
func saturatingInt(_ v: Double) -> Int {
    if v.isNaN { return 0 }
    if v >= 9.223372036854775807e18 { return Int.max }
    if v <= -9.223372036854775808e18 { return Int.min }
    return Int(v)
}

/// A literal's values converted like the interpreter's leaves (`convertConstant`).
func constantTensor(_ values: [Double], shape: [Int], dtype: DType) -> TensorData {
    let c = values.map { convertConstant($0, to: dtype) }
    let storage: TensorStorage = switch dtype {
    case .f32: .f32(c.map { Float($0) })
    case .f64: .f64(c)
    case .i32: .i32(c.map { Int32(saturatingInt($0)) })
    case .i64: .i64(c.map { Int64(saturatingInt($0)) })
    case .bool: .bool(c.map { $0 != 0 })
    }
    return TensorData(shape: shape, storage: storage)
}

/// Sorted axes grouped into runs of consecutive axes: `[0, 2, 3] → [[0], [2, 3]]`.
func reductionRuns(_ axes: [Int]) -> [[Int]] {
    var runs: [[Int]] = []
    for a in axes {
        if let last = runs.last?.last, last + 1 == a { runs[runs.count - 1].append(a) } else { runs.append([a]) }
    }
    return runs
}
