import Foundation
import TuskIR

/// Scaled dot-product attention written as plain loops over `Double`s, independent of the IR:
/// the oracle the fused op's decomposition is checked against. Shapes follow
/// `AttentionAttributes` (q `[..., Tq, d]`, k `[..., Tk, d]`, v `[..., Tk, dv]`, table
/// `[buckets, heads]`).
public enum AttentionReference {
    struct Dims {
        var batch, tq, tk, d, dv: Int
        var heads = 1, headStride = 1
    }

    static func dims(_ q: TensorData, _ k: TensorData, _ v: TensorData, _ a: AttentionAttributes) -> Dims {
        let r = q.shape.count
        var dims = Dims(batch: q.shape.dropLast(2).reduce(1, *), tq: q.shape[r - 2], tk: k.shape[r - 2],
                        d: q.shape[r - 1], dv: v.shape[r - 1])
        if let bias = a.bias {
            dims.heads = q.shape[bias.headAxis]
            dims.headStride = q.shape[(bias.headAxis + 1)..<(r - 2)].reduce(1, *)
        }
        return dims
    }

    /// Scores and probabilities of batch element `b`, row-major `[Tq, Tk]`.
    static func probabilities(_ q: [Double], _ k: [Double], _ table: [Double]?, _ a: AttentionAttributes,
                              _ m: Dims, batch b: Int) -> (s: [Double], p: [Double], lse: [Double]) {
        var s = [Double](repeating: 0, count: m.tq * m.tk), p = s
        var lse = [Double](repeating: 0, count: m.tq)
        let h = (b / m.headStride) % m.heads
        for i in 0..<m.tq {
            for j in 0..<m.tk {
                var dot = 0.0
                for c in 0..<m.d { dot += q[(b * m.tq + i) * m.d + c] * k[(b * m.tk + j) * m.d + c] }
                var value = a.scale * dot
                if let bias = a.bias, let table { value += table[bias.buckets[i - j + m.tk - 1] * m.heads + h] }
                if a.causal && j > i { value = -.infinity }
                s[i * m.tk + j] = value
            }
            let row = s[(i * m.tk)..<((i + 1) * m.tk)]
            let mx = row.max()!
            let sum = row.reduce(0) { $0 + Foundation.exp($1 - mx) }
            for j in 0..<m.tk { p[i * m.tk + j] = Foundation.exp(s[i * m.tk + j] - mx) / sum }
            lse[i] = mx + Foundation.log(sum)
        }
        return (s, p, lse)
    }

    /// `x [batch, T, d]` with the first `r` features of each row rotated by `cos`/`sin` `[T, r]`.
    static func rotate(_ x: [Double], tokens: Int, d: Int, r: Int, cos: [Double], sin: [Double]) -> [Double] {
        var out = x
        for row in 0..<(x.count / d) {
            let t = row % tokens
            for m in stride(from: 0, to: r, by: 2) {
                let a = x[row * d + m], b = x[row * d + m + 1]
                out[row * d + m] = a * cos[t * r + m] - b * sin[t * r + m]
                out[row * d + m + 1] = b * cos[t * r + m + 1] + a * sin[t * r + m + 1]
            }
        }
        return out
    }

    /// The adjoint of `rotate`: the cotangent of `x` and of the two tables, for the cotangent `g`
    /// of the rotated rows (the transposed 2×2 rotation per pair).
    static func rotateAdjoint(_ x: [Double], _ g: [Double], tokens: Int, d: Int, r: Int, cos: [Double], sin: [Double])
        -> (dx: [Double], dcos: [Double], dsin: [Double]) {
        var dx = g, dcos = [Double](repeating: 0, count: tokens * r), dsin = dcos
        for row in 0..<(x.count / d) {
            let t = row % tokens
            for m in stride(from: 0, to: r, by: 2) {
                let (a, b) = (x[row * d + m], x[row * d + m + 1])
                let (ga, gb) = (g[row * d + m], g[row * d + m + 1])
                // a' = a·c₀ − b·s₀, b' = b·c₁ + a·s₁
                dx[row * d + m] = ga * cos[t * r + m] + gb * sin[t * r + m + 1]
                dx[row * d + m + 1] = -ga * sin[t * r + m] + gb * cos[t * r + m + 1]
                dcos[t * r + m] += a * ga
                dsin[t * r + m] += -b * ga
                dcos[t * r + m + 1] += b * gb
                dsin[t * r + m + 1] += a * gb
            }
        }
        return (dx, dcos, dsin)
    }

