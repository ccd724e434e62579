import TuskIR

/// What executables may share with each other and with their caller (see `ResidentState`,
/// `Workspace`). The default shares nothing: every value lives in the executable's own arena.
public struct ExecutionResources {
    /// Inputs, parameters and outputs whose names it holds live there, across runs and
    /// executables (parameters and optimizer state of a training run).
    public var state: ResidentState?
    /// Transient memory shared with other executables that never run at the same time.
    public var workspace: Workspace?

    public init(state: ResidentState? = nil, workspace: Workspace? = nil) {
        self.state = state
        self.workspace = workspace
    }
}

/// A way to execute graphs: the reference interpreter, OpenBLAS, later the LLVM JIT.
///
/// `compile` does all per-graph work once (shape checks, buffer planning, kernel selection);
/// the returned executable is then run many times.
public protocol Backend {
    /// Short name used on the command line (`reference`, `blas`).
    var name: String { get }
    /// The options that change what `compile` produces, as a stable string (part of compile
    /// cache keys).
    var optionsDescription: String { get }
    /// Compiles `graph`, placing resident values and transient memory in `resources`.
    func compile(_ graph: Graph, resources: ExecutionResources) throws -> any Executable
}

extension Backend {
    public var optionsDescription: String { "" }

    /// Compiles `graph` with nothing shared.
    public func compile(_ graph: Graph) throws -> any Executable {
        try compile(graph, resources: ExecutionResources())
    }
}

/// A graph compiled for one backend, specialized to the graph's static shapes.
///
/// The protocol is bind / execute / read: `bind` copies values into the executable's input
/// slots, where they stay until rebound; `execute` runs on what is bound (and on the resident
/// state it was compiled with); `output` reads a result of the last `execute`. `run` does all
/// three for one-off use.
public protocol Executable: AnyObject {
    var graph: Graph { get }
    /// Copies the given values into their input/parameter slots (resident names into the
    /// resident state). Unknown names are ignored; a wrong dtype or shape throws `TuskError.binding`.
    func bind(_ bindings: [String: TensorData]) throws
    /// Runs the graph on the values bound. Every input and parameter must have been bound at
    /// least once (or be resident).
    func execute() throws
    /// A copy of output `name` after `execute` (resident outputs are read from the state).
    func output(_ name: String) throws -> TensorData
    /// Binds `bindings` — which must name every input and parameter that is not resident —
    /// runs, and returns every output. Throws `TuskError.binding` naming a missing value.
    func run(_ bindings: [String: TensorData]) throws -> [String: TensorData]
}

extension Executable {
    /// Binds every input and parameter, runs, and returns every output. Throws
    /// `TuskError.binding` naming a missing value.
    public func run(_ bindings: [String: TensorData]) throws -> [String: TensorData] {
        for (name, _, type) in graph.inputs + graph.parameters where bindings[name] == nil {
            throw TuskError.binding("missing value for '\(name)' (\(type))")
        }
        try bind(bindings)
        try execute()
        var result: [String: TensorData] = [:]
        for out in graph.outputs { result[out.name] = try output(out.name) }
        return result
    }
}
