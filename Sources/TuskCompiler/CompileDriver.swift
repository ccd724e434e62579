import Foundation
import TuskAutodiff
import TuskIR
import TuskPasses
import TuskRuntime

/// The one compile path of Tusk (like `jax.jit`'s lowering stages): traced graph → forward
/// pipeline → graph transform (autodiff, train step) → joint pipeline → backend executable.
/// Every caller — `tusk train`, `rollout`, `run`, `dump`, the interop commands, the demo, the
/// examples and the benchmarks — compiles through it, so what `tusk dump --stage` prints is
/// exactly what runs.
///
/// ```swift
/// let driver = CompileDriver(backend: BLASBackend())
/// let lowered = try driver.lower(traced, .trainStep(loss: "loss", optimizer: AdamW(), clipGradientNorm: 10, parameters: nil))
/// print(lowered.graph(at: .autodiff).text)     // the joint graph training differentiates
/// let compiled = try driver.compile(lowered, resources: ExecutionResources(state: state))
/// ```
///
/// Results of `lower` are cached (`CompileCache`) in memory and on disk, keyed by the traced
/// graph, the kind, the pipelines and Tusk's build; a hit skips the transform and the passes.
public struct CompileDriver {
    /// The backend executables are compiled for.
    public var backend: any Backend
    /// Passes run on the traced graph before any graph transform (fusions that must see the
    /// model before differentiation go here).
    public var forwardPipeline: Pipeline
    /// Passes run on the transformed (joint) graph.
    public var jointPipeline: Pipeline
    /// Run once after the joint pipeline (after its CSE, which would undo it): recomputes cheap
    /// values next to their late uses (`Rematerialize`); nil: none.
    public var rematerialization: Rematerialize? = Rematerialize()
    /// False skips both pipelines and rematerialization (the graph runs as traced and transformed).
    public var optimize: Bool
    /// The compile cache (nil: none).
    public var cache: CompileCache?
    /// Receives one line per cache miss saying why, and per hit (verbose output).
    public var log: (@Sendable (String) -> Void)?

    /// A driver with the default pipelines (`defaultForwardPipeline` before the transform,
    /// `Pipeline.standard` after it) and the process-wide cache (`CompileCache.shared`).
    public init(backend: any Backend = BLASBackend(), optimize: Bool = true,
                forwardPipeline: Pipeline = CompileDriver.defaultForwardPipeline, jointPipeline: Pipeline = Pipeline.standard,
                cache: CompileCache? = CompileCache.shared, log: (@Sendable (String) -> Void)? = nil) {
        self.backend = backend
        self.forwardPipeline = forwardPipeline
        self.jointPipeline = jointPipeline
        self.optimize = optimize
        self.cache = cache
        self.log = log
    }

    /// The forward pipeline with attention fusion: `FuseAttention(minimumKeyTokens:)` and `dce`
    /// followed by the passes of `Pipeline.standard`, repeated while they change the graph (at
    /// most 4 rounds; fusion is idempotent). `minimumKeyTokens` 1 fuses every attention.
    public static func fusedAttentionForwardPipeline(minimumKeyTokens: Int) -> Pipeline {
        Pipeline(passes: [FuseAttention(minimumKeyTokens: minimumKeyTokens), DeadCodeElimination()] + Pipeline.standard.passes,
                 maxIterations: 4)
    }

    /// Every attention fused: `Pipeline.forward` (fuse-attention, dce), then `Pipeline.standard`'s passes.
    public static var fusedAttentionForwardPipeline: Pipeline {
        Pipeline(passes: Pipeline.forward.passes + Pipeline.standard.passes, maxIterations: 4)
    }

    /// The cost rule of the default pipeline: attentions over at least this many key tokens are
    /// fused (Walrus's space attention, ≥ 1000 tokens at the benchmark shapes), shorter ones stay
    /// unfused (its time attention, T ≤ 16), where batched GEMMs + softmax are faster than the
    /// fused kernels (`TuskBenchmarks attention --sweep`, Docs/PERFORMANCE.md; at 64 keys of
    /// width 64 the fused step was still slower in a loaded run, from 128 keys it was faster).
    public static let attentionMinimumKeyTokens = 128

