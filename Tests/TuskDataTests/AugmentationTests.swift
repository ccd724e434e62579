import Foundation
import Testing
import TuskIR
import TuskTestSupport
@testable import TuskData

/// Integer matrix product.
private func mul(_ a: [[Int]], _ b: [[Int]]) -> [[Int]] {
    a.indices.map { i in b[0].indices.map { j in a[i].indices.reduce(0) { $0 + a[i][$1] * b[$1][j] } } }
}

@Suite struct AugmentationTests {
    @Test func the24CubeRotationsFormAGroup() throws {
        let g = AxisRotation.wellProper3D
        #expect(g.count == 24)
        #expect(Set(g).count == 24)
        #expect(Set(g.map(\.matrix)).count == 24)
        #expect(g.allSatisfy { $0.isProper })
        let set = Set(g)
        for a in g {
            #expect(set.contains(a.inverse))
            #expect(a.then(a.inverse) == .identity(dimension: 3))
            #expect(mul(a.matrix, a.inverse.matrix) == AxisRotation.identity(dimension: 3).matrix)
            for b in g {
                let c = a.then(b)
                #expect(set.contains(c)) // closed under composition
                #expect(c.matrix == mul(b.matrix, a.matrix))
            }
        }
        #expect(AxisRotation.all(dimension: 3).count == 48)
        #expect(Set(AxisRotation.all(dimension: 3)).filter { $0.isProper } == set)
        #expect(Set(AxisRotation.wellProper2D).count == 4 && AxisRotation.wellProper2D.allSatisfy { $0.isProper })
        #expect(Set(AxisRotation.all(dimension: 2)).count == 8)
        #expect(Set(AxisRotation.all(dimension: 1)).count == 2)
        #expect(throws: TuskError.self) { try AxisRotation(permutation: [0, 0], flips: [false, false]) }
    }

