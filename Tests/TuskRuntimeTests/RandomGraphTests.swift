import Testing
import TuskIR
import TuskRuntime
import TuskTestSupport

/// Random graphs (TuskTestSupport's generator: ~20 ops of every kind, broadcasting, dead code,
/// duplicates, special values ±0, ±1, ±∞, NaN in the bindings; convolutions included), BLAS
/// backend vs interpreter.
@Suite struct RandomGraphTests {
    @Test(arguments: [DType.f32, .f64])
    func randomGraphsMatchReference(_ dtype: DType) throws {
        var options = RandomGraphOptions()
        options.dtype = dtype
        options.includeConv = true
        var convolutions = 0
        for seed in 1...40 {
            var generator = RandomGraphGenerator(seed: UInt64(seed), options: options)
            let g = try generator.graph(name: "random\(seed)")
            convolutions += g.nodes.filter { if case .conv = $0.op { true } else if case .convTranspose = $0.op { true } else { false } }.count
            let bindings = generator.bindings(for: g)
            let expected = try ReferenceBackend().compile(g).run(bindings)
            let actual = try BLASBackend().compile(g).run(bindings)
            for out in g.outputs {
                // Tolerances: see `Tolerance` (summation order only).
                assertClose(actual[out.name]!, expected[out.name]!, atol: Tolerance.atol(dtype), rtol: Tolerance.rtol(dtype),
                            "seed \(seed) \(out.name)\n\(g.text)")
            }
        }
        #expect(convolutions >= 10, "the graphs hold \(convolutions) convolutions")
    }
}
