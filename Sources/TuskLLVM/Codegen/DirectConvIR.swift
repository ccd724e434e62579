import TuskIR
import TuskRuntime

/// The LLVM IR text of a direct convolution kernel (`DirectConvKernel` in TuskRuntime), specialized
/// to one `DirectConvProblem` and its `DirectConvLayout` (all sizes are constants). Register
/// blocked, at the CPU's vector width `L`:
///
/// - `forward`: an item is output row `z₀` of a block of `B` output channels. For each run of `X`
///   vectors of `L` output columns the `B·X` accumulators stay in registers while the loop runs
///   over the input channels and, unrolled, the `KH·KW` kernel offsets: one unit-stride load of
///   the phase image per offset and vector (the phase image turns stride `s` into unit stride),
///   one weight broadcast per channel, `B·X` FMAs. The last, partial vector is stored masked.
/// - `transpose`: gathers instead of scattering: an item is output row `u₀` of a block of `B`
///   output channels, of phase `φ₀ = (u₀ + pl₀) mod s₀` (one code path per phase, its kernel rows
///   `φ₀ + s₀·t` known). Per vector of `L` input columns `q`, `B·s₁` accumulators hold the outputs
///   `u₁ = q·s₁ + φ₁ − pl₁` of every column phase `φ₁`: each load of the padded input serves all
///   phases and channels; the phases are interleaved (`s₁ ≤ 2`) into `s₁·L` contiguous outputs,
///   stored masked to the output row.
/// - `filterGradient`: an item is kernel row `j₀` of input channel `c` for a block of `B` output
///   channels; `B·KW` vector accumulators sum `dy[n, m, z₀, z₁] · P[n, c, …, z₀ + j₀/s₀, z₁ + j₁/s₁]`
///   over the call's samples and grid (the column tail masked to zero), then each is reduced
///   (a fixed tree over the lanes) and stored to dw, or added to it for the batch's later chunks.
///
/// Every sum runs in a fixed order (channels, then kernel offsets, in FMA steps), so the result
/// does not depend on the thread that runs an item. Differences from the interpreter: the
/// summation order and FMA contraction only.
struct DirectConvIR: RowKernelIRText {
    let layout: DirectConvLayout
    let cpu: String, features: String, preferredWidth: Int

    var problem: DirectConvProblem { layout.problem }
    var lanes: Int { layout.lanes }

    /// Vector registers (32 with AVX-512, 16 below).
    static func registers(lanes: Int) -> Int { lanes >= 16 ? 32 : 16 }
    /// Vector accumulators a block of the forward or transposed conv may keep in registers (the
    /// rest hold the loaded inputs; the weights are broadcast from memory into the FMAs).
    static func budget(lanes: Int) -> Int { registers(lanes: lanes) - 4 }
    var budget: Int { Self.budget(lanes: lanes) }
    /// Output channels per filter-gradient block: `B·KW` accumulators plus the `B` dy vectors and
    /// one input vector of a step, with one register to spare.
    static func filterBlock(kernelWidth kw: Int, lanes: Int) -> Int { (registers(lanes: lanes) - 2) / (kw + 1) }

    /// Whether there is a kernel for `p` at `lanes`: kernels of at most 64 offsets (they are
    /// unrolled), the filter gradient's kernel row within the registers (`filterBlock` ≥ 1), the transposed
    /// conv's column stride 1 or 2 (its phases are interleaved in registers).
    static func supports(_ p: DirectConvProblem, lanes: Int) -> Bool {
        guard p.channels >= 1, p.imageChannels >= 1, (p.image + p.grid + p.kernel + p.strides).allSatisfy({ $0 >= 1 }),
              p.kernelCount <= 64 else { return false }
        switch p.kind {
        case .forward: return true
        case .transpose: return p.strides[1] <= 2
        case .filterGradient: return filterBlock(kernelWidth: p.kernel[1], lanes: lanes) >= 1
        }
    }

