import Foundation
import Testing
import TuskData
import TuskIR
import TuskTestSupport
@testable import TuskWalrus

/// Issue 13: `tusk rollout`'s spectra, long-horizon marker and animation.
@Suite("tusk rollout: spectra, blow-up marker, animation", .serialized)
struct RolloutOutputsTests {
    /// Persistence on the test-scale Gray–Scott split with `--spectra-steps 1,3` and `--animate B`:
    /// every picture decodes with the independent decoder and is < 150 KB; report.json's spectra
    /// are exactly those computed in-process from the same rollout (JSON round-trips Doubles
    /// exactly) and finite; animation.png has one frame per step, in sequence, each frame's pixels
    /// those of `RolloutAnimation.frames`; blowup_step is `blowupStep` of the same curves.
    @Test func persistenceOutputs() throws {
        let out = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try runTusk(["rollout", "--baseline", "persistence", "--data", CLITrainingData.grayScott, "--split", "test",
                             "--steps", "3", "--n-in", "2", "--out", out, "--spectra-steps", "1,3", "--animate", "B"])
        #expect(r.status == 0, "\(r.stderr)")
        let report = try JSONDecoder().decode(WalrusRolloutReport.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/report.json")))
        #expect(report.pictures == ["panels.png", "animation.png", "vrmse.png", "spectra.png"])
        for picture in report.pictures {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/" + picture))
            #expect(bytes.count < 150_000, "\(picture): \(bytes.count) bytes")
            _ = try PNGDecoder.decode(Array(bytes))
        }
        let (_, rollouts) = try WalrusRollout.run(.persistence, root: CLITrainingData.grayScott, split: "test", nIn: 2, steps: 3)
        let spectra = try #require(report.spectra)
        #expect(spectra == (try RolloutSpectra(pairs: rollouts.map { ($0.prediction, $0.truth) }, steps: [1, 3])))
        #expect(spectra.steps == [1, 3] && spectra.field_names == ["A", "B"])
        #expect((spectra.prediction + spectra.truth).joined().joined().allSatisfy { $0.isFinite })
        #expect(report.spectra_note == nil)
        let curves = try MetricCurves.average(rollouts.map(\.vrmse))
        #expect(report.blowup_step == WalrusRolloutReport.blowupStep(vrmse: curves.values, rollouts: rollouts))
        #expect(report.animation_field == "B" && report.animation_steps == [1, 2, 3])
        let apng = try PNGDecoder.decode(path: out + "/animation.png")
        let expected = try RolloutAnimation.frames(prediction: rollouts[0].prediction, truth: rollouts[0].truth, field: "B").images
        #expect(apng.frames.count == 3 && expected.count == 3)
        #expect(apng.plays == 0)
        #expect(apng.chunkTypes.filter { $0 == "fcTL" }.count == 3 && apng.chunkTypes.filter { $0 == "fdAT" }.count == 2)
        for (k, (f, e)) in zip(apng.frames, expected).enumerated() {
            #expect(f.rgb == e.pixels, "frame \(k)")
            #expect(f.delayNumerator == 1 && f.delayDenominator == 4)
        }
        #expect(apng.rgb == expected[0].pixels) // the default image (viewers without APNG) is frame 1

        let bad = try runTusk(["rollout", "--baseline", "persistence", "--data", CLITrainingData.grayScott, "--steps", "3",
                               "--n-in", "2", "--out", out + "/bad", "--spectra-steps", "1,x"])
        #expect(bad.status != 0 && bad.stderr.contains("--spectra-steps"), "\(bad.stderr)")
        let unknown = try runTusk(["rollout", "--baseline", "persistence", "--data", CLITrainingData.grayScott, "--steps", "3",
                                   "--n-in", "2", "--out", out + "/unknown", "--animate", "rho"])
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown field 'rho'"), "\(unknown.stderr)")
    }

    /// A prediction that blows up (Inf at step 2, NaN from step 3 of a 4-step rollout) does not
    /// crash the metrics or the pictures: blowup_step is 2 for the trajectory and the report,
    /// the spectra of the blown-up steps are NaN (encoded as "NaN"), and every picture decodes.
    @Test func nonFinitePredictionIsReportedNotFatal() throws {
        let n = 16, steps = 4
        var truth: [Float] = []
        for t in 0..<steps { for i in 0..<(n * n) { truth.append(Foundation.sin(Float(i) * 0.37 + Float(t)) + 2) } }
        var pred = truth.map { $0 * 0.98 }
        pred[1 * n * n + 5] = .infinity
        for i in (2 * n * n)..<pred.count { pred[i] = .nan }
        let p = try FieldSeries(shape: [steps, n, n, 1], values: pred, fieldNames: ["A"])
        let q = try FieldSeries(shape: [steps, n, n, 1], values: truth, fieldNames: ["A"])
        let rollout = WalrusTrajectoryRollout(file: "synthetic.hdf5", trajectory: 0, prediction: p, truth: q,
                                              vrmse: try MetricCurves(.vrmse, prediction: p, truth: q),
                                              nrmse: try MetricCurves(.nrmse, prediction: p, truth: q))
        let persistence = WalrusTrajectoryRollout(file: "synthetic.hdf5", trajectory: 0, prediction: q, truth: q,
                                                  vrmse: try MetricCurves(.vrmse, prediction: q, truth: q),
                                                  nrmse: try MetricCurves(.nrmse, prediction: q, truth: q))
        var report = try WalrusRolloutReport(dataset: "synthetic", split: "test", checkpoint: "model.ckpt", checkpointStep: 1, nIn: 2,
                                             rollouts: [rollout], persistence: [persistence])
        #expect(report.blowup_step == 2 && report.trajectories[0].blowup_step == 2)
        #expect(report.persistence_blowup_step == nil)
        let out = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try report.write(to: out, rollouts: [rollout], trainLog: nil)
        #expect(report.pictures == ["panels.png", "animation.png", "vrmse.png", "vrmse_vs_persistence.png", "spectra.png"])
        for picture in report.pictures { _ = try PNGDecoder.decode(path: out + "/" + picture) }
        let spectra = try #require(report.spectra)
        #expect(spectra.steps == [1, 2, 4]) // first, middle ((4 + 1) / 2), last; step 2 has an Inf
        #expect(spectra.prediction[0][0].allSatisfy { $0.isFinite } && spectra.prediction[1][0].allSatisfy { $0.isNaN })
        let text = try String(contentsOfFile: out + "/report.json", encoding: .utf8)
        #expect(text.contains("\"blowup_step\" : 2") && text.contains("\"NaN\""))
        #expect(report.animation_steps == [1, 2, 3, 4])
        #expect(WalrusRolloutReport.markerLabel(2, rollouts: [rollout]) == "NON-FINITE AT STEP 2")
        #expect(WalrusRolloutReport.markerLabel(1, rollouts: [rollout]) == "VRMSE > 1 AT STEP 1")
        // Over the animation's byte budget, fewer frames: here down to the first and the last.
        try report.write(to: out + "/small", rollouts: [rollout], trainLog: nil, outputs: .init(maxAnimationBytes: 1))
        #expect(report.animation_steps == [1, 4])
        #expect(try PNGDecoder.decode(path: out + "/small/animation.png").frames.count == 2)
    }
}
