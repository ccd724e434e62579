import TuskIR

/// The reference interpreter as a backend: plain, slow and obviously correct; the oracle every
/// other backend is tested against (DESIGN.md, principle 2).
public struct ReferenceBackend: Backend {
    public var name: String { "reference" }
    /// `.native` computes each value in its own dtype; `.float64` promotes floats to `f64`
    /// (outputs are then `f64`).
    public var precision: InterpreterPrecision

    public init(precision: InterpreterPrecision = .native) {
        self.precision = precision
    }

    /// Verifies the graph; the interpreter does the rest at run time.
    public func compile(_ graph: Graph) throws -> any Executable {
        try graph.verify()
        return ReferenceExecutable(graph: graph, interpreter: Interpreter(precision: precision))
    }
}

/// A graph bound to the reference interpreter. Stateless between runs, so (unlike
/// `BLASExecutable`) it may be run from several threads at once.
public final class ReferenceExecutable: Executable {
    public let graph: Graph
    let interpreter: Interpreter

    init(graph: Graph, interpreter: Interpreter) {
        self.graph = graph
        self.interpreter = interpreter
    }

    public func run(_ bindings: [String: TensorData]) throws -> [String: TensorData] {
        try interpreter.run(graph, bindings)
    }
}
