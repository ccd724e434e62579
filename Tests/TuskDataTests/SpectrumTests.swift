import Foundation
import Testing
import TuskIR
@testable import TuskData

/// The isotropic power spectrum (`PowerSpectrum`, on the generators' FFT).
@Suite struct SpectrumTests {
    /// `cos(2π m·x / n + φ)` on `shape` (row-major), in Double.
    static func mode(_ m: [Int], shape: [Int], phase: Double = 0.4, amplitude: Double = 1.5) -> [Double] {
        let count = shape.reduce(1, *)
        return (0..<count).map { p in
            var rem = p, arg = phase
            for d in stride(from: shape.count - 1, through: 0, by: -1) {
                arg += 2 * .pi * Double(m[d]) * Double(rem % shape[d]) / Double(shape[d])
                rem /= shape[d]
            }
            return amplitude * cos(arg)
        }
    }

    /// A single Fourier mode with integer |m| = k0 puts all its power, A²/2, in bin k0 and
    /// nothing anywhere else, in 1-D, 2-D and 3-D. Tolerances: the peak to 1e-12 relative, every
    /// other bin below 1e-24 (absolute, against a peak of 1.125): the FFT's Double round-off on
    /// ≤ 4096 points leaves ~1e-15 relative amplitude, i.e. ~1e-30 power.
    @Test(arguments: [([5], [64]), ([3, 4], [32, 32]), ([0, 5], [16, 64]), ([1, 2, 2], [8, 16, 8]), ([-3, 0, 4], [16, 16, 16])])
    func singleModePeaksAtItsBin(m: [Int], shape: [Int]) throws {
        let k0 = Int(Double(m.map { $0 * $0 }.reduce(0, +)).squareRoot())
        let s = try PowerSpectrum(values: Self.mode(m, shape: shape), shape: shape)
        #expect(abs(s.power[k0] - 1.125) <= 1e-12 * 1.125, "\(m) on \(shape): bin \(k0) = \(s.power[k0])")
        for (b, p) in s.power.enumerated() where b != k0 {
            #expect(p < 1e-24, "\(m) on \(shape): bin \(b) = \(p)")
        }
        #expect(s.modes.reduce(0, +) == shape.reduce(1, *))
        #expect(s.wavenumbers == s.power.indices.map(Double.init))
    }

    /// Float input (what rollouts hold): the same peak; the other bins see only float32
    /// quantization of the values (~6e-8 relative amplitude → < 1e-12 power).
    @Test func singleModeFromFloats() throws {
        let v = Self.mode([3, 4], shape: [32, 32]).map(Float.init)
        let s = try PowerSpectrum(values: v, shape: [32, 32])
        #expect(abs(s.power[5] - 1.125) <= 1e-6)
        for (b, p) in s.power.enumerated() where b != 5 { #expect(p < 1e-12, "bin \(b) = \(p)") }
    }

    /// Parseval: the bins sum to the field's mean square (energy per point), and bin 0 is the
    /// squared mean. Tolerance 1e-12 relative (Double sums over ≤ 2048 points).
    @Test(arguments: [[128], [32, 16], [8, 8, 4]])
    func parseval(shape: [Int]) throws {
        var g = SplitMix64(seed: 3)
        let v = (0..<shape.reduce(1, *)).map { _ in Double(g.next() >> 11) / Double(1 << 53) * 2 - 0.3 }
        let s = try PowerSpectrum(values: v, shape: shape)
        let energy = v.map { $0 * $0 }.reduce(0, +) / Double(v.count)
        let mean = v.reduce(0, +) / Double(v.count)
        #expect(abs(s.power.reduce(0, +) - energy) <= 1e-12 * energy)
        #expect(abs(s.power[0] - mean * mean) <= 1e-12 * mean * mean)
    }

    @Test func unsupportedGridsAndBlowUps() throws {
        #expect(PowerSpectrum.unsupportedReason([32, 32]) == nil)
        let reason = try #require(PowerSpectrum.unsupportedReason([8, 6, 5]))
        #expect(reason.contains("power-of-two") && reason.contains("8×6×5"), "\(reason)")
        #expect(throws: TuskError.self) { try PowerSpectrum(values: [Double](repeating: 0, count: 30), shape: [6, 5]) }
        #expect(throws: TuskError.self) { try PowerSpectrum(values: [Double](repeating: 0, count: 3), shape: [4]) }
        var v = [Float](repeating: 1, count: 16)
        v[3] = .nan
        let s = try PowerSpectrum(values: v, shape: [4, 4])
        #expect(s.power.allSatisfy { $0.isNaN } && s.modes.reduce(0, +) == 16)
    }

    /// Rollout spectra average over trajectories, keep only the steps the rollout has, and
    /// render to a decodable picture.
    @Test func rolloutSpectraAverageAndRender() throws {
        func series(_ amplitude: Double) throws -> FieldSeries {
            let a = Self.mode([2, 0], shape: [16, 16], amplitude: amplitude), b = Self.mode([0, 3], shape: [16, 16])
            let frame = zip(a, b).flatMap { [Float($0), Float($1)] }
            return try FieldSeries(shape: [2, 16, 16, 2], values: frame + frame, fieldNames: ["u", "v"])
        }
        let s = try RolloutSpectra(pairs: [(try series(1), try series(2)), (try series(3), try series(4))], steps: [2, 9, 1, 2])
        #expect(s.steps == [1, 2])
        #expect(s.field_names == ["u", "v"])
        // Mean of A²/2 over trajectories: prediction (1 + 9)/4 = 2.5, truth (4 + 16)/4 = 5.
        #expect(abs(s.prediction[0][0][2] - 2.5) < 1e-5 && abs(s.truth[1][0][2] - 5) < 1e-5)
        #expect(abs(s.truth[0][1][3] - 1.125) < 1e-5)
        #expect(throws: TuskError.self) { try RolloutSpectra(pairs: [(try series(1), try series(1))], steps: [7]) }
        let img = try SpectrumPlot.render(s)
        #expect(img.width == 720 && img.height == 2 * 360)
        let png = try img.png()
        #expect(png.count < 150_000)
    }
}
