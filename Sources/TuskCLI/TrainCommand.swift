import ArgumentParser
import Foundation
import TuskData
import TuskIR
import TuskMPI
import TuskRuntime
import TuskWalrus
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `tusk train`: the Walrus training recipe on datasets in The Well's layout.
public struct TrainCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a Walrus model on datasets in The Well's layout (checkpoints, resume, JSON-lines log).",
        discussion: """
            The Walrus recipe: per-sample RMS normalization, delta targets, causal L1 loss over all \
            time steps, AdamW (wd 1e-4, eps 1e-10) with global-norm clipping 10 and the Walrus \
            schedule scaled to --steps, random rotations (2-D: the 8 symmetries of the square), a \
            random time stride (1…--max-stride), one uniformly drawn dataset per batch. \
            Writes D/checkpoint.safetensors (atomically, every --every steps, at the end and on \
            Ctrl-C) and D/train_log.jsonl. The data order is a pure function of (seed, step): \
            --resume continues exactly. See Docs/TRAINING.md. \
            Data parallel: `mpirun -np N tusk train …` (--distributed auto detects the launcher): \
            --batch is the global batch (divisible by N), gradients are summed across ranks \
            before clipping and AdamW, rank 0 writes the checkpoint and the log. See Docs/SCALING.md.
            """)

    @Option(help: ArgumentHelp("walrus-tiny, walrus-small, walrus-1.3b, or a config JSON file.", valueName: "model"))
    public var model = "walrus-tiny"

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Dataset folders (each with data/train).", valueName: "dir"))
    public var data: [String] = []

    // `.unconditional`: `--steps -5` is read as the value -5 (and refused by `validate` with a
    // clear message) instead of "Missing value for '--steps'".
    @Option(parsing: .unconditional, help: "Total optimizer steps of the run.")
    public var steps: Int

    @Option(parsing: .unconditional, help: "Windows per batch.")
    public var batch: Int = 2

    @Option(name: .customLong("checkpoint-dir"), help: ArgumentHelp("Folder for the checkpoint and the log.", valueName: "dir"))
    public var checkpointDirectory: String

    @Flag(help: "Continue the run in --checkpoint-dir (same options required).")
    public var resume = false

    @Option(help: "Execution backend (llvm, blas or reference).")
    public var backend: BackendChoice = .trainingDefault

    @Flag(name: .customLong("check-finite"), help: "After each update, check the loss, gradient norm and state; on a NaN or an infinity, re-run the update op by op on the reference interpreter and name the first op that produced one (its line in <checkpoint-dir>/nonfinite-step.txt and the Swift call that built it).")
    public var checkFinite = false

    @Option(help: "Seed of the parameters and of the data order.")
    public var seed: UInt64 = 0

    @Option(parsing: .unconditional, help: "Peak learning rate (release 2e-4).")
    public var lr: Double = 2e-4

    @Option(name: .customLong("n-in"), parsing: .unconditional, help: "Input frames per window.")
    public var nIn: Int = 4

    @Option(parsing: .unconditional, help: "Checkpoint every K steps.")
    public var every: Int = 50

    @Option(name: .customLong("max-stride"), parsing: .unconditional, help: "Largest random time stride (1: off).")
    public var maxStride: Int = 5

    @Option(name: .customLong("roll-pool"), parsing: .unconditional,
            help: "Deprecated and ignored: jitter rolls are drawn fresh every step as graph inputs (one graph per geometry).")
    public var rollPool: Int?

    @Option(help: "Learning-rate schedule: walrus (the release's inverse-square-root decay) or cosine (linear warm-up, cosine to 0).")
    public var schedule: WalrusScheduleKind = .walrus

    @Option(help: "Per-element error of the delta objective: mae (the release) or mse.")
    public var loss: WalrusLoss = .mae

    @Flag(name: .customLong("no-rotations"), help: "Turn the rotation augmentation off.")
    public var noRotations = false

    @Option(help: ArgumentHelp("Data-parallel training over MPI: auto (when started by mpirun or another MPI launcher), mpi, or none.",
                               valueName: "mode"))
    public var distributed: DistributedMode = .auto

    @OptionGroup public var threadOptions: ThreadOptions

    public init() {}

    public func validate() throws {
        guard !data.isEmpty else { throw ValidationError("give at least one --data DIR") }
        guard steps >= 1 else { throw ValidationError("--steps must be ≥ 1, got \(steps)") }
        guard batch >= 1 else { throw ValidationError("--batch must be ≥ 1, got \(batch)") }
        guard lr > 0, lr.isFinite else { throw ValidationError("--lr must be > 0 (and finite), got \(lr)") }
        guard every >= 1 else { throw ValidationError("--every must be ≥ 1, got \(every)") }
        guard nIn >= 2 else { throw ValidationError("--n-in must be ≥ 2, got \(nIn)") }
        guard maxStride >= 1 else { throw ValidationError("--max-stride must be ≥ 1, got \(maxStride)") }
    }

    /// The options this command line describes.
    public func trainingOptions() -> WalrusTrainingOptions {
        var o = WalrusTrainingOptions(data: data, steps: steps, batch: batch)
        o.nIn = nIn
        o.seed = seed
        o.learningRate = lr
        o.maxStride = maxStride
        o.scheduleKind = schedule == .walrus ? nil : schedule
        o.loss = loss == .mae ? nil : loss
        o.rotations = noRotations ? .none : .walrus
        return o
    }

    public func run() throws {
        try threadOptions.configure()
        if rollPool != nil {
            writeStandardError("tusk train: --roll-pool is deprecated and ignored: jitter rolls are drawn fresh every step "
                               + "(graph inputs; one compiled graph per geometry)\n")
        }
        let choice = try WalrusModelChoice.resolve(model)
        guard MPIEnvironment.wantsMPI(distributed) else {
            let trainer = try WalrusTrainer(choice: choice, options: trainingOptions(), driver: backend.driver())
            if checkFinite { trainer.checkFiniteDump = checkpointDirectory + "/nonfinite-step.txt" }
            try Self.train(trainer, checkpointDirectory: checkpointDirectory, resume: resume, every: every) { print($0) }
            return
        }
        let group = try MPIProcessGroup.shared()
        do {
            let trainer = try WalrusTrainer(choice: choice, options: trainingOptions(), driver: backend.driver())
            if checkFinite { trainer.checkFiniteDump = checkpointDirectory + "/nonfinite-step.txt" }
            // One rank is one-process training (bit-identical to running without mpirun).
            if group.size > 1 { try trainer.enableDataParallel(group) }
            try Self.train(trainer, checkpointDirectory: checkpointDirectory, resume: resume, every: every) { line in
                if group.rank == 0 { print(line) }
            }
        } catch {
            guard group.size > 1 else { group.finalize(); throw error }
            // Stop every rank now: the others may be waiting for this one in a collective.
            fflush(nil)
            writeStandardError("rank \(group.rank) of \(group.size): " + TuskCommand.userMessage(for: error) + "\n")
            group.abort(code: 1)
        }
        group.finalize()
    }

    /// Runs the training loop with terminal progress (a progress line on a TTY, plain log lines
    /// otherwise) and a SIGINT handler that saves and stops.
    @discardableResult
    public static func train(_ trainer: WalrusTrainer, checkpointDirectory: String, resume: Bool, every: Int,
                             emit: (String) -> Void) throws -> WalrusTrainingRun.Summary {
        let o = trainer.options
        let c = trainer.choice.config
        emit("training \(c.name ?? "walrus") (\(trainer.parameters.values.reduce(0) { $0 + $1.shape.reduce(1, *) }) parameters) on "
             + trainer.sources.map { "\($0.name) (\($0.dataset.count) windows, grid \($0.spatialShape))" }.joined(separator: ", "))
        emit("  \(o.steps) steps, batch \(o.batch), n_in \(o.nIn), lr \(o.learningRate), seed \(o.seed), "
             + "rotations \(o.rotations.rawValue), stride 1…\(o.maxStride), fresh jitter rolls every step, threads \(BLASThreads.current)"
             + (trainer.dataParallel.map { ", \($0.size) data-parallel ranks (batch \(o.batch / $0.size) per rank)" } ?? ""))
        // Data parallel: only rank 0 prints (`emit` is silent on the others, and so is the TTY line).
        let printing = trainer.isWriter
        let tty = isatty(1) != 0
        let logEvery = max(1, o.steps / 20)
        let start = Date()
        var first: Int?
        SigintFlag.install()
        defer { SigintFlag.uninstall() }
        let summary = try WalrusTrainingRun.run(trainer, checkpointDirectory: checkpointDirectory, resume: resume, every: every,
                                                shouldStop: { SigintFlag.raised }, notice: { writeStandardError($0 + "\n") }) { r in
            if first == nil { first = r.step - 1; if r.step > 1 { emit("resumed at step \(r.step - 1)") } }
            let done = r.step - first!
            let elapsed = Date().timeIntervalSince(start)
            let rate = Double(done) / max(elapsed, 1e-9)
            let eta = Double(o.steps - r.step) / max(rate, 1e-9)
            // Data parallel: the update's gradient sum beside its time (its share of the step).
            let reduce = trainer.dataParallel == nil ? ""
                : String(format: "  allreduce %.3f s of %.3f s (%.0f %%)", r.allreduceSeconds, r.seconds, 100 * r.allreduceSeconds / max(r.seconds, 1e-9))
            let line = String(format: "step %d/%d  loss %.4f  grad %.3g  lr %.3g%@  %.2f steps/s  ETA %@  [%@]",
                              r.step, o.steps, r.loss, r.gradientNorm, r.learningRate, reduce, rate, Self.duration(eta), r.dataset)
            guard printing else { return }
            if tty {
                writeStandardOutput("\r" + line + "   ")
                if r.step == o.steps { writeStandardOutput("\n") }
            } else if r.step % logEvery == 0 || r.step == o.steps || r.step == first! + 1 {
                emit(line)
            }
        }
        if printing && tty && summary.interrupted { writeStandardOutput("\n") }
        let trained = summary.lastStep - summary.firstStep
        emit(String(format: "%@ at step %d: %d steps in %.1f s (%.2f steps/s; median step %.3f s; %d graphs compiled in %.1f s, %d lowered from the compile cache)",
                    summary.interrupted ? "interrupted" : "done", summary.lastStep, trained, summary.seconds,
                    Double(trained) / max(summary.seconds, 1e-9), summary.medianStepSeconds, summary.compiledGraphs, summary.compileSeconds,
                    summary.cachedGraphs))
        if summary.ranks > 1 {
            emit(String(format: "allreduce (rank 0 of %d): median %.4f s per update, %.1f %% of the median step; %.2f s of the %.1f s in all",
                        summary.ranks, summary.medianAllreduceSeconds,
                        100 * summary.medianAllreduceSeconds / max(summary.medianStepSeconds, 1e-9), summary.allreduceSeconds, summary.seconds))
        }
        emit("checkpoint: \(summary.checkpoint)")
        emit("log: \(summary.log)")
        return summary
    }

    static func duration(_ s: Double) -> String {
        guard s.isFinite else { return "?" }
        let t = Int(s.rounded())
        return t >= 60 ? "\(t / 60)m\(String(format: "%02d", t % 60))s" : "\(t)s"
    }
}

