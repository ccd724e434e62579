import TuskAutodiff
import TuskIR

/// What a checkpoint must hold to fit a model and optimizer: the name and type of every
/// parameter and every optimizer state tensor.
public struct CheckpointLayout: Hashable, Sendable {
    /// The forward graph's name (used in error messages).
    public var model: String
    public var parameters: [String: TensorType]
    public var optimizerState: [String: TensorType]

    public init(model: String, parameters: [String: TensorType], optimizerState: [String: TensorType]) {
        self.model = model
        self.parameters = parameters
        self.optimizerState = optimizerState
    }

    /// The layout of `model` trained by `trainStep` (a graph built by `TuskAutodiff.trainStep`):
    /// every parameter of the model, and every `optimizer.<slot>.<parameter>` input of the step.
    public init(model: Graph, trainStep: Graph) {
        var state: [String: TensorType] = [:]
        for input in trainStep.inputs where input.name.hasPrefix(TrainStepNames.statePrefix)
            && input.name != TrainStepNames.step && input.name != TrainStepNames.learningRate {
            state[input.name] = input.type
        }
        self.init(model: model.name,
                  parameters: Dictionary(model.parameters.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a }),
                  optimizerState: state)
    }
}

extension Checkpoint {
    /// Checks that this checkpoint holds exactly the tensors `layout` expects, with the expected
    /// dtypes and shapes.
    ///
    /// Throws one `TuskError.file` listing every missing, unexpected and mis-typed key (parameters
    /// and optimizer state separately), headed by both models' names and signatures when the
    /// parameter sets differ (a checkpoint of another model).
    public func validate(against layout: CheckpointLayout, path: String = "<checkpoint>") throws {
        var problems: [String] = []
        problems += Checkpoint.differences(kind: "parameter", found: parameters.mapValues(\.type), expected: layout.parameters)
        problems += Checkpoint.differences(kind: "optimizer state", found: optimizerState.mapValues(\.type), expected: layout.optimizerState)
        guard !problems.isEmpty else { return }
        let theirs = Checkpoint.signature(of: layout.parameters)
        var head = "checkpoint does not fit model '\(layout.model)'"
        if theirs != signature {
            head = "checkpoint of model '\(model)' (\(parameters.count) parameters, signature \(signature)) does not fit model '\(layout.model)' (\(layout.parameters.count) parameters, signature \(theirs))"
        }
        throw TuskError.file(path: path, message: head + ":\n  " + problems.joined(separator: "\n  "))
    }

    /// Missing, unexpected and mis-typed names, one line per kind (up to 20 names shown each).
    static func differences(kind: String, found: [String: TensorType], expected: [String: TensorType]) -> [String] {
        func list(_ names: [String]) -> String {
            let shown = names.prefix(20).joined(separator: ", ")
            return names.count > 20 ? shown + ", … (\(names.count) in all)" : shown
        }
        var lines: [String] = []
        let missing = expected.keys.filter { found[$0] == nil }.sorted()
        let extra = found.keys.filter { expected[$0] == nil }.sorted()
        let mistyped = expected.keys.filter { found[$0] != nil && found[$0] != expected[$0] }.sorted()
            .map { "\($0) (checkpoint \(found[$0]!), expected \(expected[$0]!))" }
        if !missing.isEmpty { lines.append("missing \(kind) keys: \(list(missing))") }
        if !extra.isEmpty { lines.append("unexpected \(kind) keys: \(list(extra))") }
        if !mistyped.isEmpty { lines.append("mis-shaped \(kind) keys: \(list(mistyped))") }
        return lines
    }
}
