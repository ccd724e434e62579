/// Walrus's `RMSGroupNorm` (walrus-spec §3.1): despite the name, a per-channel RMS norm over the
/// spatial axes, with no mean subtraction:
/// `y[n,c,·] = weight[c] · x[n,c,·] / sqrt(mean_spatial(x[n,c,·]²) + eps)`.
///
/// Input `[N, C, spatial...]` (at least one spatial axis). `groups` is kept for checkpoint
/// compatibility and must divide `C` but has no numerical effect. `eps` defaults to Float32
/// machine epsilon 1.1920929e-07 (what `F.rms_norm(eps=None)` uses; the module's stored 1e-6 is
/// never passed). Parameter: `weight` `[C]` (init 1); no bias.
public struct RMSGroupNorm: Layer, Hashable, Sendable {
    public var name: String
    public var channels: Int
    public var groups: Int
    public var eps: Double
    public var dtype: DType

    /// Float32 machine epsilon, `torch.finfo(torch.float32).eps`.
    public static let float32Epsilon = Double(Float.ulpOfOne)

    public init(_ channels: Int, groups: Int = 1, eps: Double = RMSGroupNorm.float32Epsilon,
                dtype: DType = .f32, name: String = "") {
        self.name = name
        self.channels = channels
        self.groups = groups
        self.eps = eps
        self.dtype = dtype
    }

    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        _ = x.expect(groups >= 1 && channels % groups == 0, layer: "RMSGroupNorm",
                     "\(groups) groups do not divide \(channels) channels", file: file, line: line)
            && x.expect(x.rank >= 3 && x.shape[1] == channels, layer: "RMSGroupNorm",
                        "expects input [N, \(channels), spatial...], got shape \(x.shape)", file: file, line: line)
        let spatial = Array(2..<Swift.max(x.rank, 3))
        let meanSquare = x.square(file: file, line: line).mean(axes: spatial, keepDims: true, file: file, line: line)
        let normalized = x.mul(meanSquare.add(x.scalar(eps, file: file, line: line), file: file, line: line)
            .rsqrt(file: file, line: line), file: file, line: line)
        let weight = x.builder.parameter("weight", [channels], dtype, initializer: .ones, file: file, line: line)
        return normalized.mul(weight.reshape([channels] + Array(repeating: 1, count: Swift.max(x.rank - 2, 1)),
                                             file: file, line: line), file: file, line: line)
    }
}
