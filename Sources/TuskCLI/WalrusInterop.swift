import TuskAutodiff
import TuskCompiler
import TuskIR
import TuskNN
import TuskRuntime
import TuskWalrus

/// The work behind `tusk forward`, `tusk grad` and `tusk train-step`: a Walrus config, a
/// state dict with the official keys and an input file in the reference fixtures' layout go in;
/// tensors under the fixtures' names come out. Library functions, so tests run them in-process.
public enum WalrusInterop {
    /// What every interop command reads.
    public struct Request {
        /// A named config or a JSON config / fixture case.json.
        public var config: String
        /// A safetensors state dict with the official keys (buffers included).
        public var weights: String
        /// A safetensors file in the fixtures' input layout.
        public var input: String
        public var backend: BackendChoice = .blas
        /// Seed of the jitter rolls when jitter is on and the input gives none.
        public var seed: UInt64 = 0
        /// Also write the intermediates under the fixtures' names.
        public var activations = false
        /// Run the standard pass pipeline before compiling.
        public var optimize = false
        /// `--check-finite`: where to write the re-run graph when an output is not finite (the
        /// command then fails naming the first op that produced a NaN or an infinity); nil: no check.
        public var checkFiniteDump: String?

        public init(config: String, weights: String, input: String) {
            self.config = config
            self.weights = weights
            self.input = input
        }
    }

    /// The tensors to write, their header metadata, and what happened (for the summary lines).
    public struct Result {
        public var tensors: [String: TensorData]
        public var metadata: [String: String]
        /// Rolls used, and whether they were drawn from `--seed` (not read from the input).
        public var rolls: WalrusRolls
        public var rollsDrawn: Bool
        public var graphNodes: Int
        public var traceSeconds: Double
        public var compileSeconds: Double
        public var runSeconds: Double
        /// Bytes of weights read in place from the mapped weights file (no copy); nil when the
        /// weights were bound as tensors.
        public var weightsInPlaceBytes: Int? = nil
        /// Bytes of the executable's transient region (the planned activations), when known.
        public var transientBytes: Int? = nil
    }

    /// Config, model, parameter bindings and input tensors of one request, checked.
    struct Loaded {
        var file: WalrusConfigFile
        var model: WalrusModel
        /// The weights file, mapped (its f32 tensors are adopted in place by `residentParameters`).
        var weights: MappedSafetensors
        /// The parameters as tensors (empty with `residentWeights`).
        var parameters: [String: TensorData]
        /// With `residentWeights`: the parameters, adopted from the mapped file without a copy.
        var state: ResidentState?
        var inputs: [String: TensorData]
        var request: Request
        var command: String
        var needed: [String]
        /// How the error for a missing tensor words what the command needs.
        var needs: String

        /// `residentWeights`: the parameters go into `state` (f32 tensors of the file adopted in
        /// place) instead of `parameters`, so the weights exist once in memory (the 1.3B model).
        init(_ request: Request, command: String, needed: [String], needs: String? = nil, residentWeights: Bool = false) throws {
            self.request = request
            self.command = command
            self.needed = needed
            self.needs = needs ?? needed.joined(separator: ", ")
            (file, weights) = try WalrusInterop.mapped(config: request.config, weights: request.weights)
            model = try WalrusModel(config: file.config)
            if residentWeights {
                let state = ResidentState()
                try model.residentParameters(from: weights, into: state)
                self.state = state
                parameters = [:]
            } else {
                var tensors: [String: TensorData] = [:]
                for name in weights.names { tensors[name] = try weights.tensor(name) }
                parameters = try model.parameterBindings(from: tensors, source: request.weights)
            }
            inputs = try Safetensors.read(path: request.input).tensors
            for key in needed where inputs[key] == nil { _ = try tensor(key) }
        }

        /// The input tensor `key`; a missing key is an error listing what the command needs and
        /// what the file holds.
        func tensor(_ key: String) throws -> TensorData {
            guard let t = inputs[key] else {
                throw TuskError.file(path: request.input, message: "no tensor '\(key)' (tusk \(command) needs \(needs); "
                                     + "the file has: \(inputs.keys.sorted().joined(separator: ", ")))")
            }
            return t
        }

