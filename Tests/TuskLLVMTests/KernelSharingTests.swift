import Foundation
import Testing
import TuskCompiler
import TuskIR
import TuskLLVM
import TuskRuntime
import TuskTestSupport

/// Compile-time economy of the LLVM provider: nodes whose kernels are the same function of their
/// buffers share one compiled symbol, and the distinct kernels are split into modules compiled
/// concurrently — with the same results as one module and as the interpreter.
@Suite struct KernelSharingTests {
    /// 40 copies of one chain on different inputs (one distinct kernel) and 40 chains that differ
    /// by a constant (40 distinct kernels): 80 kernels, 41 compiled.
    static func graph() throws -> Graph {
        try Graph.trace("sharing") { b in
            var outputs: [(String, Tensor)] = []
            for k in 0..<40 {
                let x = b.input("x\(k)", [4, 16])
                outputs.append(("same\(k)", (x * 2.0 + 1.0).exp()))
                outputs.append(("differ\(k)", (x * Double(k + 3)).sigmoid()))
            }
            return outputs
        }
    }

    static func bindings(_ g: Graph) -> [String: TensorData] {
        var result: [String: TensorData] = [:]
        for (k, input) in g.inputs.enumerated() {
            result[input.name] = TensorData(shape: [4, 16], storage: .f32((0..<64).map { Float(($0 * 7 + k) % 23) / 23 - 0.5 }))
        }
        return result
    }

    @Test func identicalKernelsCompileOnceAndPartsAgree() throws {
        let g = try Self.graph()
        let bindings = Self.bindings(g)
        let one = try LLVMBackend(compileThreads: 1).compileLLVM(g)
        #expect(one.kernels.kernels.count == 80)
        #expect(one.kernels.uniqueKernelCount == 41)
        #expect(one.kernels.modules.count == 1)
        let two = try LLVMBackend(compileThreads: 2).compileLLVM(g)
        #expect(two.kernels.uniqueKernelCount == 41)
        #expect(two.kernels.modules.count == 2)

        let expected = try ReferenceBackend().compile(g).run(bindings)
        let a = try one.executable.run(bindings), b = try two.executable.run(bindings)
        for out in g.outputs {
            // The same function compiled in another module is the same code: bit-identical.
            #expect(a[out.name]! == b[out.name]!, "\(out.name)")
            // exp / sigmoid: the inline exp is within 2 ulp of libm, FMA skips one rounding.
            assertClose(a[out.name]!, expected[out.name]!, atol: 1e-5, rtol: 1e-5, out.name)
        }
    }

    /// Each module is its own cache entry: a second compile (fresh cache object, same folder)
    /// loads both parts and runs no LLVM pass.
    @Test func partsAreCachedSeparately() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-llvm-parts-\(UInt64.random(in: 0...UInt64.max))").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = try Self.graph()
        let first = try LLVMBackend(cache: CompileCache(directory: dir), compileThreads: 2).compileLLVM(g)
        #expect(first.kernels.modules.count == 2 && !first.kernels.loadedFromCache)
        let cache = CompileCache(directory: dir)
        let second = try LLVMBackend(cache: cache, compileThreads: 2).compileLLVM(g)
        #expect(second.kernels.loadedFromCache)
        #expect(cache.hits == 2 && cache.misses == 0)
        let bindings = Self.bindings(g)
        let a = try first.executable.run(bindings), b = try second.executable.run(bindings)
        for out in g.outputs { #expect(a[out.name]! == b[out.name]!, "\(out.name)") }
    }
}
