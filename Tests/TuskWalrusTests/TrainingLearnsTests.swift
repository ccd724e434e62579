import Foundation
import Testing
import TuskRuntime
@testable import TuskWalrus

/// Walrus training learns: walrus-tiny on the test-scale burgers_1d windows (6 windows, 128
/// cells; `TrainingData`) for 24 updates at lr 2e-3, batch 2, trained once per process
/// (`TrainedTiny.run`) and checked twice: the training loss goes down, and the trained model's
/// one-step predictions on the test split beat the persistence baseline.
@Suite("Walrus training learns", .serialized)
struct TrainingLearnsTests {
    /// The training loss of the last 6 updates averages well below that of the first 6.
    /// Batches differ between updates (windows, strides, flips), so single losses are noisy;
    /// means over 6 updates are compared, and the bar (≤ 0.7×) sits below the drop a working
    /// optimizer reaches here (see the printed losses) and far below what a no-op or
    /// sign-flipped update gives (a loss that stays or grows).
    @Test func lossGoesDown() throws {
        let run = try TrainedTiny.run.get()
        let losses = run.losses
        let first = losses.prefix(6).reduce(0, +) / 6, last = losses.suffix(6).reduce(0, +) / 6
        print("[walrus learns] \(String(format: "%.1f", run.seconds)) s; losses \(losses.map { String(format: "%.2f", $0) }); first 6 mean \(first), last 6 mean \(last)")
        #expect(losses.allSatisfy { $0.isFinite })
        #expect(last <= 0.7 * first, "mean loss of the last 6 updates \(last) vs first 6 \(first): \(losses)")
    }

    /// Issue 11's "a quick demo asserts walrus-tiny beats persistence", on the same trained run:
    /// the checkpoint is loaded as `tusk rollout` loads it (`WalrusPredictor`, jitter on, seed 0)
    /// and rolled out one step after 2 input frames on every burgers_1d test trajectory; its
    /// mean VRMSE is compared with persistence's on the same windows (`WalrusRolloutReport`, as
    /// `tusk demo` reports it). burgers_1d's test split at test scale is 1 trajectory (8 frames):
    /// one window, deterministic (data seed 1, training seed 3, rollout jitter seed 0).
    /// Measured (2026-12-03, in the TSan debug build; TSan does not change the arithmetic): walrus-tiny
    /// VRMSE 0.0733 vs persistence 0.1103, ratio 0.66 — a 34 % margin. The bar is strict
    /// (model < persistence), no tolerance: an untrained model (output ≈ 0, prediction ≈ the
    /// last frame) ties persistence and a broken update loses to it. The extra cost over
    /// `lossGoesDown` is one checkpoint write, one forward compile and 2 one-step rollouts
    /// (10 s under TSan on the loaded machine).
    @Test func beatsPersistence() throws {
        let run = try TrainedTiny.run.get()
        let predictor = try WalrusPredictor(checkpoint: run.checkpoint, backend: BLASBackend())
        predictor.jitter = .on(seed: 0)
        let model = try WalrusRollout.run(.model(predictor), root: TrainingData.root, split: "test", nIn: 2, steps: TrainedTiny.rolloutSteps)
        let persistence = try WalrusRollout.run(.persistence, root: TrainingData.root, split: "test", nIn: 2, steps: TrainedTiny.rolloutSteps)
        let report = try WalrusRolloutReport(dataset: model.dataset.metadata.datasetName, split: "test", checkpoint: run.checkpoint,
                                             checkpointStep: predictor.step, nIn: 2, rollouts: model.trajectories,
                                             persistence: persistence.trajectories)
        let walrus = report.vrmse_mean, baseline = try #require(report.persistence_vrmse_mean)
        print("[walrus beats persistence] \(model.trajectories.count) test trajectories, \(report.steps) step(s): walrus-tiny VRMSE \(walrus), persistence \(baseline), ratio \(walrus / baseline)")
        #expect(predictor.step == 24)
        #expect(walrus.isFinite && baseline.isFinite && baseline > 0)
        #expect(walrus < baseline, "walrus-tiny VRMSE \(walrus) vs persistence \(baseline)")
    }
}

/// One walrus-tiny training run shared by the tests above (a debug-build update costs about a
/// second; training twice would double the suite's cost), checkpointed for the rollout.
enum TrainedTiny {
    struct Run: Sendable {
        var losses: [Double]
        var seconds: Double
        var checkpoint: String
    }
    static let rolloutSteps = 1
    static let run: Result<Run, any Error> = Result {
        var options = TrainingData.options(steps: 24)
        options.learningRate = 2e-3
        options.batch = 2
        let trainer = try WalrusTrainer(choice: TrainingData.choice, options: options, backend: BLASBackend())
        var losses: [Double] = []
        let start = Date()
        for _ in 0..<options.steps { losses.append(try trainer.update().loss) }
        let seconds = Date().timeIntervalSince(start)
        let path = try TrainingData.temporaryDirectory() + "/checkpoint.safetensors"
        try trainer.save(to: path)
        return Run(losses: losses, seconds: seconds, checkpoint: path)
    }
}
