/// The iteration space of an elementwise kernel: the output shape with adjacent axes merged
/// wherever every operand is contiguous across them, and each operand's strides (0 on
/// broadcast axes). Up to three operands (`select` has three).
struct BroadcastLayout: Sendable {
    /// Collapsed output shape (rank ≥ 1).
    let shape: [Int]
    /// Per operand (always 3 entries; unused operands have zero strides), collapsed strides.
    let strides: [[Int]]
    /// Number of output elements.
    let count: Int

    /// `operandShapes` align to the right of `outShape` and broadcast to it (numpy rules; the
    /// graph verifier has checked them).
    init(outShape: [Int], operandShapes: [[Int]]) {
        let rank = outShape.count
        var full: [[Int]] = []
        for k in 0..<3 {
            guard k < operandShapes.count else { full.append([Int](repeating: 0, count: rank)); continue }
            let s = operandShapes[k]
            let rowMajor = TensorLayout.rowMajorStrides(s)
            var st = [Int](repeating: 0, count: rank)
            for d in 0..<rank {
                let od = d - (rank - s.count)
                if od >= 0 && s[od] != 1 { st[d] = rowMajor[od] }
            }
            full.append(st)
        }
        // Drop size-1 axes, then merge axis d into d+1 when every operand is contiguous across.
        var shape: [Int] = []
        var strides: [[Int]] = [[], [], []]
        for d in 0..<rank where outShape[d] != 1 {
            if let last = shape.indices.last,
               (0..<3).allSatisfy({ strides[$0][last] == full[$0][d] * outShape[d] }) {
                shape[last] *= outShape[d]
                for k in 0..<3 { strides[k][last] = full[k][d] }
            } else {
                shape.append(outShape[d])
                for k in 0..<3 { strides[k].append(full[k][d]) }
            }
        }
        if shape.isEmpty {
            shape = [1]
            strides = [[0], [0], [0]]
        }
        self.shape = shape
        self.strides = strides
        self.count = outShape.reduce(1, *)
    }

    /// Length of the innermost (collapsed) axis.
    var inner: Int { shape[shape.count - 1] }
    /// Stride of operand `k` along the innermost axis (0, 1 or larger).
    func innerStride(_ k: Int) -> Int { strides[k][shape.count - 1] }

    /// Visits the output positions `range` as runs along the innermost axis:
    /// `body(outOffset, offset0, offset1, offset2, length)`.
    @inline(__always)
    func segments(_ range: Range<Int>, _ body: (Int, Int, Int, Int, Int) -> Void) {
        if range.isEmpty { return }
        let r = shape.count
        if r == 1 {
            let lo = range.lowerBound
            body(lo, lo * strides[0][0], lo * strides[1][0], lo * strides[2][0], range.count)
            return
        }
        var index = [Int](repeating: 0, count: r)
        var rest = range.lowerBound
        for d in stride(from: r - 1, through: 0, by: -1) {
            index[d] = rest % shape[d]
            rest /= shape[d]
        }
        let s0 = strides[0], s1 = strides[1], s2 = strides[2]
        var pos = range.lowerBound
        let inner = shape[r - 1]
        while pos < range.upperBound {
            var o0 = 0, o1 = 0, o2 = 0
            for d in 0..<r {
                o0 += index[d] * s0[d]
                o1 += index[d] * s1[d]
                o2 += index[d] * s2[d]
            }
            let len = min(inner - index[r - 1], range.upperBound - pos)
            body(pos, o0, o1, o2, len)
            pos += len
            index[r - 1] = 0
            var d = r - 2
            while d >= 0 {
                index[d] += 1
                if index[d] < shape[d] { break }
                index[d] = 0
                d -= 1
            }
        }
    }
}

/// Row-major stride arithmetic shared by the kernels.
enum TensorLayout {
    static func rowMajorStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = acc
            acc *= shape[axis]
        }
        return strides
    }
}
