import TuskIR

/// Where a sample comes from.
public struct WellSampleLocation: Hashable, Sendable {
    /// Index of the file in the dataset's sorted file list.
    public var fileIndex: Int
    /// The file's path.
    public var path: String
    /// Trajectory index inside the file.
    public var trajectory: Int
    /// First frame of the window.
    public var t0: Int
    /// Time stride between frames.
    public var stride: Int
}

/// One sample, laid out like the_well's `WellDataset.__getitem__` (channels last).
public struct WellSample: Hashable, Sendable {
    /// `[nIn, *resolution, C]`, float32.
    public var inputFields: TensorData
    /// `[nOut, *resolution, C]`, float32.
    public var outputFields: TensorData
    /// `[*resolution, C_const]`, or nil when the dataset has no time-constant fields.
    public var constantFields: TensorData?
    /// `[nIn, S]` time-varying scalars, or nil.
    public var inputScalars: TensorData?
    /// `[nOut, S]` time-varying scalars, or nil.
    public var outputScalars: TensorData?
    /// `[S_const]` constant scalars, or nil.
    public var constantScalars: TensorData?
    /// `[D][2]` boundary codes.
    public var boundaryConditions: [[WellBoundary]]
    /// `[*resolution, D]`: the ij-meshgrid of the coordinate arrays.
    public var spaceGrid: TensorData
    /// Input frame times relative to the window's first time.
    public var inputTimeGrid: [Float]
    /// Output frame times relative to the window's first time.
    public var outputTimeGrid: [Float]
    /// Channel names of the input/output fields.
    public var fieldNames: [String]
    /// Channel names of the constant fields.
    public var constantFieldNames: [String]
    /// Names of the constant scalars.
    public var constantScalarNames: [String]
    /// The file, trajectory, start and stride the sample was read from.
    public var location: WellSampleLocation
}
