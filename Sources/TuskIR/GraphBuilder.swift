/// Builds a graph node by node; the engine under the DSL's symbolic `Tensor`.
///
/// Shape errors do not trap: the first one is recorded and later nodes that depend on a
/// poisoned value are skipped silently, so `finish()` throws exactly one error that names the
/// op, its operand shapes and the Swift line that built it.
public final class GraphBuilder {
    public private(set) var graph: Graph
    /// The first error met while building, if any.
    public private(set) var firstError: TuskError?
    private var poisoned: Set<Int> = []
    private var parameterIndex: [String: ValueID] = [:]
    private var inputIndex: [String: ValueID] = [:]
    private var scopes: [String] = []
    private var attachments: [ObjectIdentifier: AnyObject] = [:]

    public init(name: String) {
        graph = Graph(name: name)
    }

    /// Adds a non-leaf node, inferring its type. Returns the new value (poisoned on error).
    @discardableResult
    public func append(_ op: Op, _ operands: [ValueID], location: SourceLocation? = nil) -> ValueID {
        if operands.contains(where: { poisoned.contains($0.index) }) {
            return poison(like: operands.first, location: location)
        }
        do {
            let type = try op.resultType(operands.map { graph.type(of: $0) }, location: location)
            return push(Node(op: op, operands: operands, type: type, location: location))
        } catch let error as TuskError {
            record(withOperandLocations(error, operands, location))
            return poison(like: operands.first, location: location)
        } catch {
            record(.shape(op: op.name, message: "\(error)", operands: [], location: location))
            return poison(like: operands.first, location: location)
        }
    }

    /// Adds a leaf node (input, parameter or constant) of the given type.
    @discardableResult
    public func appendLeaf(_ op: Op, type: TensorType, location: SourceLocation? = nil) -> ValueID {
        do {
            try op.checkLeaf(type, location: location)
        } catch let error as TuskError {
            record(error)
            return poison(type: type, location: location)
        } catch {
            return poison(type: type, location: location)
        }
        return push(Node(op: op, operands: [], type: type, location: location))
    }

    /// A data input; asking twice for the same name returns the same value.
    public func input(_ name: String, _ type: TensorType, location: SourceLocation? = nil) -> ValueID {
        if let existing = inputIndex[name] {
            if graph.type(of: existing) != type {
                record(.shape(op: "input", message: "input '\(name)' redeclared as \(type), was \(graph.type(of: existing))",
                              operands: [], location: location))
            }
            return existing
        }
        let id = appendLeaf(.input(name), type: type, location: location)
        inputIndex[name] = id
        return id
    }

    /// A parameter named by the current scope path plus `name` (`blocks.0.norm1.weight`).
    /// Asking twice for the same full name returns the same value (weight sharing).
    public func parameter(_ name: String, _ type: TensorType, location: SourceLocation? = nil) -> ValueID {
        let full = qualified(name)
        if let existing = parameterIndex[full] {
            if graph.type(of: existing) != type {
                record(.shape(op: "parameter", message: "parameter '\(full)' redeclared as \(type), was \(graph.type(of: existing))",
                              operands: [], location: location))
            }
            return existing
        }
        let id = appendLeaf(.parameter(full), type: type, location: location)
        parameterIndex[full] = id
        return id
    }

    /// The dotted name `name` gets inside the current scopes.
    public func qualified(_ name: String) -> String {
        (scopes + [name]).filter { !$0.isEmpty }.joined(separator: ".")
    }

    /// Runs `body` with `name` appended to the parameter scope path (a module boundary).
    public func scope<R>(_ name: String, _ body: () throws -> R) rethrows -> R {
        scopes.append(name)
        defer { scopes.removeLast() }
        return try body()
    }

    /// Per-trace state that a higher layer keeps beside the graph being built (TuskNN keeps the
    /// parameter initializers its layers declare here): one instance per class, created by
    /// `create` on first use. It lives and dies with this builder, so two graphs traced at the
    /// same time never share it.
    public func attachment<T: AnyObject>(_ type: T.Type = T.self, create: () -> T) -> T {
        if let existing = attachments[ObjectIdentifier(type)] as? T { return existing }
        let made = create()
        attachments[ObjectIdentifier(type)] = made
        return made
    }

    /// Marks a value as a named graph output.
    public func output(_ name: String, _ value: ValueID) {
        if graph.outputs.contains(where: { $0.name == name }) {
            record(.invalidGraph("output '\(name)' declared twice"))
        }
        graph.outputs.append(GraphOutput(name: name, value: value))
    }

    /// Whether `value` is the placeholder of a failed op.
    public func isPoisoned(_ value: ValueID) -> Bool { poisoned.contains(value.index) }

    /// Records an error found outside the builder (e.g. by a DSL layer's own checks).
    public func record(_ error: TuskError) {
        if firstError == nil { firstError = error }
    }

    /// The finished graph, verified; throws the first error met while building.
    public func finish() throws -> Graph {
        if let error = firstError { throw error }
        try graph.verify()
        return graph
    }

    /// Swift operators cannot capture their caller's line; for them, name where the operands
    /// were built instead.
    private func withOperandLocations(_ error: TuskError, _ operands: [ValueID], _ location: SourceLocation?) -> TuskError {
        guard location == nil, case let .shape(op, message, types, _) = error else { return error }
        let places = operands.compactMap { graph[$0].location?.description }
        guard !places.isEmpty else { return error }
        return .shape(op: op, message: "\(message); operands built at \(places.joined(separator: ", "))",
                      operands: types, location: graph[operands[0]].location)
    }

    private func push(_ node: Node) -> ValueID {
        graph.nodes.append(node)
        return ValueID(graph.nodes.count - 1)
    }

    private func poison(like operand: ValueID?, location: SourceLocation?) -> ValueID {
        poison(type: operand.map { graph.type(of: $0) } ?? TensorType(.f32, []), location: location)
    }

    private func poison(type: TensorType, location: SourceLocation?) -> ValueID {
        // A placeholder node so ids stay dense; finish() never returns a graph containing it.
        let id = push(Node(op: .fill(.nan), operands: [], type: type, location: location))
        poisoned.insert(id.index)
        return id
    }
}

extension Graph {
    /// Traces `body` into a new graph. `body` declares inputs and parameters on the builder and
    /// returns the named outputs. Throws the first shape error, naming the Swift line.
    public static func trace(
        _ name: String, _ body: (GraphBuilder) throws -> [(String, Tensor)]
    ) throws -> Graph {
        let builder = GraphBuilder(name: name)
        let outputs = try body(builder)
        for (outputName, tensor) in outputs { builder.output(outputName, tensor.id) }
        return try builder.finish()
    }
}
