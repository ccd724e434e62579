/// Integer (`i64`) index arithmetic in a normal form: `Σ coefficient · atom + constant`.
///
/// Building expressions with `+`, `*`, `floorDiv` and `floorMod` simplifies them using the
/// ranges of the loop variables, so composed index maps fold back to the affine offsets they
/// denote: a reshape of a reshape reads `i` again, not `((i / n) · n + i mod n)`, and LLVM sees a
/// contiguous (vectorizable) load. The rules, all exact for floor division by positive divisors:
/// - `(q·d + r) / d = q + r / d` and `(q·d + r) mod d = r mod d` (terms divisible by `d` pull out);
/// - `e / d = m` and `e mod d = e − m·d` when `range(e) ⊂ [m·d, (m+1)·d)`;
/// - `(g·e + s) / d = e / (d/g)` and `(g·e + s) mod d = g·(e mod d/g) + s` when `g | d`, `0 ≤ s < g`;
/// - `(e / a) / b = e / (a·b)`;
/// - `c·((e / a) mod d) + c·d·(e / (a·d)) = c·(e / a)` (the div/mod pair of one split merges back).
public struct IndexExpr: Hashable, Sendable, CustomStringConvertible {
    /// Non-zero terms with distinct atoms: variables first (by id), the others in order of appearance.
    public private(set) var terms: [IndexTerm]
    public private(set) var constant: Int

    /// A constant index.
    public init(_ constant: Int) {
        terms = []
        self.constant = constant
    }

    /// The index `variable`.
    public init(_ variable: LoopVar) {
        terms = [IndexTerm(atom: .variable(variable), coefficient: 1)]
        constant = 0
    }

    /// A data-dependent index: an integer scalar (a `gather` index) widened to `i64`.
    public static func value(_ e: ScalarExpr) -> IndexExpr {
        IndexExpr(terms: [IndexTerm(atom: .value(e), coefficient: 1)], constant: 0)
    }

    init(terms raw: [IndexTerm], constant: Int) {
        self.constant = constant
        var merged: [IndexTerm] = []
        for t in raw where t.coefficient != 0 {
            if let i = merged.firstIndex(where: { $0.atom == t.atom }) {
                merged[i].coefficient += t.coefficient
            } else {
                merged.append(t)
            }
        }
        merged.removeAll { $0.coefficient == 0 }
        terms = IndexExpr.mergeDivModPairs(merged, constant: &self.constant)
        let vars = terms.filter { if case .variable = $0.atom { true } else { false } }
            .sorted { a, b in
                if case .variable(let x) = a.atom, case .variable(let y) = b.atom { return x.id < y.id }
                return false
            }
        terms = vars + terms.filter { if case .variable = $0.atom { false } else { true } }
    }

    /// The constant value, when the expression has no terms.
    public var constantValue: Int? { terms.isEmpty ? constant : nil }

    /// The variable, when the expression is exactly one variable.
    public var asVariable: LoopVar? {
        if constant == 0, terms.count == 1, terms[0].coefficient == 1, case .variable(let v) = terms[0].atom { return v }
        return nil
    }

    // MARK: Arithmetic

    public static func + (a: IndexExpr, b: IndexExpr) -> IndexExpr {
        IndexExpr(terms: a.terms + b.terms, constant: a.constant &+ b.constant)
    }
    public static func + (a: IndexExpr, b: Int) -> IndexExpr { a + IndexExpr(b) }
    public static func - (a: IndexExpr, b: IndexExpr) -> IndexExpr { a + b * -1 }
    public static func - (a: IndexExpr, b: Int) -> IndexExpr { a + IndexExpr(-b) }
    public static func * (a: IndexExpr, c: Int) -> IndexExpr {
        IndexExpr(terms: a.terms.map { IndexTerm(atom: $0.atom, coefficient: $0.coefficient &* c) },
                  constant: a.constant &* c)
    }

    /// Floor division by a positive constant.
    public func floorDiv(_ d: Int) -> IndexExpr {
        precondition(d > 0, "IndexExpr.floorDiv: divisor \(d) must be positive")
        if d == 1 { return self }
        let (quotient, rest) = split(by: d)
        if rest.terms.isEmpty { return quotient + IndexExpr(IndexExpr.floorDivide(rest.constant, d)) }
        if let r = rest.range, let m = IndexExpr.sameQuotient(r, d) { return quotient + IndexExpr(m) }
        if let (big, g) = rest.splitSmallRemainder(dividing: d) {
            return quotient + big.floorDiv(d / g)
        }
        // (e / a) / d = e / (a·d)
        if rest.constant == 0, rest.terms.count == 1, rest.terms[0].coefficient == 1,
           case let .floorDiv(inner, a) = rest.terms[0].atom {
            return quotient + inner.floorDiv(a * d)
        }
        return quotient + IndexExpr(terms: [IndexTerm(atom: .floorDiv(rest, d), coefficient: 1)], constant: 0)
    }

