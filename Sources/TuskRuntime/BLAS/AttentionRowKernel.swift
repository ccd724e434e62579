import TuskIR

/// A natively compiled row kernel for the GEMM-tiled attention forward: for each of a range of
/// query rows it takes the row's finished scores, and computes the softmax and the product with
/// the values in one pass — `out[r] = [softmax(s_r) · V | logsumexp(s_r)]` — where the Swift
/// forward runs an online softmax and a second GEMM per key tile.
///
/// The C entry point has the loop-kernel ABI, `int32_t f(void **buffers, int64_t begin, int64_t end)`,
/// computing rows `begin ..< end` of a query tile with
///
/// - `buffers[0]`: the tile's output rows, `rows × (valueWidth + 1)` (the packed output layout of
///   `scaled_dot_product_attention`: the values, then the log-sum-exp);
/// - `buffers[1]`: the tile's scores, `rows × keys` (row stride `keys`), already scaled and biased;
///   read-only;
/// - `buffers[2]`: the values of the batch entry, `keys × valueWidth`, row-major;
/// - `buffers[3]`: one `Int64`, the index of the tile's first query row (only read when `causal`:
///   row `i` sees keys `0 ... i`).
///
/// A row with no visible key, or whose visible scores are all −∞, gets the same result as the
/// Swift kernels: values `0 · ∞ = NaN` and log-sum-exp −∞.
public struct AttentionRowKernel: @unchecked Sendable {
    public typealias Entry = @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>?, Int64, Int64) -> Int32

    /// Value width (`dv`), keys per row, and whether row `i` sees only keys `0 ... i`.
    public let valueWidth: Int, keys: Int, causal: Bool
    public let entry: Entry
    /// Keeps the code alive (the JIT that owns it).
    let owner: AnyObject

    public init(valueWidth: Int, keys: Int, causal: Bool, entry: Entry, owner: AnyObject) {
        self.valueWidth = valueWidth
        self.keys = keys
        self.causal = causal
        self.entry = entry
        self.owner = owner
    }
}

/// A natively compiled row kernel for the GEMM-tiled attention backward: the elementwise step of
/// each tile, `P = exp(S − lse)` and `dS = P ∘ (dP − D)` per query row, in place, where the Swift
/// backward runs a scalar loop after its SIMD `exp`.
///
/// The C entry point has the loop-kernel ABI, `int32_t f(void **buffers, int64_t begin, int64_t end)`,
/// for rows `begin ..< end` of a tile of `n` keys with
///
/// - `buffers[0]`: the tile's scores `S`, `rows × n` (already scaled and biased), overwritten by `P`;
/// - `buffers[1]`: the tile's `dP = dO · Vᵀ`, `rows × n`, overwritten by `dS`;
/// - `buffers[2]`: the log-sum-exp of the tile's first row; row `r`'s is at `r × params[2]`;
/// - `buffers[3]`: `D = rowsum(dO ∘ O)` of the tile's rows, contiguous;
/// - `buffers[4]`: three `Int64`: `n`, the tile's first query row minus its first key (only read
///   when `causal`: row `r` sees keys `0 ... offset + r` of the tile, and `P = dS = 0` past them),
///   and the log-sum-exp stride.
public struct AttentionGradRowKernel: @unchecked Sendable {
    public typealias Entry = AttentionRowKernel.Entry

    public let causal: Bool
    public let entry: Entry
    /// Keeps the code alive (the JIT that owns it).
    let owner: AnyObject

    public init(causal: Bool, entry: Entry, owner: AnyObject) {
        self.causal = causal
        self.entry = entry
        self.owner = owner
    }
}

/// Compiles `AttentionRowKernel`s and `AttentionGradRowKernel`s (TuskLLVM's `LLVMAttentionRows`).
/// The BLAS backend asks for one per fused attention node it runs through GEMM tiles, in f32; a provider returns nil
/// for sizes it has no kernel for (the node then keeps the Swift online softmax), and must return
/// the same answer every time it is asked for the same sizes (the memory plan and the lowering
/// both ask).
public protocol AttentionRowKernelProvider: AnyObject, Sendable {
    /// Names the provider in `optionsDescription` (and so in compile-cache keys).
    var name: String { get }
    /// The kernel for `keys` scores per row and `valueWidth` values, or nil.
    func rowKernel(valueWidth: Int, keys: Int, causal: Bool) throws -> AttentionRowKernel?
    /// The backward's tile kernel (asked for each fused f32 backward run through GEMM tiles), or nil.
    func gradientRowKernel(causal: Bool) throws -> AttentionGradRowKernel?
}

extension AttentionRowKernelProvider {
    /// No backward kernel: the Swift loop runs.
    public func gradientRowKernel(causal: Bool) throws -> AttentionGradRowKernel? { nil }
}
