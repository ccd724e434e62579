import Foundation
import ArgumentParser
import TuskAutodiff
import TuskCompiler
import TuskIR
import TuskPasses
import TuskNN
import TuskWalrus

/// A Walrus configuration as the tool reads it: a named config (`walrus-tiny`, `walrus-small`,
/// `walrus-1.3b`) or a JSON file in the reference's argument names — either a plain config or a
/// fixture `case.json` (config under `model_config`, optional `training.hyperparameters`).
public struct WalrusConfigFile {
    /// The model configuration (validated when a model is built).
    public var config: WalrusConfig
    /// `training.hyperparameters` of a case.json (empty otherwise).
    public var training: [String: Any]
    /// Where it came from (a name or a path), for messages.
    public var source: String

    /// Whether `spec` names a Walrus config: a named config, or an existing `.json` file.
    public static func recognizes(_ spec: String) -> Bool {
        WalrusConfig.named[spec] != nil || (spec.hasSuffix(".json") && TextFile.isRegularFile(spec))
    }

    /// Loads a named config or a JSON file. Errors name the file and the offending key.
    public init(_ spec: String) throws {
        source = spec
        if let named = WalrusConfig.named[spec] {
            config = named
            training = [:]
            return
        }
        guard TextFile.isRegularFile(spec) else {
            let names = WalrusConfig.named.keys.sorted().joined(separator: ", ")
            throw TuskError.file(path: spec, message: "no such file (and not a named Walrus config: \(names))")
        }
        let text = try TextFile.read(path: spec)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw JSONErrorText.parseError(error, data: Data(text.utf8), source: spec)
        }
        guard let root = object as? [String: Any] else {
            throw TuskError.file(path: spec, message: "expected a JSON object (a Walrus config or a fixture case.json)")
        }
        let modelConfig: [String: Any]
        if let nested = root["model_config"] {
            guard let dict = nested as? [String: Any] else {
                throw TuskError.file(path: spec, message: "model_config must be a JSON object")
            }
            modelConfig = dict
        } else {
            modelConfig = root
        }
        do {
            config = try JSONDecoder().decode(WalrusConfig.self, from: try JSONSerialization.data(withJSONObject: modelConfig))
        } catch let error as TuskError {
            throw TuskError.file(path: spec, message: error.description)
        } catch {
            throw TuskError.file(path: spec, message: "cannot read the Walrus config: \(error)")
        }
        training = ((root["training"] as? [String: Any])?["hyperparameters"] as? [String: Any]) ?? [:]
        if config.name == nil {
            config.name = (root["case"] as? String) ?? (spec.split(separator: "/").last.map(String.init) ?? spec)
        }
    }

    /// A number from `training.hyperparameters` (nil when absent).
    public func hyperparameter(_ key: String) throws -> Double? {
        guard let value = training[key] else { return nil }
        guard let number = value as? NSNumber else {
            throw TuskError.file(path: source, message: "training.hyperparameters.\(key) must be a number, got \(value)")
        }
        return number.doubleValue
    }
}

/// The Walrus graphs `tusk dump` can show for a config.
public enum WalrusGraphKind: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// The model's forward pass: `x` → `y`.
    case forward
    /// The training objective (`WalrusObjective`): window `x` and `target_frame` → `loss` (+ y, …).
    case loss
    /// One compiled training step: the objective, its gradient, global-norm clipping at 10 and
    /// AdamW (release hyper-parameters as inputs/attributes).
    case trainStep = "train-step"
}

/// A Walrus config traced at a resolution for `tusk dump`: the input is `[T, 1, C, resolution…]`
/// with T = `steps`, C = 4 channels on field rows [6, 3, 7, 4] (the fixtures' fields; rows
/// 3, 4, … for configs with fewer than 8 rows), H OPEN and the other axes PERIODIC (the fixtures'
/// boundary conditions), and no jitter rolls (the deterministic choice; a rolled graph differs
/// only in the shifts of its `roll` ops).
public struct WalrusDumpSource {
    public var file: WalrusConfigFile
    /// Spatial sizes (1–3 axes).
    public var resolution: [Int]
    /// Input time steps T.
    public var steps: Int

    /// The default resolution: the fixtures' legal 2-D grid.
    public static let defaultResolution = [128, 32]
    /// The default number of input steps (the fixtures' forward cases).
    public static let defaultSteps = 3

    public init(_ spec: String, resolution: [Int]? = nil, steps: Int? = nil) throws {
        file = try WalrusConfigFile(spec)
        self.resolution = resolution ?? Self.defaultResolution
        self.steps = steps ?? file.config.inputSteps ?? Self.defaultSteps
    }

    /// Parses `128x32` (1–3 positive sizes separated by `x`).
    public static func parseResolution(_ text: String) throws -> [Int] {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        let sizes = parts.compactMap { Int($0) }
        guard (1...3).contains(parts.count), sizes.count == parts.count, sizes.allSatisfy({ $0 > 0 }) else {
            throw CLIError("--resolution: expected 1 to 3 positive sizes like 128x32 or 64x64x64, got '\(text)'")
        }
        return sizes
    }

    /// The model (validated config).
    public func model() throws -> WalrusModel { try WalrusModel(config: file.config) }

