import TuskIR
import TuskRuntime

/// A traced model: its graph and the initializers its modules declared for its parameters.
public struct TracedModel: Sendable {
    public var graph: Graph
    /// Full parameter name → initializer, for the parameters declared with one.
    public var initializers: [String: Initializer]

    public init(graph: Graph, initializers: [String: Initializer]) {
        self.graph = graph
        self.initializers = initializers
    }

    /// Fresh initial values for every parameter of the graph, deterministic in `seed`.
    /// Throws if a parameter has no initializer.
    public func initialParameters(seed: UInt64) throws -> [String: TensorData] {
        try TuskNN.initializeParameters(of: graph, initializers: initializers, seed: seed)
    }

    /// The same initial values, stored straight into `state` one parameter at a time (so a
    /// large model's parameters never exist twice). Returns the number of elements stored.
    @discardableResult
    public func initializeParameters(into state: ResidentState, seed: UInt64) throws -> Int {
        let missing = graph.parameters.map(\.name).filter { initializers[$0] == nil }
        if !missing.isEmpty {
            throw TuskError.binding("no initializer declared for parameter(s) \(missing.joined(separator: ", ")) of graph '\(graph.name)'")
        }
        var count = 0
        for p in graph.parameters {
            try state.set(p.name, try initializers[p.name]!.sample(p.type, seed: seed, stream: p.name))
            count += p.type.elementCount
        }
        return count
    }
}

extension Graph {
    /// Traces `body` like `Graph.trace` and also returns the initializers that the modules (and any
    /// `b.parameter(_:_:initializer:)` calls) declared during the trace.
    public static func traceModel(
        _ name: String, _ body: (GraphBuilder) throws -> [(String, Tensor)]
    ) throws -> TracedModel {
        let builder = GraphBuilder(name: name)
        let outputs = try body(builder)
        for (outputName, tensor) in outputs { builder.output(outputName, tensor.id) }
        let graph = try builder.finish()
        return TracedModel(graph: graph, initializers: builder.parameterInitializers.byName)
    }
}

/// Initial values for every parameter of `graph` (by name, in the graph's dtype and shape), drawn
/// from `initializers`. Each parameter gets its own random stream derived from `seed` and its
/// name, so its values do not depend on the other parameters.
///
/// Throws `TuskError.binding` naming every parameter without an initializer.
public func initializeParameters(of graph: Graph, initializers: [String: Initializer],
                                 seed: UInt64) throws -> [String: TensorData] {
    let missing = graph.parameters.map(\.name).filter { initializers[$0] == nil }
    if !missing.isEmpty {
        throw TuskError.binding("no initializer declared for parameter(s) \(missing.joined(separator: ", ")) of graph '\(graph.name)'; declare parameters with `parameter(_:_:_:initializer:)`")
    }
    var result: [String: TensorData] = [:]
    for p in graph.parameters {
        result[p.name] = try initializers[p.name]!.sample(p.type, seed: seed, stream: p.name)
    }
    return result
}
