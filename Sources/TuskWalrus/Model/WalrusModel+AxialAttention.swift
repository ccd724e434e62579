import TuskIR
import TuskNN

extension WalrusModel {
    /// The axial space-mixing variant (a Tusk extension; the factorization the Walrus paper
    /// describes, as in MPP's AViT): for every token axis with more than one token, attention
    /// along that axis only (every other axis is a batch axis), and the MEAN of these per-axis
    /// results. q, k, v are `[N, heads, S, hd]` with S = h·w·d (row-major), already normalized
    /// and rotated (the axial RoPE positions are the same as for full attention). With a single
    /// non-singleton axis it equals full attention.
    static func axialAttention(_ q: Tensor, _ k: Tensor, _ v: Tensor, grid: [Int]) -> Tensor {
        let (n, heads, s, hd) = (q.shape[0], q.shape[1], q.shape[2], q.shape[3])
        let axes = (0..<3).filter { grid[$0] > 1 }
        guard !axes.isEmpty else { return v }
        var total: Tensor?
        for a in axes {
            // [N, heads, h, w, d, hd] with axis a moved next to hd.
            let others = (0..<3).filter { $0 != a }
            let perm = [0, 1] + others.map { $0 + 2 } + [a + 2, 5]
            func along(_ x: Tensor) -> Tensor { x.reshape([n, heads] + grid + [hd]).permute(perm) }
            let out = scaledDotProductAttention(along(q), along(k), along(v))
            var inverse = [Int](repeating: 0, count: 6)
            for (i, p) in perm.enumerated() { inverse[p] = i }
            let back = out.permute(inverse).reshape([n, heads, s, hd])
            total = total.map { $0 + back } ?? back
        }
        return axes.count == 1 ? total! : total! * (1.0 / Double(axes.count))
    }
}
