import TuskIR
import TuskNN

extension WalrusModel {
    /// `SpaceBagAdaptiveDVstrideEncoder` (spec §3.4) under `embed.<key>`:
    /// `[T, B, C+3, Hp, Wp, Dp]` → `[T, B, hidden, h, w, d]`.
    ///
    /// conv1 takes the columns of `proj1.weight` named by the extended field labels
    /// (`fieldIndices + [2, 0, 1]`, a gather), scales all but the last two by
    /// sqrt((n_states − 3)/C), sums the kernel over singleton axes and runs with the s1 strides;
    /// then RMSGroupNorm → SiLU → conv2 (s2 strides, same singleton rule) → RMSGroupNorm → SiLU.
    func encode(_ x: Tensor, fieldIndices: [Int], geometry: WalrusGeometry,
                activations: WalrusActivations?) throws -> Tensor {
        let b = x.builder
        let (t, batch, cin) = (x.shape[0], x.shape[1], x.shape[2])
        let (m, hidden, rows) = (config.intermediateDim, config.hiddenDim, config.fieldRows)
        let k1 = config.kernels.map(\.first), k2 = config.kernels.map(\.second)
        let singleton = geometry.axes.map(\.isSingleton)
        let h0 = x.reshape([t * batch, cin] + geometry.paddedShape)
        return b.scope("embed") {
            b.scope("\(geometry.encoderKey)") {
                let labels = FieldTable.extendedLabels(fieldIndices)
                let w1full = b.parameter("proj1.weight", [m, rows] + k1, x.dtype,
                                         initializer: .pytorchDefaultWeight(fanIn: rows * k1.reduce(1, *)))
                let columns = b.literal(labels.map(Double.init), [labels.count], .i64)
                let scales = FieldTable.encoderColumnScales(rows: rows, channels: fieldIndices.count).map(Double.init)
                var w1 = w1full.gather(columns, axis: 1)
                    * b.literal(scales, [1, labels.count, 1, 1, 1], x.dtype)
                w1 = Self.collapsed(w1, singleton: singleton, mean: false)
                let strides1 = geometry.axes.map { $0.isSingleton ? 1 : $0.strides.s1 }
                var h = h0.conv(w1, strides: strides1)
                h = RMSGroupNorm(m, groups: config.groups, dtype: x.dtype, name: "norm1")(h)
                activations?.record("act.encoder.norm1_out", h.reshape([t, batch] + Array(h.shape[1...])))
                h = h.silu()
                var w2 = b.parameter("proj2.weight", [hidden, m] + k2, x.dtype,
                                     initializer: .pytorchDefaultWeight(fanIn: m * k2.reduce(1, *)))
                w2 = Self.collapsed(w2, singleton: singleton, mean: false)
                let strides2 = geometry.axes.map { $0.isSingleton ? 1 : $0.strides.s2 }
                h = h.conv(w2, strides: strides2)
                h = RMSGroupNorm(hidden, groups: config.groups, dtype: x.dtype, name: "norm2")(h).silu()
                return h.reshape([t, batch] + Array(h.shape[1...]))
            }
        }
    }

    /// A conv kernel `[out, in, kH, kW, kD]` reduced to length 1 on the singleton axes: summed
    /// (encoder) or averaged (decoder).
    static func collapsed(_ w: Tensor, singleton: [Bool], mean: Bool) -> Tensor {
        let axes = singleton.enumerated().filter(\.element).map { $0.offset + 2 }
        guard !axes.isEmpty else { return w }
        return mean ? w.mean(axes: axes, keepDims: true) : w.sum(axes: axes, keepDims: true)
    }
}
