import Foundation
import Testing
import TuskAutodiff
import TuskIR
import TuskNN
import TuskPasses
import TuskRuntime
import TuskTestSupport
@testable import TuskWalrus

/// `Pipeline.forward` (fuse-attention) on the walrus-tiny objective graph: every attention of the
/// model fuses, the fused graph computes the same outputs and gradients on the reference
/// interpreter, and its train step keeps no `N × N` value for the backward.
@Suite("Walrus: attention fusion", .serialized)
struct WalrusAttentionFusionTests {
    /// 3 frames (causal time attention over T = 3), 2-D 32×32 with a wall and a periodic axis.
    static let spec = WalrusTraceSpec(inputShape: [3, 1, 2, 32, 32], fieldIndices: [3, 5],
                                      boundaries: [AxisBoundary(.wall), .periodic])

    static func objective() throws -> Graph {
        try WalrusObjective().trace(try WalrusModel(config: .tiny), spec, variableFields: 2,
                                    paddedFieldMask: [true, true]).graph
    }

    static func bindings(_ g: Graph) -> [String: TensorData] {
        var rng = SeededRandom(seed: 17)
        var result: [String: TensorData] = [:]
        for (name, _, type) in g.inputs + g.parameters {
            result[name] = randomTensor(type, using: &rng, range: name.hasPrefix("x") || name == "target_frame" ? -2...2 : -0.5...0.5)
        }
        return result
    }

    static func attentions(_ g: Graph) -> [(tq: Int, tk: Int)] {
        g.nodes.compactMap { node in
            guard case .scaledDotProductAttention = node.op else { return nil }
            let q = g.type(of: node.operands[0]).shape, k = g.type(of: node.operands[1]).shape
            return (q[q.count - 2], k[k.count - 2])
        }
    }

    /// The `[..., N, N]` values of a graph, for the token counts `sizes` of its attentions.
    static func squareValues(_ g: Graph, sizes: Set<Int>) -> [String] {
        g.nodes.enumerated().compactMap { i, node in
            let s = node.type.shape
            guard s.count >= 2, s[s.count - 1] == s[s.count - 2], sizes.contains(s[s.count - 1]) else { return nil }
            return "%\(i) \(node.op.name) \(node.type)"
        }
    }

    /// Every time and space attention (2 blocks × 2) becomes one fused op (space attention with
    /// its rotary embedding); no softmax is left;
    /// the f32 interpreter gives bitwise the same `y` and `loss` (the decomposition repeats the
    /// traced arithmetic, so the tolerance is 0).
    @Test func everyAttentionFusesAndTheForwardIsUnchanged() throws {
        let g = try Self.objective()
        let softmaxes = g.nodes.filter { if case .softmax = $0.op { true } else { false } }.count
        let fused = try Pipeline.forward.run(g)
        let found = Self.attentions(fused)
        #expect(softmaxes == 4)
        #expect(found.count == 4, "fused \(found.count) attentions")
        #expect(!fused.nodes.contains { if case .softmax = $0.op { true } else { false } })
        // Time attention (T = 3, causal, T5 bias) and space attention (all tokens) of each block.
        let biased = fused.nodes.filter { if case .scaledDotProductAttention(let a) = $0.op { a.bias != nil && a.causal } else { false } }
        #expect(biased.count == 2)
        // Space attention: the axial RoPE of q and k (12 of 16 features rotated) is fused too.
        let rotary = fused.nodes.filter { if case .scaledDotProductAttention(let a) = $0.op { a.rotaryFeatures == 12 && a.bias == nil } else { false } }
        #expect(rotary.count == 2)
        #expect(found.filter { $0.tq == 3 && $0.tk == 3 }.count == 2)
        let bindings = Self.bindings(g)
        let want = try Interpreter().run(g, bindings), got = try Interpreter().run(fused, bindings)
        #expect(got["y"] == want["y"])
        #expect(got["loss"] == want["loss"])
    }

