/// Convolutions over the trailing spatial axes: `conv`, `convTranspose`, `convFilterGradient`.
///
/// The input is zero-padded explicitly, so every window read is in range; each output position
/// and each kernel offset becomes one precomputed flat offset (`Σ_d index_d · stride_d`), and the
/// inner loops add offsets instead of checking bounds. The float kernels are `@_transparent` loops
/// over raw pointers (see "Fast paths for unoptimized builds" in EvalFloat.swift).
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

    /// Sizes and precomputed offsets shared by the three kernels.
    final class ConvPlan {
        var batch, cin, cout: Int
        /// Elements per (n, channel) of the (padded or full) spatial buffer, of the kernel, and of
        /// the positions iterated (`conv`/`filter grad`: output positions; `transpose`: input positions).
        var spatialCount, kernelCount, positionCount: Int
        /// Flat offset of each kernel offset `j` and of each position `z` (times its stride) in the buffer.
        let delta: IntTable, base: IntTable

        init(batch: Int, cin: Int, cout: Int, buffer: [Int], kernel: [Int], positions: [Int], strides: [Int]) {
            self.batch = batch
            self.cin = cin
            self.cout = cout
            let bufferStrides = TensorType.rowMajorStrides(buffer)
            delta = IntTable(Eval.offsets(kernel, step: [Int](repeating: 1, count: kernel.count), strides: bufferStrides))
            base = IntTable(Eval.offsets(positions, step: strides, strides: bufferStrides))
            spatialCount = buffer.reduce(1, *)
            kernelCount = kernel.reduce(1, *)
            positionCount = positions.reduce(1, *)
        }
    }

    /// `out[n,o,z] = Σ_c Σ_j w[o,c,j] · xpad[n,c,z·s+j]`, summed over channels then kernel offsets.
    static func conv(_ x: TensorData, _ w: TensorData, _ attrs: ConvAttributes, resultShape: [Int]) -> TensorData {
        let xp = padSpatial(x, attrs)
        let r = attrs.spatialRank
        let plan = ConvPlan(batch: x.shape[0], cin: x.shape[1], cout: w.shape[0], buffer: Array(xp.shape.suffix(r)),
                            kernel: Array(w.shape.suffix(r)), positions: Array(resultShape.suffix(r)), strides: attrs.strides)
        let storage: TensorStorage = switch (xp.storage, w.storage) {
        case let (.f32(a), .f32(b)): .f32(compute(a, b, count: plan.batch * plan.cout * plan.positionCount) { convKernel($0, $1, $2, plan) })
        case let (.f64(a), .f64(b)): .f64(compute(a, b, count: plan.batch * plan.cout * plan.positionCount) { convKernel($0, $1, $2, plan) })
        default: preconditionFailure("conv: float operands of one dtype are checked by the shape rule")
        }
        withExtendedLifetime(plan) {}  // the kernels read its tables through raw pointers
        return TensorData(shape: resultShape, storage: storage)
    }

    @_transparent
    static func convKernel<T: EvalFloat>(_ px: UnsafePointer<T>, _ pw: UnsafePointer<T>, _ po: UnsafeMutablePointer<T>,
                                         _ p: ConvPlan) {
        // Locals, not property reads: in debug builds every class property read in a loop is a call.
        let dj = UnsafePointer(p.delta.pointer), bz = UnsafePointer(p.base.pointer)
        let (batch, cin, cout) = (p.batch, p.cin, p.cout)
        let (spatialCount, kernelCount, positionCount) = (p.spatialCount, p.kernelCount, p.positionCount)
        for n in 0..<batch {
            for o in 0..<cout {
                let outRow = po + (n * cout + o) * positionCount
                var z = 0
                while z < positionCount {
                    var acc: T = 0
                    var c = 0
                    while c < cin {
                        let xs = px + (n * cin + c) * spatialCount + bz[z]
                        let ws = pw + (o * cin + c) * kernelCount
                        var j = 0
                        while j < kernelCount { acc += ws[j] * xs[dj[j]]; j += 1 }
                        c += 1
                    }
                    outRow[z] = acc
                    z += 1
                }
            }
        }
    }

    /// Scatters `x[n,c,z] · w[c,o,j]` into the full output at `z·s + j` (channels, then input
    /// positions, then kernel offsets), then crops `padLow` / `padHigh`; a negative `padHigh`
    /// reads zero cells past the full output.
    static func convTranspose(_ x: TensorData, _ w: TensorData, _ attrs: ConvAttributes,
                              resultShape: [Int]) -> TensorData {
        let r = attrs.spatialRank
        let inSpatial = Array(x.shape.suffix(r)), kernel = Array(w.shape.suffix(r)), outSpatial = Array(resultShape.suffix(r))
        // The full output, extended with zero cells when padHigh < 0.
        var full: [Int] = []
        for d in 0..<r {
            let natural: Int = (inSpatial[d] - 1) * attrs.strides[d] + kernel[d]
            full.append(Swift.max(natural, attrs.padLow[d] + outSpatial[d]))
        }
        let plan = ConvPlan(batch: x.shape[0], cin: x.shape[1], cout: w.shape[1], buffer: full,
                            kernel: kernel, positions: inSpatial, strides: attrs.strides)
        let storage: TensorStorage = switch (x.storage, w.storage) {
        case let (.f32(a), .f32(b)): .f32(compute(a, b, count: plan.batch * plan.cout * plan.spatialCount) { convTransposeKernel($0, $1, $2, plan) })
        case let (.f64(a), .f64(b)): .f64(compute(a, b, count: plan.batch * plan.cout * plan.spatialCount) { convTransposeKernel($0, $1, $2, plan) })
        default: preconditionFailure("conv_transpose: float operands of one dtype are checked by the shape rule")
        }
        withExtendedLifetime(plan) {}  // the kernels read its tables through raw pointers
        let fullData = TensorData(shape: [plan.batch, plan.cout] + full, storage: storage)
        let map = sliceMap(fullData.shape, start: [0, 0] + attrs.padLow, stride: [Int](repeating: 1, count: r + 2),
                           resultShape: resultShape)
        return take(fullData, map, shape: resultShape)
    }

    @_transparent
    static func convTransposeKernel<T: EvalFloat>(_ px: UnsafePointer<T>, _ pw: UnsafePointer<T>,
                                                  _ po: UnsafeMutablePointer<T>, _ p: ConvPlan) {
        // Locals, not property reads: in debug builds every class property read in a loop is a call.
        let dj = UnsafePointer(p.delta.pointer), bz = UnsafePointer(p.base.pointer)
        let (batch, cin, cout) = (p.batch, p.cin, p.cout)
        let (spatialCount, kernelCount, positionCount) = (p.spatialCount, p.kernelCount, p.positionCount)
        for n in 0..<batch {
            for c in 0..<cin {
                let xs = px + (n * cin + c) * positionCount
                var z = 0
                while z < positionCount {
                    let xv = xs[z]
                    var o = 0
                    while o < cout {
                        let fs = po + (n * cout + o) * spatialCount + bz[z]
                        let ws = pw + (c * cout + o) * kernelCount
                        var j = 0
                        while j < kernelCount { fs[dj[j]] += xv * ws[j]; j += 1 }
                        o += 1
                    }
                    z += 1
                }
            }
        }
    }

    /// `dw[o,c,j] = Σ_n Σ_z dy[n,o,z] · xpad[n,c,z·s+j]`, summed over the batch then output positions.
    static func convFilterGradient(_ x: TensorData, _ dy: TensorData, _ attrs: ConvAttributes, kernel: [Int],
                                   resultShape: [Int]) -> TensorData {
        let xp = padSpatial(x, attrs)
        let r = attrs.spatialRank
        let plan = ConvPlan(batch: x.shape[0], cin: x.shape[1], cout: dy.shape[1], buffer: Array(xp.shape.suffix(r)),
                            kernel: kernel, positions: Array(dy.shape.suffix(r)), strides: attrs.strides)
        let storage: TensorStorage = switch (xp.storage, dy.storage) {
        case let (.f32(a), .f32(b)): .f32(compute(a, b, count: plan.cout * plan.cin * plan.kernelCount) { convFilterGradientKernel($0, $1, $2, plan) })
        case let (.f64(a), .f64(b)): .f64(compute(a, b, count: plan.cout * plan.cin * plan.kernelCount) { convFilterGradientKernel($0, $1, $2, plan) })
        default: preconditionFailure("conv_filter_grad: float operands of one dtype are checked by the shape rule")
        }
        withExtendedLifetime(plan) {}  // the kernels read its tables through raw pointers
        return TensorData(shape: resultShape, storage: storage)
    }

    @_transparent
    static func convFilterGradientKernel<T: EvalFloat>(_ px: UnsafePointer<T>, _ pd: UnsafePointer<T>,
                                                       _ po: UnsafeMutablePointer<T>, _ p: ConvPlan) {
        // Locals, not property reads: in debug builds every class property read in a loop is a call.
        let dj = UnsafePointer(p.delta.pointer), bz = UnsafePointer(p.base.pointer)
        let (batch, cin, cout) = (p.batch, p.cin, p.cout)
        let (spatialCount, kernelCount, positionCount) = (p.spatialCount, p.kernelCount, p.positionCount)
        for o in 0..<cout {
            for c in 0..<cin {
                var j = 0
                while j < kernelCount {
                    var acc: T = 0
                    for n in 0..<batch {
                        let ys = pd + (n * cout + o) * positionCount
                        let xs = px + (n * cin + c) * spatialCount + dj[j]
                        var z = 0
                        while z < positionCount { acc += ys[z] * xs[bz[z]]; z += 1 }
                    }
                    po[(o * cin + c) * kernelCount + j] = acc
                    j += 1
                }
            }
        }
    }
}