    /// A 2-D field embedded in 3-D (z singleton) under the 8 cube rotations that keep z in
    /// place sees all 8 signed permutations of its plane (the z flip fixes the determinant).
    @Test func embeddedPlaneSeesAllEightSymmetries() {
        let keepZ = AxisRotation.wellProper3D.filter { $0.permutation[2] == 2 }
        #expect(keepZ.count == 8)
        let planar = Set(keepZ.map { r in try! AxisRotation(permutation: Array(r.permutation[0 ..< 2]), flips: Array(r.flips[0 ..< 2])) })
        #expect(planar == Set(AxisRotation.all(dimension: 2)))
        // The 2-D proper table is the in-plane part of those without a z flip.
        #expect(Set(keepZ.filter { !$0.flips[2] }.map { try! AxisRotation(permutation: Array($0.permutation[0 ..< 2]), flips: Array($0.flips[0 ..< 2])) })
                == Set(AxisRotation.wellProper2D))
    }

    @Test func randomDrawsAreDeterministicAndCoverTheGroup() {
        var a = SeededRandom(seed: 7), b = SeededRandom(seed: 7)
        let xs = (0 ..< 480).map { _ in RotationGroup.proper.random(dimension: 3, using: &a) }
        let ys = (0 ..< 480).map { _ in RotationGroup.proper.random(dimension: 3, using: &b) }
        #expect(xs == ys)
        #expect(Set(xs).count == 24) // P(some element missing in 480 draws) < 24·(23/24)^480 ≈ 3e-8
        var c = SeededRandom(seed: 8)
        #expect(Set((0 ..< 100).map { _ in RotationGroup.signedPermutations.random(dimension: 2, using: &c) }).count == 8)
    }

    /// Analytic fields on a centred 3×4×5 grid (x_a = i_a − (n_a−1)/2, so a flip negates the
    /// coordinate): scalar f(x), vector v(x) = A x + b and tensor T(x) = B + x xᵀ. After every
    /// one of the 24 rotations: f'(x') = f(Rᵀx'), v'(x') = R v(Rᵀx'), T'(x') = R T(Rᵀx') Rᵀ.
    /// The values are small integers/halves, so the comparison is exact.
    @Test func analyticFieldsTransformByTheirTensorLaw() throws {
        let n = [3, 4, 5]
        let A: [[Double]] = [[1, 2, 0], [-1, 0, 3], [2, 1, -2]], b: [Double] = [0.5, -1, 2]
        let B: [[Double]] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
        func f(_ x: [Double]) -> Double { x[0] + 2 * x[1] * x[1] - 3 * x[2] + x[0] * x[2] }
        func v(_ x: [Double]) -> [Double] { (0 ..< 3).map { i in (0 ..< 3).reduce(b[i]) { $0 + A[i][$1] * x[$1] } } }
        func T(_ x: [Double]) -> [[Double]] { (0 ..< 3).map { i in (0 ..< 3).map { j in B[i][j] + x[i] * x[j] } } }
        func coords(_ idx: [Int], _ shape: [Int]) -> [Double] { (0 ..< 3).map { Double(idx[$0]) - Double(shape[$0] - 1) / 2 } }
        func sample(_ shape: [Int], _ fn: ([Double]) -> [Double]) -> [Float] {
            var out: [Float] = []
            for i in 0 ..< shape[0] { for j in 0 ..< shape[1] { for k in 0 ..< shape[2] {
                out += fn(coords([i, j, k], shape)).map(Float.init)
            } } }
            return out
        }
        let layout = try TensorFieldLayout(scalars: ["p"], vectors: ["u"], tensors: ["E"])
        let names = layout.channelNames(dimension: 3)
        #expect(names.count == 13 && names[1] == "u_x" && names[5] == "E_xy")
        let series = try FieldSeries(shape: [1] + n + [13], values: sample(n) { x in [f(x)] + v(x) + T(x).flatMap { $0 } },
                                     fieldNames: names)
        for r in AxisRotation.wellProper3D {
            let R = r.matrix.map { $0.map(Double.init) }
            func rt(_ y: [Double]) -> [Double] { (0 ..< 3).map { i in (0 ..< 3).reduce(0) { $0 + R[$1][i] * y[$1] } } }
            let rotated = try series.rotated(by: r, layout: layout)
            let newShape = (0 ..< 3).map { n[r.permutation[$0]] }
            #expect(rotated.spatialShape == newShape)
            let expected = sample(newShape) { y in
                let x = rt(y)
                let vv = v(x), tt = T(x)
                var out: [Double] = [f(x)]
                for i in 0 ..< 3 {
                    var s = 0.0
                    for k in 0 ..< 3 { s += R[i][k] * vv[k] }
                    out.append(s)
                }
                for i in 0 ..< 3 {
                    for j in 0 ..< 3 {
                        var s = 0.0
                        for k in 0 ..< 3 { for l in 0 ..< 3 { s += R[i][k] * tt[k][l] * R[j][l] } }
                        out.append(s)
                    }
                }
                return out
            }
            #expect(rotated.values == expected, "\(r)")
            #expect(try rotated.rotated(by: r.inverse, layout: layout) == series)
        }
    }

    /// Divergence (a scalar) is invariant and curl (a proper-rotation vector) rotates: for
    /// v = A x, central differences give div = tr A and curl = axial(A − Aᵀ) exactly.
    @Test func divergenceAndCurlOfARotatedField() throws {
        let A: [[Float]] = [[1, 2, 0], [-1, 0, 3], [2, 1, -2]]
        let n = 3
        var vals: [Float] = []
        for i in 0 ..< n { for j in 0 ..< n { for k in 0 ..< n {
            let x = [Float(i - 1), Float(j - 1), Float(k - 1)]
            vals += (0 ..< 3).map { a in (0 ..< 3).reduce(Float(0)) { $0 + A[a][$1] * x[$1] } }
        } } }
        let layout = try TensorFieldLayout(scalars: [], vectors: ["u"])
        let s = try FieldSeries(shape: [1, n, n, n, 3], values: vals, fieldNames: layout.channelNames(dimension: 3))
        func grad(_ s: FieldSeries) -> [[Float]] { // J[a][b] = ∂u_a/∂x_b at the centre
            func at(_ i: [Int], _ a: Int) -> Float { s.values[((i[0] * n + i[1]) * n + i[2]) * 3 + a] }
            return (0 ..< 3).map { a in (0 ..< 3).map { bb in
                var p = [1, 1, 1], m = [1, 1, 1]; p[bb] = 2; m[bb] = 0
                return (at(p, a) - at(m, a)) / 2 } }
        }
        func curl(_ J: [[Float]]) -> [Float] { [J[2][1] - J[1][2], J[0][2] - J[2][0], J[1][0] - J[0][1]] }
        let J0 = grad(s)
        for r in AxisRotation.wellProper3D {
            let J = grad(try s.rotated(by: r, layout: layout))
            #expect(J[0][0] + J[1][1] + J[2][2] == J0[0][0] + J0[1][1] + J0[2][2])
            let R = r.matrix.map { $0.map(Float.init) }
            let c0 = curl(J0)
            #expect(curl(J) == (0 ..< 3).map { i in (0 ..< 3).reduce(Float(0)) { $0 + R[i][$1] * c0[$1] } })
        }
    }

    @Test func twoDimensionalQuarterTurnByHand() throws {
        // Scalar a on a 2×3 grid: a[i][j] = 10 i + j. the_well's 90° entry: perm (1, 0), flip (0, 1):
        // new axis 0 = old axis 1, new axis 1 = old axis 0 reversed.
        let layout = try TensorFieldLayout(scalars: ["a"], vectors: ["v"])
        var vals: [Float] = []
        for i in 0 ..< 2 { for j in 0 ..< 3 { vals += [Float(10 * i + j), 1, 2] } } // v = (1, 2) everywhere
        let s = try FieldSeries(shape: [1, 2, 3, 3], values: vals, fieldNames: ["a", "v_x", "v_y"])
        let r = AxisRotation.wellProper2D[1]
        let out = try s.rotated(by: r, layout: layout)
        #expect(out.shape == [1, 3, 2, 3])
        // new[i'][j'] = old[1 − j'][i']
        let a = (0 ..< 3).flatMap { i in (0 ..< 2).map { j in out.value(t: 0, point: i * 2 + j, channel: 0) } }
        #expect(a == [10, 0, 11, 1, 12, 2])
        // v' = (v_y, −v_x) = (2, −1)
        #expect(out.value(t: 0, point: 0, channel: 1) == 2 && out.value(t: 0, point: 0, channel: 2) == -1)
        #expect(throws: TuskError.self) { try s.rotated(by: AxisRotation.wellProper3D[0], layout: layout) }
        #expect(throws: TuskError.self) { try s.rotated(by: r, layout: try TensorFieldLayout(scalars: ["a"])) }
    }

    @Test func boundaryConditionsPermuteAndFlip() throws {
        // x: WALL(0)/OPEN(1), y: PERIODIC(2)/PERIODIC, z: OPEN/WALL
        let bcs = [[0, 1], [2, 2], [1, 0]]
        let r = try AxisRotation(permutation: [2, 0, 1], flips: [true, false, true])
        #expect(try r.rotate(boundaryConditions: bcs) == [[0, 1], [0, 1], [2, 2]])
        #expect(try r.inverse.rotate(boundaryConditions: r.rotate(boundaryConditions: bcs)) == bcs)
        #expect(throws: TuskError.self) { try r.rotate(boundaryConditions: [[0, 1]]) }
    }
}
