/// An elementwise activation as a layer (no parameters; empty name), for `Sequential` and `MLP`.
public struct Activation: Layer, Hashable, Sendable {
    /// The activation functions Tusk composes from its primitives.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// `x · sigmoid(x)` (the `silu` op).
        case silu
        /// `max(x, 0)`.
        case relu
        /// GELU, tanh approximation: `0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))`
        /// (PyTorch's `gelu(approximate="tanh")`; the exact form needs `erf`, not a Tusk op).
        case geluTanh
        case sigmoid
        case tanh
        /// The input unchanged.
        case identity
    }

    public var kind: Kind
    public var name: String

    public init(_ kind: Kind, name: String = "") {
        self.kind = kind
        self.name = name
    }

    public static let silu = Activation(.silu)
    public static let relu = Activation(.relu)
    public static let geluTanh = Activation(.geluTanh)
    public static let sigmoid = Activation(.sigmoid)
    public static let tanh = Activation(.tanh)
    public static let identity = Activation(.identity)

    public func forward(_ x: Tensor, file: StaticString, line: UInt) -> Tensor {
        switch kind {
        case .silu: x.silu(file: file, line: line)
        case .relu: x.relu(file: file, line: line)
        case .geluTanh: x.geluTanh(file: file, line: line)
        case .sigmoid: x.sigmoid(file: file, line: line)
        case .tanh: x.tanh(file: file, line: line)
        case .identity: x
        }
    }
}

extension Tensor {
    /// `max(x, 0)`.
    public func relu(file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        maximum(scalar(0, file: file, line: line), file: file, line: line)
    }

    /// GELU with the tanh approximation (PyTorch's `gelu(approximate="tanh")`).
    public func geluTanh(file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        let cube = mul(self, file: file, line: line).mul(self, file: file, line: line)
        let inner = add(cube.mul(scalar(0.044715, file: file, line: line), file: file, line: line), file: file, line: line)
            .mul(scalar((2 / Double.pi).squareRoot(), file: file, line: line), file: file, line: line)
            .tanh(file: file, line: line)
        return mul(scalar(0.5, file: file, line: line), file: file, line: line)
            .mul(inner.add(scalar(1, file: file, line: line), file: file, line: line), file: file, line: line)
    }
}
