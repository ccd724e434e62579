import TuskIR

extension WalrusConfig {
    /// Checks every constraint the reference imposes (or trips over), with errors that name the
    /// field under its JSON (reference) name.
    ///
    /// Rules: positive sizes; `hidden_dim` divisible by both head counts and by `groups`;
    /// `intermediate_dim` divisible by `groups`; the space head width must not give
    /// head_dim//4 == 2 (the reference's RoPE constructor divides by dim − 2 → ZeroDivisionError,
    /// head_dim 8…11); `include_d` ⊆ {1,2,3} and contains 3 (the reference reads `embed["3"]`
    /// before choosing the per-input key); `override_dimensionality` ∈ {0, 3}; three positive
    /// base-kernel pairs; an even MLP width (SwiGLU halves it); `n_states` ≥ 4 (3 reserved rows
    /// plus at least one field); rates in [0, 1).
    public func validate() throws {
        func positive(_ v: Int, _ field: String) throws {
            if v <= 0 { throw TuskError.config(field: field, message: "must be positive, got \(v)") }
        }
        try positive(hiddenDim, "hidden_dim")
        try positive(intermediateDim, "intermediate_dim")
        try positive(depth, "processor_blocks")
        try positive(groups, "groups")
        try positive(spaceHeads, "space_num_heads")
        try positive(timeHeads, "time_num_heads")
        if projectionDim < 0 { throw TuskError.config(field: "projection_dim", message: "must not be negative") }
        if fieldRows < Self.reservedFieldRows + 1 {
            throw TuskError.config(field: "n_states",
                                   message: "must be at least 4 (rows 0,1,2 are closed_boundary, open_boundary, bias_correction), got \(fieldRows)")
        }
        if hiddenDim % spaceHeads != 0 {
            throw TuskError.config(field: "space_num_heads",
                                   message: "hidden_dim \(hiddenDim) is not divisible by space_num_heads \(spaceHeads)")
        }
        if hiddenDim % timeHeads != 0 {
            throw TuskError.config(field: "time_num_heads",
                                   message: "hidden_dim \(hiddenDim) is not divisible by time_num_heads \(timeHeads)")
        }
        if hiddenDim % groups != 0 {
            throw TuskError.config(field: "groups", message: "hidden_dim \(hiddenDim) is not divisible by groups \(groups)")
        }
        if intermediateDim % groups != 0 {
            throw TuskError.config(field: "groups",
                                   message: "intermediate_dim \(intermediateDim) is not divisible by groups \(groups)")
        }
        if spaceHeadDim / 4 == 2 {
            throw TuskError.config(field: "space_num_heads",
                                   message: "space head_dim \(spaceHeadDim) (= hidden_dim/space_num_heads) gives a RoPE dim head_dim//4 = 2, "
                                       + "where the reference's RotaryEmbedding divides by (dim - 2) and raises ZeroDivisionError; "
                                       + "use head_dim < 8 (no RoPE) or head_dim >= 12")
        }
        if let spaceMLPDim {
            try positive(spaceMLPDim, "space_mlp_dim")
            if spaceMLPDim % 2 != 0 {
                throw TuskError.config(field: "space_mlp_dim", message: "must be even (SwiGLU splits it in halves), got \(spaceMLPDim)")
            }
        }
        if includeDims.isEmpty || includeDims.contains(where: { !(1...3).contains($0) }) {
            throw TuskError.config(field: "include_d", message: "must be a non-empty subset of [1, 2, 3], got \(includeDims)")
        }
        if Set(includeDims).count != includeDims.count {
            throw TuskError.config(field: "include_d", message: "has duplicate entries: \(includeDims)")
        }
        if !includeDims.contains(3) {
            throw TuskError.config(field: "include_d",
                                   message: "must contain 3, got \(includeDims): the reference reads embed[\"3\"] (max_d) "
                                       + "before choosing the per-input encoder, so a model without it fails on every input")
        }
        if overrideDimensionality != 0 && overrideDimensionality != 3 {
            throw TuskError.config(field: "override_dimensionality",
                                   message: "must be 0 (pick the encoder by data dimensionality) or 3, got \(overrideDimensionality) "
                                       + "(the reference then builds only that encoder and fails looking up embed[\"3\"])")
        }
        if kernels.count != 3 {
            throw TuskError.config(field: "base_kernel_size3d", message: "needs one [k1, k2] pair per axis H, W, D, got \(kernels.count)")
        }
        for (i, k) in kernels.enumerated() where k.first <= 0 || k.second <= 0 {
            throw TuskError.config(field: "base_kernel_size3d[\(i)]", message: "kernel sizes must be positive, got \(k)")
        }
        if !(0..<1).contains(dropPath) {
            throw TuskError.config(field: "drop_path", message: "must be in [0, 1), got \(dropPath)")
        }
        try checkSizes()
        if !(0..<1).contains(inputFieldDrop) {
            throw TuskError.config(field: "input_field_drop", message: "must be in [0, 1), got \(inputFieldDrop)")
        }
        if gradientCheckpointingFrequency < 0 {
            throw TuskError.config(field: "gradient_checkpointing_freq", message: "must not be negative")
        }
        if let inputSteps, inputSteps < 1 {
            throw TuskError.config(field: "n_steps_input", message: "must be at least 1, got \(inputSteps)")
        }
    }
}

extension WalrusConfig {
    /// Every parameter tensor, and the parameter count, must be describable (no size overflows
    /// 2⁶² bytes): a `hidden_dim` of 2⁴⁰ is an error naming the sizes, not a trap while tracing.
    func checkSizes() throws {
        var total = 0
        for entry in stateDict {
            let type = TensorType(.f32, entry.shape)
            guard let elements = type.checkedElementCount, let bytes = type.checkedByteCount, bytes <= TensorType.maximumByteCount,
                  let sum = SizeArithmetic.add(total, elements) else {
                throw TuskError.config(field: "hidden_dim",
                                       message: "the sizes are too large: parameter \(entry.key) would be f32\(entry.shape) (hidden_dim \(hiddenDim), intermediate_dim \(intermediateDim)), "
                                           + "more than 2^62 bytes")
            }
            total = sum
        }
        guard SizeArithmetic.multiply(total, 4).map({ $0 <= TensorType.maximumByteCount }) ?? false else {
            throw TuskError.config(field: "hidden_dim", message: "the sizes are too large: \(total) parameters (hidden_dim \(hiddenDim)) need more than 2^62 bytes")
        }
    }
}
