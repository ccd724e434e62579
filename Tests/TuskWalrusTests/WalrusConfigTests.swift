import Foundation
import Testing
import TuskIR
@testable import TuskWalrus

@Suite("WalrusConfig")
struct WalrusConfigTests {
    @Test func parameterCountsOfNamedConfigs() throws {
        #expect(WalrusConfig.tiny.parameterCount == 423_313)
        #expect(WalrusConfig.release1_3B.parameterCount == 1_286_199_047)
        #expect(WalrusConfig.small.parameterCount == 10_175_751)
        for config in WalrusConfig.named.values { try config.validate() }
        // The fixture checkpoint of walrus-tiny: parameters + 2 blocks × 2 rotary freqs.
        #expect(WalrusConfig.tiny.stateDictElementCount == 423_317)
    }

    /// The spec's §2.1 breakdown of the release count: per block 19,837,664 (space) +
    /// 7,937,760 (time); encoders 43,796,192 each; decoders 43,794,851 each; +1 encoder_dummy.
    @Test func releaseCountBreakdown() {
        let dict = WalrusConfig.release1_3B.stateDict.filter { !$0.isBuffer }
        func sum(_ prefix: String) -> Int { dict.filter { $0.key.hasPrefix(prefix) }.map(\.elementCount).reduce(0, +) }
        #expect(sum("blocks.0.space_mixing.") == 19_837_664)
        #expect(sum("blocks.39.time_mixing.") == 7_937_760)
        #expect(sum("embed.2.") == 43_796_192)
        #expect(sum("embed.3.") == 43_796_192)
        #expect(sum("debed.3.") == 43_794_851)
        #expect(sum("encoder_dummy") == 1)
        let freqs = WalrusConfig.release1_3B.stateDict.first { $0.key == "blocks.7.space_mixing.rotary_emb.freqs" }
        #expect(freqs?.shape == [11])
        #expect(freqs?.isBuffer == true)
    }

    @Test func releaseShapesFromSpecTable() {
        let shapes = Dictionary(uniqueKeysWithValues: WalrusConfig.release1_3B.stateDict.map { ($0.key, $0.shape) })
        #expect(shapes["embed.2.proj1.weight"] == [352, 67, 8, 8, 8])
        #expect(shapes["embed.3.proj2.weight"] == [1408, 352, 4, 4, 4])
        #expect(shapes["blocks.0.space_mixing.fused_ff_qkv.weight"] == [9856, 1408])
        #expect(shapes["blocks.0.space_mixing.ff_out.weight"] == [1408, 2816])
        #expect(shapes["blocks.0.space_mixing.q_norm.weight"] == [88])
        #expect(shapes["blocks.0.time_mixing.input_head.weight"] == [4224, 1408, 1, 1, 1])
        #expect(shapes["blocks.39.time_mixing.rel_pos_bias.relative_attention_bias.weight"] == [32, 16])
        #expect(shapes["debed.2.proj1.weight"] == [1408, 352, 4, 4, 4])
        #expect(shapes["debed.2.proj2.weight"] == [352, 67, 8, 8, 8])
        #expect(shapes["debed.2.proj2.bias"] == [67])
        #expect(shapes["blocks.40.space_mixing.norm1.weight"] == nil)
        #expect(shapes["embed.1.proj1.weight"] == nil)
    }

