/// Where in the user's Swift code a graph node was built (`#fileID:#line`).
///
/// DSL calls capture it so that shape errors point at the model definition (DESIGN.md,
/// principle 5). Parsed graphs have no Swift location.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public init(_ file: StaticString, _ line: UInt) {
        self.file = "\(file)"
        self.line = Int(line)
    }

    public var description: String { "\(file):\(line)" }
}