    /// The channel blocks: size `B` (the last block may be smaller) and count.
    var blocks: (size: Int, count: Int, last: Int) {
        let p = problem
        let total: Int, most: Int
        switch p.kind {
        case .forward: (total, most) = (p.channels, min(16, budget))
        case .transpose: (total, most) = (p.imageChannels, min(16, budget / p.strides[1]))
        case .filterGradient: (total, most) = (p.channels, Self.filterBlock(kernelWidth: p.kernel[1], lanes: lanes))
        }
        let count = (total + most - 1) / most
        let size = (total + count - 1) / count
        return (size, count, total - (count - 1) * size)
    }

    /// Vectors of output columns per forward step.
    var xBlock: Int { max(1, min(4, budget / blocks.size)) }

    var workItems: Int {
        let p = problem, b = blocks
        switch p.kind {
        case .forward: return b.count * p.grid[0]
        case .transpose: return b.count * p.image[0]
        case .filterGradient: return p.imageChannels * p.kernel[0] * b.count
        }
    }

    var name: String {
        let p = problem
        let kind = switch p.kind { case .forward: "fwd"; case .transpose: "tr"; case .filterGradient: "dw" }
        return "direct_conv_\(kind)_c\(p.imageChannels)_m\(p.channels)_i\(p.image[0])x\(p.image[1])_g\(p.grid[0])x\(p.grid[1])"
            + "_k\(p.kernel[0])x\(p.kernel[1])_s\(p.strides[0])x\(p.strides[1])_p\(p.padLow[0])x\(p.padLow[1])_w\(lanes)"
    }

    /// The module text: the kernel `name` with the loop-kernel ABI and its intrinsic declarations.
    var text: String {
        var w = Writer(lanes: lanes)
        w.o.append("define i32 @\(name)(ptr %buffers, i64 %begin, i64 %end) #0 {")
        w.label("entry")
        for (k, buffer) in ["b0", "b1", "b2"].enumerated() {
            w.e("%\(buffer).slot = getelementptr inbounds ptr, ptr %buffers, i64 \(k)")
            w.e("%\(buffer) = load ptr, ptr %\(buffer).slot, align 8")
        }
        let slots = blocks.size * max(xBlock, problem.strides[1], problem.kernel[1])
        for s in ["it", "xv", "cv", "zv", "nv"] { w.e("%\(s) = alloca i64, align 8") }
        for k in 0..<slots { w.e("%a\(k) = alloca \(w.tv), align 64") }
        w.e("store i64 %begin, ptr %it, align 8")
        w.e("br label %item.head")
        w.label("item.head")
        w.e("%i = load i64, ptr %it, align 8")
        w.e("%more = icmp slt i64 %i, %end")
        w.e("br i1 %more, label %item.body, label %exit")
        w.label("item.body")
        switch problem.kind {
        case .forward: forward(&w)
        case .transpose: transpose(&w)
        case .filterGradient: filterGradient(&w)
        }
        w.label("item.next")
        w.e("%inext = add nsw i64 %i, 1")
        w.e("store i64 %inext, ptr %it, align 8")
        w.e("br label %item.head")
        w.label("exit")
        w.e("ret i32 0")
        w.o.append("}")
        return ([w.o.joined(separator: "\n")] + w.declarations.sorted()
                + attributeGroups(cpu: cpu, features: features, preferredWidth: preferredWidth)).joined(separator: "\n\n") + "\n"
    }

    /// Branches from `item.body` to the main-block or last-block variant (`%blk` is the block index).
    private func dispatchLastBlock(_ w: inout Writer, _ variant: (inout Writer, String, Int) -> Void) {
        let b = blocks
        if b.last == b.size {
            w.e("br label %full.start")
            variant(&w, "full", b.size)
            return
        }
        w.e("%islast = icmp eq i64 %blk, \(b.count - 1)")
        w.e("br i1 %islast, label %last.start, label %full.start")
        variant(&w, "full", b.size)
        variant(&w, "last", b.last)
    }

    // MARK: forward

