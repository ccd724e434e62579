import ArgumentParser
import TuskIR
import TuskNN
import TuskRuntime

/// The options `tusk forward`, `tusk grad` and `tusk train-step` share.
struct InteropOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The model: a named config (walrus-tiny, walrus-small, walrus-1.3b), a JSON config in the reference's argument names, or a fixture case.json (config under model_config).", valueName: "config|CASE.json"))
    var config: String

    @Option(help: ArgumentHelp("The state dict: safetensors with the official key names and layouts (rotary_emb.freqs buffers included).", valueName: "W.safetensors"))
    var weights: String

    @Option(help: ArgumentHelp("The inputs in the fixtures' layout (see the command's discussion).", valueName: "IN.safetensors"))
    var input: String

    @Option(help: ArgumentHelp("Where to write the results (safetensors, replaced atomically).", valueName: "OUT.safetensors"))
    var output: String

    @Flag(help: "Also write the intermediates under the fixtures' names (act.jitter_out, act.encoder.norm1_out, act.blocks.<i>.…, act.decoder_out), whole (all time steps and batch entries).")
    var activations = false

    @Option(help: "The backend: blas (OpenBLAS + vectorized kernels) or reference (the interpreter).")
    var backend: BackendChoice = .blas

    @Option(help: "Seed of the jitter rolls, used when the config has jitter on and the input gives no encoder_rolls/block_rolls (the rolls used are recorded in the output's metadata).")
    var seed: UInt64 = 0

    @Flag(help: "Run the standard pass pipeline before compiling.")
    var optimize = false

    @Flag(name: .customLong("check-finite"), help: "When an output holds a NaN or an infinity, re-run the step op by op on the reference interpreter, name the first op that produced one (its line in OUT.safetensors.nonfinite-graph.txt and the Swift call that built it) and write no output.")
    var checkFinite = false

    @OptionGroup var threadOptions: ThreadOptions

    var request: WalrusInterop.Request {
        var r = WalrusInterop.Request(config: config, weights: weights, input: input)
        r.backend = backend
        r.seed = seed
        r.activations = activations
        r.optimize = optimize
        r.checkFiniteDump = checkFinite ? output + ".nonfinite-graph.txt" : nil
        return r
    }

    /// Writes the result and prints a short summary.
    func finish(_ result: WalrusInterop.Result) throws {
        try Safetensors.write(result.tensors, metadata: result.metadata, to: output)
        let how = result.rollsDrawn ? "drawn from seed \(seed)" : "from the input or none"
        print("rolls     encoder \(result.rolls.encoder), blocks \(result.rolls.blocks) (\(how))")
        print("trace     \(Timing.format(result.traceSeconds)) (\(result.graphNodes) nodes)")
        print("compile   \(Timing.format(result.compileSeconds)) (\(backend.rawValue))")
        print("run       \(Timing.format(result.runSeconds))")
        var memory: [String] = []
        if let w = result.weightsInPlaceBytes { memory.append("weights \(SizeArithmetic.formatBytes(w)) read in place from \(weights)") }
        if let t = result.transientBytes { memory.append("activations \(SizeArithmetic.formatBytes(t)) planned") }
        memory.append("peak RSS \(SizeArithmetic.formatBytes(PeakMemory.residentBytes()))")
        print("memory    " + memory.joined(separator: ", "))
        if let loss = result.tensors["loss"] { print("loss      \(loss.doubles[0])") }
        print("wrote \(result.tensors.count) tensor(s) to \(output)")
    }
}

private let inputLayout = """
    Input file (the layout of ../shared/fixtures/walrus, README): x [T, B, C, H, (W), (D)] \
    float32; field_indices int [C] (field-table row per channel); bcs int [axes, 2] \
    ([start, end] per axis: 0 WALL, 1 OPEN, 2 PERIODIC); optional encoder_rolls int [3] and \
    block_rolls int [blocks, 3] (the jitter rolls; without them and with jitter on, rolls are \
    drawn from --seed).
    """

/// `tusk forward`.
struct ForwardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forward",
        abstract: "Run the Walrus forward pass on a state dict and an input file; write y (and the activations).",
        discussion: inputLayout + """


            Output: y [T_out, B, C, H, (W), (D)] (the reference layout); with --activations every \
            act.* intermediate.

            Example (a fixture case):
              tusk forward --config v_b/case.json --weights v_b/weights.safetensors \\
                --input v_b/inputs.safetensors --output y.safetensors --activations
            """)

    @OptionGroup var options: InteropOptions

    func run() throws {
        try options.threadOptions.configure()
        try options.finish(try WalrusInterop.forward(options.request))
    }
}

