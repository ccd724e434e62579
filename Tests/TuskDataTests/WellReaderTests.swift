import Foundation
import Testing
import TuskTestSupport
import TuskData
import TuskIR

@Suite("The Well reader")
struct WellReaderTests {
    @Test func metadataOfH5pyFixture() throws {
        let m = try WellFileMetadata(path: Fixtures.wellRoot + "/data/train/fixture_flow_a.hdf5")
        #expect(m.datasetName == "fixture_flow")
        #expect(m.gridType == "cartesian")
        #expect(m.nSpatialDims == 2)
        #expect(m.spatialDims == ["x", "y"])
        #expect(m.resolution == [8, 4])
        #expect(m.nTrajectories == 2)
        #expect(m.nSteps == 7)
        #expect(m.simulationParameters == ["F": 0.03])
        // Field order is the group's field_names order (B before A), then t1, then t2.
        #expect(m.fieldNames == ["B", "A", "velocity_x", "velocity_y", "E_xx", "E_xy", "E_yx", "E_yy"])
        #expect(m.constantFieldNames == ["density"])
        #expect(m.constantScalarNames == ["F"])
        #expect(m.scalarNames == ["inflow"])
        // x0_wall + xL_open + y_periodic → [[WALL, OPEN], [PERIODIC, PERIODIC]].
        #expect(m.boundaryConditions == [[.wall, .open], [.periodic, .periodic]])
        #expect(m.boundaryTypes == ["WALL", "OPEN", "PERIODIC"])
    }

    @Test func componentNamesFollowTheWell() {
        #expect(WellFileMetadata.componentNames(field: "u", order: 1, dims: ["x", "y", "z"]) == ["u_x", "u_y", "u_z"])
        #expect(WellFileMetadata.componentNames(field: "E", order: 2, dims: ["r", "theta"]) == ["E_rr", "E_rtheta", "E_thetar", "E_thetatheta"])
        #expect(WellFileMetadata.componentNames(field: "p", order: 0, dims: ["x"]) == ["p"])
    }

    @Test func windowCountsMatchTheWellFormula() {
        // the_well's docstring examples of raw_steps_to_possible_sample_t0s.
        #expect(WellWindowing.windowCount(steps: 5, nIn: 1, nOut: 1, stride: 1) == 4)
        #expect(WellWindowing.windowCount(steps: 5, nIn: 1, nOut: 1, stride: 2) == 3)
        #expect(WellWindowing.windowCount(steps: 5, nIn: 1, nOut: 1, stride: 3) == 2)
        #expect(WellWindowing.windowCount(steps: 5, nIn: 2, nOut: 1, stride: 2) == 1)
        #expect(WellWindowing.windowCount(steps: 5, nIn: 3, nOut: 1, stride: 2) == 0)
    }

    @Test func indexingOrderIsFileTrajectoryStart() throws {
        // File a: 2 trajectories × 7 steps, file b: 1 × 9; n_in 2, n_out 1 → 5 and 7 windows.
        let ds = try WellDataset(root: Fixtures.wellRoot, split: "train", windowing: WellWindowing(nIn: 2, nOut: 1))
        #expect(ds.count == 2 * 5 + 7)
        let l6 = try ds.location(of: 6)
        #expect(l6.fileIndex == 0 && l6.trajectory == 1 && l6.t0 == 1)
        let l10 = try ds.location(of: 10)
        #expect(l10.fileIndex == 1 && l10.trajectory == 0 && l10.t0 == 0)
        #expect(throws: TuskError.self) { try ds.location(of: 17) }
    }

    @Test func hyperslabWindowEqualsSlicesOfTheFullArray() throws {
        // Chunked + gzip file: read the whole `velocity` and compare with the sample's channels.
        let path = Fixtures.wellRoot + "/data/train/fixture_flow_b.hdf5"
        let full = try HDF5File.open(path).root().group("t1_fields").dataset("velocity")
        #expect(full.shape == [1, 9, 8, 4, 2])
        let all = try full.readFloats()
        let ds = try WellDataset(root: Fixtures.wellRoot, split: "train", windowing: WellWindowing(nIn: 2, nOut: 2, stride: 2))
        let s = try ds.sample(ds.count - 1) // file b, t0 = 2, frames 2, 4, 6, 8
        #expect(s.location.t0 == 2 && s.location.stride == 2)
        let out = s.outputFields.floats // [2, 8, 4, 8]; velocity is channels 2, 3
        for (k, t) in [6, 8].enumerated() {
            for p in 0..<32 {
                for c in 0..<2 {
                    #expect(out[(k * 32 + p) * 8 + 2 + c] == all[(t * 32 + p) * 2 + c])
                }
            }
        }
        #expect(s.outputTimeGrid.count == 2)
        #expect(abs(s.outputTimeGrid[1] - 0.6) < 1e-6) // times 0.2…0.8 relative to 0.2; f32 rounding
    }

    @Test func agreesWithGoldenNumbersFromTheWell() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.goldenJSON))
        let golden = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
        try GoldenComparison.check(golden: golden, root: Fixtures.wellRoot, split: "train")
    }

    @Test(CrossChecks.enabled(Fixtures.theWellAvailable, "Python with the_well and h5py (scripts/install-crosscheck-venv.sh installs the_well with the CPU torch wheel)", key: "the_well"))
    func agreesWithTheWellLive() throws {
        try CrossChecks.require(Fixtures.theWellAvailable, "Python with the_well and h5py (scripts/install-crosscheck-venv.sh installs the_well with the CPU torch wheel)")
        let data = try Fixtures.runPython([Fixtures.goldenScript, Fixtures.wellRoot, "train"])
        let golden = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
        try GoldenComparison.check(golden: golden, root: Fixtures.wellRoot, split: "train")
    }
}
