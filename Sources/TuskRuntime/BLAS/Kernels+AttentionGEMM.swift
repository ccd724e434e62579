import TuskIR

// The GEMM-tiled flash attention (`AttentionKernel.gemmTiles`): the same scheme as the row-wise
// kernels of Kernels+Attention.swift — scores formed one query × key tile at a time, an online
// softmax in the forward, probabilities recomputed from the log-sum-exp in the backward — but
// every tile product is one OpenBLAS GEMM:
//
//   forward, per (batch entry, query tile), key tile by key tile:
//     S = scale · Q Kᵀ (+ bias, causal −∞)        sgemm [bq × bk × d]
//     online softmax of S's rows into P, rescaling the running output rows
//     O += P V                                   sgemm [bq × dv × bk]
//   backward, per batch entry, key tile (outer) by query tile (inner):
//     S = scale · Q Kᵀ (+ bias), P = exp(S − lse) sgemm
//     dP = dO Vᵀ                                 sgemm
//     dS = P ∘ (dP − (rowsum(dO ∘ O) − dlse))
//     dV += Pᵀ dO,  dK += scale · dSᵀ Q,  dQ += scale · dS K   three sgemms
//
// Threads: the tiles are small enough that OpenBLAS runs each GEMM on the calling thread
// (it threads a GEMM only when M·N·K > 65536 · GEMM_MULTITHREAD_THRESHOLD = 262144, its default
// build), so the cores split the work items with `concurrentPerform` and call BLAS side by side
// without oversubscribing (OpenBLAS's single-threaded path is reentrant; its buffer pool is
// locked). Determinism: the tiling is fixed at compile time, each output element is written by
// one work item in a fixed order, and the backward's table and rotary-table gradients are summed
// per fixed group of batch entries, then over the groups in order — the same bits whatever the
// thread count.

extension AttentionPlan {
    /// OpenBLAS's single-thread threshold for one GEMM (`M·N·K`), which every tile product stays within.
    static let maximumTileWork = 262_144

    /// At most this many batch groups in the GEMM-tiled backward (its work items).
    static let maximumGroups = 64

    /// Query and key rows per GEMM tile: 64 query rows, and as many keys as keep
    /// `64 · bk · width` within `maximumTileWork`, at most 256 — 256 keys at head width 16 (64 KB
    /// of f32 scores, so narrow heads make fewer, larger GEMM calls), 64 at width 64, fewer for
    /// wider heads.
    static func gemmTileSizes(tq: Int, tk: Int, width: Int) -> (Int, Int) {
        let bq = max(1, min(tq, tile))
        let bk = max(1, min(tk, 4 * tile, maximumTileWork / (tile * max(1, width))))
        return (bq, bk)
    }

    /// Elements of the table and rotary-table gradient partial of one batch group (backward).
    var groupPartialElements: Int { tableRows * heads + 2 * rotary * (tq + tk) }

    /// Scratch of one worker. Forward: the score tile, the running output rows, max and sum per
    /// row (+ the rotated query and key tiles). Backward: the probability and dp/ds tiles, the
    /// per-row `rowsum(dO ∘ O) − dlse` of a batch entry (+ its rotated q and k, O(T·d)).
    var gemmScratchPerWorker: Int {
        let (bq, bk) = (queryTile, keyTile)
        if backward { return 2 * bq * bk + tq + (rotary > 0 ? (tq + tk) * d : 0) }
        return bq * bk + bq * dv + 2 * bq + (rotary > 0 ? (bq + bk) * d : 0)
    }

    /// Batch entries of group `g` (contiguous, fixed by `groups` alone).
    func groupEntries(_ g: Int) -> Range<Int> { (batch * g / groups)..<(batch * (g + 1) / groups) }
}

