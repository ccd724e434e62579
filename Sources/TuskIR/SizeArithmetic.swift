/// Overflow-checked arithmetic for element, byte and FLOP counts.
///
/// Shapes come from users (graph texts, configs, command lines), so a product of sizes can
/// exceed `Int.max`; Swift's `*` then traps. Every size computation goes through these helpers,
/// which return nil on overflow, and the caller reports a `TuskError` naming the op and the
/// source line (DESIGN.md: errors, never a trap).
public enum SizeArithmetic {
    /// `a · b`, or nil on overflow.
    @inlinable
    public static func multiply(_ a: Int, _ b: Int) -> Int? {
        let (r, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? nil : r
    }

    /// `a + b`, or nil on overflow.
    @inlinable
    public static func add(_ a: Int, _ b: Int) -> Int? {
        let (r, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : r
    }

    /// The product of `factors` (1 when empty), or nil on overflow.
    @inlinable
    public static func product<S: Sequence>(_ factors: S) -> Int? where S.Element == Int {
        var acc = 1
        for f in factors {
            guard let next = multiply(acc, f) else { return nil }
            acc = next
        }
        return acc
    }

    /// The sum of `terms` (0 when empty), or nil on overflow.
    @inlinable
    public static func sum<S: Sequence>(_ terms: S) -> Int? where S.Element == Int {
        var acc = 0
        for t in terms {
            guard let next = add(acc, t) else { return nil }
            acc = next
        }
        return acc
    }

    /// A byte count for messages: `512 GiB`, `3.5 MiB`, `17 bytes`.
    public static func formatBytes(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) \(units[unit])" : "\(rounded) \(units[unit])"
    }
}
