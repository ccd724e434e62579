import Testing
import TuskIR
@testable import TuskPasses

/// Collects dumps (the sink closure is not Sendable-constrained; tests run it synchronously).
final class DumpLog {
    var entries: [(pass: String, graph: Graph)] = []
    var sink: PipelineInstruments.DumpSink { { [unowned self] name, g in self.entries.append((name, g)) } }
}

/// A pass that breaks the type invariant: for testing the verify instrument.
struct BreakTypesPass: Pass {
    var name: String { "break-types" }
    func run(_ graph: Graph) throws -> Graph {
        var g = graph
        if let i = g.nodes.indices.last(where: { !g.nodes[$0].op.isLeaf }) {
            g.nodes[i].type = TensorType(.f64, [99])
        }
        return g
    }
}

@Suite struct PipelineTests {
    let t = f32([2, 3])

    /// x*1 (canonicalize), duplicate exp (cse), a dead sin (dce); no constant-only subgraph.
    var sample: Graph {
        graph([(.input("x"), [], t), (.fill(1), [], f32([])), (.binary(.mul), [0, 1], t),
               (.unary(.exp), [2], t), (.unary(.exp), [2], t), (.unary(.sin), [0], t),
               (.binary(.add), [3, 4], t)], outputs: [("y", 6)])
    }
    var optimized: Graph {
        graph([(.input("x"), [], t), (.unary(.exp), [0], t), (.binary(.add), [1, 1], t)], outputs: [("y", 2)])
    }
    let names = ["canonicalize", "cse", "dce"]

    @Test func runsPassesInOrder() throws {
        let result = try Pipeline(passNames: names).run(sample)
        expectIdentical(result, optimized)
    }

    @Test func dumpAfterAllGivesOneDumpPerPass() throws {
        let log = DumpLog()
        let pipeline = try Pipeline(passNames: names + ["dce"],
                                    instruments: PipelineInstruments(dumpAfter: .all, dumpSink: log.sink))
        let result = try pipeline.run(sample)
        #expect(log.entries.map(\.pass) == names + ["dce"])
        expectIdentical(log.entries.last!.graph, result)
        // The dump after cse is the graph cse returned: the dead sin is still there.
        #expect(log.entries[1].graph.nodes.contains { $0.op == .unary(.sin) })
        #expect(!log.entries[2].graph.nodes.contains { $0.op == .unary(.sin) })
    }

    @Test func textDumpsParseBackToThePassResults() throws {
        var texts: [String] = []
        let log = DumpLog()
        var pipeline = Pipeline.standard
        pipeline.instruments = PipelineInstruments(dumpAfter: .all, dumpSink: { pass, g in
            log.sink(pass, g)
            PipelineInstruments.textSink { texts.append($0) }(pass, g)
        })
        // Folding makes a literal with −0.0 and a NaN fill: the dumps must keep both exactly.
        let v = f32([2])
        let g = graph([(.input("x"), [], v), (.literal([0, 1]), [], v), (.unary(.neg), [1], v),
                       (.fill(0), [], f32([])), (.fill(0), [], f32([])), (.binary(.div), [3, 4], f32([])),
                       (.binary(.mul), [0, 2], v), (.binary(.add), [6, 5], v)], outputs: [("y", 7)])
        _ = try pipeline.run(g)
        #expect(texts.count == log.entries.count && texts.count == 8)  // 4 passes × 2 rounds
        let last = try #require(texts.last)
        #expect(last.contains("nan") && last.contains("-0"), "\(last)")
        for (text, entry) in zip(texts, log.entries) {
            #expect(text.hasPrefix("// after \(entry.pass)\ngraph @"))
            expectIdentical(try Graph.parse(text), entry.graph)
        }
    }

    @Test func dumpOnlyIfChangedSuppressesUnchanged() throws {
        let log = DumpLog()
        let pipeline = try Pipeline(passNames: names + ["cse", "dce"], instruments: PipelineInstruments(
            dumpAfter: .all, dumpOnlyIfChanged: true, dumpSink: log.sink))
        _ = try pipeline.run(sample)
        #expect(log.entries.map(\.pass) == names)  // the second cse and dce change nothing
    }

