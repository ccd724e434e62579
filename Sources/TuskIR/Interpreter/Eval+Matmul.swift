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
        case let (.f32(x), .f32(y)): storage = .f32(matmulFloat(x, y, dims))
        case let (.f64(x), .f64(y)): storage = .f64(matmulFloat(x, y, dims))
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
    static func matrix<T>(_ x: UnsafeBufferPointer<T>, _ index: Int, rows: Int, cols: Int, transposed: Bool,
                          into scratch: UnsafeMutableBufferPointer<T>) {
        let base = index * rows * cols
        if transposed {
            for r in 0..<rows { for c in 0..<cols { scratch[r * cols + c] = x[base + c * rows + r] } }
        } else {
            for i in 0..<(rows * cols) { scratch[i] = x[base + i] }
        }
    }

    static func matmulFloat<T: EvalFloat>(_ a: [T], _ b: [T], _ d: MatmulDims) -> [T] {
        let (m, n, k) = (d.m, d.n, d.k)
        var out = [T](repeating: 0, count: d.aBatch.count * m * n)
        var sa = [T](repeating: 0, count: m * k), sb = [T](repeating: 0, count: k * n)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                out.withUnsafeMutableBufferPointer { c in
                    sa.withUnsafeMutableBufferPointer { am in
                        sb.withUnsafeMutableBufferPointer { bm in
                            for batch in 0..<d.aBatch.count {
                                matrix(pa, d.aBatch[batch], rows: m, cols: k, transposed: d.transposeA, into: am)
                                matrix(pb, d.bBatch[batch], rows: k, cols: n, transposed: d.transposeB, into: bm)
                                let cBase = batch * m * n
                                for i in 0..<m {
                                    let row = cBase + i * n
                                    for p in 0..<k {
                                        let s = am[i * k + p]
                                        let bRow = p * n
                                        for j in 0..<n { c[row + j] += s * bm[bRow + j] }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Integer products and sums wrap around.
    static func matmulInteger<I: EvalInteger>(_ a: [I], _ b: [I], _ d: MatmulDims) -> [I] {
        let (m, n, k) = (d.m, d.n, d.k)
        var out = [I](repeating: 0, count: d.aBatch.count * m * n)
        var sa = [I](repeating: 0, count: m * k), sb = [I](repeating: 0, count: k * n)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                out.withUnsafeMutableBufferPointer { c in
                    sa.withUnsafeMutableBufferPointer { am in
                        sb.withUnsafeMutableBufferPointer { bm in
                            for batch in 0..<d.aBatch.count {
                                matrix(pa, d.aBatch[batch], rows: m, cols: k, transposed: d.transposeA, into: am)
                                matrix(pb, d.bBatch[batch], rows: k, cols: n, transposed: d.transposeB, into: bm)
                                let cBase = batch * m * n
                                for i in 0..<m {
                                    for p in 0..<k {
                                        let s = am[i * k + p]
                                        for j in 0..<n { c[cBase + i * n + j] = c[cBase + i * n + j] &+ s &* bm[p * n + j] }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out
    }
}
