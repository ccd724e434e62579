/// Multi-head self-attention over the token axis of `[..., T, width]` (timm's ViT `Attention`):
/// one `qkv` projection to `3·width` channels split as `[q | k | v]` with head-major channels
/// within each, scaled dot-product attention per head (optional causal mask, optional additive
/// bias), heads merged back head-major, and the `proj` output projection.
///
/// Parameters: `qkv.weight` `[3·width, width]`, `qkv.bias`, `proj.weight` `[width, width]`,
/// `proj.bias` (biases when `bias` is true).
public struct MultiHeadAttention: Layer, Hashable, Sendable {
    public var name: String
    public var width: Int
    public var heads: Int
    /// Whether each token attends only to itself and earlier tokens.
    public var causal: Bool
    public var qkv: Linear
    public var proj: Linear

    public init(width: Int, heads: Int, causal: Bool = false, bias: Bool = true, dtype: DType = .f32, name: String = "") {
        self.name = name
        self.width = width
        self.heads = heads
        self.causal = causal
        qkv = Linear(width, 3 * width, bias: bias, dtype: dtype, name: "qkv")
        proj = Linear(width, width, bias: bias, dtype: dtype, name: "proj")
    }

    /// Channels per head.
    public var headDimension: Int { heads > 0 ? width / heads : 0 }

    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        attend(x, bias: nil, file: file, line: line)
    }

    /// Self-attention with an additive attention bias broadcastable to `[batch, heads, T, T]`
    /// (e.g. a relative position bias `[1, heads, T, T]`).
    public func callAsFunction(_ x: Tensor, bias: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        scoped(x.builder) { attend(x, bias: bias, file: file, line: line) }
    }

    private func attend(_ x: Tensor, bias: Tensor?, file: StaticString, line: UInt) -> Tensor {
        guard x.expect(heads >= 1 && width % heads == 0, layer: "MultiHeadAttention",
                       "\(heads) heads do not divide width \(width)", file: file, line: line),
              x.expect(x.rank >= 2 && x.shape.last == width, layer: "MultiHeadAttention",
                       "expects input [..., tokens, \(width)], got shape \(x.shape)", file: file, line: line)
        else { return x }
        let lead = Array(x.shape.dropLast(2)), tokens = x.shape[x.rank - 2]
        let batch = lead.reduce(1, *), hd = headDimension
        let qkvOut = qkv(x.reshape([batch, tokens, width], file: file, line: line), file: file, line: line)
        func splitHeads(_ part: Int) -> Tensor { // [batch, tokens, width] slice → [batch, heads, tokens, hd]
            qkvOut.slice(axis: -1, part * width ..< (part + 1) * width, file: file, line: line)
                .reshape([batch, tokens, heads, hd], file: file, line: line)
                .permute([0, 2, 1, 3], file: file, line: line)
        }
        let attended = scaledDotProductAttention(splitHeads(0), splitHeads(1), splitHeads(2), bias: bias, causal: causal,
                                                 file: file, line: line)
        let merged = attended.permute([0, 2, 1, 3], file: file, line: line)
            .reshape(lead + [tokens, width], file: file, line: line)
        return proj(merged, file: file, line: line)
    }
}
