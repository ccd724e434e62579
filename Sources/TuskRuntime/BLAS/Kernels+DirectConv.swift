import TuskIR

// Direct convolutions with a compiled kernel (`DirectConvKernel`, from TuskLLVM): per sample, the
// input is rearranged once into the kernel's layout (`DirectConvLayout`: a zero-padded phase image,
// the size of the input), then the kernel's work items (output rows, or kernel rows of the filter
// gradient) are split over the cores in fixed contiguous ranges. No im2col column matrix (which
// replicates the input `kernelCount / stride²` times: 16× at Walrus-tiny's 8×8 stride-2 encoder).
//
// Deterministic: each output element is written by one work item, whose sums run in a fixed order
// (the split over threads does not matter).

/// A convolution node that runs a direct kernel: the kernel, the batch size, and the samples per
/// kernel call (the filter gradient's phase images of `chunk` samples stay within the backend's
/// `convolutionTileBytes`; one sample per call for the other kinds).
struct DirectConv {
    let kernel: DirectConvKernel
    let batch: Int
    let chunk: Int
    var problem: DirectConvProblem { kernel.layout.problem }
    var layout: DirectConvLayout { kernel.layout }
    /// Scratch elements: the prepared input of one kernel call.
    var scratchElements: Int { chunk * kernel.layout.elements }

    init(kernel: DirectConvKernel, batch: Int, tileBytes: Int) {
        self.kernel = kernel
        self.batch = batch
        let sample = kernel.layout.elements * MemoryLayout<Float>.stride
        chunk = kernel.layout.problem.kind == .filterGradient ? max(1, min(batch, tileBytes / max(1, sample))) : 1
    }

    /// The 2-D problem of a convolution geometry (`ConvGeometry`, trivial axes already dropped),
    /// or nil with more than two non-trivial spatial axes.
    static func problem(_ kind: DirectConvProblem.Kind, _ g: ConvGeometry, channels: Int) -> DirectConvProblem? {
        let r = g.image.count
        guard r == 1 || r == 2 else { return nil }
        func two(_ v: [Int], _ fill: Int) -> [Int] { r == 2 ? v : [fill] + v }
        return DirectConvProblem(kind: kind, imageChannels: g.channels, channels: channels, image: two(g.image, 1),
                                 grid: two(g.grid, 1), kernel: two(g.kernel, 1), strides: two(g.strides, 1),
                                 padLow: two(g.padLow, 0))
    }
}

extension Kernels {
    /// Runs a direct convolution over the batch. `a`, `b`: the node's operands (conv and
    /// transpose: x and w; filter gradient: x and dy); `scratch`: `scratchElements` floats.
    static func directConv(_ d: DirectConv, _ a: UnsafeMutablePointer<Float>, _ b: UnsafeMutablePointer<Float>,
                           _ out: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>) throws {
        let p = d.problem
        let imageSample = p.imageChannels * p.image[0] * p.image[1], gridSample = p.channels * p.grid[0] * p.grid[1]
        switch p.kind {
        case .forward:
            for n in 0..<d.batch {
                preparePhases(d.layout, a + n * imageSample, scratch)
                try runDirect(d.kernel, [.init(out + n * gridSample), .init(scratch), .init(b)])
            }
        case .transpose:
            for n in 0..<d.batch {
                padInput(d.layout, a + n * gridSample, scratch)
                try runDirect(d.kernel, [.init(out + n * imageSample), .init(scratch), .init(b)])
            }
        case .filterGradient:
            // Chunks of samples in order; the first stores dw (zeros for an empty batch), the rest add.
            var params: [Int64] = [0, 0]
            var n0 = 0
            repeat {
                let count = min(d.chunk, d.batch - n0)
                for n in 0..<count { preparePhases(d.layout, a + (n0 + n) * imageSample, scratch + n * d.layout.elements) }
                params = [Int64(count), n0 == 0 ? 0 : 1]
                try params.withUnsafeMutableBufferPointer { q in
                    try runDirect(d.kernel, [.init(out), .init(scratch), .init(b + n0 * gridSample), .init(q.baseAddress!)])
                }
                n0 += count
            } while n0 < d.batch
        }
    }

