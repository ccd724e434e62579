import TuskIR

/// One convolution, reduced to two spatial axes, that a natively compiled *direct* kernel
/// computes without an im2col column matrix (`DirectConvKernel`; TuskLLVM's `LLVMConvKernels`
/// compiles them, `Kernels+DirectConv.swift` runs them).
///
/// The names follow `ConvGeometry`: an *image* of `imageChannels` channels over `image` is swept
/// by a `kernel` at the positions of a `grid`; grid position `z` and kernel offset `j` touch image
/// coordinate `u = z·s + j − padLow`. `channels` is the other side of the contraction:
///
/// | kind             | image (`imageChannels`)     | grid (`channels`)          | result            |
/// |------------------|-----------------------------|----------------------------|-------------------|
/// | `forward`        | input x `[N, Cin, L…]`      | output `[N, Cout, Lo…]`    | the output        |
/// | `transpose`      | output `[N, Cout, L…]`      | input x `[N, Cin, Lo…]`    | the output        |
/// | `filterGradient` | input x `[N, Cin, L…]`      | dy `[N, Cout, Lo…]`        | dw `[Cout, Cin, k…]` |
///
/// A 1-D problem is stored as 2-D with a leading axis of length 1 (kernel 1, stride 1, no padding).
public struct DirectConvProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable { case forward, transpose, filterGradient }
    public let kind: Kind
    public let imageChannels: Int
    public let channels: Int
    /// `[H, W]` of the image, `[Ho, Wo]` of the grid, `[KH, KW]` of the kernel.
    public let image: [Int], grid: [Int], kernel: [Int]
    public let strides: [Int], padLow: [Int]

    public init(kind: Kind, imageChannels: Int, channels: Int, image: [Int], grid: [Int], kernel: [Int],
                strides: [Int], padLow: [Int]) {
        self.kind = kind
        self.imageChannels = imageChannels
        self.channels = channels
        self.image = image
        self.grid = grid
        self.kernel = kernel
        self.strides = strides
        self.padLow = padLow
    }

    public var description: String {
        "\(kind.rawValue) C\(imageChannels) M\(channels) image \(image) grid \(grid) kernel \(kernel) strides \(strides) pad \(padLow)"
    }

    /// Kernel offsets per channel pair.
    public var kernelCount: Int { kernel[0] * kernel[1] }

    /// Whether `automatic` picks the direct kernel over the BLAS formulation: the im2col column
    /// matrix would replicate the image `kernelCount / (s₀·s₁) ≥ 4` times, and the GEMM's other
    /// side is narrow (`channels ≤ 32`: Cout of conv and its filter gradient, Cin of the
    /// transposed conv), so the GEMM is skinny and the step is bound by writing and reading the
    /// column matrix, not by FLOPs. Walrus-tiny's encoder and decoder convolutions (8×8 and 4×4
    /// kernels, stride 2, 16 or 32 channels) qualify; the wide 352-channel convs of Walrus do not.
    public var isProfitable: Bool {
        kernelCount >= 4 * strides[0] * strides[1] && channels <= 32
    }
}

/// The buffer layout a direct kernel reads, for vectors of `lanes` floats (the driver writes it,
/// the kernel's IR hard-codes it).
///
/// - `forward`, `filterGradient`: the *phase image* of one sample, `[C][s₀][s₁][rows][width]`:
///   `P[c, p₀, p₁, i, j] = x[c, i·s₀ + p₀ − pl₀, j·s₁ + p₁ − pl₁]` (0 outside x), so kernel offset
///   `(j₀, j₁)` of grid position `(z₀, z₁)` reads `P[c, j₀ mod s₀, j₁ mod s₁, z₀ + j₀/s₀, z₁ + j₁/s₁]`:
///   with unit stride along `z₁`, whatever the stride (one vector load per offset).
///   `rows = Ho + (KH−1)/s₀`, `width = roundUp(Wo, lanes) + (KW−1)/s₁`.
/// - `transpose`: the input of one sample zero-padded, `[Cin][rows][width]`:
///   `X[m, r, c] = x[m, r + qStart₀ − (T₀−1), c + qStart₁ − (T₁−1)]` with `T = ⌈k/s⌉` (the
///   kernel offsets per output phase) and `qStart = pl div s`, the first input index an output
///   cell sees; `rows = qEnd₀ − qStart₀ + T₀`, `width = roundUp(qEnd₁ − qStart₁ + 1, lanes) + T₁ − 1`
///   with `qEnd = (L − 1 + pl) div s`.
public struct DirectConvLayout: Hashable, Sendable {
    public let problem: DirectConvProblem
    public let lanes: Int
    /// Rows and row length of each plane; planes per sample.
    public let rows: Int, width: Int, planes: Int
    /// The first input row and column an output cell of the transposed conv sees (`pl div s`),
    /// and the taps per phase `⌈k/s⌉` (transpose only; 0 otherwise).
    public let qStart: [Int], taps: [Int]

