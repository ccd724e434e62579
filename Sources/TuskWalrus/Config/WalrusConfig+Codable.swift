import Foundation
import TuskIR
import TuskNN

/// JSON in the reference's vocabulary: the keys are the constructor arguments of
/// `walrus.models.IsotropicModel` plus the Hydra partials it receives, exactly as written in the
/// fixtures' `case.json` → `model_config`.
///
/// * Required: `hidden_dim`, `intermediate_dim`, `processor_blocks`, `n_states`, `groups`,
///   `space_num_heads`, `time_num_heads`.
/// * Optional keys that are missing take the RELEASED model's value (spec §2.1), not the Python
///   constructor default (which differs: e.g. `causal_in_time` False, `use_periodic_fixed_jitter`
///   False, a missing axial-attention file): a partial JSON therefore describes a release-like model.
/// * Keys that pin the architecture (`encoder_class`, `activation`, `norm_layer`, `learned_pad`,
///   `use_periodic_fixed_jitter`, `variable_downsample`, …) are checked: a value Tusk does not
///   implement is an error naming the key, never silently ignored.
/// * Unknown keys are errors (a typo like `hiden_dim` must not fall back to a default); keys that
///   start with `_` (comments such as `_note`) are ignored.
/// * Tusk additions: `name` (string), `n_steps_input` (int or null). `space_mixing_class`
///   accepts `AxialAttention` for the axial variant.
extension WalrusConfig: Codable {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Architecture-pinning keys and the only value (reference spelling) Tusk implements.
    static let pinnedStrings: [(key: String, value: String)] = [
        ("encoder_class", "SpaceBagAdaptiveDVstrideEncoder"),
        ("decoder_class", "AdaptiveDVstrideDecoder"),
        ("activation", "torch.nn.SiLU"),
        ("norm_layer", "walrus.models.shared_utils.normalization.RMSGroupNorm"),
        ("processor_class", "SpaceTimeSplitBlock"),
        ("time_mixing_class", "AxialTimeAttention"),
        ("channel_mixing_class", "torch.nn.Identity"),
    ]
    static let pinnedBools: [(key: String, value: Bool)] = [
        ("learned_pad", true),
        ("use_periodic_fixed_jitter", true),
        ("variable_downsample", true),
        ("variable_deterministic_ds", true),
    ]
    static let otherKeys: Set<String> = [
        "name", "hidden_dim", "intermediate_dim", "projection_dim", "processor_blocks", "n_states",
        "groups", "max_d", "drop_path", "input_field_drop", "jitter_patches",
        "gradient_checkpointing_freq", "causal_in_time", "include_d", "override_dimensionality",
        "dim_key_override", "space_num_heads", "space_mlp_dim", "time_num_heads", "time_bias_type",
        "space_mixing_class", "base_kernel_size1d", "base_kernel_size2d", "base_kernel_size3d",
        "kernel_scales_seq", "n_steps_input",
    ]
    /// Keys without a default: a config must give each.
    static let requiredKeys = ["hidden_dim", "intermediate_dim", "processor_blocks", "n_states", "groups",
                               "space_num_heads", "time_num_heads"]
    /// Every key the JSON form understands.
    public static var referenceKeys: [String] {
        (Array(otherKeys) + pinnedStrings.map(\.key) + pinnedBools.map(\.key)).sorted()
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let known = Set(Self.referenceKeys)
        for key in c.allKeys where !known.contains(key.stringValue) && !key.stringValue.hasPrefix("_") {
            throw TuskError.config(field: key.stringValue,
                                   message: "unknown key; known keys: \(Self.referenceKeys.joined(separator: ", "))")
        }
        func value<T: Decodable>(_ key: String, _ type: T.Type) throws -> T? {
            do {
                return try c.decodeIfPresent(T.self, forKey: Key(key))
            } catch {
                throw TuskError.config(field: key, message: "expected a value of type \(T.self): \(Self.describe(error))")
            }
        }
        // Every missing required key at once, so one edit fixes the file.
        let missing = Self.requiredKeys.filter { !c.contains(Key($0)) }
        if !missing.isEmpty {
            throw TuskError.config(field: missing.joined(separator: "`, `"),
                                   message: "missing (required): \(missing.count == 1 ? "this key is" : "these \(missing.count) keys are") not in the config")
        }
        func required<T: Decodable>(_ key: String, _ type: T.Type) throws -> T {
            guard let v = try value(key, T.self) else {
                throw TuskError.config(field: key, message: "missing (required)")
            }
            return v
        }
        for (key, expected) in Self.pinnedStrings {
            if let got = try value(key, String.self), got != expected, !expected.hasSuffix("." + got) {
                throw TuskError.config(field: key, message: "\"\(got)\" is not supported; Tusk implements \"\(expected)\"")
            }
        }
        for (key, expected) in Self.pinnedBools {
            if let got = try value(key, Bool.self), got != expected {
                throw TuskError.config(field: key, message: "\(got) is not supported; Tusk implements \(expected) (the release setting)")
            }
        }
        if let maxD = try value("max_d", Int.self), maxD != 3 {
            throw TuskError.config(field: "max_d", message: "must be 3 (every input is run as 3-D), got \(maxD)")
        }
        if let override = try value("dim_key_override", Int.self) {
            throw TuskError.config(field: "dim_key_override",
                                   message: "\(override) is not supported (use null; it forces one encoder for every input)")
        }
        let spaceMixing: SpaceMixing
        switch try value("space_mixing_class", String.self) ?? "FullAttention" {
        case "FullAttention", "full": spaceMixing = .full
        case "AxialAttention", "axial": spaceMixing = .axial
        case let other:
            throw TuskError.config(field: "space_mixing_class",
                                   message: "\"\(other)\" is not supported; use FullAttention or AxialAttention")
        }
        let bias: RelativeBias
        switch try value("time_bias_type", String.self) ?? "rel" {
        case "rel": bias = .t5
        case "none": bias = .none
        case let other:
            throw TuskError.config(field: "time_bias_type",
                                   message: "\"\(other)\" is not supported; use \"rel\" (T5 buckets) or \"none\"")
        }
        self.init(
            name: try value("name", String.self),
            hiddenDim: try required("hidden_dim", Int.self),
            intermediateDim: try required("intermediate_dim", Int.self),
            projectionDim: try value("projection_dim", Int.self) ?? 48,
            depth: try required("processor_blocks", Int.self),
            fieldRows: try required("n_states", Int.self),
            groups: try required("groups", Int.self),
            spaceHeads: try required("space_num_heads", Int.self),
            spaceMLPDim: try value("space_mlp_dim", Int.self),
            timeHeads: try required("time_num_heads", Int.self),
            spaceMixing: spaceMixing,
            timeMixing: (try value("causal_in_time", Bool.self) ?? true) ? .causal : .bidirectional,
            relativeBias: bias,
            jitter: (try value("jitter_patches", Bool.self) ?? true) ? .on : .off,
            inputSteps: try value("n_steps_input", Int.self),
            includeDims: try value("include_d", [Int].self) ?? [2, 3],
            overrideDimensionality: try value("override_dimensionality", Int.self) ?? 0,
            kernels: try value("base_kernel_size3d", [KernelPair].self) ?? Array(repeating: KernelPair(8, 4), count: 3),
            kernels1D: try value("base_kernel_size1d", [KernelPair].self) ?? [KernelPair(4, 4)],
            kernels2D: try value("base_kernel_size2d", [KernelPair].self) ?? Array(repeating: KernelPair(8, 4), count: 2),
            kernelScales: try value("kernel_scales_seq", [KernelPair].self)
                ?? [KernelPair(2, 2), KernelPair(4, 2), KernelPair(4, 4), KernelPair(8, 4)],
            dropPath: try value("drop_path", Double.self) ?? 0.05,
            inputFieldDrop: try value("input_field_drop", Double.self) ?? 0,
            gradientCheckpointingFrequency: try value("gradient_checkpointing_freq", Int.self) ?? 0)
        try validate()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(name, forKey: Key("name"))
        try c.encode(hiddenDim, forKey: Key("hidden_dim"))
        try c.encode(intermediateDim, forKey: Key("intermediate_dim"))
        try c.encode(projectionDim, forKey: Key("projection_dim"))
        try c.encode(depth, forKey: Key("processor_blocks"))
        try c.encode(fieldRows, forKey: Key("n_states"))
        try c.encode(groups, forKey: Key("groups"))
        try c.encode(3, forKey: Key("max_d"))
        try c.encode(dropPath, forKey: Key("drop_path"))
        try c.encode(inputFieldDrop, forKey: Key("input_field_drop"))
        try c.encode(jitter == .on, forKey: Key("jitter_patches"))
        try c.encode(gradientCheckpointingFrequency, forKey: Key("gradient_checkpointing_freq"))
        try c.encode(timeMixing == .causal, forKey: Key("causal_in_time"))
        try c.encode(includeDims, forKey: Key("include_d"))
        try c.encode(overrideDimensionality, forKey: Key("override_dimensionality"))
        try c.encode(spaceHeads, forKey: Key("space_num_heads"))
        if let spaceMLPDim { try c.encode(spaceMLPDim, forKey: Key("space_mlp_dim")) } else { try c.encodeNil(forKey: Key("space_mlp_dim")) }
        try c.encode(timeHeads, forKey: Key("time_num_heads"))
        try c.encode(relativeBias == .t5 ? "rel" : "none", forKey: Key("time_bias_type"))
        try c.encode(spaceMixing == .full ? "FullAttention" : "AxialAttention", forKey: Key("space_mixing_class"))
        try c.encode(kernels1D, forKey: Key("base_kernel_size1d"))
        try c.encode(kernels2D, forKey: Key("base_kernel_size2d"))
        try c.encode(kernels, forKey: Key("base_kernel_size3d"))
        try c.encode(kernelScales, forKey: Key("kernel_scales_seq"))
        if let inputSteps { try c.encode(inputSteps, forKey: Key("n_steps_input")) }
        for (key, value) in Self.pinnedStrings { try c.encode(value, forKey: Key(key)) }
        for (key, value) in Self.pinnedBools { try c.encode(value, forKey: Key(key)) }
    }

