extension Initializer {
    /// Concrete values of `type` drawn from this initializer with the random stream `stream` of
    /// `seed`. Floating dtypes only (parameters are f32/f64).
    public func sample(_ type: TensorType, seed: UInt64, stream: String) throws -> TensorData {
        guard type.dtype.isFloatingPoint else {
            throw TuskError.binding("cannot initialize '\(stream)' of type \(type): parameters must be f32 or f64")
        }
        if case let .kaimingUniform(fanIn, _) = self, fanIn <= 0 {
            throw TuskError.binding("cannot initialize '\(stream)': kaimingUniform needs fanIn > 0, got \(fanIn)")
        }
        var rng = SeededGenerator(seed: seed, stream: stream)
        var values = [Double](repeating: 0, count: type.elementCount)
        for i in values.indices { values[i] = draw(&rng) }
        return TensorData(shape: type.shape, values: values, dtype: type.dtype)
    }

    /// One sample (constant initializers do not consume randomness).
    func draw(_ rng: inout SeededGenerator) -> Double {
        switch self {
        case .zeros: 0
        case .ones: 1
        case .constant(let v): v
        case let .normal(mean, std): mean + std * rng.nextNormal()
        case let .uniform(low, high): low + (high - low) * rng.nextUnit()
        case let .kaimingUniform(fanIn, a):
            Initializer.uniform(bound: (2 / (1 + a * a)).squareRoot() * (3 / Double(fanIn)).squareRoot()).draw(&rng)
        case let .scaled(inner, factor): factor * inner.draw(&rng)
        }
    }
}
