import TuskIR

/// Types and traversals of scalar expressions.
extension ScalarExpr {
    /// The element type of the expression's value.
    public var dtype: DType {
        switch self {
        case .constant(_, let d), .iota(_, _, _, let d), .load(_, _, let d), .cast(_, let d): d
        case .index: .i64
        case .guarded(_, let v, _, _): v.dtype
        case .all, .compare: .bool
        case .unary(_, let x): x.dtype
        case .binary(_, let a, _): a.dtype
        case .select(_, let a, _): a.dtype
        case .reduce(_, _, let body): body.dtype
        }
    }

    /// The direct sub-expressions, including those inside index expressions.
    public var children: [ScalarExpr] {
        switch self {
        case .constant: []
        case .index(let i), .iota(let i, _, _, _), .load(_, let i, _): i.valueAtoms
        case let .guarded(c, v, o, _): [c, v, o]
        case .all(let xs): xs
        case .unary(_, let x), .cast(let x, _), .reduce(_, _, let x): [x]
        case let .binary(_, a, b), let .compare(_, a, b): [a, b]
        case let .select(c, a, b): [c, a, b]
        }
    }

    /// Calls `body` on every node, children before parents.
    public func visit(_ body: (ScalarExpr) -> Void) {
        for c in children { c.visit(body) }
        body(self)
    }

    /// The loop variables the expression reads and does not bind itself.
    public var freeVariables: Set<Int> {
        switch self {
        case .index(let i), .iota(let i, _, _, _), .load(_, let i, _):
            return i.variables
        case let .reduce(_, v, body):
            var s = body.freeVariables
            s.remove(v.id)
            return s
        default:
            return children.reduce(into: Set<Int>()) { $0.formUnion($1.freeVariables) }
        }
    }

    /// The `reduce` sub-expressions that are evaluated whenever this expression is (not inside a
    /// `guarded` branch), inner ones first, without duplicates. These are the candidates for
    /// hoisting out of the output loops.
    var unconditionalReductions: [ScalarExpr] {
        var seen = Set<ScalarExpr>(), order: [ScalarExpr] = []
        func walk(_ e: ScalarExpr) {
            switch e {
            case .guarded(let c, _, _, _):
                walk(c)
            default:
                for c in e.children { walk(c) }
            }
            if case .reduce = e, seen.insert(e).inserted { order.append(e) }
        }
        walk(self)
        return order
    }
}

extension IndexExpr {
    /// The scalar expressions of data-dependent atoms (gather indices), at any depth.
    var valueAtoms: [ScalarExpr] {
        terms.flatMap { t -> [ScalarExpr] in
            switch t.atom {
            case .variable: []
            case .floorDiv(let e, _), .floorMod(let e, _): e.valueAtoms
            case .value(let e): [e]
            }
        }
    }
}
