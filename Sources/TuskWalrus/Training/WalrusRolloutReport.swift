import Foundation
import TuskData
import TuskIR
import TuskNN

/// What `tusk rollout` writes besides report.json's metrics and the standard pictures.
public struct WalrusRolloutOutputs: Sendable {
    /// 1-based predicted steps of the power spectra (nil: the first, middle and last step).
    public var spectraSteps: [Int]?
    /// The field of `animation.png` (nil: the first field).
    public var animateField: String?
    /// At most this many animation frames (evenly spread over the rollout).
    public var maxAnimationFrames: Int
    /// animation.png's size budget: past it, fewer frames (evenly spread) are shown.
    public var maxAnimationBytes: Int

    public init(spectraSteps: [Int]? = nil, animateField: String? = nil, maxAnimationFrames: Int = 60,
                maxAnimationBytes: Int = 150_000) {
        self.spectraSteps = spectraSteps; self.animateField = animateField
        self.maxAnimationFrames = maxAnimationFrames; self.maxAnimationBytes = maxAnimationBytes
    }

    /// The default spectrum steps of an `n`-step rollout: first, middle, last.
    public static func defaultSpectraSteps(_ n: Int) -> [Int] { Array(Set([1, (n + 1) / 2, n])).sorted() }
}

/// `report.json` of `tusk rollout`: The Well's VRMSE (and NRMSE) per predicted step and per
/// field, per trajectory and averaged over trajectories, with the_well's window summaries.
public struct WalrusRolloutReport: Codable, Sendable {
    public struct Trajectory: Codable, Sendable {
        public var file: String
        public var trajectory: Int
        /// `[step][field]`.
        public var vrmse: [[Double]]
        public var nrmse: [[Double]]
        /// First 1-based step whose field-mean VRMSE exceeds 1 or whose prediction has a
        /// non-finite value (nil: none).
        public var blowup_step: Int?
    }

    public var dataset: String
    public var split: String
    /// `persistence`, `checkpoint` (a `tusk train` checkpoint) or `weights` (a state dict with
    /// the official key names, `--config` + `--weights`).
    public var method: String
    public var checkpoint: String?
    public var checkpoint_step: Int?
    /// With method `weights`: the weights file and the config (a name or a JSON path).
    public var weights: String?
    public var config: String?
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
    /// First 1-based step where the trajectory-averaged, field-mean VRMSE exceeds 1 (worse than
    /// predicting the truth's mean) or any trajectory's prediction has a non-finite value; nil
    /// when the rollout stays below 1 throughout. Marked on vrmse.png and
    /// vrmse_vs_persistence.png.
    public var blowup_step: Int?
    /// The same for the persistence baseline of a model rollout.
    public var persistence_blowup_step: Int?
    /// Isotropic power spectra of prediction and truth per field (spectra.png); nil with
    /// `spectra_note` saying why when the grid has none.
    public var spectra: RolloutSpectra?
    public var spectra_note: String?
    /// The field animated in animation.png and its frames' 1-based steps (every step, or as
    /// many evenly spread ones as fit `maxAnimationBytes`).
    public var animation_field: String?
    public var animation_steps: [Int]?
    /// Pictures written next to the report.
    public var pictures: [String]
    /// Threads of the BLAS backend during the rollout (`BLASThreads.current`; `tusk rollout`
    /// and `tusk demo` pin it with `--threads` / `TUSK_NUM_THREADS`). Nil in reports written
    /// before it was recorded.
    public var threads: Int?

    /// Builds the report from rollouts (and, for a model, the persistence rollouts of the same
    /// windows). `weights` (file, config) instead of `checkpoint` for official-key weights.
    public init(dataset: String, split: String, checkpoint: String?, checkpointStep: Int?,
                weights: (file: String, config: String)? = nil, nIn: Int,
                rollouts: [WalrusTrajectoryRollout], persistence: [WalrusTrajectoryRollout]?) throws {
        let v = try MetricCurves.average(rollouts.map(\.vrmse)), n = try MetricCurves.average(rollouts.map(\.nrmse))
        self.dataset = dataset
        self.split = split
        self.method = weights != nil ? "weights" : checkpoint == nil ? "persistence" : "checkpoint"
        self.checkpoint = checkpoint
        self.checkpoint_step = checkpointStep
        self.weights = weights?.file
        self.config = weights?.config
        self.n_in = nIn
        self.steps = v.steps
        self.field_names = v.fieldNames
        self.vrmse = v.values
        self.nrmse = n.values
        self.vrmse_mean = Self.mean(v.values)
        self.windows = try v.wellWindows()
        self.trajectories = rollouts.map {
            Trajectory(file: $0.file, trajectory: $0.trajectory, vrmse: $0.vrmse.values, nrmse: $0.nrmse.values,
                       blowup_step: Self.blowupStep(vrmse: $0.vrmse.values, rollouts: [$0]))
        }
        blowup_step = Self.blowupStep(vrmse: v.values, rollouts: rollouts)
        if let persistence {
            let p = try MetricCurves.average(persistence.map(\.vrmse))
            persistence_vrmse = p.values
            persistence_vrmse_mean = Self.mean(p.values)
            persistence_blowup_step = Self.blowupStep(vrmse: p.values, rollouts: persistence)
        }
        pictures = []
    }

