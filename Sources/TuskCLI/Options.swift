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
