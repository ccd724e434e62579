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

    public var optionsDescription: String { "precision=\(precision)" }

    /// Verifies the graph and refuses one whose values cannot fit in the machine's memory
    /// (the naive schedule's peak, which is what the interpreter holds at once, f64 in the
    /// `.float64` precision); the interpreter does the rest at run time.
    public func compile(_ graph: Graph, resources: ExecutionResources) throws -> any Executable {
        try graph.verify()
        let peak = try graph.naivePeakLiveBytes
        try MachineMemory.check(precision == .native ? peak : (SizeArithmetic.multiply(peak, 2) ?? Int.max),
                                for: "graph '\(graph.name)' on the reference interpreter")
        return ReferenceExecutable(graph: graph, interpreter: Interpreter(precision: precision), state: resources.state)
    }
}

/// A graph bound to the reference interpreter. Resident values are read from (and outputs of
/// the same name written back to) the `ResidentState` on every `execute`; `run` is stateless,
/// so it may be called from several threads at once when there is no resident state.
public final class ReferenceExecutable: Executable {
    public let graph: Graph
    let interpreter: Interpreter
    let state: ResidentState?
    private var bindings: [String: TensorData] = [:]
    private var outputs: [String: TensorData] = [:]
    private let types: [String: TensorType]

    init(graph: Graph, interpreter: Interpreter, state: ResidentState?) {
        self.graph = graph
        self.interpreter = interpreter
        self.state = state
        types = Dictionary((graph.inputs + graph.parameters).map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    }

    public func bind(_ values: [String: TensorData]) throws {
        for (name, value) in values {
            guard let type = types[name] else { continue }
            guard value.type == type else { throw TuskError.binding("'\(name)' expects \(type), got \(value.type)") }
            if let state, state.contains(name) { try state.set(name, value) } else { bindings[name] = value }
        }
    }

    public func execute() throws {
        var all = bindings
        if let state {
            for name in types.keys where state.contains(name) { all[name] = try state.value(name) }
        }
        outputs = try interpreter.run(graph, all)
        if let state {
            for (name, value) in outputs where state.contains(name) { try state.set(name, value) }
        }
    }

    public func output(_ name: String) throws -> TensorData {
        guard let v = outputs[name] else {
            throw TuskError.binding(graph.output(named: name) == nil ? "no output named '\(name)'" : "output '\(name)' read before execute")
        }
        return v
    }

    /// Runs the interpreter on `bindings` alone (stateless; the `Executable` contract).
    public func run(_ bindings: [String: TensorData]) throws -> [String: TensorData] {
        guard state == nil else {
            try bind(bindings)
            try execute()
            return outputs
        }
        return try interpreter.run(graph, bindings)
    }
}