    private func forward(_ w: inout Writer) {
        let p = problem, (ho, wo) = (p.grid[0], p.grid[1])
        w.e("%blk = udiv i64 %i, \(ho)")
        w.e("%zy = urem i64 %i, \(ho)")
        dispatchLastBlock(&w) { w, pre, count in
            let (c, k, plane) = (p.imageChannels, p.kernelCount, layout.rows * layout.width)
            w.label("\(pre).start")
            let m0 = w.let("mul nsw i64 %blk, \(blocks.size)")
            let wb = w.gep("%b2", w.let("mul nsw i64 \(m0), \(c * k)"))
            let oOff = w.let("add nsw i64 \(w.let("mul nsw i64 \(m0), \(ho * wo)")), \(w.let("mul nsw i64 %zy, \(wo)"))")
            let ob = w.gep("%b0", oOff)
            let pb = w.gep("%b1", w.let("mul nsw i64 %zy, \(layout.width)"))
            w.e("store i64 0, ptr %xv, align 8")
            let xb = xBlock
            w.e("br label %\(pre).\(xb > 1 ? "xb" : "xs").head")
            for (tag, vectors, masked) in (xb > 1 ? [("xb", xb, false)] : []) + [("xs", 1, true)] {
                let q = "\(pre).\(tag)"
                w.label("\(q).head")
                let x0h = w.let("load i64, ptr %xv, align 8")
                let ok = masked ? w.let("icmp slt i64 \(x0h), \(wo)")
                                : w.let("icmp sle i64 \(w.let("add nsw i64 \(x0h), \(vectors * lanes)")), \(wo)")
                w.e("br i1 \(ok), label %\(q).body, label %\(masked ? "item.next" : "\(pre).xs.head")")
                w.label("\(q).body")
                let x0 = w.let("load i64, ptr %xv, align 8")
                let px = w.gep(pb, x0), ox = w.gep(ob, x0)
                let n = count * vectors
                for a in 0..<n { w.e("store \(w.tv) zeroinitializer, ptr %a\(a), align 64") }
                w.e("store i64 0, ptr %cv, align 8")
                w.e("br label %\(q).c.head")
                w.label("\(q).c.head")
                let ch = w.let("load i64, ptr %cv, align 8")
                w.e("br i1 \(w.let("icmp slt i64 \(ch), \(c)")), label %\(q).c.body, label %\(q).c.done")
                w.label("\(q).c.body")
                let cv = w.let("load i64, ptr %cv, align 8")
                let pc = w.gep(px, w.let("mul nsw i64 \(cv), \(p.strides[0] * p.strides[1] * plane)"))
                let wc = w.gep(wb, w.let("mul nsw i64 \(cv), \(k)"))
                var acc = (0..<n).map { w.let("load \(w.tv), ptr %a\($0), align 64") }
                for jy in 0..<p.kernel[0] {
                    for jx in 0..<p.kernel[1] {
                        let off = ((jy % p.strides[0]) * p.strides[1] + jx % p.strides[1]) * plane
                            + (jy / p.strides[0]) * layout.width + jx / p.strides[1]
                        let v = (0..<vectors).map { w.load(pc, off + $0 * lanes) }
                        for m in 0..<count {
                            let wv = w.broadcast(wc, m * c * k + jy * p.kernel[1] + jx)
                            for x in 0..<vectors { acc[m * vectors + x] = w.fma(wv, v[x], acc[m * vectors + x]) }
                        }
                    }
                }
                for a in 0..<n { w.e("store \(w.tv) \(acc[a]), ptr %a\(a), align 64") }
                w.e("store i64 \(w.let("add nsw i64 \(cv), 1")), ptr %cv, align 8")
                w.e("br label %\(q).c.head")
                w.label("\(q).c.done")
                let mask = masked ? w.prefixMask(w.let("trunc i64 \(w.let("sub nsw i64 \(wo), \(x0)")) to i32"), lanes: lanes) : nil
                for m in 0..<count {
                    for x in 0..<vectors {
                        let r = w.let("load \(w.tv), ptr %a\(m * vectors + x), align 64")
                        let dst = w.gep(ox, m * ho * wo + x * lanes)
                        if let mask { w.maskedStore(r, dst, mask, lanes: lanes) } else { w.e("store \(w.tv) \(r), ptr \(dst), align 4") }
                    }
                }
                w.e("store i64 \(w.let("add nsw i64 \(x0), \(vectors * lanes)")), ptr %xv, align 8")
                w.e("br label %\(q).head")
            }
        }
    }

    // MARK: transpose

