import TuskIR

/// One transposed convolution of the decoder along one axis (spec §3.8).
public struct TransposedConvAxis: Hashable, Sendable {
    /// Input length along the axis.
    public var inputSize: Int
    /// Kernel length of the weight (4 for convT1, 8 for convT2 in the release).
    public var kernel: Int
    /// Stride (s2 for convT1, s1 for convT2: the encoder's strides swapped).
    public var stride: Int
    /// Input length 1: the kernel is replaced by its MEAN over this axis (the encoder SUMS),
    /// stride 1, no padding — output length 1.
    public var averagesKernel: Bool { inputSize == 1 }
    /// Periodic non-singleton axis: circular pre-pad and post-crop apply.
    public var isPeriodic: Bool
    /// Circular input padding per side, (k − s) // s on periodic axes, else 0.
    public var padIn: Int { averagesKernel || !isPeriodic ? 0 : (kernel - stride) / stride }
    /// Output crop per side, k − s on periodic axes, else 0.
    public var padOut: Int { averagesKernel || !isPeriodic ? 0 : kernel - stride }
    /// Output length: 1 on a singleton axis, else (L + 2·padIn − 1)·s + k − 2·padOut.
    public var outputSize: Int {
        averagesKernel ? 1 : (inputSize + 2 * padIn - 1) * stride + kernel - 2 * padOut
    }
}

/// The decoder's two transposed convolutions along one axis.
public struct DecoderAxisGeometry: Hashable, Sendable {
    /// convT1 (proj1: kernel k2, stride s2).
    public var convT1: TransposedConvAxis
    /// convT2 (proj2: kernel k1, stride s1).
    public var convT2: TransposedConvAxis
    /// Output length along the axis (must equal the jitterer's padded size).
    public var outputSize: Int { convT2.outputSize }

    /// Geometry for `tokens` input tokens with the encoder's strides and kernels.
    public init(tokens: Int, strides: StridePair, kernels: KernelPair, periodic: Bool) {
        convT1 = TransposedConvAxis(inputSize: tokens, kernel: kernels.second, stride: strides.s2, isPeriodic: periodic)
        convT2 = TransposedConvAxis(inputSize: convT1.outputSize, kernel: kernels.first, stride: strides.s1,
                                    isPeriodic: periodic)
    }
}
