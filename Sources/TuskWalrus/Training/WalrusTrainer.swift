import Foundation
import TuskAutodiff
import TuskCompiler
import TuskData
import TuskIR
import TuskNN
import TuskRuntime

/// What one Walrus update reports.
public struct WalrusStepRecord: Hashable, Sendable {
    /// 1-based update number.
    public var step: Int
    public var loss: Double
    /// Global gradient norm before clipping.
    public var gradientNorm: Double
    public var learningRate: Double
    /// The dataset the batch came from.
    public var dataset: String
    /// Wall time of the update (batch reading, augmentation and the compiled step), seconds.
    public var seconds: Double
    /// Of which tracing and compiling a new graph (0 when the graph was cached).
    public var compileSeconds: Double
    /// Of which summing the gradients across ranks (data-parallel training; 0 in one process).
    public var allreduceSeconds: Double = 0
}

/// The Walrus training recipe (spec §5–6) on the one-graph train step of `TuskAutodiff`:
/// sample-wise RMS normalization, delta targets and the causal L1 loss (`WalrusObjective`),
/// AdamW with global-norm clipping and the Walrus schedule, rotations, random time strides,
/// uniform sampling across datasets with one dataset per batch.
///
/// Why not `TuskNN.Trainer` directly: a Trainer compiles ONE graph, while a Walrus graph is
/// specialized to the batch's dataset (channels, field rows, grid) and to its boundary conditions
/// (a rotation can move a wall from x to y). This trainer keeps the
/// run's state (parameters, AdamW state, update counter) once and a cache of compiled train
/// steps keyed by `WalrusTraceSpec`, each compiled through the `CompileDriver` (forward
/// pipeline, train step, joint pipeline, backend; lowered graphs come from the compile cache on
/// a second run). The state is resident (`ResidentState`): every cached graph reads and updates
/// the same buffers in place, so it exists once however many graphs there are, and an update
/// copies in only the batch and reads back only the loss and the gradient norm. The graphs share
/// one `Workspace` for their transient values (they never run at once), so memory is that of
/// the largest graph, not the sum. Checkpoints are the Trainer's format
/// (`TuskNN.Checkpoint`: atomic write, CRC-verified read) with the config and the options in
/// the header.
///
/// Jitter rolls: the release draws fresh rolls every forward pass, and so does this trainer: the
/// rolls are i32 inputs of the graph (`WalrusRollSource.inputs`), drawn for every update from
/// the run's seed and the update's index (`rolls(_:_:)`, a stream of its own), so one compiled
/// graph serves each geometry and a resumed run draws the same rolls as an uninterrupted one.
public final class WalrusTrainer {
    public let choice: WalrusModelChoice
    public let model: WalrusModel
    public let options: WalrusTrainingOptions
    public let sources: [WalrusDataSource]
    public let objective: WalrusObjective
    public let schedule: any PersistableSchedule
    public let optimizer: AdamW
    /// The compile path of every train step.
    public let driver: CompileDriver

    /// Parameters and AdamW state, shared by every compiled step.
    public let state = ResidentState()
    /// Transient memory shared by the compiled steps.
    public let workspace = Workspace()
    let parameterNames: [String]
    let stateNames: [String]

    /// Every parameter by state-dict name (read back from the resident state).
    public var parameters: [String: TensorData] { (try? state.values(parameterNames)) ?? [:] }
    /// AdamW state, `optimizer.<slot>.<parameter>` (read back from the resident state).
    public var optimizerState: [String: TensorData] { (try? state.values(stateNames)) ?? [:] }
    /// Completed updates.
    public internal(set) var step = 0
    /// False while (and after) a compiled step runs that did not finish: the resident state
    /// may then be half-updated and must not be checkpointed. An `update` that fails earlier
    /// (reading the batch, bad data) leaves the state of the last completed update.
    public internal(set) var stateIsConsistent = true
    /// `--check-finite`: where to write the re-run train step when an update produces a NaN or
    /// an infinity (the update then fails naming the first op that produced it: see
    /// `checkFinite`); nil: no check (the default; it copies the state before every update).
    public var checkFiniteDump: String?
    /// Graphs compiled so far and the time spent tracing and compiling them.
    public internal(set) var compiledGraphs = 0
    public internal(set) var compileSeconds = 0.0
    /// Of the compiled graphs, those whose lowering (autodiff + passes) came from the compile cache.
    public internal(set) var cachedGraphs = 0
    /// Set by `enableDataParallel`: this process is one rank of a data-parallel job
    /// (WalrusTrainer+DataParallel.swift); nil for one-process training.
    public internal(set) var dataParallel: WalrusDataParallel?

    struct CompiledStep {
        var executable: any Executable
        /// The train-step graph that runs (after the joint pipeline).
        var graph: Graph
        /// The traced objective it was built from (`--check-finite` re-runs it).
        var forward: Graph
    }
    var cache: [WalrusTraceSpec: CompiledStep] = [:]

