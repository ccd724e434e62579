import TuskIR

/// The tensor structure of a series' channels: fields in channel order, each a scalar
/// (order 0, one channel), a vector (order 1, D channels `_x, _y, _z`) or a rank-2 tensor
/// (order 2, D² channels `_xx, _xy, …` row-major) — the_well's flattening.
public struct TensorFieldLayout: Sendable, Equatable {
    /// One field: its (unflattened) name and tensor order 0, 1 or 2.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var order: Int
        public init(name: String, order: Int) { self.name = name; self.order = order }
    }

    public var fields: [Field]

    /// Validates the orders (0…2).
    public init(_ fields: [Field]) throws {
        for f in fields where !(0 ... 2).contains(f.order) {
            throw TuskError.binding("field '\(f.name)' has tensor order \(f.order); only 0, 1, 2 are supported")
        }
        self.fields = fields
    }

    /// The_well's order: t0 fields, then t1, then t2 (each list in file order).
    public init(scalars: [String], vectors: [String] = [], tensors: [String] = []) throws {
        try self.init(scalars.map { Field(name: $0, order: 0) } + vectors.map { Field(name: $0, order: 1) }
            + tensors.map { Field(name: $0, order: 2) })
    }

    /// Number of channels in `d` spatial dimensions.
    public func channelCount(dimension d: Int) -> Int {
        fields.reduce(0) { $0 + Int(pow(d, $1.order)) }
    }

    /// The flattened channel names for `d` dimensions (`velocity_x`, `E_xy`, …).
    public func channelNames(dimension d: Int) -> [String] {
        let axes = ["x", "y", "z"].prefix(d)
        return fields.flatMap { f -> [String] in
            switch f.order {
            case 0: return [f.name]
            case 1: return axes.map { "\(f.name)_\($0)" }
            default: return axes.flatMap { a in axes.map { "\(f.name)_\(a)\($0)" } }
            }
        }
    }

    /// For rotation `r`: `source[c']` and `sign[c']` with new channel c' = sign · old channel
    /// source (the component law v'_j = s_j v_{p[j]}, T'_{jk} = s_j s_k T_{p[j] p[k]}).
    func channelMap(_ r: AxisRotation) -> (source: [Int], sign: [Float]) {
        let d = r.dimension
        var src: [Int] = [], sgn: [Float] = []
        var base = 0
        for f in fields {
            switch f.order {
            case 0:
                src.append(base); sgn.append(1)
            case 1:
                for j in 0 ..< d { src.append(base + r.permutation[j]); sgn.append(Float(r.sign(j))) }
            default:
                for j in 0 ..< d {
                    for k in 0 ..< d {
                        src.append(base + r.permutation[j] * d + r.permutation[k])
                        sgn.append(Float(r.sign(j) * r.sign(k)))
                    }
                }
            }
            base += Int(pow(d, f.order))
        }
        return (src, sgn)
    }
}

private func pow(_ b: Int, _ e: Int) -> Int { e == 0 ? 1 : b * pow(b, e - 1) }

extension FieldSeries {
    /// This series rotated by `r`: the grid moves (new axis j = old axis p[j], reversed when
    /// flipped), scalars move with the grid, vector and rank-2 tensor components permute and
    /// change sign per `layout` (see `AxisRotation`). Channel names are kept (component `_x`
    /// of the result is the new x component). Time-constant fields rotate the same way
    /// (pass them as a one-step series).
    public func rotated(by r: AxisRotation, layout: TensorFieldLayout) throws -> FieldSeries {
        let d = spatialRank
        guard r.dimension == d else {
            throw TuskError.binding("rotation of \(r.dimension) axes applied to a series with \(d) spatial axes")
        }
        guard layout.channelCount(dimension: d) == channels else {
            throw TuskError.binding("tensor layout \(layout.fields.map { "\($0.name):\($0.order)" }) needs \(layout.channelCount(dimension: d)) channels in \(d)-D, the series has \(channels)")
        }
        let old = spatialShape
        let new = (0 ..< d).map { old[r.permutation[$0]] }
        var oldStrides = [Int](repeating: 1, count: d)
        for a in stride(from: d - 2, through: 0, by: -1) { oldStrides[a] = oldStrides[a + 1] * old[a + 1] }
        let (src, sgn) = layout.channelMap(r)
        let p = pointsPerFrame, c = channels
        var out = [Float](repeating: 0, count: values.count)
        var idx = [Int](repeating: 0, count: d) // multi-index over the NEW grid, row-major
        for q in 0 ..< p {
            var sourcePoint = 0
            for j in 0 ..< d {
                let i = r.flips[j] ? new[j] - 1 - idx[j] : idx[j]
                sourcePoint += i * oldStrides[r.permutation[j]]
            }
            for t in 0 ..< steps {
                let o = (t * p + q) * c, s = (t * p + sourcePoint) * c
                for k in 0 ..< c { out[o + k] = sgn[k] * values[s + src[k]] }
            }
            var a = d - 1
            while a >= 0 { idx[a] += 1; if idx[a] < new[a] { break }; idx[a] = 0; a -= 1 }
        }
        return try FieldSeries(shape: [steps] + new + [c], values: out, fieldNames: fieldNames)
    }
}

extension AxisRotation {
    /// Boundary conditions `[D][2]` (start, end) rotated like the_well: axis pairs follow the
    /// permutation, and a flipped axis swaps its start and end.
    public func rotate<T>(boundaryConditions bcs: [[T]]) throws -> [[T]] {
        guard bcs.count == dimension, bcs.allSatisfy({ $0.count == 2 }) else {
            throw TuskError.binding("boundary conditions must be [\(dimension)][2], got \(bcs.map(\.count))")
        }
        return (0 ..< dimension).map { j in
            let pair = bcs[permutation[j]]
            return flips[j] ? [pair[1], pair[0]] : pair
        }
    }
}
