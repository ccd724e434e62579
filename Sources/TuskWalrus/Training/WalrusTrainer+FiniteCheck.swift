import TuskAutodiff
import TuskCompiler
import TuskIR
import TuskNN
import TuskRuntime

extension WalrusTrainer {
    /// `--check-finite` after update `step + 1` ran: when its loss, gradient norm, parameters or
    /// optimizer state hold a NaN or an infinity, re-runs the update op by op on the reference
    /// interpreter from the state before it (`bindings`), writes the re-run train-step graph
    /// (with locations) to `dump`, and throws `TuskError.execution` naming the update, the
    /// dataset and the first op that produced a non-finite value (its line in `dump`, the DSL
    /// call that built it). The state stays marked inconsistent, so it is never checkpointed.
    func checkFinite(_ entry: CompiledStep, bindings: [String: TensorData], dataset: String, dump: String) throws {
        var outputs = try state.values(parameterNames + stateNames)
        outputs[TrainStepNames.loss] = try entry.executable.output(TrainStepNames.loss)
        outputs[TrainStepNames.gradientNorm] = try entry.executable.output(TrainStepNames.gradientNorm)
        // The loss and the gradient norm first: they say most about the update.
        let scalars = [TrainStepNames.loss, TrainStepNames.gradientNorm]
        let bad = FiniteCheck.nonFiniteOutputs(outputs.filter { scalars.contains($0.key) }).sorted { $0.hasPrefix("loss") && !$1.hasPrefix("loss") }
            + FiniteCheck.nonFiniteOutputs(outputs.filter { !scalars.contains($0.key) })
        guard !bad.isEmpty else { return }
        let diagnosis = try FiniteCheck.diagnose(traced: entry.forward, kind: kind, bindings: bindings)
        try AtomicFile.write(Array(diagnosis.graph.text(includeLocations: true).utf8), to: dump)
        let shown = bad.count > 4 ? Array(bad.prefix(4)) + ["… (\(bad.count) tensors)"] : bad
        throw TuskError.execution(diagnosis.message(what: "update \(step + 1) (dataset \(dataset))", badOutputs: shown, graphText: dump))
    }
}
