import CZlib
import Foundation

/// An independent PNG / APNG decoder for the tests: it shares no code with Tusk's encoder
/// (inflate is zlib's `uncompress`, the CRC a bitwise loop written here). It checks the
/// signature, every chunk's length and CRC-32, the IHDR fields Tusk writes (8-bit RGB, deflate,
/// filter method 0, no interlace), the chunk order (IHDR first, IEND last, image data
/// contiguous), inflates the image data to exactly `height·(3·width + 1)` bytes, undoes all
/// five filter types, and for APNG checks `acTL`'s frame count against the frames found,
/// the `fcTL`/`fdAT` sequence numbers (0, 1, 2, … without gaps) and that each frame covers
/// the canvas.
public struct DecodedPNG: Sendable {
    public struct Frame: Sendable {
        /// `width·height·3` RGB bytes.
        public var rgb: [UInt8]
        public var delayNumerator: Int
        public var delayDenominator: Int
    }

    public var width: Int
    public var height: Int
    /// The default image (IDAT).
    public var rgb: [UInt8]
    /// Chunk types in file order.
    public var chunkTypes: [String]
    /// APNG frames (empty for a still PNG).
    public var frames: [Frame]
    /// `acTL`'s num_plays (nil for a still PNG).
    public var plays: Int?
    /// The filter types seen, per image row (of the default image).
    public var filterTypes: [UInt8]
}

public enum PNGDecodeError: Error, CustomStringConvertible {
    case invalid(String)
    public var description: String { if case .invalid(let s) = self { return s }; return "" }
}

