import TuskIR

/// The spatial metrics of the_well (`the_well/benchmark/metrics/spatial.py`, package
/// `the-well` 1.2.0), computed per leading index (time step) and per channel, with the
/// reductions over the spatial axes only.
///
/// Formulas (x = prediction, y = truth, means over the `P` grid points of one step and one
/// channel, `eps = 1e-7`):
/// - `mse` = mean((x−y)²); `rmse` = √mse; `mae` = mean(|x−y|); `linf` = max(|x−y|)
/// - `nmse` = mse / (mean(y²) + eps); `nrmse` = √nmse — the_well's default `norm_mode="norm"`:
///   normalized by the mean SQUARE of the target, not by its variance
/// - `vmse` = mse / (std(y)² + eps) with `torch.std`'s default Bessel correction (divisor
///   P−1); `vrmse` = √vmse. the_well implements VRMSE as `NRMSE(norm_mode="std")` and never
///   forwards its own `eps` argument, so the effective eps is always 1e-7, added to the
///   VARIANCE (this is what the issue says; checked against the installed code).
/// - `nmae` = mae / (mean(|y|) + eps)
///
/// With a single grid point the unbiased variance is 0/0 = NaN in torch; here too.
public enum WellMetric: String, CaseIterable, Codable, Sendable {
    case mse = "MSE", rmse = "RMSE", mae = "MAE", nmse = "NMSE", nrmse = "NRMSE"
    case vmse = "VMSE", vrmse = "VRMSE", nmae = "NMAE", linf = "LInfinity"

    /// the_well's `eps` (1e-7).
    public static let epsilon = 1e-7

    /// The metric from the per-(step, channel) spatial statistics.
    public func value(_ s: SpatialStatistics) -> Double {
        let eps = WellMetric.epsilon
        switch self {
        case .mse: return s.meanSquaredError
        case .rmse: return s.meanSquaredError.squareRoot()
        case .mae: return s.meanAbsoluteError
        case .nmse: return s.meanSquaredError / (s.truthMeanSquare + eps)
        case .nrmse: return (s.meanSquaredError / (s.truthMeanSquare + eps)).squareRoot()
        case .vmse: return s.meanSquaredError / (s.truthUnbiasedVariance + eps)
        case .vrmse: return (s.meanSquaredError / (s.truthUnbiasedVariance + eps)).squareRoot()
        case .nmae: return s.meanAbsoluteError / (s.truthMeanAbs + eps)
        case .linf: return s.maxAbsoluteError
        }
    }

    /// `[step][channel]` values of this metric for `prediction` against `truth` (same shape
    /// and field names).
    public func evaluate(prediction: FieldSeries, truth: FieldSeries) throws -> [[Double]] {
        try SpatialStatistics.compute(prediction: prediction, truth: truth).map { $0.map(value) }
    }
}

/// Sufficient statistics of one (step, channel) pair over the spatial grid, in Double.
public struct SpatialStatistics: Sendable, Equatable {
    public var meanSquaredError: Double
    public var meanAbsoluteError: Double
    public var maxAbsoluteError: Double
    /// mean(y²)
    public var truthMeanSquare: Double
    /// mean(|y|)
    public var truthMeanAbs: Double
    /// Σ(y − ȳ)² / (P − 1) (two-pass; NaN when P = 1, like torch.std)
    public var truthUnbiasedVariance: Double

    /// `[step][channel]` statistics; throws when the shapes or field names differ.
    public static func compute(prediction x: FieldSeries, truth y: FieldSeries) throws -> [[SpatialStatistics]] {
        guard x.shape == y.shape else {
            throw TuskError.binding("metric: prediction shape \(x.shape) differs from truth shape \(y.shape)")
        }
        guard x.fieldNames == y.fieldNames else {
            throw TuskError.binding("metric: prediction fields \(x.fieldNames) differ from truth fields \(y.fieldNames)")
        }
        let p = x.pointsPerFrame, c = x.channels
        let n = Double(p)
        var result: [[SpatialStatistics]] = []
        result.reserveCapacity(x.steps)
        for t in 0 ..< x.steps {
            var sq = [Double](repeating: 0, count: c), ab = sq, mx = sq, y2 = sq, ya = sq, ys = sq
            for i in 0 ..< p {
                let base = (t * p + i) * c
                for k in 0 ..< c {
                    let yv = Double(y.values[base + k])
                    let d = Double(x.values[base + k]) - yv
                    sq[k] += d * d
                    ab[k] += abs(d)
                    mx[k] = max(mx[k], abs(d))
                    y2[k] += yv * yv
                    ya[k] += abs(yv)
                    ys[k] += yv
                }
            }
            var dev = [Double](repeating: 0, count: c)
            for i in 0 ..< p {
                let base = (t * p + i) * c
                for k in 0 ..< c {
                    let e = Double(y.values[base + k]) - ys[k] / n
                    dev[k] += e * e
                }
            }
            result.append((0 ..< c).map { k in
                SpatialStatistics(meanSquaredError: sq[k] / n, meanAbsoluteError: ab[k] / n,
                                  maxAbsoluteError: mx[k], truthMeanSquare: y2[k] / n,
                                  truthMeanAbs: ya[k] / n,
                                  truthUnbiasedVariance: p > 1 ? dev[k] / (n - 1) : .nan)
            })
        }
        return result
    }
}
