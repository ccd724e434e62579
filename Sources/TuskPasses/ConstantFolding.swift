import TuskIR

/// `fold`: evaluates, at compile time, every non-leaf node whose operands are all constants
/// (`fill`, `iota`, `literal`) and replaces it by a `fill` when all result elements are bitwise
/// equal, else by a `literal`. Folded nodes become constants themselves, so whole constant
/// subgraphs fold in one sweep.
///
/// Folding evaluates each op with the reference interpreter in the node's own dtype
/// (`InterpreterPrecision.native`), so a folded value is bit-identical to what running the graph
/// would compute for that node.
///
/// Size limits keep graphs small and compiles fast:
/// - a `literal` result is only produced up to `maxLiteralElements` (default 4096) elements;
/// - a node is only evaluated when its operands and result together hold at most
///   `maxEvaluatedElements` (default 65 536) elements;
/// - a `literal` result is only produced when it is not much larger than the constant data it
///   comes from (`maxExpansion`): at most `maxExpansion` × the elements its operands store (a
///   `literal` stores its values, a `fill` or `iota` one number), or at most
///   `alwaysFoldElements` (default 64) elements whatever its operands. So a table built from
///   `iota` by a few small ops (a RoPE angle table, boundary flags) is not expanded into a large
///   literal: `broadcast` of a 42-value literal to 1 764 values stays a broadcast (a result whose
///   elements are all equal still becomes a `fill`). The rule looks only at a node and its
///   operands, so the pass stays idempotent;
/// - independent of all these limits, an elementwise op (unary, binary, compare, select, cast) whose
///   operands are all splats (a `fill`, or a `literal` with all elements equal) is evaluated on
///   one element and becomes a `fill` of any size, and a movement op (reshape, permute,
///   broadcast, slice, roll, dynamic roll, circular pad) of a splat becomes a `fill` of the result type;
/// - a `dynamicRoll` with constant shifts (and non-constant data) becomes the static `roll`.
///
/// `i64` results that `Double` cannot hold exactly (beyond ±2^53) are not folded.
public struct ConstantFolding: Pass {
    /// Evaluates one op on concrete operands to a result of the given type.
    public typealias Evaluator = @Sendable (Op, [TensorData], TensorType) throws -> TensorData

    public var name: String { "fold" }
    /// Largest `literal` the pass creates.
    public var maxLiteralElements: Int
    /// Largest evaluation (operand plus result elements) the pass performs.
    public var maxEvaluatedElements: Int
    /// Largest ratio of a created `literal`'s elements to the elements its operands store.
    public var maxExpansion: Int
    /// A `literal` of at most this many elements is created whatever its operands store.
    public var alwaysFoldElements: Int
    /// The op evaluator (the reference interpreter in native precision by default).
    public var evaluator: Evaluator

    /// A folding pass with an explicit evaluator.
    public init(maxLiteralElements: Int = 4096, maxEvaluatedElements: Int = 65_536, maxExpansion: Int = 8,
                alwaysFoldElements: Int = 64, evaluator: @escaping Evaluator) {
        self.maxLiteralElements = maxLiteralElements
        self.maxEvaluatedElements = maxEvaluatedElements
        self.maxExpansion = maxExpansion
        self.alwaysFoldElements = alwaysFoldElements
        self.evaluator = evaluator
    }

    public func run(_ graph: Graph) throws -> Graph {
        try GraphRewriter.rewrite(graph) { r, _, node in
            if case .dynamicRoll(let axes) = node.op, !r[node.operands[0]].isConstant, r[node.operands[1]].isConstant {
                return try staticRoll(node, axes: axes, &r)
            }
            guard !node.op.isLeaf, node.operands.allSatisfy({ r[$0].isConstant }) else { return nil }
            // An op that fails on its constants (integer division by zero, an index out of
            // range) is left in place: running the graph reports the error, with its node.
            guard let folded = try? evaluate(node, r) else { return nil }
            return try r.appendLeaf(folded.op, type: node.type, location: node.location)
        }
    }

