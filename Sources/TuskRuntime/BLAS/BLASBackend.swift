import TuskIR

/// Executes graphs on the CPU with OpenBLAS GEMMs (matmul and every convolution, through
/// im2col/col2im — or, with a `convolutionKernels` provider, compiled direct kernels for the
/// convolutions `directConvolutions` picks) and vectorized Swift kernels for the rest.
///
/// `compile` verifies the graph, plans one arena (see `ArenaExecutable`), computes constants and
/// resolves every kernel's pointers and loop plans; `execute` then only calls the kernels.
///
/// Dtypes: `f32` is the fast path; `f64` runs through `cblas_dgemm` and the same kernels;
/// integer and bool values (indices, masks, compares, select, casts) run through generic kernels.
/// Every `Op` lowers (`Op+Lower.swift`).
///
/// Threads: kernels run one after another on the calling thread. OpenBLAS threads each GEMM
/// with its own pool (default: one thread per core); the Swift kernels split large loops over the
/// cores with `DispatchQueue.concurrentPerform` between GEMMs. BLAS is called from two threads at
/// once only by the GEMM-tiled attention kernels, whose tile GEMMs are below OpenBLAS's threading
/// threshold (each runs on its calling thread), so the cores are not oversubscribed.
///
/// Numerics: results differ from the reference interpreter only by summation order (GEMM
/// blocking, SIMD partial sums in reductions), and by the last ulp of `exp`/`tanh`-style functions
/// where the formula is written differently.
public struct BLASBackend: Backend {
    public var name: String { "blas" }

    /// Bytes the im2col/col2im column buffer of one convolution may take: larger problems run
    /// in tiles of grid positions (one GEMM per tile), bounding scratch memory.
    public var convolutionTileBytes: Int

    /// How `conv` is turned into GEMMs.
    public var convolutionAlgorithm: ConvolutionAlgorithm

    /// Which kernels run the fused attention ops.
    public var attentionKernel: AttentionKernel

    /// Compiles the row kernels of the GEMM-tiled f32 attention forward (TuskLLVM's
    /// `LLVMAttentionRows`; `LLVMBackend` sets it); nil: the Swift online softmax.
    public var attentionRows: (any AttentionRowKernelProvider)?

    /// Compiles direct convolution kernels (TuskLLVM's `LLVMConvKernels`; `LLVMBackend` sets it);
    /// nil: every convolution runs through im2col/col2im and GEMM.
    public var convolutionKernels: (any ConvolutionKernelProvider)?

    /// Which f32 convolutions run a direct kernel when `convolutionKernels` is set.
    public var directConvolutions: DirectConvolutionPolicy = .automatic

    /// Tests only: the exact number of workers of the GEMM-tiled attention kernels (capped by
    /// their work items) instead of the thread count — to check that the results do not depend on it.
    var attentionWorkers: Int?

    public init(convolutionTileBytes: Int = 16 << 20, convolutionAlgorithm: ConvolutionAlgorithm = .automatic,
                attentionKernel: AttentionKernel = .automatic) {
        self.convolutionTileBytes = max(1, convolutionTileBytes)
        self.convolutionAlgorithm = convolutionAlgorithm
        self.attentionKernel = attentionKernel
    }

    public var optionsDescription: String { kernels.optionsDescription }

    /// The kernel provider behind this backend (to combine with others in one `ArenaExecutable`).
    public var kernels: BLASKernels {
        BLASKernels(options: LoweringOptions(tileBytes: convolutionTileBytes, algorithm: convolutionAlgorithm,
                                             attentionKernel: attentionKernel, attentionWorkers: attentionWorkers,
                                             attentionRows: attentionRows, convolutionKernels: convolutionKernels,
                                             directConvolutions: directConvolutions))
    }

    public func compile(_ graph: Graph, resources: ExecutionResources) throws -> any Executable {
        try ArenaExecutable(graph: graph, providers: [kernels], resources: resources)
    }

    /// `compile` with the concrete executable type (arena size, `profile`, schedule).
    public func compileBLAS(_ graph: Graph, resources: ExecutionResources = ExecutionResources()) throws -> ArenaExecutable {
        try ArenaExecutable(graph: graph, providers: [kernels], resources: resources)
    }
}

/// The BLAS backend's kernels as a `KernelProvider`: every op (`Op+Lower.swift`).
public struct BLASKernels: KernelProvider {
    let options: LoweringOptions
    public var name: String { "blas" }
    public var optionsDescription: String {
        "tile=\(options.tileBytes),conv=\(options.algorithm)"
            + (options.attentionKernel == .automatic ? "" : ",attention=\(options.attentionKernel)")
            + (options.attentionRows.map { ",attention-rows=\($0.name)" } ?? "")
            + (options.convolutionKernels.map { ",conv-kernels=\($0.name):\(options.directConvolutions)" } ?? "")
    }
    public func handles(node i: Int, graph: Graph) -> Bool { true }
    /// Compiles the direct convolution kernels of every convolution node at once (the provider
    /// may run them concurrently), before the memory plan asks for them one by one.
    public func warmUp(graph: Graph, owned: [Bool]) throws {
        guard let provider = options.convolutionKernels else { return }
        var problems: [DirectConvProblem] = []
        for (i, node) in graph.nodes.enumerated() where owned[i] {
            if let p = node.op.directConvProblem(node: node, graph: graph, options: options), !problems.contains(p) {
                problems.append(p)
            }
        }
        if !problems.isEmpty { try provider.prepareKernels(problems) }
    }
    public func bufferHints(node i: Int, graph: Graph) -> BufferHints {
        graph.nodes[i].op.bufferHints(node: i, graph: graph, options: options)
    }
    public func lower(node i: Int, _ context: ArenaContext) throws -> Kernel? {
        try context.graph.nodes[i].op.lower(node: i, LoweringContext(arena: context, options: options))
    }
}