    /// First 1-based step where the field mean of `vrmse` (`[step][field]`) exceeds 1 or is not
    /// finite, or where a prediction of `rollouts` has a non-finite value.
    public static func blowupStep(vrmse: [[Double]], rollouts: [WalrusTrajectoryRollout]) -> Int? {
        let byMetric = vrmse.firstIndex { row in
            let m = row.reduce(0, +) / Double(max(row.count, 1))
            return !m.isFinite || m > 1
        }
        let byValue = rollouts.compactMap { r -> Int? in
            r.prediction.values.firstIndex { !$0.isFinite }.map { $0 / r.prediction.frameSize }
        }.min()
        return [byMetric, byValue].compactMap { $0 }.min().map { $0 + 1 }
    }

    /// "NON-FINITE AT STEP s" when a prediction has a non-finite value at step `s`, else
    /// "VRMSE > 1 AT STEP s".
    static func markerLabel(_ step: Int, rollouts: [WalrusTrajectoryRollout]) -> String {
        let nonFinite = rollouts.contains { r in
            step <= r.prediction.steps && r.prediction.values[((step - 1) * r.prediction.frameSize)..<(step * r.prediction.frameSize)].contains { !$0.isFinite }
        }
        return nonFinite ? "NON-FINITE AT STEP \(step)" : "VRMSE > 1 AT STEP \(step)"
    }

    /// The plot, or — when no point is finite (every step blew up) — a blank picture saying so.
    static func renderOrNote(_ plot: LinePlot) throws -> RGBImage {
        do { return try plot.render() } catch {
            var img = RGBImage(width: 720, height: 440)
            img.text(plot.title, x: 20, y: 20, scale: 2, .black)
            img.text("NO FINITE POSITIVE VALUE TO PLOT (THE PREDICTION BLEW UP AT EVERY STEP)", x: 20, y: 200, .black)
            return img
        }
    }

    static func mean(_ v: [[Double]]) -> Double {
        let all = v.flatMap { $0 }
        return all.reduce(0, +) / Double(max(all.count, 1))
    }