    private func transpose(_ w: inout Writer) {
        let p = problem, (h, wd) = (p.image[0], p.image[1]), (s0, s1) = (p.strides[0], p.strides[1])
        let (kh, kw) = (p.kernel[0], p.kernel[1]), k = p.kernelCount
        let (t0, t1) = (layout.taps[0], layout.taps[1]), c = p.imageChannels
        let vectors = (layout.width - (t1 - 1)) / lanes
        w.e("%blk = udiv i64 %i, \(h)")
        w.e("%uy = urem i64 %i, \(h)")
        w.e("%sh = add nsw i64 %uy, \(p.padLow[0])")
        w.e("%phy = urem i64 %sh, \(s0)")
        w.e("%qy = udiv i64 %sh, \(s0)")
        dispatchLastBlock(&w) { w, pre, count in
            w.label("\(pre).start")
            let phases = (0..<s0).map { "\(pre).ph\($0)" }
            w.e("switch i64 %phy, label %\(phases[0]) [" + (1..<s0).map { "i64 \($0), label %\(phases[$0])" }.joined(separator: " ") + "]")
            for (phy, q) in phases.enumerated() {
                w.label(q)
                let c0 = w.let("mul nsw i64 %blk, \(blocks.size)")
                let wb = w.gep("%b2", w.let("mul nsw i64 \(c0), \(k)"))
                let ob = w.gep("%b0", w.let("add nsw i64 \(w.let("mul nsw i64 \(c0), \(h * wd)")), \(w.let("mul nsw i64 %uy, \(wd)"))"))
                let row = w.let("add nsw i64 %qy, \(t0 - 1 - layout.qStart[0])")
                let xb = w.gep("%b1", w.let("mul nsw i64 \(row), \(layout.width)"))
                w.e("store i64 0, ptr %xv, align 8")
                w.e("br label %\(q).v.head")
                w.label("\(q).v.head")
                let colh = w.let("load i64, ptr %xv, align 8")
                w.e("br i1 \(w.let("icmp slt i64 \(colh), \(vectors * lanes)")), label %\(q).v.body, label %item.next")
                w.label("\(q).v.body")
                let col0 = w.let("load i64, ptr %xv, align 8")
                let n = count * s1
                for a in 0..<n { w.e("store \(w.tv) zeroinitializer, ptr %a\(a), align 64") }
                w.e("store i64 0, ptr %cv, align 8")
                w.e("br label %\(q).m.head")
                w.label("\(q).m.head")
                let mh = w.let("load i64, ptr %cv, align 8")
                w.e("br i1 \(w.let("icmp slt i64 \(mh), \(p.channels)")), label %\(q).m.body, label %\(q).m.done")
                w.label("\(q).m.body")
                let mv = w.let("load i64, ptr %cv, align 8")
                let pm = w.gep(w.gep(xb, col0), w.let("mul nsw i64 \(mv), \(layout.rows * layout.width)"))
                let wm = w.gep(wb, w.let("mul nsw i64 \(mv), \(c * k)"))
                var acc = (0..<n).map { w.let("load \(w.tv), ptr %a\($0), align 64") }
                for ty in 0..<((kh - phy + s0 - 1) / s0) {
                    for tx in 0..<t1 {
                        let live = (0..<s1).filter { $0 + s1 * tx < kw }
                        if live.isEmpty { continue }
                        let v = w.load(pm, -ty * layout.width + (t1 - 1 - tx))
                        for phx in live {
                            let (jy, jx) = (phy + s0 * ty, phx + s1 * tx)
                            for m in 0..<count {
                                let wv = w.broadcast(wm, m * k + jy * kw + jx)
                                acc[m * s1 + phx] = w.fma(wv, v, acc[m * s1 + phx])
                            }
                        }
                    }
                }
                for a in 0..<n { w.e("store \(w.tv) \(acc[a]), ptr %a\(a), align 64") }
                w.e("store i64 \(w.let("add nsw i64 \(mv), 1")), ptr %cv, align 8")
                w.e("br label %\(q).m.head")
                w.label("\(q).m.done")
                // Output columns u₁ = (qStart₁ + col0 + l)·s₁ + φ₁ − pl₁: contiguous from ux0 once interleaved.
                let ux0 = w.let("sub nsw i64 \(w.let("mul nsw i64 \(w.let("add nsw i64 \(col0), \(layout.qStart[1])")), \(s1)")), \(p.padLow[1])")
                let width = s1 * lanes
                let lo = w.let("trunc i64 \(w.let("sub nsw i64 0, \(ux0)")) to i32")
                let hi = w.let("trunc i64 \(w.let("sub nsw i64 \(wd), \(ux0)")) to i32")
                let mask = w.rangeMask(lo, hi, lanes: width)
                for m in 0..<count {
                    let parts = (0..<s1).map { w.let("load \(w.tv), ptr %a\(m * s1 + $0), align 64") }
                    let value = s1 == 1 ? parts[0] : w.interleave(parts[0], parts[1])
                    let dst = w.let("getelementptr float, ptr \(ob), i64 \(w.let("add nsw i64 \(ux0), \(m * h * wd)"))")
                    w.maskedStore(value, dst, mask, lanes: width)
                }
                w.e("store i64 \(w.let("add nsw i64 \(col0), \(lanes)")), ptr %xv, align 8")
                w.e("br label %\(q).v.head")
            }
        }
    }

