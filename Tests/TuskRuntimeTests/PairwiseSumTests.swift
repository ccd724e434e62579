import Testing
import TuskIR
import TuskRuntime
import TuskTestSupport

/// The BLAS backend's float sums are blocked and pairwise, so their error grows like log n:
/// long f32 sums of uniform terms in [0, 1) against the exact (f64) sum, with the bound of each
/// plan (`Kernels.reduceRun`, `Kernels.reduceRows`). A running f32 sum of the same terms drifts
/// by ~√n·ulp(total) (each of the n additions to a total up to n/2 rounds by up to ulp/2),
/// several times the bound, so a sequential sum fails these tests (checked on the same data).
@Suite struct PairwiseSumTests {
    /// A contiguous run (`[n] → []`): at most `(32 + 7 + 3 + ⌈log2⌈n/256⌉⌉ + 1)·ε·Σx`
    /// (8 partial sums of ≤ 32 terms plus a tail of ≤ 7 per block of 256, three levels combining
    /// them, then one level per halving).
    @Test func contiguousSumErrorGrowsLikeLogN() throws {
        let n = 1 << 22
        var rng = SeededRandom(seed: 3)
        let values = (0..<n).map { _ in Float(rng.uniform(0...1)) }
        let g = try Graph.trace("bigsum") { b in [("y", b.input("x", [n]).sum())] }
        let got = Double(try BLASBackend().compile(g).run(["x": TensorData(values, shape: [n])])["y"]!.floats[0])
        var exact = 0.0, running: Float = 0
        for v in values { exact += Double(v); running += v }
        let bound = Double(32 + 7 + 3 + 14 + 1) * Double(Float.ulpOfOne) * exact
        #expect(Swift.abs(got - exact) <= bound, "sum \(got) vs exact \(exact): |Δ| \(Swift.abs(got - exact)) > \(bound)")
        #expect(Swift.abs(Double(running) - exact) > bound, "a running sum should miss the bound (it is \(Double(running) - exact) off)")
    }

    /// Rows (`[r, 4] → [4]` over axis 0, the `[outer, r, inner]` plan): at most
    /// `(16 + 2·⌈log2⌈r/16⌉⌉ + 1)·ε·Σx` per column (blocks of 16 rows in order, block sums
    /// merged by a binary counter and the counter's levels combined at the end).
    @Test func rowSumErrorGrowsLikeLogN() throws {
        let r = 1 << 20, inner = 4
        var rng = SeededRandom(seed: 5)
        let values = (0..<(r * inner)).map { _ in Float(rng.uniform(0...1)) }
        let g = try Graph.trace("rowsum") { b in [("y", b.input("x", [r, inner]).sum(axes: [0]))] }
        let got = try BLASBackend().compile(g).run(["x": TensorData(values, shape: [r, inner])])["y"]!.floats
        for j in 0..<inner {
            var exact = 0.0, running: Float = 0
            for k in 0..<r { exact += Double(values[k * inner + j]); running += values[k * inner + j] }
            let bound = Double(16 + 2 * 16 + 1) * Double(Float.ulpOfOne) * exact
            #expect(Swift.abs(Double(got[j]) - exact) <= bound, "column \(j): \(got[j]) vs exact \(exact) > \(bound)")
            #expect(Swift.abs(Double(running) - exact) > bound, "column \(j): a running sum should miss the bound (\(Double(running) - exact))")
        }
    }
}
