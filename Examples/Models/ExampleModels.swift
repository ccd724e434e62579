import TuskNN

/// The example models by name, for `tusk dump EXAMPLE`, the demo and the runnable examples.
public enum ExampleModels {
    /// The known example names.
    public static let names: [String] = ["attention-block", "mlp"]

    /// The traced example (graph and parameter initializers) at its default size.
    public static func model(named name: String) throws -> TracedModel {
        switch name {
        case "attention-block": try attentionBlockExample()
        case "mlp": try mlpExample()
        default: throw UnknownExampleError(name: name, known: names)
        }
    }

    /// The example's traced graph.
    public static func graph(named name: String) throws -> Graph {
        try model(named: name).graph
    }

    /// Fresh initial parameters of the example, deterministic in `seed`.
    public static func parameters(named name: String, seed: UInt64 = 0) throws -> [String: TensorData] {
        try model(named: name).initialParameters(seed: seed)
    }

    /// Standard-normal values for every input of the example's graph, deterministic in `seed`
    /// (each input its own stream). Empty for an unknown name.
    public static func sampleInputs(named name: String, seed: UInt64 = 0) -> [String: TensorData] {
        guard let graph = try? graph(named: name) else { return [:] }
        return sampleInputs(for: graph, seed: seed)
    }

    /// Standard-normal values (integer inputs: zeros) for every input of `graph`, deterministic
    /// in `seed`, each input its own stream.
    public static func sampleInputs(for graph: Graph, seed: UInt64 = 0) -> [String: TensorData] {
        var result: [String: TensorData] = [:]
        for input in graph.inputs {
            var rng = SeededGenerator(seed: seed, stream: "input." + input.name)
            let values = (0..<input.type.elementCount).map { _ in input.type.dtype.isFloatingPoint ? rng.nextNormal() : 0 }
            result[input.name] = TensorData(shape: input.type.shape, values: values, dtype: input.type.dtype)
        }
        return result
    }
}

/// An example name that `ExampleModels` does not know.
public struct UnknownExampleError: Error, CustomStringConvertible, Hashable, Sendable {
    public var name: String
    public var known: [String]
    public var description: String {
        "unknown example '\(name)'; known examples: \(known.joined(separator: ", "))"
    }
}
