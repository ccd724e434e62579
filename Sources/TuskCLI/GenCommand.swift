import ArgumentParser
import Foundation
import TuskData
import TuskIR

/// `tusk gen NAME --out DIR`: write a numerically solved dataset in The Well's layout.
public struct GenCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gen",
        abstract: "Generate a small, numerically solved dataset in The Well's schema and layout.",
        discussion: "Writes DIR/data/{train,valid,test}/*.hdf5, DIR/stats.yaml and DIR/<dataset_name>.yaml. `tusk gen --list` lists the generators.")

    @Argument(help: "Generator name (see --list).")
    public var name: String?

    @Option(help: "Output folder (created).")
    public var out: String?

    @Option(help: "Dataset size: tiny, small, or test (a very small set for unit tests).")
    public var scale: String = "tiny"

    @Option(help: "Random seed for initial conditions.")
    public var seed: UInt64 = 0

    @Flag(help: "Chunk and gzip-compress the field datasets.")
    public var gzip = false

    @Flag(help: "Replace an existing dataset in --out (deletes its data/ folder first).")
    public var overwrite = false

    @Option(help: ArgumentHelp("Trajectories per parameter file in train, valid and test (default: the scale's).", valueName: "train,valid,test"))
    public var trajectories: String?

    @Option(help: "Stored frames per trajectory (default: the scale's).")
    public var frames: Int?

    @Option(name: .customLong("t-end"), help: "Time of the last stored frame (default: the scale's).")
    public var tEnd: Double?

    @Flag(help: "List the generators.")
    public var list = false

    public init() {}

    /// The `--trajectories/--frames/--t-end` overrides (a malformed count list is an error).
    public func overrides() throws -> GeneratorOverrides {
        var counts: [Int]?
        if let trajectories {
            let parts = trajectories.split(separator: ",", omittingEmptySubsequences: false)
            let values = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 3, values.count == 3 else {
                throw ValidationError("--trajectories takes three comma-separated counts (train,valid,test), got \"\(trajectories)\"")
            }
            counts = values
        }
        let o = GeneratorOverrides(trajectories: counts, frames: frames, tEnd: tEnd)
        do { try o.validate() } catch let TuskError.config(field, message) { throw ValidationError("--\(field) \(message)") }
        return o
    }

    public func run() throws {
        if list {
            for g in Generators.all { print("\(g.name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(g.summary)") }
            return
        }
        guard let name else { throw ValidationError("missing generator NAME (see `tusk gen --list`)") }
        guard let out else { throw ValidationError("missing --out DIR") }
        guard let s = GeneratorScale(rawValue: scale) else {
            throw ValidationError("--scale must be tiny, small or test, got \"\(scale)\"")
        }
        let g = try Generators.named(name)
        let report = try Generators.generate(g, out: out, scale: s, seed: seed, gzip: gzip, overwrite: overwrite,
                                             overrides: try overrides())
        print("\(report.name): wrote \(report.files.count) files (\(String(format: "%.2f", Double(report.bytes) / 1e6)) MB) to \(report.directory) in \(String(format: "%.2f", report.seconds)) s")
    }
}