extension Kernels {
    /// The largest of `s[0..<n]` (8 lanes at a time for f32).
    @inline(__always)
    static func tileRowMax<T: FloatElement>(_ s: UnsafeMutablePointer<T>, _ n: Int) -> T {
        var j = 0
        var m = -T.infinity
        if T.self == Float.self {
            let f = UnsafeMutableRawPointer(s).assumingMemoryBound(to: Float.self)
            var vm = SIMD8<Float>(repeating: -.infinity)
            while j + 8 <= n {
                vm = pointwiseMax(vm, UnsafeRawPointer(f + j).loadUnaligned(as: SIMD8<Float>.self))
                j += 8
            }
            m = T(vm.max())
        }
        while j < n { m = Swift.max(m, s[j]); j += 1 }
        return m
    }

    /// `s[j] ← exp(s[j] − m)` for `j < n` and their sum (f32: 8 lanes of `expNonPositive`, whose
    /// argument here is ≤ 0 up to the rounding of `m`; f64: `exp`).
    @inline(__always)
    static func tileRowExp<T: FloatElement>(_ s: UnsafeMutablePointer<T>, _ n: Int, minus m: T) -> T {
        var j = 0
        var sum: T = 0
        if T.self == Float.self {
            let f = UnsafeMutableRawPointer(s).assumingMemoryBound(to: Float.self)
            let vmax = SIMD8<Float>(repeating: Float(m))
            var vs = SIMD8<Float>(repeating: 0)
            while j + 8 <= n {
                let e = expNonPositive(UnsafeRawPointer(f + j).loadUnaligned(as: SIMD8<Float>.self) - vmax)
                UnsafeMutableRawPointer(f + j).storeBytes(of: e, as: SIMD8<Float>.self)
                vs += e
                j += 8
            }
            var tail = SIMD8<Float>(repeating: -.infinity)
            for t in 0..<(n - j) { tail[t] = f[j + t] - Float(m) }
            let e = expNonPositive(tail)
            for t in 0..<(n - j) { f[j + t] = e[t] }
            return T((vs + e).sum())
        }
        while j < n {
            let e = T.fexp(s[j] - m)
            s[j] = e
            sum += e
            j += 1
        }
        return sum
    }

    /// Adds the relative-position bias of rows `i0 ..< i0 + rows` and keys `j0 ..< j0 + n` to the
    /// score tile `s` (row stride `stride`, default `n`).
    @inline(__always)
    static func addTileBias<T: FloatElement>(_ p: AttentionPlan, _ s: UnsafeMutablePointer<T>, table: UnsafeMutablePointer<T>,
                                             head h: Int, i0: Int, rows: Int, j0: Int, n: Int, stride: Int? = nil) {
        let ld = stride ?? n
        p.buckets.withUnsafeBufferPointer { buckets in
            for r in 0..<rows {
                let base = i0 + r - j0 + p.tk - 1, row = s + r * ld
                for j in 0..<n { row[j] += table[buckets[base - j] * p.heads + h] }
            }
        }
    }

