import Testing
import TuskIR
import TuskPasses
import TuskTestSupport

/// `Rematerialize`: which values it recomputes, that the result means the same (bit for bit: the
/// copies are the same ops on the same operands), and what it leaves alone.
@Suite struct RematerializeTests {
    static let t = TensorType(.f32, [256, 256])   // 256 KiB: the pass's default size floor

    /// x → a = exp(x) used at once (early) and again after a long chain that keeps x alive:
    /// `a` is recomputed next to its late user, and the original dies after its early use.
    static func longGap(chain: Int, xUsedLate: Bool) throws -> Graph {
        try Graph.trace("gap") { b in
            let x0 = b.input("x", [256, 256])
            let x = x0.reduce(.max, axes: [1], keepDims: true) + x0
            let a = x.exp()
            var h = a * 2
            for _ in 0..<chain { h = (h * 0.5).tanh() }
            let late = xUsedLate ? h * a + x : h * a
            return [("y", late)]
        }
    }

    @Test func recomputesAValueWhoseOperandsStayAlive() throws {
        let g = try Self.longGap(chain: 20, xUsedLate: true)
        let plan = Rematerialize().plan(g)
        let exp = try #require(g.nodes.firstIndex { $0.op == .unary(.exp) })
        #expect(plan.keys.sorted() == [exp], "\(plan)")
        let r = try Rematerialize().run(g)
        try r.verify()
        #expect(r.nodes.count == g.nodes.count + 1)
        // Two exps now: the original, used only by the early multiply, and the copy, placed just
        // before the late user.
        let exps = r.nodes.indices.filter { r.nodes[$0].op == .unary(.exp) }
        #expect(exps.count == 2)
        let users = { (v: Int) in r.nodes.indices.filter { r.nodes[$0].operands.contains(ValueID(v)) } }
        #expect(users(exps[0]).count == 1 && users(exps[0])[0] < exps[1])
        #expect(users(exps[1]) == [exps[1] + 1])
        var rng = SeededRandom(seed: 1)
        let x = randomTensor(Self.t, using: &rng, range: -1...1)
        let before = try Interpreter().run(g, ["x": x])["y"]!, after = try Interpreter().run(r, ["x": x])["y"]!
        #expect(before == after)
    }

    /// Leaves alone: a value whose operand dies at it (recomputing would keep the operand alive
    /// longer), a short gap, a small value, a graph output, and a non-elementwise op.
    @Test func leavesAloneWhatWouldCostMemoryOrTime() throws {
        // x (a reduction's result: not recomputable) is not used late: exp(x)'s operand would have
        // to live across the gap.
        #expect(Rematerialize().plan(try Self.longGap(chain: 20, xUsedLate: false)).isEmpty)
        // A gap shorter than minimumGap.
        #expect(Rematerialize().plan(try Self.longGap(chain: 5, xUsedLate: true)).isEmpty)
        // Below the size floor.
        #expect(Rematerialize(minimumBytes: 1 << 20).plan(try Self.longGap(chain: 20, xUsedLate: true)).isEmpty)
        // A reduction is not recomputed.
        let reduced = try Graph.trace("sum") { b in
            let x = b.input("x", [256, 256])
            let s = x.sum(axes: [1], keepDims: true) + x
            var h = s * 2
            for _ in 0..<20 { h = (h * 0.5).tanh() }
            return [("y", h * s + x)]
        }
        let plan = Rematerialize().plan(reduced)
        #expect(!plan.keys.contains { reduced.nodes[$0].op.name.hasPrefix("reduce") })
        // Outputs stay.
        let output = try Graph.trace("out") { b in
            let x = b.input("x", [256, 256])
            let a = x.exp()
            var h = a * 2
            for _ in 0..<20 { h = (h * 0.5).tanh() }
            return [("y", h * a + x), ("a", a)]
        }
        #expect(Rematerialize().plan(output).isEmpty)
    }

    /// A value whose operand is rematerialized itself recomputes that operand too: `c = a · 3`
    /// reads `a = exp(x)`, which is recomputed for its own late use, so `c`'s copy recomputes
    /// `exp(x)` and `· 3` from the input.
    @Test func chainsRecomputeTheirCheapOperands() throws {
        let g = try Graph.trace("chain") { b in
            let x = b.input("x", [256, 256])
            let a = x.exp(), c = a * 3
            var h = c * 2 + a
            for _ in 0..<20 { h = (h * 0.5).tanh() }
            return [("y", h * c + a * x)]
        }
        let plan = Rematerialize().plan(g)
        let a = try #require(g.nodes.firstIndex { $0.op == .unary(.exp) })
        let c = try #require(g.nodes.firstIndex { $0.op == .binary(.mul) && $0.operands.first == ValueID(a) })
        #expect(plan[a]?.nodes == [a])
        #expect(plan[c]?.nodes == [a, c], "\(plan)")
        let r = try Rematerialize().run(g)
        try r.verify()
        var rng = SeededRandom(seed: 2)
        let x = randomTensor(Self.t, using: &rng, range: -1...1)
        #expect(try Interpreter().run(g, ["x": x])["y"]! == Interpreter().run(r, ["x": x])["y"]!)
    }
}
