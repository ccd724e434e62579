import TuskIR

// The GEMM-tiled forward with a compiled row kernel (`AttentionRowKernel`, from TuskLLVM): per
// (batch entry, query tile), the tile's scores over ALL its keys are formed by single-threaded
// OpenBLAS GEMMs into one `rows × keys` scratch tile (64 × 1024 f32 = 256 KB at Walrus's space
// attention: it stays in L2), and the row kernel then computes each row's max, exponentials, sum
// and the product with V in one vectorized pass. No online softmax, so no rescaling of running
// rows per key tile, and no second GEMM: the exponentials and the P·V accumulation run at the
// CPU's full vector width (the Swift kernels are compiled for baseline x86-64).
//
// Memory stays O(tile · keys) per worker (not O(keys²)); the backward is unchanged (it only needs
// the output and the log-sum-exp). Deterministic: fixed tiles, each output row written by one
// work item; the row kernel's sums run in a fixed order.

extension AttentionPlan {
    /// Bytes of scores one worker's tile may take with a row kernel: the query tile shrinks for
    /// long key axes to stay within it (at least `minimumRowTile` rows, else no row kernel).
    static let rowScoreBytes = 1 << 20
    static let minimumRowTile = 8

    /// Query rows per tile with a row kernel over `tk` keys, or nil when even the smallest tile's
    /// scores exceed `rowScoreBytes`.
    static func rowKernelTile(tq: Int, tk: Int) -> Int? {
        let rows = min(tile, rowScoreBytes / (MemoryLayout<Float>.stride * max(1, tk)))
        guard rows >= minimumRowTile || rows >= tq else { return nil }
        return max(1, min(tq, rows))
    }

    /// Scratch of one worker with a row kernel: the score tile, the rotated query tile and the
    /// rotated keys of one batch entry (with rotary embedding).
    var rowScratchPerWorker: Int { queryTile * tk + (rotary > 0 ? (queryTile + tk) * d : 0) }
}

extension Kernels {
    /// The forward into `out[b, i] = [softmax(s_i) · v | logsumexp(s_i)]` with a row kernel;
    /// work items are (batch entry, query tile), split over the workers.
    static func rowKernelAttentionForward(_ p: AttentionPlan, _ rk: AttentionRowKernel, q: UnsafeMutablePointer<Float>,
                                          k: UnsafeMutablePointer<Float>, v: UnsafeMutablePointer<Float>,
                                          table: UnsafeMutablePointer<Float>?, rotary: [UnsafeMutablePointer<Float>],
                                          out: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>) throws {
        let (tq, tk, d, dv, bq, r) = (p.tq, p.tk, p.d, p.dv, p.queryTile, p.rotary)
        // GEMM key tiles within OpenBLAS's single-thread threshold.
        let bk = max(1, min(tk, AttentionPlan.maximumTileWork / (bq * max(1, d))))
        let (sq, sk, sv, so, ss) = (SendablePointer(q), SendablePointer(k), SendablePointer(v), SendablePointer(out),
                                    SendablePointer(scratch))
        let st = table.map(SendablePointer.init)
        let rt = rotary.map(SendablePointer.init)
        let scale = Float(p.scale)
        let statuses = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, p.workers))
        statuses.initialize(repeating: 0, count: max(1, p.workers))
        defer { statuses.deallocate() }
        let failed = SendablePointer(statuses)
        attentionWorkers(p.workers, items: p.batch * p.queryTiles) { worker, items in
            let s = ss.p + worker * p.scratchPerWorker
            let qRot = s + bq * tk, kRot = qRot + bq * d
            var rotatedEntry = -1
            var firstRow: Int64 = 0
            withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer?.self, capacity: 4) { buffers in
                for item in items {
                    let b = item / p.queryTiles, i0 = (item % p.queryTiles) * bq, rows = min(bq, tq - i0)
                    let h = (b / p.headStride) % p.heads
                    var qTile = sq.p + (b * tq + i0) * d, keys = sk.p + b * tk * d
                    if r > 0 {
                        rotateRows(qTile, rows: rows, count: d, rotary: r, cos: rt[0].p, sin: rt[1].p, first: i0, qRot)
                        qTile = qRot
                        if rotatedEntry != b {
                            rotateRows(keys, rows: tk, count: d, rotary: r, cos: rt[2].p, sin: rt[3].p, first: 0, kRot)
                            rotatedEntry = b
                        }
                        keys = kRot
                    }
                    let keyEnd = p.causal ? min(tk, i0 + rows) : tk   // causal: keys after the tile's last row are never seen
                    var j0 = 0
                    while j0 < keyEnd {
                        let n = min(bk, keyEnd - j0)
                        Float.gemm(transA: false, transB: true, m: rows, n: n, k: d, alpha: scale, a: qTile, lda: d,
                                   b: keys + j0 * d, ldb: d, beta: 0, c: s + j0, ldc: tk)
                        if let st { addTileBias(p, s + j0, table: st.p, head: h, i0: i0, rows: rows, j0: j0, n: n, stride: tk) }
                        j0 += n
                    }
                    firstRow = Int64(i0)
                    buffers[0] = UnsafeMutableRawPointer(so.p + (b * tq + i0) * (dv + 1))
                    buffers[1] = UnsafeMutableRawPointer(s)
                    buffers[2] = UnsafeMutableRawPointer(sv.p + b * tk * dv)
                    let status = withUnsafeMutablePointer(to: &firstRow) { f in
                        buffers[3] = UnsafeMutableRawPointer(f)
                        return rk.entry(buffers.baseAddress, 0, Int64(rows))
                    }
                    if status != 0 { failed.p[worker] = status }
                }
            }
        }
        for w in 0..<max(1, p.workers) where statuses[w] != 0 {
            throw TuskError.execution("scaled_dot_product_attention row kernel: status \(statuses[w])")
        }
    }
}
