import Testing
import TuskIR
@testable import TuskPasses

@Suite struct AlgebraicSimplificationTests {
    let t = f32([2, 3])
    let s = f32([])

    func simplify(_ g: Graph) throws -> Graph {
        try g.verify()
        let result = try AlgebraicSimplification().run(g)
        try result.verify()
        return result
    }

    /// `x ⊕ c` (or `c ⊕ x`) for a scalar constant c.
    func arithmetic(_ op: BinaryOp, constant c: Double, right: Bool = true, _ type: TensorType? = nil) -> Graph {
        let t = type ?? self.t
        return graph([(.input("x"), [], t), (.fill(c), [], TensorType(t.dtype, [])),
                      (.binary(op), right ? [0, 1] : [1, 0], t)], outputs: [("y", 2)])
    }

    func justX(_ t: TensorType? = nil) -> Graph { graph([(.input("x"), [], t ?? self.t)], outputs: [("y", 0)]) }

    @Test func multiplicativeIdentities() throws {
        expectIdentical(try simplify(arithmetic(.mul, constant: 1)), justX())
        expectIdentical(try simplify(arithmetic(.mul, constant: 1, right: false)), justX())
        expectIdentical(try simplify(arithmetic(.div, constant: 1)), justX())
        let i = TensorType(.i32, [4])
        expectIdentical(try simplify(arithmetic(.mul, constant: 1, i)), justX(i))
        // 1 / x is not x.
        let g = arithmetic(.div, constant: 1, right: false)
        expectIdentical(try simplify(g), g)
    }

    @Test func timesZeroIsNotFolded() throws {
        // nan * 0 and inf * 0 are NaN, so x * 0 is not 0.
        let g = arithmetic(.mul, constant: 0)
        expectIdentical(try simplify(g), g)
    }

    @Test func signedZeroAdditiveIdentities() throws {
        expectIdentical(try simplify(arithmetic(.add, constant: -0.0)), justX())
        expectIdentical(try simplify(arithmetic(.add, constant: -0.0, right: false)), justX())
        expectIdentical(try simplify(arithmetic(.sub, constant: 0.0)), justX())
        // (−0.0) + (+0.0) = +0.0: x + 0.0 and x − (−0.0) are not identities for floats.
        for g in [arithmetic(.add, constant: 0.0), arithmetic(.add, constant: 0.0, right: false),
                  arithmetic(.sub, constant: -0.0), arithmetic(.sub, constant: 0.0, right: false)] {
            expectIdentical(try simplify(g), g)
        }
        // Integers have a single zero.
        let i = TensorType(.i64, [3])
        expectIdentical(try simplify(arithmetic(.add, constant: 0.0, i)), justX(i))
        expectIdentical(try simplify(arithmetic(.sub, constant: -0.0, i)), justX(i))
    }

    @Test func identityConstantsThatBroadcastBecomeBroadcasts() throws {
        let x = f32([3]), big = f32([2, 3])
        let g = graph([(.input("x"), [], x), (.fill(1), [], big), (.binary(.mul), [0, 1], big)], outputs: [("y", 2)])
        expectIdentical(try simplify(g),
                        graph([(.input("x"), [], x), (.broadcast([2, 3]), [0], big)], outputs: [("y", 1)]))
        // A literal of ones counts as 1.
        let lit = graph([(.input("x"), [], x), (.literal([1, 1, 1]), [], x), (.binary(.mul), [1, 0], x)], outputs: [("y", 2)])
        expectIdentical(try simplify(lit), justX(x))
    }

    @Test func doubleNegation() throws {
        let g = graph([(.input("x"), [], t), (.unary(.neg), [0], t), (.unary(.neg), [1], t), (.unary(.neg), [2], t)],
                      outputs: [("two", 2), ("three", 3)])
        // neg(neg(neg x)): the outer pair cancels to the first neg.
        expectIdentical(try simplify(g), graph([(.input("x"), [], t), (.unary(.neg), [0], t)],
                                               outputs: [("two", 0), ("three", 1)]))
    }

    @Test func reshapeChains() throws {
        let g = graph([(.input("x"), [], t), (.reshape([6]), [0], f32([6])), (.reshape([3, 2]), [1], f32([3, 2])),
                       (.reshape([1, 6]), [2], f32([1, 6])), (.reshape([2, 3]), [3], t)],
                      outputs: [("a", 3), ("b", 4)])
        expectIdentical(try simplify(g), graph([(.input("x"), [], t), (.reshape([1, 6]), [0], f32([1, 6]))],
                                               outputs: [("a", 1), ("b", 0)]))
    }

