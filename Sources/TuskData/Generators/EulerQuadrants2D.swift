import Foundation
import TuskIR

/// 2-D compressible Euler (ideal gas, E = p/(γ−1) + ρ|u|²/2) four-quadrant Riemann problems
/// (The Well's euler_multi_quadrants) on [0,1]² with reflecting walls at the lower x and y ends
/// and open (zero-gradient) upper ends. Finite volume: MUSCL with minmod on primitive variables,
/// HLL flux, SSP-RK2, CFL 0.4.
public struct EulerQuadrants2D: WellGenerator {
    public init() {}
    public var name: String { "euler_quadrants_2d" }
    public var summary: String { "2-D compressible Euler quadrants; walls at x0/y0, open at xL/yL; MUSCL-HLL finite volume; t0 energy, density, pressure; t1 momentum; 32^2 / 128^2" }

    /// Side types: lower x, upper x, lower y, upper y.
    public struct Sides: Sendable { public var xLow, xHigh, yLow, yHigh: WellBoundary }

    public func setup(scale: GeneratorScale) -> GeneratorSetup {
        let n = scale == .small ? 128 : 32
        let frames = scale == .test ? 8 : 21
        let tEnd = scale == .test ? 0.07 : 0.3
        let c = Generators.cellCentres(n, 0, 1)
        return GeneratorSetup(
            datasetName: name, spatialDims: ["x", "y"], coordinates: [c, c], time: Generators.frames(frames, tEnd),
            fields: [GeneratedFieldSpec(name: "energy", order: 0, timeVarying: true),
                     GeneratedFieldSpec(name: "density", order: 0, timeVarying: true),
                     GeneratedFieldSpec(name: "pressure", order: 0, timeVarying: true),
                     GeneratedFieldSpec(name: "momentum", order: 1, timeVarying: true)],
            boundaries: [.oneEnd(.wall, dim: "x", count: n, upper: false), .oneEnd(.open, dim: "x", count: n, upper: true),
                         .oneEnd(.wall, dim: "y", count: n, upper: false), .oneEnd(.open, dim: "y", count: n, upper: true)],
            parameterSets: [("euler_quadrants_2d_gamma_1.4", [("gamma", 1.4)]), ("euler_quadrants_2d_gamma_1.13", [("gamma", 1.13)])])
    }

    public func simulate(_ setup: GeneratorSetup, parameters: [String: Double], scale: GeneratorScale,
                         rng: inout SplitMix64) throws -> [String: [Float]] {
        let n = setup.resolution[0]
        let gamma = parameters["gamma"]!
        let xc = rng.uniform(0.3, 0.7), yc = rng.uniform(0.3, 0.7)
        let states = (0..<4).map { _ in (rng.uniform(0.2, 2), rng.uniform(-0.75, 0.75), rng.uniform(-0.75, 0.75), rng.uniform(0.2, 2)) }
        var prim = [[Double]](repeating: [Double](repeating: 0, count: n * n), count: 4) // ρ, u, v, p
        for i in 0..<n { for j in 0..<n {
            let x = Double(setup.coordinates[0][i]), y = Double(setup.coordinates[1][j])
            let q = (x >= xc ? 1 : 0) + (y >= yc ? 2 : 0)
            let s = states[q]
            prim[0][i * n + j] = s.0; prim[1][i * n + j] = s.1; prim[2][i * n + j] = s.2; prim[3][i * n + j] = s.3
        } }
        let frames = try Self.solve(primitive: prim, n: n, gamma: gamma,
                                    sides: Sides(xLow: .wall, xHigh: .open, yLow: .wall, yHigh: .open),
                                    times: setup.time.map(Double.init))
        var out: [String: [Float]] = ["energy": [], "density": [], "pressure": [], "momentum": []]
        for u in frames {
            for p in 0..<(n * n) {
                let rho = u[0][p], mx = u[1][p], my = u[2][p], e = u[3][p]
                out["density"]!.append(Float(rho))
                out["energy"]!.append(Float(e))
                out["pressure"]!.append(Float((gamma - 1) * (e - 0.5 * (mx * mx + my * my) / rho)))
                out["momentum"]!.append(Float(mx)); out["momentum"]!.append(Float(my))
            }
        }
        return out
    }

