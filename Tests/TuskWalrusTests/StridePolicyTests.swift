import Testing
import TuskIR
@testable import TuskWalrus

@Suite("StridePolicy")
struct StridePolicyTests {
    @Test func specExamples() throws {
        #expect(try StridePolicy.strides(for: [128, 32]) == [StridePair(2, 2), StridePair(1, 1), StridePair(1, 1)])
        #expect(try StridePolicy.strides(for: [256, 384]) == [StridePair(4, 2), StridePair(6, 2), StridePair(1, 1)])
        #expect(try StridePolicy.strides(for: [512, 1024]) == [StridePair(4, 4), StridePair(8, 4), StridePair(1, 1)])
        #expect(try StridePolicy.strides(for: [768, 32]) == [StridePair(6, 4), StridePair(1, 1), StridePair(1, 1)])
        #expect(try StridePolicy.strides(for: [64, 128, 256]) == [StridePair(2, 2), StridePair(4, 2), StridePair(4, 4)])
        #expect(try StridePolicy.strides(for: [16, 16, 16]) == Array(repeating: StridePair(1, 1), count: 3))
        // A 3-D tensor with a singleton axis is 2-D data: P = 32.
        #expect(try StridePolicy.strides(for: [128, 1, 32]) == [StridePair(2, 2), StridePair(1, 1), StridePair(1, 1)])
        // 1-D (spec §2.1 ADDED: 128 periodic → (2,2)).
        #expect(try StridePolicy.strides(for: [128]) == [StridePair(2, 2), StridePair(1, 1), StridePair(1, 1)])
    }

    @Test func legalSizes() {
        #expect(StridePolicy.legalSizes(dimensionality: 1) == [32, 128, 256, 384, 512, 768, 1024])
        #expect(StridePolicy.legalSizes(dimensionality: 2) == [32, 128, 256, 384, 512, 768, 1024])
        #expect(StridePolicy.legalSizes(dimensionality: 3) == [16, 64, 128, 192, 256, 384, 512])
        for dims in 1...3 {
            for size in StridePolicy.legalSizes(dimensionality: dims) {
                let shape = Array(repeating: size, count: dims)
                let strides = try? StridePolicy.strides(for: shape)
                #expect(strides?.prefix(dims).allSatisfy { $0.patch * StridePolicy.tokensPerAxis(nonSingletonAxes: dims) == size } == true)
            }
        }
    }

    @Test func uncoveredSizesListTheLegalOnes() {
        let m2 = expectConfigError(field: "input shape") { _ = try StridePolicy.strides(for: [64, 64]) }
        #expect(m2.contains("legal sizes: 1, 32, 128, 256, 384, 512, 768, 1024"))
        #expect(m2.contains("axis H has size 64"))
        expectConfigError(field: "input shape") { _ = try StridePolicy.strides(for: [16, 32]) }
        expectConfigError(field: "input shape") { _ = try StridePolicy.strides(for: [32, 2048]) }
        let m3 = expectConfigError(field: "input shape") { _ = try StridePolicy.strides(for: [32, 16, 16]) }
        #expect(m3.contains("legal sizes: 1, 16, 64, 128, 192, 256, 384, 512"))
        expectConfigError(field: "input shape") { _ = try StridePolicy.strides(for: [8, 16, 16]) }
        let m1 = expectConfigError(field: "input shape") { _ = try StridePolicy.strides(for: [100]) }
        #expect(m1.contains("1-D data"))
        expectConfigError(field: "input shape") { _ = try StridePolicy.strides(for: [32, 32, 32, 32]) }
        expectConfigError(field: "input shape") { _ = try StridePolicy.strides(for: [0, 32]) }
    }
}
