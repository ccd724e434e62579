/// `softmax(q·kᵀ · scale + bias [+ causal mask]) · v` — PyTorch's
/// `F.scaled_dot_product_attention` without dropout, composed from `matmul`, `mul`, `add`,
/// `select` and the `softmax` op so the attention-fusion pass can recognize it.
///
/// - Parameters:
///   - q: `[..., Tq, d]`; `k`: `[..., Tk, d]`; `v`: `[..., Tk, dv]` (batch axes broadcast).
///   - bias: an additive float bias broadcastable to `[..., Tq, Tk]` (T5 relative position bias,
///     a float mask with −inf entries, …).
///   - causal: masks keys after the query (`k > q`, aligned top-left like PyTorch's `is_causal`)
///     with −inf, using a mask built from `iota`/`compare`/`select`.
///   - scale: defaults to `1/sqrt(d)`.
/// - Returns: `[..., Tq, dv]`.
public func scaledDotProductAttention(_ q: Tensor, _ k: Tensor, _ v: Tensor, bias: Tensor? = nil,
                                      causal: Bool = false, scale: Double? = nil,
                                      file: StaticString = #fileID, line: UInt = #line) -> Tensor {
    let b = q.builder
    let ok = q.expect(q.rank >= 2 && k.rank >= 2 && v.rank >= 2, layer: "scaledDotProductAttention",
                      "q, k and v need rank ≥ 2, got \(q.shape), \(k.shape), \(v.shape)", file: file, line: line)
    let depth = q.shape.last ?? 1
    var scores = q.matmul(k, transposeB: true, file: file, line: line)
        .mul(q.scalar(scale ?? 1 / Double(depth).squareRoot(), file: file, line: line), file: file, line: line)
    if let bias { scores = scores.add(bias, file: file, line: line) }
    if causal && ok {
        let tq = q.shape[q.rank - 2], tk = k.shape[k.rank - 2]
        let row = b.iota([tq, tk], axis: 0, .i32, file: file, line: line)
        let col = b.iota([tq, tk], axis: 1, .i32, file: file, line: line)
        let future = col.compare(.gt, row, file: file, line: line)
        scores = b.select(future, scores.scalar(-.infinity, file: file, line: line), scores, file: file, line: line)
    }
    return scores.softmax(axis: -1, file: file, line: line).matmul(v, file: file, line: line)
}
