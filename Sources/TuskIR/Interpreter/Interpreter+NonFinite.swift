/// The first element of a floating-point tensor that is NaN or ±infinity, or nil (integer and
/// bool tensors are always finite).
public func firstNonFiniteElement(_ value: TensorData) -> (index: Int, value: Double)? {
    switch value.storage {
    case .f32(let a): a.firstIndex { !$0.isFinite }.map { ($0, Double(a[$0])) }
    case .f64(let a): a.firstIndex { !$0.isFinite }.map { ($0, a[$0]) }
    default: nil
    }
}

/// A short description of a tensor for a diagnosis: its type, how many elements are NaN or
/// infinite, and the range of the finite ones (`f32[2] (finite, min -2, max -1)`).
public func describeValues(_ value: TensorData) -> String {
    let values: [Double]
    switch value.storage {
    case .f32(let a): values = a.map(Double.init)
    case .f64(let a): values = a
    default: return "\(value.type)"
    }
    var (nan, posInf, negInf) = (0, 0, 0)
    var (lo, hi) = (Double.infinity, -Double.infinity)
    for v in values {
        if v.isNaN { nan += 1 } else if v == .infinity { posInf += 1 } else if v == -.infinity { negInf += 1 } else {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
    }
    var parts: [String] = []
    if nan + posInf + negInf == 0 { parts.append("finite") }
    if nan > 0 { parts.append("\(nan) NaN") }
    if posInf > 0 { parts.append("\(posInf) +inf") }
    if negInf > 0 { parts.append("\(negInf) -inf") }
    if lo <= hi { parts.append("min \(lo), max \(hi)") }
    return "\(value.type) (\(parts.joined(separator: ", ")))"
}

/// The op that first produced a non-finite value reaching a graph output: found by
/// `Interpreter.firstNonFinite` (JAX's `jax_debug_nans`, pointing at the Swift source).
public struct NonFiniteOrigin: Sendable, CustomStringConvertible {
    /// The node index (`%node`) in the graph that was re-run.
    public var node: Int
    /// The node's line in that graph's text (`Graph.text`, with or without locations: one
    /// node per line after the `graph @name {` line).
    public var dumpLine: Int { node + 2 }
    /// The node as a line of the text format (with its location).
    public var text: String
    /// The DSL call that built the node, when it was traced from Swift code.
    public var location: SourceLocation?
    /// The first bad element of its result (`element 3 is nan`) and a summary of the result.
    public var result: String
    /// A summary of each operand (all finite: that is why this node is the origin).
    public var operands: [String]
    /// The graph outputs holding a non-finite value, in output order.
    public var outputs: [String]
    /// True when the node is an input or parameter: the value was bound non-finite.
    public var isBinding: Bool

    public var description: String {
        var s = isBinding
            ? "the non-finite value was bound to \(text) (line \(dumpLine) of the graph text)"
            : "the first op that produced a non-finite value from finite operands is line \(dumpLine) of the graph text: \(text)"
        s += "\n  built at: " + (location.map { "\($0)" } ?? "no Swift source location (the graph was not traced from the DSL)")
        s += "\n  result: \(result)"
        for (k, o) in operands.enumerated() { s += "\n  operand \(k): \(o)" }
        let shown = outputs.count > 6 ? outputs.prefix(6).joined(separator: ", ") + ", … (\(outputs.count) outputs)" : outputs.joined(separator: ", ")
        s += "\n  non-finite outputs: \(shown)"
        return s
    }
}

extension Interpreter {
    /// Runs `graph` op by op (the same rules as `run`) and, when an output holds a NaN or an
    /// infinity, returns the op it came from: following the non-finite values back from the
    /// outputs to the earliest node whose result is non-finite while all its operands are
    /// finite (or the input/parameter bound to one). Non-finite values that do not reach an
    /// output (e.g. a `-inf` mask a softmax turns finite) are not blamed. Returns the outputs
    /// and nil when every output is finite.
    public func firstNonFinite(_ graph: Graph, _ bindings: [String: TensorData]) throws
        -> (outputs: [String: TensorData], origin: NonFiniteOrigin?) {
        try graph.verify()
        var values = [TensorData?](repeating: nil, count: graph.nodes.count)
        // origin[i]: the earliest producing node among the non-finite values that reach node i.
        var origin = [Int?](repeating: nil, count: graph.nodes.count)
        var produced: [Int: (result: String, operands: [String])] = [:]
        var remainingUses = graph.useCounts()
        for out in graph.outputs { remainingUses[out.value.index] += 1 << 40 }
        for (i, node) in graph.nodes.enumerated() {
            let value: TensorData
            let operands: [TensorData]
            switch node.op {
            case .input(let name), .parameter(let name):
                operands = []
                value = try bound(name, kind: node.op.name, declared: node.type, graph: graph, bindings)
            default:
                operands = node.operands.map { values[$0.index]! }
                value = try node.op.evaluate(operands, type: effectiveType(node.type), context: EvalContext(node: i))
            }
            values[i] = value
            if let bad = firstNonFiniteElement(value) {
                let upstream = node.operands.compactMap { origin[$0.index] }
                if let earliest = upstream.min() {
                    origin[i] = earliest
                } else {
                    origin[i] = i
                    produced[i] = ("element \(bad.index) is \(bad.value); \(describeValues(value))", operands.map(describeValues))
                }
            }
            for o in node.operands {
                remainingUses[o.index] -= 1
                if remainingUses[o.index] == 0 { values[o.index] = nil }
            }
        }
        var results: [String: TensorData] = [:]
        for out in graph.outputs { results[out.name] = values[out.value.index]! }
        let bad = graph.outputs.filter { origin[$0.value.index] != nil }
        guard let first = bad.compactMap({ origin[$0.value.index] }).min() else { return (results, nil) }
        let node = graph.nodes[first]
        let isBinding: Bool
        switch node.op {
        case .input, .parameter: isBinding = true
        default: isBinding = false
        }
        let found = NonFiniteOrigin(node: first, text: Graph.textLine(index: first, node: node, includeLocation: true),
                                     location: node.location, result: produced[first]!.result,
                                     operands: produced[first]!.operands, outputs: bad.map(\.name), isBinding: isBinding)
        return (results, found)
    }
}
