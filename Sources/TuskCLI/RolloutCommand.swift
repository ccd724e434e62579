import ArgumentParser
import Foundation
import TuskData
import TuskIR
import TuskNN
import TuskRuntime
import TuskWalrus

/// `tusk rollout`: autoregressive prediction on a split, scored with The Well's metrics.
public struct RolloutCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rollout",
        abstract: "Roll a Walrus model (a checkpoint, official-key weights, or the persistence baseline) out on a split; write report.json and pictures.",
        discussion: """
            One window per trajectory from t0 = 0 (--n-in input frames), then --steps predicted \
            frames: normalize with the window's RMS, predict the delta, denormalize, append, slide \
            (spec §5.5). VRMSE and NRMSE per step and per field exactly as The Well computes them. \
            Writes OUT/report.json, OUT/panels.png, OUT/vrmse.png (the first step where VRMSE > 1 or \
            a value is non-finite marked, and recorded as blowup_step), OUT/spectra.png (isotropic \
            power spectra of prediction and truth at --spectra-steps), OUT/animation.png (an APNG of \
            prediction | truth | error of --animate FIELD) and, for a checkpoint, \
            OUT/vrmse_vs_persistence.png and OUT/loss.png (from the train log next to it). --steps \
            may go far past the training window: every prediction is fed back. \
            The model is a `tusk train` checkpoint (--checkpoint), or a config with a state dict \
            under the official key names (--config NAME|FILE.json --weights FILE.safetensors: \
            read by mmap, copy-on-write, checked key by key as `tusk forward` does; e.g. \
            walrus-1.3b with the released weights).
            """)

    @Option(help: ArgumentHelp("A `tusk train` checkpoint.", valueName: "file"))
    public var checkpoint: String?

    @Option(help: ArgumentHelp("With --weights: walrus-tiny, walrus-small, walrus-1.3b, or a config JSON (a fixture case.json too).", valueName: "name|file"))
    public var config: String?

    @Option(help: ArgumentHelp("With --config: a safetensors state dict under the official key names (mapped in place).", valueName: "file"))
    public var weights: String?

    @Option(help: ArgumentHelp("A baseline instead of a model: persistence (needs no model: runs on any grid the reader takes).", valueName: "name"))
    public var baseline: String?

    @Option(help: ArgumentHelp("Dataset folder (with data/<split>).", valueName: "dir"))
    public var data: String

    @Option(help: "Split to roll out on.")
    public var split = "test"

    @Option(help: "Predicted steps (fewer when the trajectories are shorter).")
    public var steps: Int = 10

    @Option(name: .customLong("n-in"), help: "Input frames (default: the checkpoint's training n_in, else 4).")
    public var nIn: Int?

    @Option(name: .customLong("out"), help: ArgumentHelp("Output folder.", valueName: "dir"))
    public var outputDirectory: String

    @Option(help: "Execution backend (llvm, blas or reference).")
    public var backend: BackendChoice = .trainingDefault

    @Option(help: ArgumentHelp("Patch jitter: on (fresh rolls every predicted frame, as the official model at inference) or off (zero rolls).", valueName: "on|off"))
    public var jitter: String = "on"

    @Option(help: "Seed of the jitter rolls (with --jitter on).")
    public var seed: UInt64 = 0

    @Option(name: .customLong("spectra-steps"),
            help: ArgumentHelp("Comma-separated 1-based predicted steps of the power spectra (default: first, middle, last).", valueName: "list"))
    public var spectraSteps: String?

    @Option(help: ArgumentHelp("The field of animation.png (default: the first field).", valueName: "field"))
    public var animate: String?

    @OptionGroup public var threadOptions: ThreadOptions

    public init() {}

    public func validate() throws {
        guard (config == nil) == (weights == nil) else { throw ValidationError("--config and --weights go together (a config and its official-key state dict)") }
        guard [checkpoint != nil, baseline != nil, weights != nil].filter({ $0 }).count == 1 else {
            throw ValidationError("give exactly one of --checkpoint FILE, --config NAME|FILE.json --weights FILE.safetensors, and --baseline persistence")
        }
        if let baseline, baseline != "persistence" { throw ValidationError("unknown baseline \"\(baseline)\" (known: persistence)") }
        guard steps >= 1 else { throw ValidationError("--steps must be at least 1") }
        guard jitter == "on" || jitter == "off" else { throw ValidationError("--jitter must be on or off, got \"\(jitter)\"") }
        if let spectraSteps { _ = try Self.parseSteps(spectraSteps) }
    }

    /// `--spectra-steps 1,5,10`: positive integers.
    static func parseSteps(_ text: String) throws -> [Int] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let steps = parts.compactMap { Int($0) }
        guard !parts.isEmpty, steps.count == parts.count, steps.allSatisfy({ $0 >= 1 }) else {
            throw ValidationError("--spectra-steps must be comma-separated steps ≥ 1 (e.g. 1,5,10), got \"\(text)\"")
        }
        return steps
    }

    public func run() throws {
        try threadOptions.configure()
        let outputs = WalrusRolloutOutputs(spectraSteps: try spectraSteps.map(Self.parseSteps), animateField: animate)
        let model = weights.map { OfficialWeights(config: config!, file: $0) }
        let report = try Self.rollout(checkpoint: checkpoint, weights: model, data: data, split: split, steps: steps, nIn: nIn,
                                      jitter: jitter == "off" ? .off : .on(seed: seed),
                                      outputDirectory: outputDirectory, backend: backend, outputs: outputs) { print($0) }
        print("report: \(outputDirectory)/report.json")
        print("pictures: " + report.pictures.map { "\(outputDirectory)/\($0)" }.joined(separator: ", "))
    }

    /// A config and its state dict under the official key names (`--config`, `--weights`).
    public struct OfficialWeights: Sendable {
        /// A named config or a JSON config / fixture case.json (`WalrusConfigFile`).
        public var config: String
        /// The safetensors state dict.
        public var file: String
        public init(config: String, file: String) { self.config = config; self.file = file }
    }

    /// Runs a rollout and writes the report; `checkpoint` and `weights` nil means the
    /// persistence baseline (give at most one of the two).
    public static func rollout(checkpoint: String?, weights: OfficialWeights? = nil, data: String, split: String, steps: Int, nIn: Int?,
                               jitter: WalrusRolloutJitter = .on(seed: 0), outputDirectory: String, backend: BackendChoice,
                               outputs: WalrusRolloutOutputs = WalrusRolloutOutputs(),
                               emit: (String) -> Void) throws -> WalrusRolloutReport {
        var k = nIn ?? 4
        var method = WalrusRolloutMethod.persistence
        guard checkpoint == nil || weights == nil else {
            throw TuskError.config(field: "weights", message: "give a checkpoint or official-key weights, not both")
        }
        if let checkpoint {
            let predictor = try WalrusPredictor(checkpoint: checkpoint, driver: backend.driver())
            predictor.jitter = jitter
            method = .model(predictor)
            if nIn == nil, let options = try? Checkpoint.trainingOptions(path: checkpoint) { k = options.nIn }
        } else if let weights {
            let predictor = try WalrusInterop.predictor(config: weights.config, weights: weights.file, driver: backend.driver())
            predictor.jitter = jitter
            method = .model(predictor)
            emit(String(format: "weights: %@ (%@), %.1f MB read in place", weights.file, predictor.choice.config.name ?? weights.config,
                        Double(predictor.weightsInPlaceBytes) / 1e6))
        }
        let (dataset, rollouts) = try WalrusRollout.run(method, root: data, split: split, nIn: k, steps: steps)
        var persistence: [WalrusTrajectoryRollout]?
        if case .model = method {
            persistence = try WalrusRollout.run(.persistence, root: data, split: split, nIn: k, steps: steps).trajectories
        }
        var step: Int?
        if case .model(let p) = method { step = p.step }
        var report = try WalrusRolloutReport(dataset: dataset.metadata.datasetName, split: split, checkpoint: checkpoint, checkpointStep: step,
                                             weights: weights.map { ($0.file, $0.config) }, nIn: k, rollouts: rollouts, persistence: persistence)
        report.threads = BLASThreads.current
        let log = checkpoint.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path + "/" + WalrusTrainingLog.fileName }
        try report.write(to: outputDirectory, rollouts: rollouts, trainLog: log, outputs: outputs)
        var line = String(format: "%@ on %@/%@: %d trajectories, %d steps after %d inputs: VRMSE %.4f",
                          checkpoint == nil && weights == nil ? "persistence" : "walrus", dataset.metadata.datasetName, split, rollouts.count, report.steps, k, report.vrmse_mean)
        if let p = report.persistence_vrmse_mean { line += String(format: " (persistence %.4f)", p) }
        emit(line)
        emit(report.blowup_step.map { "blow-up (field-mean VRMSE > 1 or non-finite) from step \($0)" } ?? "no blow-up: field-mean VRMSE ≤ 1 at every step")
        if let note = report.spectra_note { emit("no spectra: \(note)") }
        return report
    }
}

extension Checkpoint {
    /// The `WalrusTrainingOptions` in a checkpoint's header (verified read).
    static func trainingOptions(path: String) throws -> WalrusTrainingOptions? {
        let c = try Checkpoint.read(path: path)
        guard let json = c.userMetadata[WalrusTrainer.MetadataKey.training] else { return nil }
        return try JSONDecoder().decode(WalrusTrainingOptions.self, from: Data(json.utf8))
    }
}
