import Testing
import TuskIR
@testable import TuskAutodiff


/// Where an input's random values come from. Every domain keeps values at least 0.1 away from
/// the kinks of the ops under test (0 for abs/sign/compare, ties for max/min), far beyond the
/// finite-difference step, so the checks never straddle a non-differentiable point.
enum Domain {
    /// ±[0.1, 1], random sign.
    case signed
    /// [0.5, 1.5] (log, sqrt, rsqrt, pow bases, divisors).
    case positive
    /// A shuffled set of distinct values 0.1 apart (max/min reductions: no ties).
    case distinct
    /// Multiples of 1/64 in ±[1/64, 1]: exact in f32.
    case dyadic
    /// Random integer indices in 0..<bound (i64).
    case indices(Int)
}

/// One small f64 graph with output `y`, its random input values, and the inputs to
/// differentiate with respect to (every floating input and parameter).
struct Sample: CustomTestStringConvertible, Sendable {
    let name: String
    let graph: Graph
    let bindings: [String: TensorData]
    var testDescription: String { name }

    var wrt: [String] {
        (graph.parameters + graph.inputs).filter { $0.type.dtype.isFloatingPoint }.map(\.name)
    }

    /// Builds a sample: `body` declares inputs with `input(_:_:_:)` and returns `y`.
    init(_ name: String, seed: UInt64 = 1, _ body: (SampleBuilder) -> Tensor) {
        let s = SampleBuilder(name: name, seed: seed)
        let y = body(s)
        s.builder.output("y", y.id)
        self.name = name
        do { graph = try s.builder.finish() } catch { fatalError("sample \(name) does not build: \(error)") }
        bindings = s.bindings
    }
}

/// Declares sample inputs and draws their values.
final class SampleBuilder {
    let builder: GraphBuilder
    var bindings: [String: TensorData] = [:]
    var rng: SplitMix64

    init(name: String, seed: UInt64) {
        builder = GraphBuilder(name: name)
        rng = SplitMix64(seed: seed)
    }

    /// An f64 input (or i64 for `.indices`) with random values from `domain`.
    func input(_ name: String, _ shape: [Int], _ domain: Domain = .signed) -> Tensor {
        let data = draw(shape, domain)
        bindings[name] = data
        return builder.input(name, shape, data.dtype)
    }

    /// An f64 parameter with random values from `domain`.
    func parameter(_ name: String, _ shape: [Int], _ domain: Domain = .signed) -> Tensor {
        let data = draw(shape, domain)
        bindings[builder.qualified(name)] = data
        return builder.parameter(name, shape, .f64)
    }

    func draw(_ shape: [Int], _ domain: Domain) -> TensorData {
        let n = shape.reduce(1, *)
        switch domain {
        case .signed:
            return TensorData((0..<n).map { _ in
                Double.random(in: 0.1...1, using: &rng) * (Bool.random(using: &rng) ? 1 : -1)
            }, shape: shape)
        case .positive:
            return TensorData((0..<n).map { _ in Double.random(in: 0.5...1.5, using: &rng) }, shape: shape)
        case .distinct:
            let values = (0..<n).map { 0.1 * Double($0) - 0.05 * Double(n) }.shuffled(using: &rng)
            return TensorData(values, shape: shape)
        case .dyadic:
            return TensorData((0..<n).map { _ in
                Double(Int.random(in: 1...64, using: &rng)) / 64 * (Bool.random(using: &rng) ? 1 : -1)
            }, shape: shape)
        case .indices(let bound):
            return TensorData(shape: shape, storage: .i64((0..<n).map { _ in Int64.random(in: 0..<Int64(bound), using: &rng) }))
        }
    }
}

/// The gradient checks, on the f64 reference interpreter.
enum GradientCheck {
    static let interpreter = Interpreter(precision: .float64)

    /// The highest polynomial degree of `y` in the wrt values, or nil when some op on the path
    /// is not polynomial. Central differences are exact (up to rounding) for degree ≤ 2.
    static func degree(of graph: Graph, output: String = "y", wrt: Set<String>) -> Int? {
        var deg = [Int?](repeating: 0, count: graph.nodes.count)
        for (i, node) in graph.nodes.enumerated() {
            let ds = node.operands.map { deg[$0.index] }
            let maxD: Int? = ds.contains { $0 == nil } ? nil : (ds.compactMap { $0 }.max() ?? 0)
            switch node.op.gradientKind {
            case .variable:
                switch node.op {
                case .input(let n), .parameter(let n): deg[i] = wrt.contains(n) ? 1 : 0
                default: deg[i] = 0
                }
            case .constant: deg[i] = 0
            case .linear: deg[i] = maxD
            case .bilinear: deg[i] = ds.contains { $0 == nil } ? nil : ds.compactMap { $0 }.reduce(0, +)
            case .nonlinear, .none: deg[i] = maxD == 0 ? 0 : nil
            }
        }
        return graph.output(named: output).flatMap { deg[$0.index] }
    }

    /// Step and tolerance for central differences. Polynomial graphs of degree ≤ 2: a central
    /// difference is exact, so h = 1 and the only error is f64 rounding (~1e-15 relative per
    /// op); 1e-10 leaves room for sums of a few hundred terms and still fails on any wrong
    /// rule (errors O(1)). Otherwise h = 1e-5: truncation error O(h²·f''') ≈ 1e-10 and rounding
    /// O(ε·|f|/h) ≈ 1e-11 relative, so 1e-6 is tight yet robust.
    static func stepAndTolerance(_ graph: Graph, wrt: [String]) -> (h: Double, tol: Double) {
        if let d = degree(of: graph, wrt: Set(wrt)), d <= 2 { return (1, 1e-10) }
        return (1e-5, 1e-6)
    }

