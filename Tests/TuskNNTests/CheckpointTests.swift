import Foundation
import Testing
import TuskAutodiff
import TuskIR
@testable import TuskNN

/// The checkpoint file: layout, round trip, integrity checks, validation against a model.
@Suite struct CheckpointTests {
    static func sample(step: Int = 7) -> Checkpoint {
        Checkpoint(
            parameters: ["fc.weight": TensorData([Float]([1.5, -2, 0.25, 3e-8, .pi, -0.0]), shape: [2, 3]),
                         "fc.bias": TensorData([Float]([0.5, -0.5]), shape: [2]),
                         "scale": TensorData(shape: [], storage: .f64([1.0 / 3.0]))],
            optimizerState: ["optimizer.exp_avg.fc.weight": TensorData([Float]([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]), shape: [2, 3]),
                             "optimizer.exp_avg.fc.bias": TensorData([Float]([1e-3, 2e-3]), shape: [2])],
            step: step, model: "tiny", optimizer: "AdamW(beta1: 0.9)", clipGradientNorm: 0.5,
            schedule: ScheduleDescription(WalrusSchedule(lr: 1e-4, warmup: 3)),
            dataState: "{\"seed\": 3, \"cursor\": [1, 2]}\nline2", userMetadata: ["note": "ünïcode ✓"])
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.hex(0x0000_ABCD) == "0000abcd")
    }

    /// Every field survives write → read exactly (f32 bits, f64, the schedule's doubles, the
    /// opaque data state with quotes and newlines).
    @Test func roundTripsEveryField() throws {
        let dir = try temporaryDirectory()
        defer { removeTree(dir) }
        for checkpoint in [Self.sample(), Checkpoint(parameters: ["w": TensorData([Float]([1]), shape: [1])], optimizerState: [:],
                                                     step: 0, model: "m", optimizer: "SGD")] {
            try checkpoint.write(to: dir + "/c.safetensors")
            let back = try Checkpoint.read(path: dir + "/c.safetensors")
            #expect(back == checkpoint)
            #expect(try listDirectory(dir) == ["c.safetensors"])
        }
        let schedule = try #require(Self.sample().schedule).makeSchedule()
        #expect((0..<30).map { schedule($0) } == (0..<30).map { WalrusSchedule(lr: 1e-4, warmup: 3)($0) })
    }

    /// Each built-in schedule rebuilds from its description to the same rates; bad descriptions
    /// are `TuskError.config` errors naming the field.
    @Test func scheduleDescriptionsRebuildTheSchedule() throws {
        let schedules: [any PersistableSchedule] = [ConstantSchedule(3e-4),
                                                    WarmupCosineSchedule(peak: 1e-3, warmupSteps: 4, totalSteps: 30, startFactor: 0.1, minimum: 1e-5),
                                                    WalrusSchedule()]
        for schedule in schedules {
            let rebuilt = try ScheduleDescription(schedule).makeSchedule()
            #expect(ScheduleDescription(rebuilt) == ScheduleDescription(schedule))
            #expect((0..<220).map { rebuilt($0) } == (0..<220).map { schedule($0) })
        }
        func expectConfigError(_ d: ScheduleDescription, _ field: String) {
            do {
                _ = try d.makeSchedule()
                Issue.record("expected an error for \(d)")
            } catch let TuskError.config(f, _) {
                #expect(f == field)
            } catch { Issue.record("unexpected \(error)") }
        }
        expectConfigError(ScheduleDescription(name: "linear", hyperparameters: [:]), "schedule")
        expectConfigError(ScheduleDescription(name: "constant", hyperparameters: [:]), "schedule.rate")
        var fractional = ScheduleDescription(WarmupCosineSchedule(peak: 1, warmupSteps: 2, totalSteps: 4))
        fractional.hyperparameters["warmup_steps"] = 2.5
        expectConfigError(fractional, "schedule.warmup_steps")
    }

    /// The layout is plain safetensors: parameter names as keys, state under `optimizer.`, the
    /// documented metadata keys; any safetensors reader can open it.
    @Test func layoutIsDocumentedSafetensors() throws {
        let bytes = try Self.sample().encoded()
        let (tensors, metadata) = try Safetensors.decode(bytes, path: "c")
        #expect(tensors.keys.sorted() == ["fc.bias", "fc.weight", "optimizer.exp_avg.fc.bias", "optimizer.exp_avg.fc.weight", "scale"])
        #expect(metadata["tusk.format"] == "tusk.checkpoint")
        #expect(metadata["tusk.format_version"] == "1")
        #expect(metadata["tusk.step"] == "7")
        #expect(metadata["tusk.model"] == "tiny")
        #expect(metadata["tusk.optimizer"] == "AdamW(beta1: 0.9)")
        #expect(metadata["tusk.clip_grad_norm"] == "0.5")
        #expect(metadata["tusk.schedule"] == "walrus")
        #expect(metadata["tusk.schedule.lr"] == "0.0001" && metadata["tusk.schedule.max_epochs"] == "201.0")
        #expect(metadata["tusk.data_state"] == "{\"seed\": 3, \"cursor\": [1, 2]}\nline2")
        #expect(metadata["note"] == "ünïcode ✓")
        #expect(metadata["tusk.data_crc32"]?.count == 8 && metadata["tusk.header_crc32"]?.count == 8)
        #expect(metadata["tusk.model_signature"] == Self.sample().signature)
        #expect(try Self.sample().encoded() == bytes)  // deterministic
    }

    /// Every truncation of a checkpoint file is rejected (bounds checks, then checksums).
    @Test func truncatedFilesAreRejected() throws {
        let bytes = try Self.sample().encoded()
        let headerLength = Int(bytes[0]) | Int(bytes[1]) << 8
        for length in [0, 4, 8, 20, 8 + headerLength / 2, 8 + headerLength, 8 + headerLength + 3, bytes.count - 1] {
            expectFileError(contains: ["c.safetensors: error"]) {
                _ = try Checkpoint.decode(Array(bytes.prefix(length)), path: "c.safetensors")
            }
        }
    }

    /// A flipped bit anywhere in the data section fails the data checksum.
    @Test func corruptedDataIsRejected() throws {
        let bytes = try Self.sample().encoded()
        let dataStart = 8 + (Int(bytes[0]) | Int(bytes[1]) << 8)
        for position in [dataStart, dataStart + 17, bytes.count - 1] {
            var bad = bytes
            bad[position] ^= 0x04
            expectFileError(contains: ["data checksum mismatch", "refusing to load"]) {
                _ = try Checkpoint.decode(bad, path: "c.safetensors")
            }
        }
    }

    /// A header edit that keeps the JSON valid (the step, a schedule value, a tensor shape with
    /// matching offsets, a name) fails the header checksum.
    @Test func corruptedHeaderIsRejected() throws {
        let bytes = try Self.sample().encoded()
        for (from, to) in [("\"tusk.step\":\"7\"", "\"tusk.step\":\"8\""),
                           ("\"tusk.schedule.lr\":\"0.0001\"", "\"tusk.schedule.lr\":\"0.0002\""),
                           ("\"shape\":[2,3]", "\"shape\":[3,2]"),
                           ("\"fc.bias\"", "\"fc.bia5\"")] {
            let bad = replacingBytes(bytes, from, to)
            #expect(bad != bytes, "\(from)")
            #expect(bad.count == bytes.count)
            expectFileError(contains: ["header checksum mismatch", "refusing to load"]) {
                _ = try Checkpoint.decode(bad, path: "c.safetensors")
            }
        }
    }

    @Test func otherFilesAreRejected() throws {
        let plain = Safetensors.encode(["w": TensorData([Float]([1]), shape: [1])])
        expectFileError(contains: ["not a Tusk checkpoint"]) { _ = try Checkpoint.decode(plain, path: "w.safetensors") }
        let future = replacingBytes(try Self.sample().encoded(), "\"tusk.format_version\":\"1\"", "\"tusk.format_version\":\"2\"")
        #expect(future != (try Self.sample().encoded()))
        expectFileError(contains: ["format version 2 is not supported"]) { _ = try Checkpoint.decode(future, path: "c") }
        expectFileError(contains: ["cannot open"]) { _ = try Checkpoint.read(path: "/nonexistent/dir/c.safetensors") }
    }

    @Test func invalidCheckpointsAreNotWritten() {
        var reserved = Self.sample()
        reserved.userMetadata["tusk.mine"] = "x"
        #expect(throws: TuskError.self) { _ = try reserved.encoded() }
        var misplaced = Self.sample()
        misplaced.optimizerState["exp_avg.fc.bias"] = TensorData([Float]([1, 2]), shape: [2])
        #expect(throws: TuskError.self) { _ = try misplaced.encoded() }
        var clash = Self.sample()
        clash.parameters["optimizer.w"] = TensorData([Float]([1]), shape: [1])
        #expect(throws: TuskError.self) { _ = try clash.encoded() }
    }

    /// Validation lists every missing, unexpected and mis-shaped key.
    @Test func validationListsEveryDifference() throws {
        let checkpoint = Self.sample()
        let fits = CheckpointLayout(model: "tiny", parameters: checkpoint.parameters.mapValues(\.type),
                                    optimizerState: checkpoint.optimizerState.mapValues(\.type))
        try checkpoint.validate(against: fits)
        var layout = fits
        layout.parameters["fc.weight"] = TensorType(.f32, [3, 2])
        layout.parameters["extra.bias"] = TensorType(.f32, [4])
        layout.parameters["scale"] = nil
        layout.optimizerState["optimizer.exp_avg.fc.bias"] = TensorType(.f64, [2])
        layout.model = "other"
        expectFileError(contains: ["checkpoint of model 'tiny' (3 parameters", "does not fit model 'other' (3 parameters",
                                   "missing parameter keys: extra.bias", "unexpected parameter keys: scale",
                                   "mis-shaped parameter keys: fc.weight (checkpoint f32[2,3], expected f32[3,2])",
                                   "mis-shaped optimizer state keys: optimizer.exp_avg.fc.bias (checkpoint f32[2], expected f64[2])"]) {
            try checkpoint.validate(against: layout, path: "c.safetensors")
        }
    }
}

/// `bytes` with every occurrence of the UTF-8 of `from` replaced by that of `to` (same length).
func replacingBytes(_ bytes: [UInt8], _ from: String, _ to: String) -> [UInt8] {
    let f = Array(from.utf8), t = Array(to.utf8)
    precondition(f.count == t.count)
    var out = bytes
    var i = 0
    while i + f.count <= out.count {
        if out[i..<(i + f.count)].elementsEqual(f) { out.replaceSubrange(i..<(i + f.count), with: t); i += f.count } else { i += 1 }
    }
    return out
}
