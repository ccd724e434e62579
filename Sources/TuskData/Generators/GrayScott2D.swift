import TuskIR
import Foundation

/// 2-D Gray–Scott reaction–diffusion (The Well's gray_scott_reaction_diffusion, same δ_A, δ_B,
/// grid spacing 1/64 and (F, k) pairs) on a periodic square:
/// A_t = δ_A ΔA − AB² + F(1−A),  B_t = δ_B ΔB + AB² − (F+k)B.
/// Five-point Laplacian, forward Euler with dt = 0.5 s (diffusion number δ_A dt/dx² = 0.04, well
/// inside the 1/4 stability limit, which keeps A, B in [0, 1]).
public struct GrayScott2D: WellGenerator {
    public init() {}
    public var name: String { "gray_scott_2d" }
    public var summary: String { "2-D Gray-Scott reaction-diffusion, periodic; finite differences; t0 A, B; (F,k) maze and spots; 32^2 / 128^2" }

    static let deltaA = 2e-5, deltaB = 1e-5, dx = 1.0 / 64, dt = 0.5

    public func setup(scale: GeneratorScale) -> GeneratorSetup {
        let n = scale == .small ? 128 : 32
        let half = Double(n) * Self.dx / 2
        let (frames, tEnd): (Int, Double) = switch scale {
        case .tiny: (21, 2000)
        case .small: (41, 4000)
        case .test: (5, 200)
        }
        let c = Generators.periodicNodes(n, -half, half)
        return GeneratorSetup(
            datasetName: name, spatialDims: ["x", "y"], coordinates: [c, c], time: Generators.frames(frames, tEnd),
            fields: [GeneratedFieldSpec(name: "A", order: 0, timeVarying: true), GeneratedFieldSpec(name: "B", order: 0, timeVarying: true)],
            boundaries: [.bothEnds(.periodic, dim: "x", count: n), .bothEnds(.periodic, dim: "y", count: n)],
            parameterSets: [("gray_scott_2d_F_0.029_k_0.057", [("F", 0.029), ("k", 0.057)]),
                            ("gray_scott_2d_F_0.03_k_0.062", [("F", 0.03), ("k", 0.062)])])
    }

    public func simulate(_ setup: GeneratorSetup, parameters: [String: Double], scale: GeneratorScale,
                         rng: inout SplitMix64) throws -> [String: [Float]] {
        let n = setup.resolution[0]
        let L = Double(n) * Self.dx
        var a = [Double](repeating: 1, count: n * n), b = [Double](repeating: 0, count: n * n)
        // Clusters of Gaussian seeds of B (periodic distance).
        for _ in 0..<Int.random(in: 3...6, using: &rng) {
            let cx = rng.uniform(0, L), cy = rng.uniform(0, L), r = rng.uniform(0.02, 0.04)
            for i in 0..<n { for j in 0..<n {
                var dxp = abs(Double(i) * Self.dx - cx), dyp = abs(Double(j) * Self.dx - cy)
                dxp = min(dxp, L - dxp); dyp = min(dyp, L - dyp)
                let g = exp(-(dxp * dxp + dyp * dyp) / (r * r))
                b[i * n + j] = min(1, b[i * n + j] + 0.9 * g)
                a[i * n + j] = 1 - b[i * n + j]
            } }
        }
        let frames = Self.solve(a: a, b: b, n: n, F: parameters["F"]!, k: parameters["k"]!, times: setup.time.map(Double.init))
        return ["A": frames.flatMap { $0.a.map(Float.init) }, "B": frames.flatMap { $0.b.map(Float.init) }]
    }

    /// Integrates and returns (A, B) at each of `times` (first = 0).
    static func solve(a a0: [Double], b b0: [Double], n: Int, F: Double, k: Double, times: [Double]) -> [(a: [Double], b: [Double])] {
        var a = a0, b = b0
        var na = a, nb = b
        let ca = deltaA * dt / (dx * dx), cb = deltaB * dt / (dx * dx)
        var out = [(a, b)]
        var t = 0.0
        for target in times.dropFirst() {
            let steps = Int(((target - t) / dt).rounded())
            for _ in 0..<steps {
                for i in 0..<n {
                    let ip = (i + 1) % n * n, im = (i + n - 1) % n * n, ic = i * n
                    for j in 0..<n {
                        let jp = (j + 1) % n, jm = (j + n - 1) % n
                        let p = ic + j
                        let la = a[ip + j] + a[im + j] + a[ic + jp] + a[ic + jm] - 4 * a[p]
                        let lb = b[ip + j] + b[im + j] + b[ic + jp] + b[ic + jm] - 4 * b[p]
                        let abb = a[p] * b[p] * b[p]
                        na[p] = a[p] + ca * la + dt * (-abb + F * (1 - a[p]))
                        nb[p] = b[p] + cb * lb + dt * (abb - (F + k) * b[p])
                    }
                }
                swap(&a, &na); swap(&b, &nb)
            }
            t += Double(steps) * dt
            out.append((a, b))
        }
        return out
    }
}
