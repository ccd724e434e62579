/// Building an `Op` from its name, leaf payload and attributes: the inverse of `Op+Print.swift`.
extension GraphParser {
    /// Every op name the text format knows, for the "unknown op" message.
    static let opNames: [String] = {
        var names = ["input", "parameter", "fill", "iota", "literal"]
        names += UnaryOp.allCases.map(\.rawValue) + BinaryOp.allCases.map(\.rawValue) + CompareOp.allCases.map(\.rawValue)
        names += ["select", "cast"] + ReduceOp.allCases.map { "reduce_\($0.rawValue)" }
        names += ["softmax", "matmul", "conv", "conv_transpose", "conv_filter_grad", "reshape", "permute",
                  "broadcast", "slice", "concat", "pad", "roll", "dynamic_roll", "gather", "scatter_add",
                  "scaled_dot_product_attention", "scaled_dot_product_attention_backward"]
        return names
    }()

    static let knownOpNames = Set(opNames)

    /// Throws unless `name` is an op of the text format.
    func checkOpName(_ name: String, at token: GraphToken) throws {
        guard GraphParser.knownOpNames.contains(name) else {
            throw error("unknown op '\(name)' (ops are: \(GraphParser.opNames.joined(separator: ", ")))", at: token)
        }
    }

    /// The op named `name`, with its payload and attributes interpreted and checked.
    func makeOp(_ name: String, opToken: GraphToken, payload: ParsedPayload?,
                attributes: ParsedAttributes) throws -> Op {
        try checkOpName(name, at: opToken)
        let a = AttributeReader(parser: self, attributes: attributes)

        // Leaves with a payload.
        switch name {
        case "input", "parameter":
            try a.expect([])
            guard let payload, case .string(let leafName) = payload.kind else {
                throw error("\(name) needs its name as a quoted string, e.g. \(name) \"x\"",
                            at: payload?.token ?? opToken)
            }
            return name == "input" ? .input(leafName) : .parameter(leafName)
        case "fill":
            try a.expect([])
            guard let payload, case .number = payload.kind else {
                throw error("fill needs its value, e.g. fill 0.5", at: payload?.token ?? opToken)
            }
            return .fill(try double(payload.token, "the fill value"))
        case "literal":
            try a.expect([])
            guard let payload, case .list(let items) = payload.kind else {
                throw error("literal needs its values in brackets, e.g. literal [1.0, 2.0]", at: payload?.token ?? opToken)
            }
            return .literal(try items.map { try double($0, "a literal value") })
        default:
            break
        }
        if let payload {
            throw error("\(name) takes no value after its name (only leaves do)", at: payload.token)
        }

        if let u = UnaryOp(rawValue: name) {
            try a.expect([])
            return .unary(u)
        }
        if let b = BinaryOp(rawValue: name) {
            try a.expect([])
            return .binary(b)
        }
        if let c = CompareOp(rawValue: name) {
            try a.expect([])
            return .compare(c)
        }
        if name.hasPrefix("reduce_"), let r = ReduceOp(rawValue: String(name.dropFirst(7))) {
            try a.expect(["axes", "keep_dims"])
            return .reduce(r, axes: try a.ints("axes"), keepDims: try a.bool("keep_dims"))
        }

        switch name {
        case "iota":
            try a.expect(["axis", "start", "step"])
            return .iota(axis: try a.int("axis"), start: try a.double("start"), step: try a.double("step"))
        case "select":
            try a.expect([])
            return .select
        case "cast":
            try a.expect(["dtype"])
            return .cast(try a.dtype("dtype"))
        case "softmax":
            try a.expect(["axis"])
            return .softmax(axis: try a.int("axis"))
        case "matmul":
            try a.expect(["transpose_a", "transpose_b"])
            return .matmul(transposeA: try a.bool("transpose_a"), transposeB: try a.bool("transpose_b"))
        case "conv", "conv_transpose":
            try a.expect(["strides", "pad_low", "pad_high"])
            let attrs = try a.conv()
            return name == "conv" ? .conv(attrs) : .convTranspose(attrs)
        case "conv_filter_grad":
            try a.expect(["strides", "pad_low", "pad_high", "kernel"])
            return .convFilterGradient(try a.conv(), kernel: try a.ints("kernel"))
        case "reshape":
            try a.expect(["shape"])
            return .reshape(try a.shape("shape"))
        case "permute":
            try a.expect(["perm"])
            return .permute(try a.ints("perm"))
        case "broadcast":
            try a.expect(["shape"])
            return .broadcast(try a.shape("shape"))
        case "slice":
            try a.expect(["start", "limit", "stride"])
            return .slice(start: try a.ints("start"), limit: try a.ints("limit"), stride: try a.ints("stride"))
        case "concat":
            try a.expect(["axis"])
            return .concat(axis: try a.int("axis"))
        case "pad":
            try a.expect(["low", "high", "mode"])
            return .pad(low: try a.ints("low"), high: try a.ints("high"), mode: try a.padMode("mode"))
        case "roll":
            try a.expect(["shifts"])
            return .roll(try a.ints("shifts"))
        case "dynamic_roll":
            try a.expect(["axes"])
            return .dynamicRoll(axes: try a.ints("axes"))
        case "gather":
            try a.expect(["axis"])
            return .gather(axis: try a.int("axis"))
        case "scatter_add":
            try a.expect(["axis", "size"])
            return .scatterAdd(axis: try a.int("axis"), size: try a.int("size"))
        case "scaled_dot_product_attention", "scaled_dot_product_attention_backward":
            try a.expect(["scale", "causal", "bias_head_axis", "bias_buckets", "rotary_features"])
            var attrs = AttentionAttributes(scale: try a.double("scale"), causal: try a.bool("causal"),
                                            rotaryFeatures: a.has("rotary_features") ? try a.int("rotary_features") : 0)
            switch (a.has("bias_head_axis"), a.has("bias_buckets")) {
            case (true, true):
                attrs.bias = RelativePositionBias(headAxis: try a.int("bias_head_axis"), buckets: try a.ints("bias_buckets"))
            case (false, false):
                break
            default:
                throw error("\(name): bias_head_axis and bias_buckets are given together or not at all",
                            at: attributes.brace ?? opToken)
            }
            return name == "scaled_dot_product_attention" ? .scaledDotProductAttention(attrs)
                                                          : .scaledDotProductAttentionBackward(attrs)
        default:
            throw error("unknown op '\(name)'", at: opToken)
        }
    }
}

