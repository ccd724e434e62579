import TuskIR
import TuskPasses
import TuskRuntime

/// The work behind `tusk run`: check bindings, optionally optimize, compile, run, time.
public struct GraphRunner {
    /// The result of one `run`.
    public struct Result {
        public var outputs: [String: TensorData]
        /// Seconds spent in the standard pipeline (0 when not optimizing).
        public var optimizeSeconds: Double
        /// Seconds spent in `Backend.compile`.
        public var compileSeconds: Double
        /// Wall time of each run, in seconds.
        public var runSeconds: [Double]
        /// Bound names the graph does not use.
        public var unusedBindings: [String]
    }

    public var backend: BackendChoice
    public var optimize: Bool
    /// How many times to run (timing reports the median); at least 1.
    public var repetitions: Int

    public init(backend: BackendChoice, optimize: Bool = false, repetitions: Int = 1) {
        self.backend = backend
        self.optimize = optimize
        self.repetitions = max(1, repetitions)
    }

    /// Runs `graph` on `bindings`. Missing or mis-shaped bindings fail before compiling.
    public func run(_ graph: Graph, bindings: [String: TensorData]) throws -> Result {
        let unused = try Bindings.check(bindings, against: graph)
        let (optimized, optimizeSeconds) = optimize
            ? try Timing.measure { try Pipeline.standard.run(graph) }
            : (graph, 0)
        // The pipeline may remove parameters or inputs that do not reach an output: bind only
        // what the compiled graph declares.
        let needed = Set(optimized.inputs.map(\.name) + optimized.parameters.map(\.name))
        let bound = bindings.filter { needed.contains($0.key) }
        let (executable, compileSeconds) = try Timing.measure { try backend.backend.compile(optimized) }
        var outputs: [String: TensorData] = [:]
        var times: [Double] = []
        for _ in 0..<repetitions {
            let (result, seconds) = try Timing.measure { try executable.run(bound) }
            outputs = result
            times.append(seconds)
        }
        return Result(outputs: outputs, optimizeSeconds: optimizeSeconds, compileSeconds: compileSeconds,
                      runSeconds: times, unusedBindings: unused)
    }
}
