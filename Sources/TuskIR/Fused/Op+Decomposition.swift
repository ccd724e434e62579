/// Decompositions of the fused ops into primitives (DESIGN.md, principle 3; MLX's `fast::`
/// pattern). The decomposition is the op's definition: the reference interpreter evaluates a
/// fused op by running it, the `expand-fused` pass inlines it for backends without a kernel, the
/// second-order gradient of a fused backward op differentiates it, and kernels are tested
/// against it.
extension Op {
    /// The input name of operand `index` in a decomposition graph (`operand.0`, `operand.1`, …).
    public static func decompositionOperandName(_ index: Int) -> String { "operand.\(index)" }
    /// The output name of a decomposition graph.
    public static let decompositionResultName = "result"

    /// A graph of primitive ops computing this fused op on operands of the given types: one input
    /// per operand (`decompositionOperandName(i)`) and the output `decompositionResultName`, of
    /// the op's result type. Nil for primitive ops. Throws the op's shape error for operands it
    /// cannot take.
    public func decomposition(operandTypes: [TensorType]) throws -> Graph? {
        guard isFused else { return nil }
        let resultType = try resultType(operandTypes)
        let builder = GraphBuilder(name: name)
        let x = operandTypes.enumerated().map { i, t in
            Tensor(builder, builder.input(Op.decompositionOperandName(i), t))
        }
        let result: Tensor
        switch self {
        case .scaledDotProductAttention(let attrs):
            result = AttentionDecomposition.forward(x, attrs)
        case .scaledDotProductAttentionBackward(let attrs):
            result = AttentionDecomposition.backward(x, attrs)
        default:
            return nil
        }
        builder.output(Op.decompositionResultName, result.id)
        let graph = try builder.finish()
        guard graph.type(of: result.id) == resultType else {
            throw TuskError.invalidGraph("the decomposition of \(name) gives \(graph.type(of: result.id)), the op \(resultType)")
        }
        return graph
    }
}

extension Graph {
    /// Copies this graph's nodes into another graph: each input named in `bindings` becomes the
    /// given value there, every other node is handed to `append` with its operands already
    /// translated and returns its new value. Returns the new value of each output, by name.
    /// (The passes inline decompositions with it; autodiff inlines the VJP of one.)
    public func inline(bindings: [String: ValueID], append: (Node) throws -> ValueID) throws -> [String: ValueID] {
        var map: [ValueID] = []
        map.reserveCapacity(nodes.count)
        for node in nodes {
            if case .input(let name) = node.op {
                guard let bound = bindings[name] else {
                    throw TuskError.invalidGraph("inlining '\(self.name)': input '\(name)' is not bound")
                }
                map.append(bound)
                continue
            }
            var copy = node
            copy.operands = node.operands.map { map[$0.index] }
            map.append(try append(copy))
        }
        return Dictionary(outputs.map { ($0.name, map[$0.value.index]) }, uniquingKeysWith: { a, _ in a })
    }
}

extension Eval {
    /// A fused op evaluated by running its decomposition on the operands (whose dtypes already
    /// are the interpreter's precision, so `.native` arithmetic is the caller's).
    static func decomposed(_ op: Op, _ x: [TensorData], context: EvalContext) throws -> TensorData {
        guard let graph = try op.decomposition(operandTypes: x.map(\.type)) else {
            throw TuskError.execution("\(context.name(op)) has no decomposition")
        }
        var bindings: [String: TensorData] = [:]
        for (i, value) in x.enumerated() { bindings[Op.decompositionOperandName(i)] = value }
        do {
            return try Interpreter(precision: .native).run(graph, bindings)[Op.decompositionResultName]!
        } catch let error as TuskError {
            throw TuskError.execution("\(context.name(op)): in its decomposition: \(error)")
        }
    }
}
