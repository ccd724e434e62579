import Testing
import TuskIR
@testable import TuskNN
#if canImport(Glibc)
import Glibc
#endif

/// Tusk's safetensors writer and reader: round trips, determinism, atomic writes, and a clear
/// `TuskError.file` (never a crash) for every kind of truncated or lying file.
@Suite struct SafetensorsTests {
    static let sample: [String: TensorData] = [
        "x": TensorData([1, -2, 3.5, .infinity, -0.0, .leastNonzeroMagnitude] as [Float], shape: [2, 3]),
        "blocks.0.w": TensorData([0.1, -1e300] as [Double], shape: [2, 1]),
        "idx": TensorData(shape: [3], storage: .i64([.min, 0, .max])),
        "ids": TensorData(shape: [1, 1, 2], storage: .i32([7, -7])),
        "mask": TensorData(shape: [], storage: .bool([true])),
        "none": TensorData(shape: [4, 0], storage: .f64([])),
        "ünïcode \"name\"\n": TensorData([2] as [Float], shape: [1]),
    ]

    @Test func roundTripsEveryDtype() throws {
        let bytes = Safetensors.encode(Self.sample, metadata: ["step": "3", "note": "a \"quoted\" value"])
        let (tensors, metadata) = try Safetensors.decode(bytes, path: "mem")
        #expect(tensors == Self.sample)
        #expect(metadata == ["step": "3", "note": "a \"quoted\" value"])
    }

    @Test func nanPayloadsSurviveBitExactly() throws {
        let nan = Float(bitPattern: 0x7FC0_1234)
        let (t, _) = try Safetensors.decode(Safetensors.encode(["n": TensorData([nan, -.nan] as [Float], shape: [2])]), path: "mem")
        #expect(t["n"]?.floats.map(\.bitPattern) == [nan.bitPattern, (-Float.nan).bitPattern])
    }

    @Test func encodingIsDeterministicAndAligned() throws {
        var reordered: [String: TensorData] = [:]
        for key in Self.sample.keys.sorted().reversed() { reordered[key] = Self.sample[key] }
        let a = Safetensors.encode(Self.sample, metadata: ["b": "1", "a": "2"])
        let b = Safetensors.encode(reordered, metadata: ["a": "2", "b": "1"])
        #expect(a == b)
        let headerLength = a[0..<8].reversed().reduce(0) { $0 << 8 | Int($1) }
        #expect(headerLength % 8 == 0)
        // Widest dtype first: every tensor starts at a multiple of its element size.
        for entry in try Safetensors.parseLayout(a, path: "mem").entries {
            #expect(entry.begin % entry.dtype.byteSize == 0, "\(entry.name)")
        }
    }

    @Test func writeIsAtomicAndReplacesTheFile() throws {
        let dir = try temporaryDirectory()
        defer { removeTree(dir) }
        let path = dir + "/out.safetensors"
        try Safetensors.write(["a": TensorData([1] as [Float], shape: [1])], to: path)
        try Safetensors.write(Self.sample, metadata: ["k": "v"], to: path)
        let (tensors, metadata) = try Safetensors.read(path: path)
        #expect(tensors == Self.sample)
        #expect(metadata == ["k": "v"])
        #expect(try listDirectory(dir) == ["out.safetensors"])  // no temporary file left behind
    }

    @Test func writeIntoMissingDirectoryFailsClearly() {
        expectFileError(contains: ["cannot create a temporary file"]) {
            try Safetensors.write([:], to: "/nonexistent-tusk-dir/x.safetensors")
        }
    }

    @Test func missingFileFailsClearly() {
        expectFileError(contains: ["/nonexistent-tusk.safetensors", "cannot open"]) {
            _ = try Safetensors.read(path: "/nonexistent-tusk.safetensors")
        }
    }

    // MARK: - Truncated and lying files

    /// A file with this exact header text (unpadded) and data section.
    static func file(header: String, data: [UInt8]) -> [UInt8] {
        let h = Array(header.utf8)
        var out: [UInt8] = []
        withUnsafeBytes(of: UInt64(h.count).littleEndian) { out.append(contentsOf: $0) }
        return out + h + data
    }

