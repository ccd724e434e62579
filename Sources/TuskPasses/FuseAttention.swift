import TuskIR

/// `fuse-attention`: replaces the scaled dot-product attention pattern the DSL traces by one
/// `scaled_dot_product_attention` node (and a `slice` of its output columns), so that neither the
/// forward nor — after autodiff — the backward materializes the `Tq × Tk` scores and
/// probabilities. Runs in `Pipeline.forward`, before autodiff.
///
/// The recognized pattern (`TuskNN.scaledDotProductAttention`, as Walrus's time, space and axial
/// attentions trace it), over `q [..., Tq, d]`, `k [..., Tk, d]`, `v [..., Tk, dv]` with equal
/// batch axes:
///
/// ```
/// s = matmul(q, k, transpose_b) [· fill(scale)]
///     [+ reshape(permute(gather(table[buckets, heads], literal idx[Tq·Tk]), [1, 0]), [1…, heads, Tq, Tk])]
///     [→ select(gt(iota(axis 1), iota(axis 0)), fill(−inf), ·)]      (or lt(iota₀, iota₁))
/// o = matmul(softmax(s, last axis), v)
/// ```
///
/// A rotary embedding of both q and k as `WalrusModel.applyRoPE` traces it (see
/// `AttentionMatch.rotary`) is fused too, its cos/sin tables becoming operands whatever
/// computes them; otherwise the rotated q and k are simply the op's q and k.
///
/// The bias is fused only when the gathered bucket of every (query i, key j) depends on
/// `i − j` alone (a relative-position bias) and its head axis lines up with the batch axis just
/// before the token axes. Every intermediate (scores, scaled, biased, masked scores and
/// probabilities) must have no other user — otherwise it would stay materialized anyway, and
/// the graph is left as it is. Anything else is left unfused (still correct, just unfused).
///
/// The cost rule: an attention whose key axis has fewer than `minimumKeyTokens` tokens stays
/// unfused. On this CPU the fused kernels pay where the key axis is long (Walrus's space
/// attention, ≥ 1024 tokens: the GEMM-tiled kernel is faster than GEMM + softmax + GEMM and
/// keeps no N×N probabilities), while for Walrus's time attention (T ≤ 16 keys per row, hundreds
/// of thousands of tiny rows) the unfused batched GEMMs win and the probabilities are small
/// anyway (Docs/PERFORMANCE.md, `TuskBenchmarks attention`).
public struct FuseAttention: Pass {
    /// Attentions with fewer key tokens are left unfused (1: fuse every match).
    public var minimumKeyTokens: Int

    /// `fuse-attention`, or `fuse-attention(min-keys=N)` with a cost rule (the name is part of
    /// the compile cache key, so the two never share an entry).
    public var name: String { minimumKeyTokens <= 1 ? "fuse-attention" : "fuse-attention(min-keys=\(minimumKeyTokens))" }

    /// Fuses every match whose key axis has at least `minimumKeyTokens` tokens (default: all).
    public init(minimumKeyTokens: Int = 1) {
        self.minimumKeyTokens = minimumKeyTokens
    }

    public func run(_ graph: Graph) throws -> Graph {
        let uses = graph.useCounts()
        var matches: [Int: AttentionMatch] = [:]
        for i in graph.nodes.indices {
            if let m = AttentionMatch(graph, ValueID(i), uses: uses), m.keyTokens(graph) >= minimumKeyTokens { matches[i] = m }
        }
        if matches.isEmpty { return graph }
        return try GraphRewriter.rewrite(graph) { r, old, _ in
            guard let m = matches[old.index] else { return nil }
            var operands = [r.mapped(m.q), r.mapped(m.k), r.mapped(m.v)]
            if let table = m.table { operands.append(r.mapped(table)) }
            operands += m.rotaryTables.map { r.mapped($0) }
            let location = graph[old].location
            let fused = try r.append(.scaledDotProductAttention(m.attributes), operands, location: location)
            let shape = r.type(of: fused).shape
            var limit = shape
            limit[limit.count - 1] -= 1
            let zeros = [Int](repeating: 0, count: shape.count), ones = [Int](repeating: 1, count: shape.count)
            return try r.append(.slice(start: zeros, limit: limit, stride: ones), [fused], location: location)
        }
    }
}

/// One attention pattern ending at a `matmul(probabilities, v)` node (see `FuseAttention`).
struct AttentionMatch {
    var q: ValueID, k: ValueID, v: ValueID
    var table: ValueID?
    /// cos_q, sin_q, cos_k, sin_k when the rotary embedding is fused.
    var rotaryTables: [ValueID]
    var attributes: AttentionAttributes

    /// The length of the key axis (`Tk`).
    func keyTokens(_ g: Graph) -> Int {
        let shape = g.type(of: k).shape
        return shape[shape.count - 2]
    }

