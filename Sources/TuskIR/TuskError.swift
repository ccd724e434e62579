/// The errors Tusk reports to its users. Every case carries enough context to find the
/// problem: the op and shapes, the Swift `file:line` that built a node, the line and column of a
/// graph text, or the file being read.
public enum TuskError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An op was given operands or attributes it cannot take.
    case shape(op: String, message: String, operands: [TensorType], location: SourceLocation?)
    /// A graph broke a structural invariant (found by the verifier).
    case invalidGraph(String)
    /// A graph text could not be parsed.
    case parse(file: String?, line: Int, column: Int, message: String)
    /// A file could not be read or is malformed (safetensors, checkpoints, …).
    case file(path: String, message: String)
    /// Inputs given at run time do not match the graph (missing name, wrong shape, …).
    case binding(String)
    /// Something went wrong while executing a graph (index out of range, …).
    case execution(String)
    /// A model configuration is invalid or unsupported; `field` names the offending setting
    /// (under the name the user wrote, e.g. the reference's `space_num_heads`).
    case config(field: String, message: String)

    public var description: String {
        switch self {
        case let .shape(op, message, operands, location):
            let at = location.map { "\($0): " } ?? ""
            let types = operands.isEmpty ? "" : " (operands: \(operands.map(\.description).joined(separator: ", ")))"
            return "\(at)error: \(op): \(message)\(types)"
        case let .invalidGraph(message):
            return "invalid graph: \(message)"
        case let .parse(file, line, column, message):
            return "\(file ?? "<graph>"):\(line):\(column): error: \(message)"
        case let .file(path, message):
            return "\(path): error: \(message)"
        case let .binding(message):
            return "input binding error: \(message)"
        case let .execution(message):
            return "execution error: \(message)"
        case let .config(field, message):
            return "invalid configuration: `\(field)`: \(message)"
        }
    }
}