    // MARK: filter gradient

    private func filterGradient(_ w: inout Writer) {
        let p = problem, (ho, wo) = (p.grid[0], p.grid[1]), (s0, s1) = (p.strides[0], p.strides[1])
        let (kh, kw) = (p.kernel[0], p.kernel[1]), k = p.kernelCount, c = p.imageChannels
        let plane = layout.rows * layout.width
        w.e("%blk = urem i64 %i, \(blocks.count)")
        w.e("%kr = udiv i64 %i, \(blocks.count)")
        w.e("%ch = udiv i64 %kr, \(kh)")
        w.e("%jy = urem i64 %kr, \(kh)")
        w.e("%py = urem i64 %jy, \(s0)")
        w.e("%my = udiv i64 %jy, \(s0)")
        w.e("%pl0 = mul nsw i64 %ch, \(s0)")
        w.e("%pl1 = add nsw i64 %pl0, %py")
        w.e("%pl2 = mul nsw i64 %pl1, \(s1 * plane)")
        w.e("%pl3 = mul nsw i64 %my, \(layout.width)")
        w.e("%pl4 = add nsw i64 %pl2, %pl3")
        w.e("%pb = getelementptr inbounds float, ptr %b1, i64 %pl4")
        w.e("%params = load ptr, ptr \(w.let("getelementptr inbounds ptr, ptr %buffers, i64 3")), align 8")
        w.e("%samples = load i64, ptr %params, align 8")
        w.e("%accumulate.i = load i64, ptr \(w.let("getelementptr inbounds i64, ptr %params, i64 1")), align 8")
        w.e("%accumulate = icmp ne i64 %accumulate.i, 0")
        dispatchLastBlock(&w) { w, pre, count in
            w.label("\(pre).start")
            let m0 = w.let("mul nsw i64 %blk, \(blocks.size)")
            let n = count * kw
            for a in 0..<n { w.e("store \(w.tv) zeroinitializer, ptr %a\(a), align 64") }
            // Samples, then grid rows, then column vectors: the lane sums run over the whole batch.
            w.e("store i64 0, ptr %nv, align 8")
            w.e("br label %\(pre).n.head")
            w.label("\(pre).n.head")
            let nh = w.let("load i64, ptr %nv, align 8")
            w.e("br i1 \(w.let("icmp slt i64 \(nh), %samples")), label %\(pre).n.body, label %\(pre).done")
            w.label("\(pre).n.body")
            let sample = w.let("load i64, ptr %nv, align 8")
            let db = w.gep("%b2", w.let("add nsw i64 \(w.let("mul nsw i64 \(sample), \(p.channels * ho * wo)")), \(w.let("mul nsw i64 \(m0), \(ho * wo)"))"))
            let pbn = w.gep("%pb", w.let("mul nsw i64 \(sample), \(layout.elements)"))
            w.e("store i64 0, ptr %zv, align 8")
            w.e("br label %\(pre).zy.head")
            w.label("\(pre).zy.head")
            let zh = w.let("load i64, ptr %zv, align 8")
            w.e("br i1 \(w.let("icmp slt i64 \(zh), \(ho)")), label %\(pre).zy.body, label %\(pre).n.next")
            w.label("\(pre).zy.body")
            let zy = w.let("load i64, ptr %zv, align 8")
            let dr = w.gep(db, w.let("mul nsw i64 \(zy), \(wo)"))
            let pr = w.gep(pbn, w.let("mul nsw i64 \(zy), \(layout.width)"))
            w.e("store i64 0, ptr %xv, align 8")
            w.e("br label %\(pre).x.head")
            w.label("\(pre).x.head")
            let xh = w.let("load i64, ptr %xv, align 8")
            let tail = wo % lanes
            w.e("br i1 \(w.let("icmp sle i64 \(w.let("add nsw i64 \(xh), \(lanes)")), \(wo)")), label %\(pre).x.body, label %\(pre).\(tail > 0 ? "x.tail" : "zy.next")")
            func step(_ w: inout Writer, x0: String, mask: String?) {
                var acc = (0..<n).map { w.let("load \(w.tv), ptr %a\($0), align 64") }
                let d = (0..<count).map { m in w.load(w.gep(dr, x0), m * ho * wo, mask: mask) }
                for jx in 0..<kw {
                    let v = w.load(w.gep(pr, x0), (jx % s1) * plane + jx / s1, mask: mask)
                    for m in 0..<count { acc[m * kw + jx] = w.fma(d[m], v, acc[m * kw + jx]) }
                }
                for a in 0..<n { w.e("store \(w.tv) \(acc[a]), ptr %a\(a), align 64") }
            }
            w.label("\(pre).x.body")
            let x0 = w.let("load i64, ptr %xv, align 8")
            step(&w, x0: x0, mask: nil)
            w.e("store i64 \(w.let("add nsw i64 \(x0), \(lanes)")), ptr %xv, align 8")
            w.e("br label %\(pre).x.head")
            if tail > 0 {
                w.label("\(pre).x.tail")
                step(&w, x0: "\(wo - tail)", mask: "<" + (0..<lanes).map { "i1 \($0 < tail)" }.joined(separator: ", ") + ">")
                w.e("br label %\(pre).zy.next")
            }
            w.label("\(pre).zy.next")
            w.e("store i64 \(w.let("add nsw i64 \(zy), 1")), ptr %zv, align 8")
            w.e("br label %\(pre).zy.head")
            w.label("\(pre).n.next")
            w.e("store i64 \(w.let("add nsw i64 \(sample), 1")), ptr %nv, align 8")
            w.e("br label %\(pre).n.head")
            w.label("\(pre).done")
            let base = w.let("add nsw i64 \(w.let("mul nsw i64 \(w.let("add nsw i64 \(w.let("mul nsw i64 \(m0), \(c)")), %ch")), \(k)")), \(w.let("mul nsw i64 %jy, \(kw)"))")
            let dw = w.gep("%b0", base)
            for m in 0..<count {
                for jx in 0..<kw {
                    let r = w.let("load \(w.tv), ptr %a\(m * kw + jx), align 64")
                    let s = w.reduce(r)
                    let dst = w.gep(dw, m * c * k + jx)
                    let old = w.let("load float, ptr \(dst), align 4")
                    let value = w.let("select i1 %accumulate, float \(w.let("fadd float \(old), \(s)")), float \(s)")
                    w.e("store float \(value), ptr \(dst), align 4")
                }
            }
            w.e("br label %item.next")
        }
    }
}

