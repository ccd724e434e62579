import Foundation
import Testing
import TuskIR
import TuskNN
import TuskRuntime
@testable import TuskWalrus

@Suite("WalrusModel: tracing shapes and keys")
struct WalrusModelShapeTests {
    /// The traced graph's parameters are exactly the state dict's parameters for that
    /// dimensionality (buffers excluded), with the official shapes.
    @Test func parametersAreTheOfficialKeys() throws {
        let model = try WalrusModel(config: .tiny)
        let traced = try model.trace(WalrusTraceSpec(inputShape: [2, 1, 2, 32, 32], fieldIndices: [3, 5],
                                                     boundaries: [AxisBoundary(.wall), .periodic]))
        let expected = Dictionary(uniqueKeysWithValues: WalrusConfig.tiny.stateDict
            .filter { !$0.isBuffer && !$0.key.hasPrefix("embed.3") && !$0.key.hasPrefix("debed.3") }.map { ($0.key, $0.shape) })
        let got = Dictionary(uniqueKeysWithValues: traced.graph.parameters.map { ($0.name, $0.type.shape) })
        #expect(got == expected)
        #expect(traced.graph.outputs.map(\.name) == ["y"])
        let y = try #require(traced.graph.output(named: "y"))
        #expect(traced.graph.type(of: y).shape == [2, 1, 2, 32, 32])
    }

    /// Every legal axis size of the stride table traces in 1-D, 2-D and 3-D, with open and
    /// periodic boundaries, jitter on and off; the output has the input's spatial shape. (One axis
    /// varies over the legal sizes, the others stay at the smallest legal size, to keep the
    /// constant tables small.)
    @Test func everyLegalSizeTraces() throws {
        for dims in 1...3 {
            for jitter in WalrusConfig.Jitter.allCases {
                var config = WalrusConfig.tiny
                config.includeDims = [1, 2, 3]
                config.jitter = jitter
                let model = try WalrusModel(config: config)
                let small = StridePolicy.legalSizes(dimensionality: dims)[0]
                for size in StridePolicy.legalSizes(dimensionality: dims) {
                    for bc in [AxisBoundary(.open), .periodic] {
                        let periodicS6 = bc.isPeriodic && StridePolicy.table[size / small]?.s1 == 6
                        let spatial = [size] + Array(repeating: small, count: dims - 1)
                        let spec = WalrusTraceSpec(inputShape: [1, 1, 1] + spatial, fieldIndices: [4],
                                                   boundaries: [bc] + Array(repeating: .periodic, count: dims - 1))
                        if periodicS6 {
                            // The reference decoder cannot reproduce this size (spec §3.8): rejected.
                            expectConfigError(field: "input shape") { _ = try model.trace(spec) }
                            continue
                        }
                        let g = try model.trace(spec).graph
                        #expect(g.type(of: g.output(named: "y")!).shape == [1, 1, 1] + spatial, "\(dims)-D \(spatial) \(bc)")
                    }
                }
            }
        }
    }

    @Test func illegalSizesAndInputsAreRejected() throws {
        let model = try WalrusModel(config: .tiny)
        let message = expectConfigError(field: "input shape") {
            _ = try model.trace(WalrusTraceSpec(inputShape: [1, 1, 1, 64, 32], fieldIndices: [3], boundaries: [.periodic]))
        }
        #expect(message.contains("legal sizes: 1, 32, 128, 256, 384, 512, 768, 1024"))
        expectConfigError(field: "include_d") {
            _ = try model.trace(WalrusTraceSpec(inputShape: [1, 1, 1, 128], fieldIndices: [3], boundaries: [.periodic]))
        }
        expectConfigError(field: "field_indices") {
            _ = try model.trace(WalrusTraceSpec(inputShape: [1, 1, 2, 32, 32], fieldIndices: [3], boundaries: [.periodic]))
        }
        expectConfigError(field: "field_indices") {
            _ = try model.trace(WalrusTraceSpec(inputShape: [1, 1, 1, 32, 32], fieldIndices: [1], boundaries: [.periodic]))
        }
        // Jitter off: no roll may be given.
        var off = WalrusConfig.tiny
        off.jitter = .off
        let offSpec = WalrusTraceSpec(inputShape: [1, 1, 1, 32, 32], fieldIndices: [3], boundaries: [.periodic, .periodic])
        let badBlocks = WalrusRolls(encoder: [0, 0, 0], blocks: [[0, 1, 0], [0, 0, 0]])
        expectConfigError(field: "block_rolls") {
            var fixed = offSpec
            fixed.rolls = .fixed(badBlocks)
            _ = try WalrusModel(config: off).trace(fixed)
        }
        // The same check when the rolls are bound as graph inputs.
        expectConfigError(field: "block_rolls") { _ = try badBlocks.bindings(for: offSpec, config: off) }
        // Jitter on: the encoder roll must be inside the legal range ([−6, 6] for 128 open).
        let onSpec = WalrusTraceSpec(inputShape: [1, 1, 1, 128, 32], fieldIndices: [3], boundaries: [AxisBoundary(.open), .periodic])
        let badEncoder = WalrusRolls(encoder: [7, 0, 0], blocks: [[0, 0, 0], [0, 0, 0]])
        expectConfigError(field: "encoder_rolls") {
            var fixed = onSpec
            fixed.rolls = .fixed(badEncoder)
            _ = try model.trace(fixed)
        }
        expectConfigError(field: "encoder_rolls") { _ = try badEncoder.bindings(for: onSpec, config: model.config) }
        // A traced graph declares the roll inputs; a legal set binds as i32.
        let graph = try model.trace(onSpec).graph
        #expect(Set(graph.inputs.map(\.name)).isSuperset(of: [WalrusRolls.encoderInputName, WalrusRolls.blocksInputName]))
        let ok = try WalrusRolls(encoder: [-6, 0, 0], blocks: [[0, 3, 0], [0, 0, 0]]).bindings(for: onSpec, config: model.config)
        #expect(ok[WalrusRolls.blocksInputName]?.type == TensorType(.i32, [2, 3]))
    }