    /// Which attentions the default forward pipeline fuses (`TUSK_FUSE_ATTENTION`).
    public enum AttentionFusion: String, Sendable, CaseIterable {
        /// Where it pays: key axes of at least `attentionMinimumKeyTokens` tokens (the default).
        case auto
        /// Every attention the pass recognizes.
        case all
        /// None (the graph runs as traced).
        case off

        /// The forward pipeline of this choice.
        public var pipeline: Pipeline {
            switch self {
            case .auto: CompileDriver.fusedAttentionForwardPipeline(minimumKeyTokens: CompileDriver.attentionMinimumKeyTokens)
            case .all: CompileDriver.fusedAttentionForwardPipeline
            case .off: Pipeline.standard
            }
        }

        /// Parses `TUSK_FUSE_ATTENTION`: unset or empty → `auto`; `auto`; `all` (also `1`, `on`);
        /// `off` (also `0`, `none`). Throws `TuskError.config` naming the variable otherwise.
        public static func parse(_ value: String?) throws -> AttentionFusion {
            switch (value ?? "").trimmingCharacters(in: .whitespaces).lowercased() {
            case "", "auto": return .auto
            case "all", "1", "on": return .all
            case "off", "0", "none": return .off
            default:
                throw TuskError.config(field: CompileDriver.attentionFusionVariable,
                                       message: "expected auto, all or off, got \"\(value ?? "")\"")
            }
        }
    }

    /// The environment variable choosing `AttentionFusion` for the default forward pipeline.
    public static let attentionFusionVariable = "TUSK_FUSE_ATTENTION"

    /// The default forward pipeline: `attentionFusion`'s — by default (`auto`) attention fusion
    /// where it pays, the cost rule `attentionMinimumKeyTokens`. DESIGN principle 7 keeps a fusion
    /// only where a benchmark shows it wins: fused space attention (GEMM-tiled kernels) is faster
    /// than unfused and keeps no N×N probabilities; fused time attention is slower.
    public static var defaultForwardPipeline: Pipeline { attentionFusion.pipeline }

    /// `TUSK_FUSE_ATTENTION` (auto when unset). An invalid value is reported on standard error
    /// once per call and falls back to `auto`; `AttentionFusion.parse` throws for it instead
    /// (the `tusk` commands validate the variable with it at startup).
    public static var attentionFusion: AttentionFusion {
        let value = ProcessInfo.processInfo.environment[attentionFusionVariable]
        do {
            return try AttentionFusion.parse(value)
        } catch {
            FileHandle.standardError.write(Data("warning: \(error); using auto\n".utf8))
            return .auto
        }
    }

    /// The stages of one graph up to `optimized`, with the time each took.
    public struct Lowered {
        public var traced: Graph
        public var kind: GraphKind
        /// After the forward pipeline and the transform (nil on a cache hit: not rebuilt).
        public var autodiff: Graph?
        /// What the backend compiles.
        public var optimized: Graph
        /// Seconds: forward pipeline + transform, joint pipeline (0 on a cache hit).
        public var transformSeconds: Double
        public var optimizeSeconds: Double
        /// True when `optimized` came from the compile cache.
        public var cacheHit: Bool
    }

    /// A compiled graph.
    public struct Compiled {
        public var lowered: Lowered
        public var executable: any Executable
        /// Seconds in `Backend.compile` (planning, lowering, constants).
        public var backendSeconds: Double
        /// The optimized graph that runs.
        public var graph: Graph { lowered.optimized }
    }

    /// Runs the forward pipeline and the transform of `kind` on `traced` (the `autodiff` stage).
    public func autodiff(_ traced: Graph, _ kind: GraphKind) throws -> Graph {
        let forward = optimize ? try forwardPipeline.run(traced) : traced
        return try kind.apply(forward)
    }