    /// Opens the training splits and initializes the parameters (from `options.seed`).
    public convenience init(choice: WalrusModelChoice, options: WalrusTrainingOptions, backend: any Backend) throws {
        try self.init(choice: choice, options: options, driver: CompileDriver(backend: backend))
    }

    /// As `init(choice:options:backend:)`, compiling through `driver`.
    public init(choice: WalrusModelChoice, options: WalrusTrainingOptions, driver: CompileDriver) throws {
        try options.validate()
        guard choice.config.decodesAllSteps else {
            throw TuskError.config(field: "causal_in_time", message: "training uses the causal delta objective; the config must be causal in time")
        }
        // Parameters and the optimizer's state live in memory at once: refuse a model that
        // cannot fit before tracing it or drawing its initial values.
        let parameterCount = choice.config.parameterCount
        let copies = 1 + options.optimizer.stateSlots.count
        try MachineMemory.check(SizeArithmetic.multiply(parameterCount, 4 * copies) ?? Int.max,
                                for: "training \(choice.config.name ?? "this model") (\(parameterCount) parameters and \(copies - 1) optimizer state copies, f32)")
        self.choice = choice
        self.model = try WalrusModel(config: choice.config)
        self.options = options
        self.sources = try options.data.map {
            try WalrusDataSource(root: $0, split: "train", nIn: options.nIn, config: choice.config, table: choice.table)
        }
        for (source, root) in zip(sources, options.data) where options.batch > source.dataset.count {
            throw TuskError.config(field: "batch", message: "--batch \(options.batch) is larger than the \(source.dataset.count) training windows of \(root) "
                                   + "(\(source.name)); use at most --batch \(source.dataset.count)")
        }
        self.objective = WalrusObjective(epsilon: 1e-5, lossMultiplier: 100, minimumContext: 1, gradientAccumulationSteps: 1,
                                         loss: options.loss ?? .mae)
        self.schedule = options.schedule
        self.optimizer = options.optimizer
        self.driver = driver
        // Parameters: the union over the datasets' graphs (a 1-D and a 2-D dataset use different
        // encoders); each parameter has its own random stream (name + seed), so the union is
        // consistent.
        var params: [String: TensorData] = [:]
        for source in sources {
            let spec = WalrusTraceSpec(inputShape: [options.nIn, options.batch, source.channelNames.count] + source.spatialShape,
                                       fieldIndices: source.fieldIndices, boundaries: WalrusDataSource.axisBoundaries(source.boundaries))
            let traced = try objective.trace(model, spec, variableFields: source.variableChannels,
                                             paddedFieldMask: Array(repeating: true, count: source.variableChannels))
            for (k, v) in try traced.initialParameters(seed: options.seed) { params[k] = v }
        }
        var names: [String] = []
        for (name, value) in params where value.dtype.isFloatingPoint {
            for slot in optimizer.stateSlots {
                let key = TrainStepNames.state(slot, of: name)
                try state.set(key, TensorData(repeating: 0, value.type))
                names.append(key)
            }
        }
        try state.set(params)
        parameterNames = params.keys.sorted()
        stateNames = names.sorted()
    }

    /// The plan of update `step` (0-based).
    public func plan(_ step: Int) throws -> WalrusBatchPlan {
        try WalrusBatchPlan.make(seed: options.seed, step: step, sources: sources, batch: options.batch,
                                 maxStride: options.maxStride, rotations: options.rotations)
    }

    /// The rotation of `plan`.
    public func rotation(_ plan: WalrusBatchPlan) -> AxisRotation {
        options.rotations.elements(dimension: sources[plan.dataset].spatialShape.count)[plan.rotation]
    }

    /// The trace spec of a batch: its shape, fields and boundaries (the rolls are graph inputs).
    func spec(_ plan: WalrusBatchPlan, _ batch: WalrusBatch) -> WalrusTraceSpec {
        WalrusTraceSpec(inputShape: batch.x.shape, fieldIndices: sources[plan.dataset].fieldIndices, boundaries: batch.boundaries)
    }

    /// The jitter rolls of update `plan.step` (fresh every update: stream 1 of the plan's
    /// generator, a pure function of seed and step), as the graph inputs of `spec`; empty with
    /// jitter off.
    public func rolls(_ plan: WalrusBatchPlan, _ spec: WalrusTraceSpec) throws -> [String: TensorData] {
        let geometry = try WalrusGeometry(config: choice.config, spatialShape: Array(spec.inputShape[3...]), boundaries: spec.boundaries)
        var g = WalrusBatchPlan.generator(seed: options.seed, step: plan.step, stream: 1)
        return try WalrusRolls.random(for: geometry, config: choice.config, using: &g).bindings(geometry, config: choice.config)
    }

