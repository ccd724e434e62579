import Foundation
import Testing
@testable import TuskCLI
import TuskIR
import TuskNN
import TuskTestSupport

/// `tusk forward`, `tusk grad` and `tusk train-step` run in-process (argument parsing included)
/// on the Walrus reference fixtures; the files they write are compared with expected.safetensors
/// with the fixture tests' tolerances (`FixtureTolerance`, TuskTestSupport: 4 × the reference's
/// own float32-vs-float64 rel_to_max per tensor + 1e-6 relative). Skipped when the fixtures are
/// absent. Kept light: one run of each command on BLAS, train-step also on the LLVM backend (the
/// model tests cover the reference interpreter).
@Suite("tusk forward / grad / train-step on the Walrus fixtures", .serialized,
       .enabled(if: WalrusFixtureFiles.available, "Walrus fixtures not found"))
struct WalrusInteropTests {
    static let forwardCase = "v_b_fwd2d_openH_periodicW_jitter"
    static let gradCase = "v_a_fwd2d_openH_periodicW_nojitter"
    static let trainCase = "v_c_trainstep2d_openH_periodicW"

    /// Runs `tusk <command>` on a fixture case and returns what it wrote.
    static func run(_ command: String, _ caseName: String, _ extra: [String] = [], backend: String = "blas") throws -> [String: TensorData] {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/out.safetensors"
        let status = TuskCommand.execute([
            command, "--config", WalrusFixtureFiles.path(caseName, "case.json"),
            "--weights", WalrusFixtureFiles.path(caseName, "weights.safetensors"),
            "--input", WalrusFixtureFiles.path(caseName, "inputs.safetensors"),
            "--output", out, "--backend", backend,
        ] + extra)
        try #require(status == 0, "tusk \(command) failed")
        return try Safetensors.read(path: out).tensors
    }

    /// Compares every key of `keys` with the fixture (activations sliced as the case stores them).
    static func compare(_ caseName: String, _ got: [String: TensorData], keys: [String],
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let json = try WalrusFixtureFiles.caseJSON(caseName)
        let expected = try Safetensors.read(path: WalrusFixtureFiles.path(caseName, "expected.safetensors")).tensors
        let slice = WalrusFixtureFiles.activationSlice(json)
        for key in keys {
            let ref = try #require(expected[key], "no \(key) in the fixture", sourceLocation: sourceLocation)
            var value = try #require(got[key], "tusk wrote no \(key)", sourceLocation: sourceLocation)
            if key.hasPrefix("act."), let slice { value = sliceTB(value, t: slice.t, b: slice.b) }
            #expect(value.shape == ref.shape, "\(key): shape \(value.shape) vs \(ref.shape)", sourceLocation: sourceLocation)
            if key.hasSuffix("time_mixing.knorm.bias") {
                let d = Deviation(value.doubles, ref.doubles, atol: 0, rtol: 0)
                #expect(d.maxAbsDiff <= FixtureTolerance.mathematicallyZeroAbsolute, "\(key): \(d)", sourceLocation: sourceLocation)
                continue
            }
            let floor = try WalrusFixtureFiles.floor(json, key)
            let d = Deviation(value.doubles, ref.doubles, atol: FixtureTolerance.factor * floor, rtol: FixtureTolerance.rtol)
            #expect(d.worstRatio <= 1, "\(key): \(d); floor \(floor)", sourceLocation: sourceLocation)
        }
    }

    @Test func forwardWithActivationsMatchesFixture() throws {
        let got = try Self.run("forward", Self.forwardCase, ["--activations"])
        let keys = got.keys.filter { $0 == "y" || $0.hasPrefix("act.") }.sorted()
        #expect(keys.count == 13, "y + 12 activations")
        #expect(Set(got.keys) == Set(keys))
        try Self.compare(Self.forwardCase, got, keys: keys)
    }

    @Test func gradMatchesFixture() throws {
        let got = try Self.run("grad", Self.gradCase)
        let expected = try Safetensors.read(path: WalrusFixtureFiles.path(Self.gradCase, "expected.safetensors")).tensors
        let grads = expected.keys.filter { $0.hasPrefix("grad.") }.sorted()
        // Every parameter of the state dict (zeros for embed.3/debed.3, as stored) + grad.x.
        #expect(Set(got.keys.filter { $0.hasPrefix("grad.") }) == Set(grads))
        for key in grads where key.hasPrefix("grad.embed.3") || key.hasPrefix("grad.debed.3") {
            #expect(got[key]!.doubles == expected[key]!.doubles, "\(key) is not in the 2-D graph: zeros")
        }
        try Self.compare(Self.gradCase, got, keys: ["y"] + grads.filter { !$0.contains(".3.") })
        // loss = Σ y·probe over 49,152 terms: 1e-5 relative is ~100 float32 ulps (as the model test).
        let loss = got["loss"]!.doubles[0], ref = expected["loss"]!.doubles[0]
        #expect(Swift.abs(loss - ref) <= 1e-5 * Swift.abs(ref), "loss \(loss) vs \(ref)")
    }

