import TuskCompiler
import TuskIR
import TuskNN
import TuskPasses
import TuskRuntime
import TuskExamples

/// The steps of `tusk demo` as a library function: it prints through `emit` and returns the
/// measured numbers, so a test can run the demo on a small budget and check them.
public struct DemoReport: Sendable {
    /// The model `tusk demo` runs by default: the README's attention block.
    public static let defaultExample = "attention-block"

    public var example: String
    public var tracedNodes: Int
    public var optimizedNodes: Int
    public var parameterCount: Int
    public var traceSeconds: Double
    public var optimizeSeconds: Double
    public var compileSeconds: Double
    /// Median BLAS run time over the timed runs.
    public var medianRunSeconds: Double
    public var referenceRunSeconds: Double
    /// Largest |BLAS − reference interpreter (f32)| over all outputs.
    public var maxAbsDiffReference: Double
    /// Largest |BLAS − float64 interpreter| over all outputs (the f32 error floor).
    public var maxAbsDiffFloat64: Double
    /// Largest |output| of the float64 interpreter (to read the differences against).
    public var maxAbsOutput: Double
    /// Files written under the output folder.
    public var files: [String]

    /// BLAS and the reference interpreter both compute in f32 but accumulate in different
    /// orders (blocked GEMM vs plain loops); over the example's reductions (length ≤ a few
    /// hundred) that moves results by a few ulps of the largest partial sums. 1e-4 relative to
    /// the largest output magnitude leaves two orders of magnitude of margin over what we see
    /// (~1e-6) while still catching any real semantic difference.
    public static let relativeTolerance = 1e-4

