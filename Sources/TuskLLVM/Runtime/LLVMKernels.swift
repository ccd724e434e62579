import Dispatch
import Foundation
import TuskCompiler
import TuskIR
import TuskRuntime

/// The LLVM backend's kernels as a `KernelProvider`: elementwise, movement, reductions,
/// softmax and leaves, as loop kernels over fused regions (`FusionPlan`), compiled in `prepare`:
/// each distinct kernel once, in up to `compileThreads` LLVM modules built concurrently. Contractions and `scatterAdd` are left to the next provider
/// (`BLASKernels` in `LLVMBackend`).
///
/// Buffers: a kernel's output never overlaps its inputs (no in-place hints); reshape, identity
/// casts and permutes and one-operand concats that are materialized are views. With a compile
/// cache, each module's object code is stored and reloaded (`KernelModule.load`), so a warm
/// compile runs no LLVM pass.
///
/// One instance per executable (it keeps the plan and the module of the graph it prepared).
public final class LLVMKernels: KernelProvider, @unchecked Sendable {
    public let options: CodegenOptions
    /// False: one kernel per node (no fusion).
    public let fuse: Bool
    /// Where object code is cached (nil: always compile).
    public let cache: CompileCache?
    /// Receives one line per cache hit or miss.
    public let log: (@Sendable (String) -> Void)?

    /// The regions of the graph seen by `regions` (nil before).
    public private(set) var plan: FusionPlan?
    /// The loop kernels compiled in `prepare`, by root node.
    public private(set) var kernels: [Int: LoopKernel] = [:]
    /// The compiled modules (empty when the graph has no loop kernel): the distinct kernels split
    /// into up to `compileThreads` parts, compiled concurrently.
    public private(set) var modules: [KernelModule] = []
    /// The optimized LLVM IR of every module, in order (nil when there is none or when every
    /// module was loaded from the object cache, which keeps no IR).
    public var optimizedIR: String? {
        let text = modules.map(\.optimizedIR).filter { !$0.isEmpty }
        return text.isEmpty ? nil : text.joined(separator: "\n")
    }
    /// How many distinct kernels were compiled (nodes computing the same kernel on buffers of the
    /// same types share one symbol).
    public private(set) var uniqueKernelCount = 0
    /// How many LLVM modules `prepare` may compile at once (default: the BLAS thread count).
    public let compileThreads: Int
    /// True when `prepare` linked object code from the cache instead of running LLVM.
    public private(set) var loadedFromCache = false
    private var compiled: [Int: CompiledKernel] = [:]
    private var calls: [KernelCall] = []

    public init(options: CodegenOptions = CodegenOptions(), fuse: Bool = true, cache: CompileCache? = nil,
                compileThreads: Int? = nil, log: (@Sendable (String) -> Void)? = nil) {
        self.options = options
        self.compileThreads = max(1, compileThreads ?? BLASThreads.current)
        self.fuse = fuse
        self.cache = cache
        self.log = log
    }

    public var name: String { "llvm" }
    public var optionsDescription: String {
        "fuse=\(fuse)," + options.keyDescription
    }

    public func handles(node i: Int, graph: Graph) -> Bool { graph.nodes[i].op.isLoopKernelOp }

    public func regions(graph: Graph, owned: [Bool]) -> [Int: [Int]] {
        let p = FusionPlan(graph: graph, owned: owned, fuse: fuse)
        plan = p
        return p.regions.filter { !$0.value.isEmpty }
    }

    public func bufferHints(node i: Int, graph: Graph) -> BufferHints {
        FusionPlan.isView(graph.nodes[i], graph) ? BufferHints(viewOf: 0) : BufferHints()
    }

