import Foundation
import Testing
import TuskData
import TuskIR
import TuskNN
import TuskRuntime
@testable import TuskWalrus

/// Shared test data, generated once per process at the generators' test scale: burgers_1d (128
/// cells, 8 frames; 32 tokens, so a debug-build train step is cheap) for training, and
/// gray_scott_2d (32×32, 5 frames) for the 2-D rotation check.
enum TrainingData {
    static let root: String = generate("burgers_1d")
    static let grayScott: String = generate("gray_scott_2d")

    static func generate(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-wtrain-\(UUID().uuidString)").path
        _ = try! Generators.generate(try! Generators.named(name), out: dir + "/" + name, scale: .test, seed: 1)
        return dir + "/" + name
    }

    /// walrus-tiny on the release field table with the 1-D encoder/decoder built too.
    static var choice: WalrusModelChoice {
        var c = WalrusConfig.tiny
        c.fieldRows = FieldTable.release.count
        c.includeDims = [1, 2, 3]
        return try! WalrusModelChoice(config: c)
    }

    static func options(steps: Int) -> WalrusTrainingOptions {
        var o = WalrusTrainingOptions(data: [root], steps: steps, batch: 1)
        o.nIn = 2
        o.learningRate = 1e-3
        o.maxStride = 2
        o.seed = 3
        return o
    }

    static func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tusk-wtrain-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}

@Suite("Walrus training", .serialized)
struct TrainingTests {
    /// Train 4 steps straight vs 2 + checkpoint + resume in a fresh trainer + 2: the parameters and
    /// the AdamW state are bit-identical (same data order, same graphs, same backend).
    @Test func resumeEqualsUninterrupted() throws {
        let choice = TrainingData.choice
        let straight = try WalrusTrainer(choice: choice, options: TrainingData.options(steps: 4), backend: BLASBackend())
        let untrained = straight.parameters
        var losses: [Double] = []
        for _ in 0..<4 { losses.append(try straight.update().loss) }
        let finite = losses.allSatisfy { $0.isFinite }
        #expect(finite, "\(losses)")

        let dir = try TrainingData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try WalrusTrainer(choice: choice, options: TrainingData.options(steps: 4), backend: BLASBackend())
        for _ in 0..<2 { try first.update() }
        try first.save(to: dir + "/c.safetensors")
        let second = try WalrusTrainer(choice: choice, options: TrainingData.options(steps: 4), backend: BLASBackend())
        let sameStart = second.parameters == untrained
        #expect(sameStart, "same seed, same initial parameters")
        try second.resume(from: dir + "/c.safetensors")
        #expect(second.step == 2)
        var resumed: [Double] = []
        for _ in 0..<2 { resumed.append(try second.update().loss) }
        #expect(resumed == Array(losses[2...]))
        // Compared as Bools: a failing #expect on the dictionaries would print 1.2M numbers.
        let sameParameters = second.parameters == straight.parameters
        let sameState = second.optimizerState == straight.optimizerState
        let moved = second.parameters != untrained
        #expect(sameParameters, "bit-identical parameters")
        #expect(sameState, "bit-identical AdamW state")
        #expect(moved, "training moved the parameters")
    }

