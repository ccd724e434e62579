import Testing
import TuskIR
@testable import TuskWalrus

/// π as torch applies it to a float32 tensor: the double rounded to nearest (NOT Swift's
/// `Float.pi`, which is rounded toward zero).
private let pi = Float(Double.pi)

@Suite("Axial RoPE")
struct AxialRoPETableTests {
    /// walrus-tiny: head_dim 16 → dim 4 → frequencies π and 128π; 12 of 16 features rotated.
    @Test func tinyFrequencies() throws {
        #expect(pi.bitPattern == 0x4049_0FDB)
        let t = try AxialRoPETable(headDim: WalrusConfig.tiny.spaceHeadDim)
        #expect(t.frequencies == [pi, 128 * pi])
        #expect(t.rotatedFeatures == 12)
    }

    /// Release: head_dim 88 → dim 22 → 11 frequencies π·(1 + 12.7k) (float32 linspace from both
    /// ends), 66 features rotated.
    @Test func releaseFrequencies() throws {
        let t = try AxialRoPETable(headDim: 88)
        #expect(t.frequencies.count == 11 && t.rotatedFeatures == 66)
        #expect(t.frequencies.first == pi && t.frequencies.last == 128 * pi)
        let step: Float = 127 / 10
        #expect(t.frequencies[3] == (1 + step * 3) * pi)
        #expect(t.frequencies[7] == (128 - step * 3) * pi)
        // Within 2 ulp of the exact real values (the float32 construction's only error).
        for (k, f) in t.frequencies.enumerated() {
            let exact = Double.pi * (1 + 12.7 * Double(k))
            #expect(abs(Double(f) - exact) <= 2 * Double(f.ulp), "k = \(k)")
        }
    }

    @Test func degenerateHeadDims() throws {
        #expect(try AxialRoPETable(headDim: 4).rotatedFeatures == 0)
        #expect(try AxialRoPETable(headDim: 7).frequencies.isEmpty)
        for hd in 8...11 { expectConfigError(field: "space_num_heads") { _ = try AxialRoPETable(headDim: hd) } }
        #expect(try AxialRoPETable(headDim: 12).frequencies == [pi])
    }

    @Test func positions() {
        #expect(AxialRoPETable.positions(1) == [-1])
        #expect(AxialRoPETable.positions(2) == [-1, 1])
        #expect(AxialRoPETable.positions(3) == [-1, 0, 1])
        #expect(AxialRoPETable.positions(5) == [-1, -0.5, 0, 0.5, 1])
        let p33 = AxialRoPETable.positions(33)
        #expect(p33.count == 33 && p33[16] == 0 && p33[0] == -1 && p33[32] == 1)
        #expect(p33[1] == -1 + 0.0625 && p33[31] == 1 - 0.0625)
    }

    /// Token grid (2, 3, 1), row-major h, w, d; per axis [θ0, θ0, θ1, θ1] with θ = p·(π, 128π).
    @Test func angleTable() throws {
        let t = try AxialRoPETable(headDim: 16)
        let a = try t.angles(tokenGrid: [2, 3, 1])
        #expect(a.tokens == 6 && a.rotatedFeatures == 12 && a.values.count == 72)
        let big = 128 * pi
        func row(_ i: Int) -> [Float] { Array(a.values[(i * 12)..<((i + 1) * 12)]) }
        func block(_ p: Float) -> [Float] { [p * pi, p * pi, p * big, p * big] }
        // token 0 = (h0, w0, d0): positions (−1, −1, −1)
        #expect(row(0) == block(-1) + block(-1) + block(-1))
        // token 1 = (h0, w1, d0): w position 0
        #expect(row(1) == block(-1) + block(0) + block(-1))
        // token 5 = (h1, w2, d0): (1, 1, −1)
        #expect(row(5) == block(1) + block(1) + block(-1))
        expectConfigError(field: "token grid") { _ = try t.angles(tokenGrid: [2, 3]) }
    }
}
