/// Elementwise functions of one operand. Result dtype equals the operand's, except
/// `logicalNot` (bool → bool).
public enum UnaryOp: String, Sendable, Hashable, CaseIterable {
    case neg, abs, sign, exp, log, sqrt, rsqrt, tanh, sigmoid, silu, sin, cos
    /// Boolean negation; operand must be `bool`.
    case logicalNot = "not"
}

/// Elementwise functions of two operands with numpy broadcasting. Both operands have the same
/// dtype; the result has it too.
public enum BinaryOp: String, Sendable, Hashable, CaseIterable {
    case add, sub, mul, div, max, min, pow
}

/// Elementwise comparisons with numpy broadcasting; the result is `bool`.
public enum CompareOp: String, Sendable, Hashable, CaseIterable {
    case eq, ne, lt, le, gt, ge
}

/// Reductions over a set of axes.
public enum ReduceOp: String, Sendable, Hashable, CaseIterable {
    case sum, mean, max, min
}

/// How `pad` fills the new border cells.
public enum PadMode: Hashable, Sendable {
    /// Every new cell holds this value.
    case constant(Double)
    /// Periodic wrap-around: the low border copies the high end of the axis and vice versa
    /// (`torch.nn.functional.pad(mode="circular")`). Each pad width must not exceed the axis size.
    case circular
}

/// Strides and zero padding of an N-d convolution over the trailing `strides.count` axes.
///
/// For `conv` (cross-correlation), `padLow`/`padHigh` are zeros added before the window sweep:
/// `out_len = (len + padLow + padHigh − k) / stride + 1` (floor).
/// For `convTranspose`, they are cells *removed* from the full output `(len − 1)·stride + k`:
/// `out_len = (len − 1)·stride + k − padLow − padHigh`; a negative `padHigh` appends zero cells
/// (PyTorch's `output_padding`). With equal attributes the two ops are each other's adjoint.
public struct ConvAttributes: Hashable, Sendable {
    public var strides: [Int]
    public var padLow: [Int]
    public var padHigh: [Int]

    public init(strides: [Int], padLow: [Int]? = nil, padHigh: [Int]? = nil) {
        self.strides = strides
        self.padLow = padLow ?? Array(repeating: 0, count: strides.count)
        self.padHigh = padHigh ?? Array(repeating: 0, count: strides.count)
    }

    /// Number of spatial axes (1–3 for Walrus; the reference interpreter takes any).
    public var spatialRank: Int { strides.count }
}

/// The closed set of Tusk primitives. Every concern — shape rule, reference evaluation, VJP,
/// printing, lowering — is an exhaustive `switch` over this enum in its own file
/// (`Op+Shape.swift`, …), so a new case without a rule does not compile.
///
/// Operand conventions are documented per case; `Docs/IR.md` is the full reference.
public enum Op: Hashable, Sendable {
    // MARK: Leaves (no operands; the node carries its type)
    /// A data input of the graph, bound by name at run time (batches, random jitter rolls, …).
    case input(String)
    /// A trainable parameter with a stable dotted name (`blocks.0.space_mixing.norm1.weight`).
    case parameter(String)
    /// Every element equals the value.
    case fill(Double)
    /// `start + step · index[axis]`: `arange`/`linspace` along one axis, broadcast along the rest.
    case iota(axis: Int, start: Double, step: Double)
    /// Dense row-major data (small constants; results of constant folding).
    case literal([Double])

    // MARK: Elementwise
    case unary(UnaryOp)
    case binary(BinaryOp)
    case compare(CompareOp)
    /// `select(cond, a, b)`: `cond ? a : b` elementwise, with broadcasting of all three.
    case select
    /// Converts the element type (float → int truncates toward zero; → bool tests `!= 0`).
    case cast(DType)

    // MARK: Reductions
    /// Reduces over `axes` (sorted, distinct); `keepDims` keeps them as size-1 axes.
    case reduce(ReduceOp, axes: [Int], keepDims: Bool)
    /// Numerically stable softmax along one axis.
    case softmax(axis: Int)

    // MARK: Contractions
    /// Batched matrix product `a[..., M, K] · b[..., K, N]` with numpy-broadcast batch axes;
    /// `transposeA`/`transposeB` read the last two axes of that operand swapped.
    case matmul(transposeA: Bool, transposeB: Bool)
    /// Cross-correlation `conv(x[N, Cin, L...], w[Cout, Cin, k...]) → [N, Cout, Lo...]`:
    /// `out[n,o,z] = Σ_{c,j} w[o,c,j] · xpad[n, c, z·s + j]`.
    case conv(ConvAttributes)
    /// Transposed convolution `convTranspose(x[N, Cin, L...], w[Cin, Cout, k...])`:
    /// `full[n,o,z·s + j] += Σ_c x[n,c,z] · w[c,o,j]`, then `padLow/padHigh` cropped (PyTorch layout).
    case convTranspose(ConvAttributes)
    /// The filter gradient of `conv`: `convFilterGradient(x[N, Cin, L...], dy[N, Cout, Lo...])
    /// → dw[Cout, Cin, kernel...]` with `dw[o,c,j] = Σ_{n,z} dy[n,o,z] · xpad[n,c,z·s + j]`.
    /// (Swapping the operands gives the filter gradient of `convTranspose`.)
    case convFilterGradient(ConvAttributes, kernel: [Int])

