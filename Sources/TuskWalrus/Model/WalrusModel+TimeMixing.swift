import TuskIR
import TuskNN

extension WalrusModel {
    /// `AxialTimeAttention` (spec §3.5) under `blocks.<i>.time_mixing`, on `[T, B, C, h, w, d]`:
    /// RMSGroupNorm (per t, b) → 1×1×1 conv `input_head` (a linear C → 3C) whose output channels
    /// are split per head as [q | k | v] (interleaved) → LayerNorm on q and k → attention over
    /// time at every (b, token) with the T5 relative bias (−inf above the diagonal when causal) →
    /// `output_head` → + residual.
    func timeMixing(_ x: Tensor) throws -> Tensor {
        let b = x.builder
        let (t, batch, c) = (x.shape[0], x.shape[1], x.shape[2])
        let grid = Array(x.shape[3...])
        let s = grid.reduce(1, *)
        let heads = config.timeHeads, hd = config.timeHeadDim
        let normed = RMSGroupNorm(c, groups: heads, dtype: x.dtype, name: "norm1")(x.reshape([t * batch, c] + grid))
        // [T, B, C, S] → [B, S, T, C]: one row of C channels per (b, token, t).
        let rowsIn = normed.reshape([t, batch, c, s]).permute([1, 3, 0, 2]).reshape([batch * s * t, c])
        let wIn = b.parameter("input_head.weight", [3 * c, c, 1, 1, 1], x.dtype, initializer: .pytorchDefaultWeight(fanIn: c))
        let bIn = b.parameter("input_head.bias", [3 * c], x.dtype, initializer: .pytorchDefaultBias(fanIn: c))
        let qkv = (rowsIn.matmul(wIn.reshape([3 * c, c]), transposeB: true) + bIn)
            .reshape([batch, s, t, heads, 3, hd]).permute([0, 1, 3, 4, 2, 5])   // [B, S, heads, 3, T, hd]
        func part(_ i: Int) -> Tensor { qkv.slice(axis: 3, i..<(i + 1)).reshape([batch, s, heads, t, hd]) }
        let q = LayerNorm(hd, eps: 1e-5, dtype: x.dtype, name: "qnorm")(part(0))
        let k = LayerNorm(hd, eps: 1e-5, dtype: x.dtype, name: "knorm")(part(1))
        let v = part(2)
        let causal = config.timeMixing == .causal
        var bias: Tensor?
        if config.relativeBias == .t5 {
            let table = b.scope("rel_pos_bias") {
                b.parameter("relative_attention_bias.weight", [WalrusConfig.t5Buckets, heads], x.dtype,
                            initializer: .normal(std: 1))
            }
            let buckets = RelativePositionBuckets.table(steps: t, causal: causal).flatMap { $0 }
            bias = table.gather(b.literal(buckets.map(Double.init), [t * t], .i64), axis: 0)   // [T·T, heads]
                .permute([1, 0]).reshape([heads, t, t])
        }
        let attended = scaledDotProductAttention(q, k, v, bias: bias, causal: causal)      // [B, S, heads, T, hd]
        let rowsOut = attended.permute([0, 1, 3, 2, 4]).reshape([batch * s * t, c])
        let wOut = b.parameter("output_head.weight", [c, c, 1, 1, 1], x.dtype,
                               initializer: .scaled(.pytorchDefaultWeight(fanIn: c), by: 1e-6))
        let bOut = b.parameter("output_head.bias", [c], x.dtype,
                               initializer: .scaled(.pytorchDefaultBias(fanIn: c), by: 1e-6))
        let out = (rowsOut.matmul(wOut.reshape([c, c]), transposeB: true) + bOut)
            .reshape([batch, s, t, c]).permute([2, 0, 3, 1]).reshape([t, batch, c] + grid)
        return x + out
    }
}
