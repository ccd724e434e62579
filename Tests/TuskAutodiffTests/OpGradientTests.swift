import Testing
import TuskIR
@testable import TuskAutodiff

/// Every op's gradient, checked both ways in f64 on the reference interpreter.
@Suite struct OpGradientTests {
    /// Fails when an op case has no sample, or its samples do not contain the op: together with
    /// the exhaustive switches of `OpCase`, no op escapes the gradient checks.
    @Test(arguments: OpCase.allCases)
    func everyOpHasSamples(_ opCase: OpCase) {
        let samples = opCase.samples
        #expect(!samples.isEmpty)
        for sample in samples {
            #expect(sample.graph.nodes.contains { OpCase($0.op) == opCase }, "\(sample.name) does not contain \(opCase)")
            #expect(!sample.wrt.isEmpty, "\(sample.name) has nothing to differentiate")
        }
    }

    /// The rule exists and produces a well-typed, verifying graph for every sample.
    @Test(arguments: OpCase.allCases.flatMap(\.samples))
    func gradBuilds(_ sample: Sample) throws {
        let g = try grad(try GradientCheck.weightedLoss(sample.graph), loss: "loss", wrt: sample.wrt)
        try g.verify()
        for name in sample.wrt {
            let id = try #require(g.output(named: "grad." + name))
            #expect(g.type(of: id) == sample.bindings[name]!.type)
        }
    }

    /// (a) Central finite differences of Σ y·u for every gradient element.
    @Test(arguments: OpCase.allCases.flatMap(\.samples))
    func finiteDifferences(_ sample: Sample) throws {
        try GradientCheck.finiteDifferences(sample)
    }

    /// (b) ⟨J·v, u⟩ = ⟨v, Jᵀ·u⟩ for random v, u.
    @Test(arguments: OpCase.allCases.flatMap(\.samples))
    func vjpIdentity(_ sample: Sample) throws {
        try GradientCheck.vjpIdentity(sample)
    }
}