    /// Floor modulo by a positive constant (the result is in `0 ..< d`).
    public func floorMod(_ d: Int) -> IndexExpr {
        precondition(d > 0, "IndexExpr.floorMod: divisor \(d) must be positive")
        if d == 1 { return IndexExpr(0) }
        let (_, rest) = split(by: d)
        if rest.terms.isEmpty { return IndexExpr(IndexExpr.floorModulo(rest.constant, d)) }
        if let r = rest.range, let m = IndexExpr.sameQuotient(r, d) { return rest - m * d }
        if let (big, g) = rest.splitSmallRemainder(dividing: d) {
            let small = rest - big * g
            return big.floorMod(d / g) * g + small
        }
        return IndexExpr(terms: [IndexTerm(atom: .floorMod(rest, d), coefficient: 1)], constant: 0)
    }

    /// `self = quotient · d + rest`, where `quotient` takes every term (and the part of the
    /// constant) divisible by `d`; `rest`'s constant is in `0 ..< d`.
    private func split(by d: Int) -> (quotient: IndexExpr, rest: IndexExpr) {
        var q: [IndexTerm] = [], r: [IndexTerm] = []
        for t in terms {
            if t.coefficient % d == 0 { q.append(IndexTerm(atom: t.atom, coefficient: t.coefficient / d)) } else { r.append(t) }
        }
        return (IndexExpr(terms: q, constant: IndexExpr.floorDivide(constant, d)),
                IndexExpr(terms: r, constant: IndexExpr.floorModulo(constant, d)))
    }

    /// For a divisor `d`: some `g | d` (g > 1) with `self = g · big + small`, `0 ≤ small < g`.
    private func splitSmallRemainder(dividing d: Int) -> (big: IndexExpr, g: Int)? {
        let candidates = Set(terms.map { Swift.abs($0.coefficient) }).filter { $0 > 1 && d % $0 == 0 }.sorted(by: >)
        for g in candidates {
            var big: [IndexTerm] = [], small: [IndexTerm] = []
            for t in terms {
                if t.coefficient % g == 0 { big.append(IndexTerm(atom: t.atom, coefficient: t.coefficient / g)) } else { small.append(t) }
            }
            let bigConstant = IndexExpr.floorDivide(constant, g)
            let s = IndexExpr(terms: small, constant: IndexExpr.floorModulo(constant, g))
            if let r = s.range, r.lowerBound >= 0, r.upperBound < g {
                return (IndexExpr(terms: big, constant: bigConstant), g)
            }
        }
        return nil
    }

    /// `c·((e / a) mod d) + c·d·(e / (a·d)) → c·(e / a)`, repeated while a pair is found.
    private static func mergeDivModPairs(_ input: [IndexTerm], constant: inout Int) -> [IndexTerm] {
        var terms = input
        var changed = true
        while changed {
            changed = false
            search: for (i, t) in terms.enumerated() {
                guard case let .floorMod(m, d) = t.atom else { continue }
                var base = m, a = 1
                if m.constant == 0, m.terms.count == 1, m.terms[0].coefficient == 1, case let .floorDiv(e, a0) = m.terms[0].atom {
                    base = e
                    a = a0
                }
                let partner = IndexTerm(atom: .floorDiv(base, a * d), coefficient: t.coefficient * d)
                if let j = terms.firstIndex(of: partner) {
                    let replacement = a == 1 ? base : base.floorDiv(a)
                    let keep = terms.indices.filter { $0 != i && $0 != j }.map { terms[$0] }
                    let sum = IndexExpr(terms: keep, constant: 0) + replacement * t.coefficient
                    constant += sum.constant
                    terms = sum.terms
                    changed = true
                    break search
                }
            }
        }
        return terms
    }

    // MARK: Ranges

