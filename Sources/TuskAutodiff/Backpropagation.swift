import TuskIR

extension GraphBuilder {
    /// A builder whose graph starts as a copy of `graph`: the same nodes with the same value
    /// ids, and the same named outputs. Appending to it extends `graph` (the backward pass,
    /// an optimizer update) while every forward value stays usable by its id.
    public static func replaying(_ graph: Graph) throws -> GraphBuilder {
        try graph.verify()
        let builder = GraphBuilder(name: graph.name)
        for (i, node) in graph.nodes.enumerated() {
            let id: ValueID
            switch node.op {
            case .input(let name): id = builder.input(name, node.type, location: node.location)
            case .parameter(let name): id = builder.parameter(name, node.type, location: node.location)
            default:
                id = node.op.isLeaf
                    ? builder.appendLeaf(node.op, type: node.type, location: node.location)
                    : builder.append(node.op, node.operands, location: node.location)
            }
            if let error = builder.firstError { throw error }
            guard id.index == i else {
                throw TuskError.invalidGraph("replaying '\(graph.name)': node %\(i) became \(id)")
            }
        }
        for out in graph.outputs { builder.output(out.name, out.value) }
        if let error = builder.firstError { throw error }
        return builder
    }
}

/// Appends to `builder` the reverse-mode derivative of the values it holds so far: the
/// lower-level entry under `grad` and `vjp`.
///
/// Only the relevant subgraph is differentiated: nodes that depend on a `wrt` value through
/// floating-point values *and* reach a seeded value. Cotangents of values used several times are
/// accumulated with adds. Forward values the rules need are read as ordinary SSA uses, so a
/// later pass may recompute them instead of keeping them alive.
///
/// - Parameters:
///   - seeds: each pair gives the cotangent (a value of the same type, e.g. a `fill(1)` for a
///     scalar loss or an input) of one forward value. A value seeded twice gets the sum.
///   - wrt: the values to differentiate with respect to; each must be floating point.
/// - Returns: the cotangent of each `wrt` value, in order; a zero `fill` where no seeded value
///   depends on it.
public func appendBackward(
    to builder: GraphBuilder, seeds: [(value: ValueID, cotangent: ValueID)], wrt: [ValueID]
) throws -> [ValueID] {
    let graph = builder.graph
    let count = graph.nodes.count
    for w in wrt {
        guard w.index >= 0 && w.index < count else { throw TuskError.invalidGraph("grad: \(w) is not a value of the graph") }
        let t = graph.type(of: w)
        guard t.dtype.isFloatingPoint else {
            throw TuskError.shape(op: "grad", message: "cannot differentiate with respect to \(w), which is \(t.dtype) (only f32/f64 values have gradients)",
                                  operands: [t], location: graph[w].location)
        }
    }
    for (value, cotangent) in seeds {
        guard value.index >= 0 && value.index < count, cotangent.index >= 0 && cotangent.index < count else {
            throw TuskError.invalidGraph("grad: seed \(value) ← \(cotangent) is not in the graph")
        }
        let vt = graph.type(of: value), ct = graph.type(of: cotangent)
        guard vt.dtype.isFloatingPoint, vt == ct else {
            throw TuskError.shape(op: "grad", message: "the cotangent of \(value) must be floating point of its type \(vt), got \(ct)",
                                  operands: [vt, ct], location: graph[value].location)
        }
    }

    // Forward sweep: which values depend on a wrt value through floating-point values.
    var depends = [Bool](repeating: false, count: count)
    for w in wrt { depends[w.index] = true }
    for (i, node) in graph.nodes.enumerated() where !depends[i] && node.type.dtype.isFloatingPoint {
        depends[i] = node.operands.contains { depends[$0.index] }
    }
    // Backward sweep: which of those reach a seeded value.
    var relevant = [Bool](repeating: false, count: count)
    for (value, _) in seeds where depends[value.index] { relevant[value.index] = true }
    for i in stride(from: count - 1, through: 0, by: -1) where relevant[i] {
        for o in graph.nodes[i].operands where depends[o.index] { relevant[o.index] = true }
    }

    let wrtSet = Set(wrt.map(\.index))
    var cotangents: [Int: Tensor] = [:]
    func accumulate(_ value: Int, _ c: Tensor) {
        if let existing = cotangents[value] { cotangents[value] = existing + c } else { cotangents[value] = c }
    }
    for (value, cotangent) in seeds where relevant[value.index] {
        accumulate(value.index, Tensor(builder, cotangent))
    }

    for i in stride(from: count - 1, through: 0, by: -1) where relevant[i] {
        let node = graph.nodes[i]
        guard !node.op.isLeaf, let g = cotangents[i] else { continue }
        let context = VJPContext(
            node: node, result: Tensor(builder, ValueID(i)),
            operands: node.operands.map { Tensor(builder, $0) },
            needs: node.operands.map { relevant[$0.index] })
        let contributions = try node.op.vjp(context, g)
        guard contributions.count == node.operands.count else {
            throw TuskError.invalidGraph("grad: the rule of \(node.op.name) gave \(contributions.count) cotangents for \(node.operands.count) operands")
        }
        for (k, contribution) in contributions.enumerated() {
            let operand = node.operands[k]
            guard context.needs[k], let contribution else { continue }
            if let error = builder.firstError { throw error }
            let expected = graph.type(of: operand)
            guard contribution.type == expected else {
                throw TuskError.invalidGraph("grad: the rule of \(node.op.name) (node %\(i)) gave a cotangent of type \(contribution.type) for operand \(operand) of type \(expected)")
            }
            accumulate(operand.index, contribution)
        }
        // The cotangent of node i is complete (all its users come later and were visited);
        // drop it unless it is itself a requested gradient.
        if !wrtSet.contains(i) { cotangents[i] = nil }
    }
    if let error = builder.firstError { throw error }

    return wrt.map { w in
        if let c = cotangents[w.index] { return c.id }
        let t = graph.type(of: w)
        return builder.appendLeaf(.fill(0), type: t, location: graph[w].location)
    }
}
