import Foundation
import Testing
import TuskCompiler
import TuskIR
import TuskLLVM
import TuskRuntime
import TuskTestSupport

/// The compiled attention row kernels (`LLVMAttentionRows`, `AttentionRowIR`) that the LLVM
/// backend's GEMM-tiled f32 forward runs: against the reference interpreter (the fused op's
/// decomposition) and against the Swift online-softmax kernel.
///
/// Tolerance: 2e-5 absolute + relative on outputs of magnitude ≤ ~2. Both sides are f32 with
/// different summation orders over ≤ 300 keys (the interpreter pairwise, the kernel in lane
/// partials and a tree) and the kernel's `exp` is within 2 ulp of the C library's, so the
/// difference is a few ulp of the row sums, ~1e-6; 2e-5 leaves room without hiding a wrong key
/// or a missed tail (those are O(0.1) here).
@Suite struct AttentionRowKernelTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var tq: Int, tk: Int, d: Int, dv: Int
        var causal = false, bias = false, rotary = 0
        var testDescription: String {
            "Tq \(tq) Tk \(tk) d \(d) dv \(dv)" + (causal ? " causal" : "") + (bias ? " bias" : "") + (rotary > 0 ? " rope \(rotary)" : "")
        }
    }

    static let cases: [Case] = [
        Case(tq: 70, tk: 131, d: 16, dv: 16, causal: true),          // key tail (131 = 8·16 + 3), partial query tile
        Case(tq: 130, tk: 256, d: 16, dv: 16, rotary: 16),           // Walrus space attention's layout, three query tiles
        Case(tq: 40, tk: 40, d: 8, dv: 32, bias: true),              // two value vectors (AVX-512), bias
        Case(tq: 33, tk: 297, d: 24, dv: 64, causal: true, rotary: 8), // four value vectors, causal beyond the query rows
        Case(tq: 17, tk: 50, d: 12, dv: 12, rotary: 4),              // dv = 12: 4-lane value vectors
    ]

    /// The case's attention attributes and operands (q, k, v, then the bias table and the
    /// rotary tables when it has them), as graph inputs.
    static func attention(_ b: GraphBuilder, _ c: Case) -> (AttentionAttributes, [Tensor]) {
        let q = b.input("q", [2, c.tq, c.d]), k = b.input("k", [2, c.tk, c.d]), v = b.input("v", [2, c.tk, c.dv])
        var a = AttentionAttributes(scale: 1 / Double(c.d).squareRoot(), causal: c.causal, rotaryFeatures: c.rotary)
        var operands = [q, k, v]
        if c.bias {
            a.bias = RelativePositionBias(headAxis: 0, buckets: (0..<(c.tq + c.tk - 1)).map { o in
                let n = o - (c.tk - 1)
                return n >= 0 ? min(n, 3) : 4 + min(-n - 1, 1)
            })
            operands.append(b.input("table", [6, 2]))
        }
        if c.rotary > 0 {
            for (name, tokens) in [("cq", c.tq), ("sq", c.tq), ("ck", c.tk), ("sk", c.tk)] {
                operands.append(b.input(name, [tokens, c.rotary]))
            }
        }
        return (a, operands)
    }

    /// The largest `|got − ref| / (1 + |scale|)` over the elements (`scale` defaults to `ref`).
    static func worstError(_ got: [Float], _ ref: [Float], scaleOf scale: [Float]? = nil) -> Double {
        let scale = scale ?? ref
        return ref.indices.reduce(0.0) { m, i in max(m, abs(Double(got[i]) - Double(ref[i])) / (1 + abs(Double(scale[i])))) }
    }

    static func graph(_ c: Case) throws -> Graph {
        try Graph.trace("row_attention") { b in
            let (a, operands) = attention(b, c)
            return [("y", apply(b, .scaledDotProductAttention(a), operands))]
        }
    }

    @Test(arguments: cases)
    func matchesTheInterpreterAndTheSwiftKernel(_ c: Case) throws {
        let g = try Self.graph(c)
        var rng = SeededRandom(seed: 11)
        var bindings: [String: TensorData] = [:]
        for (name, _, type) in g.inputs { bindings[name] = randomTensor(type, using: &rng, range: -1.5...1.5) }
        let rows = LLVMAttentionRows()
        var withRows = BLASBackend(attentionKernel: .gemmTiles)
        withRows.attentionRows = rows
        let got = try withRows.compile(g).run(bindings)["y"]!.floats
        #expect(rows.compiledCount == 1, "the node ran the row kernel")
        let want = try Interpreter().run(g, bindings)["y"]!.floats
        let swift = try BLASBackend(attentionKernel: .gemmTiles).compile(g).run(bindings)["y"]!.floats
        #expect(got.count == want.count)
        let worst = Self.worstError(got, want), worstSwift = Self.worstError(got, swift, scaleOf: want)
        #expect(worst <= 2e-5, "row kernel vs interpreter: \(worst)")
        #expect(worstSwift <= 2e-5, "row kernel vs Swift kernel: \(worstSwift)")
    }

    /// The backward's tile kernel (`AttentionGradRowIR`: `P = exp(S − lse)`, `dS = P ∘ (dP − D)`)
    /// against the interpreter and the Swift loop it replaces, on every case's shapes (key tails,
    /// partial query tiles, causal rows that see part of a tile, bias and RoPE gradients).
    ///
    /// Tolerance 5e-5 × (1 + |want|): the kernel differs from the Swift loop only in `exp` (a few
    /// ulp of each P); dQ, dK and the table gradient sum up to 297 such terms of magnitude ≲ 1,
    /// so the difference is at most ~3e-5 in the worst case and ~1e-6 typically; a wrong key,
    /// tail or mask is O(0.1).
    @Test(arguments: cases)
    func backwardMatchesTheInterpreterAndTheSwiftKernel(_ c: Case) throws {
        let g = try Graph.trace("row_attention_backward") { b in
            let (a, operands) = Self.attention(b, c)
            let y = apply(b, .scaledDotProductAttention(a), operands)
            let dy = b.input("dy", y.shape)
            return [("grads", apply(b, .scaledDotProductAttentionBackward(a), operands + [y, dy]))]
        }
        var rng = SeededRandom(seed: 17)
        var bindings: [String: TensorData] = [:]
        for (name, _, type) in g.inputs { bindings[name] = randomTensor(type, using: &rng, range: -1.5...1.5) }
        let rows = LLVMAttentionRows()
        var withRows = BLASBackend(attentionKernel: .gemmTiles)
        withRows.attentionRows = rows
        let got = try withRows.compile(g).run(bindings)["grads"]!.floats
        #expect(try rows.gradientRowKernel(causal: c.causal) != nil)
        #expect(rows.compiledCount == 2, "the forward and the backward ran their row kernels")
        let want = try Interpreter().run(g, bindings)["grads"]!.floats
        let swift = try BLASBackend(attentionKernel: .gemmTiles).compile(g).run(bindings)["grads"]!.floats
        #expect(got.count == want.count)
        let worst = Self.worstError(got, want), worstSwift = Self.worstError(got, swift, scaleOf: want)
        #expect(worst <= 5e-5, "row kernels vs interpreter: \(worst)")
        #expect(worstSwift <= 5e-5, "row kernels vs Swift kernel: \(worstSwift)")
    }

    /// The LLVM backend runs its attention forward through the row kernels, bit for bit what the
    /// BLAS backend computes with the same provider.
    @Test func theLLVMBackendUsesTheRowKernels() throws {
        let g = try Self.graph(Self.cases[0])
        var rng = SeededRandom(seed: 5)
        var bindings: [String: TensorData] = [:]
        for (name, _, type) in g.inputs { bindings[name] = randomTensor(type, using: &rng, range: -1...1) }
        let llvm = LLVMBackend()
        #expect(llvm.optionsDescription.contains("attention-rows=llvm"))
        var blas = BLASBackend()
        blas.attentionRows = LLVMAttentionRows.shared
        let want = try blas.compile(g).run(bindings)["y"]!.floats
        let got = try llvm.compile(g).run(bindings)["y"]!.floats
        #expect(got.map(\.bitPattern) == want.map(\.bitPattern))
        var off = LLVMBackend()
        off.attentionRows = false
        #expect(!off.optionsDescription.contains("attention-rows"))
    }

    /// No kernel where the value rows do not split into vectors of ≥ 4 lanes; the IR text names its sizes.
    @Test func sizesWithoutAKernel() throws {
        let rows = LLVMAttentionRows()
        #expect(try rows.rowKernel(valueWidth: 6, keys: 10, causal: false) == nil)
        #expect(try rows.rowKernel(valueWidth: 2, keys: 10, causal: true) == nil)
        #expect(rows.compiledCount == 0)
        let text = try #require(rows.irText(valueWidth: 16, keys: 100, causal: true))
        #expect(text.contains("define i32 @attention_rows_dv16_k100_causal"))
    }

    /// With a compile cache, a second instance over the same folder (a new process, as far as
    /// the cache knows) links the stored object code instead of running LLVM, and the node
    /// computes the same bits; `shared(cache:)` is one instance per cache.
    @Test func rowKernelsComeFromTheObjectCache() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-rows-cache-\(UInt64.random(in: 0...UInt64.max))").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = try Self.graph(Self.cases[0])
        var rng = SeededRandom(seed: 3)
        var bindings: [String: TensorData] = [:]
        for (name, _, type) in g.inputs { bindings[name] = randomTensor(type, using: &rng, range: -1...1) }
        func run(_ rows: LLVMAttentionRows) throws -> [Float] {
            var blas = BLASBackend(attentionKernel: .gemmTiles)
            blas.attentionRows = rows
            return try blas.compile(g).run(bindings)["y"]!.floats
        }
        let first = LLVMAttentionRows(cache: CompileCache(directory: dir))
        let want = try run(first)
        #expect(first.compiledCount == 1 && first.loadedFromCacheCount == 0)
        let cache = CompileCache(directory: dir)
        let second = LLVMAttentionRows(cache: cache)
        let got = try run(second)
        #expect(second.compiledCount == 1 && second.loadedFromCacheCount == 1)
        #expect(cache.hits == 1 && cache.misses == 0)
        #expect(got.map(\.bitPattern) == want.map(\.bitPattern))
        #expect(LLVMAttentionRows.shared(cache: cache) === LLVMAttentionRows.shared(cache: cache))
        #expect(LLVMAttentionRows.shared(cache: nil) === LLVMAttentionRows.shared)
    }
}
