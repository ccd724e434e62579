import Testing
import TuskIR
@testable import TuskWalrus

@Suite("PatchJitter and decoder geometry")
struct PatchJitterGeometryTests {
    typealias Row = (size: Int, dims: Int, periodic: [Int], openJitter: [Int])

    /// Spec §3.2 table: size → padded → conv1 → conv2, periodic and open-with-jitter.
    static let specTable: [Row] = [
        (128, 2, [138, 66, 32], [142, 68, 33]),
        (256, 2, [268, 66, 32], [276, 68, 33]),
        (384, 2, [398, 66, 32], [410, 68, 33]),
        (512, 2, [516, 128, 32], [532, 132, 33]),
        (1024, 2, [1024, 128, 32], [1056, 132, 33]),
        (64, 3, [74, 34, 16], [78, 36, 17]),
        (128, 3, [140, 34, 16], [148, 36, 17]),
        (32, 2, [42, 35, 32], [42, 35, 32]),
        (16, 3, [26, 19, 16], [26, 19, 16]),
    ]

    func axis(_ size: Int, dims: Int, _ bc: BoundaryCondition, _ jitter: WalrusConfig.Jitter) throws -> JitterAxisGeometry {
        let shape = Array(repeating: size, count: dims)
        let strides = try StridePolicy.strides(for: shape)
        return try PatchJitter.axis(size: size, boundary: AxisBoundary(bc), strides: strides[0], kernels: KernelPair(8, 4),
                                    jitter: jitter)
    }

    @Test func specTokenTable() throws {
        for row in Self.specTable {
            let p = try axis(row.size, dims: row.dims, .periodic, .on)
            #expect([p.paddedSize, p.conv1Size, p.tokens] == row.periodic, "periodic \(row.size)")
            let o = try axis(row.size, dims: row.dims, .open, .on)
            #expect([o.paddedSize, o.conv1Size, o.tokens] == row.openJitter, "open \(row.size)")
            // With jitter off, open axes get only `extra`: the periodic column.
            let off = try axis(row.size, dims: row.dims, .wall, .off)
            #expect([off.paddedSize, off.conv1Size, off.tokens] == row.periodic, "open, jitter off \(row.size)")
        }
    }

    /// Spec §3.3 examples: 128 open (2,2): pad 7, r ∈ [−6, 6]; 128 periodic: circular 5, r ∈ [−63, 63].
    @Test func padsAndRollRanges() throws {
        let open = try axis(128, dims: 2, .open, .on)
        #expect(open.constantPad == 7 && open.circularPad == 0 && open.extra == 5)
        #expect(open.rollRange == -6...6)
        let periodic = try axis(128, dims: 2, .periodic, .on)
        #expect(periodic.constantPad == 0 && periodic.circularPad == 5)
        #expect(periodic.rollRange == -63...63)
        #expect(try axis(128, dims: 2, .open, .off).rollRange == nil)
        // Patch 1 never draws, even with jitter on.
        #expect(try axis(32, dims: 2, .periodic, .on).rollRange == nil)
        #expect(try axis(32, dims: 2, .open, .on).constantPad == 5)
    }

