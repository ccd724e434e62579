/// Integrating-factor RK4 for û_t = L û + N(û) with diagonal L (exact linear part):
/// E = e^{L dt/2}; k1 = dt N(û); k2 = dt N(E(û + k1/2)); k3 = dt N(Eû + k2/2);
/// k4 = dt N(E²û + E k3); û ← E²û + (E²k1 + 2E(k2 + k3) + k4)/6.
struct IFRK4 {
    let e: [Double]
    let e2: [Double]
    let dt: Double

    init(linear: [Double], dt: Double) {
        e = linear.map { Foundation.exp($0 * dt / 2) }
        e2 = e.map { $0 * $0 }
        self.dt = dt
    }

    /// One step for a system of fields sharing the same grid (each with its own linear symbol
    /// handled by its own `IFRK4`); `nonlinear` maps the state to dt-free tendencies.
    static func step(_ u: [ComplexField], schemes: [IFRK4], nonlinear: ([ComplexField]) -> [ComplexField]) -> [ComplexField] {
        let n = u.count
        let dt = schemes[0].dt
        func scale(_ f: [ComplexField], _ s: Double) -> [ComplexField] {
            f.map { g in
                var r = g
                for j in r.re.indices { r.re[j] *= s; r.im[j] *= s }
                return r
            }
        }
        let k1 = scale(nonlinear(u), dt)
        let a = (0..<n).map { i in ComplexField.axpy(0.5, k1[i], u[i]).scaled(by: schemes[i].e) }
        let k2 = scale(nonlinear(a), dt)
        let b = (0..<n).map { i in ComplexField.axpy(0.5, k2[i], u[i].scaled(by: schemes[i].e)) }
        let k3 = scale(nonlinear(b), dt)
        let c = (0..<n).map { i in u[i].scaled(by: schemes[i].e2) + k3[i].scaled(by: schemes[i].e) }
        let k4 = scale(nonlinear(c), dt)
        return (0..<n).map { i in
            let s = schemes[i]
            var r = u[i].scaled(by: s.e2)
            for j in r.re.indices {
                r.re[j] += (s.e2[j] * k1[i].re[j] + 2 * s.e[j] * (k2[i].re[j] + k3[i].re[j]) + k4[i].re[j]) / 6
                r.im[j] += (s.e2[j] * k1[i].im[j] + 2 * s.e[j] * (k2[i].im[j] + k3[i].im[j]) + k4[i].im[j]) / 6
            }
            return r
        }
    }
}

import Foundation
