/// Reference evaluation: one exhaustive switch over `Op`. Each case hands its concrete operands
/// to a kernel in `Eval+*.swift`; `type` is the result type in the interpreter's precision (all
/// floating operands already have its dtype).
extension Op {
    func evaluate(_ x: [TensorData], type: TensorType, context: EvalContext) throws -> TensorData {
        switch self {
        case .input(let name), .parameter(let name):
            throw TuskError.binding("\(self.name) '\(name)' can only be bound by running a graph")
        case .fill(let value):
            return Eval.constant(type) { _ in value }
        case let .iota(axis, start, step):
            let strides = type.strides, shape = type.shape
            return Eval.constant(type) { i in start + step * Double((i / strides[axis]) % shape[axis]) }
        case .literal(let values):
            return Eval.constant(type) { values[$0] }

        case .unary(let u):
            return try Eval.unary(u, x[0], context: context, op: self)
        case .binary(let b):
            return try Eval.binary(b, x[0], x[1], shape: type.shape, context: context, op: self)
        case .compare(let c):
            return Eval.compare(c, x[0], x[1], shape: type.shape)
        case .select:
            return Eval.select(x[0], x[1], x[2], shape: type.shape)
        case .cast:
            return Eval.cast(x[0], to: type.dtype)

        case let .reduce(r, axes, _):
            return Eval.reduce(r, x[0], axes: axes, resultShape: type.shape)
        case .softmax(let axis):
            return Eval.softmax(x[0], axis: axis)

        case let .matmul(ta, tb):
            return Eval.matmul(x[0], x[1], transposeA: ta, transposeB: tb, resultShape: type.shape)
        case .conv(let attrs):
            return Eval.conv(x[0], x[1], attrs, resultShape: type.shape)
        case .convTranspose(let attrs):
            return Eval.convTranspose(x[0], x[1], attrs, resultShape: type.shape)
        case let .convFilterGradient(attrs, kernel):
            return Eval.convFilterGradient(x[0], x[1], attrs, kernel: kernel, resultShape: type.shape)

        case .reshape(let shape):
            return x[0].reshaped(shape)
        case .permute(let perm):
            return Eval.take(x[0], Eval.permuteMap(x[0].shape, perm), shape: type.shape)
        case .broadcast(let shape):
            return Eval.take(x[0], Eval.broadcastMap(x[0].shape, to: shape) ?? Array(0..<type.elementCount), shape: shape)
        case let .slice(start, _, stride):
            return Eval.take(x[0], Eval.sliceMap(x[0].shape, start: start, stride: stride, resultShape: type.shape),
                             shape: type.shape)
        case .concat(let axis):
            return Eval.concat(x, axis: axis, resultShape: type.shape)
        case let .pad(low, _, mode):
            return Eval.pad(x[0], low: low, mode: mode, resultShape: type.shape)
        case .roll(let shifts):
            return Eval.take(x[0], Eval.rollMap(x[0].shape, shifts), shape: type.shape)
        case .dynamicRoll(let axes):
            let shifts = try Eval.dynamicShifts(x[1], axes: axes, rank: x[0].shape.count, context: context, op: self)
            return Eval.take(x[0], Eval.rollMap(x[0].shape, shifts), shape: type.shape)
        case .gather(let axis):
            return try Eval.gather(x[0], x[1], axis: axis, resultShape: type.shape, context: context, op: self)
        case let .scatterAdd(axis, size):
            return try Eval.scatterAdd(x[0], x[1], axis: axis, size: size, resultShape: type.shape,
                                       context: context, op: self)

        case .scaledDotProductAttention, .scaledDotProductAttentionBackward:
            // The decomposition is the definition (DESIGN.md, principle 3).
            return try Eval.decomposed(self, x, context: context)
        }
    }
}

/// Namespace of the interpreter's kernels.
enum Eval {}