    /// Jitter rolls are fresh every update (a pure function of seed and step, drawn in the legal
    /// ranges) and are graph inputs: one compiled graph per geometry, whatever the rolls.
    @Test func freshRollsOneGraphPerGeometry() throws {
        let trainer = try WalrusTrainer(choice: TrainingData.choice, options: TrainingData.options(steps: 4), backend: BLASBackend())
        var drawn: [[Double]] = []
        var geometries = Set<WalrusTraceSpec>()
        for s in 0..<4 {
            let plan = try trainer.plan(s)
            let batch = try trainer.sources[plan.dataset].batch(plan, rotation: trainer.rotation(plan))
            let spec = trainer.spec(plan, batch)
            geometries.insert(spec)
            let rolls = try trainer.rolls(plan, spec)
            let again = try trainer.rolls(try trainer.plan(s), spec)
            #expect(again == rolls, "the rolls of a step are a pure function of (seed, step)")
            drawn.append(try #require(rolls[WalrusRolls.blocksInputName]).doubles)
            try trainer.update()
        }
        #expect(Set(drawn).count > 1, "fresh block rolls every update: \(drawn)")
        #expect(trainer.compiledGraphs == geometries.count, "\(trainer.compiledGraphs) graphs for \(geometries.count) geometries")
        #expect(trainer.compiledStepGraphs.allSatisfy { g in g.inputs.contains { $0.name == WalrusRolls.blocksInputName } })
    }

    /// A model rollout applies jitter with fresh rolls per frame (seeded): jitter on differs from
    /// off, and two rollouts with the same seed are identical (and differ with another seed).
    @Test func rolloutJitterIsSeeded() throws {
        let dir = try TrainingData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let trainer = try WalrusTrainer(choice: TrainingData.choice, options: TrainingData.options(steps: 1), backend: BLASBackend())
        try trainer.update()
        try trainer.save(to: dir + "/c.safetensors")
        func predictions(_ jitter: WalrusRolloutJitter) throws -> [[Float]] {
            let predictor = try WalrusPredictor(checkpoint: dir + "/c.safetensors", backend: BLASBackend())
            predictor.jitter = jitter
            return try WalrusRollout.run(.model(predictor), root: TrainingData.root, split: "test", nIn: 2, steps: 2)
                .trajectories.map(\.prediction.values)
        }
        let on = try predictions(.on(seed: 1)), onAgain = try predictions(.on(seed: 1))
        let other = try predictions(.on(seed: 2)), off = try predictions(.off)
        #expect(!on.isEmpty)
        #expect(on == onAgain, "same seed, identical rollout")
        #expect(on != off, "jitter on differs from jitter off")
        #expect(on != other, "another seed draws other rolls")
    }

    /// The data order is a pure function of (seed, step); a checkpoint of other options is refused.
    @Test func planIsPureAndOptionsAreChecked() throws {
        let choice = TrainingData.choice
        let a = try WalrusTrainer(choice: choice, options: TrainingData.options(steps: 4), backend: BLASBackend())
        let b = try WalrusTrainer(choice: choice, options: TrainingData.options(steps: 4), backend: BLASBackend())
        let (pa, pb) = (try a.plan(3), try b.plan(3))
        #expect(pa == pb)
        let plans = try (0..<8).map { try a.plan($0) }
        let distinct = Set(plans.map { "\($0.samples) \($0.strides) \($0.rotation)" }).count
        #expect(distinct > 1, "plans vary with the step")
        let dir = try TrainingData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try a.save(to: dir + "/c.safetensors")
        var other = TrainingData.options(steps: 4)
        other.seed = 4
        let c = try WalrusTrainer(choice: choice, options: other, backend: BLASBackend())
        #expect {
            try c.resume(from: dir + "/c.safetensors")
        } throws: { error in
            guard case let TuskError.file(path, message) = error else { return false }
            return path == dir + "/c.safetensors" && message.contains("training options")
        }
    }

    /// A rotated batch moves the grid as AxisRotation says (new axis j = old axis perm[j], flipped).
    @Test func batchRotationMovesTheGrid() throws {
        let source = try WalrusDataSource(root: TrainingData.grayScott, split: "train", nIn: 2,
                                          config: TrainingData.choice.config, table: .release)
        let plan = WalrusBatchPlan(step: 0, dataset: 0, samples: [0], strides: [1], rotation: 0)
        let quarter = try AxisRotation(permutation: [1, 0], flips: [false, true])
        let plain = try source.batch(plan, rotation: .identity(dimension: 2))
        let turned = try source.batch(plan, rotation: quarter)
        // x' [t, b, c, i, j] = x [t, b, c, n-1-j, i] for a scalar field (new axis 0 = old 1, new axis 1 = old 0 reversed).
        let n = 32, x = plain.x.floats, y = turned.x.floats
        for (i, j) in [(0, 0), (3, 7), (31, 2)] {
            #expect(y[i * n + j] == x[(n - 1 - j) * n + i])
        }
        #expect(plain.x.shape == [2, 1, 2, 32, 32] && plain.targetFrame.shape == [1, 1, 2, 32, 32])
    }
}

/// Bad data fails before training with an error naming the file.
@Suite("Walrus training: bad data")
struct TrainingBadDataTests {
    static func write(_ name: String, n: Int, field: String, nan: Bool = false) throws -> (root: String, file: String) {
        let root = try TrainingData.temporaryDirectory()
        let dir = root + "/data/train"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var values = (0..<(5 * n * n)).map { Float($0 % 17) / 17 }
        if nan { values[2 * n * n + 3] = .nan }   // frame 2: in every 3-frame window of 5
        let coords = (0..<n).map { Float($0) / Float(n) }
        let contents = WellFileContents(
            datasetName: name, spatialDims: ["x", "y"], coordinates: [coords, coords], time: [0, 1, 2, 3, 4],
            nTrajectories: 1, parameters: [("F", 0.5)],
            fields: [WellFieldData(name: field, order: 0, timeVarying: true, values: values)],
            boundaries: [.bothEnds(.periodic, dim: "x", count: n), .bothEnds(.periodic, dim: "y", count: n)])
        try contents.write(to: dir + "/\(name).hdf5")
        return (root, dir + "/\(name).hdf5")
    }

