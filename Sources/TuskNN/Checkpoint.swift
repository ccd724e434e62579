import TuskAutodiff
import TuskIR

/// The complete state of a training run at an update boundary, as one safetensors file.
///
/// Layout (see Docs/TRAINING-CORE.md):
/// * tensors: every model parameter under its own dotted name (`blocks.0.norm1.weight`), every
///   optimizer state tensor under the train-step graph's name `optimizer.<slot>.<parameter>`
///   (`TrainStepNames.state`), e.g. `optimizer.exp_avg.fc1.weight`;
/// * header `__metadata__`: the `tusk.*` keys of `CheckpointKey` — format and version, the number
///   of completed updates, the model name and parameter signature, the optimizer and clipping,
///   the schedule (name + hyper-parameters), the caller's opaque data-order/RNG state, and two
///   CRC-32 checksums (header and data section); plus any caller keys outside `tusk.`.
///
/// Files are written atomically (temporary file, `fsync`, `rename`, `fsync` of the directory)
/// and verified on read: a truncated or corrupted file is an error, never loaded.
public struct Checkpoint: Hashable, Sendable {
    /// The version of the layout this Tusk writes and reads.
    public static let formatVersion = 1

    /// Every model parameter (trained or frozen) by name.
    public var parameters: [String: TensorData]
    /// Optimizer state by train-step name, `optimizer.<slot>.<parameter>`.
    public var optimizerState: [String: TensorData]
    /// Completed optimizer updates: the next update is number `step + 1` and uses the learning
    /// rate `schedule(step)`.
    public var step: Int
    /// The forward graph's name (informational; identity is the parameter set, see `signature`).
    public var model: String
    /// `String(describing:)` of the optimizer, hyper-parameters included (e.g.
    /// `AdamW(beta1: 0.9, beta2: 0.999, epsilon: 1e-08, weightDecay: 0.01)`).
    public var optimizer: String
    /// The global-norm clipping threshold, if the run clips.
    public var clipGradientNorm: Double?
    /// The learning-rate schedule, if the run has a persistable one.
    public var schedule: ScheduleDescription?
    /// The caller's data-order / RNG state, stored verbatim (e.g. a seed and an epoch cursor).
    public var dataState: String?
    /// Caller metadata; keys must not start with `tusk.`.
    public var userMetadata: [String: String]

    public init(parameters: [String: TensorData], optimizerState: [String: TensorData], step: Int,
                model: String, optimizer: String, clipGradientNorm: Double? = nil,
                schedule: ScheduleDescription? = nil, dataState: String? = nil, userMetadata: [String: String] = [:]) {
        self.parameters = parameters
        self.optimizerState = optimizerState
        self.step = step
        self.model = model
        self.optimizer = optimizer
        self.clipGradientNorm = clipGradientNorm
        self.schedule = schedule
        self.dataState = dataState
        self.userMetadata = userMetadata
    }

    /// The model signature stored in the header: CRC-32 of the sorted `name:dtype[shape]` list
    /// of the parameters. Two checkpoints of the same model have the same signature.
    public var signature: String { Checkpoint.signature(of: parameters.mapValues(\.type)) }

    /// The signature of a parameter set given by types.
    public static func signature(of parameters: [String: TensorType]) -> String {
        let text = parameters.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
            .map { "\($0.key):\($0.value)" }.joined(separator: ";")
        return CRC32.hex(CRC32.checksum(Array(text.utf8)))
    }
}

/// The `__metadata__` keys of a checkpoint.
public enum CheckpointKey {
    /// Always `tusk.checkpoint`: marks the file as a Tusk checkpoint.
    public static let format = "tusk.format"
    public static let formatValue = "tusk.checkpoint"
    /// The layout version, decimal (`Checkpoint.formatVersion`).
    public static let version = "tusk.format_version"
    /// Completed updates, decimal.
    public static let step = "tusk.step"
    /// The forward graph's name.
    public static let model = "tusk.model"
    /// `Checkpoint.signature`.
    public static let signature = "tusk.model_signature"
    /// The optimizer with its hyper-parameters.
    public static let optimizer = "tusk.optimizer"
    /// The clipping threshold (absent: no clipping).
    public static let clipGradientNorm = "tusk.clip_grad_norm"
    /// The schedule's name; each hyper-parameter `h` is under `tusk.schedule.h`.
    public static let schedule = "tusk.schedule"
    /// The caller's opaque data-order / RNG state.
    public static let dataState = "tusk.data_state"
    /// CRC-32 (8 hex digits) of the raw data section (every tensor byte).
    public static let dataChecksum = "tusk.data_crc32"
    /// CRC-32 of the canonical header: every tensor's name, dtype, shape and offsets and every
    /// other metadata entry, sorted (see `Checkpoint.headerChecksum`).
    public static let headerChecksum = "tusk.header_crc32"
    /// The prefix of every key Tusk reserves.
    public static let reservedPrefix = "tusk."
}

