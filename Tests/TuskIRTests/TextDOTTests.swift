import Foundation
import Testing
@testable import TuskIR
import TuskTestSupport

@Suite struct TextDOTTests {
    /// The path of Graphviz `dot`, if installed.
    static let dotPath: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func structure() throws {
        let g = try TextFixtures.attentionBlock()
        let dot = g.dot()
        #expect(dot.hasPrefix("digraph \"attention_block\" {\n"))
        #expect(dot.hasSuffix("}\n"))
        #expect(dot.contains("v0 [label=\"%0 input\\nx\\nf32[2,16,32]\", shape=ellipse"))
        #expect(dot.contains("v1 [label=\"%1 parameter\\nblocks.0.qkv.weight\\nf32[32,96]\", shape=box"))
        #expect(dot.contains("v2 [label=\"%2 matmul\\ntranspose_a = false\\ntranspose_b = false\\nf32[2,16,96]\""))
        #expect(dot.contains("v3 [label=\"%3 fill\\n0.125\\nf32[]\", shape=note"))
        #expect(dot.contains("v0 -> v2 [label=\"0\"];\n  v1 -> v2 [label=\"1\"];"))
        #expect(dot.contains("out0 [label=\"y\", shape=doubleoctagon"))
        #expect(dot.contains("v4 -> out0;") && dot.contains("v2 -> out1;"))
        // One node statement per value and per output, one edge per operand and per output.
        let lines = dot.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("  v") && $0.contains("[label=") && !$0.contains("->") }.count == g.nodes.count)
        #expect(lines.filter { $0.contains(" -> ") }.count == g.nodes.map(\.operands.count).reduce(0, +) + g.outputs.count)
    }

    @Test func escapesQuotesAndBackslashes() throws {
        let g = try TextFixtures.everyOp()
        let dot = g.dot()
        #expect(dot.hasPrefix("digraph \"every op \\\"v2\\\"\" {"))
        #expect(dot.contains("tab\\\\u{9}quote\\\"back\\\\slash"))
        // Outside escapes, quotes balance on every line.
        for line in dot.split(separator: "\n") {
            var quotes = 0, escaped = false
            for c in line {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { quotes += 1 }
            }
            #expect(quotes % 2 == 0, "unbalanced quotes in \(line)")
        }
    }

    @Test(CrossChecks.enabled(TextDOTTests.dotPath != nil, "Graphviz `dot`", key: "graphviz"))
    func graphvizAcceptsTheOutput() throws {
        try CrossChecks.require(Self.dotPath != nil, "Graphviz `dot`")
        for g in [try TextFixtures.attentionBlock(), try TextFixtures.everyOp(), try TextFixtures.specialDoublesGraph()] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.dotPath!)
            process.arguments = ["-Tcanon"]
            let input = Pipe(), output = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            input.fileHandleForWriting.write(Data(g.dot().utf8))
            try input.fileHandleForWriting.close()
            let canon = output.fileHandleForReading.readDataToEndOfFile()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "dot rejected \(g.name): \(message)")
            #expect(message.isEmpty, "dot warned about \(g.name): \(message)")
            #expect(String(decoding: canon, as: UTF8.self).contains("out0"))
        }
    }
}
