import TuskIR

/// The prefix of gradient output names: the gradient of parameter `blocks.0.norm1.weight` is
/// the output `grad.blocks.0.norm1.weight`.
public let gradientOutputPrefix = "grad."

/// The prefix of the cotangent inputs `vjp` adds: the cotangent of output `y` is the input
/// `cotangent.y`.
public let cotangentInputPrefix = "cotangent."

/// Reverse-mode differentiation as a graph-to-graph transform.
///
/// Returns a graph that computes every output of `graph` plus, for each name in `wrt`, the
/// output `grad.<name>`: the gradient of the output `loss` with respect to that parameter or
/// input, of the same type. The result is an ordinary graph — the forward nodes followed by the
/// backward nodes built from primitive ops — that passes optimize and backends run like any
/// other (JAX's linearize + transpose, staged into one graph).
///
/// - Parameters:
///   - loss: the name of an output holding one f32 or f64 element (rank 0, or all sizes 1).
///   - wrt: parameter and/or input names (they share one namespace), each floating point.
///     A value the loss does not depend on gets a zero gradient.
///   - prefix: the prefix of the gradient outputs (`grad.` by default; differentiating a
///     gradient graph again needs another, e.g. `grad2.`).
/// - Throws: `TuskError` when `loss` is not an output, not floating point or has more than one
///   element; when a `wrt` name is unknown, repeated or integer-typed; when an output
///   `grad.<name>` already exists.
public func grad(_ graph: Graph, loss: String, wrt: [String], prefix: String = gradientOutputPrefix) throws -> Graph {
    let lossID = try checkedLoss(graph, loss)
    let lossType = graph.type(of: lossID)
    let builder = try GraphBuilder.replaying(graph)
    let wrtIDs = try resolve(wrt, in: graph, prefix: prefix)
    let seed = builder.appendLeaf(.fill(1), type: lossType, location: graph[lossID].location)
    let grads = try appendBackward(to: builder, seeds: [(lossID, seed)], wrt: wrtIDs)
    for (name, g) in zip(wrt, grads) { builder.output(prefix + name, g) }
    return try builder.finish()
}

/// The vector-Jacobian product as a graph-to-graph transform (JAX's `vjp`, staged).
///
/// Returns a graph that computes every output of `graph` and, given one extra input
/// `cotangent.<output>` per name in `outputs` (same type as that output), the outputs
/// `grad.<name>` = Σ_outputs Jᵀ·cotangent for each name in `wrt`. `grad` is the special case of
/// one scalar output seeded with 1.
public func vjp(_ graph: Graph, of outputs: [String], wrt: [String]) throws -> Graph {
    let builder = try GraphBuilder.replaying(graph)
    let wrtIDs = try resolve(wrt, in: graph, prefix: gradientOutputPrefix)
    var seeds: [(value: ValueID, cotangent: ValueID)] = []
    var seen = Set<String>()
    for name in outputs {
        guard seen.insert(name).inserted else { throw TuskError.invalidGraph("vjp: output '\(name)' listed twice") }
        guard let id = graph.output(named: name) else {
            throw TuskError.invalidGraph("vjp: '\(name)' is not an output of '\(graph.name)' (outputs: \(graph.outputs.map(\.name).joined(separator: ", ")))")
        }
        let t = graph.type(of: id)
        guard t.dtype.isFloatingPoint else {
            throw TuskError.shape(op: "vjp", message: "output '\(name)' is \(t.dtype); only f32/f64 outputs have cotangents",
                                  operands: [t], location: graph[id].location)
        }
        let inputName = cotangentInputPrefix + name
        if graph.inputs.contains(where: { $0.name == inputName }) || graph.parameters.contains(where: { $0.name == inputName }) {
            throw TuskError.invalidGraph("vjp: the graph already has a value named '\(inputName)'")
        }
        seeds.append((id, builder.input(inputName, t)))
    }
    let grads = try appendBackward(to: builder, seeds: seeds, wrt: wrtIDs)
    for (name, g) in zip(wrt, grads) { builder.output(gradientOutputPrefix + name, g) }
    return try builder.finish()
}

/// Resolves parameter/input names to their values, checking they are unique, known, floating
/// point and that their gradient output names are free.
private func resolve(_ names: [String], in graph: Graph, prefix: String) throws -> [ValueID] {
    var byName: [String: ValueID] = [:]
    for p in graph.parameters { byName[p.name] = p.value }
    for i in graph.inputs { byName[i.name] = i.value }
    var seen = Set<String>()
    return try names.map { name in
        guard seen.insert(name).inserted else { throw TuskError.invalidGraph("grad: '\(name)' listed twice in wrt") }
        guard let id = byName[name] else {
            let known = byName.keys.sorted()
            let shown = known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")
            throw TuskError.invalidGraph("grad: '\(name)' is neither a parameter nor an input of '\(graph.name)' (known: \(shown))")
        }
        let t = graph.type(of: id)
        guard t.dtype.isFloatingPoint else {
            throw TuskError.shape(op: "grad", message: "cannot differentiate with respect to '\(name)', which is \(t.dtype) (only f32/f64 values have gradients)",
                                  operands: [t], location: graph[id].location)
        }
        if graph.output(named: prefix + name) != nil {
            throw TuskError.invalidGraph("grad: the graph already has an output named '\(prefix + name)' (pass another prefix)")
        }
        return id
    }
}

/// The value of the output `loss`, checked to be one f32/f64 element.
func checkedLoss(_ graph: Graph, _ loss: String) throws -> ValueID {
    guard let lossID = graph.output(named: loss) else {
        throw TuskError.invalidGraph("grad: '\(loss)' is not an output of '\(graph.name)' (outputs: \(graph.outputs.map(\.name).joined(separator: ", ")))")
    }
    let lossType = graph.type(of: lossID)
    guard lossType.dtype.isFloatingPoint else {
        throw TuskError.shape(op: "grad", message: "the loss '\(loss)' must be f32 or f64, got \(lossType.dtype)",
                              operands: [lossType], location: graph[lossID].location)
    }
    guard lossType.elementCount == 1 else {
        throw TuskError.shape(op: "grad", message: "the loss '\(loss)' must be a scalar, got shape \(lossType.shape) (reduce it with sum() or mean(), or use vjp)",
                              operands: [lossType], location: graph[lossID].location)
    }
    return lossID
}
