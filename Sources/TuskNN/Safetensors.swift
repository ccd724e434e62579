import TuskIR

/// Reads and writes tensors in the Hugging Face safetensors format: an 8-byte little-endian
/// `u64` header length `N`, `N` bytes of JSON header
/// `{"name": {"dtype": "F32", "shape": [2, 3], "data_offsets": [begin, end]}, …,
///   "__metadata__": {"key": "value"}}`, then the raw little-endian tensor bytes, with offsets
/// counted from the start of that data section.
///
/// This is how Tusk exchanges tensors with the outside world (`tusk run` inputs and outputs,
/// checkpoints, the PyTorch reference fixtures). Reading is bounds-checked like the reference
/// implementation's own validation: a truncated or lying file is reported as
/// `TuskError.file(path:message:)` naming the offending tensor, never a crash. Writing is
/// deterministic (same tensors, same bytes) and atomic (readers never see a half-written file).
///
/// Tusk's five dtypes map to `F32`, `F64`, `I32`, `I64`, `BOOL`. Files written elsewhere may also
/// hold narrower types; these are widened on read without loss: `F16`/`BF16` → f32,
/// `I8`/`U8`/`I16`/`U16` → i32, `U32` → i64. Other dtypes (`U64`, 8-bit floats, …) are rejected
/// with an error naming the dtype and the tensor.
public enum Safetensors {
    /// The reference implementation refuses headers above 100 MB; so does Tusk, so that a lying
    /// length cannot make it parse garbage for minutes.
    public static let maxHeaderSize = 100_000_000

    /// The key of the optional string-to-string metadata object in the header.
    public static let metadataKey = "__metadata__"

    /// Reads every tensor and the metadata of the safetensors file at `path`.
    public static func read(path: String) throws -> (tensors: [String: TensorData], metadata: [String: String]) {
        try decode(try SafetensorsFile.readAll(path: path), path: path)
    }

    /// Decodes the bytes of a safetensors file; `path` only names the file in error messages.
    public static func decode(_ bytes: [UInt8], path: String) throws -> (tensors: [String: TensorData], metadata: [String: String]) {
        let layout = try parseLayout(bytes, path: path)
        var tensors: [String: TensorData] = [:]
        tensors.reserveCapacity(layout.entries.count)
        let dataStart = 8 + layout.headerLength
        for entry in layout.entries {
            let begin = dataStart + entry.begin, end = dataStart + entry.end
            tensors[entry.name] = try entry.dtype.decode(bytes[begin..<end], shape: entry.shape,
                                                         path: path, tensor: entry.name)
        }
        return (tensors, layout.metadata)
    }

    /// The names, file dtypes and shapes stored in a safetensors file, without converting data
    /// (cheap: the data section is bounds-checked but not decoded).
    public static func describe(_ bytes: [UInt8], path: String) throws -> [(name: String, dtype: String, shape: [Int])] {
        try parseLayout(bytes, path: path).entries.map { ($0.name, $0.dtype.rawValue, $0.shape) }
    }

