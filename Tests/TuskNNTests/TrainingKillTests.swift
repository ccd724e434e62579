import Foundation
import Testing
import TuskAutodiff
import TuskNN
import TuskRuntime
#if canImport(Glibc)
import Glibc
#endif

/// A real kill: a child process (this test binary, re-invoked to run only
/// `childTrainsUntilKilled`) trains and checkpoints after every update until the parent sends it
/// SIGKILL — at an arbitrary point, possibly in the middle of writing a checkpoint. The parent
/// then resumes from whatever the file holds and must reach exactly the parameters of an
/// uninterrupted run.
@Suite struct TrainingKillTests {
    static let childVariable = "TUSK_TRAIN_KILL_CHILD_CHECKPOINT"
    static let schedule = WarmupCosineSchedule(peak: 1e-2, warmupSteps: 5, totalSteps: 40, minimum: 1e-3)

    static func trainer(seed: UInt64 = 0) throws -> Trainer {
        try TrainingTask.mlp.trainer(backend: BLASBackend(), optimizer: AdamW(weightDecay: 1e-3), schedule: schedule, seed: seed)
    }

    /// Runs only in the child (the parent sets the variable): train, save after every update,
    /// until killed (the bound is never reached in practice).
    @Test(.enabled(if: ProcessInfo.processInfo.environment[childVariable] != nil))
    func childTrainsUntilKilled() throws {
        let path = ProcessInfo.processInfo.environment[Self.childVariable]!
        let trainer = try Self.trainer()
        for _ in 0..<1_000_000 {
            try trainer.update(batch: TrainingTask.mlp.batch(trainer.step))
            trainer.dataState = "cursor=\(trainer.step)"
            try trainer.save(to: path)
        }
    }

    #if os(Linux)
    @Test func killedRunResumesExactly() throws {
        let dir = try temporaryDirectory()
        defer { removeTree(dir) }
        let path = dir + "/run.safetensors"
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        child.arguments = ["--testing-library", "swift-testing", "--filter", "childTrainsUntilKilled"]
        child.environment = ProcessInfo.processInfo.environment.merging([Self.childVariable: path]) { _, new in new }
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()

        // Wait until the child has checkpointed at least 5 updates (60 s at most), then kill it.
        var seen = 0
        let deadline = Date().addingTimeInterval(60)
        while seen < 5 && child.isRunning && Date() < deadline {
            usleep(5_000)
            if let c = try? Checkpoint.read(path: path) { seen = c.step }
        }
        let wasRunning = child.isRunning
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        try #require(wasRunning && seen >= 5, "the child stopped or never reached 5 updates (saw \(seen))")
        #expect(child.terminationReason == .uncaughtSignal && child.terminationStatus == SIGKILL)

        // Whatever instant the kill hit, the file is a complete, verified checkpoint.
        let checkpoint = try Checkpoint.read(path: path)
        let k = checkpoint.step
        #expect(k >= seen && checkpoint.dataState == "cursor=\(k)")
        let leftovers = try listDirectory(dir).filter { $0 != "run.safetensors" }
        #expect(leftovers.allSatisfy { $0.hasPrefix(".run.safetensors.tmp-") }, "\(leftovers)")

        let total = max(k, 20)
        let straight = try Self.trainer()
        let straightRecords = try straight.train(steps: total, batch: TrainingTask.mlp.batch)
        let resumed = try Self.trainer(seed: 99)
        try resumed.resume(from: path)
        let resumedRecords = try resumed.train(steps: total - k, batch: TrainingTask.mlp.batch)
        print("[kill] child killed after checkpointing update \(k) (\(leftovers.count) stray temporary file(s)); resumed to \(total)")
        #expect(resumed.step == total)
        #expect(resumedRecords == Array(straightRecords[k...]))
        #expect(resumed.parameters == straight.parameters)
        #expect(resumed.optimizerState == straight.optimizerState)
    }
    #endif
}
