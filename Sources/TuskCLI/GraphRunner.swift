import TuskCompiler
import TuskIR
import TuskPasses
import TuskRuntime

/// The work behind `tusk run` and the interop commands: lower through the `CompileDriver`,
/// check bindings, compile, run, time.
public struct GraphRunner {
    /// The result of one `run`.
    public struct Result {
        public var outputs: [String: TensorData]
        /// The graph that ran (after the driver's transform and pipelines).
        public var graph: Graph
        /// Seconds spent in the graph transform and the pipelines (0 on a compile-cache hit).
        public var optimizeSeconds: Double
        /// Seconds spent in `Backend.compile`.
        public var compileSeconds: Double
        /// Wall time of each run, in seconds.
        public var runSeconds: [Double]
        /// Bound names the graph does not use.
        public var unusedBindings: [String]
        /// True when the lowered graph came from the compile cache.
        public var cacheHit: Bool
        /// Bytes of the executable's transient region (nil for the reference interpreter).
        public var transientBytes: Int? = nil
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

    /// Runs `graph`, transformed as `kind`, on `bindings`. Missing or mis-shaped bindings fail
    /// before the backend compiles.
    ///
    /// With `state`, the inputs and parameters it holds are read from it in place (not bound:
    /// a large model's weights then exist once, e.g. adopted from a mapped safetensors file).
    public func run(_ graph: Graph, kind: GraphKind = .forward, bindings: [String: TensorData],
                    state: ResidentState? = nil) throws -> Result {
        let driver = backend.driver(optimize: optimize)
        let resident = Set(state?.names ?? [])
        if case .forward = kind { _ = try Bindings.check(bindings, against: graph, resident: resident) }
        let (lowered, optimizeSeconds) = try Timing.measure { try driver.lower(graph, kind) }
        let unused = try Bindings.check(bindings, against: lowered.optimized, resident: resident)
        let (compiled, compileSeconds) = try Timing.measure { try driver.compile(lowered, resources: ExecutionResources(state: state)) }
        var outputs: [String: TensorData] = [:]
        var times: [Double] = []
        for _ in 0..<repetitions {
            let (result, seconds) = try Timing.measure { try compiled.executable.run(bindings) }
            outputs = result
            times.append(seconds)
        }
        // Names the traced graph declares but the pipeline removed are not "unused" by the user.
        let declared = Set((graph.inputs + graph.parameters).map(\.name))
        return Result(outputs: outputs, graph: lowered.optimized, optimizeSeconds: optimizeSeconds, compileSeconds: compileSeconds,
                      runSeconds: times, unusedBindings: unused.filter { !declared.contains($0) }, cacheHit: lowered.cacheHit,
                      transientBytes: (compiled.executable as? ArenaExecutable)?.transientByteCount)
    }
}
