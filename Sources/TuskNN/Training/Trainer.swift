import TuskAutodiff
import TuskCompiler
import TuskIR
import TuskRuntime

/// What one training update reports.
public struct TrainStepRecord: Hashable, Sendable {
    /// The 1-based number of the update (the `optimizer.step` input it ran with).
    public var step: Int
    /// The learning rate it used, `schedule(step - 1)`.
    public var learningRate: Double
    /// The loss before the update.
    public var loss: Double
    /// The global gradient L2 norm before clipping.
    public var gradientNorm: Double
}

/// Trains a model: the train-step graph (`TuskAutodiff.trainStep`: forward, backward, clipping
/// and optimizer update in ONE graph) compiled once through the `CompileDriver` (forward
/// pipeline, train step, joint pipeline, backend), plus the state a run carries
/// between updates — parameters, optimizer state, the update counter, the schedule and the
/// caller's data-order state — which `checkpoint()`/`save(to:)` capture and
/// `restore(_:)`/`resume(from:)` put back, so a stopped run continues exactly.
///
/// ```swift
/// let trainer = try Trainer(model: graph, parameters: try traced.initialParameters(seed: 0),
///                           optimizer: AdamW(), schedule: WalrusSchedule(), clipGradientNorm: 1,
///                           backend: BLASBackend())
/// try trainer.resume(from: "run/last.safetensors")          // when a checkpoint exists
/// let records = try trainer.train(steps: 100) { i in batch(i) }  // i: 0-based update index
/// try trainer.save(to: "run/last.safetensors")
/// ```
///
/// Parameters and optimizer state are resident (`ResidentState`): the compiled step reads and
/// updates them in place, and an update binds only the batch, the step and the learning rate,
/// and reads back only `loss` and `grad_norm`. `parameters` and `optimizerState` read the
/// state back (for checkpoints).
///
/// Update `i` (0-based, `step` before it runs) binds `optimizer.step = i + 1` and
/// `optimizer.lr = schedule(i)`. A batch provider that is a pure function of `i` (or of state
/// the caller keeps in `dataState`) therefore makes resumed runs identical to uninterrupted ones.
public final class Trainer {
    /// The forward graph (with its scalar loss output).
    public let model: Graph
    /// The train-step graph that runs (`<model>.train_step`, after the joint pipeline).
    public let stepGraph: Graph
    /// The names of the trained parameters (the others are bound but never updated).
    public let trainedParameters: [String]
    public let optimizer: any Optimizer
    public let schedule: any PersistableSchedule
    public let clipGradientNorm: Double?
    /// The backend's name (`reference`, `blas`).
    public let backendName: String
    /// The checkpoint layout this trainer writes and accepts.
    public let layout: CheckpointLayout

    /// Every parameter's current value (read back from the resident state).
    public var parameters: [String: TensorData] { (try? state.values(parameterNames)) ?? [:] }
    /// The optimizer state, by `optimizer.<slot>.<parameter>` (read back from the resident state).
    public var optimizerState: [String: TensorData] { (try? state.values(stateNames)) ?? [:] }
    /// Completed updates.
    public private(set) var step: Int = 0
    /// The caller's data-order / RNG state, saved and restored verbatim with checkpoints.
    public var dataState: String?
    /// Extra metadata saved with checkpoints (keys outside `tusk.`), restored on resume.
    public var userMetadata: [String: String] = [:]

    /// Parameters and optimizer state, shared with the compiled step.
    let state = ResidentState()
    let parameterNames: [String]
    let stateNames: [String]
    let executable: any Executable
    let batchInputs: [String: TensorType]
    let scalarType: DType

