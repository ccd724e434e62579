extension Graph {
    /// Parses the SSA text format written by `Graph.text` (grammar in `Docs/IR.md`).
    ///
    /// Everything is checked as it is read — op names, attributes, value numbering (`%0, %1, …`
    /// in order), definition before use, every declared type against the type its op infers,
    /// unique input, parameter and output names — and the result is verified. Errors are
    /// `TuskError.parse` with the line and column of the offending token; `file` is only used in
    /// those messages. No input makes it trap.
    public static func parse(_ text: String, file: String? = nil) throws -> Graph {
        var parser = try GraphParser(GraphLexer(text, file: file), file: file)
        let graph = try parser.parseGraph()
        try graph.verify()
        return graph
    }
}

/// A recursive-descent parser over the token list of one graph text.
struct GraphParser {
    /// Integers in the text (sizes, axes, strides, widths, shifts) must lie within ±(2³¹ − 1):
    /// far beyond any real tensor axis, and small enough that no shape rule can overflow.
    static let maxMagnitude = Int(Int32.max)

    private var lexer: GraphLexer
    let file: String?
    /// The next unread token (one token of lookahead; the lexer runs lazily, so the first error
    /// in the text is the one reported).
    private(set) var current: GraphToken
    var graph = Graph(name: "")
    private var leafNames: [String: (kind: String, index: Int)] = [:]

    init(_ lexer: GraphLexer, file: String?) throws {
        self.lexer = lexer
        self.file = file
        current = try self.lexer.next()
    }

    // MARK: Token helpers

    /// Consumes the current token and returns it.
    mutating func take() throws -> GraphToken {
        let t = current
        if t.kind != .end { current = try lexer.next() }
        return t
    }

    func error(_ message: String, at token: GraphToken) -> TuskError {
        .parse(file: file, line: token.line, column: token.column, message: message)
    }

    func isPunct(_ c: Unicode.Scalar) -> Bool { current.kind == .punct(c) }

    func isIdentifier(_ word: String) -> Bool { current.kind == .identifier(word) }

    @discardableResult
    mutating func expectPunct(_ c: Unicode.Scalar, _ context: String) throws -> GraphToken {
        guard isPunct(c) else { throw error("expected '\(c)' \(context), found \(current.spelling)", at: current) }
        return try take()
    }

    mutating func expectIdentifier(_ context: String) throws -> (String, GraphToken) {
        guard case .identifier(let word) = current.kind else {
            throw error("expected \(context), found \(current.spelling)", at: current)
        }
        return (word, try take())
    }

    mutating func expectString(_ context: String) throws -> (String, GraphToken) {
        guard case .string(let s) = current.kind else {
            throw error("expected \(context) (a quoted string), found \(current.spelling)", at: current)
        }
        return (s, try take())
    }

    mutating func skipNewlines() throws {
        while current.kind == .newline { _ = try take() }
    }

    /// The end of a statement: a newline, or the end of input (reported by the caller).
    mutating func expectEndOfLine(after what: String) throws {
        switch current.kind {
        case .newline: try skipNewlines()
        case .end: break
        default: throw error("unexpected \(current.spelling) after \(what)", at: current)
        }
    }

    // MARK: Numbers

