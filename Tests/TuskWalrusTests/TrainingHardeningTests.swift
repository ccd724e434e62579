import Foundation
import Testing
import TuskIR
import TuskNN
import TuskRuntime
@testable import TuskWalrus

/// Issue 11, item 2: a non-finite parameter or optimizer state is never checkpointed, and the
/// last good checkpoint stays byte for byte.
@Suite("Walrus training: diverged state", .serialized)
struct TrainingHardeningTests {
    @Test func nonFiniteStateNeverReplacesTheLastGoodCheckpoint() throws {
        let trainer = try WalrusTrainer(choice: TrainingData.choice, options: TrainingData.options(steps: 2), backend: BLASBackend())
        try trainer.update()
        let dir = try TrainingData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/checkpoint.safetensors"
        try trainer.save(to: path)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try trainer.nonFiniteState() == nil)

        // An infinity in one AdamW moment (as a huge learning rate would leave it).
        let name = try #require(trainer.state.names.first { $0.hasPrefix("optimizer.") })
        let type = try #require(trainer.state.type(of: name))
        var values = [Float](repeating: 0, count: type.elementCount)
        values[values.count - 1] = .infinity
        try trainer.state.set(name, TensorData(values, shape: type.shape))
        do {
            try trainer.save(to: path)
            Issue.record("a non-finite state was checkpointed")
        } catch let TuskError.execution(message) {
            #expect(message.contains("after update 1: optimizer state '\(name)' is non-finite (element \(values.count - 1) is inf)"), "\(message)")
            #expect(message.contains("\(path) keeps the last good checkpoint"), "\(message)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == good)
        // The debugging dump may still be written on purpose.
        try trainer.save(to: dir + "/nonfinite.safetensors", allowNonFinite: true)
    }

    /// Issue 11, item 2: "a run stopped by bad data writes its checkpoint first". The data file
    /// is damaged after update 1; update 2 fails reading its batch, and the run checkpoints
    /// update 1 before reporting the error (no update is lost).
    @Test func runStoppedByBadDataCheckpointsFirst() throws {
        let dir = try TrainingData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let data = dir + "/data"
        try FileManager.default.copyItem(atPath: TrainingData.root, toPath: data)
        var options = TrainingData.options(steps: 3)
        options.data = [data]
        let trainer = try WalrusTrainer(choice: TrainingData.choice, options: options, backend: BLASBackend())
        let files = try FileManager.default.subpathsOfDirectory(atPath: data + "/data/train").filter { $0.hasSuffix(".hdf5") }
        var notices: [String] = []
        do {
            _ = try WalrusTrainingRun.run(trainer, checkpointDirectory: dir + "/run", resume: false, every: 100,
                                          notice: { notices.append($0) }) { r in
                if r.step == 1 {
                    for f in files { try? Data("damaged".utf8).write(to: URL(fileURLWithPath: data + "/data/train/" + f)) }
                }
            }
            Issue.record("the run did not stop on damaged data")
        } catch let TuskError.file(path, _) {
            #expect(path.hasSuffix(".hdf5"))
        }
        let saved = try Checkpoint.read(path: dir + "/run/checkpoint.safetensors")
        #expect(saved.step == 1)
        #expect(notices.contains { $0.contains("update 2 failed; the state after update 1 was checkpointed") }, "\(notices)")
    }

    /// Issue 11, item 6: a resume mismatch shows only the options that differ.
    @Test func resumeMismatchListsOnlyTheDifferingOptions() throws {
        let dir = try TrainingData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/checkpoint.safetensors"
        try WalrusTrainer(choice: TrainingData.choice, options: TrainingData.options(steps: 2), backend: BLASBackend()).save(to: path)
        var other = TrainingData.options(steps: 3)
        other.maxStride = 1
        let trainer = try WalrusTrainer(choice: TrainingData.choice, options: other, backend: BLASBackend())
        do {
            try trainer.resume(from: path)
            Issue.record("resuming with other options succeeded")
        } catch let TuskError.file(_, message) {
            #expect(message.contains("training options `steps`: checkpoint 2, run 3"), "\(message)")
            #expect(message.contains("training options `maxStride`: checkpoint 2, run 1"), "\(message)")
            #expect(!message.contains("seed"), "\(message)")
        }
    }
}
