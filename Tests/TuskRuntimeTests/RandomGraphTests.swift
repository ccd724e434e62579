import Testing
import TuskIR
import TuskRuntime
import TuskTestSupport

/// Random graphs (TuskTestSupport's generator: ~20 ops of every kind, broadcasting, dead code,
/// duplicates, special values ±0, ±1, ±∞, NaN in the bindings), BLAS backend vs interpreter.
@Suite struct RandomGraphTests {
    @Test(arguments: [DType.f32, .f64])
    func randomGraphsMatchReference(_ dtype: DType) throws {
        var options = RandomGraphOptions()
        options.dtype = dtype
        for seed in 1...40 {
            var generator = RandomGraphGenerator(seed: UInt64(seed), options: options)
            let g = try generator.graph(name: "random\(seed)")
            let bindings = generator.bindings(for: g)
            let expected = try ReferenceBackend().compile(g).run(bindings)
            let actual = try BLASBackend().compile(g).run(bindings)
            for out in g.outputs {
                // Tolerances: see `Tolerance` (summation order only).
                assertClose(actual[out.name]!, expected[out.name]!, atol: Tolerance.atol(dtype), rtol: Tolerance.rtol(dtype),
                            "seed \(seed) \(out.name)\n\(g.text)")
            }
        }
    }
}
