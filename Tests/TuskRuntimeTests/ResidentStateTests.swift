import Testing
import TuskIR
@testable import TuskRuntime
import TuskTestSupport

/// Resident state (parameters updated in place across runs and executables), the shared
/// workspace, and the schedule text.
@Suite struct ResidentStateTests {
    /// An SGD-like update: `w ← w − 0.1 · (x·w)` and a loss. The new `w` is computed by an
    /// elementwise `sub` whose operand is `w` itself at its last use: donation must happen.
    static func updateGraph(readAfter: Bool = false) throws -> Graph {
        try Graph.trace("update") { b in
            let x = b.input("x", [4, 4]), w = b.parameter("w", [4, 4])
            let g = x.matmul(w)
            let next = w - g * 0.1
            var outputs = [("loss", g.sum()), ("w", next)]
            // A read of the old w after the new one exists: donation is impossible.
            if readAfter { outputs.append(("late", (next * 2).sum() + w.sum())) }
            return outputs
        }
    }

    /// Runs `steps` updates on the reference interpreter, feeding `w` back.
    func referenceUpdates(_ g: Graph, x: TensorData, w0: TensorData, steps: Int) throws -> [(w: TensorData, loss: TensorData)] {
        var w = w0
        var result: [(TensorData, TensorData)] = []
        for _ in 0..<steps {
            let out = try ReferenceBackend().compile(g).run(["x": x, "w": w])
            w = out["w"]!
            result.append((w, out["loss"]!))
        }
        return result
    }

    @Test(arguments: [false, true]) func updatesInPlaceAcrossRuns(readAfter: Bool) throws {
        let g = try Self.updateGraph(readAfter: readAfter)
        let x = randomTensor(TensorType(.f32, [4, 4]), seed: 3), w0 = randomTensor(TensorType(.f32, [4, 4]), seed: 4)
        let state = ResidentState()
        try state.set("w", w0)
        let exe = try BLASBackend().compileBLAS(g, resources: ExecutionResources(state: state))
        // Donated when the old w is dead by the update; copied back after the last kernel otherwise.
        #expect((exe.plan.donated["w"] != nil) == !readAfter)
        #expect(exe.plan.copyBack.contains { $0.name == "w" } == readAfter)
        let expected = try referenceUpdates(g, x: x, w0: w0, steps: 3)
        try exe.bind(["x": x])
        for k in 0..<3 {
            try exe.execute()
            // Same kernels as the reference up to GEMM summation order (4 terms): f32 tolerances.
            assertClose(try state.value("w"), expected[k].w, atol: Tolerance.atol(.f32), rtol: Tolerance.rtol(.f32))
            assertClose(try exe.output("loss"), expected[k].loss, atol: Tolerance.atol(.f32), rtol: Tolerance.rtol(.f32))
            assertClose(try exe.output("w"), expected[k].w, atol: Tolerance.atol(.f32), rtol: Tolerance.rtol(.f32))
        }
    }

    @Test func referenceBackendHonorsResidentState() throws {
        let g = try Self.updateGraph()
        let x = randomTensor(TensorType(.f32, [4, 4]), seed: 3), w0 = randomTensor(TensorType(.f32, [4, 4]), seed: 4)
        let state = ResidentState()
        try state.set("w", w0)
        let exe = try ReferenceBackend().compile(g, resources: ExecutionResources(state: state))
        try exe.bind(["x": x])
        try exe.execute()
        try exe.execute()
        #expect(try state.value("w") == (try referenceUpdates(g, x: x, w0: w0, steps: 2))[1].w)
    }

