import Testing
import TuskIR
import TuskLLVM
import TuskTestSupport

/// Random graphs (TuskTestSupport's generator: ~20 ops of every kind, broadcasting, dead code,
/// duplicates, ±0, ±1, ±∞, NaN in the bindings) run as loop kernels against the interpreter.
///
/// A small test executor stands in for the runtime: every node the LLVM backend lowers becomes
/// a kernel (all of a graph's kernels in one module); contractions and `scatterAdd` are
/// evaluated by the interpreter. Two region policies: one kernel per node, and maximal fusion
/// (every non-leaf producer with a single use inlined into its consumer).
///
/// Tolerance: the BLAS backend's (`atol = rtol = 1e-5` for f32, `1e-12` for f64, `atol`
/// relative to max|expected|): the kernels differ from the interpreter only in the order of
/// sums (blocks of ≤ 64 with reassociation vs pairwise over 8; softmax pairwise vs in order),
/// and these graphs' sums have ≤ 64 terms, so the difference stays below ~72·ε·Σ|x|.
@Suite struct RandomGraphTests {
    @Test(arguments: [DType.f32, .f64])
    func randomGraphsMatchReference(_ dtype: DType) throws {
        var options = RandomGraphOptions()
        options.dtype = dtype
        for seed in 1...8 {
            var generator = RandomGraphGenerator(seed: UInt64(seed), options: options)
            let g = try generator.graph(name: "random\(seed)")
            let bindings = generator.bindings(for: g)
            let expected = try Interpreter().run(g, bindings)
            // Both policies' kernels in one module (one JIT per graph).
            let plans = try [false, true].map { try plan(g, fuse: $0) }
            let module = try KernelModule.compile(plans.flatMap(\.kernels))
            for (fuse, p) in zip([false, true], plans) {
                let actual = try run(g, bindings, p, module)
                for out in g.outputs {
                    let atol = dtype == .f64 ? 1e-12 : 1e-5
                    assertClose(actual[out.value.index]!, expected[out.name]!, atol: atol, rtol: atol,
                                "seed \(seed) fuse \(fuse) \(out.name)\n\(g.text)")
                }
            }
        }
    }

    struct Plan {
        var regions: [Int: [ValueID]] = [:]
        var inlined = Set<Int>()
        var kernels: [LoopKernel] = []
        var name: [Int: String] = [:]
    }

    /// The kernels of `g` under a region policy.
    private func plan(_ g: Graph, fuse: Bool) throws -> Plan {
        let uses = g.useCounts()
        func lowerable(_ op: Op) -> Bool {
            switch op {
            case .matmul, .conv, .convTranspose, .convFilterGradient, .scatterAdd, .input, .parameter: false
            default: true
            }
        }
        // Region of each root: the root plus, transitively, single-use lowerable non-input producers.
        var inlined = Set<Int>()
        var regions: [Int: [ValueID]] = [:]
        if fuse {
            for i in stride(from: g.nodes.count - 1, through: 0, by: -1) where lowerable(g.nodes[i].op) && !inlined.contains(i) {
                var members: Set<Int> = [i]
                var stack = [i]
                while let n = stack.popLast() {
                    for o in g.nodes[n].operands where uses[o.index] == 1 && lowerable(g[o].op) && !members.contains(o.index) {
                        members.insert(o.index)
                        inlined.insert(o.index)
                        stack.append(o.index)
                    }
                }
                regions[i] = members.sorted().map(ValueID.init)
            }
        } else {
            for i in g.nodes.indices where lowerable(g.nodes[i].op) { regions[i] = [ValueID(i)] }
        }
        var p = Plan(regions: regions, inlined: inlined)
        for i in regions.keys.sorted() {
            p.name[i] = "\(g.name)_\(fuse ? "f" : "n")\(i)"
            p.kernels.append(try KernelLowering.kernel(fusing: regions[i]!, in: g, name: p.name[i]!))
        }
        return p
    }

    /// Runs `g` with the plan's kernels where it has them; returns every computed value.
    private func run(_ g: Graph, _ bindings: [String: TensorData], _ p: Plan, _ module: KernelModule) throws -> [Int: TensorData] {
        var values: [Int: TensorData] = [:]
        for (i, node) in g.nodes.enumerated() {
            switch node.op {
            case .input(let n), .parameter(let n):
                values[i] = bindings[n]!
            default:
                if p.inlined.contains(i) { continue }
                if let name = p.name[i] {
                    let k = module[name]!
                    let kernel = p.kernels.first { $0.name == name }!
                    values[i] = try k.run(inputs: kernel.arguments.dropFirst().map { values[$0.value!.index]! })
                } else {
                    values[i] = try Interpreter().evaluate(node.op, node.operands.map { values[$0.index]! }, type: node.type)
                }
            }
        }
        return values
    }
}
