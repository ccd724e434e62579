import ArgumentParser
import TuskIR
import TuskNN
import TuskPasses
import TuskRuntime
import TuskExamples

/// `tusk demo`: Tusk's main job on built-in data, end to end.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Define the example model, optimize it, dump it, run it on the BLAS backend, and report results and timings.",
        discussion: """
            Steps: trace the example model from its Swift definition; run the standard pass \
            pipeline (per-pass table); write the traced and optimized graphs (text and DOT) to \
            the output folder; initialize the parameters and inputs deterministically from the \
            seed; compile and run on the BLAS backend (median over --runs); run the reference \
            interpreter on the same bindings and report the largest difference.
            """)

    @Option(help: ArgumentHelp("The built-in example model to run (see `tusk dump --list-examples`).", valueName: "example"))
    var example = DemoReport.defaultExample

    @Option(name: .customLong("out"), help: ArgumentHelp("Folder for the graph dumps (created if missing).", valueName: "dir"))
    var outputDirectory = "tusk-out/demo"

    @Option(help: "Timed runs on the BLAS backend (the median is reported).")
    var runs = 20

    @Option(help: "Seed of the deterministic parameter and input initialization.")
    var seed: UInt64 = 0

    @Flag(name: .customLong("print-graphs"), help: "Also print the traced and optimized graphs to standard output.")
    var printGraphs = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let report = try DemoReport.run(example: example, outputDirectory: outputDirectory, runs: runs,
                                        seed: seed, printGraphs: printGraphs) { print($0) }
        _ = report
    }
}
