import TuskIR

/// The index geometry shared by the GEMM formulations of `conv`, `convTranspose` and
/// `convFilterGradient`: an *image* (`C` channels over `image` spatial lengths) swept by a
/// kernel at the positions of a *grid*; grid position `z` and kernel offset `j` touch image
/// coordinate `u = z·s + j − padLow` (out-of-range coordinates are zero padding or cropped).
///
/// conv and the filter gradient read the image (im2col: `col[(c, j), z] = image[c, u]`);
/// convTranspose writes it (col2im: `image[c, u] += col[(c, j), z]`). Trivial spatial axes
/// (length 1, kernel 1, no padding on both sides) are dropped, so a 2-D problem run as 3-D with
/// a trailing size-1 axis costs the same as 2-D.
struct ConvGeometry: Sendable {
    let channels: Int
    let image: [Int]
    let grid: [Int]
    let kernel: [Int]
    let strides: [Int]
    let padLow: [Int]
    let imageStrides: [Int]
    /// Elements per channel of the image; grid positions; kernel offsets.
    let imageCount: Int, gridCount: Int, kernelCount: Int
    /// Kernel offsets of each kernel index (row-major).
    let offsets: [[Int]]

    /// Bytes a column tile may take (`BLASBackend.convolutionTileBytes`).
    let tileBytes: Int
    /// Elements between channels of the image (`imageCount`, unless this geometry describes one
    /// slice of a larger image).
    let channelStride: Int
    let padHigh: [Int]

    init(channels: Int, image: [Int], grid: [Int], kernel: [Int], strides: [Int], padLow: [Int], padHigh: [Int],
         tileBytes: Int, channelStride: Int? = nil) {
        self.tileBytes = tileBytes
        var keep: [Int] = []
        for d in image.indices where !(image[d] == 1 && grid[d] == 1 && kernel[d] == 1 && padLow[d] == 0 && padHigh[d] == 0) {
            keep.append(d)
        }
        if keep.isEmpty { keep = [image.count - 1] }
        self.channels = channels
        self.image = keep.map { image[$0] }
        self.grid = keep.map { grid[$0] }
        self.kernel = keep.map { kernel[$0] }
        self.strides = keep.map { strides[$0] }
        self.padLow = keep.map { padLow[$0] }
        self.padHigh = keep.map { padHigh[$0] }
        imageStrides = TensorLayout.rowMajorStrides(self.image)
        imageCount = self.image.reduce(1, *)
        self.channelStride = channelStride ?? imageCount
        gridCount = self.grid.reduce(1, *)
        kernelCount = self.kernel.reduce(1, *)
        var table: [[Int]] = []
        let kept = keep.map { kernel[$0] }
        let ks = TensorLayout.rowMajorStrides(kept)
        for q in 0..<kept.reduce(1, *) { table.append(ks.indices.map { (q / ks[$0]) % kept[$0] }) }
        offsets = table
    }

    /// Rows of the column matrix.
    var rows: Int { channels * kernelCount }

    /// True when the column matrix equals the image (1×…×1 kernel, unit strides, no padding):
    /// the GEMM then reads the image directly.
    var isPointwise: Bool {
        kernel.allSatisfy { $0 == 1 } && strides.allSatisfy { $0 == 1 } && padLow.allSatisfy { $0 == 0 } && image == grid
    }

    /// Grid positions per tile so that a column tile stays within `tileBytes`.
    func tile(elementSize: Int) -> Int {
        max(1, min(gridCount, tileBytes / max(1, rows * elementSize)))
    }

    /// Walks grid positions `p0..<p1` for kernel offset `j` as runs along the last grid axis:
    /// `body(colIndex, inside, imageOffset, validStart, validEnd, runStart, runEnd)`; `imageOffset`
    /// is the image offset of inner grid index 0 of the run's row (`inside` is false when the row
    /// lies in the padding; the offset may be negative, only valid indices are read),
    /// inner grid indices in `validStart..<validEnd` map inside the image.
    @inline(__always)
    func runs(_ j: [Int], _ p0: Int, _ p1: Int, _ body: (Int, Bool, Int, Int, Int, Int, Int) -> Void) {
        let r = grid.count
        let last = r - 1
        let inner = grid[last]
        let s = strides[last], pl = padLow[last], jl = j[last], len = image[last]
        // z·s + jl − pl ∈ [0, len)  ⇔  z ∈ [ceil((pl − jl)/s), floor((len − 1 + pl − jl)/s)]
        let lowNum = pl - jl
        let zlo = max(0, lowNum <= 0 ? 0 : (lowNum + s - 1) / s)
        let highNum = len - 1 + pl - jl
        let zhi = highNum < 0 ? 0 : min(inner, highNum / s + 1)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: r) { index in
        var rest = p0
        for d in stride(from: last, through: 0, by: -1) {
            index[d] = rest % grid[d]
            rest /= grid[d]
        }
        var p = p0
        while p < p1 {
            var base = 0, inside = true
            for d in 0..<last {
                let u = index[d] * strides[d] + j[d] - padLow[d]
                if u < 0 || u >= image[d] { inside = false; break }
                base += u * imageStrides[d]
            }
            let runStart = index[last]
            let runEnd = min(inner, runStart + (p1 - p))
            body(p - p0, inside, base + (jl - pl), zlo, max(zlo, zhi), runStart, runEnd)
            p += runEnd - runStart
            index[last] = 0
            var d = last - 1
            while d >= 0 {
                index[d] += 1
                if index[d] < grid[d] { break }
                index[d] = 0
                d -= 1
            }
        }
        }
    }
}

