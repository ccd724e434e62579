import TuskIR

extension WalrusModel {
    /// The boundary-flag channels of the patch jitterer (spec §3.3, the "learned padding") for the
    /// constant-padded grid: `[3, Hc, Wc, Dc]`, channel 0 (bias_correction) 1 everywhere except in
    /// the constant padding; channels 1 (WALL) and 2 (OPEN) count the padding slabs of each side
    /// with that condition (corners covered by two slabs get 2). The plain host definition; the
    /// graph builds the same values with `boundaryFlagTensor`.
    static func boundaryFlags(_ geometry: WalrusGeometry) -> (values: [Double], shape: [Int]) {
        let axes = geometry.axes
        let size = axes.map { $0.size + 2 * $0.constantPad }
        let cells = size.reduce(1, *)
        var flags = [Double](repeating: 0, count: 3 * cells)
        for i in 0..<size[0] {
            for j in 0..<size[1] {
                for k in 0..<size[2] {
                    let cell = (i * size[1] + j) * size[2] + k
                    var bias = 1.0
                    for (a, index) in [i, j, k].enumerated() {
                        let pad = axes[a].constantPad
                        guard pad > 0 else { continue }
                        if index < pad {
                            flags[(1 + axes[a].boundary.start.rawValue) * cells + cell] += 1
                            bias = 0
                        }
                        if index >= size[a] - pad {
                            flags[(1 + axes[a].boundary.end.rawValue) * cells + cell] += 1
                            bias = 0
                        }
                    }
                    flags[cell] = bias
                }
            }
        }
        return (flags, [3] + size)
    }

    /// The boundary flags of `boundaryFlags(_:)` built inside the graph from `iota`, compares and
    /// casts (a few ops per padded axis instead of 3·Hc·Wc·Dc constants): per constant-padded
    /// axis, `low` = index < pad and `high` = index ≥ size − pad as 0/1; channel 0 = Π (1 − low −
    /// high); WALL and OPEN channels = the sum of the `low` (start side) and `high` (end side)
    /// indicators of the sides with that condition. `[3, Hc, Wc, Dc]` in `dtype`; the values are
    /// small integers, so they equal `boundaryFlags` exactly. (`boundaryFlags` stays as the
    /// plain host definition the tests check this against.)
    static func boundaryFlagTensor(_ b: GraphBuilder, _ geometry: WalrusGeometry, dtype: DType) -> Tensor {
        let axes = geometry.axes
        let size = axes.map { $0.size + 2 * $0.constantPad }
        var bias: Tensor?
        var sides: [BoundaryCondition: Tensor] = [:]
        for (a, axis) in axes.enumerated() where axis.constantPad > 0 {
            let pad = axis.constantPad
            var shape = [1, 1, 1]
            shape[a] = size[a]
            let index = b.iota(shape, axis: a, start: 0, step: 1, dtype)
            let low = index.compare(.lt, b.fill(Double(pad), [], dtype)).cast(dtype)
            let high = index.compare(.ge, b.fill(Double(size[a] - pad), [], dtype)).cast(dtype)
            let interior = b.fill(1, [], dtype).sub(low).sub(high)
            bias = bias.map { $0.mul(interior) } ?? interior
            for (condition, indicator) in [(axis.boundary.start, low), (axis.boundary.end, high)] {
                sides[condition] = sides[condition].map { $0.add(indicator) } ?? indicator
            }
        }
        let channels = [bias ?? b.fill(1, [], dtype), sides[.wall] ?? b.fill(0, [], dtype), sides[.open] ?? b.fill(0, [], dtype)]
        return b.concat(channels.map { $0.broadcast(to: size).reshape([1] + size) }, axis: 0)
    }

    /// One jitter shift vector (H, W, D) of a forward pass: a run-time i32[3] tensor (a graph
    /// input, or computed from one) or trace-time integers.
    enum RollShift {
        case dynamic(Tensor)
        case fixed([Int])
    }

    /// The shifts of a forward pass: the encoder roll, the token roll before each block and the
    /// roll back after the last block (minus the per-axis sums). Nil where nothing rolls.
    struct TracedRolls {
        var encoder: RollShift?
        var blocks: [RollShift?]
        var total: RollShift?
    }

