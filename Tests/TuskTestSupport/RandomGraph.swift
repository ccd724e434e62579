import TuskIR

/// The random graph generator's RNG (TuskIR's SplitMix64): a failing random test names a
/// reproducible seed.
public typealias SeededGenerator = SplitMix64

/// Knobs of `RandomGraphGenerator`. Defaults give graphs of ~30 nodes with tensors of at most
/// 64 elements: fast enough to evaluate hundreds with the reference interpreter in a debug build.
public struct RandomGraphOptions: Sendable {
    /// Non-leaf operations to generate (the graph also gets leaves, duplicates and helpers).
    public var operationCount: Int = 20
    /// Floating-point dtype of the data path (`f32` or `f64`).
    public var dtype: DType = .f32
    /// Largest rank of a generated value.
    public var maxRank: Int = 3
    /// Largest axis length of a freshly generated shape.
    public var maxDim: Int = 4
    /// Largest element count of any value; ops that would exceed it are not generated.
    public var maxElements: Int = 64
    /// Data inputs (`x0`, `x1`, …) and the most parameters (`p0.weight`, …) to declare.
    public var inputCount: Int = 2
    public var parameterCount: Int = 2
    /// Number of graph outputs (`y0`, `y1`, …); values not reaching one are dead code.
    public var outputCount: Int = 2
    /// Probability that an operation step instead re-emits an existing node verbatim (CSE work).
    public var duplicateRate: Double = 0.1
    /// Include `matmul` (the runtime's BLAS differential tests want it; default on).
    public var includeMatmul: Bool = true
    /// Include `conv` and `convTranspose` (1-D, strided, padded; default off so the other
    /// users' seeds keep their graphs).
    public var includeConv: Bool = false

    public init() {}
}

/// Generates random but valid Tusk graphs over a broad op mix, for differential testing of
/// passes and backends against the reference interpreter.
///
/// The op mix: elementwise unary/binary (with broadcasting), compare + select, casts
/// (round trips through `f64`, identity casts, bool → float), reductions (including over no
/// axes), softmax, matmul (optionally transposed), reshape (chains, and back to the original
/// shape), permute (chains, identity), broadcast (chains, same shape), slice (strided, full
/// range), pad (constant and circular, zero widths), roll (chains, full-period shifts), concat
/// (one or more operands), gather and scatter-add with constant indices, optionally 1-D
/// `conv`/`convTranspose` (`includeConv`), and constants: `fill`
/// (including the identities 1, 0 and −0.0), `iota` and `literal`. Some steps duplicate an
/// existing node (for CSE) and values not reaching an output are dead (for DCE).
///
/// ```swift
/// var generator = RandomGraphGenerator(seed: 42)
/// let graph = try generator.graph()                 // verified
/// let bindings = generator.bindings(for: graph)    // inputs and parameters, by name
/// ```
/// Everything is a pure function of the seed and options.
public struct RandomGraphGenerator {
    public var options: RandomGraphOptions
    public var rng: SeededGenerator
    private var builder = GraphBuilder(name: "random")
    private var pool: [ValueID] = []
    private var inputsMade = 0
    private var parametersMade = 0

    public init(seed: UInt64, options: RandomGraphOptions = RandomGraphOptions()) {
        self.options = options
        rng = SeededGenerator(seed: seed)
    }

    /// A new random graph (verified). Throws only if the generator itself built an invalid
    /// graph, which is a bug in the generator.
    public mutating func graph(name: String = "random") throws -> Graph {
        builder = GraphBuilder(name: name)
        pool = []
        inputsMade = 0
        parametersMade = 0
        for _ in 0..<max(1, options.inputCount) { pool.append(newInput(randomShape())) }
        var made = 0, attempts = 0
        while made < options.operationCount && attempts < options.operationCount * 20 {
            attempts += 1
            if let v = step() {
                pool.append(v)
                made += 1
            }
        }
        let nonLeaves = pool.filter { !builder.graph[$0].op.isLeaf }
        var candidates = nonLeaves.isEmpty ? pool : nonLeaves
        var outputs: [ValueID] = [candidates.last!]
        while outputs.count < max(1, options.outputCount) {
            // Prefer late values, so early ones more often stay dead or feed later ones.
            let lower = candidates.count / 2
            outputs.append(candidates[Int.random(in: lower..<candidates.count, using: &rng)])
            candidates.shuffle(using: &rng)
        }
        for (i, v) in outputs.enumerated() { builder.output("y\(i)", v) }
        return try builder.finish()
    }