extension Kernels {
    /// `col[(c, j), p − p0] = image[c, u(p, j)]` (0 in the padding) for grid positions `p0..<p1`;
    /// rows split over cores.
    static func im2col<T: FloatElement>(_ g: ConvGeometry, _ image: UnsafeMutablePointer<T>, _ col: UnsafeMutablePointer<T>,
                                        _ p0: Int, _ p1: Int) {
        let width = p1 - p0
        let pi = SendablePointer(image), pc = SendablePointer(col)
        let s = g.strides[g.strides.count - 1]
        parallelFor(g.rows, work: g.rows * width) { rows in
            for q in rows {
                let c = q / g.kernelCount, j = g.offsets[q % g.kernelCount]
                let src = pi.p + c * g.channelStride, dst = pc.p + q * width
                g.runs(j, p0, p1) { at, inside, base, vlo, vhi, a, b in
                    let out = dst + at - a  // indexed by inner grid index
                    if !inside {
                        (out + a).update(repeating: 0, count: b - a)
                        return
                    }
                    let lo = min(max(a, vlo), b), hi = max(min(b, vhi), lo)
                    if lo > a { (out + a).update(repeating: 0, count: lo - a) }
                    if s == 1 {
                        (out + lo).update(from: src + base + lo, count: hi - lo)
                    } else {
                        for z in lo..<hi { out[z] = src[base + z * s] }
                    }
                    if b > hi { (out + hi).update(repeating: 0, count: b - hi) }
                }
            }
        }
    }

    /// `image[c, u(p, j)] += col[(c, j), p − p0]` for grid positions `p0..<p1` (coordinates outside
    /// the image are cropped); channels split over cores (each writes its own channel).
    static func col2im<T: FloatElement>(_ g: ConvGeometry, _ col: UnsafeMutablePointer<T>, _ image: UnsafeMutablePointer<T>,
                                        _ p0: Int, _ p1: Int) {
        let width = p1 - p0
        let pi = SendablePointer(image), pc = SendablePointer(col)
        let s = g.strides[g.strides.count - 1]
        parallelFor(g.channels, work: g.rows * width) { channels in
            for c in channels {
                let dst = pi.p + c * g.channelStride
                for k in 0..<g.kernelCount {
                    let src = pc.p + (c * g.kernelCount + k) * width
                    g.runs(g.offsets[k], p0, p1) { at, inside, base, vlo, vhi, a, b in
                        if !inside { return }
                        let from = src + at - a
                        let lo = min(max(a, vlo), b), hi = max(min(b, vhi), lo)
                        if s == 1 {
                            let d = dst + base
                            for z in lo..<hi { d[z] += from[z] }
                        } else {
                            for z in lo..<hi { dst[base + z * s] += from[z] }
                        }
                    }
                }
            }
        }
    }

    /// `conv`: per sample and grid tile, im2col then `out[n][:, tile] = W[Cout, Cin·K] · col`.
    static func conv<T: FloatElement>(_ g: ConvGeometry, batch: Int, cOut: Int, _ x: UnsafeMutablePointer<T>,
                                      _ w: UnsafeMutablePointer<T>, _ out: UnsafeMutablePointer<T>, scratch: UnsafeMutablePointer<T>?) {
        let k = g.rows, lo = g.gridCount
        for n in 0..<batch {
            let image = x + n * g.channels * g.imageCount, y = out + n * cOut * lo
            if g.isPointwise {
                T.gemm(transA: false, transB: false, m: cOut, n: lo, k: k, alpha: 1, a: w, lda: k, b: image, ldb: lo,
                       beta: 0, c: y, ldc: lo)
                continue
            }
            let tile = g.tile(elementSize: MemoryLayout<T>.stride)
            var p0 = 0
            while p0 < lo {
                let p1 = min(lo, p0 + tile)
                im2col(g, image, scratch!, p0, p1)
                T.gemm(transA: false, transB: false, m: cOut, n: p1 - p0, k: k, alpha: 1, a: w, lda: k,
                       b: scratch!, ldb: p1 - p0, beta: 0, c: y + p0, ldc: lo)
                p0 = p1
            }
        }
    }

