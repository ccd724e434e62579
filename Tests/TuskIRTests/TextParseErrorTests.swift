import Testing
@testable import TuskIR

/// Every parse error names the line and column of the offending token.
@Suite struct TextParseErrorTests {
    /// Columns referred to below (line 4):
    /// `  %2: f32[2,4] = matmul %0, %1 {transpose_a = false, transpose_b = false}`
    ///    3   7        16 18     25  29 32 33          45 47   52 54         66 68   73
    static let base = """
        graph @g {
          %0: f32[2,3] = input "x"
          %1: f32[3,4] = parameter "w"
          %2: f32[2,4] = matmul %0, %1 {transpose_a = false, transpose_b = false}
          return %2 as "y"
        }

        """

    /// `base` with one substring replaced (which must occur exactly once).
    static func variant(_ old: String, _ new: String) -> String {
        precondition(base.components(separatedBy: old).count == 2, "ambiguous replacement \(old)")
        return base.replacingOccurrences(of: old, with: new)
    }

    func expectError(_ text: String, line: Int, column: Int, _ fragment: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            let g = try Graph.parse(text, file: "g.tusk")
            Issue.record("expected a parse error, got a graph:\n\(g.text)", sourceLocation: sourceLocation)
        } catch let TuskError.parse(file, l, c, message) {
            #expect(file == "g.tusk", sourceLocation: sourceLocation)
            #expect(l == line && c == column, "reported \(l):\(c): \(message)", sourceLocation: sourceLocation)
            #expect(message.contains(fragment), "message: \(message)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("expected TuskError.parse, got \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func baseParses() throws {
        let g = try Graph.parse(Self.base)
        #expect(g.text == Self.base)
    }

    @Test func unknownOp() {
        expectError(Self.variant("matmul", "matmull"), line: 4, column: 18, "unknown op 'matmull'")
        expectError(Self.variant("input", "reduce_prod"), line: 2, column: 18, "unknown op 'reduce_prod'")
    }

    @Test func badAttributes() {
        expectError(Self.variant("transpose_a", "transpose_x"), line: 4, column: 33, "unknown attribute 'transpose_x'")
        expectError(Self.variant("transpose_b = false", "transpose_b = 3"), line: 4, column: 68, "must be true or false")
        expectError(Self.variant(", transpose_b = false", ""), line: 4, column: 32, "needs attribute 'transpose_b'")
        expectError(Self.variant(" {transpose_a = false, transpose_b = false}", ""), line: 4, column: 18,
                    "needs attribute 'transpose_a'")
        expectError(Self.variant("transpose_b = false", "transpose_a = true"), line: 4, column: 54,
                    "attribute 'transpose_a' is given twice")
        expectError(Self.variant("transpose_b = false}", "transpose_b = false"), line: 4, column: 73,
                    "expected ',' or '}'")
        expectError(Self.variant("input \"x\"", "input \"x\" {axis = 0}"), line: 2, column: 29,
                    "unknown attribute 'axis' (input takes no attributes)")
    }

    @Test func undefinedAndForwardReferences() {
        expectError(Self.variant("matmul %0, %1", "matmul %0, %3"), line: 4, column: 29, "%3 is used before it is defined")
        expectError(Self.variant("matmul %0, %1", "matmul %2, %1"), line: 4, column: 25, "%2 is used before it is defined")
        expectError(Self.variant("return %2", "return %7"), line: 5, column: 10, "output %7 is not defined")
    }

    @Test func valueNumbering() {
        expectError(Self.variant("%1: f32[3,4]", "%5: f32[3,4]"), line: 3, column: 3, "expected value %1")
        expectError(Self.variant("%1: f32[3,4]", "%0: f32[3,4]"), line: 3, column: 3, "expected value %1")
        expectError(Self.variant("%1: f32[3,4]", "% 1: f32[3,4]"), line: 3, column: 3, "expected a value number after '%'")
    }

    @Test func typeDisagreement() {
        expectError(Self.variant("%2: f32[2,4]", "%2: f32[2,5]"), line: 4, column: 7,
                    "declared type f32[2,5] does not match the type f32[2,4] that matmul infers")
        expectError(Self.variant("%2: f32[2,4]", "%2: f64[2,4]"), line: 4, column: 7, "f64[2,4]")
        // The operands themselves do not fit: reported at the op, naming both operand types.
        expectError(Self.variant("%1: f32[3,4]", "%1: f32[5,4]"), line: 4, column: 18,
                    "matmul: contraction sizes differ: 3 vs 5 (operands: f32[2,3], f32[5,4])")
        expectError(Self.variant("matmul %0, %1", "matmul %0"), line: 4, column: 18, "expects 2 operand(s), got 1")
    }

    @Test func names() {
        expectError(Self.variant("return %2 as \"y\"", "return %2 as \"y\", %0 as \"y\""), line: 5, column: 27,
                    "output name \"y\" is used twice")
        expectError(Self.variant("parameter \"w\"", "parameter \"x\""), line: 3, column: 28, "already the name of input %0")
        expectError(Self.variant("parameter \"w\"", "parameter \"\""), line: 3, column: 28, "name must not be empty")
        expectError(Self.variant("parameter \"w\"", "parameter 3"), line: 3, column: 28, "needs its name as a quoted string")
    }

