/// The primitive-op definitions of `scaledDotProductAttention` and its backward op (see
/// `AttentionAttributes` for the math). The forward traces exactly the pattern the DSL's
/// `scaledDotProductAttention` traces (matmul → mul(scale) → add(bias) → select(causal) →
/// softmax → matmul), so evaluating a fused graph and its unfused original on the interpreter
/// computes the output with the same arithmetic.
enum AttentionDecomposition {
    /// The masked, biased scores `[..., Tq, Tk]` of `q`, `k` (and the table).
    static func scores(_ q: Tensor, _ k: Tensor, table: Tensor?, _ a: AttentionAttributes) -> Tensor {
        let b = q.builder
        let rank = q.rank
        let tq = q.shape[rank - 2], tk = k.shape[rank - 2]
        var s = q.matmul(k, transposeB: true).mul(q.scalar(a.scale))
        if let bias = a.bias, let table {
            // bias[h, i, j] = table[buckets[i − j + Tk − 1], h], gathered once per (i, j) and
            // broadcast over every batch axis but the head axis.
            var shape = [Int](repeating: 1, count: rank - 2)
            shape[bias.headAxis] = table.shape[1]
            s = s.add(biasTensor(table, bias, tq: tq, tk: tk).reshape(shape + [tq, tk]))
        }
        if a.causal {
            let row = b.iota([tq, tk], axis: 0, .i32), col = b.iota([tq, tk], axis: 1, .i32)
            s = b.select(col.compare(.gt, row), s.scalar(-.infinity), s)
        }
        return s
    }

    /// The table row of every (query, key) pair, row-major `[Tq·Tk]`.
    static func bucketIndices(_ bias: RelativePositionBias, tq: Int, tk: Int) -> [Double] {
        var idx: [Double] = []
        idx.reserveCapacity(tq * tk)
        for i in 0..<tq { for j in 0..<tk { idx.append(Double(bias.buckets[i - j + tk - 1])) } }
        return idx
    }

    /// `[heads, Tq, Tk]` bias values gathered from the table.
    static func biasTensor(_ table: Tensor, _ bias: RelativePositionBias, tq: Int, tk: Int) -> Tensor {
        let idx = table.builder.literal(bucketIndices(bias, tq: tq, tk: tk), [tq * tk], .i64)
        return table.gather(idx, axis: 0).permute([1, 0]).reshape([table.shape[1], tq, tk])
    }

    /// `[o | lse]`: `softmax(s) · v` with the row log-sum-exp of `s` appended as the last column.
    static func forward(_ x: [Tensor], _ a: AttentionAttributes) -> Tensor {
        let q = x[0], k = x[1], v = x[2]
        let table = a.bias == nil ? nil : x[3]
        let s = scores(q, k, table: table, a)
        let o = s.softmax(axis: -1).matmul(v)
        return q.builder.concat([o, logSumExp(s)], axis: -1)
    }

    /// `log Σ_j exp(s_j)` per row, keeping the axis: `m + log Σ exp(s − m)` with the row max `m`
    /// (taken as 0 when it is infinite, so a row of −∞ gives −∞ and not NaN).
    static func logSumExp(_ s: Tensor) -> Tensor {
        let b = s.builder
        let m = s.max(axes: [-1], keepDims: true)
        let safe = b.select(m.abs() .== m.scalar(.infinity), m.scalar(0), m)
        return safe + (s - safe).exp().sum(axes: [-1], keepDims: true).log()
    }

    /// `[dq, dk, dv (, dtable)]` flattened: the flash-attention backward, with the probabilities
    /// recomputed from the forward log-sum-exp, `p = exp(s − lse)`, and
    /// `ds = p ∘ (dp − (Σ_c do·o − dlse))` (the softmax adjoint with `Σ_j dp·p = Σ_c do·o`, plus the
    /// log-sum-exp's own cotangent, whose adjoint is `p`).
    static func backward(_ x: [Tensor], _ a: AttentionAttributes) -> Tensor {
        let q = x[0], k = x[1], v = x[2]
        let hasBias = a.bias != nil
        let table = hasBias ? x[3] : nil
        let y = x[hasBias ? 4 : 3], dy = x[hasBias ? 5 : 4]
        let b = q.builder
        let rank = q.rank
        let tq = q.shape[rank - 2], tk = k.shape[rank - 2], dv = v.shape[rank - 1]
        let o = y.slice(axis: -1, 0..<dv), lse = y.slice(axis: -1, dv..<(dv + 1))
        let dO = dy.slice(axis: -1, 0..<dv), dLSE = dy.slice(axis: -1, dv..<(dv + 1))

        let p = (scores(q, k, table: table, a) - lse).exp()
        let gradV = p.matmul(dO, transposeA: true)
        let dP = dO.matmul(v, transposeB: true)
        let rowDot = (dO * o).sum(axes: [-1], keepDims: true) - dLSE
        let dS = p * (dP - rowDot)
        let dScaled = dS * a.scale
        let gradQ = dScaled.matmul(k)
        let gradK = dScaled.matmul(q, transposeA: true)
        var parts = [gradQ, gradK, gradV]
        if let bias = a.bias, let table {
            let others = (0..<(rank - 2)).filter { $0 != bias.headAxis }
            let perHead = others.isEmpty ? dS.reshape([table.shape[1], tq, tk]) : dS.sum(axes: others)
            let idx = b.literal(bucketIndices(bias, tq: tq, tk: tk), [tq * tk], .i64)
            parts.append(perHead.reshape([table.shape[1], tq * tk]).permute([1, 0])
                .scatterAdd(idx, axis: 0, size: table.shape[0]))
        }
        return b.concat(parts.map { $0.reshape([$0.type.elementCount]) }, axis: 0)
    }
}
