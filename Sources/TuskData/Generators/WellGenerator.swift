import Foundation
import TuskIR

/// Dataset sizes the generators offer. `tiny` runs in seconds, `small` in well under a minute
/// (release build). `test` is for debug-build unit tests: the same legal grids, fewer frames and
/// one trajectory per split.
public enum GeneratorScale: String, CaseIterable, Sendable {
    case tiny, small, test

    /// Trajectories per parameter file in train / valid / test (`test` also keeps only the first
    /// parameter file).
    var trajectoriesPerSplit: [(split: String, count: Int)] {
        switch self {
        case .tiny: [("train", 2), ("valid", 1), ("test", 1)]
        case .small: [("train", 4), ("valid", 1), ("test", 1)]
        case .test: [("train", 1), ("valid", 1), ("test", 1)]
        }
    }
}

/// A field a generator produces.
public struct GeneratedFieldSpec: Hashable, Sendable {
    public var name: String
    public var order: Int
    public var timeVarying: Bool
}

/// The fixed layout of a generated dataset at one scale.
public struct GeneratorSetup: Sendable {
    public var datasetName: String
    public var spatialDims: [String]
    public var coordinates: [[Float]]
    /// Stored frame times.
    public var time: [Float]
    public var fields: [GeneratedFieldSpec]
    public var boundaries: [WellBoundarySpec]
    /// One entry per file: its name stem and parameter values (also written as constant scalars).
    public var parameterSets: [(fileName: String, parameters: [(name: String, value: Double)])]

    public var resolution: [Int] { coordinates.map(\.count) }
}

/// A numerical PDE solver that writes datasets in The Well's schema.
public protocol WellGenerator: Sendable {
    /// The generator's name, used by `tusk gen NAME` and as the dataset folder name.
    var name: String { get }
    /// One line: equations, scheme, boundaries.
    var summary: String { get }
    /// Grids, fields, boundaries and parameter files at `scale`.
    func setup(scale: GeneratorScale) -> GeneratorSetup
    /// Trajectories per parameter file in train / valid / test (default: the scale's).
    func trajectoriesPerSplit(scale: GeneratorScale) -> [(split: String, count: Int)]
    /// Solves one trajectory; returns each field's values `[T if time-varying] + resolution + [D]*order`.
    func simulate(_ setup: GeneratorSetup, parameters: [String: Double], scale: GeneratorScale,
                  rng: inout SplitMix64) throws -> [String: [Float]]
}

extension WellGenerator {
    public func trajectoriesPerSplit(scale: GeneratorScale) -> [(split: String, count: Int)] { scale.trajectoriesPerSplit }
}


/// Changes to a scale's dataset size (`tusk gen --trajectories/--frames/--t-end`); nil keeps
/// the scale's value. The solvers integrate to whatever frame times the setup lists, so frames
/// and the end time change only where the stored frames sit, not the scheme.
public struct GeneratorOverrides: Hashable, Sendable {
    /// Trajectories per parameter file in train, valid and test (three counts, each ≥ 1).
    public var trajectories: [Int]?
    /// Stored frames per trajectory (≥ 2), evenly spaced on [0, t-end].
    public var frames: Int?
    /// Time of the last stored frame (> 0).
    public var tEnd: Double?

    public init(trajectories: [Int]? = nil, frames: Int? = nil, tEnd: Double? = nil) {
        self.trajectories = trajectories; self.frames = frames; self.tEnd = tEnd
    }

    /// Checks the values; errors name the option.
    public func validate() throws {
        if let trajectories {
            guard trajectories.count == 3, trajectories.allSatisfy({ $0 >= 1 }) else {
                throw TuskError.config(field: "trajectories", message: "give three counts ≥ 1 (train, valid, test), got \(trajectories)")
            }
        }
        if let frames, frames < 2 { throw TuskError.config(field: "frames", message: "must be ≥ 2, got \(frames)") }
        if let tEnd, !(tEnd > 0 && tEnd.isFinite) { throw TuskError.config(field: "t-end", message: "must be > 0 and finite, got \(tEnd)") }
    }

    /// `setup` and `splits` with the overrides applied.
    func apply(_ setup: GeneratorSetup, splits: [(split: String, count: Int)]) -> (GeneratorSetup, [(split: String, count: Int)]) {
        var setup = setup
        if frames != nil || tEnd != nil {
            setup.time = Generators.frames(frames ?? setup.time.count, tEnd ?? Double(setup.time.last ?? 1))
        }
        guard let trajectories else { return (setup, splits) }
        return (setup, zip(splits, trajectories).map { ($0.0.split, $0.1) })
    }
}

/// What one `Generators.generate` call wrote.
public struct GenerationReport: Sendable {
    public var name: String
    public var directory: String
    public var files: [String]
    public var seconds: Double
    public var bytes: Int
}

/// The registry of generators and the driver that writes a dataset folder.
public enum Generators {
    /// Every generator, in `tusk gen --list` order.
    public static let all: [any WellGenerator] = [
        Burgers1D(), GrayScott2D(), ShearFlow2D(), EulerQuadrants2D(), TaylorGreenAdvection3D(),
    ]

    /// The generator called `name`, or an error listing the known names.
    public static func named(_ name: String) throws -> any WellGenerator {
        guard let g = all.first(where: { $0.name == name }) else {
            throw TuskError.config(field: "NAME", message: "unknown generator \"\(name)\"; known: \(all.map(\.name).joined(separator: ", "))")
        }
        return g
    }

