import Foundation
import Testing
import TuskData
import TuskIR
import TuskWalrus

/// Issue 14: `tusk rollout --baseline persistence` needs no model, so it runs on grids the
/// model's stride table rejects; a model rollout on the same data still stops with the
/// stride-table error.
@Suite("tusk rollout: persistence on any grid", .serialized)
struct RolloutAnyGridTests {
    static let frames = 6, trajectories = 2

    /// Field `f` of trajectory `b` at frame `t`, cell `cell` of `cells`: smooth, time-varying,
    /// different per field and trajectory (so VRMSE is neither 0 nor degenerate).
    static func value(field f: Int, trajectory b: Int, frame t: Int, cell: Int, width: Int) -> Float {
        let (i, j) = (Float(cell / width), Float(cell % width))
        let phase = 0.31 * Float(t) * Float(1 + f) + 0.7 * Float(b)
        return (1 + 0.5 * Float(f)) * Foundation.sin(0.2 * i + 0.13 * j * Float(1 + f) + phase) + 0.05 * Float(t * (f + 1))
    }

    /// Writes a test split of `shape` with 2 scalar fields (by default "A" and "B", which the
    /// release field table knows, so a model rollout fails on the grid and nothing else) and
    /// `boundaries`.
    static func writeDataset(root: String, shape: [Int], boundaries: [WellBoundarySpec],
                             fieldNames: [String] = ["A", "B"]) throws -> String {
        try FileManager.default.createDirectory(atPath: root + "/data/test", withIntermediateDirectories: true)
        let cells = shape.reduce(1, *), width = shape.dropFirst().reduce(1, *)
        let fields = fieldNames.enumerated().map { f, name in
            WellFieldData(name: name, order: 0, timeVarying: true, values: (0..<(trajectories * frames * cells)).map { k in
                value(field: f, trajectory: k / (frames * cells), frame: (k / cells) % frames, cell: k % cells, width: width)
            })
        }
        let dims = Array(["x", "y", "z"].prefix(shape.count))
        let file = root + "/data/test/grid.hdf5"
        try WellFileContents(datasetName: "grid_\(shape.map(String.init).joined(separator: "x"))", spatialDims: dims,
                             coordinates: shape.map { n in (0..<n).map { Float($0) / Float(n) } },
                             time: (0..<frames).map { Float($0) * 0.1 }, nTrajectories: trajectories, parameters: [],
                             fields: fields, boundaries: boundaries).write(to: file)
        return file
    }

    /// The Well's VRMSE (the_well `VRMSE` = `NRMSE(norm_mode="std")`: √(MSE / (unbiased variance of
    /// the truth + 1e-7)), spatial reductions per step and field) of persistence on trajectory 0,
    /// computed here in Double straight from the values written, independently of TuskData.
    static func expectedPersistenceVRMSE(cells: Int, width: Int, nIn: Int, steps: Int) -> [[Double]] {
        (0..<steps).map { s in
            (0..<2).map { f in
                let pred = (0..<cells).map { Double(value(field: f, trajectory: 0, frame: nIn - 1, cell: $0, width: width)) }
                let truth = (0..<cells).map { Double(value(field: f, trajectory: 0, frame: nIn + s, cell: $0, width: width)) }
                let mse = zip(pred, truth).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / Double(cells)
                let mean = truth.reduce(0, +) / Double(cells)
                let variance = truth.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(cells - 1)
                return (mse / (variance + 1e-7)).squareRoot()
            }
        }
    }

    /// 2-D 32×64 (W = 64 is not in the stride table), H OPEN / W PERIODIC, and 3-D 8×6×5 with WALL
    /// and mixed sides and a field no field table has: report.json holds the_well's VRMSE for test trajectory 0 — tolerance 1e-9 relative
    /// (both sides sum in Double from the same Float values; only the summation order differs,
    /// ~1e-15 relative), far inside float precision — and the pictures are written. (That a model
    /// rollout on the same 32×64 data still gives the stride-table error is checked with a trained
    /// checkpoint in `RolloutTests.checkpointRolloutAndTruncation`.)
    @Test func persistenceOnGridsTheModelRejects() throws {
        let base = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let (nIn, steps) = (2, 3)
        let cases: [(shape: [Int], bcs: [WellBoundarySpec], fields: [String])] = [
            ([32, 64], [.bothEnds(.open, dim: "x", count: 32), .bothEnds(.periodic, dim: "y", count: 64)], ["A", "B"]),
            ([8, 6, 5], [.bothEnds(.wall, dim: "x", count: 8), .bothEnds(.periodic, dim: "y", count: 6),
                         .oneEnd(.wall, dim: "z", count: 5, upper: false), .oneEnd(.open, dim: "z", count: 5, upper: true)],
             ["A", "vorticity_of_my_new_solver"]),
        ]
        for (k, c) in cases.enumerated() {
            let root = "\(base)/data\(k)", out = "\(base)/out\(k)"
            _ = try Self.writeDataset(root: root, shape: c.shape, boundaries: c.bcs, fieldNames: c.fields)
            let r = try runTusk(["rollout", "--baseline", "persistence", "--data", root, "--steps", "\(steps)", "--n-in", "\(nIn)",
                                 "--out", out])
            #expect(r.status == 0, "\(c.shape): \(r.stderr)")
            let json = try RolloutTests.report(out)
            let trajectories = try #require(json["trajectories"] as? [[String: Any]])
            #expect(trajectories.count == Self.trajectories)
            let zero = try #require(trajectories.first { $0["trajectory"] as? Int == 0 })
            let ours = try #require(zero["vrmse"] as? [[Double]])
            let cells = c.shape.reduce(1, *)
            let expected = Self.expectedPersistenceVRMSE(cells: cells, width: c.shape.dropFirst().reduce(1, *), nIn: nIn, steps: steps)
            #expect(ours.count == steps)
            for (a, b) in zip(ours.flatMap { $0 }, expected.flatMap { $0 }) {
                #expect(b > 0.01 && abs(a - b) <= 1e-9 * b, "\(c.shape): tusk \(a) vs The Well's definition \(b)")
            }
            #expect(json["method"] as? String == "persistence" && json["steps"] as? Int == steps)
            for picture in ["panels.png", "vrmse.png"] {
                #expect(FileManager.default.fileExists(atPath: out + "/" + picture), "\(c.shape): \(picture)")
            }
        }

        // A model rollout still checks the stride table (an untrained walrus-tiny checkpoint is
        // enough: the data is checked before anything is compiled).
    }
}