    /// Writes `report.json` and the pictures into `directory`: `panels.png` (prediction | truth
    /// | error of the first trajectory at the first, middle and last step, every field),
    /// `vrmse.png` (per-field VRMSE vs step), `vrmse_vs_persistence.png` (model runs) and
    /// `loss.png` (the training loss, when `trainLog` has entries).
    ///
    /// Also `spectra.png` (isotropic power spectra of prediction and truth at
    /// `outputs.spectraSteps`, numbers in `spectra`) and `animation.png` (an APNG of prediction |
    /// truth | error of the first trajectory for `outputs.animateField`). The VRMSE plots mark
    /// `blowup_step` and use a log step axis past 50 steps.
    public mutating func write(to directory: String, rollouts: [WalrusTrajectoryRollout], trainLog: String?,
                               outputs: WalrusRolloutOutputs = WalrusRolloutOutputs()) throws {
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
        if let first = rollouts.first {
            let field = outputs.animateField ?? first.truth.fieldNames[0]
            var maxFrames = outputs.maxAnimationFrames
            while true {
                let (shown, frames) = try RolloutAnimation.frames(prediction: first.prediction, truth: first.truth, field: field,
                                                                  maxFrames: maxFrames)
                let bytes = try RolloutAnimation.apng(frames)
                if bytes.count <= outputs.maxAnimationBytes || frames.count <= 2 {
                    try PNGEncoder.write(bytes, to: directory + "/animation.png")
                    animation_steps = shown.map { $0 + 1 }
                    break
                }
                // Frames cost about the same each: scale their number to the budget (10% margin).
                maxFrames = max(2, min(frames.count - 1, frames.count * outputs.maxAnimationBytes * 9 / (10 * bytes.count)))
            }
            animation_field = field
            pictures.append("animation.png")
        }
        let logX = steps > 50
        let markers = [blowup_step.map { LinePlot.Marker(x: Double($0), label: Self.markerLabel($0, rollouts: rollouts)) }].compactMap { $0 }
        let curves = try MetricCurves(metric: "VRMSE", fieldNames: field_names, values: vrmse)
        var vrmsePlot = LinePlot.metricCurves(curves, logY: true)
        vrmsePlot.logX = logX
        vrmsePlot.markers = markers
        try Self.renderOrNote(vrmsePlot).writePNG(to: directory + "/vrmse.png")
        pictures.append("vrmse.png")
        if let p = persistence_vrmse {
            let xs = (1...max(steps, 1)).map(Double.init)
            let fm = { (v: [[Double]]) in v.map { $0.reduce(0, +) / Double(max($0.count, 1)) } }
            var m = markers
            if let b = persistence_blowup_step { m.append(.init(x: Double(b), label: "PERSISTENCE VRMSE > 1 AT \(b)")) }
            let plot = LinePlot(title: "VRMSE (MEAN OVER FIELDS) VS STEP", xLabel: "PREDICTED STEP", yLabel: "VRMSE", logY: true, logX: logX,
                                series: [.init(name: "WALRUS", xs: xs, ys: fm(vrmse)), .init(name: "PERSISTENCE", xs: xs, ys: fm(p))],
                                markers: m)
            try Self.renderOrNote(plot).writePNG(to: directory + "/vrmse_vs_persistence.png")
            pictures.append("vrmse_vs_persistence.png")
        }
        if let first = rollouts.first {
            if let reason = PowerSpectrum.unsupportedReason(first.truth.spatialShape) {
                spectra_note = reason
            } else {
                let s = try RolloutSpectra(pairs: rollouts.map { ($0.prediction, $0.truth) },
                                           steps: outputs.spectraSteps ?? WalrusRolloutOutputs.defaultSpectraSteps(steps))
                spectra = s
                try SpectrumPlot.render(s).writePNG(to: directory + "/spectra.png")
                pictures.append("spectra.png")
            }
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

// report.json writes `blowup_step` (also per trajectory, and `persistence_blowup_step` for a
// model run) and `spectra` as explicit `null` when there is none, so a reader sees "no blow-up"
// / "no spectrum" rather than a missing key; every other optional key is left out when nil, as
// before. Decoding stays synthesized (missing keys decode as nil).
extension WalrusRolloutReport.Trajectory {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(trajectory, forKey: .trajectory)
        try c.encode(vrmse, forKey: .vrmse)
        try c.encode(nrmse, forKey: .nrmse)
        try c.encode(blowup_step, forKey: .blowup_step)
    }
}

extension WalrusRolloutReport {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dataset, forKey: .dataset)
        try c.encode(split, forKey: .split)
        try c.encode(method, forKey: .method)
        try c.encodeIfPresent(checkpoint, forKey: .checkpoint)
        try c.encodeIfPresent(checkpoint_step, forKey: .checkpoint_step)
        try c.encodeIfPresent(weights, forKey: .weights)
        try c.encodeIfPresent(config, forKey: .config)
        try c.encode(n_in, forKey: .n_in)
        try c.encode(steps, forKey: .steps)
        try c.encode(field_names, forKey: .field_names)
        try c.encode(vrmse, forKey: .vrmse)
        try c.encode(nrmse, forKey: .nrmse)
        try c.encode(vrmse_mean, forKey: .vrmse_mean)
        try c.encode(windows, forKey: .windows)
        try c.encode(trajectories, forKey: .trajectories)
        try c.encodeIfPresent(persistence_vrmse, forKey: .persistence_vrmse)
        try c.encodeIfPresent(persistence_vrmse_mean, forKey: .persistence_vrmse_mean)
        try c.encode(blowup_step, forKey: .blowup_step)
        if persistence_vrmse != nil { try c.encode(persistence_blowup_step, forKey: .persistence_blowup_step) }
        try c.encode(spectra, forKey: .spectra)
        try c.encodeIfPresent(spectra_note, forKey: .spectra_note)
        try c.encodeIfPresent(animation_field, forKey: .animation_field)
        try c.encodeIfPresent(animation_steps, forKey: .animation_steps)
        try c.encode(pictures, forKey: .pictures)
        try c.encodeIfPresent(threads, forKey: .threads)
    }
}
