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

    /// `[−x₁, x₀, −x₃, x₂, …]` of `x [..., r]` (interleaved pairs; `applyRoPE`'s `half`).
    static func rotateHalf(_ x: Tensor) -> Tensor {
        let lead = Array(x.shape.dropLast()), r = x.shape[x.rank - 1]
        let pairs = x.reshape(lead + [r / 2, 2])
        let even = pairs.slice(axis: -1, 0..<1), odd = pairs.slice(axis: -1, 1..<2)
        return x.builder.concat([odd.unary(.neg), even], axis: -1).reshape(lead + [r])
    }

    /// `x [..., T, d]` with its first `r` features rotated: `x·cos + rotateHalf(x)·sin`
    /// (`cos`, `sin` `[T, r]`), exactly as `WalrusModel.applyRoPE` traces it.
    static func rotate(_ x: Tensor, cos: Tensor, sin: Tensor, features r: Int) -> Tensor {
        let d = x.shape[x.rank - 1]
        let rotated = x.slice(axis: -1, 0..<r)
        let turned = rotated * cos + rotateHalf(rotated) * sin
        return r == d ? turned : x.builder.concat([turned, x.slice(axis: -1, r..<d)], axis: -1)
    }

    /// The adjoint of `rotate` for the cotangent `g` of the rotated value: `dx` (the transposed
    /// rotation, `rotateHalfᵀ = −rotateHalf`) and the tables' cotangents summed over the batch.
    static func rotateBackward(_ x: Tensor, _ g: Tensor, cos: Tensor, sin: Tensor, features r: Int)
        -> (dx: Tensor, dcos: Tensor, dsin: Tensor) {
        let d = x.shape[x.rank - 1]
        let gr = g.slice(axis: -1, 0..<r), xr = x.slice(axis: -1, 0..<r)
        let dxr = gr * cos - rotateHalf(gr * sin)
        let dx = r == d ? dxr : x.builder.concat([dxr, g.slice(axis: -1, r..<d)], axis: -1)
        let batch = Array(0..<(x.rank - 2))
        func total(_ t: Tensor) -> Tensor { batch.isEmpty ? t : t.sum(axes: batch) }
        return (dx, total(xr * gr), total(rotateHalf(xr) * gr))
    }

    /// q and k with the rotary embedding applied (unchanged without one).
    static func rotated(_ x: [Tensor], _ a: AttentionAttributes) -> (q: Tensor, k: Tensor) {
        guard a.rotaryFeatures > 0 else { return (x[0], x[1]) }
        let t = a.rotaryOperandIndex, r = a.rotaryFeatures
        return (rotate(x[0], cos: x[t], sin: x[t + 1], features: r), rotate(x[1], cos: x[t + 2], sin: x[t + 3], features: r))
    }

    /// `[o | lse]`: `softmax(s) · v` with the row log-sum-exp of `s` appended as the last column.
    static func forward(_ x: [Tensor], _ a: AttentionAttributes) -> Tensor {
        let (q, k) = rotated(x, a)
        let v = x[2]
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
        let (q, k) = rotated(x, a)
        let v = x[2]
        let table = a.bias != nil ? x[3] : nil
        let y = x[a.primalOperandCount], dy = x[a.primalOperandCount + 1]
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
        var rotaryParts: [Tensor] = []
        if a.rotaryFeatures > 0 {
            let t = a.rotaryOperandIndex, r = a.rotaryFeatures
            let dq = rotateBackward(x[0], gradQ, cos: x[t], sin: x[t + 1], features: r)
            let dk = rotateBackward(x[1], gradK, cos: x[t + 2], sin: x[t + 3], features: r)
            parts[0] = dq.dx
            parts[1] = dk.dx
            rotaryParts = [dq.dcos, dq.dsin, dk.dcos, dk.dsin]
        }
        if let bias = a.bias, let table {
            let others = (0..<(rank - 2)).filter { $0 != bias.headAxis }
            let perHead = others.isEmpty ? dS.reshape([table.shape[1], tq, tk]) : dS.sum(axes: others)
            let idx = b.literal(bucketIndices(bias, tq: tq, tk: tk), [tq * tk], .i64)
            parts.append(perHead.reshape([table.shape[1], tq * tk]).permute([1, 0])
                .scatterAdd(idx, axis: 0, size: table.shape[0]))
        }
        return b.concat((parts + rotaryParts).map { $0.reshape([$0.type.elementCount]) }, axis: 0)
    }
}
