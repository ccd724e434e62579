import Testing
import TuskIR
import TuskTestSupport
@testable import TuskPasses

/// Semantics preservation on random graphs: the reference interpreter (native precision) gives
/// bit-identical outputs before and after each pass and the standard pipeline (see `sameBits`
/// for why the tolerance is zero). Bindings include ±0, ±1, ±∞ and NaN, so identities that only
/// fail on special values are caught.
@Suite struct SemanticsTests {
    static let seeds: Range<UInt64> = 0..<200

    @Test(arguments: ["canonicalize", "fold", "cse", "dce"])
    func passPreservesSemantics(_ name: String) throws {
        let pass = try #require(Pipeline.pass(named: name))
        let changed = try checkPreservesSemantics(name, seeds: Self.seeds) { try pass.run($0) }.changed
        // The generator must give every pass work, or this test proves little.
        #expect(changed >= Self.seeds.count / 4, "\(name) changed only \(changed) graphs")
    }

    /// `remat` with its floors lowered to zero size and a gap of 2 nodes, so that it fires on
    /// the small random graphs (the copies it makes must not change a bit), after the standard
    /// pipeline as the driver runs it.
    @Test func rematerializationPreservesSemantics() throws {
        let pass = Rematerialize(minimumBytes: 0, minimumGap: 2)
        var rematerialized = 0
        _ = try checkPreservesSemantics("remat", seeds: Self.seeds) { g in
            let optimized = try Pipeline.standard.run(g)
            let r = try pass.run(optimized)
            if !r.isIdentical(to: optimized) { rematerialized += 1 }
            return r
        }
        // 400 graphs (each seed with and without every value exposed as an output).
        #expect(rematerialized >= Self.seeds.count / 4, "remat changed only \(rematerialized) graphs")
    }

    @Test func standardPipelinePreservesSemantics() throws {
        let changed = try checkPreservesSemantics("standard", seeds: Self.seeds) { try Pipeline.standard.run($0) }.changed
        #expect(changed >= Self.seeds.count * 9 / 10)
    }

    @Test func standardPipelinePreservesSemanticsInF64() throws {
        var options = RandomGraphOptions()
        options.dtype = .f64
        _ = try checkPreservesSemantics("standard f64", seeds: 1000..<1100, options: options) { try Pipeline.standard.run($0) }
    }

    @Test func standardPipelineReachesAFixedPoint() throws {
        for seed in Self.seeds {
            var generator = RandomGraphGenerator(seed: seed)
            let once = try Pipeline.standard.run(try generator.graph())
            let twice = try Pipeline.standard.run(once)
            #expect(twice.isIdentical(to: once), "seed \(seed): the standard pipeline is not idempotent")
        }
    }

    /// The harness itself: a deliberately wrong "identity" (x + 0.0 → x, wrong for x = −0.0) and
    /// a wrong float sum-over-no-axes removal must both be caught on the same random graphs.
    @Test func harnessCatchesWrongIdentities() throws {
        struct DropAddZero: Pass {
            var name: String { "drop-add-zero" }
            func run(_ graph: Graph) throws -> Graph {
                try GraphRewriter.rewrite(graph) { r, _, node in
                    guard case .binary(.add) = node.op, r[node.operands[1]].splatValue == 0,
                          r.type(of: node.operands[0]) == node.type else { return nil }
                    return node.operands[0]
                }
            }
        }
        struct DropEmptySum: Pass {
            var name: String { "drop-empty-sum" }
            func run(_ graph: Graph) throws -> Graph {
                try GraphRewriter.rewrite(graph) { _, _, node in
                    guard case .reduce(.sum, let axes, _) = node.op, axes.isEmpty else { return nil }
                    return node.operands[0]
                }
            }
        }
        for bad in [DropAddZero(), DropEmptySum()] as [any Pass] {
            let result = try checkPreservesSemantics(bad.name, seeds: SemanticsTests.seeds, recordIssues: false) { try bad.run($0) }
            #expect(result.changed > 0 && result.mismatches > 0, "the semantics harness did not catch \(bad.name): \(result)")
        }
    }
}
