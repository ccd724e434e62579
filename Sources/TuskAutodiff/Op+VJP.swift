import TuskIR

/// What a VJP rule may read: the forward node, its result and operands as symbolic tensors of
/// the graph being extended, and which operands want a cotangent.
struct VJPContext {
    let node: Node
    /// The forward result `y` (an SSA use of the forward value: an explicit edge).
    let result: Tensor
    /// The forward operands.
    let operands: [Tensor]
    /// `needs[i]`: operand i is floating point, depends on a `wrt` value and so wants a
    /// cotangent. Rules skip the work for the others.
    let needs: [Bool]
}

/// The VJP (or, for linear ops, transpose) rules: one exhaustive switch over `Op`, so a new op
/// without a rule does not compile (DESIGN.md, principle 1). `Docs/AUTODIFF.md` has the table.
extension Op {
    /// Maps the cotangent `g` of this op's result to one cotangent per operand, appended to
    /// `g`'s builder. `nil` means a zero cotangent (integer/bool operands, operands that need
    /// none, ops whose derivative vanishes almost everywhere).
    func vjp(_ c: VJPContext, _ g: Tensor) throws -> [Tensor?] {
        let x = c.operands
        let y = c.result
        let b = g.builder
        switch self {
        // Leaves have no operands; gradients of inputs and parameters are collected by `grad`.
        // Constants (fill, iota, literal) have no inputs to differentiate with respect to.
        case .input, .parameter, .fill, .iota, .literal:
            return []

        case .unary(let u):
            return [unaryVJP(u, x[0], y, g)]

        case .binary(let op):
            return binaryVJP(op, x[0], x[1], y, g, needs: c.needs)

        case .compare:
            // Piecewise constant, bool result: never carries a cotangent.
            return [nil, nil]

        case .select:
            // select(cond, a, b): the condition is bool (no gradient); each branch gets g where
            // it was chosen, summed over the axes broadcasting added.
            let zero = g.scalar(0)
            return [
                nil,
                c.needs[1] ? b.select(x[0], g, zero).unbroadcast(to: x[1].shape) : nil,
                c.needs[2] ? b.select(x[0], zero, g).unbroadcast(to: x[2].shape) : nil,
            ]

        case .cast(let to):
            // Between float types the cast is the identity up to rounding: cast the cotangent
            // back. Casts to or from integer/bool types are not differentiable (the result or
            // the operand carries no cotangent), so no rule is needed beyond that.
            guard to.isFloatingPoint, x[0].dtype.isFloatingPoint else { return [nil] }
            return [g.cast(x[0].dtype)]

        case let .reduce(op, axes, keepDims):
            let shape = x[0].shape
            var kept = shape
            for a in axes { kept[a] = 1 }
            let gk = keepDims ? g : g.reshape(kept)
            switch op {
            case .sum:
                return [gk.broadcast(to: shape)]
            case .mean:
                let count = axes.reduce(1) { $0 * shape[$1] }
                return [(gk * (1.0 / Double(count))).broadcast(to: shape)]
            case .max, .min:
                // The gradient goes to the arg-max (arg-min) positions; ties split it equally
                // (like JAX), so it is the average of the one-hot subgradients.
                let yk = keepDims ? y : y.reshape(kept)
                let mask = (x[0] .== yk).cast(x[0].dtype)
                let count = mask.sum(axes: axes, keepDims: true)
                return [mask * gk / count]
            }

        case .softmax(let axis):
            // y·(g − Σ_axis g·y)
            let dot = (g * y).sum(axes: [axis], keepDims: true)
            return [y * (g - dot)]

        case let .matmul(ta, tb):
            // C = A'·B' with A' = ta ? Aᵀ : A, B' = tb ? Bᵀ : B: dA' = G·B'ᵀ, dB' = A'ᵀ·G, then
            // transposed back where the operand was read transposed, and summed over the batch
            // axes broadcasting added.
            let a = x[0], bm = x[1]
            var da: Tensor?, db: Tensor?
            if c.needs[0] {
                let d = ta ? bm.matmul(g, transposeA: tb, transposeB: true)
                           : g.matmul(bm, transposeB: !tb)
                da = d.unbroadcast(to: a.shape)
            }
            if c.needs[1] {
                let d = tb ? g.matmul(a, transposeA: true, transposeB: ta)
                           : a.matmul(g, transposeA: !ta)
                db = d.unbroadcast(to: bm.shape)
            }
            return [da, db]

        case .conv(let attrs):
            // dx = convTranspose(dy, w) with the same strides and padLow and the padHigh that
            // reproduces the input length (see `transposeAdjoint`); dw = convFilterGradient(x, dy).
            let r = attrs.spatialRank
            let kernel = Array(x[1].shape.suffix(r))
            var dx: Tensor?, dw: Tensor?
            if c.needs[0] {
                let t = attrs.transposeAdjoint(inputLengths: Array(x[0].shape.suffix(r)), kernel: kernel,
                                               outputLengths: Array(g.shape.suffix(r)))
                dx = g.convTranspose(x[1], strides: t.strides, padLow: t.padLow, padHigh: t.padHigh)
            }
            if c.needs[1] {
                dw = x[0].convFilterGradient(g, attributes: attrs, kernel: kernel)
            }
            return [dx, dw]

        case .convTranspose(let attrs):
            // convTranspose(x, w) scatters x·w into a full-length buffer, then crops padLow /
            // padHigh. Its adjoint zero-pads dy back to the full length (a conv's padding) and
            // correlates: dx = conv(dy, w) with the same strides and padding, and
            // dw = convFilterGradient(dy, x) with that padding (the Op.swift doc's operand
            // swap, exact). A negative padHigh appended zero cells that depend on nothing:
            // they are cropped from dy first and the conv uses padHigh 0.
            let r = attrs.spatialRank
            var limit = g.shape
            var high = attrs.padHigh
            for i in 0..<r where attrs.padHigh[i] < 0 {
                limit[2 + i] += attrs.padHigh[i]
                high[i] = 0
            }
            let gc = g.crop(start: [Int](repeating: 0, count: g.rank), limit: limit)
            let conv = ConvAttributes(strides: attrs.strides, padLow: attrs.padLow, padHigh: high)
            var dx: Tensor?, dw: Tensor?
            if c.needs[0] {
                dx = gc.conv(x[1], strides: conv.strides, padLow: conv.padLow, padHigh: conv.padHigh)
            }
            if c.needs[1] {
                dw = gc.convFilterGradient(x[0], attributes: conv, kernel: Array(x[1].shape.suffix(r)))
            }
            return [dx, dw]

        case let .convFilterGradient(attrs, kernel):
            // dw = Σ dy ⋆ xpad is bilinear in (x, dy). With G the cotangent of dw:
            // dx = convTranspose(dy, G) (G[Cout, Cin, k] is a transposed conv's [Cin', Cout', k]
            // weight) with the input-reproducing padHigh; d(dy) = conv(x, G).
            let r = attrs.spatialRank
            var dx: Tensor?, ddy: Tensor?
            if c.needs[0] {
                let t = attrs.transposeAdjoint(inputLengths: Array(x[0].shape.suffix(r)), kernel: kernel,
                                               outputLengths: Array(x[1].shape.suffix(r)))
                dx = x[1].convTranspose(g, strides: t.strides, padLow: t.padLow, padHigh: t.padHigh)
            }
            if c.needs[1] {
                ddy = x[0].conv(g, strides: attrs.strides, padLow: attrs.padLow, padHigh: attrs.padHigh)
            }
            return [dx, ddy]

        case .reshape:
            return [g.reshape(x[0].shape)]

        case .permute(let perm):
            var inverse = perm
            for (i, p) in perm.enumerated() { inverse[p] = i }
            return [g.permute(inverse)]

        case .broadcast:
            return [g.unbroadcast(to: x[0].shape)]

        case let .slice(start, _, stride):
            return [g.sliceTranspose(inputShape: x[0].shape, start: start, stride: stride)]

        case .concat(let axis):
            var offset = 0
            return x.enumerated().map { i, operand in
                let n = operand.shape[axis]
                defer { offset += n }
                return c.needs[i] ? g.slice(axis: axis, offset ..< offset + n) : nil
            }

        case let .pad(low, high, mode):
            switch mode {
            case .constant:
                // The fill value is an attribute, not an operand: only the centre depends on x.
                let limit = zip(low, x[0].shape).map { $0 + $1 }
                return [g.crop(start: low, limit: limit)]
            case .circular:
                return [g.circularPadTranspose(inputShape: x[0].shape, low: low, high: high)]
            }

        case .roll(let shifts):
            return [g.roll(shifts.map { -$0 })]

        case .dynamicRoll(let axes):
            // Rolling back by −shift (integer negation wraps only for Int.min, whose roll mod n
            // equals −Int.min's); the shifts are integers: no cotangent.
            return [g.roll(-x[1], axes: axes), nil]

        case .gather(let axis):
            // Indices are integers: no cotangent.
            return [g.scatterAdd(x[1], axis: axis, size: x[0].shape[axis]), nil]

        case .scatterAdd(let axis, _):
            return [g.gather(x[1], axis: axis), nil]

        case .scaledDotProductAttention(let attrs):
            return attentionVJP(attrs, c, g)
        case .scaledDotProductAttentionBackward:
            return try vjpThroughDecomposition(c, g)
        }
    }
}

