import Dispatch
import TuskIR

/// The tiling of one fused attention node (`scaled_dot_product_attention` or its backward),
/// planned at compile time: sizes, the relative-position bias lookup, tile sizes and how many
/// workers share the batch.
///
/// The kernels are the flash-attention scheme (Dao et al. 2022; FlashAttention-2's loop order):
/// scores are formed one key tile at a time and never stored beyond a tile row; the forward keeps
/// a running max and sum per query row (online softmax) and writes the output with the row's
/// log-sum-exp; the backward recomputes the probabilities from that log-sum-exp. Scratch is per
/// worker and O(tile²): a transposed key (and value) tile, one tile row of scores, the running
/// rows of a query tile, and — for the bias gradient — a private copy of the small table.
///
/// Two kernel families share this plan (`AttentionKernel`, chosen per node at compile time):
/// the row-wise kernels below, and the GEMM-tiled ones of `Kernels+AttentionGEMM.swift`, whose
/// tile products are single-threaded OpenBLAS GEMMs (faster from a few dozen keys on).
///
/// Threads: work items (forward: (batch, query tile); backward: batch entries, which own their
/// dq/dk/dv rows) are split over the cores with `DispatchQueue.concurrentPerform`. The row-wise
/// kernels do not call BLAS: OpenBLAS threads every GEMM with its own pool, so sgemm called from two workers at
/// once would either oversubscribe the cores or serialize on OpenBLAS's lock, and
/// `openblas_set_num_threads` is process-wide (it would also slow every other GEMM of the step).
/// Instead the tile products are written as unit-stride multiply-add loops over a transposed tile
/// (`s[j] += q[c] · kᵀ[c, j]`, `acc[c] += p[j] · v[j, c]`), which the compiler vectorizes without
/// reassociating any sum.
struct AttentionPlan: Sendable {
    let batch: Int, tq: Int, tk: Int, d: Int, dv: Int
    let scale: Double
    let causal: Bool
    /// Table row per query–key offset `i − j + tk − 1` (empty without bias).
    let buckets: [Int]
    /// Table columns (heads), rows, and the batch stride of the head index: head = (b / headStride) % heads.
    let heads: Int, tableRows: Int, headStride: Int
    /// Rotated features per head (0: no rotary embedding).
    let rotary: Int
    /// Query rows and keys per tile.
    let queryTile: Int, keyTile: Int
    /// Workers splitting the items (1 for small problems).
    let workers: Int
    let backward: Bool
    let attributes: AttentionAttributes
    /// True: the GEMM-tiled kernels (`Kernels+AttentionGEMM.swift`); false: the row-wise ones here.
    let gemmTiles: Bool
    /// GEMM-tiled backward: the fixed groups of batch entries that are its work items, each with
    /// its own partial table and rotary-table gradients, summed in group order — so the result
    /// does not depend on how many workers share the groups.
    let groups: Int
    /// The compiled row kernel of a GEMM-tiled f32 forward (`Kernels+AttentionRows.swift`), or nil.
    let rowKernel: AttentionRowKernel?
    /// The compiled tile kernel of a GEMM-tiled f32 backward (`AttentionGradRowKernel`), or nil.
    let gradRowKernel: AttentionGradRowKernel?

    /// Query and key rows per tile: 64 × 64 f32 scores are 16 KB, a transposed 64-key tile of
    /// head width 64 another 16 KB — together inside a 32 KB L1 with the query rows streaming.
    static let tile = 64

