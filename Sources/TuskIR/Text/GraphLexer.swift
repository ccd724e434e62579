/// A token of the graph text format with the 1-based line and column (in Unicode scalars) of
/// its first character.
struct GraphToken: Sendable {
    enum Kind: Equatable, Sendable {
        /// `%12`
        case value(Int)
        /// `@name` or `@"quoted name"`; the payload is the name.
        case graphName(String)
        /// A word: op name, keyword, attribute name, dtype, `true`, `circular`, …
        case identifier(String)
        /// A number as written: `12`, `-0.5`, `1e-05`, `inf`, `-inf`, `nan`, `nan(0x7ff4…)`.
        case number(String)
        /// A quoted string, unescaped.
        case string(String)
        /// One of `{ } [ ] ( ) , : =`.
        case punct(Unicode.Scalar)
        /// End of a line outside `[ ]` and `( )`: statements end here.
        case newline
        case end
    }

    var kind: Kind
    var line: Int
    var column: Int

    /// How the token reads in an error message.
    var spelling: String {
        switch kind {
        case .value(let i): "'%\(i)'"
        case .graphName(let n): "'\(TextFormat.graphName(n))'"
        case .identifier(let s): "'\(s)'"
        case .number(let s): "'\(s)'"
        case .string(let s): "string \(TextFormat.quoted(s))"
        case .punct(let c): "'\(c)'"
        case .newline: "end of line"
        case .end: "end of input"
        }
    }
}

/// Splits graph text into tokens, lazily. Whitespace and `//` comments separate tokens;
/// newlines are tokens except inside `[ ]` and `( )`, so long literals may wrap.
///
/// Works on UTF-8 bytes (the grammar's own characters are ASCII); columns count Unicode scalars.
struct GraphLexer {
    private let bytes: [UInt8]
    private let file: String?
    private var position = 0
    private var line = 1
    private var column = 1
    private var nesting = 0

    init(_ text: String, file: String?) {
        bytes = Array(text.utf8)
        self.file = file
    }

    private func error(_ message: String, line: Int, column: Int) -> TuskError {
        .parse(file: file, line: line, column: column, message: message)
    }

    /// The byte at `position + offset`, or 0 past the end (0 never starts a token).
    private func peek(_ offset: Int = 0) -> UInt8 {
        let i = position + offset
        return i < bytes.count ? bytes[i] : 0
    }

    private var atEnd: Bool { position >= bytes.count }

    private mutating func advance() {
        let b = bytes[position]
        if b == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 {
            column += 1  // the first byte of a scalar
        }
        position += 1
    }

