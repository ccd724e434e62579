import TuskIR

extension Op {
    /// The bit patterns of the floating-point attributes that `==` compares by IEEE equality
    /// (fill value, iota start/step, literal data, constant pad value, attention scale), in a fixed order.
    ///
    /// IEEE equality says `0.0 == -0.0` and `nan != nan`; neither is right for deciding whether
    /// two constants are the same constant (`1 / 0.0` and `1 / -0.0` differ). Together with
    /// `withoutFloatPayload` this gives a bitwise notion of op identity.
    var floatPayloadBits: [UInt64] {
        switch self {
        case .fill(let v): [v.bitPattern]
        case let .iota(_, start, step): [start.bitPattern, step.bitPattern]
        case .literal(let values): values.map(\.bitPattern)
        case .pad(_, _, .constant(let v)): [v.bitPattern]
        case .input, .parameter, .unary, .binary, .compare, .select, .cast, .reduce, .softmax,
             .matmul, .conv, .convTranspose, .convFilterGradient, .reshape, .permute, .broadcast,
             .slice, .concat, .pad, .roll, .dynamicRoll, .gather, .scatterAdd:
            []
        case .scaledDotProductAttention(let a), .scaledDotProductAttentionBackward(let a):
            [a.scale.bitPattern]
        }
    }

    /// The op with every floating-point attribute set to zero (kept: everything else).
    var withoutFloatPayload: Op {
        switch self {
        case .fill: .fill(0)
        case .iota(let axis, _, _): .iota(axis: axis, start: 0, step: 0)
        case .literal: .literal([])  // the values (and their count) live in the payload bits
        case let .pad(low, high, .constant): .pad(low: low, high: high, mode: .constant(0))
        case .scaledDotProductAttention(let a):
            .scaledDotProductAttention(AttentionAttributes(scale: 0, causal: a.causal, bias: a.bias, rotaryFeatures: a.rotaryFeatures))
        case .scaledDotProductAttentionBackward(let a):
            .scaledDotProductAttentionBackward(AttentionAttributes(scale: 0, causal: a.causal, bias: a.bias, rotaryFeatures: a.rotaryFeatures))
        default: self
        }
    }
}

/// A node's identity for hashing: op, operands and type, with constants compared bit for bit.
/// Locations are ignored (provenance, not semantics).
struct NodeKey: Hashable {
    var op: Op
    var payload: [UInt64]
    var operands: [ValueID]
    var type: TensorType

    init(_ node: Node) {
        op = node.op.withoutFloatPayload
        payload = node.op.floatPayloadBits
        operands = node.operands
        type = node.type
    }
}

extension Graph {
    /// True when both graphs have the same name, the same nodes (op, operands and type, with
    /// constants compared bit for bit, locations ignored) and the same outputs.
    ///
    /// Unlike `==`, a graph holding `fill(nan)` is identical to itself and `fill(0.0)` is not
    /// identical to `fill(-0.0)`; the pipeline uses this to decide whether a pass changed anything.
    public func isIdentical(to other: Graph) -> Bool {
        guard name == other.name, outputs == other.outputs, nodes.count == other.nodes.count else { return false }
        for (a, b) in zip(nodes, other.nodes) where NodeKey(a) != NodeKey(b) { return false }
        return true
    }
}
