import Foundation
import Testing
import TuskIR
@testable import TuskData

@Suite struct MetricsTests {
    /// Golden numbers from the_well 1.2.0 (`the_well.benchmark.metrics.spatial`, float64
    /// inputs) on `metricFixture` (the live test regenerates them). Tolerance 1e-12
    /// relative: both sides compute in double; only the summation order differs.
    static let golden: [(shape: [Int], metric: WellMetric, values: [[Double]])] = [
        ([2, 16, 1], .vrmse, [[0.32494725913344213], [0.37211986583820017]]),
        ([2, 16, 1], .nrmse, [[0.334984390763799], [0.38430295396789405]]),
        ([2, 16, 1], .mse, [[0.03776370793767732], [0.037579447582677436]]),
        ([3, 8, 6, 2], .vrmse, [[0.31809400111646785, 0.12411578222084542], [0.3071252989046257, 0.16389992510440846],
                                [0.323358065268594, 0.15982103473845766]]),
        ([3, 8, 6, 2], .nrmse, [[0.3109514620961455, 0.10395416639370188], [0.3024595505618205, 0.15079945629238437],
                                [0.3254213234430825, 0.15139547636990364]]),
        ([3, 8, 6, 2], .mse, [[0.03402684939252646, 0.023716335852800852], [0.035398309619771855, 0.032881584275130916],
                              [0.03141905083506185, 0.03646554766305677]]),
        ([2, 4, 3, 5, 3], .vrmse, [[0.3159260728262581, 0.14110554012979645, 0.10078098579386591],
                                   [0.29483543532303746, 0.18199820801888952, 0.10636023996090853]]),
        ([2, 4, 3, 5, 3], .nrmse, [[0.3183414801907007, 0.12464887131115007, 0.07622783343922354],
                                   [0.2972659361042914, 0.16046923217020598, 0.10101113387477523]]),
        ([2, 4, 3, 5, 3], .mse, [[0.030406466936335974, 0.026292903271930675, 0.027717995911120466],
                                 [0.03146981963377563, 0.034155323245719814, 0.036597485775987426]]),
    ]

