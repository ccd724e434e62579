import Foundation
import TuskIR

/// One split of a dataset in The Well's layout: a folder of HDF5 files, indexed exactly like
/// the_well's `WellDataset` — files in sorted path order, then trajectory, then start time —
/// so sample `i` here is sample `i` there.
public final class WellDataset {
    /// The folder the files were found in.
    public let directory: String
    /// How windows are cut.
    public let windowing: WellWindowing
    /// Per-file metadata, in sorted path order.
    public let files: [WellFileMetadata]
    /// Windows per trajectory, per file.
    public let windowsPerTrajectory: [Int]
    /// Output frames per sample (equal to `windowing.nOut`, except in full-trajectory mode).
    public let nOut: Int
    /// Whether NaNs in a sample are accepted (the_well accepts them; helmholtz_staircase has NaNs
    /// in masked regions). By default a NaN is an error naming the file, field and window.
    public var allowNaN: Bool = false
    private let offsets: [Int]

    /// Opens a split: `root/data/<split>` when `root` has a `data` folder, else `root/<split>`,
    /// else `root` itself when `split` is nil.
    public convenience init(root: String, split: String?, windowing: WellWindowing = WellWindowing()) throws {
        try self.init(directory: Self.splitDirectory(root: root, split: split), windowing: windowing)
    }

    /// The folder that holds a split's files.
    public static func splitDirectory(root: String, split: String?) throws -> String {
        guard let split else { return root }
        let fm = FileManager.default
        for candidate in ["\(root)/data/\(split)", "\(root)/\(split)"] {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: candidate, isDirectory: &isDir), isDir.boolValue { return candidate }
        }
        throw TuskError.file(path: root, message: "no split \"\(split)\": neither \(root)/data/\(split) nor \(root)/\(split) is a folder")
    }

    /// The `*.h5` / `*.hdf5` files of a folder, sorted like the_well's `files_paths.sort()`.
    public static func filePaths(in directory: String) throws -> [String] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw TuskError.file(path: directory, message: "cannot list the folder: \(error.localizedDescription)")
        }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        // Python sorts str by code point; Swift's `<` on String compares Unicode scalars for ASCII alike.
        return names.filter { $0.hasSuffix(".h5") || $0.hasSuffix(".hdf5") }
            .map { "\(base)/\($0)" }
            .sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
    }

    /// Opens the files of `directory` and checks they form one dataset.
    public init(directory: String, windowing: WellWindowing = WellWindowing()) throws {
        guard windowing.nIn >= 1, windowing.nOut >= 1 || windowing.fullTrajectory, windowing.stride >= 1 else {
            throw TuskError.file(path: directory, message: "invalid windowing: n_in \(windowing.nIn), n_out \(windowing.nOut), stride \(windowing.stride) (need n_in ≥ 1, n_out ≥ 1, stride ≥ 1)")
        }
        self.directory = directory
        self.windowing = windowing
        let paths = try Self.filePaths(in: directory)
        guard !paths.isEmpty else { throw TuskError.file(path: directory, message: "no HDF5 files (*.h5, *.hdf5) in this folder") }
        let files = try paths.map { try WellFileMetadata(path: $0) }
        let first = files[0]
        for f in files.dropFirst() {
            if f.datasetName != first.datasetName {
                throw TuskError.file(path: f.path, message: "dataset_name \"\(f.datasetName)\" differs from \"\(first.datasetName)\" in \(first.path)")
            }
            if f.nSpatialDims != first.nSpatialDims || f.resolution != first.resolution {
                throw TuskError.file(path: f.path, message: "resolution \(f.resolution) differs from \(first.resolution) in \(first.path)")
            }
            if f.fieldNames != first.fieldNames || f.constantFieldNames != first.constantFieldNames {
                throw TuskError.file(path: f.path, message: "fields \(f.fieldNames + f.constantFieldNames) differ from \(first.fieldNames + first.constantFieldNames) in \(first.path)")
            }
        }
        self.files = files
        let s = windowing.stride
        if windowing.fullTrajectory {
            let lowest = files.map(\.nSteps).min()!
            let n = (lowest - windowing.nIn * s) / s
            guard n > 0 else {
                throw TuskError.file(path: directory, message: "full-trajectory mode needs more than \(windowing.nIn * s) steps; the shortest file has \(lowest)")
            }
            nOut = min(n, windowing.maxRolloutSteps)
            windowsPerTrajectory = [Int](repeating: 1, count: files.count)
        } else {
            nOut = windowing.nOut
            windowsPerTrajectory = try files.map { f in
                let w = WellWindowing.windowCount(steps: f.nSteps, nIn: windowing.nIn, nOut: windowing.nOut, stride: s)
                guard w > 0 else {
                    throw TuskError.file(path: f.path, message: "\(f.nSteps) steps is not enough for \(windowing.nIn) input and \(windowing.nOut) output steps with stride \(s)")
                }
                return w
            }
        }
        var offsets = [0]
        for (f, w) in zip(files, windowsPerTrajectory) {
            // n_trajectories comes from the file: its product with the windows can overflow Int.
            guard let n = SizeArithmetic.multiply(f.nTrajectories, w).flatMap({ SizeArithmetic.add(offsets.last!, $0) }) else {
                throw TuskError.file(path: f.path, message: "n_trajectories \(f.nTrajectories) × \(w) windows per trajectory: the sample count overflows Int")
            }
            offsets.append(n)
        }
        self.offsets = offsets
    }

    /// Metadata of the first file (all files agree on name, dimensions and fields).
    public var metadata: WellFileMetadata { files[0] }

    /// Number of samples.
    public var count: Int { offsets.last! }

    /// The file, trajectory and start time of sample `index` (the_well's `_load_one_sample`).
    public func location(of index: Int, stride: Int? = nil) throws -> WellSampleLocation {
        guard index >= 0, index < count else {
            throw TuskError.file(path: directory, message: "sample \(index) is out of range (the split has \(count) samples)")
        }
        var fileIndex = 0
        while offsets[fileIndex + 1] <= index { fileIndex += 1 }
        let local = index - offsets[fileIndex]
        let w = windowsPerTrajectory[fileIndex]
        let t0 = local % w
        let s = stride ?? windowing.stride
        let f = files[fileIndex]
        let frames = windowing.nIn + nOut
        let last = SizeArithmetic.multiply(s, frames - 1).flatMap { SizeArithmetic.add(t0, $0) }
        guard s >= 1, let last, last < f.nSteps else {
            throw TuskError.file(path: f.path, message: "stride \(s) does not fit sample \(index) (t0 \(t0), \(frames) frames, \(f.nSteps) steps; largest stride \(WellWindowing.maximumStride(t0: t0, steps: f.nSteps, nIn: windowing.nIn, nOut: nOut)))")
        }
        return WellSampleLocation(fileIndex: fileIndex, path: f.path, trajectory: local / w, t0: t0, stride: s)
    }

    /// Flattened channel names of the time-varying fields.
    public var fieldNames: [String] { metadata.fieldNames }
    /// Flattened channel names of the constant fields.
    public var constantFieldNames: [String] { metadata.constantFieldNames }

    /// The channel names (variable and constant) that are not in `known`; an error names them.
    public func requireKnownFields(_ known: Set<String>) throws {
        let unknown = (fieldNames + constantFieldNames).filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw TuskError.file(path: metadata.path, message: "unknown field names \(unknown) (not in the model's field table)")
        }
    }
}
