import TuskIR

/// What the lowering of one node asks of the memory planner.
public struct BufferHints: Sendable {
    /// The result is a view of this operand (same bytes, e.g. `reshape`): it aliases the
    /// operand's storage and no kernel runs.
    public var viewOf: Int?
    /// Operand positions whose storage the kernel may overwrite with its result (it reads
    /// element i before writing element i, and the operand has the result's type and shape).
    public var inPlace: [Int]
    /// Bytes of scratch the kernel needs while it runs (im2col buffers, …).
    public var scratchBytes: Int

    public init(viewOf: Int? = nil, inPlace: [Int] = [], scratchBytes: Int = 0) {
        self.viewOf = viewOf
        self.inPlace = inPlace
        self.scratchBytes = scratchBytes
    }
}

/// A buffer with a lifetime: live from node `start` through node `end` (inclusive).
struct BufferRequest: Hashable {
    var size: Int
    var start: Int
    var end: Int
}

/// Where a value's bytes live.
public enum StorageLocation: Hashable, Sendable {
    /// In the transient region (the workspace), shared by lifetime with other values.
    case transient(offset: Int)
    /// In the executable's own persistent region: constants and bound inputs, valid between runs.
    case persistent(offset: Int)
    /// In a `ResidentState` buffer, by name (parameters and optimizer state that outlive the
    /// executable and are shared by several executables).
    case resident(String)
}

/// The liveness-based memory plan of a graph.
///
/// Three regions: the **transient** region holds intermediate values, scratch buffers and
/// outputs, placed so that values whose lifetimes don't overlap share memory (views and in-place
/// results share their operand's storage); it may be a `Workspace` shared by several executables
/// that never run at the same time. The **persistent** region holds constants and bound inputs,
/// which must stay valid between runs. **Resident** values (the names in `residentNames`) are
/// not in either: they live in the caller's `ResidentState`.
///
/// Donation: an output named like a resident value (a train step's new parameter `w`, written
/// over the old `w`) is computed directly into the resident buffer when every read of the old
/// value happens before (or, for an in-place elementwise kernel, at) the node that starts
/// writing it; otherwise the executable copies it there after the last kernel (`copyBack`).
struct MemoryPlan {
    /// Storage of each value (nil when the value is not needed for any output).
    var locations: [StorageLocation?]
    /// Byte offset of each node's scratch buffer in the transient region.
    var scratchOffsets: [Int?]
    /// Bytes of the transient region.
    var transientBytes: Int
    /// Bytes of the persistent region.
    var persistentBytes: Int
    /// What the arena would take without any sharing (every value and scratch buffer separate).
    var unsharedBytes: Int
    /// Nodes that need a kernel (needed, not leaves, not views).
    var needed: [Bool]
    /// For each value, the value that owns its storage (itself, or the root of a view/in-place chain).
    var storageRoot: [Int]
    /// Live interval (first node, last node; `count` = to the end) of each storage root's buffer.
    var liveRange: [Int: (start: Int, end: Int)]
    /// Outputs written into their resident buffer by the kernels themselves (donated).
    var donated: [String: Int] = [:]
    /// Outputs copied into their resident buffer after the last kernel: (value, resident name).
    var copyBack: [(value: Int, name: String)] = []
    /// The greatest sum of live transient bytes at any node (≤ `transientBytes`; the gap is
    /// fragmentation of the greedy placement).
    var peakLiveBytes: Int

    static let alignment = 64

    /// The arena's total bytes (transient + persistent).
    var arenaBytes: Int { transientBytes + persistentBytes }

    /// Values computed inside another node's kernel (members of a fused region that no kernel
    /// of their own materializes): they get no storage.
    var interior: [Bool]