    /// `rows` is asked for a row kernel when the node is an f32 forward or backward run through GEMM tiles.
    init(node: Node, graph: Graph, attributes a: AttentionAttributes, backward: Bool, kernel: AttentionKernel = .automatic,
         workerOverride: Int? = nil, rows: (any AttentionRowKernelProvider)? = nil) throws {
        let q = graph.type(of: node.operands[0]).shape, k = graph.type(of: node.operands[1]).shape
        let v = graph.type(of: node.operands[2]).shape
        let r = q.count
        batch = q.dropLast(2).reduce(1, *)
        (tq, d, tk, dv) = (q[r - 2], q[r - 1], k[r - 2], v[r - 1])
        scale = a.scale
        causal = a.causal
        rotary = a.rotaryFeatures
        attributes = a
        self.backward = backward
        if let bias = a.bias {
            let table = graph.type(of: node.operands[3]).shape
            buckets = bias.buckets
            (tableRows, heads) = (table[0], table[1])
            headStride = q[(bias.headAxis + 1)..<(r - 2)].reduce(1, *)
        } else {
            buckets = []
            (tableRows, heads, headStride) = (0, 1, 1)
        }
        gemmTiles = kernel.usesGEMMTiles(keyTokens: tk, width: max(d, dv), backward: backward)
        let work = batch * tq * tk * (d + dv) * (backward ? 3 : 1)
        var rowKernel: AttentionRowKernel? = nil
        if gemmTiles, !backward, node.type.dtype == .f32, let rows, Self.rowKernelTile(tq: tq, tk: tk) != nil {
            rowKernel = try rows.rowKernel(valueWidth: dv, keys: tk, causal: causal)
        }
        self.rowKernel = rowKernel
        gradRowKernel = gemmTiles && backward && node.type.dtype == .f32 ? try rows?.gradientRowKernel(causal: causal) : nil
        if gemmTiles {
            let (bq, bk) = Self.gemmTileSizes(tq: tq, tk: tk, width: max(d, dv))
            (queryTile, keyTile) = (rowKernel != nil ? Self.rowKernelTile(tq: tq, tk: tk)! : bq, bk)
            groups = min(batch, Self.maximumGroups)
            let items = backward ? groups : batch * ((tq + queryTile - 1) / queryTile)
            workers = workerOverride.map { max(1, min($0, items)) }
                ?? (work < Parallel.minimumElements ? 1 : max(1, min(Parallel.threads, items)))
        } else {
            queryTile = max(1, min(tq, Self.tile))
            keyTile = max(1, min(tk, Self.tile))
            groups = 1
            let items = backward ? batch : batch * ((tq + queryTile - 1) / queryTile)
            workers = work < Parallel.minimumElements ? 1 : max(1, min(Parallel.cores, items))
        }
    }

    /// Query tiles per batch entry.
    var queryTiles: Int { (tq + queryTile - 1) / queryTile }

    /// Scratch elements of one worker. Forward: kᵀ tile, score row, running output rows, max
    /// and sum per query row (+ a rotated q and k row). Backward: kᵀ and vᵀ tiles, probability and
    /// dp rows, table gradient (+ a rotated q row, the rotated key tile and the rotary tables'
    /// gradients: O(T·r), like the outputs they are summed into).
    var scratchPerWorker: Int {
        if rowKernel != nil { return rowScratchPerWorker }
        if gemmTiles { return gemmScratchPerWorker }
        return backward ? backwardRotaryOffset + (rotary > 0 ? d + keyTile * d + 2 * rotary * (tq + tk) : 0)
                 : forwardRotaryOffset + (rotary > 0 ? 2 * d : 0)
    }

    /// Where the rotary part of a worker's scratch starts.
    var forwardRotaryOffset: Int { d * keyTile + keyTile + queryTile * dv + 2 * queryTile }
    var backwardRotaryOffset: Int { d * keyTile + dv * keyTile + 2 * keyTile + tableRows * heads }

    /// Scratch elements of the node (all workers; at least 1 so the planner gives a slot).
    var scratchElements: Int { max(1, workers * scratchPerWorker + (gemmTiles && backward ? groups * groupPartialElements : 0)) }
}

/// Lets a non-`Sendable` worker body cross into `concurrentPerform` (workers write disjoint memory).
private struct AttentionWorkerBody: @unchecked Sendable {
    let run: (Int, Range<Int>) -> Void
}

