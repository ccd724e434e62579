import TuskIR

/// `--check-finite` (JAX's `jax_debug_nans`): after a step whose outputs hold a NaN or an
/// infinity, the step is re-run op by op on the reference interpreter and the first op that
/// produced a non-finite value is named with its line in the graph text and the DSL call
/// (file:line) that built it.
public enum FiniteCheck {
    /// The outputs holding a NaN or an infinity, in name order, each as
    /// `name (element i is nan)`.
    public static func nonFiniteOutputs(_ outputs: [String: TensorData]) -> [String] {
        outputs.keys.sorted().compactMap { name in
            firstNonFiniteElement(outputs[name]!).map { "\(name) (element \($0.index) is \($0.value))" }
        }
    }

    /// The re-run of a step on the reference interpreter.
    public struct Diagnosis {
        /// The graph that was re-run: the transform of `kind` applied to the traced graph, before
        /// any optimization, so every node keeps the DSL location that built it.
        public var graph: Graph
        /// The op the non-finite values came from; nil when the interpreter's outputs are all
        /// finite (the backend, not the math, produced the non-finite value).
        public var origin: NonFiniteOrigin?

        /// The error text: `what` (`update 3`, `tusk run`) produced `badOutputs`; where the
        /// graph text the line refers to is (`graphText`, e.g. a file written for it); and
        /// `fileLine`, the line of the origin node in the user's own graph file when there is one.
        public func message(what: String, badOutputs: [String], graphText: String, fileLine: String? = nil) -> String {
            var s = "\(what) produced a non-finite value: \(badOutputs.joined(separator: ", ")); re-run op by op on the reference interpreter (--check-finite):\n  "
            guard let origin else {
                return s + "the reference interpreter's outputs are all finite: the backend, not the graph's math, produced the non-finite value"
                    + " (a backend bug: please report it with \(graphText))"
            }
            s += origin.description.replacingOccurrences(of: "the graph text", with: graphText)
            if let fileLine { s += "\n  in the graph file: \(fileLine)" }
            return s
        }
    }

    /// Applies `kind` to `traced` (no pipeline) and re-runs it on the reference interpreter in
    /// native precision with `bindings`.
    public static func diagnose(traced: Graph, kind: GraphKind, bindings: [String: TensorData]) throws -> Diagnosis {
        let graph = try kind.applying(to: traced)
        let (_, origin) = try Interpreter().firstNonFinite(graph, bindings)
        return Diagnosis(graph: graph, origin: origin)
    }
}