    static func entry(_ name: String, _ dtype: String, _ shape: [Int], _ begin: Int, _ end: Int) -> String {
        "\"\(name)\":{\"dtype\":\"\(dtype)\",\"shape\":\(shape),\"data_offsets\":[\(begin),\(end)]}"
    }

    @Test func truncatedFiles() throws {
        let good = Safetensors.encode(Self.sample)
        expectDecodeError(Array(good.prefix(5)), contains: ["too short", "truncated"])
        expectDecodeError(Array(good.prefix(20)), contains: ["header length", "larger than the 12 bytes", "truncated"])
        // Cutting one byte off the data: the last tensor runs past the end, and is named.
        let layout = try Safetensors.parseLayout(good, path: "mem")
        let last = try #require(layout.entries.max { $0.end < $1.end })
        expectDecodeError(Array(good.dropLast()), contains: ["tensor '\(last.name)'", "run past the end", "truncated"])
    }

    @Test func headerLengthLargerThanFile() {
        var bytes = Safetensors.encode(["a": TensorData([1] as [Float], shape: [1])])
        bytes[6] = 0x10  // header length ≈ 2^52
        expectDecodeError(bytes, contains: ["header length 4503599627370", "larger than"])
    }

    @Test func invalidJSON() {
        expectDecodeError(Self.file(header: "{\"a\":{\"dtype\":\"F32\",", data: []), contains: ["invalid JSON header", "byte 20"])
        expectDecodeError(Self.file(header: "{\"a\":[1,2,]}", data: []), contains: ["invalid JSON header"])
        expectDecodeError(Self.file(header: "{} x", data: []), contains: ["invalid JSON header", "after the JSON value"])
        expectDecodeError(Self.file(header: "[]", data: []), contains: ["does not start with '{'"])
        expectDecodeError(Self.file(header: "{\"a\":\"\u{1}\"}", data: []), contains: ["control character"])
        let deep = "{\"a\":" + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        expectDecodeError(Self.file(header: deep, data: []), contains: ["nested deeper"])
        let badUTF8: [UInt8] = Self.file(header: "{\"", data: []) + [0xFF, 0x22, 0x3A, 0x7B, 0x7D, 0x7D]
        var fixed = badUTF8
        fixed[0] = UInt8(badUTF8.count - 8)
        expectDecodeError(fixed, contains: ["invalid UTF-8"])
    }

    @Test func unknownAndUnsupportedDtypes() {
        expectDecodeError(Self.file(header: "{" + Self.entry("w", "F128", [1], 0, 16) + "}", data: .init(repeating: 0, count: 16)),
                          contains: ["tensor 'w'", "unknown dtype \"F128\""])
        expectDecodeError(Self.file(header: "{" + Self.entry("big", "U64", [1], 0, 8) + "}", data: .init(repeating: 0, count: 8)),
                          contains: ["tensor 'big'", "\"U64\""])
    }

    @Test func shapeAndOffsetsDisagree() {
        expectDecodeError(Self.file(header: "{" + Self.entry("w", "F32", [2, 3], 0, 20) + "}", data: .init(repeating: 0, count: 20)),
                          contains: ["tensor 'w'", "shape [2, 3] of F32 needs 24 bytes", "span 20"])
        expectDecodeError(Self.file(header: "{" + Self.entry("w", "F32", [1 << 62, 4], 0, 16) + "}", data: .init(repeating: 0, count: 16)),
                          contains: ["tensor 'w'", "too many elements"])
        expectDecodeError(Self.file(header: "{" + Self.entry("w", "F32", [1], 4, 0) + "}", data: .init(repeating: 0, count: 4)),
                          contains: ["tensor 'w'", "end before they begin"])
        expectDecodeError(Self.file(header: "{\"w\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}}", data: .init(repeating: 0, count: 4)),
                          contains: ["tensor 'w'", "non-negative integers, found -1"])
        expectDecodeError(Self.file(header: "{\"w\":{\"dtype\":\"F32\",\"shape\":[1.0],\"data_offsets\":[0,4]}}", data: .init(repeating: 0, count: 4)),
                          contains: ["tensor 'w'", "found 1.0"])
        expectDecodeError(Self.file(header: "{\"w\":{\"dtype\":\"F32\",\"shape\":[1]}}", data: .init(repeating: 0, count: 4)),
                          contains: ["tensor 'w'", "missing \"data_offsets\""])
        expectDecodeError(Self.file(header: "{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0]}}", data: .init(repeating: 0, count: 4)),
                          contains: ["tensor 'w'", "[begin, end]"])
    }

