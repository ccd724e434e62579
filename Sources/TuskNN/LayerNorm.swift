/// Layer normalization over the last axis (PyTorch's `nn.LayerNorm(features)`):
/// `y = (x − mean) / sqrt(var + eps) · weight + bias`, with the biased variance.
///
/// Parameters: `weight` `[features]` (init 1) and `bias` `[features]` (init 0) when affine.
/// Walrus uses it for QK-norm over the head dimension (eps 1e-5).
public struct LayerNorm: Layer, Hashable, Sendable {
    public var name: String
    public var features: Int
    public var eps: Double
    /// Whether the layer has the learned `weight` (PyTorch's `elementwise_affine`).
    public var affine: Bool
    /// Whether the affine part has a `bias` (PyTorch's `bias`).
    public var hasBias: Bool
    public var dtype: DType

    public init(_ features: Int, eps: Double = 1e-5, affine: Bool = true, bias: Bool = true,
                dtype: DType = .f32, name: String = "") {
        self.name = name
        self.features = features
        self.eps = eps
        self.affine = affine
        self.hasBias = bias
        self.dtype = dtype
    }

    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        _ = x.expect(x.rank >= 1 && x.shape.last == features, layer: "LayerNorm",
                     "normalizes a last axis of \(features) features, got shape \(x.shape)", file: file, line: line)
        let mean = x.mean(axes: [-1], keepDims: true, file: file, line: line)
        let centered = x.sub(mean, file: file, line: line)
        let variance = centered.square(file: file, line: line).mean(axes: [-1], keepDims: true, file: file, line: line)
        var y = centered.mul(variance.add(x.scalar(eps, file: file, line: line), file: file, line: line)
            .rsqrt(file: file, line: line), file: file, line: line)
        if affine {
            let b = x.builder
            y = y.mul(b.parameter("weight", [features], dtype, initializer: .ones, file: file, line: line),
                      file: file, line: line)
            if hasBias {
                y = y.add(b.parameter("bias", [features], dtype, initializer: .zeros, file: file, line: line),
                          file: file, line: line)
            }
        }
        return y
    }
}
