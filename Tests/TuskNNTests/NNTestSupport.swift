import Foundation
import TuskNN

/// Random standard-normal f32 data (deterministic per seed and stream).
func randomData(_ shape: [Int], seed: UInt64, stream: String = "data") -> TensorData {
    var rng = SeededGenerator(seed: seed, stream: stream)
    let count = shape.reduce(1, *)
    return TensorData((0..<count).map { _ in Float(rng.nextNormal()) }, shape: shape)
}

/// Random standard-normal values for every parameter of `graph` (so that affine parts, biases,
/// … are all exercised, unlike the ones/zeros default inits).
func randomParameters(_ graph: Graph, seed: UInt64) -> [String: TensorData] {
    var result: [String: TensorData] = [:]
    for p in graph.parameters { result[p.name] = randomData(p.type.shape, seed: seed, stream: p.name) }
    return result
}

/// Runs `graph` on the reference interpreter in float64 mode (the oracle) and returns the
/// output `name` as doubles.
func runFloat64(_ graph: Graph, _ bindings: [String: TensorData], output name: String = "y") throws -> [Double] {
    let outputs = try Interpreter(precision: .float64).run(graph, bindings)
    guard let y = outputs[name] else { throw TuskError.binding("no output \(name)") }
    return y.doubles
}

/// Largest elementwise |a − b| / (1 + |b|) (a mixed absolute/relative error).
func maxError(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "length \(a.count) vs \(b.count)")
    return zip(a, b).map { Swift.abs($0 - $1) / (1 + Swift.abs($1)) }.max() ?? 0
}

/// Row-major flat index.
func flatIndex(_ index: [Int], _ shape: [Int]) -> Int {
    var flat = 0
    for (i, n) in zip(index, shape) { flat = flat * n + i }
    return flat
}

/// All multi-indices of `shape`, row-major.
func allIndices(_ shape: [Int]) -> [[Int]] {
    var result: [[Int]] = [[]]
    for n in shape { result = result.flatMap { prefix in (0..<n).map { prefix + [$0] } } }
    return result
}

// MARK: Direct reference implementations (plain loops in Double)

/// `y[r, o] = Σ_k x[r, k]·w[o, k] + b[o]` for `x` viewed as `[rows, in]`.
func referenceLinear(_ x: [Double], rows: Int, _ w: [Double], _ b: [Double]?, inFeatures: Int, outFeatures: Int) -> [Double] {
    var y = [Double](repeating: 0, count: rows * outFeatures)
    for r in 0..<rows {
        for o in 0..<outFeatures {
            var acc = b?[o] ?? 0
            for k in 0..<inFeatures { acc += x[r * inFeatures + k] * w[o * inFeatures + k] }
            y[r * outFeatures + o] = acc
        }
    }
    return y
}

/// LayerNorm over rows of length `n` with the biased variance.
func referenceLayerNorm(_ x: [Double], n: Int, _ w: [Double], _ b: [Double], eps: Double) -> [Double] {
    var y = x
    for r in 0..<(x.count / n) {
        let row = x[(r * n)..<((r + 1) * n)]
        let mean = row.reduce(0, +) / Double(n)
        let variance = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n)
        for i in 0..<n { y[r * n + i] = (x[r * n + i] - mean) / (variance + eps).squareRoot() * w[i] + b[i] }
    }
    return y
}

/// Direct N-d cross-correlation: `x [N, C, L...]`, `w [O, C, k...]`, zero padding on both sides.
func referenceConv(_ x: [Double], _ xShape: [Int], _ w: [Double], _ wShape: [Int], _ bias: [Double]?,
                   strides: [Int], padding: [Int]) -> (values: [Double], shape: [Int]) {
    let r = strides.count, n = xShape[0], c = xShape[1], o = wShape[0]
    let spatial = Array(xShape[2...]), kernel = Array(wShape[2...])
    let outSpatial: [Int] = (0..<r).map { (i: Int) -> Int in (spatial[i] + 2 * padding[i] - kernel[i]) / strides[i] + 1 }
    let outShape = [n, o] + outSpatial
    var y = [Double](repeating: 0, count: outShape.reduce(1, *))
    for index in allIndices(outShape) {
        let (b, oc, z) = (index[0], index[1], Array(index[2...]))
        var acc = bias?[oc] ?? 0
        for ic in 0..<c {
            for j in allIndices(kernel) {
                let pos: [Int] = (0..<r).map { (i: Int) -> Int in z[i] * strides[i] + j[i] - padding[i] }
                if zip(pos, spatial).contains(where: { $0 < 0 || $0 >= $1 }) { continue }
                acc += w[flatIndex([oc, ic] + j, wShape)] * x[flatIndex([b, ic] + pos, xShape)]
            }
        }
        y[flatIndex(index, outShape)] = acc
    }
    return (y, outShape)
}

