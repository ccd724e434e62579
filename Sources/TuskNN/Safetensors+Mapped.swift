#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TuskIR

/// A safetensors file mapped into memory instead of read: the header is parsed and validated
/// exactly as `Safetensors.read` does, and the tensor data stays in the page cache, touched only
/// where it is used.
///
/// This is how a large model's weights exist once in memory: an f32 tensor of the file is handed
/// to an executable as its storage (`ResidentState.adopt`) without a copy, so the 4.8 GB of the
/// 1.3B release model cost 4.8 GB, not the 14 GB of reading the file, decoding it and copying it
/// into the executable.
///
/// The mapping is private and writable (`MAP_PRIVATE`, copy-on-write): a kernel that writes into
/// an adopted buffer changes this process's pages, never the file. It stays mapped while the
/// object lives; whoever adopts a pointer keeps the object alive.
public final class MappedSafetensors: @unchecked Sendable {
    /// The file's path (for error messages).
    public let path: String
    /// The `__metadata__` strings.
    public let metadata: [String: String]
    /// Bytes of the file.
    public let byteCount: Int
    private let base: UnsafeMutableRawPointer?
    private let dataStart: Int
    private let entries: [String: SafetensorsEntry]

    /// Maps and validates the file at `path`. A FIFO, device or directory is refused, and a
    /// malformed header is a `TuskError.file` naming the file and the tensor, as for `read`.
    public init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw TuskError.file(path: path, message: "cannot open: \(SafetensorsFile.errnoText())") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw TuskError.file(path: path, message: "cannot stat: \(SafetensorsFile.errnoText())") }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw TuskError.file(path: path, message: "not a regular file (\(SafetensorsFile.fileKind(st.st_mode))); give a safetensors file")
        }
        let size = Int(st.st_size)
        byteCount = size
        var mapped: UnsafeMutableRawPointer?
        if size > 0 {
            let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
            guard let p, p != MAP_FAILED else {
                throw TuskError.file(path: path, message: "cannot map \(SizeArithmetic.formatBytes(size)): \(SafetensorsFile.errnoText())")
            }
            mapped = p
        }
        base = mapped
        do {
            // Copy only the length and the header (bounded by the reference's header limit).
            let raw = UnsafeRawBufferPointer(start: mapped, count: size)
            var prefixCount = min(size, 8)
            if let n = Safetensors.headerLength(Array(raw.prefix(8))[...]), n <= UInt64(Safetensors.maxHeaderSize) {
                prefixCount = min(size, 8 + Int(n))
            }
            let prefix = Array(raw.prefix(prefixCount))
            let layout = try Safetensors.parseLayout(prefix: prefix[...], fileSize: size, path: path)
            dataStart = 8 + layout.headerLength
            metadata = layout.metadata
            entries = Dictionary(layout.entries.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        } catch {
            if let mapped { munmap(mapped, size) }
            throw error
        }
    }

    deinit {
        if let base { munmap(base, byteCount) }
    }

    /// The tensor names, sorted.
    public var names: [String] { entries.keys.sorted() }

    /// The shape of every tensor, by name.
    public var shapes: [String: [Int]] { entries.mapValues(\.shape) }

    /// The file's dtype name of `name` (`F32`, `BF16`, …), or nil when absent.
    public func fileDType(_ name: String) -> String? { entries[name]?.dtype.rawValue }

    /// A decoded copy of tensor `name` (narrow types widened as `Safetensors.read` does).
    public func tensor(_ name: String) throws -> TensorData {
        guard let e = entries[name] else {
            throw TuskError.file(path: path, message: "no tensor '\(name)' (the file has \(entries.count) tensors)")
        }
        let bytes = Array(UnsafeRawBufferPointer(start: base.map { $0 + dataStart + e.begin }, count: e.end - e.begin))
        return try e.dtype.decode(bytes[...], shape: e.shape, path: path, tensor: name)
    }

    /// The mapped bytes of tensor `name` when they can serve as the storage of an f32 tensor of
    /// its shape as they are: dtype `F32`, a little-endian host and 4-byte alignment (safetensors
    /// writers order tensors widest first after an 8-byte-aligned header, so f32 data is aligned
    /// in practice). Nil otherwise; `tensor(_:)` then gives a converted copy.
    public func f32Storage(_ name: String) -> UnsafeMutableRawPointer? {
        #if _endian(little)
        guard let e = entries[name], e.dtype == .f32, let base else { return nil }
        let p = base + dataStart + e.begin
        return Int(bitPattern: p) % MemoryLayout<Float>.alignment == 0 ? p : nil
        #else
        return nil
        #endif
    }
}
