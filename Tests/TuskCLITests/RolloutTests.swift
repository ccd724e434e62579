import Foundation
import Testing
import TuskData
import TuskIR
import TuskTestSupport
import TuskWalrus


private func theWellImportable() -> Bool {
    runPython("import the_well.data, the_well.benchmark.metrics, torch")?.status == 0
}

@Suite("tusk rollout", .serialized)
struct RolloutTests {
    /// The curves of report.json decoded with JSONDecoder (Swift's own Double parsing, which
    /// round-trips JSONEncoder's shortest representation exactly).
    struct Curves: Decodable {
        var field_names: [String]
        var vrmse: [[Double]]
        var nrmse: [[Double]]
        struct Trajectory: Decodable { var vrmse: [[Double]] }
        var trajectories: [Trajectory]
    }

    static func report(_ dir: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/report.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// `--baseline persistence` writes exactly the VRMSE that WellMetric gives on the same
    /// predictions (persistence of the last input frame of each test trajectory's window), and
    /// records the pinned thread count (`--threads 1`).
    @Test func persistenceMatchesWellMetric() throws {
        let out = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try runTusk(["rollout", "--baseline", "persistence", "--data", CLITrainingData.grayScott, "--split", "test",
                             "--steps", "3", "--n-in", "2", "--out", out, "--threads", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try Self.report(out)
        #expect(json["threads"] as? Int == 1)
        let curvesJSON = try JSONDecoder().decode(Curves.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/report.json")))
        let ds = try WellDataset(root: CLITrainingData.grayScott, split: "test",
                                 windowing: WellWindowing(nIn: 2, nOut: 1, fullTrajectory: true, maxRolloutSteps: 3))
        var curves: [MetricCurves] = [], nrmse: [MetricCurves] = []
        for i in 0..<ds.count {
            let s = try ds.sample(i)
            let input = try FieldSeries(shape: s.inputFields.shape, values: s.inputFields.floats, fieldNames: s.fieldNames)
            let truth = try FieldSeries(shape: s.outputFields.shape, values: s.outputFields.floats, fieldNames: s.fieldNames)
            let pred = try PersistenceBaseline.predict(input: input, steps: truth.steps)
            curves.append(try MetricCurves(.vrmse, prediction: pred, truth: truth))
            nrmse.append(try MetricCurves(.nrmse, prediction: pred, truth: truth))
        }
        // JSONEncoder writes the shortest round-trip form of each Double and JSONDecoder reads
        // it back exactly: exact equality.
        let (v, n) = (try MetricCurves.average(curves).values, try MetricCurves.average(nrmse).values)
        #expect(curvesJSON.field_names == ds.fieldNames)
        #expect(curvesJSON.vrmse == v)
        #expect(curvesJSON.nrmse == n)
        #expect(curvesJSON.trajectories.count == ds.count)
        #expect(curvesJSON.trajectories.map { $0.vrmse } == curves.map { $0.values })
        #expect((json["windows"] as? [[String: Any]])?.first?["label"] as? String == "T=all")
        for picture in ["panels.png", "vrmse.png"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + picture), "\(picture)")
        }
    }

    /// The same VRMSE from the_well itself (its WellDataset in full-trajectory mode, its VRMSE
    /// metric in float64). Tolerance: 1e-9 relative — both sides compute in float64 from the same
    /// float32 samples; only the summation order differs (~1e-15 relative per sum over 1024 points).
    @Test(CrossChecks.enabled(theWellImportable(), "Python with the_well and torch (scripts/install-crosscheck-venv.sh installs the CPU torch wheel, matplotlib and the_well)", key: "the_well"))
    func persistenceMatchesTheWell() throws {
        try CrossChecks.require(theWellImportable(), "Python with the_well and torch (scripts/install-crosscheck-venv.sh installs the CPU torch wheel, matplotlib and the_well)")
        let out = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try runTusk(["rollout", "--baseline", "persistence", "--data", CLITrainingData.grayScott, "--split", "test",
                             "--steps", "3", "--n-in", "2", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let script = """
        import sys, json, torch
        from the_well.data import WellDataset
        from the_well.benchmark.metrics import spatial
        ds = WellDataset(path=sys.argv[1], well_split_name="test", n_steps_input=2, n_steps_output=1,
                         full_trajectory_mode=True, max_rollout_steps=3, use_normalization=False)
        class Meta: pass
        m = Meta(); m.n_spatial_dims = 2
        curves = []
        for i in range(len(ds)):
            s = ds[i]
            x, y = s["input_fields"].double(), s["output_fields"].double()
            pred = x[-1:].repeat(y.shape[0], *([1] * (y.dim() - 1)))
            curves.append(spatial.VRMSE()(pred, y, m).tolist())
        print(json.dumps(curves))
        """
        let p = try #require(runPython(script, [CLITrainingData.grayScott]))
        #expect(p.status == 0, "\(p.err)")
        let theirs = try #require(try JSONSerialization.jsonObject(with: Data(p.out.utf8)) as? [[[Double]]])
        let trajectories = try #require(try Self.report(out)["trajectories"] as? [[String: Any]])
        #expect(theirs.count == trajectories.count)
        for (t, curve) in zip(trajectories, theirs) {
            let ours = try #require(t["vrmse"] as? [[Double]])
            #expect(ours.count == curve.count)
            for (a, b) in zip(ours.flatMap { $0 }, curve.flatMap { $0 }) {
                #expect(abs(a - b) <= 1e-9 * abs(b), "\(a) vs the_well \(b)")
            }
        }
    }

    /// A checkpoint rollout: report with the persistence comparison, all pictures (loss curve
    /// from the log next to the checkpoint); on a grid the stride table rejects (32×64, where
    /// `--baseline persistence` works: `RolloutAnyGridTests`) the model rollout is an error naming
    /// the file and the legal sizes; a truncated checkpoint is an error naming it.
    /// `--jitter` takes on or off; anything else is a usage error naming the flag.
    @Test func jitterFlagIsChecked() throws {
        let r = try runTusk(["rollout", "--baseline", "persistence", "--data", "/nonexistent", "--out", "/nonexistent",
                             "--jitter", "maybe"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--jitter must be on or off"), "\(r.stderr)")
    }

    @Test func checkpointRolloutAndTruncation() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let train = try runTusk(CLITrainingData.trainArguments(steps: 2, every: 2, directory: dir + "/run"))
        #expect(train.status == 0, "\(train.stderr)")
        let checkpoint = dir + "/run/" + WalrusTrainingRun.checkpointName
        let r = try runTusk(["rollout", "--checkpoint", checkpoint, "--data", CLITrainingData.root, "--steps", "2", "--out", dir + "/out"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try Self.report(dir + "/out")
        #expect(json["method"] as? String == "checkpoint" && json["n_in"] as? Int == 2 && json["steps"] as? Int == 2)
        #expect((json["vrmse"] as? [[Double]])?.count == 2)
        #expect(json["persistence_vrmse"] as? [[Double]] != nil)
        for picture in ["panels.png", "vrmse.png", "vrmse_vs_persistence.png", "loss.png"] {
            #expect(FileManager.default.fileExists(atPath: dir + "/out/" + picture), "\(picture)")
        }
        let wide = try RolloutAnyGridTests.writeDataset(root: dir + "/wide", shape: [32, 64], boundaries: [
            .bothEnds(.open, dim: "x", count: 32), .bothEnds(.periodic, dim: "y", count: 64)])
        let rejected = try runTusk(["rollout", "--checkpoint", checkpoint, "--data", dir + "/wide", "--steps", "1", "--out", dir + "/wide-out"])
        #expect(rejected.status == 1)
        #expect(rejected.stderr.contains(wide) && rejected.stderr.contains("axis W has size 64") && rejected.stderr.contains("legal sizes"),
                "\(rejected.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: checkpoint))
        try bytes.prefix(bytes.count - 4096).write(to: URL(fileURLWithPath: checkpoint))
        let bad = try runTusk(["rollout", "--checkpoint", checkpoint, "--data", CLITrainingData.root, "--steps", "2", "--out", dir + "/out2"])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix(checkpoint + ": error: "), "\(bad.stderr)")
    }
}