    @Test func overlappingOffsets() {
        let header = "{" + Self.entry("a", "F32", [2], 0, 8) + "," + Self.entry("b", "F32", [2], 4, 12) + "}"
        expectDecodeError(Self.file(header: header, data: .init(repeating: 0, count: 12)),
                          contains: ["tensor 'b'", "overlap tensor 'a'"])
        // Two tensors claiming the same bytes.
        let same = "{" + Self.entry("a", "F32", [1], 0, 4) + "," + Self.entry("b", "F32", [1], 0, 4) + "}"
        expectDecodeError(Self.file(header: same, data: .init(repeating: 0, count: 4)), contains: ["overlap"])
    }

    @Test func holesAndTrailingBytes() {
        let hole = "{" + Self.entry("a", "F32", [1], 0, 4) + "," + Self.entry("b", "F32", [1], 8, 12) + "}"
        expectDecodeError(Self.file(header: hole, data: .init(repeating: 0, count: 12)),
                          contains: ["tensor 'b'", "hole of 4 bytes after tensor 'a'", "fully covered"])
        let start = "{" + Self.entry("a", "F32", [1], 4, 8) + "}"
        expectDecodeError(Self.file(header: start, data: .init(repeating: 0, count: 8)),
                          contains: ["tensor 'a'", "at the start of the data section"])
        let trailing = "{" + Self.entry("a", "F32", [1], 0, 4) + "}"
        expectDecodeError(Self.file(header: trailing, data: .init(repeating: 0, count: 6)),
                          contains: ["cover 4 bytes", "has 6"])
    }

    @Test func outOfRangeOffsets() {
        let header = "{" + Self.entry("a", "F32", [1], 0, 4) + "," + Self.entry("far", "F64", [1], 4, 12) + "}"
        expectDecodeError(Self.file(header: header, data: .init(repeating: 0, count: 8)),
                          contains: ["tensor 'far'", "run past the end of the data section (8 bytes"])
        let huge = "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,99999999999999999999999]}}"
        expectDecodeError(Self.file(header: huge, data: .init(repeating: 0, count: 4)), contains: ["tensor 'a'", "data_offsets"])
    }

    @Test func duplicateKeys() {
        let header = "{" + Self.entry("w", "F32", [1], 0, 4) + "," + Self.entry("w", "F32", [1], 4, 8) + "}"
        expectDecodeError(Self.file(header: header, data: .init(repeating: 0, count: 8)), contains: ["duplicate key \"w\""])
        let inner = "{\"w\":{\"dtype\":\"F32\",\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,4]}}"
        expectDecodeError(Self.file(header: inner, data: .init(repeating: 0, count: 4)), contains: ["duplicate key \"dtype\""])
    }

    @Test func malformedMetadataAndEntries() {
        expectDecodeError(Self.file(header: "{\"__metadata__\":{\"k\":1}}", data: []), contains: ["__metadata__ entry 'k' must be a string"])
        expectDecodeError(Self.file(header: "{\"__metadata__\":[]}", data: []), contains: ["__metadata__ must be an object"])
        expectDecodeError(Self.file(header: "{\"w\":[]}", data: []), contains: ["tensor 'w'", "expected an object"])
        expectDecodeError(Self.file(header: "{" + Self.entry("m", "BOOL", [2], 0, 2) + "}", data: [1, 7]),
                          contains: ["tensor 'm'", "byte 7"])
    }

