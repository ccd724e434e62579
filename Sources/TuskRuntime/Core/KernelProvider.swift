import TuskIR

/// A compiled kernel: pointers and loop plans are captured; calling it computes one node (or
/// one fused region).
public typealias Kernel = () throws -> Void

/// A source of kernels for an `ArenaExecutable`: OpenBLAS calls and Swift loops today
/// (`BLASKernels`), LLVM-JIT kernels next. The executable asks each provider in order and the
/// first that `handles` a node lowers it, so one executable mixes kernels of several providers
/// over one arena.
public protocol KernelProvider {
    /// A short name (`blas`, `llvm`), shown in schedules and profiles.
    var name: String { get }
    /// Options that change the kernels, as a stable string (part of compile cache keys).
    var optionsDescription: String { get }
    /// True when this provider lowers node `i`.
    func handles(node i: Int, graph: Graph) -> Bool
    /// Fused regions, claimed before the memory plan: root node → the member nodes (all owned by
    /// this provider, before the root) that the root's kernel computes inline. A member that is
    /// not itself a root is *interior*: it gets no storage and no kernel, so every node that
    /// reads it must be a root whose region contains it (the executable checks). `owned[i]` is
    /// true for the nodes this provider lowers. Default: no regions (one kernel per node).
    func regions(graph: Graph, owned: [Bool]) -> [Int: [Int]]
    /// Called once, before `regions` and the memory plan, with the nodes this provider lowers: a
    /// provider that compiles code per node for its buffer hints (the direct convolution kernels)
    /// compiles it all here, concurrently, instead of one node at a time. Default: nothing.
    func warmUp(graph: Graph, owned: [Bool]) throws
    /// What node `i` asks of the memory planner.
    func bufferHints(node i: Int, graph: Graph) -> BufferHints
    /// Called once with the final plan, before any `lower` (e.g. to JIT all kernels as one module).
    func prepare(_ context: ArenaContext, nodes: [Int]) throws
    /// The kernel computing node `i` (nil for leaves and views), its pointers resolved through
    /// `context`. Leaves that are constants are written into their slot here.
    func lower(node i: Int, _ context: ArenaContext) throws -> Kernel?
}

extension KernelProvider {
    public var optionsDescription: String { "" }
    public func regions(graph: Graph, owned: [Bool]) -> [Int: [Int]] { [:] }
    public func warmUp(graph: Graph, owned: [Bool]) throws {}
    public func prepare(_ context: ArenaContext, nodes: [Int]) throws {}
}

/// What a provider sees when lowering: the graph, the memory plan, and where each value lives.
public struct ArenaContext {
    public let graph: Graph
    let plan: MemoryPlan
    let transient: UnsafeMutableRawPointer
    let persistent: UnsafeMutableRawPointer
    let resident: [String: UnsafeMutableRawPointer]

    public func node(_ i: Int) -> Node { graph.nodes[i] }
    public func type(_ v: ValueID) -> TensorType { graph.type(of: v) }

    /// True when value `v` shares its storage with another value (a view or in-place result).
    public func isAliased(_ v: Int) -> Bool { plan.storageRoot[v] != v }

    /// The storage of value `v` (any value the plan keeps).
    public func address(_ v: Int) -> UnsafeMutableRawPointer {
        switch plan.locations[v]! {
        case .transient(let o): transient + o
        case .persistent(let o): persistent + o
        case .resident(let name): resident[name]!
        }
    }
    /// The storage of value `v` as `T` elements.
    public func pointer<T>(_ v: Int, _: T.Type) -> UnsafeMutablePointer<T> {
        address(v).assumingMemoryBound(to: T.self)
    }
    /// Storage of operand `k` of node `i`.
    public func operand<T>(_ i: Int, _ k: Int, _: T.Type) -> UnsafeMutablePointer<T> {
        pointer(graph.nodes[i].operands[k].index, T.self)
    }
    /// Storage of node `i`'s result.
    public func result<T>(_ i: Int, _: T.Type) -> UnsafeMutablePointer<T> { pointer(i, T.self) }
    /// Node `i`'s scratch buffer (it asked for one in `bufferHints`).
    public func scratch<T>(_ i: Int, _: T.Type) -> UnsafeMutablePointer<T> {
        (transient + plan.scratchOffsets[i]!).assumingMemoryBound(to: T.self)
    }
    /// True when node `i` has a scratch buffer.
    public func hasScratch(_ i: Int) -> Bool { plan.scratchOffsets[i] != nil }
}
