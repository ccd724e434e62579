import Testing
import TuskIR

/// The seeded generator of random test data (TuskIR's SplitMix64), so a failure reproduces.
public typealias SeededRandom = SplitMix64

/// A tensor of `type` with elements drawn uniformly from `range`: floats are uniform reals
/// (rounded to `f32` for `f32`), integers uniform in `Int(range.lowerBound)...Int(range.upperBound)`,
/// bools fair coin flips.
public func randomTensor(_ type: TensorType, using rng: inout SeededRandom,
                         range: ClosedRange<Double> = -1...1) -> TensorData {
    let n = type.elementCount
    switch type.dtype {
    case .f32, .f64:
        return TensorData(shape: type.shape, values: (0..<n).map { _ in rng.uniform(range) }, dtype: type.dtype)
    case .i32, .i64:
        let lo = Int(range.lowerBound), hi = Int(range.upperBound)
        return TensorData(shape: type.shape, values: (0..<n).map { _ in Double(Int.random(in: lo...hi, using: &rng)) },
                          dtype: type.dtype)
    case .bool:
        return TensorData(shape: type.shape, storage: .bool((0..<n).map { _ in rng.next() & 1 == 1 }))
    }
}

/// `randomTensor(_:using:range:)` with a fresh generator seeded by `seed`.
public func randomTensor(_ type: TensorType, seed: UInt64, range: ClosedRange<Double> = -1...1) -> TensorData {
    var rng = SeededRandom(seed: seed)
    return randomTensor(type, using: &rng, range: range)
}

/// An integer index tensor of `shape` with every element uniform in `0..<size` (for `gather` /
/// `scatterAdd`).
public func randomIndices(_ shape: [Int], below size: Int, dtype: DType = .i64,
                          using rng: inout SeededRandom) -> TensorData {
    precondition(size > 0 && dtype.isInteger, "randomIndices: need size > 0 and an integer dtype")
    let n = shape.reduce(1, *)
    return TensorData(shape: shape, values: (0..<n).map { _ in Double(Int.random(in: 0..<size, using: &rng)) },
                      dtype: dtype)
}

/// `randomIndices(_:below:dtype:using:)` with a fresh generator seeded by `seed`.
public func randomIndices(_ shape: [Int], below size: Int, dtype: DType = .i64, seed: UInt64) -> TensorData {
    var rng = SeededRandom(seed: seed)
    return randomIndices(shape, below: size, dtype: dtype, using: &rng)
}

/// The largest elementwise `|a − b|` (as `Double`; any dtypes, equal element counts); `.infinity`
/// when the counts differ or exactly one of a pair is NaN. Two NaNs count as equal.
public func maxAbsDifference(_ a: TensorData, _ b: TensorData) -> Double {
    let x = a.doubles, y = b.doubles
    guard x.count == y.count else { return .infinity }
    var worst = 0.0
    for (u, v) in zip(x, y) {
        if u.isNaN && v.isNaN || u == v { continue }  // also equal infinities
        let d = Swift.abs(u - v)
        if d.isNaN { return .infinity }
        worst = Swift.max(worst, d)
    }
    return worst
}

/// Why `actual` is not close to `expected`, or nil when it is.
///
/// The criterion, elementwise: `|actual − expected| ≤ atol · max|expected| + rtol · |expected|`
/// — `atol` is relative to the largest expected magnitude (so it scales with the data), `rtol`
/// to each element. Shapes must be equal; dtypes may differ (an f32 result against an f64
/// oracle). NaN matches only NaN, infinities only the same infinity.
public func closenessReport(_ actual: TensorData, _ expected: TensorData, atol: Double, rtol: Double) -> String? {
    if actual.shape != expected.shape {
        return "shape \(actual.shape) differs from the expected \(expected.shape)"
    }
    let x = actual.doubles, y = expected.doubles
    let scale = y.reduce(0.0) { $1.isFinite ? Swift.max($0, Swift.abs($1)) : $0 }
    var failures = 0, worstIndex = -1, worstExcess = -Double.infinity, maxDelta = 0.0
    for i in 0..<x.count {
        let (a, e) = (x[i], y[i])
        if a == e || (a.isNaN && e.isNaN) { continue }
        let delta = Swift.abs(a - e)
        let allowed = atol * scale + rtol * Swift.abs(e)
        if delta.isNaN || delta > allowed {
            failures += 1
            let excess = delta.isNaN || delta.isInfinite ? Double.infinity : delta - allowed
            if worstIndex < 0 || excess > worstExcess { worstIndex = i; worstExcess = excess }
        }
        if !delta.isNaN { maxDelta = Swift.max(maxDelta, delta) }
    }
    guard failures > 0 else { return nil }
    let strides = TensorType.rowMajorStrides(actual.shape)
    let position = strides.indices.map { (worstIndex / strides[$0]) % actual.shape[$0] }
    return "\(failures) of \(x.count) elements differ by more than atol·max|expected| + rtol·|expected| "
        + "(atol \(atol), rtol \(rtol), max|expected| \(scale)); max |Δ| \(maxDelta); worst at \(position): "
        + "actual \(x[worstIndex]), expected \(y[worstIndex]), |Δ| \(Swift.abs(x[worstIndex] - y[worstIndex]))"
}

/// Records a test issue unless `actual` is close to `expected` by the criterion of
/// `closenessReport`: `|Δ| ≤ atol · max|expected| + rtol · |expected|` elementwise.
/// `what` names the compared quantity in the failure message.
public func assertClose(_ actual: TensorData, _ expected: TensorData, atol: Double, rtol: Double,
                        _ what: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    if let report = closenessReport(actual, expected, atol: atol, rtol: rtol) {
        Issue.record("\(what.isEmpty ? "values" : what): \(report)", sourceLocation: sourceLocation)
    }
}
