import Foundation
import Testing
import TuskCLI
import TuskExamples
import TuskIR

@Suite struct DumpCommandTests {
    /// `tusk dump X > a.txt; tusk dump a.txt` reproduces a.txt byte for byte, for every example
    /// at every stage (library entry points).
    @Test(arguments: Stage.allCases)
    func dumpRoundTripsThroughAFile(stage: Stage) throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for example in ExampleModels.names {
            let first = try GraphDump.render(source: example, stage: stage, format: .text)
            let path = dir + "/\(example).\(stage).txt"
            try first.write(toFile: path, atomically: true, encoding: .utf8)
            let second = try GraphDump.render(source: path, stage: .traced, format: .text)
            #expect(second == first, "\(example) at \(stage)")
        }
    }

    /// The same round trip through the built binary and a shell-style redirect.
    @Test func binaryDumpRoundTrip() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let example = try #require(ExampleModels.names.first)
        let first = try runTusk(["dump", example, "--stage", "optimized"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == (try GraphDump.render(source: example, stage: .optimized, format: .text)))
        let path = dir + "/a.txt"
        try Data(first.stdout.utf8).write(to: URL(fileURLWithPath: path))
        let second = try runTusk(["dump", path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(Data(second.stdout.utf8) == Data(first.stdout.utf8))
    }

    @Test func malformedGraphReportsLineAndColumn() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let example = try #require(ExampleModels.names.first)
        // Take a valid dump and break one token on its third line.
        var lines = try GraphDump.render(source: example, stage: .traced, format: .text)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let target = try #require(lines.indices.first { $0 >= 2 && lines[$0].contains("=") })
        lines[target] = lines[target].replacingOccurrences(of: "=", with: "= @@bogus")
        let path = dir + "/bad.txt"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)

        let result = try runTusk(["dump", path])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(path):\(target + 1):"), "\(result.stderr)")
        #expect(result.stderr.contains(": error: "), "\(result.stderr)")
        // And through the library: a TuskError.parse with that line.
        do {
            _ = try GraphSource.load(path)
            Issue.record("parsing a malformed graph succeeded")
        } catch let TuskError.parse(file, line, column, _) {
            #expect(file == path && line == target + 1 && column >= 1)
        }
    }

    @Test func unknownSourceAndPassAreClearErrors() throws {
        let unknown = try runTusk(["dump", "no-such-model"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: 'no-such-model' is neither a graph file nor a built-in example"), "\(unknown.stderr)")
        let example = try #require(ExampleModels.names.first)
        let pass = try runTusk(["dump", example, "--dump-after", "nonsense"])
        #expect(pass.status == 1)
        #expect(pass.stderr.contains("error: --dump-after: no pass 'nonsense'"), "\(pass.stderr)")
        let badStage = try runTusk(["dump", example, "--stage", "machine-code"])
        #expect(badStage.status != 0)
        #expect(badStage.stderr.hasPrefix("error: "), "\(badStage.stderr)")
    }

    /// `--stage fused` lists the LLVM backend's regions and their loop nests; `--stage llvm`
    /// prints the module's IR, one function per kernel (the mlp: bias + SiLU fused, then a bias).
    @Test func fusedAndLLVMStages() throws {
        let fused = try runTusk(["dump", "mlp", "--stage", "fused"])
        #expect(fused.status == 0, "\(fused.stderr)")
        #expect(fused.stdout.contains("region %5 = silu : f32[4,16] fuses 1: %4 add"), "\(fused.stdout)")
        #expect(fused.stdout.contains("external %2 = matmul"), "\(fused.stdout)")
        #expect(fused.stdout.contains("kernel k5 (out: f32[4,16])"), "\(fused.stdout)")
        let ir = try runTusk(["dump", "mlp", "--stage", "llvm"])
        #expect(ir.status == 0, "\(ir.stderr)")
        #expect(ir.stdout.contains("define noundef i32 @k5(ptr"), "\(ir.stdout)")
        #expect(ir.stdout.contains("@k9("), "\(ir.stdout)")
    }

    @Test func dumpAfterPrintsOneHeaderPerPass() throws {
        let example = try #require(ExampleModels.names.first)
        let graph = try GraphSource.load(example)
        let all = try GraphDump.renderAfterPasses(graph, passName: "all", format: .text)
        let headers = all.split(separator: "\n").filter { $0.hasPrefix("// ---- after ") }
        // The default forward pipeline starts with attention fusion (its cost rule), then the standard passes.
        #expect(headers.first == "// ---- after fuse-attention (forward round 1) ----")
        #expect(headers.contains("// ---- after canonicalize (forward round 1) ----"))
        #expect(headers.contains("// ---- after canonicalize (round 1) ----"))
        #expect(headers.count >= 4)
        let cse = try GraphDump.renderAfterPasses(graph, passName: "cse", format: .text)
        let cseHeaders = cse.split(separator: "\n").filter { $0.hasPrefix("// ---- after ") }
        #expect(!cseHeaders.isEmpty && cseHeaders.allSatisfy { $0.hasPrefix("// ---- after cse (") })
        // The last dump is the optimized graph.
        let last = try #require(cse.components(separatedBy: "\n// ---- after ").last)
        let body = last.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
        #expect(body == (try GraphDump.render(source: example, stage: .optimized, format: .text)))
    }

    @Test func autodiffStageUsesLossOrVJP() throws {
        let withLoss = try Graph.trace("regression") { b in
            let x = b.input("x", [4, 3])
            let w = b.parameter("w", [3, 1])
            let y = x.matmul(w)
            return [("y", y), ("loss", (y * y).mean())]
        }
        let joint = try GraphDump.graph(withLoss, at: .autodiff)
        #expect(joint.outputs.map(\.name) == ["y", "loss", "grad.w"])
        #expect(joint.inputs.map(\.name) == ["x"])  // grad(loss): no cotangent input

        let forward = try Graph.trace("forward") { b in
            let x = b.input("x", [4, 3])
            return [("y", x.matmul(b.parameter("w", [3, 2])).silu())]
        }
        let staged = try GraphDump.graph(forward, at: .autodiff)
        #expect(staged.outputs.map(\.name) == ["y", "grad.w"])
        #expect(staged.inputs.map(\.name) == ["x", "cotangent.y"])
        // The text of the joint graph round-trips like any other.
        #expect(try Graph.parse(staged.text).text == staged.text)
    }

    @Test func statsCountParametersAndOps() throws {
        let graph = try Graph.trace("stats") { b in
            let x = b.input("x", [4, 8])
            let w = b.parameter("fc.weight", [8, 3])
            let bias = b.parameter("fc.bias", [3])
            return [("y", (x.matmul(w) + bias).silu())]
        }
        let stats = try GraphStats(graph)
        #expect(stats.parameterTensors == 2)
        #expect(stats.parameterElements == 27)
        #expect(stats.opCounts["matmul"] == 1)
        #expect(stats.opCounts["parameter"] == 2)
        #expect(stats.inputs.map(\.name) == ["x"])
        let report = stats.report(graphName: "stats")
        #expect(report.contains("parameters  2 tensors, 27 elements"))
        #expect(GraphStats.grouped(423_313) == "423,313")
    }

    @Test func helpEverywhere() throws {
        for command in [[], ["dump"], ["run"], ["demo"]] {
            let result = try runTusk(command + ["--help"])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stdout.contains("USAGE: tusk"), "\(command)")
            #expect(result.stdout.contains("OVERVIEW: "), "\(command)")
        }
        let missing = try runTusk(["run", "x"])
        #expect(missing.status != 0)
        #expect(missing.stderr.hasPrefix("error: Missing expected argument '--outputs <file>'"), "\(missing.stderr)")
    }
}
