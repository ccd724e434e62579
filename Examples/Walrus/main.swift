// The worked example of Docs/WALRUS.md: define a Walrus variant, trace it, run the forward pass on
// the BLAS backend, and take one training step — no checkpoint or data files needed.
//
//   swift run -c release walrus-example
import TuskAutodiff
import TuskCompiler
import TuskIR
import TuskNN
import TuskRuntime
import TuskWalrus

// 1. A variant: walrus-tiny with axial space attention (one 1-D attention per token axis).
var config = WalrusConfig.tiny
config.name = "walrus-tiny-axial"
config.spaceMixing = .axial
let model = try WalrusModel(config: config)

// 2. What the graph is specialized to: 2-D 128×32 (H open, W periodic), 3 steps, 4 fields, and
//    jitter rolls drawn from a seed in the reference's ranges.
let shape = [3, 1, 4, 128, 32]
let boundaries = [AxisBoundary(.open), .periodic]
var generator = SeededGenerator(seed: 7)
let geometry = try WalrusGeometry(config: config, spatialShape: [128, 32], boundaries: boundaries)
let rolls = WalrusRolls.random(for: geometry, config: config, using: &generator)
// The rolls are graph inputs (`rolls.encoder`, `rolls.blocks`): one graph serves every roll set.
let spec = WalrusTraceSpec(inputShape: shape, fieldIndices: [6, 3, 7, 4], boundaries: boundaries)
let traced = try model.trace(spec)
print("traced \(traced.graph.name): \(traced.graph.nodes.count) nodes, rolls \(rolls.encoder) / \(rolls.blocks)")

// 3. Fresh parameters (the reference's initializers) and a random input; forward on BLAS.
var bindings = try traced.initialParameters(seed: 0)
bindings.merge(try rolls.bindings(geometry, config: config)) { a, _ in a }
bindings["x"] = try Initializer.normal(std: 1).sample(TensorType(.f32, shape), seed: 1, stream: "x")
// Every graph compiles through the driver: forward pipeline → (transform) → joint pipeline → backend.
let driver = CompileDriver(backend: BLASBackend())
let y = try driver.compile(traced.graph, .forward).executable.run(bindings)["y"]!
print("y \(y.shape), mean |y| = \(y.doubles.map(abs).reduce(0, +) / Double(y.elementCount))")

// 4. One training step of the Walrus objective (RMS normalization, delta targets, L1 × 100) with
//    clipped AdamW at the release hyper-parameters: ONE graph, compiled once.
let objective = try WalrusObjective().trace(model, spec, variableFields: 4, paddedFieldMask: [true, true, true, true])
let compiledStep = try driver.compile(objective.graph, .trainStep(loss: "loss", optimizer: AdamW(epsilon: 1e-10, weightDecay: 1e-4),
                                                                  clipGradientNorm: 10, parameters: nil))
let step = compiledStep.graph
bindings.merge(initialOptimizerState(step)) { a, _ in a }
bindings["target_frame"] = try Initializer.normal(std: 1).sample(TensorType(.f32, [1, 1, 4, 128, 32]), seed: 2, stream: "next")
bindings[TrainStepNames.step] = TensorData([Float(1)], shape: [])
bindings[TrainStepNames.learningRate] = TensorData([Float(2e-4)], shape: [])
let out = try compiledStep.executable.run(bindings)
print("train step: loss \(out["loss"]!.floats[0]), grad norm \(out[TrainStepNames.gradientNorm]!.floats[0]) "
      + "(\(step.nodes.count) nodes)")