extension Kernels {
    /// Runs `body(worker, items)` over `0..<items` split into `workers` contiguous ranges.
    static func attentionWorkers(_ workers: Int, items: Int, _ body: (Int, Range<Int>) -> Void) {
        if workers <= 1 || items <= 1 {
            if items > 0 { body(0, 0..<items) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let box = AttentionWorkerBody(run: body)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let lo = items * w / workers, hi = items * (w + 1) / workers
                if lo < hi { box.run(w, lo..<hi) }
            }
        }
    }

    /// `out = x` with its first `r` features rotated in interleaved pairs by the `cos`/`sin` rows
    /// (the decomposition's `x·cos + rotateHalf(x)·sin`, rounded the same way).
    @inline(__always)
    static func rotateRow<T: FloatElement>(_ x: UnsafeMutablePointer<T>, count d: Int, rotary r: Int,
                                           cos: UnsafeMutablePointer<T>, sin: UnsafeMutablePointer<T>,
                                           _ out: UnsafeMutablePointer<T>) {
        var m = 0
        while m < r {
            let a = x[m], b = x[m + 1]
            out[m] = a * cos[m] - b * sin[m]
            out[m + 1] = b * cos[m + 1] + a * sin[m + 1]
            m += 2
        }
        for c in r..<d { out[c] = x[c] }
    }

    /// `rotateRow` over `rows` consecutive rows of `x` (row length `d`) at sequence positions
    /// `first ..< first + rows` (rows of the `cos`/`sin` tables), into the rows of `out`.
    @inline(__always)
    static func rotateRows<T: FloatElement>(_ x: UnsafeMutablePointer<T>, rows: Int, count d: Int, rotary r: Int,
                                            cos: UnsafeMutablePointer<T>, sin: UnsafeMutablePointer<T>, first: Int,
                                            _ out: UnsafeMutablePointer<T>) {
        for row in 0..<rows {
            rotateRow(x + row * d, count: d, rotary: r, cos: cos + (first + row) * r, sin: sin + (first + row) * r, out + row * d)
        }
    }

    /// The forward's output rows from the online-softmax state: `o[c] = acc[c] / l` and the
    /// log-sum-exp `o[dv] = m + log l`, for `rows` rows of `dv + 1` values starting at `o`.
    @inline(__always)
    static func writeAttentionRows<T: FloatElement>(_ o: UnsafeMutablePointer<T>, acc: UnsafeMutablePointer<T>,
                                                    max m: UnsafeMutablePointer<T>, sum l: UnsafeMutablePointer<T>,
                                                    rows: Int, dv: Int) {
        for row in 0..<rows {
            let out = o + row * (dv + 1), a = acc + row * dv
            let inverse = 1 / l[row]
            for c in 0..<dv { out[c] = a[c] * inverse }
            out[dv] = m[row] + T.flog(l[row])
        }
    }

    /// The adjoint of `rotateRow` in place: `g` (the cotangent of the rotated row) becomes the
    /// cotangent of `x`, and the tables' cotangents `dcos`, `dsin` are accumulated.
    @inline(__always)
    static func unrotateRow<T: FloatElement>(_ g: UnsafeMutablePointer<T>, input x: UnsafeMutablePointer<T>, rotary r: Int,
                                             cos: UnsafeMutablePointer<T>, sin: UnsafeMutablePointer<T>,
                                             dcos: UnsafeMutablePointer<T>, dsin: UnsafeMutablePointer<T>) {
        var m = 0
        while m < r {
            let ga = g[m], gb = g[m + 1], a = x[m], b = x[m + 1]
            g[m] = ga * cos[m] + gb * sin[m + 1]
            g[m + 1] = gb * cos[m + 1] - ga * sin[m]
            dcos[m] += a * ga
            dcos[m + 1] += b * gb
            dsin[m] -= b * ga
            dsin[m + 1] += a * gb
            m += 2
        }
    }

