import Testing
import TuskIR
@testable import TuskRuntime

/// `BLASThreads`: the default from `TUSK_NUM_THREADS` and the argument checks. (Changing the
/// count itself is tested through the `tusk` executable, in its own process — see
/// `ThreadsDeterminismTests` — because tests of this process run BLAS concurrently.)
@Suite struct BLASThreadsTests {
    @Test func defaultComesFromTheEnvironmentElseTheCores() throws {
        #expect(try BLASThreads.defaultCount(environment: [:]) == BLASThreads.cores)
        #expect(try BLASThreads.defaultCount(environment: ["TUSK_NUM_THREADS": "3"]) == 3)
        #expect(try BLASThreads.defaultCount(environment: ["TUSK_NUM_THREADS": " 12 "]) == 12)
        #expect(BLASThreads.cores >= 1 && BLASThreads.current >= 1)
        for bad in ["0", "-2", "two", "", "1.5"] {
            #expect(throws: TuskError.self, "TUSK_NUM_THREADS=\"\(bad)\"") {
                try BLASThreads.defaultCount(environment: ["TUSK_NUM_THREADS": bad])
            }
        }
    }

    @Test func setRejectsNonPositiveCountsAndKeepsAValidOne() throws {
        let now = BLASThreads.current
        #expect(throws: TuskError.self) { try BLASThreads.set(0) }
        #expect(BLASThreads.current == now, "a rejected count leaves the setting alone")
        #expect(try BLASThreads.set(now) == now)
        #expect(Parallel.threads == now, "the Swift kernels split work by the same count")
    }
}
