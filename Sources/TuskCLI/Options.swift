import ArgumentParser
import Foundation
import TuskCompiler
import TuskRuntime
import TuskLLVM

/// The stage of the compilation pipeline a graph is shown at: the driver's stages.
public typealias Stage = CompileStage

extension CompileStage: ExpressibleByArgument {}

/// How a graph is printed.
public enum GraphFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// The SSA text form; parses back into the same graph.
    case text
    /// Graphviz DOT (render with `dot -Tsvg`).
    case dot

    /// The file extension used for dumps in this format.
    public var fileExtension: String { self == .text ? "txt" : "dot" }
}

/// The execution backends a graph can run on.
public enum BackendChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// The reference interpreter: slow, plain loops, the semantic definition of every op.
    case reference
    /// OpenBLAS for matmuls and convolutions, vectorized Swift kernels for the rest.
    case blas
    /// LLVM-JIT loop kernels over fused regions, OpenBLAS for the contractions; object code
    /// cached on disk with the compile cache.
    case llvm

    /// The default of the commands that train or roll out (`tusk train`, `rollout`, `demo`):
    /// the LLVM backend, measured faster than BLAS side by side with the official model on every
    /// training workload (Docs/PERFORMANCE.md). The graph commands (`run`, `dump`, the interop
    /// commands) keep BLAS, which compiles in a fraction of the time for a one-off evaluation.
    public static let trainingDefault: BackendChoice = .llvm

    /// The backend object.
    public var backend: any Backend {
        switch self {
        case .reference: ReferenceBackend()
        case .blas: BLASBackend()
        case .llvm: LLVMBackend(cache: CompileCache.shared, log: CompileLog.standardError)
        }
    }

    /// The compile driver every command compiles through, with this backend. `TUSK_VERBOSE=1`
    /// prints compile-cache hits and misses (with the reason) to standard error.
    public func driver(optimize: Bool = true) -> CompileDriver {
        CompileDriver(backend: backend, optimize: optimize, log: CompileLog.standardError)
    }
}

/// Verbose output of the compile driver.
public enum CompileLog {
    /// Writes to standard error when `TUSK_VERBOSE` is set (and not `0`).
    public static let standardError: (@Sendable (String) -> Void)? = {
        guard let v = ProcessInfo.processInfo.environment["TUSK_VERBOSE"], !v.isEmpty, v != "0" else { return nil }
        return { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }()
}

/// `--threads N` of the commands that compute: the BLAS backend's thread count (OpenBLAS's pool
/// and the backend's own kernels), pinned before anything runs. Default: `TUSK_NUM_THREADS`, else
/// every online core (`BLASThreads`).
public struct ThreadOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Threads of the BLAS backend (default: $TUSK_NUM_THREADS, else all cores).", valueName: "n"))
    public var threads: Int?

    public init() {}

    public func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    /// Pins the thread count (`BLASThreads.configure`) and returns the count in effect. Also
    /// checks `TUSK_FUSE_ATTENTION` (auto, all or off), so a typo fails at startup with the
    /// variable's name instead of silently falling back to the default.
    @discardableResult
    public func configure() throws -> Int {
        _ = try CompileDriver.AttentionFusion.parse(ProcessInfo.processInfo.environment[CompileDriver.attentionFusionVariable])
        return try BLASThreads.configure(threads)
    }
}
