import TuskIR

/// Rematerialization: recomputes a cheap value next to its late uses instead of keeping it alive
/// across the gap (JAX's `checkpoint` policies, XLA's rematerialization, for the one case that
/// never costs memory).
///
/// In a train step the backward reads many forward values long after they were computed; each
/// is kept in the arena across the whole gap (the "saved for backward" list of
/// `tusk dump --stage scheduled`). When such a value `v` is elementwise or movement of operands
/// that stay alive across that gap anyway (graph leaves, or values the backward reads later
/// still) — directly or through a few more cheap ops — keeping `v` buys nothing: this pass gives
/// `v`'s late users a copy of `v`'s node (and of the cheap ops between it and those operands),
/// placed just before the first of them, so `v` itself dies after its early users. The copies
/// read only values that are live at that point, so no other live range grows, and they are the
/// same ops on the same operands: the outputs are bit-identical. On the LLVM backend a copy whose
/// users are loop kernels is fused into them and never materialized at all.
///
/// Rules, per value `v` in program order (node order is execution order):
/// - `v` is a non-leaf node whose op `isRematerializable`, of at least `minimumBytes`, not a
///   graph output;
/// - its uses split at their largest gap (counting the gap from `v` to its first use) into early
///   and late uses, and that gap spans at least `minimumGap` nodes;
/// - every operand of `v` is *alive* at `v`'s last use — a leaf, or a value with a use at or
///   after it that is not itself rematerialized — or is recomputed too: rematerializable, not an
///   output, its own operands alive or recomputed, at most `maximumRecompute` nodes in all.
///   Values are decided in program order, so an operand's fate is known when its user is.
///
/// The pass must run after CSE (which would merge the copy back into `v`); the compile driver
/// runs it once, after the joint pipeline.
public struct Rematerialize: Pass {
    public var name: String { "remat" }
    /// Values smaller than this are left alone (their gap costs little).
    public var minimumBytes: Int
    /// Uses closer than this many nodes after the previous use are not a gap worth closing.
    public var minimumGap: Int

    public init(minimumBytes: Int = 256 << 10, minimumGap: Int = 32) {
        self.minimumBytes = minimumBytes
        self.minimumGap = minimumGap
    }

    /// At most this many nodes are recomputed for one value (it and the cheap operands it is
    /// recomputed from).
    public static let maximumRecompute = 6

    /// What the pass does to one value: its late users, which read a copy of it, and the nodes
    /// recomputed to make that copy (in program order, the value last).
    public struct Recompute: Hashable, Sendable {
        public var lateUsers: [Int]
        public var nodes: [Int]
    }

    /// The values the pass rematerializes in `graph`, by value (for tests and reports).
    public func plan(_ graph: Graph) -> [Int: Recompute] {
        let n = graph.nodes.count
        var users = [[Int]](repeating: [], count: n)
        for (i, node) in graph.nodes.enumerated() {
            for o in Set(node.operands.map(\.index)) { users[o].append(i) }
        }
        let outputs = Set(graph.outputs.map(\.value.index))
        var chosen: [Int: Recompute] = [:]
        for (i, node) in graph.nodes.enumerated() {
            guard !node.op.isLeaf, node.op.isRematerializable, !outputs.contains(i),
                  node.type.byteCount >= minimumBytes, let last = users[i].last else { continue }
            // The largest gap between consecutive uses (the first gap starts at v).
            var split = -1, gap = users[i][0] - i
            for k in 1..<users[i].count where users[i][k] - users[i][k - 1] > gap {
                (split, gap) = (k - 1, users[i][k] - users[i][k - 1])
            }
            guard gap >= minimumGap else { continue }
            // The nodes to recompute: v, and (depth first) each operand that is not alive at v's
            // last use but is itself cheap and recomputable from values that are.
            var closure: Set<Int> = [i]
            func alive(_ o: Int) -> Bool {
                graph.nodes[o].op.isLeaf || (chosen[o] == nil && users[o].contains { $0 >= last && !closure.contains($0) })
            }
            func cover(_ v: Int) -> Bool {
                for o in Set(graph.nodes[v].operands.map(\.index)) where !closure.contains(o) && !alive(o) {
                    guard graph.nodes[o].op.isRematerializable, !outputs.contains(o),
                          closure.count < Self.maximumRecompute else { return false }
                    closure.insert(o)
                    if !cover(o) { return false }
                }
                return true
            }
            guard cover(i) else { continue }
            chosen[i] = Recompute(lateUsers: Array(users[i][(split + 1)...]), nodes: closure.sorted())
        }
        return chosen
    }

    public func run(_ graph: Graph) throws -> Graph {
        let chosen = plan(graph)
        if chosen.isEmpty { return graph }
        // Source user → the rematerialized operands it reads from a copy.
        var copiesFor: [Int: [Int]] = [:]
        for (v, r) in chosen { for u in r.lateUsers { copiesFor[u, default: []].append(v) } }
        var copies: [Int: ValueID] = [:]
        return try GraphRewriter.rewrite(graph) { r, old, node in
            guard let values = copiesFor[old.index] else { return nil }
            var operands = node.operands
            for v in values.sorted() {
                if copies[v] == nil {
                    // The recomputed nodes in order, each reading the copies made before it.
                    var local: [Int: ValueID] = [:]
                    for m in chosen[v]!.nodes {
                        let source = graph.nodes[m]
                        let ops = source.operands.map { local[$0.index] ?? r.mapped($0) }
                        local[m] = try r.append(source.op, ops, location: source.location)
                    }
                    copies[v] = local[v]!
                }
                for (k, o) in graph.nodes[old.index].operands.enumerated() where o.index == v { operands[k] = copies[v]! }
            }
            return try r.append(node.op, operands, location: node.location)
        }
    }
}

extension Op {
    /// True for the ops `Rematerialize` may recompute: elementwise and movement, whose cost is
    /// one pass over the output (a transcendental at most) and which read no more than they write
    /// but for broadcasts.
    public var isRematerializable: Bool {
        switch self {
        case .unary, .binary, .compare, .select, .cast,
             .reshape, .permute, .broadcast, .slice, .concat, .pad, .roll, .dynamicRoll:
            return true
        case .input, .parameter, .fill, .iota, .literal,
             .reduce, .softmax, .matmul, .conv, .convTranspose, .convFilterGradient,
             .gather, .scatterAdd, .scaledDotProductAttention, .scaledDotProductAttentionBackward:
            return false
        }
    }
}
