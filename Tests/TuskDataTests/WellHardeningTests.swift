import Foundation
import Testing
import TuskData
import TuskIR
#if canImport(Glibc)
import Glibc
#endif

/// Regression tests of issue 11 for The Well reader: Inf in data is reported like NaN, and
/// boundary masks or time grids of the wrong shape are rejected with the file and dataset path.
@Suite("The Well reader: issue 11 regressions")
struct WellHardeningTests {
    /// A 2-D 4×4, 5-step file with field A (one Inf at `infAt`) and the given boundaries.
    static func makeSplit(_ name: String, infAt: Int? = nil, boundaries: [WellBoundarySpec]? = nil) throws -> (String, String) {
        let dir = try Fixtures.temporaryDirectory(name)
        let path = dir + "/sample.hdf5"
        var a = (0..<(5 * 16)).map { Float($0) / 10 }
        if let infAt { a[infAt] = -.infinity }
        let contents = WellFileContents(
            datasetName: "toy", spatialDims: ["x", "y"], coordinates: [[0, 1, 2, 3], [0, 1, 2, 3]], time: [0, 1, 2, 3, 4],
            nTrajectories: 1, parameters: [],
            fields: [WellFieldData(name: "A", order: 0, timeVarying: true, values: a)],
            boundaries: boundaries ?? [.bothEnds(.periodic, dim: "x", count: 4), .bothEnds(.open, dim: "y", count: 4)])
        try contents.write(to: path)
        return (dir, path)
    }


    /// Table row "an Inf in the training data": named with file, field and window, like NaN.
    @Test func infinityInASampleNamesFileFieldAndWindow() throws {
        let (dir, path) = try Self.makeSplit("inf", infAt: 4 * 16 + 5)
        let ds = try WellDataset(directory: dir, windowing: WellWindowing(nIn: 2, nOut: 1))
        _ = try ds.sample(1)  // frames 1–3: clean
        let message = fileError(path: path) { _ = try ds.sample(2) }
        #expect(message.contains("Inf in field \"A\" (trajectory 0, window t0 2"), "\(message)")
        #expect(message.contains("-inf"), "\(message)")
    }

    /// Table row "an HDF5 boundary mask of length 7 on a 32-point axis" (here 7 on a 4-point axis).
    @Test func boundaryMaskOfTheWrongLength() throws {
        var mask = [Bool](repeating: false, count: 7)
        mask[0] = true
        mask[6] = true
        let (dir, path) = try Self.makeSplit("mask", boundaries: [WellBoundarySpec(name: "x_periodic", type: .periodic, dim: "x", mask: mask),
                                                                  .bothEnds(.open, dim: "y", count: 4)])
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("/boundary_conditions/x_periodic/mask has 7 entries along \"x\""), "\(message)")
        #expect(message.contains("the grid has 4 points"), "\(message)")
    }

    /// Table row "`dimensions/time` of shape [5, 21]": a per-trajectory time grid needs one row per trajectory.
    @Test func timeGridOfTheWrongShape() throws {
        let (dir, path) = try Self.makeSplit("time")
        let dims = try HDF5File.openForWriting(path).root().group("dimensions")
        try dims.delete("time")
        _ = try dims.createDataset("time", shape: [5, 21], values: (0..<105).map(Float.init))
        let message = fileError(path: path) { _ = try WellDataset(directory: dir) }
        #expect(message.contains("/dimensions/time has shape [5, 21]"), "\(message)")
        #expect(message.contains("n_trajectories = 1"), "\(message)")
    }

    /// Table row "a FIFO given as an input": an HDF5 input that is a FIFO is refused, not blocked on.
    @Test func fifoAsAnHDF5FileIsRefused() throws {
        let dir = try Fixtures.temporaryDirectory("fifo")
        let path = dir + "/sample.hdf5"
        #expect(mkfifo(path, 0o644) == 0)
        let message = fileError(path: path) { _ = try HDF5File.open(path) }
        #expect(message.contains("not a regular file"), "\(message)")
    }
}
