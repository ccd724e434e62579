import TuskIR

/// `expand-fused`: replaces every fused op (`scaled_dot_product_attention` and its backward)
/// by its decomposition into primitive ops (`Op.decomposition`), for backends or shapes without
/// a fused kernel (DESIGN.md, principle 3). The inlined nodes carry the fused node's location.
///
/// The result computes exactly what the reference interpreter computes for the fused graph (the
/// interpreter evaluates fused ops through the same decomposition).
public struct ExpandFused: Pass {
    public var name: String { "expand-fused" }

    public init() {}

    public func run(_ graph: Graph) throws -> Graph {
        guard graph.nodes.contains(where: { $0.op.isFused }) else { return graph }
        return try GraphRewriter.rewrite(graph) { r, _, node in
            guard node.op.isFused else { return nil }
            let types = node.operands.map { r.type(of: $0) }
            guard let decomposition = try node.op.decomposition(operandTypes: types) else { return nil }
            var bindings: [String: ValueID] = [:]
            for (i, operand) in node.operands.enumerated() { bindings[Op.decompositionOperandName(i)] = operand }
            let outputs = try decomposition.inline(bindings: bindings) { inner in
                var located = inner
                located.location = node.location
                return try r.append(located)
            }
            return outputs[Op.decompositionResultName]
        }
    }
}