/// Ctrl-C while training: the handler only sets a flag; the loop saves a checkpoint after the
/// current update and stops. A second Ctrl-C restores the default action (kills at once).
enum SigintFlag {
    nonisolated(unsafe) static var flag: sig_atomic_t = 0
    static var raised: Bool { flag != 0 }

    static func install() {
        flag = 0
        // A parent can start us with SIGINT blocked (a spawning thread's mask is inherited, e.g.
        // from a Dispatch worker); the handler needs it delivered.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT) { _ in
            SigintFlag.flag = 1
            signal(SIGINT, SIG_DFL)
        }
    }

    static func uninstall() { signal(SIGINT, SIG_DFL) }
}

/// Writes to standard output without a newline, unbuffered (after flushing buffered output).
func writeStandardOutput(_ text: String) {
    fflush(nil)
    let bytes = Array(text.utf8)
    var done = 0
    while done < bytes.count {
        let n = bytes.withUnsafeBytes { write(1, $0.baseAddress! + done, $0.count - done) }
        if n <= 0 { break }
        done += n
    }
}

extension DistributedMode: ExpressibleByArgument {}
extension WalrusScheduleKind: ExpressibleByArgument {}
extension WalrusLoss: ExpressibleByArgument {}
extension WalrusRotations: ExpressibleByArgument {}

/// `MPIProcessGroup` provides the collectives of data-parallel Walrus training.
extension MPIProcessGroup: WalrusCollectives {}