    /// On BLAS and on the LLVM backend (`--backend llvm`, same tolerances).
    @Test(arguments: ["blas", "llvm"])
    func trainStepMatchesFixture(_ backend: String) throws {
        let got = try Self.run("train-step", Self.trainCase, ["--activations"], backend: backend)
        let json = try WalrusFixtureFiles.caseJSON(Self.trainCase)
        let expected = try Safetensors.read(path: WalrusFixtureFiles.path(Self.trainCase, "expected.safetensors")).tensors
        let weights = try Safetensors.read(path: WalrusFixtureFiles.path(Self.trainCase, "weights.safetensors")).tensors
        try Self.compare(Self.trainCase, got, keys: ["y", "loss", "loss_target", "grad_total_norm"]
                         + got.keys.filter { $0.hasPrefix("act.") }.sorted())
        // loss_pred is y masked and sliced: y's floor (as FixtureTrainStepTests).
        let yFloor = try WalrusFixtureFiles.floor(json, "y")
        let pred = Deviation(got["loss_pred"]!.doubles, expected["loss_pred"]!.doubles,
                             atol: FixtureTolerance.factor * yFloor, rtol: FixtureTolerance.rtol)
        #expect(got["loss_pred"]!.shape == expected["loss_pred"]!.shape)
        #expect(pred.worstRatio <= 1, "loss_pred: \(pred)")
        // x_normalized, norm.*: one reduction and one division, no stored floor: 1e-6 of max.
        for key in ["x_normalized", "norm.sample_rms", "norm.delta_rms"] {
            let d = Deviation(got[key]!.doubles, expected[key]!.doubles, atol: 1e-6, rtol: FixtureTolerance.rtol)
            #expect(d.worstRatio <= 1, "\(key): \(d)")
        }
        let clip = Deviation(got["clip_coef"]!.doubles, expected["clip_coef"]!.doubles,
                             atol: FixtureTolerance.factor * (try WalrusFixtureFiles.floor(json, "grad_total_norm")), rtol: FixtureTolerance.rtol)
        #expect(clip.worstRatio <= 1, "clip_coef: \(clip)")
        // grad.<key> (before clipping) for all 57 parameters, with the v_a rule (`compare`):
        // 4 × the per-tensor float32-vs-float64 floor; embed.3/debed.3 are not in the 2-D graph: zeros.
        let grads = expected.keys.filter { $0.hasPrefix("grad.") }.sorted()
        #expect(grads.count == 57)
        #expect(Set(got.keys.filter { $0.hasPrefix("grad.") }) == Set(grads))
        for key in grads where key.hasPrefix("grad.embed.3") || key.hasPrefix("grad.debed.3") {
            #expect(got[key]!.doubles == expected[key]!.doubles, "\(key) is not in the 2-D graph: zeros")
        }
        try Self.compare(Self.trainCase, got, keys: grads.filter { !$0.contains(".3.") })
        let keys = expected.keys.filter { $0.hasPrefix("param_after.") }.map { String($0.dropFirst("param_after.".count)) }.sorted()
        #expect(Set(got.keys.filter { $0.hasPrefix("param_after.") }) == Set(keys.map { "param_after." + $0 }))
        let trained = Set(keys.filter { !$0.hasPrefix("embed.3") && !$0.hasPrefix("debed.3") })
        try checkParamsAfter(keys: keys, expected: expected, before: weights, trained: trained, lr: 2e-4) { got["param_after." + $0] }
    }

    // MARK: Errors and rolls (no model run)

    /// A temporary input file with the fixture's tensors, edited by `edit`.
    static func editedInput(_ caseName: String, in dir: String, _ edit: (inout [String: TensorData]) -> Void) throws -> String {
        var tensors = try Safetensors.read(path: WalrusFixtureFiles.path(caseName, "inputs.safetensors")).tensors
        edit(&tensors)
        let path = dir + "/in.safetensors"
        try Safetensors.write(tensors, metadata: [:], to: path)
        return path
    }

