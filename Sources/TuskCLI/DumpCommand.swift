import ArgumentParser
import TuskIR
import TuskExamples
import TuskPasses

/// `tusk dump`: print a graph at a stage of the pipeline, as text or DOT.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print a graph (a graph text file or a built-in example) at a pipeline stage.",
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
            """)

    @Argument(help: ArgumentHelp("A graph text file, or the name of a built-in example model.", valueName: "file|example"))
    var source: String?

    @Option(help: "The pipeline stage to show: traced (as built or written), autodiff (the joint forward + backward graph, gradients named grad.<parameter>) or optimized (after the standard pipeline).")
    var stage: Stage = .traced

    @Option(help: "Output format: text (the SSA text form) or dot (Graphviz).")
    var format: GraphFormat = .text

    @Option(name: .customLong("dump-after"),
            help: ArgumentHelp("Run the standard pipeline and print the graph after this pass (or after every pass with 'all'), each under a header line. With --stage autodiff the pipeline runs on the joint graph.", valueName: "pass|all"))
    var dumpAfter: String?

    @Flag(help: "Annotate each node with the Swift file:line of the DSL call that built it.")
    var locations = false

    @Flag(help: "Print counts instead of the graph: nodes, inputs, parameter count, outputs, ops by kind.")
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
    }

    func run() throws {
        if listExamples {
            try emit(ExampleModels.names.joined(separator: "\n") + "\n")
            return
        }
        let input = try GraphSource.load(source!)
        if let passName = dumpAfter {
            let start = stage == .autodiff ? try GraphDump.autodiff(input) : input
            try emit(try GraphDump.renderAfterPasses(start, passName: passName, format: format, locations: locations))
            return
        }
        let graph: Graph
        if timePasses {
            // Times the standard pipeline on the graph (on the joint graph with --stage autodiff);
            // the graph printed is still the one --stage names.
            let start = stage == .autodiff ? try GraphDump.autodiff(input) : input
            let (optimized, report) = try Pipeline.standard.runWithReport(start)
            writeStandardError(report.table + "\n")
            graph = stage == .optimized ? optimized : start
        } else {
            graph = try GraphDump.graph(input, at: stage)
        }
        if stats {
            try emit(GraphStats(graph).report(graphName: graph.name) + "\n")
            return
        }
        try emit(GraphDump.render(graph, format: format, locations: locations))
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