    /// The values the expression can take, given every variable in `0 ..< extent`; nil when
    /// unbounded (data-dependent) or on overflow.
    public var range: ClosedRange<Int>? {
        var lo = constant, hi = constant
        for t in terms {
            guard let r = t.atom.range else { return nil }
            let (a, oa) = r.lowerBound.multipliedReportingOverflow(by: t.coefficient)
            let (b, ob) = r.upperBound.multipliedReportingOverflow(by: t.coefficient)
            if oa || ob { return nil }
            let (l1, o1) = lo.addingReportingOverflow(Swift.min(a, b))
            let (h1, o2) = hi.addingReportingOverflow(Swift.max(a, b))
            if o1 || o2 { return nil }
            lo = l1
            hi = h1
        }
        return lo...hi
    }

    /// `m` when every value of `r` has floor quotient `m` by `d`.
    static func sameQuotient(_ r: ClosedRange<Int>, _ d: Int) -> Int? {
        let m = floorDivide(r.lowerBound, d)
        return floorDivide(r.upperBound, d) == m ? m : nil
    }

    static func floorDivide(_ a: Int, _ d: Int) -> Int {
        let q = a / d
        return (a % d != 0 && (a < 0) != (d < 0)) ? q - 1 : q
    }

    static func floorModulo(_ a: Int, _ d: Int) -> Int { a - floorDivide(a, d) * d }

    /// Every loop variable the expression uses (including inside data-dependent atoms).
    public var variables: Set<Int> {
        var s = Set<Int>()
        for t in terms {
            switch t.atom {
            case .variable(let v): s.insert(v.id)
            case .floorDiv(let e, _), .floorMod(let e, _): s.formUnion(e.variables)
            case .value(let e): s.formUnion(e.freeVariables)
            }
        }
        return s
    }

    /// `3*i0 + (i1) / 4 + 2`.
    public var description: String { IndexExpr.format(terms.map { ($0.coefficient, $0.atom.description) }, constant) }

    /// `c0*a0 + c1*a1 - k`: terms with their coefficients, then the constant (when non-zero).
    static func format(_ parts: [(Int, String)], _ constant: Int) -> String {
        var out = ""
        func append(_ negative: Bool, _ text: String) {
            if out.isEmpty { out = negative ? "-" + text : text } else { out += (negative ? " - " : " + ") + text }
        }
        for (c, a) in parts {
            let m = Swift.abs(c)
            append(c < 0, m == 1 ? a : "\(m)*\(a)")
        }
        if constant != 0 || out.isEmpty { append(constant < 0 && !out.isEmpty, "\(out.isEmpty ? constant : Swift.abs(constant))") }
        return out
    }
}

/// One term `coefficient · atom` of an `IndexExpr`.
public struct IndexTerm: Hashable, Sendable {
    public var atom: IndexAtom
    public var coefficient: Int
}

/// A non-affine piece of an index expression.
public indirect enum IndexAtom: Hashable, Sendable, CustomStringConvertible {
    case variable(LoopVar)
    /// Floor division by a positive constant.
    case floorDiv(IndexExpr, Int)
    /// Floor modulo by a positive constant (in `0 ..< d`).
    case floorMod(IndexExpr, Int)
    /// An integer scalar widened to `i64` (unbounded).
    case value(ScalarExpr)

    var range: ClosedRange<Int>? {
        switch self {
        case .variable(let v): return 0...Swift.max(0, v.extent - 1)
        case let .floorDiv(e, d):
            guard let r = e.range else { return nil }
            return IndexExpr.floorDivide(r.lowerBound, d)...IndexExpr.floorDivide(r.upperBound, d)
        case let .floorMod(e, d):
            if let r = e.range, IndexExpr.sameQuotient(r, d) != nil {
                return IndexExpr.floorModulo(r.lowerBound, d)...IndexExpr.floorModulo(r.upperBound, d)
            }
            return 0...(d - 1)
        case .value: return nil
        }
    }

    public var description: String {
        switch self {
        case .variable(let v): "\(v)"
        case let .floorDiv(e, d): "(\(e)) / \(d)"
        case let .floorMod(e, d): "(\(e)) mod \(d)"
        case .value(let e): "idx(\(e))"
        }
    }
}

extension IndexExpr {
    /// The row-major offset `Σ index[d] · stride[d]` of an index into a dense tensor of `shape`.
    public static func rowMajorOffset(_ index: [IndexExpr], shape: [Int]) -> IndexExpr {
        let strides = rowMajorStrides(shape)
        var offset = IndexExpr(0)
        for (i, s) in zip(index, strides) { offset = offset + i * s }
        return offset
    }

    static func rowMajorStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = acc
            acc *= shape[axis]
        }
        return strides
    }
}
