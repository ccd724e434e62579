extension Graph {
    /// Checks the structural invariants: operands defined before use (topological order),
    /// every node's type equal to what its op infers, leaves consistent with their type,
    /// outputs in range and uniquely named, input and parameter names unique and disjoint (inputs
    /// and parameters are bound by name from one dictionary at run time).
    public func verify() throws {
        var inputNames = Set<String>(), parameterNames = Set<String>()
        for (i, node) in nodes.enumerated() {
            let at = "node %\(i) (\(node.op.name))"
            for operand in node.operands where operand.index < 0 || operand.index >= i {
                throw TuskError.invalidGraph("\(at) uses \(operand), which is not defined before it")
            }
            do {
                if node.op.isLeaf {
                    if !node.operands.isEmpty { throw TuskError.invalidGraph("\(at) is a leaf with operands") }
                    try node.op.checkLeaf(node.type, location: node.location)
                } else {
                    let inferred = try node.op.resultType(node.operands.map { nodes[$0.index].type }, location: node.location)
                    if inferred != node.type {
                        throw TuskError.invalidGraph("\(at) has type \(node.type) but its op infers \(inferred)")
                    }
                }
            }
            switch node.op {
            case .input(let name):
                if !inputNames.insert(name).inserted { throw TuskError.invalidGraph("input '\(name)' defined twice") }
            case .parameter(let name):
                if !parameterNames.insert(name).inserted { throw TuskError.invalidGraph("parameter '\(name)' defined twice") }
            default: break
            }
        }
        if let clash = inputNames.intersection(parameterNames).first {
            throw TuskError.invalidGraph("'\(clash)' names both an input and a parameter (they share one binding namespace)")
        }
        var outputNames = Set<String>()
        for out in outputs {
            if out.value.index < 0 || out.value.index >= nodes.count {
                throw TuskError.invalidGraph("output '\(out.name)' refers to undefined \(out.value)")
            }
            if !outputNames.insert(out.name).inserted { throw TuskError.invalidGraph("output '\(out.name)' declared twice") }
        }
    }
}
