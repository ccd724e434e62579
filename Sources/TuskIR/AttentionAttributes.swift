/// The options of the fused attention ops `scaled_dot_product_attention` and
/// `scaled_dot_product_attention_backward` (PyTorch's `F.scaled_dot_product_attention`, MLX's
/// `fast.scaled_dot_product_attention`), over the last two axes of `q [..., Tq, d]`,
/// `k [..., Tk, d]` and `v [..., Tk, dv]`:
///
/// ```
/// s[..., i, j] = scale · Σ_c q[..., i, c] · k[..., j, c]  (+ table[buckets[i − j + Tk − 1], h])
///                                                          (−∞ where causal and j > i)
/// o = softmax_j(s) · v,   lse[..., i] = log Σ_j exp(s[..., i, j])
/// ```
///
/// The bias is the T5 relative-position bias of Walrus's time attention: a small learned table
/// `[buckets, heads]` indexed by a bucket of the offset `i − j`, never an `Tq × Tk` tensor.
public struct AttentionAttributes: Hashable, Sendable {
    /// Multiplies `q·kᵀ` before the bias is added (`1/√d` by convention).
    public var scale: Double
    /// Masks keys after the query (`j > i`, aligned top-left like PyTorch's `is_causal`) with −∞.
    public var causal: Bool
    /// The relative-position bias read from the table operand, or nil (no table operand).
    public var bias: RelativePositionBias?
    /// Rotary embedding (RoPE) of q and k inside the op: the number `r` of leading features of
    /// each head that are rotated in interleaved pairs (0: none). With `r > 0` four more operands
    /// follow: `cos_q`, `sin_q` `[Tq, r]` and `cos_k`, `sin_k` `[Tk, r]`, and before the scores
    /// `x[2m] ← x[2m]·cos[2m] − x[2m+1]·sin[2m]`, `x[2m+1] ← x[2m+1]·cos[2m+1] + x[2m]·sin[2m+1]`
    /// (lucidrains' interleaved `rotate_half`, as Walrus's axial RoPE); features `r..<d` pass.
    public var rotaryFeatures: Int

    public init(scale: Double, causal: Bool = false, bias: RelativePositionBias? = nil, rotaryFeatures: Int = 0) {
        self.scale = scale
        self.causal = causal
        self.bias = bias
        self.rotaryFeatures = rotaryFeatures
    }

    /// Operands before `y, dy`: q, k, v, the bias table, the four rotary tables.
    public var primalOperandCount: Int { 3 + (bias == nil ? 0 : 1) + (rotaryFeatures > 0 ? 4 : 0) }
    /// The index of `cos_q` (then `sin_q`, `cos_k`, `sin_k`) among the operands.
    public var rotaryOperandIndex: Int { bias == nil ? 3 : 4 }
}

/// How the attention ops read an additive bias from a `[buckets, heads]` table.
public struct RelativePositionBias: Hashable, Sendable {
    /// The batch axis of `q` whose index picks the table's column (the head axis); the table has
    /// as many columns as that axis has entries.
    public var headAxis: Int
    /// The table row of every query–key offset: the bias of query `i` and key `j` is
    /// `table[buckets[i − j + Tk − 1], head]`, so there are `Tq + Tk − 1` entries, for the offsets
    /// `−(Tk − 1) … Tq − 1` (T5 buckets depend on the offset only).
    public var buckets: [Int]

    public init(headAxis: Int, buckets: [Int]) {
        self.headAxis = headAxis
        self.buckets = buckets
    }
}