    @Test func includeDimsAndBiasControlKeys() {
        var c = WalrusConfig.tiny
        c.includeDims = [1, 2, 3]
        #expect(c.stateDict.contains { $0.key == "embed.1.proj1.weight" })
        #expect(c.stateDict.contains { $0.key == "debed.1.proj2.bias" })
        #expect(c.parameterCount == WalrusConfig.tiny.parameterCount + (8 * 16 * 512 + 16 + 32 * 16 * 64 + 32)
            + (32 * 16 * 64 + 16 + 16 * 8 * 512 + 8))
        c.relativeBias = .none
        #expect(!c.stateDict.contains { $0.key.contains("rel_pos_bias") })
        c.overrideDimensionality = 3
        #expect(c.builtDims == [3])
        #expect(!c.stateDict.contains { $0.key.hasPrefix("embed.2.") })
    }

    /// Keys, shapes and dtype of the fixture checkpoint equal walrus-tiny's table exactly.
    @Test(arguments: WalrusFixtures.caseNames)
    func stateDictMatchesFixtureWeights(caseName: String) throws {
        let header = try WalrusFixtures.safetensorsHeader(WalrusFixtures.path(caseName, "weights.safetensors"))
        try WalrusConfig.tiny.checkStateDict(header.entries.mapValues(\.shape), source: caseName)
        #expect(header.entries.values.allSatisfy { $0.dtype == "F32" })
        #expect(header.entries.count == WalrusConfig.tiny.stateDict.count)
        #expect(header.entries.values.map { $0.shape.reduce(1, *) }.reduce(0, +) == 423_317)
    }

    /// The stored rotary buffers are bit-identical to our Float computation π·linspace(1,128,2).
    @Test func rotaryFreqsMatchFixtureBuffers() throws {
        let header = try WalrusFixtures.safetensorsHeader(WalrusFixtures.path(WalrusFixtures.caseNames[0], "weights.safetensors"))
        let table = try AxialRoPETable(headDim: 16)
        for b in 0..<2 {
            let stored = try WalrusFixtures.floats(header, "blocks.\(b).space_mixing.rotary_emb.freqs")
            #expect(stored.map(\.bitPattern) == table.frequencies.map(\.bitPattern))
        }
    }

    @Test func mismatchedStateDictListsKeys() throws {
        var shapes = Dictionary(uniqueKeysWithValues: WalrusConfig.tiny.stateDict.map { ($0.key, $0.shape) })
        shapes["encoder_dummy"] = nil
        shapes["blocks.0.space_mixing.attn_out.weight"] = [32, 33]
        shapes["blocks.9.extra"] = [1]
        do {
            try WalrusConfig.tiny.checkStateDict(shapes, source: "w.safetensors")
            Issue.record("expected an error")
        } catch let TuskError.file(path, message) {
            #expect(path == "w.safetensors")
            #expect(message.contains("missing keys: encoder_dummy"))
            #expect(message.contains("extra keys: blocks.9.extra"))
            #expect(message.contains("blocks.0.space_mixing.attn_out.weight: expected [32, 32], got [32, 33]"))
        }
    }

    /// Each fixture's case.json loads as walrus-tiny (jitter off for v_a, on for v_b/v_c).
    @Test(arguments: WalrusFixtures.caseNames)
    func loadsFixtureCaseJSON(caseName: String) throws {
        let config = try WalrusConfig.load(path: WalrusFixtures.path(caseName, "case.json"))
        var expected = WalrusConfig.tiny
        expected.name = nil
        expected.jitter = caseName.hasPrefix("v_a") ? .off : .on
        #expect(config == expected)
        #expect(config.parameterCount == 423_313)
        let json = try WalrusFixtures.caseJSON(caseName)
        let weights = try #require(json["weights"] as? [String: Any])
        #expect(weights["n_parameters"] as? Int == config.parameterCount)
    }

    @Test func jsonRoundTripUsesReferenceNames() throws {
        for config in WalrusConfig.named.values {
            let data = try config.jsonData()
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(object["hidden_dim"] as? Int == config.hiddenDim)
            #expect(object["processor_blocks"] as? Int == config.depth)
            #expect(object["causal_in_time"] as? Bool == true)
            #expect(try WalrusConfig.decode(json: data) == config)
        }
        var axial = WalrusConfig.tiny
        axial.spaceMixing = .axial
        axial.timeMixing = .bidirectional
        axial.relativeBias = .none
        axial.jitter = .off
        axial.inputSteps = 4
        axial.spaceMLPDim = 96
        #expect(try WalrusConfig.decode(json: try axial.jsonData()) == axial)
    }

    @Test func partialJSONTakesReleaseDefaults() throws {
        let json = #"{"hidden_dim": 64, "intermediate_dim": 16, "processor_blocks": 1, "n_states": 8, "groups": 2, "space_num_heads": 4, "time_num_heads": 4}"#
        let c = try WalrusConfig.decode(json: Data(json.utf8))
        #expect(c.timeMixing == .causal)
        #expect(c.jitter == .on)
        #expect(c.relativeBias == .t5)
        #expect(c.includeDims == [2, 3])
        #expect(c.kernels == [KernelPair(8, 4), KernelPair(8, 4), KernelPair(8, 4)])
        #expect(c.mlpDim == 256)
    }

    private func decoding(_ edits: [String: Any], removing: [String] = []) throws -> WalrusConfig {
        var object: [String: Any] = try #require(try JSONSerialization.jsonObject(with: WalrusConfig.tiny.jsonData()) as? [String: Any])
        for (k, v) in edits { object[k] = v }
        for k in removing { object[k] = nil }
        return try WalrusConfig.decode(json: try JSONSerialization.data(withJSONObject: object))
    }

    @Test func validationErrorsNameTheField() {
        expectConfigError(field: "space_num_heads") { _ = try decoding(["space_num_heads": 3]) }
        expectConfigError(field: "time_num_heads") { _ = try decoding(["time_num_heads": 5]) }
        // head_dim 8 → head_dim//4 == 2: the reference's ZeroDivisionError.
        let m = expectConfigError(field: "space_num_heads") { _ = try decoding(["space_num_heads": 4]) }
        #expect(m.contains("ZeroDivisionError"))
        // head_dim 4 (head_dim//4 == 1): legal, no RoPE (the reference's debug config).
        #expect((try? decoding(["space_num_heads": 8])) != nil)
        expectConfigError(field: "include_d") { _ = try decoding(["include_d": [2]]) }
        expectConfigError(field: "include_d") { _ = try decoding(["include_d": [0, 3]]) }
        expectConfigError(field: "groups") { _ = try decoding(["groups": 3]) }
        expectConfigError(field: "groups") { _ = try decoding(["groups": 32]) }
        expectConfigError(field: "n_states") { _ = try decoding(["n_states": 3]) }
        expectConfigError(field: "hidden_dim") { _ = try decoding([:], removing: ["hidden_dim"]) }
        expectConfigError(field: "hidden_dim") { _ = try decoding(["hidden_dim": "32"]) }
        expectConfigError(field: "hiden_dim") { _ = try decoding(["hiden_dim": 32]) }
        expectConfigError(field: "activation") { _ = try decoding(["activation": "torch.nn.GELU"]) }
        expectConfigError(field: "use_periodic_fixed_jitter") { _ = try decoding(["use_periodic_fixed_jitter": false]) }
        expectConfigError(field: "time_bias_type") { _ = try decoding(["time_bias_type": "continuous"]) }
        expectConfigError(field: "space_mixing_class") { _ = try decoding(["space_mixing_class": "Windowed"]) }
        expectConfigError(field: "max_d") { _ = try decoding(["max_d": 2]) }
        expectConfigError(field: "override_dimensionality") { _ = try decoding(["override_dimensionality": 2]) }
        expectConfigError(field: "space_mlp_dim") { _ = try decoding(["space_mlp_dim": 33]) }
        expectConfigError(field: "base_kernel_size3d") { _ = try decoding(["base_kernel_size3d": [[8, 4], [8, 4]]]) }
        expectConfigError(field: "n_steps_input") { _ = try decoding(["n_steps_input": 0]) }
        // Comments (keys starting with "_") are ignored.
        #expect((try? decoding(["_note": "anything"])) != nil)
    }

    @Test func badFilesAreFileErrors() throws {
        #expect(throws: TuskError.self) { _ = try WalrusConfig.load(path: "/nonexistent/case.json") }
        #expect(throws: TuskError.self) { _ = try WalrusConfig.decode(json: Data("[1,2]".utf8)) }
        #expect(throws: TuskError.self) { _ = try WalrusConfig.decode(json: Data("{not json".utf8)) }
        expectConfigError(field: "name") { _ = try WalrusConfig.named("walrus-7b") }
        #expect(try WalrusConfig.named("walrus-1.3b") == .release1_3B)
    }
}
