import TuskIR
import TuskPasses
import TuskAutodiff
import TuskCompiler
import TuskRuntime
import TuskLLVM

/// The rendering behind `tusk dump`, as a library function so tests and the Graphs/ staleness
/// check produce exactly what the tool prints.
public enum GraphDump {
    /// The graph at `stage` through `driver`: as given (`traced`), after the forward pipeline
    /// and the transform of `kind` (`autodiff`), or after the joint pipeline (`optimized`; also
    /// for `scheduled`, whose text is `schedule`).
    public static func graph(_ graph: Graph, _ kind: GraphKind = .forward, at stage: Stage,
                             driver: CompileDriver = BackendChoice.blas.driver()) throws -> Graph {
        switch stage {
        case .traced: return graph
        case .autodiff: return try driver.autodiff(graph, kind)
        case .optimized, .scheduled, .fused, .llvm: return try driver.lower(graph, kind).optimized
        }
    }

    /// The graph at `stage` as `tusk dump` shows a plain graph: `kind` is `.forward` except at
    /// the autodiff stage, which shows `GraphKind.automatic` (the gradient of `loss`, or the VJP
    /// of every floating output).
    public static func graph(_ graph: Graph, at stage: Stage) throws -> Graph {
        try self.graph(graph, stage == .autodiff ? GraphKind.automatic(for: graph) : .forward, at: stage)
    }

    /// The joint forward + backward graph with respect to every floating-point parameter:
    /// `grad(loss)` when the graph has a one-element floating output named `loss`; otherwise the
    /// staged VJP of all floating outputs (one extra input `cotangent.<output>` each), which
    /// needs no choice of loss. Gradients are the outputs `grad.<parameter name>`.
    public static func autodiff(_ graph: Graph) throws -> Graph {
        try BackendChoice.blas.driver().autodiff(graph, GraphKind.automatic(for: graph))
    }

    /// The scheduled stage: `graph` lowered as `kind` and compiled on the driver's backend (an
    /// arena backend), as `Schedule.text`.
    ///
    /// For a train step, the parameters and the optimizer state are resident, as `tusk train`
    /// runs it (the schedule then shows which updates are written in place).
    public static func schedule(_ graph: Graph, _ kind: GraphKind, driver: CompileDriver) throws -> String {
        let lowered = try driver.lower(graph, kind)
        let state = ResidentState()
        if case .trainStep = kind {
            let g = lowered.optimized
            for (name, _, type) in g.parameters + g.inputs
            where g.output(named: name) != nil && name != TrainStepNames.step && name != TrainStepNames.learningRate {
                try state.set(name, TensorData(repeating: 0, type))
            }
        }
        let compiled = try driver.compile(lowered, resources: ExecutionResources(state: state))
        guard let schedule = compiled.schedule else {
            throw CLIError("--stage scheduled: the \(driver.backend.name) backend has no schedule (use the blas backend)")
        }
        return schedule.text
    }

    /// The `fused` and `llvm` stages: `graph` lowered as `kind` through `driver`'s pipelines and
    /// compiled on the LLVM backend (no object cache, so the IR is there): the region listing
    /// followed by every kernel's loop nest, or the module's optimized LLVM IR.
    public static func llvmStage(_ graph: Graph, _ kind: GraphKind, stage: Stage, driver: CompileDriver) throws -> String {
        let lowered = try driver.lower(graph, kind)
        let g = lowered.optimized
        let (exe, llvm) = try LLVMBackend().compileLLVM(g)
        switch stage {
        case .llvm:
            return llvm.optimizedIR ?? "; graph '\(g.name)' has no loop kernels\n"
        default:
            let plan = llvm.plan ?? FusionPlan(graph: g, owned: g.nodes.map { $0.op.isLoopKernelOp })
            let external = exe.schedule().kernels.filter { $0.provider != "llvm" }.map(\.node)
            var text = plan.text(g, external: external)
            for r in plan.roots {
                if let k = llvm.kernels[r] {
                    text += "\n" + k.description
                    if !text.hasSuffix("\n") { text += "\n" }
                }
            }
            return text
        }
    }

    /// `graph` printed in `format` (text optionally with source locations).
    public static func render(_ graph: Graph, format: GraphFormat, locations: Bool = false) -> String {
        switch format {
        case .text: locations ? graph.text(includeLocations: true) : graph.text
        case .dot: graph.dot()
        }
    }