/// Reads the attributes of one node by name and kind, reporting unknown, missing and
/// ill-typed ones at their tokens.
struct AttributeReader {
    let parser: GraphParser
    let attributes: ParsedAttributes

    /// Checks that only `names` are given (every one of them is then required by its getter).
    func expect(_ names: [String]) throws {
        for name in attributes.order where !names.contains(name) {
            let token = attributes.values[name]!.nameToken
            let expected = names.isEmpty
                ? "\(attributes.opName) takes no attributes"
                : "\(attributes.opName) takes \(names.joined(separator: ", "))"
            throw parser.error("unknown attribute '\(name)' (\(expected))", at: token)
        }
    }

    /// Whether the optional attribute `name` is given.
    func has(_ name: String) -> Bool { attributes.values[name] != nil }

    private func attribute(_ name: String) throws -> ParsedAttribute {
        guard let a = attributes.values[name] else {
            throw parser.error("\(attributes.opName) needs attribute '\(name)'", at: attributes.brace ?? attributes.opToken)
        }
        return a
    }

    func int(_ name: String) throws -> Int {
        let a = try attribute(name)
        guard case .number(let token) = a.value else {
            throw parser.error("attribute '\(name)' must be an integer", at: a.valueToken)
        }
        return try parser.integer(token, "'\(name)'")
    }

    func double(_ name: String) throws -> Double {
        let a = try attribute(name)
        guard case .number(let token) = a.value else {
            throw parser.error("attribute '\(name)' must be a number", at: a.valueToken)
        }
        return try parser.double(token, "'\(name)'")
    }

    func bool(_ name: String) throws -> Bool {
        let a = try attribute(name)
        switch a.value {
        case .word("true"): return true
        case .word("false"): return false
        default: throw parser.error("attribute '\(name)' must be true or false", at: a.valueToken)
        }
    }

    func ints(_ name: String) throws -> [Int] {
        let a = try attribute(name)
        guard case .list(let tokens) = a.value else {
            throw parser.error("attribute '\(name)' must be a list of integers such as [0,1]", at: a.valueToken)
        }
        return try tokens.map { try parser.integer($0, "'\(name)'") }
    }

    /// A list of integers whose product fits in an `Int` (a target shape).
    func shape(_ name: String) throws -> [Int] {
        let values = try ints(name)
        var count = 1
        for v in values where v >= 0 {
            let (product, overflow) = count.multipliedReportingOverflow(by: v)
            if overflow { throw parser.error("shape in '\(name)' has too many elements", at: try attribute(name).valueToken) }
            count = product
        }
        return values
    }

    func dtype(_ name: String) throws -> DType {
        let a = try attribute(name)
        guard case .word(let word) = a.value, let dtype = DType(rawValue: word) else {
            throw parser.error("attribute '\(name)' must be a dtype (\(DType.allCases.map(\.rawValue).joined(separator: ", ")))",
                               at: a.valueToken)
        }
        return dtype
    }

    func padMode(_ name: String) throws -> PadMode {
        let a = try attribute(name)
        switch a.value {
        case .word("circular"):
            return .circular
        case .call("constant", let token):
            return .constant(try parser.double(token, "the pad value"))
        default:
            throw parser.error("attribute '\(name)' must be circular or constant(value)", at: a.valueToken)
        }
    }

    func conv() throws -> ConvAttributes {
        ConvAttributes(strides: try ints("strides"), padLow: try ints("pad_low"), padHigh: try ints("pad_high"))
    }
}
