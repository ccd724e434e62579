import Foundation
import Testing
import TuskCLI
import TuskIR

/// `tusk demo` end to end on a small budget: dumps written and re-parseable, BLAS agreeing with
/// the reference interpreter.
@Suite struct DemoTests {
    @Test func demoDumpsRunsAndAgrees() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var lines: [String] = []
        let report = try DemoReport.run(example: DemoReport.defaultExample, outputDirectory: dir + "/out",
                                        runs: 2, seed: 7, printGraphs: false) { lines.append($0) }
        #expect(report.files.count == 4)
        for file in report.files where file.hasSuffix(".txt") {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(try Graph.parse(text, file: file).text == text)
        }
        #expect(report.optimizedNodes <= report.tracedNodes)
        #expect(report.parameterCount > 0)
        // DemoReport.relativeTolerance (1e-4 of max|y|) is what the demo itself enforces; here
        // the same bound, restated so a loosened constant would not go unnoticed.
        #expect(report.maxAbsDiffReference <= 1e-4 * max(1, report.maxAbsOutput))
        #expect(report.maxAbsDiffFloat64 <= 1e-4 * max(1, report.maxAbsOutput))
        #expect(report.maxAbsOutput > 0)
        #expect(lines.contains { $0.contains("agreement OK") })
        #expect(lines.contains { $0.contains("median of 2") })
    }

    @Test func demoBinaryExitsCleanly() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try runTusk(["demo", "--compiler-tour", "--runs", "2", "--out", dir])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("== 5. timings and agreement"))
        let unknown = try runTusk(["demo", "--compiler-tour", "--example", "nope", "--out", dir])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: "), "\(unknown.stderr)")
    }

    @Test func dumpWritesFileAndLocations() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/g.txt"
        let result = try runTusk(["dump", DemoReport.defaultExample, "--stage", "optimized", "-o", path])
        #expect(result.status == 0 && result.stdout.isEmpty, "\(result.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8)
                == (try GraphDump.render(source: DemoReport.defaultExample, stage: .optimized, format: .text)))
        let timed = try runTusk(["dump", DemoReport.defaultExample, "--stage", "optimized", "--time-passes"])
        #expect(timed.status == 0, "\(timed.stderr)")
        #expect(timed.stdout == (try GraphDump.render(source: DemoReport.defaultExample, stage: .optimized, format: .text)))
        #expect(timed.stderr.contains("canonicalize") && timed.stderr.contains("total"), "\(timed.stderr)")
        let located = try runTusk(["dump", DemoReport.defaultExample, "--locations"])
        #expect(located.status == 0)
        #expect(located.stdout.contains(" loc(\""), "locations are printed")
        let dotLocations = try runTusk(["dump", DemoReport.defaultExample, "--locations", "--format", "dot"])
        #expect(dotLocations.status != 0)
        #expect(dotLocations.stderr.hasPrefix("error: --locations applies to the text format only"), "\(dotLocations.stderr)")
    }
}