    /// Runs the demo. Throws if a step fails or BLAS and the reference disagree beyond
    /// `relativeTolerance`.
    public static func run(example: String, outputDirectory: String, runs: Int, seed: UInt64,
                           printGraphs: Bool, emit: (String) -> Void) throws -> DemoReport {
        // 1. Define: trace the Swift model definition.
        let (model, traceSeconds) = try Timing.measure { try ExampleModels.model(named: example) }
        let traced = model.graph
        let stats = try GraphStats(traced)
        emit("== 1. define: \(example) (graph '\(traced.name)')")
        emit("   traced in \(Timing.format(traceSeconds)): \(traced.nodes.count) nodes, "
             + "\(stats.parameterTensors) parameter tensors (\(GraphStats.grouped(stats.parameterElements)) parameters), "
             + "inputs " + traced.inputs.map { "\($0.name): \($0.type)" }.joined(separator: ", "))

        // 2. Optimize with the standard pipeline.
        let driver = BackendChoice.blas.driver()
        let ((optimized, passReport), optimizeSeconds) = try Timing.measure {
            try driver.jointPipeline.runWithReport(try driver.autodiff(traced, .forward))
        }
        emit("")
        emit("== 2. optimize: standard pipeline, \(traced.nodes.count) → \(optimized.nodes.count) nodes in \(Timing.format(optimizeSeconds))")
        emit(passReport.table.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n"))

        // 3. Dump both stages.
        try TextFile.makeDirectories(outputDirectory)
        var files: [String] = []
        for (stage, graph) in [(Stage.traced, traced), (.optimized, optimized)] {
            for format in GraphFormat.allCases {
                let path = "\(outputDirectory)/\(example).\(stage.rawValue).\(format.fileExtension)"
                try TextFile.write(GraphDump.render(graph, format: format), to: path)
                files.append(path)
            }
        }
        emit("")
        emit("== 3. dump: " + files.joined(separator: ", "))
        if printGraphs {
            emit("-- traced --\n" + traced.text + "-- optimized --\n" + optimized.text)
        }

        // 4. Bindings: parameters from the model's initializers, inputs ~ N(0, 1), all from the seed.
        var bindings = try model.initialParameters(seed: seed)
        for input in traced.inputs {
            guard input.type.dtype.isFloatingPoint else {
                throw CLIError("the demo can only synthesize floating-point inputs; '\(input.name)' is \(input.type)")
            }
            bindings[input.name] = try Initializer.normal(std: 1).sample(input.type, seed: seed, stream: "input." + input.name)
        }
        let needed = Set(optimized.inputs.map(\.name) + optimized.parameters.map(\.name))
        let optimizedBindings = bindings.filter { needed.contains($0.key) }

        // 5. Compile and run on BLAS (timed), then the reference interpreter for comparison.
        let (executable, compileSeconds) = try Timing.measure { try driver.compile(optimized: optimized).executable }
        var outputs: [String: TensorData] = [:]
        var times: [Double] = []
        for _ in 0..<runs {
            let (result, seconds) = try Timing.measure { try executable.run(optimizedBindings) }
            outputs = result
            times.append(seconds)
        }
        let reference = try ReferenceBackend().compile(traced)
        let (expected, referenceSeconds) = try Timing.measure { try reference.run(bindings) }
        let oracle = try Interpreter(precision: .float64).run(traced, bindings)

        var maxDiff = 0.0, maxDiff64 = 0.0, maxAbs = 0.0
        emit("")
        emit("== 4. run: BLAS backend, seed \(seed)")
        for out in traced.outputs {
            guard let got = outputs[out.name], let want = expected[out.name], let exact = oracle[out.name] else {
                throw CLIError("output '\(out.name)' missing from a backend's results")
            }
            let g = got.doubles, w = want.doubles, e = exact.doubles
            guard g.count == w.count, g.count == e.count else {
                throw CLIError("output '\(out.name)': BLAS gives \(got.type), the reference \(want.type)")
            }
            for i in g.indices {
                maxDiff = max(maxDiff, abs(g[i] - w[i]))
                maxDiff64 = max(maxDiff64, abs(g[i] - e[i]))
                maxAbs = max(maxAbs, abs(e[i]))
            }
            let preview = g.prefix(6).map { Timing.fixed($0, 5) }.joined(separator: ", ")
            let mean = g.reduce(0, +) / Double(max(1, g.count))
            emit("   \(out.name): \(got.type) = [\(preview)\(g.count > 6 ? ", …" : "")]  mean \(Timing.fixed(mean, 6))")
        }
        emit("")
        emit("== 5. timings and agreement")
        emit("   trace       \(Timing.format(traceSeconds))")
        emit("   optimize    \(Timing.format(optimizeSeconds))")
        emit("   compile     \(Timing.format(compileSeconds)) (BLAS)")
        emit("   run         \(Timing.format(Timing.median(times))) median of \(runs) (BLAS)"
             + "; reference interpreter \(Timing.format(referenceSeconds))")
        emit("   max |BLAS − reference f32| = \(scientific(maxDiff)), max |BLAS − f64 oracle| = \(scientific(maxDiff64)), max |y| = \(scientific(maxAbs))")

        let report = DemoReport(
            example: example, tracedNodes: traced.nodes.count, optimizedNodes: optimized.nodes.count,
            parameterCount: stats.parameterElements, traceSeconds: traceSeconds, optimizeSeconds: optimizeSeconds,
            compileSeconds: compileSeconds, medianRunSeconds: Timing.median(times), referenceRunSeconds: referenceSeconds,
            maxAbsDiffReference: maxDiff, maxAbsDiffFloat64: maxDiff64, maxAbsOutput: maxAbs, files: files)
        let bound = relativeTolerance * max(1, maxAbs)
        guard maxDiff <= bound else {
            throw CLIError("BLAS and the reference interpreter disagree: max |Δ| = \(scientific(maxDiff)) > \(scientific(bound))")
        }
        emit("   agreement OK (tolerance \(scientific(bound)))")
        return report
    }
}

/// `1.234e-06`: three significant digits, for error magnitudes.
func scientific(_ x: Double) -> String {
    guard x.isFinite, x != 0 else { return x == 0 ? "0" : "\(x)" }
    var exponent = 0
    var m = abs(x)
    while m >= 10 { m /= 10; exponent += 1 }
    while m < 1 { m *= 10; exponent -= 1 }
    let mantissa = Timing.fixed(m, 2)
    let sign = x < 0 ? "-" : ""
    if mantissa == "10.00" { return sign + "1.00e" + exp(exponent + 1) }
    return sign + mantissa + "e" + exp(exponent)
}

private func exp(_ e: Int) -> String {
    (e < 0 ? "-" : "+") + (abs(e) < 10 ? "0" : "") + String(abs(e))
}
