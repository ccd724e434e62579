/// Convolutions over the trailing spatial axes: `conv`, `convTranspose`, `convFilterGradient`.
///
/// The input is zero-padded explicitly, so every window read is in range; each output position
/// and each kernel offset becomes one precomputed flat offset (`Σ_d index_d · stride_d`), and the
/// inner loops add offsets instead of checking bounds.
extension Eval {
    /// Flat offsets `Σ_d index_d · step_d · strides_d` for every index of `shape` (row-major).
    static func offsets(_ shape: [Int], step: [Int], strides: [Int]) -> [Int] {
        tableMap(shape, shape.indices.map { d in (0..<shape[d]).map { $0 * step[d] * strides[d] } })
    }

    /// `x` with `padLow`/`padHigh` zeros on its spatial axes (all but the first two).
    static func padSpatial(_ x: TensorData, _ attrs: ConvAttributes) -> TensorData {
        if attrs.padLow.allSatisfy({ $0 == 0 }) && attrs.padHigh.allSatisfy({ $0 == 0 }) { return x }
        let r = attrs.spatialRank
        var shape = x.shape
        for d in 0..<r { shape[2 + d] += attrs.padLow[d] + attrs.padHigh[d] }
        return pad(x, low: [0, 0] + attrs.padLow, mode: .constant(0), resultShape: shape)
    }