    @Test func strings() {
        expectError(Self.variant("input \"x\"", "input \"x"), line: 2, column: 24, "unterminated string")
        expectError(Self.variant("input \"x\"", "input \"x\\q\""), line: 2, column: 26, "unknown escape '\\q'")
        expectError(Self.variant("input \"x\"", "input \"x\\u{110000}\""), line: 2, column: 26, "invalid unicode escape")
    }

    @Test func structure() {
        expectError(Self.variant("input \"x\"", "input \"x\" junk"), line: 2, column: 28, "unexpected 'junk'")
        expectError(Self.base + "extra\n", line: 7, column: 1, "after the end of the graph")
        expectError(String(Self.base.dropLast(2)), line: 6, column: 1, "missing '}'")
        expectError(Self.variant("  return %2 as \"y\"\n", ""), line: 5, column: 1, "missing 'return'")
        expectError(Self.variant("  return %2 as \"y\"\n}\n", ""), line: 5, column: 1, "unexpected end of input")
        expectError("", line: 1, column: 1, "expected 'graph'")
        expectError("graph g {", line: 1, column: 7, "expected the graph name")
        expectError(Self.variant("%2: f32", "%2 f32"), line: 4, column: 6, "expected ':'")
        expectError(Self.variant("f32[2,3] = input", "f32[2,3] input"), line: 2, column: 16, "expected '='")
        expectError(Self.variant("input", "# input"), line: 2, column: 18, "unexpected character '#'")
        expectError(Self.variant("return %2 as \"y\"", "return %2 \"y\""), line: 5, column: 13, "expected 'as \"name\"'")
        expectError(Self.variant("return %2 as \"y\"", "return %2 as \"y\","), line: 6, column: 1,
                    "expected an output value ('%n') after ','")
    }

    @Test func types() {
        expectError(Self.variant("%0: f32[2,3]", "%0: f16[2,3]"), line: 2, column: 7, "unknown dtype 'f16'")
        expectError(Self.variant("%0: f32[2,3]", "%0: f32[2,-3]"), line: 2, column: 13, "shape size -3 is negative")
        expectError(Self.variant("%0: f32[2,3]", "%0: f32[2,99999999999]"), line: 2, column: 13, "out of range")
        expectError(Self.variant("%0: f32[2,3]", "%0: f32[2,1.5]"), line: 2, column: 13, "expected an integer")
        expectError(Self.variant("%0: f32[2,3]", "%0: f32[2147483647,2147483647,2147483647]"), line: 2, column: 7,
                    "too many elements")
    }

    @Test func leaves() {
        expectError(Self.variant("%0: f32[2,3] = input \"x\"", "%0: f32[2,3] = literal [1.0, 2.0]"), line: 2, column: 26,
                    "literal has 2 value(s) but type f32[2,3] has 6 element(s)")
        expectError(Self.variant("parameter \"w\"", "parameter %0 \"w\""), line: 3, column: 28, "takes no operands")
        expectError(Self.variant("%0: f32[2,3] = input \"x\"", "%0: f32[2,3] = fill nan(0x1)"), line: 2, column: 23,
                    "invalid NaN")
        expectError(Self.variant("%0: f32[2,3] = input \"x\"", "%0: f32[2,3] = fill 1.2.3"), line: 2, column: 23,
                    "invalid number '1.2.3'")
        expectError(Self.variant("%0: f32[2,3] = input \"x\"", "%0: f32[2,3] = iota {axis = 2, start = 0.0, step = 1.0}"),
                    line: 2, column: 18, "axis 2 out of range for rank 2")
        expectError(Self.variant("matmul %0, %1 {transpose_a = false, transpose_b = false}", "add %0, %1 \"z\""), line: 4, column: 29,
                    "add takes no value after its name")
    }

    @Test func attributeValues() {
        let padded = """
            graph @p {
              %0: f32[2] = input "x"
              %1: f32[4] = pad %0 {low = [1], high = [1], mode = reflect}
              return %1 as "y"
            }
            """
        // `  %1: f32[4] = pad %0 {low = [1], high = [1], mode = reflect}`: mode value at column 54.
        expectError(padded, line: 3, column: 54, "must be circular or constant(value)")
        expectError(padded.replacingOccurrences(of: "reflect", with: "constant(x)"), line: 3, column: 63,
                    "expected a number in 'constant(…)'")
        expectError(padded.replacingOccurrences(of: "low = [1]", with: "low = 1"), line: 3, column: 30,
                    "must be a list of integers")
        expectError(padded.replacingOccurrences(of: "pad %0 {low = [1], high = [1], mode = reflect}", with: "cast %0 {dtype = f8}"),
                    line: 3, column: 33,
                    "must be a dtype")
    }

    @Test func messageFormat() {
        do {
            _ = try Graph.parse(Self.variant("matmul", "matmull"), file: "model.tusk")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("model.tusk:4:18: error: unknown op 'matmull'"), "\(error)")
        }
    }
}