    /// The text of `bytes[from..<position]`.
    private func text(from start: Int) -> String {
        String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private static func isWordStart(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    private static func isWordCharacter(_ c: UInt8) -> Bool {
        isWordStart(c) || isDigit(c) || c == 0x2E
    }

    /// Words that are numbers (`nan`, `inf`, …) rather than identifiers.
    private static let numberWords: Set<String> = ["nan", "snan", "inf", "infinity"]

    /// The next token; `.end` (repeatedly) once the text is exhausted.
    mutating func next() throws -> GraphToken {
        // Skip blanks and comments.
        while !atEnd {
            let c = peek()
            if c == 0x20 || c == 0x09 || c == 0x0D || (c == 0x0A && nesting > 0) {
                advance()
            } else if c == 0x2F && peek(1) == 0x2F {
                while !atEnd && peek() != 0x0A { advance() }
            } else {
                break
            }
        }
        let startLine = line, startColumn = column, start = position
        func token(_ kind: GraphToken.Kind) -> GraphToken {
            GraphToken(kind: kind, line: startLine, column: startColumn)
        }
        if atEnd { return token(.end) }
        let c = peek()

        switch c {
        case UInt8(ascii: "\n"):
            advance()
            return token(.newline)
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "="):
            advance()
            return token(.punct(Unicode.Scalar(c)))
        case UInt8(ascii: "["), UInt8(ascii: "("):
            advance()
            nesting += 1
            return token(.punct(Unicode.Scalar(c)))
        case UInt8(ascii: "]"), UInt8(ascii: ")"):
            advance()
            nesting = max(0, nesting - 1)
            return token(.punct(Unicode.Scalar(c)))
        case UInt8(ascii: "\""):
            return token(.string(try lexString()))
        case UInt8(ascii: "%"):
            advance()
            let digitsStart = position
            while GraphLexer.isDigit(peek()) { advance() }
            guard position > digitsStart else {
                throw error("expected a value number after '%'", line: startLine, column: startColumn)
            }
            let digits = text(from: digitsStart)
            guard let index = Int(digits) else {
                throw error("value number %\(digits) is too large", line: startLine, column: startColumn)
            }
            return token(.value(index))
        case UInt8(ascii: "@"):
            advance()
            if peek() == UInt8(ascii: "\"") { return token(.graphName(try lexString())) }
            let nameStart = position
            while GraphLexer.isWordCharacter(peek()) { advance() }
            guard position > nameStart else {
                throw error("expected a graph name after '@'", line: startLine, column: startColumn)
            }
            return token(.graphName(text(from: nameStart)))
        default:
            break
        }

        if c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || GraphLexer.isDigit(c) {
            return token(.number(try lexNumber(line: startLine, column: startColumn)))
        }
        if GraphLexer.isWordStart(c) {
            while GraphLexer.isWordCharacter(peek()) { advance() }
            let word = text(from: start)
            if GraphLexer.numberWords.contains(word) {
                try lexNaNPayload(word, line: startLine, column: startColumn)
                return token(.number(text(from: start)))
            }
            return token(.identifier(word))
        }
        // Anything else is an error; name the whole scalar.
        var end = position + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let scalar = String(decoding: bytes[position..<end], as: UTF8.self).unicodeScalars.first ?? "?"
        let shown = TextFormat.isPrintable(scalar) ? "'\(scalar)'" : "U+\(String(scalar.value, radix: 16, uppercase: true))"
        throw error("unexpected character \(shown)", line: startLine, column: startColumn)
    }

    /// A number: optional sign, then digits/`.`/exponent or one of the words `nan`, `inf`, ….
    private mutating func lexNumber(line: Int, column: Int) throws -> String {
        let start = position
        if peek() == UInt8(ascii: "-") || peek() == UInt8(ascii: "+") { advance() }
        let first = peek()
        if GraphLexer.isWordStart(first) {
            let wordStart = position
            while GraphLexer.isWordCharacter(peek()) { advance() }
            let word = text(from: wordStart)
            guard GraphLexer.numberWords.contains(word) else {
                throw error("expected a number, found '\(text(from: start))'", line: line, column: column)
            }
            try lexNaNPayload(word, line: line, column: column)
            return text(from: start)
        }
        guard GraphLexer.isDigit(first) || first == UInt8(ascii: ".") else {
            throw error("expected a number after '\(text(from: start))'", line: line, column: column)
        }
        while !atEnd {
            let d = peek()
            if GraphLexer.isWordCharacter(d) {
                advance()
            } else if d == UInt8(ascii: "-") || d == UInt8(ascii: "+"),
                      bytes[position - 1] == UInt8(ascii: "e") || bytes[position - 1] == UInt8(ascii: "E") {
                advance()
            } else {
                break
            }
        }
        return text(from: start)
    }

    /// The `(0x…)` that may follow `nan` directly (the exact bit pattern of a non-canonical NaN).
    private mutating func lexNaNPayload(_ word: String, line: Int, column: Int) throws {
        guard word == "nan" || word == "snan", peek() == UInt8(ascii: "(") else { return }
        while !atEnd {
            let d = peek()
            if d == 0x0A { break }
            advance()
            if d == UInt8(ascii: ")") { return }
        }
        throw error("unterminated NaN payload after '\(word)'", line: line, column: column)
    }

    /// A double-quoted string with the escapes `\" \\ \n \t \r \0 \u{hex}`.
    private mutating func lexString() throws -> String {
        let startLine = line, startColumn = column
        advance()  // opening quote
        var value: [UInt8] = []
        while true {
            guard !atEnd, peek() != 0x0A else {
                throw error("unterminated string", line: startLine, column: startColumn)
            }
            let c = peek()
            if c == UInt8(ascii: "\"") {
                advance()
                return String(decoding: value, as: UTF8.self)
            }
            if c != UInt8(ascii: "\\") {
                value.append(c)
                advance()
                continue
            }
            let escapeLine = line, escapeColumn = column
            advance()
            guard !atEnd, peek() != 0x0A else {
                throw error("unterminated string", line: startLine, column: startColumn)
            }
            let e = peek()
            advance()
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): value.append(e)
            case UInt8(ascii: "n"): value.append(0x0A)
            case UInt8(ascii: "t"): value.append(0x09)
            case UInt8(ascii: "r"): value.append(0x0D)
            case UInt8(ascii: "0"): value.append(0)
            case UInt8(ascii: "u"):
                guard peek() == UInt8(ascii: "{") else {
                    throw error("expected '{' after \\u", line: escapeLine, column: escapeColumn)
                }
                advance()
                let hexStart = position
                while !atEnd, peek() != UInt8(ascii: "}"), peek() != UInt8(ascii: "\""), peek() != 0x0A,
                      position - hexStart <= 8 {
                    advance()
                }
                let hex = text(from: hexStart)
                guard peek() == UInt8(ascii: "}"), !hex.isEmpty, position - hexStart <= 8,
                      hex.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }),
                      let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                    throw error("invalid unicode escape \\u{\(hex)…", line: escapeLine, column: escapeColumn)
                }
                advance()
                value.append(contentsOf: Array(String(scalar).utf8))
            default:
                let shown = e < 0x80 ? String(Unicode.Scalar(e)) : "…"
                throw error("unknown escape '\\\(shown)' in string", line: escapeLine, column: escapeColumn)
            }
        }
    }
}
