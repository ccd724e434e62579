import Foundation

/// The T5 relative-position bucket function of the time attention (spec §3.7;
/// `RelativePositionBias._relative_position_bucket` of the reference).
///
/// The reference stores `max_distance = 128` but `compute_bias` does not pass it, so the bucket
/// function runs with its default 32 — reproduced here. The logarithm is evaluated in Float (as
/// torch does on a float32 tensor); for every distance that is not capped (causal 16…31,
/// bidirectional 8…31) the Float and exact real results truncate to the same bucket, so there are
/// no rounding ties.
public enum RelativePositionBuckets {
    /// Buckets of the bias table (rows of `relative_attention_bias.weight`).
    public static let bucketCount = 32
    /// The distance the logarithmic buckets saturate at (the default the reference really uses).
    public static let maxDistance = 32

    /// Bucket of query position `query` attending to key position `key`.
    ///
    /// Causal: n = max(query − key, 0); n < 16 → n, else min(31, 16 + ⌊ln(n/16)/ln 2 · 16⌋).
    /// Bidirectional: keys in the future (key > query) use buckets 16…31; n = |query − key|;
    /// n < 8 → n, else min(15, 8 + ⌊ln(n/8)/ln 4 · 8⌋).
    public static func bucket(query: Int, key: Int, causal: Bool,
                              bucketCount: Int = bucketCount, maxDistance: Int = maxDistance) -> Int {
        var n = query - key
        var buckets = bucketCount
        var offset = 0
        if causal {
            n = max(n, 0)
        } else {
            buckets /= 2
            if n < 0 { offset = buckets }
            n = abs(n)
        }
        let maxExact = buckets / 2
        if n < maxExact { return offset + n }
        let ratio = Foundation.log(Float(n) / Float(maxExact))
            / Float(Foundation.log(Double(maxDistance) / Double(maxExact)))
            * Float(buckets - maxExact)
        return offset + min(maxExact + Int(ratio), buckets - 1)
    }

    /// The [T, T] bucket table, row = query, column = key.
    public static func table(steps: Int, causal: Bool) -> [[Int]] {
        (0..<steps).map { q in (0..<steps).map { k in bucket(query: q, key: k, causal: causal) } }
    }

    /// The [T, T] attention pattern: true where query q may attend to key k. Causal: k ≤ q
    /// (the reference puts −inf on the bias where k > q); bidirectional: everywhere.
    public static func allowed(steps: Int, causal: Bool) -> [[Bool]] {
        (0..<steps).map { q in (0..<steps).map { k in !causal || k <= q } }
    }
}