    /// Decodes a config from JSON: either a bare model config, or a fixture `case.json` (an object
    /// with a `model_config` member, which is used). `source` names the origin in errors.
    public static func decode(json data: Data, source: String = "<json>") throws -> WalrusConfig {
        let top: Any
        do {
            top = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw JSONErrorText.parseError(error, data: data, source: source)
        }
        guard let object = top as? [String: Any] else {
            throw TuskError.file(path: source, message: "expected a JSON object (a model config or a case.json)")
        }
        var body = data
        if let model = object["model_config"] {
            guard model is [String: Any] else {
                throw TuskError.file(path: source, message: "`model_config` must be a JSON object")
            }
            body = try JSONSerialization.data(withJSONObject: model)
        }
        do {
            return try JSONDecoder().decode(WalrusConfig.self, from: body)
        } catch let error as TuskError {
            throw error
        } catch {
            throw TuskError.file(path: source, message: describe(error))
        }
    }

    /// Loads a config JSON file (bare model config or fixture `case.json`).
    public static func load(path: String) throws -> WalrusConfig {
        // AtomicFile.read names the cause (no such file, permission) and refuses a FIFO or device.
        return try decode(json: Data(try AtomicFile.read(path: path)), source: path)
    }

    /// The config as pretty-printed, key-sorted JSON under the reference's names.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let DecodingError.typeMismatch(type, context):
            return "type mismatch (wanted \(type)) at \(path(context.codingPath)): \(context.debugDescription)"
        case let DecodingError.valueNotFound(type, context):
            return "null where \(type) is needed at \(path(context.codingPath))"
        case let DecodingError.dataCorrupted(context):
            return "malformed value at \(path(context.codingPath)): \(context.debugDescription)"
        case let DecodingError.keyNotFound(key, context):
            return "missing key \(key.stringValue) at \(path(context.codingPath))"
        default:
            return "\(error)"
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "top level" : codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
