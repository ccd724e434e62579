import Foundation
import TuskIR

/// A dependency-free PNG encoder: 8-bit RGB, no interlace, filter 0 on every scanline,
/// and a zlib stream made of STORED (uncompressed) deflate blocks with its Adler-32.
///
/// Stored blocks keep the encoder tiny and obviously correct at the cost of size (a PNG is
/// about width·height·3 bytes); the pictures Tusk writes are small.
public enum PNGEncoder {
    /// The PNG bytes of an `width`×`height` RGB image (`rgb.count == width·height·3`,
    /// rows top to bottom).
    public static func encode(width: Int, height: Int, rgb: [UInt8]) throws -> [UInt8] {
        guard width > 0, height > 0, width <= 1 << 24, height <= 1 << 24 else {
            throw TuskError.binding("PNG size \(width)×\(height) is not supported")
        }
        guard rgb.count == width * height * 3 else {
            throw TuskError.binding("PNG \(width)×\(height) needs \(width * height * 3) RGB bytes, got \(rgb.count)")
        }
        var raw: [UInt8] = []
        raw.reserveCapacity(height * (width * 3 + 1))
        for y in 0 ..< height {
            raw.append(0) // filter type 0 (None)
            raw.append(contentsOf: rgb[(y * width * 3) ..< ((y + 1) * width * 3)])
        }
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var ihdr: [UInt8] = []
        appendBE32(&ihdr, UInt32(width))
        appendBE32(&ihdr, UInt32(height))
        ihdr += [8, 2, 0, 0, 0] // bit depth 8, colour type 2 (RGB), deflate, filter 0, no interlace
        appendChunk(&out, "IHDR", ihdr)
        appendChunk(&out, "IDAT", zlibStored(raw))
        appendChunk(&out, "IEND", [])
        return out
    }

    /// A zlib stream (RFC 1950) of stored deflate blocks (RFC 1951 §3.2.4), ≤ 65535 bytes each.
    public static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01] // CM 8, CINFO 7, FCHECK so that 0x7801 % 31 == 0, no dict
        var offset = 0
        repeat {
            let n = min(65535, data.count - offset)
            let final: UInt8 = offset + n == data.count ? 1 : 0
            out.append(final) // BFINAL, BTYPE 00 (stored)
            out += [UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            out.append(contentsOf: data[offset ..< offset + n])
            offset += n
        } while offset < data.count
        appendBE32(&out, adler32(data))
        return out
    }

    /// Adler-32 (RFC 1950).
    public static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for chunk in stride(from: 0, to: data.count, by: 5552) { // 5552: largest n with no UInt32 overflow
            for i in chunk ..< min(chunk + 5552, data.count) {
                a += UInt32(data[i])
                b += a
            }
            a %= 65521
            b %= 65521
        }
        return (b << 16) | a
    }

    /// CRC-32 (ISO-HDLC, the PNG/zlib polynomial 0xEDB88320 reflected): TuskIR's `CRC32`.
    public static func crc32<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        CRC32.checksum(bytes)
    }

    private static func appendBE32(_ out: inout [UInt8], _ v: UInt32) {
        out += [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    private static func appendChunk(_ out: inout [UInt8], _ type: String, _ data: [UInt8]) {
        appendBE32(&out, UInt32(data.count))
        let typeAndData = Array(type.utf8) + data
        out += typeAndData
        appendBE32(&out, crc32(typeAndData))
    }
}
