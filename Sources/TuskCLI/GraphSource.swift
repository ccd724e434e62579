import TuskIR
import TuskExamples

/// Where `tusk dump` and `tusk run` get their graph: a graph text file, or a built-in example
/// model by name. An existing file wins over an example of the same name.
public enum GraphSource {
    /// The graph named by `spec`: the file at that path if one exists, else the built-in example.
    public static func load(_ spec: String) throws -> Graph {
        if TextFile.isRegularFile(spec) {
            return try Graph.parse(try TextFile.read(path: spec), file: spec)
        }
        if ExampleModels.names.contains(spec) {
            return try ExampleModels.graph(named: spec)
        }
        let examples = ExampleModels.names.joined(separator: ", ")
        if spec.contains("/") || spec.contains(".") {
            throw TuskError.file(path: spec, message: "no such file (and not a built-in example: \(examples))")
        }
        throw CLIError("'\(spec)' is neither a graph file nor a built-in example (examples: \(examples))")
    }
}
