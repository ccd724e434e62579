import TuskIR

/// A batched matrix product, planned once at compile time: how each batch maps to GEMM calls.
struct MatmulPlan: Sendable {
    let m: Int, n: Int, k: Int
    let transA: Bool, transB: Bool
    /// Element offsets of A and B for each GEMM call (one per output batch, or one in total when
    /// the batch of A folds into the rows of a single GEMM).
    let aOffsets: [Int], bOffsets: [Int]
    /// Rows of each GEMM call (M, or batch·M when folded).
    let rows: Int
    /// Elements of C per call.
    let cStride: Int

    init(a: [Int], b: [Int], out: [Int], transA: Bool, transB: Bool) {
        self.transA = transA
        self.transB = transB
        m = out[out.count - 2]
        n = out[out.count - 1]
        k = transA ? a[a.count - 2] : a[a.count - 1]
        let outBatch = Array(out.dropLast(2))
        let batchCount = outBatch.reduce(1, *)
        let aBatch = Array(a.dropLast(2)), bBatch = Array(b.dropLast(2))
        let aBatchCount = aBatch.reduce(1, *), bBatchCount = bBatch.reduce(1, *)
        if bBatchCount == 1 && !transA && aBatchCount == batchCount {
            // x[..., M, K] · w[K, N]: the batch of A is just more rows (the Linear layer case).
            aOffsets = [0]
            bOffsets = [0]
            rows = batchCount * m
            cStride = rows * n
            return
        }
        rows = m
        cStride = m * n
        let aMat = a[a.count - 1] * a[a.count - 2], bMat = b[b.count - 1] * b[b.count - 2]
        let aStrides = Self.batchStrides(aBatch, rank: outBatch.count, matrix: aMat)
        let bStrides = Self.batchStrides(bBatch, rank: outBatch.count, matrix: bMat)
        var ao: [Int] = [], bo: [Int] = []
        ao.reserveCapacity(batchCount)
        bo.reserveCapacity(batchCount)
        var index = [Int](repeating: 0, count: outBatch.count)
        for _ in 0..<batchCount {
            var oa = 0, ob = 0
            for d in 0..<outBatch.count {
                oa += index[d] * aStrides[d]
                ob += index[d] * bStrides[d]
            }
            ao.append(oa)
            bo.append(ob)
            var d = outBatch.count - 1
            while d >= 0 {
                index[d] += 1
                if index[d] < outBatch[d] { break }
                index[d] = 0
                d -= 1
            }
        }
        aOffsets = ao
        bOffsets = bo
    }

    /// Strides (in elements) of an operand's batch axes aligned right to `rank` axes; 0 where
    /// the operand broadcasts.
    static func batchStrides(_ batch: [Int], rank: Int, matrix: Int) -> [Int] {
        var strides = [Int](repeating: 0, count: rank)
        var acc = matrix
        for d in stride(from: batch.count - 1, through: 0, by: -1) {
            let od = d + rank - batch.count
            strides[od] = batch[d] == 1 ? 0 : acc
            acc *= batch[d]
        }
        return strides
    }

    /// Multiply-adds, for cost reporting.
    var flops: Int { 2 * aOffsets.count * rows * n * k }
}

extension Kernels {
    /// Batched GEMM through BLAS, one call per batch (row-major; transposes through CblasTrans).
    /// Called from the executing thread only; OpenBLAS threads the large calls itself.
    static func matmul<T: FloatElement>(_ plan: MatmulPlan, _ a: UnsafeMutablePointer<T>, _ b: UnsafeMutablePointer<T>,
                                        _ c: UnsafeMutablePointer<T>) {
        let lda = plan.transA ? plan.m : plan.k
        let ldb = plan.transB ? plan.k : plan.n
        if plan.k == 0 {
            c.update(repeating: 0, count: plan.cStride * plan.aOffsets.count)
            return
        }
        if plan.rows == 0 || plan.n == 0 { return }
        for i in 0..<plan.aOffsets.count {
            T.gemm(transA: plan.transA, transB: plan.transB, m: plan.rows, n: plan.n, k: plan.k, alpha: 1,
                   a: a + plan.aOffsets[i], lda: lda, b: b + plan.bOffsets[i], ldb: ldb,
                   beta: 0, c: c + i * plan.cStride, ldc: plan.n)
        }
    }

    /// Integer matrix product (no BLAS for integers): plain loops with wrapping arithmetic.
    static func matmulInt<T: IntElement>(_ plan: MatmulPlan, _ a: UnsafeMutablePointer<T>, _ b: UnsafeMutablePointer<T>,
                                         _ c: UnsafeMutablePointer<T>) {
        let (rows, n, k) = (plan.rows, plan.n, plan.k)
        for bi in 0..<plan.aOffsets.count {
            let pa = a + plan.aOffsets[bi], pb = b + plan.bOffsets[bi], pc = c + bi * plan.cStride
            for i in 0..<rows {
                for j in 0..<n { pc[i * n + j] = 0 }
                for p in 0..<k {
                    let av = plan.transA ? pa[p * plan.m + i] : pa[i * k + p]
                    for j in 0..<n {
                        let bv = plan.transB ? pb[j * k + p] : pb[p * n + j]
                        pc[i * n + j] = pc[i * n + j] &+ av &* bv
                    }
                }
            }
        }
    }
}
