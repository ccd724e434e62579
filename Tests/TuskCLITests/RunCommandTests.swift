import Foundation
import Testing
import TuskCLI
import TuskIR
import TuskNN

/// `tusk run` on a tiny graph: bindings from safetensors, outputs to safetensors, on both
/// backends, and clear errors for missing, mis-shaped or corrupt bindings.
@Suite struct RunCommandTests {
    /// y = x·W + b, z = sum(y) over axis 1.
    static func tinyGraph() throws -> Graph {
        try Graph.trace("tiny") { b in
            let x = b.input("x", [2, 3])
            let w = b.parameter("fc.weight", [3, 2])
            let bias = b.parameter("fc.bias", [2])
            let y = x.matmul(w) + bias
            return [("y", y), ("z", y.sum(axes: [1]))]
        }
    }

    static let bindings: [String: TensorData] = [
        "x": TensorData([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3]),
        "fc.weight": TensorData([1, 0, 0, 1, 1, -1] as [Float], shape: [3, 2]),
        "fc.bias": TensorData([0.5, -0.5] as [Float], shape: [2]),
    ]
    // Hand-computed: x·W = [[1+3, 2-3], [4+6, 5-6]] = [[4, -1], [10, -1]]; + b.
    static let expectedY = TensorData([4.5, -1.5, 10.5, -1.5] as [Float], shape: [2, 2])
    static let expectedZ = TensorData([3, 9] as [Float], shape: [2])

    func writeFixture(_ dir: String) throws -> (graph: String, weights: String, inputs: String) {
        let graphPath = dir + "/tiny.txt"
        try Self.tinyGraph().text.write(toFile: graphPath, atomically: true, encoding: .utf8)
        let weights = dir + "/weights.safetensors", inputs = dir + "/inputs.safetensors"
        try Safetensors.write(Self.bindings.filter { $0.key != "x" }, to: weights)
        try Safetensors.write(["x": Self.bindings["x"]!], to: inputs)
        return (graphPath, weights, inputs)
    }

    @Test(arguments: BackendChoice.allCases)
    func runsTinyGraphThroughTheBinary(backend: BackendChoice) throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (graph, weights, inputs) = try writeFixture(dir)
        let out = dir + "/out.safetensors"
        let result = try runTusk(["run", graph, "--inputs", weights, "--inputs", inputs, "--outputs", out,
                                  "--backend", backend.rawValue, "--optimize", "--repeat", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("compile"))
        #expect(result.stdout.contains("median of 3"))
        let (outputs, metadata) = try Safetensors.read(path: out)
        // Small integers and halves: every intermediate is exact in f32, so compare exactly.
        #expect(outputs["y"] == Self.expectedY)
        #expect(outputs["z"] == Self.expectedZ)
        #expect(metadata["backend"] == backend.rawValue)
    }

    @Test func missingAndMisshapedBindings() throws {
        let graph = try Self.tinyGraph()
        var missing = Self.bindings
        missing["fc.bias"] = nil
        #expect(throws: TuskError.binding("graph 'tiny': missing parameter 'fc.bias' (f32[2])")) {
            try GraphRunner(backend: .reference).run(graph, bindings: missing)
        }
        var wrong = Self.bindings
        wrong["x"] = TensorData([1, 2, 3] as [Float], shape: [3])
        wrong["fc.weight"] = Self.bindings["fc.weight"]!.converted(to: .f64)
        #expect(throws: TuskError.binding("graph 'tiny': input 'x' is f32[3] but the graph expects f32[2,3]; parameter 'fc.weight' is f64[3,2] but the graph expects f32[3,2]")) {
            try GraphRunner(backend: .reference).run(graph, bindings: wrong)
        }
    }

    @Test func binaryReportsBindingAndFileErrors() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (graph, weights, inputs) = try writeFixture(dir)
        let out = dir + "/out.safetensors"

        let missing = try runTusk(["run", graph, "--inputs", weights, "--outputs", out])
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: input binding error: graph 'tiny': missing input 'x' (f32[2,3])\n")
        #expect(!FileManager.default.fileExists(atPath: out))

        // A truncated safetensors file: a clear error naming the file, no crash.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: inputs))
        let truncated = dir + "/truncated.safetensors"
        try bytes.prefix(bytes.count - 3).write(to: URL(fileURLWithPath: truncated))
        let result = try runTusk(["run", graph, "--inputs", weights, "--inputs", truncated, "--outputs", out])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(truncated): error: tensor 'x':"), "\(result.stderr)")
        #expect(result.stderr.contains("truncated"), "\(result.stderr)")

        let twice = try runTusk(["run", graph, "--inputs", inputs, "--inputs", inputs, "--outputs", out])
        #expect(twice.status == 1)
        #expect(twice.stderr.hasPrefix("error: tensor 'x' is given twice"), "\(twice.stderr)")
    }
}