    /// The GEMM-tiled forward into `out[b, i] = [softmax(s_i) · v | logsumexp(s_i)]`; work items
    /// are (batch entry, query tile), split over the workers.
    static func tiledAttentionForward<T: FloatElement>(_ p: AttentionPlan, q: UnsafeMutablePointer<T>, k: UnsafeMutablePointer<T>,
                                                       v: UnsafeMutablePointer<T>, table: UnsafeMutablePointer<T>?,
                                                       rotary: [UnsafeMutablePointer<T>],
                                                       out: UnsafeMutablePointer<T>, scratch: UnsafeMutablePointer<T>) {
        let (tq, tk, d, dv, bq, bk, r) = (p.tq, p.tk, p.d, p.dv, p.queryTile, p.keyTile, p.rotary)
        let (sq, sk, sv, so, ss) = (SendablePointer(q), SendablePointer(k), SendablePointer(v), SendablePointer(out),
                                    SendablePointer(scratch))
        let st = table.map(SendablePointer.init)
        let rt = rotary.map(SendablePointer.init)
        let scale = T(p.scale)
        attentionWorkers(p.workers, items: p.batch * p.queryTiles) { worker, items in
            let s = ss.p + worker * p.scratchPerWorker
            let acc = s + bq * bk, mRow = acc + bq * dv, lRow = mRow + bq, qRot = lRow + bq, kRot = qRot + bq * d
            for item in items {
                let b = item / p.queryTiles, i0 = (item % p.queryTiles) * bq, rows = min(bq, tq - i0)
                let h = (b / p.headStride) % p.heads
                var qTile = sq.p + (b * tq + i0) * d
                if r > 0 {
                    rotateRows(qTile, rows: rows, count: d, rotary: r, cos: rt[0].p, sin: rt[1].p, first: i0, qRot)
                    qTile = qRot
                }
                for row in 0..<rows { mRow[row] = -.infinity; lRow[row] = 0 }
                acc.update(repeating: 0, count: rows * dv)
                let keyEnd = p.causal ? min(tk, i0 + rows) : tk   // causal: keys after the tile's last row are never seen
                var j0 = 0
                while j0 < keyEnd {
                    let n = min(bk, keyEnd - j0)
                    var kTile = sk.p + (b * tk + j0) * d
                    if r > 0 {
                        rotateRows(kTile, rows: n, count: d, rotary: r, cos: rt[2].p, sin: rt[3].p, first: j0, kRot)
                        kTile = kRot
                    }
                    T.gemm(transA: false, transB: true, m: rows, n: n, k: d, alpha: scale, a: qTile, lda: d,
                           b: kTile, ldb: d, beta: 0, c: s, ldc: n)
                    if let st { addTileBias(p, s, table: st.p, head: h, i0: i0, rows: rows, j0: j0, n: n) }
                    for row in 0..<rows {
                        let i = i0 + row, sRow = s + row * n
                        let visible = p.causal ? max(0, min(n, i - j0 + 1)) : n
                        let mx = visible > 0 ? Swift.max(mRow[row], tileRowMax(sRow, visible)) : -T.infinity
                        if mx == -.infinity {   // no key of this tile is visible to the row (yet)
                            sRow.update(repeating: 0, count: n)
                            continue
                        }
                        if mx != mRow[row] {
                            let correction = T.fexp(mRow[row] - mx)
                            lRow[row] *= correction
                            let a = acc + row * dv
                            for c in 0..<dv { a[c] *= correction }
                            mRow[row] = mx
                        }
                        lRow[row] += tileRowExp(sRow, visible, minus: mx)
                        if visible < n { (sRow + visible).update(repeating: 0, count: n - visible) }
                    }
                    T.gemm(transA: false, transB: false, m: rows, n: dv, k: n, alpha: 1, a: s, lda: n,
                           b: sv.p + (b * tk + j0) * dv, ldb: dv, beta: 1, c: acc, ldc: dv)
                    j0 += n
                }
                writeAttentionRows(so.p + (b * tq + i0) * (dv + 1), acc: acc, max: mRow, sum: lRow, rows: rows, dv: dv)
            }
        }
    }

