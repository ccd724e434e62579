import Testing
import TuskIR
import TuskRuntime
import TuskTestSupport

/// Tolerances of the BLAS backend against the reference interpreter in `.native` precision.
///
/// Both compute every value in its own dtype; they differ only in summation order (GEMM
/// blocking, 8-way partial sums in reductions, convolutions summed by GEMM) and in how a few
/// functions are spelled (`silu` as `x / (1 + e^−x)`). With the small sizes here (≤ ~600 terms
/// per sum) the accumulated rounding difference stays near `√n · ε · max|value|`, so
/// `atol = 1e-5` (relative to the largest expected magnitude; f32 ε ≈ 6e-8) and `rtol = 1e-5`
/// (one f32 rounding is 6e-8; transcendental functions may differ by a few ulps) leave a wide
/// margin while catching any indexing error (those are O(1)). For f64 the same reasoning with
/// ε ≈ 1.1e-16 gives `1e-12`. Integer and bool results must be equal.
enum Tolerance {
    static func atol(_ d: DType) -> Double { d == .f64 ? 1e-12 : (d == .f32 ? 1e-5 : 0) }
    static func rtol(_ d: DType) -> Double { d == .f64 ? 1e-12 : (d == .f32 ? 1e-5 : 0) }
}

/// Runs `graph` on the BLAS backend and on the reference interpreter with the same bindings
/// and checks every output. Inputs not given in `bindings` get random values (`range`).
func expectSameAsReference(_ graph: Graph, _ bindings: [String: TensorData] = [:], seed: UInt64 = 1,
                           range: ClosedRange<Double> = -1...1, backend: BLASBackend = BLASBackend(),
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    var rng = SeededRandom(seed: seed)
    var all = bindings
    for (name, _, type) in graph.inputs + graph.parameters where all[name] == nil {
        all[name] = randomTensor(type, using: &rng, range: range)
    }
    let expected = try ReferenceBackend().compile(graph).run(all)
    let actual = try backend.compile(graph).run(all)
    for out in graph.outputs {
        let a = try #require(actual[out.name], sourceLocation: sourceLocation)
        let e = try #require(expected[out.name], sourceLocation: sourceLocation)
        #expect(a.dtype == e.dtype, "\(out.name): dtype", sourceLocation: sourceLocation)
        assertClose(a, e, atol: Tolerance.atol(e.dtype), rtol: Tolerance.rtol(e.dtype),
                    "\(graph.name).\(out.name)", sourceLocation: sourceLocation)
    }
}

/// A graph with one output `y` built from the builder.
func graph(_ name: String, _ body: (GraphBuilder) -> Tensor) throws -> Graph {
    try Graph.trace(name) { b in [("y", body(b))] }
}

/// Appends a raw op (for ops without a DSL method).
func apply(_ b: GraphBuilder, _ op: Op, _ operands: [Tensor]) -> Tensor {
    Tensor(b, b.append(op, operands.map(\.id)))
}