    /// Integrates from primitive variables [ρ, u, v, p] (each n·n, x-major) and returns the
    /// conserved variables [ρ, ρu, ρv, E] at each of `times` (first = 0).
    static func solve(primitive: [[Double]], n: Int, gamma: Double, sides: Sides, times: [Double]) throws -> [[[Double]]] {
        let h = 1 / Double(n)
        var u = [[Double]](repeating: [Double](repeating: 0, count: n * n), count: 4)
        for p in 0..<(n * n) {
            let rho = primitive[0][p], vx = primitive[1][p], vy = primitive[2][p], pr = primitive[3][p]
            u[0][p] = rho; u[1][p] = rho * vx; u[2][p] = rho * vy
            u[3][p] = pr / (gamma - 1) + 0.5 * rho * (vx * vx + vy * vy)
        }
        var out = [u]
        var t = 0.0
        for target in times.dropFirst() {
            while t < target - 1e-12 {
                var smax = 1e-12
                for p in 0..<(n * n) {
                    let rho = u[0][p], vx = u[1][p] / rho, vy = u[2][p] / rho
                    let pr = (gamma - 1) * (u[3][p] - 0.5 * rho * (vx * vx + vy * vy))
                    guard rho > 0, pr > 0 else {
                        throw TuskError.execution("euler solver: non-positive density or pressure (ρ \(rho), p \(pr)) at t \(t)")
                    }
                    smax = max(smax, abs(vx) + (gamma * pr / rho).squareRoot(), abs(vy) + (gamma * pr / rho).squareRoot())
                }
                let dt = min(0.4 * h / smax, target - t)
                // SSP-RK2 (Heun).
                let r1 = residual(u, n: n, h: h, gamma: gamma, sides: sides)
                var u1 = u
                for c in 0..<4 { for p in 0..<(n * n) { u1[c][p] += dt * r1[c][p] } }
                let r2 = residual(u1, n: n, h: h, gamma: gamma, sides: sides)
                for c in 0..<4 { for p in 0..<(n * n) { u[c][p] = 0.5 * (u[c][p] + u1[c][p] + dt * r2[c][p]) } }
                t += dt
            }
            out.append(u)
        }
        return out
    }

