/// Wall-clock measurement for the tool's timing reports.
enum Timing {
    /// Runs `body` and returns its result with the elapsed wall time in seconds.
    static func measure<R>(_ body: () throws -> R) rethrows -> (R, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        return (result, seconds(clock.now - start))
    }

    static func seconds(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) + Double(c.attoseconds) * 1e-18
    }

    /// The median of `values` (mean of the two middle ones for an even count).
    static func median(_ values: [Double]) -> Double {
        precondition(!values.isEmpty)
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// `0.01234` → `12.34 ms`; switches to µs and s where they read better.
    static func format(_ seconds: Double) -> String {
        if seconds < 1e-3 { return fixed(seconds * 1e6, 1) + " µs" }
        if seconds < 1 { return fixed(seconds * 1e3, 2) + " ms" }
        return fixed(seconds, 3) + " s"
    }

    /// `value` with exactly `places` decimals (no Foundation needed).
    static func fixed(_ value: Double, _ places: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let frac = Int(scaled - Double(whole) * scale)
        let fracText = places == 0 ? "" : "." + String(repeating: "0", count: places - String(frac).count) + String(frac)
        return (value < 0 && scaled != 0 ? "-" : "") + String(whole) + fracText
    }
}
