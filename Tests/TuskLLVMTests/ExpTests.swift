import Testing
import TuskIR
import TuskLLVM
import TuskTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The inline, vectorizable `exp` (`CodegenOptions.vectorizedExp`, the default) against the C
/// library's `expf`/`exp` over its whole range: within 2 ulp of the library result (ulp of the
/// expected value; the library itself is within ~0.5 ulp of the exact value), exact at the
/// special values (0 → 1, −∞ → 0, +∞ → +∞, NaN → NaN, overflow → +∞, deep underflow → 0).
@Suite struct ExpTests {
    func ulpDistance(_ a: Double, _ e: Double, ulp: Double) -> Double {
        if a == e || (a.isNaN && e.isNaN) { return 0 }
        if a.isNaN || e.isNaN || a.isInfinite || e.isInfinite { return .infinity }
        return Swift.abs(a - e) / ulp
    }

    @Test func f32WithinTwoUlp() throws {
        var values: [Float] = [0, -0.0, 1, -1, .infinity, -.infinity, .nan, 88.7, 88.72283, 88.8, 89, 100,
                               -87.3, -87.4, -100, -103.9, -104, -110, 1e-10, -1e-10, .leastNormalMagnitude]
        let n = 1 << 16
        for i in 0..<n { values.append(-106 + 196 * Float(i) / Float(n)) }
        let g = try graph("expf") { b in b.input("x", [values.count]).exp() }
        let c = try Case(g, given: ["x": TensorData(values, shape: [values.count])])
        let y = try KernelModule.compile([c.kernel])[c.kernel.name]!.run(inputs: c.inputs).floats
        var worst = 0.0, at: Float = 0
        for (x, a) in zip(values, y) {
            let e = expf(x)
            let ulp = e == 0 ? Double(Float.leastNonzeroMagnitude) : Double(e.ulp)
            let d = ulpDistance(Double(a), Double(e), ulp: ulp)
            if d > worst { worst = d; at = x }
        }
        #expect(worst <= 2, "worst \(worst) ulp at x = \(at)")
    }

    @Test func f64WithinTwoUlp() throws {
        var values: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .nan, 709.7, 709.78, 709.8, 710, 800,
                                -708.3, -708.5, -740, -745.1, -746, -800, 1e-300, .leastNormalMagnitude]
        let n = 1 << 15
        for i in 0..<n { values.append(-750 + 1462 * Double(i) / Double(n)) }
        for i in 0..<n { values.append(-3 + 6 * Double(i) / Double(n)) }
        let g = try graph("expd") { b in b.input("x", [values.count], .f64).exp() }
        let c = try Case(g, given: ["x": TensorData(values, shape: [values.count])])
        let y = try KernelModule.compile([c.kernel])[c.kernel.name]!.run(inputs: c.inputs).doubles
        var worst = 0.0, at = 0.0
        for (x, a) in zip(values, y) {
            let e = Glibc.exp(x)
            let ulp = e == 0 ? Double.leastNonzeroMagnitude : e.ulp
            let d = ulpDistance(a, e, ulp: ulp)
            if d > worst { worst = d; at = x }
        }
        #expect(worst <= 2, "worst \(worst) ulp at x = \(at)")
    }

    /// The inline exp vectorizes (the point of it): no `expf` call is left in a softmax loop.
    @Test func softmaxCallsNoLibraryExp() throws {
        let c = try Case(try graph("sm_vec") { b in b.input("x", [8, 128]).softmax(axis: -1) })
        let fast = try KernelModule.compile([c.kernel], options: CodegenOptions(emitAssembly: true))
        let slow = try KernelModule.compile([c.kernel], options: CodegenOptions(vectorizedExp: false, emitAssembly: true))
        #expect(!fast.assembly!.contains("expf"))
        #expect(slow.assembly!.contains("expf"))
    }
}
