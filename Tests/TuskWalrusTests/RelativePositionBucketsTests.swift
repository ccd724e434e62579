import Testing
@testable import TuskWalrus

@Suite("T5 relative position buckets")
struct RelativePositionBucketsTests {
    @Test func causalSmallT() {
        #expect(RelativePositionBuckets.table(steps: 4, causal: true) == [
            [0, 0, 0, 0],
            [1, 0, 0, 0],
            [2, 1, 0, 0],
            [3, 2, 1, 0],
        ])
        #expect(RelativePositionBuckets.allowed(steps: 3, causal: true) == [
            [true, false, false],
            [true, true, false],
            [true, true, true],
        ])
        #expect(RelativePositionBuckets.allowed(steps: 2, causal: false) == [[true, true], [true, true]])
    }

    /// Hand-computed: n ≥ 16 → 16 + ⌊16·log2(n/16)⌋, capped at 31 (max_distance 32).
    /// 17: 16·0.0875 = 1.40 → 17; 19: 3.97 → 19; 20: 5.15 → 21; 22: 7.35 → 23; 24: 9.36 → 25;
    /// 28: 12.92 → 28; 31: 15.27 → 31; 32: 16 → 32 → 31.
    @Test func causalLogBuckets() {
        let expected = [15: 15, 16: 16, 17: 17, 19: 19, 20: 21, 22: 23, 24: 25, 28: 28, 31: 31, 32: 31, 100: 31, 1000: 31]
        for (n, bucket) in expected {
            #expect(RelativePositionBuckets.bucket(query: n, key: 0, causal: true) == bucket, "n = \(n)")
            #expect(RelativePositionBuckets.bucket(query: n + 5, key: 5, causal: true) == bucket, "n = \(n), shifted")
        }
        // Future keys map to bucket 0 (and are masked).
        #expect(RelativePositionBuckets.bucket(query: 0, key: 20, causal: true) == 0)
        let t20 = RelativePositionBuckets.table(steps: 20, causal: true)
        #expect(t20[19][0] == 19 && t20[19][3] == 16 && t20[19][4] == 15)
    }

    /// Bidirectional: past n = q−k in 0…15 (exact below 8, then 8 + ⌊4·log2(n/8)⌋, cap 15);
    /// future keys add 16. 10: 1.29 → 9; 16: 4 → 12; 31: 7.82 → 15; 32: 8 → 16 → 15.
    @Test func bidirectionalBuckets() {
        let past = [0: 0, 3: 3, 7: 7, 8: 8, 10: 9, 16: 12, 31: 15, 32: 15, 500: 15]
        for (n, bucket) in past {
            #expect(RelativePositionBuckets.bucket(query: n, key: 0, causal: false) == bucket, "past n = \(n)")
            if n > 0 {
                #expect(RelativePositionBuckets.bucket(query: 0, key: n, causal: false) == 16 + bucket, "future n = \(n)")
            }
        }
        #expect(RelativePositionBuckets.table(steps: 3, causal: false) == [
            [0, 17, 18],
            [1, 0, 17],
            [2, 1, 0],
        ])
    }
}
