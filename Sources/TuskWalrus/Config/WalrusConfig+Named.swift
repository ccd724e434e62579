import TuskIR

extension WalrusConfig {
    /// `walrus-tiny` (spec §2.2): the smallest config that exercises every component; the
    /// fixtures' model. hidden 32, intermediate 16, 2 blocks, 2+2 heads (head_dim 16 → RoPE dim 4,
    /// 2 frequencies π and 128π, 12 of 16 features rotated), n_states 8, groups 2, jitter on,
    /// drop_path 0. 423,313 parameters.
    public static let tiny = WalrusConfig(
        name: "walrus-tiny", hiddenDim: 32, intermediateDim: 16, depth: 2, fieldRows: 8, groups: 2,
        spaceHeads: 2, timeHeads: 2, jitter: .on, dropPath: 0)

    /// `walrus-small` (~10M parameters, Tusk's choice): a model that trains on a CPU yet keeps the
    /// release's field table (n_states 67, so it reads every Well dataset) and its 8³/4³ kernels.
    /// hidden 256, intermediate 32, 4 blocks, 4+4 heads (head_dim 64 → RoPE dim 16, 8 frequencies,
    /// 48 of 64 features rotated), groups 8, drop_path 0. With 8³ kernels over 67 rows the
    /// encoders/decoders weigh ~1.6M each (6.4M for the "2" and "3" pairs), so the width goes to the
    /// processor: 4 blocks of ~0.92M. 10,175,751 parameters.
    public static let small = WalrusConfig(
        name: "walrus-small", hiddenDim: 256, intermediateDim: 32, depth: 4, fieldRows: 67, groups: 8,
        spaceHeads: 4, timeHeads: 4, jitter: .on, dropPath: 0)

    /// `walrus-1.3b`: the released model's shapes (spec §2.1): hidden 1408, intermediate 352,
    /// 40 blocks, 16+16 heads (head_dim 88), n_states 67, groups 16, drop_path 0.05,
    /// gradient checkpointing every 2 blocks. 1,286,199,047 parameters.
    public static let release1_3B = WalrusConfig(
        name: "walrus-1.3b", hiddenDim: 1408, intermediateDim: 352, depth: 40, fieldRows: 67, groups: 16,
        spaceHeads: 16, timeHeads: 16, jitter: .on, dropPath: 0.05, gradientCheckpointingFrequency: 2)

    /// The named configs, by name.
    public static let named: [String: WalrusConfig] = [
        "walrus-tiny": tiny, "walrus-small": small, "walrus-1.3b": release1_3B,
    ]

    /// Looks up a named config; the error lists the names.
    public static func named(_ name: String) throws -> WalrusConfig {
        guard let config = named[name] else {
            throw TuskError.config(field: "name",
                                   message: "unknown config \"\(name)\"; named configs: \(named.keys.sorted().joined(separator: ", "))")
        }
        return config
    }
}
