import Testing
import TuskIR
import TuskTestSupport
@testable import TuskPasses

/// Whether two results are the same bit for bit, except that any NaN matches any NaN.
///
/// Tolerance: none. Every pass here only removes, merges or re-associates nothing: the
/// simplifier's rules are exact identities under IEEE arithmetic (x·1, x+(−0.0), movement
/// compositions), and folding evaluates each op with the same interpreter, in the same dtype, on
/// the same operand values as running the graph would. So results must agree bit for bit,
/// including the sign of zero. NaN payloads are exempt: IEEE 754 does not specify which payload
/// an operation propagates, so a NaN's bits are not semantics.
func sameBits(_ a: TensorData, _ b: TensorData) -> Bool {
    guard a.type == b.type else { return false }
    switch (a.storage, b.storage) {
    case let (.f32(x), .f32(y)):
        return zip(x, y).allSatisfy { ($0.isNaN && $1.isNaN) || $0.bitPattern == $1.bitPattern }
    case let (.f64(x), .f64(y)):
        return zip(x, y).allSatisfy { ($0.isNaN && $1.isNaN) || $0.bitPattern == $1.bitPattern }
    default:
        return a == b
    }
}

/// The first output whose values differ between the two runs, with both values; nil if none.
func firstMismatch(_ expected: [String: TensorData], _ actual: [String: TensorData]) -> String? {
    for (name, e) in expected.sorted(by: { $0.key < $1.key }) {
        guard let a = actual[name] else { return "output '\(name)' is missing" }
        if !sameBits(e, a) { return "output '\(name)': expected \(e.doubles) \(e.type), got \(a.doubles) \(a.type)" }
    }
    if actual.count != expected.count { return "outputs \(actual.keys.sorted()) vs \(expected.keys.sorted())" }
    return nil
}

/// Runs `transform` on random graphs and checks it preserves every output bit for bit under
/// the native-precision reference interpreter, for two bindings per graph: the generator's
/// default mix (uniform values with ±0, ±1, ±∞, NaN sprinkled in) and a signed-zero-heavy one
/// (half of all elements ±0.0), which exercises the sign-of-zero identities. Records an issue
/// naming the seed for each graph whose outputs differ (unless `recordIssues` is false).
///
/// Each random graph is checked twice: as generated (with its dead code), and with every
/// non-leaf value made an output (`exposingAllValues`). The second form observes every
/// intermediate value, so a wrong rewrite cannot hide behind a later op that masks it (a
/// sign-of-zero error disappears under `exp`, a wrong value under a `max`).
func checkPreservesSemantics(
    _ what: String, seeds: Range<UInt64>, options: RandomGraphOptions = RandomGraphOptions(),
    recordIssues: Bool = true, _ transform: (Graph) throws -> Graph,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> (changed: Int, mismatches: Int) {
    let interpreter = Interpreter(precision: .native)
    var changed = 0, mismatches = 0
    for seed in seeds {
        var generator = RandomGraphGenerator(seed: seed, options: options)
        let original = try generator.graph()
        for g in [original, exposingAllValues(original)] {
            let transformed = try transform(g)
            try transformed.verify()
            if !transformed.isIdentical(to: g) { changed += 1 }
            let bindingSets = [generator.bindings(for: g), generator.bindings(for: g, specialRate: 0.5, specials: [0, -0.0])]
            for bindings in bindingSets {
                let expected = try interpreter.run(g, bindings)
                let actual = try interpreter.run(transformed, bindings)
                if let problem = firstMismatch(expected, actual) {
                    mismatches += 1
                    if recordIssues {
                        Issue.record("\(what), seed \(seed): \(problem)\nbefore:\n\(listing(g))\nafter:\n\(listing(transformed))",
                                     sourceLocation: sourceLocation)
                    }
                    break
                }
            }
        }
    }
    return (changed, mismatches)
}

/// The graph with every non-leaf value also exposed as an output `v<index>`.
func exposingAllValues(_ g: Graph) -> Graph {
    var exposed = g
    for (i, node) in g.nodes.enumerated() where !node.op.isLeaf {
        exposed.outputs.append(GraphOutput(name: "v\(i)", value: ValueID(i)))
    }
    return exposed
}