    init?(_ g: Graph, _ out: ValueID, uses: [Int]) {
        func single(_ id: ValueID) -> Bool { uses[id.index] == 1 }
        let node = g[out]
        guard case .matmul(false, false) = node.op, node.type.dtype.isFloatingPoint else { return nil }
        let probabilities = node.operands[0]
        let pNode = g[probabilities]
        guard case .softmax(let axis) = pNode.op, axis == pNode.type.rank - 1, single(probabilities) else { return nil }
        let rank = pNode.type.rank
        var s = pNode.operands[0]
        guard single(s) else { return nil }

        var causal = false
        if let unmasked = Self.causalMaskOperand(g, s) {
            causal = true
            s = unmasked
            guard single(s) else { return nil }
        }

        var table: ValueID?
        var bias: RelativePositionBias?
        if case .binary(.add) = g[s].op {
            let (a, b) = (g[s].operands[0], g[s].operands[1])
            let found = Self.relativeBias(g, b, scoresRank: rank).map { (a, $0) }
                ?? Self.relativeBias(g, a, scoresRank: rank).map { (b, $0) }
            guard let found, g.type(of: found.0) == g[s].type else { return nil }
            table = found.1.0
            bias = found.1.1
            s = found.0
            guard single(s) else { return nil }
        }

        var scale = 1.0
        if case .binary(.mul) = g[s].op {
            let (a, b) = (g[s].operands[0], g[s].operands[1])
            if let value = Self.scalarFill(g, b), g.type(of: a) == g[s].type {
                scale = value
                s = a
            } else if let value = Self.scalarFill(g, a), g.type(of: b) == g[s].type {
                scale = value
                s = b
            } else {
                return nil
            }
            guard single(s) else { return nil }
        }

        guard case .matmul(false, true) = g[s].op else { return nil }
        var (q, k, v) = (g[s].operands[0], g[s].operands[1], node.operands[1])
        // Rotary embedding on both q and k (same rotated width), each used only here: fused too.
        var rotaryTables: [ValueID] = []
        var rotaryFeatures = 0
        if single(q), single(k), q != k, let rq = Self.rotary(g, q), let rk = Self.rotary(g, k), rq.features == rk.features {
            (q, k) = (rq.x, rk.x)
            rotaryTables = [rq.cos, rq.sin, rk.cos, rk.sin]
            rotaryFeatures = rq.features
        }
        let attributes = AttentionAttributes(scale: scale, causal: causal, bias: bias, rotaryFeatures: rotaryFeatures)
        var operandTypes = [g.type(of: q), g.type(of: k), g.type(of: v)]
        if let table { operandTypes.append(g.type(of: table)) }
        operandTypes += rotaryTables.map { g.type(of: $0) }
        // Equal batch axes, matching sizes, valid buckets: exactly what the op's shape rule says,
        // and the fused result must be the matmul's type plus the log-sum-exp column.
        guard let fusedType = try? Op.scaledDotProductAttention(attributes).resultType(operandTypes),
              Array(fusedType.shape.dropLast()) == Array(node.type.shape.dropLast()),
              fusedType.shape.last == (node.type.shape.last ?? 0) + 1, fusedType.dtype == node.type.dtype
        else { return nil }
        self.q = q
        self.k = k
        self.v = v
        self.table = table
        self.rotaryTables = rotaryTables
        self.attributes = attributes
    }

    /// Whether `id` is `slice(of, last axis lo..<hi)` with every other axis whole.
    static func isLastAxisSlice(_ g: Graph, _ id: ValueID, of operand: ValueID, _ lo: Int, _ hi: Int) -> Bool {
        guard case let .slice(start, limit, stride) = g[id].op, g[id].operands[0] == operand else { return false }
        let shape = g.type(of: operand).shape, last = shape.count - 1
        guard last >= 0, stride.allSatisfy({ $0 == 1 }), start[last] == lo, limit[last] == hi else { return false }
        return (0..<last).allSatisfy { start[$0] == 0 && limit[$0] == shape[$0] }
    }

