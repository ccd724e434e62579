/// An 8-bit RGB colour.
public struct RGB: Hashable, Sendable {
    public var r: UInt8, g: UInt8, b: UInt8
    public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) { self.r = r; self.g = g; self.b = b }
    public static let white = RGB(255, 255, 255)
    public static let black = RGB(0, 0, 0)
    public static let gray = RGB(128, 128, 128)
    public static let lightGray = RGB(220, 220, 220)
}

/// A colormap: evenly spaced control colours, linearly interpolated in RGB.
///
/// - `viridis`: perceptually uniform, dark violet → yellow, for fields (17 samples of
///   matplotlib's viridis, CC0).
/// - `diverging`: blue → white → red for signed errors; white is exactly 0.5, so with
///   symmetric limits ±m zero error is white (11 samples of matplotlib's `RdBu_r`).
/// - `tableau`: distinct line colours for plots (categorical, not interpolated).
public struct Colormap: Sendable {
    /// The control colours at t = 0, 1/(n−1), …, 1.
    public let stops: [RGB]

    public init(stops: [RGB]) {
        precondition(stops.count >= 2, "a colormap needs at least two stops")
        self.stops = stops
    }

    /// Colour at `t` ∈ [0, 1] (clamped; NaN maps to mid-gray so it stands out).
    public func color(_ t: Double) -> RGB {
        guard t.isFinite else { return .gray }
        let x = min(max(t, 0), 1) * Double(stops.count - 1)
        let i = min(Int(x), stops.count - 2)
        let f = x - Double(i)
        let a = stops[i], b = stops[i + 1]
        func mix(_ p: UInt8, _ q: UInt8) -> UInt8 { UInt8((Double(p) + (Double(q) - Double(p)) * f).rounded()) }
        return RGB(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b))
    }

    /// Colour of `v` mapped linearly from `[lo, hi]` to [0, 1] (a degenerate range maps to 0.5).
    public func color(_ v: Double, lo: Double, hi: Double) -> RGB {
        hi > lo ? color((v - lo) / (hi - lo)) : color(v.isFinite ? 0.5 : .nan)
    }

    public static let viridis = Colormap(stops: [
        RGB(68, 1, 84), RGB(72, 24, 106), RGB(71, 45, 123), RGB(66, 64, 134), RGB(59, 82, 139),
        RGB(51, 99, 141), RGB(44, 114, 142), RGB(38, 130, 142), RGB(33, 145, 140), RGB(31, 160, 136),
        RGB(40, 174, 128), RGB(63, 188, 115), RGB(94, 201, 98), RGB(132, 212, 75), RGB(173, 220, 48),
        RGB(216, 226, 25), RGB(253, 231, 37),
    ])

    public static let diverging = Colormap(stops: [
        RGB(5, 48, 97), RGB(32, 101, 171), RGB(67, 147, 195), RGB(144, 196, 221), RGB(209, 229, 240),
        RGB(255, 255, 255), // centre made pure white (matplotlib: 247, 246, 246)
        RGB(253, 219, 199), RGB(243, 164, 129), RGB(214, 96, 77), RGB(177, 24, 43), RGB(103, 0, 31),
    ])

    /// Categorical line colours (matplotlib's tab10 order).
    public static let tableau: [RGB] = [
        RGB(31, 119, 180), RGB(255, 127, 14), RGB(44, 160, 44), RGB(214, 39, 40), RGB(148, 103, 189),
        RGB(140, 86, 75), RGB(227, 119, 194), RGB(127, 127, 127), RGB(188, 189, 34), RGB(23, 190, 207),
    ]
}
