import TuskIR

/// A movement op as index arithmetic: output element `(c_0, …, c_{r−1})` reads the operand at
/// element offset `Σ_a tables[a][c_a]`, or takes the fill value when any entry is −1 (constant
/// padding). Covers permute, broadcast, slice, pad (constant and circular) and roll. Planned
/// once at compile time; runs of consecutive source elements along the last axis are copied as
/// blocks.
struct AxisMap: Sendable {
    /// The iteration shape: the output shape with size-1 axes dropped and trailing axes merged
    /// while the source stays contiguous across them (so a `[…, 138, 1]` pad copies rows of
    /// 138, not single elements).
    let outShape: [Int]
    let tables: [[Int]]
    /// Source offset added to every element (the entries of the dropped size-1 axes).
    let base: Int
    /// True when a dropped size-1 axis lies in the padding: the whole output is the fill value.
    let allFill: Bool
    /// Along the last axis: `(outStart, sourceOffset, length)`, sourceOffset −1 for fill runs.
    let runs: [Run]
    /// True when the runs are long enough to copy as blocks; otherwise a per-element loop.
    let blockCopy: Bool

    struct Run: Sendable { var out: Int, source: Int, length: Int }

    init(outShape fullShape: [Int], tables fullTables: [[Int]]) {
        // Drop size-1 axes: their single entry is a constant offset (or the fill).
        var shape: [Int] = [], tables: [[Int]] = []
        var base = 0, allFill = false
        for (d, n) in fullShape.enumerated() {
            if n == 1 {
                let t = fullTables[d][0]
                if t < 0 { allFill = true } else { base += t }
            } else {
                shape.append(n)
                tables.append(fullTables[d])
            }
        }
        // Merge the last axis into the one before while the last axis reads one contiguous
        // source run and the previous axis steps by exactly that run (row-major contiguous).
        func contiguous(_ t: [Int], step: Int) -> Bool {
            guard let first = t.first, first >= 0 else { return false }
            for (j, v) in t.enumerated() where v != first + j * step { return false }
            return true
        }
        while tables.count >= 2 {
            let last = tables[tables.count - 1], prev = tables[tables.count - 2]
            let n = last.count
            // (Rows of at most 16 K elements keep enough rows to split over the cores.)
            guard prev.count * n <= 1 << 14, contiguous(last, step: 1), contiguous(prev, step: n) else { break }
            let merged = (0..<(prev.count * n)).map { prev[0] + last[0] + $0 }
            tables.removeLast(2)
            tables.append(merged)
            let m = shape.removeLast()
            shape[shape.count - 1] *= m
        }
        if fullShape.contains(0) {
            shape = fullShape
            tables = fullTables
            base = 0
            allFill = false
        }
        if shape.isEmpty {
            shape = [1]
            tables = [[0]]
        }
        self.outShape = shape
        self.tables = tables
        self.base = base
        self.allFill = allFill
        var runs: [Run] = []
        for (j, t) in tables[tables.count - 1].enumerated() {
            if var last = runs.last,
               (t < 0 && last.source < 0) || (t >= 0 && last.source >= 0 && last.source + last.length == t) {
                last.length += 1
                runs[runs.count - 1] = last
            } else {
                runs.append(Run(out: j, source: t, length: 1))
            }
        }
        self.runs = runs
        let inner = shape[shape.count - 1]
        blockCopy = runs.count * 4 <= inner
    }

    static func permute(_ inShape: [Int], _ perm: [Int]) -> AxisMap {
        let strides = TensorLayout.rowMajorStrides(inShape)
        return AxisMap(outShape: perm.map { inShape[$0] },
                       tables: perm.map { a in (0..<inShape[a]).map { $0 * strides[a] } })
    }

    static func broadcast(_ inShape: [Int], to outShape: [Int]) -> AxisMap {
        let strides = TensorLayout.rowMajorStrides(inShape)
        let offset = outShape.count - inShape.count
        return AxisMap(outShape: outShape, tables: outShape.indices.map { d in
            let id = d - offset
            if id < 0 || inShape[id] == 1 { return [Int](repeating: 0, count: outShape[d]) }
            return (0..<outShape[d]).map { $0 * strides[id] }
        })
    }

    static func slice(_ inShape: [Int], start: [Int], stride: [Int], outShape: [Int]) -> AxisMap {
        let strides = TensorLayout.rowMajorStrides(inShape)
        return AxisMap(outShape: outShape, tables: outShape.indices.map { d in
            (0..<outShape[d]).map { (start[d] + $0 * stride[d]) * strides[d] }
        })
    }

    static func pad(_ inShape: [Int], low: [Int], circular: Bool, outShape: [Int]) -> AxisMap {
        let strides = TensorLayout.rowMajorStrides(inShape)
        return AxisMap(outShape: outShape, tables: outShape.indices.map { d in
            let n = inShape[d]
            return (0..<outShape[d]).map { c in
                let j = c - low[d]
                if circular { return n == 0 ? -1 : ((j % n + n) % n) * strides[d] }
                return j >= 0 && j < n ? j * strides[d] : -1
            }
        })
    }

