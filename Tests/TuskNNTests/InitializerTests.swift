import Foundation
import Testing
import TuskNN

@Suite struct InitializerTests {
    private func sample(_ initializer: Initializer, count: Int, seed: UInt64 = 0) throws -> [Double] {
        try initializer.sample(TensorType(.f64, [count]), seed: seed, stream: "p").doubles
    }

    private func meanAndVariance(_ v: [Double]) -> (Double, Double) {
        let mean = v.reduce(0, +) / Double(v.count)
        return (mean, v.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(v.count))
    }

    @Test func kaimingUniformDefaultIsOneOverSqrtFanIn() throws {
        let fanIn = 64, n = 40_000
        let bound = 1 / Double(fanIn).squareRoot()
        let v = try sample(.pytorchDefaultWeight(fanIn: fanIn), count: n)
        #expect(v.allSatisfy { Swift.abs($0) <= bound })
        #expect(v.max()! > 0.99 * bound && v.min()! < -0.99 * bound)
        let (mean, variance) = meanAndVariance(v)
        // U(−b, b): mean 0, variance b²/3. Standard error of the mean b/sqrt(3n) ≈ 0.0029·b; of the
        // variance ≈ 0.0045·(b²/3) relative. 5σ bounds: a false failure is essentially impossible,
        // while a wrong bound (e.g. the a = 0 gain √6/sqrt(fanIn), variance ×6) fails by far.
        #expect(Swift.abs(mean) < 5 * bound / (3.0 * Double(n)).squareRoot())
        #expect(Swift.abs(variance / (bound * bound / 3) - 1) < 5 * 0.0045 + 0.001)
    }

    @Test func kaimingUniformGainFollowsA() throws {
        // a = 0 (ReLU gain √2): bound = √2 · sqrt(3 / fanIn) = sqrt(6 / fanIn).
        let v = try sample(.kaimingUniform(fanIn: 6, a: 0), count: 20_000)
        #expect(v.allSatisfy { Swift.abs($0) <= 1 })
        #expect(v.max()! > 0.99)
    }

    @Test func normalStatistics() throws {
        let n = 40_000
        let v = try sample(.normal(mean: 2, std: 0.5), count: n)
        let (mean, variance) = meanAndVariance(v)
        // Standard errors: mean 0.5/sqrt(n) = 0.0025; variance 0.25·sqrt(2/n) ≈ 0.0018. 5σ bounds.
        #expect(Swift.abs(mean - 2) < 5 * 0.0025)
        #expect(Swift.abs(variance - 0.25) < 5 * 0.0018)
        // Tails: |z| > 3 has probability 0.0027 → expect ~108 of 40 000 (Poisson sd ≈ 10).
        let tails = v.filter { Swift.abs($0 - 2) > 1.5 }.count
        #expect((58...158).contains(tails), "\(tails)")
    }

    @Test func constantsAndScaled() throws {
        #expect(try sample(.zeros, count: 3) == [0, 0, 0])
        #expect(try sample(.ones, count: 2) == [1, 1])
        #expect(try sample(.constant(-2.5), count: 2) == [-2.5, -2.5])
        let base = try sample(.uniform(low: -1, high: 1), count: 10, seed: 3)
        let scaled = try sample(.scaled(.uniform(low: -1, high: 1), by: 1e-6), count: 10, seed: 3)
        #expect(zip(base, scaled).allSatisfy { $0 * 1e-6 == $1 })
        let u = try sample(.uniform(low: 3, high: 4), count: 1000)
        #expect(u.allSatisfy { $0 >= 3 && $0 < 4 })
    }

    @Test func deterministicPerSeedAndIndependentOfDeclarationOrder() throws {
        let ab = try Graph.traceModel("ab") { b in
            let x = b.input("x", [1, 4])
            return [("y", Linear(4, 4, name: "b")(Linear(4, 4, name: "a")(x)))]
        }
        let ba = try Graph.traceModel("ba") { b in
            let x = b.input("x", [1, 4])
            return [("y", Linear(4, 4, name: "a")(Linear(4, 4, name: "b")(x)))]
        }
        let p1 = try ab.initialParameters(seed: 42), p2 = try ab.initialParameters(seed: 42)
        let q = try ba.initialParameters(seed: 42), other = try ab.initialParameters(seed: 43)
        #expect(p1 == p2)
        #expect(p1 == q)
        #expect(p1["a.weight"] != other["a.weight"])
        #expect(p1["a.weight"] != p1["b.weight"])
        #expect(p1["a.weight"]!.dtype == .f32 && p1["a.weight"]!.shape == [4, 4])
    }

    @Test func missingInitializerIsAClearError() throws {
        let model = try Graph.traceModel("raw") { b in
            let x = b.input("x", [1, 2])
            let w = b.parameter("raw.weight", [2, 2])
            return [("y", Linear(2, 2, name: "fc")(x.matmul(w)))]
        }
        do {
            _ = try model.initialParameters(seed: 0)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("raw.weight"), "\(error)")
            #expect(!"\(error)".contains("fc.weight"), "\(error)")
        }
    }

    @Test func conflictingInitializersForOneParameterAreAnError() {
        #expect(throws: TuskError.self) {
            _ = try Graph.traceModel("conflict") { b in
                let w1 = b.parameter("w", [2], initializer: .zeros)
                let w2 = b.parameter("w", [2], initializer: .ones)
                return [("y", w1 + w2)]
            }
        }
    }

    @Test func concurrentTracesKeepSeparateRegistries() async throws {
        let models = try await withThrowingTaskGroup(of: TracedModel.self) { group in
            for i in 0..<8 {
                group.addTask {
                    try Graph.traceModel("m\(i)") { b in
                        var x = b.input("x", [1, 4])
                        for j in 0..<20 { x = Linear(4, 4, name: "m\(i)_\(j)")(x) }
                        return [("y", x)]
                    }
                }
            }
            var result: [TracedModel] = []
            for try await m in group { result.append(m) }
            return result
        }
        for model in models {
            let prefix = model.graph.name.dropFirst()
            #expect(model.initializers.count == 40)
            #expect(model.initializers.keys.allSatisfy { $0.hasPrefix("m\(prefix)_") })
            #expect(Set(model.initializers.keys) == Set(model.graph.parameters.map(\.name)))
        }
    }

    @Test func pytorchDefaultsForLayers() {
        let conv = Conv(3, 8, kernelSize: [4, 4])
        #expect(conv.weightInitializer == .kaimingUniform(fanIn: 48, a: 5.0.squareRoot()))
        #expect(conv.biasInitializer == .uniform(low: -1 / 48.0.squareRoot(), high: 1 / 48.0.squareRoot()))
        // PyTorch computes ConvTranspose's fan-in from weight axis 1 (out channels) × kernel.
        let convT = ConvTranspose(8, 3, kernelSize: [2, 2])
        #expect(convT.weightInitializer == .kaimingUniform(fanIn: 12, a: 5.0.squareRoot()))
        #expect(Linear(10, 2).biasInitializer == .uniform(low: -1 / 10.0.squareRoot(), high: 1 / 10.0.squareRoot()))
    }
}
