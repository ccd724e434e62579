import Foundation
import Testing
import TuskCompiler
import TuskData
import TuskIR
import TuskNN
import TuskRuntime
import TuskTestSupport
import TuskWalrus
import TuskCLI

/// Issue 12: `tusk rollout --config NAME|FILE.json --weights FILE.safetensors` rolls a model out
/// from a state dict under the official key names, loaded as `tusk forward` loads it (mapped,
/// checked key by key). Uses the Walrus fixtures' walrus-tiny weights (8-row field table, 2-D and
/// 3-D encoders) on a generated 32×32 split with fields that table knows.
@Suite("tusk rollout --config --weights", .serialized,
       .enabled(if: WalrusFixtureFiles.available, "Walrus fixtures not found"))
struct RolloutWeightsTests {
    /// The jitter-on fixture case: its case.json is the config, its weights the state dict.
    static let caseName = "v_b_fwd2d_openH_periodicW_jitter"
    static var config: String { WalrusFixtureFiles.path(caseName, "case.json") }
    static var weights: String { WalrusFixtureFiles.path(caseName, "weights.safetensors") }

    /// A test split of one trajectory × 4 frames of 32×32 (H OPEN, W PERIODIC as in the
    /// fixture) with `pressure` and `speed_of_sound`, two scalar fields of the fixtures' field
    /// table (values: `RolloutAnyGridTests.value`). Every 2-D grid the stride table takes is
    /// ~32×32 tokens, so the cost is in the number of forwards: one trajectory keeps it small.
    static func writeData(_ root: String) throws {
        try FileManager.default.createDirectory(atPath: root + "/data/test", withIntermediateDirectories: true)
        let (frames, cells, width) = (4, 32 * 32, 32)
        let fields = ["pressure", "speed_of_sound"].enumerated().map { f, name in
            WellFieldData(name: name, order: 0, timeVarying: true, values: (0..<(frames * cells)).map { k in
                RolloutAnyGridTests.value(field: f, trajectory: 0, frame: k / cells, cell: k % cells, width: width)
            })
        }
        try WellFileContents(datasetName: "fixture_fields_32x32", spatialDims: ["x", "y"],
                             coordinates: [32, 32].map { n in (0..<n).map { Float($0) / Float(n) } },
                             time: (0..<frames).map { Float($0) * 0.1 }, nTrajectories: 1, parameters: [], fields: fields,
                             boundaries: [.bothEnds(.open, dim: "x", count: 32), .bothEnds(.periodic, dim: "y", count: 32)])
            .write(to: root + "/data/test/grid.hdf5")
    }

    /// A `tusk train`-style checkpoint holding exactly the fixture's parameters (the official
    /// keys are the graph's parameter names), with the config in its `walrus.config` header.
    static func writeCheckpoint(_ path: String) throws {
        let file = try WalrusConfigFile(config)
        let model = try WalrusModel(config: file.config)
        let tensors = try Safetensors.read(path: weights).tensors
        let parameters = try model.parameterBindings(from: tensors, source: weights)
        let json = String(decoding: try file.config.jsonData(), as: UTF8.self)
        try Checkpoint(parameters: parameters, optimizerState: [:], step: 0, model: file.config.name ?? "walrus",
                       optimizer: "none", userMetadata: [WalrusTrainer.MetadataKey.config: json]).write(to: path)
    }

