extension Graph {
    /// The graph in Tusk's SSA text format, one op per line, without source locations:
    ///
    /// ```
    /// graph @mlp {
    ///   %0: f32[8,16] = input "x"
    ///   %1: f32[16,4] = parameter "fc.weight"
    ///   %2: f32[8,4] = matmul %0, %1 {transpose_a = false, transpose_b = false}
    ///   return %2 as "y"
    /// }
    /// ```
    ///
    /// The text is canonical: `Graph.parse(g.text) == g` and `Graph.parse(g.text).text == g.text`
    /// byte for byte, so committed dumps only change when the graph does. `Docs/IR.md` has the
    /// grammar.
    public var text: String { text(includeLocations: false) }

    /// The text format; with `includeLocations`, nodes traced from Swift code end in
    /// ` loc("Model.swift":12)`, which `parse` restores into `Node.location`.
    public func text(includeLocations: Bool) -> String {
        var out = "graph \(TextFormat.graphName(name)) {\n"
        for (index, node) in nodes.enumerated() {
            out += "  "
            out += Graph.textLine(index: index, node: node, includeLocation: includeLocations)
            out += "\n"
        }
        out += "  return"
        if !outputs.isEmpty {
            // Up to `outputsPerLine` outputs share the line; more (a train step returns one
            // gradient per parameter) go one per line, so a changed output is a one-line diff.
            let separator = outputs.count > Graph.outputsPerLine ? ",\n         " : ", "
            out += " " + outputs.map { "\($0.value) as \(TextFormat.quoted($0.name))" }.joined(separator: separator)
        }
        out += "\n}\n"
        return out
    }

    /// Graphs with more outputs than this print one output per line.
    static let outputsPerLine = 4

    /// One node as a line of the text format (without indentation or newline).
    static func textLine(index: Int, node: Node, includeLocation: Bool) -> String {
        var line = "%\(index): \(node.type) = \(node.op.name)"
        if !node.operands.isEmpty {
            line += " " + node.operands.map(\.description).joined(separator: ", ")
        }
        if let payload = node.op.textPayload { line += " " + payload }
        let attributes = node.op.textAttributes
        if !attributes.isEmpty {
            line += " {" + attributes.map { "\($0.name) = \($0.value)" }.joined(separator: ", ") + "}"
        }
        if includeLocation, let location = node.location {
            line += " loc(\(TextFormat.quoted(location.file)):\(location.line))"
        }
        return line
    }
}
