import Testing
import TuskIR
import TuskLLVM
import TuskTestSupport

/// A graph with one output `y` built from the builder.
func graph(_ name: String, _ body: (GraphBuilder) -> Tensor) throws -> Graph {
    try Graph.trace(name) { b in [("y", body(b))] }
}

/// Appends a raw op (for ops without a DSL method).
func apply(_ b: GraphBuilder, _ op: Op, _ operands: [Tensor]) -> Tensor {
    Tensor(b, b.append(op, operands.map(\.id)))
}

/// How a kernel's output must match the reference interpreter, and why (stated at each use).
enum Tolerance {
    /// Bit-identical to the interpreter in `.native` precision (NaN matches NaN, −0 matches +0):
    /// same operations in the same order in the same dtype.
    case exact
    /// A float sum over groups of `n` terms: against the `.float64` interpreter (the oracle),
    /// `|Δ| ≤ (B + ⌈log2⌈n/B⌉⌉ + 2)·ε·Σ|x| + (8 + ⌈log2 n⌉ + 1)·ε64·Σ|x|` per element, where
    /// `B = 64` is the kernel's sum block (any summation tree of a block has depth < B, the
    /// pairwise combination of blocks adds ⌈log2(n/B)⌉ + 1 levels) and the second term is the
    /// oracle's own pairwise error. A reduction over `k` runs of non-consecutive axes is `k`
    /// nested sums (`runs`: their lengths, product n): their bounds add. A mean divides the bound
    /// by n and adds one rounding. `sums` gives Σ|x| per output element (the oracle on `abs`).
    case sum(n: Int, sums: [Double], mean: Bool, runs: [Int]? = nil)
    /// Elementwise relative error against the `.float64` oracle: `|Δ| ≤ ulps·ε·|expected| + atol`.
    case relative(ulps: Double, atol: Double)
}

func epsilon(_ d: DType) -> Double { d == .f32 ? Double(Float.ulpOfOne) : Double.ulpOfOne }

func log2Ceil(_ n: Int) -> Int { n <= 1 ? 0 : Int.bitWidth - (n - 1).leadingZeroBitCount }

/// One differential case: a graph whose every non-leaf node (and `fill`/`iota`/`literal`) is
/// fused into one kernel, with its bindings.
struct Case {
    let graph: Graph
    let bindings: [String: TensorData]
    let kernel: LoopKernel
    let tolerance: Tolerance

    /// Random bindings for inputs not in `given` (uniform in `range`, from `seed`).
    init(_ graph: Graph, _ tolerance: Tolerance = .exact, given: [String: TensorData] = [:], seed: UInt64 = 1,
         range: ClosedRange<Double> = -1...1, name: String? = nil) throws {
        self.graph = graph
        var rng = SeededRandom(seed: seed)
        var all = given
        for (n, _, t) in graph.inputs + graph.parameters where all[n] == nil {
            all[n] = randomTensor(t, using: &rng, range: range)
        }
        bindings = all
        let region = graph.valueIDs.filter { id in
            switch graph[id].op {
            case .input, .parameter: false
            default: true
            }
        }
        kernel = try KernelLowering.kernel(fusing: region, in: graph, name: name ?? Case.symbol(graph.name))
        self.tolerance = tolerance
    }

    static func symbol(_ s: String) -> String {
        String(s.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// The kernel's inputs, from the bindings, in argument order.
    var inputs: [TensorData] {
        kernel.arguments.dropFirst().map { a in
            guard let v = a.value, case .input(let n) = graph[v].op else { return bindings[a.name]! }
            return bindings[n]!
        }
    }
}

/// Compiles all cases into one module (one JIT per test) and checks each against the interpreter.
func expectMatchesInterpreter(_ cases: [Case], options: CodegenOptions = .asInterpreter,
                              parallel: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    var names = Set<String>()
    var kernels: [LoopKernel] = []
    for c in cases {
        var k = c.kernel
        var suffix = 1
        while names.contains(k.name) { k.name = c.kernel.name + "_\(suffix)"; suffix += 1 }
        names.insert(k.name)
        kernels.append(k)
    }
    let module = try KernelModule.compile(kernels, options: options)
    for (c, k) in zip(cases, kernels) {
        let handle = try #require(module[k.name], sourceLocation: sourceLocation)
        let actual = try handle.run(inputs: c.inputs, parallel: parallel)
        check(actual, c, kernelName: k.name, sourceLocation: sourceLocation)
    }
}

func check(_ actual: TensorData, _ c: Case, kernelName: String, sourceLocation: Testing.SourceLocation) {
    let what = "\(kernelName)\n\(c.kernel)"
    do {
        switch c.tolerance {
        case .exact:
            let expected = try Interpreter(precision: .native).run(c.graph, c.bindings)["y"]!
            #expect(actual.dtype == expected.dtype, "\(what): dtype", sourceLocation: sourceLocation)
            assertClose(actual, expected, atol: 0, rtol: 0, what, sourceLocation: sourceLocation)
        case let .sum(n, sums, mean, runs):
            let expected = try Interpreter(precision: .float64).run(c.graph, c.bindings)["y"]!
            let e = epsilon(actual.dtype)
            let levels = (runs ?? [n]).map { 64 + log2Ceil(($0 + 63) / 64) + 2 }.reduce(0, +)
            let factor = (Double(levels) * e + Double(8 + log2Ceil(n) + 1) * Double.ulpOfOne)
            let x = actual.doubles, y = expected.doubles
            #expect(x.count == y.count && sums.count == y.count, "\(what): counts", sourceLocation: sourceLocation)
            for i in 0..<Swift.min(x.count, y.count, sums.count) {
                var bound = factor * sums[i]
                if mean { bound = bound / Double(n) + e * Swift.abs(y[i]) }
                if x[i].isNaN && y[i].isNaN { continue }
                if !(Swift.abs(x[i] - y[i]) <= bound) {
                    Issue.record("\(what): element \(i): \(x[i]) vs \(y[i]), |Δ| \(Swift.abs(x[i] - y[i])) > bound \(bound)",
                                 sourceLocation: sourceLocation)
                    return
                }
            }
        case let .relative(ulps, atol):
            let expected = try Interpreter(precision: .float64).run(c.graph, c.bindings)["y"]!
            assertClose(actual, expected, atol: atol, rtol: ulps * epsilon(actual.dtype), what, sourceLocation: sourceLocation)
        }
    } catch {
        Issue.record("\(what): interpreter failed: \(error)", sourceLocation: sourceLocation)
    }
}

/// Σ|x| per output element of a reduction `axes`/`keepDims` of `x` (the oracle in f64).
func absoluteSums(_ x: TensorData, axes: [Int], keepDims: Bool) throws -> [Double] {
    let g = try graph("abs_sums") { b in
        b.input("x", x.shape, .f64).abs().sum(axes: axes, keepDims: keepDims)
    }
    return try Interpreter(precision: .float64).run(g, ["x": x.converted(to: .f64)])["y"]!.doubles
}

extension CodegenOptions {
    /// The interpreter's arithmetic: no FMA contraction, the C library's `exp`.
    static let asInterpreter = CodegenOptions(contractFloatingPoint: false, vectorizedExp: false)
}

/// The lengths of the runs of consecutive axes among `axes` (sorted) of `shape`.
func runLengths(_ axes: [Int], _ shape: [Int]) -> [Int] {
    var runs: [[Int]] = []
    for a in axes {
        if let last = runs.last?.last, last + 1 == a { runs[runs.count - 1].append(a) } else { runs.append([a]) }
    }
    return runs.map { $0.map { shape[$0] }.reduce(1, *) }
}
