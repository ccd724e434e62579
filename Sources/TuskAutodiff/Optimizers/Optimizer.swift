import TuskIR

/// What an optimizer's update of one parameter may read, as symbolic tensors of the train-step
/// graph. `step` and `learningRate` are scalars of the parameter's dtype.
public struct ParameterUpdate {
    /// The parameter's dotted name.
    public let name: String
    /// The current value.
    public let parameter: Tensor
    /// The gradient (after global-norm clipping, when the train step clips).
    public let gradient: Tensor
    /// The current state, one tensor per `Optimizer.stateSlots` entry, shaped like the parameter.
    public let state: [Tensor]
    /// The 1-based number of this update (PyTorch's `step` after its increment).
    public let step: Tensor
    /// The learning rate of this update (from a schedule, computed by the caller).
    public let learningRate: Tensor
}

/// A first-order optimizer written as graph ops: it appends the update of each parameter after
/// the gradient, so the whole training step is one graph (like `jax.jit(train_step)`).
///
/// The state is explicit: per parameter, one tensor per slot, shaped like the parameter, read
/// from inputs and returned as outputs of the train-step graph (see `trainStep`).
public protocol Optimizer: Sendable {
    /// Per-parameter state slots, named like PyTorch's state keys (`exp_avg`, `exp_avg_sq`,
    /// `momentum_buffer`). Their initial value is zero.
    var stateSlots: [String] { get }
    /// Appends the update of one parameter; returns its new value and new state (same order as
    /// `stateSlots`, same types as the inputs).
    func update(_ u: ParameterUpdate) -> (parameter: Tensor, state: [Tensor])
}