    public init(_ p: DirectConvProblem, lanes: Int) {
        problem = p
        self.lanes = lanes
        func roundUp(_ n: Int) -> Int { (n + lanes - 1) / lanes * lanes }
        switch p.kind {
        case .forward, .filterGradient:
            rows = p.grid[0] + (p.kernel[0] - 1) / p.strides[0]
            width = roundUp(p.grid[1]) + (p.kernel[1] - 1) / p.strides[1]
            planes = p.imageChannels * p.strides[0] * p.strides[1]
            qStart = [0, 0]
            taps = [0, 0]
        case .transpose:
            let t = (0..<2).map { (p.kernel[$0] + p.strides[$0] - 1) / p.strides[$0] }
            let q0 = (0..<2).map { p.padLow[$0] / p.strides[$0] }
            let q1 = (0..<2).map { (p.image[$0] - 1 + p.padLow[$0]) / p.strides[$0] }
            rows = q1[0] - q0[0] + t[0]
            width = roundUp(q1[1] - q0[1] + 1) + t[1] - 1
            planes = p.channels
            qStart = q0
            taps = t
        }
    }

    /// Elements of one sample's prepared buffer.
    public var elements: Int { planes * rows * width }
}

/// A natively compiled direct convolution kernel for one `DirectConvProblem`.
///
/// The C entry point has the loop-kernel ABI, `int32_t f(void **buffers, int64_t begin, int64_t end)`,
/// and computes work items `begin ..< end` of `0 ..< workItems` for ONE sample; each item writes
/// its own outputs (so any split over threads gives the same bits), and sums in a fixed order:
///
/// - `forward`: `buffers = [out (the sample's [Cout, Ho, Wo]), phase image, w [Cout, Cin, KH, KW]]`;
///   an item is one output row of a block of output channels.
/// - `transpose`: `buffers = [out (the sample's [Cout, H, W]), padded input, w [Cin, Cout, KH, KW]]`;
///   an item is one output row of a block of output channels. Every output cell is written.
/// - `filterGradient`: `buffers = [dw [Cout, Cin, KH, KW], the phase images of n samples one after
///   another, their dy [n, Cout, Ho, Wo], two Int64: n and accumulate]`; an item is one kernel row
///   of one input channel for a block of output channels, summed over the n samples, stored to dw
///   (accumulate = 0) or added to it (1: the driver runs the batch in chunks of samples).
public struct DirectConvKernel: @unchecked Sendable {
    public typealias Entry = AttentionRowKernel.Entry

    public let layout: DirectConvLayout
    public let workItems: Int
    public let entry: Entry
    /// Keeps the code alive (the JIT that owns it).
    let owner: AnyObject

    public init(layout: DirectConvLayout, workItems: Int, entry: Entry, owner: AnyObject) {
        self.layout = layout
        self.workItems = workItems
        self.entry = entry
        self.owner = owner
    }
}

/// Compiles `DirectConvKernel`s (TuskLLVM's `LLVMConvKernels`). The BLAS backend asks for one per
/// f32 convolution node that `DirectConvolutionPolicy` sends to a direct kernel; a provider returns
/// nil for problems it has no kernel for (the node then keeps the BLAS formulation), and must
/// return the same answer every time it is asked for the same problem (the memory plan and the
/// lowering both ask).
public protocol ConvolutionKernelProvider: AnyObject, Sendable {
    /// Names the provider in `optionsDescription` (and so in compile-cache keys).
    var name: String { get }
    /// The kernel for `problem`, or nil.
    func convolutionKernel(_ problem: DirectConvProblem) throws -> DirectConvKernel?
    /// Makes the kernels of `problems` ready (a provider may compile them concurrently), so that
    /// `convolutionKernel` then returns at once. Default: asks for each in turn.
    func prepareKernels(_ problems: [DirectConvProblem]) throws
}

extension ConvolutionKernelProvider {
    public func prepareKernels(_ problems: [DirectConvProblem]) throws {
        for p in problems { _ = try convolutionKernel(p) }
    }

    /// No direct kernel: every convolution keeps the BLAS formulation.
    public func convolutionKernel(_ problem: DirectConvProblem) throws -> DirectConvKernel? { nil }
}

/// Which convolutions run a direct kernel when the backend has a `ConvolutionKernelProvider`
/// (f32 only; f64 and problems without a kernel keep the BLAS formulation).
public enum DirectConvolutionPolicy: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    public var description: String { rawValue }
    /// Where `DirectConvProblem.isProfitable` says so.
    case automatic
    /// Wherever the provider has a kernel (tests).
    case always
    /// Never: im2col/col2im and GEMM.
    case never
}