/// Direct N-d transposed convolution: `x [N, C, L...]`, `w [C, O, k...]`,
/// `full[n, o, z·s + j] += x[n, c, z]·w[c, o, j]`, then `padding` cropped from both sides and
/// `outputPadding` zero cells appended (before the bias is added).
func referenceConvTranspose(_ x: [Double], _ xShape: [Int], _ w: [Double], _ wShape: [Int], _ bias: [Double]?,
                            strides: [Int], padding: [Int], outputPadding: [Int]) -> (values: [Double], shape: [Int]) {
    let r = strides.count, n = xShape[0], c = xShape[1], o = wShape[1]
    let spatial = Array(xShape[2...]), kernel = Array(wShape[2...])
    let fullSpatial: [Int] = (0..<r).map { (i: Int) -> Int in (spatial[i] - 1) * strides[i] + kernel[i] + outputPadding[i] }
    let fullShape = [n, o] + fullSpatial
    var full = [Double](repeating: 0, count: fullShape.reduce(1, *))
    for index in allIndices(xShape) {
        let (b, ic, z) = (index[0], index[1], Array(index[2...]))
        for oc in 0..<o {
            for j in allIndices(kernel) {
                let pos: [Int] = (0..<r).map { (i: Int) -> Int in z[i] * strides[i] + j[i] }
                full[flatIndex([b, oc] + pos, fullShape)] += x[flatIndex(index, xShape)] * w[flatIndex([ic, oc] + j, wShape)]
            }
        }
    }
    let outSpatial: [Int] = (0..<r).map { (i: Int) -> Int in fullSpatial[i] - 2 * padding[i] }
    let outShape = [n, o] + outSpatial
    var y = [Double](repeating: 0, count: outShape.reduce(1, *))
    for index in allIndices(outShape) {
        let pos: [Int] = (0..<r).map { (i: Int) -> Int in index[2 + i] + padding[i] }
        y[flatIndex(index, outShape)] = full[flatIndex([index[0], index[1]] + pos, fullShape)] + (bias?[index[1]] ?? 0)
    }
    return (y, outShape)
}

/// Multi-head self-attention on `x [batch, tokens, width]` with a fused `qkv` projection
/// (`[q | k | v]`, head-major channels), optional causal mask and additive bias
/// `bias[h][i][j]` shared over the batch, followed by the `proj` projection.
func referenceSelfAttention(_ x: [Double], batch: Int, tokens: Int, width: Int, heads: Int,
                            qkvW: [Double], qkvB: [Double], projW: [Double], projB: [Double],
                            causal: Bool, bias: [Double]? = nil) -> [Double] {
    let hd = width / heads
    let qkv = referenceLinear(x, rows: batch * tokens, qkvW, qkvB, inFeatures: width, outFeatures: 3 * width)
    func at(_ part: Int, _ b: Int, _ t: Int, _ h: Int, _ d: Int) -> Double {
        qkv[(b * tokens + t) * 3 * width + part * width + h * hd + d]
    }
    var merged = [Double](repeating: 0, count: batch * tokens * width)
    for b in 0..<batch {
        for h in 0..<heads {
            for i in 0..<tokens {
                var scores = [Double](repeating: -.infinity, count: tokens)
                for j in 0..<tokens where !(causal && j > i) {
                    var dot = 0.0
                    for d in 0..<hd { dot += at(0, b, i, h, d) * at(1, b, j, h, d) }
                    scores[j] = dot / Double(hd).squareRoot() + (bias?[(h * tokens + i) * tokens + j] ?? 0)
                }
                let m = scores.max()!
                let e = scores.map { Foundation.exp($0 - m) }
                let total = e.reduce(0, +)
                for d in 0..<hd {
                    var acc = 0.0
                    for j in 0..<tokens { acc += e[j] / total * at(2, b, j, h, d) }
                    merged[(b * tokens + i) * width + h * hd + d] = acc
                }
            }
        }
    }
    return referenceLinear(merged, rows: batch * tokens, projW, projB, inFeatures: width, outFeatures: width)
}

/// SwiGLU: `fc2(silu(g) ⊙ a)` with `fc1(x) = [a | g]`.
func referenceSwiGLU(_ x: [Double], rows: Int, width: Int, hidden: Int,
                     w1: [Double], b1: [Double], w2: [Double], b2: [Double]) -> [Double] {
    let h = referenceLinear(x, rows: rows, w1, b1, inFeatures: width, outFeatures: 2 * hidden)
    var gated = [Double](repeating: 0, count: rows * hidden)
    for r in 0..<rows {
        for i in 0..<hidden {
            let a = h[r * 2 * hidden + i], g = h[r * 2 * hidden + hidden + i]
            gated[r * hidden + i] = g / (1 + Foundation.exp(-g)) * a
        }
    }
    return referenceLinear(gated, rows: rows, w2, b2, inFeatures: hidden, outFeatures: width)
}
