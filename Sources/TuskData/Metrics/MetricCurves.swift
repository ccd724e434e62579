import Foundation
import TuskIR

/// One metric's per-step, per-field curve: `values[step][field]` (the rollout curve The
/// Well logs as `<field>_<metric>_rollout`, and what `report.json` stores).
public struct MetricCurves: Codable, Sendable, Equatable {
    /// The metric's name (the_well's class name, e.g. `VRMSE`).
    public var metric: String
    /// One name per field (channel).
    public var fieldNames: [String]
    /// `[step][field]`.
    public var values: [[Double]]

    /// Validates that every step has one value per field.
    public init(metric: String, fieldNames: [String], values: [[Double]]) throws {
        guard values.allSatisfy({ $0.count == fieldNames.count }) else {
            throw TuskError.binding("metric curves \(metric): every step needs \(fieldNames.count) field values")
        }
        self.metric = metric
        self.fieldNames = fieldNames
        self.values = values
    }

    /// Evaluates `metric` on a predicted and a true series (per step, per field).
    public init(_ metric: WellMetric, prediction: FieldSeries, truth: FieldSeries) throws {
        try self.init(metric: metric.rawValue, fieldNames: truth.fieldNames,
                      values: metric.evaluate(prediction: prediction, truth: truth))
    }

    /// Number of steps.
    public var steps: Int { values.count }

    /// The curve of one field.
    public func field(_ name: String) throws -> [Double] {
        guard let k = fieldNames.firstIndex(of: name) else {
            throw TuskError.binding("metric curves \(metric) have no field '\(name)' (fields: \(fieldNames))")
        }
        return values.map { $0[k] }
    }

    /// The mean over fields per step (the_well's `full_<metric>` curve).
    public var fieldMean: [Double] { values.map { $0.reduce(0, +) / Double($0.count) } }

    /// Mean over the steps `range` (0-based, half-open like a Python slice) of each field.
    public func mean(steps range: Range<Int>) throws -> [Double] {
        guard range.lowerBound >= 0, range.upperBound <= steps, !range.isEmpty else {
            throw TuskError.binding("metric window \(range) is not inside 0..<\(steps)")
        }
        var acc = [Double](repeating: 0, count: fieldNames.count)
        for t in range { for k in acc.indices { acc[k] += values[t][k] } }
        return acc.map { $0 / Double(range.count) }
    }

    /// Element-wise mean of curves of several trajectories (the_well averages the
    /// per-sample values over the batch, then over batches). All must share metric, fields
    /// and step count.
    public static func average(_ curves: [MetricCurves]) throws -> MetricCurves {
        guard let first = curves.first else { throw TuskError.binding("cannot average zero metric curves") }
        for c in curves where c.metric != first.metric || c.fieldNames != first.fieldNames || c.steps != first.steps {
            throw TuskError.binding("cannot average metric curves of different metrics, fields or lengths (\(c.metric) \(c.fieldNames) \(c.steps) vs \(first.metric) \(first.fieldNames) \(first.steps))")
        }
        var acc = first.values.map { $0.map { _ in 0.0 } }
        for c in curves { for t in acc.indices { for k in acc[t].indices { acc[t][k] += c.values[t][k] } } }
        let n = Double(curves.count)
        return try MetricCurves(metric: first.metric, fieldNames: first.fieldNames, values: acc.map { $0.map { $0 / n } })
    }

    /// The_well's log-spaced time-window boundaries for `steps` predicted steps
    /// (`Trainer.split_up_losses`): `[0] + [int(exp(v)) for v in linspace(0, ln T, min(T, n))]`.
    /// For T = 100, n = 5: `[0, 1, 3, 10, 31, 100]`.
    public static func wellWindowBoundaries(steps: Int, intervals n: Int = 5) -> [Int] {
        guard steps >= 1, n >= 1 else { return [0] }
        let num = min(steps, n)
        let stop = log(Double(steps))
        var out = [0]
        for i in 0 ..< num {
            // numpy.linspace: start + i*step, with the endpoint set exactly to stop.
            let v = num == 1 ? 0.0 : (i == num - 1 ? stop : Double(i) * (stop / Double(num - 1)))
            out.append(Int(exp(v)))
        }
        return out
    }

    /// Window summaries keyed like the_well's log (`T=all`, `T=a:b`), each the mean over the
    /// window's steps of every field and of the field mean ("full"). Windows of zero length
    /// (which the_well's formula can produce for short rollouts, giving NaN there) are skipped.
    public func wellWindows(intervals n: Int = 5) throws -> [WindowSummary] {
        var result = [try summary(label: "T=all", steps: 0 ..< steps)]
        let b = MetricCurves.wellWindowBoundaries(steps: steps, intervals: n)
        if b.count > 2 {
            for k in 0 ..< b.count - 1 where b[k] < b[k + 1] {
                result.append(try summary(label: "T=\(b[k]):\(b[k + 1])", steps: b[k] ..< b[k + 1]))
            }
        }
        return result
    }

    /// The mean over `steps` of each field and of their mean.
    public func summary(label: String, steps range: Range<Int>) throws -> WindowSummary {
        let perField = try mean(steps: range)
        return WindowSummary(label: label, start: range.lowerBound, end: range.upperBound,
                             perField: perField, full: perField.reduce(0, +) / Double(perField.count))
    }
}

/// A metric averaged over a window of predicted steps `start..<end`.
public struct WindowSummary: Codable, Sendable, Equatable {
    public var label: String
    public var start: Int
    public var end: Int
    /// One value per field, in the curves' field order.
    public var perField: [Double]
    /// Mean over fields.
    public var full: Double
}

/// The persistence baseline: every predicted frame equals the last input frame.
public enum PersistenceBaseline {
    /// `steps` copies of the last frame of `input`.
    public static func predict(input: FieldSeries, steps: Int) throws -> FieldSeries {
        guard steps >= 1 else { throw TuskError.binding("persistence baseline needs at least one step, got \(steps)") }
        let last = try input.frames(input.steps - 1 ..< input.steps).values
        var shape = input.shape
        shape[0] = steps
        var values: [Float] = []
        values.reserveCapacity(last.count * steps)
        for _ in 0 ..< steps { values.append(contentsOf: last) }
        return try FieldSeries(shape: shape, values: values, fieldNames: input.fieldNames)
    }
}
