/// A fully connected layer `y = x·Wᵀ + b` over the last axis of an input of any rank ≥ 1
/// (PyTorch's `nn.Linear`).
///
/// Parameters (PyTorch layout and names): `weight` `[outFeatures, inFeatures]`, `bias`
/// `[outFeatures]`. Default init is PyTorch's: Kaiming-uniform (`a = √5`, bound `1/sqrt(in)`)
/// for the weight, `U(±1/sqrt(in))` for the bias. Inputs of rank > 2 are flattened to one matrix
/// so the product is a single GEMM.
public struct Linear: Layer, Hashable, Sendable {
    public var name: String
    public var inFeatures: Int
    public var outFeatures: Int
    /// Whether the layer adds a bias.
    public var hasBias: Bool
    public var dtype: DType
    public var weightInitializer: Initializer
    public var biasInitializer: Initializer

    public init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true, dtype: DType = .f32, name: String = "",
                weightInitializer: Initializer? = nil, biasInitializer: Initializer? = nil) {
        self.name = name
        self.inFeatures = inFeatures
        self.outFeatures = outFeatures
        self.hasBias = bias
        self.dtype = dtype
        self.weightInitializer = weightInitializer ?? .pytorchDefaultWeight(fanIn: inFeatures)
        self.biasInitializer = biasInitializer ?? .pytorchDefaultBias(fanIn: inFeatures)
    }

    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        let b = x.builder
        _ = x.expect(x.rank >= 1 && x.shape.last == inFeatures, layer: "Linear",
                     "expects an input whose last axis has \(inFeatures) features, got shape \(x.shape)",
                     file: file, line: line)
        let weight = b.parameter("weight", [outFeatures, inFeatures], dtype, initializer: weightInitializer,
                                 file: file, line: line)
        var y: Tensor
        if x.rank == 2 {
            y = x.matmul(weight, transposeB: true, file: file, line: line)
        } else {
            let lead = Array(x.shape.dropLast())
            y = x.reshape([lead.reduce(1, *), x.shape.last ?? 1], file: file, line: line)
                .matmul(weight, transposeB: true, file: file, line: line)
                .reshape(lead + [outFeatures], file: file, line: line)
        }
        if hasBias {
            let bias = b.parameter("bias", [outFeatures], dtype, initializer: biasInitializer, file: file, line: line)
            y = y.add(bias, file: file, line: line)
        }
        return y
    }
}
