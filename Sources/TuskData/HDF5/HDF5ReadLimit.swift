import TuskIR

/// The largest buffer one read of TuskData may allocate. A file's shapes are outside input: a
/// coordinate, mask or field dataset of 2⁴⁰ elements (or a sample window over a huge grid) is
/// refused with the numbers ("needs 4 TiB, a read may use at most 23 GiB, the machine's physical
/// memory") before anything is allocated, instead of aborting in the allocator.
public enum HDF5ReadLimit {
    /// Bytes of physical memory (`PhysicalMemory.bytes`); nil when the system does not say.
    public static var physicalBytes: Int? { PhysicalMemory.bytes }

    /// The limit in bytes: the machine's physical memory unless lowered (the fuzz target lowers
    /// it below libFuzzer's malloc limit). Set it before reading, from one thread.
    nonisolated(unsafe) public static var maxBytes: Int = physicalBytes ?? Int.max

    /// Throws a `TuskError.file` naming `file` and `what` (e.g. "dataset /dimensions/x of shape
    /// [1099511627776]") when `count` elements of `bytesPerElement` bytes overflow or exceed
    /// `maxBytes`.
    public static func check(count: Int, bytesPerElement: Int, file: String, what: String) throws {
        let limit = maxBytes
        let describe = { (needs: String) -> String in
            let source = limit == physicalBytes ? "the machine's physical memory" : "the configured read limit"
            return "reading \(what) needs \(needs), but a read may use at most \(SizeArithmetic.formatBytes(limit)) (\(source)); refusing to allocate it"
        }
        guard let bytes = SizeArithmetic.multiply(count, bytesPerElement) else {
            throw TuskError.file(path: file, message: describe("\(count) × \(bytesPerElement) bytes (more than Int.max)"))
        }
        guard bytes <= limit else { throw TuskError.file(path: file, message: describe(SizeArithmetic.formatBytes(bytes))) }
    }
}