/// What a BLAS lowering sees: the arena context plus the backend's options.
struct LoweringContext {
    let arena: ArenaContext
    let options: LoweringOptions
    var graph: Graph { arena.graph }
    var plan: MemoryPlan { arena.plan }
    var tileBytes: Int { options.tileBytes }

    func node(_ i: Int) -> Node { arena.node(i) }
    func type(_ v: ValueID) -> TensorType { arena.type(v) }
    /// Storage of value `v`.
    func pointer<T>(_ v: Int, _: T.Type) -> UnsafeMutablePointer<T> { arena.pointer(v, T.self) }
    /// Storage of operand `k` of node `i`.
    func operand<T>(_ i: Int, _ k: Int, _: T.Type) -> UnsafeMutablePointer<T> { arena.operand(i, k, T.self) }
    func result<T>(_ i: Int, _: T.Type) -> UnsafeMutablePointer<T> { arena.result(i, T.self) }
    func scratch<T>(_ i: Int, _: T.Type) -> UnsafeMutablePointer<T> { arena.scratch(i, T.self) }
}

/// The GEMM formulation of forward convolutions.
public enum ConvolutionAlgorithm: Sendable, Hashable, CustomStringConvertible {
    public var description: String {
        switch self { case .automatic: "automatic"; case .im2col: "im2col"; case .depthSlices: "depth-slices" }
    }
    /// Depth slices where the kernel overlaps along the outermost spatial axis and the slice
    /// GEMMs are large (see `depthSlices`), im2col otherwise.
    case automatic
    /// im2col of every grid tile, then one GEMM per tile.
    case im2col
    /// im2col of each input slice along the outermost spatial axis, reused by every kernel
    /// offset along that axis (falls back to im2col with a single spatial axis).
    case depthSlices
}

/// The kernels of the fused attention ops (`scaled_dot_product_attention` and its backward).
public enum AttentionKernel: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    public var description: String { rawValue }
    /// `gemmTiles` for the backward op always and for the forward op from
    /// `gemmMinimumKeyTokens` keys or head width `gemmMinimumWidth`; `rows` for the forward of
    /// short, narrow attentions (Walrus-tiny's time attention, T ≤ 16 keys of width 16), whose
    /// GEMM tiles are too small to pay for a BLAS call (`TuskBenchmarks attention`). The two ops
    /// only share the packed output and log-sum-exp, so they may run different kernels.
    case automatic
    /// Row-wise flash attention in vectorized Swift (`Kernels+Attention.swift`): one query row
    /// at a time against a transposed key tile; no BLAS call.
    case rows
    /// Flash attention over query × key tiles whose products are single-threaded OpenBLAS GEMMs,
    /// the cores splitting the tiles (`Kernels+AttentionGEMM.swift`).
    case gemmTiles = "gemm-tiles"

    /// The smallest key axis whose forward `automatic` runs through GEMM tiles.
    public static let gemmMinimumKeyTokens = 32
    /// The smallest head width (of q and k, or of v) whose forward `automatic` runs through GEMM tiles.
    public static let gemmMinimumWidth = 32

    /// Whether a node with `keyTokens` keys of head width `width` (the larger of q's and v's)
    /// runs the GEMM-tiled kernels.
    func usesGEMMTiles(keyTokens: Int, width: Int, backward: Bool) -> Bool {
        switch self {
        case .automatic: backward || keyTokens >= Self.gemmMinimumKeyTokens || width >= Self.gemmMinimumWidth
        case .rows: false
        case .gemmTiles: true
        }
    }
}

/// Compile-time knobs of the lowering.
struct LoweringOptions {
    var tileBytes: Int
    var algorithm: ConvolutionAlgorithm
    var attentionKernel: AttentionKernel = .automatic
    var attentionWorkers: Int?
    var attentionRows: (any AttentionRowKernelProvider)?
    var convolutionKernels: (any ConvolutionKernelProvider)?
    var directConvolutions: DirectConvolutionPolicy = .automatic
}

extension BLASBackend {
    /// How each convolution node of `graph` runs with these options, in node order: `direct
    /// <provider>` (a compiled direct kernel, with its problem), `im2col + gemm`, `gemm + col2im`
    /// (the transposed conv), `depth slices + gemm`, or `gemm (pointwise)`. For reports and tests;
    /// the lowering makes the same choice. Asks the kernel provider (so it may compile kernels).
    public func convolutionPaths(_ graph: Graph) throws -> [(node: Int, op: String, path: String)] {
        let options = kernels.options
        var paths: [(node: Int, op: String, path: String)] = []
        for (i, node) in graph.nodes.enumerated() {
            let op = node.op
            let path: String
            switch op {
            case .conv(let a), .convTranspose(let a), .convFilterGradient(let a, _):
                if let d = try op.directConv(node: node, graph: graph, options: options) {
                    path = "direct \(options.convolutionKernels!.name): \(d.problem)"
                    break
                }
                let g = op.convGeometry(node: node, graph: graph, attrs: a, tileBytes: options.tileBytes)
                if case .convTranspose = op {
                    path = "gemm + col2im"
                } else if g.isPointwise {
                    path = "gemm (pointwise)"
                } else if case .conv = op, op.slicedConv(g, cOut: node.type.shape[1], options.algorithm) != nil {
                    path = "depth slices + gemm"
                } else {
                    path = "im2col + gemm"
                }
            default:
                continue
            }
            paths.append((i, op.name, path))
        }
        return paths
    }
}