    /// Encodes tensors and metadata as the bytes of a safetensors file.
    ///
    /// The output is deterministic and laid out as the reference implementation lays it out:
    /// tensors ordered by dtype (widest first, so every tensor is aligned to its element size)
    /// then by name, the header written as compact JSON with `__metadata__` first (its keys
    /// sorted), and padded with spaces so the data section starts at a multiple of 8 bytes.
    public static func encode(_ tensors: [String: TensorData], metadata: [String: String] = [:]) -> [UInt8] {
        let ordered = tensors.sorted { a, b in
            let ra = SafetensorsDType(a.value.dtype).referenceOrder, rb = SafetensorsDType(b.value.dtype).referenceOrder
            return ra != rb ? ra > rb : Array(a.key.utf8).lexicographicallyPrecedes(Array(b.key.utf8))
        }
        var header = "{"
        var fields: [String] = []
        if !metadata.isEmpty {
            let members = metadata.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
                .map { SafetensorsJSON.quote($0.key) + ":" + SafetensorsJSON.quote($0.value) }
            fields.append(SafetensorsJSON.quote(metadataKey) + ":{" + members.joined(separator: ",") + "}")
        }
        var offset = 0
        for (name, tensor) in ordered {
            let size = tensor.elementCount * tensor.dtype.byteSize
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            fields.append(SafetensorsJSON.quote(name)
                          + ":{\"dtype\":\"\(SafetensorsDType(tensor.dtype).rawValue)\",\"shape\":[\(shape)],"
                          + "\"data_offsets\":[\(offset),\(offset + size)]}")
            offset += size
        }
        header += fields.joined(separator: ",") + "}"
        var headerBytes = Array(header.utf8)
        headerBytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: (8 - headerBytes.count % 8) % 8))

        var out: [UInt8] = []
        out.reserveCapacity(8 + headerBytes.count + offset)
        withUnsafeBytes(of: UInt64(headerBytes.count).littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: headerBytes)
        for (_, tensor) in ordered { SafetensorsDType.appendBytes(of: tensor.storage, to: &out) }
        return out
    }

    /// Writes tensors and metadata to `path` atomically: the bytes go to a temporary file in the
    /// same directory, which is flushed to disk and then renamed over `path`.
    public static func write(_ tensors: [String: TensorData], metadata: [String: String] = [:], to path: String) throws {
        try SafetensorsFile.writeAtomically(encode(tensors, metadata: metadata), to: path)
    }
}

/// One tensor's entry in a validated header.
struct SafetensorsEntry {
    var name: String
    var dtype: SafetensorsDType
    var shape: [Int]
    var begin: Int
    var end: Int
}

extension Safetensors {
    /// Parses and validates the header against the file size: every check of the reference
    /// implementation (header length, JSON, dtype, shape × dtype size = byte length, offsets in
    /// range, no overlap, no hole, data section fully covered).
    static func parseLayout(_ bytes: [UInt8], path: String) throws
        -> (headerLength: Int, entries: [SafetensorsEntry], metadata: [String: String])
    {
        try parseLayout(prefix: bytes[...], fileSize: bytes.count, path: path)
    }

    /// The header length `N` stored in the first 8 bytes, or nil when fewer than 8 bytes exist.
    static func headerLength(_ prefix: ArraySlice<UInt8>) -> UInt64? {
        guard prefix.count >= 8 else { return nil }
        var n: UInt64 = 0
        for i in (0..<8).reversed() { n = n << 8 | UInt64(prefix[prefix.startIndex + i]) }
        return n
    }