    static func fileError(_ body: () throws -> Void) -> (path: String, message: String)? {
        do { try body() } catch let TuskError.file(path, message) { return (path, message) } catch {
            Issue.record("unexpected error \(error)")
        }
        return nil
    }

    @Test func gridTheModelCannotTake() throws {
        let (root, file) = try Self.write("odd_grid", n: 20, field: "A")
        defer { try? FileManager.default.removeItem(atPath: root) }
        var o = TrainingData.options(steps: 1)
        o.data = [root]
        let e = try #require(Self.fileError { _ = try WalrusTrainer(choice: TrainingData.choice, options: o, backend: BLASBackend()) })
        #expect(e.path == file)
        #expect(e.message.contains("size 20") && e.message.contains("legal sizes"), "\(e.message)")
    }

    @Test func unknownField() throws {
        let (root, file) = try Self.write("odd_field", n: 32, field: "vorticity_magic")
        defer { try? FileManager.default.removeItem(atPath: root) }
        var o = TrainingData.options(steps: 1)
        o.data = [root]
        let e = try #require(Self.fileError { _ = try WalrusTrainer(choice: TrainingData.choice, options: o, backend: BLASBackend()) })
        #expect(e.path == file)
        #expect(e.message.contains("vorticity_magic"), "\(e.message)")
    }

    @Test func nanInData() throws {
        let (root, file) = try Self.write("nan_data", n: 32, field: "A", nan: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        var o = TrainingData.options(steps: 1)
        o.data = [root]
        o.maxStride = 1
        let trainer = try WalrusTrainer(choice: TrainingData.choice, options: o, backend: BLASBackend())
        let e = try #require(Self.fileError { try trainer.update() })
        #expect(e.path == file)
        #expect(e.message.contains("NaN") && e.message.contains("\"A\""), "\(e.message)")
    }

    @Test func truncatedCheckpointIsRefused() throws {
        let dir = try TrainingData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let choice = TrainingData.choice
        let trainer = try WalrusTrainer(choice: choice, options: TrainingData.options(steps: 2), backend: BLASBackend())
        let path = dir + "/c.safetensors"
        try trainer.save(to: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count - 1000).write(to: URL(fileURLWithPath: path))
        let fresh = try WalrusTrainer(choice: choice, options: TrainingData.options(steps: 2), backend: BLASBackend())
        let before = fresh.parameters
        let e = try #require(Self.fileError { try fresh.resume(from: path) })
        #expect(e.path == path)
        let unchanged = fresh.parameters == before
        #expect(unchanged && fresh.step == 0, "nothing restored")
        let predictorError = Self.fileError { _ = try WalrusPredictor(checkpoint: path, backend: BLASBackend()) }
        #expect(predictorError?.path == path)
    }
}

/// `tusk train` compiles through the driver: the step that runs is the optimized graph (the
/// driver's `optimized` stage of the traced objective), not the traced train step; the state is
/// resident and shared by every compiled graph.
@Suite("Walrus training compile path", .serialized)
struct TrainingCompilePathTests {
    @Test func trainerRunsTheOptimizedGraph() throws {
        let options = TrainingData.options(steps: 2)
        let trainer = try WalrusTrainer(choice: TrainingData.choice, options: options, backend: BLASBackend())
        for _ in 0..<2 { try trainer.update() }
        let graphs = trainer.compiledStepGraphs
        #expect(!graphs.isEmpty)
        // Rebuild the first update's objective and lower it through the same driver (no cache).
        let plan = try trainer.plan(0)
        let source = trainer.sources[plan.dataset]
        let batch = try source.batch(plan, rotation: trainer.rotation(plan))
        let spec = trainer.spec(plan, batch)
        let objective = try trainer.objective.trace(trainer.model, spec, variableFields: source.variableChannels,
                                                    paddedFieldMask: Array(repeating: true, count: source.variableChannels)).graph
        var driver = trainer.driver
        driver.cache = nil
        let joint = try driver.graph(objective, trainer.kind, at: .autodiff)
        let optimized = try driver.graph(objective, trainer.kind, at: .optimized)
        #expect(optimized.nodes.count < joint.nodes.count, "the joint pipeline removes nodes")
        #expect(graphs.contains { $0.nodes.count == optimized.nodes.count && $0.text == optimized.text })
        // One copy of the state, whatever the number of graphs.
        #expect(trainer.state.names.count == trainer.parameters.count + trainer.optimizerState.count)
    }
}