    /// The kernel's work items in one contiguous range per thread.
    private static func runDirect(_ k: DirectConvKernel, _ buffers: [UnsafeMutableRawPointer]) throws {
        let items = k.workItems
        let chunks = max(1, min(Parallel.threads, items))
        let statuses = UnsafeMutablePointer<Int32>.allocate(capacity: chunks)
        statuses.initialize(repeating: 0, count: chunks)
        defer { statuses.deallocate() }
        let failed = SendablePointer(statuses)
        let pointers = buffers.map { SendablePointer($0.assumingMemoryBound(to: UInt8.self)) }
        parallelFor(chunks, work: Int.max) { range in
            withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer?.self, capacity: pointers.count) { raw in
                for (k, p) in pointers.enumerated() { raw[k] = UnsafeMutableRawPointer(p.p) }
                for c in range {
                    let lo = items * c / chunks, hi = items * (c + 1) / chunks
                    if lo < hi { failed.p[c] = k.entry(raw.baseAddress, Int64(lo), Int64(hi)) }
                }
            }
        }
        for c in 0..<chunks where statuses[c] != 0 {
            throw TuskError.execution("direct convolution kernel (\(k.layout.problem)): status \(statuses[c])")
        }
    }

    /// One sample's phase image (`DirectConvLayout`, forward and filter gradient) from
    /// `x[C, H, W]`; planes and rows split over cores.
    static func preparePhases(_ l: DirectConvLayout, _ x: UnsafeMutablePointer<Float>, _ phases: UnsafeMutablePointer<Float>) {
        let p = l.problem
        let (h, w) = (p.image[0], p.image[1]), (s0, s1) = (p.strides[0], p.strides[1])
        let (pl0, pl1) = (p.padLow[0], p.padLow[1]), rows = l.rows, width = l.width
        let px = SendablePointer(x), pp = SendablePointer(phases)
        parallelFor(l.planes * rows, work: l.elements) { range in
            for q in range {
                let plane = q / rows, i = q % rows
                let c = plane / (s0 * s1), f0 = (plane / s1) % s0, f1 = plane % s1
                let dst = pp.p + q * width
                let u = i * s0 + f0 - pl0
                if u < 0 || u >= h {
                    dst.update(repeating: 0, count: width)
                    continue
                }
                let src = px.p + (c * h + u) * w
                // j·s₁ + f₁ − pl₁ ∈ [0, w)  ⇔  j ∈ [jlo, jhi)
                let lowNum = pl1 - f1
                let jlo = min(width, max(0, lowNum <= 0 ? 0 : (lowNum + s1 - 1) / s1))
                let highNum = w - 1 + pl1 - f1
                let jhi = max(jlo, min(width, highNum < 0 ? 0 : highNum / s1 + 1))
                if jlo > 0 { dst.update(repeating: 0, count: jlo) }
                if s1 == 1 {
                    (dst + jlo).update(from: src + (jlo + f1 - pl1), count: jhi - jlo)
                } else {
                    for j in jlo..<jhi { dst[j] = src[j * s1 + f1 - pl1] }
                }
                if jhi < width { (dst + jhi).update(repeating: 0, count: width - jhi) }
            }
        }
    }

    /// One sample's zero-padded input of the transposed conv (`DirectConvLayout`) from
    /// `x[Cin, Lo₀, Lo₁]`; planes and rows split over cores.
    static func padInput(_ l: DirectConvLayout, _ x: UnsafeMutablePointer<Float>, _ padded: UnsafeMutablePointer<Float>) {
        let p = l.problem
        let (h, w) = (p.grid[0], p.grid[1]), rows = l.rows, width = l.width
        let r0 = l.qStart[0] - (l.taps[0] - 1), c0 = l.qStart[1] - (l.taps[1] - 1)
        let px = SendablePointer(x), pp = SendablePointer(padded)
        // Columns c with c + c0 ∈ [0, w).
        let clo = min(width, max(0, -c0)), chi = max(clo, min(width, w - c0))
        parallelFor(l.planes * rows, work: l.elements) { range in
            for q in range {
                let m = q / rows, zy = q % rows + r0
                let dst = pp.p + q * width
                if zy < 0 || zy >= h {
                    dst.update(repeating: 0, count: width)
                    continue
                }
                if clo > 0 { dst.update(repeating: 0, count: clo) }
                (dst + clo).update(from: px.p + (m * h + zy) * w + clo + c0, count: chi - clo)
                if chi < width { (dst + chi).update(repeating: 0, count: width - chi) }
            }
        }
    }
}
