/// Reductions and softmax.
extension Eval {
    /// Accumulates the operand in row-major order into the result element each input element
    /// reduces to. Sums start at 0; float `max`/`min` propagate NaN; integer sums wrap around;
    /// `mean` divides the sum by the number of reduced elements.
    static func reduce(_ op: ReduceOp, _ x: TensorData, axes: [Int], resultShape: [Int]) -> TensorData {
        let shape = x.shape
        let kept = shape.indices.filter { !axes.contains($0) }
        let keptStrides = TensorType.rowMajorStrides(kept.map { shape[$0] })
        var tables: [[Int]] = []
        var k = 0
        for d in shape.indices {
            if axes.contains(d) {
                tables.append([Int](repeating: 0, count: shape[d]))
            } else {
                let s = keptStrides[k]
                tables.append((0..<shape[d]).map { $0 * s })
                k += 1
            }
        }
        let map = tableMap(shape, tables)
        let outCount = resultShape.reduce(1, *)
        let reducedCount = axes.map { shape[$0] }.reduce(1, *)
        let storage: TensorStorage
        switch x.storage {
        case .f32(let a): storage = .f32(reduceFloat(op, a, map, outCount, reducedCount))
        case .f64(let a): storage = .f64(reduceFloat(op, a, map, outCount, reducedCount))
        case .i32(let a): storage = .i32(reduceInteger(op, a, map, outCount))
        case .i64(let a): storage = .i64(reduceInteger(op, a, map, outCount))
        case .bool: preconditionFailure("reduce: bool operands are rejected by the shape rule")
        }
        return TensorData(shape: resultShape, storage: storage)
    }

    static func reduceFloat<T: EvalFloat>(_ op: ReduceOp, _ a: [T], _ map: [Int], _ outCount: Int,
                                          _ reducedCount: Int) -> [T] {
        let initial: T = switch op {
        case .sum, .mean: 0
        case .max: -T.infinity
        case .min: T.infinity
        }
        var acc = [T](repeating: initial, count: outCount)
        acc.withUnsafeMutableBufferPointer { r in
            a.withUnsafeBufferPointer { p in
                map.withUnsafeBufferPointer { m in
                    switch op {
                    case .sum, .mean:
                        for i in 0..<p.count { r[m[i]] += p[i] }
                    case .max:
                        for i in 0..<p.count where p[i] > r[m[i]] || p[i].isNaN { r[m[i]] = p[i] }
                    case .min:
                        for i in 0..<p.count where p[i] < r[m[i]] || p[i].isNaN { r[m[i]] = p[i] }
                    }
                }
            }
        }
        if op == .mean {
            let n = T(reducedCount)
            return acc.map { $0 / n }
        }
        return acc
    }

    static func reduceInteger<I: EvalInteger>(_ op: ReduceOp, _ a: [I], _ map: [Int], _ outCount: Int) -> [I] {
        let initial: I = switch op {
        case .sum, .mean: 0
        case .max: I.min
        case .min: I.max
        }
        var acc = [I](repeating: initial, count: outCount)
        acc.withUnsafeMutableBufferPointer { r in
            a.withUnsafeBufferPointer { p in
                map.withUnsafeBufferPointer { m in
                    for i in 0..<p.count {
                        switch op {
                        case .sum, .mean: r[m[i]] = r[m[i]] &+ p[i]
                        case .max: r[m[i]] = Swift.max(r[m[i]], p[i])
                        case .min: r[m[i]] = Swift.min(r[m[i]], p[i])
                        }
                    }
                }
            }
        }
        return acc
    }

    /// Stable softmax along `axis`: `exp(x − max) / Σ exp(x − max)`, the sum in index order.
    static func softmax(_ x: TensorData, axis: Int) -> TensorData {
        let shape = x.shape
        let outer = shape[..<axis].reduce(1, *), n = shape[axis], inner = shape[(axis + 1)...].reduce(1, *)
        func run<T: EvalFloat>(_ a: [T]) -> [T] {
            var out = [T](repeating: 0, count: a.count)
            out.withUnsafeMutableBufferPointer { r in
                a.withUnsafeBufferPointer { p in
                    for o in 0..<outer {
                        for i in 0..<inner {
                            let base = o * n * inner + i
                            var m = -T.infinity
                            for j in 0..<n where p[base + j * inner] > m || p[base + j * inner].isNaN {
                                m = p[base + j * inner]
                            }
                            var sum: T = 0
                            for j in 0..<n {
                                let e = T.exp(p[base + j * inner] - m)
                                r[base + j * inner] = e
                                sum += e
                            }
                            for j in 0..<n { r[base + j * inner] /= sum }
                        }
                    }
                }
            }
            return out
        }
        switch x.storage {
        case .f32(let a): return TensorData(shape: shape, storage: .f32(run(a)))
        case .f64(let a): return TensorData(shape: shape, storage: .f64(run(a)))
        default: preconditionFailure("softmax: non-float operands are rejected by the shape rule")
        }
    }
}
