import TuskIR

/// The VJP rules of the fused ops (called from the exhaustive switch of `Op+VJP.swift`).
extension Op {
    /// `scaledDotProductAttention`: one `scaledDotProductAttentionBackward` node over the
    /// operands, the forward result (output and log-sum-exp: O(Tq) per row, so no probabilities
    /// are kept for the backward) and its cotangent; its flat result is sliced into the operand
    /// cotangents.
    func attentionVJP(_ attrs: AttentionAttributes, _ c: VJPContext, _ g: Tensor) -> [Tensor?] {
        let b = g.builder
        let x = c.operands
        let ids = x.map(\.id) + [c.result.id, g.id]
        let flat = Tensor(b, b.append(.scaledDotProductAttentionBackward(attrs), ids, location: c.node.location))
        var offset = 0
        return x.enumerated().map { i, operand in
            let n = operand.type.elementCount
            defer { offset += n }
            guard c.needs[i] else { return nil }
            return flat.slice(axis: 0, offset ..< offset + n).reshape(operand.shape)
        }
    }

    /// Any fused op (used for the backward op, i.e. second-order gradients): the VJP of its
    /// decomposition (DESIGN.md, principle 3: the decomposition is the gradient fallback), built
    /// as a separate graph — so each operand gets its partial derivative even when operands
    /// depend on one another — and inlined here.
    func vjpThroughDecomposition(_ c: VJPContext, _ g: Tensor) throws -> [Tensor?] {
        let b = g.builder
        let x = c.operands
        guard let decomposition = try decomposition(operandTypes: x.map(\.type)) else {
            throw TuskError.invalidGraph("grad: \(name) has no decomposition to differentiate")
        }
        let wanted = x.indices.filter { c.needs[$0] }
        let adjoint = try TuskAutodiff.vjp(decomposition, of: [Op.decompositionResultName],
                              wrt: wanted.map(Op.decompositionOperandName))
        var bindings: [String: ValueID] = [cotangentInputPrefix + Op.decompositionResultName: g.id]
        for (i, operand) in x.enumerated() { bindings[Op.decompositionOperandName(i)] = operand.id }
        let location = c.node.location
        let outputs = try adjoint.inline(bindings: bindings) { node in
            node.op.isLeaf ? b.appendLeaf(node.op, type: node.type, location: location)
                           : b.append(node.op, node.operands, location: location)
        }
        if let error = b.firstError { throw error }
        return x.indices.map { i in
            c.needs[i] ? Tensor(b, outputs[gradientOutputPrefix + Op.decompositionOperandName(i)]!) : nil
        }
    }
}