    /// Predictions from official-key weights (mapped in place) are finite, and bit-identical to
    /// those of a checkpoint holding the same values, over 2 fed-back steps with jitter on
    /// (seeded fresh rolls every frame): both paths compile the same graph over the same
    /// parameter values; only where the bytes live differs (adopted file pages vs a copy). Exact
    /// equality, no tolerance. (Debug build: 4 forwards of ~1024 tokens, 10–30 s loaded.)
    @Test func weightsEqualCheckpointBitForBit() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.writeData(dir + "/data")
        try Self.writeCheckpoint(dir + "/c.safetensors")
        let mapped = try WalrusInterop.predictor(config: Self.config, weights: Self.weights, driver: CompileDriver(backend: BLASBackend()))
        #expect(mapped.step == nil)
        // Every parameter of this config is f32 in the file, so all are adopted in place.
        let expectedBytes = try WalrusConfigFile(Self.config).config.stateDict.filter { !$0.isBuffer }
            .reduce(0) { $0 + 4 * $1.shape.reduce(1, *) }
        #expect(mapped.weightsInPlaceBytes == expectedBytes)
        let copied = try WalrusPredictor(checkpoint: dir + "/c.safetensors", backend: BLASBackend())
        mapped.jitter = .on(seed: 3)
        copied.jitter = .on(seed: 3)
        let a = try WalrusRollout.run(.model(mapped), root: dir + "/data", split: "test", nIn: 2, steps: 2).trajectories
        let b = try WalrusRollout.run(.model(copied), root: dir + "/data", split: "test", nIn: 2, steps: 2).trajectories
        #expect(a.count == 1 && a.allSatisfy { $0.prediction.steps == 2 })
        #expect(a.allSatisfy { $0.prediction.values.allSatisfy(\.isFinite) }, "non-finite prediction")
        #expect(a.map(\.prediction.values) == b.map(\.prediction.values), "weights vs checkpoint differ")
        // The model moves the fields (persistence would repeat the frame).
        let p = a[0].prediction
        #expect(try p.frames(0..<1).values != (try p.frames(1..<2)).values, "the two predicted frames are equal")
    }

    /// The command: it says how many bytes it read in place, and report.json says method
    /// "weights" with the weights file and the config, with finite VRMSE curves (one step).
    @Test func commandWritesTheReport() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.writeData(dir + "/data")
        let r = try runTusk(["rollout", "--config", Self.config, "--weights", Self.weights, "--out", dir + "/w",
                             "--data", dir + "/data", "--steps", "1", "--n-in", "2", "--seed", "4", "--threads", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("read in place"), "\(r.stdout)")
        let w = try RolloutTests.report(dir + "/w")
        #expect(w["method"] as? String == "weights")
        #expect(w["weights"] as? String == Self.weights && w["config"] as? String == Self.config)
        #expect(w["checkpoint"] == nil && w["checkpoint_step"] == nil)
        let curves = try JSONDecoder().decode(RolloutTests.Curves.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/w/report.json")))
        #expect(curves.field_names == ["pressure", "speed_of_sound"])
        #expect(curves.vrmse.count == 1 && curves.vrmse.flatMap { $0 }.allSatisfy(\.isFinite), "\(curves.vrmse)")
        #expect(w["persistence_vrmse"] as? [[Double]] != nil)
        #expect(!FileManager.default.fileExists(atPath: dir + "/w/loss.png"), "no train log next to official weights")
    }

    /// Bad weights are the forward's errors: a missing key and a mis-shaped key are named, with
    /// the weights file; `--config` without `--weights` (and both a checkpoint and weights) are
    /// usage errors.
    @Test func badWeightsAreClearErrors() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.writeData(dir + "/data")
        var tensors = try Safetensors.read(path: Self.weights).tensors
        let missingKey = "blocks.1.space_mixing.fused_ff_qkv.weight"
        let taken = tensors.removeValue(forKey: missingKey)
        let removed = try #require(taken, "fixture key \(missingKey)")
        try Safetensors.write(tensors, to: dir + "/missing.safetensors")
        tensors[missingKey] = TensorData(repeating: 0, TensorType(.f32, [removed.shape[0] + 1] + removed.shape.dropFirst()))
        try Safetensors.write(tensors, to: dir + "/misshaped.safetensors")
        let args = ["--data", dir + "/data", "--steps", "1", "--n-in", "2", "--out", dir + "/out"]
        let missing = try runTusk(["rollout", "--config", Self.config, "--weights", dir + "/missing.safetensors"] + args)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix(dir + "/missing.safetensors: error: ") && missing.stderr.contains("missing keys: " + missingKey),
                "\(missing.stderr)")
        let misshaped = try runTusk(["rollout", "--config", Self.config, "--weights", dir + "/misshaped.safetensors"] + args)
        #expect(misshaped.status == 1)
        #expect(misshaped.stderr.contains("mis-shaped keys: \(missingKey): expected \(removed.shape)"), "\(misshaped.stderr)")
        let alone = try runTusk(["rollout", "--config", Self.config] + args)
        #expect(alone.status != 0 && alone.stderr.contains("--config and --weights go together"), "\(alone.stderr)")
        let both = try runTusk(["rollout", "--config", Self.config, "--weights", Self.weights, "--checkpoint", dir + "/c"] + args)
        #expect(both.status != 0 && both.stderr.contains("give exactly one of"), "\(both.stderr)")
    }
}
