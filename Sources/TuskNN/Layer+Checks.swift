extension Tensor {
    /// Checks a layer's expectation about its input. On failure records a `TuskError.shape` naming
    /// the layer (with its dotted scope), the input type and the user's call site, and returns
    /// false. An input that is already poisoned by an earlier error is not checked again.
    func expect(_ condition: Bool, layer: String, _ message: @autoclosure () -> String,
                file: StaticString, line: UInt) -> Bool {
        if condition || builder.isPoisoned(id) { return true }
        let path = builder.qualified("")
        builder.record(.shape(op: path.isEmpty ? layer : "\(layer) '\(path)'", message: message(),
                              operands: [type], location: SourceLocation(file, line)))
        return false
    }
}
