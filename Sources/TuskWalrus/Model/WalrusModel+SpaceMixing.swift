import TuskIR
import TuskNN

extension WalrusModel {
    /// `FullAttention` (spec §3.5) under `blocks.<i>.space_mixing`, on `[T, B, C, h, w, d]`: one
    /// shared RMSGroupNorm → `fused_ff_qkv` (rows [ff 4C ; q ; k ; v]) → q, k, v heads →
    /// LayerNorm on q and k → axial RoPE → attention over all h·w·d tokens of each (t, b)
    /// → `attn_out`; in parallel the SwiGLU MLP silu(second half) ⊙ first half → `ff_out`;
    /// out = x + attn + ff. The axial variant attends along one token axis at a time instead
    /// (`axialAttention`), with the same parameters.
    func spaceMixing(_ x: Tensor, tokenGrid: [Int]) throws -> Tensor {
        let b = x.builder
        let (t, batch, c) = (x.shape[0], x.shape[1], x.shape[2])
        let grid = Array(x.shape[3...])
        let n = t * batch, s = grid.reduce(1, *)
        let heads = config.spaceHeads, hd = config.spaceHeadDim, mlp = config.mlpDim
        let normed = RMSGroupNorm(c, groups: heads, dtype: x.dtype, name: "norm1")(x.reshape([n, c] + grid))
        let tokens = normed.reshape([n, c, s]).permute([0, 2, 1])                       // [N, S, C]
        let fused = Linear(c, mlp + 3 * c, dtype: x.dtype, name: "fused_ff_qkv")(tokens)
        func split(_ i: Int) -> Tensor {
            fused.slice(axis: 2, (mlp + i * c)..<(mlp + (i + 1) * c)).reshape([n, s, heads, hd]).permute([0, 2, 1, 3])
        }
        let rope = try AxialRoPETable(headDim: hd)
        let q = try applyRoPE(LayerNorm(hd, eps: 1e-5, dtype: x.dtype, name: "q_norm")(split(0)), rope, grid)
        let k = try applyRoPE(LayerNorm(hd, eps: 1e-5, dtype: x.dtype, name: "k_norm")(split(1)), rope, grid)
        let v = split(2)                                                                  // [N, heads, S, hd]
        let attended: Tensor
        switch config.spaceMixing {
        case .full: attended = scaledDotProductAttention(q, k, v)
        case .axial: attended = Self.axialAttention(q, k, v, grid: grid)
        }
        let merged = attended.permute([0, 2, 1, 3]).reshape([n, s, c])
        let attn = Linear(c, c, bias: false, dtype: x.dtype, name: "attn_out",
                          weightInitializer: .scaled(.pytorchDefaultWeight(fanIn: c), by: 1e-6))(merged)
        let a = fused.slice(axis: 2, 0..<(mlp / 2)), gate = fused.slice(axis: 2, (mlp / 2)..<mlp)
        let ff = Linear(mlp / 2, c, dtype: x.dtype, name: "ff_out",
                        weightInitializer: .scaled(.pytorchDefaultWeight(fanIn: mlp / 2), by: 1e-6),
                        biasInitializer: .scaled(.pytorchDefaultBias(fanIn: mlp / 2), by: 1e-6))(gate.silu() * a)
        let update = (attn + ff).permute([0, 2, 1]).reshape([t, batch, c] + grid)
        return x + update
    }

    /// Rotates the leading `rotatedFeatures` features of each head of `x` `[N, heads, S, hd]` by
    /// the axial RoPE angles of the token grid (interleaved pairs: (a, b) → (a cos − b sin,
    /// b cos + a sin)); the remaining features pass through. cos and sin are computed in the
    /// graph in Float from `AxialRoPETable.angleTensor` (the reference's float32 angles), then
    /// cast to x's dtype; one table per traced graph (`ropeTables`) serves q, k and every block.
    func applyRoPE(_ x: Tensor, _ table: AxialRoPETable, _ grid: [Int]) throws -> Tensor {
        let rot = table.rotatedFeatures
        guard rot > 0 else { return x }
        let b = x.builder
        let (n, heads, s, hd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (cosines, sines) = try Self.ropeTables(b, table, grid, dtype: x.dtype)
        let rotated = x.slice(axis: 3, 0..<rot)
        let pairs = rotated.reshape([n, heads, s, rot / 2, 2])
        let even = pairs.slice(axis: 4, 0..<1), odd = pairs.slice(axis: 4, 1..<2)
        let half = b.concat([odd.unary(.neg), even], axis: 4).reshape([n, heads, s, rot])
        let turned = rotated * cosines + half * sines
        return rot == hd ? turned : b.concat([turned, x.slice(axis: 3, rot..<hd)], axis: 3)
    }

    /// cos θ and sin θ `[S, rotatedFeatures]` of `table` on `grid` in `dtype`, built once per
    /// graph builder and shared by every later call with the same table, grid and dtype.
    static func ropeTables(_ b: GraphBuilder, _ table: AxialRoPETable, _ grid: [Int],
                           dtype: DType) throws -> (cos: Tensor, sin: Tensor) {
        let cache = b.attachment(RoPETableCache.self) { RoPETableCache() }
        let key = RoPETableCache.Key(table: table, grid: grid, dtype: dtype)
        if let ids = cache.tables[key] { return (Tensor(b, ids.cos), Tensor(b, ids.sin)) }
        let angles = try table.angleTensor(b, tokenGrid: grid)
        var (cosines, sines) = (angles.cos(), angles.sin())
        if dtype != .f32 { (cosines, sines) = (cosines.cast(dtype), sines.cast(dtype)) }
        cache.tables[key] = (cosines.id, sines.id)
        return (cosines, sines)
    }
}

/// The RoPE cos/sin tables already built in one graph (a `GraphBuilder` attachment). Holds value
/// ids, not `Tensor`s, so the builder does not retain itself.
final class RoPETableCache {
    struct Key: Hashable {
        var table: AxialRoPETable
        var grid: [Int]
        var dtype: DType
    }
    var tables: [Key: (cos: ValueID, sin: ValueID)] = [:]
}