    /// Two executables of different shapes share one state and one workspace: each sees the
    /// other's updates, and the workspace holds the larger transient region once.
    @Test func executablesShareStateAndWorkspace() throws {
        func graph(_ n: Int) throws -> Graph {
            try Graph.trace("update\(n)") { b in
                let x = b.input("x", [n, 4]), w = b.parameter("w", [4, 4])
                let g = x.matmul(w).tanh()
                let next = w - (g.sum() * 0.01 * w)
                return [("loss", g.sum()), ("w", next)]
            }
        }
        let (g2, g8) = (try graph(2), try graph(8))
        let x2 = randomTensor(TensorType(.f32, [2, 4]), seed: 5), x8 = randomTensor(TensorType(.f32, [8, 4]), seed: 6)
        let w0 = randomTensor(TensorType(.f32, [4, 4]), seed: 7)
        let state = ResidentState(), workspace = Workspace()
        try state.set("w", w0)
        let e2 = try BLASBackend().compileBLAS(g2, resources: ExecutionResources(state: state, workspace: workspace))
        let e8 = try BLASBackend().compileBLAS(g8, resources: ExecutionResources(state: state, workspace: workspace))
        #expect(e2.usesSharedWorkspace && e8.usesSharedWorkspace)
        #expect(workspace.usedBytes == max(e2.transientByteCount, e8.transientByteCount))
        try e2.bind(["x": x2])
        try e8.bind(["x": x8])
        var w = w0
        for (exe, g, x) in [(e2 as ArenaExecutable, g2, x2), (e8, g8, x8), (e2, g2, x2)] {
            try exe.execute()
            w = try ReferenceBackend().compile(g).run(["x": x, "w": w])["w"]!
            assertClose(try state.value("w"), w, atol: Tolerance.atol(.f32), rtol: Tolerance.rtol(.f32))
        }
        #expect(state.names == ["w"])
    }

    @Test func residentTypeMismatchIsAnError() throws {
        let g = try Self.updateGraph()
        let state = ResidentState()
        try state.set("w", TensorData(repeating: 0, TensorType(.f32, [2, 2])))
        #expect(throws: TuskError.self) { _ = try BLASBackend().compileBLAS(g, resources: ExecutionResources(state: state)) }
        #expect(throws: TuskError.self) { try state.set("w", TensorData(repeating: 0, TensorType(.f64, [2, 2]))) }
        #expect(throws: TuskError.self) { _ = try state.value("missing") }
    }

    /// The schedule lists every kernel once, in order, with the arena totals of the plan, and
    /// the values the backward pass reads from the forward pass.
    @Test func scheduleOfAGradient() throws {
        let forward = try Graph.trace("mlp") { b in
            let x = b.input("x", [8, 16]), w = b.parameter("w", [16, 32])
            let h = x.matmul(w).tanh()
            return [("loss", (h * h).sum())]
        }
        let joint = try Graph.trace("joint") { b in
            // The joint graph by hand: loss and its gradient; the backward reads h (saved).
            let x = b.input("x", [8, 16]), w = b.parameter("w", [16, 32])
            let h = x.matmul(w).tanh()
            let loss = (h * h).sum()
            let dh = h * 2
            let dz = dh * (h * h * -1 + 1)
            return [("loss", loss), ("grad.w", x.matmul(dz, transposeA: true))]
        }
        _ = forward
        let exe = try BLASBackend().compileBLAS(joint)
        let s = exe.schedule()
        #expect(s.kernels.count == exe.stepCount)
        #expect(s.kernels.map(\.step) == Array(0..<exe.stepCount))
        #expect(s.transientBytes + s.persistentBytes == exe.arenaByteCount)
        #expect(s.peakLiveBytes <= s.transientBytes)
        // tanh's result h [8, 32] (computed in place over the matmul's buffer: saved by that
        // storage) is read by the backward (dh, dz): saved, 1 KiB.
        let tanhNode = joint.nodes.firstIndex { $0.op == .unary(.tanh) }!
        #expect(s.saved.contains { $0.node == exe.plan.storageRoot[tanhNode] && $0.bytes == 8 * 32 * 4 })
        #expect(!s.saved.contains { $0.op == "input" || $0.op == "parameter" })
        let text = s.text
        #expect(text.contains("// schedule of joint:"))
        #expect(text.contains("saved for backward"))
        #expect(text.split(separator: "\n").filter { $0.first?.isNumber == true }.count == exe.stepCount)
    }
}