    /// −(∂x F + ∂y G) by MUSCL-minmod reconstruction of primitives and HLL fluxes.
    static func residual(_ u: [[Double]], n: Int, h: Double, gamma: Double, sides: Sides) -> [[Double]] {
        var r = [[Double]](repeating: [Double](repeating: 0, count: n * n), count: 4)
        // Primitives with two ghost cells on every side: index (i+2)*(n+4) + (j+2).
        let m = n + 4
        var w = [[Double]](repeating: [Double](repeating: 0, count: m * m), count: 4)
        for i in 0..<n { for j in 0..<n {
            let p = i * n + j, q = (i + 2) * m + j + 2
            let rho = u[0][p], vx = u[1][p] / rho, vy = u[2][p] / rho
            w[0][q] = rho; w[1][q] = vx; w[2][q] = vy
            w[3][q] = (gamma - 1) * (u[3][p] - 0.5 * rho * (vx * vx + vy * vy))
        } }
        // Ghosts along x (rows), then along y (columns, including x ghosts).
        func fill(_ type: WellBoundary, ghost: Int, interior: Int, mirror: Int, periodicSource: Int, normal: Int, alongX: Bool) {
            for k in 0..<m {
                let g = alongX ? ghost * m + k : k * m + ghost
                let src: Int
                switch type {
                case .wall: src = alongX ? mirror * m + k : k * m + mirror
                case .open: src = alongX ? interior * m + k : k * m + interior
                case .periodic: src = alongX ? periodicSource * m + k : k * m + periodicSource
                }
                for c in 0..<4 { w[c][g] = w[c][src] }
                if type == .wall { w[normal][g] = -w[normal][g] }
            }
        }
        for gIdx in 0..<2 {
            // Lower x ghosts 1, 0 mirror interior 2, 3; upper ghosts n+2, n+3 mirror n+1, n.
            fill(sides.xLow, ghost: 1 - gIdx, interior: 2, mirror: 2 + gIdx, periodicSource: n + 1 - gIdx, normal: 1, alongX: true)
            fill(sides.xHigh, ghost: n + 2 + gIdx, interior: n + 1, mirror: n + 1 - gIdx, periodicSource: 2 + gIdx, normal: 1, alongX: true)
        }
        for gIdx in 0..<2 {
            fill(sides.yLow, ghost: 1 - gIdx, interior: 2, mirror: 2 + gIdx, periodicSource: n + 1 - gIdx, normal: 2, alongX: false)
            fill(sides.yHigh, ghost: n + 2 + gIdx, interior: n + 1, mirror: n + 1 - gIdx, periodicSource: 2 + gIdx, normal: 2, alongX: false)
        }
        func minmod(_ a: Double, _ b: Double) -> Double { a * b <= 0 ? 0 : (abs(a) < abs(b) ? a : b) }
        // Flux across the face between cells a and b (primitive array indices), direction 1 = x, 2 = y.
        func flux(_ am: Int, _ a: Int, _ b: Int, _ bp: Int, normal: Int) -> SIMD4<Double> {
            var wl = SIMD4<Double>(), wr = SIMD4<Double>()
            for c in 0..<4 {
                let wc = w[c]
                wl[c] = wc[a] + 0.5 * minmod(wc[a] - wc[am], wc[b] - wc[a])
                wr[c] = wc[b] - 0.5 * minmod(wc[b] - wc[a], wc[bp] - wc[b])
            }
            func physical(_ q: SIMD4<Double>) -> (f: SIMD4<Double>, u: SIMD4<Double>, un: Double, c: Double) {
                let rho = q[0], vx = q[1], vy = q[2], p = q[3]
                let e = p / (gamma - 1) + 0.5 * rho * (vx * vx + vy * vy)
                let un = normal == 1 ? vx : vy
                let f = SIMD4(rho * un, rho * vx * un + (normal == 1 ? p : 0), rho * vy * un + (normal == 2 ? p : 0), (e + p) * un)
                return (f, SIMD4(rho, rho * vx, rho * vy, e), un, (gamma * p / rho).squareRoot())
            }
            let l = physical(wl), rr = physical(wr)
            let sl = min(l.un - l.c, rr.un - rr.c), sr = max(l.un + l.c, rr.un + rr.c)
            if sl >= 0 { return l.f }
            if sr <= 0 { return rr.f }
            return (sr * l.f - sl * rr.f + sl * sr * (rr.u - l.u)) / (sr - sl)
        }
        // x faces: between primitive rows i+1 and i+2 for i in 0...n (faces 0…n).
        for j in 0..<n {
            let col = j + 2
            for face in 0...n {
                let a = (face + 1) * m + col
                let f = flux(a - m, a, a + m, a + 2 * m, normal: 1)
                for c in 0..<4 {
                    if face > 0 { r[c][(face - 1) * n + j] -= f[c] / h }
                    if face < n { r[c][face * n + j] += f[c] / h }
                }
            }
        }
        for i in 0..<n {
            let row = (i + 2) * m
            for face in 0...n {
                let a = row + face + 1
                let f = flux(a - 1, a, a + 1, a + 2, normal: 2)
                for c in 0..<4 {
                    if face > 0 { r[c][i * n + face - 1] -= f[c] / h }
                    if face < n { r[c][i * n + face] += f[c] / h }
                }
            }
        }
        return r
    }
}
