import TuskAutodiff
import TuskIR

/// A learning-rate schedule that a checkpoint can record and rebuild: a stable name plus its
/// hyper-parameters as numbers. A resumed run checks that its schedule is the one the checkpoint
/// was written with, so the rate sequence continues exactly.
public protocol PersistableSchedule: LearningRateSchedule {
    /// The name stored in checkpoints (`tusk.schedule`), unique among schedule types.
    static var scheduleName: String { get }
    /// Every hyper-parameter by name (integers as exact doubles).
    var hyperparameters: [String: Double] { get }
    /// Rebuilds the schedule; throws `TuskError.config` naming a missing or invalid entry.
    init(hyperparameters: [String: Double]) throws
}

/// A schedule as data: what a checkpoint stores in its header (`tusk.schedule` = `name`,
/// `tusk.schedule.<key>` = each hyper-parameter, printed with Swift's shortest round-trip
/// `Double` description, so the values read back bit-exactly).
public struct ScheduleDescription: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var hyperparameters: [String: Double]

    public init(name: String, hyperparameters: [String: Double]) {
        self.name = name
        self.hyperparameters = hyperparameters
    }

    /// The description of `schedule`.
    public init(_ schedule: any PersistableSchedule) {
        self.init(name: type(of: schedule).scheduleName, hyperparameters: schedule.hyperparameters)
    }

    /// The schedule types `makeSchedule` knows by default: `ConstantSchedule`,
    /// `WarmupCosineSchedule`, `WalrusSchedule`.
    public static var builtInTypes: [any PersistableSchedule.Type] {
        [ConstantSchedule.self, WarmupCosineSchedule.self, WalrusSchedule.self]
    }

    /// Rebuilds the schedule from `types` (by `scheduleName`).
    public func makeSchedule(types: [any PersistableSchedule.Type] = builtInTypes) throws -> any PersistableSchedule {
        guard let type = types.first(where: { $0.scheduleName == name }) else {
            throw TuskError.config(field: "schedule", message: "unknown schedule '\(name)' (known: \(types.map { $0.scheduleName }.joined(separator: ", ")))")
        }
        return try type.init(hyperparameters: hyperparameters)
    }

    public var description: String {
        let args = hyperparameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return "\(name)(\(args.joined(separator: ", ")))"
    }
}

/// Reads one hyper-parameter, as a double or as an exact integer.
struct Hyperparameters {
    var values: [String: Double]
    var schedule: String

    func double(_ key: String) throws -> Double {
        guard let v = values[key] else {
            throw TuskError.config(field: "schedule.\(key)", message: "schedule '\(schedule)' needs '\(key)' (given: \(values.keys.sorted().joined(separator: ", ")))")
        }
        return v
    }

    func int(_ key: String) throws -> Int {
        let v = try double(key)
        guard v == v.rounded(), Swift.abs(v) < 0x1p53 else {
            throw TuskError.config(field: "schedule.\(key)", message: "schedule '\(schedule)': '\(key)' must be an integer, got \(v)")
        }
        return Int(v)
    }
}

extension ConstantSchedule: PersistableSchedule {
    public static var scheduleName: String { "constant" }
    public var hyperparameters: [String: Double] { ["rate": rate] }
    public init(hyperparameters: [String: Double]) throws {
        self.init(try Hyperparameters(values: hyperparameters, schedule: Self.scheduleName).double("rate"))
    }
}

extension WarmupCosineSchedule: PersistableSchedule {
    public static var scheduleName: String { "warmup_cosine" }
    public var hyperparameters: [String: Double] {
        ["peak": peak, "warmup_steps": Double(warmupSteps), "total_steps": Double(totalSteps),
         "start_factor": startFactor, "minimum": minimum]
    }
    public init(hyperparameters: [String: Double]) throws {
        let h = Hyperparameters(values: hyperparameters, schedule: Self.scheduleName)
        self.init(peak: try h.double("peak"), warmupSteps: try h.int("warmup_steps"), totalSteps: try h.int("total_steps"),
                  startFactor: try h.double("start_factor"), minimum: try h.double("minimum"))
    }
}

extension WalrusSchedule: PersistableSchedule {
    public static var scheduleName: String { "walrus" }
    public var hyperparameters: [String: Double] {
        ["lr": lr, "warmup": Double(warmup), "warmup_factor": warmupFactor, "offset": offset,
         "cooldown": Double(cooldown), "max_epochs": Double(maxEpochs)]
    }
    public init(hyperparameters: [String: Double]) throws {
        let h = Hyperparameters(values: hyperparameters, schedule: Self.scheduleName)
        self.init(lr: try h.double("lr"), warmup: try h.int("warmup"), warmupFactor: try h.double("warmup_factor"),
                  offset: try h.double("offset"), cooldown: try h.int("cooldown"), maxEpochs: try h.int("max_epochs"))
    }
}
