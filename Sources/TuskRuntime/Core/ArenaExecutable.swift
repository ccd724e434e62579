import TuskIR

/// One compiled kernel invocation: everything (pointers into the arena, shapes, GEMM plans) is
/// resolved at compile time, so running it is a call.
struct Step {
    /// The node it computes (for errors, schedules and profiles).
    var node: Int
    /// The provider that lowered it.
    var provider: String
    var run: Kernel
}

/// A graph compiled over one arena, with kernels from one or more `KernelProvider`s.
///
/// Memory (`MemoryPlan`): transient values live in a region planned by liveness — the
/// executable's own, or the start of a shared `Workspace`; constants and bound inputs in a
/// persistent region of its own; resident values in the `ResidentState` it was compiled with.
/// `execute` allocates nothing.
///
/// Bindings stay in place until rebound, so a training loop binds the batch, executes, and
/// reads only the outputs it needs; parameters and optimizer state stay resident.
///
/// Outputs in the transient region are valid until the next `execute` of this executable or of
/// any other sharing its workspace.
///
/// Not thread-safe: one run at a time per executable (and per workspace).
public final class ArenaExecutable: Executable {
    public let graph: Graph
    /// Bytes of the arena: the transient region plus the persistent one (resident state excluded).
    public var arenaByteCount: Int { plan.arenaBytes }
    /// Bytes of the transient region (placed in the workspace when shared).
    public var transientByteCount: Int { plan.transientBytes }
    /// Bytes of the persistent region (constants and bound inputs).
    public var persistentByteCount: Int { plan.persistentBytes }
    /// What the same values would take with no memory sharing (for reporting the plan's gain).
    public var unsharedByteCount: Int { plan.unsharedBytes }
    /// Number of kernels one run executes.
    public var stepCount: Int { steps.count }
    /// True when the transient region is in a shared workspace.
    public let usesSharedWorkspace: Bool

    let plan: MemoryPlan
    /// Fused regions by root node: the member nodes each root's kernel computes inline.
    public let regions: [Int: [Int]]
    let steps: [Step]
    let hints: [BufferHints]
    let persistent: UnsafeMutableRawPointer
    /// The transient region when owned (nil when in a workspace).
    let ownTransient: UnsafeMutableRawPointer?
    let context: ArenaContext
    let workspace: Workspace?
    let state: ResidentState?
    /// Input and parameter slots by name (offset nil when the value is unused or resident).
    let slots: [String: (type: TensorType, location: StorageLocation?)]
    private var bound: Set<String> = []

