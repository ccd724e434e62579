import Foundation
import TuskIR
import TuskNN

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
        /// Seconds of the update spent summing gradients across ranks (data-parallel runs only;
        /// absent from one-process logs).
        public var allreduce_seconds: Double? = nil
    }

    /// The entries of a log file (lines that do not parse — a line cut by a kill — are skipped).
    public static func read(path: String) -> [Entry] {
        (try? parse(path: path))?.entries ?? []
    }

    /// A log file split into the lines that parse and the number of lines that do not (cut by
    /// a kill, invalid UTF-8, edited by hand). A missing file is an empty log.
    public static func parse(path: String) throws -> (entries: [Entry], unparsed: Int) {
        guard FileManager.default.fileExists(atPath: path) else { return ([], 0) }
        let bytes = try AtomicFile.read(path: path)
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = nonFinite.decoding
        var entries: [Entry] = [], unparsed = 0
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            if let e = try? decoder.decode(Entry.self, from: Data(line)) { entries.append(e) } else { unparsed += 1 }
        }
        return (entries, unparsed)
    }

    /// Non-finite numbers (a diverged loss) are written as the strings "NaN", "Infinity".
    static let nonFinite = (
        encoding: JSONEncoder.NonConformingFloatEncodingStrategy.convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN"),
        decoding: JSONDecoder.NonConformingFloatDecodingStrategy.convertFromString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN"))

    static func encode(_ e: Entry) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = nonFinite.encoding
        return String(decoding: try encoder.encode(e), as: UTF8.self) + "\n"
    }

    /// Keeps the entries of updates `≤ step` (a resumed run redoes the later ones) or starts a
    /// new log when `step` is 0.
    ///
    /// Nothing is lost: when the old log has lines that do not parse, it is first moved aside
    /// (to `train_log.jsonl.unparsed-<n>`, next to it) and `notice` says so; the lines that
    /// parse are kept. Returns the path the old log was moved to, if any.
    @discardableResult
    func reset(keepingThrough step: Int, notice: (String) -> Void = { _ in }) throws -> String? {
        var kept: [Entry] = []
        var movedTo: String?
        if step > 0 {
            let (entries, unparsed) = try Self.parse(path: path)
            kept = entries.filter { $0.step <= step }
            if unparsed > 0 {
                var n = 1
                while FileManager.default.fileExists(atPath: "\(path).unparsed-\(n)") { n += 1 }
                let aside = "\(path).unparsed-\(n)"
                guard rename(path, aside) == 0 else {
                    throw TuskError.file(path: path, message: "cannot move the training log aside to \(aside): \(String(cString: strerror(errno)))")
                }
                movedTo = aside
                notice("note: \(path): \(unparsed) line(s) do not parse; the original log was moved to \(aside), "
                       + "and the \(kept.count) entries through update \(step) that parse are kept")
            }
        }
        try AtomicFile.write(Array(try kept.map(Self.encode).joined().utf8), to: path)
        return movedTo
    }

    func append(_ e: Entry) throws {
        let line = try Self.encode(e)
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
        /// Data-parallel ranks (1: one process) and the seconds of this run's updates spent in
        /// the gradient allreduce.
        public var ranks = 1
        public var allreduceSeconds = 0.0
    }

    /// Runs `trainer` to `trainer.options.steps` updates.
    ///
    /// - Parameters:
    ///   - resume: continue from the folder's checkpoint (an error if there is none).
    ///   - every: checkpoint every this many updates (and always at the end or on a stop).
    ///   - shouldStop: polled after every update (e.g. a SIGINT flag).
    ///   - notice: messages about the run's files (a log moved aside, a checkpoint saved before
    ///     an error); standard error by default.
    ///   - progress: called after every update.
    ///
    /// Nothing saved is lost: a checkpoint is written only when the whole state is finite (a
    /// diverged run stops with an error naming the update, the last good checkpoint stays);
    /// an update that fails on its batch (bad data) first checkpoints the last completed update.
    public static func run(_ trainer: WalrusTrainer, checkpointDirectory dir: String, resume: Bool, every: Int,
                           shouldStop: () -> Bool = { false },
                           notice: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
                           progress: (WalrusStepRecord) -> Void = { _ in }) throws -> Summary {
        do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
            throw TuskError.file(path: dir, message: "cannot create the checkpoint folder: \(JSONErrorText.describe(error))")
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
        // Data parallel: rank 0 alone writes the log and the checkpoints (every rank reads the
        // checkpoint on --resume, so the folder must be on a file system all ranks share).
        let writer = trainer.isWriter
        if writer { try log.reset(keepingThrough: trainer.step, notice: notice) }
        let reducedBefore = trainer.dataParallel?.allreduceSeconds ?? 0
        let first = trainer.step
        var saved = trainer.step
        let start = Date()
        var durations: [Double] = []
        var interrupted = false
        var last: Double?
        while trainer.step < trainer.options.steps {
            let r: WalrusStepRecord
            do { r = try trainer.update() } catch {
                // A batch that cannot be read (NaN/Inf in the data, a damaged file): keep the
                // updates done so far before stopping.
                // (Not in a data-parallel run: the others are waiting in a collective, and saving
                // would start another one.)
                if trainer.dataParallel == nil, trainer.step > saved && trainer.stateIsConsistent, (try? trainer.nonFiniteState()) == .some(nil) {
                    try trainer.save(to: path)
                    notice("note: update \(trainer.step + 1) failed; the state after update \(trainer.step) was checkpointed to \(path)")
                }
                throw error
            }
            last = r.loss
            if r.compileSeconds == 0 { durations.append(r.seconds) }
            if writer {
                try log.append(.init(step: r.step, loss: r.loss, grad_norm: r.gradientNorm, lr: r.learningRate,
                                     time: Date().timeIntervalSince(start), step_seconds: r.seconds, dataset: r.dataset,
                                     allreduce_seconds: trainer.dataParallel == nil ? nil : r.allreduceSeconds))
            }
            progress(r)
            if !r.loss.isFinite {
                try trainer.save(to: dir + "/nonfinite.safetensors", allowNonFinite: true)
                throw TuskError.execution("update \(r.step): the loss is \(r.loss) (dataset \(r.dataset), lr \(r.learningRate)); "
                                          + "state saved to \(dir)/nonfinite.safetensors, last good checkpoint \(path)")
            }
            var stop = shouldStop()
            // Every rank stops after the same update (a Ctrl-C may reach them at different times).
            if let dp = trainer.dataParallel { stop = try dp.collectives.anyTrue(stop, what: "stop request after update \(r.step)") }
            if r.step % every == 0 || r.step == trainer.options.steps || stop {
                try trainer.save(to: path)
                saved = r.step
            }
            if stop { interrupted = trainer.step < trainer.options.steps; break }
        }
        if trainer.step == first { try trainer.save(to: path) }
        durations.sort()
        return Summary(firstStep: first, lastStep: trainer.step, seconds: Date().timeIntervalSince(start),
                       compileSeconds: trainer.compileSeconds, compiledGraphs: trainer.compiledGraphs, cachedGraphs: trainer.cachedGraphs,
                       medianStepSeconds: durations.isEmpty ? 0 : durations[durations.count / 2],
                       interrupted: interrupted, checkpoint: path, log: log.path, lastLoss: last,
                       ranks: trainer.dataParallel?.size ?? 1,
                       allreduceSeconds: (trainer.dataParallel?.allreduceSeconds ?? 0) - reducedBefore)
    }
}
