import TuskIR

/// `cse`: merges nodes that compute the same thing — same op and attributes, same operands
/// (after merging), same type — by structural hashing in one topological sweep.
///
/// Constants merge when they are bit-identical: `fill(1)` with `fill(1)` of the same type,
/// identical literals, identical iotas; `fill(0.0)` and `fill(-0.0)` stay distinct (they are
/// different numbers to `div` and `add`). Inputs and parameters are unique by name (the verifier
/// enforces it), so they never merge. All ops are pure, so merging never changes a result.
/// When two nodes merge, the first one (in topological order) survives, with its location.
public struct CommonSubexpressionElimination: Pass {
    public var name: String { "cse" }

    public init() {}

    public func run(_ graph: Graph) throws -> Graph {
        var seen: [NodeKey: ValueID] = [:]
        return try GraphRewriter.rewrite(graph) { r, _, node in
            let key = NodeKey(node)
            if let existing = seen[key] { return existing }
            let new = try r.append(node)
            // Key by the node as it landed in the result (its type is the re-inferred one).
            seen[NodeKey(r[new])] = new
            seen[key] = new
            return new
        }
    }
}
