import Foundation
import TuskData
import TuskIR
import TuskNN

/// `report.json` of `tusk rollout`: The Well's VRMSE (and NRMSE) per predicted step and per
/// field, per trajectory and averaged over trajectories, with the_well's window summaries.
public struct WalrusRolloutReport: Codable, Sendable {
    public struct Trajectory: Codable, Sendable {
        public var file: String
        public var trajectory: Int
        /// `[step][field]`.
        public var vrmse: [[Double]]
        public var nrmse: [[Double]]
    }

    public var dataset: String
    public var split: String
    /// `persistence` or `checkpoint`.
    public var method: String
    public var checkpoint: String?
    public var checkpoint_step: Int?
    public var n_in: Int
    public var steps: Int
    public var field_names: [String]
    /// Averaged over trajectories, `[step][field]`.
    public var vrmse: [[Double]]
    public var nrmse: [[Double]]
    /// Mean over steps and fields of `vrmse`.
    public var vrmse_mean: Double
    /// the_well's `T=all`, `T=a:b` window means of the averaged VRMSE.
    public var windows: [WindowSummary]
    public var trajectories: [Trajectory]
    /// For model rollouts: the persistence baseline's averaged VRMSE on the same windows.
    public var persistence_vrmse: [[Double]]?
    public var persistence_vrmse_mean: Double?
    /// Pictures written next to the report.
    public var pictures: [String]
    /// Threads of the BLAS backend during the rollout (`BLASThreads.current`; `tusk rollout`
    /// and `tusk demo` pin it with `--threads` / `TUSK_NUM_THREADS`). Nil in reports written
    /// before it was recorded.
    public var threads: Int?

    /// Builds the report from rollouts (and, for a model, the persistence rollouts of the same
    /// windows).
    public init(dataset: String, split: String, checkpoint: String?, checkpointStep: Int?, nIn: Int,
                rollouts: [WalrusTrajectoryRollout], persistence: [WalrusTrajectoryRollout]?) throws {
        let v = try MetricCurves.average(rollouts.map(\.vrmse)), n = try MetricCurves.average(rollouts.map(\.nrmse))
        self.dataset = dataset
        self.split = split
        self.method = checkpoint == nil ? "persistence" : "checkpoint"
        self.checkpoint = checkpoint
        self.checkpoint_step = checkpointStep
        self.n_in = nIn
        self.steps = v.steps
        self.field_names = v.fieldNames
        self.vrmse = v.values
        self.nrmse = n.values
        self.vrmse_mean = Self.mean(v.values)
        self.windows = try v.wellWindows()
        self.trajectories = rollouts.map { Trajectory(file: $0.file, trajectory: $0.trajectory, vrmse: $0.vrmse.values, nrmse: $0.nrmse.values) }
        if let persistence {
            let p = try MetricCurves.average(persistence.map(\.vrmse))
            persistence_vrmse = p.values
            persistence_vrmse_mean = Self.mean(p.values)
        }
        pictures = []
    }

    static func mean(_ v: [[Double]]) -> Double {
        let all = v.flatMap { $0 }
        return all.reduce(0, +) / Double(max(all.count, 1))
    }

    /// Writes `report.json` and the pictures into `directory`: `panels.png` (prediction | truth
    /// | error of the first trajectory at the first, middle and last step, every field),
    /// `vrmse.png` (per-field VRMSE vs step), `vrmse_vs_persistence.png` (model runs) and
    /// `loss.png` (the training loss, when `trainLog` has entries).
    public mutating func write(to directory: String, rollouts: [WalrusTrajectoryRollout], trainLog: String?) throws {
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw TuskError.file(path: directory, message: "cannot create the output folder: \(JSONErrorText.describe(error))")
        }
        var pictures: [String] = []
        if let first = rollouts.first {
            let n = first.truth.steps
            let steps = Array(Set([0, n / 2, n - 1])).sorted()
            let img = try ComparisonPanels.render(prediction: first.prediction, truth: first.truth, steps: steps,
                                                  fields: Array(first.truth.fieldNames.prefix(4)), cellSize: 128)
            try img.writePNG(to: directory + "/panels.png")
            pictures.append("panels.png")
        }
        let curves = try MetricCurves(metric: "VRMSE", fieldNames: field_names, values: vrmse)
        try LinePlot.metricCurves(curves, logY: true).render().writePNG(to: directory + "/vrmse.png")
        pictures.append("vrmse.png")
        if let p = persistence_vrmse {
            let xs = (1...max(steps, 1)).map(Double.init)
            let fm = { (v: [[Double]]) in v.map { $0.reduce(0, +) / Double(max($0.count, 1)) } }
            let plot = LinePlot(title: "VRMSE (MEAN OVER FIELDS) VS STEP", xLabel: "PREDICTED STEP", yLabel: "VRMSE", logY: true,
                                series: [.init(name: "WALRUS", xs: xs, ys: fm(vrmse)), .init(name: "PERSISTENCE", xs: xs, ys: fm(p))])
            try plot.render().writePNG(to: directory + "/vrmse_vs_persistence.png")
            pictures.append("vrmse_vs_persistence.png")
        }
        if let trainLog {
            let entries = WalrusTrainingLog.read(path: trainLog)
            if !entries.isEmpty {
                try LinePlot.trainingLoss(steps: entries.map(\.step), losses: entries.map(\.loss)).render()
                    .writePNG(to: directory + "/loss.png")
                pictures.append("loss.png")
            }
        }
        self.pictures = pictures
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let path = directory + "/report.json"
        // AtomicFile: only a regular file (or a new path) is replaced, with the path and cause on failure.
        try AtomicFile.write(Array(try encoder.encode(self)), to: path)
    }
}
