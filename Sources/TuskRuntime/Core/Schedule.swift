import TuskIR

/// What an `ArenaExecutable` runs, in order, and where every value lives: the "scheduled"
/// stage of `tusk dump`. Text, deterministic, meant to be diffed in review.
public struct Schedule: Sendable {
    /// One kernel invocation.
    public struct Kernel: Sendable, Hashable {
        public var step: Int
        public var node: Int
        public var op: String
        public var provider: String
        public var type: String
        public var location: String
        /// Bytes of the node's result storage (0 for a copy-back).
        public var bytes: Int
        /// First and last node index the storage is live (`end == nodes` means to the end).
        public var start: Int
        public var end: Int
        /// "in place over %k", "scratch N B", "donated to resident 'w'", "copy to resident 'w'".
        public var notes: [String]
    }
    /// A value kept from the forward pass for the backward pass.
    public struct Saved: Sendable, Hashable {
        public var node: Int
        public var op: String
        public var type: String
        public var bytes: Int
        /// The backward nodes that read it.
        public var readers: [Int]
    }

    public var graphName: String
    public var nodeCount: Int
    public var kernels: [Kernel]
    /// Views: (node, op, the value whose storage it shares).
    public var views: [(node: Int, op: String, of: Int)]
    public var transientBytes: Int
    public var peakLiveBytes: Int
    public var persistentBytes: Int
    public var unsharedBytes: Int
    public var residentTensors: Int
    public var residentBytes: Int
    /// Buffers of values computed by the forward pass (the ancestors of the loss output) and
    /// read after it, by storage root, largest first; empty when the graph has no `loss` output.
    public var saved: [Saved]
    public var savedBytes: Int { saved.reduce(0) { $0 + $1.bytes } }

    /// The schedule as text.
    public var text: String {
        func mib(_ b: Int) -> String {
            let v = Double(b) / 1048576
            let r = (v * 100).rounded() / 100
            return "\(r) MiB"
        }
        var byProvider: [String: Int] = [:]
        for k in kernels { byProvider[k.provider, default: 0] += 1 }
        var out = "// schedule of \(graphName): \(kernels.count) kernels ("
        out += byProvider.keys.sorted().map { "\($0) \(byProvider[$0]!)" }.joined(separator: ", ") + ") over \(nodeCount) nodes\n"
        out += "// arena \(transientBytes + persistentBytes) B (\(mib(transientBytes + persistentBytes))): transient \(transientBytes) B, "
        out += "peak live \(peakLiveBytes) B, persistent \(persistentBytes) B; without sharing \(unsharedBytes) B\n"
        out += "// resident state: \(residentTensors) tensors, \(residentBytes) B\n"
        if !saved.isEmpty {
            out += "// saved for backward: \(saved.count) values, \(savedBytes) B (\(mib(savedBytes)))\n"
        }
        out += "// step node op provider type location bytes live notes\n"
        for k in kernels {
            out += "\(k.step) %\(k.node) \(k.op) \(k.provider) \(k.type) \(k.location) \(k.bytes) \(k.start)..\(k.end == nodeCount ? "end" : String(k.end))"
            if !k.notes.isEmpty { out += " ; " + k.notes.joined(separator: "; ") }
            out += "\n"
        }
        if !views.isEmpty {
            out += "// views (no kernel; the value shares its operand's storage)\n"
            for v in views { out += "%\(v.node) \(v.op) view of %\(v.of)\n" }
        }
        if !saved.isEmpty {
            out += "// saved for backward, largest first: node op type bytes read-by\n"
            for s in saved {
                out += "%\(s.node) \(s.op) \(s.type) \(s.bytes) " + s.readers.map { "%\($0)" }.joined(separator: ",") + "\n"
            }
        }
        return out
    }
}

extension ArenaExecutable {
    /// The schedule of this executable. `loss` names the output whose ancestors are the forward
    /// pass (for the saved-for-backward list).
    public func schedule(loss: String = "loss") -> Schedule {
        let count = graph.nodes.count
        func locationText(_ v: Int) -> String {
            switch plan.locations[v] {
            case .transient(let o)?: "T+\(o)"
            case .persistent(let o)?: "P+\(o)"
            case .resident(let n)?: "R:\(n)"
            case nil: "-"
            }
        }
        var kernels: [Schedule.Kernel] = []
        let donatedNode = Dictionary(plan.donated.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for (k, step) in steps.enumerated() {
            let i = step.node
            let node = graph.nodes[i]
            let root = plan.storageRoot[i]
            let range = plan.liveRange[root] ?? (i, i)
            var notes: [String] = []
            if step.provider == "copy" {
                let name = plan.copyBack.first { $0.value == i }!.name
                kernels.append(.init(step: k, node: i, op: "copy", provider: "copy", type: node.type.description,
                                     location: "R:\(name)", bytes: node.type.byteCount, start: count, end: count,
                                     notes: ["copy of %\(i) to resident '\(name)' after the last kernel"]))
                continue
            }
            if root != i { notes.append("in place over %\(root)") }
            if let members = regions[i], !members.isEmpty {
                notes.append("fuses " + members.sorted().map { "%\($0)" }.joined(separator: ","))
            }
            if let s = plan.scratchOffsets[i] { notes.append("scratch \(hints[i].scratchBytes) B at T+\(s)") }
            if let name = donatedNode[i] { notes.append("output '\(name)' written into its resident buffer") }
            kernels.append(.init(step: k, node: i, op: node.op.name, provider: step.provider, type: node.type.description,
                                 location: locationText(i), bytes: node.type.byteCount, start: range.start, end: range.end,
                                 notes: notes))
        }
        var views: [(Int, String, Int)] = []
        for i in 0..<count where plan.needed[i] && !graph.nodes[i].op.isLeaf && hints[i].viewOf != nil {
            views.append((i, graph.nodes[i].op.name, graph.nodes[i].operands[hints[i].viewOf!].index))
        }
        // Forward = ancestors of the loss; saved = non-leaf forward values read outside it.
        var saved: [Schedule.Saved] = []
        if let lossValue = graph.output(named: loss) {
            var forward = [Bool](repeating: false, count: count)
            forward[lossValue.index] = true
            for i in stride(from: lossValue.index, through: 0, by: -1) where forward[i] {
                for o in graph.nodes[i].operands { forward[o.index] = true }
            }
            var readers: [Int: [Int]] = [:]
            for i in 0..<count where plan.needed[i] && !forward[i] {
                // Counted by storage (a view of a kept value keeps that value's buffer).
                for o in graph.nodes[i].operands where forward[o.index] {
                    let r = plan.storageRoot[o.index]
                    guard !graph.nodes[r].op.isLeaf, case .transient? = plan.locations[r] else { continue }
                    if readers[r]?.last != i { readers[r, default: []].append(i) }
                }
            }
            for (v, r) in readers {
                let n = graph.nodes[v]
                saved.append(.init(node: v, op: n.op.name, type: n.type.description, bytes: n.type.byteCount, readers: r))
            }
            saved.sort { ($0.bytes, $1.node) > ($1.bytes, $0.node) }
        }
        let residentNames = Set(context.resident.keys)
        let residentBytes = residentNames.reduce(0) { $0 + (state?.type(of: $1)?.byteCount ?? 0) }
        return Schedule(graphName: graph.name, nodeCount: count, kernels: kernels, views: views,
                        transientBytes: plan.transientBytes, peakLiveBytes: plan.peakLiveBytes,
                        persistentBytes: plan.persistentBytes, unsharedBytes: plan.unsharedBytes,
                        residentTensors: residentNames.count, residentBytes: residentBytes, saved: saved)
    }
}
