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
///   gather) count 0: they move or convert data but do no arithmetic.
extension Op {
    /// Floating-point operations of one node of this op with operand types `operands` and result
    /// type `result` (types as in a verified graph).
    public func flops(operands: [TensorType], result: TensorType) -> Int {
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
            return 5 * out
        case .matmul(let transposeA, _):
            // result [..., M, N]; contraction length K from operand a.
            guard let a = operands.first, a.shape.count >= 2 else { return 0 }
            let k = transposeA ? a.shape[a.shape.count - 2] : a.shape[a.shape.count - 1]
            return 2 * out * k
        case .conv:
            // w [Cout, Cin, k...]: every output element is a Cin·∏k dot product.
            guard operands.count == 2 else { return 0 }
            let w = operands[1].shape
            return 2 * out * w.dropFirst().reduce(1, *)
        case .convTranspose:
            // x [N, Cin, L...], w [Cin, Cout, k...]: every input element scatters Cout·∏k products.
            guard operands.count == 2 else { return 0 }
            let w = operands[1].shape
            return 2 * operands[0].elementCount * w.dropFirst().reduce(1, *)
        case .convFilterGradient(_, let kernel):
            // x [N, Cin, L...], dy [N, Cout, Lo...]: every dy element meets Cin·∏k inputs.
            guard operands.count == 2, operands[0].shape.count >= 2 else { return 0 }
            return 2 * operands[1].elementCount * operands[0].shape[1] * kernel.reduce(1, *)
        case .reshape, .permute, .broadcast, .slice, .concat, .pad, .roll, .gather:
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
    public var flops: Int {
        nodes.reduce(0) { total, node in
            total + node.op.flops(operands: node.operands.map { nodes[$0.index].type }, result: node.type)
        }
    }

    /// Floating-point operations per op name (`matmul`, `conv`, …), nodes with zero cost omitted.
    public var flopsByOp: [String: Int] {
        nodes.reduce(into: [:]) { totals, node in
            let f = node.op.flops(operands: node.operands.map { nodes[$0.index].type }, result: node.type)
            if f > 0 { totals[node.op.name, default: 0] += f }
        }
    }

    /// The largest number of bytes live at once when the nodes run one after another in program
    /// order and every intermediate value is freed right after its last use: inputs and
    /// parameters (owned by the caller) are live throughout, other values from their node to
    /// their last user, graph outputs to the end.
    public var naivePeakLiveBytes: Int {
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
                resident += bytes
            default:
                live += bytes
                freed[lastUse[i]] += bytes
            }
            peak = max(peak, resident + live)
            live -= freed[i]
        }
        return max(peak, resident + live)
    }
}