    /// Builds the train-step graph of `model` and compiles it once on `backend` (through a
    /// `CompileDriver` with the default pipelines and cache).
    ///
    /// - Parameters:
    ///   - model: the forward graph; its output `loss` is a scalar f32/f64.
    ///   - parameters: the initial value of every parameter of `model` (exactly those names,
    ///     with the graph's dtypes and shapes).
    ///   - trained: the parameters to train (default: every floating-point one).
    ///   - clipGradientNorm: global-norm clipping threshold (`clip_grad_norm_`), or none.
    /// - Throws: `TuskError` from `trainStep` or the backend, or `.binding` listing the missing,
    ///   unexpected and mis-shaped initial parameters.
    public convenience init(model: Graph, loss: String = "loss", parameters: [String: TensorData], trained: [String]? = nil,
                optimizer: any Optimizer, schedule: any PersistableSchedule, clipGradientNorm: Double? = nil,
                backend: any Backend) throws {
        try self.init(model: model, loss: loss, parameters: parameters, trained: trained, optimizer: optimizer,
                      schedule: schedule, clipGradientNorm: clipGradientNorm, driver: CompileDriver(backend: backend))
    }

    /// As `init(model:…backend:)`, compiling through `driver`.
    public init(model: Graph, loss: String = "loss", parameters: [String: TensorData], trained: [String]? = nil,
                optimizer: any Optimizer, schedule: any PersistableSchedule, clipGradientNorm: Double? = nil,
                driver: CompileDriver) throws {
        if let maxNorm = clipGradientNorm, !(maxNorm > 0) {
            throw TuskError.invalidGraph("trainStep: the clipping norm must be > 0, got \(maxNorm)")
        }
        let trainedNames = trained ?? model.parameters.filter { $0.type.dtype.isFloatingPoint }.map(\.name)
        let types = Dictionary(model.parameters.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        var stateTypes: [String: TensorType] = [:]
        for name in trainedNames {
            guard let t = types[name] else { throw TuskError.invalidGraph("trainStep: '\(name)' is not a parameter of '\(model.name)'") }
            for slot in optimizer.stateSlots { stateTypes[TrainStepNames.state(slot, of: name)] = t }
        }
        let layout = CheckpointLayout(model: model.name, parameters: types, optimizerState: stateTypes)
        let problems = Checkpoint.differences(kind: "parameter", found: parameters.mapValues(\.type), expected: layout.parameters)
        guard problems.isEmpty else {
            throw TuskError.binding("Trainer: initial parameters do not fit model '\(model.name)':\n  " + problems.joined(separator: "\n  "))
        }
        if let clash = layout.parameters.keys.first(where: { $0.hasPrefix(TrainStepNames.statePrefix) }) {
            throw TuskError.invalidGraph("Trainer: parameter '\(clash)' uses the optimizer-state prefix '\(TrainStepNames.statePrefix)'")
        }
        let lowered = try driver.lower(model, .trainStep(loss: loss, optimizer: optimizer, clipGradientNorm: clipGradientNorm,
                                                        parameters: trained))
        self.model = model
        self.stepGraph = lowered.optimized
        self.trainedParameters = trainedNames
        self.optimizer = optimizer
        self.schedule = schedule
        self.clipGradientNorm = clipGradientNorm
        self.backendName = driver.backend.name
        self.layout = layout
        self.parameterNames = layout.parameters.keys.sorted()
        self.stateNames = stateTypes.keys.sorted()
        try state.set(parameters)
        for (name, t) in stateTypes { try state.set(name, TensorData(repeating: 0, t)) }
        self.batchInputs = Dictionary(model.inputs.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        // `lower` checked that `loss` is a scalar floating-point output.
        self.scalarType = lowered.optimized.inputs.first { $0.name == TrainStepNames.learningRate }?.type.dtype
            ?? model.type(of: model.output(named: loss)!).dtype
        self.executable = try driver.compile(lowered, resources: ExecutionResources(state: state)).executable
    }

    /// Runs one update on `batch` (a value for every input of the model) and returns its record.
    /// Throws `TuskError.binding` naming missing or unknown batch inputs.
    @discardableResult
    public func update(batch: [String: TensorData]) throws -> TrainStepRecord {
        let missing = batchInputs.keys.filter { batch[$0] == nil }.sorted()
        let unknown = batch.keys.filter { batchInputs[$0] == nil }.sorted()
        guard missing.isEmpty && unknown.isEmpty else {
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing inputs \(missing.joined(separator: ", "))") }
            if !unknown.isEmpty { parts.append("unknown inputs \(unknown.joined(separator: ", ")) (the model's inputs: \(batchInputs.keys.sorted().joined(separator: ", ")))") }
            throw TuskError.binding("Trainer: batch for update \(step + 1): " + parts.joined(separator: "; "))
        }
        let lr = schedule(step)
        var bindings = batch
        bindings[TrainStepNames.step] = TensorData(shape: [], values: [Double(step + 1)], dtype: scalarType)
        bindings[TrainStepNames.learningRate] = TensorData(shape: [], values: [lr], dtype: scalarType)
        try executable.bind(bindings)
        try executable.execute()
        step += 1
        return TrainStepRecord(step: step, learningRate: lr, loss: try executable.output(TrainStepNames.loss).doubles[0],
                               gradientNorm: try executable.output(TrainStepNames.gradientNorm).doubles[0])
    }

    /// Runs `steps` updates; `batch(i)` gives the batch of 0-based update `i` (continuing from
    /// `step` after a resume).
    public func train(steps: Int, batch: (Int) throws -> [String: TensorData]) throws -> [TrainStepRecord] {
        var records: [TrainStepRecord] = []
        records.reserveCapacity(max(steps, 0))
        for _ in 0..<max(steps, 0) { records.append(try update(batch: try batch(step))) }
        return records
    }

    /// The run's state as a checkpoint.
    public func checkpoint() -> Checkpoint {
        Checkpoint(parameters: parameters, optimizerState: optimizerState, step: step, model: model.name,
                   optimizer: String(describing: optimizer), clipGradientNorm: clipGradientNorm,
                   schedule: ScheduleDescription(schedule), dataState: dataState, userMetadata: userMetadata)
    }

    /// Writes `checkpoint()` to `path` atomically.
    public func save(to path: String) throws {
        try checkpoint().write(to: path)
    }

    /// Replaces the run's state by `checkpoint`'s, after checking that it fits: same tensors
    /// (names, dtypes, shapes), same optimizer and hyper-parameters, same clipping, same
    /// schedule. `path` names the source in errors.
    public func restore(_ checkpoint: Checkpoint, path: String = "<checkpoint>") throws {
        try checkpoint.validate(against: layout, path: path)
        var mismatches: [String] = []
        let ours = String(describing: optimizer)
        if checkpoint.optimizer != ours { mismatches.append("optimizer: checkpoint \(checkpoint.optimizer), trainer \(ours)") }
        if checkpoint.clipGradientNorm != clipGradientNorm {
            mismatches.append("clip_grad_norm: checkpoint \(checkpoint.clipGradientNorm.map { "\($0)" } ?? "none"), trainer \(clipGradientNorm.map { "\($0)" } ?? "none")")
        }
        let sched = ScheduleDescription(schedule)
        if checkpoint.schedule != sched {
            mismatches.append("schedule: checkpoint \(checkpoint.schedule?.description ?? "none"), trainer \(sched)")
        }
        guard mismatches.isEmpty else {
            throw TuskError.file(path: path, message: "checkpoint was written by a differently configured run (resuming would not continue it exactly):\n  "
                                 + mismatches.joined(separator: "\n  "))
        }
        try state.set(checkpoint.parameters)
        try state.set(checkpoint.optimizerState)
        step = checkpoint.step
        dataState = checkpoint.dataState
        userMetadata = checkpoint.userMetadata
    }

    /// Reads, verifies and restores the checkpoint at `path`.
    public func resume(from path: String) throws {
        try restore(try Checkpoint.read(path: path), path: path)
    }
}