    /// Plans memory and lowers every needed node with the first provider that handles it.
    /// Throws `TuskError` for a graph that does not verify or a node no provider lowers.
    public init(graph: Graph, providers: [any KernelProvider], resources: ExecutionResources = ExecutionResources()) throws {
        try graph.verify()
        guard !providers.isEmpty else { throw TuskError.execution("ArenaExecutable: no kernel provider") }
        let count = graph.nodes.count
        var owner = [Int](repeating: -1, count: count)
        for i in 0..<count {
            guard let p = providers.firstIndex(where: { $0.handles(node: i, graph: graph) }) else {
                throw TuskError.execution("\(graph.nodes[i].op.name) (node %\(i)): no kernel provider (\(providers.map(\.name).joined(separator: ", "))) lowers it")
            }
            owner[i] = p
        }
        for (k, p) in providers.enumerated() { try p.warmUp(graph: graph, owned: owner.map { $0 == k }) }
        // Fused regions claimed by the providers (before the memory plan: members get no storage).
        var regions: [Int: [Int]] = [:]
        for (k, p) in providers.enumerated() {
            for (root, members) in p.regions(graph: graph, owned: owner.map { $0 == k }) {
                guard root >= 0, root < count, owner[root] == k,
                      members.allSatisfy({ $0 >= 0 && $0 < root && owner[$0] == k }) else {
                    throw TuskError.execution("ArenaExecutable: provider \(p.name) claims an invalid region at node %\(root)")
                }
                regions[root] = members
            }
        }
        var residentNames = Set<String>()
        var residentPointers: [String: UnsafeMutableRawPointer] = [:]
        if let state = resources.state {
            for (name, value, type) in graph.inputs + graph.parameters where state.contains(name) {
                _ = value
                residentPointers[name] = try state.buffer(name, type).pointer
                residentNames.insert(name)
            }
            for out in graph.outputs where state.contains(out.name) {
                residentPointers[out.name] = try state.buffer(out.name, graph.type(of: out.value)).pointer
                residentNames.insert(out.name)
            }
        }
        var hints = [BufferHints](repeating: BufferHints(), count: count)
        var member = [Bool](repeating: false, count: count)
        for m in regions.values.joined() where regions[m] == nil { member[m] = true }
        for i in 0..<count where !graph.nodes[i].op.isLeaf && !member[i] {
            hints[i] = providers[owner[i]].bufferHints(node: i, graph: graph)
        }
        let plan = try MemoryPlan(graph: graph, residentNames: residentNames, regions: regions) { hints[$0] }
        try Self.checkRegions(graph: graph, plan: plan, regions: regions)
        // Refuse an arena the machine cannot hold, with the numbers, before allocating it (the
        // transient region counts even in a workspace: running touches all of it).
        try MachineMemory.check(plan.arenaBytes, for: "graph '\(graph.name)': the arena",
                                detail: "transient \(SizeArithmetic.formatBytes(plan.transientBytes)), persistent \(SizeArithmetic.formatBytes(plan.persistentBytes))")
        let align = MemoryPlan.alignment
        let persistent = UnsafeMutableRawPointer.allocate(byteCount: max(plan.persistentBytes, align), alignment: align)
        persistent.initializeMemory(as: UInt8.self, repeating: 0, count: max(plan.persistentBytes, align))
        var own: UnsafeMutableRawPointer?
        let transient: UnsafeMutableRawPointer
        if let ws = resources.workspace, let region = ws.region(plan.transientBytes) {
            transient = region
            usesSharedWorkspace = true
        } else {
            let t = UnsafeMutableRawPointer.allocate(byteCount: max(plan.transientBytes, align), alignment: align)
            t.initializeMemory(as: UInt8.self, repeating: 0, count: max(plan.transientBytes, align))
            own = t
            transient = t
            usesSharedWorkspace = false
        }
        let context = ArenaContext(graph: graph, plan: plan, transient: transient, persistent: persistent, resident: residentPointers)
        do {
            for (k, p) in providers.enumerated() {
                try p.prepare(context, nodes: (0..<count).filter { plan.needed[$0] && owner[$0] == k })
            }
            var steps: [Step] = []
            for i in 0..<count where plan.needed[i] {
                if let kernel = try providers[owner[i]].lower(node: i, context) {
                    steps.append(Step(node: i, provider: providers[owner[i]].name, run: kernel))
                }
            }
            for (v, name) in plan.copyBack {
                let src = context.address(v), dst = residentPointers[name]!
                let bytes = graph.nodes[v].type.byteCount
                steps.append(Step(node: v, provider: "copy", run: { if src != dst { dst.copyMemory(from: src, byteCount: bytes) } }))
            }
            self.steps = steps
        } catch {
            persistent.deallocate()
            own?.deallocate()
            throw error
        }
        self.graph = graph
        self.plan = plan
        self.regions = regions
        self.hints = hints
        self.persistent = persistent
        self.ownTransient = own
        self.context = context
        self.workspace = resources.workspace
        self.state = resources.state
        var slots: [String: (TensorType, StorageLocation?)] = [:]
        for (name, value, type) in graph.inputs + graph.parameters {
            // Unused bindings still get an entry, so binding them is valid.
            slots[name] = (type, residentNames.contains(name) ? .resident(name) : plan.locations[value.index])
        }
        self.slots = slots
        for name in residentNames where slots[name] != nil { bound.insert(name) }
    }

    /// Throws unless every read of an interior value (one with no storage) happens inside a
    /// region that computes it, and no graph output is interior.
    static func checkRegions(graph: Graph, plan: MemoryPlan, regions: [Int: [Int]]) throws {
        if regions.isEmpty { return }
        func fail(_ m: String) -> TuskError { TuskError.execution("ArenaExecutable: invalid fused region: \(m)") }
        for out in graph.outputs where plan.interior[out.value.index] {
            throw fail("output '\(out.name)' (%\(out.value.index)) is computed only inside a region")
        }
        for (c, node) in graph.nodes.enumerated() where plan.needed[c] {
            let inside = Set(regions[c] ?? [])
            for o in node.operands where plan.interior[o.index] && !inside.contains(o.index) {
                throw fail("%\(c) reads %\(o.index), which has no storage and is not in its region")
            }
        }
        for (r, members) in regions where plan.needed[r] {
            let inside = Set(members)
            for m in members {
                for o in graph.nodes[m].operands where plan.interior[o.index] && !inside.contains(o.index) {
                    throw fail("member %\(m) of the region of %\(r) reads %\(o.index) from outside the region")
                }
            }
        }
    }

