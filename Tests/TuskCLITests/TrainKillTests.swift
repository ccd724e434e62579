import Foundation
import Testing
import TuskData
import TuskIR
import TuskNN
import TuskWalrus
#if canImport(Glibc)
import Glibc
#endif

/// Test data generated once per test process at the generators' test scale: burgers_1d (128
/// cells: 32 tokens, so debug-build train steps are cheap) and gray_scott_2d (32×32).
enum CLITrainingData {
    static let root: String = generate("burgers_1d")
    static let grayScott: String = generate("gray_scott_2d")

    static func generate(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-cli-data-\(UUID().uuidString)").path
        _ = try! Generators.generate(try! Generators.named(name), out: dir + "/" + name, scale: .test, seed: 2)
        return dir + "/" + name
    }

    /// walrus-tiny on the release field table with the 1-D encoder built, as a config file.
    static let model: String = {
        var c = WalrusConfig.tiny
        c.fieldRows = FieldTable.release.count
        c.includeDims = [1, 2, 3]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-cli-model-\(UUID().uuidString).json").path
        try! c.jsonData().write(to: URL(fileURLWithPath: path))
        return path
    }()

    /// A short, cheap `tusk train` command line.
    static func trainArguments(steps: Int, every: Int, directory: String) -> [String] {
        ["train", "--model", model, "--data", root, "--steps", "\(steps)", "--batch", "1", "--n-in", "2",
         "--every", "\(every)", "--seed", "5", "--lr", "1e-3", "--max-stride", "2",
         "--checkpoint-dir", directory]
    }
}

@Suite("tusk train: kill -9 and resume", .serialized)
struct TrainKillTests {
    /// SIGKILL the trainer right after its first checkpoint: at most the `every` updates since that
    /// checkpoint are lost, and `--resume` reaches bit-identical final parameters and optimizer
    /// state to an uninterrupted run; the log holds every step exactly once.
    @Test func killDuringTrainingThenResume() throws {
        let base = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let (steps, every) = (10, 2)
        let straight = try runTusk(CLITrainingData.trainArguments(steps: steps, every: every, directory: base + "/straight"))
        #expect(straight.status == 0, "\(straight.stderr)")
        #expect(straight.stdout.contains("done at step \(steps)"), "\(straight.stdout)")

        let dir = base + "/killed"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try tuskExecutable())
        process.arguments = CLITrainingData.trainArguments(steps: steps, every: every, directory: dir)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let checkpoint = dir + "/" + WalrusTrainingRun.checkpointName
        let deadline = Date().addingTimeInterval(600)
        while !FileManager.default.fileExists(atPath: checkpoint) && process.isRunning && Date() < deadline {
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let killedMidRun = process.terminationReason == .uncaughtSignal
        let saved = try Checkpoint.read(path: checkpoint)
        let logged = WalrusTrainingLog.read(path: dir + "/" + WalrusTrainingLog.fileName).map(\.step).max() ?? 0
        // The kill must land mid-run, or the resume below checks nothing: the child died of the
        // signal, and the log holds some but not all steps.
        #expect(killedMidRun, "the trainer exited (\(process.terminationStatus)) before the kill")
        #expect(logged >= every && logged < steps, "the log holds \(logged) of \(steps) steps at the kill")
        #expect(saved.step % every == 0 && saved.step >= every && saved.step < steps)
        // An update's log line is written before its checkpoint (so a checkpoint never runs ahead
        // of the log), so a kill between the two loses up to `every` logged updates, never more.
        #expect(logged - saved.step <= every, "lost \(logged - saved.step) steps; at most every = \(every) after a checkpoint")

        let resumed = try runTusk(CLITrainingData.trainArguments(steps: steps, every: every, directory: dir) + ["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let a = try Checkpoint.read(path: base + "/straight/" + WalrusTrainingRun.checkpointName)
        let b = try Checkpoint.read(path: checkpoint)
        #expect(b.step == steps)
        let (sameParameters, sameState) = (a.parameters == b.parameters, a.optimizerState == b.optimizerState)
        #expect(sameParameters, "bit-identical parameters")
        #expect(sameState, "bit-identical AdamW state")
        let log = WalrusTrainingLog.read(path: dir + "/" + WalrusTrainingLog.fileName)
        let loggedSteps = log.map { $0.step }
        #expect(loggedSteps == Array(1...steps))
        let reference = WalrusTrainingLog.read(path: base + "/straight/" + WalrusTrainingLog.fileName)
        let (losses, referenceLosses) = (log.map { $0.loss }, reference.map { $0.loss })
        #expect(losses == referenceLosses, "same batches, same losses")
    }

    /// Ctrl-C (SIGINT) finishes the current update, saves a checkpoint at that step, and exits 0.
    @Test func sigintSavesAndExitsCleanly() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try tuskExecutable())
        process.arguments = CLITrainingData.trainArguments(steps: 10_000, every: 10_000, directory: dir)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let log = dir + "/" + WalrusTrainingLog.fileName
        let deadline = Date().addingTimeInterval(600)
        while WalrusTrainingLog.read(path: log).count < 2 && process.isRunning && Date() < deadline { usleep(20_000) }
        kill(process.processIdentifier, SIGINT)
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(text)")
        #expect(text.contains("interrupted at step"), "\(text)")
        let saved = try Checkpoint.read(path: dir + "/" + WalrusTrainingRun.checkpointName)
        let logged = WalrusTrainingLog.read(path: log).map { $0.step }.max() ?? -1
        #expect(saved.step == logged && saved.step >= 2, "checkpoint at \(saved.step), log at \(logged)")
    }

    /// Without --resume an existing run is not overwritten; a truncated checkpoint is refused.
    @Test func existingAndTruncatedCheckpoints() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let args = CLITrainingData.trainArguments(steps: 1, every: 1, directory: dir)
        let first = try runTusk(args)
        #expect(first.status == 0, "\(first.stderr)")
        let again = try runTusk(args)
        #expect(again.status == 1 && again.stderr.contains("already exists"), "\(again.stderr)")
        let path = dir + "/" + WalrusTrainingRun.checkpointName
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        let resumed = try runTusk(args + ["--resume"])
        #expect(resumed.status == 1)
        #expect(resumed.stderr.hasPrefix(path + ": error: "), "\(resumed.stderr)")
    }
}
