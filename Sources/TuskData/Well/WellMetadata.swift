import TuskIR

/// Boundary condition codes, as the_well's `BoundaryCondition` enum numbers them.
public enum WellBoundary: Int, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case wall = 0
    case open = 1
    case periodic = 2

    /// The upper-case name used in files (`bc_type`) and by the_well.
    public var name: String {
        switch self {
        case .wall: "WALL"
        case .open: "OPEN"
        case .periodic: "PERIODIC"
        }
    }

    public var description: String { name }

    /// Parses a `bc_type` attribute (case-insensitive, like the_well's `.upper()`).
    public init?(name: String) {
        switch name.uppercased() {
        case "WALL": self = .wall
        case "OPEN": self = .open
        case "PERIODIC": self = .periodic
        default: return nil
        }
    }
}

/// One field of a `t0_fields`/`t1_fields`/`t2_fields` group.
public struct WellField: Hashable, Sendable {
    /// The field's name as stored (`velocity`).
    public var name: String
    /// Tensor order: 0 scalar, 1 vector, 2 rank-2 tensor.
    public var order: Int
    /// Whether the leading axis is the trajectory (`sample_varying`).
    public var sampleVarying: Bool
    /// Whether there is a time axis (`time_varying`); time-constant fields become constant fields.
    public var timeVarying: Bool
    /// The stored dataset shape.
    public var shape: [Int]
    /// The flattened component names, the_well style: `velocity_x`, `E_xy`, or just the name.
    public var componentNames: [String]

    /// Number of components: D^order.
    public var componentCount: Int { componentNames.count }
}

/// A scalar of the `/scalars` group.
public struct WellScalar: Hashable, Sendable {
    public var name: String
    public var sampleVarying: Bool
    public var timeVarying: Bool
    public var shape: [Int]
}

/// Everything Tusk reads from one file of The Well before touching field data.
public struct WellFileMetadata: Hashable, Sendable {
    /// The file's path.
    public var path: String
    /// Root `dataset_name`.
    public var datasetName: String
    /// Root `grid_type` (`cartesian`, `spherical`, `equiangular`).
    public var gridType: String
    /// Root `n_spatial_dims` (= `spatialDims.count`).
    public var nSpatialDims: Int
    /// `/dimensions@spatial_dims`, storage order.
    public var spatialDims: [String]
    /// Grid size per spatial dim (the coordinate arrays' lengths).
    public var resolution: [Int]
    /// Root `n_trajectories`.
    public var nTrajectories: Int
    /// Stored time steps per trajectory (`time.shape[-1]`).
    public var nSteps: Int
    /// Root `simulation_parameters` and their values.
    public var simulationParameters: [String: Double]
    /// Fields by tensor order (index 0, 1, 2), each in its group's `field_names` order.
    public var fields: [[WellField]]
    /// Scalars in `/scalars@field_names` order.
    public var scalars: [WellScalar]
    /// `[D][2]` boundary codes (lower, upper end per axis), decoded exactly like the_well.
    public var boundaryConditions: [[WellBoundary]]
    /// The distinct `bc_type` values of the file's boundary groups (upper-cased).
    public var boundaryTypes: Set<String>

    /// Time-varying fields, flattened: t0 then t1 then t2, file order within an order.
    public var variableFields: [WellField] { fields.flatMap { $0.filter(\.timeVarying) } }
    /// Time-constant fields, in the same order.
    public var constantFields: [WellField] { fields.flatMap { $0.filter { !$0.timeVarying } } }
    /// Flattened channel names of the time-varying fields (the_well's `field_names` chained).
    public var fieldNames: [String] { variableFields.flatMap(\.componentNames) }
    /// Flattened channel names of the constant fields.
    public var constantFieldNames: [String] { constantFields.flatMap(\.componentNames) }
    /// Names of time-varying scalars.
    public var scalarNames: [String] { scalars.filter(\.timeVarying).map(\.name) }
    /// Names of constant scalars.
    public var constantScalarNames: [String] { scalars.filter { !$0.timeVarying }.map(\.name) }

    /// Component names the_well builds for a field of tensor `order` over `dims`:
    /// `itertools.product(spatial_dims, repeat=order)` joined, appended with `_`.
    public static func componentNames(field: String, order: Int, dims: [String]) -> [String] {
        var suffixes = [""]
        for _ in 0..<order { suffixes = suffixes.flatMap { s in dims.map { s + $0 } } }
        return suffixes.map { $0.isEmpty ? field : "\(field)_\($0)" }
    }
}
