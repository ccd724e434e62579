@preconcurrency import CHDF5
import Foundation
import Testing
@testable import TuskData
import TuskIR

/// Regression tests for what the WellSchema fuzz target (Fuzz/WellSchema, issue 11 item 5) found
/// in The Well reader: files whose shapes or attributes are huge, overflow Int or do not fit the
/// machine must give a `TuskError` naming the file and the object, never a trap or an abort in
/// the allocator. Huge datasets are created chunked and left unwritten, so they cost no disk.
@Suite("The Well reader: fuzzing regressions")
struct WellFuzzRegressionTests {
    /// A valid 2-D 4×4, 5-step, 1-trajectory file (field A, x periodic, y open), then `amend` on
    /// the file opened for writing (closed before the test reads it).
    static func makeSplit(_ name: String, fields: Bool = true, parameters: [(name: String, value: Double)] = [],
                          amend: (HDF5Group) throws -> Void = { _ in }) throws -> (String, String) {
        let dir = try Fixtures.temporaryDirectory("fuzz-\(name)")
        let path = dir + "/sample.hdf5"
        let contents = WellFileContents(
            datasetName: "toy", spatialDims: ["x", "y"], coordinates: [[0, 1, 2, 3], [0, 1, 2, 3]], time: [0, 1, 2, 3, 4],
            nTrajectories: 1, parameters: parameters,
            fields: fields ? [WellFieldData(name: "A", order: 0, timeVarying: true, values: (0..<80).map { Float($0) })] : [],
            boundaries: [.bothEnds(.periodic, dim: "x", count: 4), .bothEnds(.open, dim: "y", count: 4)])
        try contents.write(to: path)
        try amend(try HDF5File.openForWriting(path).root())
        return (dir, path)
    }

    /// Replaces `parent/name` by an unwritten chunked dataset of `shape`: float32 with h5py-style
    /// attributes for a sample- and time-varying field, else int64 (a boolean mask's encoding).
    static func replaceWithHuge(_ parent: HDF5Group, _ name: String, shape: [Int], fieldAttributes: Bool = false) throws {
        try parent.delete(name)
        let d = try HDF5Dataset(create: name, in: parent, shape: shape, fileType: fieldAttributes ? HDF5Types.float32LE : HDF5Types.int64LE,
                                chunks: [Int](repeating: 8, count: shape.count), gzipLevel: nil)
        if fieldAttributes {
            try d.writeAttribute("sample_varying", .bool(true))
            try d.writeAttribute("time_varying", .bool(true))
        }
    }