    /// `kᵀ` of keys `j0 ..< j0 + n` of batch entry `b`: `dst[c · n + j] = k[b, j0 + j, c]`.
    @inline(__always)
    static func transposeTile<T: FloatElement>(_ src: UnsafeMutablePointer<T>, rowLength: Int, rows n: Int,
                                               _ dst: UnsafeMutablePointer<T>) {
        for j in 0..<n {
            let row = src + j * rowLength
            for c in 0..<rowLength { dst[c * n + j] = row[c] }
        }
    }

    /// One row of scores against a key tile: `s[j] = scale · q·k_j (+ bias)` for `j < count`.
    @inline(__always)
    static func scoreRow<T: FloatElement>(_ p: AttentionPlan, query qi: UnsafeMutablePointer<T>, row i: Int,
                                          keyTile kt: UnsafeMutablePointer<T>, tileStart j0: Int, tileLength n: Int,
                                          count: Int, head h: Int, table: UnsafeMutablePointer<T>?,
                                          _ s: UnsafeMutablePointer<T>) {
        for j in 0..<count { s[j] = 0 }
        for c in 0..<p.d {
            let qc = qi[c], col = kt + c * n
            for j in 0..<count { s[j] += qc * col[j] }
        }
        let scale = T(p.scale)
        if let table {
            p.buckets.withUnsafeBufferPointer { buckets in
                let base = i - j0 + p.tk - 1
                for j in 0..<count { s[j] = s[j] * scale + table[buckets[base - j] * p.heads + h] }
            }
        } else {
            for j in 0..<count { s[j] *= scale }
        }
    }

    /// The fused forward: `out[b, i] = [softmax(s_i) · v | logsumexp(s_i)]`, tile by tile with an
    /// online softmax (running max `m`, sum `l`, output rows rescaled by `exp(m_old − m_new)`).
    /// Masked keys (`j > i` when causal) are skipped; key tiles wholly above the diagonal are
    /// never touched.
    static func attentionForward<T: FloatElement>(_ p: AttentionPlan, q: UnsafeMutablePointer<T>, k: UnsafeMutablePointer<T>,
                                                  v: UnsafeMutablePointer<T>, table: UnsafeMutablePointer<T>?,
                                                  rotary: [UnsafeMutablePointer<T>],
                                                  out: UnsafeMutablePointer<T>, scratch: UnsafeMutablePointer<T>) {
        let (tq, tk, d, dv, bq, bk) = (p.tq, p.tk, p.d, p.dv, p.queryTile, p.keyTile)
        let (sq, sk, sv, so, ss) = (SendablePointer(q), SendablePointer(k), SendablePointer(v), SendablePointer(out),
                                    SendablePointer(scratch))
        let st = table.map(SendablePointer.init)
        let rt = rotary.map(SendablePointer.init)
        attentionWorkers(p.workers, items: p.batch * p.queryTiles) { worker, items in
            let kt = ss.p + worker * p.scratchPerWorker
            let srow = kt + d * bk, acc = srow + bk, mRow = acc + bq * dv, lRow = mRow + bq
            let qrow = kt + p.forwardRotaryOffset, krow = qrow + d
            for item in items {
                let b = item / p.queryTiles, i0 = (item % p.queryTiles) * bq, i1 = min(i0 + bq, tq)
                let h = (b / p.headStride) % p.heads
                for r in 0..<(i1 - i0) { mRow[r] = -.infinity; lRow[r] = 0 }
                (acc).update(repeating: 0, count: (i1 - i0) * dv)
                let keyEnd = p.causal ? min(tk, i1) : tk
                var j0 = 0
                while j0 < keyEnd {
                    let n = min(bk, keyEnd - j0)
                    if p.rotary > 0 {
                        for j in 0..<n {
                            let key = j0 + j
                            rotateRow(sk.p + (b * tk + key) * d, count: d, rotary: p.rotary,
                                      cos: rt[2].p + key * p.rotary, sin: rt[3].p + key * p.rotary, krow)
                            for c in 0..<d { kt[c * n + j] = krow[c] }
                        }
                    } else {
                        transposeTile(sk.p + (b * tk + j0) * d, rowLength: d, rows: n, kt)
                    }
                    for r in 0..<(i1 - i0) {
                        let i = i0 + r
                        let count = p.causal ? min(n, i - j0 + 1) : n
                        if count <= 0 { continue }
                        var query = sq.p + (b * tq + i) * d
                        if p.rotary > 0 {
                            rotateRow(query, count: d, rotary: p.rotary, cos: rt[0].p + i * p.rotary,
                                      sin: rt[1].p + i * p.rotary, qrow)
                            query = qrow
                        }
                        scoreRow(p, query: query, row: i, keyTile: kt, tileStart: j0, tileLength: n,
                                 count: count, head: h, table: st?.p, srow)
                        var mx = mRow[r]
                        for j in 0..<count where srow[j] > mx { mx = srow[j] }
                        if mx == -.infinity { continue }   // every score −∞ so far: nothing to add
                        let a = acc + r * dv
                        if mx != mRow[r] {
                            let correction = T.fexp(mRow[r] - mx)
                            lRow[r] *= correction
                            for c in 0..<dv { a[c] *= correction }
                            mRow[r] = mx
                        }
                        var sum: T = 0
                        for j in 0..<count {
                            let e = T.fexp(srow[j] - mx)
                            sum += e
                            let vj = sv.p + (b * tk + j0 + j) * dv
                            for c in 0..<dv { a[c] += e * vj[c] }
                        }
                        lRow[r] += sum
                    }
                    j0 += n
                }
                writeAttentionRows(so.p + (b * tq + i0) * (dv + 1), acc: acc, max: mRow, sum: lRow, rows: i1 - i0, dv: dv)
            }
        }
    }

