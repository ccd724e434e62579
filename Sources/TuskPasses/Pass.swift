import TuskIR

/// A graph-to-graph transformation with a stable name.
///
/// Passes are values: `run` must not mutate shared state, must return a graph that verifies
/// whenever its input verifies, and must preserve the graph's meaning as defined by the reference
/// interpreter (same outputs, by name, for every binding of inputs and parameters). The name is
/// what `Pipeline.pass(named:)`, `tusk dump --dump-after NAME` and the instruments use.
public protocol Pass: Sendable {
    /// The pass's registry name (`cse`, `dce`, …): lowercase, no spaces.
    var name: String { get }
    /// Transforms `graph`. Throws a `TuskError` only on input the pass cannot handle.
    func run(_ graph: Graph) throws -> Graph
}
