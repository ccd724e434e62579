import Testing
import TuskIR
@testable import TuskRuntime
import TuskTestSupport

@Suite struct ExecutableTests {
    /// A chain of same-size elementwise ops: the planner must reuse memory (in place or by
    /// lifetime), reshape must alias, and repeated runs must give bit-identical results.
    @Test func arenaIsPlannedOnceAndReused() throws {
        let g = try Graph.trace("chain") { b in
            let x = b.input("x", [64, 64])
            var h = x
            for _ in 0..<6 { h = (h * x).tanh().reshape([4096]).reshape([64, 64]) + x }
            return [("y", h.sum(axes: [1]))]
        }
        let exe = try BLASBackend().compileBLAS(g)
        let value = 64 * 64 * 4
        // Without sharing: the input, 6·3 intermediate values and the output (plus views).
        #expect(exe.unsharedByteCount >= 19 * value)
        // With sharing the chain needs the input plus at most two live intermediates and the output.
        #expect(exe.arenaByteCount <= 3 * value + 256, "arena \(exe.arenaByteCount) bytes")
        let x = randomTensor(TensorType(.f32, [64, 64]), seed: 9)
        let first = try exe.run(["x": x])
        let arena = exe.arenaByteCount
        for _ in 0..<3 {
            let again = try exe.run(["x": x])
            #expect(again == first)
        }
        #expect(exe.arenaByteCount == arena)
        try expectSameAsReference(g, ["x": x])
    }

    @Test func memoryPlanSharesOnlyDisjointLifetimes() throws {
        let requests = [BufferRequest(size: 100, start: 0, end: 2), BufferRequest(size: 100, start: 3, end: 5),
                        BufferRequest(size: 50, start: 1, end: 4), BufferRequest(size: 10, start: 5, end: 5)]
        let (offsets, total) = try MemoryPlan.place(requests)
        for i in requests.indices {
            for j in requests.indices where i < j {
                let (a, b) = (requests[i], requests[j])
                guard a.start <= b.end && b.start <= a.end else { continue }
                let disjoint = offsets[i] + MemoryPlan.aligned(a.size) <= offsets[j] || offsets[j] + MemoryPlan.aligned(b.size) <= offsets[i]
                #expect(disjoint, "buffers \(i) and \(j) overlap in time and memory")
            }
        }
        // The two 100-byte buffers live at different times and share one slot; the 10-byte one
        // (node 5 only) fits beside the 50-byte one (nodes 1–4).
        #expect(offsets[0] == offsets[1])
        #expect(total == 128 + 64)
    }

    @Test func bindOnceExecuteMany() throws {
        let g = try Graph.trace("linear") { b in
            let x = b.input("x", [3, 4]), w = b.parameter("w", [4, 2])
            return [("y", x.matmul(w))]
        }
        let exe = try BLASBackend().compileBLAS(g)
        #expect(throws: TuskError.self) { try exe.execute() }  // nothing bound yet
        let w = randomTensor(TensorType(.f32, [4, 2]), seed: 1)
        try exe.bind(["w": w])
        for seed in 2...4 {
            let x = randomTensor(TensorType(.f32, [3, 4]), seed: UInt64(seed))
            try exe.bind(["x": x])
            try exe.execute()
            let expected = try ReferenceBackend().compile(g).run(["x": x, "w": w])["y"]!
            assertClose(try exe.output("y"), expected, atol: Tolerance.atol(.f32), rtol: Tolerance.rtol(.f32))
        }
        let profile = try exe.profile()
        #expect(profile.map(\.op) == ["matmul"] && profile[0].seconds >= 0)
        #expect(throws: TuskError.self) { try exe.bind(["x": TensorData(shape: [4, 3], values: Array(repeating: 0, count: 12), dtype: .f32)]) }
        #expect(throws: TuskError.self) { _ = try exe.run(["x": TensorData(shape: [3, 4], values: Array(repeating: 0, count: 12), dtype: .f32)]) }
    }

    @Test func outputThatIsAnInputOrConstant() throws {
        let g = try Graph.trace("passthrough") { b in
            let x = b.input("x", [2, 2])
            return [("x", x), ("r", x.reshape([4])), ("c", b.fill(2, [3]))]
        }
        try expectSameAsReference(g)
    }

    /// A pre-norm attention block, end to end: layer norm, QKV projection, multi-head softmax
    /// attention, output projection, residual, SiLU MLP.
    @Test(arguments: [DType.f32, .f64])
    func attentionBlock(_ dtype: DType) throws {
        let (batch, seq, dim, heads) = (2, 7, 12, 3)
        let hd = dim / heads
        let g = try Graph.trace("attention") { b in
            let x = b.input("x", [batch, seq, dim], dtype)
            let mu = x.mean(axes: [2], keepDims: true)
            let xc = x - mu
            let h = xc * ((xc * xc).mean(axes: [2], keepDims: true) + b.fill(1e-5, [], dtype)).rsqrt()
                * b.parameter("norm.weight", [dim], dtype)
            let qkv = h.matmul(b.parameter("qkv.weight", [dim, 3 * dim], dtype))
            func split(_ t: Tensor) -> Tensor { t.reshape([batch, seq, heads, hd]).permute([0, 2, 1, 3]) }
            let q = split(qkv.slice(axis: 2, 0..<dim)), k = split(qkv.slice(axis: 2, dim..<(2 * dim)))
            let v = split(qkv.slice(axis: 2, (2 * dim)..<(3 * dim)))
            let att = (q.matmul(k, transposeB: true) * b.fill(1 / Double(hd).squareRoot(), [], dtype)).softmax(axis: -1)
            let o = att.matmul(v).permute([0, 2, 1, 3]).reshape([batch, seq, dim])
            let y = x + o.matmul(b.parameter("proj.weight", [dim, dim], dtype))
            let mlp = y.matmul(b.parameter("fc1", [dim, 2 * dim], dtype)).silu().matmul(b.parameter("fc2", [2 * dim, dim], dtype))
            return [("y", y + mlp), ("att", att)]
        }
        try expectSameAsReference(g)
    }
}