    /// `convTranspose`: per sample and input tile, `col = Wᵀ[Cout·K, Cin] · x[n][:, tile]`, then
    /// col2im into the zeroed output (cropping `padLow`/`padHigh`; a negative `padHigh` leaves
    /// zero cells at the end).
    static func convTranspose<T: FloatElement>(_ g: ConvGeometry, batch: Int, cIn: Int, _ x: UnsafeMutablePointer<T>,
                                               _ w: UnsafeMutablePointer<T>, _ out: UnsafeMutablePointer<T>,
                                               scratch: UnsafeMutablePointer<T>) {
        let m = g.rows, lin = g.gridCount
        out.update(repeating: 0, count: batch * g.channels * g.imageCount)
        let tile = g.tile(elementSize: MemoryLayout<T>.stride)
        for n in 0..<batch {
            let input = x + n * cIn * lin, image = out + n * g.channels * g.imageCount
            var p0 = 0
            while p0 < lin {
                let p1 = min(lin, p0 + tile)
                T.gemm(transA: true, transB: false, m: m, n: p1 - p0, k: cIn, alpha: 1, a: w, lda: m,
                       b: input + p0, ldb: lin, beta: 0, c: scratch, ldc: p1 - p0)
                col2im(g, scratch, image, p0, p1)
                p0 = p1
            }
        }
    }

    /// `convFilterGradient`: `dw[Cout, Cin·K] = Σ_n Σ_tiles dy[n][:, tile] · col(x[n])[:, tile]ᵀ`.
    static func convFilterGradient<T: FloatElement>(_ g: ConvGeometry, batch: Int, cOut: Int, _ x: UnsafeMutablePointer<T>,
                                                    _ dy: UnsafeMutablePointer<T>, _ dw: UnsafeMutablePointer<T>,
                                                    scratch: UnsafeMutablePointer<T>?) {
        let k = g.rows, lo = g.gridCount
        var first = true
        if batch == 0 || lo == 0 {
            dw.update(repeating: 0, count: cOut * k)
            return
        }
        for n in 0..<batch {
            let image = x + n * g.channels * g.imageCount, grad = dy + n * cOut * lo
            if g.isPointwise {
                T.gemm(transA: false, transB: true, m: cOut, n: k, k: lo, alpha: 1, a: grad, lda: lo, b: image, ldb: lo,
                       beta: first ? 0 : 1, c: dw, ldc: k)
                first = false
                continue
            }
            let tile = g.tile(elementSize: MemoryLayout<T>.stride)
            var p0 = 0
            while p0 < lo {
                let p1 = min(lo, p0 + tile)
                im2col(g, image, scratch!, p0, p1)
                T.gemm(transA: false, transB: true, m: cOut, n: k, k: p1 - p0, alpha: 1, a: grad + p0, lda: lo,
                       b: scratch!, ldb: p1 - p0, beta: first ? 0 : 1, c: dw, ldc: k)
                first = false
                p0 = p1
            }
        }
    }
}

/// `conv` by depth slices, for kernels that overlap along the outermost spatial axis
/// (`k0 > s0`, e.g. 8 with stride 2 in 3-D): im2col of each input slice `u0` over the remaining
/// axes is built once and reused by every kernel offset `j0` that reads it
/// (`out[:, z0] += W[:, :, j0] · col(u0)` for `z0·s0 + j0 − p0 = u0`), instead of `k0/s0` times
/// as in plain im2col. Cuts the column traffic by `k0/s0` at the price of more, smaller GEMMs.
struct SlicedConv: Sendable {
    let inner: ConvGeometry
    let cIn: Int, cOut: Int
    let l0: Int, lo0: Int, k0: Int, s0: Int, p0: Int
    /// Elements of one sample of the input and output.
    let xSample: Int, ySample: Int