    /// `out[n,o,z] = Σ_c Σ_j w[o,c,j] · xpad[n,c,z·s+j]`, summed over channels then kernel offsets.
    static func conv(_ x: TensorData, _ w: TensorData, _ attrs: ConvAttributes, resultShape: [Int]) -> TensorData {
        let xp = padSpatial(x, attrs)
        let r = attrs.spatialRank
        let batch = x.shape[0], cin = x.shape[1], cout = w.shape[0]
        let padded = Array(xp.shape.suffix(r)), kernel = Array(w.shape.suffix(r)), outSpatial = Array(resultShape.suffix(r))
        let pStrides = TensorType.rowMajorStrides(padded)
        let delta = offsets(kernel, step: [Int](repeating: 1, count: r), strides: pStrides)
        let base = offsets(outSpatial, step: attrs.strides, strides: pStrides)
        let pCount = padded.reduce(1, *), kCount = kernel.reduce(1, *), zCount = outSpatial.reduce(1, *)
        func run<T: EvalFloat>(_ xa: [T], _ wa: [T]) -> [T] {
            var out = [T](repeating: 0, count: batch * cout * zCount)
            out.withUnsafeMutableBufferPointer { po in
                xa.withUnsafeBufferPointer { px in
                    wa.withUnsafeBufferPointer { pw in
                        delta.withUnsafeBufferPointer { dj in
                            base.withUnsafeBufferPointer { bz in
                                for n in 0..<batch {
                                    for o in 0..<cout {
                                        let outBase = (n * cout + o) * zCount
                                        for z in 0..<zCount {
                                            var acc: T = 0
                                            for c in 0..<cin {
                                                let xBase = (n * cin + c) * pCount + bz[z]
                                                let wBase = (o * cin + c) * kCount
                                                for j in 0..<kCount { acc += pw[wBase + j] * px[xBase + dj[j]] }
                                            }
                                            po[outBase + z] = acc
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
        return TensorData(shape: resultShape, storage: floatKernel(xp, w, "conv", run, run))
    }

    /// Scatters `x[n,c,z] · w[c,o,j]` into the full output at `z·s + j` (channels, then input
    /// positions, then kernel offsets), then crops `padLow` / `padHigh`; a negative `padHigh`
    /// reads zero cells past the full output.
    static func convTranspose(_ x: TensorData, _ w: TensorData, _ attrs: ConvAttributes,
                              resultShape: [Int]) -> TensorData {
        let r = attrs.spatialRank
        let batch = x.shape[0], cin = x.shape[1], cout = w.shape[1]
        let inSpatial = Array(x.shape.suffix(r)), kernel = Array(w.shape.suffix(r)), outSpatial = Array(resultShape.suffix(r))
        // The full output, extended with zero cells when padHigh < 0.
        var full: [Int] = []
        for d in 0..<r {
            let natural: Int = (inSpatial[d] - 1) * attrs.strides[d] + kernel[d]
            full.append(Swift.max(natural, attrs.padLow[d] + outSpatial[d]))
        }
        let fStrides = TensorType.rowMajorStrides(full)
        let delta = offsets(kernel, step: [Int](repeating: 1, count: r), strides: fStrides)
        let base = offsets(inSpatial, step: attrs.strides, strides: fStrides)
        let fCount = full.reduce(1, *), kCount = kernel.reduce(1, *), zCount = inSpatial.reduce(1, *)
        func run<T: EvalFloat>(_ xa: [T], _ wa: [T]) -> [T] {
            var out = [T](repeating: 0, count: batch * cout * fCount)
            out.withUnsafeMutableBufferPointer { po in
                xa.withUnsafeBufferPointer { px in
                    wa.withUnsafeBufferPointer { pw in
                        delta.withUnsafeBufferPointer { dj in
                            base.withUnsafeBufferPointer { bz in
                                for n in 0..<batch {
                                    for c in 0..<cin {
                                        for z in 0..<zCount {
                                            let xv = px[(n * cin + c) * zCount + z]
                                            for o in 0..<cout {
                                                let fBase = (n * cout + o) * fCount + bz[z]
                                                let wBase = (c * cout + o) * kCount
                                                for j in 0..<kCount { po[fBase + dj[j]] += xv * pw[wBase + j] }
                                            }
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
        let fullData = TensorData(shape: [batch, cout] + full, storage: floatKernel(x, w, "conv_transpose", run, run))
        let map = sliceMap(fullData.shape, start: [0, 0] + attrs.padLow, stride: [Int](repeating: 1, count: r + 2),
                           resultShape: resultShape)
        return take(fullData, map, shape: resultShape)
    }

    /// `dw[o,c,j] = Σ_n Σ_z dy[n,o,z] · xpad[n,c,z·s+j]`, summed over the batch then output positions.
    static func convFilterGradient(_ x: TensorData, _ dy: TensorData, _ attrs: ConvAttributes, kernel: [Int],
                                   resultShape: [Int]) -> TensorData {
        let xp = padSpatial(x, attrs)
        let r = attrs.spatialRank
        let batch = x.shape[0], cin = x.shape[1], cout = dy.shape[1]
        let padded = Array(xp.shape.suffix(r)), outSpatial = Array(dy.shape.suffix(r))
        let pStrides = TensorType.rowMajorStrides(padded)
        let delta = offsets(kernel, step: [Int](repeating: 1, count: r), strides: pStrides)
        let base = offsets(outSpatial, step: attrs.strides, strides: pStrides)
        let pCount = padded.reduce(1, *), kCount = kernel.reduce(1, *), zCount = outSpatial.reduce(1, *)
        func run<T: EvalFloat>(_ xa: [T], _ dya: [T]) -> [T] {
            var out = [T](repeating: 0, count: cout * cin * kCount)
            out.withUnsafeMutableBufferPointer { po in
                xa.withUnsafeBufferPointer { px in
                    dya.withUnsafeBufferPointer { pd in
                        delta.withUnsafeBufferPointer { dj in
                            base.withUnsafeBufferPointer { bz in
                                for o in 0..<cout {
                                    for c in 0..<cin {
                                        for j in 0..<kCount {
                                            var acc: T = 0
                                            for n in 0..<batch {
                                                let dyBase = (n * cout + o) * zCount
                                                let xBase = (n * cin + c) * pCount + dj[j]
                                                for z in 0..<zCount { acc += pd[dyBase + z] * px[xBase + bz[z]] }
                                            }
                                            po[(o * cin + c) * kCount + j] = acc
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
        return TensorData(shape: resultShape, storage: floatKernel(xp, dy, "conv_filter_grad", run, run))
    }

    /// Runs a two-operand float kernel in the operands' type.
    static func floatKernel(_ a: TensorData, _ b: TensorData, _ name: String,
                            _ f32: ([Float], [Float]) -> [Float], _ f64: ([Double], [Double]) -> [Double]) -> TensorStorage {
        switch (a.storage, b.storage) {
        case let (.f32(x), .f32(y)): .f32(f32(x, y))
        case let (.f64(x), .f64(y)): .f64(f64(x, y))
        default: preconditionFailure("\(name): float operands of one dtype are checked by the shape rule")
        }
    }
}
