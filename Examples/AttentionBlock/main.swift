// attention-example: traces the example pre-norm transformer block, prints its graph in the text
// format, and runs it with seeded parameters and inputs on the reference interpreter (f32, and
// the f64 oracle) and on the BLAS backend, printing a summary of the output.
//
//     swift run attention-example [batch tokens width heads]
import Foundation
import TuskExamples
import TuskCompiler
import TuskIR
import TuskNN
import TuskPasses
import TuskRuntime

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let (batch, tokens, width, heads) = arguments.count == 4
    ? (arguments[0], arguments[1], arguments[2], arguments[3])
    : (2, 8, 32, 4)

/// Mean, RMS and the first values of a tensor.
func summary(_ t: TensorData) -> String {
    let v = t.doubles
    let mean = v.reduce(0, +) / Double(v.count)
    let rms = (v.map { $0 * $0 }.reduce(0, +) / Double(v.count)).squareRoot()
    return "\(t.type)  mean \(String(format: "%.6f", mean))  rms \(String(format: "%.6f", rms))  first \(v.prefix(4).map { String(format: "%.5f", $0) })"
}

func maxDifference(_ a: TensorData, _ b: TensorData) -> Double {
    zip(a.doubles, b.doubles).map { abs($0 - $1) }.max() ?? 0
}

do {
    let model = try attentionBlockExample(batch: batch, tokens: tokens, width: width, heads: heads)
    let graph = model.graph
    print("// attention block: batch \(batch), tokens \(tokens), width \(width), heads \(heads); "
          + "\(graph.nodes.count) nodes, \(graph.parameters.map(\.type.elementCount).reduce(0, +)) parameter values")
    print(graph.text)

    let bindings = try model.initialParameters(seed: 0)
        .merging(ExampleModels.sampleInputs(for: graph, seed: 0)) { p, _ in p }

    let oracle = try ReferenceBackend(precision: .float64).compile(graph).run(bindings)["y"]!
    let reference = try ReferenceBackend().compile(graph).run(bindings)["y"]!
    // The compile driver: forward pipeline → joint pipeline → BLAS (what `tusk run --optimize` does).
    let compiled = try CompileDriver(backend: BLASBackend()).compile(graph, .forward)
    let optimized = compiled.graph
    let blas = try compiled.executable.run(bindings)["y"]!
    print("reference (f32):  \(summary(reference))")
    print("reference (f64):  \(summary(oracle))")
    print("blas (optimized, \(optimized.nodes.count) nodes): \(summary(blas))")
    print("max |reference f32 − f64| = \(maxDifference(reference, oracle)), max |blas − f64| = \(maxDifference(blas, oracle))")
} catch {
    print("error: \(error)")
    exit(1)
}
