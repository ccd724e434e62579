#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TuskIR

/// Whole-file reads and atomic writes with POSIX calls, reporting failures as `TuskError.file`.
enum SafetensorsFile {
    /// Reads the whole file at `path`.
    static func readAll(path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw TuskError.file(path: path, message: "cannot open: \(errnoText())") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw TuskError.file(path: path, message: "cannot stat: \(errnoText())") }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw TuskError.file(path: path, message: "not a regular file")
        }
        let size = Int(st.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { raw in
                posixRead(fd, raw.baseAddress! + done, size - done)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw TuskError.file(path: path, message: "read failed: \(errnoText())")
            }
            if n == 0 { break }  // the file shrank while we read it
            done += n
        }
        return done == size ? bytes : Array(bytes[..<done])
    }

    /// Writes `bytes` to a temporary file next to `path`, flushes it to disk, and renames it
    /// over `path`, so `path` holds either its old content or all of the new one.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !base.isEmpty else { throw TuskError.file(path: path, message: "not a file name") }

        var template = Array("\(directory)/.\(base).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw TuskError.file(path: path, message: "cannot create a temporary file in \(directory): \(errnoText())")
        }
        let tempPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer {
            if !renamed { unlink(tempPath) }
        }
        do {
            defer { close(fd) }
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { raw in
                    posixWrite(fd, raw.baseAddress! + done, bytes.count - done)
                }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw TuskError.file(path: path, message: "write failed: \(errnoText())")
                }
                done += n
            }
            // mkstemp creates 0600; give the file the usual permissions (umask applies).
            let mask = umask(0)
            umask(mask)
            fchmod(fd, 0o666 & ~mask)
            guard fsync(fd) == 0 else { throw TuskError.file(path: path, message: "fsync failed: \(errnoText())") }
        }
        guard rename(tempPath, path) == 0 else {
            throw TuskError.file(path: path, message: "cannot rename the temporary file into place: \(errnoText())")
        }
        renamed = true
        // Make the rename itself durable (best effort: some file systems refuse fsync on a directory).
        let dirFD = open(directory, O_RDONLY)
        if dirFD >= 0 {
            _ = fsync(dirFD)
            close(dirFD)
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}

@inline(__always)
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

@inline(__always)
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
