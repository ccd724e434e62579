import ArgumentParser
import TuskCompiler
import TuskIR
import TuskExamples
import TuskPasses
import TuskRuntime
import TuskWalrus

/// `tusk dump`: print a graph at a stage of the pipeline, as text or DOT.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print a graph (a graph text file, a built-in example or a Walrus config) at a pipeline stage.",
        discussion: """
            The text form parses back into the same graph: `tusk dump X > a.txt; tusk dump a.txt` \
            reproduces a.txt byte for byte.

            Examples:
              tusk dump --list-examples
              tusk dump attention-block
              tusk dump attention-block --stage optimized --format dot | dot -Tsvg > g.svg
              tusk dump graph.txt --dump-after all
              tusk dump attention-block --stage autodiff
              tusk dump attention-block --stats
              tusk dump walrus-tiny --resolution 128x32 --graph train-step --stage optimized
              tusk dump walrus-tiny --graph train-step --stage scheduled
              tusk dump walrus-1.3b --stats
              tusk dump case.json --stage autodiff

            Walrus sources (walrus-tiny, walrus-small, walrus-1.3b, or a JSON config / fixture \
            case.json) are traced at --resolution (default 128x32) with --steps input steps \
            (default 3), batch 1, 4 channels on field rows [6, 3, 7, 4], H OPEN and the other axes \
            PERIODIC, and no jitter rolls. --graph picks the forward pass, the training objective \
            or one whole AdamW train step. Every stage is the compile driver's (what training and \
            inference run): for --graph train-step, traced is the objective, autodiff the train \
            step built from it, optimized what the backend compiles, scheduled the kernels and \
            buffers. For the forward and loss graphs --stage autodiff shows the objective's joint \
            graph (gradients grad.<parameter>). --stats adds the model's parameter count (the state \
            dict without the rotary_emb.freqs buffers, all encoder/decoder pairs included).
            """)

    @Argument(help: ArgumentHelp("A graph text file, the name of a built-in example model, a named Walrus config, or a Walrus JSON config.", valueName: "file|example|config"))
    var source: String?

    @Option(help: ArgumentHelp("Walrus sources: the spatial resolution, 1 to 3 sizes (default 128x32).", valueName: "HxW[xD]"))
    var resolution: String?

    @Option(help: ArgumentHelp("Walrus sources: the number of input time steps (default 3, or the config's n_steps_input).", valueName: "T"))
    var steps: Int?

    @Option(help: "Walrus sources: which graph to show at the traced and optimized stages: forward, loss (the training objective) or train-step (objective + gradient + clipping + AdamW).")
    var graph: WalrusGraphKind = .forward

    @Option(help: "The compile stage to show: traced (as built or written), autodiff (the joint forward + backward graph: gradients named grad.<parameter>, or the train step), optimized (after the pipelines: what the backend compiles), scheduled (the --backend's kernels in order, buffers, live ranges, what is saved for backward), fused (the LLVM backend's fused regions and their loop nests) or llvm (the LLVM IR of its kernels).")
    var stage: Stage = .traced

    @Option(help: "The backend whose schedule --stage scheduled prints (blas or llvm).")
    var backend: BackendChoice = .blas

    @Option(help: "Output format: text (the SSA text form) or dot (Graphviz).")
    var format: GraphFormat = .text

    @Option(name: .customLong("dump-after"),
            help: ArgumentHelp("Run the standard pipeline and print the graph after this pass (or after every pass with 'all'), each under a header line. With --stage autodiff the pipeline runs on the joint graph.", valueName: "pass|all"))
    var dumpAfter: String?

    @Option(name: .customLong("elide-literals"),
            help: ArgumentHelp("Text format: print literals of more than N values as a one-line summary (count, min, max, a hash of the values); the output then no longer parses back.", valueName: "N"))
    var elideLiterals: Int?

    @Flag(help: "Annotate each node with the Swift file:line of the DSL call that built it.")
    var locations = false

    @Flag(help: "Print counts instead of the graph: nodes, inputs, parameter count, outputs, FLOPs, the peak live bytes of a naive schedule, ops by kind (count and FLOPs).")
    var stats = false

    @Flag(name: .customLong("time-passes"),
          help: "Also print the per-pass table (round, time, nodes before → after, changed) to standard error; implies running the standard pipeline.")
    var timePasses = false

    @Flag(name: .customLong("list-examples"), help: "List the built-in example models and exit.")
    var listExamples = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    func validate() throws {
        if listExamples { return }
        guard source != nil else { throw ValidationError("missing the graph: a graph text file or an example name (see --list-examples)") }
        if stats && dumpAfter != nil { throw ValidationError("--stats and --dump-after cannot be combined") }
        if timePasses && dumpAfter != nil { throw ValidationError("--time-passes and --dump-after cannot be combined") }
        if locations && format == .dot { throw ValidationError("--locations applies to the text format only") }
        if let steps, steps < 1 { throw ValidationError("--steps must be at least 1") }
        if let elideLiterals {
            guard elideLiterals >= 0 else { throw ValidationError("--elide-literals must be ≥ 0") }
            if format == .dot || stats || dumpAfter != nil {
                throw ValidationError("--elide-literals applies to a text dump (not with --format dot, --stats or --dump-after)")
            }
        }
    }

    func run() throws {
        if listExamples {
            try emit(ExampleModels.names.joined(separator: "\n") + "\n")
            return
        }
        let source = self.source!
        let input: Graph
        var kind = GraphKind.forward
        var walrus: WalrusDumpSource?
        var traceSeconds = 0.0
        if WalrusConfigFile.recognizes(source) {
            let w = try WalrusDumpSource(source, resolution: try resolution.map(WalrusDumpSource.parseResolution), steps: steps)
            // Forward and loss graphs: their autodiff stage is the objective's joint graph.
            let traceKind = stage == .autodiff && graph != .trainStep ? WalrusGraphKind.loss : graph
            let ((traced, k), seconds) = try Timing.measure { try w.traced(traceKind) }
            input = traced
            kind = k
            traceSeconds = seconds
            walrus = w
        } else {
            if resolution != nil || steps != nil || graph != .forward {
                throw CLIError("--resolution, --steps and --graph apply to Walrus configs only ('\(source)' is not one; "
                               + "named configs: \(WalrusConfig.named.keys.sorted().joined(separator: ", "))")
            }
            input = try GraphSource.load(source)
        }
        if stage == .autodiff, case .forward = kind { kind = GraphKind.automatic(for: input) }
        let driver = BackendChoice.blas.driver()
        if let passName = dumpAfter {
            // The driver's passes as they run for this stage's graph (forward pipeline, transform,
            // joint pipeline); the last dump is the optimized stage.
            try emit(try GraphDump.renderAfterPasses(input, kind, driver: driver, passName: passName, format: format, locations: locations))
            return
        }
        if stage == .scheduled {
            guard format == .text, !stats else { throw CLIError("--stage scheduled prints text (no --format dot or --stats)") }
            try emit(try GraphDump.schedule(input, kind, driver: backend.driver()))
            return
        }
        if stage == .fused || stage == .llvm {
            guard format == .text, !stats else { throw CLIError("--stage \(stage) prints text (no --format dot or --stats)") }
            try emit(try GraphDump.llvmStage(input, kind, stage: stage, driver: driver))
            return
        }
        let shown: Graph
        if timePasses {
            // Times the joint pipeline on the graph after the transform; the graph printed is
            // still the one --stage names.
            let start = try driver.autodiff(input, kind)
            let (optimized, report) = try driver.jointPipeline.runWithReport(start)
            writeStandardError(report.table + "\n")
            shown = stage == .optimized ? optimized : stage == .traced ? input : start
        } else {
            shown = try GraphDump.graph(input, kind, at: stage, driver: driver)
        }
        if stats {
            var header = ""
            if let walrus {
                let config = walrus.file.config
                header = "model \(config.name ?? walrus.file.source): \(GraphStats.grouped(config.parameterCount)) parameters "
                    + "(state dict without the rotary_emb.freqs buffers; encoder/decoder pairs \(config.builtDims)); "
                    + "input \(walrus.traceSpec().inputShape); traced in \(Timing.format(traceSeconds))\n"
            }
            let stats = try GraphStats(shown)
            try emit(header + stats.report(graphName: shown.name) + "\n")
            return
        }
        var text = GraphDump.render(shown, format: format, locations: locations)
        if let elideLiterals { text = GraphDump.elidingLiterals(text, of: shown, above: elideLiterals) }
        try emit(text)
    }

    /// Writes to `--output` or standard output, exactly as rendered.
    private func emit(_ text: String) throws {
        if let output {
            try TextFile.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }
}