extension AttentionAttributes {
    /// The result type of `scaled_dot_product_attention` over `[q, k, v]` or `[q, k, v, table]`:
    /// `[..., Tq, dv + 1]`, the output with the per-row log-sum-exp appended as its last column.
    ///
    /// Why one packed result: an IR node defines one value, and the backward op needs both the
    /// output and the log-sum-exp, which the kernel computes in the same pass. Packing them keeps
    /// the forward to one kernel (no second op recomputing `q·kᵀ` for the log-sum-exp), costs one
    /// column per row, and the users read the output through a `slice` of the first `dv`
    /// columns — an ordinary primitive, so the decomposition and every pass understand it.
    func forwardType(_ operands: [TensorType], fail: (String) -> TuskError) throws -> TensorType {
        let expected = primalOperandCount
        if operands.count != expected {
            throw fail("expects \(expected) operands (\(operandNames)), got \(operands.count)"
                       + (bias == nil && operands.count == 4 ? " (a bias table needs the bias_head_axis and bias_buckets attributes)" : ""))
        }
        let q = operands[0], k = operands[1], v = operands[2]
        if !q.dtype.isFloatingPoint { throw fail("needs floating-point operands, got \(q.dtype)") }
        if k.dtype != q.dtype || v.dtype != q.dtype {
            throw fail("operand dtypes differ: q \(q.dtype), k \(k.dtype), v \(v.dtype)")
        }
        if q.rank < 2 || k.rank != q.rank || v.rank != q.rank {
            throw fail("q, k and v need the same rank ≥ 2 ([..., tokens, features]), got \(q.shape), \(k.shape), \(v.shape)")
        }
        let batch = Array(q.shape.dropLast(2))
        if Array(k.shape.dropLast(2)) != batch || Array(v.shape.dropLast(2)) != batch {
            throw fail("q, k and v need the same batch axes, got \(q.shape.dropLast(2)), \(k.shape.dropLast(2)), \(v.shape.dropLast(2))")
        }
        let tq = q.shape[q.rank - 2], d = q.shape[q.rank - 1]
        let tk = k.shape[k.rank - 2]
        if k.shape[k.rank - 1] != d { throw fail("q has \(d) features per token but k has \(k.shape[k.rank - 1])") }
        if v.shape[v.rank - 2] != tk { throw fail("k has \(tk) tokens but v has \(v.shape[v.rank - 2])") }
        if tk < 1 { throw fail("needs at least one key token (softmax over no keys)") }
        if !scale.isFinite { throw fail("scale must be finite, got \(scale)") }
        if let bias {
            let table = operands[3]
            if table.dtype != q.dtype { throw fail("the bias table is \(table.dtype), q is \(q.dtype)") }
            if table.rank != 2 { throw fail("the bias table must be [buckets, heads], got \(table.shape)") }
            if bias.headAxis < 0 || bias.headAxis >= batch.count {
                throw fail("bias_head_axis \(bias.headAxis) is not a batch axis of q \(q.shape) (0..<\(batch.count))")
            }
            if table.shape[1] != batch[bias.headAxis] {
                throw fail("the bias table has \(table.shape[1]) head columns but axis \(bias.headAxis) of q has \(batch[bias.headAxis]) entries")
            }
            let offsets = max(tq + tk - 1, 0)
            if bias.buckets.count != offsets {
                throw fail("bias_buckets needs one bucket per query–key offset (Tq + Tk − 1 = \(offsets)), got \(bias.buckets.count)")
            }
            if let bad = bias.buckets.first(where: { $0 < 0 || $0 >= table.shape[0] }) {
                throw fail("bucket \(bad) is outside the bias table's \(table.shape[0]) rows")
            }
        }
        if rotaryFeatures != 0 {
            let r = rotaryFeatures
            if r < 0 || r % 2 != 0 || r > d {
                throw fail("rotary_features must be even and in 2...\(d) (the head width), got \(r)")
            }
            for (i, name) in ["cos_q", "sin_q", "cos_k", "sin_k"].enumerated() {
                let t = operands[rotaryOperandIndex + i], tokens = i < 2 ? tq : tk
                if t != TensorType(q.dtype, [tokens, r]) {
                    throw fail("the rotary table \(name) must be \(TensorType(q.dtype, [tokens, r])), got \(t)")
                }
            }
        }
        return TensorType(q.dtype, batch + [tq, v.shape[v.rank - 1] + 1])
    }

    /// `q, k, v, bias table, cos_q, …`: the operand list in messages.
    var operandNames: String {
        (["q", "k", "v"] + (bias == nil ? [] : ["bias table"])
            + (rotaryFeatures > 0 ? ["cos_q", "sin_q", "cos_k", "sin_k"] : [])).joined(separator: ", ")
    }

    /// The result type of `scaled_dot_product_attention_backward` over
    /// `[q, k, v, (table,) y, dy]`, where `y` is the forward result and `dy` its cotangent (both
    /// `[..., Tq, dv + 1]`): one flat vector holding the gradient of every operand before
    /// `y` (`dq`, `dk`, `dv`, then `dtable` and the four rotary tables' when present), each
    /// row-major, in operand order — the one value of the node, which the VJP slices and reshapes.
    func backwardType(_ operands: [TensorType], fail: (String) -> TuskError) throws -> TensorType {
        let primal = primalOperandCount
        if operands.count != primal + 2 {
            throw fail("expects \(primal + 2) operands (\(operandNames), y, dy), got \(operands.count)")
        }
        let forward = try forwardType(Array(operands[..<primal]), fail: fail)
        if operands[primal] != forward || operands[primal + 1] != forward {
            throw fail("y and dy must have the forward result's type \(forward), got \(operands[primal]) and \(operands[primal + 1])")
        }
        return TensorType(forward.dtype, [operands[..<primal].reduce(0) { $0 + $1.elementCount }])
    }

    /// Text-format attributes (see `Op+Print.swift`).
    var textAttributes: [(name: String, value: String)] {
        var a: [(name: String, value: String)] = [("scale", TextFormat.double(scale)), ("causal", "\(causal)")]
        if let bias {
            a.append(("bias_head_axis", "\(bias.headAxis)"))
            a.append(("bias_buckets", TextFormat.ints(bias.buckets)))
        }
        if rotaryFeatures != 0 { a.append(("rotary_features", "\(rotaryFeatures)")) }
        return a
    }
}