    /// An integer within ±`maxMagnitude`.
    func integer(_ token: GraphToken, _ what: String) throws -> Int {
        guard case .number(let text) = token.kind else {
            throw error("expected an integer for \(what), found \(token.spelling)", at: token)
        }
        guard let value = Int(text) else {
            if text.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "+" }) {
                throw error("integer \(text) is out of range for \(what) (at most ±\(GraphParser.maxMagnitude))", at: token)
            }
            throw error("expected an integer for \(what), found '\(text)'", at: token)
        }
        guard value >= -GraphParser.maxMagnitude && value <= GraphParser.maxMagnitude else {
            throw error("integer \(text) is out of range for \(what) (at most ±\(GraphParser.maxMagnitude))", at: token)
        }
        return value
    }

    /// A double as printed by `TextFormat.double`, or any spelling `Double(_:)` accepts.
    func double(_ token: GraphToken, _ what: String) throws -> Double {
        guard case .number(let text) = token.kind else {
            throw error("expected a number for \(what), found \(token.spelling)", at: token)
        }
        if text.contains("(") {
            // `nan(0x…)`: the full bit pattern of a NaN, optionally negated.
            let negative = text.hasPrefix("-")
            let body = text.drop(while: { $0 == "-" || $0 == "+" })
            guard body.hasPrefix("nan(0x"), body.hasSuffix(")"),
                  let bits = UInt64(body.dropFirst(6).dropLast(), radix: 16),
                  Double(bitPattern: bits).isNaN else {
                throw error("invalid NaN '\(text)' (expected nan(0x…) with the 64-bit pattern of a NaN)", at: token)
            }
            return Double(bitPattern: negative ? bits ^ (1 << 63) : bits)
        }
        guard let value = Double(text) else {
            throw error("invalid number '\(text)' for \(what)", at: token)
        }
        return value
    }

    /// `[n, n, …]` of number tokens (possibly empty); returns the tokens.
    mutating func numberList(_ what: String) throws -> [GraphToken] {
        try expectPunct("[", "to open \(what)")
        var items: [GraphToken] = []
        if isPunct("]") {
            _ = try take()
            return items
        }
        while true {
            guard case .number = current.kind else {
                throw error("expected a number in \(what), found \(current.spelling)", at: current)
            }
            items.append(try take())
            if isPunct(",") {
                _ = try take()
                continue
            }
            try expectPunct("]", "to close \(what)")
            return items
        }
    }

    // MARK: Graph

    mutating func parseGraph() throws -> Graph {
        try skipNewlines()
        guard isIdentifier("graph") else {
            throw error("expected 'graph' at the start of a graph text, found \(current.spelling)", at: current)
        }
        _ = try take()
        guard case .graphName(let name) = current.kind else {
            throw error("expected the graph name ('@name') after 'graph', found \(current.spelling)", at: current)
        }
        _ = try take()
        graph.name = name
        let open = try expectPunct("{", "after the graph name")
        try expectEndOfLine(after: "'{'")

        while true {
            switch current.kind {
            case .value:
                try parseNode()
            case .identifier("return"):
                try parseReturn()
                guard isPunct("}") else {
                    if current.kind == .end {
                        throw error("missing '}' to close graph \(TextFormat.graphName(name)) (opened at line \(open.line))", at: current)
                    }
                    throw error("expected '}' after the return statement, found \(current.spelling)", at: current)
                }
                _ = try take()
                try skipNewlines()
                guard current.kind == .end else {
                    throw error("unexpected \(current.spelling) after the end of the graph", at: current)
                }
                return graph
            case .end:
                throw error("unexpected end of input: missing 'return' and '}' of graph \(TextFormat.graphName(name))", at: current)
            case .punct("}"):
                throw error("missing 'return' before '}' (a graph ends with 'return', possibly with no outputs)", at: current)
            default:
                throw error("expected a value definition '%\(graph.nodes.count): …' or 'return', found \(current.spelling)", at: current)
            }
        }
    }

    /// `%i: type = op operands payload {attributes} loc("file":line)`
    mutating func parseNode() throws {
        let idToken = try take()
        guard case .value(let index) = idToken.kind, index == graph.nodes.count else {
            throw error("expected value %\(graph.nodes.count) here (values are numbered 0, 1, 2, … in order), found \(idToken.spelling)", at: idToken)
        }
        try expectPunct(":", "after \(idToken.spelling)")
        let typeToken = current
        let type = try parseType()
        try expectPunct("=", "after the type of %\(index)")
        let (opName, opToken) = try expectIdentifier("an op name")
        try checkOpName(opName, at: opToken)

        // Operands.
        var operands: [ValueID] = []
        var operandTokens: [GraphToken] = []
        if case .value = current.kind {
            while true {
                let token = try take()
                guard case .value(let operand) = token.kind else {
                    throw error("expected an operand ('%n') after ',', found \(token.spelling)", at: token)
                }
                guard operand < index else {
                    throw error("%\(operand) is used before it is defined (an operand must be defined on an earlier line)", at: token)
                }
                operands.append(ValueID(operand))
                operandTokens.append(token)
                guard isPunct(",") else { break }
                _ = try take()
            }
        }

        // Leaf payload.
        var payload: ParsedPayload?
        switch current.kind {
        case .string(let s):
            payload = ParsedPayload(kind: .string(s), token: try take())
        case .number:
            payload = ParsedPayload(kind: .number, token: try take())
        case .punct("["):
            let token = current
            payload = ParsedPayload(kind: .list(try numberList("the literal values")), token: token)
        default:
            break
        }

        // Attributes.
        var attributes = ParsedAttributes(opName: opName, opToken: opToken)
        if isPunct("{") {
            attributes.brace = try take()
            try parseAttributes(into: &attributes)
        }

        // Source location.
        var location: SourceLocation?
        if isIdentifier("loc") {
            _ = try take()
            try expectPunct("(", "after 'loc'")
            let (file, _) = try expectString("the source file name")
            try expectPunct(":", "between the file and line of 'loc'")
            let lineToken = try take()
            guard case .number(let text) = lineToken.kind, let line = Int(text) else {
                throw error("expected a line number in 'loc', found \(lineToken.spelling)", at: lineToken)
            }
            try expectPunct(")", "to close 'loc'")
            location = SourceLocation(file: file, line: line)
        }
        try expectEndOfLine(after: "the definition of %\(index)")

        let op = try makeOp(opName, opToken: opToken, payload: payload, attributes: attributes)
        try check(op, operands: operands, operandTokens: operandTokens, type: type, typeToken: typeToken,
                  opToken: opToken, payload: payload)
        graph.nodes.append(Node(op: op, operands: operands, type: type, location: location))
    }

    /// `dtype[d0,d1,…]` with sizes ≥ 0 whose product fits in an `Int`.
    mutating func parseType() throws -> TensorType {
        let (word, dtypeToken) = try expectIdentifier("a type such as 'f32[2,3]'")
        guard let dtype = DType(rawValue: word) else {
            throw error("unknown dtype '\(word)' (expected \(DType.allCases.map(\.rawValue).joined(separator: ", ")))", at: dtypeToken)
        }
        var shape: [Int] = []
        var count = 1
        for token in try numberList("the shape") {
            let size = try integer(token, "a shape size")
            guard size >= 0 else { throw error("shape size \(size) is negative", at: token) }
            let (product, overflow) = count.multipliedReportingOverflow(by: size)
            guard !overflow else { throw error("type has too many elements", at: dtypeToken) }
            count = product
            shape.append(size)
        }
        return TensorType(dtype, shape)
    }

    /// `name = value, …}` after the opening brace.
    mutating func parseAttributes(into attributes: inout ParsedAttributes) throws {
        if isPunct("}") {
            _ = try take()
            return
        }
        while true {
            let (name, nameToken) = try expectIdentifier("an attribute name")
            if attributes.values[name] != nil {
                throw error("attribute '\(name)' is given twice", at: nameToken)
            }
            try expectPunct("=", "after attribute '\(name)'")
            let valueToken = current
            let value: AttributeValue
            switch current.kind {
            case .number:
                value = .number(try take())
            case .punct("["):
                value = .list(try numberList("attribute '\(name)'"))
            case .identifier(let word):
                _ = try take()
                if isPunct("(") {
                    _ = try take()
                    guard case .number = current.kind else {
                        throw error("expected a number in '\(word)(…)', found \(current.spelling)", at: current)
                    }
                    let argument = try take()
                    try expectPunct(")", "to close '\(word)('")
                    value = .call(word, argument)
                } else {
                    value = .word(word)
                }
            default:
                throw error("expected a value for attribute '\(name)', found \(current.spelling)", at: current)
            }
            attributes.values[name] = ParsedAttribute(nameToken: nameToken, value: value, valueToken: valueToken)
            attributes.order.append(name)
            if isPunct(",") {
                _ = try take()
                continue
            }
            guard isPunct("}") else {
                throw error("expected ',' or '}' after attribute '\(name)', found \(current.spelling)", at: current)
            }
            _ = try take()
            return
        }
    }

    /// `return %i as "name", …` (possibly no outputs), ending its line.
    mutating func parseReturn() throws {
        _ = try take()
        var names = Set<String>()
        if case .value = current.kind {
            while true {
                let token = try take()
                guard case .value(let index) = token.kind else {
                    throw error("expected an output value ('%n') after ',', found \(token.spelling)", at: token)
                }
                guard index < graph.nodes.count else {
                    throw error("output %\(index) is not defined (the graph has \(graph.nodes.count) values)", at: token)
                }
                guard isIdentifier("as") else {
                    throw error("expected 'as \"name\"' after output %\(index), found \(current.spelling)", at: current)
                }
                _ = try take()
                let (name, nameToken) = try expectString("the output name")
                guard names.insert(name).inserted else {
                    throw error("output name \(TextFormat.quoted(name)) is used twice", at: nameToken)
                }
                graph.outputs.append(GraphOutput(name: name, value: ValueID(index)))
                guard isPunct(",") else { break }
                _ = try take()
                try skipNewlines()  // long output lists continue on the next line after a comma
            }
        }
        switch current.kind {
        case .newline: try skipNewlines()
        case .end, .punct("}"): break
        default: throw error("unexpected \(current.spelling) in the return statement", at: current)
        }
    }

    // MARK: Checks

    /// Operands of leaves, leaf payloads and names, and the declared type against the op's rule.
    mutating func check(_ op: Op, operands: [ValueID], operandTokens: [GraphToken], type: TensorType,
                        typeToken: GraphToken, opToken: GraphToken, payload: ParsedPayload?) throws {
        if op.isLeaf {
            if let first = operandTokens.first {
                throw error("\(op.name) is a leaf and takes no operands", at: first)
            }
            if case .literal(let values) = op, values.count != type.elementCount {
                throw error("literal has \(values.count) value(s) but type \(type) has \(type.elementCount) element(s)",
                            at: payload?.token ?? opToken)
            }
            switch op {
            case .input(let name), .parameter(let name):
                let kind = op.name
                let at = payload?.token ?? opToken
                if name.isEmpty { throw error("\(kind) name must not be empty", at: at) }
                if let previous = leafNames[name] {
                    throw error("\(TextFormat.quoted(name)) is already the name of \(previous.kind) %\(previous.index) (inputs and parameters share one namespace)", at: at)
                }
                leafNames[name] = (kind, graph.nodes.count)
            default:
                break
            }
            do {
                try op.checkLeaf(type)
            } catch let e as TuskError {
                throw error(Self.shapeMessage(e), at: opToken)
            }
            return
        }
        let inferred: TensorType
        do {
            inferred = try op.resultType(operands.map { graph.nodes[$0.index].type })
        } catch let e as TuskError {
            throw error(Self.shapeMessage(e), at: opToken)
        }
        if inferred != type {
            throw error("declared type \(type) does not match the type \(inferred) that \(op.name) infers", at: typeToken)
        }
    }

    private static func shapeMessage(_ e: TuskError) -> String {
        if case let .shape(op, message, operands, _) = e {
            let types = operands.isEmpty ? "" : " (operands: \(operands.map(\.description).joined(separator: ", ")))"
            return "\(op): \(message)\(types)"
        }
        return e.description
    }
}

/// The value written after a leaf's name.
struct ParsedPayload {
    enum Kind {
        case string(String)
        case number
        case list([GraphToken])
    }
    var kind: Kind
    var token: GraphToken
}

/// An attribute value before it is interpreted for a particular op.
enum AttributeValue {
    case number(GraphToken)
    case word(String)
    case list([GraphToken])
    /// `constant(0.0)`
    case call(String, GraphToken)
}

struct ParsedAttribute {
    var nameToken: GraphToken
    var value: AttributeValue
    var valueToken: GraphToken
}

/// The `{…}` of one node.
struct ParsedAttributes {
    var opName: String
    var opToken: GraphToken
    var brace: GraphToken?
    var values: [String: ParsedAttribute] = [:]
    var order: [String] = []
}