    /// A `dynamicRoll` whose shifts are constant as the static `roll` of its data operand (the
    /// shifts reduced mod each axis size, so any integer folds), or nil when the shifts cannot be
    /// evaluated (then the node stays and running it reports the error).
    private func staticRoll(_ node: Node, axes: [Int], _ r: inout GraphRewriter) throws -> ValueID? {
        let shiftsNode = r[node.operands[1]]
        guard let shifts = try? evaluator(shiftsNode.op, [], shiftsNode.type) else { return nil }
        let values: [Int]
        switch shifts.storage {
        case .i32(let a): values = a.map { Int($0) }
        case .i64(let a): values = a.map { Int($0) }
        default: return nil
        }
        var full = [Int](repeating: 0, count: node.type.rank)
        for (k, a) in axes.enumerated() {
            let n = node.type.shape[a]
            full[a] = n == 0 ? 0 : ((values[k] % n) + n) % n
        }
        return try r.append(.roll(full), [node.operands[0]], location: node.location)
    }

    /// The constant leaf op (`fill` or `literal`) that `node` folds to, or nil when it should
    /// not be folded (limits, inexact values).
    private func evaluate(_ node: Node, _ r: GraphRewriter) throws -> Node? {
        func leaf(_ op: Op) -> Node { Node(op: op, operands: [], type: node.type) }
        let operands = node.operands.map { r[$0] }
        let splats = operands.map(\.splatValue)
        if splats.allSatisfy({ $0 != nil }) {
            switch node.op {
            case .unary, .binary, .compare, .select, .cast:
                // Elementwise: every element computes the same function of the same scalars.
                let scalars = zip(operands, splats).map { TensorData(repeating: $1!, TensorType($0.type.dtype, [])) }
                let value = try evaluator(node.op, scalars, TensorType(node.type.dtype, []))
                return Self.exactDoubles(value)?.first.map { leaf(.fill($0)) }
            case .reshape, .permute, .broadcast, .slice, .roll, .dynamicRoll, .pad(_, _, .circular):
                return leaf(.fill(splats[0]!))
            default:
                break
            }
        }
        // Checked: the element counts of huge operands can sum past Int.max (then: too much work).
        guard let work = SizeArithmetic.sum([node.type.elementCount] + operands.map(\.type.elementCount)),
              work <= maxEvaluatedElements else { return nil }
        let inputs = try operands.map { try evaluator($0.op, [], $0.type) }
        let value = try evaluator(node.op, inputs, node.type)
        guard value.type == node.type, let values = Self.exactDoubles(value) else { return nil }
        if let first = values.first, values.allSatisfy({ $0.bitPattern == first.bitPattern }) {
            return leaf(.fill(first))
        }
        if values.isEmpty { return leaf(.fill(0)) }
        guard values.count <= maxLiteralElements else { return nil }
        // The size guard: a literal much larger than the constants it comes from stays an op.
        let stored = operands.reduce(0) { $0 + Self.storedElements($1) }
        guard values.count <= alwaysFoldElements || values.count <= maxExpansion * stored else { return nil }
        return leaf(.literal(values))
    }

    /// How many numbers a constant leaf stores: a `literal` its values, `fill` and `iota` one.
    static func storedElements(_ node: Node) -> Int {
        if case .literal(let values) = node.op { return values.count }
        return 1
    }

    /// The elements as `Double`s that convert back to exactly the same elements, or nil.
    static func exactDoubles(_ data: TensorData) -> [Double]? {
        switch data.storage {
        case .i64(let a):
            let limit: Int64 = 1 << 53
            guard a.allSatisfy({ $0 >= -limit && $0 <= limit }) else { return nil }
            return a.map(Double.init)
        default:
            return data.doubles
        }
    }
}