    /// The rolls of `source` in the graph of `b`: graph inputs (declared only when some axis of
    /// `geometry` draws) or checked constants (zero shifts: nil, no op). The one place the two
    /// forms differ; the model rolls through `rolled` either way.
    func tracedRolls(_ b: GraphBuilder, _ source: WalrusRollSource, geometry: WalrusGeometry) throws -> TracedRolls {
        let depth = config.depth
        switch source {
        case .fixed(let rolls):
            try rolls.check(geometry, config: config)
            var total = [0, 0, 0]
            for row in rolls.blocks { for a in 0..<3 { total[a] += row[a] } }
            func shift(_ s: [Int]) -> RollShift? { s.contains { $0 != 0 } ? .fixed(s) : nil }
            return TracedRolls(encoder: shift(rolls.encoder), blocks: rolls.blocks.map(shift), total: shift(total))
        case .inputs:
            let encoder = geometry.encoderRollRanges.contains { $0 != nil }
                ? RollShift.dynamic(b.input(WalrusRolls.encoderInputName, [3], .i32)) : nil
            guard depth > 0, geometry.blockRollRanges(jitter: config.jitter).contains(where: { $0 != nil }) else {
                return TracedRolls(encoder: encoder, blocks: Array(repeating: nil, count: depth), total: nil)
            }
            let all = b.input(WalrusRolls.blocksInputName, [depth, 3], .i32)
            let blocks = (0..<depth).map { RollShift.dynamic(all.slice(axis: 0, $0..<($0 + 1)).reshape([3])) }
            return TracedRolls(encoder: encoder, blocks: blocks, total: .dynamic(all.sum(axes: [0])))
        }
    }

    /// `x` rolled on its last three (spatial) axes by `shift` (by −shift with `back`), or `x`
    /// when there is no shift: `dynamic_roll` for a run-time shift, `roll` for a fixed one.
    func rolled(_ x: Tensor, _ shift: RollShift?, back: Bool = false) -> Tensor {
        let lead = x.rank - 3
        switch shift {
        case nil:
            return x
        case .fixed(let s):
            let amounts = back ? zip(s, x.shape[lead...]).map { (-$0).modulo($1) } : s
            return x.roll(Array(repeating: 0, count: lead) + amounts)
        case .dynamic(let s):
            return x.roll(back ? -s : s, axes: Array(lead..<x.rank))
        }
    }

    /// `FixedPatchJittererBoundaryPad.forward`: `[T, B, C, H, W, D]` → `[T, B, C+3, Hp, Wp, Dp]`.
    /// Zero padding of the non-periodic axes → the three flag channels appended → roll by the
    /// encoder rolls → circular padding of the periodic axes.
    func patchJitter(_ x: Tensor, geometry: WalrusGeometry, roll: RollShift?) -> Tensor {
        let b = x.builder
        let (t, batch, c) = (x.shape[0], x.shape[1], x.shape[2])
        let axes = geometry.axes
        var h = x.reshape([t * batch, c] + geometry.spatialShape)
        let constant = axes.map(\.constantPad)
        if constant.contains(where: { $0 > 0 }) {
            h = h.pad(low: [0, 0] + constant, high: [0, 0] + constant, mode: .constant(0))
        }
        let flagShape = [3] + axes.map { $0.size + 2 * $0.constantPad }
        let flags = Self.boundaryFlagTensor(b, geometry, dtype: x.dtype).reshape([1] + flagShape)
            .broadcast(to: [t * batch] + flagShape)
        h = b.concat([h, flags], axis: 1)
        h = rolled(h, roll)
        let circular = axes.map(\.circularPad)
        if circular.contains(where: { $0 > 0 }) {
            h = h.pad(low: [0, 0] + circular, high: [0, 0] + circular, mode: .circular)
        }
        return h.reshape([t, batch, c + 3] + geometry.paddedShape)
    }

    /// `unjitter`: `[T, B, C, Hp, Wp, Dp]` → `[T·B, C, H, W, D]`: crop the circular padding → roll
    /// back → crop the constant padding (the exact reverse of `patchJitter`).
    func unjitter(_ x: Tensor, geometry: WalrusGeometry, roll: RollShift?) -> Tensor {
        let (t, batch, c) = (x.shape[0], x.shape[1], x.shape[2])
        var h = x.reshape([t * batch, c] + geometry.paddedShape)
        let circular = geometry.axes.map(\.circularPad)
        if circular.contains(where: { $0 > 0 }) {
            h = cropped(h, circular)
        }
        h = rolled(h, roll, back: true)
        let constant = geometry.axes.map(\.constantPad)
        if constant.contains(where: { $0 > 0 }) {
            h = cropped(h, constant)
        }
        return h
    }

    /// Removes `amount[i]` cells from both ends of spatial axis i of `[N, C, H, W, D]`.
    func cropped(_ x: Tensor, _ amount: [Int]) -> Tensor {
        let start = [0, 0] + amount
        let limit = x.shape.enumerated().map { i, n in i < 2 ? n : n - amount[i - 2] }
        return x.apply(.slice(start: start, limit: limit, stride: Array(repeating: 1, count: x.rank)),
                       file: #fileID, line: #line)
    }
}
