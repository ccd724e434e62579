// attention-example: traces the example pre-norm transformer block, prints its graph, and runs it
// on the reference interpreter with seeded parameters and inputs.
//
//     swift run attention-example [batch tokens width heads]
import Foundation
import TuskExamples
import TuskIR
import TuskNN

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let (batch, tokens, width, heads) = arguments.count == 4
    ? (arguments[0], arguments[1], arguments[2], arguments[3])
    : (2, 8, 32, 4)

do {
    let model = try attentionBlockExample(batch: batch, tokens: tokens, width: width, heads: heads)
    let graph = model.graph
    print("// attention block: batch \(batch), tokens \(tokens), width \(width), heads \(heads)")
    print("// \(graph.nodes.count) nodes, \(graph.parameters.count) parameters "
          + "(\(graph.parameters.map(\.type.elementCount).reduce(0, +)) values)")
    for p in graph.parameters { print("//   \(p.name): \(p.type)") }

    let parameters = try model.initialParameters(seed: 0)
    let bindings = parameters.merging(ExampleModels.sampleInputs(for: graph, seed: 0)) { p, _ in p }

    let y = try Interpreter().run(graph, bindings)["y"]!
    let oracle = try Interpreter(precision: .float64).run(graph, bindings)["y"]!
    let values = y.doubles
    let mean = values.reduce(0, +) / Double(values.count)
    let rms = (values.map { $0 * $0 }.reduce(0, +) / Double(values.count)).squareRoot()
    let maxDiff = zip(values, oracle.doubles).map { abs($0 - $1) }.max() ?? 0
    print("reference interpreter (f32): y \(y.type), mean \(mean), rms \(rms), first \(values.prefix(4).map { Float($0) })")
    print("max |f32 − f64 oracle| = \(maxDiff)")
} catch {
    print("error: \(error)")
    exit(1)
}
