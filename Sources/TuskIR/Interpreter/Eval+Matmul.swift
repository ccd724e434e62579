/// Batched matrix product.
extension Eval {
    /// `out[b, i, j] = Σ_k A[b, i, k] · B[b, k, j]`, summed over `k = 0, 1, …` from 0, with the batch
    /// axes broadcast numpy-style. Transposed operands are first copied into row-major `[M, K]` /
    /// `[K, N]` scratch matrices so the inner loop runs contiguously over `j` (i-k-j order).
    static func matmul(_ a: TensorData, _ b: TensorData, transposeA: Bool, transposeB: Bool,
                       resultShape: [Int]) -> TensorData {
        let ra = a.shape.count, ro = resultShape.count
        let m = resultShape[ro - 2], n = resultShape[ro - 1]
        let k = transposeA ? a.shape[ra - 2] : a.shape[ra - 1]
        let outBatch = Array(resultShape.dropLast(2))
        let batchCount = outBatch.reduce(1, *)
        let aBatch = broadcastMap(Array(a.shape.dropLast(2)), to: outBatch) ?? Array(0..<batchCount)
        let bBatch = broadcastMap(Array(b.shape.dropLast(2)), to: outBatch) ?? Array(0..<batchCount)
        let dims = MatmulDims(m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB,
                              aBatch: aBatch, bBatch: bBatch)
        let storage: TensorStorage
        switch (a.storage, b.storage) {
        case let (.f32(x), .f32(y)):
            storage = .f32(compute(x, y, count: batchCount * m * n) { pa, pb, po in matmulLoop(pa, pb, po, dims) })
        case let (.f64(x), .f64(y)):
            storage = .f64(compute(x, y, count: batchCount * m * n) { pa, pb, po in matmulLoop(pa, pb, po, dims) })
        case let (.i32(x), .i32(y)): storage = .i32(matmulInteger(x, y, dims))
        case let (.i64(x), .i64(y)): storage = .i64(matmulInteger(x, y, dims))
        default: preconditionFailure("matmul: operand dtypes are checked by the shape rule")
        }
        return TensorData(shape: resultShape, storage: storage)
    }

    struct MatmulDims {
        var m, n, k: Int
        var transposeA, transposeB: Bool
        /// For each result batch, the index of the operand's matrix.
        var aBatch, bBatch: [Int]
    }

    /// Copies matrix `index` of `x` as row-major `[rows, cols]`, transposing a stored `[cols, rows]`.
    @_transparent
    static func matrix<T>(_ x: UnsafePointer<T>, _ index: Int, rows: Int, cols: Int, transposed: Bool,
                          into scratch: UnsafeMutablePointer<T>) {
        let base = index * rows * cols
        if transposed {
            for r in 0..<rows {
                var c = 0
                while c < cols { scratch[r * cols + c] = x[base + c * rows + r]; c += 1 }
            }
        } else {
            var i = 0
            while i < rows * cols { scratch[i] = x[base + i]; i += 1 }
        }
    }

    /// The float kernel (see "Fast paths for unoptimized builds" in EvalFloat.swift): `out` is zeroed.
    @_transparent
    static func matmulLoop<T: EvalFloat>(_ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>,
                                         _ d: MatmulDims) {
        let (m, n, k) = (d.m, d.n, d.k)
        let am = UnsafeMutablePointer<T>.allocate(capacity: m * k), bm = UnsafeMutablePointer<T>.allocate(capacity: k * n)
        defer { am.deallocate(); bm.deallocate() }
        for batch in 0..<d.aBatch.count {
            matrix(a, d.aBatch[batch], rows: m, cols: k, transposed: d.transposeA, into: am)
            matrix(b, d.bBatch[batch], rows: k, cols: n, transposed: d.transposeB, into: bm)
            for i in 0..<m {
                let row = out + (batch * m + i) * n
                var p = 0
                while p < k {
                    let s = am[i * k + p]
                    let bRow = bm + p * n
                    var j = 0
                    while j < n { row[j] += s * bRow[j]; j += 1 }
                    p += 1
                }
            }
        }
    }

    /// Integer products and sums wrap around (a rare, unhurried path).
    static func matmulInteger<I: EvalInteger>(_ a: [I], _ b: [I], _ d: MatmulDims) -> [I] {
        let (m, n, k) = (d.m, d.n, d.k)
        var out = [I](repeating: 0, count: d.aBatch.count * m * n)
        for batch in 0..<d.aBatch.count {
            let aBase = d.aBatch[batch] * m * k, bBase = d.bBatch[batch] * k * n
            for i in 0..<m {
                for p in 0..<k {
                    let s = a[aBase + (d.transposeA ? p * m + i : i * k + p)]
                    for j in 0..<n {
                        let c = (batch * m + i) * n + j
                        out[c] = out[c] &+ s &* b[bBase + (d.transposeB ? j * k + p : p * n + j)]
                    }
                }
            }
        }
        return out
    }
}
