import Foundation
import TuskData
import TuskIR

/// One split of one dataset in The Well's layout, prepared for a Walrus model: its channels'
/// rows in the model's field table, its boundary conditions, its tensor-field layout (for the
/// tensor-law-aware rotations), all checked against the model up front so bad data fails before
/// training starts, with an error naming the file.
public struct WalrusDataSource {
    /// The folder given on the command line (the dataset root).
    public let root: String
    /// The split's reader (windows indexed like the_well's `WellDataset`).
    public let dataset: WellDataset
    /// `dataset_name` of the files.
    public var name: String { dataset.metadata.datasetName }
    /// Field-table row of every channel: variable fields then constant fields.
    public let fieldIndices: [Int]
    /// Channel names, variable then constant.
    public var channelNames: [String] { dataset.fieldNames + dataset.constantFieldNames }
    /// Number of time-varying channels (the ones predicted).
    public var variableChannels: Int { dataset.fieldNames.count }
    /// Tensor layout of the time-varying fields (scalars, vectors, rank-2 tensors in file order).
    public let variableLayout: TensorFieldLayout
    /// Tensor layout of the constant fields.
    public let constantLayout: TensorFieldLayout
    /// `[D][2]` boundary conditions of the files.
    public let boundaries: [[WellBoundary]]
    /// Grid size per spatial axis.
    public var spatialShape: [Int] { dataset.metadata.resolution }

    /// Opens `root`'s `split` with windows of `nIn` inputs and `nOut` outputs (stride 1 counts
    /// the windows, like the_well's `min_dt_stride = 1`) and checks it against `config`/`table`:
    /// every channel must be in the field table, the grid must be one the stride table takes
    /// with these boundaries. Errors are `TuskError.file` naming the first file.
    public init(root: String, split: String, nIn: Int, nOut: Int = 1, fullTrajectory: Bool = false,
                maxRolloutSteps: Int = 100, config: WalrusConfig, table: FieldTable) throws {
        let windowing = WellWindowing(nIn: nIn, nOut: nOut, stride: 1, fullTrajectory: fullTrajectory,
                                      maxRolloutSteps: maxRolloutSteps)
        let dataset = try WellDataset(root: root, split: split, windowing: windowing)
        let meta = dataset.metadata
        try dataset.requireKnownFields(Set(table.names.dropFirst(FieldTable.reserved.count)))
        self.root = root
        self.dataset = dataset
        self.fieldIndices = try (dataset.fieldNames + dataset.constantFieldNames).map { try table.row(of: $0) }
        self.variableLayout = try TensorFieldLayout(meta.variableFields.map { .init(name: $0.name, order: $0.order) })
        self.constantLayout = try TensorFieldLayout(meta.constantFields.map { .init(name: $0.name, order: $0.order) })
        self.boundaries = meta.boundaryConditions
        do {
            _ = try WalrusGeometry(config: config, spatialShape: meta.resolution, boundaries: Self.axisBoundaries(boundaries))
            try FieldTable.checkFieldIndices(fieldIndices, rows: config.fieldRows)
        } catch let TuskError.config(field, message) {
            throw TuskError.file(path: meta.path, message: "\(config.name ?? "the model") cannot take this dataset (grid \(meta.resolution), boundaries \(boundaries)): \(field): \(message)")
        }
    }

    /// The model's boundary rows from the_well's codes (same integers).
    public static func axisBoundaries(_ bcs: [[WellBoundary]]) -> [AxisBoundary] {
        bcs.map { AxisBoundary(start: BoundaryCondition(rawValue: $0[0].rawValue)!, end: BoundaryCondition(rawValue: $0[1].rawValue)!) }
    }

    /// The sample's frames (inputs then outputs) as one channels-last series `[T, *grid, C_var]`,
    /// and its constant fields `[1, *grid, C_const]` (nil when there are none).
    public func series(_ sample: WellSample) throws -> (frames: FieldSeries, constants: FieldSeries?) {
        try Self.series(of: sample)
    }

    /// `series(_:)` for a sample of any dataset, checked against no model (model-free baselines).
    public static func series(of sample: WellSample) throws -> (frames: FieldSeries, constants: FieldSeries?) {
        let inp = sample.inputFields, out = sample.outputFields
        let frames = try FieldSeries(shape: [inp.shape[0] + out.shape[0]] + Array(inp.shape.dropFirst()),
                                     values: inp.floats + out.floats, fieldNames: sample.fieldNames)
        let constants = try sample.constantFields.map {
            try FieldSeries(shape: [1] + $0.shape, values: $0.floats, fieldNames: sample.constantFieldNames)
        }
        return (frames, constants)
    }
}

extension FieldSeries {
    /// Channels-first model layout of frames `range`: values `[T, C, *grid]` (one batch entry of
    /// `[T, B, C, *grid]`), with `constants` (one frame) appended as extra channels repeated over T.
    func channelsFirst(frames range: Range<Int>, constants: FieldSeries?) -> [Float] {
        let p = pointsPerFrame, c = channels, cc = constants?.channels ?? 0
        var out = [Float](repeating: 0, count: range.count * (c + cc) * p)
        for (k, t) in range.enumerated() {
            let base = k * (c + cc) * p
            for i in 0..<p {
                let src = (t * p + i) * c
                for ch in 0..<c { out[base + ch * p + i] = values[src + ch] }
                if let constants {
                    for ch in 0..<cc { out[base + (c + ch) * p + i] = constants.values[i * cc + ch] }
                }
            }
        }
        return out
    }
}