    deinit {
        persistent.deallocate()
        ownTransient?.deallocate()
    }

    /// Copies the given values into their input/parameter slots, where they stay until rebound
    /// (resident names: into the resident state). Throws `TuskError.binding` for a wrong dtype
    /// or shape; names the graph does not have are ignored, like the interpreter does.
    public func bind(_ bindings: [String: TensorData]) throws {
        for (name, value) in bindings {
            guard let slot = slots[name] else { continue }
            if value.type != slot.type {
                throw TuskError.binding("'\(name)' expects \(slot.type), got \(value.type)")
            }
            if case .resident? = slot.location {
                try state!.set(name, value)
            } else if slot.location != nil {
                let dst = storage(of: slot.location!)
                value.copyBytes(to: dst)
            }
            bound.insert(name)
        }
    }

    /// Binds `bindings` (every input and parameter that is not resident must be there), runs,
    /// and returns every output.
    public func run(_ bindings: [String: TensorData]) throws -> [String: TensorData] {
        for (name, slot) in slots where bindings[name] == nil {
            if case .resident? = slot.location { continue }
            throw TuskError.binding("missing value for '\(name)' (\(slot.type))")
        }
        try bind(bindings)
        try execute()
        var result: [String: TensorData] = [:]
        for out in graph.outputs { result[out.name] = try output(out.name) }
        return result
    }

    /// Runs the kernels on the values currently bound. Every input and parameter must have been
    /// bound at least once.
    public func execute() throws {
        if bound.count != slots.count {
            let missing = slots.keys.filter { !bound.contains($0) }.sorted()
            throw TuskError.binding("no value bound for \(missing.joined(separator: ", "))")
        }
        for step in steps { try step.run() }
    }

    /// Runs the kernels like `execute`, timing each one: `(node, op name, seconds)` in execution
    /// order (views and leaves run no kernel and are absent).
    public func profile() throws -> [(node: Int, op: String, seconds: Double)] {
        try execute()  // binding checks, warm caches
        let clock = ContinuousClock()
        var result: [(node: Int, op: String, seconds: Double)] = []
        for step in steps {
            var failure: Error?
            let d = clock.measure { do { try step.run() } catch { failure = error } }
            if let failure { throw failure }
            result.append((step.node, step.provider == "copy" ? "copy" : graph.nodes[step.node].op.name,
                           Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18))
        }
        return result
    }

    /// A copy of an output after `execute`.
    public func output(_ name: String) throws -> TensorData {
        guard let out = graph.outputs.first(where: { $0.name == name }) else {
            throw TuskError.binding("no output named '\(name)'")
        }
        if let state, state.contains(name), plan.donated[name] != nil || plan.copyBack.contains(where: { $0.name == name }) {
            return try state.value(name)
        }
        let type = graph.type(of: out.value)
        return TensorData(type: type, copyingBytesFrom: UnsafeRawPointer(context.address(out.value.index)))
    }

    /// Zero-copy access to an output's storage (valid until the next `execute`).
    public func withOutputBuffer<R>(_ name: String, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        guard let out = graph.outputs.first(where: { $0.name == name }) else {
            throw TuskError.binding("no output named '\(name)'")
        }
        let p: UnsafeMutableRawPointer
        if let state, state.contains(name) { p = try state.buffer(name, graph.type(of: out.value)).pointer }
        else { p = context.address(out.value.index) }
        return try body(UnsafeRawBufferPointer(start: p, count: graph.type(of: out.value).byteCount))
    }

    private func storage(of location: StorageLocation) -> UnsafeMutableRawPointer {
        switch location {
        case .transient(let o): context.transient + o
        case .persistent(let o): persistent + o
        case .resident(let name): context.resident[name]!
        }
    }
}

/// The BLAS backend's executable (an `ArenaExecutable` whose kernels all come from `BLASKernels`).
public typealias BLASExecutable = ArenaExecutable
