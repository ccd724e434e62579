import TuskIR

/// `canonicalize`: algebraic identities and movement-chain simplification, applied in one
/// topological sweep (operands are already simplified when their user is visited, so chains such
/// as `reshape∘reshape∘reshape` collapse in one run).
///
/// Every rule is exact under the reference interpreter's IEEE semantics — the result is bit for
/// bit the same for every input, including NaN, ±∞ and −0.0:
///
/// - `x * 1`, `1 * x`, `x / 1` → `x`.
/// - `x + (−0.0)`, `(−0.0) + x`, `x − (+0.0)` → `x`. Floating-point `x + (+0.0)` is **not**
///   rewritten: for `x = −0.0` it gives `+0.0`. (For integers any zero is the identity.)
/// - `x * 0` is **not** rewritten to 0 (`nan * 0` and `∞ * 0` are NaN).
/// - `neg(neg(x))` → `x`.
/// - `reshape(reshape(x))` → one reshape; reshape to `x`'s shape → `x`.
/// - `permute(permute(x))` → one permute; the identity permutation → `x`.
/// - `broadcast(broadcast(x))` → one broadcast; broadcast to `x`'s shape → `x`.
/// - `slice` of the full range with stride 1, `pad` of zero widths, `roll` by shifts that are all
///   multiples of the axis sizes, `cast` to `x`'s dtype, `concat` of one operand, `reduce` over no
///   axes with `max`/`min` (or an integer `sum`) → `x`. `roll(roll(x))` → one roll (shifts add,
///   modulo the axis size). A floating-point `sum`/`mean` over no axes is **not** `x`: the
///   interpreter's sums start from +0.0, so it maps −0.0 to +0.0.
///
/// An identity constant that broadcasts (`x[3] * fill(1)[2,3]`) would change the shape if
/// dropped; the rule then yields `broadcast(x)` to the result shape instead.
public struct AlgebraicSimplification: Pass {
    public var name: String { "canonicalize" }

    public init() {}

    public func run(_ graph: Graph) throws -> Graph {
        try GraphRewriter.rewrite(graph) { r, _, node in try Self.simplify(&r, node) }
    }

