import TuskIR

/// A way to execute graphs: the reference interpreter, OpenBLAS, later the LLVM JIT.
///
/// `compile` does all per-graph work once (shape checks, buffer planning, kernel selection);
/// the returned executable is then run many times.
public protocol Backend {
    /// Short name used on the command line (`reference`, `blas`).
    var name: String { get }
    func compile(_ graph: Graph) throws -> any Executable
}

/// A graph compiled for one backend, specialized to the graph's static shapes.
public protocol Executable: AnyObject {
    var graph: Graph { get }
    /// Runs the graph. `bindings` maps every input and parameter name to its value (dtype and
    /// shape must match the graph); the result maps every output name to its value.
    func run(_ bindings: [String: TensorData]) throws -> [String: TensorData]
}