/// Cotangent of a unary op's operand; nil where the derivative is zero almost everywhere.
private func unaryVJP(_ u: UnaryOp, _ x: Tensor, _ y: Tensor, _ g: Tensor) -> Tensor? {
    switch u {
    case .neg: return -g
    // d|x| = sign(x): the subgradient 0 at x = 0.
    case .abs: return g * x.sign()
    // sign is piecewise constant: zero gradient (also at 0, where it is undefined).
    case .sign: return nil
    case .exp: return g * y
    case .log: return g / x
    case .sqrt: return g * 0.5 / y
    // d x^(-1/2) = −½ x^(-3/2) = −½ y³
    case .rsqrt: return g * (-0.5) * y * y * y
    case .tanh: return g * (1.0 - y * y)
    case .sigmoid: return g * y * (1.0 - y)
    // d(x·σ(x)) = σ(x)·(1 + x·(1 − σ(x)))
    case .silu:
        let s = x.sigmoid()
        return g * s * (1.0 + x * (1.0 - s))
    case .sin: return g * x.cos()
    case .cos: return -(g * x.sin())
    // Boolean: never carries a cotangent.
    case .logicalNot: return nil
    }
}

/// Cotangents of a binary op's operands, each summed back to its operand's shape.
private func binaryVJP(_ op: BinaryOp, _ a: Tensor, _ b: Tensor, _ y: Tensor, _ g: Tensor,
                       needs: [Bool]) -> [Tensor?] {
    var da: Tensor?, db: Tensor?
    switch op {
    case .add:
        if needs[0] { da = g }
        if needs[1] { db = g }
    case .sub:
        if needs[0] { da = g }
        if needs[1] { db = -g }
    case .mul:
        if needs[0] { da = g * b }
        if needs[1] { db = g * a }
    case .div:
        if needs[0] { da = g / b }
        if needs[1] { db = -(g * y / b) }
    case .max, .min:
        // The larger (smaller) operand gets g; ties split it equally (like JAX), so
        // da + db = g everywhere.
        let wins = op == .max ? a .> b : a .< b
        let half = g.scalar(0.5), one = g.scalar(1), zero = g.scalar(0)
        let wa = g.builder.select(wins, one, g.builder.select(a .== b, half, zero))
        if needs[0] { da = g * wa }
        if needs[1] { db = g * (1.0 - wa) }
    case .pow:
        // y = a^b. ∂a = b·a^(b−1) (finite at a = 0 for b ≥ 1). ∂b = y·log(a), with log(a)
        // replaced by 0 where a = 0 (JAX's convention: the a = 0 limit for b > 0); NaN for
        // a < 0, where the real power is not differentiable in b.
        if needs[0] { da = g * b * a.pow(b - 1.0) }
        if needs[1] {
            let safe = g.builder.select(a .== a.scalar(0), a.scalar(1), a)
            db = g * y * safe.log()
        }
    }
    return [da?.unbroadcast(to: a.shape), db?.unbroadcast(to: b.shape)]
}