    /// Field rows of the C = 4 channels.
    var fieldIndices: [Int] {
        let fixture = [6, 3, 7, 4]
        if fixture.allSatisfy({ $0 < file.config.fieldRows }) { return fixture }
        return Array(3..<min(file.config.fieldRows, 7))
    }

    /// The trace specification described above.
    public func traceSpec() -> WalrusTraceSpec {
        let boundaries = [AxisBoundary(.open)] + Array(repeating: AxisBoundary.periodic, count: resolution.count - 1)
        return WalrusTraceSpec(inputShape: [steps, 1, fieldIndices.count] + resolution, fieldIndices: fieldIndices,
                               boundaries: boundaries, rolls: .fixed(.zero(depth: file.config.depth)))
    }

    /// The traced graph of `kind` and what the compile driver builds from it: the forward
    /// graph or the objective as they are, or the objective made into the release train step.
    public func traced(_ kind: WalrusGraphKind) throws -> (Graph, GraphKind) {
        let model = try self.model()
        let spec = traceSpec()
        switch kind {
        case .forward:
            return (try model.trace(spec).graph, .forward)
        case .loss:
            return (try objective(model, spec), .forward)
        case .trainStep:
            return (try objective(model, spec), Self.releaseTrainStep)
        }
    }

    /// The release train step (`TrainStepSettings.release`) as a driver transform.
    public static var releaseTrainStep: GraphKind {
        .trainStep(loss: "loss", optimizer: TrainStepSettings.release.optimizer,
                   clipGradientNorm: TrainStepSettings.release.clip, parameters: nil)
    }

    /// The graph of `kind` at the autodiff stage for the train step (the joint graph training
    /// runs before the joint pipeline), as traced otherwise.
    public func graph(_ kind: WalrusGraphKind) throws -> Graph {
        let (g, k) = try traced(kind)
        if case .trainStep = kind { return try BackendChoice.blas.driver().autodiff(g, k) }
        return g
    }

    /// The joint forward + backward graph of the objective: `loss` and `grad.<parameter>` for
    /// every parameter the graph uses.
    public func jointGraph() throws -> Graph {
        try GraphDump.autodiff(try graph(.loss))
    }

    func objective(_ model: WalrusModel, _ spec: WalrusTraceSpec) throws -> Graph {
        let c = spec.fieldIndices.count
        return try TrainStepSettings.release.objective.trace(model, spec, variableFields: c,
                                                             paddedFieldMask: Array(repeating: true, count: c)).graph
    }
}

/// The hyper-parameters of one training step: the objective's and the optimizer's.
public struct TrainStepSettings: Sendable {
    public var learningRate: Double
    public var beta1: Double
    public var beta2: Double
    public var epsilon: Double
    public var weightDecay: Double
    /// Global gradient-norm clip (nil: no clipping).
    public var clip: Double?
    public var objective: WalrusObjective

    /// The release run (spec §6.1): AdamW lr 2e-4, betas 0.9/0.999, eps 1e-10, weight decay
    /// 1e-4, clip 10; loss ×100, minimum context 1, RMS epsilon 1e-5; one micro-batch.
    public static let release = TrainStepSettings(
        learningRate: 2e-4, beta1: 0.9, beta2: 0.999, epsilon: 1e-10, weightDecay: 1e-4, clip: 10,
        objective: WalrusObjective(epsilon: 1e-5, lossMultiplier: 100, minimumContext: 1, gradientAccumulationSteps: 1))

    /// The optimizer.
    public var optimizer: AdamW {
        AdamW(beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: weightDecay)
    }

    /// The release settings overridden by a case.json's `training.hyperparameters`
    /// (lr, betas, eps, weight_decay, clip_grad_norm, loss_multiplier, grad_acc_steps,
    /// minimum_context, revin_epsilon).
    public static func from(_ file: WalrusConfigFile) throws -> TrainStepSettings {
        var s = release
        if let v = try file.hyperparameter("lr") { s.learningRate = v }
        if let v = try file.hyperparameter("weight_decay") { s.weightDecay = v }
        if let v = try file.hyperparameter("eps") { s.epsilon = v }
        if let v = try file.hyperparameter("clip_grad_norm") { s.clip = v }
        if let betas = file.training["betas"] {
            guard let pair = betas as? [NSNumber], pair.count == 2 else {
                throw TuskError.file(path: file.source, message: "training.hyperparameters.betas must be two numbers, got \(betas)")
            }
            s.beta1 = pair[0].doubleValue
            s.beta2 = pair[1].doubleValue
        }
        if let norm = try file.hyperparameter("clip_norm_type"), norm != 2 {
            throw TuskError.file(path: file.source, message: "training.hyperparameters.clip_norm_type \(norm) is not supported (only the 2-norm)")
        }
        if let v = try file.hyperparameter("loss_multiplier") { s.objective.lossMultiplier = v }
        if let v = try file.hyperparameter("grad_acc_steps") { s.objective.gradientAccumulationSteps = Int(v) }
        if let v = try file.hyperparameter("minimum_context") { s.objective.minimumContext = Int(v) }
        if let v = try file.hyperparameter("revin_epsilon") { s.objective.epsilon = v }
        return s
    }
}
