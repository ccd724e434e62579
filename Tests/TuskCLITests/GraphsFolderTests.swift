import Foundation
import Testing
import TuskCLI
import TuskExamples

/// Graphs/ holds the dumps of every built-in example at every stage, exactly as `tusk dump`
/// prints them. This test regenerates them in-process with the same library code and fails
/// when the committed files are stale: run `make graphs` and commit the diff.
@Suite struct GraphsFolderTests {
    static let folder = packageRoot() + "/Graphs"

    /// The file name → content that `scripts/regenerate-graphs.sh` writes.
    static func expectedDumps() throws -> [String: String] {
        var dumps: [String: String] = [:]
        for example in ExampleModels.names {
            for stage in Stage.allCases {
                for format in GraphFormat.allCases {
                    dumps["\(example).\(stage.rawValue).\(format.fileExtension)"] =
                        try GraphDump.render(source: example, stage: stage, format: format)
                }
            }
        }
        return dumps
    }

    @Test func committedDumpsAreUpToDate() throws {
        let expected = try Self.expectedDumps()
        let present = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".dot") }
        #expect(Set(present) == Set(expected.keys), "Graphs/ has the wrong set of files: run `make graphs`")
        for (name, content) in expected.sorted(by: { $0.key < $1.key }) {
            let committed = try? String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
            #expect(committed == content, "Graphs/\(name) is stale: run `make graphs` and commit the result")
        }
    }
}