    /// The fused backward into `out = [dq | dk | dv | dtable]`: per batch entry, key tile by key
    /// tile (FlashAttention-2's order), every query row recomputes `p = exp(s − lse)` and
    /// `dp = do · vᵀ`, forms `ds = p · (dp − (do·o − dlse))`, and accumulates `dv += p · do`,
    /// `dk += scale · ds · q`, `dq += scale · ds · k` and the bias gradient of its bucket. Each
    /// worker owns whole batch entries (their dq/dk/dv rows) and a private table gradient, summed
    /// at the end.
    static func attentionBackward<T: FloatElement>(_ p: AttentionPlan, q: UnsafeMutablePointer<T>, k: UnsafeMutablePointer<T>,
                                                   v: UnsafeMutablePointer<T>, table: UnsafeMutablePointer<T>?,
                                                   rotary: [UnsafeMutablePointer<T>],
                                                   y: UnsafeMutablePointer<T>, dy: UnsafeMutablePointer<T>,
                                                   out: UnsafeMutablePointer<T>, scratch: UnsafeMutablePointer<T>) {
        let (tq, tk, d, dv, bk) = (p.tq, p.tk, p.d, p.dv, p.keyTile)
        let dqBase = out, dkBase = out + p.batch * tq * d, dvBase = dkBase + p.batch * tk * d
        let dtBase = dvBase + p.batch * tk * dv
        let tableCount = p.tableRows * p.heads
        let rotaryBase = dtBase + tableCount, rotaryCount = 2 * p.rotary * (tq + tk)
        let rt = rotary.map(SendablePointer.init)
        let (sq, sk, sv, sy, sdy, ss) = (SendablePointer(q), SendablePointer(k), SendablePointer(v), SendablePointer(y),
                                         SendablePointer(dy), SendablePointer(scratch))
        let (sdq, sdk, sdv) = (SendablePointer(dqBase), SendablePointer(dkBase), SendablePointer(dvBase))
        let st = table.map(SendablePointer.init)
        let scale = T(p.scale)
        for w in 0..<p.workers {
            (scratch + w * p.scratchPerWorker + (d + dv) * bk + 2 * bk).update(repeating: 0, count: tableCount)
            if p.rotary > 0 {
                (scratch + w * p.scratchPerWorker + p.backwardRotaryOffset + d + bk * d).update(repeating: 0, count: rotaryCount)
            }
        }
        attentionWorkers(p.workers, items: p.batch) { worker, items in
            let kt = ss.p + worker * p.scratchPerWorker
            let vt = kt + d * bk, prow = vt + dv * bk, dsrow = prow + bk, dtable = dsrow + bk
            let qrow = kt + p.backwardRotaryOffset, krot = qrow + d, dRotary = krot + bk * d
            let r = p.rotary
            for b in items {
                let h = (b / p.headStride) % p.heads
                (sdq.p + b * tq * d).update(repeating: 0, count: tq * d)
                (sdk.p + b * tk * d).update(repeating: 0, count: tk * d)
                (sdv.p + b * tk * dv).update(repeating: 0, count: tk * dv)
                var j0 = 0
                while j0 < tk {
                    let n = min(bk, tk - j0)
                    // The (rotated) key tile: rows in `keys` (for dq), transposed in kt (scores).
                    var keys = sk.p + (b * tk + j0) * d
                    if r > 0 {
                        rotateRows(keys, rows: n, count: d, rotary: r, cos: rt[2].p, sin: rt[3].p, first: j0, krot)
                        keys = krot
                    }
                    transposeTile(keys, rowLength: d, rows: n, kt)
                    transposeTile(sv.p + (b * tk + j0) * dv, rowLength: dv, rows: n, vt)
                    for i in (p.causal ? min(j0, tq) : 0)..<tq {   // causal: rows before the tile see none of it
                        let count = p.causal ? min(n, i - j0 + 1) : n
                        var qi = sq.p + (b * tq + i) * d
                        let row = (b * tq + i) * (dv + 1)
                        if r > 0 {
                            rotateRow(qi, count: d, rotary: r, cos: rt[0].p + i * r, sin: rt[1].p + i * r, qrow)
                            qi = qrow
                        }
                        let oi = sy.p + row, doi = sdy.p + row
                        let lse = oi[dv]
                        var rowDot = -doi[dv]
                        for c in 0..<dv { rowDot += doi[c] * oi[c] }
                        scoreRow(p, query: qi, row: i, keyTile: kt, tileStart: j0, tileLength: n, count: count,
                                 head: h, table: st?.p, prow)
                        for j in 0..<count { prow[j] = T.fexp(prow[j] - lse) }
                        for j in 0..<count { dsrow[j] = 0 }
                        for c in 0..<dv {
                            let g = doi[c], col = vt + c * n
                            for j in 0..<count { dsrow[j] += g * col[j] }
                        }
                        let dqi = sdq.p + (b * tq + i) * d
                        for j in 0..<count {
                            let pj = prow[j], ds = pj * (dsrow[j] - rowDot)
                            let key = b * tk + j0 + j
                            let dvj = sdv.p + key * dv
                            for c in 0..<dv { dvj[c] += pj * doi[c] }
                            let g = scale * ds, kj = keys + j * d, dkj = sdk.p + key * d
                            for c in 0..<d { dkj[c] += g * qi[c] }
                            for c in 0..<d { dqi[c] += g * kj[c] }
                            dsrow[j] = ds
                        }
                        if st != nil {
                            p.buckets.withUnsafeBufferPointer { buckets in
                                let base = i - j0 + tk - 1
                                for j in 0..<count { dtable[buckets[base - j] * p.heads + h] += dsrow[j] }
                            }
                        }
                    }
                    j0 += n
                }
                if r > 0 {
                    // dq and dk so far are cotangents of the rotated q and k: rotate them back.
                    let dcosQ = dRotary, dsinQ = dcosQ + tq * r, dcosK = dsinQ + tq * r, dsinK = dcosK + tk * r
                    for i in 0..<tq {
                        unrotateRow(sdq.p + (b * tq + i) * d, input: sq.p + (b * tq + i) * d, rotary: r,
                                    cos: rt[0].p + i * r, sin: rt[1].p + i * r, dcos: dcosQ + i * r, dsin: dsinQ + i * r)
                    }
                    for j in 0..<tk {
                        unrotateRow(sdk.p + (b * tk + j) * d, input: sk.p + (b * tk + j) * d, rotary: r,
                                    cos: rt[2].p + j * r, sin: rt[3].p + j * r, dcos: dcosK + j * r, dsin: dsinK + j * r)
                    }
                }
            }
        }
        if p.rotary > 0 {
            rotaryBase.update(repeating: 0, count: rotaryCount)
            for w in 0..<p.workers {
                let partial = scratch + w * p.scratchPerWorker + p.backwardRotaryOffset + d + bk * d
                for e in 0..<rotaryCount { rotaryBase[e] += partial[e] }
            }
        }
        if table != nil {
            dtBase.update(repeating: 0, count: tableCount)
            for w in 0..<p.workers {
                let partial = scratch + w * p.scratchPerWorker + (d + dv) * bk + 2 * bk
                for e in 0..<tableCount { dtBase[e] += partial[e] }
            }
        }
    }
}

