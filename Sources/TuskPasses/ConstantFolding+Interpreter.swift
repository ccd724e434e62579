import TuskIR

extension ConstantFolding {
    /// Folding with the reference interpreter in native precision: every folded value is
    /// computed in the node's own dtype, bit-identical to running the graph.
    public init(maxLiteralElements: Int = 4096, maxEvaluatedElements: Int = 65_536, maxExpansion: Int = 8,
                alwaysFoldElements: Int = 64) {
        self.init(maxLiteralElements: maxLiteralElements, maxEvaluatedElements: maxEvaluatedElements,
                  maxExpansion: maxExpansion, alwaysFoldElements: alwaysFoldElements) { op, operands, type in
            try Interpreter(precision: .native).evaluate(op, operands, type: type)
        }
    }
}
