import Foundation
import Testing
import TuskCLI
import TuskCompiler
import TuskExamples
import TuskIR

/// Graphs/ holds the dumps of every built-in example at every stage, exactly as `tusk dump`
/// prints them. This test regenerates them in-process with the same library code and fails
/// when the committed files are stale: run `make graphs` and commit the diff.
@Suite struct GraphsFolderTests {
    static let folder = packageRoot() + "/Graphs"

    /// The file name → content that `scripts/regenerate-graphs.sh` writes.
    static func expectedDumps() throws -> [String: String] {
        var dumps: [String: String] = [:]
        for example in ExampleModels.names {
            for stage in [Stage.traced, .autodiff, .optimized] {
                for format in GraphFormat.allCases {
                    dumps["\(example).\(stage.rawValue).\(format.fileExtension)"] =
                        try GraphDump.render(source: example, stage: stage, format: format)
                }
            }
        }
        // walrus-tiny's forward graph (traced, optimized) and train step (autodiff: the joint graph
        // `tusk train` builds; optimized: what runs; scheduled: its kernels and buffers) at 128x32,
        // T = 3, in full (the RoPE and boundary-flag tables are built from iota in the graph, so no
        // literal needs eliding).
        let source = try WalrusDumpSource("walrus-tiny", resolution: [128, 32], steps: 3)
        let driver = BackendChoice.blas.driver()
        let (forward, _) = try source.traced(.forward)
        let (objective, step) = try source.traced(.trainStep)
        let graphs: [(String, Graph)] = [
            ("forward.traced", forward), ("forward.optimized", try GraphDump.graph(forward, .forward, at: .optimized, driver: driver)),
            ("train-step.autodiff", try GraphDump.graph(objective, step, at: .autodiff, driver: driver)),
            ("train-step.optimized", try GraphDump.graph(objective, step, at: .optimized, driver: driver)),
        ]
        for (name, graph) in graphs {
            dumps["walrus-tiny.\(name).txt"] = GraphDump.render(graph, format: .text)
        }
        dumps["walrus-tiny.train-step.scheduled.txt"] = try GraphDump.schedule(objective, step, driver: driver)
        // The LLVM backend's fused regions and their loop nests (the same on every machine; the
        // vector width is chosen when the loop nests are compiled).
        dumps["walrus-tiny.forward.fused.txt"] = try GraphDump.llvmStage(forward, .forward, stage: .fused, driver: driver)
        dumps["walrus-tiny.train-step.fused.txt"] = try GraphDump.llvmStage(objective, step, stage: .fused, driver: driver)
        return dumps
    }

