import Foundation
import TuskIR

/// The JSON-lines training log (`train_log.jsonl` in the checkpoint folder): one object per
/// update with `step`, `loss`, `grad_norm`, `lr`, `time` (seconds since the run started, this
/// process), `step_seconds`, `dataset`.
public struct WalrusTrainingLog {
    public static let fileName = "train_log.jsonl"
    public let path: String

    public init(directory: String) { path = directory + "/" + Self.fileName }

    /// One log line.
    public struct Entry: Codable, Hashable, Sendable {
        public var step: Int
        public var loss: Double
        public var grad_norm: Double
        public var lr: Double
        public var time: Double
        public var step_seconds: Double
        public var dataset: String
    }

    /// The entries of a log file (lines that do not parse — a line cut by a kill — are skipped).
    public static func read(path: String) -> [Entry] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        return text.split(separator: "\n").compactMap { try? decoder.decode(Entry.self, from: Data($0.utf8)) }
    }

    /// Keeps the entries of updates `≤ step` (a resumed run redoes the later ones) or starts a
    /// new log when `step` is 0.
    func reset(keepingThrough step: Int) throws {
        let kept = step == 0 ? [] : Self.read(path: path).filter { $0.step <= step }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var text = ""
        for e in kept { text += String(decoding: try encoder.encode(e), as: UTF8.self) + "\n" }
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw TuskError.file(path: path, message: "cannot write the training log: \(error.localizedDescription)")
        }
    }

    func append(_ e: Entry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let line = String(decoding: try encoder.encode(e), as: UTF8.self) + "\n"
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw TuskError.file(path: path, message: "cannot open the training log for appending")
        }
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data(line.utf8))
    }
}

/// The training loop of `tusk train`: resume, update, log, checkpoint every K updates and at the
/// end, stop early (and save) when asked.
public enum WalrusTrainingRun {
    /// The checkpoint file inside the checkpoint folder.
    public static let checkpointName = "checkpoint.safetensors"

    /// What a run did.
    public struct Summary: Sendable {
        /// Update counter at the start (non-zero after a resume) and at the end.
        public var firstStep: Int
        public var lastStep: Int
        /// Wall time of the updates of this process.
        public var seconds: Double
        /// Of which tracing and compiling graphs.
        public var compileSeconds: Double
        public var compiledGraphs: Int
        /// Of which lowered from the compile cache (no autodiff or passes ran).
        public var cachedGraphs: Int
        /// Median update time excluding updates that compiled a graph.
        public var medianStepSeconds: Double
        /// True when `shouldStop` ended the run early.
        public var interrupted: Bool
        public var checkpoint: String
        public var log: String
        /// Loss of the last update.
        public var lastLoss: Double?
    }

    /// Runs `trainer` to `trainer.options.steps` updates.
    ///
    /// - Parameters:
    ///   - resume: continue from the folder's checkpoint (an error if there is none).
    ///   - every: checkpoint every this many updates (and always at the end or on a stop).
    ///   - shouldStop: polled after every update (e.g. a SIGINT flag).
    ///   - progress: called after every update.
    public static func run(_ trainer: WalrusTrainer, checkpointDirectory dir: String, resume: Bool, every: Int,
                           shouldStop: () -> Bool = { false },
                           progress: (WalrusStepRecord) -> Void = { _ in }) throws -> Summary {
        do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
            throw TuskError.file(path: dir, message: "cannot create the checkpoint folder: \(error.localizedDescription)")
        }
        let path = dir + "/" + checkpointName
        if resume {
            guard FileManager.default.fileExists(atPath: path) else {
                throw TuskError.file(path: path, message: "--resume: no checkpoint here (train without --resume to start a run)")
            }
            try trainer.resume(from: path)
        } else if FileManager.default.fileExists(atPath: path) {
            throw TuskError.file(path: path, message: "a checkpoint already exists: pass --resume to continue that run, or use another --checkpoint-dir")
        }
        let log = WalrusTrainingLog(directory: dir)
        try log.reset(keepingThrough: trainer.step)
        let first = trainer.step
        let start = Date()
        var durations: [Double] = []
        var interrupted = false
        var last: Double?
        while trainer.step < trainer.options.steps {
            let r = try trainer.update()
            last = r.loss
            if r.compileSeconds == 0 { durations.append(r.seconds) }
            try log.append(.init(step: r.step, loss: r.loss, grad_norm: r.gradientNorm, lr: r.learningRate,
                                 time: Date().timeIntervalSince(start), step_seconds: r.seconds, dataset: r.dataset))
            progress(r)
            if !r.loss.isFinite {
                try trainer.save(to: dir + "/nonfinite.safetensors")
                throw TuskError.execution("update \(r.step): the loss is \(r.loss) (dataset \(r.dataset), lr \(r.learningRate)); "
                                          + "state saved to \(dir)/nonfinite.safetensors, last good checkpoint \(path)")
            }
            let stop = shouldStop()
            if r.step % every == 0 || r.step == trainer.options.steps || stop { try trainer.save(to: path) }
            if stop { interrupted = trainer.step < trainer.options.steps; break }
        }
        if trainer.step == first { try trainer.save(to: path) }
        durations.sort()
        return Summary(firstStep: first, lastStep: trainer.step, seconds: Date().timeIntervalSince(start),
                       compileSeconds: trainer.compileSeconds, compiledGraphs: trainer.compiledGraphs, cachedGraphs: trainer.cachedGraphs,
                       medianStepSeconds: durations.isEmpty ? 0 : durations[durations.count / 2],
                       interrupted: interrupted, checkpoint: path, log: log.path, lastLoss: last)
    }
}