public enum PNGDecoder {
    public static func decode(path: String) throws -> DecodedPNG {
        try decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    public static func decode(_ png: [UInt8]) throws -> DecodedPNG {
        func fail(_ s: String) -> PNGDecodeError { .invalid(s) }
        guard png.count >= 8, Array(png[0 ..< 8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
            throw fail("bad PNG signature")
        }
        func be32(_ o: Int) -> Int { png[o ..< o + 4].reduce(0) { $0 << 8 | Int($1) } }
        var o = 8
        var chunks: [(type: String, data: [UInt8])] = []
        while o < png.count {
            guard o + 12 <= png.count else { throw fail("truncated chunk at byte \(o)") }
            let len = be32(o)
            guard o + 12 + len <= png.count else { throw fail("chunk at byte \(o) overruns the file") }
            let typeAndData = Array(png[o + 4 ..< o + 8 + len])
            guard crc(typeAndData) == UInt32(be32(o + 8 + len)) else { throw fail("CRC mismatch in chunk at byte \(o)") }
            chunks.append((String(decoding: typeAndData[0 ..< 4], as: UTF8.self), Array(typeAndData[4...])))
            o += 12 + len
        }
        let types = chunks.map(\.type)
        guard types.first == "IHDR", types.last == "IEND", types.filter({ $0 == "IEND" }).count == 1,
              types.filter({ $0 == "IHDR" }).count == 1 else { throw fail("chunk order \(types)") }
        let ihdr = chunks[0].data
        guard ihdr.count == 13 else { throw fail("IHDR length \(ihdr.count)") }
        let w = ihdr[0 ..< 4].reduce(0) { $0 << 8 | Int($1) }, h = ihdr[4 ..< 8].reduce(0) { $0 << 8 | Int($1) }
        guard w > 0, h > 0, Array(ihdr[8...]) == [8, 2, 0, 0, 0] else { throw fail("IHDR \(ihdr)") }
        guard let firstIDAT = types.firstIndex(of: "IDAT"), let lastIDAT = types.lastIndex(of: "IDAT"),
              types[firstIDAT ... lastIDAT].allSatisfy({ $0 == "IDAT" }) else { throw fail("IDAT chunks missing or not contiguous: \(types)") }
        let idat = chunks[firstIDAT ... lastIDAT].flatMap(\.data)
        let (rgb, filters) = try unfilter(inflate(idat, expected: h * (3 * w + 1)), width: w, height: h)

        var frames: [DecodedPNG.Frame] = []
        var plays: Int?
        if let a = types.firstIndex(of: "acTL") {
            guard a < firstIDAT else { throw fail("acTL after IDAT") }
            let actl = chunks[a].data
            guard actl.count == 8 else { throw fail("acTL length \(actl.count)") }
            let count = actl[0 ..< 4].reduce(0) { $0 << 8 | Int($1) }
            plays = actl[4 ..< 8].reduce(0) { $0 << 8 | Int($1) }
            var sequence = 0
            var k = 0
            while k < chunks.count {
                guard chunks[k].type == "fcTL" else { k += 1; continue }
                let f = chunks[k].data
                guard f.count == 26 else { throw fail("fcTL length \(f.count)") }
                func at(_ i: Int) -> Int { f[i ..< i + 4].reduce(0) { $0 << 8 | Int($1) } }
                guard at(0) == sequence else { throw fail("fcTL sequence \(at(0)), expected \(sequence)") }
                sequence += 1
                guard at(4) == w, at(8) == h, at(12) == 0, at(16) == 0 else { throw fail("frame \(frames.count) does not cover the canvas") }
                let num = Int(f[20]) << 8 | Int(f[21]), den = Int(f[22]) << 8 | Int(f[23])
                guard f[24] <= 2, f[25] <= 1 else { throw fail("fcTL dispose/blend \(f[24]) \(f[25])") }
                k += 1
                var data: [UInt8] = []
                if k < chunks.count, chunks[k].type == "IDAT" {
                    guard frames.isEmpty else { throw fail("IDAT after the first frame") }
                    while k < chunks.count, chunks[k].type == "IDAT" { data += chunks[k].data; k += 1 }
                } else {
                    while k < chunks.count, chunks[k].type == "fdAT" {
                        let d = chunks[k].data
                        guard d.count >= 4 else { throw fail("fdAT too short") }
                        let s = d[0 ..< 4].reduce(0) { $0 << 8 | Int($1) }
                        guard s == sequence else { throw fail("fdAT sequence \(s), expected \(sequence)") }
                        sequence += 1
                        data += d[4...]
                        k += 1
                    }
                }
                guard !data.isEmpty else { throw fail("frame \(frames.count) has no data") }
                let (frgb, _) = try unfilter(inflate(data, expected: h * (3 * w + 1)), width: w, height: h)
                frames.append(.init(rgb: frgb, delayNumerator: num, delayDenominator: den))
            }
            guard frames.count == count else { throw fail("acTL says \(count) frames, found \(frames.count)") }
        }
        return DecodedPNG(width: w, height: h, rgb: rgb, chunkTypes: types, frames: frames, plays: plays, filterTypes: filters)
    }

    /// zlib's `uncompress` into exactly `expected` bytes (a shorter or longer stream is an error).
    static func inflate(_ z: [UInt8], expected: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: expected + 1)
        var n = uLong(out.count)
        let status = out.withUnsafeMutableBufferPointer { o in
            z.withUnsafeBufferPointer { i in uncompress(o.baseAddress!, &n, i.baseAddress!, uLong(z.count)) }
        }
        guard status == Z_OK else { throw PNGDecodeError.invalid("inflate failed: zlib status \(status)") }
        guard Int(n) == expected else { throw PNGDecodeError.invalid("inflated \(n) bytes, expected \(expected)") }
        return Array(out[0 ..< expected])
    }

    /// Undoes the five PNG filters (spec §9.2), 3 bytes per pixel.
    static func unfilter(_ raw: [UInt8], width w: Int, height h: Int) throws -> ([UInt8], [UInt8]) {
        let stride = 3 * w
        var out = [UInt8](repeating: 0, count: h * stride)
        var filters: [UInt8] = []
        for y in 0 ..< h {
            let t = raw[y * (stride + 1)]
            filters.append(t)
            for i in 0 ..< stride {
                let x = Int(raw[y * (stride + 1) + 1 + i])
                let a = i >= 3 ? Int(out[y * stride + i - 3]) : 0
                let b = y > 0 ? Int(out[(y - 1) * stride + i]) : 0
                let c = i >= 3 && y > 0 ? Int(out[(y - 1) * stride + i - 3]) : 0
                let pred: Int
                switch t {
                case 0: pred = 0
                case 1: pred = a
                case 2: pred = b
                case 3: pred = (a + b) >> 1
                case 4:
                    let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                    pred = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: throw PNGDecodeError.invalid("row \(y): filter type \(t)")
                }
                out[y * stride + i] = UInt8((x + pred) & 0xFF)
            }
        }
        return (out, filters)
    }

    /// CRC-32/ISO-HDLC, bit by bit.
    static func crc(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0 ..< 8 { c = c & 1 != 0 ? (c >> 1) ^ 0xEDB8_8320 : c >> 1 }
        }
        return ~c
    }
}