    /// The GEMM-tiled backward into `out = [dq | dk | dv | dtable | dcos_q, dsin_q, dcos_k, dsin_k]`.
    /// Work items are the fixed batch groups; a worker owns whole batch entries (their dq, dk and
    /// dv rows), key tile by key tile (FlashAttention-2's order), and writes its group's partial
    /// table and rotary gradients, which are summed over the groups in order at the end.
    static func tiledAttentionBackward<T: FloatElement>(_ p: AttentionPlan, q: UnsafeMutablePointer<T>, k: UnsafeMutablePointer<T>,
                                                        v: UnsafeMutablePointer<T>, table: UnsafeMutablePointer<T>?,
                                                        rotary: [UnsafeMutablePointer<T>],
                                                        y: UnsafeMutablePointer<T>, dy: UnsafeMutablePointer<T>,
                                                        out: UnsafeMutablePointer<T>, scratch: UnsafeMutablePointer<T>) {
        let (tq, tk, d, dv, bq, bk, r) = (p.tq, p.tk, p.d, p.dv, p.queryTile, p.keyTile, p.rotary)
        let dqBase = out, dkBase = out + p.batch * tq * d, dvBase = dkBase + p.batch * tk * d
        let dtBase = dvBase + p.batch * tk * dv
        let tableCount = p.tableRows * p.heads, rotaryCount = 2 * r * (tq + tk)
        let partials = scratch + p.workers * p.scratchPerWorker, partialCount = p.groupPartialElements
        let rt = rotary.map(SendablePointer.init)
        let (sq, sk, sv, sy, sdy, ss) = (SendablePointer(q), SendablePointer(k), SendablePointer(v), SendablePointer(y),
                                         SendablePointer(dy), SendablePointer(scratch))
        let (sdq, sdk, sdv, sp) = (SendablePointer(dqBase), SendablePointer(dkBase), SendablePointer(dvBase),
                                   SendablePointer(partials))
        let st = table.map(SendablePointer.init)
        let scale = T(p.scale)
        let ld = dv + 1   // row stride of y and dy (output columns, then the log-sum-exp)
        attentionWorkers(p.workers, items: p.groups) { worker, groups in
            let pTile = ss.p + worker * p.scratchPerWorker
            let dsTile = pTile + bq * bk, rowDot = dsTile + bq * bk, qRot = rowDot + tq, kRot = qRot + tq * d
            for g in groups {
                let partial = sp.p + g * partialCount
                partial.update(repeating: 0, count: partialCount)
                let dtable = partial, dRotary = partial + tableCount
                for b in p.groupEntries(g) {
                    let h = (b / p.headStride) % p.heads
                    let dq = sdq.p + b * tq * d, dk = sdk.p + b * tk * d, dvb = sdv.p + b * tk * dv
                    dq.update(repeating: 0, count: tq * d)
                    dk.update(repeating: 0, count: tk * d)
                    dvb.update(repeating: 0, count: tk * dv)
                    var qs = sq.p + b * tq * d, ks = sk.p + b * tk * d
                    if r > 0 {
                        rotateRows(qs, rows: tq, count: d, rotary: r, cos: rt[0].p, sin: rt[1].p, first: 0, qRot)
                        rotateRows(ks, rows: tk, count: d, rotary: r, cos: rt[2].p, sin: rt[3].p, first: 0, kRot)
                        (qs, ks) = (qRot, kRot)
                    }
                    let ys = sy.p + b * tq * ld, dys = sdy.p + b * tq * ld
                    for i in 0..<tq {
                        let o = ys + i * ld, g = dys + i * ld
                        var dot = -g[dv]
                        for c in 0..<dv { dot += g[c] * o[c] }
                        rowDot[i] = dot
                    }
                    var j0 = 0
                    while j0 < tk {
                        let n = min(bk, tk - j0)
                        let kTile = ks + j0 * d, vTile = sv.p + (b * tk + j0) * dv
                        var i0 = p.causal ? Swift.min(j0, tq) / bq * bq : 0   // causal: rows before the tile see none of it
                        while i0 < tq {
                            let rows = min(bq, tq - i0)
                            let qTile = qs + i0 * d, doTile = dys + i0 * ld
                            T.gemm(transA: false, transB: true, m: rows, n: n, k: d, alpha: scale, a: qTile, lda: d,
                                   b: kTile, ldb: d, beta: 0, c: pTile, ldc: n)
                            if let st { addTileBias(p, pTile, table: st.p, head: h, i0: i0, rows: rows, j0: j0, n: n) }
                            T.gemm(transA: false, transB: true, m: rows, n: n, k: dv, alpha: 1, a: doTile, lda: ld,
                                   b: vTile, ldb: dv, beta: 0, c: dsTile, ldc: n)
                            if let gk = p.gradRowKernel {
                                var params: (Int64, Int64, Int64) = (Int64(n), Int64(i0 - j0), Int64(ld))
                                withUnsafeMutablePointer(to: &params) { pp in
                                    var buffers: (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?,
                                                  UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) =
                                        (UnsafeMutableRawPointer(pTile), UnsafeMutableRawPointer(dsTile),
                                         UnsafeMutableRawPointer(ys + i0 * ld + dv), UnsafeMutableRawPointer(rowDot + i0),
                                         UnsafeMutableRawPointer(pp))
                                    withUnsafeMutablePointer(to: &buffers) { bp in
                                        bp.withMemoryRebound(to: UnsafeMutableRawPointer?.self, capacity: 5) {
                                            _ = gk.entry($0, 0, Int64(rows))
                                        }
                                    }
                                }
                            } else {
                                for row in 0..<rows {
                                    let i = i0 + row, pRow = pTile + row * n, dsRow = dsTile + row * n
                                    let visible = p.causal ? max(0, min(n, i - j0 + 1)) : n
                                    let lse = ys[i * ld + dv], dot = rowDot[i]
                                    _ = tileRowExp(pRow, visible, minus: lse)
                                    for j in 0..<visible { dsRow[j] = pRow[j] * (dsRow[j] - dot) }
                                    for j in visible..<n { pRow[j] = 0; dsRow[j] = 0 }
                                }
                            }
                            T.gemm(transA: true, transB: false, m: n, n: dv, k: rows, alpha: 1, a: pTile, lda: n,
                                   b: doTile, ldb: ld, beta: 1, c: dvb + j0 * dv, ldc: dv)
                            T.gemm(transA: true, transB: false, m: n, n: d, k: rows, alpha: scale, a: dsTile, lda: n,
                                   b: qTile, ldb: d, beta: 1, c: dk + j0 * d, ldc: d)
                            T.gemm(transA: false, transB: false, m: rows, n: d, k: n, alpha: scale, a: dsTile, lda: n,
                                   b: kTile, ldb: d, beta: 1, c: dq + i0 * d, ldc: d)
                            if st != nil {
                                p.buckets.withUnsafeBufferPointer { buckets in
                                    for row in 0..<rows {
                                        let base = i0 + row - j0 + tk - 1, dsRow = dsTile + row * n
                                        for j in 0..<n { dtable[buckets[base - j] * p.heads + h] += dsRow[j] }
                                    }
                                }
                            }
                            i0 += rows
                        }
                        j0 += n
                    }
                    if r > 0 {
                        // dq and dk so far are cotangents of the rotated q and k: rotate them back.
                        let dcosQ = dRotary, dsinQ = dcosQ + tq * r, dcosK = dsinQ + tq * r, dsinK = dcosK + tk * r
                        for i in 0..<tq {
                            unrotateRow(dq + i * d, input: sq.p + (b * tq + i) * d, rotary: r, cos: rt[0].p + i * r,
                                        sin: rt[1].p + i * r, dcos: dcosQ + i * r, dsin: dsinQ + i * r)
                        }
                        for j in 0..<tk {
                            unrotateRow(dk + j * d, input: sk.p + (b * tk + j) * d, rotary: r, cos: rt[2].p + j * r,
                                        sin: rt[3].p + j * r, dcos: dcosK + j * r, dsin: dsinK + j * r)
                        }
                    }
                }
            }
        }
        // The small gradients: the groups' partials in group order (fixed whatever the workers).
        let tail = dtBase, tailCount = tableCount + rotaryCount
        if tailCount > 0 {
            tail.update(repeating: 0, count: tailCount)
            for g in 0..<p.groups {
                let partial = partials + g * partialCount
                for e in 0..<tailCount { tail[e] += partial[e] }
            }
        }
    }
}
