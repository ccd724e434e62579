import Foundation
import TuskAutodiff
import TuskData
import TuskIR
import TuskNN

/// Everything that decides a Walrus training run's updates besides the backend: the data, the
/// sampling, the augmentation, the optimizer and the schedule. Saved in every checkpoint
/// (`walrus.training`); `--resume` refuses a checkpoint written with different options, since
/// it would not continue that run exactly.
public struct WalrusTrainingOptions: Codable, Hashable, Sendable {
    /// Dataset roots (each with `data/train`).
    public var data: [String]
    /// Total updates of the run (the schedule is scaled to it).
    public var steps: Int
    /// Windows per batch.
    public var batch: Int
    /// Input frames per window (release: 6 for 2-D).
    public var nIn: Int = 4
    /// Seed of the parameters and of the data order.
    public var seed: UInt64 = 0
    /// Peak learning rate (release 2e-4; small models on few steps want more).
    public var learningRate: Double = 2e-4
    /// AdamW decoupled weight decay (release 1e-4).
    public var weightDecay: Double = 1e-4
    /// AdamW epsilon (release 1e-10).
    public var adamEpsilon: Double = 1e-10
    /// Global gradient-norm clipping (release 10).
    public var clipGradientNorm: Double = 10
    /// Largest random time stride (release 5; 1 turns the stride augmentation off).
    public var maxStride: Int = 5
    /// Rotation augmentation (see `WalrusRotations`).
    public var rotations: WalrusRotations = .walrus
    /// Schedule: warm-up, decay offset and cool-down as fractions of `steps` (the release's
    /// 10, 128 and 10 epochs of 201).
    public var warmupFraction: Double = 10.0 / 201
    public var offsetFraction: Double = 128.0 / 201
    public var cooldownFraction: Double = 10.0 / 201
    /// Warm-up start factor (release 0.1).
    public var warmupFactor: Double = 0.1
    /// The schedule's shape; nil (what checkpoints written before this option decode to) is
    /// `.walrus`.
    public var scheduleKind: WalrusScheduleKind?
    /// The objective's per-element error; nil (checkpoints written before this option) is
    /// `.mae`, the release's.
    public var loss: WalrusLoss?

    public init(data: [String], steps: Int, batch: Int) {
        self.data = data
        self.steps = steps
        self.batch = batch
    }

    /// The run's schedule, stepped per update. `.walrus`: the Walrus schedule
    /// (`InverseSqrtLinearWarmupSqrtCooldown`) scaled from 201 epochs to `steps` updates.
    /// `.cosine`: linear warm-up from `warmupFactor`·lr over the same warm-up steps, then cosine
    /// decay to 0 at `steps` (the offset and cool-down fractions are unused).
    public var schedule: any PersistableSchedule {
        let warmup = max(1, Int((warmupFraction * Double(steps)).rounded()))
        switch scheduleKind ?? .walrus {
        case .walrus:
            return WalrusSchedule(lr: learningRate, warmup: warmup,
                                  warmupFactor: warmupFactor, offset: max(1, offsetFraction * Double(steps)),
                                  cooldown: max(1, Int((cooldownFraction * Double(steps)).rounded())), maxEpochs: steps)
        case .cosine:
            return WarmupCosineSchedule(peak: learningRate, warmupSteps: warmup, totalSteps: steps, startFactor: warmupFactor)
        }
    }

    /// The optimizer (release hyper-parameters by default).
    public var optimizer: AdamW { AdamW(beta1: 0.9, beta2: 0.999, epsilon: adamEpsilon, weightDecay: weightDecay) }

    /// Checks the values; errors name the option.
    public func validate() throws {
        func bad(_ field: String, _ message: String) -> TuskError { .config(field: field, message: message) }
        guard !data.isEmpty else { throw bad("data", "give at least one dataset folder") }
        guard steps >= 1 else { throw bad("steps", "must be ≥ 1, got \(steps)") }
        guard batch >= 1 else { throw bad("batch", "must be ≥ 1, got \(batch)") }
        guard nIn >= 2 else { throw bad("n-in", "must be ≥ 2 (the objective predicts deltas after minimum_context 1), got \(nIn)") }
        guard learningRate > 0, learningRate.isFinite else { throw bad("lr", "must be > 0 and finite, got \(learningRate)") }
        guard clipGradientNorm > 0 else { throw bad("clip", "must be > 0, got \(clipGradientNorm)") }
        guard maxStride >= 1 else { throw bad("max-stride", "must be ≥ 1, got \(maxStride)") }
    }

    /// JSON (sorted keys), as stored in checkpoints.
    public func json() throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return String(decoding: try e.encode(self), as: UTF8.self)
    }
}

/// The shape of a run's learning-rate schedule (`WalrusTrainingOptions.schedule`).
public enum WalrusScheduleKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// The release's inverse-square-root decay with warm-up and cool-down (spec §6.1).
    case walrus
    /// Linear warm-up, then cosine decay to 0 at the last step.
    case cosine
}

/// The rotation augmentation of a run: one rotation per batch, drawn uniformly.
public enum WalrusRotations: String, Codable, Hashable, Sendable {
    /// What Walrus's augmentation (one of the 24 proper cube rotations, applied after embedding
    /// in 3-D) does to data kept in its own axes: 3-D data gets the 24 proper rotations; 2-D data
    /// the 8 symmetries of the square (the 8 cube rotations that keep the plane act on it as all
    /// signed permutations of its axes; the flip of the empty axis absorbs the determinant);
    /// 1-D data the identity and the flip.
    case walrus
    /// No rotation.
    case none

    /// The rotations drawn from for `d`-dimensional data.
    public func elements(dimension d: Int) -> [AxisRotation] {
        switch self {
        case .none: [.identity(dimension: d)]
        case .walrus: d == 3 ? AxisRotation.proper(dimension: 3) : AxisRotation.all(dimension: d)
        }
    }
}

/// The model of a run: a config plus the field table its rows mean.
public struct WalrusModelChoice: Sendable {
    public var config: WalrusConfig
    public var table: FieldTable

    /// `walrus-tiny`, `walrus-small`, `walrus-1.3b` or a config JSON path. The field table is
    /// the release's 67-row table; walrus-tiny's fixture table has only 5 fields (no `A`, `B`,
    /// `tracer`…), so for training `walrus-tiny` is widened to the release table (fieldRows 67:
    /// its encoder/decoder gain columns, nothing else changes). A config with 8 rows uses the
    /// fixture table.
    public static func resolve(_ nameOrPath: String) throws -> WalrusModelChoice {
        var config: WalrusConfig
        if nameOrPath.hasSuffix(".json") {
            config = try WalrusConfig.load(path: nameOrPath)
        } else {
            config = try WalrusConfig.named(nameOrPath)
            if nameOrPath == "walrus-tiny" { config.fieldRows = FieldTable.release.count }
        }
        return try WalrusModelChoice(config: config)
    }

    /// The table for `config.fieldRows` (67: release, 8: walrus-tiny's fixture table).
    public init(config: WalrusConfig) throws {
        switch config.fieldRows {
        case FieldTable.release.count: table = .release
        case FieldTable.tiny.count: table = .tiny
        default:
            throw TuskError.config(field: "n_states", message: "Tusk knows field tables of 67 rows (release) and 8 rows (walrus-tiny fixtures), got \(config.fieldRows)")
        }
        try config.validate()
        self.config = config
    }
}
