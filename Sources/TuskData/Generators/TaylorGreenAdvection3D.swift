import TuskIR
import Foundation

/// 3-D advection–diffusion of a passive scalar c_t + u·∇c = κΔc in a steady Taylor–Green
/// velocity u = A(sin x cos y cos z, −cos x sin y cos z, 0) on the periodic [0, 2π)³.
/// Pseudo-spectral, 2/3 de-aliasing, IF-RK4 (diffusion exact), dt = 0.05. The velocity is
/// divergence-free, so the scalar's mean is conserved and its variance only decays.
/// Stored: t0 `concentration` (time-varying) and t1 `velocity` as a time-constant field.
public struct TaylorGreenAdvection3D: WellGenerator {
    public init() {}
    public var name: String { "taylor_green_advection_3d" }
    public var summary: String { "3-D advection-diffusion in a Taylor-Green flow, periodic; pseudo-spectral IF-RK4; t0 concentration; constant t1 velocity; 16^3 / 64^3" }

    /// 64³ is expensive: the small scale keeps 2/1/1 trajectories (like the spec's 3-D prototype).
    public func trajectoriesPerSplit(scale: GeneratorScale) -> [(split: String, count: Int)] {
        scale == .small ? [("train", 2), ("valid", 1), ("test", 1)] : scale.trajectoriesPerSplit
    }

    public func setup(scale: GeneratorScale) -> GeneratorSetup {
        let n = scale == .small ? 64 : 16
        let (frames, tEnd): (Int, Double) = switch scale {
        case .tiny: (21, 5)
        case .small: (11, 2.5)
        case .test: (4, 0.3)
        }
        let c = Generators.periodicNodes(n, 0, 2 * .pi)
        return GeneratorSetup(
            datasetName: name, spatialDims: ["x", "y", "z"], coordinates: [c, c, c], time: Generators.frames(frames, tEnd),
            fields: [GeneratedFieldSpec(name: "concentration", order: 0, timeVarying: true),
                     GeneratedFieldSpec(name: "velocity", order: 1, timeVarying: false)],
            boundaries: ["x", "y", "z"].map { .bothEnds(.periodic, dim: $0, count: n) },
            parameterSets: scale == .small ? [("taylor_green_advection_3d_kappa_5e-2", [("kappa", 0.05)])]
                : [("taylor_green_advection_3d_kappa_5e-2", [("kappa", 0.05)]), ("taylor_green_advection_3d_kappa_1e-1", [("kappa", 0.1)])])
    }

    public func simulate(_ setup: GeneratorSetup, parameters: [String: Double], scale: GeneratorScale,
                         rng: inout SplitMix64) throws -> [String: [Float]] {
        let n = setup.resolution[0]
        let amplitude = rng.uniform(0.5, 1.5)
        let x = setup.coordinates[0].map(Double.init)
        var c0 = [Double](repeating: 1, count: n * n * n)
        for _ in 0..<4 {
            let kx = Double(Int.random(in: -2...2, using: &rng)), ky = Double(Int.random(in: -2...2, using: &rng))
            let kz = Double(Int.random(in: 1...2, using: &rng)), a = rng.uniform(0.1, 0.3), ph = rng.uniform(0, 2 * .pi)
            for i in 0..<n { for j in 0..<n { for k in 0..<n {
                c0[(i * n + j) * n + k] += a * cos(kx * x[i] + ky * x[j] + kz * x[k] + ph)
            } } }
        }
        let (u, v, w) = Self.velocity(n: n, amplitude: amplitude, coordinates: x)
        let frames = Self.solve(c0, n: n, velocity: (u, v, w), kappa: parameters["kappa"]!, dt: 0.05, times: setup.time.map(Double.init))
        var vel = [Float](repeating: 0, count: n * n * n * 3)
        for p in 0..<(n * n * n) { vel[3 * p] = Float(u[p]); vel[3 * p + 1] = Float(v[p]); vel[3 * p + 2] = Float(w[p]) }
        return ["concentration": frames.flatMap { $0.map(Float.init) }, "velocity": vel]
    }

    static func velocity(n: Int, amplitude: Double, coordinates x: [Double]) -> ([Double], [Double], [Double]) {
        var u = [Double](repeating: 0, count: n * n * n), v = u
        for i in 0..<n { for j in 0..<n { for k in 0..<n {
            let p = (i * n + j) * n + k
            u[p] = amplitude * sin(x[i]) * cos(x[j]) * cos(x[k])
            v[p] = -amplitude * cos(x[i]) * sin(x[j]) * cos(x[k])
        } } }
        return (u, v, [Double](repeating: 0, count: n * n * n))
    }

    /// Integrates c from `c0` and returns it at each of `times` (first = 0).
    static func solve(_ c0: [Double], n: Int, velocity: ([Double], [Double], [Double]), kappa: Double, dt: Double,
                      times: [Double]) -> [[Double]] {
        let g = SpectralGrid(shape: [n, n, n], lengths: [2 * .pi, 2 * .pi, 2 * .pi])
        let scheme = IFRK4(linear: g.k2.map { -kappa * $0 }, dt: dt)
        let minusDealias = g.dealias.map { -$0 }
        var c = g.forward(c0).scaled(by: g.dealias)
        var out = [g.inverse(c)]
        var t = 0.0
        let (u, v, w) = velocity
        let hasW = w.contains { $0 != 0 } // Taylor–Green has w = 0: skip that transform
        for target in times.dropFirst() {
            let steps = Int(((target - t) / dt).rounded())
            for _ in 0..<steps {
                c = IFRK4.step([c], schemes: [scheme]) { st in
                    let (cx, cy) = g.inversePair(g.derivative(st[0], axis: 0), g.derivative(st[0], axis: 1))
                    var a = [Double](repeating: 0, count: g.count)
                    for i in 0..<g.count { a[i] = u[i] * cx[i] + v[i] * cy[i] }
                    if hasW {
                        let cz = g.inverse(g.derivative(st[0], axis: 2))
                        for i in 0..<g.count { a[i] += w[i] * cz[i] }
                    }
                    return [g.forward(a).scaled(by: minusDealias)]
                }[0]
            }
            t += Double(steps) * dt
            out.append(g.inverse(c))
        }
        return out
    }
}
