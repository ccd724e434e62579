import Testing
import TuskCompiler
import TuskIR
import TuskLLVM
import TuskNN
import TuskRuntime
import TuskTestSupport

/// The fusion regions (`FusionPlan`) of the LLVM backend: chains that must become one or two
/// kernels, with their interior values never materialized. A regression in the fusion rule
/// shows here as a kernel count.
@Suite struct FusionTests {
    /// A Walrus encoder stage, as `WalrusModel+Encoder` builds it: conv → RMSGroupNorm → SiLU →
    /// conv, through the standard pipelines. The norm (x², mean over the spatial axes, + eps,
    /// rsqrt, × x, × weight) and the SiLU must be at most two loop kernels (statistics, then
    /// scale + SiLU) between the two OpenBLAS convolutions — not seven.
    @Test func rmsGroupNormScaleSiLUIsAtMostTwoKernels() throws {
        let g = try Graph.trace("encoder_stage") { b in
            let x = b.input("x", [2, 4, 6, 6])
            let w1 = b.input("w1", [8, 4, 1, 1]), w2 = b.input("w2", [8, 8, 2, 2])
            var h = x.conv(w1, strides: [1, 1])
            h = RMSGroupNorm(8, groups: 2, name: "norm1")(h).silu()
            return [("y", h.conv(w2, strides: [2, 2]))]
        }
        let driver = CompileDriver(backend: LLVMBackend(), cache: nil)
        let lowered = try driver.lower(g, .forward)
        let (exe, llvm) = try LLVMBackend().compileLLVM(lowered.optimized)
        let kernels = exe.schedule().kernels
        let ops = kernels.map { "\($0.provider):\($0.op)" }
        #expect(kernels.first?.op == "conv" && kernels.last?.op == "conv", "\(ops)")
        let between = kernels.filter { $0.provider == "llvm" }
        #expect((1...2).contains(between.count), "the norm + SiLU took \(between.count) kernels: \(ops)")
        #expect(kernels.count == between.count + 2, "\(ops)")
        // The fused values have no storage: only the kernels' results are in the plan.
        #expect(llvm.plan!.interior.count >= 5, "\(llvm.plan!.text(lowered.optimized, external: []))")

        var rng = SeededRandom(seed: 3)
        var bindings: [String: TensorData] = [:]
        for (name, _, type) in lowered.optimized.inputs + lowered.optimized.parameters {
            bindings[name] = randomTensor(type, using: &rng, range: -1...1)
        }
        bindings["norm1.weight"] = bindings["norm1.weight"].map { _ in TensorData(shape: [8], storage: .f32((0..<8).map { 0.5 + Float($0) / 8 })) }
        let expected = try ReferenceBackend().compile(lowered.optimized).run(bindings)
        // f32, sums of 36 (the norm) and 32 (the conv) terms: the BLAS backend's 1e-5.
        assertClose(try exe.run(bindings)["y"]!, expected["y"]!, atol: 1e-5, rtol: 1e-5, "encoder stage")
    }

    /// Elementwise chains and movement fuse into their consumer; a producer read by several
    /// consumers is recomputed only when cheap (`exp` is not: it is materialized once).
    @Test func producersFuseUnlessExpensiveToRecompute() throws {
        let g = try Graph.trace("chains") { b in
            let x = b.input("x", [4, 16]), y = b.input("y", [16])
            let cheap = (x * 2.0 + y).transposed()          // mul, add, permute: cheap
            let costly = x.exp()                            // exp read twice: not recomputed
            return [("a", cheap.sum(axes: [0]) + costly.sum(axes: [1]).reshape([4, 1]).broadcast(to: [4, 16]).sum(axes: [1])),
                    ("b", (cheap * 3.0).softmax(axis: 1) + costly.transposed())]
        }
        let owned = g.nodes.map { $0.op.isLoopKernelOp }
        let plan = FusionPlan(graph: g, owned: owned)
        let expNode = try #require(g.nodes.firstIndex { $0.op == .unary(.exp) })
        #expect(plan.roots.contains(expNode), "\(plan.text(g, external: []))")
        for (i, node) in g.nodes.enumerated() where node.op == .binary(.mul) || node.op == .permute([1, 0]) {
            #expect(plan.interior.contains(i), "%\(i) \(node.op.name) should be fused\n\(plan.text(g, external: []))")
        }
        // Every reduction is a root (reductions end regions).
        for (i, node) in g.nodes.enumerated() where node.op.fusionRole == .reduction { #expect(plan.roots.contains(i)) }

        let bindings = ["x": TensorData(shape: [4, 16], storage: .f32((0..<64).map { Float($0 % 7) / 7 - 0.4 })),
                        "y": TensorData(shape: [16], storage: .f32((0..<16).map { Float($0) / 16 }))]
        let expected = try ReferenceBackend().compile(g).run(bindings)
        let actual = try LLVMBackend().compile(g).run(bindings)
        for name in ["a", "b"] { assertClose(actual[name]!, expected[name]!, atol: 1e-5, rtol: 1e-5, name) }
    }
}
