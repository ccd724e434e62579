import TuskIR

/// A signed permutation of the spatial axes: a rotation by multiples of 90° (proper, det +1)
/// or a rotation combined with a reflection (det −1), in the_well's (permutation, reflection
/// mask) form (`the_well/data/augmentation.py`, `RandomRotation90.rotate90`):
///
/// 1. permute: new axis `j` is old axis `permutation[j]` (`torch.movedim(src=perm, dst=range)`),
///    and every tensor index is permuted the same way;
/// 2. flip: new axis `j` is reversed when `flips[j]`, and a tensor component is multiplied by
///    (−1)^(number of its indices `j` with `flips[j]`).
///
/// As a matrix acting on coordinates, `x' = R x` with `R[j][permutation[j]] = flips[j] ? −1 : +1`;
/// vectors transform as `v' = R v`, rank-2 tensors as `T' = R T Rᵀ`.
public struct AxisRotation: Hashable, Sendable, CustomStringConvertible {
    /// New axis `j` is old axis `permutation[j]`.
    public let permutation: [Int]
    /// New axis `j` is reversed (after the permutation).
    public let flips: [Bool]

    /// Validates that `permutation` is a permutation of `0..<D` and `flips` has `D` entries.
    public init(permutation: [Int], flips: [Bool]) throws {
        guard permutation.sorted() == Array(0 ..< permutation.count), flips.count == permutation.count,
              (1 ... 3).contains(permutation.count) else {
            throw TuskError.binding("axis rotation: \(permutation) is not a permutation of 0..<D (D = 1…3) with \(permutation.count) flips (got \(flips.count))")
        }
        self.permutation = permutation
        self.flips = flips
    }

    private init(unchecked permutation: [Int], _ flips: [Bool]) {
        self.permutation = permutation
        self.flips = flips
    }

    /// Number of spatial axes.
    public var dimension: Int { permutation.count }

    /// The identity in `dimension` axes.
    public static func identity(dimension d: Int) -> AxisRotation {
        AxisRotation(unchecked: Array(0 ..< d), [Bool](repeating: false, count: d))
    }

    /// The sign of new axis `j` (−1 when flipped).
    public func sign(_ j: Int) -> Int { flips[j] ? -1 : 1 }

    /// `R` with `x' = R x` (row `j` has its single non-zero entry in column `permutation[j]`).
    public var matrix: [[Int]] {
        (0 ..< dimension).map { j in (0 ..< dimension).map { $0 == permutation[j] ? sign(j) : 0 } }
    }

    /// det R = sign(permutation) · Π signs: +1 for rotations, −1 for reflections.
    public var determinant: Int {
        var parity = 1
        for i in 0 ..< dimension { for j in i + 1 ..< dimension where permutation[i] > permutation[j] { parity = -parity } }
        return flips.reduce(parity) { $1 ? -$0 : $0 }
    }

    /// True for a rotation (det +1).
    public var isProper: Bool { determinant == 1 }

    /// Applying `self`, then `next`: matrix `next.R · self.R`.
    public func then(_ next: AxisRotation) -> AxisRotation {
        precondition(next.dimension == dimension, "composing rotations of different dimensions")
        let p = (0 ..< dimension).map { permutation[next.permutation[$0]] }
        let f = (0 ..< dimension).map { (next.sign($0) * sign(next.permutation[$0])) < 0 }
        return AxisRotation(unchecked: p, f)
    }

    /// The inverse (matrix Rᵀ).
    public var inverse: AxisRotation {
        var p = [Int](repeating: 0, count: dimension), f = [Bool](repeating: false, count: dimension)
        for j in 0 ..< dimension { p[permutation[j]] = j; f[permutation[j]] = flips[j] }
        return AxisRotation(unchecked: p, f)
    }

    /// Maps a coordinate vector: `(R x)_j = sign(j) · x[permutation[j]]`.
    public func apply(_ x: [Double]) -> [Double] {
        (0 ..< dimension).map { Double(sign($0)) * x[permutation[$0]] }
    }

    public var description: String {
        "AxisRotation(perm: \(permutation), flip: \(flips.map { $0 ? 1 : 0 }))"
    }

