import TuskIR


// The BLAS backend's lowering: one exhaustive switch over `Op` (a new op without a lowering
// does not compile). Per dtype, each case picks a specialized kernel; rare combinations run a
// generic kernel. Leaves produce no kernel: constants are computed here, once, into their slot.
extension Op {
    /// What the node asks of the memory planner (views, in-place reuse, scratch).
    func bufferHints(node i: Int, graph: Graph, options: LoweringOptions) -> BufferHints {
        let tileBytes = options.tileBytes
        let node = graph.nodes[i]
        let operandTypes = node.operands.map { graph.type(of: $0) }
        // A direct convolution kernel that fails to compile here fails again, with its error, in `lower`.
        if let d = (try? directConv(node: node, graph: graph, options: options)) ?? nil {
            return BufferHints(scratchBytes: d.scratchElements * MemoryLayout<Float>.stride)
        }
        switch self {
        case .broadcast, .slice, .pad, .roll:
            if operandTypes[0] == node.type && isIdentityMove(operandTypes[0].shape) { return BufferHints(viewOf: 0) }
            return BufferHints()
        case .reshape:
            return BufferHints(viewOf: 0)
        case .cast(let d) where d == operandTypes[0].dtype:
            return BufferHints(viewOf: 0)
        case .permute(let perm) where perm == Array(perm.indices):
            return BufferHints(viewOf: 0)
        case .concat where node.operands.count == 1:
            return BufferHints(viewOf: 0)
        case .unary:
            return BufferHints(inPlace: [0])
        case .softmax:
            // Every row (or `[length, inner]` block) is read in full (max) before any element
            // is written, and element j is read before it is overwritten: the scores' storage
            // (often the largest buffer of an attention layer) holds the probabilities.
            return BufferHints(inPlace: [0])
        case .binary:
            return BufferHints(inPlace: [0, 1])
        case .select:
            return BufferHints(inPlace: [1, 2])
        case .conv(let a), .convFilterGradient(let a, _):
            let g = convGeometry(node: node, graph: graph, attrs: a, tileBytes: tileBytes)
            let el = node.type.dtype.byteSize
            if case .conv = self, let sc = slicedConv(g, cOut: node.type.shape[1], options.algorithm) {
                return BufferHints(scratchBytes: sc.scratchCount * el)
            }
            if g.isPointwise { return BufferHints() }
            return BufferHints(scratchBytes: g.rows * g.tile(elementSize: el) * el)
        case .convTranspose(let a):
            let g = convGeometry(node: node, graph: graph, attrs: a, tileBytes: tileBytes)
            let el = node.type.dtype.byteSize
            return BufferHints(scratchBytes: g.rows * g.tile(elementSize: el) * el)
        case .scaledDotProductAttention(let a), .scaledDotProductAttentionBackward(let a):
            // A row kernel that fails to compile here fails again, with its error, in `lower`.
            guard let plan = try? AttentionPlan(node: node, graph: graph, attributes: a, backward: !isForwardAttention,
                                                kernel: options.attentionKernel, workerOverride: options.attentionWorkers,
                                                rows: options.attentionRows) else { return BufferHints() }
            return BufferHints(scratchBytes: plan.scratchElements * node.type.dtype.byteSize)
        default:
            return BufferHints()
        }
    }

    /// True for `scaledDotProductAttention` (false for its backward and every other op).
    private var isForwardAttention: Bool {
        if case .scaledDotProductAttention = self { return true }
        return false
    }

    /// True when this movement op leaves an operand of `shape` unchanged.
    private func isIdentityMove(_ shape: [Int]) -> Bool {
        switch self {
        case .broadcast(let s): return s == shape
        case let .slice(start, limit, stride): return start.allSatisfy { $0 == 0 } && limit == shape && stride.allSatisfy { $0 == 1 }
        case let .pad(low, high, _): return low.allSatisfy { $0 == 0 } && high.allSatisfy { $0 == 0 }
        case .roll(let shifts): return zip(shifts, shape).allSatisfy { $1 == 0 || $0 % $1 == 0 }
        default: return false
        }
    }

    /// The depth-slice plan of a forward convolution, when `algorithm` picks it.
    func slicedConv(_ g: ConvGeometry, cOut: Int, _ algorithm: ConvolutionAlgorithm) -> SlicedConv? {
        if g.isPointwise { return nil }
        switch algorithm {
        case .im2col: return nil
        case .depthSlices: return SlicedConv(g, cOut: cOut)
        case .automatic: return SlicedConv(g, cOut: cOut).flatMap { $0.isProfitable ? $0 : nil }
        }
    }

