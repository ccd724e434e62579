import TuskIR

/// How reverse mode treats an op: the rule table of `Docs/AUTODIFF.md` as data.
///
/// Tools print it (`tusk dump --stats`), and the gradient checks use it: for `linear` and
/// `bilinear` ops a central difference is exact up to rounding for any step, so their checks use
/// a unit step and a rounding-level tolerance.
public enum GradientKind: String, Sendable, Hashable, CaseIterable {
    /// Inputs and parameters: where gradients are collected.
    case variable
    /// Constants (`fill`, `iota`, `literal`): no operands, nothing to differentiate.
    case constant
    /// Linear (or affine, like a constant pad with a nonzero value) in its floating operands:
    /// the rule is the exact transpose.
    case linear
    /// Linear in each operand separately (`mul`, `matmul`, the convolutions): the rule of each
    /// operand is the transpose with the other operand fixed.
    case bilinear
    /// Any other differentiable op: the VJP reads forward values.
    case nonlinear
    /// No gradient: the result is integer or bool, or the op is piecewise constant.
    case none
}

extension Op {
    /// How reverse mode treats this op (exhaustive, like the rules themselves).
    public var gradientKind: GradientKind {
        switch self {
        case .input, .parameter: .variable
        case .fill, .iota, .literal: .constant
        case .unary(let u):
            switch u {
            case .neg: .linear
            case .sign, .logicalNot: .none
            case .abs, .exp, .log, .sqrt, .rsqrt, .tanh, .sigmoid, .silu, .sin, .cos: .nonlinear
            }
        case .binary(let b):
            switch b {
            case .add, .sub: .linear
            case .mul: .bilinear
            case .div, .max, .min, .pow: .nonlinear
            }
        case .compare: .none
        case .select: .linear
        case .cast(let to): to.isFloatingPoint ? .linear : .none
        case .reduce(let r, _, _):
            switch r {
            case .sum, .mean: .linear
            case .max, .min: .nonlinear
            }
        case .softmax: .nonlinear
        case .matmul, .conv, .convTranspose, .convFilterGradient: .bilinear
        case .reshape, .permute, .broadcast, .slice, .concat, .pad, .roll, .dynamicRoll, .gather, .scatterAdd: .linear
        case .scaledDotProductAttention, .scaledDotProductAttentionBackward: .nonlinear
        }
    }
}
