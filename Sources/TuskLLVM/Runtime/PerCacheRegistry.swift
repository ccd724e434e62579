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
