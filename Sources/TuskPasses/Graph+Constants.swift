import TuskIR

extension Node {
    /// True for `fill`, `iota` and `literal`: values known at compile time.
    var isConstant: Bool {
        switch op {
        case .fill, .iota, .literal: true
        default: false
        }
    }

    /// The single value every element of this `fill` or `literal` holds, as the node's dtype holds it
    /// (an `f32` fill of 0.1 gives `Double(Float(0.1))`), or nil when the node is not a constant
    /// with all elements bitwise equal. Integer and bool constants are reported only for exact
    /// small integers, so no conversion can trap or round. (`iota` is never reported: how
    /// `start + step · 0` treats a −0.0 start is the interpreter's business.)
    var splatValue: Double? {
        let raw: Double
        switch op {
        case .fill(let v):
            raw = v
        case .literal(let values):
            guard let first = values.first, values.allSatisfy({ $0.bitPattern == first.bitPattern }) else { return nil }
            raw = first
        default:
            return nil
        }
        switch type.dtype {
        case .f32: return Double(Float(raw))
        case .f64: return raw
        case .i32, .i64, .bool:
            // Integer storage truncates; only claim values that are exact integers in range.
            guard raw.isFinite, Swift.abs(raw) < 2_147_483_648.0, raw == Double(Int(raw)) else { return nil }
            if type.dtype == .bool { return raw != 0 ? 1 : 0 }
            return raw + 0  // normalizes -0.0 to +0.0: integers have one zero
        }
    }
}
