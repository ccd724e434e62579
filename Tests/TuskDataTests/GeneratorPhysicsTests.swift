import Foundation
import Testing
@testable import TuskData

/// Conservation and decay laws of the solvers, on small grids so debug builds stay fast.
@Suite("Generator physics")
struct GeneratorPhysicsTests {
    static func mean(_ a: [Double]) -> Double { a.reduce(0, +) / Double(a.count) }

    @Test func fftRoundTripAndKnownTransform() {
        let fft = FFT(8)
        var re = (0..<8).map { cos(2 * Double.pi * 2 * Double($0) / 8) }, im = [Double](repeating: 0, count: 8)
        let original = re
        fft.transform(&re, &im, inverse: false)
        // cos(2·2πj/8) has DFT 4 at modes 2 and 6, 0 elsewhere (round-off ~1e-15; 1e-12 is generous).
        for k in 0..<8 { #expect(abs(re[k] - ((k == 2 || k == 6) ? 4 : 0)) < 1e-12 && abs(im[k]) < 1e-12) }
        fft.transform(&re, &im, inverse: true)
        for k in 0..<8 { #expect(abs(re[k] / 8 - original[k]) < 1e-12) }
    }

    @Test func burgersConservesMassAndDecays() {
        let n = 64
        let u0 = (0..<n).map { 0.2 + sin(2 * Double.pi * Double($0) / Double(n)) + 0.5 * cos(6 * Double.pi * Double($0) / Double(n)) }
        let frames = Burgers1D.solve(u0, nu: 0.02, dt: 1e-3, times: [0, 0.05, 0.1, 0.15, 0.2])
        let m0 = Self.mean(u0)
        var lastMax = u0.map(abs).max()!, lastEnergy = u0.reduce(0) { $0 + $1 * $1 }
        for f in frames.dropFirst() {
            // The k = 0 mode never changes: the mean is exact up to FFT round-off (1e-12 is ~1e4 ulps).
            #expect(abs(Self.mean(f) - m0) < 1e-12)
            let mx = f.map(abs).max()!, e = f.reduce(0) { $0 + $1 * $1 }
            #expect(mx <= lastMax + 1e-9) // maximum principle of viscous Burgers
            #expect(e < lastEnergy)       // viscosity dissipates energy
            #expect(f.allSatisfy { $0.isFinite })
            lastMax = mx; lastEnergy = e
        }
    }

    @Test func grayScottStaysBounded() {
        let n = 16
        var a = [Double](repeating: 1, count: n * n), b = [Double](repeating: 0, count: n * n)
        for i in 6..<10 { for j in 6..<10 { b[i * n + j] = 0.9; a[i * n + j] = 0.1 } }
        let frames = GrayScott2D.solve(a: a, b: b, n: n, F: 0.029, k: 0.057, times: [0, 50, 100, 150])
        for f in frames {
            // Forward Euler with diffusion number 0.04 is a convex combination: 0 ≤ A ≤ 1, B ≥ 0 exactly.
            #expect(f.a.allSatisfy { $0 >= 0 && $0 <= 1 })
            #expect(f.b.allSatisfy { $0 >= 0 && $0 <= 1 })
        }
        #expect(frames.last!.b != b) // it evolves
    }

    @Test func shearFlowIsDivergenceFreeConservesTracerAndLosesEnergy() {
        let n = 16
        var u = [Double](repeating: 0, count: n * n), v = u, s = u
        for i in 0..<n { for j in 0..<n {
            let x = Double(i) / Double(n), y = Double(j) / Double(n)
            u[i * n + j] = tanh((y - 0.25) / 0.1) - tanh((y - 0.75) / 0.1) - 1
            v[i * n + j] = 0.05 * sin(2 * .pi * x)
            s[i * n + j] = (u[i * n + j] + 1) / 2
        } }
        let frames = ShearFlow2D.solve(u: u, v: v, tracer: s, n: n, nu: 5e-3, diffusivity: 5e-3, dt: 5e-3, times: [0, 0.1, 0.2, 0.3])
        let g = SpectralGrid(shape: [n, n], lengths: [1, 1])
        var lastEnergy = Double.infinity
        let s0 = Self.mean(frames[0].s)
        for f in frames {
            let div = g.inverse(g.derivative(g.forward(f.u), axis: 0) + g.derivative(g.forward(f.v), axis: 1))
            // Spectral velocity from a streamfunction: divergence is round-off (|u| ~ 1, k ≤ 2π·8).
            #expect(div.map(abs).max()! < 1e-10)
            #expect(abs(Self.mean(f.s) - s0) < 1e-12) // tracer mean: the k = 0 mode is untouched
            let e = 0.5 * zip(f.u, f.v).reduce(0) { $0 + $1.0 * $1.0 + $1.1 * $1.1 } / Double(n * n)
            #expect(e < lastEnergy) // unforced, viscous, Galerkin-truncated: energy strictly decays
            lastEnergy = e
        }
    }

    @Test(arguments: [WellBoundary.wall, .periodic])
    func eulerClosedBoxConservesMassAndEnergy(_ side: WellBoundary) throws {
        let n = 16
        var prim = [[Double]](repeating: [Double](repeating: 0, count: n * n), count: 4)
        for i in 0..<n { for j in 0..<n {
            let q = (i >= 7 ? 1 : 0) + (j >= 9 ? 2 : 0)
            prim[0][i * n + j] = [1.0, 0.5, 0.8, 0.3][q]; prim[1][i * n + j] = [0.2, -0.4, 0.0, 0.6][q]
            prim[2][i * n + j] = [-0.3, 0.1, 0.5, 0.0][q]; prim[3][i * n + j] = [1.0, 0.4, 1.2, 0.2][q]
        } }
        let sides = EulerQuadrants2D.Sides(xLow: side, xHigh: side, yLow: side, yHigh: side)
        let frames = try EulerQuadrants2D.solve(primitive: prim, n: n, gamma: 1.4, sides: sides, times: [0, 0.05, 0.1])
        let mass0 = frames[0][0].reduce(0, +), energy0 = frames[0][3].reduce(0, +)
        for u in frames {
            // Finite volume with zero mass/energy flux through mirrored or periodic faces: totals
            // are conserved to round-off (~100 steps of sums of 256 O(1) terms; 1e-12 relative).
            #expect(abs(u[0].reduce(0, +) - mass0) < 1e-12 * mass0)
            #expect(abs(u[3].reduce(0, +) - energy0) < 1e-12 * energy0)
            #expect(u[0].allSatisfy { $0 > 0 })
        }
        if side == .periodic {
            let mx0 = frames[0][1].reduce(0, +)
            #expect(abs(frames.last![1].reduce(0, +) - mx0) < 1e-12 * Double(n * n)) // momentum too
        }
    }

    @Test func taylorGreenAdvectionConservesMeanAndDecaysVariance() {
        let n = 8
        let x = (0..<n).map { 2 * Double.pi * Double($0) / Double(n) }
        var c0 = [Double](repeating: 1, count: n * n * n)
        for i in 0..<n { for j in 0..<n { for k in 0..<n { c0[(i * n + j) * n + k] += 0.3 * cos(x[i] + 2 * x[k]) + 0.2 * sin(x[j]) } } }
        let vel = TaylorGreenAdvection3D.velocity(n: n, amplitude: 1, coordinates: x)
        let frames = TaylorGreenAdvection3D.solve(c0, n: n, velocity: vel, kappa: 0.05, dt: 0.05, times: [0, 0.5, 1.0])
        var lastVar = Double.infinity
        for f in frames {
            let m = Self.mean(f)
            #expect(abs(m - 1) < 1e-12) // divergence-free advection + diffusion conserve the mean
            let variance = f.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(f.count)
            #expect(variance < lastVar) // and dissipate the variance
            lastVar = variance
        }
    }
}
