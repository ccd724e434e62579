import Testing
import TuskIR
@testable import TuskAutodiff

/// Gradient checks of composite blocks: the op rules composed the way the Walrus model uses
/// them. Finite differences probe a random subset of elements (each costs two forward runs);
/// the VJP identity covers all of them at once.
@Suite struct CompositeGradientTests {
    static let blocks: [Sample] = [attention, encoderDecoder, rmsNorm, layerNorm, circularChain, mlp]

    /// Single-head-pair causal self-attention: x[B, T, D] → q, k, v projections, 2 heads,
    /// scaled scores, causal mask (iota comparison + select), softmax, output projection and
    /// a residual connection.
    static let attention = Sample("attention.causal") { s in
        let (bt, t, d, h) = (2, 4, 6, 2)
        let x = s.input("x", [bt, t, d])
        let wqkv = s.builder.scope("attn") { s.parameter("qkv.weight", [d, 3 * d]) }
        let wo = s.builder.scope("attn") { s.parameter("out.weight", [d, d]) }
        let qkv = x.matmul(wqkv)
        func heads(_ z: Tensor) -> Tensor { z.reshape([bt, t, h, d / h]).permute([0, 2, 1, 3]) }
        let q = heads(qkv.slice(axis: -1, 0..<d))
        let k = heads(qkv.slice(axis: -1, d..<(2 * d)))
        let v = heads(qkv.slice(axis: -1, (2 * d)..<(3 * d)))
        let scores = q.matmul(k, transposeB: true) * (1.0 / Double(d / h).squareRoot())
        let row = s.builder.iota([t, t], axis: 0, .f64), col = s.builder.iota([t, t], axis: 1, .f64)
        let masked = s.builder.select(col .<= row, scores, scores.scalar(-1e9))
        let att = masked.softmax(axis: -1).matmul(v).permute([0, 2, 1, 3]).reshape([bt, t, d])
        return att.matmul(wo) + x
    }

    /// A 3-D strided conv encoder (stride 2, remainders on two axes) followed by a transposed
    /// conv decoder (stride 2, negative padHigh restores the odd lengths), as in Walrus's
    /// encoder/decoder.
    static let encoderDecoder = Sample("encoder.decoder.3d") { s in
        let x = s.input("x", [1, 2, 5, 4, 3])
        let we = s.parameter("encoder.weight", [3, 2, 2, 2, 2])
        let be = s.parameter("encoder.bias", [3, 1, 1, 1])
        let wd = s.parameter("decoder.weight", [3, 2, 2, 2, 2])
        let hidden = (x.conv(we, strides: [2, 2, 2]) + be).silu()          // [1, 3, 2, 2, 1]
        return hidden.convTranspose(wd, strides: [2, 2, 2], padHigh: [-1, 0, -1])  // [1, 2, 5, 4, 3]
    }

    /// RMS norm over the channel axis with a learned scale (Walrus's RMSGroupNorm, one group).
    static let rmsNorm = Sample("norm.rms") { s in
        let x = s.input("x", [2, 3, 8])
        let w = s.parameter("norm.weight", [8])
        return x * ((x * x).mean(axes: [-1], keepDims: true) + 1e-5).rsqrt() * w
    }

    /// LayerNorm with scale and shift.
    static let layerNorm = Sample("norm.layer") { s in
        let x = s.input("x", [2, 3, 8])
        let w = s.parameter("norm.weight", [8]), b = s.parameter("norm.bias", [8])
        let centred = x - x.mean(axes: [-1], keepDims: true)
        let variance = (centred * centred).mean(axes: [-1], keepDims: true)
        return centred * (variance + 1e-5).rsqrt() * w + b
    }

    /// Walrus's boundary handling: circular pad, a jitter roll, then a strided conv.
    static let circularChain = Sample("circular.pad.roll.conv") { s in
        let x = s.input("x", [1, 2, 6, 5])
        let w = s.parameter("conv.weight", [3, 2, 3, 3])
        return x.pad(low: [0, 0, 1, 2], high: [0, 0, 2, 1], mode: .circular)
            .roll([0, 0, 2, -3])
            .conv(w, strides: [1, 2], padLow: [0, 1])
    }

    /// A two-layer MLP with a shared-weight path (the weight is used twice: accumulation).
    static let mlp = Sample("mlp.shared") { s in
        let x = s.input("x", [4, 3])
        let w1 = s.parameter("fc1.weight", [3, 5]), b1 = s.parameter("fc1.bias", [5])
        let w2 = s.parameter("fc2.weight", [5, 3])
        let h = (x.matmul(w1) + b1).tanh()
        return h.matmul(w2).matmul(w1) + h
    }

    @Test(arguments: blocks)
    func finiteDifferences(_ sample: Sample) throws {
        try GradientCheck.finiteDifferences(sample, maxElements: 10)
    }

    @Test(arguments: blocks)
    func vjpIdentity(_ sample: Sample) throws {
        try GradientCheck.vjpIdentity(sample)
    }

    /// Second order: the gradient graph is an ordinary graph, so `grad` applies to it again.
    /// Hessian-vector product of a conv/tanh/transposed-conv loss along a direction, checked by central differences
    /// of the first gradient (h = 1e-5, tolerance 1e-6 as for first-order checks).
    @Test func secondOrderThroughConvAndMatmul() throws {
        let sample = Sample("hvp.conv") { s in
            let x = s.input("x", [1, 2, 7])
            let w = s.parameter("w", [2, 2, 3])
            return x.conv(w, strides: [2], padLow: [1]).tanh().convTranspose(w, strides: [2], padLow: [1])
        }
        // f = Σ y·u; first gradient ∇_w f; second: g2 = ∇_w ⟨∇_w f, v⟩ = H·v.
        let lossGraph = try GradientCheck.weightedLoss(sample.graph)
        let first = try grad(lossGraph, loss: "loss", wrt: ["w", "x"])
        let b = try GraphBuilder.replaying(first)
        let gw = Tensor(b, first.output(named: "grad.w")!)
        let v = b.input("v", gw.shape, .f64)
        b.output("gv", (gw * v).sum().id)
        let second = try grad(try b.finish(), loss: "gv", wrt: ["w"], prefix: "grad2.")

        var rng = SplitMix64(seed: 3)
        var bindings = sample.bindings
        bindings["u"] = GradientCheck.randomLike(TensorType(.f64, sample.graph.type(of: sample.graph.output(named: "y")!).shape), &rng)
        let direction = GradientCheck.randomLike(TensorType(.f64, [2, 2, 3]), &rng)
        bindings["v"] = direction
        let hv = try GradientCheck.run(second, bindings)["grad2.w"]!.doubles

        let h = 1e-5
        func gradW(_ s: Double) throws -> [Double] {
            var bb = bindings
            bb["w"] = TensorData(zip(bindings["w"]!.doubles, direction.doubles).map { $0 + s * $1 }, shape: [2, 2, 3])
            return try GradientCheck.run(first, bb)["grad.w"]!.doubles
        }
        let fd = zip(try gradW(h), try gradW(-h)).map { ($0 - $1) / (2 * h) }
        let scale = hv.map(Swift.abs).max()!
        let err = zip(fd, hv).map { Swift.abs($0 - $1) }.max()!
        #expect(err / scale <= 1e-6, "H·v off by \(err) (scale \(scale))")
    }
}
