import Testing
import TuskIR
@testable import TuskPasses

/// A compact listing of a graph for failure messages (`%3 = mul(%1, %2) : f32[2,3]`).
func listing(_ g: Graph) -> String {
    var lines = g.nodes.enumerated().map { i, n in
        "%\(i) = \(n.op)(\(n.operands.map(\.description).joined(separator: ", "))) : \(n.type)"
    }
    lines += g.outputs.map { "out \($0.name) = \($0.value)" }
    return lines.joined(separator: "\n")
}

/// Expects two graphs to be identical (ops, operands, types, outputs; constants bitwise).
func expectIdentical(_ actual: Graph, _ expected: Graph, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(actual.isIdentical(to: expected),
            "got:\n\(listing(actual))\nexpected:\n\(listing(expected))", sourceLocation: sourceLocation)
}

/// Builds a graph directly from nodes and outputs (for exact expected results).
func graph(_ nodes: [(Op, [Int], TensorType)], outputs: [(String, Int)], name: String = "g") -> Graph {
    Graph(name: name,
          nodes: nodes.map { Node(op: $0.0, operands: $0.1.map(ValueID.init), type: $0.2) },
          outputs: outputs.map { GraphOutput(name: $0.0, value: ValueID($0.1)) })
}

func f32(_ shape: [Int]) -> TensorType { TensorType(.f32, shape) }
