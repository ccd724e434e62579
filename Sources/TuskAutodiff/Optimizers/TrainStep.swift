import TuskIR

/// The names a train-step graph binds and returns (one namespace with the model's inputs and
/// parameters). Checkpoints store the optimizer state under the same names.
public enum TrainStepNames {
    /// Scalar input: the 1-based number of the update the graph performs.
    public static let step = "optimizer.step"
    /// Scalar input: the learning rate of this update (from a `LearningRateSchedule`).
    public static let learningRate = "optimizer.lr"
    /// Scalar output: the loss before the update.
    public static let loss = "loss"
    /// Scalar output: the global L2 norm of the gradients before clipping (what
    /// `torch.nn.utils.clip_grad_norm_` returns).
    public static let gradientNorm = "grad_norm"
    /// The prefix of every optimizer state tensor.
    public static let statePrefix = "optimizer."
    /// The input (current) and output (next) name of one state slot of one parameter:
    /// `optimizer.exp_avg.blocks.0.norm1.weight`.
    public static func state(_ slot: String, of parameter: String) -> String {
        statePrefix + slot + "." + parameter
    }
}

/// Builds ONE graph for a whole training step: forward, backward, global-norm clipping and the
/// optimizer update (`jax.jit(train_step)`).
///
/// The result maps (parameters, optimizer state, `optimizer.step`, `optimizer.lr`, the batch
/// inputs of `graph`) → (`loss`, `grad_norm`, one output per trained parameter named like the
/// parameter — its new value — and one per state tensor named like its input). A driver loop
/// therefore merges the outputs into its bindings and runs again.
///
/// - Parameters:
///   - loss: a scalar f32/f64 output of `graph`.
///   - parameters: the parameters to train (default: every floating-point parameter).
///   - clipGradientNorm: when set, gradients are scaled by `min(1, max / (‖g‖ + 1e-6))`, the
///     global norm over all trained parameters (exactly `clip_grad_norm_`).
///   - forwardOutputsPrefix: when set, every other output of `graph` is kept as an output named
///     `prefix + name` (activations of a checked step).
///   - gradientOutputsPrefix: when set, the gradient of each trained parameter BEFORE clipping
///     is an extra output named `prefix + parameter` (`grad.` gives the fixtures' names).
public func trainStep(_ graph: Graph, loss: String, optimizer: any Optimizer,
                      parameters: [String]? = nil, clipGradientNorm: Double? = nil,
                      forwardOutputsPrefix: String? = nil, gradientOutputsPrefix: String? = nil) throws -> Graph {
    let lossID = try checkedLoss(graph, loss)
    let lossType = graph.type(of: lossID)
    let names = parameters ?? graph.parameters.filter { $0.type.dtype.isFloatingPoint }.map(\.name)
    guard !names.isEmpty else { throw TuskError.invalidGraph("trainStep: '\(graph.name)' has no floating-point parameters to train") }
    let byName = Dictionary(graph.parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
    var seen = Set<String>()
    let ids = try names.map { name -> ValueID in
        guard seen.insert(name).inserted else { throw TuskError.invalidGraph("trainStep: parameter '\(name)' listed twice") }
        guard let id = byName[name] else { throw TuskError.invalidGraph("trainStep: '\(name)' is not a parameter of '\(graph.name)'") }
        return id
    }
    if let maxNorm = clipGradientNorm, !(maxNorm > 0) {
        throw TuskError.invalidGraph("trainStep: the clipping norm must be > 0, got \(maxNorm)")
    }
    let taken = Set(graph.inputs.map(\.name) + graph.parameters.map(\.name))
    var newInputs = [TrainStepNames.step, TrainStepNames.learningRate]
    for name in names { for slot in optimizer.stateSlots { newInputs.append(TrainStepNames.state(slot, of: name)) } }
    if let clash = newInputs.first(where: taken.contains) {
        throw TuskError.invalidGraph("trainStep: the graph already has a value named '\(clash)'")
    }

    let b = try GraphBuilder.replaying(graph)
    let seed = b.appendLeaf(.fill(1), type: lossType)
    let grads = try appendBackward(to: b, seeds: [(lossID, seed)], wrt: ids).map { Tensor(b, $0) }

    var outputs = [GraphOutput(name: TrainStepNames.loss, value: lossID)]
    outputs += appendOptimizerUpdate(to: b, parameters: Array(zip(names, ids)), gradients: grads, dtype: lossType.dtype,
                                     optimizer: optimizer, clipGradientNorm: clipGradientNorm)
    if let prefix = gradientOutputsPrefix {
        outputs += zip(names, grads).map { GraphOutput(name: prefix + $0.0, value: $0.1.id) }
    }
    if let prefix = forwardOutputsPrefix {
        // The builder replays `graph` node for node, so its values keep their ids.
        outputs += graph.outputs.filter { $0.name != loss }.map { GraphOutput(name: prefix + $0.name, value: $0.value) }
    }
    var result = try b.finish()
    result.name = graph.name + ".train_step"
    result.outputs = outputs
    try result.verify()
    return result
}

/// The zero initial optimizer state of a train-step graph built by `trainStep`: every
/// `optimizer.<slot>.<parameter>` input, filled with zeros.
public func initialOptimizerState(_ trainStep: Graph) -> [String: TensorData] {
    var state: [String: TensorData] = [:]
    for input in trainStep.inputs where input.name.hasPrefix(TrainStepNames.statePrefix)
        && input.name != TrainStepNames.step && input.name != TrainStepNames.learningRate {
        state[input.name] = TensorData(repeating: 0, input.type)
    }
    return state
}

/// Appends the tail of a train step to `b`: the `optimizer.step` and `optimizer.lr` inputs, the
/// global gradient norm (accumulated in `dtype`), global-norm clipping and the optimizer update
/// of each parameter (its state read from `optimizer.<slot>.<name>` inputs). Returns the outputs
/// `grad_norm`, then per parameter its new value and new state. `trainStep` and
/// `optimizerStep` share it, so both compute the update with the same ops in the same order.
func appendOptimizerUpdate(to b: GraphBuilder, parameters: [(name: String, value: ValueID)], gradients grads: [Tensor],
                           dtype: DType, optimizer: any Optimizer, clipGradientNorm: Double?) -> [GraphOutput] {
    let step = b.input(TrainStepNames.step, [], dtype)
    let lr = b.input(TrainStepNames.learningRate, [], dtype)

    // Global L2 norm over all gradients, accumulated in the loss's dtype.
    var total: Tensor?
    for g in grads {
        var s = (g * g).sum()
        if s.dtype != dtype { s = s.cast(dtype) }
        total = total.map { $0 + s } ?? s
    }
    let norm = total!.sqrt()
    var coefficient: Tensor?
    if let maxNorm = clipGradientNorm {
        coefficient = (norm.scalar(maxNorm) / (norm + 1e-6)).minimum(norm.scalar(1))
    }

    var outputs = [GraphOutput(name: TrainStepNames.gradientNorm, value: norm.id)]
    for (k, (name, id)) in parameters.enumerated() {
        let p = Tensor(b, id)
        func typed(_ t: Tensor) -> Tensor { t.dtype == p.dtype ? t : t.cast(p.dtype) }
        var g = grads[k]
        if let c = coefficient { g = g * typed(c) }
        let state = optimizer.stateSlots.map { b.input(TrainStepNames.state($0, of: name), p.shape, p.dtype) }
        let (next, nextState) = optimizer.update(ParameterUpdate(
            name: name, parameter: p, gradient: g, state: state, step: typed(step), learningRate: typed(lr)))
        outputs.append(GraphOutput(name: name, value: next.id))
        for (slot, s) in zip(optimizer.stateSlots, nextState) {
            outputs.append(GraphOutput(name: TrainStepNames.state(slot, of: name), value: s.id))
        }
    }
    return outputs
}

/// The optimizer half of a train step split in two (data-parallel training: the gradients are
/// summed across processes between the halves). The graph maps (the parameters, their
/// gradients as inputs `grad.<name>`, the optimizer state, `optimizer.step`, `optimizer.lr`) →
/// (`grad_norm`, each parameter's new value and new state, named as in `trainStep`): global-norm
/// clipping and the optimizer update exactly as `trainStep` appends them after the backward
/// pass (the same ops in the same order).
///
/// - Parameters:
///   - parameters: names and types of the trained parameters, in the order the norm adds them.
///   - dtype: the dtype the global norm is accumulated in (the loss's dtype in `trainStep`).
public func optimizerStep(parameters: [(name: String, type: TensorType)], optimizer: any Optimizer,
                          clipGradientNorm: Double? = nil, dtype: DType = .f32, name: String = "optimizer_step") throws -> Graph {
    guard !parameters.isEmpty else { throw TuskError.invalidGraph("optimizerStep: no parameters to train") }
    if let maxNorm = clipGradientNorm, !(maxNorm > 0) {
        throw TuskError.invalidGraph("optimizerStep: the clipping norm must be > 0, got \(maxNorm)")
    }
    var seen = Set<String>()
    for p in parameters {
        guard seen.insert(p.name).inserted else { throw TuskError.invalidGraph("optimizerStep: parameter '\(p.name)' listed twice") }
        guard p.type.dtype.isFloatingPoint else {
            throw TuskError.invalidGraph("optimizerStep: parameter '\(p.name)' is \(p.type.dtype); only f32/f64 parameters are trained")
        }
    }
    let b = GraphBuilder(name: name)
    let ids = parameters.map { b.parameter($0.name, $0.type) }
    let grads = parameters.map { b.input(gradientOutputPrefix + $0.name, $0.type.shape, $0.type.dtype) }
    let outputs = appendOptimizerUpdate(to: b, parameters: Array(zip(parameters.map(\.name), ids)), gradients: grads, dtype: dtype,
                                        optimizer: optimizer, clipGradientNorm: clipGradientNorm)
    var result = try b.finish()
    result.outputs = outputs
    try result.verify()
    return result
}