/// `tusk grad`.
struct GradCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grad",
        abstract: "Gradients of loss = sum(y · probe) with respect to every parameter and x.",
        discussion: inputLayout + """
             The input file also holds probe (the shape of y).

            Output: loss, y, grad.<key> for every parameter of the state dict (zeros for the \
            encoder/decoder pair the input's dimensionality does not use, as the reference stores \
            them), grad.x; with --activations every act.* intermediate.
            """)

    @OptionGroup var options: InteropOptions

    func run() throws {
        try options.threadOptions.configure()
        try options.finish(try WalrusInterop.grad(options.request))
    }
}

/// `tusk train-step`.
struct TrainStepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-step",
        abstract: "One training step: the Walrus loss on a window, one AdamW step with gradient clipping; write the loss and the updated parameters.",
        discussion: inputLayout + """
             x is the window BEFORE normalization (variable fields, then constant fields \
            repeated over T). The next frame comes from trajectory [B, T+1, spatial…, C_var] \
            (frame T) or target_frame [1, B, C_var, spatial…]; optional padded_field_mask int \
            [C_var] (0 = a zero-padded component, excluded from the loss).

            The objective (WalrusObjective): sample-wise RMS normalization, delta targets, \
            loss_multiplier · mean |pred − target| over the steps t ≥ minimum_context, ÷ \
            grad_acc_steps. Then global 2-norm clipping and AdamW from a fresh state (step 1). \
            Hyper-parameters: the release values (lr 2e-4, betas 0.9/0.999, eps 1e-10, weight \
            decay 1e-4, clip 10, loss ×100, minimum context 1, RMS epsilon 1e-5, 1 accumulation \
            step), overridden by a case.json's training.hyperparameters, overridden by the flags.

            Output: loss, grad_total_norm (before clipping), clip_coef, param_after.<key> for \
            every parameter of the state dict (parameters without a gradient are unchanged, as \
            torch's AdamW skips them); with --activations also y, x_normalized, norm.sample_rms, \
            norm.delta_rms, loss_pred and loss_target ([B, T−m, spatial…, C_var], the fixtures' \
            layout), every act.* and grad.<key> for every parameter (the gradient before             clipping; zeros for the parameters the input's dimensionality does not use).
            """)

    @OptionGroup var options: InteropOptions

    @Option(help: "Learning rate.") var lr: Double?
    @Option(name: .customLong("weight-decay"), help: "AdamW decoupled weight decay.") var weightDecay: Double?
    @Option(help: "AdamW epsilon.") var eps: Double?
    @Option(help: "AdamW beta1.") var beta1: Double?
    @Option(help: "AdamW beta2.") var beta2: Double?
    @Option(help: "Global gradient 2-norm clip (0: no clipping).") var clip: Double?
    @Option(name: .customLong("loss-multiplier"), help: "Loss scale.") var lossMultiplier: Double?
    @Option(name: .customLong("minimum-context"), help: "Leading predictions dropped from the loss.") var minimumContext: Int?
    @Option(name: .customLong("grad-acc-steps"), help: "Gradient accumulation steps the loss is divided by.") var gradAccSteps: Int?
    @Option(name: .customLong("revin-epsilon"), help: "RMS floor of the sample-wise normalization.") var revinEpsilon: Double?

    func validate() throws {
        if let clip, clip < 0 { throw ValidationError("--clip must be ≥ 0 (0 disables clipping)") }
        if let gradAccSteps, gradAccSteps < 1 { throw ValidationError("--grad-acc-steps must be at least 1") }
    }

    func run() throws {
        try options.threadOptions.configure()
        var settings = try TrainStepSettings.from(try WalrusConfigFile(options.config))
        if let lr { settings.learningRate = lr }
        if let weightDecay { settings.weightDecay = weightDecay }
        if let eps { settings.epsilon = eps }
        if let beta1 { settings.beta1 = beta1 }
        if let beta2 { settings.beta2 = beta2 }
        if let clip { settings.clip = clip == 0 ? nil : clip }
        if let lossMultiplier { settings.objective.lossMultiplier = lossMultiplier }
        if let minimumContext { settings.objective.minimumContext = minimumContext }
        if let gradAccSteps { settings.objective.gradientAccumulationSteps = gradAccSteps }
        if let revinEpsilon { settings.objective.epsilon = revinEpsilon }
        try options.finish(try WalrusInterop.trainStep(options.request, settings: settings))
    }
}
