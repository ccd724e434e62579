import TuskIR

/// The padding, roll range and token counts of one spatial axis under the patch jitterer
/// (`FixedPatchJittererBoundaryPad`, spec §3.3) and the two encoder convolutions (§3.4).
public struct JitterAxisGeometry: Hashable, Sendable {
    /// Input size of the axis (after the model's singleton padding).
    public var size: Int
    /// Boundary conditions of the axis (start side decides periodicity).
    public var boundary: AxisBoundary
    /// Stride pair from `StridePolicy`.
    public var strides: StridePair
    /// Kernel pair of the axis (conv1, conv2).
    public var kernels: KernelPair
    /// Size 1: never padded or rolled; kernels are summed to length 1 (encoder).
    public var isSingleton: Bool { size == 1 }
    /// Periodic (circular padding, processor token rolls).
    public var isPeriodic: Bool { boundary.isPeriodic }
    /// Receptive field of the two encoder convs: k1 + (k2 − 1)·s1 (release: 8 + 3·s1).
    public var effectivePatch: Int { kernels.first + (kernels.second - 1) * strides.s1 }
    /// s1·s2.
    public var effectiveStride: Int { strides.patch }
    /// (effectivePatch − effectiveStride) // 2: the pad every real axis gets on both sides.
    public var extra: Int { isSingleton ? 0 : max(0, effectivePatch - effectiveStride) / 2 }
    /// Zero padding per side (non-periodic real axes): extra + effectiveStride//2 when jitter is
    /// on. Applied BEFORE the roll; the boundary-flag channels mark these cells.
    public var constantPad: Int
    /// Circular padding per side (periodic real axes): extra. Applied AFTER the roll.
    public var circularPad: Int
    /// The legal encoder roll r (torch.roll shift, out[j] = in[j − r]) — [−(half−1), half−1]
    /// with half = constantPad (non-periodic) or size//2 (periodic) — or nil when the axis never
    /// draws (jitter off, singleton, or patch s1·s2 ≤ 1).
    public var rollRange: ClosedRange<Int>?
    /// Size after constant + circular padding (the encoder input and the decoder output).
    public var paddedSize: Int { size + 2 * (constantPad + circularPad) }
    /// Tokens after conv1 (kernel k1, stride s1; length-1 kernel on a singleton axis).
    public var conv1Size: Int
    /// Tokens after conv2 (kernel k2, stride s2): the token-grid size of the axis.
    public var tokens: Int
}

/// Patch-jitter geometry (spec §3.3): how each axis is padded, how far it may be rolled, and how
/// many tokens the encoder makes of it.
public enum PatchJitter {
    /// The geometry of one axis. Throws when the padded axis is shorter than a kernel or the
    /// convolutions do not tile it exactly (cannot happen for `StridePolicy` sizes with the
    /// release kernels).
    public static func axis(size: Int, boundary: AxisBoundary, strides: StridePair, kernels: KernelPair,
                            jitter: WalrusConfig.Jitter, axisName: String = "axis") throws -> JitterAxisGeometry {
        var g = JitterAxisGeometry(size: size, boundary: boundary, strides: strides, kernels: kernels,
                                   constantPad: 0, circularPad: 0, rollRange: nil, conv1Size: 1, tokens: 1)
        guard size > 1 else { return g }
        if boundary.isPeriodic {
            g.circularPad = g.extra
        } else {
            g.constantPad = g.extra + (jitter == .on ? g.effectiveStride / 2 : 0)
        }
        if jitter == .on && strides.patch > 1 {
            let half = boundary.isPeriodic ? size / 2 : g.constantPad
            if half >= 1 { g.rollRange = -(half - 1)...(half - 1) }
        }
        g.conv1Size = try convOutput(g.paddedSize, kernel: kernels.first, stride: strides.s1,
                                     what: "conv1 on \(axisName) (padded size \(g.paddedSize))")
        g.tokens = try convOutput(g.conv1Size, kernel: kernels.second, stride: strides.s2,
                                  what: "conv2 on \(axisName) (conv1 output \(g.conv1Size))")
        return g
    }

    static func convOutput(_ n: Int, kernel: Int, stride: Int, what: String) throws -> Int {
        guard n >= kernel, (n - kernel) % stride == 0 else {
            throw TuskError.config(field: "input shape",
                                   message: "\(what): kernel \(kernel) with stride \(stride) does not tile \(n) cells exactly")
        }
        return (n - kernel) / stride + 1
    }
}
