import Foundation
import Testing
import TuskIR

/// Where the Walrus reference fixtures live: `$TUSK_WALRUS_FIXTURES`, else
/// `<repo>/../shared/fixtures/walrus` (the layout the issues use). Missing fixtures are a test
/// failure, not a skip.
enum WalrusFixtures {
    static let caseNames = [
        "v_a_fwd2d_openH_periodicW_nojitter",
        "v_b_fwd2d_openH_periodicW_jitter",
        "v_c_trainstep2d_openH_periodicW",
    ]

    static var root: String {
        if let env = ProcessInfo.processInfo.environment["TUSK_WALRUS_FIXTURES"] { return env }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/fixtures/walrus").path
    }

    static func path(_ caseName: String, _ file: String) -> String { "\(root)/\(caseName)/\(file)" }

    /// The case.json as a dictionary.
    static func caseJSON(_ caseName: String) throws -> [String: Any] {
        let p = path(caseName, "case.json")
        let data = try #require(FileManager.default.contents(atPath: p), "fixture missing: \(p)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A safetensors header: 8-byte little-endian length, then that many bytes of JSON.
    /// (Test-local reader of the header only; the full reader is TuskNN's `Safetensors`.)
    struct Header {
        var entries: [String: (dtype: String, shape: [Int], begin: Int, end: Int)]
        var dataStart: Int
        var bytes: Data
    }

    static func safetensorsHeader(_ p: String) throws -> Header {
        let bytes = try #require(FileManager.default.contents(atPath: p), "fixture missing: \(p)")
        try #require(bytes.count >= 8)
        let n = bytes.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        try #require(8 + n <= bytes.count, "header length \(n) exceeds the file")
        let json = try #require(try JSONSerialization.jsonObject(with: bytes.subdata(in: 8..<(8 + n))) as? [String: Any])
        var entries: [String: (dtype: String, shape: [Int], begin: Int, end: Int)] = [:]
        for (key, value) in json where key != "__metadata__" {
            let e = try #require(value as? [String: Any])
            let offsets = try #require(e["data_offsets"] as? [Int])
            entries[key] = (try #require(e["dtype"] as? String), try #require(e["shape"] as? [Int]), offsets[0], offsets[1])
        }
        return Header(entries: entries, dataStart: 8 + n, bytes: bytes)
    }

    /// The Float32 values of one tensor of a safetensors file.
    static func floats(_ header: Header, _ key: String) throws -> [Float] {
        let e = try #require(header.entries[key], "no tensor \(key)")
        try #require(e.dtype == "F32")
        let raw = header.bytes.subdata(in: (header.dataStart + e.begin)..<(header.dataStart + e.end))
        return stride(from: 0, to: raw.count, by: 4).map { i in
            Float(bitPattern: raw[raw.startIndex + i..<raw.startIndex + i + 4].enumerated()
                .reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) })
        }
    }
}

/// Runs `body`, expects a `TuskError.config` naming `field`, returns its message.
@discardableResult
func expectConfigError(field: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                       _ body: () throws -> Void) -> String {
    do {
        try body()
        Issue.record("expected a config error for `\(field)`, got none", sourceLocation: sourceLocation)
    } catch let TuskError.config(got, message) {
        #expect(got == field, "error names `\(got)`: \(message)", sourceLocation: sourceLocation)
        return message
    } catch {
        Issue.record("expected a config error for `\(field)`, got \(error)", sourceLocation: sourceLocation)
    }
    return ""
}
