import Foundation
import TuskCompiler
import TuskIR
import TuskRuntime

/// Compiles the attention row kernels (`AttentionRowIR`) the BLAS backend's GEMM-tiled f32
/// forward calls instead of its Swift online softmax (`BLASBackend.attentionRows`;
/// `LLVMBackend` sets it). One kernel per (value width, keys, causal), compiled on first request
/// and kept for the life of the process (a few KB of code each); thread-safe. With a compile
/// cache, each kernel's object code is stored and reloaded, so a warm start does not run LLVM
/// for them either.
///
/// No kernel (nil) for value widths that do not split into vectors of at least 4 lanes or need
/// more than 16 accumulators (the node keeps the Swift kernel).
public final class LLVMAttentionRows: AttentionRowKernelProvider, @unchecked Sendable {
    /// The process-wide instance without an object cache (kernels are shared by every executable).
    public static let shared = LLVMAttentionRows()

    /// The process-wide instance that stores its object code in `cache` (`shared` for nil), so
    /// every executable compiled with that cache shares its kernels.
    public static func shared(cache: CompileCache?) -> LLVMAttentionRows {
        guard let cache else { return shared }
        return registry.instance(for: cache) { LLVMAttentionRows(cache: cache) }
    }
    private static let registry = PerCacheRegistry<LLVMAttentionRows>()

    public let options: CodegenOptions
    /// Where object code is cached (nil: compiled once per process).
    public let cache: CompileCache?
    public var name: String { "llvm" }

    private struct Key: Hashable { let dv: Int, keys: Int, causal: Bool }
    private var kernels: [Key: AttentionRowKernel?] = [:]
    private var modules: [Key: KernelModule] = [:]
    private var gradKernels: [Bool: AttentionGradRowKernel?] = [:]
    private var gradModules: [Bool: KernelModule] = [:]
    private let lock = NSLock()

    public init(options: CodegenOptions = CodegenOptions(), cache: CompileCache? = nil) {
        self.options = options
        self.cache = cache
    }

    /// How many kernels this instance holds (compiled by LLVM or loaded from the cache).
    public var compiledCount: Int { lock.withLock { modules.count + gradModules.count } }

    /// How many of them were linked from the object cache without running LLVM.
    public var loadedFromCacheCount: Int { lock.withLock { loadedFromCache } }
    private var loadedFromCache = 0

    /// The backward's tile kernel (`AttentionGradRowIR`), compiled on first request; nil when
    /// LLVM is not usable here.
    public func gradientRowKernel(causal: Bool) throws -> AttentionGradRowKernel? {
        lock.lock()
        defer { lock.unlock() }
        if let known = gradKernels[causal] { return known }
        guard let ir = gradIR(causal: causal) else {
            gradKernels[causal] = .some(nil)
            return nil
        }
        let signature = KernelSignature(name: ir.name, arguments: [
            TensorType(.f32, [1, 1]), TensorType(.f32, [1, 1]), TensorType(.f32, [1]), TensorType(.f32, [1]),
            TensorType(.i64, [3]),
        ], parallelExtent: 1)
        let module = try cachedModule(name: ir.name, text: ir.text, signature)
        let kernel = AttentionGradRowKernel(causal: causal, entry: unsafeBitCast(module.kernels[0].entry, to: AttentionGradRowKernel.Entry.self),
                                            owner: module)
        gradModules[causal] = module
        gradKernels[causal] = kernel
        return kernel
    }

    /// The IR text of the backward's tile kernel (nil when LLVM is not usable here).
    public func gradientIRText(causal: Bool) -> String? { gradIR(causal: causal)?.text }

    /// The IR text of the kernel for these sizes (nil when there is none), for `tusk dump` and tests.
    public func irText(valueWidth: Int, keys: Int, causal: Bool) -> String? {
        rowIR(valueWidth: valueWidth, keys: keys, causal: causal)?.text
    }

    /// The optimized IR of the compiled kernel for these sizes, when it was compiled.
    public func optimizedIR(valueWidth: Int, keys: Int, causal: Bool) -> String? {
        lock.withLock { modules[Key(dv: valueWidth, keys: keys, causal: causal)]?.optimizedIR }
    }

    public func rowKernel(valueWidth: Int, keys: Int, causal: Bool) throws -> AttentionRowKernel? {
        let key = Key(dv: valueWidth, keys: keys, causal: causal)
        lock.lock()
        defer { lock.unlock() }
        if let known = kernels[key] { return known }
        guard let ir = rowIR(valueWidth: valueWidth, keys: keys, causal: causal) else {
            kernels[key] = .some(nil)
            return nil
        }
        let signature = KernelSignature(name: ir.name, arguments: [
            TensorType(.f32, [1, valueWidth + 1]), TensorType(.f32, [1, keys]), TensorType(.f32, [keys, valueWidth]),
            TensorType(.i64, [1]),
        ], parallelExtent: 1)
        let module = try cachedModule(name: ir.name, text: ir.text, signature)
        let compiled = module.kernels[0]
        let kernel = AttentionRowKernel(valueWidth: valueWidth, keys: keys, causal: causal,
                                        entry: unsafeBitCast(compiled.entry, to: AttentionRowKernel.Entry.self), owner: module)
        modules[key] = module
        kernels[key] = kernel
        return kernel
    }

    /// The kernel's module from the object cache, or compiled and stored (`KernelModule.cached`).
    private func cachedModule(name: String, text: String, _ signature: KernelSignature) throws -> KernelModule {
        let (module, fromCache) = try KernelModule.cached(kind: "llvm-attention-rows", name: name, irText: text, signature: signature,
                                                          options: options, cache: cache)
        if fromCache { loadedFromCache += 1 }
        return module
    }

    /// The vector width in bits and f32 lanes the kernels are written for.
    private var width: (bits: Int, lanes: Int) {
        let bits: Int
        switch options.vectorWidth {
        case .native, .llvmDefault: bits = LLVMHost.nativeVectorWidth
        case .bits(let b): bits = b
        }
        return (bits, max(4, bits / 32))
    }

    private func gradIR(causal: Bool) -> AttentionGradRowIR? {
        guard (try? LLVMHost.check()) != nil else { return nil }
        let (bits, lanes) = width
        return AttentionGradRowIR(causal: causal, lanes: lanes, cpu: LLVMHost.cpuName, features: LLVMHost.cpuFeatures,
                                  preferredWidth: bits)
    }

    private func rowIR(valueWidth: Int, keys: Int, causal: Bool) -> AttentionRowIR? {
        guard (try? LLVMHost.check()) != nil, keys > 0 else { return nil }
        let (bits, lanes) = width
        guard let valueLanes = AttentionRowIR.valueLanes(valueWidth: valueWidth, lanes: lanes) else { return nil }
        return AttentionRowIR(valueWidth: valueWidth, keys: keys, causal: causal, lanes: lanes, valueLanes: valueLanes,
                              cpu: LLVMHost.cpuName, features: LLVMHost.cpuFeatures, preferredWidth: bits)
    }
}
