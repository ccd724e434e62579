/// Printing of ops in the text format: one exhaustive switch over `Op`, so a new op does not
/// compile until it has a spelling. The parser (`GraphParser+Ops.swift`) reads back exactly
/// these names, payloads and attributes.
extension Op {
    /// What a leaf prints right after its name: the quoted name of an input or parameter, the
    /// value of a fill, the row-major data of a literal (`[1.5, -2.0]`). Nil for every other op.
    public var textPayload: String? {
        switch self {
        case .input(let name), .parameter(let name): TextFormat.quoted(name)
        case .fill(let value): TextFormat.double(value)
        case .literal(let values): TextFormat.doubles(values)
        case .iota, .unary, .binary, .compare, .select, .cast, .reduce, .softmax, .matmul, .conv,
             .convTranspose, .convFilterGradient, .reshape, .permute, .broadcast, .slice, .concat,
             .pad, .roll, .dynamicRoll, .gather, .scatterAdd, .scaledDotProductAttention, .scaledDotProductAttentionBackward:
            nil
        }
    }

    /// The op's attributes as printed between braces, in their canonical order
    /// (`[("transpose_a", "false"), ("transpose_b", "true")]`). Empty for ops without attributes.
    public var textAttributes: [(name: String, value: String)] {
        typealias I = TextFormat
        switch self {
        case .input, .parameter, .fill, .literal:
            return []
        case let .iota(axis, start, step):
            return [("axis", "\(axis)"), ("start", I.double(start)), ("step", I.double(step))]
        case .unary, .binary, .compare, .select:
            return []
        case .cast(let dtype):
            return [("dtype", dtype.rawValue)]
        case let .reduce(_, axes, keepDims):
            return [("axes", I.ints(axes)), ("keep_dims", "\(keepDims)")]
        case .softmax(let axis):
            return [("axis", "\(axis)")]
        case let .matmul(transposeA, transposeB):
            return [("transpose_a", "\(transposeA)"), ("transpose_b", "\(transposeB)")]
        case .conv(let attrs), .convTranspose(let attrs):
            return Op.convTextAttributes(attrs)
        case let .convFilterGradient(attrs, kernel):
            return Op.convTextAttributes(attrs) + [("kernel", I.ints(kernel))]
        case .reshape(let shape):
            return [("shape", I.ints(shape))]
        case .permute(let perm):
            return [("perm", I.ints(perm))]
        case .broadcast(let shape):
            return [("shape", I.ints(shape))]
        case let .slice(start, limit, stride):
            return [("start", I.ints(start)), ("limit", I.ints(limit)), ("stride", I.ints(stride))]
        case .concat(let axis):
            return [("axis", "\(axis)")]
        case let .pad(low, high, mode):
            return [("low", I.ints(low)), ("high", I.ints(high)), ("mode", I.padMode(mode))]
        case .roll(let shifts):
            return [("shifts", I.ints(shifts))]
        case .dynamicRoll(let axes):
            return [("axes", I.ints(axes))]
        case .gather(let axis):
            return [("axis", "\(axis)")]
        case let .scatterAdd(axis, size):
            return [("axis", "\(axis)"), ("size", "\(size)")]
        case .scaledDotProductAttention(let attrs), .scaledDotProductAttentionBackward(let attrs):
            return attrs.textAttributes
        }
    }

    /// The op without operands, as the text format spells it: `matmul {transpose_a = false,
    /// transpose_b = true}`, `input "x"`, `fill 0.125`. Useful in messages and dumps.
    public var textDescription: String {
        var s = name
        if let payload = textPayload { s += " " + payload }
        let attributes = textAttributes
        if !attributes.isEmpty {
            s += " {" + attributes.map { "\($0.name) = \($0.value)" }.joined(separator: ", ") + "}"
        }
        return s
    }

    private static func convTextAttributes(_ a: ConvAttributes) -> [(name: String, value: String)] {
        [("strides", TextFormat.ints(a.strides)), ("pad_low", TextFormat.ints(a.padLow)),
         ("pad_high", TextFormat.ints(a.padHigh))]
    }
}

/// Spellings of numbers, lists and strings shared by the text printer, the parser's messages
/// and the DOT export.
enum TextFormat {
    /// A double that parses back to the identical bit pattern: Swift's shortest round-trip
    /// spelling (`0.125`, `1e-05`, `-0.0`, `inf`, `-inf`), `nan` for the canonical quiet NaN
    /// and `nan(0x…)` with the full 64-bit pattern for any other NaN (sign, signaling, payload).
    static func double(_ value: Double) -> String {
        if value.isNaN {
            if value.bitPattern == Double.nan.bitPattern { return "nan" }
            return "nan(0x" + String(value.bitPattern, radix: 16) + ")"
        }
        return value.description
    }

    /// `[1.5, -2.0]`
    static func doubles(_ values: [Double]) -> String {
        "[" + values.map(double).joined(separator: ", ") + "]"
    }

    /// `[0,1,1]` — the spelling of shapes (as in `f32[2,3]`), axes and widths.
    static func ints(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    static func padMode(_ mode: PadMode) -> String {
        switch mode {
        case .constant(let v): "constant(\(double(v)))"
        case .circular: "circular"
        }
    }

    /// A double-quoted string with `"` and `\` escaped, `\n` `\t` `\r` `\0` for those controls
    /// and `\u{…}` for every other scalar that does not print visibly.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                }
            }
        }
        return out + "\""
    }

    /// Whether a scalar may appear raw inside a quoted string: visible characters and the plain
    /// space; not controls, format characters, line/paragraph separators, other spaces,
    /// private-use or unassigned code points.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        if scalar.value < 0x80 { return scalar.value > 0x20 && scalar.value < 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
             .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// Graph names print bare after `@` when they use only these characters.
    static func isBareNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", ".": true
        default: false
        }
    }

    /// `@attention_block`, or `@"name with spaces"` when the name needs quoting.
    static func graphName(_ name: String) -> String {
        if !name.isEmpty && name.unicodeScalars.allSatisfy(isBareNameCharacter) { return "@" + name }
        return "@" + quoted(name)
    }
}
