import Foundation
import Testing
import TuskAutodiff
import TuskNN
import TuskRuntime

/// Stop, save, resume in a fresh trainer: the run continues exactly (bit for bit) as if it had
/// never stopped.
@Suite struct TrainingResumeTests {
    static func optimizer(_ name: String) -> any Optimizer {
        name == "sgd" ? SGD(momentum: 0.9, nesterov: true, weightDecay: 1e-4) : AdamW(weightDecay: 1e-3)
    }

    /// Uninterrupted: 20 updates. Interrupted: 12 updates, `save`, the trainer is dropped; a NEW
    /// trainer (own compiled executable, parameters initialized from another seed so nothing
    /// comes from memory) resumes from the file and runs the remaining 8. On the BLAS backend,
    /// parameters, optimizer state, the update counter and the losses of updates 13…20 must be
    /// identical bit for bit — the kernels are deterministic, and the checkpoint stores every
    /// f32 exactly. (The old trainer shares nothing with the new one but the file; a real
    /// process kill is `TrainingKillTests.killedRunResumesExactly`.)
    @Test(arguments: [TrainingTask.mlp, .attention], ["adamw", "sgd"])
    func resumeContinuesBitExactly(task: TrainingTask, optimizer: String) throws {
        let dir = try temporaryDirectory()
        defer { removeTree(dir) }
        let path = dir + "/run.safetensors"
        let schedule = WarmupCosineSchedule(peak: 1e-2, warmupSteps: 5, totalSteps: 20, minimum: 1e-3)
        let opt = Self.optimizer(optimizer)

        let straight = try task.trainer(backend: BLASBackend(), optimizer: opt, schedule: schedule)
        let straightRecords = try straight.train(steps: 20, batch: task.batch)

        do {
            let first = try task.trainer(backend: BLASBackend(), optimizer: opt, schedule: schedule)
            _ = try first.train(steps: 12, batch: task.batch)
            first.dataState = "seed=2024 cursor=12"
            first.userMetadata = ["run": "resume-test"]
            try first.save(to: path)
        }
        let resumed = try task.trainer(backend: BLASBackend(), optimizer: opt, schedule: schedule, seed: 99)
        #expect(resumed.parameters != straight.parameters)
        try resumed.resume(from: path)
        #expect(resumed.step == 12)
        #expect(resumed.dataState == "seed=2024 cursor=12")
        #expect(resumed.userMetadata == ["run": "resume-test"])
        let resumedRecords = try resumed.train(steps: 8, batch: task.batch)

        #expect(resumed.step == 20)
        #expect(resumedRecords == Array(straightRecords[12...]))
        #expect(resumed.parameters == straight.parameters, "max difference \(trajectoryDifference(resumed.parameters, straight.parameters))")
        #expect(resumed.optimizerState == straight.optimizerState)
        #expect(try listDirectory(dir) == ["run.safetensors"])  // no temporary file left behind
    }

    /// Saving twice replaces the file atomically; the second save is what resumes.
    @Test func laterSaveReplacesEarlier() throws {
        let dir = try temporaryDirectory()
        defer { removeTree(dir) }
        let path = dir + "/run.safetensors"
        let trainer = try TrainingTask.mlp.trainer(backend: BLASBackend())
        _ = try trainer.train(steps: 3, batch: TrainingTask.mlp.batch)
        try trainer.save(to: path)
        _ = try trainer.train(steps: 2, batch: TrainingTask.mlp.batch)
        try trainer.save(to: path)
        let other = try TrainingTask.mlp.trainer(backend: ReferenceBackend(), seed: 5)
        try other.resume(from: path)  // a BLAS checkpoint resumes on any backend
        #expect(other.step == 5)
        #expect(other.parameters == trainer.parameters && other.optimizerState == trainer.optimizerState)
        #expect(try listDirectory(dir) == ["run.safetensors"])
    }

    /// Resuming with another optimizer configuration, schedule or clipping would silently change
    /// the run: each is a clear error naming both values.
    @Test func differentlyConfiguredRunIsRejected() throws {
        let dir = try temporaryDirectory()
        defer { removeTree(dir) }
        let path = dir + "/run.safetensors"
        let trainer = try TrainingTask.mlp.trainer(backend: BLASBackend())
        _ = try trainer.train(steps: 2, batch: TrainingTask.mlp.batch)
        try trainer.save(to: path)

        let otherOptimizer = try TrainingTask.mlp.trainer(backend: BLASBackend(), optimizer: AdamW(weightDecay: 0.1))
        expectFileError(contains: ["differently configured run", "optimizer: checkpoint AdamW(", "weightDecay: 0.001", "weightDecay: 0.1"]) {
            try otherOptimizer.resume(from: path)
        }
        let otherSchedule = try TrainingTask.mlp.trainer(backend: BLASBackend(), schedule: ConstantSchedule(1e-3))
        expectFileError(contains: ["schedule: checkpoint warmup_cosine(", "trainer constant(rate=0.001)"]) {
            try otherSchedule.resume(from: path)
        }
        let otherClip = try TrainingTask.mlp.trainer(backend: BLASBackend(), clip: nil)
        expectFileError(contains: ["clip_grad_norm: checkpoint 1.0, trainer none"]) { try otherClip.resume(from: path) }
        // A different optimizer family: the state keys differ too, reported before the config.
        let sgd = try TrainingTask.mlp.trainer(backend: BLASBackend(), optimizer: SGD(momentum: 0.9))
        expectFileError(contains: ["missing optimizer state keys: optimizer.momentum_buffer.fc1.bias",
                                   "unexpected optimizer state keys: optimizer.exp_avg.fc1.bias"]) {
            try sgd.resume(from: path)
        }
        #expect(otherOptimizer.step == 0 && sgd.step == 0)  // nothing was restored
    }

    /// A checkpoint of another model is rejected, naming both models and every differing key.
    @Test func checkpointOfAnotherModelIsRejected() throws {
        let dir = try temporaryDirectory()
        defer { removeTree(dir) }
        let path = dir + "/mlp.safetensors"
        try TrainingTask.mlp.trainer(backend: BLASBackend()).save(to: path)
        let attention = try TrainingTask.attention.trainer(backend: BLASBackend())
        expectFileError(contains: ["checkpoint of model 'mlp_regression' (4 parameters", "does not fit model 'attention_regression'",
                                   "missing parameter keys: attn.proj.bias", "unexpected parameter keys: fc1.bias, fc1.weight, fc2.bias, fc2.weight"]) {
            try attention.resume(from: path)
        }
        // Same names, other shapes (a wider MLP).
        let wide = try Graph.traceModel("mlp_regression") { b in
            let x = b.input("x", [16, 4]), t = b.input("target", [16, 4])
            let r = MLP(width: 4, hidden: 8, activation: .silu)(x) - t
            return [("loss", (r * r).mean())]
        }
        let wideTrainer = try Trainer(model: wide.graph, parameters: try wide.initialParameters(seed: 0), optimizer: AdamW(weightDecay: 1e-3),
                                      schedule: WarmupCosineSchedule(peak: 1e-2, warmupSteps: 5, totalSteps: 60, minimum: 1e-3),
                                      clipGradientNorm: 1, backend: BLASBackend())
        expectFileError(contains: ["mis-shaped parameter keys: fc1.bias (checkpoint f32[16], expected f32[8])",
                                   "mis-shaped optimizer state keys: optimizer.exp_avg.fc1.bias"]) {
            try wideTrainer.resume(from: path)
        }
    }
}
