/// An N-d convolution (cross-correlation) over 1–3 spatial axes: input `[N, inChannels, L...]`,
/// output `[N, outChannels, Lo...]` with `Lo = (L + 2·padding − k) / stride + 1`
/// (PyTorch's `nn.Conv1d/2d/3d`, no groups or dilation).
///
/// Parameters: `weight` `[outChannels, inChannels, k...]` (PyTorch layout), `bias`
/// `[outChannels]`. Default init is PyTorch's, with `fanIn = inChannels · Π k`.
public struct Conv: Layer, Hashable, Sendable {
    public var name: String
    public var inChannels: Int
    public var outChannels: Int
    public var kernelSize: [Int]
    public var strides: [Int]
    /// Zero padding added on both sides of each spatial axis.
    public var padding: [Int]
    public var hasBias: Bool
    public var dtype: DType
    public var weightInitializer: Initializer
    public var biasInitializer: Initializer

    /// `strides` and `padding` default to 1 and 0 per spatial axis.
    public init(_ inChannels: Int, _ outChannels: Int, kernelSize: [Int], strides: [Int]? = nil, padding: [Int]? = nil,
                bias: Bool = true, dtype: DType = .f32, name: String = "",
                weightInitializer: Initializer? = nil, biasInitializer: Initializer? = nil) {
        self.name = name
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.kernelSize = kernelSize
        self.strides = strides ?? Array(repeating: 1, count: kernelSize.count)
        self.padding = padding ?? Array(repeating: 0, count: kernelSize.count)
        self.hasBias = bias
        self.dtype = dtype
        let fanIn = inChannels * kernelSize.reduce(1, *)
        self.weightInitializer = weightInitializer ?? .pytorchDefaultWeight(fanIn: fanIn)
        self.biasInitializer = biasInitializer ?? .pytorchDefaultBias(fanIn: fanIn)
    }

    public var spatialRank: Int { kernelSize.count }

    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        let b = x.builder, r = spatialRank
        _ = x.expect((1...3).contains(r) && strides.count == r && padding.count == r, layer: "Conv",
                     "kernelSize \(kernelSize), strides \(strides) and padding \(padding) must each have one entry per spatial axis (1–3)",
                     file: file, line: line)
            && x.expect(x.rank == r + 2 && x.shape[1] == inChannels, layer: "Conv",
                        "expects input [N, \(inChannels), \(r) spatial axes], got shape \(x.shape)",
                        file: file, line: line)
        let weight = b.parameter("weight", [outChannels, inChannels] + kernelSize, dtype,
                                 initializer: weightInitializer, file: file, line: line)
        var y = x.conv(weight, strides: strides, padLow: padding, padHigh: padding, file: file, line: line)
        if hasBias {
            let bias = b.parameter("bias", [outChannels], dtype, initializer: biasInitializer, file: file, line: line)
            y = y.add(bias.reshape([outChannels] + Array(repeating: 1, count: r), file: file, line: line),
                      file: file, line: line)
        }
        return y
    }
}