        /// A floating input as f32 (the graphs' dtype).
        func floatTensor(_ key: String) throws -> TensorData {
            let t = try tensor(key)
            guard t.dtype.isFloatingPoint else {
                throw TuskError.file(path: request.input, message: "'\(key)' must be floating-point, got \(t.type)")
            }
            return t.dtype == .f32 ? t : t.converted(to: .f32)
        }

        /// An integer input, flattened; every value must be integral.
        func ints(_ key: String) throws -> [Int] {
            let values = try tensor(key).doubles
            guard values.allSatisfy({ $0 == $0.rounded() }) else {
                throw TuskError.file(path: request.input, message: "'\(key)' must hold integers")
            }
            return values.map { Int($0) }
        }

        /// `bcs` [axes, 2] → boundaries.
        func boundaries() throws -> [AxisBoundary] {
            let t = try tensor("bcs")
            guard t.shape.count == 2, t.shape[1] == 2 else {
                throw TuskError.file(path: request.input, message: "'bcs' must be [axes, 2] ([start, end] per axis; 0 WALL, 1 OPEN, 2 PERIODIC), got \(t.shape)")
            }
            let flat = try ints("bcs")
            return try AxisBoundary.parse(stride(from: 0, to: flat.count, by: 2).map { [flat[$0], flat[$0 + 1]] })
        }

        /// The trace specification for `x` of `shape` (field indices, boundaries; the rolls are
        /// graph inputs) and the rolls to bind (from the input file, else drawn from the seed with
        /// jitter on, else zero), with their graph inputs (checked against the legal ranges).
        func spec(inputShape shape: [Int]) throws -> (WalrusTraceSpec, rolls: WalrusRolls, inputs: [String: TensorData], drawn: Bool) {
            let (spec, rolls, drawn) = try specAndRolls(inputShape: shape)
            return (spec, rolls, try rolls.bindings(for: spec, config: model.config), drawn)
        }

        private func specAndRolls(inputShape shape: [Int]) throws -> (WalrusTraceSpec, WalrusRolls, Bool) {
            let fields = try ints("field_indices"), bcs = try boundaries()
            guard shape.count >= 4 else {
                throw TuskError.file(path: request.input, message: "'x' must be [T, B, C, H, (W), (D)], got \(shape)")
            }
            let hasEncoder = inputs["encoder_rolls"] != nil, hasBlocks = inputs["block_rolls"] != nil
            guard hasEncoder == hasBlocks else {
                throw TuskError.file(path: request.input, message: "give both 'encoder_rolls' [3] and 'block_rolls' [blocks, 3], or neither")
            }
            let config = model.config
            if hasEncoder {
                let blocks = try ints("block_rolls")
                guard blocks.count % 3 == 0 else {
                    throw TuskError.file(path: request.input, message: "'block_rolls' must be [blocks, 3], got \(try tensor("block_rolls").shape)")
                }
                let rolls = WalrusRolls(encoder: try ints("encoder_rolls"),
                                        blocks: stride(from: 0, to: blocks.count, by: 3).map { Array(blocks[$0..<($0 + 3)]) })
                return (WalrusTraceSpec(inputShape: shape, fieldIndices: fields, boundaries: bcs), rolls, false)
            }
            guard config.jitter == .on else {
                return (WalrusTraceSpec(inputShape: shape, fieldIndices: fields, boundaries: bcs), .zero(depth: config.depth), false)
            }
            let geometry = try WalrusGeometry(config: config, spatialShape: Array(shape[3...]), boundaries: bcs)
            var generator = SeededGenerator(seed: request.seed, stream: "walrus.rolls")
            let rolls = WalrusRolls.random(for: geometry, config: config, using: &generator)
            return (WalrusTraceSpec(inputShape: shape, fieldIndices: fields, boundaries: bcs), rolls, true)
        }

        /// Compiles `graph` as `kind` through the driver and runs it on `bindings` with the
        /// request's backend.
        func run(_ graph: Graph, _ kind: GraphKind = .forward, _ bindings: [String: TensorData]) throws -> GraphRunner.Result {
            let result = try GraphRunner(backend: request.backend, optimize: request.optimize).run(graph, kind: kind, bindings: bindings, state: state)
            if let dump = request.checkFiniteDump {
                var all = bindings
                for name in state?.names ?? [] where all[name] == nil { all[name] = try state!.value(name) }
                if let error = try FiniteCheckReport.check(result.outputs, traced: graph, kind: kind, bindings: all,
                                                           what: "tusk \(command)", dumpPath: dump) {
                    throw error
                }
            }
            return result
        }

