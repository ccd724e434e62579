#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TuskIR

/// Small file-system helpers for the tool (graph texts, dump folders), failing with
/// `TuskError.file`.
public enum TextFile {
    /// Whether `path` names an existing regular file.
    public static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    /// Reads a UTF-8 text file.
    /// A FIFO, device or folder is refused (opening a FIFO would block until a writer comes).
    public static func read(path: String) throws -> String {
        var st = stat()
        if stat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG {
            throw TuskError.file(path: path, message: "not a regular file; give a text file")
        }
        guard let file = fopen(path, "rb") else {
            throw TuskError.file(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress!, 1, $0.count, file) }
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count {
                if ferror(file) != 0 { throw TuskError.file(path: path, message: "read failed") }
                break
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw TuskError.file(path: path, message: "not UTF-8 text")
        }
        return text
    }

    /// Writes `text` to `path`, replacing it.
    public static func write(_ text: String, to path: String) throws {
        guard let file = fopen(path, "wb") else {
            throw TuskError.file(path: path, message: "cannot create: \(String(cString: strerror(errno)))")
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file)
        guard written == bytes.count, closed == 0 else {
            throw TuskError.file(path: path, message: "write failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Creates `path` and its missing parents (like `mkdir -p`).
    public static func makeDirectories(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw TuskError.file(path: prefix, message: "cannot create directory: \(String(cString: strerror(errno)))")
            }
            prefix += "/"
        }
    }
}
