import Foundation
import Testing
import TuskIR
@testable import TuskAutodiff

/// The one-graph training step: AdamW against PyTorch, SGD against a hand computation,
/// training to a low loss on synthetic regression, structure and errors.
@Suite struct TrainStepTests {
    /// mean((x·w + b − t)²) with fixed data (the case in `pytorchAdamWCase`).
    static func regression(_ dtype: DType = .f64) throws -> Graph {
        try Graph.trace("regression") { b in
            let x = b.input("x", [4, 3], dtype), t = b.input("t", [4, 2], dtype)
            let w = b.parameter("w", [3, 2], dtype), bias = b.parameter("b", [2], dtype)
            let r = x.matmul(w) + bias - t
            return [("loss", (r * r).mean())]
        }
    }

    static let data: [String: TensorData] = [
        "x": TensorData([0.5, -1, 2, 1.5, 0.25, -0.5, -2, 1, 0.75, 0.1, 0.2, 0.3], shape: [4, 3]),
        "t": TensorData([1, 0, 0, -1, 0.5, 0.5, -1, 2], shape: [4, 2]),
        "w": TensorData([0.1, -0.2, 0.3, 0.4, -0.5, 0.6], shape: [3, 2]),
        "b": TensorData([0.05, -0.05], shape: [2]),
    ]

    /// Two steps of `torch.optim.AdamW(lr=1e-2, betas=(0.9, 0.999), eps=1e-8,
    /// weight_decay=0.1)` with `clip_grad_norm_(max_norm=0.5)` before each step (active: the
    /// norms are 1.42 and 1.39), on this regression, in float64 (PyTorch 2.13 CPU; script in
    /// Docs/AUTODIFF.md). Tolerance 1e-10 relative: both sides are f64 and differ only in the
    /// order of operations (~1e-16 per op); a wrong bias correction, eps placement or clip
    /// coefficient changes results at 1e-3 or more.
    @Test func adamWStepWithClippingMatchesPyTorch() throws {
        let step = try trainStep(Self.regression(), loss: "loss", optimizer: AdamW(epsilon: 1e-8, weightDecay: 0.1),
                                 clipGradientNorm: 0.5)
        var bindings = Self.data.merging(initialOptimizerState(step)) { a, _ in a }
        let expected: [[String: [Double]]] = [
            ["loss": [1.37165625], "grad_norm": [1.4244337279468289],
             "w": [0.0899000009230844, -0.18980000196135552, 0.2897000006329941, 0.4095999942879843, -0.4895000002318392, 0.5894000010780961],
             "b": [0.0599499992031135, -0.03995011395347968],
             "optimizer.exp_avg.w": [0.010833244723148885, -0.005098513717415554, 0.01579793342474587, -0.0017506944692330512, -0.04313333829522686, 0.009275609293129497],
             "optimizer.exp_avg_sq.w": [1.173591912316333e-05, 2.5994842126674604e-06, 2.495747004927031e-05, 3.064931124603199e-07, 0.00018604848724904858, 8.603692775879039e-06],
             "optimizer.exp_avg.b": [-0.012548837548888542, -8.775410873348832e-05],
             "optimizer.exp_avg_sq.b": [1.5747332382839517e-05, 7.700783599608901e-10]],
            ["loss": [1.343139628932636], "grad_norm": [1.3907235776113789],
             "w": [0.0798165593008728, -0.17964147791225796, 0.2794059000866617, 0.41916773378982697, -0.4790097724456341, 0.5788181930070111],
             "b": [0.06988446206427937, -0.03975069815729741],
             "optimizer.exp_avg.w": [0.0203434583590795, -0.009270295771160269, 0.030311592176946095, -0.003214389119752146, -0.08207564645803264, 0.01738643688441861],
             "optimizer.exp_avg_sq.w": [2.2946488169125153e-05, 4.788653881517826e-06, 5.0832432611580386e-05, 5.747413960544803e-07, 0.00037296749517864877, 1.6764335788038285e-05],
             "optimizer.exp_avg.b": [-0.023599319872963077, -2.4938899974370376e-06],
             "optimizer.exp_avg_sq.b": [3.087378848418698e-05, 1.354300864980381e-09]],
        ]
        for (i, want) in expected.enumerated() {
            bindings[TrainStepNames.step] = TensorData([Double(i + 1)], shape: [])
            bindings[TrainStepNames.learningRate] = TensorData([1e-2], shape: [])
            let out = try Interpreter(precision: .float64).run(step, bindings)
            for (name, values) in want {
                let got = try #require(out[name]).doubles
                let err = zip(got, values).map { Swift.abs($0 - $1) / Swift.abs($1) }.max()!
                #expect(got.count == values.count && err <= 1e-10, "step \(i + 1) \(name): \(got) vs \(values)")
            }
            for (name, value) in out where name != "loss" && name != "grad_norm" { bindings[name] = value }
        }
    }

