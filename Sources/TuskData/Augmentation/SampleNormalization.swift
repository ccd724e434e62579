import TuskIR

/// Walrus' per-sample asymmetric RMS normalization (walrus-spec §5.3,
/// `RMSSamplewiseRevNormalization`), on plain arrays.
///
/// From an input window `x` of shape `[T, *space, C]`, per channel c:
/// - `scale[c] = max(sqrt(mean_{t,space} x²), eps)` — the input is divided by it (no centering);
/// - `deltaScale[c] = max(sqrt(mean_{t,space} (x_{t+1} − x_t)²), eps)` over the T−1 input
///   deltas (1 when T = 1) — the model's output is a delta in these units.
/// `eps = 1e-5` (the release trainer's `epsilon`). Statistics are accumulated in Double and
/// stored as Float (the reference computes in fp32; the difference is float rounding).
public struct SampleNormalization: Sendable, Equatable {
    /// Per-channel RMS of the input window (≥ eps).
    public var scale: [Float]
    /// Per-channel RMS of the input window's one-step deltas (≥ eps; 1 when T = 1).
    public var deltaScale: [Float]

    /// The release epsilon.
    public static let epsilon: Double = 1e-5

    /// Statistics of `window`.
    public init(window x: FieldSeries, epsilon eps: Double = SampleNormalization.epsilon) {
        let c = x.channels, p = x.pointsPerFrame
        var sq = [Double](repeating: 0, count: c), dsq = sq
        for t in 0 ..< x.steps {
            for i in 0 ..< p {
                let o = (t * p + i) * c
                for k in 0 ..< c {
                    let v = Double(x.values[o + k])
                    sq[k] += v * v
                    if t > 0 {
                        let d = v - Double(x.values[o - p * c + k])
                        dsq[k] += d * d
                    }
                }
            }
        }
        let n = Double(x.steps * p), nd = Double((x.steps - 1) * p)
        scale = sq.map { Float(max(($0 / n).squareRoot(), eps)) }
        deltaScale = x.steps > 1 ? dsq.map { Float(max(($0 / nd).squareRoot(), eps)) } : [Float](repeating: 1, count: c)
    }

    /// Model input: every value divided by its channel's `scale`.
    public func normalize(_ x: FieldSeries) throws -> FieldSeries {
        try map(x, by: scale) { v, s in v / s }
    }

    /// Inverse of `normalize`.
    public func denormalize(_ x: FieldSeries) throws -> FieldSeries {
        try map(x, by: scale) { v, s in v * s }
    }

    /// Normalized delta targets `(x_{t+1} − x_t) / deltaScale` of a window of T_in + 1 frames
    /// (input frames followed by the target frame): T_in frames, one per input step (the
    /// causal targets of spec §5.4).
    public func deltaTargets(_ frames: FieldSeries) throws -> FieldSeries {
        try map(Self.deltas(frames), by: deltaScale) { v, d in v / d }
    }

    /// The next state from a normalized delta prediction `output` (one frame):
    /// `last + output · deltaScale`, where `last` is the last (unnormalized) input frame.
    public func nextState(last: FieldSeries, output: FieldSeries) throws -> FieldSeries {
        guard last.shape == output.shape, last.steps == 1 else {
            throw TuskError.binding("next state: last frame \(last.shape) and output \(output.shape) must be one matching frame")
        }
        let step = try map(output, by: deltaScale) { v, d in v * d }
        return try FieldSeries(shape: last.shape, values: zip(last.values, step.values).map { $0 + $1 }, fieldNames: last.fieldNames)
    }

    /// One-step differences `x_{t+1} − x_t` (T − 1 frames).
    public static func deltas(_ x: FieldSeries) throws -> FieldSeries {
        guard x.steps >= 2 else { throw TuskError.binding("deltas need at least two frames, got \(x.steps)") }
        let f = x.frameSize
        var out = [Float](repeating: 0, count: (x.steps - 1) * f)
        for i in out.indices { out[i] = x.values[i + f] - x.values[i] }
        var shape = x.shape
        shape[0] -= 1
        return try FieldSeries(shape: shape, values: out, fieldNames: x.fieldNames)
    }

    private func map(_ x: FieldSeries, by s: [Float], _ f: (Float, Float) -> Float) throws -> FieldSeries {
        guard s.count == x.channels else {
            throw TuskError.binding("normalization has \(s.count) channels, the series \(x.channels)")
        }
        var y = x
        let c = x.channels
        for i in y.values.indices { y.values[i] = f(y.values[i], s[i % c]) }
        return y
    }
}