    /// Boundary flags (spec §3.3) on a hand-checkable case: 1-D-like H axis of 32 WALL/OPEN
    /// (jitter off → constant pad 5 per side), W and D singleton.
    @Test func boundaryFlagsByHand() throws {
        var config = WalrusConfig.tiny
        config.jitter = .off
        config.includeDims = [1, 2, 3]
        let geometry = try WalrusGeometry(config: config, spatialShape: [32],
                                          boundaries: [AxisBoundary(start: .wall, end: .open)])
        let (flags, shape) = WalrusModel.boundaryFlags(geometry)
        #expect(shape == [3, 42, 1, 1])
        let bias = Array(flags[0..<42]), wall = Array(flags[42..<84]), open = Array(flags[84..<126])
        #expect(bias == Array(repeating: 0, count: 5) + Array(repeating: 1, count: 32) + Array(repeating: 0, count: 5))
        #expect(wall == Array(repeating: 1, count: 5) + Array(repeating: 0, count: 37))
        #expect(open == Array(repeating: 0, count: 37) + Array(repeating: 1, count: 5))
    }
}

@Suite("WalrusModel: axial attention variant")
struct AxialAttentionTests {
    /// The axial variant against its own reference decomposition computed on the host: for each
    /// token axis with more than one token, softmax attention among the tokens that share the
    /// other coordinates, then the mean over those axes.
    @Test func matchesHostDecomposition() throws {
        let grid = [3, 4, 1], (n, heads, hd) = (2, 2, 3)
        let s = grid.reduce(1, *), count = n * heads * s * hd
        var rng = SplitMix(seed: 7)
        let values = (0..<3).map { _ in (0..<count).map { _ in Double(rng.nextUniform() * 2 - 1) } }
        let graph = try Graph.trace("axial") { b in
            let t = (0..<3).map { b.input("qkv\($0)", [n, heads, s, hd], .f64) }
            return [("out", WalrusModel.axialAttention(t[0], t[1], t[2], grid: grid))]
        }
        let bindings = Dictionary(uniqueKeysWithValues: (0..<3).map { ("qkv\($0)", TensorData(values[$0], shape: [n, heads, s, hd])) })
        let got = try Interpreter().run(graph, bindings)["out"]!.doubles
        func at(_ t: Int, _ b: Int, _ h: Int, _ tok: Int, _ f: Int) -> Double { values[t][((b * heads + h) * s + tok) * hd + f] }
        func coords(_ tok: Int) -> [Int] { [tok / (grid[1] * grid[2]), (tok / grid[2]) % grid[1], tok % grid[2]] }
        var expected = [Double](repeating: 0, count: count)
        let axes = (0..<3).filter { grid[$0] > 1 }
        for b in 0..<n {
            for h in 0..<heads {
                for qi in 0..<s {
                    var acc = [Double](repeating: 0, count: hd)
                    for a in axes {
                        let keys = (0..<s).filter { k in (0..<3).allSatisfy { $0 == a || coords(k)[$0] == coords(qi)[$0] } }
                        let scores = keys.map { k in (0..<hd).map { at(0, b, h, qi, $0) * at(1, b, h, k, $0) }.reduce(0, +) / Double(hd).squareRoot() }
                        let m = scores.max()!, e = scores.map { Foundation.exp($0 - m) }, z = e.reduce(0, +)
                        for (j, k) in keys.enumerated() { for f in 0..<hd { acc[f] += e[j] / z * at(2, b, h, k, f) } }
                    }
                    for f in 0..<hd { expected[((b * heads + h) * s + qi) * hd + f] = acc[f] / Double(axes.count) }
                }
            }
        }
        let maxDiff = zip(got, expected).map { Swift.abs($0 - $1) }.max()!
        // f64 on both sides: only rounding differences (~1e-16 per op).
        #expect(maxDiff < 1e-12, "max diff \(maxDiff)")
    }

    /// The full model traces and runs with the axial variant, bidirectional time mixing and no
    /// relative bias (the variant knobs), giving finite outputs of the right shape.
    @Test func variantsRunEndToEnd() throws {
        var config = WalrusConfig.tiny
        config.spaceMixing = .axial
        config.timeMixing = .bidirectional
        config.relativeBias = .none
        config.jitter = .off
        let model = try WalrusModel(config: config)
        let traced = try model.trace(WalrusTraceSpec(inputShape: [2, 1, 1, 32, 32], fieldIndices: [4],
                                                     boundaries: [AxisBoundary(.wall), .periodic]))
        #expect(!traced.graph.parameters.contains { $0.name.contains("rel_pos_bias") })
        var bindings = try traced.initialParameters(seed: 1)
        bindings["x"] = TensorData((0..<(2 * 32 * 32)).map { Float(Foundation.sin(Double($0) * 0.01)) }, shape: [2, 1, 1, 32, 32])
        let y = try #require(try BLASBackend().compile(traced.graph).run(bindings)["y"])
        #expect(y.shape == [1, 1, 1, 32, 32])       // bidirectional: only the last step is decoded
        #expect(y.floats.allSatisfy { $0.isFinite })
    }
}

/// A tiny deterministic generator for test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func nextUniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
