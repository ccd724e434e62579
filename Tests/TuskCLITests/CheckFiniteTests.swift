import Foundation
import Testing
import TuskIR
import TuskNN
import TuskWalrus

/// `--check-finite` (issue 11, item 3): a step whose outputs hold a NaN or an infinity is re-run
/// op by op on the reference interpreter, and the error names the first op that produced one —
/// its line in the re-run graph's text (written next to the outputs) and the Swift call that
/// built it.
@Suite("tusk --check-finite", .serialized)
struct CheckFiniteTests {
    /// A graph file with a log of a negative number: the error names `log`, its line in the
    /// dump and in the user's file (which has a comment, so the two differ), and no outputs are
    /// written.
    @Test func runNamesTheLogOfANegativeNumber() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let graph = dir + "/g.txt"
        try """
            // log of a negated input
            graph @g {
              %0: f32[3] = input "x"
              %1: f32[3] = neg %0
              %2: f32[3] = log %1
              %3: f32[3] = mul %2, %0
              return %3 as "y"
            }
            """.write(toFile: graph, atomically: true, encoding: .utf8)
        let inputs = dir + "/x.safetensors"
        try Safetensors.write(["x": TensorData([Float(1), 2, 3], shape: [3])], metadata: [:], to: inputs)
        let out = dir + "/out.safetensors"
        for backend in ["blas", "reference"] {
            let r = try runTusk(["run", graph, "--inputs", inputs, "--outputs", out, "--backend", backend, "--check-finite"])
            #expect(r.status == 1, "\(r.stdout)")
            let dump = out + ".nonfinite-graph.txt"
            #expect(r.stderr.contains("produced a non-finite value: y (element 0 is ") && r.stderr.contains("result: element 0 is "), "\(r.stderr)")
            #expect(r.stderr.contains("line 4 of \(dump): %2: f32[3] = log %1"), "\(r.stderr)")
            #expect(r.stderr.contains("in the graph file: \(graph):5"), "\(r.stderr)")
            #expect(r.stderr.contains("operand 0: f32[3] (finite, min -3.0, max -1.0)"), "\(r.stderr)")
            let lines = try String(contentsOfFile: dump, encoding: .utf8).split(separator: "\n")
            #expect(lines[3].trimmingCharacters(in: .whitespaces).hasPrefix("%2: f32[3] = log"), "line 4 of the dump is the op")
            #expect(!FileManager.default.fileExists(atPath: out), "no outputs are written")
        }
        // Without the flag the NaN is written as computed.
        let plain = try runTusk(["run", graph, "--inputs", inputs, "--outputs", out])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(try Safetensors.read(path: out).tensors["y"]!.doubles.allSatisfy { $0.isNaN })
    }

    /// A Walrus training run whose first update drives the parameters to ±1e34 (--lr 1e38, finite
    /// in f32): the forward of update 2 overflows to an infinity. The error names update 2, an op
    /// of the re-run step graph with its DSL location in the Walrus or NN sources, and no
    /// checkpoint of the non-finite state is written.
    @Test func trainNamesTheOpWhereTheInfinityAppeared() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var args = CLITrainingData.trainArguments(steps: 3, every: 1, directory: dir + "/run")
        args[args.firstIndex(of: "--lr")! + 1] = "1e38"
        let r = try runTusk(args + ["--check-finite"])
        #expect(r.status == 1)
        let dump = dir + "/run/nonfinite-step.txt"
        #expect(r.stderr.contains("update 2 (dataset burgers_1d) produced a non-finite value"), "\(r.stderr)")
        let line = try #require(r.stderr.firstMatch(of: /first op that produced a non-finite value from finite operands is line (\d+) of [^:]+: (%\d+):/),
                                "\(r.stderr)")
        let text = try String(contentsOfFile: dump, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text[Int(line.1)! - 1].trimmingCharacters(in: .whitespaces).hasPrefix(String(line.2) + ":"), "the named line of the dump is the op")
        let location = try #require(r.stderr.firstMatch(of: /built at: (Tusk(Walrus|NN|IR|Autodiff)\/[A-Za-z+]+\.swift):(\d+)/), "\(r.stderr)")
        #expect(Int(location.3)! > 0)
        // The checkpoint after update 1 is the last one; update 2's state is never saved.
        let saved = try Checkpoint.read(path: dir + "/run/" + WalrusTrainingRun.checkpointName)
        #expect(saved.step == 1)
    }
}