    static func run(_ graph: Graph, _ bindings: [String: TensorData]) throws -> [String: TensorData] {
        try interpreter.run(graph, bindings)
    }

    /// `graph` with an extra input `u` shaped like `y` and the scalar output
    /// `loss = Σ y·u`: the gradient of `loss` is Jᵀ·u.
    static func weightedLoss(_ graph: Graph) throws -> Graph {
        let b = try GraphBuilder.replaying(graph)
        let y = Tensor(b, graph.output(named: "y")!)
        let u = b.input("u", y.shape, .f64)
        b.output("loss", (y * u).sum().id)
        return try b.finish()
    }

    /// Random directions and loss weights: multiples of 1/64 in [−1, 1] (exact in f32, so
    /// graphs with f32 casts keep exact central differences).
    static func randomLike(_ t: TensorType, _ rng: inout SplitMix64) -> TensorData {
        TensorData((0..<t.elementCount).map { _ in Double(Int.random(in: -64...64, using: &rng)) / 64 }, shape: t.shape)
    }

    static func perturbed(_ bindings: [String: TensorData], _ name: String, _ index: Int, by delta: Double) -> [String: TensorData] {
        var b = bindings
        var v = b[name]!.doubles
        v[index] += delta
        b[name] = TensorData(shape: b[name]!.shape, values: v, dtype: b[name]!.dtype)
        return b
    }

    /// (a) Every gradient element (or `maxElements` random ones per wrt value) against a
    /// central finite difference of `Σ y·u`; errors are ∞-norm relative to the gradient.
    static func finiteDifferences(_ sample: Sample, maxElements: Int = .max, seed: UInt64 = 7) throws {
        let wrt = sample.wrt
        #expect(!wrt.isEmpty, "\(sample.name): nothing to differentiate")
        let lossGraph = try weightedLoss(sample.graph)
        var rng = SplitMix64(seed: seed)
        var bindings = sample.bindings
        bindings["u"] = randomLike(lossGraph.inputs.first { $0.name == "u" }!.type, &rng)
        let g = try grad(lossGraph, loss: "loss", wrt: wrt)
        let result = try run(g, bindings)
        let (h, tol) = stepAndTolerance(sample.graph, wrt: wrt)
        for name in wrt {
            let analytic = result[gradientOutputPrefix + name]!.doubles
            #expect(result[gradientOutputPrefix + name]!.shape == bindings[name]!.shape)
            var indices = Array(analytic.indices)
            if indices.count > maxElements { indices = Array(indices.shuffled(using: &rng).prefix(maxElements)) }
            var worst = 0.0
            for i in indices {
                let plus = try run(lossGraph, perturbed(bindings, name, i, by: h))["loss"]!.doubles[0]
                let minus = try run(lossGraph, perturbed(bindings, name, i, by: -h))["loss"]!.doubles[0]
                worst = Swift.max(worst, Swift.abs((plus - minus) / (2 * h) - analytic[i]))
            }
            let scale = Swift.max(analytic.map(Swift.abs).max() ?? 0, 1e-300)
            #expect(worst / scale <= tol, "\(sample.name): d loss / d \(name) off by \(worst) (relative \(worst / scale), tolerance \(tol))")
            let finite = analytic.allSatisfy { $0.isFinite }
            #expect(finite, "\(sample.name): non-finite gradient for \(name)")
        }
    }

    /// (b) JAX's check_vjp: ⟨J·v, u⟩ = ⟨v, Jᵀ·u⟩ for random directions v (all wrt values at
    /// once) and u, with J·v a central difference along v and Jᵀ·u from the `vjp` graph.
    static func vjpIdentity(_ sample: Sample, seed: UInt64 = 11) throws {
        let wrt = sample.wrt
        let graph = sample.graph
        var rng = SplitMix64(seed: seed)
        let yType = graph.type(of: graph.output(named: "y")!)
        let u = randomLike(yType, &rng)
        var v: [String: TensorData] = [:]
        for name in wrt { v[name] = randomLike(sample.bindings[name]!.type, &rng) }
        let (h, tol) = stepAndTolerance(graph, wrt: wrt)
        func shifted(_ s: Double) -> [String: TensorData] {
            var b = sample.bindings
            for name in wrt {
                b[name] = TensorData(zip(b[name]!.doubles, v[name]!.doubles).map { $0 + s * $1 }, shape: b[name]!.shape)
            }
            return b
        }
        let plus = try run(graph, shifted(h))["y"]!.doubles
        let minus = try run(graph, shifted(-h))["y"]!.doubles
        let jv = zip(plus, minus).map { ($0 - $1) / (2 * h) }
        let lhs = zip(jv, u.doubles).map(*).reduce(0, +)

        let vjpGraph = try vjp(graph, of: ["y"], wrt: wrt)
        var bindings = sample.bindings
        bindings[cotangentInputPrefix + "y"] = u
        let result = try run(vjpGraph, bindings)
        var rhs = 0.0, scale = 0.0
        for name in wrt {
            let jtu = result[gradientOutputPrefix + name]!.doubles
            rhs += zip(jtu, v[name]!.doubles).map(*).reduce(0, +)
            scale += zip(jtu, v[name]!.doubles).map { Swift.abs($0 * $1) }.reduce(0, +)
        }
        // Relative to Σ|Jᵀu·v| so cancellation in the inner product cannot hide an error.
        let err = Swift.abs(lhs - rhs) / Swift.max(scale, 1e-300)
        #expect(err <= tol, "\(sample.name): ⟨Jv,u⟩ = \(lhs) but ⟨v,Jᵀu⟩ = \(rhs) (relative \(err), tolerance \(tol))")
    }
}