    /// The value replacing `node` (operands in the result graph), or nil to keep it.
    static func simplify(_ r: inout GraphRewriter, _ node: Node) throws -> ValueID? {
        let operandTypes = node.operands.map { r.type(of: $0) }
        switch node.op {
        case .binary(let b):
            let (a, c) = (node.operands[0], node.operands[1])
            let dtype = node.type.dtype
            switch b {
            case .mul:
                if isOne(r[c]) { return try forward(&r, a, to: node) }
                if isOne(r[a]) { return try forward(&r, c, to: node) }
            case .div:
                if isOne(r[c]) { return try forward(&r, a, to: node) }
            case .add:
                if isZero(r[c], negative: true, dtype) { return try forward(&r, a, to: node) }
                if isZero(r[a], negative: true, dtype) { return try forward(&r, c, to: node) }
            case .sub:
                if isZero(r[c], negative: false, dtype) { return try forward(&r, a, to: node) }
            case .max, .min, .pow:
                break
            }
            return nil

        case .unary(.neg):
            let inner = r[node.operands[0]]
            if case .unary(.neg) = inner.op { return inner.operands[0] }
            return nil

        case .reshape(let shape):
            let x = node.operands[0]
            if shape == operandTypes[0].shape { return x }
            let inner = r[x]
            if case .reshape = inner.op {
                return try replace(&r, node, op: .reshape(shape), operand: inner.operands[0])
            }
            return nil

        case .permute(let perm):
            let x = node.operands[0]
            if perm == Array(0..<perm.count) { return x }
            let inner = r[x]
            if case .permute(let first) = inner.op {
                return try replace(&r, node, op: .permute(perm.map { first[$0] }), operand: inner.operands[0])
            }
            return nil

        case .broadcast(let shape):
            let x = node.operands[0]
            if shape == operandTypes[0].shape { return x }
            let inner = r[x]
            if case .broadcast = inner.op {
                return try replace(&r, node, op: .broadcast(shape), operand: inner.operands[0])
            }
            return nil

        case let .slice(start, limit, stride):
            let shape = operandTypes[0].shape
            if start.allSatisfy({ $0 == 0 }) && stride.allSatisfy({ $0 == 1 }) && limit == shape {
                return node.operands[0]
            }
            return nil

        case let .pad(low, high, _):
            if low.allSatisfy({ $0 == 0 }) && high.allSatisfy({ $0 == 0 }) { return node.operands[0] }
            return nil

        case .roll(let shifts):
            let x = node.operands[0]
            let shape = operandTypes[0].shape
            let reduced = normalizedShifts(shifts, shape)
            if reduced.allSatisfy({ $0 == 0 }) { return x }
            let inner = r[x]
            if case .roll(let first) = inner.op {
                let sum = normalizedShifts(zip(first, shifts).map { $0 &+ $1 }, shape)
                return try replace(&r, node, op: .roll(sum), operand: inner.operands[0])
            }
            return nil

        case .dynamicRoll(let axes):
            // Rolling axes of size ≤ 1 is the identity whatever the shifts.
            return axes.allSatisfy { operandTypes[0].shape[$0] <= 1 } ? node.operands[0] : nil

        case .cast(let dtype):
            return dtype == operandTypes[0].dtype ? node.operands[0] : nil

        case .concat:
            return node.operands.count == 1 ? node.operands[0] : nil

        case .reduce(let op, let axes, _):
            guard axes.isEmpty else { return nil }
            // Sums start from +0.0 in the interpreter, so a float sum (or mean) over no axes
            // turns −0.0 into +0.0: not an identity. max/min (and integer sums) are.
            if (op == .sum || op == .mean) && operandTypes[0].dtype.isFloatingPoint { return nil }
            return node.operands[0]

        case .input, .parameter, .fill, .iota, .literal, .unary, .compare, .select, .softmax, .matmul,
             .conv, .convTranspose, .convFilterGradient, .gather, .scatterAdd,
             .scaledDotProductAttention, .scaledDotProductAttentionBackward:
            return nil
        }
    }

    /// `x` standing in for `node`: itself when the types agree, else broadcast to the node's
    /// shape (an identity constant of higher rank or larger extent made the result bigger).
    private static func forward(_ r: inout GraphRewriter, _ x: ValueID, to node: Node) throws -> ValueID? {
        let t = r.type(of: x)
        if t == node.type { return x }
        guard t.dtype == node.type.dtype else { return nil }
        return try replace(&r, node, op: .broadcast(node.type.shape), operand: x)
    }

    /// A single-operand movement node replacing `node`, itself simplified further (a composed
    /// permutation can be the identity).
    private static func replace(_ r: inout GraphRewriter, _ node: Node, op: Op, operand: ValueID) throws -> ValueID {
        let composed = Node(op: op, operands: [operand], type: node.type, location: node.location)
        if let simpler = try simplify(&r, composed) { return simpler }
        return try r.append(composed)
    }

    /// Shifts reduced into `0 ..< size` per axis (0 for empty axes).
    private static func normalizedShifts(_ shifts: [Int], _ shape: [Int]) -> [Int] {
        zip(shifts, shape).map { s, n in n == 0 ? 0 : ((s % n) + n) % n }
    }

    private static func isOne(_ node: Node) -> Bool {
        node.splatValue == 1
    }

    /// Whether `node` is the additive identity: for floats the zero of the given sign (bitwise),
    /// for integers any zero.
    private static func isZero(_ node: Node, negative: Bool, _ dtype: DType) -> Bool {
        guard let v = node.splatValue, v == 0 else { return false }
        if !dtype.isFloatingPoint { return true }
        return (v.sign == .minus) == negative
    }
}
