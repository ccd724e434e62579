import Foundation
import TuskIR

/// The global field table ("space bag", spec §5.1): field name → row of the encoder's conv1 input
/// columns and of the decoder's convT2 output rows. Rows 0, 1, 2 are reserved for the boundary
/// flag channels: closed_boundary, open_boundary, bias_correction.
public struct FieldTable: Hashable, Sendable {
    /// Field names by row.
    public var names: [String]

    /// The three reserved rows, in order.
    public static let reserved = ["closed_boundary", "open_boundary", "bias_correction"]
    /// Rows of the three flag channels the jitterer appends after the data channels:
    /// bias_correction (2), closed_boundary (0), open_boundary (1).
    public static let flagRows = [2, 0, 1]

    /// A table; the first three names must be the reserved rows.
    public init(names: [String]) throws {
        guard Array(names.prefix(3)) == Self.reserved else {
            throw TuskError.config(field: "field table", message: "rows 0,1,2 must be \(Self.reserved), got \(Array(names.prefix(3)))")
        }
        guard Set(names).count == names.count else {
            throw TuskError.config(field: "field table", message: "field names must be unique")
        }
        self.names = names
    }

    /// Row count (the config's `n_states`).
    public var count: Int { names.count }

    /// The row of a field, or an error listing the table.
    public func row(of name: String) throws -> Int {
        guard let i = names.firstIndex(of: name) else {
            throw TuskError.config(field: "field_indices", message: "unknown field \"\(name)\"; known: \(names.joined(separator: ", "))")
        }
        return i
    }

    /// Checks a sample's `field_indices` (one row per channel): in range, not reserved, no repeats.
    public static func checkFieldIndices(_ indices: [Int], rows: Int) throws {
        guard !indices.isEmpty else { throw TuskError.config(field: "field_indices", message: "must not be empty") }
        for i in indices where i < FieldTable.reserved.count || i >= rows {
            throw TuskError.config(field: "field_indices",
                                   message: "row \(i) is out of range: data fields use rows 3..<\(rows) (rows 0-2 are the boundary flags)")
        }
        guard Set(indices).count == indices.count else {
            throw TuskError.config(field: "field_indices", message: "repeated rows in \(indices)")
        }
    }

    /// The encoder's extended labels: the sample's rows then the flag rows [2, 0, 1].
    public static func extendedLabels(_ indices: [Int]) -> [Int] { indices + flagRows }

    /// The SpaceBag scale sqrt((n_states − 3) / C) for C data channels. It multiplies the encoder
    /// columns of the data fields AND of bias_correction, not those of the wall/open flags.
    public static func encoderScale(rows: Int, channels: Int) -> Float {
        Float((Double(rows - reserved.count) / Double(channels)).squareRoot())
    }

    /// Per-column scale of the extended labels (C data + 3 flags): C+1 scaled columns, then 1, 1.
    public static func encoderColumnScales(rows: Int, channels: Int) -> [Float] {
        Array(repeating: encoderScale(rows: rows, channels: channels), count: channels + 1) + [1, 1]
    }

    /// The release's 67-row table (extended_config `data.field_index_map_override`).
    public static let release: FieldTable = {
        let components = ["xx", "xy", "xz", "yx", "yy", "yz", "zx", "zy", "zz"]
        var n = reserved
        n += ["pressure", "velocity_x", "velocity_y", "velocity_z", "zeros_like_density", "speed_of_sound", "concentration"]
        n += components.map { "D_\($0)" }
        n += components.map { "E_\($0)" }
        n += ["density", "energy", "velocity_r", "velocity_theta", "velocity_phi", "momentum_x", "momentum_y", "momentum_z",
              "pressure_re", "pressure_im", "mask", "magnetic_field_x", "magnetic_field_y", "magnetic_field_z", "A", "B",
              "height", "internal_energy", "temperature", "electron_fraction", "entropy", "magnetic_field_log_r",
              "magnetic_field_theta", "magnetic_field_phi", "velocity_log_r", "buoyancy", "tracer", "log10_density",
              "log10_temperature", "c_zz"]
        n += components.map { "C_\($0)" }
        // The names above are fixed and unique; a failure here is a programming error.
        return try! FieldTable(names: n)
    }()

    /// walrus-tiny's 8-row table: the reserved rows and five fields (names as in fixture v_c).
    public static let tiny = try! FieldTable(
        names: reserved + ["pressure", "velocity_x", "velocity_y", "velocity_z", "speed_of_sound"])
}
