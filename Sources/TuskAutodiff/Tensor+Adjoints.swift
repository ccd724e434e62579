import TuskIR

// Exact adjoints of the linear movement and resampling ops, built from primitives with the
// symbolic DSL. Each helper maps a cotangent of an op's result to the cotangent of its operand.

extension Tensor {
    /// Sums a cotangent of a broadcast result back to `shape`: over the leading axes the
    /// broadcast added and over the axes where `shape` has size 1 (the adjoint of numpy
    /// broadcasting).
    func unbroadcast(to shape: [Int]) -> Tensor {
        if self.shape == shape { return self }
        let lead = rank - shape.count
        var axes = Array(0..<lead)
        for i in 0..<shape.count where shape[i] == 1 && self.shape[lead + i] != 1 {
            axes.append(lead + i)
        }
        var r = self
        if !axes.isEmpty { r = r.sum(axes: axes) }
        if r.shape != shape { r = r.reshape(shape) }
        return r
    }

    /// `self[start ..< limit]` on every axis (unit strides).
    func crop(start: [Int], limit: [Int], file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        if start.allSatisfy({ $0 == 0 }) && limit == shape { return self }
        return apply(.slice(start: start, limit: limit, stride: [Int](repeating: 1, count: rank)),
                     file: file, line: line)
    }

    /// Zero padding that skips the no-op case.
    func zeroPad(low: [Int], high: [Int]) -> Tensor {
        if low.allSatisfy({ $0 == 0 }) && high.allSatisfy({ $0 == 0 }) { return self }
        return pad(low: low, high: high, mode: .constant(0))
    }

    /// The transpose of `slice(start, limit, stride)` of a tensor of `inputShape`: places each
    /// element of `self` at `start + k·stride` in a zero tensor of `inputShape`.
    ///
    /// Strided axes are interleaved with zeros exactly (reshape `[m] → [m, 1]`, zero-pad to
    /// `[m, stride]`, reshape to `[m·stride]`), then the result is placed by zero padding; the
    /// zeros the interleave leaves after the last element are cropped when they would run past
    /// the axis end.
    func sliceTranspose(inputShape: [Int], start: [Int], stride: [Int]) -> Tensor {
        var t = self
        for a in 0..<rank where stride[a] > 1 && t.shape[a] > 0 {
            let m = t.shape[a]
            var split = t.shape
            split.insert(1, at: a + 1)
            var high = [Int](repeating: 0, count: rank + 1)
            high[a + 1] = stride[a] - 1
            var merged = t.shape
            merged[a] = m * stride[a]
            t = t.reshape(split).zeroPad(low: [Int](repeating: 0, count: rank + 1), high: high).reshape(merged)
        }
        var keep = t.shape
        var high = [Int](repeating: 0, count: rank)
        for a in 0..<rank {
            let room = inputShape[a] - start[a] - t.shape[a]
            if room < 0 { keep[a] = t.shape[a] + room } else { high[a] = room }
        }
        t = t.crop(start: [Int](repeating: 0, count: rank), limit: keep)
        return t.zeroPad(low: start, high: high)
    }

    /// The transpose of a circular pad (`low`, `high`) of a tensor of `inputShape`: crops the
    /// centre and folds each wrapped border slab back onto the cells it copied (the low border
    /// came from the high end of the axis and vice versa). Axes are folded one at a time.
    func circularPadTranspose(inputShape: [Int], low: [Int], high: [Int]) -> Tensor {
        var t = self
        for a in 0..<rank where low[a] > 0 || high[a] > 0 {
            let n = inputShape[a], l = low[a], h = high[a]
            var zeros = [Int](repeating: 0, count: rank)
            var acc = t.slice(axis: a, l ..< l + n)
            if l > 0 {
                // Border cells 0..<l copied x[n − l ..< n].
                var padLow = zeros
                padLow[a] = n - l
                acc = acc + t.slice(axis: a, 0 ..< l).zeroPad(low: padLow, high: zeros)
            }
            if h > 0 {
                // Border cells l+n ..< l+n+h copied x[0 ..< h].
                zeros[a] = n - h
                acc = acc + t.slice(axis: a, l + n ..< l + n + h)
                    .zeroPad(low: [Int](repeating: 0, count: rank), high: zeros)
            }
            t = acc
        }
        return t
    }

    /// `convFilterGradient(self, dy)`: the filter gradient of a convolution of `self`.
    func convFilterGradient(_ dy: Tensor, attributes: ConvAttributes, kernel: [Int],
                            file: StaticString = #fileID, line: UInt = #line) -> Tensor {
        apply(.convFilterGradient(attributes, kernel: kernel), [dy], file: file, line: line)
    }
}

extension ConvAttributes {
    /// The attributes of the transposed convolution that is the exact adjoint (input
    /// cotangent) of this convolution applied to spatial lengths `inputLengths` with kernel
    /// `kernel` and output lengths `outputLengths`.
    ///
    /// Same strides and `padLow`; `padHigh = (Lo − 1)·s + k − padLow − L`, which reproduces the
    /// input length exactly. It is smaller than this conv's `padHigh` by the remainder cells the
    /// window sweep never reached, and negative when the remainder exceeds the padding: the
    /// transposed convolution then appends zeros for input cells that never touched the output.
    func transposeAdjoint(inputLengths: [Int], kernel: [Int], outputLengths: [Int]) -> ConvAttributes {
        var high: [Int] = []
        for i in 0..<spatialRank {
            let reach: Int = (outputLengths[i] - 1) * strides[i] + kernel[i]
            let used: Int = padLow[i] + inputLengths[i]
            high.append(reach - used)
        }
        return ConvAttributes(strides: strides, padLow: padLow, padHigh: high)
    }
}