    @Test func dumpAfterNamedPassesOnly() throws {
        let log = DumpLog()
        let pipeline = try Pipeline(passNames: names, instruments: PipelineInstruments(
            dumpAfter: .passes(["cse"]), dumpSink: log.sink))
        _ = try pipeline.run(sample)
        #expect(log.entries.map(\.pass) == ["cse"])
    }

    @Test func reportHasOneEntryPerPassRun() throws {
        let (result, report) = try Pipeline(passNames: names).runWithReport(sample)
        #expect(report.entries.map(\.pass) == names)
        #expect(report.entries.map(\.changed) == [true, true, true])
        #expect(report.entries.map(\.nodesBefore) == [7, 5, 4])
        #expect(report.entries.map(\.nodesAfter) == [5, 4, 3])
        #expect(report.entries.last!.nodesAfter == result.nodes.count)
        #expect(report.entries.allSatisfy { $0.duration >= .zero && $0.iteration == 0 })
        let table = report.table
        for name in names { #expect(table.contains(name)) }
        #expect(table.split(separator: "\n").count == names.count + 2)  // header + rows + total
    }

    @Test func iteratesToAFixedPointWithinTheBound() throws {
        let pipeline = try Pipeline(passNames: names, maxIterations: 5)
        let (result, report) = try pipeline.runWithReport(sample)
        expectIdentical(result, optimized)
        // Round 1 changes the graph, round 2 confirms the fixed point, no round 3.
        #expect(report.entries.map(\.iteration) == [0, 0, 0, 1, 1, 1])
        #expect(report.entries.suffix(3).allSatisfy { !$0.changed })
    }

    @Test func verifyNamesThePassThatBrokeTheGraph() throws {
        let pipeline = Pipeline(passes: [AlgebraicSimplification(), BreakTypesPass(), DeadCodeElimination()])
        do {
            _ = try pipeline.run(sample)
            Issue.record("expected the verifier to catch break-types")
        } catch let error as PipelineError {
            guard case .passBrokeGraph(let pass, _, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(pass == "break-types")
            #expect(error.description.contains("pass 'break-types'"))
            #expect(error.description.contains("f64[99]"))
        }
        // Without verification the broken graph goes through unnoticed: the instrument is what catches it.
        var unchecked = pipeline
        unchecked.instruments.verify = false
        #expect(throws: Never.self) { _ = try unchecked.run(sample) }
    }

    @Test func invalidInputIsReportedAsSuch() throws {
        var bad = sample
        bad.nodes[2].type = f32([7])
        #expect(throws: PipelineError.self) { _ = try Pipeline(passNames: names).run(bad) }
    }

    @Test func registryKnowsEveryStandardPass() throws {
        #expect(Pipeline.registeredPassNames == ["canonicalize", "fold", "cse", "dce", "fuse-attention", "expand-fused", "remat"])
        for name in Pipeline.registeredPassNames { #expect(Pipeline.pass(named: name)?.name == name) }
        #expect(Pipeline.pass(named: "fuse-everything") == nil)
        #expect(Pipeline.standard.passes.map(\.name) == ["canonicalize", "fold", "cse", "dce"])
        #expect(Pipeline.forward.passes.map(\.name) == ["fuse-attention", "dce"])
        do {
            _ = try Pipeline(passNames: ["cse", "nope"])
            Issue.record("expected unknownPass")
        } catch {
            #expect("\(error)" == "unknown pass 'nope' (known passes: canonicalize, fold, cse, dce, fuse-attention, expand-fused, remat)")
        }
    }

    @Test func identicalComparesConstantsBitwise() {
        let s = f32([])
        let nan = graph([(.fill(.nan), [], s)], outputs: [("y", 0)])
        #expect(nan.isIdentical(to: nan))
        #expect(!graph([(.fill(0.0), [], s)], outputs: [("y", 0)])
            .isIdentical(to: graph([(.fill(-0.0), [], s)], outputs: [("y", 0)])))
    }
}
