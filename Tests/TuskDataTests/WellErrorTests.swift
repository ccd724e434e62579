import Foundation
import Testing
import TuskData
import TuskIR

/// Bad data gives a `TuskError.file` naming the file and the problem.
@Suite("The Well reader errors")
struct WellErrorTests {
    /// Writes a small valid split folder (one file, 2-D 4×4, 5 steps, t0 A, t1 velocity) and returns (dir, file).
    static func makeSplit(_ name: String, nanAt: Int? = nil) throws -> (String, String) {
        let dir = try Fixtures.temporaryDirectory(name)
        let path = dir + "/sample.hdf5"
        var a = (0..<(1 * 5 * 16)).map { Float($0) / 10 }
        if let nanAt { a[nanAt] = .nan }
        let contents = WellFileContents(
            datasetName: "toy", spatialDims: ["x", "y"], coordinates: [[0, 1, 2, 3], [0, 1, 2, 3]], time: [0, 1, 2, 3, 4],
            nTrajectories: 1, parameters: [("F", 0.5)],
            fields: [WellFieldData(name: "A", order: 0, timeVarying: true, values: a),
                     WellFieldData(name: "velocity", order: 1, timeVarying: true, values: [Float](repeating: 1, count: 5 * 16 * 2))],
            boundaries: [.bothEnds(.periodic, dim: "x", count: 4), .bothEnds(.open, dim: "y", count: 4)])
        try contents.write(to: path)
        return (dir, path)
    }


    @Test func validFileReads() throws {
        let (dir, _) = try Self.makeSplit("valid")
        let ds = try WellDataset(directory: dir, windowing: WellWindowing(nIn: 2, nOut: 1))
        #expect(ds.count == 3)
        #expect(ds.metadata.boundaryConditions == [[.periodic, .periodic], [.open, .open]])
        #expect(try ds.sample(2).outputFields.shape == [1, 4, 4, 3])
    }

    @Test func missingGroup() throws {
        let (dir, path) = try Self.makeSplit("missing")
        try HDF5File.openForWriting(path).root().delete("t2_fields")
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("missing group /t2_fields"))
    }

    @Test func wrongFieldShape() throws {
        let (dir, path) = try Self.makeSplit("shape")
        let g = try HDF5File.openForWriting(path).root().group("t0_fields")
        try g.delete("A")
        let ds = try g.createDataset("A", shape: [1, 5, 4], values: [Float](repeating: 0, count: 20))
        try ds.writeAttribute("sample_varying", .bool(true))
        try ds.writeAttribute("time_varying", .bool(true))
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("/t0_fields/A has shape [1, 5, 4], expected [1, 5, 4, 4]"))
    }

    @Test func dimensionCountMismatch() throws {
        let (dir, path) = try Self.makeSplit("ndims")
        try HDF5File.openForWriting(path).root().writeAttribute("n_spatial_dims", .int(3))
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("n_spatial_dims = 3"))
    }

    @Test func unknownBoundaryType() throws {
        let (dir, path) = try Self.makeSplit("bc")
        try HDF5File.openForWriting(path).root().group("boundary_conditions").group("x_periodic").writeAttribute("bc_type", .string("SLIPPERY"))
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("SLIPPERY"))
    }

    @Test func wrongAttributeType() throws {
        let (dir, path) = try Self.makeSplit("attr")
        try HDF5File.openForWriting(path).root().writeAttribute("dataset_name", .double(1))
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("attribute /@dataset_name should be a string, found a float"))
    }

    @Test func nanInASample() throws {
        // NaN in frame 4 of A (flat index 4·16 + 5): windows with t0 ≥ 2 (n_in 2, n_out 1) contain it.
        let (dir, path) = try Self.makeSplit("nan", nanAt: 4 * 16 + 5)
        let ds = try WellDataset(directory: dir, windowing: WellWindowing(nIn: 2, nOut: 1))
        _ = try ds.sample(1) // frames 1–3: clean
        let message = fileError(path: path) { _ = try ds.sample(2) }
        #expect(message.contains("NaN in field \"A\" (trajectory 0, window t0 2"))
        ds.allowNaN = true
        #expect(try ds.sample(2).outputFields.floats.contains { $0.isNaN })
    }

    @Test func unknownFieldNames() throws {
        let (dir, path) = try Self.makeSplit("unknown")
        let ds = try WellDataset(directory: dir)
        try ds.requireKnownFields(["A", "velocity_x", "velocity_y"])
        let message = fileError(path: path) { try ds.requireKnownFields(["A", "velocity_x"]) }
        #expect(message.contains("unknown field names [\"velocity_y\"]"))
    }

    @Test func notAnHDF5FileAndEmptyFolders() throws {
        let dir = try Fixtures.temporaryDirectory("nothdf5")
        let path = dir + "/junk.hdf5"
        try "not hdf5".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(fileError(path: path) { _ = try WellDataset(directory: dir) }.contains("not an HDF5 file"))
        let empty = try Fixtures.temporaryDirectory("empty")
        #expect(fileError(path: empty) { _ = try WellDataset(directory: empty) }.contains("no HDF5 files"))
        #expect(fileError(path: empty) { _ = try WellDataset(root: empty, split: "valid") }.contains("no split \"valid\""))
    }

    @Test func filesOfDifferentDatasets() throws {
        let (dir, _) = try Self.makeSplit("mixed")
        let (_, other) = try Self.makeSplit("mixed2")
        let second = dir + "/z_second.hdf5"
        try FileManager.default.copyItem(atPath: other, toPath: second)
        try HDF5File.openForWriting(second).root().writeAttribute("dataset_name", .string("other"))
        #expect(fileError(path: second) { _ = try WellDataset(directory: dir) }.contains("dataset_name \"other\" differs"))
    }

    @Test func windowsThatDoNotFit() throws {
        let (dir, path) = try Self.makeSplit("fit")
        #expect(fileError(path: path) { _ = try WellDataset(directory: dir, windowing: WellWindowing(nIn: 3, nOut: 1, stride: 2)) }
            .contains("5 steps is not enough"))
        let ds = try WellDataset(directory: dir, windowing: WellWindowing(nIn: 1, nOut: 1))
        #expect(fileError(path: path) { _ = try ds.sample(3, stride: 2) }.contains("stride 2 does not fit"))
    }
}
