import Foundation
import TuskCompiler

/// One provider instance per compile cache for the life of the process, so that every executable
/// compiled with the same cache shares its kernels (`LLVMAttentionRows.shared(cache:)`,
/// `LLVMConvKernels.shared(cache:)`). An instance holds its cache strongly, so a registered
/// cache's identity is never reused by another object.
final class PerCacheRegistry<Provider: AnyObject>: @unchecked Sendable {
    private var instances: [ObjectIdentifier: Provider] = [:]
    private let lock = NSLock()

    /// The instance registered for `cache`, made by `make` on first request.
    func instance(for cache: CompileCache, _ make: () -> Provider) -> Provider {
        lock.withLock {
            if let known = instances[ObjectIdentifier(cache)] { return known }
            let provider = make()
            instances[ObjectIdentifier(cache)] = provider
            return provider
        }
    }
}

extension KernelModule {
    /// The module of one hand-written kernel (`irText`) from the object cache, or compiled (and
    /// stored) when it misses; `fromCache` says which. The key is `kind:name`, the IR text (which
    /// names the sizes, the CPU and its features), the codegen options, LLVM and the CPU
    /// (`LLVMHost.codeKey`) and Tusk's build. Shared by the row and direct-conv kernel providers.
    static func cached(kind: String, name: String, irText text: String, signature: KernelSignature,
                       options: CodegenOptions, cache: CompileCache?) throws -> (module: KernelModule, fromCache: Bool) {
        let key = cache.map { _ in
            CompileCache.Key(name: kind + ":" + name, components: [
                ("ir", StableHash.hex(text)),
                ("options", options.keyDescription),
                ("code", LLVMHost.codeKey),
                ("tusk", TuskBuild.identity),
            ])
        }
        if let cache, let key, case .hit(let bytes) = cache.lookupArtifact(key),
           let module = try? KernelModule.load(objectFile: bytes, signatures: [signature]) {
            return (module, true)
        }
        let module = try KernelModule.compile(irText: text, signatures: [signature], options: options, moduleName: name)
        if let cache, let key { cache.storeArtifact(module.objectFile, key) }
        return (module, false)
    }
}
