import TuskIR

/// What the lowering of one node asks of the memory planner.
struct BufferHints {
    /// The result is a view of this operand (same bytes, e.g. `reshape`): it aliases the
    /// operand's storage and no kernel runs.
    var viewOf: Int? = nil
    /// Operand positions whose storage the kernel may overwrite with its result (it reads
    /// element i before writing element i, and the operand has the result's type and shape).
    var inPlace: [Int] = []
    /// Bytes of scratch the kernel needs while it runs (im2col buffers, …).
    var scratchBytes: Int = 0
}

/// A buffer with a lifetime: live from node `start` through node `end` (inclusive).
struct BufferRequest: Hashable {
    var size: Int
    var start: Int
    var end: Int
}

/// The liveness-based memory plan of a graph: one arena; every value gets a byte offset in it;
/// values whose lifetimes don't overlap share memory; views and in-place results share their
/// operand's storage.
///
/// Inputs, parameters and constants get dedicated slots that no other value reuses, so they stay
/// valid between runs (parameters are bound once, constants computed at compile time).
struct MemoryPlan {
    /// Byte offset of each value's storage (nil when the value is not needed for any output).
    var offsets: [Int?]
    /// Byte offset of each node's scratch buffer.
    var scratchOffsets: [Int?]
    /// Size of the arena.
    var arenaBytes: Int
    /// What the arena would take without any sharing (every value and scratch buffer separate).
    var unsharedBytes: Int
    /// Nodes that need a kernel (needed, not leaves, not views).
    var needed: [Bool]
    /// For each value, the value that owns its storage (itself, or the root of a view/in-place chain).
    var storageRoot: [Int]

    static let alignment = 64

    init(graph: Graph, hints: (Int) -> BufferHints) {
        let count = graph.nodes.count
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

        // One request per storage root and per scratch buffer.
        var requests: [BufferRequest] = []
        var requestOfRoot = [Int: Int]()
        var requestOfScratch = [Int: Int]()
        for i in 0..<count where needed[i] && root[i] == i {
            let size = graph.nodes[i].type.byteCount
            let interval = persistent[i] ? (0, count) : (i, groupEnd[i])
            requestOfRoot[i] = requests.count
            requests.append(BufferRequest(size: size, start: interval.0, end: interval.1))
        }
        for i in 0..<count where needed[i] && nodeHints[i].scratchBytes > 0 {
            requestOfScratch[i] = requests.count
            requests.append(BufferRequest(size: nodeHints[i].scratchBytes, start: i, end: i))
        }
        let (placed, total) = Self.place(requests)

        offsets = (0..<count).map { i in needed[i] ? placed[requestOfRoot[root[i]]!] : nil }
        scratchOffsets = (0..<count).map { i in requestOfScratch[i].map { placed[$0] } }
        arenaBytes = total
        unsharedBytes = (0..<count).reduce(0) { sum, i in
            guard needed[i], nodeHints[i].viewOf == nil else { return sum }
            return sum + Self.aligned(graph.nodes[i].type.byteCount) + Self.aligned(nodeHints[i].scratchBytes)
        }
        self.needed = needed
        storageRoot = root
    }

    static func aligned(_ n: Int) -> Int { (n + alignment - 1) / alignment * alignment }

    /// Greedy-by-size placement (as in TFLite's arena planner): largest buffers first, each at
    /// the lowest aligned offset that does not overlap a placed buffer with an overlapping lifetime.
    static func place(_ requests: [BufferRequest]) -> (offsets: [Int], total: Int) {
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
                if offset + size <= o { break }
                offset = max(offset, o + s)
            }
            offsets[r] = offset
            placed.append(r)
            total = max(total, offset + size)
        }
        return (offsets, total)
    }
}