    public func prepare(_ context: ArenaContext, nodes: [Int]) throws {
        let graph = context.graph
        let regions = plan?.regions ?? [:]
        // Kernels that compute the same thing on buffers of the same types (the blocks of a
        // model, a forward op and its recomputation in the backward) are compiled once: the
        // ABI passes buffers at run time, so one symbol serves every such node.
        var unique: [LoopKernel] = []
        var symbolOf: [Int: String] = [:]
        var byShape: [LoopKernel: String] = [:]
        for i in nodes where isKernel(i, context) {
            let members = regions[i] ?? []
            let k = try KernelLowering.kernel(fusing: (members + [i]).map(ValueID.init), in: graph, name: "k\(i)")
            kernels[i] = k
            let canonical = k.canonicalForm
            if let name = byShape[canonical] {
                symbolOf[i] = name
            } else {
                byShape[canonical] = k.name
                symbolOf[i] = k.name
                unique.append(k)
            }
        }
        uniqueKernelCount = unique.count
        guard !unique.isEmpty else { return }
        let parts = Self.partition(unique, parts: compileThreads)
        var loaded: [KernelModule?] = Array(repeating: nil, count: parts.count)
        var keys: [CompileCache.Key?] = parts.indices.map { cacheKey(graph, parts[$0], part: $0, of: parts.count) }
        if let cache {
            for p in parts.indices {
                guard let key = keys[p] else { continue }
                switch cache.lookupArtifact(key) {
                case .hit(let bytes):
                    if let m = try? KernelModule.load(objectFile: bytes, signatures: parts[p].map(\.signature)) {
                        log?("llvm object cache: hit \(graph.name)\(Self.partLabel(p, parts.count)) [\(key.digest.prefix(12))]")
                        loaded[p] = m
                    }
                case .miss(let why):
                    log?("llvm object cache: miss \(graph.name)\(Self.partLabel(p, parts.count)): \(why)")
                }
            }
        } else {
            keys = keys.map { _ in nil }
        }
        loadedFromCache = loaded.allSatisfy { $0 != nil }
        // The parts that missed compile concurrently: each part is its own LLVM context and module.
        let missing = parts.indices.filter { loaded[$0] == nil }
        let results = ConcurrentResults<KernelModule>(count: parts.count)
        let options = self.options
        DispatchQueue.concurrentPerform(iterations: missing.count) { j in
            let p = missing[j]
            results.set(p, Result { try KernelModule.compile(parts[p], options: options,
                                                             moduleName: graph.name + Self.partLabel(p, parts.count)) })
        }
        for p in missing {
            let m = try results.get(p)
            if let cache, let key = keys[p] { cache.storeArtifact(m.objectFile, key) }
            loaded[p] = m
        }
        modules = loaded.map { $0! }
        var byName: [String: CompiledKernel] = [:]
        for m in modules { for k in m.kernels { byName[k.signature.name] = k } }
        for (i, name) in symbolOf { compiled[i] = byName[name]! }
    }

    /// Splits `kernels` into at most `parts` contiguous runs of about equal size (by the length
    /// of their text, a proxy for LLVM's work); deterministic, so cache keys are stable.
    static func partition(_ kernels: [LoopKernel], parts: Int) -> [[LoopKernel]] {
        let n = min(max(1, parts), max(1, kernels.count / minimumKernelsPerPart))
        guard n > 1 else { return [kernels] }
        let sizes = kernels.map { $0.description.utf8.count }
        let total = sizes.reduce(0, +)
        var result: [[LoopKernel]] = [[]]
        var acc = 0
        for (k, kernel) in kernels.enumerated() {
            if result.count < n && acc >= total * result.count / n && !result[result.count - 1].isEmpty {
                result.append([])
            }
            result[result.count - 1].append(kernel)
            acc += sizes[k]
        }
        return result
    }

    /// Fewer kernels than this per part are not worth a second LLVM context.
    static let minimumKernelsPerPart = 16

    static func partLabel(_ p: Int, _ count: Int) -> String { count == 1 ? "" : ".part\(p)" }

    /// The cache key of the module: the optimized graph, the kernels (regions and lowering),
    /// the codegen options, LLVM and the CPU (`LLVMHost.codeKey`), and Tusk's build.
    func cacheKey(_ graph: Graph, _ kernels: [LoopKernel], part: Int = 0, of parts: Int = 1) -> CompileCache.Key? {
        guard cache != nil else { return nil }
        return CompileCache.Key(name: "llvm:" + graph.name + Self.partLabel(part, parts), components: [
            ("graph", StableHash.hex(graph.text)),
            ("kernels", StableHash.hex(kernels.map(\.description).joined(separator: "\n"))),
            ("options", optionsDescription),
            ("code", LLVMHost.codeKey),
            ("tusk", TuskBuild.identity),
        ])
    }

