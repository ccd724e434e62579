import Testing
@testable import TuskAutodiff

/// Learning-rate schedules against their closed forms (exact f64 arithmetic: 1e-15 relative).
@Suite struct ScheduleTests {
    func close(_ a: Double, _ b: Double) -> Bool { Swift.abs(a - b) <= 1e-15 * Swift.max(Swift.abs(b), 1e-300) }

    @Test func walrusReleasedRun() {
        let s = WalrusSchedule()   // lr 2e-4, warmup 10 from 0.1×, offset 128, cooldown 10, 201 epochs
        #expect(close(s(0), 2e-5))
        #expect(close(s(5), 2e-4 * 0.55))
        #expect(close(s(10), 2e-4))                                   // continuous at the end of warm-up
        #expect(close(s(11), 2e-4 / (1 + 129.0.squareRoot() - 128.0.squareRoot())))
        let e0 = 191.0, atCoolStart = 2e-4 / (1 + (e0 - 10 + 128).squareRoot() - 128.0.squareRoot())
        #expect(close(s(191), atCoolStart))
        #expect(close(s(196), atCoolStart * (1 - 0.5.squareRoot())))
        #expect(s(201) == 0)
        // Monotone: up during warm-up, down after.
        for e in 0..<10 { #expect(s(e) < s(e + 1)) }
        for e in 10..<201 { #expect(s(e) > s(e + 1)) }
    }

    @Test func warmupCosine() {
        let s = WarmupCosineSchedule(peak: 1e-3, warmupSteps: 10, totalSteps: 110, minimum: 1e-5)
        #expect(s(0) == 0)
        #expect(close(s(5), 5e-4))
        #expect(close(s(10), 1e-3))
        #expect(close(s(60), 1e-5 + (1e-3 - 1e-5) * 0.5))
        #expect(close(s(110), 1e-5) && close(s(500), 1e-5))
        #expect(ConstantSchedule(3e-4)(12345) == 3e-4)
    }
}
