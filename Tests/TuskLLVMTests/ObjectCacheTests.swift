import Foundation
import Testing
import TuskCompiler
import TuskIR
import TuskLLVM
import TuskRuntime
import TuskTestSupport

/// The disk cache of object code: a second compile of the same graph, with a fresh
/// `CompileCache` object over the same folder (a new process, as far as the cache knows),
/// links the stored object file instead of running LLVM, and computes the same results.
@Suite struct ObjectCacheTests {
    @Test func secondCompileLoadsTheObjectFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-llvm-cache-\(UInt64.random(in: 0...UInt64.max))").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let g = try Graph.trace("cached") { b in
            let x = b.input("x", [3, 40])
            return [("y", (x * 2.0 + 1.0).softmax(axis: 1) - x.sum(axes: [1], keepDims: true))]
        }
        let x = TensorData(shape: [3, 40], storage: .f32((0..<120).map { Float($0 % 11) / 11 - 0.5 }))

        let first = try LLVMBackend(cache: CompileCache(directory: dir)).compileLLVM(g)
        #expect(!first.kernels.loadedFromCache)
        #expect(!(first.kernels.optimizedIR?.isEmpty ?? true))
        let expected = try first.executable.run(["x": x])["y"]!

        let cache = CompileCache(directory: dir)
        let second = try LLVMBackend(cache: cache).compileLLVM(g)
        #expect(second.kernels.loadedFromCache)
        #expect(cache.hits == 1 && cache.misses == 0)
        // Loaded code: no IR (LLVM did not run), the same kernels.
        #expect(second.kernels.optimizedIR == nil)
        #expect(try second.executable.run(["x": x])["y"]! == expected)

        // Another graph misses (its key differs) and says why.
        let other = try Graph.trace("cached") { b in [("y", b.input("x", [3, 40]).exp())] }
        let third = try LLVMBackend(cache: cache).compileLLVM(other)
        #expect(!third.kernels.loadedFromCache)
        #expect(cache.misses == 1)
    }
}