    func compiled(_ spec: WalrusTraceSpec, variableFields: Int) throws -> (CompiledStep, Double) {
        if let hit = cache[spec] { return (hit, 0) }
        let start = Date()
        let forward = try objective.trace(model, spec, variableFields: variableFields,
                                          paddedFieldMask: Array(repeating: true, count: variableFields)).graph
        let compiled: CompileDriver.Compiled
        do {
            compiled = try driver.compile(forward, kind, resources: ExecutionResources(state: state, workspace: workspace))
        } catch var e as InsufficientMemory {
            // The arena grows with the batch: say which batch would fit.
            let fits = Double(options.batch) * Double(e.availableBytes) / Double(max(e.neededBytes, 1))
            e.advice = "--batch \(options.batch) is too large for this machine"
                + (fits >= 1 ? " (about \(Int(fits)) windows per batch would fit)" : "; even a batch of 1 does not fit")
            throw e
        }
        let entry = CompiledStep(executable: compiled.executable, graph: compiled.graph, forward: forward)
        if compiled.lowered.cacheHit { cachedGraphs += 1 }
        cache[spec] = entry
        let seconds = Date().timeIntervalSince(start)
        compiledGraphs += 1
        compileSeconds += seconds
        return (entry, seconds)
    }

    /// What the driver builds from a traced objective: the release train step.
    public var kind: GraphKind {
        .trainStep(loss: "loss", optimizer: optimizer, clipGradientNorm: options.clipGradientNorm, parameters: nil)
    }

    /// The train-step graphs compiled so far (after the joint pipeline: what runs).
    public var compiledStepGraphs: [Graph] { cache.values.map(\.graph).sorted { $0.nodes.count < $1.nodes.count } }

    /// Runs update `step + 1` and returns its record.
    @discardableResult
    public func update() throws -> WalrusStepRecord {
        if let dataParallel { return try dataParallelUpdate(dataParallel) }
        let start = Date()
        let plan = try plan(step)
        let source = sources[plan.dataset]
        let batch = try source.batch(plan, rotation: rotation(plan))
        let spec = spec(plan, batch)
        let (entry, compileTime) = try compiled(spec, variableFields: source.variableChannels)
        let lr = schedule(step)
        let exe = entry.executable
        let inputs = [WalrusModel.inputName: batch.x, "target_frame": batch.targetFrame,
                      TrainStepNames.step: TensorData([Float(step + 1)], shape: []),
                      TrainStepNames.learningRate: TensorData([Float(lr)], shape: [])]
            .merging(try rolls(plan, spec)) { a, _ in a }
        let before = checkFiniteDump == nil ? [:] : try state.values(parameterNames + stateNames)
        try exe.bind(inputs)
        stateIsConsistent = false
        try exe.execute()
        if let dump = checkFiniteDump {
            try checkFinite(entry, bindings: before.merging(inputs) { a, _ in a }, dataset: source.name, dump: dump)
        }
        step += 1
        stateIsConsistent = true
        return WalrusStepRecord(step: step, loss: try exe.output(TrainStepNames.loss).doubles[0],
                                gradientNorm: try exe.output(TrainStepNames.gradientNorm).doubles[0], learningRate: lr,
                                dataset: source.name, seconds: Date().timeIntervalSince(start), compileSeconds: compileTime)
    }

    /// Checkpoint header keys of a Walrus run.
    public enum MetadataKey {
        /// The model config JSON (reference key names).
        public static let config = "walrus.config"
        /// `WalrusTrainingOptions` JSON.
        public static let training = "walrus.training"
        /// The number of data-parallel ranks that wrote the checkpoint (absent: one process).
        public static let ranks = "walrus.ranks"
    }

    /// The run's state as a checkpoint (config and options in the header).
    public func checkpoint() throws -> Checkpoint {
        var metadata = [MetadataKey.config: String(decoding: try choice.config.jsonData(), as: UTF8.self),
                        MetadataKey.training: try options.json()]
        if let dataParallel { metadata[MetadataKey.ranks] = "\(dataParallel.size)" }
        return Checkpoint(parameters: parameters, optimizerState: optimizerState, step: step,
                   model: choice.config.name ?? "walrus", optimizer: String(describing: optimizer),
                   clipGradientNorm: options.clipGradientNorm, schedule: ScheduleDescription(schedule),
                   dataState: "seed=\(options.seed)",
                   userMetadata: metadata)
    }

