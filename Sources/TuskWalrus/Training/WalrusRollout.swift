import Foundation
import TuskCompiler
import TuskData
import TuskIR
import TuskNN
import TuskRuntime

/// The patch jitter of a rollout. The official model draws fresh rolls on every forward pass at
/// inference too (its jitter does not depend on train/eval mode); `off` binds zero rolls.
public enum WalrusRolloutJitter: Hashable, Sendable {
    /// Fresh rolls for every predicted frame, a pure function of (seed, trajectory, step).
    case on(seed: UInt64)
    /// Zero rolls (padding and boundary flags still apply): deterministic without a seed.
    case off
}

/// A Walrus model loaded for autoregressive prediction (spec §5.5): from a `tusk train`
/// checkpoint, or from a state dict with the official key names (mapped in place).
public final class WalrusPredictor {
    public let choice: WalrusModelChoice
    public let model: WalrusModel
    /// The checkpoint's update counter; nil for official-key weights (no training state).
    public let step: Int?
    /// The compile path of the forward graphs (one per window geometry).
    public let driver: CompileDriver
    /// The jitter of the predictions (fresh rolls from seed 0 unless set).
    public var jitter: WalrusRolloutJitter = .on(seed: 0)
    /// Bytes of weights read in place from a mapped weights file (no copy); 0 for a checkpoint.
    public let weightsInPlaceBytes: Int
    /// The parameters, resident for every compiled forward graph.
    let state = ResidentState()
    let workspace = Workspace()
    var cache: [WalrusTraceSpec: any Executable] = [:]

    /// Loads a `tusk train` checkpoint: verified read (a truncated or corrupted file is an
    /// error), config from its `walrus.config` header.
    public convenience init(checkpoint path: String, backend: any Backend) throws {
        try self.init(checkpoint: path, driver: CompileDriver(backend: backend))
    }

    /// As `init(checkpoint:backend:)`, compiling through `driver`.
    public init(checkpoint path: String, driver: CompileDriver) throws {
        let c = try Checkpoint.read(path: path)
        guard let json = c.userMetadata[WalrusTrainer.MetadataKey.config] else {
            throw TuskError.file(path: path, message: "not a Walrus training checkpoint (no \(WalrusTrainer.MetadataKey.config) in its header)")
        }
        choice = try WalrusModelChoice(config: try WalrusConfig.decode(json: Data(json.utf8), source: path + " (walrus.config)"))
        model = try WalrusModel(config: choice.config)
        step = c.step
        weightsInPlaceBytes = 0
        self.driver = driver
        try state.set(c.parameters)
    }

    /// Loads a state dict with the official key names from a mapped safetensors file, as
    /// `tusk forward` does (`WalrusModel.residentParameters`): every key and shape is checked
    /// against `config` (one error listing missing, extra and mis-shaped keys), the RoPE buffers
    /// are checked, and the f32 tensors are adopted in place (the weights exist once in memory;
    /// the mapping is copy-on-write, so the file is never written).
    public init(config: WalrusConfig, weights: MappedSafetensors, driver: CompileDriver) throws {
        choice = try WalrusModelChoice(config: config)
        model = try WalrusModel(config: choice.config)
        step = nil
        self.driver = driver
        weightsInPlaceBytes = try model.residentParameters(from: weights, into: state)
    }

    /// The next frame `[1, *grid, C_var]` after `window` (`[K, *grid, C_var]`, unnormalized):
    /// normalize every channel (constants included) with the window's RMS, run the model, keep
    /// the last time step's output of the variable channels, `x_last + out · d`. With `jitter` on
    /// the rolls are drawn for (`trajectory`, `step`) as the release does at inference; the graph
    /// takes them as inputs, so one compiled graph per window geometry serves every step.
    public func next(window: FieldSeries, constants: FieldSeries?, source: WalrusDataSource,
                     trajectory: Int = 0, step: Int = 0) throws -> FieldSeries {
        let k = window.steps, cv = window.channels, c = cv + (constants?.channels ?? 0)
        var full = window
        if let constants {
            var values = [Float](); values.reserveCapacity(k * window.pointsPerFrame * c)
            for t in 0..<k {
                for p in 0..<window.pointsPerFrame {
                    let o = (t * window.pointsPerFrame + p) * cv
                    values += window.values[o..<(o + cv)]
                    values += constants.values[(p * constants.channels)..<((p + 1) * constants.channels)]
                }
            }
            full = try FieldSeries(shape: [k] + window.spatialShape + [c], values: values,
                                   fieldNames: window.fieldNames + constants.fieldNames)
        }
        let norm = SampleNormalization(window: full)
        let normalized = try norm.normalize(full)
        let x = TensorData(normalized.channelsFirst(frames: 0..<k, constants: nil), shape: [k, 1, c] + window.spatialShape)
        let spec = WalrusTraceSpec(inputShape: x.shape, fieldIndices: source.fieldIndices,
                                   boundaries: WalrusDataSource.axisBoundaries(source.boundaries))
        let exe: any Executable
        if let hit = cache[spec] { exe = hit } else {
            exe = try driver.compile(try model.trace(spec).graph, .forward,
                                     resources: ExecutionResources(state: state, workspace: workspace)).executable
            cache[spec] = exe
        }
        try exe.bind([WalrusModel.inputName: x].merging(try rolls(spec, trajectory: trajectory, step: step)) { a, _ in a })
        try exe.execute()
        let y = try exe.output(WalrusModel.outputName).floats   // [T_out, 1, C, grid]
        let p = window.pointsPerFrame, tOut = y.count / (c * p)
        let lastT = (tOut - 1) * c * p
        let last = try window.frames((k - 1)..<k)
        var out = last.values
        for i in 0..<p { for ch in 0..<cv { out[i * cv + ch] += y[lastT + ch * p + i] * norm.deltaScale[ch] } }
        return try FieldSeries(shape: last.shape, values: out, fieldNames: window.fieldNames)
    }
}

