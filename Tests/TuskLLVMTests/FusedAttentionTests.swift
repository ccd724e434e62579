import Testing
import TuskIR
import TuskLLVM
import TuskRuntime
import TuskTestSupport

/// Fused attention on the LLVM backend is an external op run by its BLAS provider: it must run
/// the kernel the `blas` options choose — bit for bit what `BLASBackend` with the same options
/// computes (same kernel, same fixed tiles, plus the LLVM backend's attention row kernels:
/// `LLVMBackend.contractions`; the LLVM kernels around it only slice and copy).
@Suite struct FusedAttentionTests {
    static func graph() throws -> Graph {
        try Graph.trace("attention") { b in
            let q = b.input("q", [2, 70, 16]), k = b.input("k", [2, 131, 16]), v = b.input("v", [2, 131, 16])
            let a = AttentionAttributes(scale: 0.25, causal: true)
            let y = apply(b, .scaledDotProductAttention(a), [q, k, v])
            let dy = b.input("dy", y.shape)
            let grads = apply(b, .scaledDotProductAttentionBackward(a), [q, k, v, y, dy])
            return [("o", y.slice(axis: -1, 0..<16)), ("grads", grads)]
        }
    }

    @Test(arguments: [AttentionKernel.gemmTiles, .rows])
    func llvmRunsTheBLASKernelItIsGiven(_ kernel: AttentionKernel) throws {
        let g = try Self.graph()
        var rng = SeededRandom(seed: 4)
        var bindings: [String: TensorData] = [:]
        for (name, _, type) in g.inputs { bindings[name] = randomTensor(type, using: &rng, range: -1...1) }
        let blas = BLASBackend(attentionKernel: kernel)
        let want = try LLVMBackend(blas: blas).contractions.compile(g).run(bindings)
        let got = try LLVMBackend(blas: blas).compile(g).run(bindings)
        for name in ["o", "grads"] {
            #expect(got[name]!.floats.map(\.bitPattern) == want[name]!.floats.map(\.bitPattern), "\(name) (\(kernel))")
        }
        #expect(LLVMBackend(blas: blas).optionsDescription.contains("attention=\(kernel)"))
    }
}