    /// Fuzz finding: a grid of 2⁴⁰ points along x (coordinates, field and mask all consistent) made
    /// the boundary-mask read allocate 1 TiB and abort; it is refused with the numbers.
    @Test func maskReadLargerThanMemoryIsRefusedWithTheNumbers() throws {
        let n = 1 << 40
        let (dir, path) = try Self.makeSplit("huge-mask") { root in
            try Self.replaceWithHuge(root.group("dimensions"), "x", shape: [n])
            try Self.replaceWithHuge(root.group("t0_fields"), "A", shape: [1, 5, n, 4], fieldAttributes: true)
            try Self.replaceWithHuge(root.group("boundary_conditions").group("x_periodic"), "mask", shape: [n])
        }
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("reading dataset /boundary_conditions/x_periodic/mask of shape [1099511627776] needs 8 TiB"), "\(message)")
        #expect(message.contains("refusing to allocate it"), "\(message)")
    }

    /// Fuzz finding: the mask's shape is checked against its axis BEFORE it is read, so a 2⁴⁰-entry
    /// mask on a 4-point axis is refused by its shape, not by its size.
    @Test func maskShapeIsCheckedBeforeReading() throws {
        let (dir, path) = try Self.makeSplit("mask-before-read") { root in
            try Self.replaceWithHuge(root.group("boundary_conditions").group("x_periodic"), "mask", shape: [1 << 40])
        }
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("mask has 1099511627776 entries along \"x\""), "\(message)")
        #expect(message.contains("the grid has 4 points"), "\(message)")
    }

    /// Fuzz finding: a sample window over a 2⁴⁰-point grid (no boundary on that axis, so the metadata
    /// reads) is refused with the numbers before the window buffer is allocated.
    @Test func sampleLargerThanMemoryIsRefused() throws {
        let n = 1 << 40
        let (dir, path) = try Self.makeSplit("huge-sample") { root in
            try Self.replaceWithHuge(root.group("dimensions"), "x", shape: [n])
            try Self.replaceWithHuge(root.group("t0_fields"), "A", shape: [1, 5, n, 4], fieldAttributes: true)
            try root.group("boundary_conditions").delete("x_periodic")
        }
        let ds = try WellDataset(directory: dir)
        #expect(ds.metadata.resolution == [n, 4])
        let message = fileError(path: path) { _ = try ds.sample(0) }
        // 2 frames × 2⁴⁰ × 4 points × 1 channel × 4 bytes = 32 TiB.
        #expect(message.contains("reading sample 0 (2 frames of [1099511627776, 4] × 1 channels) needs 32 TiB"), "\(message)")
    }

    /// Fuzz finding: a dataset whose shape's product overflows Int (2³¹ × 2³¹ × 2³¹) is an error when
    /// it is opened, not a trap in `elementCount`.
    @Test func shapeProductOverflowingIntIsAnError() throws {
        let n = 1 << 31
        let (dir, path) = try Self.makeSplit("overflow") { root in
            // Through the C API: Tusk's own writer refuses such a shape.
            let fields = try root.group("t0_fields")
            try fields.delete("A")
            let dims = [hsize_t](repeating: hsize_t(n), count: 3), chunk = [hsize_t](repeating: 8, count: 3)
            let space = H5Screate_simple(3, dims, nil), dcpl = H5Pcreate(HDF5Types.datasetCreate)
            defer { H5Sclose(space); H5Pclose(dcpl) }
            #expect(H5Pset_chunk(dcpl, 3, chunk) >= 0)
            let d = H5Dcreate2(fields.objectID, "A", HDF5Types.float32LE, space, hid_t(0), dcpl, hid_t(0))
            #expect(d >= 0)
            H5Dclose(d)
        }
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("dataset /t0_fields/A has shape [2147483648, 2147483648, 2147483648], whose element count overflows Int"), "\(message)")
    }

    /// Fuzz finding: an integer attribute stored as a float that does not fit Int (1e300, NaN, ∞)
    /// trapped in `Int(_:)`; it is a schema error naming the attribute and the value.
    @Test func integerAttributeThatDoesNotFitInt() throws {
        for (value, shown) in [(1e300, "1e+300"), (Double.nan, "nan"), (-Double.infinity, "-inf"), (2.5, "2.5")] {
            let (dir, path) = try Self.makeSplit("int-attr") { root in
                try root.writeAttribute("n_trajectories", .double(value))
            }
            let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
            #expect(message.contains("attribute /@n_trajectories should be an integer, found \(shown)"), "\(message)")
        }
    }

    /// Fuzz finding: n_trajectories = Int64.max in a file without sample-varying fields made the
    /// sample count (trajectories × windows) overflow; it is an error naming the numbers.
    @Test func sampleCountOverflowIsAnError() throws {
        let (dir, path) = try Self.makeSplit("count-overflow", fields: false) { root in
            try root.writeAttribute("n_trajectories", .int(Int64.max))
        }
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("n_trajectories 9223372036854775807 × 4 windows per trajectory: the sample count overflows Int"), "\(message)")
    }

    /// Fuzz finding: a stride of Int.max overflowed the window's last frame (t0 + stride·(frames−1))
    /// in `location` and in the hyperslab bounds check; both are errors now.
    @Test func strideThatOverflowsIsAnError() throws {
        let (dir, path) = try Self.makeSplit("stride")
        let ds = try WellDataset(directory: dir)
        let message = fileError(path: path) { _ = try ds.sample(0, stride: Int.max) }
        #expect(message.contains("stride \(Int.max) does not fit sample 0"), "\(message)")
        let a = try HDF5File.open(path).root().group("t0_fields").dataset("A")
        let slab = fileError(path: path) { _ = try a.readFloats(start: [0, 1, 0, 0], count: [1, 3, 4, 4], stride: [1, Int.max, 1, 1]) }
        #expect(slab.contains("hyperslab axis 1 (start 1, stride \(Int.max), count 3) is out of bounds"), "\(slab)")
    }

    /// Creates, through the C API, `name` in `parent` with HDF5's null dataspace (no elements, rank 0
    /// like a scalar): a float32 dataset, or an int64 attribute on `parent` when `attribute`.
    static func createNull(_ parent: HDF5Group, _ name: String, attribute: Bool = false) throws {
        let space = H5Screate(H5S_NULL)
        defer { H5Sclose(space) }
        if attribute {
            let a = H5Acreate2(parent.objectID, name, HDF5Types.int64LE, space, hid_t(0), hid_t(0))
            #expect(a >= 0)
            H5Aclose(a)
        } else {
            let d = H5Dcreate2(parent.objectID, name, HDF5Types.float32LE, space, hid_t(0), hid_t(0), hid_t(0))
            #expect(d >= 0)
            H5Dclose(d)
        }
    }

    /// Fuzz finding (Fuzz/findings/well-schema-sample-trap, 57 bytes): a grid of 2⁶³−1 × 0 points
    /// without fields passed every size check (its point count is 0) and then trapped with an
    /// arithmetic overflow in `TensorData(shape:storage:)` for the sample's input fields: the shape
    /// [2, 2⁶³−1, 0, 0]'s product overflows left to right before it reaches the 0. An axis without
    /// points is now a schema error when the file is opened.
    @Test func zeroPointAxisIsASchemaError() throws {
        let (dir, path) = try Self.makeSplit("zero-axis", fields: false) { root in
            let dims = try root.group("dimensions")
            try Self.replaceWithHuge(dims, "x", shape: [Int.max])
            try dims.delete("y")
            try dims.createDataset("y", shape: [0], values: [])
            let bcs = try root.group("boundary_conditions")
            try bcs.delete("x_periodic")
            try bcs.delete("y_open")
        }
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("coordinate dataset /dimensions/y has 0 points: every spatial axis needs at least 1"), "\(message)")
    }

    /// Found while fixing the finding above (the same kind: a read whose element count is not the one
    /// assumed): a scalar dataset with a null dataspace has shape [] like a scalar, and libhdf5 reads
    /// it "successfully" without writing the buffer, so the sample's constant scalar was a fake 0.
    @Test func nullDataspaceScalarIsAnError() throws {
        let (dir, path) = try Self.makeSplit("null-scalar", parameters: [("alpha", 0.5)]) { root in
            let scalars = try root.group("scalars")
            try scalars.delete("alpha")
            try Self.createNull(scalars, "alpha")
            let ds = try scalars.dataset("alpha")
            try ds.writeAttribute("sample_varying", .bool(false))
            try ds.writeAttribute("time_varying", .bool(false))
        }
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("scalar /scalars/alpha has a null dataspace (no value)"), "\(message)")
        // The dataset layer refuses the read too, whoever asks.
        let ds = try HDF5File.open(path).root().group("scalars").dataset("alpha")
        #expect(ds.isNull && ds.shape == [])
        let read = fileError(path: path) { _ = try ds.readFloats() }
        #expect(read.contains("dataset /scalars/alpha has a null dataspace: it holds no value, not even a scalar"), "\(read)")
    }

    /// Same kind: an attribute with a null dataspace was read as a scalar whose buffer libhdf5 leaves
    /// untouched, so a simulation parameter stored that way came out as 0.0 (a flag as false, a
    /// string as "").
    @Test func nullDataspaceAttributeIsAnError() throws {
        let (dir, path) = try Self.makeSplit("null-attr", parameters: [("alpha", 0.5)]) { root in
            #expect(H5Adelete(root.objectID, "alpha") >= 0)
            try Self.createNull(root, "alpha", attribute: true)
        }
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("attribute /@alpha has a null dataspace: it holds no value, not even a scalar"), "\(message)")
    }

    /// Same kind: `sample` reopens the file and indexed the coordinates and scalars by the counts the
    /// metadata had when the split was opened; a file rewritten since (a coordinate axis of 3 points
    /// for a 4-point grid, a scalar of shape [0]) trapped out of range. Each read's count is checked.
    @Test func fileRewrittenAfterOpeningIsAnError() throws {
        let (dir, path) = try Self.makeSplit("rewritten", parameters: [("alpha", 0.5)])
        let ds = try WellDataset(directory: dir)
        _ = try ds.sample(0)
        do {
            let scalars = try HDF5File.openForWriting(path).root().group("scalars")
            try scalars.delete("alpha")
            let a = try scalars.createDataset("alpha", shape: [0], values: [])
            try a.writeAttribute("sample_varying", .bool(false))
            try a.writeAttribute("time_varying", .bool(false))
        }
        let scalar = fileError(path: path) { _ = try ds.sample(0) }
        #expect(scalar.contains("scalar /scalars/alpha (shape [0]) gave 0 values (trajectory 0, window t0 0), but the metadata read when the split was opened implies 1"), "\(scalar)")
        do {
            let root = try HDF5File.openForWriting(path).root()
            try root.group("scalars").delete("alpha")
            try root.group("scalars").createDataset("alpha", shape: [], values: [0.5])
            let dims = try root.group("dimensions")
            try dims.delete("x")
            try dims.createDataset("x", shape: [3], values: [0, 1, 2])
        }
        let coordinate = fileError(path: path) { _ = try ds.sample(0) }
        #expect(coordinate.contains("coordinate dataset /dimensions/x (shape [3]) gave 3 values (trajectory 0, window t0 0), but the metadata read when the split was opened implies 4"), "\(coordinate)")
    }
}