        func metadata(_ rolls: WalrusRolls, drawn: Bool) -> [String: String] {
            [
                "tusk.command": command, "config": model.config.name ?? request.config, "backend": request.backend.rawValue,
                "encoder_rolls": "\(rolls.encoder)", "block_rolls": "\(rolls.blocks)",
                "rolls": drawn ? "drawn from seed \(request.seed)" : "from the input file",
            ]
        }
    }

    /// The config (a name, a JSON config or a fixture case.json) and the mapped state dict of a
    /// model with official keys: what `tusk forward`, `tusk grad`, `tusk train-step` and
    /// `tusk rollout --config --weights` read (the keys are checked when the parameters are bound).
    static func mapped(config: String, weights: String) throws -> (WalrusConfigFile, MappedSafetensors) {
        (try WalrusConfigFile(config), try MappedSafetensors(path: weights))
    }

    /// The predictor of `tusk rollout --config --weights`: loaded as `tusk forward` loads its
    /// weights on the compiled backends (`WalrusModel.residentParameters`: keys and shapes checked
    /// in one error, RoPE buffers checked, f32 tensors adopted in place from the mapping).
    public static func predictor(config: String, weights: String, driver: CompileDriver) throws -> WalrusPredictor {
        let (file, mappedWeights) = try mapped(config: config, weights: weights)
        return try WalrusPredictor(config: file.config, weights: mappedWeights, driver: driver)
    }

    /// `tusk forward`: `y` (reference layout) and, with `activations`, every `act.*`.
    public static func forward(_ request: Request) throws -> Result {
        // The reference interpreter takes tensors; the compiled backends read the weights in place.
        let loaded = try Loaded(request, command: "forward", needed: ["x", "field_indices", "bcs"],
                                residentWeights: request.backend != .reference)
        let x = try loaded.floatTensor("x")
        let (spec, rolls, rollInputs, drawn) = try loaded.spec(inputShape: x.shape)
        let (traced, traceSeconds) = try Timing.measure { try loaded.model.trace(spec, activations: request.activations) }
        var bindings = loaded.parameters
        bindings[WalrusModel.inputName] = x
        bindings.merge(rollInputs) { a, _ in a }
        let result = try loaded.run(traced.graph, .forward, bindings)
        return Result(tensors: result.outputs, metadata: loaded.metadata(rolls, drawn: drawn), rolls: rolls, rollsDrawn: drawn,
                      graphNodes: result.graph.nodes.count, traceSeconds: traceSeconds,
                      compileSeconds: result.compileSeconds, runSeconds: result.runSeconds[0],
                      weightsInPlaceBytes: loaded.state?.adoptedByteCount, transientBytes: result.transientBytes)
    }

    /// `tusk grad`: loss = sum(y · probe); `loss`, `y`, `grad.<key>` for every parameter of the
    /// state dict (zeros for the encoder/decoder pairs the input's dimensionality does not use,
    /// as the reference stores them), `grad.x`; with `activations` also every `act.*`.
    public static func grad(_ request: Request) throws -> Result {
        let loaded = try Loaded(request, command: "grad", needed: ["x", "field_indices", "bcs", "probe"])
        let x = try loaded.floatTensor("x"), probe = try loaded.floatTensor("probe")
        let (spec, rolls, rollInputs, drawn) = try loaded.spec(inputShape: x.shape)
        let model = loaded.model
        let ((graph, wrt), traceSeconds) = try Timing.measure { () throws -> (Graph, [String]) in
            let traced = try Graph.traceModel((model.config.name ?? "walrus") + ".probe_loss") { b in
                let xs = b.input(WalrusModel.inputName, spec.inputShape, .f32)
                let taps = request.activations ? WalrusActivations() : nil
                let y = try model.scoped(b) {
                    try model.forward(xs, fieldIndices: spec.fieldIndices, boundaries: spec.boundaries, rolls: spec.rolls, activations: taps)
                }
                let loss = (y * b.input("probe", probe.shape, .f32)).sum()
                return [(WalrusModel.outputName, y), ("loss", loss)] + (taps?.values.map { ($0.name, $0.tensor) } ?? [])
            }
            let wrt = traced.graph.parameters.map(\.name) + [WalrusModel.inputName]
            return (traced.graph, wrt)
        }
        var bindings = loaded.parameters
        bindings[WalrusModel.inputName] = x
        bindings.merge(rollInputs) { a, _ in a }
        bindings["probe"] = probe
        let result = try loaded.run(graph, .gradient(loss: "loss", parameters: wrt), bindings)
        var tensors = result.outputs
        let inGraph = Set(wrt)
        for entry in model.config.stateDict where !entry.isBuffer && !inGraph.contains(entry.key) {
            tensors["grad." + entry.key] = TensorData(repeating: 0, TensorType(.f32, entry.shape))
        }
        return Result(tensors: tensors, metadata: loaded.metadata(rolls, drawn: drawn), rolls: rolls, rollsDrawn: drawn,
                      graphNodes: result.graph.nodes.count, traceSeconds: traceSeconds,
                      compileSeconds: result.compileSeconds, runSeconds: result.runSeconds[0])
    }

