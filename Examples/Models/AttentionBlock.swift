import TuskNN

/// A pre-norm transformer block: `x + attn(norm1(x))`, then `h + mlp(norm2(h))`, with causal
/// multi-head self-attention and a SwiGLU MLP. Input and output `[batch, tokens, width]`.
public struct AttentionBlock: Layer, Hashable, Sendable {
    public var name: String
    public var norm1: LayerNorm
    public var attn: MultiHeadAttention
    public var norm2: LayerNorm
    public var mlp: SwiGLU

    public init(width: Int, heads: Int, causal: Bool = true, name: String = "") {
        self.name = name
        norm1 = LayerNorm(width, name: "norm1")
        attn = MultiHeadAttention(width: width, heads: heads, causal: causal, name: "attn")
        norm2 = LayerNorm(width, name: "norm2")
        mlp = SwiGLU(width: width, hidden: 2 * width, name: "mlp")
    }

    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        let h = x + attn(norm1(x))
        return h + mlp(norm2(h))
    }
}

/// Traces one `AttentionBlock` on an input `x` `[batch, tokens, width]` into a graph with output
/// `y`; the returned model also knows how to initialize its parameters
/// (`attentionBlockExample(...).initialParameters(seed: 0)`).
public func attentionBlockExample(batch: Int = 2, tokens: Int = 8, width: Int = 32, heads: Int = 4) throws -> TracedModel {
    try Graph.traceModel("attention_block") { b in
        let x = b.input("x", [batch, tokens, width])
        return [("y", AttentionBlock(width: width, heads: heads)(x))]
    }
}
