/// A static cost model of the ops: floating-point operations per node, by exhaustive switch over
/// `Op` (a new op without a rule does not compile). Used by `tusk dump --stats`.
///
/// Conventions (the usual ones of FLOP counters such as fvcore / the PaLM appendix):
/// * a multiply-add counts 2 (matmul `2·M·N·K·batch`; conv `2·out·Cin·∏k`; transposed conv
///   `2·in·Cout·∏k`; conv filter gradient `2·dy·Cin·∏k`);
/// * elementwise ops (unary — transcendentals included —, binary, compare, select) count 1 per
///   output element;
/// * reductions count 1 per input element; softmax counts 5 per element (max, subtract, exp,
///   sum, divide); `scatterAdd` counts 1 per update element;
/// * the fused attention ops count what their decomposition computes (see the case);
/// * leaves, casts and pure data movement (reshape, permute, broadcast, slice, concat, pad, roll,
///   dynamic roll, gather) count 0: they move or convert data but do no arithmetic.
extension Op {
    /// Floating-point operations of one node of this op with operand types `operands` and result
    /// type `result` (types as in a verified graph).
    ///
    /// Throws `TuskError.shape` naming the op, its operands and `location` when the count does
    /// not fit in an `Int` (a 2²¹-cubed matmul already needs 2⁶⁴).
    public func flops(operands: [TensorType], result: TensorType, location: SourceLocation? = nil) throws -> Int {
        /// The product of `factors`, or an error naming the op.
        func count(_ factors: Int...) throws -> Int { try count(factors) }
        func count(_ factors: [Int]) throws -> Int {
            guard let n = SizeArithmetic.product(factors) else {
                throw TuskError.shape(op: name, message: "the FLOP count (\(factors.map(String.init).joined(separator: " × "))) overflows a 64-bit integer",
                                      operands: operands, location: location)
            }
            return n
        }
        let out = result.elementCount
        switch self {
        case .input, .parameter, .fill, .iota, .literal:
            return 0
        case .unary, .binary, .compare, .select:
            return out
        case .cast:
            return 0
        case .reduce:
            return operands.first?.elementCount ?? 0
        case .softmax:
            return try count(5, out)
        case .matmul(let transposeA, _):
            // result [..., M, N]; contraction length K from operand a.
            guard let a = operands.first, a.shape.count >= 2 else { return 0 }
            let k = transposeA ? a.shape[a.shape.count - 2] : a.shape[a.shape.count - 1]
            return try count(2, out, k)
        case .conv:
            // w [Cout, Cin, k...]: every output element is a Cin·∏k dot product.
            guard operands.count == 2 else { return 0 }
            let w = operands[1].shape
            return try count(2, out, try count(Array(w.dropFirst())))
        case .convTranspose:
            // x [N, Cin, L...], w [Cin, Cout, k...]: every input element scatters Cout·∏k products.
            guard operands.count == 2 else { return 0 }
            let w = operands[1].shape
            return try count(2, operands[0].elementCount, try count(Array(w.dropFirst())))
        case .convFilterGradient(_, let kernel):
            // x [N, Cin, L...], dy [N, Cout, Lo...]: every dy element meets Cin·∏k inputs.
            guard operands.count == 2, operands[0].shape.count >= 2 else { return 0 }
            return try count(2, operands[1].elementCount, operands[0].shape[1], try count(kernel))
        case .reshape, .permute, .broadcast, .slice, .concat, .pad, .roll, .dynamicRoll, .gather:
            return 0
        case .scatterAdd:
            return operands.first?.elementCount ?? 0
        case .scaledDotProductAttention, .scaledDotProductAttentionBackward:
            // What the decomposition computes (masked entries included): scores 2·d and
            // probabilities·v 2·dv multiply-adds per (row, key), scale + bias + softmax 7;
            // the backward recomputes the scores and forms dv, dp, dq, dk (2·(3d + 2dv)) plus
            // exp, subtract, multiply, scale (4) per (row, key).
            guard operands.count >= 3, operands[0].rank >= 2 else { return 0 }
            let q = operands[0].shape, v = operands[2].shape
            let d = q[q.count - 1], dv = v[v.count - 1], tk = operands[1].shape[q.count - 2]
            let pairs = q.dropLast().reduce(1, *) * tk
            if case .scaledDotProductAttention = self { return pairs * (2 * d + 2 * dv + 7) }
            return pairs * (2 * (3 * d + 2 * dv) + 4)
        }
    }
}

extension Graph {
    /// Total floating-point operations of one evaluation of every node (see `Op.flops`).
    /// Throws `TuskError.shape` naming the op and its source line when a count overflows.
    public var flops: Int {
        get throws { try flopsByOp.values.reduce(0) { try Self.add($0, $1, what: "the graph's total FLOP count") } }
    }

    /// Floating-point operations per op name (`matmul`, `conv`, …), nodes with zero cost omitted.
    /// Throws like `flops`.
    public var flopsByOp: [String: Int] {
        get throws {
            var totals: [String: Int] = [:]
            for (i, node) in nodes.enumerated() {
                let f: Int
                do {
                    f = try node.op.flops(operands: node.operands.map { nodes[$0.index].type }, result: node.type, location: node.location)
                } catch let TuskError.shape(op, message, operands, location) where location == nil {
                    // A parsed graph has no Swift source line: name the node (its line in the dump).
                    throw TuskError.shape(op: op, message: "node %\(i) (\(node.type)): \(message)", operands: operands, location: nil)
                }
                if f > 0 { totals[node.op.name] = try Self.add(totals[node.op.name] ?? 0, f, what: "the FLOP count of the \(node.op.name) nodes") }
            }
            return totals
        }
    }

    /// `a + b`, or an error saying which count overflowed.
    private static func add(_ a: Int, _ b: Int, what: String) throws -> Int {
        guard let r = SizeArithmetic.add(a, b) else { throw TuskError.execution("\(what) overflows a 64-bit integer") }
        return r
    }

    /// The largest number of bytes live at once when the nodes run one after another in program
    /// order and every intermediate value is freed right after its last use: inputs and
    /// parameters (owned by the caller) are live throughout, other values from their node to
    /// their last user, graph outputs to the end. Throws when the byte count overflows.
    public var naivePeakLiveBytes: Int {
      get throws {
        let n = nodes.count
        var lastUse = Array(0..<n)
        for (i, node) in nodes.enumerated() {
            for operand in node.operands { lastUse[operand.index] = max(lastUse[operand.index], i) }
        }
        for output in outputs { lastUse[output.value.index] = n }
        var freed = [Int](repeating: 0, count: n + 1)   // bytes released after step i
        var resident = 0, live = 0, peak = 0
        for (i, node) in nodes.enumerated() {
            let bytes = node.type.byteCount
            switch node.op {
            case .input, .parameter:
                resident = try Self.add(resident, bytes, what: "the graph's live byte count")
            default:
                live = try Self.add(live, bytes, what: "the graph's live byte count")
                freed[lastUse[i]] = try Self.add(freed[lastUse[i]], bytes, what: "the graph's live byte count")
            }
            peak = max(peak, try Self.add(resident, live, what: "the graph's live byte count"))
            live -= freed[i]
        }
        return max(peak, resident + live)
      }
    }
}