    /// SGD with momentum 0.9 (plain and Nesterov) on L = Σ(w − c)², gradient 2(w − c),
    /// against the update rule computed by hand in Swift; exact f64 arithmetic on both sides
    /// up to operation order, tolerance 1e-14 absolute on values of order 1.
    @Test(arguments: [false, true])
    func sgdMomentumMatchesHandComputation(nesterov: Bool) throws {
        let c: [Double] = [1, -2, 0.5]
        let graph = try Graph.trace("quad") { b in
            let w = b.parameter("w", [3], .f64)
            let d = w - b.literal(c, [3], .f64)
            return [("loss", (d * d).sum())]
        }
        let step = try trainStep(graph, loss: "loss", optimizer: SGD(momentum: 0.9, nesterov: nesterov, weightDecay: 0.01))
        var w: [Double] = [0, 0, 0], buf: [Double] = [0, 0, 0]
        var bindings = initialOptimizerState(step)
        bindings["w"] = TensorData(w, shape: [3])
        for i in 1...3 {
            let lr = 0.1 / Double(i)
            bindings[TrainStepNames.step] = TensorData([Double(i)], shape: [])
            bindings[TrainStepNames.learningRate] = TensorData([lr], shape: [])
            let out = try Interpreter(precision: .float64).run(step, bindings)
            for k in 0..<3 {
                let d = 2 * (w[k] - c[k]) + 0.01 * w[k]
                buf[k] = 0.9 * buf[k] + d
                w[k] -= lr * (nesterov ? d + 0.9 * buf[k] : buf[k])
            }
            let gotW = out["w"]!.doubles, gotBuf = out["optimizer.momentum_buffer.w"]!.doubles
            #expect(zip(gotW, w).allSatisfy { Swift.abs($0 - $1) <= 1e-14 }, "step \(i): \(gotW) vs \(w)")
            #expect(zip(gotBuf, buf).allSatisfy { Swift.abs($0 - $1) <= 1e-14 }, "step \(i): \(gotBuf) vs \(buf)")
            bindings["w"] = out["w"]
            bindings["optimizer.momentum_buffer.w"] = out["optimizer.momentum_buffer.w"]
        }
    }

    /// A small f32 MLP learns y = sin(2·x₀) + x₁·x₂ with AdamW on the native-precision
    /// interpreter: the loss falls below 10% of its start in 150 steps.
    @Test func mlpTrainsOnSyntheticRegression() throws {
        let n = 32
        let graph = try Graph.trace("mlp") { b in
            let x = b.input("x", [n, 3]), y = b.input("y", [n, 1])
            let h = (x.matmul(b.parameter("fc1.weight", [3, 16])) + b.parameter("fc1.bias", [16])).silu()
            let p = h.matmul(b.parameter("fc2.weight", [16, 1])) + b.parameter("fc2.bias", [1])
            let r = p - y
            return [("loss", (r * r).mean())]
        }
        let losses = try train(graph, steps: 150, lr: 2e-2, seed: 5) { rng in
            let x = (0..<(n * 3)).map { _ in Float.random(in: -1...1, using: &rng) }
            let y = (0..<n).map { i in Float(sin(Double(2 * x[3 * i]))) + x[3 * i + 1] * x[3 * i + 2] }
            return ["x": TensorData(x, shape: [n, 3]), "y": TensorData(y, shape: [n, 1])]
        }
        #expect(losses.last! < 0.1 * losses.first!, "loss \(losses.first!) → \(losses.last!)")
    }

