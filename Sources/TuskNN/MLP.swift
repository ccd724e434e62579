/// The transformer feed-forward block `fc2(activation(fc1(x)))` over the last axis
/// (timm's `Mlp`). Parameters: `fc1.weight` `[hidden, width]`, `fc1.bias`, `fc2.weight`
/// `[width, hidden]`, `fc2.bias`.
public struct MLP: Layer, Hashable, Sendable {
    public var name: String
    public var fc1: Linear
    public var activation: Activation
    public var fc2: Linear

    public init(width: Int, hidden: Int, activation: Activation = .geluTanh, bias: Bool = true,
                dtype: DType = .f32, name: String = "") {
        self.name = name
        fc1 = Linear(width, hidden, bias: bias, dtype: dtype, name: "fc1")
        self.activation = activation
        fc2 = Linear(hidden, width, bias: bias, dtype: dtype, name: "fc2")
    }

    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        fc2(activation(fc1(x, file: file, line: line), file: file, line: line), file: file, line: line)
    }
}

/// The SwiGLU feed-forward block (Shazeer 2020), in Walrus's layout: `fc1` projects to
/// `2·hidden` channels split as `[a | g]`, the gated value `silu(g) ⊙ a` goes through `fc2`.
/// Parameters: `fc1.weight` `[2·hidden, width]`, `fc1.bias`, `fc2.weight` `[width, hidden]`,
/// `fc2.bias`.
public struct SwiGLU: Layer, Hashable, Sendable {
    public var name: String
    public var hidden: Int
    public var fc1: Linear
    public var fc2: Linear

    public init(width: Int, hidden: Int, bias: Bool = true, dtype: DType = .f32, name: String = "") {
        self.name = name
        self.hidden = hidden
        fc1 = Linear(width, 2 * hidden, bias: bias, dtype: dtype, name: "fc1")
        fc2 = Linear(hidden, width, bias: bias, dtype: dtype, name: "fc2")
    }

    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        let h = fc1(x, file: file, line: line)
        return fc2(swiGLUGate(h, file: file, line: line), file: file, line: line)
    }
}

/// The SwiGLU gate on the last axis of `[..., 2h]` split as `[a | g]`: `silu(g) ⊙ a` → `[..., h]`.
public func swiGLUGate(_ h: Tensor, file: StaticString = #fileID, line: UInt = #line) -> Tensor {
    let half = (h.shape.last ?? 0) / 2
    _ = h.expect((h.shape.last ?? 1) % 2 == 0, layer: "swiGLUGate",
                 "needs an even last axis to split into [a | g], got shape \(h.shape)", file: file, line: line)
    let a = h.slice(axis: -1, 0..<half, file: file, line: line)
    let g = h.slice(axis: -1, half..<(2 * half), file: file, line: line)
    return g.silu(file: file, line: line).mul(a, file: file, line: line)
}