    /// True when node `i` runs a loop kernel (not a leaf, a view or an empty result).
    private func isKernel(_ i: Int, _ context: ArenaContext) -> Bool {
        let node = context.node(i)
        if node.op.isLeaf || context.isAliased(i) || node.type.elementCount == 0 { return false }
        return plan.map { $0.regions[i] != nil } ?? true
    }

    public func lower(node i: Int, _ context: ArenaContext) throws -> Kernel? {
        let node = context.node(i)
        switch node.op {
        case .input, .parameter:
            return nil
        case .fill, .iota, .literal:
            // A materialized constant: written into its slot once.
            let value = try Interpreter().evaluate(node.op, [], type: node.type)
            value.copyBytes(to: context.address(i))
            return nil
        default:
            break
        }
        guard let k = compiled[i], let lk = kernels[i] else { return nil }
        let call = KernelCall(k, buffers: lk.arguments.map { context.address($0.value!.index) },
                              work: lk.arguments.reduce(0) { $0 + $1.type.elementCount },
                              label: "\(node.op.name) (node %\(i))")
        calls.append(call)
        return { try call.run() }
    }
}

/// One prepared kernel invocation: the buffer table and status slots are allocated once, so
/// a run allocates nothing. Large kernels split their parallel index over the BLAS backend's
/// thread count (`BLASThreads.current`, one contiguous chunk per thread).
final class KernelCall: @unchecked Sendable {
    let kernel: CompiledKernel
    let table: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    let statuses: UnsafeMutablePointer<Int32>
    let chunks: Int
    let label: String

    /// Elements touched (output + inputs) below which a kernel runs on the calling thread.
    static let parallelThreshold = 1 << 15

    init(_ kernel: CompiledKernel, buffers: [UnsafeMutableRawPointer], work: Int, label: String) {
        self.kernel = kernel
        self.label = label
        table = .allocate(capacity: max(1, buffers.count))
        for (j, p) in buffers.enumerated() { table[j] = p }
        let extent = kernel.signature.parallelExtent
        chunks = work < Self.parallelThreshold ? 1 : max(1, min(BLASThreads.current, extent))
        statuses = .allocate(capacity: chunks)
        statuses.initialize(repeating: 0, count: chunks)
    }

    deinit {
        table.deallocate()
        statuses.deallocate()
    }

    func run() throws {
        let extent = kernel.signature.parallelExtent
        var status: KernelStatus
        if chunks == 1 {
            status = kernel.call(table, range: 0..<extent)
        } else {
            let n = chunks, entry = kernel.entry, table = self.table, statuses = self.statuses
            let shared = Shared(table: table, statuses: statuses)
            DispatchQueue.concurrentPerform(iterations: n) { c in
                let lo = extent * c / n, hi = extent * (c + 1) / n
                shared.statuses[c] = lo < hi ? entry(shared.table, Int64(lo), Int64(hi)) : 0
            }
            status = KernelStatus()
            for c in 0..<n { status.formUnion(KernelStatus(rawValue: statuses[c])) }
        }
        if !status.isEmpty { throw TuskError.execution("\(label): \(status)") }
    }

    private struct Shared: @unchecked Sendable {
        let table: UnsafeMutablePointer<UnsafeMutableRawPointer?>
        let statuses: UnsafeMutablePointer<Int32>
    }
}

/// One result slot per concurrent iteration (each slot written by exactly one iteration).
final class ConcurrentResults<T>: @unchecked Sendable {
    private var slots: [Result<T, any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Result<T, any Error>) {
        lock.lock(); defer { lock.unlock() }
        slots[i] = r
    }

    func get(_ i: Int) throws -> T {
        lock.lock(); let r = slots[i]; lock.unlock()
        return try r!.get()
    }
}