    /// nil when the geometry has fewer than two (non-trivial) spatial axes.
    init?(_ g: ConvGeometry, cOut: Int) {
        guard g.image.count >= 2 else { return nil }
        inner = ConvGeometry(channels: g.channels, image: Array(g.image.dropFirst()), grid: Array(g.grid.dropFirst()),
                             kernel: Array(g.kernel.dropFirst()), strides: Array(g.strides.dropFirst()),
                             padLow: Array(g.padLow.dropFirst()), padHigh: Array(g.padHigh.dropFirst()),
                             tileBytes: Int.max, channelStride: g.imageCount)
        cIn = g.channels
        self.cOut = cOut
        l0 = g.image[0]; lo0 = g.grid[0]; k0 = g.kernel[0]; s0 = g.strides[0]; p0 = g.padLow[0]
        xSample = g.channels * g.imageCount
        ySample = cOut * g.gridCount
    }

    /// Kernel offsets along axis 0 per phase (`j0 = φ + m·s0`), at most.
    var perPhase: Int { (k0 + s0 - 1) / s0 }

    /// Scratch elements: the reordered weights `[φ][m][Cout, Cin·K′]`, one slice's column matrix
    /// and the stacked GEMM result `[m][Cout, positions]`.
    var scratchCount: Int {
        s0 * perPhase * cOut * inner.rows + inner.rows * inner.gridCount + perPhase * cOut * inner.gridCount
    }

    /// Whether slicing is expected to beat plain im2col: the kernel overlaps along axis 0 and
    /// each slice GEMM is large enough to run near peak.
    var isProfitable: Bool { k0 > s0 && inner.gridCount >= 512 && inner.rows >= 128 }
}

extension Kernels {
    /// The slices of one input depth `u0` feed the outputs `z0 = (u0 + p0 − j0)/s0` for the kernel
    /// offsets `j0 ≡ u0 + p0 (mod s0)`: with the weights stored by phase those offsets are
    /// contiguous, so one GEMM with `M = count·Cout` computes all their contributions, which are
    /// then added into their output slices.
    static func convSliced<T: FloatElement>(_ sc: SlicedConv, batch: Int, _ x: UnsafeMutablePointer<T>,
                                            _ w: UnsafeMutablePointer<T>, _ out: UnsafeMutablePointer<T>,
                                            scratch: UnsafeMutablePointer<T>) {
        let rows = sc.inner.rows, kInner = sc.inner.kernelCount, positions = sc.inner.gridCount
        let block = sc.cOut * rows, perPhase = sc.perPhase
        let wr = scratch, col = scratch + sc.s0 * perPhase * block, stacked = col + rows * positions
        // W[o, c, j0, q] → Wr[φ][m][o, c·K′ + q] with j0 = φ + m·s0 (entries with j0 ≥ k0 stay unused).
        for o in 0..<sc.cOut {
            for c in 0..<sc.cIn {
                for j0 in 0..<sc.k0 {
                    let phase = j0 % sc.s0, m = j0 / sc.s0
                    (wr + (phase * perPhase + m) * block + o * rows + c * kInner)
                        .update(from: w + ((o * sc.cIn + c) * sc.k0 + j0) * kInner, count: kInner)
                }
            }
        }
        out.update(repeating: 0, count: batch * sc.ySample)
        let ldc = sc.lo0 * positions
        for n in 0..<batch {
            let y = out + n * sc.ySample
            for u0 in 0..<sc.l0 {
                let shifted = u0 + sc.p0
                let phase = shifted % sc.s0, zTop = shifted / sc.s0
                let mCount = (sc.k0 - phase + sc.s0 - 1) / sc.s0
                let mLo = max(0, zTop - sc.lo0 + 1), mHi = min(zTop, mCount - 1)
                if mLo > mHi { continue }
                im2col(sc.inner, x + n * sc.xSample + u0 * sc.inner.imageCount, col, 0, positions)
                let a = wr + (phase * perPhase + mLo) * block
                let count = mHi - mLo + 1
                if count == 1 {
                    T.gemm(transA: false, transB: false, m: sc.cOut, n: positions, k: rows, alpha: 1, a: a, lda: rows,
                           b: col, ldb: positions, beta: 1, c: y + (zTop - mLo) * positions, ldc: ldc)
                    continue
                }
                T.gemm(transA: false, transB: false, m: count * sc.cOut, n: positions, k: rows, alpha: 1, a: a, lda: rows,
                       b: col, ldb: positions, beta: 0, c: stacked, ldc: positions)
                let ps = SendablePointer(stacked), py = SendablePointer(y)
                parallelFor(sc.cOut, work: count * sc.cOut * positions) { channels in
                    for o in channels {
                        for m in mLo...mHi {
                            let src = ps.p + ((m - mLo) * sc.cOut + o) * positions
                            let dst = py.p + o * ldc + (zTop - m) * positions
                            for p in 0..<positions { dst[p] += src[p] }
                        }
                    }
                }
            }
        }
    }
}