extension Checkpoint {
    /// The header metadata of this checkpoint, without the checksums.
    func metadata() throws -> [String: String] {
        var m: [String: String] = [:]
        for (key, value) in userMetadata {
            guard !key.hasPrefix(CheckpointKey.reservedPrefix) else {
                throw TuskError.config(field: "userMetadata", message: "key '\(key)' uses the reserved prefix '\(CheckpointKey.reservedPrefix)'")
            }
            m[key] = value
        }
        m[CheckpointKey.format] = CheckpointKey.formatValue
        m[CheckpointKey.version] = String(Checkpoint.formatVersion)
        m[CheckpointKey.step] = String(step)
        m[CheckpointKey.model] = model
        m[CheckpointKey.signature] = signature
        m[CheckpointKey.optimizer] = optimizer
        if let c = clipGradientNorm { m[CheckpointKey.clipGradientNorm] = "\(c)" }
        if let s = schedule {
            m[CheckpointKey.schedule] = s.name
            for (key, value) in s.hyperparameters { m[CheckpointKey.schedule + "." + key] = "\(value)" }
        }
        if let d = dataState { m[CheckpointKey.dataState] = d }
        return m
    }

    /// The tensors of the file: parameters and state in one namespace.
    func tensors() throws -> [String: TensorData] {
        guard step >= 0 else { throw TuskError.config(field: "step", message: "must be ≥ 0, got \(step)") }
        var all = optimizerState
        for key in optimizerState.keys where !key.hasPrefix(TrainStepNames.statePrefix) {
            throw TuskError.config(field: "optimizerState", message: "state tensor '\(key)' must be named '\(TrainStepNames.statePrefix)<slot>.<parameter>'")
        }
        for (name, value) in parameters {
            guard !name.hasPrefix(TrainStepNames.statePrefix) else {
                throw TuskError.config(field: "parameters", message: "parameter '\(name)' uses the optimizer-state prefix '\(TrainStepNames.statePrefix)' and cannot be checkpointed unambiguously")
            }
            all[name] = value
        }
        return all
    }

    /// The bytes of the checkpoint file: safetensors with both checksums in the header.
    public func encoded() throws -> [UInt8] {
        let tensors = try tensors()
        var metadata = try metadata()
        // The data section and every tensor's offsets do not depend on the metadata, so the
        // checksums of a first encoding hold for the final one.
        let draft = Safetensors.encode(tensors, metadata: metadata)
        let layout = try Safetensors.parseLayout(draft, path: "<checkpoint>")
        metadata[CheckpointKey.dataChecksum] = CRC32.hex(Checkpoint.dataChecksum(draft, headerLength: layout.headerLength))
        metadata[CheckpointKey.headerChecksum] = CRC32.hex(Checkpoint.headerChecksum(layout.entries, layout.metadata))
        return Safetensors.encode(tensors, metadata: metadata)
    }

    /// Writes the checkpoint to `path` atomically: a temporary file in the same directory is
    /// written, `fsync`ed and renamed over `path`, then the directory is `fsync`ed, so after a
    /// crash `path` holds either the previous checkpoint or this one, complete.
    public func write(to path: String) throws {
        try SafetensorsFile.writeAtomically(try encoded(), to: path)
    }

    /// Reads and verifies the checkpoint at `path`.
    ///
    /// Throws `TuskError.file` when the file is not a safetensors file or is truncated (bounds
    /// checks), is not a Tusk checkpoint or has another format version, when a checksum does not
    /// match (corruption), or when a `tusk.` field is malformed.
    public static func read(path: String) throws -> Checkpoint {
        try decode(try SafetensorsFile.readAll(path: path), path: path)
    }

