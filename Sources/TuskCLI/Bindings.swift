import TuskIR
import TuskNN

/// Run-time bindings (graph inputs and parameters, one namespace) read from safetensors files
/// and checked against a graph before anything runs.
public enum Bindings {
    /// Reads and merges the tensors of `paths`. A name found in two files is an error naming both.
    public static func load(paths: [String]) throws -> [String: TensorData] {
        var merged: [String: TensorData] = [:]
        var origin: [String: String] = [:]
        for path in paths {
            let (tensors, _) = try Safetensors.read(path: path)
            for (name, value) in tensors {
                if let first = origin[name] {
                    throw CLIError("tensor '\(name)' is given twice: in \(first) and in \(path)")
                }
                merged[name] = value
                origin[name] = path
            }
        }
        return merged
    }

    /// Checks that `bindings` give every input and parameter of `graph` with its exact dtype and
    /// shape. Returns the bound names the graph does not use (callers may warn about them).
    /// Throws `TuskError.binding` listing every missing or mis-typed name. Names in `resident`
    /// are held by a `ResidentState` and need no binding.
    @discardableResult
    public static func check(_ bindings: [String: TensorData], against graph: Graph, resident: Set<String> = []) throws -> [String] {
        var problems: [String] = []
        var used = Set<String>()
        let leaves = graph.inputs.map { (kind: "input", $0.name, $0.type) }
            + graph.parameters.map { (kind: "parameter", $0.name, $0.type) }
        for (kind, name, type) in leaves {
            used.insert(name)
            if resident.contains(name), bindings[name] == nil { continue }
            guard let value = bindings[name] else {
                problems.append("missing \(kind) '\(name)' (\(type))")
                continue
            }
            if value.type != type {
                problems.append("\(kind) '\(name)' is \(value.type) but the graph expects \(type)")
            }
        }
        if !problems.isEmpty {
            let shown = problems.prefix(20).joined(separator: "; ")
            let more = problems.count > 20 ? "; … and \(problems.count - 20) more" : ""
            throw TuskError.binding("graph '\(graph.name)': \(shown)\(more)")
        }
        return bindings.keys.filter { !used.contains($0) }.sorted()
    }
}
