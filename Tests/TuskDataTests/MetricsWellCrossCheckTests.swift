import Foundation
import Testing
import TuskIR
import TuskTestSupport
@testable import TuskData

/// Deterministic float32 values that Python reproduces bit for bit: a 64-bit LCG whose top
/// 24 bits become an exactly representable float in [-1, 1).
func lcgValues(count: Int, seed: UInt64) -> [Float] {
    var s = seed
    return (0 ..< count).map { _ in
        s = s &* 6364136223846793005 &+ 1442695040888963407
        return Float(s >> 40) / 16_777_216 * 2 - 1
    }
}

/// The same generator in Python (for the live cross-check script).
let pythonLCG = """
def lcg(count, seed):
    import numpy as np
    s = seed; out = np.empty(count, dtype=np.float32); M = (1 << 64) - 1
    for i in range(count):
        s = (s * 6364136223846793005 + 1442695040888963407) & M
        out[i] = np.float32(s >> 40) / np.float32(16777216) * np.float32(2) - np.float32(1)
    return out
"""



/// A prediction/truth pair built from the LCG: truth = a·u + offset per channel (so the
/// channels have different scales and non-zero means), prediction = truth + 0.3·noise.
func metricFixture(shape: [Int], seed: UInt64) throws -> (pred: FieldSeries, truth: FieldSeries) {
    let n = shape.reduce(1, *), c = shape.last!
    let u = lcgValues(count: n, seed: seed), v = lcgValues(count: n, seed: seed &+ 1)
    var y = [Float](repeating: 0, count: n), x = y
    for i in 0 ..< n {
        let k = Float(i % c)
        y[i] = u[i] * (1 + k) + 0.5 * k
        x[i] = y[i] + 0.3 * v[i]
    }
    let names = (0 ..< c).map { "f\($0)" }
    return (try FieldSeries(shape: shape, values: x, fieldNames: names),
            try FieldSeries(shape: shape, values: y, fieldNames: names))
}

/// The shapes used by the golden and live checks: 1-D, 2-D and 3-D, channels last.
let metricShapes: [(shape: [Int], seed: UInt64)] = [([2, 16, 1], 11), ([3, 8, 6, 2], 22), ([2, 4, 3, 5, 3], 33)]
let crossCheckedMetrics: [WellMetric] = [.mse, .rmse, .mae, .nmse, .nrmse, .vmse, .vrmse, .nmae, .linf]

@Suite struct MetricsWellCrossCheckTests {
    /// Live: the_well 1.2.0's metric classes on the same arrays, in float64 (agreement to
    /// 1e-12 relative: both sides compute in double, only the summation order differs) and
    /// in float32 like the trainer (2e-5 relative: float32 reductions over ≤ 60 points
    /// round at ~1e-6 relative, and √ halves that). Skipped when the_well is not importable.
    @Test(CrossChecks.enabled(pythonHas("the_well.benchmark.metrics, torch"), "Python with the_well and torch (scripts/install-crosscheck-venv.sh installs the CPU torch wheel, matplotlib and the_well)", key: "the_well"))
    func agreesWithTheWell() throws {
        try CrossChecks.require(pythonHas("the_well.benchmark.metrics, torch"), "Python with the_well and torch (scripts/install-crosscheck-venv.sh installs the CPU torch wheel, matplotlib and the_well)")
        let script = pythonLCG + "\n" + """
        import sys, json, numpy as np, torch
        from the_well.benchmark.metrics import spatial
        class Meta: pass
        out = []
        for spec in json.loads(sys.argv[1]):
            shape, seed = spec
            n = int(np.prod(shape)); c = shape[-1]
            u = lcg(n, seed); v = lcg(n, (seed + 1) & ((1 << 64) - 1))
            k = (np.arange(n) % c).astype(np.float32)
            y = (u * (1 + k) + np.float32(0.5) * k).reshape(shape)
            x = (y + np.float32(0.3) * v.reshape(shape)).reshape(shape)
            m = Meta(); m.n_spatial_dims = len(shape) - 2
            res = {}
            for name in ["MSE","RMSE","MAE","NMSE","NRMSE","VMSE","VRMSE","NMAE","LInfinity"]:
                cls = getattr(spatial, name)()
                res[name] = {"f64": cls(x.astype(np.float64), y.astype(np.float64), m).tolist(),
                             "f32": cls(x, y, m).tolist()}
            out.append(res)
        print(json.dumps(out))
        """
        let specs = "[" + metricShapes.map { "[\($0.shape), \($0.seed)]" }.joined(separator: ",") + "]"
        let r = try #require(runPython(script, [specs]))
        #expect(r.status == 0, "python failed: \(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: [String: [[Double]]]]])
        for (i, spec) in metricShapes.enumerated() {
            let (pred, truth) = try metricFixture(shape: spec.shape, seed: spec.seed)
            for metric in crossCheckedMetrics {
                let ours = try metric.evaluate(prediction: pred, truth: truth)
                let ref = try #require(json[i][metric.rawValue])
                for (precision, tol) in [("f64", 1e-12), ("f32", 2e-5)] {
                    let theirs = try #require(ref[precision])
                    #expect(theirs.count == ours.count)
                    for t in ours.indices {
                        for k in ours[t].indices {
                            let a = ours[t][k], b = theirs[t][k]
                            #expect(abs(a - b) <= tol * max(abs(b), 1e-30),
                                    "\(metric) \(precision) shape \(spec.shape) step \(t) field \(k): tusk \(a) the_well \(b)")
                        }
                    }
                }
            }
        }
    }

    /// Live: the_well trainer's log-spaced window boundaries (numpy linspace/exp/int).
    @Test(CrossChecks.enabled(pythonHas("numpy"), "Python with numpy", key: "numpy"))
    func windowBoundariesAgreeWithNumpy() throws {
        try CrossChecks.require(pythonHas("numpy"), "Python with numpy")
        let steps = [1, 2, 3, 4, 5, 7, 10, 20, 30, 50, 99, 100, 101, 200]
        let script = """
        import sys, json, numpy as np
        out = []
        for T in json.loads(sys.argv[1]):
            n = min(T, 5); iv = np.linspace(0, np.log(T), n)
            out.append([0] + [int(np.exp(v)) for v in iv])
        print(json.dumps(out))
        """
        let r = try #require(runPython(script, ["\(steps)"]))
        let ref = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[Int]])
        for (i, t) in steps.enumerated() {
            #expect(MetricCurves.wellWindowBoundaries(steps: t) == ref[i], "T = \(t)")
        }
    }
}