    /// Decodes and verifies checkpoint bytes; `path` only names the file in errors.
    public static func decode(_ bytes: [UInt8], path: String) throws -> Checkpoint {
        func fail(_ message: String) -> TuskError { .file(path: path, message: message) }
        let layout = try Safetensors.parseLayout(bytes, path: path)
        let m = layout.metadata
        guard m[CheckpointKey.format] == CheckpointKey.formatValue else {
            throw fail("not a Tusk checkpoint: the header metadata has no '\(CheckpointKey.format): \(CheckpointKey.formatValue)' (a plain safetensors file? read it with Safetensors.read)")
        }
        guard let versionText = m[CheckpointKey.version], let version = Int(versionText) else {
            throw fail("checkpoint has no valid '\(CheckpointKey.version)'")
        }
        guard version == formatVersion else {
            throw fail("checkpoint format version \(version) is not supported (this Tusk reads version \(formatVersion))")
        }
        guard let storedHeader = m[CheckpointKey.headerChecksum], let storedData = m[CheckpointKey.dataChecksum] else {
            throw fail("checkpoint has no '\(CheckpointKey.headerChecksum)'/'\(CheckpointKey.dataChecksum)' integrity checksums")
        }
        let header = CRC32.hex(headerChecksum(layout.entries, m))
        guard header == storedHeader else {
            throw fail("header checksum mismatch (stored \(storedHeader), computed \(header)): the header is corrupted; refusing to load")
        }
        let data = CRC32.hex(dataChecksum(bytes, headerLength: layout.headerLength))
        guard data == storedData else {
            throw fail("data checksum mismatch (stored \(storedData), computed \(data)): tensor bytes are corrupted; refusing to load")
        }

        guard let stepText = m[CheckpointKey.step], let step = Int(stepText), step >= 0 else {
            throw fail("invalid '\(CheckpointKey.step)': \(m[CheckpointKey.step] ?? "missing")")
        }
        guard let model = m[CheckpointKey.model], let optimizer = m[CheckpointKey.optimizer] else {
            throw fail("checkpoint lacks '\(CheckpointKey.model)' or '\(CheckpointKey.optimizer)'")
        }
        var clip: Double?
        if let text = m[CheckpointKey.clipGradientNorm] {
            guard let c = Double(text) else { throw fail("invalid '\(CheckpointKey.clipGradientNorm)': \(text)") }
            clip = c
        }
        var schedule: ScheduleDescription?
        if let name = m[CheckpointKey.schedule] {
            var hyper: [String: Double] = [:]
            let prefix = CheckpointKey.schedule + "."
            for (key, text) in m where key.hasPrefix(prefix) {
                guard let v = Double(text) else { throw fail("invalid schedule hyper-parameter '\(key)': \(text)") }
                hyper[String(key.dropFirst(prefix.count))] = v
            }
            schedule = ScheduleDescription(name: name, hyperparameters: hyper)
        }
        var user: [String: String] = [:]
        for (key, value) in m where !key.hasPrefix(CheckpointKey.reservedPrefix) { user[key] = value }

        let tensors = try Safetensors.decode(bytes, path: path).tensors
        var parameters: [String: TensorData] = [:], state: [String: TensorData] = [:]
        for (name, value) in tensors {
            if name.hasPrefix(TrainStepNames.statePrefix) { state[name] = value } else { parameters[name] = value }
        }
        let checkpoint = Checkpoint(parameters: parameters, optimizerState: state, step: step, model: model,
                                    optimizer: optimizer, clipGradientNorm: clip, schedule: schedule,
                                    dataState: m[CheckpointKey.dataState], userMetadata: user)
        if let stored = m[CheckpointKey.signature], stored != checkpoint.signature {
            throw fail("model signature mismatch (stored \(stored), computed \(checkpoint.signature)) although the checksums hold: the file was not written by Checkpoint.write")
        }
        return checkpoint
    }

    /// CRC-32 of the raw data section (everything after the header).
    static func dataChecksum(_ bytes: [UInt8], headerLength: Int) -> UInt32 {
        CRC32.checksum(bytes[(8 + headerLength)...])
    }

    /// CRC-32 of the canonical header: one line `name NUL dtype NUL shape NUL begin NUL end` per
    /// tensor, then `key NUL value` per metadata entry except the two checksums, each group
    /// sorted by UTF-8 bytes, lines ended by LF.
    static func headerChecksum(_ entries: [SafetensorsEntry], _ metadata: [String: String]) -> UInt32 {
        func byBytes(_ a: String, _ b: String) -> Bool { Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) }
        var text = ""
        for e in entries.sorted(by: { byBytes($0.name, $1.name) }) {
            text += "\(e.name)\u{0}\(e.dtype.rawValue)\u{0}\(e.shape.map(String.init).joined(separator: ","))\u{0}\(e.begin)\u{0}\(e.end)\n"
        }
        for (key, value) in metadata.sorted(by: { byBytes($0.key, $1.key) })
        where key != CheckpointKey.dataChecksum && key != CheckpointKey.headerChecksum {
            text += "\(key)\u{0}\(value)\n"
        }
        return CRC32.checksum(Array(text.utf8))
    }
}
