import TuskIR
import TuskNN

extension WalrusModel {
    /// `AdaptiveDVstrideDecoder` (spec §3.8) under `debed.<key>`:
    /// `[T, B, hidden, h, w, d]` → `[T, B, C, Hp, Wp, Dp]` (still padded and rolled).
    ///
    /// convT1 (`proj1`, strides s2) → RMSGroupNorm → SiLU → convT2 with the rows of `proj2.weight`
    /// and `proj2.bias` named by the field indices (strides s1). Singleton axes use the kernel's
    /// MEAN; periodic axes are circularly padded by (k − s)//s before and cropped by k − s after
    /// each transposed convolution. No final activation.
    func decode(_ x: Tensor, fieldIndices: [Int], geometry: WalrusGeometry,
                activations: WalrusActivations?) throws -> Tensor {
        let b = x.builder
        let (t, batch, hidden) = (x.shape[0], x.shape[1], x.shape[2])
        let (m, rows, c) = (config.intermediateDim, config.fieldRows, fieldIndices.count)
        let k1 = config.kernels.map(\.first), k2 = config.kernels.map(\.second)
        let singleton = geometry.axes.map(\.isSingleton)
        let h0 = x.reshape([t * batch] + Array(x.shape[2...]))
        return b.scope("debed") {
            b.scope("\(geometry.encoderKey)") {
                var w1 = b.parameter("proj1.weight", [hidden, m] + k2, x.dtype,
                                     initializer: .pytorchDefaultWeight(fanIn: m * k2.reduce(1, *)))
                w1 = Self.collapsed(w1, singleton: singleton, mean: true)
                var h = Self.adaptiveConvTranspose(h0, w1, geometry.decoder.map(\.convT1))
                h = RMSGroupNorm(m, groups: config.groups, dtype: x.dtype, name: "norm1")(h)
                activations?.record("act.decoder.norm1_out", h.reshape([t, batch] + Array(h.shape[1...])))
                h = h.silu()
                let fields = b.literal(fieldIndices.map(Double.init), [c], .i64)
                let w2full = b.parameter("proj2.weight", [m, rows] + k1, x.dtype,
                                         initializer: .pytorchDefaultWeight(fanIn: rows * k1.reduce(1, *)))
                let bias = b.parameter("proj2.bias", [rows], x.dtype,
                                       initializer: .pytorchDefaultBias(fanIn: rows * k1.reduce(1, *)))
                let w2 = Self.collapsed(w2full.gather(fields, axis: 1), singleton: singleton, mean: true)
                h = Self.adaptiveConvTranspose(h, w2, geometry.decoder.map(\.convT2))
                h = h + bias.gather(fields, axis: 0).reshape([c, 1, 1, 1])
                return h.reshape([t, batch] + Array(h.shape[1...]))
            }
        }
    }

    /// The reference's `adaptive_conv_transpose` for a kernel already collapsed on singleton axes.
    static func adaptiveConvTranspose(_ x: Tensor, _ w: Tensor, _ axes: [TransposedConvAxis]) -> Tensor {
        let padIn = axes.map(\.padIn)
        var h = x
        if padIn.contains(where: { $0 > 0 }) {
            h = h.pad(low: [0, 0] + padIn, high: [0, 0] + padIn, mode: .circular)
        }
        let crop = axes.map(\.padOut)
        return h.convTranspose(w, strides: axes.map { $0.averagesKernel ? 1 : $0.stride }, padLow: crop, padHigh: crop)
    }
}
