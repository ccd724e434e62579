import Foundation
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
        let q = applyRoPE(LayerNorm(hd, eps: 1e-5, dtype: x.dtype, name: "q_norm")(split(0)), rope, grid)
        let k = applyRoPE(LayerNorm(hd, eps: 1e-5, dtype: x.dtype, name: "k_norm")(split(1)), rope, grid)
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
    /// b cos + a sin)); the remaining features pass through. cos and sin are Float constants
    /// computed from `AxialRoPETable`'s float32 angles, as the reference does.
    func applyRoPE(_ x: Tensor, _ table: AxialRoPETable, _ grid: [Int]) -> Tensor {
        let rot = table.rotatedFeatures
        guard rot > 0 else { return x }
        let b = x.builder
        let (n, heads, s, hd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        // The grid was validated by the geometry; a failure here is a programming error.
        let angles = try! table.angles(tokenGrid: grid).values
        let cosines = b.literal(angles.map { Double(Foundation.cos($0)) }, [s, rot], x.dtype)
        let sines = b.literal(angles.map { Double(Foundation.sin($0)) }, [s, rot], x.dtype)
        let rotated = x.slice(axis: 3, 0..<rot)
        let pairs = rotated.reshape([n, heads, s, rot / 2, 2])
        let even = pairs.slice(axis: 4, 0..<1), odd = pairs.slice(axis: 4, 1..<2)
        let half = b.concat([odd.unary(.neg), even], axis: 4).reshape([n, heads, s, rot])
        let turned = rotated * cosines + half * sines
        return rot == hd ? turned : b.concat([turned, x.slice(axis: 3, rot..<hd)], axis: 3)
    }
}
