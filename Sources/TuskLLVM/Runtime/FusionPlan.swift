import TuskIR

/// How the LLVM backend treats an op when forming fused regions (one exhaustive switch).
public enum FusionRole: Sendable, Hashable {
    /// `input`/`parameter`: a buffer bound from outside.
    case argument
    /// `fill`, `iota`, `literal`: recomputed wherever it is read.
    case constant
    /// Unary, binary, compare, select, cast.
    case elementwise
    /// Reshape, permute, broadcast, slice, concat, pad, roll, dynamic roll, gather: index arithmetic.
    case movement
    /// Reductions and softmax: loops with accumulators; they end a region.
    case reduction
    /// Matmul, convolutions and `scatterAdd`: OpenBLAS (or Swift) kernels, region boundaries.
    case external
}

extension Op {
    /// The op's role in fusion (contractions and `scatterAdd` are not loop kernels).
    public var fusionRole: FusionRole {
        switch self {
        case .input, .parameter: .argument
        case .fill, .iota, .literal: .constant
        case .unary, .binary, .compare, .select, .cast: .elementwise
        case .reshape, .permute, .broadcast, .slice, .concat, .pad, .roll, .dynamicRoll, .gather: .movement
        case .reduce, .softmax: .reduction
        case .matmul, .conv, .convTranspose, .convFilterGradient, .scatterAdd,
             .scaledDotProductAttention, .scaledDotProductAttentionBackward: .external
        }
    }

    /// True when TuskLLVM lowers the op (everything but contractions and `scatterAdd`).
    public var isLoopKernelOp: Bool { fusionRole != .external }

    /// Ops whose recomputation at every use costs about a load: no transcendental function or
    /// division (the cost guard for fusing a producer that has several consumers).
    var isCheapToRecompute: Bool {
        switch self {
        case .unary(let u):
            switch u {
            case .neg, .abs, .sign, .logicalNot: return true
            default: return false
            }
        case .binary(let b): return b != .div && b != .pow
        default:
            switch fusionRole {
            case .constant, .movement, .elementwise: return true
            default: return false
            }
        }
    }
}

/// The fused regions of a graph (issue 9's fusion rule, tinygrad's default with a cost guard).
///
/// A producer is fused into its consumers — inlined into their kernels, never materialized —
/// when it is elementwise, movement or a constant; it is not a graph output; every consumer is
/// a loop kernel of this backend (a root or itself fused); and either it has one consumer, or
/// recomputing it at each is cheap (`isCheapToRecompute` through its whole fused expression, at
/// most `multiUseLimit` nodes). Reductions and softmax end a region: their elementwise and
/// movement producers fuse into them as a prologue, their consumers start a new region.
/// Contractions (`external`) are boundaries. An expression is capped at `expressionLimit`
/// nodes (counted with repetitions) so kernels stay small enough to compile quickly.
public struct FusionPlan: Sendable, Hashable {
    /// Root node → the member nodes its kernel computes inline (sorted; empty: one node).
    public var regions: [Int: [Int]]
    /// The nodes that get a loop kernel, in graph order.
    public var roots: [Int]
    /// Nodes computed only inside regions (no storage, no kernel).
    public var interior: Set<Int>

    public static let multiUseLimit = 16
    public static let expressionLimit = 256

    /// Ops whose materialized result is a view of operand 0 (no kernel): reshape, identity cast
    /// and permute, one-operand concat.
    public static func isView(_ node: Node, _ graph: Graph) -> Bool {
        switch node.op {
        case .reshape: return true
        case .cast(let d): return d == graph.type(of: node.operands[0]).dtype
        case .permute(let p): return p == Array(p.indices)
        case .concat: return node.operands.count == 1
        default: return false
        }
    }

    /// The regions over the nodes with `owned[i]` (the nodes this backend lowers); `fuse: false`
    /// gives one kernel per node.
    public init(graph: Graph, owned: [Bool], fuse: Bool = true) {
        let n = graph.nodes.count
        let users = graph.users()
        var isOutput = [Bool](repeating: false, count: n)
        for o in graph.outputs { isOutput[o.value.index] = true }
        func candidate(_ i: Int) -> Bool {
            guard fuse, owned[i], !isOutput[i], !users[i].isEmpty else { return false }
            switch graph.nodes[i].op.fusionRole {
            case .constant, .elementwise, .movement: return true
            default: return false
            }
        }
        // Upper bounds of each node's fused expression size and cheapness (as if every
        // candidate operand were fused).
        var cost = [Int](repeating: 1, count: n)
        var cheap = [Bool](repeating: true, count: n)
        for i in 0..<n {
            let node = graph.nodes[i]
            var c = 1
            var k = node.op.isCheapToRecompute
            for o in node.operands where candidate(o.index) {
                c += cost[o.index]
                k = k && cheap[o.index]
            }
            cost[i] = min(c, 1 << 30)
            cheap[i] = k
        }
        var uses = [Int](repeating: 0, count: n)
        for node in graph.nodes { for o in node.operands { uses[o.index] += 1 } }
        var inline = [Bool](repeating: false, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) where candidate(i) {
            let consumersOK = users[i].allSatisfy { c in
                let j = c.index
                guard owned[j], !graph.nodes[j].op.isLeaf else { return false }
                return inline[j] || !Self.isView(graph.nodes[j], graph)
            }
            guard consumersOK, cost[i] <= Self.expressionLimit else { continue }
            inline[i] = uses[i] == 1 || (cheap[i] && cost[i] <= Self.multiUseLimit)
        }
        var regions: [Int: [Int]] = [:]
        var roots: [Int] = []
        for i in 0..<n where owned[i] && !inline[i] && !graph.nodes[i].op.isLeaf && !Self.isView(graph.nodes[i], graph) {
            var members = Set<Int>()
            var stack = [i]
            while let m = stack.popLast() {
                for o in graph.nodes[m].operands where inline[o.index] && members.insert(o.index).inserted {
                    stack.append(o.index)
                }
            }
            regions[i] = members.sorted()
            roots.append(i)
        }
        self.regions = regions
        self.roots = roots
        interior = Set((0..<n).filter { inline[$0] })
    }

    /// The region listing of `tusk dump --stage fused`: one line per kernel (root, op, type,
    /// the fused nodes and their ops), then the ops left to other providers.
    public func text(_ graph: Graph, external: [Int]) -> String {
        var out = "// fused regions of \(graph.name): \(roots.count) loop kernels over \(graph.nodes.count) nodes, "
        out += "\(interior.count) nodes fused (not materialized), \(external.count) kernels from other providers\n"
        for r in roots {
            let node = graph.nodes[r]
            let members = regions[r] ?? []
            out += "region %\(r) = \(node.op.name) : \(node.type)"
            if !members.isEmpty {
                out += " fuses \(members.count): " + members.map { "%\($0) \(graph.nodes[$0].op.name)" }.joined(separator: ", ")
            }
            out += "\n"
        }
        for e in external { out += "external %\(e) = \(graph.nodes[e].op.name) : \(graph.nodes[e].type)\n" }
        return out
    }
}