    /// The direct-kernel plan of a convolution node (`Kernels+DirectConv.swift`) when the
    /// options' provider and `DirectConvolutionPolicy` give one; nil: the BLAS formulation.
    func directConv(node: Node, graph: Graph, options: LoweringOptions) throws -> DirectConv? {
        guard let provider = options.convolutionKernels,
              let problem = directConvProblem(node: node, graph: graph, options: options) else { return nil }
        let batch = graph.type(of: node.operands[0]).shape[0]
        return try provider.convolutionKernel(problem).map { DirectConv(kernel: $0, batch: batch, tileBytes: options.tileBytes) }
    }

    /// The problem a direct kernel would solve for this node under the options' policy (nil: the
    /// node keeps the BLAS formulation whatever the provider has), without asking the provider.
    func directConvProblem(node: Node, graph: Graph, options: LoweringOptions) -> DirectConvProblem? {
        guard options.convolutionKernels != nil, options.directConvolutions != .never, node.type.dtype == .f32 else { return nil }
        let kind: DirectConvProblem.Kind, attrs: ConvAttributes
        switch self {
        case .conv(let a): (kind, attrs) = (.forward, a)
        case .convTranspose(let a): (kind, attrs) = (.transpose, a)
        case .convFilterGradient(let a, _): (kind, attrs) = (.filterGradient, a)
        default: return nil
        }
        let x = graph.type(of: node.operands[0]).shape
        let channels = kind == .forward ? node.type.shape[1] : kind == .transpose ? x[1] : node.type.shape[0]
        let g = convGeometry(node: node, graph: graph, attrs: attrs, tileBytes: options.tileBytes)
        guard let p = DirectConv.problem(kind, g, channels: channels) else { return nil }
        return options.directConvolutions == .automatic && !p.isProfitable ? nil : p
    }

    /// The im2col/col2im geometry of a convolution node.
    func convGeometry(node: Node, graph: Graph, attrs: ConvAttributes, tileBytes: Int) -> ConvGeometry {
        let x = graph.type(of: node.operands[0]).shape, w = graph.type(of: node.operands[1]).shape
        let out = node.type.shape
        switch self {
        case .conv:
            return ConvGeometry(channels: x[1], image: Array(x.dropFirst(2)), grid: Array(out.dropFirst(2)),
                                kernel: Array(w.dropFirst(2)), strides: attrs.strides, padLow: attrs.padLow, padHigh: attrs.padHigh, tileBytes: tileBytes)
        case .convTranspose:
            return ConvGeometry(channels: out[1], image: Array(out.dropFirst(2)), grid: Array(x.dropFirst(2)),
                                kernel: Array(w.dropFirst(2)), strides: attrs.strides, padLow: attrs.padLow,
                                padHigh: attrs.padHigh.map { max($0, 0) }, tileBytes: tileBytes)
        case .convFilterGradient(_, let kernel):
            return ConvGeometry(channels: x[1], image: Array(x.dropFirst(2)), grid: Array(w.dropFirst(2)),
                                kernel: kernel, strides: attrs.strides, padLow: attrs.padLow, padHigh: attrs.padHigh, tileBytes: tileBytes)
        default:
            preconditionFailure("not a convolution")
        }
    }

