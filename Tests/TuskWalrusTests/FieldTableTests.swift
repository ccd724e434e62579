import Testing
import TuskIR
@testable import TuskWalrus

@Suite("Field table")
struct FieldTableTests {
    @Test func releaseTable() throws {
        let t = FieldTable.release
        #expect(t.count == WalrusConfig.release1_3B.fieldRows)
        #expect(Array(t.names.prefix(3)) == ["closed_boundary", "open_boundary", "bias_correction"])
        let rows = ["pressure": 3, "velocity_x": 4, "velocity_z": 6, "zeros_like_density": 7, "D_xx": 10, "D_zz": 18,
                    "E_xx": 19, "E_zz": 27, "density": 28, "momentum_z": 35, "mask": 38, "A": 42, "height": 44,
                    "entropy": 48, "velocity_log_r": 52, "tracer": 54, "log10_density": 55, "c_zz": 57, "C_xx": 58,
                    "C_zz": 66]
        for (name, row) in rows { #expect(try t.row(of: name) == row, "\(name)") }
        expectConfigError(field: "field_indices") { _ = try t.row(of: "vorticity") }
        #expect(FieldTable.tiny.count == WalrusConfig.tiny.fieldRows)
    }

    /// Encoder scale sqrt((n_states − 3)/C) on data + bias_correction columns, 1 on the flags.
    @Test func encoderScaleAndLabels() {
        #expect(FieldTable.encoderScale(rows: 67, channels: 4) == 4)
        #expect(FieldTable.encoderScale(rows: 8, channels: 4) == Float((5.0 / 4.0).squareRoot()))
        #expect(FieldTable.encoderColumnScales(rows: 67, channels: 16) == [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1])
        #expect(FieldTable.extendedLabels([6, 3, 7, 4]) == [6, 3, 7, 4, 2, 0, 1])
    }

    @Test func fieldIndexChecks() throws {
        try FieldTable.checkFieldIndices([6, 3, 7, 4], rows: 8)
        expectConfigError(field: "field_indices") { try FieldTable.checkFieldIndices([2, 3], rows: 8) }
        expectConfigError(field: "field_indices") { try FieldTable.checkFieldIndices([8], rows: 8) }
        expectConfigError(field: "field_indices") { try FieldTable.checkFieldIndices([3, 3], rows: 8) }
        expectConfigError(field: "field_indices") { try FieldTable.checkFieldIndices([], rows: 8) }
        expectConfigError(field: "field table") { _ = try FieldTable(names: ["a", "b", "c", "d"]) }
    }
}
