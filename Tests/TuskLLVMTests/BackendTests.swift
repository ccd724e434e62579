import Testing
import TuskIR
import TuskLLVM
import TuskRuntime
import TuskTestSupport

/// `LLVMBackend` (loop kernels over fused regions + OpenBLAS contractions in one arena) against
/// the reference interpreter on the shared random graphs.
///
/// Tolerance: the BLAS backend's stated ones (`atol = rtol = 1e-5` for f32, `1e-12` for f64,
/// `atol` relative to max|expected|; `Tests/TuskRuntimeTests/Differential.swift`). The kernels
/// differ from the interpreter only in summation order (blocks of ≤ 64 with reassociation),
/// FMA contraction (one skipped rounding of a product) and the inline `exp` (≤ 2 ulp); these
/// graphs' sums have ≤ 64 terms, so the difference stays near `72·ε·Σ|x|`, far below 1e-5.
@Suite struct BackendTests {
    @Test(arguments: [(DType.f32, true), (.f32, false), (.f64, true), (.f64, false)])
    func randomGraphsMatchReference(_ dtype: DType, _ fuse: Bool) throws {
        var options = RandomGraphOptions()
        options.dtype = dtype
        let tolerance = dtype == .f64 ? 1e-12 : 1e-5
        for seed in 1...40 {
            var generator = RandomGraphGenerator(seed: UInt64(seed), options: options)
            let g = try generator.graph(name: "random\(seed)")
            let bindings = generator.bindings(for: g)
            let expected = try ReferenceBackend().compile(g).run(bindings)
            let actual = try LLVMBackend(fuse: fuse).compile(g).run(bindings)
            for out in g.outputs {
                assertClose(actual[out.name]!, expected[out.name]!, atol: tolerance, rtol: tolerance,
                            "seed \(seed) fuse \(fuse) \(out.name)\n\(g.text)")
            }
        }
    }

    /// Kernels come from both providers; contractions stay with BLAS, everything else is LLVM.
    @Test func contractionsStayWithBLAS() throws {
        let g = try Graph.trace("mlp") { b in
            let x = b.input("x", [4, 8]), w = b.input("w", [8, 3])
            return [("y", (x.matmul(w) + 1.0).silu().sum(axes: [1]))]
        }
        let (exe, llvm) = try LLVMBackend().compileLLVM(g)
        let kernels = exe.schedule().kernels
        #expect(kernels.filter { $0.provider == "blas" }.map(\.op) == ["matmul"])
        // add + silu + sum: one region (the reduction takes the elementwise prologue).
        #expect(kernels.filter { $0.provider == "llvm" }.map(\.op) == ["reduce_sum"])
        #expect(!llvm.modules.isEmpty && llvm.kernels.count == 1)
        let bindings = ["x": TensorData(shape: [4, 8], storage: .f32((0..<32).map { Float($0) / 16 - 1 })),
                        "w": TensorData(shape: [8, 3], storage: .f32((0..<24).map { Float($0 % 5) / 4 - 0.5 }))]
        let expected = try ReferenceBackend().compile(g).run(bindings)
        assertClose(try exe.run(bindings)["y"]!, expected["y"]!, atol: 1e-5, rtol: 1e-5, "mlp")
    }

    /// A gather index out of range is an error, as in the interpreter.
    @Test func kernelFailuresThrow() throws {
        let g = try Graph.trace("gather") { b in
            let x = b.input("x", [5]), i = b.input("i", [3], .i32)
            return [("y", Tensor(b, b.append(.gather(axis: 0), [x.id, i.id])) * 2)]
        }
        let exe = try LLVMBackend().compile(g)
        let x = TensorData(shape: [5], storage: .f32([1, 2, 3, 4, 5]))
        #expect(try exe.run(["x": x, "i": TensorData(shape: [3], storage: .i32([4, 0, 2]))])["y"]!
                == TensorData(shape: [3], storage: .f32([10, 2, 6])))
        #expect(throws: TuskError.self) { try exe.run(["x": x, "i": TensorData(shape: [3], storage: .i32([4, 5, 2]))]) }
    }
}
