import Foundation
import Testing
import TuskTestSupport
@testable import TuskData
import TuskIR

/// Generated datasets (at the `test` scale) read back by Tusk's reader and, when installed, by the_well.
@Suite("Generated datasets")
struct GeneratorDatasetTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var name: String
        var fields: [String]
        var constant: [String]
        var boundaries: [[WellBoundary]]
        var testDescription: String { name }
    }

    static let expectations: [Expectation] = [
        Expectation(name: "burgers_1d", fields: ["velocity_x"], constant: [], boundaries: [[.periodic, .periodic]]),
        Expectation(name: "gray_scott_2d", fields: ["A", "B"], constant: [], boundaries: [[.periodic, .periodic], [.periodic, .periodic]]),
        Expectation(name: "shear_flow_2d", fields: ["tracer", "pressure", "velocity_x", "velocity_y"], constant: [],
                    boundaries: [[.periodic, .periodic], [.periodic, .periodic]]),
        Expectation(name: "euler_quadrants_2d", fields: ["energy", "density", "pressure", "momentum_x", "momentum_y"], constant: [],
                    boundaries: [[.wall, .open], [.wall, .open]]),
        Expectation(name: "taylor_green_advection_3d", fields: ["concentration"], constant: ["velocity_x", "velocity_y", "velocity_z"],
                    boundaries: [[.periodic, .periodic], [.periodic, .periodic], [.periodic, .periodic]]),
    ]

    @Test func refusesToMixWithAnExistingDataset() throws {
        let out = try Fixtures.temporaryDirectory("exists")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let g = try Generators.named("burgers_1d")
        try Generators.generate(g, out: out, scale: .test, seed: 1)
        #expect(throws: TuskError.self) { try Generators.generate(g, out: out, scale: .test, seed: 1) }
        try Generators.generate(g, out: out, scale: .test, seed: 2, overwrite: true)
        #expect(try WellDataset(root: out, split: "train").files.count == 1)
    }

    /// `--trajectories/--frames/--t-end`: the counts per split and the frame count are what was
    /// asked, and halving the frame spacing at the same end time stores the default frames at
    /// the even indices (same random stream, same solver steps: bit-identical), so the solver
    /// really integrates to the listed times. Bad overrides are config errors naming the option.
    @Test func overridesChangeTrajectoriesAndFrames() throws {
        let g = try Generators.named("burgers_1d")
        let base = try Fixtures.temporaryDirectory("override-base"), dense = try Fixtures.temporaryDirectory("override-dense")
        defer { for d in [base, dense] { try? FileManager.default.removeItem(atPath: d) } }
        try Generators.generate(g, out: base, scale: .test, seed: 3)
        let frames = g.setup(scale: .test).time.count
        try Generators.generate(g, out: dense, scale: .test, seed: 3,
                                overrides: GeneratorOverrides(trajectories: [2, 1, 3], frames: 2 * frames - 1))
        for (split, count) in [("train", 2), ("valid", 1), ("test", 3)] {
            let ds = try WellDataset(root: dense, split: split, windowing: WellWindowing(nIn: 1, nOut: 1))
            #expect(ds.metadata.nTrajectories == count)
            #expect(ds.metadata.nSteps == 2 * frames - 1)
        }
        let one = WellWindowing(nIn: 1, nOut: 1)
        let a = try WellDataset(root: base, split: "train", windowing: one), b = try WellDataset(root: dense, split: "train", windowing: one)
        for t in 0..<(frames - 1) {
            #expect(try a.sample(t).inputFields == b.sample(2 * t).inputFields, "frame \(t)")
        }
        #expect(try a.sample(0).outputFields != b.sample(0).outputFields) // the dense file's frame 1 is new
        for bad in [GeneratorOverrides(trajectories: [1, 0, 1]), GeneratorOverrides(trajectories: [1, 1]),
                    GeneratorOverrides(frames: 1), GeneratorOverrides(tEnd: 0), GeneratorOverrides(tEnd: .infinity)] {
            let out = try Fixtures.temporaryDirectory("override-bad")
            defer { try? FileManager.default.removeItem(atPath: out) }
            #expect(throws: TuskError.self) { try Generators.generate(g, out: out, scale: .test, seed: 0, overrides: bad) }
        }
    }

    @Test func listHasEveryGenerator() {
        #expect(Generators.all.map(\.name) == Self.expectations.map(\.name))
        #expect(throws: TuskError.self) { try Generators.named("no_such_generator") }
    }

    @Test(arguments: expectations)
    func writesTheWellLayoutAndReadsBack(_ e: Expectation) throws {
        let out = try Fixtures.temporaryDirectory(e.name)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let generator = try Generators.named(e.name)
        let report = try Generators.generate(generator, out: out, scale: .test, seed: 0)
        #expect(report.files.count == 3) // test scale: the first parameter file, in train/valid/test
        for split in ["train", "valid", "test"] {
            let ds = try WellDataset(root: out, split: split, windowing: WellWindowing(nIn: 2, nOut: 1))
            #expect(ds.metadata.datasetName == e.name)
            #expect(ds.fieldNames == e.fields)
            #expect(ds.constantFieldNames == e.constant)
            #expect(ds.metadata.boundaryConditions == e.boundaries)
            // Grid sizes legal for the Walrus stride table: 32 or 128 (1-D/2-D), 16 or 64 (3-D).
            let legal: Set<Int> = ds.metadata.nSpatialDims == 3 ? [16, 64] : [32, 128]
            #expect(ds.metadata.resolution.allSatisfy { legal.contains($0) })
            #expect(ds.count == ds.files.reduce(0) { $0 + $1.nTrajectories * ($1.nSteps - 2) })
            // The reader rejects NaNs by default, so reading the first and last samples checks them.
            let first = try ds.sample(0), last = try ds.sample(ds.count - 1)
            #expect(first.inputFields.shape == [2] + ds.metadata.resolution + [e.fields.count])
            #expect(last.outputFields.floats.allSatisfy { $0.isFinite })
            #expect(first.constantScalars != nil)
        }
        let stats = try String(contentsOfFile: out + "/stats.yaml", encoding: .utf8)
        for key in ["mean:", "std:", "rms:", "mean_delta:", "std_delta:", "rms_delta:"] {
            #expect(stats.contains("\n\(key)\n") || stats.hasPrefix("\(key)\n"), "stats.yaml has \(key)")
        }
        let meta = try String(contentsOfFile: out + "/\(e.name).yaml", encoding: .utf8)
        #expect(meta.contains("dataset_name: \(e.name)"))

        // Golden numbers from the_well on this very output, where committed (burgers, euler):
        // `tusk gen NAME --scale test --seed 0 --out D` then
        // `python3 Fixtures/well_golden.py D train > Fixtures/golden_gen_NAME.json`.
        let goldenPath = Fixtures.directory + "/golden_gen_\(e.name).json"
        if FileManager.default.fileExists(atPath: goldenPath) {
            let golden = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: goldenPath))) as! [[String: Any]]
            try GoldenComparison.check(golden: golden, root: out, split: "train")
        }
    }

    @Test func goldenNumbersExistForTwoGenerators() {
        for name in ["burgers_1d", "euler_quadrants_2d"] {
            #expect(FileManager.default.fileExists(atPath: Fixtures.directory + "/golden_gen_\(name).json"))
        }
    }

    @Test(CrossChecks.enabled(Fixtures.theWellAvailable, "Python with the_well and h5py (scripts/install-crosscheck-venv.sh installs the_well with the CPU torch wheel)", key: "the_well"))
    func theWellReadsGeneratedDatasetsLive() throws {
        try CrossChecks.require(Fixtures.theWellAvailable, "Python with the_well and h5py (scripts/install-crosscheck-venv.sh installs the_well with the CPU torch wheel)")
        let out = try Fixtures.temporaryDirectory("live")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try Generators.generate(Generators.named("burgers_1d"), out: out, scale: .test, seed: 5, gzip: true)
        let data = try Fixtures.runPython([Fixtures.goldenScript, out, "test"])
        let golden = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
        try GoldenComparison.check(golden: golden, root: out, split: "test")
    }
}
