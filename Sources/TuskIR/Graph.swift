/// An SSA value: the index of the node that defines it in its graph.
public struct ValueID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var index: Int
    public init(_ index: Int) { self.index = index }
    public static func < (a: ValueID, b: ValueID) -> Bool { a.index < b.index }
    /// `%7` — the text-format spelling.
    public var description: String { "%\(index)" }
}

/// One operation of a graph. Each node defines exactly one value, named by its index.
public struct Node: Hashable, Sendable {
    public var op: Op
    public var operands: [ValueID]
    /// The result type: given for leaves, inferred by `Op.resultType` for everything else.
    public var type: TensorType
    /// The Swift code that built the node, when it was traced from the DSL.
    public var location: SourceLocation?

    public init(op: Op, operands: [ValueID], type: TensorType, location: SourceLocation? = nil) {
        self.op = op
        self.operands = operands
        self.type = type
        self.location = location
    }

    // Locations are provenance, not semantics: two nodes that compute the same thing are equal.
    public static func == (a: Node, b: Node) -> Bool {
        a.op == b.op && a.operands == b.operands && a.type == b.type
    }
    public func hash(into h: inout Hasher) {
        h.combine(op)
        h.combine(operands)
        h.combine(type)
    }
}

/// A named result of a graph (`y`, `loss`, `grad.blocks.0.…`).
public struct GraphOutput: Hashable, Sendable {
    public var name: String
    public var value: ValueID
    public init(name: String, value: ValueID) {
        self.name = name
        self.value = value
    }
}

/// A dataflow graph in SSA form: nodes in topological order (every operand index is smaller
/// than its user's index), leaves for inputs, parameters and constants, and named outputs.
///
/// Graphs are values; passes map graphs to graphs. `Graph.verify()` checks the invariants.
public struct Graph: Hashable, Sendable {
    public var name: String
    public var nodes: [Node]
    public var outputs: [GraphOutput]

    public init(name: String, nodes: [Node] = [], outputs: [GraphOutput] = []) {
        self.name = name
        self.nodes = nodes
        self.outputs = outputs
    }

    public subscript(id: ValueID) -> Node {
        get { nodes[id.index] }
        set { nodes[id.index] = newValue }
    }

    /// The type of a value.
    public func type(of id: ValueID) -> TensorType { nodes[id.index].type }

    /// All value ids, in order.
    public var valueIDs: [ValueID] { nodes.indices.map(ValueID.init) }

    /// Data inputs, in order of appearance: (name, value, type).
    public var inputs: [(name: String, value: ValueID, type: TensorType)] {
        nodes.indices.compactMap { i in
            if case .input(let name) = nodes[i].op { return (name, ValueID(i), nodes[i].type) }
            return nil
        }
    }

    /// Parameters, in order of appearance: (name, value, type).
    public var parameters: [(name: String, value: ValueID, type: TensorType)] {
        nodes.indices.compactMap { i in
            if case .parameter(let name) = nodes[i].op { return (name, ValueID(i), nodes[i].type) }
            return nil
        }
    }

    /// The output with this name, if any.
    public func output(named name: String) -> ValueID? {
        outputs.first { $0.name == name }?.value
    }

    /// For each value, the number of uses as an operand plus uses as a graph output.
    public func useCounts() -> [Int] {
        var counts = [Int](repeating: 0, count: nodes.count)
        for node in nodes { for o in node.operands { counts[o.index] += 1 } }
        for out in outputs { counts[out.value.index] += 1 }
        return counts
    }

    /// For each value, the nodes that use it as an operand.
    public func users() -> [[ValueID]] {
        var result = [[ValueID]](repeating: [], count: nodes.count)
        for (i, node) in nodes.enumerated() {
            for o in node.operands where result[o.index].last != ValueID(i) {
                result[o.index].append(ValueID(i))
            }
        }
        return result
    }
}
