import Foundation
import Testing
@testable import TuskIR

/// Keeps `Docs/IR.md` honest: every ```tusk example parses, verifies and is printed canonically,
/// and every op of the text format is documented.
@Suite struct TextDocTests {
    static let docURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Docs/IR.md")

    static func examples(in doc: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in doc.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```tusk" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else if current != nil {
                current!.append(line)
            }
        }
        return blocks
    }

    @Test func examplesParseAndAreCanonical() throws {
        let doc = try String(contentsOf: Self.docURL, encoding: .utf8)
        let blocks = Self.examples(in: doc)
        #expect(blocks.count >= 25, "found \(blocks.count) examples")
        for block in blocks {
            do {
                let g = try Graph.parse(block, file: "IR.md")
                #expect(g.text == block, "example is not in canonical form:\n\(block)")
            } catch {
                Issue.record("example does not parse: \(error)\n\(block)")
            }
        }
    }

    @Test func everyOpIsDocumented() throws {
        let doc = try String(contentsOf: Self.docURL, encoding: .utf8)
        for name in GraphParser.opNames {
            #expect(doc.contains("`\(name)`"), "Docs/IR.md does not document `\(name)`")
        }
        // Every op with attributes has an example that spells them.
        let examples = Self.examples(in: doc).joined()
        for name in GraphParser.opNames where !UnaryOp.allCases.map(\.rawValue).contains(name)
            && !BinaryOp.allCases.map(\.rawValue).contains(name) && !CompareOp.allCases.map(\.rawValue).contains(name)
            && name != "reduce_min" {
            #expect(examples.contains("= \(name) ") || examples.contains("= \(name)\n"), "no example of \(name)")
        }
    }
}
