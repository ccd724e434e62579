import Dispatch
import TuskCompiler
import TuskIR
import TuskRuntime

/// The LLVM backend's kernels as a `KernelProvider`: elementwise, movement, reductions,
/// softmax and leaves, as loop kernels over fused regions (`FusionPlan`), all compiled as ONE
/// LLVM module in `prepare`. Contractions and `scatterAdd` are left to the next provider
/// (`BLASKernels` in `LLVMBackend`).
///
/// Buffers: a kernel's output never overlaps its inputs (no in-place hints); reshape, identity
/// casts and permutes and one-operand concats that are materialized are views. With a compile
/// cache, the module's object code is stored and reloaded (`KernelModule.load`), so a warm
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
    /// The compiled module (nil when the graph has no loop kernel).
    public private(set) var module: KernelModule?
    /// True when `prepare` linked object code from the cache instead of running LLVM.
    public private(set) var loadedFromCache = false
    private var compiled: [Int: CompiledKernel] = [:]
    private var calls: [KernelCall] = []

    public init(options: CodegenOptions = CodegenOptions(), fuse: Bool = true, cache: CompileCache? = nil,
                log: (@Sendable (String) -> Void)? = nil) {
        self.options = options
        self.fuse = fuse
        self.cache = cache
        self.log = log
    }

    public var name: String { "llvm" }
    public var optionsDescription: String {
        "fuse=\(fuse),contract=\(options.contractFloatingPoint),exp=\(options.vectorizedExp),width=\(options.vectorWidth),passes=\(options.passPipeline)"
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
        var list: [LoopKernel] = []
        for i in nodes where isKernel(i, context) {
            let members = regions[i] ?? []
            let k = try KernelLowering.kernel(fusing: (members + [i]).map(ValueID.init), in: graph, name: "k\(i)")
            kernels[i] = k
            list.append(k)
        }
        guard !list.isEmpty else { return }
        let key = cacheKey(graph, list)
        if let cache, let key {
            switch cache.lookupArtifact(key) {
            case .hit(let bytes):
                if let m = try? KernelModule.load(objectFile: bytes, signatures: list.map(\.signature)) {
                    log?("llvm object cache: hit \(graph.name) [\(key.digest.prefix(12))]")
                    module = m
                    loadedFromCache = true
                }
            case .miss(let why):
                log?("llvm object cache: miss \(graph.name): \(why)")
            }
        }
        if module == nil {
            let m = try KernelModule.compile(list, options: options, moduleName: graph.name)
            if let cache, let key { cache.storeArtifact(m.objectFile, key) }
            module = m
        }
        for k in module!.kernels { compiled[Int(k.signature.name.dropFirst())!] = k }
    }

    /// The cache key of the module: the optimized graph, the kernels (regions and lowering),
    /// the codegen options, LLVM and the CPU (`LLVMHost.codeKey`), and Tusk's build.
    func cacheKey(_ graph: Graph, _ kernels: [LoopKernel]) -> CompileCache.Key? {
        guard cache != nil else { return nil }
        return CompileCache.Key(name: "llvm:" + graph.name, components: [
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
