import TuskIR

/// Runs passes in order, optionally repeating the whole sequence until the graph stops changing,
/// with instruments: dumps after passes, verification after each pass, per-pass timing.
///
/// ```swift
/// var pipeline = Pipeline.standard
/// pipeline.instruments.dumpAfter = .passes(["cse"])
/// pipeline.instruments.dumpSink = { pass, graph in print("// after \(pass)\n\(graph.text)") }
/// let (optimized, report) = try pipeline.runWithReport(graph)
/// print(report.table)
/// ```
public struct Pipeline {
    /// The passes, run in this order.
    public var passes: [any Pass]
    /// How many times the whole sequence may run; it stops early after a round that changed
    /// nothing (`Graph.isIdentical`). 1 runs each pass once.
    public var maxIterations: Int
    /// Dumping, verification and timing.
    public var instruments: PipelineInstruments

    /// A pipeline of the given passes, run `maxIterations` rounds at most.
    public init(passes: [any Pass], maxIterations: Int = 1, instruments: PipelineInstruments = PipelineInstruments()) {
        self.passes = passes
        self.maxIterations = max(1, maxIterations)
        self.instruments = instruments
    }

    /// A pipeline of registered passes by name (`["canonicalize", "cse"]`).
    /// Throws `PipelineError.unknownPass` for a name not in the registry.
    public init(passNames: [String], maxIterations: Int = 1, instruments: PipelineInstruments = PipelineInstruments()) throws {
        let passes = try passNames.map { name in
            guard let pass = Pipeline.pass(named: name) else {
                throw PipelineError.unknownPass(name, known: Pipeline.registeredPassNames)
            }
            return pass
        }
        self.init(passes: passes, maxIterations: maxIterations, instruments: instruments)
    }

    /// Runs the pipeline and returns the optimized graph.
    public func run(_ graph: Graph) throws -> Graph {
        try runWithReport(graph).graph
    }

    /// Runs the pipeline and returns the optimized graph with the per-pass report.
    public func runWithReport(_ graph: Graph) throws -> (graph: Graph, report: PipelineReport) {
        var report = PipelineReport()
        if instruments.verify {
            do { try graph.verify() } catch let error as TuskError {
                throw PipelineError.invalidInput(graph.name, error)
            }
        }
        var current = graph
        for iteration in 0..<maxIterations {
            let roundStart = current
            for pass in passes {
                let before = current
                let clock = ContinuousClock()
                let start = clock.now
                let after = try pass.run(before)
                let elapsed = clock.now - start
                if instruments.verify {
                    do { try after.verify() } catch let error as TuskError {
                        throw PipelineError.passBrokeGraph(pass: pass.name, iteration: iteration, error)
                    }
                }
                let changed = !after.isIdentical(to: before)
                report.entries.append(PassRecord(
                    pass: pass.name, iteration: iteration, duration: elapsed,
                    nodesBefore: before.nodes.count, nodesAfter: after.nodes.count, changed: changed))
                if instruments.shouldDump(pass: pass.name, changed: changed) {
                    instruments.dumpSink?(pass.name, after)
                }
                current = after
            }
            if current.isIdentical(to: roundStart) { break }
        }
        return (current, report)
    }
}

/// Errors of the pass pipeline; each names the culprit.
public enum PipelineError: Error, CustomStringConvertible, Sendable {
    /// A pass name that is not registered.
    case unknownPass(String, known: [String])
    /// The graph given to the pipeline does not verify.
    case invalidInput(String, TuskError)
    /// A pass returned a graph that does not verify.
    case passBrokeGraph(pass: String, iteration: Int, TuskError)

    public var description: String {
        switch self {
        case let .unknownPass(name, known):
            "unknown pass '\(name)' (known passes: \(known.joined(separator: ", ")))"
        case let .invalidInput(graph, error):
            "the graph '\(graph)' given to the pass pipeline is invalid: \(error)"
        case let .passBrokeGraph(pass, iteration, error):
            "pass '\(pass)' (round \(iteration + 1)) produced an invalid graph: \(error)"
        }
    }
}
