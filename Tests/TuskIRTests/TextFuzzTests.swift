import Testing
@testable import TuskIR

/// Random truncations and mutations of valid texts must give a `TuskError.parse` (or another
/// `TuskError`) or a valid graph — never a trap, never another error type.
@Suite struct TextFuzzTests {
    /// TuskIR's seeded SplitMix64, so a failure reproduces.
    typealias SplitMix = SplitMix64

    /// Characters that matter to the grammar, plus a few that do not belong in it.
    static let alphabet: [Unicode.Scalar] = Array("%@[](){},:=\"\\ \n-+.0123456789eEaxnfi_/#é".unicodeScalars)

    static func mutate(_ text: [Unicode.Scalar], _ rng: inout SplitMix) -> [Unicode.Scalar] {
        var s = text
        let edits = Int.random(in: 1...3, using: &rng)
        for _ in 0..<edits where !s.isEmpty {
            let i = Int.random(in: 0..<s.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: // truncate
                s = Array(s[..<i])
            case 1: // replace one character
                s[i] = alphabet.randomElement(using: &rng)!
            case 2: // insert one character
                s.insert(alphabet.randomElement(using: &rng)!, at: i)
            case 3: // delete a short range
                s.removeSubrange(i..<min(s.count, i + Int.random(in: 1...8, using: &rng)))
            case 4: // duplicate a short range elsewhere
                let piece = s[i..<min(s.count, i + Int.random(in: 1...12, using: &rng))]
                s.insert(contentsOf: piece, at: Int.random(in: 0...s.count, using: &rng))
            default: // change a digit into a large or negative number
                if let j = s[i...].firstIndex(where: { ("0"..."9").contains($0) }) {
                    let replacement = ["-1", "0", "99999999999", "2147483647", "9223372036854775808", "3"]
                        .randomElement(using: &rng)!
                    s.replaceSubrange(j...j, with: replacement.unicodeScalars)
                }
            }
        }
        return s
    }

    @Test func mutatedTextsNeverTrap() throws {
        let seeds = [try TextFixtures.everyOp(), try TextFixtures.specialDoublesGraph(), try TextFixtures.attentionBlock()]
        var rng = SplitMix(seed: 0x7A5C)
        var parsed = 0, rejected = 0
        // 250 mutants per seed: ~2 s in a debug build, and every mutation kind is drawn often.
        for graph in seeds {
            let source = Array(graph.text(includeLocations: true).unicodeScalars)
            for _ in 0..<250 {
                var mutated = String()
                mutated.unicodeScalars.append(contentsOf: Self.mutate(source, &rng))
                do {
                    let g = try Graph.parse(mutated)
                    // Whatever parsed is a valid graph whose text is canonical.
                    try g.verify()
                    let again = try Graph.parse(g.text)
                    #expect(again.text == g.text)
                    parsed += 1
                } catch is TuskError {
                    rejected += 1
                } catch {
                    Issue.record("non-Tusk error \(error) for:\n\(mutated)")
                }
            }
        }
        // Both outcomes occur: mutations in names and numbers often still parse.
        #expect(parsed > 0 && rejected > 0, "parsed \(parsed), rejected \(rejected)")
    }

    @Test func everyPrefixIsRejectedOrValid() throws {
        let source = Array(try TextFixtures.attentionBlock().text.unicodeScalars)
        let closingBrace = source.lastIndex(of: "}")!
        for n in 0...closingBrace {
            var prefix = String()
            prefix.unicodeScalars.append(contentsOf: source[..<n])
            // Every prefix that stops before the closing brace is incomplete.
            #expect(throws: TuskError.self, "prefix of length \(n)") { try Graph.parse(prefix) }
        }
    }
}