extension WalrusPredictor {
    /// The roll inputs of the forward graph of `spec` for (`trajectory`, `step`): zero with
    /// jitter off, else drawn from the seed's stream of that trajectory and step (checked).
    func rolls(_ spec: WalrusTraceSpec, trajectory: Int, step: Int) throws -> [String: TensorData] {
        let config = choice.config
        let geometry = try WalrusGeometry(config: config, spatialShape: Array(spec.inputShape[3...]), boundaries: spec.boundaries)
        switch jitter {
        case .off:
            return try WalrusRolls.zero(depth: config.depth).bindings(geometry, config: config)
        case .on(let seed):
            var g = WalrusBatchPlan.generator(seed: seed, step: step, stream: 0x0110_0000 &+ UInt64(trajectory))
            return try WalrusRolls.random(for: geometry, config: config, using: &g).bindings(geometry, config: config)
        }
    }
}

/// What `tusk rollout` predicts with.
public enum WalrusRolloutMethod {
    /// Every predicted frame is the last input frame.
    case persistence
    /// Autoregressive prediction with a trained model.
    case model(WalrusPredictor)
}

/// One trajectory's rollout.
public struct WalrusTrajectoryRollout: Sendable {
    public var file: String
    public var trajectory: Int
    public var prediction: FieldSeries
    public var truth: FieldSeries
    public var vrmse: MetricCurves
    public var nrmse: MetricCurves
}

/// Autoregressive rollouts over every trajectory of a split (one window per trajectory from
/// t0 = 0: the_well's full-trajectory mode), with The Well's metrics.
public enum WalrusRollout {
    /// Rolls out `steps` frames (or as many as the trajectories have) after `nIn` input frames.
    /// A model rollout checks the data against the model first (field table, stride table,
    /// boundaries: `WalrusDataSource`, an error naming the file); the persistence baseline needs
    /// no model and runs on every grid, boundary condition and dimensionality the reader takes.
    public static func run(_ method: WalrusRolloutMethod, root: String, split: String, nIn: Int, steps: Int,
                           progress: (String) -> Void = { _ in }) throws -> (dataset: WellDataset, trajectories: [WalrusTrajectoryRollout]) {
        guard steps >= 1 else { throw TuskError.config(field: "steps", message: "must be at least 1, got \(steps)") }
        guard nIn >= 1 else { throw TuskError.config(field: "n-in", message: "must be at least 1, got \(nIn)") }
        let dataset: WellDataset
        let model: (predictor: WalrusPredictor, source: WalrusDataSource)?
        switch method {
        case .persistence:
            dataset = try WellDataset(root: root, split: split, windowing: WellWindowing(
                nIn: nIn, nOut: 1, stride: 1, fullTrajectory: true, maxRolloutSteps: steps))
            model = nil
        case .model(let m):
            let source = try WalrusDataSource(root: root, split: split, nIn: nIn, fullTrajectory: true, maxRolloutSteps: steps,
                                              config: m.choice.config, table: m.choice.table)
            (dataset, model) = (source.dataset, (m, source))
        }
        var result: [WalrusTrajectoryRollout] = []
        for i in 0..<dataset.count {
            let sample = try dataset.sample(i)
            let (frames, constants) = try WalrusDataSource.series(of: sample)
            let input = try frames.frames(0..<nIn)
            let truth = try frames.frames(nIn..<frames.steps)
            var prediction: FieldSeries
            if let (m, source) = model {
                var window = input
                var values: [Float] = []
                for s in 0..<truth.steps {
                    let next = try m.next(window: window, constants: constants, source: source, trajectory: i, step: s)
                    values += next.values
                    window = try FieldSeries(shape: window.shape, values: Array(window.values[window.frameSize...]) + next.values,
                                             fieldNames: window.fieldNames)
                }
                prediction = try FieldSeries(shape: truth.shape, values: values, fieldNames: truth.fieldNames)
            } else {
                prediction = try PersistenceBaseline.predict(input: input, steps: truth.steps)
            }
            // A non-finite prediction (a blow-up) is a result, not an error: the metrics carry
            // NaN/Inf, the report records the first such step and the pictures draw around it.
            if let bad = prediction.values.firstIndex(where: { !$0.isFinite }) {
                progress("trajectory \(i + 1)/\(dataset.count): non-finite prediction from step \(bad / prediction.frameSize + 1)")
            }
            result.append(WalrusTrajectoryRollout(
                file: sample.location.path, trajectory: sample.location.trajectory, prediction: prediction, truth: truth,
                vrmse: try MetricCurves(.vrmse, prediction: prediction, truth: truth),
                nrmse: try MetricCurves(.nrmse, prediction: prediction, truth: truth)))
            progress("trajectory \(i + 1)/\(dataset.count): \(truth.steps) steps")
        }
        return (dataset, result)
    }
}