    @Test func emptyFileAndEscapedNames() throws {
        let (t, m) = try Safetensors.decode(Safetensors.encode([:]), path: "mem")
        #expect(t.isEmpty && m.isEmpty)
        // \u escapes, including a surrogate pair, decode to the same name.
        let header = "{\"\\u00e9\\ud83d\\ude00\\n\":{\"dtype\":\"I32\",\"shape\":[],\"data_offsets\":[0,4]}}"
        let (named, _) = try Safetensors.decode(Self.file(header: header, data: [5, 0, 0, 0]), path: "mem")
        #expect(named == ["é😀\n": TensorData(shape: [], storage: .i32([5]))])
        expectDecodeError(Self.file(header: "{\"\\ud83d\":{}}", data: []), contains: ["unpaired surrogate"])
    }

    /// Random corruptions of a valid file (byte flips, truncations) must decode or throw
    /// `TuskError.file`; a crash would end the test process.
    @Test func randomCorruptionsNeverCrash() {
        let good = Safetensors.encode(Self.sample, metadata: ["k": "v"])
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {  // SplitMix64: deterministic, so a failure reproduces
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        var rejected = 0
        for round in 0..<3000 {
            var bytes = good
            if round % 3 == 0 {
                bytes = Array(bytes.prefix(next() % bytes.count))
            } else {
                for _ in 0..<(1 + next() % 3) { bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next()) }
            }
            do {
                _ = try Safetensors.decode(bytes, path: "fuzz")
            } catch let error as TuskError {
                guard case .file = error else { Issue.record("round \(round): \(error)"); return }
                rejected += 1
            } catch {
                Issue.record("round \(round): unexpected \(error)")
                return
            }
        }
        #expect(rejected > 1000)  // most corruptions are detected, not silently accepted
    }

    @Test func bf16WidensToF32() throws {
        // bf16 is the top half of an f32: 1.0 = 0x3F80, -2.0 = 0xC000, 1/3 ≈ 0x3EAB.
        let header = "{" + Self.entry("b", "BF16", [3], 0, 6) + "}"
        let (t, _) = try Safetensors.decode(Self.file(header: header, data: [0x80, 0x3F, 0x00, 0xC0, 0xAB, 0x3E]), path: "mem")
        #expect(t["b"]?.floats == [1, -2, Float(bitPattern: 0x3EAB_0000)])
    }

    @Test func halfPrecisionConversionIsExactForAllValues() {
        // Every finite binary16 → binary32 conversion against Swift's Float16 where available.
        #if arch(x86_64) || arch(arm64)
        for bits in UInt16.min...UInt16.max {
            let mine = SafetensorsDType.halfToFloat(bits)
            let reference = Float(Float16(bitPattern: bits))
            if reference.isNaN { #expect(mine.isNaN) } else if mine != reference || mine.sign != reference.sign {
                Issue.record("half \(bits): \(mine) != \(reference)")
                return
            }
        }
        #endif
    }
}

func expectDecodeError(_ bytes: [UInt8], contains parts: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectFileError(contains: parts, sourceLocation: sourceLocation) { _ = try Safetensors.decode(bytes, path: "bad.safetensors") }
}

/// Expects `body` to throw `TuskError.file` whose message contains every part.
func expectFileError(contains parts: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected an error containing \(parts)", sourceLocation: sourceLocation)
    } catch let error as TuskError {
        guard case .file = error else {
            Issue.record("expected TuskError.file, got \(error)", sourceLocation: sourceLocation)
            return
        }
        let text = error.description
        for part in parts where !text.contains(part) {
            Issue.record("error \"\(text)\" does not contain \"\(part)\"", sourceLocation: sourceLocation)
        }
    } catch {
        Issue.record("expected TuskError, got \(error)", sourceLocation: sourceLocation)
    }
}

func temporaryDirectory() throws -> String {
    var template = Array("/tmp/tusk-test-XXXXXX".utf8CString)
    guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
        throw TuskError.file(path: "/tmp", message: "mkdtemp failed")
    }
    return String(cString: template)
}

func listDirectory(_ path: String) throws -> [String] {
    guard let dir = opendir(path) else { throw TuskError.file(path: path, message: "opendir failed") }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
}

func removeTree(_ path: String) {
    for name in (try? listDirectory(path)) ?? [] { unlink(path + "/" + name) }
    rmdir(path)
}
