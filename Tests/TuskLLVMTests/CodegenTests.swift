import Dispatch
import Foundation
import Testing
import TuskIR
import TuskLLVM
import TuskTestSupport

/// The compiled artifacts: native vector code, IR text, object files that reload without LLVM,
/// the range ABI and the parallel runner.
@Suite struct CodegenTests {
    /// On a CPU with AVX-512, f32 kernels are vectorized at 512 bits: the contracted `x·w + c`
    /// loop uses `vfmadd…ps` on `zmm` registers, and a contiguous f32 sum accumulates in `zmm`
    /// lanes. (LLVM's own tuning prefers 256 bits on some AVX-512 CPUs, e.g. `sapphirerapids`;
    /// `VectorWidth.native` sets `prefer-vector-width=512`.) Skipped without avx512f.
    @Test func f32LoopsUse512BitFMA() throws {
        guard LLVMHost.cpuFeatures.contains("+avx512f") else { return }
        let fma = try Case(try graph("fma") { b in b.input("x", [64, 256]) * b.input("w", [256]) + b.input("c", [64, 1]) })
        let sum = try Case(try graph("rowsum") { b in b.input("x", [64, 1024]).sum(axes: [1]) })
        let f64 = try Case(try graph("fma64") { b in b.input("x", [64, 256], .f64) * b.input("w", [256], .f64) + b.input("c", [64, 1], .f64) })
        let module = try KernelModule.compile([fma.kernel, sum.kernel, f64.kernel], options: CodegenOptions(emitAssembly: true))
        let asm = try #require(module.assembly)
        let fmaBody = function(asm, fma.kernel.name), sumBody = function(asm, sum.kernel.name), f64Body = function(asm, f64.kernel.name)
        #expect(fmaBody.contains { $0.contains("vfmadd") && $0.contains("ps") && $0.contains("zmm") },
                "no 512-bit f32 FMA in \(fma.kernel.name):\n\(fmaBody.joined(separator: "\n"))")
        #expect(sumBody.contains { $0.contains("vaddps") && $0.contains("zmm") },
                "no 512-bit f32 accumulation in \(sum.kernel.name):\n\(sumBody.joined(separator: "\n"))")
        #expect(f64Body.contains { $0.contains("vfmadd") && $0.contains("pd") && $0.contains("zmm") },
                "no 512-bit f64 FMA in \(f64.kernel.name)")
        // And the vector code computes the right thing.
        try expectMatchesInterpreter([try Case(fma.graph, .relative(ulps: 8, atol: 8 * Double(Float.ulpOfOne)))],
                                     options: CodegenOptions())
    }

    /// The assembly lines of one function (from its label to the next `.Lfunc_end`).
    private func function(_ asm: String, _ name: String) -> [Substring] {
        let lines = asm.split(separator: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("\(name):") }) else { return [] }
        let end = lines[start...].firstIndex { $0.hasPrefix(".Lfunc_end") } ?? lines.endIndex
        return Array(lines[start..<end])
    }

    @Test func irTextAndKernelText() throws {
        let c = try Case(try graph("softmax_rows") { b in b.input("x", [2, 5]).softmax(axis: -1) })
        let module = try KernelModule.compile([c.kernel])
        #expect(module.unoptimizedIR.contains("define i32 @softmax_rows(ptr %0, i64 %1, i64 %2)"), "\(module.unoptimizedIR)")
        #expect(module.unoptimizedIR.contains("define internal i32 @softmax_rows.body(ptr noalias"))
        #expect(module.optimizedIR.split(separator: "\n").contains {
            $0.hasPrefix("define") && $0.contains("@softmax_rows(")
        })
        #expect(!module.optimizedIR.contains("define internal i32 @softmax_rows.body"), "the body is inlined into the ABI function")
        let expected = """
            kernel softmax_rows (out: f32[2,5]) (x: f32[2,5])
              loops i0 < 2 (parallel), i1 < 5
              r0 = reduce_max i2 < 5 { x[5*i0 + i2] }
              r1 = reduce_sum i3 < 5 { exp(sub(x[5*i0 + i3], r0)) }
              out[5*i0 + i1] = div(exp(sub(x[5*i0 + i1], r0)), r1)
            """
        #expect("\(c.kernel)" == expected, "\(c.kernel)")
    }

    /// A warm start links the stored object file and runs no LLVM pass; the kernels compute
    /// the same bits.
    @Test func objectFileReloads() throws {
        let a = try Case(try graph("obj_a") { b in (b.input("x", [8, 33]).exp() * 3.0).sum(axes: [1]) })
        let b = try Case(try graph("obj_b") { b in b.input("x", [4, 5]).roll([1, -2]).pad(low: [1, 1], high: [0, 2], mode: .constant(2)) })
        let cold = try KernelModule.compile([a.kernel, b.kernel])
        #expect(cold.objectFile.count > 64 && cold.objectFile.starts(with: [0x7f, 0x45, 0x4c, 0x46]))  // ELF
        let warm = try KernelModule.load(objectFile: cold.objectFile, signatures: [a.kernel.signature, b.kernel.signature])
        #expect(warm.optimizedIR.isEmpty && warm.unoptimizedIR.isEmpty)
        for c in [a, b] {
            let x = try cold[c.kernel.name]!.run(inputs: c.inputs)
            let y = try warm[c.kernel.name]!.run(inputs: c.inputs)
            #expect(x == y)
        }
        #expect(throws: LLVMError.self) {
            try KernelModule.load(objectFile: cold.objectFile, signatures: [KernelSignature(name: "missing", arguments: [], parallelExtent: 1)])
        }
        #expect(throws: LLVMError.self) { try KernelModule.load(objectFile: [1, 2, 3], signatures: []) }
    }

    /// The range ABI: a call computes exactly the outer-loop rows of its range; `runParallel`
    /// over 2 or 3 chunks gives the bits of a single call.
    @Test func rangesAndParallelRuns() throws {
        let c = try Case(try graph("rows") { b in (b.input("x", [7, 40]) * 2.0).softmax(axis: -1) })
        let module = try KernelModule.compile([c.kernel])
        let k = try #require(module[c.kernel.name])
        #expect(k.signature.parallelExtent == 7 && k.signature.arguments == [TensorType(.f32, [7, 40]), TensorType(.f32, [7, 40])])
        let whole = try k.run(inputs: c.inputs)
        let x = c.inputs[0]
        let out = UnsafeMutableRawPointer.allocate(byteCount: 7 * 40 * 4, alignment: 64)
        let input = UnsafeMutableRawPointer.allocate(byteCount: 7 * 40 * 4, alignment: 64)
        defer { out.deallocate(); input.deallocate() }
        x.floats.withUnsafeBytes { input.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        let sentinel = Float(-12345)
        let o = out.bindMemory(to: Float.self, capacity: 280)
        for i in 0..<280 { o[i] = sentinel }
        try k.run([out, input], range: 2..<5)
        for row in 0..<7 {
            let written = (0..<40).allSatisfy { o[row * 40 + $0] == whole.floats[row * 40 + $0] }
            let untouched = (0..<40).allSatisfy { o[row * 40 + $0] == sentinel }
            #expect((2..<5).contains(row) ? written : untouched, "row \(row)")
        }
        for chunks in [2, 3, 7, 20] {
            for i in 0..<280 { o[i] = sentinel }
            try k.runParallel([out, input], chunks: chunks)
            #expect((0..<280).allSatisfy { o[$0] == whole.floats[$0] }, "\(chunks) chunks")
        }
        #expect(throws: TuskError.self) { try k.run([out]) }
        #expect(throws: TuskError.self) { try k.run(inputs: []) }
    }

    /// Short outer loops (a batch of 1) are collapsed into the parallel index until it offers
    /// `KernelLowering.parallelTarget` items, keeping the innermost loop and never forcing a
    /// hoisted reduction to be recomputed; the results are the same for every split.
    @Test func shortOuterLoopsCollapseIntoTheParallelIndex() throws {
        let e = try Case(try graph("batch1") { b in (b.input("x", [1, 3, 4, 8]) * 2.0).exp() })
        #expect(e.kernel.parallelLoops == 3 && e.kernel.parallelExtent == 12, "\(e.kernel)")
        let n = try Case(try graph("norm1") { b in
            let x = b.input("x", [1, 4, 3, 5])
            return x * (x * x).mean(axes: [2, 3], keepDims: true).rsqrt()
        }, .relative(ulps: 96, atol: 0))
        #expect(n.kernel.parallelLoops == 2 && n.kernel.parallelExtent == 4, "\(n.kernel)")
        #expect("\(n.kernel)".contains("loops (i0, i1) < 1·4 (parallel), i2 < 3, i3 < 5"), "\(n.kernel)")
        let module = try KernelModule.compile([e.kernel, n.kernel])
        for c in [e, n] {
            let k = module[c.kernel.name]!
            let whole = try k.run(inputs: c.inputs)
            #expect(try k.run(inputs: c.inputs, parallel: true) == whole)
        }
        try expectMatchesInterpreter([e, n])
    }

    /// Invalid kernels are rejected with a message, never miscompiled.
    @Test func invalidKernelsAreErrors() throws {
        let v = LoopVar(id: 0, extent: 3)
        let out = KernelArgument(name: "out", type: TensorType(.f32, [3]))
        let x = KernelArgument(name: "x", type: TensorType(.f64, [3]))
        let wrongDType = LoopKernel(name: "bad", arguments: [out, x], outputVariables: [v], value: .load(.argument(1), IndexExpr(v), .f64))
        let unbound = LoopKernel(name: "bad2", arguments: [out], outputVariables: [v],
                                 value: .index(IndexExpr(LoopVar(id: 9, extent: 2))).castTo(.f32))
        let badName = LoopKernel(name: "bad name", arguments: [out], outputVariables: [v], value: .constant(0, .f32))
        for k in [wrongDType, unbound, badName] {
            #expect(throws: LLVMError.self) { try KernelModule.compile([k]) }
        }
        let ok = LoopKernel(name: "ok", arguments: [out], outputVariables: [v], value: .constant(1, .f32))
        #expect(throws: LLVMError.self) { try KernelModule.compile([ok, ok]) }
        #expect(try KernelModule.compile([ok])["ok"]!.run(inputs: []).floats == [1, 1, 1])
    }

    /// Modules compile independently (each has its own LLVM context), so a runtime may compile
    /// several at once on different threads; the results match a sequential compile.
    @Test func concurrentCompiles() throws {
        let cases = try (0..<4).map { i in
            try Case(try graph("cc\(i)") { b in (b.input("x", [6, 20 + i]) * Double(i + 2)).softmax(axis: -1) })
        }
        let modules = LockedArray<Result<[UInt8], any Error>>(count: cases.count)
        let shared = UncheckedBox(cases.map(\.kernel))
        DispatchQueue.concurrentPerform(iterations: cases.count) { i in
            modules.set(i, Result { try KernelModule.compile([shared.value[i]]).objectFile })
        }
        for (i, c) in cases.enumerated() {
            let object = try modules.get(i).get()
            let loaded = try KernelModule.load(objectFile: object, signatures: [c.kernel.signature])
            let sequential = try KernelModule.compile([c.kernel])
            #expect(try loaded[c.kernel.name]!.run(inputs: c.inputs) == sequential[c.kernel.name]!.run(inputs: c.inputs))
        }
    }

    /// Compile-time sanity (not a benchmark): a batch of 24 kernels of every kind compiles in one
    /// module well within the budget of an interactive compile, even on a busy 2-core machine.
    @Test func batchCompiles() throws {
        var kernels: [LoopKernel] = []
        for i in 0..<8 {
            kernels.append(try Case(try graph("b_ew\(i)") { b in (b.input("x", [32, 64]) * Double(i + 1)).silu() }).kernel)
            kernels.append(try Case(try graph("b_red\(i)") { b in b.input("x", [32, 64 + i]).mean(axes: [1]) }).kernel)
            kernels.append(try Case(try graph("b_sm\(i)") { b in b.input("x", [16, 8 + i]).softmax(axis: 0) }).kernel)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let module = try KernelModule.compile(kernels)
        let elapsed = clock.now - start
        #expect(module.kernels.count == 24)
        #expect(elapsed < .seconds(30), "24 kernels took \(elapsed)")
    }
}

/// A fixed-size array written from concurrent workers (one slot each).
final class LockedArray<T>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.lock(); items[i] = v; lock.unlock() }
    func get(_ i: Int) -> T { lock.lock(); defer { lock.unlock() }; return items[i]! }
}

struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

extension ScalarExpr {
    func castTo(_ d: DType) -> ScalarExpr { .cast(self, d) }
}
