import TuskIR

/// Executes graphs on the CPU with OpenBLAS GEMMs (matmul and every convolution, through
/// im2col/col2im) and vectorized Swift kernels for the rest.
///
/// `compile` verifies the graph, plans one arena (see `BLASExecutable`), computes constants and
/// resolves every kernel's pointers and loop plans; `run` then only copies bindings in, calls the
/// kernels and copies outputs out.
///
/// Dtypes: `f32` is the fast path; `f64` runs through `cblas_dgemm` and the same kernels;
/// integer and bool values (indices, masks, compares, select, casts) run through generic kernels.
/// Every `Op` lowers (`Op+Lower.swift`).
///
/// Threads: kernels run one after another on the calling thread. OpenBLAS threads each GEMM
/// with its own pool (default: one thread per core); the Swift kernels split large loops over the
/// cores with `DispatchQueue.concurrentPerform` between GEMMs. BLAS is never called from two
/// threads at once, so the cores are not oversubscribed.
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

    public init(convolutionTileBytes: Int = 16 << 20, convolutionAlgorithm: ConvolutionAlgorithm = .automatic) {
        self.convolutionTileBytes = max(1, convolutionTileBytes)
        self.convolutionAlgorithm = convolutionAlgorithm
    }

    public func compile(_ graph: Graph) throws -> any Executable {
        try compileBLAS(graph)
    }

    /// `compile` with the concrete executable type (arena size, `bind`/`execute`).
    public func compileBLAS(_ graph: Graph) throws -> BLASExecutable {
        try graph.verify()
        let options = LoweringOptions(tileBytes: convolutionTileBytes, algorithm: convolutionAlgorithm)
        let plan = MemoryPlan(graph: graph) { i in graph.nodes[i].op.bufferHints(node: i, graph: graph, options: options) }
        let arena = UnsafeMutableRawPointer.allocate(byteCount: max(plan.arenaBytes, MemoryPlan.alignment),
                                                     alignment: MemoryPlan.alignment)
        arena.initializeMemory(as: UInt8.self, repeating: 0, count: max(plan.arenaBytes, MemoryPlan.alignment))
        do {
            let context = LoweringContext(graph: graph, arena: arena, plan: plan, options: options)
            var steps: [Step] = []
            for i in graph.nodes.indices where plan.needed[i] {
                if let kernel = try graph.nodes[i].op.lower(node: i, context) {
                    steps.append(Step(node: i, run: kernel))
                }
            }
            return BLASExecutable(graph: graph, arena: arena, plan: plan, steps: steps)
        } catch {
            arena.deallocate()
            throw error
        }
    }
}

/// What a lowering sees: the graph and where each value lives.
struct LoweringContext {
    let graph: Graph
    let arena: UnsafeMutableRawPointer
    let plan: MemoryPlan
    let options: LoweringOptions
    var tileBytes: Int { options.tileBytes }

    func node(_ i: Int) -> Node { graph.nodes[i] }
    func type(_ v: ValueID) -> TensorType { graph.type(of: v) }
    /// Storage of value `v`.
    func pointer<T>(_ v: Int, _: T.Type) -> UnsafeMutablePointer<T> {
        (arena + plan.offsets[v]!).assumingMemoryBound(to: T.self)
    }
    /// Storage of operand `k` of node `i`.
    func operand<T>(_ i: Int, _ k: Int, _: T.Type) -> UnsafeMutablePointer<T> {
        pointer(graph.nodes[i].operands[k].index, T.self)
    }
    func result<T>(_ i: Int, _: T.Type) -> UnsafeMutablePointer<T> { pointer(i, T.self) }
    func scratch<T>(_ i: Int, _: T.Type) -> UnsafeMutablePointer<T> {
        (arena + plan.scratchOffsets[i]!).assumingMemoryBound(to: T.self)
    }
}

/// The GEMM formulation of forward convolutions.
public enum ConvolutionAlgorithm: Sendable, Hashable {
    /// Depth slices where the kernel overlaps along the outermost spatial axis and the slice
    /// GEMMs are large (see `depthSlices`), im2col otherwise.
    case automatic
    /// im2col of every grid tile, then one GEMM per tile.
    case im2col
    /// im2col of each input slice along the outermost spatial axis, reused by every kernel
    /// offset along that axis (falls back to im2col with a single spatial axis).
    case depthSlices
}

/// Compile-time knobs of the lowering.
struct LoweringOptions {
    var tileBytes: Int
    var algorithm: ConvolutionAlgorithm
}
