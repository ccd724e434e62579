import Foundation
import TuskIR

/// Readable errors for JSON files and Foundation failures: the line and column of a syntax
/// error (not "The data couldn't be read because it isn't in the correct format"), and the path
/// and cause of a file error (not "NSCocoaErrorDomain error 512").
public enum JSONErrorText {
    /// A `TuskError.file` for a `JSONSerialization` failure on `data`, with the line and column.
    public static func parseError(_ error: any Error, data: Data, source: String) -> TuskError {
        let ns = error as NSError
        let debug = (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        var position = ""
        if let index = ns.userInfo["NSJSONSerializationErrorIndex"] as? Int {
            let (line, column) = lineAndColumn(of: index, in: data)
            position = "line \(line), column \(column)"
        } else if let range = debug.range(of: #"line \d+, column \d+"#, options: .regularExpression) {
            position = String(debug[range])
        } else if let range = debug.range(of: #"around character \d+"#, options: .regularExpression),
                  let index = Int(debug[range].split(separator: " ").last ?? "") {
            // Foundation on Linux gives a byte offset ("Invalid value around character 30.").
            let (line, column) = lineAndColumn(of: index, in: data)
            position = "line \(line), column \(column)"
        }
        if data.isEmpty { return .file(path: source, message: "not valid JSON: the file is empty") }
        let cause = debug.isEmpty ? "" : ": " + debug.replacingOccurrences(of: #"\s*around (line \d+, column \d+|character \d+)\.?"#, with: "",
                                                                         options: .regularExpression).lowercased()
        let text = position.isEmpty ? "not valid JSON\(cause)" : "not valid JSON at \(position)\(cause)"
        return .file(path: source, message: text)
    }

    /// 1-based line and column of byte `index`.
    public static func lineAndColumn(of index: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for (i, b) in data.enumerated() {
            if i >= index { break }
            if b == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// Why a file or folder at `path` cannot be created, found by looking at its ancestors: one
    /// that is a file, or a folder we may not write to. Nil when nothing is visibly wrong.
    static func probeCause(_ path: String) -> String? {
        var prefix = path.hasPrefix("/") ? "" : "."
        let parts = path.split(separator: "/")
        for part in parts.dropLast() {
            prefix += "/" + part
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: prefix, isDirectory: &isDirectory) { return nil }
            if !isDirectory.boolValue { return "\(prefix) is a file, not a folder" }
        }
        let parent = prefix.isEmpty ? "/" : prefix
        if access(parent, W_OK) != 0 { return "\(parent): \(String(cString: strerror(errno)))" }
        return nil
    }

    /// The path and cause of a Foundation error (`CocoaError`/`NSError` with a file path and an
    /// underlying POSIX error), or its description for other errors.
    public static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        var cause: String?
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            cause = String(cString: strerror(Int32(underlying.code)))
        } else if ns.domain == NSPOSIXErrorDomain {
            cause = String(cString: strerror(Int32(ns.code)))
        }
        if ns.domain == NSCocoaErrorDomain, cause == nil {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: cause = "no such file or directory"
            case .fileReadNoPermission, .fileWriteNoPermission: cause = "permission denied"
            case .fileWriteFileExists: cause = "a file is in the way"
            case .fileWriteOutOfSpace: cause = "no space left on the device"
            case .fileWriteVolumeReadOnly: cause = "read-only file system"
            default: break
            }
        }
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        if cause == nil, let path { cause = probeCause(path) ?? "the operation failed (Foundation error code \(ns.code))" }
        switch (path, cause) {
        case let (p?, c?): return "\(p): \(c)"
        case let (nil, c?): return c
        case let (p?, nil): return "\(p): \(ns.localizedFailureReason ?? ns.localizedDescription)"
        default: return ns.domain == NSCocoaErrorDomain ? ns.localizedDescription : String(describing: error)
        }
    }
}
