/// CRC-32 (IEEE 802.3, the polynomial of zlib, PNG and gzip; reflected, initial and final value
/// `0xFFFFFFFF`), the integrity check of checkpoint files. It detects every burst error of up to
/// 32 bits and all but 2⁻³² of random corruptions — the failure modes of storage and copying,
/// not of an adversary. Also the chunk checksum of Tusk's PNG writer.
public enum CRC32 {
    /// The 256-entry table of the reflected polynomial `0xEDB88320`.
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The checksum of `bytes` (`checksum("123456789".utf8) == 0xCBF43926`).
    public static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        table.withUnsafeBufferPointer { t in
            let contiguous: Void? = bytes.withContiguousStorageIfAvailable { buffer in
                for byte in buffer { crc = t[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
            }
            if contiguous == nil {
                for byte in bytes { crc = t[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
            }
        }
        return crc ^ 0xFFFF_FFFF
    }

    /// The checksum as 8 lowercase hex digits (how checkpoints store it).
    public static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
