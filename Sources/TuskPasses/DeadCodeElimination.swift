import TuskIR

/// `dce`: removes every node no graph output depends on.
///
/// Inputs and parameters that become unused are kept by default: they are the graph's interface
/// (callers bind them by name, checkpoints hold the parameters, the optimizer expects a gradient
/// slot for each), and dropping one would make a previously valid binding fail. Set
/// `removeUnusedInterface` to drop them too (e.g. for an inference-only export).
public struct DeadCodeElimination: Pass {
    public var name: String { "dce" }
    /// Also remove inputs and parameters that no output depends on.
    public var removeUnusedInterface: Bool

    public init(removeUnusedInterface: Bool = false) {
        self.removeUnusedInterface = removeUnusedInterface
    }

    public func run(_ graph: Graph) throws -> Graph {
        graph.compacted(keepInterface: !removeUnusedInterface)
    }
}
