import TuskIR

/// Rebuilds a graph node by node: the shared engine of the passes.
///
/// A rewrite walks the source graph in topological order. For each source node a rule sees the
/// node with its operands already translated into the new graph and either keeps it (it is copied,
/// its type re-inferred, its location kept) or returns the new value that replaces it — an
/// existing value, or one built with `append`/`appendLeaf`. Outputs are renamed through the
/// resulting old → new value map. New nodes only ever use values that exist already, so the
/// result stays in topological order.
///
/// Finally the new graph is compacted: nodes the rewrite itself made dead (an `x * 1` whose
/// `fill(1)` is no longer used) are removed. Graph inputs and parameters are always kept — they
/// are the graph's interface, bound by name at run time — and so is code that was already dead in
/// the source graph unless `removeDeadCode` is set (that is the `dce` pass's job, so the
/// instruments attribute each removal to the pass that caused it).
public struct GraphRewriter {
    /// The graph being rewritten.
    public let source: Graph
    /// The graph being built.
    public private(set) var result: Graph
    /// source value index → result value (nil until the source node has been visited).
    private var map: [ValueID?]

    /// Starts an empty result graph with the source's name.
    public init(_ source: Graph) {
        self.source = source
        result = Graph(name: source.name)
        map = Array(repeating: nil, count: source.nodes.count)
    }

    /// The result value that replaced the source value `old` (which must have been visited).
    public func mapped(_ old: ValueID) -> ValueID {
        guard let new = map[old.index] else {
            preconditionFailure("GraphRewriter: \(old) used before it was visited")
        }
        return new
    }

    /// A node of the result graph.
    public subscript(new: ValueID) -> Node { result.nodes[new.index] }

    /// The type of a result value.
    public func type(of new: ValueID) -> TensorType { result.nodes[new.index].type }

    /// Appends a non-leaf node over result values, inferring its type.
    @discardableResult
    public mutating func append(_ op: Op, _ operands: [ValueID], location: SourceLocation? = nil) throws -> ValueID {
        for o in operands where o.index < 0 || o.index >= result.nodes.count {
            throw TuskError.invalidGraph("rewrite of '\(source.name)': \(op.name) uses \(o), which is not defined yet")
        }
        let type = try op.resultType(operands.map { result.nodes[$0.index].type }, location: location)
        result.nodes.append(Node(op: op, operands: operands, type: type, location: location))
        return ValueID(result.nodes.count - 1)
    }

    /// Appends a leaf (input, parameter or constant) of the given type.
    @discardableResult
    public mutating func appendLeaf(_ op: Op, type: TensorType, location: SourceLocation? = nil) throws -> ValueID {
        try op.checkLeaf(type, location: location)
        result.nodes.append(Node(op: op, operands: [], type: type, location: location))
        return ValueID(result.nodes.count - 1)
    }

    /// Appends `node` (whose operands are result values): leaves keep their type, other nodes
    /// have it re-inferred.
    @discardableResult
    public mutating func append(_ node: Node) throws -> ValueID {
        node.op.isLeaf
            ? try appendLeaf(node.op, type: node.type, location: node.location)
            : try append(node.op, node.operands, location: node.location)
    }

    /// Runs a rewrite. `rule(&rewriter, old, node)` is called once per source node in order;
    /// `node` is the source node with operands translated to result values. Returning nil keeps
    /// (copies) the node; returning a value replaces the source value by it, which must have the
    /// source value's type (a rule that changes a type is a bug, reported as `invalidGraph`).
    public static func rewrite(
        _ source: Graph, removeDeadCode: Bool = false,
        _ rule: (inout GraphRewriter, ValueID, Node) throws -> ValueID?
    ) throws -> Graph {
        var r = GraphRewriter(source)
        for (i, sourceNode) in source.nodes.enumerated() {
            var node = sourceNode
            node.operands = node.operands.map { r.mapped($0) }
            let old = ValueID(i)
            if let replacement = try rule(&r, old, node) {
                guard replacement.index >= 0 && replacement.index < r.result.nodes.count else {
                    throw TuskError.invalidGraph("rewrite of '\(source.name)': \(old) replaced by undefined \(replacement)")
                }
                let newType = r.type(of: replacement)
                if newType != sourceNode.type {
                    throw TuskError.invalidGraph(
                        "rewrite of '\(source.name)': \(old) (\(sourceNode.op.name), \(sourceNode.type)) replaced by a value of type \(newType)")
                }
                r.map[i] = replacement
            } else {
                r.map[i] = try r.append(node)
            }
        }
        return r.finish(removeDeadCode: removeDeadCode)
    }

    /// The result graph with outputs renamed through the map, compacted (see the type's doc).
    public func finish(removeDeadCode: Bool = false) -> Graph {
        var graph = result
        graph.outputs = source.outputs.map { GraphOutput(name: $0.name, value: mapped($0.value)) }
        var roots: [ValueID] = []
        if !removeDeadCode {
            let sourceLive = source.liveValues(keepInterface: false)
            for i in source.nodes.indices where !sourceLive[i] { roots.append(mapped(ValueID(i))) }
        }
        return graph.compacted(keepInterface: true, extraRoots: roots)
    }
}

extension Graph {
    /// For each value, whether it is needed: reachable backwards from an output or from
    /// `extraRoots`, or (with `keepInterface`) an input or parameter.
    public func liveValues(keepInterface: Bool, extraRoots: [ValueID] = []) -> [Bool] {
        var live = [Bool](repeating: false, count: nodes.count)
        for out in outputs { live[out.value.index] = true }
        for root in extraRoots { live[root.index] = true }
        for i in stride(from: nodes.count - 1, through: 0, by: -1) {
            if keepInterface {
                switch nodes[i].op {
                case .input, .parameter: live[i] = true
                default: break
                }
            }
            if live[i] { for o in nodes[i].operands { live[o.index] = true } }
        }
        return live
    }

    /// The graph without the values `liveValues(keepInterface:extraRoots:)` marks dead; the
    /// surviving nodes keep their order and are renumbered densely.
    public func compacted(keepInterface: Bool, extraRoots: [ValueID] = []) -> Graph {
        let live = liveValues(keepInterface: keepInterface, extraRoots: extraRoots)
        if !live.contains(false) { return self }
        var newIndex = [Int](repeating: -1, count: nodes.count)
        var result = Graph(name: name)
        for (i, node) in nodes.enumerated() where live[i] {
            var copy = node
            copy.operands = node.operands.map { ValueID(newIndex[$0.index]) }
            newIndex[i] = result.nodes.count
            result.nodes.append(copy)
        }
        result.outputs = outputs.map { GraphOutput(name: $0.name, value: ValueID(newIndex[$0.value.index])) }
        return result
    }
}