    @Test func goldenNumbersFromTheWell() throws {
        for g in Self.golden {
            let seed = try #require(metricShapes.first { $0.shape == g.shape }?.seed)
            let (pred, truth) = try metricFixture(shape: g.shape, seed: seed)
            let ours = try g.metric.evaluate(prediction: pred, truth: truth)
            #expect(ours.count == g.values.count)
            for t in ours.indices {
                for k in ours[t].indices {
                    #expect(abs(ours[t][k] - g.values[t][k]) <= 1e-12 * g.values[t][k],
                            "\(g.metric) \(g.shape) [\(t)][\(k)]: \(ours[t][k]) vs \(g.values[t][k])")
                }
            }
        }
    }

    /// Predicting the spatial mean: MSE is the population variance, so VRMSE =
    /// sqrt((P−1)/P · v/(v + 1e-7)) with the unbiased variance v — checks Bessel's
    /// correction and where eps goes. Tolerance 1e-12 (double arithmetic on 12 points).
    @Test func spatialMeanPredictionGivesBesselRatio() throws {
        let y: [Float] = [0.5, -1, 2, 3.25, 0, 1, -2.5, 0.75, 1.5, -0.25, 2.5, 1]
        let mean = y.map(Double.init).reduce(0, +) / 12
        let truth = try FieldSeries(shape: [1, 3, 4, 1], values: y, fieldNames: ["p"])
        let pred = try FieldSeries(shape: [1, 3, 4, 1], values: [Float](repeating: Float(mean), count: 12), fieldNames: ["p"])
        let predMean = Double(Float(mean))
        let pop = y.map { (Double($0) - predMean) * (Double($0) - predMean) }.reduce(0, +) / 12
        let v = y.map { (Double($0) - mean) * (Double($0) - mean) }.reduce(0, +) / 11
        let vrmse = try WellMetric.vrmse.evaluate(prediction: pred, truth: truth)[0][0]
        #expect(abs(vrmse - (pop / (v + 1e-7)).squareRoot()) < 1e-12)
        #expect(abs(vrmse - (11.0 / 12).squareRoot()) < 1e-6) // ≈ √(11/12): float rounding of the mean only
        // NRMSE normalizes by mean(y²), not the variance.
        let ms = y.map { Double($0) * Double($0) }.reduce(0, +) / 12
        let nrmse = try WellMetric.nrmse.evaluate(prediction: pred, truth: truth)[0][0]
        #expect(abs(nrmse - (pop / (ms + 1e-7)).squareRoot()) < 1e-12)
    }

    /// A constant truth has zero variance: VRMSE = sqrt(MSE / 1e-7) (eps on the variance).
    @Test func constantTruthUsesEpsilon() throws {
        let truth = try FieldSeries(shape: [1, 4, 1], values: [2, 2, 2, 2], fieldNames: ["a"])
        let pred = try FieldSeries(shape: [1, 4, 1], values: [2, 2, 2, 2.5], fieldNames: ["a"])
        let v = try WellMetric.vrmse.evaluate(prediction: pred, truth: truth)[0][0]
        #expect(abs(v - (0.0625 / 1e-7).squareRoot()) < 1e-9 * v)
        #expect(try WellMetric.linf.evaluate(prediction: pred, truth: truth)[0][0] == 0.5)
    }

    @Test func persistenceRepeatsLastFrameAndPerfectPredictionIsZero() throws {
        let input = try FieldSeries(shape: [2, 2, 2, 1], values: [1, 2, 3, 4, 5, 6, 7, 8], fieldNames: ["u"])
        let p = try PersistenceBaseline.predict(input: input, steps: 3)
        #expect(p.shape == [3, 2, 2, 1])
        #expect(p.values == [5, 6, 7, 8, 5, 6, 7, 8, 5, 6, 7, 8])
        #expect(try WellMetric.vrmse.evaluate(prediction: p, truth: p) == [[0], [0], [0]])
        #expect(throws: TuskError.self) { try PersistenceBaseline.predict(input: input, steps: 0) }
    }

    @Test func curvesAverageWindowsAndErrors() throws {
        let a = try MetricCurves(metric: "VRMSE", fieldNames: ["u", "v"], values: [[1, 2], [3, 4], [5, 6]])
        let b = try MetricCurves(metric: "VRMSE", fieldNames: ["u", "v"], values: [[3, 2], [1, 0], [1, 2]])
        let m = try MetricCurves.average([a, b])
        #expect(m.values == [[2, 2], [2, 2], [3, 4]])
        #expect(m.fieldMean == [2, 2, 3.5])
        #expect(try a.field("v") == [2, 4, 6])
        #expect(try a.mean(steps: 1 ..< 3) == [4, 5])
        let w = try a.wellWindows()
        // T = 3: boundaries [0, 1, 1, 3] → T=all, T=0:1, (1:1 skipped), T=1:3
        #expect(w.map(\.label) == ["T=all", "T=0:1", "T=1:3"])
        #expect(w[0].perField == [3, 4] && w[0].full == 3.5)
        #expect(w[2].perField == [4, 5])
        #expect(MetricCurves.wellWindowBoundaries(steps: 100) == [0, 1, 3, 10, 31, 100])
        #expect(throws: TuskError.self) { try a.field("w") }
        #expect(throws: TuskError.self) { try a.mean(steps: 2 ..< 4) }
        let c = try MetricCurves(metric: "VRMSE", fieldNames: ["u"], values: [[1]])
        #expect(throws: TuskError.self) { try MetricCurves.average([a, c]) }
        #expect(throws: TuskError.self) { try MetricCurves(metric: "x", fieldNames: ["u"], values: [[1, 2]]) }
    }

    @Test func badShapesAreErrors() throws {
        #expect(throws: TuskError.self) { try FieldSeries(shape: [2, 3], values: [Float](repeating: 0, count: 6), fieldNames: ["a", "b", "c"]) }
        #expect(throws: TuskError.self) { try FieldSeries(shape: [1, 2, 1], values: [0], fieldNames: ["a"]) }
        #expect(throws: TuskError.self) { try FieldSeries(shape: [1, 2, 2], values: [0, 0, 0, 0], fieldNames: ["a"]) }
        let a = try FieldSeries(shape: [1, 2, 1], values: [0, 1], fieldNames: ["a"])
        let b = try FieldSeries(shape: [1, 1, 2, 1], values: [0, 1], fieldNames: ["a"])
        #expect(throws: TuskError.self) { try WellMetric.mse.evaluate(prediction: a, truth: b) }
    }
}