    /// A small causal attention block (softmax, mask, residual) learns to copy a shifted token
    /// feature: the loss falls below 25% of its start in 120 steps.
    @Test func attentionBlockTrains() throws {
        let (bt, t, d) = (4, 5, 4)
        let graph = try Graph.trace("attn") { b in
            let x = b.input("x", [bt, t, d]), target = b.input("target", [bt, t, d])
            let q = x.matmul(b.parameter("q.weight", [d, d])), k = x.matmul(b.parameter("k.weight", [d, d]))
            let v = x.matmul(b.parameter("v.weight", [d, d]))
            let row = b.iota([t, t], axis: 0), col = b.iota([t, t], axis: 1)
            let scores = b.select(col .<= row, q.matmul(k, transposeB: true) * 0.5, q.scalar(-1e9))
            let out = scores.softmax(axis: -1).matmul(v).matmul(b.parameter("o.weight", [d, d])) + x
            let r = out - target
            return [("loss", (r * r).mean())]
        }
        let losses = try train(graph, steps: 120, lr: 2e-2, seed: 9) { rng in
            let x = (0..<(bt * t * d)).map { _ in Float.random(in: -1...1, using: &rng) }
            // target = x + mean of the tokens up to each position (a causal average).
            var target = x
            for bi in 0..<bt { for ti in 0..<t { for di in 0..<d {
                var s: Float = 0
                for tj in 0...ti { s += x[(bi * t + tj) * d + di] }
                target[(bi * t + ti) * d + di] += s / Float(ti + 1)
            } } }
            return ["x": TensorData(x, shape: [bt, t, d]), "target": TensorData(target, shape: [bt, t, d])]
        }
        #expect(losses.last! < 0.25 * losses.first!, "loss \(losses.first!) → \(losses.last!)")
    }

    /// Runs `steps` AdamW steps with fresh random batches, small random initial parameters.
    func train(_ graph: Graph, steps: Int, lr: Double, seed: UInt64,
               batch: (inout SplitMix64) -> [String: TensorData]) throws -> [Float] {
        let step = try trainStep(graph, loss: "loss", optimizer: AdamW(weightDecay: 0), clipGradientNorm: 1)
        var rng = SplitMix64(seed: seed)
        var bindings = initialOptimizerState(step)
        for p in graph.parameters {
            bindings[p.name] = TensorData((0..<p.type.elementCount).map { _ in Float.random(in: -0.5...0.5, using: &rng) }, shape: p.type.shape)
        }
        var losses: [Float] = []
        let interpreter = Interpreter()
        for i in 1...steps {
            bindings.merge(batch(&rng)) { _, new in new }
            bindings[TrainStepNames.step] = TensorData([Float(i)], shape: [])
            bindings[TrainStepNames.learningRate] = TensorData([Float(lr)], shape: [])
            let out = try interpreter.run(step, bindings)
            losses.append(out["loss"]!.floats[0])
            for (name, value) in out where name != "loss" && name != "grad_norm" { bindings[name] = value }
        }
        // Average the first and last few losses: single batches are noisy.
        let head = losses.prefix(5).reduce(0, +) / 5, tail = losses.suffix(5).reduce(0, +) / 5
        return [head, tail]
    }

    @Test func graphShapeAndNames() throws {
        let step = try trainStep(Self.regression(), loss: "loss", optimizer: AdamW(), clipGradientNorm: 1)
        #expect(step.outputs.map(\.name) == ["loss", "grad_norm", "w", "optimizer.exp_avg.w", "optimizer.exp_avg_sq.w",
                                             "b", "optimizer.exp_avg.b", "optimizer.exp_avg_sq.b"])
        #expect(Set(step.inputs.map(\.name)) == ["x", "t", "optimizer.step", "optimizer.lr", "optimizer.exp_avg.w",
                                                  "optimizer.exp_avg_sq.w", "optimizer.exp_avg.b", "optimizer.exp_avg_sq.b"])
        #expect(step.parameters.map(\.name) == ["w", "b"])
        #expect(Set(initialOptimizerState(step).keys) == ["optimizer.exp_avg.w", "optimizer.exp_avg_sq.w", "optimizer.exp_avg.b", "optimizer.exp_avg_sq.b"])
        let sgd = try trainStep(Self.regression(), loss: "loss", optimizer: SGD(momentum: 0), parameters: ["w"])
        #expect(sgd.outputs.map(\.name) == ["loss", "grad_norm", "w"])
    }

    @Test func errors() throws {
        func message(_ body: () throws -> Graph) -> String {
            do { _ = try body(); return "no error" } catch { return "\(error)" }
        }
        let g = try Self.regression()
        #expect(message { try trainStep(g, loss: "nope", optimizer: AdamW()) }.contains("not an output"))
        #expect(message { try trainStep(g, loss: "loss", optimizer: AdamW(), parameters: ["x"]) }.contains("not a parameter"))
        #expect(message { try trainStep(g, loss: "loss", optimizer: AdamW(), clipGradientNorm: 0) }.contains("must be > 0"))
        let noParams = try Graph.trace("np") { b in [("loss", b.input("x", [2]).sum())] }
        #expect(message { try trainStep(noParams, loss: "loss", optimizer: SGD()) }.contains("no floating-point parameters"))
    }
}
