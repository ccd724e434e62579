/// Reductions and softmax.
extension Eval {
    /// Reduces each group of input elements (those mapping to one result element). Float sums are
    /// pairwise (numpy's scheme: the group's elements in row-major order, split in halves down to
    /// blocks of 8 summed left to right), then added to +0.0 — so a float sum of −0.0 is +0.0.
    /// Pairwise summation keeps the f32 error of a sum of n terms at O(log n · ε) instead of the
    /// O(n · ε) of a running sum, which matters for means over whole batches (Walrus losses,
    /// gradient norms). Float `max`/`min` propagate NaN; integer sums wrap around; `mean`
    /// divides the sum by the number of reduced elements.
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
                        pairwiseSums(p, m, into: r)
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

    /// Pairwise float sums of the groups of `p` that `m` maps to each element of `r`
    /// (`r` starts at zero).
    static func pairwiseSums<T: EvalFloat>(_ p: UnsafeBufferPointer<T>, _ m: UnsafeBufferPointer<Int>,
                                           into r: UnsafeMutableBufferPointer<T>) {
        // Group the input positions by result element, keeping row-major order within a group.
        var start = [Int](repeating: 0, count: r.count + 1)
        for i in 0..<m.count { start[m[i] + 1] += 1 }
        for j in 0..<r.count { start[j + 1] += start[j] }
        var fill = start
        var order = [Int](repeating: 0, count: m.count)
        for i in 0..<m.count {
            order[fill[m[i]]] = i
            fill[m[i]] += 1
        }
        order.withUnsafeBufferPointer { o in
            func sum(_ lo: Int, _ hi: Int) -> T {
                if hi - lo <= 8 {
                    var s: T = p[o[lo]]
                    var k = lo + 1
                    while k < hi { s += p[o[k]]; k += 1 }
                    return s
                }
                let mid = lo + (hi - lo) / 2
                return sum(lo, mid) + sum(mid, hi)
            }
            for j in 0..<r.count where start[j + 1] > start[j] {
                r[j] = 0 + sum(start[j], start[j + 1])
            }
        }
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
