import TuskIR

/// Summary counts of a graph: what `tusk dump --stats` prints.
public struct GraphStats: Equatable, Sendable {
    public var nodes: Int
    public var inputs: [(name: String, type: TensorType)]
    public var parameterTensors: Int
    /// Total number of parameter elements (the model's parameter count).
    public var parameterElements: Int
    public var outputs: [(name: String, type: TensorType)]
    /// Op name (`matmul`, `add`, `reduce_sum`, …) → number of nodes, leaves included.
    public var opCounts: [String: Int]

    public init(_ graph: Graph) {
        nodes = graph.nodes.count
        inputs = graph.inputs.map { ($0.name, $0.type) }
        parameterTensors = graph.parameters.count
        parameterElements = graph.parameters.reduce(0) { $0 + $1.type.elementCount }
        outputs = graph.outputs.map { ($0.name, graph.type(of: $0.value)) }
        opCounts = graph.nodes.reduce(into: [:]) { $0[$1.op.name, default: 0] += 1 }
    }

    public static func == (a: GraphStats, b: GraphStats) -> Bool {
        a.nodes == b.nodes && a.parameterTensors == b.parameterTensors && a.parameterElements == b.parameterElements
            && a.opCounts == b.opCounts && a.inputs.map(\.name) == b.inputs.map(\.name)
            && a.inputs.map(\.type) == b.inputs.map(\.type) && a.outputs.map(\.name) == b.outputs.map(\.name)
            && a.outputs.map(\.type) == b.outputs.map(\.type)
    }

    /// A fixed-width report, ops sorted by count (most frequent first), then by name.
    public func report(graphName: String) -> String {
        var lines = ["graph \(graphName)"]
        lines.append("  nodes       \(nodes)")
        lines.append("  inputs      \(inputs.count)" + Self.list(inputs))
        lines.append("  parameters  \(parameterTensors) tensors, \(Self.grouped(parameterElements)) elements")
        lines.append("  outputs     \(outputs.count)" + Self.list(outputs))
        lines.append("  ops")
        let width = opCounts.keys.map(\.count).max() ?? 0
        for (op, count) in opCounts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            lines.append("    " + op + String(repeating: " ", count: width - op.count) + "  \(count)")
        }
        return lines.joined(separator: "\n")
    }

    private static func list(_ items: [(name: String, type: TensorType)]) -> String {
        items.isEmpty ? "" : " (" + items.map { "\($0.name): \($0.type)" }.joined(separator: ", ") + ")"
    }

    /// `423313` → `423,313`.
    public static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }
}