    /// The unrotated input, tables and rotated width of a rotary embedding as
    /// `WalrusModel.applyRoPE` traces it (interleaved pairs, the decomposition's `rotate`):
    /// `[concat(] add(mul(r, cos), mul(reshape(concat([neg(slice odd), slice even])), sin)) [, slice(x, r..<d))]`
    /// with `r = slice(x, 0..<r)` and the pairs a `[…, r/2, 2]` reshape of it. The tables are any
    /// `[T, r]` values (however they are built).
    static func rotary(_ g: Graph, _ id: ValueID) -> (x: ValueID, cos: ValueID, sin: ValueID, features: Int)? {
        let shape = g.type(of: id).shape
        guard shape.count >= 2 else { return nil }
        let d = shape[shape.count - 1], tokens = shape[shape.count - 2]
        let lead = Array(shape.dropLast())
        var turned = id
        var tail: ValueID?
        if case .concat(let axis) = g[id].op, axis == shape.count - 1, g[id].operands.count == 2 {
            turned = g[id].operands[0]
            tail = g[id].operands[1]
        }
        guard case .binary(.add) = g[turned].op else { return nil }
        let (a, b) = (g[turned].operands[0], g[turned].operands[1])
        guard case .binary(.mul) = g[a].op, case .binary(.mul) = g[b].op else { return nil }
        let (rotated, cos) = (g[a].operands[0], g[a].operands[1])
        let (half, sin) = (g[b].operands[0], g[b].operands[1])
        guard case .slice = g[rotated].op else { return nil }
        let x = g[rotated].operands[0]
        let r = g.type(of: rotated).shape.last ?? 0
        guard g.type(of: x).shape == lead + [d], r >= 2, r % 2 == 0,
              isLastAxisSlice(g, rotated, of: x, 0, r),
              g.type(of: turned).shape == lead + [r],
              tail.map({ isLastAxisSlice(g, $0, of: x, r, d) }) ?? (r == d),
              g.type(of: cos) == TensorType(g[id].type.dtype, [tokens, r]), g.type(of: sin) == g.type(of: cos)
        else { return nil }
        // half = reshape(concat([neg(odd), even], last), […, r]) of pairs = reshape(rotated, […, r/2, 2]).
        guard case .reshape = g[half].op, case .concat(let pairAxis) = g[g[half].operands[0]].op else { return nil }
        let halves = g[g[half].operands[0]].operands
        guard halves.count == 2, case .unary(.neg) = g[halves[0]].op else { return nil }
        let odd = g[halves[0]].operands[0], even = halves[1]
        let pairs = g[odd].operands.first ?? odd
        guard case .reshape = g[pairs].op, g[pairs].operands[0] == rotated,
              g.type(of: pairs).shape == lead + [r / 2, 2], pairAxis == shape.count,
              isLastAxisSlice(g, odd, of: pairs, 1, 2), isLastAxisSlice(g, even, of: pairs, 0, 1)
        else { return nil }
        return (x, cos, sin, r)
    }

    /// The value of a one-element `fill`, if `id` is one.
    static func scalarFill(_ g: Graph, _ id: ValueID) -> Double? {
        guard case .fill(let value) = g[id].op, g[id].type.elementCount == 1 else { return nil }
        return value
    }

    /// The scores operand of `select(j > i, −inf, scores)` over `[Tq, Tk]` iotas, if `id` is one.
    static func causalMaskOperand(_ g: Graph, _ id: ValueID) -> ValueID? {
        guard case .select = g[id].op else { return nil }
        let (cond, fill, scores) = (g[id].operands[0], g[id].operands[1], g[id].operands[2])
        guard let v = scalarFill(g, fill), v == -.infinity, g.type(of: scores) == g[id].type else { return nil }
        let shape = g[id].type.shape
        guard shape.count >= 2 else { return nil }
        let tokens = Array(shape.suffix(2))
        func iota(_ x: ValueID, axis: Int) -> Bool {
            guard case let .iota(a, start, step) = g[x].op else { return false }
            return a == axis && start == 0 && step == 1 && g[x].type.shape == tokens
        }
        let c = g[cond]
        guard case .compare(let op) = c.op, c.type.shape == tokens else { return nil }
        let (a, b) = (c.operands[0], c.operands[1])
        switch op {
        case .gt where iota(a, axis: 1) && iota(b, axis: 0): return scores   // j > i
        case .lt where iota(a, axis: 0) && iota(b, axis: 1): return scores   // i < j
        default: return nil
        }
    }

    /// The table and relative-position buckets of a T5 bias
    /// `reshape(permute(gather(table, literal idx), [1, 0]), [1…, heads, Tq, Tk])`, if `id` is one.
    static func relativeBias(_ g: Graph, _ id: ValueID, scoresRank rank: Int) -> (ValueID, RelativePositionBias)? {
        let reshaped = g[id]
        guard case .reshape(let shape) = reshaped.op, rank >= 3, shape.count >= 3, shape.count <= rank,
              shape.dropLast(3).allSatisfy({ $0 == 1 }) else { return nil }
        let permuted = g[reshaped.operands[0]]
        guard case .permute([1, 0]) = permuted.op else { return nil }
        let gathered = g[permuted.operands[0]]
        guard case .gather(0) = gathered.op else { return nil }
        let (table, indices) = (gathered.operands[0], gathered.operands[1])
        guard case .literal(let idx) = g[indices].op, g.type(of: table).rank == 2 else { return nil }
        let (heads, tq, tk) = (shape[shape.count - 3], shape[shape.count - 2], shape[shape.count - 1])
        guard g.type(of: table).shape[1] == heads, idx.count == tq * tk, tk >= 1 else { return nil }
        var buckets = [Int?](repeating: nil, count: tq + tk - 1)
        for i in 0..<tq {
            for j in 0..<tk {
                let value = idx[i * tk + j]
                guard value >= 0, value < Double(Int32.max), value == value.rounded() else { return nil }
                let o = i - j + tk - 1
                if let known = buckets[o] {
                    if known != Int(value) { return nil }   // not a function of i − j
                } else {
                    buckets[o] = Int(value)
                }
            }
        }
        return (table, RelativePositionBias(headAxis: rank - 3, buckets: buckets.map { $0! }))
    }
}
