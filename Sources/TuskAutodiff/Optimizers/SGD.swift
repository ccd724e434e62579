import TuskIR

/// Stochastic gradient descent with momentum, as `torch.optim.SGD` with `dampening = 0`:
///
/// ```
/// d ← g + λ·p                     (coupled L2 weight decay, when λ ≠ 0)
/// b ← μ·b + d                      (b starts at 0, so the first step gives b = d as in PyTorch)
/// p ← p − lr·(nesterov ? d + μ·b : b)
/// ```
/// With `momentum == 0` it keeps no state.
public struct SGD: Optimizer {
    public var momentum: Double
    public var nesterov: Bool
    public var weightDecay: Double

    public init(momentum: Double = 0.9, nesterov: Bool = false, weightDecay: Double = 0) {
        self.momentum = momentum
        self.nesterov = nesterov
        self.weightDecay = weightDecay
    }

    public var stateSlots: [String] { momentum == 0 ? [] : ["momentum_buffer"] }

    public func update(_ u: ParameterUpdate) -> (parameter: Tensor, state: [Tensor]) {
        let d = weightDecay == 0 ? u.gradient : u.gradient + u.parameter * weightDecay
        if momentum == 0 { return (u.parameter - u.learningRate * d, []) }
        let buffer = u.state[0] * momentum + d
        let direction = nesterov ? d + buffer * momentum : buffer
        return (u.parameter - u.learningRate * direction, [buffer])
    }
}
