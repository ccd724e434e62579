import Testing
import TuskIR
@testable import TuskRuntime
import TuskTestSupport

/// The GEMM-tiled flash-attention kernels (`Kernels+AttentionGEMM.swift`, forced with
/// `AttentionKernel.gemmTiles`) against the reference interpreter, which evaluates the fused ops
/// through their decomposition (the unfused GEMMs and softmax).
///
/// Tolerance: `Tolerance` (Differential.swift), 1e-5 (f32) / 1e-12 (f64) of the largest
/// magnitude plus the same relative part. The kernels differ from the decomposition in summation
/// order (GEMM blocking of ≤ 64-term dot products, the P·V and dK/dV sums split per key or query
/// tile), in the online softmax (one extra rounding of the running output and sum per key tile:
/// ≤ 3 tiles here) and, in f32, in the polynomial `exp` (≤ 2 ulp). For sums of n ≤ 300 terms of
/// magnitude ≤ 1 the accumulated difference is about √n·ε·max ≈ 17 · 6e-8 ≈ 1e-6 (f32) and
/// 17 · 1.1e-16 ≈ 2e-15 (f64) — an order of magnitude inside the tolerance, while an indexing or
/// masking error is O(1) (a wrong or missing key changes a probability by ~1/n ≥ 3e-3).
@Suite struct AttentionGEMMKernelTests {
    typealias Case = AttentionKernelTests.Case

    /// Head widths 8, 16 and 64 (Walrus's 16 and 64), N not a multiple of the 64-row tiles,
    /// causal and not, with and without the bias table and RoPE, f32 and f64.
    static let cases: [Case] = [DType.f32, .f64].flatMap { t in [
        Case(batch: [2], tq: 70, tk: 131, d: 8, dv: 8, causal: false, headAxis: nil, dtype: t),      // 2 × 3 tiles, partial
        Case(batch: [2, 2], tq: 67, tk: 67, d: 16, dv: 16, causal: true, headAxis: 1, dtype: t),   // diagonal tiles, bias
        Case(batch: [3], tq: 130, tk: 70, d: 16, dv: 16, causal: true, headAxis: nil, dtype: t),   // causal, Tq > Tk
        Case(batch: [2], tq: 65, tk: 129, d: 64, dv: 64, causal: false, headAxis: 0, dtype: t),    // d = 64, bias
        Case(batch: [2], tq: 90, tk: 300, d: 16, dv: 16, causal: true, headAxis: 0, dtype: t),     // 256-key tiles, partial
        Case(batch: [2, 2], tq: 66, tk: 66, d: 16, dv: 16, causal: false, headAxis: nil, dtype: t, rotary: 8), // RoPE (space)
        Case(batch: [2], tq: 33, tk: 97, d: 64, dv: 64, causal: true, headAxis: 0, dtype: t, rotary: 64),   // everything
        Case(batch: [1], tq: 1, tk: 1, d: 8, dv: 3, causal: true, headAxis: 0, dtype: t),          // N = 1
        Case(batch: [3], tq: 5, tk: 7, d: 4, dv: 2, causal: true, headAxis: 0, dtype: t, rotary: 4),
    ] }

    @Test(arguments: cases)
    func forwardAndBackwardMatchTheDecomposition(_ c: Case) throws {
        try expectSameAsReference(try c.graph(), seed: 5, backend: BLASBackend(attentionKernel: .gemmTiles))
    }

    /// Same inputs, 1, 2 or 3 workers: bit-identical outputs (fixed tiles, one writer per output
    /// element, table and rotary gradients summed per fixed batch group).
    @Test(arguments: [cases[1], cases[4], cases[6], cases[9 + 6]])
    func resultsDoNotDependOnTheWorkerCount(_ c: Case) throws {
        let g = try c.graph()
        var rng = SeededRandom(seed: 9)
        var bindings: [String: TensorData] = [:]
        for (name, _, type) in g.inputs + g.parameters { bindings[name] = randomTensor(type, using: &rng, range: -1...1) }
        var runs: [[String: [UInt64]]] = []
        for workers in [1, 2, 3] {
            var backend = BLASBackend(attentionKernel: .gemmTiles)
            backend.attentionWorkers = workers
            let out = try backend.compile(g).run(bindings)
            runs.append(out.mapValues { t in t.dtype == .f64 ? t.doubles.map(\.bitPattern) : t.floats.map { UInt64($0.bitPattern) } })
        }
        #expect(runs[1] == runs[0], "2 workers vs 1")
        #expect(runs[2] == runs[0], "3 workers vs 1")
    }

    /// `automatic` takes the GEMM tiles for every backward and for forwards from
    /// `gemmMinimumKeyTokens` keys or `gemmMinimumWidth` features, the rows below, and the tiled
    /// kernels' scratch stays per tile (no Tq × Tk buffer).
    @Test func automaticPicksByShapeAndScratchStaysPerTile() throws {
        let auto = AttentionKernel.automatic
        #expect(auto.usesGEMMTiles(keyTokens: AttentionKernel.gemmMinimumKeyTokens, width: 16, backward: false))
        #expect(auto.usesGEMMTiles(keyTokens: 6, width: AttentionKernel.gemmMinimumWidth, backward: false))
        #expect(!auto.usesGEMMTiles(keyTokens: 16, width: 16, backward: false))
        #expect(auto.usesGEMMTiles(keyTokens: 6, width: 16, backward: true))
        #expect(AttentionKernel.gemmTiles.usesGEMMTiles(keyTokens: 1, width: 1, backward: false))
        #expect(!AttentionKernel.rows.usesGEMMTiles(keyTokens: 1024, width: 64, backward: true))
        let c = Case(batch: [4], tq: 256, tk: 256, d: 16, dv: 16, causal: false, headAxis: nil, dtype: .f32)
        let g = try c.graph()
        let exe = try BLASBackend(attentionKernel: .gemmTiles).compileBLAS(g)
        let values = g.nodes.reduce(0) { $0 + ($1.type.byteCount + 63) / 64 * 64 }
        // Forward: 64 × 256 scores + 64 · dv + 128 per worker; backward: 2 · 64 × 256 + Tq per worker.
        let scratchBound = Parallel.cores * (2 * 64 * 256 + c.tq + 64 * c.dv + 128) * 4 * 2
        let scores = c.batch.reduce(1, *) * c.tq * c.tk * 4
        #expect(exe.arenaByteCount <= values + scratchBound, "arena \(exe.arenaByteCount), values \(values)")
        #expect(scratchBound < scores)
    }
}
