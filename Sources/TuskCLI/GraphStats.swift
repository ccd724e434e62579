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
    /// Floating-point operations of one evaluation (`Graph.flops`, the rules of `Op.flops`).
    public var flops: Int
    /// Op name → its share of `flops` (ops that do no arithmetic omitted).
    public var flopsByOp: [String: Int]
    /// Bytes live at the peak of the naive schedule (`Graph.naivePeakLiveBytes`: program order,
    /// intermediates freed after their last use, inputs and parameters resident).
    public var peakLiveBytes: Int

    /// Throws `TuskError.shape` naming the op and its line when a FLOP or byte count overflows.
    public init(_ graph: Graph) throws {
        nodes = graph.nodes.count
        inputs = graph.inputs.map { ($0.name, $0.type) }
        parameterTensors = graph.parameters.count
        guard let elements = SizeArithmetic.sum(graph.parameters.map(\.type.elementCount)) else {
            throw TuskError.execution("graph '\(graph.name)': its parameter count overflows a 64-bit integer")
        }
        parameterElements = elements
        outputs = graph.outputs.map { ($0.name, graph.type(of: $0.value)) }
        opCounts = graph.nodes.reduce(into: [:]) { $0[$1.op.name, default: 0] += 1 }
        flopsByOp = try graph.flopsByOp
        flops = try graph.flops
        peakLiveBytes = try graph.naivePeakLiveBytes
    }

    public static func == (a: GraphStats, b: GraphStats) -> Bool {
        a.nodes == b.nodes && a.parameterTensors == b.parameterTensors && a.parameterElements == b.parameterElements
            && a.opCounts == b.opCounts && a.inputs.map(\.name) == b.inputs.map(\.name)
            && a.inputs.map(\.type) == b.inputs.map(\.type) && a.outputs.map(\.name) == b.outputs.map(\.name)
            && a.outputs.map(\.type) == b.outputs.map(\.type) && a.flops == b.flops && a.peakLiveBytes == b.peakLiveBytes
    }

    /// A fixed-width report, ops sorted by count (most frequent first), then by name.
    public func report(graphName: String) -> String {
        var lines = ["graph \(graphName)"]
        lines.append("  nodes       \(nodes)")
        lines.append("  inputs      \(inputs.count)" + Self.list(inputs))
        lines.append("  parameters  \(parameterTensors) tensors, \(Self.grouped(parameterElements)) elements")
        lines.append("  outputs     \(outputs.count)" + Self.list(outputs))
        lines.append("  flops       \(Self.grouped(flops)) (\(Self.engineering(Double(flops))) per run; multiply-add = 2)")
        lines.append("  peak bytes  \(Self.grouped(peakLiveBytes)) (\(Self.bytes(peakLiveBytes)); naive schedule: program order, free after last use)")
        lines.append("  ops         count  flops")
        let width = opCounts.keys.map(\.count).max() ?? 0
        let countWidth = opCounts.values.map { String($0).count }.max() ?? 0
        for (op, count) in opCounts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            let c = String(count)
            var line = "    " + op + String(repeating: " ", count: width - op.count) + "  "
                + String(repeating: " ", count: countWidth - c.count) + c
            if let f = flopsByOp[op] { line += "  " + Self.grouped(f) }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private static func list(_ items: [(name: String, type: TensorType)]) -> String {
        items.isEmpty ? "" : " (" + items.map { "\($0.name): \($0.type)" }.joined(separator: ", ") + ")"
    }

    /// `1.23 GFLOP`-style engineering notation (k, M, G, T) with 3 significant digits.
    static func engineering(_ x: Double, unit: String = "FLOP") -> String {
        let prefixes = ["", "k", "M", "G", "T", "P"]
        var v = x, i = 0
        while v >= 1000 && i < prefixes.count - 1 { v /= 1000; i += 1 }
        return Timing.fixed(v, v < 10 ? 2 : v < 100 ? 1 : 0) + " " + prefixes[i] + unit
    }

    /// Bytes in binary units (`12.3 MiB`).
    static func bytes(_ n: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var v = Double(n), i = 0
        while v >= 1024 && i < units.count - 1 { v /= 1024; i += 1 }
        return Timing.fixed(v, i == 0 ? 0 : 1) + " " + units[i]
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
