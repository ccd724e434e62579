import Foundation
import TuskIR

/// A 2-D scalar slice ready to draw: `values[i·ny + j]` is the point (x_i, y_j) (the first
/// spatial axis is x, the second y, as in the_well's arrays).
public struct FieldSlice: Sendable, Equatable {
    public let nx: Int
    public let ny: Int
    public var values: [Float]

    public init(nx: Int, ny: Int, values: [Float]) throws {
        guard nx >= 1, ny >= 1, values.count == nx * ny else {
            throw TuskError.binding("field slice \(nx)×\(ny) needs \(nx * ny) values, got \(values.count)")
        }
        self.nx = nx; self.ny = ny; self.values = values
    }

    /// Channel `c` of step `t`: 1-D data as an nx×1 strip, 2-D data whole, 3-D data as the
    /// plane at the middle index of the third axis (`N3 / 2`).
    public init(_ series: FieldSeries, step t: Int, channel c: Int) throws {
        guard t >= 0, t < series.steps, c >= 0, c < series.channels else {
            throw TuskError.binding("slice step \(t) channel \(c) outside \(series.steps) steps × \(series.channels) channels")
        }
        let s = series.spatialShape
        let full = series.channel(c, at: t)
        switch s.count {
        case 1: try self.init(nx: s[0], ny: 1, values: full)
        case 2: try self.init(nx: s[0], ny: s[1], values: full)
        default:
            let k = s[2] / 2
            var v = [Float](repeating: 0, count: s[0] * s[1])
            for i in 0 ..< s[0] { for j in 0 ..< s[1] { v[i * s[1] + j] = full[(i * s[1] + j) * s[2] + k] } }
            try self.init(nx: s[0], ny: s[1], values: v)
        }
    }

    /// Finite minimum and maximum (nil when no value is finite).
    public var range: (lo: Double, hi: Double)? {
        let f = values.lazy.filter { $0.isFinite }.map(Double.init)
        guard let lo = f.min(), let hi = f.max() else { return nil }
        return (lo, hi)
    }
}

/// Renders slices as heatmaps: x to the right, y UP (origin bottom-left, like
/// `imshow(field.T, origin="lower")`), nearest-neighbour upscaled.
public enum Heatmap {
    /// One pixel block of `sx`×`sy` per grid point, colours from `colormap` over `[lo, hi]`.
    public static func render(_ slice: FieldSlice, lo: Double, hi: Double, colormap: Colormap = .viridis,
                              scaleX sx: Int, scaleY sy: Int) -> RGBImage {
        var img = RGBImage(width: slice.nx * sx, height: slice.ny * sy)
        for i in 0 ..< slice.nx {
            for j in 0 ..< slice.ny {
                let c = colormap.color(Double(slice.values[i * slice.ny + j]), lo: lo, hi: hi)
                img.fill(x: i * sx, y: (slice.ny - 1 - j) * sy, w: sx, h: sy, c)
            }
        }
        return img
    }

    /// A horizontal colour bar `width`×`height` from `lo` (left) to `hi` (right).
    public static func colorbar(width: Int, height: Int, colormap: Colormap) -> RGBImage {
        var img = RGBImage(width: width, height: height)
        for x in 0 ..< width {
            let c = colormap.color(width == 1 ? 0.5 : Double(x) / Double(width - 1))
            img.fill(x: x, y: 0, w: 1, h: height, c)
        }
        return img
    }
}

/// Compact number labels for ticks and ranges: `0`, `0.25`, `12.5`, `1500`, `1E-5`, `2.5E6`.
public enum PlotFormat {
    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "NAN" : (v > 0 ? "INF" : "-INF") }
        if v == 0 { return "0" }
        let a = abs(v)
        if a >= 1e-2 && a < 1e4 {
            var s = String(format: "%.3g", v)
            if s.contains("e") { s = String(format: "%.0f", v) }
            return s
        }
        let e = Int(floor(log10(a)))
        var m = v / pow(10, Double(e))
        if abs(m) >= 9.995 { m /= 10; return format(m, e + 1) }
        return format(m, e)
    }

    private static func format(_ m: Double, _ e: Int) -> String {
        var s = String(format: "%.2f", m)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return "\(s)E\(e)"
    }
}
