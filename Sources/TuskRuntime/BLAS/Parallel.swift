import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A raw pointer that may cross into the worker closures of `parallelFor`.
///
/// The executable guarantees that concurrent workers write disjoint ranges, which the compiler
/// cannot check; this wrapper states it.
struct SendablePointer<T>: @unchecked Sendable {
    let p: UnsafeMutablePointer<T>
    init(_ p: UnsafeMutablePointer<T>) { self.p = p }
}

/// Wraps a non-`Sendable` value (a kernel closure) for `DispatchQueue.concurrentPerform`.
private struct UncheckedSendableBox<T>: @unchecked Sendable {
    let value: T
}

/// The work-split policy of the BLAS backend's own kernels.
///
/// Swift kernels (elementwise, reductions, im2col, col2im, movement) split large work into one
/// chunk per thread of `BLASThreads.current` with `DispatchQueue.concurrentPerform`; OpenBLAS
/// keeps its own thread pool (of that size) for GEMM. The executable runs its steps one after another from the calling thread, so the two
/// never run at the same time and the cores are never oversubscribed; BLAS is called from that one
/// thread (never from inside a `parallelFor` worker), except by the GEMM-tiled attention kernels,
/// whose workers call single-threaded tile GEMMs side by side (`Kernels+AttentionGEMM.swift`).
enum Parallel {
    /// Online cores (at least 1).
    static let cores: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Threads a kernel may use: the pinned BLAS thread count (`BLASThreads`).
    static var threads: Int { BLASThreads.current }

    /// Elements below which a streaming kernel stays on one thread: a dispatch costs a few
    /// microseconds, roughly the time to stream 64 K floats.
    static let minimumElements = 1 << 16
}

/// Runs `body` over `0..<count` split into contiguous chunks, one per thread, when `work` (an
/// estimate in element operations) is at least `Parallel.minimumElements`; otherwise inline.
/// Workers must write disjoint memory.
@inline(__always)
func parallelFor(_ count: Int, work: Int, _ body: (Range<Int>) -> Void) {
    let chunks = min(Parallel.threads, count)
    if chunks <= 1 || work < Parallel.minimumElements {
        if count > 0 { body(0..<count) }
        return
    }
    withoutActuallyEscaping(body) { body in
        let box = UncheckedSendableBox(value: body)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = count * c / chunks, hi = count * (c + 1) / chunks
            if lo < hi { box.value(lo..<hi) }
        }
    }
}
