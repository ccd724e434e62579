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

    /// The packed forward result `[..., Tq, dv + 1]` (output, then the row log-sum-exp).
    public static func forward(q: TensorData, k: TensorData, v: TensorData, table: TensorData?,
                               _ a: AttentionAttributes) -> [Double] {
        let m = dims(q, k, v, a)
        let (qd, kd, vd, td) = (q.doubles, k.doubles, v.doubles, table?.doubles)
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
                                dy: TensorData, _ a: AttentionAttributes) -> [Double] {
        let m = dims(q, k, v, a)
        let (qd, kd, vd, td, g) = (q.doubles, k.doubles, v.doubles, table?.doubles, dy.doubles)
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
        return dq + dk + dvv + dt
    }
}
