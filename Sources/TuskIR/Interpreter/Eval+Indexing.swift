/// Index-select (`gather`) and its adjoint (`scatterAdd`).
extension Eval {
    /// The indices as `Int`, each checked to lie in `0..<size`.
    static func checkedIndices(_ indices: TensorData, size: Int, axis: Int, context: EvalContext, op: Op) throws -> [Int] {
        let values: [Int]
        switch indices.storage {
        case .i32(let a): values = a.map { Int($0) }
        case .i64(let a): values = a.map { Int($0) }
        default: throw TuskError.execution("\(context.name(op)): indices must be i32 or i64, got \(indices.dtype)")
        }
        if let bad = values.first(where: { $0 < 0 || $0 >= size }) {
            throw TuskError.execution("\(context.name(op)): index \(bad) out of range for axis \(axis) of size \(size)")
        }
        return values
    }

    /// For each element `[o, i, r]` (outer, index, inner) in row-major order, the offset of
    /// `[o, index[i], r]` in a tensor whose `axis` has length `size`.
    static func indexMap(outer: Int, indices: [Int], size: Int, inner: Int) -> [Int] {
        var map = [Int](repeating: 0, count: outer * indices.count * inner)
        var k = 0
        for o in 0..<outer {
            for i in indices {
                let base = (o * size + i) * inner
                for r in 0..<inner { map[k] = base + r; k += 1 }
            }
        }
        return map
    }

    static func gather(_ data: TensorData, _ indices: TensorData, axis: Int, resultShape: [Int],
                       context: EvalContext, op: Op) throws -> TensorData {
        let size = data.shape[axis]
        let idx = try checkedIndices(indices, size: size, axis: axis, context: context, op: op)
        let outer = data.shape[..<axis].reduce(1, *), inner = data.shape[(axis + 1)...].reduce(1, *)
        return take(data, indexMap(outer: outer, indices: idx, size: size, inner: inner), shape: resultShape)
    }

    /// Adds the update slices into zeros in row-major order of the updates (integer sums wrap).
    static func scatterAdd(_ updates: TensorData, _ indices: TensorData, axis: Int, size: Int, resultShape: [Int],
                           context: EvalContext, op: Op) throws -> TensorData {
        let idx = try checkedIndices(indices, size: size, axis: axis, context: context, op: op)
        let outer = resultShape[..<axis].reduce(1, *), inner = resultShape[(axis + 1)...].reduce(1, *)
        let map = indexMap(outer: outer, indices: idx, size: size, inner: inner)
        let count = resultShape.reduce(1, *)
        func run<T>(_ u: [T], _ add: (T, T) -> T, zero: T) -> [T] {
            var out = [T](repeating: zero, count: count)
            out.withUnsafeMutableBufferPointer { po in
                u.withUnsafeBufferPointer { pu in
                    for k in 0..<pu.count { po[map[k]] = add(po[map[k]], pu[k]) }
                }
            }
            return out
        }
        let storage: TensorStorage
        switch updates.storage {
        case .f32(let a): storage = .f32(run(a, +, zero: 0))
        case .f64(let a): storage = .f64(run(a, +, zero: 0))
        case .i32(let a): storage = .i32(run(a, &+, zero: 0))
        case .i64(let a): storage = .i64(run(a, &+, zero: 0))
        case .bool: throw TuskError.execution("\(context.name(op)): needs numeric updates")
        }
        return TensorData(shape: resultShape, storage: storage)
    }
}
