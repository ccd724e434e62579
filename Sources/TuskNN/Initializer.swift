/// How a parameter's initial values are drawn. Layers declare one per parameter; the values are
/// produced later, deterministically from a seed, by `TracedModel.initialParameters(seed:)`.
public indirect enum Initializer: Hashable, Sendable, CustomStringConvertible {
    /// Every element 0 (biases, LayerNorm shifts).
    case zeros
    /// Every element 1 (norm scales).
    case ones
    /// Every element equal to the value.
    case constant(Double)
    /// Independent normal samples `N(mean, std²)`.
    case normal(mean: Double, std: Double)
    /// Independent uniform samples in `[low, high)`.
    case uniform(low: Double, high: Double)
    /// PyTorch's `kaiming_uniform_(w, a)` with fan-in mode and leaky-ReLU gain:
    /// `U(−bound, bound)` with `bound = sqrt(2 / (1 + a²)) · sqrt(3 / fanIn)`. With PyTorch's
    /// default `a = √5` for `Linear`/`Conv` weights, `bound = 1 / sqrt(fanIn)`.
    case kaimingUniform(fanIn: Int, a: Double)
    /// Another initializer's samples multiplied by `factor` (Walrus folds a 1e-6 layer scale into
    /// the init of its output projections this way).
    case scaled(Initializer, by: Double)

    /// `N(0, std²)`.
    public static func normal(std: Double) -> Initializer { .normal(mean: 0, std: std) }

    /// `U(−bound, bound)`.
    public static func uniform(bound: Double) -> Initializer { .uniform(low: -bound, high: bound) }

    /// PyTorch's default weight init of `nn.Linear` and `nn.ConvNd`: Kaiming-uniform with
    /// `a = √5`, i.e. `U(−1/sqrt(fanIn), 1/sqrt(fanIn))`.
    public static func pytorchDefaultWeight(fanIn: Int) -> Initializer { .kaimingUniform(fanIn: fanIn, a: 5.0.squareRoot()) }

    /// PyTorch's default bias init of `nn.Linear` and `nn.ConvNd`: `U(−1/sqrt(fanIn), 1/sqrt(fanIn))`
    /// with the weight's fan-in (0 when `fanIn` is 0, as PyTorch does).
    public static func pytorchDefaultBias(fanIn: Int) -> Initializer {
        .uniform(bound: fanIn > 0 ? 1 / Double(fanIn).squareRoot() : 0)
    }

    public var description: String {
        switch self {
        case .zeros: "zeros"
        case .ones: "ones"
        case .constant(let v): "constant(\(v))"
        case let .normal(mean, std): "normal(mean: \(mean), std: \(std))"
        case let .uniform(low, high): "uniform(\(low), \(high))"
        case let .kaimingUniform(fanIn, a): "kaimingUniform(fanIn: \(fanIn), a: \(a))"
        case let .scaled(inner, factor): "\(inner) × \(factor)"
        }
    }
}
