import Foundation
import Testing
import TuskAutodiff
import TuskNN
import TuskRuntime
@testable import TuskWalrus

/// The schedule and loss choices of `WalrusTrainingOptions`: what they build, and that options
/// written before them (no `scheduleKind` / `loss` keys) still decode to the release's choices.
@Suite("Walrus training options: schedule and loss")
struct TrainingOptionsTests {
    @Test func scheduleKindBuildsItsSchedule() {
        var o = WalrusTrainingOptions(data: ["d"], steps: 400, batch: 2)
        o.learningRate = 1e-3
        let walrus = WalrusSchedule(lr: 1e-3, warmup: 20, warmupFactor: 0.1, offset: 128.0 / 201 * 400, cooldown: 20, maxEpochs: 400)
        #expect(ScheduleDescription(o.schedule) == ScheduleDescription(walrus))
        o.scheduleKind = .walrus
        #expect(ScheduleDescription(o.schedule) == ScheduleDescription(walrus))
        o.scheduleKind = .cosine
        let cosine = WarmupCosineSchedule(peak: 1e-3, warmupSteps: 20, totalSteps: 400, startFactor: 0.1)
        #expect(ScheduleDescription(o.schedule) == ScheduleDescription(cosine))
        // Warm-up from 0.1·peak, the peak at the end of warm-up, 0 at the last step (exact f64).
        #expect(o.schedule(0) == 1e-4)
        #expect(o.schedule(20) == 1e-3)
        #expect(o.schedule(400) == 0)
        #expect(o.schedule(210) < 0.51e-3 && o.schedule(210) > 0.49e-3)
    }

    @Test func optionsWithoutTheNewKeysDecodeToTheRelease() throws {
        let o = WalrusTrainingOptions(data: ["d"], steps: 10, batch: 1)
        let json = try o.json()
        #expect(!json.contains("scheduleKind") && !json.contains("\"loss\""), "\(json)")
        let decoded = try JSONDecoder().decode(WalrusTrainingOptions.self, from: Data(json.utf8))
        #expect(decoded == o && decoded.scheduleKind == nil && decoded.loss == nil)
        var chosen = o
        chosen.scheduleKind = .cosine
        chosen.loss = .mse
        let back = try JSONDecoder().decode(WalrusTrainingOptions.self, from: Data(try chosen.json().utf8))
        #expect(back.scheduleKind == .cosine && back.loss == .mse)
    }

    @Test func trainerUsesTheChosenLoss() throws {
        var o = TrainingData.options(steps: 2)
        o.loss = .mse
        let trainer = try WalrusTrainer(choice: TrainingData.choice, options: o, backend: BLASBackend())
        #expect(trainer.objective.loss == .mse)
        #expect(try WalrusTrainer(choice: TrainingData.choice, options: TrainingData.options(steps: 2), backend: BLASBackend()).objective.loss == .mae)
    }
}
