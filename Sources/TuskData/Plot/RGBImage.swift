import Foundation
import TuskIR

/// An 8-bit RGB raster, rows top to bottom, with the drawing primitives the plots need.
public struct RGBImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// `width·height·3` bytes, row-major, RGB.
    public var pixels: [UInt8]

    /// A `width`×`height` image filled with `background`.
    public init(width: Int, height: Int, background: RGB = .white) {
        precondition(width > 0 && height > 0, "image size must be positive")
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 0, count: width * height * 3)
        for i in 0 ..< width * height {
            pixels[3 * i] = background.r; pixels[3 * i + 1] = background.g; pixels[3 * i + 2] = background.b
        }
    }

    /// The colour at column `x`, row `y` (row 0 at the top).
    public func pixel(_ x: Int, _ y: Int) -> RGB {
        let i = 3 * (y * width + x)
        return RGB(pixels[i], pixels[i + 1], pixels[i + 2])
    }

    /// Sets one pixel; coordinates outside the image are ignored (clipping).
    public mutating func set(_ x: Int, _ y: Int, _ c: RGB) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = 3 * (y * width + x)
        pixels[i] = c.r; pixels[i + 1] = c.g; pixels[i + 2] = c.b
    }

    /// Fills the rectangle `[x, x+w) × [y, y+h)` (clipped).
    public mutating func fill(x: Int, y: Int, w: Int, h: Int, _ c: RGB) {
        for yy in max(y, 0) ..< min(y + h, height) where w > 0 {
            for xx in max(x, 0) ..< min(x + w, width) { set(xx, yy, c) }
        }
    }

    /// Outlines the rectangle `[x, x+w) × [y, y+h)`.
    public mutating func stroke(x: Int, y: Int, w: Int, h: Int, _ c: RGB) {
        line(x, y, x + w - 1, y, c); line(x, y + h - 1, x + w - 1, y + h - 1, c)
        line(x, y, x, y + h - 1, c); line(x + w - 1, y, x + w - 1, y + h - 1, c)
    }

    /// A line from (x0, y0) to (x1, y1) inclusive (Bresenham), `thickness` pixels wide;
    /// `dash` > 0 draws `dash` pixels on, `dash` off.
    public mutating func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ c: RGB, thickness: Int = 1, dash: Int = 0) {
        var x = x0, y = y0
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        let lo = -(thickness - 1) / 2, hi = thickness / 2
        var n = 0
        while true {
            if dash <= 0 || (n / dash) % 2 == 0 { for oy in lo ... hi { for ox in lo ... hi { set(x + ox, y + oy, c) } } }
            n += 1
            if x == x1 && y == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
        }
    }

    /// Draws `text` with the built-in 5×7 font, top-left corner at (x, y), each font pixel
    /// a `scale`×`scale` block. `vertical` rotates it 90° counter-clockwise (reads bottom to
    /// top; (x, y) is then the bottom-left corner).
    public mutating func text(_ text: String, x: Int, y: Int, scale: Int = 1, _ c: RGB = .black, vertical: Bool = false) {
        var pen = 0
        for ch in text {
            let rows = BitmapFont.rows(ch)
            for (r, bits) in rows.enumerated() {
                for col in 0 ..< BitmapFont.width where bits & (1 << (BitmapFont.width - 1 - col)) != 0 {
                    if vertical {
                        fill(x: x + r * scale, y: y - (pen + col + 1) * scale, w: scale, h: scale, c)
                    } else {
                        fill(x: x + (pen + col) * scale, y: y + r * scale, w: scale, h: scale, c)
                    }
                }
            }
            pen += BitmapFont.width + 1
        }
    }

    /// Copies `other` with its top-left corner at (x, y) (clipped).
    public mutating func blit(_ other: RGBImage, x: Int, y: Int) {
        for yy in 0 ..< other.height { for xx in 0 ..< other.width { set(x + xx, y + yy, other.pixel(xx, yy)) } }
    }

    /// The PNG encoding of this image.
    public func png() throws -> [UInt8] {
        try PNGEncoder.encode(width: width, height: height, rgb: pixels)
    }

    /// Writes the PNG atomically (temporary file, then rename) to `path`.
    public func writePNG(to path: String) throws {
        try PNGEncoder.write(try png(), to: path)
    }
}