    static func roll(_ shape: [Int], _ shifts: [Int]) -> AxisMap {
        let strides = TensorLayout.rowMajorStrides(shape)
        return AxisMap(outShape: shape, tables: shape.indices.map { d in
            let n = shape[d]
            return (0..<n).map { c in (((c - shifts[d]) % n + n) % n) * strides[d] }
        })
    }
}

extension Kernels {
    /// Executes an `AxisMap` on elements of type `T` (a same-size stand-in: moves are bitwise).
    static func move<T>(_ map: AxisMap, _ x: UnsafeMutablePointer<T>, _ out: UnsafeMutablePointer<T>, fill: T) {
        let r = map.outShape.count
        let inner = map.outShape[r - 1]
        let rows = map.outShape.dropLast().reduce(1, *)
        let total = rows * inner
        if total == 0 { return }
        if map.allFill {
            out.update(repeating: fill, count: total)
            return
        }
        let px = SendablePointer(x + map.base), po = SendablePointer(out)
        parallelFor(rows, work: total) { range in
            var index = [Int](repeating: 0, count: max(r - 1, 0))
            var rest = range.lowerBound
            for d in stride(from: r - 2, through: 0, by: -1) {
                index[d] = rest % map.outShape[d]
                rest /= map.outShape[d]
            }
            let last = map.tables[r - 1]
            for row in range {
                let dst = po.p + row * inner
                var base = 0, isFill = false
                for d in 0..<(r - 1) {
                    let t = map.tables[d][index[d]]
                    if t < 0 { isFill = true }
                    base += t
                }
                if isFill {
                    dst.update(repeating: fill, count: inner)
                } else if map.blockCopy {
                    for run in map.runs {
                        if run.source < 0 {
                            (dst + run.out).update(repeating: fill, count: run.length)
                        } else {
                            (dst + run.out).update(from: px.p + base + run.source, count: run.length)
                        }
                    }
                } else {
                    let src = px.p + base
                    for j in 0..<inner {
                        let t = last[j]
                        dst[j] = t < 0 ? fill : src[t]
                    }
                }
                var d = r - 2
                while d >= 0 {
                    index[d] += 1
                    if index[d] < map.outShape[d] { break }
                    index[d] = 0
                    d -= 1
                }
            }
        }
    }

    /// Concatenation along an axis: operand `i` is `[outer, chunks[i]]` (its axis length times
    /// the inner size), copied into the matching column block of the `[outer, Σ chunks]` result.
    static func concat<T>(_ inputs: [UnsafeMutablePointer<T>], chunks: [Int], outer: Int, _ out: UnsafeMutablePointer<T>) {
        let total = chunks.reduce(0, +)
        var column = 0
        for (x, chunk) in zip(inputs, chunks) {
            if chunk > 0 {
                for o in 0..<outer { (out + o * total + column).update(from: x + o * chunk, count: chunk) }
            }
            column += chunk
        }
    }

    /// `gather` along an axis: data `[pre, axisLength, post]`, indices (flattened) → `[pre, I, post]`.
    static func gather<T, I: BinaryInteger>(_ data: UnsafeMutablePointer<T>, _ indices: UnsafeMutablePointer<I>, count: Int,
                                            pre: Int, axisLength: Int, post: Int, _ out: UnsafeMutablePointer<T>) throws {
        for i in 0..<count where indices[i] < 0 || indices[i] >= axisLength {
            throw TuskError.execution("gather: index \(indices[i]) at position \(i) is out of range 0..<\(axisLength)")
        }
        for p in 0..<pre {
            for i in 0..<count {
                let j = Int(indices[i])
                (out + (p * count + i) * post).update(from: data + (p * axisLength + j) * post, count: post)
            }
        }
    }

    /// `scatterAdd`: updates `[pre, I, post]` summed into a zeroed `[pre, size, post]` at the indices,
    /// in row-major order of the indices (the interpreter's order).
    static func scatterAdd<T: NumericElement, I: BinaryInteger>(_ updates: UnsafeMutablePointer<T>, _ indices: UnsafeMutablePointer<I>,
                                                                count: Int, pre: Int, size: Int, post: Int,
                                                                _ out: UnsafeMutablePointer<T>) throws {
        for i in 0..<count where indices[i] < 0 || indices[i] >= size {
            throw TuskError.execution("scatter_add: index \(indices[i]) at position \(i) is out of range 0..<\(size)")
        }
        out.update(repeating: T.zeroValue, count: pre * size * post)
        for p in 0..<pre {
            for i in 0..<count {
                let dst = out + (p * size + Int(indices[i])) * post, src = updates + (p * count + i) * post
                for q in 0..<post { dst[q] = T.plus(dst[q], src[q]) }
            }
        }
    }
}