    /// The kernel computing node `i` (nil for leaves and views).
    func lower(node i: Int, _ cx: LoweringContext) throws -> Kernel? {
        let node = cx.node(i)
        let type = node.type
        let operandTypes = node.operands.map { cx.type($0) }
        if !node.op.isLeaf, cx.plan.storageRoot[i] != i, bufferHints(node: i, graph: cx.graph, options: cx.options).viewOf != nil {
            return nil
        }
        if let d = try directConv(node: node, graph: cx.graph, options: cx.options) {
            // Direct convolution kernel (f32): no column matrix.
            let a = cx.operand(i, 0, Float.self), b = cx.operand(i, 1, Float.self), o = cx.result(i, Float.self)
            let s = cx.scratch(i, Float.self)
            return { try Kernels.directConv(d, a, b, o, scratch: s) }
        }
        switch self {
        // MARK: Leaves
        case .input, .parameter:
            return nil
        case .fill(let v):
            Lower.constant(cx, i) { _ in v }
            return nil
        case let .iota(axis, start, step):
            let strides = type.strides, shape = type.shape
            Lower.constant(cx, i) { start + step * Double(($0 / strides[axis]) % shape[axis]) }
            return nil
        case .literal(let values):
            Lower.constant(cx, i) { values[$0] }
            return nil

        // MARK: Elementwise
        case .unary(let u):
            return Lower.unary(u, cx, i)
        case .binary(let b):
            return Lower.binary(b, cx, i, layout: BroadcastLayout(outShape: type.shape, operandShapes: operandTypes.map(\.shape)))
        case .compare(let c):
            return Lower.compare(c, cx, i, layout: BroadcastLayout(outShape: type.shape, operandShapes: operandTypes.map(\.shape)))
        case .select:
            return Lower.select(cx, i, layout: BroadcastLayout(outShape: type.shape, operandShapes: operandTypes.map(\.shape)))
        case .cast(let d):
            return Lower.cast(from: operandTypes[0].dtype, to: d, cx, i)

        // MARK: Reductions
        case let .reduce(r, axes, _):
            return Lower.reduce(r, cx, i, plan: ReducePlan(inShape: operandTypes[0].shape, axes: axes))
        case .softmax(let axis):
            let s = type.shape
            let outer = s[..<axis].reduce(1, *), inner = s[(axis + 1)...].reduce(1, *)
            return Lower.float(type.dtype, cx, i) { (_: Float.Type) in
                let x = cx.operand(i, 0, Float.self), o = cx.result(i, Float.self)
                return { Kernels.softmax(x, o, outer: outer, length: s[axis], inner: inner) }
            } f64: { _ in
                let x = cx.operand(i, 0, Double.self), o = cx.result(i, Double.self)
                return { Kernels.softmax(x, o, outer: outer, length: s[axis], inner: inner) }
            }

        // MARK: Contractions
        case let .matmul(ta, tb):
            let plan = MatmulPlan(a: operandTypes[0].shape, b: operandTypes[1].shape, out: type.shape, transA: ta, transB: tb)
            return Lower.matmul(plan, cx, i)
        case .conv(let attrs):
            let g = convGeometry(node: node, graph: cx.graph, attrs: attrs, tileBytes: cx.tileBytes)
            let batch = type.shape[0], cOut = type.shape[1]
            let scratch = cx.plan.scratchOffsets[i] != nil
            if let sc = slicedConv(g, cOut: cOut, cx.options.algorithm) {
                return Lower.float(type.dtype, cx, i) { (_: Float.Type) in
                    let x = cx.operand(i, 0, Float.self), w = cx.operand(i, 1, Float.self), o = cx.result(i, Float.self)
                    let s = cx.scratch(i, Float.self)
                    return { Kernels.convSliced(sc, batch: batch, x, w, o, scratch: s) }
                } f64: { _ in
                    let x = cx.operand(i, 0, Double.self), w = cx.operand(i, 1, Double.self), o = cx.result(i, Double.self)
                    let s = cx.scratch(i, Double.self)
                    return { Kernels.convSliced(sc, batch: batch, x, w, o, scratch: s) }
                }
            }
            return Lower.float(type.dtype, cx, i) { (_: Float.Type) in
                let x = cx.operand(i, 0, Float.self), w = cx.operand(i, 1, Float.self), o = cx.result(i, Float.self)
                let s = scratch ? cx.scratch(i, Float.self) : nil
                return { Kernels.conv(g, batch: batch, cOut: cOut, x, w, o, scratch: s) }
            } f64: { _ in
                let x = cx.operand(i, 0, Double.self), w = cx.operand(i, 1, Double.self), o = cx.result(i, Double.self)
                let s = scratch ? cx.scratch(i, Double.self) : nil
                return { Kernels.conv(g, batch: batch, cOut: cOut, x, w, o, scratch: s) }
            }
        case .convTranspose(let attrs):
            let g = convGeometry(node: node, graph: cx.graph, attrs: attrs, tileBytes: cx.tileBytes)
            let batch = type.shape[0], cIn = operandTypes[0].shape[1]
            return Lower.float(type.dtype, cx, i) { (_: Float.Type) in
                let x = cx.operand(i, 0, Float.self), w = cx.operand(i, 1, Float.self), o = cx.result(i, Float.self)
                let s = cx.scratch(i, Float.self)
                return { Kernels.convTranspose(g, batch: batch, cIn: cIn, x, w, o, scratch: s) }
            } f64: { _ in
                let x = cx.operand(i, 0, Double.self), w = cx.operand(i, 1, Double.self), o = cx.result(i, Double.self)
                let s = cx.scratch(i, Double.self)
                return { Kernels.convTranspose(g, batch: batch, cIn: cIn, x, w, o, scratch: s) }
            }
        case .convFilterGradient(let attrs, _):
            let g = convGeometry(node: node, graph: cx.graph, attrs: attrs, tileBytes: cx.tileBytes)
            let batch = operandTypes[0].shape[0], cOut = type.shape[0]
            let scratch = cx.plan.scratchOffsets[i] != nil
            return Lower.float(type.dtype, cx, i) { (_: Float.Type) in
                let x = cx.operand(i, 0, Float.self), dy = cx.operand(i, 1, Float.self), o = cx.result(i, Float.self)
                let s = scratch ? cx.scratch(i, Float.self) : nil
                return { Kernels.convFilterGradient(g, batch: batch, cOut: cOut, x, dy, o, scratch: s) }
            } f64: { _ in
                let x = cx.operand(i, 0, Double.self), dy = cx.operand(i, 1, Double.self), o = cx.result(i, Double.self)
                let s = scratch ? cx.scratch(i, Double.self) : nil
                return { Kernels.convFilterGradient(g, batch: batch, cOut: cOut, x, dy, o, scratch: s) }
            }

        // MARK: Movement
        case .reshape:
            // A view: the planner aliased it to its operand. Reached only if it could not alias.
            return Lower.copy(cx, i)
        case .permute(let perm):
            return Lower.move(AxisMap.permute(operandTypes[0].shape, perm), cx, i)
        case .broadcast(let shape):
            return Lower.move(AxisMap.broadcast(operandTypes[0].shape, to: shape), cx, i)
        case let .slice(start, _, stride):
            return Lower.move(AxisMap.slice(operandTypes[0].shape, start: start, stride: stride, outShape: type.shape), cx, i)
        case let .pad(low, _, mode):
            switch mode {
            case .constant(let v):
                return Lower.move(AxisMap.pad(operandTypes[0].shape, low: low, circular: false, outShape: type.shape), cx, i, fill: v)
            case .circular:
                return Lower.move(AxisMap.pad(operandTypes[0].shape, low: low, circular: true, outShape: type.shape), cx, i)
            }
        case .roll(let shifts):
            return Lower.move(AxisMap.roll(type.shape, shifts), cx, i)
        case .dynamicRoll(let axes):
            return Lower.dynamicRoll(cx, i, axes: axes)
        case .concat(let axis):
            let outer = type.shape[..<axis].reduce(1, *), inner = type.shape[(axis + 1)...].reduce(1, *)
            let chunks = operandTypes.map { $0.shape[axis] * inner }
            return Lower.bitwise(type.dtype) { (_: UInt8.Type) in
                let xs = (0..<node.operands.count).map { cx.operand(i, $0, UInt8.self) }, o = cx.result(i, UInt8.self)
                return { Kernels.concat(xs, chunks: chunks, outer: outer, o) }
            } w4: { _ in
                let xs = (0..<node.operands.count).map { cx.operand(i, $0, UInt32.self) }, o = cx.result(i, UInt32.self)
                return { Kernels.concat(xs, chunks: chunks, outer: outer, o) }
            } w8: { _ in
                let xs = (0..<node.operands.count).map { cx.operand(i, $0, UInt64.self) }, o = cx.result(i, UInt64.self)
                return { Kernels.concat(xs, chunks: chunks, outer: outer, o) }
            }
        case .gather(let axis):
            let d = operandTypes[0].shape
            return Lower.gather(cx, i, pre: d[..<axis].reduce(1, *), axisLength: d[axis], post: d[(axis + 1)...].reduce(1, *),
                                count: operandTypes[1].elementCount)
        case let .scatterAdd(axis, size):
            let idx = operandTypes[1]
            let u = operandTypes[0].shape
            return Lower.scatterAdd(cx, i, pre: u[..<axis].reduce(1, *), size: size,
                                    post: u[(axis + idx.rank)...].reduce(1, *), count: idx.elementCount)

        // MARK: Fused
        case .scaledDotProductAttention(let a), .scaledDotProductAttentionBackward(let a):
            // Flash attention (Kernels+Attention.swift, Kernels+AttentionGEMM.swift): tiles, online
            // softmax, O(tile²) scratch per worker.
            let plan = try AttentionPlan(node: node, graph: cx.graph, attributes: a, backward: !isForwardAttention,
                                         kernel: cx.options.attentionKernel, workerOverride: cx.options.attentionWorkers,
                                         rows: cx.options.attentionRows)
            return Lower.float(type.dtype, cx, i) { Lower.attention($0, plan, cx, i) } f64: { Lower.attention($0, plan, cx, i) }
        }
    }
}
