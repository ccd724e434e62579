import Testing
import TuskIR
@testable import TuskAutodiff

/// The documented choices at non-differentiable points (Docs/AUTODIFF.md, "Conventions"),
/// with hand-computed expected values (exact in f64).
@Suite struct ConventionTests {
    func gradients(_ body: (GraphBuilder) -> Tensor, wrt: [String], _ bindings: [String: TensorData]) throws -> [String: [Double]] {
        let graph = try Graph.trace("c") { b in [("loss", body(b))] }
        let out = try Interpreter(precision: .float64).run(try grad(graph, loss: "loss", wrt: wrt), bindings)
        return Dictionary(uniqueKeysWithValues: wrt.map { ($0, out["grad." + $0]!.doubles) })
    }

    func f64(_ values: [Double]) -> TensorData { TensorData(values, shape: [values.count]) }

    @Test func reduceMaxTiesSplitEqually() throws {
        let g = try gradients({ b in b.input("x", [4], .f64).max() }, wrt: ["x"], ["x": f64([1, 3, 3, 2])])
        #expect(g["x"] == [0, 0.5, 0.5, 0])
        let m = try gradients({ b in b.input("x", [4], .f64).min() }, wrt: ["x"], ["x": f64([1, 3, 1, 1])])
        let third: Double = 1.0 / 3
        let expected: [Double] = [third, 0, third, third]
        #expect(m["x"] == expected)
    }

    @Test func binaryMaxMinTiesSplitEqually() throws {
        let bind = ["a": f64([1, 2]), "b": f64([1, 3])]
        let g = try gradients({ b in b.input("a", [2], .f64).maximum(b.input("b", [2], .f64)).sum() }, wrt: ["a", "b"], bind)
        #expect(g["a"] == [0.5, 0] && g["b"] == [0.5, 1])
        let m = try gradients({ b in b.input("a", [2], .f64).minimum(b.input("b", [2], .f64)).sum() }, wrt: ["a", "b"], bind)
        #expect(m["a"] == [0.5, 1] && m["b"] == [0.5, 0])
    }

    @Test func absAndSignAtZero() throws {
        let x = ["x": f64([-2, 0, 3])]
        let abs = try gradients({ b in b.input("x", [3], .f64).abs().sum() }, wrt: ["x"], x)
        #expect(abs["x"] == [-1, 0, 1])
        let sign = try gradients({ b in b.input("x", [3], .f64).sign().sum() }, wrt: ["x"], x)
        #expect(sign["x"] == [0, 0, 0])
    }

    /// pow(a, b): at a = 0 the exponent gradient is 0 (log a replaced by 0) and the base
    /// gradient b·a^(b−1) is finite for b ≥ 1; for a < 0 the exponent gradient is NaN.
    @Test func powAtZeroAndNegativeBase() throws {
        let bind = ["a": f64([0, -2, 2]), "b": f64([2, 2, 3])]
        let g = try gradients({ b in b.input("a", [3], .f64).pow(b.input("b", [3], .f64)).sum() }, wrt: ["a", "b"], bind)
        #expect(g["a"] == [0, -4, 12])
        let gb = g["b"]!
        // d(2^b)/db at b = 3 is 8·ln 2; 1e-14 allows the last-bit rounding of log and mul.
        let ln2 = 0.693_147_180_559_945_3
        #expect(gb[0] == 0 && gb[1].isNaN && Swift.abs(gb[2] - 8 * ln2) < 1e-14)
    }

    /// A value used several times accumulates: d(x·x + x)/dx = 2x + 1.
    @Test func accumulatesRepeatedUses() throws {
        let g = try gradients({ b in let x = b.input("x", [2], .f64); return (x * x + x).sum() },
                              wrt: ["x"], ["x": f64([3, -1])])
        #expect(g["x"] == [7, -1])
    }
}