    /// What `tusk dump SOURCE --stage STAGE --format FORMAT` prints (without `--dump-after`).
    public static func render(source: String, stage: Stage, format: GraphFormat, locations: Bool = false) throws -> String {
        render(try graph(try GraphSource.load(source), at: stage), format: format, locations: locations)
    }

    /// Runs `Pipeline.standard` on `graph` and returns the graph after each selected pass,
    /// each preceded by a header line `// ---- after PASS (round N) ----`. `passName` is a
    /// registered pass name or `all`. Throws for a pass that is not in the pipeline.
    public static func renderAfterPasses(_ graph: Graph, passName: String, format: GraphFormat,
                                         locations: Bool = false) throws -> String {
        try renderAfterPasses(graph, .forward, driver: BackendChoice.blas.driver(), passName: passName,
                              format: format, locations: locations)
    }

    /// The driver's passes as `lower(graph, kind)` runs them — the forward pipeline (headers
    /// `(forward round N)`), the transform of `kind`, then the joint pipeline (`(round N)`) —
    /// with the graph after each selected pass. The last dump is the optimized stage.
    public static func renderAfterPasses(_ graph: Graph, _ kind: GraphKind, driver: CompileDriver, passName: String,
                                         format: GraphFormat, locations: Bool = false) throws -> String {
        var forward = driver.forwardPipeline, joint = driver.jointPipeline
        let names = Set(forward.passes.map(\.name) + joint.passes.map(\.name))
        if passName != "all" && !names.contains(passName) {
            throw CLIError("--dump-after: no pass '\(passName)' in the compile driver's pipelines (passes: \(names.sorted().joined(separator: ", ")), or 'all')")
        }
        final class Sink { var chunks: [String] = [] }
        final class Rounds { var count: [String: Int] = [:] }
        let sink = Sink()
        func attach(_ p: inout Pipeline, _ label: String) {
            let rounds = Rounds()
            p.instruments.dumpAfter = passName == "all" ? .all : .passes([passName])
            p.instruments.dumpSink = { pass, after in
                rounds.count[pass, default: 0] += 1
                sink.chunks.append("// ---- after \(pass) (\(label)\(rounds.count[pass]!)) ----\n" + render(after, format: format, locations: locations))
            }
        }
        attach(&forward, "forward round ")
        attach(&joint, "round ")
        let transformed = try kind.applying(to: try forward.run(graph))
        _ = try joint.run(transformed)
        return sink.chunks.joined(separator: "\n")
    }

    /// `text` (the text form of `graph`) with every literal of more than `limit` values replaced
    /// by a one-line summary `literal [… N values elided; min, max, FNV-1a 64 of the bit
    /// patterns]`: large constant tables of a user's graph stay reviewable — a change of any
    /// value changes the hash — without megabytes of numbers. The result no longer parses back
    /// (the values are gone). The shipped models do not need it: Walrus builds its RoPE and
    /// boundary-flag tables in the graph from `iota`.
    public static func elidingLiterals(_ text: String, of graph: Graph, above limit: Int) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (i, line) in lines.enumerated() {
            guard let marker = line.range(of: " = literal ["),
                  let colon = line.firstIndex(of: ":"), let percent = line.firstIndex(of: "%"), percent < colon,
                  let id = Int(line[line.index(after: percent)..<colon]), graph.nodes.indices.contains(id),
                  case .literal(let values) = graph.nodes[id].op, values.count > limit,
                  let close = line.lastIndex(of: "]") else { continue }
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for v in values {
                var bits = v.bitPattern
                for _ in 0..<8 { hash = (hash ^ (bits & 0xFF)) &* 0x0000_0100_0000_01B3; bits >>= 8 }
            }
            let hex = String(hash, radix: 16)
            let summary = " = literal [… \(values.count) values elided; min \(values.min()!), max \(values.max()!), "
                + "fnv1a64 \(String(repeating: "0", count: 16 - hex.count) + hex)]"
            lines[i] = String(line[..<marker.lowerBound]) + summary + String(line[line.index(after: close)...])
        }
        return lines.joined(separator: "\n")
    }
}