    /// `regions`: fused regions by root node, each with the member nodes its kernel computes
    /// inline (`KernelProvider.regions`). A member that is not itself a root is interior: it gets
    /// no storage, and the values its operands read stay live until the root runs.
    ///
    /// Throws `TuskError.shape` naming the node (op and source line) whose buffer makes a
    /// region's byte count overflow, instead of trapping.
    init(graph: Graph, residentNames: Set<String> = [], regions: [Int: [Int]] = [:], hints: (Int) -> BufferHints) throws {
        let count = graph.nodes.count
        /// `a + b` bytes, or an error naming node `i`.
        func add(_ a: Int, _ b: Int, node i: Int) throws -> Int {
            guard let r = SizeArithmetic.add(a, b) else { throw Self.overflow(graph, node: i) }
            return r
        }
        // Values needed for some output.
        var needed = [Bool](repeating: false, count: count)
        for out in graph.outputs { needed[out.value.index] = true }
        for i in stride(from: count - 1, through: 0, by: -1) where needed[i] {
            for o in graph.nodes[i].operands { needed[o.index] = true }
        }
        // Last use of each value (graph outputs live to the end, index `count`).
        var lastUse = Array(0..<count)
        for (i, node) in graph.nodes.enumerated() where needed[i] {
            for o in node.operands { lastUse[o.index] = max(lastUse[o.index], i) }
        }
        for out in graph.outputs { lastUse[out.value.index] = count }
        // Fused regions: a member's operands are read when its region's root runs.
        var interior = [Bool](repeating: false, count: count)
        for (r, members) in regions where needed[r] {
            for m in members {
                if regions[m] == nil { interior[m] = true }
                for o in graph.nodes[m].operands { lastUse[o.index] = max(lastUse[o.index], r) }
            }
        }
        for i in 0..<count where interior[i] { needed[i] = false }

        // Resident leaves: inputs and parameters whose name the caller keeps in a ResidentState.
        var residentLeaf: [Int: String] = [:]
        for (name, value, _) in graph.inputs + graph.parameters where residentNames.contains(name) {
            residentLeaf[value.index] = name
        }

        // Outputs named like a resident leaf of the graph (a train step's new `w` for the old `w`).
        let residentLeafByName = Dictionary(residentLeaf.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var donationLeaf: [Int: Int] = [:]
        for out in graph.outputs {
            if let leaf = residentLeafByName[out.name], leaf != out.value.index { donationLeaf[out.value.index] = leaf }
        }

        var root = Array(0..<count)
        var groupEnd = lastUse
        var persistent = [Bool](repeating: false, count: count)
        var nodeHints = [BufferHints](repeating: BufferHints(), count: count)
        for (i, node) in graph.nodes.enumerated() where needed[i] {
            if node.op.isLeaf {
                persistent[i] = true
                continue
            }
            let h = hints(i)
            nodeHints[i] = h
            if let v = h.viewOf {
                let r = root[node.operands[v].index]
                root[i] = r
                groupEnd[r] = max(groupEnd[r], lastUse[i])
                continue
            }
            // A donation candidate that can write over its own resident leaf (read here for the
            // last time, element by element) starts its own group instead of joining another
            // operand's, so that the group can live in the leaf's buffer.
            if let leaf = donationLeaf[i], groupEnd[leaf] == i,
               h.inPlace.contains(where: { root[node.operands[$0].index] == leaf && graph.nodes[node.operands[$0].index].type == node.type }) {
                continue
            }
            for p in h.inPlace {
                let operand = node.operands[p].index
                let r = root[operand]
                if !persistent[r] && groupEnd[r] == i && graph.nodes[operand].type == node.type {
                    root[i] = r
                    groupEnd[r] = lastUse[i]
                    break
                }
            }
        }

        // Donation: output `name` into the resident leaf of the same name.
        var residentRoot: [Int: String] = [:]
        for (v, name) in residentLeaf where needed[v] { residentRoot[v] = name }
        let residentByName = residentLeafByName
        var donated: [String: Int] = [:]
        var copyBack: [(Int, String)] = []
        var claimed = Set<Int>()
        for out in graph.outputs where residentNames.contains(out.name) {
            let j = out.value.index
            let r = root[j]
            if let leaf = residentByName[out.name], r == leaf { continue }  // passes through unchanged
            let canDonate: Bool = {
                guard let leaf = residentByName[out.name], needed[leaf] else {
                    // Not read by this graph: the output may be computed straight into the buffer.
                    return !persistent[r] && residentRoot[r] == nil && !claimed.contains(r)
                }
                guard !persistent[r], residentRoot[r] == nil, !claimed.contains(r) else { return false }
                // Every read of the old value (through any view) is before node r, or at node r
                // by an in-place elementwise kernel reading the leaf's storage element by element.
                if groupEnd[leaf] < r { return true }
                guard groupEnd[leaf] == r else { return false }
                let node = graph.nodes[r]
                return nodeHints[r].inPlace.contains { p in
                    root[node.operands[p].index] == leaf && graph.nodes[node.operands[p].index].type == node.type
                } && node.operands.allSatisfy { root[$0.index] != leaf || graph.nodes[$0.index].type == node.type }
            }()
            // Two outputs of one storage group cannot both be donated; a group holding another
            // graph output must stay where that output is read.
            if canDonate && graph.outputs.filter({ root[$0.value.index] == r }).count == 1 {
                residentRoot[r] = out.name
                donated[out.name] = j
                claimed.insert(r)
            } else {
                copyBack.append((j, out.name))
            }
        }

        // One request per storage root and per scratch buffer.
        var transientRequests: [BufferRequest] = []
        var requestOfRoot = [Int: Int]()
        var requestOfScratch = [Int: Int]()
        var persistentOffset = [Int: Int]()
        var persistentTotal = 0
        var liveRange: [Int: (Int, Int)] = [:]
        for i in 0..<count where needed[i] && root[i] == i {
            let interval = persistent[i] ? (0, count) : (i, groupEnd[i])
            liveRange[i] = interval
            if residentRoot[i] != nil { continue }
            let size = graph.nodes[i].type.byteCount
            if persistent[i] {
                persistentOffset[i] = persistentTotal
                persistentTotal = try add(persistentTotal, Self.aligned(size), node: i)
            } else {
                requestOfRoot[i] = transientRequests.count
                transientRequests.append(BufferRequest(size: size, start: interval.0, end: interval.1))
            }
        }
        for i in 0..<count where needed[i] && nodeHints[i].scratchBytes > 0 {
            requestOfScratch[i] = transientRequests.count
            transientRequests.append(BufferRequest(size: nodeHints[i].scratchBytes, start: i, end: i))
        }
        let (placed, total) = try Self.place(transientRequests, graph: graph)

        locations = (0..<count).map { i in
            guard needed[i] else { return nil }
            let r = root[i]
            if let name = residentRoot[r] { return .resident(name) }
            if let o = persistentOffset[r] { return .persistent(offset: o) }
            return .transient(offset: placed[requestOfRoot[r]!])
        }
        scratchOffsets = (0..<count).map { i in requestOfScratch[i].map { placed[$0] } }
        transientBytes = total
        persistentBytes = persistentTotal
        unsharedBytes = try (0..<count).reduce(0) { sum, i in
            guard needed[i], nodeHints[i].viewOf == nil, residentRoot[root[i]] == nil || root[i] != i else { return sum }
            return try add(try add(sum, Self.aligned(graph.nodes[i].type.byteCount), node: i), Self.aligned(nodeHints[i].scratchBytes), node: i)
        }
        peakLiveBytes = try Self.peak(transientRequests, nodes: count, graph: graph)
        self.needed = needed
        self.interior = interior
        storageRoot = root
        self.liveRange = liveRange
        self.donated = donated
        self.copyBack = copyBack
    }

    /// `n` rounded up to the alignment (sizes are at most `TensorType.maximumByteCount`, and
    /// scratch sizes are clamped there, so this does not overflow).
    static func aligned(_ n: Int) -> Int {
        let n = min(n, TensorType.maximumByteCount)
        return (n + alignment - 1) / alignment * alignment
    }

    /// The error for a region whose size overflows at node `i`.
    static func overflow(_ graph: Graph?, node i: Int) -> TuskError {
        guard let graph, i >= 0, i < graph.nodes.count else {
            return TuskError.execution("the memory plan's byte count overflows a 64-bit integer")
        }
        let node = graph.nodes[i]
        return TuskError.shape(op: node.op.name, message: "the memory plan's byte count overflows a 64-bit integer at node %\(i) (\(node.type))",
                               operands: [], location: node.location)
    }

    /// The largest sum of aligned sizes of requests live at one node. Throws when it overflows.
    static func peak(_ requests: [BufferRequest], nodes: Int, graph: Graph? = nil) throws -> Int {
        var delta = [Int](repeating: 0, count: nodes + 2)
        var total = 0
        for r in requests {
            guard let t = SizeArithmetic.add(total, aligned(r.size)) else { throw overflow(graph, node: r.start) }
            total = t
            delta[r.start] += aligned(r.size)
            delta[min(r.end, nodes) + 1] -= aligned(r.size)
        }
        var live = 0, best = 0
        for d in delta { live += d; best = max(best, live) }
        return best
    }

    /// Greedy-by-size placement (as in TFLite's arena planner): largest buffers first, each at
    /// the lowest aligned offset that does not overlap a placed buffer with an overlapping lifetime.
    /// Throws (naming the request's first node in `graph`) when an offset overflows.
    static func place(_ requests: [BufferRequest], graph: Graph? = nil) throws -> (offsets: [Int], total: Int) {
        let order = requests.indices.sorted {
            (requests[$0].size, requests[$1].start) > (requests[$1].size, requests[$0].start)
        }
        var offsets = [Int](repeating: 0, count: requests.count)
        var placed: [Int] = []
        var total = 0
        for r in order {
            let req = requests[r]
            let size = aligned(req.size)
            let conflicts = placed
                .filter { requests[$0].start <= req.end && req.start <= requests[$0].end }
                .map { (offsets[$0], aligned(requests[$0].size)) }
                .sorted { $0.0 < $1.0 }
            var offset = 0
            for (o, s) in conflicts {
                guard let end = SizeArithmetic.add(offset, size) else { throw overflow(graph, node: req.start) }
                if end <= o { break }
                offset = max(offset, o + s)
            }
            guard let end = SizeArithmetic.add(offset, size) else { throw overflow(graph, node: req.start) }
            offsets[r] = offset
            placed.append(r)
            total = max(total, end)
        }
        return (offsets, total)
    }
}
