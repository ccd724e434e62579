/// An N-d transposed convolution over 1–3 spatial axes: input `[N, inChannels, L...]`, output
/// `[N, outChannels, (L − 1)·stride + k − 2·padding + outputPadding]` (PyTorch's
/// `nn.ConvTranspose1d/2d/3d`, no groups or dilation).
///
/// Parameters: `weight` `[inChannels, outChannels, k...]` (PyTorch layout), `bias`
/// `[outChannels]`. Default init is PyTorch's, whose fan-in for this layout is computed from
/// weight axis 1: `fanIn = outChannels · Π k`.
public struct ConvTranspose: Layer, Hashable, Sendable {
    public var name: String
    public var inChannels: Int
    public var outChannels: Int
    public var kernelSize: [Int]
    public var strides: [Int]
    /// Cells cropped from both sides of each spatial axis of the full output.
    public var padding: [Int]
    /// Extra cells appended at the high end of each spatial axis.
    public var outputPadding: [Int]
    public var hasBias: Bool
    public var dtype: DType
    public var weightInitializer: Initializer
    public var biasInitializer: Initializer

    /// `strides` default to 1, `padding` and `outputPadding` to 0, per spatial axis.
    public init(_ inChannels: Int, _ outChannels: Int, kernelSize: [Int], strides: [Int]? = nil,
                padding: [Int]? = nil, outputPadding: [Int]? = nil,
                bias: Bool = true, dtype: DType = .f32, name: String = "",
                weightInitializer: Initializer? = nil, biasInitializer: Initializer? = nil) {
        self.name = name
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.kernelSize = kernelSize
        self.strides = strides ?? Array(repeating: 1, count: kernelSize.count)
        self.padding = padding ?? Array(repeating: 0, count: kernelSize.count)
        self.outputPadding = outputPadding ?? Array(repeating: 0, count: kernelSize.count)
        self.hasBias = bias
        self.dtype = dtype
        let fanIn = outChannels * kernelSize.reduce(1, *)
        self.weightInitializer = weightInitializer ?? .pytorchDefaultWeight(fanIn: fanIn)
        self.biasInitializer = biasInitializer ?? .pytorchDefaultBias(fanIn: fanIn)
    }

    public var spatialRank: Int { kernelSize.count }

    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        let b = x.builder, r = spatialRank
        _ = x.expect((1...3).contains(r) && strides.count == r && padding.count == r && outputPadding.count == r,
                     layer: "ConvTranspose",
                     "kernelSize \(kernelSize), strides \(strides), padding \(padding) and outputPadding \(outputPadding) must each have one entry per spatial axis (1–3)",
                     file: file, line: line)
            && x.expect(x.rank == r + 2 && x.shape[1] == inChannels, layer: "ConvTranspose",
                        "expects input [N, \(inChannels), \(r) spatial axes], got shape \(x.shape)",
                        file: file, line: line)
        let weight = b.parameter("weight", [inChannels, outChannels] + kernelSize, dtype,
                                 initializer: weightInitializer, file: file, line: line)
        let padHigh = zip(padding, outputPadding).map { $0 - $1 }
        var y = x.convTranspose(weight, strides: strides, padLow: padding, padHigh: padHigh, file: file, line: line)
        if hasBias {
            let bias = b.parameter("bias", [outChannels], dtype, initializer: biasInitializer, file: file, line: line)
            y = y.add(bias.reshape([outChannels] + Array(repeating: 1, count: r), file: file, line: line),
                      file: file, line: line)
        }
        return y
    }
}
