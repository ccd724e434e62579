import Testing
import TuskLLVM

/// The index simplifier: every rule is checked by evaluating both sides over the whole range of
/// the variables (so a wrong rule fails), and the reshape compositions are checked to fold.
@Suite struct IndexExprTests {
    /// Evaluates an index expression at an assignment of its variables.
    func evaluate(_ e: IndexExpr, _ env: [Int: Int]) -> Int {
        var acc = e.constant
        for t in e.terms {
            let a: Int
            switch t.atom {
            case .variable(let v): a = env[v.id]!
            case let .floorDiv(x, d): a = floorDiv(evaluate(x, env), d)
            case let .floorMod(x, d): a = evaluate(x, env) - floorDiv(evaluate(x, env), d) * d
            case .value: a = 0
            }
            acc += t.coefficient * a
        }
        return acc
    }

    func floorDiv(_ a: Int, _ d: Int) -> Int { a >= 0 ? a / d : -((-a + d - 1) / d) }

    @Test func rulesPreserveValues() {
        let i = LoopVar(id: 0, extent: 6), j = LoopVar(id: 1, extent: 5), k = LoopVar(id: 2, extent: 4)
        let I = IndexExpr(i), J = IndexExpr(j), K = IndexExpr(k)
        let exprs: [(IndexExpr, (Int, Int, Int) -> Int)] = [
            ((I * 20 + J * 4 + K).floorDiv(4), { i, j, k in (i * 20 + j * 4 + k) / 4 }),
            ((I * 20 + J * 4 + K).floorMod(20), { i, j, k in (j * 4 + k) }),
            ((J * 4 + K).floorDiv(20), { _, _, _ in 0 }),
            ((I - 3).floorMod(6), { i, _, _ in ((i - 3) % 6 + 6) % 6 }),
            ((I + 7).floorMod(6), { i, _, _ in (i + 7) % 6 }),
            ((I * 12 + J * 2 + 1).floorDiv(6), { i, j, _ in (i * 12 + j * 2 + 1) / 6 }),
            ((I * 12 + J * 2 + 1).floorMod(6), { i, j, _ in (i * 12 + j * 2 + 1) % 6 }),
            ((J - 7).floorDiv(3), { _, j, _ in Int((Double(j - 7) / 3).rounded(.down)) }),
            ((I * 5 + J).floorDiv(5).floorDiv(2), { i, j, _ in (i * 5 + j) / 10 }),
            ((I * 20 + J * 4 + K).floorDiv(4).floorMod(5) * 4 + (I * 20 + J * 4 + K).floorDiv(20) * 20, { i, j, _ in i * 20 + j * 4 }),
        ]
        for (e, f) in exprs {
            for a in 0..<6 { for b in 0..<5 { for c in 0..<4 {
                let env = [0: a, 1: b, 2: c]
                #expect(evaluate(e, env) == f(a, b, c), "\(e) at (\(a), \(b), \(c))")
            } } }
        }
    }

    @Test func reshapeCompositionsFold() {
        let i = LoopVar(id: 0, extent: 4), j = LoopVar(id: 1, extent: 6)
        let flat = IndexExpr(i) * 6 + IndexExpr(j)
        // [4, 6] → [24] → [4, 6]: the row-major offset comes back.
        let a = flat.floorDiv(6).floorMod(4), b = flat.floorMod(6)
        #expect(a == IndexExpr(i) && b == IndexExpr(j))
        // The div/mod pair of one split merges back: 6·(t / 6) + t mod 6 = t.
        let t = IndexExpr(LoopVar(id: 2, extent: 24))
        #expect(t.floorDiv(6) * 6 + t.floorMod(6) == t)
        // (t / 2) mod 3 · 2 + (t / 6) · 6 + t mod 2 = t
        #expect(t.floorDiv(2).floorMod(3) * 2 + t.floorDiv(6) * 6 + t.floorMod(2) == t)
        #expect((t.floorMod(6)).range == 0...5 && (t - 30).floorMod(6).range == 0...5)
        #expect("\(IndexExpr(i) * 3 - IndexExpr(j) + 2)" == "3*i0 - i1 + 2")
    }
}
