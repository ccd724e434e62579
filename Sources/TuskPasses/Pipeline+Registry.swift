import TuskIR

extension Pipeline {
    /// The registered passes by name, with the factory that makes each in its default
    /// configuration. To add a pass: implement `Pass`, add one line here, document it in
    /// Docs/PASSES.md, and add it to `standard` if it belongs in the default pipeline.
    static let registry: [(name: String, make: @Sendable () -> any Pass)] = [
        ("canonicalize", { AlgebraicSimplification() }),
        ("fold", { ConstantFolding() }),
        ("cse", { CommonSubexpressionElimination() }),
        ("dce", { DeadCodeElimination() }),
        ("fuse-attention", { FuseAttention() }),
        ("expand-fused", { ExpandFused() }),
        ("remat", { Rematerialize() }),
    ]

    /// The names `pass(named:)` knows, in registry order.
    public static var registeredPassNames: [String] { registry.map(\.name) }

    /// A registered pass in its default configuration, or nil for an unknown name.
    public static func pass(named name: String) -> (any Pass)? {
        registry.first { $0.name == name }?.make()
    }

    /// The default optimization pipeline: `canonicalize`, `fold`, `cse`, `dce`, repeated until
    /// nothing changes (at most 4 rounds).
    ///
    /// Order: canonicalization first removes identity ops so folding and CSE see the simplest
    /// form; folding turns constant subgraphs into single constants; CSE then merges equal
    /// constants and the duplicate computations that became equal; DCE last removes what the
    /// others left unused. One pass can enable another (a fold creates the `fill(1)` that makes
    /// a `mul` an identity; CSE makes two permutes one chain), hence the rounds. Each pass is
    /// idempotent on its own, and the rounds stop as soon as one round changes nothing, so the
    /// bound only matters for pathological graphs.
    public static var standard: Pipeline {
        Pipeline(passes: [AlgebraicSimplification(), ConstantFolding(), CommonSubexpressionElimination(),
                          DeadCodeElimination()],
                 maxIterations: 4)
    }

    /// The forward pipeline: what the compile driver runs on the model's forward graph BEFORE
    /// autodiff. `fuse-attention` turns each traced attention into one fused op — differentiated
    /// by the fused backward op, so the train step never keeps the `Tq × Tk` probabilities —
    /// then `dce` removes the unfused chains' leftovers (masks, bias gathers). One round: the
    /// fusion creates nothing the pass could fuse again.
    public static var forward: Pipeline {
        Pipeline(passes: [FuseAttention(), DeadCodeElimination()], maxIterations: 1)
    }
}
