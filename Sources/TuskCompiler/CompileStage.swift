import TuskAutodiff
import TuskIR

/// The stages of the compile driver, in order. Each can be printed (`tusk dump --stage`).
public enum CompileStage: String, CaseIterable, Sendable {
    /// The graph as traced from the DSL (or parsed from a file).
    case traced
    /// After the forward pipeline and the graph transform of the `GraphKind`: the joint
    /// forward + backward graph (a gradient or a train step), or the forward graph itself. This
    /// is the graph training differentiates and runs, before the joint pipeline.
    case autodiff
    /// After the joint pipeline: what the backend compiles.
    case optimized
    /// The backend's schedule: kernels in order, buffers, live ranges, what is saved for backward.
    case scheduled
    /// The LLVM backend's fused regions: one line per loop kernel (its root and the nodes it
    /// computes inline, which are never materialized), then each kernel's loop nest.
    case fused
    /// The LLVM IR of the LLVM backend's module (every kernel, after `default<O3>`).
    case llvm
}

/// What the driver builds from a traced forward graph.
public enum GraphKind: CustomStringConvertible {
    /// The graph itself (inference, `tusk run`, rollouts).
    case forward
    /// `loss` and its gradient `grad.<p>` with respect to `parameters` (default: every
    /// floating-point parameter), as `TuskAutodiff.grad`.
    case gradient(loss: String, parameters: [String]?)
    /// The staged VJP of every floating-point output (one `cotangent.<output>` input each).
    case vjp
    /// One training update: forward, backward, global-norm clipping and the optimizer in one
    /// graph (`TuskAutodiff.trainStep`).
    /// With `forwardOutputsPrefix`, the forward graph's other outputs are kept under that prefix;
    /// with `gradientOutputsPrefix`, each parameter's gradient before clipping is an output too.
    case trainStep(loss: String, optimizer: any Optimizer, clipGradientNorm: Double?, parameters: [String]?,
                   forwardOutputsPrefix: String? = nil, gradientOutputsPrefix: String? = nil)

    /// The gradient of the `loss` output when the graph has a one-element floating output
    /// named `loss`, else the VJP of all floating outputs: what `tusk dump --stage autodiff`
    /// shows for a graph that says nothing else.
    public static func automatic(for graph: Graph) -> GraphKind {
        if let loss = graph.output(named: "loss"), graph.type(of: loss).dtype.isFloatingPoint,
           graph.type(of: loss).elementCount == 1 {
            return .gradient(loss: "loss", parameters: nil)
        }
        return .vjp
    }

    /// A stable description (part of compile cache keys).
    public var description: String {
        switch self {
        case .forward: "forward"
        case let .gradient(loss, ps): "gradient(loss: \(loss), parameters: \(ps.map { $0.joined(separator: ",") } ?? "all"))"
        case .vjp: "vjp"
        case let .trainStep(loss, opt, clip, ps, prefix, gradients):
            "train_step(loss: \(loss), optimizer: \(opt), clip: \(clip.map { "\($0)" } ?? "none"), parameters: \(ps.map { $0.joined(separator: ",") } ?? "all")"
                + (prefix.map { ", forward outputs: \($0)" } ?? "") + (gradients.map { ", gradient outputs: \($0)" } ?? "") + ")"
        }
    }

    /// Applies the transform to `graph` (after the forward pipeline).
    public func applying(to graph: Graph) throws -> Graph { try apply(graph) }

    func apply(_ graph: Graph) throws -> Graph {
        switch self {
        case .forward:
            return graph
        case let .gradient(loss, ps):
            return try grad(graph, loss: loss, wrt: ps ?? graph.parameters.filter { $0.type.dtype.isFloatingPoint }.map(\.name))
        case .vjp:
            let parameters = graph.parameters.filter { $0.type.dtype.isFloatingPoint }.map(\.name)
            let outputs = graph.outputs.filter { graph.type(of: $0.value).dtype.isFloatingPoint }.map(\.name)
            guard !outputs.isEmpty else {
                throw TuskError.invalidGraph("autodiff: graph '\(graph.name)' has no floating-point output to differentiate")
            }
            return try TuskAutodiff.vjp(graph, of: outputs, wrt: parameters)
        case let .trainStep(loss, opt, clip, ps, prefix, gradients):
            return try TuskAutodiff.trainStep(graph, loss: loss, optimizer: opt, parameters: ps, clipGradientNorm: clip,
                                              forwardOutputsPrefix: prefix, gradientOutputsPrefix: gradients)
        }
    }
}