    /// The packed forward result `[..., Tq, dv + 1]` (output, then the row log-sum-exp).
    /// `rotary`: cos_q, sin_q, cos_k, sin_k when `a.rotaryFeatures > 0`.
    public static func forward(q: TensorData, k: TensorData, v: TensorData, table: TensorData?,
                               rotary: [TensorData] = [], _ a: AttentionAttributes) -> [Double] {
        let m = dims(q, k, v, a)
        var (qd, kd, vd, td) = (q.doubles, k.doubles, v.doubles, table?.doubles)
        if a.rotaryFeatures > 0 {
            let r = a.rotaryFeatures
            qd = rotate(qd, tokens: m.tq, d: m.d, r: r, cos: rotary[0].doubles, sin: rotary[1].doubles)
            kd = rotate(kd, tokens: m.tk, d: m.d, r: r, cos: rotary[2].doubles, sin: rotary[3].doubles)
        }
        var out = [Double](repeating: 0, count: m.batch * m.tq * (m.dv + 1))
        for b in 0..<m.batch {
            let (_, p, lse) = probabilities(qd, kd, td, a, m, batch: b)
            for i in 0..<m.tq {
                let row = (b * m.tq + i) * (m.dv + 1)
                for c in 0..<m.dv {
                    var acc = 0.0
                    for j in 0..<m.tk { acc += p[i * m.tk + j] * vd[(b * m.tk + j) * m.dv + c] }
                    out[row + c] = acc
                }
                out[row + m.dv] = lse[i]
            }
        }
        return out
    }

    /// `[dq, dk, dv, (dtable)]` flattened, for the cotangent `dy` `[..., Tq, dv + 1]` of the packed
    /// forward result (the exact softmax adjoint plus the log-sum-exp's).
    public static func backward(q: TensorData, k: TensorData, v: TensorData, table: TensorData?,
                                rotary: [TensorData] = [], dy: TensorData, _ a: AttentionAttributes) -> [Double] {
        let m = dims(q, k, v, a)
        var (qd, kd, vd, td, g) = (q.doubles, k.doubles, v.doubles, table?.doubles, dy.doubles)
        let r = a.rotaryFeatures
        if r > 0 {
            qd = rotate(qd, tokens: m.tq, d: m.d, r: r, cos: rotary[0].doubles, sin: rotary[1].doubles)
            kd = rotate(kd, tokens: m.tk, d: m.d, r: r, cos: rotary[2].doubles, sin: rotary[3].doubles)
        }
        var dq = [Double](repeating: 0, count: qd.count), dk = [Double](repeating: 0, count: kd.count)
        var dvv = [Double](repeating: 0, count: vd.count)
        var dt = [Double](repeating: 0, count: td?.count ?? 0)
        for b in 0..<m.batch {
            let (_, p, _) = probabilities(qd, kd, td, a, m, batch: b)
            let h = (b / m.headStride) % m.heads
            for i in 0..<m.tq {
                let gRow = (b * m.tq + i) * (m.dv + 1)
                var dp = [Double](repeating: 0, count: m.tk)
                for j in 0..<m.tk {
                    for c in 0..<m.dv { dp[j] += g[gRow + c] * vd[(b * m.tk + j) * m.dv + c] }
                }
                let dot = (0..<m.tk).reduce(0.0) { $0 + p[i * m.tk + $1] * dp[$1] }
                for j in 0..<m.tk {
                    let pij = p[i * m.tk + j]
                    let ds = pij * (dp[j] - dot) + pij * g[gRow + m.dv]
                    for c in 0..<m.dv { dvv[(b * m.tk + j) * m.dv + c] += pij * g[gRow + c] }
                    for c in 0..<m.d {
                        dq[(b * m.tq + i) * m.d + c] += a.scale * ds * kd[(b * m.tk + j) * m.d + c]
                        dk[(b * m.tk + j) * m.d + c] += a.scale * ds * qd[(b * m.tq + i) * m.d + c]
                    }
                    if let bias = a.bias { dt[bias.buckets[i - j + m.tk - 1] * m.heads + h] += ds }
                }
            }
        }
        if r > 0 {
            let qa = rotateAdjoint(q.doubles, dq, tokens: m.tq, d: m.d, r: r, cos: rotary[0].doubles, sin: rotary[1].doubles)
            let ka = rotateAdjoint(k.doubles, dk, tokens: m.tk, d: m.d, r: r, cos: rotary[2].doubles, sin: rotary[3].doubles)
            return qa.dx + ka.dx + dvv + dt + qa.dcos + qa.dsin + ka.dcos + ka.dsin
        }
        return dq + dk + dvv + dt
    }
}
