extension Graph {
    /// The graph as a Graphviz digraph (`dot -Tsvg graph.dot -o graph.svg`).
    ///
    /// One node per value, labelled `%i op`, its key attributes and its type. Inputs are
    /// ellipses, parameters boxes with their dotted name, constants (fill, iota, literal) notes,
    /// compute ops rounded boxes. Edges run from operands to users; when an op has several
    /// operands each edge is labelled with the operand position. Each graph output is a sink
    /// (`doubleoctagon`) with its name.
    public func dot() -> String {
        var out = "digraph \(DOT.quoted(name)) {\n"
        out += "  rankdir=TB;\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=8];\n"
        for (i, node) in nodes.enumerated() {
            var lines = ["%\(i) \(node.op.name)"]
            let style: String
            switch node.op {
            case .input(let n):
                lines.append(n)
                style = "shape=ellipse, style=filled, fillcolor=\"#d5e8fb\""
            case .parameter(let n):
                lines.append(n)
                style = "shape=box, style=filled, fillcolor=\"#fdf1c8\""
            case .fill, .iota, .literal:
                lines += DOT.keyAttributes(node.op)
                style = "shape=note, style=filled, fillcolor=\"#eeeeee\""
            default:
                lines += DOT.keyAttributes(node.op)
                style = "shape=box, style=rounded"
            }
            lines.append(node.type.description)
            out += "  v\(i) [label=\(DOT.label(lines)), \(style)];\n"
        }
        for (i, node) in nodes.enumerated() {
            for (position, operand) in node.operands.enumerated() {
                let label = node.operands.count > 1 ? " [label=\"\(position)\"]" : ""
                out += "  v\(operand.index) -> v\(i)\(label);\n"
            }
        }
        for (k, output) in outputs.enumerated() {
            out += "  out\(k) [label=\(DOT.label([output.name])), shape=doubleoctagon, style=filled, fillcolor=\"#d9f2d9\"];\n"
            out += "  v\(output.value.index) -> out\(k);\n"
        }
        out += "}\n"
        return out
    }
}

/// Escaping for Graphviz double-quoted strings.
enum DOT {
    /// Longest attribute text shown in a node before it is cut with `…`.
    static let maxAttributeLength = 60

    /// A DOT string literal: `"` and `\` escaped, line breaks and other controls replaced, so the
    /// label shows the text as written.
    static func quoted(_ s: String) -> String {
        "\"" + escaped(s) + "\""
    }

    /// Several lines joined with DOT's centered line break `\n`.
    static func label(_ lines: [String]) -> String {
        "\"" + lines.map(escaped).joined(separator: "\\n") + "\""
    }

    static func escaped(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar == " " || TextFormat.isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\\\u{" + String(scalar.value, radix: 16) + "}"
                }
            }
        }
        return out
    }

    /// The attributes worth seeing in a node, one `name = value` per line, long values cut.
    static func keyAttributes(_ op: Op) -> [String] {
        var lines: [String] = []
        if let payload = op.textPayload {
            lines.append(shortened(payload))
        }
        for (name, value) in op.textAttributes {
            lines.append(shortened("\(name) = \(value)"))
        }
        return lines
    }

    private static func shortened(_ s: String) -> String {
        s.count <= maxAttributeLength ? s : String(s.prefix(maxAttributeLength - 1)) + "…"
    }
}