    /// Every committed graph dump — the examples' and walrus-tiny's, at every graph stage —
    /// parses back and prints to exactly the same bytes. (The `.dot` files are Graphviz output
    /// and `*.scheduled.txt` a schedule listing, not formats Tusk reads.)
    @Test func everyTextDumpParsesBackByteForByte() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
            .filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".scheduled.txt") && !$0.hasSuffix(".fused.txt") }.sorted()
        #expect(names.count == ExampleModels.names.count * 3 + 4, "text dumps: \(names)")
        for name in names {
            let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
            let graph = try Graph.parse(text, file: "Graphs/" + name)
            #expect(graph.text == text, "Graphs/\(name) does not reprint byte for byte after parsing")
        }
    }

    /// With attention fused before autodiff — the default forward pipeline's cost rule fuses the
    /// space attention (its key axis is long) — the walrus-tiny train step saves no N×N attention
    /// probabilities for the backward pass (issue 10): no saved value ends in two equal axes of
    /// at least 256 (the space token count at 128×32), in the committed default schedule and with
    /// every attention fused; with fusion off the schedule does save them, so the check can fail.
    @Test func fusedTrainStepSavesNoAttentionProbabilities() throws {
        func savedSquare(_ text: String) -> [Substring] {
            let saved = text.split(separator: "\n").drop { !$0.hasPrefix("// saved for backward, largest first") }.dropFirst()
            return saved.filter { line in
                let dims = line.split(separator: " ")[2].split(whereSeparator: { "[],".contains($0) }).dropFirst().compactMap { Int($0) }
                return dims.count >= 2 && dims[dims.count - 1] == dims[dims.count - 2] && dims.last! >= 256
            }
        }
        let source = try WalrusDumpSource("walrus-tiny", resolution: [128, 32], steps: 3)
        let (objective, step) = try source.traced(.trainStep)
        var driver = BackendChoice.blas.driver()
        driver.forwardPipeline = CompileDriver.AttentionFusion.all.pipeline
        let fused = try GraphDump.schedule(objective, step, driver: driver)
        #expect(fused.contains("// saved for backward"))
        #expect(savedSquare(fused).isEmpty, "\(savedSquare(fused).prefix(3))")
        let committed = try String(contentsOfFile: Self.folder + "/walrus-tiny.train-step.scheduled.txt", encoding: .utf8)
        #expect(savedSquare(committed).isEmpty, "\(savedSquare(committed).prefix(3))")
        driver.forwardPipeline = CompileDriver.AttentionFusion.off.pipeline
        let unfused = try GraphDump.schedule(objective, step, driver: driver)
        #expect(!savedSquare(unfused).isEmpty)
    }

    /// The Walrus dumps stay reviewable: a few hundred KB at most (the optimized LLVM IR of the
    /// forward's 37 loop kernels, vectorized and unrolled at O3, is the one larger file; the train
    /// step's is 2.2 MB and not committed).
    @Test func walrusDumpsStaySmall() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.folder) where name.hasPrefix("walrus-") {
            let size = try #require(FileManager.default.attributesOfItem(atPath: Self.folder + "/" + name)[.size] as? Int)
            #expect(size < (name.hasSuffix(".ll") ? 700_000 : 300_000), "Graphs/\(name) is \(size) bytes")
        }
    }

    /// The committed `--stage llvm` dump of walrus-tiny's forward is machine-dependent (the
    /// optimized IR targets the CPU it was generated on: Zen 4, 512-bit vectors), so it is not
    /// compared byte for byte; every function it defines must be a loop kernel of the committed
    /// fused stage (`@k<root>`: regions that compute the same thing on buffers of the same types
    /// share the first one's function), so a fusion change without `make graphs` fails here.
    @Test func committedLLVMDumpMatchesTheFusedRegions() throws {
        let ll = try String(contentsOfFile: Self.folder + "/walrus-tiny.forward.llvm.ll", encoding: .utf8)
        let fused = try String(contentsOfFile: Self.folder + "/walrus-tiny.forward.fused.txt", encoding: .utf8)
        let defined = Set(ll.split(separator: "\n").filter { $0.hasPrefix("define ") }.compactMap { line -> String? in
            guard let at = line.firstIndex(of: "@"), let paren = line[at...].firstIndex(of: "(") else { return nil }
            return String(line[line.index(after: at)..<paren])
        })
        let regions = Set(fused.split(separator: "\n").filter { $0.hasPrefix("region %") }.map { line in
            "k" + line.dropFirst("region %".count).prefix { $0.isNumber }
        })
        #expect(!regions.isEmpty)
        #expect(!defined.isEmpty && defined.isSubset(of: regions), "Graphs/walrus-tiny.forward.llvm.ll is stale: run `make graphs`")
        #expect(ll.contains("<16 x float>") || ll.contains("<8 x float>"), "the kernels are not vectorized")
    }

    @Test func committedDumpsAreUpToDate() throws {
        let expected = try Self.expectedDumps()
        let present = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".dot") }
        #expect(Set(present) == Set(expected.keys), "Graphs/ has the wrong set of files: run `make graphs`")
        #expect(expected.keys.contains("walrus-tiny.train-step.scheduled.txt"))
        for (name, content) in expected.sorted(by: { $0.key < $1.key }) {
            let committed = try? String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
            #expect(committed == content, "Graphs/\(name) is stale: run `make graphs` and commit the result")
        }
    }
}