    /// The fixtures' 128×32 (H open, W periodic): 32×32 tokens jitter off, 33×32 jitter on, and
    /// exactly the paddings and roll ranges recorded in case.json.
    @Test(arguments: WalrusFixtures.caseNames)
    func fixtureGeometry(caseName: String) throws {
        let json = try WalrusFixtures.caseJSON(caseName)
        let config = try WalrusConfig.load(path: WalrusFixtures.path(caseName, "case.json"))
        let input = try #require(json["input"] as? [String: Any])
        let bcs = try AxisBoundary.parse(try #require(input["bcs"] as? [[Int]]))
        let g = try WalrusGeometry(config: config, spatialShape: [128, 32], boundaries: bcs)
        #expect(g.tokenGrid == (try #require(json["token_grid"] as? [Int])))
        #expect(g.tokenGrid == (config.jitter == .on ? [33, 32, 1] : [32, 32, 1]))
        #expect(g.encoderKey == 2)
        let jitter = try #require(json["jitter"] as? [String: Any])
        if let constant = jitter["constant_paddings_torch_order"] as? [Int] {
            #expect(g.constantPaddingsTorchOrder == constant)
        }
        if let periodic = jitter["periodic_paddings_torch_order"] as? [Int] {
            #expect(g.periodicPaddingsTorchOrder == periodic)
        }
        let ranges = try #require(jitter["encoder_roll_ranges"] as? [String: [Int]])
        #expect(g.encoderRollRanges[0].map { [$0.lowerBound, $0.upperBound] } == ranges["H"])
        #expect(g.encoderRollRanges[1] == nil && g.encoderRollRanges[2] == nil)
        // Forced rolls lie in the legal ranges.
        let rolls = try #require(jitter["encoder_rolls"] as? [Int])
        for a in 0..<3 { #expect(rolls[a] == 0 || g.encoderRollRanges[a]?.contains(rolls[a]) == true) }
        let blockRolls = try #require(jitter["block_rolls"] as? [[Int]])
        let blockRanges = g.blockRollRanges(jitter: config.jitter)
        for r in blockRolls { for a in 0..<3 { #expect(r[a] == 0 || blockRanges[a]?.contains(r[a]) == true) } }
        if config.jitter == .on { #expect(blockRanges[1] == 0..<32) }
        #expect(g.paddedShape == (config.jitter == .on ? [142, 42, 1] : [138, 42, 1]))
    }

    /// Decoder (spec §3.8): periodic pad_in = (k−s)//s, crop k−s; output equals the padded size.
    @Test func decoderPaddingValues() throws {
        let d = DecoderAxisGeometry(tokens: 32, strides: StridePair(2, 2), kernels: KernelPair(8, 4), periodic: true)
        #expect([d.convT1.padIn, d.convT1.padOut, d.convT1.outputSize] == [1, 2, 66])
        #expect([d.convT2.padIn, d.convT2.padOut, d.convT2.outputSize] == [3, 6, 138])
        let open = DecoderAxisGeometry(tokens: 33, strides: StridePair(2, 2), kernels: KernelPair(8, 4), periodic: false)
        #expect([open.convT1.outputSize, open.outputSize] == [68, 142])
        let unit = DecoderAxisGeometry(tokens: 32, strides: StridePair(1, 1), kernels: KernelPair(8, 4), periodic: true)
        #expect([unit.convT1.padIn, unit.convT1.padOut, unit.convT2.padIn, unit.convT2.padOut] == [3, 3, 7, 7])
        #expect(unit.outputSize == 42)
        let singleton = DecoderAxisGeometry(tokens: 1, strides: StridePair(1, 1), kernels: KernelPair(8, 4), periodic: true)
        #expect(singleton.convT1.averagesKernel && singleton.outputSize == 1)
    }

    /// Every legal size in 1-D, 2-D and 3-D, periodic or not, jitter on or off, decodes back to
    /// the padded size with P (periodic / jitter off) or P+1 (open, jitter on, s1·s2 > 1) tokens —
    /// except periodic axes with s1 = 6, which the reference cannot decode and Tusk rejects.
    @Test func everyLegalSizeRoundTrips() throws {
        var config = WalrusConfig.tiny
        config.includeDims = [1, 2, 3]
        for jitter in [WalrusConfig.Jitter.on, .off] {
            config.jitter = jitter
            for dims in 1...3 {
                let p = StridePolicy.tokensPerAxis(nonSingletonAxes: dims)
                for size in StridePolicy.legalSizes(dimensionality: dims) {
                    for bc in [BoundaryCondition.wall, .open, .periodic] {
                        let shape = Array(repeating: size, count: dims)
                        let bcs = Array(repeating: AxisBoundary(bc), count: dims)
                        let s1 = try StridePolicy.strides(for: shape)[0].s1
                        if bc == .periodic && s1 == 6 {
                            let m = expectConfigError(field: "input shape") {
                                _ = try WalrusGeometry(config: config, spatialShape: shape, boundaries: bcs)
                            }
                            #expect(m.contains("s1 = 6"))
                            continue
                        }
                        let g = try WalrusGeometry(config: config, spatialShape: shape, boundaries: bcs)
                        let grows = bc != .periodic && jitter == .on && size > p
                        #expect(Array(g.tokenGrid.prefix(dims)) == Array(repeating: grows ? p + 1 : p, count: dims),
                                "\(dims)-D \(size) \(bc) jitter \(jitter)")
                        #expect(g.tokenGrid.dropFirst(dims).allSatisfy { $0 == 1 })
                        #expect(g.decoder.map(\.outputSize) == g.paddedShape)
                        #expect(g.encoderKey == dims)
                    }
                }
            }
        }
    }

    @Test func oneDimensionalAndEncoderChoice() throws {
        var config = WalrusConfig.tiny
        let m = expectConfigError(field: "include_d") {
            _ = try WalrusGeometry(config: config, spatialShape: [128], boundaries: [.periodic])
        }
        #expect(m.contains("add 1 to include_d"))
        config.includeDims = [1, 2, 3]
        let g = try WalrusGeometry(config: config, spatialShape: [128], boundaries: [.periodic])
        #expect(g.tokenGrid == [32, 1, 1])
        #expect(g.periodicAxes == [0, 1, 2])
        // A 3-D tensor with a singleton axis uses the "2" pair; override 3 forces "3".
        #expect(try WalrusGeometry(config: .tiny, spatialShape: [128, 1, 32], boundaries: [.periodic]).encoderKey == 2)
        config.overrideDimensionality = 3
        #expect(try WalrusGeometry(config: config, spatialShape: [128, 32], boundaries: [.periodic]).encoderKey == 3)
        expectConfigError(field: "input shape") {
            _ = try WalrusGeometry(config: .tiny, spatialShape: [1, 1], boundaries: [.periodic])
        }
    }

    @Test func boundaryParsing() throws {
        let bcs = try AxisBoundary.parse([[1, 0], [2, 2]])
        #expect(bcs == [AxisBoundary(start: .open, end: .wall), .periodic, .periodic])
        #expect(!bcs[0].isPeriodic && bcs[1].isPeriodic)
        // Only the start side decides periodicity.
        #expect(AxisBoundary(start: .periodic, end: .open).isPeriodic)
        #expect(!AxisBoundary(start: .open, end: .periodic).isPeriodic)
        expectConfigError(field: "bcs[1][0]") { _ = try AxisBoundary.parse([[1, 1], [3, 2]]) }
        expectConfigError(field: "bcs[0]") { _ = try AxisBoundary.parse([[1]]) }
        expectConfigError(field: "bcs") { _ = try AxisBoundary.parse([]) }
        #expect(BoundaryCondition.allCases.map(\.rawValue) == [0, 1, 2])
    }
}
