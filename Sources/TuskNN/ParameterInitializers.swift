/// The initializers that modules declared for the parameters of one trace, keyed by full dotted
/// parameter name.
///
/// It is attached to the `GraphBuilder` of the trace (`GraphBuilder.attachment`), so it lives
/// exactly as long as that trace: two models traced at the same time, even on different threads,
/// never see each other's entries. `Graph.traceModel` hands the finished table back with the graph.
public final class ParameterInitializers {
    /// Full parameter name → initializer.
    public private(set) var byName: [String: Initializer] = [:]

    public init() {}

    /// Records `initializer` for `fullName`. Declaring the same parameter twice (weight sharing)
    /// with a different initializer is an error.
    func record(_ fullName: String, _ initializer: Initializer, builder: GraphBuilder, location: SourceLocation) {
        if let existing = byName[fullName] {
            if existing != initializer {
                builder.record(.shape(op: "parameter",
                                      message: "parameter '\(fullName)' redeclared with initializer \(initializer), was \(existing)",
                                      operands: [], location: location))
            }
            return
        }
        byName[fullName] = initializer
    }
}

extension GraphBuilder {
    /// The initializers declared so far in this trace.
    public var parameterInitializers: ParameterInitializers {
        attachment(ParameterInitializers.self) { ParameterInitializers() }
    }

    /// A parameter named inside the current scope, with the initializer its values start from.
    /// Layers declare all their parameters through this.
    public func parameter(_ name: String, _ shape: [Int], _ dtype: DType = .f32, initializer: Initializer,
                          file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let location = SourceLocation(file, line)
        parameterInitializers.record(qualified(name), initializer, builder: self, location: location)
        return Tensor(self, parameter(name, TensorType(dtype, shape), location: location))
    }
}
