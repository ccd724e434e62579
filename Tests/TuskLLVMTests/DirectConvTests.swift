import Foundation
import Testing
import TuskCompiler
import TuskIR
import TuskLLVM
@testable import TuskRuntime
import TuskTestSupport

/// The compiled direct convolution kernels (`LLVMConvKernels`, `DirectConvIR`) that the LLVM
/// backend runs for the skinny convolutions of Walrus-tiny: conv, its transposed conv and its
/// filter gradient against the reference interpreter, on Walrus-tiny's shapes scaled down and on
/// odd shapes (padding, strides 1–3, kernel tails, channel counts that are not multiples of the
/// vector or the channel block, 1-D).
///
/// Tolerance, per element: `|got − want| ≤ n·ε·S + 1e-12·S` against the `.float64` interpreter,
/// where `n` is the number of terms of the output's sum, `ε = 2⁻²³` and `S = Σ|x·w|` (the oracle on
/// `|x|` and `|w|`). That is the worst case of any f32 summation order with at most one rounding per
/// term (the kernel's FMAs and adds), rigorous for every order the kernel, BLAS or the interpreter
/// use; the oracle's own f64 error is the second term. A misplaced or missing kernel offset, a wrong
/// phase or an unmasked tail is far outside it (a term is `|x·w| ≈ 0.25` on average here).
@Suite struct DirectConvTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var batch: Int, cIn: Int, cOut: Int
        var image: [Int], kernel: [Int], strides: [Int]
        var padLow: [Int]? = nil, padHigh: [Int]? = nil
        /// padHigh of the transposed conv (may be negative: zero cells at the end).
        var transposePadHigh: [Int]? = nil
        var testDescription: String {
            "N\(batch) \(cIn)→\(cOut) image \(image) kernel \(kernel) strides \(strides) pad \(padLow ?? []) \(padHigh ?? [])"
        }
        var attributes: ConvAttributes { ConvAttributes(strides: strides, padLow: padLow, padHigh: padHigh) }
    }

    static let cases: [Case] = [
        // Walrus-tiny's encoder, scaled down: 3-D with a trailing axis of 1, 8×8 stride 2.
        Case(batch: 2, cIn: 7, cOut: 16, image: [22, 22, 1], kernel: [8, 8, 1], strides: [2, 2, 1]),
        // … with a row wider than two vectors (full vectors, then a tail of 5 columns).
        Case(batch: 1, cIn: 4, cOut: 16, image: [10, 80, 1], kernel: [8, 8, 1], strides: [2, 2, 1]),
        // Walrus-tiny's second layer: 4×4 stride 2, 16 → 32 channels (two channel blocks).
        Case(batch: 1, cIn: 16, cOut: 32, image: [20, 20, 1], kernel: [4, 4, 1], strides: [2, 2, 1]),
        // Odd: kernel 3×5, strides 1 and 2, asymmetric padding, 3 → 5 channels.
        Case(batch: 2, cIn: 3, cOut: 5, image: [9, 23], kernel: [3, 5], strides: [1, 2], padLow: [1, 2], padHigh: [2, 0],
             transposePadHigh: [-1, 1]),
        // Stride 1, 2×2 kernel, padding on both sides; 20 output channels (blocks of 10).
        Case(batch: 1, cIn: 2, cOut: 20, image: [6, 35], kernel: [2, 2], strides: [1, 1], padLow: [1, 1], padHigh: [1, 1]),
        // Stride 3 along rows (three row phases of the transposed conv), kernel rows not a multiple of it.
        Case(batch: 1, cIn: 5, cOut: 7, image: [17, 19], kernel: [5, 3], strides: [3, 1], padLow: [2, 1], padHigh: [0, 2],
             transposePadHigh: [0, -2]),
        // Walrus-tiny's decoder layer, scaled down: 8×8 stride 2 with padding 6 (the transposed
        // conv's first input column is 3, its padded input starts 0 columns early).
        Case(batch: 2, cIn: 4, cOut: 16, image: [20, 20, 1], kernel: [8, 8, 1], strides: [2, 2, 1], padLow: [6, 6, 0],
             padHigh: [6, 6, 0]),
        // Padding wider than the kernel: whole output rows and columns in the padding.
        Case(batch: 1, cIn: 2, cOut: 3, image: [5, 7], kernel: [3, 3], strides: [2, 2], padLow: [4, 3], padHigh: [3, 4]),
        // 1-D, 3 → 33 channels (three blocks of 11), kernel 5, stride 2, padding 2.
        Case(batch: 2, cIn: 3, cOut: 33, image: [50], kernel: [5], strides: [2], padLow: [2], padHigh: [2]),
    ]

    /// The three graphs of a case: conv of x with w, the transposed conv of dy (the conv's output
    /// shape) with w, the filter gradient of x and dy; each with its terms per output element.
    static func graphs(_ c: Case, dtype: DType = .f32) throws -> [(name: String, graph: Graph, terms: Int)] {
        let x = TensorType(dtype, [c.batch, c.cIn] + c.image), w = TensorType(dtype, [c.cOut, c.cIn] + c.kernel)
        let y = try Op.conv(c.attributes).resultType([x, w])
        let k = c.kernel.reduce(1, *)
        let perPhase = zip(c.kernel, c.strides).map { ($0 + $1 - 1) / $1 }.reduce(1, *)
        let transposeAttributes = ConvAttributes(strides: c.strides, padLow: c.padLow, padHigh: c.transposePadHigh ?? c.padHigh)
        let forward = try Graph.trace("conv") { b in
            [("y", apply(b, .conv(c.attributes), [b.input("x", x.shape, dtype), b.input("w", w.shape, dtype)]))]
        }
        let transpose = try Graph.trace("conv_transpose") { b in
            [("y", apply(b, .convTranspose(transposeAttributes), [b.input("dy", y.shape, dtype), b.input("w", w.shape, dtype)]))]
        }
        let filter = try Graph.trace("conv_filter_grad") { b in
            [("y", apply(b, .convFilterGradient(c.attributes, kernel: c.kernel),
                         [b.input("x", x.shape, dtype), b.input("dy", y.shape, dtype)]))]
        }
        return [("conv", forward, c.cIn * k), ("conv_transpose", transpose, c.cOut * perPhase),
                ("conv_filter_grad", filter, c.batch * y.shape.dropFirst(2).reduce(1, *))]
    }

    static func bindings(_ g: Graph, seed: UInt64) -> [String: TensorData] {
        var rng = SeededRandom(seed: seed)
        var b: [String: TensorData] = [:]
        for (name, _, type) in g.inputs { b[name] = randomTensor(type, using: &rng, range: -1...1) }
        return b
    }

    /// `|got − want| ≤ n·ε·S + 1e-12·S` per element (see the suite).
    static func check(_ got: [Float], _ g: Graph, _ bindings: [String: TensorData], terms: Int, _ label: String) throws {
        let oracle = Interpreter(precision: .float64)
        let f64 = bindings.mapValues { $0.converted(to: .f64) }
        let want = try oracle.run(g, f64)["y"]!.doubles
        let sums = try oracle.run(g, f64.mapValues { TensorData(shape: $0.shape, values: $0.doubles.map(abs), dtype: .f64) })["y"]!.doubles
        #expect(got.count == want.count, "\(label): element count")
        let eps = Double(Float.ulpOfOne)
        var worst = 0.0, at = 0
        for i in want.indices {
            let excess = abs(Double(got[i]) - want[i]) / (Double(terms) * eps * sums[i] + 1e-12 * sums[i] + .leastNormalMagnitude)
            if excess > worst { (worst, at) = (excess, i) }
        }
        #expect(worst <= 1, "\(label): element \(at) got \(got[at]) want \(want[at]) (\(worst)× the bound)")
    }

    static func direct(_ kernels: LLVMConvKernels, _ policy: DirectConvolutionPolicy = .always) -> BLASBackend {
        var b = BLASBackend()
        b.convolutionKernels = kernels
        b.directConvolutions = policy
        return b
    }

    @Test(arguments: cases)
    func matchesTheInterpreter(_ c: Case) throws {
        let kernels = LLVMConvKernels()
        for (k, (name, g, terms)) in try Self.graphs(c).enumerated() {
            let bindings = Self.bindings(g, seed: UInt64(7 + k))
            let exe = try Self.direct(kernels).compile(g)
            let got = try exe.run(bindings)["y"]!.floats
            #expect(kernels.compiledCount == k + 1, "\(name) ran a direct kernel")
            try Self.check(got, g, bindings, terms: terms, "\(c.testDescription) \(name)")
            // Deterministic: a second run (and a second executable) gives the same bits.
            let again = try Self.direct(kernels).compile(g).run(bindings)["y"]!.floats
            #expect(got.map(\.bitPattern) == again.map(\.bitPattern), "\(name): bit-identical across runs")
            #expect(try exe.run(bindings)["y"]!.floats.map(\.bitPattern) == got.map(\.bitPattern))
        }
    }

    /// Work items are independent: the kernel called over all items at once and over uneven
    /// pieces in reverse order (as other thread counts would split them) writes the same bits.
    @Test func resultsDoNotDependOnTheSplit() throws {
        let kernels = LLVMConvKernels()
        for kind in [DirectConvProblem.Kind.forward, .filterGradient] {
            let p = DirectConvProblem(kind: kind, imageChannels: 3, channels: 20, image: [13, 37], grid: [6, 17],
                                      kernel: [3, 5], strides: [2, 2], padLow: [1, 1])
            let batch = kind == .forward ? 1 : 2
            let k = try #require(try kernels.convolutionKernel(p))
            let l = k.layout
            var rng = SeededRandom(seed: 9)
            let x = (0..<(batch * 3 * 13 * 37)).map { _ in Float(rng.uniform(-1...1)) }
            let other = (0..<(kind == .forward ? 20 * 3 * 15 : batch * 20 * 6 * 17)).map { _ in Float(rng.uniform(-1...1)) }
            let outCount = kind == .forward ? 20 * 6 * 17 : 20 * 3 * 15
            func run(_ pieces: [Range<Int>]) -> [UInt32] {
                var xs = x, bs = other
                var out = [Float](repeating: .nan, count: outCount)
                var phases = [Float](repeating: .nan, count: batch * l.elements)
                var params: [Int64] = [Int64(batch), 0]
                xs.withUnsafeMutableBufferPointer { xp in
                    phases.withUnsafeMutableBufferPointer { pp in
                        for n in 0..<batch { Kernels.preparePhases(l, xp.baseAddress! + n * 3 * 13 * 37, pp.baseAddress! + n * l.elements) }
                        bs.withUnsafeMutableBufferPointer { bp in
                            out.withUnsafeMutableBufferPointer { op in
                                params.withUnsafeMutableBufferPointer { q in
                                    var buffers: [UnsafeMutableRawPointer?] = [UnsafeMutableRawPointer(op.baseAddress!),
                                                                               UnsafeMutableRawPointer(pp.baseAddress!),
                                                                               UnsafeMutableRawPointer(bp.baseAddress!),
                                                                               UnsafeMutableRawPointer(q.baseAddress!)]
                                    buffers.withUnsafeMutableBufferPointer { b in
                                        for r in pieces.reversed() { _ = k.entry(b.baseAddress, Int64(r.lowerBound), Int64(r.upperBound)) }
                                    }
                                }
                            }
                        }
                    }
                }
                return out.map(\.bitPattern)
            }
            let n = k.workItems
            let whole = run([0..<n])
            #expect(whole == run([0..<1, 1..<(n / 3), (n / 3)..<(n - 2), (n - 2)..<n]), "\(kind)")
            #expect(!whole.contains(Float.nan.bitPattern), "\(kind): every output written")
        }
    }

    /// The filter gradient over a batch in chunks of one sample (a tile budget below one phase
    /// image; later chunks add into dw) stays within the bound, and the chunks are visible only in
    /// the rounding (the kernel is the same).
    @Test func filterGradientInChunksOfSamples() throws {
        let c = Self.cases[0]
        let (name, g, terms) = try Self.graphs(c)[2]
        let bindings = Self.bindings(g, seed: 21)
        let kernels = LLVMConvKernels()
        var chunked = Self.direct(kernels)
        chunked.convolutionTileBytes = 1
        let got = try chunked.compile(g).run(bindings)["y"]!.floats
        try Self.check(got, g, bindings, terms: terms, "\(name) in chunks of 1 sample")
        let whole = try Self.direct(kernels).compile(g).run(bindings)["y"]!.floats
        try Self.check(whole, g, bindings, terms: terms, "\(name) in one chunk")
        #expect(kernels.compiledCount == 1, "one kernel for both")
    }

    /// f64 keeps the BLAS formulation (the provider is not asked), and still matches.
    @Test func f64KeepsTheBLASPath() throws {
        let c = Self.cases[3]
        let kernels = LLVMConvKernels()
        for (name, g, terms) in try Self.graphs(c, dtype: .f64) {
            let bindings = Self.bindings(g, seed: 3)
            let got = try Self.direct(kernels).compile(g).run(bindings)["y"]!.doubles
            let want = try Interpreter(precision: .float64).run(g, bindings)["y"]!.doubles
            let worst = zip(got, want).map { abs($0 - $1) / (1 + abs($1)) }.max() ?? 0
            #expect(worst <= Double(terms) * Double.ulpOfOne * 8, "\(name) f64: \(worst)")
        }
        #expect(kernels.compiledCount == 0)
    }

    /// `automatic` picks the direct kernel for Walrus-tiny's skinny convs and keeps GEMM for wide
    /// ones; the LLVM backend uses the kernels, bit for bit what the BLAS backend computes with the
    /// same provider, and names them in its options.
    @Test func automaticChoiceAndTheLLVMBackend() throws {
        let skinny = DirectConvProblem(kind: .forward, imageChannels: 7, channels: 16, image: [138, 138], grid: [66, 66],
                                       kernel: [8, 8], strides: [2, 2], padLow: [0, 0])
        #expect(skinny.isProfitable)
        let wide = DirectConvProblem(kind: .forward, imageChannels: 7, channels: 352, image: [142, 142], grid: [68, 68],
                                     kernel: [8, 8], strides: [2, 2], padLow: [0, 0])
        #expect(!wide.isProfitable)
        let pointwise = DirectConvProblem(kind: .forward, imageChannels: 16, channels: 16, image: [8, 8], grid: [8, 8],
                                          kernel: [1, 1], strides: [1, 1], padLow: [0, 0])
        #expect(!pointwise.isProfitable)

        let (_, g, _) = try Self.graphs(Self.cases[0])[0]
        let bindings = Self.bindings(g, seed: 5)
        let kernels = LLVMConvKernels()
        let want = try Self.direct(kernels, .automatic).compile(g).run(bindings)["y"]!.floats
        #expect(kernels.compiledCount == 1)
        var llvm = LLVMBackend()
        llvm.blas.convolutionKernels = kernels
        #expect(llvm.optionsDescription.contains("conv-kernels=llvm:automatic"))
        let got = try llvm.compile(g).run(bindings)["y"]!.floats
        #expect(got.map(\.bitPattern) == want.map(\.bitPattern))
        var off = LLVMBackend()
        off.convolutionKernels = false
        #expect(!off.optionsDescription.contains("conv-kernels"))
        #expect(LLVMBackend().optionsDescription.contains("conv-kernels=llvm"))

        let wideGraph = try graph("wide") { b in
            b.input("x", [1, 3, 12, 12]).conv(b.input("w", [64, 3, 3, 3]), strides: [1, 1])
        }
        let wideKernels = LLVMConvKernels()
        _ = try Self.direct(wideKernels, .automatic).compile(wideGraph).run(Self.bindings(wideGraph, seed: 1))
        #expect(wideKernels.compiledCount == 0, "64 output channels keep GEMM")
        // The choice is visible per node.
        #expect(try Self.direct(wideKernels, .automatic).convolutionPaths(wideGraph).map(\.path) == ["im2col + gemm"])
        let paths = try Self.direct(kernels, .automatic).convolutionPaths(g)
        #expect(paths.count == 1 && paths[0].op == "conv" && paths[0].path.hasPrefix("direct llvm: forward C7 M16"), "\(paths)")
        #expect(try BLASBackend().convolutionPaths(g).map(\.path) == ["im2col + gemm"])
    }

    /// With a compile cache, a second provider over the same folder (a new process, as far as the
    /// cache knows) links the stored object code instead of running LLVM, and computes the same
    /// bits; `shared(cache:)` is one instance per cache.
    @Test func kernelsComeFromTheObjectCache() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-conv-cache-\(UInt64.random(in: 0...UInt64.max))").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, g, _) = try Self.graphs(Self.cases[3])[1]
        let bindings = Self.bindings(g, seed: 4)
        let first = LLVMConvKernels(cache: CompileCache(directory: dir))
        let want = try Self.direct(first).compile(g).run(bindings)["y"]!.floats
        #expect(first.compiledCount == 1 && first.loadedFromCacheCount == 0)
        let cache = CompileCache(directory: dir)
        let second = LLVMConvKernels(cache: cache)
        let got = try Self.direct(second).compile(g).run(bindings)["y"]!.floats
        #expect(second.compiledCount == 1 && second.loadedFromCacheCount == 1)
        #expect(cache.hits == 1 && cache.misses == 0)
        #expect(got.map(\.bitPattern) == want.map(\.bitPattern))
        #expect(LLVMConvKernels.shared(cache: cache) === LLVMConvKernels.shared(cache: cache))
        #expect(LLVMConvKernels.shared(cache: nil) === LLVMConvKernels.shared)
    }

    /// No kernel for problems outside the generator's range; the IR names its sizes.
    @Test func problemsWithoutAKernel() throws {
        let kernels = LLVMConvKernels()
        let big = DirectConvProblem(kind: .forward, imageChannels: 2, channels: 4, image: [20, 20], grid: [12, 12],
                                    kernel: [9, 9], strides: [1, 1], padLow: [0, 0])
        #expect(try kernels.convolutionKernel(big) == nil, "81 offsets: not unrolled")
        let wideStride = DirectConvProblem(kind: .transpose, imageChannels: 2, channels: 4, image: [20, 20], grid: [6, 6],
                                           kernel: [3, 3], strides: [3, 3], padLow: [0, 0])
        #expect(try kernels.convolutionKernel(wideStride) == nil, "column stride 3: no interleave")
        #expect(kernels.compiledCount == 0)
        let text = try #require(kernels.irText(DirectConvProblem(kind: .filterGradient, imageChannels: 7, channels: 16,
                                                                 image: [138, 138], grid: [66, 66], kernel: [8, 8],
                                                                 strides: [2, 2], padLow: [0, 0])))
        #expect(text.contains("define i32 @direct_conv_dw_c7_m16_i138x138_g66x66_k8x8_s2x2_p0x0"))
    }
}
