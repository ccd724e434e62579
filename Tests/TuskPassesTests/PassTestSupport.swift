import Testing
import TuskIR
@testable import TuskPasses

/// The graph's text form, for failure messages.
func listing(_ g: Graph) -> String { g.text }

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
