#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TuskIR

/// Whole-file reads and atomic writes with POSIX calls, reporting failures as `TuskError.file`.
enum SafetensorsFile {
    /// Reads the whole file at `path`.
    ///
    /// A FIFO, device, socket or directory is refused (`TuskError.file`), never blocked on: the
    /// file is opened non-blocking and checked with `fstat` before anything is read.
    static func readAll(path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw TuskError.file(path: path, message: "cannot open: \(errnoText())") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw TuskError.file(path: path, message: "cannot stat: \(errnoText())") }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw TuskError.file(path: path, message: "not a regular file (\(fileKind(st.st_mode))); give a safetensors file")
        }
        // Back to blocking reads for the regular file.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
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
    ///
    /// Only a regular file (or a new path) is written: a device, FIFO, socket or directory at
    /// `path` is refused, so `--outputs /dev/full` never replaces the device node with a file.
    /// A symbolic link to a regular file is followed (the link stays, its target is replaced).
    /// Temporary files left by interrupted writes of the same `path` (their process is gone)
    /// are removed first.
    static func writeAtomically(_ bytes: [UInt8], to requested: String) throws {
        let path = try writableTarget(requested)
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !base.isEmpty else { throw TuskError.file(path: path, message: "not a file name") }
        removeStaleTemporaries(directory: directory, base: base)

        var template = Array("\(directory)/.\(base).tmp-\(getpid())-XXXXXX".utf8CString)
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

    /// What a non-regular file is, for messages.
    static func fileKind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a regular file"
        }
    }

    /// The path to write for `path`: itself when new or a regular file, the resolved target of
    /// a symbolic link to a regular file; throws for anything else.
    static func writableTarget(_ path: String) throws -> String {
        var st = stat()
        if lstat(path, &st) != 0 {
            if errno == ENOENT { return path }
            throw TuskError.file(path: path, message: "cannot stat: \(errnoText())")
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            return path
        case S_IFLNK:
            var target = stat()
            guard stat(path, &target) == 0 else {
                if errno == ENOENT { throw TuskError.file(path: path, message: "is a dangling symbolic link; refusing to replace it") }
                throw TuskError.file(path: path, message: "cannot stat the link's target: \(errnoText())")
            }
            guard (target.st_mode & S_IFMT) == S_IFREG, let resolved = realpath(path, nil) else {
                throw TuskError.file(path: path, message: "links to \(fileKind(target.st_mode)), not a regular file; refusing to replace it")
            }
            defer { free(resolved) }
            return String(cString: resolved)
        default:
            throw TuskError.file(path: path, message: "is \(fileKind(st.st_mode)), not a regular file; refusing to replace it (give a file path)")
        }
    }

    /// Removes `.<base>.tmp-<pid>-XXXXXX` files in `directory` whose process no longer runs
    /// (left by a write that was killed), and older `.<base>.tmp-XXXXXX` files (the name
    /// without a process id) untouched for an hour.
    static func removeStaleTemporaries(directory: String, base: String) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        let prefix = ".\(base).tmp-"
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(prefix) else { continue }
            let rest = name.dropFirst(prefix.count)
            let full = "\(directory)/\(name)"
            let parts = rest.split(separator: "-")
            if parts.count == 2, let pid = Int32(parts[0]), parts[1].count == 6 {
                if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { unlink(full) }
            } else if rest.count == 6 {
                var st = stat()
                if lstat(full, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, time(nil) - st.st_mtim.tv_sec > 3600 { unlink(full) }
            }
        }
    }
}

@inline(__always)
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

@inline(__always)
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}

/// Atomic whole-file writes and safe whole-file reads for any file Tusk saves (checkpoints,
/// outputs, logs), with the guarantees of the safetensors writer: only regular files or new
/// paths are replaced, stale temporaries of interrupted writes are cleaned up, FIFOs and
/// devices are refused on reading. Failures are `TuskError.file` naming the path and the cause.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically (temporary file, fsync, rename, fsync of the folder).
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try SafetensorsFile.writeAtomically(bytes, to: path)
    }

    /// Reads the regular file at `path` (a FIFO, device or folder is refused, not blocked on).
    public static func read(path: String) throws -> [UInt8] {
        try SafetensorsFile.readAll(path: path)
    }
}
