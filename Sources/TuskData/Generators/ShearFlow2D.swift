import TuskIR
import Foundation

/// 2-D incompressible shear flow with a passive tracer (The Well's shear_flow, at low resolution):
/// u_t + u·∇u = −∇p + νΔu, ∇·u = 0, s_t + u·∇s = DΔs, ν = 1/Re, D = ν/Sc, on the periodic
/// [0,1)². Vorticity–streamfunction pseudo-spectral (2/3 de-aliasing, IF-RK4); pressure from
/// Δp = −∂i∂j(u_i u_j) at output times. IC: two tanh shear layers with a Kelvin–Helmholtz
/// perturbation.
public struct ShearFlow2D: WellGenerator {
    public init() {}
    public var name: String { "shear_flow_2d" }
    public var summary: String { "2-D incompressible shear flow + passive tracer, periodic; vorticity-streamfunction pseudo-spectral; t0 tracer, pressure; t1 velocity; 32^2 / 128^2" }

    public func setup(scale: GeneratorScale) -> GeneratorSetup {
        let n = scale == .small ? 128 : 32
        let (frames, tEnd): (Int, Double) = switch scale {
        case .tiny: (21, 4)
        case .small: (21, 4)
        case .test: (4, 0.3)
        }
        let c = Generators.periodicNodes(n, 0, 1)
        let sets: [(fileName: String, parameters: [(name: String, value: Double)])] = scale == .small
            ? [("shear_flow_2d_Reynolds_2e3_Schmidt_1e0", [("Reynolds", 2000), ("Schmidt", 1)])]
            : [("shear_flow_2d_Reynolds_5e2_Schmidt_1e0", [("Reynolds", 500), ("Schmidt", 1)])]
        return GeneratorSetup(
            datasetName: name, spatialDims: ["x", "y"], coordinates: [c, c], time: Generators.frames(frames, tEnd),
            fields: [GeneratedFieldSpec(name: "tracer", order: 0, timeVarying: true),
                     GeneratedFieldSpec(name: "pressure", order: 0, timeVarying: true),
                     GeneratedFieldSpec(name: "velocity", order: 1, timeVarying: true)],
            boundaries: [.bothEnds(.periodic, dim: "x", count: n), .bothEnds(.periodic, dim: "y", count: n)],
            parameterSets: sets)
    }

    public func simulate(_ setup: GeneratorSetup, parameters: [String: Double], scale: GeneratorScale,
                         rng: inout SplitMix64) throws -> [String: [Float]] {
        let n = setup.resolution[0]
        let dy = 1.0 / Double(n)
        let d = rng.uniform(max(0.06, 2.5 * dy), 0.1)
        let eps = rng.uniform(0.02, 0.06), phase = rng.uniform(0, 2 * .pi)
        var u = [Double](repeating: 0, count: n * n), v = u, s = u
        for i in 0..<n { for j in 0..<n {
            let x = Double(i) / Double(n), y = Double(j) / Double(n)
            let p = i * n + j
            u[p] = tanh((y - 0.25) / d) - tanh((y - 0.75) / d) - 1
            v[p] = eps * sin(2 * .pi * x + phase) * (exp(-pow((y - 0.25) / (2 * d), 2)) + exp(-pow((y - 0.75) / (2 * d), 2)))
            s[p] = (u[p] + 1) / 2
        } }
        let nu = 1 / parameters["Reynolds"]!
        let frames = Self.solve(u: u, v: v, tracer: s, n: n, nu: nu, diffusivity: nu / parameters["Schmidt"]!,
                                dt: scale == .small ? 2.5e-3 : 5e-3, times: setup.time.map(Double.init))
        var vel: [Float] = []
        for f in frames { for p in 0..<(n * n) { vel.append(Float(f.u[p])); vel.append(Float(f.v[p])) } }
        return ["tracer": frames.flatMap { $0.s.map(Float.init) }, "pressure": frames.flatMap { $0.p.map(Float.init) }, "velocity": vel]
    }

    struct Frame { var u, v, s, p: [Double] }

    /// Integrates from a velocity (projected to divergence-free through its vorticity) and tracer.
    static func solve(u u0: [Double], v v0: [Double], tracer s0: [Double], n: Int, nu: Double, diffusivity: Double,
                      dt: Double, times: [Double]) -> [Frame] {
        let g = SpectralGrid(shape: [n, n], lengths: [1, 1])
        let invK2 = g.k2.map { $0 == 0 ? 0 : 1 / $0 }
        // ω = ∂x v − ∂y u.
        var w = g.derivative(g.forward(v0), axis: 0)
        let uy = g.derivative(g.forward(u0), axis: 1)
        for i in w.re.indices { w.re[i] -= uy.re[i]; w.im[i] -= uy.im[i] }
        w = w.scaled(by: g.dealias)
        var s = g.forward(s0).scaled(by: g.dealias)
        let schemes = [IFRK4(linear: g.k2.map { -nu * $0 }, dt: dt), IFRK4(linear: g.k2.map { -diffusivity * $0 }, dt: dt)]
        // ψ = ω/|k|² (Δψ = −ω); u = ∂y ψ, v = −∂x ψ.
        func velocity(_ w: ComplexField) -> ([Double], [Double]) {
            let psi = w.scaled(by: invK2)
            let (u, vNeg) = g.inversePair(g.derivative(psi, axis: 1), g.derivative(psi, axis: 0))
            return (u, vNeg.map { -$0 })
        }
        func frame(_ w: ComplexField, _ s: ComplexField) -> Frame {
            let (u, v) = velocity(w)
            let uu = g.forward(zip(u, u).map(*)), uv = g.forward(zip(u, v).map(*)), vv = g.forward(zip(v, v).map(*))
            var ph = ComplexField(count: g.count)
            let kx = g.k[0], ky = g.k[1]
            for i in 0..<g.count {
                let c = -invK2[i]
                ph.re[i] = c * (kx[i] * kx[i] * uu.re[i] + 2 * kx[i] * ky[i] * uv.re[i] + ky[i] * ky[i] * vv.re[i])
                ph.im[i] = c * (kx[i] * kx[i] * uu.im[i] + 2 * kx[i] * ky[i] * uv.im[i] + ky[i] * ky[i] * vv.im[i])
            }
            return Frame(u: u, v: v, s: g.inverse(s), p: g.inverse(ph))
        }
        var out = [frame(w, s)]
        var t = 0.0
        let minusDealias = g.dealias.map { -$0 }
        for target in times.dropFirst() {
            let steps = Int(((target - t) / dt).rounded())
            for _ in 0..<steps {
                let next = IFRK4.step([w, s], schemes: schemes) { st in
                    let (u, v) = velocity(st[0])
                    func advect(_ f: ComplexField) -> ComplexField {
                        let (fx, fy) = g.inversePair(g.derivative(f, axis: 0), g.derivative(f, axis: 1))
                        var a = [Double](repeating: 0, count: g.count)
                        for i in 0..<g.count { a[i] = u[i] * fx[i] + v[i] * fy[i] }
                        return g.forward(a).scaled(by: minusDealias)
                    }
                    return [advect(st[0]), advect(st[1])]
                }
                w = next[0]; s = next[1]
            }
            t += Double(steps) * dt
            out.append(frame(w, s))
        }
        return out
    }
}