    /// Random values for every input and parameter of `graph`, by name. Floating values are
    /// uniform in [−2, 2]; with probability `specialRate` an element is instead one of
    /// `specials` (signed zeros, ±1, ±∞, NaN by default), so identities that are wrong only for
    /// special values get caught.
    public mutating func bindings(
        for graph: Graph, specialRate: Double = 0.04,
        specials: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .nan]
    ) -> [String: TensorData] {
        var result: [String: TensorData] = [:]
        for leaf in graph.inputs + graph.parameters {
            let values = (0..<leaf.type.elementCount).map { _ -> Double in
                if !specials.isEmpty && Double.random(in: 0..<1, using: &rng) < specialRate {
                    return specials[Int.random(in: 0..<specials.count, using: &rng)]
                }
                switch leaf.type.dtype {
                case .f32, .f64: return Double.random(in: -2...2, using: &rng)
                case .i32, .i64: return Double(Int.random(in: -3...3, using: &rng))
                case .bool: return Bool.random(using: &rng) ? 1 : 0
                }
            }
            result[leaf.name] = TensorData(shape: leaf.type.shape, values: values, dtype: leaf.type.dtype)
        }
        return result
    }

    // MARK: - Steps

    private mutating func step() -> ValueID? {
        if chance(options.duplicateRate), let dup = duplicate() { return dup }
        // Sometimes start from a fresh constant, so constant subgraphs (folding work) appear.
        let x = chance(0.12) ? constant(randomShape(), options.dtype) : pick()
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<12: return unary(x)
        case 12..<30: return binary(x)
        case 30..<35:
            // Often straight on an input, so special bound values (−0.0, NaN) reach the identity.
            let leaves = pool.filter { if case .input = builder.graph[$0].op { return true } else { return false } }
            return identityArithmetic(chance(0.5) ? leaves.randomElement(using: &rng) ?? x : x)
        case 35..<40: return compareSelect(x)
        case 40..<44: return cast(x)
        case 44..<50: return reduce(chance(0.3) ? pool[Int.random(in: 0..<pool.count, using: &rng)] : x)
        case 50..<53: return softmax(x)
        case 53..<58: return options.includeMatmul ? matmul(x) : unary(x)
        case 58..<64: return reshape(x)
        case 64..<69: return permute(x)
        case 69..<73: return broadcast(x)
        case 73..<78: return slice(x)
        case 78..<82: return pad(x)
        case 82..<86: return roll(x)
        case 86..<90: return concat(x)
        case 90..<94: return gather(x)
        case 94..<96: return scatterAdd(x)
        case 96..<99 where options.includeConv: return conv(x)
        default: return constant(randomShape(), options.dtype)
        }
    }

    private mutating func duplicate() -> ValueID? {
        let nonLeaves = pool.filter { !builder.graph[$0].op.isLeaf }
        guard let v = nonLeaves.randomElement(using: &rng) else { return nil }
        let node = builder.graph[v]
        return append(node.op, node.operands)
    }

    private mutating func unary(_ x: ValueID) -> ValueID? {
        let ops: [UnaryOp] = [.neg, .abs, .sign, .exp, .log, .sqrt, .rsqrt, .tanh, .sigmoid, .silu, .sin, .cos]
        let u = ops.randomElement(using: &rng)!
        guard let y = append(.unary(u), [x]) else { return nil }
        // neg∘neg for the simplifier.
        if u == .neg && chance(0.4) { return append(.unary(.neg), [y]) }
        return y
    }

    private mutating func binary(_ x: ValueID) -> ValueID? {
        let ops: [BinaryOp] = [.add, .sub, .mul, .div, .max, .min, .pow]
        let b = ops.randomElement(using: &rng)!
        let other = partner(for: x)
        return chance(0.5) ? append(.binary(b), [x, other]) : append(.binary(b), [other, x])
    }

    /// `x ⊕ c` with an identity (or near-identity) constant, possibly of a broadcasting shape.
    private mutating func identityArithmetic(_ x: ValueID) -> ValueID? {
        let t = type(x)
        let cases: [(BinaryOp, Double, Bool)] = [
            (.mul, 1, true), (.mul, 1, false), (.div, 1, true), (.add, 0, true), (.add, 0, false),
            (.add, -0.0, true), (.add, -0.0, false), (.sub, 0, true), (.sub, -0.0, true), (.mul, 0, true),
        ]
        let (op, value, constantRight) = cases.randomElement(using: &rng)!
        var shape: [Int] = chance(0.6) ? [] : t.shape
        if chance(0.2) && t.rank < options.maxRank && t.elementCount * 2 <= options.maxElements {
            shape = [2] + t.shape  // broadcasting identity: the result is bigger than x
        }
        let c = fill(value, TensorType(t.dtype, shape))
        return constantRight ? append(.binary(op), [x, c]) : append(.binary(op), [c, x])
    }

    private mutating func compareSelect(_ x: ValueID) -> ValueID? {
        let ops: [CompareOp] = [.eq, .ne, .lt, .le, .gt, .ge]
        let cond = append(.compare(ops.randomElement(using: &rng)!), [x, partner(for: x)])
        guard let cond else { return nil }
        if chance(0.2) { return append(.cast(type(x).dtype), [cond]) }  // bool → float mask
        let other = partner(for: x)
        return chance(0.5) ? append(.select, [cond, x, other]) : append(.select, [cond, other, x])
    }

    private mutating func cast(_ x: ValueID) -> ValueID? {
        let t = type(x)
        if chance(0.4) { return append(.cast(t.dtype), [x]) }
        let wide: DType = t.dtype == .f32 ? .f64 : .f32
        guard let y = append(.cast(wide), [x]) else { return nil }
        return append(.cast(t.dtype), [y])
    }

    private mutating func reduce(_ x: ValueID) -> ValueID? {
        let t = type(x)
        let ops: [ReduceOp] = [.sum, .mean, .max, .min]
        let axes = (0..<t.rank).filter { _ in chance(0.5) }
        return append(.reduce(ops.randomElement(using: &rng)!, axes: chance(0.1) ? [] : axes, keepDims: chance(0.4)), [x])
    }

    private mutating func softmax(_ x: ValueID) -> ValueID? {
        let t = type(x)
        guard t.rank > 0 else { return nil }
        return append(.softmax(axis: Int.random(in: 0..<t.rank, using: &rng)), [x])
    }

    private mutating func matmul(_ x: ValueID) -> ValueID? {
        var a = x
        var t = type(a)
        if t.rank < 2 {
            guard let r = append(.reshape([1] + (t.rank == 0 ? [1] : t.shape)), [a]) else { return nil }
            a = r
            t = type(a)
        }
        let transposeA = chance(0.2)
        let k = transposeA ? t.shape[t.rank - 2] : t.shape[t.rank - 1]
        let n = Int.random(in: 1...max(1, min(options.maxDim, options.maxElements / max(1, k))), using: &rng)
        let transposeB = chance(0.3)
        let bShape = transposeB ? [n, k] : [k, n]
        let existing = pool.filter { type($0).shape == bShape && type($0).dtype == t.dtype }
        let b = existing.randomElement(using: &rng) ?? freshLeaf(TensorType(t.dtype, bShape))
        return append(.matmul(transposeA: transposeA, transposeB: transposeB), [a, b])
    }

    /// A 1-D `conv` (or, one time in three, `convTranspose`) of `x` seen as [N, Cin, L]
    /// (reshaped to [1, 1, n] below rank 3) with a fresh or existing filter, stride 1–2 and
    /// padding 0–1 on each side.
    private mutating func conv(_ x: ValueID) -> ValueID? {
        var a = x
        if type(a).rank != 3 {
            guard let r = append(.reshape([1, 1, Swift.max(1, type(a).elementCount)]), [a]) else { return nil }
            a = r
        }
        let t = type(a)
        let (cin, length) = (t.shape[1], t.shape[2])
        let transposed = chance(0.33)
        let k = Int.random(in: 1...Swift.max(1, Swift.min(3, length)), using: &rng)
        let cout = Int.random(in: 1...3, using: &rng)
        let attributes = ConvAttributes(strides: [Int.random(in: 1...2, using: &rng)],
                                        padLow: [Int.random(in: 0...Swift.min(1, k - 1), using: &rng)],
                                        padHigh: [Int.random(in: 0...Swift.min(1, k - 1), using: &rng)])
        let wShape = transposed ? [cin, cout, k] : [cout, cin, k]
        let existing = pool.filter { type($0).shape == wShape && type($0).dtype == t.dtype }
        let w = existing.randomElement(using: &rng) ?? freshLeaf(TensorType(t.dtype, wShape))
        return append(transposed ? .convTranspose(attributes) : .conv(attributes), [a, w])
    }

    private mutating func reshape(_ x: ValueID) -> ValueID? {
        let t = type(x)
        guard let y = append(.reshape(factorShape(t.elementCount)), [x]) else { return nil }
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return append(.reshape(factorShape(t.elementCount)), [y])  // chain
        case 1: return append(.reshape(t.shape), [y])                       // back to the start
        default: return y
        }
    }

    private mutating func permute(_ x: ValueID) -> ValueID? {
        let t = type(x)
        let p = Array(0..<t.rank).shuffled(using: &rng)
        guard let y = append(.permute(p), [x]) else { return nil }
        if chance(0.3) {
            var inverse = p
            for (i, a) in p.enumerated() { inverse[a] = i }
            return append(.permute(inverse), [y])
        }
        if chance(0.3) { return append(.permute(Array(0..<t.rank).shuffled(using: &rng)), [y]) }
        return y
    }

    private mutating func broadcast(_ x: ValueID) -> ValueID? {
        let t = type(x)
        if chance(0.2) { return append(.broadcast(t.shape), [x]) }
        var shape = t.shape.map { $0 == 1 ? Int.random(in: 1...3, using: &rng) : $0 }
        if shape.count < options.maxRank && chance(0.5) { shape.insert(Int.random(in: 1...3, using: &rng), at: 0) }
        guard let y = append(.broadcast(shape), [x]) else { return nil }
        if shape.count < options.maxRank + 1 && chance(0.25) {
            return append(.broadcast([2] + shape), [y])
        }
        return y
    }

    private mutating func slice(_ x: ValueID) -> ValueID? {
        let t = type(x)
        if chance(0.2) {
            return append(.slice(start: t.shape.map { _ in 0 }, limit: t.shape, stride: t.shape.map { _ in 1 }), [x])
        }
        var start: [Int] = [], limit: [Int] = [], stride: [Int] = []
        for d in t.shape {
            let s = d > 0 ? Int.random(in: 0..<d, using: &rng) : 0
            start.append(s)
            limit.append(d > 0 ? Int.random(in: (s + 1)...d, using: &rng) : 0)
            stride.append(Int.random(in: 1...2, using: &rng))
        }
        return append(.slice(start: start, limit: limit, stride: stride), [x])
    }

    private mutating func pad(_ x: ValueID) -> ValueID? {
        let t = type(x)
        if chance(0.2) {
            let zeros = t.shape.map { _ in 0 }
            return append(.pad(low: zeros, high: zeros, mode: chance(0.5) ? .circular : .constant(0)), [x])
        }
        let circular = chance(0.4)
        let low = t.shape.map { Int.random(in: 0...min(2, circular ? $0 : 2), using: &rng) }
        let high = t.shape.map { Int.random(in: 0...min(1, circular ? $0 : 1), using: &rng) }
        let values: [Double] = [0, -0.0, 1, 2.5]
        return append(.pad(low: low, high: high, mode: circular ? .circular : .constant(values.randomElement(using: &rng)!)), [x])
    }

    private mutating func roll(_ x: ValueID) -> ValueID? {
        let t = type(x)
        if chance(0.15) { return append(.roll(t.shape.map { $0 * Int.random(in: -1...1, using: &rng) }), [x]) }
        guard let y = append(.roll(t.shape.map { _ in Int.random(in: -5...5, using: &rng) }), [x]) else { return nil }
        if chance(0.35) { return append(.roll(t.shape.map { _ in Int.random(in: -5...5, using: &rng) }), [y]) }
        return y
    }

    private mutating func concat(_ x: ValueID) -> ValueID? {
        let t = type(x)
        guard t.rank > 0 else { return nil }
        if chance(0.2) { return append(.concat(axis: Int.random(in: 0..<t.rank, using: &rng)), [x]) }
        let axis = Int.random(in: 0..<t.rank, using: &rng)
        let partners = pool.filter { v in
            let u = type(v)
            return u.dtype == t.dtype && u.rank == t.rank && (0..<t.rank).allSatisfy { $0 == axis || u.shape[$0] == t.shape[$0] }
        }
        let others = (0..<Int.random(in: 1...2, using: &rng)).map { _ in partners.randomElement(using: &rng) ?? x }
        return append(.concat(axis: axis), [x] + others)
    }

    private mutating func gather(_ x: ValueID) -> ValueID? {
        let t = type(x)
        guard t.rank > 0, t.rank < options.maxRank + 1 else { return nil }
        let axis = Int.random(in: 0..<t.rank, using: &rng)
        guard t.shape[axis] > 0 else { return nil }
        let idxShape = chance(0.7) ? [Int.random(in: 1...3, using: &rng)] : [2, Int.random(in: 1...2, using: &rng)]
        let idx = indices(idxShape, below: t.shape[axis])
        return append(.gather(axis: axis), [x, idx])
    }

    private mutating func scatterAdd(_ x: ValueID) -> ValueID? {
        let t = type(x)
        guard t.rank > 0 else { return nil }
        let axis = Int.random(in: 0..<t.rank, using: &rng)
        let size = Int.random(in: 1...4, using: &rng)
        let idx = indices([t.shape[axis]], below: size)
        return append(.scatterAdd(axis: axis, size: size), [x, idx])
    }

    // MARK: - Leaves and helpers

    private mutating func constant(_ shape: [Int], _ dtype: DType) -> ValueID {
        let t = TensorType(dtype, shape)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: return fill([0, -0.0, 1, 2, -0.5].randomElement(using: &rng)!, t)
        case 1 where !shape.isEmpty:
            return leaf(.iota(axis: Int.random(in: 0..<shape.count, using: &rng),
                              start: Double(Int.random(in: -2...2, using: &rng)), step: 0.5), t)
        default:
            return leaf(.literal((0..<t.elementCount).map { _ in Double(Int.random(in: -8...8, using: &rng)) / 4 }), t)
        }
    }

    private mutating func fill(_ value: Double, _ type: TensorType) -> ValueID {
        leaf(.fill(value), type)
    }

    private mutating func indices(_ shape: [Int], below bound: Int) -> ValueID {
        let count = shape.reduce(1, *)
        let values = (0..<count).map { _ in Double(Int.random(in: 0..<bound, using: &rng)) }
        return leaf(.literal(values), TensorType(chance(0.5) ? .i32 : .i64, shape))
    }

    private mutating func newInput(_ shape: [Int]) -> ValueID {
        defer { inputsMade += 1 }
        return builder.input("x\(inputsMade)", TensorType(options.dtype, shape))
    }

    /// An input, parameter or constant of the given type, as the budgets allow.
    private mutating func freshLeaf(_ type: TensorType) -> ValueID {
        if parametersMade < options.parameterCount && chance(0.6) {
            defer { parametersMade += 1 }
            return builder.parameter("p\(parametersMade).weight", type)
        }
        if inputsMade < options.inputCount + 2 && chance(0.3) {
            defer { inputsMade += 1 }
            return builder.input("x\(inputsMade)", type)
        }
        return constant(type.shape, type.dtype)
    }

    /// A second operand that broadcasts with `x`: a pool value of the same shape, a fresh leaf,
    /// a scalar or trailing-axes constant.
    private mutating func partner(for x: ValueID) -> ValueID {
        let t = type(x)
        let same = pool.filter { $0 != x && type($0) == t }
        switch Int.random(in: 0..<4, using: &rng) {
        case 0 where !same.isEmpty, 1 where !same.isEmpty: return same.randomElement(using: &rng)!
        case 2: return constant(Array(t.shape.suffix(Int.random(in: 0...t.rank, using: &rng))), t.dtype)
        case 3: return x
        default: return freshLeaf(t)
        }
    }

    private mutating func pick() -> ValueID {
        // Favour recent values so the graph grows deep rather than wide.
        let n = pool.count
        let lower = chance(0.7) ? max(0, n - 6) : 0
        return pool[Int.random(in: lower..<n, using: &rng)]
    }

    private mutating func randomShape() -> [Int] {
        let rank = Int.random(in: 1...max(1, options.maxRank), using: &rng)
        var shape = (0..<rank).map { _ in Int.random(in: 1...options.maxDim, using: &rng) }
        while shape.reduce(1, *) > options.maxElements { shape[shape.indices.max { shape[$0] < shape[$1] }!] -= 1 }
        return shape
    }

    /// A random shape of rank 1…maxRank with exactly `count` elements.
    private mutating func factorShape(_ count: Int) -> [Int] {
        var factors: [Int] = []
        var n = count, p = 2
        while n > 1 && p * p <= n { while n % p == 0 { factors.append(p); n /= p }; p += 1 }
        if n > 1 { factors.append(n) }
        let rank = Int.random(in: 1...max(1, options.maxRank), using: &rng)
        var shape = [Int](repeating: 1, count: rank)
        for f in factors { shape[Int.random(in: 0..<rank, using: &rng)] *= f }
        return count == 0 ? [0] : shape
    }

    private func type(_ v: ValueID) -> TensorType { builder.graph.type(of: v) }

    private mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    private mutating func leaf(_ op: Op, _ type: TensorType) -> ValueID {
        builder.appendLeaf(op, type: type)
    }

    /// Appends a node if its result is valid and within `maxElements`; nil otherwise (the
    /// builder never sees an invalid node, so it never records an error).
    private mutating func append(_ op: Op, _ operands: [ValueID]) -> ValueID? {
        guard let t = try? op.resultType(operands.map(type)), t.elementCount <= options.maxElements else { return nil }
        return builder.append(op, operands)
    }
}
