import Testing
@testable import TuskIR

/// Graphs shared by the text-format tests.
enum TextFixtures {
    /// Names that need every kind of escape.
    static let oddName = "tab\tquote\"back\\slash\u{7}bell é漢 \u{200B}zw"

    /// Every op and attribute, all dtypes, rank-0 values, empty attribute lists, negative numbers,
    /// names needing escapes, several outputs (one value under two names). No NaN, so `==` holds.
    static func everyOp() throws -> Graph {
        try Graph.trace("every op \"v2\"") { b in
            let x = b.input("x", [2, 3, 4])
            let w = b.scope("blocks") { b.scope("0") { b.parameter("weight", [4, 5]) } }
            let odd = b.input(oddName, [2], .f64)
            let flags = b.input("flags", [2, 3, 4], .bool)
            let ids = b.input("ids", [3], .i64)

            // Leaves.
            let half = b.fill(0.5)
            let negF64 = b.fill(-2.25, [], .f64)
            let io = b.iota([3, 4], axis: 1, start: -1.5, step: 0.25)
            let ioI = b.iota([3], axis: 0, start: 0, step: 1, .i64)
            let lit = b.literal([1.5, -2.0, 0, 3e-8], [2, 2])
            let litI32 = b.literal([2, 0, 1], [3], .i32)
            let litBool = b.literal([1, 0], [2], .bool)
            let empty = b.literal([], [0, 3])
            let scalarLit = b.literal([-7], [], .i64)

            // Elementwise.
            var u = x
            for op in UnaryOp.allCases where op != .logicalNot { u = u.unary(op) }
            let intUnary = litI32.unary(.neg).unary(.abs).unary(.sign)
            let notMask = flags.unary(.logicalNot)
            var bin = x
            for op in BinaryOp.allCases { bin = bin.binary(op, half) }
            let intBin = litI32 + litI32
            let f64Bin = odd * negF64
            let cmps = CompareOp.allCases.map { x.compare($0, half) }
            let boolCmp = litBool.compare(.eq, litBool)
            let sel = b.select(cmps[0], x, half)
            let casts = DType.allCases.map { x.cast($0) }

            // Reductions.
            let rsum = x.reduce(.sum, axes: [1, 2], keepDims: true)
            let rmean = x.reduce(.mean, axes: [0])
            let rmax = x.reduce(.max, axes: [])
            let rmin = x.reduce(.min, axes: [0, 1, 2])
            let rInt = ids.reduce(.sum, axes: [0], keepDims: false)
            let sm = x.softmax(axis: 1)

            // Contractions.
            let mm = x.matmul(w)
            let mmB = x.matmul(x, transposeB: true)
            let mmA = x.matmul(x, transposeA: true)
            let img = b.input("image", [1, 2, 7, 6])
            let k = b.parameter("conv.weight", [3, 2, 3, 2])
            let conv = ConvAttributes(strides: [2, 1], padLow: [1, 0], padHigh: [0, 1])
            let cv = img.conv(k, strides: conv.strides, padLow: conv.padLow, padHigh: conv.padHigh)
            let fg = img.apply(.convFilterGradient(conv, kernel: [3, 2]), [cv], file: #fileID, line: #line)
            let seq = b.input("seq", [1, 2, 4])
            let kt = b.parameter("up.weight", [2, 3, 3])
            let ct = seq.convTranspose(kt, strides: [2], padLow: [1], padHigh: [-1])
            let c3 = b.input("vol", [1, 1, 3, 3, 3], .f64)
            let k3 = b.parameter("vol.weight", [1, 1, 1, 1, 1], .f64)
            let cv3 = c3.conv(k3, strides: [1, 1, 1])

            // Movement.
            let rsh = x.reshape([6, 4])
            let rsh0 = scalarLit.reshape([1, 1]).reshape([])
            let pm = x.permute([2, 0, 1])
            let pm0 = rmin.permute([])
            let bc = half.broadcast(to: [2, 3])
            let sl = x.apply(.slice(start: [0, 1, 0], limit: [2, 3, 4], stride: [1, 1, 3]), file: #fileID, line: #line)
            let sl0 = rmin.apply(.slice(start: [], limit: [], stride: []), file: #fileID, line: #line)
            let cc = b.concat([x, x, bin], axis: 2)
            let cc1 = b.concat([empty], axis: 0)
            let pc = x.pad(low: [0, 1, 1], high: [0, 1, 2], mode: .constant(-1.5))
            let pcirc = x.pad(low: [0, 1, 2], high: [1, 0, 1], mode: .circular)
            let pad0 = rmin.pad(low: [], high: [])
            let rl = x.roll([1, -2, 5])
            let rl0 = rmin.roll([])
            let drl = x.roll(litI32, axes: [0, 1, 2])
            let drl1 = x.roll(ioI.slice(axis: 0, 1..<2), axes: [-1])
            let g1 = x.gather(litI32, axis: 1)
            let g2 = io.gather(ioI, axis: 0)
            let sc = g1.scatterAdd(litI32, axis: 1, size: 5)

            // Fused attention: bias + causal (Tq 3, Tk 5: 7 offsets), and plain.
            let aq = b.input("attn.q", [2, 3, 4]), ak = b.input("attn.k", [2, 5, 4]), av = b.input("attn.v", [2, 5, 2])
            let at = b.parameter("attn.table", [4, 2])
            let biased = AttentionAttributes(scale: 1.0 / 3.0, causal: true,
                                             bias: RelativePositionBias(headAxis: 0, buckets: [0, 1, 2, 3, 3, 2, 1]))
            let att = aq.apply(.scaledDotProductAttention(biased), [ak, av, at], file: #fileID, line: #line)
            let attB = aq.apply(.scaledDotProductAttentionBackward(biased), [ak, av, at, att, att], file: #fileID, line: #line)
            let attPlain = aq.apply(.scaledDotProductAttention(AttentionAttributes(scale: 0.5)), [ak, av], file: #fileID, line: #line)
            let cq = b.input("attn.cos_q", [3, 2]), ck = b.input("attn.cos_k", [5, 2])
            let attRope = aq.apply(.scaledDotProductAttention(AttentionAttributes(scale: 0.5, rotaryFeatures: 2)),
                                   [ak, av, cq, cq, ck, ck], file: #fileID, line: #line)

            return [("y", u), ("grad.blocks.0.weight", mm), ("y again", u), (oddName, f64Bin),
                    ("int_unary", intUnary), ("not", notMask), ("int_bin", intBin), ("bool_cmp", boolCmp),
                    ("sel", sel), ("rsum", rsum), ("rmean", rmean), ("rmax", rmax), ("rint", rInt), ("sm", sm),
                    ("mmB", mmB), ("mmA", mmA), ("fg", fg), ("ct", ct), ("cv3", cv3), ("rsh", rsh),
                    ("rsh0", rsh0), ("pm", pm), ("pm0", pm0), ("bc", bc), ("sl", sl), ("sl0", sl0), ("cc", cc),
                    ("cc1", cc1), ("pc", pc), ("pcirc", pcirc), ("pad0", pad0), ("rl", rl), ("rl0", rl0), ("drl", drl), ("drl1", drl1),
                    ("g2", g2), ("sc", sc), ("lit", lit), ("att", att), ("attB", attB), ("attPlain", attPlain), ("attRope", attRope)]
                + cmps.enumerated().map { ("cmp\($0.offset)", $0.element) }
                + casts.map { ("cast_\($0.dtype)", $0) }
        }
    }

    /// Doubles whose spelling is delicate; NaNs included, so compare with `bitsOf`, not `==`.
    static let specialDoubles: [Double] = [
        .nan, -.nan, .signalingNaN, Double(nan: 0x123, signaling: false), -Double(nan: 0x5, signaling: true),
        .infinity, -.infinity, -0.0, 0.0, .leastNonzeroMagnitude, -.leastNormalMagnitude,
        .greatestFiniteMagnitude, 0.1, 1e-7, -1e300, 1.0 / 3.0, 123456789012345680000.0, 4294967296.0,
    ]

    /// Every special double as a fill, as iota start/step, as literal data and as a pad value.
    static func specialDoublesGraph() throws -> Graph {
        try Graph.trace("specials") { b in
            var outputs: [(String, Tensor)] = []
            for (i, v) in specialDoubles.enumerated() {
                let f = b.fill(v, [], .f64)
                let io = b.iota([2], axis: 0, start: v, step: -v)
                let p = f.pad(low: [], high: [], mode: .constant(v))
                outputs += [("fill\(i)", f), ("iota\(i)", io), ("pad\(i)", p)]
            }
            outputs.append(("literal", b.literal(specialDoubles, [specialDoubles.count], .f64)))
            return outputs
        }
    }

    /// Every Double carried by an op, for bit-exact comparisons.
    static func bitsOf(_ op: Op) -> [UInt64] {
        switch op {
        case .fill(let v): [v.bitPattern]
        case let .iota(_, start, step): [start.bitPattern, step.bitPattern]
        case .literal(let values): values.map(\.bitPattern)
        case .pad(_, _, .constant(let v)): [v.bitPattern]
        case .scaledDotProductAttention(let a), .scaledDotProductAttentionBackward(let a): [a.scale.bitPattern]
        default: []
        }
    }

    /// The top-level case of an op. Exhaustive on purpose: adding an `Op` case stops this
    /// file compiling until the new op is added here and to `everyOp()`.
    static func kind(_ op: Op) -> String {
        switch op {
        case .input: "input"
        case .parameter: "parameter"
        case .fill: "fill"
        case .iota: "iota"
        case .literal: "literal"
        case .unary: "unary"
        case .binary: "binary"
        case .compare: "compare"
        case .select: "select"
        case .cast: "cast"
        case .reduce: "reduce"
        case .softmax: "softmax"
        case .matmul: "matmul"
        case .conv: "conv"
        case .convTranspose: "convTranspose"
        case .convFilterGradient: "convFilterGradient"
        case .reshape: "reshape"
        case .permute: "permute"
        case .broadcast: "broadcast"
        case .slice: "slice"
        case .concat: "concat"
        case .pad: "pad"
        case .roll: "roll"
        case .dynamicRoll: "dynamicRoll"
        case .gather: "gather"
        case .scatterAdd: "scatterAdd"
        case .scaledDotProductAttention: "scaledDotProductAttention"
        case .scaledDotProductAttentionBackward: "scaledDotProductAttentionBackward"
        }
    }

    static let allKinds: Set<String> = [
        "input", "parameter", "fill", "iota", "literal", "unary", "binary", "compare", "select", "cast",
        "reduce", "softmax", "matmul", "conv", "convTranspose", "convFilterGradient", "reshape", "permute",
        "broadcast", "slice", "concat", "pad", "roll", "dynamicRoll", "gather", "scatterAdd",
        "scaledDotProductAttention", "scaledDotProductAttentionBackward",
    ]

    /// The example of the issue: an attention-like block with readable names.
    static func attentionBlock() throws -> Graph {
        try Graph.trace("attention_block") { b in
            let x = b.input("x", [2, 16, 32])
            let w = b.scope("blocks") { b.scope("0") { b.parameter("qkv.weight", [32, 96]) } }
            let qkv = x.matmul(w)
            let y = qkv * 0.125
            return [("y", y), ("qkv", qkv)]
        }
    }
}

@Suite struct TextRoundTripTests {
    @Test func everyOpIsCovered() throws {
        let g = try TextFixtures.everyOp()
        #expect(Set(g.nodes.map { TextFixtures.kind($0.op) }) == TextFixtures.allKinds)
        #expect(Set(g.nodes.map(\.op.name)) == Set(GraphParser.opNames), "every op name, sub-ops included")
        #expect(Set(g.nodes.map(\.type.dtype)) == Set(DType.allCases))
        #expect(g.nodes.contains { $0.type.rank == 0 })
    }

    @Test func everyOpRoundTrips() throws {
        let g = try TextFixtures.everyOp()
        let text = g.text
        let parsed = try Graph.parse(text)
        #expect(parsed == g)
        #expect(parsed.name == g.name)
        #expect(parsed.outputs == g.outputs)
        #expect(parsed.text == text, "printing is canonical")
        #expect(parsed.nodes.allSatisfy { $0.location == nil }, "default text carries no locations")
    }

    @Test func everyAttributeIsPrinted() throws {
        let text = try TextFixtures.everyOp().text
        for expected in [
            "reduce_sum %0 {axes = [1,2], keep_dims = true}", "reduce_max %0 {axes = [], keep_dims = false}",
            "{strides = [2,1], pad_low = [1,0], pad_high = [0,1]}",
            "{strides = [2,1], pad_low = [1,0], pad_high = [0,1], kernel = [3,2]}",
            "{strides = [2], pad_low = [1], pad_high = [-1]}", "mode = constant(-1.5)", "mode = circular",
            "roll %0 {shifts = [1,-2,5]}", "iota {axis = 1, start = -1.5, step = 0.25}", "literal [1.5, -2.0, 0.0, 3e-08]",
            "{transpose_a = true, transpose_b = false}", "cast %0 {dtype = i64}", "slice %0 {start = [0,1,0], limit = [2,3,4], stride = [1,1,3]}",
            "scatter_add", "{axis = 1, size = 5}", "permute", "{perm = []}", "f32[] = fill 0.5", "literal []\n",
            "parameter \"blocks.0.weight\"", "input \"tab\\tquote\\\"back\\\\slash\\u{7}bell é漢 \\u{200b}zw\"",
            "graph @\"every op \\\"v2\\\"\" {", "as \"y again\"",
            "  return %25 as \"y\",\n         %58 as \"grad.blocks.0.weight\",\n         %25 as \"y again\",\n",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test func attentionBlockGolden() throws {
        let g = try TextFixtures.attentionBlock()
        let expected = """
            graph @attention_block {
              %0: f32[2,16,32] = input "x"
              %1: f32[32,96] = parameter "blocks.0.qkv.weight"
              %2: f32[2,16,96] = matmul %0, %1 {transpose_a = false, transpose_b = false}
              %3: f32[] = fill 0.125
              %4: f32[2,16,96] = mul %2, %3
              return %4 as "y", %2 as "qkv"
            }

            """
        #expect(g.text == expected)
        #expect(try Graph.parse(expected) == g)
    }

    @Test func specialDoublesKeepTheirBits() throws {
        let g = try TextFixtures.specialDoublesGraph()
        let parsed = try Graph.parse(g.text)
        #expect(parsed.nodes.count == g.nodes.count)
        for (a, b) in zip(g.nodes, parsed.nodes) {
            #expect(TextFixtures.bitsOf(a.op) == TextFixtures.bitsOf(b.op), "\(a.op.textDescription)")
            #expect(a.type == b.type && a.operands == b.operands)
        }
        #expect(parsed.text == g.text)
        let text = g.text
        for spelling in ["fill nan", "fill inf", "fill -inf", "fill -0.0", "fill 5e-324", "fill 1.7976931348623157e+308",
                         "nan(0xfff8000000000000)", "fill 0.3333333333333333"] {
            #expect(text.contains(spelling), "missing \(spelling)")
        }
    }

    @Test func locationsRoundTripWhenAsked() throws {
        let g = try TextFixtures.everyOp()
        #expect(g.nodes.contains { $0.location != nil } && g.nodes.contains { $0.location == nil },
                "DSL methods record locations, Swift operators do not")
        let text = g.text(includeLocations: true)
        #expect(text.contains(" loc(\"TuskIRTests/TextRoundTripTests.swift\":"))
        let parsed = try Graph.parse(text)
        #expect(parsed == g)
        #expect(parsed.nodes.map(\.location) == g.nodes.map(\.location))
        #expect(parsed.text(includeLocations: true) == text)
        #expect(parsed.text == g.text)
        #expect(!g.text.contains("loc("))
    }

    @Test func emptyGraphRoundTrips() throws {
        let g = Graph(name: "empty")
        #expect(g.text == "graph @empty {\n  return\n}\n")
        #expect(try Graph.parse(g.text) == g)
        let unnamed = Graph(name: "")
        #expect(try Graph.parse(unnamed.text) == unnamed)
    }

    @Test func lenientInputIsReadAndReprintedCanonically() throws {
        let source = """
            // a comment line
            graph @g {   // trailing comment

              %0: f32[2,2] = literal [1,
                                      2, 3,
                                      4]
              %1: f32[2,2] = pad %0 {mode = constant(0), high = [0,0], low = [0,0]}
              %2: f32[] = fill 1e0
              %3: f32[2,2] = add %1, %2 {}
              %4: f32[2,2] = reduce_sum %3 {keep_dims = true, axes = [ ]} loc("M.swift":-3)
              return %3 as "a" , %4 as "b" }
            """
        let g = try Graph.parse(source, file: "g.tusk")
        #expect(g.nodes[0].op == .literal([1, 2, 3, 4]))
        #expect(g.nodes[1].op == .pad(low: [0, 0], high: [0, 0], mode: .constant(0)))
        #expect(g.nodes[4].location == SourceLocation(file: "M.swift", line: -3))
        let canonical = """
            graph @g {
              %0: f32[2,2] = literal [1.0, 2.0, 3.0, 4.0]
              %1: f32[2,2] = pad %0 {low = [0,0], high = [0,0], mode = constant(0.0)}
              %2: f32[] = fill 1.0
              %3: f32[2,2] = add %1, %2
              %4: f32[2,2] = reduce_sum %3 {axes = [], keep_dims = true}
              return %3 as "a", %4 as "b"
            }

            """
        #expect(g.text == canonical)
    }

    @Test func graphNamesPrintBareOrQuoted() throws {
        for (name, spelled) in [("a.b_c9", "@a.b_c9"), ("9lives", "@9lives"), ("with space", "@\"with space\""),
                                ("", "@\"\""), ("a-b", "@\"a-b\""), ("é", "@\"é\"")] {
            let g = Graph(name: name)
            #expect(g.text.hasPrefix("graph \(spelled) {"))
            #expect(try Graph.parse(g.text).name == name)
        }
    }
}
