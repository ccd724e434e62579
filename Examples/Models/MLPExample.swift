import TuskNN

/// A tiny two-layer perceptron `fc2(silu(fc1(x)))` on `x` `[batch, features]`, output `y`.
public func mlpExample(batch: Int = 4, features: Int = 8, hidden: Int = 16) throws -> TracedModel {
    try Graph.traceModel("mlp") { b in
        let x = b.input("x", [batch, features])
        return [("y", MLP(width: features, hidden: hidden, activation: .silu)(x))]
    }
}