    @Test func permuteChains() throws {
        let x = f32([2, 3, 4])
        let g = graph([(.input("x"), [], x),
                       (.permute([1, 2, 0]), [0], f32([3, 4, 2])),
                       (.permute([0, 2, 1]), [1], f32([3, 2, 4])),   // composed: [1, 0, 2]
                       (.permute([2, 0, 1]), [1], x),                // inverse of [1, 2, 0]
                       (.permute([0, 1, 2]), [0], x)],               // identity
                      outputs: [("a", 2), ("b", 3), ("c", 4)])
        expectIdentical(try simplify(g), graph([(.input("x"), [], x), (.permute([1, 0, 2]), [0], f32([3, 2, 4]))],
                                               outputs: [("a", 1), ("b", 0), ("c", 0)]))
    }

    @Test func broadcastChains() throws {
        let x = f32([3, 1])
        let g = graph([(.input("x"), [], x), (.broadcast([3, 1]), [0], x), (.broadcast([3, 4]), [1], f32([3, 4])),
                       (.broadcast([2, 3, 4]), [2], f32([2, 3, 4]))],
                      outputs: [("a", 3)])
        expectIdentical(try simplify(g), graph([(.input("x"), [], x), (.broadcast([2, 3, 4]), [0], f32([2, 3, 4]))],
                                               outputs: [("a", 1)]))
    }

    @Test func trivialMovementIsRemoved() throws {
        let g = graph([
            (.input("x"), [], t),
            (.slice(start: [0, 0], limit: [2, 3], stride: [1, 1]), [0], t),
            (.pad(low: [0, 0], high: [0, 0], mode: .constant(7)), [1], t),
            (.pad(low: [0, 0], high: [0, 0], mode: .circular), [2], t),
            (.roll([0, 0]), [3], t),
            (.roll([2, -6]), [4], t),
            (.cast(.f32), [5], t),
            (.concat(axis: 1), [6], t),
            (.reduce(.min, axes: [], keepDims: true), [7], t),
            (.reduce(.max, axes: [], keepDims: false), [8], t),
        ], outputs: [("y", 9)])
        expectIdentical(try simplify(g), justX())
    }

    @Test func floatSumOverNoAxesIsKept() throws {
        // The interpreter's sums start at +0.0: sum over no axes maps −0.0 to +0.0.
        let g = graph([(.input("x"), [], t), (.reduce(.sum, axes: [], keepDims: false), [0], t),
                       (.reduce(.mean, axes: [], keepDims: true), [0], t)], outputs: [("a", 1), ("b", 2)])
        expectIdentical(try simplify(g), g)
        let i = TensorType(.i32, [4])
        let ints = graph([(.input("x"), [], i), (.reduce(.sum, axes: [], keepDims: false), [0], i)], outputs: [("y", 1)])
        expectIdentical(try simplify(ints), justX(i))
    }

    @Test func nonTrivialMovementIsKept() throws {
        let g = graph([
            (.input("x"), [], t),
            (.slice(start: [0, 0], limit: [2, 3], stride: [1, 2]), [0], f32([2, 2])),
            (.slice(start: [0, 1], limit: [2, 3], stride: [1, 1]), [0], f32([2, 2])),
            (.pad(low: [0, 1], high: [0, 0], mode: .constant(0)), [0], f32([2, 4])),
            (.roll([1, 0]), [0], t),
            (.cast(.f64), [0], TensorType(.f64, [2, 3])),
            (.concat(axis: 0), [0, 0], f32([4, 3])),
            (.reduce(.sum, axes: [0], keepDims: true), [0], f32([1, 3])),
        ], outputs: (1...7).map { ("y\($0)", $0) })
        expectIdentical(try simplify(g), g)
    }

    @Test func rollChainsAddShiftsModuloTheAxisSize() throws {
        let g = graph([(.input("x"), [], t), (.roll([1, 2]), [0], t), (.roll([3, -1]), [1], t),
                       (.roll([1, 2]), [0], t), (.roll([1, 1]), [3], t)],
                      outputs: [("a", 2), ("b", 4)])
        // [1+3, 2−1] mod [2, 3] = [0, 1]; [1+1, 2+1] mod [2, 3] = [0, 0] → x.
        expectIdentical(try simplify(g), graph([(.input("x"), [], t), (.roll([0, 1]), [0], t)],
                                               outputs: [("a", 1), ("b", 0)]))
    }

    @Test func preexistingDeadCodeIsKept() throws {
        let g = graph([(.input("x"), [], t), (.unary(.sin), [0], t), (.fill(1), [], s), (.binary(.mul), [0, 2], t)],
                      outputs: [("y", 3)])
        // The fill became dead through the rewrite and goes; the dead sin is DCE's business.
        expectIdentical(try simplify(g), graph([(.input("x"), [], t), (.unary(.sin), [0], t)], outputs: [("y", 0)]))
    }
}