    /// Writes `<out>/data/{train,valid,test}/<file>.hdf5`, `<out>/stats.yaml` (train statistics)
    /// and `<out>/<dataset_name>.yaml` (valid-split metadata). Each (parameter file, split,
    /// trajectory) has its own random stream derived from `seed`.
    @discardableResult
    /// An existing `<out>/data` folder is an error (stale files would mix into the splits) unless
    /// `overwrite`, which deletes it first. `overrides` change the scale's trajectory counts and
    /// frame times.
    public static func generate(_ generator: any WellGenerator, out: String, scale: GeneratorScale, seed: UInt64,
                                gzip: Bool = false, overwrite: Bool = false,
                                overrides: GeneratorOverrides = GeneratorOverrides()) throws -> GenerationReport {
        try overrides.validate()
        let start = Date()
        let fm = FileManager.default
        if fm.fileExists(atPath: "\(out)/data") {
            guard overwrite else {
                throw TuskError.file(path: out, message: "already holds a dataset (data/ exists); choose another folder or overwrite it")
            }
            do { try fm.removeItem(atPath: "\(out)/data") } catch {
                throw TuskError.file(path: "\(out)/data", message: "cannot delete: \(error.localizedDescription)")
            }
        }
        var (setup, splits) = overrides.apply(generator.setup(scale: scale), splits: generator.trajectoriesPerSplit(scale: scale))
        if scale == .test { setup.parameterSets = Array(setup.parameterSets.prefix(1)) } // one file per split
        var written: [String] = []
        for (splitIndex, (split, count)) in splits.enumerated() {
            let dir = "\(out)/data/\(split)"
            do { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                throw TuskError.file(path: dir, message: "cannot create the folder: \(error.localizedDescription)")
            }
            for (fileIndex, set) in setup.parameterSets.enumerated() {
                let params = Dictionary(uniqueKeysWithValues: set.parameters.map { ($0.name, $0.value) })
                // Trajectories are independent (own random stream): solve them in parallel.
                let results = TrajectoryResults(count: count)
                let g = generator, st = setup
                DispatchQueue.concurrentPerform(iterations: count) { traj in
                    var rng = SplitMix64(seed: seed &* 1_000_003 &+ UInt64(fileIndex) &* 10_007 &+ UInt64(splitIndex) &* 101 &+ UInt64(traj))
                    results.set(traj, Result { try g.simulate(st, parameters: params, scale: scale, rng: &rng) })
                }
                var perField: [String: [Float]] = [:]
                for traj in 0..<count {
                    let values = try results.get(traj)
                    for f in setup.fields {
                        guard let v = values[f.name] else {
                            throw TuskError.execution("generator \(generator.name) produced no field \(f.name)")
                        }
                        if let bad = v.firstIndex(where: { !$0.isFinite }) {
                            throw TuskError.execution("generator \(generator.name): non-finite value in \(f.name) at \(bad) (parameters \(params), trajectory \(traj))")
                        }
                        perField[f.name, default: []].append(contentsOf: v)
                    }
                }
                let contents = WellFileContents(
                    datasetName: setup.datasetName, spatialDims: setup.spatialDims, coordinates: setup.coordinates,
                    time: setup.time, nTrajectories: count, parameters: set.parameters,
                    fields: setup.fields.map { WellFieldData(name: $0.name, order: $0.order, timeVarying: $0.timeVarying, values: perField[$0.name]!) },
                    boundaries: setup.boundaries)
                let path = "\(dir)/\(set.fileName).hdf5"
                try contents.write(to: path, gzip: gzip)
                written.append(path)
            }
        }
        let stats = try WellStatistics(files: WellDataset.filePaths(in: "\(out)/data/train"))
        try write(stats.yaml, to: "\(out)/stats.yaml")
        let valid = try WellDataset(directory: "\(out)/data/valid")
        try write(valid.metadataYAML, to: "\(out)/\(setup.datasetName).yaml")
        let bytes = written.reduce(0) { $0 + (((try? fm.attributesOfItem(atPath: $1))?[.size] as? Int) ?? 0) }
        return GenerationReport(name: generator.name, directory: out, files: written,
                                seconds: Date().timeIntervalSince(start), bytes: bytes)
    }

    static func write(_ text: String, to path: String) throws {
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw TuskError.file(path: path, message: "cannot write: \(error.localizedDescription)")
        }
    }

    /// Cell-centre coordinates of `n` cells on [a, b).
    static func cellCentres(_ n: Int, _ a: Double, _ b: Double) -> [Float] {
        (0..<n).map { Float(a + (b - a) * (Double($0) + 0.5) / Double(n)) }
    }

    /// Periodic node coordinates a + (b−a)·i/n.
    static func periodicNodes(_ n: Int, _ a: Double, _ b: Double) -> [Float] {
        (0..<n).map { Float(a + (b - a) * Double($0) / Double(n)) }
    }

    /// n equally spaced frame times on [0, tEnd].
    static func frames(_ n: Int, _ tEnd: Double) -> [Float] {
        (0..<n).map { Float(tEnd * Double($0) / Double(n - 1)) }
    }
}

/// Per-trajectory results filled from concurrent workers (each index written once, under a lock).
final class TrajectoryResults: @unchecked Sendable {
    private var results: [Result<[String: [Float]], any Error>?]
    private let lock = NSLock()

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Result<[String: [Float]], any Error>) {
        lock.lock(); defer { lock.unlock() }
        results[i] = r
    }

    func get(_ i: Int) throws -> [String: [Float]] {
        lock.lock(); defer { lock.unlock() }
        return try results[i]!.get()
    }
}
