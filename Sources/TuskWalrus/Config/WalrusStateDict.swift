import TuskIR

/// One entry of the official Walrus state dict: key, PyTorch shape, and whether it is a
/// trainable parameter or a persistent buffer.
public struct StateDictEntry: Hashable, Sendable, CustomStringConvertible {
    /// The official key, e.g. `blocks.3.space_mixing.fused_ff_qkv.weight`.
    public var key: String
    /// PyTorch shape, outermost first (conv [out, in, k…], transposed conv [in, out, k…]).
    public var shape: [Int]
    /// True for persistent buffers (`rotary_emb.freqs`): stored in checkpoints, never trained,
    /// not counted as parameters.
    public var isBuffer: Bool

    public init(_ key: String, _ shape: [Int], isBuffer: Bool = false) {
        self.key = key
        self.shape = shape
        self.isBuffer = isBuffer
    }

    /// Number of scalars.
    public var elementCount: Int { shape.reduce(1, *) }

    public var description: String { "\(key) \(shape)\(isBuffer ? " (buffer)" : "")" }
}

extension WalrusConfig {
    /// The exact state dict of the reference model for this config (spec §2.1): `encoder_dummy`,
    /// `embed.{d}.*` and `debed.{d}.*` for each built dimensionality d (see `builtDims`), and per
    /// block `space_mixing.*` (incl. the `rotary_emb.freqs` buffer) and `time_mixing.*`
    /// (the T5 table only with `relativeBias == .t5`). Order: module registration order.
    ///
    /// The axial space-mixing variant (a Tusk extension) uses exactly the same keys and shapes as
    /// full attention: one fused projection, norms and RoPE shared by the three axis attentions.
    public var stateDict: [StateDictEntry] {
        var e: [StateDictEntry] = [StateDictEntry("encoder_dummy", [1])]
        let c = hiddenDim, m = intermediateDim, n = fieldRows
        let k1 = kernels.map(\.first), k2 = kernels.map(\.second)
        for d in builtDims {
            let p = "embed.\(d)."
            e.append(StateDictEntry(p + "proj1.weight", [m, n] + k1))
            e.append(StateDictEntry(p + "norm1.weight", [m]))
            e.append(StateDictEntry(p + "proj2.weight", [c, m] + k2))
            e.append(StateDictEntry(p + "norm2.weight", [c]))
        }
        for b in 0..<depth {
            let s = "blocks.\(b).space_mixing."
            let hd = spaceHeadDim
            e.append(StateDictEntry(s + "norm1.weight", [c]))
            e.append(StateDictEntry(s + "fused_ff_qkv.weight", [mlpDim + 3 * c, c]))
            e.append(StateDictEntry(s + "fused_ff_qkv.bias", [mlpDim + 3 * c]))
            e.append(StateDictEntry(s + "ff_out.weight", [c, mlpDim / 2]))
            e.append(StateDictEntry(s + "ff_out.bias", [c]))
            e.append(StateDictEntry(s + "attn_out.weight", [c, c]))
            e.append(StateDictEntry(s + "q_norm.weight", [hd]))
            e.append(StateDictEntry(s + "q_norm.bias", [hd]))
            e.append(StateDictEntry(s + "k_norm.weight", [hd]))
            e.append(StateDictEntry(s + "k_norm.bias", [hd]))
            e.append(StateDictEntry(s + "rotary_emb.freqs", [AxialRoPETable.frequencyCount(headDim: hd)], isBuffer: true))
            let t = "blocks.\(b).time_mixing."
            let th = timeHeadDim
            e.append(StateDictEntry(t + "norm1.weight", [c]))
            e.append(StateDictEntry(t + "input_head.weight", [3 * c, c, 1, 1, 1]))
            e.append(StateDictEntry(t + "input_head.bias", [3 * c]))
            e.append(StateDictEntry(t + "output_head.weight", [c, c, 1, 1, 1]))
            e.append(StateDictEntry(t + "output_head.bias", [c]))
            e.append(StateDictEntry(t + "qnorm.weight", [th]))
            e.append(StateDictEntry(t + "qnorm.bias", [th]))
            e.append(StateDictEntry(t + "knorm.weight", [th]))
            e.append(StateDictEntry(t + "knorm.bias", [th]))
            if relativeBias == .t5 {
                e.append(StateDictEntry(t + "rel_pos_bias.relative_attention_bias.weight", [Self.t5Buckets, timeHeads]))
            }
        }
        for d in builtDims {
            let p = "debed.\(d)."
            e.append(StateDictEntry(p + "proj1.weight", [c, m] + k2))
            e.append(StateDictEntry(p + "norm1.weight", [m]))
            e.append(StateDictEntry(p + "proj2.weight", [m, n] + k1))
            e.append(StateDictEntry(p + "proj2.bias", [n]))
        }
        return e
    }

    /// Trainable parameter count. Buffers (`rotary_emb.freqs`) are NOT counted: that is the
    /// convention of the spec's count (1,286,199,047 for walrus-1.3b, 423,313 for walrus-tiny;
    /// the fixture checkpoint of walrus-tiny holds 423,317 scalars = 423,313 + 2 blocks × 2 freqs).
    public var parameterCount: Int {
        stateDict.lazy.filter { !$0.isBuffer }.map(\.elementCount).reduce(0, +)
    }

    /// Scalars in a full checkpoint (parameters + buffers).
    public var stateDictElementCount: Int {
        stateDict.map(\.elementCount).reduce(0, +)
    }

    /// Compares a checkpoint's keys and shapes with this config's state dict, listing every
    /// missing, extra and mis-shaped key in one error. Returns normally when they match exactly.
    public func checkStateDict(_ shapes: [String: [Int]], source: String = "state dict") throws {
        let expected = Dictionary(uniqueKeysWithValues: stateDict.map { ($0.key, $0.shape) })
        let missing = expected.keys.filter { shapes[$0] == nil }.sorted()
        let extra = shapes.keys.filter { expected[$0] == nil }.sorted()
        let misshaped = expected.keys.sorted().compactMap { key -> String? in
            guard let got = shapes[key], got != expected[key] else { return nil }
            return "\(key): expected \(expected[key]!), got \(got)"
        }
        guard missing.isEmpty, extra.isEmpty, misshaped.isEmpty else {
            var lines: [String] = ["does not match the config \(name ?? "(unnamed)")"]
            if !missing.isEmpty { lines.append("missing keys: " + missing.joined(separator: ", ")) }
            if !extra.isEmpty { lines.append("extra keys: " + extra.joined(separator: ", ")) }
            if !misshaped.isEmpty { lines.append("mis-shaped keys: " + misshaped.joined(separator: "; ")) }
            throw TuskError.file(path: source, message: lines.joined(separator: "\n  "))
        }
    }
}