    /// `tusk train-step`: the Walrus objective on the window `x` (next frame from `target_frame`
    /// [1, B, C_var, …] or `trajectory` [B, T+1, spatial…, C_var]), one AdamW step with global-norm
    /// clipping from a fresh optimizer state (step 1). Writes `loss`, `grad_total_norm`,
    /// `clip_coef` (with clipping) and `param_after.<key>` for every parameter of the state dict
    /// (parameters the graph does not use are copied unchanged: AdamW skips parameters without a
    /// gradient, as torch does). With `activations` also `y`, `x_normalized`, `norm.sample_rms`,
    /// `norm.delta_rms`, `loss_pred`, `loss_target` (the fixtures' [B, T−m, spatial…, C_var]
    /// layout), every `act.*` and `grad.<key>` for every parameter (before clipping; zeros for
    /// the parameters the graph does not use, as the reference stores them).
    public static func trainStep(_ request: Request, settings: TrainStepSettings) throws -> Result {
        let loaded = try Loaded(request, command: "train-step", needed: ["x", "field_indices", "bcs"],
                                needs: "x, field_indices, bcs, and trajectory or target_frame; optional padded_field_mask, encoder_rolls, block_rolls")
        let x = try loaded.floatTensor("x")
        let (spec, rolls, rollInputs, drawn) = try loaded.spec(inputShape: x.shape)
        let (t, batch) = (x.shape[0], x.shape[1])
        let spatial = Array(x.shape[3...])
        let next: TensorData
        if loaded.inputs["target_frame"] != nil {
            next = try loaded.floatTensor("target_frame")
        } else if loaded.inputs["trajectory"] != nil {
            next = try targetFrame(from: try loaded.floatTensor("trajectory"), steps: t, batch: batch, spatial: spatial, path: request.input)
        } else {
            throw TuskError.file(path: request.input, message: "no 'trajectory' [B, T+1, spatial…, C_var] or 'target_frame' [1, B, C_var, spatial…] "
                                 + "(tusk train-step needs x, field_indices, bcs and one of them; the file has: \(loaded.inputs.keys.sorted().joined(separator: ", ")))")
        }
        guard next.shape.count == x.shape.count, next.shape[0] == 1, next.shape[1] == batch, Array(next.shape[3...]) == spatial else {
            throw TuskError.file(path: request.input, message: "the target frame is \(next.shape), expected [1, \(batch), C_var] + \(spatial)")
        }
        let variable = next.shape[2]
        let mask: [Bool] = loaded.inputs["padded_field_mask"] != nil
            ? try loaded.ints("padded_field_mask").map { $0 != 0 } : Array(repeating: true, count: variable)
        guard mask.count == variable else {
            throw TuskError.file(path: request.input, message: "'padded_field_mask' has \(mask.count) entries for \(variable) variable fields")
        }
        let model = loaded.model
        let (forward, traceSeconds) = try Timing.measure { () throws -> Graph in
            try settings.objective.trace(model, spec, variableFields: variable, paddedFieldMask: mask,
                                         activations: request.activations).graph
        }
        var bindings = loaded.parameters
        let optimizer = settings.optimizer
        for p in forward.parameters where p.type.dtype.isFloatingPoint {
            for slot in optimizer.stateSlots { bindings[TrainStepNames.state(slot, of: p.name)] = TensorData(repeating: 0, p.type) }
        }
        bindings[WalrusModel.inputName] = x
        bindings.merge(rollInputs) { a, _ in a }
        bindings["target_frame"] = next
        bindings[TrainStepNames.step] = TensorData([Float(1)], shape: [])
        bindings[TrainStepNames.learningRate] = TensorData([Float(settings.learningRate)], shape: [])
        let kind = GraphKind.trainStep(loss: "loss", optimizer: optimizer, clipGradientNorm: settings.clip, parameters: nil,
                                       forwardOutputsPrefix: request.activations ? "fwd." : nil,
                                       gradientOutputsPrefix: request.activations ? "grad." : nil)
        let result = try loaded.run(forward, kind, bindings)
        let out = result.outputs

        var tensors: [String: TensorData] = ["loss": out[TrainStepNames.loss]!]
        let norm = out[TrainStepNames.gradientNorm]!
        tensors["grad_total_norm"] = norm
        if let clip = settings.clip {
            tensors["clip_coef"] = TensorData([Float(min(1, clip / (norm.doubles[0] + 1e-6)))], shape: [])
        }
        for entry in model.config.stateDict where !entry.isBuffer {
            tensors["param_after." + entry.key] = out[entry.key] ?? loaded.parameters[entry.key]!
        }
        if request.activations {
            // Gradients before clipping; zeros for the parameters the graph does not use (as `grad`).
            for entry in model.config.stateDict where !entry.isBuffer {
                tensors["grad." + entry.key] = out["grad." + entry.key] ?? TensorData(repeating: 0, TensorType(.f32, entry.shape))
            }
            let reference = [1, 0] + Array(3..<x.shape.count) + [2]   // [T', B, C, s…] → [B, T', s…, C]
            for (name, value) in out where name.hasPrefix("fwd.") {
                let key = String(name.dropFirst(4))
                tensors[key] = key == "loss_pred" || key == "loss_target" ? try permuted(value, reference) : value
            }
        }
        var metadata = loaded.metadata(rolls, drawn: drawn)
        metadata["lr"] = "\(settings.learningRate)"
        metadata["weight_decay"] = "\(settings.weightDecay)"
        metadata["eps"] = "\(settings.epsilon)"
        metadata["betas"] = "[\(settings.beta1), \(settings.beta2)]"
        metadata["clip_grad_norm"] = settings.clip.map { "\($0)" } ?? "none"
        return Result(tensors: tensors, metadata: metadata, rolls: rolls, rollsDrawn: drawn, graphNodes: result.graph.nodes.count,
                      traceSeconds: traceSeconds, compileSeconds: result.compileSeconds, runSeconds: result.runSeconds[0])
    }