/// Accumulates the kernel's lines, fresh value names and the intrinsics it calls.
private struct Writer {
    let lanes: Int
    var o: [String] = []
    var declarations: Set<String> = []
    private var counter = 0

    init(lanes: Int) { self.lanes = lanes }

    var tv: String { "<\(lanes) x float>" }

    mutating func e(_ s: String) { o.append("  " + s) }
    mutating func label(_ s: String) { o.append("\(s):") }
    /// A fresh value `%tN = rhs`.
    mutating func `let`(_ rhs: String) -> String {
        counter += 1
        e("%t\(counter) = \(rhs)")
        return "%t\(counter)"
    }
    mutating func gep(_ base: String, _ offset: String) -> String {
        `let`("getelementptr inbounds float, ptr \(base), i64 \(offset)")
    }
    mutating func gep(_ base: String, _ offset: Int) -> String { offset == 0 ? base : gep(base, "\(offset)") }

    /// A vector of `lanes` floats at `base + offset` (masked lanes read as 0).
    mutating func load(_ base: String, _ offset: Int, mask: String? = nil) -> String {
        let p = gep(base, offset)
        guard let mask else { return `let`("load \(tv), ptr \(p), align 4") }
        let name = "llvm.masked.load.v\(lanes)f32.p0"
        declarations.insert("declare \(tv) @\(name)(ptr, i32 immarg, <\(lanes) x i1>, \(tv))")
        return `let`("call \(tv) @\(name)(ptr \(p), i32 4, <\(lanes) x i1> \(mask), \(tv) zeroinitializer)")
    }
    /// The float at `base + offset` in every lane.
    mutating func broadcast(_ base: String, _ offset: Int) -> String {
        let s = `let`("load float, ptr \(gep(base, offset)), align 4")
        let v = `let`("insertelement \(tv) poison, float \(s), i64 0")
        return `let`("shufflevector \(tv) \(v), \(tv) poison, <\(lanes) x i32> zeroinitializer")
    }
    mutating func fma(_ a: String, _ b: String, _ c: String) -> String {
        let name = "llvm.fma.v\(lanes)f32"
        declarations.insert("declare \(tv) @\(name)(\(tv), \(tv), \(tv))")
        return `let`("call \(tv) @\(name)(\(tv) \(a), \(tv) \(b), \(tv) \(c))")
    }
    /// The sum of the lanes, as a tree (`reassoc`: the order is the code's, fixed once compiled).
    mutating func reduce(_ v: String) -> String {
        let name = "llvm.vector.reduce.fadd.v\(lanes)f32"
        declarations.insert("declare float @\(name)(float, \(tv))")
        return `let`("call reassoc float @\(name)(float -0.0, \(tv) \(v))")
    }
    /// `[a₀, b₀, a₁, b₁, …]`.
    mutating func interleave(_ a: String, _ b: String) -> String {
        let order = (0..<(2 * lanes)).map { "i32 \(($0 % 2) * lanes + $0 / 2)" }.joined(separator: ", ")
        return `let`("shufflevector \(tv) \(a), \(tv) \(b), <\(2 * lanes) x i32> <\(order)>")
    }
    private func iota(_ n: Int) -> String { "<" + (0..<n).map { "i32 \($0)" }.joined(separator: ", ") + ">" }
    private mutating func splat32(_ s: String, _ n: Int) -> String {
        let v = `let`("insertelement <\(n) x i32> poison, i32 \(s), i64 0")
        return `let`("shufflevector <\(n) x i32> \(v), <\(n) x i32> poison, <\(n) x i32> zeroinitializer")
    }
    /// Lanes `l < count` (an i32).
    mutating func prefixMask(_ count: String, lanes n: Int) -> String {
        `let`("icmp slt <\(n) x i32> \(iota(n)), \(splat32(count, n))")
    }
    /// Lanes `lo ≤ l < hi` (i32s).
    mutating func rangeMask(_ lo: String, _ hi: String, lanes n: Int) -> String {
        let a = `let`("icmp sge <\(n) x i32> \(iota(n)), \(splat32(lo, n))")
        let b = `let`("icmp slt <\(n) x i32> \(iota(n)), \(splat32(hi, n))")
        return `let`("and <\(n) x i1> \(a), \(b)")
    }
    mutating func maskedStore(_ v: String, _ p: String, _ mask: String, lanes n: Int) {
        let t = "<\(n) x float>", name = "llvm.masked.store.v\(n)f32.p0"
        declarations.insert("declare void @\(name)(\(t), ptr, i32 immarg, <\(n) x i1>)")
        e("call void @\(name)(\(t) \(v), ptr \(p), i32 4, <\(n) x i1> \(mask))")
    }
}
