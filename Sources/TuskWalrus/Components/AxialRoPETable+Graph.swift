import TuskIR

extension GraphBuilder {
    /// PyTorch's float32 `torch.linspace(start, end, n)` built in the graph from `iota`, as a
    /// `f32[n]` value bit-identical to `AxialRoPETable.linspace`: element i is
    /// `start + step·i` for i < n/2 and `end − step·(n − 1 − i)` otherwise, with
    /// step = (end − start)/(n − 1) rounded to `Float` and every product and sum rounded to
    /// `Float` (so both ends are exact). n = 1 gives [start]. A handful of ops whatever `n`.
    public func float32Linspace(_ start: Float, _ end: Float, count n: Int,
                                file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        precondition(n >= 1, "float32Linspace needs n ≥ 1, got \(n)")
        if n == 1 { return fill(Double(start), [1], .f32, file: file, line: line) }
        let step = Double((end - start) / Float(n - 1))
        let up = iota([n], start: 0, step: 1, .f32, file: file, line: line)               // i (exact in Float)
        let down = iota([n], start: Double(n - 1), step: -1, .f32, file: file, line: line)  // n − 1 − i
        let stepValue = fill(step, [], .f32, file: file, line: line)
        let fromStart = fill(Double(start), [], .f32, file: file, line: line)
            .add(stepValue.mul(up, file: file, line: line), file: file, line: line)
        let fromEnd = fill(Double(end), [], .f32, file: file, line: line)
            .sub(stepValue.mul(down, file: file, line: line), file: file, line: line)
        let firstHalf = up.compare(.lt, fill(Double(n / 2), [], .f32, file: file, line: line), file: file, line: line)
        return select(firstHalf, fromStart, fromEnd, file: file, line: line)
    }
}

extension AxialRoPETable {
    /// The angle table of `angles(tokenGrid:)` built inside the graph as `f32[h·w·d,
    /// rotatedFeatures]`, from `iota` and elementwise ops instead of a literal: frequencies
    /// π·linspace(1, 128, k) and positions linspace(−1, 1, n) per axis (both PyTorch's float32
    /// linspace, `GraphBuilder.float32Linspace`), θ = position · frequency in `Float`, each
    /// repeated twice, the h, w, d blocks broadcast over the grid and concatenated. Every value
    /// is bit-identical to `angles(tokenGrid:)` (the reference's float32 computation); the graph
    /// holds a few dozen small ops instead of h·w·d·rotatedFeatures constants.
    ///
    /// - Throws: `TuskError.config` for a token grid that is not 3 positive sizes, or a table
    ///   with no rotated features (nothing to build).
    public func angleTensor(_ b: GraphBuilder, tokenGrid: [Int]) throws -> Tensor {
        guard tokenGrid.count == 3, tokenGrid.allSatisfy({ $0 >= 1 }) else {
            throw TuskError.config(field: "token grid", message: "expected 3 positive sizes (h, w, d), got \(tokenGrid)")
        }
        let k = frequencies.count
        guard k > 0 else {
            throw TuskError.config(field: "space_num_heads", message: "head_dim \(headDim) rotates no features: no RoPE table")
        }
        // torch: float32 tensor * math.pi, the double rounded to nearest float (see init).
        let freqs = b.float32Linspace(1, 128, count: k).mul(b.fill(Double(Float(Double.pi)), [], .f32)).reshape([1, k])
        var positions: [Int: Tensor] = [:]  // one linspace per distinct axis length
        let blocks = tokenGrid.enumerated().map { axis, n -> Tensor in
            let p = positions[n] ?? b.float32Linspace(-1, 1, count: n)
            positions[n] = p
            let theta = p.reshape([n, 1]).mul(freqs)                                   // [n, k]
            let twice = theta.reshape([n, k, 1]).broadcast(to: [n, k, 2]).reshape([n, 2 * k])
            var axisShape = [1, 1, 1, 2 * k]
            axisShape[axis] = n
            return twice.reshape(axisShape).broadcast(to: tokenGrid + [2 * k])
        }
        let tokens = tokenGrid.reduce(1, *)
        return b.concat(blocks, axis: 3).reshape([tokens, rotatedFeatures])
    }
}
