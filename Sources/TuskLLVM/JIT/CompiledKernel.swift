import Dispatch
import TuskIR
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A callable compiled kernel: the C entry point `int32_t f(void **buffers, int64_t begin,
/// int64_t end)` of a `LoopKernel`, with its signature. Keeps its `KernelModule` (the JIT that
/// owns the code) alive. Calls from several threads at once are safe when their ranges are disjoint.
public struct CompiledKernel: @unchecked Sendable {
    /// The C type of the entry point.
    public typealias Entry = @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>?, Int64, Int64) -> Int32

    public let signature: KernelSignature
    let address: UInt
    let owner: KernelModule

    init(signature: KernelSignature, address: UInt, owner: KernelModule) {
        self.signature = signature
        self.address = address
        self.owner = owner
    }

    /// The entry point (valid while this handle, or its module, is alive).
    public var entry: Entry { unsafeBitCast(address, to: Entry.self) }

    /// Computes the outermost-loop indices `range` (a sub-range of `0 ..< parallelExtent`):
    /// `buffers[k]` is the base address of `signature.arguments[k]`. No allocation, no checks:
    /// the runtime's hot path.
    @inline(__always)
    public func call(_ buffers: UnsafeMutablePointer<UnsafeMutableRawPointer?>, range: Range<Int>) -> KernelStatus {
        KernelStatus(rawValue: entry(buffers, Int64(range.lowerBound), Int64(range.upperBound)))
    }

    /// Runs the whole kernel (or `range` of its outermost loop) on the calling thread; throws
    /// `TuskError.execution` when the kernel reports a failure (a gather index out of range, …).
    public func run(_ buffers: [UnsafeMutableRawPointer], range: Range<Int>? = nil) throws {
        try checkBufferCount(buffers.count)
        var table: [UnsafeMutableRawPointer?] = buffers
        let status = table.withUnsafeMutableBufferPointer { call($0.baseAddress!, range: range ?? 0..<signature.parallelExtent) }
        try check(status)
    }

    /// Runs the whole kernel split into `chunks` contiguous ranges of the outermost loop (default:
    /// one per online core, at most `parallelExtent`) with `DispatchQueue.concurrentPerform`.
    public func runParallel(_ buffers: [UnsafeMutableRawPointer], chunks: Int? = nil) throws {
        try checkBufferCount(buffers.count)
        let extent = signature.parallelExtent
        let n = Swift.max(1, Swift.min(chunks ?? CompiledKernel.cores, extent))
        let table = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: Swift.max(1, buffers.count))
        let statuses = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        defer {
            table.deallocate()
            statuses.deallocate()
        }
        for (k, p) in buffers.enumerated() { table[k] = p }
        statuses.initialize(repeating: 0, count: n)
        let shared = SharedPointers(table: table, statuses: statuses)
        let entry = self.entry
        DispatchQueue.concurrentPerform(iterations: n) { c in
            let lo = extent * c / n, hi = extent * (c + 1) / n
            if lo < hi { shared.statuses[c] = entry(shared.table, Int64(lo), Int64(hi)) }
        }
        var status = KernelStatus()
        for c in 0..<n { status.formUnion(KernelStatus(rawValue: statuses[c])) }
        try check(status)
    }

    /// Runs the kernel on host tensors: allocates the output, copies `inputs` (one per input
    /// argument, of its type) into buffers, and returns the output. For tests and tools; the
    /// runtime passes its arena's addresses to `call`/`runParallel` instead.
    public func run(inputs: [TensorData], parallel: Bool = false) throws -> TensorData {
        let types = signature.arguments
        if inputs.count != types.count - 1 {
            throw TuskError.binding("kernel '\(signature.name)': \(inputs.count) inputs for \(types.count - 1) input buffers")
        }
        for (k, x) in inputs.enumerated() where x.type != types[k + 1] {
            throw TuskError.binding("kernel '\(signature.name)': input \(k + 1) is \(x.type), expected \(types[k + 1])")
        }
        var buffers: [UnsafeMutableRawPointer] = []
        defer { for p in buffers { p.deallocate() } }
        for t in types {
            let p = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(1, t.byteCount), alignment: 64)
            memset(p, 0, Swift.max(1, t.byteCount))
            buffers.append(p)
        }
        for (k, x) in inputs.enumerated() { x.copyBytes(to: buffers[k + 1]) }
        if parallel { try runParallel(buffers) } else { try run(buffers) }
        return TensorData(bytes: buffers[0], type: types[0])
    }

    /// Online cores (at least 1).
    public static let cores: Int = Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    private func checkBufferCount(_ n: Int) throws {
        if n != signature.arguments.count {
            throw TuskError.binding("kernel '\(signature.name)': \(n) buffers for \(signature.arguments.count) arguments")
        }
    }

    private func check(_ status: KernelStatus) throws {
        if !status.isEmpty { throw TuskError.execution("kernel '\(signature.name)': \(status)") }
    }
}

private struct SharedPointers: @unchecked Sendable {
    let table: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    let statuses: UnsafeMutablePointer<Int32>
}

extension TensorData {
    /// Copies the elements, dense row-major in their dtype (bool as one byte 0/1), to `p`.
    func copyBytes(to p: UnsafeMutableRawPointer) {
        func copy<T>(_ a: [T]) { a.withUnsafeBytes { if let base = $0.baseAddress { p.copyMemory(from: base, byteCount: $0.count) } } }
        switch storage {
        case .f32(let a): copy(a)
        case .f64(let a): copy(a)
        case .i32(let a): copy(a)
        case .i64(let a): copy(a)
        case .bool(let a): copy(a.map { UInt8($0 ? 1 : 0) })
        }
    }

    /// Reads a dense row-major tensor of `type` from `p`.
    init(bytes p: UnsafeMutableRawPointer, type: TensorType) {
        let n = type.elementCount
        func read<T>(_: T.Type) -> [T] { Array(UnsafeBufferPointer(start: p.assumingMemoryBound(to: T.self), count: n)) }
        let storage: TensorStorage = switch type.dtype {
        case .f32: .f32(read(Float.self))
        case .f64: .f64(read(Double.self))
        case .i32: .i32(read(Int32.self))
        case .i64: .i64(read(Int64.self))
        case .bool: .bool(read(UInt8.self).map { $0 != 0 })
        }
        self.init(shape: type.shape, storage: storage)
    }
}
