import ArgumentParser
import TuskRuntime

/// The stage of the compilation pipeline a graph is shown at.
public enum Stage: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// As traced from the DSL (or as written in the file).
    case traced
    /// The joint forward + backward graph (see `GraphDump.autodiff`), unoptimized.
    case autodiff
    /// After `Pipeline.standard` (canonicalize, fold, CSE, DCE).
    case optimized
}

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

    /// The backend object.
    public var backend: any Backend {
        switch self {
        case .reference: ReferenceBackend()
        case .blas: BLASBackend()
        }
    }
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

    /// Pins the thread count (`BLASThreads.configure`) and returns the count in effect.
    @discardableResult
    public func configure() throws -> Int { try BLASThreads.configure(threads) }
}
