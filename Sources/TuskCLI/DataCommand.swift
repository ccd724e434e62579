import ArgumentParser
import Foundation
import TuskData
import TuskIR

/// `tusk data …`: look at datasets in The Well's format.
public struct DataCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Inspect datasets in The Well's HDF5 format.",
        subcommands: [DataInspectCommand.self])

    public init() {}
}

/// `tusk data inspect DIR`: metadata, windows and (optionally) one sample's statistics.
public struct DataInspectCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show a dataset's metadata, boundary codes, window count and optionally one sample.",
        discussion: """
        DIR is a dataset folder (holding data/train, data/valid, data/test) or a folder of .hdf5 files.
        Samples are numbered exactly like the_well's WellDataset (files sorted, then trajectory, then
        start time), so --sample I shows the_well's sample I.
        """)

    @Argument(help: "Dataset folder (with data/<split>/) or a folder of .hdf5 files.")
    public var dir: String

    @Option(help: "Split to read (train, valid, test). Default: train when DIR has data/train, else DIR itself.")
    public var split: String?

    @Option(name: .customLong("n-in"), help: "Input frames per sample.")
    public var nIn: Int = 1

    @Option(name: .customLong("n-out"), help: "Output frames per sample.")
    public var nOut: Int = 1

    @Option(help: "Time stride between frames.")
    public var stride: Int = 1

    @Option(help: "Show the shapes and sum/mean/min/max of this sample.")
    public var sample: Int?

    @Flag(help: "Print JSON instead of text.")
    public var json = false

    public init() {}

    public func run() throws {
        let directory = try resolvedDirectory()
        let ds = try WellDataset(directory: directory, windowing: WellWindowing(nIn: nIn, nOut: nOut, stride: stride))
        let m = ds.metadata
        var report: [String: Any] = [
            "directory": directory,
            "dataset_name": m.datasetName,
            "grid_type": m.gridType,
            "n_spatial_dims": m.nSpatialDims,
            "spatial_dims": m.spatialDims,
            "resolution": m.resolution,
            "field_names": m.fieldNames,
            "constant_field_names": m.constantFieldNames,
            "scalar_names": m.scalarNames,
            "constant_scalar_names": m.constantScalarNames,
            "boundary_conditions": m.boundaryConditions.map { $0.map(\.rawValue) },
            "boundary_condition_names": m.boundaryConditions.map { $0.map(\.name) },
            "files": ds.files.map { ["path": $0.path, "n_trajectories": $0.nTrajectories, "n_steps": $0.nSteps] as [String: Any] },
            "windows_per_trajectory": ds.windowsPerTrajectory,
            "windows": ds.count,
            "n_in": nIn, "n_out": nOut, "stride": stride,
        ]
        var sampleReport: [String: Any]? = nil
        if let index = sample {
            let s = try ds.sample(index)
            var entries: [String: Any] = [
                "index": index, "file": s.location.path, "trajectory": s.location.trajectory, "t0": s.location.t0,
                "stride": s.location.stride,
                "input_fields": Self.summary(s.inputFields), "output_fields": Self.summary(s.outputFields),
            ]
            if let c = s.constantFields { entries["constant_fields"] = Self.summary(c) }
            if let c = s.constantScalars { entries["constant_scalars"] = Self.summary(c) }
            sampleReport = entries
            report["sample"] = entries
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print("dataset      \(m.datasetName)  (\(m.gridType), \(m.nSpatialDims)-D, dims \(m.spatialDims.joined(separator: ", ")))")
        print("folder       \(directory)")
        print("resolution   \(m.resolution.map(String.init).joined(separator: " x "))")
        print("fields       \(m.fieldNames.joined(separator: ", "))  (\(m.fieldNames.count) channels)")
        print("constant     \(m.constantFieldNames.isEmpty ? "-" : m.constantFieldNames.joined(separator: ", "))")
        print("scalars      \(m.constantScalarNames.isEmpty ? "-" : m.constantScalarNames.joined(separator: ", "))\(m.scalarNames.isEmpty ? "" : "; time-varying: " + m.scalarNames.joined(separator: ", "))")
        for (d, pair) in zip(m.spatialDims, m.boundaryConditions) {
            print("boundary     \(d): lower \(pair[0].name) (\(pair[0].rawValue)), upper \(pair[1].name) (\(pair[1].rawValue))")
        }
        print("files        \(ds.files.count)")
        for (f, w) in zip(ds.files, ds.windowsPerTrajectory) {
            print("  \((f.path as NSString).lastPathComponent): \(f.nTrajectories) trajectories x \(f.nSteps) steps, \(w) windows each")
        }
        print("windows      \(ds.count)  (n_in \(nIn), n_out \(nOut), stride \(stride))")
        if let s = sampleReport {
            print("sample \(s["index"]!)    file \(((s["file"] as! String) as NSString).lastPathComponent), trajectory \(s["trajectory"]!), t0 \(s["t0"]!), stride \(s["stride"]!)")
            for key in ["input_fields", "output_fields", "constant_fields", "constant_scalars"] {
                guard let e = s[key] as? [String: Any] else { continue }
                let shape = (e["shape"] as! [Int]).map(String.init).joined(separator: "x")
                let label = key.padding(toLength: 17, withPad: " ", startingAt: 0)
                print("  \(label)[\(shape)]  " + String(format: "sum %.6g  mean %.6g  min %.6g  max %.6g",
                      e["sum"] as! Double, e["mean"] as! Double, e["min"] as! Double, e["max"] as! Double))
            }
        }
    }

    private func resolvedDirectory() throws -> String {
        if let split { return try WellDataset.splitDirectory(root: dir, split: split) }
        if let direct = try? WellDataset.filePaths(in: dir), !direct.isEmpty { return dir }
        return try WellDataset.splitDirectory(root: dir, split: "train")
    }

    static func summary(_ t: TensorData) -> [String: Any] {
        let v = t.doubles
        let sum = v.reduce(0, +)
        return ["shape": t.shape, "sum": sum, "mean": v.isEmpty ? 0 : sum / Double(v.count),
                "min": v.min() ?? 0, "max": v.max() ?? 0]
    }
}