    /// The train step of the fused graph holds no `[..., N, N]` value for the attention sizes N
    /// (the unfused one does: the check bites), and uses one backward op per attention.
    @Test func trainStepKeepsNoSquareAttentionValues() throws {
        let g = try Self.objective()
        let fused = try Pipeline.forward.run(g)
        let sizes = Set(Self.attentions(fused).flatMap { [$0.tq, $0.tk] })
        let optimizer = AdamW(beta1: 0.9, beta2: 0.999, epsilon: 1e-10, weightDecay: 1e-4)
        let unfusedStep = try trainStep(g, loss: "loss", optimizer: optimizer, clipGradientNorm: 10)
        let fusedStep = try trainStep(fused, loss: "loss", optimizer: optimizer, clipGradientNorm: 10)
        #expect(!Self.squareValues(unfusedStep, sizes: sizes).isEmpty)
        let square = Self.squareValues(fusedStep, sizes: sizes)
        #expect(square.isEmpty, "N×N values in the fused train step: \(square.prefix(8))")
        let backwards = fusedStep.nodes.filter { if case .scaledDotProductAttentionBackward = $0.op { true } else { false } }
        #expect(backwards.count == 4)

        // The BLAS arena of the train step (deterministic: the memory plan), before and after.
        let before = try BLASBackend().compileBLAS(unfusedStep).arenaByteCount
        let after = try BLASBackend().compileBLAS(fusedStep).arenaByteCount
        print("[walrus-tiny \(Self.spec.inputShape) train step] BLAS arena: unfused \(before) B, fused \(after) B")
        #expect(after < before)
    }

    /// Gradients of every parameter, fused vs unfused, on the float64 interpreter: the same
    /// math in a different order (probabilities from the log-sum-exp instead of the softmax), so
    /// ~1e-14 relative; each tensor is judged against max(its largest gradient, 1e-3 × the
    /// largest of all) — the floor keeps the noise-only gradients of spec note 20 (e.g.
    /// `time_mixing.knorm.bias`, exactly zero in exact arithmetic) from deciding — with 1e-9.
    @Test func gradientsMatchTheUnfusedGraph() throws {
        let g = try Self.objective()
        let wrt = g.parameters.map(\.name)
        let fused = try Pipeline.forward.run(g)
        let bindings = Self.bindings(g)
        let interpreter = Interpreter(precision: .float64)
        let want = try interpreter.run(try grad(g, loss: "loss", wrt: wrt), bindings)
        let got = try interpreter.run(try grad(fused, loss: "loss", wrt: wrt), bindings)
        let global = wrt.map { want["grad." + $0]!.doubles.map(Swift.abs).max()! }.max()!
        #expect(global > 0)
        func error(_ name: String, _ values: [String: TensorData]) -> Double {
            let w = want["grad." + name]!.doubles, h = values["grad." + name]!.doubles
            let scale = Swift.max(w.map(Swift.abs).max()!, 1e-3 * global)
            return zip(w, h).map { Swift.abs($0 - $1) }.max()! / scale
        }
        for name in wrt {
            #expect(error(name, got) <= 1e-9, "grad.\(name): relative error \(error(name, got))")
        }

        // The same gradients in f32 on the BLAS backend, fused (flash kernels) and unfused
        // (GEMMs + softmax), against the f64 reference: the fused kernels may not be less
        // accurate than the unfused f32 path — within 4× its error (the factor the Walrus
        // fixtures allow over a floor), or 1e-5 (Tolerance.atol of the runtime tests) when the
        // unfused path happens to be closer than that.
        let fusedBLAS = try BLASBackend().compile(try grad(fused, loss: "loss", wrt: wrt)).run(bindings)
        let unfusedBLAS = try BLASBackend().compile(try grad(g, loss: "loss", wrt: wrt)).run(bindings)
        var worst = (fused: 0.0, unfused: 0.0)
        for name in wrt {
            let (ef, eu) = (error(name, fusedBLAS), error(name, unfusedBLAS))
            worst = (Swift.max(worst.fused, ef), Swift.max(worst.unfused, eu))
            #expect(ef <= Swift.max(4 * eu, 1e-5), "grad.\(name): fused f32 error \(ef), unfused \(eu)")
        }
        print("[walrus-tiny gradients, f32 BLAS vs f64 reference] worst relative error: fused \(worst.fused), unfused \(worst.unfused)")
    }
}
