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

/// Compiles `AttentionRowKernel`s (TuskLLVM's `LLVMAttentionRows`). The BLAS backend asks for one
/// per fused forward attention node it runs through GEMM tiles, in f32; a provider returns nil
/// for sizes it has no kernel for (the node then keeps the Swift online softmax), and must return
/// the same answer every time it is asked for the same sizes (the memory plan and the lowering
/// both ask).
public protocol AttentionRowKernelProvider: AnyObject, Sendable {
    /// Names the provider in `optionsDescription` (and so in compile-cache keys).
    var name: String { get }
    /// The kernel for `keys` scores per row and `valueWidth` values, or nil.
    func rowKernel(valueWidth: Int, keys: Int, causal: Bool) throws -> AttentionRowKernel?
}
