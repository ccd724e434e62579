import ArgumentParser
import TuskIR
import TuskNN

/// `tusk run`: execute a graph on tensors from safetensors files.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a graph on inputs and parameters read from safetensors files; write its outputs.",
        discussion: """
            Every graph input and parameter is bound by name (one namespace) from the --inputs \
            files, which must give each with the graph's exact dtype and shape. Outputs are \
            written by output name.

            Example:
              tusk run model.txt --inputs weights.safetensors --inputs batch.safetensors \\
                --outputs out.safetensors --backend blas --optimize --repeat 10
            """)

    @Argument(help: ArgumentHelp("A graph text file, or the name of a built-in example model.", valueName: "graph"))
    var graph: String

    @Option(name: .customLong("inputs"), help: ArgumentHelp("A safetensors file of inputs and/or parameters (repeatable).", valueName: "file"))
    var inputs: [String] = []

    @Option(name: .customLong("outputs"), help: ArgumentHelp("The safetensors file to write the outputs to (replaced atomically).", valueName: "file"))
    var outputs: String

    @Option(help: "The backend: blas (OpenBLAS + vectorized kernels) or reference (the interpreter).")
    var backend: BackendChoice = .blas

    @Flag(help: "Run the standard optimization pipeline before compiling.")
    var optimize = false

    @Option(name: .customLong("repeat"), help: "Run this many times and report the median time.")
    var repetitions = 1

    @Flag(name: .customLong("check-finite"), help: "When an output holds a NaN or an infinity, re-run the graph op by op on the reference interpreter, name the first op that produced one (its line, its Swift location) and write no outputs.")
    var checkFinite = false

    @OptionGroup var threadOptions: ThreadOptions

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        let threads = try threadOptions.configure()
        let graph = try GraphSource.load(self.graph)
        let bindings = try Bindings.load(paths: inputs)
        let runner = GraphRunner(backend: backend, optimize: optimize, repetitions: repetitions)
        let result = try runner.run(graph, bindings: bindings)
        if !result.unusedBindings.isEmpty {
            let names = result.unusedBindings.prefix(8).joined(separator: ", ")
            let more = result.unusedBindings.count > 8 ? ", …" : ""
            writeStandardError("note: ignoring \(result.unusedBindings.count) tensor(s) the graph does not use: \(names)\(more)\n")
        }
        if checkFinite, let error = try FiniteCheckReport.check(
            result.outputs, traced: graph, kind: .forward, bindings: bindings, what: "tusk run \(self.graph)",
            dumpPath: outputs + ".nonfinite-graph.txt", graphFile: TextFile.isRegularFile(self.graph) ? self.graph : nil) {
            throw error
        }
        try Safetensors.write(result.outputs, metadata: ["graph": graph.name, "backend": backend.rawValue], to: outputs)

        print("graph \(graph.name): \(graph.nodes.count) nodes, \(bindings.count - result.unusedBindings.count) bindings, backend \(backend.rawValue)"
              + (backend == .blas ? ", \(threads) thread(s)" : ""))
        if optimize { print("optimize  \(Timing.format(result.optimizeSeconds))") }
        print("compile   \(Timing.format(result.compileSeconds))")
        let runs = result.runSeconds.count
        print("run       \(Timing.format(Timing.median(result.runSeconds)))" + (runs > 1 ? " (median of \(runs))" : ""))
        let described = graph.outputs.map { "\($0.name) \(result.outputs[$0.name]?.type.description ?? "?")" }
        print("wrote \(result.outputs.count) output(s) to \(outputs): \(described.joined(separator: ", "))")
    }
}
