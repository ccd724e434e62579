import Foundation
import TuskIR
import TuskRuntime

/// Compiles the attention row kernels (`AttentionRowIR`) the BLAS backend's GEMM-tiled f32
/// forward calls instead of its Swift online softmax (`BLASBackend.attentionRows`;
/// `LLVMBackend` sets it). One kernel per (value width, keys, causal), compiled on first request
/// and kept for the life of the process (a few KB of code each); thread-safe.
///
/// No kernel (nil) for value widths that do not split into vectors of at least 4 lanes or need
/// more than 16 accumulators (the node keeps the Swift kernel).
public final class LLVMAttentionRows: AttentionRowKernelProvider, @unchecked Sendable {
    /// The process-wide instance (kernels are shared by every executable).
    public static let shared = LLVMAttentionRows()

    public let options: CodegenOptions
    public var name: String { "llvm" }

    private struct Key: Hashable { let dv: Int, keys: Int, causal: Bool }
    private var kernels: [Key: AttentionRowKernel?] = [:]
    private var modules: [Key: KernelModule] = [:]
    private let lock = NSLock()

    public init(options: CodegenOptions = CodegenOptions()) { self.options = options }

    /// How many kernels have been compiled so far.
    public var compiledCount: Int { lock.withLock { modules.count } }

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
        let module = try KernelModule.compile(irText: ir.text, signatures: [signature], options: options, moduleName: ir.name)
        let compiled = module.kernels[0]
        let kernel = AttentionRowKernel(valueWidth: valueWidth, keys: keys, causal: causal,
                                        entry: unsafeBitCast(compiled.entry, to: AttentionRowKernel.Entry.self), owner: module)
        modules[key] = module
        kernels[key] = kernel
        return kernel
    }

    private func rowIR(valueWidth: Int, keys: Int, causal: Bool) -> AttentionRowIR? {
        guard (try? LLVMHost.check()) != nil, keys > 0 else { return nil }
        let bits: Int
        switch options.vectorWidth {
        case .native, .llvmDefault: bits = LLVMHost.nativeVectorWidth
        case .bits(let b): bits = b
        }
        let lanes = max(4, bits / 32)
        guard let valueLanes = AttentionRowIR.valueLanes(valueWidth: valueWidth, lanes: lanes) else { return nil }
        return AttentionRowIR(valueWidth: valueWidth, keys: keys, causal: causal, lanes: lanes, valueLanes: valueLanes,
                              cpu: LLVMHost.cpuName, features: LLVMHost.cpuFeatures, preferredWidth: bits)
    }
}
