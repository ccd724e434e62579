import Foundation
import TuskIR

/// The axial rotary embedding of the space attention (spec §3.6; the reference's
/// `RotaryEmbedding(dim = head_dim // 4, freqs_for = "pixel", max_freq = 256)`), computed in
/// Float exactly as the reference computes it in float32.
///
/// * frequencies = π · linspace(1, 128, dim // 2) with dim = head_dim // 4 (none when dim < 2;
///   dim == 2 is the reference's ZeroDivisionError, rejected);
/// * per token-grid axis (h, w, d): positions linspace(−1, 1, n) (n = 1 → [−1]); angles
///   θ = position · frequency, each repeated twice ([θ0, θ0, θ1, θ1, …]); axis blocks
///   concatenated h, w, d → `rotatedFeatures` = 3 · 2 · (dim // 2) leading features of each head.
public struct AxialRoPETable: Hashable, Sendable {
    /// Head width of the attention.
    public var headDim: Int
    /// π · linspace(1, 128, count), Float.
    public var frequencies: [Float]

    /// Number of frequencies for a head width: (head_dim // 4) // 2.
    public static func frequencyCount(headDim: Int) -> Int { (headDim / 4) / 2 }

    /// Builds the table for `headDim`; throws for head_dim // 4 == 2 (the reference crashes).
    public init(headDim: Int) throws {
        guard headDim > 0 else {
            throw TuskError.config(field: "space_num_heads", message: "head_dim must be positive, got \(headDim)")
        }
        guard headDim / 4 != 2 else {
            throw TuskError.config(field: "space_num_heads",
                                   message: "head_dim \(headDim) gives RoPE dim 2 (ZeroDivisionError in the reference)")
        }
        self.headDim = headDim
        // torch: float32 tensor * math.pi — the Python double rounded to NEAREST float
        // (0x40490FDB). Swift's `Float.pi` is rounded toward zero (0x40490FDA): not the same.
        let pi = Float(Double.pi)
        frequencies = Self.linspace(1, 128, Self.frequencyCount(headDim: headDim)).map { $0 * pi }
    }

    /// Features per head that are rotated (the rest pass through): 3 · 2 · frequency count.
    public var rotatedFeatures: Int { 3 * 2 * frequencies.count }

    /// PyTorch's float32 `linspace`: step = (end − start)/(n − 1); the first half counts up from
    /// `start`, the second half down from `end` (so both ends are exact); n = 1 → [start].
    public static func linspace(_ start: Float, _ end: Float, _ n: Int) -> [Float] {
        if n <= 0 { return [] }
        if n == 1 { return [start] }
        let step = (end - start) / Float(n - 1)
        let halfway = n / 2
        return (0..<n).map { i in
            i < halfway ? start + step * Float(i) : end - step * Float(n - 1 - i)
        }
    }

    /// Token positions of an axis with `n` tokens: linspace(−1, 1, n).
    public static func positions(_ n: Int) -> [Float] { linspace(-1, 1, n) }

    /// The angle table for a token grid (h, w, d): `tokens` = h·w·d rows, flattened row-major
    /// (h outermost, then w, then d), each of `rotatedFeatures` angles (Float, row-major
    /// [tokens, rotatedFeatures]).
    public func angles(tokenGrid: [Int]) throws -> (tokens: Int, rotatedFeatures: Int, values: [Float]) {
        guard tokenGrid.count == 3, tokenGrid.allSatisfy({ $0 >= 1 }) else {
            throw TuskError.config(field: "token grid", message: "expected 3 positive sizes (h, w, d), got \(tokenGrid)")
        }
        let perAxis = tokenGrid.map { n in
            Self.positions(n).map { p in frequencies.flatMap { f in [p * f, p * f] } }
        }
        let (h, w, d) = (tokenGrid[0], tokenGrid[1], tokenGrid[2])
        var values: [Float] = []
        values.reserveCapacity(h * w * d * rotatedFeatures)
        for i in 0..<h {
            for j in 0..<w {
                for k in 0..<d {
                    values += perAxis[0][i]
                    values += perAxis[1][j]
                    values += perAxis[2][k]
                }
            }
        }
        return (h * w * d, rotatedFeatures, values)
    }
}