    /// `parseLayout` over the first bytes of a file of `fileSize` bytes: `prefix` holds at least
    /// the 8-byte length and the whole header (a memory-mapped file passes a copy of just those).
    static func parseLayout(prefix bytes: ArraySlice<UInt8>, fileSize: Int, path: String) throws
        -> (headerLength: Int, entries: [SafetensorsEntry], metadata: [String: String])
    {
        func fail(_ message: String) -> TuskError { .file(path: path, message: message) }

        guard let n = headerLength(bytes), fileSize >= 8 else {
            throw fail("not a safetensors file: \(fileSize) bytes, too short for the 8-byte header length (truncated?)")
        }
        let available = fileSize - 8
        guard n <= UInt64(available) else {
            throw fail("header length \(n) is larger than the \(available) bytes that follow it (truncated or not a safetensors file)")
        }
        guard n <= UInt64(maxHeaderSize) else {
            throw fail("header length \(n) exceeds the \(maxHeaderSize)-byte limit")
        }
        let headerLength = Int(n)
        guard bytes.count >= 8 + headerLength else {
            throw fail("header of \(headerLength) bytes was not read whole (\(bytes.count - 8) bytes available)")
        }
        let headerBytes = bytes[(bytes.startIndex + 8)..<(bytes.startIndex + 8 + headerLength)]
        guard headerBytes.first == UInt8(ascii: "{") else {
            throw fail("header does not start with '{' (not a safetensors file?)")
        }
        let json: SafetensorsJSON
        do {
            json = try SafetensorsJSON.parse(headerBytes)
        } catch {
            throw fail("invalid JSON header at byte \(error.offset) of the header: \(error.message)")
        }
        guard case .object(let members) = json else { throw fail("header is not a JSON object") }

        var metadata: [String: String] = [:]
        var entries: [SafetensorsEntry] = []
        for (name, value) in members {
            if name == metadataKey {
                guard case .object(let pairs) = value else {
                    throw fail("\(metadataKey) must be an object of strings, found \(value.kindDescription)")
                }
                for (key, v) in pairs {
                    guard case .string(let s) = v else {
                        throw fail("\(metadataKey) entry '\(key)' must be a string, found \(v.kindDescription)")
                    }
                    metadata[key] = s
                }
                continue
            }
            entries.append(try parseEntry(name: name, value, path: path))
        }

        // The data section must be exactly covered by the tensors, in offset order, with no
        // overlap and no hole (the reference rejects both).
        let dataLength = available - headerLength
        let sorted = entries.sorted { ($0.begin, $0.end) < ($1.begin, $1.end) }
        var cursor = 0
        var previous: String?
        for entry in sorted {
            if entry.begin < cursor {
                throw fail("tensor '\(entry.name)': data_offsets [\(entry.begin), \(entry.end)] overlap tensor '\(previous ?? "")' (which ends at \(cursor))")
            }
            if entry.begin > cursor {
                let after = previous.map { "after tensor '\($0)'" } ?? "at the start of the data section"
                throw fail("tensor '\(entry.name)': data_offsets [\(entry.begin), \(entry.end)] leave a hole of \(entry.begin - cursor) bytes \(after) (the data section must be fully covered)")
            }
            if entry.end > dataLength {
                throw fail("tensor '\(entry.name)': data_offsets [\(entry.begin), \(entry.end)] run past the end of the data section (\(dataLength) bytes; truncated file?)")
            }
            cursor = entry.end
            previous = entry.name
        }
        if cursor != dataLength {
            throw fail("the tensors cover \(cursor) bytes but the data section has \(dataLength) (trailing bytes not described by the header)")
        }
        return (headerLength, entries, metadata)
    }

    private static func parseEntry(name: String, _ value: SafetensorsJSON, path: String) throws -> SafetensorsEntry {
        func fail(_ message: String) -> TuskError { .file(path: path, message: "tensor '\(name)': \(message)") }
        guard case .object(let fields) = value else { throw fail("expected an object, found \(value.kindDescription)") }
        func field(_ key: String) throws -> SafetensorsJSON {
            guard let v = fields.first(where: { $0.key == key })?.value else { throw fail("missing \"\(key)\"") }
            return v
        }
        guard case .string(let dtypeName) = try field("dtype") else { throw fail("\"dtype\" must be a string") }
        guard let dtype = SafetensorsDType(rawValue: dtypeName) else {
            throw fail("unknown dtype \"\(dtypeName)\"")
        }
        guard case .array(let dims) = try field("shape") else { throw fail("\"shape\" must be an array of integers") }
        var shape: [Int] = []
        for d in dims {
            guard let v = d.nonNegativeInt else { throw fail("\"shape\" entries must be non-negative integers, found \(d.shortDescription)") }
            shape.append(v)
        }
        guard case .array(let offsets) = try field("data_offsets"), offsets.count == 2,
              let begin = offsets[0].nonNegativeInt, let end = offsets[1].nonNegativeInt
        else { throw fail("\"data_offsets\" must be [begin, end] with non-negative integers") }
        guard begin <= end else { throw fail("data_offsets [\(begin), \(end)] end before they begin") }

        var elements = 1
        for d in shape {
            let (product, overflow) = elements.multipliedReportingOverflow(by: d)
            guard !overflow else { throw fail("shape \(shape) has too many elements") }
            elements = product
        }
        let (byteLength, overflow) = elements.multipliedReportingOverflow(by: dtype.byteSize)
        guard !overflow else { throw fail("shape \(shape) has too many elements") }
        guard end - begin == byteLength else {
            throw fail("shape \(shape) of \(dtypeName) needs \(byteLength) bytes but data_offsets [\(begin), \(end)] span \(end - begin)")
        }
        return SafetensorsEntry(name: name, dtype: dtype, shape: shape, begin: begin, end: end)
    }
}
