import TuskIR

/// A boundary condition of one side of one spatial axis, with the integer codes of
/// the_well's `BoundaryCondition` enum (spec §5.2).
public enum BoundaryCondition: Int, Codable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// A closed wall (code 0). Its boundary-flag channel is 1 ("closed_boundary", field row 0).
    case wall = 0
    /// An open boundary (code 1). Its boundary-flag channel is 2 ("open_boundary", field row 1).
    case open = 1
    /// A periodic boundary (code 2): circular padding, no flags, token rolls between blocks.
    case periodic = 2

    /// Parses the_well's integer code, naming `field` in the error.
    public init(code: Int, field: String = "bcs") throws {
        guard let bc = BoundaryCondition(rawValue: code) else {
            throw TuskError.config(field: field,
                                   message: "boundary condition code \(code) is not one of 0 (WALL), 1 (OPEN), 2 (PERIODIC)")
        }
        self = bc
    }

    public var description: String {
        switch self {
        case .wall: "WALL"
        case .open: "OPEN"
        case .periodic: "PERIODIC"
        }
    }
}

/// The boundary conditions of one spatial axis: its start side and its end side.
///
/// Like the reference, periodicity is decided by the START side only (spec §5.2, §9.16).
public struct AxisBoundary: Hashable, Sendable, CustomStringConvertible {
    /// Condition at index 0 of the axis.
    public var start: BoundaryCondition
    /// Condition at the last index of the axis.
    public var end: BoundaryCondition

    public init(start: BoundaryCondition, end: BoundaryCondition) {
        self.start = start
        self.end = end
    }

    /// Both sides with the same condition.
    public init(_ both: BoundaryCondition) {
        self.init(start: both, end: both)
    }

    /// Periodic boundaries on both sides — what the data pipeline gives padded singleton axes.
    public static let periodic = AxisBoundary(.periodic)

    /// Whether the axis is treated as periodic (the start side decides, as in the reference).
    public var isPeriodic: Bool { start == .periodic }

    /// Parses the fixture / reference layout `bcs` = `[[start, end], …]` (one row per axis)
    /// and pads it with periodic rows to `axes` rows, as the data pipeline does for the trailing
    /// singleton axes (spec §1, §4). The reference itself raises IndexError for 1-D data with a
    /// single row; Tusk pads instead (documented deviation: the padded rows are what the
    /// reference's own data pipeline supplies).
    public static func parse(_ rows: [[Int]], axes: Int = 3) throws -> [AxisBoundary] {
        guard !rows.isEmpty, rows.count <= axes else {
            throw TuskError.config(field: "bcs", message: "expected 1...\(axes) rows [start, end], got \(rows.count)")
        }
        var result: [AxisBoundary] = []
        for (i, row) in rows.enumerated() {
            guard row.count == 2 else {
                throw TuskError.config(field: "bcs[\(i)]", message: "expected [start, end], got \(row)")
            }
            result.append(AxisBoundary(start: try BoundaryCondition(code: row[0], field: "bcs[\(i)][0]"),
                                       end: try BoundaryCondition(code: row[1], field: "bcs[\(i)][1]")))
        }
        while result.count < axes { result.append(.periodic) }
        return result
    }

    public var description: String { "\(start)/\(end)" }
}
