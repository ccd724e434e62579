import TuskCompiler
import TuskIR
import TuskRuntime

/// Executes graphs with LLVM-JIT loop kernels over fused regions (`LLVMKernels`) and OpenBLAS
/// for the contractions (`BLASKernels`), in one `ArenaExecutable` over one arena.
///
/// Numerics: elementwise and movement results match the interpreter up to FMA contraction and
/// the inline `exp` (within 2 ulp of glibc; `CodegenOptions`); float sums are blocked and
/// pairwise (Docs/LLVM.md), contractions are the BLAS backend's.
public struct LLVMBackend: Backend {
    public var name: String { "llvm" }
    public var options: CodegenOptions
    /// False: one kernel per node.
    public var fuse: Bool
    /// The contractions' backend (its options too).
    public var blas: BLASBackend
    /// Object-code cache (nil: LLVM runs on every compile).
    public var cache: CompileCache?
    public var log: (@Sendable (String) -> Void)?
    /// LLVM modules compiled at once (nil: the BLAS thread count). Code and results do not depend
    /// on it; the object cache keys do (one entry per module).
    public var compileThreads: Int?
    /// Runs the GEMM-tiled f32 attention forward through compiled row kernels
    /// (`LLVMAttentionRows.shared(cache:)`, whose object code goes into `cache` too) when `blas`
    /// has no row-kernel provider of its own.
    public var attentionRows: Bool = true
    /// Runs the f32 convolutions `blas.directConvolutions` picks through compiled direct kernels
    /// (`LLVMConvKernels.shared(cache:)`, object code into `cache` too) when `blas` has no
    /// convolution-kernel provider of its own; the rest keep im2col/col2im and GEMM.
    public var convolutionKernels: Bool = true

    public init(options: CodegenOptions = CodegenOptions(), fuse: Bool = true, blas: BLASBackend = BLASBackend(),
                cache: CompileCache? = nil, compileThreads: Int? = nil, log: (@Sendable (String) -> Void)? = nil) {
        self.options = options
        self.compileThreads = compileThreads
        self.fuse = fuse
        self.blas = blas
        self.cache = cache
        self.log = log
    }

    public var optionsDescription: String {
        LLVMKernels(options: options, fuse: fuse).optionsDescription + ";" + contractions.optionsDescription
    }

    /// `blas`, with the row-kernel provider when `attentionRows` is set and the convolution-kernel
    /// provider when `convolutionKernels` is set.
    public var contractions: BLASBackend {
        var b = blas
        if attentionRows && b.attentionRows == nil { b.attentionRows = LLVMAttentionRows.shared(cache: cache) }
        if convolutionKernels && b.convolutionKernels == nil { b.convolutionKernels = LLVMConvKernels.shared(cache: cache) }
        return b
    }

    public func compile(_ graph: Graph, resources: ExecutionResources) throws -> any Executable {
        try compileLLVM(graph, resources: resources).executable
    }

    /// `compile` with the concrete executable and the LLVM provider (its regions, kernels and module).
    public func compileLLVM(_ graph: Graph, resources: ExecutionResources = ExecutionResources()) throws
        -> (executable: ArenaExecutable, kernels: LLVMKernels) {
        let llvm = LLVMKernels(options: options, fuse: fuse, cache: cache, compileThreads: compileThreads, log: log)
        let executable = try ArenaExecutable(graph: graph, providers: [llvm, contractions.kernels], resources: resources)
        return (executable, llvm)
    }
}
