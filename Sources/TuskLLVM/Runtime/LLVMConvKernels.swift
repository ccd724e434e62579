import Foundation
import TuskCompiler
import TuskIR
import TuskRuntime

/// Compiles the direct convolution kernels (`DirectConvIR`) the BLAS backend runs instead of
/// im2col/col2im and GEMM for the f32 convolutions `DirectConvolutionPolicy` picks
/// (`BLASBackend.convolutionKernels`; `LLVMBackend` sets it). One kernel per problem, compiled on
/// first request and kept for the life of the process; thread-safe. With a compile cache, each
/// kernel's object code is stored and reloaded, so a warm start does not run LLVM for them.
///
/// No kernel (nil) for problems `DirectConvIR.supports` rules out: more than two non-trivial
/// spatial axes (the runtime does not ask), more than 64 kernel offsets, a transposed conv with
/// column stride above 2, a filter gradient whose kernel rows exceed the register budget.
public final class LLVMConvKernels: ConvolutionKernelProvider, @unchecked Sendable {
    /// The process-wide instance without an object cache.
    public static let shared = LLVMConvKernels()

    /// The process-wide instance that stores its object code in `cache` (`shared` for nil).
    public static func shared(cache: CompileCache?) -> LLVMConvKernels {
        guard let cache else { return shared }
        return registry.instance(for: cache) { LLVMConvKernels(cache: cache) }
    }
    private static let registry = PerCacheRegistry<LLVMConvKernels>()

    public let options: CodegenOptions
    /// Where object code is cached (nil: compiled once per process).
    public let cache: CompileCache?
    public var name: String { "llvm" }

    private var kernels: [DirectConvProblem: DirectConvKernel?] = [:]
    private var modules: [DirectConvProblem: KernelModule] = [:]
    private var loadedFromCache = 0
    private let lock = NSLock()

    public init(options: CodegenOptions = CodegenOptions(), cache: CompileCache? = nil) {
        self.options = options
        self.cache = cache
    }

    /// How many kernels this instance holds (compiled by LLVM or loaded from the cache).
    public var compiledCount: Int { lock.withLock { modules.count } }
    /// How many of them were linked from the object cache without running LLVM.
    public var loadedFromCacheCount: Int { lock.withLock { loadedFromCache } }

    public func convolutionKernel(_ problem: DirectConvProblem) throws -> DirectConvKernel? {
        lock.lock()
        defer { lock.unlock() }
        if let known = kernels[problem] { return known }
        let (kernel, module, fromCache) = try build(problem)
        record(problem, kernel, module, fromCache)
        return kernel
    }

    /// Compiles (or loads) the kernels of `problems` not held yet, concurrently on up to
    /// `ProcessInfo.activeProcessorCount` threads: one LLVM module each, independent of the others.
    public func prepareKernels(_ problems: [DirectConvProblem]) throws {
        let missing = lock.withLock { problems.filter { kernels[$0] == nil } }
        guard missing.count > 1 else {
            for p in missing { _ = try convolutionKernel(p) }
            return
        }
        final class Results: @unchecked Sendable {
            var built: [(DirectConvKernel?, KernelModule?, Bool)?]
            var errors: [Error?]
            init(_ n: Int) { built = Array(repeating: nil, count: n); errors = Array(repeating: nil, count: n) }
        }
        let results = Results(missing.count)
        DispatchQueue.concurrentPerform(iterations: missing.count) { k in
            do { results.built[k] = try build(missing[k]) } catch { results.errors[k] = error }
        }
        if let error = results.errors.compactMap({ $0 }).first { throw error }
        lock.withLock {
            for (p, b) in zip(missing, results.built) where kernels[p] == nil {
                if let b { record(p, b.0, b.1, b.2) }
            }
        }
    }

    /// The kernel for `problem` (nil when there is none), its module, and whether the module came
    /// from the object cache. Touches no shared state.
    private func build(_ problem: DirectConvProblem) throws -> (DirectConvKernel?, KernelModule?, Bool) {
        guard let ir = ir(problem) else { return (nil, nil, false) }
        let signature = KernelSignature(name: ir.name, arguments: [
            TensorType(.f32, [1]), TensorType(.f32, [ir.layout.elements]), TensorType(.f32, [1]),
        ] + (problem.kind == .filterGradient ? [TensorType(.i64, [2])] : []), parallelExtent: ir.workItems)
        let (module, fromCache) = try cachedModule(name: ir.name, text: ir.text, signature)
        let kernel = DirectConvKernel(layout: ir.layout, workItems: ir.workItems,
                                      entry: unsafeBitCast(module.kernels[0].entry, to: DirectConvKernel.Entry.self), owner: module)
        return (kernel, module, fromCache)
    }

    /// Stores a built kernel (the caller holds the lock).
    private func record(_ problem: DirectConvProblem, _ kernel: DirectConvKernel?, _ module: KernelModule?, _ fromCache: Bool) {
        kernels[problem] = .some(kernel)
        if let module { modules[problem] = module }
        if fromCache { loadedFromCache += 1 }
    }

    /// The IR text of the kernel for `problem` (nil when there is none), for `tusk dump` and tests.
    public func irText(_ problem: DirectConvProblem) -> String? { ir(problem)?.text }

    /// The optimized IR of the compiled kernel for `problem`, when it was compiled here.
    public func optimizedIR(_ problem: DirectConvProblem) -> String? { lock.withLock { modules[problem]?.optimizedIR } }

    /// The kernel's module from the object cache, or compiled and stored (`KernelModule.cached`).
    private func cachedModule(name: String, text: String, _ signature: KernelSignature) throws -> (KernelModule, Bool) {
        try KernelModule.cached(kind: "llvm-direct-conv", name: name, irText: text, signature: signature, options: options, cache: cache)
    }

    private func ir(_ problem: DirectConvProblem) -> DirectConvIR? {
        guard (try? LLVMHost.check()) != nil else { return nil }
        let bits: Int
        switch options.vectorWidth {
        case .native, .llvmDefault: bits = LLVMHost.nativeVectorWidth
        case .bits(let b): bits = b
        }
        let lanes = max(4, bits / 32)
        guard DirectConvIR.supports(problem, lanes: lanes) else { return nil }
        return DirectConvIR(layout: DirectConvLayout(problem, lanes: lanes), cpu: LLVMHost.cpuName,
                            features: LLVMHost.cpuFeatures, preferredWidth: bits)
    }
}