    /// The graph at `stage` (`scheduled`, `fused` and `llvm` are properties of an executable:
    /// see `schedule`; for them this is the optimized graph the backend compiles).
    public func graph(_ traced: Graph, _ kind: GraphKind, at stage: CompileStage) throws -> Graph {
        switch stage {
        case .traced: return traced
        case .autodiff: return try autodiff(traced, kind)
        case .optimized, .scheduled, .fused, .llvm: return try lower(traced, kind).optimized
        }
    }

    /// Lowers `traced` to the optimized graph, through the cache.
    public func lower(_ traced: Graph, _ kind: GraphKind) throws -> Lowered {
        let key = cache.map { _ in loweringKey(traced, kind) }
        if let cache, let key {
            switch cache.lookupGraph(key) {
            case .hit(let graph):
                log?("compile cache: hit \(traced.name) (\(kind)) [\(key.digest.prefix(12))]")
                return Lowered(traced: traced, kind: kind, autodiff: nil, optimized: graph, transformSeconds: 0,
                               optimizeSeconds: 0, cacheHit: true)
            case .miss(let why):
                log?("compile cache: miss \(traced.name) (\(kind)): \(why)")
            }
        }
        let clock = ContinuousClock()
        let t0 = clock.now
        let joint = try autodiff(traced, kind)
        let t1 = clock.now
        var optimized = optimize ? try jointPipeline.run(joint) : joint
        if optimize, let rematerialization { optimized = try rematerialization.run(optimized) }
        let t2 = clock.now
        if let cache, let key { cache.storeGraph(optimized, key) }
        return Lowered(traced: traced, kind: kind, autodiff: joint, optimized: optimized,
                       transformSeconds: seconds(t1 - t0), optimizeSeconds: seconds(t2 - t1), cacheHit: false)
    }

    /// Compiles a lowered graph on the backend.
    public func compile(_ lowered: Lowered, resources: ExecutionResources = ExecutionResources()) throws -> Compiled {
        let clock = ContinuousClock()
        let t0 = clock.now
        let executable = try backend.compile(lowered.optimized, resources: resources)
        return Compiled(lowered: lowered, executable: executable, backendSeconds: seconds(clock.now - t0))
    }

    /// Compiles a graph that already went through this driver's pipelines (a caller that ran
    /// them itself to show their report, like the compiler tour).
    public func compile(optimized graph: Graph, resources: ExecutionResources = ExecutionResources()) throws -> Compiled {
        try compile(Lowered(traced: graph, kind: .forward, autodiff: nil, optimized: graph, transformSeconds: 0,
                            optimizeSeconds: 0, cacheHit: false), resources: resources)
    }

    /// `lower` then `compile`.
    public func compile(_ traced: Graph, _ kind: GraphKind = .forward,
                        resources: ExecutionResources = ExecutionResources()) throws -> Compiled {
        try compile(try lower(traced, kind), resources: resources)
    }

    /// The cache key of `lower(traced, kind)`: the traced graph's text, the kind, both
    /// pipelines and Tusk's build.
    public func loweringKey(_ traced: Graph, _ kind: GraphKind) -> CompileCache.Key {
        CompileCache.Key(name: traced.name, components: [
            ("graph", StableHash.hex(traced.text)),
            ("kind", kind.description),
            ("pipelines", optimize ? "forward[\(forwardPipeline.signature)] joint[\(jointPipeline.signature)]" : "none"),
            ("remat", optimize ? rematerialization.map { "\($0.minimumBytes),\($0.minimumGap)" } ?? "none" : "none"),
            ("tusk", TuskBuild.identity),
        ])
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}

extension Pipeline {
    /// The passes (with their configuration, for passes that describe it) and rounds, as a
    /// stable string (part of compile cache keys).
    public var signature: String {
        passes.map { ($0 as? CustomStringConvertible)?.description ?? $0.name }.joined(separator: ",") + ";rounds=\(maxIterations)"
    }
}

extension CompileDriver.Compiled {
    /// The schedule of the executable, when the backend has one (`ArenaExecutable`).
    public var schedule: Schedule? { (executable as? ArenaExecutable)?.schedule() }
}
