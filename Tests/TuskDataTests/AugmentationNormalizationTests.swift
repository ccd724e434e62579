import Foundation
import Testing
import TuskIR
@testable import TuskData

@Suite struct AugmentationNormalizationTests {
    /// Two channels, three frames of two points. Channel 0: 1, 2 / 3, 4 / 5, 6 → RMS of x =
    /// sqrt(91/6), deltas all 2 → RMS 2. Channel 1 is zero → both scales clamp to eps 1e-5.
    @Test func scalesMatchHandComputation() throws {
        let x = try FieldSeries(shape: [3, 2, 2], values: [1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0], fieldNames: ["a", "z"])
        let n = SampleNormalization(window: x)
        #expect(n.scale == [Float((91.0 / 6).squareRoot()), 1e-5])
        #expect(n.deltaScale == [2, 1e-5])
        let one = try x.frames(0 ..< 1)
        #expect(SampleNormalization(window: one).deltaScale == [1, 1]) // T = 1 → d = 1
        // Zero channel normalizes to 0 (0 / 1e-5).
        let z = try n.normalize(x)
        #expect(z.values[1] == 0)
        // Round trip within one float rounding each way: |Δ| ≤ 2 ulp(6) ≈ 1e-6.
        let back = try n.denormalize(z)
        #expect(zip(back.values, x.values).allSatisfy { abs($0 - $1) <= 1e-6 })
    }

    /// Delta targets of a window of T_in + 1 frames, fed back through `nextState`, rebuild the
    /// target frame (to float rounding: |Δ| ≤ 1e-6 for values of order 1).
    @Test func deltaTargetsRoundTripThroughNextState() throws {
        let vals = lcgValues(count: 4 * 5 * 2, seed: 5)
        let window = try FieldSeries(shape: [4, 5, 2], values: vals, fieldNames: ["a", "b"])
        let input = try window.frames(0 ..< 3)
        let n = SampleNormalization(window: input)
        let targets = try n.deltaTargets(window)
        #expect(targets.steps == 3)
        let next = try n.nextState(last: try input.frames(2 ..< 3), output: try targets.frames(2 ..< 3))
        let truth = try window.frames(3 ..< 4)
        #expect(zip(next.values, truth.values).allSatisfy { abs($0 - $1) <= 1e-6 })
        // Normalized deltas of the input window have unit RMS per channel (by construction).
        let d = try n.deltaTargets(input)
        for c in 0 ..< 2 {
            var ms = 0.0
            for t in 0 ..< d.steps {
                for i in 0 ..< 5 {
                    let v = Double(d.value(t: t, point: i, channel: c))
                    ms += v * v
                }
            }
            ms /= Double(d.steps * 5)
            #expect(abs(ms - 1) < 1e-6)
        }
        #expect(throws: TuskError.self) { try SampleNormalization.deltas(try window.frames(0 ..< 1)) }
    }
}
