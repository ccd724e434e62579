import Foundation

/// A learning rate as a plain Swift function of the step (or epoch) counter. The train-step
/// graph takes the rate as the scalar input `optimizer.lr`, so schedules never change the graph.
public protocol LearningRateSchedule: Sendable {
    /// The learning rate at `step` (0-based; what the counter means — optimizer step or
    /// epoch — is the caller's choice, Walrus steps its schedule once per epoch).
    func callAsFunction(_ step: Int) -> Double
}

/// A constant rate.
public struct ConstantSchedule: LearningRateSchedule {
    public var rate: Double
    public init(_ rate: Double) { self.rate = rate }
    public func callAsFunction(_ step: Int) -> Double { rate }
}

/// Linear warm-up from `startFactor·peak` to `peak` over `warmupSteps`, then cosine decay to
/// `minimum` at `totalSteps` (constant after).
public struct WarmupCosineSchedule: LearningRateSchedule {
    public var peak: Double, warmupSteps: Int, totalSteps: Int, startFactor: Double, minimum: Double
    public init(peak: Double, warmupSteps: Int, totalSteps: Int, startFactor: Double = 0, minimum: Double = 0) {
        self.peak = peak; self.warmupSteps = warmupSteps; self.totalSteps = totalSteps
        self.startFactor = startFactor; self.minimum = minimum
    }
    public func callAsFunction(_ step: Int) -> Double {
        if step < warmupSteps {
            return peak * (startFactor + (1 - startFactor) * Double(step) / Double(warmupSteps))
        }
        let span = Swift.max(totalSteps - warmupSteps, 1)
        let t = Swift.min(Double(step - warmupSteps) / Double(span), 1)
        return minimum + (peak - minimum) * 0.5 * (1 + cos(Double.pi * t))
    }
}

/// Walrus's `InverseSqrtLinearWarmupSqrtCooldown` (walrus-spec.md §6.1), closed form, stepped
/// once per epoch in the released run:
///
/// * warm-up, `e < warmup`: linear from `warmupFactor·lr` to `lr`;
/// * decay: `lr / (1 + √(e − warmup + offset) − √offset)` (inverse square root, continuous at
///   the end of warm-up);
/// * cool-down, the last `cooldown` epochs: the decay's value at `e₀ = maxEpochs − cooldown`
///   times `1 − √(k / cooldown)`, `k = e − e₀` epochs into the cool-down (reaches 0 at
///   `maxEpochs`).
///
/// Released run: lr 2e-4, warmup 10 (factor 0.1), offset 128, cooldown 10, maxEpochs 201.
public struct WalrusSchedule: LearningRateSchedule {
    public var lr: Double
    public var warmup: Int
    public var warmupFactor: Double
    public var offset: Double
    public var cooldown: Int
    public var maxEpochs: Int

    public init(lr: Double = 2e-4, warmup: Int = 10, warmupFactor: Double = 0.1, offset: Double = 128,
                cooldown: Int = 10, maxEpochs: Int = 201) {
        self.lr = lr; self.warmup = warmup; self.warmupFactor = warmupFactor
        self.offset = offset; self.cooldown = cooldown; self.maxEpochs = maxEpochs
    }

    /// The inverse-square-root decay at epoch `e` (≥ warmup).
    func decay(_ e: Int) -> Double {
        lr / (1 + (Double(e - warmup) + offset).squareRoot() - offset.squareRoot())
    }

    public func callAsFunction(_ epoch: Int) -> Double {
        if epoch < warmup {
            return lr * (warmupFactor + (1 - warmupFactor) * Double(epoch) / Double(warmup))
        }
        let coolStart = maxEpochs - cooldown
        if cooldown > 0 && epoch >= coolStart {
            let k = Double(Swift.min(epoch - coolStart, cooldown))
            return decay(coolStart) * (1 - (k / Double(cooldown)).squareRoot())
        }
        return decay(epoch)
    }
}