    /// `trajectory[:, steps]` ([B, T+1, spatial…, C_var]) as the target frame [1, B, C_var, spatial…].
    static func targetFrame(from trajectory: TensorData, steps: Int, batch: Int, spatial: [Int], path: String) throws -> TensorData {
        let s = trajectory.shape
        guard s.count == spatial.count + 3, s[0] == batch, s[1] > steps, Array(s[2..<(s.count - 1)]) == spatial else {
            throw TuskError.file(path: path, message: "'trajectory' is \(s), expected [\(batch), ≥ \(steps + 1)] + \(spatial) + [C_var] "
                                 + "(the window x has \(steps) steps; frame \(steps) is the target)")
        }
        let frame = try Interpreter().evaluate(.slice(start: [0, steps] + Array(repeating: 0, count: s.count - 2),
                                                      limit: [batch, steps + 1] + Array(s[2...]),
                                                      stride: Array(repeating: 1, count: s.count)),
                                               [trajectory], type: TensorType(trajectory.dtype, [batch, 1] + Array(s[2...])))
        // [B, 1, s…, C] → [1, B, C, s…]
        return try permuted(frame, [1, 0, s.count - 1] + Array(2..<(s.count - 1)))
    }

    /// A host permutation through the reference interpreter's `permute` (`out.shape[i] = x.shape[perm[i]]`).
    static func permuted(_ x: TensorData, _ perm: [Int]) throws -> TensorData {
        try Interpreter().evaluate(.permute(perm), [x], type: TensorType(x.dtype, perm.map { x.shape[$0] }))
    }
}
