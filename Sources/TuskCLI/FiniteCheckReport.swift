import TuskCompiler
import TuskIR
import TuskNN

/// `--check-finite` in the CLI: the diagnosis of a step whose outputs are not all finite, with
/// the re-run graph written next to the outputs so that the line it names can be read.
enum FiniteCheckReport {
    /// When `outputs` hold a NaN or an infinity: re-runs `kind` of `traced` on the reference
    /// interpreter and returns the error naming the first op. The re-run graph's text (with
    /// locations) goes to `dumpPath`; with `graphFile` (a graph text file the user gave), the
    /// origin's line in that file is named too. Nil when every output is finite.
    static func check(_ outputs: [String: TensorData], traced: Graph, kind: GraphKind, bindings: [String: TensorData],
                      what: String, dumpPath: String, graphFile: String? = nil) throws -> CLIError? {
        let bad = FiniteCheck.nonFiniteOutputs(outputs)
        guard !bad.isEmpty else { return nil }
        let diagnosis = try FiniteCheck.diagnose(traced: traced, kind: kind, bindings: bindings)
        try AtomicFile.write(Array(diagnosis.graph.text(includeLocations: true).utf8), to: dumpPath)
        var fileLine: String?
        if let graphFile, let node = diagnosis.origin?.node, let line = Self.line(defining: node, inFile: graphFile) {
            fileLine = "\(graphFile):\(line)"
        }
        return CLIError("error: " + diagnosis.message(what: what, badOutputs: bad, graphText: dumpPath, fileLine: fileLine))
    }

    /// The 1-based line of `path` that defines `%node` (`%7: …`), if the file has one.
    static func line(defining node: Int, inFile path: String) -> Int? {
        guard let text = try? TextFile.read(path: path) else { return nil }
        let prefix = "%\(node):"
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.drop { $0 == " " || $0 == "\t" }.hasPrefix(prefix) {
            return k + 1
        }
        return nil
    }
}