    /// the_well's `PROPER_2D_ROTATIONS`, in its order (0°, 90°, 180°, 270°).
    public static let wellProper2D: [AxisRotation] = [
        ([0, 1], [0, 0]), ([1, 0], [0, 1]), ([0, 1], [1, 1]), ([1, 0], [1, 0]),
    ].map { AxisRotation(unchecked: $0.0, $0.1.map { $0 == 1 }) }

    /// the_well's `PROPER_3D_ROTATIONS`, in its order (index = `hardcoded_rotation_index`):
    /// the 24 rotations of the cube used by Walrus' `RandomRotation90` augmentation.
    public static let wellProper3D: [AxisRotation] = [
        ([0, 1, 2], [1, 1, 0]), ([0, 1, 2], [1, 0, 1]), ([0, 1, 2], [0, 1, 1]), ([0, 1, 2], [0, 0, 0]),
        ([0, 2, 1], [1, 1, 1]), ([0, 2, 1], [1, 0, 0]), ([0, 2, 1], [0, 1, 0]), ([0, 2, 1], [0, 0, 1]),
        ([1, 0, 2], [1, 1, 1]), ([1, 0, 2], [1, 0, 0]), ([1, 0, 2], [0, 1, 0]), ([1, 0, 2], [0, 0, 1]),
        ([1, 2, 0], [1, 1, 0]), ([1, 2, 0], [1, 0, 1]), ([1, 2, 0], [0, 1, 1]), ([1, 2, 0], [0, 0, 0]),
        ([2, 0, 1], [1, 1, 0]), ([2, 0, 1], [1, 0, 1]), ([2, 0, 1], [0, 1, 1]), ([2, 0, 1], [0, 0, 0]),
        ([2, 1, 0], [1, 1, 1]), ([2, 1, 0], [1, 0, 0]), ([2, 1, 0], [0, 1, 0]), ([2, 1, 0], [0, 0, 1]),
    ].map { AxisRotation(unchecked: $0.0, $0.1.map { $0 == 1 }) }

    /// Every signed permutation of `d` axes (the hyperoctahedral group: 2, 8, 48 elements),
    /// i.e. what axis flips plus axis permutations (the_well's RandomAxisFlip +
    /// RandomAxisPermute) can reach. A 2-D field embedded in 3-D (Walrus) and rotated by the
    /// 24 cube rotations sees all 8 of its plane's signed permutations (the out-of-plane flip
    /// absorbs the determinant); a 1-D field sees both of its 2.
    public static func all(dimension d: Int) -> [AxisRotation] {
        func perms(_ a: [Int]) -> [[Int]] {
            a.count <= 1 ? [a] : a.indices.flatMap { i in perms(Array(a[..<i] + a[(i + 1)...])).map { [a[i]] + $0 } }
        }
        return perms(Array(0 ..< d)).flatMap { p in
            (0 ..< (1 << d)).map { m in AxisRotation(unchecked: p, (0 ..< d).map { m & (1 << $0) != 0 }) }
        }
    }

    /// The proper rotations of `d` axes: the identity in 1-D, the_well's 4 in 2-D, its 24 in 3-D.
    public static func proper(dimension d: Int) -> [AxisRotation] {
        switch d {
        case 2: return wellProper2D
        case 3: return wellProper3D
        default: return [identity(dimension: d)]
        }
    }
}

/// Which rotations a random augmentation draws from.
public enum RotationGroup: String, Sendable, Codable {
    /// Proper rotations only (the_well's `RandomRotation90`: 4 in 2-D, 24 in 3-D; identity
    /// in 1-D). Walrus embeds everything in 3-D first and draws from the 24.
    case proper
    /// All signed permutations (2 in 1-D, 8 in 2-D, 48 in 3-D).
    case signedPermutations

    /// The group's elements for `d` axes.
    public func elements(dimension d: Int) -> [AxisRotation] {
        self == .proper ? AxisRotation.proper(dimension: d) : AxisRotation.all(dimension: d)
    }

    /// One element drawn uniformly with `rng` (deterministic for a seeded generator).
    public func random(dimension d: Int, using rng: inout some RandomNumberGenerator) -> AxisRotation {
        let e = elements(dimension: d)
        return e[Int.random(in: 0 ..< e.count, using: &rng)]
    }
}