    // MARK: Movement
    /// Same elements, new shape (row-major order preserved).
    case reshape([Int])
    /// `out.shape[i] = in.shape[perm[i]]`.
    case permute([Int])
    /// numpy broadcast to `shape` (operand axes align to the right; each is equal or 1).
    case broadcast([Int])
    /// Per axis `start ..< limit` by `stride` (stride ≥ 1).
    case slice(start: [Int], limit: [Int], stride: [Int])
    /// Concatenation of ≥ 1 operands along `axis`.
    case concat(axis: Int)
    /// Adds `low[i]` cells before and `high[i]` after axis i.
    case pad(low: [Int], high: [Int], mode: PadMode)
    /// Circular shift per axis: `out[j] = in[(j − shift) mod n]` (`torch.roll`); one shift per axis.
    case roll([Int])
    /// Circular shift by amounts known only at run time: `dynamicRoll(x, shifts)` with `shifts` an
    /// i32/i64 vector holding one shift per axis of `axes` (sorted, distinct), `out[j] = x[(j −
    /// shift) mod n]` on those axes (`torch.roll` with a tensor of shifts; any integer, negative
    /// allowed). The patch-jitter rolls of Walrus, drawn fresh every step without a new graph.
    /// With a constant `shifts` operand it folds to `roll`.
    case dynamicRoll(axes: [Int])
    /// Index-select: `gather(data, indices)` along `axis` →
    /// `data.shape[..<axis] + indices.shape + data.shape[(axis+1)...]`. Indices are i32/i64 in range.
    case gather(axis: Int)
    /// The adjoint of `gather`: `scatterAdd(updates, indices)` sums update slices into a zero
    /// tensor whose `axis` has length `size`.
    case scatterAdd(axis: Int, size: Int)

    // MARK: Fused (each keeps its decomposition into the primitives above: `Op.decomposition`)
    /// `scaledDotProductAttention(q[..., Tq, d], k[..., Tk, d], v[..., Tk, dv] [, table[buckets, heads]])
    /// → [..., Tq, dv + 1]`: softmax attention over the last two axes with an optional causal mask
    /// and relative-position bias (`AttentionAttributes`); the result holds the output in its
    /// first `dv` columns and the per-row log-sum-exp of the scores in the last.
    case scaledDotProductAttention(AttentionAttributes)
    /// The adjoint of `scaledDotProductAttention`: `(q, k, v [, table], y, dy) → [|q| + |k| + |v| (+ |table|)]`,
    /// the gradients dq, dk, dv (and dtable) flattened and concatenated, recomputing the
    /// probabilities from `y`'s log-sum-exp (the flash-attention backward).
    case scaledDotProductAttentionBackward(AttentionAttributes)
}

extension Op {
    /// True for the fused ops, which `decomposition` expands into primitives.
    public var isFused: Bool {
        switch self {
        case .scaledDotProductAttention, .scaledDotProductAttentionBackward: true
        default: false
        }
    }

    /// True for the ops with no operands whose type is given by the node.
    public var isLeaf: Bool {
        switch self {
        case .input, .parameter, .fill, .iota, .literal: true
        default: false
        }
    }

    /// The op's name in the text format and in error messages (`matmul`, `reduce_sum`, `add`, …).
    public var name: String {
        switch self {
        case .input: "input"
        case .parameter: "parameter"
        case .fill: "fill"
        case .iota: "iota"
        case .literal: "literal"
        case .unary(let u): u.rawValue
        case .binary(let b): b.rawValue
        case .compare(let c): c.rawValue
        case .select: "select"
        case .cast: "cast"
        case .reduce(let r, _, _): "reduce_\(r.rawValue)"
        case .softmax: "softmax"
        case .matmul: "matmul"
        case .conv: "conv"
        case .convTranspose: "conv_transpose"
        case .convFilterGradient: "conv_filter_grad"
        case .reshape: "reshape"
        case .permute: "permute"
        case .broadcast: "broadcast"
        case .slice: "slice"
        case .concat: "concat"
        case .pad: "pad"
        case .roll: "roll"
        case .dynamicRoll: "dynamic_roll"
        case .gather: "gather"
        case .scatterAdd: "scatter_add"
        case .scaledDotProductAttention: "scaled_dot_product_attention"
        case .scaledDotProductAttentionBackward: "scaled_dot_product_attention_backward"
        }
    }
}