extension Lower {
    /// The kernel of a fused attention node (forward or backward) in element type `T`.
    static func attention<T: FloatElement>(_: T.Type, _ plan: AttentionPlan, _ cx: LoweringContext, _ i: Int) -> Kernel {
        let q = cx.operand(i, 0, T.self), k = cx.operand(i, 1, T.self), v = cx.operand(i, 2, T.self)
        let a = plan.attributes
        let table = a.bias != nil ? cx.operand(i, 3, T.self) : nil
        let rotary = a.rotaryFeatures > 0 ? (0..<4).map { cx.operand(i, a.rotaryOperandIndex + $0, T.self) } : []
        let out = cx.result(i, T.self), scratch = cx.scratch(i, T.self)
        if let rk = plan.rowKernel, T.self == Float.self {
            let f = { (p: UnsafeMutablePointer<T>) in UnsafeMutableRawPointer(p).assumingMemoryBound(to: Float.self) }
            let (qf, kf, vf, of, sf) = (f(q), f(k), f(v), f(out), f(scratch))
            let tf = table.map(f), rf = rotary.map(f)
            return { try Kernels.rowKernelAttentionForward(plan, rk, q: qf, k: kf, v: vf, table: tf, rotary: rf, out: of,
                                                           scratch: sf) }
        }
        if plan.gemmTiles {
            if plan.backward {
                let y = cx.operand(i, a.primalOperandCount, T.self), dy = cx.operand(i, a.primalOperandCount + 1, T.self)
                return { Kernels.tiledAttentionBackward(plan, q: q, k: k, v: v, table: table, rotary: rotary, y: y, dy: dy,
                                                        out: out, scratch: scratch) }
            }
            return { Kernels.tiledAttentionForward(plan, q: q, k: k, v: v, table: table, rotary: rotary, out: out,
                                                   scratch: scratch) }
        }
        if plan.backward {
            let y = cx.operand(i, a.primalOperandCount, T.self), dy = cx.operand(i, a.primalOperandCount + 1, T.self)
            return { Kernels.attentionBackward(plan, q: q, k: k, v: v, table: table, rotary: rotary, y: y, dy: dy,
                                               out: out, scratch: scratch) }
        }
        return { Kernels.attentionForward(plan, q: q, k: k, v: v, table: table, rotary: rotary, out: out, scratch: scratch) }
    }
}
