/// Movement ops as index arithmetic: each builds, for every result element (row-major), the
/// offset of the operand element it copies (−1 for a new constant pad cell), then `take` copies.
extension Eval {
    /// For a result of `shape`, the offset `Σ_d tables[d][j_d]` of each element `j`, or −1 when
    /// any table entry is negative.
    static func tableMap(_ shape: [Int], _ tables: [[Int]]) -> [Int] {
        let count = shape.reduce(1, *)
        var result = [Int](repeating: 0, count: count)
        let rank = shape.count
        guard count > 0, rank > 0 else { return result }
        var index = [Int](repeating: 0, count: rank)
        result.withUnsafeMutableBufferPointer { r in
            tables[rank - 1].withUnsafeBufferPointer { last in
                var i = 0
                while i < count {
                    var base = 0, outside = false
                    for d in 0..<(rank - 1) {
                        let v = tables[d][index[d]]
                        if v < 0 { outside = true }
                        base += v
                    }
                    if outside {
                        for _ in 0..<last.count { r[i] = -1; i += 1 }
                    } else {
                        for j in 0..<last.count { r[i] = last[j] < 0 ? -1 : base + last[j]; i += 1 }
                    }
                    var d = rank - 2
                    while d >= 0 {
                        index[d] += 1
                        if index[d] < shape[d] { break }
                        index[d] = 0
                        d -= 1
                    }
                }
            }
        }
        return result
    }

    /// numpy broadcast of `shape` (aligned right) to `result`; nil when the shapes are equal.
    static func broadcastMap(_ shape: [Int], to result: [Int]) -> [Int]? {
        if shape == result { return nil }
        let strides = TensorType.rowMajorStrides(shape), offset = result.count - shape.count
        let tables = result.indices.map { d -> [Int] in
            let s = d - offset
            if s < 0 || shape[s] == 1 { return [Int](repeating: 0, count: result[d]) }
            return (0..<result[d]).map { $0 * strides[s] }
        }
        return tableMap(result, tables)
    }

    static func permuteMap(_ shape: [Int], _ perm: [Int]) -> [Int] {
        let strides = TensorType.rowMajorStrides(shape)
        return tableMap(perm.map { shape[$0] }, perm.map { p in (0..<shape[p]).map { $0 * strides[p] } })
    }

    static func sliceMap(_ shape: [Int], start: [Int], stride: [Int], resultShape: [Int]) -> [Int] {
        let strides = TensorType.rowMajorStrides(shape)
        return tableMap(resultShape, resultShape.indices.map { d in
            (0..<resultShape[d]).map { (start[d] + $0 * stride[d]) * strides[d] }
        })
    }

    /// `torch.roll`: `out[j] = in[(j − shift) mod n]` per axis.
    static func rollMap(_ shape: [Int], _ shifts: [Int]) -> [Int] {
        let strides = TensorType.rowMajorStrides(shape)
        return tableMap(shape, shape.indices.map { d in
            let n = shape[d]
            let s = shifts[d] % max(n, 1)
            return (0..<n).map { j in (((j - s) % n + n) % n) * strides[d] }
        })
    }

    /// The per-axis shifts of `dynamicRoll` (0 on the axes not in `axes`), each reduced mod the
    /// axis size by `rollMap`; any integer is legal.
    static func dynamicShifts(_ shifts: TensorData, axes: [Int], rank: Int, context: EvalContext, op: Op) throws -> [Int] {
        let values: [Int]
        switch shifts.storage {
        case .i32(let a): values = a.map { Int($0) }
        case .i64(let a): values = a.map { Int($0) }
        default: throw TuskError.execution("\(context.name(op)): shifts must be i32 or i64, got \(shifts.dtype)")
        }
        var full = [Int](repeating: 0, count: rank)
        for (k, a) in axes.enumerated() { full[a] = values[k] }
        return full
    }

    /// Constant pads read −1 (the pad value); circular pads wrap (`torch` circular padding).
    static func pad(_ x: TensorData, low: [Int], mode: PadMode, resultShape: [Int]) -> TensorData {
        let shape = x.shape, strides = TensorType.rowMajorStrides(shape)
        var fill = 0.0, circular = false
        switch mode {
        case .constant(let v): fill = v
        case .circular: circular = true
        }
        let map = tableMap(resultShape, resultShape.indices.map { d in
            let n = shape[d]
            return (0..<resultShape[d]).map { j in
                let s = j - low[d]
                if circular { return n == 0 ? -1 : ((s % n + n) % n) * strides[d] }
                return s >= 0 && s < n ? s * strides[d] : -1
            }
        })
        return take(x, map, shape: resultShape, fill: fill)
    }

    /// Copies `x[map[i]]` (or `fill`, converted to the dtype, where `map[i] < 0`) into a tensor of `shape`.
    static func take(_ x: TensorData, _ map: [Int], shape: [Int], fill: Double = 0) -> TensorData {
        func run<T>(_ a: [T], _ fill: T) -> [T] {
            a.withUnsafeBufferPointer { p in
                map.withUnsafeBufferPointer { m in build(m.count) { m[$0] < 0 ? fill : p[m[$0]] } }
            }
        }
        let storage: TensorStorage
        switch x.storage {
        case .f32(let a): storage = .f32(run(a, Float(fill)))
        case .f64(let a): storage = .f64(run(a, fill))
        case .i32(let a): storage = .i32(run(a, integer(fill)))
        case .i64(let a): storage = .i64(run(a, integer(fill)))
        case .bool(let a): storage = .bool(run(a, fill != 0))
        }
        return TensorData(shape: shape, storage: storage)
    }

    static func concat(_ xs: [TensorData], axis: Int, resultShape: [Int]) -> TensorData {
        let outer = resultShape[..<axis].reduce(1, *), inner = resultShape[(axis + 1)...].reduce(1, *)
        func run<T>(_ arrays: [[T]]) -> [T] {
            var result: [T] = []
            result.reserveCapacity(resultShape.reduce(1, *))
            for o in 0..<outer {
                for (a, x) in zip(arrays, xs) {
                    let chunk = x.shape[axis] * inner
                    result.append(contentsOf: a[(o * chunk)..<((o + 1) * chunk)])
                }
            }
            return result
        }
        let storage: TensorStorage
        switch xs[0].storage {
        case .f32: storage = .f32(run(xs.map { if case .f32(let a) = $0.storage { a } else { [] } }))
        case .f64: storage = .f64(run(xs.map { if case .f64(let a) = $0.storage { a } else { [] } }))
        case .i32: storage = .i32(run(xs.map { if case .i32(let a) = $0.storage { a } else { [] } }))
        case .i64: storage = .i64(run(xs.map { if case .i64(let a) = $0.storage { a } else { [] } }))
        case .bool: storage = .bool(run(xs.map { if case .bool(let a) = $0.storage { a } else { [] } }))
        }
        return TensorData(shape: resultShape, storage: storage)
    }
}