    /// Writes the checkpoint atomically (temporary file, fsync, rename).
    ///
    /// Refuses (`TuskError.execution`, naming the update and the tensor) to write a state that
    /// holds a NaN or an infinity, or one a failed update left half-written, so the last good
    /// checkpoint at `path` stays; `allowNonFinite` writes it anyway (a debugging dump).
    public func save(to path: String, allowNonFinite: Bool = false) throws {
        if !allowNonFinite {
            guard stateIsConsistent else {
                throw TuskError.execution("update \(step + 1) did not complete; the state is not checkpointed and \(path) keeps the last good checkpoint")
            }
            if let bad = try nonFiniteState() {
                let kept = FileManager.default.fileExists(atPath: path)
                    ? "\(path) keeps the last good checkpoint" : "no checkpoint was written to \(path)"
                throw TuskError.execution("after update \(step): \(bad); refusing to checkpoint it — \(kept) "
                                          + "(lower --lr, currently \(options.learningRate), or check the data)")
            }
        }
        if let dataParallel {
            // Every rank must hold the same state; only rank 0 writes.
            if !allowNonFinite { try dataParallel.checkIdentical(self) }
            guard dataParallel.rank == 0 else { return }
        }
        try checkpoint().write(to: path)
    }

    /// The first parameter or optimizer-state tensor (in name order) holding a NaN or an
    /// infinity, described with its element, or nil when the whole state is finite.
    public func nonFiniteState() throws -> String? {
        for name in parameterNames + stateNames {
            let v = try state.value(name)
            let bad: (index: Int, value: Double)?
            switch v.storage {
            case .f32(let a): bad = a.firstIndex { !$0.isFinite }.map { ($0, Double(a[$0])) }
            case .f64(let a): bad = a.firstIndex { !$0.isFinite }.map { ($0, a[$0]) }
            default: bad = nil
            }
            if let bad {
                let kind = parameterNames.contains(name) ? "parameter" : "optimizer state"
                return "\(kind) '\(name)' is non-finite (element \(bad.index) is \(bad.value))"
            }
        }
        return nil
    }

    private func types(_ names: [String]) -> [String: TensorType] {
        Dictionary(uniqueKeysWithValues: names.compactMap { n in state.type(of: n).map { (n, $0) } })
    }

    /// The training options that differ between a checkpoint's JSON and this run's, one line
    /// per key (``training options `steps`: checkpoint 10, run 20``), instead of both JSON objects in full.
    static func differences(checkpoint: String?, run: String) -> [String] {
        func object(_ text: String?) -> [String: Any]? {
            text.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
        func render(_ value: Any?) -> String {
            guard let value else { return "absent" }
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) {
                return String(decoding: data, as: UTF8.self)
            }
            return "\(value)"
        }
        guard let old = object(checkpoint), let new = object(run) else {
            return ["training options: checkpoint \(checkpoint ?? "none"), run \(run)"]
        }
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            let a = render(old[key]), b = render(new[key])
            return a == b ? nil : "training options `\(key)`: checkpoint \(a), run \(b)"
        }
    }

    /// Restores a checkpoint of the same run: same tensors, optimizer, clipping, schedule and
    /// training options; anything else is an error naming the file (nothing is restored then).
    public func resume(from path: String) throws {
        let c = try Checkpoint.read(path: path)
        let layout = CheckpointLayout(model: choice.config.name ?? "walrus", parameters: types(parameterNames),
                                      optimizerState: types(stateNames))
        try c.validate(against: layout, path: path)
        var problems: [String] = []
        if c.optimizer != String(describing: optimizer) { problems.append("optimizer: checkpoint \(c.optimizer), run \(optimizer)") }
        if c.clipGradientNorm != options.clipGradientNorm { problems.append("clip_grad_norm: checkpoint \(c.clipGradientNorm.map { "\($0)" } ?? "none"), run \(options.clipGradientNorm)") }
        if c.schedule != ScheduleDescription(schedule) { problems.append("schedule: checkpoint \(c.schedule?.description ?? "none"), run \(ScheduleDescription(schedule))") }
        let ranks = dataParallel?.size ?? 1
        let written = c.userMetadata[MetadataKey.ranks] ?? "1"
        if written != "\(ranks)" {
            problems.append("data-parallel ranks: checkpoint \(written), run \(ranks) (resume with the same number of ranks, "
                            + (written == "1" ? "one process without mpirun" : "mpirun -np \(written)") + ")")
        }
        let ours = try options.json()
        if c.userMetadata[MetadataKey.training] != ours {
            problems += Self.differences(checkpoint: c.userMetadata[MetadataKey.training], run: ours)
        }
        guard problems.isEmpty else {
            throw TuskError.file(path: path, message: "checkpoint was written by a differently configured run (resuming would not continue it exactly):\n  "
                                 + problems.joined(separator: "\n  "))
        }
        guard c.step <= options.steps else {
            throw TuskError.file(path: path, message: "checkpoint is at update \(c.step), past the run's \(options.steps) steps")
        }
        try state.set(c.parameters)
        try state.set(c.optimizerState)
        step = c.step
    }
}