    static func request(_ caseName: String, input: String? = nil, weights: String? = nil) -> WalrusInterop.Request {
        WalrusInterop.Request(config: WalrusFixtureFiles.path(caseName, "case.json"),
                              weights: weights ?? WalrusFixtureFiles.path(caseName, "weights.safetensors"),
                              input: input ?? WalrusFixtureFiles.path(caseName, "inputs.safetensors"))
    }

    static func message(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return TuskCommand.userMessage(for: error)
        }
    }

    @Test func missingInputKeyIsNamed() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = try Self.editedInput(Self.gradCase, in: dir) { $0["probe"] = nil }
        let text = Self.message { try WalrusInterop.grad(Self.request(Self.gradCase, input: input)) }
        #expect(text.contains("error: no tensor 'probe'") && text.contains("the file has: bcs, field_indices, x"), "\(text)")
    }

    @Test func misShapedWeightsListTheKeys() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var weights = try Safetensors.read(path: WalrusFixtureFiles.path(Self.gradCase, "weights.safetensors")).tensors
        weights["encoder_dummy"] = nil
        weights["blocks.0.space_mixing.attn_out.weight"] = TensorData(repeating: 0, TensorType(.f32, [16, 32]))
        weights["extra.weight"] = TensorData(repeating: 0, TensorType(.f32, [2]))
        let path = dir + "/w.safetensors"
        try Safetensors.write(weights, metadata: [:], to: path)
        let text = Self.message { try WalrusInterop.forward(Self.request(Self.gradCase, weights: path)) }
        #expect(text.contains("missing keys: encoder_dummy"), "\(text)")
        #expect(text.contains("extra keys: extra.weight"), "\(text)")
        #expect(text.contains("blocks.0.space_mixing.attn_out.weight: expected [32, 32], got [16, 32]"), "\(text)")
    }

    @Test func illegalGridListsLegalSizes() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = try Self.editedInput(Self.gradCase, in: dir) {
            $0["x"] = TensorData(repeating: 0, TensorType(.f32, [3, 1, 4, 100, 32]))
        }
        let text = Self.message { try WalrusInterop.forward(Self.request(Self.gradCase, input: input)) }
        #expect(text.contains("axis H has size 100") && text.contains("legal sizes: 1, 32, 128, 256, 384, 512, 768, 1024"), "\(text)")
    }

    /// Jitter on and no rolls in the input: rolls come from --seed, inside the legal ranges, the
    /// same for the same seed.
    @Test func rollsFromSeed() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = try Self.editedInput(Self.forwardCase, in: dir) { $0["encoder_rolls"] = nil; $0["block_rolls"] = nil }
        var drawn: [[Int]] = []
        for seed: UInt64 in [0, 0, 1, 2, 3, 4, 5] {
            var request = Self.request(Self.forwardCase, input: input)
            request.seed = seed
            let loaded = try WalrusInterop.Loaded(request, command: "forward", needed: ["x", "field_indices", "bcs"])
            let (spec, rolls, inputs, wasDrawn) = try loaded.spec(inputShape: [3, 1, 4, 128, 32])
            #expect(wasDrawn)
            #expect(spec.rolls == .inputs)
            #expect(inputs["rolls.encoder"]?.doubles == rolls.encoder.map(Double.init))
            #expect(rolls.encoder[1] == 0 && rolls.encoder[2] == 0 && (-6...6).contains(rolls.encoder[0]), "\(rolls)")
            #expect(rolls.blocks.allSatisfy { $0[0] == 0 && $0[2] == 0 && (0..<32).contains($0[1]) }, "\(rolls)")
            drawn.append(rolls.encoder + rolls.blocks.flatMap { $0 })
        }
        #expect(drawn[0] == drawn[1], "same seed, same rolls")
        #expect(Set(drawn).count >= 4, "different seeds draw different rolls: \(drawn)")
        // With the rolls in the file, they are used as given.
        let loaded = try WalrusInterop.Loaded(Self.request(Self.forwardCase), command: "forward", needed: ["x"])
        let (_, rolls, inputs, wasDrawn) = try loaded.spec(inputShape: [3, 1, 4, 128, 32])
        #expect(!wasDrawn && rolls.encoder == [-4, 0, 0] && rolls.blocks == [[0, 7, 0], [0, 21, 0]])
        #expect(inputs["rolls.blocks"]?.doubles == [0, 7, 0, 0, 21, 0])
    }
}
