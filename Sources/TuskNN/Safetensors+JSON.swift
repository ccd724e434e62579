import TuskIR

/// The small JSON subset a safetensors header is written in, parsed strictly.
///
/// Tusk parses the header itself rather than through Foundation so that it can reject what a
/// general JSON library silently accepts: duplicate keys (the last one would win), numbers that
/// are not exact non-negative integers, and absurd nesting. Objects keep their key order.
enum SafetensorsJSON: Equatable {
    case object([(key: String, value: SafetensorsJSON)])
    case array([SafetensorsJSON])
    case string(String)
    /// The number's source text, converted only where an integer is expected.
    case number(String)
    case bool(Bool)
    case null

    static func == (a: SafetensorsJSON, b: SafetensorsJSON) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)):
            x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(x), .array(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.number(x), .number(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    /// A short name for error messages ("an array", "a string", …).
    var kindDescription: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    /// The value itself for numbers, its kind otherwise (for error messages).
    var shortDescription: String {
        if case .number(let text) = self { return text }
        return kindDescription
    }

    /// The value as a non-negative integer that fits in `Int`, if it is one exactly
    /// (no sign, fraction or exponent).
    var nonNegativeInt: Int? {
        guard case .number(let text) = self, !text.isEmpty,
              text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        return Int(text)
    }

    /// Parses `bytes` as one JSON value followed only by whitespace.
    /// Throws a message with the byte offset of the problem.
    static func parse(_ bytes: ArraySlice<UInt8>) throws(SafetensorsJSONError) -> SafetensorsJSON {
        var parser = Parser(bytes: bytes)
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        if parser.index != bytes.endIndex {
            throw parser.error("unexpected data after the JSON value")
        }
        return value
    }

    private struct Parser {
        let bytes: ArraySlice<UInt8>
        var index: Int
        /// Deeper nesting than any header needs is refused instead of recursing without bound.
        static let maxDepth = 64

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        func error(_ message: String) -> SafetensorsJSONError {
            SafetensorsJSONError(offset: index - bytes.startIndex, message: message)
        }

        var current: UInt8? { index < bytes.endIndex ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { index += 1 }
        }

        mutating func expect(_ c: UInt8) throws(SafetensorsJSONError) {
            guard current == c else {
                throw error("expected '\(Character(Unicode.Scalar(c)))'")
            }
            index += 1
        }

        mutating func value(depth: Int) throws(SafetensorsJSONError) -> SafetensorsJSON {
            guard depth < Self.maxDepth else { throw error("JSON nested deeper than \(Self.maxDepth) levels") }
            guard let c = current else { throw error("unexpected end of JSON") }
            switch c {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default: throw error("unexpected character '\(Character(Unicode.Scalar(c)))'")
            }
        }

        mutating func literal(_ word: String) throws(SafetensorsJSONError) {
            for b in word.utf8 {
                guard current == b else { throw error("invalid literal (expected '\(word)')") }
                index += 1
            }
        }

        mutating func object(depth: Int) throws(SafetensorsJSONError) -> SafetensorsJSON {
            index += 1  // {
            var members: [(key: String, value: SafetensorsJSON)] = []
            var seen = Set<String>()
            skipWhitespace()
            if current == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw error("expected a string key") }
                let keyStart = index
                let key = try string()
                if !seen.insert(key).inserted {
                    index = keyStart
                    throw error("duplicate key \"\(key)\"")
                }
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                members.append((key, try value(depth: depth + 1)))
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "}"))
                return .object(members)
            }
        }

        mutating func array(depth: Int) throws(SafetensorsJSONError) -> SafetensorsJSON {
            index += 1  // [
            var elements: [SafetensorsJSON] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") { index += 1; return .array(elements) }
            while true {
                skipWhitespace()
                elements.append(try value(depth: depth + 1))
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "]"))
                return .array(elements)
            }
        }

        mutating func number() throws(SafetensorsJSONError) -> SafetensorsJSON {
            let start = index
            if current == UInt8(ascii: "-") { index += 1 }
            func digits(_ p: inout Parser) -> Int {
                let s = p.index
                while let c = p.current, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") { p.index += 1 }
                return p.index - s
            }
            guard digits(&self) > 0 else { throw error("invalid number") }
            if current == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { throw error("invalid number") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { throw error("invalid number") }
            }
            return .number(String(decoding: bytes[start..<index], as: UTF8.self))
        }

        mutating func string() throws(SafetensorsJSONError) -> String {
            index += 1  // opening quote
            var scalars = String.UnicodeScalarView()
            var runStart = index
            func flushRun(_ p: Parser, upTo end: Int, into out: inout String.UnicodeScalarView) throws(SafetensorsJSONError) {
                guard runStart < end else { return }
                guard let s = String(validating: p.bytes[runStart..<end], as: UTF8.self) else {
                    throw SafetensorsJSONError(offset: runStart - p.bytes.startIndex, message: "invalid UTF-8 in string")
                }
                out.append(contentsOf: s.unicodeScalars)
            }
            while true {
                guard let c = current else { throw error("unterminated string") }
                if c == UInt8(ascii: "\"") {
                    try flushRun(self, upTo: index, into: &scalars)
                    index += 1
                    return String(scalars)
                }
                if c < 0x20 { throw error("control character in string") }
                if c != UInt8(ascii: "\\") { index += 1; continue }
                try flushRun(self, upTo: index, into: &scalars)
                index += 1
                guard let e = current else { throw error("unterminated string") }
                index += 1
                switch e {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard current == UInt8(ascii: "\\") else { throw error("unpaired surrogate in \\u escape") }
                        index += 1
                        guard current == UInt8(ascii: "u") else { throw error("unpaired surrogate in \\u escape") }
                        index += 1
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate in \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
                    scalars.append(scalar)
                default:
                    throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))'")
                }
                runStart = index
            }
        }

        mutating func hex4() throws(SafetensorsJSONError) -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard let c = current, let d = Self.hexValue(c) else { throw error("invalid \\u escape") }
                v = v * 16 + d
                index += 1
            }
            return v
        }

        static func hexValue(_ c: UInt8) -> UInt32? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(c - UInt8(ascii: "A") + 10)
            default: nil
            }
        }
    }

    /// Serializes a string as a JSON string literal, escaping like serde_json (the reference
    /// implementation's serializer): `"` `\` and control characters; everything else verbatim.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// A JSON syntax error at a byte offset of the header.
struct SafetensorsJSONError: Error {
    var offset: Int
    var message: String
}
