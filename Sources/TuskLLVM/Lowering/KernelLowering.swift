import TuskIR

/// A tensor seen by a consumer: its element at any index, as a scalar expression. Buffers load;
/// fused producers inline their own expression at the consumer's (composed) index.
struct TensorAccess {
    let type: TensorType
    let at: ([IndexExpr]) -> ScalarExpr
}

/// State shared while one region is lowered: fresh loop variables and constant tables.
struct LoweringContext {
    private(set) var nextVariable = 0
    private(set) var constants: [TensorData] = []

    mutating func variable(extent: Int) -> LoopVar {
        defer { nextVariable += 1 }
        return LoopVar(id: nextVariable, extent: extent)
    }

    mutating func constant(_ t: TensorData) -> Int {
        constants.append(t)
        return constants.count - 1
    }
}

/// Lowers graph nodes to loop kernels.
///
/// A region is a list of nodes of one graph in topological order; the last is the region's
/// result (the kernel's output), the others are producers inlined into their consumers inside
/// the region (recomputed at each use, through the composed index map). Every operand defined
/// outside the region, and every `input`/`parameter` leaf, becomes an input buffer.
public enum KernelLowering {
    /// The kernel computing one node of `graph` from buffers holding its operands:
    /// `arguments` are `[result, operand 0, operand 1, …]` (repeated operands once).
    public static func kernel(for node: ValueID, in graph: Graph, name: String? = nil) throws -> LoopKernel {
        try kernel(fusing: [node], in: graph, name: name)
    }

    /// The one kernel computing the last node of `nodes` with every other node of `nodes` inlined.
    /// Its input arguments are the values read from outside the region, in order of first use.
    /// Throws `LLVMError.unsupported` for ops that are not loop kernels (contractions,
    /// `scatterAdd`) and `LLVMError.invalidKernel` for a malformed region.
    public static func kernel(fusing nodes: [ValueID], in graph: Graph, name: String? = nil) throws -> LoopKernel {
        guard let result = nodes.last else {
            throw LLVMError.invalidKernel(kernel: name ?? "?", message: "an empty region")
        }
        let kernelName = name ?? "k\(result.index)_\(graph[result].op.name)"
        if Set(nodes).count != nodes.count || nodes != nodes.sorted() {
            throw LLVMError.invalidKernel(kernel: kernelName, message: "region nodes must be distinct and in graph order")
        }
        if nodes.contains(where: { $0.index < 0 || $0.index >= graph.nodes.count }) {
            throw LLVMError.invalidKernel(kernel: kernelName, message: "a region node is not in graph '\(graph.name)'")
        }
        let outType = graph.type(of: result)
        var context = LoweringContext()
        let outVars = outType.shape.map { context.variable(extent: $0) }
        var arguments = [KernelArgument(name: "out", type: outType, value: result)]
        var accesses: [ValueID: TensorAccess] = [:]
        let members = Set(nodes)

        func argument(_ v: ValueID) -> TensorAccess {
            if let a = accesses[v] { return a }
            let k = arguments.count
            let t = graph.type(of: v)
            let label: String
            switch graph[v].op {
            case .input(let n), .parameter(let n): label = n
            default: label = "%\(v.index)"
            }
            arguments.append(KernelArgument(name: label, type: t, value: v))
            let access = TensorAccess(type: t) { idx in
                .load(.argument(k), IndexExpr.rowMajorOffset(idx, shape: t.shape), t.dtype)
            }
            accesses[v] = access
            return access
        }

        for id in nodes {
            let node = graph[id]
            switch node.op {
            case .input, .parameter:
                _ = argument(id)
                continue
            default:
                break
            }
            let operands = node.operands.map { o in members.contains(o) ? accesses[o]! : argument(o) }
            if node.operands.contains(where: { members.contains($0) && accesses[$0] == nil }) {
                throw LLVMError.invalidKernel(kernel: kernelName, message: "node %\(id.index) uses a region node defined after it")
            }
            accesses[id] = try node.op.kernelAccess(type: node.type, operands: operands, context: &context)
        }
        let value = accesses[result]!.at(outVars.map(IndexExpr.init))
        let order = loopOrder(value, outVars)
        let kernel = LoopKernel(name: kernelName, arguments: arguments, constants: context.constants,
                                outputVariables: outVars, loopOrder: order,
                                parallelLoops: parallelLoops(value, outVars, order), value: value)
        try kernel.validate()
        return kernel
    }

    /// Output axes that some hoistable reduction depends on go outside (in axis order), the
    /// others inside, so every reduction is computed once per value of its own free variables
    /// (softmax over a non-last axis iterates that axis innermost).
    /// Work items the parallel index should offer (a caller splits it over cores; a few per core
    /// balance uneven chunks).
    public static let parallelTarget = 64

    /// How many leading loops to collapse into the parallel index: while their extents multiply
    /// to fewer than `parallelTarget`, add the next loop — but never the innermost (it stays a
    /// loop, the vectorized one) and never past a loop whose reductions would then be recomputed
    /// (a reduction hoisted to loop n must stay above loop n + 1).
    static func parallelLoops(_ value: ScalarExpr, _ vars: [LoopVar], _ order: [Int]) -> Int {
        if order.isEmpty { return 0 }
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { (vars[$1].id, $0) })
        let levels = value.unconditionalReductions.map { r in r.freeVariables.compactMap { position[$0] }.max() ?? -1 }
        var k = 1, extent = vars[order[0]].extent
        while k + 1 < order.count, extent < parallelTarget,
              vars[order[k]].extent == 1 || !levels.contains(where: { 0 <= $0 && $0 < k }) {
            extent *= vars[order[k]].extent
            k += 1
        }
        return k
    }

    static func loopOrder(_ value: ScalarExpr, _ vars: [LoopVar]) -> [Int] {
        let used = value.unconditionalReductions.reduce(into: Set<Int>()) { $0.formUnion($1.freeVariables) }
        // Size-1 axes stay where they are among the outer ones (their loop runs once).
        let outer = vars.indices.filter { used.contains(vars[$0].id) || (vars[$0].extent == 1 && !used.isEmpty) }
        let inner = vars.indices.filter { !outer.contains($0) }
        return outer + inner
    }
}
