import TuskIR

/// AdamW (Loshchilov & Hutter): Adam with decoupled weight decay and bias correction, exactly
/// as `torch.optim.AdamW` (amsgrad off):
///
/// ```
/// p ← p·(1 − lr·λ)
/// m ← β₁·m + (1 − β₁)·g          v ← β₂·v + (1 − β₂)·g²
/// p ← p − lr/(1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + ε)
/// ```
/// Walrus pretraining uses lr 2e-4, λ = 1e-4, ε = 1e-10, β = (0.9, 0.999) (walrus-spec §6.1).
public struct AdamW: Optimizer {
    public var beta1: Double
    public var beta2: Double
    /// Added to the bias-corrected √v (PyTorch's placement).
    public var epsilon: Double
    /// Decoupled weight decay λ (multiplies the learning rate, not the gradient).
    public var weightDecay: Double

    public init(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 1e-2) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    public var stateSlots: [String] { ["exp_avg", "exp_avg_sq"] }

    public func update(_ u: ParameterUpdate) -> (parameter: Tensor, state: [Tensor]) {
        let g = u.gradient, lr = u.learningRate
        let decayed = weightDecay == 0 ? u.parameter : u.parameter * (1.0 - lr * weightDecay)
        let m = u.state[0] * beta1 + g * (1 - beta1)
        let v = u.state[1] * beta2 + g * g * (1 - beta2)
        // βᵗ as a graph op of the step input, so one compiled graph serves every step.
        let correction1 = 1.0 - g.scalar(beta1).pow(u.step)
        let correction2 = 1.0 - g.scalar(beta2).pow(u.step)
        let denominator = v.sqrt() / correction2.sqrt() + epsilon
        let parameter = decayed - (lr / correction1) * m / denominator
        return (parameter, [m, v])
    }
}
