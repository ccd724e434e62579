import TuskIR
import Foundation

/// 1-D viscous Burgers u_t + u u_x = ν u_xx on the periodic [0, 1): Fourier pseudo-spectral,
/// 2/3 de-aliasing, integrating-factor RK4 (diffusion exact), dt = 1e-3.
public struct Burgers1D: WellGenerator {
    public init() {}
    public var name: String { "burgers_1d" }
    public var summary: String { "1-D viscous Burgers, periodic; pseudo-spectral IF-RK4; t1 velocity; nu in {0.01, 0.02}; 128 points" }

    public func setup(scale: GeneratorScale) -> GeneratorSetup {
        let n = 128
        let (frames, tEnd): (Int, Double) = switch scale {
        case .tiny: (21, 1.0)
        case .small: (101, 1.0)
        case .test: (8, 0.14)
        }
        return GeneratorSetup(
            datasetName: name, spatialDims: ["x"], coordinates: [Generators.periodicNodes(n, 0, 1)],
            time: Generators.frames(frames, tEnd),
            fields: [GeneratedFieldSpec(name: "velocity", order: 1, timeVarying: true)],
            boundaries: [.bothEnds(.periodic, dim: "x", count: n)],
            parameterSets: [("burgers_1d_nu_1e-2", [("nu", 0.01)]), ("burgers_1d_nu_2e-2", [("nu", 0.02)])])
    }

    public func simulate(_ setup: GeneratorSetup, parameters: [String: Double], scale: GeneratorScale,
                         rng: inout SplitMix64) throws -> [String: [Float]] {
        let n = setup.resolution[0]
        let x = setup.coordinates[0].map(Double.init)
        var u0 = [Double](repeating: 0, count: n)
        for _ in 0..<4 {
            let k = Double(Int.random(in: 1...4, using: &rng)), a = rng.uniform(-1, 1), phi = rng.uniform(0, 2 * .pi)
            for i in 0..<n { u0[i] += a * sin(2 * .pi * k * x[i] + phi) }
        }
        let peak = u0.map(abs).max()!
        let offset = rng.uniform(-0.3, 0.3)
        u0 = u0.map { $0 / peak + offset }
        let frames = Self.solve(u0, nu: parameters["nu"]!, dt: 1e-3, times: setup.time.map(Double.init))
        return ["velocity": frames.flatMap { $0.map(Float.init) }]
    }

    /// Solves from `u0` and returns u at each of `times` (the first must be 0).
    static func solve(_ u0: [Double], nu: Double, dt: Double, times: [Double]) -> [[Double]] {
        let n = u0.count
        let grid = SpectralGrid(shape: [n], lengths: [1])
        let scheme = IFRK4(linear: grid.k2.map { -nu * $0 }, dt: dt)
        var u = grid.forward(u0).scaled(by: grid.dealias)
        var out: [[Double]] = [u0]
        var t = 0.0
        for target in times.dropFirst() {
            let steps = Int(((target - t) / dt).rounded())
            for _ in 0..<steps {
                u = IFRK4.step([u], schemes: [scheme]) { s in
                    let v = grid.inverse(s[0])
                    let sq = grid.forward(v.map { $0 * $0 / 2 })
                    // −∂x(u²/2), de-aliased.
                    return [grid.derivative(sq, axis: 0).scaled(by: grid.dealias.map { -$0 })]
                }[0]
            }
            t += Double(steps) * dt
            out.append(grid.inverse(u))
        }
        return out
    }
}
